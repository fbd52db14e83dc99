"""The ingest summary counts what the ledger holds after the run, and the progress total counts the
inputs before reading them. Articles written for these tests; the pipeline and the ledger are real."""

from __future__ import annotations

import json
import re
import sqlite3

from eventledger import pipeline
from eventledger.ingest import read_inputs
from eventledger.ingest.count import count_inputs
from eventledger.store import open_store

FIRST = {"id": "wire-1", "published": "2024-06-08", "source": "Borno Wire",
         "text": "Gunmen attacked a market in Maiduguri on Friday, killing five traders, police said."}
SECOND = {"id": "daily-2", "published": "2024-06-08", "source": "Lake Chad Daily",
          "text": "Five traders were killed when gunmen attacked a market in Maiduguri on Friday, "
                  "residents said."}
NO_EVENT = {"id": "match-3", "published": "2024-06-08", "source": "Sports Desk",
            "text": "Kano Pillars beat Enyimba 2-1 in the league on Sunday, with a late goal from the captain."}
PROTEST = {"id": "march-4", "published": "2024-06-10", "source": "Abuja Times",
           "text": "Hundreds of teachers marched in Abuja on Monday to demand unpaid salaries."}


def write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def stored_events(db: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def test_the_summary_matches_the_ledger_across_runs(tmp_path):
    db = str(tmp_path / "ledger.db")
    store = open_store(db)
    try:
        first = pipeline.ingest_paths([write_jsonl(tmp_path / "a.jsonl", [FIRST, SECOND, NO_EVENT])], store)
        assert first.documents_new == 3 and first.documents_without_events == 1
        assert first.events_in_ledger == stored_events(db) == first.events_added
        # two reports of one market attack: however fusion went step by step, the ledger has the event once
        market = [e for e in store.iter_events() if e["location"] == "Maiduguri"]
        assert len(market) == 1 and first.events_grown == 0
        assert re.search(rf"events now in the ledger: {stored_events(db)} \(\+{stored_events(db)} new, ~0 updated\); "
                         r"documents without events: 1$", first.line())

        third = dict(SECOND, id="radio-5", source="Radio Maiduguri",
                     text="Gunmen killed five traders in an attack on a market in Maiduguri on Friday, police said.")
        second = pipeline.ingest_paths([write_jsonl(tmp_path / "b.jsonl", [third, PROTEST, NO_EVENT])], store)
        assert second.documents_new == 2 and second.documents_unchanged == 1
        assert second.documents_without_events == 0
        assert second.events_in_ledger == stored_events(db)
        assert second.events_added == stored_events(db) - first.events_in_ledger  # the teachers' march
        assert second.events_grown == 1  # the market attack gained a third report
        assert f"(+{second.events_added} new, ~1 updated)" in second.line()
    finally:
        store.close()


def test_inputs_are_counted_before_reading(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("A title\n\nSome text.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("never read", encoding="utf-8")
    (folder / "sub" / "three.jsonl").write_text('{"text": "a"}\n\n  \n{"text": "b"}\n{"text": "c"}', encoding="utf-8")
    (folder / "list.json").write_text(json.dumps([{"text": "x"}, {"text": "y"}]), encoding="utf-8")
    (folder / "notes.md").write_text("rejected, but an item all the same", encoding="utf-8")
    assert count_inputs([str(folder)]) == 1 + 3 + 2 + 1 == len(list(read_inputs([str(folder)])))
    assert count_inputs([str(folder / "one.txt"), str(tmp_path / "missing.txt")]) == 2
    assert count_inputs(["-"]) is None  # standard input cannot be counted before it is read
    (folder / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    assert count_inputs([str(folder)]) is None


def test_a_long_jsonl_line_is_counted_in_chunks(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 3_000_000 + b'"}\n' + b"\n" * 5 + b'{"text": "y"}')
    assert count_inputs([str(path)]) == 2
