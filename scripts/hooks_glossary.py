"""MkDocs hooks for the glossary and cross-references (scripts/edition/xref.py, terms.py).

Before anything is rendered, the glossary and every cross-reference are verified
against the units the edition check reads; then the glossary and cross-reference
pages are filled, and each section page gets its "related" block and the hidden
definitions its marked terms point to for screen readers.
"""

from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from edition import build_state
from edition.terms import tip, tip_id
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
    sections = {u.id for u in contexts[0].pages.get(language, []) if u.kind == "section"}
    return language, stem if stem in sections else ""


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    language, section = _section(page)
    if section:
        markdown = markdown.rstrip("\n") + "\n\n" + "\n".join(related(section, language, contexts[0])) + "\n"
    return fill(markdown, language, contexts[0])


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The definitions of the terms marked on a page, hidden, for `aria-describedby`."""
    language = page.file.src_uri.partition("/")[0]
    used = [e for e in contexts[0].entries if f'aria-describedby="{tip_id(e)}"' in content]
    if not used:
        return content
    spans = "".join(f'<span id="{tip_id(e)}">{html.escape(tip(e, language))}</span>' for e in used)
    return f'{content}<div class="term-tips" hidden>{spans}</div>'
