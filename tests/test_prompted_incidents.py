"""What an incident set off ("..., prompting protests in Jos") is an incident of its own, not a word of the
first one's kind: a massacre that prompted protests is no excessive force against protesters. A real ingest
into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_killing_that_prompted_protests_stays_an_attack(tmp_path):
    text = "In April, gunmen killed 52 people in attacks on several villages in Bokkos, prompting protests in Jos."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-06-03")
    killings = [e for e in events if e["fatalities"] == 52]
    assert [(e["sub_event_type"], e["location"]) for e in killings] == [("Attack", "Bokkos")], events
    assert not any(e["sub_event_type"] == "Excessive force against protesters" for e in events)


def test_protesters_shot_stay_the_protest_s_incident(tmp_path):
    text = "Police shot dead two protesters in Jos, sparking riots across the city."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-06-03")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events][:1] == [("Excessive force against protesters", 2)]
