"""Switching language in Chromium keeps the reader's page and paragraph, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest


def switch_language(page: object, language_name: str) -> None:
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(f"a.md-select__link:has-text('{language_name}')")


@pytest.mark.parametrize(
    ("start", "target", "language_name", "unit"),
    [("v/", "en/v/", "English", "v-p3"), ("en/vi/", "vi/", "日本語", "vi-p1-4"), ("i/", "en/i/", "English", "i-2")],
)
def test_the_switcher_lands_on_the_same_unit(
    browser: object, site: tuple[Path, str], start: str, target: str, language_name: str, unit: str
) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}{start}#{unit}")
    switch_language(page, language_name)
    assert page.url == f"{url}{target}#{unit}"
    assert page.evaluate("location.hash") == f"#{unit}"
    assert page.evaluate(f"document.getElementById('{unit}') !== null")
    page.close()


def test_the_notice_on_english_pages_links_to_the_same_place_in_the_original(
    browser: object, site: tuple[Path, str]
) -> None:
    _, url = site
    page = browser.new_page()
    page.goto(f"{url}en/iii/#iii-p1-2")
    notice = page.locator(".reading-notice")
    assert "unofficial English reading" in notice.inner_text()
    with page.expect_navigation():
        notice.locator("a").click()
    assert page.url == f"{url}iii/#iii-p1-2"
    page.close()
