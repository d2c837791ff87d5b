"""The shipped gazetteer: states, their names, capitals and metonyms; people and the offices they held;
international organisations and their members; defence pairs.

Two halves:

* ``build_gazetteer(shared_dir, out_path)`` reads the public seed data in ``../shared/gazetteer`` (only at
  build time, by ``scripts/build_gazetteer.py`` or ``kg gazetteer build``) plus the hand-made rule files in
  ``kg/data/rules`` and writes ``kg/data/gazetteer.json.gz``: reproducible (sorted, gzip mtime 0) and atomic.
* ``load_gazetteer()`` reads that file (never ../shared) into a :class:`Gazetteer` with lookups used by the
  linker: surface forms, person names, offices held at a date, effective leaders at a date by surname (REIGN,
  for the years before the office lists), alliance and organisation membership. It prefers the user's own
  gazetteer (``$KG_GAZETTEER``, ``$XDG_DATA_HOME/kg/...``) when that file exists.

A third part, ``merge_refreshed``, folds newer Wikidata records into the shipped data for
``kg gazetteer refresh`` (the SPARQL side is :mod:`kg.wikidata`), which writes the user's gazetteer.
"""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import functools
import gzip
import hashlib
import io
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.rulefiles import read_hand_made_jsonl

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = PACKAGE_DATA / "gazetteer.json.gz"
RULES_DIR = PACKAGE_DATA / "rules"
FORMAT = "kg-gazetteer/2"  # 2: adds effective_leaders
# The user's own gazetteer (see user_gazetteer_path): a Wikidata refresh, preferred over the shipped file.
GAZETTEER_ENV = "KG_GAZETTEER"
USER_FILE_NAME = "gazetteer.json.gz"
REIGN_OFFICE_LABEL = "effective leader (REIGN)"
_REIGN_GENDERS = {"0": "female", "1": "male"}
# How many of REIGN's leaders must share a first name, all of one gender, for it to tell another person's gender.
_MIN_NAMESAKES = 2


def _given_name(label: str) -> str:
    """The first word of a person's name, folded, when it can be a given name (not an initial or a title)."""
    words = fold_ascii(label).split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 3 or words[0].lower() in NOT_GIVEN_NAMES:
        return ""
    return words[0].lower()


# States whose people's names put the family name first ("Kim Jong Un", "Park Geun-hye", "Nguyen Tan Dung", "Hun
# Sen"): the first word there is shared by men and women.
_FAMILY_NAME_FIRST_STATES = frozenset({"Q148", "Q865", "Q423", "Q884", "Q881", "Q424", "Q334", "Q8646", "Q14773"})
# Words before a name that are titles, not given names.
NOT_GIVEN_NAMES = frozenset(
    "sir dame king queen prince princess sheikh sultan emir shah lord lady baron count general gen col dr mr mrs "
    "ms".split()
)

ROLES = ("head_of_state", "head_of_government", "party_leader", "foreign_minister", "defence_minister", "other")
# Lower rank = more senior; the order the brief fixes for choosing one office of a person.
SENIORITY = {role: rank for rank, role in enumerate(ROLES)}
FORMS = ("name", "official", "abbreviation", "demonym", "capital", "metonym", "city")

# Column order of the compact row lists in the JSON file (documented in the file itself too).
COLUMNS: dict[str, list[str]] = {
    "states": ["qid", "name", "iso2", "iso3", "cow", "valid_from", "valid_to"],
    "state_forms": ["text", "qid", "form", "ambiguous", "rule", "valid_from", "valid_to"],
    "org_forms": ["text", "qid", "form", "ambiguous", "rule", "valid_from", "valid_to"],
    "offices": ["qid", "label"],
    "people": ["qid", "name", "aliases"],
    "holdings": ["person", "office", "office_label", "state", "role", "start", "end"],
    "organisations": ["qid", "name", "abbrev", "aliases", "kind", "members"],
    "org_officers": ["person", "org", "position", "start", "end"],
    "defence_pairs": ["state_a", "state_b", "obligation", "first_year", "last_year"],
    "effective_leaders": ["state", "name", "qid", "start", "end"],
    "genders": ["person", "gender"],
}


# ----------------------------------------------------------------------------------------------------------
# Public records
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateEntry:
    qid: str
    name: str
    iso2: str | None
    iso3: str | None
    cow: int | None
    valid_from: int | None
    valid_to: int | None


@dataclass(frozen=True)
class SurfaceForm:
    """A case-sensitive string that names a state or organisation.

    ``ambiguous`` marks forms that need context (several QIDs at once, or a common non-state meaning such
    as "Georgia", "Jordan", "Washington"); ``rule`` says where the form came from ("state.capital",
    "state.name", or the id of a hand-made rule). ``valid_from``/``valid_to`` (years) limit forms that
    only named the state in some period ("Rangoon", "Bonn", "Moscow" for the Soviet Union).
    """

    text: str
    qid: str
    form: str
    ambiguous: bool
    rule: str
    valid_from: int | None = None
    valid_to: int | None = None

    def valid_in(self, year: int | None) -> bool:
        return year is None or (
            (self.valid_from is None or self.valid_from <= year) and (self.valid_to is None or year <= self.valid_to)
        )


@dataclass(frozen=True)
class PersonEntry:
    qid: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Holding:
    """One term of a person in an office of a state. Dates keep Wikidata precision: 'YYYY', 'YYYY-MM',
    'YYYY-MM-DD'; ``end`` None means open (or unknown)."""

    person: str
    office: str | None
    office_label: str | None
    state: str
    role: str
    start: str | None
    end: str | None
    precision: str

    def covers(self, day: dt.date) -> bool:
        """start <= day <= end, widening partial dates: 'YYYY' covers the whole year, 'YYYY-MM' the month."""
        if self.start is not None and day < earliest_day(self.start):
            return False
        return not (self.end is not None and day > latest_day(self.end))


@dataclass(frozen=True)
class OrgEntry:
    qid: str
    name: str
    abbrev: str | None
    aliases: tuple[str, ...]
    kind: str
    members: tuple[tuple[str, int | None, int | None], ...]


@dataclass(frozen=True)
class OrgOfficer:
    person: str
    org: str | None
    position: str
    start: str | None
    end: str | None


# When the REIGN leader list was compiled: its open spells last at least till then.
_REIGN_COMPILED = dt.date(2021, 3, 1)


@dataclass(frozen=True)
class EffectiveLeader:
    """A spell of a state's effective leader from REIGN (1945-2021), which reaches back before the office
    lists (mostly 2000 on). ``name`` is REIGN's: often the surname alone ("Fujimori", "Hashimoto"), family
    name first for East Asian leaders ("Kim Young Sam"). ``qid`` only when the build matched the spell to a
    person already known with a QID; ``end`` None means in office when REIGN was compiled (2021-03)."""

    state: str
    name: str
    qid: str | None
    start: str | None
    end: str | None

    def covers(self, day: dt.date) -> bool:
        """start <= day <= end, widening partial dates like :meth:`Holding.covers`."""
        if self.start is not None and day < earliest_day(self.start):
            return False
        return not (self.end is not None and day > latest_day(self.end))


@dataclass(frozen=True)
class BuildReport:
    out_path: Path
    sha256: str
    size_bytes: int
    counts: dict[str, int]
    warnings: tuple[str, ...] = ()


# ----------------------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_precision(value: str | None) -> str:
    """'day' | 'month' | 'year' for a Wikidata-style date string, 'unknown' for None."""
    if not value:
        return "unknown"
    return {10: "day", 7: "month"}.get(len(value), "year")


def earliest_day(value: str) -> dt.date:
    match = _DATE_RE.match(value)
    if not match:
        raise ValueError(f"not a date: {value!r}")
    year = max(1, int(match.group(1)))
    return dt.date(year, int(match.group(2) or 1), int(match.group(3) or 1))


