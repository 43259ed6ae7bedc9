"""MkDocs hooks of the edition's search: our worker behind Material's search box, and our index.

See scripts/edition/search.py for what is replaced and why.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from edition import build_state
from edition.search import MaterialSearchChanged, documents, point_at_worker, write_index

page_urls: dict[tuple[str, str], str] = {}  # (language, page path without .md) -> URL, from every language's build


def _point(output: str, language: str) -> str:
    try:
        return point_at_worker(output, language)
    except MaterialSearchChanged as error:
        raise Abort(f"Material has changed: {error}") from error


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Material's search plugin need not index the page (its `search.exclude`): the index it would write is
    emptied after the build, and ours is built from the units the check read. About 5 % of the build's time."""
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return markdown


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    language, _, name = page.file.src_uri.partition("/")
    page_urls[(language, Path(name).with_suffix("").as_posix())] = page.url
    return _point(output, language)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html":  # the one page of ours Material renders as a template
        return _point(output, config.theme["language"])
    return output


@event_priority(-150)  # after mkdocs-static-i18n (-100) has written the index of both languages
def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:
        return
    try:
        write_index(Path(config.site_dir), documents(build_state.pages, page_urls))
    except MaterialSearchChanged as error:
        clean_directory(config.site_dir)
        raise Abort(f"Material has changed: {error}") from error
