"""The generated reading pages: side by side (Japanese and English per unit), and the whole report on one page.

The pages ask for them as blocks (scripts/edition/blocks.py): `<!-- edition:parallel v -->` (a section, or
`all`) and `<!-- edition:full -->`. Side-by-side rows are built from the units the edition check read, so they
show exactly the checked text; the whole-report page is the section pages' own Markdown, so it renders exactly
as they do.
"""

from __future__ import annotations

import json
from html import escape

from edition import units
from edition.units import SECTIONS, Unit, read_labels

Pages = dict[str, list[Unit]]
SCRIPT_KEYS = ("report", "date", "citation", "copy_link", "copy_citation", "copied", "cite_label", "search_unavailable")


def heading(unit: Unit, language: str) -> str:
    """A heading as its page shows it: `V. title`, `（1）title` in Japanese, `(1) title` in English."""
    if unit.kind == "section":
        return f"{unit.number}. {unit.text}"
    return f"{unit.number}{unit.text}" if language == "ja" else f"{unit.number} {unit.text}"


def _cell(unit: Unit, language: str) -> str:
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
    """A side-by-side page of a section or of `all`, its title first (MkDocs takes the page title from it)."""
    labels = read_labels()[language]
    return f"# {title(name, language, pages, labels)} {{ #parallel }}\n\n{side_by_side(pages, name, labels)}"


def script_labels(language: str, home: str) -> dict[str, object]:
    """What the edition's scripts show in `language`: the citation control's strings (data/parallel.tsv), id
    grammar, place labels by kind in the grammar's order and the URL of a unit below `home` (docs/assets/
    citations.js); what search says when it cannot be had (docs/assets/edition.js)."""
    labels = read_labels()[language]
    return {
        **{key: labels[key] for key in SCRIPT_KEYS},
        "where": [[kind, labels[f"where_{kind}"]] for kind in units.KINDS],
        "unit_id": units.ID_PATTERN,
        "url": home + units.url_pattern(),
    }


def labels_script(language: str, home: str) -> str:
    """`assets/labels.<language>.js`: `script_labels`, one file per language that the browser caches for every
    page: written into each page, they cost every next page some 250 gzip bytes (data/budgets.tsv)."""
    return f"window.labels = {json.dumps(script_labels(language, home), ensure_ascii=False)};\n"


def links(src_uri: str) -> list[tuple[str, str]]:
    """(label key, src_uri) of the reading pages to offer on the page `src_uri` (e.g. `en/v.md`), and back."""
    language, _, name = src_uri.partition("/")
    section = name.removeprefix("parallel/").removesuffix(".md")
    parallel_all = ("to_parallel_all", f"{language}/{units.PAGES['parallel_all']}")
    full = ("to_full", f"{language}/{units.PAGES['full']}")
    if section in SECTIONS and name == units.page(section):
        return [("to_parallel", f"{language}/{units.page(section, 'parallel')}"), full]
    if section in SECTIONS and name == units.page(section, "parallel"):
        return [("to_section", f"{language}/{units.page(section)}"), parallel_all]
    return {units.PAGES["parallel_all"]: [full], units.PAGES["full"]: [parallel_all]}.get(name, [])
