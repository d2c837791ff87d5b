"""What an act's context does to it: plans, promises, cancellations, refusals and lists of actors.

These are behaviours of kg.extract.acts that no single rule owns, read through the whole pipeline
from one-sentence articles.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from kg.model import Act, Article, Modality
from kg.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline()


def _read_acts(text: str, date: dt.date) -> list[Act]:
    """Every act read from ``text`` as a one-sentence article of ``date``."""
    return _pipeline().extract(Article(id="modality-case", text=text, date=date)).acts


def _acts(text: str, date: dt.date = dt.date(2006, 5, 1)) -> set[tuple[str, str, str, str]]:
    """(actor, CAMEO root, target, modality) of every act read from ``text`` as of ``date``."""
    return {
        (act.actor, act.cameo[:2], target, act.modality.value)
        for act in _read_acts(text, date)
        for target in act.targets
    }


ASSERTED = Modality.ASSERTED.value
HYPOTHETICAL = Modality.HYPOTHETICAL.value


def test_a_planned_visit_is_an_intention_that_happened() -> None:
    acts = _acts("Chirac plans a visit to Japan next month.")
    assert ("Q142", "04", "Q17", HYPOTHETICAL) in acts
    assert ("Q142", "03", "Q17", ASSERTED) in acts


def test_a_stay_announced_as_due_is_a_planned_visit_and_one_under_way_is_a_visit() -> None:
    due = _acts("The Dutch premier is expected in Hanoi next week for a three-day official visit.")
    assert ("Q55", "04", "Q881", HYPOTHETICAL) in due
    assert ("Q55", "03", "Q881", ASSERTED) in due
    under_way = _acts("The Dutch premier was in Hanoi on Tuesday for talks on trade.")
    assert ("Q55", "04", "Q881", ASSERTED) in under_way


@pytest.mark.parametrize(
    "text",
    [
        "Chirac's visit to Japan was postponed because of the storm.",
        "Talabani decided to postpone his planned visit to Iran, Iraq said.",
        "Turkey has given them no promises of support for Syria.",
        "Kurdish leaders fear the possible withdrawal of US troops from Syria.",
        "Australia has cancelled joint drills with Fiji, as well as a visit to Fiji by its defence chief.",
    ],
)
def test_no_intention_stands_behind_what_is_put_off_denied_or_only_possible(text: str) -> None:
    assert not [act for act in _acts(text) if act[1] == "03" and act[3] == ASSERTED]


def test_a_cancelled_visit_reduces_relations_and_is_no_visit() -> None:
    acts = _acts("Citing security, a French minister cancelled the planned visit to Haiti.")
    assert ("Q142", "16", "Q790", ASSERTED) in acts
    assert not [act for act in acts if act[1] in ("03", "04") and act[3] == ASSERTED]


def test_a_threat_to_act_makes_the_act_a_plan() -> None:
    acts = _acts("Pakistan on Friday threatened to break off relations with Costa Rica over the dispute.")
    assert ("Q843", "13", "Q800", ASSERTED) in acts
    assert ("Q843", "16", "Q800", ASSERTED) not in acts


def test_a_passive_with_no_doer_has_no_actor() -> None:
    assert _acts("China said ten people were attacked in Japan.") == set()


def test_every_state_listed_as_subject_acts() -> None:
    acts = _acts("The United States, Japan and South Korea urged North Korea to return to talks.")
    assert {actor for actor, root, target, _ in acts if root == "02" and target == "Q423"} == {"Q30", "Q17", "Q884"}


def test_a_sponsor_named_in_a_compound_does_not_act() -> None:
    assert _acts("Iran-backed militias fired rockets at Israel.") == set()


def test_people_who_act_for_no_state_are_still_its_nationals_as_targets() -> None:
    acts = _acts("Israel announced it would free 150 Palestinian prisoners.")
    assert any(actor == "Q801" and target == "Q219060" for actor, _, target, _ in acts)
    assert not _acts("Palestinian gunmen killed two Israeli soldiers.")


def test_no_before_a_nominal_act_negates_it() -> None:
    acts = _acts("Iran said it was carrying no message from Russia for the United States.")
    assert ("Q159", "01", "Q30", Modality.NEGATED.value) in acts
    assert ("Q159", "01", "Q30", ASSERTED) not in acts


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president did not comment on the vote, but praised Argentina for its patience.",
        "The Chilean president would not say when talks would resume, but went out of her way to praise Argentina.",
    ],
)
def test_a_denial_ends_where_but_opens_a_second_verb(text: str) -> None:
    assert ("Q298", "05", "Q414", ASSERTED) in _acts(text)


def test_a_denial_repeated_after_but_still_denies() -> None:
    acts = _acts("The Chilean president did not comment, but did not praise Argentina either.")
    assert not {act for act in acts if act[1] == "05" and act[3] == ASSERTED}


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian police deployed on Sunday to prevent gunmen from firing rockets at Syria.",
        "The Jordanian army stopped the smugglers from attacking Syrian border posts.",
    ],
)
def test_whom_a_state_keeps_from_acting_is_the_one_who_would_act(text: str) -> None:
    assert not {act for act in _acts(text) if act[0] == "Q810" and act[1] in ("13", "18", "19")}


@pytest.mark.parametrize(
    "text",
    [
        "Morocco wants the EU to detain any Algerian suspected of smuggling.",
        "The Moroccan minister called on the UNHCR to hand its camps over to Algeria.",
    ],
)
def test_what_a_state_asks_of_an_organisation_is_the_organisations_to_do(text: str) -> None:
    assert not {act for act in _acts(text) if act[0] == "Q1028" and act[2] == "Q262"}


def test_the_first_leader_to_visit_a_state_visits_it() -> None:
    acts = _acts('"Lula is the first Brazilian president to visit Norway in 20 years," the envoy said.')
    assert ("Q155", "04", "Q20", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president rejected demands that Peru withdraw from Ecuador.",
        "The Peruvian president rebuffed calls he withdraw his troops from Ecuador.",
    ],
)
def test_what_others_demand_a_state_do_is_not_done(text: str) -> None:
    acts = _acts(text)
    assert ("Q419", "08", "Q736", ASSERTED) not in acts
    assert ("Q419", "13", "Q736", ASSERTED) not in acts  # nor a threat of the asked


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police said Ortuzar met three Argentine officials on Monday.",
        "The Chilean hotel where Ortuzar met three Argentine officials was closed.",
    ],
)
def test_a_name_no_mention_covers_is_the_subject_of_its_own_clause(text: str) -> None:
    assert not {act for act in _acts(text) if act[0] == "Q298" and act[2] == "Q414"}


def test_what_a_state_needs_to_go_on_doing_is_not_done() -> None:
    acts = _acts("An Argentine senator stressed the need for the Chilean government to continue to support Peru.")
    assert not {act for act in acts if act[0] == "Q298" and act[3] == ASSERTED}


def test_an_offer_another_state_hopes_for_is_not_made() -> None:
    acts = _acts(
        '"Chile hopes that Peru will offer more attractive terms so that Chilean-Peruvian trade can grow," he said.'
    )
    assert ("Q419", "03", "Q298", ASSERTED) not in acts
    assert ("Q298", "02", "Q419", ASSERTED) in acts  # the hope itself is voiced


def test_an_impending_visit_has_not_happened() -> None:
    acts = _acts("The Chilean president's impending visit to Peru will deepen trust, officials said.")
    assert ("Q298", "04", "Q419", ASSERTED) not in acts
    assert ("Q298", "04", "Q419", HYPOTHETICAL) in acts


def test_a_letter_sent_by_a_government_reaches_every_state_listed_after_to() -> None:
    acts = _acts("Two more telegrams were sent by the Cypriot government to the leaders of Kenya and Tanzania.")
    assert {("Q229", "01", "Q114", ASSERTED), ("Q229", "01", "Q924", ASSERTED)} <= acts


def test_a_letter_is_coded_by_what_it_says_when_the_sentence_says_it() -> None:
    acts = _acts("Roh Moo-hyun sent a letter to Hu Jintao, urging China to lift its sanctions.")
    assert ("Q884", "02", "Q148", ASSERTED) in acts
    assert ("Q884", "01", "Q148", ASSERTED) not in acts
    assert ("Q884", "01", "Q148", ASSERTED) in _acts("Roh Moo-hyun sent a letter to Hu Jintao on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "China said the Vatican must sever ties with Taiwan.",
        "The United States must deliver the promised weapons to Iraq faster, Gates said on Tuesday.",
        "Israel said that Abbas should be supported by Egypt.",
    ],
)
def test_what_a_state_must_or_should_do_is_neither_done_nor_intended(text: str) -> None:
    acts = _acts(text)
    assert [act for act in acts if act[3] == HYPOTHETICAL], "the obligation is still read, as a hypothetical act"
    assert not [act for act in acts if act[3] == ASSERTED and act[1] != "10"]  # only a demand, if anyone voiced it


def test_a_state_saying_another_must_act_demands_it() -> None:
    assert ("Q148", "10", "Q237", ASSERTED) in _acts("China said the Vatican must sever ties with Taiwan.")


def test_states_that_should_strengthen_cooperation_express_an_intention() -> None:
    acts = _acts("China and Burundi should enhance cooperation in investment, said Chinese President Hu Jintao.")
    assert ("Q148", "03", "Q967", ASSERTED) in acts


def test_an_act_under_consideration_has_not_happened() -> None:
    acts = _acts("Japan is considering sending aid to North Korea after heavy rains hit the country.")
    assert ("Q17", "07", "Q423", HYPOTHETICAL) in acts
    assert ("Q17", "07", "Q423", ASSERTED) not in acts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the state after "in eastern" is where, not who: Strelkov opposes the Kremlin for no state
        (
            "Igor Strelkov, an ex-officer who was instrumental in Russia's military campaign in eastern Ukraine "
            "but now opposes the Kremlin, wrote that the killings were a warning.",
            ("Q212", "11", "Q159"),
        ),
        # "economic sanctions" is a noun, not the verb "to sanction"
        (
            "A Burmese diplomat accused the US government of wielding economic sanctions, unveiled by Secretary "
            "of State Madeleine Albright last week, to win votes at home.",
            ("Q836", "16", "Q30"),
        ),
    ],
)
def test_places_and_nouns_are_not_read_as_subjects_or_verbs(text: str, wrong: tuple[str, str, str]) -> None:
    assert (*wrong, ASSERTED) not in _acts(text, dt.date(1997, 4, 23))


@pytest.mark.parametrize("refusal", ["is refusing to", "refuse to", "declined to"])
def test_refusing_to_lift_a_curfew_is_a_rejection_not_a_concession(refusal: str) -> None:
    acts = _acts(f"The Israeli government {refusal} lift a night curfew on Palestinians in the town of Hebron.")
    assert ("Q801", "12", "Q219060", ASSERTED) in acts
    assert ("Q801", "08", "Q219060", ASSERTED) not in acts


def test_a_refused_meeting_is_refused_by_one_side_only() -> None:
    article = Article(
        id="refusal-direction",
        text="Recep Tayyip Erdoğan refused to meet John Bolton in Ankara.",
        date=dt.date(2019, 1, 8),
    )
    refusals = [act for act in _pipeline().extract(article).acts if act.cameo.startswith("12")]
    assert refusals and all((act.actor, act.targets, act.symmetric) == ("Q43", ["Q30"], False) for act in refusals)


def test_what_one_party_demands_that_another_do_has_not_happened() -> None:
    acts = _acts("Egypt renewed its demand on Sunday that Israel ease restrictions on Palestinians at the crossings.")
    assert ("Q801", "08", "Q219060", ASSERTED) not in acts


def test_a_state_named_by_the_reporting_clause_is_not_the_target() -> None:
    acts = _acts(
        "Peru has granted asylum to three officers who fled after last month's U.S. invasion, the Peruvian "
        "mission said Wednesday.",
        dt.date(1990, 1, 17),
    )
    assert not [act for act in acts if act[0] == "Q30" and act[2] == "Q419"]


@pytest.mark.parametrize(
    "text",
    [
        "Relations soured over Washington's support for the Syrian Kurdish fighters of the YPG, whom Ankara "
        "calls terrorists.",
        "The feud hampers Turkey's open support for Syria's armed opposition, whose leaders live in Istanbul.",
    ],
)
def test_a_group_within_a_state_does_not_stand_for_the_state(text: str) -> None:
    assert not [act for act in _acts(text, dt.date(2018, 1, 20)) if act[2] == "Q858" and act[3] == ASSERTED]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Hun Sen asked China to offer loans to Cambodia.", "Q148", "Q424"),
        ("The United States urged Japan to lift its ban on US beef.", "Q17", "Q30"),
        ("Putin invited Triet to visit Russia.", "Q881", "Q159"),
    ],
)
def test_what_a_state_is_asked_to_do_is_neither_done_nor_intended_by_it(text: str, actor: str, target: str) -> None:
    acts = _acts(text, dt.date(2006, 11, 2))
    assert not [a for a in acts if a[0] == actor and a[2] == target and a[3] == ASSERTED]


def test_an_obligation_reported_on_another_party_is_no_intention_of_the_speaker() -> None:
    acts = _acts(
        "Trump said on Monday that the Security Council must be prepared to impose further sanctions on North Korea.",
        dt.date(2017, 4, 24),
    )
    assert not [a for a in acts if a[0] == "Q30" and a[3] == ASSERTED]


def test_both_countries_should_is_the_speakers_own_intention() -> None:
    acts = _acts("China's president said both countries should strengthen their cooperation with Australia in mining.")
    assert ("Q148", "03", "Q408", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "Iran on Friday condemned the bombing of American embassies in Kenya and Tanzania.",
        "German Chancellor Angela Merkel condemned the shooting of Lebanese Industry Minister Pierre Gemayel "
        "in his car.",
    ],
)
def test_a_criticism_of_an_attack_is_not_aimed_at_its_victim(text: str) -> None:
    acts = _acts(text, dt.date(2006, 11, 22))
    assert not [a for a in acts if a[1] == "11"]


def test_a_criticism_of_an_attack_is_aimed_at_the_attacker_named_with_by() -> None:
    acts = _acts("Iran condemned the invasion of Iraq by the United States.", dt.date(2003, 3, 22))
    assert ("Q794", "11", "Q30", ASSERTED) in acts and not [a for a in acts if a[1] == "11" and a[2] == "Q796"]
    assert ("Q30", "19", "Q796", ASSERTED) in acts  # the invasion condemned took place


def test_what_is_blamed_on_a_state_with_no_one_blaming_is_no_accusation() -> None:
    acts = _acts(
        "The Japanese cabinet passed new rules as a fresh assault blamed on a US Navy sailor threatened to "
        "revive anger over American bases in Japan.",
        dt.date(1997, 4, 3),
    )
    assert not acts


def test_what_a_state_has_blamed_on_another_is_an_accusation() -> None:
    acts = _acts("The OPCW reported on the Salisbury attack, which the UK has already blamed on the Kremlin.")
    assert ("Q145", "11", "Q159", ASSERTED) in acts


def test_a_state_named_after_a_town_is_where_the_town_is() -> None:
    acts = _acts(
        "Foreign ministers of the OIC gather for crisis talks in Jeddah, Saudi Arabia, to review the Israeli "
        "offensive in Beit Hanoun.",
        dt.date(2006, 11, 18),
    )
    assert not [a for a in acts if a[0] == "Q851"]


def test_a_demand_owned_by_a_company_is_not_the_reacting_states() -> None:
    acts = _acts(
        "Azerbaijan has responded to Gazprom's demands by threatening to stop oil shipments via Russian territory."
    )
    assert not [a for a in acts if a[0] == "Q227" and a[1] == "10"]


def test_a_nationality_before_a_line_of_business_makes_a_company_not_the_state() -> None:
    acts = _acts(
        "Australian investment group Macquarie on Tuesday made a cash offer for the London Stock Exchange.",
        dt.date(2005, 12, 15),
    )
    assert not [a for a in acts if a[0] == "Q408"]


def test_a_state_listed_as_a_subject_is_not_the_target_of_the_others() -> None:
    acts = _acts(
        "The US and Turkey have given differing accounts of Sunday's call between Donald Trump and his "
        "counterpart Recep Tayyip Erdogan.",
        dt.date(2019, 10, 8),
    )
    assert not [a for a in acts if a[1] in ("08", "11")]


def test_receiving_money_is_no_hosting_of_the_articles_other_state() -> None:
    text = (
        "Ukraine and Russia signed a gas deal. Russia is Ukraine's main supplier, and Russia lent Ukraine "
        "money. Kyiv has already received three loan payments worth $2.1 billion."
    )
    article = Article(id="hosting-case", text=text, date=dt.date(2015, 1, 20))
    assert not [a for a in _pipeline().extract(article).acts if a.kind == "Hosting" and a.actor == "Q212"]


def test_the_subject_of_a_subordinate_clause_is_taken_with_its_head_noun() -> None:
    acts = _acts(
        "Watching the fighting closely after an Israeli tank shell killed 12 Palestinians.", dt.date(2006, 11, 8)
    )
    assert ("Q801", "19", "Q219060", ASSERTED) in acts


def test_partners_listed_with_a_subject_after_a_subordinator_leave_it_the_subject() -> None:
    acts = _acts(
        "Rivalry between Saudi Arabia and Iran deepened after the Saudis and their Gulf allies cut ties with Qatar.",
        dt.date(2017, 6, 21),
    )
    assert ("Q851", "16", "Q846", ASSERTED) in acts and not [a for a in acts if a[0] == "Q794"]


def test_what_a_state_cannot_do_is_negated() -> None:
    acts = _acts("The Philippines said on Friday it cannot ask the US government to surrender the four soldiers.")
    assert ("Q928", "02", "Q30", Modality.NEGATED.value) in acts


def test_a_meeting_put_off_after_a_long_list_of_names_has_not_happened() -> None:
    acts = _acts(
        "The summit between U.S. President Bush and Iraqi Prime Minister Nouri al-Maliki was put off by one day.",
        dt.date(2006, 11, 29),
    )
    assert acts and not [a for a in acts if a[3] == ASSERTED]


def test_any_attack_is_neither_done_nor_threatened() -> None:
    acts = _acts("Russia says any attack against Syria would be reckless.", dt.date(2018, 4, 10))
    assert not [a for a in acts if a[3] == ASSERTED]


def test_moves_warned_against_are_neither_done_nor_intended() -> None:
    acts = _acts(
        "British Foreign Secretary Margaret Beckett on Thursday warned against any rushed moves to withdraw "
        "British forces from Iraq.",
        dt.date(2006, 11, 9),
    )
    assert not [a for a in acts if a[0] == "Q145" and a[3] == ASSERTED]


def test_a_state_the_by_agent_comes_from_is_not_the_agent() -> None:
    acts = _acts("The Syrian army, backed by Shia militiamen from Iraq, said it had retaken the desert town.")
    assert not [a for a in acts if a[0] == "Q796"]


def test_groups_supported_by_a_state_are_not_the_state_named_before_them() -> None:
    acts = _acts(
        "U.S. attempts to move aid from Turkey into Syria are being slowed by the Syrian government's "
        "blockade of towns held by rebel factions, among them those supported by Washington.",
        dt.date(2016, 6, 2),
    )
    assert not [a for a in acts if a[0] == "Q30"]


def test_a_state_after_a_compound_adjective_is_still_governed_by_its_preposition() -> None:
    acts = _acts(
        "Pakistan thanked Turkey on Monday. Turkey was one of the earliest nations to offer aid to the "
        "quake-stricken Pakistan, pledging to donate 100 million dollars. Pakistan welcomed the aid.",
        dt.date(2005, 11, 29),
    )
    assert not [a for a in acts if a[0] == "Q843" and a[1] == "03"] and ("Q43", "03", "Q843", ASSERTED) in acts


def test_a_pronoun_subject_of_a_new_clause_is_not_an_earlier_state() -> None:
    acts = _acts(
        "Japan and Australia said they would not follow the US example of imposing sanctions on Burma, "
        "though both have criticized Rangoon over its treatment of dissidents.",
        dt.date(1997, 4, 23),
    )
    assert not [a for a in acts if a[0] == "Q30" and a[1] == "11"]


def test_a_person_in_a_capital_set_off_after_it_is_no_actor_for_the_state() -> None:
    acts = _acts(
        "Last spring a trafficker in the Moldovan capital, Chisinau, offered enriched uranium to the United States.",
        dt.date(2015, 10, 7),
    )
    assert not [a for a in acts if a[0] == "Q217"]


_PAIR_CONTEXT = (
    "China and the United States held talks in Beijing. The United States and China agreed to meet again. "
    "China said the United States should act. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese leaders strongly denounced the act.",
        "China hopes the negotiations will make progress.",
        "China warned that the situation would worsen.",
        "China has rejected the demands.",
    ],
)
def test_criticism_appeals_and_threats_with_no_target_named_are_aimed_at_no_one(sentence: str) -> None:
    acts = _acts(_PAIR_CONTEXT + sentence)
    plain = _acts(_PAIR_CONTEXT)
    assert acts == plain  # the last sentence adds no act


def test_a_pledge_with_no_target_named_is_aimed_at_the_articles_other_state() -> None:
    assert ("Q148", "03", "Q30", ASSERTED) in _acts(_PAIR_CONTEXT + "China pledged to deepen cooperation.")


def test_people_reported_as_the_subject_act_for_no_state_named_before() -> None:
    acts = _acts(
        "In Kenya, whose government brokered Somalia's transitional administration in 2004, envoys said the "
        "Islamists had agreed to join talks in Nairobi next week.",
        dt.date(2006, 12, 27),
    )
    assert not [a for a in acts if a[0] == "Q1045"]


def test_a_thing_reported_as_the_subject_leaves_the_speakers_state_acting() -> None:
    text = (
        "Pakistan and China began joint exercises. China and Pakistan are old friends. Pakistani Major "
        "General Mohsin Kamal said the drills would strengthen military cooperation."
    )
    assert ("Q843", "03", "Q148", ASSERTED) in _acts(text, dt.date(2006, 12, 11))


_ISRAEL_GERMANY = "Israel and Germany held talks. Germany and Israel agreed to meet again. "


@pytest.mark.parametrize(
    "sentence",
    [
        "German Foreign Minister Frank-Walter Steinmeier kicked off a Middle East tour on Sunday.",
        "German Foreign Minister Frank-Walter Steinmeier began a five-day European tour on Monday.",
        "German Foreign Minister Frank-Walter Steinmeier made his first trip abroad on Monday.",
    ],
)
def test_a_trip_to_a_region_or_abroad_is_no_visit_to_the_articles_other_state(sentence: str) -> None:
    acts = _acts(_ISRAEL_GERMANY + sentence, dt.date(2006, 12, 1))
    assert acts == _acts(_ISRAEL_GERMANY, dt.date(2006, 12, 1))


def test_a_state_named_as_a_leg_of_a_regional_tour_is_visited() -> None:
    text = (
        "China and the United States held talks. China and the United States agreed. China is the third leg "
        "of Bush's four-nation tour of Asia."
    )
    assert ("Q30", "04", "Q148", ASSERTED) in _acts(text, dt.date(2005, 11, 19))


def test_an_individual_of_a_nationality_named_with_an_age_is_no_state() -> None:
    acts = _acts(
        "Four US soldiers were accused by a Filipino young woman of sexual assault in Subic.", dt.date(2005, 11, 14)
    )
    assert not acts


def test_praise_showered_on_a_leader_is_not_his_states_praise() -> None:
    text = "Japan and Peru held talks. Peru and Japan agreed. Fujimori was showered with international praise."
    assert not [a for a in _acts(text, dt.date(1997, 4, 23)) if a[1] == "05" and a[0] == "Q419"]


def test_an_organisations_sanctions_are_no_act_of_the_state_defying_them() -> None:
    acts = _acts(
        "Sudanese President Omar Hassan al-Bashir flew out of Libya on Friday in defiance of the UN "
        "sanctions against Tripoli.",
        dt.date(1997, 4, 13),
    )
    assert not [a for a in acts if a[1] == "16"]


def test_a_state_after_which_another_is_second_to_act_is_not_the_actor() -> None:
    acts = _acts(
        "Malaysia would be the second Asian nation after Singapore to sign an open-skies agreement with the "
        "United States.",
        dt.date(1997, 4, 30),
    )
    assert not [a for a in acts if a[0] == "Q334"] and [a for a in acts if a[0] == "Q833"]


def test_the_antecedent_of_who_is_the_subject() -> None:
    acts = _acts(
        '"It is regrettable that America chose not to ratify the Kyoto pact," said de Boer, who is now '
        "attending the climate talks in Nairobi.",
        dt.date(2006, 11, 7),
    )
    assert not [a for a in acts if a[0] == "Q30"]
    titled = _acts(
        "Egyptian Trade Minister Rachid Mohamed Rachid, who signed the accord with Kazakhstan, said it would "
        "boost trade.",
        dt.date(2006, 11, 20),
    )
    assert ("Q79", "05", "Q232", ASSERTED) in titled


def test_an_organisation_in_a_state_is_not_the_state() -> None:
    acts = _acts(
        "The leader of an Al-Qaeda-linked group in Iraq offered to give US forces two weeks to withdraw.",
        dt.date(2006, 12, 22),
    )
    assert not acts


def test_the_second_of_a_list_governed_by_a_preposition_is_no_subject() -> None:
    acts = _acts(
        "The AU delegation has already been in DRC and Rwanda and will now head to Burundi after visiting Uganda.",
        dt.date(2005, 11, 29),
    )
    assert not acts


def test_visiting_before_a_states_name_is_a_verb_unless_a_title_follows() -> None:
    assert not _acts("The AU delegation will now head to Burundi after visiting Uganda.", dt.date(2005, 11, 29))
    acts = _acts(
        "Nicaragua's president-elect, Daniel Ortega, on Monday met with Thomas Shannon, the visiting United "
        "States envoy.",
        dt.date(2006, 11, 28),
    )
    assert ("Q30", "04", "Q811", ASSERTED) in acts


def test_a_demand_possibly_made_has_not_been_made() -> None:
    acts = _acts(
        'Washington "would react firmly, including, possibly, demanding new sanctions" on Iran.',
        dt.date(1997, 4, 28),
    )
    assert not [a for a in acts if a[1] == "10" and a[3] == ASSERTED]


def test_brussels_in_an_article_on_the_eu_is_not_belgium() -> None:
    acts = _acts(
        "The European Commission said on Thursday that Brussels rejected a French plan for car subsidies.",
        dt.date(1997, 4, 10),
    )
    assert not [a for a in acts if a[0] == "Q31"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Croatia and Slovenia came to the Brussels summit that the European Council called on migration.",
        "The Polish president flew to Brussels for talks at NATO headquarters.",
        "The Iranian negotiator travelled to Vienna for talks on the IAEA's inspections.",
        "Kenya's president arrived in Addis Ababa for the African Union summit.",
    ],
)
def test_a_capital_seating_an_organisation_the_article_names_hosts_no_visit_for_its_state(text: str) -> None:
    assert not [a for a in _acts(text, dt.date(2019, 3, 21)) if {a[0], a[2]} & {"Q31", "Q40", "Q115"}]


def test_a_visit_to_an_organisations_seat_implies_no_other_state_of_the_article() -> None:
    text = "Finland holds the EU presidency. The German chancellor said her visit to Brussels showed her support."
    assert not [a for a in _acts(text, dt.date(2019, 3, 21)) if a[1] == "04"]


def test_a_visit_to_a_capital_that_seats_an_organisation_the_article_does_not_name_is_to_its_state() -> None:
    assert ("Q36", "04", "Q31", ASSERTED) in _acts(
        "The Polish president flew to Brussels on Monday.", dt.date(2019, 3, 21)
    )


def test_criticism_of_measures_against_a_state_is_not_aimed_at_it() -> None:
    acts = _acts(
        "Russia and China have long opposed what they call excessively harsh measures against Iran.",
        dt.date(2006, 12, 11),
    )
    assert not [a for a in acts if a[2] == "Q794" and a[1] == "11"]


def test_a_nominal_act_that_could_be_is_not_done_and_voices_no_intention() -> None:
    acts = _acts(
        "According to the London Sunday Times, US President Donald Trump's first foreign trip could be to Iceland.",
        dt.date(2017, 1, 17),
    )
    assert acts and not [a for a in acts if a[3] == ASSERTED]


def test_support_one_party_wants_from_another_is_not_given_nor_promised() -> None:
    acts = _acts("Putin wants Turkish support for a planned spring offensive by Syrian, Iranian and Russian troops.")
    assert not [a for a in acts if a[3] == ASSERTED]


def test_states_listed_with_the_doer_named_by_by_are_no_targets() -> None:
    acts = _acts(
        "Airstrikes by US, British and French warplanes on Syrian regime facilities aimed to deter Assad.",
        dt.date(2018, 4, 20),
    )
    assert ("Q30", "19", "Q858", ASSERTED) in acts and not [a for a in acts if a[2] in ("Q145", "Q142")]


def test_a_passive_in_a_relative_clause_on_a_thing_takes_no_state_as_patient() -> None:
    acts = _acts(
        "This in effect buries a Danish motion criticizing Chinese rights abuses that had been supported by "
        "the United States.",
        dt.date(1997, 4, 15),
    )
    assert not [a for a in acts if a[0] == "Q30"]


def test_a_report_dismissed_voices_no_intention() -> None:
    acts = _acts("Indonesia on Monday dismissed a newspaper report that it would sign a defence pact with Australia.")
    assert not [a for a in acts if a[3] == ASSERTED]


def test_a_verb_of_wanting_keeps_the_intention_of_its_own_subject() -> None:
    acts = _acts("Japan's prime minister said: I want to visit Lima soon.", dt.date(1997, 4, 23))
    assert ("Q17", "03", "Q419", ASSERTED) in acts


def test_support_for_a_states_militia_is_not_support_of_the_state() -> None:
    acts = _acts("The United States has accused Iran of providing financial support for Lebanon's Hezbollah.")
    assert not [a for a in acts if a[2] == "Q822"]


def test_a_conflict_named_for_a_state_does_not_act() -> None:
    acts = _acts(
        "As the Syrian conflict threatened to spill across the border into Turkey, European allies sent air "
        "defence units.",
        dt.date(2013, 1, 1),
    )
    assert not acts


def test_a_commitment_not_won_is_negated() -> None:
    acts = _acts(
        "The prime minister gave up part of the rebate without winning any commitment from France on farm "
        "subsidies, Britain's press said.",
        dt.date(2005, 12, 17),
    )
    assert not [a for a in acts if a[3] == ASSERTED]


def test_a_new_verb_phrase_after_and_takes_its_own_objects() -> None:
    acts = _acts(
        "Bush left Washington on Thursday for Mar del Plata to attend a regional summit and will visit "
        "Brazil and Panama afterwards.",
        dt.date(2005, 11, 3),
    )
    # (the trip to Mar del Plata is Argentina's to host; the visits after "and will" are still to come)
    assert not [a for a in acts if a[1] == "04" and a[3] == ASSERTED and {a[0], a[2]} & {"Q155", "Q804"}]
    assert ("Q30", "03", "Q155", ASSERTED) in acts  # the visit planned is an intention
    assert ("Q30", "04", "Q414", ASSERTED) in acts


def test_what_a_state_is_asked_whether_it_does_is_a_question() -> None:
    acts = _acts("Asked if Washington was ready to lift sanctions on North Korea, Hill said the status was known.")
    assert acts and not [a for a in acts if a[3] == ASSERTED]


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi National Congress urged the United States to act.",
        "A delegation from the Afghan Taliban visited Islamabad from Qatar this week.",
        "The Turkish Army launched the operation to support the Free Syrian Army.",
    ],
)
def test_a_non_state_organisation_named_for_a_state_neither_acts_nor_is_acted_on_for_it(text: str) -> None:
    assert not [a for a in _acts(text, dt.date(2016, 5, 12)) if a[3] == ASSERTED]


def test_that_before_a_subject_pronoun_opens_a_clause() -> None:
    acts = _acts(
        "The Russian Foreign Minister Sergei Lavrov said in an interview that he urged Iran, France, "
        "Germany, and Britain to keep negotiating.",
        dt.date(2005, 1, 1),
    )
    assert {a[2] for a in acts if a[0] == "Q159" and a[1] == "02"} == {"Q794", "Q142", "Q183", "Q145"}


def test_the_leaders_of_two_states_both_act() -> None:
    acts = _acts(
        "The presidents of Iraq and Egypt called on Friday for the withdrawal of all Syrian troops from Lebanon.",
        dt.date(1989, 1, 1),
    )
    assert {a[0] for a in acts if a[1] == "02" and a[2] == "Q858"} == {"Q796", "Q79"}
    assert not _acts("On Monday, EU foreign ministers meeting in Luxembourg banned all ministerial visits to Iran.")


def test_a_list_of_three_or_more_names_is_kept_when_no_and_closes_it() -> None:
    acts = _acts(
        "The US Congress agreed to lift embargoes on food and medicine exports to Iran, Libya, North Korea, "
        "Sudan, and under strict conditions, Cuba.",
        dt.date(2000, 1, 1),
    )
    assert {a[2] for a in acts if a[1] == "03"} >= {"Q794", "Q1016", "Q423", "Q1049"}


def test_the_kind_of_an_attack_before_it_makes_a_noun() -> None:
    acts = _acts(
        "The leaders of the UK and US talked by phone and agreed to coordinate their reply to the chemical "
        "weapons attack near the Syrian capital.",
        dt.date(2018, 4, 12),
    )
    assert not [a for a in acts if a[2] == "Q858"]


def test_states_listed_as_objects_of_an_embedded_act_are_not_parties_to_each_other() -> None:
    article = Article(
        id="embedded-objects",
        text=(
            "The US Congress agreed to lift embargoes on food and medicine exports to Iran, Libya, North Korea "
            "and Sudan."
        ),
        date=dt.date(2000, 1, 1),
    )
    agreed = [a for a in _pipeline().extract(article).acts if a.rule == "act.agree-to.verb"]
    assert agreed and all(a.actor == "Q30" and not a.symmetric for a in agreed)
    joint = Article(id="joint", text="Vietnam, Laos and Cambodia agreed to expand trade.", date=dt.date(2000, 1, 1))
    assert any(a.symmetric for a in _pipeline().extract(joint).acts if a.kind == "IntentToCooperate")


def test_a_demonym_before_a_participle_makes_a_compound_adjective() -> None:
    acts = _acts("The battle produced a rare clash between Russian backed fighters and the US military.")
    assert not [a for a in acts if a[1] == "05"]


def test_a_name_that_is_no_state_is_the_subject_of_a_subordinate_clause() -> None:
    acts = _acts(
        "Italy has taken most of the migrant arrivals since Europe concluded a deal with Turkey.",
        dt.date(2017, 5, 15),
    )
    assert not [a for a in acts if a[0] == "Q38"]
    acts = _acts(
        "Italy has borne the brunt of the crisis since Turkey concluded a deal with Greece.", dt.date(2017, 5, 15)
    )
    assert ("Q43", "05", "Q41", ASSERTED) in acts


def test_a_numbered_group_stands_for_the_states_last_listed() -> None:
    acts = _acts(
        "Poland, Hungary and the Czech Republic joined NATO. Albright met the three countries' ministers.",
        dt.date(1999, 3, 12),
    )
    assert {("Q30", "04", target, ASSERTED) for target in ("Q36", "Q28", "Q213")} <= acts


def test_each_member_of_a_group_subject_acts() -> None:
    acts = _acts("China and Burundi held talks on Thursday. The two countries condemned Japan.")
    assert ("Q148", "11", "Q17", ASSERTED) in acts
    assert ("Q967", "11", "Q17", ASSERTED) in acts


def test_a_group_subject_with_no_other_party_acts_among_its_members() -> None:
    acts = _acts("Japan and the United States met on Monday. The two nations agreed to expand trade.")
    assert ("Q17", "03", "Q30", ASSERTED) in acts or ("Q30", "03", "Q17", ASSERTED) in acts


def test_a_group_needs_a_list_closed_by_and() -> None:
    # "Syria, the Kremlin said": a comma alone joins no list, so "the two sides" has no antecedent here
    acts = _acts("Troops clashed in Syria, the Kremlin said. The two sides condemned France.")
    assert not {a for a in acts if a[1] == "11"}


def test_a_group_that_includes_the_target_is_not_the_actor() -> None:
    acts = _acts(
        "Hu met Museveni of Uganda and Kenyatta of Kenya. Hu said Uganda and China share trust, "
        "noting the two countries cooperate, vowing China is willing to help."
    )
    assert ("Q1036", "03", "Q148", ASSERTED) not in acts


def test_coordinated_subjects_pledging_ties_between_the_two_countries_pledge_to_each_other() -> None:
    acts = _acts(
        "Trump and Australian Prime Minister Turnbull pledged lasting friendship between the two countries.",
        dt.date(2017, 5, 4),
    )
    assert ("Q30", "03", "Q408", ASSERTED) in acts
    assert ("Q408", "03", "Q30", ASSERTED) in acts


def test_agreeing_in_principle_to_an_act_is_no_act_yet() -> None:
    acts = _acts("Britain has agreed in principle to impose some sanctions on Iran.")
    assert ("Q145", "16", "Q794", ASSERTED) not in acts
    assert ("Q145", "16", "Q794", HYPOTHETICAL) in acts


def test_an_announced_postponement_of_visits_is_a_reduction_of_relations() -> None:
    acts = _acts(
        'A spokesman told reporters: "China will postpone all exchanges of visits with Denmark for now."',
        dt.date(1997, 4, 15),
    )
    assert ("Q148", "16", "Q35", ASSERTED) in acts
    assert not {a for a in acts if a[1] == "13"}  # an announced decision, not a threat


def test_the_state_whose_decision_it_is_acts() -> None:
    acts = _acts(
        "The Dutch ministry would not comment on China's decision this week to postpone official exchanges "
        "of visits with Denmark.",
        dt.date(1997, 4, 15),
    )
    assert ("Q148", "16", "Q35", ASSERTED) in acts
    assert not {a for a in acts if a[0] == "Q55"}


def test_a_refusal_to_recognise_is_no_recognition() -> None:
    acts = _acts(
        "Russia has consistently backed Serbia's refusal to recognize Kosovo as an independent country.",
        dt.date(2017, 6, 15),
    )
    assert ("Q403", "05", "Q1246", ASSERTED) not in acts
    assert ("Q403", "12", "Q1246", ASSERTED) in acts


def test_their_after_a_list_of_states_stands_for_the_list() -> None:
    acts = _acts("The decisions were made by Pakistan and Afghanistan during their meeting with the US in September.")
    assert {("Q843", "04", "Q889", ASSERTED), ("Q843", "04", "Q30", ASSERTED)} <= acts


def test_a_plan_stated_before_their_stays_a_plan() -> None:
    acts = _acts("Japan and the United States will hold their first talks in mid-November.", dt.date(2006, 11, 1))
    assert not {a for a in acts if a[1] == "04" and a[3] == ASSERTED}
    assert ("Q17", "03", "Q30", ASSERTED) in acts


def test_a_hyphened_pair_of_states_is_a_list_for_the_two_sides() -> None:
    acts = _acts("Wen will discuss China-Slovakia ties, and the two sides will also sign some documents.")
    assert ("Q148", "03", "Q214", ASSERTED) in acts or ("Q214", "03", "Q148", ASSERTED) in acts


def test_a_plural_of_a_two_word_demonym_names_the_state() -> None:
    acts = _acts("South Korean officials held talks with the North Koreans on Monday.", dt.date(1997, 4, 22))
    assert ("Q884", "04", "Q423", ASSERTED) in acts or ("Q423", "04", "Q884", ASSERTED) in acts


def test_a_state_inside_an_aside_is_not_the_subject() -> None:
    acts = _acts(
        "Japanese Foreign Minister Taro Aso, now visiting Washington, met with Defense Secretary Donald "
        "Rumsfeld on Friday.",
        dt.date(2005, 12, 3),
    )
    assert ("Q17", "04", "Q30", ASSERTED) in acts


def test_an_offer_from_a_state_is_not_made_by_the_sentence_subject() -> None:
    acts = _acts("The Iranians gave their answer to a long-standing formal offer from the United States and Britain.")
    assert not {a for a in acts if a[0] == "Q794" and a[1] == "03"}


def test_a_courtesy_call_paid_in_a_subordinate_clause_is_a_meeting() -> None:
    acts = _acts(
        "The Malaysian ambassador spoke after paying a courtesy call on Zimbabwean Vice President Joseph Msika.",
        dt.date(2005, 11, 17),
    )
    assert ("Q833", "04", "Q954", ASSERTED) in acts


def test_they_opening_a_sentence_stands_for_the_list_that_opened_the_one_before() -> None:
    acts = _acts(
        "Argentina and Brazil have made it clear that they will not join the trade area. "
        "They complain that Washington's subsidies would hurt farmers."
    )
    assert {("Q414", "11", "Q30", ASSERTED), ("Q155", "11", "Q30", ASSERTED)} <= acts


def test_they_with_no_list_opening_the_sentence_before_stands_for_no_state() -> None:
    acts = _acts("Officials from Argentina and Brazil met on Monday. They complain that Washington's subsidies hurt.")
    assert not {a for a in acts if a[1] == "11"}


@pytest.mark.parametrize(
    "text",
    [
        "Hungary turned down the request on Friday. It also criticised Serbia for closing the border crossing.",
        "The Chilean government extended its fishing limits. It later criticised Peru over the trawlers.",
        "Hungary turned down the request. It then opened its border. It also criticised Serbia for the delay.",
    ],
)
def test_it_opening_a_sentence_stands_for_the_state_that_opened_the_one_before(text: str) -> None:
    acts = _acts(text)
    opener = "Q28" if text.startswith("Hungary") else "Q298"
    target = "Q403" if opener == "Q28" else "Q419"
    assert (opener, "11", target, ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        # the state is a modifier of the subject, not the subject
        "Hungary's oil company raised its prices. It also criticised Serbia for the delay.",
        "Hungarian officials turned down the request. It also criticised Serbia for the delay.",
        # "It" props up a copula: no state is its subject
        "Hungary turned down the request. It was criticised Serbia for weeks, the paper said.",
    ],
)
def test_it_opening_a_sentence_stands_for_no_state_unless_one_was_the_subject_before(text: str) -> None:
    assert ("Q28", "11", "Q403", ASSERTED) not in _acts(text)


def test_a_state_after_with_the_new_is_governed_by_the_preposition() -> None:
    acts = _acts(
        "Chinese President Hu Jintao met Germany's new chancellor. China and Germany are partners. China "
        "will work together with the new German government to expand economic ties."
    )
    assert ("Q148", "03", "Q183", ASSERTED) in acts
    assert not {a for a in acts if a[0] == "Q183" and a[1] == "03"}


def test_a_state_an_infinitive_of_opposition_governs_is_no_target_of_aid() -> None:
    acts = _acts("Japan has given military aid elsewhere in Southeast Asia to counter China's influence.")
    assert not {a for a in acts if a[1] == "07" and a[2] == "Q148"}


def test_sanctions_to_isolate_a_state_are_aimed_at_it() -> None:
    acts = _acts("The United States imposed economic sanctions to isolate Moscow.")
    assert ("Q30", "16", "Q159", ASSERTED) in acts


def test_an_act_almost_done_is_not_done() -> None:
    acts = _acts("Japan said it had almost signed a treaty with South Korea.")
    assert not {a for a in acts if a[1] == "05" and a[3] == ASSERTED}


def test_an_act_likely_to_happen_has_not_happened() -> None:
    acts = _acts("Japan is likely to sign a fisheries treaty with South Korea.")
    assert ("Q17", "05", "Q884", ASSERTED) not in acts


def test_who_joins_others_in_an_act_does_it_with_them() -> None:
    acts = _acts("Germany joined the United States and Britain in criticising China's crackdown.")
    assert {(actor, "11", "Q148", ASSERTED) for actor in ("Q183", "Q30", "Q145")} <= acts


def test_who_refuses_to_join_an_act_has_not_done_it() -> None:
    acts = _acts("Britain refused to join France in condemning Russia.")
    assert ("Q142", "11", "Q159", ASSERTED) in acts
    assert ("Q145", "11", "Q159", ASSERTED) not in acts


def test_who_joins_others_in_signing_is_a_party_to_the_signing() -> None:
    text = (
        "The Thai prime minister joined the heads of government of Cambodia, Laos and Vietnam in signing the "
        "Bangkok Declaration on Thursday."
    )
    signings = [act for act in _read_acts(text, dt.date(2005, 11, 3)) if act.cameo[:2] == "05"]
    assert [{act.actor, *act.targets} for act in signings] == [{"Q869", "Q424", "Q819", "Q881"}]
    assert signings[0].symmetric


def test_a_leader_and_his_counterpart_are_listed_subjects() -> None:
    acts = _acts(
        "Japanese Prime Minister Shinzo Abe and his Indian counterpart signed a pact on Monday.", dt.date(2017, 5, 1)
    )
    assert ("Q17", "05", "Q668", ASSERTED) in acts


def test_speaking_with_several_leaders_is_one_conversation_each() -> None:
    text = (
        "President Barack Obama spoke with Polish President Bronislaw Komorowski, German Chancellor Angela "
        "Merkel and British premier David Cameron on Saturday."
    )
    acts = _acts(text, dt.date(2014, 3, 2))
    assert {("Q30", "04", other, ASSERTED) for other in ("Q183", "Q145", "Q36")} <= acts
    # no conversation between the three who were spoken with
    assert not [act for act in acts if act[0] in ("Q183", "Q145", "Q36") and act[2] in ("Q183", "Q145", "Q36")]


def test_threatened_sanctions_are_a_threat_not_sanctions() -> None:
    for text in (
        "Washington threatened Iran with new economic sanctions.",
        "The US threatened new sanctions against Iran.",
    ):
        acts = _acts(text)
        assert ("Q30", "13", "Q794", ASSERTED) in acts
        assert not [act for act in acts if act[1] == "16"]


def test_talks_called_for_have_not_been_held() -> None:
    assert not [act for act in _acts("Germany called for talks with Russia to end the crisis.") if act[1] == "04"]


@pytest.mark.parametrize(
    ("text", "actor", "root", "target"),
    [
        ("The American embassy in Moscow condemned Iran.", "Q30", "11", "Q794"),
        ("Chinese diplomats in Japan protested to South Korea.", "Q148", "11", "Q884"),
        ("The Russian troops in Syria attacked Turkish units.", "Q159", "19", "Q43"),
    ],
)
def test_a_state_organ_placed_abroad_acts_for_its_own_state(text: str, actor: str, root: str, target: str) -> None:
    acts = _acts(text)
    assert (actor, root, target, ASSERTED) in acts
    assert not [act for act in acts if act[0] not in (actor,) and act[1] == root]


def test_an_attack_a_state_would_not_make_is_no_threat() -> None:
    acts = _acts("He announced the US would not attack Syria, not yet anyway.")
    assert not [act for act in acts if act[1] in ("13", "19") and act[3] == ASSERTED]


@pytest.mark.parametrize(
    ("text", "actor", "root", "target"),
    [
        (
            "Putin said Washington had known the route of the Russian bomber, shot down by Turkey on Tuesday.",
            "Q43",
            "19",
            "Q159",
        ),
        (
            "Talks stalled over a settlement with Bashar al-Assad's regime, backed by Moscow and Tehran.",
            "Q159",
            "05",
            "Q858",
        ),
    ],
)
def test_a_participle_without_was_takes_its_doer_from_by_and_its_target_from_what_it_describes(
    text: str, actor: str, root: str, target: str
) -> None:
    assert (actor, root, target, ASSERTED) in _acts(text, dt.date(2015, 11, 26))


def test_a_document_condemning_a_state_is_its_authors_act_not_the_act_of_who_handles_it() -> None:
    acts = _acts("France said it would not support a yearly resolution condemning China's record on human rights.")
    assert not [act for act in acts if act[1] == "11"]  # the resolution's author is not named
    acts = _acts("The vote in effect buries a Danish motion criticizing Chinese rights abuses.")
    assert ("Q35", "11", "Q148", ASSERTED) in acts


def test_a_states_relation_named_with_an_appositive_is_the_target() -> None:
    acts = _acts("Japan condemned North Korea's main backer, China, on Wednesday.")
    assert ("Q17", "11", "Q148", ASSERTED) in acts
    assert ("Q17", "11", "Q423", ASSERTED) not in acts


@pytest.mark.parametrize(
    ("text", "date", "actor", "target"),
    [
        (
            "Chinese President Hu Jintao held talks with his Spanish counterpart in Madrid on Monday.",
            dt.date(2005, 11, 10),
            "Q148",
            "Q29",
        ),
        (
            "Chinese Foreign Minister Li Zhaoxing held telephone talks with his Syrian counterpart on Monday.",
            dt.date(2005, 11, 22),
            "Q148",
            "Q858",
        ),
        (
            "Italian Prime Minister Romano Prodi travelled to the Albanian port of Vlore for talks with his "
            "Albanian counterpart, Prime Minister Bashkim Fino.",
            dt.date(1997, 4, 2),
            "Q38",
            "Q222",
        ),
    ],
)
def test_talks_with_his_counterpart_are_talks_with_the_counterparts_state(
    text: str, date: dt.date, actor: str, target: str
) -> None:
    acts = _acts(text, date)
    assert (actor, "04", target, ASSERTED) in acts or (target, "04", actor, ASSERTED) in acts


def test_every_state_listed_as_the_subject_of_a_passive_is_a_target() -> None:
    acts = _acts("Iran, Syria and North Korea were criticised by the United States.")
    assert {("Q30", "11", target, ASSERTED) for target in ("Q794", "Q858", "Q423")} <= acts


def test_the_two_sides_alone_in_a_sentence_act_as_the_articles_pair() -> None:
    text = (
        "Chinese President Hu Jintao held talks with his Spanish counterpart in Madrid on Monday.\n\n"
        "Hu said China attaches great importance to its relations with Spain. He thanked Spain for its support.\n\n"
        "The Spanish prime minister said Spain is willing to work with China.\n\n"
        "The two sides signed several cooperation agreements after the talks."
    )
    article = Article(id="pair-case", text=text, date=dt.date(2005, 11, 10))
    extraction = _pipeline().extract(article)
    last = extraction.sentences[-1].index
    signed = [act for act in extraction.acts if act.sentence == last and act.cameo == "057"]
    assert [{act.actor, *act.targets} for act in signed] == [{"Q148", "Q29"}]


def test_the_people_of_a_state_are_a_target_for_it_but_act_for_no_state() -> None:
    acts = _acts(
        "French President Jacques Chirac expressed his condolences to the Lebanese people.", dt.date(2006, 11, 10)
    )
    assert ("Q142", "01", "Q822", ASSERTED) in acts
    assert not _acts("The Iraqi people protested against the United States.")


def test_a_leader_on_a_visit_to_a_state_visits_it() -> None:
    acts = _acts("The German chancellor is on a two-day visit to India.", dt.date(2006, 11, 10))
    assert ("Q183", "04", "Q668", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin told reporters after talks with German Chancellor Angela Merkel that the "
        "ceasefire held.",
        "Russian President Vladimir Putin made the remarks during a meeting with German Chancellor Angela Merkel.",
        "Russian President Vladimir Putin said in a telephone call with German Chancellor Angela Merkel that the "
        "ceasefire held.",
        "Speaking after talks with German Chancellor Angela Merkel, Russian President Vladimir Putin said the "
        "ceasefire held.",
        "After a brief meeting with German Chancellor Angela Merkel on Friday, Russian President Vladimir "
        "Putin said the truce held.",
    ],
)
def test_a_meeting_in_an_adverbial_is_the_main_clause_subjects(text: str) -> None:
    assert ("Q159", "04", "Q183", ASSERTED) in _acts(text, dt.date(2015, 2, 12))


@pytest.mark.parametrize(
    "text",
    [
        # the meeting's with-phrase belongs to another noun, or the talks are the subject of their own verb
        "U.S. President Barack Obama took questions during a news conference about the deal reached with Iran.",
        "After talks with Iran collapsed, the United States imposed sanctions on Tehran.",
        "Israel is opposed to French mediation in any peace negotiations with Syria.",
    ],
)
def test_a_meeting_in_an_adverbial_needs_its_own_partner(text: str) -> None:
    assert not {act for act in _acts(text, dt.date(2015, 7, 15)) if act[1] == "04"}


def test_a_verb_before_a_comma_does_not_make_the_next_name_its_object() -> None:
    text = "Chinese President Hu Jintao left Beijing. After his tour, Hu will visit Laos from Nov. 19 to 20."
    assert ("Q148", "04", "Q819", HYPOTHETICAL) in _acts(text, dt.date(2006, 11, 7))


def test_a_state_across_a_preposition_does_not_premodify_a_nominal_act() -> None:
    acts = _acts(
        "Russian President Vladimir Putin criticised Ukraine after talks with German Chancellor Angela Merkel.",
        dt.date(2015, 2, 12),
    )
    assert ("Q159", "04", "Q183", ASSERTED) in acts
    assert not any(act[0] == "Q212" for act in acts)


def test_a_relative_who_clause_acts_for_the_person_it_follows() -> None:
    acts = _acts(
        "Jordanian King Abdullah said he had told US President Bush, who visited Jordan in late November, "
        "that the region faced three civil wars.",
        dt.date(2006, 12, 22),
    )
    assert ("Q30", "04", "Q810", ASSERTED) in acts


def test_the_states_listed_after_we_in_a_joint_statement_each_act() -> None:
    acts = _acts(
        "We, the foreign ministers of France and Germany, condemn the Russian annexation of Crimea.",
        dt.date(2014, 3, 20),
    )
    assert {(state, "11", "Q159", ASSERTED) for state in ("Q142", "Q183")} <= acts
    assert not _acts("We, the people of France, condemn Russia.", dt.date(2014, 3, 20))


@pytest.mark.parametrize(
    "text",
    [
        "Denmark tabled a resolution condemning China.",
        "The Danish foreign ministry issued a statement condemning China.",
    ],
)
def test_who_puts_forward_a_document_condemning_a_state_condemns_it(text: str) -> None:
    assert ("Q35", "11", "Q148", ASSERTED) in _acts(text, dt.date(1997, 4, 15))


def test_a_document_no_state_puts_forward_condemns_for_no_state() -> None:
    assert not _acts("The Security Council adopted a resolution condemning North Korea.", dt.date(2006, 10, 15))


def test_a_visit_to_a_state_by_another_is_the_visitors() -> None:
    acts = _acts("It follows a visit to Thailand by the Polish prime minister last year.", dt.date(1997, 4, 18))
    assert ("Q36", "04", "Q869", ASSERTED) in acts


def test_a_blocked_trip_is_no_visit_but_a_reduction_of_relations() -> None:
    acts = _acts("China blocked a trip to Beijing by the Dutch economic minister.", dt.date(1997, 4, 15))
    assert ("Q148", "16", "Q55", ASSERTED) in acts
    assert not {act for act in acts if act[1] in ("03", "04") and act[3] == ASSERTED}


def test_ruling_out_work_with_states_rejects_each_of_them() -> None:
    acts = _acts(
        "US President George W. Bush has ruled out cooperating with Iraq's neighbours Iran and Syria on security."
    )
    assert {("Q30", "12", "Q794", ASSERTED), ("Q30", "12", "Q858", ASSERTED)} <= acts
    assert not any(act[2] == "Q796" for act in acts)


def test_a_who_clause_after_a_place_name_has_no_state_subject() -> None:
    text = "Said Andreas Krieg, a professor at King's College London who also cooperates with the Qatar Armed Forces."
    assert not _acts(text, dt.date(2016, 6, 21))


def test_two_leaders_of_one_state_meeting_a_third_are_one_party() -> None:
    acts = _acts(
        "Chinese President Hu Jintao and Chinese Premier Wen Jiabao will hold talks with US President George W. Bush.",
        dt.date(2005, 11, 19),
    )
    assert ("Q148", "04", "Q30", HYPOTHETICAL) in acts
    assert ("Q148", "03", "Q30", ASSERTED) in acts


def test_a_state_inside_a_relative_clause_is_not_the_main_clauses_subject() -> None:
    acts = _acts(
        "Turkey and Israel, whose relations stayed frozen through years of the Arab-Israeli dispute, boosted "
        "their ties to a new level in 1996.",
        dt.date(1997, 4, 3),
    )
    assert ("Q43", "03", "Q801", ASSERTED) in acts
    acts = _acts(
        "The new leader, who was India's foreign minister in two earlier cabinets, promised normal ties with Pakistan.",
        dt.date(1997, 4, 20),
    )
    assert ("Q668", "03", "Q843", ASSERTED) in acts


def test_a_state_inside_a_prefixed_modifier_is_no_subject() -> None:
    acts = _acts(
        "Musharraf said Pakistan firmly adheres to the one-China policy and supports China's reunification.",
        dt.date(2006, 11, 20),
    )
    assert ("Q843", "05", "Q148", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani President Pervez Musharraf expressed appreciation for China's support.",
        "Pakistani President Pervez Musharraf expressed gratitude to China for its long-term assistance.",
    ],
)
def test_appreciation_and_gratitude_to_a_state_are_praise(text: str) -> None:
    assert ("Q843", "05", "Q148", ASSERTED) in _acts(text, dt.date(2006, 11, 20))


def test_every_state_listed_as_the_doer_of_a_nominal_act_does_it() -> None:
    acts = _acts(
        "The United States, Britain and France launched airstrikes against Syrian government targets.",
        dt.date(2018, 4, 14),
    )
    assert {(state, "19", "Q858", ASSERTED) for state in ("Q30", "Q145", "Q142")} <= acts


def test_states_that_join_an_act_later_are_no_targets_of_it() -> None:
    acts = _acts(
        "French and Egyptian warships on Sunday launched a week of naval war games, expected to be joined in "
        "coming days by Italian and German ships.",
        dt.date(2000, 1, 10),
    )
    assert not any(act[2] in ("Q38", "Q183") for act in acts)


def test_who_travels_to_a_place_for_talks_holds_them_there() -> None:
    acts = _acts(
        "Secretary of State John Kerry will head to Kyiv on Sunday for talks there Monday, the State Department said.",
        dt.date(2014, 3, 2),
    )
    assert ("Q30", "04", "Q212", HYPOTHETICAL) in acts
    assert not any(act[0] == "Q212" for act in acts)


def test_a_state_hosting_talks_between_two_others_hosts_both_and_they_meet() -> None:
    acts = _acts("Djibouti hosted talks between Ethiopia and Eritrea.", dt.date(2006, 12, 10))
    assert {("Q977", "04", "Q115", ASSERTED), ("Q977", "04", "Q986", ASSERTED)} <= acts
    assert ("Q115", "04", "Q986", ASSERTED) in acts


def test_what_a_leader_said_in_a_letter_to_another_is_a_letter() -> None:
    acts = _acts(
        "Macedonian President Branko Crvenkovski said in his letter to France's Jacques Chirac that EU "
        "candidacy would be a chance not to miss.",
        dt.date(2005, 12, 14),
    )
    assert ("Q221", "01", "Q142", ASSERTED) in acts


def test_a_letter_named_again_is_the_letter_already_coded_by_its_content() -> None:
    text = (
        "Macedonia's president on Tuesday sent a letter to the French president pleading for Paris to soften "
        "its position.\n\nMacedonian President Branko Crvenkovski said in his letter to France's Jacques "
        "Chirac that EU candidacy would be a chance not to miss."
    )
    acts = _acts(text, dt.date(2005, 12, 14))
    assert ("Q221", "02", "Q142", ASSERTED) in acts
    assert ("Q221", "01", "Q142", ASSERTED) not in acts


def test_a_pledge_at_home_implies_no_partner_state() -> None:
    met = "Chinese Premier Wen Jiabao met Russian President Vladimir Putin in Moscow on Monday. "
    at_home = _acts(met + "Wen vowed to boost social programs for the poor.", dt.date(2006, 11, 10))
    assert [act for act in at_home if act[1] == "03"] == []
    abroad = _acts(met + "Wen vowed to expand trade.", dt.date(2006, 11, 10))
    assert ("Q148", "03", "Q159", ASSERTED) in abroad


def test_readiness_or_agreement_at_home_implies_no_partner_state() -> None:
    met = "Iranian President Mahmoud Ahmadinejad met Russian President Vladimir Putin in Moscow on Monday. "
    acts = _acts(met + "Iran is ready to hide its uranium enrichment if threatened.", dt.date(2006, 12, 15))
    assert [act for act in acts if act[1] == "03"] == []


def test_going_somewhere_unnamed_implies_no_visit_to_the_other_state() -> None:
    text = (
        "Iraqi judge Raouf Abdel-Rahman spoke on Monday. Iraq has accused the United States of interference. "
        "The Iraqi government met US officials in Baghdad. A U.S. official came to his office and told him what to do."
    )
    article = Article(id="trip-case", text=text, date=dt.date(2006, 11, 27))
    trips = [act for act in _pipeline().extract(article).acts if act.rule.startswith("act.travel-to")]
    assert trips == []


def test_whom_a_leader_told_something_in_a_call_is_the_calls_partner() -> None:
    acts = _acts(
        "Russian President Vladimir Putin told his U.S. counterpart Barack Obama, in a 90-minute telephone "
        "call, Moscow had the right to defend its citizens.",
        dt.date(2014, 3, 2),
    )
    assert ("Q159", "04", "Q30", ASSERTED) in acts


def test_a_capital_before_an_attack_is_where_it_struck_not_who_struck() -> None:
    text = "Three ISIS militants linked to the November 2015 Paris attacks have died in a US-led drone strike."
    assert not any(act[0] == "Q142" for act in _acts(text, dt.date(2017, 8, 8)))
    assert ("Q159", "19", "Q230", ASSERTED) in _acts("Moscow's attack on Georgia began in August.", dt.date(2008, 9, 1))


def test_the_actors_own_state_named_as_agent_of_a_threat_leaves_the_target_after_it() -> None:
    acts = _acts(
        "Kerry threatened tough economic sanctions by the United States and its allies to isolate Moscow.",
        dt.date(2014, 3, 2),
    )
    assert ("Q30", "13", "Q159", ASSERTED) in acts


def test_a_right_to_invade_is_no_invasion_but_a_threat() -> None:
    acts = _acts("Putin has now declared he has the right to invade Ukraine.", dt.date(2014, 3, 2))
    assert ("Q159", "19", "Q212", ASSERTED) not in acts
    assert ("Q159", "13", "Q212", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    ["Russia opposed sanctions against Iran.", "China rejected sanctions on North Korea."],
)
def test_sanctions_after_a_verb_in_the_past_are_its_object_not_a_sanction(text: str) -> None:
    assert not [act for act in _acts(text) if act[1] == "16"]


def test_opposing_a_plan_is_rejecting_it_and_opposing_conduct_is_criticism() -> None:
    assert ("Q858", "12", "Q30", ASSERTED) in _acts("Syria opposed the American peace plan on Monday.")
    assert ("Q148", "11", "Q30", ASSERTED) in _acts("China opposes interference by the United States.")


def test_whom_a_caller_urged_after_the_call_is_the_person_called() -> None:
    acts = _acts(
        "US President Trump called President Recep Tayyip Erdoğan of Turkey on Sunday and urged him to "
        "exercise caution in northern Syria.",
        dt.date(2019, 10, 16),
    )
    assert ("Q30", "02", "Q43", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q43"]
    assert not [act for act in acts if act[1] == "13"]  # "exercise caution" is no warning


def test_what_is_discussed_is_the_topic_and_the_partner_comes_with_with() -> None:
    acts = _acts(
        "Lavrov met Israeli officials in Jerusalem to discuss the Iranian presence in Syria.", dt.date(2018, 7, 25)
    )
    assert ("Q159", "04", "Q801", ASSERTED) in acts
    assert not [act for act in acts if "Q794" in act or "Q858" in act]
    assert ("Q159", "04", "Q43", ASSERTED) in _acts(
        "Putin discussed Syria with Erdogan on Monday.", dt.date(2016, 1, 1)
    )


def test_talks_held_in_a_capital_are_with_the_partner_named_after_it() -> None:
    acts = _acts(
        "Russian Foreign Minister Sergey Lavrov held lengthy talks in Jerusalem with Israeli leader Benjamin "
        "Netanyahu on Monday.",
        dt.date(2018, 7, 25),
    )
    assert ("Q159", "04", "Q801", ASSERTED) in acts


def test_a_decimal_amount_does_not_end_the_clause_of_an_aid_act() -> None:
    acts = _acts("Ireland has so far provided over €2.5 million in emergency funding to Lebanon.", dt.date(2020, 7, 1))
    assert ("Q27", "07", "Q822", ASSERTED) in acts


def test_a_participle_opening_the_subject_is_an_adjective_not_a_verb_taking_an_object() -> None:
    acts = _acts(
        "The detained American patrol boats were released by Iranian Revolutionary Guards at dawn.",
        dt.date(2016, 1, 13),
    )
    assert ("Q794", "08", "Q30", ASSERTED) in acts


def test_sanctions_on_a_states_organisations_aim_at_the_state_and_lifted_ones_are_not_imposed() -> None:
    imposed = _acts("The United States Treasury on Friday imposed sanctions on five Iranian organizations.")
    assert ("Q30", "16", "Q794", ASSERTED) in imposed
    lifted = _acts("US sanctions were lifted on two Turkish businessmen.")
    assert not [act for act in lifted if act[1] in ("13", "16") and act[3] == ASSERTED]


def test_what_a_state_is_denied_to_be_doing_is_negated() -> None:
    acts = _acts(
        "A Kremlin spokesman on Friday denied Moscow was imposing a food embargo on Turkey.", dt.date(2015, 11, 26)
    )
    assert ("Q159", "16", "Q43", ASSERTED) not in acts
    assert ("Q159", "16", "Q43", Modality.NEGATED.value) in acts
    # an accusation the other side denies was still made
    denied = _acts(
        "Erdogan denied Russian accusations that Turkey has bought oil from the group.", dt.date(2015, 11, 26)
    )
    assert ("Q159", "11", "Q43", ASSERTED) in denied


def test_a_state_after_a_verb_of_saying_is_the_subject_of_the_clause_it_opens() -> None:
    acts = _acts("Hill replied that the US was opposed to North Korea's missile tests.", dt.date(2006, 12, 16))
    assert ("Q30", "11", "Q423", ASSERTED) in acts


def test_an_attack_in_a_clause_after_evidence_is_not_the_holders() -> None:
    text = "Lavrov claimed Moscow had evidence that the chemical weapons attack in Syria was staged."
    assert not [act for act in _acts(text, dt.date(2018, 4, 13)) if act[1] == "19"]


def test_a_time_adjective_before_a_title_keeps_the_name_the_verbs_object() -> None:
    text = (
        "Prime Minister Benjamin Netanyahu called the new Australian Prime Minister Scott Morrison on Monday "
        "to congratulate him."
    )
    acts = _acts(text, dt.date(2018, 8, 29))
    assert ("Q801", "05", "Q408", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q408"]


def test_exercises_held_by_states_listed_together_are_a_joint_exercise() -> None:
    acts = _acts(
        "French and Egyptian warships on Sunday launched a week of naval war games in the eastern Mediterranean."
    )
    assert ("Q142", "06", "Q79", ASSERTED) in acts or ("Q79", "06", "Q142", ASSERTED) in acts
    assert not [act for act in _acts("China staged war games near Taiwan on Monday.") if act[1] == "06"]


def test_states_listed_after_a_plural_head_opening_the_clause_are_its_subject() -> None:
    acts = _acts("The armies of Brazil and Argentina performed joint war games in October.")
    assert ("Q155", "06", "Q414", ASSERTED) in acts or ("Q414", "06", "Q155", ASSERTED) in acts
    contacted = _acts(
        "Bush has contacted the leaders of Jordan, Saudi Arabia and Kuwait and asked them to help Iraq rebuild.",
        dt.date(2005, 12, 17),
    )
    assert not [act for act in contacted if act[0] in ("Q851", "Q810", "Q817")]


def test_a_participle_aside_after_the_subject_neither_hides_it_nor_makes_the_act_a_plan() -> None:
    text = (
        "US officials, still hoping to lure North Korea back to peace talks, held a meeting with Pyongyang's "
        "diplomats in New York on Monday."
    )
    assert ("Q30", "04", "Q423", ASSERTED) in _acts(text, dt.date(1997, 4, 22))
    # an appositive with a number in it is no such aside
    text = (
        "Pakistan, a close ally, has deployed 90,000 soldiers along the mountainous border to stop militants crossing."
    )
    assert not [act for act in _acts(text, dt.date(2006, 12, 4)) if act[1] == "19"]


def test_papers_accepted_from_several_states_bind_each_to_the_receiver_not_to_each_other() -> None:
    text = (
        "Poland, Hungary and the Czech Republic joined NATO on Friday. Secretary of State Madeleine Albright "
        "accepted the membership papers from the three countries' ministers."
    )
    agreements = {(a, t) for a, root, t, modality in _acts(text, dt.date(1999, 3, 12)) if root == "05"}
    assert {("Q30", "Q36"), ("Q30", "Q28"), ("Q30", "Q213")} <= agreements
    assert not {pair for pair in agreements if "Q30" not in pair}


def test_an_offer_under_consideration_is_no_intention_expressed() -> None:
    acts = _acts(
        "The U.S. and its European allies are looking into offering a diplomatic exit to Russia.", dt.date(2014, 3, 2)
    )
    assert not [act for act in acts if act[1] == "03" and act[3] == ASSERTED]


def test_a_state_in_a_that_clause_after_a_nominal_act_done_is_not_its_target() -> None:
    text = (
        "Turkish commanders went to Moscow ahead of the Turkish invasion to obtain guarantees that Russian "
        "jets would not attack Turkish troops."
    )
    assert ("Q43", "19", "Q159", ASSERTED) not in _acts(text, dt.date(2018, 1, 22))
    # a relative "that" right after the noun keeps its clause
    assert ("Q159", "04", "Q796", ASSERTED) in _acts("Russia's talks that started last year with Iraq went well.")


def test_a_bombardment_of_a_states_neighbourhood_hits_that_state_and_is_done_by_the_subject() -> None:
    text = "The Syrian army on Friday stepped up its bombardment of an encircled Palestinian neighborhood."
    acts = _acts(text, dt.date(2018, 4, 20))
    assert ("Q858", "19", "Q219060", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q219060"]


def test_aid_under_consideration_is_neither_sent_nor_intended() -> None:
    acts = _acts("Kazakhstan is considering sending aid to its poor neighbor Kyrgyzstan.", dt.date(2010, 5, 1))
    assert not [act for act in acts if act[3] == ASSERTED]


def test_talks_fronted_before_a_listed_subject_were_held_by_its_parties_and_are_planned_when_the_clause_is() -> None:
    signed = "After the talks, Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma signed a treaty."
    acts = _acts(signed, dt.date(1998, 2, 27))
    assert ("Q159", "04", "Q212", ASSERTED) in acts or ("Q212", "04", "Q159", ASSERTED) in acts
    statement = (
        "In their joint statement issued after the talks, Russian President Boris Yeltsin and Ukrainian President "
        "Leonid Kuchma called for the ratification of the treaty."
    )
    acts = _acts(statement, dt.date(1998, 2, 27))
    assert ("Q159", "04", "Q212", ASSERTED) in acts or ("Q212", "04", "Q159", ASSERTED) in acts
    planned = "During the meeting, France and Iraq are to discuss the situation in the region."
    assert not [act for act in _acts(planned) if act[1] == "04" and act[3] == ASSERTED]


def test_a_plural_possessive_group_holds_the_talks_named_after_it() -> None:
    text = "The U.S.-Vietnam relationship is forward looking, said a statement issued after the two leaders' talks."
    acts = _acts(text, dt.date(2006, 11, 17))
    assert ("Q30", "04", "Q881", ASSERTED) in acts or ("Q881", "04", "Q30", ASSERTED) in acts


def test_a_state_inside_a_compound_modifier_is_not_the_target() -> None:
    text = "The Syrian regime vowed to win back control by removing any US-backed Kurdish force."
    assert not [act for act in _acts(text, dt.date(2018, 1, 16)) if "Q30" in act]
    text = "US troops have long served as a buffer between US-allied Kurdish fighters and neighbouring Turkey."
    assert not [act for act in _acts(text, dt.date(2018, 12, 20)) if act[0] == "Q858"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel will respond if Iran attacks Saudi Arabia.",
        "Russian officials warned of a clash if Donald Trump orders a military attack on Syria.",
        "Peskov confirmed the hotline ahead of an anticipated US attack on Syria.",
    ],
)
def test_force_under_a_condition_or_expected_by_others_is_neither_done_nor_threatened(text: str) -> None:
    acts = _acts(text, dt.date(2018, 4, 10))
    assert not [act for act in acts if act[1] in ("13", "19") and act[0] != "Q159" and act[3] == ASSERTED]


def test_force_promised_is_a_threat_and_no_attack() -> None:
    acts = _acts("Trump has stepped back from his promise of a military attack on Syria.", dt.date(2018, 4, 12))
    assert ("Q30", "13", "Q858", ASSERTED) in acts
    assert ("Q30", "19", "Q858", ASSERTED) not in acts
    assert ("Q30", "03", "Q858", ASSERTED) not in acts  # a promise of force is no pledge to cooperate


def test_missile_and_drone_strikes_are_attacks_and_a_victims_nationality_is_no_attacker() -> None:
    text = "U.S. forces on Thursday carried out cruise missile strikes against militant training camps in Afghanistan."
    assert ("Q30", "19", "Q889", ASSERTED) in _acts(text, dt.date(1998, 8, 20))
    victim = (
        "Sally Jones, a British member of Isis, is thought to have died in a drone strike near the Syria-Iraq border."
    )
    assert not [act for act in _acts(victim, dt.date(2017, 10, 12)) if act[0] == "Q145"]


def test_a_delegation_headed_by_an_official_leaving_for_a_capital_visits_that_state() -> None:
    text = (
        "A six-member delegation headed by Pakistani Foreign Secretary Riaz Khan left for New Delhi on "
        "Sunday to resume the composite dialogue with India."
    )
    acts = _acts(text, dt.date(2006, 11, 13))
    assert ("Q843", "04", "Q668", ASSERTED) in acts
    leaving = _acts(
        "Blair is about to leave for Turkey to begin a week-long trip through the region.", dt.date(2006, 12, 15)
    )
    assert ("Q145", "04", "Q43", ASSERTED) not in leaving
    assert ("Q145", "03", "Q43", ASSERTED) in leaving


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Officials briefed reporters when announcing President Joko Widodo's planned three-day visit to Japan.",
            dt.date(2016, 11, 23),
        ),
        ("In 2016, the UAE proposed normalising relations with Damascus.", dt.date(2018, 11, 23)),
    ],
)
def test_a_verb_used_as_a_noun_after_a_plan_is_not_yet_done(text: str, date: dt.date) -> None:
    acts = _acts(text, date)
    assert acts and not [act for act in acts if act[1] in ("04", "05") and act[3] == ASSERTED]


def test_a_list_of_states_closed_by_and_others_acts_as_each_of_them() -> None:
    acts = _acts("Japan, China, Turkey and other governments have sent relief supplies to Pakistan.")
    assert {(actor, root) for actor, root, target, _ in acts if target == "Q843"} >= {
        ("Q17", "07"),
        ("Q148", "07"),
        ("Q43", "07"),
    }
    # a place before the state is still no member: "In Turkey, Britain and other countries ..."
    assert {act[0] for act in _acts("In Turkey, Britain and other countries condemned Iran.")} == {"Q145"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Joint naval exercises were held by Russia and China last week.", "06"),
        ("Talks were held by Iran and Iraq.", "04"),
    ],
)
def test_a_joint_act_in_the_passive_is_between_the_states_listed_as_its_agent(text: str, root: str) -> None:
    pairs = {(actor, target) for actor, act_root, target, modality in _acts(text) if act_root == root}
    assert pairs & {("Q159", "Q148"), ("Q148", "Q159"), ("Q794", "Q796"), ("Q796", "Q794")}


@pytest.mark.parametrize(
    "text",
    [
        "Germany deplored the decision by the United States to pull out of the arms treaty with Russia.",
        "Germany deplored the US decision to pull out of the arms treaty with Russia.",
    ],
)
def test_whose_decision_it_is_does_what_is_decided_not_the_critic(text: str) -> None:
    acts = _acts(text, dt.date(2019, 2, 2))
    assert ("Q30", "16", "Q159") in {act[:3] for act in acts}
    assert not [act for act in acts if act[0] == "Q183" and act[2] == "Q159"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts in Tokyo worry about a North Korean threat to attack islands of South Korea.",
        "North Korea's threat to attack South Korea alarmed Tokyo.",
    ],
)
def test_a_threat_to_attack_is_a_threat_and_no_attack(text: str) -> None:
    acts = _acts(text)
    assert ("Q423", "13", "Q884", ASSERTED) in acts
    assert ("Q423", "19", "Q884", ASSERTED) not in acts


@pytest.mark.parametrize(
    "text",
    [
        "France is mulling sending troops to Mali.",
        "France is weighing sending troops to Mali.",
        "France explores imposing sanctions on Iran.",
        "France is considering sending troops to Mali.",
    ],
)
def test_an_act_only_weighed_is_neither_done_nor_threatened(text: str) -> None:
    acts = _acts(text)
    assert acts and not [act for act in acts if act[3] == ASSERTED]


def test_a_title_between_a_verb_and_a_name_keeps_the_name_its_object() -> None:
    acts = _acts(
        "President George W. Bush met General Pervez Musharraf on Monday and condemned Iran.", dt.date(2002, 5, 1)
    )
    assert ("Q30", "11", "Q794", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q843" and act[2] == "Q794"]  # Musharraf is whom Bush met


def test_the_object_of_a_verb_is_not_looked_for_past_a_second_verb_of_the_subject() -> None:
    acts = _acts(
        "President George W. Bush met Chairman Yasser Arafat on Monday and condemned Iran.", dt.date(2002, 5, 1)
    )
    assert ("Q30", "11", "Q794", ASSERTED) in acts
    assert ("Q30", "04", "Q794", ASSERTED) not in acts  # Bush met Arafat, not Iran


def test_the_state_that_leads_a_nominal_attack_does_it() -> None:
    acts = _acts("Spain sent troops to Afghanistan months after the US-led invasion of Afghanistan.")
    assert ("Q30", "19", "Q889", ASSERTED) in acts
    assert ("Q29", "19", "Q889", ASSERTED) not in acts


def test_an_audience_at_home_as_the_object_implies_no_partner_state() -> None:
    text = (
        "Australian Prime Minister Malcolm Turnbull met Donald Trump in New York. Trump assured the crowd it went well."
    )
    acts = _acts(text, dt.date(2017, 5, 5))
    assert ("Q30", "03", "Q408", ASSERTED) not in acts
    assert ("Q408", "04", "Q30", ASSERTED) in acts  # the meeting is still read


def test_a_visit_listed_with_what_was_cancelled_is_cancelled_too() -> None:
    acts = _acts("Australia has cancelled joint drills with Fiji, as well as a visit to Fiji by its defence chief.")
    assert not [act for act in acts if act[1] in ("03", "04") and act[3] == ASSERTED]


def test_whom_the_subject_told_in_a_fronted_call_is_the_partner() -> None:
    text = (
        "In a phone call on Monday, Lavrov told Iranian Foreign Minister Mohammad Javad Zarif the talks should go on."
    )
    assert ("Q159", "04", "Q794", ASSERTED) in _acts(text, dt.date(2016, 7, 19))


def test_an_agreement_signed_by_listed_leaders_is_signed_between_their_states() -> None:
    text = (
        "Both sides praised the accord signed by Indian Prime Minister Manmohan Singh and Chinese Premier Wen Jiabao."
    )
    acts = _acts(text, dt.date(2006, 11, 16))
    assert {(a, t) for a, root, t, m in acts if root == "05" and m == ASSERTED} & {("Q668", "Q148"), ("Q148", "Q668")}


def test_officials_sitting_down_for_talks_hold_talks() -> None:
    acts = _acts("Officials said Brazilian and Argentine negotiators would sit down for talks in Geneva next week.")
    assert {(a, t) for a, root, t, m in acts if root == "04"} & {("Q155", "Q414"), ("Q414", "Q155")}


def test_a_present_participle_after_is_is_active_not_passive() -> None:
    acts = _acts("Officials say Brazil is working together with the government of Argentina on the dam.")
    assert ("Q155", "06", "Q414", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q414"]


def test_a_charge_rejected_by_a_state_is_rejected_towards_whoever_made_it() -> None:
    acts = _acts("Britain accuses Syria of hiding chemical weapons, a charge rejected by Damascus as baseless.")
    assert ("Q858", "12", "Q145", ASSERTED) in acts


def test_a_state_behind_an_anti_prefix_is_no_agent_of_a_passive() -> None:
    acts = _acts("Siniora heads a government backed by an anti-Syrian majority in parliament.", dt.date(2006, 12, 1))
    assert not [act for act in acts if act[0] == "Q858" and act[1] == "05"]


def test_a_meeting_with_the_holder_of_an_office_of_a_state_is_with_the_state() -> None:
    text = "The Chinese premier told reporters after a meeting with the prime minister of Nepal that ties were good."
    assert ("Q148", "04", "Q837", ASSERTED) in _acts(text, dt.date(2016, 3, 21))


def test_a_state_deep_in_what_was_said_is_no_subject_of_a_fronted_letter() -> None:
    acts = _acts(
        "In a letter to Prime Minister Theresa May, a Scottish MP said: I doubt that the strikes Washington wants "
        "are wise.",
        dt.date(2018, 4, 12),
    )
    assert not {a for a in acts if a[0] == "Q30"}


def test_a_state_opening_the_reported_clause_holds_the_fronted_meeting() -> None:
    acts = _acts(
        "In a meeting with a visiting Togolese minister, the envoy said China and Togo enjoy deep friendship.",
        dt.date(2005, 11, 24),
    )
    assert ("Q148", "04", "Q945", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "A Hungarian foreign ministry spokesman spoke on Monday. The spokesman also criticised Serbia for the delay.",
        "A spokesman for the Hungarian embassy in Vienna spoke. The spokesman later criticised Serbia for the delay.",
    ],
)
def test_an_agent_named_alone_acts_for_the_state_whose_agent_was_named_before(text: str) -> None:
    assert ("Q28", "11", "Q403", ASSERTED) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        # two states' spokesmen named before: "the spokesman" could be either
        "Hungarian and Austrian spokesmen met. A Hungarian spokesman and an Austrian spokesman spoke. "
        "The spokesman criticised Serbia for the delay.",
        # "official" as an adjective is no agent
        "A Hungarian official spoke. The official news agency criticised Serbia for the delay.",
    ],
)
def test_an_agent_named_alone_stands_for_no_state_unless_one_states_agent_was_named(text: str) -> None:
    assert not {a for a in _acts(text) if a[1] == "11" and a[2] == "Q403"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Syria's foreign ministry spokesman met the press on Sunday. Later the spokesman denounced Turkey.",
            ("Q858", "11", "Q43"),
        ),
        ("Sweden's King Carl Gustaf toured Oslo. At dinner the king praised Norway warmly.", ("Q34", "05", "Q20")),
        ("Mongolia's president met Kazakhstan's envoy on Friday.", ("Q711", "04", "Q232")),
        ("Syria's leader condemned Jordan for the arrests.", ("Q858", "11", "Q810")),
        ("Chilean President Bachelet spoke in Lima. She said her country backed Peru fully.", ("Q298", "05", "Q419")),
        (
            "Kenyan President Kibaki spoke on Friday. The president this week accused Somalia of harbouring rebels.",
            ("Q114", "11", "Q1045"),
        ),
    ],
)
def test_a_verb_after_a_state_nominal_or_title_is_its_verb(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text)


def test_a_participle_after_a_plain_noun_is_no_verb_of_a_state() -> None:
    acts = _acts("Two Japanese hostages freed on Tuesday when Peruvian troops stormed the compound flew home.")
    assert not [act for act in acts if act[1] == "08"]


def test_talks_offered_from_a_state_are_not_held_there() -> None:
    acts = _acts("India's premier rejected a new offer from Nepal for direct talks on the border.")
    assert ("Q668", "12", "Q837", ASSERTED) in acts
    assert not [act for act in acts if act[1] == "04" and act[3] == ASSERTED]


def test_a_state_after_a_reported_that_is_the_subject_of_the_clause() -> None:
    acts = _acts("The Elysee disclosed that Mali's government has asked France to send troops.")
    assert ("Q912", "02", "Q142", ASSERTED) in acts
    assert not [act for act in acts if act[0] == "Q142" and act[1] == "02"]


def test_a_partner_in_doing_an_act_is_not_its_target() -> None:
    acts = _acts("Jordan's air force said it had bombed Raqqa in coordination with the United States.")
    assert not [act for act in acts if act[2] == "Q30"]


def test_a_state_that_came_under_criticism_from_another_is_its_target() -> None:
    assert ("Q17", "11", "Q408", ASSERTED) in _acts("Australia came under sharp criticism from Japan over whaling.")


def test_blocking_a_document_against_a_state_is_no_act_on_that_state() -> None:
    acts = _acts("Beijing vetoed a draft resolution condemning Myanmar for the crackdown.")
    assert not [act for act in acts if act[0] == "Q148" and act[2] == "Q836"]
    # a document with a state of its own still speaks for it (whether the blocked motion counts as done is
    # another matter)
    kept = _acts("Moscow blocked a Dutch motion criticising Syria over the shelling.")
    assert [act for act in kept if act[:3] == ("Q55", "11", "Q858")]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Poland responded by expelling two Belarusian diplomats.", ("Q36", "16", "Q184")),
        ("Beijing sought to pressure Tokyo by threatening Hanoi.", ("Q148", "13", "Q881")),
        ("Egypt's president telephoned the Sudanese leader on Sunday.", ("Q79", "04", "Q1049")),
    ],
)
def test_gerunds_after_by_and_verbs_after_a_possessive_title_act_for_the_subject(
    text: str, act: tuple[str, str, str]
) -> None:
    acts = _acts(text)
    assert (*act, ASSERTED) in acts
    assert not [a for a in acts if a[0] != act[0]]


def test_sanctions_imposed_on_a_state_by_another_are_the_agents() -> None:
    assert ("Q664", "16", "Q423", ASSERTED) in _acts("Tough sanctions were imposed on North Korea by New Zealand.")
    # "new sanctions" is a noun, never the verb "sanctions" with the state before it as its subject
    hit = _acts("Belarus was hit with new sanctions by Lithuania and Latvia.")
    assert not [act for act in hit if act[0] == "Q184"]


def test_officials_from_a_list_of_states_that_meet_are_the_parties() -> None:
    acts = _acts("Negotiators from Ethiopia and Egypt met in Khartoum on Monday.")
    assert {("Q115", "04", "Q79", ASSERTED)} <= acts or {("Q79", "04", "Q115", ASSERTED)} <= acts


def test_envoys_expelled_from_a_state_are_expelled_by_it() -> None:
    assert ("Q39", "16", "Q43", ASSERTED) in _acts("Three Turkish diplomats were expelled from Switzerland on Friday.")


def test_a_gerund_called_for_and_sanctions_a_state_was_hit_with_keep_their_parties() -> None:
    assert ("Q148", "03", "Q1041", ASSERTED) in _acts("Beijing called for deepening cooperation with Senegal.")
    assert ("Q16", "16", "Q184", ASSERTED) in _acts("Belarus was slapped with sanctions by Canada.")


def test_a_second_infinitive_shares_the_first_ones_subject() -> None:
    # whose decision the first infinitive is, the second is too
    blocked = _acts(
        "Beijing decided to put off exchanges of visits with Denmark and to block a trip to Beijing by a Dutch "
        "minister.",
        dt.date(1997, 4, 15),
    )
    assert ("Q148", "16", "Q55", ASSERTED) in blocked
    # and whom a state urged to do the first, it urged to do the second: neither is the urging state's own act
    urged = _acts("Iran urged Iraq to expel US troops and to condemn Israel.", dt.date(2019, 4, 15))
    assert ("Q796", "11", "Q801", HYPOTHETICAL) in urged
    assert not [a for a in urged if a[0] == "Q794" and a[2] == "Q801"]


def test_a_subject_set_off_by_an_appositive_after_a_subordinator_is_still_the_subject() -> None:
    acts = _acts("It happened after The Hague, then chairing the EU, criticised China.", dt.date(1997, 4, 15))
    assert ("Q55", "11", "Q148", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "The president asked them to support Iraq.",
        "The president has urged the Gulf states to support Iraq.",
        "The president urged the international community to support Iraq.",
        "The president appealed to the international community to support Iraq.",
    ],
)
def test_what_unnamed_others_are_asked_to_do_is_neither_the_askers_act_nor_aimed_at_the_state_it_concerns(
    text: str,
) -> None:
    acts = _acts(text.replace("The president", "Obama"), dt.date(2015, 1, 1))
    assert not [a for a in acts if a[0] == "Q30" and a[2] == "Q796"]


def test_a_pronoun_that_stands_for_a_leader_is_whom_the_control_verb_addresses() -> None:
    text = "Trump phoned Erdogan, urging him to halt the offensive."
    assert ("Q30", "02", "Q43", ASSERTED) in _acts(text, dt.date(2019, 10, 16))


@pytest.mark.parametrize(
    "text",
    [
        "Obama said the best way to support Cuba was dialogue.",
        "Obama said it is time we supported Cuba.",
    ],
)
def test_a_way_or_a_time_to_act_names_no_act_done(text: str) -> None:
    assert ("Q30", "05", "Q241", ASSERTED) not in _acts(text, dt.date(2015, 1, 1))


def test_a_state_in_a_clause_after_a_subordinator_and_a_gerund_is_not_the_verbs_object() -> None:
    text = "Duterte made the trip only days after meeting Chinese officials."
    acts = _read_acts(text, dt.date(2016, 10, 31))
    # he met the Chinese officials; the visit he made did not go to China
    assert any(act.kind == "Meeting" and act.targets == ["Q148"] for act in acts)
    assert not any(act.kind == "Visit" and "Q148" in act.targets for act in acts)


def test_a_participle_right_after_a_noun_describes_that_noun_not_a_state_named_before() -> None:
    rebels = _acts("Zimbabwe sent soldiers to defend Kinshasa from rebels backed by Rwanda.", dt.date(2006, 12, 19))
    assert not [a for a in rebels if a[0] == "Q1037"]
    # a state organ stands for its state, and a participle after a comma describes the clause's subject
    organs = _acts("Syrian troops backed by Russia and Iran recaptured the town.", dt.date(2017, 6, 1))
    assert {("Q159", "05", "Q858", ASSERTED), ("Q794", "05", "Q858", ASSERTED)} <= organs
    aside = _acts("Syrian troops kept shelling the town, backed by Russian jets.", dt.date(2017, 6, 1))
    assert ("Q159", "05", "Q858", ASSERTED) in aside


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a state before "says the <noun>" is the speaker, not the noun's doer
        ("The US secretary of state says negotiations over Iran's programme will go on.", ("Q30", "04", "Q794")),
        # "any" makes the next word a noun: no attack was made
        ("A Russian spokeswoman says any attack against Syria would be reckless.", ("Q159", "19", "Q858")),
    ],
)
def test_what_a_speaker_names_is_not_the_speakers_act(text: str, wrong: tuple[str, str, str]) -> None:
    assert (*wrong, ASSERTED) not in _acts(text, dt.date(2018, 4, 12))


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # the state warned is the one that would do it, and it is not done
        ("Egypt warned Ethiopia against invading Sudan.", ("Q115", "19", "Q1049")),
        ("The United States urged Turkey to refrain from invading Syria.", ("Q43", "19", "Q858")),
    ],
)
def test_an_act_warned_against_is_the_warned_states_and_not_done(text: str, warned: tuple[str, str, str]) -> None:
    acts = _acts(text)
    assert (*warned, HYPOTHETICAL) in acts
    assert not any(a[1] == warned[1] and a[3] == ASSERTED for a in acts)


def test_a_nominal_act_warned_against_is_not_done() -> None:
    acts = _acts("Egypt warned Ethiopia against imposing sanctions on Sudan.")
    assert not any(a[1] == "16" and a[3] == ASSERTED for a in acts)


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("Bhutan turned down Nepal's offer of talks.", ("Q837", "03", "Q917")),
        ("Peru rejected Chile's demand to cut its military ties with Bolivia.", ("Q298", "10", "Q419")),
        ("Seoul accepted the Japanese apology.", ("Q17", "05", "Q884")),
    ],
)
def test_an_offer_demand_or_apology_a_state_answers_was_made_to_that_state(
    text: str, made: tuple[str, str, str]
) -> None:
    acts = _acts(text)
    assert (*made, ASSERTED) in acts
    # the state named in what was asked is not whom it was asked of
    assert not any(a[0] == made[0] and a[1] == made[1] and a[2] != made[2] for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia threatened on Monday to break relations with Russia.",
        "Georgia threatened last week to break relations with Russia.",
        "Georgia threatened, again, to break relations with Russia.",
    ],
)
def test_a_time_between_the_verb_and_its_infinitive_keeps_the_act_unperformed(text: str) -> None:
    acts = _acts(text)
    assert ("Q230", "13", "Q159", ASSERTED) in acts
    assert ("Q230", "16", "Q159", ASSERTED) not in acts


def test_talks_one_is_willing_to_hold_are_an_intention_not_talks_held() -> None:
    acts = _acts("South Korea expressed willingness to hold talks with North Korea.")
    assert ("Q884", "04", "Q423", ASSERTED) not in acts
    assert ("Q884", "03", "Q423", ASSERTED) in acts
    # a chance taken is an act done
    assert ("Q159", "04", "Q148", ASSERTED) in _acts(
        "Putin took the chance to hold talks with Xi Jinping.", dt.date(2019, 6, 5)
    )


@pytest.mark.parametrize(
    "text",
    [
        "A summit between Japan and China is under consideration, officials said.",
        "Talks between Japan and China are scheduled for next week.",
    ],
)
def test_a_meeting_under_consideration_or_scheduled_is_not_held(text: str) -> None:
    assert not any(a[1] == "04" and a[3] == ASSERTED for a in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Belarus denied that it had sent troops to Ukraine.",
        "Belarus denied it had sent troops to Ukraine.",
        "Belarus denied sending troops to Ukraine.",
        "Israel rejected claims that its forces had fired on Lebanon.",
        "Moscow disputed Ankara's claim that its bombers had violated Turkish airspace.",
    ],
)
def test_an_act_its_actor_denies_is_not_asserted(text: str) -> None:
    acts = _acts(text)
    assert any(a[3] == Modality.NEGATED.value for a in acts)
    assert not any(a[3] == ASSERTED for a in acts)


def test_the_parties_of_a_visit_a_protest_is_about_are_not_the_protests() -> None:
    acts = _acts("China lodged a formal protest with Japan over the visit.")
    assert ("Q148", "11", "Q17", ASSERTED) in acts
    assert not any(a[1] == "04" for a in acts)


def _kinds(text: str, date: dt.date = dt.date(2006, 5, 1)) -> set[tuple[str, str, str]]:
    """(actor, kind, target) of every act read from ``text`` as having happened."""
    return {
        (act.actor, act.kind, target)
        for act in _read_acts(text, date)
        if act.modality is Modality.ASSERTED
        for target in act.targets
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chile hosted the president of Peru for a two-day state visit.",
        "Chile hosted the president of Peru for a visit.",
    ],
)
def test_whom_a_state_hosted_for_a_visit_is_the_visitor(text: str) -> None:
    kinds = _kinds(text)
    assert ("Q419", "Visit", "Q298") in kinds
    assert ("Q298", "Visit", "Q419") not in kinds


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Sanctions were imposed on Iran by the European Union and Canada.", {"Q16"}),
        ("New sanctions were imposed on Iran by Canada, Australia and Japan.", {"Q16", "Q408", "Q17"}),
    ],
)
def test_every_state_listed_as_the_agent_of_a_passive_nominal_act_does_it(text: str, agents: set[str]) -> None:
    assert {a[0] for a in _acts(text) if a[1:] == ("16", "Q794", ASSERTED)} == agents


def test_states_that_pledge_to_work_together_pledge_it_to_each_other() -> None:
    acts = _acts("Egypt and Sudan pledged to work together on the dam dispute with Ethiopia.")
    assert {("Q79", "03", "Q1049", ASSERTED), ("Q1049", "03", "Q79", ASSERTED)} <= acts
    assert not any(a[2] == "Q115" for a in acts)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("An Australian citizen was arrested in China on spying charges.", ("Q148", "17", "Q408")),
        ("Two Japanese nationals were detained in China last month.", ("Q148", "17", "Q17")),
    ],
)
def test_foreigners_arrested_in_a_state_are_arrested_by_that_state(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text)


def test_no_state_arrests_its_own_people_or_people_of_no_state_by_place_alone() -> None:
    assert not _acts("A Chinese dissident was arrested in China.")
    assert not _acts("Ten people were arrested in France.")


def test_a_delegation_from_a_state_led_by_someone_acts_for_that_state() -> None:
    acts = _acts("A delegation from Laos led by its deputy prime minister visited Thailand last week.")
    assert ("Q819", "04", "Q869", ASSERTED) in acts


def test_private_people_from_a_state_do_not_act_for_it() -> None:
    assert not _acts("Students from Nigeria attended a conference in Ghana.")
    assert not _acts("Tourists from Nigeria visited Ghana.")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The European Union urged Russia and Turkey to cooperate on refugees.", "06"),
        ("Germany is asking France to send more troops to Mali.", "15"),
    ],
)
def test_what_a_state_is_asked_or_urged_to_do_is_neither_done_nor_its_intention(text: str, asked: str) -> None:
    acts = _acts(text)
    assert any(a[1] == asked and a[3] == HYPOTHETICAL for a in acts)
    assert not any(a[1] in (asked, "03") and a[3] == ASSERTED for a in acts)


def test_what_a_state_is_forced_to_do_is_done() -> None:
    assert ("Q159", "08", "Q230", ASSERTED) in _acts("Russia was forced to withdraw its troops from Georgia.")


def test_whom_a_leader_told_something_during_their_meeting_is_whom_he_met() -> None:
    text = "The Japanese prime minister told Duterte during their meeting that Japan stands with the Philippines."
    assert ("Q17", "04", "Q928", ASSERTED) in _acts(text, dt.date(2018, 6, 1))


@pytest.mark.parametrize(
    ("text", "date", "act"),
    [
        ("After meeting the French president, the German chancellor said talks went well.", "2023-11-15",
         ("Q183", "04", "Q142")),
        ("While visiting Moscow last week, the Chinese foreign minister criticized Japan.", "2023-11-15",
         ("Q148", "04", "Q159")),
        ("Upon arriving in Tokyo, the Indian prime minister praised Japan.", "2023-11-15", ("Q668", "04", "Q17")),
    ],
)  # fmt: skip
def test_a_participle_clause_fronted_before_the_main_clause_is_done_by_its_subject(
    text: str, date: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date.fromisoformat(date))


def test_a_fronted_participle_clause_whose_main_clause_has_no_state_agent_is_no_act() -> None:
    assert not _acts("On visiting the ruins of Aleppo, a British reporter said the city was devastated.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Russia invaded Ukraine on Thursday. Poland condemned the invasion.", ("Q36", "11", "Q159")),
        ("Japan apologised to South Korea for the wartime abuses. Seoul welcomed the apology.", ("Q884", "05", "Q17")),
        ("China held large military drills around Taiwan. The United States criticised the exercises.",
         ("Q30", "11", "Q148")),
        ("Germany returned looted bronzes to Nigeria on Tuesday. Nigeria praised the decision.",
         ("Q1033", "05", "Q183")),
    ],
)  # fmt: skip
def test_a_reaction_to_an_act_named_by_a_noun_is_aimed_at_whoever_did_it(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2022, 3, 1))


def test_a_reaction_to_a_states_own_latest_move_is_aimed_at_no_earlier_act_of_another() -> None:
    acts = _acts("Kenya criticised Uganda. Iran expelled two British diplomats. Iran's parliament welcomed the move.")
    assert not any(a[0] == "Q794" and a[1] == "05" for a in acts)


def test_the_move_a_reaction_names_is_a_deed_not_another_reaction() -> None:
    text = (
        "The UAE agreed to normalise relations with Israel. Egypt welcomed the decision, and Turkey condemned the move."
    )
    acts = _acts(text, dt.date(2020, 8, 13))
    assert {("Q43", "11", "Q878", ASSERTED), ("Q79", "05", "Q878", ASSERTED)} <= acts
    assert not any({a[0], a[2]} == {"Q79", "Q43"} for a in acts)


def test_a_state_named_after_and_that_has_a_verb_of_its_own_is_no_object() -> None:
    acts = _acts("China praised the summit and Japan welcomed the agreement.")
    assert not any(a[0] == "Q148" and a[2] == "Q17" for a in acts)


def test_papua_new_guinea_is_a_state_not_the_island_of_new_guinea() -> None:
    acts = _acts("Australia's prime minister vowed to stand by Papua New Guinea.", dt.date(2023, 5, 20))
    assert ("Q408", "03", "Q691", ASSERTED) in acts


def test_after_a_feeling_by_names_its_cause_not_the_doer() -> None:
    acts = _acts("Britain said it was deeply concerned by China's treatment of Hong Kong activists.")
    assert ("Q145", "01", "Q148", ASSERTED) in acts
    assert not any(a[0] == "Q148" for a in acts)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("North Korea conducted its sixth nuclear test on Sunday. China strongly condemned the test.",
         ("Q148", "11", "Q423")),
        ("On Friday, North Korea fired two missiles into the sea. Japan protested the launches.",
         ("Q17", "11", "Q423")),
    ],
)  # fmt: skip
def test_a_reaction_names_a_deed_read_as_no_act_and_is_aimed_at_its_doer(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2017, 9, 3))


def test_every_state_listed_as_reacting_to_a_named_act_reacts_to_it() -> None:
    acts = _acts("Russia invaded Ukraine. Poland and Lithuania condemned the invasion.", dt.date(2022, 2, 25))
    assert {("Q36", "11", "Q159", ASSERTED), ("Q37", "11", "Q159", ASSERTED)} <= acts


def test_a_headline_joins_two_parties_with_a_comma() -> None:
    assert ("Q117", "05", "Q1033", ASSERTED) in _acts("Ghana, Nigeria sign defence pact", dt.date(2023, 4, 14))


def test_a_place_before_a_comma_in_a_sentence_is_no_party() -> None:
    acts = _acts("In Ghana, Nigeria signed a defence pact with Togo.", dt.date(2023, 4, 14))
    assert not any("Q117" in (a[0], a[2]) for a in acts)


def test_a_state_that_followed_suit_did_the_latest_act_reported() -> None:
    text = "Saudi Arabia cut diplomatic ties with Iran on Sunday. Bahrain followed suit the next day."
    acts = _acts(text, dt.date(2016, 1, 4))
    assert ("Q398", "16", "Q794", ASSERTED) in acts


def test_following_suit_copies_no_mutual_act_and_no_act_on_the_follower() -> None:
    assert not any(a[0] == "Q398" for a in _acts("Iran and Iraq signed a trade deal. Bahrain followed suit."))
    assert not any(a[0] == "Q398" for a in _acts("Iran cut ties with Bahrain. Bahrain followed suit."))


def test_a_reaction_to_a_military_operation_is_aimed_at_its_doer() -> None:
    text = "Turkey launched a military offensive into northeast Syria. The Syrian government condemned the operation."
    assert ("Q858", "11", "Q43", ASSERTED) in _acts(text, dt.date(2019, 10, 9))


def test_a_reaction_to_an_act_of_several_states_is_aimed_at_each() -> None:
    text = "Saudi Arabia, the UAE and Egypt severed ties with Qatar on Monday. Qatar called the move unjustified."
    acts = _acts(text, dt.date(2017, 6, 5))
    assert {("Q846", "11", q, ASSERTED) for q in ("Q851", "Q878", "Q79")} <= acts


def test_a_headline_subject_with_to_and_a_light_verb_names_an_act_still_to_come() -> None:
    acts = _acts("Chile, Peru to hold third round of border talks in Lima", dt.date(2005, 11, 29))
    assert ("Q298", "04", "Q419", HYPOTHETICAL) in acts
    assert not any(a[1] == "04" and a[3] == ASSERTED for a in acts)


def test_the_two_leaders_reported_as_signing_sign_not_the_reporter() -> None:
    text = (
        "Xi Jinping ended a state visit to Russia during which he and Vladimir Putin pledged closer ties. "
        "The Kremlin said the two leaders signed two joint statements."
    )
    acts = _acts(text, dt.date(2023, 3, 22))
    assert any(a[1] == "05" and {a[0], a[2]} == {"Q159", "Q148"} and a[3] == ASSERTED for a in acts)


def test_what_rumours_say_a_state_would_do_is_no_intention_it_expressed() -> None:
    acts = _acts("Rumours that Saudi Arabia would recognise Israel spread on Monday.", dt.date(2023, 5, 20))
    assert not any(a[1] == "03" and a[3] == ASSERTED for a in acts)
    said = _acts("Riyadh said it would recognise Israel once a Palestinian state exists.", dt.date(2023, 5, 20))
    assert ("Q851", "03", "Q801", ASSERTED) in said


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Macron telephoned Netanyahu on Sunday, urging restraint.", ("Q142", "02", "Q801")),
        ("Macron met Netanyahu, criticising the settlements.", ("Q142", "11", "Q801")),
    ],
)
def test_a_participle_after_a_call_or_meeting_addresses_whom_the_subject_contacted(
    text: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2023, 6, 15))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Iran seized a British tanker in the Gulf. Britain condemned the seizure.", ("Q145", "11", "Q794")),
        ("Ireland recognised Palestine as a state. Israel rejected the recognition.", ("Q801", "12", "Q27")),
        ("China banned imports of Australian barley. Canberra criticised the ban.", ("Q408", "11", "Q148")),
    ],
)
def test_a_reaction_to_a_seizure_a_recognition_or_a_ban_is_aimed_at_whoever_did_it(
    text: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2020, 5, 10))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Belarusian troops pushed into Lithuania on Monday. Latvia condemned the invasion of Lithuania.",
         ("Q211", "11", "Q184")),
        ("Police in Beijing detained three Japanese engineers. Tokyo protested the detention of its citizens.",
         ("Q17", "11", "Q148")),
        ("North Korea launched a satellite rocket. Seoul condemned the launch of the rocket.", ("Q884", "11", "Q423")),
        ("A Saudi air strike killed twelve Yemeni fishermen. Oman condemned the strike on the fishermen.",
         ("Q842", "11", "Q851")),
    ],
)  # fmt: skip
def test_a_reaction_to_an_act_noun_with_its_object_is_aimed_at_whoever_did_it(
    text: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2021, 4, 12))


def test_the_object_after_a_reacted_act_noun_must_be_a_party_to_the_earlier_act() -> None:
    # Belarus's incursion was into Lithuania: "the invasion of Georgia" is another act, not aimed at Belarus
    acts = _acts("Belarusian troops pushed into Lithuania on Monday. Japan condemned the invasion of Georgia.")
    assert not any(a[0] == "Q17" and a[2] == "Q184" for a in acts)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Russia annexed four regions on Friday. Moldova condemned the annexation.", ("Q217", "11", "Q159")),
        ("Venezuelan marines seized a fishing boat. Guyana denounced the seizure of the boat.", ("Q734", "11", "Q717")),
        ("Turkish police raided a church hall. Greece condemned the raid.", ("Q41", "11", "Q43")),
        ("Serbia and Kosovo signed a truce in Brussels. Albania welcomed the signing.", ("Q222", "05", "Q403")),
    ],
)  # fmt: skip
def test_a_reaction_names_an_annexation_seizure_raid_or_signing_and_is_aimed_at_its_doer(
    text: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2022, 10, 1))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("China held drills near Taiwan on Saturday.", ("Q148", "15", "Q865")),
        ("Russia staged large-scale exercises near Finland.", ("Q159", "15", "Q33")),
        ("North Korea held artillery drills near its border with South Korea.", ("Q423", "15", "Q884")),
    ],
)
def test_a_show_of_force_near_a_state_is_aimed_at_it(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2023, 6, 15))


def test_drills_in_a_state_are_not_aimed_at_it() -> None:
    assert not [a for a in _acts("Russia held drills in Belarus on Saturday.", dt.date(2023, 6, 15)) if a[1] == "15"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Syria shot down a Turkish jet on Friday. Britain condemned it as reckless.", ("Q145", "11", "Q858")),
        ("Iran offered Iraq a truce. Baghdad rejected it outright.", ("Q796", "12", "Q794")),
        (
            "Russia massed troops on the border with Latvia. Poland denounced this, saying it raised tension.",
            ("Q36", "11", "Q159"),
        ),
    ],
)
def test_a_reaction_to_it_is_aimed_at_whoever_did_the_deed_just_reported(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2019, 6, 20))


def test_it_names_no_deed_reported_two_sentences_before() -> None:
    text = "Russia expelled three Latvian diplomats. A statement followed on Friday. Latvia condemned it."
    assert not [a for a in _acts(text, dt.date(2019, 6, 20)) if a[0] == "Q211"]


def test_a_name_with_its_state_after_of_is_the_object_not_the_subject_of_the_next_verb() -> None:
    text = "Kenyan police arrested Abdi Hassan Farah of Somalia and extradited him to France."
    acts = _acts(text, dt.date(2019, 6, 20))
    assert ("Q114", "06", "Q142", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q1045"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN chief urged India and Pakistan to hold talks.",
        "Washington wants Seoul and Tokyo to hold a summit.",
        "Beijing hopes Moscow and Kyiv will negotiate.",
        "China suggested that the two Koreas resume talks.",
    ],
)
def test_what_another_party_wishes_two_states_to_do_is_neither_done_nor_their_intention(text: str) -> None:
    acts = _acts(text, dt.date(2024, 3, 10))
    parties = {"Q668", "Q843", "Q884", "Q17", "Q159", "Q212", "Q423"}
    assert not [a for a in acts if a[0] in parties and a[3] == ASSERTED]


def test_a_mutual_act_wished_by_one_of_its_parties_is_that_partys_intention() -> None:
    acts = _acts("Putin wants Russia and China to deepen their cooperation.", dt.date(2024, 3, 10))
    assert any({a[0], a[2]} == {"Q159", "Q148"} and a[1] == "03" and a[3] == ASSERTED for a in acts)


def test_hoping_a_planned_visit_brings_something_leaves_the_visitors_plan_standing() -> None:
    text = "China hopes the US president's coming visit to Beijing will advance relations."
    assert ("Q30", "03", "Q148", ASSERTED) in _acts(text, dt.date(2005, 11, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's plan drew support from China.",
        "Pakistan's condemnation of India drew support from China.",
    ],
)
def test_support_drawn_by_a_states_move_goes_to_the_state_that_owns_it(text: str) -> None:
    acts = _acts(text, dt.date(2023, 9, 30))
    assert ("Q148", "05", "Q843", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "05" and "Q668" in (a[0], a[2])]


def test_a_passive_in_a_clause_of_its_own_is_not_aimed_at_the_main_clauses_state() -> None:
    text = "The German chancellor said her country stood by the charter after the charter was rejected by France."
    assert not [a for a in _acts(text, dt.date(2005, 11, 23)) if a[0] == "Q142"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The US president accused China of arming Russia. Beijing rejected the accusation.", ("Q148", "12", "Q30")),
        ("Japan protested to China over the detention. China rejected the protest.", ("Q148", "12", "Q17")),
        ("Iran demanded that Britain release the tanker. London rejected the demand.", ("Q145", "12", "Q794")),
        ("Ukraine asked Germany for more tanks. Berlin turned down the request.", ("Q183", "12", "Q212")),
    ],
)  # fmt: skip
def test_rejecting_an_accusation_protest_demand_or_request_is_aimed_at_whoever_made_it(
    text: str, act: tuple[str, str, str]
) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2024, 7, 10))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Israel killed a senior commander in an airstrike on Beirut.", ("Q801", "19", "Q822")),
        ("Russia destroyed a power plant in a missile attack on Ukraine.", ("Q159", "19", "Q212")),
    ],
)
def test_the_strike_by_which_a_state_killed_or_destroyed_is_its_act(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2024, 8, 20))


def test_a_meeting_a_state_praises_was_held() -> None:
    acts = _acts("The Slovak prime minister hailed his talks with Putin as constructive.", dt.date(2024, 8, 20))
    assert ("Q214", "04", "Q159", ASSERTED) in acts


def test_a_meeting_a_state_suspends_is_still_not_held() -> None:
    acts = _acts("China suspended its talks with the United States.", dt.date(2024, 8, 20))
    assert not [a for a in acts if a[1] == "04"]


@pytest.mark.parametrize("text", ["Did Russia invade Ukraine?", "Will China send troops to Belarus?"])
def test_a_question_asserts_no_act_and_no_intention(text: str) -> None:
    assert not [a for a in _acts(text, dt.date(2018, 4, 12)) if a[3] == ASSERTED]


def test_an_act_named_in_a_condition_has_not_happened() -> None:
    text = "Moscow would respond if a US attack on Syria endangered Russian troops."
    assert ("Q30", "19", "Q858", ASSERTED) not in _acts(text, dt.date(2018, 4, 12))


def test_a_clause_with_a_pronoun_subject_is_not_done_by_the_main_subject() -> None:
    text = "Russia will respond to the US when it launches airstrikes against Damascus."
    assert not [a for a in _acts(text, dt.date(2018, 4, 12)) if a[0] == "Q159" and a[1] == "19"]


def test_a_reaction_to_a_ban_in_the_present_tense_is_aimed_at_whoever_bans() -> None:
    text = "Russia bans foreign journalists from Moscow. Britain condemned the ban."
    assert ("Q145", "11", "Q159", ASSERTED) in _acts(text, dt.date(2024, 3, 10))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Chile's police arrested two Bolivian officials.", ("Q298", "17", "Q750")),
        ("Egypt's coast guard detained a Greek fishing boat.", ("Q79", "17", "Q41")),
        ("Peru's diplomats criticised Ecuador.", ("Q419", "11", "Q736")),
    ],
)
def test_a_states_police_coast_guard_or_diplomats_act_for_it(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2024, 5, 2))


def test_a_past_tense_after_a_plural_subject_with_a_possessive_is_a_verb() -> None:
    text = "France and its partners condemned Iran on Tuesday."
    assert ("Q142", "11", "Q794", ASSERTED) in _acts(text, dt.date(2024, 5, 2))


def test_a_participle_after_a_plural_noun_with_no_object_describes_the_noun() -> None:
    text = "Two Italian engineers were among the hostages released Friday after Libyan forces stormed the compound."
    assert not [a for a in _acts(text, dt.date(2024, 5, 2)) if a[1] == "08"]


def test_the_two_alone_names_the_pair_of_an_article_about_two_states() -> None:
    text = (
        "Kenya's president held talks with Tanzania's president in Arusha. The two agreed to scrap "
        "the remaining trade barriers between their countries."
    )
    acts = _acts(text, dt.date(2024, 5, 2))
    assert {("Q114", "03", "Q924", ASSERTED), ("Q924", "03", "Q114", ASSERTED)} & acts


def test_an_envoy_recalled_without_an_agent_is_recalled_by_the_state_that_sent_them() -> None:
    acts = _acts("The Swedish ambassador to Iraq was recalled after the protest.", dt.date(2023, 7, 20))
    assert ("Q34", "16", "Q796", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q796"]


def test_one_invited_to_a_state_is_invited_by_it_and_has_not_yet_come() -> None:
    acts = _acts("The Indonesian president was invited to Tokyo for a state visit.", dt.date(2023, 7, 20))
    assert ("Q17", "03", "Q252", ASSERTED) in acts
    assert ("Q252", "04", "Q17", ASSERTED) not in acts
    assert not [a for a in acts if a[0] == "Q252" and a[3] == ASSERTED]


def test_one_asked_to_act_with_no_asker_named_makes_no_appeal_of_its_own() -> None:
    acts = _acts("Qatar was asked to mediate between Israel and Hamas.", dt.date(2023, 11, 2))
    assert not [a for a in acts if a[1] == "02"]


def test_a_group_of_states_warned_against_an_act_is_the_one_who_would_do_it() -> None:
    acts = _acts("Beijing warned Western governments against selling fighter jets to Taiwan.", dt.date(2023, 11, 2))
    assert not [a for a in acts if a[0] == "Q148" and a[3] == ASSERTED]


def test_an_object_is_the_subject_of_its_relative_clause() -> None:
    text = "Iraq is planning to sue 12 French firms which allegedly sold Iran chemical weapons technology."
    acts = _acts(text, dt.date(1997, 4, 9))
    assert not [a for a in acts if a[0] == "Q796" and a[2] == "Q794"]


def test_an_adjective_before_state_names_the_state() -> None:
    acts = _acts("Slovenia recognised a Palestinian state on Tuesday.", dt.date(2024, 6, 4))
    assert ("Q215", "05", "Q219060", ASSERTED) in acts


def test_aid_a_state_approved_is_its_aid() -> None:
    acts = _acts("Japan approved new aid to Nepal after the earthquake.", dt.date(2015, 5, 2))
    assert ("Q17", "07", "Q837", ASSERTED) in acts


def test_joint_drills_by_listed_states_are_between_them_even_when_another_state_condemns_them() -> None:
    acts = _acts("Pyongyang condemned joint drills by Seoul and Washington on Monday.", dt.date(2024, 1, 22))
    assert ("Q423", "11", "Q884", ASSERTED) in acts
    assert {("Q884", "06", "Q30", ASSERTED), ("Q30", "06", "Q884", ASSERTED)} & acts
    assert not [a for a in acts if a[1] == "06" and "Q423" in (a[0], a[2])]


def test_a_regional_description_with_a_possessive_stands_for_the_state_before_its_leader() -> None:
    text = "Norway hosted the talks on Monday. The Nordic country's foreign minister praised Colombia."
    assert ("Q20", "05", "Q739", ASSERTED) in _acts(text, dt.date(2024, 1, 22))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Canada condemned Russia's invasion of Georgia.", ("Q159", "19", "Q230")),
        ("Chile criticised Peru's sanctions against Bolivia.", ("Q419", "16", "Q750")),
    ],
)
def test_what_a_state_praises_or_condemns_was_done(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2014, 3, 20))


def test_a_party_named_after_a_sum_is_still_the_source() -> None:
    acts = _acts("Egypt received a loan of three billion dollars from Kuwait.", dt.date(2014, 3, 20))
    assert ("Q817", "07", "Q79", ASSERTED) in acts


def test_people_arrested_in_a_state_are_arrested_by_it() -> None:
    text = "Ankara was angered by the arrest of three Turkish journalists in Azerbaijan."
    assert ("Q227", "17", "Q43", ASSERTED) in _acts(text, dt.date(2019, 5, 2))


def test_a_protest_at_the_detention_of_ones_own_people_is_aimed_at_whoever_detained_them() -> None:
    acts = _acts("Seoul protested against the detention of two South Korean fishermen by Russia.", dt.date(2019, 5, 2))
    assert ("Q884", "11", "Q159", ASSERTED) in acts
    assert ("Q159", "17", "Q884", ASSERTED) in acts


def test_an_act_hinted_at_is_not_done() -> None:
    text = "Manila hinted at recalling its ambassador from Beijing over the collision."
    assert not [a for a in _acts(text, dt.date(2019, 5, 2)) if a[1] == "16" and a[3] == ASSERTED]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Norway decided to expel four Russian diplomats on Thursday.", ("Q20", "16", "Q159")),
        ("The Canadian decision to lift its sanctions on Belarus surprised Kyiv.", ("Q16", "08", "Q184")),
    ],
)
def test_a_state_that_decided_to_expel_or_to_lift_sanctions_did_so(text: str, act: tuple[str, str, str]) -> None:
    acts = _acts(text, dt.date(2021, 4, 9))
    assert (*act, ASSERTED) in acts
    assert not [a for a in acts if a[1] == "13"]  # a decision carried out is no threat


@pytest.mark.parametrize(
    "text",
    [
        "If Norway decided to expel Russian diplomats, Moscow would respond.",
        "Norway decided to expel Russian diplomats next month.",
        "Norway decided to visit Russia.",
    ],
)
def test_a_decision_under_a_condition_for_later_or_to_visit_is_not_yet_done(text: str) -> None:
    assert not [a for a in _acts(text, dt.date(2021, 4, 9)) if a[1] in ("16", "04") and a[3] == ASSERTED]


def test_a_capitalised_preposition_opening_a_sentence_is_no_given_name() -> None:
    acts = _acts("Following Biden's trip to Saudi Arabia, oil prices fell.", dt.date(2022, 8, 1))
    assert ("Q30", "04", "Q851", ASSERTED) in acts


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of Biden's trip to Saudi Arabia, oil prices rose.",
        "Security was tight ahead of the Chinese president's visit to India.",
    ],
)
def test_an_act_something_comes_ahead_of_is_still_to_come(text: str) -> None:
    assert not [a for a in _acts(text, dt.date(2022, 8, 1)) if a[1] == "04" and a[3] == ASSERTED]


def test_a_possessive_after_a_verb_of_wanting_keeps_the_act_that_exists() -> None:
    # the blockade is there to be broken; only breaking it is wanted
    assert ("Q801", "16", "Q219060", ASSERTED) in _acts("Activists sought to break Israel's naval blockade of Gaza.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Syria condemned an Israeli airstrike on Damascus.", ("Q801", "19", "Q858")),
        ("Cairo denounced Israeli shelling of Gaza.", ("Q801", "19", "Q219060")),
    ],
)
def test_a_deed_named_by_its_doers_demonym_is_done_when_judged(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2020, 6, 15))


def test_it_after_a_verb_of_accusing_is_the_state_the_clause_before_named() -> None:
    acts = _acts("Somalia severed ties with Kenya, accusing it of meddling.", dt.date(2020, 6, 15))
    assert ("Q1045", "11", "Q114", ASSERTED) in acts
    # "it" as a subject is not the accused
    acts = _acts("Russia warned Georgia, saying it would respond to any attack.", dt.date(2020, 6, 15))
    assert not [a for a in acts if a[1] == "11"]


def test_talks_a_minister_held_in_another_capital_are_with_that_state() -> None:
    acts = _acts("Iraq's foreign minister held talks in Tehran on Monday.", dt.date(2023, 5, 10))
    assert ("Q796", "04", "Q794", ASSERTED) in acts


def test_a_summit_or_press_conference_in_a_capital_is_no_talks_with_its_state() -> None:
    acts = _acts("Putin spoke at a press conference in London after a summit in Helsinki.", dt.date(2006, 5, 1))
    assert not [a for a in acts if a[1] == "04"]


def test_what_one_is_invited_to_do_is_the_invitees_and_no_plan_of_theirs() -> None:
    text = "Saudi Arabia's invitation to Syria's president to attend the Arab League summit angered Washington."
    acts = _acts(text, dt.date(2023, 5, 10))
    assert ("Q851", "03", "Q858", ASSERTED) in acts  # the invitation
    assert not [a for a in acts if a[2] == "Q30" and a[3] == ASSERTED]
    assert not [a for a in acts if a[0] == "Q858" and a[3] == ASSERTED]


def test_the_two_leaders_after_a_meeting_in_the_same_sentence_are_its_parties() -> None:
    text = "Brazil's Lula met China's Xi Jinping on Wednesday and the two leaders signed 15 agreements."
    acts = _acts(text, dt.date(2023, 3, 15))
    assert {("Q155", "05", "Q148", ASSERTED), ("Q148", "05", "Q155", ASSERTED)} & acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Laos received a delegation of Vietnamese lawmakers on Monday.", ("Q819", "04", "Q881")),
        ("Egypt's president received Sudan's new military ruler in Cairo.", ("Q79", "04", "Q1049")),
    ],
)
def test_a_host_receives_a_delegation_or_ruler_of_another_state(text: str, act: tuple[str, str, str]) -> None:
    assert (*act, ASSERTED) in _acts(text, dt.date(2019, 6, 12))


def test_border_guards_of_two_states_listed_together_are_their_forces_not_a_place() -> None:
    acts = _acts("Tajik and Kyrgyz border guards clashed near the disputed frontier.", dt.date(2022, 9, 16))
    assert {("Q863", "19", "Q813", ASSERTED), ("Q813", "19", "Q863", ASSERTED)} & acts


def test_a_state_switching_recognition_breaks_with_one_and_recognises_the_other() -> None:
    acts = _acts("Honduras switched diplomatic recognition from Taiwan to China.", dt.date(2023, 3, 26))
    assert ("Q783", "16", "Q865", ASSERTED) in acts
    assert ("Q783", "05", "Q148", ASSERTED) in acts
    assert ("Q783", "05", "Q865", ASSERTED) not in acts


def test_the_turkish_cypriot_side_is_no_state_and_the_greek_cypriot_side_is_cyprus() -> None:
    acts = _acts("Cyprus refused to recognise the Turkish Cypriot state.", dt.date(2023, 5, 10))
    assert not [a for a in acts if a[2] == "Q43"]
    acts = _acts("Turkey refused to recognise the Greek Cypriot government.", dt.date(2023, 5, 10))
    assert ("Q43", "12", "Q229", ASSERTED) in acts
    assert not [a for a in acts if a[2] == "Q41"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian hackers attacked German government websites, officials said.",
        "The German carmaker Volkswagen signed a deal with Chinese battery maker CATL.",
    ],
)
def test_hackers_and_companies_of_a_nationality_act_for_no_state(text: str) -> None:
    assert _acts(text, dt.date(2023, 5, 10)) == set()


def test_a_named_group_or_company_after_a_states_possessive_does_not_act_for_it() -> None:
    assert _acts("Russia's Wagner group deployed fighters to Mali.", dt.date(2023, 5, 10)) == set()
    acts = _acts("Russia's foreign ministry summoned the Finnish ambassador.", dt.date(2023, 5, 10))
    assert ("Q159", "11", "Q33", ASSERTED) in acts


def test_the_leaders_opening_a_sentence_are_the_two_named_in_the_one_before() -> None:
    text = (
        "Brazil's President Lula da Silva met China's President Xi Jinping in Beijing on Wednesday. "
        "The leaders signed 15 agreements on trade and technology."
    )
    acts = [a for a in _read_acts(text, dt.date(2023, 4, 14)) if a.sentence == 1]
    assert {(a.actor, a.cameo[:2], t) for a in acts for t in a.targets} & {
        ("Q155", "05", "Q148"),
        ("Q148", "05", "Q155"),
    }
    # a third state named in the sentence before leaves "the ministers" unresolved
    text = (
        "Indonesian Foreign Minister Retno Marsudi met her Malaysian counterpart Saifuddin Abdullah in Jakarta, "
        "with Singapore's ambassador present. The ministers agreed to speed up talks on the maritime border."
    )
    assert not [a for a in _read_acts(text, dt.date(2021, 8, 20)) if a.sentence == 1]


def test_the_afghan_taliban_government_acts_for_afghanistan_and_its_fighters_do_not() -> None:
    acts = _acts("The Afghan Taliban government asked Pakistan to release detained refugees.", dt.date(2023, 5, 10))
    assert ("Q889", "02", "Q843", ASSERTED) in acts
    assert _acts("Afghan Taliban fighters attacked a Pakistani border post.", dt.date(2023, 5, 10)) == set()


def test_talks_a_state_is_urged_to_hold_or_backing_another_wants_are_no_intention_of_theirs() -> None:
    text = "The United States urged Zairean President Mobutu Sese Seko and Kabila to hold talks in South Africa."
    assert not [a for a in _acts(text, dt.date(1997, 4, 22)) if a[1] == "03"]
    assert not [
        a
        for a in _acts(
            "Turkey wants Russia's backing for its plan to weaken the Kurds in northern Syria.", dt.date(2018, 1, 22)
        )
        if a[3] == ASSERTED
    ]


def test_each_other_after_the_object_makes_a_listed_subjects_act_mutual() -> None:
    acts = _acts("Serbia and Croatia recalled their ambassadors from each other's capitals.", dt.date(2021, 3, 2))
    assert {("Q403", "16", "Q224", ASSERTED), ("Q224", "16", "Q403", ASSERTED)} <= acts
    acts = _acts("Serbia and Croatia expelled each other's diplomats on Tuesday.", dt.date(2021, 3, 2))
    assert {("Q403", "16", "Q224", ASSERTED), ("Q224", "16", "Q403", ASSERTED)} <= acts
    # a state named between the verb and "each other" is the act's target, not one of the listed doers
    acts = _acts("Serbia and Croatia accused Hungary of setting them against each other.", dt.date(2021, 3, 2))
    assert ("Q403", "11", "Q28", ASSERTED) in acts
    assert ("Q403", "11", "Q224", ASSERTED) not in acts


def test_a_spokesman_for_a_states_ministry_speaks_for_that_state() -> None:
    acts = _acts("A spokesman for the Iranian foreign ministry rejected the French statement.", dt.date(2023, 5, 10))
    assert ("Q794", "12", "Q142", ASSERTED) in acts
    acts = _acts("A spokeswoman for Vietnam's foreign ministry criticised China.", dt.date(2023, 5, 10))
    assert ("Q881", "11", "Q148", ASSERTED) in acts
    # a plan or report for a state is no one who speaks for it
    assert not _acts("A plan for Iran's nuclear programme angered Israel.", dt.date(2023, 5, 10))


def test_an_envoy_to_an_organisation_does_the_verb_after_it() -> None:
    acts = _acts("Russia's envoy to the UN accused Britain of escalating the conflict.", dt.date(2023, 5, 10))
    assert ("Q159", "11", "Q145", ASSERTED) in acts
    # an organisation's own measure, named before its noun, stays the organisation's
    assert not _acts("Russia defied UN sanctions against Iran.", dt.date(2023, 5, 10))


def test_a_person_urged_whom_the_article_does_not_link_leaves_the_state_in_the_infinitive_untargeted() -> None:
    acts = _acts("Macron urged Xi to bring Russia to its senses.", dt.date(2023, 4, 6))
    assert not [a for a in acts if a[2] == "Q159"]
    acts = _acts("Macron urged Beijing to bring Russia to its senses.", dt.date(2023, 4, 6))
    assert ("Q142", "02", "Q148", ASSERTED) in acts


def test_a_joint_deed_named_by_a_compound_of_two_states_is_judged_as_both_states_deed() -> None:
    acts = _acts("North Korea slammed the US-South Korean drills as a rehearsal for invasion.", dt.date(2023, 5, 10))
    assert {("Q423", "11", "Q30", ASSERTED), ("Q423", "11", "Q884", ASSERTED)} <= acts
    # a compound naming a place (a border) is no joint deed
    acts = _acts("China criticised the US-Mexico border wall.", dt.date(2023, 5, 10))
    assert ("Q148", "11", "Q96", ASSERTED) not in acts


def test_a_deed_at_the_head_of_a_passive_subject_is_the_judged_states() -> None:
    acts = _acts("China's military drills around Taiwan were condemned by Washington.", dt.date(2023, 5, 10))
    assert ("Q30", "11", "Q148", ASSERTED) in acts
    assert ("Q30", "11", "Q865", ASSERTED) not in acts
    acts = _acts("The Turkish incursion into Iraq was criticised by Baghdad.", dt.date(2023, 5, 10))
    assert ("Q796", "11", "Q43", ASSERTED) in acts


def test_a_reaction_a_deed_drew_is_no_target_of_the_deed() -> None:
    acts = _acts("Israel's raid prompted criticism from Egypt.", dt.date(2023, 5, 10))
    assert ("Q79", "11", "Q801", ASSERTED) in acts
    assert ("Q801", "19", "Q79", ASSERTED) not in acts
    acts = _acts("China's drills drew protests from Japan.", dt.date(2023, 5, 10))
    assert ("Q17", "11", "Q148", ASSERTED) in acts
    assert ("Q148", "11", "Q17", ASSERTED) not in acts


def test_an_act_a_state_has_yet_to_do_or_denies_it_would_do_did_not_happen_and_is_no_plan() -> None:
    acts = _acts("China has yet to condemn Russia's invasion of Ukraine.", dt.date(2023, 5, 10))
    assert ("Q148", "11", "Q159", ASSERTED) not in acts
    acts = _acts("Morocco denied that its king would visit Algeria.", dt.date(2023, 5, 10))
    assert not [a for a in acts if a[3] == ASSERTED]


def test_a_release_asked_for_people_held_before_is_asked_of_their_holder() -> None:
    text = "Turkey detained two Greek soldiers near the border on Thursday. Athens demanded their immediate release."
    assert ("Q41", "10", "Q43", ASSERTED) in _acts(text, dt.date(2023, 5, 10))
    text = "Iran arrested a French tourist in Tehran last month. France has called for his release."
    assert ("Q142", "02", "Q794", ASSERTED) in _acts(text, dt.date(2023, 5, 10))
    # with no detention reported before, "their release" names no one who holds them
    text = "Greece sent a note to the UN on Thursday. Athens demanded their immediate release."
    assert not [a for a in _acts(text, dt.date(2023, 5, 10)) if a[1] == "10"]


def test_a_verb_in_the_past_after_and_is_done_whatever_the_conjunct_before_would_do() -> None:
    text = "Guyana's president said his country would defend its territory and thanked Brazil for its support."
    acts = _acts(text, dt.date(2024, 3, 5))
    assert ("Q734", "05", "Q155", ASSERTED) in acts
    # a participle after "be ... and" stays under the modal
    acts = _acts("Japan said ties with China would be restored and improved.", dt.date(2024, 3, 5))
    assert not [a for a in acts if a[1] in ("05", "06") and a[3] == ASSERTED]


def test_a_states_envoy_posted_in_an_organisations_seat_is_posted_to_its_state() -> None:
    text = (
        "Ethiopia signed a deal with Somaliland. Somalia recalled its ambassador from Addis Ababa. "
        "The African Union called for restraint."
    )
    assert ("Q1045", "16", "Q115", ASSERTED) in _acts(text, dt.date(2024, 1, 15))


def test_the_two_sides_are_the_pair_just_named_where_the_article_has_no_salient_pair() -> None:
    text = "Hu Jintao held talks with Vicente Fox in Beijing on Monday. The two sides signed agreements."
    assert ("Q148", "05", "Q96", ASSERTED) in _acts(text, dt.date(2005, 11, 15))
    # a third state named in the sentence before leaves the pair unknown
    text = "Hu Jintao held talks with Vicente Fox in Beijing, with Japan watching. The two sides signed agreements."
    assert not [a for a in _acts(text, dt.date(2005, 11, 15)) if a[1] == "05"]


def test_charges_denied_and_an_action_praised_name_the_act_reported_before() -> None:
    text = "Poland accused Minsk of waging a hybrid attack. Lukashenko denied the charges."
    assert ("Q184", "12", "Q36", ASSERTED) in _acts(text, dt.date(2021, 11, 10))
    text = "The United States launched strikes against Syria. Israel praised the action."
    assert ("Q801", "05", "Q30", ASSERTED) in _acts(text, dt.date(2018, 4, 14))


def test_a_show_of_force_near_a_states_border_is_aimed_at_that_state() -> None:
    acts = _acts("Russia held nuclear drills near the Ukrainian border.", dt.date(2023, 5, 10))
    assert ("Q159", "15", "Q212", ASSERTED) in acts
    # drills inside a region are held in it, aimed at no one
    assert not _acts("Russia held drills in the Ukrainian border region.", dt.date(2023, 5, 10))


def test_a_resolution_a_states_parliament_passed_is_that_states_act() -> None:
    acts = _acts("The Lithuanian parliament passed a resolution condemning Russia.", dt.date(2023, 5, 10))
    assert ("Q37", "11", "Q159", ASSERTED) in acts
    # an organisation's resolution is no state's
    assert not _acts("The UN Security Council passed a resolution condemning Syria.", dt.date(2023, 5, 10))


def test_a_passive_of_giving_keeps_the_thing_given_before_its_agent() -> None:
    acts = _acts("Ukraine was promised more weapons by Germany.", dt.date(2023, 5, 10))
    assert ("Q183", "03", "Q212", ASSERTED) in acts
    assert ("Q212", "03", "Q183", ASSERTED) not in acts
    # a place between the participle and its agent
    acts = _acts("A Turkish drone was shot down over Syria by Russian air defences.", dt.date(2023, 5, 10))
    assert ("Q159", "19", "Q43", ASSERTED) in acts


def test_a_nominal_deed_in_a_case_supposed_is_not_done_and_is_no_ones_threat() -> None:
    acts = _acts("Kurds fear the prospect of Turkish strikes on Syria.", dt.date(2018, 4, 12))
    assert not [a for a in acts if a[3] == ASSERTED]
    acts = _acts("In the event of any assault on Taiwan, Japan would help.", dt.date(2018, 4, 12))
    assert not [a for a in acts if a[3] == ASSERTED]


def test_chiefs_of_listed_states_act_for_each_of_them() -> None:
    acts = _acts("Defence chiefs of the US, Japan and Australia met in Hawaii.", dt.date(2023, 5, 10))
    assert {("Q30", "04", "Q17", ASSERTED), ("Q30", "04", "Q408", ASSERTED)} <= acts


def test_a_strike_on_a_place_inside_a_state_close_after_its_object_targets_that_state() -> None:
    acts = _acts("Indian jets struck a militant camp inside Pakistan on Tuesday.", dt.date(2019, 2, 28))
    assert ("Q668", "19", "Q843", ASSERTED) in acts
    text = (
        "Turkish generals flew to Moscow before the Turkish invasion to win assurances that Russian jets "
        "based inside Syria would spare Turkish troops."
    )
    assert ("Q43", "19", "Q858", ASSERTED) not in _acts(text, dt.date(2019, 10, 12))


def test_a_verb_of_words_after_and_goes_with_the_speaker_not_with_a_states_things() -> None:
    text = (
        "Japan said five Chinese missiles had landed in its exclusive economic zone and lodged a protest with Beijing."
    )
    assert ("Q17", "11", "Q148", ASSERTED) in _acts(text, dt.date(2022, 8, 4))


def test_a_nominal_act_after_and_a_verb_goes_with_the_speaker_not_with_a_states_people() -> None:
    text = "The American president said no Americans were hurt and announced fresh sanctions on Iran."
    assert ("Q30", "16", "Q794", ASSERTED) in _acts(text, dt.date(2020, 1, 9))


def test_an_invitation_turned_down_is_no_intention_and_one_accepted_was_not_made_by_its_receiver() -> None:
    acts = _acts("Egypt declined an invitation to visit Israel.", dt.date(2023, 11, 10))
    assert not [a for a in acts if a[3] == ASSERTED]
    acts = _acts("Egypt accepted an invitation to visit Israel.", dt.date(2023, 11, 10))
    assert ("Q79", "03", "Q801", ASSERTED) in acts  # accepting it is an intention to visit
    assert not [
        a
        for a in _read_acts("Egypt accepted an invitation to visit Israel.", dt.date(2023, 11, 10))
        if a.kind == "Invitation" and a.actor == "Q79"
    ]


def test_a_plural_group_after_a_demonym_is_no_state_actor_and_the_states_forces_are() -> None:
    assert _acts("Nepalese Maoists attacked an Indian army patrol near the border.", dt.date(2004, 8, 3)) == set()
    assert _acts("Pakistani Islamists attacked an Afghan border post.", dt.date(2004, 8, 3)) == set()
    acts = _acts("Nepalese troops attacked an Indian army patrol near the border.", dt.date(2004, 8, 3))
    assert ("Q837", "19", "Q668", ASSERTED) in acts


def test_a_deed_against_its_things_reported_by_another_state_targets_the_reporter() -> None:
    acts = _acts("Armenia said Azerbaijani forces had shelled its positions overnight.", dt.date(2021, 6, 15))
    assert ("Q227", "19", "Q399", ASSERTED) in acts
    text = "South Korea's military said on Monday that North Korean soldiers had fired at its guard posts."
    assert ("Q423", "19", "Q884", ASSERTED) in _acts(text, dt.date(2021, 6, 15))
    # "its own" points back at the doer, and a report with no state as its subject names no victim
    assert _acts("Russia said Ukraine had shelled its own people.", dt.date(2021, 6, 15)) == set()
    assert not [a for a in _acts("Analysts said Azerbaijani forces had shelled its positions.") if a[1] == "19"]


def test_both_sides_urged_by_a_listed_subject_are_the_articles_two_parties_not_the_subjects() -> None:
    text = (
        "Russian tanks rolled into Georgia on Saturday. Georgia accused Russia of launching a war. Russia said it was "
        "protecting its citizens. Egypt and Jordan urged both sides to agree to an immediate ceasefire."
    )
    acts = {a for a in _acts(text, dt.date(2008, 8, 9)) if a[1] in ("02", "03")}
    assert acts == {
        ("Q79", "02", "Q159", ASSERTED),
        ("Q79", "02", "Q230", ASSERTED),
        ("Q810", "02", "Q159", ASSERTED),
        ("Q810", "02", "Q230", ASSERTED),
    }
    # with no pair the article is about, the urged sides are nobody named; never the urging states themselves
    assert _acts("Egypt and Jordan urged both sides to show restraint.", dt.date(2006, 7, 13)) == set()


def test_the_war_or_the_aggression_criticised_names_the_attack_reported_before() -> None:
    attack = "US and British forces launched missile strikes on Baghdad on Thursday. "
    for reaction in ("Russia called the war a big political mistake.", "France condemned the aggression."):
        acts = _acts(attack + reaction, dt.date(2003, 3, 20))
        critic = "Q159" if reaction.startswith("Russia") else "Q142"
        assert {(critic, "11", "Q30", ASSERTED), (critic, "11", "Q145", ASSERTED)} <= acts
    # a war named with what it is against, or a noun it modifies, is no anaphor of the strikes
    for reaction in ("France condemned the war on terror.", "France condemned the war crimes."):
        assert not [a for a in _acts(attack + reaction, dt.date(2003, 3, 20)) if a[1] == "11"]


def test_the_ministers_after_a_meeting_with_a_counterpart_named_by_nationality_in_a_venue_are_the_pair() -> None:
    text = (
        "Turkish Foreign Minister Abdullah Gul met his Greek counterpart in Brussels on Thursday. "
        "The ministers agreed to meet again in June."
    )
    acts = _acts(text, dt.date(2007, 5, 10))
    assert ("Q43", "03", "Q41", ASSERTED) in acts or ("Q41", "03", "Q43", ASSERTED) in acts
    # a third state that takes part ("with Bulgaria's") leaves "the ministers" unresolved
    text = (
        "Turkish Foreign Minister Abdullah Gul met his Greek counterpart and Bulgaria's on Thursday. "
        "The ministers agreed to meet again in June."
    )
    assert not [a for a in _acts(text, dt.date(2007, 5, 10)) if a[1] == "03"]


def test_a_visit_the_reporter_calls_likely_or_unlikely_is_no_intention_of_the_visitor() -> None:
    for guess in ("is unlikely to", "is likely to"):
        acts = _acts(f"The Chinese president {guess} visit Tokyo this year.", dt.date(2008, 6, 15))
        assert not [a for a in acts if a[3] == ASSERTED], guess
    acts = _acts("The Chinese president plans to visit Tokyo this year.", dt.date(2008, 6, 15))
    assert ("Q148", "03", "Q17", ASSERTED) in acts


def test_an_unnamed_partner_is_not_the_articles_pair_when_the_sentence_names_a_third_state() -> None:
    pair = (
        "China and France signed ten trade deals on Monday. France and China will also hold talks on aviation. "
        "French officials said China was France's biggest partner in Asia. "
    )
    acts = _acts(pair + "Chinese officials said Wen would further good ties.", dt.date(2005, 11, 30))
    assert ("Q148", "03", "Q142", ASSERTED) in acts
    acts = _acts(pair + "Malaysia is a neighbour, and Wen's trip will further good ties.", dt.date(2005, 11, 30))
    assert not [a for a in acts if a[1] == "03" and a[0] == "Q148" and a[3] == ASSERTED]


def test_a_nominal_act_of_a_listed_pair_takes_both_but_not_a_state_opening_the_next_clause() -> None:
    acts = _acts("Bush launched a sharp critique of Damascus and Tehran.", dt.date(2006, 12, 20))
    assert {("Q30", "11", "Q858", ASSERTED), ("Q30", "11", "Q794", ASSERTED)} <= acts
    acts = _acts("Israel mounted an invasion of Lebanon, and Syria protested.", dt.date(2006, 12, 20))
    assert ("Q801", "19", "Q822", ASSERTED) in acts
    assert ("Q801", "19", "Q858", ASSERTED) not in acts


def test_a_main_clause_after_an_opening_condition_expresses_no_intention_however_long_the_condition() -> None:
    text = (
        "If trade links between Washington and Taipei keep growing over the next few years, "
        "the United States will provide more aid to Taiwan, an analyst said."
    )
    assert not [a for a in _acts(text, dt.date(2016, 12, 14)) if a[1] == "03"]
    text = "The new administration will help Taiwan resist pressure, officials said."
    assert ("Q30", "03", "Q865", ASSERTED) not in _acts(text, dt.date(2016, 12, 14))  # no state named as helper
    text = "The United States will help Taiwan resist pressure, officials said."
    assert ("Q30", "03", "Q865", ASSERTED) in _acts(text, dt.date(2016, 12, 14))


def test_listed_subjects_of_talks_with_a_named_partner_each_meet_the_partner_not_each_other() -> None:
    text = "US and South Korean officials held talks with the North Koreans in New York to discuss the proposal."
    acts = _acts(text, dt.date(1997, 4, 22))
    assert {("Q884", "04", "Q423", ASSERTED), ("Q30", "04", "Q423", ASSERTED)} <= acts
    assert not [a for a in acts if {a[0], a[2]} == {"Q30", "Q884"}]
    # with no partner named, the listed subjects meet each other
    assert ("Q30", "04", "Q884", ASSERTED) in _acts("The US and South Korea held talks.", dt.date(1997, 4, 22))


def test_a_delegation_led_by_another_states_minister_is_of_that_state() -> None:
    text = (
        "President Nguyen Xuan Phuc invited delegations led by Lao Foreign Minister Saleumxay Kommasith and "
        "Cambodian Foreign Minister Prak Sokhonn to a ceremony in Hanoi."
    )
    acts = _acts(text, dt.date(2021, 6, 15))
    assert {("Q881", "04", "Q819", ASSERTED), ("Q881", "04", "Q424", ASSERTED)} <= acts
    # the agent of another participle is no guest: "an accord lauded by Laos"
    assert not [
        a for a in _acts("Vietnam hosted talks on an accord lauded by Laos.", dt.date(2021, 6, 15)) if a[2] == "Q819"
    ]


def test_a_relative_clause_between_subject_and_verb_names_neither_the_doer_nor_a_co_doer() -> None:
    text = (
        "The French minister, who comes from a tour of west Africa in which she stopped in Benin and Nigeria, "
        "will hold talks with Kenyan officials."
    )
    acts = _acts(text, dt.date(2005, 11, 10))
    assert ("Q142", "03", "Q114", ASSERTED) in acts
    assert not [a for a in acts if a[0] in ("Q962", "Q1033")]


def test_a_deed_named_with_its_agent_after_by_is_the_agents_not_the_recipients() -> None:
    acts = _acts("Washington welcomed the release of the British sailors by Iran.", dt.date(2007, 4, 5))
    assert ("Q30", "05", "Q794", ASSERTED) in acts
    assert ("Q30", "05", "Q145", ASSERTED) not in acts
    acts = _acts(
        "Beijing firmly opposed the sale of fighter jets to Taiwan by the United States.", dt.date(2019, 8, 20)
    )
    assert ("Q148", "11", "Q30", ASSERTED) in acts
    assert ("Q148", "11", "Q865", ASSERTED) not in acts


def test_an_envoy_expelled_with_no_agent_is_expelled_by_the_state_of_the_posting() -> None:
    acts = _acts("Mexico's ambassador to Ecuador was expelled after the embassy raid.", dt.date(2024, 4, 7))
    assert ("Q736", "16", "Q96", ASSERTED) in acts
    # recalled, the same envoy is withdrawn by the state that sent them
    acts = _acts("Mexico's ambassador to Ecuador was recalled after the embassy raid.", dt.date(2024, 4, 7))
    assert ("Q96", "16", "Q736", ASSERTED) in acts


def test_an_opening_phrase_naming_whom_the_speaker_talked_to_is_the_target_of_the_words() -> None:
    text = "In a telephone conversation with his Turkish counterpart, the Greek prime minister urged restraint."
    assert ("Q41", "02", "Q43", ASSERTED) in _acts(text, dt.date(2005, 6, 15))
    text = "Addressing the Indonesian parliament, the Australian prime minister pledged closer ties."
    assert ("Q408", "03", "Q252", ASSERTED) in _acts(text, dt.date(2005, 6, 15))
    # words that are no act (a remark on the economy) stay no act, whoever heard them
    text = "In a meeting with his Lao counterpart, the Vietnamese minister said the economy was growing."
    assert not [a for a in _acts(text, dt.date(2005, 6, 15)) if a[1] == "01"]


def test_a_numbered_group_stands_for_the_states_one_sentence_named_when_no_list_has_that_many() -> None:
    # four states listed and a fifth named apart: "the five countries" are all of them, and "They" after a sentence
    # that a group opened, and "the member states", are the same five
    text = (
        "Thai Prime Minister Thaksin Shinawatra was joined by the heads of Cambodia, Laos, Myanmar and Vietnam "
        "at a summit in Bangkok. The five countries agreed to cut tariffs on farm goods. The member "
        "states also agreed to set up a fund against bird flu. They pledged to share data on the disease."
    )
    acts = _read_acts(text, dt.date(2005, 11, 3))
    five = {"Q869", "Q424", "Q819", "Q836", "Q881"}
    for sentence in (1, 2, 3):
        intentions = [a for a in acts if a.sentence == sentence and a.cameo[:2] == "03"]
        assert {a.actor for a in intentions} == five, sentence
        assert all(set(a.targets) == five - {a.actor} for a in intentions)
    # a pair is left to the article's salient pair, and a number no sentence matches names no one
    assert not any(
        a.sentence == 1
        for a in _read_acts(
            "Egypt, Jordan and Qatar met in Cairo. The four countries agreed to meet.", dt.date(2005, 1, 1)
        )
    )


def test_a_group_named_by_a_capitalised_adjective_and_powers() -> None:
    text = (
        "France, Germany and Britain warned Iran on Monday that it faced sanctions. The three European powers said "
        "Tehran had not answered. They urged Russia and China to back a resolution."
    )
    urged = {(a.actor, t) for a in _read_acts(text, dt.date(2010, 3, 4)) if a.cameo[:2] == "02" for t in a.targets}
    assert urged == {(s, t) for s in ("Q142", "Q183", "Q145") for t in ("Q159", "Q148")}


def test_a_bare_verb_is_governed_by_an_intention_however_far_before() -> None:
    text = (
        "Russia and China agreed to set up a network of health agencies to promote the sharing of data, provide "
        "early warning and cooperate on training."
    )
    acts = _acts(text)
    assert ("Q159", "06", "Q148", ASSERTED) not in acts and ("Q148", "06", "Q159", ASSERTED) not in acts
    # a past tense after "and" stays the subject's own deed
    assert ("Q159", "06", "Q148", ASSERTED) in _acts("Russia agreed to set up a network and cooperated with China.")


def test_hosting_the_leaders_of_listed_states() -> None:
    assert _acts(
        "Japanese Prime Minister Yukio Hatoyama hosted the leaders of China and South Korea in Tokyo.",
        dt.date(2010, 3, 4),
    ) >= {
        ("Q17", "04", "Q148", ASSERTED),
        ("Q17", "04", "Q884", ASSERTED),
    }
    welcomed = _acts(
        "Indonesia's president welcomed the prime ministers of Malaysia, Singapore and Thailand to Jakarta."
    )
    assert {t for a, r, t, m in welcomed if a == "Q252" and r == "04"} == {"Q833", "Q334", "Q869"}
    # aid from people named by their office is no guest received
    assert not any(r == "04" for _, r, _, _ in _acts("China received aid from the leaders of Japan."))


def test_a_deed_of_one_state_by_another_is_the_agents() -> None:
    assert ("Q801", "16", "Q219060", ASSERTED) in _acts(
        "Turkey condemned the blockade of Gaza by Israel.", dt.date(2012, 3, 4)
    )
    assert ("Q43", "11", "Q801", ASSERTED) in _acts(
        "Turkey condemned the blockade of Gaza by Israel.", dt.date(2012, 3, 4)
    )
    # with no state done to, the agent after "by" is whom praise is aimed at
    assert ("Q155", "05", "Q739", ASSERTED) in _acts("Brazil praised the release of the hostages by Colombia.")


def test_a_vow_of_sanctions_or_force_is_a_threat_and_no_intention_to_cooperate() -> None:
    text = "Turkish President Recep Tayyip Erdogan vowed on Friday to boycott US electronic products."
    acts = _acts(text, dt.date(2018, 8, 10))
    assert ("Q43", "13", "Q30", ASSERTED) in acts
    assert ("Q43", "03", "Q30", ASSERTED) not in acts
    # a vow to help stays an intention
    assert ("Q17", "03", "Q881", ASSERTED) in _acts("Japan pledged to help Vietnam build a port.")


def test_they_after_a_sentence_the_article_pair_opened() -> None:
    text = (
        "Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on Sunday for a historic visit. Eritrean President "
        "Isaias Afwerki greeted him at the airport. The two leaders signed a declaration ending the war. They also "
        "agreed to reopen embassies."
    )
    intentions = [a for a in _read_acts(text, dt.date(2018, 8, 10)) if a.sentence == 3 and a.cameo[:2] == "03"]
    assert {(a.actor, t) for a in intentions for t in a.targets} in ({("Q115", "Q986")}, {("Q986", "Q115")})
    assert all(a.symmetric for a in intentions)


def test_regretting_another_states_decision_is_disapproval() -> None:
    acts = _acts("Japan said it regretted China's decision to ban seafood imports.", dt.date(2023, 8, 25))
    assert ("Q17", "11", "Q148", ASSERTED) in acts
    assert not any(r == "11" for _, r, _, _ in _acts("The French president regretted the deaths of Malian soldiers."))


def test_the_decision_by_a_state_to_sanction_is_that_states_act_and_done() -> None:
    text = (
        "Britain, France and Germany said they regretted the decision by the United States to reimpose sanctions "
        "on Iran."
    )
    acts = _acts(text, dt.date(2018, 8, 10))
    assert ("Q30", "16", "Q794", ASSERTED) in acts
    assert not any(a in ("Q145", "Q142", "Q183") and r == "16" for a, r, _, _ in acts)
    assert {("Q145", "11", "Q30", ASSERTED), ("Q142", "11", "Q30", ASSERTED), ("Q183", "11", "Q30", ASSERTED)} <= acts


def test_two_allies_urged_by_a_third_state_are_the_two_named_before() -> None:
    text = (
        "Saudi Arabia expelled Canada's ambassador on Monday and froze new trade with Ottawa. Canada said it was "
        "seeking clarity from the kingdom. The United States declined to take sides, urging the two allies to "
        "resolve the dispute diplomatically."
    )
    appeals = {
        (a.actor, t, a.modality.value)
        for a in _read_acts(text, dt.date(2018, 8, 10))
        if a.cameo[:2] == "02"
        for t in a.targets
    }
    assert appeals == {("Q30", "Q851", ASSERTED), ("Q30", "Q16", ASSERTED)}


def test_a_decision_to_close_a_border_is_done_and_a_sinking_is_an_attack() -> None:
    text = "Kenya's decision to close the border with Somalia drew criticism from Mogadishu."
    acts = _acts(text, dt.date(2016, 4, 10))
    assert ("Q114", "17", "Q1045", ASSERTED) in acts and ("Q1045", "11", "Q114", ASSERTED) in acts
    assert ("Q423", "19", "Q884", ASSERTED) in _acts(
        "North Korea's sinking of a South Korean warship killed 46 sailors."
    )


def test_leaving_for_a_visit_and_the_two_sides_of_the_talks_just_named() -> None:
    text = (
        "Chinese President Hu Jintao left here Monday for a state visit to India and Pakistan. During his stay in "
        "India, Hu will hold talks with Prime Minister Manmohan Singh. The two sides are expected to sign a number "
        "of agreements."
    )
    acts = _read_acts(text, dt.date(2006, 11, 20))
    visits = {(a.actor, t) for a in acts if a.sentence == 0 and a.cameo[:2] == "04" for t in a.targets}
    assert visits == {("Q148", "Q668"), ("Q148", "Q843")}
    signings = {frozenset([a.actor, *a.targets]) for a in acts if a.sentence == 2 and a.cameo[:2] == "05"}
    assert signings == {frozenset({"Q148", "Q668"})}
    # a tour of a region's capitals names no state
    assert not _acts("Pompeo is set to begin a tour of six Arab capitals.", dt.date(2019, 1, 1))


def test_what_another_helps_two_states_do_is_not_done_and_no_intention_of_theirs() -> None:
    # (a third state helps: "Moon" alone is now South Korea's president in an article that names the Koreas, and
    # one of the two)
    text = "Trump said he would try to help the two Koreas reach an accord."
    acts = _acts(text, dt.date(2019, 3, 1))
    assert ("Q423", "05", "Q884", HYPOTHETICAL) in acts or ("Q884", "05", "Q423", HYPOTHETICAL) in acts
    assert not [a for a in acts if a[3] == ASSERTED]


def test_refusing_another_states_demand_is_a_rejection() -> None:
    text = "Trump refused North Korea's demand that all sanctions be lifted."
    assert ("Q30", "12", "Q423", ASSERTED) in _acts(text, dt.date(2019, 2, 28))
    assert not any(r == "12" for _, r, _, _ in _acts("Iran refused to say whether it had met Saudi officials."))


def test_states_listed_as_the_subject_of_a_pledge_aimed_at_no_one_pledge_it_to_each_other() -> None:
    acts = _read_acts("Turkey and Greece pledged to ease tensions in the Aegean.", dt.date(2006, 12, 10))
    pledges = [a for a in acts if a.cameo[:2] == "03"]
    assert [frozenset([a.actor, *a.targets]) for a in pledges] == [frozenset({"Q43", "Q41"})]
    assert pledges[0].symmetric
    # a pledge of something for a third party is no pledge to each other
    assert not _acts("Kuwait, Belgium and Ireland have promised to pay their pledged sums shortly.")
    # a pledge with its own object stays aimed at it
    aimed = {
        (a.actor, t)
        for a in _read_acts("Russia and China vowed to defend Iran.", dt.date(2006, 12, 10))
        for t in a.targets
    }
    assert aimed == {("Q159", "Q794"), ("Q148", "Q794")}


def test_its_envoy_in_a_second_clause_acts_for_the_state_that_opened_the_sentence() -> None:
    text = "Kuwait offered to mediate in the dispute, and its emir travelled to Riyadh on Tuesday."
    assert ("Q817", "04", "Q851", ASSERTED) in _acts(text, dt.date(2017, 6, 10))
    assert not _acts("Kuwait offered to mediate, and its economy grew.", dt.date(2017, 6, 10))


def test_going_to_war_is_a_fight_not_a_trip() -> None:
    acts = _acts("Iraq went to war with Iran in 1980.", dt.date(1997, 4, 20))
    assert ("Q796", "19", "Q794", ASSERTED) in acts
    assert not any(r == "04" for _, r, _, _ in acts)
    assert not _acts("Iraq goes to the polls next week.", dt.date(2005, 12, 13))


def test_the_people_a_relative_who_stands_for_do_what_it_says() -> None:
    text = "Duterte saw Chinese officials, who promised loans worth 9 billion dollars."
    assert ("Q148", "03", "Q928", ASSERTED) in _acts(text, dt.date(2016, 10, 31))
    # people of no state's office are no actor
    text = "Two Turkish doctors, who had flown to Pakistan to treat flood victims, fell ill."
    assert not _acts(text, dt.date(2005, 11, 29))


def test_exchanging_views_is_discussion_and_a_participle_clause_shares_the_main_future() -> None:
    acts = _read_acts("Vietnam and Laos exchanged views on bilateral ties on Tuesday.", dt.date(2005, 11, 15))
    assert [(a.cameo[:2], a.symmetric, a.modality.value) for a in acts] == [("04", True, ASSERTED)]
    text = (
        "The Chinese premier will meet the king of Malaysia and the Malaysian prime minister, exchanging views on "
        "bilateral cooperation and on relations between China and the ten ASEAN members."
    )
    acts = _read_acts(text, dt.date(2005, 11, 30))
    assert any(a.rule.startswith("act.exchange-views") and a.modality.value == HYPOTHETICAL for a in acts)
    assert not [a for a in acts if a.cameo[:2] == "04" and a.modality.value == ASSERTED]


def test_the_two_leaders_after_a_third_state_is_named_are_the_pair_a_reference_named_before() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Beijing on Thursday. The two leaders "
        "discussed the border row. Pakistan has followed the trip closely. Pakistan's foreign ministry said it hoped "
        "the visit would bring calm. The two leaders also agreed to open a hotline between their armies."
    )
    acts = _read_acts(text, dt.date(2015, 5, 15))
    agreed = {frozenset([a.actor, *a.targets]) for a in acts if a.sentence == 4 and a.cameo[:2] == "03"}
    assert agreed == {frozenset({"Q668", "Q148"})}


def test_talks_named_as_recent_are_held_whatever_the_verb_before_plans() -> None:
    text = "King Hussein was expected to tell Arafat about his recent talks in Washington with Clinton."
    assert ("Q810", "04", "Q30", ASSERTED) in _acts(text, dt.date(1997, 4, 23))
    # a first visit still to be made is not
    text = "The Iranian minister is to pay his first visit to Pakistan this week."
    assert ("Q794", "04", "Q843", ASSERTED) not in _acts(text, dt.date(2005, 12, 12))


def test_an_appeal_still_to_be_made_is_planned_and_a_later_date_of_what_is_asked_does_not_date_the_call() -> None:
    acts = _acts("Italy will urge Israel to hand the disputed farms to the UN.", dt.date(2006, 12, 13))
    assert ("Q38", "02", "Q801", HYPOTHETICAL) in acts
    assert ("Q38", "02", "Q801", ASSERTED) not in acts
    text = "Britain called on the Kremlin to explain the poisoning to the watchdog's board next week."
    read = [a for a in _read_acts(text, dt.date(2018, 4, 13)) if a.cameo[:2] == "02"]
    assert [(a.actor, a.targets, a.modality.value, a.date) for a in read] == [("Q145", ["Q159"], ASSERTED, None)]
    # a summit "to be held" on a later day is the summit's date, still planned
    text = "Talks between Moscow, Ankara and Tehran to be held in Astana on Friday could settle the truce."
    assert ("Q159", "04", "Q43", HYPOTHETICAL) in _acts(text, dt.date(2018, 9, 5))


def test_respectively_pairs_each_doer_with_what_is_listed_in_its_place() -> None:
    text = (
        "Vladimir Putin and Recep Tayyip Erdogan, who have supported the Syrian regime and the rebels "
        "respectively, will meet in Sochi on Friday."
    )
    acts = _acts(text, dt.date(2018, 9, 6))
    assert ("Q159", "05", "Q858", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q43" and a[1] == "05"]
    text = (
        "Vladimir Putin and Recep Tayyip Erdogan, who have supported the rebels and the Syrian regime "
        "respectively, will meet on Friday."
    )
    acts = _acts(text, dt.date(2018, 9, 6))
    assert ("Q43", "05", "Q858", ASSERTED) in acts
    # and a state named inside the relative clause is not the subject of the main verb
    assert ("Q159", "04", "Q43", HYPOTHETICAL) in acts


def test_the_object_of_a_verb_after_and_with_its_particle_is_not_the_first_verbs_object() -> None:
    acts = _acts("Britain welcomed the watchdog report and called on Moscow to answer it.", dt.date(2018, 4, 13))
    assert ("Q145", "02", "Q159", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "05"]


def test_what_a_speakers_state_will_do_with_no_partner_named_is_told_to_the_listeners_state() -> None:
    text = "The Pakistani president told the American ambassador that his government would cooperate."
    assert ("Q843", "03", "Q30", ASSERTED) in _acts(text, dt.date(2001, 9, 13))
    # reporters are no state's listeners
    text = "The Pakistani president told Indian reporters that his government would cooperate."
    assert not [a for a in _acts(text, dt.date(2001, 9, 13)) if a[2] == "Q668"]


def test_troops_allowed_to_use_a_states_territory_to_attack_are_the_attackers_not_the_host() -> None:
    acts = _acts("Belarus allowed Russian troops to use its territory to attack Ukraine.", dt.date(2022, 2, 25))
    assert ("Q159", "19", "Q212", HYPOTHETICAL) in acts
    assert not [a for a in acts if a[0] == "Q184" and a[1] == "19"]


def test_the_two_after_a_sentence_naming_a_leader_and_his_counterpart_are_their_states() -> None:
    text = (
        "China's foreign minister Li Zhaoxing spoke by telephone with his Syrian counterpart on Tuesday, the Chinese "
        "Foreign Ministry said. The two exchanged views on the region, a ministry statement said."
    )
    acts = _read_acts(text, dt.date(2005, 11, 22))
    assert any(a.sentence == 1 and a.cameo[:2] == "04" and {a.actor, *a.targets} == {"Q148", "Q858"} for a in acts)


def test_a_name_after_a_verb_of_feeling_and_that_opens_a_clause_and_is_its_subject() -> None:
    text = (
        "Chinese President Hu Jintao attended the summit. The Japanese premier said he regretted that Hu refused "
        "to meet him."
    )
    acts = _acts(text, dt.date(2005, 11, 18))
    assert ("Q148", "12", "Q17", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q17" and a[1] == "12"]


def test_what_states_listed_after_an_invitation_are_to_do_is_planned_and_no_intention_of_theirs() -> None:
    text = "China invited the Kazakh, Kyrgyz and Tajik presidents to sign a border treaty in Moscow."
    acts = _read_acts(text, dt.date(1997, 4, 15))
    signing = [a for a in acts if a.cameo.startswith("057")]
    assert signing and all(a.modality.value == HYPOTHETICAL for a in signing)
    assert not [a for a in acts if a.cameo[:2] == "03" and a.actor != "Q148"]


def test_what_a_statement_vowing_to_do_something_vows_is_planned() -> None:
    acts = _acts("Britain issued a statement vowing to cooperate with France.", dt.date(2018, 4, 13))
    assert ("Q145", "06", "Q142", HYPOTHETICAL) in acts
    assert ("Q145", "06", "Q142", ASSERTED) not in acts


def test_treaty_papers_taken_from_another_states_minister_were_handed_over_at_a_meeting() -> None:
    text = "The American secretary of state accepted accession papers from Finland's foreign minister in Brussels."
    acts = _read_acts(text, dt.date(2023, 4, 4))
    met = [a for a in acts if a.cameo.startswith("04")]
    assert [(a.actor, a.targets, a.symmetric, a.modality.value) for a in met] == [("Q30", ["Q33"], True, ASSERTED)]
    # papers deposited with a government name no meeting
    acts = _read_acts("Hungary deposited its instruments of accession with the United States.", dt.date(1999, 3, 12))
    assert not [a for a in acts if a.cameo.startswith("04")]


def test_condemnation_drawn_by_a_deed_is_aimed_at_its_doer_not_at_the_place_it_names() -> None:
    text = "The Turkish offensive against Kurdish fighters in Syria drew condemnation from France on Monday."
    acts = _acts(text, dt.date(2019, 10, 15))
    assert ("Q142", "11", "Q43", ASSERTED) in acts
    assert ("Q142", "11", "Q858", ASSERTED) not in acts


def test_talks_between_a_states_government_and_another_state_are_between_the_two() -> None:
    acts = _read_acts("Talks between the Afghan government and Pakistan resumed in Islamabad.", dt.date(2019, 3, 14))
    assert [(a.actor, a.targets, a.symmetric) for a in acts if a.cameo.startswith("04")] == [("Q889", ["Q843"], True)]


def test_the_accord_after_two_states_agreed_is_theirs() -> None:
    text = (
        "The United Arab Emirates and Israel agreed to normalise relations on Thursday. Iran denounced the accord "
        "as a betrayal. Egypt's president welcomed the agreement."
    )
    acts = _read_acts(text, dt.date(2020, 8, 14))
    assert {(a.actor, a.cameo[:2], frozenset(a.targets)) for a in acts if a.sentence > 0} >= {
        ("Q794", "11", frozenset({"Q878", "Q801"})),
        ("Q79", "05", frozenset({"Q878", "Q801"})),
    }


def test_a_truce_between_two_states_brokered_by_a_third_is_its_mediation_between_them() -> None:
    acts = _read_acts("A truce between Israel and Lebanon was brokered by France on Sunday.", dt.date(2020, 8, 14))
    mediation = [(a.actor, sorted(a.targets)) for a in acts if a.cameo.startswith("045")]
    assert mediation == [("Q142", ["Q801", "Q822"])]
    # co-brokers are no parties, and a state named elsewhere in the clause is none either
    text = "Tensions with Washington grew while the Astana process, brokered by Moscow, Ankara and Tehran, stalled."
    assert not [a for a in _read_acts(text, dt.date(2018, 9, 6)) if a.cameo.startswith("045")]


def test_a_demand_that_names_a_penalty_is_also_a_threat() -> None:
    text = "Washington told Beijing that it must open its markets to American goods or face new tariffs."
    acts = _acts(text, dt.date(2001, 5, 1))
    assert {("Q30", "10", "Q148", ASSERTED), ("Q30", "13", "Q148", ASSERTED)} <= acts
    # a demand alone is none
    acts = _acts("Washington told Beijing that it must open its markets to American goods.", dt.date(2001, 5, 1))
    assert not [a for a in acts if a[1] == "13"]


def test_the_first_object_of_a_verb_of_giving_is_whom_the_named_act_is_for() -> None:
    acts = _acts("Washington gave Baghdad an ultimatum to disarm.", dt.date(2003, 3, 17))
    assert ("Q30", "13", "Q796", ASSERTED) in acts
    acts = _acts("Kim Jong Un sent Donald Trump a personal letter on Monday.", dt.date(2018, 6, 1))
    assert ("Q423", "01", "Q30", ASSERTED) in acts
    acts = _acts("Beijing handed Tokyo a formal protest on Monday.", dt.date(2012, 9, 12))
    assert ("Q148", "11", "Q17", ASSERTED) in acts or ("Q148", "14", "Q17", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q17"]


def test_both_countries_urged_are_the_two_states_named_most_when_others_joined_in() -> None:
    text = (
        "Saudi Arabia broke off relations with Iran on Sunday after a mob stormed its embassy in Tehran. Bahrain and "
        "Sudan did the same on Monday, cutting their ties with Tehran. The United Arab Emirates downgraded its "
        "relations with Iran. Kuwait recalled its envoy from Tehran. Iran accused Riyadh of stoking sectarian "
        "strife. Russia offered its help. The US urged both countries to show restraint."
    )
    acts = _read_acts(text, dt.date(2016, 1, 5))
    assert [sorted(a.targets) for a in acts if a.cameo.startswith("02")] == [["Q794", "Q851"]]


@pytest.mark.parametrize(
    ("text", "date", "visitor", "host"),
    [
        ("Obama arrived in Hangzhou on Saturday for the G20 summit.", dt.date(2016, 9, 3), "Q30", "Q148"),
        ("Mongolian President visits Tianjin", dt.date(2005, 11, 29), "Q711", "Q148"),
        ("Erdogan flew to the seaside resort of Sochi on Monday.", dt.date(2017, 11, 27), "Q43", "Q159"),
    ],
)
def test_a_visit_to_a_city_other_than_the_capital_visits_its_state(
    text: str, date: dt.date, visitor: str, host: str
) -> None:
    acts = _acts(text, date)
    assert (visitor, "04", host, ASSERTED) in acts
    assert (host, "04", visitor, ASSERTED) in acts  # the host's side, implied


def test_a_city_is_a_place_not_a_party_or_an_actor() -> None:
    # the partners after the venue are the talks' parties, the city's state none
    acts = _acts(
        "Putin hosted three-way talks in Sochi with the Iranian and Turkish presidents.", dt.date(2017, 11, 22)
    )
    assert {("Q159", "04", "Q794", ASSERTED), ("Q159", "04", "Q43", ASSERTED)} <= acts
    # a city speaks for itself, not for its state's government
    assert _acts("Shanghai announced new rules for Japanese firms.", dt.date(2015, 3, 1)) == set()
    # the seat of an organisation the article names is no host
    acts = _acts("Aziz will fly to New York on Tuesday for a United Nations meeting.", dt.date(2006, 11, 6))
    assert not [a for a in acts if a[2] == "Q30"]


def test_a_deal_brokered_by_a_third_state_was_mediated_between_the_states_that_made_it() -> None:
    text = "Iran and Saudi Arabia agreed to restore diplomatic relations in a deal brokered by China."
    acts = _acts(text, dt.date(2023, 3, 10))
    # the brokering was done, though the restoring is still to come
    assert {("Q148", "04", "Q794", ASSERTED), ("Q148", "04", "Q851", ASSERTED)} <= acts
    acts = _acts("Russia and Georgia accepted a ceasefire brokered by France.", dt.date(2008, 8, 12))
    assert {("Q142", "04", "Q159", ASSERTED), ("Q142", "04", "Q230", ASSERTED)} <= acts
    # the states before "brokered by" must have made the settlement: criticism is none
    acts = _acts("Russia criticised Georgia over a plan backed by France.", dt.date(2008, 8, 12))
    assert not [a for a in acts if a[0] == "Q142"]


def test_a_nominal_act_set_off_after_the_clause_is_the_subjects() -> None:
    text = "Kim Jong Un said the nuclear button was always on his desk, in a warning to Washington."
    assert ("Q423", "13", "Q30", ASSERTED) in _acts(text, dt.date(2018, 1, 2))
    # a statement in an adjunct names no one it is aimed at
    assert _acts("Japan said China had built an airstrip, in a statement on Monday.", dt.date(2018, 1, 2)) == set()


def test_a_state_a_signed_document_acts_on_is_no_party_to_the_signing() -> None:
    assert _acts("Putin signed treaties annexing four regions of Ukraine.", dt.date(2022, 9, 30)) == set()
    acts = _acts("Putin signed a decree recognising two regions of Ukraine as independent.", dt.date(2022, 2, 21))
    assert not [a for a in acts if a[1] == "05"]
    # a treaty between the two is theirs
    assert ("Q148", "05", "Q159", ASSERTED) in _acts("China and Russia signed a treaty on gas.", dt.date(2015, 1, 1))


def test_every_state_listed_as_following_suit_copies_the_act() -> None:
    text = "The United States expelled 60 Russian diplomats on Monday. Germany, France and Poland followed suit."
    acts = _acts(text, dt.date(2018, 3, 27))
    assert {(state, "16", "Q159", ASSERTED) for state in ("Q30", "Q183", "Q142", "Q36")} <= acts


def test_a_vow_to_retaliate_is_aimed_at_whoever_just_did_harm() -> None:
    acts = _acts("Britain expelled 23 Russian diplomats. Russia vowed to retaliate.", dt.date(2018, 3, 14))
    assert ("Q159", "13", "Q145", ASSERTED) in acts
    text = (
        "The United States expelled 60 Russian diplomats. Germany and France did the same. "
        "Moscow vowed a tough response."
    )
    acts = _acts(text, dt.date(2018, 3, 27))
    assert {("Q159", "13", state, ASSERTED) for state in ("Q30", "Q183", "Q142")} <= acts
    # with no harm done to the one who vows, no target
    acts = _acts("China praised Pakistan's efforts. India vowed to retaliate.", dt.date(2019, 2, 20))
    assert not [a for a in acts if a[0] == "Q668"]


def test_a_reaction_naming_no_one_answers_the_harm_just_done_to_the_one_reacting() -> None:
    text = "Iran admitted that it had shot down a Ukrainian airliner. Ukraine demanded compensation."
    assert ("Q212", "10", "Q794", ASSERTED) in _acts(text, dt.date(2020, 1, 11))
    acts = _acts("Russia expelled the British ambassador. Britain protested.", dt.date(2018, 3, 27))
    assert ("Q145", "14", "Q159", ASSERTED) in acts or ("Q145", "11", "Q159", ASSERTED) in acts
    # a demand of another party, or after no harm, is aimed at no one of the article
    acts = _acts("Russia expelled the British ambassador. Britain demanded that the UN act.", dt.date(2018, 3, 27))
    assert not [a for a in acts if a[0] == "Q145"]
    assert not [a for a in _acts("Russia praised the British envoy. Britain demanded more.") if a[0] == "Q145"]


def test_a_move_others_followed_is_the_first_doers_and_its_followers() -> None:
    text = "Saudi Arabia cut ties with Iran on Sunday. Bahrain followed suit on Monday. Iran condemned the move."
    acts = _acts(text, dt.date(2016, 1, 5))
    assert {("Q794", "11", "Q851", ASSERTED), ("Q794", "11", "Q398", ASSERTED)} <= acts


def test_an_intention_for_a_mutual_act_is_the_speaking_partys() -> None:
    text = (
        "Chinese President Hu Jintao met Pakistani President Pervez Musharraf. "
        "Musharraf said the two countries should deepen cooperation in trade."
    )
    acts = _acts(text, dt.date(2006, 11, 20))
    assert ("Q843", "03", "Q148", ASSERTED) in acts and ("Q148", "03", "Q843", ASSERTED) not in acts
    acts = _acts("Putin said China and Russia should deepen ties.", dt.date(2006, 11, 20))
    assert ("Q159", "03", "Q148", ASSERTED) in acts
    # a third state's words leave the pair as named
    acts = _acts("Putin said Japan and China should deepen ties.", dt.date(2006, 11, 20))
    assert not [a for a in acts if a[0] == "Q159"]


def test_a_reaction_told_before_its_verb_is_aimed_at_the_doer_of_the_deed_it_names() -> None:
    expelled = "China expelled two Vietnamese diplomats"
    for text in (
        f"{expelled}. The move was criticised by Japan.",
        f"{expelled}, a move criticised by Japan.",
        f"{expelled}, a step Japan criticised.",
        f"{expelled}, which Japan criticised.",
    ):
        assert ("Q17", "11", "Q148", ASSERTED) in _acts(text, dt.date(2019, 3, 4)), text
    # every state listed as the agent, and a deed no act was read for (it has no target)
    acts = _acts("North Korea fired two missiles, a move condemned by Japan and South Korea.", dt.date(2019, 3, 4))
    assert {("Q17", "11", "Q423", ASSERTED), ("Q884", "11", "Q423", ASSERTED)} <= acts
    acts = _acts("North Korea fired two missiles. Japan condemned the move.", dt.date(2019, 3, 4))
    assert ("Q17", "11", "Q423", ASSERTED) in acts
    # two reactions listed: each is aimed at the doer, not at the state that reacted first
    text = "The United States moved its embassy to Jerusalem. The step was welcomed by Israel and condemned by Jordan."
    acts = _acts(text, dt.date(2018, 5, 14))
    assert {("Q801", "05", "Q30", ASSERTED), ("Q810", "11", "Q30", ASSERTED)} <= acts
    assert ("Q810", "11", "Q801", ASSERTED) not in acts
    # "it" after words that are no deed names no deed of the state that spoke them
    acts = _acts("Russia has dismissed the UN's call for a truce. The US supports it.", dt.date(2018, 2, 28))
    assert not [a for a in acts if a[0] == "Q30"]


def test_a_source_named_after_a_body_that_is_no_state_is_the_doer() -> None:
    text = "Russia annexed Crimea in 2014, prompting sanctions from the European Union and Canada."
    assert ("Q16", "16", "Q159", ASSERTED) in _acts(text, dt.date(2015, 3, 1))
    # a place and a relative clause are no list of doers
    text = "The blockade of Idlib, where a Russian jet crashed, is the tightest in Syria."
    assert not [a for a in _acts(text, dt.date(2018, 2, 28)) if a[0] == "Q159"]


def test_what_a_state_is_warned_against_or_urged_to_stop_doing_is_that_states_and_not_done() -> None:
    for text in (
        "China warned the United States against selling arms to Taiwan.",
        "Beijing urged Washington to stop selling weapons to Taiwan.",
    ):
        acts = _acts(text, dt.date(2019, 3, 4))
        assert not [a for a in acts if a[2] == "Q865" and (a[0] == "Q148" or a[3] == ASSERTED)], text
        assert ("Q30", "07", "Q865", HYPOTHETICAL) in acts


def test_a_second_hostile_verb_of_the_subject_that_names_no_one_is_aimed_at_the_first_ones_target() -> None:
    text = "Britain accused Russia of the poisoning in Salisbury and expelled 23 diplomats."
    assert ("Q145", "16", "Q159", ASSERTED) in _acts(text, dt.date(2018, 3, 14))
    # what the subject only said it would do is no second deed
    text = "Britain accused Russia of the poisoning and said it would expel diplomats."
    assert ("Q145", "16", "Q159", ASSERTED) not in _acts(text, dt.date(2018, 3, 14))


def test_what_a_relative_clause_blames_on_a_state_is_its_subjects_charge() -> None:
    text = "South Korea opened an inquiry into the sinking, which it blamed on North Korea."
    assert ("Q884", "11", "Q423", ASSERTED) in _acts(text, dt.date(2010, 5, 20))
    assert ("Q212", "11", "Q159", ASSERTED) in _acts("The blast, which Kyiv blamed on Moscow, killed three.")


def test_a_deal_a_state_made_with_another_and_a_third_brokered_is_mediated_between_the_two() -> None:
    text = "Sudan agreed to normalise ties with Israel in an accord brokered by the United States."
    acts = _acts(text, dt.date(2020, 10, 23))
    assert {("Q30", "04", "Q1049", ASSERTED), ("Q30", "04", "Q801", ASSERTED)} <= acts


def test_a_titled_office_holder_opening_the_sentence_answers_the_harm_done_to_the_state() -> None:
    text = (
        "Iran admitted that it had shot down a Ukrainian airliner. President Volodymyr Zelensky demanded compensation."
    )
    assert ("Q212", "10", "Q794", ASSERTED) in _acts(text, dt.date(2020, 1, 11))


def test_a_stopover_or_visit_in_a_state_visits_it() -> None:
    text = "During a stopover in Abu Dhabi, the Indian prime minister met the crown prince."
    assert ("Q668", "04", "Q878", ASSERTED) in _acts(text, dt.date(2019, 3, 4))
    text = "The Chinese foreign minister made a brief stopover in Islamabad."
    assert ("Q148", "04", "Q843", ASSERTED) in _acts(text, dt.date(2019, 3, 4))
    # "in" after other nouns is only where something happened
    assert not _acts("The Chinese foreign minister gave a speech in Islamabad.", dt.date(2019, 3, 4))


def test_the_two_men_after_two_states_people_met_in_a_third_state_are_the_pair() -> None:
    text = (
        "Greek Foreign Minister Theodoros Pangalos met his Turkish counterpart in Malta on Tuesday. "
        "The two men agreed to set up a committee of experts."
    )
    acts = _acts(text, dt.date(1997, 4, 28))
    assert ("Q43", "03", "Q41", ASSERTED) in acts or ("Q41", "03", "Q43", ASSERTED) in acts
    assert not [a for a in acts if "Q233" in (a[0], a[2])]  # Malta is where they met


def test_a_second_verb_of_the_subject_after_and_is_not_the_object_of_the_first_ones() -> None:
    text = "Prodi held talks with President Sali Berisha and pledged Italy's support for the force."
    acts = _acts(text, dt.date(1997, 4, 14))
    assert ("Q222", "03", "Q38", ASSERTED) not in acts
    # a friendly second verb naming no one is aimed at whom the first was
    assert ("Q38", "03", "Q222", ASSERTED) in acts
    # (not across a reported clause: the second verb may be the reporter's)
    text = "The refugee heard that Turkey was offering training to 300 recruits, and decided to sign up."
    assert not [a for a in _acts(text, dt.date(2018, 1, 1)) if a[0] == "Q43" and a[1] == "03"]


def test_a_pair_named_together_that_speaks_to_an_audience_speaks_to_no_state() -> None:
    text = (
        "Boris Johnson held talks with German Foreign Minister Heiko Maas. "
        "The two leaders were due to speak to journalists."
    )
    acts = _acts(text, dt.date(2018, 4, 12))
    assert not [a for a in acts if a[1] == "03"]


def test_a_deed_in_a_qualified_charge_that_the_doer_rejected_is_denied() -> None:
    text = "Russia rejected Georgian accusations that its peacekeepers had fired on Georgian police."
    acts = _acts(text, dt.date(2006, 12, 5))
    assert ("Q159", "19", "Q230", ASSERTED) not in acts
    assert ("Q159", "19", "Q230", Modality.NEGATED.value) in acts


def test_a_states_armed_forces_or_parliament_named_by_their_own_name_stand_for_it() -> None:
    assert ("Q148", "15", "Q865", ASSERTED) in _acts("On Monday the PLA held drills near Taiwan.", dt.date(2022, 8, 4))
    assert ("Q801", "19", "Q822", ASSERTED) in _acts("The IDF struck targets in Lebanon.", dt.date(2006, 7, 20))
    # not a body of another name that contains the word
    assert not _acts("The SPLA signed the accord with Kenya.", dt.date(2005, 1, 9)) & {("Q148", "05", "Q114", ASSERTED)}


def test_the_subject_of_a_time_clause_after_the_act_is_not_its_target() -> None:
    text = "India test-fired a nuclear-capable missile, a week after Pakistan tested one."
    assert not [a for a in _acts(text, dt.date(2019, 12, 27)) if a[2] == "Q843"]
    text = "The Syrian delegation will arrive in Geneva after Russia brokered a deal."
    assert not [a for a in _acts(text, dt.date(2017, 11, 28)) if a[0] == "Q858" and a[2] == "Q159"]


def test_weapons_a_participle_describes_are_fired_by_no_state_the_clause_names() -> None:
    text = "Moscow's ambassador said Russian forces would shoot down any missiles fired at Syria."
    assert not [a for a in _acts(text, dt.date(2018, 4, 10)) if a[2] == "Q858"]
    assert not _acts("Two rockets fired from Gaza landed in Israel.", dt.date(2018, 4, 10))
    # a state's word before the weapons still names who fired them
    assert ("Q801", "19", "Q219060", ASSERTED) in _acts("Israeli missiles fired at Gaza killed three people.")


def test_pressing_a_person_named_by_a_pronoun_appeals_to_their_state() -> None:
    text = "Angela Merkel and Emmanuel Macron called Putin on Sunday to press him to use his influence on Damascus."
    acts = _acts(text, dt.date(2018, 2, 26))
    assert {("Q183", "02", "Q159", ASSERTED), ("Q142", "02", "Q159", ASSERTED)} <= acts


def test_we_in_a_quotation_whose_speaker_follows_it_is_the_speakers_state() -> None:
    text = '"We condemn the United States for this aggression," the Iranian foreign ministry said.'
    assert ("Q794", "11", "Q30", ASSERTED) in _acts(text, dt.date(2017, 4, 7))
    text = '"We have asked Pakistan to close the camps," Afghan President Ashraf Ghani said.'
    assert ("Q889", "02", "Q843", ASSERTED) in _acts(text, dt.date(2016, 9, 21))


def test_what_a_speaker_says_their_own_state_must_do_or_offers_the_press_is_no_act() -> None:
    text = 'The Australian envoy protested. "We must respect the court," the Iraqi minister said.'
    assert not [a for a in _acts(text, dt.date(2006, 12, 30)) if a[0] == "Q368" or a[1] == "10"]
    text = '"I have no date to offer you," the US envoy said of talks with North Korea.'
    assert not [a for a in _acts(text, dt.date(2006, 11, 6)) if a[1] == "03"]
    text = (
        '"The accord we will soon sign with Australia is no defence pact," the Indonesian minister said at a news '
        "conference."
    )
    assert ("Q252", "04", "Q408", ASSERTED) not in _acts(text, dt.date(2006, 11, 10))
    text = "Israel's prime minister said he would back negotiations among the Palestinians."
    assert not [a for a in _acts(text, dt.date(2006, 12, 18)) if a[1] == "04"]


def test_it_called_by_a_name_after_a_deed_names_that_deed() -> None:
    text = (
        "Turkey shot down a Russian warplane on Tuesday. "
        'Putin called it "a stab in the back" and warned of consequences for relations with Ankara.'
    )
    assert ("Q159", "11", "Q43", ASSERTED) in _acts(text, dt.date(2015, 11, 24))


def test_an_act_timed_after_a_negated_act_happened() -> None:
    text = "Biden and Putin did not hold a joint press briefing following their summit in Geneva."
    acts = _acts(text, dt.date(2021, 6, 16))
    assert ("Q30", "04", "Q159", ASSERTED) in acts or ("Q159", "04", "Q30", ASSERTED) in acts
    day = dt.date(2021, 6, 16)
    assert ("Q30", "04", "Q159", ASSERTED) in _acts("Biden did not speak to reporters after meeting Putin.", day)
    # the negated act itself stays negated
    assert ("Q30", "04", "Q159", ASSERTED) not in _acts("Biden did not meet Putin after the summit.", day)


def test_no_plans_to_act_is_no_intention() -> None:
    text = "India and China have no plans to hold talks on the border clash, officials said."
    assert not [a for a in _acts(text, dt.date(2020, 6, 16)) if a[1] == "03"]
    assert not [a for a in _acts("Japan has no immediate plans to send aid to Iran.") if a[1] == "03"]
    assert ("Q17", "03", "Q794", ASSERTED) in _acts("Japan plans to send aid to Iran.")


def test_a_deed_of_any_doer_has_not_happened() -> None:
    acts = _acts("Russia vowed to shoot down any US missiles fired at Syria.", dt.date(2018, 4, 12))
    assert ("Q30", "19", "Q858", ASSERTED) not in acts
    assert ("Q159", "13", "Q30", ASSERTED) in acts
    # (after an auxiliary the verb is the sentence's own, whatever "any" qualified)
    acts = _acts("Russia said any veto over countermeasures has provided help to Syria.", dt.date(2018, 4, 12))
    assert ("Q159", "07", "Q858", ASSERTED) in acts


def test_a_nominal_act_in_an_aside_timing_a_reported_plan_happened() -> None:
    text = "Mexico insisted it would not pay for any wall, a day after talks with Washington."
    acts = _acts(text, dt.date(2017, 1, 23))
    assert ("Q96", "04", "Q30", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "03"]


def test_rejecting_the_charge_rejects_the_accuser() -> None:
    text = "Kiev blamed Moscow for arming the separatists. The Kremlin rejected the charge."
    assert ("Q159", "12", "Q212", ASSERTED) in _acts(text, dt.date(2014, 7, 17))
    text = "Kiev accused Moscow of arming the separatists, a charge the Kremlin rejected."
    assert ("Q159", "12", "Q212", ASSERTED) in _acts(text, dt.date(2014, 7, 17))
    # the charge d'affaires is a diplomat
    text = "Kiev accused Moscow of arming the separatists. The Kremlin summoned the charge d'affaires."
    assert not [a for a in _acts(text, dt.date(2014, 7, 17)) if a[1] == "12"]


def test_a_summit_named_by_its_two_leaders_is_theirs() -> None:
    acts = _acts("Many felt the Trump-Putin meeting overshadowed the G20.", dt.date(2017, 7, 8))
    assert ("Q30", "04", "Q159", ASSERTED) in acts or ("Q159", "04", "Q30", ASSERTED) in acts
    acts = _acts("The Putin-Trump summit in Helsinki drew criticism at home.", dt.date(2018, 7, 16))
    assert ("Q30", "04", "Q159", ASSERTED) in acts or ("Q159", "04", "Q30", ASSERTED) in acts


def test_tests_or_drills_carried_out_are_deeds_a_reaction_can_name() -> None:
    text = "Pakistan carried out two more nuclear tests. The United States and Japan condemned the tests."
    acts = _acts(text, dt.date(1998, 5, 30))
    assert {("Q30", "11", "Q843", ASSERTED), ("Q17", "11", "Q843", ASSERTED)} <= acts
    text = "North Korea carried out its first nuclear test. China opposed the test."
    assert ("Q148", "11", "Q423", ASSERTED) in _acts(text, dt.date(2006, 10, 9))


def test_no_plans_to_act_negates_the_act() -> None:
    acts = _acts("Seoul said it had no plans to expel Japanese diplomats.", dt.date(2019, 7, 4))
    assert ("Q884", "16", "Q17", Modality.NEGATED.value) in acts
    assert not [a for a in acts if a[1] == "13"]  # no threat either


def test_talks_that_preceded_a_refused_signing_happened() -> None:
    acts = _acts("Japan refused to sign the declaration after two days of talks with China.", dt.date(2019, 3, 4))
    assert ("Q17", "04", "Q148", ASSERTED) in acts
    assert ("Q17", "12", "Q148", ASSERTED) in acts


def test_an_arms_sale_is_the_sellers_whoever_judges_it() -> None:
    acts = _acts("Xinhua said Beijing firmly opposed the US arms sale to Taiwan.", dt.date(2019, 3, 4))
    assert ("Q30", "07", "Q865", ASSERTED) in acts
    assert ("Q148", "07", "Q865", ASSERTED) not in acts
    assert ("Q148", "11", "Q30", ASSERTED) in acts


def test_the_doer_of_a_passive_is_no_host_of_the_visit_it_judged() -> None:
    acts = _acts("Japan was criticised by China for the visit of two ministers to a war shrine.", dt.date(2019, 3, 4))
    assert ("Q148", "11", "Q17", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "04"]


def test_its_act_after_a_judged_state_is_that_states() -> None:
    text = "Chinese Premier Li Peng again assailed Washington for its continued weapons sales to Taipei."
    acts = _acts(text, dt.date(1997, 4, 1))
    assert ("Q30", "07", "Q865", ASSERTED) in acts
    assert ("Q148", "07", "Q865", ASSERTED) not in acts


def test_states_set_off_with_along_with_or_as_well_as_act_with_the_subject() -> None:
    acts = _acts("Japan, along with Australia, protested China's new air defence zone.", dt.date(2013, 11, 28))
    assert {("Q17", "11", "Q148", ASSERTED), ("Q408", "11", "Q148", ASSERTED)} <= acts
    acts = _acts("Tokyo and Seoul, as well as Washington, criticised the launch by Pyongyang.", dt.date(2019, 3, 4))
    assert {("Q17", "11", "Q423", ASSERTED), ("Q884", "11", "Q423", ASSERTED), ("Q30", "11", "Q423", ASSERTED)} <= acts


def test_neither_nor_denies_the_act() -> None:
    acts = _acts("Neither India nor Pakistan attended the summit in Kathmandu.", dt.date(2019, 3, 4))
    assert not [a for a in acts if a[3] == ASSERTED]


def test_it_in_a_time_clause_is_the_state_the_main_clause_acted_on() -> None:
    acts = _acts("The UN punished Iraq with sanctions after it had invaded Kuwait.", dt.date(1997, 4, 28))
    assert ("Q796", "19", "Q817", ASSERTED) in acts
    acts = _acts("Russia warned Turkey after it shot down a Russian jet.", dt.date(2015, 11, 25))
    assert ("Q43", "19", "Q159", ASSERTED) in acts
    # not a source or an agent of the main clause
    text = "Denmark drew a rebuke from China after it revealed a plan to table a text condemning Beijing."
    acts = _acts(text, dt.date(1997, 4, 8))
    assert not [a for a in acts if a[0] == "Q148" and a[2] == "Q148"]
    assert ("Q35", "11", "Q148", Modality.HYPOTHETICAL.value) in acts


def test_continuing_support_is_an_intention() -> None:
    text = "King Abdullah II said again on Monday that Jordan would continue its support for Lebanon."
    assert ("Q810", "03", "Q822", ASSERTED) in _acts(text, dt.date(2006, 11, 28))


def test_their_meeting_after_two_states_people_is_theirs() -> None:
    text = (
        "Philippine President Rodrigo Duterte was escorted out by Shinzo Abe, the Japanese prime minister, after "
        "their meeting in Tokyo."
    )
    acts = _acts(text, dt.date(2016, 10, 31))
    assert ("Q928", "04", "Q17", ASSERTED) in acts or ("Q17", "04", "Q928", ASSERTED) in acts


def test_pressing_ahead_with_an_offensive_carries_it() -> None:
    acts = _acts("Turkey pressed ahead with its offensive in north-east Syria on Monday.", dt.date(2019, 10, 14))
    assert ("Q43", "19", "Q858", ASSERTED) in acts


def test_a_titled_person_right_after_the_verb_is_its_adjacent_object() -> None:
    acts = _acts("Saddam Hussein on Thursday called President Bush a liar.", dt.date(1990, 8, 16))
    assert ("Q796", "11", "Q30", ASSERTED) in acts


def test_a_day_between_a_verb_of_travel_and_its_preposition() -> None:
    acts = _acts("The Sudanese president arrived Monday in Beijing.", dt.date(2006, 11, 6))
    assert ("Q1049", "04", "Q148", ASSERTED) in acts
    acts = _acts("The Sudanese president left here Tuesday for Beijing.", dt.date(2006, 11, 6))
    assert ("Q1049", "04", "Q148", ASSERTED) in acts


def test_a_destination_placed_in_a_state_by_its_appositive() -> None:
    text = "The Sudanese leader arrived in Xiapu, a coastal town in southern China, on Monday."
    assert ("Q1049", "04", "Q148", ASSERTED) in _acts(text, dt.date(2006, 11, 6))
    text = "The Sudanese leader arrived Monday at Xiapu, a coastal town in China's Fujian province."
    assert ("Q1049", "04", "Q148", ASSERTED) in _acts(text, dt.date(2006, 11, 6))


def test_threatened_before_a_nominal_act_makes_it_a_threat() -> None:
    acts = _acts("The threatened US strikes on Syria worried Moscow.", dt.date(2013, 9, 1))
    assert ("Q30", "19", "Q858", ASSERTED) not in acts
    assert ("Q30", "13", "Q858", ASSERTED) in acts


def test_a_reaction_to_deals_in_the_plural_names_the_signing() -> None:
    text = "Venezuela and Iran signed energy agreements on Monday. Washington dismissed the deals as irrelevant."
    acts = _acts(text, dt.date(2006, 12, 5))
    assert {("Q30", "12", "Q717", ASSERTED), ("Q30", "12", "Q794", ASSERTED)} <= acts


def test_a_deed_also_done_by_others_is_reacted_to_with_its_first_doers() -> None:
    text = (
        "Russia and China signed a landmark treaty on Thursday reducing troops along their shared border. "
        "The agreement was also signed by Kazakhstan, Kyrgyzstan and Tajikistan. Washington welcomed the accord."
    )
    acts = _acts(text, dt.date(1997, 4, 25))
    assert {("Q30", "05", state, ASSERTED) for state in ("Q159", "Q148", "Q232", "Q813", "Q863")} <= acts


def test_a_state_that_would_only_act_on_its_terms_sets_a_condition_and_offers_nothing() -> None:
    text = (
        "President Moshe Katsav refused to meet the visiting Jordanian King Abdullah II in Haifa, "
        "saying he would only host him in Jerusalem."
    )
    acts = _acts(text, dt.date(2004, 3, 2))
    assert ("Q801", "12", "Q810", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "03"]


def test_where_a_pair_met_is_no_party_to_their_meeting() -> None:
    text = (
        "Donald Trump sat down with Mexico's leader Enrique Pena Nieto for their meeting at a summit in "
        "Hamburg, Germany."
    )
    acts = _acts(text, dt.date(2017, 7, 7))
    assert ("Q30", "04", "Q96", ASSERTED) in acts
    assert not [a for a in acts if "Q183" in (a[0], a[2])]


def test_the_chinese_side_is_china_as_a_party_but_a_side_of_a_border_is_a_place() -> None:
    acts = _acts("The Chinese side said it is ready to import more goods from Egypt.", dt.date(2006, 11, 6))
    assert [a for a in acts if a[0] == "Q148" and a[2] == "Q79" and a[3] == ASSERTED]
    acts = _acts("Mongolia plans to hold talks with the Chinese side next month.", dt.date(2006, 11, 21))
    assert ("Q711", "03", "Q148", ASSERTED) in acts
    assert not _acts("Syrian troops gathered near the Turkish side of the frontier.", dt.date(2012, 10, 4))


def test_a_day_between_any_verb_and_its_preposition() -> None:
    date = dt.date(2006, 12, 4)
    text = "Germany's foreign minister called Monday on Syria to stop arming the militias."
    assert ("Q183", "02", "Q858", ASSERTED) in _acts(text, date)
    text = "Germany's foreign minister called Monday for Syria to stop arming the militias."
    assert ("Q183", "02", "Q858", ASSERTED) in _acts(text, date)
    text = "The Japanese prime minister spoke on Saturday to the Australian prime minister."
    assert ("Q17", "04", "Q408", ASSERTED) in _acts(text, date)


def test_the_two_opening_a_sentence_are_the_pair_its_people_named_before() -> None:
    text = (
        "According to the White House, President Trump and the Saudi king agreed to support havens for refugees in "
        "Syria and Yemen. The two talked by telephone on Sunday."
    )
    acts = _read_acts(text, dt.date(2017, 1, 30))
    calls = [a for a in acts if a.cameo == "041"]
    assert [(a.actor, a.targets) for a in calls] == [("Q30", ["Q851"])]
    # where the sentence before names a third party, "the two" are no pair
    text = "Trump met King Salman and President Sisi of Egypt. The two spoke by telephone on Sunday."
    assert not [a for a in _read_acts(text, dt.date(2017, 1, 30)) if a.cameo == "041"]


def test_a_letter_forwarded_or_relayed_was_sent() -> None:
    text = "Early in November Iran forwarded a message to the foreign ministers of Britain, France and Germany."
    acts = _acts(text, dt.date(2005, 11, 18))
    assert {("Q794", "01", state, ASSERTED) for state in ("Q145", "Q142", "Q183")} <= acts


def test_own_troops_ordered_out_withdraw_and_anothers_are_expelled() -> None:
    date = dt.date(2019, 2, 17)
    acts = _acts("The US president has ordered US troops to leave Syria.", date)
    assert ("Q30", "08", "Q858", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "16"]
    assert ("Q657", "16", "Q142", ASSERTED) in _acts("Chad ordered French troops to leave within six months.", date)


def test_must_in_a_quotation_is_the_demand_of_whom_it_quotes() -> None:
    date = dt.date(2019, 2, 17)
    text = "\u201cThe Americans must leave Syria,\u201d an adviser to Iran\u2019s supreme leader said this month."
    assert ("Q794", "10", "Q30", ASSERTED) in _acts(text, date)
    assert ("Q794", "10", "Q30", ASSERTED) in _acts(
        '"The US must stop arming the rebels," said Iran\'s president.', date
    )
    # the speaker's own duty, and a quotation whose speaker is no state
    assert not _acts('"We must stop arming the rebels," said Iran\'s president.', date)
    assert not _acts('"The US must stop arming the rebels," the report said, citing Iran.', date)


def test_hoping_to_reach_a_deal_is_an_intention() -> None:
    text = "Romania hopes to reach an agreement with Washington on basing American soldiers."
    acts = _acts(text, dt.date(2005, 11, 22))
    assert ("Q218", "03", "Q30", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "05" and a[3] == ASSERTED]


def test_a_gerund_after_a_preposition_has_the_main_clauses_subject_not_a_prepositions_object() -> None:
    date = dt.date(1997, 4, 7)
    text = (
        "EU ministers backed texts faulting the records of Burma, Iraq and Iran "
        "despite failing to agree over censuring China."
    )
    assert not [a for a in _acts(text, date) if a[0] in ("Q796", "Q794", "Q836")]
    text = "Japan and China ended talks on Monday after failing to reach an agreement on fishing rights."
    assert ("Q17", "12", "Q148", ASSERTED) in _acts(text, date)


def test_a_forum_named_after_a_capital_is_no_state() -> None:
    text = "Should the UN and the so-called Astana group settle on a panel, the envoy will leave Syria."
    mentions = _pipeline().extract(Article(id="forum", text=text, date=dt.date(2018, 4, 7))).mentions
    assert "Q232" not in {m.state_qid for m in mentions}
    text = "Astana said it would host the talks."
    mentions = _pipeline().extract(Article(id="forum", text=text, date=dt.date(2018, 4, 7))).mentions
    assert "Q232" in {m.state_qid for m in mentions}


def test_an_interest_in_holding_talks_is_an_intention_and_no_talks_held() -> None:
    acts = _acts("Damascus signalled its interest in resuming negotiations with Israel.", dt.date(1998, 3, 1))
    assert ("Q858", "03", "Q801", ASSERTED) in acts
    assert ("Q858", "04", "Q801", ASSERTED) not in acts
    acts = _acts("Japan is keen on hosting a summit with China.", dt.date(1998, 3, 1))
    assert ("Q17", "03", "Q148", ASSERTED) in acts
    assert ("Q17", "04", "Q148", ASSERTED) not in acts


def test_an_ultimatum_a_state_failed_to_answer_was_aimed_at_it() -> None:
    date = dt.date(1991, 2, 25)
    assert ("Q30", "13", "Q796", ASSERTED) in _acts("Baghdad failed to respond to the American ultimatum.", date)
    assert ("Q30", "13", "Q796", ASSERTED) in _acts("Iraq did not comply with the US ultimatum.", date)


def test_a_state_after_a_second_by_is_no_agent_of_the_passive() -> None:
    text = "A few British recruits were arrested by Kurdish units, armed by Washington, near the border."
    assert not _acts(text, dt.date(2018, 1, 1))
    assert ("Q794", "17", "Q145", ASSERTED) in _acts("The British sailors were arrested by Iran.", dt.date(2018, 1, 1))


def test_a_protest_a_clause_prompted_after_a_comma_is_aimed_at_the_clauses_subject() -> None:
    text = "Colombia shelled rebel positions near the Venezuelan border, prompting a protest from Caracas."
    acts = _acts(text, dt.date(2019, 5, 2))
    assert ("Q717", "11", "Q739", ASSERTED) in acts
    assert not [a for a in acts if a[0] == a[2]]


def test_committed_to_a_strike_is_a_threat_and_no_strike_done() -> None:
    acts = _acts("The United States is committed to a strike against Iraq.", dt.date(1998, 2, 13))
    assert ("Q30", "13", "Q796", ASSERTED) in acts
    assert ("Q30", "19", "Q796", ASSERTED) not in acts


def test_leaving_a_named_city_for_another_state_is_a_visit_there() -> None:
    text = "Nepal's king left Kathmandu for Dhaka to attend a summit of South Asian leaders."
    assert ("Q837", "04", "Q902", ASSERTED) in _acts(text, dt.date(2005, 11, 11))


def test_an_envoy_summoned_is_of_the_state_named_before_the_post() -> None:
    text = "Israel's ambassador to Washington was summoned to the State Department."
    assert ("Q30", "11", "Q801", ASSERTED) in _acts(text, dt.date(2010, 3, 10))


def test_talks_a_journey_was_made_for_are_held_where_it_went() -> None:
    text = "Qatar's foreign minister flew to Moscow for talks with Russian officials."
    acts = _acts(text, dt.date(2017, 6, 10))
    assert ("Q846", "04", "Q159", ASSERTED) in acts
    assert [a for a in _read_acts(text, dt.date(2017, 6, 10)) if a.cameo == "046"]
    # a call for talks is still no talks held
    assert not [a for a in _read_acts("Japan called for talks with China.", dt.date(2017, 6, 10)) if a.cameo == "046"]


def test_an_infinitive_of_purpose_after_a_call_addresses_whom_was_called() -> None:
    date = dt.date(2010, 3, 10)
    text = "The US secretary of state telephoned the Israeli prime minister to protest the decision."
    assert ("Q30", "11", "Q801", ASSERTED) in _acts(text, date)
    text = "The French president telephoned his Israeli counterpart to congratulate him."
    assert ("Q142", "05", "Q801", ASSERTED) in _acts(text, date)


def test_a_visit_in_a_relative_clause_after_a_state_is_to_that_state() -> None:
    text = "Chinese Premier Li Peng, who came to Paris from Germany where he had been on a four-day visit, met Chirac."
    acts = _acts(text, dt.date(1996, 4, 15))
    assert ("Q148", "04", "Q183", ASSERTED) in acts
    # the aside is closed by the main verb: its object is no object of the visit noun
    visits = [a for a in _read_acts(text, dt.date(1996, 4, 15)) if a.rule == "act.visit.noun.noun-subject"]
    assert [a.targets for a in visits] == [["Q183"]]


def test_the_object_of_a_noun_in_an_aside_stops_at_the_main_verb() -> None:
    text = "Turkish Prime Minister Tansu Ciller, who had been on a private visit, was met by Greek officials."
    acts = _read_acts(text, dt.date(1996, 4, 15))
    assert not [a for a in acts if a.kind == "Visit"]
    assert [(a.actor, a.targets) for a in acts if a.rule.startswith("act.meet.verb")] == [("Q41", ["Q43"])]


def test_a_passive_agent_may_come_after_two_adjuncts() -> None:
    text = "The Iraqi foreign minister was received at the airport on his arrival by the Syrian president."
    acts = _acts(text, dt.date(2010, 3, 10))
    assert ("Q858", "04", "Q796", ASSERTED) in acts
    assert ("Q796", "04", "Q858", ASSERTED) not in acts


def test_a_subject_reaches_a_verb_across_one_long_unbroken_predicate() -> None:
    text = (
        "On Friday the Egyptian prime minister would be shown the workings of Singapore's pension system at the "
        "provident fund office and tour the harbour and the new port authority buildings before leaving for China."
    )
    assert ("Q79", "04", "Q148", HYPOTHETICAL) in _acts(text, dt.date(1997, 4, 15))
    # a clause of saying between breaks the predicate: the verb is too far
    text = (
        "The Egyptian prime minister said on Friday, in a long interview with reporters from three newspapers and two "
        "radio stations about the pension system and the new port, that officials were leaving for China."
    )
    assert ("Q79", "04", "Q148", HYPOTHETICAL) not in _acts(text, dt.date(1997, 4, 15))


def test_the_state_department_in_lower_case_is_the_united_states_but_not_a_federal_states_own() -> None:
    date = dt.date(2018, 12, 19)
    text = "The state department announced the sale of fighter jets to Qatar on Friday."
    assert ("Q30", "07", "Q846", ASSERTED) in _acts(text, date)
    assert not _read_acts("Funding came from the state department of education in Texas to Mexico.", date)


def test_a_meeting_noun_with_a_common_noun_partner_has_the_state_after_about_as_its_topic() -> None:
    date = dt.date(2018, 12, 19)
    assert not _acts("The Japanese prime minister held a meeting with business leaders on China.", date)
    assert ("Q17", "04", "Q668", ASSERTED) in _acts("The Japanese premier held a meeting with Indian leaders.", date)


def test_presiding_over_or_chairing_a_meeting_holds_it() -> None:
    date = dt.date(2016, 5, 17)
    text = "Kerry presided over talks with the Italian foreign minister in Rome on Monday."
    assert ("Q30", "04", "Q38", ASSERTED) in _acts(text, date)
    text = "The Saudi foreign minister co-chaired talks with his Russian counterpart."
    assert ("Q851", "04", "Q159", ASSERTED) in _acts(text, date)


def test_a_deed_only_a_state_does_in_a_state_is_that_states() -> None:
    date = dt.date(2017, 3, 27)
    text = 'Canada "firmly condemned" the arrests of dozens of journalists across Turkey on Sunday.'
    assert ("Q16", "11", "Q43", ASSERTED) in _acts(text, date)
    # an attack in a state may be anyone's: the state is only the place
    assert not _acts("Canada condemned the attack on journalists in Turkey on Sunday.", date)


def test_a_noun_in_a_time_adverbial_after_a_light_verbs_own_object_is_nobodys_deed() -> None:
    date = dt.date(2015, 11, 14)
    acts = _acts("Spain sent a message of sympathy to Belgium after the bombing in Brussels.", date)
    assert not [a for a in acts if a[1] in ("18", "19")]
    # the light verb's own object is still carried
    assert ("Q29", "19", "Q858", ASSERTED) in _acts("Spain launched an air raid on Syria after the bombing.", date)


def test_a_state_named_after_a_comma_and_citing_is_no_object_of_the_verb_before() -> None:
    acts = _acts("Estonia urged NATO to send more jets to the Baltic, citing Russia.", dt.date(2015, 6, 10))
    assert ("Q191", "02", "Q159", ASSERTED) not in acts


def test_a_request_a_future_deed_answers_was_made() -> None:
    text = "Fiji will send 300 more soldiers to the Solomon Islands at the request of the Solomon Islands government."
    assert ("Q685", "02", "Q712", ASSERTED) in _acts(text, dt.date(2006, 11, 20))
    # a request done at someone's own behest names no requesting state
    assert not [a for a in _acts("Fiji sent soldiers at the prime minister's request.", dt.date(2006, 11, 20))]


def test_a_state_inside_the_complement_of_a_demand_is_no_object_of_the_verb_before() -> None:
    date = dt.date(2006, 11, 20)
    acts = _acts("Serbia rejected EU demands that it hand over suspects to Croatian courts.", date)
    assert not [a for a in acts if a[1] == "12"]
    assert ("Q403", "12", "Q224", ASSERTED) in _acts("Serbia rejected Croatia's demands that it apologise.", date)


def test_where_a_carried_cargo_comes_from_is_no_object() -> None:
    assert not _acts("Malta refused to let a boat carrying refugees from Libya land.", dt.date(2019, 3, 12))


def test_a_deed_in_a_relative_clause_in_the_perfect_is_background_no_later_noun_names() -> None:
    date = dt.date(2018, 4, 15)
    text = (
        "Israel, which has carried out dozens of strikes in Syria, declined to comment. Jordan condemned the strikes."
    )
    assert ("Q810", "11", "Q801", ASSERTED) not in _acts(text, date)
    text = "Israel carried out strikes in Syria on Friday. Jordan condemned the strikes."
    assert ("Q810", "11", "Q801", ASSERTED) in _acts(text, date)


def test_wounding_a_states_people_is_fighting_it() -> None:
    text = "Thai soldiers wounded another Cambodian villager near the temple on Friday."
    assert ("Q869", "19", "Q424", ASSERTED) in _acts(text, dt.date(2011, 2, 5))


def test_a_passive_subjects_state_governed_by_in_is_a_place_unless_only_a_state_does_the_deed_there() -> None:
    date = dt.date(2018, 6, 12)
    assert not _acts("The summit in Singapore was praised by Japan.", date)
    acts = _acts("The arrests of journalists in Turkey were condemned by Canada.", date)
    assert ("Q16", "11", "Q43", ASSERTED) in acts
    # the clause's own agent is no agent of the noun before its verb
    assert not [a for a in acts if a[1] == "17"]
    acts = _acts("The detention of activists by Egypt was criticised by Canada.", date)
    assert ("Q16", "11", "Q79", ASSERTED) in acts and not [a for a in acts if a[1] == "17"]


def test_an_appeal_to_an_organisation_is_no_appeal_to_the_state_it_is_about() -> None:
    date = dt.date(2014, 3, 20)
    acts = _acts("The Slovak president called on the EU to impose tougher sanctions on Moscow.", date)
    assert not acts  # neither an appeal to Russia nor Slovak sanctions
    acts = _acts("The Slovak president called on Austria to impose tougher sanctions on Moscow.", date)
    assert ("Q214", "02", "Q40", ASSERTED) in acts
    assert ("Q214", "16", "Q159", ASSERTED) not in acts


def test_fighters_named_by_their_cause_after_a_demonym_do_not_act_for_the_state() -> None:
    assert not _acts("Irish republican guerrillas killed three British policemen.", dt.date(1993, 1, 1))


def test_a_deed_done_to_a_states_people_judged_in_the_passive_is_not_aimed_at_that_state() -> None:
    date = dt.date(2018, 6, 12)
    assert not _acts("The seizure of Indian fishermen was condemned by Nepal.", date)
    acts = _acts("The seizure of Indian fishermen by Pakistan was condemned by Nepal.", date)
    assert ("Q837", "11", "Q843", ASSERTED) in acts and ("Q837", "11", "Q668", ASSERTED) not in acts


def test_titles_before_the_names_of_a_pair_after_between_leave_the_pair_whole() -> None:
    date = dt.date(2017, 1, 30)
    for sentence in (
        "A phone call on Friday between presidents Trump and Putin lasted an hour.",
        "Friday's phone call between President Donald Trump and President Vladimir Putin lasted an hour.",
    ):
        assert ("Q30", "04", "Q159", ASSERTED) in _acts(sentence, date)


def test_a_list_of_states_offices_the_gazetteer_has_no_holder_for_is_one_coordinated_subject() -> None:
    date = dt.date(2006, 11, 21)
    acts = _acts(
        "Chile's trade secretary, Peru's deputy trade minister and Ecuador's envoy signed a pact in Lima.", date
    )
    assert ("Q298", "05", "Q419", ASSERTED) in acts and ("Q298", "05", "Q736", ASSERTED) in acts
    # a possessive whose noun is no office joins nothing
    assert not _acts("Chile's copper exports and Peru signed nothing.", date)


def test_every_member_of_a_reduced_passives_agent_list_does_what_its_noun_does() -> None:
    date = dt.date(2018, 4, 15)
    acts = _acts("The raids mounted by Israel, Jordan and Egypt hit four bases in Syria.", date)
    assert {a[0] for a in acts if a[1] == "19"} == {"Q801", "Q810", "Q79"}
    # an agent after a finite passive is no doer of the next clause's verb
    acts = _acts("The crisis was caused by Iran and Iraq condemned Israel.", date)
    assert ("Q796", "11", "Q801", ASSERTED) in acts and not [a for a in acts if a[0] == "Q794"]


def test_a_request_not_yet_answered_keeps_the_state_it_was_made_to() -> None:
    date = dt.date(2018, 4, 15)
    for sentence in (
        "Seoul has not yet responded to Washington's request.",
        "Seoul has yet to reply to Washington's request.",
    ):
        assert ("Q30", "02", "Q884", ASSERTED) in _acts(sentence, date)


def test_a_group_of_unnamed_states_listed_first_after_from_leaves_the_named_states_as_agents() -> None:
    date = dt.date(1997, 4, 10)
    acts = _acts("Kenya's bid won backing from several Asian countries, Canada and Mexico.", date)
    assert ("Q16", "05", "Q114", ASSERTED) in acts and ("Q96", "05", "Q114", ASSERTED) in acts


def test_welcoming_a_former_heads_administrations_decision_praises_the_state() -> None:
    acts = _acts("Egypt welcomed the Obama administration's decision to resume flights.", dt.date(2019, 5, 1))
    assert ("Q79", "05", "Q30", ASSERTED) in acts


def test_the_noun_phrase_after_for_is_the_subject_of_the_infinitive_after_it() -> None:
    date = dt.date(1997, 4, 4)
    # pilgrims act for no state, and what the clause's subject arranged is not its own journey
    assert not _acts("Portugal made arrangements for Libyan pilgrims to travel to Saudi Arabia.", date)
    acts = _acts("Portugal made arrangements for Libya to send a delegation to Saudi Arabia.", date)
    assert ("Q1016", "04", "Q851", HYPOTHETICAL) in acts and not [a for a in acts if a[0] == "Q45"]
    # a weighed deed is no one's stated plan or threat
    acts = _acts("It would be enough for Britain to join France in bombing Syrian bases.", date)
    assert ("Q145", "19", "Q858", HYPOTHETICAL) in acts and not [a for a in acts if a[1] == "13"]
    # after a verb of leaving, "for" names where to
    acts = _acts("The Thai premier left here on Friday for Laos to attend talks with Vietnam.", date)
    assert ("Q869", "04", "Q819", ASSERTED) in acts
    assert [a for a in acts if a[0] == "Q819"] == [("Q819", "04", "Q869", ASSERTED)]  # the host's side alone
    # a span of time after "for" is no subject
    acts = _acts("The Thai premier will visit Laos for three days from May 2 to meet his Lao counterpart.", date)
    assert ("Q869", "03", "Q819", ASSERTED) in acts


def test_visits_owned_and_modified_are_a_plural_noun() -> None:
    date = dt.date(2005, 11, 30)
    # a plural noun after an owner and its modifiers is no verb of the clause's subject
    text = (
        "Chinese President Hu Jintao met the envoy. He said Japanese leaders' repeated visits to the shrine hurt ties."
    )
    assert not [a for a in _acts(text, date) if a[1] == "04" and a[0] == "Q148" and "Q17" in a[2:3]]
    acts = _acts("Zhao said the Czech premier's successful visits to China had boosted ties.", date)
    assert ("Q213", "04", "Q148", ASSERTED) in acts
    # after an owner's office the word is still the verb
    assert ("Q148", "04", "Q17", ASSERTED) in _acts("China's foreign minister visits Japan today.", date)
    # a participle right after a possessive modifies the noun
    acts = _acts("After Japan's scheduled one-day visit to Peru, talks begin.", date)
    assert ("Q17", "04", "Q419", HYPOTHETICAL) in acts


def test_a_name_no_state_is_known_by_is_the_object_and_what_follows_the_reason() -> None:
    date = dt.date(2018, 12, 20)
    assert not _acts("Iran accused Hamas of spying for Israel.", date)
    assert ("Q794", "11", "Q801", ASSERTED) in _acts("Iran accused Israel of spying.", date)
    # a name and "for" in front of a day's name is no such object
    assert ("Q794", "11", "Q801", ASSERTED) in _acts("Iran on Monday accused Israel of spying.", date)


def test_backing_for_sanctions_from_a_state_is_its_backing_not_its_sanctions() -> None:
    date = dt.date(2006, 12, 13)
    acts = _acts("Israeli Prime Minister Ehud Olmert won support for anti-Tehran sanctions from Germany.", date)
    assert ("Q183", "05", "Q801", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "16"]  # no one imposed them
    # after a preposition a word in -s is a noun, no verb of the clause's subject
    assert not [a for a in _acts("Israel pressed for new sanctions against Iran.", date) if a[1] == "16"]


def test_an_organisation_named_after_the_act_leaves_no_target_implied() -> None:
    date = dt.date(2005, 11, 23)
    opening = "German Chancellor Angela Merkel met British Prime Minister Tony Blair in London on Tuesday."
    assert not [a for a in _acts(f"{opening} Merkel pledged her support to the work of the EU.", date) if a[1] == "03"]
    assert ("Q183", "03", "Q145", ASSERTED) in _acts(f"{opening} Merkel pledged support for his work.", date)


def test_a_meeting_between_a_state_and_a_party_that_is_none_was_not_held_by_whoever_speaks_of_it() -> None:
    date = dt.date(1997, 4, 24)
    text = 'Beijing expressed "strong anger" over a meeting between President Clinton and the Dalai Lama.'
    assert not [a for a in _acts(text, date) if a[1] == "04"]


def test_backing_secured_or_obtained_is_received_from_the_state_after_from() -> None:
    date = dt.date(2006, 12, 13)
    for sentence in ("Israel secured backing from Germany.", "Israel obtained support from Germany."):
        acts = _acts(sentence, date)
        assert ("Q183", "05", "Q801", ASSERTED) in acts and ("Q801", "05", "Q183", ASSERTED) not in acts


def test_an_answer_to_a_visit_by_another_state_does_not_make_its_subject_the_host() -> None:
    date = dt.date(2005, 11, 24)
    acts = _acts("China has strongly opposed the visit by Japanese leaders.", date)
    assert ("Q148", "11", "Q17", ASSERTED) in acts and not [a for a in acts if a[1] == "04"]
    assert ("Q17", "04", "Q148", ASSERTED) in _acts("China has received a visit by Japanese leaders.", date)


def test_states_after_the_comma_that_closes_a_subordinate_clause_are_the_main_clauses_subject() -> None:
    date = dt.date(2006, 12, 2)
    text = (
        "Though Damascus objected to the raid and Moscow had urged restraint, Syria and Turkey have since cooperated."
    )
    assert not [a for a in _acts(text, date) if a[1] == "02"]
    assert not _acts("As the accession talks of Russia come to an end, Ukraine has voiced hope.", date)
    # with no subordinate clause open, the state after the comma can still be the object
    text = "At their Beijing meeting last week, both leaders of China and Japan agreed to cooperate."
    assert ("Q148", "04", "Q17", ASSERTED) in _acts(text, date)


def test_which_after_a_noun_that_names_no_state_gives_the_relative_clause_no_state_subject() -> None:
    date = dt.date(2017, 11, 21)
    assert not [a for a in _acts("Russia backed the rebels' plan, which condemns Syria.", date) if a[1] == "11"]
    assert not [
        a
        for a in _acts("Moscow welcomed the rebels' Riyadh accord, which calls on Assad to quit.", date)
        if a[1] in ("02", "10")
    ]
    # a state with its own noun right before "which" is the subject
    assert ("Q142", "11", "Q858", ASSERTED) in _acts("France's draft, which condemns Syria, was tabled.", date)


def test_fighters_and_jews_named_by_a_nationality_are_people_not_their_state() -> None:
    date = dt.date(2017, 11, 21)
    assert not _acts("Belgian and Moroccan fighters went to Libya from Iraq last year.", date)
    assert not _acts("Hungarian Jews arrived in Israel in large numbers after 1948.", date)
    assert ("Q29", "04", "Q1008", ASSERTED) in _acts(
        "The Spanish foreign minister arrived in Ivory Coast on Monday.", date
    )


def test_backing_a_subject_will_have_is_given_by_the_state_its_of_phrase_lists() -> None:
    date = dt.date(1997, 4, 8)
    text = "The Dutch proposal is likely to have the backing of several EU members as well as Canada."
    acts = _acts(text, date)
    assert ("Q16", "05", "Q55", HYPOTHETICAL) in acts and not [a for a in acts if a[0] == "Q55"]
    assert ("Q16", "05", "Q55", ASSERTED) in _acts("The Netherlands has the support of Canada.", date)
    # joining others' words of blame is no blame received from the state named later
    text = "Canada, which has joined wide condemnation of the killing, urged the UN to press Damascus."
    assert not [a for a in _acts(text, date) if a[0] == "Q858"]


def test_a_state_after_areas_or_parts_of_is_where_a_meeting_was_held() -> None:
    date = dt.date(2017, 10, 23)
    assert not _acts("British agents met informants in rebel-held parts of Libya.", date)
    assert ("Q145", "04", "Q1016", ASSERTED) in _acts("British agents met Libyan officials in Tripoli.", date)


def test_a_state_inside_the_charge_against_a_common_noun_object_is_no_target() -> None:
    date = dt.date(2006, 11, 18)
    assert not _acts("Morales accused the protesters of plotting with Chile to topple him.", date)
    assert ("Q750", "11", "Q298", ASSERTED) in _acts("Bolivia accused Chile of plotting against it.", date)
    # a word in -ing that is a noun keeps the state after it the object
    text = "Bolivia signed a memorandum of understanding about cooperating with Chile."
    assert ("Q750", "05", "Q298", ASSERTED) in _acts(text, date)


def test_a_name_opening_a_clause_after_a_comma_ends_the_search_for_the_object() -> None:
    date = dt.date(2017, 12, 1)
    text = "As the Libyan delegation refused to attend the talks, van Buren had pleaded with the Egyptians to help."
    assert not [a for a in _acts(text, date) if a[0] == "Q1016"]


def test_a_second_owners_noun_joined_to_the_acts_phrase_is_not_its_object() -> None:
    date = dt.date(2006, 11, 2)
    text = "Talks stalled after Belgrade's refusal to honour its pledges and Croatia's view that Serbia must comply."
    assert not [a for a in _acts(text, date) if a[0] == "Q403" and a[1] == "12"]
    acts = _acts("Serbia refused to meet Croatian officials and Bosnian officials.", date)
    assert ("Q403", "12", "Q225", ASSERTED) in acts


def test_what_a_document_orders_is_no_act_of_a_state_that_only_welcomed_it() -> None:
    date = dt.date(2006, 12, 11)
    assert not _acts("Beijing welcomed changes to a draft mandating sanctions against Pyongyang.", date)
    text = "Washington tabled a draft resolution mandating sanctions against Pyongyang."
    assert ("Q30", "16", "Q423", ASSERTED) in _acts(text, date)


def test_free_capitalised_before_a_name_is_part_of_the_name_not_a_release() -> None:
    date = dt.date(2018, 12, 22)
    text = "Once the Americans leave, Turkey will back a push by the Gulf-funded Free Syrian army."
    assert not [a for a in _acts(text, date) if a[1] == "08"]
    assert ("Q43", "08", "Q142", ASSERTED) in _acts("Turkey freed the French journalists on Monday.", date)


def test_a_kurd_or_a_jew_named_by_nationality_speaks_for_no_state() -> None:
    date = dt.date(2018, 3, 1)
    text = 'A Swedish Kurd from Malmo said: "So many foreign volunteers went to Iraq to help us."'
    assert not _acts(text, date)


def test_speakers_of_a_states_language_are_people_not_the_state() -> None:
    date = dt.date(2019, 3, 2)
    assert not _acts("Hundreds of French-speakers, many of whom arrived in Mali last year, have left.", date)


def test_a_place_inside_a_subjects_relative_clause_is_not_the_subject() -> None:
    date = dt.date(2018, 12, 20)
    text = "The Arab militia that has led the fight against Isis in Iraq has condemned the Turkish decision."
    assert not [a for a in _acts(text, date) if a[0] == "Q796"]
    # a state's own force in a place stays the force's state
    assert ("Q30", "11", "Q43", ASSERTED) in _acts("The American embassy in Baghdad condemned Turkey.", date)


def test_consultations_an_ambassador_is_recalled_from_a_state_for_are_held_at_home() -> None:
    date = dt.date(2014, 7, 24)
    acts = _acts("Chile recalled its ambassador from Israel for consultations after the strikes on Gaza.", date)
    assert ("Q298", "16", "Q801", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "04"]


def test_a_state_in_the_deed_demanded_of_a_named_non_state_party_is_no_target() -> None:
    date = dt.date(2006, 12, 10)
    text = "Moscow demanded on Sunday that Hamas give up violence and recognise Israel."
    assert not [a for a in _acts(text, date) if a[1] == "10"]
    assert ("Q159", "10", "Q801", ASSERTED) in _acts("Moscow demanded that Israel pull out of Gaza.", date)


def test_the_west_asked_to_do_something_is_no_state_object() -> None:
    date = dt.date(2018, 4, 12)
    text = "Moscow called on the West to think twice about any strike on Syria."
    assert not [a for a in _acts(text, date) if a[2] == "Q858"]
    # (not the West Bank, which is a place)
    assert ("Q159", "02", "Q801", ASSERTED) in _acts("Moscow called on Israel to stop building in the West Bank.", date)


def test_an_agent_after_what_the_object_is_taken_for_is_the_doer() -> None:
    date = dt.date(2015, 7, 31)
    text = "Ankara argued that the militia, which is recognised as a terrorist group by the United States, must disarm."
    assert not [a for a in _acts(text, date) if a[0] == "Q43" and a[1] == "05"]
    assert ("Q17", "05", "Q1246", ASSERTED) in _acts("Kosovo was recognised as a state by Japan in 2008.", date)


def test_a_state_after_around_or_near_is_no_subject() -> None:
    date = dt.date(2006, 12, 11)
    text = "Traces turned up in flats around London that the courier used after he had met two Russian spies."
    assert not _acts(text, date)
    assert not _acts(text.replace("around London", "near Madrid"), date)


def test_a_future_inside_a_quote_does_not_reach_the_act_after_the_verb_of_saying() -> None:
    date = dt.date(2018, 4, 12)
    text = (
        "The German chancellor spoke in Berlin. “We will stay out of any strike,” she said after talking with Danish"
        " Prime Minister Lars Rasmussen there."
    )
    acts = _acts(text, date)
    assert ("Q183", "04", "Q35", ASSERTED) in acts
    assert not [a for a in acts if a[1] == "03"]
    # the future that governs the act itself still does
    assert ("Q183", "04", "Q35", HYPOTHETICAL) in _acts("Merkel said she will meet the Danish prime minister.", date)


def test_a_state_owning_a_second_noun_after_and_is_no_object_of_a_nominal_act() -> None:
    date = dt.date(2016, 2, 17)
    assert not _acts("The rebels profited from the Syrian offensive and Russian air raids to take towns.", date)
    assert not _acts("Ankara's criticism and Moscow's anger grew through the week.", date)
    assert ("Q43", "11", "Q159", ASSERTED) in _acts("Ankara's criticism of Moscow grew through the week.", date)


def test_a_state_a_request_to_another_party_is_for_is_no_target() -> None:
    date = dt.date(1998, 9, 30)
    text = "The US president requested $40 million from Congress for Haiti and Liberia."
    assert not _acts(text, date)
    assert ("Q30", "02", "Q790", ASSERTED) in _acts("The US president requested funds from Haiti.", date)


def test_a_state_in_the_charge_against_a_pronoun_object_is_no_target() -> None:
    date = dt.date(2017, 6, 5)
    text = "Bahrain and Egypt cut ties with the emirate, accusing it of arming rebels and siding with Iran."
    assert not [a for a in _acts(text, date) if a[2] == "Q794"]


def test_a_name_joined_to_the_actor_before_an_infinitive_keeps_the_infinitive_unrealised() -> None:
    date = dt.date(1997, 4, 22)
    text = (
        "Washington urged Zairean leader Mobutu Sese Seko and Ngoma to hold talks in neighbouring South Africa,"
        " regretting."
    )
    assert not [a for a in _acts(text, date) if a[1] == "04" and a[3] == ASSERTED]


def test_a_state_named_by_what_a_meeting_is_held_aboard_is_no_partner() -> None:
    date = dt.date(1997, 4, 30)
    text = (
        "Zairean President Mobutu will meet the rebel chief on Friday on board a South African frigate, the envoy said."
    )
    assert not _acts(text, date)
    assert not _acts("The Zairean president met the rebel chief aboard a South African navy ship.", date)


def test_zairean_names_the_state_while_it_was_called_zaire() -> None:
    date = dt.date(1996, 11, 2)
    assert ("Q974", "11", "Q916", ASSERTED) in _acts(
        "The Zairean army accused Angola of shelling its border towns.", date
    )
    assert not _acts("The Zairean army accused Angola of shelling its border towns.", dt.date(2010, 1, 5))


def test_a_state_inside_an_aside_opened_by_a_preposition_and_which_is_no_subject() -> None:
    date = dt.date(1997, 4, 24)
    assert not _acts("The rebel movement, in which Rwandan officers hold senior posts, criticised Uganda.", date)
    text = (
        "The rebel movement, in which Rwandan officers hold senior posts, benefits from diplomatic backing through"
        " Uganda."
    )
    assert not _acts(text, date)


def test_environmentalists_and_ethnic_groups_are_no_state_actors() -> None:
    date = dt.date(1997, 4, 11)
    text = "Swedish environmentalists gathered outside the Dutch embassy to urge the Netherlands to free the captain."
    assert not _acts(text, date)
    assert not _acts("Rwandan Tutsis accused Burundi of sheltering the militia.", date)


def test_a_rebel_who_takes_office_weeks_later_acts_for_no_state_before() -> None:
    before = dt.date(1997, 4, 28)
    text = (
        "Rebel leader Laurent Kabila met envoys in Lubumbashi. The United States called on Kabila to protect refugees."
    )
    assert not [a for a in _acts(text, before) if a[2] == "Q974"]
    after = dt.date(1997, 7, 2)
    text = "President Laurent Kabila met envoys in Kinshasa. The United States called on Kabila to protect refugees."
    assert ("Q30", "02", "Q974", ASSERTED) in _acts(text, after)


def test_a_state_before_embassy_is_where_the_struck_mission_stood() -> None:
    date = dt.date(1998, 8, 20)
    assert not _acts("Relatives of victims of the Tanzania embassy bombing gathered in Washington.", date)
    assert ("Q148", "19", "Q30", ASSERTED) in _acts("Chinese strikes on American bases began at dawn.", date)


def test_a_state_in_a_time_clause_after_a_demanded_clause_is_no_target_but_a_condition_s_is() -> None:
    date = dt.date(2015, 1, 17)
    text = (
        "The Ukrainian president urged that the penalties stay in force as long as Russia keeps its troops in Crimea."
    )
    assert not _acts(text, date)
    text = "Britain and France agreed to impose sanctions until Iran agrees to halt enrichment."
    assert ("Q145", "16", "Q794", HYPOTHETICAL) in _acts(text, dt.date(2006, 11, 2))


def test_the_need_for_the_dotted_us_to_act_is_no_act_yet() -> None:
    date = dt.date(2016, 12, 9)
    text = "A senator saw a pressing need for the U.S. itself to support Georgia."
    assert _acts(text, date) == {("Q30", "05", "Q230", HYPOTHETICAL)}


def test_the_state_inside_an_opening_relation_appositive_is_no_subject() -> None:
    date = dt.date(2006, 12, 3)
    text = (
        "A firm friend of Cuba's President Fidel Castro, the populist leader had accused Washington of plotting a coup."
    )
    assert not _acts(text, date)


def test_a_nominal_act_addressed_to_a_named_body_has_no_state_object_after_the_comma() -> None:
    date = dt.date(2018, 7, 10)
    text = "Answering a Trump appeal to Nato, and despite doubts at home, Britain sent more troops to Afghanistan."
    assert not [a for a in _acts(text, date) if a[0] == "Q30"]


def test_a_known_person_of_no_office_opening_a_clause_after_a_comma_is_the_subject() -> None:
    date = dt.date(2017, 1, 30)
    text = (
        "As Kenya's candidate lost the race for the African Union post, outgoing chairwoman Nkosazana Dlamini-Zuma"
        " criticised the US travel ban."
    )
    assert not [a for a in _acts(text, date) if a[0] == "Q114"]


def test_a_planned_meeting_called_off_is_no_intention() -> None:
    date = dt.date(2018, 4, 12)
    text = (
        "The British foreign secretary has cancelled a planned joint news conference with the German foreign minister."
    )
    acts = _acts(text, date)
    assert not [a for a in acts if a[1] == "03"]
    assert ("Q145", "16", "Q183", ASSERTED) in acts


def test_what_is_worth_doing_is_not_done() -> None:
    date = dt.date(2006, 12, 5)
    assert not _acts("The Japanese envoy said it was worth visiting South Korea in spring.", date)
    assert ("Q17", "04", "Q884", ASSERTED) in _acts("The Japanese envoy said he was visiting South Korea.", date)


def test_an_office_holder_of_no_state_opening_a_subordinate_clause_is_its_subject() -> None:
    date = dt.date(1998, 2, 13)
    text = "Moscow said Washington should wait at least until UN chief Kofi Annan visits Baghdad next week."
    assert not [a for a in _acts(text, date) if a[1] == "04" or a[1] == "03"]


def test_a_state_in_the_circumstances_of_an_act_is_no_object() -> None:
    date = dt.date(2018, 12, 28)
    text = (
        "The militia asked Damascus to shield it from a looming Turkish offensive in the face of the swift US pullout."
    )
    assert not [a for a in _acts(text, date) if a[2] == "Q30"]
    assert not _acts("The Emiratis rely on US aid in their long feud with Iran by proxy.", date)


def test_what_is_under_attack_stands_before_under() -> None:
    date = dt.date(2018, 4, 1)
    text = "The French president recently received at the Elysée Kurdish commanders under attack from Turkey."
    assert not [a for a in _acts(text, date) if a[0] == "Q43" or a[2] == "Q43"]
    assert ("Q43", "19", "Q858", ASSERTED) in _acts("Syria came under attack from Turkey on Monday.", date)


def test_a_future_before_a_state_word_inside_the_noun_phrase_governs_the_act() -> None:
    date = dt.date(2006, 11, 1)
    acts = _acts("Forming a unity cabinet would open the way for Israeli-Palestinian talks, Erekat said.", date)
    assert ("Q801", "04", "Q219060", HYPOTHETICAL) in acts
    assert ("Q801", "04", "Q219060", ASSERTED) not in acts
    # (a hostile deed a future verb reacts to happened: "would answer any Iraqi strike on Jordan" is no plan of it)
    text = "Israel said it will answer any Iraqi strike on Jordan."
    assert ("Q796", "03", "Q810", ASSERTED) not in _acts(text, date)


def test_a_participle_aside_with_its_agent_is_skipped_in_looking_for_the_subject() -> None:
    date = dt.date(2018, 8, 1)
    text = "In return, Washington – urged on by the cabinet in Israel – wants Moscow to keep Iran's units off."
    assert _acts(text, date) == {("Q30", "02", "Q159", ASSERTED)}
    text = (
        "Moscow, angered by the detention of three of its soldiers in Georgia, imposed an economic blockade on Georgia."
    )
    assert ("Q159", "16", "Q230", ASSERTED) in _acts(text, dt.date(2006, 11, 1))


def test_broadcasters_of_a_state_are_no_state_actors() -> None:
    assert not _acts("Afghan TV stations also travelled to Doha to cover the games.", dt.date(2006, 11, 27))


def test_a_vow_of_force_is_a_threat_not_an_intention_to_cooperate() -> None:
    date = dt.date(2018, 12, 10)
    acts = _acts("The US envoy vowed that the coalition would drive out every Iranian unit from Syria.", date)
    assert acts == {("Q30", "13", "Q794", ASSERTED)}
    assert _acts("The Pentagon chief vowed to bomb Syria.", date) == {("Q30", "13", "Q858", ASSERTED)}


def test_clergy_broadcasters_investors_and_boxers_named_by_an_abbreviation_or_demonym_act_for_no_state() -> None:
    assert not _acts("The Vatican praised Chinese priests and believers for keeping their faith.", dt.date(2006, 12, 2))
    text = "US boxing legend Muhammad Ali arrived in Berlin on Monday to collect a German award."
    assert not _acts(text, dt.date(2005, 12, 16))
    text = "The Kuwaiti finance minister called on ROK investors to look at projects in Kuwait."
    assert not _acts(text, dt.date(2005, 11, 26))
    # (a national security adviser is an office of the state, no national of it)
    text = (
        "Erdogan declined to see Bolton, so the US national security adviser had to hold talks with a Turkish"
        " counterpart instead."
    )
    assert ("Q30", "04", "Q43", ASSERTED) in _acts(text, dt.date(2018, 12, 20))


def test_the_verb_of_a_condition_or_of_a_time_to_come_opened_before_its_actor_is_not_done() -> None:
    acts = _acts(
        "Moscow said its army would respond if a US raid on Syria threatened Russian troops.", dt.date(2018, 4, 12)
    )
    assert ("Q30", "13", "Q159", ASSERTED) not in acts
    text = "The deal will be ready by the time Prime Minister Abe meets President Obama, officials said."
    assert ("Q17", "04", "Q30", HYPOTHETICAL) in _acts(text, dt.date(2014, 4, 7))
    # (a relative clause inside the condition tells of its own deed)
    text = "Washington fears what the base might turn into if it gets what Russia has long been asking from Serbia."
    assert ("Q159", "02", "Q403", ASSERTED) in _acts(text, dt.date(2017, 6, 15))


def test_a_name_no_state_phrase_covers_is_the_object_before_a_circumstance() -> None:
    text = "The files show the scale of US backing for Saddam Hussein during the long Iran-Iraq war."
    assert not _acts(text, dt.date(2018, 1, 1))


def test_telephone_calls_as_traffic_are_no_conversation_but_calls_made_to_leaders_are() -> None:
    date = dt.date(1997, 4, 16)
    text = (
        "Manila and Washington agreed to lower the tariffs on long-distance telephone calls made between the two"
        " nations."
    )
    assert not [a for a in _acts(text, date) if a[1] == "04"]
    text = "Trump made a new round of individual telephone calls to the heads of Japan and Germany."
    assert _acts(text, dt.date(2017, 4, 24)) == {("Q30", "04", "Q17", ASSERTED), ("Q30", "04", "Q183", ASSERTED)}


def test_who_said_it_set_off_by_commas_inside_the_clause_is_no_subject() -> None:
    text = (
        "British Foreign Secretary Boris Johnson spoke in Ankara on Monday. Yet Washington, he added, had also"
        " recognised Turkey's right to defend its people."
    )
    assert _acts(text, dt.date(2018, 1, 16)) == {("Q30", "05", "Q43", ASSERTED)}


def test_states_listed_before_a_group_that_closes_the_list_are_all_doers() -> None:
    text = (
        "The European Union turned down demands by Japan, Canada and several other WTO members for deeper cuts in"
        " farm subsidies."
    )
    assert not _acts(text, dt.date(2005, 11, 13))


def test_a_deed_in_the_present_of_a_time_clause_that_sets_a_condition_is_not_done_nor_intended() -> None:
    text = "A North Korean official said Beijing could take part only after Washington recognizes Pyongyang."
    assert _acts(text, dt.date(1997, 4, 23)) == {("Q30", "05", "Q423", HYPOTHETICAL)}
    # (a deed in the past after "after" was done)
    text = "They were honoured sixty years after Washington dropped two atomic bombs on Japan."
    assert ("Q30", "19", "Q17", ASSERTED) in _acts(text, dt.date(2005, 12, 10))


def test_sanctions_pushed_for_are_not_imposed() -> None:
    text = "The United States has lately been pressing for tougher sanctions on Iran."
    acts = _acts(text, dt.date(2006, 12, 11))
    assert ("Q30", "16", "Q794", HYPOTHETICAL) in acts
    assert ("Q30", "16", "Q794", ASSERTED) not in acts


def test_an_opening_quotation_mark_after_the_trigger_does_not_hide_what_makes_it_something_else() -> None:
    text = "An adviser said London and Washington would go to “great lengths not to hurt Russian troops” in any raid."
    assert not _acts(text, dt.date(2018, 4, 13))


def test_the_object_of_a_first_gerund_is_not_the_subject_of_a_second_one_joined_to_it() -> None:
    assert not _acts("Hezbollah said it would keep on attacking Israel and defending Lebanon.", dt.date(2005, 11, 22))


def test_a_pronoun_no_state_phrase_covers_opening_the_main_clause_after_a_comma_is_its_subject() -> None:
    date = dt.date(2018, 3, 1)
    text = (
        "“While we will resist Turkish efforts to seize the enclave, we invite Syria's army to guard it,” the council"
        " said."
    )
    assert not [a for a in _acts(text, date) if a[1] == "03"]
    # (a pronoun that stands for a state's leader is a phrase of its own, and the subject)
    text = "Erdogan spoke in Ankara on Monday. After the Syrian move, he invited Russia to talks."
    assert ("Q43", "03", "Q159", ASSERTED) in _acts(text, date)


def test_a_hope_about_the_state_s_own_forces_is_no_appeal_and_a_war_during_which_is_no_target() -> None:
    date = dt.date(1991, 2, 25)
    assert not _acts("Washington hopes its soldiers will push Iraqi units out of the emirate within days.", date)
    assert ("Q148", "02", "Q17", ASSERTED) in _acts("China hopes Japan will return the islands.", date)
    text = "Ankara has sent repeated warnings about planes crossing its airspace during Syria's long civil war."
    assert not _acts(text, dt.date(2015, 11, 26))


def test_footballers_capped_for_their_country_act_for_no_state() -> None:
    date = dt.date(2016, 3, 1)
    text = "Italian international defender Marco Rossi urged Chelsea to sign the Argentine international playmaker."
    assert not _acts(text, date)
    assert not _acts("The Croatian international Kovac praised the German coach.", date)


def test_a_second_gerund_after_examples_of_places_keeps_the_subject_of_the_absolute_clause() -> None:
    date = dt.date(2016, 3, 1)
    for text in (
        "With Erdogan flexing muscle in places such as Libya and Syria and offering loans to Sudan, NATO is uneasy.",
        "Erdogan is flexing muscle in places like Libya and Syria and offering loans to Sudan.",
    ):
        assert _acts(text, date) == {("Q43", "03", "Q1049", ASSERTED)}


def test_a_pronoun_after_an_absolute_clause_stands_for_its_subject() -> None:
    text = (
        "Obama met reporters on Friday. It has been a long effort, with Russian President Vladimir Putin courting"
        " friends he hopes will help later."
    )
    extraction = _pipeline().extract(Article(id="modality-case", text=text, date=dt.date(2016, 3, 1)))
    assert [m.qid for m in extraction.mentions if m.text == "he"] == ["Q7747"]


def test_a_nominal_act_hoped_for_with_a_modal_after_it_is_hypothetical() -> None:
    date = dt.date(2016, 3, 1)
    acts = _acts("I hope the British raids would hit every Iranian depot.", date)
    assert ("Q145", "19", "Q794", HYPOTHETICAL) in acts
    assert ("Q145", "19", "Q794", ASSERTED) not in acts
    assert ("Q145", "19", "Q794", ASSERTED) in _acts("She said the British raids would change nothing in Iran.", date)


def test_a_relative_of_no_office_reported_as_travelling_travels_for_no_state() -> None:
    date = dt.date(2000, 3, 29)
    assert not _acts("Havana said the sailor's mother, Maria Lopez, would travel to Mexico.", date)
    text = "Havana said the Cuban trade minister, Ana Ruiz, would travel to Mexico."
    assert ("Q241", "04", "Q96", HYPOTHETICAL) in _acts(text, date)


def test_a_state_s_name_before_the_name_of_its_armed_forces_names_the_state() -> None:
    date = dt.date(2006, 7, 20)
    assert ("Q801", "19", "Q822", ASSERTED) in _acts("Overnight the Israel Air Force bombed bridges in Lebanon.", date)
    assert ("Q801", "08", "Q822", ASSERTED) in _acts("The Israel Defence Forces pulled out troops from Lebanon.", date)
    # (a US state's guard is no state's army)
    assert not _acts("Soldiers of the Georgia Army National Guard flew to Kuwait.", date)


def test_a_second_fronted_participle_has_the_main_clause_s_subject_not_the_first_one_s_object() -> None:
    date = dt.date(1998, 8, 21)
    opener = "After touring the Chilean capital on Monday and meeting Peruvian ministers on Tuesday"
    assert ("Q298", "04", "Q419", ASSERTED) not in _acts(f"{opener}, the Interpol chief said he was pleased.", date)
    acts = _acts(f"{opener}, the US envoy said he was pleased.", date)
    assert ("Q30", "04", "Q419", ASSERTED) in acts
    assert ("Q298", "04", "Q419", ASSERTED) not in acts


def test_a_meeting_s_partner_after_its_venue_and_a_word_on_how_the_partner_stands() -> None:
    date = dt.date(2019, 11, 20)
    text = "Merkel spoke on Friday after talks in Lima, Peru, with the embattled Chilean president."
    acts = _acts(text, date)
    assert ("Q183", "04", "Q298", ASSERTED) in acts
    assert ("Q183", "04", "Q419", ASSERTED) not in acts


def test_meetings_and_visits_called_for_are_hypothetical() -> None:
    acts = _acts("Rome called for an Indian naval visit to Italy.", dt.date(1997, 4, 7))
    assert ("Q668", "04", "Q38", HYPOTHETICAL) in acts
    # (nor did India voice any intention: Italy asked for the visit)
    assert not [a for a in acts if a[0] == "Q668" and a[3] == ASSERTED]


def test_a_meeting_after_a_word_for_its_kind_is_a_noun_and_its_topic_no_party() -> None:
    text = "The Dutch envoy said the plan would be discussed at an emergency council meeting on Iran."
    assert not [a for a in _acts(text, dt.date(2018, 4, 12)) if a[1] == "04"]


def test_no_partner_is_implied_for_visits_to_people_at_home_many_states_or_an_organisation_s_seat() -> None:
    opening = "Japan thanked Peru for the rescue. Tokyo sent a team of doctors to Peru on Tuesday. "
    for last in ("The Peruvian leader visited the wounded hostages.", "The Peruvian leader visited the army hospital."):
        assert ("Q419", "04", "Q17", ASSERTED) not in _acts(opening + last, dt.date(1997, 4, 23))
    text = "Kenya's president visited Beijing on Monday. Over the years China has offered aid to 40 African countries."
    assert ("Q148", "03", "Q114", ASSERTED) not in _acts(text, dt.date(2006, 11, 2))
    text = (
        "Merkel met Blair in London on Monday. Merkel, now in Brussels for a brief tour, spoke to reporters after"
        " seeing Barroso, who heads the European Commission."
    )
    assert ("Q183", "04", "Q145", ASSERTED) in _acts(text, dt.date(2005, 11, 23))  # (the meeting in London)
    assert not [a for a in _read_acts(text, dt.date(2005, 11, 23)) if a.cameo[:2] == "04" and a.sentence == 1]


def test_an_attack_feared_is_hypothetical_and_threatens_no_one() -> None:
    acts = _acts("Villagers fear shelling by Armenia once the Russian peacekeepers leave.", dt.date(2020, 11, 20))
    assert ("Q399", "19", "Q159", ASSERTED) not in acts
    assert not [a for a in acts if a[1] == "13"]


def test_a_clause_then_a_comma_and_a_new_noun_phrase_before_the_verb_gives_that_phrase_as_subject() -> None:
    date = dt.date(2006, 12, 19)
    assert not _acts("Somalia faces famine, an aid agency warned on Monday, urging Kenya to open its border.", date)
    # (an appositive closed by a comma is still the state's)
    assert ("Q843", "12", "Q668", ASSERTED) in _acts("Pakistan, a key US ally, has refused to join India.", date)


def test_a_subject_pronoun_right_after_the_one_told_is_the_teller() -> None:
    text = "The paper said Obama had told Cameron he had spoken to three leaders, including the Russian president."
    assert ("Q30", "04", "Q159", ASSERTED) in _acts(text, dt.date(2014, 3, 2))


def test_no_partner_is_implied_for_a_visit_to_other_countries_left_unnamed() -> None:
    text = (
        'US Energy Secretary Bodman met UAE officials on Sunday. "There is real interest here (UAE), and I expect the'
        ' same once we visit other countries in the region," he added.'
    )
    acts = _read_acts(text, dt.date(2005, 11, 13))
    assert not [a for a in acts if a.sentence == 1]


def test_judging_conduct_done_to_a_state_by_others_is_aimed_at_the_others() -> None:
    acts = _acts(
        "Paris said it rejects the meddling in the affairs of Mali by Russia and Algeria.", dt.date(2022, 2, 1)
    )
    assert {("Q142", "12", "Q159", ASSERTED), ("Q142", "12", "Q262", ASSERTED)} <= acts
    assert ("Q142", "12", "Q912", ASSERTED) not in acts


def test_states_named_in_a_building_name_are_no_parties() -> None:
    text = (
        "The summit opened on Saturday in the Nepal India Friendship Trade Center, chaired by Shaukat Aziz, Prime"
        " Minister of Pakistan."
    )
    result = _pipeline().extract(Article(id="building-case", text=text, date=dt.date(2005, 11, 12)))
    assert {m.state_qid for m in result.mentions if m.state_qid} == {"Q843"}


def test_a_state_inviting_its_own_people_to_its_seat_is_no_act() -> None:
    text = "Every US governor is invited to the White House next Monday for a briefing that is to focus on Mexico."
    assert not _acts(text, dt.date(2017, 4, 24))


def test_a_capital_right_before_talks_is_where_they_are_held() -> None:
    date = dt.date(2006, 11, 1)
    assert not [a for a in _acts("Greece took part in the Helsinki talks with Turkey.", date) if a[0] == "Q33"]
    acts = _acts("At the Helsinki meeting, Turkey and Greece agreed to talk again.", date)
    assert ("Q43", "04", "Q41", ASSERTED) in acts
    assert not [a for a in acts if "Q33" in (a[0], a[2])]


def test_a_state_listed_among_the_agents_of_a_passive_is_not_its_target() -> None:
    text = (
        '"Our state will border Egypt," Dahlan said, adding the plan was backed by Jordan, Egypt and the Arab League.'
    )
    assert ("Q810", "05", "Q79", ASSERTED) not in _acts(text, dt.date(2005, 11, 25))


def test_support_for_a_group_fighting_a_state_is_not_aimed_at_the_state() -> None:
    acts = _acts("Iran gave support to rebels fighting the Iraqi government.", dt.date(2006, 3, 1))
    assert not [a for a in acts if a[2] == "Q796"]


def test_an_attack_that_may_not_take_place_is_not_asserted() -> None:
    text = "Trump spoke on Thursday. In a new tweet he suggests an attack on Syria might not happen soon."
    acts = _acts(text, dt.date(2018, 4, 12))
    assert ("Q30", "19", "Q858", HYPOTHETICAL) in acts
    assert ("Q30", "19", "Q858", ASSERTED) not in acts


def test_an_offer_to_students_of_a_region_implies_no_partner() -> None:
    text = "Ethiopia's prime minister visited China in June. China offered 5,000 scholarships to African students."
    assert not [a for a in _read_acts(text, dt.date(2006, 11, 4)) if a.sentence == 1]


def test_an_object_pronoun_right_after_the_verb_is_its_object() -> None:
    text = "He said the Pentagon should stop asking them for money and pay retired officers to advise Iraqi ministers."
    assert not _acts(text, dt.date(2006, 12, 3))


def test_a_person_in_a_company_post_acts_for_no_state() -> None:
    text = "Putin shook hands with Rex W. Tillerson, then head of Exxon Mobil Corporation, at a dinner near Moscow."
    assert not [a for a in _acts(text, dt.date(2016, 12, 14)) if a[1] == "04"]


def test_a_name_with_a_middle_initial_is_the_gazetteer_name_without_it() -> None:
    text = "Rex W. Tillerson met Sergei Lavrov in Moscow on Wednesday."
    result = _pipeline().extract(Article(id="initial-case", text=text, date=dt.date(2017, 4, 12)))
    assert [(m.text, m.qid) for m in result.mentions if m.kind == "person"][0] == ("Rex W. Tillerson", "Q331401")


def test_states_given_as_a_range_of_topics_are_no_partners() -> None:
    acts = _acts("China could refuse to cooperate on many issues from Iran to Cuba.", dt.date(2016, 12, 14))
    assert not [a for a in acts if a[2] in ("Q794", "Q241")]


def test_a_state_in_a_place_after_a_common_noun_is_not_the_subject() -> None:
    acts = _acts("The war in Syria offered Russia a chance to test its new weapons.", dt.date(2016, 5, 1))
    assert not [a for a in acts if a[0] == "Q858"]
    # (a state's own people in the place still act for their state)
    acts = _acts("Chinese diplomats in Japan protested to Tokyo over the visit.", dt.date(2016, 5, 1))
    assert ("Q148", "11", "Q17", ASSERTED) in acts or ("Q148", "13", "Q17", ASSERTED) in acts


def test_a_state_inside_words_quoted_after_the_verb_is_not_its_object() -> None:
    text = "The US envoy, on a trip to Kabul, warned \u201cthis will be a hard year for the brave Afghan army.\u201d"
    assert ("Q30", "13", "Q889", ASSERTED) not in _acts(text, dt.date(2017, 4, 25))
    # (a closing quote or a short quoted phrase is no quotation of what was said)
    text = 'The United States "strongly condemned" the arrests of dozens of marchers across Russia.'
    assert ("Q30", "11", "Q159", ASSERTED) in _acts(text, dt.date(2017, 3, 27))


def test_a_bare_verb_joined_to_an_infinitive_shares_its_subject() -> None:
    text = "Ankara condemned a move by President Trump to quit the Paris accord and recognise Jerusalem as its capital."
    acts = _acts(text, dt.date(2018, 5, 9))
    assert ("Q30", "05", "Q801", ASSERTED) in acts
    assert ("Q43", "05", "Q801", ASSERTED) not in acts
    text = "During the call the American president suddenly decided to end the old policy and pull troops out of Syria."
    assert ("Q30", "08", "Q858", ASSERTED) in _acts(text, dt.date(2018, 12, 21))


def test_less_willing_to_agree_is_no_agreement() -> None:
    acts = _acts("The vote made Israel less willing to agree to US offers of mediation.", dt.date(2013, 11, 20))
    assert ("Q801", "03", "Q30", ASSERTED) not in acts


def test_a_state_named_in_what_a_meeting_was_told_is_no_party_to_it() -> None:
    text = "The Israeli defence minister told a meeting of his generals that the Syrian army was rearming fast."
    assert not [a for a in _acts(text, dt.date(2005, 12, 21)) if a[1] == "04"]


def test_the_partners_of_a_state_are_not_the_state() -> None:
    date = dt.date(2018, 1, 24)
    acts = _acts("Turkish troops plan to attack the US army's Kurdish partners near the border.", date)
    assert not [a for a in acts if a[2] == "Q30"]
    # (states named in apposition to the partners are the object)
    acts = _acts("Turkey is increasingly cooperating with Assad's two main backers, Iran and Russia.", date)
    assert {("Q43", "06", "Q794", ASSERTED), ("Q43", "06", "Q159", ASSERTED)} & acts


def test_what_a_policy_in_a_state_must_do_is_no_demand_of_that_state() -> None:
    text = '"American strategy in Iraq must face the facts," two think-tank scholars wrote this month.'
    assert not _acts(text, dt.date(2006, 12, 18))


def test_a_refugee_leader_and_a_photojournalist_act_for_no_state() -> None:
    date = dt.date(2006, 12, 12)
    assert not _acts(
        "A delegation led by Burmese refugee leader Aung Min met Thailand's prime minister on Friday.", date
    )
    assert not _acts("The French photojournalist travelled to Yemen in 2015 to report on the war.", date)


def test_a_named_news_outlet_of_a_state_is_no_target() -> None:
    text = "Israel's defence minister issued the threat in a statement, reported the Lebanese Al-Manar TV channel."
    assert not [a for a in _acts(text, dt.date(2006, 11, 15)) if a[2] == "Q822"]


def test_a_relative_clause_between_dashes_is_no_part_of_the_subject() -> None:
    text = (
        "The ruling drew protests, with France -- which chairs the bloc from July, when Croatia joins -- vowing to"
        " press Libya."
    )
    acts = _acts(text, dt.date(2006, 12, 20))
    assert ("Q142", "03", "Q1016", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q224"]


def test_support_for_those_a_relative_pronoun_stands_for_is_not_aimed_at_a_state_before() -> None:
    acts = _acts("The Yemen coalition includes several militias who, supported by Iran and Qatar, fought for years.")
    assert not [a for a in acts if a[1] == "05"]


def test_what_one_does_not_expect_another_to_do_is_not_done() -> None:
    text = "Washington does not expect the new Afghan government to ask for a pullout of American troops."
    assert ("Q889", "02", "Q30", ASSERTED) not in _acts(text, dt.date(2005, 12, 12))


def test_a_state_in_an_appositive_that_glosses_the_words_is_no_target() -> None:
    text = 'Ankara vowed to "crush every nest of terror", an allusion to Kurdish militias that Washington has armed.'
    assert not [a for a in _acts(text, dt.date(2019, 10, 9)) if a[2] == "Q30"]


def test_a_pronoun_after_a_quotation_names_its_speaker() -> None:
    text = (
        "Michele Alliot-Marie, the French defence minister, landed in Beirut on Sunday. Lebanon's prime minister Fouad"
        ' Siniora received her. "I have come to show France\'s backing for Lebanon," she said to journalists after'
        " talks with the Lebanese defence minister."
    )
    acts = _read_acts(text, dt.date(2006, 12, 31))
    assert not [a for a in acts if a.sentence == 2 and a.actor == "Q822"]


def test_an_astronaut_acts_for_no_state() -> None:
    text = "The Polish astronaut Miroslaw Hermaszewski flew to Moscow last week to train for the mission."
    assert not _acts(text, dt.date(1978, 7, 1))


def test_a_gerund_after_before_takes_the_subject_across_the_objects_of_the_main_verb() -> None:
    text = "Obama will see King Felipe and Prime Minister Rajoy before heading to a US naval base in Spain."
    assert ("Q29", "04", "Q30", ASSERTED) not in _acts(text, dt.date(2016, 7, 9))


def test_a_clash_with_a_view_is_no_fighting() -> None:
    text = "The British defence minister clashed with the American president's claim that the war in Syria was over."
    assert not [a for a in _acts(text, dt.date(2018, 12, 20)) if a[1] == "19"]


def test_what_is_to_happen_only_after_a_state_acts_is_hypothetical() -> None:
    text = "The six-party talks can begin only after Tokyo restore ties with Pyongyang, the envoy said."
    assert ("Q17", "05", "Q423", ASSERTED) not in _acts(text, dt.date(1997, 4, 23))


def test_a_states_former_envoy_acts_for_no_state() -> None:
    assert not _acts("Oman's former envoy to Britain quietly visited London last month.", dt.date(2006, 12, 14))


def test_opposed_to_is_the_subjects_opposition() -> None:
    acts = _acts("Canada was opposed to the American and British bombing of Libya in 2011.", dt.date(2012, 1, 5))
    assert ("Q16", "11", "Q30", ASSERTED) in acts
    assert not [a for a in acts if a[0] == "Q1016" and a[1] == "11"]


def test_a_relative_announced_on_a_weekday_to_be_ready_to_travel_acts_for_no_state() -> None:
    text = "Havana announced last Friday that the girl's mother was willing to fly to Mexico."
    assert not _acts(text, dt.date(2000, 4, 3))


def test_a_destination_before_for_is_where_the_doer_goes_not_the_doer() -> None:
    acts = _acts("Trump will fly to Iceland for talks with the Kremlin leader next month.", dt.date(2017, 1, 17))
    assert not [a for a in acts if a[0] == "Q189"]
