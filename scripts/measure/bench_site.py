"""`make bench`, and a step of `make test`: page weights and build times, ours against a stock Material build of
the same pages.

Writes bench/site.json and exits 1 if a budget of data/budgets.tsv is breached, a page is not there to weigh, or a
figure has no budget. Times are medians of five runs; the stock build (Material + mkdocs-static-i18n, no hooks, no
extensions, no overrides) is measured in the same run on the same machine, so the ratio means something anywhere.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from edition import ROOT
from measure import chromium
from measure.budgets import NothingMeasured, judge, page_weights, read_budgets
from measure.serve import serve
from measure.stock import stock_config

RUNS = 5
OUT = ROOT / "bench" / "site.json"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _median_seconds(commands: dict[str, list[str]]) -> dict[str, float]:
    """Medians of RUNS runs of each command, run in turn (one of each, then again), so that the machine's load,
    which drifts, weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            started = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
            if done.returncode:  # MkDocs logs to stderr, then prints the error it stopped on to stdout
                sys.exit(f"{' '.join(command)} failed:\n{(done.stderr + done.stdout)[-3000:]}")
            times[name].append(time.perf_counter() - started)
    return {name: round(statistics.median(runs), 3) for name, runs in times.items()}


def _weights(folder: Path) -> dict[str, dict[str, int]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, serve(folder) as (url, counter):
        browser = chromium.launch(playwright)
        try:
            return page_weights(browser, url, counter)
        finally:
            browser.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        ours, stock = Path(tmp) / "ours", Path(tmp) / "stock"
        config = stock_config(Path(tmp))
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(ours)]
        stock_build = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(config), "--site-dir", str(stock)]
        times = _median_seconds(
            {"check": [sys.executable, "scripts/docs.py", "check"], "build": build, "stock_build": stock_build}
        )
        weights = {"ours": _weights(ours), "stock": _weights(stock)}
    if any(sizes["next_page"] < 2000 for sizes in weights["ours"].values()):
        sys.exit(f"too little measured, is the page being read? {weights['ours']}")
    measured = {
        "reading_view": max(w["reading_view"] for w in weights["ours"].values()),
        "first_view": max(w["first_view"] for w in weights["ours"].values()),
        "next_page": max(w["next_page"] for w in weights["ours"].values()),
        "build_vs_stock": round(times["build"] / times["stock_build"], 2),
    }
    budgets = judge(measured, read_budgets())
    OUT.parent.mkdir(exist_ok=True)
    report = {"budgets": budgets, "seconds_median_of_5": times, "gzip_bytes": weights}
    OUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    breaches = [name for name, b in budgets.items() if not b["ok"]]
    if breaches:
        print(f"budgets breached: {', '.join(breaches)} (see {OUT.relative_to(ROOT)})", file=sys.stderr)
    return 1 if breaches else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except NothingMeasured as error:
        sys.exit(f"budgets: {error}")  # one line: a page not there, or a figure without a budget
