"""A text query inside a large place: the first page (50, newest first) and the total of GET /api/events
for q= with location=, admin1= or country=, on the synthetic ledger of api_latency.py; and a place's
page without words, newest first, by date either way and since a date.

Each request opens a new ledger connection, so nothing the store keeps between requests (a text query's
matches, counts) helps: the figure is a listing's first request. Prints wall and CPU (this process: a
busy machine distorts it far less) per request, min and median of --repeat runs, and the events selected.

    .venv/bin/python benchmarks/text_in_place.py [--events 300000] [--repeat 5] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from api_latency import build  # noqa: E402

from eventledger.store import COUNT_TIME_LIMIT_MS, EventFilters, open_store  # noqa: E402

REQUESTS: list[tuple[str, EventFilters, str | None]] = [  # label, filters, sort (None: newest first)
    ("'market' in location Kabul", EventFilters(q="market", location="Kabul"), None),
    ("'convoy ambush' in location Kabul", EventFilters(q="convoy ambush", location="Kabul"), None),
    ("'market' in admin1 Kabul", EventFilters(q="market", admin1="Kabul"), None),
    ("'drone' in country Afghanistan", EventFilters(q="drone", country=["AFG", "Afghanistan"]), None),
    ("'convoy ambush' in country Afghanistan", EventFilters(q="convoy ambush", country=["AFG", "Afghanistan"]),
     None),
    ("'market' in Kabul, Battles", EventFilters(q="market", location="Kabul", event_type="Battles"), None),
    ("location Kabul, newest first", EventFilters(location="Kabul"), None),
    ("location Kabul, by event_date", EventFilters(location="Kabul"), "event_date"),
    ("location Kabul, by -event_date", EventFilters(location="Kabul"), "-event_date"),
    ("location Kabul since 2023-01-01", EventFilters(location="Kabul", since="2023-01-01"), None),
    ("admin1 Kabul, newest first", EventFilters(admin1="Kabul"), None),
]


def one_request(path: str, filters: EventFilters, sort: str | None) -> tuple[float, float, int, bool]:
    """A page and its total, as GET /api/events asks for them, on a new connection."""
    store = open_store(path, create=False)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        page = list(store.iter_event_json(filters, limit=50, offset=0, newest_first=True, sort=sort))
        total, exact = store.count_events_by(filters, time.monotonic() + COUNT_TIME_LIMIT_MS / 1000, at_least=51)
        wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000
        assert len(page) == min(50, total) or not exact
        return wall, cpu, total, exact
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="reuse (or create) this ledger file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "bench.db")
        if not Path(path).exists():
            print(f"built {args.events:,} events in {build(path, args.events):.1f} s")
        for label, filters, sort in REQUESTS:
            runs = [one_request(path, filters, sort) for _ in range(args.repeat)]
            walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
            total, exact = runs[-1][2], runs[-1][3]
            print(f"{label:40s} wall min {min(walls):6.1f} med {statistics.median(walls):6.1f} ms; CPU min "
                  f"{min(cpus):6.1f} med {statistics.median(cpus):6.1f} ms; total {total:,}{'' if exact else '+'}")


if __name__ == "__main__":
    main()