def latest_day(value: str) -> dt.date:
    match = _DATE_RE.match(value)
    if not match:
        raise ValueError(f"not a date: {value!r}")
    year = max(1, int(match.group(1)))
    month = int(match.group(2) or 12)
    day = int(match.group(3) or calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def _clean_date(value: str | None) -> str | None:
    """Normalise a source date to 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (drops times, '00' parts, junk)."""
    if value is None:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return None
    year, month, day = match.groups()
    if month in (None, "00"):
        return year
    if day in (None, "00"):
        return f"{year}-{month}"
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


# ----------------------------------------------------------------------------------------------------------
# Loader
# ----------------------------------------------------------------------------------------------------------


def _open_year(year: int | None, default: float) -> float:
    return default if year is None else float(year)


class Gazetteer:
    """Read-only lookups over the shipped gazetteer. Build with :func:`load_gazetteer`."""

    def __init__(self, data: dict[str, Any], path: Path | None = None) -> None:
        if data.get("format") != FORMAT:
            raise InputError(
                f"{path}: not a kg gazetteer ({data.get('format')!r}); rebuild it with `kg gazetteer build`"
            )
        self.path = path
        self.sources: list[dict[str, str]] = data.get("sources", [])
        self.counts: dict[str, int] = data.get("counts", {})
        # endpoint, time and counts of the Wikidata refresh that wrote this file (None for a build)
        self.refresh: dict[str, Any] | None = data.get("refresh")
        self.states: dict[str, StateEntry] = {row[0]: StateEntry(*row) for row in data["states"]}
        self._state_forms = [SurfaceForm(t, q, f, bool(a), r, vf, vt) for t, q, f, a, r, vf, vt in data["state_forms"]]
        self._org_forms = [SurfaceForm(t, q, f, bool(a), r, vf, vt) for t, q, f, a, r, vf, vt in data["org_forms"]]
        self.offices: dict[str, str] = {qid: label for qid, label in data["offices"]}
        self.people: dict[str, PersonEntry] = {
            qid: PersonEntry(qid, name, tuple(aliases)) for qid, name, aliases in data["people"]
        }
        holdings_by_person: dict[str, list[Holding]] = defaultdict(list)
        holdings_by_state_role: dict[tuple[str, str], list[Holding]] = defaultdict(list)
        for person, office, office_label, state, role, start, end in data["holdings"]:
            holding = Holding(
                person,
                office,
                office_label if office_label is not None else self.offices.get(office or ""),
                state,
                role,
                start,
                end,
                date_precision(start or end),
            )
            holdings_by_person[person].append(holding)
            holdings_by_state_role[(state, role)].append(holding)
        self._holdings_by_person = dict(holdings_by_person)
        self._holdings_by_state_role = dict(holdings_by_state_role)
        self.organisations: dict[str, OrgEntry] = {
            qid: OrgEntry(qid, name, abbrev, tuple(aliases), kind, tuple((m[0], m[1], m[2]) for m in members))
            for qid, name, abbrev, aliases, kind, members in data["organisations"]
        }
        self.org_officers: list[OrgOfficer] = [OrgOfficer(*row) for row in data["org_officers"]]
        defence: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
        for state_a, state_b, obligation, first, last in data["defence_pairs"]:
            key = (state_a, state_b) if state_a < state_b else (state_b, state_a)
            defence[key].append((obligation, first, last))
        self._defence = dict(defence)
        self.effective_leaders: list[EffectiveLeader] = [EffectiveLeader(*row) for row in data["effective_leaders"]]
        # "female" or "male", from REIGN, for the leaders it matched; absent in files built before it was kept
        self.genders: dict[str, str] = {qid: gender for qid, gender in data.get("genders", [])}

    # -- surface forms ---------------------------------------------------------------------------------------

    def state_surface_forms(self) -> list[SurfaceForm]:
        """Names, official names, abbreviations, demonyms, capitals, metonyms and hand aliases of states."""
        return list(self._state_forms)

    def org_surface_forms(self) -> list[SurfaceForm]:
        return list(self._org_forms)

    @functools.cached_property
    def _forms_by_text(self) -> dict[str, list[SurfaceForm]]:
        index: dict[str, list[SurfaceForm]] = defaultdict(list)
        for form in self._state_forms:
            index[form.text].append(form)
        return dict(index)

    def resolve_state_form(self, text: str, year: int | None = None) -> list[SurfaceForm]:
        """The state forms spelled exactly ``text`` that were valid in ``year`` (all if None)."""
        return [form for form in self._forms_by_text.get(text, []) if form.valid_in(year)]

    def capitals_of(self, state: str, year: int | None = None) -> list[tuple[str, str | None]]:
        """(name, place QID or None) of the capitals and seats of government of ``state`` valid in ``year``;
        the QID comes from Natural Earth or a Wikidata refresh, hand-added former capitals have none."""
        found: dict[str, str | None] = {}
        for form in self._state_forms:
            if form.qid == state and form.form == "capital" and form.valid_in(year):
                place = (
                    form.rule.partition(":")[2]
                    if form.rule.startswith(("state.capital:", "wikidata.capital:"))
                    else None
                )
                found[form.text] = found.get(form.text) or place
        return sorted(found.items())

    # -- people ----------------------------------------------------------------------------------------------

    @functools.cached_property
    def _person_names(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = defaultdict(list)
        for person in self.people.values():
            for name in (person.name, *person.aliases):
                if person.qid not in index[name]:
                    index[name].append(person.qid)
        return {name: sorted(qids, key=_qid_number) for name, qids in index.items()}

    def person_names(self) -> dict[str, list[str]]:
        """Full names and aliases -> person QIDs (several when people share a name)."""
        return self._person_names

    @functools.cached_property
    def _surnames(self) -> dict[str, list[str]]:
        index: dict[str, set[str]] = defaultdict(set)
        for person in self.people.values():
            states = {holding.state for holding in self._holdings_by_person.get(person.qid, [])}
            for surname in surnames_of(person.name, states):
                index[surname].add(person.qid)
            # a one-word alias ("Lula", "AMLO") names the person alone, as a family name does
            for alias in person.aliases:
                if " " not in alias:
                    index[alias].add(person.qid)
        return {name: sorted(qids, key=self._seniority_key) for name, qids in index.items()}

    def _seniority_key(self, person: str) -> tuple[int, int]:
        ranks = [SENIORITY[h.role] for h in self._holdings_by_person.get(person, [])]
        return (min(ranks, default=len(ROLES)), _qid_number(person))

    def surname_index(self) -> dict[str, list[str]]:
        """Family name (last name; first for Chinese/Korean/Cambodian order) -> person QIDs, the most senior
        office-holders first (heads of state before ministers before ambassadors)."""
        return self._surnames

    @functools.cached_property
    def given_names(self) -> frozenset[str]:
        """First words of the people's names, folded to lower-case ASCII: the given names a name may start with."""
        return frozenset(fold_ascii(p.name.split()[0]).lower() for p in self.people.values() if p.name.split())

    def holdings_of(self, person: str) -> list[Holding]:
        return list(self._holdings_by_person.get(person, []))

    def holding_at(self, person: str, day: dt.date | None) -> Holding | None:
        """The most senior holding covering ``day``; for ``day`` None the latest (open first), most senior."""
        holdings = self._holdings_by_person.get(person, [])
        if day is not None:
            covering = [h for h in holdings if h.covers(day)]
            if not covering:
                return None
            return self._first_realm(
                min(covering, key=lambda h: (SENIORITY[h.role], -self._office_names_state(h), _negated_start(h))),
                covering,
            )
        if not holdings:
            return None
        latest = min(
            holdings,
            key=lambda h: (-_end_ordinal(h), SENIORITY[h.role], -self._office_names_state(h), _negated_start(h)),
        )
        return self._first_realm(latest, [h for h in holdings if _ends_together(h, latest)])

    def _first_realm(self, chosen: Holding, alongside: list[Holding]) -> Holding:
        """For one person holding the same office in several states at once (Elizabeth II reigned over the UK,
        Canada, Jamaica...), the state held first, and of those held from the same day the one with the most
        recorded office-holders: the realm news means when it names no other."""
        union = [h for h in alongside if h.role == chosen.role]
        if len({h.state for h in union}) < 2:
            return chosen
        first = min(union, key=lambda h: (latest_day(h.start) if h.start else dt.date.min, -self._state_size[h.state]))
        return chosen if first.state == chosen.state else first

    @functools.cached_property
    def _state_size(self) -> dict[str, int]:
        return Counter(h.state for holdings in self._holdings_by_person.values() for h in holdings)

    @functools.cached_property
    def _state_words(self) -> dict[str, tuple[str, ...]]:
        words: dict[str, list[str]] = defaultdict(list)
        for form in self._state_forms:
            if form.form in ("name", "demonym") and len(form.text) > 3:
                words[form.qid].append(form.text)
        return {qid: tuple(texts) for qid, texts in words.items()}

    def _office_names_state(self, holding: Holding) -> bool:
        """Whether the office label names the holding's state: it tells a French president's home office from
        his ex officio one (co-prince of Andorra)."""
        label = holding.office_label or ""
        return any(word in label for word in self._state_words.get(holding.state, ()))

    def holders_at(self, state: str, role: str, day: dt.date | None) -> list[Holding]:
        """Holdings of ``role`` in ``state`` covering ``day`` (open-ended ones for None), latest start first."""
        holdings = self._holdings_by_state_role.get((state, role), [])
        chosen = [h for h in holdings if (h.end is None if day is None else h.covers(day))]
        return sorted(chosen, key=_negated_start)

    # -- states, alliances, organisations ---------------------------------------------------------------------

    def state_valid(self, qid: str, day: dt.date | None) -> bool:
        state = self.states.get(qid)
        if state is None:
            return False
        if day is None:
            return state.valid_to is None
        return (state.valid_from is None or state.valid_from <= day.year) and (
            state.valid_to is None or day.year <= state.valid_to
        )

    def defence_partners(self, a: str, b: str, year: int | None) -> str | None:
        """The strongest ATOP obligation between two states in ``year`` (any year if None), or None.

        Order of strength: defense > offense > neutral > nonagg > consul.
        """
        key = (a, b) if a < b else (b, a)
        spells = self._defence.get(key, [])
        found = [ob for ob, first, last in spells if year is None or first <= year <= last]
        if not found:
            return None
        return min(found, key=lambda ob: _OBLIGATION_ORDER.get(ob, 99))

    def org_members(self, org: str, year: int | None) -> set[str]:
        """Member states of ``org`` in ``year`` (spells from COW IGO to 2014, factbook memberships ~2020);
        for None, the members with an open spell."""
        entry = self.organisations.get(org)
        if entry is None:
            return set()
        members: set[str] = set()
        for state, first, last in entry.members:
            if year is None:
                if last is None:
                    members.add(state)
            elif _open_year(first, float("-inf")) <= year <= _open_year(last, float("inf")):
                members.add(state)
        return members

    def org_officers_of(self, org: str) -> list[OrgOfficer]:
        return [officer for officer in self.org_officers if officer.org == org]

    # -- effective leaders (REIGN) ------------------------------------------------------------------------------

    @functools.cached_property
    def _effective_leader_index(self) -> _EffectiveLeaderIndex:
        return _EffectiveLeaderIndex(self.effective_leaders)

    def heads_of_state_by_given_name(self, given: str, day: dt.date | None) -> list[tuple[str, str | None, str]]:
        """(state, person QID or None, name) of each head of state at ``day``, from the office lists and REIGN,
        whose name starts with ``given`` (folded): monarchs are called by their given name ("King Hussein",
        "King Abdullah", "Queen Beatrix"). Nothing for ``day`` None."""
        if day is None:
            return []
        spells = self._heads_of_state_by_given_name.get(fold_ascii(given).lower(), ())
        return [(state, qid, name) for state, qid, name, spell in spells if spell.covers(day)]

    @functools.cached_property
    def _heads_of_state_by_given_name(self) -> dict[str, list[tuple[str, str | None, str, Holding | EffectiveLeader]]]:
        """Heads of state of the office lists and REIGN by the first word of their name, folded: (state, person QID
        or None, name, the holding or REIGN spell whose dates say when)."""
        index: dict[str, list[tuple[str, str | None, str, Holding | EffectiveLeader]]] = defaultdict(list)
        for (state, role), holdings in self._holdings_by_state_role.items():
            if role != "head_of_state":
                continue
            for holding in holdings:
                person = self.people.get(holding.person)
                if person is not None and person.name.split():
                    index[fold_ascii(person.name.split()[0]).lower()].append(
                        (state, holding.person, person.name, holding)
                    )
        for leader in self.effective_leaders:
            if leader.name.split():
                index[fold_ascii(leader.name.split()[0]).lower()].append(
                    (leader.state, leader.qid, leader.name, leader)
                )
        return dict(index)

    def leading_role(self, state: str, day: dt.date | None) -> str:
        """The office whose holder leads ``state`` at ``day``: "head_of_government" where REIGN's effective leader
        then (or, past REIGN's end, its last one) held that office and not the head of state's (Japan's prime
        minister, not the emperor; Germany's chancellor), else "head_of_state". So "the Japanese leader" is the
        prime minister and "the Chinese leader" the president. The office lists (mostly 2000 on) may not cover
        the spell; then every leading office the person held in that state decides."""
        spells = [s for s in self._effective_leaders_by_state.get(state, []) if s.qid is not None]
        if day is not None:
            spells = [s for s in spells if s.start is None or earliest_day(s.start) <= day]
        if not spells:
            return "head_of_state"
        spell = spells[-1]
        last_day = latest_day(spell.end) if spell.end else _REIGN_COMPILED
        when = day if day is not None and spell.covers(day) else last_day
        leading = [
            h
            for h in self._holdings_by_person.get(spell.qid or "", [])
            if h.state == state and h.role in ("head_of_state", "head_of_government")
        ]
        roles = {h.role for h in leading if h.covers(when)} or {h.role for h in leading}
        return "head_of_government" if roles == {"head_of_government"} else "head_of_state"

    @functools.cached_property
    def _effective_leaders_by_state(self) -> dict[str, list[EffectiveLeader]]:
        """REIGN spells by state, in the order of the table (by start)."""
        index: dict[str, list[EffectiveLeader]] = defaultdict(list)
        for leader in self.effective_leaders:
            index[leader.state].append(leader)
        return dict(index)

    def effective_leaders_at(self, name: str, day: dt.date | None) -> list[EffectiveLeader]:
        """The effective leaders in office on ``day`` whom ``name`` (a surname or a full name from the text)
        names: the same name (case, diacritics, hyphens and dots aside: "Kim Young-Sam" is "Kim Young Sam"),
        the same last token ("Alberto Fujimori" is "Fujimori"), or for East Asian family-name-first names the
        family name with the same given name ("Kim Youngsam", "Young-sam Kim"). A family name alone ("Kim")
        names no East Asian leader. Several states when leaders share a surname; nothing for ``day`` None
        (without a date a surname is too ambiguous). Ordered by state QID number."""
        if day is None:
            return []
        return self._effective_leader_index.at(name, day.toordinal())


class _EffectiveLeaderIndex:
    """Dicts from normalised names to REIGN spells, with each spell's first and last day as ordinals so that a
    lookup is a few dict reads and integer comparisons."""

    def __init__(self, leaders: list[EffectiveLeader]) -> None:
        self.by_full: dict[str, list[int]] = defaultdict(list)
        self.by_last: dict[str, list[int]] = defaultdict(list)
        self.by_family_given: dict[str, list[int]] = defaultdict(list)
        self.spans: list[tuple[int, int]] = []
        self.leaders = leaders
        for number, leader in enumerate(leaders):
            self.spans.append((
                earliest_day(leader.start).toordinal() if leader.start else dt.date.min.toordinal(),
                latest_day(leader.end).toordinal() if leader.end else dt.date.max.toordinal(),
            ))  # fmt: skip
            tokens = _reign_tokens(leader.name)
            if not tokens:
                continue
            self.by_full[" ".join(tokens)].append(number)
            surname = REIGN_SURNAMES.get(leader.name)
            if surname is not None:
                self.by_last[surname].append(number)
            elif len(tokens) > 1 and _family_name_first(tokens, {leader.state}):
                # "Kim Young Sam": the family name comes first and says nothing alone; the full name does
                self.by_family_given[f"{tokens[0]} {''.join(tokens[1:])}"].append(number)
            else:
                self.by_last[tokens[-1]].append(number)

    def at(self, name: str, ordinal: int) -> list[EffectiveLeader]:
        tokens = _text_name_tokens(name)
        if not tokens:
            return []
        numbers = [*self.by_full.get(" ".join(tokens), ()), *self.by_last.get(tokens[-1], ())]
        if len(tokens) > 1:
            numbers += self.by_family_given.get(f"{tokens[0]} {''.join(tokens[1:])}", ())
            numbers += self.by_family_given.get(f"{tokens[-1]} {''.join(tokens[:-1])}", ())  # "Young-sam Kim"
        found = {number for number in numbers if self.spans[number][0] <= ordinal <= self.spans[number][1]}
        return [self.leaders[number] for number in sorted(found, key=lambda n: (_qid_number(self.leaders[n].state), n))]


_OBLIGATION_ORDER = {"defense": 0, "offense": 1, "neutral": 2, "nonagg": 3, "consul": 4}


def _qid_number(qid: str) -> int:
    return int(qid[1:]) if qid[1:].isdigit() else 0


def _negated_start(holding: Holding) -> int:
    return -(earliest_day(holding.start).toordinal() if holding.start else 0)


def _end_ordinal(holding: Holding) -> int:
    return dt.date.max.toordinal() if holding.end is None else latest_day(holding.end).toordinal()


def _ends_together(one: Holding, other: Holding) -> bool:
    """Both terms open, or their ends may be the same day: a realm's end known to the day (2022-09-08) and
    another's known to the year (2022) end together."""
    if one.end is None or other.end is None:
        return one.end is None and other.end is None
    return earliest_day(one.end) <= latest_day(other.end) and earliest_day(other.end) <= latest_day(one.end)


_REBUILD_HINT = "rebuild it with `kg gazetteer build`"
_USER_FILE_HINT = "run `kg gazetteer refresh` again, or delete the file to use the shipped gazetteer"


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path, mtime_ns: int, size: int, hint: str = _REBUILD_HINT) -> Gazetteer:
    # mtime and size are part of the key so that a file replaced by `kg gazetteer refresh` is read again.
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise InputError(f"{path}: gazetteer file not found; build it with `kg gazetteer build`") from None
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gazetteer ({exc}); {hint}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise InputError(f"{path}: not a kg gazetteer ({found!r}, expected {FORMAT!r}); {hint}")
    return Gazetteer(data, path)


def user_gazetteer_path() -> Path | None:
    """Where the user's own gazetteer lives (written by ``kg gazetteer refresh``): ``$KG_GAZETTEER``, else
    ``$XDG_DATA_HOME/kg/gazetteer.json.gz``, else ``~/.local/share/kg/gazetteer.json.gz``; None when there is
    no home directory to put it in. The file need not exist."""
    explicit = os.environ.get(GAZETTEER_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME", "").strip()
    if data_home and Path(data_home).is_absolute():  # the XDG spec says to ignore a relative value
        return Path(data_home) / "kg" / USER_FILE_NAME
    try:
        return Path.home() / ".local" / "share" / "kg" / USER_FILE_NAME
    except RuntimeError:
        return None


def active_gazetteer_path() -> Path:
    """The file :func:`load_gazetteer` reads by default: the user's gazetteer when that file exists (a
    refresh newer than the package), else the one shipped in the package."""
    user_path = user_gazetteer_path()
    if user_path is not None and user_path.is_file():
        return user_path.resolve()
    return DEFAULT_PATH


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at ``path``; by default the user's refreshed one if present (see
    :func:`active_gazetteer_path`), else the one shipped in the package. Loaded once per file version."""
    chosen = Path(path).resolve() if path is not None else active_gazetteer_path()
    try:
        status = chosen.stat()
    except FileNotFoundError:
        raise InputError(f"{chosen}: gazetteer file not found; build it with `kg gazetteer build`") from None
    except OSError as exc:
        raise InputError(f"{chosen}: cannot read the gazetteer ({exc.strerror})") from None
    hint = _REBUILD_HINT if chosen == DEFAULT_PATH else _USER_FILE_HINT
    return _load_cached(chosen, status.st_mtime_ns, status.st_size, hint)


# ----------------------------------------------------------------------------------------------------------
# Names of people
# ----------------------------------------------------------------------------------------------------------

# States whose leaders' English labels put the family name first ("Xi Jinping", "Kim Jong Un", "Hun Sen").
FAMILY_NAME_FIRST_ALWAYS = {"Q148", "Q423", "Q424"}
# Mixed: family name first when the name looks Sinitic/Korean (hyphenated given name or three parts).
FAMILY_NAME_FIRST_IF_SINITIC = {"Q884", "Q865", "Q334"}
# Spanish- and Portuguese-speaking states, where people carry two family names ("López Obrador").
DOUBLE_SURNAME_STATES = {
    "Q29", "Q96", "Q414", "Q298", "Q739", "Q419", "Q717", "Q736", "Q750", "Q733", "Q77", "Q241", "Q786", "Q774",
    "Q783", "Q792", "Q811", "Q800", "Q804", "Q983", "Q45", "Q155",
}  # fmt: skip
_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
_PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "ben"}


# Letters that NFKD does not decompose but news copy writes without their mark ("Walesa" for "Wałęsa",
# "Lokke" for "Løkke").
_UNDECOMPOSED_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i"}
)


def fold_ascii(text: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Wałęsa' -> 'Walesa', 'Løkke' -> 'Lokke': strip diacritics, including the
    stroked and ligature letters that Unicode does not decompose."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tokens(name: str) -> list[str]:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    name = re.sub(r",.*$", "", name)  # "Albert II, Prince of Monaco" -> "Albert II"
    name = re.sub(r"^(\S+(?: [IVX]+)?) of \S.*$", r"\1", name)  # "Salman of Saudi Arabia" -> "Salman"
    return [token for token in name.split() if token]


def _family_name_first(tokens: list[str], states: Iterable[str]) -> bool:
    states = set(states)
    if len(tokens) not in (2, 3):
        return False
    if states & FAMILY_NAME_FIRST_ALWAYS:
        return True
    if states & FAMILY_NAME_FIRST_IF_SINITIC:
        return len(tokens) == 3 or "-" in tokens[-1]
    return False


# The Arabic article hyphened to a surname: "el-Sisi", "al-Maliki" (news also writes "Sisi", "Maliki").
ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]n|[Aa]r|[Aa]sh)-")


# Spellings of one Arabic given name that English news all use ("Mohamed bin Zayed", "Mohammed bin Zayed").
_MUHAMMAD = ("Mohammed", "Mohamed", "Muhammad", "Mohammad", "Muhammed")
_GIVEN_NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    name: tuple(other for other in _MUHAMMAD if other != name) for name in _MUHAMMAD
}
# The adjectival ending of East Slavic surnames, which English news transliterates as -y, -yy, -iy or -ii.
_SLAVIC_ENDING = re.compile(r"(?:sk|ck|zk)(yy|iy|ii|y)$")


def surnames_of(name: str, states: Iterable[str]) -> list[str]:
    """The forms news use for a person's family name, e.g. 'Xi', 'Kim', 'Erdoğan' and 'Erdogan', 'Sisi'."""
    tokens = [t for t in _tokens(name) if t not in _NAME_SUFFIXES]
    if not tokens:
        return []
    if any(t.lower() in _PATRONYMIC_PARTICLES for t in tokens[1:]):
        return []  # "Mohammed bin Salman": the last part is the father's name, not a surname
    if len(tokens) == 1 or _family_name_first(tokens, states):
        found = [tokens[0]]
    else:
        found = [tokens[-1]]
        if (len(tokens) >= 3 and tokens[-2][:1].isupper() and not tokens[-2].endswith(".")
                and set(states) & DOUBLE_SURNAME_STATES):  # fmt: skip
            found.append(f"{tokens[-2]} {tokens[-1]}")  # "López Obrador", "Rodríguez Zapatero"
        elif len(tokens) >= 3 and tokens[-2].lower() in {"de", "da", "van", "von", "der", "al", "el", "le"}:
            found.append(f"{tokens[-2]} {tokens[-1]}")
    more: list[str] = []
    for surname in found:
        stripped = ARABIC_ARTICLE.sub("", surname)
        if stripped != surname and len(stripped) > 2:
            more.append(stripped)  # "el-Sisi" -> "Sisi"
    found += more
    for surname in list(found):
        slavic = _SLAVIC_ENDING.search(surname)
        if slavic is not None:
            # "Zelenskyy", "Zelensky", "Zelenskiy": one Ukrainian or Russian ending, transliterated three ways
            found += [surname[: slavic.start(1)] + ending for ending in ("yy", "iy", "y", "ii")]
    found += [fold_ascii(s) for s in found if fold_ascii(s) != s]
    return [s for s in dict.fromkeys(found) if len(s) > 1 and s[0].isupper()]


def name_aliases(name: str, states: Iterable[str]) -> list[str]:
    """Spelling variants news use for a full name: hyphen/space forms of East Asian given names,
    ASCII-folded forms, the name without middle parts."""
    tokens = [t for t in _tokens(name) if t]
    if not tokens:
        return []
    base = " ".join(tokens)
    variants: list[str] = [base]
    family_first = _family_name_first(tokens, states)
    if "-" in tokens[-1] and len(tokens) >= 2:
        head, _, tail = tokens[-1].partition("-")
        if head[:1].isupper() and tail[:1].islower():
            variants.append(" ".join([*tokens[:-1], head, tail.capitalize()]))  # Kim Jong-un -> Kim Jong Un
            variants.append(" ".join([*tokens[:-1], f"{head}-{tail.capitalize()}"]))  # Kim Jong-Un
            variants.append(" ".join([*tokens[:-1], head + tail]))  # Moon Jae-in -> Moon Jaein
    if family_first and len(tokens) == 3 and all(t[:1].isupper() for t in tokens):
        variants.append(f"{tokens[0]} {tokens[1]}-{tokens[2].lower()}")  # Kim Jong Un -> Kim Jong-un
    core = [t for t in tokens if t not in _NAME_SUFFIXES]
    if not family_first and len(core) >= 3 and not any(t.lower() in _PATRONYMIC_PARTICLES for t in core):
        variants.append(f"{core[0]} {core[-1]}")  # George W. Bush -> George Bush
    if core != tokens and len(core) >= 2:
        variants.append(" ".join(core))  # Surangel Whipps Jr. -> Surangel Whipps
    if len(core) >= 3 and re.fullmatch(r"[A-Z]\.", core[0]) and not re.fullmatch(r"[A-Z]\.", core[1]):
        variants.append(" ".join(core[1:]))  # R. Nicholas Burns -> Nicholas Burns: a leading initial dropped
    patronymic = [i for i, t in enumerate(core) if t.lower() in _PATRONYMIC_PARTICLES]
    if patronymic and patronymic[0] > 0:
        # "Mohammed bin Zayed Al Nahyan" -> "Mohammed bin Zayed": news names Gulf rulers by given name and father's
        # name, without the dynasty; "Salman bin Hamad bin Isa Al Khalifa" -> "Salman bin Hamad" too
        full, short = " ".join(core), " ".join(core[: patronymic[0] + 2])
        if short != full:
            variants.append(short)
        for spelling in _GIVEN_NAME_SPELLINGS.get(core[0], ()):
            variants += [f"{spelling} {v.split(' ', 1)[1]}" for v in (full, short)]
    variants += [fold_ascii(v) for v in variants]
    # one-word forms ("Salman" from "Salman of Saudi Arabia") belong in the surname index, not here
    return [v for v in dict.fromkeys(variants) if v != name and len(v) > 2 and " " in v]


# REIGN names in the wrong order for the surname rule: the Japanese family name first, as news never has it.
REIGN_SURNAMES = {"Hatoyama Yukio": "hatoyama"}
_LOWER_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _name_key_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of a name: hyphens and dots split ("Kim Young-Sam" -> kim young sam), generation
    suffixes dropped ("Hassan II" -> hassan)."""
    folded = fold_ascii(name).lower().replace("\u2019", "'")
    folded = re.sub(r"'s?$", "", folded)  # "Fujimori's"
    tokens = re.split(r"[\s.\-\u2010-\u2014]+", folded)
    return [t for t in tokens if t and t not in _LOWER_NAME_SUFFIXES]


def _reign_tokens(name: str) -> list[str]:
    """Tokens of a REIGN name; "Duvalier, Jean-" (surname first with a comma) is put in text order."""
    surname, comma, given = name.partition(",")
    return _name_key_tokens(f"{given} {surname}" if comma else name)


@functools.lru_cache(maxsize=8192)
def _text_name_tokens(name: str) -> tuple[str, ...]:
    return tuple(_name_key_tokens(name))


# ----------------------------------------------------------------------------------------------------------
# Build: hand tables (facts, with the reason they are needed)
# ----------------------------------------------------------------------------------------------------------

# Correlates of War state codes -> ISO 3166 alpha-3, for every COW state that exists in or after 1945 and has
# a present-day ISO code. COW abbreviations (UKG, GMY, ROK...) differ from ISO, so this is written out.
# Codes whose meaning changed over time (365, 345, 255/260) are in COW_BY_YEAR instead.
COW_TO_ISO3: dict[int, str] = {
    2: "USA", 20: "CAN", 31: "BHS", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM", 52: "TTO", 53: "BRB", 54: "DMA",
    55: "GRD", 56: "LCA", 57: "VCT", 58: "ATG", 60: "KNA", 70: "MEX", 80: "BLZ", 90: "GTM", 91: "HND", 92: "SLV",
    93: "NIC", 94: "CRI", 95: "PAN", 100: "COL", 101: "VEN", 110: "GUY", 115: "SUR", 130: "ECU", 135: "PER",
    140: "BRA", 145: "BOL", 150: "PRY", 155: "CHL", 160: "ARG", 165: "URY", 200: "GBR", 205: "IRL", 210: "NLD",
    211: "BEL", 212: "LUX", 220: "FRA", 221: "MCO", 223: "LIE", 225: "CHE", 230: "ESP", 232: "AND", 235: "PRT",
    290: "POL", 305: "AUT", 310: "HUN", 316: "CZE", 317: "SVK", 325: "ITA", 331: "SMR", 338: "MLT", 339: "ALB",
    341: "MNE", 343: "MKD", 344: "HRV", 346: "BIH", 347: "XKX", 349: "SVN", 350: "GRC", 352: "CYP", 355: "BGR",
    359: "MDA", 360: "ROU", 366: "EST", 367: "LVA", 368: "LTU", 369: "UKR", 370: "BLR", 371: "ARM", 372: "GEO",
    373: "AZE", 375: "FIN", 380: "SWE", 385: "NOR", 390: "DNK", 395: "ISL", 402: "CPV", 403: "STP", 404: "GNB",
    411: "GNQ", 420: "GMB", 432: "MLI", 433: "SEN", 434: "BEN", 435: "MRT", 436: "NER", 437: "CIV", 438: "GIN",
    439: "BFA", 450: "LBR", 451: "SLE", 452: "GHA", 461: "TGO", 471: "CMR", 475: "NGA", 481: "GAB", 482: "CAF",
    483: "TCD", 484: "COG", 490: "COD", 500: "UGA", 501: "KEN", 510: "TZA", 516: "BDI", 517: "RWA", 520: "SOM",
    522: "DJI", 530: "ETH", 531: "ERI", 540: "AGO", 541: "MOZ", 551: "ZMB", 552: "ZWE", 553: "MWI", 560: "ZAF",
    565: "NAM", 570: "LSO", 571: "BWA", 572: "SWZ", 580: "MDG", 581: "COM", 590: "MUS", 591: "SYC", 600: "MAR",
    615: "DZA", 616: "TUN", 620: "LBY", 625: "SDN", 626: "SSD", 630: "IRN", 640: "TUR", 645: "IRQ", 651: "EGY",
    652: "SYR", 660: "LBN", 663: "JOR", 666: "ISR", 670: "SAU", 679: "YEM", 690: "KWT", 692: "BHR", 694: "QAT",
    696: "ARE", 698: "OMN", 700: "AFG", 701: "TKM", 702: "TJK", 703: "KGZ", 704: "UZB", 705: "KAZ", 710: "CHN",
    712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR", 740: "JPN", 750: "IND", 760: "BTN", 770: "PAK", 771: "BGD",
    775: "MMR", 780: "LKA", 781: "MDV", 790: "NPL", 800: "THA", 811: "KHM", 812: "LAO", 816: "VNM", 820: "MYS",
    830: "SGP", 835: "BRN", 840: "PHL", 850: "IDN", 860: "TLS", 900: "AUS", 910: "PNG", 920: "NZL", 935: "VUT",
    940: "SLB", 946: "KIR", 947: "TUV", 950: "FJI", 955: "TON", 970: "NRU", 983: "MHL", 986: "PLW", 987: "FSM",
    990: "WSM",
}  # fmt: skip

# Codes whose state changed: (ccode, first_year, last_year) -> state QID. Years are inclusive.
COW_BY_YEAR: list[tuple[int, int, int, str]] = [
    (365, 1922, 1991, "Q15180"),  # Soviet Union
    (365, 1992, 9999, "Q159"),  # Russia
    (345, 1918, 1991, "Q36704"),  # Yugoslavia
    (345, 1992, 2005, "Q838261"),  # FR Yugoslavia / Serbia and Montenegro
    (345, 2006, 9999, "Q403"),  # Serbia
    (315, 1918, 1992, "Q33946"),  # Czechoslovakia
    (265, 1949, 1990, "Q16957"),  # East Germany
    (260, 1949, 1990, "Q183"),  # West Germany: the Federal Republic continued as Germany
    (255, 1990, 9999, "Q183"),  # Germany after unification
]
# COW codes knowingly left out (pre-1945 states, or states without a QID we are sure of).
COW_UNMAPPED = {240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 511, 678, 680, 730, 817}
COW_MIN_YEAR = 1945  # membership and alliance spells before 1945 are not useful for linking news

# States not (or not fully) described by the country files: de-facto states Wikidata models as countries
# and the historical states news still name. iso2/iso3 of historical states are their withdrawn ISO codes.
EXTRA_STATES: list[dict[str, Any]] = [
    {"qid": "Q865", "name": "Taiwan", "iso2": "TW", "iso3": "TWN", "cca3": "TWN"},
    {"qid": "Q219060", "name": "Palestine", "iso2": "PS", "iso3": "PSE", "cca3": "PSE"},
    {"qid": "Q1246", "name": "Kosovo", "iso2": "XK", "iso3": "XKX", "cca3": "UNK", "valid_from": 2008},
    {
        "qid": "Q40362",
        "name": "Sahrawi Arab Democratic Republic",
        "iso2": None,
        "iso3": None,
        "names": ["Sahrawi Arab Democratic Republic", "SADR"],
        "valid_from": 1976,
    },
    {
        "qid": "Q15180",
        "name": "Soviet Union",
        "iso2": "SU",
        "iso3": "SUN",
        "names": ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
        "demonyms": ["Soviet"],
        "valid_from": 1922,
        "valid_to": 1991,
    },
    {
        "qid": "Q36704",
        "name": "Yugoslavia",
        "iso2": "YU",
        "iso3": "YUG",
        "names": ["Yugoslavia", "Socialist Federal Republic of Yugoslavia", "SFRY"],
        "demonyms": ["Yugoslav", "Yugoslavian"],
        "valid_from": 1918,
        "valid_to": 1992,
    },
    {
        "qid": "Q838261",
        "name": "Serbia and Montenegro",
        "iso2": "CS",
        "iso3": "SCG",
        "names": ["Serbia and Montenegro", "Federal Republic of Yugoslavia", "FRY", "Yugoslavia"],
        "demonyms": ["Yugoslav"],
        "valid_from": 1992,
        "valid_to": 2006,
    },
    {
        "qid": "Q33946",
        "name": "Czechoslovakia",
        "iso2": "CS",
        "iso3": "CSK",
        "names": ["Czechoslovakia", "Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic"],
        "demonyms": ["Czechoslovak", "Czechoslovakian"],
        "valid_from": 1918,
        "valid_to": 1992,
    },
    {
        "qid": "Q16957",
        "name": "East Germany",
        "iso2": "DD",
        "iso3": "DDR",
        "names": ["East Germany", "German Democratic Republic", "GDR", "DDR"],
        "demonyms": ["East German"],
        "valid_from": 1949,
        "valid_to": 1990,
    },
]

# Years a present-day state began, where that matters for news since 1945 (independence or new statehood). Serbia
# and Montenegro count from 1992, when they became the two republics of the Federal Republic of Yugoslavia (Serbia and
# Montenegro from 2003), each with its own president and government that news name as "Serbia" and "Montenegro"
# (Milosevic as Serbia's president, Djukanovic as Montenegro's); the federation is Q838261.
STATE_VALID_FROM: dict[str, int] = {
    "Q159": 1991, "Q212": 1991, "Q184": 1991, "Q217": 1991, "Q37": 1990, "Q211": 1991, "Q191": 1991,
    "Q230": 1991, "Q399": 1991, "Q227": 1991, "Q232": 1991, "Q265": 1991, "Q874": 1991, "Q863": 1991,
    "Q813": 1991, "Q224": 1991, "Q215": 1991, "Q221": 1991, "Q225": 1992, "Q213": 1993, "Q214": 1993,
    "Q986": 1993, "Q574": 2002, "Q236": 1992, "Q403": 1992, "Q958": 2011, "Q1030": 1990, "Q805": 1990,
    "Q695": 1994, "Q709": 1986, "Q702": 1986,
}  # fmt: skip

# The short English name news use, where the country files prefer another.
STATE_NAME_OVERRIDES = {
    "Q43": "Turkey",
    "Q213": "Czech Republic",
    "Q974": "Democratic Republic of the Congo",
    "Q971": "Republic of the Congo",
    "Q574": "East Timor",
    "Q1008": "Ivory Coast",
    "Q1011": "Cape Verde",
    "Q778": "Bahamas",
    "Q1005": "Gambia",
    "Q702": "Micronesia",
    "Q237": "Vatican City",
    "Q219060": "Palestine",
}

# Forms that name a state but have other frequent meanings in English news; extraction must check context.
AMBIGUOUS_FORMS = {
    "Georgia", "Georgian", "Georgians", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "Congo", "Congolese",
    "Korea", "Korean", "Dominican", "Washington", "Victoria", "Kingston", "Georgetown", "Santiago", "San José",
    "San Jose", "Male", "Jerusalem", "Sucre", "Hamilton", "Macedonia", "Macedonian", "America", "Lagos",
    "The Hague", "Tel Aviv", "Cape Town", "Valparaíso", "Valparaiso", "Kyoto", "Panama", "Mexico", "Kuwait",
    "Luxembourg", "Singapore", "Monaco", "Djibouti", "Guatemala", "Israel", "Jersey", "Samoa", "Indian",
    "CAR", "Colombo", "Bahrain", "Lebanon", "Holland", "Tonga", "Nicosia", "Dodoma", "Porto-Novo",
    "Cotonou", "Abidjan", "Dar es Salaam", "La Paz", "Putrajaya", "Bloemfontein", "Lobamba", "Amsterdam",
    "Emirates", "Palestinian",
}  # fmt: skip

# Non-capital seats of government and former capitals that news use, keyed by the Natural Earth place QID
# ('Admin-0 capital alt' rows and former capitals): (state qid, valid_from, valid_to).
EXTRA_CAPITALS: dict[str, tuple[str, int | None, int | None]] = {
    "Q36600": ("Q55", None, None),  # The Hague, seat of government
    "Q182378": ("Q833", 1999, None),  # Putrajaya, administrative capital
    "Q3866": ("Q924", 1996, None),  # Dodoma, official capital
    "Q3799": ("Q962", None, None),  # Porto-Novo, official capital
    "Q41963": ("Q854", 1982, None),  # Sri Jayawardenepura Kotte, legislative capital
    "Q101418": ("Q1050", None, None),  # Lobamba, legislative capital
    "Q33935": ("Q801", None, None),  # Tel Aviv, where most embassies are
    "Q8673": ("Q1033", None, 1991),  # Lagos, capital until 1991
    "Q37995": ("Q836", None, 2005),  # Rangoon/Yangon, capital until 2005
    "Q1947": ("Q958", 2011, None),  # Juba (Natural Earth leaves ADM0CAP at 0)
    "Q158119": ("Q219060", None, None),  # Ramallah, seat of the Palestinian Authority
    "Q3711": ("Q403", 2006, None),  # Belgrade: before 2006 the federation's capital (HISTORICAL_CAPITALS)
}
# Cities other than capitals: the smallest population a city of Natural Earth's needs to be read as a place in its
# state (Sochi has 330,000 people), and how many times larger than its namesake elsewhere a city must be to keep
# a name they share.
CITY_MIN_POPULATION = 250_000
CITY_NAME_DOMINANCE = 10
CITY_BLOCKLIST_FILE = "city_blocklist.jsonl"


def read_city_blocklist(path: Path) -> list[dict[str, Any]]:
    """The hand-made list of city names that news mostly use for something else: each line an object with id,
    text, reason, examples (the other meaning) and counter_examples (the city)."""
    return [
        entry for _, entry in read_hand_made_jsonl(path, ("text", "reason", "examples", "counter_examples"), "entry")
    ]


def _city_names(row: dict[str, str]) -> list[str]:
    """The English names of a Natural Earth place: its name, the ASCII form, the English name when it spells the
    same name (the column holds some other places' names: "Niamey" for Maradi) and the former name (Bombay)."""
    name = row["NAME"]
    names = [name, row["NAMEASCII"]]
    english = row["NAME_EN"]
    if english and fold_ascii(english)[:1].lower() == fold_ascii(name)[:1].lower():
        names.append(english)
    former = row["NAMEPAR"]
    if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", former or ""):
        names.append(former)
    return [n for n in dict.fromkeys(names) if n and "," not in n and "(" not in n]


# Capitals of historical states and former capitals not in Natural Earth: (text, state, from, to).
HISTORICAL_CAPITALS: list[tuple[str, str, int | None, int | None]] = [
    ("Moscow", "Q15180", 1922, 1991),
    ("Belgrade", "Q36704", 1918, 1992),
    ("Belgrade", "Q838261", 1992, 2006),
    ("Prague", "Q33946", 1918, 1992),
    ("East Berlin", "Q16957", 1949, 1990),
    ("Pankow", "Q16957", 1949, 1990),
    ("Bonn", "Q183", 1949, 1999),
    ("Alma-Ata", "Q232", 1991, 1997),
    ("Almaty", "Q232", 1991, 1997),
    ("Peking", "Q148", None, None),
    ("Yangon", "Q836", None, 2005),
    ("Kyiv", "Q212", None, None),
    ("Kiev", "Q212", None, None),
    ("Laayoune", "Q40362", None, None),
    ("Tifariti", "Q40362", None, None),
    ("Washington", "Q30", None, None),
    ("Washington D.C.", "Q30", None, None),
    ("Nay Pyi Taw", "Q836", 2005, None),
    ("Naypyitaw", "Q836", 2005, None),
    ("Astana", "Q232", 1997, None),
    ("Nur-Sultan", "Q232", 2019, 2022),
    ("Taipei", "Q865", None, None),
    ("Pristina", "Q1246", None, None),
    ("Vatican City", "Q237", None, None),
]

# Strings the country files list as names that are not English names news use.
NOT_STATE_NAMES = {
    "Island",
    "the Abode of Peace",
    "Grand-Duché de Luxembourg",
    "Union des Comores",
    "Negara Brunei Darussalam",
    "Palestinian Territory Occupied",
    "West Bank and Gaza",
    "Sri Jawewardenepura Kotte",
    "Nation of Brunei",
    "Nation of Brunei, Abode of Peace",
}

# altSpellings of the country file that are English names though they contain none of the English
# keywords below (they are kept); other altSpellings are kept only if they read as English.
_ENGLISH_NAME_WORDS = re.compile(
    r"\b(?:Republic|Kingdom|State|States|Democratic|People's|Federation|Federal|Union|Islands?|of|the|United|"
    r"Commonwealth|Principality|Sultanate|Emirates?|Grand|Duchy|Independent|Socialist|Islamic|Arab|Plurinational|"
    r"Bolivarian|Oriental|Co-operative|Cooperative|Territory|Confederation|Eastern|Western|Northern|Southern)\b"
)


# ----------------------------------------------------------------------------------------------------------
# Build: offices of people
# ----------------------------------------------------------------------------------------------------------

# Position labels (lower case) of national offices to keep from the all-officeholders file: ministers,
# deputy heads, ambassadors and envoys, speakers, party leaders, military chiefs, heads of central banks.
OFFICE_KEEP_PATTERNS = [
    r"\bminister\b", r"\bsecretary of state\b", r"\bsecretary of\b", r"^united states secretary\b",
    r"\bforeign secretary\b", r"\bhome secretary\b", r"\bdefence secretary\b", r"\bchancellor\b",
    r"\bambassador\b", r"\benvoy\b", r"\bpermanent representative\b", r"\bhigh commissioner\b",
    r"\bspeaker\b", r"\bpresident of the (?:national assembly|senate|parliament|chamber|house|congress|"
    r"legislative|state duma|federation council|assembly)", r"\bchairman of the (?:national assembly|"
    r"state duma|federation council|supreme|standing committee|parliament|house|national people's congress)",
    r"\bvice[- ]president\b", r"\bdeputy prime minister\b", r"\bvice[- ]premier\b", r"\bdeputy president\b",
    r"\bfirst vice\b", r"\bstate councilo?r\b", r"\btánaiste\b", r"\bchief of (?:the )?(?:general|defen[cs]e|army|"
    r"naval|air|staff)", r"\bchairman of the joint chiefs\b", r"\bcommander\b", r"\bcommander-in-chief\b",
    r"\bnational security advis", r"\bleader of the\b", r"\bgeneral secretary\b", r"\bsecretary[- ]general of the\b",
    r"\bparty\b", r"\bgovernor of the (?:central|national|reserve) bank\b",
    r"\bpresident of the (?:central|national) bank\b",
    r"\bgovernor of the bank of\b", r"^president of\b", r"^prime minister of\b", r"\bwhite house chief of staff\b",
    r"\bchief of staff\b", r"\bcabinet secretary for\b", r"^secretary for\b",
]  # fmt: skip
# Sub-national, judicial and junior offices: dropped even when a keep pattern matches.
OFFICE_DROP_PATTERNS = [
    r"\bmayor\b", r"\blord mayor\b", r"\bgovernor\b(?! of the (?:central|national|reserve) bank| of the bank of)",
    r"\blieutenant\b", r"\bprefect\b", r"\bintendant\b", r"\bäkim\b", r"\bprovinc", r"\bregion of\b",
    r"\bregional (?:government|council|assembly|parliament|president|governor|minister)\b", r"\boblast\b",
    r"\bkrai\b", r"\bcanton", r"\bcounty\b", r"\bmunicipal", r"\bcity\b", r"\bdistrict\b", r"\bprefecture\b",
    r"\bautonomous\b", r"\bstate of [A-Za-z]", r"\b(?:state|provincial|regional|territorial) (?:government|assembly|"
    r"parliament|legislature)", r"\bminister[- ]president\b", r"\bfirst minister\b", r"\bchief minister\b",
    r"^premier\b", r"\bjudge\b", r"^(?:chief |associate |supreme court )?justice\b", r"\bcourt\b", r"\btribunal\b",
    r"\bprosecutor",
    r"\battorney\b", r"\bsolicitor\b", r"\bombudsman\b", r"\bauditor\b", r"\bdeputy (?:governor|minister|secretary|"
    r"chief|head|director)", r"\bvice[- ]minister\b", r"\bassistant\b", r"\bunder[- ]?secretary\b",
    r"\bstate secretary\b", r"\bparliamentary secretary\b", r"\bjunior minister\b", r"\bpermanent secretary\b",
    r"\bprincipal private secretary\b", r"\bspokes", r"\bpress secretary\b", r"\bcommunications director\b",
    r"\bfirst lady\b", r"\bcrown prince\b", r"\bmember of\b", r"^member\b", r"\bflemish\b", r"\bwalloon\b",
    r"\bbrussels-capital\b", r"\bscottish\b", r"\bwelsh\b", r"\bnorthern ireland\b", r"\bbavaria", r"\bcatalonia\b",
    r"\bbasque\b", r"\bgreenland\b", r"\bfaroe", r"\båland\b", r"\baland\b", r"\bquebec\b", r"\bontario\b",
    r"\bmetropolitan\b", r"\bcommune\b", r"\bmunicipality\b", r"\bwhip\b", r"\bcounsel\b",
    r"\badvis[eo]r\b(?<!security advisor)",
    r"\bdirector\b", r"\binspector\b", r"\bregistrar\b", r"\barchivist\b", r"\bcommissioner\b(?! high)",
    r"\bpolice\b", r"\blandtag", r"\bpresiding officer\b", r"\bvice chairman\b", r"\bdeputy chairman\b",
    r"\bdeputy speaker\b", r"\bcommandant\b", r"kurdistan", r"\bzanzibar\b", r"\bpuntland\b", r"republika srpska",
    r"federation of bosnia", r"\btatarstan\b", r"\bchechen", r"\bcrimea\b", r"\bgaza\b", r"\bbougainville\b",
    r"\bmenteri besar\b", r"\bruler of\b",
]  # fmt: skip
# National offices whose labels would otherwise hit a drop pattern ("director", "chief of ... staff").
OFFICE_ALWAYS_KEEP_PATTERNS = [
    r"\bdirector of (?:national intelligence|the central intelligence agency)\b", r"\btrade representative\b",
    r"\bhead of the presidential administration\b", r"\bchairman of the joint chiefs\b",
    r"^chief of (?:the )?(?:navy |naval |army |air force |defen[cs]e |general )*(?:general )?staff\b",
    r"\bhead of the (?:security service|federal security service)\b",
]  # fmt: skip
_OFFICE_KEEP_RE = re.compile("|".join(OFFICE_KEEP_PATTERNS))
_OFFICE_ALWAYS_KEEP_RE = re.compile("|".join(OFFICE_ALWAYS_KEEP_PATTERNS))
_OFFICE_DROP_RE = re.compile("|".join(OFFICE_DROP_PATTERNS))


def keep_office_label(label: str) -> bool:
    """True for a national office worth knowing when linking news (see the two pattern lists)."""
    text = label.lower()
    if not text:
        return False
    if _OFFICE_ALWAYS_KEEP_RE.search(text):
        return True
    if _OFFICE_DROP_RE.search(text):
        return False
    return bool(_OFFICE_KEEP_RE.search(text))


def role_from_position_label(label: str) -> str:
    """Role of a head-of-state/government position from its label (used where no source classified it)."""
    text = label.lower()
    if re.search(r"state administration council|military leader|governor-general|governor general", text):
        return "other"
    if re.search(
        r"pontifical commission|prime minister|\bpremier\b|chancellor|taoiseach|minister of state of monaco|"
        r"chief minister|head of government",
        text,
    ):
        return "head_of_government"
    if re.search(r"foreign|external affairs|external relations", text) and "minister" in text:
        return "foreign_minister"
    if re.search(r"defen[cs]e", text) and "minister" in text:
        return "defence_minister"
    if re.search(
        r"president|monarch|\bking\b|\bqueen\b|emperor|\bemir\b|sultan|prince|co-prince|\bpope\b|"
        r"supreme leader|o le ao o le malo|druk gyalpo|yang di-pertuan|ngwenyama|captain regent|"
        r"head of state|chairman|member",
        text,
    ):
        return "head_of_state"
    return "other"


# ----------------------------------------------------------------------------------------------------------
# Build: organisations (QIDs are facts written by hand; the shared data has none)
# ----------------------------------------------------------------------------------------------------------

# qid, name, abbreviation, aliases, kind, COW IGO ioname (or None), CIA factbook org_id (or None).
# Only QIDs we could confirm (the brief, or a Wikidata-derived record); left out for lack of a confirmed QID:
# IMF, World Bank, BRICS, CSTO, ANZUS, Rio Pact, CENTO, Quad, AUKUS.
ORGANISATIONS: list[tuple[str, str, str | None, tuple[str, ...], str, str | None, str | None]] = [
    ("Q7184", "NATO", "NATO", ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato",
                               "North Atlantic Alliance", "Atlantic Alliance"), "military_alliance", "NATO", "NATO"),
    ("Q41644", "Warsaw Pact", None, ("Warsaw Treaty Organization", "Warsaw Treaty"), "military_alliance",
     "WPACT", None),
    ("Q277252", "Southeast Asia Treaty Organization", "SEATO", ("Southeast Asia Treaty Organisation",),
     "military_alliance", "SEATO", None),
    ("Q1065", "United Nations", "UN", ("U.N.", "United Nations Organization"), "igo", "UN", "UN"),
    ("Q458", "European Union", "EU", ("E.U.",), "igo", "EU", "EU"),
    ("Q7768", "Association of Southeast Asian Nations", "ASEAN", ("Asean", "Association of South East Asian Nations"),
     "igo", "ASEAN", "ASEAN"),
    ("Q7159", "African Union", "AU", (), "igo", "AU", "AU"),
    ("Q7202", "Arab League", None, ("League of Arab States",), "igo", "LOAS", "AL"),
    ("Q485207", "Shanghai Cooperation Organisation", "SCO", ("Shanghai Cooperation Organization",), "igo",
     "SCO", "SCO"),
    ("Q217172", "Gulf Cooperation Council", "GCC", ("Cooperation Council for the Arab States of the Gulf",),
     "igo", "GCC", "GCC"),
    ("Q123759", "Organization of American States", "OAS", ("Organisation of American States",), "igo", "OAS", "OAS"),
    ("Q7795", "OPEC", "OPEC", ("Organization of the Petroleum Exporting Countries",
                               "Organisation of the Petroleum Exporting Countries"), "igo", "OPEC", "OPEC"),
    ("Q7825", "World Trade Organization", "WTO", ("World Trade Organisation",), "igo", "WTO", "WTO"),
    ("Q81299", "Organization for Security and Co-operation in Europe", "OSCE",
     ("Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"),
     "igo", "OSCE", "OSCE"),
    ("Q8908", "Council of Europe", None, (), "igo", "COE", "CE"),
    ("Q7785", "Commonwealth of Nations", None, ("the Commonwealth",), "igo", "COMSEC", "C"),
    ("Q7779", "Commonwealth of Independent States", "CIS", (), "igo", "CIS", "CIS"),
    ("Q41550", "Organisation for Economic Co-operation and Development", "OECD",
     ("Organization for Economic Cooperation and Development",
      "Organization for Economic Co-operation and Development"),
     "igo", "OECD", "OECD"),
    ("Q19771", "G20", "G20", ("G-20", "Group of 20", "Group of Twenty"), "igo", None, "G-20"),
    ("Q1764511", "G7", "G7", ("G-7", "Group of Seven", "Group of 7"), "igo", None, "G-7"),
]  # fmt: skip
# Membership changes after the data ends (COW IGO 2014, factbook ~2019): (org, state, joined, left).
MEMBERSHIP_UPDATES: list[tuple[str, str, int | None, int | None]] = [
    ("Q7184", "Q236", 2017, None),  # Montenegro joins NATO
    ("Q7184", "Q221", 2020, None),  # North Macedonia joins NATO
    ("Q7184", "Q33", 2023, None),  # Finland joins NATO
    ("Q7184", "Q34", 2024, None),  # Sweden joins NATO
    ("Q458", "Q145", None, 2020),  # the United Kingdom leaves the EU
]
# Rows of the COW IGO spells that contradict the historical record (ioname, ccode): Ghana was never in the
# Warsaw Pact.
COW_IGO_ERRATA = {("WPACT", 452)}


# ----------------------------------------------------------------------------------------------------------
# Build: helpers
# ----------------------------------------------------------------------------------------------------------


def _read_csv(path: Path, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding=encoding, newline="") as handle:
            yield from csv.DictReader(handle)
    except FileNotFoundError:
        raise InputError(f"{path}: missing gazetteer input; pass --shared pointing at the shared data folder") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not {encoding} ({exc}); check the file") from None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: missing gazetteer input; pass --shared pointing at the shared data folder") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON ({exc})") from None


