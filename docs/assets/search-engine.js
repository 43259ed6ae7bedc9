// What a query finds in the edition's index, and how each result is shown (README.md, "Search"): loaded by
// search-worker.js, into its scope, on the reader's first query, with the index; LANG is the worker's.
// A document's `other` is its counterpart in the other language (a unit's text, a glossary entry's term),
// searched by that language's rules and shown beside it. Reading the documents (unitOf), matching (match),
// ranking (rank) and showing (shown) are apart: each of the last three reads only the fields of unitOf.
"use strict";

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

// A document's text in one language: as written, normalised, and, where it is English, its words
function fieldOf(text, lang) {
  const norm = normalise(text);
  const words = lang === "en" ? [...norm.value.matchAll(WORD)] : [];
  const tokens = words.map((m) => ({ word: m[0], stem: stem(m[0]), start: m.index, end: m.index + m[0].length }));
  return { text, lang, norm, tokens };
}

// A unit as searched: Material's document, and its texts, the page's language first, then its counterpart's
// (`other`: the same unit in the other language, or a glossary entry's term in it) where there is one
function unitOf(doc) {
  const fields = [fieldOf(doc.text, LANG)];
  if (doc.other) fields.push(fieldOf(doc.other, OTHER));
  return { doc: { ...doc, title: escape(doc.title) }, fields };
}

function setup(docs) {
  sections = [];
  for (const doc of docs.filter((d) => d.lang === LANG)) {
    if (doc.location.includes("#")) sections.at(-1).units.push(unitOf(doc));
    else sections.push({ page: { ...doc, title: escape(doc.title) }, units: [] });
  }
}

// Terms of a query: "quoted phrases" whole, other terms split at spaces. Each is matched in each language by that
// language's rules: its text, in Japanese; its words, in English. An English word that every section holds
// ("and", "the") is no term beside others: "search and rescue" looks for search and rescue, not for "and"
const STOP_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);
function parse(query) {
  const terms = [];
  for (const m of normalise(query).value.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const text = (m[1] ?? m[0]).trim();
    const words = text.match(WORD) ?? [];
    if (text && (LANG === "ja" || words.length)) terms.push({ text, words, stems: words.map(stem), stop: !m[1] && STOP_WORDS.has(text) });
  }
  return terms.every((term) => term.stop) ? terms : terms.filter((term) => !term.stop);
}

// Where a term occurs in a text: [start, end) in its normalised text. Japanese: an exact substring
function substringSpans(field, term) {
  const spans = [];
  const { value } = field.norm;
  for (let at = value.indexOf(term.text); at >= 0; at = value.indexOf(term.text, at + term.text.length)) {
    spans.push([at, at + term.text.length]);
  }
  return spans;
}

// English: consecutive words, each beginning with the term's word (as typed so far) or of the same stem
function wordSpans(field, term) {
  const spans = [];
  const { tokens } = field;
  const n = term.words.length;
  for (let i = 0; n && i + n <= tokens.length; i++) {
    const matches = term.words.every((word, k) => tokens[i + k].word.startsWith(word) || tokens[i + k].stem === term.stems[k]);
    if (matches) spans.push([tokens[i].start, tokens[i + n - 1].end]);
  }
  return spans;
}

const RULES = { ja: substringSpans, en: wordSpans };

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

// A text, or a window of it, with the matched characters (and only those) in <mark>; the window starts a little
// before the first match, or, in a text without one, at `place` (0 to 1) of its length, where its counterpart
// matched. Returns the HTML and where its window is
function excerpt(field, spans, place) {
  const { text, norm } = field;
  const ranges = [];
  for (const [start, end] of spans.map(([s, e]) => [norm.starts[s], norm.ends[e - 1]]).sort((a, b) => a[0] - b[0])) {
    if (ranges.length && start <= ranges.at(-1)[1]) ranges.at(-1)[1] = Math.max(ranges.at(-1)[1], end);
    else ranges.push([start, end]);
  }
  const anchor = ranges.length ? ranges[0][0] : Math.round(place * text.length);
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET) {
    from = Math.max(0, anchor - 40);
    to = Math.min(text.length, Math.max(from + SNIPPET, ranges[0]?.[1] ?? 0));
  }
  for (const [start, end] of ranges) if (start < to) to = Math.max(to, end); // a match is never cut
  const html = (from > 0 ? "…" : "") + marked(text, ranges, from, to) + (to < text.length ? "…" : "");
  return { html, place: anchor / text.length };
}

// A hit as shown: the text it matched in (the page's language, if it matched there), then its counterpart, each
// in an element that carries its `lang` where that is not the page's
function shown(unit, spans) {
  const [first, second] = spans[0].length || !unit.fields[1] ? [0, 1] : [1, 0];
  const matched = excerpt(unit.fields[first], spans[first], 0);
  const html = first ? `<span lang="${OTHER}">${matched.html}</span>` : matched.html;
  const counterpart = unit.fields[second];
  if (!counterpart) return html;
  const lang = counterpart.lang === LANG ? "" : ` lang="${OTHER}"`;
  return `${html}<span class="search-counterpart"${lang}>${excerpt(counterpart, spans[second], matched.place).html}</span>`;
}

// Which units of each section a query finds: a section is found when it holds every term, in either language;
// its units that hold any are its hits, each with the spans found in each of its texts, whether it holds every
// term, and whether it holds any in the page's language
function match(terms) {
  const found = [];
  for (const section of sections) {
    const inSection = new Set();
    const hits = [];
    for (const unit of section.units) {
      const inUnit = new Set();
      const spans = unit.fields.map((field) =>
        terms.flatMap((term, i) => {
          const termSpans = RULES[field.lang](field, term);
          if (termSpans.length) inUnit.add(i);
          return termSpans;
        }),
      );
      inUnit.forEach((i) => inSection.add(i));
      if (inUnit.size) hits.push({ unit, spans, whole: inUnit.size === terms.length, inLanguage: spans[0].length > 0 });
    }
    if (inSection.size === terms.length) found.push({ section, hits });
  }
  return found;
}

// Exact hits in the page's language first: units that hold every term, in the page's language, then through the
// other language; then units that hold some, likewise. A section ranks by its best hit; reading order otherwise
function rank(found) {
  const tier = (hit) => (hit.whole ? 0 : 2) + (hit.inLanguage ? 0 : 1);
  for (const section of found) section.hits.sort((a, b) => tier(a) - tier(b)); // sort is stable
  return found.sort((a, b) => tier(a.hits[0]) - tier(b.hits[0]));
}

function search(query) {
  const terms = parse(query);
  if (!terms.length) return { items: [] };
  const found = Object.fromEntries(terms.map((term) => [term.text, true]));
  const items = rank(match(terms)).map(({ section, hits }) => [
    { ...section.page, score: 1, terms: found },
    ...hits.map(({ unit, spans }, i) => ({
      ...unit.doc,
      text: shown(unit, spans),
      score: i < UNITS_SHOWN ? 1 : 0.5,
      terms: found,
    })),
  ]);
  return { items };
}
