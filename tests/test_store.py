"""The SQLite ledger on real files: schema, transactions, idempotence, errors, search, filters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import time

import pytest

from eventledger.errors import StoreError
from eventledger.models import Actor, Article, Event, EventMention, Paragraph, Place, Quote, SourceEntry
from eventledger.store import EventFilters, is_postgres_url, open_store, resolve_db_path
from eventledger.store.schema import SCHEMA_VERSION
from eventledger.store.sqlite import SORT_COLUMNS, SQLiteStore, order_by


def make_article(document_id: str, text: str = "Gunmen attacked a bus in Kano.") -> Article:
    return Article(
        document_id=document_id, origin="test", raw_text=text, clean_text=text, title=f"Title {document_id}",
        source="Test Wire", published="2024-03-02", language="en", paragraphs=[Paragraph(0, len(text))],
    )


def make_event(event_id: str, mention: EventMention, *, country: str = "Nigeria", day: int = 1) -> Event:
    return Event(
        event_id=event_id, event_type=mention.event_type, sub_event_type=mention.sub_event_type,
        event_date=dt.date(2024, 3, day), time_precision=1, actor1="Unidentified Armed Group",
        actor2="Civilians (Nigeria)", place=Place("Kano", country, "NGA", "Kano", None, 12.0, 8.5, 1),
        fatalities=3, notes="Gunmen attacked a bus.",
        sources=[SourceEntry(mention.document_id, "Test Wire", None, "2024-03-02", mention.evidence, 3, 3, None,
                             mention.mention_id)],
    )


def make_mention(document_id: str, index: int = 0) -> EventMention:
    return EventMention(
        mention_id=f"{document_id}#{index}", document_id=document_id, event_type="Violence against civilians",
        sub_event_type="Attack", evidence="Gunmen attacked a bus in Kano.", start=0, end=30,
        date=dt.date(2024, 3, 1), time_precision=1,
    )


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "ledger.db"))
    yield s
    s.close()


def test_new_file_gets_current_schema_and_wal(tmp_path):
    path = tmp_path / "ledger.db"
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_sqlite_url_and_unknown_scheme():
    assert resolve_db_path("sqlite:///tmp/x.db") == "tmp/x.db"
    assert resolve_db_path("sqlite:////tmp/x.db") == "/tmp/x.db"
    with pytest.raises(StoreError) as info:
        resolve_db_path("mysql://host/db")
    assert info.value.code == "E106"


def test_corrupt_file_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "E103"
    assert str(path) in str(info.value)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "E103"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "E104"


def test_failed_transaction_leaves_nothing(store):
    with store.transaction():
        store.add_document(make_article("a"))
    with pytest.raises(RuntimeError), store.transaction():
        store.add_document(make_article("b"))
        raise RuntimeError("crash in the middle of a document")
    assert store.has_document("a")
    assert not store.has_document("b")
    assert store.count_documents() == 1


def test_locked_database_is_error_e102(tmp_path):
    path = str(tmp_path / "ledger.db")
    first = open_store(path)
    first.conn.execute("BEGIN IMMEDIATE")
    second = open_store(path)
    second.conn.execute("PRAGMA busy_timeout = 100")
    with pytest.raises(StoreError) as info, second.transaction():
        pass
    assert info.value.code == "E102"
    first.conn.execute("ROLLBACK")
    first.close()
    second.close()


def test_an_actor_rewritten_by_another_writer_is_written_again(tmp_path):
    # two writers (two ingests, two server workers): the last one to write an actor decides its row,
    # even when it writes the row it wrote before the other one changed it
    path = str(tmp_path / "ledger.db")
    first, second = open_store(path), open_store(path)
    ours = Actor("gunmen-x", "Gunmen", aliases=["gunmen"], type="Rebel group", country="Nigeria")
    theirs = Actor("gunmen-x", "Gunmen", aliases=["gunmen", "armed men"], type="Rebel group", country="Nigeria")
    for store, actor in ((first, ours), (second, theirs), (first, ours)):
        with store.transaction():
            store.upsert_actor(actor)
    assert second.get_actor("gunmen-x").aliases == ["gunmen"]
    first.close()
    second.close()


def test_a_page_of_events_is_one_state_of_the_ledger_while_a_writer_commits(tmp_path):
    """A page reads its events' rowids, then their records: an ingest that took one of those events away
    in between made the second read miss it, and /api/events answered 500 (KeyError) under load."""
    path = str(tmp_path / "ledger.db")
    reader, writer = open_store(path), open_store(path)
    with writer.transaction():
        for number in (1, 2):
            mention = make_mention(f"doc-{number}")
            writer.add_document(make_article(f"doc-{number}"))
            writer.add_mentions([mention], {mention.mention_id: [f"k{number}"]})
            writer.replace_events([], [(make_event(f"ev-{number}", mention, day=number), [mention.mention_id])])
    committed = []

    def between_the_reads(statement: str) -> None:  # a real commit by another connection, at that moment
        if statement.startswith("SELECT rowid, data FROM events WHERE rowid IN") and not committed:
            with writer.transaction():
                writer.replace_events(["ev-2"], [])
            committed.append(statement)

    reader.conn.set_trace_callback(between_the_reads)
    page = [json.loads(data)["event_id"] for data in reader.iter_event_json(limit=10, newest_first=True)]
    reader.conn.set_trace_callback(None)
    assert committed and page == ["ev-2", "ev-1"]  # the ledger as the page's first read found it
    assert [json.loads(data)["event_id"] for data in reader.iter_event_json(limit=10)] == ["ev-1"]
    reader.close()
    writer.close()


def test_event_round_trip_filters_and_search(store):
    article = make_article("doc-1")
    mention = make_mention("doc-1")
    with store.transaction():
        store.add_document(article)
        store.add_mentions([mention], {mention.mention_id: ["k1"]})
        store.replace_events([], [(make_event("ev-1", mention), [mention.mention_id])])
    event = store.get_event("ev-1")
    assert event["location"] == "Kano" and event["country"] == "Nigeria"
    assert event["sources"][0]["document_id"] == "doc-1"
    assert store.event_of_mention("doc-1#0") == "ev-1"
    assert [e["event_id"] for e in store.iter_events(EventFilters(q="bus", country="nigeria"))] == ["ev-1"]
    assert list(store.iter_events(EventFilters(q="tanker"))) == []
    assert [e["event_id"] for e in store.iter_events(EventFilters(actor="civilians (nigeria)"))] == ["ev-1"]
    assert list(store.iter_events(EventFilters(since="2024-03-02"))) == []
    # FTS syntax in a user's query is searched as words, never parsed
    assert list(store.iter_events(EventFilters(q='bus" OR "x'))) == []
    assert store.search_documents("Kano") == ["doc-1"]


def test_replacing_an_unchanged_event_keeps_its_stamp(store):
    mention = make_mention("doc-1")
    with store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_mentions([mention], {mention.mention_id: ["k1"]})
        store.replace_events([], [(make_event("ev-1", mention), [mention.mention_id])])
    stamp = store.event_updated("ev-1")
    with store.transaction():
        store.replace_events(["ev-1"], [(make_event("ev-1", mention), [mention.mention_id])])
    assert store.event_updated("ev-1") == stamp
    assert store.count_events() == 1


def test_candidate_mentions_by_block(store):
    first, second = make_mention("doc-1"), make_mention("doc-2")
    with store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_document(make_article("doc-2", "Another text about a bus."))
        store.add_mentions([first], {first.mention_id: ["VAC|2024-W09|NGA"]})
        store.add_mentions([second], {second.mention_id: ["VAC|2024-W10|NGA"]})
    found = store.candidate_mentions(["VAC|2024-W09|NGA"])
    assert [m.mention_id for _, m in found] == ["doc-1#0"]
    assert found[0][1].date == dt.date(2024, 3, 1)


def test_block_members_are_each_blocks_candidates_that_belong_to_an_event(store):
    first, second, loose = make_mention("doc-1"), make_mention("doc-2"), make_mention("doc-3")
    with store.transaction():
        for doc in ("doc-1", "doc-2", "doc-3"):
            store.add_document(make_article(doc, f"A text of {doc}."))
        store.add_mentions([first], {first.mention_id: ["VAC|2024-W09|NGA", "VAC|2024-W09|town:kano"]})
        store.add_mentions([second], {second.mention_id: ["VAC|2024-W09|NGA"]})
        store.add_mentions([loose], {loose.mention_id: ["VAC|2024-W09|NGA"]})  # in no event (yet)
        store.replace_events([], [(make_event("ev-1", first), [first.mention_id]),
                                  (make_event("ev-2", second), [second.mention_id])])
    found = store.block_members(["VAC|2024-W09|NGA", "VAC|2024-W09|town:kano", "VAC|2024-W10|NGA"])
    assert found == {"VAC|2024-W09|NGA": [("doc-1#0", "ev-1", "doc-1"), ("doc-2#0", "ev-2", "doc-2")],
                     "VAC|2024-W09|town:kano": [("doc-1#0", "ev-1", "doc-1")]}
    # the same reports as one lookup per block finds, less the one in no event
    assert [(m.mention_id, e) for e, m in store.candidate_mentions(["VAC|2024-W09|NGA"]) if e] == \
        [(m, e) for m, e, _ in found["VAC|2024-W09|NGA"]]
    assert store.mention_ids_of_events(["ev-2", "ev-1", "ev-9"]) == [("ev-1", "doc-1#0", "doc-1"),
                                                                     ("ev-2", "doc-2#0", "doc-2")]
    decoded = store.mentions(["doc-2#0", "doc-3#0", "doc-9#0"])
    assert decoded == {"doc-2#0": second, "doc-3#0": loose}  # as written; an unknown id is left out


def test_the_change_counter_moves_with_what_possible_duplicates_are_found_from(store):
    """Reports, their events and blocking keys, changes to their articles and the analysts' links move it,
    from any connection; a new article alone, quotes and fetched pages do not."""
    ledger, start = store.ledger_generation()
    assert len(ledger) == 32 and start == 0
    mention = make_mention("doc-1")

    def moved(write) -> bool:
        before = store.ledger_generation()[1]
        with store.transaction():
            write()
        return store.ledger_generation()[1] > before

    assert not moved(lambda: store.add_document(make_article("doc-1")))  # an article's reports move it
    assert moved(lambda: store.add_mentions([mention], {mention.mention_id: ["VAC|2024-W09|NGA"]}))
    assert moved(lambda: store.replace_events([], [(make_event("ev-1", mention), [mention.mention_id])]))
    assert moved(lambda: store.set_duplicate_of("doc-1", None))
    assert moved(lambda: store.add_link("cannot", "doc-1#0", "doc-2#0"))
    assert not moved(lambda: store.add_quotes([Quote("doc-1", "Jane Doe", None, "We will rebuild", True,
                                                     "said", 5, 20)]))
    assert not moved(lambda: store.record_fetched("https://example.org/feed", "feed", "ok"))
    # another connection's write, as a second server worker or an ingest process makes it
    other = open_store(store.path)
    try:
        before = store.ledger_generation()
        with other.transaction():
            other.add_link("cannot", "doc-1#0", "doc-3#0")
    finally:
        other.close()
    assert store.ledger_generation()[0] == ledger and store.ledger_generation()[1] > before[1]


def test_a_text_query_on_a_ledger_without_events_finds_none(store):
    # its sample of the newest and oldest events had no rows, and the share of matches divided by zero
    with store.transaction():
        store.add_document(make_article("doc-1"))  # documents, but no event yet
    assert list(store.iter_event_json(EventFilters(q="killed"), limit=50, newest_first=True)) == []
    assert store.count_events_by(EventFilters(q="a" * 1000), time.monotonic() + 1, at_least=51) == (0, True)


def test_quotes_are_stored_with_offsets(store):
    with store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_quotes([Quote("doc-1", "Jane Doe", "governor", "We will rebuild", True, "said", 5, 20)])
    [quote] = list(store.iter_quotes())
    assert quote["speaker"] == "Jane Doe" and quote["start"] == 5 and quote["direct"] is True


def test_version_1_ledger_is_migrated_and_keeps_its_search(tmp_path):
    """A ledger written by schema 1 opens with the current schema, its events still found by text."""
    from eventledger.records import event_record
    from eventledger.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    event = make_event("ev-old", make_mention("doc-1"))
    conn.execute(
        "INSERT INTO events (event_id, event_date, event_type, sub_event_type, country, admin1, fatalities,"
        " background, updated, data) VALUES (?, '2024-03-01', ?, ?, 'Nigeria', 'Kano', 3, 0, 'x', ?)",
        ("ev-old", event.event_type, event.sub_event_type, json.dumps(event_record(event))),
    )
    # the words schema 1 indexed (store/sqlite.py since its first version): the type, the actors, the
    # place, province and country, the notes and each source's evidence
    body = " ".join([event.sub_event_type, event.actor1, event.actor2, event.place.name, event.place.admin1,
                     event.place.country, event.notes, *(s.evidence for s in event.sources)])
    conn.execute("INSERT INTO events_fts (event_id, body) VALUES ('ev-old', ?)", (body,))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    store = open_store(str(path))
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = list(store.iter_events(EventFilters(q="bus", country="NIGERIA", event_type=event.event_type)))
        assert [e["event_id"] for e in found] == ["ev-old"]
    finally:
        store.close()


def test_two_connections_opening_an_old_ledger_at_once_migrate_it_once(tmp_path):
    """Two openers (two server workers starting) both read the old version, then take the write lock in
    turn: the second finds the step done instead of running it again ('table ... already exists')."""
    import threading

    from eventledger.store.schema import MIGRATIONS, migration_statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in migration_statements(";".join(MIGRATIONS[:-1])):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")  # held while both openers read the version and queue for the lock
    outcomes: list[object] = []

    def opener() -> None:
        try:
            open_store(str(path)).close()
            outcomes.append("opened")
        except StoreError as error:
            outcomes.append(error.text)

    threads = [threading.Thread(target=opener) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    conn.execute("COMMIT")
    for thread in threads:
        thread.join(timeout=30)
    conn.close()
    assert outcomes == ["opened", "opened"]
    with open_store(str(path)) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_version_10_ledger_gets_the_change_counter_and_keeps_its_reports(tmp_path):
    """Version 11 adds the change counter and its triggers (each trigger's body holds a semicolon of its
    own, which splitting the migration at every semicolon broke)."""
    from eventledger.store.schema import MIGRATIONS, migration_statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in migration_statements(";".join(MIGRATIONS[:10])):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 10")
    conn.execute("INSERT INTO documents (document_id, clean_text, paragraphs, removed, extra)"
                 " VALUES ('doc-1', 'text', '[]', '[]', '{}')")
    conn.close()
    mention = make_mention("doc-2")
    with open_store(str(path)) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 13
        assert store.has_document("doc-1") and store.ledger_generation()[1] == 0
        triggers = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert len(triggers) == 9
        with store.transaction():
            store.add_document(make_article("doc-2"))
            store.add_mentions([mention], {mention.mention_id: ["VAC|2024-W09|NGA"]})
        assert store.ledger_generation()[1] == 2  # the report and its block


def test_failed_nested_transaction_takes_back_only_its_own_writes(store):
    with store.transaction():
        store.add_document(make_article("a"))
        with pytest.raises(RuntimeError), store.transaction():
            store.add_document(make_article("b"))
            raise RuntimeError("this article's write fails")
        with store.transaction():
            store.add_document(make_article("c"))
    assert [store.has_document(d) for d in ("a", "b", "c")] == [True, False, True]


def test_a_mention_taken_back_by_a_rollback_is_not_read_again(store):
    first = make_mention("doc-1")
    with pytest.raises(RuntimeError), store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_mentions([first], {first.mention_id: ["k"]})
        assert store.candidate_mentions(["k"])[0][1].evidence == first.evidence  # read inside the transaction
        raise RuntimeError("rolled back")
    retold = make_mention("doc-1")
    retold.evidence = "Gunmen attacked two buses in Kano."
    with store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_mentions([retold], {retold.mention_id: ["k"]})
    [(_, found)] = store.candidate_mentions(["k"])
    assert found.evidence == "Gunmen attacked two buses in Kano."


def test_mentions_read_back_are_the_stored_ones_each_time(store):
    mention = make_mention("doc-1")
    mention.place = Place("Kano", "Nigeria", "NGA", "Kano", None, 12.0, 8.5, 1)
    with store.transaction():
        store.add_document(make_article("doc-1"))
        store.add_mentions([mention], {mention.mention_id: ["k"]})
        store.replace_events([], [(make_event("ev-1", mention), [mention.mention_id])])
    for _ in range(2):  # the second read comes from what the store decoded the first time
        [(event_id, found)] = store.mentions_of_events(["ev-1"])
        assert event_id == "ev-1" and found == mention
        assert store.candidate_mentions(["k"]) == [("ev-1", mention)]
        assert store.mentions_of_documents(["doc-1"]) == [("ev-1", mention)]


def test_replacing_events_moves_mentions_and_keeps_an_unchanged_one_as_it_is(store):
    a, b, c = make_mention("doc-1"), make_mention("doc-2"), make_mention("doc-3")
    with store.transaction():
        for m in (a, b, c):
            store.add_document(make_article(m.document_id))
        store.add_mentions([a, b, c], {m.mention_id: ["k"] for m in (a, b, c)})
        store.replace_events([], [(make_event("ev-a", a), [a.mention_id]),
                                  (make_event("ev-b", b, day=2), [b.mention_id, c.mention_id])])
    stamp = store.event_updated("ev-a")
    with store.transaction():  # ev-a is rewritten as it was; c leaves ev-b for an event of its own
        store.replace_events(["ev-a", "ev-b"], [(make_event("ev-a", a), [a.mention_id]),
                                                (make_event("ev-b", b, day=3), [b.mention_id]),
                                                (make_event("ev-c", c, day=4), [c.mention_id])])
    assert store.event_updated("ev-a") == stamp
    assert store.event_ids_of_mentions([a.mention_id, b.mention_id, c.mention_id]) == {
        a.mention_id: "ev-a", b.mention_id: "ev-b", c.mention_id: "ev-c"
    }
    assert [e["event_date"] for e in store.iter_events()] == ["2024-03-01", "2024-03-03", "2024-03-04"]
    assert [e["event_id"] for e in store.iter_events(EventFilters(q="bus"))] == ["ev-a", "ev-b", "ev-c"]


def test_an_actor_written_again_after_a_rollback_is_stored(store):
    actor = Actor("iskp", "Islamic State Khorasan Province", ["ISKP"], "Rebel group", "Afghanistan")
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_actor(actor)
        raise RuntimeError("rolled back")
    with store.transaction():
        store.upsert_actor(actor)
    assert [a.name for a in store.iter_actors()] == ["Islamic State Khorasan Province"]


def test_candidates_are_complete_when_the_decoded_mentions_do_not_all_fit(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "MENTION_CACHE_SIZE", 2)
    mentions = [make_mention(f"doc-{i}") for i in range(5)]
    with store.transaction():
        for m in mentions:
            store.add_document(make_article(m.document_id))
        store.add_mentions(mentions, {m.mention_id: ["k"] for m in mentions})
    for _ in range(3):  # reads with none, some and other ones decoded already
        assert [m for _, m in store.candidate_mentions(["k"])] == mentions
        assert [m for _, m in store.mentions_of_documents(["doc-4", "doc-0"])] == [mentions[0], mentions[4]]


def add_event(store, number: int) -> None:  # noqa: ANN001
    mention = make_mention(f"doc-{number}")
    with store.transaction():
        store.add_document(make_article(f"doc-{number}"))
        store.add_mentions([mention], {mention.mention_id: ["k1"]})
        store.replace_events([], [(make_event(f"ev-{number}", mention), [mention.mention_id])])


def test_a_remembered_count_follows_writes_of_this_and_of_another_connection(tmp_path):
    reader, writer = open_store(str(tmp_path / "ledger.db")), open_store(str(tmp_path / "ledger.db"))
    wanted = EventFilters(q="bus", country="Nigeria")
    assert reader.count_events(wanted) == 0
    add_event(writer, 1)  # another connection (another server thread, or an ingest)
    assert reader.count_events(wanted) == 1
    add_event(reader, 2)  # this connection's own write
    assert reader.count_events(wanted) == 2
    with writer.transaction():
        writer.replace_events(["ev-1"], [])
    assert reader.count_events(wanted) == 1 and reader.count_events(EventFilters(country="Mali")) == 0
    reader.close()
    writer.close()


def test_stored_event_json_is_the_decoded_records(store):
    for number in (1, 2, 3):
        add_event(store, number)
    raw = list(store.iter_event_json(EventFilters(q="bus"), limit=2, offset=1, newest_first=True))
    assert [json.loads(r) for r in raw] == list(store.iter_events(EventFilters(q="bus"), limit=2, offset=1,
                                                                  newest_first=True))
    assert len(raw) == 2


def _three_events() -> list[Event]:
    """Three events by hand: one undated (exported last), one with an apostrophe, tab and backslash in its
    notes (COPY's escapes), one with no place (no point)."""
    events = [make_event(f"ev-{n}", make_mention(f"doc-{n}"), day=day) for n, day in ((1, 9), (2, 3), (3, 5))]
    events[0] = dataclasses.replace(events[0], event_date=None, time_precision=None)
    events[1] = dataclasses.replace(events[1], notes="Gunmen's\tattack on a C:\\road bus.")
    events[2] = dataclasses.replace(events[2], place=None, actor1="Rebel Front", assoc_actor_1=["Local Militia"])
    return events


def test_bulk_loaded_events_are_stored_as_fused_ones_are(store, tmp_path):
    sqlite = not is_postgres_url(store.path)
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0] if sqlite else None
    assert store.load_events(iter(_three_events()), batch=2) == 3  # two batches: one of 2, one of 1
    if sqlite:  # the load's large page cache is given back
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    one_by_one = open_store(str(tmp_path / "one_by_one.db"))
    with one_by_one.transaction():
        one_by_one.replace_events([], [(event, []) for event in _three_events()])
    assert list(store.iter_events()) == list(one_by_one.iter_events())
    assert [e["event_id"] for e in store.iter_events()] == ["ev-2", "ev-3", "ev-1"]  # by date, undated last
    assert [e["event_id"] for e in store.iter_events(EventFilters(q="road"))] == ["ev-2"]  # the notes' words
    assert [e["event_id"] for e in store.iter_events(EventFilters(actor="local militia"))] == ["ev-3"]
    assert [e["event_id"] for e in store.iter_events(EventFilters(country="Nigeria"))] == ["ev-2", "ev-1"]
    assert store.get_event("ev-2")["notes"] == "Gunmen's\tattack on a C:\\road bus."
    assert store.event_updated("ev-1") and store.event_updated("ev-1") == store.event_updated("ev-3")
    # a second load goes on after the first one's rows
    later = dataclasses.replace(_three_events()[1], event_id="ev-4")
    assert store.load_events([later]) == 1
    assert store.count_events(EventFilters(q="road")) == 2
    # the map's cells and the facets were counted for the loaded events as for written ones
    later_too = dataclasses.replace(later, event_id="ev-4")
    with one_by_one.transaction():
        one_by_one.replace_events([], [(later_too, [])])
    for table in ("event_facets", "actor_facets", "event_cells", "event_points"):
        query = f"SELECT * FROM {table}" if table != "event_points" else (
            "SELECT latitude, longitude, event_date, fatalities, cell_y, cell_x FROM event_points")
        assert sorted(map(repr, map(tuple, store.conn.execute(query)))) == sorted(
            map(repr, map(tuple, one_by_one.conn.execute(query)))), table
    one_by_one.close()


