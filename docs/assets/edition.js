// Switching language keeps the reader's place: the language switcher and the links to the
// original carry the current #fragment. Unit ids are the same in both languages.
document.addEventListener(
  "click",
  (event) => {
    const link = event.target.closest?.("a.md-select__link[hreflang], a[data-keep-fragment]");
    if (link && location.hash) {
      link.href = link.href.split("#")[0] + location.hash;
    }
  },
  true,
);
