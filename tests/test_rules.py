"""Every rule of kg/data/rules against its own examples and counter-examples.

Each rule file entry carries examples (text the rule is for, with what it must yield) and
counter-examples (text it must leave alone). These tests run them through the real code:

- acts.jsonl: the pipeline reads each example as an article with no date; an asserted act with the
  example's actor (when given), CAMEO root and target must come out. A counter-example must give no
  act at all from the rule (its id, or its id with a strategy suffix such as ``.noun-subject``).
- alliances.jsonl: an alliance claim holding every example member must come out; a counter-example
  must give no claim from the rule.
- titles.jsonl: read the way kg reads a title before a name (``kg.link``), the words of the title
  at their place in the example must give the rule's role; in a counter-example they must not.
- state_blocklist.jsonl: the pattern must match each example and no state may be found inside the
  match; it must not match a counter-example.

KNOWN_FAILING lists what fails today, so that the suite stays green while the rules are tuned;
each entry is a strict xfail, so a fixed rule makes its test fail until its id is taken out here.
``"<rule id>"`` means some example of the rule fails; ``"<rule id>:counter"`` means some
counter-example does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.extract.mentions import MentionFinder, block_rules
from kg.model import Act, Article, Modality, Sentence
from kg.pipeline import Pipeline
from kg.rulefiles import packaged_rules, read_hand_made_jsonl

KNOWN_FAILING: set[str] = set()

RULES = resources.files("kg") / "data" / "rules"


def _entries(name: str) -> list[dict[str, Any]]:
    lines = (RULES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ACT_RULES = _entries("acts.jsonl")
ALLIANCE_RULES = _entries("alliances.jsonl")
TITLE_RULES = _entries("titles.jsonl")
BLOCK_RULES = _entries("state_blocklist.jsonl")
LEADER_TERMS = _entries("leader_terms.jsonl")


def _cases(entries: list[dict[str, Any]], field: str, suffix: str = "") -> list[Any]:
    """One pytest param per rule that has entries in ``field``, id = rule id, xfail when listed as failing."""
    cases = []
    for entry in entries:
        if not entry.get(field):
            continue
        key = entry["id"] + suffix
        marks = (
            [pytest.mark.xfail(strict=True, reason=f"{key} is in KNOWN_FAILING: the rule does not yet do this")]
            if key in KNOWN_FAILING
            else []
        )
        cases.append(pytest.param(entry, id=entry["id"], marks=marks))
    return cases


@cache
def _pipeline() -> Pipeline:
    return Pipeline()


def _read(text: str, name: str):
    return _pipeline().extract(Article(id=f"rule-example-{name}", text=text))


def _describe_act(act: Act) -> str:
    return f"{act.rule}: {act.actor} {act.cameo} -> {','.join(act.targets)} ({act.modality.value})"


def _from_rule(rule_id: str, produced_by: str) -> bool:
    """Whether the rule recorded on an act or claim is ``rule_id`` (strategy suffixes follow a dot)."""
    return produced_by == rule_id or produced_by.startswith(rule_id + ".")


def test_rule_ids_are_unique() -> None:
    for entries in (ACT_RULES, ALLIANCE_RULES, TITLE_RULES, BLOCK_RULES):
        ids = [entry["id"] for entry in entries]
        assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_known_failing_names_existing_rules() -> None:
    known = {entry["id"] for entries in (ACT_RULES, ALLIANCE_RULES, TITLE_RULES, BLOCK_RULES) for entry in entries}
    stale = {key for key in KNOWN_FAILING if key.removesuffix(":counter") not in known}
    assert not stale, f"KNOWN_FAILING names rules that no longer exist: {sorted(stale)}"


def test_verb_rules_are_word_lists() -> None:
    # the word forms of verb rules tell a verb from a noun ("to visit"); a regex there would make its every word,
    # "the" and "by" included, a verb
    assert [entry["id"] for entry in ACT_RULES if entry["pos"] == "verb" and entry.get("regex")] == []


def test_every_act_rule_kind_is_a_class_of_the_ontology() -> None:
    # the graph types each act by its rule's kind; a kind the ontology lacks fails the build, not extraction
    from kg.namespace import KG

    kinds = {kind for entry in ACT_RULES for kind in [entry["kind"], *entry.get("extra_kinds", [])]}
    missing = []
    for kind in sorted(kinds):
        try:
            KG[kind]
        except AttributeError:
            missing.append(kind)
    assert missing == []


def test_every_act_rule_has_an_example() -> None:
    assert [entry["id"] for entry in ACT_RULES if not entry.get("examples")] == []


# -- acts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", _cases(ACT_RULES, "examples"))
def test_act_rule_examples(rule: dict[str, Any]) -> None:
    failures = []
    for number, example in enumerate(rule["examples"]):
        acts = _read(example["text"], f"{rule['id']}-{number}").acts
        root, target, actor = str(example["root"]).zfill(2), example["target"], example.get("actor")
        found = [
            act
            for act in acts
            if act.modality is Modality.ASSERTED
            and act.cameo[:2] == root
            and target in act.targets
            and (actor is None or act.actor == actor)
        ]
        if not found:
            failures.append(
                f"{example['text']!r}: expected {actor or 'any'} {root} -> {target}; "
                f"found {[_describe_act(a) for a in acts] or 'no act'}"
            )
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", _cases(ACT_RULES, "counter_examples", ":counter"))
def test_act_rule_counter_examples(rule: dict[str, Any]) -> None:
    failures = []
    for number, counter in enumerate(rule["counter_examples"]):
        acts = _read(counter["text"], f"{rule['id']}-counter-{number}").acts
        wrong = [_describe_act(act) for act in acts if _from_rule(rule["id"], act.rule)]
        if wrong:
            failures.append(f"{counter['text']!r} ({counter.get('why', '')}): the rule gave {wrong}")
    assert not failures, "\n".join(failures)


# -- alliances ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", _cases(ALLIANCE_RULES, "examples"))
def test_alliance_rule_examples(rule: dict[str, Any]) -> None:
    failures = []
    for number, example in enumerate(rule["examples"]):
        claims = _read(example["text"], f"{rule['id']}-{number}").alliances
        wanted = set(example["members"])
        if not any(wanted <= set(claim.members) for claim in claims):
            failures.append(
                f"{example['text']!r}: expected an alliance of {sorted(wanted)}; "
                f"found {[(c.rule, c.members) for c in claims] or 'none'}"
            )
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", _cases(ALLIANCE_RULES, "counter_examples", ":counter"))
def test_alliance_rule_counter_examples(rule: dict[str, Any]) -> None:
    failures = []
    for number, counter in enumerate(rule["counter_examples"]):
        claims = _read(counter["text"], f"{rule['id']}-counter-{number}").alliances
        wrong = [(c.rule, c.members) for c in claims if _from_rule(rule["id"], c.rule)]
        if wrong:
            failures.append(f"{counter['text']!r} ({counter.get('why', '')}): the rule gave {wrong}")
    assert not failures, "\n".join(failures)


# -- titles ---------------------------------------------------------------------------------------------


def _title_ends(text: str, title: str) -> list[int]:
    """Offsets just after each place where the title's words stand in ``text`` (any case)."""
    words = r"[\s\-]+".join(re.escape(word) for word in re.split(r"[\s\-]+", title))
    return [match.end() for match in re.finditer(rf"(?<![\w\-]){words}(?![\w\-])", text, re.IGNORECASE)]


