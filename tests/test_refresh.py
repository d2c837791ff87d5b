"""``kg gazetteer refresh``: Wikidata-shaped data from a real local SPARQL server (Oxigraph) merged into the
gazetteer; the loader's preference for the user's file; retries, give-up, timeouts and paging against a tiny
HTTP stub on 127.0.0.1. Nothing here reaches the internet: every test names its endpoint."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gzip
import hashlib
import http.server
import json
import os
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.cli import main
from kg.errors import EndpointError, InputError
from kg.gazetteer import (
    DEFAULT_PATH,
    GAZETTEER_ENV,
    Gazetteer,
    RefreshedHolding,
    RefreshedRecords,
    active_gazetteer_path,
    load_gazetteer,
    merge_refreshed,
    read_gazetteer_data,
    user_gazetteer_path,
    write_gazetteer_data,
)
from kg.serve import free_port, running_server
from kg.wikidata import (
    USER_AGENT,
    RefreshSettings,
    RefreshValidationError,
    SparqlClient,
    fetch_records,
    parse_retry_after,
    refresh_gazetteer,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "wikidata_refresh.ttl"
D = dt.date


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own home and data folder: no test reads or writes the real user gazetteer."""
    monkeypatch.delenv(GAZETTEER_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of an Oxigraph server holding the Wikidata-shaped fixture."""
    with running_server(tmp_path_factory.mktemp("wikidata") / "store", update=True) as info:
        put = urllib.request.Request(info.store_url + "?default", data=FIXTURE.read_bytes(), method="PUT",
                                     headers={"Content-Type": "text/turtle"})  # fmt: skip
        with urllib.request.urlopen(put, timeout=30):
            pass
        yield info.query_url


def settings_for(url: str, **overrides: Any) -> RefreshSettings:
    """Thresholds the small fixture can meet; short backoff so failure tests stay fast."""
    values: dict[str, Any] = {"endpoint": url, "min_states": 5, "min_holdings": 10, "backoff_base": 0.01,
                              "timeout": 20.0}  # fmt: skip
    values.update(overrides)
    return RefreshSettings(**values)


@pytest.fixture(scope="module")
def refreshed(endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    shipped_before = hashlib.sha256(DEFAULT_PATH.read_bytes()).hexdigest()
    out = tmp_path_factory.mktemp("refreshed") / "gazetteer.json.gz"
    refresh_gazetteer(settings_for(endpoint), out)
    assert hashlib.sha256(DEFAULT_PATH.read_bytes()).hexdigest() == shipped_before, "refresh wrote the shipped file"
    return out


def people_at(gazetteer: Gazetteer, state: str, role: str, day: dt.date) -> list[str]:
    return [holding.person for holding in gazetteer.holders_at(state, role, day)]


# -- what a refresh brings ---------------------------------------------------------------------------------


def test_refresh_adds_office_terms_across_decades(refreshed: Path) -> None:
    shipped, gazetteer = load_gazetteer(DEFAULT_PATH), load_gazetteer(refreshed)
    assert people_at(shipped, "Q183", "head_of_government", D(1955, 1, 1)) == []  # the shipped data lacks it
    assert people_at(gazetteer, "Q183", "head_of_government", D(2010, 6, 1)) == ["Q567"]
    assert people_at(gazetteer, "Q183", "head_of_government", D(1955, 1, 1)) == ["Q2492"]
    assert people_at(gazetteer, "Q183", "head_of_government", D(2023, 1, 1)) == ["Q61053"]
    assert people_at(gazetteer, "Q183", "head_of_government", D(2025, 9, 1)) == ["Q566257"]
    merkel = gazetteer.holders_at("Q183", "head_of_government", D(2010, 6, 1))[0]
    # the deprecated statement (2005-01-01 to 2021-01-01) is ignored
    assert (merkel.start, merkel.end, merkel.office, merkel.precision) == (
        "2005-11-22",
        "2021-12-08",
        "Q4970706",
        "day",
    )
    # a start with year precision stays a year, and covers the whole year
    adenauer = gazetteer.holdings_of("Q2492")
    assert [(h.start, h.end) for h in adenauer] == [("1949", "1963-10-16")]
    assert people_at(gazetteer, "Q183", "head_of_government", D(1949, 2, 1)) == ["Q2492"]
    # where the shipped data dates a term to the day (Kohl, from leader_terms.jsonl), a year does not replace it
    assert [(h.start, h.end) for h in gazetteer.holdings_of("Q2518")] == [("1982-10-01", "1998-10-27")]
    assert gazetteer.people["Q567"].name == "Angela Merkel"  # the English label, not the German one
    assert "Merkel" in gazetteer.surname_index()


def test_refresh_keeps_terms_reaching_1945_and_both_terms_of_a_person(refreshed: Path) -> None:
    gazetteer = load_gazetteer(refreshed)
    assert people_at(gazetteer, "Q30", "head_of_state", D(1944, 6, 1)) == ["Q8007"]  # Roosevelt, until 1945-04-12
    assert people_at(gazetteer, "Q30", "head_of_state", D(1950, 1, 1)) == ["Q11613"]
    assert gazetteer.holdings_of("Q35236") == []  # Hoover left office in 1933
    assert "Q35236" not in gazetteer.people
    trump = sorted((h.start, h.end) for h in gazetteer.holdings_of("Q22686") if h.role == "head_of_state")
    assert trump == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    steinmeier = sorted((h.start, h.end) for h in gazetteer.holdings_of("Q76658") if h.role == "foreign_minister")
    assert steinmeier == [("2005-11-22", "2009-10-28"), ("2013-12-17", "2017-01-27")]
    assert gazetteer.holding_at("Q76658", D(2020, 1, 1)).role == "head_of_state"  # the shipped presidency stays
    # the shipped foreign-minister office of the United States is reused, with its shipped label
    rubio = gazetteer.holdings_of("Q324546")
    assert [(h.role, h.office, h.office_label, h.start) for h in rubio] == [
        ("foreign_minister", "Q14213", "United States Secretary of State", "2025-01-21")
    ]

    # Blinken's term as Secretary of State, open in the shipped data, ends where the refreshed statement says
    def blinken(source: Gazetteer) -> list[tuple[str | None, str | None]]:
        return [(h.start, h.end) for h in source.holdings_of("Q7821917") if h.role == "foreign_minister"]

    assert blinken(load_gazetteer(DEFAULT_PATH)) == [("2021-01-26", None)]
    assert blinken(gazetteer) == [("2021-01-26", "2025-01-20")]
    assert people_at(gazetteer, "Q30", "foreign_minister", D(2025, 6, 1)) == ["Q324546"]
    # an "unknown value" end does not reopen a term the gazetteer knows the end of
    thaci = [(h.start, h.end) for h in gazetteer.holdings_of("Q57634") if h.role == "head_of_government"]
    assert ("1999-04-02", "2000-02-01") in thaci
    assert people_at(gazetteer, "Q1246", "head_of_government", D(2001, 1, 1)) == []


def test_refresh_updates_memberships_with_dates(refreshed: Path) -> None:
    shipped, gazetteer = load_gazetteer(DEFAULT_PATH), load_gazetteer(refreshed)
    assert "Q183" not in shipped.org_members("Q458", 1980)
    assert "Q183" in gazetteer.org_members("Q458", 1980)  # a member since 1958 by the refreshed statement
    assert "Q145" in gazetteer.org_members("Q458", 1980)
    assert "Q145" not in gazetteer.org_members("Q458", 2021)  # left in 2020
    assert {"Q30", "Q183", "Q33"} <= gazetteer.org_members("Q7184", 2024)
    assert "Q33" not in gazetteer.org_members("Q7184", 2022)
    assert "Q1246" not in gazetteer.org_members("Q8908", 2023)  # an applicant, not a member
    # pairs the endpoint did not report stay as they were
    assert gazetteer.org_members("Q7184", 2000) - {"Q183", "Q30"} == shipped.org_members("Q7184", 2000) - {
        "Q183",
        "Q30",
    }


def test_refresh_keeps_known_states_and_rejects_non_iso_sovereigns(refreshed: Path) -> None:
    shipped, gazetteer = load_gazetteer(DEFAULT_PATH), load_gazetteer(refreshed)
    assert set(gazetteer.states) == set(shipped.states)
    assert "Q29999" not in gazetteer.states  # "Kingdom of the Netherlands": a sovereign state with no ISO code
    assert gazetteer.states["Q30"] == shipped.states["Q30"]
    assert [form.qid for form in gazetteer.resolve_state_form("Kingdom of the Netherlands")] == [
        form.qid for form in shipped.resolve_state_form("Kingdom of the Netherlands")
    ]
    source = next(s for s in gazetteer.sources if s["file"] == "wikidata-refresh")
    assert source["repo"].startswith("http://127.0.0.1:") and source["commit"].startswith("retrieved ")
    assert gazetteer.refresh is not None and gazetteer.refresh["states_added"] == 0


def strip_state(data: dict[str, Any], qid: str) -> dict[str, Any]:
    """``data`` without the state ``qid`` anywhere: a gazetteer built before the state existed."""
    stripped = dict(data)
    stripped["states"] = [row for row in data["states"] if row[0] != qid]
    stripped["state_forms"] = [row for row in data["state_forms"] if row[1] != qid]
    stripped["holdings"] = [row for row in data["holdings"] if row[3] != qid]
    stripped["effective_leaders"] = [row for row in data["effective_leaders"] if row[0] != qid]
    stripped["defence_pairs"] = [row for row in data["defence_pairs"] if qid not in row[:2]]
    stripped["organisations"] = [[*row[:5], [m for m in row[5] if m[0] != qid]] for row in data["organisations"]]
    return stripped


def test_refresh_adds_a_new_state_with_names_capital_and_leader(endpoint: str, tmp_path: Path) -> None:
    base = tmp_path / "before-2011.json.gz"
    write_gazetteer_data(strip_state(read_gazetteer_data(DEFAULT_PATH), "Q958"), base)
    assert "Q958" not in load_gazetteer(base).states
    out = tmp_path / "refreshed.json.gz"
    report = refresh_gazetteer(settings_for(endpoint), out, base_path=base)
    assert report.changes["states_added"] == 1
    gazetteer = load_gazetteer(out)
    state = gazetteer.states["Q958"]
    assert (state.name, state.iso2, state.iso3, state.valid_from, state.valid_to) == (
        "South Sudan",
        "SS",
        "SSD",
        2011,
        None,
    )
    assert [(f.qid, f.form, f.rule) for f in gazetteer.resolve_state_form("Juba", 2020)] == [
        ("Q958", "capital", "wikidata.capital:Q1947")
    ]
    assert gazetteer.resolve_state_form("Juba", 2005) == []  # the state began in 2011
    assert [f.form for f in gazetteer.resolve_state_form("South Sudanese", 2020)] == ["demonym"]
    assert gazetteer.capitals_of("Q958") == [("Juba", "Q1947")]
    assert people_at(gazetteer, "Q958", "head_of_state", D(2020, 1, 1)) == ["Q57315"]
    assert gazetteer.state_valid("Q958", D(2020, 1, 1))


def test_merge_of_nothing_changes_no_table() -> None:
    data = read_gazetteer_data(DEFAULT_PATH)
    document, changes = merge_refreshed(data, RefreshedRecords("http://127.0.0.1:1/query", "2026-01-01T00:00:00Z"))
    for table in (
        "states",
        "state_forms",
        "holdings",
        "offices",
        "people",
        "organisations",
        "org_forms",
        "effective_leaders",
        "defence_pairs",
        "org_officers",
    ):
        assert document[table] == data[table], table
    assert changes["holdings_before"] == changes["holdings_after"]


def test_merge_bounds_unknown_ends_without_inventing_dates() -> None:
    """Synthetic people (QIDs the gazetteer lacks) holding Kosovo's premiership after the data ends."""
    office, state, role = "Q116102", "Q1246", "head_of_government"

    def term(person: str, start: str, end: str | None, unknown: bool = False) -> RefreshedHolding:
        return RefreshedHolding(person, f"Person {person}", office, None, state, role, start, end, unknown)

    records = RefreshedRecords(
        "http://127.0.0.1:1/query",
        "2040-01-01T00:00:00Z",
        holdings=(
            term("Q999999991", "2030-01-01", None, unknown=True),  # a later term of the same person follows
            term("Q999999991", "2032-01-01", "2033-01-01"),
            term("Q999999992", "2034-01-01", None, unknown=True),  # kept open until the successor starts
            term("Q999999993", "2036-05-01", None),
        ),
    )
    document, _changes = merge_refreshed(read_gazetteer_data(DEFAULT_PATH), records)
    gazetteer = Gazetteer(document)
    assert [(h.start, h.end) for h in gazetteer.holdings_of("Q999999991")] == [("2032-01-01", "2033-01-01")]
    assert [(h.start, h.end) for h in gazetteer.holdings_of("Q999999992")] == [("2034-01-01", "2036-05-01")]
    assert people_at(gazetteer, state, role, D(2031, 1, 1)) == ["Q441633"]  # not the left-out 2030 term
    assert people_at(gazetteer, state, role, D(2035, 1, 1)) == ["Q999999992"]
    assert people_at(gazetteer, state, role, D(2037, 1, 1)) == ["Q999999993"]
    assert document["refresh"]["unknown_end_terms_left_out"] == 1
    assert gazetteer.people["Q999999992"].name == "Person Q999999992"
    # the gazetteer's open term (Kurti, since 2021) ends where the first refreshed successor starts
    assert [(h.start, h.end) for h in gazetteer.holdings_of("Q441633") if h.start == "2021-03-22"] == [
        ("2021-03-22", "2032-01-01")
    ]


# -- the user's file and the loader ------------------------------------------------------------------------


def test_loader_prefers_the_user_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_dirs: Path) -> None:
    assert active_gazetteer_path() == DEFAULT_PATH  # nothing refreshed yet
    assert load_gazetteer().path == DEFAULT_PATH
    data = read_gazetteer_data(DEFAULT_PATH)
    data["states"] = [row if row[0] != "Q183" else [*row[:1], "Germany (refreshed)", *row[2:]]
                      for row in data["states"]]  # fmt: skip
    xdg_file = user_dirs / "kg" / "gazetteer.json.gz"
    assert user_gazetteer_path() == xdg_file
    write_gazetteer_data(data, xdg_file)
    assert active_gazetteer_path() == xdg_file.resolve()
    assert load_gazetteer().states["Q183"].name == "Germany (refreshed)"
    assert load_gazetteer(DEFAULT_PATH).states["Q183"].name == "Germany"  # an explicit path still wins

    # a file replaced while the process runs is read again
    data["states"] = [row if row[0] != "Q183" else [*row[:1], "Germany (twice)", *row[2:]] for row in data["states"]]
    write_gazetteer_data(data, xdg_file)
    assert load_gazetteer().states["Q183"].name == "Germany (twice)"

    # KG_GAZETTEER names the user's file; when it does not exist, the shipped file is used
    monkeypatch.setenv(GAZETTEER_ENV, str(tmp_path / "elsewhere.json.gz"))
    assert load_gazetteer().path == DEFAULT_PATH
    (tmp_path / "elsewhere.json.gz").write_bytes(xdg_file.read_bytes())
    assert load_gazetteer().path == (tmp_path / "elsewhere.json.gz").resolve()

    # a broken user file is an error that says how to get out of it, not a silent fallback
    (tmp_path / "elsewhere.json.gz").write_bytes(b"not gzip")
    with pytest.raises(InputError, match="kg gazetteer refresh"):
        load_gazetteer()


