// The edition's search worker. It replaces Material's lunr worker behind Material's own search box
// (scripts/edition/search.py points the page's __config at this file, with ?lang=) and speaks its
// messages: SETUP {config, docs} -> READY, QUERY "text" -> RESULT {items: [[page, unit, ...], ...]}.
// SETUP brings no docs (a page view costs no index): the first QUERY fetches search/units.<lang>.json,
// the index of the page's language. The offline build, which cannot fetch from file://, brings them all.
// What a query finds is described in README.md, "Search". A glossary entry's document has `other`, its term
// in the other language, searched with its text and shown after it in that language's `lang`.
"use strict";

const SETUP = 0;
const READY = 1;
const QUERY = 2;
const RESULT = 3;

// In Material's iframe-worker shim (offline builds) this script is a <script src> of an iframe, and the
// shim appends "?<timestamp>" to the URL, so the value reads "en?1795…": keep what precedes that "?"
const LANG = new URL(self.document?.querySelector("script[src]")?.src ?? self.location.href).searchParams.get("lang")?.split("?")[0] ?? "ja";
const OTHER = LANG === "ja" ? "en" : "ja";
const WORD = /[\p{L}\p{N}]+/gu;
const SUFFIXES = [
  "ational", "ations", "atives", "ation", "ative", "ating", "ities", "ments",
  "ated", "ates", "ment", "ness", "ings", "ate", "ity", "ing", "ies", "ied",
  "ed", "es", "er", "ly", "al", "s",
];
const SNIPPET = 160; // characters shown of a long unit, starting a little before its first match
const UNITS_SHOWN = 3; // units of a section shown at once; Material folds the others under "more"

let sections = [];
let loading = null; // the fetch of this language's index, once started

