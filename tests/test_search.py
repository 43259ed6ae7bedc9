"""Search, in real Chromium, typing into the site's own search box (README.md, "Search").

Expected sections are computed here from the original text (Japanese, errata applied) and from
the English pages, never typed in: Japanese by plain substring search, English by a regular
expression per term that says which words the term must find. A query finds a unit through either
language, each by its own rules: a section is expected when each term is in its Japanese or its English.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from builds import MATERIAL, material_bundle
from edition import ROOT, units
from edition.check import check
from edition.glossary import read_entries
from edition.pages import markdown_as_mkdocs_renders
from edition.search import CONFIG_SEARCH_RE, MaterialSearchChanged, point_at_worker
from edition.sentences import split
from html_units import PREFIX, SECTIONS, UNITS
from measure.chromium import start_material

QUERY = {"ja": "日米", "en": "defense"}  # words that the pages of both languages have
JAPANESE = [
    "サイバー",  # katakana
    "抗たん性",  # kanji and kana
    "海洋安全保障",  # kanji compound that stock search over-matches
    "切れ目のない",  # mixed, stock search finds nothing
    "ミサイル防衛",  # katakana and kanji
    "宇宙",  # two kanji
    "積極的平和主義",  # long compound
    "情報共有",
    "日米両政府",  # in many sections
    "同盟",
    "のための",  # kana only
    "における",  # kana only
    "パートナー",  # katakana
    "アジア太平洋地域",
    "経済制裁の実効性を確保するための活動",  # a whole list item
    "施設・区域",  # with a middle dot
    "持続する、及び新たに",  # a span across 、
    "「積極的平和主義」",  # with 「」
    "「2+2」",
    "2+2",  # digits and a sign
    "\uff12\uff0b\uff12",  # full-width 2+2, as an IME types it
    "SCC",  # Latin letters
    "scc",  # in lower case
    "1997年",
    "日米 宇宙",  # two terms, AND
    "情報 サイバー 宇宙",  # three terms
    "平時から緊急事態まで",
    "核兵器",  # absent from the text
    "宇宙 核兵器",  # one term absent
]

ENGLISH = [  # query, one regular expression per term
    ("cooperate", [r"\bcooperat"]),  # stemming
    ("Defense", [r"\bdefenses?\b"]),  # case, plural
    ("secur", [r"\bsecur"]),  # a prefix, while typing
    ("ensuring", [r"\bensur(?:e|es|ed|ing)\b"]),
    ('"missile defense"', [r"\bmissile defenses?\b"]),  # a phrase
    ("space cyber", [r"\bspaces?\b", r"\bcyber"]),  # two terms, AND
    ("space and cyber", [r"\bspaces?\b", r"\bcyber"]),  # "and" beside other terms is none
    ("alliance", [r"\balliances?\b"]),
    ("submarine", [r"\bsubmarine"]),  # absent from the text
]


def fold(text: str) -> str:
    """NFKC and lower case, character by character, as the worker compares."""
    return "".join(unicodedata.normalize("NFKC", char).lower() for char in text)


def japanese_terms(query: str) -> list[str]:
    return fold(query).split()


@functools.cache
def japanese_sections() -> dict[str, str]:
    """Each section's units, folded, one a line: from the original text, errata applied."""
    text: dict[str, str] = {}
    for unit in UNITS:
        text[unit.section] = text.get(unit.section, "") + "\n" + fold(unit.text)
    return text


@functools.cache
def english_sections() -> dict[str, str]:
    """Each section's units, folded, one a line: from the English pages."""
    text: dict[str, str] = {}
    for unit in check(markdown_as_mkdocs_renders()).pages["en"]:
        text[unit.path.stem] = text.get(unit.path.stem, "") + "\n" + fold(unit.text)
    assert sorted(text) == sorted(SECTIONS), "the English pages read are not the nine sections"
    return text


def english_pattern(term: str) -> str:
    """What a term's words find in English where no stem is involved: consecutive words, each beginning so."""
    return r"\b" + r"\W+".join(re.escape(word) for word in re.findall(r"\w+", term))


