"""The PostgreSQL ledger against a real server: a throwaway cluster (initdb + pg_ctl on 127.0.0.1) started
once for the session. The storage tests of test_store.py run here again on PostgreSQL (their ``store``
fixture is this module's), then PostgreSQL's own behaviour (schema versions, write lock, search), then the
seed ingested through the real pipeline into both backends, whose exports must be the same bytes."""

from __future__ import annotations

import io
import itertools
import json

import pytest

from eventledger.errors import StoreError
from eventledger.export import EXPORTERS, write_export
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import EventFilters, ledger_exists, open_store, resolve_db_path
from eventledger.store.postgres import postgres_sql, redacted
from eventledger.store.schema import POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION
from tests.conftest import SEED_JSONL
from tests.postgres_server import fresh_database, postgres_cluster, why_not_available
from tests.test_export import DEMO, QUAKE
from tests.test_store import (  # noqa: F401 - collected here again, on PostgreSQL
    add_event,
    make_article,
    make_event,
    make_mention,
    test_a_count_not_done_by_its_deadline_is_a_lower_bound,
    test_a_countrys_page_sorted_by_a_text_column_is_in_order_and_reads_the_country_index,
    test_a_locations_page_by_date_is_in_order_and_reads_the_location_date_index,
    test_a_mention_taken_back_by_a_rollback_is_not_read_again,
    test_a_text_querys_kept_matches_page_sort_by_country_and_province_and_give_the_exact_total,
    test_an_actor_written_again_after_a_rollback_is_stored,
    test_block_members_are_each_blocks_candidates_that_belong_to_an_event,
    test_bulk_loaded_events_are_stored_as_fused_ones_are,
    test_candidate_mentions_by_block,
    test_candidates_are_complete_when_the_decoded_mentions_do_not_all_fit,
    test_event_round_trip_filters_and_search,
    test_event_stamps_stream_in_export_order_and_see_the_open_transaction,
    test_every_order_of_the_events_table_is_read_from_an_index_in_both_directions,
    test_failed_nested_transaction_takes_back_only_its_own_writes,
    test_failed_transaction_leaves_nothing,
    test_kept_actor_facets_follow_writes_and_match_counting_the_events,
    test_kept_facet_counts_follow_writes_and_match_counting_the_events,
    test_mentions_read_back_are_the_stored_ones_each_time,
    test_quotes_are_stored_with_offsets,
    test_replacing_an_unchanged_event_keeps_its_stamp,
    test_replacing_events_moves_mentions_and_keeps_an_unchanged_one_as_it_is,
    test_stored_event_json_is_the_decoded_records,
    test_the_change_counter_moves_with_what_possible_duplicates_are_found_from,
)

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    reason = why_not_available()
    if reason:
        pytest.skip(f"no PostgreSQL server for these tests: {reason}")
    with postgres_cluster() as url:
        yield url


@pytest.fixture
def pg_url(postgres_server) -> str:
    """The URL of a new, empty database."""
    return fresh_database(postgres_server, f"ledger_{next(_names)}")


@pytest.fixture
def store(pg_url):
    s = open_store(pg_url)
    yield s
    s.close()


# ------------------------------------------------------------------ opening and schema


def test_a_postgresql_url_is_taken_as_it_is_and_from_the_environment(monkeypatch):
    url = "postgresql://analyst@db.example:5433/ledger"
    assert resolve_db_path(url) == url
    monkeypatch.setenv("EVENTLEDGER_DB", url)
    assert resolve_db_path(None) == url
    assert ledger_exists(url)
    assert redacted("postgresql://analyst:s3cret@db.example/ledger") == "postgresql://analyst:***@db.example/ledger"


def test_new_database_gets_the_schema_once_and_reopens(pg_url):
    open_store(pg_url).close()
    with open_store(pg_url) as again:
        assert again.conn.execute("SELECT version FROM eventledger_schema").fetchall() == [(POSTGRES_SCHEMA_VERSION,)]
        assert again.count_documents() == 0


