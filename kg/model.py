"""The records that flow through the pipeline: read -> extract -> link -> build.

Every stage takes and returns these plain, picklable dataclasses, so that a
stage can run in a worker process and its output can be inspected in tests
without RDF. Offsets are 0-based character offsets into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Modality(StrEnum):
    """Whether an act happened; mirrors kg:Asserted / kg:Negated / kg:Hypothetical."""

    ASSERTED = "Asserted"
    NEGATED = "Negated"
    HYPOTHETICAL = "Hypothetical"


class Granularity(StrEnum):
    """Precision of a resolved date; mirrors the kg:DateGranularity individuals."""

    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    YEAR = "Year"


@dataclass(frozen=True)
class Article:
    """One input article. ``date`` is the publication date, when known."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    origin: str | None = None  # the file (and line) the article was read from, for error messages


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ResolvedDate:
    value: dt.date
    granularity: Granularity
    text: str


@dataclass
class Mention:
    """A span naming a state, person or organisation.

    ``kind`` says what the referent is ("state", "person", "org"); ``form`` says how
    it is named (name, abbreviation, demonym, capital, metonym, full-name, surname,
    title, pronoun). ``qid`` is the Wikidata id once linked; ``state_qid`` is the
    state a person or state-organ mention acts for.
    """

    start: int
    end: int
    text: str
    kind: str
    form: str
    rule: str
    sentence: int
    qid: str | None = None
    state_qid: str | None = None
    label: str | None = None
    office_qid: str | None = None
    office_title: str | None = None
    role: str | None = None
    holding_start: str | None = None
    holding_end: str | None = None
    candidates: tuple[str, ...] = ()  # gazetteer person QIDs the name may stand for, before linking
    confidence: float = 1.0

    @property
    def referent(self) -> str | None:
        """Who or what the mention stands for: its Wikidata id, else (a person with none) its label."""
        return self.qid or self.label


@dataclass
class Act:
    """A diplomatic act read from one sentence."""

    actor: str  # state QID
    targets: list[str]  # state QIDs
    kind: str  # local name of an act-kind class in ontology/act_kinds.ttl
    cameo: str  # CAMEO code, two to four digits
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    rule: str
    modality: Modality = Modality.ASSERTED
    extra_kinds: list[str] = field(default_factory=list)
    symmetric: bool = False
    date: ResolvedDate | None = None
    place_qid: str | None = None
    place_name: str | None = None
    quote: str | None = None
    actor_agent: str | None = None  # person QID or minted key
    target_agent: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.7


@dataclass
class AllianceClaim:
    """An article's statement that states are allied."""

    members: list[str]  # state QIDs
    kind: str  # TreatyAlliance | DefencePact | OrganisationMembership | StrategicPartnership
    sentence: int
    rule: str
    start: int  # offsets of the words that state the alliance
    end: int
    organisation: str | None = None  # QID of the named alliance or organisation
    organisation_label: str | None = None
    confidence: float = 0.8


@dataclass
class Extraction:
    """Everything read from one article: the result of extract + link for that article."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    acts: list[Act]
    alliances: list[AllianceClaim]
    warnings: list[str] = field(default_factory=list)