def expected(japanese: list[str], english: list[str]) -> set[str]:
    """The sections where each term is in the Japanese (`japanese`, substrings) or the English (`english`, a
    regular expression per term, in the same order)."""
    ja, en = japanese_sections(), english_sections()
    return {
        section
        for section in SECTIONS
        if all(
            term in ja[section] or re.search(pattern, en[section])
            for term, pattern in zip(japanese, english, strict=True)
        )
    }


def expected_japanese(query: str) -> set[str]:
    """A query typed in Japanese: its terms as substrings of the Japanese, their words in the English."""
    terms = japanese_terms(query)
    return expected(terms, [english_pattern(term) if re.search(r"\w", term) else "(?!)" for term in terms])


STOP_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def expected_english(query: str, patterns: list[str]) -> set[str]:
    """A query typed in English: its terms as the patterns say in the English, as substrings of the Japanese; a
    word that every section holds, unquoted beside other terms, is none ("search and rescue": search, rescue)."""
    terms = [(fold(m[1] or m[2]), m[1] is None) for m in re.finditer(r'"([^"]*)"?|([^\s"]+)', query)]
    kept = [term for term, unquoted in terms if not (unquoted and term in STOP_WORDS)] or [term for term, _ in terms]
    return expected(kept, patterns)


# Each result group, and each of its articles: a link, its title, what is highlighted in the page's language and
# in the other (inside an element with its `lang`), and the text shown in each language
RESULTS_JS = """() => [...document.querySelectorAll(".md-search-result__item")].map(item => ({
  links: [...item.querySelectorAll("a.md-search-result__link")].map(a => a.href),
  marks: [...item.querySelectorAll("mark")].map(m => m.textContent),
  langs: [...item.querySelectorAll("[lang]")].map(e => [e.lang, e.textContent]),
  articles: [...item.querySelectorAll("a.md-search-result__link")].map(a => {
    const other = [...a.querySelectorAll(":scope [lang]")];
    const own = a.querySelector("article").cloneNode(true);
    own.querySelectorAll("h1, h2, [lang]").forEach(e => e.remove());
    return {
      link: a.href,
      title: a.querySelector("h1, h2").textContent,
      marks: [...a.querySelectorAll("mark")].filter(m => !other.some(e => e.contains(m))).map(m => m.textContent),
      other_marks: other.flatMap(e => [...e.querySelectorAll("mark")].map(m => [e.lang, m.textContent])),
      text: own.textContent,
      other_text: other.map(e => [e.lang, e.textContent]),
    };
  }),
}))"""


def translation(page: object, key: str) -> str:
    """One of Material's texts in the page's language, from the configuration it gives the page."""
    return json.loads(page.locator("#__config").text_content())["translations"][key]


@pytest.fixture(scope="module")
def search_page(browser: object, site: tuple[Path, str]) -> Iterator:
    """Open a page and return a function that types a query into its search box and reads the results."""
    _, base = site
    # Playwright's waits polled on a timer evaluate their condition as a string, which the page's policy forbids
    # (no 'unsafe-eval'); the policy is tested where a reader searches with it, tests/test_gates.py
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    state = {"path": None}

    def search(path: str, query: str) -> tuple[list[dict], str]:
        if state["path"] != path:
            page.goto(base + path)
            start_material(page)
            page.evaluate(
                """() => { window.__pushes = 0; new MutationObserver(() => window.__pushes++)
                  .observe(document.querySelector(".md-search-result__meta"), {childList: true, characterData: true, subtree: true}) }"""
            )
            page.locator("input.md-search__input").click()
            # Material queries the empty box as it starts: its answer must not be taken for ours
            page.wait_for_function(
                "text => document.querySelector('.md-search-result__meta').textContent === text",
                arg=translation(page, "search.result.placeholder"),
                polling=20,
                timeout=5000,
            )
            state["path"] = path
        pushes = page.evaluate("window.__pushes")
        box = page.locator("input.md-search__input")
        box.fill(query)
        box.press("End")  # a key typed in the box: Material reads its value on keyup
        # polled on a timer, not on animation frames, which a background tab does not get
        page.wait_for_function(f"window.__pushes > {pushes}", polling=20, timeout=5000)
        return page.evaluate(RESULTS_JS), page.locator(".md-search-result__meta").inner_text()

    search.page = page
    search.target = context.new_page()  # where result links are followed, leaving the search open
    search.target.route("**/*.js", lambda route: route.abort())  # ids and text are in the HTML: load it fast
    yield search
    assert hosts == {urlsplit(base).netloc}, f"requests to other hosts: {hosts}"
    context.close()


