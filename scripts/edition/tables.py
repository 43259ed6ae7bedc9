"""Tables written from data for the home and about pages, so that no list is kept by hand twice:
the contents, the normalisations of the original (data/normalisations.tsv) and the errata (data/errata.tsv).
What is in the other language carries its `lang` (edition/languages.py)."""

from __future__ import annotations

from edition import ROOT, units
from edition.data import read_tsv, table_cell
from edition.errata import read_errata
from edition.languages import mark, span
from edition.units import Unit
from edition.xref import label

NORMALISATIONS = ROOT / "data" / "normalisations.tsv"

HEADERS = {
    # every column has a header: screen readers announce it (axe rule empty-table-header)
    "errata": {
        "ja": "| 番号 | 箇所 | 原文 | 本版 | 理由 |\n|---|---|---|---|---|",
        "en": "| No. | Place | Original | This edition | Reason |\n|---|---|---|---|---|",
    },
    "normalisations": {"ja": "| 番号 | 正規化 |\n|---|---|", "en": "| No. | Normalisation |\n|---|---|"},
}


def contents(language: str, pages: dict[str, list[Unit]]) -> str:
    """The sections as a list of links, each named by its number and title as the section's heading and the
    navigation give them, and drawn as a row that is its link's target throughout (docs/assets/edition.css,
    `contents-link`). Not a table: Material's script moves every table into a wrapper as it starts, which
    takes the keyboard's focus from a link inside it."""
    return "\n".join(
        f"- [{unit.number}. {unit.text}]({units.page(unit.id)}){{: .contents-link }}"
        for unit in pages[language]
        if unit.kind == "section"
    )


def errata(language: str) -> str:
    rows = []
    for e in read_errata():
        reason = mark(e.reason_ja if language == "ja" else e.reason_en, language)
        place = f"[{label(e.unit, language)}]({units.link(e.unit)})"
        original, corrected = e.original, e.corrected
        if language != "ja":
            original, corrected = span(original, "ja"), span(corrected, "ja")
        rows.append(
            f'| <span id="errata-{e.id}">{e.id}</span> | {place} | {original} | {corrected} | {table_cell(reason)} |'
        )
    return "\n".join([HEADERS["errata"][language], *rows])


def normalisations(language: str) -> str:
    rows = [f"| {row['id']} | {table_cell(mark(row[language], language))} |" for row in read_tsv(NORMALISATIONS)]
    return "\n".join([HEADERS["normalisations"][language], *rows])
