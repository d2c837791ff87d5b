"""Talking to remote SPARQL 1.1 services: queries (through SPARQLWrapper), plain HTTP for pushes,
credentials, and binding query parameters for engines that cannot substitute them.

Credentials come from ``KG_ENDPOINT_USER`` / ``KG_ENDPOINT_PASSWORD`` or, failing those, from
the endpoint host's entry in ``~/.netrc``. They are sent as HTTP Basic authentication (and
answered with Digest when a server asks for it) and never appear in an error message: every
message names the endpoint with its user-info part removed, and any text quoted from a
server is scrubbed of the password.
"""

from __future__ import annotations

import base64
import json
import netrc
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import EndpointError, FormatError, InputError
from kg.store import QueryResult, to_oxigraph

USER_VARIABLE = "KG_ENDPOINT_USER"
PASSWORD_VARIABLE = "KG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0
# Longer query strings are POSTed: URLs past a few kB are refused by many servers and proxies.
MAX_GET_QUERY_LENGTH = 2000
USER_AGENT = "kg (https://w3id.org/kg-diplomacy)"


# ---------------------------------------------------------------- credentials and URLs


@dataclass(frozen=True)
class Credentials:
    """A user name and password for an endpoint; the password never shows in ``repr``."""

    user: str
    password: str = field(repr=False)
    origin: str = "environment"  # where they came from, for messages: "environment" or "~/.netrc"


def credentials_for(url: str) -> Credentials | None:
    """Credentials for ``url``: the environment first, then the host's ``~/.netrc`` entry, else None."""
    user = os.environ.get(USER_VARIABLE)
    password = os.environ.get(PASSWORD_VARIABLE)
    if user or password:
        if not (user and password):
            missing = PASSWORD_VARIABLE if user else USER_VARIABLE
            raise InputError(f"{missing} is not set: set both {USER_VARIABLE} and {PASSWORD_VARIABLE}, or neither")
        return Credentials(user, password, "environment")
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return None
    try:
        entries = netrc.netrc()
    except FileNotFoundError:
        return None
    except netrc.NetrcParseError as exc:
        # The parser's message names the file and line, never a password.
        raise InputError(f"~/.netrc cannot be parsed ({exc.msg}, line {exc.lineno}); fix it") from exc
    except OSError as exc:
        raise InputError(f"~/.netrc cannot be read ({exc.strerror}); check its permissions") from exc
    found = entries.authenticators(host)
    if not found:
        return None
    login, _account, secret = found
    if not login or not secret:
        return None
    return Credentials(login, secret, "~/.netrc")


def redact(url: str) -> str:
    """The URL as it may appear in a message: scheme, host, port and path; no user-info, no query."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return urllib.parse.urlunsplit((parts.scheme, host + port, parts.path, "", ""))


def check_endpoint_url(url: str) -> str:
    """The URL if it is an http(s) URL with a host; InputError otherwise."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"endpoint {redact(url) or url!r}: give an http:// or https:// URL, e.g. http://127.0.0.1:7878/query"
        )
    return url


def scrub(text: str, credentials: Credentials | None) -> str:
    """``text`` on one line, without the password (or its Basic-auth encoding), at most 200 characters."""
    line = " ".join(text.split())
    if credentials is not None:
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode()).decode()
        for secret in (token, credentials.password):
            line = line.replace(secret, "***")
    return line if len(line) <= 200 else line[:197] + "..."


def _strip_userinfo(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _userinfo_credentials(url: str) -> Credentials | None:
    parts = urllib.parse.urlsplit(url)
    if parts.username and parts.password:
        return Credentials(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password), "URL")
    return None


# ---------------------------------------------------------------- HTTP


