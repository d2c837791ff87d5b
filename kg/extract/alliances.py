"""Find statements that states are allied, with the rules in ``kg/data/rules/alliances.jsonl``.

Each rule has a pattern and a strategy that says where the members are:
``possessive`` ("China is North Korea's treaty ally": the subject and the possessor),
``subject-object`` ("a close ally of the United States"), ``pair`` ("the two allies":
the two states of the sentence, or else the two the article names most),
``coordinated`` ("X and Y are allies"), ``membership`` ("Poland and Hungary became
members of NATO"), ``org-allies`` ("NATO allies": the states of the sentence that the
gazetteer lists as members), ``named-group`` ("the Quad members": the states of the sentence
that the rule itself lists, for groupings the gazetteer has no record of), ``compound`` ("the Japan-U.S.
alliance": the states a hyphen joins). Negated or future
statements are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.acts import NEGATION, Phrase, state_phrases
from kg.extract.mentions import split_places
from kg.gazetteer import Gazetteer
from kg.model import AllianceClaim, Article, Mention, Sentence
from kg.rulefiles import packaged_rules

_FUTURE_OR_DENIAL = re.compile(
    r"\b(?:would|will|could|may|might|seek|seeks|seeking|pursue|pursuing|deny|denies|denied|if|whether|not|"
    r"hopes?|hoping|wants?|bid|aspir\w*|invited to|apply|applied|applying|candidacy|application|drive towards?|"
    r"scheduled|expected|due|set to|plans?|planned|after)\b",
    re.I,
)


@dataclass(frozen=True)
class AllianceRule:
    id: str
    strategy: str
    pattern: str
    kind: str
    members: frozenset[str] = frozenset()  # for a named grouping with no organisation record: who belongs to it
    since: int | None = None  # the year the grouping was formed


@lru_cache(maxsize=1)
def alliance_rules() -> tuple[AllianceRule, ...]:
    entries = packaged_rules("alliances.jsonl", ("strategy", "pattern", "kind", "examples", "counter_examples"))
    return tuple(
        AllianceRule(
            entry["id"],
            entry["strategy"],
            entry["pattern"],
            entry["kind"],
            frozenset(entry.get("members", ())),
            entry.get("since"),
        )
        for entry in entries
    )


# Organisations whose membership binds states as allies or a close bloc (annotation: "NATO allies", "fellow
# ASEAN members", "members of the Quad"): military alliances and regional unions, not universal bodies.
BLOC_QIDS = frozenset(
    {
        "Q7184",  # NATO
        "Q41644",  # Warsaw Pact
        "Q277252",  # SEATO
        "Q458",  # European Union
        "Q7768",  # ASEAN
        "Q7159",  # African Union
        "Q7202",  # Arab League
        "Q485207",  # Shanghai Cooperation Organisation
        "Q217172",  # Gulf Cooperation Council
        "Q7779",  # Commonwealth of Independent States
    }
)


def extract_alliances(
    article: Article, sentences: list[Sentence], mentions: list[Mention], gazetteer: Gazetteer
) -> list[AllianceClaim]:
    text = article.text
    claims: list[AllianceClaim] = []
    mentions, _ = split_places(mentions)
    salient = [
        q
        for q, _ in Counter(
            m.state_qid for m in mentions if m.kind == "state" and m.state_qid and m.form != "group-reference"
        ).most_common(2)
    ]
    orgs_in_article = {m.qid: m.text for m in mentions if m.kind == "org" and m.qid}
    year = article.date.year if article.date else None
    for sentence in sentences:
        phrases = [p for p in state_phrases(text, sentence, mentions) if p.state]
        sentence_orgs = [m for m in mentions if m.sentence == sentence.index and m.kind == "org" and m.qid]
        for rule in alliance_rules():
            for pattern, org in _patterns(rule, sentence_orgs, orgs_in_article):
                for match in pattern.finditer(text, sentence.start, sentence.end):
                    clause = text[max(sentence.start, match.start() - 60) : match.start()]
                    if _FUTURE_OR_DENIAL.search(clause) or NEGATION.search(clause):
                        continue
                    if rule.strategy in _BILATERAL_STRATEGIES:
                        # "Japan and the Philippines are allies of the US", "Washington's allies Japan and South
                        # Korea": each is allied with the one named apart, not with the others listed
                        member_sets = _bilateral_members(rule, text, phrases, match)
                    else:
                        member_sets = [_members(rule, text, sentence, phrases, match, salient, org, gazetteer, year)]
                    for found in member_sets:
                        members = sorted(set(found))
                        if len(members) < 2:
                            continue
                        claims.append(
                            AllianceClaim(
                                members=members,
                                kind=rule.kind,
                                sentence=sentence.index,
                                rule=rule.id,
                                start=match.start(),
                                end=match.end(),
                                organisation=org.qid if org else None,
                                organisation_label=org.text if org else None,
                                confidence=0.8 if rule.kind != "StrategicPartnership" else 0.5,
                            )
                        )
    return _dedupe(claims)


def _patterns(rule: AllianceRule, sentence_orgs: list[Mention], orgs_in_article: dict[str, str]):
    if "$ORG" not in rule.pattern and "$STATE" not in rule.pattern:
        yield re.compile(rule.pattern), None
        return
    if "$STATE" in rule.pattern:
        yield re.compile(rule.pattern.replace("$STATE", r"(?P<state>[A-Z][\w\-. ]*?)")), None
        return
    for org in sentence_orgs:
        yield re.compile(rule.pattern.replace("$ORG", re.escape(org.text))), org


def _members(
    rule: AllianceRule,
    text: str,
    sentence: Sentence,
    phrases: list[Phrase],
    match: re.Match[str],
    salient: list[str],
    org: Mention | None,
    gazetteer: Gazetteer,
    year: int | None,
) -> list[str]:
    before = [p for p in phrases if p.end <= match.start()]
    inside = [p for p in phrases if match.start() <= p.start < match.end()]
    after = [p for p in phrases if p.start >= match.end()]
    if rule.strategy == "possessive":
        if before and inside:
            return [before[-1].state, inside[0].state]
        return []
    if rule.strategy == "subject-object":
        # "an ally of the United States", not "allies of President Gbagbo" (a person's political allies)
        if before and after and after[0].mentions and after[0].mentions[0].kind == "state":
            return [before[0].state, after[0].state]
        return []
    if rule.strategy == "compound":
        # "a US-Japan alliance": each state the hyphen joins
        return [s for p in inside for s in p.states]
    if rule.strategy == "coordinated":
        return _coordinated_states(text, before)
    if rule.strategy == "membership":
        return _coordinated_states(text, before)
    if rule.strategy in ("org-allies", "membership") and org is not None and org.qid not in BLOC_QIDS:
        return []  # fellow members of the UN, OPEC or the G20 are not allies
    if rule.strategy == "org-allies":
        states = [s for p in phrases for s in p.states]
        if org is not None and org.qid:
            members = gazetteer.org_members(org.qid, year)
            if members:
                states = [s for s in states if s in members]
        return states
    if rule.strategy == "named-group":
        # "members of the Quad, the US, Japan, India and Australia": the grouping's members named in the sentence
        if year is not None and rule.since is not None and year < rule.since:
            return []
        return [s for p in phrases for s in p.states if s in rule.members]
    if rule.strategy == "pair":
        # (not a state named in an aside on the pair: "Japan and Australia, both US allies, signed a defence pact")
        asides = [m.span() for m in _ALLY_ASIDE.finditer(text, sentence.start, sentence.end)]
        phrases = [p for p in phrases if not any(a <= p.start and p.end <= b for a, b in asides)]
        states = list(dict.fromkeys(s for p in phrases for s in p.states))
        if len(states) == 2:
            return states
        listed = _coordinated_states(text, [p for p in phrases if p.end <= match.start()])
        if len(states) > 2 and set(listed) == set(states):
            return listed  # "The United States, Britain and Australia signed a security pact": all the parties
        if not states and len(salient) == 2:
            return salient
        return []
    return []


# An aside set off by commas that says whose ally or partner the states before it are.
_ALLY_ASIDE = re.compile(
    r",\s+(?:both\s+|each\s+)?(?:an?\s+|the\s+)?[^,;]{0,40}?\b(?:ally|allies|partner|partners)\b[^,;]{0,30}?,"
)

_BILATERAL_STRATEGIES = frozenset({"subject-object", "possessive-list", "between-or-with", "appositive"})


def _bilateral_members(rule: AllianceRule, text: str, phrases: list[Phrase], match: re.Match[str]) -> list[list[str]]:
    """One pair per state listed on one side with the single state on the other."""
    before = [p for p in phrases if p.end <= match.start()]
    after = [p for p in phrases if p.start >= match.end()]
    if rule.strategy == "appositive":
        # "Japan and Australia, both US allies,": each state the appositive follows is allied with the one it names
        inside = [p for p in phrases if match.start() <= p.start < match.end()]
        if (
            not before
            or not inside
            or text[before[-1].end : match.start()].strip()
            or inside[0].mentions[0].kind != "state"
        ):
            return []
        return [[state, inside[0].state] for state in _coordinated_states(text, before)]
    # the state named apart stands right after the words of the rule: "an ally of the United States", not "an ally
    # of the Kurdistan Workers Party, which has fought the Turkish state"
    if not after or not re.fullmatch(r"(?:the\s+)?", text[match.end() : after[0].start]):
        return []
    if rule.strategy == "subject-object":
        # (not "allies of President Gbagbo": a person's political allies)
        if not before or not after[0].mentions or after[0].mentions[0].kind != "state":
            return []
        return [[state, after[0].state] for state in _coordinated_states(text, before)]
    listed = _coordinated_after(text, after)
    if rule.strategy == "between-or-with" and re.search(r"\bbetween\s+$", match.group(0)):
        return [listed] if len(listed) >= 2 else []  # "the alliance between Japan and the United States"
    # "Washington's treaty allies Japan and South Korea", "Russia's ally Syria", "Japan's alliance with the US"
    owner = next((p for p in reversed(before) if re.match(r"['\u2019]s?\s", text[p.end : p.end + 3])), None)
    if owner is None and rule.strategy == "between-or-with" and re.match(r"(?i)its\b", match.group(0)) and before:
        owner = before[0]  # "Japan reaffirmed its alliance with the United States"
    return [[owner.state, state] for state in listed] if owner is not None else []


# Between two members of a list of states: "Japan, South Korea and the United States".
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


def _coordinated_after(text: str, after: list[Phrase]) -> list[str]:
    """The states listed from the first phrase of ``after`` on."""
    group = [after[0]]
    for phrase in after[1:]:
        if not _LIST_GAP.fullmatch(text, group[-1].end, phrase.start):
            break
        group.append(phrase)
    return [s for p in group for s in p.states]


def _coordinated_states(text: str, before: list[Phrase]) -> list[str]:
    """The states listed up to the last phrase of ``before``."""
    if not before:
        return []
    group = [before[-1]]
    for phrase in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(text, phrase.end, group[0].start):
            break
        group.insert(0, phrase)
    return [s for p in group for s in p.states]


def _dedupe(claims: list[AllianceClaim]) -> list[AllianceClaim]:
    seen: set[tuple] = set()
    unique = []
    for claim in claims:
        key = (tuple(claim.members), claim.kind, claim.organisation)
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique
