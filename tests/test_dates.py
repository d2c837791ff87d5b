"""Date expressions: finding them in a sentence and resolving them against the article date."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import FormatError
from kg.extract.dates import DateMention, date_near, find_dates, load_date_rules
from kg.model import Article, Granularity
from kg.pipeline import Pipeline

D, W, M, Y = Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (sentence, article date, the matched text, the expected ISO date or None, granularity)
# Weekday arithmetic: 2023-09-14 is a Thursday, 2023-09-15 a Friday, 2023-09-18 a Monday,
# 2024-01-03 a Wednesday, 2023-12-29 a Friday.
CASES: list[tuple[str, str | None, str, str | None, Granularity | None]] = [
    # weekdays: the most recent one, the article date itself on the same weekday
    ("Beijing protested to Tokyo on Thursday over the visit.", "2023-09-15", "on Thursday", "2023-09-14", D),
    ("Seoul recalled its ambassador on Friday.", "2023-09-15", "on Friday", "2023-09-15", D),
    ("The delegation left Hanoi Saturday after two days of talks.", "2023-09-15", "Saturday", "2023-09-09", D),
    ("The two ministers spoke by phone last Thursday.", "2023-09-14", "last Thursday", "2023-09-07", D),
    ("The envoy flies to Nairobi next Monday.", "2023-09-18", "next Monday", "2023-09-25", D),
    ("Shelling resumed on Sunday night near the border.", "2023-09-14", "on Sunday night", "2023-09-10", D),
    # weekdays in future-tense clauses: the coming one
    ("The foreign minister will meet his Indian counterpart on Monday.", "2023-09-14", "on Monday", "2023-09-18", D),
    ("The chancellor is to visit Warsaw Wednesday.", "2023-09-14", "Wednesday", "2023-09-20", D),
    ("A vote in the assembly is scheduled for Tuesday.", "2023-09-14", "Tuesday", "2023-09-19", D),
    ("Moscow plans to send a delegation on Friday.", "2023-09-14", "on Friday", "2023-09-15", D),
    ("The French minister is due in Moscow on Tuesday.", "2018-02-26", "on Tuesday", "2018-02-27", D),
    ("Officials said the premier would travel to Paris on Sunday.", "2023-09-14", "on Sunday", "2023-09-17", D),
    ("On Monday, the two presidents will sign a trade pact.", "2023-09-14", "On Monday", "2023-09-18", D),
    # a yearless day a few days ahead is that coming day even in a past-tense clause
    ("The envoy's December 7-9 trip was one of routine contacts.", "2006-12-04", "December 7", "2006-12-07", D),
    # an infinitive after a verb of hoping or wanting, before the date, looks forward; after it, another clause's
    ("The premier hoped to pass the bill on April 18.", "1997-04-03", "on April 18", "1997-04-18", D),
    ("Fishermen said they wanted to sail to the reef in May.", "1997-04-30", "in May", "1997-05-01", M),
    ("The envoys met in May, and both hoped to meet again soon.", "1997-06-30", "in May", "1997-05-01", M),
    # ... and the past ones that look similar
    ("On Monday, the two presidents signed a trade pact.", "2023-09-14", "On Monday", "2023-09-11", D),
    ("The spokesman would not say on Tuesday whether talks had resumed.", "2023-09-14", "on Tuesday", "2023-09-12", D),
    ("The envoy, who will leave soon, said on Tuesday talks failed.", "2023-09-14", "on Tuesday", "2023-09-12", D),
    # days named relative to the article date
    ("Talks open in Geneva today.", "2024-02-29", "today", "2024-02-29", D),
    ("The ministers met yesterday in Rabat.", "2024-03-01", "yesterday", "2024-02-29", D),
    ("The treaty will be signed tomorrow.", "2023-12-31", "tomorrow", "2024-01-01", D),
    ("Troops crossed the river this morning.", "2023-05-10", "this morning", "2023-05-10", D),
    ("The embassy was attacked last night.", "2023-01-01", "last night", "2022-12-31", D),
    ("The envoy left the day before yesterday.", "2023-03-01", "the day before yesterday", "2023-02-27", D),
    # weeks, months, years named relative to the article date
    ("The cabinet approved the accord last week.", "2024-01-03", "last week", "2023-12-25", W),
    ("Lawmakers debate the treaty this week.", "2023-09-14", "this week", "2023-09-11", W),
    ("The envoy returns to Kabul next week.", "2023-12-29", "next week", "2024-01-01", W),
    ("Both sides agreed earlier this month to talk.", "2023-03-20", "earlier this month", "2023-03-01", M),
    ("Parliament ratified the pact last month.", "2024-01-15", "last month", "2023-12-01", M),
    ("Elections are due next month.", "2023-12-05", "next month", "2024-01-01", M),
    ("Trade between the two grew this year.", "2023-06-01", "this year", "2023-01-01", Y),
    ("The two countries restored ties last year.", "2024-01-02", "last year", "2023-01-01", Y),
    ("The base will close next year.", "2023-06-01", "next year", "2024-01-01", Y),
    ("The rebels seized the town over the weekend.", "2023-09-18", "over the weekend", "2023-09-11", W),
    # counted back
    ("Fighting broke out two days ago.", "2024-03-01", "two days ago", "2024-02-28", D),
    ("Talks collapsed three weeks ago.", "2023-09-14", "three weeks ago", "2023-08-21", W),
    ("The ceasefire began a week ago.", "2024-01-03", "a week ago", "2023-12-25", W),
    ("The border was sealed 18 months ago.", "2024-01-03", "18 months ago", "2022-07-01", M),
    # month names
    ("The two leaders first met in April.", "2023-09-14", "in April", "2023-04-01", M),
    ("The ceasefire collapsed in December.", "2024-01-03", "in December", "2023-12-01", M),
    ("The summit will be held in April.", "2023-09-14", "in April", "2024-04-01", M),
    ("The treaty lapsed in May.", "2023-09-14", "in May", "2023-05-01", M),
    ("The pact was signed last April.", "2024-04-20", "last April", "2023-04-01", M),
    ("Ministers agreed to meet in June next year.", "2023-09-14", "in June next year", "2024-06-01", M),
    ("Ties were cut in April 2019.", "2023-09-14", "in April 2019", "2019-04-01", M),
    ("The April 2019 accord still holds.", None, "April 2019", "2019-04-01", M),
    ("Talks stalled after May 2019.", "2023-09-14", "May 2019", "2019-05-01", M),
    # day and month, with and without a year
    ("The envoy arrived on 9 September.", "2023-09-14", "on 9 September", "2023-09-09", D),
    ("Rebels shelled the port September 9.", "2023-09-14", "September 9", "2023-09-09", D),
    ("The accord was initialled Sept. 9 in Doha.", "2023-09-14", "Sept. 9", "2023-09-09", D),
    ("Ministers met 9 Sept in Oslo.", "2023-09-14", "9 Sept", "2023-09-09", D),
    ("The envoy arrived on 28 December.", "2024-01-03", "on 28 December", "2023-12-28", D),
    ("Talks will resume on 5 January.", "2023-12-20", "on 5 January", "2024-01-05", D),
    # a future-tense stay that began a few days before the article date is under way, not a year ahead
    ("The premier will be in Tokyo from Nov. 27 to 30.", "2006-11-28", "Nov. 27", "2006-11-27", D),
    ("The premier will be in Tokyo from Nov. 17 to 20.", "2006-11-28", "Nov. 17", "2007-11-17", D),
    ("Elections on 20 November are the first since the coup.", "2005-11-02", "on 20 November", "2005-11-20", D),
    ("The accord was signed on 29 February.", "2024-03-05", "on 29 February", "2024-02-29", D),
    ("The accord was signed on 29 February.", "2023-03-05", "on 29 February", None, None),
    ("The treaty was signed on 9 September 2023.", None, "on 9 September 2023", "2023-09-09", D),
    ("The vote is on Sunday, 3 March 2024.", "2024-01-10", "on Sunday, 3 March 2024", "2024-03-03", D),
    ("Relations were restored on 2023-09-09 after a year.", None, "on 2023-09-09", "2023-09-09", D),
    ("No treaty was ever dated 31 April 2023.", None, "31 April 2023", None, None),
    # years
    ("Hong Kong returned to China in 1997.", None, "in 1997", "1997-01-01", Y),
    ("The two states have been rivals since 1949.", "2023-09-14", "1949", "1949-01-01", Y),
    ("Troops are to leave by early 2025.", "2023-09-14", "early 2025", "2025-01-01", Y),
    # relative expressions without an article date are found but not resolved
    ("They met on Thursday.", None, "on Thursday", None, None),
    ("The ministers met yesterday.", None, "yesterday", None, None),
]

# Sentences with no date expression at all.
NOT_DATES = [
    "The minister may visit Seoul soon.",
    "Protesters will March on parliament.",
    "May told reporters Britain would stand firm.",
    "Prime Minister Theresa May met the German chancellor.",
    "The 75th anniversary parade drew 2,000 troops.",
    "Inflation slowed to 1.1 percent, G20 data showed.",
    "The meeting starts at 10:30 GMT and ends at 1400 GMT.",
    "Trade boomed in the 1990s and the '80s.",
    "The decree dated 9/9/2023 was published.",
    "The Good Friday Agreement still holds.",
    "The mission has 2000 troops.",
    "Relations have thawed over the past year and the last few months.",
    "He spoke to USA Today about the talks.",
    "The talks went well and both sides left satisfied.",
]


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.mark.parametrize(("sentence", "article", "text", "expected", "granularity"), CASES)
def test_date_is_found_and_resolved(
    sentence: str, article: str | None, text: str, expected: str | None, granularity: Granularity | None
) -> None:
    mentions = find_dates(sentence, _iso(article))
    assert [m.text for m in mentions] == [text]
    mention = mentions[0]
    assert sentence[mention.start : mention.end] == text
    if expected is None:
        assert mention.resolved is None
    else:
        assert mention.resolved is not None
        assert (mention.resolved.value.isoformat(), mention.resolved.granularity) == (expected, granularity)
        assert mention.resolved.text == text


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, date(2023, 9, 14)) == []


def test_table_covers_enough_cases() -> None:
    assert len(CASES) >= 40
    assert {granularity for *_, granularity in CASES} >= {D, W, M, Y, None}


def test_several_dates_in_order_with_offsets() -> None:
    article = "Headline here.\n\n"
    sentence = "The envoy arrived on Monday and will leave on 5 October, ahead of talks in 2024."
    text = article + sentence
    mentions = find_dates(sentence, date(2023, 9, 14), offset=len(article))
    assert [m.text for m in mentions] == ["on Monday", "on 5 October", "in 2024"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert [m.resolved.value for m in mentions if m.resolved] == [
        date(2023, 9, 11),
        date(2023, 10, 5),
        date(2024, 1, 1),
    ]
    assert all(isinstance(m, DateMention) and m.rule.startswith("date.") for m in mentions)


def test_weekday_with_full_date_is_one_mention() -> None:
    mentions = find_dates("Ministers met on Thursday, March 7, in Riga.", date(2024, 3, 9))
    assert [(m.text, m.rule) for m in mentions] == [("on Thursday, March 7", "date.month_day")]
    assert mentions[0].resolved is not None and mentions[0].resolved.value == date(2024, 3, 7)


def test_two_weekdays_in_one_sentence_take_their_own_tense() -> None:
    sentence = "The envoy arrived in Tokyo on Monday and will meet the premier on Friday."
    values = [m.resolved.value for m in find_dates(sentence, date(2023, 9, 14)) if m.resolved]
    assert values == [date(2023, 9, 11), date(2023, 9, 15)]


# --- date_near ---------------------------------------------------------------------------------


def test_date_near_prefers_the_event_date_over_a_nearer_span_bound() -> None:
    sentence = "The rivals, estranged since 1949, met on Monday."
    near = date_near(sentence, date(2023, 9, 14), sentence.index("met"))
    assert near is not None and (near.value, near.text) == (date(2023, 9, 11), "on Monday")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy, in post since 4 March, paid his first visit to Oslo.",
        "It was the third summit of the two leaders since 2019.",
        "The border crossings stayed shut until Friday as the ministers met.",
    ],
)
def test_a_span_bound_alone_dates_no_act(sentence: str) -> None:
    verb = next(word for word in ("visit", "summit", "met") if word in sentence)
    assert date_near(sentence, date(2023, 9, 14), sentence.index(verb)) is None


def test_date_near_prefers_the_same_clause() -> None:
    sentence = "The treaty signed in 1997 expired; the leaders met on 3 May."
    article = date(2023, 9, 14)
    at_signed = date_near(sentence, article, sentence.index("signed"))
    at_met = date_near(sentence, article, sentence.index("met"))
    assert at_signed is not None and at_signed.value == date(1997, 1, 1)
    assert at_met is not None and at_met.value == date(2023, 5, 3)


def test_date_near_picks_the_nearest_in_a_clause() -> None:
    sentence = "Xi visited Hanoi on Tuesday, a year after talks in 2022."
    near = date_near(sentence, date(2023, 9, 14), sentence.index("visited"))
    assert near is not None and near.value == date(2023, 9, 12)
    near = date_near(sentence, date(2023, 9, 14), sentence.index("talks"))
    assert near is not None and near.value == date(2022, 1, 1)


def test_date_near_none() -> None:
    assert date_near("The talks went well.", date(2023, 9, 14), 4) is None
    # the nearest date cannot be resolved without an article date: no guess from a farther one
    sentence = "They met on Monday, the first talks since 2019."
    assert date_near(sentence, None, sentence.index("met")) is None


# --- the rule file -----------------------------------------------------------------------------

RULES = load_date_rules()


def _rule_examples() -> list[tuple[str, dict]]:
    return [(rule.id, example) for rule in RULES for example in rule.examples]


def _rule_counter_examples() -> list[tuple[str, dict]]:
    return [(rule.id, example) for rule in RULES for example in rule.counter_examples]


def test_every_rule_has_an_example() -> None:
    assert all(rule.examples for rule in RULES)
    assert len({rule.id for rule in RULES}) == len(RULES)


@pytest.mark.parametrize(("rule_id", "example"), _rule_examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_rule_example(rule_id: str, example: dict) -> None:
    rule = next(r for r in RULES if r.id == rule_id)
    mentions = find_dates(example["text"], _iso(example.get("article_date")))
    if rule.blocks:
        # a blocking rule claims the span: no date is reported inside it
        assert any(m.group() == example["match"] for m in rule.regex.finditer(example["text"]))
        start = example["text"].index(example["match"])
        end = start + len(example["match"])
        assert not [m for m in mentions if m.start < end and start < m.end]
        return
    found = [m for m in mentions if m.text == example["match"]]
    assert found, f"{rule_id}: {example['match']!r} not found in {[m.text for m in mentions]}"
    assert found[0].rule == rule_id
    assert found[0].resolved is not None
    assert found[0].resolved.value.isoformat() == example["value"]
    assert found[0].resolved.granularity.value == example["granularity"]


@pytest.mark.parametrize(
    ("rule_id", "example"), _rule_counter_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_rule_counter_example(rule_id: str, example: dict) -> None:
    mentions = find_dates(example["text"], _iso(example.get("article_date")))
    assert rule_id not in {m.rule for m in mentions}


def _write_rules(tmp_path: Path, records: list[object] | str) -> Path:
    path = tmp_path / "dates.jsonl"
    if isinstance(records, str):
        path.write_text(records, encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


GOOD_RULE = {"id": "t.weekday", "needs": ["weekday"], "resolve": "weekday", "pattern": "{WEEKDAY}"}


def test_custom_rule_file_is_used(tmp_path: Path) -> None:
    rules = load_date_rules(_write_rules(tmp_path, [GOOD_RULE]))
    mentions = find_dates("They met on Monday in 1997.", date(2023, 9, 14), rules=rules)
    assert [(m.text, m.rule) for m in mentions] == [("Monday", "t.weekday")]


def test_missing_rule_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot read"):
        load_date_rules(tmp_path / "absent.jsonl")


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ("{not json\n", "not valid JSON"),
        ([GOOD_RULE, GOOD_RULE], "used twice"),
        ([{**GOOD_RULE, "resolve": "guess"}], "unknown resolver"),
        ([{**GOOD_RULE, "pattern": "{WEEKDAYS}"}], "unknown macro"),
        ([{**GOOD_RULE, "pattern": "(unclosed"}], "bad pattern"),
        ([{**GOOD_RULE, "needs": ["weekday+moon"]}], "unknown feature"),
        ([{**GOOD_RULE, "colour": "red"}], "unknown key"),
        ([{k: v for k, v in GOOD_RULE.items() if k != "needs"}], "'needs'"),
        ("\n", "holds no date rules"),
    ],
)
def test_bad_rule_file_is_reported(tmp_path: Path, records: list[object] | str, message: str) -> None:
    path = _write_rules(tmp_path, records)
    with pytest.raises(FormatError, match=message) as raised:
        load_date_rules(path)
    assert str(path) in str(raised.value)


# --- the cheap gate must never hide a date -----------------------------------------------------

_UNGATED = tuple(dataclasses.replace(rule, needs=(frozenset(),)) for rule in RULES)


def _gate_sentences() -> list[str]:
    sentences = [case[0] for case in CASES] + NOT_DATES
    sentences += [example["text"] for rule in RULES for example in (*rule.examples, *rule.counter_examples)]
    corpus = SHARED / "corpus" / "diplomacy.jsonl"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                sentences += [part for part in json.loads(line)["text"].split("\n") if part.strip()]
    return sentences


def test_feature_gate_does_not_change_results() -> None:
    from kg.extract.dates import _features  # the gate is an internal optimisation; check it is sound

    for sentence in _gate_sentences():
        gated = find_dates(sentence, date(2020, 6, 15))
        ungated = find_dates(sentence, date(2020, 6, 15), rules=_UNGATED)
        assert gated == ungated, sentence
        if not _features(sentence):
            assert not any(rule.regex.search(sentence) for rule in RULES), sentence


# --- real articles -----------------------------------------------------------------------------

_RELATIVE_RULES = {"date.weekday", "date.relative_day", "date.relative_period", "date.weekend"}
_YEARLESS_RULES = {"date.day_month", "date.month_day", "date.month", "date.month_relative"}


@pytest.mark.skipif(not (SHARED / "corpus" / "diplomacy.jsonl").exists(), reason="shared corpus not present")
def test_dates_in_real_articles_stay_near_the_article_date() -> None:
    seen_rules: set[str] = set()
    with (SHARED / "corpus" / "diplomacy.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            article_date = _iso(article.get("date"))
            text = article["text"]
            for paragraph_start, paragraph in _paragraphs(text):
                for mention in find_dates(paragraph, article_date, offset=paragraph_start):
                    seen_rules.add(mention.rule)
                    assert text[mention.start : mention.end] == mention.text
                    if mention.resolved is None or article_date is None:
                        continue
                    if mention.rule in _RELATIVE_RULES | _YEARLESS_RULES:
                        assert _within_a_year(mention, article_date), (article["id"], mention)
    assert {"date.weekday", "date.month", "date.year"} <= seen_rules


def _within_a_year(mention: DateMention, article_date: date) -> bool:
    """Whether a date read relative to the article lies within a year of it, at its granularity."""
    assert mention.resolved is not None
    value, granularity = mention.resolved.value, mention.resolved.granularity
    if granularity is Granularity.YEAR:
        return abs(value.year - article_date.year) <= 1
    if granularity is Granularity.MONTH:
        return abs((value.year - article_date.year) * 12 + value.month - article_date.month) <= 12
    return abs((value - article_date).days) <= 366 + 7


def _paragraphs(text: str) -> list[tuple[int, str]]:
    parts, start = [], 0
    for part in text.split("\n"):
        parts.append((start, part))
        start += len(part) + 1
    return parts


def _dated_acts(text: str, article_date: str) -> dict[tuple[str, str, str], str | None]:
    article = Article(id="reference-back", text=text, date=date.fromisoformat(article_date))
    return {
        (act.actor, act.cameo[:2], target): (act.date.value.isoformat() if act.date else None)
        for act in Pipeline().extract(article).acts
        for target in act.targets
    }


def test_an_act_at_talks_named_before_takes_the_date_of_the_talks() -> None:
    text = (
        "The Chilean president met the Argentine president in Santiago on Wednesday. "
        "During the talks, the Chilean president praised Argentina for its help."
    )
    dated = _dated_acts(text, "2006-11-24")
    assert dated[("Q298", "04", "Q414")] == "2006-11-22"
    assert dated[("Q298", "05", "Q414")] == "2006-11-22"  # from "During the talks", not left undated


def test_an_act_with_no_reference_back_stays_undated() -> None:
    text = (
        "The Chilean president met the Argentine president in Santiago on Wednesday. "
        "The Chilean president has often praised Argentina for its help."
    )
    assert _dated_acts(text, "2006-11-24")[("Q298", "05", "Q414")] is None
