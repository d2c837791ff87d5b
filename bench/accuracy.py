"""Accuracy benchmark: build graphs for every evaluation suite and print the scores and timings.

    /work/venv/bin/python bench/accuracy.py [--shared DIR] [--only seed,dev,petr2,plover] [--markdown]

The same figures as ``kg eval``; the shared data folder defaults to the one beside this checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import KgError
from kg.evaluate import SUITES, evaluate, format_markdown, format_text

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"default: {DEFAULT_SHARED}")
    parser.add_argument("--only", default=",".join(SUITES), help="comma-separated suites")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--errors", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.shared, [name for name in args.only.split(",") if name])
    except KgError as error:
        print(f"accuracy: {error}", file=sys.stderr)
        return error.exit_code
    print(format_markdown(report) if args.markdown else format_text(report, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
