"""Japanese wraps between words: on a phone, every Japanese heading, the header's title, the navigation and the
side-by-side headings that wrap break between words, never inside one. Where each line breaks is read from
Chromium's layout (a rectangle per character: a line starts where a character's top moves down), and what a word
is from a morphological analyser (janome), on the text as shown, which no part of this changes."""

from __future__ import annotations

import functools
from pathlib import Path

from janome.tokenizer import Tokenizer

PHONE = {"width": 390, "height": 844}
# janome's dictionary gives a compound particle (における, に関する, として) as one word; it is a particle and a
# verb, between which a line may break
COMPOUND_PARTICLE = "助詞,格助詞,連語"
# the elements that wrap as titles: headings of the text and of the side-by-side rows, the home page's contents,
# the header's title, the navigation (in the drawer, laid out though off screen)
TITLES = ".md-typeset :is(h1, h2, h3), .contents-link, .md-header__topic, .md-nav__title, .md-nav__link"
# the titles of the text, which the build marks with <wbr> between phrases for browsers without auto-phrase
CONTENT_TITLES = ".md-typeset :is(h1, h2, h3), .contents-link"

# A browser without auto-phrase, in Chromium: the rules edition.css gives such a browser (`@supports not
# (word-break: auto-phrase)`), read from the served stylesheet and added unconditionally at its end (through
# the CSSOM: the pages' policy refuses a <style> element).
WITHOUT_AUTO_PHRASE = r"""() => {
  let added = 0;
  for (const sheet of document.styleSheets) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSSupportsRule && /not\s*\(word-break:\s*auto-phrase\)/.test(rule.conditionText)) {
        for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length), added++;
      }
    }
  }
  return added;
}"""
# A browser with neither auto-phrase nor the fallback: the titles as its own line breaking wraps them.
PLAIN_BREAKING = """(selector) => {
  const sheet = [...document.styleSheets].find((sheet) => sheet.href?.endsWith("/assets/edition.css"));
  sheet.insertRule(`${selector} { word-break: normal; }`, sheet.cssRules.length);
}"""
# titles wider than their box: what keep-all would do to a phrase longer than the line, were nothing to break it
OVERFLOWING = """(selector) => [...document.querySelectorAll(selector)]
  .filter((el) => el.closest("[lang]")?.lang.startsWith("ja") && el.scrollWidth > el.clientWidth + 1)
  .map((el) => el.textContent)"""

LINES = """(selector) => {
  const skip = ".headerlink, .cite, .cite-panel, .md-nav__icon";
  const found = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.closest("[lang]")?.lang.startsWith("ja") || el.querySelector(selector)) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let text = "", top = null;
    const breaks = [];
    for (let node; (node = walker.nextNode()); ) {
      if (node.parentElement.closest(skip)) continue;
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (box && box.width > 0 && node.data[i].trim()) {
          if (top !== null && box.top > top + box.height / 2) breaks.push(text.trimStart().length);
          top = box.top;
        }
        text += node.data[i];
      }
    }
    text = text.trim().replace(/\\s+/g, " ");
    if (text) found.push([text, breaks]);
  }
  return found;
}"""


@functools.cache
def _tokenizer() -> Tokenizer:
    return Tokenizer()


def inside_words(text: str, breaks: list[int]) -> list[str]:
    """Each break of `text` (a line starting at that offset) that falls inside a word, shown as `考|え方`."""
    ends, at = set(), 0
    for token in _tokenizer().tokenize(text):
        start = text.index(token.surface, at)
        at = start + len(token.surface)
        ends.add(at)
        if token.part_of_speech.startswith(COMPOUND_PARTICLE):
            ends.add(start + 1)  # に|おける, に|関する: a particle, then a verb
    return [
        f"{text[:b]}|{text[b:]}" for b in breaks if b not in ends and text[b - 1 : b + 1].strip() == text[b - 1 : b + 1]
    ]


def wrapped_titles(
    page: object, url: str, paths: list[str], selector: str = TITLES, styles: str = ""
) -> dict[tuple[str, tuple[int, ...]], int]:
    """Every Japanese title (`selector`) of the pages that wraps at the page's width, by its text and where its
    lines start (the same title wraps alike on every page, in the navigation, or otherwise in a heading): how
    often. `styles`, a script given the selector, changes the page's styles first."""
    found: dict[tuple[str, tuple[int, ...]], int] = {}
    for path in paths:
        page.goto(url + path)  # type: ignore[attr-defined]
        if styles:
            page.evaluate(styles, selector)  # type: ignore[attr-defined]
        for text, breaks in page.evaluate(LINES, selector):  # type: ignore[attr-defined]
            if breaks:
                found[text, tuple(breaks)] = found.get((text, tuple(breaks)), 0) + 1
    return found


