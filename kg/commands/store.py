"""``kg serve DIR`` and ``kg push OUT|DIR --endpoint URL``: the store's way out to other tools."""

from __future__ import annotations

import argparse
import sys

from kg.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve an embedded store as a SPARQL endpoint",
        description="Serve a store built with `kg build --store DIR` over HTTP with the oxigraph server: "
        "SPARQL queries at /query (all article graphs as one default graph) and the Graph Store "
        "protocol at /store. Read-only unless --update. Stop it with Ctrl-C.",
    )
    serve.add_argument("store", metavar="DIR", help="store directory")
    serve.add_argument(
        "--bind",
        default="127.0.0.1:7878",
        metavar="HOST:PORT",
        help="address to listen on (default: %(default)s, loopback only)",
    )
    serve.add_argument(
        "--update",
        action="store_true",
        help="also accept SPARQL Update at /update and Graph Store writes (locks the store)",
    )
    serve.set_defaults(func=run_serve)

    push = subparsers.add_parser(
        "push",
        help="load a graph file or a store into a SPARQL 1.1 store",
        description="Copy every named graph of an RDF file (any format; .nq and .trig keep their graphs) or of "
        "a store directory into a SPARQL 1.1 store, replacing graphs of the same name. Credentials come from "
        "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or from ~/.netrc.",
        epilog="Endpoints: Oxigraph http://HOST:PORT/store (gsp) or /update (update); Virtuoso "
        "http://HOST:8890/sparql (update) or /sparql-graph-crud (gsp).",
    )
    push.add_argument("source", metavar="OUT|DIR", help="RDF file written by kg build, or a store directory")
    push.add_argument(
        "--endpoint", required=True, metavar="URL", help="Graph Store protocol URL or SPARQL Update endpoint"
    )
    push.add_argument("--graph", metavar="IRI", help="graph for triples outside any named graph (Turtle input)")
    push.add_argument(
        "--protocol",
        choices=("auto", "gsp", "update"),
        default="auto",
        help="auto (default) decides by the URL's path, trying gsp then update when it cannot tell",
    )
    push.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="N",
        help="triples per request (default: 10000 for gsp, 2000 for update)",
    )
    push.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default: %(default)s)"
    )
    push.set_defaults(func=run_push)


def run_serve(args: argparse.Namespace) -> int:
    from kg.serve import ServerInfo, serve

    def announce(info: ServerInfo) -> None:
        mode = "read-only" if info.read_only else "read-write"
        print(f"serving {info.store_dir} ({mode}) at {info.url}", file=sys.stderr)
        print(f"  query:  {info.query_url}", file=sys.stderr)
        if info.update_url:
            print(f"  update: {info.update_url}", file=sys.stderr)
        print(f"  store:  {info.store_url}  (Graph Store protocol)", file=sys.stderr)
        print("press Ctrl-C to stop", file=sys.stderr, flush=True)

    return serve(args.store, bind=args.bind, update=args.update, on_ready=announce)


def run_push(args: argparse.Namespace) -> int:
    from kg.push import describe, push

    if args.timeout <= 0:
        raise InputError(f"--timeout {args.timeout:g}: give a positive number of seconds")
    report = push(
        args.source,
        args.endpoint,
        graph=args.graph,
        protocol=args.protocol,
        batch_size=args.batch_size,
        timeout=args.timeout,
    )
    print(describe(report), file=sys.stderr)
    return 0
