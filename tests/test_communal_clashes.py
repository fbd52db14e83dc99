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


def test_a_crowd_that_fights_is_mob_violence_not_an_armed_clash(tmp_path):
    text = "Supporters of rival candidates clashed with machetes in Eldoret, leaving two people dead."
    events = ingest_texts(tmp_path, {"c1": text}, published="2024-06-05")
    assert [(e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Mob violence", "Rioters (Kenya)", 2)
    ]


def test_villagers_who_clash_with_soldiers_are_rioters(tmp_path):
    text = "Villagers clashed with soldiers in Kasese, leaving 3 dead."
    events = ingest_texts(tmp_path, {"c1": text}, published="2024-06-05")
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Mob violence", "Rioters (Uganda)")]


def test_clashes_between_two_peoples_are_between_their_militias(tmp_path):
    text = "Clashes between Fulani herders and Idoma farmers in Agatu left 12 dead on Tuesday."
    events = ingest_texts(tmp_path, {"c1": text}, published="2026-11-11")
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Fulani Ethnic Militia (Nigeria)", "Idoma Ethnic Militia (Nigeria)")
    ]


def test_fighting_between_herders_and_farmers_is_communal(tmp_path):
    # "Fighting" as the gerund subject of the sentence: its "between" phrase names the sides too
    text = "Fighting between herders and farmers in Agatu on Tuesday left 12 dead."
    events = ingest_texts(tmp_path, {"c1": text}, published="2026-11-11")
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Armed clash", "Unidentified Communal Militia (Nigeria)")
    ]
