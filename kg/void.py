"""A VoID description of a built graph: how many triples, which classes, where it came from.

``kg build`` writes it beside its output (``OUT.void.ttl``) or into the store as the graph
:data:`VOID_GRAPH_IRI`, which the counts leave out. The description holds no timestamp unless
one is asked for (``created``): rebuilding the same input must give byte-identical files.
Class partitions are named by IRIs derived from the class, never blank nodes, for the same
reason.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, FOAF, VOID

from kg.store import Store

KG_ONTOLOGY = "https://w3id.org/kg-diplomacy/ontology#"
KG_ID_SPACE = "https://w3id.org/kg-diplomacy/id/"
VOID_GRAPH_IRI = KG_ID_SPACE + "void"
DEFAULT_DATASET_IRI = KG_ID_SPACE + "dataset"

_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _counts_from_rdflib(graph: Graph) -> tuple[int, dict[str, set[Any]]]:
    """(distinct triples, {class IRI: typed subjects}) over every graph but the VoID graph."""
    triples: set[tuple[Any, Any, Any]] = set()
    members: dict[str, set[Any]] = defaultdict(set)
    if isinstance(graph, ConjunctiveGraph):  # Dataset too: all its named graphs and the default graph
        statements: Iterable[tuple[Any, ...]] = (
            (s, p, o)
            for s, p, o, context in graph.quads((None, None, None, None))
            if str(getattr(context, "identifier", context)) != VOID_GRAPH_IRI
        )
    else:
        statements = graph.triples((None, None, None))
    for subject, predicate, obj in statements:
        triples.add((subject, predicate, obj))
        if predicate == RDF.type and isinstance(obj, URIRef):
            members[str(obj)].add(subject)
    return len(triples), members


_OX_TRIPLES = f"""
SELECT (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?s ?p ?o WHERE {{
    {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{VOID_GRAPH_IRI}>) }}
  }}
}}"""
_OX_CLASSES = f"""
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  {{ ?s a ?class }} UNION {{ GRAPH ?g {{ ?s a ?class }} FILTER(?g != <{VOID_GRAPH_IRI}>) }}
  FILTER(isIRI(?class))
}} GROUP BY ?class"""


def _counts_from_oxigraph(store: ox.Store) -> tuple[int, dict[str, int]]:
    # The default graph here is the store's own default graph: named graphs are reached by GRAPH,
    # so that the VoID graph can be left out.
    triples = int(next(iter(store.query(_OX_TRIPLES)))["n"].value)
    classes = {row["class"].value: int(row["n"].value) for row in store.query(_OX_CLASSES)}
    return triples, classes


def _partition_iri(dataset_iri: str, class_iri: str) -> URIRef:
    local = class_iri[len(KG_ONTOLOGY) :] if class_iri.startswith(KG_ONTOLOGY) else ""
    if not _LOCAL_NAME.fullmatch(local):
        local = hashlib.sha256(class_iri.encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{dataset_iri}#class-{local}")


def _iri_or_literal(value: str) -> URIRef | Literal:
    return URIRef(value) if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) else Literal(value)


def void_description(
    source: Graph | Store | ox.Store,
    *,
    dataset_iri: str = DEFAULT_DATASET_IRI,
    sources: Iterable[str] = (),
    licence: str | None = None,
    title: str | None = None,
    created: date | None = None,
    sparql_endpoint: str | None = None,
) -> Graph:
    """The VoID description of ``source`` (an rdflib Graph or Dataset, a kg Store or a pyoxigraph Store).

    ``sources`` (IRIs, or file names kept as literals) become ``dcterms:source``; ``licence`` an
    IRI for ``dcterms:license``. Counts: ``void:triples`` (distinct triples over all graphs),
    ``void:entities`` (distinct typed subjects) and one ``void:classPartition`` per class with its
    ``void:entities``.
    """
    if isinstance(source, Store):
        source = source.backend
    if isinstance(source, ox.Store):
        triple_count, class_counts = _counts_from_oxigraph(source)
        entity_count = _typed_subjects_oxigraph(source)
    else:
        triple_count, members = _counts_from_rdflib(source)
        class_counts = {iri: len(subjects) for iri, subjects in members.items()}
        entity_count = len(set().union(*members.values())) if members else 0
    return void_from_counts(
        triple_count,
        entity_count,
        class_counts,
        dataset_iri=dataset_iri,
        sources=sources,
        licence=licence,
        title=title,
        created=created,
        sparql_endpoint=sparql_endpoint,
    )


def void_from_counts(
    triple_count: int,
    entity_count: int,
    class_counts: dict[str, int],
    *,
    dataset_iri: str = DEFAULT_DATASET_IRI,
    sources: Iterable[str] = (),
    licence: str | None = None,
    title: str | None = None,
    created: date | None = None,
    sparql_endpoint: str | None = None,
) -> Graph:
    """The VoID description from counts kept while a build streams (see :func:`void_description`)."""
    description = Graph()
    description.bind("void", VOID)
    description.bind("dcterms", DCTERMS)
    dataset = URIRef(dataset_iri)
    description.add((dataset, RDF.type, VOID.Dataset))
    if title:
        description.add((dataset, DCTERMS.title, Literal(title, lang="en")))
    description.add((dataset, VOID.triples, Literal(triple_count)))
    description.add((dataset, VOID.entities, Literal(entity_count)))
    description.add((dataset, VOID.classes, Literal(len(class_counts))))
    description.add((dataset, VOID.vocabulary, URIRef(KG_ONTOLOGY)))
    description.add((dataset, VOID.uriSpace, Literal(KG_ID_SPACE)))
    description.add((dataset, FOAF.homepage, URIRef("https://w3id.org/kg-diplomacy")))
    for name in sorted(set(sources)):
        description.add((dataset, DCTERMS.source, _iri_or_literal(name)))
    if licence:
        description.add((dataset, DCTERMS.license, _iri_or_literal(licence)))
    if created is not None:
        description.add((dataset, DCTERMS.created, Literal(created.isoformat(), datatype=XSD.date)))
    if sparql_endpoint:
        description.add((dataset, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))
    for class_iri, count in sorted(class_counts.items()):
        partition = _partition_iri(dataset_iri, class_iri)
        description.add((dataset, VOID.classPartition, partition))
        description.add((partition, VOID["class"], URIRef(class_iri)))
        description.add((partition, VOID.entities, Literal(count)))
    return description


def _typed_subjects_oxigraph(store: ox.Store) -> int:
    query = f"""
    SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
      {{ ?s a ?class }} UNION {{ GRAPH ?g {{ ?s a ?class }} FILTER(?g != <{VOID_GRAPH_IRI}>) }}
      FILTER(isIRI(?class))
    }}"""
    return int(next(iter(store.query(query)))["n"].value)


def void_quads(description: Graph) -> Iterator[tuple[Any, Any, Any]]:
    """The description's triples, for ``Store.replace_article_graphs({VOID_GRAPH_IRI: ...})``."""
    return iter(description.triples((None, None, None)))