def test_a_version_1_database_is_migrated_and_keeps_its_events(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE eventledger_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO eventledger_schema VALUES (1)")
        conn.execute(POSTGRES_MIGRATIONS[0])
        conn.execute("INSERT INTO events (event_id, event_type, sub_event_type, updated, data, body) VALUES"
                     " ('ev-1', 'Battles', 'Armed clash', '2024-01-01T00:00:00Z', '{}', to_tsvector('simple', 'bus'))")
    with open_store(pg_url) as store:
        version = store.conn.execute("SELECT version FROM eventledger_schema").fetchone()[0]
        assert version == POSTGRES_SCHEMA_VERSION == 12
        assert store.count_events(EventFilters(q="bus")) == 1
        assert store.conn.execute("SELECT count(*) FROM event_points").fetchone()[0] == 0
        add_event(store, 2)  # located: its coordinates go beside it
        assert store.conn.execute("SELECT latitude, longitude FROM event_points").fetchall() == [(12.0, 8.5)]
        # and counted in its cell of the map's grid: (12 + 90) / 1.40625 = 72.5, (8.5 + 180) / 1.40625 = 134.04
        assert store.conn.execute("SELECT cell_y, cell_x, events FROM event_cells").fetchall() == [(72, 134, 1)]


NEW_IN_12 = ("events_type_fatalities_desc", "events_country_fatalities", "events_country_fatalities_desc",
             "events_country_confidence", "events_country_confidence_desc", "events_country_corroboration",
             "events_country_corroboration_desc")


def test_a_version_11_database_is_migrated_in_place_with_nothing_lost(pg_url):
    """Version 12 adds the (type, toll) and (country, number) indexes: a database of version 11 with a
    ledger in it keeps every row of every table and gives the same exports."""
    import psycopg

    from tests.test_schema_upgrade import FORMATS
    from tests.web_fixtures import build_ledger

    def every_row(conn: psycopg.Connection) -> dict[str, list[str]]:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                             " AND tablename <> 'eventledger_schema' ORDER BY tablename")]
        return {table: sorted(r[0] for r in conn.execute(f'SELECT t::text FROM "{table}" t')) for table in tables}

    def exports() -> dict[str, str]:
        found = {}
        with open_store(pg_url, create=False) as store:
            for name in FORMATS:
                out = io.StringIO()
                write_export(store, name, out)
                found[name] = out.getvalue()
        return found

    build_ledger(pg_url)
    before = exports()
    assert before["events"].count("\n") == 6
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for name in NEW_IN_12:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("UPDATE eventledger_schema SET version = 11")
        stored = every_row(conn)
    assert len(stored["events"]) == 6 and stored["quotes"] and stored["affiliations"]
    assert exports() == before  # a read migrates it
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM eventledger_schema").fetchone()[0] == POSTGRES_SCHEMA_VERSION == 12
        assert every_row(conn) == stored
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
        assert set(NEW_IN_12) <= indexes


def test_a_read_only_command_does_not_create_a_ledger(pg_url):
    with pytest.raises(StoreError) as info:
        open_store(pg_url, create=False)
    assert info.value.code == "E118"


def test_a_database_of_other_tables_is_refused(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreError) as info:
        open_store(pg_url)
    assert info.value.code == "E103"


def test_newer_schema_is_refused(pg_url):
    with open_store(pg_url) as store:
        store.conn.execute("UPDATE eventledger_schema SET version = 99")
    with pytest.raises(StoreError) as info:
        open_store(pg_url)
    assert info.value.code == "E104"


def test_unreachable_server_is_error_e101():
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody:pw@127.0.0.1:1/none")
    assert info.value.code == "E101"
    assert "pw" not in str(info.value) and "\n" not in str(info.value)


def test_a_second_writer_waits_for_the_first_then_gives_up_with_e102(pg_url, monkeypatch):
    first, second = open_store(pg_url), open_store(pg_url)
    monkeypatch.setenv("EVENTLEDGER_BUSY_TIMEOUT", "0.2")
    with first.transaction():
        first.add_document(make_article("a"))
        with pytest.raises(StoreError) as info, second.transaction():
            second.add_document(make_article("b"))
        assert info.value.code == "E102"
        assert second.count_documents() == 0  # a reader does not wait, and sees nothing uncommitted
    with second.transaction():
        second.add_document(make_article("b"))
    assert first.count_documents() == 2
    first.close()
    second.close()