def is_glossary(result: dict, base: str, language_prefix: str) -> bool:
    return urlsplit(result["links"][0]).path == urlsplit(base).path + language_prefix + "glossary/"


def in_sections(results: list[dict], base: str, language_prefix: str) -> list[dict]:
    """The results in the report's sections: all but the glossary's (test_a_terms_reading_or_english_finds_its_entry)."""
    return [result for result in results if not is_glossary(result, base, language_prefix)]


def sections_of(results: list[dict], base: str, language_prefix: str) -> set[str]:
    sections = set()
    for result in in_sections(results, base, language_prefix):
        for link in result["links"]:
            path = urlsplit(link).path[len(urlsplit(base).path) :]
            assert path.startswith(language_prefix), f"{link}: a result in another language"
            assert path[len(language_prefix) :].count("/") == 1, f"{link}: not a section page"
        sections.add(urlsplit(result["links"][0]).path.rstrip("/").rsplit("/", 1)[-1])
        assert all("#" in link for link in result["links"][1:]), "every result but the page links to a unit"
    return sections


def lands_on_match(search_page: object, results: list[dict]) -> None:
    """The first unit highlighted in the page's language leads to an element whose text holds its first highlight."""
    page = search_page.target
    article = next(a for result in results for a in result["articles"][1:] if a["marks"])
    link, mark = article["link"], article["marks"][0]
    if urlsplit(page.url).path != urlsplit(link).path:  # the same page, loaded by an earlier test, is not loaded again
        page.goto(link, wait_until="domcontentloaded")
    target = page.evaluate("id => document.getElementById(id)?.textContent ?? null", urlsplit(link).fragment)
    assert target is not None, f"{link}: no element with that id"
    assert fold(mark) in fold(target), f"{link}: {mark!r} not in {target!r}"


@pytest.mark.parametrize("query", JAPANESE)
def test_japanese_query(query: str, search_page: object, site: tuple[Path, str]) -> None:
    expected = expected_japanese(query)
    results, meta = search_page("v/", query)
    assert sections_of(results, site[1], PREFIX["ja"]) == expected
    if not expected:
        assert meta == translation(search_page.page, "search.result.none")
        return
    terms = japanese_terms(query)
    marks = [fold(mark) for result in results for article in result["articles"] for mark in article["marks"]]
    assert marks, "nothing highlighted"
    for mark in marks:  # only the matched text, merged where two terms touch
        assert mark in terms or (len(terms) > 1 and any(term in mark for term in terms)), f"highlighted {mark!r}"
    assert {term for term in terms if any(term in mark for mark in marks)} == set(terms)
    for result in results:  # in the English, only the words of the terms
        for _, mark in (pair for article in result["articles"] for pair in article["other_marks"]):
            assert any(re.fullmatch(english_pattern(term) + r"\w*", fold(mark)) for term in terms), (
                f"highlighted {mark!r}"
            )
    lands_on_match(search_page, in_sections(results, site[1], PREFIX["ja"]))


