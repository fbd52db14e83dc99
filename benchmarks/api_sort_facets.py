"""Latency of sorted, filtered and faceted GET /api/events on the synthetic ledger of api_latency.py
(100,000 events by default), and of a filtered ACLED CSV export.

Each kind of request is timed separately (Starlette's TestClient: the full ASGI stack, no network), so a
slow sort or facet shows by name. Prints p50 and p95 per kind; the target is p95 < 100 ms.

    .venv/bin/python benchmarks/api_sort_facets.py [--events 100000] [--requests 60] [--db PATH]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from api_latency import COUNTRIES, QUERIES, TYPES, ledger_arguments, ledger_path, percentile  # noqa: E402

from eventledger.web.app import create_app  # noqa: E402

SORTS = ["-fatalities", "fatalities", "-confidence", "actor1", "-location", "event_date", "-corroboration"]
PLACE_SORTS = ["country", "-country", "admin1", "-admin1"]
ISO3 = [iso3 for _, iso3, _ in COUNTRIES]
PLACES = [place for _, _, provinces in COUNTRIES for place in provinces]  # the synthetic events' locations
DATE_ORDERS: list[dict[str, object]] = [{}, {"sort": "event_date"}, {"sort": "-event_date"}]  # {}: newest first
QUERY_WORDS = sorted({word for query in QUERIES for word in query.split()})


def kinds(rng: random.Random) -> dict[str, dict[str, object]]:
    """One request of each kind, with random values."""
    return {
        "sorted": {"sort": rng.choice(SORTS)},
        "sorted + country code": {"sort": rng.choice(SORTS), "country": rng.choice(ISO3)},
        "location, by date": {"location": rng.choice(PLACES), **rng.choice(DATE_ORDERS)},
        "filtered (type, min fatalities, since)": {"event_type": rng.choice(TYPES)[0], "min_fatalities": 5,
                                                   "since": "2021-01-01", "sort": "-fatalities"},
        "full text + sorted": {"q": rng.choice(QUERIES), "sort": rng.choice(SORTS)},
        "full text + by country or province": {"q": rng.choice(QUERIES), "sort": rng.choice(PLACE_SORTS)},
        # five words together match about 1% of the events: the page reads its matches, not an index
        "full text, few matches + sorted": {"q": " ".join(rng.sample(QUERY_WORDS, 5)), "sort": rng.choice(SORTS)},
        "faceted (country, event_type, actor)": {"facets": "country,event_type,actor"},
        "faceted + country": {"facets": "country,event_type,actor", "country": rng.choice(ISO3)},
        "actor alias + faceted": {"actor": f"Civilians ({rng.choice(COUNTRIES)[0]})", "facets": "event_type"},
    }


def measure(path: str, requests: int) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, int]]:
    """Each kind's wall-clock times; the CPU time the process spent on each request (the server runs in
    it: a figure a busy machine distorts far less); how many of its facets were left out for want of
    time (a listing does not wait for a facet over FACET_TIME_LIMIT_MS: a fast answer without its
    facets is not a fast facet)."""
    rng = random.Random(11)
    # one event loop for every request, as a running server has: a client used outside ``with``
    # starts a loop and new worker threads per request, so each request opened its own ledger
    # connection (PostgreSQL: tens of ms) and found none of a warm connection's kept counts
    with TestClient(create_app(path, None)) as client:
        client.get("/api/events", params={"actor": "ISKP"})  # the actor knowledge base loads once per process
        timings: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}
        timed_out: dict[str, int] = {}
        for _ in range(requests):
            for kind, params in kinds(rng).items():
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get("/api/events", params={**params, "limit": 50})
                timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                cpu.setdefault(kind, []).append((time.process_time() - cpu_started) * 1000)
                assert response.status_code == 200, response.text
                timed_out[kind] = timed_out.get(kind, 0) + len(response.json().get("facets_timed_out", []))
        return timings, cpu, timed_out


def main() -> None:
    args = ledger_arguments(__doc__.splitlines()[0], requests=60)
    with tempfile.TemporaryDirectory() as folder:
        timings, cpu, timed_out = measure(ledger_path(args, folder), args.requests)
        for kind, samples in timings.items():
            left_out = f"; facets left out {timed_out[kind]}" if "facets" in str(kinds(random.Random(0))[kind]) else ""
            print(f"{kind:40s} {len(samples)} requests: p50 {statistics.median(samples):6.1f} ms, "
                  f"p95 {percentile(samples, 0.95):6.1f} ms, max {max(samples):6.1f} ms; CPU p50 "
                  f"{statistics.median(cpu[kind]):6.1f} ms, p95 {percentile(cpu[kind], 0.95):6.1f} ms{left_out}")


if __name__ == "__main__":
    main()