def test_a_remembered_count_follows_another_connections_writes(pg_url):
    reader, writer = open_store(pg_url), open_store(pg_url)
    wanted = EventFilters(q="bus", country="nigeria")
    assert reader.count_events(wanted) == 0
    add_event(writer, 1)
    assert reader.count_events(wanted) == 1
    add_event(reader, 2)
    assert reader.count_events(wanted) == 2
    with writer.transaction():
        writer.replace_events(["ev-1"], [])
    assert reader.count_events(wanted) == 1
    reader.close()
    writer.close()


def test_one_actors_total_is_its_kept_count_exact_whatever_the_deadline(store):
    import time

    for n in (1, 2, 3):
        add_event(store, n)  # each names the Unidentified Armed Group as actor 1
    passed = time.monotonic() - 1
    only = EventFilters(actor="unidentified armed group")
    assert store.count_events_by(only, passed, at_least=2) == (3, True)
    # with another filter it is the planner's estimate and the count up to the page, as before
    assert store.count_events_by(EventFilters(actor="unidentified armed group", country="Nigeria"), passed,
                                 at_least=2) == (2, False)


# ------------------------------------------------------------------ the dialect


def test_a_common_words_rows_are_checked_among_a_narrow_filters_not_read_from_the_words_index(store):
    import dataclasses

    # 1,200 events with "market" in every one; 30 of them in Mali, 6 of them with "bridge" too
    events = []
    for n in range(1200):
        country = "Mali" if n % 40 == 0 else "Nigeria"
        notes = "Gunmen attacked the market" + (" near the bridge." if n % 200 == 0 else ".")
        events.append(dataclasses.replace(make_event(f"ev-{n:04d}", make_mention(f"doc-{n}"), country=country,
                                                     day=n % 28 + 1), notes=notes))
    store.load_events(events)
    store.conn.execute("ANALYZE events")
    market_in_mali = EventFilters(q="market", country="Mali")

    def plan(filters: EventFilters) -> str:
        where, params = store._event_where(filters, ordered_page=True)
        return json.dumps(store.conn.execute(
            f"EXPLAIN (FORMAT JSON) SELECT e.rowid FROM events e{where} ORDER BY e.event_date DESC LIMIT 50",
            params).fetchone()[0])

    # the word matches all 1,200 events, Mali 30: Mali's 30 rows are checked, the word's index is not read
    assert "coalesce(e.body" in store._event_where(market_in_mali)[0]
    assert "events_body" not in plan(market_in_mali)
    page = [e["event_id"] for e in store.iter_events(market_in_mali, limit=50, newest_first=True)]
    assert sorted(page) == sorted(e.event_id for e in events if e.place.country == "Mali")
    # in the order of Mali's own page (every event there has the word)
    assert page == [e["event_id"] for e in store.iter_events(EventFilters(country="Mali"), limit=50,
                                                              newest_first=True)]
    assert store.count_events(market_in_mali) == 30
    # a word as rare as the rest of the filters, or alone, is read from its index as before
    assert "coalesce" not in store._event_where(EventFilters(q="bridge", country="Mali"))[0]
    assert "coalesce" not in store._event_where(EventFilters(q="market"))[0]
    assert store.count_events(EventFilters(q="bridge", country="Mali")) == 6
    assert store.count_events(EventFilters(q="market bridge")) == 6


def test_statements_are_rewritten_into_postgresqls_dialect():
    assert postgres_sql("INSERT OR IGNORE INTO links (kind, a, b) VALUES (?, ?, ?)") == (
        "INSERT INTO links (kind, a, b) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING")
    assert postgres_sql("SELECT 1 WHERE name LIKE ? ESCAPE '\\'") == "SELECT 1 WHERE name ILIKE %s ESCAPE '\\'"
    assert postgres_sql("ORDER BY e.fatalities DESC, e.event_id DESC") == (
        "ORDER BY e.fatalities DESC NULLS LAST, e.event_id DESC NULLS LAST")
    assert postgres_sql("ORDER BY x ASC NULLS LAST") == "ORDER BY x ASC NULLS LAST"
    assert postgres_sql("SELECT CAST((p.latitude + 90) / ? AS INTEGER) AS gy") == (
        "SELECT trunc((p.latitude + 90) / %s)::integer AS gy")
    assert postgres_sql("INSERT OR REPLACE INTO actor_merges (name, merged_into, at) VALUES (?, ?, ?)") == (
        "INSERT INTO actor_merges (name, merged_into, at) VALUES (%s, %s, %s)"
        " ON CONFLICT (name) DO UPDATE SET merged_into = excluded.merged_into, at = excluded.at")
    assert postgres_sql("WHERE +e.event_id IN (?) AND a + e.b > 1") == "WHERE e.event_id IN (%s) AND a + e.b > 1"


