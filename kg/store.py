"""The embedded triple store: an on-disk Oxigraph (RocksDB) store with one named graph per article.

``kg build ... --store DIR`` writes into it through :meth:`Store.replace_article_graphs`, which
clears each article's graph before inserting its new triples: rebuilding an article replaces
its facts, and building the same input twice leaves the store identical. ``kg query`` reads it
through :func:`run_query`, which also runs a query over RDF files (an in-memory store) or a
remote SPARQL endpoint; every source is queried with the union of its named graphs as the
default graph, the way the contract queries in ``queries/`` expect.

Terms cross the boundary as rdflib terms (``URIRef``, ``BNode``, ``Literal``): the rest of kg
speaks rdflib, and :func:`to_oxigraph` / :func:`to_rdflib` convert single terms and quads.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import os
import struct
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Identifier, Node

from kg.errors import FormatError, InputError

if TYPE_CHECKING:
    from types import TracebackType

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Quads inserted per transaction by replace_article_graphs: large enough that RocksDB writes
# in big batches, small enough that a batch of article graphs stays a few MB in memory.
DEFAULT_BATCH_QUADS = 50_000

# pyoxigraph does not know these extensions; rdflib users write them.
_EXTRA_EXTENSIONS = {"owl": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML, "json": ox.RdfFormat.JSON_LD}

# Directories this process holds open read-write: a POSIX lock probe on their LOCK file
# would release RocksDB's own lock when the probe closes its descriptor.
_OPEN_READ_WRITE: set[Path] = set()

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxGraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


# Graphs that accumulate across builds rather than belong to one article (see docs/graph.md).
SHARED_GRAPHS = frozenset({"https://w3id.org/kg-diplomacy/id/graph/entities"})


class StoreError(InputError):
    """A store directory cannot be opened or read."""


class StoreLockedError(StoreError):
    """Another process (a server or a build) holds the store's write lock."""


# ---------------------------------------------------------------- terms


def to_oxigraph(term: Node | OxTerm) -> OxTerm:
    """The pyoxigraph term for an rdflib term (pyoxigraph terms pass through).

    >>> to_oxigraph(Literal("Seoul", lang="en"))
    <Literal value=Seoul language=en>
    """
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        try:
            return ox.BlankNode(str(term))
        except ValueError:  # an rdflib label that is not a valid N-Triples blank node id
            return ox.BlankNode("b" + hashlib.sha256(str(term).encode()).hexdigest()[:32])
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise FormatError(f"cannot store the term {term!r}: only IRIs, blank nodes and literals are supported")


def to_oxigraph_graph_name(graph: Any) -> OxGraphName:
    """The pyoxigraph graph name for an rdflib context (a Graph, an IRI) or ``None`` (default graph)."""
    if isinstance(graph, ox.NamedNode | ox.BlankNode | ox.DefaultGraph):
        return graph
    if isinstance(graph, Graph):
        graph = graph.identifier
    if graph is None or graph == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(graph, str) and not isinstance(graph, Identifier):
        graph = URIRef(graph)
    converted = to_oxigraph(graph)
    if isinstance(converted, ox.Literal):
        raise FormatError(f"a literal cannot name a graph: {graph!r}")
    return converted


def to_rdflib(term: OxTerm | Node) -> Identifier:
    """The rdflib term for a pyoxigraph term; a plain ``xsd:string`` literal becomes a plain Literal.

    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    if isinstance(term, Identifier):
        return term
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise FormatError(f"kg does not handle RDF-star quoted triples: {term!r}")


def _quad_in(item: Any, graph_name: OxGraphName) -> ox.Quad:
    """The statement ``item`` (any form :func:`to_oxigraph_triple` takes) as a quad in ``graph_name``."""
    if isinstance(item, ox.Quad) and item.graph_name == graph_name:
        return item
    triple = to_oxigraph_triple(item)
    return ox.Quad(triple.subject, triple.predicate, triple.object, graph_name)


def to_oxigraph_triple(item: Any) -> ox.Triple:
    """An ``ox.Triple`` from a pyoxigraph Triple/Quad or an rdflib 3- or 4-tuple (the graph is ignored)."""
    if isinstance(item, ox.Triple):
        return item
    if isinstance(item, ox.Quad):
        return item.triple
    subject, predicate, obj = item[0], item[1], item[2]
    return ox.Triple(to_oxigraph(subject), to_oxigraph(predicate), to_oxigraph(obj))


# ---------------------------------------------------------------- files


def rdf_format_for(path: Path) -> tuple[ox.RdfFormat, bool]:
    """The RDF format of a file from its extension, and whether it is gzip-compressed (``.nq.gz``)."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    extension = name.rpartition(".")[2] if "." in name else ""
    rdf_format = _EXTRA_EXTENSIONS.get(extension) or ox.RdfFormat.from_extension(extension)
    if rdf_format is None:
        raise FormatError(
            f"{path}: cannot tell the RDF format from the extension; "
            "use .ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl or .n3 (optionally .gz)"
        )
    return rdf_format, compressed


