"""Markdown extension that marks each glossary term where it occurs in a section page.

Japanese has no spaces between words, so terms are found as substrings, the
longest first; English terms need word boundaries and ignore case. A term's
first occurrence in each section is wrapped, never rewritten: it becomes a link
to its glossary entry (so the text the edition check reads is exactly the
original's). Later ones stay plain text, so that a page is not underlined
throughout; the whole report on one page marks each section as its own page
does. The glossary's lists of occurrences count the text, not the marks
(edition/glossary.py). A reader can turn the marks off (docs/assets/edition.js).

The other language's term and a short definition of every entry are written once
per language into a script, `assets/term-tips.<language>.js`, which the browser
caches for every page (the pages stay small: the budgets of data/budgets.tsv).
docs/assets/edition.js gives each marked term its definition as a hidden element
outside the text that its `aria-describedby` names, so screen readers read it as
the link's description, and shows it as a tooltip on hover and focus. A definition
comes in parts, every other one in the other language (the term, and any run in
the explanation: edition/languages.py), so that each is read in its own language.
"""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from edition.glossary import Entry, read_entries
from edition.languages import OTHER, runs
from edition.units import is_unit, kind_of


def tip(entry: Entry, language: str) -> list[str]:
    """What a reader of `language` sees on a term: the other language's term and a definition, in parts that
    alternate between `language` and the other language (`languages.runs`)."""
    if language == "ja":
        return ["", entry.en, *runs(f"\uff1a{entry.explanation_ja}", language)]  # a full-width colon
    return ["", f"{entry.ja}（{entry.reading}）", *runs(f": {entry.explanation_en}", language)]


def tips_script(entries: list[Entry], language: str) -> str:
    """`assets/term-tips.<language>.js`: the other language's code, and every entry's tip by entry id, for
    docs/assets/edition.js."""
    tips = {"lang": OTHER[language], "tips": {entry.id: tip(entry, language) for entry in entries}}
    return f"window.termTips = {json.dumps(tips, ensure_ascii=False, separators=(',', ':'))};\n"


@functools.cache  # one per version of the glossary, not one per page
def _matcher(entries: tuple[Entry, ...]) -> tuple[dict[str, Entry], re.Pattern[str]]:
    """Each term's entry (Japanese as written, English in lower case), and a pattern that finds every term."""
    by_text: dict[str, Entry] = {}
    for entry in entries:  # a term given twice (one English rendering of two Japanese terms) keeps its first entry
        by_text.setdefault(entry.ja, entry)
        by_text.setdefault(entry.en.lower(), entry)
    japanese = sorted((e.ja for e in entries), key=len, reverse=True)
    english = sorted({e.en for e in entries}, key=len, reverse=True)
    pattern = re.compile(
        "|".join(
            [
                *(re.escape(t) for t in japanese),
                r"(?<!\w)(?:" + "|".join(re.escape(t) for t in english) + r")(?!\w)",
            ]
        ),
        re.IGNORECASE,
    )
    return by_text, pattern


class TermMarks(Treeprocessor):
    """Wrap every glossary term in the units of a section page in a link to its entry, so that a reader of
    either language can look up what a term of the report means.

    The glossary is read as a page is converted, not as MkDocs loads the extension: MkDocs would wrap a slip in
    data/glossary.tsv in a traceback of its own, where the hooks stop the build with the error's one line.
    """

    def __init__(self, md: Markdown, glossary: Path) -> None:
        super().__init__(md)
        self.glossary = glossary

    def _links(self, text: str | None) -> tuple[str | None, list[etree.Element]]:
        """`text` split into what precedes the first term not yet marked in this section, and a link per such
        term with what follows it as tail."""
        if not text:
            return text, []
        links: list[tuple[etree.Element, int, int]] = []  # a link, and where its term starts and ends in `text`
        for m in self.pattern.finditer(text):
            entry = self.by_text.get(m[0]) or self.by_text[m[0].lower()]
            if entry.id in self.marked:
                continue
            self.marked.add(entry.id)
            link = etree.Element("a", {"class": "term", "href": f"glossary.md#{entry.anchor}"})
            link.text = m[0]
            links.append((link, m.start(), m.end()))
        if not links:
            return text, []
        for n, (link, _, end) in enumerate(links):
            link.tail = text[end : links[n + 1][1] if n + 1 < len(links) else len(text)]
        return text[: links[0][1]], [link for link, _, _ in links]

    def _mark(self, element: etree.Element) -> None:
        """Mark `element`'s text in reading order: its own text, then each child and that child's tail."""
        element.text, links = self._links(element.text)
        for offset, link in enumerate(links):
            element.insert(offset, link)
        index = len(links)
        while index < len(element):
            child = element[index]
            if child.tag != "a":  # never a link inside a link (permalinks, errata)
                self._mark(child)
            child.tail, links = self._links(child.tail)
            for offset, link in enumerate(links, start=1):
                element.insert(index + offset, link)
            index += len(links) + 1

    def run(self, root: etree.Element) -> None:
        self.by_text, self.pattern = _matcher(tuple(read_entries(self.glossary)))
        self.marked: set[str] = set()  # the entries marked in the current section
        for element in list(root.iter()):
            unit = element.get("id", "")
            if element.tag in ("h1", "h2", "p", "li") and is_unit(unit):
                if kind_of(unit) == "section":
                    self.marked = set()
                self._mark(element)


class TermsExtension(Extension):
    def __init__(self, **kwargs: object) -> None:
        self.config = {"glossary": ["", "the glossary file, data/glossary.tsv (required)"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        path = self.getConfig("glossary")
        if not path:
            raise ValueError("edition.terms needs `glossary`: the path of the glossary file")
        # after attr_list (8) has set the ids and the errata marks (4), before MkDocs resolves links (0)
        md.treeprocessors.register(TermMarks(md, Path(path)), "edition-terms", 3)


def makeExtension(**kwargs: object) -> TermsExtension:
    return TermsExtension(**kwargs)
