"""How accurate is kg? Build graphs for gold sets and score them.

Four suites, all read from a folder of shared evaluation data that is *not* part of the
package (``kg eval --shared DIR``); nothing here is read unless an evaluation is asked for.

``seed`` and ``dev``
    Hand-annotated articles (``eval/*.jsonl`` and ``eval/*.gold.jsonl``). Each article is run
    through the pipeline, its graph is queried with the four contract queries (``states``,
    ``leaders``, ``acts``, ``alliances``) and the rows are scored as ``eval/score.py`` scores
    them: micro-averaged, set semantics per article, optional gold items neither rewarded nor
    penalised, ``sym`` acts matched in either direction, extra leaders not counted where the
    gold says ``leaders_complete: false``. On top of that: tp/fp/fn per CAMEO root, and a
    confusion table of predicted vs. gold root for predicted acts whose (actor, target) pair
    the gold also has.

``petr2``
    The PETRARCH-2 gold-standard validation sentences
    (``corpus/universalpetrarch_petr2_gsr_validation.jsonl``):
    gold events ``{source, target, code}`` in CAMEO actor codes. The first three letters of an
    actor code are an ISO 3166 alpha-3 code when the actor is a state ("USAGOV" -> USA -> Q30);
    "---", "IGO", "NGO", "IMG" and other non-state codes map to nothing.

``plover``
    The PLOVER gold-standard records (``corpus/plover_gsr_cameo.jsonl``): PLOVER event types with
    lists of source and target actors. kg's acts are given the PLOVER type of their act kind
    (``kg:kindPloverType`` in the ontology, from CAMEO2PLOVER 2021); the records use the older
    PLOVER 0.5 names, bridged by :data:`PLOVER_05_TO_2021`.

``confli`` and ``confli-train``
    The ConfliBERT CAMEO sentences (``corpus/conflibert_cameo.jsonl``, from Multi-CoPED): real news
    sentences, each with one gold event typed by PentaClass (0 statement and appeal, 1 verbal
    cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and its source and
    target written as text spans (an event both sides do has reciprocal spans instead, read as symmetric
    dyads between their states). The spans are read as the states kg finds inside them. ``confli`` scores
    the test split; ``confli-train`` the train split, which kg's rules were read against while writing
    them, so the test split is the fairer figure.

``elevant``
    Entity linking on the ELEVANT news benchmarks (``corpus/elevant_wikidata_el_news.jsonl``: News-Fair
    and MSNBC articles whose mentions are labelled with Wikidata QIDs). Every labelled mention whose QID
    is a state or a person of kg's gazetteer is checked against kg's mentions overlapping its span:
    linked (a mention with that QID; for a state also a mention acting for it), wrong (only mentions with
    other QIDs), unlinked (only mentions with no QID: minted people) or missed. The other way round, kg's
    state and person mentions inside the annotated span are checked against the labels they overlap.
    Labelled pronouns and lower-case descriptions ("the country") are counted apart from names.

For the GSR suites the unit is a gold dyad: (source state, type, target state), where the
type is the CAMEO root (petr2), the PLOVER type (plover) or the PentaClass (confli). Recall is the share of gold dyads
with two distinct states ("codable" dyads: the only ones kg can produce) that are among the
sentence's asserted acts; precision is the share of the predicted dyads that match a codable
gold dyad of the same sentence. Both are also given with the type ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import InputError
from kg.model import Act, Article, Mention, Modality
from kg.ontology import act_kinds, kind_for_cameo
from kg.query_library import load_query

SUITES = ("seed", "dev", "petr2", "plover", "confli", "confli-train", "elevant")
DEFAULT_SUITES = ("seed", "dev", "petr2", "plover", "confli", "elevant")
LAYERS = ("states", "leaders", "acts", "alliances")
CONTRACT_COLUMNS = {
    "states": ("articleId", "state"),
    "leaders": ("articleId", "leader", "state"),
    "acts": ("articleId", "actorState", "cameo", "targetState"),
    "alliances": ("articleId", "alliance", "member"),
}
# Where each suite's files are, relative to the shared folder.
GOLD_SET_FILES = {
    "seed": ("eval/seed.jsonl", "eval/seed.gold.jsonl"),
    "dev": ("eval/dev.jsonl", "eval/dev.gold.jsonl"),
}
GSR_FILES = {
    "petr2": "corpus/universalpetrarch_petr2_gsr_validation.jsonl",
    "plover": "corpus/plover_gsr_cameo.jsonl",
    "confli": "corpus/conflibert_cameo.jsonl",
    "confli-train": "corpus/conflibert_cameo.jsonl",
}
CONFLI_SPLITS = {"confli": "test", "confli-train": "train"}
GSR_TYPE_NAMES = {"petr2": "CAMEO root", "plover": "PLOVER type", "confli": "PentaClass", "confli-train": "PentaClass"}
GSR_TITLES = {
    "petr2": "PETRARCH-2 GSR validation",
    "plover": "PLOVER GSR",
    "confli": "ConfliBERT CAMEO sentences (test split)",
    "confli-train": "ConfliBERT CAMEO sentences (train split)",
}
# The PentaClass of each CAMEO root, as the CAMEO_ConfliBERT coders pair them ("0-2 Appeal", "3-9 Investigate",
# "3-16 Reduce relations", "4-14 Protest" in corpus/cameo_conflibert_coders.jsonl).
PENTA_CLASS_OF_ROOT = {
    **dict.fromkeys(("01", "02"), "0"),
    **dict.fromkeys(("03", "04", "05"), "1"),
    **dict.fromkeys(("06", "07", "08"), "2"),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4"),
}
CAMEO_ROOT_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "diplomatic cooperation",
    "06": "material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "unconventional mass violence",
}
ELEVANT_FILE = "corpus/elevant_wikidata_el_news.jsonl"
# What a labelled mention or one of kg's mentions came to: the outcomes of the linking suite.
LINK_OUTCOMES = ("linked", "wrong", "unlinked", "missed")
# kg reads these forms as their state by design (a city as a place in it, as annotation.md asks); ELEVANT links the
# city, the people or the building.
CONVENTIONAL_FORMS = frozenset({"capital", "demonym", "demonym-plural", "metonym", "city"})
LINKED_KINDS = ("state", "person")  # the kinds of entity the suite checks, as kg's Mention.kind names them
MENTION_GROUPS = ("named", "reference")  # names vs. pronouns and lower-case descriptions ("the country")
# The target: share of named gazetteer states and people linked to the labelled QID.
ELEVANT_TARGET = 0.90
_TITLE_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2}) - ")  # News-Fair titles begin with the crawl day
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs"}
    | {"himself", "herself", "itself", "themselves"}
)
# The PLOVER GSR is coded in PLOVER 0.5; the ontology's types follow CAMEO2PLOVER 2021, which renamed
# or merged some types. A gold type is matched by any of these predicted types (identity otherwise):
# DEMAND became REQUEST; DISAPPROVE and INVESTIGATE became modes of ACCUSE; FIGHT merged into ASSAULT;
# embargoes and sanctions (CAMEO 163), part of SANCTION in 0.5, are COERCE in 2021; and root 08 is split
# between CONCEDE and RETREAT by sub-code, which kg does not read, so either stands for the other.
PLOVER_05_TO_2021: dict[str, frozenset[str]] = {
    "DEMAND": frozenset({"REQUEST"}),
    "DISAPPROVE": frozenset({"ACCUSE"}),
    "INVESTIGATE": frozenset({"ACCUSE"}),
    "FIGHT": frozenset({"ASSAULT"}),
    "SANCTION": frozenset({"SANCTION", "COERCE"}),
    "RETREAT": frozenset({"RETREAT", "CONCEDE"}),
    "CONCEDE": frozenset({"CONCEDE", "RETREAT"}),
}
# Country codes of the CAMEO era that some GSR records still use instead of ISO 3166 alpha-3.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA"}
# PLOVER GSR dates are all this placeholder; giving it to the pipeline would make it read decades-old
# sentences as of 2000 (who held which office, which states existed).
PLOVER_PLACEHOLDER_DATE = "2000-01-01"

_WIKIDATA_ENTITY = re.compile(r"^https?://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
_CAMEO_ROOT = re.compile(r"(\d{2})")
_QID = re.compile(r"^Q[1-9][0-9]*$")


# ---------------------------------------------------------------------------------------------------------
# Result records
# ---------------------------------------------------------------------------------------------------------


def harmonic_mean(precision: float, recall: float) -> float:
    """F1: the harmonic mean of precision and recall, 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Tally:
    """GSR counts: recall counts gold dyads found, precision counts predicted dyads that are right.

    The two sides have different units, so they are kept apart rather than forced into tp/fp/fn.
    """

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        return {
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class ArticleErrors:
    """Per layer, the gold keys missed (``fn``) and the predicted keys not in the gold (``fp``)."""

    fn: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    fp: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class GoldSetScore:
    """The score of one hand-annotated set (seed or dev)."""

    name: str
    articles: int
    layers: dict[str, Counts]
    roots: dict[str, Counts]  # acts by CAMEO root
    confusion: dict[tuple[str, str], int]  # (gold root, predicted root) -> predicted acts on a gold pair
    errors: dict[str, ArticleErrors]
    seconds: float = 0.0
    pipeline_seconds: float = 0.0  # of which reading the articles into graphs; the rest is querying

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
            "pipeline_seconds": round(self.pipeline_seconds, 3),
            "layers": {layer: counts.as_dict() for layer, counts in self.layers.items()},
            "roots": {root: counts.as_dict() for root, counts in sorted(self.roots.items())},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
            "errors": {
                article: {
                    layer: {
                        "missed": [list(k) for k in errs.fn.get(layer, [])],
                        "extra": [list(k) for k in errs.fp.get(layer, [])],
                    }
                    for layer in LAYERS
                    if errs.fn.get(layer) or errs.fp.get(layer)
                }
                for article, errs in self.errors.items()
                if any(errs.fn.values()) or any(errs.fp.values())
            },
        }


