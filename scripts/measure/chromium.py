"""The Chromium that the tests and benchmarks drive through Playwright: Debian's, unless CHROMIUM says otherwise;
the reader's first move, which starts Material's script (`start_material`); and the pages' Content-Security-Policy
violations, recorded as they happen (`watch_policy`, `violations`).

`playwright install` cannot download here, so /usr/bin/chromium (Debian's package, which .ci/run installs)
is the default; CHROMIUM=playwright uses Playwright's own build where one is installed.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM") or "/usr/bin/chromium"  # set but empty: the default too
# no background requests: this machine's network is closed, and the privacy gate counts every request
ARGUMENTS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def executable() -> str | None:
    """The browser binary to launch; None means Playwright's own."""
    return None if CHROMIUM == "playwright" else CHROMIUM


def launch(playwright: object) -> object:
    return playwright.chromium.launch(executable_path=executable(), args=ARGUMENTS)  # type: ignore[attr-defined]


# Material's script, as it starts, fetches the search configuration and its search worker (ours or its own)
MATERIAL_STARTED = """() => {
  const fetched = performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname);
  return fetched.some((path) => path.endsWith("/search/search_index.json")) && fetched.some((path) => path.includes("worker"));
}"""


def start_material(page: object) -> None:
    """Move the pointer, as a reader does first, and wait until Material's script, which starts on that
    (docs/assets/start-material.js), has fetched what it fetches as it starts. A stock site's already has."""
    page.mouse.move(1, 1)  # type: ignore[attr-defined]
    page.wait_for_function(MATERIAL_STARTED)  # type: ignore[attr-defined]


# Every Content-Security-Policy violation of a page, kept where `violations` reads it, in every frame and document
WATCH_POLICY = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  __violations.push(`${e.effectiveDirective} refused ${e.blockedURI || "an inline script"} at ${e.sourceFile}:${e.lineNumber}`));"""


def watch_policy(context: object) -> None:
    """Record, in every page the context opens from now on, each violation of its Content-Security-Policy."""
    context.add_init_script(WATCH_POLICY)  # type: ignore[attr-defined]


def violations(page: object) -> list[str]:
    """The policy violations of the page's current document so far (`watch_policy`)."""
    return page.evaluate("window.__violations")  # type: ignore[attr-defined]
