"""The English segments in step with the Japanese sentences: one segment per sentence, in the same order.

A paragraph or item of an English page gives one segment a line (edition/sentences.py). Counting them against
the Japanese sentences finds a segment missing, extra or two sentences merged into one line; which line and
which sentence it is, and an order changed while the count holds, can only be told by what a sentence and its
segment must share: the glossary's terms (the Japanese term in the sentence, its English in the segment) and
numbers (`1997年`, `1997`). So the check names the line and sentence exactly where they tell, and otherwise
the first place the count no longer holds; an order changed between two segments that share no term or number
with their sentences passes unseen.
"""

from __future__ import annotations

import re
import unicodedata

from edition.glossary import read_entries
from edition.report import Problem
from edition.units import Unit, sentence_id

NUMBER_RE = re.compile(r"\d+")
HOW = "one line per Japanese sentence, in its order"


def _numbers(text: str) -> set[str]:
    return set(NUMBER_RE.findall(unicodedata.normalize("NFKC", text)))


def _marks(sentence: str, english: bool) -> set[str]:
    """What a sentence and its segment share: the ids of the glossary terms in it, and its numbers."""
    if english:
        text = sentence.lower()
        terms = {e.id for e in read_entries() if e.en.lower() in text}
    else:
        terms = {e.id for e in read_entries() if e.ja in sentence}
    return terms | {f"#{n}" for n in _numbers(sentence)}


def _shares(segment: set[str], sentence: set[str], neighbour: set[str]) -> set[str]:
    """What the segment shares with `sentence` and not with its neighbour."""
    return (segment & sentence) - neighbour


def _names(marks: set[str]) -> str:
    return ", ".join(sorted(m.lstrip("#") for m in marks))


def in_step(expected: Unit, found: Unit, japanese: list[str]) -> list[Problem]:
    """Every way the segments of `found` (an English paragraph or item) are out of step with the Japanese
    `japanese` sentences of `expected`: one problem, at the segment's line, naming the sentence."""
    segments = list(found.sentences)
    n, m = len(japanese), len(segments)
    ja = [_marks(s, english=False) for s in japanese]
    en = [_marks(s, english=True) for s in segments]

    def line(k: int) -> int:  # segment k (from 0) is on its own line, the first on the unit's
        return found.line + min(k, m - 1)

    def problem(k: int, sentence: int, message: str) -> list[Problem]:
        return [Problem(found.path, line(k), sentence_id(expected.id, sentence + 1), message)]

    count = (
        f"{expected.id} has {n} Japanese sentence{'s' if n > 1 else ''} and {m} English segment{'s' if m > 1 else ''}"
    )
    if m < n:
        for k in range(m):
            later = _shares(en[k], ja[k + 1], ja[k])
            if later and en[k] & ja[k]:
                return problem(
                    k,
                    k + 1,
                    f"merged: {count}; this line reads as the sentence before and this one (which has "
                    f"{_names(later)}): {HOW}",
                )
            if later:
                message = f"missing segment: {count}; this sentence has no line (line {line(k)} reads as the next:"
                return problem(k, k, f"{message} {_names(later)}): {HOW}")
        return problem(m, m, f"missing segment: {count}; this sentence has no line: {HOW}")
    if m > n:
        for k in range(1, m):
            if k < n and en[k] and not en[k] & ja[k] and _shares(en[k], ja[k - 1], ja[k]):
                return problem(
                    k,
                    k - 1,
                    f"extra segment: {count}; this line continues this sentence: join it to the line before ({HOW})",
                )
        return problem(n, n - 1, f"extra segment: {count}; this line has no sentence of its own: {HOW}")
    for k in range(n):
        for j in range(k + 1, n):
            if _shares(en[k], ja[j], ja[k]) and _shares(en[j], ja[k], ja[j]):
                return problem(
                    k,
                    k,
                    f"reordered: this line reads as {sentence_id(expected.id, j + 1)} ({_names(en[k] & ja[j])}), "
                    f"the line of that one as this ({_names(en[j] & ja[k])}): {HOW}",
                )
    return []
