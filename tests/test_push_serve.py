"""Pushing to SPARQL stores (Oxigraph server, Virtuoso, a recording HTTP server), serving a store,
remote queries, credentials and endpoint errors."""

from __future__ import annotations

import base64
import http.server
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kg.errors import EndpointError, InputError
from kg.push import choose_protocol, push
from kg.serve import OxigraphServer, ServerError, ServerInfo, free_port, running_server
from kg.sparql_client import bind_query, credentials_for, query_endpoint, redact
from kg.store import Store, run_query
from tests.helpers import run_kg
from tests.servers import VirtuosoInfo

EX = "http://example.org/"
TRIG = f"""
@prefix ex: <{EX}> .
ex:g1 {{ ex:a ex:p "say \\"hi\\""@en , 7 , "2023-09-14"^^<http://www.w3.org/2001/XMLSchema#date> .
         _:n ex:q ex:a . _:n ex:label "blank" . }}
ex:g2 {{ ex:c ex:p "only in g2" . }}
"""
ALL_ROWS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def graph_counts(url: str, prefix: str = EX, **kwargs: object) -> dict[str, int]:
    rows = query_endpoint(
        url,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) } GROUP BY ?g",
        bindings={"prefix": Literal(prefix)},
        **kwargs,  # type: ignore[arg-type]
    ).rows
    return {str(row["g"]): int(row["n"]) for row in rows}  # type: ignore[arg-type]


def plain_rows(rows: list[dict]) -> set[tuple[str, ...]]:
    """Rows without blank nodes (their labels differ between stores), as strings."""
    return {
        tuple(str(row[name]) for name in sorted(row))
        for row in rows
        if not any(isinstance(value, BNode) for value in row.values())
    }


# ---------------------------------------------------------------- a recording HTTP server


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Recorder:
    """Records requests; answers with ``status`` (after a Basic challenge when ``challenge``)."""

    status: int = 204
    body: bytes = b""
    challenge: bool = False
    delay: float = 0.0
    refuse_put: bool = False
    requests: list[Recorded] = field(default_factory=list)


@contextmanager
def recording_server(recorder: Recorder) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorder.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            if recorder.delay:
                time.sleep(recorder.delay)
            if recorder.challenge and "Authorization" not in self.headers:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kg-test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 405 if recorder.refuse_put and self.command == "PUT" else recorder.status
            self.send_response(status)
            self.send_header("Content-Length", str(len(recorder.body)))
            self.end_headers()
            self.wfile.write(recorder.body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def trig(tmp_path: Path) -> Path:
    return write(tmp_path / "out.trig", TRIG)


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/.netrc


# ---------------------------------------------------------------- Oxigraph server


@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_push_then_query_round_trip_on_oxigraph(
    oxigraph_server: ServerInfo, trig: Path, protocol: str, no_credentials: None
) -> None:
    endpoint = oxigraph_server.store_url if protocol == "gsp" else oxigraph_server.update_url
    assert endpoint is not None
    report = push(trig, endpoint, protocol="auto", batch_size=2)
    assert (report.protocol, report.graphs, report.triples) == (protocol, 2, 6)
    local = run_query(ALL_ROWS, data_files=[trig])
    remote = run_query(ALL_ROWS, endpoint=oxigraph_server.query_url)
    assert len(remote.rows) == 6
    assert plain_rows(remote.rows) == plain_rows(local.rows)
    # The blank node kept its two triples together.
    labelled = run_query(f"SELECT ?a WHERE {{ ?n <{EX}q> ?a ; <{EX}label> ?l }}", endpoint=oxigraph_server.query_url)
    assert labelled.rows == [{"a": URIRef(EX + "a")}]
    # Bindings travel as a VALUES block.
    bound = run_query(
        f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }}", endpoint=oxigraph_server.query_url, bindings={"s": URIRef(EX + "c")}
    )
    assert bound.rows == [{"s": URIRef(EX + "c"), "o": Literal("only in g2")}]


