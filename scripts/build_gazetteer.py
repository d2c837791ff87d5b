"""Rebuild kg/data/gazetteer.json.gz from ../shared/gazetteer (run from the repository root).

Same as ``kg gazetteer build``; kept as a script so the derivation is visible in the repository:
    python scripts/build_gazetteer.py [--shared ../shared] [-o kg/data/gazetteer.json.gz]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.errors import KgError  # noqa: E402
from kg.gazetteer import DEFAULT_PATH, build_gazetteer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder holding gazetteer/")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_PATH, help="gazetteer file to write")
    args = parser.parse_args(argv)
    try:
        report = build_gazetteer(args.shared, args.output)
    except KgError as exc:
        print(f"build_gazetteer: error: {exc}", file=sys.stderr)
        return exc.exit_code
    for warning in report.warnings:
        print(f"build_gazetteer: warning: {warning}", file=sys.stderr)
    print(f"{report.out_path}: {report.size_bytes} bytes, sha256 {report.sha256}", file=sys.stderr)
    for key, value in report.counts.items():
        print(f"  {key}: {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
