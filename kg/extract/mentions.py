"""Find mentions of states, organisations and people in an article.

States are found by a longest-first match of every surface form in the gazetteer
(names, abbreviations, demonyms, capitals, metonyms), with a block list of longer
names that merely contain a state name ("South China Sea", "Korean War"). People are
found as runs of capitalised words looked up in the gazetteer's name index; a name
that is not in the gazetteer but follows an office title ("foreign ministry spokesman
Shen Guofang") becomes a person with a minted IRI and no Wikidata link. Offices and
dates are resolved later, in :mod:`kg.link`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from kg.gazetteer import Gazetteer, SurfaceForm, earliest_day, fold_ascii, latest_day, load_gazetteer
from kg.model import Mention, Sentence
from kg.rulefiles import packaged_rules

_NAME_TOKEN = r"[A-Z][^\W\d_]*(?:['\u2019\-](?![sS]\b)[A-Za-z][^\W\d_]*)*\.?"
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|del|der|di|dos|du|van|von|le|la|y|ben|abu)"
NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+|al-|el-)?{_NAME_TOKEN})*")
# A nickname in quotes inside a name: Douglas "Pete" Peterson, known to the gazetteer as Pete Peterson.
_NICKNAME = r"[\"\u201c\u2018][A-Z][^\W\d_]*[\"\u201d\u2019]"
_PERSON_RUN = re.compile(
    rf"{_NAME_TOKEN}(?:-(?=\s+[A-Z]))?(?:\s+(?:{_PARTICLE}\s+|al-|el-)?(?:{_NAME_TOKEN}(?:-(?=\s+[A-Z]))?|"
    rf"{_NICKNAME}(?=\s+[A-Z])))*"
)
# A prefix that makes the name after it part of a modifier: "the one-China policy", "anti-Iranian", "pro-Maduro".
MODIFIER_PREFIX = re.compile(r"(?<![A-Za-z])(?:one|anti|pro|non|post|pre|ex|neo|pan|trans|cross|intra|inter)-$", re.I)
PRONOUN = re.compile(r"\b(he|she|He|She|his|His|her|Her|him)\b")
_WORD_CHAR = r"A-Za-z0-9\u00C0-\u024F"


@dataclass(frozen=True)
class TitleRule:
    id: str
    words: tuple[str, ...]  # lower-case title words, e.g. ("foreign", "minister")
    role: str


@lru_cache(maxsize=1)
def title_rules() -> tuple[TitleRule, ...]:
    """Office titles from kg/data/rules/titles.jsonl, longest first."""
    rules = [
        TitleRule(entry["id"], tuple(entry["title"].lower().split()), entry["role"])
        for entry in packaged_rules("titles.jsonl", ("title", "role", "examples", "counter_examples"))
    ]
    rules.sort(key=lambda rule: -len(rule.words))
    return tuple(rules)


@lru_cache(maxsize=1)
def office_title_words() -> frozenset[str]:
    """Every word of the office titles in titles.jsonl ("prime", "minister", "spokesman", ...)."""
    return frozenset(word for rule in title_rules() for word in rule.words)


@lru_cache(maxsize=1)
def block_rules() -> tuple[re.Pattern[str], ...]:
    """Longer names that contain a state's name but do not refer to the state."""
    entries = packaged_rules("state_blocklist.jsonl", ("pattern", "examples", "counter_examples"))
    return tuple(re.compile(entry["pattern"]) for entry in entries)


# Letters that Unicode does not decompose but news copy writes without their mark.
_EXTRA_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "ı": "i"}
)

_UMLAUT_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