@dataclass(frozen=True)
class GsrEvent:
    """One gold or predicted dyad: source and target states (None: not a state), type, direction."""

    source: str | None
    type: str
    target: str | None
    symmetric: bool = False

    @property
    def codable(self) -> bool:
        """Both sides are distinct states: the only events kg can produce."""
        return self.source is not None and self.target is not None and self.source != self.target


@dataclass
class GsrScore:
    """The score of one GSR suite (petr2, plover, confli)."""

    name: str
    records: int = 0
    noevent_records: int = 0  # gold says no event: every prediction there is a false positive
    skipped_records: int = 0  # gold marks an error: left out
    gold_events: int = 0  # every gold dyad, codable or not (a gold event with no codable dyad counts once)
    typed: Tally = field(default_factory=Tally)  # gold = codable dyads
    untyped: Tally = field(default_factory=Tally)  # the same with the type ignored
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    unmapped_predictions: int = 0  # asserted acts whose kind has no type of the GSR's vocabulary
    # Why codable gold dyads were missed (with their type): a state of the dyad was not found in the
    # sentence at all; both were found but no act joins them; an act joins them with another type.
    missed_state_not_found: int = 0
    missed_no_act: int = 0
    missed_other_type: int = 0
    errors: dict[str, dict[str, list[GsrEvent]]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def recall_all_events(self) -> float:
        """Share of every gold event found, including those with a side that is not a state."""
        return self.typed.found / self.gold_events if self.gold_events else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "noevent_records": self.noevent_records,
            "skipped_records": self.skipped_records,
            "gold_events": self.gold_events,
            "codable_events": self.typed.gold,
            "recall_all_events": round(self.recall_all_events, 4),
            "typed": self.typed.as_dict(),
            "untyped": self.untyped.as_dict(),
            "by_type": {t: tally.as_dict() for t, tally in sorted(self.by_type.items())},
            "unmapped_predictions": self.unmapped_predictions,
            "missed": {
                "state_not_found": self.missed_state_not_found,
                "no_act": self.missed_no_act,
                "other_type": self.missed_other_type,
            },
            "seconds": round(self.seconds, 3),
            "errors": {
                record: {side: [[e.source, e.type, e.target] for e in events] for side, events in sides.items()}
                for record, sides in self.errors.items()
            },
        }


@dataclass
class LinkTally:
    """What became of labelled mentions: linked to the labelled QID, linked elsewhere, found unlinked, missed."""

    linked: int = 0
    wrong: int = 0
    unlinked: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.linked + self.wrong + self.unlinked + self.missed

    def share(self, outcome: str) -> float:
        return getattr(self, outcome) / self.total if self.total else 0.0

    def add(self, other: LinkTally) -> None:
        for outcome in LINK_OUTCOMES:
            setattr(self, outcome, getattr(self, outcome) + getattr(other, outcome))

    def as_dict(self) -> dict[str, float]:
        return {
            "labels": self.total,
            **{outcome: getattr(self, outcome) for outcome in LINK_OUTCOMES},
            **{f"{outcome}_share": round(self.share(outcome), 4) for outcome in LINK_OUTCOMES},
        }


@dataclass
class AgreementTally:
    """kg's linked mentions inside the annotated text, by what the labels they overlap say.

    ``agree``: a label with the same QID overlaps; ``disagree``: labels with QIDs overlap, none the
    same; ``nil``: only labels the annotators could not link (``<NIL>`` or no QID); ``unlabelled``: no
    label. Of the disagreements, ``inside_longer`` are mentions inside a longer label (ELEVANT links the
    whole phrase, "U.S. Navy", and does not label the state within it) and ``convention`` are capitals,
    demonyms and seats of government that kg reads as their state by design while ELEVANT links the
    city, the people or the building ("Washington", "Americans", "the Kremlin").
    """

    agree: int = 0
    disagree: int = 0
    inside_longer: int = 0
    convention: int = 0
    nil: int = 0
    unlabelled: int = 0

    @property
    def precision(self) -> float:
        """Share of the mentions that overlap a linked label whose QID is the labelled one."""
        judged = self.agree + self.disagree
        return self.agree / judged if judged else 0.0

    @property
    def precision_like_for_like(self) -> float:
        """The same, leaving out mentions inside a longer label and the conventional readings: what is left
        are mentions where kg and the annotators read the same words as different entities."""
        judged = self.agree + self.disagree - self.inside_longer - self.convention
        return self.agree / judged if judged else 0.0

    def add(self, other: AgreementTally) -> None:
        for name in ("agree", "disagree", "inside_longer", "convention", "nil", "unlabelled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, float]:
        return {
            "agree": self.agree,
            "disagree": self.disagree,
            "inside_longer": self.inside_longer,
            "convention": self.convention,
            "nil": self.nil,
            "unlabelled": self.unlabelled,
            "precision": round(self.precision, 4),
            "precision_like_for_like": round(self.precision_like_for_like, 4),
        }


@dataclass(frozen=True)
class LinkError:
    """A labelled mention kg did not link to its QID (``side`` "label"), or a mention of kg's that a label
    contradicts (``side`` "kg"). ``found`` describes the other side's overlapping mentions."""

    article: str
    side: str
    kind: str
    group: str
    outcome: str
    start: int
    end: int
    text: str
    qid: str | None
    found: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "side": self.side,
            "kind": self.kind,
            "group": self.group,
            "outcome": self.outcome,
            "span": [self.start, self.end],
            "text": self.text,
            "qid": self.qid,
            "found": list(self.found),
        }