def _open_rdf(path: Path) -> tuple[IO[bytes], ox.RdfFormat]:
    rdf_format, compressed = rdf_format_for(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; give an RDF file written by kg build")
    try:
        # The caller closes the stream (it is used in a with block).
        stream: IO[bytes] = gzip.open(path, "rb") if compressed else path.open("rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return stream, rdf_format


def load_into(store: ox.Store, path: Path, *, graph: Any = None) -> None:
    """Load an RDF file into a pyoxigraph store; quads keep their graph, triples go to ``graph``.

    Raises InputError naming the file (and the parser's line) when it cannot be read or parsed.
    """
    stream, rdf_format = _open_rdf(path)
    target = to_oxigraph_graph_name(graph)
    try:
        with stream:
            store.load(stream, format=rdf_format, to_graph=target)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {rdf_format.name} ({_one_line(exc)}); fix or rebuild the file") from exc
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot be read ({_one_line(exc)})") from exc
    except ValueError as exc:
        raise InputError(f"{path}: cannot be loaded ({_one_line(exc)})") from exc


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:297] + "..."


# ---------------------------------------------------------------- locking


def lock_holder(store_dir: Path) -> int | None:
    """The pid of another process holding the store's RocksDB write lock, or None.

    RocksDB takes a POSIX (fcntl) lock on ``DIR/LOCK``; F_GETLK reports a conflicting lock
    without taking it, so a read-only server (which takes no lock) does not count.
    """
    lock_file = store_dir / "LOCK"
    if store_dir.resolve() in _OPEN_READ_WRITE or not lock_file.exists():
        return None
    try:
        descriptor = os.open(lock_file, os.O_RDONLY)
    except OSError:
        return None
    try:
        request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, request)
        lock_type, _, _, _, pid = struct.unpack("hhqqi", answer)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return pid if lock_type != fcntl.F_UNLCK else None


def _locked_message(store_dir: Path, pid: int | None) -> str:
    holder = f"process {pid}" if pid else "another process"
    return (
        f"store {store_dir} is in use by {holder} (a running `kg serve --update` or `kg build --store`); "
        "stop it first, or query the running server with --endpoint URL"
    )


def _is_store_dir(path: Path) -> bool:
    return (path / "CURRENT").is_file()


# ---------------------------------------------------------------- results


@dataclass
class QueryResult:
    """Rows of a query. ``kind`` is "select", "ask" or "construct" (CONSTRUCT and DESCRIBE).

    ASK gives one row ``{"ask": Literal(bool)}`` and ``boolean``; CONSTRUCT gives one row per
    triple with ``subject``, ``predicate``, ``object`` and the triples in ``graph``. A variable
    a row leaves unbound maps to None.
    """

    vars: list[str]
    rows: list[dict[str, Identifier | None]]
    kind: str = "select"
    boolean: bool | None = None
    graph: Graph | None = None


@dataclass(frozen=True)
class ReplaceReport:
    """What :meth:`Store.replace_article_graphs` wrote."""

    graphs: int
    quads: int
    batches: int  # write transactions (each preceded by a clearing one where graphs existed)
    unchanged: int = 0  # graphs that already held exactly the given statements: not written


def _result_from_oxigraph(answer: Any) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        value = bool(answer)
        return QueryResult(vars=["ask"], rows=[{"ask": Literal(value)}], kind="ask", boolean=value)
    if isinstance(answer, ox.QueryTriples):
        graph = Graph()
        rows: list[dict[str, Identifier | None]] = []
        for triple in answer:
            subject, predicate, obj = to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)
            graph.add((subject, predicate, obj))
            rows.append({"subject": subject, "predicate": predicate, "object": obj})
        return QueryResult(vars=["subject", "predicate", "object"], rows=rows, kind="construct", graph=graph)
    names = [variable.value for variable in answer.variables]
    rows = []
    for solution in answer:
        row: dict[str, Identifier | None] = {}
        for name in names:
            term = solution[name]
            row[name] = None if term is None else to_rdflib(term)
        rows.append(row)
    return QueryResult(vars=names, rows=rows)


