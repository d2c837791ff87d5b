"""Every query of ``queries/`` gives the same rows on every engine kg supports.

For each case in ``tests/query_cases/<query>.json`` (the format is described in
tests/test_queries.py, which checks the expected rows on rdflib and pyoxigraph) the query runs on

* rdflib (the reference: ``Dataset(default_union=True)``, ``initBindings``),
* pyoxigraph embedded (``kg.store.run_query(data_files=...)``, ``substitutions``),
* an Oxigraph server (``oxigraph serve-read-only --union-default-graph`` over a store loaded
  with the fixture; ``run_query(endpoint=...)``, bindings as a VALUES block),
* Virtuoso (the fixture pushed over SPARQL Update; the query sent with ``default-graph-uri`` for
  each pushed graph, so that Virtuoso's own system graphs stay out; bindings as VALUES),

and the rows must be the same multiset. Values compare as strings after this normalisation:

* numbers by value (``"4.0"`` = ``"4"``), as in test_queries.py;
* ``xsd:boolean``: Virtuoso stores booleans as integers and answers ``"1"``/``"0"``, which
  become ``"true"``/``"false"``;
* blank nodes all compare equal (their labels are local to an engine).

Known deviation: Virtuoso 7.2 repeats rows of a ``SELECT DISTINCT`` whose group FILTERs on
``!BOUND`` of an OPTIONAL variable (found on ``leaders_at.rq``; a minimal query with
``OPTIONAL { ?h kg:endDate ?e } FILTER(!BOUND(?e))`` shows it too). For the queries listed in
:data:`VIRTUOSO_REPEATS_DISTINCT_ROWS` Virtuoso's rows are compared as a set.

Cases that call a SERVICE are left to test_queries.py, which points them at a local endpoint.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.term import Identifier

from kg.push import push
from kg.serve import ServerInfo, running_server
from kg.sparql_client import http_request, query_endpoint, term_from_json
from kg.store import Store, run_query
from tests.helpers import NUMERIC_TYPES
from tests.servers import VirtuosoInfo

REPO = Path(__file__).resolve().parents[1]
QUERIES = REPO / "queries"
CASES = REPO / "tests" / "query_cases"
FIXTURES = REPO / "tests" / "fixtures"
XSD = "http://www.w3.org/2001/XMLSchema#"
ENGINES = ("pyoxigraph", "oxigraph-server", "virtuoso")
VIRTUOSO_REPEATS_DISTINCT_ROWS = {"leaders_at"}
# Triples of a fixture that sit in no named graph are pushed to this graph.
DEFAULT_GRAPH_FOR_PUSH = "urn:kg-test:default-graph"

pytestmark = pytest.mark.filterwarnings("ignore:.*(deprecated|ConjunctiveGraph).*:DeprecationWarning")


@dataclass(frozen=True)
class EngineCase:
    label: str
    query: str  # file stem in queries/
    data: str  # file in tests/fixtures/
    bindings: dict[str, dict[str, str]]


def engine_cases() -> Iterator[EngineCase]:
    for path in sorted(QUERIES.glob("*.rq")):
        case_file = CASES / f"{path.stem}.json"
        if not case_file.is_file():
            continue
        raw = json.loads(case_file.read_text(encoding="utf-8"))
        for number, entry in enumerate(raw.get("cases", [raw])):
            if entry.get("services", raw.get("services")):
                continue
            yield EngineCase(
                label=f"{path.stem}[{entry.get('name', number)}]",
                query=path.stem,
                data=entry.get("data", raw.get("data", "queries.trig")),
                bindings=entry.get("bindings", {}),
            )


ALL_CASES = list(engine_cases())
assert ALL_CASES, "no query case to run: tests/query_cases/ is empty"


# ---------------------------------------------------------------- normalised rows


def cell(term: Identifier | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, rdflib.BNode):
        return "_:blank"
    if isinstance(term, rdflib.Literal) and term.datatype is not None:
        datatype = str(term.datatype)
        if datatype in NUMERIC_TYPES:
            try:
                return format(Decimal(str(term)).normalize(), "f")
            except InvalidOperation:
                return str(term)
        if datatype == XSD + "boolean":
            return {"1": "true", "0": "false"}.get(str(term), str(term))
    return str(term)


def normalised(names: list[str], rows: list[dict[str, Identifier | None]]) -> Counter[tuple[str | None, ...]]:
    return Counter(tuple(cell(row.get(name)) for name in names) for row in rows)


# ---------------------------------------------------------------- engines


@cache
def rdflib_dataset(data: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(FIXTURES / data, format=rdflib.util.guess_format(data))
    return dataset


def bindings_of(case: EngineCase) -> dict[str, Identifier]:
    return {name: term_from_json(spec) for name, spec in case.bindings.items()}


def run_rdflib(case: EngineCase, text: str) -> tuple[list[str], Counter[tuple[str | None, ...]]]:
    bindings = {rdflib.Variable(name): term for name, term in bindings_of(case).items()}
    result = rdflib_dataset(case.data).query(text, initBindings=bindings)
    names = [str(variable) for variable in result.vars or []]
    rows = [{name: solution[name] for name in names} for solution in result]
    return names, normalised(names, rows)


class OxigraphServers:
    """One read-only server per fixture file, started on first use."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.servers: dict[str, tuple[Any, ServerInfo]] = {}

    def query_url(self, data: str) -> str:
        if data not in self.servers:
            store_dir = self.workdir / Path(data).stem
            with Store.open(store_dir) as store:
                store.load_file(FIXTURES / data, graph=DEFAULT_GRAPH_FOR_PUSH)
            context = running_server(store_dir)
            self.servers[data] = (context, context.__enter__())
        return self.servers[data][1].query_url

    def stop(self) -> None:
        for context, _ in self.servers.values():
            context.__exit__(None, None, None)


