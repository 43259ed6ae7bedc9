"""Sentences: where a paragraph or list item divides, and the Markdown extension that marks each one on the page.

The one rule (N5 of data/normalisations.tsv): a Japanese sentence ends after each 。; the English gives one
segment per Japanese sentence, each on a line of its own inside its paragraph or item. One function serves
both, since a Japanese unit is one line (a line break in it is text the original lacks, which the check refuses)
and an English segment holds no 。 (the check refuses Japanese in English units). A unit without a 。 at its end
still ends a sentence there: every paragraph and item has at least one, `v-p1-s1`.

On the page each sentence is a `<span>` carrying its id (`v-p1-s2`, edition/units.py): wrapping only, so the check
reads the text unchanged, and a soft line break between English segments still renders as a space.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from edition import units

BOUNDARY_RE = re.compile(r"\n|(?<=。)")  # N5: after each 。, and at a line end inside the unit (English segments)
SPLIT_KINDS = ("paragraph", "item")


def split(text: str) -> list[str]:
    """The sentences of a paragraph's or item's text, without the line breaks between English segments."""
    return [part.strip() for part in BOUNDARY_RE.split(text) if part.strip()]


Piece = str | etree.Element


def _pieces(element: etree.Element) -> list[Piece]:
    """The element's content in order, texts and inline children (term links, errata), taken out of it."""
    pieces: list[Piece] = [element.text or ""]
    for child in list(element):
        element.remove(child)
        pieces += [child, child.tail or ""]
        child.tail = None
    element.text = None
    return pieces


def _has_text(pieces: list[Piece]) -> bool:
    return any(not isinstance(p, str) or p.strip() for p in pieces)


def _sentences(pieces: list[Piece]) -> list[tuple[list[Piece], str]]:
    """The pieces grouped into sentences, each with what separates it from the next (a line break, or nothing).
    A boundary is only ever in text: a term or an erratum never holds a 。 or a line break."""
    sentences: list[list[Piece]] = [[]]
    separators = [""]
    for piece in pieces:
        if not isinstance(piece, str):
            sentences[-1].append(piece)
            continue
        start = 0
        for match in BOUNDARY_RE.finditer(piece):
            sentences[-1].append(piece[start : match.start()])
            start = match.end()
            if not _has_text(sentences[-1]):  # nothing since the last boundary: the same boundary, no sentence
                separators[-2 if len(separators) > 1 else -1] += match.group()
                continue
            separators[-1] += match.group()  # the line break goes between the sentences, outside both
            sentences.append([])
            separators.append("")
        text = piece[start:]
        if not _has_text(sentences[-1]) and len(separators) > 1:  # a line's indent goes with the break before it
            separators[-2] += text[: len(text) - len(text.lstrip())]
            text = text.lstrip()
        sentences[-1].append(text)
    return [(s, separator) for s, separator in zip(sentences, separators, strict=True) if _has_text(s)]


def _fill(span: etree.Element, pieces: list[Piece]) -> None:
    for piece in pieces:
        if not isinstance(piece, str):
            span.append(piece)
        elif len(span):
            span[-1].tail = (span[-1].tail or "") + piece
        else:
            span.text = (span.text or "") + piece


class SentenceMarks(Treeprocessor):
    """Wrap each sentence of every paragraph and list item with a unit id in a `<span id="…-sN">`."""

    def run(self, root: etree.Element) -> None:
        for element in [e for e in root.iter() if e.tag in ("p", "li") and units.is_unit(e.get("id", ""))]:
            unit_id = element.get("id", "")
            if units.kind_of(unit_id) not in SPLIT_KINDS:
                continue
            for number, (pieces, separator) in enumerate(_sentences(_pieces(element)), start=1):
                span = etree.SubElement(element, "span", {"id": units.sentence_id(unit_id, number)})
                _fill(span, pieces)
                span.tail = separator


class SentencesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # after attribute lists (8), which give the ids, and the errata (4) and term (3) marks, which need the
        # unit's own text
        md.treeprocessors.register(SentenceMarks(md), "edition-sentences", 2)


def makeExtension(**kwargs: object) -> SentencesExtension:
    return SentencesExtension(**kwargs)
