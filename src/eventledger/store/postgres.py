"""The PostgreSQL ledger (``--db postgresql://user@host:port/dbname``), through psycopg 3.

It is the SQLite ledger's class with a PostgreSQL connection underneath: the queries are the same, and
what differs between the two dialects is said here once, in ``postgres_sql`` (placeholders, INSERT OR
IGNORE, LIKE's case, where NULLs sort) and in the few methods below that PostgreSQL does its own way
(schema versions, locking, full-text search, facets). The schema is ``POSTGRES_MIGRATIONS``.

Several processes may write to one ledger at once: each write transaction first takes a transaction-level
advisory lock on the ledger, so write transactions run one after another, as SQLite's single writer lock
makes them (fusion reads the events an article may join and rewrites them in one transaction, so two
articles are never fused against a ledger that the other is changing). Readers never wait.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from eventledger.errors import StoreError
from eventledger.models import Article
from eventledger.settings import get_setting
from eventledger.store.schema import POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION
from eventledger.store.sqlite import _UNSEARCHABLE, FACETS, STATISTICS_MIN_EVENTS, SQLiteStore, T

try:
    import psycopg
    from psycopg import errors as pg_errors
except ImportError:  # an optional extra: SQLite ledgers do without it
    psycopg = None  # type: ignore[assignment]

# Advisory lock keys (any 64-bit numbers the ledger alone uses): one for write transactions, one for
# migrating the schema.
WRITE_LOCK = 0x6576_6C65_6467_0001
MIGRATION_LOCK = 0x6576_6C65_6467_0002


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())  # libpq's messages run over several lines


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", url)


# INSERT OR REPLACE needs the key a row replaces another by: each table's primary key
PRIMARY_KEYS = {"actor_merges": "name", "review_decisions": "mention_id, issue", "actors": "actor_id",
                "links": "kind, a, b"}
_INSERT_OR_REPLACE = re.compile(r"INSERT OR REPLACE INTO (\w+) \(([^)]*)\)")


def _upsert(match: re.Match[str]) -> str:
    return f"INSERT INTO {match[1]} ({match[2]})"


@functools.lru_cache(maxsize=4096)
def postgres_sql(sql: str) -> str:
    """A statement of the SQLite store in PostgreSQL's dialect. The statements are the store's own
    (never built from input: values always travel as parameters), so these rewrites are of known text."""
    sql = sql.replace("%", "%%")  # psycopg reads % as a placeholder's start
    if sql.startswith("INSERT OR IGNORE INTO"):
        sql = "INSERT INTO" + sql[len("INSERT OR IGNORE INTO") :] + " ON CONFLICT DO NOTHING"
    replace = _INSERT_OR_REPLACE.match(sql)
    if replace:
        key = PRIMARY_KEYS[replace[1]]
        columns = [c.strip() for c in replace[2].split(",") if c.strip() not in key.split(", ")]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        sql = _INSERT_OR_REPLACE.sub(_upsert, sql, count=1) + f" ON CONFLICT ({key}) DO UPDATE SET {updates}"
    if sql.startswith("INSERT INTO events "):
        sql += " RETURNING rowid"  # the events' rowid keys their coordinates (event_points)
    sql = re.sub(r"CAST\((.+?) AS INTEGER\)", r"trunc(\1)::integer", sql)  # SQLite's cast truncates, ours rounds
    sql = re.sub(r"\bLIKE\b", "ILIKE", sql)  # SQLite's LIKE ignores (ASCII) case
    sql = re.sub(r"\bDESC\b(?!\s+NULLS)", "DESC NULLS LAST", sql)  # SQLite's NULL is the smallest value
    sql = re.sub(r"(?<![\w)])\+(?=[ep]\.)", "", sql)  # SQLite's planner hint (unary +) is meaningless here
    sql = sql.replace(" CROSS JOIN ", " JOIN ")  # SQLite's join-order hint; PostgreSQL's CROSS JOIN has no ON
    return sql.replace("?", "%s")


class _Row(tuple):
    """A result row read by position or by column name, as sqlite3.Row is."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@functools.lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[_Row]:
    return type("Row", (_Row,), {"__slots__": (), "_index": {name: i for i, name in enumerate(names)}})


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], _Row]:
    names = tuple(column.name for column in cursor.description or ())
    row_class = _row_class(names)
    return lambda values: row_class(values)


