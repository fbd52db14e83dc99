"""Places a report names in ways the gazetteer does not spell: a transliteration inside the province the text
names, a township with a two-letter name, a region's possessive, a territory's other name, a town people were
taken from, and a body found "north of" a town. A real ingest into a real ledger, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from ledger_helpers import ingest_texts


def _one_event(tmp_path, text: str) -> dict:
    events = ingest_texts(tmp_path, {"a1": text}, published="2024-03-10")
    assert len(events) == 1, events
    return events[0]


def test_a_province_spelt_otherwise_is_the_province_its_type_word_names(tmp_path):
    # no country is named: "governorate" and the only province of that sound say which
    event = _one_event(tmp_path, "Clashes erupted in Deir Ez-Zour governorate on Monday, killing five fighters.")
    assert (event["country"], event["admin1"]) == ("Syria", "Deir ez Zor")


def test_a_town_spelt_otherwise_inside_the_province_named_is_that_town(tmp_path):
    # "al Boukamal" is GeoNames' Albu Kamal, with the Arabic article written apart
    event = _one_event(tmp_path, "Air strikes on al Boukamal city in Deir Ez-Zour governorate killed six civilians.")
    assert (event["location"], event["admin1"]) == ("Albu Kamal", "Deir ez Zor")


def test_a_two_letter_township_is_a_place_with_its_type_word(tmp_path):
    event = _one_event(tmp_path, "A village administrator was shot dead in Ye Township, Mon State, on Sunday.")
    assert (event["location"], event["admin1"]) == ("Ye", "Mon")


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("Three soldiers were killed in an ambush in Mandalay’s Madaya Township.", "Madaya", "Mandalay"),
        ("Troops shelled villages in Magway's Pakokku Township, killing four.", "Pakokku", "Magway"),
    ],
)
def test_a_region_s_possessive_holds_the_township_named_after_it(tmp_path, text, location, admin1):
    # the region is named like its own city: the township it holds is where it happened, not that city
    event = _one_event(tmp_path, text)
    assert (event["location"], event["admin1"]) == (location, admin1)


def test_a_spelling_like_two_towns_is_the_nearer_one(tmp_path):
    # "Pekhon" sounds like Pekon (Shan) and Pauk Kone (Yangon): the letters say Pekon
    event = _one_event(tmp_path, "Resistance fighters killed five soldiers near Pekhon, Shan State, on Friday.")
    assert (event["location"], event["admin1"]) == ("Pekon", "Shan")


def test_gaza_is_the_gaza_strip_at_gaza_city(tmp_path):
    event = _one_event(tmp_path, "An Israeli drone strike killed two men in northern Gaza on Tuesday.")
    assert (event["country"], event["admin1"], event["location"]) == ("Palestine", "Gaza Strip", "Gaza")
    assert event["latitude"] is not None


def test_the_west_bank_is_its_province_without_a_town(tmp_path):
    event = _one_event(tmp_path, "Israeli troops shot dead a Palestinian man in the West Bank on Tuesday.")
    assert (event["country"], event["admin1"]) == ("Palestine", "West Bank")
    assert event["location"] is None and event["latitude"] is None  # no town of its own is named


def test_the_town_people_were_abducted_from_is_where_it_happened(tmp_path):
    event = _one_event(tmp_path, "Nigerian bandits abducted 15 worshippers from Kankara on Friday.")
    assert (event["location"], event["admin1"]) == ("Kankara", "Katsina")


def test_a_town_fighters_came_from_is_still_not_where(tmp_path):
    event = _one_event(tmp_path, "Fighters from Kano attacked a village in Borno State on Monday.")
    assert event["admin1"] == "Borno"


def test_north_of_a_town_in_its_province_is_near_the_town(tmp_path):
    event = _one_event(tmp_path, "Body of a woman found dumped north of Guaymas, Sonora, police said.")
    assert (event["location"], event["admin1"], event["geo_precision"]) == ("Heroica Guaymas", "Sonora", 2)


def test_a_town_known_by_the_name_only_as_an_alias_is_no_lone_town_of_it(tmp_path):
    # Rosh Ha'Ayin in Israel was once called Ras al-Ayn; the Syrian town bears the name as its own, and with no
    # country named neither is sure: no place is better than the Israeli one
    event = _one_event(tmp_path, "A car bomb exploded at a checkpoint in Ras al-Ayn, killing three people.")
    assert event["country"] != "Israel"


@pytest.mark.parametrize(
    ("text", "admin1", "admin2"),
    [
        ("Gunmen killed four soldiers in Mayo-Sava department on Friday.", "Far North", "Mayo-Sava"),
        # a French report's "le département du Mayo-Sava", translated word for word
        ("A roadside bomb killed a trader at a village in the department of the Mayo-Sava on Thursday.",
         "Far North", "Mayo-Sava"),
    ],
)
def test_a_department_is_a_division_named_with_its_type_word(tmp_path, text, admin1, admin2):
    event = _one_event(tmp_path, text)
    assert (event["country"], event["admin1"], event["admin2"]) == ("Cameroon", admin1, admin2)


def test_the_department_of_a_ministry_is_no_place(tmp_path):
    event = _one_event(tmp_path, "The Department of Justice said police arrested two men in Kabul on Monday.")
    assert event["location"] == "Kabul"


def test_the_hospital_the_wounded_were_taken_toward_is_no_second_incident(tmp_path):
    # the toll's sentence names only the hospital's town: it is the attack's toll, not an attack at the hospital
    text = ("Boko Haram fighters attacked an army post in Mayo-Sava department on Sunday night. The provisional toll "
            "reports two soldiers who lost their lives and three others wounded, evacuated toward the regional "
            "hospital of Maroua.")
    event = _one_event(tmp_path, text)
    assert (event["admin2"], event["fatalities"]) == ("Mayo-Sava", 2)


def test_the_town_families_moved_toward_is_not_where_it_happened(tmp_path):
    text = ("Armed youth killed six herders at a cattle camp in South Sudan on Monday, and several families moved "
            "toward Wau.")
    event = _one_event(tmp_path, text)
    assert (event["country"], event["location"]) == ("South Sudan", None)


def test_two_districts_of_one_name_that_the_text_does_not_tell_apart_are_neither(tmp_path):
    # India has a Bijapur district in Karnataka and one in Chhattisgarh; a wrong state is worse than none
    event = _one_event(tmp_path, "Maoists killed a villager in Bijapur district on Monday, police said.")
    assert (event["country"], event["admin1"]) == ("India", None)


def test_a_state_the_article_names_elsewhere_says_which_district_of_that_name(tmp_path):
    text = ("Security forces are on alert across Chhattisgarh after a series of ambushes. On Monday, Maoists killed a "
            "villager in Bijapur district, police said.")
    events = ingest_texts(tmp_path, {"a1": text}, published="2024-03-10")
    assert [(e["admin1"], e["admin2"]) for e in events] == [("Chhattisgarh", "Bijapur")]


def test_a_look_alike_spelling_inside_a_district_must_lie_in_that_district(tmp_path):
    # "Kutru" is no village the gazetteer knows; Kotturu (Karnataka) and Katihar (Bihar) only sound like it
    text = "Two DRG jawans were killed when Maoists triggered an IED near Kutru in Bijapur district on Monday."
    event = _one_event(tmp_path, text)
    assert event["location"] not in ("Kotturu", "Katihar") and event["admin1"] in (None, "Chhattisgarh")


def test_a_village_in_a_township_the_gazetteer_lacks_is_not_its_namesake_elsewhere(tmp_path):
    # GeoNames knows a Nyaung Pin Thar only near Yangon, and no Depayin Township (Sagaing) at all
    text = "Junta troops torched houses in Nyaung Pin Thar village in Depayin Township on Monday."
    event = _one_event(tmp_path, text)
    assert event["admin1"] != "Yangon"


def test_a_name_the_tagger_cut_short_is_read_whole_with_its_type_word(tmp_path):
    # the tagger takes "Nyaung" alone and "Thar" as a person's name; the gazetteer knows the three words
    event = _one_event(tmp_path, "Junta troops torched houses in Nyaung Pin Thar village on Monday.")
    assert event["location"] == "Nyaung Pin Thar"
