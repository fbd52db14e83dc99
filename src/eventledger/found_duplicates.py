"""Each event's possible duplicates (fuse/possible_duplicates.py), found once per change of the ledger.

An event's candidates are the stored reports of other events that its own reports' lookup keys reach
(the ones fusion compared them with). Finding them for the 1,000 events a listing looks at took 3-6 s
per request when each event was looked up alone; here the events of a request are looked up together
(a few queries), and what was found is kept in memory, shared by the server's threads, at two levels:

- per ledger state (its random name and change counter, ``Store.ledger_generation``): a request in an
  unchanged ledger reads nothing but the counter; requests for the same many events that come in while
  one thread finds them wait for it and share its finding;
- per pair of events' inputs (one event's reports, the other's reports its keys reach, the analysts'
  links between them, their articles' outlets and dates): after a change only the pairs whose inputs
  changed are scored again. A report's stored data never changes once written (fusion only moves it
  between events), nor does an article's outlet, address or date, so equal inputs give equal findings;
  a report's lookup keys are kept for the same reason. Such a request decodes no report.
- per event's inputs (its reports, the reports its keys reach with their events, the analysts' links
  between them): under a running ingest, whose every write changes the state, an event none of whose
  inputs changed takes its last findings without its pairs being looked at again. An article's outlet,
  address and date are not among these inputs: a document is stored once and never rewritten, so its
  id stands for them (a listing's finding after each write cost 2-3 times less: see ``_find``).
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from eventledger import fuse
from eventledger.fuse.possible_duplicates import PossibleDuplicate, possible_duplicates
from eventledger.store import Store

MAX_REMEMBERED_EVENTS = 200_000  # events' findings kept per ledger state (~100 bytes each)
MAX_REMEMBERED_INPUTS = 300_000  # pairs of events' findings kept by their inputs, over all states (~150 bytes each)
MAX_REMEMBERED_BY_EVENT = 200_000  # events' findings kept by their inputs (~150 bytes each)
MAX_REMEMBERED_MENTIONS = 50_000  # mentions' lookup keys kept per ledger (~500 bytes each)
# A lookup of at most this many events (an event's dossier) never waits for a listing's lookup of up to
# 1,000 events, which under a running ingest is done again after each write (p95 4.4 s for the dossier page)
FEW_EVENTS = 20

Findings = dict[str, list[PossibleDuplicate]]


class Flight:
    """One set of events' finding: requests for the same events at once wait for one thread's finding
    and share it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs = 0
        self.found: Findings = {}


