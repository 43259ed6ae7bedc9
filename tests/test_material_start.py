"""Material's script starts on the reader's first interaction (docs/assets/start-material.js): a page being read
runs none of it, and once the reader does anything, Material works as if it had started with the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from measure.chromium import start_material

PHONE = {"viewport": {"width": 412, "height": 823}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def context(browser: object) -> Iterator[object]:
    context = browser.new_context()  # type: ignore[attr-defined]
    yield context
    context.close()


@pytest.mark.parametrize("path", ["v/", "en/glossary/"])
def test_a_page_being_read_runs_none_of_materials_script(site: tuple[Path, str], context: object, path: str) -> None:
    page = context.new_page()  # type: ignore[attr-defined]
    scripts: list[str] = []
    page.on("request", lambda request: request.resource_type != "script" or scripts.append(request.url))
    page.goto(site[1] + path, wait_until="networkidle")
    assert [url for url in scripts if url.endswith("/assets/start-material.js")], "no script seen: watching nothing?"
    assert not [url for url in scripts if "/javascripts/bundle." in url], scripts
    assert page.evaluate("document.documentElement.className") == "no-js"


def test_the_first_pointer_movement_starts_it(site: tuple[Path, str], context: object) -> None:
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(site[1] + "v/", wait_until="networkidle")
    page.mouse.move(200, 300)
    page.click("label[for=__palette_1]")  # Material shows its palette toggle once it runs; it works
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"


def test_the_first_touch_starts_it_and_search_opens_on_a_phone(site: tuple[Path, str], browser: object) -> None:
    context = browser.new_context(**PHONE)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site[1] + "en/v/", wait_until="networkidle")
    page.tap("article h1", position={"x": 2, "y": 2})  # on the heading's text, not on a link
    page.tap("label.md-header__button[for=__search]")
    page.wait_for_function("document.activeElement.matches('input.md-search__input')")
    context.close()


def test_a_key_pressed_before_it_runs_is_not_lost(site: tuple[Path, str], context: object) -> None:
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(site[1] + "v/", wait_until="networkidle")
    with page.expect_navigation():
        page.keyboard.press("n")  # Material's shortcut to the next page, as the very first thing the reader does
    assert page.url == site[1] + "vi/"


def test_what_is_typed_before_it_runs_reaches_the_search_box(site: tuple[Path, str], context: object) -> None:
    page = context.new_page()  # type: ignore[attr-defined]
    held: list[object] = []
    page.route("**/javascripts/bundle.*.min.js", lambda route: held.append(route))  # arrives after the typing
    page.goto(site[1] + "en/", wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type("cyberspace")
    assert len(held) == 1, "the first key did not ask for Material's script"
    held[0].fallback()  # type: ignore[attr-defined]
    page.locator(".md-search-result__item").first.wait_for()
    assert page.input_value("input.md-search__input") == "cyberspace"


def test_a_page_opened_from_a_search_result_marks_the_words_at_once(site: tuple[Path, str], context: object) -> None:
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(site[1] + "en/vii/?h=cyberspace")  # and no interaction at all
    marked = page.locator("article mark[data-md-highlight]")
    marked.first.wait_for()
    assert {text.lower() for text in marked.all_inner_texts()} == {"cyberspace"}


SHIFTS = """window.shifts = [];
new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
  .observe({ type: "layout-shift", buffered: true });"""


def test_a_phone_has_its_search_button_at_once_and_one_tap_puts_the_cursor_in_the_field(
    site: tuple[Path, str], browser: object
) -> None:
    """At 390 px, before any interaction and before Material's script could run (it is held back), the header
    shows the search button; one tap opens the search with the cursor in the field; what is typed then is
    searched once Material runs."""
    context = browser.new_context(**{**PHONE, "viewport": {"width": 390, "height": 844}})  # type: ignore[attr-defined]
    page = context.new_page()
    held: list[object] = []
    page.route("**/javascripts/bundle.*.min.js", lambda route: held.append(route))
    page.goto(site[1] + "en/v/", wait_until="networkidle")
    button = page.locator("label.md-header__button[for=__search]")
    assert button.is_visible()
    box = button.bounding_box()
    assert box is not None and box["width"] >= 24 and box["height"] >= 24 and box["x"] + box["width"] <= 390, box
    assert page.evaluate("document.documentElement.className") == "no-js"  # Material has not run
    button.tap()
    field = page.locator("input.md-search__input")
    page.wait_for_function("document.activeElement.matches('input.md-search__input')")
    expect(field).to_be_visible()
    page.keyboard.type("cyberspace")
    for _ in range(50):  # the tap's request for Material's script reaches the route, which holds it
        if held:
            break
        page.wait_for_timeout(100)
    assert len(held) == 1 and page.evaluate("document.documentElement.className") == "no-js"
    held[0].fallback()  # type: ignore[attr-defined]
    page.locator(".md-search-result__item").first.wait_for()
    assert field.input_value() == "cyberspace"
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_header_shows_search_from_the_first_paint_and_does_not_move_when_material_starts(
    site: tuple[Path, str], browser: object, width: int
) -> None:
    """The search control (a phone's button, a desktop's box) is where Material puts it before its script runs,
    and stays there once it runs: no layout shift at all, as the page loads or as Material starts."""
    context = browser.new_context(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    page.add_init_script(SHIFTS)
    page.goto(site[1] + "v/", wait_until="networkidle")
    control = page.locator(".md-search__input" if width > 960 else "label.md-header__button[for=__search]")
    assert control.is_visible()
    before = control.bounding_box()
    start_material(page)
    page.wait_for_timeout(300)  # Material's first frames
    assert page.evaluate("document.documentElement.className") != "no-js"
    assert control.bounding_box() == before
    assert page.evaluate("window.shifts") == []
    context.close()
