"""MkDocs hooks for the glossary and cross-references (scripts/edition/xref.py, terms.py).

Before anything is rendered, the glossary and every cross-reference are verified
against the units the edition check reads; then the glossary and cross-reference
pages are filled, each section page gets its "related" block, and the definitions
the marked terms show are written once per language (scripts/edition/terms.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from edition import build_state
from edition.parallel import sections
from edition.terms import tips_script
from edition.xref import Context, context, fill, related, verify

contexts: list[Context] = []  # the one built by the last on_pre_build


def on_pre_build(config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:  # the other languages are built again from on_post_build: all verified
        return
    ctx = context(build_state.pages)  # checked by scripts/hooks.py, which runs first
    problems = verify(ctx)
    if problems:
        clean_directory(config.site_dir)
        raise Abort("Glossary and cross-references do not match the text:\n" + "\n".join(problems))
    contexts[:] = [ctx]


def _section(page: Page) -> tuple[str, str]:
    """The page's language and, for a section page, its section id ("" otherwise)."""
    language, _, name = page.file.src_uri.partition("/")
    stem = name.removesuffix(".md")
    return language, stem if stem in sections(contexts[0].pages) else ""


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    language, section = _section(page)
    if section:
        markdown = markdown.rstrip("\n") + "\n\n" + "\n".join(related(section, language, contexts[0])) + "\n"
    return fill(markdown, language, contexts[0])


def on_post_build(config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:
        return
    for language in build_state.pages:
        script = Path(config.site_dir) / "assets" / f"term-tips.{language}.js"
        script.write_text(tips_script(contexts[0].entries, language), encoding="utf-8")
