"""Glossary and cross-references: computed from the text, marked in it without changing it, refused when they drift."""

from __future__ import annotations

import dataclasses
import re
import string
import unicodedata
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest
from playwright.sync_api import expect

from builds import copy_sources
from edition import ROOT, glossary, report, units, xref
from edition.check import check
from edition.data import read_tsv
from edition.glossary import GLOSSARY, TERMINOLOGY, read_entries
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


def rows(data: Path) -> int:
    """A data file's rows counted as lines, not as read_tsv reads them: a count that does not trust the reader."""
    return len([line for line in data.read_text(encoding="utf-8").splitlines()[1:] if line])


def test_the_real_glossary_and_cross_references_verify(ctx: xref.Context) -> None:
    assert len(ctx.entries) == rows(GLOSSARY) > 0
    assert xref.verify(ctx) == []
    terminology = {row["ja"] for row in read_tsv(TERMINOLOGY)}
    assert len(terminology) == rows(TERMINOLOGY) > 0
    assert terminology <= {e.ja for e in ctx.entries}


def test_occurrences_are_every_unit_whose_built_text_holds_the_term(ctx: xref.Context, site: tuple[Path, str]) -> None:
    """Read from the text of the built Japanese pages, not from their marks (a term is marked once a section):
    the title if it holds the term, then every unit whose text holds it, and only those."""
    folder, _ = site
    ids = {unit.id for unit in UNITS}
    texts: dict[str, str] = {}
    for section in SECTIONS:
        texts.update(units_in_html((folder / section / "index.html").read_text(encoding="utf-8"), ids)[0])
    assert list(texts) == [unit.id for unit in UNITS]
    titles, _ = units_in_html((folder / "index.html").read_text(encoding="utf-8"), {HOME})
    for entry in ctx.entries:
        expected = ([HOME] if entry.ja in titles[HOME] else []) + [u for u, text in texts.items() if entry.ja in text]
        assert ctx.places[entry.id] == expected, entry.ja
    assert ctx.places["interim-report-title"] == ["home"]  # in the title only
    assert max(len(places) for places in ctx.places.values()) > 9  # a term marked once on a page is listed each time


def test_removing_the_only_occurrence_of_a_term_fails_naming_it(ctx: xref.Context) -> None:
    [place] = ctx.places["exclusively-defense-oriented"]
    pages = {
        language: [
            dataclasses.replace(u, text=u.text.replace("専守防衛", "防衛")) if u.id == place else u for u in units
        ]
        for language, units in ctx.pages.items()
    }
    [entry] = [e for e in ctx.entries if e.id == "exclusively-defense-oriented"]
    problems = xref.verify(xref.context(pages))
    assert problems == [
        f"data/glossary.tsv:{entry.line}: glossary term 専守防衛 (exclusively defense-oriented policy) occurs nowhere in the text"
    ]


