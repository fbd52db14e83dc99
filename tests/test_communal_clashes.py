"""Two groups of people fighting each other are communal militias in ACLED's naming, never civilians: a real
ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_herders_and_farmers_who_clash_are_communal_militias(tmp_path):
    text = "Herders and farmers clashed near Lafia on Tuesday, leaving 11 dead, police said."
    events = ingest_texts(tmp_path, {"c1": text}, published="2024-06-05")
    assert [(e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Armed clash", "Unidentified Communal Militia (Nigeria)", 11)
    ]


def test_herders_who_attack_farmers_stay_an_attack_on_civilians(tmp_path):
    # one side attacking the other is no clash: the farmers are the civilians hit
    text = "Armed herders attacked farmers near Lafia on Tuesday, killing 11, police said."
    events = ingest_texts(tmp_path, {"c1": text}, published="2024-06-05")
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [("Attack", "Civilians (Nigeria)")]
