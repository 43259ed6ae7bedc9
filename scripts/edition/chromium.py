"""The Chromium that the tests and benchmarks drive through Playwright: Debian's, unless CHROMIUM says otherwise.

`playwright install` cannot download here, so /usr/bin/chromium (Debian's package, which .ci/run installs)
is the default; CHROMIUM=playwright uses Playwright's own build where one is installed.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# no background requests: this machine's network is closed, and the privacy gate counts every request
ARGUMENTS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def executable() -> str | None:
    """The browser binary to launch; None means Playwright's own."""
    return None if CHROMIUM == "playwright" else CHROMIUM


def launch(playwright: object) -> object:
    return playwright.chromium.launch(executable_path=executable(), args=ARGUMENTS)  # type: ignore[attr-defined]
