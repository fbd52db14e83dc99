"""Who is accused, suspected or charged of a deed did it; sexual violence in any tense is coded as such: a real
ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def _events(tmp_path, text: str) -> list[dict]:
    return ingest_texts(tmp_path, {"s1": text}, published="2024-07-01")


def test_soldiers_accused_of_rape_are_its_doers_not_a_side_attacked(tmp_path):
    events = _events(tmp_path, "Soldiers were accused of raping two girls in a village near Shire, Tigray.")
    assert [(e["sub_event_type"], e["actor1"][:20], e["actor2"]) for e in events] == [
        ("Sexual violence", "Military Forces of E", "Civilians (Ethiopia)")
    ]


def test_policemen_suspected_of_a_killing_did_it(tmp_path):
    events = _events(tmp_path, "Two policemen are suspected of killing a trader in Mombasa.")
    assert [(e["sub_event_type"], e["actor1"][:16]) for e in events] == [("Attack", "Police Forces of")]
