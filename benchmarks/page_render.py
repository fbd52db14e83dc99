"""Render time of the analyst's pages in headless Chromium on a synthetic ledger (default 10,000 events):
the events page, a filtered view, a dossier, a situation report (HTML page), and the same report printed
to PDF by the command line. A page counts as rendered when what the analyst looks at is drawn: the table,
the map and timeline with their note; the dossier's map marker; the report's key events.

    .venv/bin/python benchmarks/page_render.py [--events 10000] [--requests 5] [--db PATH]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import ledger_arguments, ledger_path  # noqa: E402 - the benchmarks' shared ledger

from eventledger.web.app import create_app  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY_OVERVIEW = "() => document.querySelector('#events tbody tr') && document.querySelector('#overview-note')" \
                 ".textContent.length > 0 && document.querySelector('#timeline svg')"
PAGES = [
    ("events page", "/", READY_OVERVIEW),
    ("filtered view", "/?country=Nigeria&event_type=Battles&min_fatalities=1&sort=-fatalities", READY_OVERVIEW),
    ("dossier", "/events/ev-000123", "() => document.querySelector('#event-map path.event-marker')"),
    ("report", "/report?country=Nigeria&since=2020-01-01&until=2020-03-31",
     "() => document.querySelectorAll('li.key-event').length > 0"),
]


def serve(path: str) -> tuple[uvicorn.Server, str]:
    config = uvicorn.Config(create_app(path, None), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


def page_times(url: str, requests: int, profile: str) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {name: [] for name, _, _ in PAGES}
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                       headless=True, viewport={"width": 1300, "height": 1000})
        page = context.new_page()
        page.goto(url + "/")  # warm-up: the browser's first start, static files cached as a returning analyst has
        page.wait_for_function(READY_OVERVIEW, timeout=60_000)
        for _ in range(requests):
            for name, path, ready in PAGES:
                started = time.perf_counter()
                page.goto(url + path)
                page.wait_for_function(ready, timeout=60_000)
                timings[name].append((time.perf_counter() - started) * 1000)
        context.close()
    return timings


def pdf_times(path: str, requests: int, folder: str) -> list[float]:
    command = [sys.executable, "-m", "eventledger", "report", "--db", path, "--country", "Nigeria", "--since",
               "2020-01-01", "--until", "2020-03-31", "-o", str(Path(folder) / "report.pdf")]
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    args = ledger_arguments(__doc__.splitlines()[0], requests=5)
    if args.events == 100_000 and not args.db:  # the shared default is the API's size; pages are measured at 10,000
        args.events = 10_000
    with tempfile.TemporaryDirectory() as folder:
        path = ledger_path(args, folder)
        server, url = serve(path)
        try:
            timings = page_times(url, args.requests, str(Path(folder) / "profile"))
        finally:
            server.should_exit = True
        timings["report as PDF (command line)"] = pdf_times(path, args.requests, folder)
        for name, samples in timings.items():
            print(f"{name}: min {min(samples):.0f} ms, median {statistics.median(samples):.0f} ms, "
                  f"max {max(samples):.0f} ms ({len(samples)} loads)")


if __name__ == "__main__":
    main()