@pytest.mark.parametrize(("query", "patterns"), ENGLISH)
def test_english_query(query: str, patterns: list[str], search_page: object, site: tuple[Path, str]) -> None:
    expected = expected_english(query, patterns)
    results, meta = search_page("en/v/", query)
    assert sections_of(results, site[1], PREFIX["en"]) == expected
    if not expected:
        assert meta == translation(search_page.page, "search.result.none")
        return
    marks = [mark for result in results for article in result["articles"] for mark in article["marks"]]
    assert marks, "nothing highlighted"
    for mark in marks:
        assert any(re.fullmatch(p.replace(r"\b", "") + r"\w*", fold(mark)) for p in patterns), f"highlighted {mark!r}"
    lands_on_match(search_page, in_sections(results, site[1], PREFIX["en"]))


ACROSS = [  # a page, a query in the other language, its terms' patterns in English, a unit that holds it
    ("v/", "search and rescue", [r"\bsearch", r"\brescu"], "v-p1-8"),  # "and" is no term beside others
    ("v/", '"missile defense"', [r"\bmissile defenses?\b"], "v-p1-6"),
    ("en/v/", "捜索・救難", ["(?!)"], "v-p1-8"),
    ("en/v/", "ミサイル防衛", ["(?!)"], "v-p1-6"),
    ("en/v/", "日米 宇宙", ["(?!)", "(?!)"], "vii-p1-s2"),  # the sentence that holds both
]


def language_of(path: str) -> str:
    return "en" if path.startswith("en/") else "ja"


def is_shown(excerpt: str, text: str) -> bool:
    """An excerpt of a unit, windows of it joined by "…", is in a text."""
    return all(fold(part) in text for part in excerpt.split("…"))


@pytest.mark.parametrize(("path", "query", "patterns", "unit"), ACROSS)
def test_a_query_in_the_other_language_finds_the_units_that_hold_it(
    search_page: object, site: tuple[Path, str], path: str, query: str, patterns: list[str], unit: str
) -> None:
    """ "search and rescue" on a Japanese page finds V, and every section whose English holds it; 捜索・救難 on an
    English page finds V, and every section whose Japanese holds it. The results are the page's language's units;
    each hit shows the text it matched, highlighted in its `lang`, beside the unit in the page's language."""
    language = language_of(path)
    other = "ja" if language == "en" else "en"
    results, _ = search_page(path, query)
    found = sections_of(results, site[1], PREFIX[language])
    assert found == expected_english(query, patterns) and units.section_of(unit) in found
    articles = {urlsplit(a["link"]).fragment: a for result in results for a in result["articles"][1:]}
    hit = articles[unit]
    assert hit["title"] == units.label(unit, language)
    marks = [fold(mark) for _, mark in hit["other_marks"]]
    assert marks and {lang for lang, _ in hit["other_marks"]} == {other}
    if other == "en":  # every highlight a term's words, every term highlighted
        highlights = [p.replace(r"\b", "") + r"\w*" for p in patterns]
        assert all(any(re.fullmatch(h, mark) for h in highlights) for mark in marks), marks
        assert all(any(re.fullmatch(h, mark) for mark in marks) for h in highlights), marks
    else:
        assert set(marks) == set(japanese_terms(query)), marks
    [(_, matched)] = hit["other_text"]
    shown = {"ja": japanese_sections(), "en": english_sections()}
    section = units.section_of(unit)
    assert is_shown(matched, shown[other][section]), "the matched text is the unit's, in its language"
    assert hit["text"] and is_shown(hit["text"], shown[language][section]), "its counterpart, beside it"
    assert hit["marks"] == [], "nothing is highlighted in the page's language that the query did not match there"


@pytest.mark.parametrize(
    ("path", "query"), [("v/", "防空"), ("v/", "search and rescue"), ("en/v/", "missile"), ("en/v/", "捜索")]
)
def test_results_are_named_by_their_place(search_page: object, site: tuple[Path, str], path: str, query: str) -> None:
    """Each unit found is titled with its place as a citation names it (edition/units.py), never its id:
    "V 第1段落 第6項", "sec. V, para. 1, item 6"."""
    language = language_of(path)
    results, _ = search_page(path, query)
    titled = {
        urlsplit(a["link"]).fragment: a["title"]
        for result in in_sections(results, site[1], PREFIX[language])
        for a in result["articles"][1:]
    }
    assert titled, "no unit found"
    assert all(title == units.label(unit, language) for unit, title in titled.items()), titled
    assert all(title != unit for unit, title in titled.items() if units.kind_of(unit) != "section"), "a raw id"
    if "v-p1-6" in titled:
        assert titled["v-p1-6"] == {"ja": "V 第1段落 第6項", "en": "sec. V, para. 1, item 6"}[language]


