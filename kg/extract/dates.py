"""Date expressions in news sentences, resolved against the article's publication date.

The patterns are data: ``kg/data/rules/dates.jsonl`` holds one rule per line:
``id``; ``pattern``, a regular expression using the macros in ``MACROS`` ({MONTH}, {DAY}, ...);
``resolve``, the resolver in ``RESOLVERS`` that turns a match into a date, or ``block`` for names
and durations that contain date words but must not be read as dates ("Good Friday", "the
1990s", "the last year"); ``needs``, the cheap sentence features without which the rule cannot
match ("digit+month" means both), so most rules are skipped on most sentences;
``context_required_for``, words that count only with a preposition or modifier ("in May", not
the modal "May"; "*" for every match); ``examples`` and ``counter_examples``, which
``tests/test_dates.py`` runs. When matches overlap, blocking rules win, then the longest match.

Resolution follows newswire conventions: a bare weekday is the most recent such day up to six
days before the article date (the article date itself when it falls on that weekday); a day and
month without a year is the closest such day on or before the article date. In a future-tense
clause ("will meet on Monday", "is to visit in May") both look forward instead. The tense comes
from the nearest tense word before the date in its clause (will, is to, plans to, scheduled;
said, was, -ed forms), or after it when the date opens the clause. When there is no tense word
at all, a yearless day at most 60 days ahead (a month one or two months ahead) is read as
coming: wire copy drops the year for the coming weeks as readily as for the past ones; a day at
most 14 days ahead is read as coming even in a past-tense clause ("her December 7-9 trip was
one of routine contacts", filed on 4 December), where the year would be given for one nearly a
year back.
Without an article date only expressions that carry a year are resolved. Date arithmetic is
python-dateutil's ``relativedelta``, so month ends and leap years are handled in one place.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from kg.errors import FormatError
from kg.model import Granularity, ResolvedDate

__all__ = ["DateMention", "DateRule", "date_near", "find_dates", "load_date_rules"]


@dataclass(frozen=True)
class DateMention:
    """A date expression: offsets (into the article when an offset was given), its text, its date."""

    start: int
    end: int
    text: str
    resolved: ResolvedDate | None
    rule: str


# --- vocabulary --------------------------------------------------------------------------------

# Month and weekday names as regex alternations; kg.extract.mentions reads them too.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# Building blocks the rule patterns refer to as {NAME}. Month and weekday names are
# case-sensitive on purpose: lower-case "march" and "may" are verbs.
MACROS: Mapping[str, str] = {
    "MONTH": rf"(?P<month>(?:{MONTH_NAMES})\b|(?:{_MONTH_ABBR})(?:\.|\b))",
    "MONTHNAME": rf"(?P<month>{MONTH_NAMES})\b",
    "DAY": r"(?<![\d.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b",
    "YEAR": r"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)",
    "WEEKDAY": rf"(?P<weekday>{WEEKDAY_NAMES})\b",
    "WDPREFIX": rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?",
    "ON": r"(?:\b[Oo]n\s+)?",
    "IN": r"(?:\b[Ii]n\s+)?",
    "RELYEAR": r"(?:,?\s+(?P<relyear>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b)?",
}

_MONTH_NUMBERS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES.split("|"), start=1)}
_WEEKDAYS: dict[str, weekday] = {
    name.lower(): day for name, day in zip(WEEKDAY_NAMES.split("|"), (MO, TU, WE, TH, FR, SA, SU), strict=True)
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50}
_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}

# Cheap tests run once per sentence; a rule runs only on sentences that have the features it
# needs (its "needs" in dates.jsonl), and a sentence with none of them returns at once.
_HAS_DIGIT = re.compile(r"[0-9]")
_HAS_YEAR = re.compile(r"(?:1[89]|2[01])[0-9][0-9]")
_HAS_MONTH = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_HAS_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
# Searched in the lower-cased sentence with str.__contains__, much faster than an (?i) regex.
_RELATIVE_WORDS = ("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening")
_RELATIVE_WORDS += ("week", "month", "year", "ago", "in the day")
FEATURES = frozenset({"digit", "year", "month", "weekday", "relword"})


def _features(sentence: str) -> frozenset[str]:
    found = set()
    if _HAS_DIGIT.search(sentence):
        found.add("digit")
        if _HAS_YEAR.search(sentence):
            found.add("year")
    if _HAS_MONTH.search(sentence):
        found.add("month")
    if _HAS_WEEKDAY.search(sentence):
        found.add("weekday")
    lowered = sentence.lower()
    if any(word in lowered for word in _RELATIVE_WORDS):
        found.add("relword")
    return frozenset(found)


# Simple past forms that do not end in -ed and are rarely anything else in news copy.
_IRREGULAR_PAST = (
    "arose|awoke|beat|became|began|bit|bled|blew|broke|brought|built|bought|caught|chose|clung|came|"
    "crept|dealt|dug|drew|drank|drove|ate|fell|fed|felt|fought|fled|flung|flew|forbade|forgot|forgave|"
    "froze|got|gave|went|grew|hung|heard|hid|held|kept|knew|led|left|lent|lost|made|meant|met|paid|"
    "rode|rang|rose|ran|saw|sought|sold|sent|shook|shone|shot|shrank|sang|sank|sat|slept|slid|spoke|"
    "sped|spent|spun|sprang|stood|stole|stuck|struck|swore|swept|swam|swung|took|taught|tore|thought|"
    "threw|understood|woke|wore|wept|won|wrote"
)

# Tense markers: the nearest one before a date in its clause decides whether the clause speaks
# of the future or the past; a date that opens its clause ("On Monday, the minister will ...")
# takes the first marker after it. Future alternatives come first so that "scheduled" and
# "planned" count as future, not as "-ed" past forms. "would" is reported future ("said he would
# visit on Monday") except in "would not say". "was to"/"were to" are left to "was"/"were": in
# news they mostly report a plan that has already run its course.
_TENSE_MARKER = re.compile(
    r"\b(?P<future>(?i:will|shall|won't|'ll"
    r"|would(?:n't)?(?!(?:\s+not)?\s+(?:say|comment|confirm|disclose|elaborate|specify|give))"
    r"|(?:is|are|am)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+|slated\s+|planning\s+|going\s+)?to"
    r"|(?:is|are)\s+(?:due|expected)\s+(?:back\s+)?(?:in|at)"  # "is due in Moscow on Tuesday"
    r"|plans?\s+to|planned|planning\s+to|intends?\s+to|scheduled|slated|set\s+to|expected\s+to"
    r"|going\s+to|to\s+be\s+held|upcoming|forthcoming|next|later\s+this|ahead\s+of"
    r"|due\s+to\s+(?:be|start|begin|open|meet|visit|hold|take|sign|arrive|leave))"
    # present progressive announces plans in news copy: "is making her first stop Monday"
    r"|(?:is|are)\s+(?!being\b)[a-z]{2,}ing)\b"
    # an infinitive after a verb of intent looks forward from it, when it comes before the date: "hoped to enact
    # the bill on April 18" (after the date it is another clause's: "a call on Friday where he agreed to")
    r"|\b(?P<intent>(?:hopes?|hoped|hoping|wants?|wanted|aims?|aimed|seeks?|sought)\s+to)\b"
    # a past form inside a hyphenated modifier ("US-backed", "Kurdish-held") is an adjective
    r"|\b(?<!-)(?P<past>said|told|was|were|had|has|have|did|ago|last|earlier|previously|yesterday"
    rf"|{_IRREGULAR_PAST}"
    r"|(?!(?:proposed|intended|needed|armed|united|so-called|based|related|called)\b)[a-z]{2,}ed)\b"
)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
# A participle after an auxiliary ("will be hosted", "will be held", "has visited") is not
# itself a tense marker: the auxiliary, or the word before it, carries the tense.
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:be|been|being|is|are|am|was|were|has|have|had|get|got)\s+$")
_HARD_CLAUSE_BREAK = re.compile(r"[;:!?()\"\u201c\u201d\u2014]|\s\u2013\s|\s--\s")
_CLAUSE_BREAK = re.compile(
    _HARD_CLAUSE_BREAK.pattern
    + r"|,\s+(?=(?:but|while|whereas|although|though|which|who|after|before|when|as|since)\b)"
)
# A date introduced by these words bounds a span ("since 1949") rather than dating an event.
_SPAN_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till)\s+$")
_RELATIONAL_BEFORE = re.compile(r"(?i)\b(?:since|until|till|by|before|after|from|through|between)\s+$")
_TENSE_WINDOW = 80
# A day or month without a year and without a tense marker: wire copy drops the year both for
# recent past days and for days in the coming weeks, so a day that lies this close ahead is read
# as coming rather than as nearly a year ago.
_YEARLESS_AHEAD_DAYS = 60
# How many days before the article date a yearless day in a future-tense clause is still that recent day.
_YEARLESS_BEHIND_FUTURE_DAYS = 7
_YEARLESS_AHEAD_MONTHS = 2
# How many days ahead a yearless day in a past-tense clause is still read as coming (nearly a year back otherwise).
_YEARLESS_AHEAD_PAST_TENSE_DAYS = 14


class Tense(Enum):
    """What the words around a date say about its clause."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


