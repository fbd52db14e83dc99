"""Conventions of the short incident notes conflict-data coders write, and of ACLED's coding: a verbless
"Suspected JNIM." names the perpetrator of the incident before it; a bomber who killed herself and others
counts herself; a city's district is the city; "X district, <province>" puts the district in that province;
two nationalities joined on one force are two states' forces; a bomb a nationality qualifies is that state's;
"armed miscreants" are an armed group and a bomb disposal squad is the police. Real pipeline on notes written
for this test; expectations checked by hand against ACLED's codebook and GeoNames."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def event_of(text: str, published: str = "2026-10-27") -> EventMention:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    [event] = [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]
    return event


def test_a_suspected_group_noted_after_the_incident_is_its_perpetrator() -> None:
    event = event_of(
        "On 19 October 2026, an IED struck a truck on the road between Boni and Hombori (Douentza, Mopti), killing "
        "four drivers. Suspected JNIM."
    )
    assert event.actor1 == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_a_bomber_who_killed_herself_and_others_counts_herself() -> None:
    # the source's own count of the dead: herself and four others
    event = event_of(
        "On 2 November 2026, a female suicide bomber struck a market in Konduga, killing herself and four others."
    )
    assert (event.fatalities_min, event.fatalities_max) == (5, 5)


def test_a_district_of_a_city_is_the_city() -> None:
    event = event_of("On 21 October 2026, a grenade exploded at a market in Hodan district of Mogadishu, killing two.")
    assert event.place is not None
    assert event.place.name == "Mogadishu" and event.place.latitude is not None


def test_a_district_then_its_province_is_in_that_province() -> None:
    event = event_of("On 22 October 2026, gunmen killed two men in the Kutru area of Bijapur district, Chhattisgarh.")
    assert event.place is not None and event.place.admin1 == "Chhattisgarh"


def test_two_nationalities_on_one_force_are_two_sides() -> None:
    event = event_of("On 14 October 2026, Russian and Ukrainian forces fought near Kostiantynivka, Donetsk.")
    sides = {(event.actor1 or "").split(" (")[0], (event.actor2 or "").split(" (")[0]}
    assert sides == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_a_bomb_a_nationality_qualifies_is_that_state_s() -> None:
    event = event_of("On 25 October 2026, a Russian guided aerial bomb hit a block of flats in Kharkiv, killing two.")
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Russia")


def test_armed_miscreants_and_a_bomb_disposal_squad_are_named_actors() -> None:
    arson = event_of(
        "Unidentified armed miscreants set fire to 12 empty houses in Jiribam (Manipur). No one was hurt."
    )
    assert arson.actor1 == "Unidentified Armed Group (India)"
    defused = event_of(
        "On 8 October 2026, a bomb disposal squad defused an IED near a school in Bannu. No one was hurt."
    )
    assert defused.actor1 is not None and defused.actor1.startswith("Police Forces of Pakistan")
