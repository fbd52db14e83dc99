"""GET /api/events?has_duplicates=true against `eventledger serve` on a copy of a ledger: the first request,
then 20 of each kind (the plain list, by country, sorted), then the first request after an analyst's
dismissal (a write that changes what is found). Figures: median and p95 in ms.

    PYTHONPATH=src python benchmarks/duplicates_filter.py --db LEDGER [--workers 1] [--requests 20]

The server runs whatever `python -m eventledger` the PYTHONPATH gives, so the same script measures
another checkout's code (its ledger schema must be one that code opens). The ledger is copied first:
the dismissal writes to the copy.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from http_load import TOKEN, free_port, percentile, start_server  # noqa: E402


def timed(client: httpx.Client, params: dict) -> tuple[float, dict]:
    started = time.perf_counter()
    answer = client.get("/api/events", params={"has_duplicates": "true", **params})
    millis = (time.perf_counter() - started) * 1000
    answer.raise_for_status()
    return millis, answer.json()


def figures(label: str, samples: list[float]) -> None:
    print(f"  {label:34s} n={len(samples):3d}  median {statistics.median(samples):7.1f} ms  "
          f"p95 {percentile(samples, 0.95):7.1f} ms  max {max(samples):7.1f} ms")


def busiest_country(db: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT country FROM events WHERE country IS NOT NULL GROUP BY country"
                            " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the ledger to copy and serve")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "ledger.db")
        shutil.copyfile(args.db, db)
        country = busiest_country(db)
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
                first, answer = timed(client, {})
                print(f"ledger {args.db}: {answer['total']} of {answer['scanned']} scanned events flagged; "
                      f"{args.workers} worker(s)")
                figures("first request", [first])
                kinds = {"plain list": {}, f"country={country}": {"country": country},
                         "sort=-fatalities": {"sort": "-fatalities"}, "page offset=50 limit=20": {"offset": 50,
                                                                                             "limit": 20}}
                for label, params in kinds.items():
                    figures(label, [timed(client, params)[0] for _ in range(args.requests)])
                pair = client.get("/api/possible-duplicates", params={"limit": 1}).json()["pairs"]
                if pair:
                    client.post("/api/possible-duplicates/dismiss", json={"event_ids": pair[0]["event_ids"]},
                                headers={"Authorization": f"Bearer {TOKEN}"}).raise_for_status()
                    after, answer = timed(client, {})
                    figures("first request after a dismissal", [after])
                    figures("plain list again", [timed(client, {})[0] for _ in range(args.requests)])
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
