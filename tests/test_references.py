"""Citing with the tools researchers use: the pages' metadata read back as reference managers read it (extruct,
and the Highwire `citation_*` tags as Zotero's Embedded Metadata translator reads them), the reference files as
BibTeX and RIS tools read them, and each styled citation checked against the CSL-JSON it was rendered from."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import bibtexparser
import extruct
import lxml.html
import pytest
import rispy
from playwright.sync_api import expect

from edition import ROOT, policy, references, units
from edition.colophon import build_date
from html_units import PREFIX

READING = "unofficial English reading of the Japanese original"


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def highwire(html: str) -> dict[str, list[str]]:
    """The page's `citation_*` meta tags, each name with its values in order."""
    tags: dict[str, list[str]] = {}
    for meta in lxml.html.fromstring(html).xpath("//head/meta[starts-with(@name, 'citation_')]"):
        tags.setdefault(meta.get("name"), []).append(meta.get("content"))
    return tags


def embedded(html: str, url: str) -> dict:
    """What extruct finds: schema.org JSON-LD, and Dublin Core as {name: [values]}."""
    found = extruct.extract(html, base_url=url, syntaxes=["json-ld", "dublincore"], uniform=False)
    (dublin_core,) = found["dublincore"]
    dc: dict[str, list[str]] = {}
    for element in dublin_core["elements"] + dublin_core["terms"]:
        dc.setdefault(element["name"], []).append(element["content"])
    return {"json-ld": found["json-ld"], "dc": dc}


def coins(html: str) -> dict[str, list[str]]:
    """The page's COinS span, decoded as Zotero's COinS reader decodes it (split at `&` and `=`, `+` a space,
    then decodeURIComponent)."""
    (span,) = lxml.html.fromstring(html).xpath("//span[@class='Z3988']")
    assert span.text is None and len(span) == 0, "the span is empty"
    fields: dict[str, list[str]] = {}
    for part in span.get("title").split("&"):
        key, value = part.split("=")
        fields.setdefault(key, []).append(unquote(value.replace("+", " ")))
    return fields


def _bibliographic(language: str) -> dict[str, str]:
    labels = units.read_labels()[language]
    return {
        "author": labels["author"],
        "publishers": labels["publishers"].format(japan=labels["publisher_japan"], us=labels["publisher_us"]),
    }


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_section_page_describes_the_report_to_zotero_and_the_section_within_it_otherwise(site, language: str) -> None:
    """Highwire and COinS: the report (Zotero saves a Report, its author the SDC kept whole, at the page's URL);
    Dublin Core and JSON-LD: the section within the report, the report with its @id, publishers and, in
    English, the edition as translator and the Japanese report it translates."""
    folder, url = site
    labels = units.read_labels()[language]
    page_url = f"{url}{PREFIX[language]}vi/"
    html = _html(folder, f"{PREFIX[language]}vi")
    title = lxml.html.fromstring(html).xpath("string(//article//h1)").rstrip("#").strip()
    sdc, released = _bibliographic(language).values()
    assert highwire(html) == {
        "citation_title": [labels["report"]],
        "citation_author": [sdc],
        "citation_technical_report_institution": [released],
        "citation_publication_date": ["2014/10/08"],
        "citation_language": [language],
        "citation_public_url": [page_url],
    }
    assert coins(html) == {
        "ctx_ver": ["Z39.88-2004"],
        "rft_val_fmt": ["info:ofi/fmt:kev:mtx:book"],
        "rft.genre": ["report"],
        "rft.btitle": [labels["report"]],
        "rft.aucorp": [sdc],
        "rft.pub": [released],
        "rft.date": ["2014-10-08"],
        "rft.language": [language],
        "rft_id": [page_url],
    }
    schemas = lxml.html.fromstring(html).xpath("//head/link[starts-with(@rel, 'schema.')]")
    assert {link.get("rel"): link.get("href") for link in schemas} == {
        "schema.DC": "http://purl.org/dc/elements/1.1/",
        "schema.DCTERMS": "http://purl.org/dc/terms/",
    }
    read = embedded(html, page_url)
    dc = {name: values for name, values in read["dc"].items() if name != "description"}  # Material's own
    assert dc == {
        "DC.title": [title],
        "DC.creator": [sdc],
        "DC.publisher": [released],
        "DC.date": ["2014-10-08"],
        "DC.language": [language],
        "DC.identifier": [page_url],
        "DCTERMS.isPartOf": [labels["report"]],
        **({"DC.contributor": [labels["translator"]], "DC.source": [f"{url}vi/"]} if language == "en" else {}),
    }
    (described,) = read["json-ld"]
    assert described["@type"] == "CreativeWork" and described["name"] == title
    assert described["url"] == page_url and described["inLanguage"] == language
    report = described["isPartOf"]
    assert report["@type"] == "Report" and report["name"] == labels["report"]
    assert report["@id"] == f"{url}{PREFIX[language]}"
    assert report["author"] == {"@type": "GovernmentOrganization", "name": sdc}
    assert [publisher["name"] for publisher in report["publisher"]] == [
        labels["publisher_japan"],
        labels["publisher_us"],
    ]
    assert report["datePublished"] == "2014-10-08"
    if language == "en":
        assert report["genre"] == READING
        assert report["translator"] == {"@type": "Organization", "name": labels["translator"]}
        assert report["translationOfWork"] == {"@id": url}  # the Japanese report's @id
        assert described["translationOfWork"] == {"@id": f"{url}vi/"}
    else:
        assert not {"genre", "translator", "translationOfWork"} & (report.keys() | described.keys())


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_home_page_describes_the_report(site, language: str) -> None:
    folder, url = site
    labels = units.read_labels()[language]
    home = f"{url}{PREFIX[language]}"
    html = (folder / PREFIX[language] / "index.html").read_text(encoding="utf-8")
    tags = highwire(html)
    assert tags["citation_title"] == [labels["report"]] and "citation_inbook_title" not in tags
    assert tags["citation_public_url"] == [home] and coins(html)["rft_id"] == [home]
    (described,) = embedded(html, home)["json-ld"]
    assert described["@type"] == "Report" and described["name"] == labels["report"] and described["url"] == home
    assert described["@id"] == home
    assert described.get("translationOfWork") == ({"@id": url} if language == "en" else None)