class FoundDuplicates:
    """What was found, per ledger state and per event's inputs; one thread finds what several threads
    ask for at once while the others wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_state: dict[str, tuple[int, Findings]] = {}
        self._by_inputs: OrderedDict[tuple[str, bytes], list[PossibleDuplicate]] = OrderedDict()
        self._by_event: OrderedDict[tuple[str, str], tuple[bytes, list[PossibleDuplicate]]] = OrderedDict()
        self._keys: dict[str, dict[str, frozenset[str]]] = {}  # per ledger: mention id -> its lookup keys
        self._flights: weakref.WeakValueDictionary[tuple[str, bytes], Flight] = weakref.WeakValueDictionary()

    def known(self, ledger: str, generation: int, event_ids: Iterable[str]) -> Findings:
        """What was found for these events in this state of the ledger or a later one."""
        with self._lock:
            at, found = self._by_state.get(ledger, (-1, {}))
            return {e: found[e] for e in event_ids if e in found} if at >= generation else {}

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

    def event_found(self, ledger: str, event_id: str, inputs: bytes) -> list[PossibleDuplicate] | None:
        """One event's findings when they were last found from these inputs."""
        with self._lock:
            kept = self._by_event.get((ledger, event_id))
            if kept is None or kept[0] != inputs:
                return None
            self._by_event.move_to_end((ledger, event_id))
            return kept[1]

    def keep_event_found(self, ledger: str, event_id: str, inputs: bytes, found: list[PossibleDuplicate]) -> None:
        with self._lock:
            self._by_event[(ledger, event_id)] = (inputs, found)
            self._by_event.move_to_end((ledger, event_id))
            if len(self._by_event) > MAX_REMEMBERED_BY_EVENT:
                self._by_event.popitem(last=False)

    def lookup_keys(self, ledger: str, mention_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        with self._lock:
            kept = self._keys.get(ledger, {})
            return {m: kept[m] for m in mention_ids if m in kept}

    def keep_lookup_keys(self, ledger: str, keys: dict[str, frozenset[str]]) -> None:
        with self._lock:
            kept = self._keys.setdefault(ledger, {})
            if len(kept) + len(keys) > MAX_REMEMBERED_MENTIONS:
                kept.clear()
            kept.update(keys)

    def flight(self, ledger: str, event_ids: Sequence[str]) -> Flight:
        """The finding of these events under way or last done (kept while a request holds it)."""
        key = (ledger, hashlib.blake2b(repr(event_ids).encode("utf-8", "surrogatepass"), digest_size=16).digest())
        with self._lock:
            flight = self._flights.get(key)
            if flight is None:
                flight = self._flights[key] = Flight()
            return flight


FOUND = FoundDuplicates()


def _metas(store: Store, document_ids: set[str]) -> dict[str, fuse.DocumentMeta]:
    return {
        doc_id: fuse.DocumentMeta(doc_id, m["source"], m["url"], m["published"], m["duplicate_of"])
        for doc_id, m in store.document_meta(document_ids).items()
    }


def _lookup_keys(store: Store, ledger: str, documents: dict[str, str]) -> dict[str, frozenset[str]]:
    """The lookup keys of each of these mentions (mention id -> its document id): a mention's keys
    depend on it and its article's date alone, so they are kept, and a mention is decoded only once."""
    keys = FOUND.lookup_keys(ledger, documents)
    missing = [mention_id for mention_id in documents if mention_id not in keys]
    if missing:
        metas = _metas(store, {documents[mention_id] for mention_id in missing})
        computed = {}
        for mention_id, m in store.mentions(missing).items():
            meta = metas.get(m.document_id)
            published = fuse.as_date(meta.published) if meta else None
            computed[mention_id] = frozenset(fuse.lookup_keys(m, published=published))
        FOUND.keep_lookup_keys(ledger, computed)
        keys.update(computed)
    return keys


def _inputs(own: list[str], reached: list[tuple[str, str]], metas: dict[str, fuse.DocumentMeta],
            partners: dict[str, set[str]]) -> bytes:
    """A digest of everything the findings of one event's mentions ``own`` among the mentions ``reached``
    (with their events) are made from: those, the analysts' links between them, their articles' metadata."""
    reached_ids = {mention_id for mention_id, _ in reached}
    parts = (own, reached, sorted((a, b) for a in own for b in partners.get(a, ()) if b in reached_ids),
             sorted((d, meta.source, meta.url, meta.published) for d, meta in metas.items()))  # fmt: skip
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _event_inputs(own: list[str], reached: list[tuple[str, str]], partners: dict[str, set[str]]) -> bytes:
    """A digest of one event's inputs: its mentions ``own``, the mentions its keys reach with their events,
    the analysts' links between them (the articles are those the mention ids name: never rewritten)."""
    reached_ids = {mention_id for mention_id, _ in reached}
    parts = (own, reached, sorted((a, b) for a in own for b in partners.get(a, ()) if b in reached_ids))
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _find(store: Store, ledger: str, event_ids: Sequence[str]) -> Findings:
    """Each event's possible duplicates, best first (none for an event without reports), from a few
    queries for all the events together; an event whose inputs are those it was last found from takes
    those findings, and of the others only the pairs whose inputs were never scored are scored, and only
    their reports are decoded.

    Profiled under an ingest (benchmarks/http_load.py, 5,638 events), the listing's finding after each
    write was half of the server's CPU, most of it spent on digests of the 6,000 pairs; an ingest changes
    the inputs of a few events per write."""
    own: dict[str, list[str]] = {}
    documents: dict[str, str] = {}  # mention id -> document id, of every mention involved
    for event_id, mention_id, document_id in store.mention_ids_of_events(event_ids):
        own.setdefault(event_id, []).append(mention_id)
        documents[mention_id] = document_id
    keys_of = _lookup_keys(store, ledger, dict(documents))
    keys = {event_id: set().union(*(keys_of.get(m, ()) for m in mentions)) for event_id, mentions in own.items()}
    by_block = store.block_members(key for event_keys in keys.values() for key in event_keys)
    candidates: dict[str, list[tuple[str, str]]] = {}  # event id -> (mention id, its event id)
    for event_id, event_keys in keys.items():
        reached = {}
        for key in event_keys:
            for mention_id, other, document_id in by_block.get(key, ()):
                if other != event_id:
                    reached[mention_id] = other
                    documents[mention_id] = document_id
        candidates[event_id] = sorted(reached.items())
    dismissed = set(store.links("cannot"))
    partners: dict[str, set[str]] = {}
    for a, b in dismissed:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    found_of: Findings = {}
    changed: dict[str, bytes] = {}  # event id -> its inputs, for the events whose inputs changed
    for event_id in event_ids:
        event_inputs = _event_inputs(own.get(event_id, []), candidates.get(event_id, []), partners)
        kept = FOUND.event_found(ledger, event_id, event_inputs)
        if kept is None:
            changed[event_id] = event_inputs
            found_of[event_id] = []
        else:
            found_of[event_id] = list(kept)
    metas = _metas(store, {documents[m] for e in changed for m in own.get(e, [])}
                   | {documents[m] for e in changed for m, _ in candidates.get(e, [])})  # fmt: skip
    # scored per pair of events (this event, another it reaches): after a write only the pairs whose
    # reports, links or articles changed are scored again (the same findings as scoring the event whole:
    # possible_duplicates takes each other event on its own, then sorts them all)
    to_score: list[tuple[str, str, list[str], bytes, dict[str, fuse.DocumentMeta]]] = []
    for event_id in changed:
        mentions = own.get(event_id, [])
        others: dict[str, list[str]] = {}
        for mention_id, other in candidates.get(event_id, []):
            others.setdefault(other, []).append(mention_id)
        own_documents = {documents[m] for m in mentions}
        for other, theirs in others.items():
            # the pair's own articles only: scoring a pair of reports walks all the metadata it is given
            involved = own_documents | {documents[m] for m in theirs}
            pair_metas = {d: metas[d] for d in involved if d in metas}
            inputs = _inputs(mentions, [(m, other) for m in theirs], pair_metas, partners)
            found = FOUND.scored(ledger, inputs)
            if found is None:
                to_score.append((event_id, other, theirs, inputs, pair_metas))
            else:
                found_of[event_id] += found
    if to_score:
        decoded = store.mentions({m for event_id, *_ in to_score for m in own[event_id]}
                                 | {m for _, _, theirs, _, _ in to_score for m in theirs})  # fmt: skip
        for event_id, other, theirs, inputs, pair_metas in to_score:
            found = possible_duplicates([decoded[m] for m in own[event_id]], [(other, decoded[m]) for m in theirs],
                                        pair_metas, dismissed)  # fmt: skip
            FOUND.keep_scored(ledger, inputs, found)
            found_of[event_id] += found
    for event_id, event_inputs in changed.items():
        found_of[event_id].sort(key=lambda d: (-d.score, d.event_id))
        FOUND.keep_event_found(ledger, event_id, event_inputs, found_of[event_id])
    return found_of


def duplicates_of_events(store: Store, event_ids: Sequence[str]) -> Findings:
    """The possible duplicates of each of these events (none for an event without reports), best first,
    as the ledger stands; a request for many events that had to wait while another found them takes
    that finding's, of the ledger as it stood at most one finding's time before."""
    with store.read_snapshot():
        ledger, generation = store.ledger_generation()
        known = FOUND.known(ledger, generation, event_ids)
        missing = [e for e in dict.fromkeys(event_ids) if e not in known]
        if len(missing) <= FEW_EVENTS:  # one dossier's: found at once, not after a listing's
            found = _find(store, ledger, missing) if missing else {}
        else:
            flight = FOUND.flight(ledger, missing)
            runs = flight.runs
            with flight.lock:
                # a finding of the same events ended while this request waited for it: take what it
                # found (the ledger as it stood when that finding began, at most one finding's time ago),
                # so that under a running ingest, whose every write changes the state, requests share one
                # finding instead of queueing to find again, each after the other (p95 15.7 s before)
                wanted = missing
                if flight.runs != runs:
                    known.update({e: flight.found[e] for e in missing if e in flight.found})
                    missing = [e for e in missing if e not in known]
                found = _find(store, ledger, missing) if missing else {}
                flight.found = {e: known[e] if e in known else found[e] for e in wanted}
                flight.runs += 1
        if found:
            FOUND.remember(ledger, generation, found)
            known.update(found)
    return known
