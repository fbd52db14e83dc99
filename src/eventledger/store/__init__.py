"""The ledger's storage. Stages talk to a Store; only this package knows whether it is SQLite (a file, the
default) or PostgreSQL (``postgresql://user@host:port/dbname``) underneath."""

from __future__ import annotations

import os
from pathlib import Path

from eventledger.errors import StoreError
from eventledger.settings import get_setting
from eventledger.store.sqlite import (
    COUNT_TIME_LIMIT_MS,
    FACET_TIME_LIMIT_MS,
    FACETS,
    SORT_COLUMNS,
    EventFilters,
    SQLiteStore,
)

Store = SQLiteStore  # the interface every backend has (store.postgres.PostgresStore is one)
POSTGRES_SCHEMES = ("postgresql://", "postgres://")

__all__ = [
    "COUNT_TIME_LIMIT_MS", "FACET_TIME_LIMIT_MS", "FACETS", "SORT_COLUMNS", "EventFilters", "Store", "is_postgres_url",
    "ledger_exists", "open_store", "resolve_db_path",
]


def is_postgres_url(value: str) -> bool:
    return value.startswith(POSTGRES_SCHEMES)


def resolve_db_path(url: str | None = None) -> str:
    """The ledger's location from a DB argument: a file path, ``sqlite:///path``, a PostgreSQL URL (as
    it is), or the default setting."""
    value = url or os.environ.get("EVENTLEDGER_DB") or str(get_setting("db"))
    if is_postgres_url(value):
        return value
    if value.startswith("sqlite:///"):
        path = value[len("sqlite:///") :]
        if not path.strip() or path.strip() == ":memory:":
            raise StoreError("E116", url=value)  # SQLite would open a temporary database, lost on exit
        return path
    if "://" in value or value.strip() in ("", ":memory:") or value.startswith("file:"):
        raise StoreError("E116" if "://" not in value else "E106", url=value)
    return value


def ledger_exists(location: str) -> bool:
    """Whether a resolved ledger location may hold a ledger: a file that exists; a PostgreSQL database is
    checked when it is opened (``open_store(create=False)``)."""
    return is_postgres_url(location) or Path(location).is_file()


def open_store(url: str | None = None, *, create: bool = True) -> SQLiteStore:
    """Open (and create or migrate) the ledger at ``url``."""
    path = resolve_db_path(url)
    if is_postgres_url(path):
        # imported here: psycopg's many modules would otherwise load (and be walked by the garbage
        # collector) in every SQLite process too
        from eventledger.store.postgres import PostgresStore

        return PostgresStore(path, create=create)
    if not create and not Path(path).is_file():
        raise StoreError("E118", db=path)
    parent = Path(path).parent
    if not parent.exists():
        raise StoreError("E101", db=path, detail=f"folder {parent} does not exist")
    return SQLiteStore(path, reader=not create)
