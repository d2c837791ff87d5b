"""The ontology files, the generated namespace module and the act-kind table.

Lint rules that keep ontology/*.ttl honest: every kg term labelled and defined, every act
kind's CAMEO codes real and its PLOVER type and Goldstein score equal to the published
tables (read from ../shared, which tests may do), and HermiT finding the ontology
consistent and a contradictory graph inconsistent.
"""

from __future__ import annotations

import csv
import doctest
import importlib.util
import os
import re
import tempfile
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

import kg.ontology
from kg.errors import KgError
from kg.namespace import KG, KGR, WD
from kg.ontology import (
    ONTOLOGY_DIR,
    act_kinds,
    cameo_root,
    kind_for_cameo,
    load_ontology,
    ontology_files,
)
from kg.validate import check_ontology_consistency

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures" / "validate"
ICEWS_CODES = SHARED / "gazetteer" / "cameo" / "icews_cameo_codes.csv"
GDELT_GOLDSTEIN = SHARED / "gazetteer" / "cameo" / "gdelt_CAMEO.goldsteinscale.txt"
CAMEO2PLOVER = SHARED / "gazetteer" / "plover" / "CAMEO2PLOVER-2021.txt"
KG_NS = str(KG)


def _all_ontology_files() -> Graph:
    graph = Graph()
    for path in sorted((REPO / "ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _kg_terms(graph: Graph) -> set[URIRef]:
    return {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KG_NS) and str(node) != KG_NS
    }


def _needs_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared data folder is needed for this check")
    return path


# ---------------------------------------------------------------- files and generated module


def test_ontology_files_are_reached_through_the_package() -> None:
    link = REPO / "kg" / "ontology"
    assert link.is_symlink() and os.readlink(link) == "../ontology"
    # the package's own copy (a link here, files in a wheel), never ../ontology directly
    assert REPO / "kg" / "ontology" == ONTOLOGY_DIR
    for path in ontology_files(alignments=True, shapes=True):
        assert path.is_file(), path
    graph = load_ontology()
    assert (KG.Visit, RDFS.subClassOf, KG.Consultation) in graph
    assert (KG.DiplomaticAct, RDF.type, OWL.Class) in graph


def test_load_ontology_returns_a_graph_of_its_own() -> None:
    first = load_ontology()
    first.remove((KG.Visit, None, None))
    assert (KG.Visit, RDF.type, OWL.Class) in load_ontology()


def test_namespace_module_matches_the_ontology() -> None:
    spec = importlib.util.spec_from_file_location("gen_namespace", REPO / "scripts" / "gen_namespace.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    expected = generator.render_namespace_module(REPO / "ontology")
    committed = (REPO / "kg" / "namespace.py").read_text(encoding="utf-8")
    assert committed == expected, "kg/namespace.py is out of date: run python scripts/gen_namespace.py"


def test_namespace_has_every_term_and_rejects_others() -> None:
    terms = _kg_terms(_all_ontology_files())
    assert len(terms) > 100
    for term in terms:
        assert getattr(KG, str(term)[len(KG_NS) :]) == term
    assert KG.Visit == URIRef(KG_NS + "Visit")
    with pytest.raises(AttributeError):
        _ = KG.Vist
    assert KGR["act/1"] == URIRef("https://w3id.org/kg-diplomacy/id/act/1")
    assert URIRef("http://www.wikidata.org/entity/Q148") == WD.Q148


def test_every_kg_term_in_the_graph_doc_is_defined() -> None:
    text = (REPO / "docs" / "graph.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", text))
    assert used, "docs/graph.md names no kg: terms"
    defined = {str(term)[len(KG_NS) :] for term in _kg_terms(_all_ontology_files())}
    assert sorted(used - defined) == []


# ---------------------------------------------------------------- lint


def test_every_kg_term_has_one_english_label_and_a_comment() -> None:
    graph = _all_ontology_files()
    problems = []
    for term in sorted(_kg_terms(graph)):
        labels = [
            label for label in graph.objects(term, RDFS.label) if isinstance(label, Literal) and label.language == "en"
        ]
        comments = [
            comment
            for comment in graph.objects(term, RDFS.comment)
            if isinstance(comment, Literal) and comment.language == "en" and str(comment).strip()
        ]
        if len(labels) != 1:
            problems.append(f"{term}: {len(labels)} English labels")
        if not comments:
            problems.append(f"{term}: no English comment")
    assert problems == []


def test_every_kg_term_is_declared() -> None:
    graph = _all_ontology_files()
    undeclared = sorted(str(term) for term in _kg_terms(graph) if (term, RDF.type, None) not in graph)
    assert undeclared == []


def test_disjoint_top_classes_are_declared() -> None:
    graph = load_ontology()
    groups = [
        set(graph.items(members))
        for node in graph.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in graph.objects(node, OWL.members)
    ]
    assert any({KG.State, KG.Person, KG.InternationalOrganisation} <= group for group in groups)
    assert any({KG.Article, KG.DiplomaticAct, KG.Agent, KG.Alliance} <= group for group in groups)


# ---------------------------------------------------------------- act kinds against the codebooks


def _icews_codes() -> set[str]:
    with _needs_shared(ICEWS_CODES).open(encoding="utf-8", errors="replace", newline="") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


def _gdelt_goldstein() -> dict[str, float]:
    scores = {}
    for line in _needs_shared(GDELT_GOLDSTEIN).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 2 and fields[0].isdigit():
            scores[fields[0]] = float(fields[1])
    return scores


def _plover_types() -> dict[str, set[str]]:
    # Some codes appear twice in the table (under CONCEDE and RETREAT, ...): keep every type.
    types: dict[str, set[str]] = {}
    for line in _needs_shared(CAMEO2PLOVER).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if match:
            types.setdefault(match.group(1), set()).add(match.group(2))
    return types


def test_act_kinds_are_read_from_the_ontology() -> None:
    kinds = act_kinds()
    graph = load_ontology()
    in_file = {str(kind)[len(KG_NS) :] for kind in graph.subjects(KG.kindMainCameoCode, None) if kind.startswith(KG_NS)}
    assert set(kinds) == in_file
    visit = kinds["Visit"]
    assert (visit.name, visit.label, visit.main_cameo, visit.cameo_codes) == (
        "Visit",
        "visit",
        "042",
        ("042",),
    )
    assert (visit.plover, visit.goldstein, visit.parent, visit.cameo_root) == (
        "CONSULT",
        1.9,
        "Consultation",
        "04",
    )
    assert visit.iri == KG.Visit
    assert kinds["Appeal"].plover is None
    assert kinds["Appeal"].cameo_codes[0] == "020" and len(kinds["Appeal"].cameo_codes) == 9
    for kind in kinds.values():
        assert kind.parent == "DiplomaticAct" or kind.parent in kinds, kind
    kinds.clear()  # the caller's copy: the cached table is untouched
    assert "Visit" in act_kinds()


def test_every_kind_lists_its_main_code_among_real_cameo_codes() -> None:
    icews = _icews_codes()
    problems = []
    for kind in act_kinds().values():
        if kind.main_cameo not in kind.cameo_codes:
            problems.append(f"{kind.name}: main code {kind.main_cameo} not among {kind.cameo_codes}")
        unknown = [code for code in kind.cameo_codes if code not in icews]
        if unknown:
            problems.append(f"{kind.name}: codes not in the CAMEO codebook: {unknown}")
    assert problems == []


def test_plover_types_follow_cameo2plover() -> None:
    table = _plover_types()
    problems = []
    for kind in act_kinds().values():
        published = table.get(kind.main_cameo)
        if published and kind.plover not in published:
            problems.append(f"{kind.name}: PLOVER {kind.plover}, table says {sorted(published)}")
        if not published and kind.plover is not None:
            problems.append(f"{kind.name}: PLOVER {kind.plover}, but the table has none for {kind.main_cameo}")
    assert problems == []


def test_goldstein_scores_equal_gdelt() -> None:
    table = _gdelt_goldstein()
    problems = [
        f"{kind.name}: {kind.goldstein} != {table.get(kind.main_cameo)}"
        for kind in act_kinds().values()
        if table.get(kind.main_cameo) != kind.goldstein
    ]
    assert problems == []


def test_all_twenty_cameo_roots_have_a_kind() -> None:
    covered = {code[:2] for kind in act_kinds().values() for code in kind.cameo_codes}
    assert covered == {f"{root:02d}" for root in range(1, 21)}


# ---------------------------------------------------------------- CAMEO helpers


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("042", "Visit"),
        ("0421", "Visit"),  # a four-digit code falls back to its three-digit parent
        ("04", "Consultation"),  # a root alone means the root's main code
        ("040", "Consultation"),  # not its subclass Meeting, which also lists 040
        ("044", "Meeting"),
        ("036", "Invitation"),  # the kind whose main code it is, not IntentToCooperate
        ("010", "PublicStatement"),  # not Letter: the broader kind with the same main code
        ("150", "MilitaryDisplay"),
        ("166", "DiplomatExpulsion"),  # the most specific kind that lists it
        ("163", "Sanction"),
        ("1213", "Rejection"),
        ("2042", "MassViolence"),
        ("20", "MassViolence"),
    ],
)
def test_kind_for_cameo(code: str, kind: str) -> None:
    assert kind_for_cameo(code) == kind


