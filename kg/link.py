"""Link stage: people to Wikidata and to the office they hold at the article's date.

A full name from the gazetteer is kept only when that person held an office on the
article's date (with no date, their latest office is taken). Later surname mentions
("Kim", "Putin") and title-plus-surname mentions ("President Jiang") refer back to
people already named, or to the holder of that title at the date. A name the
gazetteer does not know, standing right after an office title with a state
("foreign ministry spokesman Shen Guofang"), becomes a person with a minted IRI and
no Wikidata id: never a guessed QID. "he"/"she" refer to the last person named.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable

from kg.extract.acts import GERUND_AFTER_NAME, PAIR_REFERENCE, PREPOSITIONS, people_pair, salient_pair
from kg.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from kg.extract.mentions import (
    CAPITALISED_FUNCTION_WORDS,
    MODIFIER_PREFIX,
    NAME_RUN,
    PRONOUN,
    TitleRule,
    office_title_words,
    split_places,
    title_rules,
)
from kg.gazetteer import (
    ARABIC_ARTICLE,
    NOT_GIVEN_NAMES,
    REIGN_OFFICE_LABEL,
    EffectiveLeader,
    Gazetteer,
    Holding,
    earliest_day,
    fold_ascii,
    latest_day,
)
from kg.model import Article, Mention, Sentence

ROLE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "party_leader": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "other": 5,
}
_TITLE_WINDOW = 70


def link_mentions(
    article: Article, sentences: list[Sentence], mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """Resolve people in ``mentions`` and add surname, minted and pronoun mentions; returns the new list."""
    text = article.text
    day = article.date
    # (a city other than the capital is only a place: no antecedent of "we", "the country" or "the three countries",
    # and no state of a title ("the Shanghai party chief"))
    mentions, places = split_places(mentions)
    states = [m for m in mentions if m.kind == "state"]
    linked: list[Mention] = [m for m in mentions if m.kind != "person"]
    people: list[Mention] = []
    for mention in (m for m in mentions if m.kind == "person"):
        title = _title_before(text, sentences[mention.sentence], mention.start, states)
        holding = _choose_holding(mention.candidates, day, gazetteer, title)
        if holding is None:
            if _name_goes_on(text, mention, gazetteer):
                # "the Egyptian premier Kamal Ahmed El-Ganzoury": the known name is only the start of a longer one, of
                # someone else; left to the minting of the whole name after its title
                continue
            if len(mention.candidates) == 1 and len(mention.text.split()) >= 2:
                # a former (or future) office-holder: the same person on Wikidata, but acting for no state now
                person = gazetteer.people.get(mention.candidates[0])
                mention.qid = mention.candidates[0]
                mention.label = person.name if person else mention.text
                mention.rule = "person.gazetteer-name-no-office"
                mention.confidence = 0.7
                sentence = sentences[mention.sentence]
                _titled_outside_known_terms(
                    mention,
                    title
                    or _title_after(text, sentence, mention.end, states, wide=True)
                    or _counterpart_title(text, sentence, mention.start, states),
                    sentence,
                    text,
                    states,
                    gazetteer,
                    day,
                )
                people.append(mention)
            continue
        _apply_holding(mention, holding, gazetteer)
        people.append(mention)
    taken = [(m.start, m.end) for m in linked + people]
    people += _minted_people(text, sentences, states, taken, gazetteer, day)
    people += _surname_mentions(
        text, sentences, people, states, gazetteer, day, [(m.start, m.end) for m in linked + people]
    )
    _unset_incoming_rebels(text, people, day)
    for mention in people:
        if _BUSINESS_APPOSITIVE.match(text, mention.end):
            # "Rex W. Tillerson, chief executive of Exxon Mobil Corporation": here in a company's post, for no state
            mention.state_qid = None
    people.sort(key=lambda m: m.start)
    people += _title_only_mentions(text, states, gazetteer, day, [(m.start, m.end) for m in linked + people])
    people += _pope_mentions(text, sentences, gazetteer, day, [(m.start, m.end) for m in linked + people])
    people.sort(key=lambda m: m.start)
    people += _nominal_mentions(text, sentences, people, [(m.start, m.end) for m in linked + people])
    people.sort(key=lambda m: m.start)
    unlinked = _unlinked_people(text, [(m.start, m.end) for m in mentions + people])
    pronouns = _pronoun_mentions(
        text, sentences, people, [(m.start, m.end) for m in linked + people], unlinked, gazetteer.genders
    )
    pronouns += _first_person_in_quotes(
        text,
        sentences,
        people + pronouns,
        states,
        [(m.start, m.end) for m in linked + people + pronouns],
        unlinked,
        gazetteer.genders,
    )
    pronouns += _counterpart_mentions(text, sentences, people, pronouns, [(m.start, m.end) for m in linked + people])
    result = linked + people + pronouns
    result += _group_references(text, sentences, result, [(m.start, m.end) for m in result])
    result += _agent_nominals(text, sentences, result, [(m.start, m.end) for m in result])
    result += places
    result.sort(key=lambda m: (m.start, -m.end))
    return result


# After a person's name, an appositive that gives a post in a company or other body, no office of a state.
_BUSINESS_APPOSITIVE = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[a-z\-]+\s+){0,6}?(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w\-&.]*\s+){0,4}"
    r"(?:Corporation|Corp\.?|Inc\.?|Company|Co\.|Ltd\.?|Group|Holdings|Bank|University|Foundation|Institute|"
    r"Airlines|Motors)(?![\w\-])"
)
# A capitalised word right after a name that goes on with it: the name is longer ("Omer Hassan Ahmed El-Bashir",
# "Andrew Lloyd Webber", "Jeh Johnson Jr.") unless the word is a day or month ("Jacob Zuma Tuesday").
_DAY_AND_MONTH_WORDS = frozenset(WEEKDAY_NAMES.split("|")) | frozenset(MONTH_NAMES.split("|"))
_NAME_WORD_AFTER = re.compile(r" (?:(?:al|el|bin|ibn|abu|de|da|van|von)[ -])?([A-Z][\w'\u2019-]*)")


def _name_goes_on(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer name at ``mention`` is followed by another word of the same name that the person's own
    label lacks, so that the name is someone else's."""
    after = _NAME_WORD_AFTER.match(text, mention.end)
    if after is None:
        return False
    word = after.group(1).rstrip(".")
    if word in _DAY_AND_MONTH_WORDS or word.isupper():
        return False
    labels = [mention.text] + [
        person.name for qid in mention.candidates if (person := gazetteer.people.get(qid)) is not None
    ]
    folded = fold_ascii(word).lower()
    return not any(folded in fold_ascii(label).lower().replace("-", " ").split() for label in labels)


# How many sentences back a group reference may take up the group an earlier one stood for
_GROUP_WINDOW = 4

_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# "the three countries", "both sides", "the two leaders": a group of states named just before
GROUP_REFERENCE = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Aa]ll)\s+(two|three|four|five|six)|([Bb]oth))\s+"
    r"(?:(?!other\b)(?:[a-z\-]+|[A-Z][a-z]+an)\s+){0,2}?"  # ("the three European powers", "both Baltic states")
    r"(?:countries|nations|states|members|democracies|governments|neighbou?rs|sides|allies|leaders|presidents|powers|"
    r"premiers|prime ministers|foreign ministers|ministers|delegations|capitals|heads of state|men)\b(?!\s+of\b)"
)

# From a list of states to a group reference that is the object of the list's own verb: " urged ", " have called on ",
# " jointly warned " (not " agreed that ", " held talks and ", which leave the reference free to name the list).
_OWN_VERB_GAP = re.compile(
    r"\s+(?:(?:also|have|has|had|jointly|separately|again|on\s+\w+day)\s+)*"
    r"(?:[a-z]+ed|told|urges?|asks?|warns?|presses|(?:call(?:s|ed)?|prevail(?:s|ed)?)\s+(?:on|upon)|"
    r"appeal(?:s|ed)?\s+to)"
    r"\s+"
)


# "the member states", "the participating countries": a group of states a numbered reference named just before
MEMBER_GROUP = re.compile(r"\b[Tt]he\s+(?:member|participating)\s+(?:states|countries|nations)\b(?!\s+of\b)")

# "They" opening a sentence
THEY = re.compile(r"(They)\b(?!\s+(?:say|said|says|told|added|believe|think|fear|argue|argued)\b)")

# "The leaders" opening a sentence after one that named a leader of each of two states: "Lula met Xi on Tuesday.
# The leaders signed 15 agreements."
THE_OFFICE_HOLDERS = re.compile(
    r"The\s+(?:leaders|ministers|presidents|premiers|prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers|"
    r"heads\s+of\s+state|envoys|delegations)\b"
)

# "Its" opening a sentence before one who acts for a state: "Morocco restored ties with Israel. Its foreign minister
# hosted ..." (not "Its economy", which acts for no one)
ITS = re.compile(
    r"Its(?=\s+(?:[a-z\-]+\s+){0,2}?(?:government|cabinet|minister|ministry|president|leader|king|emir|"
    r"ambassador|envoy|envoys|delegation|spokesman|spokeswoman|spokesperson|officials?|diplomats?|embassy|army|"
    r"military|navy|forces|troops|warplanes|jets)\b)"
)

# The same "its" opening a second clause of a sentence a state opened: ", and its emir travelled to Riyadh"
ITS_AFTER_AND = re.compile(r"(?<=,\sand\s)its" + ITS.pattern[3:])

# Before a list of states opening a sentence, words that let "They" in the next stand for them: "Turkey and Israel
# ...", "The presidents of Egypt and Sudan met ... They pledged"
_LIST_OPENER = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:(?:[a-z]+\s+)?(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|"
    r"premiers|ministers|governments|delegations|envoys|representatives|kings|armies|militaries)\s+of\s+"
    r"(?:the\s+)?)?"
)

# "It" opening a sentence, unless it only props up a copula or a passive ("It is unclear", "It was announced")
IT = re.compile(
    r"It\b(?!['\u2019]s\b|\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|could\s+be|may\s+be|might\s+be|"
    r"seems|seemed|appears|appeared|remains|remained|means|meant|took\s+\w+\s+(?:days|weeks|months|years))\b)"
)

# What follows a state opening a sentence as the subject of a verb: "Ankara views", "Iraq on Monday accused",
# "The Indian government routinely accuses" (but not "Russia's gas monopoly", "The US thinktank", "Chinese officials")
_SUBJECT_STATE_FOLLOWER = re.compile(
    r"(?:\s+(?:government|authorities|administration|cabinet|leadership))?\s+"
    r"(?:(?:also|then|still|now|already|later|again|\w+ly)\s+|on\s+[A-Z][a-z]+day\s+)?"
    r"(?!(?:officials|forces|troops|leaders|media|diplomats|sources|lawmakers|soldiers|citizens|nationals|"
    r"companies|firms|banks|envoys|ministers|analysts|experts|warplanes|jets|ships|vessels|news|talks|ties|"
    r"relations|efforts|plans|negotiators|delegates|militants|rebels|residents|workers|authorities|claims|"
    r"exports|imports|sales|interests|tens|hundreds|thousands|millions)\b)"
    r"(?:has|had|have|is|was|will|would|could|can|may|might|must|should|did|does|said|told|met|sent|made|took|gave|"
    r"held|won|lost|left|began|sought|struck|put|set|cut|paid|kept|led|brought|bought|fought|threw|drew|spoke|"
    r"wrote|chose|broke|withdrew|[a-z]+ed|[a-z]+s)\b"
)

# "it" as the subject of a time or reason clause after a main clause: "after it invaded Kuwait", "when it tested"
IT_IN_TIME_CLAUSE = re.compile(
    r"\bit(?=\s+(?:had\s+|has\s+|\w+ly\s+)?(?:[a-z]+ed|shot|struck|sent|made|took|gave|held|broke|withdrew|began|"
    r"fought|sold|won|lost|met|told|said|led|threw|built|cut|hit|let|put|set|spent|overran|overthrew)\b)"
)
_TIME_SUBORDINATOR_BEFORE = re.compile(r"[a-z,]\s+(?:after|before|when|because|since|until|once)\s+\Z")
# "it" as the object of a verb of addressing or judging another state, in a clause after one that named that state:
# "severed ties with Kenya, accusing it of meddling", "summoned Japan's envoy and urged it to"
IT_OBJECT = re.compile(r"\bit\b(?=\s+(?:of|to|for|over|not\s+to|against)\b)")
_ADDRESSING_BEFORE = re.compile(
    r"\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|ask(?:ed|s|ing)|call(?:ed|s|ing)\s+on|"
    r"blam(?:ed|es|ing)|press(?:ed|es|ing)|thank(?:ed|s|ing)|prais(?:ed|es|ing)|congratulat(?:ed|es|ing)|"
    r"criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\s+\Z"
)

# "their" before a noun of joint action
THEIR = re.compile(
    r"\b[Tt]heir(?=\s+(?:[a-z\-]+\s+){0,2}?(?:meeting|meetings|talks|summit|visit|visits|agreement|accord|treaty|"
    r"pact|deal|negotiations|cooperation|ties|relations|dialogue|consultations|exercises?|drills|partnership)\b)"
)

# What joins two members of a list of states: "Poland, Hungary and the Czech Republic", "between Iraq and Egypt"
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?|[-\u2013]")  # "China-Slovakia ties" is a pair