def test_one_author_the_sdc_and_one_name_for_each_publisher_everywhere() -> None:
    """The short citation's issuer, the reference files' and the pages' author and publishers are one set of
    names; the U.S. Department of Defense is 米国防省 on every Japanese page."""
    for language, issuer in (("ja", "{author}（{publishers}）"), ("en", "{author} ({publishers})")):
        assert units.read_labels()[language]["issuer"] == issuer.format(**_bibliographic(language))
    pages = [path for path in (ROOT / "docs" / "ja").rglob("*.md") if "米国国防省" in path.read_text("utf-8")]
    assert not pages, pages


def test_every_page_carries_its_metadata_and_its_linked_data_runs_no_script(site) -> None:
    """Every page built has the three vocabularies once, at its own URL; the JSON-LD is data, which the page's
    policy neither hashes nor needs to."""
    folder, url = site
    pages = [path for path in folder.rglob("index.html") if 'http-equiv="refresh"' not in path.read_text("utf-8")]
    assert len(pages) > 40
    for path in pages:
        html = path.read_text(encoding="utf-8")
        below = path.parent.relative_to(folder).as_posix()
        page_url = url if below == "." else f"{url}{below}/"
        assert highwire(html)["citation_public_url"] == [page_url], path
        assert coins(html)["rft_id"] == [page_url], path
        assert html.count('<script type="application/ld+json">') == 1, path
        assert not any(script.lstrip().startswith("{") for script in policy.inline_scripts(html)), path


