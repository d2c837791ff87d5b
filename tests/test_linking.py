"""Who a mention refers to at the article's date: full names, ASCII spellings, titles alone, surnames
and pronouns, across decades and regions (issue: Wikidata linking that stays true over time)."""

from __future__ import annotations

import pytest

from kg.model import Mention
from kg.pipeline import Pipeline
from kg.read import article_from_record


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def people(pipeline: Pipeline, text: str, date: str | None) -> list[Mention]:
    article = article_from_record({"id": "t", "text": text, "date": date}, "test")
    return [m for m in pipeline.extract(article).mentions if m.kind == "person"]


def person_named(pipeline: Pipeline, text: str, date: str | None, name: str) -> Mention:
    """The first person mention of ``text`` whose words are ``name`` (StopIteration when there is none)."""
    return next(m for m in people(pipeline, text, date) if m.text == name)


# (text, article date, mention text, expected person QID, expected state QID)
CASES = [
    # full names, each holding an office of that state at the date
    ("Lee Teng-hui said on Monday that talks would go on.", "1997-04-01", "Lee Teng-hui", "Q315528", "Q865"),
    ("Jiang Zemin said on Monday that talks would go on.", "1997-04-01", "Jiang Zemin", "Q16597", "Q148"),
    ("Madeleine Albright said talks would go on.", "1997-04-23", "Madeleine Albright", "Q174438", "Q30"),
    ("Mahathir Mohamad said talks would go on.", "1997-04-23", "Mahathir Mohamad", "Q181383", "Q833"),
    ("Alexander Downer said talks would go on.", "1997-04-23", "Alexander Downer", "Q1239291", "Q408"),
    ("Romano Prodi said talks would go on.", "1997-04-13", "Romano Prodi", "Q38484", "Q38"),
    ("Leonid Kuchma said talks would go on.", "1998-02-27", "Leonid Kuchma", "Q629702", "Q212"),
    ("Bill Clinton said talks would go on.", "1998-08-08", "Bill Clinton", "Q1124", "Q30"),
    ("Glafcos Clerides said talks would go on.", "1998-08-08", "Glafcos Clerides", "Q317648", "Q229"),
    ("Jan Kavan said talks would go on.", "1999-03-12", "Jan Kavan", "Q1397396", "Q213"),
    ("Igor Ivanov said talks would go on.", "1999-03-12", "Igor Ivanov", "Q378027", "Q159"),
    ("Thabo Mbeki said talks would go on.", "2005-11-24", "Thabo Mbeki", "Q101547", "Q258"),
    ("Branko Crvenkovski said talks would go on.", "2005-12-14", "Branko Crvenkovski", "Q157111", "Q221"),
    ("Jacques Chirac said talks would go on.", "2005-12-14", "Jacques Chirac", "Q2105", "Q142"),
    ("Philippe Douste-Blazy said talks would go on.", "2005-12-14", "Philippe Douste-Blazy", "Q366016", "Q142"),
    ("Ricardo Lagos said talks would go on.", "2005-11-04", "Ricardo Lagos", "Q331", "Q298"),
    ("Mahmoud Abbas said talks would go on.", "2005-11-16", "Mahmoud Abbas", "Q127998", "Q219060"),
    ("Condoleezza Rice said talks would go on.", "2005-11-16", "Condoleezza Rice", "Q47216", "Q30"),
    ("Ariel Sharon said talks would go on.", "2005-11-16", "Ariel Sharon", "Q60206", "Q801"),
    ("Carlo Azeglio Ciampi said talks would go on.", "2005-11-22", "Carlo Azeglio Ciampi", "Q1224", "Q38"),
    ("Ahmet Necdet Sezer said talks would go on.", "2005-11-22", "Ahmet Necdet Sezer", "Q165487", "Q43"),
    ("Hu Jintao said talks would go on.", "2006-12-11", "Hu Jintao", "Q15029", "Q148"),
    ("Hassan Wirajuda said talks would go on.", "2006-11-10", "Hassan Wirajuda", "Q183581", "Q252"),
    ("Donald Trump said talks would go on.", "2019-01-08", "Donald Trump", "Q22686", "Q30"),
    ("Mike Pompeo said talks would go on.", "2019-01-08", "Mike Pompeo", "Q473239", "Q30"),
    ("Barham Salih said talks would go on.", "2019-02-04", "Barham Salih", "Q808173", "Q796"),
    ("Xi Jinping said talks would go on.", "2023-09-14", "Xi Jinping", "Q15031", "Q148"),
    ("Vladimir Putin said talks would go on.", "2023-09-14", "Vladimir Putin", "Q7747", "Q159"),
    ("Kim Jong Un said talks would go on.", "2023-09-14", "Kim Jong Un", "Q56226", "Q423"),
    # the same person in different offices at different dates
    ("Recep Tayyip Erdogan said talks would go on.", "2005-11-22", "Recep Tayyip Erdogan", "Q39259", "Q43"),
    ("Recep Tayyip Erdogan said talks would go on.", "2019-01-08", "Recep Tayyip Erdogan", "Q39259", "Q43"),
    # news spellings without diacritics
    ("Bronislaw Geremek said talks would go on.", "1999-03-12", "Bronislaw Geremek", "Q157282", "Q36"),
    ("Janos Martonyi said talks would go on.", "1999-03-12", "Janos Martonyi", "Q58190", "Q28"),
    ("Shinzo Abe said talks would go on.", "2006-11-19", "Shinzo Abe", "Q132345", "Q17"),
    # a leader-elect, weeks before taking office
    ("Ellen Johnson Sirleaf said talks would go on.", "2005-11-24", "Ellen Johnson Sirleaf", "Q43179", "Q1014"),
    # titles alone: the holder of that office at the article's date
    ("The Chinese president said talks would go on.", "1997-04-01", "president", "Q16597", "Q148"),
    ("The Chinese president said talks would go on.", "2023-09-14", "president", "Q15031", "Q148"),
    ("Russia's president said talks would go on.", "2023-09-14", "president", "Q7747", "Q159"),
    # surnames after the full name, and pronouns
    ("Jiang Zemin arrived on Monday. Jiang said talks would go on.", "1997-04-01", "Jiang", "Q16597", "Q148"),
    ("Vladimir Putin arrived. Putin said talks would go on.", "2023-09-14", "Putin", "Q7747", "Q159"),
    ("Kim Jong Un arrived. Kim said talks would go on.", "2023-09-14", "Kim", "Q56226", "Q423"),
    ("Thabo Mbeki arrived on Monday. He said talks would go on.", "2005-11-24", "He", "Q101547", "Q258"),
    ("Recep Tayyip Erdoğan spoke. Erdogan said talks would go on.", "2019-01-08", "Erdogan", "Q39259", "Q43"),
    # a surname alone, the sole leader of that name at the date, after a sentence-initial word
    ("The Bush administration said talks would go on.", "2005-11-16", "Bush", "Q207", "Q30"),
    ("When Putin spoke, talks went on.", "2023-09-14", "Putin", "Q7747", "Q159"),
    # names as newswire writes them: a title the gazetteer's terms miss, a quoted nickname, a line-broken hyphen
    (
        "The U.S. Undersecretary of State Nicholas Burns arrived in Beijing on Tuesday.",
        "2006-11-08",
        "Nicholas Burns",
        "Q519825",
        "Q30",
    ),
    (
        'Former congressman Douglas "Pete" Peterson was sworn in as Washington\'s first ambassador to Hanoi.',
        "1997-04-29",
        'Douglas "Pete" Peterson',
        "Q532342",
        "Q30",
    ),
    (
        "The court rejected the challenge by Vice President Jean- Pierre Bemba of Congo.",
        "2006-11-27",
        "Jean- Pierre Bemba",
        "Q379148",
        "Q974",
    ),
]


@pytest.mark.parametrize(("text", "date", "surface", "person", "state"), CASES, ids=[f"{c[2]}@{c[1]}" for c in CASES])
def test_mention_resolves_to_the_office_holder_at_the_date(
    pipeline: Pipeline, text: str, date: str, surface: str, person: str, state: str
) -> None:
    found = [(m.qid, m.state_qid) for m in people(pipeline, text, date) if m.text == surface]
    assert (person, state) in found, f"{surface!r} on {date}: got {found}"


def test_not_in_office_at_the_date_is_not_a_leader(pipeline: Pipeline) -> None:
    # Xi Jinping held no office of state in 1985: the same person on Wikidata, but acting for no state then
    [xi] = people(pipeline, "Xi Jinping said talks would go on.", "1985-01-01")
    assert xi.qid == "Q15031"
    assert xi.state_qid is None and xi.office_qid is None


def test_a_surname_inside_a_longer_name_is_not_the_leader(pipeline: Pipeline) -> None:
    found = people(pipeline, "Laura Bush said talks would go on.", "2005-11-16")
    assert all(m.qid != "Q207" for m in found)


def test_an_earlier_leader_of_a_known_leaders_surname_gets_no_qid(pipeline: Pipeline) -> None:
    # 1991: Constantine Mitsotakis, whom the gazetteer knows only by REIGN's spell, not Kyriakos Mitsotakis
    text = "Prime Minister Mitsotakis said talks would go on."
    found = [m for m in people(pipeline, text, "1991-06-01") if m.text == "Mitsotakis"]
    assert found and all(m.qid is None and m.state_qid == "Q41" for m in found)


