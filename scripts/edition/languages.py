"""Text of the other language inside a page's own, found by its script so that it can carry its `lang` (WCAG 3.1.2):
a voice reads kanji with English rules, and a font picks Chinese letter forms, unless told.

Data stays plain text (the glossary's explanations, the errata's reasons, the documents' names): the runs are
found as a page or a script is written from it. On an English page a run is Japanese script (kanji, kana) with
the punctuation and digits between; on a Japanese page it is Latin letters that hold a word in lower case, so
that acronyms written in Japanese text (SCC, PDF) and the report's numerals (VIII) stay Japanese.
tests/test_languages.py checks every page in Chromium against the same rule.
"""

from __future__ import annotations

import re

OTHER = {"ja": "en", "en": "ja"}
_KANA = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # 々, kana, kanji
_MARKS = "\u3000-\u303f\uff01-\uff9f"  # Japanese punctuation, full-width forms
RUNS = {
    "en": re.compile(rf"[{_MARKS}0-9]*[{_KANA}](?:[{_KANA}{_MARKS}0-9]*[{_KANA}{_MARKS}])?"),
    "ja": re.compile(r"[A-Za-z](?:[A-Za-z0-9'\u2019.,&()/ -]*[A-Za-z0-9.)])?"),
}
ENGLISH_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")


def _is_other(run: str, language: str) -> bool:
    return language == "en" or any(len(word) > 1 for word in ENGLISH_WORD.findall(run))


def runs(text: str, language: str) -> list[str]:
    """`text` of a `language` page cut into parts: even ones in `language`, odd ones in the other language."""
    parts, at = [], 0
    for match in RUNS[language].finditer(text):
        if _is_other(match[0], language):
            parts += [text[at : match.start()], match[0]]
            at = match.end()
    return [*parts, text[at:]]


def mark(text: str, language: str) -> str:
    """`text` (Markdown) for a `language` page, each run of the other language in a `<span lang>`."""
    return "".join(span(part, OTHER[language]) if i % 2 else part for i, part in enumerate(runs(text, language)))


def span(text: str, language: str) -> str:
    """`text`, all of it in `language`, for a page of the other language: Markdown inline HTML."""
    return f'<span lang="{language}">{text}</span>'