def tier(article: dict, patterns: list[str]) -> int:
    """0: an exact hit in the page's language (every term there); 1: every term, through the other language;
    2, 3: some terms, likewise."""
    marks = [fold(m) for m in article["marks"]] + [fold(m) for _, m in article["other_marks"]]
    whole = all(any(re.match(p, m) for m in marks) for p in patterns)
    return (0 if whole else 2) + (0 if article["marks"] else 1)


@pytest.mark.parametrize(
    ("path", "query", "patterns"),
    [
        ("v/", "missile defense", [r"missil", r"defens"]),
        ("v/", "日米 alliance", [r"日米", r"allianc"]),
        ("en/v/", "alliance 日米", [r"allianc", r"日米"]),
        ("en/v/", "cooperation 日米", [r"cooperat", r"日米"]),
    ],
)
def test_exact_hits_in_the_pages_language_come_first(
    search_page: object, path: str, query: str, patterns: list[str]
) -> None:
    """Within each page's results, units that hold the whole query in the page's language first, then through the
    other language, then those that hold part of it; the pages, by their best unit. Reading order otherwise."""
    results, _ = search_page(path, query)
    tiers = [[tier(article, patterns) for article in result["articles"][1:]] for result in results]
    assert all(t == sorted(t) for t in tiers), tiers
    assert [t[0] for t in tiers] == sorted(t[0] for t in tiers), tiers
    assert any(len(set(t)) > 1 for t in tiers), "no page with hits of two kinds: the order was not tested"


@pytest.mark.parametrize(
    ("path", "query", "other"),
    [
        ("v/", "かくぎけってい", ("en", "Cabinet Decision")),  # a reading
        ("v/", "cabinet decision", ("en", "Cabinet Decision")),  # the English
        ("en/v/", "かくぎけってい", ("ja", "閣議決定（かくぎけってい）")),  # the reading, from an English page
        ("en/v/", "閣議", ("ja", "閣議決定（かくぎけってい）")),  # the Japanese term, as typed so far
    ],
)
def test_a_terms_reading_or_english_finds_its_entry(
    search_page: object, site: tuple[Path, str], path: str, query: str, other: tuple[str, str]
) -> None:
    """The glossary is searched for its terms, their readings and the other language's term: the result links to
    the entry, shows what is in the other language in its `lang`, and the count says what it counts."""
    _, base = site
    prefix = PREFIX["en" if path.startswith("en/") else "ja"]
    results, meta = search_page(path, query)
    [glossary] = [result for result in results if is_glossary(result, base, prefix)]
    assert [urlsplit(link).fragment for link in glossary["links"]] == ["", "term-cabinet-decision"]
    assert glossary["marks"] and [tuple(lang) for lang in glossary["langs"]] == [other]
    said = translation(search_page.page, "search.result.one" if len(results) == 1 else "search.result.other")
    assert meta == said.replace("#", str(len(results)))
    search_page.target.goto(glossary["links"][1], wait_until="domcontentloaded")
    entry = search_page.target.locator("#term-cabinet-decision").text_content()
    assert entry.startswith("Cabinet Decision" if prefix else "閣議決定")