def test_an_undated_titled_surname_two_holders_of_the_office_share_is_the_later(pipeline: Pipeline) -> None:
    # George H. W. Bush and George W. Bush both held the office; with no date the later term is read
    [bush] = [m for m in people(pipeline, "President Bush said talks would go on.", None) if m.text == "Bush"]
    assert (bush.qid, bush.state_qid) == ("Q207", "Q30")


def test_a_bare_surname_in_an_article_that_never_names_the_leaders_state_is_no_leader(pipeline: Pipeline) -> None:
    # Perry Christie led the Bahamas in 2005; this article is about a basketball player
    text = (
        "The guard left the team last week with a sore ankle. Christie went home to rest. "
        "The club said it would decide within days."
    )
    assert [m for m in people(pipeline, text, "2005-11-23") if m.text == "Christie"] == []
    with_state = text + " Nassau officials in the Bahamas said Christie would speak."
    found = {(m.qid, m.state_qid) for m in people(pipeline, with_state, "2005-11-23") if m.text == "Christie"}
    assert found == {("Q57705", "Q778")}


@pytest.mark.parametrize(
    ("text", "date", "surface"),
    [
        ("A pillar fell off the Vasco da Gama bridge. Portugal closed it. It was old.", "1997-06-01", "Gama"),
        ("He served with the Duke of Lancaster regiment. Britain honoured him. He left.", "2018-06-01", "Lancaster"),
        ("In Egypt, Ismail al-Abdullah spoke. He was thirty. Egypt listened.", "2018-06-01", "Ismail"),
    ],
)
def test_a_surname_joined_to_a_longer_name_by_a_particle_is_no_leader(
    pipeline: Pipeline, text: str, date: str, surface: str
) -> None:
    assert [m for m in people(pipeline, text, date) if m.text == surface] == []


def test_a_namesake_without_a_unique_match_is_not_linked(pipeline: Pipeline) -> None:
    found = people(pipeline, "John Smith said talks would go on.", "2005-01-01")
    assert all(m.qid is None for m in found)


def test_unknown_person_after_a_title_gets_no_qid(pipeline: Pipeline) -> None:
    found = people(pipeline, "Chinese foreign ministry spokesman Shen Guofang said talks would go on.", "1997-04-01")
    [shen] = [m for m in found if m.text == "Shen Guofang"]
    assert shen.qid is None and shen.state_qid == "Q148"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Prime Minister Adel Abdul-Mahdi said talks would go on.",
        "Pompeo never saw the Iraqi prime minister, Adel Abdul-Mahdi, during his short stopover.",
    ],
)
def test_another_spelling_of_the_office_holder_is_linked_by_office_and_surname(pipeline: Pipeline, text: str) -> None:
    # the gazetteer spells him Adil Abdul-Mahdi; he was Iraq's prime minister at the date
    [named] = [m for m in people(pipeline, text, "2019-02-04") if m.text == "Adel Abdul-Mahdi"]
    assert (named.qid, named.state_qid, named.role) == ("Q357116", "Q796", "head_of_government")


def test_a_name_opening_the_main_clause_after_a_fronted_adverbial_is_not_in_apposition_to_its_title(
    pipeline: Pipeline,
) -> None:
    # the title ends the adverbial, the name begins the main clause: Mr Tanaka is not India's prime minister
    text = "Following his meeting with the Indian prime minister, Mr Tanaka told reporters the talks went well."
    assert all(m.state_qid != "Q668" for m in people(pipeline, text, "2019-06-12") if "Tanaka" in m.text)
    # closed by a comma, the name is an apposition to the title, even after a fronted adverbial
    closed = "After the talks, the Iraqi prime minister, Adel Abdul-Mahdi, said the two sides agreed."
    [named] = [m for m in people(pipeline, closed, "2019-02-04") if m.text == "Adel Abdul-Mahdi"]
    assert named.state_qid == "Q796"


def test_a_titled_name_whose_surname_is_not_the_office_holders_is_not_linked(pipeline: Pipeline) -> None:
    [named] = [m for m in people(pipeline, "Iraqi Prime Minister Adel Jaafari said talks would go on.", "2019-02-04")]
    assert named.qid is None and named.state_qid == "Q796"


@pytest.mark.parametrize(
    ("text", "date", "qid"),
    [
        ("Sergei Lavrov said talks would go on.", "2006-12-01", "Q58217"),  # Wikidata: Sergey
        ("Mahmud Abbas said talks would go on.", "2006-12-01", "Q127998"),  # Wikidata: Mahmoud
        ("Fuad Siniora said talks would go on.", "2006-05-01", "Q314263"),  # Wikidata: Fouad
    ],
)
def test_a_leaders_name_transliterated_otherwise_is_linked(pipeline: Pipeline, text: str, date: str, qid: str) -> None:
    [named] = people(pipeline, text, date)
    assert named.qid == qid and named.text == text.split(" said")[0]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Patrick Manning was Trinidad's prime minister; the given names do not agree
        ("Peyton Manning said the game would go on.", "2003-01-01"),
        # given names agree in their consonants, but nothing in a longer article points to Palestine
        (
            "Nicol brushed aside Mohammad Abbas 9-0, 9-2, 9-1. Egypt won the final. England took a 2-0 lead. "
            "The tournament ends on Sunday.",
            "2006-12-01",
        ),
    ],
)
def test_a_namesake_of_a_leader_is_not_linked(pipeline: Pipeline, text: str, date: str) -> None:
    assert all(m.qid not in ("Q127998", "Q353004") for m in people(pipeline, text, date))
    assert not [m for m in people(pipeline, text, date) if m.rule == "person.variant-name-holder-at-date"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Constantine Mitsotakis met Helen Clark in Greece.", "Constantine Mitsotakis"),
        ("Greece said Mitsotakis would meet Helen Clark.", "Mitsotakis"),
    ],
)
def test_a_leader_only_the_reign_list_knows_acts_for_the_state_the_article_names(
    pipeline: Pipeline, text: str, name: str
) -> None:
    # the Wikidata office lists lack Greece's prime minister in 1991; REIGN has Mitsotakis in office
    [leader] = [m for m in people(pipeline, text, "1991-06-01") if m.text == name]
    assert leader.state_qid == "Q41" and leader.rule == "person.effective-leader-named-state"


@pytest.mark.parametrize(
    "text",
    [
        "Constantine Mitsotakis met Helen Clark in Wellington.",  # Greece is not named
        "Chanting Mitsotakis's name, the crowd marched through Greece.",  # 'Chanting' is no given name
    ],
)
def test_a_reign_surname_alone_does_not_make_a_leader(pipeline: Pipeline, text: str) -> None:
    found = people(pipeline, text, "1991-06-01")
    assert not [m for m in found if m.rule == "person.effective-leader-named-state"]


def test_a_title_of_no_state_set_off_before_a_name_links_no_one(pipeline: Pipeline) -> None:
    text = "He fought in Syria, said Robinson's YPG commander, Botan English, a Briton, on Monday."
    assert not [m for m in people(pipeline, text, "2017-08-06") if m.text == "Botan English"]


def test_a_surname_with_diacritics_is_read_as_a_surname(pipeline: Pipeline) -> None:
    text = "Turkey's president, Recep Tayyip Erdoğan, spoke on Monday. Later Erdoğan refused to meet John Bolton."
    found = [m for m in people(pipeline, text, "2019-01-08") if m.text == "Erdoğan"]
    assert found and all(m.state_qid == "Q43" for m in found)


def test_title_before_a_name_is_read_with_the_name(pipeline: Pipeline) -> None:
    found = people(pipeline, "Chinese President Jiang Zemin said talks would go on.", "1997-04-01")
    assert [m.form for m in found] == ["full-name"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a surname of an office-holder at the date, here a given name with the surname after it
        ("The ministry's spokesman Liu Weiming said the talks would go on.", "2005-11-08"),
        ("Regional official Alexander Petrenko signed the papers.", "2014-05-12"),
    ],
)
def test_a_titled_given_name_followed_by_a_surname_is_no_office_holder(
    pipeline: Pipeline, text: str, date: str
) -> None:
    assert not [m for m in people(pipeline, text, date) if m.qid]


def test_a_titled_surname_before_a_weekday_is_still_the_office_holder(pipeline: Pipeline) -> None:
    found = people(pipeline, "Foreign Minister Lavrov Tuesday said the talks would go on.", "2014-05-12")
    assert [m.qid for m in found] == ["Q58217"]


@pytest.mark.parametrize(
    "text",
    [
        'Vladimir Putin met Xi Jinping in Moscow. Later, Klaus Wendeborn said the plan was doomed. "We lost," he said.',
        "Vladimir Putin met Xi Jinping in Moscow. The plan was doomed, said Klaus Wendeborn. He left the party.",
        "Vladimir Putin met Xi Jinping in Moscow. Klaus Wendeborn, a farmer, said he would vote no.",
    ],
)
def test_a_pronoun_after_a_person_kg_cannot_link_is_no_earlier_leader(pipeline: Pipeline, text: str) -> None:
    found = people(pipeline, text, "2014-05-12")
    assert [m.text for m in found if m.form == "pronoun"] == []
    assert {m.text for m in found} == {"Vladimir Putin", "Xi Jinping"}