// NFKC + lower case, character by character, remembering where each character came from
function normalise(text) {
  let value = "";
  const starts = [];
  const ends = [];
  let at = 0;
  for (const char of text) {
    const folded = char.normalize("NFKC").toLowerCase();
    for (let i = 0; i < folded.length; i++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    value += folded;
    at += char.length;
  }
  return { value, starts, ends };
}

// A small suffix-stripping stemmer: enough for cooperate/cooperation/cooperative, defense/defenses
function stem(word) {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length) + (suffix === "ies" || suffix === "ied" ? "y" : "");
      break;
    }
  }
  if (/([^aeiouy])\1$/.test(word) && !/(ll|ss|zz)$/.test(word)) word = word.slice(0, -1);
  return word.length > 3 && word.endsWith("e") ? word.slice(0, -1) : word;
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// A unit's searchable text: its own, then a space and what is in the other language, which starts at `other`
function unitOf(doc) {
  const text = doc.other ? `${doc.text} ${doc.other}` : doc.text;
  const norm = normalise(text);
  const tokens = [...norm.value.matchAll(WORD)].map((m) => ({
    word: m[0],
    stem: stem(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  return { doc: { ...doc, title: escape(doc.title) }, text, other: doc.other ? doc.text.length + 1 : text.length, norm, tokens };
}

function setup(docs) {
  sections = [];
  for (const doc of docs.filter((d) => d.lang === LANG)) {
    if (doc.location.includes("#")) sections.at(-1).units.push(unitOf(doc));
    else sections.push({ page: { ...doc, title: escape(doc.title) }, units: [] });
  }
}

// Terms of a query: "quoted phrases" whole, other terms split at spaces
function parse(query) {
  const terms = [];
  for (const m of normalise(query).value.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const text = (m[1] ?? m[0]).trim();
    const words = text.match(WORD) ?? [];
    if (text && (LANG === "ja" || words.length)) terms.push({ text, words, stems: words.map(stem) });
  }
  return terms;
}

// Where a term occurs in a unit: [start, end) in the unit's normalised text
function substringSpans(unit, term) {
  const spans = [];
  for (let at = unit.norm.value.indexOf(term.text); at >= 0; at = unit.norm.value.indexOf(term.text, at + term.text.length)) {
    spans.push([at, at + term.text.length]);
  }
  return spans;
}

function wordSpans(unit, term) {
  const spans = [];
  const { tokens } = unit;
  for (let i = 0; i + term.words.length <= tokens.length; i++) {
    const matches = term.words.every((word, k) => tokens[i + k].word.startsWith(word) || tokens[i + k].stem === term.stems[k]);
    if (matches) spans.push([tokens[i].start, tokens[i + term.words.length - 1].end]);
  }
  return spans;
}

// text[from, to) with the parts of it in `ranges` (sorted, apart) in <mark>
function marked(text, ranges, from, to) {
  let html = "";
  let at = from;
  for (const [start, end] of ranges) {
    const [a, b] = [Math.max(start, at), Math.min(end, to)];
    if (a >= b) continue;
    html += `${escape(text.slice(at, a))}<mark>${escape(text.slice(a, b))}</mark>`;
    at = b;
  }
  return html + escape(text.slice(at, to));
}

// The unit's text, or a window of it, with the matched characters (and only those) in <mark>; what is in the
// other language in an element that says so
function snippet(unit, spans) {
  const { text, norm, other } = unit;
  const ranges = [];
  for (const [start, end] of spans.map(([s, e]) => [norm.starts[s], norm.ends[e - 1]]).sort((a, b) => a[0] - b[0])) {
    if (ranges.length && start <= ranges.at(-1)[1]) ranges.at(-1)[1] = Math.max(ranges.at(-1)[1], end);
    else ranges.push([start, end]);
  }
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET) {
    from = Math.max(0, ranges[0][0] - 40);
    to = Math.min(text.length, Math.max(from + SNIPPET, ranges[0][1]));
  }
  for (const [start, end] of ranges) if (start < to) to = Math.max(to, end); // a match is never cut
  const tail = to > other ? `<span lang="${OTHER}">${marked(text, ranges, Math.max(from, other), to)}</span>` : "";
  return (from > 0 ? "…" : "") + marked(text, ranges, from, Math.min(to, other)) + tail + (to < text.length ? "…" : "");
}

function search(query) {
  const terms = parse(query);
  if (!terms.length) return { items: [] };
  const spansOf = LANG === "ja" ? substringSpans : wordSpans;
  const found = Object.fromEntries(terms.map((term) => [term.text, true]));
  const items = [];
  for (const section of sections) {
    const present = new Set();
    const hits = [];
    for (const unit of section.units) {
      const spans = [];
      terms.forEach((term, i) => {
        const termSpans = spansOf(unit, term);
        if (termSpans.length) present.add(i);
        spans.push(...termSpans);
      });
      if (spans.length) hits.push({ unit, spans });
    }
    if (present.size < terms.length) continue;
    items.push([
      { ...section.page, score: 1, terms: found },
      ...hits.map(({ unit, spans }, i) => ({
        ...unit.doc,
        text: snippet(unit, spans),
        score: i < UNITS_SHOWN ? 1 : 0.5,
        terms: found,
      })),
    ]);
  }
  return { items };
}

// The index of the page's language, beside this script's folder: assets/search-worker.js -> search/units.<lang>.json.
// If it cannot be fetched, the next query tries again.
function load() {
  loading ??= fetch(new URL(`../search/units.${LANG}.json`, self.location.href))
    .then((response) => response.json())
    .then((index) => setup(index.docs))
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

let latest = null; // the query to answer once the index has arrived: only the last one typed matters

addEventListener("message", ({ data: message }) => {
  if (message.type === SETUP) {
    if (message.data.docs.length) loading = Promise.resolve(setup(message.data.docs));
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    latest = message.data;
    if (!parse(message.data).length) {
      postMessage({ type: RESULT, data: { items: [] } }); // Material asks with "" on load: no index needed
      return;
    }
    // Without its index, a query is answered `unavailable`, which docs/assets/edition.js tells the reader
    load().then(
      () => latest === message.data && postMessage({ type: RESULT, data: search(message.data) }),
      () => latest === message.data && postMessage({ type: RESULT, data: { items: [], unavailable: true } }),
    );
  }
});