@dataclass
class ElevantScore:
    """The score of the entity-linking suite: labelled mentions by (kind, group), and kg's mentions."""

    name: str = "elevant"
    dated: bool = True  # whether articles were given their date (see elevant_article)
    documents: int = 0
    dated_documents: int = 0
    labels: int = 0  # every label, whatever its QID
    optional_labels: int = 0  # gazetteer labels marked optional: left out
    labels_by: dict[tuple[str, str], LinkTally] = field(default_factory=lambda: defaultdict(LinkTally))
    ours_by: dict[tuple[str, str], AgreementTally] = field(default_factory=lambda: defaultdict(AgreementTally))
    errors: list[LinkError] = field(default_factory=list)
    seconds: float = 0.0
    pipeline_seconds: float = 0.0

    def labels_of(self, kinds: Iterable[str] = LINKED_KINDS, groups: Iterable[str] = ("named",)) -> LinkTally:
        total = LinkTally()
        for kind in kinds:
            for group in groups:
                total.add(self.labels_by.get((kind, group), LinkTally()))
        return total

    def ours_of(self, kinds: Iterable[str] = LINKED_KINDS, groups: Iterable[str] = ("named",)) -> AgreementTally:
        total = AgreementTally()
        for kind in kinds:
            for group in groups:
                total.add(self.ours_by.get((kind, group), AgreementTally()))
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "dated": self.dated,
            "documents": self.documents,
            "dated_documents": self.dated_documents,
            "labels": self.labels,
            "optional_labels": self.optional_labels,
            "target": ELEVANT_TARGET,
            "named": self.labels_of().as_dict(),
            "labels_by": {
                f"{kind}/{group}": self.labels_by[(kind, group)].as_dict()
                for kind in LINKED_KINDS
                for group in MENTION_GROUPS
                if (kind, group) in self.labels_by
            },
            "kg_mentions_by": {
                f"{kind}/{group}": self.ours_by[(kind, group)].as_dict()
                for kind in LINKED_KINDS
                for group in MENTION_GROUPS
                if (kind, group) in self.ours_by
            },
            "seconds": round(self.seconds, 3),
            "pipeline_seconds": round(self.pipeline_seconds, 3),
            "errors": [error.as_dict() for error in self.errors],
        }


@dataclass
class EvaluationReport:
    """Everything ``kg eval`` measured, with when and on which code."""

    shared: str
    started: str  # ISO date-time
    commit: str | None
    gold_sets: list[GoldSetScore] = field(default_factory=list)
    gsr: list[GsrScore] = field(default_factory=list)
    elevant: ElevantScore | None = None
    setup_seconds: float = 0.0  # loading the gazetteer and lexicons
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "shared": self.shared,
            "started": self.started,
            "commit": self.commit,
            "setup_seconds": round(self.setup_seconds, 3),
            "seconds": round(self.seconds, 3),
            **{score.name: score.as_dict() for score in self.gold_sets},
            **{score.name: score.as_dict() for score in self.gsr},
            **({self.elevant.name: self.elevant.as_dict()} if self.elevant else {}),
        }


# ---------------------------------------------------------------------------------------------------------
# Scoring hand-annotated sets (the logic of eval/score.py)
# ---------------------------------------------------------------------------------------------------------

Predicted = dict[str, dict[str, set[tuple]]]  # layer -> article id -> keys


def entity_qid(value: str | None) -> str | None:
    """The QID of a Wikidata entity IRI; another bound value is kept, marked unlinked; None if unbound."""
    if value is None or value == "":
        return None
    match = _WIKIDATA_ENTITY.match(value.strip())
    return match.group(1) if match else f"<unlinked {value.strip()}>"


def contract_rows(graph: Graph) -> dict[str, list[dict[str, str | None]]]:
    """The rows of the four contract queries over ``graph``, by layer."""
    rows: dict[str, list[dict[str, str | None]]] = {}
    for layer in LAYERS:
        result = graph.query(load_query(layer))
        names = {str(v) for v in result.vars or ()}
        missing = [c for c in CONTRACT_COLUMNS[layer] if c not in names]
        if missing:
            raise InputError(f"{layer}.rq: the contract query does not select {', '.join('?' + m for m in missing)}")
        rows[layer] = [
            {c: None if row[c] is None else str(row[c]) for c in CONTRACT_COLUMNS[layer]}  # type: ignore[index]
            for row in result
        ]
    return rows


def predicted_sets(rows: dict[str, list[dict[str, str | None]]], ids: set[str]) -> Predicted:
    """Per layer and article, the keys the rows predict: what score.py compares with the gold."""
    predicted: Predicted = {layer: defaultdict(set) for layer in LAYERS}
    for row in rows.get("states", ()):
        article, state = row["articleId"], entity_qid(row["state"])
        if article in ids and state:
            predicted["states"][article].add(state)
    for row in rows.get("leaders", ()):
        article, leader, state = row["articleId"], entity_qid(row["leader"]), entity_qid(row["state"])
        if article in ids and leader and state:
            predicted["leaders"][article].add((leader, state))
    for row in rows.get("acts", ()):
        article, actor, target = (
            row["articleId"],
            entity_qid(row["actorState"]),
            entity_qid(row["targetState"]),
        )
        root = _CAMEO_ROOT.match((row["cameo"] or "").strip())
        if article in ids and actor and target and root:
            predicted["acts"][article].add((actor, root.group(1), target))
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows.get("alliances", ()):
        article, alliance, member = row["articleId"], row["alliance"], entity_qid(row["member"])
        if article in ids and alliance and member:
            members[(article, alliance)].add(member)
    for (article, _), states in members.items():
        predicted["alliances"][article].update(_pairs(states))
    return predicted


def _pairs(states: Iterable[str]) -> list[tuple[str, str]]:
    ordered = sorted(set(states))
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def gold_items(article: dict[str, Any]) -> dict[str, list[tuple[frozenset, bool]]]:
    """Per layer, the gold items of one article: (the predicted keys that match it, optional?)."""
    items: dict[str, list[tuple[frozenset, bool]]] = {layer: [] for layer in LAYERS}
    for state in article.get("states", []):
        if isinstance(state, dict):
            items["states"].append((frozenset([state["qid"]]), bool(state.get("optional"))))
        else:
            items["states"].append((frozenset([state]), False))
    for leader in article.get("leaders", []):
        items["leaders"].append((frozenset([(leader["leader"], leader["state"])]), bool(leader.get("optional"))))
    for act in article.get("acts", []):
        root = str(act["root"]).zfill(2)[:2]
        keys = {(act["actor"], root, act["target"])}
        if act.get("sym"):
            keys.add((act["target"], root, act["actor"]))
        items["acts"].append((frozenset(keys), bool(act.get("optional"))))
    for alliance in article.get("alliances", []):
        optional = bool(alliance.get("optional"))
        for pair in _pairs(alliance["members"]):
            items["alliances"].append((frozenset([pair]), optional))
    for (
        layer,
        listed,
    ) in items.items():  # one item per distinct key set; a required twin wins over an optional one
        merged: dict[frozenset, bool] = {}
        for keys, optional in listed:
            merged[keys] = merged.get(keys, True) and optional
        items[layer] = list(merged.items())
    return items


def score_gold_set(name: str, gold: Sequence[dict[str, Any]], predicted: Predicted) -> GoldSetScore:
    """Score predictions against a gold set: per layer, per CAMEO root, and the root confusion."""
    layers = {layer: Counts() for layer in LAYERS}
    roots: dict[str, Counts] = defaultdict(Counts)
    errors: dict[str, ArticleErrors] = {}
    for article in gold:
        article_id = article["id"]
        errs = errors.setdefault(article_id, ArticleErrors())
        items = gold_items(article)
        for layer in LAYERS:
            predicted_keys = set(predicted[layer].get(article_id, set()))
            claimed: set = set()
            for keys, optional in items[layer]:
                hit = keys & predicted_keys
                root = next(iter(keys))[1] if layer == "acts" else None
                if hit:
                    claimed |= hit
                    if not optional:
                        layers[layer].tp += 1
                        if root:
                            roots[root].tp += 1
                elif not optional:
                    layers[layer].fn += 1
                    errs.fn[layer].append(sorted(keys)[0])
                    if root:
                        roots[root].fn += 1
            extra = predicted_keys - claimed
            if layer == "leaders" and article.get("leaders_complete") is False:
                extra = set()  # the gold could not name every office-holder: extras are not judged
            layers[layer].fp += len(extra)
            errs.fp[layer].extend(sorted(extra))
            if layer == "acts":
                for key in extra:
                    roots[key[1]].fp += 1
    return GoldSetScore(name, len(gold), layers, dict(roots), root_confusion(gold, predicted["acts"]), errors)


