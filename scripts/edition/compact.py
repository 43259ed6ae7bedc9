"""Take out of what the site serves the white space and comments that no reader sees: bytes a reader need not fetch.

- Pages: outside `<pre>`, `<textarea>`, `<script>` and `<style>` a run of white space at the start of a line
  shows exactly as the line break before it does (one space, or nothing between block elements), so it is
  dropped there and nowhere else: a tenth of a page's bytes.
- The edition's own stylesheet and scripts (docs/assets/*.css, *.js), as published: minified by rcssmin and
  rjsmin (PyPI; they keep strings, regular expressions and every token, and rename nothing), two fifths of
  their bytes. The sources keep their comments for maintainers; the browser tests run on the minified files.

Both count towards the budgets of data/budgets.tsv.
"""

from __future__ import annotations

import re

import rcssmin
import rjsmin

KEPT_AS_WRITTEN_RE = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
INDENTED_LINES_RE = re.compile(r"\n\s+")
MINIFY = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def strip_indentation(html: str) -> str:
    parts = KEPT_AS_WRITTEN_RE.split(html)
    # split() gives: text, kept element, its tag name, text, kept element, its tag name, … text
    return "".join(
        INDENTED_LINES_RE.sub("\n", part) if n % 3 == 0 else part for n, part in enumerate(parts) if n % 3 != 2
    )


def compact_asset(source: str, suffix: str) -> str:
    """A stylesheet (`.css`) or script (`.js`) of the edition's, minified."""
    return MINIFY[suffix](source)