def test_event_stamps_stream_in_export_order_and_see_the_open_transaction(store):
    store.load_events(_three_events())
    stamps = [(json.loads(data)["event_id"], updated) for data, updated in store.iter_event_stamps()]
    assert stamps == [(event_id, store.event_updated(event_id)) for event_id in ("ev-2", "ev-3", "ev-1")]
    selected = store.iter_event_stamps(EventFilters(q="bus", country="Nigeria"))
    assert [json.loads(data)["event_id"] for data, _ in selected] == ["ev-2", "ev-1"]
    with store.transaction():
        extra = make_event("ev-5", make_mention("doc-5"), day=4)
        store.replace_events([], [(extra, [])])
        # read inside the write: the uncommitted event is there
        assert [e["event_id"] for e in store.iter_events()] == ["ev-2", "ev-5", "ev-3", "ev-1"]
    # a reader left half-way does not hold the ledger: a write goes through after it
    reader = store.iter_event_stamps()
    next(reader)
    with store.transaction():
        store.replace_events(["ev-5"], [])
    reader.close()
    assert [e["event_id"] for e in store.iter_events()] == ["ev-2", "ev-3", "ev-1"]


def test_a_count_not_done_by_its_deadline_is_a_lower_bound(store, monkeypatch):
    import time

    import eventledger.store.sqlite as sqlite_store

    copies = [dataclasses.replace(_three_events()[1], event_id=f"ev-x{n}") for n in range(3)]
    store.load_events(_three_events() + copies)
    later, passed = time.monotonic() + 60, time.monotonic() - 1
    assert store.count_events_by(None, later, at_least=2) == (6, True)
    assert store.count_events_by(EventFilters(country="Nigeria"), later, at_least=2) == (5, True)
    # past the deadline: counted only up to at_least, and said to be a lower bound
    assert store.count_events_by(None, passed, at_least=4) == (4, False)
    assert store.count_events_by(EventFilters(q="road"), passed, at_least=3) == (3, False)
    # fewer matches than at_least: they are all counted, so the count is exact
    assert store.count_events_by(EventFilters(actor="Local Militia"), passed, at_least=4) == (1, True)
    # every word taken for a common one (each event looked up in its matches on SQLite): ev-2 and
    # its three copies say "road" in Nigeria
    monkeypatch.setattr(sqlite_store, "TEXT_PROBE_FACTOR", 0)
    assert store.count_events_by(EventFilters(q="road", country="Nigeria"), passed, at_least=3) == (3, False)
    assert store.count_events_by(EventFilters(q="road", country="Nigeria"), passed, at_least=9) == (4, True)


