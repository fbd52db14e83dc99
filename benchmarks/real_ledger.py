"""A ledger of real news text at the analyst's desk's size (default 10,000 events), built by ingesting the
real snippets beside the checkout again and again with varied dates and ids until the ledger holds enough
events.

The inputs: the UCDP GED headlines of the dev split, every CASE 2021 task 2 snippet, and the WikiEvents
dev articles. CASE 2021 is a measure-only set: here it is load, ingested whole; no item of it is read or
printed by this script, and nothing is tuned on it. Each round ingests every input once more as a new
document (id suffixed ``-rN``) published N x 409 days later (CASE snippets and WikiEvents articles,
which carry no date, get one in 2021), so the copies are new reports of new events rather than
duplicates of the first ones.

    .venv/bin/python benchmarks/real_ledger.py --db real.db [--events 10000] [--rounds-max 12] [--check-acled]

Prints, per round, the documents ingested, the ledger's events and the round's time. A ledger that is
already big enough is left as it is.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eventledger.export import write_export
from eventledger.kb.taxonomy import is_acled
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
ROUND_SHIFT_DAYS = 409  # a year and six weeks: a copy's reports fall on other weekdays and months
CASE_FIRST_DAY = dt.date(2021, 1, 1)


def dev_ids(gold: Path) -> set[str]:
    """The ids of a benchmark's dev split (its gold file's `split` field; nothing else of it is read)."""
    with gold.open(encoding="utf-8") as handle:
        return {row["id"] for row in map(json.loads, handle) if row["split"] == "dev"}


def jsonl_inputs(corpus: Path, keep: set[str]) -> Iterator[dict]:
    with corpus.open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            if row["id"] in keep:
                yield row


def case_inputs(path: Path) -> Iterator[dict]:
    """CASE 2021's snippets as input documents (the label column is not read)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)  # the header
        for number, row in enumerate(rows):
            day = CASE_FIRST_DAY + dt.timedelta(days=number % 365)
            yield {"id": f"case2021-{row[0]}", "published": day.isoformat(), "source": "CASE 2021", "title": None,
                   "text": row[1]}


def real_inputs() -> list[dict]:
    ucdp, wiki = SHARED / "ucdp-ged-headlines", SHARED / "wikievents"
    inputs = list(jsonl_inputs(ucdp / "corpus.jsonl", dev_ids(ucdp / "gold.jsonl")))
    inputs += list(case_inputs(SHARED / "case2021-task2" / "test_set_final_release_with_labels.tsv"))
    # WikiEvents' articles carry no date: each gets one, as CASE's snippets do (an event that neither its
    # text nor its report dates would have no event_date in the ACLED CSV)
    for number, item in enumerate(jsonl_inputs(wiki / "corpus.jsonl", dev_ids(wiki / "gold.jsonl"))):
        inputs.append(item if item.get("published") else
                      dict(item, published=(CASE_FIRST_DAY + dt.timedelta(days=17 * number)).isoformat()))
    return inputs


def shifted(item: dict, round_number: int) -> dict:
    """The input as round ``round_number`` ingests it: a new id, published ROUND_SHIFT_DAYS later per round."""
    if round_number == 0:
        return item
    copy = dict(item, id=f"{item['id']}-r{round_number}")
    if item.get("published"):
        day = dt.date.fromisoformat(item["published"][:10]) + dt.timedelta(days=ROUND_SHIFT_DAYS * round_number)
        copy["published"] = day.isoformat()
    return copy


def build(db: str, events: int, rounds_max: int) -> None:
    inputs = real_inputs()
    store = open_store(db)
    try:
        with tempfile.TemporaryDirectory() as folder:
            for round_number in range(rounds_max):
                if store.count_events() >= events:
                    break
                path = Path(folder) / f"round-{round_number}.jsonl"
                with path.open("w", encoding="utf-8") as out:
                    for item in inputs:
                        out.write(json.dumps(shifted(item, round_number), ensure_ascii=False) + "\n")
                started = time.perf_counter()
                summary = ingest_paths([str(path)], store)
                print(f"round {round_number}: {summary.documents_new} new documents "
                      f"({summary.documents_unchanged} already in), {len(summary.rejections)} rejected; "
                      f"ledger {store.count_events()} events; {time.perf_counter() - started:.0f} s", flush=True)
        print(f"{db}: {store.count_events()} events, {store.count_documents()} documents")
    finally:
        store.close()


def acled_check(db: str) -> None:
    """The ledger's ACLED CSV as pandas reads it, against its JSONL export: rows, fatalities' type, empty
    dates, and the events the CSV leaves out (types outside ACLED's taxonomy)."""
    import pandas  # the test extra's; measured here, never needed by the ledger

    store = open_store(db)
    try:
        events, acled = io.StringIO(), io.StringIO()
        write_export(store, "events", events)
        left_out = write_export(store, "acled-csv", acled)
    finally:
        store.close()
    records = [json.loads(line) for line in events.getvalue().splitlines()]
    acled_types = sum(1 for record in records if is_acled(record["sub_event_type"]))
    table = pandas.read_csv(io.StringIO(acled.getvalue()), low_memory=False)  # tags: mostly empty, some text
    empty_dates = int(table["event_date"].isna().sum())
    # an event no report dates takes a fallback day, said in `tags` (README: acled-csv)
    fallbacks = table["tags"].fillna("").str.extract(r"event date=(report publication date|ingest date)")[0]
    passed = (len(table) == acled_types and len(records) - acled_types == left_out and empty_dates == 0
              and table["fatalities"].dtype.kind == "i")
    print(f"JSONL export: {len(records)} events, {acled_types} of ACLED's types; ACLED CSV: {len(table)} rows"
          f" ({left_out} left out), fatalities {table['fatalities'].dtype}, empty event_date {empty_dates},"
          f" dated by the report's publication {int((fallbacks == 'report publication date').sum())}, by the"
          f" ingest day {int((fallbacks == 'ingest date').sum())} -> {'OK' if passed else 'FAILED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the ledger to build (kept; grown when it exists)")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rounds-max", type=int, default=12)
    parser.add_argument("--check-acled", action="store_true",
                        help="then read the ledger's ACLED CSV with pandas and compare it with the JSONL export")
    args = parser.parse_args()
    build(args.db, args.events, args.rounds_max)
    if args.check_acled:
        acled_check(args.db)


if __name__ == "__main__":
    main()
