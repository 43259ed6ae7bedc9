"""Take out the indentation of the pages MkDocs and Material write: a tenth of a page's bytes, nothing a reader sees.

Outside `<pre>`, `<textarea>`, `<script>` and `<style>` a run of white space at the start of a line shows
exactly as the line break before it does (one space, or nothing between block elements), so it is dropped
there and nowhere else. The next section page a reader opens costs less (data/budgets.tsv, "next_page").
"""

from __future__ import annotations

import re

KEPT_AS_WRITTEN_RE = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
INDENTED_LINES_RE = re.compile(r"\n\s+")


def strip_indentation(html: str) -> str:
    parts = KEPT_AS_WRITTEN_RE.split(html)
    # split() gives: text, kept element, its tag name, text, kept element, its tag name, … text
    return "".join(
        INDENTED_LINES_RE.sub("\n", part) if n % 3 == 0 else part for n, part in enumerate(parts) if n % 3 != 2
    )
