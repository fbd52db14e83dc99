"""Server-side time of a location's page by date on PostgreSQL, with migration 11's (location, date) indexes
and with them dropped (inside a transaction that is rolled back: same ledger, same moment, so a busy
machine weighs on both alike). EXPLAIN ANALYZE's execution time, not the client's wall clock.

    PYTHONPATH=src .venv/bin/python benchmarks/postgres_location_date.py [--events 300000]

A throwaway PostgreSQL cluster is started on 127.0.0.1 (tests/postgres_server.py) and the synthetic
ledger of api_latency.py built in it (ledger_scale.py's bulk load). Its locations are its provinces
(Kabul: an eighth of a quarter of the ledger's events).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import ledger_scale  # noqa: E402
from postgres_server import fresh_database, postgres_cluster  # noqa: E402

from eventledger.store import EventFilters, open_store  # noqa: E402
from eventledger.store.postgres import postgres_sql  # noqa: E402
from eventledger.store.sqlite import order_by  # noqa: E402

MIGRATION_11_INDEXES = ["events_location_date", "events_location_newest"]
PAGES: list[tuple[str, EventFilters, str | None]] = [  # label, filters, sort (None: newest first)
    ("newest first", EventFilters(location="Kabul"), None),
    ("by event_date", EventFilters(location="Kabul"), "event_date"),
    ("by -event_date", EventFilters(location="Kabul"), "-event_date"),
    ("since 2023-01-01, newest first", EventFilters(location="Kabul", since="2023-01-01"), None),
    ("Battles, newest first", EventFilters(location="Kabul", event_type="Battles"), None),
]


def page_queries(url: str) -> list[tuple[str, str, list[object]]]:
    """(label, SQL, parameters) of the pages the API asks for, as the store writes them."""
    store = open_store(url)
    try:
        queries = []
        for label, filters, sort in PAGES:
            where, params = store._event_where(filters, ordered_page=True, sort=sort)
            queries.append((label, postgres_sql(f"SELECT e.rowid FROM events e{where} ORDER BY {order_by(sort)}"
                                                " LIMIT 50"), params))
        return queries
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with postgres_cluster() as server:
        url = fresh_database(server, "location_date")
        ledger_scale.build(url, args.events)
        queries = page_queries(url)
        with psycopg.connect(url) as conn:
            for label in ("with the (location, date) indexes", "without them"):
                if label == "without them":
                    for name in MIGRATION_11_INDEXES:
                        conn.execute(f"DROP INDEX {name}")
                print(label)
                for kind, sql, params in queries:
                    timings = []
                    for _ in range(args.repeat):
                        plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()[0][0]
                        timings.append(plan["Execution Time"])
                    print(f"  {kind:32s} min {min(timings):7.2f} ms, median {statistics.median(timings):7.2f} ms")
            conn.rollback()


if __name__ == "__main__":
    main()
