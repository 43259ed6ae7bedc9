"""Shared fixtures: the Markdown parser MkDocs uses, a copy of the pages to break, a built and served site, Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest

from builds import build_site
from edition.original import ROOT
from edition.pages import markdown_as_mkdocs_renders

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # "playwright" uses Playwright's own Chromium


@pytest.fixture(scope="session")
def md() -> markdown.Markdown:
    return markdown_as_mkdocs_renders()


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A copy of docs/ that a test may break; the real pages are never touched."""
    copy = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", copy)
    return copy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The site built by `mkdocs build --strict`, served on localhost: (folder, base URL)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    folder = tmp_path_factory.mktemp("site")
    build_site(folder, SITE_URL=url).check_returncode()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_QuietHandler, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Real Chromium through Playwright: Debian's /usr/bin/chromium unless CHROMIUM says otherwise."""
    from playwright.sync_api import sync_playwright

    executable = None if CHROMIUM == "playwright" else CHROMIUM
    if executable and not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: install Debian's chromium, or set CHROMIUM=playwright")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()
