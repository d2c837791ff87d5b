"""``kg query FILE.rq --data OUT | --store DIR | --endpoint URL [--format table|csv|json]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kg.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query on RDF files, a store or an endpoint",
        description="Run a SPARQL query (a .rq file or a name from queries/) over RDF files, an embedded store "
        "or a remote SPARQL endpoint. All named graphs are queried as one (union default graph).",
    )
    parser.add_argument("query", metavar="FILE.rq", help="query file, or the name of a query in queries/")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", nargs="+", metavar="FILE", help="RDF files to query")
    source.add_argument("--store", metavar="DIR", help="embedded store built with kg build --store")
    source.add_argument("--endpoint", metavar="URL", help="SPARQL endpoint URL")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="VAR=VALUE",
        help="bind a query variable: an IRI in <...>, a date YYYY-MM-DD, or a string; repeatable",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.store import run_query

    text = _query_text(args.query)
    bindings = dict(_parse_binding(spec) for spec in args.bind)
    result = run_query(
        text, store_dir=args.store, data_files=tuple(args.data or ()), endpoint=args.endpoint, bindings=bindings
    )
    rows = [{var: _plain(row.get(var)) for var in result.vars} for row in result.rows]
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=result.vars, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif args.format == "json":
        json.dump({"vars": result.vars, "rows": rows}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(result.vars, rows)
    return 0


def _query_text(name: str) -> str:
    path = Path(name)
    if not path.exists():
        from kg.query_library import load_query

        try:
            return load_query(name)
        except (FileNotFoundError, KeyError, ValueError) as exc:
            raise InputError(f"{name}: no such query file or library query; see kg query --help") from exc
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: cannot be read as UTF-8 text ({exc}); give a SPARQL .rq file") from exc


def _parse_binding(spec: str):
    import datetime as dt

    from rdflib import XSD, Literal, URIRef

    var, sep, value = spec.partition("=")
    if not sep or not var:
        raise InputError(f"--bind {spec!r}: write it as VAR=VALUE, e.g. state=<http://www.wikidata.org/entity/Q148>")
    var = var.lstrip("?$")
    if value.startswith("<") and value.endswith(">"):
        return var, URIRef(value[1:-1])
    try:
        return var, Literal(dt.date.fromisoformat(value), datatype=XSD.date)
    except ValueError:
        return var, Literal(value)


def _plain(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", None)
    if value is not None and not isinstance(value, (int, float)) and hasattr(term, "datatype"):
        return str(value)
    return str(term)


def _print_table(names: list[str], rows: list[dict[str, str]]) -> None:
    widths = {n: min(60, max([len(n)] + [len(r[n]) for r in rows])) for n in names}
    print("  ".join(n.ljust(widths[n]) for n in names))
    print("  ".join("-" * widths[n] for n in names))
    for row in rows:
        print("  ".join(_cut(row[n], widths[n]).ljust(widths[n]) for n in names))
    print(f"({len(rows)} rows)", file=sys.stderr)


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "\u2026"
