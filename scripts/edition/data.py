"""The edition's data files: tab-separated, UTF-8, a header row, no quoting (`data/*.tsv`).

Each file is checked as it is read, so that a slip in one (a tab typed as a space, say) stops the build with
one line naming the file, the line and the column, not with a traceback from the code that used the row.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from edition.report import relative

# The columns that may be left empty, by file name; every other field of every row must have a value.
MAY_BE_EMPTY = {"documents.tsv": {"en", "note"}, "terminology.tsv": {"note"}}
# Spaces an editor made of a tab, or a space touching Japanese, which has none.
LIKELY_TAB = re.compile(r" {2,}|(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")


class DataError(Exception):
    """A data file that breaks its contract. The text is one line: `file:line:column: what is wrong`."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows, each a fresh dict. The file is parsed once per version: the build asks for some on every page,
    and `mkdocs serve` must see an edit."""
    return [row for _, row in numbered_rows(path)]


def numbered_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of `read_tsv`, each with its line in the file (the header is line 1), for problems to name."""
    stat = path.stat()
    return [(line, dict(row)) for line, row in _rows(path, stat.st_mtime_ns, stat.st_size)]


@functools.cache
def _rows(path: Path, mtime_ns: int, size: int) -> tuple[tuple[int, dict[str, str]], ...]:  # the version: the cache key
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None) or [""]  # no first line, or an empty one, names one column without a name
        if "" in header:
            column = _start(header, header.index(""))
            raise DataError(f"{relative(path)}:1:{column}: the first line must name every column, separated by tabs")
        rows = []
        for fields in reader:
            if fields:  # a blank line is no row
                _check(path, reader.line_num, header, fields)
                rows.append((reader.line_num, dict(zip(header, fields, strict=True))))
        return tuple(rows)


def _check(path: Path, line: int, header: list[str], fields: list[str]) -> None:
    """A DataError unless the row has a value for each column of the header, as the code that uses it assumes."""
    if len(fields) == len(header) and all(fields):  # the common case, quickly
        return
    where = f"{relative(path)}:{line}"
    noun = "field" if len(fields) == 1 else "fields"
    count = f"row has {len(fields)} {noun}, the header names {len(header)} ({', '.join(header)})"
    if len(fields) < len(header):
        column = _lost_tab("\t".join(fields)) + 1
        raise DataError(f"{where}:{column}: {count}: a tab typed as a space?")
    if len(fields) > len(header):
        raise DataError(f"{where}:{_start(fields, len(header)) - 1}: {count}: a tab too many?")
    may_be_empty = MAY_BE_EMPTY.get(path.name, set())
    for i, (name, value) in enumerate(zip(header, fields, strict=True)):
        if not value and name not in may_be_empty:
            raise DataError(f"{where}:{_start(fields, i)}: the {name} field is empty: every row needs one")


def _lost_tab(line: str) -> int:
    """Where a line short of fields most likely lost its tab (0-based): a space that looks like one, else the first
    space, else the end of the line."""
    likely = LIKELY_TAB.search(line)
    if likely:
        return likely.start()
    return line.find(" ") if " " in line else len(line)


def _start(fields: list[str], i: int) -> int:
    """The column (1-based, in characters) where field `i` begins on its line."""
    return 1 + sum(len(field) + 1 for field in fields[:i])


def table_cell(text: str) -> str:
    """`text` made safe for one cell of a Markdown table."""
    return text.replace("|", "\\|")
