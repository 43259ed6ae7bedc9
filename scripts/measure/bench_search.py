"""`make bench`: the edition's search against stock Material search, measured in the same run.

Writes bench/search.json. Both sites are built from the same pages; the stock one is the stock build of
measure/stock.py, with Material's lunr worker and index. Per language:
index bytes (raw, gzip), bytes fetched for the first search (every search file the page asked for, gzip-compressed
as measure.serve sends them), keystroke-to-results time in Chromium (median over the queries), and how many sections
each query finds (Material's result count).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from edition import ROOT
from measure import chromium
from measure.build import build_site
from measure.serve import serve
from measure.stock import stock_config

OUT = ROOT / "bench" / "search.json"
PAGES = {"ja": "v/", "en": "en/v/"}
QUERIES = {  # the Japanese queries, and English ones of the same kinds
    "ja": [
        "サイバー",
        "抗たん性",
        "海洋安全保障",
        "切れ目のない",
        "ミサイル防衛",
        "宇宙",
        "積極的平和主義",
        "情報共有",
    ],
    "en": [
        "cyber",
        "resiliency",
        "maritime security",
        "seamless",
        "missile defense",
        "space",
        "cooperation",
        "information sharing",
    ],
}
SEARCH_PATHS = (
    "/search/",
    "/workers/",
    "/lunr/",
    "search-worker",
    "search-engine",
)  # what a search fetches, in either site

TIMING_JS = """() => {
  const box = document.querySelector("input.md-search__input");
  window.__pushes = 0;
  box.addEventListener("keydown", () => { window.__t0 = performance.now() }, true);
  new MutationObserver(() => { window.__t1 = performance.now(); window.__pushes++ })
    .observe(document.querySelector(".md-search-result__meta"), {childList: true, characterData: true, subtree: true});
}"""


def gzip_size(path: Path) -> int:
    """Bytes as measure.serve sends the file, compressed as any real host would."""
    return len(gzip.compress(path.read_bytes(), mtime=0))


def index_bytes(site_dir: Path, language: str) -> dict[str, int]:
    """Material's index (both languages; ours keeps only its config) and ours of the language, if any."""
    paths = [site_dir / "search" / name for name in ("search_index.json", f"units.{language}.json")]
    paths = [path for path in paths if path.is_file()]
    return {"raw": sum(path.stat().st_size for path in paths), "gzip": sum(gzip_size(path) for path in paths)}


def measure(browser: object, base: str, site_dir: Path, language: str) -> dict[str, object]:
    """Open a section page, search once (counting what is fetched), then time every query."""
    # the waits below, polled on a timer, evaluate their condition as a string, which our pages' policy forbids
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    fetched: set[str] = set()
    page.on("requestfinished", lambda r: fetched.add(urlsplit(r.url).path))
    page.goto(base + PAGES[language])
    chromium.start_material(page)  # ours starts on the reader's first interaction, stock's with the page
    page.evaluate(TIMING_JS)
    box = page.locator("input.md-search__input")
    box.click()

    def search(query: str) -> tuple[float, int]:
        pushes = page.evaluate("window.__pushes")
        box.fill(query)
        box.press("End")
        page.wait_for_function(f"window.__pushes > {pushes}", polling=20, timeout=30000)
        elapsed = page.evaluate("window.__t1 - window.__t0")
        count = re.search(r"\d+", page.locator(".md-search-result__meta").inner_text())  # none: no digit
        return elapsed, int(count[0]) if count else 0

    first_ms, _ = search(QUERIES[language][0])
    search_fetches = {
        path: gzip_size(site_dir / path.lstrip("/")) for path in fetched if any(p in path for p in SEARCH_PATHS)
    }
    times, found = [], {}
    for query in QUERIES[language][1:] + QUERIES[language][:1]:
        elapsed, sections = search(query)
        times.append(elapsed)
        found[query] = sections
    context.close()
    return {
        "first_search_bytes": sum(search_fetches.values()),
        "first_search_requests": sorted(search_fetches),
        "first_search_ms": round(first_ms, 1),
        "keystroke_to_results_ms_median": round(statistics.median(times), 1),
        "sections_found": found,
    }


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sites = {"edition": folder / "edition", "stock": folder / "stock"}
        build_site(sites["edition"], config=ROOT / "mkdocs.yml")
        build_site(sites["stock"], config=stock_config(folder), strict=False)
        report: dict[str, dict] = {}
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright)
            for variant, site_dir in sites.items():
                with serve(site_dir) as (base, _):
                    report[variant] = {
                        language: {
                            "index_bytes": index_bytes(site_dir, language),
                            **measure(browser, base, site_dir, language),
                        }
                        for language in PAGES
                    }
            browser.close()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for variant, languages in report.items():
        for language, figures in languages.items():
            print(
                f"{variant:8} {language}: index {figures['index_bytes']['raw']} B ({figures['index_bytes']['gzip']} B gzip), "
                f"first search {figures['first_search_bytes']} B fetched, "
                f"keystroke to results {figures['keystroke_to_results_ms_median']} ms (median)"
            )


if __name__ == "__main__":
    main()
