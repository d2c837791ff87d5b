"""The validate stage: SHACL shapes and OWL consistency for the graphs kg writes.

``validate_graph`` runs pyshacl with ``ontology/shapes.ttl`` and, on request, the HermiT
reasoner; ``check_ontology_consistency`` runs HermiT (through owlready2, on the machine's
Java) on the ontology alone or with a graph as its ABox. Both return a report object;
only the ``kg validate`` command turns reports into exit codes.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import FormatError, InputError, KgError
from kg.namespace import KG, KGR, WD
from kg.ontology import load_ontology, load_shapes

KGSH = Namespace("https://w3id.org/kg-diplomacy/shapes#")

# rdflib format names whose files can hold named graphs: read them into a Dataset.
QUAD_FORMATS = frozenset({"nquads", "trig", "trix", "json-ld"})
KNOWN_EXTENSIONS = ".ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl, .n3"

# owlready2 writes the reasoner's input to tempfile's folder and leaves it there when the
# reasoner fails; each run gets a folder of its own, removed afterwards. tempfile.tempdir
# is process-wide, so runs are serialised.
_REASONER_LOCK = threading.Lock()

# Longest namespace first, so that kgr: wins over a shorter prefix of it.
_DISPLAY_PREFIXES = (
    ("kgsh", str(KGSH)),
    ("kgr", str(KGR)),
    ("kg", str(KG)),
    ("wd", str(WD)),
    ("rdfs", str(RDFS)),
    ("rdf", str(RDF)),
    ("xsd", str(XSD)),
)
_DISPLAY_NAMES = NamespaceManager(Graph(bind_namespaces="none"))
for _prefix, _namespace in _DISPLAY_PREFIXES:
    _DISPLAY_NAMES.bind(_prefix, _namespace)


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result.

    ``shape`` is the shape that produced it (a property shape such as
    ``kgsh:DiplomaticAct-actor``, or a node shape for node-level and SPARQL constraints);
    ``node_shape`` is the node shape it belongs to (``kgsh:DiplomaticActShape``).
    ``constraint`` is the local name of the constraint component (``MinCountConstraintComponent``).
    """

    focus_node: str
    shape: str
    node_shape: str
    constraint: str
    severity: str
    message: str
    path: str | None = None
    value: str | None = None

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus_node}{where}: {self.message}{value} [{self.shape}]"


@dataclass(frozen=True)
class ConsistencyReport:
    """What HermiT said about the ontology (and the graph given as its ABox, if any)."""

    consistent: bool
    unsatisfiable_classes: list[str]
    seconds: float
    message: str

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable_classes


