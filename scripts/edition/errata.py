"""Editorial corrections to the original: read from `data/errata.tsv`, applied to its units.

Each erratum names one unit and one string in it; it must occur there exactly once,
so that a correction can never apply silently to the wrong place, or to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from edition import ROOT
from edition.data import numbered_rows
from edition.report import Problem
from edition.units import Unit

ERRATA = ROOT / "data" / "errata.tsv"


@dataclass(frozen=True)
class Erratum:
    id: str
    unit: str
    original: str
    corrected: str
    reason_ja: str
    reason_en: str
    path: Path  # the file and line it is written at, for a problem with it to name
    line: int


def read_errata(path: Path = ERRATA) -> list[Erratum]:
    return [Erratum(**row, path=path, line=line) for line, row in numbered_rows(path)]


def apply_errata(units: list[Unit], errata: list[Erratum]) -> tuple[list[Unit], list[Problem]]:
    """The units as the site shows them, and a problem, at its row, for each erratum that does not apply once."""
    by_id = {unit.id: unit for unit in units}
    problems = []
    for erratum in errata:
        unit = by_id.get(erratum.unit)
        count = unit.text.count(erratum.original) if unit else 0
        if count != 1:
            where = f"occurs {count} times in unit {erratum.unit}" if unit else "names no unit of the report"
            message = f"{erratum.id}: {erratum.original!r} {where}; an erratum must apply exactly once"
            problems.append(Problem(erratum.path, erratum.line, "", message))
            continue
        by_id[erratum.unit] = replace(unit, text=unit.text.replace(erratum.original, erratum.corrected))
    return [by_id[unit.id] for unit in units], problems
