"""The ledger's possible duplicates (fuse/possible_duplicates.py, found by found_duplicates.py) and the
analyst's answers to them.

An event's candidates are the stored reports its own reports' blocking keys reach (the ones fusion
compared them with), so finding them costs what fusing a report costs. An analyst merges a pair
(``ledger.merge_events``, a must-link) or dismisses it: every report of one event gets a cannot-link
to every report of the other, so that no later report chains them into one event and the pair is not
offered again; both are recorded in the audit table and, being links between report ids, kept across
re-ingest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventledger.errors import EventLedgerError
from eventledger.found_duplicates import duplicates_of_events
from eventledger.fuse.possible_duplicates import PossibleDuplicate
from eventledger.store import EventFilters, Store

MAX_SCANNED_EVENTS = 1000  # the ledger-wide listing looks at this many of the selected events, newest first
SUMMARY_FIELDS = ("event_id", "event_date", "event_type", "sub_event_type", "location", "admin1", "country",
                  "fatalities", "confidence")  # fmt: skip


def event_duplicates(store: Store, event_id: str) -> list[PossibleDuplicate]:
    """The possible duplicates of one event, best first (E107 when there is no such event)."""
    if not store.mentions_of_events([event_id]):
        # an event with no report left to compare (a ledger built in bulk) has none; only a missing one is E107
        if store.get_event(event_id) is None:
            raise EventLedgerError("E107", event_id=event_id)
        return []
    return duplicates_of_events(store, [event_id])[event_id]


def summary(event: dict[str, Any] | None) -> dict[str, Any] | None:
    """The fields an analyst compares two events by, and their number of sources."""
    if event is None:
        return None
    return {**{k: event.get(k) for k in SUMMARY_FIELDS}, "sources": len(event.get("sources", []))}


def describe(store: Store, duplicate: PossibleDuplicate) -> dict[str, Any]:
    return {"event_id": duplicate.event_id, "score": duplicate.score, "why": duplicate.why,
            "event": summary(store.get_event(duplicate.event_id))}  # fmt: skip


def ledger_duplicates(store: Store, filters: EventFilters | None = None) -> tuple[list[dict[str, Any]], int]:
    """Pairs of possible duplicates among the newest MAX_SCANNED_EVENTS events the filters select (the
    other event of a pair may lie outside them), best first; and how many events were looked at."""
    with store.read_snapshot():
        events = store.event_ids_in_order(filters, limit=MAX_SCANNED_EVENTS, newest_first=True)
        found_of = duplicates_of_events(store, events)
    pairs: dict[tuple[str, str], PossibleDuplicate] = {}
    for event_id in events:
        for found in found_of[event_id]:
            key = tuple(sorted((event_id, found.event_id)))
            pairs.setdefault(key, found)  # type: ignore[arg-type]
    listing = [
        {"event_ids": list(key), "score": found.score, "why": found.why,
         "events": [summary(store.get_event(e)) for e in key]}
        for key, found in sorted(pairs.items(), key=lambda item: (-item[1].score, item[0]))
    ]  # fmt: skip
    return listing, len(events)


def events_with_duplicates(
    store: Store, filters: EventFilters | None = None, sort: str | None = None
) -> tuple[list[str], int]:
    """The ids of the events among the first MAX_SCANNED_EVENTS the filters select (newest first, or by
    ``sort``) that have a possible duplicate not dismissed, in that order; and how many were looked at."""
    with store.read_snapshot():
        events = store.event_ids_in_order(filters, limit=MAX_SCANNED_EVENTS, newest_first=True, sort=sort)
        found = duplicates_of_events(store, events)
    return [e for e in events if found[e]], len(events)


def dismiss_duplicate(store: Store, event_ids: Sequence[str], reason: str | None = None) -> None:
    """An analyst's answer: these two events are different incidents (kept apart from now on)."""
    if len(set(event_ids)) != 2:
        raise ValueError("a dismissal names two different events")  # the API checks this before
    first, second = (store.mentions_of_events([e]) for e in event_ids)
    for event_id, found in zip(event_ids, (first, second), strict=True):
        if not found:
            raise EventLedgerError("E107", event_id=event_id)
    with store.transaction():
        for _, a in first:
            for _, b in second:
                store.add_link("cannot", a.mention_id, b.mention_id)
        store.record_audit("dismiss", list(event_ids), [], reason)
