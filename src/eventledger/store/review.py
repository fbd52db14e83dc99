"""The analyst's review decisions (table review_decisions), keyed by the report (mention id) they are
about, so that they outlive re-fusion and re-ingest, which may give the event another id. An event
without stored reports (written straight through the store) is keyed ``event:<id>``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from eventledger.store.sqlite import EventFilters, SQLiteStore

DECISIONS = ("accepted", "dismissed", "edited")
EVENT_KEY = "event:"


def anchor_of(event: dict[str, Any], mention_id: str | None = None) -> str:
    """The key of a decision about ``event`` (or about one of its reports, ``mention_id``)."""
    if mention_id:
        return mention_id
    for source in event.get("sources") or []:
        if source.get("mention_id"):
            return source["mention_id"]
    return EVENT_KEY + event["event_id"]


def record_decision(store: SQLiteStore, issue: str, anchor: str, decision: str, detail: dict[str, Any]) -> None:
    """The latest decision on (anchor, issue) replaces an earlier one; the audit table keeps them all."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    store.conn.execute(
        "INSERT OR REPLACE INTO review_decisions (issue, mention_id, decision, detail, at) VALUES (?, ?, ?, ?, ?)",
        (issue, anchor, decision, json.dumps(detail, ensure_ascii=False), at),
    )


def decisions_on(store: SQLiteStore, anchors: Iterable[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(anchor, issue) -> {"decision", "detail", "at"} for the given anchors."""
    ids = sorted(set(anchors))
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = store.conn.execute(
            "SELECT mention_id, issue, decision, detail, at FROM review_decisions"
            f" WHERE mention_id IN ({','.join('?' * len(chunk))})", chunk)
        for mention_id, issue, decision, detail, at in rows:
            found[(mention_id, issue)] = {"decision": decision, "detail": json.loads(detail), "at": at}
    return found


def edited_figures(store: SQLiteStore, mention_ids: Sequence[str]) -> dict[str, tuple[int | None, int | None]]:
    """The fatality figures an analyst set for these reports (decision 'edited'), by mention id."""
    edits = {}
    for (mention_id, _), found in decisions_on(store, mention_ids).items():
        if found["decision"] == "edited":
            edits[mention_id] = (found["detail"].get("fatalities_min"), found["detail"].get("fatalities_max"))
    return edits


def _decided(issue: str) -> tuple[str, list[Any]]:
    """SQL of the ids of events with a decision on ``issue`` (through their reports, or by event key)."""
    sql = ("SELECT m.event_id FROM review_decisions d JOIN mentions m ON m.mention_id = d.mention_id"
           " WHERE d.issue = ? AND m.event_id IS NOT NULL"
           " UNION SELECT substr(d.mention_id, ?) FROM review_decisions d WHERE d.issue = ? AND d.mention_id LIKE ?")
    return sql, [issue, len(EVENT_KEY) + 1, issue, EVENT_KEY + "%"]


def low_confidence_events(
    store: SQLiteStore, filters: EventFilters, below: float, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Events under ``below`` confidence with no decision yet, least confident first, and how many."""
    where, params = store._event_where(filters)  # the store package's own filter SQL
    decided, decided_params = _decided("low_confidence")
    condition = f"e.confidence < ? AND e.event_id NOT IN ({decided})"
    where = f"{where} AND {condition}" if where else f" WHERE {condition}"
    params = [*params, below, *decided_params]
    total = store.conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    rows = store.conn.execute(f"SELECT e.data FROM events e{where} ORDER BY e.confidence, e.event_id LIMIT ? OFFSET ?",
                              [*params, limit, offset])
    return total, [json.loads(row[0]) for row in rows]


def events_with_tolls(
    store: SQLiteStore, filters: EventFilters, at_least: int, caps: dict[str, int]
) -> list[dict[str, Any]]:
    """Events whose figure is at least ``at_least`` or over their type's cap: where outliers can be."""
    where, params = store._event_where(filters)
    by_type = " OR ".join("(e.event_type = ? AND e.fatalities > ?)" for _ in caps)
    condition = f"(e.fatalities >= ?{' OR ' + by_type if by_type else ''})"
    where = f"{where} AND {condition}" if where else f" WHERE {condition}"
    params = [*params, at_least, *[value for pair in caps.items() for value in pair]]
    rows = store.conn.execute(f"SELECT e.data FROM events e{where} ORDER BY e.fatalities DESC, e.event_id", params)
    return [json.loads(row[0]) for row in rows]


def iter_decisions(store: SQLiteStore) -> Iterable[dict[str, Any]]:
    for mention_id, issue, decision, detail, at in store.conn.execute(
            "SELECT mention_id, issue, decision, detail, at FROM review_decisions ORDER BY at, mention_id"):
        yield {"key": mention_id, "issue": issue, "decision": decision, "detail": json.loads(detail), "at": at}
