"""The part of a ledger that filters select, read through the same calls the exporters make on a whole
ledger: the filtered events, their source documents with those documents' quotes, the claims that
support the selected events, and the actors the events name. Every format then honours the filters
without knowing about them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

from eventledger.models import Actor
from eventledger.store import EventFilters, Store

_ACTOR_FIELDS = ("actor1", "actor2", "claimed_by", "assoc_actor_1", "assoc_actor_2")


class SelectedLedger:
    """A read-only view of ``store`` restricted to the events ``filters`` select; any other read goes
    to the store as it is."""

    def __init__(self, store: Store, filters: EventFilters) -> None:
        self._store = store
        self._filters = filters

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def iter_events(self, filters: EventFilters | None = None, **options: Any) -> Iterator[dict[str, Any]]:
        return self._store.iter_events(self._filters, **options)

    def iter_event_stamps(self, filters: EventFilters | None = None) -> Iterator[tuple[str, str]]:
        return self._store.iter_event_stamps(self._filters)

    @cached_property
    def _event_ids_and_documents(self) -> tuple[set[str], set[str], set[str]]:
        event_ids: set[str] = set()
        documents: set[str] = set()
        actors: set[str] = set()
        for event in self._store.iter_events(self._filters):
            event_ids.add(event["event_id"])
            documents.update(s["document_id"] for s in event["sources"])
            for name in _ACTOR_FIELDS:
                actors.update(n.casefold() for n in (event.get(name) or "").split(";") if n)
        return event_ids, documents, actors

    def iter_documents(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        return self._store.iter_documents(self._event_ids_and_documents[1])

    def iter_quotes(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        return self._store.iter_quotes(self._event_ids_and_documents[1])

    def iter_claims(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        event_ids, documents, _ = self._event_ids_and_documents
        for claim in self._store.iter_claims(documents):
            if event_ids.intersection(claim["event_ids"]):
                yield claim

    def iter_actors(self) -> Iterator[Actor]:
        names = self._event_ids_and_documents[2]
        return (actor for actor in self._store.iter_actors() if actor.name.casefold() in names)
