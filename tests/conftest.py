"""Shared fixtures: the Markdown parser MkDocs uses, a copy of the pages to break, a built and served site, Chromium;
and the `browser` mark on every test that drives Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest

from edition import ROOT
from edition.pages import markdown_as_mkdocs_renders
from measure import chromium
from measure.build import build_site
from measure.serve import serve


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Chromium `browser`, found by the fixtures it uses (directly or through another
    fixture), so that `-m "not browser"` (make test-fast) leaves out exactly those, with no list kept by hand."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def md() -> markdown.Markdown:
    return markdown_as_mkdocs_renders()


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A copy of docs/ that a test may break; the real pages are never touched."""
    copy = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", copy)
    return copy


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The site built by `mkdocs build --strict`, served on localhost with gzip: (folder, base URL).

    The server starts first, so that the site is built for the address it is served at.
    """
    folder = tmp_path_factory.mktemp("site")
    with serve(folder) as (url, _):
        build_site(folder, SITE_URL=url)
        yield folder, url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Real Chromium through Playwright: Debian's /usr/bin/chromium unless CHROMIUM says otherwise."""
    from playwright.sync_api import sync_playwright

    executable = chromium.executable()
    if executable and not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: install Debian's chromium, or set CHROMIUM=playwright")
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        yield browser
        browser.close()