# --- resolvers ---------------------------------------------------------------------------------

Groups = Mapping[str, str | None]
Resolved = tuple[date, Granularity] | None


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTH_NUMBERS[text[:3].lower()]


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February outside a leap year, 31 April
        return None


def _words(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _absolute_day(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert groups["year"] and groups["month"] and groups["day"]
    value = _make_date(int(groups["year"]), _month_number(groups["month"]), int(groups["day"]))
    return (value, Granularity.DAY) if value else None


def _absolute_month(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert groups["year"] and groups["month"]
    return date(int(groups["year"]), _month_number(groups["month"]), 1), Granularity.MONTH


def _year(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert groups["year"]
    return date(int(groups["year"]), 1, 1), Granularity.YEAR


def _day_month(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["month"] and groups["day"]
    month, day = _month_number(groups["month"]), int(groups["day"])
    relative_year = _RELATIVE_YEAR.get(_words(groups.get("relyear")))
    if relative_year is not None:  # "on 5 June next year"
        value = _make_date(article_date.year + relative_year, month, day)
        return (value, Granularity.DAY) if value else None
    rel = _words(groups.get("rel"))  # "last December 17", "next June 5"
    if rel:
        tense = Tense.PAST if rel == "last" else Tense.FUTURE
    # The closest such day on each side of the article date, at most a year away; a 29 February
    # that does not exist within that year gives no date on that side.
    past = _closest_day(article_date, month, day, step=-1)
    ahead = _closest_day(article_date, month, day, step=+1)
    if tense is Tense.FUTURE and past and (article_date - past).days <= _YEARLESS_BEHIND_FUTURE_DAYS:
        # "will visit Japan from Nov. 27 to 30", filed on 28 November: a stay under way, not one a year ahead
        value = past
    elif tense is Tense.FUTURE or (
        tense is Tense.UNKNOWN and ahead and (ahead - article_date).days <= _YEARLESS_AHEAD_DAYS
    ):
        value = ahead
    elif ahead and (ahead - article_date).days <= _YEARLESS_AHEAD_PAST_TENSE_DAYS and not rel:
        # "her December 7-9 trip was one of routine contacts", filed on 4 December: a day a few days ahead
        # is that coming day even in a past-tense clause; copy would give the year for one nearly a year ago
        value = ahead
    else:
        value = past
    return (value, Granularity.DAY) if value else None


def _day_of_month(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    """ "on the 5th": that day of the article's month, or of the month before when it is still to come (of the
    month after, in a future-tense clause, when it is past)."""
    assert article_date and groups["day"]
    day = int(groups["day"])
    this_month = _make_date(article_date.year, article_date.month, day)
    if tense is Tense.FUTURE:
        if this_month and this_month >= article_date:
            return this_month, Granularity.DAY
        value = _make_date(*_shift_month(article_date, +1), day)
    else:
        if this_month and this_month <= article_date:
            return this_month, Granularity.DAY
        value = _make_date(*_shift_month(article_date, -1), day)
    return (value, Granularity.DAY) if value else None


def _shift_month(article_date: date, step: int) -> tuple[int, int]:
    """(year, month) of the month ``step`` months from the article date's."""
    shifted = article_date.replace(day=1) + relativedelta(months=step)
    return shifted.year, shifted.month


def _closest_day(article_date: date, month: int, day: int, step: int) -> date | None:
    for year in (article_date.year, article_date.year + step):
        value = _make_date(year, month, day)
        if value and (value >= article_date if step > 0 else value <= article_date):
            return value
    return None


def _month(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["month"]
    month = _month_number(groups["month"])
    rel = _words(groups.get("rel"))
    relative_year = _RELATIVE_YEAR.get(_words(groups.get("relyear")))
    this_year = article_date.year
    months_ahead = (month - article_date.month) % 12
    if relative_year is not None:  # "in June next year"
        year = this_year + relative_year
    elif rel == "last":  # the most recent such month before the article's month
        year = this_year if month < article_date.month else this_year - 1
    elif rel == "next":  # the first such month after the article's month
        year = this_year if month > article_date.month else this_year + 1
    elif rel == "this":
        year = this_year
    elif tense is Tense.FUTURE or (tense is Tense.UNKNOWN and 0 < months_ahead <= _YEARLESS_AHEAD_MONTHS):
        # the article's month itself counts as coming: "will decide in May", written in May
        year = this_year if month >= article_date.month else this_year + 1
    else:
        year = this_year if month <= article_date.month else this_year - 1
    return date(year, month, 1), Granularity.MONTH


def _relative_day(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date
    phrase = _words(groups["reld"])
    if phrase.endswith("before yesterday"):
        days = -2
    elif phrase.endswith("after tomorrow"):
        days = 2
    elif phrase in ("yesterday", "last night"):  # "last night" in a dated story: the evening before
        days = -1
    elif phrase == "tomorrow":
        days = 1
    else:
        days = 0
    return article_date + relativedelta(days=days), Granularity.DAY


def _weekday(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["weekday"]
    day = _WEEKDAYS[groups["weekday"].lower()]
    rel = _words(groups.get("rel"))
    if rel in ("last", "past", "this past"):
        value = article_date + relativedelta(days=-1, weekday=day(-1))
    elif rel in ("next", "coming", "this coming"):
        value = article_date + relativedelta(days=+1, weekday=day(+1))
    elif tense is Tense.FUTURE:
        value = article_date + relativedelta(weekday=day(+1))
    else:
        value = article_date + relativedelta(weekday=day(-1))
    return value, Granularity.DAY


def _monday_of(day: date) -> date:
    return day + relativedelta(weekday=MO(-1))


def _relative_period(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["rel"] and groups["unit"]
    step = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
    unit = groups["unit"].lower()
    if unit in ("week", "weekend"):
        return _monday_of(article_date + relativedelta(weeks=step)), Granularity.WEEK
    if unit == "month":
        return article_date + relativedelta(months=step, day=1), Granularity.MONTH
    return article_date + relativedelta(years=step, month=1, day=1), Granularity.YEAR


def _count(text: str) -> int:
    """ "3" -> 3, "three" -> 3, "a" -> 1: the number of units in "three weeks ago", "in a week"."""
    lowered = text.lower()
    return int(lowered) if lowered.isdigit() else _NUMBER_WORDS[lowered]


def _ago(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["n"] and groups["unit"]
    count = _count(groups["n"])
    unit = groups["unit"].lower()
    if unit == "day":
        return article_date - relativedelta(days=count), Granularity.DAY
    if unit == "week":
        return _monday_of(article_date - relativedelta(weeks=count)), Granularity.WEEK
    if unit == "month":
        return article_date - relativedelta(months=count, day=1), Granularity.MONTH
    return article_date - relativedelta(years=count, month=1, day=1), Granularity.YEAR


def _ahead(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date and groups["n"] and (groups.get("unit") or groups.get("unit2"))
    count = _count(groups["n"])
    if (groups.get("unit") or "").lower() == "week":
        return _monday_of(article_date + relativedelta(weeks=count)), Granularity.WEEK
    return article_date + relativedelta(months=count, day=1), Granularity.MONTH


def _weekend(groups: Groups, article_date: date | None, tense: Tense) -> Resolved:
    assert article_date
    # Written on a Saturday, both readings are that weekend; on a Sunday the future one is next week's.
    future_step = 1 if article_date.weekday() == 6 else 0
    past_step = 0 if article_date.weekday() >= 5 else -1
    step = future_step if tense is Tense.FUTURE else past_step
    return _monday_of(article_date + relativedelta(weeks=step)), Granularity.WEEK


Resolver = Callable[[Groups, date | None, Tense], Resolved]
RESOLVERS: Mapping[str, Resolver] = {
    "absolute_day": _absolute_day,
    "absolute_month": _absolute_month,
    "year": _year,
    "day_month": _day_month,
    "day_of_month": _day_of_month,
    "month": _month,
    "relative_day": _relative_day,
    "weekday": _weekday,
    "relative_period": _relative_period,
    "ago": _ago,
    "ahead": _ahead,
    "weekend": _weekend,
}
# Resolvers that need no article date: the expression carries its year.
_ABSOLUTE = frozenset({"absolute_day", "absolute_month", "year"})
# Resolvers whose answer depends on the tense of the clause.
_TENSE_SENSITIVE = frozenset({"day_month", "day_of_month", "month", "weekday", "weekend"})
_BLOCK = "block"  # a rule that claims a span (a name, a decade) and emits nothing


# --- rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateRule:
    """One line of dates.jsonl, with its pattern expanded and compiled."""

    id: str
    regex: re.Pattern[str]
    resolve: str
    description: str
    needs: tuple[frozenset[str], ...]  # alternatives: the rule runs if a sentence has all features of one
    context_required_for: frozenset[str]
    examples: tuple[Mapping[str, Any], ...]
    counter_examples: tuple[Mapping[str, Any], ...]

    @property
    def blocks(self) -> bool:
        return self.resolve == _BLOCK

    def may_match(self, features: frozenset[str]) -> bool:
        return any(alternative <= features for alternative in self.needs)


_RULE_KEYS = frozenset(
    {"id", "description", "needs", "resolve", "pattern", "context_required_for", "examples", "counter_examples"}
)
_UNEXPANDED = re.compile(r"\{[A-Z]+\}")


def load_date_rules(path: Path | None = None) -> tuple[DateRule, ...]:
    """Rules from ``path`` (default: the shipped dates.jsonl), checked and compiled.

    Raises FormatError naming the file, line and problem for a malformed rule.
    """
    if path is None:
        return _shipped_rules()
    try:
        with open(path, encoding="utf-8") as lines:
            return _parse_rules(lines, str(path))
    except (OSError, UnicodeDecodeError) as error:
        raise FormatError(f"{path}: cannot read the date rules ({error}); check the path") from error


@cache
def _shipped_rules() -> tuple[DateRule, ...]:
    resource = resources.files("kg") / "data" / "rules" / "dates.jsonl"
    with resource.open(encoding="utf-8") as lines:
        return _parse_rules(lines, "kg/data/rules/dates.jsonl")


def _parse_rules(lines: Iterable[str], source: str) -> tuple[DateRule, ...]:
    rules: list[DateRule] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise FormatError(f"{where}: not valid JSON ({error.msg}); fix the line") from error
        rule = _parse_rule(record, where)
        if rule.id in seen:
            raise FormatError(f"{where}: rule id {rule.id!r} is used twice; give each rule its own id")
        seen.add(rule.id)
        rules.append(rule)
    if not rules:
        raise FormatError(f"{source}: holds no date rules; restore the rule file")
    return tuple(rules)


def _parse_rule(record: object, where: str) -> DateRule:
    if not isinstance(record, dict):
        raise FormatError(f"{where}: a rule must be a JSON object")
    unknown = set(record) - _RULE_KEYS
    if unknown:
        raise FormatError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    for key in ("id", "resolve", "pattern"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise FormatError(f"{where}: {key!r} must be a non-empty string")
    rule_id, resolve = record["id"], record["resolve"]
    if resolve != _BLOCK and resolve not in RESOLVERS:
        raise FormatError(
            f"{where}: rule {rule_id!r} names unknown resolver {resolve!r}; use one of {sorted([*RESOLVERS, _BLOCK])}"
        )
    pattern = record["pattern"]
    for name, expansion in MACROS.items():
        pattern = pattern.replace("{" + name + "}", expansion)
    leftover = _UNEXPANDED.search(pattern)
    if leftover:
        raise FormatError(
            f"{where}: rule {rule_id!r} uses unknown macro {leftover.group()}; use one of {sorted(MACROS)}"
        )
    try:
        regex = re.compile(pattern)
    except re.error as error:
        raise FormatError(f"{where}: rule {rule_id!r} has a bad pattern ({error}); fix the regex") from error
    needs = record.get("needs")
    if not isinstance(needs, list) or not needs or not all(isinstance(n, str) for n in needs):
        raise FormatError(f"{where}: rule {rule_id!r}: 'needs' must be a non-empty list such as [\"digit+month\"]")
    alternatives = tuple(frozenset(alternative.split("+")) for alternative in needs)
    unknown_features = set().union(*alternatives) - FEATURES
    if unknown_features:
        raise FormatError(
            f"{where}: rule {rule_id!r} needs unknown feature(s) {sorted(unknown_features)}; use {sorted(FEATURES)}"
        )
    needs_context = record.get("context_required_for", [])
    if not isinstance(needs_context, list) or not all(isinstance(word, str) for word in needs_context):
        raise FormatError(f"{where}: rule {rule_id!r}: 'context_required_for' must be a list of strings")
    examples = record.get("examples", [])
    counter_examples = record.get("counter_examples", [])
    for key, items in (("examples", examples), ("counter_examples", counter_examples)):
        if not isinstance(items, list) or not all(isinstance(i, dict) and "text" in i for i in items):
            raise FormatError(f"{where}: rule {rule_id!r}: {key!r} must be a list of objects with a 'text'")
    return DateRule(
        id=rule_id,
        regex=regex,
        resolve=resolve,
        description=record.get("description", ""),
        needs=alternatives,
        context_required_for=frozenset(needs_context),
        examples=tuple(examples),
        counter_examples=tuple(counter_examples),
    )


# --- matching ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: DateRule
    match: re.Match[str]


def find_dates(
    sentence: str,
    article_date: date | None,
    *,
    offset: int = 0,
    rules: tuple[DateRule, ...] | None = None,
) -> list[DateMention]:
    """Every date expression in ``sentence``, in order, with offsets shifted by ``offset``.

    Relative expressions ("on Thursday", "last week") get ``resolved=None`` when
    ``article_date`` is None; so do impossible dates ("31 April 2023").

    >>> [(m.text, str(m.resolved.value)) for m in find_dates("They met on Thursday.", date(2023, 9, 15))]
    [('on Thursday', '2023-09-14')]
    """
    features = _features(sentence)
    if not features:
        return []
    chosen = _select(_candidates(sentence, rules if rules is not None else _shipped_rules(), features))
    mentions = []
    for candidate in chosen:
        if candidate.rule.blocks:
            continue
        text = sentence[candidate.start : candidate.end]
        resolved = _resolve(candidate, sentence, article_date)
        mentions.append(
            DateMention(
                start=candidate.start + offset,
                end=candidate.end + offset,
                text=text,
                resolved=ResolvedDate(resolved[0], resolved[1], text) if resolved else None,
                rule=candidate.rule.id,
            )
        )
    return mentions


def _candidates(sentence: str, rules: tuple[DateRule, ...], features: frozenset[str]) -> list[_Candidate]:
    found = []
    for rule in rules:
        if not rule.may_match(features):
            continue
        for match in rule.regex.finditer(sentence):
            if match.end() == match.start():
                continue
            if rule.context_required_for and not _has_context(match, rule):
                continue
            group = match.re.groupindex.get("span")
            start, end = match.span(group) if group and match.group(group) else match.span()
            found.append(_Candidate(start, end, rule, match))
    return found


def _has_context(match: re.Match[str], rule: DateRule) -> bool:
    """Whether a word the rule requires context for came with more than itself ("in May", not "May")."""
    groups = match.groupdict()
    core = groups.get("month") or groups.get("year") or ""
    if "*" not in rule.context_required_for and core not in rule.context_required_for:
        return True
    return match.group().strip() != core


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: blocking rules first, then the longest, then the leftmost."""
    ranked = sorted(candidates, key=lambda c: (not c.rule.blocks, c.start - c.end, c.start))
    taken: list[_Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _resolve(candidate: _Candidate, sentence: str, article_date: date | None) -> Resolved:
    resolve = candidate.rule.resolve
    if article_date is None and resolve not in _ABSOLUTE:
        return None
    tense = _tense(sentence, candidate.start, candidate.end) if resolve in _TENSE_SENSITIVE else Tense.UNKNOWN
    return RESOLVERS[resolve](candidate.match.groupdict(), article_date, tense)


def _tense(sentence: str, start: int, end: int) -> Tense:
    """The tense of the clause around sentence[start:end], from the nearest tense marker.

    The last marker before the date in its clause decides; when there is none (the date
    opens the clause: "On Monday, the minister will ..."), the first marker after it.
    A date right after "since" is past whatever the clause says.
    """
    if _SINCE_BEFORE.search(sentence, max(0, start - 8), start):
        return Tense.PAST
    clause_start = max((m.end() for m in _HARD_CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    window_start = max(clause_start, start - _TENSE_WINDOW)
    before = [m for m in _TENSE_MARKER.finditer(sentence, window_start, start) if _is_marker(sentence, m)]
    if before:
        return Tense.FUTURE if before[-1].group("future") or before[-1].group("intent") else Tense.PAST
    clause_end = _HARD_CLAUSE_BREAK.search(sentence, end)
    window_end = min(clause_end.start() if clause_end else len(sentence), end + _TENSE_WINDOW)
    for marker in _TENSE_MARKER.finditer(sentence, end, window_end):
        if not marker.group("intent") and _is_marker(sentence, marker):
            return Tense.FUTURE if marker.group("future") else Tense.PAST
    return Tense.UNKNOWN


def _is_marker(sentence: str, marker: re.Match[str]) -> bool:
    if marker.group("future") or marker.group("intent"):
        return True
    return not _AUXILIARY_BEFORE.search(sentence, max(0, marker.start() - 8), marker.start())


def date_near(sentence: str, article_date: date | None, position: int) -> ResolvedDate | None:
    """The date most likely attached to the word at ``position`` (an index into ``sentence``).

    A date after "since", "until" or "till" bounds a span and dates no act. Of the others, prefers
    a date in the same clause, then one that dates an event rather than bounding a span ("after
    1949"), then the nearest. Returns that date's resolution, which is None when
    it cannot be resolved, and None when the sentence holds no date.

    >>> date_near("Xi visited Hanoi on Tuesday, a year after talks in 2022.", date(2023, 9, 14), 3)
    ResolvedDate(value=datetime.date(2023, 9, 12), granularity=<Granularity.DAY: 'Day'>, text='on Tuesday')
    """
    # a date after "since" or "until" bounds a span the act lies in ("in office since June 30, made the visit"):
    # it is never the act's own date
    mentions = [
        mention
        for mention in find_dates(sentence, article_date)
        if not _SPAN_BOUND_BEFORE.search(sentence, max(0, mention.start - 8), mention.start)
    ]
    if not mentions:
        return None
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    clause = bisect.bisect_right(breaks, position)

    def rank(mention: DateMention) -> tuple[bool, bool, int]:
        if mention.start <= position < mention.end:
            distance = 0
        else:
            distance = mention.start - position if mention.start > position else position - mention.end + 1
        other_clause = bisect.bisect_right(breaks, mention.start) != clause
        relational = bool(_RELATIONAL_BEFORE.search(sentence, max(0, mention.start - 12), mention.start))
        return other_clause, relational, distance

    return min(mentions, key=rank).resolved