def root_confusion(gold: Sequence[dict[str, Any]], predicted_acts: dict[str, set[tuple]]) -> dict[tuple[str, str], int]:
    """(gold root, predicted root) -> number of predicted acts whose (actor, target) pair the gold has.

    A predicted act whose root is one of the gold roots of its pair counts once on the diagonal;
    otherwise it counts once against each gold root of the pair. Optional gold acts count: they are
    still the annotator's reading of the pair. ``sym`` gold acts give both directions.
    """
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    for article in gold:
        gold_roots: dict[tuple[str, str], set[str]] = defaultdict(set)
        for act in article.get("acts", []):
            root = str(act["root"]).zfill(2)[:2]
            gold_roots[(act["actor"], act["target"])].add(root)
            if act.get("sym"):
                gold_roots[(act["target"], act["actor"])].add(root)
        for actor, root, target in predicted_acts.get(article["id"], set()):
            on_pair = gold_roots.get((actor, target))
            if not on_pair:
                continue
            if root in on_pair:
                confusion[(root, root)] += 1
            else:
                for gold_root in on_pair:
                    confusion[(gold_root, root)] += 1
    return dict(confusion)


# ---------------------------------------------------------------------------------------------------------
# Scoring GSR sentences
# ---------------------------------------------------------------------------------------------------------


def _same_dyad(gold: GsrEvent, predicted: GsrEvent) -> bool:
    if (gold.source, gold.target) == (predicted.source, predicted.target):
        return True
    return (gold.symmetric or predicted.symmetric) and (gold.target, gold.source) == (
        predicted.source,
        predicted.target,
    )


def score_gsr_record(
    score: GsrScore,
    record_id: str,
    gold: Iterable[GsrEvent],
    predicted: Iterable[GsrEvent],
    type_matches: Callable[[str, str], bool],
    states_found: set[str] | None = None,
) -> None:
    """Add one sentence's gold and predicted dyads to ``score``.

    ``type_matches(gold_type, predicted_type)`` says when the types agree. Gold dyads that are not
    codable count in ``gold_events`` only. Predictions are distinct (source, type, target) keys for the
    typed measure and distinct (source, target) pairs for the untyped one; a symmetric prediction
    matches either direction, as does a symmetric gold dyad. ``states_found``, the states kg found in
    the sentence, lets a miss be put down to a state not found rather than to a missing act.
    """
    gold_events = list(dict.fromkeys(gold))
    codable = [event for event in gold_events if event.codable]
    score.gold_events += len(gold_events)
    typed_predictions = _merge_symmetric(predicted, with_type=True)
    untyped_predictions = _merge_symmetric(typed_predictions, with_type=False)
    missed: list[GsrEvent] = []
    for event in codable:
        found = any(_same_dyad(event, p) and type_matches(event.type, p.type) for p in typed_predictions)
        score.typed.gold += 1
        score.by_type[event.type].gold += 1
        score.untyped.gold += 1
        dyad_found = any(_same_dyad(event, p) for p in untyped_predictions)
        if found:
            score.typed.found += 1
            score.by_type[event.type].found += 1
        else:
            missed.append(event)
            if dyad_found:
                score.missed_other_type += 1
            elif states_found is not None and not {event.source, event.target} <= states_found:
                score.missed_state_not_found += 1
            else:
                score.missed_no_act += 1
        if dyad_found:
            score.untyped.found += 1
    extra: list[GsrEvent] = []
    for prediction in typed_predictions:
        right = any(_same_dyad(event, prediction) and type_matches(event.type, prediction.type) for event in codable)
        score.typed.predicted += 1
        score.by_type[prediction.type].predicted += 1
        if right:
            score.typed.correct += 1
            score.by_type[prediction.type].correct += 1
        else:
            extra.append(prediction)
    for prediction in untyped_predictions:
        score.untyped.predicted += 1
        if any(_same_dyad(event, prediction) for event in codable):
            score.untyped.correct += 1
    if missed or extra:
        score.errors[record_id] = {"missed": missed, "extra": extra}


def _merge_symmetric(events: Iterable[GsrEvent], *, with_type: bool) -> list[GsrEvent]:
    """Distinct keys; a key predicted both plainly and symmetrically is kept as symmetric."""
    merged: dict[tuple[str | None, str, str | None], bool] = {}
    for event in events:
        key = (event.source, event.type if with_type else "", event.target)
        merged[key] = merged.get(key, False) or event.symmetric
    return [GsrEvent(source, kind, target, symmetric) for (source, kind, target), symmetric in merged.items()]


def iso3_states(gazetteer: Any) -> dict[str, str]:
    """ISO 3166 alpha-3 code -> state QID, from the gazetteer, with the CAMEO-era codes GSR files use."""
    by_code = {entry.iso3: qid for qid, entry in gazetteer.states.items() if entry.iso3}
    for legacy, iso3 in LEGACY_COUNTRY_CODES.items():
        if iso3 in by_code and legacy not in by_code:
            by_code[legacy] = by_code[iso3]
    return by_code


def actor_state(code: str | None, states_by_iso3: dict[str, str]) -> str | None:
    """The state a CAMEO actor code stands for ("USAGOV" -> the USA's QID), or None ("---REB", "IGOUNO")."""
    if not code or len(code) < 3:
        return None
    return states_by_iso3.get(code[:3].upper())


def petr2_gold(record: dict[str, Any], states_by_iso3: dict[str, str]) -> list[GsrEvent]:
    """The gold dyads of a PETRARCH-2 GSR record: one per event, typed by CAMEO root."""
    events = []
    for event in record.get("gold_events") or []:
        root = _CAMEO_ROOT.match(str(event.get("code", "")))
        if root is None:
            continue
        events.append(
            GsrEvent(
                actor_state(event.get("source"), states_by_iso3),
                root.group(1),
                actor_state(event.get("target"), states_by_iso3),
            )
        )
    return events


def plover_gold(record: dict[str, Any], states_by_iso3: dict[str, str]) -> list[GsrEvent]:
    """The gold dyads of a PLOVER GSR record.

    Each event gives a dyad per (source state, target state). An event with no target and two or more
    source states (the records' SRC/TAR compound actors: "X and Y agreed") gives symmetric dyads between
    the sources. An event with no dyad of two distinct states gives one non-codable dyad, so that it
    still counts among all gold events.
    """
    events: list[GsrEvent] = []
    for event in record.get("gold_events") or []:
        kind = str(event.get("code") or "").upper()
        sources = _plover_actor_states(event.get("source"), states_by_iso3)
        targets = _plover_actor_states(event.get("target"), states_by_iso3)
        dyads: list[GsrEvent] = []
        if isinstance(event.get("target"), list) and event["target"]:
            dyads = [GsrEvent(s, kind, t) for s in sources for t in targets if s and t and s != t]
        else:
            distinct = sorted({s for s in sources if s})
            dyads = [GsrEvent(a, kind, b, symmetric=True) for a, b in _pairs(distinct)]
        if dyads:
            events.extend(dyads)
        else:
            events.append(GsrEvent(next((s for s in sources if s), None), kind, next((t for t in targets if t), None)))
    return events


def _plover_actor_states(actors: Any, states_by_iso3: dict[str, str]) -> list[str | None]:
    if not isinstance(actors, list):
        return []
    return [actor_state(str(actor.get("code") or ""), states_by_iso3) for actor in actors if isinstance(actor, dict)]


