"""Where a strike fell, when the report names the striking forces' nationality and the town struck without
"in": a real ingest into a real ledger, on headlines written for these tests."""

from __future__ import annotations

import pytest
from ledger_helpers import ingest_texts


@pytest.mark.parametrize(
    ("headline", "country", "location"),
    [
        ("Russian missiles hit Kharkiv overnight, killing four", "Ukraine", "Kharkiv"),
        ("Turkish drones strike Qamishli, killing three", "Syria", "Al Qamishli"),
        ("Israeli strike on Khan Younis kills five", "Palestine", "Khan Yunis"),
        ("Rebels seize Goma after days of fighting", "Democratic Republic of Congo", "Goma"),
    ],
)
def test_the_town_struck_is_the_place_not_the_forces_country(tmp_path, headline, country, location):
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert len(events) == 1, events
    assert (events[0]["country"], events[0]["location"]) == (country, location)


def test_a_gerund_s_by_phrase_names_who_fired(tmp_path):
    # "Shelling by the army": the gerund has no subject of its own; its 'by' phrase does it
    events = ingest_texts(tmp_path, {"h1": "Shelling by the army on Douma kills four in Syria"}, published="2024-02-10")
    assert len(events) == 1, events
    assert events[0]["actor1"].startswith("Military Forces of Syria")
    assert events[0]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_the_country_whose_forces_struck_is_not_where(tmp_path):
    text = "A US drone strike killed five al-Shabaab fighters in southern Somalia on Monday, the US military said."
    events = ingest_texts(tmp_path, {"h1": text}, published="2024-02-10")
    assert [e["country"] for e in events] == ["Somalia"]


def test_a_district_of_a_province_named_after_it_lies_in_that_province(tmp_path):
    # the gazetteer knows only a Korean Gumi: "local government area of Zamfara State" puts this one in Nigeria
    text = "Bandits killed 12 villagers in Gumi local government area of Zamfara State on Sunday."
    events = ingest_texts(tmp_path, {"h1": text}, published="2024-02-10")
    assert [(e["country"], e["admin1"]) for e in events] == [("Nigeria", "Zamfara")]


def test_the_town_struck_in_the_country_the_text_attests_in_an_article_set_elsewhere(tmp_path):
    # the article is set in Russia (Bryansk); its last sentence tells a strike on a Ukrainian city
    text = (
        "Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, sparking a large fire, the regional "
        "governor said on Friday. No casualties were reported. Earlier this week, a Russian missile strike on "
        "Kharkiv killed four people and wounded 27, Ukrainian officials said."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    struck = [e for e in events if e["fatalities"] == 4]
    assert [(e["country"], e["location"]) for e in struck] == [("Ukraine", "Kharkiv")], events


def test_bombs_dropped_on_a_city_fell_there_and_are_an_air_strike(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Russian forces dropped glide bombs on Zaporizhzhia, killing two."},
                          published="2025-11-20")  # fmt: skip
    assert [(e["sub_event_type"], e["country"], e["admin1"]) for e in events] == [
        ("Air/drone strike", "Ukraine", "Zaporizhia")
    ]


def test_a_guided_bomb_attack_is_an_air_strike(tmp_path):
    text = "A guided bomb attack on the town of Kupiansk in the Kharkiv region killed an elderly woman on Wednesday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-11-20")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Air/drone strike", "Kupyansk")]
