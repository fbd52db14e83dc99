"""The analyst's actor merges (table actor_merges): a name, or an alias of the merged actor, and the
actor's name it now stands for. Fusion renames the reports' actors through them, so a merge holds
across re-fusion and re-ingest; the filters resolve merged names to the actor they became."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from eventledger.store.sqlite import SQLiteStore


def record_merge(store: SQLiteStore, names: Iterable[str], into: str) -> None:
    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    wanted = {n.strip() for n in names if n and n.strip() and n.strip().casefold() != into.casefold()}
    if not wanted:
        return
    # names merged before into one merged now follow it
    marks = ",".join("?" * len(wanted))
    store.conn.execute(f"UPDATE actor_merges SET merged_into = ? WHERE merged_into COLLATE NOCASE IN ({marks})",
                       [into, *sorted(wanted)])
    store.conn.executemany("INSERT OR REPLACE INTO actor_merges (name, merged_into, at) VALUES (?, ?, ?)",
                           [(name, into, at) for name in sorted(wanted)])


def merged_names(store: SQLiteStore) -> dict[str, str]:
    """Folded merged name -> the actor's name it now is (a handful of rows: read whole)."""
    return {name.casefold(): into for name, into in store.conn.execute("SELECT name, merged_into FROM actor_merges")}


def names_merged_into(store: SQLiteStore, name: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT name FROM actor_merges WHERE merged_into = ? COLLATE NOCASE ORDER BY name", (name,))
    return [r[0] for r in rows]


def event_ids_naming(store: SQLiteStore, name: str) -> list[str]:
    rows = store.conn.execute("SELECT DISTINCT event_id FROM event_actors WHERE actor = ? COLLATE NOCASE", (name,))
    return sorted(r[0] for r in rows)


def move_actor(store: SQLiteStore, from_id: str, from_name: str, into_id: str, into_name: str) -> None:
    """The merged actor's affiliation changes become the other's; its row goes."""
    store.conn.execute("UPDATE affiliations SET actor_id = ? WHERE actor_id = ?", (into_id, from_id))
    store.conn.execute("UPDATE affiliations SET to_group = ? WHERE to_group = ? COLLATE NOCASE", (into_name, from_name))
    store.conn.execute("DELETE FROM actors WHERE actor_id = ?", (from_id,))
