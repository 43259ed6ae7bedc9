"""Glossary and cross-references: computed from the text, marked in it without changing it, refused when they drift."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from builds import copy_sources
from edition import ROOT, xref
from edition.check import check
from edition.data import read_tsv
from edition.glossary import TERMINOLOGY, read_entries
from edition.units import HOME
from html_units import PREFIX, SECTIONS, UNITS, term_links
from html_units import read_units as units_in_html
from measure.build import BuildFailed, build_site
from measure.chromium import start_material


@pytest.fixture(scope="module")
def ctx(md: markdown.Markdown) -> xref.Context:
    result = check(md)
    assert result.problems == [], "the fidelity check must pass with the terms marked"
    return xref.context(result.pages)


def test_the_real_glossary_and_cross_references_verify(ctx: xref.Context) -> None:
    assert xref.verify(ctx) == []
    assert {row["ja"] for row in read_tsv(TERMINOLOGY)} <= {e.ja for e in ctx.entries}


def test_occurrences_are_the_units_where_the_built_pages_mark_the_term(
    ctx: xref.Context, site: tuple[Path, str]
) -> None:
    """Read from the built Japanese pages, not computed again: the title if it holds the term, then every unit
    with a mark linking to the term's entry, and only those.

    A term inside a longer one (見直し in 見直し後の指針) is marked as the longer one where both occur (longest
    match first), so its marks miss places: only the terms that no longer term contains are checked this way.
    """
    folder, _ = site
    ids = {unit.id for unit in UNITS}
    marks: dict[str, list[str]] = {}
    for section in SECTIONS:
        marks.update(term_links((folder / section / "index.html").read_text(encoding="utf-8"), ids))
    titles, _ = units_in_html((folder / "index.html").read_text(encoding="utf-8"), {HOME})
    for entry in ctx.entries:
        if any(entry.ja in other.ja and entry.ja != other.ja for other in ctx.entries):
            continue
        marked = [unit for unit, links in marks.items() if any(link.endswith(f"#{entry.anchor}") for link in links)]
        expected = ([HOME] if entry.ja in titles[HOME] else []) + marked
        assert ctx.places[entry.id] == expected, entry.ja
    assert ctx.places["interim-report-title"] == ["home"]  # in the title only
    assert ctx.places["maritime-security"] == ["v-p1-12", "vi-p1-3"]


def test_removing_the_only_occurrence_of_a_term_fails_naming_it(ctx: xref.Context) -> None:
    [place] = ctx.places["exclusively-defense-oriented"]
    pages = {
        language: [
            dataclasses.replace(u, text=u.text.replace("専守防衛", "防衛")) if u.id == place else u for u in units
        ]
        for language, units in ctx.pages.items()
    }
    problems = xref.verify(xref.context(pages))
    assert problems == ["glossary term 専守防衛 (exclusively defense-oriented policy) no longer occurs in the text"]


def test_a_chapter_continuing_a_section_the_report_lacks_fails(
    ctx: xref.Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chapters = tmp_path / "chapters.tsv"
    text = xref.CHAPTERS.read_text(encoding="utf-8")
    chapters.write_text(text.replace("\tIX\n", "\tX\n"), encoding="utf-8")
    monkeypatch.setattr(xref, "CHAPTERS", chapters)
    problems = xref.verify(ctx)
    assert problems == ["chapters.tsv: chapter VIII continues section X, which the report does not have"]


def test_a_mention_phrase_that_no_longer_occurs_fails(
    ctx: xref.Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentions = tmp_path / "mentions.tsv"
    mentions.write_text(xref.MENTIONS.read_text(encoding="utf-8") + "guidelines-1978\t1978年の指針\n", encoding="utf-8")
    monkeypatch.setattr(xref, "MENTIONS", mentions)
    assert xref.verify(xref.context(ctx.pages)) == [
        "mentions.tsv: guidelines-1978: 1978年の指針 occurs nowhere in the text"
    ]


def test_the_build_stops_on_a_term_that_occurs_nowhere(tmp_path: Path) -> None:
    """The hook is wired into the build: a copy whose glossary has a term the text lacks does not build."""
    copy = copy_sources(tmp_path / "repo")
    glossary = copy / "data" / "glossary.tsv"
    with glossary.open("a", encoding="utf-8") as f:
        f.write("nowhere\t集団的自衛権\tしゅうだんてきじえいけん\tcollective self-defense\t説明。\tExplanation.\n")
    with pytest.raises(BuildFailed) as failure:
        build_site(tmp_path / "site", copy)
    assert "glossary term 集団的自衛権 (collective self-defense) no longer occurs in the text" in str(failure.value)


def _rendered(md: markdown.Markdown, page: Path) -> etree.Element:
    return etree.fromstring("<div>" + md.reset().convert(page.read_text(encoding="utf-8")) + "</div>")


def test_every_occurrence_in_the_japanese_text_is_marked(md: markdown.Markdown, ctx: xref.Context) -> None:
    """Each term in a unit is inside a mark, its own or a longer term's that contains it (longest match first)."""
    entries = read_entries()
    for section in SECTIONS:
        root = _rendered(md, ROOT / "docs" / "ja" / f"{section}.md")
        for unit in (el for el in root.iter() if el.get("id") in {u.id for u in UNITS}):
            marks = ["".join(a.itertext()) for a in unit.iter("a") if a.get("class") == "term"]
            text = "".join(t for a in unit.iter("a") if a.get("class") == "headerlink" for t in a.itertext())
            for entry in entries:
                if entry.ja in "".join(unit.itertext()).replace(text, ""):
                    assert any(entry.ja in mark for mark in marks), f"{unit.get('id')}: {entry.ja} is not marked"


