"""A wire's editor's note above its story ("(Corrects death toll ...)") does not hide the story's incident."""

from __future__ import annotations

from pathlib import Path

from ledger_helpers import ingest

NOTE = "(Corrects death toll to six from nine in first paragraph after the hospital gave its count)\n\n"
STORY = (
    "NAIROBI, May 6 (Western Wire) - A drone strike killed six people at a bus station in Debre Tabor in "
    "Ethiopia's Amhara region on Tuesday, a doctor at the town's hospital said.\n\n"
    "Buses to Bahir Dar have stopped running since the strike, travellers said."
)


def _article(doc_id: str, text: str) -> dict:
    return {"id": doc_id, "source": "Western Wire", "published": "2026-05-06", "url": f"https://ww.example/{doc_id}",
            "title": "CORRECTED-Drone strike kills six at Ethiopian bus station", "text": text}


def _incidents(events: list[dict]) -> list[tuple]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["fatalities"]) for e in events]


def test_a_correction_note_above_the_story_keeps_its_incident(tmp_path: Path) -> None:
    events = ingest(tmp_path, [_article("note-1", NOTE + STORY)])
    assert _incidents(events) == [("Air/drone strike", "Debre Tabor", "2026-05-05", 6)]


def test_the_story_without_its_note_reads_alike(tmp_path: Path) -> None:
    events = ingest(tmp_path, [_article("note-2", STORY)])
    assert _incidents(events) == [("Air/drone strike", "Debre Tabor", "2026-05-05", 6)]
