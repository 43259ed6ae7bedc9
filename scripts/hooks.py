"""MkDocs hooks: the edition check before anything is rendered, and the original as a download.

MkDocs puts this file's folder on sys.path while loading it, but the `edition`
package is installed into the project's virtual environment (see pyproject.toml),
so the imports below do not depend on that.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from edition import build_state
from edition.blocks import fill
from edition.check import check
from edition.compact import compact_asset, strip_indentation
from edition.material import MaterialChanged, drop_alternate_sitemap_fetch, scripts_block_bundle
from edition.offline import is_offline
from edition.original import ORIGINAL, ROOT
from edition.report import format_report

log = logging.getLogger("mkdocs.edition")


def on_pre_build(config: MkDocsConfig) -> None:
    # mkdocs-static-i18n builds each further language by calling build() again
    # from its on_post_build; the pages were all checked before the first one.
    if config.plugins["i18n"].building:
        return
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    result = check(md)
    if result.problems:
        clean_directory(config.site_dir)  # leave nothing half-built that looks valid
        raise Abort(format_report(result.problems, result.units))
    log.info(format_report([], result.units))
    build_state.pages.clear()
    build_state.pages.update(result.pages)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish the original text, byte for byte, at /source/<its file name>."""
    path = ORIGINAL.relative_to(ROOT).as_posix()
    if files.get_file_from_path(path) is None:
        files.append(File.generated(config, path, abs_src_path=str(ORIGINAL)))
    return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """JSON written into pages (`tojson`: Material's configuration, our citation strings) keeps Japanese as
    it is rather than as `\\u` escapes, which triple its bytes; `<`, `>`, `&` and `'` are still escaped.
    `material_bundle` names Material's script for overrides/main.html, which starts it on first interaction."""
    env.policies["json.dumps_kwargs"] = {**env.policies["json.dumps_kwargs"], "ensure_ascii": False}
    try:
        env.globals["material_bundle"] = scripts_block_bundle(env.loader.get_source(env, "base.html")[0])
    except MaterialChanged as error:
        raise Abort(f"Material has changed: {error}") from error
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = page.file.src_uri.split("/")[0]
    return fill(markdown, language, build_state.pages)


@event_priority(-50)  # after mkdocs-static-i18n has pointed the alternates at this page's translations
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Make the hreflang alternates absolute, from site_url, as search engines require (not offline: files)."""
    if config.site_url and not is_offline(config):
        # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which is what templates read
        for alternate in getattr(config.extra, "alternate", None) or []:
            alternate["link"] = config.site_url.rstrip("/") + "/" + alternate["link"].lstrip("/")
    return context


@event_priority(-100)  # last, after the other hooks have read and changed the page as Material wrote it
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return strip_indentation(output)


@event_priority(-200)  # after mkdocs-static-i18n has built the other languages, which copy the theme again
def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:
        return
    assets = Path(config.site_dir) / "assets"
    for source in (Path(config.docs_dir) / "assets").glob("*.*"):
        if source.suffix in (".css", ".js"):
            (assets / source.name).write_text(compact_asset(source.read_text(encoding="utf-8"), source.suffix))
    try:
        drop_alternate_sitemap_fetch(Path(config.site_dir))
    except MaterialChanged as error:
        clean_directory(config.site_dir)
        raise Abort(f"Material has changed: {error}") from error
