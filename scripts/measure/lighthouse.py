"""`make lighthouse`, the last step of `make test`: Lighthouse (mobile defaults) on the built site served with
gzip; every category of every page must score 100.

Lighthouse's scores vary from run to run on the same page (its documentation advises taking the median of
several runs): each page's score in a category is the median of five runs, and the runs stop as soon as a
majority settles it (three that agree). Lighthouse comes from package-lock.json (`npm ci`); Chromium is Debian's
(CHROME_PATH). Writes every run to bench/lighthouse.json and exits 1 if a median is below 100, or if the built
site lacks a page of PAGES (Lighthouse would score the error page in its place).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from edition import ROOT
from measure.build import build_site
from measure.serve import serve

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Home, a section, the glossary and a side-by-side page; in both languages, at these paths under the site's root.
PAGES = ("", "v/", "glossary/", "parallel/v/")
LANGUAGES = ("", "en/")
OUT = ROOT / "bench" / "lighthouse.json"
RUNS = 5  # as Lighthouse's documentation advises for its variance
METRICS = ("first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time")


def _audit(url: str, report: Path) -> dict[str, object]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless --no-sandbox",
         "--disable-full-page-screenshot"],  # a picture for the HTML report, which is not written: 1.5 s a run
        env=env, check=True,
    )  # fmt: skip
    result = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = sorted(
        audit_id
        for audit_id, audit in result["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric")
    )
    metrics = {name: round(result["audits"][name]["numericValue"]) for name in METRICS}
    return {"scores": scores, "milliseconds": metrics, "audits_below_full_marks": failing}


def _settled(runs: list[dict[str, object]]) -> bool:
    """Whether the median of RUNS runs is known: in every category, a majority of them scored 100, or did not."""
    majority = RUNS // 2 + 1
    for name in CATEGORIES:
        full = sum(run["scores"][name] == 100 for run in runs)  # type: ignore[index]
        if len(runs) < RUNS and full < majority and len(runs) - full < majority:
            return False
    return True


def _page(url: str, report: Path) -> dict[str, object]:
    runs: list[dict[str, object]] = []
    while not _settled(runs):
        runs.append(_audit(url, report))
        print(url, runs[-1], flush=True)
    medians = {name: statistics.median(run["scores"][name] for run in runs) for name in CATEGORIES}  # type: ignore[index]
    return {"median_scores": medians, "runs": runs}


class PageMissing(Exception):
    """A page of PAGES that the built site lacks: the gate must stop, not audit the error page or nothing."""


def pages_to_audit(site: Path) -> list[str]:
    """Every page of PAGES in each language, as a path under the site's root ("", "v/", …, "en/parallel/v/")."""
    paths = [language + page for language in LANGUAGES for page in PAGES]
    missing = [path for path in paths if not (site / path / "index.html").is_file()]
    if missing:
        pages = ", ".join("/" + path for path in missing)
        raise PageMissing(f"Lighthouse: PAGES names {pages}, which the built site does not have (no index.html)")
    return paths


def main() -> int:
    if not LIGHTHOUSE.exists():
        sys.exit(f"Lighthouse is not installed at {LIGHTHOUSE}: run `npm ci`")
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        with serve(site) as (url, _):  # first, so that the site is built for the address it is served at
            build_site(site, SITE_URL=url)
            try:
                paths = pages_to_audit(site)
            except PageMissing as missing:
                sys.exit(str(missing))
            for path in paths:
                results["/" + path] = _page(url + path, Path(tmp) / "report.json")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    below = [f"{path}: {r['median_scores']}" for path, r in results.items() if min(r["median_scores"].values()) < 100]  # type: ignore[attr-defined]
    if below:
        print("Lighthouse scores below 100 (median of five runs):\n" + "\n".join(below), file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
