"""The first requests after `eventledger serve` starts, against the ones after them.

For each kind of request a new server is started (the real command on 127.0.0.1, in its own process);
the script times how long the server takes to answer /health (it answers only once it is ready), then the
first request of that kind, then the same request five times more (the median of those is "later").
The kinds: the events list, the events with a possible duplicate, an event's dossier (JSON and page), a
document's page, the events page.

    PYTHONPATH=src python benchmarks/first_request.py --db LEDGER [--workers 1] [--rounds 1]

The ledger is one `benchmarks/http_load.py --db PATH` builds (any existing ledger will do).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from http_load import free_port  # noqa: E402


def start(db: str, port: int, workers: int) -> tuple[subprocess.Popen, float]:
    """The server and the seconds from its launch to its first answer to /health."""
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port),
                               "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return server, time.perf_counter() - started
        except httpx.HTTPError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("the server did not start")


def timed(client: httpx.Client, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    status = client.get(path).status_code
    return (time.perf_counter() - started) * 1000, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1, help="servers started per kind of request")
    args = parser.parse_args()
    conn = sqlite3.connect(args.db)
    try:
        event_id = conn.execute("SELECT event_id FROM events ORDER BY event_date DESC LIMIT 1 OFFSET 7").fetchone()[0]
        document_id = conn.execute("SELECT document_id FROM documents ORDER BY document_id LIMIT 1").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
    kinds = {"api events": "/api/events?limit=50",
             "api events has_duplicates": "/api/events?has_duplicates=true&limit=50",
             "api dossier": f"/api/events/{quote(event_id, safe='')}",
             "page dossier": f"/events/{quote(event_id, safe='')}",
             "page document": f"/documents/{quote(document_id, safe='/')}",
             "page /": "/"}
    print(f"ledger: {events} events; {args.workers} worker(s); {args.rounds} server(s) per kind")
    for kind, path in kinds.items():
        for _ in range(args.rounds):
            port = free_port()
            server, ready = start(args.db, port, args.workers)
            try:
                with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=300) as client:
                    first, status = timed(client, path)
                    later = [timed(client, path)[0] for _ in range(5)]
            finally:
                server.terminate()
                server.wait()
            print(f"{kind:26s} ready after {ready:5.1f} s; first {first:7.0f} ms (status {status}), "
                  f"later median {statistics.median(later):5.0f} ms")


if __name__ == "__main__":
    main()