@pytest.mark.parametrize(("path", "query"), [("v/", "宇宙"), ("v/", "かくぎけってい"), ("en/v/", "alliance")])
def test_the_result_count_says_it_counts_pages(search_page: object, path: str, query: str) -> None:
    """Material counts result groups, one per page (the sections, the glossary): the words say pages, in the
    page's language, from data/interface.tsv."""
    results, meta = search_page(path, query)
    strings = units.read_labels(units.INTERFACE)["en" if path.startswith("en/") else "ja"]
    said = strings["material:search.result.one" if len(results) == 1 else "material:search.result.other"]
    assert meta == said.replace("#", str(len(results)))
    assert ("ページ" in meta) if path == "v/" else ("page" in meta)


def test_every_page_uses_our_worker_and_index(site: tuple[Path, str]) -> None:
    folder, _ = site
    pages = {html: html.read_text(encoding="utf-8") for html in folder.rglob("*.html")}
    configured = {html: text for html, text in pages.items() if 'id="__config"' in text}
    assert configured, "no page carries Material's configuration"
    assert len(configured) == len(list((ROOT / "docs").rglob("*.md"))) + 2  # every page of docs/, each 404 page
    for html, text in configured.items():
        assert "assets/search-worker.js?lang=" in text and not CONFIG_SEARCH_RE.search(text), html
    index = json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == [], "a page view must not cost the index: the worker fetches it on the first query"
    for language in ("ja", "en"):
        units = json.loads((folder / "search" / f"units.{language}.json").read_text(encoding="utf-8"))
        assert {doc["lang"] for doc in units["docs"]} == {language}
        # each heading, each sentence and each section's page; each glossary entry and the glossary's page
        headings = [unit for unit in UNITS if unit.kind in ("section", "subsection")]
        sentences = sum(len(split(unit.text)) for unit in UNITS if unit.kind in ("paragraph", "item"))
        assert len(units["docs"]) == len(headings) + sentences + len(SECTIONS) + len(read_entries()) + 1
    assert (folder / "assets" / "search-worker.js").is_file()


# What a hit links to: a heading, or a paragraph or item of one sentence, itself; each sentence of the others
FOUND_AS = {
    found
    for unit in UNITS
    for found in (
        [unit.id]
        if unit.kind in ("section", "subsection") or len(split(unit.text)) < 2
        else [units.sentence_id(unit.id, n + 1) for n in range(len(split(unit.text)))]
    )
}


def test_each_unit_is_indexed_with_its_place_and_its_counterpart(site: tuple[Path, str]) -> None:
    """A heading's, a one-sentence unit's or a sentence's document is titled with its place (units.label), never its
    id, and carries, as `other`, the same text in the other language: what a query in that language finds it by."""
    folder, _ = site
    indexed = {}
    for language in ("ja", "en"):
        docs = json.loads((folder / "search" / f"units.{language}.json").read_text(encoding="utf-8"))["docs"]
        indexed[language] = {
            urlsplit(doc["location"]).fragment: doc for doc in docs if units.is_unit(urlsplit(doc["location"]).fragment)
        }
        assert set(indexed[language]) == FOUND_AS
        for unit, doc in indexed[language].items():
            assert doc["title"] == units.label(unit, language), doc
    for language, other in (("ja", "en"), ("en", "ja")):
        for unit, doc in indexed[language].items():
            assert doc["other"] == indexed[other][unit]["text"], f"{language} {unit}: its counterpart"
    assert indexed["ja"]["v-p1-6"]["title"] == "V 第1段落 第6項"
    assert indexed["en"]["v-p1-6"]["title"] == "sec. V, para. 1, item 6"
    assert indexed["ja"]["v-p1-8"]["other"] == "search and rescue" and indexed["en"]["v-p1-8"]["other"] == "捜索・救難"


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("blocked", ["search/units*.json", "assets/search-engine*.js", "search/search_index*.json"])
def test_search_without_its_index_says_so_in_the_pages_language(
    site: tuple[Path, str], browser: object, language: str, blocked: str
) -> None:
    """The edition's index (search/units.<lang>.json), the worker's engine (assets/search-engine.js) or Material's
    search configuration (search/search_index.json) cannot be fetched, as on a flaky connection or after a broken
    deploy: the panel says that search is unavailable and that reloading may help. Our worker fails quietly, and
    tries again at the next query."""
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route(f"**/{blocked}", lambda route: route.abort())
    page.goto(url + PREFIX[language] + "v/", wait_until="networkidle")
    page.mouse.move(1, 1)  # Material's script starts, and shows its search box
    page.wait_for_function("() => document.documentElement.classList.contains('js')")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(QUERY[language])
    box.press("End")  # a key typed in the box: Material reads its value on keyup
    expect(page.locator(".md-search-result__meta")).to_have_text(units.read_labels()[language]["search_unavailable"])
    if "search_index" not in blocked:  # ours
        assert errors == []
        page.unroute(f"**/{blocked}")
        box.fill(QUERY[language][:1])
        box.press("End")
        page.locator(".md-search-result__item").first.wait_for()
    page.close()


