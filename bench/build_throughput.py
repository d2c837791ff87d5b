"""Build throughput on real news, as ratios against a baseline measured in the same run.

    python bench/build_throughput.py [--limit N] [--corpus PATH]

Baseline: reading and sentence-splitting the same articles (the floor any pipeline pays). Then loading the
shipped gazetteer, the full extraction (mentions, linking, acts, alliances), the RDF build, and writing N-Quads. Prints
articles/s, peak memory, and each stage's cost as a multiple of the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.extract.sentences import split_sentences  # noqa: E402
from kg.gazetteer import DEFAULT_PATH, load_gazetteer  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.read import read_articles  # noqa: E402
from kg.serialise import write_graphs  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "articles.jsonl")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    articles = list(itertools.islice(read_articles([args.corpus]), args.limit))
    words = sum(len(a.text.split()) for a in articles)

    started = time.perf_counter()
    for article in articles:
        split_sentences(article.text)
    baseline = time.perf_counter() - started

    # (the shipped gazetteer's load, once a process: what every worker pays before its first article)
    started = time.perf_counter()
    gazetteer = load_gazetteer(DEFAULT_PATH)
    gazetteer_load = time.perf_counter() - started
    # (30,000 surname lookups of effective leaders: the index keeps each to a few dict reads)
    names = [f"Person{i} Fujimori" for i in range(10_000)] + ["Kim Young-Sam", "Hashimoto", "Yeltsin"] * 10_000
    day = dt.date(1997, 4, 23)
    started = time.perf_counter()
    for name in names:
        gazetteer.effective_leaders_at(name, day)
    lookups = time.perf_counter() - started

    pipeline = Pipeline()
    started = time.perf_counter()
    extractions = [pipeline.extract(article) for article in articles]
    extract = time.perf_counter() - started

    started = time.perf_counter()
    graphs = [pipeline.builder.article_graphs(extraction) for extraction in extractions]
    build = time.perf_counter() - started

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        write_graphs([g.article for g in graphs] + [g.entities for g in graphs], Path(folder) / "out.nq")
    write = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = extract + build + write
    print(f"{len(articles)} articles, {words:,} words from {args.corpus.name}")
    print(f"{'stage':<22}{'seconds':>10}{'x baseline':>12}")
    for name, seconds in [
        ("read+split (baseline)", baseline),
        ("load gazetteer", gazetteer_load),
        ("30k leader lookups", lookups),
        ("extract+link", extract),
        ("build RDF", build),
        ("write N-Quads", write),
        ("total", total),
    ]:
        print(f"{name:<22}{seconds:>10.2f}{seconds / baseline:>12.1f}")
    print(
        f"throughput: {len(articles) / total:.1f} articles/s, {words / total:,.0f} words/s; "
        f"peak memory {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
