"""kg.evaluate: the scorer on hand-made gold and predictions, the GSR matching, and ``kg eval`` end to end."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import InputError
from kg.evaluate import (
    ElevantScore,
    EvaluationReport,
    GsrEvent,
    GsrScore,
    actor_state,
    confli_gold,
    contract_rows,
    elevant_article,
    evaluate,
    format_markdown,
    format_text,
    gold_items,
    iso3_states,
    penta_class,
    plover_gold,
    plover_type,
    plover_type_matches,
    predicted_sets,
    read_jsonl,
    score_elevant_document,
    score_gold_set,
    score_gsr_record,
    title_day,
)
from kg.gazetteer import load_gazetteer
from kg.model import Act, Mention
from kg.pipeline import Pipeline
from kg.read import read_articles
from tests.helpers import REPO, SHARED, run_kg

WD = "http://www.wikidata.org/entity/"

needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "seed.jsonl").is_file(), reason="../shared is not there")

GOLD = [
    {
        "id": "a1",
        "states": ["Q1", "Q2", {"qid": "Q3", "optional": True}],
        "leaders": [{"leader": "Q10", "state": "Q1"}],
        "leaders_complete": False,
        "acts": [
            {"actor": "Q1", "root": "04", "target": "Q2", "sym": True},
            {"actor": "Q1", "root": "11", "target": "Q2"},
            {"actor": "Q2", "root": "13", "target": "Q1", "optional": True},
        ],
        "alliances": [{"members": ["Q1", "Q2", "Q3"]}],
    },
    {"id": "a2", "states": [], "leaders": [{"leader": "Q20", "state": "Q5"}], "acts": [], "alliances": []},
]


def _row(article: str, **values: str | None) -> dict[str, str | None]:
    return {"articleId": article, **values}


ROWS = {
    "states": [
        _row("a1", state=WD + "Q1"),
        _row("a1", state=WD + "Q3"),
        _row("a1", state=WD + "Q4"),
        _row("elsewhere", state=WD + "Q9"),
    ],
    "leaders": [
        _row("a1", leader=WD + "Q10", state=WD + "Q1"),
        _row("a1", leader=WD + "Q11", state=WD + "Q2"),
        _row("a2", leader=WD + "Q21", state=WD + "Q5"),
    ],
    "acts": [
        _row("a1", actorState=WD + "Q2", cameo="0421", targetState=WD + "Q1"),  # the sym gold act, reversed
        _row("a1", actorState=WD + "Q2", cameo="130", targetState=WD + "Q1"),  # an optional gold act
        _row("a1", actorState=WD + "Q1", cameo="051", targetState=WD + "Q2"),  # a wrong root on a gold pair
    ],
    "alliances": [
        _row("a1", alliance="urn:x:al1", member=WD + "Q1"),
        _row("a1", alliance="urn:x:al1", member=WD + "Q2"),
    ],
}


def test_predicted_sets_read_contract_rows() -> None:
    predicted = predicted_sets(ROWS, {"a1", "a2"})
    assert predicted["states"]["a1"] == {"Q1", "Q3", "Q4"}
    assert "elsewhere" not in predicted["states"]  # rows of articles the gold does not have are ignored
    assert predicted["acts"]["a1"] == {("Q2", "04", "Q1"), ("Q2", "13", "Q1"), ("Q1", "05", "Q2")}
    assert predicted["alliances"]["a1"] == {("Q1", "Q2")}
    unlinked = predicted_sets({"states": [_row("a1", state="https://w3id.org/kg-diplomacy/id/state/x")]}, {"a1"})
    assert unlinked["states"]["a1"] == {"<unlinked https://w3id.org/kg-diplomacy/id/state/x>"}


def test_scorer_on_hand_made_gold() -> None:
    score = score_gold_set("hand", GOLD, predicted_sets(ROWS, {"a1", "a2"}))
    layers = {layer: (c.tp, c.fp, c.fn) for layer, c in score.layers.items()}
    # states: Q1 found, Q2 missed, optional Q3 neither, Q4 extra
    # leaders: a1 (Q10, Q1) found and its extra not judged (leaders_complete false); a2 one missed, one extra
    # acts: the sym act found reversed, the optional one neither, (Q1, 11, Q2) missed, (Q1, 05, Q2) extra
    # alliances: three gold pairs, one predicted
    assert layers == {"states": (1, 1, 1), "leaders": (1, 1, 1), "acts": (1, 1, 1), "alliances": (1, 0, 2)}
    assert score.layers["alliances"].precision == 1.0
    assert score.layers["alliances"].recall == pytest.approx(1 / 3)
    assert score.layers["alliances"].f1 == pytest.approx(0.5)
    assert score.layers["states"].f1 == pytest.approx(0.5)
    roots = {root: (c.tp, c.fp, c.fn) for root, c in score.roots.items()}
    assert roots == {"04": (1, 0, 0), "11": (0, 0, 1), "05": (0, 1, 0)}
    # (Q2 04 Q1) and (Q2 13 Q1) have their root among the pair's gold roots; (Q1 05 Q2) counts against both
    # gold roots of its pair
    assert score.confusion == {("04", "04"): 1, ("13", "13"): 1, ("04", "05"): 1, ("11", "05"): 1}
    assert score.errors["a1"].fn["acts"] == [("Q1", "11", "Q2")]
    assert score.errors["a1"].fp["acts"] == [("Q1", "05", "Q2")]
    assert score.errors["a1"].fp["leaders"] == []


def test_a_required_twin_wins_over_an_optional_gold_item() -> None:
    article = {
        "id": "t",
        "states": ["Q1", {"qid": "Q1", "optional": True}],
        "acts": [
            {"actor": "Q1", "root": "4", "target": "Q2", "optional": True},
            {"actor": "Q1", "root": "04", "target": "Q2"},
        ],
    }
    items = gold_items(article)
    assert items["states"] == [(frozenset(["Q1"]), False)]
    assert items["acts"] == [(frozenset([("Q1", "04", "Q2")]), False)]


def test_gsr_record_matching() -> None:
    score = GsrScore("hand")
    gold = [GsrEvent("Q1", "04", "Q2"), GsrEvent(None, "19", "Q2"), GsrEvent("Q3", "11", "Q1")]
    predicted = [
        GsrEvent("Q2", "04", "Q1", symmetric=True),
        GsrEvent("Q3", "12", "Q1"),
        GsrEvent("Q4", "04", "Q1"),
    ]
    same = str.__eq__
    score_gsr_record(score, "r1", gold, predicted, same, states_found={"Q1", "Q2", "Q3", "Q4"})
    score_gsr_record(score, "r2", [], [GsrEvent("Q1", "01", "Q2")], same)  # a no-event sentence
    assert (score.gold_events, score.typed.gold) == (3, 2)
    assert (score.typed.found, score.typed.predicted, score.typed.correct) == (1, 4, 1)
    assert (score.untyped.found, score.untyped.predicted, score.untyped.correct) == (2, 4, 2)
    assert score.recall_all_events == pytest.approx(1 / 3)
    assert score.typed.recall == 0.5 and score.typed.precision == 0.25
    assert score.by_type["04"].as_dict()["gold"] == 1 and score.by_type["04"].predicted == 2
    assert (score.by_type["11"].gold, score.by_type["11"].found) == (1, 0)
    assert (score.by_type["12"].predicted, score.by_type["12"].correct) == (1, 0)
    assert score.errors["r1"]["missed"] == [GsrEvent("Q3", "11", "Q1")]
    assert score.errors["r2"]["extra"] == [GsrEvent("Q1", "01", "Q2")]
    # (Q3 11 Q1) was missed, but an act of another root joins Q3 and Q1
    assert (score.missed_other_type, score.missed_state_not_found, score.missed_no_act) == (1, 0, 0)


def test_gsr_misses_are_put_down_to_their_cause() -> None:
    score = GsrScore("hand")
    gold = [GsrEvent("Q5", "04", "Q6"), GsrEvent("Q1", "04", "Q2"), GsrEvent("Q1", "11", "Q2")]
    score_gsr_record(score, "r", gold, [GsrEvent("Q1", "04", "Q2")], str.__eq__, states_found={"Q1", "Q2"})
    assert (score.missed_state_not_found, score.missed_no_act, score.missed_other_type) == (1, 0, 1)
    score_gsr_record(score, "s", [GsrEvent("Q7", "04", "Q8")], [], str.__eq__, states_found={"Q7", "Q8"})
    assert score.missed_no_act == 1


def test_actor_codes_map_to_states() -> None:
    states = iso3_states(load_gazetteer())
    assert actor_state("USAGOV", states) == "Q30"
    assert actor_state("CHE", states) == "Q39"
    assert actor_state("JAP", states) == "Q17"  # a CAMEO-era code some records use
    for not_a_state in ("---REB", "IGOUNO", "NGO", "IMGMUSISI", "", None):
        assert actor_state(not_a_state, states) is None


def test_plover_gold_dyads() -> None:
    states = iso3_states(load_gazetteer())
    compound = {"gold_events": [{"code": "AGREE", "target": None, "source": [{"code": "HUN"}, {"code": "ROU"}]}]}
    assert plover_gold(compound, states) == [GsrEvent("Q218", "AGREE", "Q28", symmetric=True)]
    mixed = {
        "gold_events": [
            {"code": "DISAPPROVE", "source": [{"code": "USA"}, {"code": "IGO"}], "target": [{"code": "IRQ"}]},
            {"code": "AID", "source": [{"code": "IGO"}], "target": ""},
        ]
    }
    events = plover_gold(mixed, states)
    assert events == [GsrEvent("Q30", "DISAPPROVE", "Q796"), GsrEvent(None, "AID", None)]
    assert [e.codable for e in events] == [True, False]


def _state_mention(text: str, word: str, qid: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, "state", "name", "test", 0, qid=qid, state_qid=qid)


def test_confli_gold_reads_states_inside_the_spans() -> None:
    text = "Russia said it had expelled diplomats from Poland and Germany over a protest in Moscow."
    mentions = [
        _state_mention(text, "Russia", "Q159"),
        _state_mention(text, "Poland", "Q36"),
        _state_mention(text, "Germany", "Q183"),
        _state_mention(text, "Moscow", "Q159"),
    ]
    record = {
        "text": text,
        "gold_events": [{"code": "3", "source": ["Russia"], "target": ["diplomats from Poland and Germany"]}],
    }
    assert confli_gold(record, mentions) == [GsrEvent("Q159", "3", "Q36"), GsrEvent("Q159", "3", "Q183")]
    no_state = {"text": text, "gold_events": [{"code": "4", "source": ["a protest"], "target": ["Moscow"]}]}
    assert [e.codable for e in confli_gold(no_state, mentions)] == [False]
    no_spans = {"text": text, "gold_events": [{"code": "3", "source": None, "target": None}]}
    assert confli_gold(no_spans, mentions) == [GsrEvent(None, "3", None)]


def test_confli_gold_pairs_the_states_of_reciprocal_spans_symmetrically() -> None:
    text = "The United States and Jordan have settled on a fresh trade accord, according to the White House."
    mentions = [
        _state_mention(text, "United States", "Q30"),
        _state_mention(text, "Jordan", "Q810"),
        _state_mention(text, "White House", "Q30"),
    ]
    record = {
        "text": text,
        "gold_events": [{"code": "1", "source": [], "reciprocal": ["The United States and Jordan"]}],
    }
    assert confli_gold(record, mentions) == [GsrEvent("Q30", "1", "Q810", symmetric=True)]


def test_confli_gold_finds_tokenised_spans_in_the_untokenised_text() -> None:
    text = "Taiwan's Vice Foreign Minister visited war-torn Mozambique today."
    mentions = [_state_mention(text, "Taiwan", "Q865"), _state_mention(text, "Mozambique", "Q1029")]
    record = {
        "text": text,
        "gold_events": [
            {"code": "1", "source": ["Taiwan 's Vice Foreign Minister"], "target": ["war - torn Mozambique"]}
        ],
    }
    assert confli_gold(record, mentions) == [GsrEvent("Q865", "1", "Q1029")]


def test_penta_classes_follow_the_coders_pairing() -> None:
    def act(cameo: str) -> Act:
        return Act("Q1", ["Q2"], "Criticism", cameo, 0, "w", 0, 1, "test")

    assert [penta_class(act(code)) for code in ("010", "020", "036", "070", "090", "163", "140", "190")] == [
        "0",
        "0",
        "1",
        "2",
        "3",
        "3",
        "4",
        "4",
    ]


def test_cli_suite_names_match_the_library() -> None:
    import kg.commands.eval as command
    import kg.evaluate as library

    assert command.SUITES == library.SUITES
    assert command.DEFAULT_SUITES == library.DEFAULT_SUITES


def test_plover_types_bridge_versions() -> None:
    assert plover_type_matches("DISAPPROVE", "ACCUSE")
    assert plover_type_matches("DEMAND", "REQUEST")
    assert plover_type_matches("AGREE", "AGREE")
    assert not plover_type_matches("AGREE", "ACCUSE")
    assert not plover_type_matches("DEMAND", "DEMAND")  # 2021 has no DEMAND: kg never predicts it

    def act(kind: str, cameo: str) -> Act:
        return Act("Q1", ["Q2"], kind, cameo, 0, "w", 0, 1, "test")

    assert plover_type(act("Visit", "042")) == "CONSULT"
    assert plover_type(act("Criticism", "112")) == "ACCUSE"
    assert plover_type(act("Condolence", "018")) is None  # roots 01 and 02 have no PLOVER type


def test_markdown_and_text_reports() -> None:
    report = EvaluationReport(shared="s", started="2030-01-02T03:04:05", commit="abc1234")
    report.gold_sets.append(score_gold_set("hand", GOLD, predicted_sets(ROWS, {"a1", "a2"})))
    markdown = format_markdown(report)
    assert markdown.startswith("Measured 2030-01-02 on commit `abc1234`")
    assert "| hand | alliances | 1 | 0 | 2 | 1.000 | 0.333 | 0.500 |" in markdown
    assert "| 11 | disapprove | 0 | 0 | 1 | 0.000 | 0.000 |" in markdown
    text = format_text(report, errors=True)
    assert "a1 acts: missed [('Q1', '11', 'Q2')] extra [('Q1', '05', 'Q2')]" in text
    assert json.loads(json.dumps(report.as_dict()))["hand"]["layers"]["acts"]["fn"] == 1
    assert "| hand | 2 | 0.00 | 0.00 |" in markdown  # the time table, one row per suite


# -- entity linking (ELEVANT) on a hand-made document ------------------------------------------------------

#              0         1         2         3         4         5         6         7         8
#              0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567
LINK_TEXT = "Intro. Ruritania and its leader Ann Bell met Bob Ray. She spoke in Zenda for the U.S. Navy."
LINK_STATES = {"Q1", "Q2", "Q30"}
LINK_PEOPLE = {"Q10", "Q11", "Q12"}


def _label(start: int, end: int, qid: str, **extra: object) -> dict[str, object]:
    return {"span": [start, end], "entity_id": qid, "mention": LINK_TEXT[start:end], "name": qid, **extra}


def _mention(start: int, end: int, kind: str, qid: str | None, form: str = "name", state: str | None = None):
    return Mention(start, end, LINK_TEXT[start:end], kind, form, "test", 0, qid=qid, state_qid=state)


LINK_RECORD = {
    "id": "doc",
    "text": LINK_TEXT,
    "evaluation_span": [7, len(LINK_TEXT)],
    "labels": [
        _label(7, 16, "Q1"),  # Ruritania: linked through a mention acting for it
        _label(21, 24, "Q1", coref=True),  # "its": a reference, missed
        _label(32, 40, "Q10"),  # Ann Bell: linked
        _label(45, 52, "Q11"),  # Bob Ray: kg has another QID
        _label(54, 57, "Q12", coref=True),  # "She": kg found a person with no QID
        _label(67, 72, "Q2"),  # Zenda, labelled as the state: missed
        _label(81, 90, "Q999"),  # "U.S. Navy": not in the gazetteer, so not a label to check
        _label(32, 35, "Q12", optional=True),  # optional: left out
        _label(58, 63, "<NIL>"),  # "spoke": an unlinkable label
    ],
}
LINK_MENTIONS = [
    _mention(7, 16, "org", "Q500", state="Q1"),  # a state organ: counts for the state label
    _mention(32, 40, "person", "Q10", form="full-name", state="Q1"),
    _mention(32, 40, "person", "Q10", form="full-name", state="Q1"),  # a duplicate: judged once
    _mention(45, 52, "person", "Q13", form="full-name"),
    _mention(54, 57, "person", None, form="pronoun"),
    _mention(81, 85, "state", "Q30", state="Q30"),  # "U.S." inside the longer "U.S. Navy" label
    _mention(58, 63, "state", "Q2", form="metonym", state="Q2"),  # overlaps only a NIL label
    _mention(0, 5, "state", "Q1", state="Q1"),  # outside the annotated span: not judged
]


def test_elevant_document_outcomes() -> None:
    score = ElevantScore()
    score_elevant_document(score, LINK_RECORD, LINK_MENTIONS, LINK_STATES, LINK_PEOPLE)
    assert (score.documents, score.labels, score.optional_labels) == (1, 9, 1)
    outcomes = {key: (t.linked, t.wrong, t.unlinked, t.missed) for key, t in score.labels_by.items() if t.total}
    assert outcomes == {
        ("state", "named"): (1, 0, 0, 1),
        ("state", "reference"): (0, 0, 0, 1),
        ("person", "named"): (1, 1, 0, 0),
        ("person", "reference"): (0, 0, 1, 0),
    }
    named = score.labels_of()
    assert (named.linked, named.total, named.share("linked")) == (2, 4, 0.5)
    assert score.labels_of(groups=("named", "reference")).total == 6
    # kg's side: Ann Bell agrees (once), Bob Ray disagrees, "U.S." sits inside a longer label, the metonym
    # overlaps only a NIL label (lower case: a reference); the pronoun has no QID and the mention before the
    # span is not judged
    assert score.ours_of(["state"], ["reference"]).nil == 1
    people, states = score.ours_of(["person"]), score.ours_of(["state"], ["named", "reference"])
    assert (people.agree, people.disagree, people.inside_longer) == (1, 1, 0)
    assert (states.agree, states.disagree, states.inside_longer, states.nil, states.unlabelled) == (0, 1, 1, 1, 0)
    assert people.precision == 0.5 and states.precision == 0.0
    assert states.precision_like_for_like == 0.0 and score.ours_of().precision_like_for_like == 0.5
    errors = {(e.side, e.text, e.outcome) for e in score.errors}
    assert errors == {
        ("label", "its", "missed"),
        ("label", "Bob Ray", "wrong"),
        ("label", "She", "unlinked"),
        ("label", "Zenda", "missed"),
        ("kg", "Bob Ray", "disagree"),
        ("kg", "U.S.", "inside a longer label"),
    }
    wrong = next(e for e in score.errors if e.outcome == "wrong")
    assert wrong.qid == "Q11" and wrong.found == ("'Bob Ray' person/full-name Q13",)


def test_elevant_conventional_readings_are_told_apart() -> None:
    record = {"id": "d", "text": LINK_TEXT, "labels": [_label(67, 72, "Q77")]}  # Zenda the city
    score = ElevantScore()
    score_elevant_document(score, record, [_mention(67, 72, "state", "Q2", form="capital")], set(), set())
    tally = score.ours_of(["state"])
    assert (tally.disagree, tally.convention, tally.inside_longer) == (1, 1, 0)
    assert score.errors[0].outcome == "capital read as its state"


def test_elevant_article_dates() -> None:
    record = {"id": "a", "title": "20170326 - Some headline", "text": "Some headline\n\nBody."}
    assert title_day(record["title"]) == dt.date(2017, 3, 26)
    assert title_day("16444023") is None and title_day(None) is None and title_day("20171340 - x") is None
    article = elevant_article(record, "here")
    assert (article.date, article.title, article.text) == (dt.date(2017, 3, 26), "Some headline", record["text"])
    assert elevant_article(dict(record, date="2001-02-03"), "here").date == dt.date(2001, 2, 3)
    assert elevant_article(record, "here", dated=False).date is None
    with pytest.raises(InputError, match="here"):
        elevant_article(dict(record, date="soon"), "here")
    with pytest.raises(InputError, match="here"):
        elevant_article({"id": "b"}, "here")


def test_elevant_reports() -> None:
    report = EvaluationReport(shared="s", started="2030-01-02T03:04:05", commit="abc1234")
    report.elevant = ElevantScore()
    score_elevant_document(report.elevant, LINK_RECORD, LINK_MENTIONS, LINK_STATES, LINK_PEOPLE)
    markdown = format_markdown(report)
    assert "`kg eval --only elevant --markdown`" in markdown
    assert "| states + people, names | 4 | 50.0% | 25.0% | 0.0% | 25.0% |" in markdown
    assert "| elevant | 1 |" in markdown
    text = format_text(report, errors=True)
    assert "named states and people linked to the labelled QID: 50.0% (2/4; below the 90.0% target)" in text
    assert "doc [45:52] 'Bob Ray' labelled Q11 (person, named): wrong; kg: 'Bob Ray' person/full-name Q13" in text
    as_json = json.loads(json.dumps(report.as_dict()))["elevant"]
    assert as_json["named"]["linked"] == 2 and as_json["labels_by"]["person/reference"]["unlinked"] == 1
    report.elevant.dated = False
    assert "--elevant-undated" in format_markdown(report)


# -- against the shared data ----------------------------------------------------------------------------


def _shared_score_module():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@needs_shared
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's N-Quads code, called by score.py
def test_same_figures_as_shared_score_py(tmp_path: Path) -> None:
    """kg's scorer and eval/score.py agree on the same dev graph, written to N-Quads and read back."""
    from kg.pipeline import build

    shared_score = _shared_score_module()
    pipeline = Pipeline()
    gold = read_jsonl(SHARED / "eval" / "dev.gold.jsonl")
    ids = {article["id"] for article in gold}
    out = tmp_path / "dev.nq"
    build([str(SHARED / "eval" / "dev.jsonl")], str(out), pipeline=pipeline)
    file_rows = shared_score.rows_from_graph(out, REPO / "queries")
    reference, _ = shared_score.score(gold, shared_score.predicted_sets(file_rows, ids))
    union = Graph()
    for result in pipeline.run(read_articles([SHARED / "eval" / "dev.jsonl"])):
        union += result.graph
    ours = score_gold_set("dev", gold, predicted_sets(contract_rows(union), ids))
    assert {layer: counts.as_dict() for layer, counts in ours.layers.items()} == reference
    assert sum(c.tp for c in ours.roots.values()) == reference["acts"]["tp"]
    assert sum(c.fp for c in ours.roots.values()) == reference["acts"]["fp"]
    assert sum(c.fn for c in ours.roots.values()) == reference["acts"]["fn"]


