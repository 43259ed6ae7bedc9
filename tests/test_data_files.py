"""A slip in a data file is told in one line naming the file, the line and the column; a failed build tells why."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builds import copy_sources
from edition import ROOT, addresses, icons, policy, report, tables, units, xref
from edition.data import DataError, numbered_rows, read_tsv
from edition.errata import ERRATA, apply_errata, read_errata
from edition.glossary import GLOSSARY, TERMINOLOGY
from edition.original import read_units
from measure.budgets import BUDGETS
from measure.build import BuildFailed, build_site

DATA_FILES = sorted((ROOT / "data").glob("*.tsv"))
ERRATA_HEADER = ("id", "unit", "original", "corrected", "reason_ja", "reason_en")
E1 = ("e1", "ii-p2-5", "なつて", "なって", "促音の小書き。", "The small っ.")  # as data/errata.tsv has it
# Each file with a tab typed as a space on line 3, and what reading it says.
TAB_AS_SPACE = {
    "glossary.tsv": (
        [
            ("id", "ja", "reading", "en", "explanation_ja", "explanation_en"),
            ("guidelines", "日米防衛協力のための指針", "にちべい…", "Guidelines", "両政府の文書。", "The document."),
            ("us-forces", "米軍 べいぐん", "U.S. Armed Forces", "米国の軍隊。", "The armed forces of the U.S."),
        ],
        "data/glossary.tsv:3:13: row has 5 fields, the header names 6"
        " (id, ja, reading, en, explanation_ja, explanation_en): a tab typed as a space?",
    ),
    "document-mentions.tsv": (
        [
            ("document", "ja"),
            ("guidelines-1997", "1997年の日米防衛協力のための指針"),
            ("guidelines-1997 1997年の指針",),
        ],
        "data/document-mentions.tsv:3:16: row has 1 field, the header names 2 (document, ja): a tab typed as a space?",
    ),
    "errata.tsv": (
        [ERRATA_HEADER, E1, ("e2", "v-p1-3", "使用 利用", "理由。", "A reason.")],
        "data/errata.tsv:3:13: row has 5 fields, the header names 6"
        " (id, unit, original, corrected, reason_ja, reason_en): a tab typed as a space?",
    ),
}


def tsv(rows: list[tuple[str, ...]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """data/ in a stand-in for the repository, so that messages name its files as they name the real ones."""
    monkeypatch.setattr(report, "ROOT", tmp_path)
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.mark.parametrize("name", TAB_AS_SPACE)
def test_a_tab_typed_as_a_space_is_one_line_naming_file_line_and_column(data: Path, name: str) -> None:
    rows, message = TAB_AS_SPACE[name]
    (data / name).write_text(tsv(rows), encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_tsv(data / name)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "document-mentions.tsv",
            "document\tja\nguidelines-1997\t\t1997年の指針\n",
            "data/document-mentions.tsv:2:17: row has 3 fields, the header names 2 (document, ja): a tab too many?",
        ),
        (
            "document-mentions.tsv",
            "document\tja\nguidelines-1997\t\n",
            "data/document-mentions.tsv:2:17: the ja field is empty: every row needs one",
        ),
        ("glossary.tsv", "", "data/glossary.tsv:1:1: the first line must name every column, separated by tabs"),
    ],
    ids=["tab too many", "empty field", "no header"],
)
def test_other_slips_are_one_line_too(data: Path, name: str, text: str, message: str) -> None:
    (data / name).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_tsv(data / name)
    assert str(error.value) == message


READ_BY_THE_CODE = [  # every data file that the build and the gates name
    ERRATA,
    tables.NORMALISATIONS,
    GLOSSARY,
    TERMINOLOGY,
    units.LABELS,
    units.INTERFACE,
    policy.POLICY,
    addresses.REDIRECTS,
    xref.DOCUMENTS,
    xref.MENTIONS,
    xref.CHAPTERS,
    BUDGETS,
    icons.ICONS,
]


def test_every_data_file_the_code_reads_is_read_back_below() -> None:
    assert sorted(READ_BY_THE_CODE) == DATA_FILES


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_a_good_file_reads_as_before_each_row_at_its_line(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        assert read_tsv(path) == list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    lines = path.read_text(encoding="utf-8").split("\n")
    numbered = numbered_rows(path)
    assert len(numbered) == len([line for line in lines[1:] if line])  # every line but the header is a row
    assert numbered or path == addresses.REDIRECTS  # none empty, but the list of moved pages while none has moved
    for line, row in numbered:
        assert lines[line - 1].split("\t") == list(row.values())


def test_data_readme_describes_every_file_and_its_columns_in_order() -> None:
    """data/README.md describes each column once: a section per file, whose table names its columns in order."""
    sections = re.split(r"^## ", (ROOT / "data" / "README.md").read_text(encoding="utf-8"), flags=re.M)[1:]
    described = {
        name: re.findall(r"^\| `([^`]+)` \|", text, re.M) for name, _, text in (s.partition("\n") for s in sections)
    }
    files = {path.name: path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t") for path in DATA_FILES}
    assert described == files


def test_each_read_gives_fresh_rows_and_sees_an_edit(data: Path) -> None:
    path = data / "document-mentions.tsv"
    path.write_text("document\tja\nguidelines-1997\t1997年の指針\n", encoding="utf-8")
    read_tsv(path)[0]["ja"] = "changed by a caller"
    assert read_tsv(path) == [{"document": "guidelines-1997", "ja": "1997年の指針"}]
    with path.open("a", encoding="utf-8") as f:
        f.write("guidelines-1978\t1978年の指針\n")
    assert [row["document"] for row in read_tsv(path)] == ["guidelines-1997", "guidelines-1978"]


def test_an_erratum_that_does_not_apply_is_named_at_its_own_row(data: Path) -> None:
    path = data / "errata.tsv"
    path.write_text(
        tsv([ERRATA_HEADER, E1, ("e2", "ii-p1", "存在しない表記", "x", "理由。", "A reason.")]), encoding="utf-8"
    )
    units, problems = apply_errata(read_units(), read_errata(path))
    assert [str(problem) for problem in problems] == [
        "data/errata.tsv:3: e2: '存在しない表記' occurs 0 times in unit ii-p1; an erratum must apply exactly once"
    ]
    assert "なって" in next(unit.text for unit in units if unit.id == "ii-p2-5")


def test_the_check_prints_a_data_error_as_its_one_line(tmp_path: Path) -> None:
    """`scripts/docs.py check` of a copy whose errata have a tab typed as a space: the message, no traceback."""
    copy = copy_sources(tmp_path / "repo")
    rows, message = TAB_AS_SPACE["errata.tsv"]
    (copy / "data" / "errata.tsv").write_text(tsv(rows), encoding="utf-8")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(copy / "scripts")}
    done = subprocess.run(
        [sys.executable, "scripts/docs.py", "check"], cwd=copy, env=environment, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (1, message + "\n", "")


def test_a_failed_build_shows_the_checks_report(tmp_path: Path) -> None:
    """One Japanese character changed in a page: the failure names the page, the line and the unit."""
    copy = copy_sources(tmp_path / "repo")
    page = copy / "docs" / "ja" / "v.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("施設・区域の使用", "施設・区域の利用", 1), encoding="utf-8"
    )
    with pytest.raises(BuildFailed) as failure:
        build_site(tmp_path / "site", copy)
    assert "docs/ja/v.md:10: v-p1-3: text differs from the original" in str(failure.value)
    assert "edition check: 1 problem in 68 units; nothing was built." in str(failure.value)