def test_english_terms_are_marked_on_word_boundaries_ignoring_case(md: markdown.Markdown) -> None:
    root = _rendered(md, ROOT / "docs" / "en" / "ix.md")
    marks = [(a.text, a.get("href")) for a in root.iter("a") if a.get("class") == "term"]
    assert marks == [
        ("Processes for Review", "glossary.md#term-processes-for-review"),
        ("revised Guidelines", "glossary.md#term-revised-guidelines"),
        ("review and update", "glossary.md#term-review-and-update"),
    ]


def test_the_definitions_are_one_cached_file_per_language_loaded_only_where_terms_are(
    site: tuple[Path, str], browser: object
) -> None:
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    loaded = []
    page.on("request", lambda request: "term-tips" in request.url and loaded.append(request.url))
    for path in ("v/", "vi/", "en/v/", "about/"):
        page.goto(url + path)
    page.close()
    assert loaded == [url + "assets/term-tips.ja.js", url + "assets/term-tips.ja.js", url + "assets/term-tips.en.js"]


def test_a_japanese_term_shows_english_and_a_definition_on_hover_and_focus(
    site: tuple[Path, str], browser: object
) -> None:
    _, url = site
    [entry] = [e for e in read_entries() if e.id == "strike-operations"]
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + "v/")
    term = page.locator("#v-p2 a.term", has_text=entry.ja)

    def tooltip() -> str:
        return term.evaluate("el => getComputedStyle(el, '::after').content")

    assert tooltip() == "none"
    term.hover()
    assert entry.en in tooltip() and entry.explanation_ja in tooltip()
    page.mouse.move(0, 0)
    assert tooltip() == "none"
    term.focus()
    assert entry.en in tooltip() and entry.explanation_ja in tooltip()
    # screen readers: the description is the hidden definition outside the text
    description = page.locator("#" + term.get_attribute("aria-describedby"))
    assert entry.en in description.text_content()
    assert (
        page.locator("#v-p2").evaluate("el => el.contains(document.getElementById('term-tip-strike-operations'))")
        is False
    )
    term.press("Enter")
    page.wait_for_url(re.compile(r"/glossary/#term-strike-operations$"))
    assert page.locator("#term-strike-operations").is_visible()
    assert page.locator("#term-strike-operations").text_content().startswith(entry.ja)
    page.close()


def test_without_the_definitions_and_labels_terms_stay_links_and_no_script_fails(
    site: tuple[Path, str], browser: object
) -> None:
    """The optional files of a page, the term definitions and the scripts' labels, cannot be fetched: a term is a
    link to its entry, without a definition, there are no citation controls, and no script of the page fails
    (the browser's own report of each refused file aside)."""
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on(
        "console", lambda m: m.type != "error" or m.text.startswith("Failed to load resource") or errors.append(m.text)
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route(re.compile(r"/assets/(term-tips|labels)\.(ja|en)\.js$"), lambda route: route.abort())
    page.goto(url + "v/", wait_until="networkidle")
    start_material(page)
    term = page.locator("#v-p2 a.term").first
    term.hover()
    assert term.get_attribute("aria-describedby") is None and term.get_attribute("data-tip") is None
    assert page.locator(".md-content .cite").count() == 0
    assert errors == []
    term.click()
    page.wait_for_url(re.compile(r"/glossary/#term-"))
    page.close()


def test_the_cross_reference_pages_show_the_data(site: tuple[Path, str]) -> None:
    folder, _ = site
    for language, prefix in PREFIX.items():
        html = (folder / prefix / "xref" / "index.html").read_text(encoding="utf-8")
        for row in read_tsv(xref.DOCUMENTS):
            assert f'<time datetime="{row["date"]}">' in html
        for row in read_tsv(xref.CHAPTERS):
            assert row[language] in html
        # an activity listed in both V and VI links to both items, as the original lists it
        shared = [u for u in UNITS if u.kind == "item" and u.text == "後方支援"]
        assert [u.id for u in shared] == ["v-p1-4", "vi-p1-6"]
        assert all(f'href="../{u.section}/#{u.id}"' in html for u in shared)
