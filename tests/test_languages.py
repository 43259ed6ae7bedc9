"""Every run of the other language carries its `lang` (WCAG 3.1.2), on every page, in Chromium; the language menu
says each language's name in that language and marks the current one.

What is checked, precisely (RUNS_JS):

- Read: every text node of the document, and the attributes a screen reader says (aria-label, title, alt,
  placeholder), after the page's own scripts ran: the term definitions given to screen readers are written by
  docs/assets/edition.js.
- Left out: scripts, styles, code (code, pre, kbd, samp), SVG; the text of the report itself (an element with a
  unit id, or `home`, and the side-by-side cells, `[data-unit]`); and, before runs are looked for, addresses and
  ids: a token of non-space ASCII that holds `://`, `/`, `_`, `@` or a `.` before a letter or digit (URLs, paths,
  file names, `U.S.`), or that is a unit id.
- On an English page, a Japanese run: a maximal run of kanji, kana, Japanese punctuation and full-width forms,
  and digits, that holds a character of the Han, Hiragana or Katakana script.
- On a Japanese page, an English run: a maximal run of Latin letters, digits, spaces and `. , ' - & ( ) /` and U+2019,
  beginning with a letter, that holds a word of two or more Latin letters with one in lower case; acronyms as
  Japanese text writes them (SCC, PDF, URL, UTF-8) and the report's numerals (VIII) are Japanese.
- A run is marked when the nearest `lang` of the element it is in (for an attribute, the element that has it)
  is the run's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builds import MATERIAL
from edition import ROOT, units
from edition.languages import mark, runs
from measure.links import page_urls

RUNS_JS = r"""([language, unitId]) => {
  const unit = new RegExp(unitId);
  const other = language === "en" ? "ja" : "en";
  const RUN = language === "en"
    ? /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef0-9]+/gu
    : /[A-Za-z][A-Za-z0-9'\u2019.,&()\/ -]*/g;
  const counts = language === "en"
    ? (run) => /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(run)
    : (run) => (run.match(/[A-Za-z]+/g) ?? []).some((word) => word.length > 1 && /[a-z]/.test(word));
  const blank = (text) => text.replace(/[!-~]+/g, (token) => /:\/\/|[\/_@]|\.[A-Za-z0-9]/.test(token) || unit.test(token) ? " " : token);
  const SKIP = "script, style, code, pre, kbd, samp, svg, noscript, template, [data-unit]";
  const skipped = (element) => {
    for (let e = element; e; e = e.parentElement) if (e.matches(SKIP) || unit.test(e.id) || e.id === "home") return true;
    return false;
  };
  const unmarked = [];
  const look = (text, element, where) => {
    for (const [run] of blank(text).matchAll(RUN)) {
      const lang = (element.closest("[lang]")?.getAttribute("lang") ?? "").split("-")[0];
      if (counts(run) && lang !== other) unmarked.push(`${where} in <${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""}>: ${run.trim()}`);
    }
  };
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!skipped(node.parentElement)) look(node.data, node.parentElement, "text");
  }
  for (const element of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    if (skipped(element)) continue;
    for (const name of ["aria-label", "title", "alt", "placeholder"]) {
      if (element.hasAttribute(name)) look(element.getAttribute(name), element, name);
    }
  }
  return unmarked;
}"""


def unmarked_runs(browser: object, url: str, folder: Path) -> dict[str, list[str]]:
    """Every page of the site built in `folder` and served at `url`: the runs of the other language it leaves unmarked."""
    page = browser.new_page()  # type: ignore[attr-defined]
    found = {}
    for path in page_urls(folder):
        page.goto(url + path.lstrip("/"), wait_until="load")
        language = page.evaluate("document.documentElement.lang")
        found[path] = page.evaluate(RUNS_JS, [language, units.ID_PATTERN])
    page.close()
    return found


def test_every_run_of_the_other_language_carries_its_lang(site: tuple[Path, str], browser: object) -> None:
    folder, url = site
    found = unmarked_runs(browser, url, folder)
    assert {"/", "/en/", "/glossary/", "/en/glossary/", "/404.html", "/en/404.html"} <= found.keys()
    unmarked = [f"{path}: {run}" for path, runs_of_page in found.items() for run in runs_of_page]
    assert not unmarked, f"{len(unmarked)} runs of the other language without its lang:\n" + "\n".join(unmarked[:40])


def test_the_check_finds_an_unmarked_run(site: tuple[Path, str], browser: object) -> None:
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + "en/about/", wait_until="load")
    page.evaluate("""() => document.querySelector("article").insertAdjacentHTML("beforeend",
      '<p>closed 閣議決定 <span lang="ja">見直し</span> <a href="/x_y/">a_b.txt</a> <code>日本</code></p>')""")
    assert page.evaluate(RUNS_JS, ["en", units.ID_PATTERN]) == ["text in <p>: 閣議決定"]
    page.goto(url + "about/", wait_until="load")
    page.evaluate("""() => document.querySelector("article").insertAdjacentHTML("beforeend",
      '<p title="Permanent link">SCCとPDF、VIIIとU.S.-Japan Alliance、units.json</p>')""")
    assert page.evaluate(RUNS_JS, ["ja", units.ID_PATTERN]) == ["text in <p>: Alliance", "title in <p>: Permanent link"]
    page.close()


def test_runs_of_the_other_language_are_found_by_their_script() -> None:
    assert runs("英語では review と訳す。SCC、PDF、VIII", "ja") == ["英語では ", "review", " と訳す。SCC、PDF、VIII"]
    assert runs("Same as 政府一体: all agencies (1997年) take part.", "en") == [
        "Same as ",
        "政府一体",
        ": all agencies (",
        "1997年",
        ") take part.",
    ]
    assert mark("Self-Defense Forces (SDF)の略", "ja") == '<span lang="en">Self-Defense Forces (SDF)</span>の略'
    assert mark("nothing Japanese", "en") == "nothing Japanese"


# Material's partials that the edition copies with a change: the change, undone, must give Material's own.
COPIES = {  # Material's partials that overrides/partials/ copies, with their changes: (ours, Material's)
    "alternate.html": [
        ('href="{{ alt.url | url }}"', 'href="{{ alt.link | url }}"'),  # the switcher, relative
        (' lang="{{ alt.lang }}"', ""),
        ('{% if alt.lang == config.theme.language %} aria-current="page"{% endif %}', ""),
    ],
    "search.html": [(' role="dialog" aria-label="{{ lang.t(\'search\') }}">', ' role="dialog">')],  # its name
    "language.html": [
        ('edition_strings is defined and edition_strings[config.theme.language]["material:" ~ key] or ', "")
    ],
}


@pytest.mark.parametrize("name", COPIES)
def test_a_copied_partial_is_materials_own_but_for_its_change(name: str) -> None:
    """If Material changes one of these partials, the copy in overrides/partials/ must be made again."""
    strip_comment = lambda html: html.split("-#}\n", 1)[1]  # noqa: E731
    ours = strip_comment((ROOT / "overrides" / "partials" / name).read_text(encoding="utf-8"))
    for change, original in COPIES[name]:
        assert change in ours
        ours = ours.replace(change, original)
    assert ours == strip_comment((MATERIAL / "partials" / name).read_text(encoding="utf-8"))


MENU_JS = """() => [...document.querySelectorAll(".md-select__link")].map((link) => ({
  lang: link.lang, current: link.getAttribute("aria-current"), href: link.pathname,
  weight: getComputedStyle(link).fontWeight, mark: getComputedStyle(link, "::after").content,
}))"""


@pytest.mark.parametrize(
    ("path", "current"), [("v/", "ja"), ("en/v/", "en"), ("404.html", "ja"), ("en/404.html", "en")]
)
def test_the_language_menu_says_each_name_in_its_language_and_marks_the_current_one(
    site: tuple[Path, str], browser: object, path: str, current: str
) -> None:
    _, url = site
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url + path, wait_until="load")
    menu = page.evaluate(MENU_JS)
    page.close()
    assert [item["lang"] for item in menu] == ["ja", "en"]
    for item in menu:
        is_current = item["lang"] == current
        assert item["current"] == ("page" if is_current else None)
        assert (item["weight"] == "700") is is_current
        assert ("✓" in item["mark"]) is is_current
    # the 404 pages lead to each other, not both to one page
    if path.endswith("404.html"):
        assert [item["href"] for item in menu] == ["/404.html", "/en/404.html"]
