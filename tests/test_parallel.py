"""Reading and citing in Chromium: side-by-side pages, the citation control, the whole report in print,
the aligned text as data, and the offline build opened from disk."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from edition import references, units
from edition.original import read_title
from edition.sentences import split
from html_units import PREFIX, SECTIONS, UNITS, shown
from html_units import read_units as units_in_html
from measure.build import build_site
from measure.chromium import violations, watch_policy


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("section", [*SECTIONS, "all"])
def test_side_by_side_rows_are_the_units_in_both_columns(site, browser, language: str, section: str) -> None:
    _, url = site
    page = browser.new_page()
    address = f"{url}{PREFIX[language]}parallel/" + ("" if section == "all" else f"{section}/")
    assert page.goto(address).ok
    expected = [unit.id for unit in UNITS if section in ("all", unit.section)]
    rows = page.eval_on_selector_all(".parallel-row[id]", "rows => rows.map(r => r.id)")
    ja = page.eval_on_selector_all(".parallel-ja[data-unit]", "cells => cells.map(c => c.dataset.unit)")
    en = page.eval_on_selector_all(".parallel-en[data-unit]", "cells => cells.map(c => c.dataset.unit)")
    assert rows == ja == en == expected
    ids = page.eval_on_selector_all("[id]", "all => all.map(e => e.id)")
    assert len(ids) == len(set(ids)), "an id is repeated on the page"
    texts = page.eval_on_selector_all(".parallel-ja", "cells => cells.map(c => c.textContent.trim())")
    originals = [unit for unit in UNITS if section in ("all", unit.section)]
    assert texts == [shown(unit, unit.text, "ja") for unit in originals]
    page.close()


def test_side_by_side_is_two_columns_wide_and_stacked_narrow(site, browser) -> None:
    _, url = site
    for width, same_line in ((1280, True), (375, False)):
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(f"{url}parallel/v/")
        ja, en = (page.locator(f'.parallel-{lang}[data-unit="v-p3"]').bounding_box() for lang in ("ja", "en"))
        assert (ja["y"] == en["y"] and ja["x"] < en["x"]) if same_line else (ja["y"] < en["y"]), width
        page.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_section_and_side_by_side_pages_link_to_each_other(site, browser, language: str) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}{PREFIX[language]}v/")
    page.locator(".parallel-links a").first.click()
    assert page.url == f"{url}{PREFIX[language]}parallel/v/"
    page.locator(".parallel-links a").first.click()
    assert page.url == f"{url}{PREFIX[language]}v/"
    page.close()


ISSUER_JA = "日米防衛協力小委員会（防衛省・米国防省）"
ISSUER_EN = "Subcommittee for Defense Cooperation (Japan Ministry of Defense and U.S. Department of Defense)"
REPORT_EN = "Interim Report on the Revision of the Guidelines for U.S.-Japan Defense Cooperation (8 October 2014)"
READING = "unofficial English reading, the bilingual reading edition"
CITED = [  # language, page, unit, the citation without its link, the page its link points at
    ("en", "v/", "v-p3", f"{ISSUER_EN}, {REPORT_EN}, sec. V, para. 3, {READING}, ", "v/"),
    ("en", "v/", "v-p1-4", f"{ISSUER_EN}, {REPORT_EN}, sec. V, para. 1, item 4, {READING}, ", "v/"),
    ("ja", "v/", "v-p3", f"{ISSUER_JA}『{read_title()}』（2014年10月8日）V 第3段落 ", "v/"),
    ("ja", "v/", "v-p1-4", f"{ISSUER_JA}『{read_title()}』（2014年10月8日）V 第1段落 第4項 ", "v/"),
    ("ja", "i/", "i-1", f"{ISSUER_JA}『{read_title()}』（2014年10月8日）I（1） ", "i/"),
    ("ja", "full/", "i-1", f"{ISSUER_JA}『{read_title()}』（2014年10月8日）I（1） ", "i/"),
    ("ja", "parallel/v/", "v-p3", f"{ISSUER_JA}『{read_title()}』（2014年10月8日）V 第3段落 ", "parallel/v/"),
    ("en", "parallel/", "v-p3", f"{ISSUER_EN}, {REPORT_EN}, sec. V, para. 3, {READING}, ", "parallel/"),
]


@pytest.mark.parametrize(("language", "path", "unit", "citation", "cited"), CITED)
def test_copy_citation_names_issuer_report_place_and_reading_and_links_to_where_it_was_copied(
    site, browser, language: str, path: str, unit: str, citation: str, cited: str
) -> None:
    _, url = site
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{url}{PREFIX[language]}{path}")
    link = f"{url}{PREFIX[language]}{cited}#{unit}"
    copied = units.read_labels()[language]["copied"]
    page.locator(f"#{unit} > .cite").click()
    buttons = page.locator(f"#{unit} > .cite-panel button")
    buttons.nth(1).click()
    expect(buttons.nth(1)).to_have_text(copied)  # shown once the clipboard is written
    expect(page.get_by_role("status")).to_have_text(copied)  # and said to a screen reader
    assert page.evaluate("navigator.clipboard.readText()") == citation + link
    buttons.nth(0).click()
    expect(buttons.nth(0)).to_have_text(copied)
    assert page.evaluate("navigator.clipboard.readText()") == link
    context.close()


def test_where_the_device_can_share_the_control_offers_its_share_sheet(site, browser) -> None:
    _, url = site
    page = browser.new_page()
    page.add_init_script("navigator.share = (data) => { window.shared = data; return Promise.resolve(); };")
    page.goto(f"{url}en/v/")
    page.locator("#v-p3 > .cite").click()
    page.locator("#v-p3 > .cite-panel button", has_text="Share").click()
    shared = page.evaluate("window.shared")
    assert shared["url"] == f"{url}en/v/#v-p3" and shared["title"] == "sec. V, para. 3"
    assert shared["text"].startswith(ISSUER_EN) and shared["text"].endswith(shared["url"])
    page.close()


@pytest.mark.parametrize("path", ["v/", "parallel/v/", "full/", "en/v/"])
def test_each_unit_shows_the_number_its_citation_gives_it(site, browser, path: str) -> None:
    """The margin's numbers: a paragraph its number in the section, an item its number in the list, a heading §;
    not part of the text a copy carries (test_a_copied_passage_is_the_text_and_nothing_else)."""
    _, url = site
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(url + path)
    shown = [unit for unit in UNITS if path == "full/" or unit.section == "v"]
    expect(page.locator(".md-content .cite")).to_have_count(len(shown))
    numbers = page.eval_on_selector_all(".md-content .cite", "cs => cs.map(c => [c.parentElement.id, c.textContent])")
    faces = units.read_labels()["ja" if path.startswith(("v", "p", "f")) else "en"]
    expected = [[unit.id, faces[f"face_{unit.kind}"].format(**units.parts(unit.id))] for unit in shown]
    assert expected[1:3] == [["v-p1", "1"], ["v-p1-1", "1.1"]] or path == "full/"
    assert numbers == expected
    sizes = page.eval_on_selector_all(".md-content .cite", "cs => cs.map(c => [c.offsetWidth, c.offsetHeight])")
    assert all(width >= 24 and height >= 24 for width, height in sizes), sizes  # WCAG 2.5.8 target size
    page.emulate_media(media="print")  # printed too, headings aside (their numbers are in their text)
    printed = page.eval_on_selector_all(".md-content .cite", "cs => cs.map(c => c.checkVisibility())")
    assert printed == [number != "§" for _, number in expected]
    page.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_heading_is_named_by_its_text_and_each_unit_has_one_tab_stop(site, browser, language: str) -> None:
    folder, url = site
    page = browser.new_page()
    page.goto(f"{url}{PREFIX[language]}v/")
    expect(page.locator(".md-content .cite")).to_have_count(17)
    [section] = [unit for unit in UNITS if unit.id == "v"]
    [record] = [r for r in json.loads((folder / "data" / "units.json").read_text(encoding="utf-8")) if r["id"] == "v"]
    expect(page.get_by_role("heading", level=1)).to_have_accessible_name(shown(section, record[language], language))
    stops = page.eval_on_selector_all(
        ".md-content :is(a[href], button, [tabindex]:not([tabindex='-1']))",
        "all => all.filter(e => e.offsetParent !== null && !e.closest('.headerlink')).map(e => e.className)",
    )
    assert stops.count("cite") == 17  # one control per unit, not two
    assert len(stops) - stops.count("term") <= 17 + 9  # the controls, and the related sections' links
    page.close()


def test_side_by_side_pages_lead_to_their_neighbours_the_whole_report_and_the_glossary(site, browser) -> None:
    _, url = site
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{url}en/parallel/v/")
    links = page.eval_on_selector_all(".parallel-links a", "as => as.map(a => [a.textContent, a.href])")
    assert [href.removeprefix(url) for _, href in links] == [
        "en/v/",
        "en/parallel/iv/",
        "en/parallel/vi/",
        "en/parallel/",
        "en/glossary/",
    ]
    assert links[1][0].startswith("Previous: IV.") and links[2][0].startswith("Next: VI.")
    labels = page.eval_on_selector_all("#v-p3 > .parallel-label", "ls => ls.map(l => l.innerText)")
    assert labels == ["Japanese (original)", "English (unofficial reading)"]  # stacked, each block says which
    page.goto(f"{url}parallel/")
    index = page.eval_on_selector_all(".parallel-index a", "as => as.map(a => a.getAttribute('href'))")
    assert index == [f"#{section}" for section in SECTIONS]
    page.locator(".parallel-index a", has_text="VII.").click()
    assert page.url.endswith("/parallel/#vii")
    page.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_citation_control_is_one_named_button_that_the_keyboard_opens_and_escape_closes(
    site, browser, language: str
) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}{PREFIX[language]}v/")
    toggles = page.locator(".md-content .cite")
    expect(toggles).to_have_count(len([unit for unit in UNITS if unit.section == "v"]))
    toggle = page.locator("#v-p3 > .cite")
    assert (
        toggle.get_attribute("aria-label")
        == {"ja": "3 V 第3段落のリンクと引用", "en": "3 Link to and cite sec. V, para. 3"}[language]
    )
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    panel = page.locator("#v-p3 > .cite-panel")
    expect(panel.locator("button")).to_have_count(2 + len(references.STYLES))  # link, citation, citation styles
    panel.locator("button").first.focus()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    page.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_citation_controls_read_ids_and_name_places_as_the_build_does(site, browser, language: str) -> None:
    """citations.js takes the id grammar and the place labels from the build (edition/units.py): every control on
    the whole report names its unit's place as Python does, and the grammar matches the same strings in both."""
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}{PREFIX[language]}full/")
    expect(page.locator(".md-content .cite")).to_have_count(len(UNITS))
    named = page.eval_on_selector_all(".md-content .cite", "cs => cs.map(c => [c.parentElement.id, c.ariaLabel])")
    labels = units.read_labels()[language]
    assert named == [
        [
            unit.id,
            labels[f"face_{unit.kind}"].format(**units.parts(unit.id))
            + " "
            + labels["cite_label"].format(where=units.label(unit.id, language)),
        ]
        for unit in UNITS
    ]
    sentences = ["v-p1-s2", "v-p1-4-s1"]
    not_ids = ["", "x", "vv", "v-p", "v-1-2", "V-p1", "v-s1", "v-1-s1", "v-p1-s", "home", "v-p1-4-2"]
    candidates = [unit.id for unit in UNITS] + sentences + not_ids
    matched = page.evaluate("ids => ids.map(id => new RegExp(window.labels.unit_id).test(id))", candidates)
    assert matched == [units.is_unit(candidate) for candidate in candidates]
    assert matched.count(True) == len(UNITS) + len(sentences)
    page.close()