def test_pushing_twice_replaces_graphs_and_keeps_the_others(
    oxigraph_server: ServerInfo, trig: Path, tmp_path: Path, no_credentials: None
) -> None:
    push(trig, oxigraph_server.store_url)
    push(trig, oxigraph_server.store_url)
    assert graph_counts(oxigraph_server.query_url) == {EX + "g1": 5, EX + "g2": 1}
    smaller = write(tmp_path / "g1.nq", f'<{EX}a> <{EX}p> "rebuilt" <{EX}g1> .\n')
    assert oxigraph_server.update_url is not None
    push(smaller, oxigraph_server.update_url)
    assert graph_counts(oxigraph_server.query_url) == {EX + "g1": 1, EX + "g2": 1}


def test_kg_push_reports_what_it_sent(oxigraph_server: ServerInfo, trig: Path) -> None:
    pushed = run_kg("push", str(trig), "--endpoint", oxigraph_server.store_url, "--batch-size", "2")
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stderr.startswith(f"pushed 6 triples in 2 graphs to {oxigraph_server.store_url} (gsp, 4 requests,")
    assert graph_counts(oxigraph_server.query_url) == {EX + "g1": 5, EX + "g2": 1}


def test_a_store_directory_and_a_turtle_file_can_be_pushed(
    oxigraph_server: ServerInfo, trig: Path, tmp_path: Path, no_credentials: None
) -> None:
    with Store.open(tmp_path / "store") as store:
        store.load_file(trig)
    report = push(tmp_path / "store", oxigraph_server.store_url)
    assert report.triples == 6
    turtle = write(tmp_path / "void.ttl", f"<{EX}d> <{EX}p> 1 .\n")
    with pytest.raises(InputError, match=r"void\.ttl: has triples outside any named graph; give --graph"):
        push(turtle, oxigraph_server.store_url)
    push(turtle, oxigraph_server.store_url, graph=EX + "void")
    assert graph_counts(oxigraph_server.query_url) == {EX + "g1": 5, EX + "g2": 1, EX + "void": 1}


def test_a_read_only_server_refuses_a_push_in_one_line(tmp_path: Path, trig: Path, no_credentials: None) -> None:
    with Store.open(tmp_path / "store") as store:
        store.load_file(trig)
    with running_server(tmp_path / "store") as server:
        assert server.update_url is None
        with pytest.raises(EndpointError) as refused:
            push(trig, server.store_url)
        assert str(refused.value).startswith(server.store_url) and "\n" not in str(refused.value)
        assert run_query("ASK { ?s ?p ?o }", endpoint=server.query_url).boolean is True


def test_remote_query_errors_are_one_line(oxigraph_server: ServerInfo, no_credentials: None) -> None:
    with pytest.raises(EndpointError, match="rejected the query \\(400\\)") as rejected:
        run_query("SELECT ?x WHERE { ?x", endpoint=oxigraph_server.query_url)
    assert "\n" not in str(rejected.value)
    constructed = run_query(
        "CONSTRUCT { <http://a> <http://b> ?n } WHERE { BIND(1 AS ?n) }", endpoint=oxigraph_server.query_url
    )
    assert constructed.kind == "construct" and len(constructed.rows) == 1


# ---------------------------------------------------------------- kg serve


def _serve_store_of(trig: Path, store_path: Path) -> tuple[subprocess.Popen[str], int]:
    """``kg serve`` started on a free port over a store loaded with ``trig``."""
    with Store.open(store_path) as store:
        store.load_file(trig)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(store_path), "--bind", f"127.0.0.1:{port}"],
        stderr=subprocess.PIPE,
        text=True,
    )
    return process, port


def test_kg_serve_answers_queries_and_stops_on_sigint(tmp_path: Path, trig: Path) -> None:
    process, port = _serve_store_of(trig, tmp_path / "store")
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        assert banner.startswith(f"serving {tmp_path / 'store'} (read-only) at http://127.0.0.1:{port}")
        result = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", endpoint=f"http://127.0.0.1:{port}/query")
        assert int(result.rows[0]["n"]) == 6  # type: ignore[arg-type] # union of the article graphs
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.terminate()  # kg passes it on to the server
            process.wait(timeout=20)