def test_a_chapter_continuing_a_section_the_report_lacks_fails(
    ctx: xref.Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chapters = tmp_path / "chapters.tsv"
    text = xref.CHAPTERS.read_text(encoding="utf-8")
    chapters.write_text(text.replace("\tIX\n", "\tX\n"), encoding="utf-8")
    monkeypatch.setattr(xref, "CHAPTERS", chapters)
    problems = xref.verify(ctx)
    assert problems == [f"{chapters}:9: chapter VIII continues section X, which the report does not have"]


def test_a_mention_phrase_that_no_longer_occurs_fails(
    ctx: xref.Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentions = tmp_path / "mentions.tsv"
    mentions.write_text(xref.MENTIONS.read_text(encoding="utf-8") + "guidelines-1978\t1978年の指針\n", encoding="utf-8")
    monkeypatch.setattr(xref, "MENTIONS", mentions)
    line = len(mentions.read_text(encoding="utf-8").splitlines())  # the phrase added last
    assert xref.verify(xref.context(ctx.pages)) == [
        f"{mentions}:{line}: guidelines-1978: 1978年の指針 occurs nowhere in the text"
    ]


def test_a_mention_of_no_document_and_a_document_without_english_fail(
    ctx: xref.Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents, mentions = tmp_path / "documents.tsv", tmp_path / "mentions.tsv"
    documents.write_text(
        xref.DOCUMENTS.read_text(encoding="utf-8") + "sofa\t1960-01-19\t日米地位協定\t\t\n", encoding="utf-8"
    )
    mentions.write_text(xref.MENTIONS.read_text(encoding="utf-8") + "guidelines-1987\t1997年の指針\n", encoding="utf-8")
    monkeypatch.setattr(xref, "DOCUMENTS", documents)
    monkeypatch.setattr(xref, "MENTIONS", mentions)
    lines = [len(path.read_text(encoding="utf-8").splitlines()) for path in (mentions, documents)]
    assert xref.verify(xref.context(ctx.pages)) == [
        f"{mentions}:{lines[0]}: guidelines-1987: no such id in {documents}",
        f"{documents}:{lines[1]}: sofa: no English name, and no glossary entry for 日米地位協定 to give one",
    ]


GLOSSARY_ROWS = [  # id, ja, reading, en: from line 2
    ("guidelines", "指針", "ししん", "Guidelines"),
    ("revision", "見直し", "みなおし", "revision"),
    ("guidelines", "中間報告", "ちゅうかんほうこく", "Interim Report"),
    ("other", "指針", "ししん", "Guidelines"),
]
TERMINOLOGY_ROWS = [  # ja, en, note, chosen_by: from line 2
    ("指針", "Guidelines", "", "standard"),
    ("見直し", "review", "A reason.", "edition"),
    ("抑止力", "deterrence", "", "edition"),
    ("指針", "Guidelines", "", "given"),
]


def test_glossary_and_terminology_are_one_to_one_and_each_choice_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every problem at its own row, in a stand-in for the repository, so that each names its file as it would."""
    monkeypatch.setattr(report, "ROOT", tmp_path)
    (tmp_path / "data").mkdir()
    paths = {name: tmp_path / "data" / f"{name}.tsv" for name in ("glossary", "terminology")}
    monkeypatch.setattr(glossary, "GLOSSARY", paths["glossary"])
    paths["glossary"].write_text(
        "id\tja\treading\ten\texplanation_ja\texplanation_en\n"
        + "".join("\t".join(row) + "\t説明。\tExplanation.\n" for row in GLOSSARY_ROWS),
        encoding="utf-8",
    )
    paths["terminology"].write_text(
        "ja\ten\tnote\tchosen_by\n" + "".join("\t".join(row) + "\n" for row in TERMINOLOGY_ROWS), encoding="utf-8"
    )
    entries = glossary.read_entries(paths["glossary"])
    assert glossary.problems(entries, {e.id: ["v"] for e in entries}, paths["terminology"]) == [
        "data/glossary.tsv:4: glossary id guidelines is already at line 2",
        "data/glossary.tsv:5: glossary term 指針 is already at line 2",
        "data/glossary.tsv:3: glossary term 見直し: English 'revision', data/terminology.tsv:3 says 'review'",
        "data/terminology.tsv:4: terminology term 抑止力 has no glossary entry in data/glossary.tsv",
        "data/terminology.tsv:4: 抑止力: chosen_by is edition, so the note must say why this English",
        "data/terminology.tsv:5: terminology term 指針 is given twice",
        "data/terminology.tsv:5: 指針: chosen_by is 'given', not one of standard, edition",
        "data/glossary.tsv:4: glossary term 中間報告 has no row in data/terminology.tsv: every term needs one",
    ]


def test_the_build_stops_on_a_term_that_occurs_nowhere(tmp_path: Path) -> None:
    """The hook is wired into the build: a copy whose glossary has a term the text lacks does not build."""
    copy = copy_sources(tmp_path / "repo")
    glossary = copy / "data" / "glossary.tsv"
    with glossary.open("a", encoding="utf-8") as f:
        f.write("nowhere\t集団的自衛権\tしゅうだんてきじえいけん\tcollective self-defense\t説明。\tExplanation.\n")
    with pytest.raises(BuildFailed) as failure:
        build_site(tmp_path / "site", copy)
    assert "glossary term 集団的自衛権 (collective self-defense) occurs nowhere in the text" in str(failure.value)


def _rendered(md: markdown.Markdown, page: Path) -> etree.Element:
    return etree.fromstring("<div>" + md.reset().convert(page.read_text(encoding="utf-8")) + "</div>")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_term_is_marked_once_a_section_at_its_first_occurrence(site: tuple[Path, str], language: str) -> None:
    """On each section page, and section by section on the whole report's page, no entry is marked twice; a term
    that no longer term contains is marked in the first unit whose text holds it (Japanese: as written; English:
    a whole word, in any case; an English rendering of two terms links to the first one's entry)."""
    folder, _ = site
    ids = {unit.id for unit in UNITS}
    entries = read_entries()
    term = {e.id: e.ja if language == "ja" else e.en.lower() for e in entries}
    first_with = {t: i for i, t in reversed(term.items())}  # an English rendering of two terms links to the first
    outermost = [i for i, t in term.items() if first_with[t] == i and not any(t in o != t for o in term.values())]
    sought = {
        i: re.compile(re.escape(t) if language == "ja" else rf"(?<!\w){re.escape(t)}(?!\w)", re.I)
        for i, t in term.items()
    }
    pages: dict[str, dict[str, list[str]]] = {}
    for section in SECTIONS:
        html = (folder / PREFIX[language] / section / "index.html").read_text(encoding="utf-8")
        texts, marks = units_in_html(html, ids)[0], term_links(html, ids)
        pages[section] = marks
        marked = [link.partition("#term-")[2] for unit in texts for link in marks[unit]]
        assert len(marked) == len(set(marked)) > 0, f"{section}: a term marked twice"
        for entry in outermost:
            first = next((unit for unit, text in texts.items() if sought[entry].search(text)), None)
            where = [unit for unit in texts if any(link.endswith(f"#term-{entry}") for link in marks[unit])]
            assert where == ([first] if first else []), f"{language} {section}: {term[entry]}"
    full = term_links((folder / PREFIX[language] / "full" / "index.html").read_text(encoding="utf-8"), ids)
    assert full == {unit: links for marks in pages.values() for unit, links in marks.items()}


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
        shown = page.locator(".term-tip")
        return shown.text_content() if shown.is_visible() else "none"

    assert tooltip() == "none"
    term.hover()
    assert entry.en in tooltip() and entry.explanation_ja in tooltip()
    page.locator(".term-tip").hover()  # the definition can be hovered without going away
    assert entry.en in tooltip()
    page.mouse.move(0, 0)
    assert tooltip() == "none"
    term.focus()
    assert entry.en in tooltip() and entry.explanation_ja in tooltip()
    page.keyboard.press("Escape")  # dismissed without moving focus or pointer
    assert tooltip() == "none"
    term.blur()
    term.focus()
    assert entry.en in tooltip()
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


def test_a_definition_stays_inside_the_window_at_200_percent_zoom(site: tuple[Path, str], browser: object) -> None:
    """A 720 px window at 200 % zoom is 360 CSS pixels wide: the definition of the term nearest the right edge
    stays inside it, and the page does not grow wider."""
    _, url = site
    page = browser.new_page(viewport={"width": 360, "height": 640})  # type: ignore[attr-defined]
    page.goto(url + "en/v/")
    terms = page.locator(".md-content a.term")
    rights = terms.evaluate_all("ts => ts.map(t => t.getBoundingClientRect().right)")
    assert len(rights) >= 20
    rightmost = terms.nth(rights.index(max(rights)))
    rightmost.focus()
    expect(page.locator(".term-tip")).to_be_visible()
    box = page.locator(".term-tip").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.close()


def test_on_touch_a_first_tap_shows_the_definition_and_a_second_follows_the_link(
    site: tuple[Path, str], browser: object
) -> None:
    _, url = site
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url + "v/")
    term = page.locator("#v-p2 a.term").first
    term.scroll_into_view_if_needed()
    term.tap()
    assert page.locator(".term-tip").is_visible()
    assert page.url == url + "v/"
    term.tap()
    page.wait_for_url(re.compile(r"/glossary/#term-"))
    context.close()


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
        documents, chapters = read_tsv(xref.DOCUMENTS), read_tsv(xref.CHAPTERS)
        assert len(documents) == rows(xref.DOCUMENTS) > 0
        assert len(chapters) == rows(xref.CHAPTERS) == 8  # the 2015 Guidelines' chapters, I to VIII
        for row in documents:
            assert f'<time datetime="{row["date"]}">' in html
        for row in chapters:
            assert row[language] in html
        # an activity listed in both V and VI links to both items, as the original lists it
        shared = [u for u in UNITS if u.kind == "item" and u.text == "後方支援"]
        assert [u.id for u in shared] == ["v-p1-4", "vi-p1-6"]
        assert all(f'href="../{u.section}/#{u.id}"' in html for u in shared)


KANA_ROWS = [
    "あいうえお",
    "かきくけこ",
    "さしすせそ",
    "たちつてと",
    "なにぬねの",
    "はひふへほ",
    "まみむめも",
    "やゆよ",
    "らりるれろ",
    "わをん",
]


def _head(entry: object, language: str) -> str:
    """Where a reader looks an entry up: the kana row of its reading's first kana (voiced as unvoiced), or its letter."""
    if language == "en":
        return entry.en[0].upper()  # type: ignore[attr-defined]
    kana = unicodedata.normalize("NFD", entry.reading[0])[0]  # type: ignore[attr-defined]
    return next(row[0] for row in KANA_ROWS if kana in row)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_glossary_opens_with_an_index_leading_to_the_first_entry_under_each_head(
    site: tuple[Path, str], language: str
) -> None:
    folder, _ = site
    html = (folder / PREFIX[language] / "glossary" / "index.html").read_text(encoding="utf-8")
    index = re.search(r'<nav class="glossary-index" aria-label="([^"]+)"><ul>(.*?)</ul></nav>', html)
    assert index and index[1] == units.read_labels(units.INTERFACE)[language]["index_label"]
    heads = re.findall(r'<li>(?:<a href="#([^"]+)">|<span>)([^<]+)<', index[2])
    shown = re.findall(r'<h2 id="(term-[^"]+)"', html)  # the entries, in the page's order
    by_anchor = {e.anchor: e for e in read_entries()}
    first: dict[str, str] = {}
    for anchor in shown:
        first.setdefault(_head(by_anchor[anchor], language), anchor)
    expected = [row[0] for row in KANA_ROWS] if language == "ja" else list(string.ascii_uppercase)
    assert [head for _, head in heads] == expected
    assert {head: anchor for anchor, head in heads if anchor} == first  # every head with entries, and only those
    assert index.start() < html.index('<h2 id="term-')


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_cross_reference_tables_name_places_not_ids(site: tuple[Path, str], language: str) -> None:
    folder, _ = site
    for page in ("xref", "about"):
        html = (folder / PREFIX[language] / page / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'<td><a href="\.\./[a-z]+/#([a-z0-9-]+)">([^<]+)</a></td>', html)
        assert links, f"{page}: no links to units in its tables"
        for unit, text in links:  # a paragraph or item by its place; a section (the chapters) by its heading
            assert not units.is_unit(text), f"{page}: {unit} labelled with its id"
            assert units.kind_of(unit) == "section" or text == xref.label(unit, language), f"{page}: {unit}: {text!r}"


def test_one_control_turns_the_marks_off_and_on_remembered_before_the_first_paint(
    site: tuple[Path, str], browser: object
) -> None:
    """The toggle button names itself in the page's language and says its state (aria-pressed); off, a term is
    plain text (no link, no underline, no definition) on every page of either language, from the first paint
    (with the edition's script refused, the choice still holds) and with no layout shift; on again, the links
    are back; the marks never print; axe finds nothing with the marks off."""
    _, url = site
    words = units.read_labels(units.INTERFACE)
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url + "v/")
    toggle = page.get_by_role("button", name=words["ja"]["term_marks"])
    expect(toggle).to_have_attribute("aria-pressed", "true")
    terms = page.locator(".md-content a.term")
    assert terms.count() > 10
    assert "dotted" in terms.first.evaluate("t => getComputedStyle(t).textDecorationStyle")
    page.emulate_media(media="print")
    assert terms.first.evaluate("t => getComputedStyle(t).textDecorationLine") == "none"
    assert not toggle.is_visible()
    page.emulate_media(media="screen")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert terms.evaluate_all("ts => ts.filter(t => t.hasAttribute('href')).length") == 0
    assert terms.first.evaluate("t => getComputedStyle(t).textDecorationLine") == "none"
    terms.first.hover()
    assert not page.locator(".term-tip").is_visible()
    page.evaluate((ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8"))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert results["passes"] and results["violations"] == [], [v["id"] for v in results["violations"]]
    page.close()

    page = context.new_page()  # another page, in the other language, its script refused: still off
    page.route(re.compile(r"/assets/edition\.js$"), lambda route: route.abort())
    page.add_init_script(
        "window.shifts = 0; new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.shifts += e.value)))"
        ".observe({type: 'layout-shift', buffered: true})"
    )
    page.goto(url + "en/vi/", wait_until="networkidle")
    assert page.evaluate("document.documentElement.dataset.terms") == "off"
    term = page.locator(".md-content a.term").first
    assert term.evaluate("t => getComputedStyle(t).textDecorationLine") == "none"
    assert page.evaluate("window.shifts") == 0
    page.close()

    page = context.new_page()
    page.goto(url + "en/vi/")
    toggle = page.get_by_role("button", name=words["en"]["term_marks"])
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    term = page.locator(".md-content a.term").first
    assert "dotted" in term.evaluate("t => getComputedStyle(t).textDecorationStyle")
    term.click()
    page.wait_for_url(re.compile(r"/en/glossary/#term-"))
    page.goto(url + "v/")
    expect(page.locator(".term-toggle")).to_have_attribute("aria-pressed", "true")
    context.close()
