"""Markdown written from data for the home and about pages, so no list is kept by hand twice.

A page asks for a block with a line `<!-- edition:NAME -->`; scripts/hooks.py
replaces it with `render(NAME, language, …)`.
"""

from __future__ import annotations

import re

from edition.data import read_tsv, table_cell
from edition.errata import read_errata
from edition.original import ROOT
from edition.pages import PageUnit

PLACEHOLDER_RE = re.compile(r"^<!-- edition:(?P<name>[a-z]+) -->$", re.M)
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


def contents(language: str, pages: dict[str, list[PageUnit]]) -> list[str]:
    return [
        f"| [{unit.number}]({unit.id}.md) | {table_cell(unit.text)} |"
        for unit in pages[language]
        if unit.kind == "section"
    ]


def errata(language: str) -> list[str]:
    rows = []
    for e in read_errata():
        reason = e.reason_ja if language == "ja" else e.reason_en
        place = f"[{e.unit}]({e.unit.split('-')[0]}.md#{e.unit})"
        rows.append(
            f'| <span id="errata-{e.id}">{e.id}</span> | {place} | {e.original} | {e.corrected} | {table_cell(reason)} |'
        )
    return rows


def normalisations(language: str) -> list[str]:
    return [f"| {row['id']} | {table_cell(row[language])} |" for row in read_tsv(NORMALISATIONS)]


def render(name: str, language: str, pages: dict[str, list[PageUnit]]) -> str:
    rows = {
        "contents": lambda: contents(language, pages),
        "errata": lambda: errata(language),
        "normalisations": lambda: normalisations(language),
    }[name]()
    return "\n".join([HEADERS[name][language], *rows])


def fill(markdown: str, language: str, pages: dict[str, list[PageUnit]]) -> str:
    return PLACEHOLDER_RE.sub(lambda m: render(m["name"], language, pages), markdown)
