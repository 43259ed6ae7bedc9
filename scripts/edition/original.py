"""Read the original text into numbered units: the one reader of `source/`.

The original was extracted from a PDF. Reading it applies the normalisations
listed, for maintainers and readers alike, in `data/normalisations.tsv`, and
only those; each is marked below where it is applied (N1 to N4).

Units are numbered by the scheme in README.md ("Anchors"): section `v`,
subsection `i-1`, paragraph `v-p3` (numbered through the section), list item
`v-p1-4` (the fourth item of the list that follows paragraph `v-p1`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = ROOT / "source"
ORIGINAL = SOURCE_DIR / "000_4bb47615165e348f.txt"
CHECKSUMS = SOURCE_DIR / "SHA256SUMS"

SECTION_RE = re.compile(r"^(?P<number>[IVX]+|[\u2160-\u216b])\. (?P<title>.+)$")
SUBSECTION_RE = re.compile(r"^(?P<number>（\d）)(?P<title>.+)$")
ITEM_RE = re.compile(r"^- ・ ?(?P<text>.+)$")
HEADER_TITLE_RE = re.compile(r"^■(?P<publisher>\S+) (?P<title>.+)（(?P<date>[\d.]+)）$")
HEADER_LINK_RE = re.compile(r"^<(?P<url>https?://\S+)>$")


@dataclass(frozen=True)
class Unit:
    """One citable piece of the report: a heading, a paragraph or a list item."""

    id: str
    kind: str  # "section", "subsection", "paragraph" or "item"
    section: str  # the section's id, e.g. "v"
    text: str  # for headings, the title without its number
    line: int  # line in the file it was read from
    number: str = ""  # headings only: "V", "（1）"


@dataclass(frozen=True)
class Header:
    """The provenance lines that precede the report in the original file."""

    publisher: str
    title: str
    date: str  # ISO 8601
    url: str


class OriginalError(Exception):
    """The original file is not the one this edition was made from, or cannot be read."""


def section_id(number: str) -> str:
    """`Ⅶ` and `VII` both give `vii` (N2)."""
    return unicodedata.normalize("NFKC", number).lower()


def verify_checksum(path: Path = ORIGINAL, checksums: Path = CHECKSUMS) -> None:
    recorded = {
        name: digest for digest, name in (line.split(maxsplit=1) for line in checksums.read_text().splitlines())
    }
    expected = recorded.get(path.name)
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if expected != actual:
        raise OriginalError(
            f"{path}: sha256 is {actual}, {checksums.name} records {expected}: the original text has been altered"
        )


def read_header(path: Path = ORIGINAL) -> Header:
    lines = path.read_text(encoding="utf-8").splitlines()
    title = next(m for line in lines if (m := HEADER_TITLE_RE.match(line)))
    link = next(m for line in lines if (m := HEADER_LINK_RE.match(line)))
    year, month, day = (int(part) for part in title["date"].split("."))
    return Header(title["publisher"], title["title"], f"{year:04d}-{month:02d}-{day:02d}", link["url"])


def read_units(path: Path = ORIGINAL) -> list[Unit]:
    """The report's units in reading order, as the original file gives them."""
    units: list[Unit] = []
    section = ""
    paragraph = ""
    paragraphs = items = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue  # N4: blank lines, page breaks among them, separate nothing
        if m := SECTION_RE.match(line):
            section = section_id(m["number"])  # N2
            paragraphs = 0
            units.append(Unit(section, "section", section, m["title"], number, section.upper()))
        elif not section:
            continue  # N1: the file's header
        elif m := SUBSECTION_RE.match(line):
            digit = unicodedata.normalize("NFKC", m["number"]).strip("()")
            units.append(Unit(f"{section}-{digit}", "subsection", section, m["title"], number, m["number"]))
        elif m := ITEM_RE.match(line):  # N3
            items += 1
            units.append(Unit(f"{paragraph}-{items}", "item", section, m["text"], number))
        else:
            paragraphs += 1
            items = 0
            paragraph = f"{section}-p{paragraphs}"
            units.append(Unit(paragraph, "paragraph", section, line, number))
    return units
