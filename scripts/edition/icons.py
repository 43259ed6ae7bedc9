"""Material's icons drawn by the cached stylesheet rather than repeated inside every page.

Material writes each icon's SVG into every page, twelve of them on a section page: a fifth of the gzip bytes of
the next page a reader opens. The edition names its own icons in `mkdocs.yml` (`theme.icon`, the palette's
toggles): `overrides/.icons/edition/NAME.svg` is an empty box that names its icon by class, and this module
writes, from the Material icon that `data/icons.tsv` gives each name, the rule that paints it, into the
stylesheet the site serves (`assets/edition.css`, fetched once). The shapes are read from the installed Material,
so they stay Material's own; a name whose icon Material no longer has stops the build.
"""

from __future__ import annotations

from pathlib import Path

import material

from edition import ROOT
from edition.data import DataError, numbered_rows
from edition.report import relative

ICONS = ROOT / "data" / "icons.tsv"
MATERIAL_ICONS = Path(material.__file__).parent / "templates" / ".icons"
BOXES = ROOT / "overrides" / ".icons" / "edition"


def stylesheet(path: Path = ICONS) -> str:
    """One rule per icon of `data/icons.tsv`: its class gets Material's shape, as a mask (edition.css paints it)."""
    rows = numbered_rows(path)
    boxes, names = {box.stem for box in BOXES.glob("*.svg")}, {row["name"] for _, row in rows}
    if boxes != names:
        raise DataError(
            f"{relative(path)}: names {sorted(names)}, {relative(BOXES)} has boxes {sorted(boxes)}:"
            " each icon needs both"
        )
    rules = []
    for line, row in rows:
        shape = MATERIAL_ICONS / f"{row['icon']}.svg"
        if not shape.is_file():
            raise DataError(f"{relative(path)}:{line}: Material has no icon '{row['icon']}' ({shape})")
        svg = shape.read_text(encoding="utf-8").strip().replace("%", "%25").replace("#", "%23")  # all a URL needs
        rules.append(f".icon-{row['name']}{{--icon:url('data:image/svg+xml,{svg}')}}")
    return "\n".join(rules) + "\n"
