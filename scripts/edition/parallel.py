"""The generated reading pages: side by side (Japanese and English per unit), and the whole report on one page.

The pages ask for them as blocks (scripts/edition/blocks.py): `<!-- edition:parallel v -->` (a section, or
`all`) and `<!-- edition:full -->`. Side-by-side rows are built from the units the edition check read, so they
show exactly the checked text; the whole-report page is the section pages' own Markdown, so it renders exactly
as they do.
"""

from __future__ import annotations

import json
from html import escape

from edition import phrases, references, units
from edition.units import SECTIONS, Unit, read_labels

Pages = dict[str, list[Unit]]
SCRIPT_KEYS = (
    "copy_link",
    "copy_citation",
    "copied",
    "share",
    "cite_label",
    "search_unavailable",
    "where_sentences",
    "print_address",
)
CITED_ON = ("section", "parallel", "parallel_all")  # the kinds of page whose units a citation links to


def heading(unit: Unit, language: str) -> str:
    """A heading as its page shows it: `V. title`, `（1）title` in Japanese, `(1) title` in English."""
    if unit.kind == "section":
        return f"{unit.number}. {unit.text}"
    return f"{unit.number}{unit.text}" if language == "ja" else f"{unit.number} {unit.text}"


def _sentences(unit: Unit) -> str:
    """The unit's text with each sentence in a `<span data-s="v-p1-s2">`: a data attribute, since the other column
    has the same sentence (ids stay unique on the page); what lies between two sentences stays outside both."""
    parts, start = [], 0
    for sentence_id, sentence in zip(unit.sentence_ids, unit.sentences, strict=True):
        at = unit.text.index(sentence, start)
        parts += [escape(unit.text[start:at]), f'<span data-s="{sentence_id}">{escape(sentence)}</span>']
        start = at + len(sentence)
    return "".join([*parts, escape(unit.text[start:])])


def _cell(unit: Unit, language: str, label: str) -> str:
    """One language's cell of a row, after its column's `label`, which shows only where the columns are stacked
    (edition.css)."""
    attributes = f'class="parallel-cell parallel-{language}" lang="{language}" data-unit="{unit.id}"'
    if unit.kind in ("section", "subsection"):
        tag = "h2" if unit.kind == "section" else "h3"
        shown = phrases.html(heading(unit, language)) if language == "ja" else escape(heading(unit, language))
        content = f"<{tag}>{shown}</{tag}>"
    else:
        content = f'<p class="parallel-{unit.kind}">{_sentences(unit)}</p>'
    return f'<span class="parallel-label">{escape(label)}</span><div {attributes}>{content}</div>'


def side_by_side(pages: Pages, section: str, labels: dict[str, str]) -> str:
    """One row per unit of `section` (every section for `all`), Japanese then English, the row carrying the id;
    a section's rows in a group of their own, which print starts on a new page (edition.css)."""
    groups: list[list[str]] = []
    for ja, en in zip(pages["ja"], pages["en"], strict=True):
        if section in ("all", ja.section):
            if ja.kind == "section":  # every section starts with its heading
                groups.append([])
            groups[-1].append(
                f'<div class="parallel-row parallel-row--{ja.kind}" id="{ja.id}" data-unit="{ja.id}">'
                f"{_cell(ja, 'ja', labels['column_ja'])}{_cell(en, 'en', labels['column_en'])}</div>"
            )
    head = (
        '<div class="parallel-row parallel-head" aria-hidden="true">'
        f'<div class="parallel-cell" lang="ja">{escape(labels["column_ja"])}</div>'
        f'<div class="parallel-cell" lang="en">{escape(labels["column_en"])}</div></div>'
    )
    sections = ['<div class="parallel-section">\n' + "\n".join(rows) + "\n</div>" for rows in groups]
    return "\n".join(['<div class="parallel">', head, *sections, "</div>"])


def full_text(language: str, pages: Pages) -> str:
    """The index of the sections, then the section pages' Markdown, one after another. (The index, not Material's
    table of contents, which lists the first heading's subsections only: the page hides it.)"""
    sections = (path.read_text(encoding="utf-8") for path in dict.fromkeys(u.path for u in pages[language]))
    return "\n\n".join([index(language, pages, read_labels()[language]), *sections])


def title(name: str, language: str, pages: Pages, labels: dict[str, str]) -> str:
    if name == "all":
        return labels["parallel_all"]
    unit = next(unit for unit in pages[language] if unit.id == name)
    return labels["parallel_title"].format(title=heading(unit, language))