# Guards: the Material internals the worker depends on. If one fails, read scripts/edition/search.py.


def material_source(name: str) -> str:
    sources = json.loads(material_bundle(".map").read_text(encoding="utf-8"))
    (content,) = [c for s, c in zip(sources["sources"], sources["sourcesContent"], strict=True) if s.endswith(name)]
    return content


def test_material_worker_messages_are_those_the_worker_speaks() -> None:
    message = material_source("integrations/search/worker/message/index.ts")
    assert re.search(r"SETUP,\s*/\*[^*]*\*/\s*READY,\s*/\*[^*]*\*/\s*QUERY,\s*/\*[^*]*\*/\s*RESULT\s", message)
    setup = material_source("integrations/search/worker/_/index.ts")
    assert "type: SearchMessageType.SETUP,\n        data: {\n          config,\n          docs," in setup


def test_material_fetches_the_index_we_replace_and_groups_results_by_a_page_without_hash() -> None:
    assert material_bundle().read_text(encoding="utf-8").count('"search/search_index.json"') == 1
    template = material_source("templates/search/index.tsx")
    assert 'return !l.includes("#")' in template
    assert "{teaser > 0 && document.text.length > 0 &&\n          document.text\n        }" in template  # text is HTML


def test_material_config_names_its_worker_once() -> None:
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    assert len(re.findall(r'"search": "assets/javascripts/workers/search\.[0-9a-f]{8}\.min\.js" \| url', base)) == 1
    with pytest.raises(MaterialSearchChanged):
        point_at_worker('<script id="__config">{"search": "x.js"}</script>', "ja")


def test_material_shows_other_scripts_its_components_and_each_answer_whole() -> None:
    """docs/assets/edition.js reads the worker's `unavailable` from Material's components, or their end."""
    assert "window.component$ = component$" in material_source("javascripts/bundle.ts")
    result = material_source("components/search/result/index.ts")
    assert "map(({ data }) => data)" in result and "map(state => ({ ref: el, ...state }))" in result


def test_a_hit_inside_a_paragraph_links_to_its_sentence_and_shows_that_sentence_alone(
    search_page: object, site: tuple[Path, str]
) -> None:
    """V, paragraph 2 has two sentences; 打撃作戦 is in the second."""
    sentence = "米国は、適切な場合の打撃作戦を含め、協力を行う。"
    results, _ = search_page("v/", "打撃作戦")
    [result] = in_sections(results, site[1], PREFIX["ja"])
    assert [urlsplit(link).fragment for link in result["links"][1:]] == ["v-p2-s2"]
    assert result["marks"] == ["打撃作戦"]
    hit = search_page.page.locator(".md-search-result__item").nth(1).locator("a.md-search-result__link").nth(1)
    assert hit.locator("h2").inner_text() == "V 第2段落 第2文"
    counterpart = hit.locator(".search-counterpart").inner_text()
    assert counterpart == "The United States will cooperate, including through strike operations where appropriate."
    shown = hit.locator("article").inner_text().removeprefix("V 第2段落 第2文").removesuffix(counterpart)
    assert shown.strip() == sentence
    lands_on_match(search_page, [result])
