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

3. Material's stylesheet defines, as data: SVG images, the icons of components this edition has none of
(admonitions, code blocks, content tabs, task lists, footnotes, …): a sixth of its gzip bytes, fetched by every
reader. `drop_unused_icons` takes those definitions out of the served stylesheet, and stops the build if one is
no longer there to take out, or if a page comes to use a component whose icon is gone (the page, and what to do).
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


# Icons of Material's stylesheet that no page needs: each variable's name, and what in a page would need it.
UNUSED_ICONS = {
    "admonition": ('class="admonition', "an admonition (!!! note)"),
    "details": ("<details", "a collapsible block (??? note)"),
    "footnotes": ('class="footnote', "a footnote"),
    "clipboard": ("<pre", "a code block"),
    "code-select": ("<pre", "a code block"),
    "code-copy": ("<pre", "a code block"),
    "tabbed": ('class="tabbed-set', "content tabs (=== )"),
    "tasklist": ('class="task-list', "a task list (- [ ])"),
    "typeset-table-sort": ("tablesort", "a sortable table"),
    "annotation": ('class="md-annotation', "a code annotation"),
    "annotation-bg": ('class="md-annotation', "a code annotation"),
    "path": ('class="md-path', "Material's navigation.path"),
    "post-pin": ('class="md-post', "Material's blog"),
    "source-forks": ('class="md-source', "a repository link (repo_url)"),
    "source-repositories": ('class="md-source', "a repository link (repo_url)"),
    "source-stars": ('class="md-source', "a repository link (repo_url)"),
    "source-version": ('class="md-source', "a repository link (repo_url)"),
    "tag": ('class="md-tag', "tags"),
    "version": ('class="md-version', "versioning (mike)"),
}
ICON_DEFINITION_RE = re.compile(r'--md-(?P<name>[\w-]+?)-icon(?:--[\w-]+)?:url\("data:[^"]*"\);?')


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


def drop_unused_icons(site_dir: Path) -> Path:
    """Material's stylesheet as served, without the icons of `UNUSED_ICONS`; none of them needed by a page."""
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for name, (marker, component) in UNUSED_ICONS.items():
            if marker in html:
                raise MaterialChanged(
                    f"{page.relative_to(site_dir)}: has {component}, whose icon (--md-{name}-icon) the build takes "
                    "out of Material's stylesheet: remove it from UNUSED_ICONS in scripts/edition/material.py"
                )
    sheets = sorted((site_dir / "assets" / "stylesheets").glob("main.*.min.css"))
    if len(sheets) != 1:
        raise MaterialChanged(f"expected one Material stylesheet in {site_dir}/assets/stylesheets, found {len(sheets)}")
    sheet = sheets[0]
    dropped: set[str] = set()

    def drop(definition: re.Match[str]) -> str:
        if definition["name"] not in UNUSED_ICONS:
            return definition[0]
        dropped.add(definition["name"])
        return ""

    css = ICON_DEFINITION_RE.sub(drop, sheet.read_text(encoding="utf-8"))
    if dropped != UNUSED_ICONS.keys():
        raise MaterialChanged(
            f"{sheet.name}: no longer defines the icons {sorted(UNUSED_ICONS.keys() - dropped)}, which the build "
            "takes out of it; see scripts/edition/material.py"
        )
    sheet.write_text(css, encoding="utf-8")
    return sheet
