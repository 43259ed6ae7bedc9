"""Printing, read back: the pages printed through Chromium's PDF output (what "Save as PDF" makes), their text
extracted with pypdf and compared with what a printed copy must say, and must not."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from edition import units
from edition.colophon import build_date
from html_units import PREFIX

CONTROLS = {  # what only a screen shows: the links at the top of a page, the term marks' button
    "ja": [units.read_labels()["ja"]["to_parallel"], units.read_labels(units.INTERFACE)["ja"]["term_marks"]],
    "en": [units.read_labels()["en"]["to_parallel"], units.read_labels(units.INTERFACE)["en"]["term_marks"]],
}


def _printed(page: object) -> list[str]:
    """Each printed page's text, as `_flat` makes it."""
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))  # type: ignore[attr-defined]
    return [_flat(sheet.extract_text()) for sheet in pdf.pages]


def _flat(text: str) -> str:
    """Text as a PDF gives it back: no white space (its lines break where the paper does), NFKC (its fonts map some
    ideographs to their Kangxi radicals, 日 to ⽇), and the middle dot its font maps ・ to."""
    return unicodedata.normalize("NFKC", "".join(text.split())).replace("\u2027", "\u30fb")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_whole_report_prints_with_its_title_block_first(
    site: tuple[Path, str], browser: object, language: str
) -> None:
    """The first page is the title block: title, date, issuers, the edition's permanent address and the date of
    the build; the sections follow from the next page. No control, navigation or term definition prints."""
    _, url = site
    labels = units.read_labels()[language]
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + PREFIX[language] + "full/", wait_until="networkidle")
    page.locator(".md-content a.term").first.hover()  # a definition shown on screen does not print
    tip = page.locator(".term-tip").inner_text()
    sheets = _printed(page)
    page.close()
    first = sheets[0]
    built = build_date()
    assert built is not None
    when = labels["print_built"].format(year=built.year, month=built.month, day=built.day, month_name=f"{built:%B}")
    for expected in (labels["report"], labels["date"], labels["issuer"], f"{url}{PREFIX[language]}full/", when):
        assert _flat(expected) in first, (expected, first)
    section_i = "I." + ("序文" if language == "ja" else "Introduction")
    assert section_i not in first and sheets[1].startswith(section_i), sheets[1][:80]
    everything = "".join(sheets)
    assert len(sheets) > 9 and _flat(labels["report"]) not in "".join(sheets[1:])
    for control in CONTROLS[language]:
        assert _flat(control) not in everything, control
    assert len(tip) > 20 and _flat(tip) not in everything


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_printed_section_gives_its_permanent_address_and_no_controls(
    site: tuple[Path, str], browser: object, language: str
) -> None:
    _, url = site
    labels = units.read_labels()[language]
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + PREFIX[language] + "v/", wait_until="networkidle")
    assert not page.locator(".print-address").is_visible()  # on paper only
    sheets = _printed(page)
    page.close()
    address = labels["print_address"].format(url=f"{url}{PREFIX[language]}v/")
    assert sheets[0].startswith(_flat(address)), sheets[0][:120]
    assert "V." in sheets[0]
    for control in CONTROLS[language]:
        assert _flat(control) not in "".join(sheets), control