def read_rule_file(path: Path) -> list[dict[str, Any]]:
    """A hand-made JSONL rule file: each line an object with id, text, qid, form, examples, counter_examples."""
    rules = read_hand_made_jsonl(path, ("text", "qid", "form", "examples", "counter_examples"), "rule")
    for number, rule in rules:
        if rule["form"] not in FORMS:
            raise InputError(f"{path}:{number}: form {rule['form']!r} is not one of {', '.join(FORMS)}")
    return [rule for _, rule in rules]


LEADER_TERMS_FILE = "leader_terms.jsonl"
_LEADER_TERM_KEYS = ("id", "person", "name", "state", "role", "start", "source", "examples", "counter_examples")


def read_leader_terms(path: Path) -> list[dict[str, Any]]:
    """The hand-made terms of office: each line an object with id, person, name, state, role, start (and end,
    office, office_label, aliases), the source of the fact, and examples and counter-examples of its use."""
    terms = read_hand_made_jsonl(path, _LEADER_TERM_KEYS, "term")
    for number, term in terms:
        if term["role"] not in SENIORITY:
            raise InputError(f"{path}:{number}: role {term['role']!r} is not one of {', '.join(ROLES)}")
    return [term for _, term in terms]


def _parse_sources_md(path: Path) -> dict[str, dict[str, str]]:
    """file -> {repo, path, commit, licence} from the table in shared/gazetteer/SOURCES.md."""
    table: dict[str, dict[str, str]] = {}
    previous: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| file") or line.startswith("|---"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 5:
            continue
        files, repo, repo_path, commit, licence = cells[:5]
        meta = {
            "repo": repo.replace("&lt;", "<").replace("&gt;", ">"),
            "path": repo_path,
            "commit": commit,
            "licence": licence,
        }
        for key, value in meta.items():
            if value.lower() == "as above":
                meta[key] = previous.get(key, "")
        previous = meta
        for name in re.split(r",\s*", files):
            name = name.strip()
            if name:
                table[name] = meta
    return table


