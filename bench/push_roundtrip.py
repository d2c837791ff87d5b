#!/usr/bin/env python3
"""Push-then-query round trip of a synthetic ~100k-triple graph, against the stores kg supports.

Generates articles in the shape of docs/graph.md (article, sentences, mentions, acts, holdings;
one named graph per article) as N-Quads, then times:

  baseline        pyoxigraph in memory: load the file, run the query (the reference)
  kg store        kg.store.Store on disk: load (replace the article graphs), run the query
  oxigraph gsp    kg push to a fresh `oxigraph serve` over the Graph Store protocol, query it,
                  push again (every graph replaced), query again
  oxigraph update the same over SPARQL Update (DROP + INSERT DATA, graphs packed per request)
  virtuoso gsp    the same against a fresh Virtuoso's /sparql-graph-crud
  virtuoso update the same against a fresh Virtuoso's /sparql

Every engine's query answer is checked against the baseline's. Ratios are against the
baseline measured in the same run; absolute times vary between machines and runs.

    python bench/push_roundtrip.py [--articles 280] [--skip-virtuoso]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

from kg.push import push  # noqa: E402
from kg.serve import running_server  # noqa: E402
from kg.sparql_client import query_endpoint  # noqa: E402
from kg.store import Store, run_query  # noqa: E402

KG = "https://w3id.org/kg-diplomacy/ontology#"
KGR = "https://w3id.org/kg-diplomacy/id/"
WD = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
STATES = ["Q148", "Q159", "Q30", "Q884", "Q423", "Q17", "Q142", "Q183", "Q145", "Q668", "Q794", "Q43"]
KINDS = ["Visit", "Hosting", "Criticism", "IntentToCooperate", "AgreementSigning", "Appeal"]
QUERY = f"""
PREFIX kg: <{KG}>
SELECT ?actor (COUNT(DISTINCT ?act) AS ?acts) (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {{
  ?act a kg:DiplomaticAct ; kg:actor ?actor ; kg:modality kg:Asserted ; kg:mention ?mention .
  ?mention kg:inSentence ?sentence .
  ?sentence kg:inArticle ?article .
}} GROUP BY ?actor ORDER BY ?actor
"""


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def text(value: str) -> ox.Literal:
    return ox.Literal(value)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(XSD + "integer"))


def date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=iri(XSD + "date"))


def short_hash(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def generate(path: Path, articles: int, seed: int = 7) -> int:
    """Write the synthetic graph as N-Quads; returns the number of quads."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    for number in range(articles):
        article_id = f"synthetic-{number:05d}"
        article = iri(f"{KGR}article/{article_id}")
        published = dt.date(2023, 1, 1) + dt.timedelta(days=number % 365)

        def add(
            subject: ox.NamedNode, predicate: str, obj: ox.NamedNode | ox.Literal, graph: ox.NamedNode = article
        ) -> None:
            quads.append(ox.Quad(subject, iri(predicate), obj, graph))

        add(article, RDF_TYPE, iri(KG + "Article"))
        add(article, KG + "articleId", text(article_id))
        add(article, KG + "title", text(f"Synthetic article {number} about talks between states"))
        add(article, KG + "publishedOn", date(published))
        add(article, KG + "sourceName", text("Synthetic Wire"))
        add(article, KG + "url", ox.Literal(f"https://example.org/{article_id}", datatype=iri(XSD + "anyURI")))
        add(article, KG + "language", text("en"))
        sentences = []
        for index in range(10):
            sentence = iri(f"{KGR}sentence/{short_hash(article_id, index)}")
            sentences.append(sentence)
            add(sentence, RDF_TYPE, iri(KG + "Sentence"))
            add(sentence, KG + "inArticle", article)
            add(sentence, KG + "sentenceIndex", integer(index))
            add(sentence, KG + "startOffset", integer(index * 120))
            add(sentence, KG + "endOffset", integer(index * 120 + 110))
            add(sentence, KG + "text", text(f"Sentence {index} of article {number}: officials met to discuss ties."))
        mentions = []
        for index in range(20):
            state = rng.choice(STATES)
            mention = iri(f"{KGR}mention/{short_hash(article_id, 'm', index)}")
            mentions.append(mention)
            add(mention, RDF_TYPE, iri(KG + "Mention"))
            add(mention, KG + "inArticle", article)
            add(mention, KG + "inSentence", sentences[index % 10])
            add(mention, KG + "startOffset", integer(index * 60))
            add(mention, KG + "endOffset", integer(index * 60 + 5))
            add(mention, KG + "text", text(f"State{state}"))
            add(mention, KG + "mentionKind", text("name"))
            add(mention, KG + "refersTo", iri(WD + state))
            add(mention, KG + "rule", text("state.name"))
            add(mention, KG + "confidence", ox.Literal("0.9", datatype=iri(XSD + "decimal")))
        for index in range(5):
            actor, target = rng.sample(STATES, 2)
            act = iri(f"{KGR}act/{short_hash(article_id, 'a', index)}")
            add(act, RDF_TYPE, iri(KG + "DiplomaticAct"))
            add(act, RDF_TYPE, iri(KG + rng.choice(KINDS)))
            add(act, KG + "inArticle", article)
            add(act, KG + "evidence", sentences[index * 2])
            add(act, KG + "mention", mentions[index * 4])
            add(act, KG + "mention", mentions[index * 4 + 1])
            add(act, KG + "actor", iri(WD + actor))
            add(act, KG + "target", iri(WD + target))
            add(act, KG + "cameoCode", text("042"))
            add(act, KG + "cameoRoot", text("04"))
            add(act, KG + "modality", iri(KG + ("Asserted" if index < 4 else "Hypothetical")))
            add(act, KG + "symmetric", ox.Literal("false", datatype=iri(XSD + "boolean")))
            add(act, KG + "date", date(published))
            add(act, KG + "dateGranularity", iri(KG + "Day"))
            add(act, KG + "trigger", text("visit"))
            add(act, KG + "rule", text("act.visit.noun"))
            add(act, KG + "confidence", ox.Literal("0.8", datatype=iri(XSD + "decimal")))
        for state in STATES[:3]:
            add(iri(WD + state), RDF_TYPE, iri(KG + "State"))
            add(
                iri(WD + state),
                "http://www.w3.org/2000/01/rdf-schema#label",
                ox.Literal(f"State {state}", language="en"),
            )
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return len(quads)


def answer(rows: list[dict]) -> list[tuple[str, int, int]]:
    return [(str(row["actor"]), int(row["acts"]), int(row["mentions"])) for row in rows]


def timed(label: str, action: Callable[[], object], results: list[tuple[str, float]]) -> object:
    started = time.perf_counter()
    value = action()
    results.append((label, time.perf_counter() - started))
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=280, help="articles to generate (358 triples each)")
    parser.add_argument("--skip-virtuoso", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        work = Path(scratch)
        data = work / "synthetic.nq"
        quads = generate(data, args.articles)
        print(f"{quads} quads in {args.articles} article graphs ({data.stat().st_size / 1e6:.1f} MB N-Quads)")
        timings: list[tuple[str, float]] = []

        def baseline() -> list[tuple[str, int, int]]:
            store = ox.Store()
            store.load(path=str(data), format=ox.RdfFormat.N_QUADS)
            return answer(run_query_on(store))

        def run_query_on(store: ox.Store) -> list[dict]:
            return [
                {k: solution[k].value for k in ("actor", "acts", "mentions")}
                for solution in store.query(QUERY, use_default_graph_as_union=True)
            ]

        expected = timed("baseline: pyoxigraph in memory, load + query", baseline, timings)
        assert expected, "the query found nothing"

        def kg_store() -> list[tuple[str, int, int]]:
            with Store.open(work / "store") as store:
                store.load_file(data)
            return answer(run_query(QUERY, store_dir=work / "store").rows)

        checks = {"kg store": timed("kg store on disk: load + query", kg_store, timings)}
        checks["kg store rebuild"] = timed("kg store on disk: reload (replace) + query", kg_store, timings)

        def round_trips(engine: str, protocol: str, push_url: str, query: Callable[[], list[dict]]) -> None:
            for attempt in ("into an empty store", "again (replaces every graph)"):
                report = timed(f"{engine} {protocol}: push {attempt}", lambda: push(data, push_url), timings)
                checks[f"{engine} {protocol} {attempt}"] = timed(
                    f"{engine} {protocol}: query", lambda: answer(query()), timings
                )
            print(f"  {engine} {protocol}: {report.requests} requests per push")  # type: ignore[attr-defined]

        for protocol in ("gsp", "update"):
            with running_server(work / f"served-{protocol}", update=True) as server:
                url = server.store_url if protocol == "gsp" else server.update_url
                assert url is not None
                round_trips(
                    "oxigraph", protocol, url, lambda server=server: run_query(QUERY, endpoint=server.query_url).rows
                )

        if not args.skip_virtuoso:
            from tests.servers import VirtuosoServer, virtuoso_missing_reason

            reason = virtuoso_missing_reason()
            if reason:
                print(f"virtuoso skipped: {reason}")
            for protocol in ("gsp", "update") if not reason else ():
                virtuoso = VirtuosoServer(work / f"virtuoso-{protocol}")
                info = virtuoso.start()
                try:
                    round_trips(
                        "virtuoso",
                        protocol,
                        info.gsp_url if protocol == "gsp" else info.sparql_url,
                        lambda info=info: query_endpoint(info.sparql_url, QUERY).rows,
                    )
                finally:
                    virtuoso.stop()

        for name, got in checks.items():
            assert got == expected, f"{name} answered differently from the baseline"
        base = timings[0][1]
        print(f"\n{'step':58} {'seconds':>8} {'x baseline':>10}")
        for label, seconds in timings:
            print(f"{label:58} {seconds:8.2f} {seconds / base:10.1f}")
        print(f"\nall {len(checks)} engines gave the baseline's {len(expected)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
