"""The report's units as the pages must show them, and read back out of built HTML: each element with an id,
its text as a reader sees it, and the glossary terms marked in it."""

from __future__ import annotations

from html.parser import HTMLParser

from edition import errata, original
from edition.pages import LINE_BREAK_RE

UNITS, _ = errata.apply_errata(original.read_units(), errata.read_errata())
SECTIONS = list(dict.fromkeys(unit.section for unit in UNITS))
PREFIX = {"ja": "", "en": "en/"}  # where each language's pages are, under the site's root


def shown(unit: original.Unit, text: str, language: str) -> str:
    """A unit as pages show it: headings with their number (`V. `, `（1）` in Japanese, `(1) ` in English)."""
    if unit.kind == "section":
        return f"{unit.number}. {text}"
    if unit.kind == "subsection":
        return f"{unit.number}{text}" if language == "ja" else f"({unit.number.strip('（）')}) {text}"
    return text


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Units(HTMLParser):
    def __init__(self, ids: set[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.ids = ids
        self.open: list[tuple[str, str | None, bool]] = []  # tag, id collected, inside a permalink
        self.texts: dict[str, list[str]] = {}
        self.terms: dict[str, list[str]] = {}  # unit → the links of the glossary terms marked in it
        self.counts: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "a" and "term" in classes:
            for _, open_unit, _ in self.open:
                if open_unit:
                    self.terms[open_unit].append(attributes.get("href") or "")
        unit = attributes.get("id")
        if unit:
            self.counts[unit] = self.counts.get(unit, 0) + 1
        collect = unit if unit and (self.ids is None or unit in self.ids) else None
        if collect:
            self.texts.setdefault(collect, [])
            self.terms.setdefault(collect, [])
        permalink = "headerlink" in classes
        self.open.append((tag, collect, permalink))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:  # `<wbr />` (a self-closing tag) is ended at once: it never opened
            return
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(permalink for _, _, permalink in self.open):
            return
        for _, unit, _ in self.open:
            if unit:
                self.texts[unit].append(data)


def read_units(html: str, ids: set[str] | None = None) -> tuple[dict[str, str], dict[str, int]]:
    """The text of each element whose id is in `ids` (all, if None), as it reads (the line breaks between English
    segments a space), and how often each id occurs."""
    parser = _Units(ids)
    parser.feed(html)
    return {unit: LINE_BREAK_RE.sub(" ", "".join(parts).strip()) for unit, parts in parser.texts.items()}, parser.counts


def term_links(html: str, ids: set[str]) -> dict[str, list[str]]:
    """The links of the glossary terms marked (`a.term`) in each element whose id is in `ids`, in reading order."""
    parser = _Units(ids)
    parser.feed(html)
    return parser.terms