# ----------------------------------------------------------------------------------------------------------
# Build: the builder
# ----------------------------------------------------------------------------------------------------------


@dataclass
class _FormRow:
    text: str
    qid: str
    form: str
    rule: str
    valid_from: int | None = None
    valid_to: int | None = None
    ambiguous: bool = False


# Offices of the Taliban's Islamic Emirate of Afghanistan, which governed the state from 1996 to December 2001 and
# again from 15 August 2021 (the source lists its leaders in between as holders all the same).
_INSURGENT_YEARS_OFFICE = re.compile(r"\bLeader of the Islamic Emirate\b")
_TALIBAN_FALL = dt.date(2001, 12, 22)
_TALIBAN_RETURN = dt.date(2021, 8, 15)


@dataclass
class _HoldingRow:
    person: str
    office: str | None
    office_label: str | None
    state: str
    role: str
    start: str | None
    end: str | None
    source: str
    rank: int  # lower = newer/more trusted snapshot, used when merging


_DatedPiece = tuple[str, str | None, str | None]  # (state QID, start, end)


@dataclass(frozen=True)
class _ReignSpell:
    """One REIGN spell in one state, with the known person the name matched (if exactly one) and REIGN's birth
    year and gender of the leader ("" when not given)."""

    state: str
    name: str
    person: str | None
    start: str | None
    end: str | None
    born: str
    gender: str = ""  # REIGN's code: "0" a woman, "1" a man, "" not given


