"""Serialise stage: write graphs to a file in the format its extension names, atomically.

Quad formats (.nq, .trig) keep one named graph per article; triple formats hold the
union. N-Triples and N-Quads are written sorted, line by line, so the same input
gives a byte-identical file. The output appears only when complete: it is written to
a temporary file beside it and renamed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import FormatError, InputError

FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}
PREFIXES = {
    "kg": "https://w3id.org/kg-diplomacy/ontology#",
    "kgr": "https://w3id.org/kg-diplomacy/id/",
    "wd": "http://www.wikidata.org/entity/",
    "prov": "http://www.w3.org/ns/prov#",
}


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(FORMATS))
        raise FormatError(f"{path}: unknown output format {path.suffix or '(no extension)'!r}; use one of {known}")
    return fmt


def write_graphs(graphs: Iterable[Graph], path: Path) -> int:
    """Write the article graphs to ``path``; returns the number of triples written."""
    fmt = format_for(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: the folder {directory} does not exist; create it first")
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    count = 0
    for graph in graphs:
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
        count += len(graph)
    payload = _render(dataset, fmt)
    atomic_write_bytes(path, payload)
    return count


def _render(dataset: Dataset, fmt: str) -> bytes:
    if fmt == "nquads":
        lines = dataset.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(set(line for line in lines if line.strip()))) + "\n").encode("utf-8")
    if fmt in QUAD_FORMATS:
        return dataset.serialize(format=fmt, encoding="utf-8")
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    if fmt == "nt":
        lines = union.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(set(line for line in lines if line.strip()))) + "\n").encode("utf-8")
    return union.serialize(format=fmt, encoding="utf-8")


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary file beside ``path``, then rename it into place."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


class GraphFileWriter:
    """Writes article graphs to ``path`` as they come, atomically: a temporary file beside it is renamed into
    place by :meth:`finish`, or removed by :meth:`abort`. N-Quads and N-Triples stream (each article's lines
    sorted, the entity graph's lines last); other formats need the whole dataset and are held until finish."""

    STREAMED = {"nquads": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES}

    def __init__(self, path: Path) -> None:
        self.path = path
        self.format = format_for(path)
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise InputError(f"{path}: the folder {directory} does not exist; create it first")
        self._held: list[Graph] = []
        self._handle = None
        self._tmp_name: str | None = None
        if self.format in self.STREAMED:
            fd, self._tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            self._handle = os.fdopen(fd, "wb")

    def add(self, graph: Graph) -> None:
        if self._handle is None:
            self._held.append(graph)
            return
        self._handle.write(_sorted_lines(graph, self.STREAMED[self.format]))

    def finish(self, entities: Graph) -> None:
        if self._handle is None:
            write_graphs([*self._held, entities], self.path)
            return
        self._handle.write(_sorted_lines(entities, self.STREAMED[self.format]))
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._handle = None
        os.replace(self._tmp_name, self.path)

    def abort(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self._tmp_name:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._tmp_name)


def _sorted_lines(graph: Graph, fmt: ox.RdfFormat) -> bytes:
    from kg.store import to_oxigraph, to_oxigraph_graph_name

    name = to_oxigraph_graph_name(graph.identifier) if fmt == ox.RdfFormat.N_QUADS else ox.DefaultGraph()
    quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name) for s, p, o in graph]
    text = ox.serialize(quads, format=fmt) or b""
    lines = sorted({line for line in text.split(b"\n") if line})
    return b"".join(line + b"\n" for line in lines)