def confli_gold(record: dict[str, Any], mentions: Sequence[Mention]) -> list[GsrEvent]:
    """The gold dyads of a ConfliBERT CAMEO record: each (source state, target state) of its event, the
    states being those kg found inside the source and target spans, and a symmetric dyad between each two
    states of its reciprocal spans ("The United States and Jordan have agreed": both sides act); an event
    with no such dyad gives one non-codable dyad."""
    text = str(record.get("text") or "")
    events: list[GsrEvent] = []
    for event in record.get("gold_events") or []:
        if event.get("code") is None:
            continue
        kind = str(event["code"])
        sources = _span_states(text, event.get("source"), mentions)
        targets = _span_states(text, event.get("target"), mentions)
        reciprocal = sorted(_span_states(text, event.get("reciprocal"), mentions))
        dyads = [GsrEvent(s, kind, t) for s in sources for t in targets if s != t]
        dyads += [GsrEvent(a, kind, b, symmetric=True) for a, b in _pairs(reciprocal)]
        events.extend(dyads or [GsrEvent(next(iter(sources), None), kind, next(iter(targets), None))])
    return events


def _span_states(text: str, spans: Any, mentions: Sequence[Mention]) -> list[str]:
    """States of the mentions inside each span's first occurrence in ``text``. The spans come tokenised
    ("Taiwan 's Vice Foreign Minister", "war - torn Mozambique"): a space between tokens may be none in the text."""
    states: list[str] = []
    for span in (str(span) for span in spans) if isinstance(spans, list) else []:
        tokens = span.split()
        found = re.search(r"\s*".join(re.escape(token) for token in tokens), text) if tokens else None
        if found is None:
            continue
        start, end = found.span()
        states += [m.state_qid for m in mentions if m.state_qid and start <= m.start and m.end <= end]
    return list(dict.fromkeys(states))


def penta_class(act: Act) -> str | None:
    """The PentaClass ("0".."4") of an act's CAMEO root."""
    root = _cameo_root_of(act)
    return PENTA_CLASS_OF_ROOT.get(root) if root else None


def plover_type_matches(gold_type: str, predicted_type: str) -> bool:
    return predicted_type in PLOVER_05_TO_2021.get(gold_type, frozenset({gold_type}))


def plover_type(act: Act) -> str | None:
    """The PLOVER type of an act's kind (``kg:kindPloverType``), or of the kind its CAMEO code stands for."""
    kinds = act_kinds()
    kind = kinds.get(act.kind) or kinds.get(kind_for_cameo(act.cameo))
    return kind.plover if kind else None


def asserted_dyads(acts: Iterable[Act], type_of: Callable[[Act], str | None]) -> tuple[list[GsrEvent], int]:
    """The (actor, type, target) dyads of the asserted acts, and how many acts had no type."""
    dyads: list[GsrEvent] = []
    untyped = 0
    for act in acts:
        if act.modality is not Modality.ASSERTED:
            continue
        kind = type_of(act)
        if kind is None:
            untyped += 1
            continue
        dyads.extend(GsrEvent(act.actor, kind, target, act.symmetric) for target in act.targets)
        if act.symmetric:  # multi-party talks: every pair of participants, as queries/acts.rq lists them
            dyads.extend(GsrEvent(a, kind, b, True) for a, b in _pairs(list(dict.fromkeys(act.targets))))
    return dyads, untyped


# ---------------------------------------------------------------------------------------------------------
# Scoring entity linking (ELEVANT)
# ---------------------------------------------------------------------------------------------------------


def mention_group(text: str, *, coreference: bool = False, form: str | None = None) -> str:
    """The group of a mention: "reference" for a pronoun or a lower-case description ("the country"),
    "named" for a name."""
    if coreference or form == "pronoun" or text.strip().lower() in _PRONOUNS:
        return "reference"
    return "named" if any(char.isupper() for char in text) else "reference"


def title_day(title: str | None) -> dt.date | None:
    """The day a News-Fair title begins with ("20180306 - ..."), or None."""
    match = _TITLE_DAY.match(title or "")
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def elevant_article(record: dict[str, Any], where: str, *, dated: bool = True) -> Article:
    """The article of an ELEVANT record, its text untouched so that the label offsets hold.

    Its date is the record's ``date`` when there is one, else the day its title begins with (News-Fair
    titles carry the crawl day); ``dated=False`` gives no date at all.
    """
    text = record.get("text")
    if not isinstance(text, str) or not text.strip() or record.get("id") in (None, ""):
        raise InputError(f"{where}: an ELEVANT record needs an 'id' and a 'text'; check the file")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    day = None
    if dated:
        day = _record_day(record.get("date"), where) or title_day(title)
    if title and _TITLE_DAY.match(title):
        title = title[_TITLE_DAY.match(title).end() :]  # type: ignore[union-attr]
    return Article(id=str(record["id"]), text=text, title=title or None, date=day, origin=where)


