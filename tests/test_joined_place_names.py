"""Place names joined by "and": two towns the tagger reads as one name are two places, and a province the
tagger splits in two ("Jammu" / "Kashmir") is one. A real ingest into a real ledger, on headlines written for
these tests; places checked by hand against the gazetteer."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_two_towns_tagged_as_one_name_are_two_places(tmp_path):
    # the tagger reads "Hpakant and Mohnyin" as one organisation; the event is at the first town
    headline = "KIA clashes with junta soldiers in Hpakant and Mohnyin"
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert [(e["country"], e["admin1"]) for e in events] == [("Myanmar", "Kachin")]


def test_a_province_tagged_as_two_names_is_one(tmp_path):
    # "Jammu" and "Kashmir" tagged apart had put the event in the city of Jammu
    headline = "Militants attack army camp in Jammu and Kashmir, killing two soldiers"
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert [(e["admin1"], e["location"]) for e in events] == [("Jammu and Kashmir", "Srinagar")]


def test_a_country_tagged_short_of_its_hyphenated_name_is_that_country(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Clashes in Guinea-Bissau killed two soldiers."}, published="2024-02-10")
    assert [e["country"] for e in events] == ["Guinea-Bissau"]


def test_the_towns_a_road_joins_are_places(tmp_path):
    headline = "Gunmen attacked a convoy on the Maiduguri-Damboa road, killing five soldiers."
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert [(e["country"], e["location"]) for e in events] == [("Nigeria", "Maiduguri")]