@needs_shared
def test_gsr_suites_read_every_record() -> None:
    report = evaluate(SHARED, ["petr2", "plover"])
    petr2, plover = report.gsr
    assert (petr2.records, petr2.noevent_records, petr2.gold_events) == (78, 12, 78)
    assert petr2.typed.gold == 55  # events whose two actor codes start with the ISO codes of two states
    assert plover.records == 322
    assert plover.typed.gold >= 170
    for score in (petr2, plover):
        assert 0 <= score.typed.found <= score.untyped.found <= score.typed.gold
        assert score.typed.correct <= score.typed.predicted
    assert set(plover.by_type) >= {"AGREE", "CONSULT", "DISAPPROVE"}


@needs_shared
def test_confli_suites_read_their_own_split() -> None:
    report = evaluate(SHARED, ["confli", "confli-train"])
    test_split, train_split = report.gsr
    assert (test_split.records, train_split.records) == (452, 1571)
    assert test_split.typed.gold >= 150 and train_split.typed.gold >= 200
    for score in (test_split, train_split):
        assert set(score.by_type) <= {"0", "1", "2", "3", "4"}
        assert 0 <= score.typed.found <= score.untyped.found <= score.typed.gold


@needs_shared
def test_kg_eval_seed_end_to_end() -> None:
    done = run_kg("eval", "--only", "seed", "--shared", str(SHARED))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for layer in ("states", "leaders", "acts", "alliances"):
        assert any(line.split()[:1] == [layer] and len(line.split()) == 7 for line in lines), done.stdout
    assert "acts by CAMEO root (seed)" in done.stdout

    as_json = run_kg("eval", "--only", "seed", "--shared", str(SHARED), "--json")
    seed = json.loads(as_json.stdout)["seed"]
    gold = read_jsonl(SHARED / "eval" / "seed.gold.jsonl")[0]
    required_states = [s for s in gold["states"] if not isinstance(s, dict) or not s.get("optional")]
    assert seed["layers"]["states"]["tp"] + seed["layers"]["states"]["fn"] == len(required_states)
    assert seed["articles"] == 1


