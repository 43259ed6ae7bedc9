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

// A glossary term shows its description (the hidden definition its aria-describedby names) as a tooltip:
// the CSS of glossary.css draws data-tip on hover and focus, and the definition is written in the page once.
for (const event of ["mouseover", "focusin"]) {
  document.addEventListener(event, (e) => {
    const term = e.target.closest?.("a.term[aria-describedby]");
    if (term && !term.dataset.tip) {
      term.dataset.tip = document.getElementById(term.getAttribute("aria-describedby"))?.textContent ?? "";
    }
  });
}