def _state_lists(text: str, mentions: list[Mention]) -> list[tuple[int, int, int, tuple[str, ...]]]:
    """Lists of two or more states joined by commas and "and", as (sentence, start, end, states in order).

    Mentions of one state in a row ("Chinese President Hu Jintao") make one member of the list."""
    named = sorted(
        (m for m in mentions if m.state_qid and m.form not in ("pronoun", "group-reference")),
        key=lambda m: m.start,
    )
    lists: list[tuple[int, int, int, tuple[str, ...]]] = []
    run: list[Mention] = []
    closed_at = 0  # members of the run up to the one an "and" joined: "Syria, the Kremlin said" is no list

    def close() -> None:
        members = run[:closed_at]
        states = tuple(dict.fromkeys(m.state_qid or "" for m in members))
        if len(states) >= 2:
            lists.append((members[-1].sentence, members[0].start, members[-1].end, states))

    for mention in named:
        if run and mention.sentence == run[-1].sentence and mention.start >= run[-1].end:
            gap = text[run[-1].end : mention.start]
            if _LIST_LINK.fullmatch(gap) and mention.state_qid != run[-1].state_qid:
                run.append(mention)
                if re.search(r"\band\b|^[-\u2013]$", gap):
                    closed_at = len(run)
                continue
            if mention.state_qid == run[-1].state_qid and len(gap) <= 40 and not re.search(r"[,;:()]|\band\b", gap):
                run.append(mention)
                if closed_at == len(run) - 1:
                    closed_at = len(run)  # "... and Burundian President Domitien Ndayizeye": one member
                continue
        if run:
            close()
        run, closed_at = [mention], 0
    if run:
        close()
    return lists


def _latest_group(found: list[Mention], index: int, window: int) -> tuple[str, ...]:
    """The states of the latest group reference found in the ``window`` sentences before sentence ``index``."""
    earlier = [m for m in found if m.form == "group-reference" and 0 < index - m.sentence <= window]
    return tuple(m.state_qid or "" for m in earlier if m.start == earlier[-1].start) if earlier else ()


def _indent(text: str, sentence: Sentence) -> int:
    """How many characters of white space open the sentence."""
    return len(text[sentence.start : sentence.end]) - len(text[sentence.start : sentence.end].lstrip())


def _named_states_by_sentence(mentions: list[Mention], index: int, before: int) -> list[tuple[int, tuple[str, ...]]]:
    """The distinct states named by name, demonym, capital or person in each of the sentences ``index - 2`` to
    ``index`` (in that one, only before offset ``before``), in order of first mention."""
    by_sentence: dict[int, dict[str, None]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if (
            mention.state_qid
            and mention.form not in ("pronoun", "group-reference", "nominal")
            and 0 <= index - mention.sentence <= 2
            and (mention.sentence < index or mention.end <= before)
        ):
            by_sentence.setdefault(mention.sentence, {})[mention.state_qid] = None
    return [(i, tuple(states)) for i, states in sorted(by_sentence.items())]


def _group_references(
    text: str, sentences: list[Sentence], mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """A mention of each member state for a phrase that stands for a list of states named before it:

    - "the three countries", "both sides": the latest list of exactly that many states, in the same sentence or
      the two before (a list whose own verb takes the reference as its object is not it: "Egypt and Jordan urged
      both sides"); for a pair, the people of two states the sentence before named, when no list is in the same
      sentence; for three or more, one of those three sentences naming exactly that many states; else the group a
      reference of that size stood for in the four sentences before (a pair with none of these is left to the
      article's salient pair, which acts.py uses for symmetric acts and appeals);
    - "the member states": the group a numbered reference stood for in the two sentences before;
    - "their" before a noun of joint action, right after a list in the same sentence ("made by Musharraf and
      Karzai during their joint meeting with Bush");
    - "They" opening a sentence, when a list opened the sentence before ("Turkey and Israel boosted ties last
      year. They signed two pacts"), or a group reference did, or a pair reference ("The two leaders signed ...")
      in an article with a salient pair;
    - "its" after ", and" before one who acts for a state, when a state opened the sentence ("Kuwait offered to
      mediate, and its emir travelled to Riyadh");
    - "It" opening a sentence, when one state opened the sentence before as the subject of its verb ("Iraq denied
      the charge. It accused Kuwait of ...") or was itself such an "It"; so does "Its" before one who acts for a
      state ("Its foreign minister hosted ...");
    - "The leaders", "The ministers" opening a sentence, when the sentence before named people of exactly two states
      and no other state ("Lula met Xi on Wednesday. The leaders signed ..."; "his Greek counterpart" is a person of
      Greece, and a capital after "in" or "at" is the venue, no third party);
    - "it" after a verb of accusing, urging or judging, once a second state was named in the sentence ("severed ties
      with Kenya, accusing it of meddling"): the state named last before it.
    """
    lists = _state_lists(text, mentions)
    named_ends = sorted(m.end for m in mentions if m.state_qid and m.form != "group-reference")
    found: list[Mention] = []
    previous: Sentence | None = None
    for sentence in sentences:
        references: list[tuple[re.Match[str], tuple[str, ...] | None, str]] = []
        for match in GROUP_REFERENCE.finditer(text, sentence.start, sentence.end):
            size = _GROUP_SIZES[(match.group(1) or match.group(2)).lower()]
            recent = [
                states
                for index, _, list_end, states in lists
                if len(states) == size
                and list_end <= match.start()
                and 0 <= sentence.index - index <= 2
                # ("Egypt and Jordan urged both sides to show restraint": the list's own object is other parties)
                and not (index == sentence.index and _OWN_VERB_GAP.fullmatch(text, list_end, match.start()))
            ]
            if (
                size == 2
                and previous is not None
                and not any(
                    index == sentence.index for index, _, list_end, states in lists if list_end <= match.start()
                )
            ):
                # "Hu left for India and Pakistan. In India, Hu will hold talks with Singh. The two sides are to sign
                # ...": the people of two states the sentence before named, nearer than the older list
                people = people_pair(text, mentions, previous.index)
                if people is not None:
                    recent = [people]
            if not recent and size >= 3:
                # "Thai Prime Minister Thaksin joined the leaders of Cambodia, Laos, Myanmar and Vietnam ... The five
                # countries agreed": no list of five, but a sentence that names exactly five states (pairs are left
                # to the salient pair, which weighs more than one sentence)
                recent = [
                    states
                    for index, states in _named_states_by_sentence(mentions, sentence.index, match.start())
                    if len(states) == size
                ]
            if not recent:
                # "The two leaders discussed the border. Pakistan watched closely. ... The two leaders also agreed":
                # the group a reference of the same size stood for a few sentences before
                latest = _latest_group(found, sentence.index, _GROUP_WINDOW)
                recent = [latest] if len(latest) == size else []
            references.append((match, recent[-1] if recent else None, "state.group-reference"))
        for match in MEMBER_GROUP.finditer(text, sentence.start, sentence.end):
            # "the member states": the group a numbered reference stood for in the two sentences before
            states = _latest_group(found, sentence.index, 2)
            references.append((match, states if len(states) >= 3 else None, "state.group-reference"))
        for match in THEIR.finditer(text, sentence.start, sentence.end):
            adjacent = [
                states
                for index, _, list_end, states in lists
                if index == sentence.index
                and list_end <= match.start()
                and match.start() - list_end <= 80
                and not any(list_end < e <= match.start() for e in named_ends)
            ]
            if not adjacent:
                # "Duterte was escorted out by the Japanese premier after their meeting": the people of
                # exactly two states the sentence named before it
                pair = people_pair(
                    text,
                    [m for m in mentions if m.sentence == sentence.index and m.end <= match.start()],
                    sentence.index,
                )
                adjacent = [pair] if pair is not None else []
            references.append((match, adjacent[-1] if adjacent else None, "state.group-possessive"))
        they = THEY.match(text, sentence.start, sentence.end)
        if they is not None and previous is not None:
            opening = [
                states
                for index, list_start, _, states in lists
                if index == previous.index and _LIST_OPENER.fullmatch(text, previous.start, list_start)
            ]
            if not opening:
                # "The five countries agreed ... They also pledged": a group reference that opened the sentence before
                opened = [
                    m
                    for m in found
                    if m.sentence == previous.index
                    and m.form == "group-reference"
                    and not text[previous.start : m.start].strip()
                ]
                opening = [tuple(m.state_qid or "" for m in opened)] if len(opened) >= 2 else []
            if not opening and PAIR_REFERENCE.match(text, previous.start + _indent(text, previous)):
                # "The two leaders signed a declaration. They also agreed ...": the article's pair, as acts.py reads
                # the pair reference itself
                pair = salient_pair(mentions)
                opening = [pair] if pair is not None else []
            references.append((they, opening[0] if opening else None, "state.group-subject"))
        holders = THE_OFFICE_HOLDERS.match(text, sentence.start, sentence.end)
        if holders is not None and previous is not None:
            references.append((holders, people_pair(text, mentions, previous.index), "state.group-subject"))
        for inner in ITS_AFTER_AND.finditer(text, sentence.start, sentence.end):
            # "Kuwait offered to mediate, and its emir travelled to Riyadh": the state that opened the sentence
            opener = _opening_subject_state(text, sentence, mentions)
            references.append((inner, (opener,) if opener else None, "state.pronoun-subject"))
        it = IT.match(text, sentence.start, sentence.end) or ITS.match(text, sentence.start, sentence.end)
        if it is not None and previous is not None:
            opener = _opening_subject_state(text, previous, mentions + found)
            references.append((it, (opener,) if opener else None, "state.pronoun-subject"))
        for match in IT_IN_TIME_CLAUSE.finditer(text, sentence.start, sentence.end):
            if not _TIME_SUBORDINATOR_BEFORE.search(text, max(sentence.start, match.start() - 12), match.start()):
                continue
            # "punished Iraq when it overran Kuwait": the one state the clause before named, or else the
            # last it named by its name (not a state word modifying a noun, "the British ambassador")
            named = [
                m for m in mentions if m.kind == "state" and m.state_qid and sentence.start <= m.start < match.start()
            ]
            nouns = [
                m
                for m in named
                if m.form in ("name", "official", "abbreviation", "capital", "metonym")
                # (not a source or an agent: "sparked criticism from China after it announced" is Denmark's deed)
                and not re.search(r"\b(?:from|by)\s+(?:the\s+)?\Z", text[max(0, m.start - 10) : m.start])
            ]
            if len({m.state_qid for m in named}) == 1:
                referent = named[0].state_qid
            else:
                referent = nouns[-1].state_qid if nouns else None
            references.append((match, (referent,) if referent else None, "state.pronoun-subject"))
        for match in IT_OBJECT.finditer(text, sentence.start, sentence.end):
            if not _ADDRESSING_BEFORE.search(text, max(sentence.start, match.start() - 25), match.start()):
                continue
            # the state named last before it, once another opened the clause: the one addressed, not the speaker
            named = [
                m for m in mentions if m.kind == "state" and m.state_qid and sentence.start <= m.start < match.start()
            ]
            referent = named[-1].state_qid if len(named) >= 2 and named[-1].state_qid != named[0].state_qid else None
            references.append((match, (referent,) if referent else None, "state.pronoun-object"))
        previous = sentence
        for match, states, rule in references:
            start, end = match.start(), match.end()
            if states is None or any(s < end and start < e for s, e in taken):
                continue
            for state in states:
                found.append(
                    Mention(
                        start,
                        end,
                        match.group(0),
                        "state",
                        "pronoun" if rule in ("state.pronoun-subject", "state.pronoun-object") else "group-reference",
                        rule,
                        sentence.index,
                        qid=state,
                        state_qid=state,
                        confidence=0.6,
                    )
                )
    return found


# "the spokesman said", "The ministry also accused": an agent of a state named alone, referring back
_AGENT_NOUNS = "spokesman|spokeswoman|spokesperson|official|envoy|ambassador|diplomat|delegation|embassy|ministry"
_AGENT_NOMINAL = re.compile(
    rf"\b[Tt]he\s+({_AGENT_NOUNS})\b(?!['\u2019]s)"
    r"(?=\s*[,.;]|\s+(?:also\s+|then\s+|later\s+|again\s+|\w+ly\s+)?(?:[a-z]+ed|[a-z]+s(?![\w'\u2019])|said|told|"
    r"met|sent|made|gave|held|will|would|could|has|had|is|was)\b)"
)
# how many sentences back the state agent may have been named
_AGENT_WINDOW = 3


def _agent_nominals(
    text: str, sentences: list[Sentence], mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "The spokesman said", "the ministry accused": the state whose agent of that kind ("Iran's foreign ministry
    spokesman", "a spokesman for the Chinese embassy") was named in the last few sentences, when only one state's
    was."""
    named = sorted(
        (m for m in mentions if m.kind in ("state", "person") and m.state_qid and m.form not in ("pronoun", "nominal")),
        key=lambda m: m.start,
    )
    found: list[Mention] = []
    for sentence in sentences:
        for match in _AGENT_NOMINAL.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end(1)
            if any(s < end and start < e for s, e in taken):
                continue
            noun = match.group(1).lower()
            if noun == "official" and not re.match(
                r"\s*,|\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:said|says|told|tells|added|adds|[a-z]+ed)\b",
                text[end:],
            ):
                continue  # "The official news agency", "the official figures": an adjective
            window_start = sentences[max(0, sentence.index - _AGENT_WINDOW)].start
            states = set()
            for mention in named:
                if not window_start <= mention.start < start:
                    continue
                after = re.match(
                    rf"(?:['\u2019]s)?(?:\s+[\w\-]+){{0,3}}?\s+{noun}\b", text[mention.end : mention.end + 60], re.I
                )
                before = re.search(
                    rf"\b{noun}\s+(?:for|of|from|in)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}$",
                    text[max(0, mention.start - 60) : mention.start],
                    re.I,
                )
                if after or before:
                    states.add(mention.state_qid)
            if len(states) != 1:
                continue
            state = next(iter(states))
            found.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    "state",
                    "nominal",
                    "state.nominal-agent",
                    sentence.index,
                    qid=state,
                    state_qid=state,
                    confidence=0.6,
                )
            )
    return found


def _opening_subject_state(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The state that opens ``sentence`` as the subject of its verb, or None."""
    opening = [m for m in mentions if m.sentence == sentence.index and m.start < sentence.start + 5]
    if len(opening) != 1 or not re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[sentence.start : opening[0].start]):
        return None
    mention = opening[0]
    if mention.kind != "state" or mention.form == "group-reference" or not mention.state_qid:
        return None
    if mention.form.startswith("demonym") and not re.match(
        r"\s+(?:government|authorities|administration|cabinet|leadership)\b", text[mention.end :]
    ):
        return None
    return mention.state_qid if _SUBJECT_STATE_FOLLOWER.match(text, mention.end, sentence.end) else None


def _choose_holding(
    candidates: tuple[str, ...], day: dt.date | None, gazetteer: Gazetteer, title: tuple[str, str | None] | None
) -> Holding | None:
    best: tuple[tuple, Holding] | None = None
    for qid in candidates:
        holding = gazetteer.holding_at(qid, day) or _incoming_holding(gazetteer, qid, day)
        if holding is None:
            continue
        role, state = title if title else (None, None)
        key = (
            0 if state is None or holding.state == state else 1,
            0 if role is None or holding.role == role else 1,
            ROLE_RANK.get(holding.role, 9),
        )
        if best is None or key < best[0]:
            best = (key, holding)
    return best[1] if best else None


# Words shortly before a titled name that put the office in the past or make it no office of the state: "former
# U.S. President Bill Clinton", "the then prime minister", "under President Obama", "ousted president Morsi".
_NOT_NOW_BEFORE_TITLE = re.compile(
    r"\b(?:former|ex|then|late|retired|under|administration|father|mother|son|daughter|widow|predecessor|ousted|"
    r"deposed|toppled|overthrown|slain|assassinated|opposition|minority|majority|party)\b",
    re.I,
)
# How far from the gazetteer's known terms of a person a titled mention may lie and still be taken as holding office:
# the shared gazetteer's terms begin in 2000, so 1990s news names many people it knows only from later terms.
_YEARS_BEFORE_KNOWN_TERMS = 15
_YEARS_AFTER_KNOWN_TERMS = 5
# Offices of a state that one person holds at a time: another holder at the date rules the titled name out.
_SINGLE_HOLDER_ROLES = frozenset(["head_of_state", "head_of_government", "foreign_minister", "defence_minister"])


# Title heads that organisations share with states ("PS spokesman", "Awami League official", "NUM general
# secretary"), and the words before them that still make them the state's ("Government Spokesman").
_SHARED_TITLE_HEADS = frozenset(
    ["spokesman", "spokeswoman", "official", "president", "chief", "secretary", "chairman", "general"]
)
_STATE_WORDS_BEFORE_TITLE = frozenset(
    [
        "government",
        "ministry",
        "foreign",
        "cabinet",
        "executive",
        "presidential",
        "state",
        "defence",
        "defense",
        "finance",
        "interior",
        "trade",
        "assistant",
        "deputy",
        "vice",
        "chief",
        "senior",
        "press",
        "palace",
        "kremlin",
        "house",
        "lieutenant",
        "major",
        "brigadier",
        "attorney",
        "surgeon",
    ]
)


def _organisation_before_title(text: str, sentence: Sentence, start: int, words: str, states: list[Mention]) -> bool:
    """Whether the title before the name at ``start`` is an organisation's: a capitalised word that names no state
    stands right before a title head that parties, unions and companies also use."""
    title_words = words.lower().split()
    if not title_words or title_words[-1] not in _SHARED_TITLE_HEADS:
        return False
    window_start = max(sentence.start, start - 80)
    tokens = list(re.finditer(r"[A-Za-z][\w\-]*|[()]", text[window_start:start]))
    if len(tokens) <= len(title_words):
        return False
    previous = tokens[-len(title_words) - 1]
    at = window_start + previous.start()
    if any(m.start <= at < m.end for m in states):
        return False  # "Cyprus Government Spokesman", "Chinese Foreign Ministry spokesman"
    if previous.group(0) == ")":
        return True  # "Nepali Congress (Democratic) President"
    return previous.group(0)[0].isupper() and previous.group(0).lower() not in _STATE_WORDS_BEFORE_TITLE


def _titled_outside_known_terms(
    mention: Mention,
    title: tuple[str, str | None] | None,
    sentence: Sentence,
    text: str,
    states: list[Mention],
    gazetteer: Gazetteer,
    day: dt.date | None,
) -> None:
    """A titled office-holder of a state at a date the gazetteer's terms do not cover: "Israeli Foreign Minister
    David Levy" in 1997, when the gazetteer knows Levy from 2002. The text names the office; the gazetteer vouches
    that this person served that state, at a time near enough. The holding gets the title's words and role, no
    office item and no dates: which office and term it was, the gazetteer does not say."""
    if title is None or day is None:
        return
    role, title_state = title
    holdings = gazetteer.holdings_of(mention.qid or "")
    realm = {holding.state for holding in holdings}
    state = title_state if title_state in realm else None
    if state is None and title_state is None and len(realm) == 1:
        only = next(iter(realm))
        state = only if any(m.state_qid == only for m in states) else None  # "President Saakashvili" in a Georgia story
    if state is None:
        return
    words = _title_text(text, sentence, mention.start) or ""
    if words.lower().split()[-1:] == ["leader"]:
        return  # "Labor Party leader", "House Minority Leader": a leader of a party or a chamber, not of the state
    if _NOT_NOW_BEFORE_TITLE.search(text, max(sentence.start, mention.start - 60), mention.start):
        return
    if _organisation_before_title(text, sentence, mention.start, words, states):
        return
    qualifiers = text[max(sentence.start, mention.start - len(words) - 25) : mention.start]
    if re.search(
        r"\b(?:deputy|vice|assistant|under|junior|associate)[\s\-]+(?:(?!to\b)[\w.]+\s+){0,4}$", qualifiers, re.I
    ):
        role = "other"  # "Deputy Assistant Secretary of State DiCarlo": not the secretary of state
    if role in _SINGLE_HOLDER_ROLES and any(
        h.person != mention.qid and h.end is not None for h in gazetteer.holders_at(state, role, day)
    ):
        # "President Bill Clinton" in 2016: the gazetteer knows who held that office then, and it is another (a term
        # the lists leave open may have ended after their snapshot: "Foreign Minister Yoko Kamikawa" in 2024, when
        # the lists still have Hayashi in office, is the title's holder)
        return
    starts = [earliest_day(h.start) for h in holdings if h.state == state and h.start]
    ends = [latest_day(h.end) if h.end else day for h in holdings if h.state == state]
    if not starts or not ends:
        return
    if day.year < min(starts).year - _YEARS_BEFORE_KNOWN_TERMS or day.year > max(ends).year + _YEARS_AFTER_KNOWN_TERMS:
        return  # "supreme commander Hugo Chavez" in 2019: history, not a holder at the date
    mention.state_qid = state
    mention.role = role
    mention.office_title = words or None
    mention.rule = "person.titled-name-outside-known-terms"
    mention.confidence = 0.75


INCOMING_DAYS = 120  # a leader-elect or minister-designate is news before taking office


# A rebel named as such: "rebel leader Laurent Kabila", "the rebel chief", before the name; "Kabila's rebels" after.
_REBEL_BEFORE_NAME = re.compile(r"\brebels?\s+(?:[a-z]+\s+){0,2}(?:(?-i:[A-Z])[\w\-]*\s+){0,3}\Z", re.IGNORECASE)
_REBELS_AFTER_NAME = re.compile(r"['\u2019]s?\s+(?:[a-z\-]+\s+)?rebels?\b")


def _unset_incoming_rebels(text: str, people: list[Mention], day: dt.date | None) -> None:
    """Take the office away from people linked to an office they take only after the article's date, where the
    article calls them rebels: a rebel who seizes power weeks later is no leader-elect, and acts for no state yet
    ("Kabila's rebels" in April 1997, five weeks before he made himself president)."""
    if day is None:
        return
    incoming = {
        m.qid
        for m in people
        if m.qid and m.holding_start and len(m.holding_start) == 10 and dt.date.fromisoformat(m.holding_start) > day
    }
    surnames = {(m.qid, m.text.split()[-1]) for m in people if m.qid in incoming and m.text.split()}
    # (every place the surname stands, linked or not: "Rebel leader Laurent Kabila" may open the article unlinked)
    rebels = {
        qid
        for qid, surname in surnames
        for found in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text)
        if _REBEL_BEFORE_NAME.search(text, max(0, found.start() - 40), found.start())
        or _REBELS_AFTER_NAME.match(text, found.end())
    }
    for mention in people:
        if mention.qid in rebels:
            mention.state_qid = None
            mention.office_qid = None
            mention.office_title = None
            mention.role = None
            mention.holding_start = None
            mention.holding_end = None


def _incoming_holding(gazetteer: Gazetteer, qid: str, day: dt.date | None) -> Holding | None:
    """A holding that starts within INCOMING_DAYS after ``day``: the person is about to take that office."""
    if day is None:
        return None
    upcoming = []
    for holding in gazetteer.holdings_of(qid):
        if holding.start and len(holding.start) == 10:
            start = dt.date.fromisoformat(holding.start)
            if day < start <= day + dt.timedelta(days=INCOMING_DAYS):
                upcoming.append((start, holding))
    return min(upcoming, key=lambda item: item[0])[1] if upcoming else None


def _apply_holding(mention: Mention, holding: Holding, gazetteer: Gazetteer) -> None:
    person = gazetteer.people.get(holding.person)
    mention.qid = holding.person
    mention.label = person.name if person else mention.text
    mention.state_qid = holding.state
    mention.office_qid = holding.office
    mention.office_title = holding.office_label
    mention.role = holding.role
    mention.holding_start = holding.start
    mention.holding_end = holding.end


def _counterpart_title(text: str, sentence: Sentence, start: int, states: list[Mention]) -> tuple[str, str] | None:
    """("other", state) for a name right after "his Chinese counterpart": the counterpart of an office-holder holds
    an office of the state the word before "counterpart" names, which one the text does not say."""
    qid = next(
        (
            m.state_qid
            for m in reversed(states)
            if m.end <= start
            and m.state_qid
            and m.start >= sentence.start
            and _STATE_COUNTERPART_GAP.fullmatch(text, m.end, start) is not None
        ),
        None,
    )
    return ("other", qid) if qid else None


# From a state's word to the name of its office-holder: "Chinese[ counterpart ]Li Zhaoxing".
_STATE_COUNTERPART_GAP = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z\-]+\s+){0,2}counterpart,?\s+")


