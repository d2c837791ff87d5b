"""``kg gazetteer build [--shared DIR] [-o OUT]`` and ``kg gazetteer info [--path FILE]``."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from kg.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gazetteer",
        help="build or describe the shipped gazetteer",
        description="The gazetteer links mentions to Wikidata: states and their names, people and offices, "
        "organisations, alliances. `build` derives it from the shared seed data (a developer task); "
        "`info` describes the file in use.",
    )
    actions = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    build = actions.add_parser(
        "build",
        help="derive kg/data/gazetteer.json.gz from the shared seed data",
        description="Read DIR/gazetteer (the public seed data and its SOURCES.md) and the rule files in "
        "kg/data/rules, and write the gazetteer. The same inputs always give the same bytes.",
    )
    build.add_argument(
        "--shared", metavar="DIR", default="../shared",
        help="the shared data folder holding gazetteer/ (default: ../shared from the current directory)",
    )  # fmt: skip
    build.add_argument("-o", "--output", metavar="OUT", help="file to write (default: the one shipped in kg/data)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    build.set_defaults(func=run_build)
    info = actions.add_parser("info", help="print counts and sources of a gazetteer file")
    info.add_argument("--path", metavar="FILE", help="gazetteer file (default: the one shipped in kg/data)")
    info.set_defaults(func=run_info)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_build(args: argparse.Namespace) -> int:
    from kg.gazetteer import DEFAULT_PATH, build_gazetteer

    out = Path(args.output) if args.output else DEFAULT_PATH
    report = build_gazetteer(Path(args.shared), out)
    for warning in report.warnings:
        print(f"kg gazetteer build: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{value} {key}" for key, value in report.counts.items())
        print(f"kg gazetteer build: {report.out_path} ({report.size_bytes} bytes, sha256 {report.sha256[:12]}): "
              f"{counts}", file=sys.stderr)  # fmt: skip
    return 0


def run_info(args: argparse.Namespace) -> int:
    from kg.gazetteer import DEFAULT_PATH, load_gazetteer

    path = Path(args.path) if args.path else DEFAULT_PATH
    if not path.is_file():
        raise InputError(f"{path}: no gazetteer file; build it with `kg gazetteer build`")
    gazetteer = load_gazetteer(path)
    payload = path.read_bytes()
    print(f"file: {path}")
    print(f"size: {len(payload)} bytes, sha256 {hashlib.sha256(payload).hexdigest()}")
    for key, value in gazetteer.counts.items():
        print(f"{key}: {value}")
    print("sources:")
    for source in gazetteer.sources:
        print(f"  {source.get('file')}  [{source.get('licence', '?')}]  {source.get('repo', '')}"
              f"@{source.get('commit', '')[:40]}")  # fmt: skip
    return 0
