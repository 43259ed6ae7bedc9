"""The glossary's entries and where each term occurs, computed from the checked pages.

Entries are read from `data/glossary.tsv`; occurrences are never written by hand.
A Japanese term occurs in every unit of the Japanese pages whose text contains
it; the English entry links to the same units. The report's title counts as a
place too (`units.HOME`, on the home page): one term of the terminology occurs only there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from edition import ROOT
from edition.data import numbered_rows
from edition.report import relative
from edition.units import HOME, Unit

GLOSSARY = ROOT / "data" / "glossary.tsv"
TERMINOLOGY = ROOT / "data" / "terminology.tsv"
CHOSEN_BY = ("standard", "edition")  # terminology: the project's given rendering, or the edition's own choice


@dataclass(frozen=True)
class Entry:
    id: str  # the anchor of the entry on the glossary pages: `#term-<id>`
    ja: str
    reading: str
    en: str
    explanation_ja: str
    explanation_en: str
    path: Path  # the file and line it is written at, for a problem with it to name
    line: int

    @property
    def anchor(self) -> str:
        return f"term-{self.id}"

    @property
    def where(self) -> str:
        return f"{relative(self.path)}:{self.line}"


def read_entries(path: Path = GLOSSARY) -> list[Entry]:
    """The entries, read once per version of the file (every page's term marks ask; `mkdocs serve` must see an edit)."""
    stat = path.stat()
    return list(_entries(path, stat.st_mtime_ns, stat.st_size))


@functools.cache
def _entries(path: Path, mtime_ns: int, size: int) -> tuple[Entry, ...]:  # the version: the cache key
    return tuple(Entry(**row, path=path, line=line) for line, row in numbered_rows(path))


def order(entries: list[Entry], language: str) -> list[Entry]:
    """The glossary's order in `language`: by reading (Japanese), alphabetical (English)."""
    return sorted(entries, key=(lambda e: e.reading) if language == "ja" else (lambda e: e.en.lower()))


def occurrences(entries: list[Entry], text: list[Unit], title: str) -> dict[str, list[str]]:
    """Entry id → the id of every Japanese unit containing the term, in reading order; the title counts as `home`."""
    return {
        entry.id: ([HOME] if entry.ja in title else []) + [u.id for u in text if entry.ja in u.text]
        for entry in entries
    }


def problems(entries: list[Entry], places: dict[str, list[str]], terminology: Path = TERMINOLOGY) -> list[str]:
    """Each a line `file:line: what is wrong`: terms that occur nowhere or twice; glossary and terminology not one
    to one with the same English (every rendering readers are shown is a recorded decision); a choice without
    its reason."""
    messages = []
    first: dict[str, Entry] = {}
    for e in entries:
        if not places[e.id]:
            messages.append(f"{e.where}: glossary term {e.ja} ({e.en}) occurs nowhere in the text")
        for key in (f"id {e.id}", f"term {e.ja}"):
            if key in first:
                messages.append(f"{e.where}: glossary {key} is already at line {first[key].line}")
            first.setdefault(key, e)
    rows: dict[str, dict[str, str]] = {}
    for line, row in numbered_rows(terminology):
        where, ja = f"{relative(terminology)}:{line}", row["ja"]
        entry = first.get(f"term {ja}")
        if ja in rows:
            messages.append(f"{where}: terminology term {ja} is given twice")
        elif entry is None:
            messages.append(f"{where}: terminology term {ja} has no glossary entry in {relative(GLOSSARY)}")
        elif entry.en != row["en"]:
            messages.append(f"{entry.where}: glossary term {ja}: English {entry.en!r}, {where} says {row['en']!r}")
        if row["chosen_by"] not in CHOSEN_BY:
            messages.append(f"{where}: {ja}: chosen_by is {row['chosen_by']!r}, not one of {', '.join(CHOSEN_BY)}")
        elif row["chosen_by"] == "edition" and not row["note"]:
            messages.append(f"{where}: {ja}: chosen_by is edition, so the note must say why this English")
        rows.setdefault(ja, row)
    messages += [
        f"{e.where}: glossary term {e.ja} has no row in {relative(terminology)}: every term needs one"
        for e in entries
        if e.ja not in rows
    ]
    return messages
