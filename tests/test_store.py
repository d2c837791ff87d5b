"""The embedded store: replacing article graphs, idempotent rebuilds, queries, locks, dumps, VoID."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.errors import FormatError, InputError
from kg.serve import running_server
from kg.store import (
    Store,
    StoreError,
    StoreLockedError,
    load_into,
    run_query,
    sorted_nquads,
    to_oxigraph,
    to_rdflib,
)
from kg.void import VOID_GRAPH_IRI, void_description

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
KG = Namespace("https://w3id.org/kg-diplomacy/ontology#")
KGR = Namespace("https://w3id.org/kg-diplomacy/id/")
WD = Namespace("http://www.wikidata.org/entity/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: pytest probes module attributes

pytestmark = pytest.mark.filterwarnings("ignore:.*(deprecated|ConjunctiveGraph).*:DeprecationWarning")


def article_graph(article: str, acts: list[tuple[str, str, str]]) -> Graph:
    """A small article graph in the shape of docs/graph.md: the article and its acts."""
    graph = Graph()
    article_iri = KGR[f"article/{article}"]
    graph.add((article_iri, RDF.type, KG.Article))
    graph.add((article_iri, KG.articleId, Literal(article)))
    graph.add((article_iri, KG.publishedOn, Literal("2023-09-14", datatype=XSD.date)))
    for name, actor, target in acts:
        act = KGR[f"act/{article}-{name}"]
        graph.add((act, RDF.type, KG.DiplomaticAct))
        graph.add((act, KG.inArticle, article_iri))
        graph.add((act, KG.actor, WD[actor]))
        graph.add((act, KG.target, WD[target]))
        graph.add((act, KG.cameoCode, Literal("042")))
        graph.add((act, KG.symmetric, Literal(False)))
        graph.add((act, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
    # Every article describes Russia: the same two triples in each graph.
    graph.add((WD.Q159, RDF.type, KG.State))
    graph.add((WD.Q159, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Russia", lang="en")))
    return graph


def two_articles() -> dict[URIRef, Graph]:
    return {
        KGR["article/a1"]: article_graph("a1", [("visit", "Q423", "Q159"), ("talks", "Q423", "Q148")]),
        KGR["article/a2"]: article_graph("a2", [("aid", "Q30", "Q212")]),
    }


def test_terms_convert_both_ways_without_loss() -> None:
    terms = [
        URIRef("https://w3id.org/kg-diplomacy/id/act/1"),
        Literal("Seoul", lang="ko"),
        Literal("2023-09-14", datatype=XSD.date),
        Literal("0.9", datatype=XSD.decimal),
        Literal('quote "with" \\ and\nnewline'),
        BNode("b1"),
    ]
    for term in terms:
        assert to_rdflib(to_oxigraph(term)) == term
    assert to_oxigraph(Literal("plain")) == ox.Literal("plain")
    assert to_rdflib(ox.Literal("x", datatype=ox.NamedNode(str(XSD.string)))) == Literal("x")


def test_building_the_same_graphs_twice_gives_an_identical_store(tmp_path: Path) -> None:
    dumps = []
    for run in range(2):
        with Store.open(tmp_path / "store") as store:
            report = store.replace_article_graphs(two_articles())
            assert (report.graphs, report.quads) == (2, 31)
            # The second build finds both graphs as they are and writes nothing.
            assert (report.unchanged, report.batches) == ((0, 1) if run == 0 else (2, 0))
            dumps.append(store.dump(tmp_path / f"dump{run}.nq").read_bytes())
    assert dumps[0] == dumps[1]
    lines = dumps[0].decode().splitlines()
    assert len(lines) == 31 and lines == sorted(lines)


def test_replacing_an_article_removes_its_old_triples_and_keeps_the_others(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs(two_articles())
        before_a2 = sorted(str(q) for q in store.quads(KGR["article/a2"]))
        rebuilt = article_graph("a1", [("visit", "Q423", "Q159")])  # the "talks" act was dropped
        report = store.replace_article_graphs({KGR["article/a1"]: rebuilt})
        assert (report.unchanged, report.batches) == (0, 1)
        acts = store.query(
            "PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#> SELECT ?act WHERE { ?act a kg:DiplomaticAct }"
        )
        assert sorted(str(row["act"]) for row in acts.rows) == [str(KGR["act/a1-visit"]), str(KGR["act/a2-aid"])]
        assert sorted(str(q) for q in store.quads(KGR["article/a2"])) == before_a2
        assert len(list(store.quads(KGR["article/a1"]))) == len(rebuilt)
        assert store.graph_names() == [str(KGR["article/a1"]), str(KGR["article/a2"])]


def test_small_batches_give_the_same_store_as_one_batch(tmp_path: Path) -> None:
    with Store.open(tmp_path / "one") as one, Store.open(tmp_path / "many") as many:
        one.replace_article_graphs(two_articles())
        report = many.replace_article_graphs(two_articles(), batch_quads=3)
        assert report.batches == 2  # a batch closes after a graph once it holds batch_quads statements
        assert sorted_nquads(one) == sorted_nquads(many)


def test_statements_go_to_the_graph_of_their_key(tmp_path: Path) -> None:
    """Quads naming another graph, pyoxigraph quads and plain triples all land in the key's graph."""
    elsewhere = ox.NamedNode("http://example.org/elsewhere")
    statements = [
        (URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(1), URIRef("http://other")),
        ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("2"), elsewhere),
        ox.Triple(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("3")),
    ]
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs({"http://example.org/g": statements})
        assert store.graph_names() == ["http://example.org/g"]
        assert len(store) == 3