def _title_before(text: str, sentence: Sentence, start: int, states: list[Mention]) -> tuple[str, str | None] | None:
    """(role, state QID or None) of an office title standing just before ``start``."""
    window_start = max(sentence.start, start - _TITLE_WINDOW)
    window = text[window_start:start]
    words = re.findall(r"[A-Za-z\-]+|[,;:()\"]", window.lower())
    for rule in title_rules():
        n = len(rule.words)
        if tuple(words[-n:]) == rule.words:
            if any(word in NOT_OFFICE_QUALIFIERS for word in words[-n - 2 : -n]):
                return None  # "former prime minister", "opposition leader", "the company president"
            state = _state_in_window(states, window_start, start, text)
            if re.match(r"\s+of\s+the\s+exchequer\b", text[start : start + 25], re.I):
                return "other", state
            return rule.role, state
    # "Malaysian ambassador to Zimbabwe Shaharuddin Som": the title's complement stands between it and the name
    posted = next((m for m in states if m.end <= start and not text[m.end : start].strip()), None)
    if posted is not None and re.search(
        r"\b(?:to|in|at|for)\s+(?:the\s+)?$", text[max(sentence.start, posted.start - 10) : posted.start]
    ):
        before_complement = re.search(r"\s*\b(?:to|in|at|for)\s+(?:the\s+)?$", text[sentence.start : posted.start])
        if before_complement is not None:
            return _title_before(text, sentence, sentence.start + before_complement.start(), states)
    return None


# Words before a title that make it no office of a state, or not one held now.
NOT_OFFICE_QUALIFIERS = frozenset(
    [
        "former",
        "ex",
        "late",
        "opposition",
        "rebel",
        "rebels",
        "company",
        "firm",
        "corporate",
        "business",
        "bank",
        "club",
        "team",
        "union",
        "student",
        "university",
        "college",
        "association",
        "guerrilla",
        "guerrillas",
        "separatist",
        "militia",
        "insurgent",
        "party-list",
        "tribal",
        "ousted",
        "deposed",
        "exiled",
        "would-be",
        # a community's leaders, not the state's: "Bhutanese refugee leader", "a Kurdish community leader"
        "refugee",
        "refugees",
        "exile",
        "dissident",
        "community",
        "religious",
        "church",
        "protest",
    ]
)


def _state_in_window(states: list[Mention], start: int, end: int, text: str) -> str | None:
    inside = [m for m in states if start <= m.start and m.end <= end]
    if not inside:
        return None
    last = inside[-1]
    between = text[last.end : end]
    if re.search(
        r"[,;:()\"]|\b(?:and|with|to|from|in|for|on|at|by|over|about|against|after|before|during|into|under|than|as)\b"
        r"|\b(?!ruling\b)[a-z]{3,}ing\b",
        between,
    ):
        return None  # the state belongs to another phrase: "the US insistence on supporting Prime Minister Maliki"
    if _VERB_BETWEEN.search(between):
        return None  # the state is a clause's subject, the title its object's: "Israel fully supports President Trump"
    return last.state_qid


# Finite verbs that may stand between a subject state and the title of the person it acts on.
_VERB_BETWEEN = re.compile(
    r"\b(?:said|says|told|tells|met|meets|supports|backs|urges|thanks|asks|invites|calls|praises|criticizes|"
    r"criticises|accuses|welcomes|receives|hosts|visits|congratulates|warns|slams|blames|rejects|denies|sends|"
    r"wants|expects|hopes|believes|trusts|fears|opposes|condemns|telephoned|phoned|called|invited|urged|asked|"
    r"thanked|praised|congratulated|warned|accused|criticized|criticised|blamed|received|hosted|visited)\b"
)


