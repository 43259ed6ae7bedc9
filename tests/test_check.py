"""The edition check accepts the real pages and refuses every kind of drift, saying where and what."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import pytest

from edition.check import check
from edition.original import ORIGINAL
from edition.report import format_report


def edit(page: Path, old: str, new: str, count: int = 1) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {page}"
    page.write_text(text.replace(old, new, count), encoding="utf-8")


def report(md: markdown.Markdown, docs: Path, original: Path = ORIGINAL) -> str:
    result = check(md, docs=docs, original=original)
    assert result.problems, "the check accepted a broken copy"
    return format_report(result.problems, result.units)


def test_the_real_pages_match_the_original(md: markdown.Markdown) -> None:
    result = check(md)
    assert result.problems == []
    assert result.units == 68
    kinds = [u.kind for u in result.pages["ja"]]
    assert (kinds.count("section"), kinds.count("subsection"), kinds.count("paragraph"), kinds.count("item")) == (
        9,
        2,
        21,
        36,
    )


def test_each_unit_is_named_at_the_line_that_holds_its_text(md: markdown.Markdown) -> None:
    """Where a maintainer edits it: a paragraph's or list item's `{: #id }` is on the line after its text."""
    for unit in (unit for units in check(md).pages.values() for unit in units):
        line = unit.path.read_text(encoding="utf-8").splitlines()[unit.line - 1]
        assert unit.text[:20] in line, (unit.id, unit.line)


JAPANESE_MUTATIONS = {
    "one character changed": (
        "ja/v.md",
        "施設・区域の使用",
        "施設・区域の利用",
        "docs/ja/v.md:10: v-p1-3: text differs",
    ),
    "list item dropped": ("ja/viii.md", "- 情報保全\n  {: #viii-p1-2 }\n", "", "viii-p1-2: missing list item"),
    "two paragraphs merged": ("ja/ii.md", "\n{: #ii-p1 }\n\n", "", "ii-p1: missing paragraph"),
    "paragraph added": (
        "ja/iv.md",
        "{: #iv-p2 }\n",
        "{: #iv-p2 }\n\n付け加えた段落。\n",
        "docs/ja/iv.md:9: the paragraph has no anchor; the original has no paragraph here",
    ),
    "heading text changed": (
        "ja/iii.md",
        "基本的な前提及び考え方",
        "基本的な前提",
        "docs/ja/iii.md:1: iii: text differs",
    ),
    "heading number changed": ("ja/iii.md", "# III.", "# IV.", "docs/ja/iii.md:1: iii: heading number differs"),
    "anchor removed": ("ja/vii.md", "\n{: #vii-p2 }", "", "vii-p2: the paragraph has no anchor; expected #vii-p2 here"),
    "anchor duplicated": (
        "ja/vii.md",
        "{: #vii-p2 }",
        "{: #vii-p1 }",
        "docs/ja/vii.md:6: vii-p2: anchor #vii-p1 is already used at vii.md:3",
    ),
    "anchor renamed": (
        "ja/ix.md",
        "{: #ix-p1 }",
        "{: #ix-para1 }",
        "ix-p1: anchor #ix-para1 is not a unit of the report",
    ),
}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("ja/iii.md", "docs/ja/iii.md:6: iii-p1-2: out of order: in the original it comes after iii-p1-1"),
        ("en/viii.md", "docs/en/viii.md:7: viii-p1-2: out of order"),
    ],
)
def test_two_swapped_list_items_are_refused(md: markdown.Markdown, docs_copy: Path, page: str, expected: str) -> None:
    path = docs_copy / page
    lines = path.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("- "))
    lines[first : first + 4] = lines[first + 2 : first + 4] + lines[first : first + 2]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert expected in report(md, docs_copy)


def test_a_character_diff_shows_what_changed(md: markdown.Markdown, docs_copy: Path) -> None:
    edit(docs_copy / "ja/v.md", "施設・区域の使用", "施設・区域の利用")
    text = report(md, docs_copy)
    assert "replace '使' -> '利'" in text
    assert "expected: …施設・区域の[使]用…" in text
    assert "found:    …施設・区域の[利]用…" in text
    assert text.endswith("edition check: 1 problem in 68 units; nothing was built.")


@pytest.mark.parametrize(("language", "other"), [("ja", "en"), ("en", "ja")])
def test_a_page_in_one_language_only_is_refused(
    md: markdown.Markdown, docs_copy: Path, language: str, other: str
) -> None:
    """mkdocs-static-i18n would show the other language's page in its place, and say nothing."""
    (docs_copy / language / "notes.md").write_text("# Notes { #notes }\n", encoding="utf-8")
    expected = f"{docs_copy}/{language}/notes.md:1: no {other} page beside it: add {docs_copy}/{other}/notes.md"
    assert expected in report(md, docs_copy)


def test_an_altered_original_is_refused(md: markdown.Markdown, tmp_path: Path) -> None:
    altered = tmp_path / ORIGINAL.name
    shutil.copy(ORIGINAL, altered)
    edit(altered, "序文", "序論")
    assert "sha256 is" in report(md, Path("docs").resolve(), original=altered)


def test_an_erratum_must_apply_exactly_once(
    md: markdown.Markdown, docs_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from edition import check as check_module
    from edition.errata import ERRATA, Erratum

    stray = Erratum("e9", "ii-p1", "存在しない表記", "x", "", "", ERRATA, 2)
    monkeypatch.setattr(check_module, "read_errata", lambda: [stray])
    assert "data/errata.tsv:2: e9: '存在しない表記' occurs 0 times in unit ii-p1" in report(md, docs_copy)


ENGLISH_MUTATIONS = {
    "paragraph dropped": ("en/vi.md", "\n{: #vi-p1 }", "", "vi-p1: the paragraph has no anchor"),
    "paragraph added": (
        "en/iv.md",
        "{: #iv-p2 }\n",
        "{: #iv-p2 }\n\nAn added paragraph.\n",
        "docs/en/iv.md:10: the paragraph has no anchor; the original has no paragraph here",
    ),
    "id changed": ("en/ix.md", "{: #ix-p1 }", "{: #ix-p2 }", "ix-p1: anchor #ix-p2 is not a unit of the report"),
    "unit left empty": ("en/viii.md", "# VIII. Bilateral Enterprise", "# VIII.", "viii: the section heading is empty"),
    "unit left in Japanese": (
        "en/viii.md",
        "- information security\n",
        "- 情報保全\n",
        "viii-p1-2: the unit is left in Japanese",
    ),
}


MUTATIONS = {
    **{f"Japanese: {name}": mutation for name, mutation in JAPANESE_MUTATIONS.items()},
    **{f"English: {name}": mutation for name, mutation in ENGLISH_MUTATIONS.items()},
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_mutated_page_is_refused(md: markdown.Markdown, docs_copy: Path, name: str) -> None:
    page, old, new, expected = MUTATIONS[name]
    edit(docs_copy / page, old, new)
    assert expected in report(md, docs_copy)


def test_an_english_paragraph_dropped_whole_is_refused(md: markdown.Markdown, docs_copy: Path) -> None:
    page = docs_copy / "en/ii.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("{: #ii-p1 }") + len("{: #ii-p1 }\n")
    end = text.index("{: #ii-p2 }") + len("{: #ii-p2 }\n")
    page.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "ii-p2: missing paragraph" in report(md, docs_copy)
