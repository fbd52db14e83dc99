"""The SQLite ledger, and the SQL the PostgreSQL ledger shares with it (store/postgres.py).

One writer per database; each document's write is one transaction (``with store.transaction():``), or
a savepoint when the caller groups several documents in one transaction (the pipeline does, to commit
less often), so a crash mid-ingest leaves every committed document intact and a failed document takes
back only its own writes. WAL mode lets readers (the web UI) run beside the writer. Every statement is
parameterised: article text never becomes SQL.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from eventledger.errors import StoreError
from eventledger.models import Actor, Affiliation, Article, Claim, Event, EventMention, Mention, Quote
from eventledger.records import (
    claim_record,
    event_record,
    mention_from_record,
    mention_record,
    quote_record,
)
from eventledger.settings import get_setting
from eventledger.store.schema import CELL_DEGREES, MIGRATIONS, SCHEMA_VERSION, migration_statements


@dataclass
class EventFilters:
    """What selects events. ``country`` and ``actor`` take one name or several (any of them matches:
    an alias resolved through the knowledge base gives several spellings); ``include_undated`` lets
    events without a date through a since/until range."""

    q: str | None = None
    country: str | Sequence[str] | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | Sequence[str] | None = None  # several: any of them (a count of types)
    actor: str | Sequence[str] | None = None
    since: str | None = None
    until: str | None = None
    include_background: bool = True
    min_fatalities: int | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    include_undated: bool = False
    location: str | None = None  # the event's place (a town, a district: the `location` column)

    def is_empty(self) -> bool:
        return self == EventFilters(include_background=self.include_background,
                                    include_undated=self.include_undated)


# The orders an event listing can take: a field of the `events` record -> its indexed SQL column. Only
# these names ever reach an ORDER BY (a sort key is looked up here, never interpolated).
SORT_COLUMNS: dict[str, str] = {
    "event_id": "e.event_id",
    "event_date": "e.event_date",
    "event_type": "e.event_type COLLATE NOCASE",
    "sub_event_type": "e.sub_event_type COLLATE NOCASE",
    "actor1": "e.actor1 COLLATE NOCASE",
    "actor2": "e.actor2 COLLATE NOCASE",
    "country": "e.country COLLATE NOCASE",
    "admin1": "e.admin1 COLLATE NOCASE",
    "location": "e.location COLLATE NOCASE",
    "fatalities": "e.fatalities",
    "confidence": "e.confidence",
    "corroboration": "e.corroboration",
}

# Orders by a column whose text is among the words of the events' full-text index (or goes with them: a
# sub-event type says its type): the matches of a word of its values lie together along such an order, so
# a page walking it and looking each event up in the word's matches (TEXT_PROBE) may pass most of the
# ledger first ("Protesters" sorted by actor1 at a million events: 13.8 s, where the set of its matches
# takes 0.1-0.5 s). Each such order -> the kept values (event_facets) of its column, None: the types,
# whose few words are taken to be any query's. (Country and admin1 were None too while no index gave
# their orders whole: a walk then looked up every event of the first values, "Protesters" by -country
# 3.2 s; migration 10 gives them.) The places are None again: a place's reports share their words whether
# or not the words name it (drone strikes lie in a few provinces of a few countries), so a common word's
# matches may lie far down a place order: "drone" (8% of a million events copied from real news) by
# -admin1 looked up events for 0.9 s of CPU, by country 0.13 s; from its kept matches 58 and 21 ms.
WORDED_SORTS: dict[str, str | None] = {"event_type": None, "sub_event_type": None, "actor1": "actor",
                                       "actor2": "actor", "country": None, "admin1": None, "location": None}

# The fields whose whole-ledger values are kept counted (event_facets, scope ''): what autocomplete reads
KEPT_VALUE_FIELDS = ("country", "actor", "admin1", "location")

# The fields facet counts are given for -> the SQL of their value (the actor one reads event_actors a)
FACETS: dict[str, str] = {"country": "e.country", "event_type": "e.event_type", "actor": "a.actor"}


def _names(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(dict.fromkeys(value))


def order_by(sort: str | None) -> str:
    """The ORDER BY of ``sort`` ("fatalities" ascending, "-fatalities" descending; None: newest first).
    Unknown values (null) come last either way; ties go by event id."""
    if not sort:
        return "e.event_date DESC, e.event_id"
    descending = sort.startswith("-")
    column = SORT_COLUMNS.get(sort.lstrip("-"))
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}; sort by one of: {', '.join(SORT_COLUMNS)}")
    if descending:
        return f"{column} DESC, e.event_id DESC"
    return f"{column} ASC NULLS LAST, e.event_id"


# Decoded mentions kept per store: fusion reads a big event's mentions again for every article that
# reports it, and decoding them is most of the cost of a write.
MENTION_CACHE_SIZE = 50_000


WAL_CHECKPOINT_PAGES = 10_000
# the page cache of a bulk load (KiB; SQLite's default is 2,000): each event goes into some twenty indexes
# and the text index at scattered places, and a small cache wrote the same pages out and read them back
# again and again (see load_events); the cache grows only as far as the load needs
LOAD_CACHE_KIB = 256 * 1024
FACET_CACHE_SIZE = 256  # facet counts of this many recent listings are kept per connection
STATISTICS_MIN_EVENTS = 1000  # below this, any plan is fast
FACET_TIME_LIMIT_MS = 60  # facets not counted by then are left out of a listing (datasette's rule)
COUNT_TIME_LIMIT_MS = 40  # a listing's total not counted by then is given as a lower bound
ACTOR_DRIVEN_FACTOR = 20  # a page of an actor with few events reads them, not an order's index (_few_actor_events)
ACTOR_SORTED_DRIVEN_MAX = 5000  # the same, sorted by an actor column (_actor_match)
TEXT_DRIVEN_MAX = 2000  # a page of a text query with up to this many matches reads them, not an order's index
TEXT_FEW_MARGIN = 4  # a sample estimating this many times TEXT_DRIVEN_MAX matches settles that they are not few
TEXT_SAMPLE_ROWS = 20_000  # a text query's matches are estimated among at most this many newest and oldest events
# ... and among enough of them to expect this many matches of a query at TEXT_DRIVEN_MAX, the finest
# line a plan draws (_sample_rows), and at least TEXT_SAMPLE_MIN_ROWS
TEXT_SAMPLE_HITS = 100
TEXT_SAMPLE_MIN_ROWS = 2_000
TEXT_COUNT_ENTRIES_MAX = 400_000  # a listing's exact count of several words reads at most this many entries
TEXT_PROBE_FACTOR = 2000  # a page of a very common word looks up each event it walks (_common_text_matches)
TEXT_KEPT_MAX = 100_000  # a text query estimated at most this many matches keeps their list (_keep_text_matches)
TEXT_KEPT_CACHE = 4  # the lists of this many recent text queries are kept per connection (under 1 MB each)
# a look-up of one event in a text query's lists (TEXT_PROBE, ~10-15 us) costs about this many matches put
# in their set (~0.2 us each): a place's events are looked up one by one when they are this many times fewer
TEXT_PLACE_PROBE_RATIO = 50
# an event's look-up in a full-text query's matches (its rowid with the MATCH: a seek in each word's list)
TEXT_PROBE = "EXISTS (SELECT 1 FROM events_text t WHERE t.rowid = e.rowid AND t.events_text MATCH ?)"
# the events among a text query's kept matches (a JSON array of rowids: _keep_text_matches), read from the
# list (few of them) or tested as the order's index is walked (the unary + keeps the planner on it)
TEXT_KEPT_DRIVEN = "e.rowid IN (SELECT value FROM json_each(?))"
TEXT_KEPT_TESTED = "+e.rowid IN (SELECT value FROM json_each(?))"
T = TypeVar("T")

# The order of exports: by date (undated events last), then id; and how many rows a streamed read of
# the whole ledger fetches at a time
EXPORT_ORDER = "e.event_date IS NULL, e.event_date, e.event_id"
STREAM_BATCH = 2000

# Event counts remembered per connection (by filter), each valid until the ledger changes.
COUNT_CACHE_SIZE = 256


def map_cell(latitude: float, longitude: float) -> tuple[int, int]:
    """A point's cell (row, column) of the counted grid, as migration 6 computes it (truncated, as
    SQLite's CAST is: the same for every coordinate in range, since both sums are then non-negative)."""
    return int((latitude + 90) / CELL_DEGREES), int((longitude + 180) / CELL_DEGREES)


# The kept counts from scratch (migration 6's statements, in SQL both backends read).
_ACTOR_SPELLINGS = ("SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a"
                    " GROUP BY a.event_id, a.actor COLLATE NOCASE")
RECOUNT_KEPT_TABLES = [
    "DELETE FROM event_cells",
    "INSERT INTO event_cells (cell_y, cell_x, events, latitude_sum, longitude_sum, fatalities, first_date, last_date)"
    " SELECT cell_y, cell_x, count(*), sum(latitude), sum(longitude), coalesce(sum(fatalities), 0),"
    " min(event_date), max(event_date) FROM event_points GROUP BY cell_y, cell_x",
    "DELETE FROM event_facets",
    "INSERT INTO event_facets (scope, field, value, events) SELECT '', 'country', country, count(*) FROM events"
    " WHERE country IS NOT NULL GROUP BY country",
    "INSERT INTO event_facets (scope, field, value, events) SELECT country, 'country', country, count(*) FROM events"
    " WHERE country IS NOT NULL GROUP BY country",
    "INSERT INTO event_facets (scope, field, value, events) SELECT '', 'event_type', event_type, count(*) FROM events"
    " GROUP BY event_type",
    "INSERT INTO event_facets (scope, field, value, events) SELECT country, 'event_type', event_type, count(*)"
    " FROM events WHERE country IS NOT NULL GROUP BY country, event_type",
    "INSERT INTO event_facets (scope, field, value, events) SELECT '', 'location', location, count(*) FROM events"
    " WHERE location IS NOT NULL GROUP BY location",
    "INSERT INTO event_facets (scope, field, value, events) SELECT '', 'admin1', admin1, count(*) FROM events"
    " WHERE admin1 IS NOT NULL GROUP BY admin1",
    f"INSERT INTO event_facets (scope, field, value, events) SELECT '', 'actor', s.spelling, count(*)"
    f" FROM ({_ACTOR_SPELLINGS}) s GROUP BY s.spelling",
    f"INSERT INTO event_facets (scope, field, value, events) SELECT e.country, 'actor', s.spelling, count(*)"
    f" FROM ({_ACTOR_SPELLINGS}) s JOIN events e ON e.event_id = s.event_id WHERE e.country IS NOT NULL"
    f" GROUP BY e.country, s.spelling",
    "DELETE FROM actor_facets",
    f"INSERT INTO actor_facets (actor, field, value, events) SELECT s.spelling, 'event_type', e.event_type, count(*)"
    f" FROM ({_ACTOR_SPELLINGS}) s JOIN events e ON e.event_id = s.event_id GROUP BY s.spelling, e.event_type",
    f"INSERT INTO actor_facets (actor, field, value, events) SELECT s.spelling, 'country', e.country, count(*)"
    f" FROM ({_ACTOR_SPELLINGS}) s JOIN events e ON e.event_id = s.event_id WHERE e.country IS NOT NULL"
    f" GROUP BY s.spelling, e.country",
]


