"""What a page may load, and what it tells other sites: a Content-Security-Policy and a referrer policy, as
`<meta>` elements first in its head, since a static host such as GitHub Pages sends no headers.

The edition makes no request to any other host (README.md, "Quality gates"); the policy makes that a rule the
browser enforces rather than a test's finding. Its directives, each with why, are data/content-security-policy.tsv.
Inline scripts run by their sha256 hashes, taken from the page as written (Material's local-storage helpers,
its palette and content-tab scripts, the edition's dark palette in overrides/main.html): a script added or
changed is covered by the next build, and any other inline script is refused. Where a page gets an inline script
made as it runs, the offline build opened from file:// and `mkdocs serve`, the file's `without_hashes` column
applies, which says why.

No page sends its address to another site: the original's source link goes to a URL shortener.
"""

from __future__ import annotations

import base64
import hashlib
import re

from edition import ROOT
from edition.data import read_tsv
from edition.material import MaterialChanged

POLICY = ROOT / "data" / "content-security-policy.tsv"
REFERRER = "no-referrer"
CHARSET = '<meta charset="utf-8">'  # the policies come right after it, before anything they govern
SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.DOTALL)
# a file's script, or data: what the page's scripts read (application/json), what metadata readers do (ld+json)
NOT_RUN_RE = re.compile(r'\bsrc=|\btype="application/(?:ld\+)?json"')


def inline_scripts(html: str) -> list[str]:
    """The text of each script written into the page that the browser runs (not JSON data, not a file's)."""
    return [text for attributes, text in SCRIPT_RE.findall(html) if not NOT_RUN_RE.search(attributes)]


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(html: str, hashed: bool) -> str:
    """The page's policy: data/content-security-policy.tsv, its inline scripts' hashes added to script-src."""
    column = "sources" if hashed else "without_hashes"
    hashes = [_hash(script) for script in dict.fromkeys(inline_scripts(html))] if hashed else []
    directives = [
        " ".join([row["directive"], row[column], *(hashes if row["directive"] == "script-src" else [])])
        for row in read_tsv(POLICY)
    ]
    return ";".join(directives)


def protect(html: str, hashed: bool = True) -> str:
    """The page with its Content-Security-Policy and referrer policy right after its character set."""
    if html.count(CHARSET) != 1:
        raise MaterialChanged(f"expected one {CHARSET} in a page, for its policies to follow; see edition/policy.py")
    policies = (
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html, hashed)}">'
        f'<meta name="referrer" content="{REFERRER}">'
    )
    return html.replace(CHARSET, CHARSET + policies)