# A sentence opening with an adverbial set off by a comma: "Following his meeting with the Indian prime minister,".
_FRONTED_ADVERBIAL = re.compile(
    r"\s*(?:After|Following|During|Before|Ahead\s+of|Upon|On|At|In|Speaking|Talking|Meeting|Returning)\b[^,]*,\s*$"
)


def _fronted_adverbial_subject(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens the main clause after a fronted adverbial ("After talks with the Indian
    prime minister, Mr Abe said") rather than standing in apposition to a title ("The Iraqi prime minister, Adel
    Abdul-Mahdi, said"): an apposition is closed by a comma, a subject goes on to its verb."""
    if not _FRONTED_ADVERBIAL.fullmatch(text, sentence.start, start):
        return False
    return re.match(r"\s*[,;:)]", text[end : sentence.end]) is None


def _minted_people(
    text: str,
    sentences: list[Sentence],
    states: list[Mention],
    taken: list[tuple[int, int]],
    gazetteer: Gazetteer,
    day: dt.date | None,
) -> list[Mention]:
    minted: list[Mention] = []
    article_states = {m.state_qid for m in states if m.state_qid}
    title_words = _title_and_filler_words()
    for sentence in sentences:
        for run in NAME_RUN.finditer(text, sentence.start, sentence.end):
            tokens = [(run.start() + m.start(), run.start() + m.end()) for m in re.finditer(r"\S+", run.group(0))]
            # the name is what follows the last title word or state word of the run:
            # "Russian Defence Minister Sergei Shoigu" -> "Sergei Shoigu"
            first = 0
            for i, (t_start, t_end) in enumerate(tokens):
                word = text[t_start:t_end].lower().rstrip(".")
                if word in title_words or any(s < t_end and t_start < e for s, e in taken):
                    first = i + 1
            name_tokens = tokens[first:]
            if not 2 <= len(name_tokens) <= 4:
                continue
            start, end = name_tokens[0][0], name_tokens[-1][1]
            name = text[start:end].rstrip(".")
            end = start + len(name)
            if any(s < end and start < e for s, e in taken):
                continue
            title = _title_before(text, sentence, start, states)
            rule = "person.minted-after-title"
            comma = re.search(r",\s*$", text[sentence.start : start])
            if title is None and comma is not None and not _fronted_adverbial_subject(text, sentence, start, end):
                # "the Iraqi prime minister, Adel Abdul-Mahdi": the title stands before the name, set off by a comma
                title = _title_before(text, sentence, sentence.start + comma.start(), states)
                if title is not None and title[1] is None:
                    title = None  # "Robinson's YPG commander, Botan English": a title of no state says nothing
                rule = "person.minted-appositive"
            if title is None or title[1] is None:
                appositive = _title_after(text, sentence, end, states)
                if appositive is not None:
                    title, rule = appositive, "person.minted-appositive"
            if title is None:
                words = name.split()
                looks_personal = (
                    len(words) <= 3 and len(words[-1]) >= 4 and fold_ascii(words[0]).lower() in gazetteer.given_names
                )  # "Angela Merkel", not "Chanting Helmut Kohl", "Forget Mobutu" or "Ayn al-Assad" (an air base)
                leader = (
                    _effective_leader_of_named_state(gazetteer, name, day, article_states) if looks_personal else None
                )
                if leader is not None:
                    # "Angela Merkel said": a leader the Wikidata lists lack, named with no title, whom the REIGN
                    # list has in office at the date for a state the article names
                    minted.append(_effective_leader_mention(leader, start, end, name, sentence.index))
                continue
            role, state = title
            qid = None
            if state is None:
                # "President Alberto Fujimori": the title says who, the leader lists say of which state
                leaders = _effective_leaders(gazetteer, name, day)
                if len({leader.state for leader in leaders}) != 1:
                    # "President Arpad Gencz" in an article on Hungary: the holder of the office in a named state
                    named = {
                        holder.state: holder
                        for holder in (
                            _holder_with_surname(gazetteer, article_state, role, name, day)
                            for article_state in sorted(article_states)
                        )
                        if holder is not None
                    }
                    if len(named) != 1:
                        continue
                    state = next(iter(named))
                else:
                    state, qid, rule = leaders[0].state, leaders[0].qid, "person.effective-leader"
            mention = Mention(
                start,
                end,
                name,
                "person",
                "full-name",
                rule,
                sentence.index,
                qid=qid,
                state_qid=state,
                label=name,
                role=role,
                office_title=_title_text(text, sentence, start),
                confidence=0.6,
            )
            holder = _holder_with_surname(gazetteer, state, role, name, day) if qid is None else None
            if holder is not None:
                # "the Iraqi prime minister, Adel Abdul-Mahdi": the gazetteer spells him Adil; the office held
                # at the date and the surname agree, so it is the same person
                _apply_holding(mention, holder, gazetteer)
                mention.rule, mention.confidence = "person.office-holder-surname", 0.8
            elif qid is None:
                # "Georgian President Mikhail Saakashvili" where the office lists have no Georgian president that
                # year: the effective leader of that state by that name (REIGN), as with the title alone
                leaders = [leader for leader in _effective_leaders(gazetteer, name, day) if leader.state == state]
                if len({leader.qid for leader in leaders}) == 1:
                    mention.qid, mention.rule = leaders[0].qid, "person.effective-leader"
            minted.append(mention)
    return minted


def _holder_with_surname(
    gazetteer: Gazetteer, state: str | None, role: str | None, name: str, day: dt.date | None
) -> Holding | None:
    """The one holder of the titled office at ``day`` whose surname is the last word of ``name``, or is spelt like it
    but for vowels and "h" when the given names agree as well."""
    if state is None or role is None or day is None:
        return None
    words = [fold_ascii(word).lower() for word in name.split()]
    matching = []
    for holding in gazetteer.holders_at(state, role, day):
        person = gazetteer.people.get(holding.person)
        if person is None:
            continue
        known = [fold_ascii(word).lower() for word in person.name.split()]
        if known[-1] != words[-1]:
            # a spelling that differs in vowels or an "h" ("Arpad Gencz" for Arpad Goncz, "Zurab Nogaideli" for
            # Noghaideli) is the holder when the given name is spelt alike too
            # (and with or without the Arabic article: "El-Ganzoury" for Ganzouri)
            if len(words) < 2 or _loose_spelling(ARABIC_ARTICLE.sub("", known[-1])) != _loose_spelling(
                ARABIC_ARTICLE.sub("", words[-1])
            ):
                continue
            # (hyphened given names compared part by part: "Abdel-Fattah" and "Abdel Fattah")
            given = [part for w in words[:-1] for part in w.split("-")]
            known_given = [part for k in known[:-1] for part in k.split("-")]
            if not any(_loose_spelling(w) == _loose_spelling(k) for w in given for k in known_given):
                continue
        # an office of many holders ("other": ministers, officials, commanders) needs a given name that agrees
        # too, since a common surname alone would match someone else ("Farooq Feroze Khan")
        if role not in _LEADER_ROLES and not any(w[:3] == k[:3] for w in words[:-1] for k in known[:-1]):
            continue
        matching.append(holding)
    return matching[0] if len({h.person for h in matching}) == 1 else None


_TITLE_FILLERS = frozenset(
    [
        "ministry",
        "house",
        "representatives",
        "representative",
        "politburo",
        "party",
        "member",
        "communist",
        "deputy",
        "vice",
        "senior",
        "top",
        "state",
        "foreign",
        "defence",
        "defense",
        "affairs",
        "national",
        "security",
        "adviser",
        "advisor",
        "chief",
        "general",
        "of",
        "the",
    ]
)


def _title_text(text: str, sentence: Sentence, start: int) -> str | None:
    """The office title words just before a name ("foreign ministry spokesman")."""
    words = re.findall(r"[A-Za-z\-]+", text[max(sentence.start, start - _TITLE_WINDOW) : start])
    title_words = _title_and_filler_words()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() not in title_words:
            break
        kept.insert(0, word)
    while kept and kept[0].lower() in ("of", "the"):
        kept.pop(0)
    return " ".join(kept) or None


_APPOSITIVE = re.compile(
    r"^,\s+(?:a|an|the)\s+((?:[A-Za-z\-]+\s+){0,4}?)([A-Z][a-z]+)\s+((?:[a-z\-]+\s+){0,3}?[a-z\-]+)\b"
)
# For a person the gazetteer knows: a state of several words or initials ("United States", "U.S.") and the longest
# title the words allow ("deputy secretary of state for economic affairs").
_APPOSITIVE_WIDE = re.compile(
    r"^,\s+(?:a|an|the)\s+((?:[A-Za-z\-]+\s+){0,4}?)([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
    r"((?:[a-z\-]+\s+){0,3}[a-z\-]+)\b"
)


_APPOSITIVE_OF = re.compile(r"^,\s+(?:the\s+)?((?:[a-z\-]+\s+){0,3}?[a-z\-]+)\s+(?:of|for)\s+(?:the\s+)?")


def _title_after(
    text: str, sentence: Sentence, end: int, states: list[Mention], *, wide: bool = False
) -> tuple[str, str | None] | None:
    """An appositive after a name: "Wang Daohan, a top Chinese official", "Farooq Feroze Khan, chairman of
    Pakistan's joint chiefs of staff committee"."""
    of_match = _APPOSITIVE_OF.match(text[end : sentence.end])
    if of_match:
        words = tuple(of_match.group(1).lower().split())
        state = next((m.state_qid for m in states if m.start == end + of_match.end()), None)
        for rule in title_rules():
            if state is not None and words[-len(rule.words) :] == rule.words:
                return rule.role, state
    match = (_APPOSITIVE_WIDE if wide else _APPOSITIVE).match(text[end : sentence.end])
    if not match and wide:
        # "referred to Hong Song-Nam as acting premier": the office the text gives the person, of no state named
        as_title = re.match(
            r"\s+as\s+(?:the\s+)?((?:new|acting|interim)\s+)?((?:[a-z\-]+\s+){0,2}[a-z\-]+)\b", text[end:]
        )
        found = _longest_title(tuple(as_title.group(2).lower().split())) if as_title else None
        if found is None:
            return None
        acting = bool(as_title.group(1)) and "acting" in as_title.group(1)
        return ("other" if acting else found[0].role), None
    if not match:
        return None
    adjective_start = end + match.start(2)
    state = next((m.state_qid for m in states if m.start == adjective_start), None)
    if state is None:
        return None
    found = _longest_title(tuple(match.group(3).lower().split()))
    if found is None:
        return None
    rule, before_title = found
    qualifiers = set(before_title) | set(match.group(1).lower().split())
    if qualifiers & _PAST_WORDS:
        return None  # "the former US secretary of state": no office at the date
    # "the US deputy secretary of state": not the secretary of state
    return ("other" if qualifiers & _DEPUTY_WORDS else rule.role), state


def _longest_title(words: tuple[str, ...]) -> tuple[TitleRule, tuple[str, ...]] | None:
    """The title rule that the longest run of ``words`` from their start ends with, and the words before the title:
    in "deputy secretary of state for economic affairs", secretary of state after ("deputy",)."""
    for length in range(len(words), 0, -1):
        for rule in title_rules():
            if words[:length][-len(rule.words) :] == rule.words:
                return rule, words[: length - len(rule.words)]
    return None


_DEPUTY_WORDS = frozenset(["deputy", "vice", "assistant", "under", "junior", "associate", "acting"])
_PAST_WORDS = frozenset(["former", "ex", "then", "late", "outgoing", "retired"])


def _surname_mentions(
    text: str,
    sentences: list[Sentence],
    people: list[Mention],
    states: list[Mention],
    gazetteer: Gazetteer,
    day: dt.date | None,
    taken: list[tuple[int, int]],
) -> list[Mention]:
    """Single-word references to people: surnames of people already named, or title + surname."""
    found: list[Mention] = []
    article_states = {m.state_qid for m in states if m.state_qid}
    surnames = gazetteer.surname_index()
    for sentence in sentences:
        words = list(_CAPITALISED_WORD.finditer(text[sentence.start : sentence.end]))
        # initials that are a person's one-word alias ("AMLO", "MBS"); other capitals are abbreviations ("UN")
        words += [w for w in _INITIALS.finditer(text[sentence.start : sentence.end]) if w.group(0) in surnames]
        for token in sorted(words, key=lambda w: w.start()):
            start, end = sentence.start + token.start(), sentence.start + token.end()
            if any(s < end and start < e for s, e in taken):
                continue
            word = token.group(0)
            if MODIFIER_PREFIX.search(text, max(sentence.start, start - 8), start):
                continue  # "the anti-Assad insurgency", "pro-Maduro forces": an adjective, not the person
            folded = fold_ascii(word)
            earlier = [
                p
                # a person first named in this pass ("King Hussein") is who the same word refers to after it; a copy
                # of an earlier name is not, so that every surname copies the first naming
                for p in itertools.chain(people, (f for f in found if f.rule != "person.surname-coreference"))
                if p.start < start and folded in _folded_name_parts(p.label or p.text, p.text)
            ]
            source = max(earlier, key=lambda p: p.start) if earlier else None
            if source is None and sentence.index == 0 and not _part_of_longer_name(text, sentence, start, end):
                # a headline names by surname whom the story then names in full ("Chertoff pledges to ...",
                # "Al-Maliki adviser says ..."): the first full naming after it
                source = min(
                    (
                        p
                        for p in people
                        if p.start > end
                        and p.form == "full-name"
                        and folded in _folded_name_parts(p.label or p.text, p.text)
                    ),
                    key=lambda p: p.start,
                    default=None,
                )
            if source is not None and _other_given_name_before(text, sentence, start, source, states):
                source = None  # "Juanita Castro" after Fidel Castro: another of the family
            if source is not None and not _title_contradicts(text, sentence, start, source, states):
                found.append(
                    _copy_person(source, start, end, word, sentence.index, "surname", "person.surname-coreference")
                )
                continue
            title = _title_before(text, sentence, start, states)
            if title is None:
                if _part_of_longer_name(text, sentence, start, end) and not _paired_with_person(
                    text, start, itertools.chain(people, found)
                ):
                    variant = _variant_of_leader_name(text, sentence, start, end, gazetteer, day, taken)
                    # as for a bare surname, the leader's state must be in the article (a squash player named
                    # Mohammad Abbas is not Mahmoud Abbas)
                    if variant is not None and (
                        variant.state_qid in article_states or len(sentences) < MIN_CONTEXT_SENTENCES
                    ):
                        found.append(variant)
                    continue
                short = len(word) < 4 and not word.isupper()
                if short and re.match(r"['\u2019](?!s\b)\w", text[end : end + 3]):
                    continue  # "Xi'an": part of a place name
                holder = _sole_leader_with_surname(gazetteer, word, day, short=short)
                if holder is None and _paired_with_person(text, start, itertools.chain(people, found)):
                    # "the Trump-Kim summit": a surname hyphened to a leader's is the one head of state or government
                    # of that surname, even one that is also a given name
                    heads = [h for h in _holders_with_surname(gazetteer, word, day) if h.role in _HEAD_ROLES]
                    holder = heads[0] if len({h.person for h in heads}) == 1 else None
                if (
                    holder is None
                    and word in _SURNAMES_IN_THEIR_STATES_NEWS
                    and not re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start])
                    and not re.match(r"\s*[-\u2013]?\s*[A-Z]", text[end : end + 3])
                ):
                    # "Abe", "Moon": a word that is mostly something else is the head of state or government of
                    # that surname where the article names the head's state
                    head = _sole_leader_with_surname(gazetteer, word, day, short=True, common_word=True)
                    if head is not None and head.role in _HEAD_ROLES and head.state in article_states:
                        holder = head
                administration = None if holder is not None else _FORMER_HEADS_GOVERNMENT.match(text, end)
                former_state = _former_head_state(gazetteer, word, day) if administration else None
                if administration and former_state is not None:
                    # "the Trump administration" after Trump left office: the state he headed, not the man in office
                    found.append(
                        Mention(
                            start,
                            administration.end(),
                            text[start : administration.end()],
                            "state",
                            "metonym",
                            "state.former-head-administration",
                            sentence.index,
                            qid=former_state,
                            state_qid=former_state,
                            confidence=0.8,
                        )
                    )
                    continue
                if short and holder is not None and holder.state not in article_states:
                    # a two- or three-letter word is a leader's surname only in an article that names the state
                    holder = None
                if holder is None and word not in _NOT_SURNAMES and word not in _GIVEN_NAMES and len(word) >= 4:
                    leader = _effective_leader_of_named_state(gazetteer, word, day, article_states)
                    if leader is not None:
                        found.append(_effective_leader_mention(leader, start, end, word, sentence.index, "surname"))
                        continue
                # in an article that never names the leader's state, a bare surname is far more often a player,
                # a businessman or a place ("Christie", "Wade", "Lagos"); a lone sentence gives no such evidence
                if holder is not None and (holder.state in article_states or len(sentences) < MIN_CONTEXT_SENTENCES):
                    mention = Mention(
                        start,
                        end,
                        word,
                        "person",
                        "surname",
                        "person.surname-holder-at-date",
                        sentence.index,
                        confidence=0.6,
                    )
                    _apply_holding(mention, holder, gazetteer)
                    found.append(mention)
                continue
            role, state = title
            if re.match(r"-\s*[A-Z]", text[end : end + 4]):
                continue  # "Vice President Jean- Pierre Bemba": the first part of a hyphened given name
            if _MONARCH_TITLE.search(text, max(sentence.start, start - 20), start):
                # "King Hussein", "Queen Beatrix": a monarch goes by a given name, and no president with that
                # surname is meant (King Hussein of Jordan is not Saddam Hussein)
                monarch = _monarch(gazetteer, word, day, state, article_states)
                if monarch is not None:
                    found.append(_monarch_mention(monarch, start, end, word, sentence.index))
                continue
            holders = [
                h
                for h in _holders_with_surname(gazetteer, word, day)
                if (state is None or h.state == state) and (role == "other" or h.role == role)
            ]
            if _GIVEN_NAME_BEFORE_SURNAME.match(text, end, sentence.end):
                # "spokesman Liu Jianchao", "official Alexander Malyhin": a name goes on after the word, so the
                # word is a given name and no office-holder's surname
                holders = []
            if day is None and len({h.person for h in holders}) > 1 and len({(h.state, h.role) for h in holders}) == 1:
                # undated text, two holders of one office with this surname ("President Bush"): the later one, as
                # news names a sitting office-holder and the later term is nearer any text still read
                holders = [max(holders, key=lambda h: (h.end is None, h.end or "", h.start or ""))]
            if len({h.person for h in holders}) == 1:
                mention = Mention(
                    start, end, word, "person", "title-surname", "person.title-surname", sentence.index, confidence=0.8
                )
                _apply_holding(mention, holders[0], gazetteer)
                found.append(mention)
            elif (
                not holders
                and state is not None
                and role != "other"
                and (served := _served_state_by_surname(gazetteer, word, state)) is not None
            ):
                # "Japanese Foreign Minister Kamikawa" in 2024, after the lists' snapshot: the one person of that
                # state the gazetteer knows by that surname, if the title may be theirs at the date
                mention = Mention(
                    start, end, word, "person", "title-surname", "person.title-surname", sentence.index, confidence=0.7
                )
                mention.qid = served
                person = gazetteer.people.get(served)
                mention.label = person.name if person else word
                _titled_outside_known_terms(mention, title, sentence, text, states, gazetteer, day)
                if mention.state_qid is not None:
                    found.append(mention)
            elif not holders and role in ("head_of_state", "head_of_government"):
                leaders = [x for x in _effective_leaders(gazetteer, word, day) if state is None or x.state == state]
                if len({x.state for x in leaders}) == 1:
                    found.append(
                        Mention(
                            start,
                            end,
                            word,
                            "person",
                            "title-surname",
                            "person.effective-leader",
                            sentence.index,
                            qid=leaders[0].qid,
                            state_qid=leaders[0].state,
                            label=leaders[0].name,
                            role=role,
                            confidence=0.6,
                        )
                    )
    return found


