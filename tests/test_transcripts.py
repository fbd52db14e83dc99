"""A radio transcript: speakers' labels open its lines ("ANCHOR: In Djibo, ..."), and its incident is told by
its dead in one sentence, dated in another that names it ("after the attack of Sunday night"). The name after
a label is a place, not "In Djibo", and the report is one of an incident (real pipeline, real SQLite file; text
written for this test, expectations checked by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest_texts, told_by

TRANSCRIPT = (
    "ANCHOR: In Djibo, the shops stayed shut today after the attack of Sunday night. Our correspondent is "
    "there.\n\n"
    "CORRESPONDENT: The gunmen arrived on motorbikes just after dark. They went from house to house near the "
    "main market. Six people were killed, among them a teacher, and two girls were taken away.\n\n"
    "ANCHOR: Thank you. The governor has promised more patrols."
)
# the same programme with no incident named and dated: the dead of one sentence stay an aside
UNDATED = TRANSCRIPT.replace("after the attack of Sunday night", "as traders waited for news")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return ingest_texts(tmp_path_factory.mktemp("transcripts"), {"transcript": TRANSCRIPT, "undated": UNDATED},
                        source="Test Radio (transcript)", published="2026-05-06", title="Djibo after the raid")


def test_a_transcript_s_incident_dated_in_another_sentence_is_reported(ledger: list[dict[str, Any]]) -> None:
    told = told_by(ledger, "transcript")
    assert [(e["event_type"], e["country"], e["admin1"], e["fatalities"]) for e in told] == [
        ("Violence against civilians", "Burkina Faso", "Sahel", 6)
    ]


def test_the_same_dead_without_a_dated_incident_stay_an_aside(ledger: list[dict[str, Any]]) -> None:
    assert told_by(ledger, "undated") == []
