"""Causes of split incidents and wrong per-source figures found on wire and local reports, each on sentences
written for these tests (real pipeline, real SQLite file). Expectations were checked by hand against the text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

PUBLISHED = "2025-11-15"  # a Saturday: "last Tuesday" is 11 November


def ledger_of(tmp_path: Path, texts: dict[str, str]) -> list[dict[str, Any]]:
    records = [
        {"id": doc_id, "source": "Test Wire", "published": PUBLISHED, "title": "", "text": text}
        for doc_id, text in texts.items()
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        ingest_paths([str(path)], store)
        return list(store.iter_events())
    finally:
        store.close()


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
