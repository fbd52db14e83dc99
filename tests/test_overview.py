"""The server-side overview on a real SQLite ledger: the coordinates table follows every write and is
filled in for a ledger of schema 3, timeline buckets are chosen by the span and keep quiet periods, and
the map counts cells whose counts add up to the located events."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from eventledger.models import Event, Place
from eventledger.records import event_record
from eventledger.store import EventFilters, open_store
from eventledger.store.overview import located_count, map_cells, map_points, timeline_counts
from eventledger.store.schema import MIGRATIONS

KANO = Place("Kano", "Nigeria", "NGA", "Kano", None, 12.0, 8.5, 1)
GAO = Place("Gao", "Mali", "MLI", "Gao", None, 16.27, -0.04, 1)


def event(event_id: str, day: dt.date | None, place: Place | None = KANO) -> Event:
    return Event(event_id, "Battles", "Armed clash", day, 1 if day else None, "Unidentified Armed Group",
                 place=place, fatalities=1, notes="A clash.")


def test_points_follow_writes(tmp_path):
    store = open_store(str(tmp_path / "ledger.db"))
    with store.transaction():
        store.replace_events([], [(event("a", dt.date(2024, 1, 1)), []), (event("b", dt.date(2024, 1, 2), GAO), []),
                                  (event("c", dt.date(2024, 1, 3), None), [])])
    assert located_count(store, EventFilters()) == 2
    assert located_count(store, EventFilters(country="Mali")) == 1
    with store.transaction():  # b is re-fused into an event without coordinates, a is dropped
        store.replace_events(["a", "b"], [(event("b", dt.date(2024, 1, 2), None), [])])
    assert located_count(store, EventFilters()) == 0
    assert store.conn.execute("SELECT count(*) FROM event_points").fetchone()[0] == 0
    store.close()


def test_a_schema_3_ledger_gets_its_points(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:
        for statement in migration.split(";"):
            if statement.strip():
                conn.execute(statement)
    for event_id, place in (("located", GAO), ("placeless", None)):
        record = event_record(event(event_id, dt.date(2024, 3, 1), place))
        conn.execute("INSERT INTO events (event_id, event_date, event_type, sub_event_type, country, updated, data)"
                     " VALUES (?, '2024-03-01', 'Battles', 'Armed clash', ?, 'x', ?)",
                     (event_id, place.country if place else None, json.dumps(record)))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = open_store(str(path))
    [point] = map_points(store, EventFilters())
    assert (point["event_id"], point["latitude"], point["longitude"]) == ("located", 16.27, -0.04)
    store.close()


def test_timeline_buckets_and_quiet_periods(tmp_path):
    store = open_store(str(tmp_path / "ledger.db"))
    days = [dt.date(2024, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 1, 4), dt.date(2024, 4, 29)]  # 119 days
    with store.transaction():
        store.replace_events([], [(event(f"e{i}", d), []) for i, d in enumerate(days)] + [(event("u", None), [])])
    daily = timeline_counts(store, EventFilters())
    assert daily.bucket == "day" and (daily.dated, daily.undated) == (4, 1)
    assert len(daily.counts) == 120  # 1 January to 29 April 2024, quiet days included
    assert daily.counts[0] == ("2024-01-01", "2024-01-01", 2) and daily.counts[1] == ("2024-01-02", "2024-01-02", 0)
    with store.transaction():
        store.replace_events([], [(event("late", dt.date(2024, 5, 1)), [])])  # 121 days: weeks
    weekly = timeline_counts(store, EventFilters())
    # Monday 1 January 2024 .. the week of Monday 29 April: 18 weeks
    assert weekly.bucket == "week" and len(weekly.counts) == 18
    assert weekly.counts[0] == ("2024-01-01", "2024-01-07", 3) and weekly.counts[-1] == ("2024-04-29", "2024-05-05", 2)
    monthly = timeline_counts(store, EventFilters(), bucket="month")
    assert [c[2] for c in monthly.counts] == [3, 0, 0, 1, 1]  # April: the 29th; May: the 1st
    assert monthly.counts[1] == ("2024-02-01", "2024-02-29", 0)  # a leap year's February
    store.close()


def test_cells_add_up_and_coarsen(tmp_path, monkeypatch):
    store = open_store(str(tmp_path / "ledger.db"))
    places = [Place(f"P{i}", "Nigeria", "NGA", None, None, 4 + i * 0.5, 3 + i * 0.5, 1) for i in range(20)]
    with store.transaction():
        store.replace_events([], [(event(f"e{i}", dt.date(2024, 1, 1), places[i % 20]), []) for i in range(60)])
    degrees, cells = map_cells(store, EventFilters(), 0.1)  # a cell per place
    assert degrees == 0.1 and len(cells) == 20 and {c["count"] for c in cells} == {3}
    monkeypatch.setattr("eventledger.store.overview.MAX_CELLS", 5)
    degrees, cells = map_cells(store, EventFilters(), 0.1)
    assert degrees > 0.1 and len(cells) <= 5 and sum(c["count"] for c in cells) == 60
    store.close()