def test_search_takes_words_never_syntax(store):
    with store.transaction():
        store.add_document(make_article("doc-1", "Gunmen attacked a bus in Kano."))
        store.add_document(make_article("doc-2", "Floods in Lagos; 100% of roads closed."))
    assert store.search_documents("KANO gunmen") == ["doc-1"]
    assert store.search_documents("kano lagos") == []  # every word must be there
    for hostile in ("'; DROP TABLE documents; --", "bus & !kano | (", "100%", "a\x00b \ud800", '"'):
        store.search_documents(hostile)
        store.count_events(EventFilters(q=hostile))
    assert store.search_documents("100%") == ["doc-2"]
    assert store.count_documents() == 2


def test_filters_ignore_case_and_unknown_values_sort_last_both_ways(store):
    for number, deaths in ((1, 3), (2, None), (3, 10)):
        mention = make_mention(f"doc-{number}")
        event = make_event(f"ev-{number}", mention, day=number)
        event.fatalities = deaths
        with store.transaction():
            store.add_document(make_article(f"doc-{number}"))
            store.add_mentions([mention], {mention.mention_id: ["k"]})
            store.replace_events([], [(event, [mention.mention_id])])
    ids = [e["event_id"] for e in store.iter_events(sort="fatalities")]
    assert ids == ["ev-1", "ev-3", "ev-2"]
    assert [e["event_id"] for e in store.iter_events(sort="-fatalities")] == ["ev-3", "ev-1", "ev-2"]
    assert store.count_events(EventFilters(country=["NIGERIA", "mali"])) == 3
    assert store.count_events(EventFilters(country="niger")) == 0
    assert store.facet_counts(None, "country") == [("Nigeria", 3)]
    assert [e["event_id"] for e in store.iter_events(newest_first=True, limit=2)] == ["ev-3", "ev-2"]


# ------------------------------------------------------------------ the seed through the pipeline, both backends


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory, postgres_server):
    folder = tmp_path_factory.mktemp("backends")
    quake = folder / "quake.txt"
    quake.write_text(QUAKE, encoding="utf-8")
    built = {}
    for backend, location in (("sqlite", str(folder / "ledger.db")),
                              ("postgresql", fresh_database(postgres_server, "seed_ledger"))):
        store = open_store(location)
        summary = ingest_paths([str(SEED_JSONL), str(DEMO)], store)
        assert not summary.rejections
        summary = ingest_paths([str(quake)], store, IngestOptions(published="2024-09-12"))
        assert not summary.rejections
        built[backend] = store
    yield built
    for store in built.values():
        store.close()


def export_bytes(store, name: str) -> str:
    out = io.StringIO()
    write_export(store, name, out)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_export_of_the_seed_is_the_same_on_both_backends(ledgers, name):
    # the events' stamps are the time of the ingest, which differs between the two runs: set them alike
    for store in ledgers.values():
        with store.transaction():
            store.conn.execute("UPDATE events SET updated = ?", ("2024-10-01T00:00:00Z",))
    sqlite_text, postgres_text = (export_bytes(ledgers[b], name) for b in ("sqlite", "postgresql"))
    assert sqlite_text and sqlite_text == postgres_text


@pytest.mark.slow
def test_the_seed_ledger_answers_the_same_queries_on_both_backends(ledgers):
    sqlite, postgres = ledgers["sqlite"], ledgers["postgresql"]
    assert sqlite.count_events() == postgres.count_events() > 5
    for filters in (EventFilters(q="Kunduz"), EventFilters(country="afghanistan"),
                    EventFilters(actor="Taliban", since="2021-01-01"), EventFilters(min_fatalities=1)):
        expected = [e["event_id"] for e in sqlite.iter_events(filters)]
        assert [e["event_id"] for e in postgres.iter_events(filters)] == expected
        assert postgres.count_events(filters) == len(expected)
    for sort in ("event_date", "-event_date", "actor1", "-fatalities", "location"):
        assert [json.loads(r)["event_id"] for r in postgres.iter_event_json(sort=sort, limit=20)] == [
            json.loads(r)["event_id"] for r in sqlite.iter_event_json(sort=sort, limit=20)]
    assert postgres.search_documents("Kunduz") == sqlite.search_documents("Kunduz")