def _record_day(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not an ISO date; fix the record or drop its date") from None


def _labelled_span(record: dict[str, Any], where: str) -> tuple[int, int]:
    """The annotated part of the text: ``evaluation_span`` (News-Fair), else the whole text."""
    span = record.get("evaluation_span")
    if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return span[0], span[1]
    if span is not None:
        raise InputError(f"{where}: 'evaluation_span' is not [start, end]; check the file")
    return 0, len(record["text"])


def _label_spans(record: dict[str, Any], where: str) -> list[tuple[int, int, str, dict[str, Any]]]:
    labels = []
    for label in record.get("labels") or []:
        span = label.get("span") if isinstance(label, dict) else None
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            raise InputError(f"{where}: a label has no [start, end] 'span'; check the file")
        qid = str(label.get("entity_id") or "")
        labels.append((span[0], span[1], qid if _QID.match(qid) else "<NIL>", label))
    return labels


def _describe(mention: Mention) -> str:
    linked = mention.qid or "no QID"
    if mention.state_qid and mention.state_qid != mention.qid:
        linked += f" for {mention.state_qid}"
    return f"{mention.text!r} {mention.kind}/{mention.form} {linked}"


def score_elevant_document(
    score: ElevantScore,
    record: dict[str, Any],
    mentions: Sequence[Mention],
    state_qids: set[str] | dict[str, Any],
    person_qids: set[str] | dict[str, Any],
    where: str = "",
) -> None:
    """Add one labelled document's outcomes to ``score``.

    A label counts when its QID is a state of ``state_qids`` or a person of ``person_qids``. kg's
    mentions that overlap its span decide its outcome: linked when one has the label's QID (a state
    label is also linked by a mention acting for that state: ``state_qid``); else wrong when one of kind
    state, person or org has another QID; else unlinked when one has no QID (a minted person); else
    missed. Labels marked optional are left out. Conversely, each state or person mention of kg's with
    a QID inside the annotated span is judged by the labels it overlaps (see :class:`AgreementTally`).
    """
    article_id = str(record.get("id"))
    labels = _label_spans(record, where)
    score.documents += 1
    score.labels += len(labels)
    judged = [m for m in mentions if m.kind in ("state", "person", "org")]
    for start, end, qid, label in labels:
        kind = "state" if qid in state_qids else "person" if qid in person_qids else None
        if kind is None:
            continue
        if label.get("optional"):
            score.optional_labels += 1
            continue
        text = str(label.get("mention") or record["text"][start:end])
        group = mention_group(text, coreference=bool(label.get("coref")))
        overlapping = [m for m in judged if m.start < end and start < m.end]
        if any(m.qid == qid or (kind == "state" and m.state_qid == qid) for m in overlapping):
            outcome = "linked"
        elif any(m.qid for m in overlapping):
            outcome = "wrong"
        elif overlapping:
            outcome = "unlinked"
        else:
            outcome = "missed"
        tally = score.labels_by[(kind, group)]
        setattr(tally, outcome, getattr(tally, outcome) + 1)
        if outcome != "linked":
            found = tuple(_describe(m) for m in overlapping)
            score.errors.append(LinkError(article_id, "label", kind, group, outcome, start, end, text, qid, found))
    span_start, span_end = _labelled_span(record, where)
    seen: set[tuple[int, int, str, str]] = set()
    for mention in mentions:
        if mention.kind not in LINKED_KINDS or not mention.qid:
            continue
        if mention.start < span_start or mention.end > span_end:
            continue  # News-Fair labels only part of each article
        key = (mention.start, mention.end, mention.kind, mention.qid)
        if key in seen:
            continue  # two rules gave the same mention: judge it once
        seen.add(key)
        group = mention_group(mention.text, form=mention.form)
        tally = score.ours_by[(mention.kind, group)]
        overlapping = [
            (start, end, qid, label) for start, end, qid, label in labels if start < mention.end and mention.start < end
        ]
        linked = [(start, end, qid, label) for start, end, qid, label in overlapping if qid != "<NIL>"]
        linked_qids = {qid for _, _, qid, _ in linked}
        if mention.qid in linked_qids or (mention.kind == "state" and mention.state_qid in linked_qids):
            tally.agree += 1
        elif linked:
            tally.disagree += 1
            outcome = "disagree"
            if all(
                start <= mention.start and mention.end <= end and end - start > mention.end - mention.start
                for start, end, _, _ in linked
            ):
                tally.inside_longer += 1
                outcome = "inside a longer label"
            elif mention.form in CONVENTIONAL_FORMS:
                tally.convention += 1
                outcome = f"{mention.form} read as its state"
            found = tuple(f"{label.get('mention')!r} {qid} ({label.get('name')})" for _, _, qid, label in linked)
            score.errors.append(
                LinkError(
                    article_id,
                    "kg",
                    mention.kind,
                    group,
                    outcome,
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.qid,
                    found,
                )
            )
        elif overlapping:
            tally.nil += 1
        else:
            tally.unlabelled += 1


def evaluate_elevant(path: Path, pipeline: Any, *, dated: bool = True) -> ElevantScore:
    """Run the pipeline's extraction on every ELEVANT document and score its state and person links."""
    gazetteer = pipeline.gazetteer
    score = ElevantScore(dated=dated)
    for number, record in enumerate(_iter_jsonl(path), start=1):
        where = f"{path} line {number}"
        article = elevant_article(record, where, dated=dated)
        score.dated_documents += article.date is not None
        started = time.perf_counter()
        extraction = pipeline.extract(article)
        score.pipeline_seconds += time.perf_counter() - started
        score_elevant_document(score, record, extraction.mentions, gazetteer.states, gazetteer.people, where)
    return score


# ---------------------------------------------------------------------------------------------------------
# Running the suites
# ---------------------------------------------------------------------------------------------------------


def evaluate(
    shared: str | Path,
    suites: Sequence[str] = DEFAULT_SUITES,
    *,
    pipeline: Any = None,
    elevant_dated: bool = True,
) -> EvaluationReport:
    """Build and score every suite of ``suites`` with the evaluation data in the folder ``shared``.

    ``elevant_dated=False`` gives the ELEVANT articles no date (see :func:`elevant_article`).

    Raises InputError when the folder or a file a suite needs is missing or unreadable, or a suite
    name is unknown.
    """
    shared_dir = Path(shared)
    unknown = [name for name in suites if name not in SUITES]
    if unknown:
        raise InputError(f"unknown suite {', '.join(unknown)}; choose among {', '.join(SUITES)}")
    _check_shared(shared_dir, suites)
    started = time.perf_counter()
    report = EvaluationReport(
        shared=str(shared_dir),
        started=dt.datetime.now().isoformat(timespec="seconds"),
        commit=source_commit(),
    )
    if pipeline is None:
        from kg.pipeline import Pipeline

        pipeline = Pipeline()
    report.setup_seconds = time.perf_counter() - started
    for name in suites:
        suite_started = time.perf_counter()
        if name in GOLD_SET_FILES:
            articles_file, gold_file = GOLD_SET_FILES[name]
            score = evaluate_gold_set(name, shared_dir / articles_file, shared_dir / gold_file, pipeline)
            score.seconds = time.perf_counter() - suite_started
            report.gold_sets.append(score)
        elif name == "elevant":
            report.elevant = evaluate_elevant(shared_dir / ELEVANT_FILE, pipeline, dated=elevant_dated)
            report.elevant.seconds = time.perf_counter() - suite_started
        else:
            gsr = evaluate_gsr(name, shared_dir / GSR_FILES[name], pipeline)
            gsr.seconds = time.perf_counter() - suite_started
            report.gsr.append(gsr)
    report.seconds = time.perf_counter() - started
    return report


def _check_shared(shared_dir: Path, suites: Sequence[str]) -> None:
    if not shared_dir.is_dir():
        raise InputError(f"{shared_dir}: no such folder of evaluation data; pass --shared DIR (the folder with eval/)")
    files = {**GOLD_SET_FILES, **{name: (path,) for name, path in GSR_FILES.items()}, "elevant": (ELEVANT_FILE,)}
    needed = [path for name in suites for path in files[name]]
    missing = [path for path in needed if not (shared_dir / path).is_file()]
    if missing:
        raise InputError(f"{shared_dir}: lacks {', '.join(missing)}; pass --shared DIR or choose suites with --only")


def evaluate_gold_set(name: str, articles_file: Path, gold_file: Path, pipeline: Any) -> GoldSetScore:
    """Run the pipeline on the articles of ``articles_file`` and score their graphs against ``gold_file``."""
    from kg.read import read_articles

    gold = read_jsonl(gold_file)
    union = Graph()
    count = 0
    started = time.perf_counter()
    for result in pipeline.run(read_articles([articles_file])):
        union += result.graph
        count += 1
    pipeline_seconds = time.perf_counter() - started
    predicted = predicted_sets(contract_rows(union), {article["id"] for article in gold})
    score = score_gold_set(name, gold, predicted)
    score.articles = count
    score.pipeline_seconds = pipeline_seconds
    return score


def evaluate_gsr(name: str, path: Path, pipeline: Any) -> GsrScore:
    """Run the pipeline on every sentence of a GSR file and score its asserted acts."""
    from kg.read import article_from_record

    states_by_iso3 = iso3_states(pipeline.gazetteer)
    if name == "petr2":
        gold_of, type_of, matches = petr2_gold, _cameo_root_of, _same_type
    elif name == "plover":
        gold_of, type_of, matches = plover_gold, plover_type, plover_type_matches
    else:
        gold_of, type_of, matches = None, penta_class, _same_type
    score = GsrScore(name)
    for number, record in enumerate(_iter_jsonl(path), start=1):
        if name in CONFLI_SPLITS and record.get("split") != CONFLI_SPLITS[name]:
            continue
        if record.get("gold_error"):
            score.skipped_records += 1
            continue
        fields = dict(record, date=_gsr_date(record.get("date"), name))
        article: Article = article_from_record(fields, f"{path} line {number}")
        result = pipeline.process(article)
        predicted, untyped = asserted_dyads(result.extraction.acts, type_of)
        score.records += 1
        score.unmapped_predictions += untyped
        if record.get("gold_noevents"):
            score.noevent_records += 1
        states_found = {m.state_qid for m in result.extraction.mentions if m.state_qid}
        gold = (
            gold_of(record, states_by_iso3) if gold_of is not None else confli_gold(record, result.extraction.mentions)
        )
        score_gsr_record(score, article.id, gold, predicted, matches, states_found=states_found)
    return score


def _gsr_date(value: Any, suite: str) -> str | None:
    """The record's date when it is a real ISO date; the PLOVER placeholder and stray forms ("121108") are
    dropped, since a wrong date misleads the pipeline more than no date."""
    if not isinstance(value, str) or (suite == "plover" and value == PLOVER_PLACEHOLDER_DATE):
        return None
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return value


def _cameo_root_of(act: Act) -> str | None:
    root = _CAMEO_ROOT.match(act.cameo)
    return root.group(1) if root else None


def _same_type(gold_type: str, predicted_type: str) -> bool:
    return gold_type == predicted_type


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return list(_iter_jsonl(path))


def _iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{path} line {number}: not valid JSON ({exc.msg}); fix or replace the file"
                    ) from exc
                if not isinstance(record, dict):
                    raise InputError(f"{path} line {number}: not a JSON object; each line must be one record")
                yield record
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the --shared folder") from exc


