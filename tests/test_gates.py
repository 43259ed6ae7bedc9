"""Quality gates over every page of the built site: links, privacy and policy, accessibility, reproducible builds.

Pages are found by crawling the built site folder, so pages added later are covered without editing this file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from builds import copy_sources
from edition import ROOT
from html_units import PREFIX
from measure.build import build_site
from measure.chromium import start_material, violations, watch_policy
from measure.links import NothingChecked, check_links, external_report, page_urls

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
EXTERNAL_LINKS_REPORT = ROOT / "build" / "external-links.tsv"
SECTION_SEGMENT = re.compile(r"/(?:i|ii|iii|iv|v|vi|vii|viii|ix)/")
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's palette scheme


def _pages(site_dir: Path) -> list[str]:
    return page_urls(site_dir)  # the 404 pages too, one per language


def _source_pages() -> set[str]:
    """The URL of each Markdown page of docs/ja and docs/en, and of each language's 404 page: what the crawl must
    find, counted without crawling."""
    urls = set()
    for language, prefix in PREFIX.items():
        urls.add(f"/{prefix}404.html")
        folder = ROOT / "docs" / language
        for page in folder.rglob("*.md"):
            parts = page.relative_to(folder).with_suffix("").parts
            urls.add("/" + prefix + "".join(part + "/" for part in parts if part != "index"))
    return urls


def test_every_internal_link_and_fragment_resolves(site: tuple[Path, str]) -> None:
    folder, url = site
    report = check_links(folder, url)
    EXTERNAL_LINKS_REPORT.parent.mkdir(exist_ok=True)
    EXTERNAL_LINKS_REPORT.write_text(external_report(report), encoding="utf-8")
    broken = [f"{link.source}: {link.href}: {why}" for link, why in report.broken]
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken)
    assert report.pages == len(_source_pages()), "pages read: one per page of docs/, and each 404 page"
    assert report.checked > 20 * len(_pages(folder)), "too few links found: is the crawler reading the pages?"


def test_the_link_check_finds_a_broken_fragment(site: tuple[Path, str], tmp_path: Path) -> None:
    folder, url = site
    copy = tmp_path / "site"
    shutil.copytree(folder, copy)
    page = copy / "en" / "v" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert 'id="v-p3"' in html
    page.write_text(html.replace("</article>", '<a href="#v-p3">ok</a><a href="#v-p99">gone</a></article>'), "utf-8")
    (copy / "about" / "index.html").unlink()
    broken = {(link.source, why) for link, why in check_links(copy, url).broken}
    assert ("/en/v/", "no id 'v-p99' in en/v/index.html") in broken
    assert not any("v-p3'" in why for _, why in broken)
    assert any(why == "no file for /about/" for _, why in broken)


def test_the_link_check_fails_a_site_with_no_page_or_no_link(tmp_path: Path) -> None:
    """A wrong folder or a site of pages without links must not pass as a site without broken links."""
    (tmp_path / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    with pytest.raises(NothingChecked, match="no HTML page"):
        check_links(tmp_path, "http://127.0.0.1/")
    (tmp_path / "index.html").write_text("<p>no link</p>", encoding="utf-8")
    with pytest.raises(NothingChecked, match="no internal link in 1 pages"):
        check_links(tmp_path, "http://127.0.0.1/")


def test_both_languages_are_crawled(site: tuple[Path, str]) -> None:
    pages = _pages(site[0])
    assert {"/", "/en/", "/v/", "/en/v/", "/about/", "/en/about/", "/404.html", "/en/404.html"} <= set(pages)
    assert len([p for p in pages if p.startswith("/en/")]) * 2 == len(pages)
    assert len(pages) == len(set(pages)) and set(pages) == _source_pages()


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make test` (it runs `npm ci`), or `npm ci`")
    return AXE.read_text(encoding="utf-8")


def _one_page_per_kind(pages: list[str]) -> list[str]:
    """The first page of each kind: section pages /v/, /en/parallel/v/ … are one kind each, as is any other page."""
    kinds: dict[str, str] = {}
    for path in pages:
        kinds.setdefault(SECTION_SEGMENT.sub("/*/", path), path)
    return list(kinds.values())


def _axe_violations(page: object, where: str, scheme: str) -> list[str]:
    shown = page.get_attribute("body", "data-md-color-scheme")  # type: ignore[attr-defined]
    assert shown == SCHEMES[scheme], f"{where}: not in the {scheme} palette"
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")  # type: ignore[attr-defined]
    assert results["passes"], f"{where}: axe passed no rule at all: did it examine the page?"
    return [
        f"{where}: axe {v['id']} ({v['impact']}): {', '.join(str(node['target']) for node in v['nodes'][:3])}"
        for v in results["violations"]
    ]


def _problems(context: object, url: str, path: str, axe_source: str, scheme: str) -> list[str]:
    """One page: requests to another host, failed requests, console errors, policy violations, axe violations;
    as first shown, then with Material's script running, which starts on the reader's first interaction.
    (axe is run as DevTools runs a script, which the page's Content-Security-Policy does not govern.)"""
    host = urlsplit(url).netloc
    problems: list[str] = []
    requested: list[str] = []
    page = context.new_page()  # type: ignore[attr-defined]
    page.on("request", lambda r: requested.append(r.url))
    page.on("request", lambda r: urlsplit(r.url).netloc == host or problems.append(f"{path}: request {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"{path}: failed {r.url} {r.failure}"))
    page.on("response", lambda r: r.status < 400 or problems.append(f"{path}: HTTP {r.status} {r.url}"))
    page.on("console", lambda m: m.type != "error" or problems.append(f"{path}: console error {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"{path}: uncaught {e}"))
    page.goto(url + path.lstrip("/"), wait_until="networkidle")
    page.evaluate(axe_source)
    problems.extend(_axe_violations(page, f"{path} as first shown", scheme))
    shown = violations(page)
    problems.extend(f"{path} as first shown: {violation}" for violation in shown)
    start_material(page)
    problems.extend(_axe_violations(page, f"{path} with Material's script running", scheme))
    problems.extend(f"{path} with Material's script running: {v}" for v in violations(page)[len(shown) :])
    page.close()
    assert requested, f"{path}: no request seen: the privacy check watched nothing"
    return problems


@pytest.mark.parametrize("scheme", SCHEMES)
def test_pages_are_private_quiet_and_accessible(
    site: tuple[Path, str], browser: object, axe_source: str, scheme: str
) -> None:
    """Every page in the light palette, one page of each kind in the dark one (the same markup, other colours)."""
    folder, url = site
    pages = _pages(folder) if scheme == "light" else _one_page_per_kind(_pages(folder))
    expected = sorted(_source_pages())
    assert len(pages) == len(expected if scheme == "light" else _one_page_per_kind(expected))
    context = browser.new_context(color_scheme=scheme)  # type: ignore[attr-defined]
    watch_policy(context)
    problems = [problem for path in pages for problem in _problems(context, url, path, axe_source, scheme)]
    context.close()
    assert not problems, f"{len(problems)} problems in the {scheme} palette:\n" + "\n".join(problems)


QUERIES = {"ja": "日米", "en": "defense"}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("path", "query"), [("v/", "search and rescue"), ("en/v/", "捜索・救難")])
def test_search_results_in_both_languages_are_accessible(
    site: tuple[Path, str], browser: object, axe_source: str, scheme: str, path: str, query: str
) -> None:
    """Results found through the other language show its text in its `lang`, beside the page's: axe finds nothing
    in either palette with them open (contrast of the counterpart, valid `lang` values)."""
    _, url = site
    context = browser.new_context(color_scheme=scheme)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url + path, wait_until="networkidle")
    start_material(page)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    page.locator("input.md-search__input").press("End")  # Material reads the box on keyup
    page.locator(".md-search-result .search-counterpart").first.wait_for()
    page.wait_for_timeout(500)  # Material fades its search panel in (0.4 s): colours are measured once it has
    page.evaluate(axe_source)
    problems = _axe_violations(page, f"{path} searched for {query!r}", scheme)
    context.close()
    assert not problems, "\n".join(problems)


def _read_search_cite_print_and_switch(context: object, url: str, path: str) -> list[str]:
    """What a reader does on one page, and whatever the page's policy refused, or its scripts failed at, meanwhile:
    reads (scrolls, points at a term), searches, copies a citation, prints, then switches language."""
    problems: list[str] = []
    page = context.new_page()  # type: ignore[attr-defined]
    page.on("console", lambda m: m.type != "error" or problems.append(f"{path}: console error {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"{path}: uncaught {e}"))
    page.goto(url + path.lstrip("/"), wait_until="networkidle")
    problems.extend(f"{path} as first shown: {violation}" for violation in violations(page))
    start_material(page)
    page.mouse.wheel(0, 1500)
    if page.locator("a.term").count():
        page.locator("a.term").first.hover()
    language = page.evaluate("document.documentElement.lang")
    page.locator("input.md-search__input").fill(QUERIES[language])
    page.locator("input.md-search__input").press("End")  # Material reads the box on keyup
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    if page.locator(".md-content .cite").count():
        page.locator(".md-content .cite").first.click()
        page.locator(".md-content .cite-panel button").nth(1).click()
    page.emulate_media(media="print")
    page.emulate_media(media="screen")
    problems.extend(f"{path} while read, searched, cited and printed: {violation}" for violation in violations(page))
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(f"a.md-select__link:not([hreflang={language}])")
    problems.extend(f"{path} switched to {page.url}: {violation}" for violation in violations(page))
    page.close()
    return problems


def test_no_page_breaks_its_policy_as_a_reader_uses_it(site: tuple[Path, str], browser: object) -> None:
    """One page of each kind, as first shown and as a reader reads, searches, cites, prints and switches language
    with Material's script running: the Content-Security-Policy refuses nothing and no script fails."""
    folder, url = site
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])  # type: ignore[attr-defined]
    watch_policy(context)
    pages = _one_page_per_kind(_pages(folder))
    problems = [problem for path in pages for problem in _read_search_cite_print_and_switch(context, url, path)]
    context.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_a_link_to_another_site_sends_it_nothing_of_the_page(site: tuple[Path, str], browser: object) -> None:
    """The original's own source link goes to a URL shortener: following it sends no Referer (edition/policy.py)."""
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    sent: list[dict[str, str]] = []
    page.route("http://bit.ly/**", lambda route: sent.append(route.request.headers) or route.fulfill(body="elsewhere"))
    page.goto(url)
    with page.expect_navigation():
        page.click("a[href='http://bit.ly/1vWhyNW']")
    assert len(sent) == 1 and "referer" not in sent[0], sent
    page.close()


def test_one_page_per_kind_keeps_every_kind() -> None:
    pages = ["/", "/about/", "/i/", "/v/", "/en/", "/en/v/", "/parallel/", "/parallel/i/", "/parallel/v/", "/glossary/"]
    assert _one_page_per_kind(pages) == [
        "/",
        "/about/",
        "/i/",
        "/en/",
        "/en/v/",
        "/parallel/",
        "/parallel/i/",
        "/glossary/",
    ]


def _last_commit_epoch() -> str:
    return subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def _build_copy(folder: Path, epoch: str) -> Path:
    """Copy the sources into `folder` and build there, as a second checkout would."""
    sources = copy_sources(folder)
    build_site(sources / "site", sources, SOURCE_DATE_EPOCH=epoch, SITE_URL="https://example.org/")
    return sources / "site"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_in_two_folders_are_byte_identical(tmp_path: Path) -> None:
    epoch = _last_commit_epoch()
    first, second = (_files(_build_copy(tmp_path / name, epoch)) for name in ("one", "another"))
    assert first.keys() == second.keys()
    assert len([name for name in first if name.endswith("index.html")]) == len(
        [page for page in _source_pages() if not page.endswith("404.html")]
    )
    differ = sorted(name for name in first if first[name] != second[name])
    assert not differ, f"files that differ between two builds of the same commit: {differ}"
    assert {"sitemap.xml", "sitemap.xml.gz", "search/search_index.json"} <= first.keys()


def test_a_rebuild_from_the_build_caches_is_byte_identical(tmp_path: Path) -> None:
    """A second build of the same checkout takes its templates and styled citations from .cache/ (Jinja's bytecode,
    edition/references.py): what it writes is what the first build, which made them, wrote."""
    epoch, checkout = _last_commit_epoch(), tmp_path / "checkout"
    site = _build_copy(checkout, epoch)  # with no cache, as a fresh checkout has none
    assert (checkout / ".cache" / "jinja").is_dir() and any((checkout / ".cache" / "citations").iterdir())
    first = _files(site)
    build_site(site, checkout, SOURCE_DATE_EPOCH=epoch, SITE_URL="https://example.org/")
    second = _files(site)
    assert first.keys() == second.keys() and len(first) > 100
    assert not sorted(name for name in first if first[name] != second[name])


def test_the_language_switcher_works_by_keyboard_alone(site: tuple[Path, str], browser: object) -> None:
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + "v/")
    for _ in range(40):  # Tab through the header until the English link of the switcher has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a.md-select__link[hreflang=en]')"):
            break
    else:
        pytest.fail("the language switcher's English link is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(url + "en/v/")
    page.close()


def test_search_works_by_keyboard_alone(site: tuple[Path, str], browser: object) -> None:
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + "en/", wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut to the search field; Material starts on this first key
    page.wait_for_function("document.activeElement.matches('input.md-search__input')")
    page.keyboard.insert_text("cyberspace")  # the whole word at once: one query, not one per letter
    page.keyboard.press("End")  # a key typed in the field: Material reads its value on keyup
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")  # from the field to the first result
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(url + "en/") and page.url != url + "en/", page.url
    page.close()
