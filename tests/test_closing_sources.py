"""The sources a sentence closes on ("..., police and local sources said.") tell the news; they are no side in
it, however the parser attaches them. A real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def _one_event(tmp_path, text: str) -> dict:
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-02")
    assert len(events) == 1, events
    return events[0]


def test_police_who_report_an_attack_on_villagers_are_not_its_target(tmp_path):
    # the small parser hangs "police" on "homes" as one more thing burned
    text = ("Insurgents attacked a village in Cabo Delgado province on Saturday, killing at least four civilians and "
            "burning dozens of homes, police and local sources said.")
    event = _one_event(tmp_path, text)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mozambique)")


def test_a_police_officer_killed_with_others_is_still_among_the_victims(tmp_path):
    event = _one_event(tmp_path, "Gunmen killed two farmers and a police officer in Zamfara on Monday.")
    assert event["fatalities"] == 3