@dataclass(frozen=True)
class ValidationReport:
    """The result of ``validate_graph``.

    ``conforms`` is False when any shape reports a result of severity Violation or, with
    ``owl=True``, when the reasoner finds the graph inconsistent. Warnings are listed in
    ``violations`` with ``severity == "Warning"`` and do not affect ``conforms``.
    """

    conforms: bool
    results_text: str
    violations: list[Violation] = field(default_factory=list)
    consistency: ConsistencyReport | None = None
    triples: int = 0
    shacl_seconds: float = 0.0

    @property
    def errors(self) -> list[Violation]:
        return [violation for violation in self.violations if violation.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [violation for violation in self.violations if violation.severity != "Violation"]

    def shapes_violated(self) -> set[str]:
        """Every shape and node shape named by a result of severity Violation."""
        return {name for violation in self.errors for name in (violation.shape, violation.node_shape)}


def _short(node: Node | None) -> str | None:
    """A node as a reader wants it in a report line: kg:actor, kgr:act/1a2b, "04"."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        for prefix, namespace in _DISPLAY_PREFIXES:
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace) :]}"
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3(_DISPLAY_NAMES)
    return node.n3()


def _violations(results: Graph, shapes: Graph) -> list[Violation]:
    # A property shape belongs to the node shape that lists it under sh:property.
    owner = {prop: node for node, prop in shapes.subject_objects(SH.property)}
    found: list[Violation] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(message) for message in results.objects(result, SH.resultMessage))
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        found.append(
            Violation(
                focus_node=_short(focus) or "",
                shape=_short(source) or "",
                node_shape=_short(owner.get(source, source)) or "",
                constraint=str(component).rsplit("#", 1)[-1] if component is not None else "",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                message="; ".join(messages),
                path=_short(results.value(result, SH.resultPath)),
                # SPARQL constraints report the focus node itself as the value: say it once
                value=_short(value) if value != focus else None,
            )
        )
    found.sort(key=lambda v: (v.severity != "Violation", v.node_shape, v.shape, v.focus_node, v.message))
    return found


def _triple_count(data: Graph) -> int:
    if isinstance(data, Dataset):  # len() of a Dataset counts its default graph only
        return sum(1 for _ in data.quads())
    return len(data)


def validate_graph(
    graph_or_dataset: Graph,
    *,
    shapes: bool = True,
    owl: bool = False,
    inference: str = "none",
) -> ValidationReport:
    """Validate a graph (or a Dataset of article graphs, taken as their union).

    With ``shapes`` the SHACL shapes of ontology/shapes.ttl run with kg.ttl and
    act_kinds.ttl mixed in, so that act-kind subclasses count as kg:DiplomaticAct and the
    ontology's individuals have their types. ``inference`` is pyshacl's option; the default
    "none" keeps sh:class strict (RDFS range entailment would type every kg:actor as a
    kg:State and hide a missing ``a kg:State``). With ``owl`` HermiT checks the ontology plus
    the graph for consistency.
    """
    violations: list[Violation] = []
    results_text = ""
    shacl_conforms = True
    shacl_seconds = 0.0
    if shapes:
        import pyshacl  # imported here: it costs a quarter second that --help should not pay

        shapes_graph = load_shapes()
        started = time.perf_counter()
        shacl_conforms, results_graph, results_text = pyshacl.validate(
            graph_or_dataset,
            shacl_graph=shapes_graph,
            ont_graph=load_ontology(),
            inference=inference,
            allow_warnings=True,
            abort_on_first=False,
        )
        shacl_seconds = time.perf_counter() - started
        violations = _violations(results_graph, shapes_graph)
    consistency = check_ontology_consistency(graph_or_dataset) if owl else None
    conforms = bool(shacl_conforms) and (consistency is None or consistency.ok)
    return ValidationReport(
        conforms=conforms,
        results_text=str(results_text),
        violations=violations,
        consistency=consistency,
        triples=_triple_count(graph_or_dataset),
        shacl_seconds=shacl_seconds,
    )


def check_ontology_consistency(data: Graph | None = None) -> ConsistencyReport:
    """Run HermiT on kg.ttl + act_kinds.ttl + alignments.ttl, plus ``data`` as ABox if given.

    Needs ``java`` (11 or later) on PATH; raises KgError when it is missing or HermiT fails
    for another reason than an inconsistency.
    """
    import owlready2  # imported here: only --owl needs it

    graph = load_ontology(alignments=True)
    if data is not None:
        # A Dataset iterates over the triples of its default graph only: take every quad.
        triples = ((s, p, o) for s, p, o, _ in data.quads()) if isinstance(data, Dataset) else iter(data)
        for triple in triples:
            graph.add(triple)
    with _REASONER_LOCK, tempfile.TemporaryDirectory(prefix="kg-hermit-") as work_dir:
        input_file = Path(work_dir) / "input.nt"
        # owlready2 does not read Turtle: hand it N-Triples.
        graph.serialize(destination=input_file, format="nt", encoding="utf-8")
        world = owlready2.World()
        saved_tempdir = tempfile.tempdir
        tempfile.tempdir = work_dir
        started = time.perf_counter()
        try:
            world.get_ontology(input_file.as_uri()).load()
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
            consistent, message = True, "consistent"
            # owlready2 lists owl:Nothing itself among the classes equivalent to owl:Nothing
            unsatisfiable = sorted(cls.iri for cls in world.inconsistent_classes() if cls.iri != str(OWL.Nothing))
        except owlready2.OwlReadyInconsistentOntologyError:
            consistent, unsatisfiable = False, []
            message = "inconsistent: some individual breaks an axiom (e.g. one IRI typed as two disjoint classes)"
        except FileNotFoundError as exc:
            raise KgError(
                f"{owlready2.JAVA_EXE}: Java is not on PATH; install Java 11 or later, or leave out --owl"
            ) from exc
        except owlready2.OwlReadyJavaError as exc:
            first_line = next((line for line in str(exc).splitlines()[1:] if line.strip()), str(exc))
            raise KgError(f"HermiT failed: {first_line.strip()}") from exc
        finally:
            tempfile.tempdir = saved_tempdir
            world.close()
        seconds = time.perf_counter() - started
    if unsatisfiable:
        message = f"consistent, but {len(unsatisfiable)} class(es) can have no members"
    return ConsistencyReport(
        consistent=consistent, unsatisfiable_classes=unsatisfiable, seconds=seconds, message=message
    )


def load_graph_file(path: str | os.PathLike[str]) -> Graph:
    """Read an RDF file, choosing the parser from its extension.

    Quad formats (.nq, .trig, .trix, .jsonld) give a Dataset, the others a Graph. Raises
    InputError when the file is missing, empty or malformed, FormatError when its extension
    names no RDF format.
    """
    file = Path(path)
    rdf_format = guess_format(str(file))
    if rdf_format is None:
        raise FormatError(f"{file}: cannot tell the RDF format from the extension; use one of {KNOWN_EXTENSIONS}")
    if not file.is_file():
        raise InputError(f"{file}: no such file; give the path of a graph written by kg build")
    if file.stat().st_size == 0:
        raise InputError(f"{file}: the file is empty; nothing to validate")
    graph: Graph = Dataset() if rdf_format in QUAD_FORMATS else Graph()
    try:
        graph.parse(file, format=rdf_format)
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text ({exc.reason}); give an RDF file written by kg build") from exc
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(f"{file}: not valid {rdf_format}: {detail}") from exc
    if _triple_count(graph) == 0:
        raise InputError(f"{file}: holds no triples; nothing to validate")
    return graph