def test_kg_eval_reports_a_missing_shared_folder(tmp_path: Path) -> None:
    done = run_kg("eval", "--only", "seed", "--shared", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "--shared" in done.stderr


def test_kg_eval_rejects_an_unknown_suite() -> None:
    done = run_kg("eval", "--only", "seed,gossip")
    assert done.returncode == 2
    assert "gossip" in done.stderr


@needs_shared
def test_elevant_suite_reads_every_document() -> None:
    gazetteer = load_gazetteer()
    records = read_jsonl(SHARED / "corpus" / "elevant_wikidata_el_news.jsonl")
    checked = [
        label
        for record in records
        for label in record["labels"]
        if (label["entity_id"] in gazetteer.states or label["entity_id"] in gazetteer.people)
        and not label.get("optional")
    ]
    score = evaluate(SHARED, ["elevant"]).elevant
    assert score is not None
    assert (score.documents, score.labels) == (len(records), sum(len(r["labels"]) for r in records))
    assert score.dated_documents == sum(1 for r in records if title_day(r["title"]))  # the records have no date
    assert score.labels_of(groups=("named", "reference")).total == len(checked)
    # a floor against regressions, well below today's figure (docs/accuracy.md)
    assert score.labels_of(["state"]).share("linked") >= 0.9
    assert score.labels_of().share("linked") >= 0.75
    undated = evaluate(SHARED, ["elevant"], elevant_dated=False).elevant
    assert undated is not None and undated.dated_documents == 0


@needs_shared
def test_kg_eval_elevant_end_to_end() -> None:
    done = run_kg("eval", "--only", "elevant", "--shared", str(SHARED), "--markdown", "--elevant-undated")
    assert done.returncode == 0, done.stderr
    assert "### Entity linking (ELEVANT news)" in done.stdout
    assert "--only elevant --elevant-undated --markdown" in done.stdout
    assert "no article given a date" in done.stdout
