"""Render time of the analyst's pages in headless Chromium on a synthetic ledger (default 10,000 events):
the events page, a filtered view, a dossier, a situation report (HTML page), and the same report printed
to PDF by the command line. A page counts as rendered when what the analyst looks at is drawn: the table,
the map and timeline with their note; the dossier's map marker; the report's key events. On a ledger
other than the synthetic one (--db real.db, built by benchmarks/real_ledger.py) the pages are chosen from
it: its busiest country, that country's busiest type, its best-sourced located event, a report
of the 90 days from its busiest month.

    .venv/bin/python benchmarks/page_render.py [--events 10000] [--requests 5] [--db PATH]
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import ledger_arguments, ledger_path  # noqa: E402 - the benchmarks' shared ledger

from eventledger.store import EventFilters, open_store  # noqa: E402
from eventledger.web.app import create_app  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY_OVERVIEW = "() => document.querySelector('#events tbody tr') && document.querySelector('#overview-note')" \
                 ".textContent.length > 0 && document.querySelector('#timeline svg')"
READY_DOSSIER = "() => document.querySelector('#event-map path.event-marker')"
READY_REPORT = "() => document.querySelectorAll('li.key-event').length > 0"
SYNTHETIC_EVENT = "ev-000123"  # an event of api_latency.py's synthetic ledger


@dataclass(frozen=True)
class Choice:
    """What the pages show: a country, an event type of it, a located event of it, a report's days."""

    country: str
    event_type: str
    event_id: str
    since: str
    until: str


def choose(path: str) -> Choice:
    """The synthetic ledger's usual pages; on another ledger (benchmarks/real_ledger.py's), its busiest
    country and that country's busiest type, its best-sourced located event, and the 90 days from the
    first of its busiest month."""
    store = open_store(path)
    try:
        if store.get_event(SYNTHETIC_EVENT):
            return Choice("Nigeria", "Battles", SYNTHETIC_EVENT, "2020-01-01", "2020-03-31")
        [(country, _)] = store.facet_counts(EventFilters(), "country", limit=1)
        [(event_type, _)] = store.facet_counts(EventFilters(country=country), "event_type", limit=1)
        row = store.conn.execute(
            "SELECT e.event_id FROM events e JOIN event_points p ON p.event_rowid = e.rowid WHERE e.country = ?"
            " ORDER BY e.corroboration DESC, e.event_id LIMIT 1", (country,)).fetchone()
        busiest = store.conn.execute(
            "SELECT substr(event_date, 1, 7) AS month FROM events WHERE country = ? AND event_date IS NOT NULL"
            " GROUP BY month ORDER BY count(*) DESC, month LIMIT 1", (country,)).fetchone()[0]
        since = dt.date.fromisoformat(busiest + "-01")
        return Choice(country, event_type, row[0], since.isoformat(), (since + dt.timedelta(days=89)).isoformat())
    finally:
        store.close()


def pages(choice: Choice) -> list[tuple[str, str, str]]:
    filtered = urlencode({"country": choice.country, "event_type": choice.event_type, "min_fatalities": 1,
                          "sort": "-fatalities"})
    report = urlencode({"country": choice.country, "since": choice.since, "until": choice.until})
    return [
        ("events page", "/", READY_OVERVIEW),
        ("filtered view", f"/?{filtered}", READY_OVERVIEW),
        ("dossier", f"/events/{quote(choice.event_id)}", READY_DOSSIER),
        ("report", f"/report?{report}", READY_REPORT),
    ]


def serve(path: str) -> tuple[uvicorn.Server, str]:
    config = uvicorn.Config(create_app(path, None), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


def page_times(url: str, requests: int, profile: str, shown: list[tuple[str, str, str]]) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {name: [] for name, _, _ in shown}
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                       headless=True, viewport={"width": 1300, "height": 1000})
        page = context.new_page()
        page.goto(url + "/")  # warm-up: the browser's first start, static files cached as a returning analyst has
        page.wait_for_function(READY_OVERVIEW, timeout=60_000)
        for _ in range(requests):
            for name, path, ready in shown:
                started = time.perf_counter()
                page.goto(url + path)
                page.wait_for_function(ready, timeout=60_000)
                timings[name].append((time.perf_counter() - started) * 1000)
        context.close()
    return timings


def pdf_times(path: str, requests: int, folder: str, choice: Choice) -> list[float]:
    command = [sys.executable, "-m", "eventledger", "report", "--db", path, "--country", choice.country, "--since",
               choice.since, "--until", choice.until, "-o", str(Path(folder) / "report.pdf")]
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
        choice = choose(path)
        shown = pages(choice)
        for name, page, _ in shown:
            print(f"{name}: {page}")
        server, url = serve(path)
        try:
            timings = page_times(url, args.requests, str(Path(folder) / "profile"), shown)
        finally:
            server.should_exit = True
        timings["report as PDF (command line)"] = pdf_times(path, args.requests, folder, choice)
        for name, samples in timings.items():
            print(f"{name}: min {min(samples):.0f} ms, median {statistics.median(samples):.0f} ms, "
                  f"max {max(samples):.0f} ms ({len(samples)} loads)")


if __name__ == "__main__":
    main()
