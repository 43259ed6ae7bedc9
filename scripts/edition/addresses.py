"""Every address the site has published is kept (README.md, "Permanent URLs and anchors"): its pages, the anchors
in them, the aligned data and the original text.

data/addresses.txt lists them, one a line, below the site's root (`/v/#v-p3`). Every build reads the site it has
made against the list (hooks: on_post_build) and stops, naming each, if a listed address no longer leads anywhere.
`make addresses` (scripts/docs.py addresses) rewrites the list from a build, so that a reviewer sees every address
added or dropped in the diff: the site's addresses now, then any older one that still leads somewhere.

An anchor is an id in a page's article: whatever a reader can link to is listed as it appears (headings, units,
glossary entries, side-by-side rows, and any further level, such as sentences, as it comes), never Material's own
ids (its toggles, its search). A page that moves keeps its old address through a redirect page, which the build
writes from data/redirects.tsv (`from`, `to`) and which carries the #fragment over, so that the old page's anchors
lead to the new one's. The offline build has no address, and is not checked.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path
from urllib.parse import urljoin

from edition import ROOT
from edition.data import numbered_rows
from edition.policy import protect
from edition.report import relative

LIST = ROOT / "data" / "addresses.txt"
REDIRECTS = ROOT / "data" / "redirects.tsv"
FILES = ("data", "source")  # folders whose every file is published: the aligned text, the original
NOT_PAGES = ("404.html",)  # served for any address that has no page: no address of its own
ARTICLE_RE = re.compile(r"<article\b.*?</article>", re.DOTALL)
ID_RE = re.compile(r'\sid="([^"]+)"')
LANG_RE = re.compile(r'<html lang="([^"]+)"')
TITLE_RE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
REFRESH_RE = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')
REDIRECT = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<script>location.replace({script_target} + location.hash)</script>
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body><a href="{target}">{title}</a></body>
</html>
"""


class AddressesLost(Exception):
    """Published addresses that lead nowhere in the site just built, or a redirect that cannot be made."""


@dataclass(frozen=True)
class Page:
    anchors: tuple[str, ...]  # the ids of its article, in order
    redirect: str | None  # where a redirect page sends the reader, relative to it


def read_site(site_dir: Path) -> dict[str, Page | None]:
    """Every page of the site by its address (`/v/`), with its anchors, and every published file (`None`)."""
    site: dict[str, Page | None] = {}
    for path in sorted(site_dir.rglob("*.html")):
        name = path.relative_to(site_dir).as_posix()
        if name not in NOT_PAGES:
            html = path.read_text(encoding="utf-8")
            article = ARTICLE_RE.search(html)
            anchors = tuple(unescape(id) for id in ID_RE.findall(article[0])) if article else ()
            redirect = REFRESH_RE.search(html)
            site["/" + name.removesuffix("index.html")] = Page(anchors, unescape(redirect[1]) if redirect else None)
    for folder in FILES:
        for path in sorted((site_dir / folder).rglob("*")):
            if path.is_file():
                site["/" + path.relative_to(site_dir).as_posix()] = None
    return site


def published(site: dict[str, Page | None]) -> list[str]:
    """The site's addresses, each page followed by its anchors."""
    return [
        address
        for path in sorted(site)
        for address in [path, *(f"{path}#{anchor}" for anchor in (site[path].anchors if site[path] else ()))]
    ]


def resolve(site: dict[str, Page | None], address: str) -> str | None:
    """None if `address` leads to a page and anchor, or a file, of the site (through any redirect pages);
    else why not."""
    path, _, anchor = address.partition("#")
    seen: list[str] = []
    while (page := site.get(path)) is not None and page.redirect:
        if path in seen:
            return f"redirects in a loop: {' -> '.join([*seen, path])}"
        seen.append(path)
        path = urljoin(path, page.redirect)
    if path not in site:
        return f"no page or file at {path}" + (f", where {seen[0]} redirects" if seen else "")
    if anchor and (page is None or anchor not in page.anchors):
        return f"no id {anchor!r} in the article of {path}"
    return None


def read_list(path: Path = LIST) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line]


def check(site_dir: Path, listed: list[str]) -> None:
    """Stop, naming each, if a listed address leads nowhere."""
    site = read_site(site_dir)
    lost = [f"  {address}: {why}" for address in listed if (why := resolve(site, address))]
    if lost:
        raise AddressesLost(
            f"{relative(LIST)}: {len(lost)} published addresses lead nowhere now. A page that moves keeps its "
            f"address with a line of {relative(REDIRECTS)}; to drop an address on purpose, `make addresses`.\n"
            + "\n".join(lost)
        )


def rewritten(site_dir: Path, listed: list[str]) -> list[str]:
    """The list for the site just built: its addresses, then those listed before that still lead somewhere."""
    site = read_site(site_dir)
    now = published(site)
    kept = set(now)
    return now + [address for address in listed if address not in kept and resolve(site, address) is None]


def keep(site_dir: Path, rewrite: bool = False) -> None:
    """Check the list against the site just built; or, for `make addresses`, rewrite it from that site."""
    listed = read_list()
    if rewrite:
        LIST.write_text("".join(f"{address}\n" for address in rewritten(site_dir, listed)), encoding="utf-8")
    else:
        check(site_dir, listed)


def write_redirects(site_dir: Path, site_url: str) -> None:
    """A redirect page at each `from` of data/redirects.tsv to its `to`, both pages below the site's root."""
    site = read_site(site_dir)
    for line, row in numbered_rows(REDIRECTS):
        where = f"{relative(REDIRECTS)}:{line}"
        old, new = row["from"], row["to"]
        if old in site or not old.endswith("/"):
            raise AddressesLost(f"{where}: {old} is a page of the site, or not a page's address (/…/)")
        if resolve(site, new) is not None or "#" in new:
            raise AddressesLost(f"{where}: {new} is no page of the site")
        target = posixpath.relpath(new, old) + "/"  # from the folder of the old page's index.html
        html = (site_dir / new.lstrip("/") / "index.html").read_text(encoding="utf-8")
        page = REDIRECT.format(
            lang=LANG_RE.search(html)[1],
            title=TITLE_RE.search(html)[1],
            canonical=escape(urljoin(site_url, new.lstrip("/"))),
            target=escape(target),
            script_target=json.dumps(target),
        )
        folder = site_dir / old.lstrip("/")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(protect(page), encoding="utf-8")
