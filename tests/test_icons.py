"""Material's icons: painted by the cached stylesheet, never carried inside a page, and seen in both palettes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition import icons
from edition.data import DataError, read_tsv

BOX_RE = re.compile(r'<svg viewBox="0 0 24 24" class="icon-([a-z]+)"></svg>')


def test_pages_carry_icons_as_empty_boxes_only(site: tuple[Path, str]) -> None:
    folder, _ = site
    names = {row["name"] for row in read_tsv(icons.ICONS)}
    pages = list(folder.rglob("*.html"))
    used = set()
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<path" not in html, f"{page.relative_to(folder)} carries an icon's shape"
        assert html.count("<svg") == len(BOX_RE.findall(html)), page.relative_to(folder)
        used |= set(BOX_RE.findall(html))
    assert len(pages) > 40
    assert used == names  # every icon of the list is used, and none is used without its rule
    served = (folder / "assets" / "edition.css").read_text(encoding="utf-8")
    assert all(f".icon-{name}{{--icon:url('data:image/svg+xml,<svg" in served for name in names)


def test_an_icon_material_lacks_stops_the_build(tmp_path: Path) -> None:
    listed = tmp_path / "icons.tsv"
    rows = icons.ICONS.read_text(encoding="utf-8").replace("material/magnify", "material/magnifying-glas")
    listed.write_text(rows, encoding="utf-8")
    with pytest.raises(DataError, match=r"icons\.tsv:4: Material has no icon 'material/magnifying-glas'"):
        icons.stylesheet(listed)


def test_an_icon_without_its_box_stops_the_build(tmp_path: Path) -> None:
    listed = tmp_path / "icons.tsv"
    listed.write_text(icons.ICONS.read_text(encoding="utf-8") + "share\tmaterial/share-variant\tnowhere yet\n")
    with pytest.raises(DataError, match=r"icons\.tsv: names .*'share'.* has boxes .*: each icon needs both"):
        icons.stylesheet(listed)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_header_icons_paint_their_shapes(site: tuple[Path, str], browser: object, scheme: str) -> None:
    """Each icon shown before Material starts paints its shape, in both palettes: what it shows differs both
    from nothing and from the filled square it would be without its mask."""
    _, url = site
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url + "v/")
    page.locator('.md-header svg[class^="icon-"]').evaluate_all(  # those a reader sees, not a transparent one
        "(icons) => icons.forEach((icon) => icon.checkVisibility({ opacityProperty: true }) && (icon.dataset.seen = ''))"
    )
    shown = page.locator(".md-header svg[data-seen]")
    names = shown.evaluate_all("(icons) => icons.map((icon) => icon.getAttribute('class'))")
    assert {"icon-logo", "icon-alternate"} <= set(names), names
    for n, name in enumerate(names):
        icon = shown.nth(n)
        painted = icon.screenshot()
        icon.evaluate("(icon) => (icon.style.mask = icon.style.webkitMask = 'none')")
        filled = icon.screenshot()
        icon.evaluate("(icon) => (icon.style.backgroundColor = 'transparent')")
        empty = icon.screenshot()
        assert painted != filled and painted != empty and filled != empty, name
    context.close()