def test_kg_serve_dies_with_kg_even_when_killed(tmp_path: Path, trig: Path) -> None:
    process, port = _serve_store_of(trig, tmp_path / "store")
    assert process.stderr is not None and process.stderr.readline().startswith("serving")
    process.kill()  # no chance to pass anything on
    process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            run_query("ASK {}", endpoint=f"http://127.0.0.1:{port}/query", timeout=2)
        except EndpointError:
            return  # the server is gone
        time.sleep(0.2)
    pytest.fail("the oxigraph server outlived the kg process that started it")


def test_kg_serve_errors(tmp_path: Path, trig: Path) -> None:
    missing = run_kg("serve", str(tmp_path / "nowhere"))
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [
        f"kg serve: error: no store at {tmp_path / 'nowhere'}; build one with `kg build INPUT... --store "
        f"{tmp_path / 'nowhere'}` (or serve an empty one with --update)"
    ]
    with Store.open(tmp_path / "store") as store:
        store.load_file(trig)
    with running_server(tmp_path / "store") as server:
        port = urllib.parse.urlsplit(server.url).port
        busy = run_kg("serve", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}")
    assert busy.returncode == 3
    assert busy.stderr.strip().splitlines() == [
        f"kg serve: error: port {port} on 127.0.0.1 is busy; stop what listens there or give --bind HOST:OTHER_PORT"
    ]
    with running_server(tmp_path / "store") as first, pytest.raises(ServerError, match="busy"):
        OxigraphServer.start(tmp_path / "store", bind=f"127.0.0.1:{urllib.parse.urlsplit(first.url).port}")


# ---------------------------------------------------------------- credentials and errors


def test_credentials_from_the_environment_are_sent_and_never_shown(monkeypatch: pytest.MonkeyPatch, trig: Path) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-Pa55")
    recorder = Recorder(status=204)
    with recording_server(recorder) as base:
        push(trig, base + "/store")
    assert [r.method for r in recorder.requests] == ["PUT", "POST", "PUT"]  # g1: blank-node triples, the rest; g2
    expected = "Basic " + base64.b64encode(b"alice:s3cret-Pa55").decode()
    assert {r.headers.get("Authorization") for r in recorder.requests} == {expected}
    assert recorder.requests[0].path == "/store?" + urllib.parse.urlencode({"graph": EX + "g1"})
    assert recorder.requests[0].headers["Content-Type"].startswith("application/n-triples")

    # A server that echoes what it got in an error body: the password is scrubbed from the message.
    echo = Recorder(status=500, body=b"internal error; request had password s3cret-Pa55 and " + expected.encode())
    with recording_server(echo) as base, pytest.raises(EndpointError) as failed:
        push(trig, base + "/store")
    message = str(failed.value)
    assert "s3cret-Pa55" not in message and expected not in message and "\n" not in message
    assert message.startswith(f"{base}/store answered 500")


