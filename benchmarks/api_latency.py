"""Latency of GET /api/events on a synthetic ledger of 100,000 events.

Builds the ledger through the store API (one transaction), then times a bounded number of requests with
two filters and a full-text query against the app in process (Starlette's TestClient: the full ASGI stack,
without the network). Prints p50 and p95; the target is p95 < 100 ms.

    .venv/bin/python benchmarks/api_latency.py [--events 100000] [--requests 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from eventledger.models import Event, Place, SourceEntry
from eventledger.store import open_store
from eventledger.web.app import create_app

COUNTRIES = [("Nigeria", "NGA", ["Kano", "Borno", "Lagos", "Zamfara"]),
             ("Afghanistan", "AFG", ["Kabul", "Kunduz", "Nangarhar", "Paktia"]),
             ("Sudan", "SDN", ["Khartoum", "North Darfur", "West Darfur"]),
             ("Mali", "MLI", ["Mopti", "Gao", "Timbuktu"]),
             ("Somalia", "SOM", ["Banadir", "Lower Shabelle", "Bay"]),
             ("Yemen", "YEM", ["Taizz", "Marib", "Hodeidah"]),
             ("Myanmar", "MMR", ["Sagaing", "Rakhine", "Kachin"]),
             ("Colombia", "COL", ["Cauca", "Antioquia", "Narino"])]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence"), ("Strategic developments", "Arrests")]
ACTORS = ["Military Forces", "Police Forces", "Unidentified Armed Group", "Rebel Front", "Local Militia",
          "Civilians", "Protesters"]
WORDS = ("attack market convoy village checkpoint mosque school bridge fighters soldiers police gunmen "
         "drone strike shelling ambush bus road camp district residents officials clash raid").split()
QUERIES = ["market", "convoy ambush", "drone", "checkpoint", "school", "bridge gunmen", "village raid"]


def synthetic_event(i: int, rng: random.Random) -> Event:
    country, iso3, provinces = rng.choice(COUNTRIES)
    admin1 = rng.choice(provinces)
    event_type, sub_type = rng.choice(TYPES)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    evidence = " ".join(rng.choice(WORDS) for _ in range(14)) + "."
    killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 30])
    source = SourceEntry(f"doc-{i}", "Synthetic Wire", None, day.isoformat(), evidence, killed, killed, None)
    return Event(
        event_id=f"ev-{i:06d}", event_type=event_type, sub_event_type=sub_type, event_date=day, time_precision=1,
        actor1=f"{rng.choice(ACTORS)} ({country})", actor2=f"Civilians ({country})",
        place=Place(admin1, country, iso3, admin1, None, rng.uniform(-10, 40), rng.uniform(-80, 100), 1),
        fatalities=killed, confidence=rng.random(), notes=evidence, sources=[source],
    )


def build(path: str, count: int) -> float:
    rng = random.Random(7)
    store = open_store(path)
    started = time.perf_counter()
    with store.transaction():
        store.replace_events([], [(synthetic_event(i, rng), []) for i in range(count)])
    store.close()
    return time.perf_counter() - started


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(path: str, requests: int) -> list[float]:
    rng = random.Random(11)
    # one event loop for every request, as a running server has: a client used outside ``with``
    # starts a loop and new worker threads per request, so each request opened its own ledger
    # connection (PostgreSQL: tens of ms) and found none of a warm connection's kept counts
    with TestClient(create_app(path, None)) as client:
        timings = []
        for _ in range(requests):
            country = rng.choice(COUNTRIES)[0]
            event_type = rng.choice(TYPES)[0]
            params = {"q": rng.choice(QUERIES), "country": country, "event_type": event_type, "limit": 50}
            started = time.perf_counter()
            response = client.get("/api/events", params=params)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text
        return timings


def ledger_arguments(description: str, requests: int) -> argparse.Namespace:
    """--events, --requests and --db, as every benchmark of the synthetic ledger takes them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=requests)
    parser.add_argument("--db", help="reuse (or create) this ledger file")
    return parser.parse_args()


def ledger_path(args: argparse.Namespace, folder: str) -> str:
    """The ledger to measure: --db, else one in ``folder``; built first when it does not exist."""
    path = args.db or str(Path(folder) / "bench.db")
    if not Path(path).exists():
        print(f"built {args.events} events in {build(path, args.events):.1f} s")
    return path


def main() -> None:
    args = ledger_arguments(__doc__.splitlines()[0], requests=200)
    with tempfile.TemporaryDirectory() as folder:
        timings = measure(ledger_path(args, folder), args.requests)
        print(f"GET /api/events (q + country + event_type), {len(timings)} requests: "
              f"p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
              f"max {max(timings):.1f} ms")


if __name__ == "__main__":
    main()