def _served_state_by_surname(gazetteer: Gazetteer, surname: str, state: str) -> str | None:
    """The one person with this surname whom the gazetteer knows in an office of ``state`` at any time, or None."""
    people = {
        person
        for person in gazetteer.surname_index().get(surname, ())
        if any(holding.state == state for holding in gazetteer.holdings_of(person))
    }
    return next(iter(people)) if len(people) == 1 else None


def _title_contradicts(text: str, sentence: Sentence, start: int, source: Mention, states: list[Mention]) -> bool:
    """Whether the title before a name rules out the person named earlier with it: "King Hussein" after
    "Saddam Hussein" is a monarch, "Iraqi President Hussein" is not Jordan's."""
    title = _title_before(text, sentence, start, states)
    if title is None:
        return False
    state = title[1]
    if state is not None and source.state_qid is not None and state != source.state_qid:
        return True
    if _MONARCH_TITLE.search(text, max(sentence.start, start - 20), start):
        office = (source.office_title or "").lower()
        return source.role != "head_of_state" or (
            bool(office) and not any(word in office for word in _MONARCH_OFFICE_WORDS)
        )
    return False


_MONARCH_TITLES = ("King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Empress", "Grand Duke", "Grand Duchess")
# Titles of monarchs, right before the name they go with.
_MONARCH_TITLE = re.compile(rf"\b(?:{'|'.join(_MONARCH_TITLES)})\s+$")
# words of a monarch's office title ("King of Jordan", "Grand Duke of Luxembourg", "monarch of Denmark")
_MONARCH_OFFICE_WORDS = frozenset(title.split()[-1].lower() for title in _MONARCH_TITLES) | {"monarch"}


def _monarch(
    gazetteer: Gazetteer, given: str, day: dt.date | None, state: str | None, article_states: set[str]
) -> tuple[str, str | None, str] | None:
    """The one head of state at ``day`` with this given name: of the titled state if one is named with the
    title, else the only one, else the only one whose state the article names."""
    heads = gazetteer.heads_of_state_by_given_name(given, day)
    if not heads:
        # REIGN may list a monarch by the name alone ("Sihanouk")
        heads = [(leader.state, leader.qid, leader.name) for leader in _effective_leaders(gazetteer, given, day)]
    if state is not None:
        heads = [head for head in heads if head[0] == state]
    people = {head[1] for head in heads if head[1]}
    if len({head[0] for head in heads}) > 1 and len(people) == 1:
        # one monarch of several realms (Elizabeth II): the realm the office lists put first
        holding = gazetteer.holding_at(next(iter(people)), day)
        heads = [head for head in heads if holding is not None and head[0] == holding.state] or heads
    if len({head[0] for head in heads}) > 1:
        heads = [head for head in heads if head[0] in article_states]
    if len({head[0] for head in heads}) != 1:
        return None
    return next((head for head in heads if head[1]), heads[0])  # prefer the spell that knows the person's QID


def _monarch_mention(monarch: tuple[str, str | None, str], start: int, end: int, word: str, sentence: int) -> Mention:
    state, qid, name = monarch
    return Mention(
        start,
        end,
        word,
        "person",
        "title-surname",
        "person.title-given-name",
        sentence,
        qid=qid,
        state_qid=state,
        label=name,
        role="head_of_state",
        confidence=0.7,
    )


_TITLE_ONLY_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def _title_only_mentions(
    text: str, states: list[Mention], gazetteer: Gazetteer, day: dt.date | None, taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "the Chinese president", "Japan's foreign minister": the holder of that office at the article's date."""
    found = []
    rules = [r for r in title_rules() if r.role in _TITLE_ONLY_ROLES]
    for state in states:
        # ("the Nordic country's prime minister": a description that stands for a state named before)
        if state.form not in ("demonym", "name", "abbreviation", "description"):
            continue
        of_state = _title_of_state(text, state, rules, taken) if state.form != "demonym" else None
        if of_state is not None:
            start, end, rule = of_state
            holders = _title_holders(rule, state, gazetteer, day)
            found += _holder_mention(text, start, end, state.sentence, holders, gazetteer)
            continue
        after = text[state.end : state.end + 40]
        if re.search(
            r"\b(?:[Aa]|[Aa]n|[Aa]ny|[Aa]nother|[Nn]o|[Ee]very|[Ee]ach)\s+\Z",
            text[max(0, state.start - 10) : state.start],
        ):
            continue  # "the first visit by a Japanese leader in 12 years": any holder, no one in particular
        lead_in = text[max(0, state.start - 25) : state.start]
        last_word = re.search(r"(\w+)[\s\-]+\Z", lead_in)
        if (last_word and _NOT_NOW_BEFORE_TITLE.fullmatch(last_word.group(1))) or re.search(
            r"(?<![.!?]\s)\b(?!The\b)[A-Z][a-z]+\s+\Z", lead_in
        ):
            # "the deposed Iraqi leader": not the holder now; "the Turkish Cypriot leader", "a Bosnian Serb leader":
            # a community's leader, not the state's
            continue
        for rule in rules:
            words = r"\s+".join(re.escape(w) for w in rule.words)
            match = re.match(rf"(?:['\u2019]s)?\s+({words})\b(?!-)", after, re.I)
            if not match:
                continue
            if re.match(r"\s+[A-Z]", after[match.end() :]):
                break  # a title before a name ("Chinese President Xi"): read with the name
            start, end = state.end + match.start(1), state.end + match.end(1)
            if any(s < end and start < e for s, e in taken) or (
                # ("the Irish Taoiseach said": a capitalised title after "the" and the state, no name after it)
                text[start].isupper() and not re.search(r"\b[Tt]he\s+\Z", text[max(0, state.start - 4) : state.start])
            ):
                break  # "Chinese President Xi": a title before a name, already read with the name
            holders = _title_holders(rule, state, gazetteer, day)
            found += _holder_mention(
                text, start, end, state.sentence, holders, gazetteer, "person.title-holder-at-date"
            )
            break
    return found


# A title that names its state: "the pope", "the pontiff" is the head of state of the Holy See (Vatican City, which
# the gazetteer's offices hold) at the date; not before a name ("the Pope John Paul II" is read with the name).
_POPE = re.compile(r"\b[Tt]he\s+(?P<title>[Pp]ope|[Pp]ontiff)\b(?![\s\-]+[A-Z])(?!-)")
VATICAN = "Q237"


def _pope_mentions(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer, day: dt.date | None, taken: list[tuple[int, int]]
) -> list[Mention]:
    if day is None:
        return []  # with no date, no one in particular holds the office
    holders = gazetteer.holders_at(VATICAN, "head_of_state", day)
    found = []
    for match in _POPE.finditer(text):
        start, end = match.span("title")
        if any(s < end and start < e for s, e in taken):
            continue
        sentence = next((s.index for s in sentences if s.start <= start < s.end), 0)
        found += _holder_mention(text, start, end, sentence, holders, gazetteer, "person.title-names-its-state")
    return found


def _holder_mention(
    text: str,
    start: int,
    end: int,
    sentence: int,
    holders: list[Holding],
    gazetteer: Gazetteer,
    rule: str = "person.title-of-state-at-date",
) -> list[Mention]:
    """A person mention of the title at ``start:end`` (in sentence ``sentence``) for its one holder; none when no one
    or several hold it."""
    if len({h.person for h in holders}) != 1:
        return []
    mention = Mention(start, end, text[start:end], "person", "title", rule, sentence, confidence=0.7)
    _apply_holding(mention, holders[0], gazetteer)
    return [mention]


def _title_holders(rule: TitleRule, state: Mention, gazetteer: Gazetteer, day: dt.date | None) -> list[Holding]:
    """Who held the office a title names in the state at ``day``. "Leader" is whoever leads the state then: the
    prime minister in Japan, the president in China (Gazetteer.leading_role), or REIGN's effective leader where
    the office lists do not reach back to the date (Netanyahu in 1997). Where the lists miss a term of a head of state
    or government ("Pakistan's prime minister" in 1998: Nawaz Sharif's second premiership is not in them, his third
    is), REIGN's effective leader then, if the lists show that person in the same office at another time."""
    qid = state.state_qid or ""
    leader = rule.words == ("leader",)
    holders = gazetteer.holders_at(qid, gazetteer.leading_role(qid, day) if leader else rule.role, day)
    if len({h.person for h in holders}) > 1 and not leader:
        # two heads of state at once (Iran's president and its supreme leader): the one whose office the title names
        named = re.compile(r"\b" + r"\s+".join(map(re.escape, rule.words)) + r"\b", re.I)
        titled = [h for h in holders if named.search(h.office_label)]
        if titled and len({h.person for h in titled}) < len({h.person for h in holders}):
            holders = titled
    if holders or day is None:
        return holders
    reign = [h for h in gazetteer.holders_at(qid, "other", day) if h.office_label == REIGN_OFFICE_LABEL]
    if leader:
        return reign
    if rule.role not in ("head_of_state", "head_of_government"):
        return []
    return [h for h in reign if any(o.state == qid and o.role == rule.role for o in gazetteer.holdings_of(h.person))]


def _title_of_state(
    text: str, state: Mention, rules: list[TitleRule], taken: list[tuple[int, int]]
) -> tuple[int, int, TitleRule] | None:
    """ "the prime minister of India", "the President of France": the span of the title before a state's name and
    its rule (not "the former president of France", nor "a president of Egypt", which name no one holding office)."""
    before = text[max(0, state.start - 40) : state.start]
    for rule in sorted(rules, key=lambda r: len(r.words), reverse=True):
        words = r"\s+".join(re.escape(w) for w in rule.words)
        match = re.search(
            rf"(?:^|\b(?P<word>\w+)\s+|[^\w\-])[Tt]he\s+(?P<title>{words})\s+of\s+(?:the\s+)?\Z", before, re.I
        )
        if match is None:
            continue
        if match.group("word") and _NOT_NOW_BEFORE_TITLE.fullmatch(match.group("word")):
            return None  # "a rival of the man then the president of Chile": not the holder at the date
        if re.match(r"\s*,?\s+[A-Z][a-z]|['\u2019]s?\b", text[state.end :]):
            # "the President of France Emmanuel Macron": a title before a name, read with the name; "the leader of
            # Japan's ruling party": the office is in what the state's possessive names
            return None
        start = state.start - len(before) + match.start("title")
        end = state.start - len(before) + match.end("title")
        if any(s < end and start < e for s, e in taken):
            return None
        return start, end, rule
    return None


# "the president", "the foreign minister": an office named without its state refers back to the one person of the
# article who held that office in the last few sentences
_NOMINAL_TITLE_NAMES = (
    "president",
    "king",
    "queen",
    "emir",
    "sultan",
    "emperor",
    "leader",
    "prime minister",
    "premier",
    "chancellor",
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "defence minister",
    "defense minister",
    "defense secretary",
)
# each title's role as titles.jsonl gives it; "the leader" may be a head of state's, a government's or a party's
_NOMINAL_TITLES: dict[str, tuple[str, ...]] = {
    **{" ".join(rule.words): (rule.role,) for rule in title_rules() if " ".join(rule.words) in _NOMINAL_TITLE_NAMES},
    "leader": ("head_of_state", "head_of_government", "party_leader"),
    # "the minister": a foreign or defence minister named before (a prime minister is "the prime minister")
    "minister": ("foreign_minister", "defence_minister"),
}
# the office word an antecedent's office title must hold when several offices share a role ("the king" is not
# a president)
_NOMINAL_OFFICE_WORD = {
    "president": "president",
    "king": "king",
    "queen": "queen",
    "emir": "emir",
    "sultan": "sultan",
    "emperor": "emperor",
    "chancellor": "chancellor",
}
_NOMINAL = re.compile(
    r"\b[Tt]he\s+("
    # each word in lower case or capitalised, as British and American papers write it ("the Prime Minister")
    + "|".join(
        sorted(
            (
                r"\s+".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w != "of" else w for w in t.split())
                for t in _NOMINAL_TITLES
            ),
            key=len,
            reverse=True,
        )
    )
    + r")\b(?![-\u2013]|\s+(?:of|for|and\s+(?:the\s+)?[a-z]+\s+(?:of|for))\b|\s+[A-Z])"
)
_NOMINAL_WINDOW = 4  # sentences back


