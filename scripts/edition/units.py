"""What a unit of the report is: the one place that knows its id, kind, section, place label and URLs.

The id scheme is the contract of README.md ("Permanent URLs and anchors"): section `v`, subsection `i-1`,
paragraph `v-p3` (numbered through its section), list item `v-p1-4` (the fourth item of the list after
`v-p1`), sentence `v-p1-s2` or `v-p1-4-s1` (the second sentence of a paragraph, the first of an item: every
paragraph and item has at least one, edition/sentences.py says where one ends); the report's title on the home
page is `home`. A sentence's place label is its paragraph's or item's with the sentence's number after it
(`{unit}` in `where_sentence` of data/parallel.tsv).

ID_PATTERN is written into every page with citation controls (hooks: `citation` in the page's meta), and
docs/assets/citations.js matches ids with it: one grammar for Python and JavaScript, so it keeps to the
syntax both share (no named groups).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from edition import ROOT
from edition.data import read_tsv

SECTIONS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
ID_PATTERN = r"^(" + "|".join(SECTIONS) + r")(?:-(\d+)|-p(\d+)(?:-(\d+))?(?:-s(\d+))?)?$"
ID_RE = re.compile(ID_PATTERN)
KINDS = ("section", "subsection", "paragraph", "item", "sentence")  # a kind per group of ID_PATTERN, in order
HOME = "home"  # the report's title, on the home page: a place a term occurs in, not a unit of the text
LABELS = ROOT / "data" / "parallel.tsv"  # the place labels (`where_*`), with the reading pages' other strings
INTERFACE = ROOT / "data" / "interface.tsv"  # the site's other strings: 404 page, glossary index, search, permalinks
PAGES = {  # the kinds of page a unit is on, in its language's folder
    "section": "{section}.md",
    "parallel": "parallel/{section}.md",  # side by side, one section
    "parallel_all": "parallel/index.md",  # side by side, the whole report
    "full": "full.md",  # the whole report on one page
}


@dataclass(frozen=True)
class Unit:
    """A heading, paragraph or list item: as the original gives it, or as a page gives it."""

    id: str  # "" when a page's block has no id
    kind: str  # one of KINDS, or, read from a page, the tag of a block that is none of them
    text: str  # for headings, the title without its number
    path: Path  # the file it was read from
    line: int  # its line in that file
    number: str = ""  # headings only, as written: "V", "（1）"; from a page "(1)" too
    list_after: str = ""  # items read from a page: the id of the paragraph the list follows
    sentences: tuple[str, ...] = ()  # paragraphs and items read from a page: its sentences (segments, in English)

    @property
    def section(self) -> str:
        """The id of the unit's section, which is also its page's name: `v` for `v-p1-4` ("" for no unit id)."""
        return section_of(self.id) if ID_RE.match(self.id) else ""

    @property
    def sentence_ids(self) -> tuple[str, ...]:
        """The ids of its sentences, in the order of `sentences`: `v-p1-s1`, `v-p1-s2`, …"""
        return tuple(sentence_id(self.id, number) for number in range(1, len(self.sentences) + 1))


def subsection_id(section: str, number: int) -> str:
    return f"{section}-{number}"


def paragraph_id(section: str, number: int) -> str:
    return f"{section}-p{number}"


def item_id(paragraph: str, number: int) -> str:
    """The id of the `number`-th item of the list that follows the paragraph `paragraph`."""
    return f"{paragraph}-{number}"


def sentence_id(unit_id: str, number: int) -> str:
    """The id of the `number`-th sentence of the paragraph or item `unit_id`: `v-p1-s2`."""
    return f"{unit_id}-s{number}"


def unit_of(sentence: str) -> str:
    """The id of the paragraph or item that holds the sentence `sentence`: `v-p1` for `v-p1-s2`."""
    return sentence.rpartition("-s")[0]


def list_after(item: str) -> str:
    """The id of the paragraph whose list holds the item `item`: `v-p1` for `v-p1-4`."""
    values = parts(item)
    return paragraph_id(values["section"].lower(), int(values["paragraph"]))


def parts(unit_id: str) -> dict[str, str]:
    """The numbers an id is made of, by kind, `section` upper-cased as labels show it: {"section": "V", "paragraph": "1", "item": "4"}."""
    return dict(_parts(unit_id))


@functools.cache  # the build asks some ten thousand times, for a few hundred ids
def _parts(unit_id: str) -> tuple[tuple[str, str], ...]:
    match = ID_RE.match(unit_id)
    if match is None:
        raise ValueError(f"not a unit id: {unit_id!r}")
    values = zip(KINDS, match.groups(), strict=True)
    return tuple((kind, value.upper() if kind == "section" else value) for kind, value in values if value)


def is_unit(unit_id: str) -> bool:
    return bool(ID_RE.match(unit_id))


def kind_of(unit_id: str) -> str:
    return list(parts(unit_id))[-1]


def section_of(unit_id: str) -> str:
    return parts(unit_id)["section"].lower()


def read_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """Every string the reading pages and the citation control show: {language: {key: text}}. Read once per
    version of the file (the build asks a thousand times; `mkdocs serve` must see an edit): not to be changed."""
    stat = path.stat()
    return _labels(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _labels(path: Path, mtime_ns: int, size: int) -> dict[str, dict[str, str]]:  # the version: the cache key
    rows = read_tsv(path)
    return {language: {row["key"]: row[language] for row in rows} for language in ("ja", "en")}


def label(unit_id: str, language: str) -> str:
    """A unit's place as citations name it: `V 第1段落 第4項`, `sec. V, para. 1, item 4`, a sentence's
    `V 第1段落 第2文` (`where_*` of parallel.tsv)."""
    kind = kind_of(unit_id)
    unit = label(unit_of(unit_id), language) if kind == "sentence" else ""
    return read_labels()[language][f"where_{kind}"].format(**parts(unit_id), unit=unit)


def page(unit_id: str, on: str = "section") -> str:
    """The page a unit is on, of the kind `on` (PAGES), in its language's folder: `v.md`, `parallel/v.md`; the
    title `home` is on `index.md`. (A side-by-side page marks a sentence with `data-s`, not an id: its `#v-p1-s2`
    leads to the section page's.)"""
    if unit_id == HOME:
        return "index.md"
    return PAGES[on].format(section=section_of(unit_id))


def link(unit_id: str, on: str = "section") -> str:
    """A Markdown link target to the unit from a page at the top of its language's folder: `v.md#v-p3`."""
    return f"{page(unit_id, on)}#{unit_id}"


def home(language: str) -> str:
    """A language's home below the site's root (mkdocs.yml, i18n): Japanese at the root, English at `en/`."""
    return "" if language == "ja" else f"{language}/"


def _published(page_path: str) -> str:
    """Where MkDocs publishes a page (directory URLs): `v.md` at `v/`, `parallel/index.md` at `parallel/`."""
    path = page_path.removesuffix(".md").removesuffix("index")
    return path if path.endswith("/") or not path else f"{path}/"


def url(unit_id: str, on: str = "section") -> str:
    """The unit's URL below its language's root, as the site publishes it: `v/#v-p3`, `parallel/v/#v-p3`."""
    return f"{_published(page(unit_id, on))}#{unit_id}"


def url_pattern(on: str = "section") -> str:
    """`url` with `{section}` and `{id}` left to fill: `{section}/#{id}` (docs/assets/citations.js fills it)."""
    return _published(PAGES[on]) + "#{id}"