def test_a_pronoun_after_a_leader_still_refers_to_the_leader(pipeline: Pipeline) -> None:
    found = people(pipeline, "Vladimir Putin met Xi Jinping in Moscow. Later, Putin said he was pleased.", "2014-05-12")
    assert [(m.text, m.qid) for m in found if m.form == "pronoun"] == [("he", "Q7747")]


def test_a_comma_closes_a_fronted_prepositional_phrase(pipeline: Pipeline) -> None:
    text = (
        "Barack Obama spoke on Monday. In a call with the BBC, Russian President Vladimir Putin said his "
        "country would not back down."
    )
    found = people(pipeline, text, "2013-09-20")
    assert [(m.text, m.qid) for m in found if m.form == "pronoun"] == [("his", "Q7747")]


def test_a_name_in_apposition_to_a_prepositional_object_is_still_no_subject(pipeline: Pipeline) -> None:
    text = (
        "Barack Obama spoke on Monday. He handed the question over to the Russian president, Vladimir Putin, before "
        "he signed the accord."
    )
    found = people(pipeline, text, "2013-09-20")
    assert [(m.text, m.qid) for m in found if m.form == "pronoun"] == [("He", "Q76"), ("he", "Q76")]


def test_an_object_pronoun_is_not_its_clause_subject(pipeline: Pipeline) -> None:
    text = "Thabo Mbeki met Condoleezza Rice on Monday. Mbeki congratulated her on the agreement."
    found = people(pipeline, text, "2005-11-16")
    [her] = [m for m in found if m.text == "her"]
    assert her.qid == "Q47216"  # Rice, not Mbeki


@pytest.mark.parametrize(
    ("text", "date", "state"),
    [
        ("President Bush met King Hussein at the White House.", "1990-08-16", "Q810"),  # not Saddam Hussein (Iraq)
        ("King Abdullah met President Bush in Amman.", "2006-08-16", "Q810"),  # Saudi Arabia's Abdullah too
        ("Queen Beatrix visited China.", "2012-08-16", "Q55"),
        ("Queen Elizabeth visited India.", "1997-08-16", "Q145"),  # the first of her realms
    ],
)
def test_a_monarch_is_linked_by_title_and_given_name(pipeline: Pipeline, text: str, date: str, state: str) -> None:
    [monarch] = [m for m in people(pipeline, text, date) if m.rule == "person.title-given-name"]
    assert monarch.state_qid == state and monarch.role == "head_of_state"


def test_a_monarchs_title_before_a_presidents_surname_links_no_one(pipeline: Pipeline) -> None:
    # Saddam Hussein was Iraq's president, never a king: "King Hussein" in 1995 is Jordan's Hussein bin Talal
    found = people(pipeline, "King Hussein spoke in Baghdad on Monday.", "1995-06-01")
    assert not [m for m in found if m.state_qid == "Q796"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Opening the Baku-Ceyhan oil pipeline proves Turkey's role.", {"Q43"}),  # a route, not Azerbaijan
        ("The Moscow-Beijing axis worries Washington.", {"Q159", "Q148", "Q30"}),  # two states' capitals
    ],
)
def test_a_capital_hyphened_to_a_place_that_is_no_state_names_a_route(
    pipeline: Pipeline, text: str, states: set[str]
) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2005-11-22"}, "test")
    found = {m.state_qid for m in pipeline.extract(article).mentions if m.kind == "state"}
    assert found == states


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The leaders met in Sochi on Tuesday.", {"Q159"}),  # a city other than the capital names its state
        ("Biden flew to Shanghai's new airport.", {"Q30", "Q148"}),
        ("He studied at the University of Chicago.", set()),  # part of a longer name
        ("The Shanghai Cooperation Organisation met.", set()),
        ("Nancy Pelosi met Milan Kucan.", {"Q30"}),  # given names, not the French and Italian cities
        ("Austin said the carrier would stay.", {"Q30"}),  # the US defence secretary, not the Texan capital
        ("Experts in Hyderabad disagreed.", set()),  # a city of India and of Pakistan
    ],
)
def test_a_city_named_as_a_place_refers_to_its_state(pipeline: Pipeline, text: str, states: set[str]) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2021-03-02"}, "test")
    assert {m.state_qid for m in pipeline.extract(article).mentions if m.state_qid} == states


def test_a_city_in_a_sports_report_is_a_team_and_names_no_state(pipeline: Pipeline) -> None:
    text = (
        "Nowitzki scored 30 points in Dallas's 106-90 victory over Seattle. The coach said the team had found its "
        "rhythm before the playoffs. It was the club's fifth win of the season."
    )
    found = pipeline.extract(article_from_record({"id": "t", "text": text, "date": "2006-12-23"}, "test"))
    assert [m for m in found.mentions if m.form == "city"] == []
    # the same cities in a report on a visit are places
    text = "The Saudi king arrived in Dallas on Monday. He flew on to Seattle for talks with business leaders."
    found = pipeline.extract(article_from_record({"id": "t", "text": text, "date": "2006-12-23"}, "test"))
    assert [m.text for m in found.mentions if m.form == "city"] == ["Dallas", "Seattle"]


def test_a_city_is_no_antecedent_of_a_states_first_person() -> None:
    text = (
        "China's premier met France's defence minister on Monday. China thanked France for blocking a motion at "
        'the UN commission in Geneva. "We appreciate this decision," Li told him.'
    )
    found = Pipeline().extract(article_from_record({"id": "t", "text": text, "date": "1997-04-07"}, "test"))
    assert [m for m in found.mentions if m.text == "Geneva" and m.state_qid == "Q39"]
    assert not [m for m in found.mentions if m.state_qid == "Q39" and m.text != "Geneva"]


def test_a_surname_after_another_given_name_is_another_person(pipeline: Pipeline) -> None:
    text = (
        "Fidel Castro spoke for four hours on Monday. Juanita Castro, who settled in Miami decades ago, said she "
        "disagreed. Castro later left Havana."
    )
    found = people(pipeline, text, "2000-04-14")
    assert [m.start for m in found if m.qid == "Q11256" and m.text == "Castro"] == [text.rindex("Castro")]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The White House played down the report.", "Q30"),
        ("The Pentagon sent more ships.", "Q30"),
        ("The Elysee declined to comment.", "Q142"),
    ],
)
def test_a_seat_of_government_opening_a_sentence_names_its_state(pipeline: Pipeline, text: str, state: str) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2015-03-02"}, "test")
    assert [(m.text.split()[0], m.state_qid) for m in pipeline.extract(article).mentions] == [("The", state)]


@pytest.mark.parametrize(
    ("text", "date", "name", "qid", "state"),
    [
        # the gazetteer spells them Noghaideli and Göncz: the surname differs in vowels or an "h" only
        ("Georgia's Prime Minister Zurab Nogaideli met Rice.", "2006-12-11", "Zurab Nogaideli", "Q316238", "Q230"),
        ("Hungary joined NATO. President Arpad Gencz hailed it.", "1999-03-13", "Arpad Gencz", "Q102200", "Q28"),
    ],
)
def test_a_surname_spelt_otherwise_is_the_office_holder_when_the_given_name_agrees(
    pipeline: Pipeline, text: str, date: str, name: str, qid: str, state: str
) -> None:
    [named] = [m for m in people(pipeline, text, date) if m.text == name]
    assert (named.qid, named.state_qid) == (qid, state)


def test_a_loose_spelling_needs_the_given_name_too(pipeline: Pipeline) -> None:
    [named] = [m for m in people(pipeline, "Georgia's Prime Minister Levan Nogaideli met Rice.", "2006-12-11")]
    assert named.qid is None


def test_an_emperor_is_linked_by_title_and_given_name(pipeline: Pipeline) -> None:
    [named] = people(pipeline, "Japan welcomed Singh, who will meet Emperor Akihito.", "2006-11-21")
    assert (named.qid, named.state_qid) == ("Q37979", "Q17")


def test_the_first_part_of_a_hyphened_given_name_is_no_surname(pipeline: Pipeline) -> None:
    found = people(
        pipeline,
        "The court confirmed Kabila as winner and threw out an appeal from Vice President Jean- Pierre Bemba.",
        "2006-11-27",
    )
    assert not [m for m in found if m.text == "Jean"]


