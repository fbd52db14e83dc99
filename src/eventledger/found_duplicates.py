"""Each event's possible duplicates (fuse/possible_duplicates.py), found once per change of the ledger.

An event's candidates are the stored reports of other events that its own reports' lookup keys reach
(the ones fusion compared them with). Finding them for the 1,000 events a listing looks at took 3-6 s
per request when each event was looked up alone; here the events of a request are looked up together
(a few queries), and what was found is kept in memory, shared by the server's threads, at two levels:

- per ledger state (its random name and change counter, ``Store.ledger_generation``): a request in an
  unchanged ledger reads nothing but the counter;
- per event's inputs (its reports, the reports its keys reach and their events, the analysts' links
  between them, their articles' outlets and dates): after a change only the events whose inputs
  changed are scored again. A report's stored data never changes once written (fusion only moves it
  between events), nor does an article's outlet, address or date, so equal inputs give equal findings.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from eventledger import fuse
from eventledger.fuse.possible_duplicates import PossibleDuplicate, possible_duplicates
from eventledger.models import EventMention
from eventledger.store import Store

MAX_REMEMBERED_EVENTS = 200_000  # events' findings kept per ledger state (~100 bytes each)
MAX_REMEMBERED_INPUTS = 200_000  # events' findings kept by their inputs, over all states (~150 bytes each)

Findings = dict[str, list[PossibleDuplicate]]


class FoundDuplicates:
    """What was found, per ledger state and per event's inputs; one thread finds what several threads
    ask for at once while the others wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finding: dict[str, threading.Lock] = {}
        self._by_state: dict[str, tuple[int, Findings]] = {}
        self._by_inputs: OrderedDict[tuple[str, bytes], list[PossibleDuplicate]] = OrderedDict()

    def known(self, ledger: str, generation: int, event_ids: Iterable[str]) -> Findings:
        with self._lock:
            at, found = self._by_state.get(ledger, (-1, {}))
            return {e: found[e] for e in event_ids if e in found} if at == generation else {}

    def remember(self, ledger: str, generation: int, found: Findings) -> None:
        with self._lock:
            at, kept = self._by_state.get(ledger, (-1, {}))
            if generation < at:  # found in an older state than the one kept: of no use to later requests
                return
            if generation > at or len(kept) + len(found) > MAX_REMEMBERED_EVENTS:
                kept = {}
            kept.update(found)
            self._by_state[ledger] = (generation, kept)

    def scored(self, ledger: str, inputs: bytes) -> list[PossibleDuplicate] | None:
        with self._lock:
            found = self._by_inputs.get((ledger, inputs))
            if found is not None:
                self._by_inputs.move_to_end((ledger, inputs))
            return found

    def keep_scored(self, ledger: str, inputs: bytes, found: list[PossibleDuplicate]) -> None:
        with self._lock:
            self._by_inputs[(ledger, inputs)] = found
            if len(self._by_inputs) > MAX_REMEMBERED_INPUTS:
                self._by_inputs.popitem(last=False)

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


def _inputs(own: list[EventMention], reached: list[tuple[str, EventMention]], metas: dict[str, fuse.DocumentMeta],
            partners: dict[str, set[str]]) -> bytes:
    """A digest of everything one event's findings are made from."""
    reached_ids = {m.mention_id for _, m in reached}
    parts = (sorted(m.mention_id for m in own), [(m.mention_id, event_id) for event_id, m in reached],
             sorted((a.mention_id, b) for a in own for b in partners.get(a.mention_id, ()) if b in reached_ids),
             sorted((d, meta.source, meta.url, meta.published) for d, meta in metas.items()))  # fmt: skip
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _find(store: Store, ledger: str, event_ids: Sequence[str]) -> Findings:
    """Each event's possible duplicates, best first (none for an event without reports), from a few
    queries for all the events together."""
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
    partners: dict[str, set[str]] = {}
    for a, b in dismissed:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    found_of: Findings = {}
    for event_id in event_ids:
        mentions, reached = own.get(event_id, []), candidates.get(event_id, [])
        # the event's own articles only: scoring a pair walks all the metadata it is given
        documents = {m.document_id for m in mentions} | {m.document_id for _, m in reached}
        event_metas = {d: metas[d] for d in documents if d in metas}
        inputs = _inputs(mentions, reached, event_metas, partners)
        found = FOUND.scored(ledger, inputs)
        if found is None:
            found = possible_duplicates(mentions, reached, event_metas, dismissed)
            FOUND.keep_scored(ledger, inputs, found)
        found_of[event_id] = found
    return found_of


def duplicates_of_events(store: Store, event_ids: Sequence[str]) -> Findings:
    """The possible duplicates of each of these events (none for an event without reports) as the
    ledger stands, best first."""
    with store.read_snapshot():
        ledger, generation = store.ledger_generation()
        known = FOUND.known(ledger, generation, event_ids)
        if len(known) == len(set(event_ids)):
            return known
        with FOUND.finding(ledger):
            known.update(FOUND.known(ledger, generation, event_ids))  # found meanwhile by another thread
            missing = [e for e in dict.fromkeys(event_ids) if e not in known]
            if missing:
                found = _find(store, ledger, missing)
                FOUND.remember(ledger, generation, found)
                known.update(found)
    return known
