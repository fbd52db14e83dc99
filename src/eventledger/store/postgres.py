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

import dataclasses
import datetime as dt
import functools
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from eventledger.errors import StoreError
from eventledger.models import Article, Event
from eventledger.records import event_record
from eventledger.settings import get_setting
from eventledger.store.schema import POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION
from eventledger.store.sqlite import (
    _UNSEARCHABLE,
    CELL_DEGREES,
    EVENT_COLUMNS,
    FACETS,
    STATISTICS_MIN_EVENTS,
    STREAM_BATCH,
    EventFilters,
    SQLiteStore,
    T,
    _batches,
    _json,
    _names,
    event_rows,
)

try:
    import psycopg
    from psycopg import errors as pg_errors
except ImportError:  # an optional extra: SQLite ledgers do without it
    psycopg = None  # type: ignore[assignment]

EXACT_COUNT_ROWS = 20_000  # a listing's total is counted when the planner expects at most this many
MIN_STATEMENT_TIMEOUT_MS = 50  # a deadline closer than this is given this long (see _before)
# a text query's words are checked on the rows the other filters select, not read from their index, when
# the planner expects this many times more rows of the words than of the other filters (_words_checked)
TEXT_CHECK_RATIO = 4
TEXT_INDEXED = "e.body @@ plainto_tsquery('simple', ?)"
# the same test on an expression the words' index does not cover: PostgreSQL's counterpart of SQLite's unary +
TEXT_CHECKED = "coalesce(e.body, ''::tsvector) @@ plainto_tsquery('simple', ?)"
ESTIMATE_CACHE_SIZE = 256

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
    # PostgreSQL's default (read committed) gives each statement the latest commit, as SQLite outside a
    # transaction: repeatable read keeps the first statement's snapshot for the transaction
    READ_SNAPSHOT = "BEGIN ISOLATION LEVEL REPEATABLE READ"

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.path = redacted(url)
        self._url = url
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
        self._estimates: OrderedDict[str, float] = OrderedDict()  # _row_estimate's

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

    def load_events(self, events: Iterable[Event], *, batch: int = 10_000) -> int:
        """As SQLite's, through COPY: each batch is copied into a staging table, from which one statement
        writes the events with their words (to_tsvector) and another their points; the actors are
        copied straight in."""
        updated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        raw = self.conn.raw  # type: ignore[attr-defined]
        written = 0
        with self.transaction():
            raw.execute("DROP TABLE IF EXISTS loading_events")  # a load earlier in this transaction
            raw.execute(f"CREATE TEMP TABLE loading_events ON COMMIT DROP AS SELECT {EVENT_COLUMNS},"
                        " ''::text AS body_text, 0.0::float8 AS latitude, 0.0::float8 AS longitude"
                        " FROM events WITH NO DATA")
            with raw.cursor() as cursor:
                for chunk in _batches(events, batch):
                    rows = [event_rows(event, _json(event_record(event)), updated) for event in chunk]
                    with cursor.copy(f"COPY loading_events ({EVENT_COLUMNS}, body_text, latitude, longitude)"
                                     " FROM STDIN") as copy:
                        for row in rows:
                            words = _UNSEARCHABLE.sub(" ", row.body)
                            copy.write_row((*row.values, words, *(row.point or (None, None))))
                    cursor.execute(f"INSERT INTO events ({EVENT_COLUMNS}, body) SELECT {EVENT_COLUMNS},"
                                   " to_tsvector('simple', body_text) FROM loading_events")
                    cursor.execute(  # each point with its date, toll and cell of the counted grid (map_cell)
                        "INSERT INTO event_points (event_rowid, latitude, longitude, event_date, fatalities, cell_y,"
                        " cell_x) SELECT e.rowid, l.latitude, l.longitude, l.event_date, l.fatalities,"
                        " CAST(trunc((l.latitude + 90) / %(cell)s) AS integer),"
                        " CAST(trunc((l.longitude + 180) / %(cell)s) AS integer) FROM loading_events l"
                        " JOIN events e ON e.event_id = l.event_id WHERE l.latitude IS NOT NULL",
                        {"cell": CELL_DEGREES},
                    )
                    cursor.execute("TRUNCATE loading_events")
                    with cursor.copy("COPY event_actors (event_id, actor, role) FROM STDIN") as copy:
                        for row in rows:
                            for actor in row.actors:
                                copy.write_row(actor)
                    written += len(rows)
            self.recount_kept_tables()  # the map cells and facets, counted once for the whole load
        return written

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
        return TEXT_INDEXED, _UNSEARCHABLE.sub(" ", q)

    def _event_where(self, filters: EventFilters, *, ordered_page: bool = False,
                     sort: str | None = None) -> tuple[str, list[Any]]:
        where, params = super()._event_where(filters, ordered_page=ordered_page, sort=sort)
        if filters.q and TEXT_INDEXED in where and self._words_checked(filters):
            where = where.replace(TEXT_INDEXED, TEXT_CHECKED, 1)
        return where, params

    def _words_checked(self, filters: EventFilters) -> bool:
        """Whether a text query's words are better checked on the rows its other filters select than read
        from the words' index: the planner expects TEXT_CHECK_RATIO times more rows of the words. The
        index's bitmap of a common word is decoded whole, which the planner prices low: "village raid"
        (19,374 of 100,000 events) took 18-33 ms to decode for the 1,809 events of a country and an event
        type, which are checked one by one in 7-9 ms (about 4 us a row against 1-1.5 us an entry)."""
        others = dataclasses.replace(filters, q=None)
        if others.is_empty():
            return False  # nothing else to select rows with
        words = self._row_estimate(EventFilters(q=filters.q, include_background=True))
        return self._row_estimate(others) * TEXT_CHECK_RATIO <= words

    def _row_estimate(self, filters: EventFilters) -> float:
        """The planner's estimate of the events the filters select, remembered per connection (estimates
        change only when the statistics do; a stale one only chooses another plan, never other rows)."""
        key = repr(filters)
        known = self._estimates.get(key)
        if known is None:
            where, params = super()._event_where(filters)
            plan = self.conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM events e{where}", params).fetchone()[0]
            known = float(plan[0]["Plan"]["Plan Rows"])
            self._estimates[key] = known
            if len(self._estimates) > ESTIMATE_CACHE_SIZE:
                self._estimates.popitem(last=False)
        else:
            self._estimates.move_to_end(key)
        return known

    def _actor_match(self, actors: list[str], *, ordered_page: bool, sort: str | None = None) -> str:
        # PostgreSQL's planner chooses between the actor's events and the order's index itself
        return (f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor COLLATE NOCASE"
                f" IN ({','.join('?' * len(actors))}))")

    def _count_text_matches(self, query: str) -> None:
        return None  # the words are a column of the events: counted through the events' own query

    def _count_text_matches_up_to(self, query: str, at_least: int) -> None:
        return None  # as _count_text_matches

    def _count_text_matches_in(self, query: str, after: int, up_to: int) -> None:
        return None  # as _count_text_matches

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

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        """Through a server-side cursor on a connection of its own (one snapshot, read a batch at a time):
        psycopg would otherwise hold the whole result in memory, a gigabyte for a million events. Inside
        a write transaction, on its connection: what the transaction wrote must be read too."""
        if self._depth:
            yield from super()._stream(sql, params)
            return
        try:
            reader = psycopg.connect(self._url, row_factory=_row_factory)
        except psycopg.Error as error:
            raise StoreError("E101", db=self.path, detail=_one_line(error)) from error
        with reader, reader.cursor(name="eventledger_stream") as cursor:
            cursor.itersize = STREAM_BATCH
            cursor.execute(postgres_sql(sql), params or None)
            yield from cursor

    def _in_export_order(self, columns: str, where: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        """One query: PostgreSQL's ascending order puts NULLs (the undated events) last, as the index does."""
        yield from self._stream(f"SELECT {columns} FROM events e{where} ORDER BY e.event_date, e.event_id", params)

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

    def count_events_by(self, filters: Any, deadline: float, *, at_least: int) -> tuple[int, bool]:
        """As SQLite's, but when the planner expects many matches the exact count is not tried: counting
        reads every matching row (MVCC), 180 ms for 200,000 events, and waiting for its deadline first
        would only add the deadline to the lower bound's time."""
        filters = filters or EventFilters()
        if filters.actor and len(_names(filters.actor)) == 1 and filters == EventFilters(actor=filters.actor):
            # one actor alone: the sum of its kept counts, exact at once (0.1 ms); asking the planner
            # first cost a planning of the actor's semi-join, 12 ms at a million events under load
            return self.count_events(filters), True
        where, params = self._event_where(filters)
        plan = self.conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM events e{where}", params).fetchone()[0]
        if plan[0]["Plan"]["Plan Rows"] <= EXACT_COUNT_ROWS:
            return super().count_events_by(filters, deadline, at_least=at_least)
        found = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) matching",
                                  [*params, at_least]).fetchone()[0]
        return found, found < at_least

    def _before(self, deadline: float, query: Callable[[], T]) -> T | None:
        """``query()``, or None when PostgreSQL is still working on it at ``deadline``."""
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0:
            return None
        if self._depth:  # a cancelled statement would abort the caller's transaction: no deadline there
            return query()
        # the timeout holds for every statement until it is reset, the reset included: a timeout of a
        # millisecond or two cancelled the reset itself on a busy machine, and left the session with it
        self.conn.execute(f"SET statement_timeout = {max(remaining_ms, MIN_STATEMENT_TIMEOUT_MS)}")
        try:
            return query()
        except pg_errors.QueryCanceled:
            return None
        finally:
            self._reset_statement_timeout()

    def _reset_statement_timeout(self) -> None:
        for attempt in range(3):
            try:
                self.conn.execute("SET statement_timeout = 0")
                return
            except pg_errors.QueryCanceled:
                if attempt == 2:
                    raise

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
