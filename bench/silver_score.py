"""Score kg on the 40 diplomacy articles that the dev set leaves out, against a silver annotation.

    python bench/silver_score.py [--shared ../shared] [--silver bench/silver/diplomacy40.silver.jsonl]

``../shared/corpus/diplomacy.jsonl`` holds 60 articles picked for diplomacy; ``eval/dev.jsonl`` is 20 of them.
The other 40 were annotated on 2026-12-04 by four helper sessions, ten articles each, following
``../shared/docs/annotation.md`` and calibrated on the dev gold, without seeing kg's code or output (see
bench/silver/README.md). That makes them *silver*: a second reading of the guide, not the project's gold. The
script builds the 40 articles with kg, then scores the graph with ``../shared/eval/score.py`` through the
contract queries, for all 40 and for each part; part 3 was not read while extraction rules were changed, so it is
the nearest thing to a held-out set the project has.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.errors import KgError
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_SILVER = ROOT / "bench" / "silver" / "diplomacy40.silver.jsonl"
UNREAD_PARTS = frozenset({3})  # parts whose errors no one read while changing rules


def score(shared: Path, graph: Path, gold: Path) -> str:
    """The layer table that ../shared/eval/score.py prints for ``graph`` against ``gold``."""
    completed = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            "--graph",
            str(graph),
            "--queries",
            str(ROOT / "queries"),
            "--gold",
            str(gold),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise KgError(f"{shared / 'eval' / 'score.py'}: {completed.stderr.strip() or 'failed'}")
    return completed.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"default: {DEFAULT_SHARED}")
    parser.add_argument("--silver", type=Path, default=DEFAULT_SILVER, help=f"default: {DEFAULT_SILVER}")
    args = parser.parse_args(argv)
    try:
        silver = [json.loads(line) for line in args.silver.read_text(encoding="utf-8").splitlines() if line.strip()]
        wanted = {record["id"] for record in silver}
        corpus = args.shared / "corpus" / "diplomacy.jsonl"
        articles = [
            line
            for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["id"] in wanted
        ]
        if len(articles) != len(wanted):
            raise KgError(f"{corpus}: {len(wanted) - len(articles)} of the silver articles are missing")
        with tempfile.TemporaryDirectory() as work:
            folder = Path(work)
            inputs = folder / "articles.jsonl"
            inputs.write_text("\n".join(articles) + "\n", encoding="utf-8")
            graph = folder / "silver.nq"
            build([str(inputs)], str(graph))
            groups = {"all 40 articles": silver}
            for part in sorted({record["part"] for record in silver}):
                label = f"part {part} ({'not read during development' if part in UNREAD_PARTS else 'errors read'})"
                groups[label] = [record for record in silver if record["part"] == part]
            for label, records in groups.items():
                gold = folder / "gold.jsonl"
                gold.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
                print(f"== {label}: {len(records)} articles")
                print(score(args.shared, graph, gold))
    except (OSError, KgError, json.JSONDecodeError, KeyError) as error:
        print(f"silver_score: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
