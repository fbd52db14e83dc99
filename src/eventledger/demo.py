"""The demo: ingest the bundled example articles into a fresh ledger and show what came out."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

DEMO_DB = "eventledger-demo.db"


def demo_corpus_path() -> Path:
    return Path(str(resources.files("eventledger.data").joinpath("demo")))


def _fresh(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)


def run_demo(console: Console, *, db: str | None = None) -> str:
    """Ingest the demo corpus; returns the ledger's path."""
    path = db or DEMO_DB
    if db is None:
        _fresh(path)  # the demo's own file: always start from an empty ledger
    store = open_store(path)
    try:
        with console.status("reading the demo articles…"):
            summary = ingest_paths([str(demo_corpus_path())], store)
        console.print(summary.line())
        for rejection in summary.rejections:
            console.print(rejection.line(), markup=False)
        table = Table(title=f"events in {path}", show_lines=False)
        for column in ("date", "type", "place", "actors", "killed", "sources"):
            table.add_column(column)
        for event in store.iter_events():
            place = ", ".join(filter(None, [event["location"], event["admin1"], event["country"]])) or "–"
            actors = " / ".join(filter(None, [event["actor1"], event["actor2"]])) or "–"
            killed = "–" if event["fatalities"] is None else str(event["fatalities"])
            if event["fatalities_max"] not in (None, event["fatalities"]):
                killed += f" (up to {event['fatalities_max']})"
            background = " (background)" if event["background"] else ""
            table.add_row(
                event["event_date"] or "undated",
                event["sub_event_type"] + background,
                place,
                actors,
                killed,
                str(len(event["sources"])),
            )
        console.print(table)
        console.print(
            f"Next: [bold]eventledger export --format events --db {path}[/bold] or "
            f"[bold]eventledger serve --db {path}[/bold]"
        )
    finally:
        store.close()
    return path
