"""Compare what the pages say with what they must say, unit by unit.

The same comparison serves both editions: the Japanese pages against the
original (text equal character for character), and the English pages against
the Japanese pages (same units, ids, order and numbers; text English and not empty).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from edition import units
from edition.report import Problem
from edition.segments import in_step
from edition.sentences import SPLIT_KINDS, split
from edition.units import Unit

TextRule = Callable[[Unit, Unit], "Problem | None"]  # (as the original gives it, as a page gives it)
JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")
NAMES = {
    "section": "section heading",
    "subsection": "subsection heading",
    "paragraph": "paragraph",
    "item": "list item",
}


def same_as_original(expected: Unit, found: Unit) -> Problem | None:
    if found.text == expected.text:
        return None
    return Problem(
        found.path,
        found.line,
        found.id,
        f"text differs from the original (source line {expected.line}); if the original itself is wrong,"
        " record an erratum in data/errata.tsv",
        expected.text,
        found.text,
    )


def translated(expected: Unit, found: Unit) -> Problem | None:
    if not found.text:
        return Problem(found.path, found.line, found.id, f"the {NAMES[found.kind]} is empty")
    if JAPANESE_RE.search(found.text):
        return Problem(
            found.path,
            found.line,
            found.id,
            "the unit is left in Japanese (an English page must give the English reading)",
            found=found.text,
        )
    return None


def _number(number: str) -> str:
    return unicodedata.normalize("NFKC", number)


def _compare_unit(expected: Unit, found: Unit, page: Path, text_rule: TextRule) -> list[Problem]:
    where = (found.path, found.line, found.id)
    if found.kind != expected.kind:
        return [Problem(*where, f"expected a {NAMES[expected.kind]}, found a {NAMES.get(found.kind, found.kind)}")]
    problems = []
    if found.path != page:
        problems.append(Problem(*where, f"the unit belongs on {page.name}, found on {found.path.name}"))
    if expected.number and _number(found.number) != _number(expected.number):
        problems.append(Problem(*where, "heading number differs", expected.number, found.number))
    if expected.kind == "item" and found.list_after != units.list_after(expected.id):
        after = f"the list after {found.list_after}" if found.list_after else "a list that follows no paragraph"
        problems.append(
            Problem(*where, f"the item belongs to the list after {units.list_after(expected.id)}, found in {after}")
        )
    if problem := text_rule(expected, found):
        problems.append(problem)
    elif expected.kind in SPLIT_KINDS:
        problems += in_step(expected, found, split(expected.text))
    return problems


def compare(
    expected: Sequence[Unit],
    found: Sequence[Unit],
    page_of: Callable[[Unit], Path],
    text_rule: TextRule,
) -> list[Problem]:
    """Every way `found` differs from `expected`: anchors, order, lists, numbers and text."""
    expected_by_id = {unit.id: unit for unit in expected}
    first_by_id: dict[str, Unit] = {}
    problems: list[Problem] = []
    for unit in found:
        if unit.id and unit.id not in first_by_id:
            first_by_id[unit.id] = unit
            if unit.id in expected_by_id:
                exp = expected_by_id[unit.id]
                problems += _compare_unit(exp, unit, page_of(exp), text_rule)

    expected_ids = [unit.id for unit in expected]
    found_keys = [unit.id if first_by_id.get(unit.id) is unit else f"\0{i}" for i, unit in enumerate(found)]
    matcher = difflib.SequenceMatcher(None, expected_ids, found_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        missing = [expected[i] for i in range(i1, i2) if expected[i].id not in first_by_id]
        for j in range(j1, j2):
            unit = found[j]
            if unit.id in expected_by_id and first_by_id.get(unit.id) is unit:
                previous = expected_ids.index(unit.id)
                after = f"after {expected_ids[previous - 1]}" if previous else "first"
                problems.append(
                    Problem(unit.path, unit.line, unit.id, f"out of order: in the original it comes {after}")
                )
                continue
            problems.append(_misplaced(unit, first_by_id, missing.pop(0) if missing else None, page_of, text_rule))
        for unit in missing:
            anchor = found[j1 - 1] if j1 else (found[0] if found else None)
            path, line = (anchor.path, anchor.line) if anchor else (page_of(unit), 1)
            problems.append(
                Problem(path, line, unit.id, f"missing {NAMES[unit.kind]} (source line {unit.line})", unit.text, "")
            )
    return problems


def _misplaced(
    unit: Unit,
    first_by_id: dict[str, Unit],
    in_its_place: Unit | None,
    page_of: Callable[[Unit], Path],
    text_rule: TextRule,
) -> Problem:
    """A block whose anchor is missing, repeated or unknown, or that the original does not have."""
    kind = NAMES.get(unit.kind, f"<{unit.kind}> block")
    if unit.id in first_by_id and first_by_id[unit.id] is not unit:
        first = first_by_id[unit.id]
        what = f"anchor #{unit.id} is already used at {first.path.name}:{first.line}"
    elif unit.id:
        what = f"anchor #{unit.id} is not a unit of the report"
    else:
        what = f"the {kind} has no anchor"
    if in_its_place is None:
        return Problem(unit.path, unit.line, unit.id, f"{what}; the original has no {kind} here", found=unit.text)
    details = _compare_unit(in_its_place, unit, page_of(in_its_place), text_rule)
    found_text = "; ".join(p.message for p in details)
    message = f"{what}; expected #{in_its_place.id} here" + (f" (and: {found_text})" if found_text else "")
    return Problem(unit.path, unit.line, in_its_place.id, message)
