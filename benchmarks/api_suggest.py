"""Latency of GET /api/suggest (the filters' autocomplete) on a built ledger, per field.

Prefixes of one to four letters are taken from the ledger's own values and from the aliases and codes
that stand for them (an actor alias of the knowledge base, a country's ISO codes), and timed through the
full ASGI stack (Starlette's TestClient, no network). Prints p50 and p95 per field; the target is p95 < 50 ms.

    .venv/bin/python benchmarks/api_suggest.py --db LEDGER [--requests 100]

LEDGER is a SQLite file or a PostgreSQL URL (build one with benchmarks/ledger_scale.py).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from api_latency import COUNTRIES, percentile  # noqa: E402

from eventledger.store import open_store  # noqa: E402
from eventledger.web.app import create_app  # noqa: E402

WARM_UP_REQUESTS = 100
ALIASES = ["ISKP", "ISIS", "Shabaab", "Boko", "Taliban", "JNIM", "Hezbollah", "Wagner"]


def prefixes(location: str) -> dict[str, list[str]]:
    """What an analyst may type per field: the beginnings of the ledger's values, aliases and codes."""
    store = open_store(location, create=False)
    try:
        values = {field: [value for value, _ in store.kept_values(field, "", 200)]
                  for field in ("actor", "country", "admin1", "location")}
    finally:
        store.close()
    values["actor"] += ALIASES
    values["country"] += [iso3 for _, iso3, _ in COUNTRIES] + [iso3[:2] for _, iso3, _ in COUNTRIES]
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite ledger file or a PostgreSQL URL")
    parser.add_argument("--requests", type=int, default=100, help="per field")
    args = parser.parse_args()
    rng = random.Random(5)
    typed = prefixes(args.db)
    # one event loop for every request, as a server has: a client used outside ``with`` starts a loop, and
    # with it new worker threads, per request, so every request opened its own ledger connection (~40 ms
    # on PostgreSQL, which a running server pays once per worker thread)
    with TestClient(create_app(args.db, None)) as client:
        measure(client, typed, rng, args.requests)


def measure(client: TestClient, typed: dict[str, list[str]], rng: random.Random, requests: int) -> None:
    # the knowledge base loads once; each worker thread opens its connection once
    for _ in range(WARM_UP_REQUESTS):
        client.get("/api/suggest", params={"field": "actor", "prefix": "ISK"})
    for field, values in typed.items():
        timings: list[float] = []
        for _ in range(requests):
            value = rng.choice(values)
            prefix = value[: rng.randint(1, 4)]
            started = time.perf_counter()
            response = client.get("/api/suggest", params={"field": field, "prefix": prefix})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text
        print(f"{field:10s} {len(timings)} requests: p50 {statistics.median(timings):5.1f} ms,"
              f" p95 {percentile(timings, 0.95):5.1f} ms, max {max(timings):5.1f} ms")


if __name__ == "__main__":
    main()