def oxigraph_substitutions(bindings: Mapping[str, Any] | None) -> dict[ox.Variable, OxTerm]:
    """pyoxigraph ``substitutions`` from ``{"var": rdflib or pyoxigraph term}`` (a leading ? is dropped)."""
    return {ox.Variable(name.lstrip("?$")): to_oxigraph(term) for name, term in (bindings or {}).items()}


def query_oxigraph(
    store: ox.Store, sparql: str, bindings: Mapping[str, Any] | None = None, *, source: str = "the store"
) -> QueryResult:
    """Run a query on a pyoxigraph store, union default graph, parameters bound by substitution."""
    try:
        answer = store.query(sparql, substitutions=oxigraph_substitutions(bindings), use_default_graph_as_union=True)
        return _result_from_oxigraph(answer)
    except SyntaxError as exc:
        raise InputError(f"query: not valid SPARQL ({_one_line(exc)}); fix the query") from exc
    except ValueError as exc:
        raise InputError(f"query on {source}: {_one_line(exc)}") from exc
    except OSError as exc:
        raise StoreError(f"query on {source} failed while reading it ({_one_line(exc)})") from exc
    except RuntimeError as exc:
        if "SELECT projection" in str(exc):  # pyoxigraph substitutes only variables the query returns
            raise InputError(
                f"query: cannot bind a parameter the SELECT does not return ({_one_line(exc)}); "
                "add the variable to the SELECT clause"
            ) from exc
        raise StoreError(f"query on {source} failed ({_one_line(exc)})") from exc


# ---------------------------------------------------------------- the store