@pytest.mark.parametrize(
    ("text", "date", "name", "state"),
    [
        # the gazetteer knows these people from other terms: the title in the text says they hold office now
        ("Israeli Foreign Minister David Levy flew to Cairo for one day.", "1997-04-08", "David Levy", "Q801"),
        (
            "Bangkok hosted the Polish Premier Wlodzimierz Cimoszewicz for two days.",
            "1997-04-18",
            "Wlodzimierz Cimoszewicz",
            "Q36",
        ),
        (
            "Georgia's leadership of President Mikheil Saakashvili hopes to join NATO.",
            "2006-12-11",
            "Mikheil Saakashvili",
            "Q230",
        ),
        (
            "US Deputy Assistant Secretary of State Rosemary DiCarlo reached Pristina on Monday.",
            "2006-12-04",
            "Rosemary DiCarlo",
            "Q30",
        ),
        # an office-holder's counterpart holds an office of the state named before "counterpart"
        ("Ban held talks in Busan with his Chinese counterpart Li Zhaoxing.", "2005-11-11", "Li Zhaoxing", "Q148"),
        ("Ban flew to Tokyo to see his Japanese counterpart, Taro Aso.", "2006-11-06", "Taro Aso", "Q17"),
    ],
)
def test_a_titled_name_holds_office_outside_the_terms_the_gazetteer_knows(
    pipeline: Pipeline, text: str, date: str, name: str, state: str
) -> None:
    person = person_named(pipeline, text, date, name)
    assert person.state_qid == state
    assert person.rule == "person.titled-name-outside-known-terms"
    assert person.office_qid is None and person.holding_start is None  # which office and term, the text alone says


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("She and her husband, former U.S. President Bill Clinton, spoke.", "2016-02-10", "Bill Clinton"),
        ("In 2010 Warren became an adviser to President Barack Obama.", "2019-04-04", "Barack Obama"),
        ("The vote was won by senior Awami League official Tofail Ahmed.", "2006-12-11", "Tofail Ahmed"),
        ("Opposition Labor Party leader Shimon Peres demanded a Knesset vote.", "1997-04-20", "Shimon Peres"),
        ("In 2013 Sissi ousted Egypt's elected civilian president Mohamed Morsi.", "2014-12-13", "Mohamed Morsi"),
    ],
)
def test_a_titled_name_of_the_past_or_of_a_party_holds_no_office_now(
    pipeline: Pipeline, text: str, date: str, name: str
) -> None:
    person = person_named(pipeline, text, date, name)
    assert person.state_qid is None


def test_a_name_written_with_ae_oe_ue_for_umlauts_is_the_gazetteers_name(pipeline: Pipeline) -> None:
    person = person_named(pipeline, "Arpad Goencz signed the documents.", "1999-02-27", "Arpad Goencz")
    assert (person.qid, person.state_qid) == ("Q102200", "Q28")  # Árpád Göncz


def test_an_arabic_surname_is_found_with_and_without_its_article_and_spelt_with_a_doubled_letter(
    pipeline: Pipeline,
) -> None:
    text = (
        "Egyptian President Abdel-Fattah el-Sissi arrived in Rome. El-Sissi saw the Italian premier. Sissi flew home."
    )
    found = people(pipeline, text, "2019-10-10")
    assert [(m.text, m.qid) for m in found if m.qid == "Q307871"] == [
        ("Abdel-Fattah el-Sissi", "Q307871"),
        ("Sissi", "Q307871"),
        ("Sissi", "Q307871"),
    ]


def test_a_name_after_anti_or_pro_is_an_adjective_not_the_person(pipeline: Pipeline) -> None:
    text = "Syrian President Bashar al-Assad met Putin. Turkey backed the anti-Assad insurgency for years."
    found = people(pipeline, text, "2018-01-10")
    assert not [m for m in found if m.text == "Assad" and m.start > text.index("anti-")]


def test_a_state_before_a_title_across_a_preposition_is_not_the_titles_state(pipeline: Pipeline) -> None:
    text = "The report faulted the US commitment to backing Prime Minister Nuri al-Maliki's cabinet."
    found = people(pipeline, text, "2006-12-19")
    assert not [m for m in found if "Maliki" in m.text and m.state_qid == "Q30"]


def test_a_spokesman_known_by_his_name_without_its_initial_speaks_for_his_state(pipeline: Pipeline) -> None:
    text = '"We never negotiate this issue without Seoul," State Department spokesman Nicholas Burns said.'
    person = person_named(pipeline, text, "1997-04-22", "Nicholas Burns")
    assert (person.qid, person.state_qid) == ("Q519825", "Q30")


def test_a_deputy_title_in_an_appositive_places_the_person_in_that_state(pipeline: Pipeline) -> None:
    text = (
        "In Managua, Ortega received Thomas Shannon, the travelling United States deputy secretary of state for Latin "
        "American affairs."
    )
    shannon = person_named(pipeline, text, "2006-11-28", "Thomas Shannon")
    assert (shannon.state_qid, shannon.role) == ("Q30", "other")
    former = "In Managua, Ortega received Thomas Shannon, the former United States deputy secretary of state."
    assert person_named(pipeline, former, "2006-11-28", "Thomas Shannon").state_qid is None


def test_a_state_that_is_the_subject_of_a_verb_is_not_the_state_of_the_title_after_it(pipeline: Pipeline) -> None:
    text = "Last week the United States asked Zairean President Mobutu Sese Seko to accept a ceasefire."
    mobutu = next(m for m in people(pipeline, text, "1997-04-22") if m.text.startswith("Mobutu"))
    assert mobutu.state_qid == "Q974"
    trump = person_named(pipeline, "Israel fully supports President Trump's decision.", "2017-04-07", "Trump")
    assert trump.state_qid == "Q30"


def test_an_office_given_with_as_after_a_known_name_places_the_person(pipeline: Pipeline) -> None:
    text = "Since February, North Korea's state radio has described Hong Song-Nam as acting premier."
    hong = person_named(pipeline, text, "1997-04-25", "Hong Song-Nam")
    assert (hong.qid, hong.state_qid, hong.role) == ("Q335164", "Q423", "other")


def test_a_name_written_without_its_middle_names_is_the_person_not_a_shorter_namesake(pipeline: Pipeline) -> None:
    text = "Merkel told reporters after talks with European Commission President Jose Manuel Barroso."
    barroso = person_named(pipeline, text, "2005-11-23", "Jose Manuel Barroso")
    assert barroso.qid == "Q15849"  # José Manuel Durão Barroso, not the Angolan José João Manuel
    # East Asian names, family name first, drop no middle name: "Lin Yue" is not Lin Fang-yue
    assert [m.qid for m in people(pipeline, "Lin Yue won the platform gold on Thursday.", "2006-12-14")] == []


def test_the_object_of_a_first_verb_is_whom_a_second_verb_joined_by_and_takes_as_him(pipeline: Pipeline) -> None:
    text = "US President Donald Trump phoned President Recep Tayyip Erdogan late Tuesday and asked him to hold off."
    [him] = [m for m in people(pipeline, text, "2019-10-16") if m.text == "him"]
    assert him.qid == "Q39259"  # Erdogan, the one called, not Trump


def test_an_office_named_without_its_state_is_the_one_holder_of_it_named_just_before(pipeline: Pipeline) -> None:
    text = (
        "Chinese President Xi Jinping met Japanese Prime Minister Shinzo Abe in Osaka on Friday. "
        "The president later flew home. The Prime Minister said the talks were useful."
    )
    found = {m.text: (m.qid, m.state_qid, m.form) for m in people(pipeline, text, "2019-06-28")}
    assert found["president"] == ("Q15031", "Q148", "nominal")
    assert found["Prime Minister"] == ("Q132345", "Q17", "nominal")  # capitalised, as many papers write it


def test_the_minister_is_the_one_foreign_or_defence_minister_named_just_before(pipeline: Pipeline) -> None:
    text = (
        "Japanese Foreign Minister Taro Kono met Chinese Premier Li Keqiang in Tokyo on Wednesday. "
        "The minister said the talks were useful."
    )
    found = {m.text: (m.qid, m.state_qid, m.form) for m in people(pipeline, text, "2018-05-10")}
    assert found["minister"] == ("Q1161024", "Q17", "nominal")
    two_ministers = (
        "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Wednesday. "
        "The minister said the talks were useful."
    )
    assert "minister" not in {m.text for m in people(pipeline, two_ministers, "2018-05-10")}


def test_a_bare_counterpart_is_the_one_holder_of_a_like_office_of_another_state_named_just_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ghanaian President John Kufuor welcomed Nigerian President Olusegun Obasanjo in Accra on Monday. "
        "Later Kufuor promised his counterpart closer trade ties."
    )
    found = {m.text: (m.qid, m.state_qid, m.rule) for m in people(pipeline, text, "2005-03-07")}
    assert found["counterpart"] == ("Q202006", "Q1033", "person.counterpart")
    ministers = (
        "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Wednesday. "
        "Kono thanked his counterpart for the visit."
    )
    found = {m.text: (m.qid, m.state_qid) for m in people(pipeline, ministers, "2018-05-10")}
    assert found["counterpart"] == ("Q701801", "Q148")


@pytest.mark.parametrize(
    "text",
    [
        # two heads of other states named: which one is meant is open
        "Ghanaian President John Kufuor met Nigerian President Olusegun Obasanjo and Beninese President Mathieu "
        "Kerekou. Kufuor promised his counterpart closer trade ties.",
        # the counterpart is named right after
        "Ghanaian President John Kufuor met Nigerian President Olusegun Obasanjo. Kufuor promised his counterpart "
        "Obasanjo closer trade ties.",
        # a minister's counterpart is no head of state
        "Japanese Foreign Minister Taro Kono met Chinese President Xi Jinping. Kono thanked his counterpart.",
    ],
)
def test_a_bare_counterpart_stays_unresolved_when_no_single_holder_fits(pipeline: Pipeline, text: str) -> None:
    assert [m for m in people(pipeline, text, "2005-03-07") if m.rule == "person.counterpart"] == []


def test_an_office_named_without_its_state_stays_unresolved_when_two_holders_could_be_meant(
    pipeline: Pipeline,
) -> None:
    two_presidents = "Chinese President Xi Jinping met Russian President Vladimir Putin. The president later flew home."
    assert "president" not in {m.text for m in people(pipeline, two_presidents, "2019-06-28")}
    other_office = "Chinese President Xi Jinping spoke. The president of the company said profits rose."
    assert "president" not in {m.text for m in people(pipeline, other_office, "2019-06-28")}


