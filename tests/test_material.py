"""The one change to Material's code applies to the pinned version, and refuses any other."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builds import material_bundle
from edition.material import MaterialChanged, drop_alternate_sitemap_fetch


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