def _facet_event(event_id: str, country: str | None, event_type: str, actors: list[str]) -> Event:
    place = Place("Somewhere", country, None, None, None, None, None, 3) if country else None
    return Event(event_id, event_type, "Armed clash", dt.date(2024, 1, 1), 1, actors[0], actor2=actors[1],
                 assoc_actor_1=actors[2:], place=place)


def _write_facet_ledger(store) -> None:
    """Four events over two countries and one without, "Boko Haram" spelt twice in one of them."""
    with store.transaction():
        store.replace_events([], [
            (_facet_event("a", "Nigeria", "Battles", ["Boko Haram", "Military Forces", "boko haram"]), []),
            (_facet_event("b", "Nigeria", "Riots", ["Rioters", "Police"]), []),
            (_facet_event("c", "Mali", "Battles", ["JNIM", "Military Forces"]), []),
            (_facet_event("d", None, "Protests", ["Protesters", "Boko Haram"]), []),
        ])


def test_kept_facet_counts_follow_writes_and_match_counting_the_events(store):
    _write_facet_ledger(store)
    whole, nigeria = EventFilters(), EventFilters(country=["NIGERIA", "NGA"])
    # "Boko Haram" and "boko haram" in one event count once, under the smaller spelling
    assert store._kept_facets(whole, "actor", 20) == [("Boko Haram", 2), ("Military Forces", 2), ("JNIM", 1),
                                                      ("Police", 1), ("Protesters", 1), ("Rioters", 1)]
    assert store._kept_facets(nigeria, "event_type", 20) == [("Battles", 1), ("Riots", 1)]
    assert store._kept_facets(whole, "country", 20) == [("Nigeria", 2), ("Mali", 1)]
    assert store._kept_facets(EventFilters(country="Nigeria", event_type="Riots"), "actor", 20) is None
    with store.transaction():  # b is dropped, a is re-fused without its Nigerian place
        store.replace_events(["a", "b"], [(_facet_event("a", None, "Battles", ["Boko Haram", "Military Forces"]), [])])
    assert store._kept_facets(nigeria, "actor", 20) == []
    assert store._kept_facets(whole, "event_type", 20) == [("Battles", 2), ("Protests", 1)]
    for filters in (whole, EventFilters(country="mali")):
        for field in ("country", "event_type", "actor"):
            assert store._kept_facets(filters, field, 20) == store._facet_counts(filters, field, 20)
    kept = sorted(tuple(r) for r in store.conn.execute("SELECT * FROM event_facets"))
    with store.transaction():  # counted again from scratch, as after a bulk load: the same counts
        store.recount_kept_tables()
    assert sorted(tuple(r) for r in store.conn.execute("SELECT * FROM event_facets")) == kept


