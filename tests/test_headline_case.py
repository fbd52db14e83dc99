"""Title Case and ALL CAPS headlines are parsed in sentence case, with names kept and offsets unchanged.

Headlines here are written for these tests in the style of wire and local-news titles; each expected
recasing and each place was checked by hand.
"""

from __future__ import annotations

import pytest

from eventledger.annotate import annotate, parser_text
from eventledger.clean import clean_document
from eventledger.extract.places import find_place_mentions
from eventledger.headline_case import is_headline_cased
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import RawDocument
from eventledger.pipeline import IngestOptions, process_articles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Landmine Kills Farmer in Northern Rakhine", True),
        ("GUNMEN KILL THREE AT MARKET IN KANO", True),
        ("Gunmen killed three people at a market in Kano on Monday, police said.", False),
        # prose full of names, with its full stop, is not a headline
        ("Reported from Kabul by the Kabul Times Herald staff for the Morning Edition desk team.", False),
        ("Kabul Blast", False),  # too short to tell
        # some indexes close every title with a full stop: every content word capitalised is still a title
        ("Landmine Kills Two Villagers in Northern Shan State.", True),
    ],
)
def test_which_lines_are_headline_cased(line, expected):
    assert is_headline_cased(line) is expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Landmine Kills Farmer in Northern Rakhine", "Landmine kills farmer in northern Rakhine"),
        # a country that is also a word keeps its capital; an acronym stays as it is
        ("Turkey Shells YPG Positions Near Syrian Border", "Turkey shells YPG positions near Syrian border"),
        # a division named with its type word, and a known armed group of several words
        ("Islamic State Claims Attack in Kachin State", "Islamic State claims attack in Kachin State"),
        # months keep their capitals: the date reader needs them
        ("Troops Withdraw From Border Town in March", "Troops withdraw from border town in March"),
        ("TWO VILLAGERS KILLED BY SOLDIERS IN SOUTHERN MALI", "Two villagers killed by soldiers in southern Mali"),
    ],
)
def test_recased_for_the_parser(headline, expected):
    assert parser_text(headline) == expected


def test_recasing_keeps_length_and_leaves_prose_alone():
    text = "Police Disperse Protest in Lagos\n\nPolice fired tear gas at protesters in Lagos on Monday."
    recased = parser_text(text)
    assert len(recased) == len(text)
    assert recased.split("\n")[-1] == text.split("\n")[-1]
    assert recased.startswith("Police disperse protest in Lagos")


def _places(text: str) -> list[tuple[str, str | None]]:
    article = clean_document(RawDocument(origin="t", text=text, input_id="t", published="2023-05-01"))
    article = next(annotate([article]))
    return [(m.text, m.place.country if m.place else None) for m in find_place_mentions(article, load_gazetteer())]


def test_places_in_title_case_headlines_are_found():
    # before recasing the tagger read each of these whole as one name and no place was found
    assert ("Rakhine", "Myanmar") in _places("Landmine Kills War Veteran in Northern Rakhine")
    assert ("Sonora", "Mexico") in _places("Nine Dead as Gun Battles Rage in Sonora")


def test_a_bearing_alone_is_no_country():
    # Western Sahara's alias "Southern Provinces" once made the word "southern" name it
    assert load_gazetteer().country("Southern") is None


def test_a_country_after_a_bearing_is_the_country():
    assert _places("Gunmen kill vaccinator in NW Pakistan: officials") == [("Pakistan", "Pakistan")]
    assert _places("Northern Burkina Faso hit by two new deadly attacks") == [("Burkina Faso", "Burkina Faso")]


def test_a_headline_opening_with_a_province_and_a_colon_is_set_there():
    places = _places("Tamaulipas: six abducted restaurant workers found murdered")
    assert [(text, country) for text, country in places] == [("Tamaulipas", "Mexico")]


def _events(text: str):
    article = clean_document(RawDocument(origin="t", text=text, input_id="t", published="2023-05-01"))
    return process_articles([article], IngestOptions())[0].events


