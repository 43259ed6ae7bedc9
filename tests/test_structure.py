"""The structure every feature stands on: one unit model, one registry of generated blocks, one build state."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from builds import copy_sources
from edition import ROOT, blocks, build_state, units, xref
from edition.build_state import BuildState, StateMissing
from edition.check import check
from html_units import SECTIONS, UNITS
from measure.build import BuildFailed, build_site

PLACES = [  # id, kind, section, Japanese label, English label, section page URL, side-by-side URL
    ("v", "section", "v", "V", "sec. V", "v/#v", "parallel/v/#v"),
    ("i-1", "subsection", "i", "I（1）", "sec. I(1)", "i/#i-1", "parallel/i/#i-1"),
    ("v-p3", "paragraph", "v", "V 第3段落", "sec. V, para. 3", "v/#v-p3", "parallel/v/#v-p3"),
    ("v-p1-4", "item", "v", "V 第1段落 第4項", "sec. V, para. 1, item 4", "v/#v-p1-4", "parallel/v/#v-p1-4"),
    ("viii-p2", "paragraph", "viii", "VIII 第2段落", "sec. VIII, para. 2", "viii/#viii-p2", "parallel/viii/#viii-p2"),
]


@pytest.mark.parametrize(("unit_id", "kind", "section", "ja", "en", "url", "side_by_side"), PLACES)
def test_a_unit_id_gives_its_kind_section_place_and_addresses(
    unit_id: str, kind: str, section: str, ja: str, en: str, url: str, side_by_side: str
) -> None:
    assert (units.kind_of(unit_id), units.section_of(unit_id)) == (kind, section)
    assert (units.label(unit_id, "ja"), units.label(unit_id, "en")) == (ja, en)
    assert (units.url(unit_id), units.url(unit_id, "parallel")) == (url, side_by_side)
    assert units.url(unit_id, "parallel_all") == f"parallel/#{unit_id}"
    assert units.url(unit_id, "full") == f"full/#{unit_id}"
    assert units.link(unit_id) == f"{section}.md#{unit_id}"


def test_the_url_pattern_the_browser_fills_gives_every_units_url_on_every_kind_of_page() -> None:
    """docs/assets/citations.js makes a unit's link from `url_pattern`; it must be the unit's URL of the model."""
    for kind in units.PAGES:
        pattern = units.url_pattern(kind)
        assert [pattern.format(section=u.section, id=u.id) for u in UNITS] == [units.url(u.id, kind) for u in UNITS]


def test_every_unit_of_the_original_is_in_the_grammar_and_nothing_else_is() -> None:
    assert len(UNITS) == 68
    assert list(units.SECTIONS) == SECTIONS  # the tests run once per section: all nine, in order
    assert all(units.is_unit(unit.id) and units.kind_of(unit.id) == unit.kind for unit in UNITS)
    for not_an_id in (
        "",
        "x",
        "vv",
        "x-p1",
        "v-p",
        "v-1-2",
        "v-p1-",
        "V-p1",
        "v-s1",
        "v-1-s1",
        "v-p1-s",
        "v-p1-s1-2",
        "home",
        "v-p1-4-2",
    ):
        assert not units.is_unit(not_an_id), not_an_id
    with pytest.raises(ValueError, match="not a unit id: 'x-p1'"):
        units.kind_of("x-p1")


def test_the_title_on_the_home_page_has_its_address_too() -> None:
    assert (units.page(units.HOME), units.url(units.HOME), units.link(units.HOME)) == (
        "index.md",
        "#home",
        "index.md#home",
    )


@pytest.fixture(scope="module")
def state(md: markdown.Markdown) -> BuildState:
    result = check(md)
    assert result.problems == []
    return BuildState(result.pages, xref.context(result.pages))


def _fill(text: str, state: BuildState, language: str = "ja") -> str:
    return blocks.fill(text, Path("docs/ja/page.md"), 6, language, state)


def test_every_block_renders_under_one_syntax(state: BuildState) -> None:
    rendered = {
        name: _fill(f"<!-- edition:{name}{' v' if block.arguments else ''} -->", state)
        for name, block in blocks.BLOCKS.items()
    }
    assert len(rendered) == 10
    assert all(len(text.splitlines()) >= 3 for text in rendered.values()), rendered
    assert rendered["contents"].splitlines()[0] == f"- [I. {UNITS[0].text}](i.md){{: .contents-link }}"
    assert _fill("text\n<!-- edition:parallel all -->\nmore", state).count('class="parallel-row parallel-row--') == 68


def test_a_spacing_slip_renders_the_same_block(state: BuildState) -> None:
    assert _fill("<!--   edition : entries   -->", state) == _fill("<!-- edition:entries -->", state)
    assert _fill("<!--edition:parallel  ix-->", state) == _fill("<!-- edition:parallel ix -->", state)


SLIPS = [
    (
        "<!-- edition:entires -->",
        "docs/ja/page.md:7: unknown block 'entires' in <!-- edition:entires -->; known blocks: contents, normalisations, errata, references, entries, activities, documents, guidelines, parallel, full",
    ),
    (
        "<!-- glossary:entries -->",
        "docs/ja/page.md:7: <!-- glossary:entries --> is not a block placeholder; write <!-- edition:NAME -->, NAME one of contents, ",
    ),
    ("<!-- editon:contents -->", "docs/ja/page.md:7: <!-- editon:contents --> is not a block placeholder"),
    ("<!-- edition:contents", "docs/ja/page.md:7: <!-- edition:contents is not a block placeholder"),
    (
        "<!-- edition:parallel -->",
        "docs/ja/page.md:7: block 'parallel' takes one of all, i, ii, iii, iv, v, vi, vii, viii, ix as its argument, found 'none'",
    ),
    ("<!-- edition:parallel x -->", "docs/ja/page.md:7: block 'parallel' takes one of all, i, "),
    ("<!-- edition:errata v -->", "docs/ja/page.md:7: block 'errata' takes none as its argument, found 'v'"),
]


@pytest.mark.parametrize(("line", "message"), SLIPS)
def test_a_placeholder_slip_stops_naming_file_line_found_and_known(state: BuildState, line: str, message: str) -> None:
    with pytest.raises(blocks.BlockError) as error:
        _fill(f"# Page\n{line}\n", state)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_a_comment_that_is_not_a_placeholder_is_left_alone(state: BuildState) -> None:
    assert _fill("<!-- a note to translators -->\ntext", state) == "<!-- a note to translators -->\ntext"


def test_the_build_stops_on_a_placeholder_slip_with_the_pages_own_line(tmp_path: Path) -> None:
    copy = copy_sources(tmp_path / "repo")
    page = copy / "docs" / "en" / "xref.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    number = lines.index("<!-- edition:documents -->") + 1
    page.write_text(page.read_text(encoding="utf-8").replace("edition:documents", "edition:document"), encoding="utf-8")
    with pytest.raises(BuildFailed) as error:
        build_site(tmp_path / "site", copy)
    assert f"docs/en/xref.md:{number}: unknown block 'document' in <!-- edition:document -->" in str(error.value)
    assert "Traceback" not in str(error.value)
    assert not (tmp_path / "site" / "index.html").exists()  # nothing half-built left looking valid


def test_a_hook_that_needs_the_state_too_early_says_what_must_come_first() -> None:
    build_state.clear()
    with pytest.raises(StateMissing) as error:
        build_state.current("on_files")
    assert str(error.value) == (
        "on_files needs the build state, which the edition check makes in on_pre_build of scripts/hooks.py: "
        "that hook must run first (mkdocs.yml, hooks:)"
    )


def test_each_build_has_a_state_of_its_own(tmp_path: Path) -> None:
    """As `mkdocs serve` rebuilds: nothing that one build read or noted is found by the next."""
    states = []
    for run in (1, 2):
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / f"site{run}"))
        build(config)
        states.append(build_state.current("the test"))
    first, second = states
    assert second is not first and second.pages is not first.pages
    pages = {f"{language}/{path}" for language, path in second.urls}
    assert len(pages) == len(second.urls) == 2 * len([p for p in (ROOT / "docs" / "ja").rglob("*.md")]) > 0
