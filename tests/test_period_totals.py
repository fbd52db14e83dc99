"""A count over a period is no incident: a weekly update's total, a month's tally, a count since a date. Each
incident the report tells beside it stays an event with its own figure (real pipeline, real SQLite file;
sentences written for this test, expectations checked by hand against the text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest

PUBLISHED = "2026-05-08"  # a Friday: "Tuesday" is 5 May


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    texts = {
        "weekly": "- 3 May, Tillaberi region, Ayorou: armed men killed 5 herders at a water point.\n\n"
        "- 5 May, Tahoua region, Tillia: gunmen killed 2 traders on the road to Tahoua.\n\n"
        "Weekly total: 7 civilians killed and 40 head of cattle stolen, against 3 killed the week before.",
        "month": "Gunmen killed four farmers near Gusau on Tuesday, police said.\n\n"
        "In total, 19 civilians were killed in Zamfara state this month, according to a local monitoring group.",
        "since-date": "Gunmen killed four farmers near Gusau on Tuesday, police said.\n\n"
        "Since 1 January, 212 people have been killed in the state, the group said.",
        # a part of the toll told first, then the incident's whole toll "in all": the whole is the figure
        "whole-toll": "Gunmen shot dead two teachers at a school in Gusau on Monday, residents said.\n\n"
        "Seven people were killed in all, among them the school's guard, the police said.",
        # fighting that goes on since a date, in the perfect, with a count that is no toll: an incident
        "ongoing": "Further east, clashes between the army and JNIM have displaced about 400 families from villages "
        "around Djibo since Friday, the mayor said on Monday.",
        # the dead of a battle a few days old, counted since a weekday: one incident still going on
        "since-weekday": "About 60 soldiers and militants have been killed in the ongoing clashes south of Idlib "
        "since Tuesday.",
        # "since" opening the incident's own clause is no count since a date
        "since-incident": "Since a car bomb killed 11 people at the market in Gusau on 2 May, few traders have come "
        "back.",
    }
    records = [
        {"id": doc_id, "source": "Test Monitor", "published": PUBLISHED, "title": "", "text": text}
        for doc_id, text in texts.items()
    ]
    return ingest(tmp_path_factory.mktemp("period_totals"), records)


def figures_of(events: list[dict[str, Any]], document_id: str) -> list[int | None]:
    return sorted(
        s["fatalities_min"] for e in events for s in e["sources"] if s["document_id"] == document_id
    )


def test_a_weekly_total_is_no_incident(ledger: list[dict[str, Any]]) -> None:
    assert figures_of(ledger, "weekly") == [2, 5]


def test_a_total_of_the_month_is_no_incident(ledger: list[dict[str, Any]]) -> None:
    assert figures_of(ledger, "month") == [4]


def test_a_count_since_a_date_is_no_incident(ledger: list[dict[str, Any]]) -> None:
    assert figures_of(ledger, "since-date") == [4]


def test_since_opening_the_incident_keeps_it(ledger: list[dict[str, Any]]) -> None:
    told = [e for e in ledger if any(s["document_id"] == "since-incident" for s in e["sources"])]
    assert [(e["location"], e["event_date"], e["fatalities"]) for e in told] == [("Gusau", "2026-05-02", 11)]


def test_the_whole_toll_after_a_part_of_it_is_the_figure(ledger: list[dict[str, Any]]) -> None:
    assert figures_of(ledger, "whole-toll") == [7]


def test_fighting_going_on_since_a_date_is_still_an_incident(ledger: list[dict[str, Any]]) -> None:
    told = [e for e in ledger if any(s["document_id"] == "ongoing" for s in e["sources"])]
    assert [(e["event_type"], e["location"]) for e in told] == [("Battles", "Djibo")]


def test_the_dead_of_fighting_since_a_weekday_are_its_toll(ledger: list[dict[str, Any]]) -> None:
    told = [e for e in ledger if any(s["document_id"] == "since-weekday" for s in e["sources"])]
    assert [(e["event_type"], e["admin1"], e["fatalities"]) for e in told] == [("Battles", "Idlib", 60)]
