"""A town people fled to is their refuge, not where the attack they fled happened: a real ingest into a real
ledger, on reports written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_the_town_survivors_fled_to_is_not_the_attack_s_place(tmp_path):
    text = (
        "Armed men entered the village of Kobadga overnight and killed six people, local sources said. "
        "The survivors have since fled towards Djibo, the sources added."
    )
    events = ingest_texts(tmp_path, {"r1": text}, published="2024-03-04")
    attacks = [e for e in events if e["sub_event_type"] == "Attack"]
    assert len(attacks) == 1, events
    assert attacks[0]["location"] != "Djibo"
    assert attacks[0]["country"] == "Burkina Faso"


def test_a_town_named_where_the_attack_happened_still_counts(tmp_path):
    text = "Gunmen killed six people in Djibo on Sunday. Survivors fled to Ouahigouya."
    events = ingest_texts(tmp_path, {"r1": text}, published="2024-03-04")
    assert [e["location"] for e in events if e["sub_event_type"] == "Attack"] == ["Djibo"]


def test_the_town_a_fare_or_a_flight_goes_to_is_not_the_attack_s_place(tmp_path):
    # the attack's sentence names no place; the next one names where the fleeing families travel
    text = (
        "Thousands of residents have left Gao this week, relief workers said on Thursday.\n\n"
        "Most fled after Monday's rocket attack on the central bus station, which killed 11 people. "
        "Seats on flights to Bamako are sold out, a relief worker said."
    )
    events = ingest_texts(tmp_path, {"r1": text}, published="2024-03-07")
    attacks = [e for e in events if e["event_type"] == "Explosions/Remote violence"]
    assert len(attacks) == 1, events
    assert attacks[0]["location"] != "Bamako"
    assert attacks[0]["country"] == "Mali"
