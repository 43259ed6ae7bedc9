"""Build the site the way `make build` does: from this checkout, or from a copy of its sources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from edition.original import ROOT

NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", "site-offline", "build", "bench", ".*_cache", "__pycache__"
)


def copy_sources(folder: Path) -> Path:
    """The sources of this checkout copied into `folder`, as a second checkout would have them."""
    shutil.copytree(ROOT, folder, ignore=NOT_SOURCES)
    return folder


def build_site(site_dir: Path, sources: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of `sources` into `site_dir`, with `env` added; a copy builds with its own code."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(sources / "scripts"), **env}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=sources,
        env=environment,
        capture_output=True,
        text=True,
    )
