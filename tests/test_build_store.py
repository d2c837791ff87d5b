"""kg build --store on real news: idempotent, incremental, described (issue: into triple stores)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import VOID

from kg.store import Store, sorted_nquads
from kg.void import VOID_GRAPH_IRI
from tests.helpers import SEED, SHARED, run_kg

DIPLOMACY = SHARED / "corpus" / "diplomacy.jsonl"


def test_building_the_diplomacy_corpus_twice_gives_identical_dumps(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    assert run_kg("build", str(DIPLOMACY), "--store", str(store_dir), "-q").returncode == 0
    with Store.open(store_dir, read_only=True) as store:
        first = sorted_nquads(store)
        graphs = store.graph_names()
    assert run_kg("build", str(DIPLOMACY), "--store", str(store_dir), "-q").returncode == 0
    with Store.open(store_dir, read_only=True) as store:
        second = sorted_nquads(store)
    assert first == second
    assert sum(1 for name in graphs if "/article/" in name) == 60
    assert "https://w3id.org/kg-diplomacy/id/graph/entities" in graphs and VOID_GRAPH_IRI in graphs


def test_query_runs_on_the_store_and_on_the_file_alike(tmp_path: Path) -> None:
    store_dir, out = tmp_path / "store", tmp_path / "seed.nq"
    assert run_kg("build", str(SEED), "-o", str(out), "--store", str(store_dir), "-q").returncode == 0
    on_store = run_kg("query", "queries/acts.rq", "--store", str(store_dir), "--format", "csv")
    on_file = run_kg("query", "queries/acts.rq", "--data", str(out), "--format", "csv")
    assert on_store.returncode == 0 and on_file.returncode == 0, on_store.stderr + on_file.stderr
    assert sorted(on_store.stdout.splitlines()) == sorted(on_file.stdout.splitlines())
    assert len(on_store.stdout.splitlines()) > 5


def test_every_file_build_writes_its_void_description(tmp_path: Path) -> None:
    out = tmp_path / "seed.ttl"
    assert run_kg("build", str(SEED), "-o", str(out), "-q").returncode == 0
    void = Graph().parse(tmp_path / "seed.void.ttl")
    built = Graph().parse(out)
    [triples] = list(void.objects(None, VOID.triples))
    assert triples == Literal(len(built))
    assert (None, VOID.classPartition, None) in void
