"""Switching language in Chromium keeps the reader's page and paragraph, both ways, wherever the site is served."""

from __future__ import annotations

from pathlib import Path

import pytest

from measure.serve import serve


def switch_language(page: object, language_name: str) -> None:
    page.mouse.move(0, 400)  # from wherever the last click left it, so that pointing at the switcher opens it
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


def test_under_a_sub_path_and_another_host_the_switcher_leads_both_ways(
    browser: object, site: tuple[Path, str]
) -> None:
    """The site served one folder down, at an address it was not built for: its links lead where they say."""
    folder, _ = site
    with serve(folder.parent) as (root, _):
        url = f"{root}{folder.name}/"
        page = browser.new_page()
        page.goto(f"{url}v/#v-p3")
        switch_language(page, "English")
        assert page.url == f"{url}en/v/#v-p3"
        switch_language(page, "日本語")
        assert page.url == f"{url}v/#v-p3"
        page.goto(f"{url}en/iii/#iii-p1-2")
        with page.expect_navigation():
            page.locator(".reading-notice a").click()
        assert page.url == f"{url}iii/#iii-p1-2"
        for start, language_name, target in (("en/", "日本語", ""), ("", "English", "en/")):
            page.goto(url + start)
            switch_language(page, language_name)
            assert page.url == url + target
        page.close()