class Store:
    """An Oxigraph store on disk (or in memory), holding one named graph per article.

    Open it with :meth:`open` as a context manager so that it is closed (and its lock released)
    even when a build fails::

        with Store.open("kg-store") as store:
            store.replace_article_graphs({article_iri: graph.triples((None, None, None))})
    """

    def __init__(self, backend: ox.Store, path: Path | None, read_only: bool) -> None:
        self._backend: ox.Store | None = backend
        self.path = path
        self.read_only = read_only

    # -- opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Store:
        """Open (read-write: create if missing) the store in directory ``path``.

        Raises StoreLockedError when another process holds its lock (a running read-write server
        or build), StoreError when the directory is not a store or cannot be read.
        """
        store_dir = Path(path)
        if store_dir.exists() and not store_dir.is_dir():
            raise StoreError(f"store {store_dir} is a file, not a directory; give a directory for the store")
        if read_only:
            if not _is_store_dir(store_dir):
                raise StoreError(f"no store at {store_dir}; build one with `kg build INPUT... --store {store_dir}`")
            pid = lock_holder(store_dir)
            if pid is not None:
                raise StoreLockedError(_locked_message(store_dir, pid))
        elif store_dir.resolve() in _OPEN_READ_WRITE:
            raise StoreLockedError(
                f"store {store_dir} is already open for writing in this process; close it first "
                "(open it in a with block)"
            )
        elif store_dir.is_dir() and any(store_dir.iterdir()) and not _is_store_dir(store_dir):
            raise StoreError(
                f"{store_dir} is a non-empty directory but not an Oxigraph store; give a new or empty directory"
            )
        try:
            backend = ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
        except OSError as exc:
            message = str(exc)
            if "LOCK" in message and ("unavailable" in message or "lock" in message.lower()):
                raise StoreLockedError(_locked_message(store_dir, lock_holder(store_dir))) from exc
            if isinstance(exc, PermissionError) or "ermission denied" in message:
                raise StoreError(f"cannot open store {store_dir}: permission denied; check its owner and mode") from exc
            raise StoreError(f"cannot open store {store_dir} ({_one_line(exc)})") from exc
        if not read_only:
            _OPEN_READ_WRITE.add(store_dir.resolve())
        return cls(backend, store_dir, read_only)

    @classmethod
    def in_memory(cls) -> Store:
        """A store that lives in memory only (``kg query --data``)."""
        return cls(ox.Store(), None, False)

    @property
    def backend(self) -> ox.Store:
        """The underlying pyoxigraph store (for bulk work not covered here)."""
        if self._backend is None:
            raise StoreError(f"store {self._label} is closed")
        return self._backend

    @property
    def _label(self) -> str:
        return str(self.path) if self.path is not None else "(in memory)"

    def close(self) -> None:
        """Flush and release the store (and its directory lock). Safe to call twice."""
        if self._backend is None:
            return
        if not self.read_only and self.path is not None:
            try:
                self._backend.flush()
            finally:
                _OPEN_READ_WRITE.discard(self.path.resolve())
        # pyoxigraph closes the RocksDB handle when the last reference goes away.
        self._backend = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # -- writing

    def replace_article_graphs(
        self, quads_by_graph: Mapping[Any, Iterable[Any]], *, batch_quads: int = DEFAULT_BATCH_QUADS
    ) -> ReplaceReport:
        """Replace each named graph with the given triples; leave every other graph untouched.

        Keys are graph names (IRI strings, ``URIRef`` or ``ox.NamedNode``); values iterate rdflib
        triples or quads, or pyoxigraph triples or quads. Every statement goes into the graph of
        its key, whatever graph a quad names. A graph that already holds exactly these
        statements is not written at all (rebuilding unchanged articles costs a read). The
        others are written in batches of about ``batch_quads`` statements: the batch's existing
        graphs are cleared in one transaction, then all its statements are inserted in a second
        one. A crash between the two leaves those graphs empty until their next build.
        """
        self._require_writable()
        backend = self.backend
        graphs = quads = batches = unchanged = 0
        clear_first: list[OxGraphName] = []
        pending_quads: list[ox.Quad] = []

        def write_batch() -> None:
            nonlocal batches
            if not pending_quads and not clear_first:
                return
            if clear_first:
                self._clear_graphs(clear_first)
            try:
                backend.extend(pending_quads)
            except OSError as exc:
                raise StoreError(f"cannot write to store {self._label} ({_one_line(exc)})") from exc
            batches += 1
            clear_first.clear()
            pending_quads.clear()

        for key, statements in quads_by_graph.items():
            graph_name = to_oxigraph_graph_name(key)
            graphs += 1
            new_quads = [_quad_in(statement, graph_name) for statement in statements]
            quads += len(new_quads)
            exists = isinstance(graph_name, ox.DefaultGraph) or backend.contains_named_graph(graph_name)
            if exists:
                old_quads = set(backend.quads_for_pattern(None, None, None, graph_name))
                if old_quads == set(new_quads):
                    unchanged += 1
                    continue
                if old_quads:
                    clear_first.append(graph_name)
            pending_quads.extend(new_quads)
            if len(pending_quads) >= batch_quads:
                write_batch()
        write_batch()
        return ReplaceReport(graphs=graphs, quads=quads, batches=batches, unchanged=unchanged)

    def _clear_graphs(self, graph_names: list[OxGraphName]) -> None:
        # One SPARQL update is one transaction: all graphs of the batch are cleared together.
        # The names are pyoxigraph terms, so str() writes them in escaped N-Triples syntax.
        operations = [
            "CLEAR SILENT DEFAULT" if isinstance(name, ox.DefaultGraph) else f"DROP SILENT GRAPH {name}"
            for name in graph_names
        ]
        try:
            self.backend.update(" ;\n".join(operations))
        except OSError as exc:
            raise StoreError(f"cannot write to store {self._label} ({_one_line(exc)})") from exc

    def load_file(self, path: str | os.PathLike[str], *, graph: Any = None, replace: bool = True) -> ReplaceReport:
        """Load an RDF file: quads keep their graph, triples go to ``graph`` (default: the default graph).

        With ``replace`` (the default) every graph the file has is first cleared, so loading a
        rebuilt file replaces its articles, and loading the same file twice changes nothing.
        """
        self._require_writable()
        staging = ox.Store()  # in memory: group statements by graph before touching the disk store
        load_into(staging, Path(path), graph=graph)
        by_graph: dict[OxGraphName, list[ox.Quad]] = {}
        for quad in staging:
            by_graph.setdefault(quad.graph_name, []).append(quad)
        if replace:
            # the shared entity graph also holds the entities of other articles: add to it, never clear it
            shared = {name: quads for name, quads in by_graph.items() if getattr(name, "value", None) in SHARED_GRAPHS}
            for name, quads in shared.items():
                self.add_to_graph(name, quads)
            report = self.replace_article_graphs({k: v for k, v in by_graph.items() if k not in shared})
            return ReplaceReport(
                graphs=report.graphs + len(shared),
                quads=report.quads + sum(map(len, shared.values())),
                batches=report.batches,
            )
        self.backend.extend(quad for quads in by_graph.values() for quad in quads)
        return ReplaceReport(graphs=len(by_graph), quads=sum(map(len, by_graph.values())), batches=1)

    def add_to_graph(self, graph: Any, statements: Iterable[Any]) -> int:
        """Add statements to one named graph without clearing it (shared facts, such as the entity graph)."""
        self._require_writable()
        graph_name = to_oxigraph_graph_name(graph)
        quads = []
        for statement in statements:
            triple = to_oxigraph_triple(statement)
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph_name))
        try:
            self.backend.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write to store {self._label} ({_one_line(exc)})") from exc
        return len(quads)

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self._label} was opened read-only; open it without read_only to write")

    # -- reading

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run SELECT, ASK, CONSTRUCT or DESCRIBE over the union of all graphs.

        ``bindings`` maps variable names to terms; they are substituted, never pasted into the text.
        """
        return query_oxigraph(self.backend, sparql, bindings, source=f"store {self._label}")

    def graph_names(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(str(name.value) for name in self.backend.named_graphs())

    def quads(self, graph: Any = None) -> Iterator[ox.Quad]:
        """The quads of one graph (an IRI) or, with None, of the whole store."""
        if graph is None:
            return iter(self.backend)
        return iter(self.backend.quads_for_pattern(None, None, None, to_oxigraph_graph_name(graph)))

    def __len__(self) -> int:
        return len(self.backend)

    def dump(self, path: str | os.PathLike[str], rdf_format: ox.RdfFormat | None = None) -> Path:
        """Write the whole store to ``path`` atomically; the format follows the extension by default.

        N-Quads (and N-Triples of a store that only has a default graph) are written one statement
        a line, sorted, so two dumps of the same content are byte-identical; this holds all lines
        in memory. Other formats are written as pyoxigraph streams them.
        """
        target = Path(path)
        chosen = rdf_format or rdf_format_for(target)[0]
        if chosen == ox.RdfFormat.N_TRIPLES and any(True for _ in self.backend.named_graphs()):
            raise FormatError(f"{target}: the store has named graphs; dump it as .nq or .trig to keep them")
        payload = sorted_nquads(self.backend) if chosen in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else None
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                if payload is not None:
                    handle.write(payload)
                else:
                    graph_name = None if chosen.supports_datasets else ox.DefaultGraph()
                    self.backend.dump(handle, chosen, from_graph=graph_name)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return target


def sorted_nquads(store: ox.Store | Store) -> bytes:
    """The store as N-Quads, one statement a line, lines sorted: a stable text for comparisons."""
    backend = store.backend if isinstance(store, Store) else store
    text = backend.dump(format=ox.RdfFormat.N_QUADS) or b""
    lines = [line for line in text.split(b"\n") if line]
    lines.sort()
    return b"".join(line + b"\n" for line in lines)


# ---------------------------------------------------------------- kg query


def run_query(
    query_text: str,
    *,
    store_dir: str | os.PathLike[str] | None = None,
    data_files: Iterable[str | os.PathLike[str]] = (),
    endpoint: str | None = None,
    bindings: Mapping[str, Any] | None = None,
    timeout: float = 60.0,
) -> QueryResult:
    """Run a SPARQL query on one source, with all named graphs as one default graph.

    ``store_dir``: an on-disk store (opened read-only, so it can be queried while a read-only
    server serves it); ``data_files``: RDF files loaded into an in-memory store; ``endpoint``:
    a SPARQL endpoint URL, queried over HTTP with bindings sent as a VALUES block. ``bindings``
    maps variable names to rdflib or pyoxigraph terms.
    """
    files = tuple(Path(name) for name in data_files)
    chosen = sum(1 for given in (store_dir is not None, bool(files), endpoint is not None) if given)
    if chosen != 1:
        raise InputError("query: give exactly one of --store DIR, --data FILE... or --endpoint URL")
    if endpoint is not None:
        from kg.sparql_client import query_endpoint

        return query_endpoint(endpoint, query_text, bindings=bindings, timeout=timeout)
    if store_dir is not None:
        with Store.open(store_dir, read_only=True) as store:
            return store.query(query_text, bindings)
    memory = ox.Store()
    for path in files:
        load_into(memory, path)
    label = str(files[0]) if len(files) == 1 else f"{len(files)} files"
    return query_oxigraph(memory, query_text, bindings, source=label)
