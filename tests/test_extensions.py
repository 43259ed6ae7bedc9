"""The Markdown extensions, in Python-Markdown's own style: a few lines of Markdown in, the exact HTML out.

Each reads a tiny data file written for the test, never the report's pages; the last test shows that the
parser built from mkdocs.yml has both.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from edition.errata import read_errata
from edition.glossary import read_entries
from edition.pages import text_of

ERRATA_HEADER = "id\tunit\toriginal\tcorrected\treason_ja\treason_en\n"
GLOSSARY_HEADER = "id\tja\treading\ten\texplanation_ja\texplanation_en\n"


@pytest.fixture
def errata(tmp_path: Path) -> Path:
    path = tmp_path / "errata.tsv"
    path.write_text(ERRATA_HEADER + "e1\tii-p2-5\tなつて\tなって\t理由。\tReason.\n", encoding="utf-8")
    return path


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.tsv"
    path.write_text(
        GLOSSARY_HEADER
        + "guidelines\t指針\tししん\tGuidelines\t説明。\tExplanation.\n"
        + "revised-guidelines\t見直し後の指針\tみなおしごのししん\trevised Guidelines\t説明。\tExplanation.\n"
        + "revision\t見直し\tみなおし\trevision\t説明。\tExplanation.\n",
        encoding="utf-8",
    )
    return path


def errata_html(source: str, errata: Path) -> str:
    return markdown.markdown(
        source, extensions=["attr_list", "edition.markup"], extension_configs={"edition.markup": {"errata": errata}}
    )


def terms_html(source: str, glossary: Path) -> str:
    return markdown.markdown(
        source, extensions=["attr_list", "edition.terms"], extension_configs={"edition.terms": {"glossary": glossary}}
    )


def term(text: str, entry: str) -> str:
    return f'<a class="term" href="glossary.md#term-{entry}">{text}</a>'


def test_an_erratum_is_wrapped_where_it_stands_linking_to_its_entry(errata: Path) -> None:
    assert errata_html("一体となって取り組む\n{: #ii-p2-5 }", errata) == (
        '<p id="ii-p2-5">一体と'
        '<ins class="erratum"><a href="about.md#errata-e1" title="原文の表記: なつて">なって</a></ins>'
        "取り組む</p>"
    )


def test_an_erratum_is_marked_only_in_the_unit_it_names(errata: Path) -> None:
    source = "一体となって取り組む\n{: #ii-p2-4 }\n\n一体となって取り組む"
    assert errata_html(source, errata) == '<p id="ii-p2-4">一体となって取り組む</p>\n<p>一体となって取り組む</p>'


def test_a_unit_without_its_erratum_is_left_as_it_is(errata: Path) -> None:
    assert errata_html("一体となつて取り組む\n{: #ii-p2-5 }", errata) == '<p id="ii-p2-5">一体となつて取り組む</p>'


def test_the_errata_file_must_be_configured() -> None:
    with pytest.raises(ValueError, match="needs `errata`"):
        markdown.markdown("なって", extensions=["edition.markup"])


def test_japanese_terms_are_found_longest_first(glossary: Path) -> None:
    assert terms_html("見直し後の指針を作る。指針の見直し\n{: #v-p1 }", glossary) == (
        f'<p id="v-p1">{term("見直し後の指針", "revised-guidelines")}を作る。'
        f"{term('指針', 'guidelines')}の{term('見直し', 'revision')}</p>"
    )


def test_english_terms_are_whole_words_in_any_case(glossary: Path) -> None:
    source = "The Revision of the revised guidelines; not revisions, prerevision or Guidelines2.\n{: #v-p1 }"
    assert terms_html(source, glossary) == (
        f'<p id="v-p1">The {term("Revision", "revision")} of the {term("revised guidelines", "revised-guidelines")};'
        " not revisions, prerevision or Guidelines2.</p>"
    )


def test_terms_are_marked_in_the_headings_paragraphs_and_items_of_units_at_any_depth(glossary: Path) -> None:
    source = "# 指針 {: #v }\n\n*見直し*の案\n{: #v-p1 }\n\n- 見直し後の指針\n  {: #v-p1-1 }"
    assert terms_html(source, glossary) == (
        f'<h1 id="v">{term("指針", "guidelines")}</h1>\n'
        f'<p id="v-p1"><em>{term("見直し", "revision")}</em>の案</p>\n'
        f'<ul>\n<li id="v-p1-1">{term("見直し後の指針", "revised-guidelines")}</li>\n</ul>'
    )


def test_a_term_is_marked_at_its_first_occurrence_in_each_section_only(glossary: Path) -> None:
    """In reading order, inline markup and units included; a section heading starts the count again (the whole
    report on one page marks each section as its own page does)."""
    source = (
        "# 指針 {: #v }\n\n指針の*指針*と見直し、見直し\n{: #v-p1 }\n\n- 見直しの指針\n  {: #v-p1-1 }\n\n"
        "# 見直しの指針 {: #vi }\n\nThe Revision, the revision.\n{: #vi-p1 }"
    )
    assert terms_html(source, glossary) == (
        f'<h1 id="v">{term("指針", "guidelines")}</h1>\n'
        f'<p id="v-p1">指針の<em>指針</em>と{term("見直し", "revision")}、見直し</p>\n'
        '<ul>\n<li id="v-p1-1">見直しの指針</li>\n</ul>\n'
        f'<h1 id="vi">{term("見直し", "revision")}の{term("指針", "guidelines")}</h1>\n'
        '<p id="vi-p1">The Revision, the revision.</p>'
    )


def test_terms_are_not_marked_outside_units(glossary: Path) -> None:
    source = "# 指針\n\n指針\n{: #term-guidelines }\n\n指針"
    assert terms_html(source, glossary) == '<h1>指針</h1>\n<p id="term-guidelines">指針</p>\n<p>指針</p>'


def test_a_term_is_never_marked_inside_a_link(glossary: Path) -> None:
    assert terms_html("[指針の見直し](v.md) 指針\n{: #v-p1 }", glossary) == (
        f'<p id="v-p1"><a href="v.md">指針の見直し</a> {term("指針", "guidelines")}</p>'
    )


def test_a_term_is_never_marked_inside_an_erratum(tmp_path: Path, glossary: Path) -> None:
    errata = tmp_path / "errata.tsv"
    errata.write_text(ERRATA_HEADER + "e1\tv-p1\t指鍼\t指針\t理由。\tReason.\n", encoding="utf-8")
    html = markdown.markdown(
        "指針の見直し\n{: #v-p1 }",
        extensions=["attr_list", "edition.markup", "edition.terms"],
        extension_configs={"edition.markup": {"errata": errata}, "edition.terms": {"glossary": glossary}},
    )
    assert html == (
        '<p id="v-p1"><ins class="erratum"><a href="about.md#errata-e1" title="原文の表記: 指鍼">指針</a></ins>'
        f"の{term('見直し', 'revision')}</p>"
    )


def test_the_glossary_file_must_be_configured() -> None:
    with pytest.raises(ValueError, match="needs `glossary`"):
        markdown.markdown("指針", extensions=["edition.terms"])


def test_the_parser_of_mkdocs_yml_marks_errata_and_terms(md: markdown.Markdown) -> None:
    """Removing any of the three extensions from mkdocs.yml fails here."""
    erratum = read_errata()[0]
    entry = next(e for e in read_entries() if e.ja not in erratum.corrected and erratum.corrected not in e.ja)
    html = md.reset().convert(f"{erratum.corrected}、{entry.ja}\n{{: #{erratum.unit} }}")
    assert html == (
        f'<p id="{erratum.unit}"><span id="{erratum.unit}-s1"><ins class="erratum">'
        f'<a href="about.md#errata-{erratum.id}" title="原文の表記: {erratum.original}">{erratum.corrected}</a></ins>'
        f"、{term(entry.ja, entry.id)}</span></p>"
    )


def phrases_html(source: str, glossary: Path) -> str:
    return markdown.markdown(
        source,
        extensions=["attr_list", "edition.terms", "edition.phrases"],
        extension_configs={"edition.terms": {"glossary": glossary}},
    )


def test_a_japanese_heading_has_a_wbr_between_its_phrases(glossary: Path) -> None:
    assert phrases_html("### （1）見直しプロセスの内容", glossary) == (
        "<h3>（1）<wbr />見直し<wbr />プロセスの<wbr />内容</h3>"
    )


def test_an_english_heading_and_a_paragraph_are_left_as_they_are(glossary: Path) -> None:
    assert phrases_html("## Linking and citing\n\n基本的な前提及び考え方", glossary) == (
        "<h2>Linking and citing</h2>\n<p>基本的な前提及び考え方</p>"
    )


def test_a_term_in_a_heading_is_kept_whole_and_counts_for_the_phrases_around_it(tmp_path: Path) -> None:
    """BudouX finds a boundary inside 切れ目のない (切れ目の|ない): the marked term keeps it whole."""
    path = tmp_path / "glossary.tsv"
    path.write_text(
        GLOSSARY_HEADER + "seamless\t切れ目のない\tきれめのない\tseamless\t説明。\tExplanation.\n", encoding="utf-8"
    )
    assert phrases_html("# V. 日本の平和及び安全の切れ目のない確保 { #v }", path) == (
        '<h1 id="v">V. 日本の<wbr />平和及び安全の<wbr />'
        '<a class="term" href="glossary.md#term-seamless">切れ目のない</a><wbr />確保</h1>'
    )


def test_the_parser_of_mkdocs_yml_marks_phrases_and_the_check_reads_the_heading_unchanged(
    md: markdown.Markdown,
) -> None:
    html = md.reset().convert("# III. 基本的な前提及び考え方 { #iii }")
    heading = etree.fromstring(html)
    assert len(heading.findall("wbr")) == 2
    assert text_of(heading) == "III. 基本的な前提及び考え方"
