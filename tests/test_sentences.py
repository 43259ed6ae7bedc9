"""Sentences as units: the rule that divides them, their ids and labels, the check of the English segments, the
pages, the translation memory read back by a real TMX reader, and in Chromium the side-by-side marking, the
citation of a selection and a link's landing."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from playwright.sync_api import expect
from translate.storage import tmx as tmx_storage

from edition import units
from edition.check import check
from edition.report import format_report
from edition.sentences import split
from html_units import PREFIX, SECTIONS, UNITS, shown
from html_units import read_units as units_in_html

SPLIT = [u for u in UNITS if u.kind in ("paragraph", "item")]
SENTENCES = {u.id: split(u.text) for u in SPLIT}


def test_japanese_divides_after_each_maru_and_a_unit_has_at_least_one_sentence() -> None:
    assert split("あ。い。（了）") == ["あ。", "い。", "（了）"]
    assert split("次のものを含む。") == ["次のものを含む。"]
    assert split("訓練・演習") == ["訓練・演習"]  # no 。: one sentence all the same
    assert split("One.\nTwo. Three.\n  Four") == ["One.", "Two. Three.", "Four"]  # English: a segment a line
    paragraphs = [u for u in SPLIT if u.kind == "paragraph"]
    assert (len(paragraphs), sum(len(SENTENCES[u.id]) for u in paragraphs)) == (21, 49)
    assert max(len(SENTENCES[u.id]) for u in paragraphs) == 6
    assert {u.id: len(SENTENCES[u.id]) for u in SPLIT if u.kind == "item" and len(SENTENCES[u.id]) > 1} == {
        "iii-p1-3": 2,
        "iii-p1-4": 2,
    }
    per_section = {s: sum(len(SENTENCES[u.id]) for u in SPLIT if u.section == s) for s in SECTIONS}
    assert per_section == {"i": 22, "ii": 10, "iii": 7, "iv": 3, "v": 20, "vi": 12, "vii": 6, "viii": 5, "ix": 2}


def test_a_sentence_id_is_in_the_grammar_with_its_place_label() -> None:
    assert [units.kind_of(i) for i in ("v-p1-s2", "v-p1-4-s1")] == ["sentence", "sentence"]
    assert units.unit_of("v-p1-4-s1") == "v-p1-4" and units.sentence_id("v-p1", 2) == "v-p1-s2"
    assert units.label("v-p1-s2", "ja") == "V 第1段落 第2文"
    assert units.label("v-p1-s2", "en") == "sec. V, para. 1, sentence 2"
    assert units.label("v-p1-4-s1", "ja") == "V 第1段落 第4項 第1文"
    assert units.url("v-p1-s2") == "v/#v-p1-s2"


def edit(page: Path, old: str, new: str) -> None:
    text = page.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {page}"
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


V_P1 = [  # the English segments of V, paragraph 1, one a line (docs/en/v.md, lines 3 to 6)
    "In the current security environment, persistent and emerging international threats can have serious and "
    "immediate consequences for the peace and security of Japan.",
    "In addition, there may be cases in which a prompt and robust response is required to ensure the peace and "
    "security of Japan even when no armed attack against Japan is involved.",
    "In light of this complex security environment, the two governments will, at any stage from peacetime to "
    "contingencies and in a seamless manner, take measures to prevent Japan's security from being undermined.",
]
SEGMENT_MUTATIONS = {  # name: (old, new, what the check must say)
    "missing": (V_P1[1] + "\n", "", "docs/en/v.md:4: v-p1-s2: missing segment: v-p1 has 4 Japanese sentences and 3"),
    "extra": (
        "In addition, there may be cases",
        "In addition,\nthere may be cases",
        "docs/en/v.md:5: v-p1-s2: extra segment: v-p1 has 4 Japanese sentences and 5 English segments; this line "
        "continues this sentence",
    ),
    "merged": (
        V_P1[1] + "\n",
        V_P1[1] + " ",
        "docs/en/v.md:4: v-p1-s3: merged: v-p1 has 4 Japanese sentences and 3 English segments",
    ),
    "reordered": (
        f"{V_P1[1]}\n{V_P1[2]}\n",
        f"{V_P1[2]}\n{V_P1[1]}\n",
        "docs/en/v.md:4: v-p1-s2: reordered: this line reads as v-p1-s3",
    ),
}


@pytest.mark.parametrize("name", SEGMENT_MUTATIONS)
def test_a_segment_missing_extra_merged_or_reordered_is_refused(
    md: markdown.Markdown, docs_copy: Path, name: str
) -> None:
    old, new, expected = SEGMENT_MUTATIONS[name]
    edit(docs_copy / "en" / "v.md", old, new)
    result = check(md, docs=docs_copy)
    report = format_report(result.problems, result.units)
    assert len(result.problems) == 1 and expected in report, report


def test_the_check_reads_each_sentence_and_segment_of_the_real_pages(md: markdown.Markdown) -> None:
    pages = check(md).pages
    for language in ("ja", "en"):
        found = {u.id: list(u.sentences) for u in pages[language] if u.kind in ("paragraph", "item")}
        assert {i: len(s) for i, s in found.items()} == {i: len(s) for i, s in SENTENCES.items()}, language
    assert {u.id: list(u.sentences) for u in pages["ja"] if u.sentences} == SENTENCES


@pytest.mark.parametrize("page", ["{}/index.html", "full/index.html"])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_each_sentence_is_an_element_with_its_id_and_the_text_reads_as_before(
    site: tuple[Path, str], page: str, language: str
) -> None:
    folder, _ = site
    sections = SECTIONS if "{}" in page else ["full"]
    html = "".join((folder / PREFIX[language] / page.format(s)).read_text(encoding="utf-8") for s in sections)
    texts, counts = units_in_html(html)
    records = {u.id: u for u in UNITS}
    for unit_id, sentences in SENTENCES.items():
        ids = [units.sentence_id(unit_id, n) for n in range(1, len(sentences) + 1)]
        assert all(counts.get(i) == 1 for i in ids), unit_id
        assert f"{units.sentence_id(unit_id, len(ids) + 1)}" not in counts
        joined = ("" if language == "ja" else " ").join(texts[i] for i in ids)
        assert joined == texts[unit_id], unit_id
        if language == "ja":
            assert [texts[i] for i in ids] == sentences
            assert texts[unit_id] == shown(records[unit_id], records[unit_id].text, "ja")


def test_the_translation_memory_reads_back_as_the_checked_sentences_and_headings(
    site: tuple[Path, str], md: markdown.Markdown
) -> None:
    folder, _ = site
    path = folder / "data" / "units.tmx"
    memory = tmx_storage.tmxfile.parsefile(str(path))
    header = memory.document.getroot().find("header")
    assert dict(header.attrib) == {
        "creationtool": "interim-report-edition",
        "creationtoolversion": "1.0.0",
        "segtype": "sentence",
        "o-tmf": "edition units",
        "adminlang": "en",
        "srclang": "ja",
        "datatype": "plaintext",
    }
    assert memory.document.getroot().get("version") == "1.4"
    pages = check(md).pages
    expected = []
    for ja, en in zip(pages["ja"], pages["en"], strict=True):
        if ja.kind in ("section", "subsection"):
            expected.append((ja.id, ja.text, en.text))
        expected += [
            (units.sentence_id(ja.id, n), s, e)
            for n, (s, e) in enumerate(zip(ja.sentences, en.sentences, strict=True), start=1)
        ]
    read = [(unit.getid(), unit.source, unit.target) for unit in memory.units]
    assert read == expected
    assert len(read) == 11 + 87
    languages = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in memory.document.iter("tuv")}
    assert languages == {"ja", "en"}
    for about in (folder / "about" / "index.html", folder / "en" / "about" / "index.html"):
        assert 'data/units.tmx"' in about.read_text(encoding="utf-8"), about


# In Chromium


def test_a_link_to_a_sentence_lands_on_it_and_highlights_it_alone(site: tuple[Path, str], browser: object) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}v/#v-p2-s2")
    sentence = page.locator("#v-p2-s2")
    expect(sentence).to_be_in_viewport()
    background = "el => getComputedStyle(el).backgroundColor"
    assert sentence.evaluate(background) != "rgba(0, 0, 0, 0)"
    assert page.locator("#v-p2-s1").evaluate(background) == "rgba(0, 0, 0, 0)"
    assert page.locator("#v-p2").evaluate(background) == "rgba(0, 0, 0, 0)"
    page.close()


MARKED = "() => [...document.querySelectorAll('[data-on]')].map(e => [e.closest('[lang]').lang, e.dataset.s])"
BOXES = """() => [...document.querySelectorAll('.parallel-cell, [data-s]')].map(e => {
  const box = e.getBoundingClientRect();
  return [box.x + scrollX, box.y + scrollY, box.width, box.height];
})"""  # where every cell and sentence is on the page


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_side_by_side_a_sentence_pointed_at_marks_its_counterpart_without_moving_anything(
    site: tuple[Path, str], browser: object, scheme: str
) -> None:
    _, url = site
    page = browser.new_page(color_scheme=scheme)
    page.goto(f"{url}parallel/v/")
    boxes = page.evaluate(BOXES)
    page.locator('.parallel-ja [data-s="v-p1-s3"]').hover()
    assert page.evaluate(MARKED) == [["ja", "v-p1-s3"], ["en", "v-p1-s3"]]
    page.locator('.parallel-en [data-s="v-p2-s2"]').hover()  # both ways
    assert page.evaluate(MARKED) == [["ja", "v-p2-s2"], ["en", "v-p2-s2"]]
    counterpart = page.locator('.parallel-ja [data-s="v-p2-s2"]')
    marked = counterpart.evaluate("el => getComputedStyle(el).backgroundColor")
    unmarked = page.locator('.parallel-ja [data-s="v-p2-s1"]').evaluate("el => getComputedStyle(el).backgroundColor")
    assert marked != unmarked
    assert page.evaluate(BOXES) == boxes, "marking moved the text"
    page.close()


def test_side_by_side_the_sentences_are_one_tab_stop_and_the_arrows_go_to_the_next_and_the_counterpart(
    site: tuple[Path, str], browser: object
) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}en/parallel/iii/")
    assert page.locator('[data-s][tabindex="0"]').count() == 1
    assert page.locator("[data-s]").count() == 2 * 7
    first = page.locator('[data-s][tabindex="0"]')
    first.focus()
    assert page.evaluate(MARKED) == [["ja", "iii-p1-s1"], ["en", "iii-p1-s1"]]
    page.keyboard.press("ArrowDown")
    focused = "() => [document.activeElement.closest('[lang]').lang, document.activeElement.dataset.s]"
    assert page.evaluate(focused) == ["ja", "iii-p1-1-s1"]
    page.keyboard.press("ArrowRight")
    assert page.evaluate(focused) == ["en", "iii-p1-1-s1"]
    assert page.evaluate(MARKED) == [["ja", "iii-p1-1-s1"], ["en", "iii-p1-1-s1"]]
    assert page.locator('[data-s][tabindex="0"]').count() == 1  # the tab stop follows the reader
    page.mouse.move(1, 1)  # a pointer that wanders off leaves the keyboard's sentence marked
    assert page.evaluate(MARKED) == [["ja", "iii-p1-1-s1"], ["en", "iii-p1-1-s1"]]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == ["en", "iii-p1-1-s1"]
    page.close()


def test_side_by_side_a_tapped_sentence_marks_its_counterpart(site: tuple[Path, str], browser: object) -> None:
    _, url = site
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{url}parallel/vii/")
    page.locator('.parallel-en [data-s="vii-p2-s3"]').tap()
    assert page.evaluate(MARKED) == [["ja", "vii-p2-s3"], ["en", "vii-p2-s3"]]
    context.close()


def test_without_javascript_the_side_by_side_page_marks_nothing_and_has_no_new_tab_stops(
    site: tuple[Path, str], browser: object
) -> None:
    _, url = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{url}parallel/v/")
    page.locator('.parallel-ja [data-s="v-p1-s3"]').hover()
    assert page.locator("[data-on], [data-s][tabindex]").count() == 0
    context.close()


def _select(page: object, start: str, start_offset: int, end: str, end_offset: int) -> None:
    """Select from `start_offset` characters into the first text of the element `start` matches to `end_offset`
    into `end`'s (at most to the end of that text)."""
    page.evaluate(
        """([start, startOffset, end, endOffset]) => {
          const text = (selector) => document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT).nextNode();
          const range = document.createRange();
          range.setStart(text(start), Math.min(startOffset, text(start).length));
          range.setEnd(text(end), Math.min(endOffset, text(end).length));
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }""",
        [start, start_offset, end, end_offset],
    )