def test_credentials_come_from_netrc_when_the_environment_has_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, trig: Path
) -> None:
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    netrc = write(home / ".netrc", "machine 127.0.0.1 login bob password n3trc-word\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(home))
    assert credentials_for("http://127.0.0.1:9/x") is not None
    assert "n3trc-word" not in repr(credentials_for("http://127.0.0.1:9/x"))
    recorder = Recorder(status=204, challenge=True)
    with recording_server(recorder) as base:
        push(trig, base + "/update")
    sent = [r.headers.get("Authorization") for r in recorder.requests if r.headers.get("Authorization")]
    assert sent and set(sent) == {"Basic " + base64.b64encode(b"bob:n3trc-word").decode()}
    updates = [r.body.decode() for r in recorder.requests if r.headers.get("Authorization")]
    assert updates[0].startswith(f"DROP SILENT GRAPH <{EX}g1> ;\nINSERT {{ GRAPH <{EX}g1> {{")  # blank nodes
    assert updates[1].startswith(f"INSERT DATA {{ GRAPH <{EX}g1> {{")  # the rest of g1, packed with g2
    assert f"DROP SILENT GRAPH <{EX}g2> ;\nINSERT DATA {{ GRAPH <{EX}g2> {{" in updates[1]


def test_auto_falls_back_to_update_where_the_url_is_no_graph_store(trig: Path, no_credentials: None) -> None:
    assert choose_protocol("http://h/store") == "gsp"
    assert choose_protocol("http://h:8890/sparql") == "update"
    assert choose_protocol("http://h/ds") == "probe"
    recorder = Recorder(status=204, refuse_put=True)
    with recording_server(recorder) as base:
        report = push(trig, base + "/ds")
    assert report.protocol == "update"
    # The refused PUT; g1's blank-node triples alone (their labels are scoped to a request); the rest
    # of g1 and all of g2 packed into one request.
    assert [r.method for r in recorder.requests] == ["PUT", "POST", "POST"]
    assert recorder.requests[2].body.decode().count("DROP SILENT GRAPH") == 1
    assert all(r.headers["Content-Type"].startswith("application/sparql-update") for r in recorder.requests[1:])


def test_an_unreachable_endpoint_is_one_line_without_credentials(monkeypatch: pytest.MonkeyPatch, trig: Path) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-Pa55")
    port = free_port()  # nothing listens there
    url = f"http://carol:url-secret@127.0.0.1:{port}/store"
    with pytest.raises(EndpointError) as refused:
        push(trig, url)
    assert str(refused.value) == (
        f"cannot reach http://127.0.0.1:{port}/store: connection refused; start the store or check the URL"
    )
    with pytest.raises(EndpointError, match="cannot reach .*connection refused"):
        run_query("ASK {}", endpoint=f"http://127.0.0.1:{port}/query")
    assert redact(url) == f"http://127.0.0.1:{port}/store"

    cli = run_kg("push", str(trig), "--endpoint", url)
    assert cli.returncode == 3
    assert cli.stderr.splitlines() == [f"kg push: error: {refused.value}"]
    assert "secret" not in cli.stderr and "carol" not in cli.stderr


def test_a_silent_endpoint_times_out(trig: Path, no_credentials: None) -> None:
    with recording_server(Recorder(delay=3.0)) as base, pytest.raises(EndpointError, match="no answer from .* 0.5 s"):
        push(trig, base + "/store", timeout=0.5)


def test_bad_arguments_are_input_errors(trig: Path, no_credentials: None) -> None:
    with pytest.raises(InputError, match="http:// or https://"):
        push(trig, "ftp://example.org/store")
    with pytest.raises(InputError, match="batch-size"):
        push(trig, "http://127.0.0.1:9/store", batch_size=0)
    with pytest.raises(InputError, match="protocol"):
        push(trig, "http://127.0.0.1:9/store", protocol="ftp")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_ENDPOINT_USER", "alice")
        with pytest.raises(InputError, match="KG_ENDPOINT_PASSWORD is not set"):
            credentials_for("http://127.0.0.1/x")


# ---------------------------------------------------------------- binding parameters for remote engines


def test_bind_query_opens_the_where_group_with_values() -> None:
    text = 'PREFIX ex: <http://x/#{}> # a { comment\nSELECT ?s (EXISTS { ?s ?p "{" } AS ?e) WHERE { ?s ?p ?o }'
    bound = bind_query(text, {"o": Literal('x"}\n'), "?s": URIRef("http://a/")})
    assert bound.endswith('WHERE {\n  VALUES (?o ?s) { ("x\\"}\\n" <http://a/>) }\n ?s ?p ?o }')
    construct = bind_query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"p": URIRef("http://p")})
    assert construct == "CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES (?p) { (<http://p>) }\n ?s ?p ?o }"
    ask = bind_query("ASK { ?s ?p ?o }", {"s": Literal(1)})
    assert ask.startswith('ASK {\n  VALUES (?s) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }')
    assert bind_query("SELECT * { ?s ?p ?o }", {}) == "SELECT * { ?s ?p ?o }"


