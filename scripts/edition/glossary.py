"""The glossary's entries and where each term occurs, computed from the checked pages.

Entries are read from `data/glossary.tsv`; occurrences are never written by hand.
A Japanese term occurs in every unit of the Japanese pages whose text contains
it; the English entry links to the same units. The report's title counts as a
place too (`units.HOME`, on the home page): one term of the terminology occurs only there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edition import ROOT
from edition.data import read_tsv
from edition.units import HOME, Unit

GLOSSARY = ROOT / "data" / "glossary.tsv"
TERMINOLOGY = ROOT / "data" / "terminology.tsv"


@dataclass(frozen=True)
class Entry:
    id: str  # the anchor of the entry on the glossary pages: `#term-<id>`
    ja: str
    reading: str
    en: str
    explanation_ja: str
    explanation_en: str

    @property
    def anchor(self) -> str:
        return f"term-{self.id}"


def read_entries(path: Path = GLOSSARY) -> list[Entry]:
    return [Entry(**row) for row in read_tsv(path)]


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
    """Terms that occur nowhere, and terminology the glossary lacks or renders otherwise."""
    messages = [f"glossary term {e.ja} ({e.en}) no longer occurs in the text" for e in entries if not places[e.id]]
    by_ja = {e.ja: e for e in entries}
    for row in read_tsv(terminology):
        entry = by_ja.get(row["ja"])
        if entry is None:
            messages.append(f"terminology term {row['ja']} has no glossary entry in {GLOSSARY.name}")
        elif entry.en != row["en"]:
            messages.append(f"glossary term {row['ja']}: English {entry.en!r}, terminology says {row['en']!r}")
    ids = [e.id for e in entries]
    messages += [f"glossary id {i} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    return messages