def facet_spellings(actors: Iterable[str | None]) -> list[str]:
    """An event's actors as the actor facet counts them: once per name whatever its case (NOCASE: ASCII
    letters), under the smallest of its spellings (as migration 6 counts them)."""
    spellings: dict[str, str] = {}
    for actor in actors:
        if actor:
            key = actor.translate(_ASCII_LOWER)
            spellings[key] = min(spellings.get(key, actor), actor)
    return sorted(spellings.values())


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _json(value: Any) -> str:
    # strict: a NaN written here would make every later export of the row fail
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


_UNSEARCHABLE = re.compile("[\x00\ud800-\udfff]")


def _fts_query(text: str) -> str:
    """A user's words as an FTS5 query of quoted terms (so that no FTS syntax can be injected)."""
    # FTS5 ends a string at a NUL ("unterminated string"); UTF-8 cannot carry a lone surrogate
    text = _UNSEARCHABLE.sub(" ", text)
    # each word once: every word must match, so a repeat adds nothing, and FTS5's time grows with the
    # square of a repeated word's count (2,000 times "killed": 6 s)
    terms = [t.replace('"', '""') for t in dict.fromkeys(text.split()) if t.strip()]
    return " ".join(f'"{t}"' for t in terms)


def _place_terms(place_names: dict[str, list[str]]) -> str:
    """The place filters as words a text query's matches must hold too (" AND ..." to append to an FTS
    query; '' when there are none). An event's indexed words hold its place, province and country
    (event_rows), so every event a place filter selects holds its name's words in a row, whatever the
    case (FTS5 folds case as NOCASE does, and more): the narrowed query matches a subset of the words'
    matches that still holds every event of the place, and the place filter, kept, takes the rest away.
    "market" in Kabul at 300,000 events: 4,247 matches instead of 134,736, the set a page and its total
    test each of Kabul's 9,453 events against. A name without a word (punctuation alone) adds nothing."""
    parts = []
    for names in place_names.values():
        if not names or not all(any(c.isalnum() for c in name) for name in names):
            continue
        phrases = ['"' + _UNSEARCHABLE.sub(" ", name).replace('"', '""') + '"' for name in names]
        parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
    return "".join(" AND " + part for part in parts)


