"""``kg validate GRAPHFILE [--owl]``: check a graph against the shapes (and the ontology).

Exit status: 0 the graph conforms, 1 it does not, 2 the file cannot be read.
"""

from __future__ import annotations

import argparse

from kg.validate import load_graph_file, validate_graph


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a graph against the SHACL shapes and, with --owl, the ontology",
        description=(
            "Check an RDF graph written by kg build against ontology/shapes.ttl. The format is "
            "taken from the file extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf). Prints one line "
            "per violation or warning; exits 0 if the graph conforms, 1 if not, 2 if it cannot be read."
        ),
    )
    parser.add_argument("graph_file", metavar="GRAPHFILE", help="the graph to check")
    parser.add_argument(
        "--owl",
        action="store_true",
        help="also run the HermiT reasoner on the ontology plus the graph (needs Java; a few seconds)",
    )
    parser.add_argument(
        "--inference",
        choices=("none", "rdfs"),
        default="none",
        help="entailment before the shapes run (default: none, which keeps type checks strict)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    graph = load_graph_file(args.graph_file)
    report = validate_graph(graph, owl=args.owl, inference=args.inference)
    for violation in report.violations:
        print(violation.line())
    consistency = report.consistency
    if consistency is not None:
        print(f"OWL: {consistency.message} (HermiT {consistency.seconds:.1f} s)")
        for iri in consistency.unsatisfiable_classes:
            print(f"OWL: unsatisfiable class <{iri}>")
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "conforms" if report.conforms else "does not conform"
    counts = f"{report.triples} triples, {errors} violations, {warnings} warnings"
    print(f"{args.graph_file}: {verdict} ({counts})")
    return 0 if report.conforms else 1
