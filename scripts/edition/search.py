"""The edition's search: a build-time index of units, and Material's search pointed at our worker.

Material's lunr search cannot find Japanese substrings (see README.md, "Search"). Its
search UI is kept; only the worker behind it is ours (docs/assets/search-worker.js),
speaking Material's worker messages. Two things tie us to Material internals, and
both stop the build if they change:

- the `"search"` entry of the page's `__config` names Material's worker script: it is
  pointed at ours, with the page's language (`?lang=ja`);
- the bundle fetches `search/search_index.json` on every page load and hands its
  `config` and `docs` to the worker: its `docs` are emptied, so that a page view costs
  no index, and the worker fetches the edition's index of the page's language,
  `search/units.<lang>.json`, when the reader first searches. Its documents are the
  glossary's entries (the term, its reading and the other language's term), then the
  units, one per heading, per list item or paragraph of one sentence, and per sentence of
  the others, each titled with its place ("V 第1段落 第2文") and carrying its counterpart in the other
  language (`other`), so that a query in either language finds it; a hit links to the
  sentence, `#v-p1-s2`, and shows it alone (a match across two sentences is not found).
  Each page has one document of its own (Material's result groups need a document
  without `#` as their parent). The offline
  build, which cannot fetch from `file://`, keeps every document in `search_index.js`.

Material's result count counts groups, that is pages: data/interface.tsv says so in its words
(overrides/partials/language.html).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from edition import units
from edition.glossary import Entry, order
from edition.parallel import heading
from edition.units import Unit

WORKER = "assets/search-worker.js"
INDEX = Path("search") / "search_index.json"
UNITS = "search/units.{language}.json"  # the edition's index of one language, fetched by the worker
OFFLINE_INDEX = Path("search") / "search_index.js"  # written by Material's offline plugin, when enabled
OFFLINE_PREFIX = "var __index = "
CONFIG_SEARCH_RE = re.compile(r'"search": "(?P<base>[^"]*?)assets/javascripts/workers/search\.[0-9a-f]{8}\.min\.js"')


class MaterialSearchChanged(Exception):
    """Material's search is not wired the way this module was written for."""


@dataclass(frozen=True)
class Doc:
    """A search document as Material's worker receives it, plus the language it is in, and its counterpart in the
    other language (a unit's text there, a glossary entry's term): searched by that language's rules, and shown
    beside `text` in its own `lang` (docs/assets/search-engine.js)."""

    location: str  # relative to the site root: "v/" for a page, "v/#v-p1" for a unit
    title: str
    text: str
    lang: str
    other: str = ""


def point_at_worker(html: str, language: str) -> str:
    """The page with Material's worker replaced by ours in its `__config`."""
    html, count = CONFIG_SEARCH_RE.subn(rf'"search": "\g<base>{WORKER}?lang={language}"', html)
    if count != 1:
        raise MaterialSearchChanged(
            f"expected one Material search worker in the page's __config, found {count}; see scripts/edition/search.py"
        )
    return html


def documents(pages: dict[str, list[Unit]], urls: dict[tuple[str, str], str], entries: list[Entry]) -> list[Doc]:
    """For every language, the glossary's entries in its order, then every section page and unit
    in reading order, each heading and sentence titled with its place (`units.label`) and carrying its
    counterpart, the same heading or sentence in the other language; `urls` maps (language, page path without .md) to a URL."""
    docs = []
    for language, text in pages.items():
        glossary = urls[(language, "glossary")]
        docs.append(Doc(glossary, units.read_labels(units.INTERFACE)[language]["search_glossary"], "", language))
        for e in order(entries, language):
            if language == "ja":
                docs.append(Doc(f"{glossary}#{e.anchor}", e.ja, f"{e.ja}　{e.reading}", language, e.en))
            else:
                docs.append(Doc(f"{glossary}#{e.anchor}", e.en, e.en, language, f"{e.ja}（{e.reading}）"))
        counterparts = _counterparts(pages, language)
        for unit in text:
            url = urls[(language, units.page(unit.id).removesuffix(".md"))]
            if unit.kind == "section":
                docs.append(Doc(url, heading(unit, language), "", language))
            if len(unit.sentences) < 2:  # a heading, or a unit of one sentence, is found as itself
                label = units.label(unit.id, language)  # its place: "V 第1段落 第6項", "sec. V, para. 1, item 6"
                docs.append(Doc(f"{url}#{unit.id}", label, unit.text, language, counterparts[unit.id]))
                continue
            for sentence_id, sentence in zip(unit.sentence_ids, unit.sentences, strict=True):  # lands on, shows it
                label = units.label(sentence_id, language)  # "V 第1段落 第2文", "sec. V, para. 1, sentence 2"
                docs.append(Doc(f"{url}#{sentence_id}", label, sentence, language, counterparts[sentence_id]))
    return docs


def _counterparts(pages: dict[str, list[Unit]], language: str) -> dict[str, str]:
    """Each unit's and each sentence's text in the language other than `language`, by id: what its document is
    found by, and shown beside, in that language (the pages have the same units and sentences in both: the check
    sees to it)."""
    (other,) = set(pages) - {language}
    texts = {unit.id: unit.text for unit in pages[other]}
    for unit in pages[other]:
        texts |= dict(zip(unit.sentence_ids, unit.sentences, strict=True))
    return texts


def _record(doc: Doc) -> dict[str, str]:
    """The document as the worker reads it: `other` only where there is some."""
    return {key: value for key, value in asdict(doc).items() if value or key != "other"}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_index(site_dir: Path, docs: list[Doc]) -> None:
    """Empty the docs of Material's index, write ours per language, and put them all in the offline copy."""
    path = site_dir / INDEX
    if not path.is_file():
        raise MaterialSearchChanged(f"Material's search index is not at {path}")
    index = json.loads(path.read_text(encoding="utf-8"))
    if set(index) != {"config", "docs"}:
        raise MaterialSearchChanged(f"{path}: expected the keys config and docs, found {sorted(index)}")
    path.write_text(_json({"config": index["config"], "docs": []}), encoding="utf-8")
    for language in dict.fromkeys(d.lang for d in docs):
        units = [_record(d) for d in docs if d.lang == language]
        (site_dir / UNITS.format(language=language)).write_text(_json({"docs": units}), encoding="utf-8")
    offline = site_dir / OFFLINE_INDEX
    if offline.is_file():
        if not offline.read_text(encoding="utf-8").startswith(OFFLINE_PREFIX):
            raise MaterialSearchChanged(f"{offline}: expected it to start with {OFFLINE_PREFIX!r}")
        data = _json({"config": index["config"], "docs": [_record(d) for d in docs]})
        offline.write_text(OFFLINE_PREFIX + data, encoding="utf-8")
