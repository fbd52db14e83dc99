"""Who was killed decides between a battle and violence against civilians (ACLED): the armed men of gangs and
cartels, vigilantes and a state's forces are an armed side; the ones named after a passive's "by" are the
doers. A headline's "gunned down" counts its one victim, and a step told with no subject of its own ("while
torching", "before arresting") is the same doers' same incident. Real pipeline on sentences written for this
test; expectations checked by hand against ACLED's codebook."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_gang_members_killed_by_gunmen_are_a_battle() -> None:
    [event] = events_of("Gunmen kill two suspected gang members outside a bar in Culiacan")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities_min == 2


def test_a_cartel_hitman_gunned_down_is_a_battle_with_one_dead() -> None:
    [event] = events_of("Cartel hitman gunned down in a car park in Culiacan")
    assert event.sub_event_type == "Armed clash"
    assert (event.fatalities_min, event.fatalities_max) == (1, 1)


def test_people_who_only_work_for_a_cartel_are_civilians() -> None:
    [event] = events_of("Two accountants working for the Sinaloa Cartel were killed in Ensenada")
    assert event.sub_event_type == "Attack"


def test_gunmen_named_after_by_are_the_doers_not_the_victims() -> None:
    [event] = events_of("Shopkeeper who ran a pharmacy in Celaya shot and killed by unidentified gunmen")
    assert event.sub_event_type == "Attack"


def test_a_states_forces_killed_in_an_ambush_are_an_armed_side() -> None:
    [event] = events_of("Twelve junta forces killed in ambush near Kani, Sagaing")
    assert event.event_type == "Battles"


def test_a_man_gunned_down_is_one_dead_and_a_family_is_not_one() -> None:
    [man] = events_of("Man gunned down in Celaya, Guanajuato")
    assert (man.fatalities_min, man.fatalities_max) == (1, 1)
    [family] = events_of("Family gunned down in Celaya, Guanajuato")
    assert family.fatalities_min != 1


def test_a_village_torched_while_killing_is_the_same_attack() -> None:
    [event] = events_of("Junta troops killed three villagers near Kanbalu, Sagaing, while torching their houses")
    assert event.sub_event_type == "Attack"
    assert event.fatalities_min == 3


def test_another_side_in_a_while_clause_is_another_incident() -> None:
    events = events_of(
        "Militants shelled Bakhmut on Monday, while government forces recaptured a village in the north."
    )
    assert {e.event_type for e in events} == {"Explosions/Remote violence", "Battles"}


def test_arrests_that_follow_a_killing_with_no_subject_of_their_own_are_part_of_it() -> None:
    [event] = events_of("Troops killed two men in Kanbalu, Sagaing, before arresting five villagers")
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Myanmar")
