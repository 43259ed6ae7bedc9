"""Markdown for the glossary and cross-reference pages, written from data and the checked text.

A page asks for one with a line `<!-- edition:NAME -->` (NAME in BLOCKS; scripts/edition/blocks.py
fills it). Every link to a unit is verified against the
units the edition check read (`link_problems`), so a block can never point at a
passage that is not there.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from edition import ROOT, units
from edition.data import numbered_rows, read_tsv, table_cell
from edition.glossary import Entry, occurrences, order, read_entries
from edition.glossary import problems as glossary_problems
from edition.languages import mark, span
from edition.original import read_title
from edition.parallel import heading
from edition.report import relative
from edition.units import HOME, SECTIONS, Unit

DOCUMENTS = ROOT / "data" / "documents.tsv"
MENTIONS = ROOT / "data" / "document-mentions.tsv"
CHAPTERS = ROOT / "data" / "guidelines-2015-chapters.tsv"
ACTIVITY_SECTIONS = ("v", "vi", "viii")  # the sections whose lists name activities and areas of cooperation
GENERAL = 4  # a term found in this many sections or more (日米両政府, 見直し) relates nothing in particular

LINK_RE = re.compile(r"\]\((?P<page>[a-z]+)\.md#(?P<anchor>[^)\s]+)\)")
KANA_ROWS = {  # the rows of the kana index: the first kana of a row, the kana a reading filed under it begins with
    "あ": "あいうえお",
    "か": "かきくけこ",
    "さ": "さしすせそ",
    "た": "たちつてと",
    "な": "なにぬねの",
    "は": "はひふへほ",
    "ま": "まみむめも",
    "や": "やゆよ",
    "ら": "らりるれろ",
    "わ": "わをん",
}

WORDS = {
    "ja": {
        "reading": "読み",
        "english": "英語",
        "japanese": "日本語",
        "occurs": "出現箇所",
        "title": "題名",
        "heading": "見出し",
        "activity": "活動・分野",
        "none": "本文に言及なし",
        "mentions": "言及",
        "section": "中間報告の節",
        "chapter": "2015年の指針の章",
        "no_chapter": "対応する章なし",
        "related": "関連する節",
        "activities": "共通の活動",
        "terms": "共通の用語",
        "colon": "\uff1a",  # a full-width colon
    },
    "en": {
        "reading": "reading",
        "english": "English",
        "japanese": "Japanese",
        "occurs": "Occurs in",
        "title": "title",
        "heading": "heading",
        "activity": "Activity or area",
        "none": "not mentioned in the text",
        "mentions": "mentioned in",
        "section": "Section of the Interim Report",
        "chapter": "Chapter of the 2015 Guidelines",
        "no_chapter": "no corresponding chapter",
        "related": "Related sections",
        "activities": "shared activities",
        "terms": "shared terms",
        "colon": ": ",
    },
}


@dataclass(frozen=True)
class Context:
    """What the blocks are written from, worked out once per build (scripts/hooks.py, on_pre_build)."""

    pages: dict[str, list[Unit]]
    entries: list[Entry]
    places: dict[str, list[str]]  # entry id -> the ids of the units its term occurs in
    mentions: dict[str, list[str]]  # document id -> the ids of the units that mention it
    mention_problems: list[str]  # rows of data/document-mentions.tsv whose phrase occurs nowhere or document is unknown
    activities: dict[str, dict[str, str]]  # Japanese item text -> {section id: unit id} in ACTIVITY_SECTIONS


def label(unit_id: str, language: str) -> str:
    """A short name for a unit, as citations name it (`V 第1段落 第4項`, `sec. V, para. 1, item 4`)."""
    if unit_id == HOME:
        return WORDS[language]["title"]
    name = units.label(unit_id, language)
    return f"{name} {WORDS[language]['heading']}" if units.kind_of(unit_id) == "section" else name


def _link(unit_id: str, language: str) -> str:
    return f"[{label(unit_id, language)}]({units.link(unit_id)})"


def _join(language: str) -> str:
    return "、" if language == "ja" else ", "


def initial(entry: Entry, language: str) -> str:
    """The head of the index an entry is filed under: its kana row (が under か), or its letter; "" for none."""
    if language == "en":
        letter = entry.en[:1].upper()
        return letter if letter in string.ascii_uppercase else ""
    kana = unicodedata.normalize("NFD", entry.reading[:1])[:1]  # the kana without its voicing mark
    return next((row for row, kana_of_row in KANA_ROWS.items() if kana and kana in kana_of_row), "")


def index(language: str, ctx: Context) -> str:
    """The index at the head of the glossary: あ か さ … わ, or A to Z, each linking to the first entry under it."""
    first: dict[str, str] = {}
    for e in order(ctx.entries, language):
        first.setdefault(initial(e, language), e.anchor)
    heads = list(KANA_ROWS) if language == "ja" else list(string.ascii_uppercase)
    items = "".join(
        f'<li><a href="#{first[h]}">{h}</a></li>' if h in first else f"<li><span>{h}</span></li>" for h in heads
    )
    name = units.read_labels(units.INTERFACE)[language]["index_label"]
    return f'<nav class="glossary-index" aria-label="{name}"><ul>{items}</ul></nav>'


def entries(language: str, ctx: Context) -> list[str]:
    """The index, then one entry per term, in reading order (Japanese) or alphabetical order (English); what is in
    the other language carries its `lang`."""
    words = WORDS[language]
    lines = [index(language, ctx), ""]
    for e in order(ctx.entries, language):
        places = _join(language).join(_link(p, language) for p in ctx.places[e.id])
        if language == "ja":
            lines += [
                f"## {e.ja} {{ #{e.anchor} }}",
                "",
                f"{words['reading']}{words['colon']}{e.reading}　{words['english']}{words['colon']}{span(e.en, 'en')}",
            ]
        else:
            lines += [f"## {e.en} {{ #{e.anchor} }}", "", f"{words['japanese']}: {span(f'{e.ja} ({e.reading})', 'ja')}"]
        explanation = e.explanation_ja if language == "ja" else e.explanation_en
        lines += ["", mark(explanation, language), "", f"{words['occurs']}{words['colon']}{places}", ""]
    return lines


def _units(ctx: Context, language: str) -> dict[str, Unit]:
    return {u.id: u for u in ctx.pages[language]}


def _activities(text: list[Unit]) -> dict[str, dict[str, str]]:
    """The activities: one per Japanese item text of ACTIVITY_SECTIONS, with the unit listing it in each section."""
    rows: dict[str, dict[str, str]] = {}
    for unit in text:
        if unit.kind == "item" and unit.section in ACTIVITY_SECTIONS:
            rows.setdefault(unit.text, {})[unit.section] = unit.id
    return rows


def _activity_name(cells: dict[str, str], by_id: dict[str, Unit]) -> str:
    """An activity's name in the language of `by_id`: the text of the first item that lists it."""
    return by_id[next(iter(cells.values()))].text


