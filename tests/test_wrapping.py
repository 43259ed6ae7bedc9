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


def wrapped_titles(page: object, url: str, paths: list[str]) -> dict[tuple[str, tuple[int, ...]], int]:
    """Every Japanese title of the pages that wraps at the page's width, by its text and where its lines start
    (the same title wraps alike on every page, in the navigation, or otherwise in a heading): how often."""
    found: dict[tuple[str, tuple[int, ...]], int] = {}
    for path in paths:
        page.goto(url + path)  # type: ignore[attr-defined]
        for text, breaks in page.evaluate(LINES, TITLES):  # type: ignore[attr-defined]
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


def test_a_break_inside_a_word_is_found() -> None:
    assert inside_words("基本的な前提及び考え方", [9]) == ["基本的な前提及び考|え方"]
    assert inside_words("基本的な前提及び考え方", [8]) == []
    assert inside_words("V. 日本の平和", [3]) == []  # after the space
    assert inside_words("領域における対応", [3]) == []  # 領域に|おける
    assert inside_words("領域における対応", [4]) == ["領域にお|ける対応"]
