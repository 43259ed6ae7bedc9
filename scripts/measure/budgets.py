"""Page weights a reader pays for, measured in Chromium against the site served with gzip; and the budgets.

The limits are data (data/budgets.tsv); scripts/measure/bench_site.py (`make bench`, and a step of `make test`)
measures against them.
"""

from __future__ import annotations

from dataclasses import dataclass

from edition import ROOT
from edition.data import read_tsv
from measure.chromium import start_material
from measure.serve import Counter

BUDGETS = ROOT / "data" / "budgets.tsv"
SECTION_PAGES = {"ja": ("v/", "vi/"), "en": ("en/v/", "en/vi/")}  # a first section page, then the next one


@dataclass(frozen=True)
class Budget:
    name: str
    limit: float
    unit: str
    what: str


def read_budgets() -> dict[str, Budget]:
    return {r["name"]: Budget(r["name"], float(r["limit"]), r["unit"], r["what"]) for r in read_tsv(BUDGETS)}


def page_weights(browser: object, base_url: str, counter: Counter) -> dict[str, dict[str, int]]:
    """Per language, the gzip bytes of the first view of a section page and of the next section page."""
    weights = {}
    for language, (first, following) in SECTION_PAGES.items():
        context = browser.new_context()  # type: ignore[attr-defined]  # an empty cache
        page = context.new_page()
        counter.reset()
        page.goto(base_url + first, wait_until="networkidle")
        start_material(page)  # counted: what a reader who does anything at all fetches
        first_view = counter.bytes
        counter.reset()
        page.goto(base_url + following, wait_until="networkidle")
        start_material(page)
        weights[language] = {"first_view": first_view, "next_page": counter.bytes}
        context.close()
    return weights
