"""The whole report's title block, for print: what a printed or saved copy must say of itself on its first page.

The report's title, date and issuers (data/parallel.tsv), the edition's permanent address and the date of the
build. The date is never the clock's, so that two builds of the same sources are byte-identical: it is
SOURCE_DATE_EPOCH (the Makefile sets it from the last commit), or else the last commit's date; a copy of the
sources with neither has no date line. On screen the block is not shown (docs/assets/edition.css).
"""

from __future__ import annotations

import functools
import os
import subprocess
from datetime import UTC, date, datetime
from html import escape

from edition import ROOT
from edition.units import read_labels


def build_date() -> date | None:
    """The date the build stands for: SOURCE_DATE_EPOCH, or the last commit's; None if neither can be had."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _last_commit()
    return datetime.fromtimestamp(int(epoch), UTC).date() if epoch else None


@functools.cache  # asked for by every page that names the date; git once a process
def _last_commit() -> str:
    """The last commit's time (seconds since 1970), or nothing outside a git checkout."""
    try:
        return subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def title_block(language: str, address: str, built: date | None) -> str:
    """The block as HTML, in `language`; `address` is the page's permanent URL."""
    labels = read_labels()[language]
    lines = [
        f'<p class="print-title__report">{escape(labels["report"])}</p>',
        f"<p>{escape(labels['date'])}</p>",
        f"<p>{escape(labels['issuer'])}</p>",
        f"<p>{escape(labels['print_edition'].format(edition=labels['edition'], url=address))}</p>",
    ]
    if built:
        when = labels["print_built"].format(year=built.year, month=built.month, day=built.day, month_name=f"{built:%B}")
        lines.append(f"<p>{escape(when)}</p>")
    return '<header class="print-title">' + "".join(lines) + "</header>"
