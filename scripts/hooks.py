"""The edition's MkDocs hooks: every event it uses, in the order MkDocs runs them (README.md, "How the site is made").

Each event says what it does in a line and leaves the work to a module of `edition`. mkdocs-static-i18n builds
Japanese first, then, from its own on_post_build, each further language by running MkDocs' build again
(on_pre_build … on_post_build, with `building` set): what is read once per build, the checked units and the
glossary's places, is made by the first on_pre_build and kept in `edition.build_state` until the next build's
on_config. Our own errors end the build as one message, never a traceback, and leave no half-built site.

MkDocs puts this file's folder on sys.path while loading it, but the `edition` package is installed into the
project's virtual environment (see pyproject.toml), so the imports below do not depend on that.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urljoin

import jinja2
import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory, write_file
from mkdocs.utils.meta import get_data

from edition import (
    ROOT,
    addresses,
    aligned,
    blocks,
    build_state,
    colophon,
    icons,
    parallel,
    policy,
    references,
    search,
    templates,
    tmx,
    units,
    xref,
)
from edition.addresses import AddressesLost
from edition.build_state import BuildState, StateMissing
from edition.check import check
from edition.compact import compact_asset, strip_indentation
from edition.data import DataError
from edition.material import MaterialChanged, drop_alternate_sitemap_fetch, drop_unused_icons, scripts_block_bundle
from edition.offline import is_offline, use_local_shim
from edition.original import ORIGINAL
from edition.report import format_report
from edition.search import MaterialSearchChanged
from edition.terms import tips_script

log = logging.getLogger("mkdocs.edition")
OUR_ERRORS = (
    blocks.BlockError,
    DataError,
    StateMissing,
    MaterialChanged,
    MaterialSearchChanged,
    AddressesLost,
    references.StyleUnfit,
)
SERVING: list[bool] = []  # whether MkDocs was started as `mkdocs serve` (on_startup)


def _stop(config: MkDocsConfig, message: str) -> NoReturn:
    clean_directory(config.site_dir)  # leave nothing half-built that looks valid
    raise Abort(message)


def _reported(event: Callable[..., Any]) -> Callable[..., Any]:
    """The event, with our errors told as one message."""

    @functools.wraps(event)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return event(*args, **kwargs)
        except OUR_ERRORS as error:
            _stop(kwargs["config"] if "config" in kwargs else args[0], str(error))

    return run


def _on_site(config: MkDocsConfig, url: str) -> str:
    """`url`, below the site's root ("./" for the home page), as an absolute URL from site_url."""
    return urljoin((config.site_url or "/").rstrip("/") + "/", url)


def _first_pass(config: MkDocsConfig) -> bool:
    """True in the build MkDocs starts; False in those mkdocs-static-i18n runs again for each further language."""
    return not config.plugins["i18n"].building


def on_startup(command: str, dirty: bool) -> None:
    """0. Under `mkdocs serve`, which writes an inline script for live reload into every page it serves, the pages'
    policy allows inline scripts rather than the build's hashes of them (edition/policy.py)."""
    SERVING[:] = [command == "serve"]


def _hashed(config: MkDocsConfig) -> bool:
    """Whether the page's policy allows inline scripts by their hashes: not where a page gets one as it runs."""
    return not (is_offline(config) or any(SERVING))


@event_priority(100)  # before Material's offline plugin would add its search shim from unpkg.com
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """1. A new build: forget the last one's state (`mkdocs serve`); the offline build's shim from the site.
    (MkDocs runs on_config again in each further language's build, which keeps the state.)"""
    if _first_pass(config):
        build_state.clear()
    use_local_shim(config)
    return config


@_reported
def on_pre_build(config: MkDocsConfig) -> None:
    """2. The headings' permalinks titled in the language being built (Markdown is set up anew for each page);
    then, once, the edition check, and the glossary and cross-references against the checked text: the build state."""
    strings = units.read_labels(units.INTERFACE)[config.theme["language"]]
    config.mdx_configs["toc"]["permalink_title"] = strings["permalink"]
    if not _first_pass(config):
        return
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    result = check(md)
    if result.problems:
        _stop(config, format_report(result.problems, result.units))
    context = xref.context(result.pages)
    problems = xref.verify(context)
    if problems:
        _stop(config, "Glossary and cross-references do not match the text:\n" + "\n".join(problems))
    log.info(format_report([], result.units))
    build_state.start(BuildState(result.pages, context))


