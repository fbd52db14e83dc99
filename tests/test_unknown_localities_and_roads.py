"""Where an event is when the report names a locality the gazetteer lacks, or a road: "a village (Township,
Region)" is somewhere in the region, not in the region's namesake town; "the Belgorod region" is the
province; a town that names a road ("the Thika highway near Juja") yields to the place named beside it (real
pipeline, real SQLite file; sentences written for this test, checked by hand: Sagaing Region's seat is
Monywa, while the town of Sagaing lies some 70 km away; Juja is a town of Kiambu county; Surobi is a district
of Kabul province)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    texts = {
        # neither the village nor its township is in the gazetteer; a namesake village lies near Yangon
        "village-township-region": "Soldiers burned houses and killed three villagers in Nyaung Kone village "
        "(Khin-U, Sagaing) on Tuesday, a local aid group said.",
        "province-named-region": "A Ukrainian drone attack killed two civilians in the Belgorod region on "
        "Friday, the regional governor said.",
        "road-near-town": "Police fired tear gas at traders blocking the Thika highway near Juja on Monday.",
        "road-in-district": "Two people were killed in an ambush on the Kabul-Jalalabad highway in Surobi "
        "district on Sunday.",
        "road-alone": "Gunmen ambushed a bus on the Maiduguri-Damboa road on Saturday, killing four passengers.",
        # a district whose name holds a number, which cuts the tagger's span ("North" is no North Delhi)
        "number-in-name": "Supporters of two parties clashed in Sandeshkhali (North 24 Parganas, West Bengal) on "
        "Friday, leaving five people injured.",
        # the gazetteer has the town of Douentza but no district of that name, and no Hombori
        "town-without-district": "Soldiers killed 20 civilians during an operation in Hombori (Douentza, Mopti) "
        "on Thursday, a local official said.",
    }
    records = [
        {"id": doc_id, "source": "Test Wire", "published": "2026-05-04", "title": "", "text": text}
        for doc_id, text in texts.items()
    ]
    return ingest(tmp_path_factory.mktemp("unknown_localities"), records)


def events_of(events: list[dict[str, Any]], document_id: str) -> list[dict[str, Any]]:
    return [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]


def test_a_village_of_an_unknown_township_is_placed_in_its_region(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "village-township-region")
    # the region, coded at its seat with province precision; neither the namesake town nor the Yangon village
    assert (event["country"], event["admin1"], event["location"], event["geo_precision"]) == (
        "Myanmar", "Sagaing", "Monywa", 3,
    )


def test_a_town_with_no_district_of_its_name_is_only_near_the_locality(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "town-without-district")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Mopti", "Douentza", 2)


def test_a_district_with_a_number_in_its_name_is_one_name(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "number-in-name")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("West Bengal", "North 24 Parganas", 2)


def test_a_named_region_is_the_province_not_its_capital_alone(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "province-named-region")
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Russia", "Belgorod", 3)


def test_the_town_a_road_is_named_after_yields_to_the_town_beside_it(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "road-near-town")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Kiambu", "Juja", 2)


def test_a_district_named_on_a_road_outranks_the_road_s_ends(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "road-in-district")
    assert (event["admin1"], event["location"]) == ("Kabul", "Surobi")


def test_the_ends_of_a_hyphenated_road_are_only_near_the_event(ledger: list[dict[str, Any]]) -> None:
    [event] = events_of(ledger, "road-alone")
    assert event["admin1"] == "Borno"
    assert event["location"] in ("Maiduguri", "Damboa")
    assert event["geo_precision"] == 2

