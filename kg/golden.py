"""Golden graphs for regression tests, without article text.

A golden graph pins down everything the pipeline builds for an article, but the
repository must not hold the article's text: every literal of a text-bearing
property (sentence and mention text, quotes, triggers, titles) is replaced by
``sha1:<hex>`` of its value. Tests apply the same masking to a fresh build and
compare the two with :func:`rdflib.compare.isomorphic`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Literal

from kg.namespace import KG

TEXT_PROPERTIES = frozenset({KG.text, KG.quote, KG.trigger, KG.title, KG.dateText, KG.placeName, KG.officeTitle})


def mask_text(dataset: Dataset) -> Dataset:
    """A copy of ``dataset`` with the literals of text-bearing properties replaced by their SHA-1."""
    masked = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if p in TEXT_PROPERTIES and isinstance(o, Literal):
            o = Literal("sha1:" + hashlib.sha1(str(o).encode("utf-8")).hexdigest())
        masked.add((s, p, o, g))
    return masked


def built_dataset(paths: Iterable[str | Path]) -> Dataset:
    """Build the articles in ``paths`` into one Dataset, graph by graph, as kg build would write them."""
    from kg.pipeline import Pipeline
    from kg.read import read_articles

    dataset = Dataset()
    for result in Pipeline().run(read_articles(paths)):
        for part in (result.graphs.article, result.graphs.entities):
            graph = dataset.graph(part.identifier)
            for triple in part:
                graph.add(triple)
    return dataset
