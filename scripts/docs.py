"""One command for the edition's chores: `python scripts/docs.py check`, `python scripts/docs.py addresses`."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from edition import ROOT, addresses
from edition.check import check
from edition.data import DataError
from edition.pages import markdown_as_mkdocs_renders
from edition.report import format_report, relative
from measure.build import BuildFailed, build_site


def run_check(args: argparse.Namespace) -> int:
    md = markdown_as_mkdocs_renders()
    started = time.perf_counter()
    result = check(md, docs=args.docs)
    elapsed = time.perf_counter() - started
    print(format_report(result.problems, result.units))
    if args.timing:
        print(f"edition check: {elapsed * 1000:.0f} ms")
    return 1 if result.problems else 0


def run_addresses(args: argparse.Namespace) -> int:
    """Build the site, and rewrite the list of published addresses from it (edition/addresses.py)."""
    before = set(addresses.read_list())
    with tempfile.TemporaryDirectory() as site:
        try:
            build_site(Path(site), ADDRESSES="rewrite")
        except BuildFailed as failure:
            print(failure)
            return 1
    after = set(addresses.read_list())
    added, dropped = len(after - before), len(before - after)
    print(f"{relative(addresses.LIST)}: {len(after)} addresses, {added} added, {dropped} dropped (git diff shows them)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="compare the pages with the original; exit 1 on any difference")
    check_parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="the docs folder to check")
    check_parser.add_argument("--timing", action="store_true", help="also print how long the check took")
    check_parser.set_defaults(run=run_check)
    addresses_parser = commands.add_parser(
        "addresses", help="build the site and rewrite data/addresses.txt, the addresses it has published, from it"
    )
    addresses_parser.set_defaults(run=run_addresses)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except DataError as error:  # its one line names the file, line and column: a traceback would only bury it
        print(error)
        return 1


if __name__ == "__main__":
    sys.exit(main())
