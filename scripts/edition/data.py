"""The edition's data files: tab-separated, UTF-8, a header row, no quoting (`data/*.tsv`)."""

from __future__ import annotations

import csv
from pathlib import Path

from edition.original import ROOT

DATA = ROOT / "data"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def table_cell(text: str) -> str:
    """`text` made safe for one cell of a Markdown table."""
    return text.replace("|", "\\|")