def _pages(folder: Path) -> list[str]:
    """Every Japanese page, and every English side-by-side page (its Japanese column)."""
    pages = [p.parent.relative_to(folder).as_posix() for p in sorted(folder.rglob("index.html"))]
    return [p + "/" if p != "." else "" for p in pages if not p.startswith("en") or p.startswith("en/parallel")]


def test_japanese_titles_on_a_phone_break_between_words(site: tuple[Path, str], browser: object) -> None:
    folder, url = site
    page = browser.new_page(viewport=PHONE)  # type: ignore[attr-defined]
    paths = _pages(folder)
    assert "v/" in paths and "en/parallel/v/" in paths and "en/v/" not in paths
    wrapped = wrapped_titles(page, url, paths)
    page.close()
    assert len(wrapped) >= 10, f"only {len(wrapped)} titles wrap: is the phone's width applied?"
    broken = [shown for text, breaks in wrapped for shown in inside_words(text, list(breaks))]
    assert broken == [], f"{len(broken)} of {len(wrapped)} wrapped titles break inside a word: {broken}"


def test_without_auto_phrase_the_titles_of_the_text_break_between_words(
    site: tuple[Path, str], browser: object
) -> None:
    """Firefox and Safari, which lack auto-phrase, in Chromium: the fallback's rules forced, the titles of the text
    break only at the <wbr>s the build put between their phrases; without it, they would break inside words."""
    folder, url = site
    page = browser.new_page(viewport=PHONE)  # type: ignore[attr-defined]
    paths = _pages(folder)
    overflowing = []
    for path in ("", "vi/", "parallel/vi/", "en/parallel/vi/"):  # the contents, the longest titles
        page.goto(url + path)
        assert page.evaluate(WITHOUT_AUTO_PHRASE) >= 1, "edition.css has no `@supports not (word-break: auto-phrase)`"
        overflowing += page.evaluate(OVERFLOWING, CONTENT_TITLES)
    fallback = wrapped_titles(page, url, paths, CONTENT_TITLES, WITHOUT_AUTO_PHRASE)
    plain = wrapped_titles(page, url, paths, CONTENT_TITLES, PLAIN_BREAKING)
    page.close()
    assert overflowing == [], f"titles wider than the phone: {overflowing}"
    broken = [shown for text, breaks in fallback for shown in inside_words(text, list(breaks))]
    assert len(fallback) >= 10, f"only {len(fallback)} titles wrap: is the phone's width applied?"
    assert broken == [], f"{len(broken)} of {len(fallback)} wrapped titles break inside a word: {broken}"
    plain_broken = {text for text, breaks in plain if inside_words(text, list(breaks))}
    assert plain_broken, "without the fallback no title breaks inside a word: the test measures nothing"


def test_a_heading_copies_as_its_text(site: tuple[Path, str], browser: object) -> None:
    """The <wbr>s add nothing to a heading's text: selected and copied, it is the original, character for
    character (a section page's title with a term in it, and a side-by-side row's heading)."""
    _, url = site
    page = browser.new_page(viewport=PHONE)  # type: ignore[attr-defined]
    copied = {}
    for path, selector in (("v/", "h1"), ("parallel/v/", ".parallel-ja h2")):
        page.goto(url + path)
        assert page.locator(f"{selector} wbr").count() >= 2, f"no <wbr> in {path}'s {selector}"
        copied[path] = page.evaluate(
            """(selector) => {
              const heading = document.querySelector(selector);
              const range = document.createRange();
              range.setStart(heading, 0);
              const permalink = heading.querySelector(".headerlink");
              permalink ? range.setEndBefore(permalink) : range.setEnd(heading, heading.childNodes.length);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
              return getSelection().toString();
            }""",
            selector,
        )
    page.close()
    title = "V. 日本の平和及び安全の切れ目のない確保"
    assert copied == {"v/": title, "parallel/v/": title}


def test_a_break_inside_a_word_is_found() -> None:
    assert inside_words("基本的な前提及び考え方", [9]) == ["基本的な前提及び考|え方"]
    assert inside_words("基本的な前提及び考え方", [8]) == []
    assert inside_words("V. 日本の平和", [3]) == []  # after the space
    assert inside_words("領域における対応", [3]) == []  # 領域に|おける
    assert inside_words("領域における対応", [4]) == ["領域にお|ける対応"]