@dataclass
class _Builder:
    shared: Path
    rules_dir: Path
    warnings: list[str] = field(default_factory=list)
    used_files: list[str] = field(default_factory=list)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    iso3_to_qid: dict[str, str] = field(default_factory=dict)
    iso2_to_qid: dict[str, str] = field(default_factory=dict)
    forms: list[_FormRow] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)
    holdings: list[_HoldingRow] = field(default_factory=list)
    offices: dict[str, str] = field(default_factory=dict)
    demonym_owner: dict[str, str] = field(default_factory=dict)
    other_labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inverted_dropped: int = 0
    cities_added: int = 0

    def path(self, relative: str) -> Path:
        if relative not in self.used_files:
            self.used_files.append(relative)
        return self.shared / "gazetteer" / relative

    # -- states ------------------------------------------------------------------------------------------------

    def build_states(self) -> None:
        countries = _read_json(self.path("states/mledoze_countries.json"))
        dr5hn = {row["iso3"]: row for row in _read_csv(self.path("states/dr5hn_countries.csv"))}
        natural_earth = list(_read_csv(self.path("states/naturalearth_admin0_countries.csv")))
        ne_by_iso3 = {
            row["ISO_A3_EH"]: row
            for row in natural_earth
            if row["TYPE"] in ("Sovereign country", "Country", "Sovereignty", "Disputed", "Indeterminate")
            and row["ISO_A3_EH"] != "-99"
        }
        extra_by_cca3 = {extra["cca3"]: extra for extra in EXTRA_STATES if "cca3" in extra}
        cow_by_iso3 = {iso3: code for code, iso3 in COW_TO_ISO3.items()}
        self.demonym_owner = {
            demonym: country["cca3"]
            for country in countries
            for demonym in ((country.get("demonyms") or {}).get("eng") or {}).values()
        }

        for country in countries:
            cca3 = country["cca3"]
            extra = extra_by_cca3.get(cca3)
            if not country.get("independent") and extra is None:
                continue  # dependencies and territories (Åland, Guam, Hong Kong...) are not states
            dr_row = dr5hn.get(cca3, {})
            ne_row = ne_by_iso3.get(cca3, {})
            qid = (extra or {}).get("qid") or dr_row.get("wikiDataId") or ne_row.get("WIKIDATAID")
            if not qid:
                self.warnings.append(f"state {cca3} has no QID in the country files; left out")
                continue
            iso3 = (extra or {}).get("iso3", cca3)
            iso2 = (extra or {}).get("iso2", country.get("cca2"))
            common = country["name"]["common"]
            state = {
                "qid": qid,
                "name": STATE_NAME_OVERRIDES.get(qid, (extra or {}).get("name", common)),
                "iso2": iso2,
                "iso3": iso3,
                "cow": cow_by_iso3.get(iso3),
                "valid_from": (extra or {}).get("valid_from", STATE_VALID_FROM.get(qid)),
                "valid_to": (extra or {}).get("valid_to"),
            }
            self.states[qid] = state
            self.iso3_to_qid[iso3] = qid
            if iso2:
                self.iso2_to_qid[iso2] = qid
            self._state_names(qid, country, dr_row, ne_row)

        for extra in EXTRA_STATES:
            if "cca3" in extra:
                continue
            qid = extra["qid"]
            cow = next((code for code, _first, _last, q in COW_BY_YEAR if q == qid), None)
            self.states[qid] = {
                "qid": qid, "name": extra["name"], "iso2": extra["iso2"], "iso3": extra["iso3"], "cow": cow,
                "valid_from": extra.get("valid_from"), "valid_to": extra.get("valid_to"),
            }  # fmt: skip
            for text in extra.get("names", []):
                form = "abbreviation" if text.replace(".", "").isupper() else "name"
                self.forms.append(_FormRow(text, qid, form, "state.historical"))
            for text in extra.get("demonyms", []):
                self.forms.append(_FormRow(text, qid, "demonym", "state.historical"))
        for code, _first, _last, qid in COW_BY_YEAR:  # Russia 365, Serbia 345, Germany 255: the latest code wins
            if qid in self.states:
                self.states[qid]["cow"] = code
        self._capitals()

    def _state_names(self, qid: str, country: dict[str, Any], dr_row: dict[str, str], ne_row: dict[str, str]) -> None:
        names = {self.states[qid]["name"], country["name"]["common"]}
        for key in ("NAME", "NAME_LONG", "ADMIN", "NAME_EN", "NAME_SORT"):
            value = ne_row.get(key, "")
            if value and "." not in value and "," not in value and not value.startswith("eSw"):
                names.add(value)
        if dr_row.get("name") and "," not in dr_row["name"] and "(" not in dr_row["name"]:
            names.add(dr_row["name"])
        officials = {country["name"]["official"], ne_row.get("FORMAL_EN", "")}
        abbreviations: set[str] = set()
        for alt in country.get("altSpellings", []):
            if alt == country.get("cca2") or "," in alt or "(" in alt:
                continue
            if alt.replace(".", "").isupper() and 2 < len(alt) <= 6 and alt.isascii():
                abbreviations.add(alt)
            elif _ENGLISH_NAME_WORDS.search(alt) and _reads_as_english(alt):
                (officials if len(alt.split()) > 2 else names).add(alt)
            elif alt in {
                "Holland",
                "Burma",
                "Swaziland",
                "Ivory Coast",
                "Macedonia",
                "Turkiye",
                "East Timor",
                "Czechia",
                "Cote d'Ivoire",
                "Côte d'Ivoire",
                "Vatican",
                "Great Britain",
                "Cabo Verde",
                "Timor-Leste",
                "Congo-Kinshasa",
                "Congo-Brazzaville",
                "DR Congo",
                "Zaire",
                "Kampuchea",
            }:
                names.add(alt)
        for text in sorted(n for n in names if n):
            self.forms.append(_FormRow(text, qid, "name", "state.name"))
        for text in sorted(o for o in officials if o and o not in names):
            if _reads_as_english(text):
                self.forms.append(_FormRow(text, qid, "official", "state.official"))
        for text in sorted(abbreviations):
            self.forms.append(_FormRow(text, qid, "abbreviation", "state.abbreviation"))
        demonyms: set[str] = set()
        english = (country.get("demonyms") or {}).get("eng") or {}
        demonyms.update(v for v in english.values() if v)
        for part in re.split(r",| or ", dr_row.get("nationality", "")):
            part = part.strip()
            owner = self.demonym_owner.get(part)
            if owner not in (None, country["cca3"]):
                continue  # dr5hn gives Taiwan "Chinese": that demonym belongs to China
            if part and part not in {"UK", "NZ"} and part[0].isupper() and _reads_as_english(part):
                demonyms.add(part)
        for text in sorted(demonyms):
            self.forms.append(_FormRow(text, qid, "demonym", "state.demonym"))

    @functools.cached_property
    def natural_earth_iso3(self) -> dict[str, str]:
        """Natural Earth's country code -> ISO 3166 alpha-3, with the codes it gives places of partly recognised
        states (Palestine, Kosovo, Western Sahara, Somaliland)."""
        admin0_file = self.path("states/naturalearth_admin0_countries.csv")
        codes = {row["ADM0_A3"]: row["ISO_A3_EH"] for row in _read_csv(admin0_file)}
        codes.update({"PSX": "PSE", "KOS": "XKX", "SAH": "ESH", "SOL": "-99"})
        return codes

    def _capitals(self) -> None:
        admin0 = self.natural_earth_iso3
        for row in _read_csv(self.path("states/naturalearth_populated_places.csv")):
            place = row["WIKIDATAID"]
            valid_from = valid_to = None
            if place in EXTRA_CAPITALS:
                qid, valid_from, valid_to = EXTRA_CAPITALS[place]
            elif row["FEATURECLA"] == "Admin-0 capital" and row["ADM0CAP"] == "1":
                qid = self.iso3_to_qid.get(admin0.get(row["ADM0_A3"], ""), "")
                if row["ADM0_A3"] == "PSX":
                    qid = "Q219060"
            else:
                continue
            if qid not in self.states:
                continue
            names = {row["NAME"], row["NAMEASCII"], row["NAME_EN"]}
            if row["NAME"] == "Rangoon":
                names = {"Rangoon"}  # "Yangon" is listed with its own years below
            for text in sorted(n for n in names if n and n != "souk ahras"):
                self.forms.append(_FormRow(text, qid, "capital", f"state.capital:{place}", valid_from, valid_to))
        for text, qid, valid_from, valid_to in HISTORICAL_CAPITALS:
            self.forms.append(_FormRow(text, qid, "capital", "state.capital.extra", valid_from, valid_to))

    def add_cities(self) -> None:
        """Cities other than capitals, as places in their state ("talks in Sochi", "arrived in Shanghai"):
        Natural Earth's populated places of a sovereign state with at least ``CITY_MIN_POPULATION`` people. Left
        out: a name several places bear unless the largest is ``CITY_NAME_DOMINANCE`` times the next (Sydney,
        Australia over Sydney, Canada), a name that already names a state or capital, a surname of one of the
        gazetteer's heads and foreign and defence ministers ("Medina", "Austin"), and the words of
        city_blocklist.jsonl ("Phoenix", "Natal")."""
        admin0 = self.natural_earth_iso3
        blocked = {entry["text"] for entry in read_city_blocklist(self.rules_dir / CITY_BLOCKLIST_FILE)}
        # (the surnames of heads of state, heads of government, foreign and defence ministers, whom news name by the
        # surname alone: "Austin said" is the US defence secretary, not the Texan capital)
        senior: dict[str, set[str]] = defaultdict(set)
        for holding in self.holdings:
            if holding.role != "other":
                senior[holding.person].add(holding.state)
        surnames = {
            surname for person, states in senior.items() for surname in surnames_of(self.people.get(person, ""), states)
        }
        taken = {row.text for row in self.forms}
        places: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # name -> (population, state, place)
        for row in _read_csv(self.path("states/naturalearth_populated_places.csv")):
            if row["FEATURECLA"] in ("Admin-0 capital", "Admin-0 capital alt", "Scientific station"):
                continue
            sovereign = row["SOV_A3"] == row["ADM0_A3"]
            qid = self.iso3_to_qid.get(admin0.get(row["ADM0_A3"], ""), "") if sovereign else ""
            population = int(float(row["POP_MAX"] or 0))
            for name in _city_names(row):
                places[name].append((population, qid, row["WIKIDATAID"]))
        for name, rows in sorted(places.items()):
            rows.sort(reverse=True)
            population, qid, place = rows[0]
            if len(rows) > 1 and rows[1][1] != qid and population < CITY_NAME_DOMINANCE * rows[1][0]:
                continue  # "Hyderabad" in India and in Pakistan, "Valencia" in Spain and in Venezuela
            if (
                qid not in self.states
                or population < CITY_MIN_POPULATION
                or name in taken
                or name in blocked
                or name in surnames
            ):
                continue
            self.forms.append(_FormRow(name, qid, "city", f"state.city:{place}"))
            self.cities_added += 1

    def add_rule_forms(self) -> None:
        for filename in ("state_metonyms.jsonl", "state_aliases.jsonl"):
            for rule in read_rule_file(self.rules_dir / filename):
                if rule["qid"] not in self.states:
                    self.warnings.append(f"{filename}: {rule['id']} names {rule['qid']}, not a state; left out")
                    continue
                self.forms.append(
                    _FormRow(
                        rule["text"],
                        rule["qid"],
                        rule["form"],
                        rule["id"],
                        rule.get("valid_from"),
                        rule.get("valid_to"),
                        bool(rule.get("ambiguous")),
                    )
                )

    def finish_forms(self) -> list[list[Any]]:
        """Clip each form to its state's years, drop duplicates, flag texts naming several states at once."""
        rows: dict[tuple[Any, ...], _FormRow] = {}
        # a hand-made rule that dates a form gives its years: "Congo" is Kinshasa's before 1971 and after 1997
        # (Zaire between), which the data's undated row for the same text and state would blur into one span
        dated_by_hand = {
            (row.text, row.qid)
            for row in self.forms
            if not row.rule.startswith("state.") and (row.valid_from is not None or row.valid_to is not None)
        }
        for row in self.forms:
            if row.text in NOT_STATE_NAMES or "(" in row.text:
                continue
            state = self.states[row.qid]
            row.valid_from = _max_opt(row.valid_from, state["valid_from"])
            row.valid_to = _min_opt(row.valid_to, state["valid_to"])
            key: tuple[Any, ...] = (row.text, row.qid)
            if key in dated_by_hand:
                if row.rule.startswith("state.") or (row.valid_from is None and row.valid_to is None):
                    continue
                key = (row.text, row.qid, row.valid_from, row.valid_to)  # each dated span of its own
            if key in rows:
                kept = rows[key]
                # a hand-made rule (with examples) wins over the data; else the more specific form wins the
                # label (a name beats a demonym beats a capital)
                hand_made, kept_hand_made = not row.rule.startswith("state."), not kept.rule.startswith("state.")
                if (hand_made, -FORMS.index(row.form)) > (kept_hand_made, -FORMS.index(kept.form)):
                    kept.form, kept.rule = row.form, row.rule
                kept.valid_from = (None if kept.valid_from is None or row.valid_from is None
                                   else min(kept.valid_from, row.valid_from))  # fmt: skip
                kept.valid_to = (
                    None if kept.valid_to is None or row.valid_to is None else max(kept.valid_to, row.valid_to)
                )
                kept.ambiguous = kept.ambiguous or row.ambiguous
            else:
                rows[key] = _FormRow(row.text, row.qid, row.form, row.rule, row.valid_from, row.valid_to, row.ambiguous)
        by_text: dict[str, list[_FormRow]] = defaultdict(list)
        for row in rows.values():
            by_text[row.text].append(row)
        for text, group in by_text.items():
            for row in group:
                if text in AMBIGUOUS_FORMS or any(other is not row and _years_overlap(row, other) for other in group):
                    row.ambiguous = True
        return sorted(
            [r.text, r.qid, r.form, int(r.ambiguous), r.rule, r.valid_from, r.valid_to] for r in rows.values()
        )

    # -- COW codes ---------------------------------------------------------------------------------------------

    def cow_state(self, ccode: int, year: int) -> str | None:
        for code, first, last, qid in COW_BY_YEAR:
            if code == ccode and first <= year <= last:
                return qid
        iso3 = COW_TO_ISO3.get(ccode)
        return self.iso3_to_qid.get(iso3) if iso3 else None

    def cow_spells(self, ccode: int, first: int, last: int) -> list[tuple[str, int, int]]:
        """Split a COW spell into (state QID, first, last) pieces by the year table; drops years < 1945."""
        first = max(first, COW_MIN_YEAR)
        pieces: list[tuple[str, int, int]] = []
        for year in range(first, last + 1):
            qid = self.cow_state(ccode, year)
            if qid is None:
                continue
            if pieces and pieces[-1][0] == qid and pieces[-1][2] == year - 1:
                pieces[-1] = (qid, pieces[-1][1], year)
            else:
                pieces.append((qid, year, year))
        return pieces

    def cow_date_pieces(self, ccode: int, start: str | None, end: str | None) -> list[_DatedPiece]:
        """Split a dated spell of a COW code into (state QID, start, end) pieces by the year table: Yeltsin's
        spell of code 365 from 1991-08-21 is the Soviet Union's until 1991 and Russia's from 1992. Pieces
        cut at a year boundary get a year-precision date there; states outside the tables give no piece."""
        if start is None:
            return []
        first_year, last_year = _lo(start).year, _hi(end).year
        table = [(first, last, qid) for code, first, last, qid in COW_BY_YEAR if code == ccode]
        if not table:
            qid = self.cow_state(ccode, first_year)
            return [(qid, start, end)] if qid in self.states else []
        pieces: list[_DatedPiece] = []
        for first, last, qid in table:
            if first > last_year or last < first_year or qid not in self.states:
                continue
            piece_start = start if first <= first_year else f"{first:04d}"
            piece_end = end if last >= last_year else f"{last:04d}"
            pieces.append((qid, piece_start, piece_end))
        return pieces

    def check_cow_codes(self, codes: Iterable[int], where: str) -> None:
        known = set(COW_TO_ISO3) | {code for code, *_ in COW_BY_YEAR} | COW_UNMAPPED
        missing = sorted(set(codes) - known)
        if missing:
            self.warnings.append(f"{where}: COW codes without a state mapping: {missing}")

    # -- people ------------------------------------------------------------------------------------------------

    def add_person(self, qid: str, label: str | None) -> None:
        """Record a person's label; the first label seen is the name (Wikidata labels come first), later
        different labels (the 2026 snapshot's "Mohammed bin Salman") become aliases."""
        if not re.fullmatch(r"Q\d+", qid or "") or not label or re.fullmatch(r"Q\d+", label.strip()):
            return
        label = label.strip()
        if qid not in self.people:
            self.people[qid] = label
        elif label != self.people[qid]:
            self.other_labels[qid].add(label)

    def add_holding(self, row: _HoldingRow) -> None:
        if row.state not in self.states or not re.fullmatch(r"Q\d+", row.person):
            return
        if row.office_label and _INSURGENT_YEARS_OFFICE.search(row.office_label):
            # the Taliban's leaders led no state between their fall in December 2001 and their return in August
            # 2021: a holding inside those years is dropped, one that runs on past them starts at the return
            if _hi(row.end) < _TALIBAN_RETURN and _lo(row.start) > _TALIBAN_FALL:
                return
            if _lo(row.start) > _TALIBAN_FALL and _lo(row.start) < _TALIBAN_RETURN:
                row = dataclasses.replace(row, start=_TALIBAN_RETURN.isoformat())
        if row.start and row.end and _lo(row.start) > _hi(row.end):
            self.inverted_dropped += 1  # the source swapped or mistyped the dates; no way to tell which
            return
        if row.office and row.office_label and row.office not in self.offices:
            self.offices[row.office] = row.office_label
        self.holdings.append(row)

    def build_people(self) -> None:
        classified: dict[str, str] = {}
        leaders_file = "leaders/history/epscrapers_leaders_2000-2022.csv"
        for row in _read_csv(self.path(leaders_file)):
            role = "other" if row["role"] == "governor_general" else row["role"]
            classified[row["position_qid"]] = role
            self.add_person(row["person_qid"], row["person_label"])
            self.add_holding(
                _HoldingRow(
                    row["person_qid"],
                    row["position_qid"] or None,
                    row["position_label"] or None,
                    row["country_qid"],
                    role,
                    _clean_date(row["start"]),
                    _clean_date(row["end"]),
                    leaders_file,
                    2,
                )
            )
        all_file = "leaders/history/epscrapers_all_officeholders_2000-2022.csv"
        kept = dropped = 0
        for row in _read_csv(self.path(all_file)):
            if row["role"] != "other":
                continue  # the same rows as the leaders file
            label = row["position_label"]
            role = "other"
            source_path = row["source"].partition(":")[2]
            if not label:
                if "defence-minister" in source_path or "minister-defence" in source_path:
                    role = "defence_minister"
                elif "foreign-minister" in source_path:
                    role = "foreign_minister"
                else:
                    dropped += 1
                    continue  # unlabelled rows are legislators (deputies, duma, rada...)
            elif not keep_office_label(label):
                dropped += 1
                continue
            else:
                role = _minister_role(label)
            kept += 1
            self.add_person(row["person_qid"], row["person_label"])
            self.add_holding(
                _HoldingRow(
                    row["person_qid"],
                    row["position_qid"] or None,
                    label or None,
                    row["country_qid"],
                    role,
                    _clean_date(row["start"]),
                    _clean_date(row["end"]),
                    all_file,
                    3,
                )
            )
        self.office_filter_counts = (kept, dropped)
        tm_file = "leaders/history/tmtmtmtm_position_histories_2020.csv"
        for row in _read_csv(self.path(tm_file)):
            self.add_person(row["person_qid"], row["person_label"])
            self.add_holding(
                _HoldingRow(
                    row["person_qid"],
                    row["position_qid"] or None,
                    row["position_label"] or None,
                    row["country_qid"],
                    row["role"],
                    _clean_date(row["start"]),
                    _clean_date(row["end"]),
                    tm_file,
                    4,
                )
            )
        for rank, wl_file in (
            (1, "leaders/wikidata_world_leaders_2024-10.csv"),
            (2, "leaders/wikidata_world_leaders_2022-10.csv"),
        ):
            for row in _read_csv(self.path(wl_file)):
                role = classified.get(row["position"]) or role_from_position_label(row["positionLabel"])
                self.add_person(row["officeholder"], row["officeholderLabel"])
                self.add_holding(
                    _HoldingRow(
                        row["officeholder"],
                        row["position"] or None,
                        row["positionLabel"] or None,
                        row["countryid"],
                        role,
                        _clean_date(row["start_year"]),
                        _clean_date(row["end_year"]),
                        wl_file,
                        rank,
                    )
                )
        fm_file = "leaders/wikidata_foreign_ministers_2023-01.csv"
        for row in _read_csv(self.path(fm_file)):
            if not row["person"]:
                continue
            self.add_person(row["person"], row["name"])
            self.add_holding(
                _HoldingRow(
                    row["person"],
                    row["position"] or None,
                    row["positionLabel"] or None,
                    row["country"],
                    "foreign_minister",
                    _clean_date(row["start"]),
                    None,
                    fm_file,
                    1,
                )
            )
        self._leader_terms()
        self._current_leaders()
        self._reign()

    def _leader_terms(self) -> None:
        """Terms of office the shared lists lack (Merkel, Yeltsin, the popes...), from the hand-made
        ``leader_terms.jsonl``: facts of Wikidata's position-held statements, each with its source."""
        for term in read_leader_terms(self.rules_dir / LEADER_TERMS_FILE):
            for label in [term["name"], *term.get("aliases", [])]:
                self.add_person(term["person"], label)
            self.add_holding(
                _HoldingRow(
                    term["person"],
                    term.get("office"),
                    term.get("office_label"),
                    term["state"],
                    term["role"],
                    _clean_date(term["start"]),
                    _clean_date(term.get("end")),
                    f"kg/data/rules/{LEADER_TERMS_FILE}",
                    5,
                )
            )

    def _current_leaders(self) -> None:
        current_file = "leaders/world_leaders_current_2026-08-22.json"
        data = _read_json(self.path(current_file))
        self.org_officers_current: list[list[Any]] = []
        self.undated_current_skipped = 0
        for key, entry in sorted(data["countries"].items()):
            iso2 = (entry.get("country") or {}).get("iso_code")
            state = self.iso2_to_qid.get(iso2 or "")
            for role, position in sorted((entry.get("positions") or {}).items()):
                holder = position.get("current_holder") or {}
                person = holder.get("wikidata_id")
                if not person:
                    continue
                self.add_person(person, holder.get("name_en"))
                if state is None:
                    org = {"european_union": "Q458", "african_union": "Q7159"}.get(key)
                    self.org_officers_current.append(
                        [person, org, position.get("title_en") or role, _clean_date(holder.get("since")), None]
                    )
                    continue
                if role not in SENIORITY or (key, role) in CURRENT_LEADERS_ERRATA:
                    continue
                if not holder.get("since"):
                    self.undated_current_skipped += 1  # an undated term would cover every date
                    continue
                self.add_holding(
                    _HoldingRow(
                        person,
                        None,
                        position.get("title_en"),
                        state,
                        role,
                        _clean_date(holder.get("since")),
                        None,
                        current_file,
                        0,
                    )
                )

    def _reign(self) -> None:
        """Effective leaders from REIGN (1945-2021): every spell goes to the ``effective_leaders`` table, with
        the person's QID when exactly one person already known (with a QID) as head of state or government of
        the same state matches by surname or full name; never guessed. Matched spells that no known term
        covers also become holdings without an office (the person's earlier terms)."""
        reign_file = "leaders/reign_leaderlist_2021-03.csv"
        known_by_state: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for holding in self.holdings:
            if holding.role in ("head_of_state", "head_of_government") and holding.person in self.people:
                states = {holding.state}
                for surname in surnames_of(self.people[holding.person], states):
                    known_by_state[holding.state][fold_ascii(surname).lower()].add(holding.person)
                known_by_state[holding.state][fold_ascii(self.people[holding.person]).lower()].add(holding.person)
        holdings_of_person: dict[str, list[_HoldingRow]] = defaultdict(list)
        for holding in self.holdings:
            holdings_of_person[holding.person].append(holding)
        codes: set[int] = set()
        self.effective_leaders: list[list[Any]] = []
        self.genders: dict[str, str] = {}
        self.genders_by_given_name = 0  # of those, read from a given name (add_genders_by_given_name)
        self.reign_added = self.reign_unmatched = self.reign_overlapping = self.reign_unmapped = 0
        self.reign_gaps_filled = 0
        spells: list[_ReignSpell] = []
        for row in _read_csv(self.path(reign_file), encoding="latin-1"):
            ccode = int(row["ccode"])
            codes.add(ccode)
            name = _reign_name(row["leader"])
            start = _reign_date(row["syear"], row["smonth"], row["sdate"])
            end = _reign_date(row["eyear"], row["emonth"], None)
            pieces = self.cow_date_pieces(ccode, start, end)
            if not pieces:
                self.reign_unmapped += 1
                continue
            leader = fold_ascii(name).lower()
            # "al-Maliki", "el-Sisi": REIGN keeps the Arabic article that the known surnames drop
            bare = re.sub(r"^(?:al|el|as|ash|ad|ar|at|az)[-\s]", "", leader)
            for state, piece_start, piece_end in pieces:
                known = known_by_state.get(state, {})
                candidates = known.get(leader) or known.get(bare, set())
                spell = _ReignSpell(
                    state, name, None, piece_start, piece_end, row.get("birthyear") or "", row.get("gender") or ""
                )
                if len(candidates) > 1:
                    # "Sharif" in Pakistan: of several known people of that name, the one whose known term the
                    # spell overlaps (Nawaz Sharif's premiership of 2013-2017)
                    candidates = {c for c in candidates if _meets_known_term(holdings_of_person, c, spell)}
                if len(candidates) == 1:
                    spell = dataclasses.replace(spell, person=next(iter(candidates)))
                spells.append(spell)
        spells = _same_leader_same_person(spells)
        owners = _reign_spell_owners(spells, holdings_of_person)
        for spell, person in zip(spells, owners, strict=True):
            self.effective_leaders.append([spell.state, spell.name, person, spell.start, spell.end])
            if person is None:
                self.reign_unmatched += 1
                continue
            if spell.gender in _REIGN_GENDERS:
                # (for "she" and "he": which of the people named before a pronoun it can stand for)
                self.genders.setdefault(person, _REIGN_GENDERS[spell.gender])
            # REIGN's "effective leader" is not an office: a spell that overlaps any known term of the
            # person there (Jiang Zemin led China from 1989 but was president from 1993) would misdate
            # that office.
            if _meets_known_term(holdings_of_person, person, spell):
                self.reign_overlapping += 1
                gap = self._reign_leading_gap(holdings_of_person, person, spell, reign_file)
                if gap is not None:
                    self.add_holding(gap)
                    self.reign_gaps_filled += 1
                continue
            # REIGN does not say which office made the person the effective leader (Ciampi led Italy in
            # 1993 as prime minister, later as president), so the spell is recorded with role "other".
            self.add_holding(
                _HoldingRow(
                    person, None, REIGN_OFFICE_LABEL, spell.state, "other", spell.start, spell.end, reign_file, 9
                )
            )
            self.reign_added += 1
        self.effective_leaders.sort(key=lambda r: (_qid_number(r[0]), _lo(r[3]), r[1], _hi(r[4])))
        self.check_cow_codes(codes, reign_file)
        self.add_genders_by_given_name()

    def add_genders_by_given_name(self) -> None:
        """Genders for the people REIGN does not list, from their given name: a first name that at least
        ``_MIN_NAMESAKES`` people of REIGN's bear, all of one gender ("Zurab", "Condoleezza" only if REIGN had
        such a leader), is that gender. So "she" after "Nogaideli met Rice" passes over Nogaideli."""
        family_first = {h.person for h in self.holdings if h.state in _FAMILY_NAME_FIRST_STATES}
        by_name: dict[str, Counter[str]] = defaultdict(Counter)
        for person, gender in self.genders.items():
            if person in family_first:
                continue
            given = _given_name(self.people.get(person, ""))
            if given:
                by_name[given][gender] += 1
        table = {
            name: next(iter(counts))
            for name, counts in by_name.items()
            if len(counts) == 1 and sum(counts.values()) >= _MIN_NAMESAKES
        }
        for person, label in self.people.items():
            if person in self.genders or person in family_first:
                continue
            gender = table.get(_given_name(label))
            if gender is not None:
                self.genders[person] = gender
                self.genders_by_given_name += 1

    def _reign_leading_gap(
        self, holdings_of_person: dict[str, list[_HoldingRow]], person: str, spell: _ReignSpell, source: str
    ) -> _HoldingRow | None:
        """The part of a REIGN spell before the person's first known leading post in it, as a holding with no
        office (role "other"): Wikidata's office-holder list starts Nouri al-Maliki's premiership in May 2007,
        REIGN (and the record) in May 2006, so without it "Nouri al-Maliki" in 2006 would act for no state. The
        office is not guessed: Mugabe led Zimbabwe from 1980 as prime minister, Demirel Turkey from 1991 as prime
        minister, before their presidencies."""
        if spell.start is None:
            return None
        leading = [
            h
            for h in holdings_of_person.get(person, [])
            if h.state == spell.state
            and h.role in ("head_of_state", "head_of_government", "party_leader")
            and h.start is not None
            and _lo(h.start) <= _hi(spell.end)
            and _lo(spell.start) <= _hi(h.end)
        ]
        if not leading:
            return None
        first = min(leading, key=lambda h: _lo(h.start))
        if (_lo(first.start) - _lo(spell.start)).days < 60:
            return None  # the sources agree but for a few weeks
        return _HoldingRow(person, None, REIGN_OFFICE_LABEL, spell.state, "other", spell.start, first.start, source, 9)

    def finish_holdings(self) -> tuple[list[list[Any]], list[list[str]]]:
        merged = _merge_holdings(self.holdings)
        merged = _fill_offices(merged)
        merged = _close_superseded(merged)
        used_offices = {h.office for h in merged if h.office}
        rows = []
        for h in merged:
            label = h.office_label if (h.office is None or self.offices.get(h.office) != h.office_label) else None
            rows.append([h.person, h.office, label, h.state, h.role, h.start, h.end])
        rows.sort(key=lambda r: (_qid_number(r[0]), r[3], r[4], r[5] or "", r[1] or "", r[6] or ""))
        offices = sorted(
            ([q, label] for q, label in self.offices.items() if q in used_offices), key=lambda r: _qid_number(r[0])
        )
        return rows, offices

    # -- organisations and alliances -----------------------------------------------------------------------------

    def build_organisations(self) -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
        cow_file = "orgs/cow_igo_v3_state_membership_spells.csv"
        igo_names = {row["ioname"].upper(): row for row in _read_csv(self.path("orgs/cow_igo_v3_igos.csv"))}
        spells: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        codes: set[int] = set()
        for row in _read_csv(self.path(cow_file)):
            ccode = int(row["ccode"])
            codes.add(ccode)
            if row["status"] != "full" or (row["ioname"].upper(), ccode) in COW_IGO_ERRATA:
                continue
            for qid, first, last in self.cow_spells(ccode, int(float(row["first_year"])), int(float(row["last_year"]))):
                spells[row["ioname"].upper()].append((qid, first, last))
        self.check_cow_codes(codes, cow_file)
        factbook: dict[str, set[str]] = defaultdict(set)
        for row in _read_csv(self.path("orgs/cia_factbook_org_memberships_2020.csv")):
            if row["org_member"] != "member":
                continue
            qid = self.iso3_to_qid.get(row["ISO_3166_3"])
            if qid:
                factbook[row["org_id"]].add(qid)
        organisations: list[list[Any]] = []
        forms: list[_FormRow] = []
        for qid, name, abbrev, aliases, kind, cow_name, factbook_id in ORGANISATIONS:
            members: list[list[Any]] = []
            cow_members = _merge_spells(spells.get((cow_name or "").upper(), []))
            last_cow_year = (int(float(igo_names[cow_name.upper()]["last_year"]))
                             if cow_name and cow_name.upper() in igo_names else None)  # fmt: skip
            for state, first, last in cow_members:
                # a spell reaching the end of the COW data (2014) is open unless the factbook drops the state
                open_end = (
                    last_cow_year is not None
                    and last >= min(last_cow_year, 2014)
                    and (factbook_id is None or state in factbook.get(factbook_id, set()))
                )
                members.append([state, first, None if open_end else last])
            covered = {m[0] for m in members if m[2] is None}
            for state in sorted(factbook.get(factbook_id or "", set()) - covered, key=_qid_number):
                # a factbook 2020 member unknown to COW joined after COW's last year (or COW lacks the org)
                members.append([state, 2015 if cow_members else None, None])
            for org, state, joined, left in MEMBERSHIP_UPDATES:
                if org != qid:
                    continue
                spells_of_state = [m for m in members if m[0] == state]
                if joined is not None and not any(m[2] is None for m in spells_of_state):
                    members.append([state, joined, None])
                if left is not None and spells_of_state:
                    latest = max(spells_of_state, key=lambda m: m[1] or 0)
                    latest[2] = left
            members.sort(key=lambda m: (_qid_number(m[0]), m[1] or 0))
            organisations.append([qid, name, abbrev, list(aliases), kind, members])
            for text in {name, *aliases}:
                forms.append(_FormRow(text, qid, "name", "org.name"))
            if abbrev and abbrev != name:
                forms.append(_FormRow(abbrev, qid, "abbreviation", "org.abbreviation"))
        form_rows = sorted({(f.text, f.qid): [f.text, f.qid, f.form, 0, f.rule, None, None] for f in forms}.values())
        officers = self._org_officers()
        return organisations, form_rows, officers

    def _org_officers(self) -> list[list[Any]]:
        officer_file = "leaders/wikidata_intl_org_officeholders_2023-01.csv"
        org_by_position = [
            (re.compile(r"United Nations|\bUN\b"), "Q1065"),
            (re.compile(r"NATO|North Atlantic"), "Q7184"),
            (re.compile(r"European (?:Commission|Council|Union|Parliament)"), "Q458"),
            (re.compile(r"African Union"), "Q7159"),
            (re.compile(r"ASEAN"), "Q7768"),
            (re.compile(r"Arab League|League of Arab States"), "Q7202"),
            (re.compile(r"OSCE"), "Q81299"),
            (re.compile(r"Council of Europe"), "Q8908"),
            (re.compile(r"World Trade Organization"), "Q7825"),
            (re.compile(r"OPEC"), "Q7795"),
            (re.compile(r"Commonwealth of Nations|Commonwealth Secretary"), "Q7785"),
        ]
        rows: list[list[Any]] = []
        for row in _read_csv(self.path(officer_file)):
            person = row["personID"]
            if not re.fullmatch(r"Q\d+", person or ""):
                continue
            self.add_person(person, row["person"])
            org = next((qid for pattern, qid in org_by_position if pattern.search(row["position"])), None)
            rows.append([person, org, row["position"], _clean_date(row["start"]), _clean_date(row["end"])])
        rows += self.org_officers_current
        return sorted({json.dumps(r): r for r in rows}.values(), key=lambda r: (r[1] or "", r[2], r[3] or "", r[0]))

    def build_defence_pairs(self) -> list[list[Any]]:
        atop_file = "orgs/atop_dyad_obligation_spells.csv"
        pairs: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
        codes: set[int] = set()
        for row in _read_csv(self.path(atop_file)):
            code_a, code_b = int(row["ccode1"]), int(row["ccode2"])
            codes.update((code_a, code_b))
            first, last = max(int(row["first_year"]), COW_MIN_YEAR), int(row["last_year"])
            for year in range(first, last + 1):
                state_a, state_b = self.cow_state(code_a, year), self.cow_state(code_b, year)
                if state_a is None or state_b is None or state_a == state_b:
                    continue
                a, b = sorted((state_a, state_b))
                spell_list = pairs[(a, b, row["obligation"])]
                if spell_list and spell_list[-1][1] >= year - 1:
                    spell_list[-1] = (spell_list[-1][0], max(spell_list[-1][1], year))
                else:
                    spell_list.append((year, year))
        self.check_cow_codes(codes, atop_file)
        rows = [[a, b, ob, first, last] for (a, b, ob), spells in pairs.items() for first, last in spells]
        return sorted(rows, key=lambda r: (_qid_number(r[0]), _qid_number(r[1]), r[2], r[3]))

    # -- sources -----------------------------------------------------------------------------------------------

    def sources(self) -> list[dict[str, str]]:
        table = _parse_sources_md(self.shared / "gazetteer" / "SOURCES.md")
        out = []
        for relative in sorted(self.used_files):
            meta = table.get(relative, {})
            if not meta:
                self.warnings.append(f"{relative}: not listed in shared/gazetteer/SOURCES.md")
            out.append({"file": relative, **meta})
        for filename in ("state_metonyms.jsonl", "state_aliases.jsonl", CITY_BLOCKLIST_FILE, LEADER_TERMS_FILE):
            out.append(
                {
                    "file": f"kg/data/rules/{filename}",
                    "repo": "this project",
                    "path": f"kg/data/rules/{filename}",
                    "commit": "",
                    "licence": "same as the project (hand-made)",
                }
            )
        return out