@pytest.mark.slow
def test_the_seed_ledgers_timeline_totals_and_map_are_the_same_on_both_backends(ledgers):
    from eventledger.store import overview

    sqlite, postgres = ledgers["sqlite"], ledgers["postgresql"]
    for filters in (EventFilters(), EventFilters(country="afghanistan"), EventFilters(q="killed")):
        assert overview.timeline_counts(postgres, filters) == overview.timeline_counts(sqlite, filters)
        assert overview.totals(postgres, filters) == overview.totals(sqlite, filters)
        assert overview.map_points(postgres, filters) == overview.map_points(sqlite, filters)
        for degrees in (0.5, 7.0, 5.625):  # 5.625: zoom 2's cells, summed from the counted grid
            cells = [sorted((c["south"], c["west"], c["count"], c["fatalities"], c["first"], c["last"],
                             round(c["latitude"], 9), round(c["longitude"], 9))
                            for c in overview.map_cells(store, filters, degrees)[1]) for store in (sqlite, postgres)]
            assert cells[0] == cells[1]
    assert overview.located_count(postgres, EventFilters()) == overview.located_count(sqlite, EventFilters()) > 3
    box = overview.Box(20.0, 40.0, 45.0, 80.0)  # around Afghanistan
    for filters in (EventFilters(), EventFilters(country="afghanistan")):
        counts = [overview.map_counts(store, filters, 5.625, box) for store in (sqlite, postgres)]
        assert (counts[1].located, counts[1].in_view) == (counts[0].located, counts[0].in_view)


def test_review_decisions_and_actor_merges_replace_their_earlier_rows(store):
    from eventledger.store import actor_merges, review

    with store.transaction():
        review.record_decision(store, "undated", "doc-1#0", "dismissed", {"why": "first"})
        review.record_decision(store, "undated", "doc-1#0", "edited", {"why": "second"})
    decisions = review.decisions_on(store, ["doc-1#0"])
    assert [(key, d["decision"], d["detail"]) for key, d in decisions.items()] == [
        (("doc-1#0", "undated"), "edited", {"why": "second"})]
    with store.transaction():
        actor_merges.record_merge(store, ["ISKP", "Daesh"], "Islamic State")
        actor_merges.record_merge(store, ["iskp"], "Islamic State Khorasan Province")  # the same name, any case
        actor_merges.record_merge(store, ["Islamic State"], "Islamic State Khorasan Province")
    assert actor_merges.merged_names(store) == {
        "iskp": "Islamic State Khorasan Province", "daesh": "Islamic State Khorasan Province",
        "islamic state": "Islamic State Khorasan Province"}


@pytest.mark.slow
def test_the_events_with_possible_duplicates_are_the_same_on_both_backends_and_follow_an_ingest(
    tmp_path, postgres_server
):
    """The wire2 dev set and then a report that makes a new possible duplicate (test_duplicates_cache.py),
    through the real pipeline into both backends: the same events flagged, each the ones it offers when
    looked up alone, before and after."""
    from eventledger import duplicates
    from tests.test_duplicates_cache import CONVOY, WIRE2, offered_one_at_a_time

    convoy = tmp_path / "convoy.jsonl"
    convoy.write_text(json.dumps(CONVOY) + "\n", encoding="utf-8")
    stores = {"sqlite": open_store(str(tmp_path / "ledger.db")),
              "postgresql": open_store(fresh_database(postgres_server, "wire2_ledger"))}
    try:
        answers = []
        for source in (WIRE2, convoy):
            flagged = {}
            for backend, store in stores.items():
                assert not ingest_paths([str(source)], store).rejections
                flagged[backend] = duplicates.events_with_duplicates(store)
                events = [e["event_id"] for e in store.iter_events(newest_first=True)]
                assert flagged[backend][0] == [e for e in events if offered_one_at_a_time(store, e)]
            assert flagged["sqlite"] == flagged["postgresql"]
            answers.append(flagged["sqlite"][0])
        assert len(answers[1]) == len(answers[0]) + 2  # the convoy's event and w2-28's
    finally:
        for store in stores.values():
            store.close()