class VirtuosoData:
    """Keeps one fixture file loaded in Virtuoso at a time, and names its graphs."""

    def __init__(self, info: VirtuosoInfo) -> None:
        self.info = info
        self.loaded: str | None = None
        self.graphs: tuple[str, ...] = ()

    def graphs_for(self, data: str) -> tuple[str, ...]:
        if self.loaded != data:
            for graph in self.graphs:  # unload the previous fixture
                http_request(
                    self.info.sparql_url,
                    method="POST",
                    body=f"DROP SILENT GRAPH <{graph}>".encode(),
                    headers={"Content-Type": "application/sparql-update"},
                )
            push(FIXTURES / data, self.info.sparql_url, graph=DEFAULT_GRAPH_FOR_PUSH)
            store = Store.in_memory()
            store.load_file(FIXTURES / data, graph=DEFAULT_GRAPH_FOR_PUSH)
            self.graphs = tuple(store.graph_names())
            self.loaded = data
        return self.graphs


@pytest.fixture(scope="module")
def oxigraph_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServers]:
    servers = OxigraphServers(tmp_path_factory.mktemp("engine-stores"))
    yield servers
    servers.stop()


@pytest.fixture(scope="module")
def virtuoso_data(virtuoso: VirtuosoInfo) -> VirtuosoData:
    return VirtuosoData(virtuoso)


def run_engine(
    engine: str, case: EngineCase, text: str, request: pytest.FixtureRequest
) -> tuple[list[str], Counter[tuple[str | None, ...]]]:
    bindings = bindings_of(case)
    if engine == "pyoxigraph":
        result = run_query(text, data_files=[FIXTURES / case.data], bindings=bindings)
    elif engine == "oxigraph-server":
        servers: OxigraphServers = request.getfixturevalue("oxigraph_servers")
        result = run_query(text, endpoint=servers.query_url(case.data), bindings=bindings)
    else:
        loaded: VirtuosoData = request.getfixturevalue("virtuoso_data")
        graphs = loaded.graphs_for(case.data)
        result = query_endpoint(loaded.info.sparql_url, text, bindings=bindings, default_graph_uris=graphs)
    return result.vars, normalised(result.vars, result.rows)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", ALL_CASES, ids=lambda case: case.label)
def test_engine_gives_the_rows_rdflib_gives(case: EngineCase, engine: str, request: pytest.FixtureRequest) -> None:
    text = (QUERIES / f"{case.query}.rq").read_text(encoding="utf-8")
    reference_names, reference = run_rdflib(case, text)
    names, rows = run_engine(engine, case, text, request)
    if engine == "virtuoso" and case.query in VIRTUOSO_REPEATS_DISTINCT_ROWS:
        rows = Counter(set(rows))
    assert names == reference_names, f"{case.label} on {engine}: columns {names} != rdflib's {reference_names}"
    missing = reference - rows
    extra = rows - reference
    assert not missing and not extra, (
        f"{case.label} on {engine} ({len(rows)} rows, rdflib {len(reference)}):\n"
        f"missing {sorted(missing.elements(), key=str)[:10]}\nextra {sorted(extra.elements(), key=str)[:10]}"
    )