def test_an_attack_on_police_is_a_battle_not_violence_against_civilians():
    # ACLED: violence against civilians needs civilian victims
    events = _events("Rebels killed a police officer in the south of the Central African Republic on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]
    assert events[0].actor2 and events[0].actor2.startswith("Police Forces")


def test_an_attack_on_villagers_stays_violence_against_civilians():
    events = _events("Gunmen killed five villagers in the north of Burkina Faso on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_violence_that_kills_in_a_headline_is_one_incident():
    events = _events("Fresh violence kills at least 29 in Bangui")
    assert len(events) == 1 and events[0].place is not None
    assert events[0].place.country == "Central African Republic"
    assert events[0].fatalities_min == 29


def test_a_war_s_cumulative_toll_stays_no_event():
    assert _events("The war has killed more than 300,000 people since 2011.") == []


def test_a_short_line_with_a_full_stop_is_still_a_headline():
    # its present tense tells of the incident, not of a habit
    events = _events("Burmese warplanes bomb rebel camp in Karen State.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_an_ordinary_word_of_a_title_case_headline_is_no_place():
    # "Slaughter" is an old name of Auburn, Washington: in a Title Case headline it is only a verb
    places = _places("Junta Soldiers Storm Village, Slaughter Five Civilians in Sagaing")
    assert all(country in (None, "Myanmar") for _, country in places)


def test_old_names_of_myanmar_states():
    assert ("Karen", "Myanmar") in _places("Artillery kills two villagers in Karen State")
    assert ("Arakan", "Myanmar") in _places("Fighting erupts in northern Arakan State")


def test_a_country_naming_an_event_noun_is_where_it_happened():
    # unlike "US forces" (whose forces), "Nigeria violence" says where
    assert _places("At least two killed in Nigeria violence ahead of polls") == [("Nigeria", "Nigeria")]
    assert _places("Rebels kill seven villagers in C.Africa") == [("C.Africa", "Central African Republic")]


def test_a_province_named_as_an_adjective_outweighs_an_alternate_name_abroad():
    # "Mansi" is an alternate name of Muncie, Indiana; "Kachin" and "Burma" set the report in Myanmar
    places = _places("Burma army kills Kachin farmer in Mansi township")
    assert all(country != "United States" for _, country in places)


def test_a_tagged_run_into_ordinary_words_is_cut_to_the_place():
    # the tagger read "Chihuahua Bar" as a person; "bar" is a word, so the place is Chihuahua
    assert ("Chihuahua", "Mexico") in _places("Seven killed, three women among them, in Chihuahua Bar")


def test_a_lower_case_phrase_is_no_place_name():
    # "west province" was read as Cameroon's West region
    places = _places("At least 30 Taliban killed, 12 injured in Afghan west province - governor")
    assert all(country != "Cameroon" for _, country in places)


def test_a_headline_passive_without_its_auxiliary_names_the_victims():
    # "Four police killed in ...": the police were killed, they did not kill
    events = _events("Four police killed in attack on border post in Rakhine")
    assert len(events) == 1
    assert events[0].actor1 is None and (events[0].actor2 or "").startswith("Police Forces")
    assert events[0].sub_event_type == "Armed clash"  # ACLED: an attack on police is a battle


def test_a_headline_the_parser_reads_as_nouns_still_reports_its_incident():
    # "Rebels loot shops": the parser makes every word a noun; the model reads one looting
    events = _events("Rebels loot shops in Bangassou")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_verbless_headlines_with_a_toll_report_an_incident():
    events = _events("18 dead in weekend violence in northern Mexico")
    assert len(events) == 1 and events[0].fatalities_min == 18
    assert events[0].place is not None and events[0].place.country == "Mexico"


def test_a_sports_word_does_not_silence_a_shouted_headline():
    # "wound scores": many wounded, not a sports score; and they are no dead
    events = _events("INSURGENTS KILL FOUR, WOUND SCORES IN BORDER TOWN.")
    assert len(events) == 1 and events[0].fatalities_min == 4


def test_a_province_with_a_longer_official_name_keeps_its_capital():
    # Coahuila is "Coahuila de Zaragoza" in the gazetteer; and a number opening the line is no first word
    assert parser_text("8 Found Murdered in 3 Coahuila Cities") == "8 found murdered in 3 Coahuila cities"


@pytest.mark.parametrize(("name", "dominant"), [("Maiduguri", True), ("Kandahar", True), ("Tripoli", False),
                                                ("Bago", False)])
def test_a_name_alone_is_placed_only_where_no_comparable_namesake_exists(name, dominant):
    # in a text naming no country, "fighters in X" is placed only when no place of comparable size elsewhere
    # bears the name (Tripoli is Libyan and Lebanese; Bago is Burmese and Philippine)
    from eventledger.extract.place_candidates import Candidate
    from eventledger.extract.place_scoring import _dominant_sense

    candidate = Candidate(0, len(name), name, None)
    candidate.matches = load_gazetteer().lookup_matches(name)
    best = next(entry for entry, exact in candidate.matches if exact)
    assert _dominant_sense(best, candidate) is dominant


def test_a_big_towns_short_name_keeps_its_capital_in_a_title_case_headline():
    # the gazetteer's Acapulco is "Acapulco de Juárez"; the short name is what headlines write
    from eventledger.annotate import parser_text

    assert "in Acapulco by" in parser_text("VIDEO: Man Shot Dead in Back in Acapulco by 2 Assailants")


def test_a_names_last_letter_after_a_hyphen_keeps_its_capital():
    # "Mrauk-U" is a town; lower-casing the "U" hides it from the place finder
    line = "Junta Shelling Forces Exodus From Historic Mrauk-U Town"
    assert "Mrauk-U" in parser_text(line)
    assert "Junta shelling" in parser_text(line)  # the line was recased