def _named_holders_before(people: list[Mention], end: int, sentence_index: int) -> list[Mention]:
    """People named (not by a pronoun or a nominal) before ``end`` in the last few sentences who act for a state: the
    ones "the president" or "his counterpart" may stand for."""
    return [
        p
        for p in people
        if p.end <= end
        and 0 <= sentence_index - p.sentence <= _NOMINAL_WINDOW
        and p.form not in ("pronoun", "nominal")
        and p.state_qid
    ]


def _nominal_mentions(
    text: str, sentences: list[Sentence], people: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "The president said": the office-holder of that office named in the last few sentences, when only one
    person holding it was named there."""
    found = []
    for sentence in sentences:
        for match in _NOMINAL.finditer(text, sentence.start, sentence.end):
            start, end = match.start(1), match.end(1)
            if any(s < end and start < e for s, e in taken):
                continue
            title = " ".join(match.group(1).lower().split())
            office_word = _NOMINAL_OFFICE_WORD.get(title)
            earlier = [
                p
                for p in _named_holders_before(people, match.start(), sentence.index)
                if (
                    p.role in _NOMINAL_TITLES[title]
                    # REIGN's leaders carry no office: any head of state or government may be meant
                    or (
                        p.role is None
                        and p.rule.startswith("person.effective-leader")
                        and not {"head_of_state", "head_of_government"}.isdisjoint(_NOMINAL_TITLES[title])
                    )
                )
                and (
                    office_word is None
                    or p.office_title is None
                    # (a word of the title: "emir" is not in "President of the United Arab Emirates")
                    or re.search(rf"\b{office_word}\b", p.office_title.lower()) is not None
                )
            ]
            if len({p.referent for p in earlier}) != 1:
                continue  # none, or two presidents named: "the president" could be either
            found.append(
                _copy_person(
                    earlier[-1], start, end, text[start:end], sentence.index, "nominal", "person.nominal-title"
                )
            )
    return found


# "his counterpart" with no state word and no name after it ("Kufuor promised his counterpart closer ties"):
# the one office-holder of another state with the owner's kind of office named in the last few sentences.
_BARE_COUNTERPART = re.compile(r"\s+(counterpart)\b(?!s|,?\s+[A-Z])")
# Heads of state and heads of government meet as counterparts: a president's counterpart may be a prime minister.
_COUNTERPART_ROLES = {
    "head_of_state": ("head_of_state", "head_of_government"),
    "head_of_government": ("head_of_state", "head_of_government"),
    "foreign_minister": ("foreign_minister",),
    "defence_minister": ("defence_minister",),
}


def _counterpart_mentions(
    text: str, sentences: list[Sentence], people: list[Mention], pronouns: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """The person a bare "his counterpart" stands for: of another state than the pronoun's owner, holding the same
    kind of office, and the only such person named in the last few sentences (two would leave it open)."""
    found = []
    for owner in pronouns:
        if owner.text.lower() not in ("his", "her") or not owner.state_qid or owner.role not in _COUNTERPART_ROLES:
            continue
        match = _BARE_COUNTERPART.match(text, owner.end)
        if match is None or any(s < match.end(1) and match.start(1) < e for s, e in taken):
            continue
        earlier = [
            p
            for p in _named_holders_before(people, owner.start, owner.sentence)
            if p.state_qid != owner.state_qid and p.role in _COUNTERPART_ROLES[owner.role]
        ]
        if len({p.referent for p in earlier}) != 1:
            continue
        found.append(
            _copy_person(
                earlier[-1],
                match.start(1),
                match.end(1),
                match.group(1),
                owner.sentence,
                "nominal",
                "person.counterpart",
            )
        )
    return found


def _effective_leader_of_named_state(
    gazetteer: Gazetteer, name: str, day: dt.date | None, article_states: set[str]
) -> EffectiveLeader | None:
    """The one REIGN leader whom ``name`` names at ``day``, when no Wikidata office-holder bears that surname
    and the article names the leader's state (one of ``article_states``) elsewhere."""
    if _holders_with_surname(gazetteer, fold_ascii(name.split()[-1]), day):
        return None  # the office-holder lists know this surname: their reading comes first
    leaders = gazetteer.effective_leaders_at(name, day)
    if len({leader.state for leader in leaders}) != 1 or leaders[0].state not in article_states:
        return None
    return leaders[0]


def _effective_leader_mention(
    leader: EffectiveLeader, start: int, end: int, text: str, sentence: int, form: str = "full-name"
) -> Mention:
    return Mention(
        start,
        end,
        text,
        "person",
        form,
        "person.effective-leader-named-state",
        sentence,
        qid=leader.qid,
        state_qid=leader.state,
        label=leader.name if form == "surname" else text,
        confidence=0.6,
    )


def _effective_leaders(gazetteer: Gazetteer, name: str, day: dt.date | None) -> list:
    """Leaders of the REIGN list by name at ``day``, or about to take office (a leader-elect, as for holdings)."""
    leaders = list(gazetteer.effective_leaders_at(name, day))
    if not leaders and day is not None:
        leaders = list(gazetteer.effective_leaders_at(name, day + dt.timedelta(days=INCOMING_DAYS)))
    return leaders


# Lowercase words inside personal and other proper names.
_NAME_PARTICLES = r"(?:of|da|de|del|della|di|do|dos|das|du|van|von|der|den|bin|ibn|al|el|la|le)"
_NAME_BEFORE = re.compile(rf"(?:[-'\u2019]|\b([A-Z][\w\-]*)\s+(?:{_NAME_PARTICLES}\s+)?)$")
_NAME_AFTER = re.compile(rf"\s+[\"\u201c'(]?(?:{_NAME_PARTICLES}[\s\-])?[A-Z][a-z]")
# A capitalised word right after a titled name that goes on with the name (not "President Bush Tuesday")
_GIVEN_NAME_BEFORE_SURNAME = re.compile(
    rf"\s+(?:{_NAME_PARTICLES}[\s\-])?(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][a-z]"
)


def _other_given_name_before(text: str, sentence: Sentence, start: int, source: Mention, states: list[Mention]) -> bool:
    """Whether the surname at ``start`` follows a capitalised name word that is none of ``source``'s names, nor a
    title, a state's name or a word capitalised for opening the sentence: "Juanita Castro" is not Fidel Castro."""
    window = max(sentence.start, start - 30)
    before = re.search(r"\b([A-Z][a-z]+)\s+$", text[window:start])
    if before is None:
        return False
    word = before.group(1)
    word_start = window + before.start(1)
    return not (
        word in _CAPITALISED_FUNCTION_WORDS
        or word.lower() in _title_and_filler_words()
        or word.lower() in NOT_GIVEN_NAMES
        or word in _DAY_AND_MONTH_WORDS
        or fold_ascii(word).lower()
        in {fold_ascii(part).lower() for part in re.findall(r"[^\W\d_]+", f"{source.label} {source.text}")}
        or any(m.start <= word_start < m.end for m in states)
    )


def _paired_with_person(text: str, start: int, people: Iterable[Mention]) -> bool:
    """Whether the word at ``start`` is hyphened to a person already found ("the Trump-Putin summit"): a pair of
    people, as "US-Russia" is a pair of states, not one double-barrelled name."""
    if not re.search(r"[-\u2013]$", text[max(0, start - 1) : start]):
        return False
    return any(p.end == start - 1 for p in people)


def _part_of_longer_name(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is part of a longer name, not a person by surname: "Ayn al-Assad",
    "David Frost", "Vasco da Gama", "Duke of Lancaster", "Ismail al-Abdullah" (a sentence-initial "The" is no
    part of "The Bush administration")."""
    before = _NAME_BEFORE.search(text[max(sentence.start, start - 30) : start])
    if before and before.group(1) not in _CAPITALISED_FUNCTION_WORDS:
        return True
    return _NAME_AFTER.match(text[end : end + 8]) is not None


def _variant_of_leader_name(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    gazetteer: Gazetteer,
    day: dt.date | None,
    taken: list[tuple[int, int]],
) -> Mention | None:
    """ "Sergei Lavrov", "Mahmud Abbas", "Fuad Siniora": a given name and the surname of the one leader of that
    surname at the date, spelt otherwise than the gazetteer's label; every given name written must agree in its
    consonants with one of the leader's ("Binyamin" and "Benjamin" do not)."""
    if _NAME_AFTER.match(text[end : end + 8]):
        return None  # the surname is not the last word of the name
    given = re.search(r"\b((?:[A-Z][\w\-]*\.?\s+){1,2})$", text[max(sentence.start, start - 40) : start])
    if given is None or any(
        word in _CAPITALISED_FUNCTION_WORDS or word.lower().rstrip(".") in office_title_words()
        for word in given.group(1).split()
    ):
        return None
    name_start = start - len(given.group(1))
    if any(s < end and name_start < e for s, e in taken):
        return None
    holder = _sole_leader_with_surname(gazetteer, text[start:end], day)
    person = gazetteer.people.get(holder.person) if holder is not None else None
    if person is None:
        return None
    known = {_consonants(word) for word in person.name.split()[:-1]}
    if not all(_consonants(word) in known for word in given.group(1).split()):
        return None  # "Peyton Manning" is not Patrick Manning, "Juan Fernandez Miranda" not Joao de Miranda
    mention = Mention(
        name_start,
        end,
        text[name_start:end],
        "person",
        "full-name",
        "person.variant-name-holder-at-date",
        sentence.index,
        confidence=0.7,
    )
    _apply_holding(mention, holder, gazetteer)
    return mention


def _loose_spelling(word: str) -> str:
    """The consonants of a name without "h", which transliterations add or drop ("Noghaideli"/"Nogaideli")."""
    return _consonants(word).replace("h", "")


def _consonants(word: str) -> str:
    """The consonants of a name, folded and undoubled: transliterations that differ in vowels agree
    ("Sergei"/"Sergey", "Mahmud"/"Mahmoud", "Fuad"/"Fouad")."""
    letters = re.sub(r"[^a-z]", "", fold_ascii(word).lower())
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", letters))


@functools.cache
def _title_and_filler_words() -> frozenset[str]:
    """Title words and the words that join them in longer titles ("ministry", "deputy", "of", ...)."""
    return office_title_words() | _TITLE_FILLERS


# A word of three to five capitals: initials ("AMLO") or an abbreviation ("NATO").
_INITIALS = re.compile(r"(?<![^\W\d_])[A-Z]{3,5}(?![^\W\d_])")
# A capitalised word, letters with diacritics included ("Erdoğan", "Babiš"), with a lower-case hyphenated part.
_CAPITALISED_WORD = re.compile(
    r"(?<![^\W\d_])[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F]+(?:-[a-z\u00DF-\u00FF\u0100-\u017F]+)?(?![^\W\d_])"
)

# Sentences an article needs before the absence of a leader's state counts against reading a bare surname as
# that leader.
MIN_CONTEXT_SENTENCES = 3


# Words before a surname that are no part of a name, unlike the "David" of "David Frost": those capitalised only
# because they open a sentence, and the titles of address ("Mr Bush").
_CAPITALISED_FUNCTION_WORDS = CAPITALISED_FUNCTION_WORDS | {"Mr", "Mrs", "Ms"}
# Given names that leaders also bear as surnames: alone, they name someone else far more often.
_GIVEN_NAMES = frozenset(
    """Ahmad Ahmed Mohammed Mohammad Muhammad Mohamed Abdullah Abdallah Ibrahim Omar Umar Khalid Mahmoud Mahmud
    Mustafa Yusuf Youssef Jose Juan Maria Carlos Luis Jorge Pedro Antonio Manuel John David Michael Peter Paul
    George James Robert William Richard Thomas Charles Joseph Daniel Mark Steven Andrew Kevin Brian Edward Ronald
    Anthony Donald Kenneth Stephen Alexander Nikolai Vladimir Sergei Ivan Dmitry Andrei Yuri Hamid Rashid Said
    Saleh Salem Nasser Faisal Fahd Sultan Tariq Karim Jamal Nabil Samir Walid Amir Reza Ali Hassan Hussein""".split()
)
# Words that are mostly something else but in an article on the leader's own state are that leader: the family
# names of East Asian heads of government news gives alone ("Abe met Trump" in an article that names Japan). A
# broader reading of every common word so ("May", "Major", "Clark") took months and cricketers for prime ministers.
_SURNAMES_IN_THEIR_STATES_NEWS = frozenset({"Abe", "Moon", "Park"})
# Capitalised words that are surnames of leaders but far more often something else.
_NOT_SURNAMES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Brown",
        "Rice",
        "Note",
        "Key",
        "Liverpool",
        "Cook",
        "Young",
        "King",
        "Long",
        "Little",
        "Hill",
        "Church",
        "Wood",
        "Bird",
        "Green",
        "White",
        "Black",
        "Gray",
        "Grey",
        "Rose",
        "Hope",
        "Faith",
        "Love",
        "Power",
        "Law",
        "Mark",
        "Major",
        "Best",
        "Hall",
        "Park",
        "Wall",
        "Lord",
        "North",
        "South",
        "East",
        "West",
        "Christian",
        "Frank",
        "Grant",
        "Carter",
        "Will",
        "Sun",
        "Moon",
        "Star",
        "Gold",
        "Silver",
        "Stone",
        "Rock",
        "Lee",
        "Kim",
        "Park",
        "Li",
        "Wang",
        "Zhang",
        "Liu",
        "Chen",
        "Singh",
        "Khan",
        "Ali",
        "Ahmed",
        "Hassan",
        "Hussein",
        "Smith",
        "Jones",
        "Johnson",
        "Miller",
        "Davis",
        "Wilson",
        "Taylor",
        "Thomas",
        "Moore",
        "Martin",
        "Jackson",
        "Thompson",
        "Harris",
        "Clark",
        "Lewis",
        "Robinson",
        "Walker",
        "Allen",
        "Wright",
        "Scott",
        "Adams",
        "Baker",
        "Nelson",
        "Hill",
        "Campbell",
        "Mitchell",
        "Roberts",
        "Phillips",
        "Evans",
        "Turner",
        "Torres",
        "Parker",
        "Collins",
        "Edwards",
        "Stewart",
        "Morris",
        "Murphy",
        "Rogers",
        "Reed",
        "Cook",
        "Morgan",
        "Bell",
        "Bailey",
        "Cooper",
        "Richardson",
        "Cox",
        "Howard",
        "Ward",
        "Peterson",
        "Gray",
        "James",
        "Watson",
        "Brooks",
        "Kelly",
        "Sanders",
        "Price",
        "Bennett",
        "Barnes",
        "Ross",
        "Henderson",
        "Coleman",
        "Jenkins",
        "Perry",
        "Powell",
        "Long",
        "Patterson",
        "Hughes",
        "Flores",
        "Washington",
        "Butler",
        "Simmons",
        "Foster",
        "Gonzales",
        "Bryant",
        "Alexander",
        "Russell",
        "Griffin",
        "Diaz",
        "Hayes",
        "Abe",
        "Islam",
        "Africa",
        "Asia",
        "Europe",
        "America",
        "God",
        "Allah",
        "Israel",
        "Jordan",
        "Georgia",
        "Chad",
        "Congress",
        "Parliament",
        "Senate",
        "President",
        "Minister",
        "Prime",
    ]
)
_LEADER_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
_HEAD_ROLES = ("head_of_state", "head_of_government")


