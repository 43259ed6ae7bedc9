"""Read the section pages into units, with the Markdown parser MkDocs itself uses.

A page is parsed exactly as MkDocs will render it (same extensions, same
configuration), and its top-level blocks are read back: `h1`/`h2` headings,
paragraphs, and the items of bullet lists. Anything else on a section page is
reported, since it would be text the original does not have.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.config import load_config

from edition import ROOT
from edition.sentences import split
from edition.units import Unit

HEADING_NUMBER_RE = re.compile(r"^(?P<number>[IVX]+\.|[（(]\d[）)]) ?(?P<title>.*)$", re.S)
ATTRIBUTES_ONLY = re.compile(r"^\s*\{:?[^}]*\}\s*$")  # a line that is an attribute list alone: `{: #v-p1 }`
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")
LINE_BREAK_RE = re.compile(r"\s*\n\s*")
BLOCK_END = re.compile(r"^\s*$|^#|" + ATTRIBUTES_ONLY.pattern)  # a line after which a new block begins


def markdown_as_mkdocs_renders(config_file: Path = ROOT / "mkdocs.yml") -> markdown.Markdown:
    """A parser with the extensions and settings of `mkdocs.yml`, for use outside a build."""
    config = load_config(str(config_file))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


class _KeepTree(Treeprocessor):
    """Runs last and keeps the finished tree, so the page is read as it will render."""

    def run(self, root: etree.Element) -> None:
        self.root = root


def text_of(element: etree.Element) -> str:
    """The element's text as a reader sees it, without heading permalinks."""
    parts = [element.text or ""]
    for child in element:
        if "headerlink" not in child.get("class", "").split():
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _line_of(lines: list[str], unit_id: str, text: str, seen: dict[str, int]) -> int:
    """The line that holds the unit's text, where a maintainer edits it: found by its id (the n-th occurrence, for a
    repeated id), else by the start of its text."""
    if unit_id:
        seen[unit_id] = seen.get(unit_id, 0) + 1
        pattern = re.compile(r"\{:?\s*#" + re.escape(unit_id) + r"\s*\}")
        matches = [number for number, line in enumerate(lines, start=1) if pattern.search(line)]
        if len(matches) >= seen[unit_id]:
            return _text_line(lines, matches[seen[unit_id] - 1])
    probe = text[:12]
    for number, line in enumerate(lines, start=1):
        if probe and probe in line:
            return number
    return 1


def _text_line(lines: list[str], number: int) -> int:
    """The first line of the block whose attributes are on line `number`: that line itself for a heading
    (`# V. … { #v }`); for a paragraph or list item, whose `{: #id }` follows its text, the line it starts on."""
    start = number
    if ATTRIBUTES_ONLY.match(lines[number - 1]):
        while start > 1 and not LIST_ITEM.match(lines[start - 1]) and not BLOCK_END.match(lines[start - 2]):
            start -= 1
    return start


def read_page(path: Path, md: markdown.Markdown) -> list[Unit]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    keeper = _KeepTree(md)
    md.treeprocessors.register(keeper, "edition-keep-tree", -1000)
    try:
        md.reset().convert(source)
    finally:
        md.treeprocessors.deregister("edition-keep-tree")

    units: list[Unit] = []
    seen: dict[str, int] = {}
    paragraph = ""

    def add(element: etree.Element, kind: str, list_after: str = "") -> None:
        text = text_of(element)
        unit_id = element.get("id", "")
        line = _line_of(lines, unit_id, text, seen)
        # an English unit's segments are its lines; it reads, as it renders, with a space between them
        sentences = tuple(split(text))
        text = LINE_BREAK_RE.sub(" ", text)
        units.append(Unit(unit_id, kind, text, path, line, list_after=list_after, sentences=sentences))

    for element in keeper.root:
        if element.tag in ("h1", "h2"):
            text = text_of(element)
            m = HEADING_NUMBER_RE.match(text)
            number, title = (m["number"].rstrip("."), m["title"]) if m else ("", text)
            kind = "section" if element.tag == "h1" else "subsection"
            unit_id = element.get("id", "")
            units.append(Unit(unit_id, kind, title, path, _line_of(lines, unit_id, text, seen), number))
        elif element.tag == "p":
            add(element, "paragraph")
            paragraph = element.get("id", "")
        elif element.tag == "ul":
            for item in element:
                add(item, "item", list_after=paragraph)
            paragraph = ""
        else:
            add(element, element.tag)
    return units
