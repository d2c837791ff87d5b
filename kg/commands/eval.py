"""``kg eval [--shared DIR] [--only SUITES]``: build graphs for the gold sets and print how accurate they are.

The work is done by :mod:`kg.evaluate`, imported only when the command runs.
"""

from __future__ import annotations

import argparse
import json

# kept equal to kg.evaluate.SUITES and DEFAULT_SUITES (a test checks), which are imported lazily there
SUITES = ("seed", "dev", "petr2", "plover", "confli", "confli-train", "elevant")
DEFAULT_SUITES = ("seed", "dev", "petr2", "plover", "confli", "elevant")


def _suites(value: str) -> list[str]:
    chosen = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in SUITES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown suite {', '.join(unknown) or '(none)'}; give a comma-separated list of {','.join(SUITES)}"
        )
    return list(dict.fromkeys(chosen))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="measure accuracy on the hand-annotated articles, the PETRARCH-2, PLOVER and ConfliBERT gold "
        "sentences and the ELEVANT entity-linking news",
        description="Build graphs for the evaluation sets in the shared data folder and score them: "
        "precision, recall and F1 per layer (seed, dev), per CAMEO root, recall/precision of acts "
        "on the PETRARCH-2, PLOVER and ConfliBERT gold-standard sentences, and how often the states and people of "
        "the gazetteer labelled in the ELEVANT news articles are linked to the labelled Wikidata QID.",
    )
    parser.add_argument(
        "--shared",
        default="../shared",
        metavar="DIR",
        help="folder holding eval/ and corpus/ (default: ../shared)",
    )
    parser.add_argument(
        "--only",
        type=_suites,
        default=list(DEFAULT_SUITES),
        metavar="SUITES",
        help=f"comma-separated suites to run, among {','.join(SUITES)} (default: {','.join(DEFAULT_SUITES)})",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--markdown", action="store_true", help="print Markdown tables for docs/accuracy.md")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="also list missed and extra items per article or sentence (text report)",
    )
    parser.add_argument(
        "--elevant-undated",
        action="store_true",
        help="give the ELEVANT articles no date (by default: the record's date, else the day a News-Fair "
        "title begins with)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, format_markdown, format_text

    report = evaluate(args.shared, args.only, elevant_dated=not args.elevant_undated)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    elif args.markdown:
        print(format_markdown(report), end="")
    else:
        print(format_text(report, errors=args.errors))
    return 0
