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

from eventledger.store.schema import CELL_DEGREES
from eventledger.store.sqlite import COUNT_CACHE_SIZE, EventFilters, SQLiteStore

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
    dated = sum(n for _, n in per_day)
    if not per_day:
        return TimelineCounts(bucket or "week", [], 0, total)
    days = [day for day, _ in per_day]  # ISO dates: their text sorts as the dates do
    bucket = bucket or bucket_for(dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days)))
    counts: Counter[dt.date] = Counter()
    if bucket == "month":  # a long span's thousands of days: counted by their text's month, unparsed
        months: Counter[str] = Counter()
        for day, n in per_day:
            months[day[:7]] += n
        counts.update({dt.date.fromisoformat(month + "-01"): n for month, n in months.items()})
    else:
        for day, n in per_day:
            counts[bucket_start(dt.date.fromisoformat(day), bucket)] += n
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


def _box_condition(box: Box, *, by_filter: bool) -> tuple[str, list[Any]]:
    """The box as a condition on points ``p``; ``by_filter``: the unary + keeps the planner on the
    filter's index (the points then come by rowid), for a box holding more events than the filter."""
    plus = "+" if by_filter else ""
    longitude = (f"({plus}p.longitude >= ? OR {plus}p.longitude <= ?)" if box.west > box.east
                 else f"{plus}p.longitude BETWEEN ? AND ?")
    return f"{plus}p.latitude BETWEEN ? AND ? AND {longitude}", [box.south, box.north, box.west, box.east]


def _by_filter(store: SQLiteStore, filters: EventFilters, box: Box) -> bool:
    """Whether a filtered map in ``box`` is read fastest from the filter's events rather than from the
    box's points (counted from the kept cells that meet the box). Without statistics of how the points
    spread, SQLite's planner picks either way blindly: starting from the box at zoom 2 read the records
    of most of the ledger (40 ms at 100,000 events) where starting from the country took 20; starting
    from a country at zoom 12 read its 12,500 points (16 ms) for the 30 in view (0.2 ms from the box)."""
    rows, columns, params = _cell_range(box)
    in_box = store.conn.execute(f"SELECT coalesce(sum(c.events), 0) FROM event_cells c WHERE {rows} AND {columns}",
                                params).fetchone()[0]
    return in_box * BOX_FIRST_COST > store.count_events(filters)


def _cell_range(box: Box) -> tuple[str, str, list[int]]:
    """The counted grid's cells that meet ``box``: conditions on rows and columns, and their parameters."""
    rows = "c.cell_y BETWEEN ? AND ?"
    columns = "(c.cell_x >= ? OR c.cell_x <= ?)" if box.west > box.east else "c.cell_x BETWEEN ? AND ?"
    return rows, columns, [math.floor((box.south + 90) / CELL_DEGREES), math.floor((box.north + 90) / CELL_DEGREES),
                           math.floor((box.west + 180) / CELL_DEGREES), math.floor((box.east + 180) / CELL_DEGREES)]


def _located_from(store: SQLiteStore, filters: EventFilters, box: Box | None) -> tuple[str, list[Any]]:
    """FROM and WHERE of the located matching events (in ``box``, if given), as points ``p``; the
    events themselves are joined only when a filter reads them (their index then gives the rowids)."""
    whole = filters.is_empty() and filters.include_background
    if whole:
        where, params = "", []
        source = " FROM event_points p"
    else:
        where, params = store._event_where(filters)
        source = " FROM events e JOIN event_points p ON p.event_rowid = e.rowid"
    if box is None:
        return source + where, params
    by_filter = not whole and _by_filter(store, filters, box)
    if not whole and not by_filter:
        source = BOX_FIRST
    condition, box_params = _box_condition(box, by_filter=by_filter)
    return source + (f"{where} AND {condition}" if where else f" WHERE {condition}"), [*params, *box_params]


# An event reached from a point in the box costs a read of its record; one reached through the filter's
# index costs a look-up of its point: the first is taken as this many times the second.
BOX_FIRST_COST = 4
# The points in a box first, then their events (SQLite's CROSS JOIN keeps this order): for a box that
# holds fewer events than the filter, where SQLite's planner would rather walk the filter's index.
BOX_FIRST = " FROM event_points p CROSS JOIN events e ON e.rowid = p.event_rowid"
LOCATED_KEY = "located"