def test_kind_for_cameo_of_every_listed_code_lists_that_code() -> None:
    kinds = act_kinds()
    for kind in kinds.values():
        for code in kind.cameo_codes:
            assert code in kinds[kind_for_cameo(code)].cameo_codes, (kind.name, code)


@pytest.mark.parametrize("bad", ["4", "", "00", "21", "99", "04a", "12345", "0x1"])
def test_malformed_cameo_codes_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="not a CAMEO code"):
        kind_for_cameo(bad)
    with pytest.raises(ValueError):
        cameo_root(bad)


def test_cameo_root() -> None:
    assert [cameo_root(code) for code in ("01", "010", "0211", "20", "204", "1823")] == [
        "01",
        "01",
        "02",
        "20",
        "20",
        "18",
    ]


def test_ontology_module_doctests() -> None:
    failures, attempted = doctest.testmod(kg.ontology)
    assert attempted > 0 and failures == 0


# ---------------------------------------------------------------- HermiT


@pytest.fixture
def own_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder for the reasoner runs of one test, to check that they clean up."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_ontology_is_consistent(own_tempdir: Path) -> None:
    report = check_ontology_consistency()
    assert report.consistent and report.unsatisfiable_classes == [] and report.ok
    assert 0 < report.seconds < 60
    assert list(own_tempdir.iterdir()) == []