def test_the_reference_files_are_the_csl_items_as_bibtex_and_ris_read_them(site) -> None:
    folder, url = site
    built = build_date()
    assert built, "the test needs the date the build stands for (a git checkout)"
    for language in ("ja", "en"):
        home = f"{url}{PREFIX[language]}"
        (csl,) = json.loads((folder / references.file_name(language, "json")).read_text(encoding="utf-8"))
        assert csl == references.item(language, home)
        labels = units.read_labels()[language]
        sdc, released = _bibliographic(language).values()
        assert csl["title"] == labels["report"] and csl["author"] == [{"literal": sdc}]
        date = (2014, 10, 8) if language == "ja" else (built.year, built.month, built.day)
        assert csl["issued"] == {"date-parts": [list(date)]}
        iso = "{:04}-{:02}-{:02}".format(*date)

        library = bibtexparser.parse_string((folder / references.file_name(language, "bib")).read_text("utf-8"))
        assert not library.failed_blocks
        (entry,) = library.entries
        fields = {field.key: field.value for field in entry.fields}
        assert (entry.entry_type, entry.key) == ("techreport", csl["id"])
        assert fields["author"] == "{" + sdc + "}"
        assert fields["institution"] == f"{{{labels['publisher_japan']}}} and {{{labels['publisher_us']}}}"
        assert fields["type"] == "Interim report" and "language" not in fields
        assert (fields["year"], fields["date"], fields["url"]) == (str(date[0]), iso, home)
        assert fields["langid"] == {"ja": "japanese", "en": "english"}[language]

        raw = (folder / references.file_name(language, "ris")).read_bytes().decode("utf-8")
        assert raw.count("\r\n") == raw.count("\n") == len(raw.splitlines()), "RIS lines end in CRLF"
        (record,) = rispy.loads(raw)
        assert record["type_of_reference"] == "RPRT" and record["authors"] == [sdc]
        assert (record["title"], record["year"], record["date"]) == (csl["title"], str(date[0]), iso.replace("-", "/"))
        assert (record["publisher"], record["urls"], record["language"]) == (released, [home], language)
        if language == "en":  # the English reading: the edition its translator, what it is, and of what
            assert fields["title"] == (
                "Interim Report on the Revision of the {Guidelines for U.S.-Japan Defense Cooperation}"
            )
            original = units.read_labels()["ja"]["report"]
            assert csl["translator"] == [{"literal": labels["translator"]}]
            assert fields["translator"] == "{" + labels["translator"] + "}"
            assert record["subsidiary_authors"] == [labels["translator"]]
            assert csl["genre"] == fields["note"] == record["type_of_work"] == READING
            assert csl["original-title"] == fields["origtitle"] == record["original_publication"] == original
            assert csl["original-date"] == {"date-parts": [[2014, 10, 8]]} and fields["origdate"] == "2014-10-08"
            assert csl["original-publisher"] == released and fields["origlanguage"] == "japanese"
            assert record["notes"] == [labels["translated_from"].format(original=f"{original} (2014-10-08)")]
        else:
            assert fields["title"] == csl["title"] and csl["publisher"] == released
            assert not {"genre", "translator", "original-title"} & csl.keys()
            assert not {"translator", "note", "origtitle"} & fields.keys()
            assert not {"type_of_work", "subsidiary_authors", "notes"} & record.keys()


@pytest.mark.parametrize("page", ["", "about/", "en/", "en/about/"])
def test_home_and_about_link_every_reference_file(site, page: str) -> None:
    folder, url = site
    html = lxml.html.fromstring(_html(folder, page))
    html.make_links_absolute(url + page)
    hrefs = {href for href in html.xpath("//article//a/@href") if "/data/report-" in href}
    assert hrefs == {
        url + references.file_name(language, extension) for language in ("ja", "en") for extension in references.FORMATS
    }


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("style", list(references.STYLES))
def test_each_styled_citation_prints_what_its_csl_item_holds(language: str, style: str) -> None:
    """Rendered by citeproc from the item, in the style's own English: its title, its one author, its year, and
    the unit's place and link, each once; no Japanese style terms; the English reading's translator and nature,
    and the original's year, never "originally published as"."""
    csl = references.item(language, "https://example.org/")
    template = references.style_template(style, language)
    for part in [csl["title"], csl["author"][0]["literal"], "{where}", "{url}"]:
        assert template.count(part) >= 1, (part, template)
    assert template.count("{where}") == template.count("{url}") == 1
    assert not re.search("年|と|&|ページ", template), template
    year = csl["issued"]["date-parts"][0][0]
    assert re.search(rf"\b{year}\b", template), template
    if language == "en":
        assert READING.lower() in template.lower() and csl["translator"][0]["literal"] in template
        assert re.search(r"\b2014\b", template) and "originally published" not in template.lower()
        assert "repr." not in template and csl["original-title"] not in template
    if style == "apa":  # the in-text citation's parentheses hold the author, the year(s) and the place
        in_text = template.splitlines()[0]
        assert re.fullmatch(rf"\({re.escape(csl['author'][0]['literal'])}, (2014/)?{year}, \{{where\}}\)", in_text)


def test_a_style_that_cannot_print_the_units_place_and_link_stops_the_build(monkeypatch) -> None:
    monkeypatch.setitem(references.STYLES, "chicago", "chicago-notes-bibliography-no-url")
    with pytest.raises(references.StyleUnfit, match=r"^citation style chicago-notes-bibliography-no-url \(en\): "):
        references.style_template("chicago", "en")


