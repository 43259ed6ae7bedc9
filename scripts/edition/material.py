"""What this edition changes in Material, and the guards that keep it honest.

1. overrides/main.html replaces Material's `scripts` block, to start the bundle on the reader's first
interaction (docs/assets/start-material.js says why). That is safe only while the block loads the bundle
and the extra JavaScript and nothing else: `scripts_block_bundle` checks it, and names the bundle.

2. Material's bundle fetches `sitemap.xml` beside every `<link rel="alternate">` of
a page, to keep the reader on the same page when switching language. With
mkdocs-static-i18n the alternates are the translated pages themselves, so each
fetch asks for `/en/v/sitemap.xml` and the like, answers 404, and costs bytes
on every page view. The alternates already lead to the same page, and
docs/assets/edition.js carries the `#fragment` over, so the fetching function
is simply not called.

If Material's bundle no longer has exactly one such function and one call of
it, the build stops and says so: whoever upgrades Material must look again.
"""

from __future__ import annotations

import re
from pathlib import Path

SCRIPTS_BLOCK_RE = re.compile(
    r"\{% block scripts %\}\s*"
    r"<script src=\"\{\{ '(assets/javascripts/bundle\.[0-9a-f]+\.min\.js)' \| url \}\}\"></script>\s*"
    r"\{% for script in config\.extra_javascript %\}\s*\{\{ script \| script_tag \}\}\s*\{% endfor %\}\s*"
    r"\{% endblock %\}"
)
FUNCTION_RE = re.compile(
    r'function (\w+)\(\{document\$:\w+\}\)\{let \w+=new Map;\w+\.pipe\(\w+\(\(\)=>\w+\("link\[rel=alternate\]"\)\)'
)


class MaterialChanged(Exception):
    """Material is not the version that these changes were written for."""


def scripts_block_bundle(base_html: str) -> str:
    """The bundle that the `scripts` block of Material's base.html loads, if that is all the block loads."""
    blocks = SCRIPTS_BLOCK_RE.findall(base_html)
    if len(blocks) != 1:
        raise MaterialChanged(
            "base.html: its `scripts` block no longer loads just the bundle and extra_javascript, so "
            "overrides/main.html, which replaces it, must be looked at again; see scripts/edition/material.py"
        )
    return blocks[0]


def drop_alternate_sitemap_fetch(site_dir: Path) -> Path:
    bundles = sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise MaterialChanged(f"expected one Material bundle in {site_dir}/assets/javascripts, found {len(bundles)}")
    bundle = bundles[0]
    code = bundle.read_text(encoding="utf-8")
    functions = FUNCTION_RE.findall(code)
    if len(functions) != 1:
        raise MaterialChanged(
            f"{bundle.name}: expected one function that fetches sitemap.xml for link[rel=alternate], "
            f"found {len(functions)}; see scripts/edition/material.py"
        )
    call = re.compile(rf"(?<![\w.]){re.escape(functions[0])}\(\{{document\$:\w+\}}\);")
    patched, calls = call.subn("", code)
    if calls != 1:
        raise MaterialChanged(f"{bundle.name}: expected one call of {functions[0]}(), found {calls}")
    bundle.write_text(patched, encoding="utf-8")
    return bundle
