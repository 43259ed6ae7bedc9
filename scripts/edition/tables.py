"""Tables written from data for the home and about pages, so that no list is kept by hand twice:
the contents, the normalisations of the original (data/normalisations.tsv) and the errata (data/errata.tsv)."""

from __future__ import annotations

from edition import ROOT, units
from edition.data import read_tsv, table_cell
from edition.errata import read_errata
from edition.units import Unit

NORMALISATIONS = ROOT / "data" / "normalisations.tsv"

HEADERS = {
    # every column has a header: screen readers announce it (axe rule empty-table-header)
    "contents": {"ja": "| 番号 | 節 |\n|---|---|", "en": "| No. | Section |\n|---|---|"},
    "errata": {
        "ja": "| 番号 | 箇所 | 原文 | 本版 | 理由 |\n|---|---|---|---|---|",
        "en": "| No. | Place | Original | This edition | Reason |\n|---|---|---|---|---|",
    },
    "normalisations": {"ja": "| 番号 | 正規化 |\n|---|---|", "en": "| No. | Normalisation |\n|---|---|"},
}


def contents(language: str, pages: dict[str, list[Unit]]) -> str:
    rows = [
        f"| [{unit.number}]({units.page(unit.id)}) | {table_cell(unit.text)} |"
        for unit in pages[language]
        if unit.kind == "section"
    ]
    return "\n".join([HEADERS["contents"][language], *rows])


def errata(language: str) -> str:
    rows = []
    for e in read_errata():
        reason = e.reason_ja if language == "ja" else e.reason_en
        place = f"[{e.unit}]({units.link(e.unit)})"
        rows.append(
            f'| <span id="errata-{e.id}">{e.id}</span> | {place} | {e.original} | {e.corrected} | {table_cell(reason)} |'
        )
    return "\n".join([HEADERS["errata"][language], *rows])


def normalisations(language: str) -> str:
    rows = [f"| {row['id']} | {table_cell(row[language])} |" for row in read_tsv(NORMALISATIONS)]
    return "\n".join([HEADERS["normalisations"][language], *rows])
