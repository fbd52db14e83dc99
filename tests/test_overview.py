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
from eventledger.store.overview import Box, located_count, map_cells, map_counts, map_points, timeline_counts
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


def stored_cells(store) -> list[tuple]:  # noqa: ANN001
    return [tuple(r) for r in store.conn.execute(
        "SELECT cell_y, cell_x, events, round(latitude_sum, 6), round(longitude_sum, 6), fatalities, first_date,"
        " last_date FROM event_cells ORDER BY cell_y, cell_x")]


def test_counted_cells_follow_writes(tmp_path):
    store = open_store(str(tmp_path / "ledger.db"))
    with store.transaction():
        store.replace_events([], [(event("a", dt.date(2024, 1, 1)), []), (event("b", dt.date(2024, 1, 5)), []),
                                  (event("c", None), []), (event("g", dt.date(2024, 2, 1), GAO), [])])
    # Kano: (12 + 90) / 1.40625 = 72.5, (8.5 + 180) / 1.40625 = 134.0; Gao: 75.6, 127.9
    assert stored_cells(store) == [(72, 134, 3, 36.0, 25.5, 3, "2024-01-01", "2024-01-05"),
                                   (75, 127, 1, 16.27, -0.04, 1, "2024-02-01", "2024-02-01")]
    with store.transaction():  # the first day's event goes, Gao's event moves to Kano
        store.replace_events(["a", "g"], [(event("g", dt.date(2024, 2, 1)), [])])
    assert stored_cells(store) == [(72, 134, 3, 36.0, 25.5, 3, "2024-01-05", "2024-02-01")]
    with store.transaction():  # counted again from scratch, as after a bulk load: the same cells
        store.recount_kept_tables()
    assert stored_cells(store) == [(72, 134, 3, 36.0, 25.5, 3, "2024-01-05", "2024-02-01")]
    with store.transaction():
        store.replace_events(["b", "c", "g"], [])
    assert stored_cells(store) == []
    store.close()


def test_the_whole_ledgers_map_is_summed_from_the_counted_cells(tmp_path):
    store = open_store(str(tmp_path / "ledger.db"))
    with store.transaction():
        store.replace_events([], [(event("a", dt.date(2024, 1, 1)), []), (event("b", dt.date(2024, 1, 5)), []),
                                  (event("g", dt.date(2024, 2, 1), GAO), [])])
    # zoom 2's cells of 5.625 degrees: Kano (102 / 5.625 = 18.1, 188.5 / 5.625 = 33.5), Gao (18.9, 31.99)
    degrees, cells = map_cells(store, EventFilters(), 5.625)
    assert degrees == 5.625
    assert [(c["south"], c["west"], c["count"], c["first"], c["last"]) for c in cells] == [
        (18 * 5.625 - 90, 33 * 5.625 - 180, 2, "2024-01-01", "2024-01-05"),
        (18 * 5.625 - 90, 31 * 5.625 - 180, 1, "2024-02-01", "2024-02-01")]
    assert (cells[0]["latitude"], cells[0]["longitude"]) == (12.0, 8.5)
    # coarser zooms: the same cells as counting the points themselves (every event is a battle)
    for degrees in (11.25, 22.5, 90.0):
        assert map_cells(store, EventFilters(), degrees) == map_cells(store, EventFilters(event_type="Battles"),
                                                                      degrees)
    # a box over Gao alone: its counted cell alone
    _, cells = map_cells(store, EventFilters(), 5.625, Box(15.0, -2.0, 17.0, 1.0))
    assert [c["count"] for c in cells] == [1]
    store.close()


def test_a_filtered_map_counts_what_is_in_view_in_one_pass(tmp_path, monkeypatch):
    store = open_store(str(tmp_path / "ledger.db"))
    kano = [(event(f"k{i}", dt.date(2024, 1, 1 + i)), []) for i in range(4)]
    with store.transaction():
        store.replace_events([], [*kano, (event("g", dt.date(2024, 2, 1), GAO), []), (event("x", None, None), [])])
    monkeypatch.setattr("eventledger.store.overview.MAX_POINTS", 2)
    nigeria = EventFilters(country="Nigeria")
    counts = map_counts(store, nigeria, 5.625, Box(0.0, 0.0, 20.0, 20.0))
    assert (counts.located, counts.in_view) == (4, 4)
    assert [(c["count"], c["first"], c["last"]) for c in counts.cells] == [(4, "2024-01-01", "2024-01-04")]
    battles = EventFilters(event_type="Battles")  # Kano's four and Gao; only Gao in this box
    counts = map_counts(store, battles, 5.625, Box(15.0, -2.0, 17.0, 1.0))
    assert (counts.located, counts.in_view, counts.cells) == (5, 1, None)  # one in view: drawn one by one
    counts = map_counts(store, battles, 5.625)
    assert (counts.located, counts.in_view) == (5, 5) and sorted(c["count"] for c in counts.cells) == [1, 4]
    store.close()


def test_a_schema_5_ledger_counts_its_cells(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:5]:
        for statement in migration.split(";"):
            if statement.strip():
                conn.execute(statement)
    for event_id, day, fatalities in (("a", "2024-03-01", 2), ("b", "2024-03-09", None)):
        conn.execute("INSERT INTO events (event_id, event_date, event_type, sub_event_type, country, fatalities,"
                     " updated, data) VALUES (?, ?, 'Battles', 'Armed clash', 'Mali', ?, 'x', '{}')",
                     (event_id, day, fatalities))
        conn.execute("INSERT INTO event_points (event_rowid, latitude, longitude)"
                     " SELECT rowid, 16.27, -0.04 FROM events WHERE event_id = ?", (event_id,))
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    store = open_store(str(path))
    assert stored_cells(store) == [(75, 127, 2, 32.54, -0.08, 2, "2024-03-01", "2024-03-09")]
    points = store.conn.execute("SELECT event_date, fatalities FROM event_points ORDER BY event_rowid")
    assert [tuple(r) for r in points] == [("2024-03-01", 2), ("2024-03-09", None)]
    store.close()
