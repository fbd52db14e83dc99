"""A ledger of at least 10,000 events built from real news text in about a minute, for the browser tests
at the analyst's desk's size: 1,200 UCDP GED dev headlines and the 20 WikiEvents dev articles (long
reports with quotes, hedges and undated incidents) are ingested through the pipeline once; the ledger is
then grown to its size with copies of those events, each round with new ids (``-rN``) and its dates and
reports' dates moved on ROUND_SHIFT_DAYS a round (the copies are bulk-loaded, not ingested again: the
pipeline takes ~5 minutes a round, too long for a test session; benchmarks/real_ledger.py ingests every
round when a fully ingested ledger is wanted).

    PYTHONPATH=src .venv/bin/python -m tests.real_ledger PATH   # builds one for benchmarks/page_render.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventledger.models import Event
from eventledger.pipeline import ingest_paths
from eventledger.records import event_from_record
from eventledger.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
UCDP = SHARED / "ucdp-ged-headlines"
WIKIEVENTS = SHARED / "wikievents"
HEADLINES = 1200
EVENTS = 10_000
ROUND_SHIFT_DAYS = 409  # as benchmarks/real_ledger.py: a copy falls on other weekdays and months


def available() -> bool:
    return (UCDP / "corpus.jsonl").is_file() and (WIKIEVENTS / "corpus.jsonl").is_file()


def _dev(benchmark: Path) -> Iterator[str]:
    """The benchmark's dev-split input lines (only the gold file's `split` field is read)."""
    with (benchmark / "gold.jsonl").open(encoding="utf-8") as handle:
        dev = {row["id"] for row in map(json.loads, handle) if row["split"] == "dev"}
    with (benchmark / "corpus.jsonl").open(encoding="utf-8") as handle:
        yield from (line for line in handle if json.loads(line)["id"] in dev)


def _shifted(event: Event, round_number: int, shift_days: int = ROUND_SHIFT_DAYS) -> Event:
    shift = dt.timedelta(days=shift_days * round_number)
    sources = [dataclasses.replace(s, published=(dt.date.fromisoformat(s.published[:10]) + shift).isoformat())
               if s.published else s for s in event.sources]
    return dataclasses.replace(event, event_id=f"{event.event_id}-r{round_number}", sources=sources,
                               event_date=event.event_date + shift if event.event_date else None)


def _copies(ingested: list[Event], rounds: int, shift_days: int) -> Iterator[Event]:
    for round_number in range(1, rounds + 1):
        for event in ingested:
            yield _shifted(event, round_number, shift_days)


def build(db: str, events: int = EVENTS, *, shift_days: int = ROUND_SHIFT_DAYS, folder: Path | None = None) -> int:
    """Build the ledger at ``db`` (a SQLite path or a PostgreSQL URL); returns how many events it holds.
    ``shift_days``: how far each round's copies move on (a ledger of a million events is ~700 rounds: a
    smaller shift keeps its dates in decades, not centuries); ``folder``: where the input file is written
    (beside a SQLite file when not given)."""
    folder = folder or Path(db).parent
    inputs = folder / "real-inputs.jsonl"
    headlines = [line for _, line in zip(range(HEADLINES), _dev(UCDP), strict=False)]
    inputs.write_text("".join(headlines) + "".join(_dev(WIKIEVENTS)), encoding="utf-8")
    store = open_store(db)
    try:
        summary = ingest_paths([str(inputs)], store)
        if summary.rejections:
            raise RuntimeError(f"real inputs rejected: {summary.rejections[0].line()}")
        ingested = [event_from_record(record) for record in store.iter_events()]
        rounds = max(0, -(-(events - len(ingested)) // len(ingested)))  # whole rounds until ``events``
        # one load for every round: each load recounts the kept tables and merges the text index over
        # the whole ledger, so a load per round grows with the square of the rounds
        store.load_events(_copies(ingested, rounds, shift_days))
        store.refresh_statistics()
        return store.count_events()
    finally:
        store.close()


if __name__ == "__main__":
    print(f"{sys.argv[1]}: {build(sys.argv[1])} events")