def _roles_read(text: str, title: str) -> list[str | None]:
    """The role kg reads from the title words at each of their places in ``text``."""
    from kg.link import _title_before  # how kg reads the title standing before a person's name

    sentence = Sentence(0, 0, len(text), text)
    states = [m for m in MentionFinder(_pipeline().gazetteer).find(text, [sentence]) if m.kind == "state"]
    roles = []
    for end in _title_ends(text, title):
        reading = _title_before(text, sentence, end, states)
        roles.append(reading[0] if reading else None)
    return roles


@pytest.mark.parametrize("rule", _cases(TITLE_RULES, "examples"))
def test_title_rule_examples(rule: dict[str, Any]) -> None:
    failures = []
    for example in rule["examples"]:
        roles = _roles_read(example, rule["title"])
        if rule["role"] not in roles:
            failures.append(
                f"{example!r}: expected {rule['title']!r} read as {rule['role']}; read {roles or 'nothing'}"
            )
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", _cases(TITLE_RULES, "counter_examples", ":counter"))
def test_title_rule_counter_examples(rule: dict[str, Any]) -> None:
    failures = []
    for counter in rule["counter_examples"]:
        roles = _roles_read(counter, rule["title"])
        if rule["role"] in roles:
            failures.append(f"{counter!r}: {rule['title']!r} is read as {rule['role']}")
    assert not failures, "\n".join(failures)


