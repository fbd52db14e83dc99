"""One incident dated against different reference times: a statement that gives no date (dated by its
report, the week before it) and a follow-up a week later that recalls "last week's attack". Through the real
pipeline into a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

# published a week apart: the statement says nothing of when, the follow-up says "last week"
STATEMENT = {
    "id": "ref-statement", "source": "UN Office in Nigeria", "url": "https://unoffice.example/ref-statement",
    "published": "2026-03-06", "title": "Statement on the attack in Maru",
    "text": "The United Nations Resident Coordinator condemns the attack carried out by armed bandits in the "
    "town of Maru, Zamfara State, in which at least 14 villagers were killed.\n\nThe Resident Coordinator "
    "calls on the authorities to bring the perpetrators to justice.",
}  # fmt: skip
FOLLOW_UP = {
    "id": "ref-follow-up", "source": "Sahel Wire", "url": "https://sahelwire.example/ref-follow-up",
    "published": "2026-03-13", "title": "Thousands still displaced after Nigeria attack",
    "text": "ABUJA, March 13 (Sahel Wire) - More than 3,000 people who fled the town of Maru after last week's "
    "attack by bandits, in which 14 villagers were killed, are still sheltering in schools, the state "
    "emergency agency said on Friday.\n\nThe agency said food was running short.",
}  # fmt: skip


def ledger_of(tmp_path: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    inputs = tmp_path / "articles.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        ingest_paths([str(inputs)], store)
        return list(store.iter_events())
    finally:
        store.close()


def test_a_follow_up_dating_the_incident_to_last_week_meets_a_statement_dated_by_its_report(tmp_path: Path) -> None:
    # the follow-up's "last week" is a span of its own, ending before it came out: it says when, so the two
    # are not "two reports a week apart, neither saying when" (which stay apart)
    events = ledger_of(tmp_path, [STATEMENT, FOLLOW_UP])
    both = [e for e in events if {s["document_id"] for s in e["sources"]} == {"ref-statement", "ref-follow-up"}]
    assert len(both) == 1, [[s["document_id"] for s in e["sources"]] for e in events]
    figures = {s["document_id"]: (s["fatalities_min"], s["fatalities_max"]) for s in both[0]["sources"]}
    assert figures == {"ref-statement": (14, None), "ref-follow-up": (14, 14)}  # each source's own figure
