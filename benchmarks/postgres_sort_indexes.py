"""A page of the whole PostgreSQL ledger in the orders migration 9 indexes, with and without those indexes.

Builds the synthetic ledger of api_latency.py on a throwaway PostgreSQL cluster (tests/postgres_server.py),
times a page of 50 (the store's own query) sorted by event type, sub-event type, country, province and id
descending, then drops migration 9's indexes and times the same pages again. Prints min and median of 5.

    PYTHONPATH=src .venv/bin/python benchmarks/postgres_sort_indexes.py [--events 100000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from ledger_scale import build  # noqa: E402
from postgres_server import fresh_database, postgres_cluster  # noqa: E402

from eventledger.store import Store, open_store  # noqa: E402

SORTS = ["event_type", "-event_type", "sub_event_type", "-sub_event_type", "country", "admin1", "-event_id"]
MIGRATION_9_INDEXES = ["events_type_id", "events_type_id_desc", "events_sub_type_id", "events_sub_type_id_desc",
                       "events_country_id", "events_admin1_id", "events_id_desc"]


def measure(store: Store, label: str) -> None:
    for sort in SORTS:
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            list(store.iter_event_json(None, limit=50, sort=sort))
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{label:8s} {sort:16s} min {min(timings):7.1f} ms, median {statistics.median(timings):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with postgres_cluster() as url:
        location = fresh_database(url, "sort_indexes")
        build(location, args.events)
        store = open_store(location)
        try:
            measure(store, "with")
            for name in MIGRATION_9_INDEXES:
                store.conn.execute(f"DROP INDEX {name}")
            store.conn.execute("ANALYZE events")
            measure(store, "without")
        finally:
            store.close()


if __name__ == "__main__":
    main()
