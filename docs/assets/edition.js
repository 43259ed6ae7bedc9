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

// A glossary term is described by its definition (window.termTips, from assets/term-tips.<language>.js):
// a hidden element outside the text that its aria-describedby names, for screen readers, and data-tip,
// which edition.css draws as a tooltip on hover and keyboard focus. A definition comes in parts, every other
// one in the other language (termTips.lang), which its element says, so that a voice reads it in that language.
if (window.termTips) {
  const { lang, tips } = window.termTips;
  const definitions = Object.assign(document.createElement("div"), { className: "term-tips", hidden: true });
  for (const term of document.querySelectorAll("a.term")) {
    const id = term.hash.replace("#term-", "");
    const parts = tips[id];
    if (parts === undefined) continue;
    if (!definitions.querySelector(`[id="term-tip-${id}"]`)) {
      const definition = Object.assign(document.createElement("span"), { id: `term-tip-${id}` });
      parts.forEach((text, i) => definition.append(i % 2 ? Object.assign(document.createElement("span"), { lang, textContent: text }) : text));
      definitions.append(definition);
    }
    term.setAttribute("aria-describedby", `term-tip-${id}`);
    term.dataset.tip = parts.join("");
  }
  document.body.append(definitions);
}