def located_total(store: SQLiteStore, filters: EventFilters) -> int:
    """How many matching events are located, remembered with the store's counts until the ledger
    changes (a map panned and zoomed over one filter asks again and again)."""
    where, params = store._event_where(filters)
    key, version = (LOCATED_KEY + where, tuple(params)), store._ledger_version()
    cached = store._counts.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    return _remember_located(store, filters, located_count(store, filters))


def _remember_located(store: SQLiteStore, filters: EventFilters, located: int) -> int:
    where, params = store._event_where(filters)
    store._counts[(LOCATED_KEY + where, tuple(params))] = (store._ledger_version(), located)
    if len(store._counts) > COUNT_CACHE_SIZE:
        store._counts.popitem(last=False)
    return located


def located_count(store: SQLiteStore, filters: EventFilters, box: Box | None = None) -> int:
    source, params = _located_from(store, filters, box)
    return store.conn.execute(f"SELECT count(*){source}", params).fetchone()[0]


def map_points(
    store: SQLiteStore, filters: EventFilters, limit: int = MAX_POINTS, box: Box | None = None
) -> list[dict[str, Any]]:
    """The located matching events (in ``box``, if given), each with what its marker and popup show."""
    where, params = store._event_where(filters)
    source = " FROM events e JOIN event_points p ON p.event_rowid = e.rowid"
    if box is not None:
        by_filter = bool(where) and _by_filter(store, filters, box)
        # the whole ledger's view too: walking the events by date for the few in view read them all
        source = source if by_filter else BOX_FIRST
        condition, box_params = _box_condition(box, by_filter=by_filter)
        where, params = (f"{where} AND {condition}" if where else f" WHERE {condition}"), [*params, *box_params]
    sql = ("SELECT e.event_id, p.latitude, p.longitude, e.event_type, e.sub_event_type, e.event_date, e.fatalities,"
           f" e.location, e.admin1, e.country{source}{where} ORDER BY e.event_date DESC, e.event_id LIMIT ?")
    return [dict(row) for row in store.conn.execute(sql, [*params, limit])]


@dataclass
class MapCounts:
    """How many matching events are located, how many of them in view, and (when more than MAX_POINTS
    are in view) their cells of ``degrees``."""

    located: int
    in_view: int
    degrees: float
    cells: list[dict[str, Any]] | None


def map_counts(store: SQLiteStore, filters: EventFilters, degrees: float, box: Box | None = None) -> MapCounts:
    """The map's counts of the located matching events: a filtered map in one pass over the filter's
    points (its cells in view, and every point out of view as one more group), the whole ledger's
    from the points' position index and the counted grid."""
    if filters.is_empty() and filters.include_background:
        located = located_count(store, filters)
        in_view = located_count(store, filters, box) if box else located
        if in_view <= MAX_POINTS:
            return MapCounts(located, in_view, degrees, None)
        return MapCounts(located, in_view, *map_cells(store, filters, degrees, box))
    if box is not None and not _by_filter(store, filters, box):  # a small view: its points, not the filter's
        located = located_total(store, filters)
        in_view = located_count(store, filters, box)
        if in_view <= MAX_POINTS or located <= MAX_POINTS:
            return MapCounts(located, in_view, degrees, None)
        return MapCounts(located, in_view, *map_cells(store, filters, degrees, box))
    where, params = store._event_where(filters)
    inside, box_params = _box_condition(box, by_filter=True) if box else ("1 = 1", [])
    # latitude + 90 and longitude + 180 are never negative, so the integer cast is the floor
    sql = (f"SELECT CASE WHEN {inside} THEN CAST((p.latitude + 90) / ? AS INTEGER) ELSE -1 END AS gy,"
           f" CASE WHEN {inside} THEN CAST((p.longitude + 180) / ? AS INTEGER) ELSE -1 END AS gx,"
           " count(*) AS n, avg(p.latitude) AS latitude, avg(p.longitude) AS longitude,"
           " sum(p.fatalities) AS fatalities, min(p.event_date) AS first, max(p.event_date) AS last"
           f" FROM events e JOIN event_points p ON p.event_rowid = e.rowid{where} GROUP BY gy, gx")
    rows = store.conn.execute(sql, [*box_params, degrees, *box_params, degrees, *params]).fetchall()
    located = _remember_located(store, filters, sum(r["n"] for r in rows))
    in_view_rows = [r for r in rows if r["gy"] >= 0]
    in_view = sum(r["n"] for r in in_view_rows)
    if in_view <= MAX_POINTS or located <= MAX_POINTS:
        return MapCounts(located, in_view, degrees, None)
    if len(in_view_rows) > MAX_CELLS:  # seldom: counted again in larger cells
        return MapCounts(located, in_view, *map_cells(store, filters, degrees, box))
    return MapCounts(located, in_view, degrees, _cell_records(in_view_rows, degrees))