def test_a_monarch_title_before_a_name_rules_out_a_president_of_that_name_named_earlier(pipeline: Pipeline) -> None:
    text = (
        "Iraq's Saddam Hussein called the embargo a crime. "
        "President Bush said King Hussein had told him that Jordan would halt the trade."
    )
    mentions = people(pipeline, text, "1990-08-16")
    [king] = [m for m in mentions if m.text == "Hussein" and m.sentence == 1]
    assert king.state_qid == "Q810"
    # and "him" is Bush, the one person named before the king in the clause
    [him] = [m for m in mentions if m.text == "him"]
    assert (him.qid, him.state_qid) == ("Q23505", "Q30")


def test_a_regional_description_is_the_state_of_that_region_named_last(pipeline: Pipeline) -> None:
    text = (
        "Ankara, angered by the arrest of Turkish reporters in Azerbaijan, has recalled its envoy from the Caucasus "
        "nation. China is ready to increase cooperation with the African country."
    )
    article = article_from_record({"id": "t", "text": text, "date": "2006-11-01"}, "test")
    described = [m for m in pipeline.extract(article).mentions if m.form == "description"]
    # Azerbaijan is named before "the Caucasus nation"; no African state is named before "the African country"
    assert [(" ".join(m.text.split()), m.state_qid) for m in described] == [("Caucasus nation", "Q227")]


def _rule_entries(name: str) -> list[dict]:
    """The entries of the rule file ``kg/data/rules/<name>``."""
    import json
    from importlib import resources

    path = resources.files("kg") / "data" / "rules" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _description_entries() -> list[dict]:
    return _rule_entries("state_descriptions.jsonl")


@pytest.mark.parametrize("entry", _description_entries(), ids=lambda entry: entry["id"])
def test_each_regional_description_refers_to_its_example_state_and_not_without_one(
    pipeline: Pipeline, entry: dict
) -> None:
    for example in entry["examples"]:
        article = article_from_record({"id": "t", "text": example["text"], "date": "2015-06-01"}, "test")
        described = [m.state_qid for m in pipeline.extract(article).mentions if m.form == "description"]
        assert described == [example["state"]], example["text"]
    for counter in entry["counter_examples"]:
        article = article_from_record({"id": "t", "text": counter["text"], "date": "2015-06-01"}, "test")
        assert not [m for m in pipeline.extract(article).mentions if m.form == "description"], counter["text"]


def test_the_shipped_regional_descriptions_are_what_the_script_derives_from_the_shared_data(tmp_path) -> None:
    import subprocess
    import sys

    from tests.helpers import REPO, SHARED

    out = tmp_path / "state_descriptions.jsonl"
    script = REPO / "scripts" / "build_state_descriptions.py"
    subprocess.run([sys.executable, str(script), "--shared", str(SHARED), "-o", str(out)], check=True)
    assert out.read_text(encoding="utf-8") == (REPO / "kg" / "data" / "rules" / "state_descriptions.jsonl").read_text(
        encoding="utf-8"
    )


def test_congo_between_1971_and_1997_is_brazzaville_since_kinshasa_was_zaire(pipeline: Pipeline) -> None:
    text = "Chad threatened to sever relations with Congo over the border incident."
    article = article_from_record({"id": "t", "text": text, "date": "1990-02-01"}, "test")
    congo = [m for m in pipeline.extract(article).mentions if m.text == "Congo"]
    assert [m.state_qid for m in congo] == ["Q971"]
    # after 1997 the bare name is shared again and stays unread without context
    article = article_from_record({"id": "t", "text": text, "date": "2008-02-01"}, "test")
    assert [m.state_qid for m in pipeline.extract(article).mentions if m.text == "Congo"] == []


def test_a_surname_in_the_headline_is_the_person_the_story_then_names_in_full(pipeline: Pipeline) -> None:
    text = (
        "Chertoff defends border plan\n\nWASHINGTON - Homeland Security Secretary Michael Chertoff on Tuesday "
        "defended the plan before Congress."
    )
    headline = [m for m in people(pipeline, text, None) if m.text == "Chertoff" and m.start == 0]
    assert [m.qid for m in headline] == ["Q733612"]


def test_a_leader_whose_first_term_the_office_holder_list_starts_late_still_leads_his_state(
    pipeline: Pipeline,
) -> None:
    # the office-holder list starts Nouri al-Maliki's premiership in May 2007; REIGN (as "al-Maliki", with the
    # article kept) has him leading Iraq from May 2006
    named = person_named(pipeline, "Nouri al-Maliki said he would visit Tehran soon.", "2006-11-15", "Nouri al-Maliki")
    assert (named.qid, named.state_qid) == ("Q57673", "Q796")
    text = "Iraq and the United States said Maliki is due to meet Bush in Jordan on Wednesday."
    assert person_named(pipeline, text, "2006-11-29", "Maliki").state_qid == "Q796"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one Korea named in any form makes "the North" and "the South" the two Koreas
        ("Officials in Seoul said the North had turned down the offer.", {"the North": "Q423"}),
        ("North Korea turned down the South's offer of talks.", {"the South": "Q884"}),
        # both named in full: each side is the state of that name
        ("North Korea and South Korea met; the South proposed a second round.", {"the South": "Q884"}),
        # no Korea named: "the South" is a region, no state
        ("Voters in the South backed the senator again.", {}),
    ],
)
def test_the_north_and_the_south_are_the_koreas_once_a_korea_is_named(
    pipeline: Pipeline, text: str, expected: dict[str, str]
) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2018-04-01"}, "test")
    sides = {m.text: m.state_qid for m in pipeline.extract(article).mentions if m.text in ("the North", "the South")}
    assert sides == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation defined in brackets after the state's name stands for the state later on
        (
            "Talks with the Palestinian National Authority (PNA) resumed. Israel said the PNA had to act first.",
            {"PNA": ["Q219060"]},
        ),
        ("The Republic of Ruritania (ROR) protested. Later the ROR withdrew.", {}),  # no state of that name
        # a news agency credited after a state's name is no abbreviation of it
        ("Iraq (AFP) - Turkish jets struck again, AFP learned.", {}),
        # nor is the abbreviation of a longer name that ends in the state's (the party's, not China's)
        ("Leaders of the Socialist Party of Chile (PSC) met Bolivian officials. The PSC envoy left.", {}),
    ],
)
def test_an_abbreviation_defined_after_a_states_name_stands_for_the_state(
    pipeline: Pipeline, text: str, expected: dict[str, list[str]]
) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2005-11-08"}, "test")
    found: dict[str, list[str]] = {}
    for mention in pipeline.extract(article).mentions:
        if mention.rule == "state.defined-abbreviation":
            found.setdefault(mention.text, []).append(mention.state_qid or "")
    assert found == expected


@pytest.mark.parametrize(
    ("text", "date", "pronoun", "expected"),
    [
        # the nearest subject is a man, so "she" is the woman named before him
        ("Angela Merkel met Francois Hollande in Berlin. She criticised Russia.", "2016-09-08", "She", "Q567"),
        ("Theresa May met Emmanuel Macron in Paris. She praised France.", "2018-01-18", "She", "Q264766"),
        # and "he" the man named before a woman
        ("Francois Hollande met Angela Merkel in Berlin. He criticised Russia.", "2016-09-08", "He", "Q157"),
    ],
)
def test_a_pronoun_stands_for_someone_of_its_gender_when_the_gazetteer_knows_it(
    pipeline: Pipeline, text: str, date: str, pronoun: str, expected: str
) -> None:
    assert person_named(pipeline, text, date, pronoun).qid == expected


def test_an_office_named_with_of_and_its_state_is_its_holder_at_the_date(pipeline: Pipeline) -> None:
    holder = person_named(pipeline, "The prime minister of India met Scott Morrison.", "2022-04-11", "prime minister")
    assert (holder.qid, holder.state_qid) == ("Q1058", "Q668")
    assert person_named(pipeline, "The President of France spoke.", "2022-04-11", "President").qid == "Q3052772"
    # a former holder is no one in office; a title set before a name is read with the name
    assert not people(pipeline, "The former president of France spoke.", "2022-04-11")
    named = people(pipeline, "The President of France, Emmanuel Macron, spoke.", "2022-04-11")
    assert [m.text for m in named] == ["Emmanuel Macron"]
    # the leader of something the state's possessive names is no leader of the state
    assert not people(pipeline, "The leader of Japan's ruling party spoke.", "2006-12-04")


def test_he_after_a_meeting_is_the_subject_who_met_not_whom_he_met(pipeline: Pipeline) -> None:
    text = (
        "The prime minister of India met the Australian foreign minister on Monday. "
        "He praised Australia for its support."
    )
    assert person_named(pipeline, text, "2022-04-11", "He").qid == "Q1058"


def _state_mentions(pipeline: Pipeline, text: str, date: str, words: str) -> list[str | None]:
    article = article_from_record({"id": "t", "text": text, "date": date}, "test")
    return [m.state_qid for m in pipeline.extract(article).mentions if m.text == words and m.kind == "state"]


