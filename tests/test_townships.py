"""A township lies below a district: the gazetteer has no townships, so "Muse township" is coded at the town of
that name (precision 2), not at the district of that name, which holds other townships' towns; two clashes on
one day in two townships of one district stay two events. A battle has two sides: when the parse finds no
object, the other armed side the sentence names is the second. A real ingest into a real ledger, on headlines
written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_township_is_coded_at_its_town(tmp_path):
    text = "Kachin rebels and government forces clashed in Muse township on Tuesday"
    [event] = ingest_texts(tmp_path, {"h1": text}, published="2015-05-06")
    assert event["location"] == "Mu-se" and event["geo_precision"] == 2, event
    assert event["latitude"] is not None


def test_clashes_in_two_townships_of_one_district_are_two_events(tmp_path):
    texts = {
        "h1": "KIA brigade 4 ambushed government forces in Muse township on Wednesday",
        "h2": "KIA brigade 4 ambushed a government convoy in Kutkai township on Wednesday",
    }
    events = ingest_texts(tmp_path, texts, published="2015-05-06")
    assert sorted(e["location"] for e in events) == ["Kutkai", "Mu-se"], events


def test_a_battle_without_a_parsed_object_takes_the_other_armed_side_named(tmp_path):
    [event] = ingest_texts(
        tmp_path, {"h1": "PDF ambushes junta convoy in Magway Region, 8 soldiers dead"}, published="2023-04-01"
    )
    assert event["actor1"] == "People's Defence Force"
    assert event["actor2"].startswith("Military Forces of Myanmar"), event["actor2"]


def test_a_township_abroad_is_no_city_of_another_country(tmp_path):
    [event] = ingest_texts(tmp_path, {"h1": "Junta airstrike kills 11 in Kani Township"}, published="2023-04-01")
    assert event["country"] != "Japan", event