def _reads_as_english(text: str) -> bool:
    """Latin letters only (accents allowed, as in Côte d'Ivoire), no Asian or Cyrillic script, no typical
    transliteration marks."""
    if any(ord(ch) > 0x24F for ch in text):
        return False
    return not re.search(r"[āēīōūăŏŭṣṭḥ]|Rep[úu]blica|République|Republik|Königreich|Reino|Estado|Stato|Regno", text)


# Labels that name a minister's deputy, aide or staff, or another portfolio, though they hold "foreign" or "defence":
# "Associate Minister of National Defence", "Head of the Minister of Defence's military cabinet", "Minister of
# Foreign Trade".
_NOT_THE_MINISTER = re.compile(
    r"deputy|vice|assistant|associate|junior|\bhead of|\bchief of|director|cabinet|minister's|spokes|delegate|"
    r"minister of state|state minister|secretary of state (?:to|of)\b|in the ministry|at the department|"
    r"materiel|equipment|science|space industr|defen[cs]e industry|home front|restructuring|veterans|gendarmerie|"
    r"foreign trade|foreign economic|foreign investment"
)


def _minister_role(label: str) -> str:
    text = label.lower()
    # a "Foreign Secretary" with no "minister" in the label is a civil servant (India's, Guyana's), except a
    # Secretary of State
    if "minister" in text or "secretary of state" in text:
        if re.search(r"\bforeign|external affairs|external relations", text) and not (
            _NOT_THE_MINISTER.search(text) or "state for" in text
        ):
            return "foreign_minister"
        if re.search(r"\bdefen[cs]e\b|armed forces", text) and not _NOT_THE_MINISTER.search(text):
            return "defence_minister"
    if re.search(r"general secretary of the .*(?:party|committee)|party leader|chairman of the .*party", text):
        return "party_leader"
    return "other"