def test_its_opening_a_sentence_before_an_agent_of_a_state_stands_for_the_state_before(pipeline: Pipeline) -> None:
    text = "Morocco restored ties with Israel. Its foreign minister hosted his Israeli counterpart in Rabat."
    assert _state_mentions(pipeline, text, "2021-07-02", "Its") == ["Q1028"]
    # "Its economy" acts for no one
    assert _state_mentions(pipeline, "Morocco restored ties with Israel. Its economy grew.", "2021-07-02", "Its") == []


def test_they_stands_for_the_states_whose_leaders_opened_the_sentence_before(pipeline: Pipeline) -> None:
    text = "The presidents of Egypt and Sudan met in Cairo. They pledged to work together."
    assert sorted(q or "" for q in _state_mentions(pipeline, text, "2017-09-01", "They")) == ["Q1049", "Q79"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "leader" is whoever leads the state: the prime minister in Japan and Britain, the president in China
        ("The Japanese leader arrived in Seoul.", "2021-12-10", "Q359480"),
        ("The British leader arrived in Seoul.", "2019-05-10", "Q264766"),
        ("The Chinese leader arrived in Seoul.", "2019-05-10", "Q15031"),
        # before the office lists begin, REIGN's effective leader: Netanyahu in 1997
        ("Clinton met with the Israeli leader at the White House.", "1997-04-07", "Q43723"),
    ],
)
def test_a_states_leader_is_the_holder_of_the_office_that_leads_it(
    pipeline: Pipeline, text: str, date: str, expected: str
) -> None:
    assert person_named(pipeline, text, date, "leader").qid == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The visit was the first by a Japanese leader in 12 years.", "2021-12-10"),
        # a former holder, and a community's leader, are not the state's holder at the date
        ("The ousted Iraqi leader was tried in Baghdad.", "2006-12-30"),
        ("The Turkish Cypriot leader said no.", "1997-04-09"),
    ],
)
def test_an_indefinite_former_or_communal_title_names_no_holder(pipeline: Pipeline, text: str, date: str) -> None:
    assert not people(pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North and South Korea agreed to hold talks.", {"Q423", "Q884"}),
        ("The leaders of South and North Korea met.", {"Q423", "Q884"}),
        ("The two Koreas agreed to work toward peace.", {"Q423", "Q884"}),
        # one Korea alone is one state
        ("North Korea fired a missile.", {"Q423"}),
    ],
)
def test_both_koreas_named_together_are_both_states(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2018-04-27"}, "test")
    assert {m.state_qid for m in pipeline.extract(article).mentions if m.kind == "state"} == expected


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskiy", "Zelenskyy"])
def test_an_east_slavic_surname_is_linked_in_each_transliteration(pipeline: Pipeline, spelling: str) -> None:
    mention = person_named(pipeline, f"Erdogan hosted {spelling} in Istanbul.", "2023-11-15", spelling)
    assert (mention.qid, mention.state_qid) == ("Q3874799", "Q212")


def test_a_middle_name_the_article_named_in_full_refers_back_to_the_person(pipeline: Pipeline) -> None:
    text = "Luiz Inacio Lula da Silva, Brazil's president, won a second term. Lula thanked his voters in Sao Paulo."
    assert person_named(pipeline, text, "2006-10-30", "Lula").qid == "Q37181"


def test_a_middle_name_of_no_person_named_before_links_no_one(pipeline: Pipeline) -> None:
    # ("Lula" alone is one of his aliases in Wikidata, and the gazetteer's: a name, not a middle name)
    text = (
        "Turkey voted on Sunday. Tayyip thanked his voters in Ankara. "
        "Recep Tayyip Erdogan, Turkey's president, won another term."
    )
    assert all(m.text != "Tayyip" for m in people(pipeline, text, "2023-05-29"))


@pytest.mark.parametrize(
    ("text", "date", "pope"),
    [
        ("The pope met the Lebanese president at the Vatican.", "2024-11-20", "Q450675"),
        ("The pontiff said at a mass in Sarajevo that Bosnia must forgive.", "1997-04-13", "Q989"),
    ],
)
def test_the_pope_is_the_head_of_the_holy_see_at_the_date(pipeline: Pipeline, text: str, date: str, pope: str) -> None:
    mention = next(m for m in people(pipeline, text, date) if m.text.lower() in ("pope", "pontiff"))
    assert (mention.qid, mention.state_qid) == (pope, "Q237")


def test_the_pope_with_no_date_is_no_one_in_particular(pipeline: Pipeline) -> None:
    assert not people(pipeline, "The pope met the Lebanese president at the Vatican.", None)


def test_a_surname_of_a_leader_elect_is_the_incoming_office_holder(pipeline: Pipeline) -> None:
    text = "Hungary's prime minister congratulated Trump on his election victory."
    mention = person_named(pipeline, text, "2024-11-20", "Trump")
    assert (mention.qid, mention.state_qid) == ("Q22686", "Q30")


@pytest.mark.parametrize("name", ["Mohamed bin Zayed", "Mohammed bin Zayed", "Mohammed bin Zayed Al Nahyan"])
def test_a_gulf_ruler_is_named_without_the_dynasty_and_in_each_spelling(pipeline: Pipeline, name: str) -> None:
    mention = person_named(pipeline, f"Modi was received at the airport by President {name}.", "2024-02-14", name)
    assert (mention.qid, mention.state_qid) == ("Q1951896", "Q878")


def test_the_emir_is_no_president_whose_office_names_the_emirates(pipeline: Pipeline) -> None:
    text = (
        "Modi was received in Abu Dhabi by President Mohamed bin Zayed on Tuesday. "
        "Modi later flew to Qatar, where he met the emir."
    )
    assert all(m.text != "emir" for m in people(pipeline, text, "2024-02-14"))


@pytest.mark.parametrize(
    ("text", "date", "name", "person"),
    [
        ("Biden congratulated Lula on winning the election.", "2023-01-02", "Lula", "Q37181"),
        ("AMLO declined to attend the summit in Los Angeles.", "2022-06-06", "AMLO", "Q318508"),
        ("MBS hosted the Turkish president in Jeddah.", "2023-07-17", "MBS", "Q6892571"),
    ],
)
def test_a_one_word_alias_names_its_person_as_a_surname_does(
    pipeline: Pipeline, text: str, date: str, name: str, person: str
) -> None:
    assert person_named(pipeline, text, date, name).qid == person


def test_initials_that_are_no_ones_alias_name_no_person(pipeline: Pipeline) -> None:
    assert all(m.text != "FBI" for m in people(pipeline, "The FBI questioned the Saudi envoy.", "2023-07-17"))


def test_in_what_one_told_another_his_is_the_tellers(pipeline: Pipeline) -> None:
    text = (
        "Vladimir Putin held talks with Xi Jinping in Beijing. Putin told Xi that his country was ready to sell "
        "more gas to China."
    )
    found = people(pipeline, text, "2024-05-16")
    assert [(m.text, m.qid) for m in found if m.form == "pronoun"] == [("his", "Q7747")]


def test_a_two_letter_surname_is_the_head_of_state_only_where_the_article_names_the_state(
    pipeline: Pipeline,
) -> None:
    # Xi Jinping has led China since 2013; Hu Jintao led it from 2003 to 2013
    found = {
        (m.qid, m.state_qid) for m in people(pipeline, "Macron met Xi in Beijing.", "2023-04-06") if m.text == "Xi"
    }
    assert found == {("Q15031", "Q148")}
    found = {(m.qid, m.state_qid) for m in people(pipeline, "Hu spoke to Obama about China.", "2010-04-06")}
    assert ("Q15029", "Q148") in found
    # with no Chinese place or name in the article, "Xi" is no one
    assert not [m for m in people(pipeline, "Macron urged Xi to act.", "2023-04-06") if m.text == "Xi"]
    # a place named with an apostrophe is no surname
    assert not [m for m in people(pipeline, "Xi'an hosted Chinese officials.", "2019-04-06") if m.text == "Xi"]


def test_his_in_for_his_part_is_the_person_named_after_the_comma(pipeline: Pipeline) -> None:
    text = "Abbas spoke to reporters on Tuesday. For his part, Bush said the United States backed two states."
    found = [(m.qid, m.state_qid) for m in people(pipeline, text, "2006-11-29") if m.text == "his"]
    assert found == [("Q207", "Q30")]


@pytest.mark.parametrize("entry", _rule_entries("island_states.jsonl"), ids=lambda entry: entry["id"])
def test_the_island_refers_to_the_one_island_state_named_before_and_not_otherwise(
    pipeline: Pipeline, entry: dict
) -> None:
    # (and "the kingdom", "the emirate": one rule of the file each)
    for example in entry["examples"]:
        article = article_from_record({"id": "t", "text": example["text"], "date": "2005-06-01"}, "test")
        islands = [m.state_qid for m in pipeline.extract(article).mentions if m.rule == entry["rule"]]
        assert islands == [example["state"]], example["text"]
    for counter in entry["counter_examples"]:
        article = article_from_record({"id": "t", "text": counter["text"], "date": "2005-06-01"}, "test")
        assert not [m for m in pipeline.extract(article).mentions if m.rule == entry["rule"]], counter["text"]


def test_an_act_on_the_island_is_aimed_at_the_island_state(pipeline: Pipeline) -> None:
    text = "Turkey has kept troops in northern Cyprus since 1974. Turkish troops attacked the north of the island."
    article = article_from_record({"id": "t", "text": text, "date": "2005-06-15"}, "test")
    acts = pipeline.extract(article).acts
    assert any(a.actor == "Q43" and a.cameo.startswith("19") and "Q229" in a.targets and a.sentence == 1 for a in acts)


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        # from 1992 to 2006 the two republics of the federation are named as states of their own ...
        ("Kosovo's Albanians want independence from Serbia.", "2005-11-26", "Serbia", ["Q403"]),
        ("The Montenegrin president visited Zagreb.", "1997-04-12", "Montenegrin", ["Q236"]),
        # ... the federation by its own names, hyphenated too, and by its capital
        ("The team beat Serbia-Montenegro in the qualifier.", "2005-12-10", "Serbia-Montenegro", ["Q838261"]),
        ("Belgrade rejected the proposal.", "2000-12-12", "Belgrade", ["Q838261"]),
        ("Belgrade rejected the proposal.", "2008-12-12", "Belgrade", ["Q403"]),
        # before 1992, Yugoslavia's republics are no states
        ("Serbia hosted a festival.", "1985-04-12", "Serbia", []),
    ],
)
def test_serbia_and_montenegro_before_2006(
    pipeline: Pipeline, text: str, date: str, words: str, expected: list[str]
) -> None:
    assert _state_mentions(pipeline, text, date, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # an adjective that may name something else names its state before a capitalised office or organ ...
        ("Indian President Abdul Kalam met the Chinese envoy.", "Indian", ["Q668"]),
        ("The Indian Foreign Ministry summoned the Pakistani envoy.", "Indian", ["Q668"]),
        ("The Palestinian Foreign Minister met the Egyptian envoy.", "Palestinian", ["Q219060"]),
        # ... but not before other capitalised words, nor in the West Indies
        ("The Indian Ocean is rising.", "Indian", []),
        ("West Indian cricketers toured Australia.", "Indian", []),
    ],
)
def test_an_ambiguous_adjective_before_an_office_names_its_state(
    pipeline: Pipeline, text: str, words: str, expected: list[str]
) -> None:
    assert _state_mentions(pipeline, text, "2006-11-21", words) == expected


