"""The dead found that the sentence model reads as a disappearance are an attack's victims: they were killed,
not taken. A real ingest into a real ledger, on headlines written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_body_found_is_no_abduction(tmp_path):
    events = ingest_texts(
        tmp_path, {"h1": "Body of a young man found near the oil refinery in Homs"}, published="2024-02-10"
    )
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [("Attack", "Homs", 1)]


def test_bodies_counted_keep_their_count(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Three bodies found inside a vehicle in Culiacan"}, published="2024-02-10")
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [("Attack", "Culiacan", 3)]


def test_who_found_the_body_did_not_kill(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Police find the body of a taxi driver in Culiacan"}, published="2024-02-10")
    assert len(events) == 1, events
    assert events[0]["actor1"].startswith("Unidentified Armed Group"), events[0]
    assert events[0]["fatalities"] == 1
