"""``kg push``: copy a graph file or an embedded store into any SPARQL 1.1 store.

Two ways in, as the store offers them:

* the Graph Store HTTP Protocol (``gsp``): per named graph a ``PUT URL?graph=IRI`` that replaces
  the graph, then ``POST``s that add the rest in batches (Oxigraph: ``/store``; Virtuoso:
  ``/sparql-graph-crud``);
* SPARQL Update (``update``): per named graph ``DROP SILENT GRAPH`` then ``INSERT DATA``, the
  operations of several small graphs packed into one request of up to ``batch_size`` triples
  (Oxigraph: ``/update``; Virtuoso: ``/sparql``).

Either way each pushed graph ends up holding exactly the pushed triples, so pushing the same
output twice leaves the store as it was after the first push, and graphs that were not pushed
are left alone. Statements keep the graph they have in a quad format (``.nq``, ``.trig``) or a
store; triples outside any named graph go to the graph ``--graph`` names (kg never writes into
a store's default graph, which Virtuoso makes the union of all graphs).

Blank nodes are scoped to one request, so all the triples of a graph that mention one travel in
the same request (whatever the batch size), and over SPARQL Update they are sent as
``INSERT { ... } WHERE {}``: Virtuoso refuses blank nodes in ``INSERT DATA``.
"""

from __future__ import annotations

import os
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.sparql_client import (
    DEFAULT_TIMEOUT,
    Credentials,
    HttpStatusError,
    check_endpoint_url,
    credentials_for,
    http_request,
    redact,
)
from kg.store import SHARED_GRAPHS, Store, load_into, to_oxigraph_graph_name

PROTOCOLS = ("auto", "gsp", "update")
# Triples per request. Virtuoso 7.2's SPARQL parser runs out of stack ("SP030 ... memory
# exhausted") on an INSERT DATA of about 5,000 triples: 2,000 leaves a wide margin, and larger
# batches do not load it faster. Graph Store bodies are parsed as Turtle, without that limit.
UPDATE_BATCH_SIZE = 2_000
GSP_BATCH_SIZE = 10_000

# Last path segments that say which protocol a URL speaks.
_GSP_PATHS = {"store", "sparql-graph-crud", "sparql-graph-crud-auth", "data", "rdf-graphs"}
_UPDATE_PATHS = {"update", "sparql", "sparql-auth", "statements"}
# Answers of a URL that does not speak the Graph Store Protocol: try SPARQL Update instead.
_NOT_GSP_STATUSES = {400, 404, 405, 415, 501}


@dataclass(frozen=True)
class PushReport:
    """What a push sent: ``endpoint`` is the URL without credentials."""

    endpoint: str
    protocol: str
    graphs: int
    triples: int
    requests: int
    seconds: float


def choose_protocol(endpoint: str, protocol: str = "auto") -> str:
    """``gsp`` or ``update`` for the URL, or ``probe`` when ``auto`` cannot tell from its path."""
    if protocol not in PROTOCOLS:
        raise InputError(f"--protocol {protocol!r}: use one of {', '.join(PROTOCOLS)}")
    if protocol != "auto":
        return protocol
    last_segment = urllib.parse.urlsplit(endpoint).path.rstrip("/").rpartition("/")[2]
    if last_segment in _GSP_PATHS:
        return "gsp"
    if last_segment in _UPDATE_PATHS:
        return "update"
    return "probe"


