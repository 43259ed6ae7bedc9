"""Check every link of a built site offline: each internal link and #fragment must resolve to a file and an id.

Readers cite these pages by URL and anchor, so a link that breaks costs trust. The built site is
read as files, not fetched: pages (`*.html`), alternates and canonical links in their heads, and
the sitemap. A link to a redirect page (a moved page's old address: edition/addresses.py) is followed,
#fragment and all, as a browser would. External links are only collected, for a report; they are never fetched.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}
NOT_LINKS = ("mailto:", "tel:", "javascript:", "data:")
MAX_REDIRECTS = 5  # a redirect to a redirect is followed, a loop is not
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class _Page(HTMLParser):
    """One HTML file's ids and outgoing links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.redirect: str | None = None  # where `<meta http-equiv="refresh" content="0; url=…">` sends the reader

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("http-equiv") == "refresh":
            self.redirect = (values.get("content") or "").partition("url=")[2]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif (tag, name) in LINK_ATTRIBUTES:
                self.links.append(value)


@dataclass(frozen=True)
class Link:
    source: str  # the page or file it is on, relative to the site folder
    href: str  # as written


@dataclass
class LinkReport:
    broken: list[tuple[Link, str]]  # (link, why)
    external: list[Link]
    pages: int  # HTML files read
    checked: int  # internal links resolved, or found broken


class NothingChecked(Exception):
    """A site with no page, or no internal link: a gate that examined nothing would pass it."""


def page_urls(site_dir: Path) -> list[str]:
    """Every HTML page of the site as a root-relative URL path ("/", "/en/v/", "/404.html")."""
    urls = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        urls.append("/" + (relative.removesuffix("index.html") if relative.endswith("index.html") else relative))
    return urls


@cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site_dir: Path, path: str) -> Path | None:
    file = site_dir / unquote(path).lstrip("/")
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def _resolve(site_dir: Path, site_url: str, link: Link, base: str) -> str | None:
    """None if the link resolves, else why not; raises ValueError for an external link."""
    url = urljoin(base, link.href)
    if not url.startswith(site_url):
        raise ValueError(url)
    parts = urlsplit(url)
    path = "/" + parts.path[len(urlsplit(site_url).path) :]
    target = _target(site_dir, path)
    for _ in range(MAX_REDIRECTS):
        redirect = _parse(target).redirect if target and target.suffix == ".html" else None
        if not redirect:
            break
        path = urljoin(path, redirect)
        target = _target(site_dir, path)
    if target is None:
        return f"no file for {path}"
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _parse(target).ids:
        return f"no id {parts.fragment!r} in {target.relative_to(site_dir).as_posix()}"
    return None


def sitemap_links(site_dir: Path) -> list[Link]:
    """The <loc> of every sitemap entry and the href of every alternate it lists."""
    root = ET.parse(site_dir / "sitemap.xml").getroot()
    hrefs = [loc.text or "" for loc in root.iterfind("s:url/s:loc", SITEMAP_NS)]
    hrefs += [alternate.get("href", "") for alternate in root.iterfind("s:url/x:link", SITEMAP_NS)]
    return [Link("sitemap.xml", href) for href in hrefs]


def check_links(site_dir: Path, site_url: str) -> LinkReport:
    """Resolve every link on every page and in the sitemap; site_url is the URL the site was built for.

    Raises NothingChecked if the site has no page or no internal link: a wrong folder or site_url, not a clean site.
    """
    _parse.cache_clear()
    site_url = site_url.rstrip("/") + "/"
    pages = page_urls(site_dir)
    if not pages:
        raise NothingChecked(f"no HTML page in {site_dir}")
    todo: list[tuple[Link, str]] = [(link, site_url) for link in sitemap_links(site_dir)]
    for url in pages:
        base = urljoin(site_url, url.lstrip("/"))
        file = _target(site_dir, url)
        assert file is not None
        todo += [(Link(url, href), base) for href in _parse(file).links]
    broken, external = [], []
    checked = 0
    for link, base in todo:
        if link.href.startswith(NOT_LINKS) or not link.href.strip():
            continue
        try:
            why = _resolve(site_dir, site_url, link, base)
        except ValueError:
            external.append(link)
            continue
        checked += 1
        if why:
            broken.append((link, why))
    if not checked:
        raise NothingChecked(
            f"no internal link in {len(pages)} pages of {site_dir}: is {site_url} the URL it was built for?"
        )
    return LinkReport(broken=broken, external=external, pages=len(pages), checked=checked)


def external_report(report: LinkReport) -> str:
    """The external links, one per line (`href<TAB>page`), sorted, for a maintainer to look at by hand."""
    rows = sorted({(link.href, link.source) for link in report.external})
    return "".join(f"{href}\t{source}\n" for href, source in rows)