@event_priority(-150)  # after mkdocs-static-i18n (-100) has sorted the files by language
@_reported
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """3. Publish the original, byte for byte, at /source/<its name>; the aligned text at /data/units.*, as data
    and as a translation memory (TMX); and the report's reference files at /data/report-<language>.*
    (edition/references.py), which name site_url."""
    pages = build_state.current("on_files").pages
    rows = aligned.records(pages)
    generated = {
        "data/units.json": {"content": aligned.as_json(rows)},
        "data/units.tsv": {"content": aligned.as_tsv(rows)},
        tmx.PATH: {"content": tmx.memory(pages)},
        **{path: {"content": text} for path, text in references.files(_on_site(config, "")).items()},
        ORIGINAL.relative_to(ROOT).as_posix(): {"abs_src_path": str(ORIGINAL)},
    }
    for path, source in generated.items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, **source))
    return files


@_reported
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """4. Fill the page's generated blocks; a section page gets its related sections; the page's links to its
    reading pages, and what its citations link to; the whole report's page its title block for print
    (edition/colophon.py); Material's search plugin need not index it (ours is built
    from the checked units: edition/search.py)."""
    state = build_state.current("on_page_markdown")
    language, _, name = page.file.src_uri.partition("/")
    section = name.removesuffix(".md")
    if section in units.SECTIONS and name == units.page(section):
        markdown = markdown.rstrip("\n") + "\n\n" + "\n".join(xref.related(section, language, state.xref)) + "\n"
    urls = {file.src_uri: file.url for file in files.documentation_pages()}
    links = parallel.links(page.file.src_uri, state.pages)
    page.meta["parallel_links"] = [(label, urls[target]) for label, target in links]
    page.meta["cited_on"] = parallel.cited_on(page.file.src_uri)
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    if name == units.PAGES["full"]:  # printed, the whole report opens with its title block
        page.meta["print_title"] = colophon.title_block(language, _on_site(config, page.url), colophon.build_date())
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    first_line = 1 + source[: len(source) - len(get_data(source)[0])].count("\n")  # after the front matter
    return blocks.fill(markdown, Path(page.file.abs_src_path).relative_to(ROOT), first_line, language, state)


@_reported
def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """5. JSON written into pages (`tojson`: Material's configuration) keeps Japanese as
    it is rather than as `\\u` escapes, which triple its bytes; `<`, `>`, `&` and `'` are still escaped.
    `material_bundle` names Material's script for overrides/main.html, which starts it on first interaction;
    `edition_strings`, the strings of data/interface.tsv by language, are the overrides' words."""
    env.policies["json.dumps_kwargs"] = {**env.policies["json.dumps_kwargs"], "ensure_ascii": False}
    env.bytecode_cache = templates.compiled_templates()  # templates compiled once, not every build (templates.py)
    env.globals["material_bundle"] = scripts_block_bundle(env.loader.get_source(env, "base.html")[0])
    env.globals["edition_strings"] = units.read_labels(units.INTERFACE)
    return env


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """6. The one page of ours that Material renders as a template, 404.html (overrides/404.html), rendered
    before the pages of each language: its language switcher leads to the other language's 404 page, not to
    the page the last language's build left in `config.extra.alternate`. mkdocs-static-i18n keeps the
    alternates of the home pages under the key, and sets the attribute that templates read."""
    if template_name == "404.html":  # served at any depth: absolute
        config.extra.alternate = [
            {**alt, "url": (other := _on_site(config, units.home(alt["lang"])) + "404.html"), "link": other}
            for alt in config.extra["alternate"]
        ]
    return context


