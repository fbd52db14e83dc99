"""Server-side time of a country's sorted page on PostgreSQL, with the country indexes of schema
version 7 and with them dropped (inside a transaction that is rolled back: same ledger, same moment, so
a busy machine weighs on both alike). EXPLAIN ANALYZE's execution time, not the client's wall clock.

    PYTHONPATH=src .venv/bin/python benchmarks/country_sort_plans.py [--events 300000]

A throwaway PostgreSQL cluster is started on 127.0.0.1 (tests/postgres_server.py) and the synthetic
ledger of api_latency.py built in it (ledger_scale.py's bulk load).
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

COUNTRY_INDEXES = [f"events_country_{column}{direction}"
                   for column in ("actor1", "actor2", "location", "admin1", "date") for direction in ("", "_desc")]
SORTS = ["-fatalities", "fatalities", "-confidence", "actor1", "-location", "event_date", "-corroboration"]


def page_queries(url: str) -> list[tuple[str, str, list[object]]]:
    """(kind, SQL, parameters) of the pages the API asks for, as the store writes them."""
    store = open_store(url)
    try:
        queries = []
        for sort in SORTS:
            for country in ("Myanmar", "Nigeria", "Colombia"):
                where, params = store._event_where(EventFilters(country=country), ordered_page=True, sort=sort)
                queries.append((f"country + {sort}", f"SELECT e.event_id FROM events e{where}"
                                f" ORDER BY {order_by(sort)} LIMIT 50", params))
        for words in ("market", "convoy ambush"):
            for country in ("Myanmar", "Nigeria"):
                filters = EventFilters(q=words, country=country, event_type="Battles")
                where, params = store._event_where(filters, ordered_page=True)
                queries.append(("q + country + type", f"SELECT e.event_id FROM events e{where}"
                                f" ORDER BY {order_by(None)} LIMIT 50", params))
        return [(kind, postgres_sql(sql), params) for kind, sql, params in queries]
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    args = parser.parse_args()
    with postgres_cluster() as server:
        url = fresh_database(server, "country_sort")
        ledger_scale.build(url, args.events)
        queries = page_queries(url)
        with psycopg.connect(url) as conn:
            for label in ("with the country indexes", "without them"):
                if label == "without them":
                    for name in COUNTRY_INDEXES:
                        conn.execute(f"DROP INDEX {name}")
                timings: dict[str, list[float]] = {}
                for _ in range(3):
                    for kind, sql, params in queries:
                        plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()[0][0]
                        timings.setdefault(kind, []).append(plan["Execution Time"])
                print(label)
                for kind, samples in timings.items():
                    print(f"  {kind:28s} median {statistics.median(samples):7.2f} ms, max {max(samples):7.2f} ms"
                          f" ({len(samples)} runs)")
            conn.rollback()


if __name__ == "__main__":
    main()