def _passage(page, first: str, last: str) -> None:
    """Select, as a reader's pointer would, everything from the start of unit `first` to the end of unit `last`."""
    page.evaluate(
        """([first, last]) => {
          const range = document.createRange();
          range.setStartBefore(document.getElementById(first));
          range.setEndAfter(document.getElementById(last));
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }""",
        [first, last],
    )


COPIED = [("", "v/"), ("", "parallel/v/"), ("", "full/"), ("en/", "v/"), ("en/", "parallel/v/")]


@pytest.mark.parametrize(("prefix", "path"), COPIED)
def test_a_copied_passage_is_the_text_and_nothing_else(site, browser, prefix: str, path: str) -> None:
    """Selected from the section heading to the second item of V's first list, with every control in place and
    one of them open, and copied with the keyboard: the clipboard holds the units' text, no label, no mark."""
    folder, url = site
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{url}{prefix}{path}")
    page.locator("#v-p1-1 > .cite").click()  # an open panel is in the selection too
    expect(page.locator("#v-p1-1 > .cite-panel")).to_be_visible()
    expect(page.locator("#v-p1-2 > .cite")).to_have_count(1)
    _passage(page, "v", "v-p1-2")
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    records = {r["id"]: r for r in json.loads((folder / "data" / "units.json").read_text(encoding="utf-8"))}
    chosen = [unit for unit in UNITS if unit.id in ("v", "v-p1", "v-p1-1", "v-p1-2")]
    languages = ["ja", "en"] if path.startswith("parallel/") else ["en" if prefix else "ja"]
    expected = [shown(unit, records[unit.id][language], language) for unit in chosen for language in languages]
    assert len(expected) == 4 * len(languages)
    assert copied.split() == " ".join(expected).split()
    context.close()


