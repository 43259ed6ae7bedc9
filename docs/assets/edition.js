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
// a hidden element outside the text that its aria-describedby names, for screen readers; and, shown on hover,
// keyboard focus or a first tap (a second follows the link), the same beside the term, kept inside the
// window and dismissed by Escape (WCAG 1.4.13).
// A definition comes in parts, every other one in the other language (termTips.lang), which its element
// says, so that a voice reads it in that language.
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
  }
  const tip = Object.assign(document.createElement("div"), { className: "term-tip", hidden: true });
  tip.setAttribute("aria-hidden", "true"); // screen readers have the definition already
  document.body.append(definitions, tip);
  let shown = null;
  let touch = false;
  let tapped = null; // the term whose definition was showing when the finger came down
  const show = (term) => {
    shown = term;
    tip.replaceChildren(...document.getElementById(term.getAttribute("aria-describedby")).cloneNode(true).childNodes);
    tip.hidden = false;
    const box = term.getBoundingClientRect();
    const room = document.documentElement.clientWidth - tip.offsetWidth;
    tip.style.top = `${box.bottom + scrollY}px`;
    tip.style.left = `${scrollX + Math.max(8, Math.min(box.left, room - 8))}px`;
  };
  const hide = () => {
    shown = null;
    tip.hidden = true;
  };
  const termOf = (event) => event.target.closest?.("a.term[href][aria-describedby]"); // not while marks are off
  addEventListener(
    "pointerdown",
    (event) => {
      touch = event.pointerType === "touch";
      tapped = shown;
    },
    true,
  );
  addEventListener("pointerover", (event) => {
    if (event.pointerType === "touch" || tip.contains(event.target)) return; // the definition can be hovered too
    termOf(event) ? show(termOf(event)) : shown && hide();
  });
  addEventListener("focusin", (event) => (termOf(event) ? show(termOf(event)) : hide()));
  addEventListener("keydown", (event) => event.key === "Escape" && hide());
  addEventListener(
    "click",
    (event) => {
      const term = termOf(event);
      if (!touch || term === tapped) return;
      if (term) {
        event.preventDefault();
        show(term);
      } else hide();
    },
    true,
  );
}

// The glossary terms' marks, turned off and on by one control (overrides/partials/parallel.html), the choice
// remembered across pages and visits and applied before the first paint (overrides/main.html). Off, a term is
// plain text for every reader: not a link, and without its definition.
const termToggle = document.querySelector(".term-toggle");
const showMarks = (on) => {
  document.documentElement.dataset.terms = on ? "" : "off";
  termToggle?.setAttribute("aria-pressed", on);
  for (const term of document.querySelectorAll("a.term")) {
    term.dataset.href ??= term.getAttribute("href");
    on ? term.setAttribute("href", term.dataset.href) : term.removeAttribute("href");
  }
};
showMarks(document.documentElement.dataset.terms !== "off");
termToggle?.addEventListener("click", () => {
  const on = termToggle.getAttribute("aria-pressed") !== "true";
  on ? localStorage.removeItem("edition.terms") : localStorage.setItem("edition.terms", "off");
  showMarks(on);
});

// Printed, a page gives its permanent address (its canonical link) above its text: shown on paper only
// (edition.css), and made here, in the cached script, rather than in every page. The whole report's page has its
// title block instead (scripts/edition/colophon.py).
const canonical = document.querySelector("link[rel=canonical]");
if (canonical && window.labels && !document.querySelector(".print-title")) {
  const address = window.labels.print_address.replace("{url}", canonical.href);
  document.querySelector(".md-content__inner")?.prepend(Object.assign(document.createElement("p"), { className: "print-address", textContent: address }));
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