def test_cli_refresh_writes_the_user_file_that_kg_then_uses(
    endpoint: str, user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["gazetteer", "refresh", "--endpoint", endpoint, "--min-states", "5", "--min-holdings", "10"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    written = user_dirs / "kg" / "gazetteer.json.gz"
    assert written.is_file()
    assert "holders: 19 rows in 1 page(s)" in captured.err
    assert str(written) in captured.err.splitlines()[-1]
    gazetteer = load_gazetteer()
    assert gazetteer.path == written.resolve()
    assert people_at(gazetteer, "Q183", "head_of_government", D(2010, 6, 1)) == ["Q567"]
    assert main(["gazetteer", "info"]) == 0
    info = capsys.readouterr().out
    assert f"file: {written.resolve()}" in info and "in use: your refreshed gazetteer" in info
    assert f"refreshed: from {endpoint}" in info


# -- paging ------------------------------------------------------------------------------------------------


def test_page_size_two_gives_the_same_records_as_one_page(endpoint: str) -> None:
    base = read_gazetteer_data(DEFAULT_PATH)
    one_page = SparqlClient(settings_for(endpoint, page_size=10_000))
    small_pages = SparqlClient(settings_for(endpoint, page_size=2))
    whole = fetch_records(one_page, base)
    paged = fetch_records(small_pages, base)
    assert dataclasses.replace(paged.records, retrieved="") == dataclasses.replace(whole.records, retrieved="")
    assert paged.records.holdings and paged.records.memberships
    assert [stats.pages for stats in one_page.stats] == [1] * len(one_page.stats)
    for stats in small_pages.stats:
        assert stats.pages == stats.rows // 2 + 1, stats  # the last page is short (or empty)
    assert small_pages.requests == sum(stats.pages for stats in small_pages.stats) > one_page.requests


# -- failures, against a stub HTTP server ------------------------------------------------------------------


@dataclass
class Stub:
    """What the stub answers: ``actions`` in turn, then ``default``. An action is ("status", code, headers),
    ("proxy",) to forward the request to ``upstream``, or ("hang", seconds)."""

    actions: list[tuple[Any, ...]]
    default: tuple[Any, ...]
    upstream: str | None = None
    requests: list[tuple[float, dict[str, str]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_action(self) -> tuple[Any, ...]:
        with self.lock:
            return self.actions.pop(0) if self.actions else self.default


class _StubHandler(http.server.BaseHTTPRequestHandler):
    server: _StubServer

    def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
        stub = self.server.stub
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        stub.requests.append((time.monotonic(), {key.lower(): value for key, value in self.headers.items()}))
        action = stub.next_action()
        if action[0] == "hang":
            stub.release.wait(action[1])
            return
        if action[0] == "status":
            payload = b"stub error"
            self.send_response(action[1])
            for name, value in action[2].items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        assert stub.upstream is not None
        forward = urllib.request.Request(
            stub.upstream,
            data=body,
            method="POST",
            headers={
                "Content-Type": self.headers["Content-Type"],
                "Accept": self.headers.get("Accept", "*/*"),
            },
        )
        with urllib.request.urlopen(forward, timeout=30) as answer:
            payload, content_type = answer.read(), answer.headers.get("Content-Type", "")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the signature of the base class
        pass


class _StubServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, stub: Stub) -> None:
        super().__init__(("127.0.0.1", 0), _StubHandler)
        self.stub = stub

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is what the timeout test wants


@contextlib.contextmanager
def running_stub(stub: Stub) -> Iterator[str]:
    server = _StubServer(stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        stub.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def previous_file(tmp_path: Path) -> Path:
    """A gazetteer file in place before a refresh that must not touch it."""
    path = tmp_path / "kept" / "gazetteer.json.gz"
    path.parent.mkdir()
    path.write_bytes(DEFAULT_PATH.read_bytes())
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    return path


def assert_untouched(path: Path) -> None:
    assert path.read_bytes() == DEFAULT_PATH.read_bytes()
    assert path.stat().st_mtime_ns == 1_000_000_000_000_000_000
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a temporary file was left behind"


def test_429_with_retry_after_is_waited_out_then_the_refresh_succeeds(endpoint: str, tmp_path: Path) -> None:
    stub = Stub([("status", 429, {"Retry-After": "1"})], ("proxy",), upstream=endpoint)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with running_stub(stub) as url:
        report = refresh_gazetteer(settings_for(url, backoff_base=30.0), tmp_path / "out.json.gz", sleep=sleep)
    assert waits == [1.0]  # Retry-After, not the 30 s backoff
    assert report.retries == 1
    assert stub.requests[1][0] - stub.requests[0][0] >= 1.0
    assert len(stub.requests) == sum(stats.requests for stats in report.queries) == 9  # 8 queries + 1 retry
    assert {headers["user-agent"] for _, headers in stub.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("kg/0.1.0 (")
    assert people_at(load_gazetteer(tmp_path / "out.json.gz"), "Q183", "head_of_government", D(2010, 6, 1)) == ["Q567"]


def test_gives_up_after_repeated_5xx_and_leaves_the_old_file(previous_file: Path) -> None:
    stub = Stub([], ("status", 503, {}))
    waits: list[float] = []
    with running_stub(stub) as url, pytest.raises(EndpointError) as caught:
        refresh_gazetteer(settings_for(url, max_attempts=4), previous_file, sleep=waits.append)
    message = str(caught.value)
    assert url in message and "HTTP 503" in message and "4 attempts" in message and "left as it was" in message
    assert "\n" not in message
    assert len(stub.requests) == 4
    assert waits == [0.01, 0.02, 0.04]  # exponential backoff
    assert_untouched(previous_file)


def test_cli_reports_an_endpoint_failure_in_one_line_with_exit_code_3(
    previous_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub = Stub([], ("status", 502, {"Retry-After": "0"}))
    with running_stub(stub) as url:
        arguments = ["--endpoint", url, "--output", str(previous_file), "--retries", "2", "-q"]
        code = main(["gazetteer", "refresh", *arguments])
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1 and err.startswith("kg gazetteer: error: ") and "Traceback" not in err
    assert url in err and "HTTP 502" in err and "3 attempts" in err
    assert len(stub.requests) == 3
    assert_untouched(previous_file)


def test_a_long_retry_after_gives_up_at_once(previous_file: Path) -> None:
    stub = Stub([], ("status", 429, {"Retry-After": "3600"}))
    with (
        running_stub(stub) as url,
        pytest.raises(EndpointError, match="asks to wait 3600 s; try again later"),
    ):
        refresh_gazetteer(settings_for(url), previous_file, sleep=lambda _s: pytest.fail("must not wait"))
    assert len(stub.requests) == 1
    assert_untouched(previous_file)


def test_a_bad_request_is_not_retried(previous_file: Path) -> None:
    stub = Stub([], ("status", 400, {}))
    with running_stub(stub) as url, pytest.raises(EndpointError, match="HTTP 400.*Wikidata-compatible"):
        refresh_gazetteer(settings_for(url), previous_file)
    assert len(stub.requests) == 1
    assert_untouched(previous_file)


def test_a_silent_endpoint_times_out(previous_file: Path) -> None:
    stub = Stub([], ("hang", 30.0))
    started = time.monotonic()
    with (
        running_stub(stub) as url,
        pytest.raises(EndpointError, match=r"no answer within 0\.3 s .*2 attempts"),
    ):
        refresh_gazetteer(settings_for(url, timeout=0.3, max_attempts=2), previous_file)
    assert time.monotonic() - started < 5.0
    assert len(stub.requests) == 2
    assert_untouched(previous_file)


def test_an_unreachable_endpoint_is_an_endpoint_error(previous_file: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"  # nothing listens there
    with pytest.raises(EndpointError, match="cannot connect.*2 attempts.*check --endpoint"):
        refresh_gazetteer(settings_for(url, max_attempts=2), previous_file)
    assert_untouched(previous_file)


def test_a_thin_result_is_rejected_and_the_old_file_kept(
    endpoint: str, previous_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(RefreshValidationError, match="fewer than 150"):
        refresh_gazetteer(settings_for(endpoint, min_states=150), previous_file)
    assert_untouched(previous_file)
    code = main(["gazetteer", "refresh", "--endpoint", endpoint, "--output", str(previous_file), "-q"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "left as it was" in err
    assert_untouched(previous_file)


def test_bad_settings_are_input_errors() -> None:
    with pytest.raises(InputError, match="http:// or https://"):
        SparqlClient(RefreshSettings(endpoint="ftp://example.org/sparql"))
    with pytest.raises(InputError, match="page size"):
        SparqlClient(RefreshSettings(endpoint="http://127.0.0.1:1/sparql", page_size=0))


def test_retry_after_header_forms() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    now = time.time()
    in_a_minute = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 60))
    assert 55 <= (parse_retry_after(in_a_minute, now=now) or 0) <= 61


def test_refreshed_file_is_a_valid_gazetteer_document(refreshed: Path) -> None:
    with gzip.open(refreshed, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    states = {row[0] for row in data["states"]}
    assert all(row[3] in states for row in data["holdings"])
    assert data["counts"]["holdings"] == len(data["holdings"])
    assert data["refresh"]["holdings_fetched"] >= 18
    assert data["refresh"]["notes"] == {
        "memberships as observer, partner or candidate": 1,
        "new sovereign states without a current ISO code of their own": 1,
        "terms with an unknown end": 1,
    }
