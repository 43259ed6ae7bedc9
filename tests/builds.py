"""A copy of this checkout's sources to build (with measure.build.build_site), and the files of Material's
that the build uses."""

from __future__ import annotations

import shutil
from pathlib import Path

import material

from edition import ROOT

MATERIAL = Path(material.__file__).parent / "templates"  # the theme's templates and assets, as installed

NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", "site-offline", "build", "bench", ".cache", ".*_cache", "__pycache__"
)


def copy_sources(folder: Path) -> Path:
    """The sources of this checkout copied into `folder`, as a second checkout would have them."""
    shutil.copytree(ROOT, folder, ignore=NOT_SOURCES)
    return folder


def material_bundle(suffix: str = "") -> Path:
    """Material's one JavaScript bundle, `bundle.<hash>.min.js`; with `suffix=".map"`, its source map."""
    (bundle,) = (MATERIAL / "assets" / "javascripts").glob(f"bundle.*.min.js{suffix}")
    return bundle