CITE_SELECTION = [  # language, page, unit, selection (start, offset, end, offset), the place cited, its link
    ("ja", "v/", "v-p1", ("#v-p1-s2", 2, "#v-p1-s2", 6), "V 第1段落 第2文", "v/#v-p1-s2"),
    ("ja", "v/", "v-p1", ("#v-p1-s1", 3, "#v-p1-s3", 1), "V 第1段落 第1〜3文", "v/#v-p1-s1"),
    ("en", "v/", "v-p1", ("#v-p1-s4", 3, "#v-p1-s4", 9), "sec. V, para. 1, sentence 4", "v/#v-p1-s4"),
    ("ja", "iii/", "iii-p1-3", ("#iii-p1-3-s2", 0, "#iii-p1-3-s2", 4), "III 第1段落 第3項 第2文", "iii/#iii-p1-3-s2"),
    ("ja", "v/", "v-p1", ("#v-p1-s4", 3, "#v-p2-s1", 4), "V 第1段落", "v/#v-p1"),  # beyond the paragraph
    (
        "ja",
        "parallel/v/",
        "v-p2",
        ('.parallel-ja [data-s="v-p2-s2"]', 1, '.parallel-ja [data-s="v-p2-s2"]', 5),
        "V 第2段落 第2文",
        "v/#v-p2-s2",
    ),
    ("ja", "full/", "v-p2", ("#v-p2-s1", 1, "#v-p2-s2", 3), "V 第2段落 第1〜2文", "v/#v-p2-s1"),
]