def push(
    source: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    protocol: str = "auto",
    batch_size: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> PushReport:
    """Send the graphs of an RDF file or a store directory to ``endpoint``; see the module doc.

    ``graph`` names the graph for triples that have none (a Turtle file, a default graph);
    without it such triples are an InputError. ``batch_size`` is in triples per request (default:
    :data:`GSP_BATCH_SIZE` or :data:`UPDATE_BATCH_SIZE`). Raises EndpointError (one line, naming the
    endpoint without credentials) when the store cannot be reached or refuses a request.
    """
    check_endpoint_url(endpoint)
    chosen = choose_protocol(endpoint, protocol)
    if batch_size is None:
        batch_size = GSP_BATCH_SIZE if chosen == "gsp" else UPDATE_BATCH_SIZE
    if batch_size < 1:
        raise InputError(f"--batch-size {batch_size}: give a positive number of triples per request")
    credentials = credentials_for(endpoint)
    source_path = Path(source)
    started = time.perf_counter()
    with ExitStack() as stack:
        backend = _open_source(source_path, stack)
        targets = _targets(backend, source_path, graph)
        sender = _Sender(endpoint, chosen, credentials, timeout, batch_size)
        triples = 0
        for target, sources in targets:
            # an article graph replaces its old version; the shared entity graph only grows, since
            # it also holds the entities of articles pushed before
            shared = target.value in SHARED_GRAPHS
            for number, (chunk, has_blank_nodes) in enumerate(_chunks(backend, sources, batch_size)):
                sender.send(target, chunk, first=number == 0 and not shared, has_blank_nodes=has_blank_nodes)
                triples += len(chunk)
        sender.flush()
    return PushReport(
        endpoint=redact(endpoint),
        protocol=sender.protocol if sender.protocol != "probe" else "gsp",
        graphs=len(targets),
        triples=triples,
        requests=sender.requests,
        seconds=time.perf_counter() - started,
    )


def _open_source(path: Path, stack: ExitStack) -> ox.Store:
    if path.is_dir():
        store = stack.enter_context(Store.open(path, read_only=True))
        return store.backend
    memory = ox.Store()  # groups the file's statements by graph; pyoxigraph keeps ~0.4 GB per 1M triples
    load_into(memory, path)
    return memory


def _targets(backend: ox.Store, source: Path, graph: str | None) -> list[tuple[ox.NamedNode, list[object]]]:
    """(target graph, graph names in the source whose triples go there), in a stable order."""
    by_target: dict[str, tuple[ox.NamedNode, list[object]]] = {}
    for name in sorted(backend.named_graphs(), key=str):
        if not isinstance(name, ox.NamedNode):
            raise InputError(f"{source}: a graph is named by a blank node ({name}); name it by an IRI")
        by_target[name.value] = (name, [name])
    has_default = next(iter(backend.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    if has_default:
        if graph is None:
            raise InputError(
                f"{source}: has triples outside any named graph; give --graph IRI to name the graph they go to"
            )
        try:
            target = to_oxigraph_graph_name(graph)
        except ValueError as exc:
            raise InputError(f"--graph {graph!r}: not an IRI ({exc})") from exc
        if not isinstance(target, ox.NamedNode):
            raise InputError(f"--graph {graph!r}: give an absolute IRI")
        by_target.setdefault(target.value, (target, []))[1].append(ox.DefaultGraph())
    if not by_target:
        raise InputError(f"{source}: holds no triples; nothing to push")
    return [by_target[key] for key in sorted(by_target)]


def _has_blank_node(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _chunks(backend: ox.Store, sources: Iterable[object], batch_size: int) -> Iterator[tuple[list[ox.Triple], bool]]:
    """The triples of the source graphs in requests: first all that mention a blank node, then batches."""
    source_list = list(sources)

    def triples() -> Iterator[ox.Triple]:
        for name in source_list:
            for quad in backend.quads_for_pattern(None, None, None, name):
                yield quad.triple

    with_blank_nodes = [triple for triple in triples() if _has_blank_node(triple)]
    if with_blank_nodes:
        yield with_blank_nodes, True
    batch: list[ox.Triple] = []
    for triple in triples():
        if _has_blank_node(triple):
            continue
        batch.append(triple)
        if len(batch) >= batch_size:
            yield batch, False
            batch = []
    if batch:
        yield batch, False


class _Sender:
    """Sends graphs' chunks by GSP or SPARQL Update; in ``probe`` mode tries GSP once first.

    Update operations of several graphs share a request, up to ``batch_size`` triples: per-request
    overhead, not volume, dominates a push of many small article graphs. A chunk with blank
    nodes travels alone, since blank node labels are scoped to the whole request.
    """

    def __init__(
        self, endpoint: str, protocol: str, credentials: Credentials | None, timeout: float, batch_size: int
    ) -> None:
        self.endpoint = endpoint
        self.protocol = protocol
        self.credentials = credentials
        self.timeout = timeout
        self.batch_size = batch_size
        self.requests = 0
        self._operations: list[str] = []
        self._queued_triples = 0

    def send(self, graph: ox.NamedNode, triples: list[ox.Triple], *, first: bool, has_blank_nodes: bool) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if self.protocol == "update":
            self._queue_update(graph, body, len(triples), first=first, has_blank_nodes=has_blank_nodes)
            return
        try:
            self._gsp(graph, body, first=first)
        except HttpStatusError as exc:
            if self.protocol != "probe" or exc.status not in _NOT_GSP_STATUSES:
                raise
            self.protocol = "update"  # the URL is not a graph store: it may be an update endpoint
            self._queue_update(graph, body, len(triples), first=first, has_blank_nodes=has_blank_nodes)
            return
        if self.protocol == "probe":
            self.protocol = "gsp"

    def flush(self) -> None:
        """Send the queued update operations, if any."""
        if not self._operations:
            return
        text = " ;\n".join(self._operations)
        self._operations = []
        self._queued_triples = 0
        self.requests += 1
        http_request(
            self.endpoint,
            method="POST",
            body=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            credentials=self.credentials,
            timeout=self.timeout,
        )

    def _gsp(self, graph: ox.NamedNode, body: bytes, *, first: bool) -> None:
        separator = "&" if urllib.parse.urlsplit(self.endpoint).query else "?"
        url = f"{self.endpoint}{separator}{urllib.parse.urlencode({'graph': graph.value})}"
        self.requests += 1
        http_request(
            url,
            method="PUT" if first else "POST",  # PUT replaces the graph, POST adds to it
            body=body,
            headers={"Content-Type": "application/n-triples; charset=utf-8"},
            credentials=self.credentials,
            timeout=self.timeout,
        )

    def _queue_update(
        self, graph: ox.NamedNode, body: bytes, count: int, *, first: bool, has_blank_nodes: bool
    ) -> None:
        # str(graph) is the IRI in escaped <...> form; the body is N-Triples, which is SPARQL syntax.
        data = body.decode("utf-8")
        if has_blank_nodes:
            insert = f"INSERT {{ GRAPH {graph} {{\n{data}}} }} WHERE {{}}"
        else:
            insert = f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}"
        operations = [f"DROP SILENT GRAPH {graph}", insert] if first else [insert]
        if has_blank_nodes or self._queued_triples + count > self.batch_size:
            self.flush()
        self._operations += operations
        self._queued_triples += count
        if has_blank_nodes:
            self.flush()


def describe(report: PushReport) -> str:
    """One line for the CLI."""
    return (
        f"pushed {report.triples} triples in {report.graphs} graphs to {report.endpoint} "
        f"({report.protocol}, {report.requests} requests, {report.seconds:.1f} s)"
    )
