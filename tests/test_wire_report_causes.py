"""Causes of split incidents and wrong per-source figures found on wire and local reports, each on sentences
written for these tests (real pipeline, real SQLite file). Expectations were checked by hand against the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ledger_helpers import ingest

PUBLISHED = "2025-11-15"  # a Saturday: "last Tuesday" is 11 November


def ledger_of(tmp_path: Path, texts: dict[str, str], published: dict[str, str] | None = None) -> list[dict[str, Any]]:
    records = [
        {"id": doc_id, "source": "Test Wire", "published": (published or {}).get(doc_id, PUBLISHED), "title": "",
         "text": text}
        for doc_id, text in texts.items()
    ]
    return ingest(tmp_path, records)


def events_of_document(events: list[dict[str, Any]], document_id: str) -> list[dict[str, Any]]:
    return [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return ledger_of(
        tmp_path_factory.mktemp("wire_causes"),
        {
            # residents as the source of the figure, villagers as the ones killed: no crowd acts
            "residents-source": "JNIM claimed responsibility on Tuesday for Monday's attack on Solenzo, saying it "
            "had killed 40 people.\n\nResidents said eleven villagers were killed and the market was burned.",
            "mob": "Residents said a mob lynched two suspected thieves in Kano on Sunday.",
            # the incident told only in a relative clause of a sentence about something else
            "relative-clause": "Nurses at the Kauda clinic, which was hit by a drone last Tuesday, went back to "
            "work on Saturday in a tent beside the ruined ward.",
            "no-incident-clause": "Doctors at the hospital, which treats 200 patients a day, resumed surgery "
            "on Thursday.",
            # a town used as a modifier of the event noun, after "from"
            "toll-label": "Nigerian police said on Thursday that the toll from the Monguno market bombing had "
            "risen to 14.",
        },
    )


def test_residents_reporting_deaths_are_no_mob(ledger: list[dict[str, Any]]) -> None:
    told = events_of_document(ledger, "residents-source")
    assert [(e["sub_event_type"], e["location"]) for e in told] == [("Attack", "Solenzo")]
    source = next(s for s in told[0]["sources"] if s["document_id"] == "residents-source")
    # the residents' eleven is the report's own figure, JNIM's 40 the claimant's
    assert (source["fatalities_min"], source["claimant_fatalities_min"]) == (11, 40)


def test_a_mob_named_as_the_doer_is_still_mob_violence(ledger: list[dict[str, Any]]) -> None:
    told = events_of_document(ledger, "mob")
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in told] == [("Mob violence", "Kano", 2)]


def test_an_incident_told_in_a_relative_clause_is_an_event(ledger: list[dict[str, Any]]) -> None:
    told = events_of_document(ledger, "relative-clause")
    assert [(e["sub_event_type"], e["event_date"]) for e in told] == [("Air/drone strike", "2025-11-11")]
    assert events_of_document(ledger, "no-incident-clause") == []


def test_a_town_naming_the_event_after_from_is_its_place(ledger: list[dict[str, Any]]) -> None:
    told = events_of_document(ledger, "toll-label")
    assert [(e["location"], e["admin1"], e["fatalities"]) for e in told] == [("Monguno", "Borno", 14)]


def test_a_front_of_the_farc_dissidents_and_the_dissidents_name_one_side(tmp_path: Path) -> None:
    # the local report names the front (the Estado Mayor Central's), the wire only "FARC dissidents": one
    # attack on one day in one department, with the same toll
    local = ("Three soldiers died and five were wounded in an attack with explosives against the military base of "
             "the municipality of Argelia, in the south of Cauca, in the early hours of this Sunday.\n\nThe army "
             "attributes the attack to the Dagoberto Ramos front of the dissidents of the FARC.")  # fmt: skip
    wire = ("BOGOTA, Nov 10 (Andes Wire) - Three Colombian soldiers were killed when FARC dissidents attacked an "
            "army base with explosives in Colombia's Cauca department on Sunday, the army said on Monday.")  # fmt: skip
    events = ledger_of(tmp_path, {"front": local, "wire": wire}, {"front": "2025-11-09", "wire": "2025-11-10"})
    assert [sorted(s["document_id"] for s in e["sources"]) for e in events] == [["front", "wire"]]
    assert (events[0]["location"], events[0]["event_date"], events[0]["fatalities"]) == ("Argelia", "2025-11-09", 3)


def test_a_claim_and_the_army_s_later_toll_of_the_attack_are_one_incident(tmp_path: Path) -> None:
    # "Islamic State's Sahel Province" is the group, not Burkina Faso's Sahel region; "The army said on Monday
    # that seven soldiers died in the attack" is Saturday's attack, its figure the article's own
    text = ("Islamic State's Sahel Province claimed Saturday's attack on the army post at Anderamboukane in Mali, "
            "saying its fighters had killed 30 soldiers.\n\nThe army said on Monday that seven soldiers died in the "
            "attack.")  # fmt: skip
    events = ledger_of(tmp_path, {"claim": text}, {"claim": "2025-11-17"})
    assert [(e["country"], e["admin1"], e["event_date"]) for e in events] == [("Mali", "Menaka", "2025-11-15")]
    (source,) = events[0]["sources"]
    assert (source["fatalities_min"], source["claimant_fatalities_min"]) == (7, 30)
