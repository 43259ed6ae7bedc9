"""Every address the site has published is kept: the list names them all, a build that loses one stops naming it,
and a page that moves keeps its old address through a redirect page (edition/addresses.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builds import copy_sources
from edition.addresses import published, read_list, read_site, resolve, rewritten
from measure.build import BuildFailed, build_site
from measure.chromium import violations, watch_policy
from measure.links import check_links
from measure.serve import serve


def test_the_list_names_every_address_the_site_publishes(site: tuple[Path, str]) -> None:
    site_now = read_site(site[0])
    listed = read_list()
    unlisted = [address for address in published(site_now) if address not in set(listed)]
    assert not unlisted, f"not in data/addresses.txt, which `make addresses` rewrites: {unlisted}"
    assert [address for address in listed if resolve(site_now, address)] == []
    assert {"/", "/en/v/#v-p1-4", "/parallel/v/#v-p3", "/en/glossary/#term-scc", "/data/units.tsv"} <= set(listed)


def test_a_removed_anchor_stops_the_build_naming_it(tmp_path: Path) -> None:
    """A glossary entry's id changed in data/glossary.tsv: every link to its old anchor would land at the top."""
    copy = copy_sources(tmp_path / "repo")
    glossary = copy / "data" / "glossary.tsv"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("\nscc\t", "\nscc-committee\t"), "utf-8")
    with pytest.raises(BuildFailed) as failure:
        build_site(tmp_path / "site", copy)
    said = str(failure.value)
    assert "data/addresses.txt: 2 published addresses lead nowhere now" in said
    assert "/glossary/#term-scc: no id 'term-scc' in the article of /glossary/" in said
    assert "/en/glossary/#term-scc: no id 'term-scc' in the article of /en/glossary/" in said
    assert not (tmp_path / "site" / "index.html").exists(), "a failed build leaves no site"


def _move_the_cross_references(copy: Path) -> None:
    """xref.md becomes cross-references.md in both languages; data/redirects.tsv keeps the old addresses."""
    for language in ("ja", "en"):
        (copy / "docs" / language / "xref.md").rename(copy / "docs" / language / "cross-references.md")
    config = copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(": xref.md\n", ": cross-references.md\n"), "utf-8")
    with (copy / "data" / "redirects.tsv").open("a", encoding="utf-8") as redirects:
        redirects.write("/xref/\t/cross-references/\n/en/xref/\t/en/cross-references/\n")


def test_a_moved_page_keeps_its_address_through_a_redirect(tmp_path: Path, browser: object) -> None:
    copy = copy_sources(tmp_path / "repo")
    _move_the_cross_references(copy)
    folder = tmp_path / "site"
    with serve(folder) as (url, _):
        build_site(folder, copy, SITE_URL=url)  # the listed /xref/ addresses lead on: the build accepts them
        context = browser.new_context()  # type: ignore[attr-defined]
        watch_policy(context)
        page = context.new_page()
        page.goto(f"{url}en/xref/#xref-activities")
        page.wait_for_url(f"{url}en/cross-references/#xref-activities")
        assert violations(page) == []
        context.close()
    # the link gate follows the redirect, fragment and all
    page = folder / "v" / "index.html"
    links = '<a href="../xref/#xref-activities">kept</a><a href="../xref/#gone">gone</a>'
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", links + "</article>"), "utf-8")
    broken = [(link.href, why) for link, why in check_links(folder, url).broken]
    assert broken == [("../xref/#gone", "no id 'gone' in cross-references/index.html")]
    # the list, rewritten, keeps the old addresses that lead on, after the site's own
    listed = rewritten(folder, read_list(copy / "data" / "addresses.txt"))
    assert {"/cross-references/#xref-activities", "/xref/", "/xref/#xref-activities"} <= set(listed)
    assert listed.index("/xref/#xref-activities") > listed.index("/xref/")
