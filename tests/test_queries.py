"""Every query of ``queries/`` run on a fixture dataset, on rdflib and on pyoxigraph.

Query tests are data: ``tests/query_cases/<query>.json`` holds the fixture to load, the
parameter bindings and the expected rows, either as one case or as ``{"cases": [...]}``::

    {"data": "queries.trig",
     "bindings": {"stateA": {"iri": "http://www.wikidata.org/entity/Q884"},
                  "from": {"literal": "2023-01-01", "datatype": "http://www.w3.org/2001/XMLSchema#date"}},
     "columns": ["act", "date"],          # optional: compare only these (default: every column
                                          # except the bound parameters, which are echoed back)
     "expected": [{"act": "...", "date": "2023-03-16"}],   # a missing key means unbound
     "ordered": false,                    # true: the row order matters too
     "engines": ["rdflib", "pyoxigraph"], # optional, default both
     "services": {"https://query.wikidata.org/sparql": "wikidata_mini.ttl"}}   # optional

Rows are compared as multisets of string values (a duplicated row is a failure: a store's union
of named graphs may repeat triples, and the queries must not repeat rows because of it). Numeric
literals compare by value, so "4.0" and "4" are the same decimal.

``services`` maps a SERVICE IRI in the query to a fixture: the test starts a local Oxigraph
server (``oxigraph serve-read-only`` on a free 127.0.0.1 port) loaded with it and rewrites the IRI
to the server's URL before running the query.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.term import Identifier

from kg.errors import FormatError, InputError
from kg.query_library import (
    QUERY_DIR,
    QueryInfo,
    list_queries,
    load_query,
    parse_parameters,
    read_header,
)
from tests.helpers import NUMERIC_TYPES

REPO = Path(__file__).resolve().parents[1]
QUERIES = REPO / "queries"
CASES = REPO / "tests" / "query_cases"
FIXTURES = REPO / "tests" / "fixtures"
ENGINES = ("rdflib", "pyoxigraph")
XSD = "http://www.w3.org/2001/XMLSchema#"
# rdflib 7.6 warns about its own use of deprecated Dataset/ConjunctiveGraph internals on every query.
pytestmark = pytest.mark.filterwarnings("ignore:.*(deprecated|ConjunctiveGraph).*:DeprecationWarning")


# ---------------------------------------------------------------- cases


@dataclass
class Case:
    query: str  # query name
    label: str  # for test ids and messages
    data: str
    bindings: dict[str, dict[str, str]]
    expected: list[dict[str, str]]
    ordered: bool = False
    columns: list[str] | None = None
    engines: tuple[str, ...] = ENGINES
    services: dict[str, str] = field(default_factory=dict)


def query_files() -> list[Path]:
    return sorted(QUERIES.glob("*.rq"))


def load_cases(query_name: str) -> list[Case]:
    raw = json.loads((CASES / f"{query_name}.json").read_text(encoding="utf-8"))
    entries = raw.get("cases", [raw])
    cases = []
    for number, entry in enumerate(entries):
        cases.append(
            Case(
                query=query_name,
                label=f"{query_name}[{entry.get('name', number)}]",
                data=entry.get("data", raw.get("data", "queries.trig")),
                bindings=entry.get("bindings", {}),
                expected=entry["expected"],
                ordered=entry.get("ordered", False),
                columns=entry.get("columns"),
                engines=tuple(entry.get("engines", raw.get("engines", ENGINES))),
                services=entry.get("services", raw.get("services", {})),
            )
        )
    return cases


def all_cases() -> Iterator[Any]:
    for path in query_files():
        if not (CASES / f"{path.stem}.json").is_file():
            continue  # reported by test_every_query_has_a_case_file
        for case in load_cases(path.stem):
            for engine in case.engines:
                yield pytest.param(case, engine, id=f"{case.label}-{engine}")


# ---------------------------------------------------------------- engines


@cache
def rdflib_dataset(data: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(FIXTURES / data, format="trig" if data.endswith(".trig") else None)
    return dataset


@cache
def oxigraph_store(data: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(FIXTURES / data), format=ox.RdfFormat.from_extension(Path(data).suffix[1:]))
    return store


@dataclass(frozen=True)
class Cell:
    value: str
    numeric: bool


Row = dict[str, Cell]


def rdflib_term(spec: dict[str, str]) -> Identifier:
    if "iri" in spec:
        return rdflib.URIRef(spec["iri"])
    datatype = spec.get("datatype")
    return rdflib.Literal(
        spec["literal"], datatype=rdflib.URIRef(datatype) if datatype else None, lang=spec.get("lang")
    )


def oxigraph_term(spec: dict[str, str]) -> ox.NamedNode | ox.Literal:
    if "iri" in spec:
        return ox.NamedNode(spec["iri"])
    if "datatype" in spec:
        return ox.Literal(spec["literal"], datatype=ox.NamedNode(spec["datatype"]))
    if "lang" in spec:
        return ox.Literal(spec["literal"], language=spec["lang"])
    return ox.Literal(spec["literal"])


def run_rdflib(text: str, data: str, bindings: dict[str, dict[str, str]]) -> tuple[list[str], list[Row]]:
    result = rdflib_dataset(data).query(
        text, initBindings={rdflib.Variable(name): rdflib_term(spec) for name, spec in bindings.items()}
    )
    names = [str(variable) for variable in result.vars or []]
    rows = []
    for solution in result:
        row: Row = {}
        for name in names:
            term = solution[name]
            if term is None:
                continue
            numeric = isinstance(term, rdflib.Literal) and str(term.datatype) in NUMERIC_TYPES
            row[name] = Cell(str(term), numeric)
        rows.append(row)
    return names, rows


def run_oxigraph(text: str, data: str, bindings: dict[str, dict[str, str]]) -> tuple[list[str], list[Row]]:
    solutions = oxigraph_store(data).query(
        text,
        substitutions={ox.Variable(name): oxigraph_term(spec) for name, spec in bindings.items()},
        use_default_graph_as_union=True,
    )
    assert isinstance(solutions, ox.QuerySolutions), "a library query must be a SELECT"
    names = [variable.value for variable in solutions.variables]
    rows = []
    for solution in solutions:
        row: Row = {}
        for name in names:
            term = solution[name]
            if term is None:
                continue
            numeric = isinstance(term, ox.Literal) and term.datatype.value in NUMERIC_TYPES
            row[name] = Cell(term.value, numeric)
        rows.append(row)
    return names, rows


RUNNERS: dict[str, Callable[[str, str, dict[str, dict[str, str]]], tuple[list[str], list[Row]]]] = {
    "rdflib": run_rdflib,
    "pyoxigraph": run_oxigraph,
}


def canonical(value: str, numeric: bool) -> str:
    """Numbers by value ("4.0" == "4"), everything else as written."""
    if not numeric:
        return value
    try:
        return format(Decimal(value).normalize(), "f")
    except InvalidOperation:
        return value


def comparable(rows: list[dict[str, str]], columns: list[str], numeric_columns: set[str]) -> list[tuple]:
    return [
        tuple(canonical(row[name], name in numeric_columns) if name in row else None for name in columns)
        for row in rows
    ]


# ---------------------------------------------------------------- local SERVICE endpoints


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")


class LocalEndpoints:
    """Read-only Oxigraph servers, one per fixture file, started on first use."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.servers: dict[str, tuple[subprocess.Popen[bytes], str]] = {}

    def url(self, data: str) -> str:
        if data not in self.servers:
            self.servers[data] = self._start(data)
        return self.servers[data][1]

    def _start(self, data: str) -> tuple[subprocess.Popen[bytes], str]:
        binary = oxigraph_binary()
        if binary is None:
            pytest.skip("the oxigraph server binary is not installed")
        location = self.workdir / Path(data).stem
        subprocess.run(
            [binary, "load", "--location", str(location), "--file", str(FIXTURES / data)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        port = free_port()
        process = subprocess.Popen(
            [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}/query"
        probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    return process, url
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    message = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RuntimeError(f"oxigraph server for {data} did not start: {message}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        for process, _ in self.servers.values():
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.servers.clear()


@pytest.fixture(scope="session")
def local_endpoints(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalEndpoints]:
    endpoints = LocalEndpoints(tmp_path_factory.mktemp("sparql-endpoints"))
    yield endpoints
    endpoints.stop()


def query_text(case: Case, endpoints: LocalEndpoints) -> str:
    text = (QUERIES / f"{case.query}.rq").read_text(encoding="utf-8")
    for service_iri, data in case.services.items():
        assert f"<{service_iri}>" in text, f"{case.label}: the query has no SERVICE <{service_iri}>"
        text = text.replace(f"<{service_iri}>", f"<{endpoints.url(data)}>")
    return text


# ---------------------------------------------------------------- the cases


@pytest.mark.parametrize(("case", "engine"), list(all_cases()))
def test_query_case(case: Case, engine: str, local_endpoints: LocalEndpoints) -> None:
    text = query_text(case, local_endpoints)
    names, rows = RUNNERS[engine](text, case.data, case.bindings)
    columns = case.columns or [name for name in names if name not in case.bindings]
    unknown = [name for row in case.expected for name in row if name not in names]
    assert not unknown, f"{case.label}: expected rows name columns the query does not return: {unknown}"
    numeric_columns = {name for row in rows for name, cell in row.items() if cell.numeric}
    actual = comparable([{name: cell.value for name, cell in row.items()} for row in rows], columns, numeric_columns)
    expected = comparable(case.expected, columns, numeric_columns)
    if case.ordered:
        assert actual == expected, f"{case.label} on {engine}: rows differ or are out of order"
    else:
        missing = Counter(expected) - Counter(actual)
        extra = Counter(actual) - Counter(expected)
        assert not missing and not extra, (
            f"{case.label} on {engine} (columns {columns}):\n"
            f"missing {sorted(missing.elements(), key=str)}\nextra {sorted(extra.elements(), key=str)}"
        )


@pytest.mark.parametrize("path", query_files(), ids=lambda path: path.stem)
def test_engines_agree_on_cases(path: Path, local_endpoints: LocalEndpoints) -> None:
    """Besides matching the expectation, both engines return the very same rows and columns."""
    if not (CASES / f"{path.stem}.json").is_file():
        pytest.skip("no case file")
    for case in load_cases(path.stem):
        if set(ENGINES) - set(case.engines):
            continue
        text = query_text(case, local_endpoints)
        results = {engine: RUNNERS[engine](text, case.data, case.bindings) for engine in ENGINES}
        names = {engine: names for engine, (names, _) in results.items()}
        assert names["rdflib"] == names["pyoxigraph"], f"{case.label}: the engines project different columns"
        as_text = {
            engine: Counter(
                tuple(canonical(row[n].value, row[n].numeric) if n in row else None for n in engine_names)
                for row in rows
            )
            for engine, (engine_names, rows) in results.items()
        }
        assert as_text["rdflib"] == as_text["pyoxigraph"], f"{case.label}: the engines return different rows"


@pytest.mark.parametrize(("case", "engine"), [c for c in all_cases() if not c.values[0].services])
def test_query_case_with_values_blocks(case: Case, engine: str, local_endpoints: LocalEndpoints) -> None:
    """The same cases with the parameters written into the text as a VALUES block
    (kg.sparql_client.bind_query), the way a remote endpoint gets them: the queries must not depend on
    how their parameters are bound."""
    sparql_client = pytest.importorskip("kg.sparql_client")
    text = sparql_client.bind_query(
        query_text(case, local_endpoints), {name: rdflib_term(spec) for name, spec in case.bindings.items()}
    )
    names, rows = RUNNERS[engine](text, case.data, {})
    columns = case.columns or [name for name in names if name not in case.bindings]
    numeric_columns = {name for row in rows for name, cell in row.items() if cell.numeric}
    actual = comparable([{name: cell.value for name, cell in row.items()} for row in rows], columns, numeric_columns)
    expected = comparable(case.expected, columns, numeric_columns)
    if case.ordered:
        assert actual == expected
    else:
        assert Counter(actual) == Counter(expected)
    for name, spec in case.bindings.items():
        bound = {row[name].value for row in rows if name in row}
        assert bound <= {spec.get("iri", spec.get("literal"))}, f"?{name} came back with other values"


# ---------------------------------------------------------------- the library itself


@pytest.mark.parametrize("path", query_files(), ids=lambda path: path.stem)
def test_every_query_has_a_header(path: Path) -> None:
    header = read_header(path.read_text(encoding="utf-8"))
    assert header.get("title"), f"{path.name}: no '# title:' line"
    assert header.get("description"), f"{path.name}: no '# description:' line"
    assert "parameters" in header, f"{path.name}: no '# parameters:' line (write 'none' if it has none)"


@pytest.mark.parametrize("path", query_files(), ids=lambda path: path.stem)
def test_every_query_has_a_case_file(path: Path) -> None:
    assert (CASES / f"{path.stem}.json").is_file(), f"write tests/query_cases/{path.stem}.json for {path.name}"


def test_every_case_file_has_a_query() -> None:
    orphans = [case.stem for case in CASES.glob("*.json") if not (QUERIES / f"{case.stem}.rq").is_file()]
    assert not orphans


def dummy_binding(kind: str) -> dict[str, str]:
    if "date" in kind:
        return {"literal": "2023-03-16", "datatype": XSD + "date"}
    if "integer" in kind:
        return {"literal": "3", "datatype": XSD + "integer"}
    if kind.upper() == "IRI":
        return {"iri": "http://www.wikidata.org/entity/Q884"}
    return {"literal": "x"}


def runnable(path: Path) -> bool:
    """Queries that call a remote SERVICE are run only through their case files."""
    return "SERVICE" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", [p for p in query_files() if runnable(p)], ids=lambda path: path.stem)
@pytest.mark.parametrize("engine", ENGINES)
def test_every_declared_parameter_can_be_bound(path: Path, engine: str) -> None:
    """pyoxigraph refuses to substitute a variable the SELECT does not project: catch that here."""
    text = path.read_text(encoding="utf-8")
    parameters = parse_parameters(read_header(text).get("parameters", ""))
    for parameter in parameters:
        assert re.search(rf"\?{parameter.name}\b", text), f"{path.name}: ?{parameter.name} is not used"
    bindings = {parameter.name: dummy_binding(parameter.kind) for parameter in parameters}
    names, _ = RUNNERS[engine](text, "queries.trig", bindings)
    assert set(bindings) <= set(names)


@pytest.mark.parametrize("path", [p for p in query_files() if runnable(p)], ids=lambda path: path.stem)
def test_every_query_runs_with_no_parameter_bound(path: Path) -> None:
    """Unbound parameters are allowed: the query runs, and both engines give the same rows."""
    text = path.read_text(encoding="utf-8")
    results = [RUNNERS[engine](text, "queries.trig", {}) for engine in ENGINES]
    rows = [
        Counter(tuple(sorted((k, canonical(c.value, c.numeric)) for k, c in r.items())) for r in rs)
        for _, rs in results
    ]
    assert rows[0] == rows[1]


def test_fixture_offsets_match_the_text() -> None:
    """Mentions in the fixture are the words their offsets point at, inside their sentence."""
    dataset = rdflib_dataset("queries.trig")
    rows = dataset.query(
        """PREFIX kg: <https://w3id.org/kg-diplomacy/ontology#>
        SELECT DISTINCT ?mention ?text ?start ?end ?sentenceText ?sentenceStart ?sentenceEnd WHERE {
          ?mention a kg:Mention ; kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end ;
                   kg:inSentence ?sentence .
          ?sentence kg:text ?sentenceText ; kg:startOffset ?sentenceStart ; kg:endOffset ?sentenceEnd .
        }"""
    )
    checked = 0
    for row in rows:
        sentence_start = int(row.sentenceStart)
        assert int(row.sentenceEnd) - sentence_start == len(str(row.sentenceText))
        assert str(row.sentenceText)[int(row.start) - sentence_start : int(row.end) - sentence_start] == str(row.text)
        checked += 1
    assert checked > 50


def test_list_queries_reads_every_header() -> None:
    infos = list_queries()
    assert [info.name for info in infos] == [path.stem for path in query_files()]
    by_name = {info.name: info for info in infos}
    between = by_name["acts_between"]
    assert between.title == "Acts between two states in a period"
    assert between.path == QUERY_DIR / "acts_between.rq"
    assert [(p.name, p.kind, p.optional) for p in between.parameters] == [
        ("stateA", "IRI", False),
        ("stateB", "IRI", False),
        ("from", "xsd:date", True),
        ("to", "xsd:date", True),
    ]
    assert between.parameters[0].description == "a state"
    # continuation lines join the field they follow
    assert "either direction" in between.description and "counterpart" in between.description
    assert by_name["goldstein_balance"].parameters == ()
    assert all(isinstance(info, QueryInfo) and info.title and info.description for info in infos)


def test_query_dir_is_the_repository_folder() -> None:
    assert QUERY_DIR.resolve() == QUERIES.resolve()


def test_load_query_by_name_by_file_name_and_by_path(tmp_path: Path) -> None:
    text = (QUERIES / "leaders_at.rq").read_text(encoding="utf-8")
    assert load_query("leaders_at") == text
    assert load_query("leaders_at.rq") == text
    own = tmp_path / "mine.rq"
    own.write_text("# title: mine\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert load_query(own) == own.read_text(encoding="utf-8")
    assert load_query(str(own)).startswith("# title: mine")


def test_load_query_names_the_input_when_it_is_unknown() -> None:
    with pytest.raises(InputError, match="no_such_query.*known queries: .*acts_between"):
        load_query("no_such_query")


def test_load_query_rejects_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.rq"
    bad.write_bytes("# title: café\n".encode("latin-1"))
    with pytest.raises(InputError, match="latin1.rq.*UTF-8"):
        load_query(bad)


def test_list_queries_requires_a_title(tmp_path: Path) -> None:
    (tmp_path / "untitled.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(FormatError, match="untitled.rq.*title"):
        list_queries(tmp_path)


def test_read_header_stops_at_the_query_and_joins_continuations() -> None:
    header = read_header(
        "# title: T\n# description: first line\n#   second line\n# parameters: ?a (IRI), ?b (xsd:date, optional)\n"
        "PREFIX kg: <x>\n# title: not a header line\n"
    )
    assert header == {
        "title": "T",
        "description": "first line second line",
        "parameters": "?a (IRI), ?b (xsd:date, optional)",
    }
    assert [(p.name, p.optional) for p in parse_parameters(header["parameters"])] == [("a", False), ("b", True)]
