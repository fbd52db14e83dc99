"""Latency of GET /api/overview (the map and timeline of the whole filtered ledger) and GET /api/review
on the synthetic ledger of api_latency.py (100,000 events by default).

The overview of one filter, zoom and view is kept until the ledger changes, so every request here asks
for a new combination (a random country, type, date range, zoom 2-16 and view, as the events page sends
after its first load) and is counted from scratch; the whole ledger's first load (no view) is timed
once per zoom 0-4. Prints p50 and p95 per kind.

    .venv/bin/python benchmarks/api_overview.py [--events 100000] [--requests 40] [--db PATH]
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
from api_latency import COUNTRIES, TYPES, ledger_arguments, ledger_path, percentile  # noqa: E402

from eventledger.web.app import create_app  # noqa: E402


def view_box(rng: random.Random, zoom: int) -> str:
    """The map in view at ``zoom`` (a 780 x 360 pixel map, as on the events page) around a random point of
    the synthetic ledger's area."""
    width, height = 780 * 360 / (256 * 2**zoom), 360 * 360 / (256 * 2**zoom)
    lat, lon = rng.uniform(-10, 40), rng.uniform(-80, 100)
    south, north = max(-90, lat - height / 2), min(90, lat + height / 2)
    west, east = max(-180, lon - width / 2), min(180, lon + width / 2)
    return f"{south:.3f},{west:.3f},{north:.3f},{east:.3f}"


def kinds(rng: random.Random, zoom: int) -> dict[str, tuple[str, dict[str, object]]]:
    year = rng.randrange(2018, 2024)
    return {
        "overview, whole ledger, first load": ("/api/overview", {"zoom": zoom % 5}),
        "overview, whole ledger, a view": ("/api/overview", {"zoom": zoom, "bbox": view_box(rng, zoom)}),
        "overview, country, a view": ("/api/overview", {"country": rng.choice(COUNTRIES)[1], "zoom": zoom,
                                                        "bbox": view_box(rng, zoom)}),
        "overview, type + year": ("/api/overview", {"event_type": rng.choice(TYPES)[0], "since": f"{year}-01-01",
                                                    "until": f"{year}-12-31", "zoom": zoom % 5}),
        "review queue, country": ("/api/review", {"country": rng.choice(COUNTRIES)[1],
                                                  "offset": rng.randrange(0, 200)}),
    }


def measure(path: str, requests: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Each kind's wall-clock times, and the CPU time the process spent on each request (the server runs
    in it: a figure a busy machine distorts far less)."""
    rng = random.Random(5)
    client = TestClient(create_app(path, None))
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for i in range(requests):
        for kind, (url, params) in kinds(rng, zoom=2 + i % 15).items():
            if kind.endswith("first load") and i >= 5:
                continue  # zooms 0-4 once each: the rest would be the kept answer
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url, params=params)
            timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            cpu.setdefault(kind, []).append((time.process_time() - cpu_started) * 1000)
            assert response.status_code == 200, response.text
    return timings, cpu


def main() -> None:
    args = ledger_arguments(__doc__.splitlines()[0], requests=40)
    with tempfile.TemporaryDirectory() as folder:
        timings, cpu = measure(ledger_path(args, folder), args.requests)
        for kind, samples in timings.items():
            print(f"{kind:36s} {len(samples)} requests: p50 {statistics.median(samples):6.1f} ms, "
                  f"p95 {percentile(samples, 0.95):6.1f} ms, max {max(samples):6.1f} ms; CPU p50 "
                  f"{statistics.median(cpu[kind]):6.1f} ms, p95 {percentile(cpu[kind], 0.95):6.1f} ms")


if __name__ == "__main__":
    main()