@pytest.mark.parametrize(("language", "path", "unit", "selection", "where", "cited"), CITE_SELECTION)
def test_a_selection_inside_one_paragraph_cites_the_sentences_it_touches(
    site: tuple[Path, str],
    browser: object,
    language: str,
    path: str,
    unit: str,
    selection: tuple[str, int, str, int],
    where: str,
    cited: str,
) -> None:
    _, url = site
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{url}{PREFIX[language]}{path}")
    _select(page, *selection)
    page.locator(f"#{unit} > .cite").click()
    buttons = page.locator(f"#{unit} > .cite-panel button")
    link = f"{url}{PREFIX[language]}{cited}"
    buttons.nth(1).click()
    expect(buttons.nth(1)).to_have_text(units.read_labels()[language]["copied"])
    citation = page.evaluate("navigator.clipboard.readText()")
    assert f"{where} " in citation or f"{where}, " in citation, citation
    assert citation.endswith(link), citation
    _select(page, *selection)
    buttons.nth(0).click()
    assert page.evaluate("navigator.clipboard.readText()") == link
    page.locator("h1").first.click()  # the reader clicks away: no selection, and the unit is cited, as ever
    assert page.evaluate("getSelection().isCollapsed")
    buttons.nth(0).click()
    unit_page = "v/" if path == "full/" else path  # the whole report on one page cites the section pages
    assert page.evaluate("navigator.clipboard.readText()") == f"{url}{PREFIX[language]}{unit_page}#{unit}"
    context.close()


def test_on_a_touch_screen_a_selection_is_cited_through_the_taps_on_the_control(
    site: tuple[Path, str], browser: object
) -> None:
    """The control reads the selection as its copy button is tapped: tapping the ¶ and the button keeps it."""
    _, url = site
    phone = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
    context = browser.new_context(**phone, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{url}en/v/")
    _select(page, "#v-p1-s2", 2, "#v-p1-s2", 6)
    page.locator("#v-p1 > .cite").tap()
    button = page.locator("#v-p1 > .cite-panel button").nth(0)
    button.tap()
    expect(button).to_have_text(units.read_labels()["en"]["copied"])
    assert page.evaluate("navigator.clipboard.readText()") == f"{url}en/v/#v-p1-s2"
    context.close()
