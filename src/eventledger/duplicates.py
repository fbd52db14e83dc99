"""The ledger's possible duplicates (fuse/possible_duplicates.py) and the analyst's answers to them.

An event's candidates are the stored reports its own reports' blocking keys reach (the ones fusion
compared them with), so finding them costs what fusing a report costs. An analyst merges a pair
(``ledger.merge_events``, a must-link) or dismisses it: every report of one event gets a cannot-link
to every report of the other, so that no later report chains them into one event and the pair is not
offered again; both are recorded in the audit table and, being links between report ids, kept across
re-ingest.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

from eventledger import fuse
from eventledger.errors import EventLedgerError
from eventledger.fuse.possible_duplicates import PossibleDuplicate, possible_duplicates
from eventledger.models import EventMention
from eventledger.store import EventFilters, Store

MAX_SCANNED_EVENTS = 1000  # the ledger-wide listing looks at this many of the selected events, newest first
MAX_REMEMBERED_EVENTS = 200_000  # events whose possible duplicates are kept per ledger state (~100 bytes each)
SUMMARY_FIELDS = ("event_id", "event_date", "event_type", "sub_event_type", "location", "admin1", "country",
                  "fatalities", "confidence")  # fmt: skip


class FoundDuplicates:
    """The possible duplicates found for each ledger's events in the ledger's current state (its name
    and change counter, Store.ledger_generation), shared by the server's threads: an event's are found
    once per change of the ledger, not once per request, and one thread finds what several ask for
    while the others wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finding: dict[str, threading.Lock] = {}
        self._found: dict[str, tuple[int, dict[str, list[PossibleDuplicate]]]] = {}

    def known(self, ledger: str, generation: int, event_ids: Iterable[str]) -> dict[str, list[PossibleDuplicate]]:
        with self._lock:
            at, found = self._found.get(ledger, (-1, {}))
            return {e: found[e] for e in event_ids if e in found} if at == generation else {}

    def remember(self, ledger: str, generation: int, found: dict[str, list[PossibleDuplicate]]) -> None:
        with self._lock:
            at, kept = self._found.get(ledger, (-1, {}))
            if generation < at:  # found in an older state than the one kept: of no use to later requests
                return
            if generation > at or len(kept) + len(found) > MAX_REMEMBERED_EVENTS:
                kept = {}
            kept.update(found)
            self._found[ledger] = (generation, kept)

    def finding(self, ledger: str) -> threading.Lock:
        with self._lock:
            return self._finding.setdefault(ledger, threading.Lock())


FOUND = FoundDuplicates()


def _metas(store: Store, document_ids: set[str]) -> dict[str, fuse.DocumentMeta]:
    return {
        doc_id: fuse.DocumentMeta(doc_id, m["source"], m["url"], m["published"], m["duplicate_of"])
        for doc_id, m in store.document_meta(document_ids).items()
    }


def _lookup_keys(own: list[EventMention], metas: dict[str, fuse.DocumentMeta]) -> set[str]:
    keys: set[str] = set()
    for m in own:
        meta = metas.get(m.document_id)
        keys.update(fuse.lookup_keys(m, published=fuse.as_date(meta.published) if meta else None))
    return keys


def _find(store: Store, event_ids: Sequence[str]) -> dict[str, list[PossibleDuplicate]]:
    """Each event's possible duplicates, best first: its candidates are the reports of other events
    that its own reports' lookup keys reach (the ones fusion compared them with). A few queries for all
    the events together."""
    own: dict[str, list[EventMention]] = {}
    for event_id, m in store.mentions_of_events(event_ids):
        own.setdefault(event_id, []).append(m)
    metas = _metas(store, {m.document_id for mentions in own.values() for m in mentions})
    keys = {event_id: _lookup_keys(mentions, metas) for event_id, mentions in own.items()}
    by_block = store.mentions_by_block(key for event_keys in keys.values() for key in event_keys)
    candidates: dict[str, list[tuple[str, EventMention]]] = {}
    for event_id, event_keys in keys.items():
        reached = {m.mention_id: (other, m) for key in event_keys for other, m in by_block.get(key, ())
                   if other != event_id}  # fmt: skip
        candidates[event_id] = [reached[mention_id] for mention_id in sorted(reached)]
    metas.update(_metas(store, {m.document_id for found in candidates.values() for _, m in found} - set(metas)))
    dismissed = set(store.links("cannot"))
    return {event_id: possible_duplicates(own.get(event_id, []), candidates.get(event_id, []), metas, dismissed)
            for event_id in event_ids}  # fmt: skip


def duplicates_of_events(store: Store, event_ids: Sequence[str]) -> dict[str, list[PossibleDuplicate]]:
    """The possible duplicates of each of these events (none for an event without reports), as the
    ledger stands; found once per change of the ledger (FOUND)."""
    with store.read_snapshot():
        ledger, generation = store.ledger_generation()
        known = FOUND.known(ledger, generation, event_ids)
        if len(known) == len(set(event_ids)):
            return known
        with FOUND.finding(ledger):
            known.update(FOUND.known(ledger, generation, event_ids))  # found meanwhile by another thread
            missing = [e for e in dict.fromkeys(event_ids) if e not in known]
            if missing:
                found = _find(store, missing)
                FOUND.remember(ledger, generation, found)
                known.update(found)
    return known


def event_duplicates(store: Store, event_id: str) -> list[PossibleDuplicate]:
    """The possible duplicates of one event, best first (E107 when there is no such event)."""
    if not store.mentions_of_events([event_id]):
        raise EventLedgerError("E107", event_id=event_id)
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
        events = [e["event_id"] for e in store.iter_events(filters, limit=MAX_SCANNED_EVENTS, newest_first=True)]
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