def test_graph_from_the_docs_example_is_consistent(own_tempdir: Path) -> None:
    data = Graph().parse(FIXTURES / "conforming.ttl", format="turtle")
    report = check_ontology_consistency(data)
    assert report.consistent, report.message
    assert list(own_tempdir.iterdir()) == []


@pytest.mark.parametrize(
    "contradiction",
    [
        # one IRI typed as two disjoint classes
        "wd:Q148 a kg:Person .",
        # kg:modality is functional and its values are distinct individuals
        "act:a0 kg:modality kg:Negated .",
        # kg:holder ranges over persons, and a state is no person
        "holding:h0 kg:holder wd:Q423 .",
    ],
)
def test_contradictory_graph_is_inconsistent(own_tempdir: Path, contradiction: str) -> None:
    prefixes = "\n".join(
        line
        for line in (FIXTURES / "conforming.ttl").read_text(encoding="utf-8").splitlines()
        if line.startswith("@prefix")
    )
    data = Graph().parse(FIXTURES / "conforming.ttl", format="turtle")
    data.parse(data=prefixes + "\n" + contradiction, format="turtle")
    report = check_ontology_consistency(data)
    assert not report.consistent and not report.ok
    assert "inconsistent" in report.message
    # owlready2 leaves its input behind when HermiT fails: ours must be gone with its folder
    assert list(own_tempdir.iterdir()) == []


def test_unsatisfiable_class_is_reported(own_tempdir: Path) -> None:
    data = Graph()
    weird = URIRef("http://example.org/StatePerson")
    data.add((weird, RDF.type, OWL.Class))
    data.add((weird, RDFS.subClassOf, KG.State))
    data.add((weird, RDFS.subClassOf, KG.Person))
    report = check_ontology_consistency(data)
    assert report.consistent and not report.ok
    assert report.unsatisfiable_classes == [str(weird)]
    assert "no members" in report.message


def test_missing_java_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch, own_tempdir: Path) -> None:
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", str(own_tempdir / "no-such-java"))
    with pytest.raises(KgError, match="Java is not on PATH") as raised:
        check_ontology_consistency()
    assert "\n" not in str(raised.value)
    assert list(own_tempdir.iterdir()) == []
