"""The built site: every section page, every unit id exactly once, the Japanese text equal to the original."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from edition import ROOT, xref
from edition.compact import strip_indentation
from edition.original import ORIGINAL
from html_units import PREFIX, SECTIONS, UNITS, shown
from html_units import read_units as units_in_html


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("section", SECTIONS)
def test_every_unit_id_appears_in_its_page_exactly_once(site: tuple[Path, str], language: str, section: str) -> None:
    folder, _ = site
    page = folder / PREFIX[language] / section / "index.html"
    _, counts = units_in_html(page.read_text(encoding="utf-8"))
    expected = [unit.id for unit in UNITS if unit.section == section]
    assert {unit: counts.get(unit, 0) for unit in expected} == dict.fromkeys(expected, 1)


def test_the_japanese_text_of_the_built_site_equals_the_original(site: tuple[Path, str]) -> None:
    folder, _ = site
    compared = 0
    for section in SECTIONS:
        html = (folder / section / "index.html").read_text(encoding="utf-8")
        texts, _ = units_in_html(html, {unit.id for unit in UNITS})
        for unit in (u for u in UNITS if u.section == section):
            assert texts[unit.id] == shown(unit, unit.text, "ja"), unit.id
            compared += 1
    assert compared == len(UNITS) == 68


def test_pages_declare_their_language(site: tuple[Path, str]) -> None:
    folder, _ = site
    assert '<html lang="ja"' in (folder / "v" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (folder / "en" / "v" / "index.html").read_text(encoding="utf-8")


def test_hreflang_alternates_are_absolute_urls_from_site_url(site: tuple[Path, str]) -> None:
    folder, url = site
    html = (folder / "en" / "v" / "index.html").read_text(encoding="utf-8")
    alternates = dict(re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([a-z]+)">', html))
    assert alternates == {f"{url}v/": "ja", f"{url}en/v/": "en"}
    sitemap = (folder / "sitemap.xml").read_text(encoding="utf-8")
    assert f'hreflang="en" href="{url}en/v/"' in sitemap


class _Head(HTMLParser):
    """A page's meta elements and inline scripts, and every link a reader's browser follows or fetches (not the
    canonical and hreflang links of the head, which name the site's address, nor the Dublin Core schema's, which
    names the vocabulary: no browser fetches it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.metas: list[dict[str, str | None]] = []
        self.scripts: list[str] = []
        self.followed: list[str] = []
        self._inline = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta":
            self.metas.append(values)
        data = values.get("type") in ("application/json", "application/ld+json")  # read, not run
        self._inline = tag == "script" and "src" not in values and not data
        if tag == "link" and values.get("rel") in ("canonical", "alternate", "schema.DC"):
            return
        self.followed += [value for name, value in attrs if name in ("href", "src", "data-bundle") and value]

    def handle_data(self, data: str) -> None:
        if self._inline:
            self.scripts.append(data)
            self._inline = False


def _head(html: str) -> _Head:
    head = _Head()
    head.feed(html)
    return head


def test_the_links_a_reader_follows_are_relative(site: tuple[Path, str]) -> None:
    """So that the site works wherever it is served: only the 404 page, served at any depth, is absolute."""
    folder, url = site
    absolute = {
        f"{page.relative_to(folder)}: {link}"
        for page in folder.rglob("*.html")
        if page.name != "404.html"
        for link in _head(page.read_text(encoding="utf-8")).followed
        if link.startswith((url, "/"))
    }
    assert not absolute, f"{len(absolute)} absolute links:\n" + "\n".join(sorted(absolute))


def test_every_page_says_what_it_may_load_and_sends_other_sites_nothing(site: tuple[Path, str]) -> None:
    """A Content-Security-Policy and a referrer policy first in every page's head: scripts from the site and the
    page's own inline scripts by their hashes, nothing from another host (edition/policy.py)."""
    folder, _ = site
    for page in folder.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        head = _head(html)
        assert html.index('<meta http-equiv="Content-Security-Policy"') < html.index("<script"), page
        [policy] = [m["content"] for m in head.metas if m.get("http-equiv") == "Content-Security-Policy"]
        directives = {name: sources for name, *sources in (d.split() for d in (policy or "").split(";"))}
        hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in head.scripts}
        assert hashes and set(directives.pop("script-src")) == {"'self'", *hashes}, page
        assert directives == {
            "default-src": ["'self'"],
            "img-src": ["'self'", "data:"],
            "object-src": ["'none'"],
            "base-uri": ["'self'"],
        }, page
        assert {"name": "referrer", "content": "no-referrer"} in head.metas, page