class _Connection:
    """The few sqlite3.Connection methods the store uses, on a psycopg connection in autocommit mode
    (the store says BEGIN and COMMIT itself, as it does with SQLite)."""

    def __init__(self, url: str) -> None:
        self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        self.raw.cursor_factory = _Cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cursor = self.raw.execute(postgres_sql(sql), params or None)
        if sql.startswith("INSERT INTO events "):
            cursor.lastrowid = cursor.fetchone()[0]
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(postgres_sql(sql), rows)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


if psycopg is not None:

    class _Cursor(psycopg.Cursor):  # type: ignore[type-arg]
        lastrowid: int | None = None  # an event's rowid, from INSERT ... RETURNING rowid


class PostgresStore(SQLiteStore):
    def __init__(self, url: str, *, create: bool = True) -> None:
        self.path = redacted(url)
        if psycopg is None:
            raise StoreError("E101", db=self.path,
                             detail="PostgreSQL ledgers need psycopg: pip install 'eventledger[postgres]'")
        try:
            self.conn = _Connection(url)  # type: ignore[assignment]
        except psycopg.Error as error:
            raise StoreError("E101", db=self.path, detail=_one_line(error)) from error
        try:
            self._migrate_postgres(create=create)
        except BaseException:
            self.conn.close()
            raise
        self._start_caches()

    # ------------------------------------------------------------ plumbing

    def _migrate_postgres(self, *, create: bool) -> None:
        raw = self.conn.raw  # type: ignore[attr-defined]
        with raw.transaction():
            # two processes opening a new ledger at once: one migrates, the other then finds it done
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            if raw.execute("SELECT to_regclass('eventledger_schema')").fetchone()[0] is None:
                tables = raw.execute("SELECT count(*) FROM information_schema.tables"
                                     " WHERE table_schema = current_schema()").fetchone()[0]
                if tables:
                    raise StoreError("E103", db=self.path, detail="it has tables but no eventledger schema version")
                if not create:
                    raise StoreError("E118", db=self.path)
                raw.execute("CREATE TABLE eventledger_schema (version INTEGER NOT NULL)")
                raw.execute("INSERT INTO eventledger_schema VALUES (0)")
            version = raw.execute("SELECT version FROM eventledger_schema").fetchone()[0]
            if version > POSTGRES_SCHEMA_VERSION:
                raise StoreError("E104", db=self.path, found=version, supported=POSTGRES_SCHEMA_VERSION)
            for number in range(version, POSTGRES_SCHEMA_VERSION):
                raw.execute(POSTGRES_MIGRATIONS[number])
                raw.execute("UPDATE eventledger_schema SET version = %s", (number + 1,))

    def _begin(self) -> None:
        """As SQLite's, the write lock taken first: the ledger's advisory lock, waited for up to the
        busy_timeout setting (E102 after that)."""
        timeout_ms = int(float(get_setting("busy_timeout")) * 1000)  # type: ignore[arg-type]
        try:
            self.conn.execute("BEGIN")
            self.conn.execute(f"SET LOCAL lock_timeout = {timeout_ms}")
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        except psycopg.Error as error:
            self._rollback()
            if isinstance(error, pg_errors.LockNotAvailable):
                raise StoreError("E102", db=self.path) from error
            raise self.ledger_failure(error) or StoreError("E101", db=self.path, detail=_one_line(error)) from error
        # another writer may have changed the actors since this one last wrote them
        self._actors_written.clear()

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except psycopg.Error as error:
            self._rollback()
            raise self.ledger_failure(error) or StoreError("E103", db=self.path, detail=_one_line(error)) from error

    def ledger_failure(self, error: BaseException) -> StoreError | None:
        if psycopg is None or not isinstance(error, psycopg.Error):
            return None
        if isinstance(error, pg_errors.ReadOnlySqlTransaction | pg_errors.InsufficientPrivilege):
            return StoreError("E117", db=self.path, detail=_one_line(error))
        if isinstance(error, pg_errors.DiskFull | pg_errors.OutOfMemory):
            return StoreError("E119", detail=_one_line(error))
        if isinstance(error, pg_errors.LockNotAvailable):
            return StoreError("E102", db=self.path)
        if isinstance(error, psycopg.OperationalError) and self.conn.raw.closed:  # type: ignore[attr-defined]
            return StoreError("E101", db=self.path, detail=_one_line(error))
        return None

    # ------------------------------------------------------------ full-text search

    def _index_document(self, rowid: int | None, article: Article) -> None:
        pass  # the documents' tsvector column is generated from their title and text

    def _index_event(self, rowid: int | None, event_id: str, body: str) -> None:
        self.conn.execute("UPDATE events SET body = to_tsvector('simple', ?) WHERE event_id = ?",
                          (_UNSEARCHABLE.sub(" ", body), event_id))

    def _unindex_event(self, event_id: str) -> None:
        pass  # the words go with the event's row

    def _text_match(self, q: str) -> tuple[str, str]:
        # plainto_tsquery: every word must match, and no query syntax is read from the user's text
        return "e.body @@ plainto_tsquery('simple', ?)", _UNSEARCHABLE.sub(" ", q)

    def search_documents(self, q: str, limit: int = 50) -> list[str]:
        text = _UNSEARCHABLE.sub(" ", q).strip()
        if not text:
            return []
        rows = self._rows(
            "SELECT document_id FROM documents, plainto_tsquery('simple', ?) query WHERE search @@ query"
            " ORDER BY ts_rank(search, query) DESC, document_id LIMIT ?",
            (text, limit),
        )
        return [r["document_id"] for r in rows]

    # ------------------------------------------------------------ listings

    def _facet_counts(self, filters: Any, field: str, limit: int) -> list[tuple[str, int]]:
        value = FACETS[field]
        where, params = self._event_where(filters)
        # values that differ only in case are one facet, shown with one of their spellings
        if field == "actor":
            events = f" WHERE a.event_id IN (SELECT e.event_id FROM events e{where})" if where else ""
            sql = (f"SELECT min({value}) AS value, count(DISTINCT a.event_id) AS n FROM event_actors a{events}"
                   f" GROUP BY {value} COLLATE nocase")
        else:
            sql = f"SELECT min({value}) AS value, count(*) AS n FROM events e{where} GROUP BY {value} COLLATE nocase"
        sql += f" HAVING min({value}) IS NOT NULL ORDER BY n DESC, value LIMIT ?"
        return [(r["value"], r["n"]) for r in self._rows(sql, [*params, limit])]

    def _before(self, deadline: float, query: Callable[[], T]) -> T | None:
        """``query()``, or None when PostgreSQL is still working on it at ``deadline``."""
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0:
            return None
        if self._depth:  # a cancelled statement would abort the caller's transaction: no deadline there
            return query()
        self.conn.execute(f"SET statement_timeout = {remaining_ms}")
        try:
            return query()
        except pg_errors.QueryCanceled:
            return None
        finally:
            self.conn.execute("SET statement_timeout = 0")

    def _ledger_version(self) -> tuple[int, int]:
        """Changes whenever anything is written (the write-ahead log's insert position moves on)."""
        lsn = self.conn.execute("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn").fetchone()[0]
        return int(lsn), 0

    def refresh_statistics(self) -> bool:
        """ANALYZE the events once they have grown or shrunk by a tenth since PostgreSQL last counted
        them (autovacuum does it too, but only after a delay)."""
        events = self.count_events()
        if events < STATISTICS_MIN_EVENTS:
            return False
        known = self.conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass").fetchone()[0]
        if known > 0 and abs(events - known) <= known / 10:
            return False
        self.conn.execute("ANALYZE events")
        self.conn.execute("ANALYZE event_actors")
        return True