def test_kept_actor_facets_follow_writes_and_match_counting_the_events(store):
    _write_facet_ledger(store)
    boko = EventFilters(actor="BOKO HARAM")  # any case; "boko haram" twice in a counts once
    assert store._kept_facets(boko, "event_type", 20) == [("Battles", 1), ("Protests", 1)]
    assert store._kept_facets(boko, "country", 20) == [("Nigeria", 1)]
    assert store.count_events(boko) == 2
    assert store._kept_facets(boko, "actor", 20) is None  # pairs of actors are counted, not kept
    # c names both: their kept counts would count it twice, so the events are counted instead
    both = EventFilters(actor=["Military Forces", "JNIM"])
    assert store._kept_facets(both, "event_type", 20) is None
    assert store.facet_counts(both, "event_type") == [("Battles", 2)] and store.count_events(both) == 2
    with store.transaction():  # a is dropped; b is re-fused in Mali with Boko Haram against the police
        store.replace_events(["a", "b"], [(_facet_event("b", "Mali", "Riots", ["Boko Haram", "Police"]), [])])
    assert store._kept_facets(boko, "event_type", 20) == [("Protests", 1), ("Riots", 1)]
    assert store._kept_facets(boko, "country", 20) == [("Mali", 1)]
    assert store._kept_facets(EventFilters(actor="Rioters"), "event_type", 20) == []
    for actors in ("Boko Haram", "military forces", "Police", ["JNIM", "Police"]):
        filters = EventFilters(actor=actors)
        for field in ("country", "event_type"):
            assert store._kept_facets(filters, field, 20) == store._facet_counts(filters, field, 20), (actors, field)
        assert store.count_events(filters) == store.conn.execute(
            "SELECT count(*) FROM events e" + store._event_where(filters)[0], store._event_where(filters)[1]
        ).fetchone()[0]
    kept = sorted(tuple(r) for r in store.conn.execute("SELECT * FROM actor_facets"))
    with store.transaction():  # counted again from scratch, as after a bulk load: the same counts
        store.recount_kept_tables()
    assert sorted(tuple(r) for r in store.conn.execute("SELECT * FROM actor_facets")) == kept


