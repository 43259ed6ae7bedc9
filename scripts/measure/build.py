"""Build the site the way `make build` does, for the tests and the benchmarks: from this checkout or a copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from edition import ROOT

REPORT_LINES = 60  # of what a failed build printed last, where the check's report and MkDocs' errors are


class BuildFailed(Exception):
    """A failed build, told with the end of what it printed, so that a failing test or benchmark says why."""


def build_site(
    site_dir: Path, sources: Path = ROOT, config: Path | None = None, strict: bool = True, **env: str
) -> None:
    """`mkdocs build --strict` of `sources` (with `config`, else their mkdocs.yml) into `site_dir`, `env` added;
    not strict for the stock build, whose pages link to what only the edition's hooks publish (/data/, /source/).

    A copy of the sources builds with its own code: its scripts/ comes first on the import path.
    """
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(sources / "scripts"), **env}
    build = ["build", "--strict"] if strict else ["build"]
    command = [sys.executable, "-m", "mkdocs", *build, "--site-dir", str(site_dir)]
    if config is not None:
        command += ["--config-file", str(config)]
    done = subprocess.run(command, cwd=sources, env=environment, capture_output=True, text=True)
    if done.returncode:
        # MkDocs logs to stderr, then prints the error it stopped on (an Abort: the check's report) to stdout.
        said = (done.stderr + done.stdout).splitlines()[-REPORT_LINES:]
        raise BuildFailed("\n".join([f"mkdocs {' '.join(build)} in {sources} exited with {done.returncode}:", *said]))
