"""Problems found by the check, and how they are told to the person who made them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from edition import ROOT

CONTEXT = 12  # characters shown either side of a change


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    unit: str  # the unit's id, or "" when the problem is not about one unit
    message: str
    expected: str = ""
    found: str = ""

    def __str__(self) -> str:
        where = f"{relative(self.path)}:{self.line}"
        head = f"{where}: {self.unit}: {self.message}" if self.unit else f"{where}: {self.message}"
        if not (self.expected or self.found):
            return head
        return "\n".join([head, *describe_difference(self.expected, self.found)])


def relative(path: Path) -> str:
    """`path` as a problem names it: from the repository's root, where a maintainer runs the tools."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def describe_difference(expected: str, found: str) -> list[str]:
    """Each changed span with its context, character by character."""
    if not expected or not found:
        return [f"    expected: {expected!r}", f"    found:    {found!r}"]
    lines = []
    matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = expected[max(0, i1 - CONTEXT) : i1]
        lines += [
            f"    at character {i1 + 1}: {tag} {expected[i1:i2]!r} -> {found[j1:j2]!r}",
            f"      expected: …{before}[{expected[i1:i2]}]{expected[i2 : i2 + CONTEXT]}…",
            f"      found:    …{before}[{found[j1:j2]}]{found[j2 : j2 + CONTEXT]}…",
        ]
    return lines


def format_report(problems: list[Problem], units_checked: int) -> str:
    if not problems:
        return f"edition check: {units_checked} units match the original."
    noun = "problem" if len(problems) == 1 else "problems"
    return "\n".join(
        [
            *(str(p) for p in problems),
            f"edition check: {len(problems)} {noun} in {units_checked} units; nothing was built.",
        ]
    )
