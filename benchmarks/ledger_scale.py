"""A ledger of up to 1,000,000 events on SQLite and on PostgreSQL: API latency and full ACLED CSV export.

Builds the ledger in bulk (``Store.load_events``: batched inserts on SQLite, COPY on PostgreSQL): by
default from real news (tests/real_ledger.py: 1,200 UCDP GED dev headlines and the WikiEvents dev articles
ingested once, then copied round after round with new ids and dates moved on --shift-days a round), or
with --synthetic the generated events of api_latency.py. Then, per backend, times filtered and sorted
GET /api/events requests (the kinds of api_sort_facets.py, plus api_latency.py's full-text + country +
type) through the full ASGI stack, and one full ``acled-csv`` export to a file. Targets: p95 < 100 ms per
kind, export < 60 s at 1M events. Prints the machine's load average beside each figure (it is shared).

    .venv/bin/python benchmarks/ledger_scale.py [--events 200000] [--requests 40] [--no-export] [--synthetic]
        [--shift-days 11] [--backend both|sqlite|postgresql] [--postgres-url URL] [--db PATH]

Without --postgres-url a throwaway PostgreSQL cluster is started on 127.0.0.1 (tests/postgres_server.py);
--db reuses (or creates) a SQLite ledger file; --requests 0 times the export alone.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))  # tests.real_ledger: benchmarks/ has a real_ledger.py of its own

from api_latency import COUNTRIES, QUERIES, TYPES, percentile, synthetic_event  # noqa: E402
from api_sort_facets import kinds  # noqa: E402
from postgres_server import measured_database  # noqa: E402

from eventledger.export import write_export  # noqa: E402
from eventledger.store import open_store  # noqa: E402
from eventledger.web.app import create_app  # noqa: E402
from tests.real_ledger import build as build_real  # noqa: E402


def load() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def build(location: str, args: argparse.Namespace, folder: str) -> None:
    store = open_store(location)
    try:
        if store.count_events():
            print(f"  reusing the ledger's {store.count_events():,} events")
            return
        started = time.perf_counter()
        if not args.synthetic:
            store.close()
            count = build_real(location, args.events, shift_days=args.shift_days, folder=Path(folder))
            print(f"  built {count:,} events from real news (ingest, copies, statistics)"
                  f" in {time.perf_counter() - started:.1f} s ({load()})")
            return
        rng = random.Random(7)
        store.load_events(synthetic_event(i, rng) for i in range(args.events))
        loaded = time.perf_counter() - started
        store.refresh_statistics()
        print(f"  built {args.events:,} events in {loaded:.1f} s ({args.events / loaded:,.0f} events/s),"
              f" statistics in {time.perf_counter() - started - loaded:.1f} s ({load()})")
    finally:
        store.close()


def request_kinds(rng: random.Random) -> dict[str, dict[str, object]]:
    found = kinds(rng)
    found["q + country + event_type"] = {"q": rng.choice(QUERIES), "country": rng.choice(COUNTRIES)[0],
                                         "event_type": rng.choice(TYPES)[0]}
    return found


def measure_api(location: str, requests: int) -> None:
    rng = random.Random(11)
    # one event loop for every request, as a running server has: a client used outside ``with``
    # starts a loop and new worker threads per request, so each request opened its own ledger
    # connection (PostgreSQL: tens of ms) and found none of a warm connection's kept counts
    with TestClient(create_app(location, None)) as client:
        client.get("/api/events", params={"actor": "ISKP"})  # the actor knowledge base loads once per process
        timings: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}  # this process's CPU per request: a busy machine distorts it far less
        for _ in range(requests):
            for kind, params in request_kinds(rng).items():
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get("/api/events", params={**params, "limit": 50})
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                cpu.setdefault(kind, []).append((time.process_time() - cpu_started) * 1000)
                assert response.status_code == 200, response.text
        every = [t for samples in timings.values() for t in samples]
        for kind, samples in timings.items():
            print(f"  {kind:40s} p50 {statistics.median(samples):6.1f} ms, p95 {percentile(samples, 0.95):6.1f} ms,"
                  f" max {max(samples):6.1f} ms; CPU p50 {statistics.median(cpu[kind]):6.1f} ms,"
                  f" p95 {percentile(cpu[kind], 0.95):6.1f} ms")
        print(f"  {'all ' + str(len(every)) + ' requests':40s} p50 {statistics.median(every):6.1f} ms,"
              f" p95 {percentile(every, 0.95):6.1f} ms ({load()})")


def measure_export(location: str, folder: str) -> None:
    target = Path(folder) / "events.csv"
    store = open_store(location)
    started = time.perf_counter()
    cpu_started = time.process_time()
    try:
        with target.open("w", encoding="utf-8", newline="") as out:
            left_out = write_export(store, "acled-csv", out)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    with target.open("rb") as written:
        rows = sum(1 for _ in written) - 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the CPU seconds of this process beside the wall time: on a shared machine the wall time is mostly
    # other work's (the database server's own CPU is not counted)
    print(f"  acled-csv export: {rows:,} rows ({left_out:,} left out) in {seconds:.1f} s, {cpu:.1f} CPU s"
          f" ({target.stat().st_size / 1e6:,.0f} MB; process peak RSS so far {peak:,.0f} MB; {load()})")
    target.unlink()


def run(name: str, location: str, args: argparse.Namespace, folder: str) -> None:
    print(f"{name}, {args.events:,} events:")
    build(location, args, folder)
    if args.requests:
        measure_api(location, args.requests)
    if not args.no_export:
        measure_export(location, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=40, help="of each kind (0: the export only)")
    parser.add_argument("--no-export", action="store_true", help="the listings alone")
    parser.add_argument("--synthetic", action="store_true", help="api_latency.py's generated events, not real news")
    parser.add_argument("--shift-days", type=int, default=11, help="days each round of real copies moves on")
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--postgres-url", help="an empty (or earlier built) PostgreSQL ledger")
    parser.add_argument("--db", help="a SQLite ledger file to reuse or create")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.backend in ("both", "sqlite"):
            run("SQLite", args.db or str(Path(folder) / "scale.db"), args, folder)
        if args.backend in ("both", "postgresql"):
            with measured_database(args.postgres_url, "ledger_scale") as url:
                run("PostgreSQL", url, args, folder)


if __name__ == "__main__":
    main()
