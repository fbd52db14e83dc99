"""Attacks that are no political violence: a cyber attack on servers (and "the attack" a group claims after
it), an animal that kills a boy. A real ingest into a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_cyber_attack_and_its_claim_make_no_event(tmp_path):
    text = (
        "Hackers launched a cyber attack on the servers of Kenya's revenue authority on Monday, disrupting tax "
        "payments for several hours, officials said. A group calling itself Anonymous Sudan claimed "
        "responsibility for the attack on its Telegram channel."
    )
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []


def test_an_animal_s_attack_is_no_event(tmp_path):
    text = "A crocodile attacked and killed a 12-year-old boy who was fishing in the Tana River near Garissa."
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []


def test_gunmen_who_kill_herders_and_their_dog_still_attack(tmp_path):
    text = "Gunmen killed two herders and their dog near Garissa on Sunday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Attack", 2)]


def test_the_blast_of_an_accident_told_again_is_that_accident(tmp_path):
    text = (
        "A gas cylinder explosion at a restaurant in Lahore killed six people and injured 20 on Tuesday evening, "
        "rescue officials said. The blast, caused by a leaking cylinder, brought down part of the building."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [e["sub_event_type"] for e in events] == ["Man-made disaster"], events