def _covered(page) -> dict[str, object]:
    """Every citation control (and open panel) whose box meets a line of any unit's text; and how many were measured."""
    return page.evaluate(
        """() => {
          const controls = [...document.querySelectorAll(".md-content :is(.cite, .cite-panel:not([hidden]))")];
          const lines = [];
          for (const unit of document.querySelectorAll(".md-content :is(h1, h2, p, li, .parallel-cell)")) {
            const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              if (walker.currentNode.parentElement.closest(".cite, .cite-panel, .headerlink")) continue;
              const range = document.createRange();
              range.selectNodeContents(walker.currentNode);
              lines.push(...[...range.getClientRects()].filter((r) => r.width && r.height));
            }
          }
          const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          const covered = controls.filter((c) => lines.some((line) => meets(c.getBoundingClientRect(), line)));
          return { controls: controls.length, lines: lines.length, covered: covered.map((c) => c.parentElement.id) };
        }"""
    )


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", ["v/", "parallel/v/", "en/v/", "en/parallel/v/"])
def test_the_citation_controls_cover_no_text_even_when_open_or_arrived_at(site, browser, path: str, width: int) -> None:
    """A shared link to v-p3 opens on v-p3 highlighted and every line of v-p4 visible; opening a unit's copy
    buttons pushes the text below it down rather than covering it."""
    _, url = site
    context = browser.new_context(viewport={"width": width, "height": 800}, has_touch=width < 500)
    page = context.new_page()
    page.goto(f"{url}{path}#v-p3")
    expect(page.locator("#v-p4 > .cite")).to_have_count(1)
    expect(page.locator(".cite-panel")).to_have_count(0)  # arriving opens nothing
    before = _covered(page)
    assert before["controls"] == len([unit for unit in UNITS if unit.section == "v"]), before
    assert before["lines"] >= 40, before
    assert before["covered"] == [], before
    page.locator("#v-p3 > .cite").click()
    page.locator("#v-p1-4 > .cite").click()
    after = _covered(page)
    assert after["controls"] == before["controls"] + 2, after
    assert after["covered"] == [], after
    context.close()


