"""The edition's data files: tab-separated, UTF-8, a header row, no quoting (`data/*.tsv`)."""

from __future__ import annotations

import csv
import functools
from pathlib import Path


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows, each a fresh dict. The file is parsed once per version: the build asks for some on every page,
    and `mkdocs serve` must see an edit."""
    stat = path.stat()
    return [dict(row) for row in _rows(path, stat.st_mtime_ns, stat.st_size)]


@functools.cache
def _rows(path: Path, mtime_ns: int, size: int) -> tuple[dict[str, str], ...]:  # the version: the cache key
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def table_cell(text: str) -> str:
    """`text` made safe for one cell of a Markdown table."""
    return text.replace("|", "\\|")