class MentionFinder:
    """Finds state, organisation and person mentions with one gazetteer; reuse it across articles."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._state_forms: dict[str, list[SurfaceForm]] = {}
        for form in self.gazetteer.state_surface_forms():
            self._state_forms.setdefault(form.text, []).append(form)
        for form in [f for forms in self._state_forms.values() for f in forms if f.form == "demonym"]:
            plural = _plural_demonym(form.text)
            if plural and plural not in self._state_forms:
                # "the Palestinians", "Russians": the people of the state
                self._state_forms[plural] = [
                    dataclasses.replace(form, text=plural, form="demonym-plural", rule="state.demonym-plural")
                ]
        # "the White House" opens a sentence as "The White House": the same form, capitalised
        for text, forms in list(self._state_forms.items()):
            if text.startswith("the ") and "The" + text[3:] not in self._state_forms:
                self._state_forms["The" + text[3:]] = [dataclasses.replace(f, text="The" + text[3:]) for f in forms]
        self._org_forms = {form.text: form for form in self.gazetteer.org_surface_forms()}
        for text, org in list(self._org_forms.items()):
            if text.startswith("the ") and "The" + text[3:] not in self._org_forms:
                self._org_forms["The" + text[3:]] = dataclasses.replace(org, text="The" + text[3:])
        self._state_regex = _alternation(self._state_forms)
        self._org_regex = _alternation(self._org_forms)
        self._person_names = self.gazetteer.person_names()
        # news copy often drops diacritics ("Bronislaw Geremek" for "Bronisław Geremek")
        self._folded_names: dict[str, list[str]] = {}
        shortened: dict[str, set[str]] = {}
        for name, qids in self._person_names.items():
            folded = fold_ascii(name).translate(_EXTRA_FOLD)
            if folded != name:
                self._folded_names.setdefault(folded, []).extend(qids)
            # and German-style transliteration, "Arpad Goencz" for "Árpád Göncz"
            transliterated = fold_ascii(name.translate(_UMLAUT_TRANSLITERATION)).translate(_EXTRA_FOLD)
            if transliterated not in (name, folded):
                self._folded_names.setdefault(transliterated, []).extend(qids)
            for short in _without_middle_names(name, folded):
                shortened.setdefault(short, set()).update(qids)
        self._shortened_names = {
            name: sorted(qids)
            for name, qids in shortened.items()
            if len(qids) == 1 and name not in self._person_names and name not in self._folded_names
        }

    def find(self, text: str, sentences: list[Sentence], year: int | None = None) -> list[Mention]:
        mentions: list[Mention] = []
        for sentence in sentences:
            mentions.extend(self._in_sentence(text, sentence, year))
        mentions = self._resolve_shared_forms(mentions, year)
        if _sports_report(text):
            # "Seattle's 106-90 victory", "the Lyon manager": in a sports report a city mostly names a team
            mentions, _ = split_places(mentions)
        mentions.extend(_elliptic_states(text, sentences, mentions))
        mentions.extend(_described_states(text, sentences, mentions))
        mentions.extend(_states_by_kind(text, sentences, mentions))
        mentions.extend(_prefixed_states(text, sentences, mentions, self))
        mentions.extend(_defined_abbreviations(text, sentences, mentions))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _resolve_shared_forms(self, mentions: list[Mention], year: int | None) -> list[Mention]:
        """ "Korea", "Congo": a form that several states share at once refers to the one the article names
        unambiguously elsewhere; with none or both named, it is dropped rather than guessed."""
        named = {m.state_qid for m in mentions if m.kind == "state" and len(self._candidates(m.text, year)) == 1}
        kept = []
        for mention in mentions:
            candidates = self._candidates(mention.text, year) if mention.kind == "state" else set()
            if len(candidates) > 1:
                present = candidates & named
                if not present:
                    # "President Felix Tshisekedi said Congo would respond": the state of the one office-holder
                    # of those states the article names in full
                    present = candidates & self._states_of_people(mentions, year)
                if len(present) != 1:
                    continue
                mention.qid = mention.state_qid = present.pop()
            kept.append(mention)
        return kept

    def _states_of_people(self, mentions: list[Mention], year: int | None) -> set[str]:
        """The states the people named in full held an office of in ``year`` (any year without one)."""
        states = set()
        for mention in mentions:
            if mention.kind != "person" or len(mention.candidates) != 1:
                continue
            for holding in self.gazetteer.holdings_of(mention.candidates[0]):
                if year is None or (
                    (holding.start is None or earliest_day(holding.start).year <= year)
                    and (holding.end is None or year <= latest_day(holding.end).year)
                ):
                    states.add(holding.state)
        return states

    def _candidates(self, text: str, year: int | None) -> set[str]:
        forms = [f for f in self._state_forms.get(text, []) if f.valid_in(year)]
        if year is None:  # with no date, today's state rather than a historical one
            current = [f for f in forms if f.valid_to is None]
            forms = current or forms
        return {f.qid for f in forms}

    def _state_form(self, text: str, year: int | None) -> SurfaceForm | None:
        """The form valid in ``year``; with no year, the current state rather than a historical one."""
        forms = [f for f in self._state_forms.get(text, []) if f.valid_in(year)]
        if not forms:
            return None
        if year is None:
            forms.sort(key=lambda f: f.valid_to is not None)
        return forms[0]

    def _in_sentence(self, text: str, sentence: Sentence, year: int | None) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for pattern in block_rules():
            for match in pattern.finditer(text, sentence.start, sentence.end):
                taken.append((match.start(), match.end()))
        for match in self._org_regex.finditer(text, sentence.start, sentence.end):
            if _overlaps(taken, match.start(), match.end()):
                continue
            form = self._org_forms[match.group(0)]
            found.append(
                Mention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    "org",
                    form.form,
                    form.rule,
                    sentence.index,
                    qid=form.qid,
                )
            )
            taken.append((match.start(), match.end()))
        for match in self._state_regex.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end()
            if _overlaps(taken, start, end):
                continue
            form = self._state_form(match.group(0), year)
            if form is None:
                continue
            if form.ambiguous and not _ambiguous_form_ok(text, start, end, form.text):
                continue
            if form.form in ("capital", "city") and _joined_to_another_place(text, start, end, self._state_regex):
                continue  # "the Baku-Ceyhan oil pipeline": a route named by its ends, not the state
            if form.form in ("capital", "city") and _FORUM_AFTER_CITY.match(text, end):
                continue  # "the Astana group", "the Minsk process": a forum named after where it met, not the state
            if form.form == "city" and not _city_form_ok(text, start, end):
                continue
            found.append(
                Mention(
                    start,
                    end,
                    match.group(0),
                    "state",
                    form.form,
                    form.rule,
                    sentence.index,
                    qid=form.qid,
                    state_qid=form.qid,
                    confidence=0.7 if form.ambiguous else 0.95,
                )
            )
            taken.append((start, end))
        found.extend(self._people(text, sentence, taken))
        return found

    def _people(self, text: str, sentence: Sentence, taken: list[tuple[int, int]]) -> list[Mention]:
        people: list[Mention] = []
        for run in _PERSON_RUN.finditer(text, sentence.start, sentence.end):
            tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", run.group(0))]
            base = run.start()
            used_until = -1
            for i in range(len(tokens)):
                if base + tokens[i][0] < used_until:
                    continue
                for j in range(len(tokens), i, -1):
                    start, end = base + tokens[i][0], base + tokens[j - 1][1]
                    name = text[start:end].rstrip(".")
                    end = start + len(name)
                    if j - i < 2:
                        continue
                    candidates = None
                    for variant in _nickname_variants(name):
                        candidates = self._person_names.get(variant) or self._folded_names.get(variant)
                        if candidates:
                            break
                    if not candidates and j == len(tokens):
                        # (only where the name ends the run: "Kim Jung Il" is no "Kim Jung" of a longer name)
                        candidates = self._shortened_names.get(fold_ascii(name).translate(_EXTRA_FOLD))
                    if not candidates or _overlaps(taken, start, end):
                        continue
                    people.append(
                        Mention(
                            start,
                            end,
                            name,
                            "person",
                            "full-name",
                            "person.gazetteer-name",
                            sentence.index,
                            label=name,
                            candidates=tuple(candidates),
                            confidence=0.9,
                        )
                    )
                    used_until = end
                    break
        return people


def _without_middle_names(name: str, folded: str) -> list[str]:
    """The forms news copy gives a name of three or more words when it drops middle names: its first words and its
    last one ("Jose Manuel Barroso" for "José Manuel Durão Barroso"); ``folded`` is the name without diacritics."""
    words = folded.split()
    if "," in name or not re.fullmatch(r"[A-Z][a-z\-']{2,}", words[-1]) or words[-1] in ("Jr", "Sr"):
        return []  # (not "Benigno III", "Albert Monaco" from "Albert II of Monaco")
    if len(words[0]) <= 3:
        return []  # East Asian names, family name first, drop no middle word: "Lin Yue" is not "Lin Fang Yue"
    if any(word.islower() and word not in ("bin", "ibn", "al", "el", "da", "de", "dos") for word in words):
        return []  # a lower-case word that is no name particle ("of") ends a name, not a middle name
    return [" ".join(words[:kept] + words[-1:]) for kept in range(1, len(words) - 1)]


def _nickname_variants(name: str) -> list[str]:
    """The name as written, mended where a line broke a hyphened name, and with a quoted nickname either unquoted
    or left out: 'Douglas "Pete" Peterson' is also "Douglas Pete Peterson", "Pete Peterson" (from the nickname on)
    and "Douglas Peterson"."""
    if re.search(r"-\s+[A-Z]", name):
        return [name, re.sub(r"-\s+(?=[A-Z])", "-", name)]  # "Jean- Pierre Bemba", a hyphened name broken by a line
    nickname = re.search(_NICKNAME, name)
    if nickname is None:
        # "Rex W. Tillerson": a middle initial the gazetteer's name leaves out
        without_initials = re.sub(r"(?<=\S)(?:\s+[A-Z]\.)+(?=\s+\S)", "", name)
        return [name, without_initials] if without_initials != name else [name]
    bare = nickname.group(0)[1:-1]
    return [
        name,
        name[: nickname.start()] + bare + name[nickname.end() :],
        bare + name[nickname.end() :],
        re.sub(r"\s+", " ", name[: nickname.start()] + name[nickname.end() :]).strip(),
    ]


def _alternation(forms: dict) -> re.Pattern[str]:
    texts = sorted(forms, key=lambda t: (-len(t), t))
    body = "|".join(re.escape(t) for t in texts) or "(?!x)x"
    return re.compile(rf"(?<![{_WORD_CHAR}])(?:{body})(?![{_WORD_CHAR}])")


def _joined_to_another_place(text: str, start: int, end: int, state_regex: re.Pattern[str]) -> bool:
    """Whether a capital is hyphened to a capitalised name that is no state ("Baku-Ceyhan", "Paris-Dakar"): the
    compound names a route, a rally or a line between two cities. Two states' names so joined ("Moscow-Beijing
    axis") still stand for the states."""
    after = re.match(r"[-\u2013]([A-Z][\w']+)", text[end : end + 30])
    before = re.search(r"([A-Z][\w']+)[-\u2013]$", text[max(0, start - 30) : start])
    other = after or before
    return other is not None and state_regex.fullmatch(other.group(1)) is None


