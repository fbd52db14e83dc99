"""A killing told as part of a robbery, a burglary or a mugging, or of the killer's own family, is ordinary crime,
not political violence; an armed group's attack told as a robbery on a highway stays one. A real ingest into a
real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_stabbing_during_a_robbery_is_no_acled_event(tmp_path):
    text = (
        "A man was stabbed to death during a robbery at a convenience store in Leeds on Saturday night, West "
        "Yorkshire Police said. A 24-year-old man has been arrested on suspicion of murder."
    )
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []


def test_armed_men_robbing_travellers_on_a_highway_is_an_attack(tmp_path):
    text = "Armed men killed two traders in a robbery on the Kaduna-Abuja highway on Tuesday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [(e["sub_event_type"], e["fatalities"], e["location"]) for e in events] == [("Attack", 2, "Kaduna")]


def test_a_man_who_kills_his_own_family_is_a_domestic_crime(tmp_path):
    text = (
        "A man shot dead his wife and two children at their home in Houston before turning the gun on himself, "
        "police said on Sunday."
    )
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []
