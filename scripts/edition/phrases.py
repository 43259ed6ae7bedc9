"""Markdown extension that marks where a Japanese heading may break: between phrases, as BudouX finds them.

Japanese has no spaces, and a browser without `word-break: auto-phrase` (Firefox, Safari) breaks a title
anywhere, inside a word too (基本的な前提及び考|え方). Each boundary between two phrases of a heading gets a
`<wbr>`, which shows nothing and adds nothing to copied text or to what the edition check reads; where
auto-phrase is missing, docs/assets/edition.css keeps the headings' words whole (`word-break: keep-all`), so
that they break only there and at punctuation. A term or erratum marked in a heading is kept whole; its text
still counts for where the phrases around it end. The rows of the home page's contents, section titles too,
are marked like the headings; the side-by-side rows' headings, built as HTML (edition/parallel.py), by `html`.
"""

from __future__ import annotations

import functools
import itertools
import re
import xml.etree.ElementTree as etree
from html import escape

from budoux import Parser, load_default_japanese_parser
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

HEADINGS = ("h1", "h2", "h3")
CONTENTS_LINK = "contents-link"  # a row of the home page's contents (edition/tables.py): a section's title
# a phrase boundary is marked only between two Japanese characters (kana, kanji, full-width forms and
# punctuation): a space or a Latin letter next to it is a place to break, or not, as the browser already knows
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@functools.cache
def _parser() -> Parser:
    return load_default_japanese_parser()


@functools.cache  # a title is met on its page, the whole report's, the side-by-side pages, and by the check
def boundaries(text: str) -> frozenset[int]:
    """Where a phrase of `text` starts (an offset), between two Japanese characters."""
    found, at = set(), 0
    for phrase in _parser().parse(text)[:-1]:
        at += len(phrase)
        if JAPANESE.match(text[at - 1]) and JAPANESE.match(text[at]):
            found.add(at)
    return frozenset(found)


def html(text: str) -> str:
    """`text` as escaped HTML with a `<wbr>` between its phrases."""
    cuts = [0, *sorted(boundaries(text)), len(text)]
    return "<wbr>".join(escape(text[start:end]) for start, end in itertools.pairwise(cuts))


def _append(parent: etree.Element, node: str | etree.Element) -> None:
    """Add text or an element at the end of `parent`'s content."""
    if isinstance(node, etree.Element):
        parent.append(node)
    elif not node:
        return
    elif len(parent):
        parent[-1].tail = (parent[-1].tail or "") + node
    else:
        parent.text = (parent.text or "") + node


def _shown(node: str | etree.Element) -> str:
    """The text a reader sees of a part of a heading: none of the permalink's."""
    if isinstance(node, str):
        return node
    return "" if "headerlink" in node.get("class", "").split() else "".join(node.itertext())


def mark(heading: etree.Element) -> None:
    """Put a `<wbr>` at each phrase boundary of `heading`'s own text; an element in it (a term, an erratum, the
    permalink) is kept whole, with a `<wbr>` before or after it where a phrase starts there."""
    content: list[str | etree.Element] = [heading.text or ""]
    for child in list(heading):
        content += [child, child.tail or ""]
        child.tail = None
        heading.remove(child)
    heading.text = None
    cuts = set(boundaries("".join(_shown(node) for node in content)))  # each taken once: `discard`
    at = 0
    for node in content:
        length = len(_shown(node))
        if isinstance(node, etree.Element):
            if at in cuts:
                cuts.discard(at)
                _append(heading, etree.Element("wbr"))
            _append(heading, node)
        else:
            done = 0
            for cut in sorted(c for c in cuts if at <= c < at + length):
                cuts.discard(cut)
                cut -= at
                _append(heading, node[done:cut])
                _append(heading, etree.Element("wbr"))
                done = cut
            _append(heading, node[done:])
        at += length


class PhraseBreaks(Treeprocessor):
    """Mark the phrase boundaries of every heading and of the home page's contents (English ones have none:
    `boundaries`)."""

    def run(self, root: etree.Element) -> None:
        for title in [e for e in root.iter() if e.tag in HEADINGS or CONTENTS_LINK in e.get("class", "").split()]:
            mark(title)


class PhrasesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # after the permalinks (toc, 5), the errata (4) and term (3) marks, which it keeps whole, and before
        # MkDocs takes the page's title (1), which drops the tags
        md.treeprocessors.register(PhraseBreaks(md), "edition-phrases", 2)


def makeExtension(**kwargs: object) -> PhrasesExtension:
    return PhrasesExtension(**kwargs)