def test_a_text_query_pages_alike_whether_its_matches_or_an_order_index_drive_it(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    tolls = {"ev-a": 5, "ev-b": None, "ev-c": 12, "ev-d": 0, "ev-e": 5}
    events = [dataclasses.replace(make_event(event_id, make_mention(event_id), day=n + 1), fatalities=toll,
                                  notes="Gunmen attacked a convoy." if event_id != "ev-d" else "A market burned.")
              for n, (event_id, toll) in enumerate(tolls.items())]
    store.load_events(events)

    def page(sort: str, offset: int = 0) -> list[str]:
        return [e["event_id"] for e in store.iter_events(EventFilters(q="convoy"), limit=2, offset=offset, sort=sort)]

    # by hand: the four convoy events by toll, unknown last either way, ties by id (descending: id descending)
    expected = {"-fatalities": ["ev-c", "ev-e", "ev-a", "ev-b"], "fatalities": ["ev-a", "ev-e", "ev-c", "ev-b"],
                "-event_date": ["ev-e", "ev-c", "ev-b", "ev-a"]}
    # few matches: read and sorted; many (none is few): their set tested along the order's index; common
    # (every query is): each event along the order's index looked up in the word's matches
    for most, factor in ((2000, 10**9), (0, 10**9), (0, 0)):
        monkeypatch.setattr(sqlite_store, "TEXT_DRIVEN_MAX", most)
        monkeypatch.setattr(sqlite_store, "TEXT_PROBE_FACTOR", factor)
        store._counts.clear()
        for sort, ids in expected.items():
            assert page(sort) + page(sort, 2) == ids, (most, factor, sort)
        where, _ = store._event_where(EventFilters(q="convoy"), ordered_page=True)
        assert (sqlite_store.TEXT_PROBE in where) == (factor == 0), where
        # along an order of the events' own words only when the query's words are not among them: a
        # word of its values has its matches together there ("convoy" is in no actor's name, "civilians"
        # in actor2's of every event); never along a place order, since a place's reports share their
        # words whether or not the words name it ("convoy" is in no place's name)
        for words, sort, together in (("convoy", "-actor1", False), ("convoy civilians", "-actor1", True),
                                      ("convoy", "location", True), ("convoy kano", "location", True),
                                      ("convoy", "-admin1", True), ("convoy", "country", True),
                                      ("convoy", "sub_event_type", True)):
            where, _ = store._event_where(EventFilters(q=words), ordered_page=True, sort=sort)
            assert (sqlite_store.TEXT_PROBE in where) == (factor == 0 and not together), (words, sort)
        assert [e["event_id"] for e in store.iter_events(EventFilters(q="convoy"), limit=5, sort="location")] == \
            ["ev-a", "ev-b", "ev-c", "ev-e"]  # one place: by id


def test_an_actors_page_is_the_same_whether_its_events_or_an_order_index_drive_it(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    tolls = {"ev-a": 5, "ev-b": None, "ev-c": 12, "ev-d": 0, "ev-e": 5}
    events = [dataclasses.replace(make_event(event_id, make_mention(event_id), day=n + 1), fatalities=toll,
                                  actor1="Local Militia" if event_id != "ev-d" else "Rebel Front",
                                  actor2="Military Forces" if event_id != "ev-c" else "local militia")
              for n, (event_id, toll) in enumerate(tolls.items())]
    store.load_events(events)

    def page(sort: str | None, offset: int = 0) -> list[str]:
        filters = EventFilters(actor="LOCAL MILITIA")
        return [e["event_id"] for e in store.iter_events(filters, limit=2, offset=offset, newest_first=True, sort=sort)]

    # by hand: ev-d is the only event without the militia; ev-c names it as actor 2 ("local militia",
    # after "Military Forces" descending: m > l whatever the case)
    expected = {None: ["ev-e", "ev-c", "ev-b", "ev-a"], "-fatalities": ["ev-c", "ev-e", "ev-a", "ev-b"],
                "actor1": ["ev-a", "ev-b", "ev-c", "ev-e"], "-actor2": ["ev-e", "ev-b", "ev-a", "ev-c"]}
    for factor, most in ((10**6, 10**6), (0, 0)):  # read and sorted; walked along the order's index
        monkeypatch.setattr(sqlite_store, "ACTOR_DRIVEN_FACTOR", factor)
        monkeypatch.setattr(sqlite_store, "ACTOR_SORTED_DRIVEN_MAX", most)
        for sort, ids in expected.items():
            assert page(sort) + page(sort, 2) == ids, (factor, sort)


def test_a_countrys_page_sorted_by_a_text_column_is_in_order_and_reads_the_country_index(store):
    # places and actors that cluster by country, as real ones do; an unknown actor and one spelt in
    # capitals, so that ignoring case and unknown-last are both exercised
    rows = [("ev-1", "Mali", "Gao", "Rebel Front"), ("ev-2", "Nigeria", "Kano", "local militia"),
            ("ev-3", "Mali", "Mopti", None), ("ev-4", "Nigeria", "Borno", "Military Forces"),
            ("ev-5", "MALI", "gao", "Army"), ("ev-6", "Mali", "Timbuktu", "Rebel Front"),
            ("ev-7", "Nigeria", "Lagos", "Police Forces")]
    events = []
    for event_id, country, place, actor in rows:
        event = make_event(event_id, make_mention(event_id), country=country)
        event.place = dataclasses.replace(event.place, name=place, admin1=place)
        events.append(dataclasses.replace(event, actor1=actor))
    store.load_events(events)

    def page(sort: str, offset: int = 0, country: str | list[str] = "mali") -> list[str]:
        return [e["event_id"] for e in store.iter_events(EventFilters(country=country), limit=2, offset=offset,
                                                         sort=sort)]

    # by hand: Mali's four events (one spelt MALI); ties by id, descending by id descending, unknown last
    expected = {"actor1": ["ev-5", "ev-1", "ev-6", "ev-3"], "-actor1": ["ev-6", "ev-1", "ev-5", "ev-3"],
                "location": ["ev-1", "ev-5", "ev-3", "ev-6"], "-location": ["ev-6", "ev-3", "ev-5", "ev-1"],
                "-admin1": ["ev-6", "ev-3", "ev-5", "ev-1"]}
    for sort, ids in expected.items():
        assert page(sort) + page(sort, 2) == ids, sort
        # a code and a name, as country=MLI asks: the code names no event here, so the name alone is asked
        assert page(sort, 0, ["MLI", "Mali"]) + page(sort, 2, ["MLI", "Mali"]) == ids, sort
    # two countries that both have events: Army (Mali), then local militia (Nigeria; l < m whatever the case)
    assert page("actor1", 0, ["Nigeria", "MALI"]) == ["ev-5", "ev-2"]
    if type(store) is SQLiteStore:  # the plan: the country's stretch of its index, no sort
        where, params = store._event_where(EventFilters(country=["MLI", "Mali"]), ordered_page=True, sort="-location")
        plan = " ".join(r[3] for r in store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT e.rowid FROM events e{where} ORDER BY {order_by('-location')} LIMIT 2",
            params))
        assert "events_country_location" in plan and "TEMP B-TREE" not in plan, plan


def test_a_text_query_is_planned_from_a_sample_of_the_ledgers_ends_and_a_costly_total_is_a_lower_bound(
        store, monkeypatch):
    import time

    import eventledger.store.sqlite as sqlite_store

    # eight events in rowid order: "convoy market" in the first three, "convoy" alone in the next three,
    # "market" alone in the last two
    notes = ["A convoy was hit near the market."] * 3 + ["A convoy was hit."] * 3 + ["The market burned."] * 2
    store.load_events([dataclasses.replace(make_event(f"ev-{n}", make_mention(f"doc-{n}"), day=n + 1), notes=text)
                       for n, text in enumerate(notes)])
    both = EventFilters(q="convoy market")
    # sampled at both ends, two events each (rowids 1-2 and 7-8): the pair matches 2 of the 4, so about half
    # of the 8; "market" all 4; "convoy" 2 (both at the old end)
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_ROWS", 2)
    assert store._text_match_estimate('"convoy" "market"') == 4
    assert store._text_match_estimate('"market"') == 8
    assert store._text_match_estimate('"convoy"') == 4
    # a walk along an order's index needs matches all along it: "convoy" has none at the newest end
    monkeypatch.setattr(sqlite_store, "TEXT_PROBE_FACTOR", 1)  # common from sqrt(8) matches
    assert store._common_text_matches('"market"') and not store._common_text_matches('"convoy"')
    later = time.monotonic() + 60
    # the pair's lists together (an estimated 12 entries) over the limit: "at least" up to the page,
    # however long the deadline; fewer matches than asked for are all counted, so exactly
    monkeypatch.setattr(sqlite_store, "TEXT_COUNT_ENTRIES_MAX", 10)
    assert store.count_events_by(both, later, at_least=2) == (2, False)
    assert store.count_events_by(both, later, at_least=9) == (3, True)
    assert store.count_events_by(EventFilters(q="convoy"), later, at_least=2) == (6, True)  # one word: its list
    assert store.count_events_by(EventFilters(q="convoy market", country="Nigeria"), later, at_least=2) == (2, False)
    # once the pair's count is known (a full count, as an export's), the listing gives it
    assert store.count_events(both) == 3
    assert store.count_events_by(both, later, at_least=2) == (3, True)
    monkeypatch.setattr(sqlite_store, "TEXT_COUNT_ENTRIES_MAX", 12)
    store._counts.clear()
    assert store.count_events_by(both, later, at_least=2) == (3, True)
    assert [e["event_id"] for e in store.iter_events(both, limit=5, newest_first=True)] == ["ev-2", "ev-1", "ev-0"]


def test_a_text_querys_sample_reads_what_its_finest_decision_needs_not_a_fixed_share(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    # 100 events: "drone" in the 10 oldest and the 10 newest only, "raid" in all of them
    notes = ["A drone strike."] * 10 + ["A raid."] * 80 + ["A drone strike."] * 10
    store.load_events([dataclasses.replace(make_event(f"ev-{n}", make_mention(f"doc-{n}")), notes=text + " raid")
                       for n, text in enumerate(notes)])
    # the ledger is over twice the largest sample (40), so it is sampled; a decision at 100 matches
    # wants 10 expected hits, 10 of 100 events at each end: 10 rows, not the largest sample's 40
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_ROWS", 40)
    monkeypatch.setattr(sqlite_store, "TEXT_DRIVEN_MAX", 100)
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_HITS", 10)
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_MIN_ROWS", 5)
    sample = store._text_sample('"drone"')
    assert (sample.rows, sample.newest, sample.oldest) == (10, 10, 10)
    assert store._text_match_estimate('"drone"') == 100  # all of each end: about all of the ledger
    assert store._text_match_estimate('"raid"') == 100
    # a smaller ledger's sample is never under the least rows
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_HITS", 1)
    store._samples.clear()
    assert store._text_sample('"drone"').rows == 5
    # the largest sample bounds it: 100 x 100 // 100 = 100 rows wanted, 40 read (drone: 10 of them)
    monkeypatch.setattr(sqlite_store, "TEXT_SAMPLE_HITS", 100)
    store._samples.clear()
    assert store._text_sample('"drone"') == sqlite_store.TextSample(100, 10, 10, 40)


def test_kept_counts_find_a_name_with_a_capital_beyond_ascii_as_given(store):
    aland = dataclasses.replace(make_event("ev-1", make_mention("doc-1")),
                                place=Place("Mariehamn", "Åland Islands", "ALA", None, None, 60.1, 19.9, 1))
    store.load_events([aland, make_event("ev-2", make_mention("doc-2"))])
    # SQLite's NOCASE folds ASCII letters only: "åland islands" is not "Åland Islands" there, so a name
    # is looked up as given, not folded first
    assert store.kept_counts("country", ["Åland Islands", "NIGERIA"]) == {
        "åland islands": ("Åland Islands", 1), "nigeria": ("Nigeria", 1)}
    assert store.kept_values("location", "marie", 10) == [("Mariehamn", 1)]


def test_a_text_querys_kept_matches_page_sort_by_country_and_province_and_give_the_exact_total(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    # six convoy events over two countries and three provinces (one spelt in capitals), and a market one
    rows = [("ev-1", "Nigeria", "Kano", "convoy"), ("ev-2", "Mali", "Gao", "convoy"),
            ("ev-3", "MALI", "mopti", "convoy"), ("ev-4", "Nigeria", "Borno", "convoy"),
            ("ev-5", "Mali", "Gao", "market"), ("ev-6", "Mali", "Mopti", "convoy"),
            ("ev-7", "Nigeria", "Kano", "convoy")]
    events = []
    for n, (event_id, country, province, word) in enumerate(rows):
        event = make_event(event_id, make_mention(event_id), country=country, day=n + 1)
        event.place = dataclasses.replace(event.place, admin1=province)
        events.append(dataclasses.replace(event, notes=f"A {word} was hit."))
    store.load_events(events)
    convoy = EventFilters(q="convoy")

    def page(sort: str, offset: int = 0) -> list[str]:
        return [e["event_id"] for e in store.iter_events(convoy, limit=3, offset=offset, sort=sort)]

    # by hand: Mali's three convoys (ev-2, ev-3 MALI, ev-6) before Nigeria's, ties by id; descending: ids
    # descending too; by province: Borno, Gao, Kano, Kano, mopti, Mopti
    expected = {"country": ["ev-2", "ev-3", "ev-6", "ev-1", "ev-4", "ev-7"],
                "-country": ["ev-7", "ev-4", "ev-1", "ev-6", "ev-3", "ev-2"],
                "admin1": ["ev-4", "ev-2", "ev-1", "ev-7", "ev-3", "ev-6"],
                "-admin1": ["ev-6", "ev-3", "ev-7", "ev-1", "ev-2", "ev-4"]}
    # not few (none is), not common: the page evaluates the words once and keeps their matches
    monkeypatch.setattr(sqlite_store, "TEXT_DRIVEN_MAX", 0)
    monkeypatch.setattr(sqlite_store, "TEXT_PROBE_FACTOR", 10**9)
    for sort, ids in expected.items():
        assert page(sort) + page(sort, 3) == ids, sort
        if type(store) is SQLiteStore:  # the plan: the kept list tested along the order's own index, no sort
            where, params = store._event_where(convoy, ordered_page=True, sort=sort)
            assert where == " WHERE " + sqlite_store.TEXT_KEPT_TESTED and json.loads(params[0]) == [1, 2, 3, 4, 6, 7]
            plan = " ".join(r[3] for r in store.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT e.rowid FROM events e{where} ORDER BY {order_by(sort)} LIMIT 3", params))
            index = "events_country_id" if "country" in sort else "events_admin1_id"
            assert index in plan and "TEMP B-TREE" not in plan, plan
    # the total: exact once a page has counted the matches, however costly a count of the words is held
    # to be; the kept matches serve a count with another filter too
    monkeypatch.setattr(sqlite_store, "TEXT_COUNT_ENTRIES_MAX", 0)
    later = time.monotonic() + 60
    assert store.count_events_by(convoy, later, at_least=2) == (6, True)
    assert store.count_events_by(EventFilters(q="convoy", country="Mali"), later, at_least=9) == (3, True)
    facet = store.facet_counts(EventFilters(q="convoy"), "country")
    assert [(value.casefold(), n) for value, n in facet] == [("mali", 3), ("nigeria", 3)]  # Mali and MALI are one
    # a write: the kept matches are the old ledger's, so the next page counts the words again
    with store.transaction():
        store.replace_events(["ev-7"], [])
    assert page("-country") == ["ev-4", "ev-1", "ev-6"] and store.count_events(convoy) == 5


def test_every_order_of_the_events_table_is_read_from_an_index_in_both_directions(store):
    store.load_events(_three_events())
    for column in SORT_COLUMNS:
        for sort in (column, "-" + column):
            sql = f"SELECT e.rowid FROM events e ORDER BY {order_by(sort)} LIMIT 50"
            if type(store) is SQLiteStore:
                plan = " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
                # the ids are unique: the index of ids gives their order, "NULLS LAST" sorts nothing more
                assert "TEMP B-TREE" not in plan or (column == "event_id" and "RIGHT PART" in plan), (sort, plan)
                continue
            # PostgreSQL: with sorting priced out, a plan still sorts when no index gives the order
            store.conn.execute("SET enable_sort = off")
            try:
                plan = " | ".join(r[0] for r in store.conn.execute("EXPLAIN " + sql))
            finally:
                store.conn.execute("RESET enable_sort")
            assert "Sort" not in plan, (sort, plan)


def test_a_locations_page_by_date_is_in_order_and_reads_the_location_date_index(store):
    # Kano's five events (one spelt KANO, one undated, two on the same day) and one in Gao
    rows = [("ev-1", "Kano", 5), ("ev-2", "KANO", 9), ("ev-3", "Kano", None), ("ev-4", "Gao", 7),
            ("ev-5", "Kano", 9), ("ev-6", "Kano", 2)]
    events = []
    for event_id, place, day in rows:
        event = make_event(event_id, make_mention(event_id), day=day or 1)
        event.place = dataclasses.replace(event.place, name=place)
        events.append(dataclasses.replace(event, event_date=None, time_precision=None) if day is None else event)
    store.load_events(events)

    def pages(sort: str | None, **filters: object) -> list[str]:
        wanted = EventFilters(location="kano", **filters)  # type: ignore[arg-type]
        return [e["event_id"] for offset in (0, 2, 4)
                for e in store.iter_events(wanted, limit=2, offset=offset, newest_first=True, sort=sort)]

    # by hand: newest first with ties by id, by date either way (ties by id in the same direction), the
    # undated last in every order; since a date, with and without the undated
    assert pages(None) == ["ev-2", "ev-5", "ev-1", "ev-6", "ev-3"]
    assert pages("event_date") == ["ev-6", "ev-1", "ev-2", "ev-5", "ev-3"]
    assert pages("-event_date") == ["ev-5", "ev-2", "ev-1", "ev-6", "ev-3"]
    assert pages(None, since="2024-03-05") == ["ev-2", "ev-5", "ev-1"]
    assert pages(None, since="2024-03-05", include_undated=True) == ["ev-2", "ev-5", "ev-1", "ev-3"]
    for sort in (None, "event_date", "-event_date"):
        where, params = store._event_where(EventFilters(location="kano"), ordered_page=True, sort=sort)
        sql = f"SELECT e.rowid FROM events e{where} ORDER BY {order_by(sort)} LIMIT 2"
        if type(store) is SQLiteStore:
            # the place's stretch of the (location, date) index: only the ties of a date are sorted
            plan = " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            assert "events_location_date" in plan, (sort, plan)
            assert "TEMP B-TREE" not in plan or "RIGHT PART" in plan, (sort, plan)
            continue
        store.conn.execute("SET enable_sort = off")  # priced out, a sort shows only where no index gives the order
        try:
            nodes = [r[0].strip().removeprefix("->").strip() for r in store.conn.execute("EXPLAIN " + sql, params)]
        finally:
            store.conn.execute("RESET enable_sort")
        # an incremental sort (of a date's ties, read in date order) is no sort of the place's events
        assert any("events_location_" in node for node in nodes), (sort, nodes)
        assert not any(node.startswith("Sort  (") for node in nodes), (sort, nodes)


def test_a_text_query_in_a_place_looks_its_events_up_only_when_they_are_far_fewer_than_the_words_matches(
        store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    # five convoy reports: three in Kano (one of them spelt KANO), two in Gao; and a market one in Kano
    rows = [("ev-1", "Kano", "convoy", 5), ("ev-2", "Gao", "convoy", 8), ("ev-3", "KANO", "convoy", None),
            ("ev-4", "Kano", "market", 30), ("ev-5", "Kano", "convoy", 12), ("ev-6", "Gao", "convoy", 1)]
    events = []
    for n, (event_id, place, word, toll) in enumerate(rows):
        event = make_event(event_id, make_mention(event_id), day=n + 1)
        event.place = dataclasses.replace(event.place, name=place)
        events.append(dataclasses.replace(event, notes=f"A {word} was hit.", fatalities=toll))
    store.load_events(events)
    in_kano = EventFilters(q="convoy", location="kano")
    # by hand: Kano's convoys by toll, the unknown last
    for ratio in (0, 10**6):  # looked up one by one (Kano's 4 events are few enough), or never
        monkeypatch.setattr(sqlite_store, "TEXT_PLACE_PROBE_RATIO", ratio)
        store._counts.clear()
        store._kept_matches.clear()
        page = [e["event_id"] for e in store.iter_events(in_kano, limit=5, sort="-fatalities")]
        assert page == ["ev-5", "ev-1", "ev-3"], ratio
        assert store.count_events(in_kano) == 3
        for ordered_page in (True, False):
            where, _ = store._event_where(in_kano, ordered_page=ordered_page, sort="-fatalities")
            assert (sqlite_store.TEXT_PROBE in where) == (ratio == 0), (ratio, where)
    # a place no event gives: no event to look up
    assert store.count_events(EventFilters(q="convoy", location="Timbuktu")) == 0


def test_a_text_query_in_a_place_is_narrowed_to_the_places_words_and_selects_the_same_events(store, monkeypatch):
    import eventledger.store.sqlite as sqlite_store

    hostile = 'Kano <img src=x onerror=alert("x")>'
    # (id, location, province, country, notes): place names in other cases, with markup and quotes, of two
    # words, of no word at all, with a diacritic; a convoy in Gao whose notes name Kano; a market in Kano
    rows = [("ev-1", "Kano", "Kano", "Nigeria", "A convoy was hit."),
            ("ev-2", "KANO", "KANO", "Nigeria", "A convoy was hit."),
            ("ev-3", hostile, "Kano", "Nigeria", "A convoy was hit."),
            ("ev-4", "Ar Raqqah", "Ar Raqqah", "Syria", "A convoy was hit."),
            ("ev-5", "Raqqah", "Ar Raqqah", "Syria", "A convoy was hit."),
            ("ev-6", "—", "Borno", "Nigeria", "A convoy was hit."),
            ("ev-7", "Gao", "Gao", "Mali", "A convoy bound for Kano was hit."),
            ("ev-8", "Kano", "Kano", "Nigeria", "A market was hit."),
            ("ev-9", "Kābul", "Kābul", "Afghanistan", "A convoy was hit.")]
    events = []
    for n, (event_id, location, admin1, country, notes) in enumerate(rows):
        event = make_event(event_id, make_mention(event_id), day=n + 1)
        event.place = dataclasses.replace(event.place, name=location, admin1=admin1, country=country)
        events.append(dataclasses.replace(event, notes=notes))
    store.load_events(events)
    expected = [  # by hand, from the rows above
        (EventFilters(q="convoy", location="kano"), {"ev-1", "ev-2"}),
        (EventFilters(q="convoy", location=hostile), {"ev-3"}),
        (EventFilters(q="convoy", location="ar raqqah"), {"ev-4"}),
        (EventFilters(q="convoy", location="—"), {"ev-6"}),
        (EventFilters(q="convoy", location="kābul"), {"ev-9"}),
        (EventFilters(q="convoy", admin1="Kano"), {"ev-1", "ev-2", "ev-3"}),
        (EventFilters(q="convoy", admin1="Ar Raqqah"), {"ev-4", "ev-5"}),
        (EventFilters(q="convoy", country=["SYR", "Syria"]), {"ev-4", "ev-5"}),
        (EventFilters(q="convoy", country="Nigeria", location="Kano"), {"ev-1", "ev-2"}),
        (EventFilters(q="market", location="Kano"), {"ev-8"}),
        (EventFilters(q="convoy", location="Timbuktu"), set()),
    ]
    for narrowed in (True, False):  # as the index is asked now, and as it was (the words alone)
        if not narrowed:
            monkeypatch.setattr(sqlite_store, "_place_terms", lambda names: "")
        for filters, ids in expected:
            store._counts.clear()
            store._kept_matches.clear()
            page = [e["event_id"] for e in store.iter_events(filters, limit=20, newest_first=True)]
            assert set(page) == ids and len(page) == len(ids), (narrowed, filters)
            assert {e["event_id"] for e in store.iter_events(filters)} == ids, (narrowed, filters)
            assert store.count_events(filters) == len(ids), (narrowed, filters)
    monkeypatch.undo()
    # the words and the place's names, a country's codes narrowed to the name the ledger gives
    _, params = store._event_where(EventFilters(q="convoy", country=["SYR", "Syria"], location="ar raqqah"))
    assert params[0] == '"convoy" AND "Syria" AND "ar raqqah"'