def index(language: str, pages: Pages, labels: dict[str, str]) -> str:
    """The whole report side by side: every section, to jump to."""
    links = "".join(
        f'<li><a href="#{unit.id}">{escape(heading(unit, language))}</a></li>'
        for unit in pages[language]
        if unit.kind == "section"
    )
    return f'<nav class="parallel-index" aria-label="{labels["sections"]}"><ol>{links}</ol></nav>'


def render(name: str, language: str, pages: Pages) -> str:
    """A side-by-side page of a section or of `all`, its title first (MkDocs takes the page title from it); the
    whole report's with an index of its sections."""
    labels = read_labels()[language]
    head = f"# {title(name, language, pages, labels)} {{ #parallel }}\n\n"
    return head + (index(language, pages, labels) + "\n\n" if name == "all" else "") + side_by_side(pages, name, labels)


def cited_on(src_uri: str) -> str:
    """For a page whose units carry citation controls (`en/v.md`), the kind of page its citations link to
    (CITED_ON: the whole report on one page cites the section pages); "" for any other page."""
    _, _, name = src_uri.partition("/")
    pages = {units.page(section, kind): kind for section in SECTIONS for kind in ("section", "parallel")}
    return {**pages, units.PAGES["parallel_all"]: "parallel_all", units.PAGES["full"]: "section"}.get(name, "")


def labels_script(language: str, home: str) -> str:
    """`assets/labels.<language>.js`, what the edition's scripts show in `language`, one file that the browser
    caches for every page (written into each page, it would cost every next page some 250 gzip bytes): the
    citation control's strings (data/parallel.tsv), the citation with the report's particulars filled in, then
    each citation style's button and its citation rendered by citeproc (edition/references.py), the id
    grammar, the place label and the control's face by kind in the grammar's order, and a unit's URL below
    `home` on each kind of page (docs/assets/citations.js); what search says when it cannot be had, and what a
    printed page says of its address (docs/assets/edition.js)."""
    labels = read_labels()[language]
    citation = labels["citation"]
    for key in ("issuer", "report", "date", "edition"):
        citation = citation.replace(f"{{{key}}}", labels[key])
    data = {
        **{key: labels[key] for key in SCRIPT_KEYS},
        "citation": citation,
        "styles": [
            [labels["copy_style"].format(style=labels[f"style_{name}"]), references.style_template(name, language)]
            for name in references.STYLES
        ],
        "where": [[kind, labels[f"where_{kind}"], labels[f"face_{kind}"]] for kind in units.KINDS],
        "unit_id": units.ID_PATTERN,
        "url": {kind: home + units.url_pattern(kind) for kind in CITED_ON},
    }
    return f"window.labels = {json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n"


def links(src_uri: str, pages: Pages) -> list[tuple[str, str]]:
    """(label, src_uri) of the pages to offer on the page `src_uri` (e.g. `en/v.md`): a section's side-by-side
    page and back; from a side-by-side page, the previous and next sections side by side too, and the glossary,
    so that reading side by side never ends in a dead end."""
    language, _, name = src_uri.partition("/")
    labels = read_labels()[language]
    section = name.removeprefix("parallel/").removesuffix(".md")
    parallel_all = (labels["to_parallel_all"], f"{language}/{units.PAGES['parallel_all']}")
    full = (labels["to_full"], f"{language}/{units.PAGES['full']}")
    glossary = (labels["to_glossary"], f"{language}/glossary.md")
    if section in SECTIONS and name == units.page(section):
        return [(labels["to_parallel"], f"{language}/{units.page(section, 'parallel')}"), full]
    if section in SECTIONS and name == units.page(section, "parallel"):
        headings = {unit.id: heading(unit, language) for unit in pages[language] if unit.kind == "section"}
        n = SECTIONS.index(section)
        around = [
            (labels[key].format(title=headings[SECTIONS[m]]), f"{language}/{units.page(SECTIONS[m], 'parallel')}")
            for key, m in (("previous", n - 1), ("next", n + 1))
            if 0 <= m < len(SECTIONS)
        ]
        return [(labels["to_section"], f"{language}/{units.page(section)}"), *around, parallel_all, glossary]
    return {units.PAGES["parallel_all"]: [full, glossary], units.PAGES["full"]: [parallel_all]}.get(name, [])