def source_commit() -> str | None:
    """``git rev-parse --short HEAD`` of the checkout kg runs from.

    "+changes" is appended when the checkout holds files that differ from that commit.
    """
    where = Path(__file__).resolve().parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=where,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if head.returncode != 0 or not head.stdout.strip():
            return None
        status = subprocess.run(
            ["git", "status", "--porcelain", "--", "."],
            cwd=where.parent,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return head.stdout.strip() + ("+changes" if status.returncode == 0 and status.stdout.strip() else "")


# ---------------------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------------------


def _ratio(value: float) -> str:
    return f"{value:.3f}"


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def format_text(report: EvaluationReport, *, errors: bool = False) -> str:
    """A plain-text report for a terminal."""
    lines = [f"kg eval  {report.started}  commit {report.commit or 'unknown'}  shared {report.shared}"]
    for score in report.gold_sets:
        lines += [
            "",
            f"== {score.name}: {score.articles} articles, {score.seconds:.1f} s "
            f"({score.pipeline_seconds:.1f} s in the pipeline, the rest querying the graph)",
        ]
        lines.append(f"{'layer':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>7} {'rec':>7} {'f1':>7}")
        for layer, counts in score.layers.items():
            lines.append(
                f"{layer:<10} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5} {_ratio(counts.precision):>7} "
                f"{_ratio(counts.recall):>7} {_ratio(counts.f1):>7}"
            )
        lines += [
            "",
            f"acts by CAMEO root ({score.name})",
            f"{'root':<5} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>7} {'rec':>7}  name",
        ]
        for root, counts in sorted(score.roots.items()):
            lines.append(
                f"{root:<5} {counts.tp:>4} {counts.fp:>4} {counts.fn:>4} {_ratio(counts.precision):>7} "
                f"{_ratio(counts.recall):>7}  {CAMEO_ROOT_NAMES.get(root, '')}"
            )
        off_diagonal = {k: n for k, n in score.confusion.items() if k[0] != k[1]}
        on_diagonal = sum(n for k, n in score.confusion.items() if k[0] == k[1])
        lines.append(
            f"root confusion on gold pairs: {on_diagonal} predicted with a gold root, "
            f"{sum(off_diagonal.values())} with another root"
            + ("".join(f"\n  gold {g} -> predicted {p}: {n}" for (g, p), n in sorted(off_diagonal.items())))
        )
        if errors:
            for article, errs in score.errors.items():
                for layer in LAYERS:
                    if errs.fn.get(layer) or errs.fp.get(layer):
                        lines.append(
                            f"{article} {layer}: missed {errs.fn.get(layer, [])} extra {errs.fp.get(layer, [])}"
                        )
    for gsr in report.gsr:
        type_name = GSR_TYPE_NAMES[gsr.name]
        lines += [
            "",
            f"== {gsr.name}: {gsr.records} sentences ({gsr.noevent_records} with no event, "
            f"{gsr.skipped_records} skipped), {gsr.seconds:.1f} s",
        ]
        lines.append(f"gold events {gsr.gold_events}, between two states (codable) {gsr.typed.gold}")
        lines.append(f"{'':<22} {'recall':>8} {'precision':>10} {'f1':>7}")
        for label, tally in ((f"with {type_name}", gsr.typed), (f"{type_name} ignored", gsr.untyped)):
            lines.append(
                f"{label:<22} {_percent(tally.recall):>8} {_percent(tally.precision):>10} "
                f"{_ratio(tally.f1):>7}   ({tally.found}/{tally.gold} found, "
                f"{tally.correct}/{tally.predicted} right)"
            )
        lines.append(f"recall over all gold events (non-state sides included): {_percent(gsr.recall_all_events)}")
        lines.append(f"missed codable events: {_miss_causes(gsr)}")
        if gsr.unmapped_predictions:
            lines.append(f"asserted acts with no {type_name} (left out): {gsr.unmapped_predictions}")
        lines.append(f"{type_name:<12} {'gold':>5} {'found':>6} {'recall':>8} {'pred':>5} {'right':>6} {'prec':>7}")
        for kind, tally in sorted(gsr.by_type.items()):
            lines.append(
                f"{kind:<12} {tally.gold:>5} {tally.found:>6} "
                f"{_percent(tally.recall) if tally.gold else '-':>8} "
                f"{tally.predicted:>5} {tally.correct:>6} "
                f"{_percent(tally.precision) if tally.predicted else '-':>7}"
            )
        if errors:
            for record, sides in gsr.errors.items():
                lines.append(
                    f"{record}: missed {[_event_text(e) for e in sides['missed']]} "
                    f"extra {[_event_text(e) for e in sides['extra']]}"
                )
    if report.elevant:
        lines += _elevant_text(report.elevant, errors=errors)
    lines += ["", f"time: {report.seconds:.1f} s in all, {report.setup_seconds:.1f} s loading the gazetteer"]
    return "\n".join(lines)


def _elevant_rows(score: ElevantScore) -> list[tuple[str, LinkTally]]:
    """The rows of the linking table: each kind and group, then the headline and the grand total."""
    rows = [
        (f"{kind} {'names' if group == 'named' else 'pronouns, descriptions'}", score.labels_of([kind], [group]))
        for group in MENTION_GROUPS
        for kind in LINKED_KINDS
    ]
    rows.append(("states + people, names", score.labels_of()))
    rows.append(("states + people, all", score.labels_of(groups=MENTION_GROUPS)))
    return rows


def _ours_rows(score: ElevantScore) -> list[tuple[str, AgreementTally]]:
    rows = [
        (f"{kind} {'names' if group == 'named' else 'pronouns, descriptions'}", score.ours_of([kind], [group]))
        for group in MENTION_GROUPS
        for kind in LINKED_KINDS
    ]
    rows.append(("states + people, names", score.ours_of()))
    return rows


def _elevant_dates(score: ElevantScore) -> str:
    if not score.dated:
        return "no article given a date"
    return f"{score.dated_documents} of {score.documents} dated"


def _elevant_text(score: ElevantScore, *, errors: bool) -> list[str]:
    named = score.labels_of()
    lines = [
        "",
        f"== elevant: {score.documents} documents ({_elevant_dates(score)}), {score.labels} labels, "
        f"{score.seconds:.1f} s",
        f"labels of gazetteer states and people ({score.optional_labels} optional left out), by what kg made of them",
        f"{'':<36} {'labels':>6} {'linked':>8} {'wrong':>7} {'no QID':>7} {'missed':>7}",
    ]
    for label, tally in _elevant_rows(score):
        lines.append(
            f"{label:<36} {tally.total:>6} {_percent(tally.share('linked')):>8} "
            f"{_percent(tally.share('wrong')):>7} {_percent(tally.share('unlinked')):>7} "
            f"{_percent(tally.share('missed')):>7}"
        )
    verdict = "meets" if named.share("linked") >= ELEVANT_TARGET else "below"
    lines.append(
        f"named states and people linked to the labelled QID: {_percent(named.share('linked'))} "
        f"({named.linked}/{named.total}; {verdict} the {_percent(ELEVANT_TARGET)} target)"
    )
    lines += [
        "kg's state and person mentions with a QID inside the annotated text, by the labels they overlap",
        "(other: a label with another QID; of which inside: within a longer label, conv.: a capital, other city, "
        "demonym or seat of government read as its state; like4like: precision without those two)",
        f"{'':<36} {'agree':>6} {'other':>6} {'inside':>7} {'conv.':>6} {'NIL':>5} {'none':>5} "
        f"{'precision':>10} {'like4like':>10}",
    ]
    for label, ours in _ours_rows(score):
        like_for_like = ours.agree + ours.disagree - ours.inside_longer - ours.convention
        lines.append(
            f"{label:<36} {ours.agree:>6} {ours.disagree:>6} {ours.inside_longer:>7} {ours.convention:>6} "
            f"{ours.nil:>5} {ours.unlabelled:>5} "
            f"{_percent(ours.precision) if ours.agree + ours.disagree else '-':>10} "
            f"{_percent(ours.precision_like_for_like) if like_for_like else '-':>10}"
        )
    if errors:
        for error in score.errors:
            if error.side == "label":
                lines.append(
                    f"{error.article} [{error.start}:{error.end}] {error.text!r} labelled {error.qid} "
                    f"({error.kind}, {error.group}): {error.outcome}"
                    + (f"; kg: {'; '.join(error.found)}" if error.found else "")
                )
            else:
                lines.append(
                    f"{error.article} [{error.start}:{error.end}] kg {error.text!r} {error.kind} {error.qid} "
                    f"({error.group}): {error.outcome}; labelled {'; '.join(error.found)}"
                )
    return lines


def _miss_causes(gsr: GsrScore) -> str:
    return (
        f"{gsr.missed_state_not_found} with a state kg did not find in the sentence, "
        f"{gsr.missed_no_act} with both states found but no act between them, "
        f"{gsr.missed_other_type} with an act of another type"
    )


def _event_text(event: GsrEvent) -> str:
    arrow = "<->" if event.symmetric else "->"
    return f"{event.source or '?'} {event.type} {arrow} {event.target or '?'}"


def format_markdown(report: EvaluationReport) -> str:
    """Tables ready to paste into docs/accuracy.md, headed by the date, commit and command."""
    names = [s.name for s in report.gold_sets] + [s.name for s in report.gsr]
    names += [report.elevant.name] if report.elevant else []
    undated = " --elevant-undated" if report.elevant and not report.elevant.dated else ""
    lines = [
        f"Measured {report.started[:10]} on commit `{report.commit or 'unknown'}` with "
        f"`kg eval --only {','.join(names)}{undated} --markdown` ({report.seconds:.1f} s in all).",
    ]
    if report.gold_sets:
        lines += [
            "",
            "### Hand-annotated articles",
            "",
            "| set | layer | tp | fp | fn | precision | recall | F1 |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for score in report.gold_sets:
            for layer, counts in score.layers.items():
                lines.append(
                    f"| {score.name} | {layer} | {counts.tp} | {counts.fp} | {counts.fn} | "
                    f"{_ratio(counts.precision)} | {_ratio(counts.recall)} | {_ratio(counts.f1)} |"
                )
    for score in report.gold_sets:
        if not score.roots:
            continue
        lines += [
            "",
            f"### Acts by CAMEO root ({score.name})",
            "",
            "| root | | tp | fp | fn | precision | recall |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for root, counts in sorted(score.roots.items()):
            lines.append(
                f"| {root} | {CAMEO_ROOT_NAMES.get(root, '')} | {counts.tp} | {counts.fp} | {counts.fn} | "
                f"{_ratio(counts.precision)} | {_ratio(counts.recall)} |"
            )
        if score.confusion:
            gold_roots = sorted({g for g, _ in score.confusion})
            predicted_roots = sorted({p for _, p in score.confusion})
            lines += [
                "",
                f"Root confusion ({score.name}): predicted acts on a pair the gold has; rows gold root, "
                "columns predicted root.",
                "",
                "| gold \\ predicted | " + " | ".join(predicted_roots) + " |",
                "|---|" + "---:|" * len(predicted_roots),
            ]
            for gold_root in gold_roots:
                cells = [str(score.confusion.get((gold_root, p), "")) for p in predicted_roots]
                lines.append(f"| {gold_root} | " + " | ".join(cells) + " |")
    for gsr in report.gsr:
        type_name = GSR_TYPE_NAMES[gsr.name]
        title = GSR_TITLES[gsr.name]
        lines += [
            "",
            f"### {title}",
            "",
            f"{gsr.records} sentences ({gsr.noevent_records} with no event), {gsr.gold_events} gold events, "
            f"{gsr.typed.gold} of them between two states.",
            "",
            "| measure | recall | precision | F1 | found | right / predicted |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for label, tally in ((f"with {type_name}", gsr.typed), (f"{type_name} ignored", gsr.untyped)):
            lines.append(
                f"| {label} | {_percent(tally.recall)} | {_percent(tally.precision)} | {_ratio(tally.f1)} | "
                f"{tally.found}/{tally.gold} | {tally.correct}/{tally.predicted} |"
            )
        lines.append(
            f"| with {type_name}, all gold events | {_percent(gsr.recall_all_events)} | | | "
            f"{gsr.typed.found}/{gsr.gold_events} | |"
        )
        lines += ["", f"Missed events between two states: {_miss_causes(gsr)}."]
        lines += [
            "",
            f"| {type_name} | gold | found | recall | predicted | right | precision |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for kind, tally in sorted(gsr.by_type.items()):
            lines.append(
                f"| {kind} | {tally.gold} | {tally.found} | "
                f"{_percent(tally.recall) if tally.gold else '–'} | "
                f"{tally.predicted} | {tally.correct} | "
                f"{_percent(tally.precision) if tally.predicted else '–'} |"
            )
        if gsr.unmapped_predictions:
            lines.append(f"\nAsserted acts with no {type_name}, left out: {gsr.unmapped_predictions}.")
    if report.elevant:
        lines += _elevant_markdown(report.elevant)
    lines += [
        "",
        "### Time",
        "",
        "| suite | items | seconds | of which pipeline | items per second (pipeline) |",
        "|---|---:|---:|---:|---:|",
        f"| loading | | {report.setup_seconds:.2f} | | |",
    ]
    timings = [(s.name, s.articles, s.seconds, s.pipeline_seconds) for s in report.gold_sets]
    timings += [(g.name, g.records, g.seconds, g.seconds) for g in report.gsr]
    if report.elevant:
        elevant = report.elevant
        timings.append((elevant.name, elevant.documents, elevant.seconds, elevant.pipeline_seconds))
    for name, items, seconds, pipeline_seconds in timings:
        rate = f"{items / pipeline_seconds:.1f}" if pipeline_seconds else ""
        lines.append(f"| {name} | {items} | {seconds:.2f} | {pipeline_seconds:.2f} | {rate} |")
    return "\n".join(lines) + "\n"


def _elevant_markdown(score: ElevantScore) -> list[str]:
    named = score.labels_of()
    lines = [
        "",
        "### Entity linking (ELEVANT news)",
        "",
        f"{score.documents} documents ({_elevant_dates(score)}), {score.labels} labels; "
        f"{score.labels_of(groups=MENTION_GROUPS).total} of them name a state or person of the gazetteer "
        f"({score.optional_labels} optional left out). Named states and people linked to the labelled QID: "
        f"**{_percent(named.share('linked'))}** ({named.linked}/{named.total}; target "
        f"{_percent(ELEVANT_TARGET)}).",
        "",
        "| labelled mentions | labels | linked | wrong QID | found, no QID | missed |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, tally in _elevant_rows(score):
        lines.append(
            f"| {label} | {tally.total} | {_percent(tally.share('linked'))} | {_percent(tally.share('wrong'))} | "
            f"{_percent(tally.share('unlinked'))} | {_percent(tally.share('missed'))} |"
        )
    lines += [
        "",
        "kg's mentions with a QID inside the annotated text, by the labels they overlap. Precision = same "
        "QID / overlapping a label with a QID. *Like for like* leaves out the two kinds of disagreement that "
        'come from differing conventions: a mention inside a longer label (ELEVANT links "U.S. Navy" as '
        "a whole and has no label for the state in it) and a capital, other city, demonym or seat of government "
        "that kg reads as its state where ELEVANT links the city, the people or the building.",
        "",
        "| kg mentions | same QID | other QID | of which inside a longer label | of which capital, city, "
        "demonym, seat | NIL label | no label | precision | precision, like for like |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, ours in _ours_rows(score):
        precision = _percent(ours.precision) if ours.agree + ours.disagree else "–"
        judged = ours.agree + ours.disagree - ours.inside_longer - ours.convention
        like_for_like = _percent(ours.precision_like_for_like) if judged else "–"
        lines.append(
            f"| {label} | {ours.agree} | {ours.disagree} | {ours.inside_longer} | {ours.convention} | {ours.nil} | "
            f"{ours.unlabelled} | {precision} | {like_for_like} |"
        )
    return lines