def _sole_leader_with_surname(
    gazetteer: Gazetteer, surname: str, day: dt.date | None, short: bool = False, common_word: bool = False
) -> Holding | None:
    """ "Obama said": the one head of state or government, foreign or defence minister with that surname at
    the date. Common words and common surnames are never read this way; with no date, nothing is. A surname of
    two or three letters ("Xi", "Hu") is read only with ``short``, and only as the one head of state or government
    who is the one office-holder of that surname at the date."""
    if day is None or (not common_word and (surname in _NOT_SURNAMES or surname in _GIVEN_NAMES)):
        return None
    if len(surname) < 4 and not surname.isupper():
        if not short:
            return None
        holdings = _holders_with_surname(gazetteer, surname, day)
        if len({h.person for h in holdings}) != 1 or holdings[0].role not in _HEAD_ROLES:
            return None
        return holdings[0]
    # (initials are read only where they are a person's alias: "MBS")
    holdings = _holders_with_surname(gazetteer, surname, day)
    if not holdings:
        # a leader-elect, as for full names: "congratulated Trump on his victory" two months before he took office
        incoming = (_incoming_holding(gazetteer, qid, day) for qid in gazetteer.surname_index().get(surname, ()))
        holdings = [h for h in incoming if h is not None]
    holders = [
        h
        for h in holdings
        # (a REIGN spell with no office is a leader's too: Maliki led Iraq from May 2006, a year before the
        # office-holder list starts his premiership)
        if h.role in _LEADER_ROLES or (h.office is None and h.office_label == REIGN_OFFICE_LABEL)
    ]
    return holders[0] if len({h.person for h in holders}) == 1 else None


# After a surname, the government its bearer led: "the Obama administration", "the Blair government".
_FORMER_HEADS_GOVERNMENT = re.compile(r"\s+(?:administration|government|cabinet)\b")


def _former_head_state(gazetteer: Gazetteer, surname: str, day: dt.date | None) -> str | None:
    """The one state that people of this surname headed (as head of state or government) before ``day``."""
    if day is None:
        return None
    states = {
        holding.state
        for qid in gazetteer.surname_index().get(surname, ())
        for holding in gazetteer.holdings_of(qid)
        if holding.role in _HEAD_ROLES and holding.start is not None and holding.start <= day.isoformat()
    }
    return states.pop() if len(states) == 1 else None


def _holders_with_surname(gazetteer: Gazetteer, surname: str, day: dt.date | None) -> list[Holding]:
    holdings = []
    for qid in gazetteer.surname_index().get(surname, ()):
        holding = gazetteer.holding_at(qid, day)
        if holding is not None:
            holdings.append(holding)
    return holdings


@functools.lru_cache(maxsize=4096)
def _folded_name_parts(label: str, text: str) -> frozenset[str]:
    """The first and last names of a person's label and mention text, and the middle names of the label, folded to
    ASCII: what a surname may match ("Lula" after "Luiz Inacio Lula da Silva", "Tayyip" after "Recep Tayyip
    Erdogan")."""
    return frozenset(fold_ascii(part) for part in _name_parts(label) | _middle_names(label) | _name_parts(text))


def _middle_names(name: str) -> set[str]:
    parts = name.split()
    return {p for p in parts[1:-1] if len(p) >= 4 and p[0].isupper() and p[1:].islower()}


def _name_parts(name: str) -> set[str]:
    parts = [p for p in re.split(r"[\s]+", name) if p]
    if len(parts) < 2:
        return set()
    keep = {parts[-1], parts[0]}
    keep |= {ARABIC_ARTICLE.sub("", part) for part in keep}  # "al-Maliki", "el-Sissi": "Maliki", "Sissi" alone
    return {p for p in keep if len(p) > 1 and p[0].isupper()}


def _copy_person(source: Mention, start: int, end: int, text: str, sentence: int, form: str, rule: str) -> Mention:
    return Mention(
        start,
        end,
        text,
        "person",
        form,
        rule,
        sentence,
        qid=source.qid,
        state_qid=source.state_qid,
        label=source.label,
        office_qid=source.office_qid,
        office_title=source.office_title,
        role=source.role,
        holding_start=source.holding_start,
        holding_end=source.holding_end,
        confidence=source.confidence * 0.9,
    )


# What may come before a pronoun that opens its sentence as the subject: "He", "On Monday, he", "But she".
_PRONOUN_OPENING = re.compile(
    r"\W*(?:(?:But|And|Meanwhile|However|Later|Earlier|Also|Then),?\s+|(?:On|In|At|Last|Late|Early)\b[^,]{0,40},\s+"
    r"|(?:On|Last|Early|Late)\s+[A-Z][a-z]+day\s+)*\Z"
)


def _pronoun_mentions(
    text: str,
    sentences: list[Sentence],
    people: list[Mention],
    taken: list[tuple[int, int]],
    unlinked: list[int] | None = None,
    genders: dict[str, str] | None = None,
) -> list[Mention]:
    known_genders = genders or {}
    found = []
    for sentence in sentences:
        for match in PRONOUN.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end()
            word = match.group(0).lower()
            # "she" stands for no one known to be a man, "he" for no one known to be a woman ("Merkel met Hollande.
            # She criticised Russia"); people whose gender the gazetteer does not know may be either
            other_gender = _other_gender(word)
            own_part = _FOR_OWN_PART.match(text, end) if word in ("his", "her") else None
            if own_part is not None and re.search(r"\b[Ff]or\s+\Z", text[max(0, start - 5) : start]):
                # "For his part, Bush said": the pronoun looks ahead to the name after the comma
                named_next = next(
                    (p for p in people if p.sentence == sentence.index and 0 <= p.start - own_part.end() <= 40), None
                )
                if named_next is not None and not any(s < end and start < e for s, e in taken):
                    found.append(
                        _copy_person(
                            named_next,
                            start,
                            end,
                            match.group(0),
                            sentence.index,
                            "pronoun",
                            "person.pronoun-cataphora",
                        )
                    )
                continue
            named_before = [p for p in people if p.end <= start and sentence.index - p.sentence <= 2]
            earlier = [p for p in named_before if known_genders.get(p.qid or "") != other_gender]
            if not earlier or any(s < end and start < e for s, e in taken):
                continue
            subjects = [
                p
                for p in earlier
                if not _after_preposition(text, sentences[p.sentence], p)
                # (nor the object of an infinitive: "planning to hand Saddam an ultimatum, he")
                and not _INFINITIVE_RIGHT_BEFORE.search(text, max(0, p.start - 60), p.start)
            ]
            # "Modi met the Australian foreign minister. He praised Australia": the subject before, not its object
            # ("He" named in its own sentence's clause is the nearest, whatever it did)
            # ("Trump met Erdogan and said he had invited him": the subject of a second verb after "and" is the
            # first verb's, not its object)
            second_verb = word in ("he", "she") and _SAID_AFTER_AND.search(text, max(sentence.start, start - 30), start)
            subjects = [
                p
                for p in subjects
                if (p.sentence == sentence.index and not second_verb)
                or not _object_of_past_verb(text, sentences[p.sentence], p)
            ] or subjects
            source = (subjects or earlier)[-1]
            if word in ("he", "she") and _PRONOUN_OPENING.fullmatch(text, sentence.start, start):
                # "Trump phoned leaders. He was to talk with the crown prince and Hwang. He spoke to Abe": a sentence
                # the pronoun opens goes on about whom the sentence before, opened by the same pronoun, was about
                chained = [
                    f
                    for f in found
                    if f.sentence == sentence.index - 1
                    and f.text.lower() == word
                    and _PRONOUN_OPENING.fullmatch(text, sentences[f.sentence].start, f.start)
                ]
                source = chained[0] if chained else source
            if source.sentence == sentence.index and _REPORTED_TO.search(text, sentence.start, source.start):
                # "Putin told Xi that his country was ready": in what one told another, "his" is the teller's
                teller = [
                    p
                    for p in named_before
                    if p.sentence == sentence.index and p.end <= source.start and p.referent != source.referent
                ]
                # ("Obama told Cameron he had phoned Putin": a subject pronoun right after the listener is
                # the teller's too)
                if teller and (
                    re.fullmatch(r"\s*,?\s+(?:on\s+\w+\s+)?that\s+(?:[a-z\-]+\s+){0,6}", text[source.end : start])
                    or (word in ("he", "she") and re.fullmatch(r"\s+", text[source.end : start]))
                ):
                    source = teller[-1]
            if (
                source.sentence == sentence.index
                and word in ("his", "her")
                and re.fullmatch(r"\s+(?:on|about|of)\s+", text[source.end : start])
                and _INFORMED_BEFORE.search(text, max(sentence.start, source.start - 30), source.start)
            ):
                # "the king was due to brief the Palestinian leader on his talks": what one briefs another on is the
                # briefer's own
                teller = [
                    p
                    for p in named_before
                    if p.sentence == sentence.index and p.end <= source.start and p.referent != source.referent
                ]
                source = teller[-1] if teller else source
            if _someone_else_between(unlinked, source.end, start):
                continue
            possessive_her = word == "her" and re.match(
                r"\s+(?!(?:on|for|to|with|at|in|and|that|as|about|by|from|of|into|over|after|before)\b)[a-z]",
                text[end : end + 12],
            )
            if word in ("him", "her") and not possessive_her:
                # an object pronoun is not the subject of its own clause: "Hu congratulated her" is not Hu
                # (whoever the pronoun may stand for: "Hu congratulated her" is not Merkel named before Hu either)
                clause_subject = [p for p in named_before if p.sentence == sentence.index and start - p.end < 40]
                if clause_subject and _object_of_past_verb(text, sentence, clause_subject[-1]):
                    # "Trump called President Erdogan on Wednesday and urged him": the nearest name is the object of
                    # the first verb; the subject both verbs share is the one before it
                    heads = [
                        p for p in named_before if p.sentence == sentence.index and p.end <= clause_subject[-1].start
                    ]
                    clause_subject = heads[-1:] if heads else clause_subject
                pronoun_subject = [
                    f
                    for f in found
                    if f.sentence == sentence.index
                    and f.end <= start
                    and start - f.end < 30
                    and f.text.lower() in ("he", "she")
                    and (not clause_subject or f.start > clause_subject[-1].end)
                ]
                if pronoun_subject:
                    # "met Mubarak and said he had invited him": the clause's subject is the "he" right before
                    # the object, whom it stands for
                    clause_subject = pronoun_subject[-1:]
                # people without a QID (REIGN leaders, minted names) differ by label
                others = [p for p in earlier if not clause_subject or p.referent != clause_subject[-1].referent]
                if not others:
                    continue
                source = others[-1]
            found.append(
                _copy_person(
                    source, start, end, match.group(0), sentence.index, "pronoun", "person.pronoun-last-subject"
                )
            )
    return found