# Words of sports reports: an article with several of them is one, where a city's name mostly stands for a team
_SPORTS_WORD = re.compile(
    r"\b(?:NBA|NFL|NHL|MLB|FIFA|UEFA|Champions\s+League|Premier\s+League|Bundesliga|Serie\s+A|La\s+Liga|World\s+Cup|"
    r"coach|striker|midfielder|goalkeeper|quarterback|rebounds|touchdowns?|innings|goals?|scored|playoffs?|"
    r"semi-finals?|quarter-finals?|tournament|championships?|medals?|seeded|league|team-mates?|teammates?|"
    r"season|squad|fixtures?|stadium|halftime|half-time|ERA|wickets?|assists|referee|All-Star|"
    r"(?:first|second|third|fourth)\s+quarter|\d{1,3}-\d{1,3}\s+(?:victory|win|defeat|loss|lead|draw))\b"
)
_SPORTS_WORDS_FOR_A_REPORT = 4


def _sports_report(text: str) -> bool:
    """Whether ``text`` reads as a sports report: at least ``_SPORTS_WORDS_FOR_A_REPORT`` different sports words."""
    words = {re.sub(r"\d+", "0", m.group(0).lower()) for m in _SPORTS_WORD.finditer(text)}
    return len(words) >= _SPORTS_WORDS_FOR_A_REPORT


