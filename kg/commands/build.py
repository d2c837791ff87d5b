"""``kg build INPUT... -o OUT``: articles -> RDF file and/or embedded store."""

from __future__ import annotations

import argparse
import sys

from kg.pipeline import build


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="read articles (.txt or .jsonl) and write the knowledge graph",
        description="Read articles and write their states, leaders, alliances and diplomatic acts as RDF. "
        "The extension of OUT picks the format: .ttl .nt .nq .trig .jsonld .rdf",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt article, .jsonl file, or - for JSONL on stdin")
    parser.add_argument("-o", "--output", metavar="OUT", help="RDF file to write")
    parser.add_argument("--store", metavar="DIR", help="also load the graphs into an on-disk Oxigraph store")
    parser.add_argument(
        "--validate", action="store_true", help="check the graph against the SHACL shapes before writing it"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract in N processes (output is the same, in input order); default 1",
    )
    parser.add_argument(
        "--skip-non-english",
        action="store_true",
        help="leave out articles that are not in English (a warning each) instead of stopping",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.output and not args.store:
        print("kg build: error: give -o OUT (a .ttl .nt .nq .trig .jsonld .rdf file) or --store DIR", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("kg build: error: --workers takes a number of processes, 1 or more", file=sys.stderr)
        return 2
    report = build(
        args.inputs,
        args.output,
        store_dir=args.store,
        validate=args.validate,
        workers=args.workers,
        skip_non_english=args.skip_non_english,
    )
    for warning in report.warnings or ():
        print(f"kg build: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        where = " and ".join(x for x in (args.output, args.store and f"store {args.store}") if x)
        print(
            f"kg build: {report.articles} article(s), {report.mentions} mentions, {report.acts} acts, "
            f"{report.alliances} alliance claims, {report.triples} triples"
            f"{', shapes conform' if report.validated else ''} -> {where}",
            file=sys.stderr,
        )
    return 0
