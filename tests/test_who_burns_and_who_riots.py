"""ACLED's lines between an attack, a riot and property destruction, by who acts and on whom: an armed force
that burns, kills or lynches is no mob; one who left an armed side is a civilian; a crowd that torches a police
station riots; people burned are attacked, and "burned alive" is a death; a building set on fire is property
destroyed (real pipeline, real SQLite file; sentences written for this test)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    texts = {
        # "a local aid group" is the source; "local" is no crowd acting
        "soldiers-burn-and-kill": "Soldiers burned houses and killed three villagers near Monywa on Tuesday, a "
        "local aid group said.",
        "soldiers-lynch-former-rebel": "Soldiers lynched an ex-rebel near a market in Bangui on Wednesday, "
        "witnesses said.",
        "crowd-burns-police-station": "Angry residents set fire to a police station in Kasese on Monday night "
        "after a prisoner escaped.",
        "burned-alive": "Gunmen burned a shopkeeper alive in Culiacan on Monday.",
        "children-set-on-fire": "Cartel gunmen set two children on fire in Tijuana on Monday.",
        "school-set-on-fire": "Militants set a school on fire in Garissa on Friday.",
    }
    records = [
        {"id": doc_id, "source": "Test Wire", "published": "2026-05-04", "title": "", "text": text}
        for doc_id, text in texts.items()
    ]
    return ingest(tmp_path_factory.mktemp("burns_and_riots"), records)


def only_event(events: list[dict[str, Any]], document_id: str) -> dict[str, Any]:
    [event] = [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]
    return event


def test_soldiers_who_burn_and_kill_attack_civilians(ledger: list[dict[str, Any]]) -> None:
    event = only_event(ledger, "soldiers-burn-and-kill")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Attack", "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", 3,
    )  # fmt: skip


def test_soldiers_who_lynch_a_former_rebel_attack_a_civilian(ledger: list[dict[str, Any]]) -> None:
    event = only_event(ledger, "soldiers-lynch-former-rebel")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Central African Republic)")
    assert event["actor1"].startswith("Military Forces of the Central African Republic")


def test_a_crowd_that_burns_a_police_station_riots(ledger: list[dict[str, Any]]) -> None:
    event = only_event(ledger, "crowd-burns-police-station")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert event["actor1"] == "Rioters (Uganda)"


def test_a_man_burned_alive_is_killed_in_an_attack(ledger: list[dict[str, Any]]) -> None:
    event = only_event(ledger, "burned-alive")
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Attack", "Civilians (Mexico)", 1)


def test_people_set_on_fire_are_attacked_not_shelled(ledger: list[dict[str, Any]]) -> None:
    event = only_event(ledger, "children-set-on-fire")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mexico)")


def test_a_school_set_on_fire_is_property_destroyed(ledger: list[dict[str, Any]]) -> None:
    assert only_event(ledger, "school-set-on-fire")["sub_event_type"] == "Looting/property destruction"