LAYOUT_SHIFT = "layout-shift"  # the entry type observed: one the browser must support, or nothing is recorded


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_citation_controls_move_no_text_as_the_page_loads(site, browser, language: str) -> None:
    """They are added by script after the text is shown: on a phone, not one line of text may jump."""
    _, url = site
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.add_init_script(
        "window.shifted = [];"
        "window.shiftObserver = new PerformanceObserver(list => window.shifted.push(...list.getEntries().map(e => e.value)));"
        f"window.shiftObserver.observe({{type: '{LAYOUT_SHIFT}', buffered: true}});"
    )
    page.goto(f"{url}{PREFIX[language]}v/", wait_until="networkidle")
    assert page.evaluate("type => PerformanceObserver.supportedEntryTypes.includes(type)", LAYOUT_SHIFT), (
        "the observer records nothing in this browser"
    )
    assert page.locator("#v-p1 > .cite").count() == 1
    # a shift is recorded after the frame that made it: two frames on, take what the observer holds undelivered
    shifts = page.evaluate(
        """() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
          window.shifted.push(...window.shiftObserver.takeRecords().map(e => e.value));
          resolve(window.shifted);
        })))"""
    )
    shifted = [s for s in shifts if s > 0.001]  # under that: Material's header, a few pixels
    assert not shifted, f"text moved as the page loaded: layout shifts {shifted}"
    context.close()


