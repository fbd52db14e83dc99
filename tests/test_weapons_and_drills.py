"""What the weapon and its use say about ACLED's sub-event type: an explosive found and made safe went off
nowhere (disrupted weapons use), a chemical agent is a chemical weapon whatever dropped it, a quadcopter is a
drone, a rocket launcher's fire is artillery, and a drill's "attacks" are no incident. Real pipeline on
sentences written for this test; expectations checked by hand against ACLED's codebook."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-10-25") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_an_explosive_found_and_destroyed_is_disrupted_weapons_use() -> None:
    [event] = events_of("Troops found and destroyed an IED on the road near Menaka.")
    assert event.sub_event_type == "Disrupted weapons use"


def test_an_explosive_that_destroyed_a_vehicle_went_off() -> None:
    [event] = events_of("On 20 October 2026, an IED destroyed an army truck near Menaka, killing two soldiers.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_chlorine_dropped_from_helicopters_is_a_chemical_weapon_not_an_air_strike() -> None:
    [event] = events_of(
        "On 18 October 2026, army helicopters dropped chlorine barrels on Kafr Zita, injuring 30 people."
    )
    assert event.sub_event_type == "Chemical weapon"


def test_chlorine_in_a_water_plant_is_no_event() -> None:
    assert events_of("The water treatment plant in Kano ran out of chlorine last week, officials said.") == []


def test_a_quadcopter_dropping_explosives_is_a_drone_strike() -> None:
    [event] = events_of(
        "On 1 October 2026, militants used a quadcopter to drop explosives on a police post in Bannu, "
        "wounding two policemen."
    )
    assert event.sub_event_type == "Air/drone strike"


def test_rocket_launcher_fire_is_shelling() -> None:
    [event] = events_of("On 12 October 2026, MLRS fire hit the outskirts of Nikopol, wounding three residents.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_attacks_in_a_drill_are_no_incident() -> None:
    text = (
        "On 14 October 2026, marines held live-fire drills near Subic, 'attacking' a mock enemy position with "
        "artillery and helicopters."
    )
    assert events_of(text) == []


def test_an_exercise_interrupted_by_a_real_attack_keeps_the_attack() -> None:
    [event] = events_of(
        "On 14 October 2026, the army's exercise was cut short when militants attacked the base in Marawi, "
        "killing two soldiers."
    )
    assert event.event_type == "Battles"
