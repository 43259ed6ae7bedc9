"""The generated reading pages: side by side (Japanese and English per unit), and the whole report on one page.

A page asks for its body with a line `<!-- parallel:NAME -->` (NAME a section id, `all`, or `full`);
scripts/hooks_parallel.py replaces it with `render(NAME, …)`. Side-by-side rows are built from the units
the edition check read (`Result.pages`), so they show exactly the checked text; the whole-report page
is the section pages' own Markdown, so it renders exactly as they do.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from edition.data import read_tsv
from edition.original import ROOT
from edition.pages import PageUnit

PLACEHOLDER_RE = re.compile(r"^<!-- parallel:(?P<name>[a-z]+) -->$", re.M)
LABELS = ROOT / "data" / "parallel.tsv"
# the unit scheme of README.md, as docs/assets/citations.js reads it too: v, v-1, v-p3, v-p1-4
UNIT_RE = re.compile(r"^(?P<section>[ivx]+)(?:-(?P<subsection>\d+)|-p(?P<paragraph>\d+)(?:-(?P<item>\d+))?)?$")
Pages = dict[str, list[PageUnit]]


def read_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """Every string the reading pages and the citation control show: {language: {key: text}}."""
    rows = read_tsv(path)
    return {language: {row["key"]: row[language] for row in rows} for language in ("ja", "en")}


def where(unit_id: str, language: str) -> str:
    """A unit's place as a citation names it (`where_*` of data/parallel.tsv): `V 第1段落 第4項`, `sec. V, para. 1, item 4`."""
    parts = UNIT_RE.match(unit_id)
    if parts is None:
        raise ValueError(f"not a unit id: {unit_id!r}")
    kind = next((k for k in ("item", "paragraph", "subsection") if parts[k]), "section")
    return read_labels()[language][f"where_{kind}"].format(**{**parts.groupdict(), "section": parts["section"].upper()})


def sections(pages: Pages) -> list[str]:
    return [unit.id for unit in pages["ja"] if unit.kind == "section"]


def heading(unit: PageUnit, language: str) -> str:
    """A heading as its page shows it: `V. title`, `（1）title` in Japanese, `(1) title` in English."""
    if unit.kind == "section":
        return f"{unit.number}. {unit.text}"
    return f"{unit.number}{unit.text}" if language == "ja" else f"{unit.number} {unit.text}"


def _cell(unit: PageUnit, language: str) -> str:
    attributes = f'class="parallel-cell parallel-{language}" lang="{language}" data-unit="{unit.id}"'
    if unit.kind in ("section", "subsection"):
        tag = "h2" if unit.kind == "section" else "h3"
        return f"<div {attributes}><{tag}>{escape(heading(unit, language))}</{tag}></div>"
    return f'<div {attributes}><p class="parallel-{unit.kind}">{escape(unit.text)}</p></div>'


def side_by_side(pages: Pages, section: str, labels: dict[str, str]) -> str:
    """One row per unit of `section` (every section for `all`), Japanese then English, the row carrying the id."""
    pairs = [(ja, en) for ja, en in zip(pages["ja"], pages["en"], strict=True) if section in ("all", ja.section)]
    rows = [
        f'<div class="parallel-row parallel-row--{ja.kind}" id="{ja.id}" data-unit="{ja.id}">'
        f"{_cell(ja, 'ja')}{_cell(en, 'en')}</div>"
        for ja, en in pairs
    ]
    head = (
        '<div class="parallel-row parallel-head" aria-hidden="true">'
        f'<div class="parallel-cell" lang="ja">{escape(labels["column_ja"])}</div>'
        f'<div class="parallel-cell" lang="en">{escape(labels["column_en"])}</div></div>'
    )
    return "\n".join(['<div class="parallel">', head, *rows, "</div>"])


def full_text(language: str, pages: Pages) -> str:
    """The section pages' Markdown, one after another."""
    return "\n\n".join(path.read_text(encoding="utf-8") for path in dict.fromkeys(u.path for u in pages[language]))


def title(name: str, language: str, pages: Pages, labels: dict[str, str]) -> str:
    if name == "all":
        return labels["parallel_all"]
    unit = next(unit for unit in pages[language] if unit.id == name)
    return labels["parallel_title"].format(title=heading(unit, language))


def render(name: str, language: str, pages: Pages) -> str:
    """The whole report; or a side-by-side page, its title first (MkDocs takes the page title from it)."""
    if name == "full":
        return full_text(language, pages)
    labels = read_labels()[language]
    return f"# {title(name, language, pages, labels)} {{ #parallel }}\n\n{side_by_side(pages, name, labels)}"


def fill(markdown: str, language: str, pages: Pages) -> str:
    return PLACEHOLDER_RE.sub(lambda m: render(m["name"], language, pages), markdown)


def links(src_uri: str, pages: Pages) -> list[tuple[str, str]]:
    """(label key, src_uri) of the reading pages to offer on the page `src_uri` (e.g. `en/v.md`), and back."""
    language, _, name = src_uri.removesuffix(".md").partition("/")
    known = sections(pages)
    parallel_all = ("to_parallel_all", f"{language}/parallel/index.md")
    full = ("to_full", f"{language}/full.md")
    if name in known:
        return [("to_parallel", f"{language}/parallel/{name}.md"), full]
    if name.startswith("parallel/") and name.removeprefix("parallel/") in known:
        return [("to_section", f"{language}/{name.removeprefix('parallel/')}.md"), parallel_all]
    return {"parallel/index": [full], "full": [parallel_all]}.get(name, [])
