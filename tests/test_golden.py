"""The seed article builds exactly the golden graph (text masked), with a readable diff when it does not."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.golden import built_dataset, mask_text
from tests.helpers import SEED

GOLDEN = Path(__file__).parent / "golden" / "seed.masked.nq"


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def test_seed_matches_the_golden_graph() -> None:
    fresh = _union(mask_text(built_dataset([SEED])))
    golden_ds = Dataset()
    golden_ds.parse(GOLDEN, format="nquads")
    golden = _union(golden_ds)
    if not isomorphic(fresh, golden):
        _, only_fresh, only_golden = graph_diff(to_isomorphic(fresh), to_isomorphic(golden))
        missing = sorted(only_golden.serialize(format="nt").splitlines())[:25]
        extra = sorted(only_fresh.serialize(format="nt").splitlines())[:25]
        raise AssertionError(
            "the seed graph differs from tests/golden/seed.masked.nq "
            "(if the change is intended, run python scripts/update_golden.py)\n"
            + "missing:\n  "
            + "\n  ".join(missing)
            + "\nextra:\n  "
            + "\n  ".join(extra)
        )