def activities(language: str, ctx: Context) -> list[str]:
    """Activity by section: one row per activity (the same Japanese item text), a link per section it is listed in."""
    by_id = _units(ctx, language)
    header = [WORDS[language]["activity"], *(f"[{s.upper()}]({units.link(s)})" for s in ACTIVITY_SECTIONS)]
    lines = ["| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    for cells in ctx.activities.values():
        name = _activity_name(cells, by_id)
        links = [_link(cells[s], language) if s in cells else "" for s in ACTIVITY_SECTIONS]
        lines.append("| " + " | ".join([table_cell(name), *links]) + " |")
    return lines


def mentions(text: list[Unit]) -> tuple[dict[str, list[str]], list[str]]:
    """Document id → the ids of the units that mention it, by the phrases of data/document-mentions.tsv; and
    problems, each at its row: a phrase that occurs nowhere, a document that data/documents.tsv lacks."""
    documents = {row["id"] for row in read_tsv(DOCUMENTS)}
    found: dict[str, list[str]] = {}
    problems = []
    for line, row in numbered_rows(MENTIONS):
        where = f"{relative(MENTIONS)}:{line}: {row['document']}"
        hits = [u.id for u in text if row["ja"] in u.text]
        if row["document"] not in documents:
            problems.append(f"{where}: no such id in {relative(DOCUMENTS)}")
        if not hits:
            problems.append(f"{where}: {row['ja']} occurs nowhere in the text")
        places = found.setdefault(row["document"], [])
        places += [p for p in hits if p not in places]
    position = {u.id: n for n, u in enumerate(text)}
    return {d: sorted(p, key=position.__getitem__) for d, p in found.items()}, problems


def documents(language: str, ctx: Context) -> list[str]:
    """The documents and events the report refers to, by date, each with its mentions (a timeline, styled by CSS)."""
    english = {e.ja: e.en for e in ctx.entries}  # a document without an English name in the data has a glossary one
    lines = []
    for row in sorted(read_tsv(DOCUMENTS), key=lambda r: r["date"]):
        en = row["en"] or english.get(row["ja"], "")
        names = f"{row['ja']}（{span(en, 'en')}）" if language == "ja" else f"{en} ({span(row['ja'], 'ja')})"
        places = ctx.mentions.get(row["id"], [])
        where = (
            WORDS[language]["mentions"]
            + WORDS[language]["colon"]
            + _join(language).join(_link(p, language) for p in places)
        )
        lines.append(f'- <time datetime="{row["date"]}">{row["date"]}</time> **{names}**  ')
        lines.append(f"  {where if places else WORDS[language]['none']}")
    return lines


def guidelines(language: str, ctx: Context) -> list[str]:
    """Each section of the report beside the chapter of the 2015 Guidelines that continues it."""
    chapters = {row["interim_report_section"].lower(): row for row in read_tsv(CHAPTERS)}
    words = WORDS[language]
    lines = [f"| {words['section']} | {words['chapter']} |", "|---|---|"]
    for unit in (u for u in ctx.pages[language] if u.kind == "section"):
        row = chapters.get(unit.id)
        chapter = f"{row['chapter']}. {table_cell(row[language])}" if row else words["no_chapter"]
        lines.append(f"| [{table_cell(heading(unit, language))}]({units.link(unit.id)}) | {chapter} |")
    return lines


def unknown_chapter_sections() -> list[str]:
    """Problems: chapters of data/guidelines-2015-chapters.tsv said to continue a section the report does not have."""
    return [
        f"{relative(CHAPTERS)}:{line}: chapter {row['chapter']} continues section {row['interim_report_section']}, which the report does not have"
        for line, row in numbered_rows(CHAPTERS)
        if row["interim_report_section"].lower() not in SECTIONS
    ]


def unnamed_documents(entries: list[Entry]) -> list[str]:
    """Problems: documents of data/documents.tsv without an English name and without a glossary entry to give one."""
    glossary = {e.ja for e in entries}
    return [
        f"{relative(DOCUMENTS)}:{line}: {row['id']}: no English name, and no glossary entry for {row['ja']} to give one"
        for line, row in numbered_rows(DOCUMENTS)
        if not row["en"] and row["ja"] not in glossary
    ]


def related(section: str, language: str, ctx: Context) -> list[str]:
    """The sections that share activities or particular terms with `section`, for the foot of its page."""
    sections_of = {e.id: {units.section_of(p) for p in ctx.places[e.id] if p != HOME} for e in ctx.entries}
    by_id = _units(ctx, language)
    words, join = WORDS[language], _join(language)
    lines = []
    for other in (u.id for u in ctx.pages[language] if u.kind == "section" and u.id != section):
        shared_items = [
            _activity_name(cells, by_id) for cells in ctx.activities.values() if {section, other} <= set(cells)
        ]
        shared_terms = [
            e.ja if language == "ja" else e.en
            for e in ctx.entries
            if {section, other} <= sections_of[e.id] and len(sections_of[e.id]) < GENERAL
        ]
        shared_terms = [t for t in dict.fromkeys(shared_terms) if t not in shared_items]  # an activity is named once
        if not (shared_items or shared_terms):
            continue
        parts = [words["activities"] + words["colon"] + join.join(shared_items)] if shared_items else []
        parts += [words["terms"] + words["colon"] + join.join(shared_terms)] if shared_terms else []
        lines.append(f"- [{table_cell(heading(by_id[other], language))}]({units.link(other)}) — {'; '.join(parts)}")
    # a heading, not in the table of contents (raw HTML), with the same id in both languages
    return [f'<h2 id="related-sections">{words["related"]}</h2>', "", *lines] if lines else []


BLOCKS: dict[str, Callable[[str, Context], list[str]]] = {
    "entries": entries,
    "activities": activities,
    "documents": documents,
    "guidelines": guidelines,
}


def link_problems(markdown: str, language: str, ctx: Context, where: str) -> list[str]:
    """Every `page.md#anchor` link must name a unit of that page (or the title, or a glossary entry)."""
    anchors: dict[str, set[str]] = {"index": {HOME}, "glossary": {e.anchor for e in ctx.entries}}
    for unit in ctx.pages[language]:
        anchors.setdefault(units.page(unit.id).removesuffix(".md"), set()).add(unit.id)
    return [
        f"{where}: link to {m['page']}.md#{m['anchor']}: no such unit in the {language} pages"
        for m in LINK_RE.finditer(markdown)
        if m["anchor"] not in anchors.get(m["page"], set())
    ]


def context(pages: dict[str, list[Unit]]) -> Context:
    entries = read_entries()
    places = occurrences(entries, pages["ja"], read_title())
    found, mention_problems = mentions(pages["ja"])
    return Context(pages, entries, places, found, mention_problems, _activities(pages["ja"]))


def verify(ctx: Context) -> list[str]:
    """Everything wrong between the glossary, the cross-references and the text, each problem naming what."""
    problems = glossary_problems(ctx.entries, ctx.places)
    problems += ctx.mention_problems + unknown_chapter_sections() + unnamed_documents(ctx.entries)
    problems += [
        f"glossary term {e.ja} ({e.en}): under no head of the {language} glossary's index"
        for e in ctx.entries
        for language in ctx.pages
        if not initial(e, language)
    ]
    for language in ctx.pages:
        for name, block in BLOCKS.items():
            problems += link_problems("\n".join(block(language, ctx)), language, ctx, f"{language} block {name}")
        for section in (u.id for u in ctx.pages[language] if u.kind == "section"):
            text = "\n".join(related(section, language, ctx))
            problems += link_problems(text, language, ctx, f"{language}/{section}.md related block")
    return problems
