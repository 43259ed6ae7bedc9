// Side by side, sentence by sentence: pointing at, focusing or tapping a sentence marks it and its counterpart in
// the other column (the same `data-s`, scripts/edition/parallel.py). For the keyboard the sentences are one tab
// stop (the last one focused): the arrow keys go to the next or previous sentence (down, up) and to the
// counterpart (left, right). Colours only, nothing moves (edition.css). Loaded by side-by-side pages alone
// (overrides/main.html); without it the page reads as ever.
const sentences = [...document.querySelectorAll(".parallel [data-s]")];
if (sentences.length) {
  let marked = [];
  const mark = (sentence) => {
    for (const each of marked) each.removeAttribute("data-on");
    marked = sentence ? [...document.querySelectorAll(`.parallel [data-s="${sentence.dataset.s}"]`)] : [];
    for (const each of marked) each.setAttribute("data-on", "");
  };
  const sentenceOf = (event) => event.target.closest?.(".parallel [data-s]");
  for (const sentence of sentences) sentence.tabIndex = -1;
  sentences[0].tabIndex = 0;
  // a pointer that leaves the sentences leaves the keyboard's sentence marked
  const focused = () => document.activeElement?.closest(".parallel [data-s]");
  addEventListener("pointerover", (event) => event.pointerType === "touch" || mark(sentenceOf(event) ?? focused()));
  addEventListener("click", (event) => sentenceOf(event) && mark(sentenceOf(event))); // a tap
  addEventListener("focusin", (event) => {
    const sentence = sentenceOf(event);
    if (!sentence) return;
    for (const each of sentences) each.tabIndex = each === sentence ? 0 : -1;
    mark(sentence);
  });
  addEventListener("keydown", (event) => {
    const sentence = sentenceOf(event);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!sentence || event.altKey || event.ctrlKey || event.metaKey || !(step || /^Arrow(Left|Right)$/.test(event.key))) return;
    const lang = sentence.closest("[lang]").lang;
    const column = sentences.filter((each) => each.closest("[lang]").lang === lang);
    const next = step
      ? column[column.indexOf(sentence) + step]
      : marked.find((each) => each !== sentence);
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
