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
// which edition.css draws as a tooltip on hover and keyboard focus.
if (window.termTips) {
  const definitions = Object.assign(document.createElement("div"), { className: "term-tips", hidden: true });
  for (const term of document.querySelectorAll("a.term")) {
    const id = term.hash.replace("#term-", "");
    const tip = window.termTips[id];
    if (tip === undefined) continue;
    if (!definitions.querySelector(`[id="term-tip-${id}"]`)) {
      definitions.append(Object.assign(document.createElement("span"), { id: `term-tip-${id}`, textContent: tip }));
    }
    term.setAttribute("aria-describedby", `term-tip-${id}`);
    term.dataset.tip = tip;
  }
  document.body.append(definitions);
}

// Search that cannot be had says so, in the page's language, where Material shows its results: when the worker
// cannot fetch the index (search-worker.js answers `unavailable`), and when Material cannot fetch its search
// configuration (search/search_index.json), which ends Material's script, its components' observable erring.
// Material's script starts late (start-material.js), and its start dispatches a DOMContentLoaded of its own.
document.addEventListener("DOMContentLoaded", () => {
  const unavailable = () => {
    const meta = document.querySelector(".md-search-result__meta");
    if (meta && window.labels) meta.textContent = window.labels.search_unavailable;
  };
  window.component$?.subscribe({ next: (component) => component.unavailable && unavailable(), error: unavailable });
});
