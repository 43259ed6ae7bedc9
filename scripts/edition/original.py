"""Read the original text into numbered units: the one reader of `source/`.

The original was extracted from a PDF. Reading it applies the normalisations
listed, for maintainers and readers alike, in `data/normalisations.tsv`, and
only those; each is marked below where it is applied (N1 to N4; N5, sentences, in edition/sentences.py).

Units are numbered by the scheme of scripts/edition/units.py.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from edition import ROOT
from edition.units import Unit, item_id, paragraph_id, subsection_id

SOURCE_DIR = ROOT / "source"
ORIGINAL = SOURCE_DIR / "000_4bb47615165e348f.txt"
CHECKSUMS = SOURCE_DIR / "SHA256SUMS"

SECTION_RE = re.compile(r"^(?P<number>[IVX]+|[\u2160-\u216b])\. (?P<title>.+)$")
SUBSECTION_RE = re.compile(r"^(?P<number>（\d）)(?P<title>.+)$")
ITEM_RE = re.compile(r"^- ・ ?(?P<text>.+)$")
HEADER_TITLE_RE = re.compile(r"^■\S+ (?P<title>.+)（[\d.]+）$")  # the file's first line: publisher, title, date


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


def read_title(path: Path = ORIGINAL) -> str:
    """The report's title, as the file's header gives it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(m["title"] for line in lines if (m := HEADER_TITLE_RE.match(line)))


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
            units.append(Unit(section, "section", m["title"], path, number, section.upper()))
        elif not section:
            continue  # N1: the file's header
        elif m := SUBSECTION_RE.match(line):
            digit = unicodedata.normalize("NFKC", m["number"]).strip("()")
            units.append(Unit(subsection_id(section, int(digit)), "subsection", m["title"], path, number, m["number"]))
        elif m := ITEM_RE.match(line):  # N3
            items += 1
            units.append(Unit(item_id(paragraph, items), "item", m["text"], path, number))
        else:
            paragraphs += 1
            items = 0
            paragraph = paragraph_id(section, paragraphs)
            units.append(Unit(paragraph, "paragraph", line, path, number))
    return units
