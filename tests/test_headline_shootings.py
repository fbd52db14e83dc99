"""Headlines that tell a shooting with "shot" and no auxiliary: the people named before it are its victims,
and a verbless headline the small tagger reads as one noun phrase ("a taco stand shot") still tells it. A real
ingest into a real ledger, on headlines written for these tests; actors checked by hand."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_people_shot_in_a_town_were_shot_not_shooting(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Two police officers shot in Ciudad Obregon"}, published="2024-02-10")
    assert len(events) == 1, events
    assert events[0]["actor1"].startswith("Unidentified Armed Group")
    assert events[0]["actor2"].startswith("Police Forces of Mexico")
    assert events[0]["location"] == "Ciudad Obregon"


def test_shooting_at_someone_or_into_the_air_keeps_the_shooter(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Police shot at protesters in Lagos"}, published="2024-02-10")
    assert [e["sub_event_type"] for e in events] == ["Excessive force against protesters"]
    assert any((e.get("actor2") or "").startswith("Police Forces of Nigeria") for e in events), events


def test_a_shooting_read_inside_one_noun_phrase_is_an_attack(tmp_path):
    # parsed as "Diners at [a taco stand shot at in Ciudad Obregon]": no verb at all
    events = ingest_texts(tmp_path, {"h1": "Diners at a taco stand shot at in Ciudad Obregon"}, published="2024-02-10")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Attack", "Ciudad Obregon")]


def test_a_vaccine_shot_is_no_shooting(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Vaccines for the flu shot in Ontario"}, published="2024-02-10")
    assert events == []