# REIGN names whose text is wrong beyond the file's mixed encoding (after repairing that).
REIGN_NAME_ERRATA = {"Saca Gonzšlez": "Saca González"}


def _meets_known_term(holdings_of_person: dict[str, list[_HoldingRow]], person: str, spell: _ReignSpell) -> bool:
    """Whether ``spell`` overlaps a term ``person`` is already known to have held in the spell's state."""
    return any(
        h.person == person and h.state == spell.state
        and _lo(h.start) <= _hi(spell.end) and _lo(spell.start) <= _hi(h.end)
        for h in holdings_of_person.get(person, [])
    )  # fmt: skip


def _same_leader_same_person(spells: list[_ReignSpell]) -> list[_ReignSpell]:
    """REIGN's spells of one leader (same state, name and birth year) that found no person take the person another of
    them found: Nawaz Sharif's premierships of 1990 and 1997, once his of 2013 is known."""
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for spell in spells:
        if spell.person is not None and spell.born:
            found[(spell.state, spell.name, spell.born)].add(spell.person)
    out = []
    for spell in spells:
        people = found.get((spell.state, spell.name, spell.born), set())
        if spell.person is None and spell.born and len(people) == 1:
            spell = dataclasses.replace(spell, person=next(iter(people)))
        out.append(spell)
    return out


def _reign_spell_owners(
    spells: list[_ReignSpell], holdings_of_person: dict[str, list[_HoldingRow]]
) -> list[str | None]:
    """The known person each REIGN spell belongs to, or None. A surname can match one known person while REIGN
    holds spells of two people of that name (Bush 1989 and G.W. Bush 2001, the two Trudeaus): REIGN's birth
    years tell them apart (within two years, as REIGN's own years for one person vary), and only the person
    whose spells meet a known term keeps the QID. Spells named in full ("Raul Castro") are left as matched."""

    def surname(name: str) -> str:
        tokens = _reign_tokens(name)
        return fold_ascii(tokens[-1]).lower() if tokens else ""

    by_surname: dict[tuple[str, str], list[_ReignSpell]] = defaultdict(list)
    by_person: dict[tuple[str, str], list[_ReignSpell]] = defaultdict(list)
    for spell in spells:
        by_surname[(spell.state, surname(spell.name))].append(spell)
        if spell.person is not None:
            by_person[(spell.state, spell.person)].append(spell)
    owners: list[str | None] = []
    for spell in spells:
        person = spell.person
        if person is None or len([t for t in _reign_tokens(spell.name) if not t.endswith(".")]) > 1:
            owners.append(person)  # no match, or a match on the full name ("Raul Castro"), not the surname alone
            continue
        family = set(by_surname[(spell.state, surname(spell.name))]) | set(by_person[(spell.state, person)])
        births = {int(other.born) for other in family if other.born.isdigit()}
        if not spell.born.isdigit() or max(births) - min(births) <= 2:
            owners.append(person)  # one person by REIGN's birth years
            continue
        meeting = {
            int(other.born)
            for other in family
            if other.born.isdigit() and _meets_known_term(holdings_of_person, person, other)
        }
        same = bool(meeting) and all(abs(year - int(spell.born)) <= 2 for year in meeting)
        owners.append(person if same else None)
    return owners


def _reign_name(raw: str) -> str:
    """A REIGN leader name as given, with the few UTF-8 names of the latin-1 file repaired ("JakobsdÃ³ttir")."""
    name = " ".join(raw.split())
    try:
        repaired = name.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        repaired = name
    return REIGN_NAME_ERRATA.get(repaired, repaired)


def _reign_date(year: str, month: str, day: str | None) -> str | None:
    try:
        year_number = int(float(year))
    except ValueError:
        return None
    try:
        month_number = int(float(month)) if month else 0
    except ValueError:
        month_number = 0
    if not 1 <= month_number <= 12:
        return f"{year_number:04d}"
    try:
        day_number = int(float(day)) if day else 0
    except ValueError:
        day_number = 0
    if day_number:
        try:
            return dt.date(year_number, month_number, day_number).isoformat()
        except ValueError:
            pass
    return f"{year_number:04d}-{month_number:02d}"