def test_arriving_at_a_unit_highlights_it(site, browser) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}v/#v-p3")
    background = "id => getComputedStyle(document.getElementById(id)).backgroundColor"
    assert page.evaluate(background, "v-p2") == "rgba(0, 0, 0, 0)"
    assert page.evaluate(background, "v-p3") != "rgba(0, 0, 0, 0)"
    page.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_whole_report_prints_without_navigation_header_or_search(site, browser, language: str) -> None:
    _, url = site
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(f"{url}{PREFIX[language]}full/")
    ids = page.eval_on_selector_all(".md-content [id]", "all => all.map(e => e.id)")
    assert [i for i in ids if i in {unit.id for unit in UNITS}] == [unit.id for unit in UNITS]
    chrome = [".md-header", ".md-sidebar--primary", ".md-search", ".md-footer"]
    assert [selector for selector in chrome if not page.locator(selector).count()] == [], "not there: never visible"
    assert all(page.locator(selector).first.is_visible() for selector in chrome[:2])
    page.emulate_media(media="print")
    assert not any(page.locator(selector).first.is_visible() for selector in chrome)
    breaks = page.eval_on_selector_all(".md-content h1[id]", "hs => hs.map(h => getComputedStyle(h).breakBefore)")
    assert breaks == ["page"] * len(SECTIONS)  # a new page for each section, the first after the title page
    page.close()


PRINTED_JS = """() => {
  const style = (element) => getComputedStyle(element);
  const all = (selector, key) => [...document.querySelectorAll(selector)].map((e) => style(e)[key]);
  const set = (values) => [...new Set(values)];
  return {
    table: style(document.querySelector(".parallel")).display,
    labels: [style(document.querySelector(".parallel-head")).display, style(document.querySelector(".parallel-head")).breakInside],
    sections: all(".parallel-section", "display"),
    breaks: all(".parallel-section", "breakBefore"),
    rows: set(all(".parallel-row[id]", "display")),
    rows_break: set(all(".parallel-row[id]", "breakInside")),
    cells: set(all(".parallel-cell", "display")),
    kept: set([...all("h1", "breakAfter"), ...all(".parallel-row--section, .parallel-row--subsection", "breakAfter")]),
  };
}"""


