"""Every message CONTRIBUTING.md quotes is one the check or the build prints, and each slip below is quoted.

Each slip is made in a copy of this checkout and run through the command the guide names (`scripts/docs.py
check`, as `make check` runs it, or `mkdocs build --strict`); the guide quotes messages in ```text blocks, and
quotes nothing else in them. A change to a message, or to the guide, that breaks the agreement fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from builds import copy_sources
from edition import ROOT
from measure.build import BuildFailed, build_site

GUIDE = ROOT / "CONTRIBUTING.md"
QUOTED = re.compile(r"^( *)```text\n(.*?)^\1```$", re.S | re.M)  # a block, indented as in a list item


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _insert_row(path: Path, row: str) -> None:
    """`row` as line 2, right under the header: the line a message names stays the same as the file grows."""
    header, rest = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(f"{header}\n{row}\n{rest}", encoding="utf-8")


def _add_page(repo: Path) -> None:
    (repo / "docs" / "ja" / "notes.md").write_text("# 注記 { #notes }\n\n本文。\n", encoding="utf-8")


Slip = Callable[[Path], None]
SLIPS: dict[str, tuple[str, Slip]] = {  # name: (the command that tells it, the slip made in a copy)
    "nothing changed": ("check", lambda repo: None),
    "an English paragraph lost its id line": (
        "check",
        lambda repo: _replace(repo / "docs/en/v.md", "\n{: #v-p2 }\n", "\n"),
    ),
    "two English segments on one line": (
        "check",
        lambda repo: _replace(repo / "docs/en/v.md", "is involved.\nIn light of", "is involved. In light of"),
    ),
    "a Japanese character changed": (
        "check",
        lambda repo: _replace(repo / "docs/ja/v.md", "施設・区域の使用", "施設・区域の利用"),
    ),
    "an erratum whose original is not in its unit": (
        "check",
        lambda repo: _insert_row(
            repo / "data/errata.tsv", "e2\tv-p1-3\t施設・区域を使用\t施設・区域の使用\t理由。\tThe reason."
        ),
    ),
    "a tab typed as a space": (
        "check",
        lambda repo: _insert_row(
            repo / "data/glossary.tsv", "hadr\t人道支援 じんどうしえん\thumanitarian assistance\t説明。\tExplanation."
        ),
    ),
    "a page in one language only": ("check", _add_page),
    "a glossary term without its terminology row": (
        "build",
        lambda repo: _insert_row(
            repo / "data/glossary.tsv",
            "security-environment\t安全保障環境\tあんぜんほしょうかんきょう\tsecurity environment\t説明。\tExplanation.",
        ),
    ),
    "a mention that occurs nowhere": (
        "build",
        lambda repo: _insert_row(repo / "data/document-mentions.tsv", "guidelines-1978\t1978年の指針"),
    ),
}


def _told(command: str, slip: Slip, folder: Path) -> str:
    """What the command prints for a copy of this checkout with the slip made in it."""
    repo = copy_sources(folder / "repo")
    slip(repo)
    if command == "build":
        with pytest.raises(BuildFailed) as failure:
            build_site(folder / "site", repo)
        return str(failure.value)
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(repo / "scripts")}
    done = subprocess.run(
        [sys.executable, "scripts/docs.py", "check"], cwd=repo, env=environment, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {name: _told(command, slip, tmp_path_factory.mktemp("slip")) for name, (command, slip) in SLIPS.items()}


def quoted() -> list[str]:
    """The text of each ```text block of the guide, without the indentation of the list item it is in."""
    return [
        "".join(line.removeprefix(indent) for line in block.splitlines(keepends=True))
        for indent, block in QUOTED.findall(GUIDE.read_text(encoding="utf-8"))
    ]


def _contains(output: str, block: str) -> bool:
    """`block` is whole lines of `output`."""
    return f"\n{block}" in f"\n{output.rstrip()}\n"


@pytest.mark.parametrize("name", SLIPS)
def test_the_guide_quotes_what_the_build_prints_for(told: dict[str, str], name: str) -> None:
    assert any(_contains(told[name], block) for block in quoted()), (
        f"CONTRIBUTING.md no longer quotes what {SLIPS[name][0]} prints for {name}; it prints:\n{told[name]}"
    )


def test_the_guide_quotes_no_other_message(told: dict[str, str]) -> None:
    stale = [block for block in quoted() if not any(_contains(output, block) for output in told.values())]
    assert not stale, "CONTRIBUTING.md quotes messages that no slip of SLIPS makes:\n" + "\n".join(stale)
