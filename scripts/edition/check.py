"""The edition check: the pages say what the original says, in both languages.

Run before MkDocs renders anything (see scripts/hooks.py), and on its own: `make check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import markdown

from edition import ROOT, units
from edition.compare import compare, same_as_original, translated
from edition.errata import apply_errata, read_errata
from edition.original import ORIGINAL, OriginalError, read_units, verify_checksum
from edition.pages import read_page
from edition.report import Problem, relative
from edition.units import Unit

DOCS = ROOT / "docs"
ORIGINAL_LANGUAGE = "ja"
TRANSLATIONS = ("en",)


@dataclass(frozen=True)
class Result:
    problems: list[Problem]
    units: int  # units of the report, in one language
    pages: dict[str, list[Unit]]  # per language, every unit of its section pages in reading order


def section_page(docs: Path, language: str, section: str) -> Path:
    return docs / language / units.page(section)


def read_language(
    docs: Path, language: str, sections: list[str], md: markdown.Markdown
) -> tuple[list[Unit], list[Problem]]:
    units: list[Unit] = []
    problems = []
    for section in sections:
        page = section_page(docs, language, section)
        if page.exists():
            units += read_page(page, md)
        else:
            problems.append(
                Problem(page, 1, section, f"missing page: section {section.upper()} has no {language} page")
            )
    return units, problems


def unpaired_pages(docs: Path, sections: list[str]) -> list[Problem]:
    """A page in one language only, which mkdocs-static-i18n would fill in silently with the other's (a section
    page missing is told as such by `read_language`)."""
    languages = (ORIGINAL_LANGUAGE, *TRANSLATIONS)
    told = {Path(units.page(section)) for section in sections}
    names = {
        language: {p.relative_to(docs / language) for p in (docs / language).rglob("*.md")} for language in languages
    }
    return [
        Problem(docs / language / name, 1, "", f"no {other} page beside it: add {relative(docs / other / name)}")
        for language in languages
        for other in languages
        for name in sorted(names[language] - names[other] - told)
    ]


def check(md: markdown.Markdown, docs: Path = DOCS, original: Path = ORIGINAL) -> Result:
    """Every problem with the pages under `docs`, compared with `original` and `data/errata.tsv`."""
    try:
        verify_checksum(original)
    except OriginalError as error:
        return Result([Problem(original, 1, "", str(error))], 0, {})
    expected, problems = apply_errata(read_units(original), read_errata())
    sections = list(dict.fromkeys(unit.section for unit in expected))

    problems += unpaired_pages(docs, sections)
    pages = {}
    japanese, missing = read_language(docs, ORIGINAL_LANGUAGE, sections, md)
    problems += missing
    problems += compare(
        expected, japanese, lambda u: section_page(docs, ORIGINAL_LANGUAGE, u.section), same_as_original
    )
    pages[ORIGINAL_LANGUAGE] = japanese

    for language in TRANSLATIONS:
        translation, missing = read_language(docs, language, sections, md)
        problems += missing
        problems += compare(
            expected, translation, lambda u, lang=language: section_page(docs, lang, u.section), translated
        )
        pages[language] = translation
    return Result(problems, len(expected), pages)
