"""The dead found that the sentence model reads as a disappearance: an attack's victims when it gives an attack
a fair share of its reading, no event when it reads a missing person found (a drowning, an accident). A real
ingest into a real ledger, on headlines written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_body_found_is_no_abduction(tmp_path):
    events = ingest_texts(
        tmp_path, {"h1": "Body of a young man found near the oil refinery in Homs"}, published="2024-02-10"
    )
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Attack", "Homs")]


def test_a_missing_student_found_in_a_river_makes_no_event(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Body of missing student found in river in Bangkok"}, published="2024-02-10")
    assert events == []