# -- state block list -----------------------------------------------------------------------------------


def _state_mentions(text: str) -> list[tuple[int, int, str]]:
    sentence = Sentence(0, 0, len(text), text)
    finder = MentionFinder(_pipeline().gazetteer)
    return [(m.start, m.end, m.text) for m in finder.find(text, [sentence]) if m.kind == "state"]


def test_block_list_is_loaded_in_order() -> None:
    assert [p.pattern for p in block_rules()] == [entry["pattern"] for entry in BLOCK_RULES]


@pytest.mark.parametrize("rule", _cases(BLOCK_RULES, "examples"))
def test_block_rule_examples(rule: dict[str, Any]) -> None:
    pattern = re.compile(rule["pattern"])
    failures = []
    for example in rule["examples"]:
        match = pattern.search(example)
        if match is None:
            failures.append(f"{example!r}: the pattern does not match")
            continue
        inside = [m for m in _state_mentions(example) if m[0] < match.end() and match.start() < m[1]]
        if inside:
            failures.append(f"{example!r}: states still found inside {match.group(0)!r}: {inside}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("rule", _cases(BLOCK_RULES, "counter_examples", ":counter"))
def test_block_rule_counter_examples(rule: dict[str, Any]) -> None:
    pattern = re.compile(rule["pattern"])
    failures = []
    for counter in rule["counter_examples"]:
        match = pattern.search(counter)
        if match is not None:
            failures.append(f"{counter!r}: the pattern matches {match.group(0)!r}")
    assert not failures, "\n".join(failures)


def _office_holders(text: str, date: str) -> set[tuple[str | None, str | None]]:
    """(person QID, state QID) of each person mention kg reads from ``text`` as of ``date``."""
    article = Article(id="term-case", text=text, date=dt.date.fromisoformat(date))
    return {(m.qid, m.state_qid) for m in _pipeline().extract(article).mentions if m.kind == "person"}


@pytest.mark.parametrize("term", _cases(LEADER_TERMS, "examples"))
def test_leader_term_examples(term: dict[str, Any]) -> None:
    """Within the term, the person named is linked and acts for the term's state."""
    for example in term["examples"]:
        assert (term["person"], term["state"]) in _office_holders(example["text"], example["date"]), example


@pytest.mark.parametrize("term", _cases(LEADER_TERMS, "counter_examples", ":counter"))
def test_leader_term_counter_examples(term: dict[str, Any]) -> None:
    """Outside the term (and any other the person held), the person acts for no state."""
    for counter in term["counter_examples"]:
        assert (term["person"], term["state"]) not in _office_holders(counter["text"], counter["date"]), counter


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "pattern": "x"}\n{"id": "a", "pattern": "y"}\n', "rules.jsonl:2: duplicate rule id 'a'"),
        ('{"id": "a", "pattern": "x"}\n{"id": "b"\n', "rules.jsonl:2: invalid JSON"),
        ('{"id": "a"}\n', "rules.jsonl:1: rule lacks 'pattern'"),
        ('["a", "b"]\n', "rules.jsonl:1: a rule must be a JSON object"),
    ],
)
def test_a_broken_rule_file_is_reported_with_its_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "rules.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        read_hand_made_jsonl(path, ("pattern",))


def test_every_shipped_rule_file_reads_with_the_shared_reader() -> None:
    # the loaders of acts, titles, block list, descriptions, kinds of state and alliances all read through it
    assert len(packaged_rules("acts.jsonl", ("words", "pos", "kind", "cameo"))) == len(ACT_RULES)
    assert packaged_rules("island_states.jsonl", ("noun", "states"))
