"""Draw a random sample of the acts kg reads from a corpus, for judging precision by hand.

    python bench/sample_acts.py [--corpus FILE] [--seed 31337] [--n 60] [--prefix te3] [--tsv all_acts.tsv]

Every article of the corpus (JSONL, default ``../shared/corpus/articles.jsonl``) goes through the pipeline; the
asserted acts (or every act, with --all) are listed with their rule and sentence, and --n of them are drawn with
Python's ``random.Random(seed)``, so that the same seed on the same commit gives the same sample. --prefix keeps
the articles whose id starts with it (``te3`` for the TempEval-3 newswire). --tsv also writes every act, which
two commits' runs can be compared by (what a change added and removed). docs/accuracy.md records the samples
judged and their results.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kg.errors import KgError
from kg.pipeline import Pipeline
from kg.read import not_english, read_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles.jsonl"


def act_rows(corpus: Path, prefix: str = "") -> list[tuple[str, ...]]:
    """(article id, sentence index, actor, CAMEO root, targets, modality, rule, sentence) of every act."""
    pipeline = Pipeline()
    rows: list[tuple[str, ...]] = []
    for article in read_articles([corpus], skipped=[]):
        if not article.id.startswith(prefix) or not_english(article):
            continue
        result = pipeline.extract(article)
        sentences = {sentence.index: sentence.text for sentence in result.sentences}
        for act in result.acts:
            text = " ".join(sentences.get(act.sentence, "").split())
            rows.append((
                article.id,
                str(act.sentence),
                act.actor,
                act.cameo[:2],
                ",".join(act.targets),
                act.modality.value,
                act.rule,
                text,
            ))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"default: {DEFAULT_CORPUS}")
    parser.add_argument("--seed", type=int, default=31337)
    parser.add_argument("--n", type=int, default=60, help="acts to draw")
    parser.add_argument("--prefix", default="", help="keep articles whose id starts with this")
    parser.add_argument("--all", action="store_true", help="draw from every act, not only asserted ones")
    parser.add_argument("--tsv", type=Path, help="also write every act to this TSV file")
    args = parser.parse_args(argv)
    try:
        rows = act_rows(args.corpus, args.prefix)
    except KgError as error:
        print(f"sample_acts: {error}", file=sys.stderr)
        return error.exit_code
    if args.tsv is not None:
        args.tsv.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    pool = rows if args.all else [row for row in rows if row[5] == "Asserted"]
    sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"{len(pool)} acts to draw from, {len(sample)} drawn with seed {args.seed}")
    for number, (article, sentence, actor, root, targets, modality, rule, text) in enumerate(sample):
        print(f"{number:>3} {article} s{sentence} | {actor} {root} {targets} {modality} | {rule}\n      {text[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
