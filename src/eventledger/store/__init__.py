"""The ledger's storage. Stages talk to a Store; only this package knows it is SQLite underneath."""

from __future__ import annotations

import os
from pathlib import Path

from eventledger.errors import StoreError
from eventledger.settings import get_setting
from eventledger.store.sqlite import FACET_TIME_LIMIT_MS, FACETS, SORT_COLUMNS, EventFilters, SQLiteStore

Store = SQLiteStore

__all__ = ["FACET_TIME_LIMIT_MS", "FACETS", "SORT_COLUMNS", "EventFilters", "Store", "open_store", "resolve_db_path"]


def resolve_db_path(url: str | None = None) -> str:
    """A file path from a DB argument: a path, ``sqlite:///path``, or the default setting."""
    value = url or os.environ.get("EVENTLEDGER_DB") or str(get_setting("db"))
    if value.startswith("sqlite:///"):
        path = value[len("sqlite:///") :]
        if not path.strip() or path.strip() == ":memory:":
            raise StoreError("E116", url=value)  # SQLite would open a temporary database, lost on exit
        return path
    if "://" in value or value.strip() in ("", ":memory:") or value.startswith("file:"):
        raise StoreError("E116" if "://" not in value else "E106", url=value)
    return value


def open_store(url: str | None = None, *, create: bool = True) -> SQLiteStore:
    """Open (and create or migrate) the ledger at ``url``."""
    path = resolve_db_path(url)
    if not create and not Path(path).is_file():
        raise StoreError("E118", db=path)
    parent = Path(path).parent
    if not parent.exists():
        raise StoreError("E101", db=path, detail=f"folder {parent} does not exist")
    return SQLiteStore(path)
