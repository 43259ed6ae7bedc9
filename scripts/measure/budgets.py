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


class NothingMeasured(Exception):
    """A page not there to weigh, or figures without budgets: a gate that measured nothing would pass."""


def read_budgets() -> dict[str, Budget]:
    return {r["name"]: Budget(r["name"], float(r["limit"]), r["unit"], r["what"]) for r in read_tsv(BUDGETS)}


def judge(measured: dict[str, float], budgets: dict[str, Budget]) -> dict[str, dict[str, object]]:
    """Each figure against its budget; the budgets must name exactly the figures measured, none left unjudged."""
    if not budgets or measured.keys() != budgets.keys():
        raise NothingMeasured(f"{BUDGETS.name} has budgets for {sorted(budgets)}, the figures are {sorted(measured)}")
    return {
        name: {"value": measured[name], "limit": b.limit, "unit": b.unit, "ok": measured[name] <= b.limit}
        for name, b in budgets.items()
    }


def _weigh(page: object, url: str, counter: Counter) -> tuple[int, int]:
    """The gzip bytes sent to show `url`, what a reader who only reads fetches; and with those, to start
    Material, what a reader who does anything at all fetches."""
    counter.reset()
    response = page.goto(url, wait_until="networkidle")  # type: ignore[attr-defined]
    if response is None or not response.ok:
        raise NothingMeasured(f"{url}: HTTP {response.status if response else 'no response'}, not a page to weigh")
    reading = counter.bytes
    start_material(page)
    if not reading:
        raise NothingMeasured(f"{url}: no byte counted: is the page served by the server that counts?")
    return reading, counter.bytes


def page_weights(browser: object, base_url: str, counter: Counter) -> dict[str, dict[str, int]]:
    """Per language, the gzip bytes of a section page opened with an empty cache, as first read and after the
    reader's first move; and of the next section page after that."""
    weights = {}
    for language, (first, following) in SECTION_PAGES.items():
        context = browser.new_context()  # type: ignore[attr-defined]  # an empty cache
        page = context.new_page()
        reading_view, first_view = _weigh(page, base_url + first, counter)
        _, next_page = _weigh(page, base_url + following, counter)
        weights[language] = {"reading_view": reading_view, "first_view": first_view, "next_page": next_page}
        context.close()
    return weights