class HttpStatusError(EndpointError):
    """An endpoint answered with an HTTP error status (kept in ``status``)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    headers: Message
    body: bytes


def http_request(
    url: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    credentials: Credentials | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> HttpAnswer:
    """Send one request; EndpointError (one line, naming the endpoint) on any failure or non-2xx answer."""
    check_endpoint_url(url)
    credentials = credentials or _userinfo_credentials(url)
    target = _strip_userinfo(url)
    auth_key = urllib.parse.urlsplit(target)._replace(query="", fragment="").geturl()
    try:
        return _send(target, method, body, headers, credentials, timeout, prior_basic=auth_key not in _CHALLENGE_ONLY)
    except urllib.error.HTTPError as exc:
        if exc.code == 401 and credentials is not None and auth_key not in _CHALLENGE_ONLY:
            # A server that refuses Basic credentials sent up front (Virtuoso's /sparql-auth) says how
            # it wants them only when asked without: answer its challenge instead, from now on.
            _CHALLENGE_ONLY.add(auth_key)
            try:
                return _send(target, method, body, headers, credentials, timeout, prior_basic=False)
            except urllib.error.HTTPError as retry_exc:
                exc = retry_exc
            except (urllib.error.URLError, OSError, ValueError) as retry_exc:
                raise connection_error(url, retry_exc, timeout, credentials) from None
        detail = exc.read(2000).decode("utf-8", errors="replace") if exc.fp is not None else ""
        raise http_status_error(url, exc.code, exc.reason, detail, credentials) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise connection_error(url, exc, timeout, credentials) from None


# Endpoints that refused Basic credentials sent with the first request.
_CHALLENGE_ONLY: set[str] = set()


def _send(
    target: str,
    method: str,
    body: bytes | None,
    headers: Mapping[str, str] | None,
    credentials: Credentials | None,
    timeout: float,
    *,
    prior_basic: bool,
) -> HttpAnswer:
    request = urllib.request.Request(target, data=body, method=method)
    request.add_header("User-Agent", USER_AGENT)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    handlers: list[urllib.request.BaseHandler] = []
    if credentials is not None:
        # Basic goes with the first request (one round trip); otherwise the server's challenge is
        # answered in the scheme it asks for, Digest or Basic.
        if prior_basic:
            prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
            prior.add_password(None, target, credentials.user, credentials.password, is_authenticated=True)
            handlers.append(urllib.request.HTTPBasicAuthHandler(prior))
        else:
            challenged = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            challenged.add_password(None, target, credentials.user, credentials.password)
            handlers += [
                urllib.request.HTTPDigestAuthHandler(challenged),
                urllib.request.HTTPBasicAuthHandler(challenged),
            ]
    opener = urllib.request.build_opener(*handlers)
    with opener.open(request, timeout=timeout) as response:
        return HttpAnswer(response.status, response.headers, response.read())


def http_status_error(
    url: str, status: int, reason: object, detail: str, credentials: Credentials | None
) -> HttpStatusError:
    """The one-line error for an HTTP error answer."""
    where = redact(url)
    if status == 401:
        if credentials is None:
            message = (
                f"{where} asks for credentials (401): set {USER_VARIABLE} and {PASSWORD_VARIABLE}, "
                "or add the host to ~/.netrc"
            )
        else:
            message = f"{where} refused the credentials from {credentials.origin} (401); check them"
    elif status == 403:
        message = (
            f"{where} forbids this request (403); the user may lack write permission (Virtuoso: grant SPARQL_UPDATE)"
        )
    elif status == 404:
        message = (
            f"{where} not found (404); check the URL (Oxigraph: /query, /update, /store; "
            "Virtuoso: /sparql, /sparql-graph-crud)"
        )
    else:
        text = scrub(detail, credentials)
        message = f"{where} answered {status} {reason}" + (f": {text}" if text else "")
    return HttpStatusError(message, status)


def connection_error(
    url: str, exc: BaseException, timeout: float, credentials: Credentials | None = None
) -> EndpointError:
    """The one-line error for a request that got no HTTP answer."""
    where = redact(url)
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, ConnectionRefusedError):
        return EndpointError(f"cannot reach {where}: connection refused; start the store or check the URL")
    if isinstance(reason, TimeoutError | socket.timeout):
        return EndpointError(
            f"no answer from {where} within {timeout:g} s; check the store is up, or raise the timeout"
        )
    if isinstance(reason, socket.gaierror):
        return EndpointError(f"cannot reach {where}: unknown host; check the URL")
    text = scrub(str(getattr(reason, "strerror", None) or reason), credentials)
    return EndpointError(f"cannot reach {where}: {text}; start the store or check the URL")


# ---------------------------------------------------------------- terms and bindings


def sparql_term(term: Any) -> str:
    """A term in SPARQL syntax, escaped (through pyoxigraph's N-Triples writer).

    >>> sparql_term(Literal('say "hi"', lang="en"))
    '"say \\\\"hi\\\\""@en'
    """
    if isinstance(term, BNode | ox.BlankNode):
        raise InputError(f"a blank node cannot be bound as a query parameter: {term}")
    try:
        return str(to_oxigraph(term))
    except ValueError as exc:  # pyoxigraph validates IRIs and language tags
        raise InputError(f"cannot bind {term!r}: {exc}") from exc


def term_from_json(spec: Mapping[str, str]) -> Identifier:
    """An rdflib term from ``{"iri": ...}`` or ``{"literal": ..., "datatype"|"lang": ...}`` (query cases)."""
    if "iri" in spec:
        return URIRef(spec["iri"])
    if "literal" not in spec:
        raise InputError(f"binding {dict(spec)!r}: give an 'iri' or a 'literal'")
    datatype = spec.get("datatype")
    return Literal(spec["literal"], datatype=URIRef(datatype) if datatype else None, lang=spec.get("lang"))


_VARIABLE_NAME = re.compile(r"[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\u00B7\u00C0-\uFFFF]*")
_IRI_REF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-.:]*")
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def _where_brace(query: str) -> int:
    """Offset of the ``{`` that opens the query's outer WHERE group.

    Skips comments, strings and IRIs; a CONSTRUCT's first top-level group is its template.
    """
    position, length = 0, len(query)
    braces = parens = 0
    form: str | None = None
    template_seen = False
    last_word = ""
    while position < length:
        char = query[position]
        if char == "#":
            newline = query.find("\n", position)
            position = length if newline < 0 else newline + 1
            continue
        if char in "\"'":
            position = _skip_string(query, position)
            continue
        if char == "<":
            match = _IRI_REF.match(query, position)
            position = match.end() if match else position + 1
            continue
        if char in "?$":
            match = _WORD.match(query, position + 1)
            position = match.end() if match else position + 1
            continue
        if char.isalpha() or char == "_":
            match = _WORD.match(query, position)
            assert match is not None
            if braces == 0 and parens == 0:
                last_word = match.group().upper()
                if form is None and last_word in _QUERY_FORMS:
                    form = last_word
            position = match.end()
            continue
        if char == "(":
            parens += 1
        elif char == ")":
            parens -= 1
        elif char == "}":
            braces -= 1
        elif char == "{":
            if braces == 0 and parens == 0:
                if form is None:
                    break
                if form == "CONSTRUCT" and not template_seen:
                    if last_word == "WHERE":
                        raise InputError(
                            "query: parameters cannot be bound in the short form CONSTRUCT WHERE "
                            "{...}; write CONSTRUCT {template} WHERE {...}"
                        )
                    template_seen = True
                else:
                    return position
            braces += 1
        position += 1
    raise InputError(
        "query: cannot find its WHERE clause to bind parameters in; check it is a SELECT, ASK, "
        "CONSTRUCT or DESCRIBE query"
    )


def _skip_string(query: str, start: int) -> int:
    quote = query[start]
    if query.startswith(quote * 3, start):
        end = start + 3
        while end < len(query):
            if query[end] == "\\":
                end += 2
            elif query.startswith(quote * 3, end):
                return end + 3
            else:
                end += 1
        return end
    end = start + 1
    while end < len(query) and query[end] not in (quote, "\n"):
        end += 2 if query[end] == "\\" else 1
    return end + 1


def bind_query(query: str, bindings: Mapping[str, Any] | None) -> str:
    """The query with ``bindings`` ({"var": term}) as a VALUES block opening its WHERE group.

    For engines without substitution (remote endpoints). A VALUES block first in the group is
    joined with the rest of the group, so FILTERs and OPTIONALs of that group see the values,
    as with pyoxigraph's substitution; sub-queries do not (they are evaluated on their own).
    Terms are written by pyoxigraph's escaping N-Triples writer, never pasted as given.

    >>> bind_query("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal(3)})
    'SELECT ?s WHERE {\\n  VALUES (?o) { (\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>) }\\n ?s ?p ?o }'
    """
    if not bindings:
        return query
    names: list[str] = []
    values: list[str] = []
    for raw_name, term in bindings.items():
        name = raw_name.lstrip("?$")
        if not _VARIABLE_NAME.fullmatch(name):
            raise InputError(f"cannot bind {raw_name!r}: not a SPARQL variable name")
        names.append(f"?{name}")
        values.append(sparql_term(term))
    block = f"\n  VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }}\n"
    brace = _where_brace(query)
    return query[: brace + 1] + block + query[brace + 1 :]


# ---------------------------------------------------------------- remote queries


def _term_from_sparql_json(value: Mapping[str, str]) -> Identifier:
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise FormatError(f"unknown term type {kind!r} in SPARQL JSON results")


def result_from_sparql_json(payload: Mapping[str, Any]) -> QueryResult:
    """A QueryResult from SPARQL 1.1 JSON results (SELECT or ASK)."""
    if "boolean" in payload:
        value = bool(payload["boolean"])
        return QueryResult(vars=["ask"], rows=[{"ask": Literal(value)}], kind="ask", boolean=value)
    names = list(payload.get("head", {}).get("vars", []))
    rows: list[dict[str, Identifier | None]] = []
    for solution in payload.get("results", {}).get("bindings", []):
        rows.append({name: _term_from_sparql_json(solution[name]) if name in solution else None for name in names})
    return QueryResult(vars=names, rows=rows)


def query_endpoint(
    url: str,
    query: str,
    *,
    bindings: Mapping[str, Any] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    default_graph_uris: tuple[str, ...] = (),
) -> QueryResult:
    """Run a query on a SPARQL endpoint (``/query`` on Oxigraph, ``/sparql`` on Virtuoso).

    ``bindings`` are sent as a VALUES block (:func:`bind_query`). The endpoint's default graph
    is what the service makes it: Virtuoso's is the union of all graphs, an Oxigraph server's is
    the union when started by ``kg serve`` (``--union-default-graph``). ``default_graph_uris``
    asks the service for a default graph merged from just those graphs (the protocol's
    ``default-graph-uri``).
    """
    from SPARQLWrapper import BASIC, GET, JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    check_endpoint_url(url)
    credentials = credentials_for(url) or _userinfo_credentials(url)
    text = bind_query(query, bindings)
    wrapper = SPARQLWrapper(_strip_userinfo(url), agent=USER_AGENT)
    wrapper.setQuery(text)
    graph_form = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph_form else JSON)
    wrapper.setMethod(POST if len(text) > MAX_GET_QUERY_LENGTH or default_graph_uris else GET)
    wrapper.setTimeout(max(1, round(timeout)))
    for graph_uri in default_graph_uris:
        wrapper.addParameter("default-graph-uri", graph_uri)
    if credentials is not None:
        wrapper.setCredentials(credentials.user, credentials.password)
        wrapper.setHTTPAuth(BASIC)
    try:
        response = wrapper.query()
        raw = response.response.read()
    except SPARQLWrapperException as exc:
        status = {
            "QueryBadFormed": 400,
            "Unauthorized": 401,
            "EndPointNotFound": 404,
            "URITooLong": 414,
            "EndPointInternalError": 500,
        }.get(type(exc).__name__, 0)
        detail = str(exc).partition("Response:")[2].strip()
        if detail.startswith(("b'", 'b"')):
            detail = detail[2:-1].replace("\\n", " ")
        if status == 400:
            raise EndpointError(f"{redact(url)} rejected the query (400): {scrub(detail, credentials)}") from None
        raise http_status_error(url, status, type(exc).__name__, detail, credentials) from None
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", errors="replace") if exc.fp is not None else ""
        raise http_status_error(url, exc.code, exc.reason, detail, credentials) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise connection_error(url, exc, timeout, credentials) from None
    if graph_form:
        graph = Graph()
        try:
            graph.parse(data=raw, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise EndpointError(f"{redact(url)} answered a CONSTRUCT with unreadable Turtle ({exc})") from None
        rows: list[dict[str, Identifier | None]] = [
            {"subject": s, "predicate": p, "object": o} for s, p, o in sorted(graph)
        ]
        return QueryResult(vars=["subject", "predicate", "object"], rows=rows, kind="construct", graph=graph)
    try:
        payload = json.loads(raw)
    except ValueError:
        raise EndpointError(
            f"{redact(url)} did not answer with SPARQL JSON results; is it a SPARQL query endpoint?"
        ) from None
    return result_from_sparql_json(payload)