def test_query_binds_parameters_by_substitution(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs(two_articles())
        text = (
            "PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#> "
            "SELECT ?actor ?act ?target WHERE { ?act kg:actor ?actor ; kg:target ?target }"
        )
        result = store.query(text, {"actor": WD.Q30})
        assert result.vars == ["actor", "act", "target"]
        assert result.rows == [{"actor": WD.Q30, "act": KGR["act/a2-aid"], "target": WD.Q212}]
        with pytest.raises(InputError, match="add the variable to the SELECT"):
            store.query("SELECT ?act WHERE { ?act ?p ?actor }", {"actor": WD.Q30})


def test_a_bound_value_is_never_pasted_into_the_query(tmp_path: Path) -> None:
    hostile = Literal('a1" } } ; DROP ALL ; SELECT * { "')
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs(two_articles())
        result = store.query(
            "SELECT ?a ?id WHERE { ?a <https://w3id.org/kg-diplomacy/ontology#articleId> ?id }", {"id": hostile}
        )
        assert result.rows == []
        assert len(store) == 31


def test_run_query_on_files_store_and_its_errors(tmp_path: Path) -> None:
    dataset = Dataset()
    for name, graph in two_articles().items():
        for triple in graph:
            dataset.graph(name).add(triple)
    data = tmp_path / "out.nq"
    data.write_text(dataset.serialize(format="nquads"), encoding="utf-8")
    text = (
        "PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#> "
        "SELECT DISTINCT ?state WHERE { ?act kg:actor ?state } ORDER BY ?state"
    )
    from_file = run_query(text, data_files=[data])
    assert [str(row["state"]) for row in from_file.rows] == [str(WD.Q30), str(WD.Q423)]

    with Store.open(tmp_path / "store") as store:
        store.load_file(data)
    from_store = run_query(text, store_dir=tmp_path / "store", bindings={"state": WD.Q423})
    assert from_store.rows == [{"state": WD.Q423}]

    ask = run_query("ASK { ?s a <https://w3id.org/kg-diplomacy/ontology#Article> }", store_dir=tmp_path / "store")
    assert (ask.kind, ask.boolean, ask.rows) == ("ask", True, [{"ask": Literal(True)}])
    construct = run_query(
        "CONSTRUCT { ?act <http://example.org/by> ?state } WHERE { ?act <https://w3id.org/kg-diplomacy/ontology#actor> "
        "?state }",
        data_files=[data],
    )
    assert construct.kind == "construct" and construct.graph is not None and len(construct.graph) == 3
    assert construct.vars == ["subject", "predicate", "object"]

    with pytest.raises(InputError, match="exactly one of"):
        run_query(text, store_dir=tmp_path / "store", data_files=[data])
    with pytest.raises(InputError, match="not valid SPARQL"):
        run_query("SELECT ?x WHERE { ?x", data_files=[data])
    with pytest.raises(StoreError, match="no store at .*nowhere.*kg build"):
        run_query(text, store_dir=tmp_path / "nowhere")


def test_a_store_held_by_a_read_write_server_gives_a_helpful_error(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    with Store.open(store_dir) as store:
        store.replace_article_graphs(two_articles())
    with running_server(store_dir, update=True) as server:
        with pytest.raises(StoreLockedError) as opening:
            Store.open(store_dir)
        message = str(opening.value)
        assert f"process {server.pid}" in message and "--endpoint" in message and "\n" not in message
        with pytest.raises(StoreLockedError):
            run_query("ASK {}", store_dir=store_dir)
    # A read-only server takes no lock: the store can still be queried beside it.
    with running_server(store_dir, update=False):
        assert run_query("ASK { ?s ?p ?o }", store_dir=store_dir).boolean is True


def test_directories_that_are_not_stores_are_refused(tmp_path: Path) -> None:
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        Store.open(busy)
    assert sorted(path.name for path in busy.iterdir()) == ["notes.txt"]
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(a_file)
    with Store.open(tmp_path / "ro-target") as store:
        store.replace_article_graphs(two_articles())
        with pytest.raises(StoreLockedError, match="already open for writing in this process"):
            Store.open(tmp_path / "ro-target")
    with Store.open(tmp_path / "ro-target", read_only=True) as read_only, pytest.raises(StoreError, match="read-only"):
        read_only.replace_article_graphs(two_articles())


def test_files_load_with_their_graphs_and_bad_files_name_themselves(tmp_path: Path) -> None:
    trig = tmp_path / "out.trig.gz"
    with gzip.open(trig, "wt", encoding="utf-8") as handle:
        handle.write("<http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 . }\n")
    turtle = tmp_path / "void.ttl"
    turtle.write_text("<http://example.org/d> <http://example.org/p> 2 .\n", encoding="utf-8")
    with Store.open(tmp_path / "store") as store:
        store.load_file(trig)
        store.load_file(turtle, graph="http://example.org/void")
        store.load_file(trig)  # loading again replaces the graph: no change
        assert store.graph_names() == ["http://example.org/g", "http://example.org/void"]
        assert len(store) == 2

    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://example.org/s> <http://example.org/p> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.ttl: not valid Turtle"):
        load_into(ox.Store(), broken)
    with pytest.raises(FormatError, match=r"data\.csv: cannot tell the RDF format"):
        load_into(ox.Store(), tmp_path / "data.csv")
    with pytest.raises(InputError, match=r"missing\.nq: no such file"):
        load_into(ox.Store(), tmp_path / "missing.nq")


def test_dump_in_a_quad_format_round_trips(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs(two_articles())
        store.dump(tmp_path / "out.trig")
        with pytest.raises(FormatError, match="named graphs"):
            store.dump(tmp_path / "out.nt")
        reloaded = ox.Store()
        load_into(reloaded, tmp_path / "out.trig")
        assert sorted_nquads(reloaded) == sorted_nquads(store)
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".out")]  # no temp file left


def test_void_counts_classes_and_is_the_same_from_rdflib_and_the_store(tmp_path: Path) -> None:
    articles = two_articles()
    dataset = Dataset()
    for name, graph in articles.items():
        for triple in graph:
            dataset.graph(name).add(triple)
    kwargs = {"sources": ["dev.jsonl"], "licence": "https://creativecommons.org/licenses/by/4.0/"}
    from_rdflib = void_description(dataset, **kwargs)
    with Store.open(tmp_path / "store") as store:
        store.replace_article_graphs(articles)
        store.replace_article_graphs({VOID_GRAPH_IRI: from_rdflib})  # the description does not count itself
        from_store = void_description(store, **kwargs)
    assert isomorphic(from_rdflib, from_store)
    assert from_rdflib.serialize(format="turtle") == void_description(dataset, **kwargs).serialize(format="turtle")

    void = Namespace("http://rdfs.org/ns/void#")
    dataset_iri = URIRef("https://w3id.org/kg-diplomacy/id/dataset")
    # 31 statements, two of which (Russia's type and label) are the same triple in both articles.
    assert from_rdflib.value(dataset_iri, void.triples) == Literal(29)
    partitions = {
        str(from_rdflib.value(partition, void["class"])): int(from_rdflib.value(partition, void.entities))
        for partition in from_rdflib.objects(dataset_iri, void.classPartition)
    }
    assert partitions == {str(KG.Article): 2, str(KG.DiplomaticAct): 3, str(KG.State): 1}
    assert from_rdflib.value(dataset_iri, URIRef("http://purl.org/dc/terms/source")) == Literal("dev.jsonl")
    assert from_rdflib.value(dataset_iri, URIRef("http://purl.org/dc/terms/created")) is None
