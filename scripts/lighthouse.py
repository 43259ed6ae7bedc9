"""`make lighthouse`: Lighthouse (mobile defaults) on the built site served with gzip; every score must be 100.

Too slow for `make test` (about 15 s a page), so it has its own target. It is not yet in `.ci/run`: the
performance score is below 100 on every page (see README.md, "Quality gates"); add it there when it passes.
Lighthouse comes from package-lock.json (`npm ci`); Chromium is Debian's (CHROME_PATH).
Writes bench/lighthouse.json and exits 1 if any score of any page is below 100.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from edition.build import build_site
from edition.original import ROOT
from edition.serve import serve

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Home, a section, then the glossary and a side-by-side page where the site has them; both languages.
PAGES = ("", "v/", "glossary/", "parallel/v/")
OUT = ROOT / "bench" / "lighthouse.json"
METRICS = ("first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time")


def _audit(url: str, report: Path) -> dict[str, object]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless --no-sandbox"],
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


def main() -> int:
    if not LIGHTHOUSE.exists():
        sys.exit(f"Lighthouse is not installed at {LIGHTHOUSE}: run `npm ci`")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        with serve(site) as (url, _):  # first, so that the site is built for the address it is served at
            build_site(site, SITE_URL=url).check_returncode()
            for language in ("", "en/"):
                for page in PAGES:
                    if not (site / language / page / "index.html").is_file():
                        continue
                    path = "/" + language + page
                    results[path] = _audit(url + language + page, Path(tmp) / "report.json")
                    print(path, results[path], flush=True)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    below = [f"{path}: {r['scores']}" for path, r in results.items() if min(r["scores"].values()) < 100]  # type: ignore[index]
    if below:
        print("Lighthouse scores below 100:\n" + "\n".join(below), file=sys.stderr)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
