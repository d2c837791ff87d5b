"""Every graph kg builds conforms to the SHACL shapes and is consistent with the ontology (HermiT)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.pipeline import Pipeline
from kg.read import read_articles
from kg.validate import check_ontology_consistency, validate_graph
from tests.helpers import DEV, SEED, SHARED


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def built_union(pipeline: Pipeline, *paths) -> Graph:
    union = Graph()
    for result in pipeline.run(read_articles(paths)):
        union += result.graph
    return union


@pytest.mark.parametrize("path", [SEED, DEV, SHARED / "corpus" / "diplomacy.jsonl"], ids=["seed", "dev", "diplomacy"])
def test_built_graph_conforms_to_the_shapes(pipeline: Pipeline, path) -> None:
    report = validate_graph(built_union(pipeline, path))
    assert report.conforms, "\n".join(v.line() for v in report.errors[:20])


def test_built_graph_is_consistent_with_the_ontology(pipeline: Pipeline) -> None:
    report = check_ontology_consistency(built_union(pipeline, SEED, DEV))
    assert report.ok, report.message
