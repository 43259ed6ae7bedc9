"""The measuring gates stop on a page they cannot find or a figure they cannot judge: none passes on nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from measure.budgets import NothingMeasured, judge, page_weights, read_budgets
from measure.lighthouse import LANGUAGES, PAGES, PageMissing, pages_to_audit
from measure.serve import serve


def tiny_site(folder: Path, paths: list[str]) -> Path:
    """A site of one-line pages, one `index.html` at each path."""
    for path in paths:
        (folder / path).mkdir(parents=True, exist_ok=True)
        (folder / path / "index.html").write_text("<p>a page</p>", encoding="utf-8")
    return folder


def test_lighthouse_audits_each_of_its_pages_in_both_languages(tmp_path: Path) -> None:
    every = [language + page for language in LANGUAGES for page in PAGES]
    assert len(every) == 8  # home, a section, the glossary, a side-by-side page; in each language
    assert pages_to_audit(tiny_site(tmp_path, every)) == every


def test_lighthouse_stops_on_a_page_the_site_does_not_have(tmp_path: Path) -> None:
    """Rather than score the error page in its place: one line naming what is missing."""
    site = tiny_site(tmp_path, [language + page for language in LANGUAGES for page in PAGES])
    (site / "en" / PAGES[-1] / "index.html").unlink()
    with pytest.raises(PageMissing) as missing:
        pages_to_audit(site)
    assert str(missing.value) == (
        f"Lighthouse: PAGES names /en/{PAGES[-1]}, which the built site does not have (no index.html)"
    )
    with pytest.raises(PageMissing, match=r"PAGES names /, /v/, "):
        pages_to_audit(tmp_path / "nothing built")


def test_the_budgets_judge_every_figure_and_only_those() -> None:
    budgets = read_budgets()
    assert sorted(budgets) == ["build_vs_stock", "first_view", "next_page", "reading_view"]
    assert [row["ok"] for row in judge(dict.fromkeys(budgets, 0.0), budgets).values()] == [True] * 4
    for measured in ({}, {"first_view": 0.0}, {**dict.fromkeys(budgets, 0.0), "unbudgeted": 0.0}):
        with pytest.raises(NothingMeasured, match=r"budgets\.tsv has budgets for"):
            judge(measured, budgets)
    with pytest.raises(NothingMeasured):
        judge({}, {})


def test_the_page_weights_stop_on_a_page_not_served(tmp_path: Path, browser: object) -> None:
    """A 404 is not a page to weigh: its bytes would pass any budget."""
    with serve(tmp_path) as (url, counter), pytest.raises(NothingMeasured) as error:
        page_weights(browser, url, counter)
    assert str(error.value) == f"{url}v/: HTTP 404, not a page to weigh"