def test_a_titled_name_of_a_state_the_office_lists_miss_is_its_effective_leader(pipeline: Pipeline) -> None:
    text = (
        "Georgian President Mikhail Saakashvili hoped to see Russian President Vladimir Putin in Minsk, an aide said."
    )
    assert person_named(pipeline, text, "2006-11-01", "Mikhail Saakashvili").qid == "Q43330"


def test_an_act_of_the_kingdom_is_the_one_kingdom_named_before(pipeline: Pipeline) -> None:
    text = "Saudi Arabia froze new trade with Canada on Monday. The kingdom also recalled its ambassador from Ottawa."
    article = article_from_record({"id": "t", "text": text, "date": "2018-08-07"}, "test")
    acts = pipeline.extract(article).acts
    assert any(a.actor == "Q851" and a.cameo.startswith("16") and "Q16" in a.targets and a.sentence == 1 for a in acts)


def test_his_after_briefing_someone_on_is_the_briefers(pipeline: Pipeline) -> None:
    text = "King Hussein of Jordan was due to brief Palestinian leader Yasser Arafat on his talks with Bill Clinton."
    found = [(m.qid, m.state_qid) for m in people(pipeline, text, "1997-04-23") if m.text == "his"]
    assert found and found[0][1] == "Q810"


@pytest.mark.parametrize(
    ("text", "phrase", "state"),
    [
        # the emirate of the region, though a non-emirate of the region (Iran) was named after it
        ("Qatar and Iran held talks on Monday. The Gulf emirate later criticised Israel.", "emirate", "Q846"),
        ("Kuwait met Iraqi envoys. The Gulf kingdom stayed away.", "kingdom", None),
        ("Nepal and India signed a pact. The Himalayan kingdom will receive aid.", "kingdom", "Q837"),
    ],
)
def test_a_regional_description_of_a_kind_of_state_is_one_state_of_that_kind(
    pipeline: Pipeline, text: str, phrase: str, state: str | None
) -> None:
    article = article_from_record({"id": "t", "text": text, "date": "2018-06-20"}, "test")
    found = {m.state_qid for m in pipeline.extract(article).mentions if phrase in m.text}
    # one reading of the phrase, not a regional one and a kind one
    assert found == ({state} if state else set())


def test_the_two_leaders_after_a_meeting_the_day_after_visiting_a_third_capital_are_the_pair_that_met(
    pipeline: Pipeline,
) -> None:
    text = (
        "Shinzo Abe, Japan's new premier, held talks with Roh Moo-hyun, South Korea's president, in Seoul on "
        "Monday, a day after visiting Beijing. The two leaders condemned the nuclear test North Korea had announced."
    )
    article = article_from_record({"id": "t", "text": text, "date": "2006-10-10"}, "test")
    critics = {a.actor for a in pipeline.extract(article).acts if a.sentence == 1 and a.cameo.startswith("11")}
    assert critics == {"Q17", "Q884"}


def test_she_passes_over_a_man_reign_does_not_list_whose_given_name_its_men_share(pipeline: Pipeline) -> None:
    # John Kerry led no state; REIGN's leaders named John are all men, so "she" is the Indian minister
    text = (
        "US Secretary of State John Kerry met Indian Foreign Minister Sushma Swaraj on Monday. She urged the United "
        "States to back India's bid to join the nuclear suppliers group."
    )
    article = article_from_record({"id": "t", "text": text, "date": "2016-06-20"}, "test")
    she = [m.state_qid for m in pipeline.extract(article).mentions if m.text == "She"]
    assert she == ["Q668"]


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        # REIGN names him "Sharif" like his brother: his spells are his once one meets a known term of his
        ("Pakistan's prime minister warned India on Monday.", "1998-05-10", "Q134068"),
        ("The Bosnian leader Izetbegovic met envoys in Sarajevo.", "1995-06-01", "Q183848"),
        ("The Bosnian leader Izetbegovic met envoys in Sarajevo.", "2012-06-01", "Q312355"),
    ],
)
def test_reign_spells_of_a_shared_surname_are_the_person_whose_term_they_meet(
    pipeline: Pipeline, text: str, date: str, person: str
) -> None:
    found = [m.qid for m in people(pipeline, text, date)]
    assert found == [person]


_CITY_ALIASES = [rule for rule in _rule_entries("state_aliases.jsonl") if rule["form"] == "city"]


@pytest.mark.parametrize("rule", _CITY_ALIASES, ids=lambda rule: rule["id"])
def test_a_hand_made_city_names_its_state_in_its_examples_only(pipeline: Pipeline, rule: dict) -> None:
    def cities(text: str) -> list[str | None]:
        article = article_from_record({"id": "t", "text": text, "date": "2023-01-10"}, "test")
        return [m.state_qid for m in pipeline.extract(article).mentions if m.form == "city"]

    for example in rule["examples"]:
        assert cities(example) == [rule["qid"]], example
    for counter_example in rule["counter_examples"]:
        assert cities(counter_example) == [], counter_example


def test_a_titled_name_is_the_holder_when_the_lists_leave_anothers_term_open() -> None:
    # the foreign-minister list ends in January 2023 with Hayashi's term open; Kamikawa took over that September
    text = "Japanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi in Beijing."
    found = Pipeline().extract(article_from_record({"id": "t", "text": text, "date": "2024-02-01"}, "test"))
    [kamikawa] = [m for m in found.mentions if m.text == "Yoko Kamikawa"]
    assert (kamikawa.qid, kamikawa.state_qid, kamikawa.role) == ("Q276275", "Q17", "foreign_minister")
    # a closed term of another holder still says no: "President Bill Clinton" in 2016
    found = Pipeline().extract(
        article_from_record({"id": "t", "text": "President Bill Clinton spoke.", "date": "2016-02-01"}, "test")
    )
    assert [m.state_qid for m in found.mentions if m.text == "Bill Clinton"] == [None]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Sergei Lavrov arrived in Ankara. On Monday Lavrov met Turkish officials.", "Lavrov"),  # a weekday
        ("Mohammed bin Salman met Erdogan. Bin Salman left on Friday.", "Salman"),  # a particle of the name
    ],
)
def test_a_surname_after_a_word_that_is_no_given_name_is_the_person_named_before(
    pipeline: Pipeline, text: str, surname: str
) -> None:
    found = people(pipeline, text, "2018-10-20")
    first = next(m for m in found if surname in m.text)
    assert [m.qid for m in found if m.text == surname] == [first.qid] and first.qid


def test_a_title_and_surname_after_the_lists_snapshot_is_the_states_one_person_of_that_surname() -> None:
    text = "Japanese Foreign Minister Kamikawa met Chinese Foreign Minister Wang Yi in Beijing."
    found = Pipeline().extract(article_from_record({"id": "t", "text": text, "date": "2024-02-01"}, "test"))
    assert [(m.qid, m.state_qid) for m in found.mentions if m.text == "Kamikawa"] == [("Q276275", "Q17")]
    # the lists know who was president in 2016, and it is not a Clinton
    found = Pipeline().extract(
        article_from_record({"id": "t", "text": "President Clinton spoke.", "date": "2016-02-01"}, "test")
    )
    assert [m for m in found.mentions if m.text == "Clinton" and m.state_qid] == []


