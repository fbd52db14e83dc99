"""The ACLED CSV as the command line writes it from a real ingest: the seed article and three written
for this test (an earthquake, a type outside ACLED's taxonomy; a report with neither outlet nor date
whose URL names its publisher)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

from tests.conftest import SEED_JSONL

ARTICLES = [
    {"id": "quake-1", "published": "2024-06-08",
     "text": "A 7.1-magnitude earthquake struck southern Mexico on Tuesday, killing four people, officials said."},
    {"id": "borno-2", "url": "https://www.borno-news.example/attack",
     "text": "Gunmen attacked a village in Borno, killing nine farmers, residents said."},
    {"id": "match-3", "published": "2024-06-08", "source": "Sports Desk",
     "text": "Kano Pillars beat Enyimba 2-1 in the league on Sunday, with a late goal from the captain."},
]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, timeout=600)


def test_acled_csv_loads_with_integer_tolls_and_says_what_it_left_out(tmp_path):
    corpus = tmp_path / "more.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(tmp_path / "ledger.db")
    ingest = run("ingest", str(SEED_JSONL), str(corpus), "--db", db)
    assert ingest.returncode == 0, ingest.stderr.decode()
    events = [json.loads(line) for line in run("export", "--format", "events", "--db", db).stdout.splitlines()]
    result = run("export", "--format", "acled-csv", "--db", db)
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    left_out = [e for e in events if e["event_type"] == "Other events"]
    assert [e["sub_event_type"] for e in left_out] == ["Natural disaster"]
    assert result.stderr.decode() == (
        "note: 1 event of extension types (outside ACLED's taxonomy) left out of acled-csv; "
        "the events export has them\n")
    assert len(rows) + len(left_out) == len(events) > 3
    assert all(int(r["fatalities"]) >= 0 for r in rows)  # every toll an integer: 0 where none is reported
    assert all(r["event_date"] and r["time_precision"] for r in rows)  # ACLED requires a date
    [borno] = [r for r in rows if r["admin1"] == "Borno"]
    assert borno["source"] == "borno-news.example"
    # nothing dates it (no date in the text, none on the report): the day the ledger recorded it, at the
    # coarsest precision, and the row says so
    ingest_day = dt.datetime.now(dt.UTC).date()
    assert dt.date.fromisoformat(borno["event_date"]) in {ingest_day, ingest_day - dt.timedelta(days=1)}
    assert (borno["time_precision"], borno["tags"]) == ("3", "event date=ingest date")
    assert all(r["source"] for r in rows)  # an outlet, else the URL's host, else the document id
