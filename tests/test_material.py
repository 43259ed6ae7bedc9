"""What the edition changes in Material applies to the pinned version, and refuses any other."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from builds import MATERIAL, material_bundle
from edition.material import (
    UNUSED_ICONS,
    MaterialChanged,
    drop_alternate_sitemap_fetch,
    drop_unused_icons,
    scripts_block_bundle,
)

BASE_HTML = (MATERIAL / "base.html").read_text(encoding="utf-8")


def copy_bundle(tmp_path: Path, edit: tuple[str, str] | None = None) -> Path:
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    bundle = material_bundle()
    target = tmp_path / "assets" / "javascripts" / bundle.name
    shutil.copy(bundle, target)
    if edit:
        target.write_text(target.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    return target


def test_the_pinned_bundle_loses_exactly_its_alternate_sitemap_fetch(tmp_path: Path) -> None:
    bundle = copy_bundle(tmp_path)
    before = bundle.read_text(encoding="utf-8")
    drop_alternate_sitemap_fetch(tmp_path)
    after = bundle.read_text(encoding="utf-8")
    assert len(before) - len(after) == len("ui({document$:ct});")


def test_a_bundle_without_the_function_stops_the_build(tmp_path: Path) -> None:
    copy_bundle(tmp_path, ('M("link[rel=alternate]")', 'M("link[rel=alternate][hreflang]")'))
    with pytest.raises(MaterialChanged, match=r"expected one function that fetches sitemap\.xml"):
        drop_alternate_sitemap_fetch(tmp_path)


def test_a_bundle_that_no_longer_calls_it_stops_the_build(tmp_path: Path) -> None:
    copy_bundle(tmp_path, ("ui({document$:ct});", ""))
    with pytest.raises(MaterialChanged, match=r"expected one call of ui\(\), found 0"):
        drop_alternate_sitemap_fetch(tmp_path)


def test_the_scripts_block_that_overrides_main_html_replaces_names_the_pinned_bundle() -> None:
    assert scripts_block_bundle(BASE_HTML) == material_bundle().relative_to(MATERIAL).as_posix()


def test_a_scripts_block_that_loads_anything_more_stops_the_build() -> None:
    more = BASE_HTML.replace(
        "{% endfor %}\n    {% endblock %}", '{% endfor %}\n<script src="new.js"></script>\n{% endblock %}'
    )
    assert more != BASE_HTML
    with pytest.raises(MaterialChanged, match=r"base\.html: its `scripts` block no longer loads just the bundle"):
        scripts_block_bundle(more)


def copy_stylesheet(tmp_path: Path, page: str = "<p>text</p>", edit: tuple[str, str] | None = None) -> Path:
    (tmp_path / "assets" / "stylesheets").mkdir(parents=True)
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    [sheet] = (MATERIAL / "assets" / "stylesheets").glob("main.*.min.css")
    target = tmp_path / "assets" / "stylesheets" / sheet.name
    shutil.copy(sheet, target)
    if edit:
        target.write_text(target.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    return target


def test_the_pinned_stylesheet_loses_the_icons_no_page_needs_and_keeps_the_others(tmp_path: Path) -> None:
    sheet = copy_stylesheet(tmp_path)
    before = sheet.read_text(encoding="utf-8")
    drop_unused_icons(tmp_path)
    after = sheet.read_text(encoding="utf-8")
    assert "--md-admonition-icon--note:url(" in before and "--md-admonition-icon--note:url(" not in after
    assert all(not re.search(rf"--md-{name}-icon(--[\w-]+)?:url", after) for name in UNUSED_ICONS)
    for kept in ("--md-nav-icon--next:", "--md-toc-icon:", "--md-search-result-icon:"):  # what the pages use
        assert kept in after
    assert len(before) - len(after) > 10_000


def test_a_page_that_comes_to_need_a_dropped_icon_stops_the_build(tmp_path: Path) -> None:
    copy_stylesheet(tmp_path, '<div class="admonition note"><p>Note</p></div>')
    with pytest.raises(MaterialChanged, match=r"index\.html: has an admonition \(!!! note\), whose icon"):
        drop_unused_icons(tmp_path)


def test_a_stylesheet_without_an_icon_to_drop_stops_the_build(tmp_path: Path) -> None:
    copy_stylesheet(tmp_path, edit=("--md-tag-icon:", "--md-label-icon:"))
    with pytest.raises(MaterialChanged, match=r"no longer defines the icons \['tag'\]"):
        drop_unused_icons(tmp_path)