def test_a_common_word_that_is_an_east_asian_leaders_name_is_the_leader_in_an_article_on_the_state(
    pipeline: Pipeline,
) -> None:
    text = "Japan hosted the G20 summit in Osaka. The talks ran late. Abe met Trump on Friday."
    assert [m.qid for m in people(pipeline, text, "2019-06-27") if m.text == "Abe"] == ["Q132345"]
    text = "Seoul proposed talks with Tokyo. The Moon rose over the city. Officials met."
    assert [m for m in people(pipeline, text, "2019-06-27") if m.text == "Moon"] == []
    text = "Investors met on Park Avenue. The talks ran late. Abe met them on Friday."
    assert [m for m in people(pipeline, text, "2019-06-27") if m.text in ("Abe", "Park")] == []


def test_a_name_two_states_share_is_the_state_of_the_office_holder_the_article_names(pipeline: Pipeline) -> None:
    text = "President Felix Tshisekedi said on Monday that Congo would respond."
    found = pipeline.extract(article_from_record({"id": "t", "text": text, "date": "2019-06-27"}, "test"))
    assert [m.state_qid for m in found.mentions if m.text == "Congo"] == ["Q974"]
    # with no one and nothing to tell the two Congos apart, none
    found = pipeline.extract(
        article_from_record({"id": "t", "text": "Rwanda accused Congo.", "date": "2019-06-27"}, "test")
    )
    assert [m for m in found.mentions if m.text == "Congo"] == []


def test_a_title_names_which_of_two_heads_of_state_is_meant(pipeline: Pipeline) -> None:
    text = "The Iranian president met the Indian prime minister."
    assert person_named(pipeline, text, "2016-06-10", "president").qid == "Q348144"  # Rouhani
    text = "Iran's supreme leader met the Indian prime minister."
    assert person_named(pipeline, text, "2016-06-10", "supreme leader").qid == "Q57336"  # Khamenei
    # "leader" names no office of its own: either could be meant
    text = "The Iranian leader met the Indian prime minister."
    assert [m for m in people(pipeline, text, "2016-06-10") if m.text == "leader"] == []


def test_a_monarch_and_a_taoiseach_are_titles_of_their_states_holders(pipeline: Pipeline) -> None:
    text = "The Spanish king received the Moroccan monarch in Madrid."
    assert person_named(pipeline, text, "2010-06-10", "monarch").qid == "Q57553"  # Mohammed VI
    text = "The British prime minister telephoned the Irish Taoiseach."
    assert person_named(pipeline, text, "2016-06-10", "Taoiseach").qid == "Q57815"  # Enda Kenny
    assert person_named(pipeline, "Taoiseach Enda Kenny met Cameron.", "2016-06-10", "Enda Kenny").state_qid == "Q27"


def test_a_leader_hyphened_to_another_is_named_by_surname(pipeline: Pipeline) -> None:
    text = "The Trump-Putin summit in Helsinki drew criticism at home."
    assert [(m.text, m.qid) for m in people(pipeline, text, "2018-07-16")] == [("Trump", "Q22686"), ("Putin", "Q7747")]
    # a hyphened name is still one name
    assert [m.text for m in people(pipeline, "Ayn al-Assad said the talks would go on.", "2018-07-16")] == []


def test_him_after_a_subject_he_is_someone_else(pipeline: Pipeline) -> None:
    text = (
        "Pakistan's military chief Farooq Feroze Khan held talks with Egypt's Hosni Mubarak and said he had "
        "invited him to Pakistan."
    )
    assert person_named(pipeline, text, "1997-04-02", "him").qid == "Q34105"  # Mubarak


def test_he_after_and_said_is_the_first_verbs_subject(pipeline: Pipeline) -> None:
    text = "Trump met Erdogan and said he had invited him to Washington."
    assert person_named(pipeline, text, "2017-04-02", "he").qid == "Q22686"
    assert person_named(pipeline, text, "2017-04-02", "him").qid == "Q39259"


def test_the_object_of_an_infinitive_is_no_subject_a_later_he_stands_for(pipeline: Pipeline) -> None:
    text = (
        "President Moshe Katsav refused to meet the visiting Jordanian King Abdullah II in Haifa, "
        "saying he would only host him in Jerusalem."
    )
    assert person_named(pipeline, text, "2004-03-02", "he").state_qid == "Q801"
    assert person_named(pipeline, text, "2004-03-02", "him").state_qid == "Q810"


def test_he_opening_a_sentence_after_one_he_opened_goes_on_about_the_same_person(pipeline: Pipeline) -> None:
    text = (
        "President Donald Trump phoned several leaders of the United States' allies on Friday. "
        "He was also due to speak with the Egyptian president and Japan's Prime Minister Shinzo Abe. "
        "He spoke on Saturday to Germany's chancellor."
    )
    opening_pronouns = [m for m in people(pipeline, text, "2017-01-28") if m.text == "He"]
    assert [m.qid for m in opening_pronouns] == ["Q22686", "Q22686"]
    # a "he" after a name and a verb is no opening: the nearest subject as before
    text = "Trump met Erdogan on Friday. He said Monday that Putin thought he was right."
    assert [m.qid for m in people(pipeline, text, "2017-04-02") if m.text == "he"] == ["Q7747"]


def test_a_known_name_that_goes_on_with_more_of_a_name_is_someone_elses(pipeline: Pipeline) -> None:
    # "Kamal Ahmed" is a Sudanese official in the gazetteer; the Egyptian premier's name only starts like it, and
    # the premier at the date is Kamal Ganzouri, spelt without the article "El-"
    text = "The Egyptian premier Kamal Ahmed El-Ganzoury flew to Tokyo on Monday."
    premier = person_named(pipeline, text, "1997-04-15", "Kamal Ahmed El-Ganzoury")
    assert (premier.qid, premier.state_qid) == ("Q365922", "Q79")
    assert [m.text for m in people(pipeline, "Composer Andrew Lloyd Webber was knighted.", "1997-04-15")] == []
    # a day after the name is no part of it
    text = "The former deputy president Jacob Zuma Monday refused to comment."
    assert person_named(pipeline, text, "2005-11-29", "Jacob Zuma").qid == "Q57282"


def test_a_name_listed_after_another_behind_a_preposition_is_no_subject_for_he(pipeline: Pipeline) -> None:
    text = (
        "Egyptian Prime Minister Kamal Ganzouri will hold talks with President Ong and former leader Lee Kuan Yew "
        "on Wednesday. He will leave for China on Thursday."
    )
    assert person_named(pipeline, text, "1997-04-15", "He").qid == "Q365922"


def test_a_surname_hyphened_to_a_leaders_is_the_one_head_of_that_surname(pipeline: Pipeline) -> None:
    text = "North Korea has welcomed the talks. The Trump-Kim summit in Singapore drew praise from Seoul."
    assert person_named(pipeline, text, "2018-06-12", "Kim").qid == "Q56226"  # Kim Jong-un
    # alone, "Kim" is a common given name and surname: no one is read from it
    assert [m.text for m in people(pipeline, "North Korea has welcomed the talks. Kim left.", "2018-06-12")] == []


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a capitalised word that only opens the sentence or phrase is no start of a longer name ...
        ("But Turkey rejected the plan.", "Turkey", ["Q43"]),
        ("Yet Chad stayed out of the talks.", "Chad", ["Q657"]),
        ("Unlike Georgia, Armenia joined the union.", "Georgia", ["Q230"]),
        # ... a given name before the same word still is
        ("Michael Jordan retired again.", "Jordan", []),
        ("Hamilton Jordan advised the president.", "Jordan", []),
    ],
)
def test_a_function_word_opening_a_sentence_leaves_an_ambiguous_state_name_a_state(
    pipeline: Pipeline, text: str, words: str, expected: list[str]
) -> None:
    assert _state_mentions(pipeline, text, "2018-01-26", words) == expected


@pytest.mark.parametrize(
    ("text", "date", "words", "expected"),
    [
        # the government a former head led is the state's ...
        ("The Obama administration imposed sanctions on Russia.", "2019-05-01", "Obama administration", ["Q30"]),
        ("The Harper government cut aid to Gaza.", "2017-05-01", "Harper government", ["Q16"]),
        # ... not before the head took office
        ("The Obama administration imposed sanctions on Russia.", "2001-05-01", "Obama administration", []),
    ],
)
def test_a_former_heads_administration_names_the_state_the_head_led(
    pipeline: Pipeline, text: str, date: str, words: str, expected: list[str]
) -> None:
    assert _state_mentions(pipeline, text, date, words) == expected


def test_a_taliban_leader_leads_the_state_only_while_the_taliban_rule_it(pipeline: Pipeline) -> None:
    text = "Mullah Akhtar Mansour met envoys in Doha."
    insurgent = person_named(pipeline, text, "2016-01-10", "Akhtar Mansour")
    assert insurgent.qid == "Q2829007" and insurgent.state_qid is None
    # the supreme leader named since 2016 leads the state once the Taliban are back in power
    text = "Hibatullah Akhundzada met envoys in Kandahar."
    assert person_named(pipeline, text, "2017-06-01", "Hibatullah Akhundzada").state_qid is None
    assert person_named(pipeline, text, "2022-06-01", "Hibatullah Akhundzada").state_qid == "Q889"