# A verb of informing right before the one informed: "brief Arafat", "told Xi", "informed the emir"
_INFORMED_BEFORE = re.compile(
    r"\b(?:brief(?:s|ed|ing)?|inform(?:s|ed|ing)?|tell(?:s|ing)?|told|updat(?:e|es|ed|ing)|apprise[sd]?)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,4}\Z"
)

# After "For his" or "For her" opening a clause: the pronoun stands for the person named after the comma.
_FOR_OWN_PART = re.compile(r"\s+(?:own\s+)?part\s*,\s*")
# A verb by which one person tells another something, right before the listener's name ("Putin told Xi").
_REPORTED_TO = re.compile(
    r"\b(?:told|tells|assured|assures|informed|informs|reminded|reminds)\s+(?:[A-Z][\w\-.']*\s+|[a-z]+\s+){0,4}\Z"
)


# "to" and a verb right before a name: the name is the infinitive's object ("to give Saddam Hussein").
_INFINITIVE_RIGHT_BEFORE = re.compile(
    r"\bto\s+(?!be\b)[a-z]{2,}\s+(?:(?:[A-Z][\w\-]*(?:['\u2019]s)?|the|his|her|visiting|new|former)\s+){0,4}\Z"
)
# A verb of saying after "and" right before a subject pronoun: "met Erdogan and said he".
_SAID_AFTER_AND = re.compile(
    r"\b(?:and|but)\s+(?:later\s+|also\s+|then\s+)?(?:said|says|added|stated|announced|insisted|told\s+\w+)\s+"
    r"(?:that\s+)?\Z"
)


def _object_of_past_verb(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a person's noun phrase ("President Recep Tayyip Erdogan") is the object of a verb in the past
    right before it ("called", "told", "met")."""
    before = text[sentence.start : mention.start]
    title_words = _title_and_filler_words()
    words = list(re.finditer(r"[A-Za-z'\-]+", before))
    while words and (
        words[-1].group(0).lower() in title_words
        or words[-1].group(0)[0].isupper()
        or words[-1].group(0).lower() in ("new", "former", "incoming", "outgoing", "visiting")
    ):
        # "phoned new Italian Prime Minister Giuseppe Conte": the words of the name's phrase (a comma ends it,
        # checked below: not "Merkel, Hu congratulated")
        words.pop()
    if not words or re.search(r"[^\w\s]", before[words[-1].end() :]):
        return False
    word = words[-1].group(0)
    return (len(word) > 4 and word.endswith("ed")) or word in ("told", "met", "saw", "phoned", "rang")


def _after_preposition(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a person's noun phrase ("Chinese President Xi Jinping") follows a preposition."""
    # a comma closes the prepositional phrase before it ("In an interview with CNN, President Erdogan said"),
    # unless the name is in apposition to a title inside it ("outsourced it to the Russian president, Vladimir Putin")
    before = text[sentence.start : mention.start]
    title_words = _title_and_filler_words()
    comma = before.rfind(",")
    appositive = comma != -1 and re.search(r"([a-z\-]+)\s*$", before[:comma])
    if appositive and appositive.group(1) in title_words and not re.search(r"\b[a-z]", before[comma + 1 :]):
        comma = before.rfind(",", 0, comma)
    words = re.findall(r"[A-Za-z'\-]+", before[comma + 1 :])
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[0].isupper() or word.lower() in title_words:
            continue
        if word in ("former", "then", "late", "new", "visiting", "his", "her", "their", "its"):
            continue  # "with former premier Lee Kuan Yew", "to his counterpart"
        if word.lower() in ("to", "in", "at", "for") and i > 0 and words[i - 1].lower() in title_words:
            continue  # "ambassador to Zimbabwe Shaharuddin Som": the title's complement, not the name's
        if word in ("and", "or") and i > 0 and words[i - 1][0].isupper():
            continue  # "talks with President Ong and former premier Lee": the preposition governs both names
        if word.lower() in ("with", "without") and GERUND_AFTER_NAME.match(text, mention.end):
            return False  # "with Putin flexing muscle abroad": the subject of an absolute clause
        return word.lower() in PREPOSITIONS
    return False


# Quotation marks of newswire: straight, curly and the AP's doubled backquotes.
_QUOTE_SPAN = re.compile(r"[\"\u201c]|``|''|\u201d")
_SPEECH_VERB = r"(?:said|says|added|adds|told|tells|stressed|noted|declared|insisted|warned|wrote|stated|urged)"
_FIRST_PERSON = re.compile(r"\b(I|we|We|my|My|our|Our|us)\b")


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans between opening and closing quotation marks (which may cross sentences)."""
    spans = []
    opened: int | None = None
    for mark in _QUOTE_SPAN.finditer(text):
        symbol = mark.group(0)
        closing = symbol in ("\u201d", "''") or (symbol == '"' and opened is not None)
        if opened is None and not closing:
            opened = mark.end()
        elif opened is not None and (closing or symbol == '"'):
            spans.append((opened, mark.start()))
            opened = None
    return spans


def _other_gender(pronoun: str) -> str:
    """The gender a third-person pronoun rules out: "she" and "her" no man, "he", "him", "his" no woman."""
    return "male" if pronoun in ("she", "her") else "female"


def _speaker(
    text: str,
    sentences: list[Sentence],
    span: tuple[int, int],
    speakers: list[Mention],
    states: list[Mention],
    unlinked: list[int] | None = None,
    genders: dict[str, str] | None = None,
) -> Mention | None:
    """Who a quotation is attributed to: '..." Gingrich said' or 'Prodi told reporters: "...'."""
    start, end = span
    after = text[end : end + 80]
    verb_after = re.match(rf"[\"\u201d']*\s*,?\s*{_SPEECH_VERB}\b", after)
    candidates = [m for m in speakers + states if end < m.start <= end + 60]
    if verb_after and candidates:
        return min(candidates, key=lambda m: m.start)
    # '"...," Iranian Foreign Ministry spokesman Bahram Qasemi said': the subject between the quotation and its verb
    subject_then_verb = re.match(
        rf"[\"\u201d']*\s*,?\s*(?:the\s+)?[^\"\u201c.;:,]{{1,90}}?\s+{_SPEECH_VERB}\b", text[end : end + 120]
    )
    # (the quotation ends in a comma, inside or after the closing mark: a sentence of its own does not)
    if subject_then_verb and "," in text[max(0, end - 2) : end + 3]:
        verb_at = end + subject_then_verb.end()
        between = [m for m in speakers + states if end < m.start and m.end <= verb_at]
        people_between = [m for m in between if m.kind == "person"]
        if between:
            return (people_between or between)[-1]
    pronoun_after = re.match(rf"[\"\u201d']*\s*,?\s*(he|she)\s+{_SPEECH_VERB}\b", after)
    if pronoun_after:
        # '"...," he said': the last person named as a subject before the quotation (not one the gazetteer knows
        # as of the other gender: '"I have come ...," she said' after a man was named)
        other_gender = _other_gender(pronoun_after.group(1))
        named = [m for m in speakers if m.end <= start and (genders or {}).get(m.qid or "") != other_gender]
        subjects = [m for m in named if not _after_preposition(text, sentences[m.sentence], m)]
        speaker = (subjects or named)[-1] if named else None
        return None if speaker is None or _someone_else_between(unlinked, speaker.end, start) else speaker
    quoted = re.match(r"[\"\u201d']*\s*,?\s*(?:the\s+)?[\w\s]{0,40}?\bquoted\s+", after)
    if quoted:
        named = [m for m in speakers + states if end + quoted.end() <= m.start <= end + quoted.end() + 40]
        if named:
            return min(named, key=lambda m: m.start)  # '"...," the news agency quoted Mahathir as saying'
    # 'Li told visiting French Defence Minister X that "...': the speaker stands before the speech verb
    window_start = max(0, start - 160)
    verbs = list(re.finditer(rf"\b{_SPEECH_VERB}\b", text[window_start:start]))
    if verbs:
        verb_at = window_start + verbs[-1].start()
        tail = text[window_start + verbs[-1].end() : start]
        if re.fullmatch(r"[^\"\u201c.;]*?(?:that|:|,)?\s*[\"\u201c`']*", tail):
            named = [m for m in speakers + states if verb_at - 60 <= m.end <= verb_at]
            if named:
                return max(named, key=lambda m: m.end)
    before = [m for m in speakers + states if start - 90 <= m.end <= start]
    if before:
        last = max(before, key=lambda m: m.end)
        if re.fullmatch(
            rf"\s*(?:\w+\s+){{0,2}}?{_SPEECH_VERB}(?:\s+[\w ]{{0,40}}?)?\s*[:,]\s*[\"\u201c`']*", text[last.end : start]
        ):
            return last
    return None


# A name of two to four words that acts or speaks, or that a speech verb introduces: "Vyacheslav Ponomaryov
# described", "Christian de Guzman, vice president", "said Eduardo Araral"
_NAME_WORDS = rf"[A-Z][a-z]+(?:\s+(?:{_NAME_PARTICLES}\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){{1,3}}"
_ACTING_NAMES = (
    re.compile(
        rf"(?<![\w\-])(?P<name>{_NAME_WORDS})(?=\s+{_SPEECH_VERB}\b|,\s+(?:a|an|who)\s|"
        r"\s+(?:described|accused|denied|called|announced|explained|argued)\b)"
    ),
    re.compile(rf"\b(?:said|says)\s+(?P<name>{_NAME_WORDS})"),
)


def _unlinked_people(text: str, taken: list[tuple[int, int]]) -> list[int]:
    """Where people kg cannot link are named as agents (see ``_ACTING_NAMES``): a pronoun after such a name may be
    theirs, so no earlier person is read into it."""
    found = []
    for match in (m for pattern in _ACTING_NAMES for m in pattern.finditer(text)):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in taken):
            continue
        if match.group("name").split()[0] in _CAPITALISED_FUNCTION_WORDS:
            continue
        found.append(start)
    return found


def _someone_else_between(unlinked: list[int] | None, start: int, end: int) -> bool:
    """Whether an unlinked person is named between ``start`` and ``end``."""
    return any(start <= at < end for at in unlinked or ())


def _first_person_in_quotes(
    text: str,
    sentences: list[Sentence],
    people: list[Mention],
    states: list[Mention],
    taken: list[tuple[int, int]],
    unlinked: list[int] | None = None,
    genders: dict[str, str] | None = None,
) -> list[Mention]:
    """ "I", "we", "my" inside a quotation refer to its speaker."""
    found = []
    speakers = sorted((m for m in people if m.form != "pronoun"), key=lambda m: m.start)
    sentence_of = {s.index: s for s in sentences}
    for span in _quotations(text):
        speaker = _speaker(text, sentences, span, speakers, states, unlinked, genders)
        if speaker is None:
            continue
        for match in _FIRST_PERSON.finditer(text, span[0], span[1]):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            sentence = next((i for i, x in sentence_of.items() if x.start <= start < x.end), None)
            if sentence is None:
                continue
            if speaker.kind == "person":
                found.append(
                    _copy_person(
                        speaker, start, end, match.group(0), sentence, "pronoun", "person.first-person-in-quote"
                    )
                )
            else:
                found.append(
                    Mention(
                        start,
                        end,
                        match.group(0),
                        "state",
                        "pronoun",
                        "state.first-person-in-quote",
                        sentence,
                        qid=speaker.state_qid,
                        state_qid=speaker.state_qid,
                        confidence=0.6,
                    )
                )
    return found
