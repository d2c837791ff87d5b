"""``kg gazetteer build [--shared DIR] [-o OUT]``, ``kg gazetteer refresh [--endpoint URL] [-o OUT]`` and
``kg gazetteer info [--path FILE]``."""

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
    refresh = actions.add_parser(
        "refresh",
        help="update states, office holders and memberships from Wikidata into your own gazetteer file",
        description="Query a Wikidata-compatible SPARQL endpoint for sovereign states (and the de-facto and "
        "historical states the gazetteer knows), their capitals and demonyms, the holders of head-of-state, "
        "head-of-government, foreign- and defence-minister offices since 1945, and the members of the known "
        "organisations; merge the answers into the shipped gazetteer and write the result to your gazetteer "
        "file, which kg then uses instead of the shipped one. Nothing is written unless every query succeeds "
        "and the result passes validation. Exit status: 0 written, 1 result rejected, 2 bad usage, "
        "3 endpoint failed.",
    )
    refresh.add_argument(
        "--endpoint",
        metavar="URL",
        default=None,
        help="SPARQL query service (default: https://query.wikidata.org/sparql)",
    )
    refresh.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="file to write (default: $KG_GAZETTEER, else $XDG_DATA_HOME/kg/"
        "gazetteer.json.gz, else ~/.local/share/kg/gazetteer.json.gz)",
    )
    refresh.add_argument("--base", metavar="FILE", help="gazetteer to merge into (default: the one shipped in kg/data)")
    refresh.add_argument(
        "--page-size", metavar="N", type=int, default=None, help="rows per request (LIMIT/OFFSET paging; default 5000)"
    )
    refresh.add_argument(
        "--timeout", metavar="SECONDS", type=float, default=None, help="seconds to wait for each answer (default 120)"
    )
    refresh.add_argument(
        "--retries",
        metavar="N",
        type=int,
        default=None,
        help="retries of a request after HTTP 429/5xx, a timeout or a dropped connection (default 4)",
    )
    refresh.add_argument(
        "--min-states",
        metavar="N",
        type=int,
        default=None,
        help="reject the result unless the endpoint describes at least N states (default 150)",
    )
    refresh.add_argument(
        "--min-holdings",
        metavar="N",
        type=int,
        default=None,
        help="reject the result unless at least N office terms come back (default 1000)",
    )
    refresh.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    refresh.set_defaults(func=run_refresh)
    info = actions.add_parser("info", help="print counts and sources of a gazetteer file")
    info.add_argument(
        "--path",
        metavar="FILE",
        help="gazetteer file (default: the one kg uses: your refreshed file if any, else the shipped one)",
    )
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


def run_refresh(args: argparse.Namespace) -> int:
    import dataclasses

    from kg.gazetteer import DEFAULT_PATH
    from kg.wikidata import RefreshSettings, refresh_gazetteer, refresh_summary

    chosen = {
        "endpoint": args.endpoint, "page_size": args.page_size, "timeout": args.timeout,
        "max_attempts": None if args.retries is None else args.retries + 1, "min_states": args.min_states,
        "min_holdings": args.min_holdings,
    }  # fmt: skip
    if args.retries is not None and args.retries < 0:
        raise InputError(f"--retries {args.retries}: give 0 or more")
    settings = dataclasses.replace(RefreshSettings(), **{k: v for k, v in chosen.items() if v is not None})

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"kg gazetteer refresh: {message}", file=sys.stderr, flush=True)

    report = refresh_gazetteer(
        settings,
        Path(args.output) if args.output else None,
        base_path=Path(args.base) if args.base else DEFAULT_PATH,
        progress=progress,
    )
    if not args.quiet:
        print(f"kg gazetteer refresh: {refresh_summary(report)}", file=sys.stderr)
    return 0


def run_info(args: argparse.Namespace) -> int:
    from kg.gazetteer import DEFAULT_PATH, active_gazetteer_path, load_gazetteer

    path = Path(args.path) if args.path else active_gazetteer_path()
    if not path.is_file():
        raise InputError(f"{path}: no gazetteer file; build it with `kg gazetteer build`")
    gazetteer = load_gazetteer(path)
    payload = path.read_bytes()
    print(f"file: {path}")
    if not args.path:
        print(f"in use: {'the shipped gazetteer' if path == DEFAULT_PATH else 'your refreshed gazetteer'}")
    print(f"size: {len(payload)} bytes, sha256 {hashlib.sha256(payload).hexdigest()}")
    if gazetteer.refresh:
        print(f"refreshed: from {gazetteer.refresh.get('endpoint')} at {gazetteer.refresh.get('retrieved')}")
        base_sha = gazetteer.refresh.get("base_sha256")
        shipped = DEFAULT_PATH.read_bytes() if DEFAULT_PATH.is_file() else None
        if base_sha and shipped is not None and base_sha != hashlib.sha256(shipped).hexdigest():
            print("note: the shipped gazetteer changed since this refresh; run `kg gazetteer refresh` again")
    for key, value in gazetteer.counts.items():
        print(f"{key}: {value}")
    print("sources:")
    for source in gazetteer.sources:
        print(f"  {source.get('file')}  [{source.get('licence', '?')}]  {source.get('repo', '')}"
              f"@{source.get('commit', '')[:40]}")  # fmt: skip
    return 0
