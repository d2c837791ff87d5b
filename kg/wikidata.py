"""Refreshing the gazetteer from a Wikidata-compatible SPARQL endpoint (``kg gazetteer refresh``).

The shipped gazetteer is a snapshot; offices change hands and states join alliances after it was built. A
refresh asks an endpoint that models data the way Wikidata does (``wdt:``/``p:``/``ps:``/``pq:`` triples,
``wikibase:rank``, English ``rdfs:label``) for the same kinds of facts, merges them into the shipped data
(:func:`kg.gazetteer.merge_refreshed`) and writes the result to the user's gazetteer file, which
:func:`kg.gazetteer.load_gazetteer` prefers from then on. What it asks for:

* states: every ``wdt:P31 wd:Q3624078`` (sovereign state) plus every state the gazetteer knows (de-facto and
  historical ones too), with label, ISO 3166-1 codes (P297/P298), inception (P571) and dissolution (P576);
  their capitals (``p:P36`` with start/end qualifiers) and English demonyms (P1549);
* offices: the state's head-of-state and head-of-government positions (P1906, P1313), and the positions the
  gazetteer already knows for the four roles (foreign and defence ministers have no such property in
  Wikidata: their position items are found by the QIDs the build derived, as a VALUES list);
* holders: ``p:P39`` statements of those positions with ``pq:P580``/``pq:P582`` (precision from
  ``pqv:``/``wikibase:timePrecision``), and the state's own ``p:P35``/``p:P6`` statements, for terms that
  reached 1945 or later; deprecated statements are left out;
* memberships: ``p:P463`` statements of the known states in the known organisations, with dates, leaving out
  statements whose ``pq:P2868`` role says observer, associate, partner, candidate or applicant.

Every query is paged (``ORDER BY`` over all projected variables, ``LIMIT``/``OFFSET``), sent with
SPARQLWrapper by POST with a User-Agent naming kg and its version, with a timeout, and retried with
exponential backoff on HTTP 429 and 5xx (honouring ``Retry-After``), on timeouts and on dropped connections.
Nothing is written unless every query succeeded and the merged result passes validation; the file is
replaced atomically, so the previous gazetteer keeps working whatever happens.

Query texts carry no user input: QIDs come from the gazetteer file and are checked against ``Q\\d+`` before
they go into a VALUES list, roles come from a fixed set.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.client
import re
import time
import urllib.error
import urllib.parse
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper import __version__ as sparqlwrapper_version
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from kg import __version__
from kg.errors import EndpointError, InputError, KgError, ValidationError
from kg.gazetteer import (
    DEFAULT_PATH,
    Gazetteer,
    RefreshedHolding,
    RefreshedMembership,
    RefreshedRecords,
    RefreshedState,
    merge_refreshed,
    read_gazetteer_data,
    user_gazetteer_path,
    write_gazetteer_data,
)

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
# Wikimedia's policy asks for "client/version (contact or URL) library/version".
USER_AGENT = (f"kg/{__version__} (https://w3id.org/kg-diplomacy; knowledge-graph builder) "
              f"SPARQLWrapper/{sparqlwrapper_version}")  # fmt: skip
ENTITY_PREFIX = "http://www.wikidata.org/entity/"
PREFIXES = """\
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
SINCE_YEAR = 1945  # terms and capitals that ended before this year do not help with news since then
LEADER_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
# Role labels (pq:P2868 "subject has role") of P463 statements that are not full membership.
NOT_MEMBER_ROLE = re.compile(r"observer|associate|partner|candidate|applicant|guest|dialogue", re.IGNORECASE)
_QID = re.compile(r"Q[1-9]\d*")
_WIKIBASE_DATE = re.compile(r"^(\d{4,})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class RefreshSettings:
    """How to talk to the endpoint and how much a result must hold to be trusted."""

    endpoint: str = DEFAULT_ENDPOINT
    page_size: int = 5000  # rows per request (LIMIT)
    timeout: float = 120.0  # seconds per request (WDQS itself gives up after 60 s)
    max_attempts: int = 5  # requests per page before giving up
    backoff_base: float = 2.0  # seconds before the first retry; doubled each time
    backoff_max: float = 60.0
    max_retry_after: float = 300.0  # a longer Retry-After means "come back later": give up instead
    min_states: int = 150  # states the endpoint must describe (with an English label)
    min_holdings: int = 1000  # office terms the queries must return


class RefreshValidationError(ValidationError):
    """A refresh returned data too thin or inconsistent to replace the gazetteer with."""


@dataclass(frozen=True)
class QueryStats:
    name: str
    rows: int
    pages: int
    requests: int  # including retried ones


@dataclass(frozen=True)
class RefreshReport:
    out_path: Path
    sha256: str
    size_bytes: int
    endpoint: str
    changes: dict[str, int]
    queries: tuple[QueryStats, ...]
    retries: int
    notes: dict[str, int]  # what was left out or treated specially, with counts
    seconds: float


# ---------------------------------------------------------------------------------------------------------
# HTTP: one SPARQL request with retries, and paging
# ---------------------------------------------------------------------------------------------------------


def display_url(url: str) -> str:
    """The endpoint as it may appear in a message: no user-info, no query string."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", "")) or url


class _Retryable(Exception):
    """A failure worth another try: what happened, the advice for the final message, and Retry-After."""

    def __init__(self, what: str, advice: str, retry_after: float | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.advice = advice
        self.retry_after = retry_after


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or
    unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class SparqlClient:
    """SELECT queries against one endpoint through SPARQLWrapper, retried and paged.

    ``sleep`` is injectable so that callers (tests, a progress display) can watch or shorten the waits.
    """

    def __init__(
        self,
        settings: RefreshSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        on_retry: Callable[[str], None] | None = None,
    ) -> None:
        if settings.page_size < 1:
            raise InputError(f"page size {settings.page_size}: give --page-size 1 or more")
        if settings.max_attempts < 1:
            raise InputError(f"{settings.max_attempts} attempts per request: give --retries 0 or more")
        if settings.timeout <= 0:
            raise InputError(f"timeout {settings.timeout:g} s: give a positive number of seconds")
        parts = urllib.parse.urlsplit(settings.endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(
                f"endpoint {settings.endpoint!r}: give an http:// or https:// URL of a SPARQL "
                f"endpoint, e.g. {DEFAULT_ENDPOINT}"
            )
        self.settings = settings
        self.endpoint = display_url(settings.endpoint)
        self._sleep = sleep
        self._on_retry = on_retry
        self.requests = 0
        self.retries = 0
        self.stats: list[QueryStats] = []

    def select(self, name: str, body: str, order_by: Iterable[str]) -> list[dict[str, dict[str, str]]]:
        """All rows of ``SELECT ... WHERE {...}`` (``body``, without solution modifiers), fetched in pages
        of ``page_size`` ordered by ``order_by`` so that the pages neither overlap nor miss rows."""
        order = " ".join(f"?{variable}" for variable in order_by)
        rows: list[dict[str, dict[str, str]]] = []
        offset = pages = 0
        requests_before = self.requests
        page_size = self.settings.page_size
        while True:
            query = f"{PREFIXES}{body}\nORDER BY {order}\nLIMIT {page_size}\nOFFSET {offset}\n"
            page = self._request(name, query)
            pages += 1
            if len(page) > page_size:
                raise EndpointError(
                    f"{self.endpoint}: answered {len(page)} rows to a query LIMITed to {page_size} "
                    f"({name}); it does not page results: use another endpoint"
                )
            rows += page
            if len(page) < page_size:
                break
            offset += page_size
        self.stats.append(QueryStats(name, len(rows), pages, self.requests - requests_before))
        return rows

    def _request(self, name: str, query: str) -> list[dict[str, dict[str, str]]]:
        settings = self.settings
        for attempt in range(1, settings.max_attempts + 1):
            try:
                return self._send(name, query)
            except _Retryable as problem:
                if attempt == settings.max_attempts:
                    raise EndpointError(
                        f"{self.endpoint}: {problem.what} ({name} query), {attempt} attempts; {problem.advice}"
                    ) from None
                backoff = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
                delay = backoff if problem.retry_after is None else problem.retry_after
                if delay > settings.max_retry_after:
                    raise EndpointError(
                        f"{self.endpoint}: {problem.what} ({name} query) and asks to wait "
                        f"{delay:.0f} s; try again later"
                    ) from None
                self.retries += 1
                if self._on_retry is not None:
                    self._on_retry(
                        f"{problem.what} ({name} query); retry {attempt} of "
                        f"{settings.max_attempts - 1} in {delay:.1f} s"
                    )
                self._sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _send(self, name: str, query: str) -> list[dict[str, dict[str, str]]]:
        self.requests += 1
        timeout = self.settings.timeout
        wrapper = SPARQLWrapper(self.settings.endpoint, agent=USER_AGENT)
        wrapper.setMethod(POST)  # the VALUES lists make queries too long for a URL
        wrapper.setReturnFormat(JSON)
        wrapper.setOnlyConneg(True)  # Accept header only: no format=json parameter that some servers reject
        wrapper.timeout = timeout  # type: ignore[assignment]  # setTimeout() would truncate 0.5 s to 0
        wrapper.setQuery(query)
        overloaded = "the endpoint is overloaded or down: try again later"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SPARQLWrapper warns about unexpected content types
                document = wrapper.query().convert()
        except urllib.error.HTTPError as exc:  # the statuses SPARQLWrapper passes on: 429, 502, 503, 504...
            status = exc.code
            retry_after = parse_retry_after(exc.headers.get("Retry-After") if exc.headers else None)
            if status == 429:
                raise _Retryable(
                    "still rate-limited (HTTP 429)",
                    "wait a while and try again, or ask less often",
                    retry_after,
                ) from None
            if status >= 500:
                raise _Retryable(f"HTTP {status} {exc.reason}", overloaded, retry_after) from None
            raise EndpointError(
                f"{self.endpoint}: HTTP {status} {exc.reason} ({name} query); check --endpoint "
                "names a SPARQL query service"
            ) from None
        except EndPointInternalError:
            raise _Retryable("HTTP 500 internal server error", overloaded) from None
        except QueryBadFormed as exc:
            raise EndpointError(
                f"{self.endpoint}: rejected the {name} query (HTTP 400: {_first_line(exc)}); "
                "it needs a Wikidata-compatible SPARQL 1.1 endpoint"
            ) from None
        except EndPointNotFound:
            raise EndpointError(f"{self.endpoint}: no SPARQL endpoint there (HTTP 404); check --endpoint") from None
        except Unauthorized:
            raise EndpointError(f"{self.endpoint}: asks for credentials (HTTP 401); use an open endpoint") from None
        except URITooLong:
            raise EndpointError(
                f"{self.endpoint}: refused a long query (HTTP 414); lower --page-size or use another endpoint"
            ) from None
        except SPARQLWrapperException as exc:
            raise EndpointError(f"{self.endpoint}: {_first_line(exc)} ({name} query)") from None
        except TimeoutError:  # socket.timeout is TimeoutError
            raise _Retryable(
                f"no answer within {timeout:g} s", "raise --timeout, lower --page-size, or try again later"
            ) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retryable(
                    f"no answer within {timeout:g} s",
                    "raise --timeout, lower --page-size, or try again later",
                ) from None
            reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
            raise _Retryable(f"cannot connect ({reason})", "check --endpoint and the network") from None
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            raise _Retryable(f"the connection broke ({type(exc).__name__})", overloaded) from None
        except (ValueError, UnicodeDecodeError):  # json.JSONDecodeError is a ValueError
            # WDQS streams results and appends an error when it hits its own timeout mid-answer
            raise _Retryable("answered with broken JSON", overloaded) from None
        try:
            bindings = document["results"]["bindings"]
        except (TypeError, KeyError):
            raise _Retryable("answered with something that is not SPARQL JSON results", overloaded) from None
        if not isinstance(bindings, list):
            raise _Retryable("answered with something that is not SPARQL JSON results", overloaded)
        return bindings


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


# ---------------------------------------------------------------------------------------------------------
# Queries (bodies without ORDER BY/LIMIT/OFFSET: SparqlClient.select adds those)
# ---------------------------------------------------------------------------------------------------------


def _entity_values(qids: Iterable[str]) -> str:
    checked = sorted({qid for qid in qids if _QID.fullmatch(qid)}, key=lambda q: int(q[1:]))
    return " ".join(f"wd:{qid}" for qid in checked)


def _not_deprecated(statement: str) -> str:
    # FILTER NOT EXISTS rather than a required wikibase:rank pattern: a statement without a rank still counts
    return f"FILTER NOT EXISTS {{ ?{statement} wikibase:rank wikibase:DeprecatedRank }}"


def _english_label(entity: str, variable: str) -> str:
    # LANG() = "en" exactly: langMatches would also take en-gb and en-ca, giving a second row per entity
    return f'OPTIONAL {{ ?{entity} rdfs:label ?{variable} . FILTER(LANG(?{variable}) = "en") }}'


def _dated(statement: str, prefix: str, with_precision: bool) -> str:
    """OPTIONAL start/end qualifiers of ``?statement`` as ``?{prefix}start``, ``?{prefix}end`` (and their
    precisions from the full value nodes when asked)."""
    parts = []
    for qualifier, name in (("P580", "start"), ("P582", "end")):
        variable = f"{prefix}{name}"
        precision = ""
        if with_precision:
            precision = (
                f" OPTIONAL {{ ?{statement} pqv:{qualifier} ?{variable}Node . ?{variable}Node "
                f"wikibase:timeValue ?{variable} ; wikibase:timePrecision ?{variable}Precision }}"
            )
        parts.append(f"OPTIONAL {{ ?{statement} pq:{qualifier} ?{variable} .{precision} }}")
    return "\n  ".join(parts)


_SINCE_FILTER = f'FILTER(!BOUND(?end) || !isLiteral(?end) || ?end >= "{SINCE_YEAR}-01-01T00:00:00Z"^^xsd:dateTime)'


def states_query(known_states: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT DISTINCT ?state ?sovereign ?label ?iso2 ?iso3 ?inception ?dissolved WHERE {{
  {{ ?state wdt:P31 wd:Q3624078 . BIND(true AS ?sovereign) }}
  UNION
  {{ VALUES ?state {{ {_entity_values(known_states)} }} }}
  {_english_label("state", "label")}
  OPTIONAL {{ ?state wdt:P297 ?iso2 }}
  OPTIONAL {{ ?state wdt:P298 ?iso3 }}
  OPTIONAL {{ ?state wdt:P571 ?inception }}
  OPTIONAL {{ ?state wdt:P576 ?dissolved }}
}}"""
    return body, ["state", "sovereign", "label", "iso2", "iso3", "inception", "dissolved"]


def capitals_query(states: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT ?state ?statement ?capital ?label ?start ?end WHERE {{
  VALUES ?state {{ {_entity_values(states)} }}
  ?state p:P36 ?statement .
  ?statement ps:P36 ?capital .
  {_not_deprecated("statement")}
  {_english_label("capital", "label")}
  {_dated("statement", "", with_precision=False)}
}}"""
    return body, ["state", "statement", "capital", "label", "start", "end"]


def demonyms_query(states: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT ?state ?demonym WHERE {{
  VALUES ?state {{ {_entity_values(states)} }}
  ?state wdt:P1549 ?demonym .
  FILTER(LANG(?demonym) = "en")
}}"""
    return body, ["state", "demonym"]


def positions_query(states: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT ?state ?position ?role ?label WHERE {{
  VALUES ?state {{ {_entity_values(states)} }}
  {{ ?state wdt:P1906 ?position . BIND("head_of_state" AS ?role) }}
  UNION
  {{ ?state wdt:P1313 ?position . BIND("head_of_government" AS ?role) }}
  {_english_label("position", "label")}
}}"""
    return body, ["state", "position", "role", "label"]


def holders_query(positions: Iterable[tuple[str, str, str]]) -> tuple[str, list[str]]:
    """P39 statements of (position, state, role) triples."""
    rows = " ".join(
        f'(wd:{position} wd:{state} "{role}")'
        for position, state, role in sorted(positions)
        if _QID.fullmatch(position) and _QID.fullmatch(state) and role in LEADER_ROLES
    )
    body = f"""SELECT ?position ?state ?role ?person ?personLabel ?statement ?start ?startPrecision ?end
       ?endPrecision WHERE {{
  VALUES (?position ?state ?role) {{ {rows} }}
  ?person p:P39 ?statement .
  ?statement ps:P39 ?position .
  {_not_deprecated("statement")}
  {_dated("statement", "", with_precision=True)}
  {_SINCE_FILTER}
  {_english_label("person", "personLabel")}
}}"""
    return body, [
        "statement",
        "position",
        "state",
        "role",
        "person",
        "personLabel",
        "start",
        "startPrecision",
        "end",
        "endPrecision",
    ]


def heads_query(states: Iterable[str]) -> tuple[str, list[str]]:
    """The state's own head-of-state (P35) and head-of-government (P6) statements."""
    body = f"""SELECT ?state ?role ?person ?personLabel ?statement ?start ?startPrecision ?end ?endPrecision
       WHERE {{
  VALUES ?state {{ {_entity_values(states)} }}
  {{ ?state p:P35 ?statement . ?statement ps:P35 ?person . BIND("head_of_state" AS ?role) }}
  UNION
  {{ ?state p:P6 ?statement . ?statement ps:P6 ?person . BIND("head_of_government" AS ?role) }}
  {_not_deprecated("statement")}
  {_dated("statement", "", with_precision=True)}
  {_SINCE_FILTER}
  {_english_label("person", "personLabel")}
}}"""
    return body, [
        "statement",
        "state",
        "role",
        "person",
        "personLabel",
        "start",
        "startPrecision",
        "end",
        "endPrecision",
    ]


def memberships_query(orgs: Iterable[str], states: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT ?org ?state ?statement ?start ?end ?roleLabel WHERE {{
  VALUES ?org {{ {_entity_values(orgs)} }}
  VALUES ?state {{ {_entity_values(states)} }}
  ?state p:P463 ?statement .
  ?statement ps:P463 ?org .
  {_not_deprecated("statement")}
  {_dated("statement", "", with_precision=False)}
  OPTIONAL {{ ?statement pq:P2868 ?role . {_english_label("role", "roleLabel")} }}
}}"""
    return body, ["org", "state", "statement", "start", "end", "roleLabel"]


def org_labels_query(orgs: Iterable[str]) -> tuple[str, list[str]]:
    body = f"""SELECT ?org ?label WHERE {{
  VALUES ?org {{ {_entity_values(orgs)} }}
  ?org rdfs:label ?label .
  FILTER(LANG(?label) = "en")
}}"""
    return body, ["org", "label"]


# ---------------------------------------------------------------------------------------------------------
# Reading result rows
# ---------------------------------------------------------------------------------------------------------

Row = dict[str, dict[str, str]]


def _qid(row: Row, name: str) -> str | None:
    term = row.get(name)
    if not term or term.get("type") != "uri" or not term["value"].startswith(ENTITY_PREFIX):
        return None
    qid = term["value"][len(ENTITY_PREFIX) :]
    return qid if _QID.fullmatch(qid) else None


def _text(row: Row, name: str) -> str | None:
    term = row.get(name)
    if not term or term.get("type") not in ("literal", "typed-literal"):
        return None
    text = " ".join(term["value"].split())
    return text or None


def _date(row: Row, name: str) -> str | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from a time value and its precision (9 year, 10 month, 11 day;
    coarser precisions count as years); None for no value, an unknown value (a blank node) or BCE."""
    value = _text(row, name)
    match = _WIKIBASE_DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    precision_text = _text(row, f"{name}Precision")
    precision = int(precision_text) if precision_text and precision_text.isdigit() else 11
    if precision >= 11:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            return f"{year}-{month}"
        return f"{year}-{month}-{day}"
    if precision == 10:
        return f"{year}-{month}"
    return year


def _year(row: Row, name: str) -> int | None:
    date = _date(row, name)
    return int(date[:4]) if date else None


# ---------------------------------------------------------------------------------------------------------
# Fetching
# ---------------------------------------------------------------------------------------------------------


@dataclass
class _Fetched:
    records: RefreshedRecords
    described_states: int  # known or new states the endpoint gave an English label
    notes: dict[str, int] = field(default_factory=dict)  # what was left out or treated specially


_Run = Callable[[str, tuple[str, list[str]]], list[Row]]


def fetch_records(
    client: SparqlClient, base: dict[str, Any], progress: Callable[[str], None] | None = None
) -> _Fetched:
    """Run every query against ``client``'s endpoint for the states, offices and organisations of ``base``
    (a gazetteer document) and new sovereign states; the records to merge."""
    note = progress or (lambda _message: None)
    notes: Counter[str] = Counter()

    def run(name: str, query: tuple[str, list[str]]) -> list[Row]:
        rows = client.select(name, *query)
        stats = client.stats[-1]
        note(f"{name}: {stats.rows} rows in {stats.pages} page(s)")
        return rows

    refreshed_states, states = _fetch_states(run, base, notes)
    holdings = _fetch_holdings(run, base, states, notes)
    memberships, org_labels = _fetch_organisations(run, base, states, notes)
    records = RefreshedRecords(
        endpoint=client.endpoint,
        retrieved=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        states=tuple(refreshed_states),
        holdings=tuple(holdings),
        memberships=tuple(memberships),
        org_labels=tuple(org_labels),
    )
    return _Fetched(records, sum(1 for state in refreshed_states if state.label), dict(notes))


def _fetch_states(run: _Run, base: dict[str, Any], notes: Counter[str]) -> tuple[list[RefreshedState], list[str]]:
    """The states the endpoint describes (known ones and acceptable new ones), and the QIDs of every state
    the later queries ask about (the known ones and the new ones)."""
    known_states = [row[0] for row in base["states"]]
    known_iso2 = {row[2] for row in base["states"] if row[2]}
    described: dict[str, dict[str, Any]] = {}
    for row in run("states", states_query(known_states)):
        qid = _qid(row, "state")
        if qid is None:
            continue
        entry = described.setdefault(qid, {"sovereign": False, "label": None, "iso2": set(), "iso3": set(),
                                           "inception": set(), "dissolved": False})  # fmt: skip
        entry["sovereign"] |= _text(row, "sovereign") in ("true", "1")
        entry["label"] = entry["label"] or _text(row, "label")
        for key in ("iso2", "iso3"):
            if _text(row, key):
                entry[key].add(_text(row, key))
        if _year(row, "inception") is not None:
            entry["inception"].add(_year(row, "inception"))
        entry["dissolved"] |= row.get("dissolved") is not None
    state_set = set(known_states)
    for qid, entry in described.items():
        if qid in state_set or not entry["sovereign"]:
            continue
        iso2 = min(entry["iso2"]) if entry["iso2"] else None
        # Wikidata also types "Kingdom of the Netherlands" or "Danish Realm" as sovereign states beside their
        # constituent countries; a new state must be current and have an ISO 3166-1 code of its own.
        if entry["dissolved"] or not entry["label"] or iso2 is None or iso2 in known_iso2:
            notes["new sovereign states without a current ISO code of their own"] += 1
            continue
        state_set.add(qid)
    states = sorted(state_set, key=lambda q: int(q[1:]) if q[1:].isdigit() else 0)

    capitals: dict[str, set[tuple[str, str, int | None, int | None]]] = defaultdict(set)
    for row in run("capitals", capitals_query(states)):
        state, place, label = _qid(row, "state"), _qid(row, "capital"), _text(row, "label")
        first, last = _year(row, "start"), _year(row, "end")
        if state and place and label and (last is None or last >= SINCE_YEAR):
            capitals[state].add((place, label, first, last))
    demonyms: dict[str, set[str]] = defaultdict(set)
    for row in run("demonyms", demonyms_query(states)):
        state, text = _qid(row, "state"), _text(row, "demonym")
        if state and text:
            demonyms[state].add(text)
    refreshed = [
        RefreshedState(
            qid,
            entry["label"],
            iso2=min(entry["iso2"]) if entry["iso2"] else None,
            iso3=min(entry["iso3"]) if entry["iso3"] else None,
            inception=min(entry["inception"]) if entry["inception"] else None,
            capitals=tuple(sorted(capitals.get(qid, ()), key=lambda c: (c[1], c[0]))),
            demonyms=tuple(sorted(demonyms.get(qid, ()))),
        )
        for qid in states
        if (entry := described.get(qid)) is not None
    ]
    return refreshed, states


def _fetch_holdings(run: _Run, base: dict[str, Any], states: list[str], notes: Counter[str]) -> list[RefreshedHolding]:
    """Terms in the four leader roles: P39 holders of the offices the gazetteer knows and of the states'
    P1906/P1313 offices, and the states' own P35/P6 statements."""
    state_set = set(states)
    base_roles: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for _person, office, _label, state, role, _start, _end in base["holdings"]:
        if office:
            base_roles[(office, state)][role] += 1
    office_labels: dict[str, str] = {qid: label for qid, label in base["offices"]}
    # (office, state) -> role; the gazetteer's classification of an office wins over the property naming it
    known_role = {key: roles.most_common(1)[0][0] for key, roles in base_roles.items()}
    positions = {
        (office, state): role
        for (office, state), role in known_role.items()
        if role in LEADER_ROLES and state in state_set
    }
    # (state, "head_of_state" for P1906 / "head_of_government" for P1313) -> the offices those properties give
    state_position: dict[tuple[str, str], set[str]] = defaultdict(set)
    # head_of_state first: a presidency that is both (the United States) stays head of state, as in the build
    position_rows = run("positions", positions_query(states))
    for row in sorted(position_rows, key=lambda r: LEADER_ROLES.index(_text(r, "role") or LEADER_ROLES[1])):
        state, office, property_role = _qid(row, "state"), _qid(row, "position"), _text(row, "role")
        if not (state and office and property_role in LEADER_ROLES):
            continue
        role = known_role.get((office, state), property_role)
        if role not in LEADER_ROLES:
            continue  # an office the gazetteer classes as "other"
        positions.setdefault((office, state), role)
        state_position[(state, property_role)].add(office)
        if office not in office_labels and _text(row, "label"):
            office_labels[office] = _text(row, "label") or ""

    terms: dict[tuple[str, str, str], dict[str, Any]] = {}

    def collect(row: Row, office: str | None, role: str) -> None:
        person, state = _qid(row, "person"), _qid(row, "state")
        statement = (row.get("statement") or {}).get("value")
        if not (person and state and statement and state in state_set):
            notes["terms without a person (an unknown value) or a known state"] += 1
            return
        term = terms.setdefault((statement, state, role), {
            "person": person, "office": office, "starts": set(), "ends": set(), "label": None,
            "unknown_end": False,
        })  # fmt: skip
        term["label"] = term["label"] or _text(row, "personLabel")
        if (start := _date(row, "start")) is not None:
            term["starts"].add(start)
        if (end := _date(row, "end")) is not None:
            term["ends"].add(end)
        elif row.get("end") is not None:  # Wikidata's "unknown value": a node, not a date
            term["unknown_end"] = True

    holder_triples = [(office, state, role) for (office, state), role in positions.items()]
    for row in run("holders", holders_query(holder_triples)):
        office, state = _qid(row, "position") or "", _qid(row, "state") or ""
        if (office, state) in positions:
            collect(row, office, positions[(office, state)])
    for row in run("heads", heads_query(states)):
        state, property_role = _qid(row, "state") or "", _text(row, "role") or ""
        offices = state_position.get((state, property_role), set())
        office = next(iter(offices)) if len(offices) == 1 else None
        # the office decides the role: P6 of the United States is its president, a head of state
        collect(row, office, positions[(office, state)] if office else property_role)

    holdings = []
    for (_statement, state, role), term in terms.items():
        start = min(term["starts"], key=lambda d: (d, -len(d))) if term["starts"] else None
        end = max(term["ends"], key=lambda d: (d, len(d))) if term["ends"] else None
        if start is None and end is None:
            notes["undated terms (they would cover every date)"] += 1
            continue
        if start and end and start[: len(end)] > end[: len(start)]:
            notes["terms ending before they start"] += 1
            continue
        end_unknown = end is None and term["unknown_end"]
        if end_unknown:
            notes["terms with an unknown end"] += 1  # the merge decides whether they add anything
        office = term["office"]
        holdings.append(RefreshedHolding(
            term["person"], term["label"], office, office_labels.get(office or ""), state, role, start, end,
            end_unknown,
        ))  # fmt: skip
    holdings.sort(key=lambda h: (h.state, h.role, h.start or "", h.person, h.office or "", h.end or ""))
    return holdings


def _fetch_organisations(
    run: _Run, base: dict[str, Any], states: list[str], notes: Counter[str]
) -> tuple[list[RefreshedMembership], list[tuple[str, str]]]:
    """Full memberships of the states in the organisations the gazetteer knows, and the organisations'
    English labels."""
    orgs = [row[0] for row in base["organisations"]]
    memberships: set[RefreshedMembership] = set()
    for row in run("memberships", memberships_query(orgs, states)):
        org, state = _qid(row, "org"), _qid(row, "state")
        if not (org and state):
            continue
        role_label = _text(row, "roleLabel")
        if role_label and NOT_MEMBER_ROLE.search(role_label):
            notes["memberships as observer, partner or candidate"] += 1
            continue
        first, last = _year(row, "start"), _year(row, "end")
        if first is not None and last is not None and first > last:
            notes["memberships ending before they start"] += 1
            continue
        memberships.add(RefreshedMembership(org, state, first, last))
    labels = set()
    for row in run("organisation labels", org_labels_query(orgs)):
        org, label = _qid(row, "org"), _text(row, "label")
        if org and label:
            labels.add((org, label))
    ordered = sorted(memberships, key=lambda m: (m.org, m.state, m.first_year or 0, m.last_year or 0))
    return ordered, sorted(labels)


# ---------------------------------------------------------------------------------------------------------
# Validation and the refresh itself
# ---------------------------------------------------------------------------------------------------------


def validation_problems(document: dict[str, Any], fetched: _Fetched, settings: RefreshSettings) -> list[str]:
    """Why the merged ``document`` must not replace the gazetteer (empty when it may)."""
    problems = []
    if fetched.described_states < settings.min_states:
        problems.append(f"only {fetched.described_states} states came back, fewer than {settings.min_states}")
    if len(fetched.records.holdings) < settings.min_holdings:
        problems.append(
            f"only {len(fetched.records.holdings)} office terms came back, fewer than {settings.min_holdings}"
        )
    states = {row[0] for row in document["states"]}
    orphans = sorted({row[3] for row in document["holdings"] if row[3] not in states})
    if orphans:
        problems.append(f"office terms name states the gazetteer lacks ({', '.join(orphans[:5])})")
    members = sorted({m[0] for org in document["organisations"] for m in org[5] if m[0] not in states})
    if members:
        problems.append(f"memberships name states the gazetteer lacks ({', '.join(members[:5])})")
    if not problems:
        try:
            Gazetteer(document)
        except (KgError, KeyError, TypeError, ValueError) as exc:
            problems.append(f"the merged gazetteer does not load ({_first_line(exc)})")
    return problems


def default_output() -> Path:
    """The user's gazetteer file (``$KG_GAZETTEER``, ``$XDG_DATA_HOME/kg/...``, ``~/.local/share/kg/...``)."""
    path = user_gazetteer_path()
    if path is None:
        raise InputError("no home directory to keep the refreshed gazetteer in; pass --output FILE or set KG_GAZETTEER")
    return path


def refresh_gazetteer(
    settings: RefreshSettings | None = None,
    output: Path | None = None,
    *,
    base_path: Path = DEFAULT_PATH,
    progress: Callable[[str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> RefreshReport:
    """Query ``settings.endpoint``, merge the answers into the gazetteer at ``base_path`` (the shipped one)
    and write the result atomically to ``output`` (default: the user's gazetteer file).

    Raises EndpointError when a query fails after its retries, RefreshValidationError when the result is too
    thin to trust; in both cases ``output`` is left exactly as it was.
    """
    settings = settings or RefreshSettings()
    out_path = Path(output) if output is not None else default_output()
    if out_path.exists() and not out_path.is_file():
        raise InputError(f"{out_path}: not a file; give --output a file name")
    started = time.monotonic()
    base = read_gazetteer_data(Path(base_path))
    client = SparqlClient(settings, sleep=sleep, on_retry=progress)
    kept = (f"{out_path} was left as it was" if out_path.exists()
            else f"nothing was written; {out_path} does not exist yet")  # fmt: skip
    try:
        fetched = fetch_records(client, base, progress)
    except EndpointError as exc:
        raise EndpointError(f"{exc}; {kept}") from None
    document, changes = merge_refreshed(base, fetched.records)
    document["refresh"]["base_sha256"] = hashlib.sha256(Path(base_path).read_bytes()).hexdigest()
    document["refresh"]["notes"] = fetched.notes
    problems = validation_problems(document, fetched, settings)
    if problems:
        raise RefreshValidationError(f"{client.endpoint}: refresh result rejected: {'; '.join(problems)}; {kept}")
    try:
        sha256, size = write_gazetteer_data(document, out_path)
    except OSError as exc:
        raise InputError(
            f"{out_path}: cannot write the refreshed gazetteer ({exc.strerror}); pass --output a writable file"
        ) from None
    return RefreshReport(
        out_path,
        sha256,
        size,
        client.endpoint,
        changes,
        tuple(client.stats),
        client.retries,
        fetched.notes,
        time.monotonic() - started,
    )


def refresh_summary(report: RefreshReport) -> str:
    """One line for the CLI."""
    changes = report.changes
    return (
        f"{report.out_path} ({report.size_bytes} bytes, sha256 {report.sha256[:12]}) from {report.endpoint}: "
        f"{changes['states_added']} states and {changes['state_forms_added']} names added, "
        f"{changes['holdings_fetched']} office terms fetched ({changes['holdings_before']} -> "
        f"{changes['holdings_after']} holdings, {changes['people_added']} new people), "
        f"{changes['membership_pairs_refreshed']} memberships refreshed; "
        f"{sum(q.requests for q in report.queries)} requests, {report.retries} retries, "
        f"{report.seconds:.1f} s"
    )


__all__ = [
    "DEFAULT_ENDPOINT",
    "USER_AGENT",
    "RefreshReport",
    "RefreshSettings",
    "RefreshValidationError",
    "SparqlClient",
    "fetch_records",
    "parse_retry_after",
    "refresh_gazetteer",
    "refresh_summary",
]
