"""An account of a town's capture: the soldiers' withdrawal is its end, not a handover of its own; civilians
killed by stray bullets in the fighting are its toll, told by "another resident", who is no other incident;
"federal forces" are the state's military. A real ingest into a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts

TEXT = (
    "Fighters of the Fano militia took control of the town of Lalibela in Ethiopia's Amhara region on Wednesday "
    "after two days of heavy fighting with federal forces, residents said.\n\n"
    '"The Fano entered the town in the morning and the soldiers withdrew towards the airport," a resident said by '
    "phone. Another resident said at least seven civilians had been killed by stray bullets."
)


def test_a_capture_told_with_its_end_and_its_toll_is_one_event(tmp_path):
    events = ingest_texts(tmp_path, {"a1": TEXT}, published="2025-08-14")
    assert [(e["sub_event_type"], e["actor1"], e["location"], e["fatalities"]) for e in events] == [
        ("Non-state actor overtakes territory", "Fano", "Lalibela", 7)
    ], events
    assert events[0]["actor2"].startswith("Military Forces of Ethiopia")


def test_another_attack_is_another_incident(tmp_path):
    text = "Gunmen killed four farmers in Gusau on Monday. In another attack, bandits killed two traders near Tsafe."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-08-14")
    assert sorted(e["location"] for e in events) == ["Gusau", "Tsafe"]