def split_places(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions that may stand for a state, and apart from them the cities other than capitals: those are only
    places ("talks in Sochi"), no party, actor or antecedent, so acts, alliances and linking set them aside."""
    return [m for m in mentions if m.form != "city"], [m for m in mentions if m.form == "city"]


def _city_form_ok(text: str, start: int, end: int) -> bool:
    """Whether a city's name stands alone as a place ("talks in Sochi", "Shanghai's port"), not as part of a longer
    name: of an organisation or event ("the Shanghai Cooperation Organisation", "the Munich Security Conference",
    "the University of Chicago") or of a person ("Nancy Pelosi", "Milan Kucan"), which the state is not named by."""
    if re.match(r"\s+[A-Z][a-z]", text[end : end + 3]) and not _DATE_WORD_AFTER.match(text[end : end + 25]):
        return False
    before = re.search(r"([A-Z][\w.']*)\s+(?:of\s+(?:the\s+)?)?$", text[max(0, start - 30) : start])
    if before is None:
        return True
    word = before.group(1)
    if word.endswith(".") and len(word) > 4 and "." not in word[:-1]:
        return True  # the last word of the sentence before ("... in Washington. Shanghai ...")
    return word in CAPITALISED_FUNCTION_WORDS


# After a city, the word that makes it the name of a forum that met there, or of an agreement made there: "the
# Astana group", "the Oslo process", "the rebels' Doha accord" (not "the Bangkok Declaration", which
# names where a summit met)
_FORUM_AFTER_CITY = re.compile(r"\s+(?:[Gg]roup|[Pp]rocess|[Ff]ormat|[Aa]greements?|[Aa]ccords?)\b")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _ambiguous_form_ok(text: str, start: int, end: int, form: str) -> bool:
    """Context check for surface forms that often name something else ("Georgia", "Washington", "Jordan")."""
    before = text[max(0, start - 25) : start]
    after = text[end : end + 25]
    if re.match(r"\s+state\b", after) and re.search(r"(?:an|ese)$", form):
        return True  # an adjective before "state" names the state: "a Palestinian state", "the Georgian state"
    if re.match(
        r"\s+(?:state|State|Post|Times|Redskins|University|Street|D\.C\.|(?:Army\s+|Air\s+)?National\s+Guard)", after
    ):
        return form == "Washington" and after.lstrip().startswith("D.C.")
    word_before = re.search(r"([A-Z][a-z]+) $", before)
    if word_before and word_before.group(1) not in CAPITALISED_FUNCTION_WORDS and not _REGION_OF_STATE.search(before):
        return False  # "George Washington", "Michael Jordan": part of a person's name
    if re.search(r"(?:an|ese)$", form) and _ORGAN_OR_OFFICE_AFTER.match(after):
        return True  # "Indian Prime Minister", "the Palestinian Foreign Ministry", "the Indian Army": the state's own
    if form not in ("Washington", "Georgia") and _ARMED_FORCE_AFTER.match(after):
        return True  # "the Israel Defense Forces", "the Israel Air Force": the state's own forces, no longer name
    return not re.match(r"\s+[A-Z][a-z]+", after) or form in ("Georgia",) or bool(_DATE_WORD_AFTER.match(after))


# The capitalised names of a state's armed forces: "Defense Forces", "Air Force", "Army".
_ARMED_FORCES = r"Defen[cs]e\s+Forces?|Armed\s+Forces|Air\s+Force|Army|Navy"
# After a state's adjective, a capitalised office or organ of the state (not "Ocean", "Premier League", "Summer")
_ORGAN_OR_OFFICE_AFTER = re.compile(
    rf"\s+(?:Prime\s+Minister|President|Vice\s+President|Foreign|{_ARMED_FORCES}|Defen[cs]e|"
    r"Embassy|Consulate|High\s+Commission(?:er)?|Government|Ambassador|External\s+Affairs|Home\s+Minist|Interior|"
    r"Finance|Trade|Minister|Ministry|Parliament|Cabinet|Deputy|Chief|Coast\s+Guard|Border\s+(?:Guard|Police)|"
    r"Supreme\s+Court|Military|Special\s+Envoy|Envoy|King|Queen|Crown\s+Prince|Emir|Sultan|Speaker|Senate|"
    r"Parliamentary|Authority|Leader)\b"
)


# After a state's name, the capitalised name of its armed forces ("Israel Defense Forces").
_ARMED_FORCE_AFTER = re.compile(rf"\s+(?:{_ARMED_FORCES})\b")


# Words capitalised only because they open a sentence, a headline or a phrase, and so no part of a name: "But
# Turkey", "In Paris", "Unlike Jordan", the "The" of "The Bush administration" (otherwise a capitalised word before a
# city, an ambiguous state name or a surname starts a longer name).
CAPITALISED_FUNCTION_WORDS = frozenset(
    """The A An This That These Those But And Or Nor So Yet If When While As After Before Since Although Though
    Because Under Then Now Meanwhile Also Still In On At By For From With Without To Of Both Neither Either Following
    Despite Ahead During Amid Amidst Unlike Like Against Over Between Upon Until Within Towards Toward Through
    Including Across Around Behind Beyond Into Among Once Unless Whether Where Why How What Who Which Whereas However
    Indeed Instead Separately Earlier Later Yesterday Today Even Only Not Never Whatever Whoever Whenever Wherever
    Perhaps Maybe Asked Speaking Tonight Last Next About Near Outside Inside""".split()
)


# Words that make a region of the state named after them ("South Lebanon"); kg.extract.acts reads them too.
COMPASS_WORDS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
# A compass word before a state's name makes a region of it; a longer state name ("South Sudan") is matched
# first, being longer.
_REGION_OF_STATE = re.compile(rf"\b(?:{'|'.join(COMPASS_WORDS)}) $")
# A day or month after a state's name is the date of what it did ("Israel Friday reimposed"), not more of a name.
_DATE_WORD_AFTER = re.compile(rf"\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")


_ELLIPSIS = re.compile(r"\b[Tt]he (North|South)\b(?!\s+(?:of|and|[A-Z]))")
_KOREAS = {"North": "Q423", "South": "Q884"}
_COORDINATED_KOREA = re.compile(r"\b(North|South)(?=\s+and\s+(?:South|North)\s+Korea(?:ns?)?\b)")
_BOTH_KOREAS = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+Koreas\b")


@lru_cache(maxsize=1)
def description_rules() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """ "the African country", "the Himalayan kingdom": one pattern over kg/data/rules/state_descriptions.jsonl
    (built by scripts/build_state_descriptions.py) and, per regional adjective, the states it may describe."""
    members: dict[str, frozenset[str]] = {}
    nouns = ""
    for entry in packaged_rules("state_descriptions.jsonl", ("adjective", "nouns", "states", "examples")):
        members[entry["adjective"]] = frozenset(entry["states"])
        nouns = entry["nouns"]
    adjectives = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(members, key=len, reverse=True))
    noun_pattern = "|".join(n.replace(" ", r"\s+") for n in sorted(nouns.split("|"), key=len, reverse=True))
    # (a possessive only before one who acts for the state: "the Nordic country's prime minister thanked")
    pattern = re.compile(
        rf"\b[Tt]he\s+(?P<adjective>{adjectives})[\s\-]+(?:{noun_pattern})\b"
        rf"(?!\s+of\b|-|['\u2019](?!s\s+(?:{_ACTING_FOR_STATE})\b))"
    )
    return pattern, members


_DESCRIPTION_WINDOW = 3  # sentences back to the state a description refers to
# Who acts for a state, after its possessive: "the Gulf state's foreign minister".
_ACTING_FOR_STATE = (
    r"(?:new\s+|interim\s+)?(?:president|prime\s+minister|premier|foreign\s+minister|defen[cs]e\s+minister|"
    r"leader|leadership|government|foreign\s+ministry|defen[cs]e\s+ministry|king|emir|ruler|junta|army|military|"
    r"ambassador|envoy|parliament)"
)


@dataclass(frozen=True)
class StateKindRule:
    """A kind of state news copy names a state by ("the island", "the kingdom"): the states of that kind, and the
    places of that kind that are parts of states, whose naming makes the phrase stand for one of them."""

    rule: str
    phrase: re.Pattern[str]
    states: frozenset[str]
    subnational: re.Pattern[str] | None


@lru_cache(maxsize=1)
def state_kind_rules() -> tuple[StateKindRule, ...]:
    """The rules of kg/data/rules/island_states.jsonl (hand-made facts: island states, kingdoms, emirates)."""
    rules = []
    for entry in packaged_rules("island_states.jsonl", ("noun", "rule", "states", "subnational", "examples")):
        # "the island", "the Himalayan kingdom" (not "the island of Hainan", "the islands", "the island-wide ban")
        phrase = re.compile(rf"\b[Tt]he\s+(?:{entry['noun']})\b(?!s\b|-|\s+of\b)")
        subnational = re.compile(rf"\b(?:{entry['subnational']})\b") if entry["subnational"] else None
        rules.append(StateKindRule(entry["rule"], phrase, frozenset(entry["states"]), subnational))
    return tuple(rules)


def _states_by_kind(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "the island", "the kingdom" for the one state of that kind the article named before it ("Turkish troops
    still hold the north of the island"), when no other state of the kind and no place of the kind that is part of a
    state (Okinawa, Hainan; Dubai for "the emirate") is named."""
    found = []
    for kind in state_kind_rules():
        named = {m.state_qid for m in mentions if m.kind == "state" and m.state_qid in kind.states}
        if len(named) != 1 or (kind.subnational is not None and kind.subnational.search(text) is not None):
            continue
        for sentence in sentences:
            for match in kind.phrase.finditer(text, sentence.start, sentence.end):
                if any(m.form == "description" and m.start < match.end() and match.start() < m.end for m in mentions):
                    continue  # "the Himalayan kingdom" read already as a regional description (of that kind)
                # (the state named before the phrase, not only after it)
                if {m.state_qid for m in mentions if m.end <= match.start() and m.state_qid in kind.states} == named:
                    found.append(_elliptic_mention(match, next(iter(named)), "description", kind.rule, sentence, 0.6))
    return found


def _described_states(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "the Caucasus nation", "the African country": the state of that region named last, in the last few
    sentences; news copy uses such descriptions so as not to repeat a name. (Not a possessive: "to boost the
    African country's economy" names no doer.)"""
    pattern, members = description_rules()
    named = [m for m in mentions if m.kind == "state" and m.state_qid]
    found = []
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            adjective = " ".join(match.group("adjective").split())
            region = members.get(adjective, frozenset())
            for kind in state_kind_rules():
                # "the Gulf emirate" is one of the Gulf's emirates, not Iran named after Qatar
                kind_match = kind.phrase.match(text, match.start())
                if kind_match is not None and kind_match.end() == match.end():
                    region &= kind.states
            earlier = [
                m
                for m in named
                if m.end <= match.start()
                and sentence.index - m.sentence <= _DESCRIPTION_WINDOW
                and m.state_qid in region
            ]
            if not earlier:
                continue
            qid = earlier[-1].state_qid
            start = match.start("adjective")
            found.append(
                Mention(
                    start,
                    match.end(),
                    text[start : match.end()],
                    "state",
                    "description",
                    "state.description-coreference",
                    sentence.index,
                    qid=qid,
                    state_qid=qid,
                    confidence=0.6,
                )
            )
    return found


def _elliptic_states(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "the North" for North Korea (or South Sudan...) once the article has named the state in full."""
    named = {}
    for mention in mentions:
        if mention.kind == "state" and mention.form == "name":
            for side in ("North", "South"):
                if mention.text.startswith(side + " "):
                    named.setdefault(side, mention.state_qid)
    if any(mention.state_qid in _KOREAS.values() for mention in mentions):
        # one Korea named in any form makes "the North" and "the South" the two Koreas: "Seoul said the North
        # had rejected talks" (the South of Sudan or Vietnam needs its state named in full, as above)
        for side, qid in _KOREAS.items():
            named.setdefault(side, qid)
    found = []
    for sentence in sentences:
        for match in _ELLIPSIS.finditer(text, sentence.start, sentence.end):
            qid = named.get(match.group(1))
            if qid:
                found.append(_elliptic_mention(match, qid, "ellipsis", "state.ellipsis-north-south", sentence, 0.7))
        # "North and South Korea", "South and North Korean leaders": the first side shares the second's name
        found += [
            _elliptic_mention(match, _KOREAS[match.group(1)], "ellipsis", "state.ellipsis-coordinated-korea", sentence)
            for match in _COORDINATED_KOREA.finditer(text, sentence.start, sentence.end)
        ]
        # "the two Koreas", "both Koreas": each Korea, as a group
        found += [
            _elliptic_mention(match, qid, "group-reference", "state.both-koreas", sentence)
            for match in _BOTH_KOREAS.finditer(text, sentence.start, sentence.end)
            for qid in _KOREAS.values()
        ]
    return found


# An abbreviation an article defines in brackets right after a state's name: "the Palestinian National Authority
# (PNA)". News agencies credited in brackets are no abbreviation of the state ("Iraq (AFP)").
_BRACKETED_ABBREVIATION = re.compile(r"\s*\((?P<abbreviation>[A-Z][A-Za-z]?[A-Z]{1,5})\)")
_NEWS_AGENCIES = frozenset("AFP AP UPI DPA ANSA EFE PTI IANS SANA IRNA KCNA WAM MENA BBC CNN VOA TASS RIA".split())


def _defined_abbreviations(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Later uses of an abbreviation the article defines for a state named in full, as that state ("the PNA will
    not allow"), where the gazetteer does not know the abbreviation already."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for mention in mentions:
        if mention.kind != "state" or mention.form not in ("name", "official") or not mention.state_qid:
            continue
        defined = _BRACKETED_ABBREVIATION.match(text, mention.end)
        if defined is None or defined.group("abbreviation") in _NEWS_AGENCIES:
            continue
        # the initials of the state's name, as the abbreviation spells them (not the initials "CPC" given after a
        # party's name that ends in "of China")
        initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'\u2019\-]*", mention.text))
        if initials.upper() != defined.group("abbreviation").upper():
            continue
        if _overlaps(taken, defined.start("abbreviation"), defined.end("abbreviation")):
            continue  # a form the gazetteer knows ("(DRC)") is a mention of its own
        use = re.compile(rf"(?<![\w-]){re.escape(defined.group('abbreviation'))}(?![\w-])")
        for sentence in sentences:
            if sentence.end <= defined.end():
                continue
            for match in use.finditer(text, max(sentence.start, defined.end()), sentence.end):
                if not _overlaps(taken, match.start(), match.end()):
                    found.append(
                        _elliptic_mention(
                            match, mention.state_qid, "abbreviation", "state.defined-abbreviation", sentence, 0.8
                        )
                    )
                    taken.append((match.start(), match.end()))
    return found


def _elliptic_mention(
    match: re.Match[str], qid: str, form: str, rule: str, sentence: Sentence, confidence: float = 0.8
) -> Mention:
    """A mention of the state ``qid`` for the words ``match`` found, which name it only in part."""
    return Mention(
        match.start(),
        match.end(),
        match.group(0),
        "state",
        form,
        rule,
        sentence.index,
        qid=qid,
        state_qid=qid,
        confidence=confidence,
    )


def _plural_demonym(demonym: str) -> str | None:
    """ "Palestinian" -> "Palestinians", "Israeli" -> "Israelis", "North Korean" -> "North Koreans"; none for
    "French", "Chinese", "British"."""
    if not all(word[:1].isupper() for word in demonym.split()):
        return None
    if demonym.endswith(("an", "i")):
        return demonym + "s"
    return None


# "Sino-Japanese", "Franco-German", "Russo-Ukrainian": a combining form before a hyphen names a state.
_COMBINING_FORMS = {
    "Sino": "Q148",
    "Franco": "Q142",
    "Russo": "Q159",
    "Anglo": "Q145",
    "Indo": "Q668",
    "Italo": "Q38",
    "Greco": "Q41",
    "Turko": "Q43",
    "Austro": "Q40",
    "Japano": "Q17",
    "Polono": "Q36",
}
_COMBINING = re.compile(r"\b(" + "|".join(_COMBINING_FORMS) + r")-(?=[A-Z])")


def _prefixed_states(
    text: str, sentences: list[Sentence], mentions: list[Mention], finder: MentionFinder
) -> list[Mention]:
    """Only when a state follows the hyphen ("Sino-Japanese" yes, "Anglo-Saxon", "Indo-Pacific" no)."""
    starts = {m.start for m in mentions if m.kind == "state"}
    found = []
    for sentence in sentences:
        for match in _COMBINING.finditer(text, sentence.start, sentence.end):
            if match.end() not in starts:
                continue
            qid = _COMBINING_FORMS[match.group(1)]
            found.append(
                Mention(
                    match.start(),
                    match.end(1),
                    match.group(1),
                    "state",
                    "combining-form",
                    "state.combining-form",
                    sentence.index,
                    qid=qid,
                    state_qid=qid,
                    confidence=0.9,
                )
            )
    return found