def _merge_spells(spells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Join overlapping or adjacent (state, first, last) spells of the same state."""
    merged: list[tuple[str, int, int]] = []
    for state, first, last in sorted(spells, key=lambda s: (_qid_number(s[0]), s[1])):
        if merged and merged[-1][0] == state and first <= merged[-1][2] + 1:
            merged[-1] = (state, merged[-1][1], max(merged[-1][2], last))
        else:
            merged.append((state, first, last))
    return merged


def _max_opt(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _min_opt(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _years_overlap(a: _FormRow, b: _FormRow) -> bool:
    """More than one year in common (a successor state sharing only the hand-over year does not count)."""
    start = max(-9999 if a.valid_from is None else a.valid_from, -9999 if b.valid_from is None else b.valid_from)
    end = min(9999 if a.valid_to is None else a.valid_to, 9999 if b.valid_to is None else b.valid_to)
    return start < end


def _lo(value: str | None) -> dt.date:
    return earliest_day(value) if value else dt.date.min


def _hi(value: str | None) -> dt.date:
    return latest_day(value) if value else dt.date.max


def _pick_start(values: list[str | None]) -> str | None:
    """The earliest start; if a more precise date falls inside a coarse earliest one, the precise one."""
    present = [v for v in values if v]
    if len(present) < len(values) and not present:
        return None
    if not present:
        return None
    earliest = min(present, key=lambda v: (_lo(v), -len(v)))
    refined = [v for v in present if len(v) > len(earliest) and _lo(earliest) <= _lo(v) <= _hi(earliest)]
    return min(refined, key=lambda v: (-len(v), _lo(v))) if refined else earliest


def _pick_end(values: list[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    latest = max(present, key=lambda v: (_hi(v), len(v)))
    refined = [v for v in present if len(v) > len(latest) and _lo(latest) <= _hi(v) <= _hi(latest)]
    return max(refined, key=lambda v: (len(v), _hi(v))) if refined else latest


def _merge_holdings(rows: list[_HoldingRow]) -> list[_HoldingRow]:
    """One holding per term: rows of the same person, state and role whose dates overlap are merged, keeping
    the most precise dates and the office QID where one source has it."""
    groups: dict[tuple[str, str, str], list[_HoldingRow]] = defaultdict(list)
    for row in rows:
        groups[(row.person, row.state, row.role)].append(row)
    merged: list[_HoldingRow] = []
    for (person, state, role), group in groups.items():
        # 'other' holdings of different offices stay apart (a minister of two portfolios)
        by_office: dict[str | None, list[_HoldingRow]] = defaultdict(list)
        for row in group:
            by_office[row.office if role == "other" else None].append(row)
        for office_group in by_office.values():
            office_group.sort(key=lambda r: (_lo(r.start), r.rank))
            clusters: list[list[_HoldingRow]] = []
            cluster_end = dt.date.min
            for row in office_group:
                if clusters and _lo(row.start) <= cluster_end:
                    clusters[-1].append(row)
                    cluster_end = max(cluster_end, _hi(row.end))
                else:
                    clusters.append([row])
                    cluster_end = _hi(row.end)
            for cluster in clusters:
                best = min(cluster, key=lambda r: (r.office is None, r.rank))
                ends = [r.end for r in cluster]
                # an open end from an older snapshot does not override a recorded end
                end = _pick_end(ends) if any(ends) else None
                if any(e is None for e in ends) and any(ends):
                    newest_rank = min(r.rank for r in cluster)
                    if any(r.end is None and r.rank == newest_rank for r in cluster) and not any(
                        r.end and r.rank == newest_rank for r in cluster
                    ):
                        end = None
                merged.append(
                    _HoldingRow(
                        person,
                        best.office,
                        best.office_label,
                        state,
                        role,
                        _pick_start([r.start for r in cluster]),
                        end,
                        best.source,
                        best.rank,
                    )
                )
    return merged


def _fill_offices(rows: list[_HoldingRow]) -> list[_HoldingRow]:
    """Holdings without an office QID (the 2026 snapshot, REIGN) take the office of the same state and role
    when the other sources know exactly one such office since 1990."""
    offices: dict[tuple[str, str], set[tuple[str, str | None]]] = defaultdict(set)
    for row in rows:
        if row.office and row.role != "other" and _hi(row.end) >= dt.date(1990, 1, 1):
            offices[(row.state, row.role)].add((row.office, row.office_label))
    for row in rows:
        if row.office is None and row.role != "other":
            known = offices.get((row.state, row.role), set())
            if len(known) == 1:
                row.office, row.office_label = next(iter(known))
    return rows


# Entries of the 2026 current-leaders snapshot that contradict the other sources: it gives Saudi Arabia's
# prime minister (crown prince since 2022-09-27) as king from that date, while King Salman reigns since 2015.
CURRENT_LEADERS_ERRATA = {("saudi_arabia", "head_of_state")}

# States where several people hold the top office at once (co-princes, collective presidencies).
_SHARED_OFFICE_STATES = {"Q228", "Q225", "Q238", "Q39", "Q836"}


def _close_superseded(rows: list[_HoldingRow]) -> list[_HoldingRow]:
    """An open-ended term followed by a successor in the same office (from a newer snapshot) ends when the
    successor starts: older snapshots do not know the term ended. Then dates known only to the year or month take
    the day of the handover from the terms next to them (``_date_handovers``)."""
    groups: dict[tuple[str, str, str | None], list[_HoldingRow]] = defaultdict(list)
    for row in rows:
        if row.role in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister") and (
            row.state not in _SHARED_OFFICE_STATES
        ):
            groups[(row.state, row.role, row.office)].append(row)
    for group in groups.values():
        group.sort(key=lambda r: _lo(r.start))
        for index, row in enumerate(group):
            if row.end is not None or row.start is None:
                continue
            # (a successor starts after the term's latest possible start: "2022" for Netanyahu's term from December
            # 2022 says nothing of order against Lapid's from July 2022)
            successor = next(
                (later for later in group[index + 1:] if later.person != row.person and later.start
                 and _lo(later.start) > _hi(row.start)), None)  # fmt: skip
            if successor is not None:
                row.end = successor.start
        while _date_handovers(group):
            pass  # a date refined from a neighbour may refine the next one (a run of one-year ministers)
    return rows


def _date_handovers(group: list[_HoldingRow]) -> bool:
    """Refine the year- or month-precise dates of one office's terms from the day-precise dates of the terms
    next to them; True when a date changed. Nothing is refined when a third term may lie between the two."""
    changed = False
    for row in group:
        if row.start is None or len(row.start) >= 10:
            continue
        # a start known to the year or month ("2024") is the day a predecessor's term, dated to the day within
        # that span, ended: otherwise both would hold the office for months (Sunak and Starmer in 2024)
        handovers = [
            earlier.end for earlier in group
            if earlier.person != row.person and earlier.end and len(earlier.end) >= 10 and earlier.start
            and _lo(earlier.start) < _lo(row.start) and _lo(row.start) <= _lo(earlier.end) <= _hi(row.start)
            and (row.end is None or _lo(earlier.end) < _hi(row.end))
            and not any(_may_lie_between(other, earlier.end, row.start, (row, earlier)) for other in group)
        ]  # fmt: skip
        if handovers:
            row.start = max(handovers)
            changed = True
    for row in group:
        if row.end is None or len(row.end) >= 10 or row.start is None:
            continue
        # likewise an end known to the year is the day a successor's term, dated to the day within it, began
        takeovers = [
            later.start for later in group
            if later.person != row.person and later.start and len(later.start) >= 10
            and _hi(row.start) < _lo(later.start) and _lo(row.end) <= _lo(later.start) <= _hi(row.end)
            and not any(_may_lie_between(other, row.start, later.start, (row, later)) for other in group)
        ]  # fmt: skip
        if takeovers:
            row.end = min(takeovers)
            changed = True
    return changed


def _may_lie_between(other: _HoldingRow, after: str, before: str, pair: tuple[_HoldingRow, _HoldingRow]) -> bool:
    """Whether ``other``, a term of neither person in ``pair``, may have been held after ``after`` began and
    before ``before`` ended (Truss's "2022" between Johnson's term and Sunak's from 2022-10-25)."""
    if other.person in {held.person for held in pair} or other.start is None:
        return False
    ends_after = other.end is None or _hi(other.end) > _lo(after)
    return ends_after and _lo(other.start) < _hi(before) and _hi(other.start) >= _lo(after)


def _write_atomic(out_path: Path, payload: bytes) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp_name, 0o666 & ~umask)  # mkstemp creates 0600; a data file should be readable like others
        os.replace(temp_name, out_path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def build_gazetteer(shared_dir: Path, out_path: Path, rules_dir: Path | None = None) -> BuildReport:
    """Build the gazetteer from ``shared_dir`` (the folder holding ``gazetteer/``) into ``out_path``.

    The output is byte-identical for identical inputs: rows are sorted, JSON keys sorted, gzip mtime is 0.
    """
    shared_dir = Path(shared_dir)
    if not (shared_dir / "gazetteer" / "SOURCES.md").is_file():
        raise InputError(
            f"{shared_dir}: no gazetteer/SOURCES.md here; pass --shared pointing at the shared data folder"
        )
    builder = _Builder(shared_dir, Path(rules_dir) if rules_dir else RULES_DIR)
    builder.build_states()
    builder.add_rule_forms()
    builder.build_people()
    builder.add_cities()  # after the people: a city name that is someone's surname is left out
    state_forms = builder.finish_forms()
    organisations, org_forms, org_officers = builder.build_organisations()
    defence_pairs = builder.build_defence_pairs()
    holdings, offices = builder.finish_holdings()
    persons_with_holdings = {row[0] for row in holdings} | {row[0] for row in org_officers}
    states_of_person: dict[str, set[str]] = defaultdict(set)
    for row in holdings:
        states_of_person[row[0]].add(row[3])
    people = []
    for qid in sorted(persons_with_holdings, key=_qid_number):
        if qid not in builder.people:
            continue
        name, states = builder.people[qid], states_of_person.get(qid, set())
        aliases: list[str] = []
        for label in [name, *sorted(builder.other_labels.get(qid, ()))]:
            aliases += [label] if label != name else []
            aliases += name_aliases(label, states)
        people.append([qid, name, [a for a in dict.fromkeys(aliases) if a != name]])
    kept, dropped = builder.office_filter_counts
    counts = {
        "states": len(builder.states),
        "state_forms": len(state_forms),
        "people": len(people),
        "holdings": len(holdings),
        "offices": len(offices),
        "organisations": len(organisations),
        "org_forms": len(org_forms),
        "org_officers": len(org_officers),
        "defence_pairs": len(defence_pairs),
        "officeholder_rows_kept": kept,
        "officeholder_rows_dropped": dropped,
        "cities": builder.cities_added,
        "reign_spells_added": builder.reign_added,
        "reign_spells_unmatched": builder.reign_unmatched,
        "reign_spells_overlapping": builder.reign_overlapping,
        "reign_leading_gaps_filled": builder.reign_gaps_filled,
        "reign_spells_unmapped": builder.reign_unmapped,
        "effective_leaders": len(builder.effective_leaders),
        "effective_leaders_with_qid": sum(1 for row in builder.effective_leaders if row[2]),
        "genders": len(builder.genders),
        "genders_by_given_name": builder.genders_by_given_name,
        "current_leaders_undated_skipped": builder.undated_current_skipped,
        "holdings_with_inverted_dates_dropped": builder.inverted_dropped,
    }
    states_rows = sorted(
        ([s["qid"], s["name"], s["iso2"], s["iso3"], s["cow"], s["valid_from"], s["valid_to"]]
         for s in builder.states.values()), key=lambda r: _qid_number(r[0]))  # fmt: skip
    document = {
        "format": FORMAT,
        "columns": COLUMNS,
        "sources": builder.sources(),
        "counts": counts,
        "states": states_rows,
        "state_forms": state_forms,
        "org_forms": org_forms,
        "offices": offices,
        "people": people,
        "holdings": holdings,
        "organisations": organisations,
        "org_officers": org_officers,
        "defence_pairs": defence_pairs,
        "effective_leaders": builder.effective_leaders,
        "genders": sorted(([q, g] for q, g in builder.genders.items()), key=lambda r: _qid_number(r[0])),
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    payload = buffer.getvalue()
    out_path = Path(out_path)
    _write_atomic(out_path, payload)
    _load_cached.cache_clear()
    return BuildReport(out_path, hashlib.sha256(payload).hexdigest(), len(payload), counts, tuple(builder.warnings))


# ----------------------------------------------------------------------------------------------------------
# Refresh: newer Wikidata records merged into a gazetteer (the SPARQL side is kg.wikidata)
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefreshedState:
    """A state as a Wikidata-compatible endpoint describes it. ``capitals`` are (place QID, English label,
    first year, last year); years None where the statement has no start or end."""

    qid: str
    label: str | None
    iso2: str | None = None
    iso3: str | None = None
    inception: int | None = None
    capitals: tuple[tuple[str, str, int | None, int | None], ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefreshedHolding:
    """One dated position statement (P39, or P35/P6 of the state); dates as in :class:`Holding`.
    ``end_unknown``: the statement says the term ended at an unknown time (Wikidata's "unknown value")."""

    person: str
    person_label: str | None
    office: str | None
    office_label: str | None
    state: str
    role: str
    start: str | None
    end: str | None
    end_unknown: bool = False


@dataclass(frozen=True)
class RefreshedMembership:
    org: str
    state: str
    first_year: int | None
    last_year: int | None


@dataclass(frozen=True)
class RefreshedRecords:
    """Everything one refresh fetched. ``states`` holds the known states the endpoint described plus the new
    states to add; the merge adds any state it does not know."""

    endpoint: str
    retrieved: str  # ISO 8601 UTC time the queries ran
    states: tuple[RefreshedState, ...] = ()
    holdings: tuple[RefreshedHolding, ...] = ()
    memberships: tuple[RefreshedMembership, ...] = ()
    org_labels: tuple[tuple[str, str], ...] = ()  # (org QID, English label)


REFRESH_SOURCE_FILE = "wikidata-refresh"


def read_gazetteer_data(path: Path) -> dict[str, Any]:
    """The raw JSON document of a gazetteer file (for tools that rewrite it)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise InputError(f"{path}: gazetteer file not found; build it with `kg gazetteer build`") from None
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gazetteer ({exc}); {_REBUILD_HINT}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path}: not a kg gazetteer (expected format {FORMAT!r}); {_REBUILD_HINT}")
    return data


def write_gazetteer_data(document: dict[str, Any], out_path: Path) -> tuple[str, int]:
    """Write ``document`` as a gazetteer file, atomically and reproducibly (sorted keys, gzip mtime 0);
    (sha256, size in bytes) of what was written."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    payload = buffer.getvalue()
    _write_atomic(Path(out_path), payload)
    _load_cached.cache_clear()
    return hashlib.sha256(payload).hexdigest(), len(payload)


def merge_refreshed(data: dict[str, Any], records: RefreshedRecords) -> tuple[dict[str, Any], dict[str, int]]:
    """A new gazetteer document: ``data`` (a loaded gazetteer file, left unchanged) with ``records`` merged
    in, and counts of what changed.

    * States: known rows are kept as they are (names, codes and years were chosen with care); new states are
      added with their Wikidata label, ISO codes and inception year.
    * Forms: labels, capitals and English demonyms are added only where their text names no state yet, so a
      refresh never takes a name from a state or makes a name ambiguous that was not.
    * Holdings: merged with the same rules as the build, the refreshed rows counting as the newest snapshot
      (their end dates win, an open-ended older term ends when a refreshed successor starts; an unknown end
      counts as older than the gazetteer's, so a known end stays). Known offices
      keep their labels; new people get their Wikidata label and the usual name variants.
    * Memberships: for each (organisation, state) pair the endpoint reports, its spells replace the old
      ones (a spell without a start year keeps the earliest old one); pairs it does not report stay, since a
      missing statement is not evidence that a state left.
    """
    states_rows = [list(row) for row in data["states"]]
    known_states = {row[0] for row in states_rows}
    added_states = 0
    for state in records.states:
        if state.qid in known_states or not state.label:
            continue
        states_rows.append([state.qid, state.label, state.iso2, state.iso3, None, state.inception, None])
        known_states.add(state.qid)
        added_states += 1
    states_rows.sort(key=lambda r: _qid_number(r[0]))
    years = {row[0]: (row[5], row[6]) for row in states_rows}

    state_forms, added_forms = _merge_state_forms(data["state_forms"], records.states, years)
    holdings, offices, people, holding_counts = _merge_refreshed_holdings(data, records.holdings)
    organisations, org_forms, changed_pairs = _merge_memberships(data, records)

    counts = dict(data.get("counts", {}))
    counts.update({
        "states": len(states_rows), "state_forms": len(state_forms), "people": len(people),
        "holdings": len(holdings), "offices": len(offices), "organisations": len(organisations),
        "org_forms": len(org_forms),
    })  # fmt: skip
    changes = {
        "states_added": added_states,
        "state_forms_added": added_forms,
        "holdings_fetched": len(records.holdings),
        "holdings_before": len(data["holdings"]),
        "holdings_after": len(holdings),
        "people_added": len(people) - len(data["people"]),
        "membership_pairs_refreshed": changed_pairs,
    }
    sources = [s for s in data.get("sources", []) if s.get("file") != REFRESH_SOURCE_FILE]
    sources.append({
        "file": REFRESH_SOURCE_FILE, "repo": records.endpoint, "path": "SPARQL queries of kg/wikidata.py",
        "commit": f"retrieved {records.retrieved}", "licence": "CC0 1.0 (Wikidata)",
    })  # fmt: skip
    document = {
        **data,
        "counts": counts,
        "sources": sources,
        "states": states_rows,
        "state_forms": state_forms,
        "offices": offices,
        "people": people,
        "holdings": holdings,
        "organisations": organisations,
        "org_forms": org_forms,
        "refresh": {
            "endpoint": records.endpoint,
            "retrieved": records.retrieved,
            **changes,
            **holding_counts,
        },  # fmt: skip
    }
    return document, changes


def _merge_state_forms(
    base_forms: list[list[Any]],
    states: Iterable[RefreshedState],
    years: dict[str, tuple[int | None, int | None]],
) -> tuple[list[list[Any]], int]:
    taken = {row[0] for row in base_forms}
    new: dict[tuple[str, str], list[Any]] = {}
    for state in states:
        if state.qid not in years:
            continue
        candidates: list[tuple[str, str, str, int | None, int | None]] = []
        if state.label:
            candidates.append((state.label, "name", "wikidata.label", None, None))
        for place, text, first, last in state.capitals:
            candidates.append((text, "capital", f"wikidata.capital:{place}", first, last))
        candidates += [(text, "demonym", "wikidata.demonym", None, None) for text in state.demonyms]
        state_from, state_to = years[state.qid]
        for text, form, rule, first, last in candidates:
            text = " ".join(text.split())
            if not text or text in taken or "(" in text or not text[0].isupper():
                continue
            valid_from, valid_to = _max_opt(first, state_from), _min_opt(last, state_to)
            if valid_from is not None and valid_to is not None and valid_from > valid_to:
                continue
            new.setdefault((text, state.qid), [text, state.qid, form, 0, rule, valid_from, valid_to])
    by_text: dict[str, int] = defaultdict(int)
    for text, _qid in new:
        by_text[text] += 1
    for (text, _qid), row in new.items():
        row[3] = int(text in AMBIGUOUS_FORMS or by_text[text] > 1)
    return sorted([list(row) for row in base_forms] + list(new.values())), len(new)


def _merge_refreshed_holdings(
    data: dict[str, Any], refreshed: Iterable[RefreshedHolding]
) -> tuple[list[list[Any]], list[list[str]], list[list[Any]], dict[str, int]]:
    offices: dict[str, str] = {qid: label for qid, label in data["offices"]}
    # rank 1 for the gazetteer's rows, 0 for the refreshed ones: _merge_holdings treats lower as newer
    rows = [
        _HoldingRow(person, office, offices.get(office or "") if label is None else label, state, role, start,
                    end, "gazetteer", 1)
        for person, office, label, state, role, start, end in data["holdings"]
    ]  # fmt: skip
    labels: dict[str, str] = {}
    new_offices: dict[str, str] = {}

    def add(holding: RefreshedHolding, rank: int) -> _HoldingRow:
        if holding.person_label:
            labels.setdefault(holding.person, holding.person_label)
        if holding.office and holding.office not in offices and holding.office_label:
            new_offices.setdefault(holding.office, holding.office_label)
        # a known office keeps the label the gazetteer gave it
        office = holding.office or ""
        label = offices.get(office) or new_offices.get(office) or holding.office_label
        row = _HoldingRow(holding.person, holding.office, label, holding.state, holding.role, holding.start,
                          holding.end, REFRESH_SOURCE_FILE, rank)  # fmt: skip
        rows.append(row)
        return row

    unknown_ends = []
    for holding in refreshed:
        if holding.end_unknown and holding.start:
            unknown_ends.append(holding)
        else:
            add(holding, 0)
    terms_of: dict[tuple[str, str, str], list[_HoldingRow]] = defaultdict(list)
    for row in rows:
        terms_of[(row.person, row.state, row.role)].append(row)
    unknown_ends_left_out = 0
    for holding in unknown_ends:
        key = (holding.person, holding.state, holding.role)
        if _keep_unknown_end(holding, terms_of.get(key, [])):
            # rank 2: older than the gazetteer's rows, so that a known end wins when terms are merged
            terms_of[key].append(add(holding, 2))
        else:
            unknown_ends_left_out += 1
    offices.update(new_offices)
    merged = _close_superseded(_fill_offices(_merge_holdings(rows)))
    used_offices = {h.office for h in merged if h.office}
    holdings = []
    for h in merged:
        label = h.office_label if (h.office is None or offices.get(h.office) != h.office_label) else None
        holdings.append([h.person, h.office, label, h.state, h.role, h.start, h.end])
    holdings.sort(key=lambda r: (_qid_number(r[0]), r[3], r[4], r[5] or "", r[1] or "", r[6] or ""))
    office_rows = sorted(([q, label] for q, label in offices.items() if q in used_offices),
                         key=lambda r: _qid_number(r[0]))  # fmt: skip

    states_of_person: dict[str, set[str]] = defaultdict(set)
    for row in holdings:
        states_of_person[row[0]].add(row[3])
    people: dict[str, list[Any]] = {row[0]: [row[0], row[1], list(row[2])] for row in data["people"]}
    for person, label in labels.items():
        label = " ".join(label.split())
        if not label or re.fullmatch(r"Q\d+", label):
            continue
        variants = [label, *name_aliases(label, states_of_person.get(person, set()))]
        if person not in people:
            people[person] = [person, label, [v for v in dict.fromkeys(variants[1:]) if v != label]]
            continue
        entry = people[person]
        for variant in variants:
            if variant != entry[1] and variant not in entry[2]:
                entry[2].append(variant)
    people_rows = sorted(people.values(), key=lambda r: _qid_number(r[0]))
    counts = {
        "offices_added": sum(1 for qid in new_offices if qid in used_offices),
        "unknown_end_terms_left_out": unknown_ends_left_out,
    }
    return holdings, office_rows, people_rows, counts


def _keep_unknown_end(holding: RefreshedHolding, same_terms: list[_HoldingRow]) -> bool:
    """Whether a term whose end is Wikidata's "unknown value" adds anything, given the other terms of the
    person in the same state and role. Not when one of them covers its start (that one knows more), nor when
    the person has a later term there: left open it would swallow that term when overlapping terms are
    merged, and any end put in its place would be invented. Kept, it stays open until the build's rule ends
    it where a successor starts."""
    assert holding.start is not None
    start = _lo(holding.start)
    covering = any(_lo(r.start) <= start <= _hi(r.end) for r in same_terms)
    later = any(_lo(r.start) > start for r in same_terms)
    return not (covering or later)


def _merge_memberships(data: dict[str, Any], records: RefreshedRecords) -> tuple[list[list[Any]], list[list[Any]], int]:
    refreshed: dict[tuple[str, str], list[tuple[int | None, int | None]]] = defaultdict(list)
    for membership in records.memberships:
        refreshed[(membership.org, membership.state)].append((membership.first_year, membership.last_year))
    organisations = []
    changed_pairs = 0
    for qid, name, abbrev, aliases, kind, members in data["organisations"]:
        by_state: dict[str, list[list[Any]]] = defaultdict(list)
        for state, first, last in members:
            by_state[state].append([state, first, last])
        for (org, state), spells in refreshed.items():
            if org != qid:
                continue
            old_firsts = [m[1] for m in by_state.get(state, []) if m[1] is not None]
            fallback_first = min(old_firsts) if old_firsts else None
            new_spells = _join_year_spells(
                [(first if first is not None else fallback_first, last) for first, last in spells]
            )
            by_state[state] = [[state, first, last] for first, last in new_spells]
            changed_pairs += 1
        merged_members = [m for spells in by_state.values() for m in spells]
        merged_members.sort(key=lambda m: (_qid_number(m[0]), m[1] or 0))
        organisations.append([qid, name, abbrev, list(aliases), kind, merged_members])
    org_forms = [list(row) for row in data["org_forms"]]
    taken = {row[0] for row in org_forms}
    known_orgs = {row[0] for row in data["organisations"]}
    for org, label in records.org_labels:
        label = " ".join(label.split())
        if org in known_orgs and label and label not in taken and "(" not in label:
            org_forms.append([label, org, "name", 0, "wikidata.label", None, None])
            taken.add(label)
    return organisations, sorted(org_forms), changed_pairs


def _join_year_spells(spells: list[tuple[int | None, int | None]]) -> list[tuple[int | None, int | None]]:
    """Overlapping or adjacent (first, last) year spells joined; None is open on that side."""
    ordered = sorted(spells, key=lambda s: -(10**6) if s[0] is None else s[0])
    joined: list[tuple[int | None, int | None]] = []
    for first, last in ordered:
        if joined:
            previous_first, previous_last = joined[-1]
            if previous_last is None or first is None or first <= previous_last + 1:
                end = None if previous_last is None or last is None else max(previous_last, last)
                joined[-1] = (previous_first, end)
                continue
        joined.append((first, last))
    return joined
