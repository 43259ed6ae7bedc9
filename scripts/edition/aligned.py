"""The aligned text as data: one record per unit (id, section, kind, ja, en), published as JSON and TSV.

The records come from the pages the edition check read, and are checked again here
against the original (with the normalisations and errata) before they are written,
so the data can never say something the site does not.
"""

from __future__ import annotations

import csv
import io
import json

from edition.errata import apply_errata, read_errata
from edition.original import ORIGINAL, read_units
from edition.pages import PageUnit

FIELDS = ("id", "section", "kind", "ja", "en")


class AlignmentError(Exception):
    """The pages and the original disagree, so no data is published."""


def records(pages: dict[str, list[PageUnit]]) -> list[dict[str, str]]:
    expected, problems = apply_errata(read_units(ORIGINAL), read_errata())
    if problems:
        raise AlignmentError("; ".join(problems))
    ja, en = pages["ja"], pages["en"]
    if not len(expected) == len(ja) == len(en):
        raise AlignmentError(f"{len(expected)} units in the original, {len(ja)} Japanese, {len(en)} English")
    rows = []
    for unit, ja_unit, en_unit in zip(expected, ja, en, strict=True):
        if not unit.id == ja_unit.id == en_unit.id or unit.text != ja_unit.text:
            raise AlignmentError(f"unit {unit.id}: the pages do not match the original ({ja_unit.id}, {en_unit.id})")
        rows.append({"id": unit.id, "section": unit.section, "kind": unit.kind, "ja": unit.text, "en": en_unit.text})
    return rows


def as_json(rows: list[dict[str, str]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def as_tsv(rows: list[dict[str, str]]) -> str:
    """Plain tab-separated values, no quoting: a text holding a tab or a newline stops the build."""
    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
