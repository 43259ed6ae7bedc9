"""The page not found, in each language (overrides/404.html): its `lang`, the way home, the sections, search, and
the same page in the other language."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from edition import units
from html_units import PREFIX, SECTIONS
from measure.chromium import start_material

SECTIONS_JS = "links => links.map((a) => [a.pathname, a.textContent.trim()])"


@pytest.mark.parametrize(("language", "query"), [("ja", "閣議決定"), ("en", "cabinet")])
def test_the_page_not_found_leads_home_to_the_sections_and_to_search(
    site: tuple[Path, str], browser: object, language: str, query: str
) -> None:
    _, url = site
    words = units.read_labels(units.INTERFACE)[language]
    home = "/" + PREFIX[language]
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{url}{PREFIX[language]}404.html")
    assert page.evaluate("document.documentElement.lang") == language
    assert page.title().startswith(words["notfound_title"])
    assert page.locator("article h1").text_content() == words["notfound_title"]
    assert urlsplit(page.get_by_role("link", name=words["notfound_home"]).evaluate("a => a.href")).path == home
    sections = page.locator("#notfound-sections + ul a").evaluate_all(SECTIONS_JS)
    assert [path for path, _ in sections] == [f"{home}{section}/" for section in SECTIONS]
    assert all(title.startswith(f"{section.upper()}. ") for (_, title), section in zip(sections, SECTIONS, strict=True))
    other = "en" if language == "ja" else "ja"
    elsewhere = page.locator("article p[lang] a")
    assert elsewhere.evaluate("a => [a.closest('[lang]').lang, a.pathname]") == [other, f"/{PREFIX[other]}404.html"]
    assert elsewhere.text_content() == units.read_labels(units.INTERFACE)[other]["notfound_other"]
    # a query typed here is searched on the home page, in Material's search, which opens with it
    box = page.get_by_role("searchbox", name=words["notfound_search"])
    box.fill(query)
    with page.expect_navigation():
        box.press("Enter")
    assert urlsplit(page.url).path == home and parse_qs(urlsplit(page.url).query) == {"q": [query]}
    start_material(page)
    page.locator(".md-search-result__item").first.wait_for()
    assert page.locator("input.md-search__input").input_value() == query
    assert page.locator(".md-search-result__item a[href*='#term-cabinet-decision']").count() == 1
    page.close()
