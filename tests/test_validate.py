"""The validate stage: SHACL shapes on hand-written graphs, file reading, the CLI."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

import kg.cli
from kg.errors import FormatError, InputError
from kg.namespace import KG, KGR, WD
from kg.ontology import load_shapes
from kg.validate import KGSH, load_graph_file, validate_graph

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "validate"
CONFORMING = FIXTURES / "conforming.ttl"

ARTICLE = KGR["article/test-1"]
ACT = KGR["act/a0"]
HOLDING = KGR["holding/h0"]
ALLIANCE = KGR["alliance/l0"]
MENTION = KGR["mention/m0"]


@pytest.fixture(scope="module")
def conforming() -> Graph:
    return Graph().parse(CONFORMING, format="turtle")


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def test_fixture_conforms(conforming: Graph) -> None:
    report = validate_graph(conforming)
    assert report.conforms, "\n".join(violation.line() for violation in report.violations)
    assert report.violations == []
    assert report.triples == len(conforming)
    assert "Conforms: True" in report.results_text


def _set(subject: URIRef, predicate: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    return lambda graph: graph.set((subject, predicate, value))


def _remove(subject: URIRef, predicate: URIRef, value: Literal | URIRef | None = None) -> Callable[[Graph], None]:
    return lambda graph: graph.remove((subject, predicate, value))


def _add(subject: URIRef, predicate: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    return lambda graph: graph.add((subject, predicate, value))


BREAKAGES = {
    # name: (change, property shape or node shape reported, its node shape, constraint component)
    "missing actor": (_remove(ACT, KG.actor), "DiplomaticAct-actor", "DiplomaticActShape", "MinCount"),
    "two actors": (_add(ACT, KG.actor, WD.Q148), "DiplomaticAct-actor", "DiplomaticActShape", "MaxCount"),
    "no target": (_remove(ACT, KG.target), "DiplomaticAct-target", "DiplomaticActShape", "MinCount"),
    "cameo 4": (_set(ACT, KG.cameoCode, Literal("4")), "DiplomaticAct-cameoCode", "DiplomaticActShape", "Pattern"),
    "cameo root 21": (
        _set(ACT, KG.cameoRoot, Literal("21")),
        "DiplomaticAct-cameoRoot",
        "DiplomaticActShape",
        "Pattern",
    ),
    "root not prefix of code": (
        _set(ACT, KG.cameoRoot, Literal("05")),
        "DiplomaticActShape",
        "DiplomaticActShape",
        "SPARQL",
    ),
    "modality outside the three": (
        _set(ACT, KG.modality, KG.Day),
        "DiplomaticAct-modality",
        "DiplomaticActShape",
        "In",
    ),
    "two modalities": (_add(ACT, KG.modality, KG.Negated), "DiplomaticAct-modality", "DiplomaticActShape", "MaxCount"),
    "no evidence": (_remove(ACT, KG.evidence), "DiplomaticAct-evidence", "DiplomaticActShape", "MinCount"),
    "evidence not a sentence": (
        _set(ACT, KG.evidence, ARTICLE),
        "DiplomaticAct-evidence",
        "DiplomaticActShape",
        "Class",
    ),
    "act date as string": (
        _set(ACT, KG.date, Literal("2023-09-14")),
        "DiplomaticAct-date",
        "DiplomaticActShape",
        "Datatype",
    ),
    "confidence above 1": (
        _set(ACT, KG.confidence, Literal(decimal.Decimal("1.5"))),
        "DiplomaticAct-confidence",
        "DiplomaticActShape",
        "MaxInclusive",
    ),
    "confidence as double": (
        _set(ACT, KG.confidence, Literal(0.8)),
        "DiplomaticAct-confidence",
        "DiplomaticActShape",
        "Datatype",
    ),
    "act without a kind": (
        _remove(ACT, RDF.type, KG.Visit),
        "DiplomaticAct-kind",
        "DiplomaticActShape",
        "QualifiedMinCount",
    ),
    "actor not typed as a state": (
        _remove(WD.Q423, RDF.type, KG.State),
        "DiplomaticAct-actor",
        "DiplomaticActShape",
        "Class",
    ),
    "end before start": (
        _set(HOLDING, KG.endDate, Literal("2010-01-01", datatype=XSD.date)),
        "OfficeHolding-startDate",
        "OfficeHoldingShape",
        "LessThanOrEquals",
    ),
    "holding without holder": (
        _remove(HOLDING, KG.holder),
        "OfficeHolding-holder",
        "OfficeHoldingShape",
        "MinCount",
    ),
    "member count 1": (_remove(ALLIANCE, KG.member, WD.Q148), "Alliance-member", "AllianceShape", "MinCount"),
    "mention ends before it starts": (
        _set(MENTION, KG.endOffset, Literal(2)),
        "Mention-startOffset",
        "MentionShape",
        "LessThanOrEquals",
    ),
    "mention offset as string": (
        _set(MENTION, KG.startOffset, Literal("4")),
        "Mention-startOffset",
        "MentionShape",
        "Datatype",
    ),
    "mention refers to nothing": (_remove(MENTION, KG.refersTo), "Mention-refersTo", "MentionShape", "MinCount"),
    "article with two ids": (
        _add(ARTICLE, KG.articleId, Literal("other")),
        "Article-articleId",
        "ArticleShape",
        "MaxCount",
    ),
    "article published on two days": (
        _add(ARTICLE, KG.publishedOn, Literal("2023-09-16", datatype=XSD.date)),
        "Article-publishedOn",
        "ArticleShape",
        "MaxCount",
    ),
    "state with a minted IRI": (
        _add(KGR["state/x"], RDF.type, KG.State),
        "StateShape",
        "StateShape",
        "Pattern",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_each_breakage_is_a_violation_naming_its_shape(conforming: Graph, name: str) -> None:
    change, shape, node_shape, constraint = BREAKAGES[name]
    broken = _copy(conforming)
    change(broken)
    report = validate_graph(broken)
    assert not report.conforms
    matching = [
        violation
        for violation in report.errors
        if violation.shape == f"kgsh:{shape}"
        and violation.node_shape == f"kgsh:{node_shape}"
        and violation.constraint == f"{constraint}ConstraintComponent"
    ]
    assert matching, "\n".join(violation.line() for violation in report.violations)
    assert f"kgsh:{shape}" in report.shapes_violated()
    assert f"[kgsh:{shape}]" in matching[0].line()


def test_warnings_are_reported_but_do_not_break_conformance(conforming: Graph) -> None:
    broken = _copy(conforming)
    broken.add((ACT, KG.target, WD.Q423))  # the actor is also a target
    broken.remove((WD.Q159, RDFS.label, None))
    report = validate_graph(broken)
    assert report.conforms
    assert report.errors == []
    assert {violation.shape for violation in report.warnings} == {
        "kgsh:DiplomaticAct-actorNotTarget",
        "kgsh:State-label",
    }
    assert all(violation.severity == "Warning" for violation in report.warnings)


def test_subclass_of_an_act_kind_counts_as_an_act(conforming: Graph) -> None:
    # kg:Congratulation is two subclass steps below kg:DiplomaticAct: typed only with it,
    # the act is still a focus node of the DiplomaticAct shape.
    broken = _copy(conforming)
    broken.remove((ACT, RDF.type, None))
    broken.add((ACT, RDF.type, KG.Congratulation))
    broken.remove((ACT, KG.actor, None))
    report = validate_graph(broken)
    assert any(violation.shape == "kgsh:DiplomaticAct-actor" for violation in report.errors)


def test_act_kind_check_holds_under_rdfs_inference(conforming: Graph) -> None:
    # RDFS makes kg:DiplomaticAct a subclass of itself: it must still not count as a kind.
    broken = _copy(conforming)
    broken.remove((ACT, RDF.type, KG.Visit))
    report = validate_graph(broken, inference="rdfs")
    assert "kgsh:DiplomaticAct-kind" in report.shapes_violated()
    assert validate_graph(conforming, inference="rdfs").conforms


def test_rdfs_inference_would_hide_a_missing_state_type(conforming: Graph) -> None:
    # Why the default inference is "none": kg:actor's range types any actor as a State.
    broken = _copy(conforming)
    broken.remove((WD.Q423, RDF.type, KG.State))
    assert not validate_graph(broken).conforms
    assert validate_graph(broken, inference="rdfs").conforms


def test_dataset_of_article_graphs(conforming: Graph) -> None:
    dataset = Dataset()
    article_graph = dataset.graph(ARTICLE)
    for triple in conforming:
        article_graph.add(triple)
    report = validate_graph(dataset)
    assert report.conforms
    assert report.triples == len(conforming)
    article_graph.remove((ACT, KG.actor, None))
    report = validate_graph(dataset)
    assert not report.conforms
    assert "kgsh:DiplomaticAct-actor" in report.shapes_violated()


def test_owl_check_catches_what_the_shapes_cannot(conforming: Graph) -> None:
    broken = _copy(conforming)
    broken.add((WD.Q148, RDF.type, KG.Person))  # a state that is also a person
    shapes_only = validate_graph(broken)
    assert shapes_only.conforms and shapes_only.consistency is None
    with_owl = validate_graph(broken, owl=True)
    assert with_owl.consistency is not None and not with_owl.consistency.consistent
    assert not with_owl.conforms


def test_owl_only(conforming: Graph) -> None:
    report = validate_graph(conforming, shapes=False, owl=True)
    assert report.conforms and report.consistency is not None and report.consistency.ok
    assert report.violations == [] and report.results_text == ""


# ---------------------------------------------------------------- the shapes file itself


def test_every_shape_has_a_name_and_a_description() -> None:
    shapes = load_shapes()
    named = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | set(shapes.objects(None, SH.property))
        | set(shapes.objects(None, SH.sparql))
    )
    assert len(named) > 60
    problems = [
        str(shape)
        for shape in named
        if not isinstance(shape, URIRef)
        or not str(shape).startswith(str(KGSH))
        or shapes.value(shape, SH.name) is None
        or shapes.value(shape, SH.description) is None
    ]
    assert problems == []


def test_every_property_shape_is_listed_by_a_node_shape() -> None:
    shapes = load_shapes()
    listed = set(shapes.objects(None, SH.property))
    declared = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert declared == listed


# ---------------------------------------------------------------- reading files


def test_load_graph_file_by_extension(tmp_path: Path, conforming: Graph) -> None:
    as_nt = tmp_path / "graph.nt"
    conforming.serialize(as_nt, format="nt", encoding="utf-8")
    assert len(load_graph_file(as_nt)) == len(conforming)
    dataset = Dataset()
    for triple in conforming:
        dataset.graph(ARTICLE).add(triple)
    as_nq = tmp_path / "graph.nq"
    dataset.serialize(as_nq, format="nquads", encoding="utf-8")
    loaded = load_graph_file(as_nq)
    assert isinstance(loaded, Dataset)
    assert sum(1 for _ in loaded.quads()) == len(conforming)


def test_load_graph_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_graph_file(tmp_path / "missing.ttl")
    with pytest.raises(FormatError, match="extension"):
        load_graph_file(tmp_path / "graph.xyz")
    empty = tmp_path / "empty.nt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_graph_file(empty)
    malformed = tmp_path / "bad.ttl"
    malformed.write_text("this is not turtle <<\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle") as raised:
        load_graph_file(malformed)
    assert "\n" not in str(raised.value)
    binary = tmp_path / "binary.nt"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(InputError, match="binary.nt"):
        load_graph_file(binary)
    only_comments = tmp_path / "comments.ttl"
    only_comments.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(InputError, match="no triples"):
        load_graph_file(only_comments)


# ---------------------------------------------------------------- the command


@pytest.fixture
def kg_main(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], int]:
    # Only this command: other command modules may be mid-edit in a shared tree.
    monkeypatch.setattr(kg.cli, "COMMAND_MODULES", ("kg.commands.validate",))
    return kg.cli.main


def test_cli_conforming_exits_0(kg_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    assert kg_main(["validate", str(CONFORMING)]) == 0
    out = capsys.readouterr().out
    assert "conforms" in out and "0 violations" in out


def test_cli_not_conforming_exits_1(
    kg_main: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    conforming: Graph,
) -> None:
    broken = _copy(conforming)
    broken.set((ACT, KG.cameoCode, Literal("4")))
    path = tmp_path / "broken.ttl"
    broken.serialize(path, format="turtle")
    assert kg_main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "does not conform" in out
    assert "[kgsh:DiplomaticAct-cameoCode]" in out


def test_cli_unreadable_exits_2(
    kg_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert kg_main(["validate", str(tmp_path / "missing.ttl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg validate: error:") and err.count("\n") == 1
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    assert kg_main(["validate", str(bad)]) == 2
    assert "not valid nquads" in capsys.readouterr().err


def test_cli_owl(kg_main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]) -> None:
    assert kg_main(["validate", "--owl", str(CONFORMING)]) == 0
    assert "OWL: consistent" in capsys.readouterr().out