def test_a_citation_rendered_before_is_the_same_and_an_item_changed_renders_anew(monkeypatch, tmp_path: Path) -> None:
    """The styled citations kept between builds (references.RENDERED) are what citeproc-py renders, and a change to
    what they depend on renders anew rather than serving the old."""
    monkeypatch.setattr(references, "RENDERED", tmp_path)
    first = references.style_template("apa", "en")
    assert len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr(references, "_render", lambda *_: pytest.fail("rendered again"))
    assert references.style_template("apa", "en") == first
    changed = {**references.item("en", references.URL), "title": "Another title"}
    monkeypatch.setattr(references, "_render", lambda _, csl: csl["title"])
    assert references._rendered("apa", changed) == "Another title"
    assert len(list(tmp_path.iterdir())) == 2


def test_the_labels_script_carries_the_styles_as_rendered(site) -> None:
    folder, _ = site
    for language in ("ja", "en"):
        script = (folder / "assets" / f"labels.{language}.js").read_text(encoding="utf-8")
        data = json.loads(script.removeprefix("window.labels = ").rstrip(";\n"))
        labels = units.read_labels()[language]
        assert data["styles"] == [
            [labels["copy_style"].format(style=labels[f"style_{name}"]), references.style_template(name, language)]
            for name in references.STYLES
        ]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_panel_copies_the_citation_in_each_style_with_the_units_place_and_link(
    site, browser, language: str
) -> None:
    """After the link, one button per citation: the short form, then each style by name, each copying its
    citation filled with the unit's place and link."""
    _, url = site
    labels = units.read_labels()[language]
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{url}{PREFIX[language]}v/")
    page.locator("#v-p1-4 > .cite").click()
    buttons = page.locator("#v-p1-4 > .cite-panel button")
    names = [
        labels["copy_citation"],
        *(labels["copy_style"].format(style=labels[f"style_{n}"]) for n in references.STYLES),
    ]
    expect(buttons).to_have_text([labels["copy_link"], *names])
    where, link = units.label("v-p1-4", language), f"{url}{PREFIX[language]}v/#v-p1-4"
    templates = [page.evaluate("window.labels.citation")] + [
        references.style_template(name, language) for name in references.STYLES
    ]
    for n, (name, template) in enumerate(zip(names, templates, strict=True), start=1):
        buttons.nth(n).click()
        expect(buttons.nth(n)).to_have_text(labels["copied"])
        assert page.evaluate("navigator.clipboard.readText()") == template.format(where=where, url=link)
        expect(buttons.nth(n)).to_have_text(name)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_panel_with_its_style_buttons_is_accessible(site, browser, scheme: str) -> None:
    """axe-core over a section page with a unit's panel open, each language, each palette: names, contrast."""
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file():
        pytest.fail(f"axe-core is not installed at {axe}: run `make test` (it runs `npm ci`), or `npm ci`")
    _, url = site
    context = browser.new_context(color_scheme=scheme)
    for language in ("ja", "en"):
        page = context.new_page()
        page.goto(f"{url}{PREFIX[language]}v/")
        page.locator("#v-p1-4 > .cite").click()
        expect(page.locator("#v-p1-4 > .cite-panel button")).to_have_count(2 + len(references.STYLES))
        page.evaluate(axe.read_text(encoding="utf-8"))
        results = page.evaluate("axe.run(document.querySelector('#v-p1-4'), {resultTypes: ['violations']})")
        assert results["passes"], "axe examined nothing"
        assert not results["violations"], [(v["id"], [n["target"] for n in v["nodes"]]) for v in results["violations"]]
        page.close()
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_coins_span_takes_no_room_and_says_nothing(site, browser, width: int) -> None:
    """The COinS span is for reference managers alone: empty, no box, nothing a screen reader could reach."""
    _, url = site
    page = browser.new_page(viewport={"width": width, "height": 900})
    for language in ("ja", "en"):
        page.goto(f"{url}{PREFIX[language]}v/")
        span = page.locator("span.Z3988")
        expect(span).to_have_count(1)
        box = span.evaluate("s => { const r = s.getBoundingClientRect(); return [r.width, r.height, s.textContent]; }")
        assert box == [0, 0, ""], (language, box)
        assert span.get_attribute("role") is None and span.get_attribute("tabindex") is None
    page.close()