def _cell_records(rows: list[Any], degrees: float) -> list[dict[str, Any]]:
    cells = [{"latitude": r["latitude"], "longitude": r["longitude"], "count": r["n"],
              "fatalities": r["fatalities"] or 0, "first": r["first"], "last": r["last"],
              "south": r["gy"] * degrees - 90, "west": r["gx"] * degrees - 180, "size": degrees} for r in rows]
    return sorted(cells, key=lambda c: -c["count"])


def map_cells(
    store: SQLiteStore, filters: EventFilters, degrees: float, box: Box | None = None
) -> tuple[float, list[dict[str, Any]]]:
    """Located matching events (in ``box``, if given) counted per grid cell of ``degrees`` (coarser when
    there would be over MAX_CELLS): each cell at the mean position of its events, with its count,
    fatalities and first and last date. The whole ledger's cells at zoom CELL_ZOOM or coarser are sums of
    the counted grid (event_cells): every cell that meets ``box`` counts all its events."""
    blocks = degrees / CELL_DEGREES  # the counted grid serves cells made of whole counted ones
    counted = filters.is_empty() and filters.include_background and blocks >= 1 and blocks == int(blocks)
    while True:
        rows = _counted_cells(store, degrees, box) if counted else _cells_of_points(store, filters, degrees, box)
        if len(rows) <= MAX_CELLS:
            break
        degrees *= 2 * math.ceil(math.sqrt(len(rows) / MAX_CELLS))  # one more count, seldom two
    return degrees, _cell_records(rows, degrees)


def _cells_of_points(store: SQLiteStore, filters: EventFilters, degrees: float, box: Box | None) -> list[Any]:
    source, params = _located_from(store, filters, box)
    # latitude + 90 and longitude + 180 are never negative, so the integer cast is the floor
    sql = ("SELECT CAST((p.latitude + 90) / ? AS INTEGER) AS gy, CAST((p.longitude + 180) / ? AS INTEGER) AS gx,"
           " count(*) AS n, avg(p.latitude) AS latitude, avg(p.longitude) AS longitude,"
           " sum(p.fatalities) AS fatalities, min(p.event_date) AS first, max(p.event_date) AS last"
           f"{source} GROUP BY gy, gx")
    return store.conn.execute(sql, [degrees, degrees, *params]).fetchall()


def _counted_cells(store: SQLiteStore, degrees: float, box: Box | None) -> list[Any]:
    """The counted grid's cells summed into cells of ``degrees`` (a whole multiple of CELL_DEGREES, as a
    zoom's cells up to CELL_ZOOM are: each is a block of whole counted ones)."""
    block = round(degrees / CELL_DEGREES)
    where, params = "", []
    if box is not None:  # the counted cells that meet the box
        rows, columns, params = _cell_range(box)
        where = f" WHERE {rows} AND {columns}"
    sql = ("SELECT c.cell_y / ? AS gy, c.cell_x / ? AS gx, sum(c.events) AS n,"
           " sum(c.latitude_sum) / sum(c.events) AS latitude, sum(c.longitude_sum) / sum(c.events) AS longitude,"
           " sum(c.fatalities) AS fatalities, min(c.first_date) AS first, max(c.last_date) AS last"
           f" FROM event_cells c{where} GROUP BY gy, gx")
    return store.conn.execute(sql, [block, block, *params]).fetchall()