def _prefix_pattern(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') for values starting with ``text``."""
    return _like_pattern(text)[1:]


_FTS_TERM = re.compile(r'"(?:[^"]|"")*"')  # one quoted term of an FTS query as _fts_query writes it


def _like_pattern(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') for values containing ``text``: its own % and _ match themselves."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# The events table's columns as a write gives them (event_rows' values, in this order)
EVENT_COLUMNS = ("event_id, event_date, event_type, sub_event_type, country, admin1, fatalities, background,"
                 " updated, data, actor1, actor2, location, confidence, corroboration")
EVENT_MARKS = ", ".join("?" * len(EVENT_COLUMNS.split(",")))


def _sample_rows(ledger: int) -> int:
    """How many of the newest and of the oldest events a text query's sample reads: enough to expect
    TEXT_SAMPLE_HITS matches of a query with TEXT_DRIVEN_MAX matches in the whole ledger (5% of it at
    each end), at most TEXT_SAMPLE_ROWS. A fixed 20,000 at each end was 40% of a 100,000-event ledger,
    which a query's page then read again in full: a cold five-word query spent 4.7 of its 12.5 ms there."""
    return min(TEXT_SAMPLE_ROWS, max(TEXT_SAMPLE_MIN_ROWS, ledger * TEXT_SAMPLE_HITS // TEXT_DRIVEN_MAX))


class TextSample(NamedTuple):
    """The matches of a full-text query among the newest and the oldest ``rows`` events of a ledger."""

    ledger: int  # the ledger's size (its largest rowid)
    newest: int
    oldest: int
    rows: int

    @property
    def hits(self) -> int:
        """Matches found: a lower bound of the query's count."""
        return self.newest + self.oldest if self.rows < self.ledger else self.newest

    @property
    def share(self) -> float:
        return (self.newest + self.oldest) / (2 * self.rows) if self.rows else 0.0  # rows 0: no events yet

    @property
    def sparser_share(self) -> float:
        return min(self.newest, self.oldest) / self.rows if self.rows else 0.0


class EventRows(NamedTuple):
    """What storing one event writes: its events row (EVENT_COLUMNS), its actors (event_id, actor, role),
    the words the full-text index gets, and its point (latitude, longitude) when it has one."""

    values: tuple[Any, ...]
    actors: list[tuple[str, str, str]]
    body: str
    point: tuple[float, float] | None


def event_rows(event: Event, data: str, updated: str) -> EventRows:
    """The rows of ``event`` (``data``: its stored record), for one insert or for a bulk load alike."""
    place = event.place
    values = (
        event.event_id,
        event.event_date.isoformat() if event.event_date else None,
        event.event_type,
        event.sub_event_type,
        place.country if place else None,
        place.admin1 if place else None,
        event.fatalities,
        int(event.background),
        updated,
        data,
        event.actor1,
        event.actor2,
        place.name if place else None,
        round(event.confidence, 3),
        event.corroboration,
    )
    roles = [("actor1", event.actor1), ("actor2", event.actor2), ("claimed_by", event.claimed_by)]
    roles += [("assoc_actor_1", a) for a in event.assoc_actor_1]
    roles += [("assoc_actor_2", a) for a in event.assoc_actor_2]
    # the place's words stay in: a text query in a place is narrowed to them (_place_terms)
    body = " ".join(filter(None, [
        event.sub_event_type, event.actor1, event.actor2, event.claimed_by,
        place.name if place else None, place.admin1 if place else None, place.country if place else None,
        event.notes, *(s.evidence for s in event.sources),
    ]))
    point = None
    if place and place.latitude is not None and place.longitude is not None:
        point = (place.latitude, place.longitude)
    return EventRows(values, [(event.event_id, actor, role) for role, actor in roles if actor], body, point)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class SQLiteStore:
    def __init__(self, path: str | Path, *, reader: bool = False) -> None:
        """``reader``: opened only to read (export, report, eval), which a full disk must not stop."""
        self.path = str(path)
        try:
            self._open(private_index=False)
        except StoreError as error:
            if not (reader and error.code == "E119"):
                raise
            # WAL mode keeps its index in a shared-memory file beside the ledger, which a full disk
            # cannot give: a reader then keeps the index in its own memory, and holds the ledger alone
            # while it reads (no writer could write to a full disk anyway)
            self._open(private_index=True)
        self._start_caches()

    def _open(self, *, private_index: bool) -> None:
        try:
            self.conn = sqlite3.connect(self.path, timeout=float(get_setting("busy_timeout")),  # type: ignore[arg-type]
                                         isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError("E101", db=self.path, detail=error) from error
        self.conn.row_factory = sqlite3.Row
        try:
            if private_index:  # before the first read: SQLite then never asks for the shared memory
                self.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # WAL mode syncs to disk only when it copies the log back into the database: doing so every
            # 40 MB of log rather than every 4 MB (SQLite's default) spares an ingest most of its waits
            # on the disk, and does not change what a crash can lose
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            self._migrate()
        except sqlite3.OperationalError as error:
            self.conn.close()
            raise self.ledger_failure(error) or StoreError("E103", db=self.path, detail=error) from error
        except sqlite3.DatabaseError as error:
            self.conn.close()
            raise StoreError("E103", db=self.path, detail=error) from error
        except BaseException:
            self.conn.close()
            raise

    def _start_caches(self) -> None:
        self._depth = 0
        self._mentions: OrderedDict[str, EventMention] = OrderedDict()
        self._actors_written: dict[str, tuple[Any, ...]] = {}  # actor_id -> the row this store last wrote
        self._written_at_version = -1  # the ledger's data_version when _actors_written was last valid
        self._facets: OrderedDict[tuple[Any, ...], list[tuple[str, int]] | None] = OrderedDict()
        self._counts: OrderedDict[tuple[str, tuple[Any, ...]], tuple[tuple[int, int], int]] = OrderedDict()
        self._samples: OrderedDict[tuple[str, tuple[Any, ...]], tuple[tuple[int, int], TextSample | None]] = \
            OrderedDict()
        self._kept_matches: OrderedDict[str, tuple[tuple[int, int], int, str]] = OrderedDict()

    # ------------------------------------------------------------ plumbing

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError("E104", db=self.path, found=version, supported=SCHEMA_VERSION)
        if version == 0:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise StoreError("E103", db=self.path, detail="it has tables but no eventledger schema version")
        for number in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            # another process opening the ledger at the same moment (a second server worker, a second
            # ingest) may have taken this step while this one waited for the lock
            if self.conn.execute("PRAGMA user_version").fetchone()[0] > number:
                self.conn.execute("COMMIT")
                continue
            try:
                for statement in migration_statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        if version < SCHEMA_VERSION:
            self._analyse_new_indexes()

    def _analyse_new_indexes(self) -> None:
        """Statistics for indexes a migration added to a ledger that has statistics: without them the
        planner guesses, and took a new country index over the country's covering index for a sort it
        does not give (a sort of the country's records instead of its index entries). A ledger without
        statistics gets them all at once from refresh_statistics when it grows."""
        try:
            if self.conn.execute("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone():
                self.conn.execute("ANALYZE events")
        except sqlite3.OperationalError:  # no statistics table: nothing to bring up to date
            pass

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # a deferred transaction: its first read fixes the state every later read of it sees (WAL mode)
    READ_SNAPSHOT = "BEGIN"

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction. A nested use is a savepoint inside the outer one: if it fails, what
        it wrote is taken back and the outer transaction goes on (the pipeline stores a group of
        articles in one transaction, each article in a savepoint)."""
        if self._depth:
            yield from self._savepoint()
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            self._commit()
        finally:
            self._depth = 0

    @contextmanager
    def _read_snapshot(self) -> Iterator[None]:
        """Reads that see one state of the ledger, whatever writers commit meanwhile (outside a write
        transaction each statement sees the latest commit)."""
        if self.conn.in_transaction:  # this connection's own transaction is one state already
            yield
            return
        self.conn.execute(self.READ_SNAPSHOT)
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def _begin(self) -> None:
        """Open the write transaction, taking the ledger's write lock (E102 when another writer holds it)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise StoreError("E102", db=self.path) from error
        # another process (a second ingest, another server worker) may have rewritten the actors since
        # this connection last wrote them: data_version moves with every commit but this connection's
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._written_at_version:
            self._actors_written.clear()
            self._written_at_version = version

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise self.ledger_failure(error) or StoreError("E103", db=self.path, detail=error) from error

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._forget_written()

    def _savepoint(self) -> Iterator[None]:
        name = f"level{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            self._forget_written()
            raise
        else:
            self.conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def ledger_failure(self, error: BaseException) -> StoreError | None:
        """The ledger-wide failure behind a write's exception (read-only, full disk, locked), or None
        when it is this one write's problem."""
        if not isinstance(error, sqlite3.OperationalError | sqlite3.DatabaseError):
            return None
        text = str(error).lower()
        if "readonly" in text or "read-only" in text:
            return StoreError("E117", db=self.path, detail=str(error))
        if "full" in text or "disk i/o" in text:
            return StoreError("E119", detail=str(error))
        if "locked" in text or "busy" in text:
            return StoreError("E102", db=self.path)
        return None

    def _forget_written(self) -> None:
        """After a rollback: the caches may hold rows that were taken back."""
        self._mentions.clear()
        self._actors_written.clear()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    # ------------------------------------------------------------ documents

    def clean_text_of(self, document_id: str) -> str | None:
        row = self.conn.execute("SELECT clean_text FROM documents WHERE document_id = ?", (document_id,)).fetchone()
        return row["clean_text"] if row else None

    def has_document(self, document_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE document_id = ?", (document_id,)).fetchone()
        return row is not None

    def add_document(self, article: Article, *, minhash: bytes | None = None, bands: Iterable[str] = ()) -> None:
        cur = self.conn.execute(
            "INSERT INTO documents (document_id, title, source, url, published, language, clean_text,"
            " paragraphs, removed, extra, origin, duplicate_of, minhash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.document_id,
                article.title,
                article.source,
                article.url,
                article.published,
                article.language,
                article.clean_text,
                _json([{"start": p.start, "end": p.end, "kind": p.kind} for p in article.paragraphs]),
                _json([{"text": r.text, "reason": r.reason} for r in article.removed]),
                _json(article.extra),
                article.origin,
                article.duplicate_of,
                minhash,
            ),
        )
        self._index_document(cur.lastrowid, article)
        self.conn.executemany(
            "INSERT OR IGNORE INTO document_bands (band, document_id) VALUES (?, ?)",
            [(band, article.document_id) for band in bands],
        )
        self.add_spans(article.document_id, article.mentions)

    def _index_document(self, rowid: int | None, article: Article) -> None:
        """Add a new document to the documents' full-text index."""
        self.conn.execute(
            "INSERT INTO documents_fts (rowid, title, clean_text) VALUES (?, ?, ?)",
            (rowid, article.title or "", article.clean_text),
        )

    def add_spans(self, document_id: str, mentions: Iterable[Mention]) -> None:
        self.conn.executemany(
            "INSERT INTO spans (document_id, start_offset, end_offset, kind, label) VALUES (?, ?, ?, ?, ?)",
            [(document_id, m.start, m.end, m.kind, m.canonical) for m in mentions],
        )

    def documents_sharing_bands(self, bands: Sequence[str], *, exclude: str | None = None) -> list[tuple[str, bytes]]:
        """(document_id, minhash bytes) of stored documents that share at least one LSH band."""
        if not bands:
            return []
        found: dict[str, bytes] = {}
        for chunk_start in range(0, len(bands), 500):
            chunk = list(bands[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._rows(
                f"SELECT DISTINCT d.document_id, d.minhash FROM document_bands b"
                f" JOIN documents d ON d.document_id = b.document_id WHERE b.band IN ({marks})",
                chunk,
            )
            for row in rows:
                if row["document_id"] != exclude and row["minhash"] is not None:
                    found[row["document_id"]] = row["minhash"]
        return sorted(found.items())

    def _document_from_row(self, row: sqlite3.Row) -> dict[str, Any]:
        paragraphs = json.loads(row["paragraphs"])
        text = row["clean_text"]
        return {
            "document_id": row["document_id"],
            "title": row["title"],
            "source": row["source"],
            "url": row["url"],
            "published": row["published"],
            "language": row["language"],
            "clean_text": text,
            "removed": json.loads(row["removed"]),
            "headings": [text[p["start"] : p["end"]] for p in paragraphs if p["kind"] == "heading"],
            "paragraphs": paragraphs,
            "duplicate_of": row["duplicate_of"],
            "extra": json.loads(row["extra"]),
        }

    def iter_documents(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every document, or the given ones, by id."""
        if document_ids is None:
            for row in self.conn.execute("SELECT * FROM documents ORDER BY document_id"):
                yield self._document_from_row(row)
            return
        ids = sorted(set(document_ids))
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT * FROM documents WHERE document_id IN ({marks}) ORDER BY document_id",
                                  chunk):
                yield self._document_from_row(row)

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE document_id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        record = self._document_from_row(row)
        record["spans"] = [
            {"start": r["start_offset"], "end": r["end_offset"], "kind": r["kind"], "label": r["label"]}
            for r in self._rows(
                "SELECT * FROM spans WHERE document_id = ? ORDER BY start_offset, end_offset", (document_id,)
            )
        ]
        return record

    def document_meta(self, document_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = sorted(set(document_ids))
        meta: dict[str, dict[str, Any]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._rows(
                f"SELECT document_id, source, url, published, duplicate_of FROM documents"
                f" WHERE document_id IN ({marks})",
                chunk,
            ):
                meta[row["document_id"]] = dict(row)
        return meta

    def set_duplicate_of(self, document_id: str, original: str | None) -> None:
        self.conn.execute("UPDATE documents SET duplicate_of = ? WHERE document_id = ?", (original, document_id))

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def search_documents(self, q: str, limit: int = 50) -> list[str]:
        query = _fts_query(q)
        if not query:
            return []
        rows = self._rows(
            "SELECT d.document_id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [r["document_id"] for r in rows]

    # ------------------------------------------------------------ event mentions

    def add_mentions(self, mentions: Sequence[EventMention], blocks: dict[str, list[str]]) -> None:
        self.conn.executemany(
            "INSERT INTO mentions (mention_id, document_id, event_id, data) VALUES (?, ?, NULL, ?)",
            [(m.mention_id, m.document_id, _json(mention_record(m))) for m in mentions],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO mention_blocks (block, mention_id) VALUES (?, ?)",
            [(block, mention_id) for mention_id, keys in blocks.items() for block in keys],
        )

    def _cached_mention(self, mention_id: str) -> EventMention | None:
        mention = self._mentions.get(mention_id)
        if mention is not None:
            self._mentions.move_to_end(mention_id)
        return mention

    def _mention_of(self, mention_id: str, data: str) -> EventMention:
        """The stored mention, decoded once: a mention's stored data never changes after it is written
        (fusion only moves it between events), so its id is enough to reuse the decoded object.
        Callers only read the mentions they get."""
        mention = self._cached_mention(mention_id)
        if mention is not None:
            return mention
        mention = mention_from_record(json.loads(data))
        self._mentions[mention_id] = mention
        if len(self._mentions) > MENTION_CACHE_SIZE:
            self._mentions.popitem(last=False)
        return mention

    def candidate_mentions(self, blocks: Sequence[str]) -> list[tuple[str | None, EventMention]]:
        """Stored mentions sharing any block key, with the event each belongs to."""
        if not blocks:
            return []
        marks = ",".join("?" * len(blocks))
        rows = self._rows(
            f"SELECT DISTINCT m.mention_id, m.event_id FROM mention_blocks b"
            f" JOIN mentions m ON m.mention_id = b.mention_id WHERE b.block IN ({marks})"
            f" ORDER BY m.mention_id",
            list(blocks),
        )
        # a busy week's candidates are mostly decoded already: read the data of the others only (the
        # decoded ones are taken first, before decoding the others can push any out of the cache)
        known = {r["mention_id"]: self._cached_mention(r["mention_id"]) for r in rows}
        data = self._mention_data([mention_id for mention_id, m in known.items() if m is None])
        return [
            (r["event_id"], known[r["mention_id"]] or self._mention_of(r["mention_id"], data[r["mention_id"]]))
            for r in rows
        ]

    def block_members(self, blocks: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
        """The stored mentions that belong to an event under each of ``blocks`` (candidate_mentions for
        many lookups at once, not decoded): (mention id, event id, document id), in mention id order."""
        keys = sorted(set(blocks))
        found: dict[str, list[tuple[str, str, str]]] = {}
        for chunk_start in range(0, len(keys), 500):
            chunk = keys[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                f"SELECT b.block, m.mention_id, m.event_id, m.document_id FROM mention_blocks b"
                f" JOIN mentions m ON m.mention_id = b.mention_id"
                f" WHERE b.block IN ({marks}) AND m.event_id IS NOT NULL ORDER BY b.block, m.mention_id",
                chunk,
            ):
                found.setdefault(r[0], []).append((r[1], r[2], r[3]))
        return found

    def mention_ids_of_events(self, event_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(event id, mention id, document id) of the events' mentions, not decoded, by mention id."""
        ids = sorted(set(event_ids))
        found: list[tuple[str, str, str]] = []
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            found += [(r[0], r[1], r[2]) for r in self.conn.execute(
                f"SELECT event_id, mention_id, document_id FROM mentions WHERE event_id IN ({marks})"
                f" ORDER BY mention_id", chunk)]  # fmt: skip
        return found

    def mentions(self, mention_ids: Iterable[str]) -> dict[str, EventMention]:
        """The stored mentions with these ids, decoded (once per connection: see _mention_of)."""
        known = {mention_id: self._cached_mention(mention_id) for mention_id in dict.fromkeys(mention_ids)}
        data = self._mention_data([mention_id for mention_id, m in known.items() if m is None])
        return {mention_id: m or self._mention_of(mention_id, data[mention_id])
                for mention_id, m in known.items() if m is not None or mention_id in data}  # fmt: skip

    def ledger_generation(self) -> tuple[str, int]:
        """This ledger's random name and its change counter (schema version 11): the counter moves on
        with every write to the reports, their events and blocking keys, their articles and the analysts'
        links, from any connection."""
        row = self.conn.execute("SELECT ledger, generation FROM ledger_generation").fetchone()
        return row[0], int(row[1])

    def read_snapshot(self) -> AbstractContextManager[None]:
        """Reads that see one state of the ledger, whatever writers commit meanwhile."""
        return self._read_snapshot()

    def _mention_data(self, mention_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk_start in range(0, len(mention_ids), 500):
            chunk = list(mention_ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT mention_id, data FROM mentions WHERE mention_id IN ({marks})", chunk):
                found[row["mention_id"]] = row["data"]
        return found

    def mentions_of_events(self, event_ids: Iterable[str]) -> list[tuple[str, EventMention]]:
        ids = sorted(set(event_ids))
        result: list[tuple[str, EventMention]] = []
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._rows(
                f"SELECT mention_id, event_id, data FROM mentions WHERE event_id IN ({marks}) ORDER BY mention_id",
                chunk,
            )
            result.extend((r["event_id"], self._mention_of(r["mention_id"], r["data"])) for r in rows)
        return result

    def mentions_of_documents(self, document_ids: Iterable[str]) -> list[tuple[str | None, EventMention]]:
        ids = sorted(set(document_ids))
        marks = ",".join("?" * len(ids))
        rows = self._rows(
            f"SELECT mention_id, event_id, data FROM mentions WHERE document_id IN ({marks}) ORDER BY mention_id", ids
        )
        return [(r["event_id"], self._mention_of(r["mention_id"], r["data"])) for r in rows]

    def event_of_mention(self, mention_id: str) -> str | None:
        row = self.conn.execute("SELECT event_id FROM mentions WHERE mention_id = ?", (mention_id,)).fetchone()
        return row["event_id"] if row else None

    # ------------------------------------------------------------ events

    def replace_events(self, old_event_ids: Iterable[str], new_events: Sequence[tuple[Event, Sequence[str]]]) -> None:
        """Drop the old fused events and write the new ones, each with the mentions it fuses.

        An event whose record has not changed keeps its ``updated`` stamp, so that re-fusing the same
        input leaves every export byte-identical.
        """
        old_ids = sorted(set(old_event_ids))
        previous = self._event_data(old_ids)
        records = [(event, mention_ids, _json(event_record(event))) for event, mention_ids in new_events]
        # An event whose record is the same is left as it is: its record lists every mention it fuses,
        # so its mentions are the same too (most of a big event's rewrites are of this kind).
        unchanged = {event.event_id for event, _, data in records if previous.get(event.event_id, ("",))[0] == data}
        for event_id in old_ids:
            if event_id not in unchanged:
                self._delete_event(event_id)
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for event, mention_ids, data in records:
            if event.event_id in unchanged:
                continue
            self._insert_event(event, data, now)
            self.conn.executemany(
                "UPDATE mentions SET event_id = ? WHERE mention_id = ?",
                [(event.event_id, mention_id) for mention_id in mention_ids],
            )

    def _event_data(self, event_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """event_id -> (stored record, updated stamp)."""
        found: dict[str, tuple[str, str]] = {}
        for chunk_start in range(0, len(event_ids), 500):
            chunk = list(event_ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT event_id, data, updated FROM events WHERE event_id IN ({marks})", chunk):
                found[row["event_id"]] = (row["data"], row["updated"])
        return found

    def _delete_event(self, event_id: str) -> None:
        self._unindex_event(event_id)
        self._delete_point(event_id)
        self._uncount_facets(event_id)
        self.conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
        self.conn.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
        self.conn.execute("UPDATE mentions SET event_id = NULL WHERE event_id = ?", (event_id,))

    def _insert_event(self, event: Event, data: str, updated: str) -> None:
        rows = event_rows(event, data, updated)
        cur = self.conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({EVENT_MARKS})", rows.values)
        self.conn.executemany("INSERT INTO event_actors (event_id, actor, role) VALUES (?, ?, ?)", rows.actors)
        place = event.place
        self._count_facets(place.country if place else None, event.event_type, [actor for _, actor, _ in rows.actors],
                           +1, places=[("location", place.name if place else None),
                                       ("admin1", place.admin1 if place else None)])
        self._index_event(cur.lastrowid, event.event_id, rows.body)
        if rows.point is not None:
            self._insert_point(cur.lastrowid, event, *rows.point)

    def load_events(self, events: Iterable[Event], *, batch: int = 10_000) -> int:
        """Write many new events at once (a ledger built or restored in bulk: no fusion, no mentions),
        in one transaction, ``batch`` events per statement; returns how many were written. Much faster
        than ``replace_events`` one event at a time; the rows are the same."""
        updated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        written = 0
        with self._load_cache(), self.transaction():
            rowid = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
            for chunk in _batches(events, batch):
                rows = [event_rows(event, _json(event_record(event)), updated) for event in chunk]
                rowids = range(rowid + 1, rowid + 1 + len(rows))
                rowid += len(rows)
                self.conn.executemany(f"INSERT INTO events (rowid, {EVENT_COLUMNS}) VALUES (?, {EVENT_MARKS})",
                                      [(r, *row.values) for r, row in zip(rowids, rows, strict=True)])
                self.conn.executemany("INSERT INTO event_actors (event_id, actor, role) VALUES (?, ?, ?)",
                                      [actor for row in rows for actor in row.actors])
                self.conn.executemany("INSERT INTO events_text (rowid, event_id, body) VALUES (?, ?, ?)",
                                      [(r, row.values[0], row.body) for r, row in zip(rowids, rows, strict=True)])
                self.conn.executemany(
                    "INSERT INTO event_points (event_rowid, latitude, longitude, event_date, fatalities, cell_y,"
                    " cell_x) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(r, *row.point, row.values[1], row.values[6], *map_cell(*row.point))
                     for r, row in zip(rowids, rows, strict=True) if row.point])  # fmt: skip
                written += len(rows)
            self.recount_kept_tables()  # the map cells and facets, counted once for the whole load
            # one segment per word list: a load leaves hundreds, and a look-up of an event in a word's
            # matches (TEXT_PROBE) seeks in each (300,000 events: 1.7 s once; a common word's page
            # 2.5-32 ms -> 0.8-3.6 ms, two words 45-100 ms -> 3-16 ms)
            self.conn.execute("INSERT INTO events_text (events_text) VALUES ('optimize')")
        return written

    @contextmanager
    def _load_cache(self) -> Iterator[None]:
        """A page cache of LOAD_CACHE_KIB for a bulk load, the connection's own again after it."""
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {before}")

    # ------------------------------------------------------------ the whole ledger's facet counts

    def _count_facets(self, country: str | None, event_type: str, actors: Iterable[str | None], step: int, *,
                      places: Sequence[tuple[str, str | None]] = ()) -> None:
        """Count an event in (step +1) or out of (-1) the kept facets (event_facets) of the whole ledger
        and of its country, and in those of each of its actors (actor_facets); its ``places`` (location,
        admin1) are counted in the whole ledger's alone (what autocomplete reads)."""
        own = [("country", country), ("event_type", event_type)]
        spellings = facet_spellings(actors)
        values = own + [("actor", spelling) for spelling in spellings]
        scopes = ["", country] if country else [""]
        counted = [(scope, field, value, step) for scope in scopes for field, value in values if value]
        counted += [("", field, value, step) for field, value in places if value]
        self.conn.executemany(
            "INSERT INTO event_facets (scope, field, value, events) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (scope, field, value) DO UPDATE SET events = event_facets.events + excluded.events",
            counted)
        self.conn.executemany(
            "INSERT INTO actor_facets (actor, field, value, events) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (actor, field, value) DO UPDATE SET events = actor_facets.events + excluded.events",
            [(actor, field, value, step) for actor in spellings for field, value in own if value])
        if step < 0:
            self.conn.execute("DELETE FROM event_facets WHERE scope IN ('', ?) AND events <= 0", (country or "",))
            if spellings:
                self.conn.execute(f"DELETE FROM actor_facets WHERE actor IN ({','.join('?' * len(spellings))})"
                                  " AND events <= 0", spellings)

    def recount_kept_tables(self) -> None:
        """Count event_cells and event_facets again from the points and events, as migration 6 first
        counted them: for a write path that bypasses _insert_event (a bulk load), run once after it in
        its transaction. The points must carry their date, toll and cell (see _insert_point)."""
        for statement in RECOUNT_KEPT_TABLES:
            self.conn.execute(statement)

    def _uncount_facets(self, event_id: str) -> None:
        row = self.conn.execute("SELECT country, event_type, location, admin1 FROM events WHERE event_id = ?",
                                (event_id,)).fetchone()
        if row is not None:
            actors = [r["actor"] for r in self._rows("SELECT actor FROM event_actors WHERE event_id = ?", (event_id,))]
            self._count_facets(row["country"], row["event_type"], actors, -1,
                               places=[("location", row["location"]), ("admin1", row["admin1"])])

    def _kept_facets(self, filters: EventFilters, field: str, limit: int) -> list[tuple[str, int]] | None:
        """A facet from the kept counts, when the filters select the whole ledger, countries alone or
        actors alone (else None): values that differ only in case are one."""
        if not filters.include_background:
            return None
        if filters.actor and filters == EventFilters(actor=filters.actor):
            return self._kept_actor_facets(_names(filters.actor), field, limit)
        countries = _names(filters.country)
        if filters != EventFilters(country=filters.country):
            return None
        if countries:
            scope, params = f"scope COLLATE NOCASE IN ({','.join('?' * len(countries))})", countries
        else:
            scope, params = "scope = ''", []
        rows = self._rows(f"SELECT min(value) AS value, sum(events) AS n FROM event_facets WHERE {scope} AND field = ?"
                          " GROUP BY value COLLATE NOCASE ORDER BY n DESC, value LIMIT ?", [*params, field, limit])
        return [(r["value"], r["n"]) for r in rows]

    def _kept_actor_facets(self, actors: list[str], field: str, limit: int) -> list[tuple[str, int]] | None:
        """The event types or countries of the events of any of ``actors``, from actor_facets; None for the
        actor facet (pairs of actors are not kept), or when an event names two of ``actors`` (their kept
        counts would count it twice: their sum is then more than their events)."""
        if field not in ("event_type", "country"):
            return None
        marks = ",".join("?" * len(actors))
        if len(actors) > 1:
            kept = self.conn.execute(f"SELECT coalesce(sum(events), 0) FROM actor_facets WHERE actor COLLATE NOCASE"
                                     f" IN ({marks}) AND field = 'event_type'", actors).fetchone()[0]
            if kept != self._count_actor_events(actors):
                return None
        rows = self._rows(f"SELECT min(value) AS value, sum(events) AS n FROM actor_facets WHERE actor COLLATE NOCASE"
                          f" IN ({marks}) AND field = ? GROUP BY value COLLATE NOCASE ORDER BY n DESC, value LIMIT ?",
                          [*actors, field, limit])
        return [(r["value"], r["n"]) for r in rows]

    def kept_values(self, field: str, prefix: str, limit: int) -> list[tuple[str, int]]:
        """The whole ledger's values of ``field`` (one of KEPT_VALUE_FIELDS) that start with ``prefix``
        (any case), with their events, most first: read from the kept counts through their case-blind
        index (values that differ only in case are one, under the smallest spelling)."""
        return self._kept_values(field, _prefix_pattern(prefix), limit)

    def kept_values_by_word(self, field: str, prefix: str, limit: int, *, deadline: float) -> list[tuple[str, int]]:
        """As ``kept_values``, of the values one of whose later words starts with ``prefix`` ("Khorasan"
        in "Islamic State Khorasan Province", "Nig" in "Civilians (Nigeria)"). These are read through all
        the field's values, so a ledger of many names may not finish by ``deadline`` (time.monotonic()):
        then none are given."""
        if field not in KEPT_VALUE_FIELDS:
            raise ValueError(f"no kept counts of {field!r}; of: {', '.join(KEPT_VALUE_FIELDS)}")
        word = _prefix_pattern(prefix)
        found = self._before(deadline, lambda: self._rows(
            "SELECT min(value) AS value, sum(events) AS n FROM event_facets WHERE scope = '' AND field = ?"
            " AND (value LIKE ? ESCAPE '\\' OR value LIKE ? ESCAPE '\\') GROUP BY value COLLATE NOCASE"
            " ORDER BY n DESC, value COLLATE NOCASE LIMIT ?", (field, "% " + word, "%(" + word, limit)))
        return [(r["value"], r["n"]) for r in found or []]

    def _kept_values(self, field: str, pattern: str, limit: int) -> list[tuple[str, int]]:
        if field not in KEPT_VALUE_FIELDS:
            raise ValueError(f"no kept counts of {field!r}; of: {', '.join(KEPT_VALUE_FIELDS)}")
        rows = self._rows("SELECT min(value) AS value, sum(events) AS n FROM event_facets WHERE scope = ''"
                          " AND field = ? AND value LIKE ? ESCAPE '\\' GROUP BY value COLLATE NOCASE"
                          " ORDER BY n DESC, value COLLATE NOCASE LIMIT ?", (field, pattern, limit))
        return [(r["value"], r["n"]) for r in rows]

    def kept_counts(self, field: str, names: Iterable[str]) -> dict[str, tuple[str, int]]:
        """The whole ledger's events of each of ``names`` as a value of ``field`` (any case), from the kept
        counts: name in lower case -> (the ledger's spelling, events); names the ledger never gives are left out."""
        # as given, one spelling per name: NOCASE folds ASCII letters only, so a name folded here ("côte
        # d'ivoire") would miss the ledger's "Côte d'Ivoire"
        wanted = sorted({n.casefold(): n for n in names if n}.values())
        found: dict[str, tuple[str, int]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for r in self._rows(
                f"SELECT min(value) AS value, sum(events) AS n FROM event_facets WHERE scope = '' AND field = ?"
                f" AND value COLLATE NOCASE IN ({','.join('?' * len(chunk))}) GROUP BY value COLLATE NOCASE",
                [field, *chunk]):
                found[r["value"].casefold()] = (r["value"], r["n"])
        return found

    def _count_actor_events(self, actors: list[str]) -> int:
        """The events naming any of ``actors``: for one actor, the sum of its kept counts by event type
        (each of its events counted once there, 0.1 ms); for several, counted in the actors' index, since
        an event may name two of them (through the events table it was a lookup per event: 14 ms for
        14,000 events at 100,000, now 2.5 ms; 125,000 events at a million take ~100 ms, the kept sum 0.1)."""
        if len(actors) == 1:
            return self.conn.execute("SELECT coalesce(sum(events), 0) FROM actor_facets WHERE actor COLLATE NOCASE"
                                     " = ? AND field = 'event_type'", actors).fetchone()[0]
        return self.conn.execute(f"SELECT count(DISTINCT event_id) FROM event_actors WHERE actor COLLATE NOCASE"
                                 f" IN ({','.join('?' * len(actors))})", actors).fetchone()[0]

    def _actor_match(self, actors: list[str], *, ordered_page: bool, sort: str | None = None) -> str:
        """The WHERE clause of events naming any of ``actors`` (their names are its parameters). A count
        or a facet, or a page of an actor with few events, is driven by the actor's events; a page of a
        busy actor walks the order's index and asks for each event whether it names the actor (it stops
        after a page), where testing each against a list of the actor's events built first took most of
        the time (125,000 events of a million: 190 ms). Sorted by an actor column, an actor's events may
        lie together far along the order rather than spread along it: up to ACTOR_SORTED_DRIVEN_MAX of
        them are read and sorted (1,800 events of 100,000 sorted by actor1: 37 ms walked, 5 ms read)."""
        marks = ",".join("?" * len(actors))
        if (sort or "").lstrip("-") in ("actor1", "actor2"):
            walk = self._actor_event_count(actors) > ACTOR_SORTED_DRIVEN_MAX
        else:
            walk = not self._few_actor_events(actors)
        if ordered_page and walk:
            return (f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id"
                    f" AND a.actor COLLATE NOCASE IN ({marks}))")
        return f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor COLLATE NOCASE IN ({marks}))"

    def _few_actor_events(self, actors: list[str]) -> bool:
        """Whether reading an actor's events and sorting them (a lookup each, ~5 us) costs less than walking
        the order's index until a page of them is found (~2 us an entry, 50 x ledger / actor's events
        entries): up to sqrt(ACTOR_DRIVEN_FACTOR x ledger) events, 1,400 at 100,000 and 4,500 at a million.
        The ledger's size is its largest rowid, which costs nothing to read."""
        count = self._actor_event_count(actors)
        ledger = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        return count * count <= ACTOR_DRIVEN_FACTOR * ledger

    def _actor_event_count(self, actors: list[str]) -> int:
        """``_count_actor_events``, remembered until the ledger changes (a page and its total both ask)."""
        key = ("actor events", tuple(actors))
        version = self._ledger_version()
        cached = self._counts.get(key)
        if cached is None or cached[0] != version:
            cached = (version, self._count_actor_events(actors))
            self._counts[key] = cached
            if len(self._counts) > COUNT_CACHE_SIZE:
                self._counts.popitem(last=False)
        return cached[1]

    def _few_text_matches(self, query: str) -> bool:
        """Whether an FTS query matches at most TEXT_DRIVEN_MAX events: not when the sample finds more
        (a lower bound) or estimates TEXT_FEW_MARGIN times more, or its sparser end alone estimates more
        (the matches are spread over the ledger, not crowded at one end: the estimate holds); else the index
        counts its matches up to one more than that and stops. A count that ends below the bound is the
        exact count, kept for the listing's total. (Five words matching 1.2% of 300,000 events: counting
        to 2,001 read over half their lists, 8 ms of a page's 35 ms CPU, for a page that then read them all.)"""
        sample = self._text_sample(query)
        if sample is not None and (sample.hits > TEXT_DRIVEN_MAX
                                   or sample.share * sample.ledger > TEXT_DRIVEN_MAX * TEXT_FEW_MARGIN
                                   or sample.sparser_share * sample.ledger > TEXT_DRIVEN_MAX):
            return False
        return self._keep_text_matches(query, up_to=TEXT_DRIVEN_MAX + 1) <= TEXT_DRIVEN_MAX

    def _common_text_matches(self, query: str) -> bool:
        """Whether an FTS query matches so many events that walking an order's index and looking each
        event up (TEXT_PROBE, ~10-30 us each, ledger / matches of them per row of a page) costs less than
        building the set of its matches (~0.4 us a match): matches^2 >= TEXT_PROBE_FACTOR x ledger, over
        24,000 matches at 300,000 events and 45,000 at a million. The matches are estimated from the
        sparser end of the ledger's sample (_text_sample), since a walk through a stretch without
        matches looks every event of it up in vain."""
        sample = self._text_sample(query)
        if sample is None:
            return False
        count = sample.sparser_share * sample.ledger
        return count * count >= TEXT_PROBE_FACTOR * sample.ledger

    def _words_lie_together(self, query: str, sort: str | None) -> bool:
        """Whether the matches of an FTS query may lie together along the order ``sort``: it orders by a
        column whose values hold one of the query's words (WORDED_SORTS; found in the column's kept
        values, remembered until the ledger changes). "market" spreads along actor1, "Police" does not."""
        column = (sort or "").lstrip("-")
        if column not in WORDED_SORTS:
            return False
        field = WORDED_SORTS[column]
        if field is None:
            return True
        key = ("words in values", (query, field))
        version = self._ledger_version()
        cached = self._counts.get(key)
        if cached is None or cached[0] != version:
            words = [term[1:-1].replace('""', '"') for term in _FTS_TERM.findall(query)]
            found = any(self.conn.execute(
                "SELECT 1 FROM event_facets WHERE scope = '' AND field = ? AND value LIKE ? ESCAPE '\\' LIMIT 1",
                (field, _like_pattern(word))).fetchone() for word in words)
            self._remember_count(key, int(found))
            cached = self._counts[key]
        return bool(cached[1])

    def _text_match_estimate(self, query: str) -> int | None:
        """How many events an FTS query matches, for choosing a plan: the count when it is known, else
        the share of the sampled events that match times the ledger (None where there is no full-text
        index to ask)."""
        known = self._counts.get(("text matches", (query,)))
        if known is not None and known[0] == self._ledger_version():
            return known[1]
        sample = self._text_sample(query)
        return None if sample is None else round(sample.share * sample.ledger)

    def _text_sample(self, query: str) -> TextSample | None:
        """The matches of an FTS query among the newest and among the oldest events (by rowid; _sample_rows
        of each), remembered until the ledger changes. Each word's list is sought to its stretch and read
        there, ~1 ms at a million events, where evaluating the query over the whole ledger reads each
        word's whole list (five words of half the ledger each: ~100 ms). Rowids follow the order events
        are written in, so the two ends are the ledger's newest and oldest news."""
        key = ("text sample", (query,))
        version = self._ledger_version()
        cached = self._samples.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        ledger = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        if ledger <= 2 * TEXT_SAMPLE_ROWS:
            count = self._text_match_count(query)
            sample = None if count is None else TextSample(ledger, count, count, ledger)
        else:
            rows = _sample_rows(ledger)
            newest = self._count_text_matches_in(query, ledger - rows, ledger)
            oldest = self._count_text_matches_in(query, 0, rows)
            sample = None if newest is None or oldest is None else TextSample(ledger, newest, oldest, rows)
        self._samples[key] = (version, sample)
        if len(self._samples) > COUNT_CACHE_SIZE:
            self._samples.popitem(last=False)
        return sample

    def _costly_text_count(self, filters: EventFilters) -> bool:
        """Whether counting the filters' matches exactly would read more than TEXT_COUNT_ENTRIES_MAX
        entries of the full-text index (several words whose lists together are estimated that long, and
        whose joint count is not known yet): a listing then gives "at least" without trying, where the
        attempt only spent the count's deadline."""
        query = _fts_query(filters.q) if filters.q else ""
        terms = _FTS_TERM.findall(query)
        if len(terms) <= 1 or self._text_match_estimate(query) is None:
            return False
        known = self._counts.get(("text matches", (query,)))
        if known is not None and known[0] == self._ledger_version():
            return False
        entries = sum(self._text_match_estimate(term) or 0 for term in terms)
        return entries > TEXT_COUNT_ENTRIES_MAX

    def _remember_count(self, key: tuple[str, tuple[Any, ...]], count: int) -> None:
        self._counts[key] = (self._ledger_version(), count)
        if len(self._counts) > COUNT_CACHE_SIZE:
            self._counts.popitem(last=False)

    def _text_match_count(self, query: str) -> int | None:
        """``_count_text_matches``, remembered until the ledger changes: a listing's page and its total
        both ask, and each asking evaluates the query over its words' whole lists."""
        key = ("text matches", (query,))
        version = self._ledger_version()
        cached = self._counts.get(key)
        if cached is None or cached[0] != version:
            count = self._count_text_matches(query)
            if count is None:
                return None
            cached = (version, count)
            self._counts[key] = cached
            if len(self._counts) > COUNT_CACHE_SIZE:
                self._counts.popitem(last=False)
        return cached[1]

    def _count_text_matches(self, query: str) -> int | None:
        """The events whose words match an FTS query, counted in the full-text index alone (None where
        there is no such index to ask)."""
        return self.conn.execute("SELECT count(*) FROM events_text WHERE events_text MATCH ?", (query,)).fetchone()[0]

    def _count_text_matches_in(self, query: str, after: int, up_to: int) -> int | None:
        """As _count_text_matches, of the events whose rowid is over ``after`` and at most ``up_to``."""
        return self.conn.execute("SELECT count(*) FROM events_text WHERE events_text MATCH ? AND rowid > ?"
                                 " AND rowid <= ?", (query, after, up_to)).fetchone()[0]

    # ------------------------------------------------------------ the map's points and counted cells

    def _insert_point(self, rowid: int | None, event: Event, latitude: float, longitude: float) -> None:
        """An event's point on the map, and its count in its cell of the counted grid (event_cells)."""
        day = event.event_date.isoformat() if event.event_date else None
        cell_y, cell_x = map_cell(latitude, longitude)
        self.conn.execute(
            "INSERT INTO event_points (event_rowid, latitude, longitude, event_date, fatalities, cell_y, cell_x)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", (rowid, latitude, longitude, day, event.fatalities, cell_y, cell_x))
        self.conn.execute(
            "INSERT INTO event_cells (cell_y, cell_x, events, latitude_sum, longitude_sum, fatalities, first_date,"
            " last_date) VALUES (?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (cell_y, cell_x) DO UPDATE SET"
            " events = event_cells.events + 1, latitude_sum = event_cells.latitude_sum + excluded.latitude_sum,"
            " longitude_sum = event_cells.longitude_sum + excluded.longitude_sum,"
            " fatalities = event_cells.fatalities + excluded.fatalities,"
            " first_date = CASE WHEN excluded.first_date IS NULL OR event_cells.first_date <= excluded.first_date"
            " THEN event_cells.first_date ELSE excluded.first_date END,"
            " last_date = CASE WHEN excluded.last_date IS NULL OR event_cells.last_date >= excluded.last_date"
            " THEN event_cells.last_date ELSE excluded.last_date END",
            (cell_y, cell_x, latitude, longitude, event.fatalities or 0, day, day))

    def _delete_point(self, event_id: str) -> None:
        """Take an event's point off the map and out of its cell's count (a cell whose first or last
        date it was looks its dates up again, through the points' cell index)."""
        point = self.conn.execute(
            "SELECT event_rowid, latitude, longitude, event_date, fatalities, cell_y, cell_x FROM event_points"
            " WHERE event_rowid = (SELECT rowid FROM events WHERE event_id = ?)", (event_id,)).fetchone()
        if point is None:
            return
        cell = (point["cell_y"], point["cell_x"])
        self.conn.execute("DELETE FROM event_points WHERE event_rowid = ?", (point["event_rowid"],))
        self.conn.execute(
            "UPDATE event_cells SET events = events - 1, latitude_sum = latitude_sum - ?,"
            " longitude_sum = longitude_sum - ?, fatalities = fatalities - ? WHERE cell_y = ? AND cell_x = ?",
            (point["latitude"], point["longitude"], point["fatalities"] or 0, *cell))
        self.conn.execute("DELETE FROM event_cells WHERE cell_y = ? AND cell_x = ? AND events <= 0", cell)
        if point["event_date"] is not None:
            self.conn.execute(
                "UPDATE event_cells SET"
                " first_date = (SELECT min(event_date) FROM event_points WHERE cell_y = ? AND cell_x = ?),"
                " last_date = (SELECT max(event_date) FROM event_points WHERE cell_y = ? AND cell_x = ?)"
                " WHERE cell_y = ? AND cell_x = ? AND (first_date = ? OR last_date = ?)",
                (*cell, *cell, *cell, point["event_date"], point["event_date"]))

    def _index_event(self, rowid: int | None, event_id: str, body: str) -> None:
        """Add an event's words (its types, actors, place, notes and evidence) to the full-text index."""
        self.conn.execute("INSERT INTO events_text (rowid, event_id, body) VALUES (?, ?, ?)", (rowid, event_id, body))

    def _unindex_event(self, event_id: str) -> None:
        self.conn.execute(
            "DELETE FROM events_text WHERE rowid = (SELECT rowid FROM events WHERE event_id = ?)", (event_id,)
        )

    def _text_match(self, q: str) -> tuple[str, str]:
        """The WHERE clause (and its parameter) of events whose words match a user's query."""
        # the unary + keeps the planner on the filter indexes, with the text match as a rowid set
        return "+e.rowid IN (SELECT rowid FROM events_text WHERE events_text MATCH ?)", _fts_query(q)

    def _event_where(
        self, filters: EventFilters, *, ordered_page: bool = False, sort: str | None = None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        place_names = self._place_names(filters)
        if filters.q and _fts_query(filters.q):
            clause, param = self._text_match(filters.q)
            if clause.startswith("+"):  # SQLite's full-text index: a plan by the matches' number
                param += _place_terms(place_names)
                clause, param = self._text_plan(param, ordered_page=ordered_page, sort=sort,
                                                place_events=self._place_events(filters))
            clauses.append(clause)
            params.append(param)
        for column, value in (
            ("country", filters.country),
            ("admin1", filters.admin1),
            ("location", filters.location),
            ("event_type", filters.event_type),
            ("sub_event_type", filters.sub_event_type),
        ):
            names = place_names.get(column) or _names(value)
            if len(names) == 1:
                clauses.append(f"e.{column} = ? COLLATE NOCASE")
            elif names:
                clauses.append(f"e.{column} COLLATE NOCASE IN ({','.join('?' * len(names))})")
            params += names
        actors = _names(filters.actor)
        if actors:
            clauses.append(self._actor_match(actors, ordered_page=ordered_page, sort=sort))
            params += actors
        undated = " OR e.event_date IS NULL" if filters.include_undated else ""
        if filters.since:
            clauses.append(f"(e.event_date >= ?{undated})")
            params.append(filters.since)
        if filters.until:
            clauses.append(f"(e.event_date <= ?{undated})")
            params.append(filters.until)
        for column, minimum in (
            ("fatalities", filters.min_fatalities),
            ("confidence", filters.min_confidence),
            ("corroboration", filters.min_sources),
        ):
            if minimum is not None:
                clauses.append(f"e.{column} >= ?")
                params.append(minimum)
        if not filters.include_background:
            clauses.append("e.background = 0")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _text_plan(self, query: str, *, ordered_page: bool, sort: str | None,
                   place_events: int | None = None) -> tuple[str, str]:
        """The WHERE clause (and its parameter) of an FTS query's matches, by how many there are. A page
        of a rare word reads its few events and sorts them, where walking the order's index would test
        each of the ledger's events against them (the whole index when none comes first). A page of a
        common word walks the order's index and looks each event it reaches up in the word's list, where
        building the set of all its matches first was most of the page (a count stays on the set: looked
        up out of rowid order, 5,300 events took 120-230 ms); not along an order where the words'
        matches lie together (_words_lie_together). Between the two, the page evaluates the query once
        and keeps its matches (_keep_text_matches) for the listing's total, facets, map and next pages;
        a count or a facet reads kept matches when there are some, else the set of the matches.
        With a place (``place_events``: its events), every event of the place is read from the place's
        index whatever the order, so each is looked up in the words' lists only when they are far fewer
        than the words' matches (a page and its count alike), and never otherwise: "market" in Kabul's
        9,453 events of 300,000 looked them all up, 94 ms, where the set of its matches takes 26 ms."""
        kept = self._kept_text_matches(query)
        if place_events is not None and place_events * TEXT_PLACE_PROBE_RATIO <= (
                kept[0] if kept is not None else self._text_match_estimate(query) or 0):
            return TEXT_PROBE, query
        if ordered_page:
            if kept is None and self._few_text_matches(query):
                kept = self._kept_text_matches(query)
            if kept is not None and kept[0] <= TEXT_DRIVEN_MAX:
                return TEXT_KEPT_DRIVEN, kept[1]
            if place_events is None and self._common_text_matches(query) \
                    and not self._words_lie_together(query, sort):
                return TEXT_PROBE, query
            if kept is None and (self._text_match_estimate(query) or 0) <= TEXT_KEPT_MAX:
                self._keep_text_matches(query)
                kept = self._kept_text_matches(query)
        if kept is None:
            return "+e.rowid IN (SELECT rowid FROM events_text WHERE events_text MATCH ?)", query
        return TEXT_KEPT_TESTED, kept[1]

    def _place_names(self, filters: EventFilters) -> dict[str, list[str]]:
        """The names each place filter matches (country, admin1, location; a country's codes and names
        narrowed to those the ledger gives)."""
        found = {column: _names(value) for column, value in (
            ("country", filters.country), ("admin1", filters.admin1), ("location", filters.location)) if value}
        if len(found.get("country", ())) > 1:
            found["country"] = self._countries_in_ledger(found["country"])
        return found

    def _place_events(self, filters: EventFilters) -> int | None:
        """The events of the filters' place (its location, or its province: the fewer), from the kept
        counts; None when no place is asked for."""
        counts = [self.kept_counts(field, [value]).get(value.casefold(), (value, 0))[1]
                  for field, value in (("location", filters.location), ("admin1", filters.admin1)) if value]
        return min(counts) if counts else None

    def _kept_text_matches(self, query: str) -> tuple[int, str] | None:
        """The kept matches of an FTS query (their number and their rowids as a JSON array), while the
        ledger is unchanged."""
        kept = self._kept_matches.get(query)
        if kept is None or kept[0] != self._ledger_version():
            return None
        self._kept_matches.move_to_end(query)
        return kept[1], kept[2]

    def _keep_text_matches(self, query: str, *, up_to: int | None = None) -> int:
        """Evaluate an FTS query once, counting its matches and listing their rowids in the same pass
        (up to ``up_to`` of them), and keep them when that is all of them and at most TEXT_KEPT_MAX
        (a sample may have guessed too few); returns how many were found.
        The exact count is remembered for the listing's total. Five words matching 1.2% of 300,000
        events: 14 ms to count, 15 ms to count and list; a sorted page tested against the list then takes
        1.3 ms, where one tested against the set of the matches evaluated the query again (16 ms), and
        the total, never counted (costly), was a lower bound."""
        source = "events_text WHERE events_text MATCH ?" + (" LIMIT ?" if up_to else "")
        found, matches = self.conn.execute(
            f"SELECT count(*), json_group_array(rowid) FROM (SELECT rowid FROM {source})",
            (query, up_to) if up_to else (query,)).fetchone()
        if up_to is None or found < up_to:
            self._remember_count(("text matches", (query,)), found)
        if (up_to is None or found < up_to) and found <= TEXT_KEPT_MAX:
            self._kept_matches[query] = (self._ledger_version(), found, matches)
            self._kept_matches.move_to_end(query)
            if len(self._kept_matches) > TEXT_KEPT_CACHE:
                self._kept_matches.popitem(last=False)
        return found

    def _countries_in_ledger(self, names: list[str]) -> list[str]:
        """Those of a country's names (a code and its name: country=MMR asks for both) that some event
        gives, from the kept country counts (every event, background too, is counted there). One name
        is an equality, which a page sorted by any column reads from the country's stretch of an index
        in order; two were an IN list, whose matches were all sorted (a third of the ledger of Myanmar
        at 300,000 events: 0.3-0.7 s). No name in the ledger: all are kept (they match nothing)."""
        marks = ",".join("?" * len(names))
        present = {row[0].casefold() for row in self.conn.execute(
            f"SELECT value FROM event_facets WHERE scope = '' AND field = 'country' AND value COLLATE NOCASE"
            f" IN ({marks})", names)}
        return [name for name in names if name.casefold() in present] or names

    def iter_events(
        self, filters: EventFilters | None = None, *, limit: int | None = None, offset: int = 0,
        newest_first: bool = False, sort: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Events as export records; by date then id (or newest first, or by ``sort``: see ``order_by``),
        so exports are stable."""
        for data in self.iter_event_json(filters, limit=limit, offset=offset, newest_first=newest_first, sort=sort):
            yield json.loads(data)

    def iter_event_json(
        self, filters: EventFilters | None = None, *, limit: int | None = None, offset: int = 0,
        newest_first: bool = False, sort: str | None = None,
    ) -> Iterator[str]:
        """The events' records as stored (JSON text), in ``iter_events``' order: the API sends them as
        they are, since decoding and encoding them again was most of the cost of a page of events."""
        where, params = self._event_where(filters or EventFilters(), ordered_page=limit is not None, sort=sort)
        if limit is None and not (sort or newest_first):
            for row in self._in_export_order("e.data", where, params):
                yield row[0]
            return
        order = order_by(sort) if sort or newest_first else EXPORT_ORDER
        if limit is None:
            for row in self._stream(f"SELECT e.data FROM events e{where} ORDER BY {order}", params):
                yield row[0]
            return
        # a page: the rowids are sorted first and the records read after, so that a sort over many
        # matching events moves their keys, not their records
        with self._read_snapshot():  # an ingest's commit between the two reads took a listed event away
            rowids = [r[0] for r in self.conn.execute(
                f"SELECT e.rowid FROM events e{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])]
            marks = ",".join("?" * len(rowids))
            data = dict(self.conn.execute(f"SELECT rowid, data FROM events WHERE rowid IN ({marks})", rowids
                                          ).fetchall()) if rowids else {}
        for rowid in rowids:
            yield data[rowid]

    def event_ids_in_order(
        self, filters: EventFilters | None = None, *, limit: int, newest_first: bool = False, sort: str | None = None
    ) -> list[str]:
        """The ids of the first ``limit`` selected events in ``iter_events``' order, without their records."""
        where, params = self._event_where(filters or EventFilters(), ordered_page=True, sort=sort)
        order = order_by(sort) if sort or newest_first else EXPORT_ORDER
        return [r[0] for r in self.conn.execute(
            f"SELECT e.event_id FROM events e{where} ORDER BY {order} LIMIT ?", [*params, limit])]

    def event_json(self, event_ids: Sequence[str]) -> list[str]:
        """The stored records (JSON text) of these events, in this order; an event no longer stored is left out."""
        data = self._event_data(event_ids)
        return [data[e][0] for e in event_ids if e in data]

    def iter_event_stamps(self, filters: EventFilters | None = None) -> Iterator[tuple[str, str]]:
        """Each selected event's stored record (JSON text) with its last-change stamp, in export order,
        streamed: a full export reads the stamp beside the record instead of asking for it per event."""
        where, params = self._event_where(filters or EventFilters())
        yield from self._in_export_order("e.data, e.updated", where, params)

    def _in_export_order(self, columns: str, where: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        """The selected events' ``columns`` in EXPORT_ORDER, streamed: the dated ones along the date index,
        then the undated ones along the primary key, since one ORDER BY with the undated last would sort
        the whole ledger's records first (1.1 s before the first row at 200,000 events, none after)."""
        joined = f"{where} AND" if where else " WHERE"
        yield from self._stream(f"SELECT {columns} FROM events e{joined} e.event_date IS NOT NULL"
                                " ORDER BY e.event_date, e.event_id", params)
        yield from self._stream(f"SELECT {columns} FROM events e{joined} e.event_date IS NULL ORDER BY e.event_id",
                                params)

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        """The rows of a query that may select the whole ledger, read a batch at a time."""
        cursor = self.conn.execute(sql, params)
        while rows := cursor.fetchmany(STREAM_BATCH):
            yield from rows

    def count_events(self, filters: EventFilters | None = None) -> int:
        """How many events match; remembered until the ledger changes (counting a common word's
        matches reads its whole full-text list, and a reader paging through them asks again and again)."""
        key = ("events", (repr(filters or EventFilters()),))  # not the SQL: its parameters may be a long list
        version = self._ledger_version()
        cached = self._counts.get(key)
        if cached is not None and cached[0] == version:
            self._counts.move_to_end(key)
            return cached[1]
        count = self._count_one_filter(filters or EventFilters())
        if count is None:
            where, params = self._event_where(filters or EventFilters())
            count = self.conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
        self._counts[key] = (version, count)
        if len(self._counts) > COUNT_CACHE_SIZE:
            self._counts.popitem(last=False)
        return count

    def _count_one_filter(self, filters: EventFilters) -> int | None:
        """The count of words alone or actors alone from their own index (None for other filters): through
        the events table, a common word's count tested each of the ledger's events against the word's
        matches (47 ms at 100,000 events; 1.7 ms in the full-text index)."""
        if filters.q and _fts_query(filters.q) and filters == EventFilters(q=filters.q):
            return self._text_match_count(_fts_query(filters.q))
        if filters.actor and filters == EventFilters(actor=filters.actor):
            return self._actor_event_count(_names(filters.actor))
        return None

    def count_events_by(self, filters: EventFilters | None, deadline: float, *, at_least: int) -> tuple[int, bool]:
        """``(count, True)`` when the matching events are counted by ``deadline`` (time.monotonic()), else
        ``(at_least, False)`` once ``at_least`` matches are found: a listing of a million events shows
        "at least" rather than wait on the count (counting a common word's matches reads its whole
        full-text list, 300 ms at a million events). Fewer than ``at_least`` matches: their exact count."""
        filters = filters or EventFilters()
        exact = None if self._costly_text_count(filters) else self._before(deadline, lambda: self.count_events(filters))
        if exact is not None:
            return exact, True
        found = self._count_text_up_to(filters, at_least)
        if found is None:
            # as a page does, since it stops as soon as a page would: a common word's matches are looked up
            # one by one, not gathered first (which alone outran the deadline: 50 ms at 300,000 events)
            where, params = self._event_where(filters, ordered_page=True)
            found = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) matching",
                                      [*params, at_least]).fetchone()[0]
        return found, found < at_least

    def _count_text_up_to(self, filters: EventFilters, at_least: int) -> int | None:
        """The matches of words alone, counted in the full-text index up to ``at_least`` (None for other
        filters): the index gives its matches one by one in rowid order, so it stops there, where a
        count through the events gathered all of the words' matches first."""
        if not (filters.q and _fts_query(filters.q) and filters == EventFilters(q=filters.q)):
            return None
        return self._count_text_matches_up_to(_fts_query(filters.q), at_least)

    def _count_text_matches_up_to(self, query: str, at_least: int) -> int | None:
        return self.conn.execute("SELECT count(*) FROM (SELECT 1 FROM events_text WHERE events_text MATCH ? LIMIT ?)",
                                 (query, at_least)).fetchone()[0]

    def facet_counts(
        self, filters: EventFilters | None, field: str, limit: int = 20, *, deadline: float | None = None
    ) -> list[tuple[str, int]] | None:
        """The most frequent values of ``field`` (one of FACETS) among the filtered events, with the
        number of events of each (an event counts once per actor whatever its roles); None when the
        counting is not done by ``deadline`` (time.monotonic(); default FACET_TIME_LIMIT_MS from now), as
        datasette does: a listing never waits long on its facets. Kept until the ledger changes: every
        page of one listing asks for the same counts."""
        filters = filters or EventFilters()
        key = (field, limit, repr(filters), self._ledger_version())
        if key not in self._facets:
            deadline = deadline if deadline is not None else time.monotonic() + FACET_TIME_LIMIT_MS / 1000
            kept = self._kept_facets(filters, field, limit)  # no deadline needed: a few rows' sums
            if kept is not None:
                self._facets[key] = kept
            else:
                self._facets[key] = self._before(deadline, lambda: self._facet_counts(filters, field, limit))
            if len(self._facets) > FACET_CACHE_SIZE:
                self._facets.popitem(last=False)
        return self._facets[key]

    def _before(self, deadline: float, query: Callable[[], T]) -> T | None:
        """``query()``, or None when SQLite is still working on it at ``deadline`` (time.monotonic())."""
        if time.monotonic() >= deadline:
            return None
        self.conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            return query()
        except sqlite3.OperationalError as error:
            if "interrupted" not in str(error):
                raise
            return None
        finally:
            self.conn.set_progress_handler(None, 0)

    def _facet_counts(self, filters: EventFilters, field: str, limit: int) -> list[tuple[str, int]]:
        value = FACETS[field]
        where, params = self._event_where(filters)
        if field == "actor" and not where:
            sql = ("SELECT a.actor AS value, count(DISTINCT a.event_id) AS n FROM event_actors a"
                   " GROUP BY a.actor COLLATE NOCASE")
        elif field == "actor":
            sql = (f"SELECT {value} AS value, count(DISTINCT a.event_id) AS n FROM event_actors a"
                   f" WHERE a.event_id IN (SELECT e.event_id FROM events e{where}) GROUP BY {value} COLLATE NOCASE")
        else:
            sql = f"SELECT {value} AS value, count(*) AS n FROM events e{where} GROUP BY {value} COLLATE NOCASE"
        sql += " HAVING value IS NOT NULL ORDER BY n DESC, value LIMIT ?"
        return [(r["value"], r["n"]) for r in self._rows(sql, [*params, limit])]

    def _ledger_version(self) -> tuple[int, int]:
        """Changes when this connection or another one has written to the ledger."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def refresh_statistics(self) -> bool:
        """Let the query planner know the events' shape again (ANALYZE) once the ledger has grown or
        shrunk by a tenth since it last looked: without it SQLite guesses, and a filtered listing sorts a
        whole country's events where an index walk would stop after a page (60 ms instead of 1 ms at
        100,000 events). A statistics failure never fails the caller: they only speed reads up."""
        events = self.count_events()
        if events < STATISTICS_MIN_EVENTS:
            return False
        try:
            # every row of a table's statistics starts with the number of rows it had
            row = self.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone()
        except sqlite3.OperationalError:  # no statistics table yet
            row = None
        known = int(row[0].split()[0]) if row else 0
        if known and abs(events - known) <= known / 10:
            return False
        try:
            self.conn.execute("ANALYZE events")
            self.conn.execute("ANALYZE event_actors")
        except sqlite3.OperationalError:
            return False
        return True

    def event_ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT event_id FROM events")}

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def event_updated(self, event_id: str) -> str | None:
        row = self.conn.execute("SELECT updated FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return row["updated"] if row else None

    def event_ids_of_mentions(self, mention_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(mention_ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._rows(f"SELECT mention_id, event_id FROM mentions WHERE mention_id IN ({marks})", ids)
        return {r["mention_id"]: r["event_id"] for r in rows if r["event_id"]}

    # ------------------------------------------------------------ quotes and claims

    def add_quotes(self, quotes: Iterable[Quote]) -> None:
        self.conn.executemany(
            "INSERT INTO quotes (document_id, speaker, speaker_role, text, direct, cue, start_offset, end_offset)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(q.document_id, q.speaker, q.speaker_role, q.text, int(q.direct), q.cue, q.start, q.end) for q in quotes],
        )

    def add_claims(self, claims: Iterable[Claim]) -> None:
        self.conn.executemany(
            "INSERT INTO claims (document_id, text, start_offset, end_offset, source_chain, hedged, hedge_cue,"
            " certainty, mention_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (c.document_id, c.text, c.start, c.end, _json(c.source_chain), int(c.hedged), c.hedge_cue,
                 c.certainty, _json(c.mention_ids))
                for c in claims
            ],
        )

    @staticmethod
    def _of_documents(table: str, document_ids: Iterable[str] | None) -> tuple[str, list[Any]]:
        """SELECT of a per-document table, for all documents or the given ones, in text order."""
        sql, params = f"SELECT * FROM {table}", []
        if document_ids is not None:
            params = sorted(set(document_ids))
            sql += f" WHERE document_id IN ({','.join('?' * len(params))})"
        return sql + " ORDER BY document_id, start_offset", params

    def iter_quotes(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        sql, params = self._of_documents("quotes", document_ids)
        for row in self.conn.execute(sql, params):
            yield quote_record(
                Quote(row["document_id"], row["speaker"], row["speaker_role"], row["text"], bool(row["direct"]),
                      row["cue"], row["start_offset"], row["end_offset"])
            )

    def iter_claims(self, document_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        sql, params = self._of_documents("claims", document_ids)
        for row in self._rows(sql, params):
            mention_ids = json.loads(row["mention_ids"])
            event_ids = sorted(set(self.event_ids_of_mentions(mention_ids).values()))
            claim = Claim(row["document_id"], row["text"], row["start_offset"], row["end_offset"],
                          json.loads(row["source_chain"]), bool(row["hedged"]), row["hedge_cue"], row["certainty"],
                          mention_ids)
            yield claim_record(claim, event_ids)

    # ------------------------------------------------------------ actors

    def upsert_actor(self, actor: Actor) -> None:
        row = (actor.actor_id, actor.name, _json(sorted(set(actor.aliases))), actor.type, actor.country)
        if self._actors_written.get(actor.actor_id) == row:
            return  # fusion names the same actors again for every article about their events
        self.conn.execute(
            "INSERT INTO actors (actor_id, name, aliases, type, country) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(actor_id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,"
            " type = excluded.type, country = excluded.country",
            row,
        )
        self._actors_written[actor.actor_id] = row

    def add_affiliation(
        self, *, actor_id: str, to_group: str, from_group: str | None, members: str | None,
        date: dt.date | None, document_id: str, mention_id: str,
    ) -> None:
        self.conn.execute(
            "INSERT INTO affiliations (actor_id, to_group, from_group, members, date, document_id, mention_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (actor_id, to_group, from_group, members, date.isoformat() if date else None, document_id, mention_id),
        )

    def _actor_from_row(self, row: sqlite3.Row) -> Actor:
        affiliations: list[Affiliation] = []
        for a in self._rows(
            "SELECT * FROM affiliations WHERE actor_id = ? ORDER BY date IS NULL, date, mention_id", (row["actor_id"],)
        ):
            event_id = self.event_of_mention(a["mention_id"])
            affiliations.append(
                Affiliation(
                    group=a["to_group"],
                    from_date=dt.date.fromisoformat(a["date"]) if a["date"] else None,
                    to_date=None,
                    evidence_document_ids=[a["document_id"]],
                    from_group=a["from_group"],
                    members=a["members"],
                    event_ids=[event_id] if event_id else [],
                )
            )
        return Actor(row["actor_id"], row["name"], json.loads(row["aliases"]), row["type"], row["country"],
                     affiliations)

    def iter_actors(self) -> Iterator[Actor]:
        for row in self._rows("SELECT * FROM actors ORDER BY name, actor_id"):
            yield self._actor_from_row(row)

    def get_actor(self, actor_id: str) -> Actor | None:
        row = self.conn.execute("SELECT * FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
        return self._actor_from_row(row) if row else None

    def find_actors(
        self, q: str | None = None, *, limit: int | None = None, offset: int = 0
    ) -> tuple[int, list[Actor]]:
        """(how many match, a page of them by name): actors whose name or an alias contains ``q``."""
        where, params = "", []
        if q and q.strip():
            pattern = _like_pattern(q.strip())
            where, params = " WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'", [pattern, pattern]
        total = self.conn.execute(f"SELECT count(*) FROM actors{where}", params).fetchone()[0]
        sql = f"SELECT * FROM actors{where} ORDER BY name, actor_id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return total, [self._actor_from_row(row) for row in self._rows(sql, params)]

    def event_counts(self, names: Iterable[str]) -> dict[str, int]:
        """How many events name each actor (in any role; once per event), by name in lower case."""
        wanted = sorted({n.casefold() for n in names})
        counts: dict[str, int] = {}
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._rows(
                f"SELECT actor, count(DISTINCT event_id) AS n FROM event_actors WHERE actor COLLATE NOCASE IN ({marks})"
                " GROUP BY actor COLLATE NOCASE", chunk,
            ):
                counts[row["actor"].casefold()] = row["n"]
        return counts

    def actors_known_as(self, alias: str) -> list[str]:
        """Names of the ledger's actors called ``alias`` (by name or one of their aliases, any case)."""
        wanted = alias.strip().casefold()
        if not wanted:
            return []
        pattern = _like_pattern(wanted)
        rows = self._rows(
            "SELECT name, aliases FROM actors WHERE name = ? COLLATE NOCASE OR aliases LIKE ? ESCAPE '\\'"
            " ORDER BY name",
            (alias.strip(), pattern),
        )
        return [r["name"] for r in rows
                if r["name"].casefold() == wanted or wanted in (a.casefold() for a in json.loads(r["aliases"]))]

    def incoming_affiliations(self, group: str) -> list[dict[str, Any]]:
        """Affiliation changes into ``group`` (recruits and defectors it gained)."""
        rows = self._rows(
            "SELECT a.*, x.name AS actor_name FROM affiliations a LEFT JOIN actors x ON x.actor_id = a.actor_id"
            " WHERE a.to_group = ? COLLATE NOCASE ORDER BY a.date IS NULL, a.date, a.mention_id",
            (group,),
        )
        return [
            {
                "actor_id": r["actor_id"], "actor": r["actor_name"], "from_group": r["from_group"],
                "members": r["members"], "date": r["date"], "document_id": r["document_id"],
                "event_id": self.event_of_mention(r["mention_id"]),
            }
            for r in rows
        ]

    # ------------------------------------------------------------ analyst corrections

    def add_link(self, kind: str, a: str, b: str) -> None:
        a, b = sorted((a, b))
        self.conn.execute("INSERT OR IGNORE INTO links (kind, a, b) VALUES (?, ?, ?)", (kind, a, b))
        opposite = "cannot" if kind == "must" else "must"
        self.conn.execute("DELETE FROM links WHERE kind = ? AND a = ? AND b = ?", (opposite, a, b))

    def links(self, kind: str) -> list[tuple[str, str]]:
        return [(r["a"], r["b"]) for r in self._rows("SELECT a, b FROM links WHERE kind = ? ORDER BY a, b", (kind,))]

    def record_audit(self, action: str, event_ids: Sequence[str], documents: Sequence[str], reason: str | None) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, action, event_ids, documents, reason) VALUES (?, ?, ?, ?, ?)",
            (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), action, _json(list(event_ids)),
             _json(list(documents)), reason),
        )

    def iter_audit(self) -> Iterator[dict[str, Any]]:
        for row in self._rows("SELECT * FROM audit ORDER BY id"):
            yield {
                "at": row["at"], "action": row["action"], "event_ids": json.loads(row["event_ids"]),
                "documents": json.loads(row["documents"]), "reason": row["reason"],
            }

    # ------------------------------------------------------------ fetched feeds and pages

    def fetched(self, url: str) -> dict[str, Any] | None:
        """What the last fetch of ``url`` left: its kind, validators (etag, last_modified) and outcome."""
        row = self.conn.execute("SELECT * FROM fetched WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def fetched_pages(self, urls: Sequence[str]) -> set[str]:
        """Those of ``urls`` that an earlier fetch read (pages, not feeds)."""
        found: set[str] = set()
        for start in range(0, len(urls), 500):  # SQLite's limit on parameters
            chunk = list(urls[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r["url"] for r in self._rows(
                f"SELECT url FROM fetched WHERE kind = 'page' AND url IN ({marks})", chunk))
        return found

    def record_fetched(self, url: str, kind: str, outcome: str, *, etag: str | None = None,
                       last_modified: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO fetched (url, kind, etag, last_modified, fetched_at, outcome) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, etag = excluded.etag,"
            " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, outcome = excluded.outcome",
            (url, kind, etag, last_modified, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), outcome),
        )