@_reported
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """7. The 404 page's search pointed at our worker; no indentation; its policies. MkDocs writes every
    language's at the site's root: the default language's stays there, the others' go to their folders
    (/en/404.html)."""
    if template_name != "404.html":
        return output
    language = config.theme["language"]
    output = policy.protect(strip_indentation(search.point_at_worker(output, language)), _hashed(config))
    if _first_pass(config):
        return output
    site = Path(config.site_dir)
    write_file(output.encode("utf-8"), str(site / language / template_name))
    return (site / template_name).read_text(encoding="utf-8")  # the default language's, written by the first build


@event_priority(-50)  # after mkdocs-static-i18n has pointed the alternates at this page's translations
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """8. Each language's version of the page as two links: `url`, below the site's root, which the language
    switcher (overrides/partials/alternate.html) and the English notice follow relative to the page, so the site
    works at any address; `link`, absolute from site_url, for the hreflang links, as search engines require
    (the offline build, which has no address, keeps them relative). A page whose table of contents is empty
    hides Material's, which would be an empty landmark (Material's `hide: [toc]`, and its own test of
    emptiness, partials/toc.html). The page's metadata for reference managers (head and COinS span), at its
    permanent URL: the report on the home page, the page within the report on any other (edition/references.py)."""
    # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which is what templates read
    for alternate in config.extra.alternate:
        alternate["url"] = page.file.alternates[alternate["lang"]].url
        alternate["link"] = alternate["url"] if is_offline(config) else _on_site(config, alternate["url"])
    language = page.file.src_uri.partition("/")[0]
    original = next(alt["link"] for alt in config.extra.alternate if alt["lang"] == "ja")
    title = None if page.url == units.home(language) else page.title  # the home page: the report itself
    page_url = _on_site(config, page.url)
    page.meta["references"] = references.head(language, title, page_url, original, _on_site(config, ""))
    page.meta["coins"] = references.coins(language, page_url)
    toc = list(page.toc)
    if toc and toc[0].level == 1:
        toc = toc[0].children
    if not toc:
        page.meta["hide"] = [*(page.meta.get("hide") or []), "toc"]
    return context


@event_priority(-100)  # last, after the other plugins have read and changed the page as Material wrote it
@_reported
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """9. Note the page's URL for the search index; Material's search pointed at our worker; no indentation;
    then what the page may load and what it tells other sites (edition/policy.py), for its scripts as written."""
    language, _, name = page.file.src_uri.partition("/")
    build_state.current("on_post_page").urls[(language, Path(name).with_suffix("").as_posix())] = page.url
    return policy.protect(strip_indentation(search.point_at_worker(output, language)), _hashed(config))


@event_priority(-200)  # after mkdocs-static-i18n has built the other languages, which copy the theme again
@_reported
def on_post_build(config: MkDocsConfig) -> None:
    """10. Once every language is built: the term definitions and the scripts' labels, our search index, the
    changes to Material's bundle and stylesheet (edition/material.py), and the edition's own CSS and JavaScript as
    served (edition/compact.py), with the rules that paint Material's icons (edition/icons.py); then the redirect
    pages, and every published address checked, or the list rewritten (edition/addresses.py)."""
    if not _first_pass(config):
        return
    state = build_state.current("on_post_build")
    site = Path(config.site_dir)
    for language in state.pages:
        tips = site / "assets" / f"term-tips.{language}.js"
        tips.write_text(tips_script(state.xref.entries, language), encoding="utf-8")
        labels = site / "assets" / f"labels.{language}.js"  # copied citations name the site_url
        labels.write_text(parallel.labels_script(language, _on_site(config, units.home(language))), "utf-8")
    search.write_index(site, search.documents(state.pages, state.urls, state.xref.entries))
    drop_alternate_sitemap_fetch(site)
    drop_unused_icons(site)
    for source in (Path(config.docs_dir) / "assets").glob("*.*"):
        if source.suffix in (".css", ".js"):
            text = source.read_text(encoding="utf-8") + (icons.stylesheet() if source.name == "edition.css" else "")
            (site / "assets" / source.name).write_text(compact_asset(text, source.suffix))
    if not is_offline(config):  # a copy to read from disk has no address to keep
        addresses.write_redirects(site, config.site_url)
        addresses.keep(site, rewrite=os.environ.get("ADDRESSES") == "rewrite")  # `make addresses` sets it