@pytest.mark.parametrize("path", ["parallel/", "parallel/v/", "en/parallel/"])
def test_side_by_side_prints_as_a_table_whose_labels_repeat_and_whose_headings_keep_their_text(
    site, browser, path: str
) -> None:
    """On paper the rows are a table: the column labels, a header group that is never split, repeat at the top of
    every page (Chromium repeats a table's header group); a heading is kept with the text after it, and a long
    unit runs on to the next page instead of leaving the heading alone on one; each section starts a page."""
    _, url = site
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(url + path)
    printed = page.evaluate(PRINTED_JS)
    page.close()
    count = len(SECTIONS) if path.endswith("parallel/") else 1
    assert printed == {
        "table": "table",
        "labels": ["table-header-group", "avoid"],
        "sections": ["table-row-group"] * count,
        "breaks": ["auto"] + ["page"] * (count - 1),
        "rows": ["table-row"],
        "rows_break": ["auto"],
        "cells": ["table-cell"],
        "kept": ["avoid"],
    }


def test_the_aligned_data_has_one_record_per_unit_and_per_sentence(site) -> None:
    folder, _ = site
    records = json.loads((folder / "data" / "units.json").read_text(encoding="utf-8"))
    with (folder / "data" / "units.tsv").open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)) == records
    sentences = [r for r in records if r["kind"] == "sentence"]
    records = [r for r in records if r["kind"] != "sentence"]
    assert [(r["id"], r["section"], r["kind"], r["ja"], r["unit"]) for r in records] == [
        (u.id, u.section, u.kind, u.text, "") for u in UNITS
    ]
    expected = [
        (units.sentence_id(u.id, n), u.id, u.section, ja)
        for u in UNITS
        if u.kind in ("paragraph", "item")
        for n, ja in enumerate(split(u.text), start=1)
    ]
    assert [(r["id"], r["unit"], r["section"], r["ja"]) for r in sentences] == expected
    by_unit = {r["id"]: r for r in records}
    for unit_id in by_unit:  # the English segments, read with a space between them, are the unit's English
        segments = [r["en"] for r in sentences if r["unit"] == unit_id]
        assert not segments or " ".join(segments) == by_unit[unit_id]["en"], unit_id
    english = {}
    for section in SECTIONS:
        texts, _ = units_in_html((folder / "en" / section / "index.html").read_text(encoding="utf-8"))
        english.update(texts)
    for record, unit in zip(records, UNITS, strict=True):
        assert english[unit.id] == shown(unit, record["en"], "en"), unit.id
    for about in (folder / "about" / "index.html", folder / "en" / "about" / "index.html"):
        html = about.read_text(encoding="utf-8")
        assert 'data/units.json"' in html and 'data/units.tsv"' in html, about


def test_the_offline_build_opens_from_disk_and_searches(browser, tmp_path: Path) -> None:
    """From file://, under its own policy (data/content-security-policy.tsv, `offline`), which refuses nothing."""
    folder = tmp_path / "offline"
    build_site(folder, OFFLINE="true")
    context = browser.new_context()
    watch_policy(context)
    page = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type != "error" or errors.append(message.text))
    page.goto((folder / "en" / "v.html").as_uri())
    alternate = page.locator('link[rel="alternate"][hreflang="ja"]').get_attribute("href")
    assert alternate == "../v.html"
    page.mouse.move(1, 1)  # the reader's first interaction starts Material's script, and its search box shows
    page.locator(".md-search__input").click()
    page.keyboard.type("missile")  # typed, as Material's search listens for key events
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15000)
    assert "missile" in first.locator("mark").first.text_content().lower()
    href = urlsplit(first.locator("a.md-search-result__link").first.evaluate("a => a.href"))
    assert href.path.startswith((folder / "en").as_posix() + "/") and href.path.endswith(".html"), href  # on disk
    assert violations(page) == []
    page.keyboard.press("Escape")
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click("a.md-select__link[hreflang=ja]")
    assert page.url == (folder / "v.html").as_uri()
    assert requested, "no request seen: the privacy check watched nothing"
    assert [url for url in requested if not url.startswith("file:")] == errors == violations(page) == []
    context.close()
