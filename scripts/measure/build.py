"""Build the site the way `make build` does, for the tests and the benchmarks: from this checkout or a copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from edition import ROOT


def build_site(
    site_dir: Path, sources: Path = ROOT, config: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of `sources` (with `config`, else their mkdocs.yml) into `site_dir`, `env` added.

    A copy of the sources builds with its own code: its scripts/ comes first on the import path.
    """
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(sources / "scripts"), **env}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        command += ["--config-file", str(config)]
    return subprocess.run(command, cwd=sources, env=environment, capture_output=True, text=True)