def test_bind_query_refuses_what_it_cannot_write_safely() -> None:
    with pytest.raises(InputError, match="short form CONSTRUCT WHERE"):
        bind_query("CONSTRUCT WHERE { ?s ?p ?o }", {"s": URIRef("http://a")})
    with pytest.raises(InputError, match="cannot bind"):
        bind_query("SELECT * { ?s ?p ?o }", {"s": URIRef("http://a> } ; DROP ALL #")})
    with pytest.raises(InputError, match="not a SPARQL variable name"):
        bind_query("SELECT * { ?s ?p ?o }", {"s) { (1) } #": Literal(1)})
    with pytest.raises(InputError, match="blank node"):
        bind_query("SELECT * { ?s ?p ?o }", {"s": BNode()})


# ---------------------------------------------------------------- Virtuoso


def test_push_then_query_round_trip_on_virtuoso(
    virtuoso: VirtuosoInfo, trig: Path, tmp_path: Path, no_credentials: None
) -> None:
    prefix = "http://example.org/virtuoso-round-trip/"
    data = write(tmp_path / "v.trig", TRIG.replace(f"<{EX}>", f"<{prefix}>"))
    report = push(data, virtuoso.sparql_url, batch_size=2)
    assert (report.protocol, report.graphs, report.triples) == ("update", 2, 6)
    push(data, virtuoso.sparql_url)  # again: replaces, does not add
    assert graph_counts(virtuoso.sparql_url, prefix) == {prefix + "g1": 5, prefix + "g2": 1}
    graphs = (prefix + "g1", prefix + "g2")
    remote = query_endpoint(virtuoso.sparql_url, ALL_ROWS, default_graph_uris=graphs)
    local = run_query(ALL_ROWS, data_files=[data])
    assert plain_rows(remote.rows) == plain_rows(local.rows)
    bound = query_endpoint(
        virtuoso.sparql_url,
        f"SELECT ?s ?o WHERE {{ ?s <{prefix}p> ?o }}",
        bindings={"s": URIRef(prefix + "c")},
        default_graph_uris=graphs,
    )
    assert bound.rows == [{"s": URIRef(prefix + "c"), "o": Literal("only in g2")}]


def test_push_to_virtuoso_graph_store_and_digest_protected_endpoints(
    virtuoso: VirtuosoInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("KG_ENDPOINT_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    prefix = "http://example.org/virtuoso-gsp/"
    data = write(tmp_path / "v.trig", TRIG.replace(f"<{EX}>", f"<{prefix}>"))
    assert push(data, virtuoso.gsp_url).protocol == "gsp"
    assert graph_counts(virtuoso.sparql_url, prefix) == {prefix + "g1": 5, prefix + "g2": 1}

    with pytest.raises(EndpointError, match="asks for credentials"):
        push(data, virtuoso.sparql_auth_url)
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    smaller = write(tmp_path / "g2.nq", f'<{prefix}c> <{prefix}p> "digest" <{prefix}g2> .\n')
    assert push(smaller, virtuoso.sparql_auth_url).protocol == "update"
    assert graph_counts(virtuoso.sparql_url, prefix) == {prefix + "g1": 5, prefix + "g2": 1}
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "not-the-Pa55word")
    with pytest.raises(EndpointError, match="refused the credentials from environment") as refused:
        push(smaller, virtuoso.sparql_auth_url)
    assert "not-the-Pa55word" not in str(refused.value)


def test_virtuoso_takes_a_batch_of_the_default_size(
    virtuoso: VirtuosoInfo, tmp_path: Path, no_credentials: None
) -> None:
    """Virtuoso compiles INSERT DATA to SQL and has limits: the default batch must stay inside them."""
    from kg.push import UPDATE_BATCH_SIZE

    graph = "http://example.org/virtuoso-batch/g"
    lines = [
        f'<http://example.org/virtuoso-batch/s{i}> <http://example.org/p{i % 9}> "value {i}" <{graph}> .'
        for i in range(UPDATE_BATCH_SIZE + 10)
    ]
    data = write(tmp_path / "big.nq", "\n".join(lines) + "\n")
    report = push(data, virtuoso.sparql_url)
    assert report.requests == 2
    assert graph_counts(virtuoso.sparql_url, "http://example.org/virtuoso-batch/") == {graph: len(lines)}
