"""An analyst's actor merge: two actor records are one actor ("Islamic State" and "Islamic State of Iraq
and the Levant"). The merged actor's name and aliases are kept (store/actor_merges.py) as names of the
other; fusion reads reports' actors through them (``with_actor_merges``), so the events that named the
merged actor are fused again under the kept one, and so are later reports; the filters and the actor's
page know the old names; the audit table keeps the merge."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from eventledger.errors import EventLedgerError
from eventledger.models import EventMention
from eventledger.store import Store
from eventledger.store.actor_merges import (
    event_ids_naming,
    merged_names,
    move_actor,
    names_merged_into,
    record_merge,
)

ACTOR_FIELDS = ("actor1", "actor2", "claimed_by")
ACTOR_LISTS = ("assoc_actor_1", "assoc_actor_2")


def renamed(store: Store) -> Callable[[str], str]:
    """A function giving the name an actor has now (itself unless an analyst merged it away)."""
    merges = merged_names(store)
    return lambda name: merges.get(name.casefold(), name) if name else name


def merged_aliases(store: Store) -> dict[str, list[str]]:
    """Folded kept actor name -> the names merged into it."""
    aliases: dict[str, list[str]] = {}
    for name, into in store.conn.execute("SELECT name, merged_into FROM actor_merges ORDER BY name"):
        aliases.setdefault(into.casefold(), []).append(name)
    return aliases


def with_actor_merges(store: Store, mentions: dict[str, EventMention]) -> dict[str, EventMention]:
    """The mentions with merged actors under the names they now have (the stored mentions stay as read)."""
    merges = merged_names(store)
    if not merges:
        return mentions
    rename = renamed(store)
    result = {}
    for mention_id, m in mentions.items():
        changes: dict[str, Any] = {f: rename(getattr(m, f)) for f in ACTOR_FIELDS
                                   if getattr(m, f) and getattr(m, f).casefold() in merges}
        changes.update({f: [rename(n) for n in getattr(m, f)] for f in ACTOR_LISTS
                        if any(n.casefold() in merges for n in getattr(m, f))})
        result[mention_id] = dataclasses.replace(m, **changes) if changes else m
    return result


def merge_actors(store: Store, from_id: str, into_id: str, reason: str | None = None) -> dict[str, Any]:
    """Merge actor ``from_id`` into ``into_id``; returns the kept actor's id and the events fused again."""
    from eventledger.ledger import refuse_events

    source, target = store.get_actor(from_id), store.get_actor(into_id)
    for actor_id, actor in ((from_id, source), (into_id, target)):
        if actor is None:
            raise EventLedgerError("E124", detail=f"no such actor: {actor_id}")
    assert source is not None and target is not None
    if source.actor_id == target.actor_id or source.name.casefold() == target.name.casefold():
        raise EventLedgerError("E124", detail="an actor cannot be merged into itself")
    names = [source.name, *source.aliases]
    with store.transaction():
        event_ids = event_ids_naming(store, source.name)
        record_merge(store, names, target.name)
        refuse_events(store, event_ids)
        move_actor(store, source.actor_id, source.name, target.actor_id, target.name)
        kept = store.get_actor(target.actor_id) or target
        aliases = sorted({*kept.aliases, *names_merged_into(store, kept.name)})
        store.upsert_actor(dataclasses.replace(kept, aliases=aliases))
        what = f"{source.name} ({source.actor_id}) into {target.name} ({target.actor_id})"
        store.record_audit("actor-merge", event_ids, [], f"{what}; {reason}" if reason else what)
    return {"actor_id": target.actor_id, "name": target.name, "events": event_ids}
