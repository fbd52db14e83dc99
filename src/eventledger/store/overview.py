"""The whole filtered ledger at a glance, counted in SQL: events per day, week or month for the timeline,
and for the map either the events themselves (few enough to draw) or counts per grid cell.

A page never draws a sample of the matching events: what it cannot draw one by one it counts, and says so
(``aggregated``)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from eventledger.store.sqlite import EventFilters, SQLiteStore

# Timeline buckets: the finest one whose number of bars stays readable for the span of the dates.
BUCKET_DAYS_UP_TO = {"day": 120, "week": 5 * 366}  # longer spans: months
MAX_POINTS = 500  # up to this many located events are drawn one by one; more are counted per grid cell
MAX_CELLS = 4000  # a grid with more cells than this is counted again with larger cells


@dataclass
class TimelineCounts:
    bucket: str  # "day", "week" or "month"
    counts: list[tuple[str, str, int]]  # each bucket's first and last day (quiet ones included), events
    dated: int
    undated: int


def _where(store: SQLiteStore, filters: EventFilters, extra: str) -> tuple[str, list[Any]]:
    where, params = store._event_where(filters)  # the store package's own filter SQL
    return (f"{where} AND {extra}" if where else f" WHERE {extra}"), params


def bucket_start(day: dt.date, bucket: str) -> dt.date:
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())  # Monday
    if bucket == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, bucket: str) -> dt.date:
    if bucket == "day":
        return start + dt.timedelta(days=1)
    if bucket == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def bucket_for(first: dt.date, last: dt.date) -> str:
    span = (last - first).days
    for bucket, most in BUCKET_DAYS_UP_TO.items():
        if span <= most:
            return bucket
    return "month"


def timeline_counts(store: SQLiteStore, filters: EventFilters, bucket: str | None = None) -> TimelineCounts:
    """Events per bucket over every matching dated event (``bucket`` None: chosen from the span)."""
    where, params = _where(store, filters, "e.event_date IS NOT NULL")
    per_day = store.conn.execute(f"SELECT e.event_date, count(*) FROM events e{where} GROUP BY e.event_date",
                                 params).fetchall()
    total = store.count_events(filters)
    days = {dt.date.fromisoformat(day): n for day, n in per_day}
    dated = sum(days.values())
    if not days:
        return TimelineCounts(bucket or "week", [], 0, total)
    bucket = bucket or bucket_for(min(days), max(days))
    counts: Counter[dt.date] = Counter()
    for day, n in days.items():
        counts[bucket_start(day, bucket)] += n
    series, start, last = [], min(counts), max(counts)
    while start <= last:
        following = _next(start, bucket)
        series.append((start.isoformat(), (following - dt.timedelta(days=1)).isoformat(), counts.get(start, 0)))
        start = following
    return TimelineCounts(bucket, series, dated, total - dated)


def totals(store: SQLiteStore, filters: EventFilters) -> dict[str, Any]:
    """How many events, how many killed in them (ACLED's conservative figures), first and last day."""
    where, params = store._event_where(filters)
    row = store.conn.execute(f"SELECT count(*), sum(e.fatalities), count(e.fatalities), min(e.event_date),"
                             f" max(e.event_date) FROM events e{where}", params).fetchone()
    return {"events": row[0], "fatalities": row[1] or 0, "events_with_tolls": row[2], "first": row[3],
            "last": row[4]}


def cell_degrees(zoom: int) -> float:
    """A grid cell about a quarter of a 256-pixel map tile wide at ``zoom`` (Web Mercator tiles)."""
    return 360 / 2 ** max(0, zoom) / 4


@dataclass(frozen=True)
class Box:
    """The part of the map in view, in degrees (west > east when it crosses the antimeridian)."""

    south: float
    west: float
    north: float
    east: float


def _located_where(store: SQLiteStore, filters: EventFilters, box: Box | None) -> tuple[str, list[Any]]:
    where, params = store._event_where(filters)
    if box is None:
        return where, params
    longitude = "(p.longitude >= ? OR p.longitude <= ?)" if box.west > box.east else "p.longitude BETWEEN ? AND ?"
    condition = f"p.latitude BETWEEN ? AND ? AND {longitude}"
    return (f"{where} AND {condition}" if where else f" WHERE {condition}"), [
        *params, box.south, box.north, box.west, box.east]


def located_count(store: SQLiteStore, filters: EventFilters, box: Box | None = None) -> int:
    where, params = _located_where(store, filters, box)
    sql = f"SELECT count(*) FROM events e JOIN event_points p ON p.event_rowid = e.rowid{where}"
    return store.conn.execute(sql, params).fetchone()[0]


def map_points(
    store: SQLiteStore, filters: EventFilters, limit: int = MAX_POINTS, box: Box | None = None
) -> list[dict[str, Any]]:
    """The located matching events (in ``box``, if given), each with what its marker and popup show."""
    where, params = _located_where(store, filters, box)
    sql = ("SELECT e.event_id, p.latitude, p.longitude, e.event_type, e.sub_event_type, e.event_date, e.fatalities,"
           f" e.location, e.admin1, e.country FROM events e JOIN event_points p ON p.event_rowid = e.rowid{where}"
           " ORDER BY e.event_date DESC, e.event_id LIMIT ?")
    return [dict(row) for row in store.conn.execute(sql, [*params, limit])]


def map_cells(
    store: SQLiteStore, filters: EventFilters, degrees: float, box: Box | None = None
) -> tuple[float, list[dict[str, Any]]]:
    """Located matching events (in ``box``, if given) counted per grid cell of ``degrees`` (coarser when
    there would be over MAX_CELLS): each cell at the mean position of its events, with its count,
    fatalities and first and last date."""
    where, params = _located_where(store, filters, box)
    while True:
        # latitude + 90 and longitude + 180 are never negative, so the integer cast is the floor
        sql = ("SELECT CAST((p.latitude + 90) / ? AS INTEGER) AS gy, CAST((p.longitude + 180) / ? AS INTEGER) AS gx,"
               " count(*) AS n, avg(p.latitude) AS latitude, avg(p.longitude) AS longitude,"
               " sum(e.fatalities) AS fatalities, min(e.event_date) AS first, max(e.event_date) AS last"
               f" FROM events e JOIN event_points p ON p.event_rowid = e.rowid{where} GROUP BY gy, gx")
        rows = store.conn.execute(sql, [degrees, degrees, *params]).fetchall()
        if len(rows) <= MAX_CELLS:
            break
        degrees *= 2 * math.ceil(math.sqrt(len(rows) / MAX_CELLS))  # one more count, seldom two
    cells = [{"latitude": r["latitude"], "longitude": r["longitude"], "count": r["n"],
              "fatalities": r["fatalities"] or 0, "first": r["first"], "last": r["last"],
              "south": r["gy"] * degrees - 90, "west": r["gx"] * degrees - 180, "size": degrees} for r in rows]
    return degrees, sorted(cells, key=lambda c: -c["count"])
