"""The SPARQL query library shipped in ``queries/``: find the queries and read their headers.

Every ``.rq`` file starts with a header comment that says what it does::

    # title: Acts between two states in a period
    # description: Asserted acts between ?stateA and ?stateB in either direction, ...
    #   (a line that does not start a new field continues the one before)
    # parameters: ?stateA (IRI, a state), ?from (xsd:date, optional first day)

Parameters are SPARQL variables the caller binds (rdflib ``initBindings``, pyoxigraph
``substitutions``, or a VALUES block for a remote endpoint: ``kg.sparql_client.bind_query``);
they are never pasted into the text. ``parameters: none`` declares a query without parameters.

The package reaches the repository's ``queries/`` folder through the symlink ``kg/queries``,
so the same files serve a checkout, an editable install and a built wheel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import FormatError, InputError

QUERY_DIR = Path(__file__).resolve().parent / "queries"
QUERY_SUFFIX = ".rq"
HEADER_FIELDS = ("title", "description", "parameters")

_FIELD_LINE = re.compile(r"#\s*(?P<key>[A-Za-z]+)\s*:\s*(?P<value>.*)$")
# "?name" optionally followed by "(kind, free text)"; the kind is the first comma-separated part.
_PARAMETER = re.compile(r"\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<details>[^)]*)\))?")


@dataclass(frozen=True)
class QueryParameter:
    """One variable a query expects the caller to bind."""

    name: str  # without the leading "?"
    kind: str  # what to bind: "IRI", "xsd:date", ... ("" when the header does not say)
    description: str
    optional: bool  # the query still answers sensibly with the variable unbound


@dataclass(frozen=True)
class QueryInfo:
    """A query of the library as its header describes it."""

    name: str  # file stem: "acts_between"
    title: str
    description: str
    parameters: tuple[QueryParameter, ...]
    path: Path


def query_dir() -> Path:
    """The folder of the shipped queries."""
    return QUERY_DIR


def read_header(text: str) -> dict[str, str]:
    """The ``# key: value`` fields of the comment block a query starts with.

    Comment lines that do not start a known field continue the previous field, joined with a
    single space. The block ends at the first line that is not a comment.
    """
    fields: dict[str, str] = {}
    current: str | None = None
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line.startswith("#"):
            break
        match = _FIELD_LINE.match(line)
        if match and match.group("key").lower() in HEADER_FIELDS:
            current = match.group("key").lower()
            fields[current] = match.group("value").strip()
        elif current is not None:
            continuation = line.lstrip("#").strip()
            if continuation:
                fields[current] = f"{fields[current]} {continuation}".strip()
    return fields


def parse_parameters(declaration: str) -> tuple[QueryParameter, ...]:
    """The parameters of a ``parameters:`` header value ("none" or empty gives none)."""
    if declaration.strip().lower() in ("", "none"):
        return ()
    parameters = []
    for match in _PARAMETER.finditer(declaration):
        details = [part.strip() for part in (match.group("details") or "").split(",")]
        kind = details[0] if details else ""
        description = ", ".join(part for part in details[1:] if part)
        optional = any(re.search(r"\boptional\b", part, re.IGNORECASE) for part in details)
        parameters.append(QueryParameter(match.group("name"), kind, description, optional))
    return tuple(parameters)


def query_info(path: Path) -> QueryInfo:
    """Read one query file's header; raises FormatError when it has no title."""
    text = _read(path)
    header = read_header(text)
    if not header.get("title"):
        raise FormatError(f"{path}: the query has no '# title:' header line; start the file with one")
    return QueryInfo(
        name=path.stem,
        title=header["title"],
        description=header.get("description", ""),
        parameters=parse_parameters(header.get("parameters", "")),
        path=path,
    )


def list_queries(directory: Path | None = None) -> list[QueryInfo]:
    """Every query of the library (or of ``directory``), sorted by name."""
    folder = directory if directory is not None else QUERY_DIR
    if not folder.is_dir():
        raise InputError(f"{folder}: the query folder is missing; reinstall kg or pass a folder of .rq files")
    return [query_info(path) for path in sorted(folder.glob(f"*{QUERY_SUFFIX}"))]


def load_query(name_or_path: str | Path) -> str:
    """The text of a library query given its name ("acts_between" or "acts_between.rq"), or of a file.

    An existing file wins over a library name, so a user's own ``.rq`` can be run the same way.
    """
    candidate = Path(name_or_path)
    if candidate.is_file():
        return _read(candidate)
    name = str(name_or_path)
    if name.endswith(QUERY_SUFFIX):
        name = name[: -len(QUERY_SUFFIX)]
    if "/" not in name and "\\" not in name:
        library_file = QUERY_DIR / f"{name}{QUERY_SUFFIX}"
        if library_file.is_file():
            return _read(library_file)
    known = ", ".join(path.stem for path in sorted(QUERY_DIR.glob(f"*{QUERY_SUFFIX}")))
    raise InputError(f"{name_or_path}: no such query file and no library query of that name; known queries: {known}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: a query file must be UTF-8 text ({error.reason}); re-save it as UTF-8") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read the query file ({error.strerror}); check the path") from error
