"""Who was hit decides ACLED's type: a protest needs people gathered, an aid convoy or an NGO is no armed side,
and a verb the parser hangs loosely on another shares its subject. Real pipeline on sentences written for this
test; expectations checked by hand against ACLED's codebook."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.extract.numbers import parse_fatalities
from eventledger.kb.actors import armed_types, load_actor_kb
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_bodies_found_with_marks_of_torture_are_no_protest() -> None:
    # the model alone reads "activists" and the dead as force against protesters; nobody gathered
    [event] = events_of("Yemenis found dead with torture marks: activists")
    assert event.event_type == "Violence against civilians"
    assert event.actor1 != "Protesters (Yemen)"


def test_force_against_a_crowd_that_is_named_stays_force_against_protesters() -> None:
    [event] = events_of("Security forces opened fire on protesters in Mandalay on Sunday, killing two.")
    assert event.sub_event_type == "Excessive force against protesters"


def test_an_attack_on_an_aid_groups_convoy_is_violence_against_civilians() -> None:
    [event] = events_of("Gunmen ambushed an MSF convoy near Bambari, killing a nurse")
    assert event.sub_event_type == "Attack"
    assert event.actor2 == "Civilians (Central African Republic)"


def test_an_attack_on_a_military_convoy_stays_a_battle() -> None:
    [event] = events_of("Gunmen ambushed a military convoy near Kidal on Monday, killing two soldiers.")
    assert event.sub_event_type == "Armed clash"


def test_an_ngo_is_no_armed_side() -> None:
    kb = load_actor_kb()
    entry = kb.get("MSF")
    assert entry is not None and kb.actor_type(entry, None) not in armed_types()


def test_a_second_verb_hung_on_the_first_shares_its_subject() -> None:
    # parsed with "shoot" as a loose dependent of "tell": the troops are still the ones who shoot
    [event] = events_of("Myanmar junta troops tell civilians to run, then shoot them in the back")
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Military Forces of Myanmar"
    assert event.actor2 == "Civilians (Myanmar)"


def test_a_headline_noun_with_its_participle_is_not_in_the_next_clauses_mood() -> None:
    # "there would be remains" is the second clause's guess; the grave found is the first clause's news
    [event] = events_of("Clandestine grave found in Tamazula, Durango; there would be human remains")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")


def test_civilian_fighters_are_still_fighters() -> None:
    # "civilian" qualifies convoys and posts, never the people of an armed side
    [event] = events_of("Nearly 40 Myanmar Junta Forces Killed in Two Raids by Civilian Fighters in Sagaing")
    assert event.sub_event_type == "Armed clash"


def test_a_severed_or_human_head_found_is_a_killing_and_a_head_of_something_is_not() -> None:
    [event] = events_of("Police in Zacatecas find three severed heads in ice chests")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Unidentified Armed Group (Mexico)")
    [event] = events_of("They locate a human head inside a cooler in Acapulco")
    assert (event.sub_event_type, event.fatalities_min) == ("Attack", 1)
    assert events_of("Police found the head of the cartel in a safe house in Culiacan") == []


def test_people_found_without_life_are_found_dead() -> None:
    # a translation of "sin vida": counted as the dead found
    [event] = events_of("Police found two men without life in a car in Irapuato")
    assert (event.sub_event_type, event.fatalities_min) == ("Attack", 2)
    # a town "without life" counts no dead
    assert parse_fatalities("The old town centre was left without life for 3 days after the market closed") is None


def test_villagers_who_flee_a_clash_are_no_crowd_fighting_it() -> None:
    [event] = events_of("Some 3,000 villagers flee into the forest as clashes hit Hpakant Township")
    assert event.event_type == "Battles"
    assert event.actor1 != "Rioters (Myanmar)"