def test_the_original_text_is_published_byte_for_byte(site: tuple[Path, str]) -> None:
    folder, _ = site
    assert (folder / "source" / ORIGINAL.name).read_bytes() == ORIGINAL.read_bytes()


def test_the_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.search(r"## Two commands.*?```sh\n(.*?)```", readme, re.S)
    assert commands, "README.md has no 'Two commands' block"
    test_command = next(line.split("#")[0].strip() for line in commands[1].splitlines() if "test" in line)
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert ci[-1] == test_command


def test_indentation_is_dropped_but_not_where_white_space_shows() -> None:
    html = "<div>\n    <p>\n      a\n      b</p>\n  <pre>\n    kept</pre>\n  <script>\n  if (x) {}</script>\n</div>"
    assert (
        strip_indentation(html) == "<div>\n<p>\na\nb</p>\n<pre>\n    kept</pre>\n<script>\n  if (x) {}</script>\n</div>"
    )


def test_built_pages_carry_no_indentation(site: tuple[Path, str]) -> None:
    page = (site[0] / "en" / "v" / "index.html").read_text(encoding="utf-8")
    assert "\n  <" not in page and "<header" in page


@pytest.mark.parametrize("language", ["ja", "en"])
def test_related_sections_is_a_heading_with_the_same_id_in_both_languages(
    site: tuple[Path, str], language: str
) -> None:
    folder, _ = site
    heading = f'<h2 id="related-sections">{xref.WORDS[language]["related"]}</h2>\n<ul>'
    found = []
    for section in SECTIONS:
        html = (folder / PREFIX[language] / section / "index.html").read_text(encoding="utf-8")
        assert html.count("related-sections") == (1 if heading in html else 0), section  # the heading, or none
        assert 'href="#related-sections"' not in html, f"{section}: in the table of contents"
        if heading in html:
            found.append(section)
    assert len(found) >= len(SECTIONS) - 1, found


def test_no_page_has_an_empty_table_of_contents_landmark(site: tuple[Path, str]) -> None:
    """Material's table of contents is a navigation landmark even when it lists nothing; such a page hides it."""
    folder, _ = site
    shown, hidden = [], []
    for path in sorted(folder.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        sidebar = re.search(r'<div class="md-sidebar md-sidebar--secondary"[^>]*?( hidden)?>.*?</nav>', html, re.S)
        if sidebar is None:  # the page not found has none (overrides/404.html)
            assert path.name == "404.html", path
            continue
        (hidden if sidebar[1] else shown).append(path.relative_to(folder).as_posix())
        assert sidebar[1] or '<ul class="md-nav__list" data-md-component="toc"' in sidebar[0], f"{path}: empty"
    assert "v/index.html" in hidden and "i/index.html" in shown and "glossary/index.html" in shown


@pytest.mark.parametrize("width", [390, 1280])
def test_each_row_of_the_home_contents_is_one_link_to_its_section(
    site: tuple[Path, str], browser: object, width: int
) -> None:
    """The whole row is the target (its number, its title, the space after it), at least 24 px high, one link a
    row named by the section's number and title; it leads to the section, by pointer and by keyboard."""
    _, url = site
    for language, path in PREFIX.items():
        page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
        page.goto(url + path)
        rows = page.locator(".md-content li:has(> a.contents-link)")
        assert rows.count() == len(SECTIONS)
        headings = [shown(unit, unit.text, "ja") for unit in UNITS if unit.kind == "section"]
        for n, section in enumerate(SECTIONS):
            row = rows.nth(n)
            link = row.get_by_role("link")
            assert link.count() == 1 and link.get_attribute("href") == f"{section}/"
            if language == "ja":
                assert link.inner_text() == headings[n]
            row.scroll_into_view_if_needed()
            box = row.bounding_box()
            assert box is not None and box["height"] >= 24, box
            for x in (box["x"] + 2, box["x"] + box["width"] / 2, box["x"] + box["width"] - 2):
                hit = page.evaluate(
                    "([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.href", [x, box["y"] + box["height"] / 2]
                )
                assert hit == f"{url}{path}{section}/", (language, section, x)
        link = rows.first.get_by_role("link")
        box = link.bounding_box()
        assert box is not None
        link.click(position={"x": box["width"] - 2, "y": box["height"] / 2})  # past the end of the title
        page.wait_for_url(f"{url}{path}i/")
        page.goto(url + path)
        rows.nth(4).get_by_role("link").focus()
        page.wait_for_load_state("networkidle")  # Material's script, started by the focus, has run
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}{path}v/")
        page.close()
