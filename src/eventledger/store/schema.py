"""The SQLite schema as an ordered list of migrations; ``PRAGMA user_version`` records how far a file is."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the first ledger
    """
    CREATE TABLE documents (
        document_id  TEXT PRIMARY KEY,
        title        TEXT,
        source       TEXT,
        url          TEXT,
        published    TEXT,
        language     TEXT,
        clean_text   TEXT NOT NULL,
        paragraphs   TEXT NOT NULL,
        removed      TEXT NOT NULL,
        extra        TEXT NOT NULL,
        origin       TEXT,
        duplicate_of TEXT,
        minhash      BLOB
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, clean_text, content='documents', content_rowid='rowid'
    );
    CREATE TABLE document_bands (
        band        TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        PRIMARY KEY (band, document_id)
    ) WITHOUT ROWID;
    CREATE TABLE spans (
        document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset  INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        label       TEXT
    );
    CREATE INDEX spans_document ON spans(document_id);
    CREATE TABLE mentions (
        mention_id  TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        event_id    TEXT,
        data        TEXT NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_document ON mentions(document_id);
    CREATE TABLE mention_blocks (
        block      TEXT NOT NULL,
        mention_id TEXT NOT NULL REFERENCES mentions(mention_id) ON DELETE CASCADE,
        PRIMARY KEY (block, mention_id)
    ) WITHOUT ROWID;
    CREATE TABLE events (
        event_id       TEXT PRIMARY KEY,
        event_date     TEXT,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        country        TEXT,
        admin1         TEXT,
        fatalities     INTEGER,
        background     INTEGER NOT NULL DEFAULT 0,
        updated        TEXT NOT NULL,
        data           TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_type_date ON events(event_type, event_date);
    CREATE INDEX events_country_date ON events(country, event_date);
    CREATE INDEX events_admin1 ON events(admin1);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        actor    TEXT NOT NULL,
        role     TEXT NOT NULL
    );
    CREATE INDEX event_actors_actor ON event_actors(actor COLLATE NOCASE);
    CREATE INDEX event_actors_event ON event_actors(event_id);
    CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body);
    CREATE TABLE quotes (
        document_id  TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        speaker      TEXT,
        speaker_role TEXT,
        text         TEXT NOT NULL,
        direct       INTEGER NOT NULL,
        cue          TEXT,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL
    );
    CREATE INDEX quotes_document ON quotes(document_id);
    CREATE TABLE claims (
        document_id  TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        text         TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        source_chain TEXT NOT NULL,
        hedged       INTEGER NOT NULL,
        hedge_cue    TEXT,
        certainty    REAL NOT NULL,
        mention_ids  TEXT NOT NULL
    );
    CREATE INDEX claims_document ON claims(document_id);
    CREATE TABLE actors (
        actor_id TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        aliases  TEXT NOT NULL,
        type     TEXT,
        country  TEXT
    );
    CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
    CREATE TABLE affiliations (
        actor_id    TEXT NOT NULL,
        to_group    TEXT NOT NULL,
        from_group  TEXT,
        members     TEXT,
        date        TEXT,
        document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        mention_id  TEXT NOT NULL
    );
    CREATE INDEX affiliations_actor ON affiliations(actor_id);
    CREATE INDEX affiliations_group ON affiliations(to_group);
    CREATE TABLE links (
        kind TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
        a    TEXT NOT NULL,
        b    TEXT NOT NULL,
        PRIMARY KEY (kind, a, b)
    ) WITHOUT ROWID;
    CREATE TABLE audit (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        action    TEXT NOT NULL,
        event_ids TEXT NOT NULL,
        documents TEXT NOT NULL,
        reason    TEXT
    );
    """,
    # 2: filters compare case-insensitively, so their indexes must too; the events' full-text index is
    # keyed by the events' rowid so that a text query can be joined to a filter index
    """
    DROP INDEX events_type_date;
    DROP INDEX events_country_date;
    DROP INDEX events_admin1;
    CREATE INDEX events_country_type_date ON events(country COLLATE NOCASE, event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_type_date ON events(event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_sub_type_date ON events(sub_event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_admin1_date ON events(admin1 COLLATE NOCASE, event_date);
    CREATE VIRTUAL TABLE events_text USING fts5(event_id UNINDEXED, body);
    INSERT INTO events_text (rowid, event_id, body)
        SELECT e.rowid, f.event_id, f.body FROM events_fts f JOIN events e ON e.event_id = f.event_id;
    DROP TABLE events_fts;
    """,
    # 3: the events table sorts and filters on every column the analyst's table shows, each through an
    # index that also orders ties by event id (actors, place, confidence, number of sources,
    # fatalities). The table is rebuilt so that the record (data) comes last: a column stored after a
    # long record is read by walking its overflow pages. Rowids are kept (the full-text index is keyed
    # by them); the events' actor rows are kept aside while the old table goes, since dropping it
    # deletes them through their foreign key.
    """
    CREATE TABLE kept_event_actors AS SELECT * FROM event_actors;
    CREATE TABLE events_v3 (
        event_id       TEXT PRIMARY KEY,
        event_date     TEXT,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        country        TEXT,
        admin1         TEXT,
        location       TEXT,
        actor1         TEXT,
        actor2         TEXT,
        fatalities     INTEGER,
        confidence     REAL,
        corroboration  INTEGER,
        background     INTEGER NOT NULL DEFAULT 0,
        updated        TEXT NOT NULL,
        data           TEXT NOT NULL
    );
    INSERT INTO events_v3 (rowid, event_id, event_date, event_type, sub_event_type, country, admin1, location,
        actor1, actor2, fatalities, confidence, corroboration, background, updated, data)
        SELECT rowid, event_id, event_date, event_type, sub_event_type, country, admin1,
            json_extract(data, '$.location'), json_extract(data, '$.actor1'), json_extract(data, '$.actor2'),
            fatalities, json_extract(data, '$.confidence'), json_extract(data, '$.corroboration'), background,
            updated, data
        FROM events;
    DROP TABLE events;
    ALTER TABLE events_v3 RENAME TO events;
    DELETE FROM event_actors;
    INSERT INTO event_actors SELECT * FROM kept_event_actors;
    DROP TABLE kept_event_actors;
    CREATE INDEX events_date ON events(event_date, event_id);
    CREATE INDEX events_country_type_date ON events(country COLLATE NOCASE, event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_type_date ON events(event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_sub_type_date ON events(sub_event_type COLLATE NOCASE, event_date);
    CREATE INDEX events_admin1_date ON events(admin1 COLLATE NOCASE, event_date);
    CREATE INDEX events_location ON events(location COLLATE NOCASE, event_id);
    CREATE INDEX events_actor1 ON events(actor1 COLLATE NOCASE, event_id);
    CREATE INDEX events_actor2 ON events(actor2 COLLATE NOCASE, event_id);
    CREATE INDEX events_fatalities ON events(fatalities, event_id);
    CREATE INDEX events_confidence ON events(confidence, event_id);
    CREATE INDEX events_corroboration ON events(corroboration, event_id);
    DROP INDEX event_actors_actor;
    CREATE INDEX event_actors_actor_event ON event_actors(actor COLLATE NOCASE, event_id);
    """,
    # 4: the events' coordinates beside them, keyed by the events' rowid, so that the map of a whole
    # filtered ledger is counted in SQL (reading them out of each record's JSON took 0.4 s at 100,000
    # events); the analyst's review decisions, keyed by the report (mention) they are about, which
    # survives re-fusion and re-ingest where an event id may not; the analyst's actor merges (a name or
    # alias of the merged actor -> the actor it now is), which fusion and the filters read
    """
    CREATE TABLE event_points (
        event_rowid INTEGER PRIMARY KEY,
        latitude    REAL NOT NULL,
        longitude   REAL NOT NULL
    );
    INSERT INTO event_points (event_rowid, latitude, longitude)
        SELECT rowid, json_extract(data, '$.latitude'), json_extract(data, '$.longitude') FROM events
        WHERE json_extract(data, '$.latitude') IS NOT NULL AND json_extract(data, '$.longitude') IS NOT NULL;
    CREATE INDEX event_points_position ON event_points(latitude, longitude);
    CREATE TABLE review_decisions (
        issue      TEXT NOT NULL,
        mention_id TEXT NOT NULL,
        decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'edited')),
        detail     TEXT NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (mention_id, issue)
    ) WITHOUT ROWID;
    CREATE TABLE actor_merges (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        merged_into TEXT NOT NULL,
        at   TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 5: what fetching feeds and pages learnt: a feed's validators for the next conditional GET, and the
    # pages already read (a poll fetches only the items it has not read before)
    """
    CREATE TABLE fetched (
        url           TEXT PRIMARY KEY,
        kind          TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
        etag          TEXT,
        last_modified TEXT,
        fetched_at    TEXT NOT NULL,
        outcome       TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 6: the map of a whole ledger without reading its events. Each located event's point carries its
    # date and toll and its cell of the map's finest counted grid (CELL_DEGREES: zoom 6, a quarter of a
    # tile), and event_cells keeps each cell's totals in step on every write: the whole ledger's map at
    # zoom 0-6 is a sum over a few thousand cells instead of a grouping of every event (677 ms at 100,000
    # events); a filtered map reads the points beside the filter's index, never the events' records.
    # event_facets keeps the facet counts of the whole ledger (scope '') and of each country (scope: its
    # name) in step the same way: events per country, type and actor (an event counts once per actor,
    # under the smallest of the spellings it gives the actor). The country index carries every column
    # the table sorts by, and the type index the numeric ones: a country's page sorted by fatalities or
    # actor read each of the country's records to sort them (25-30 ms of CPU for 12,500 events), now
    # its index alone (2 ms); type + since + min fatalities 18 ms -> 1 ms.
    """
    CREATE TABLE event_points_v6 (
        event_rowid INTEGER PRIMARY KEY,
        latitude    REAL NOT NULL,
        longitude   REAL NOT NULL,
        event_date  TEXT,
        fatalities  INTEGER,
        cell_y      INTEGER NOT NULL,
        cell_x      INTEGER NOT NULL
    );
    INSERT INTO event_points_v6 (event_rowid, latitude, longitude, event_date, fatalities, cell_y, cell_x)
        SELECT p.event_rowid, p.latitude, p.longitude, e.event_date, e.fatalities,
            CAST((p.latitude + 90) / 1.40625 AS INTEGER), CAST((p.longitude + 180) / 1.40625 AS INTEGER)
        FROM event_points p JOIN events e ON e.rowid = p.event_rowid;
    DROP TABLE event_points;
    ALTER TABLE event_points_v6 RENAME TO event_points;
    CREATE INDEX event_points_position ON event_points(latitude, longitude);
    CREATE INDEX event_points_cell ON event_points(cell_y, cell_x, event_date);
    CREATE TABLE event_cells (
        cell_y        INTEGER NOT NULL,
        cell_x        INTEGER NOT NULL,
        events        INTEGER NOT NULL,
        latitude_sum  REAL NOT NULL,
        longitude_sum REAL NOT NULL,
        fatalities    INTEGER NOT NULL,
        first_date    TEXT,
        last_date     TEXT,
        PRIMARY KEY (cell_y, cell_x)
    ) WITHOUT ROWID;
    INSERT INTO event_cells (cell_y, cell_x, events, latitude_sum, longitude_sum, fatalities, first_date, last_date)
        SELECT cell_y, cell_x, count(*), sum(latitude), sum(longitude), coalesce(sum(fatalities), 0),
            min(event_date), max(event_date)
        FROM event_points GROUP BY cell_y, cell_x;
    CREATE TABLE event_facets (
        scope  TEXT NOT NULL,
        field  TEXT NOT NULL,
        value  TEXT NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (scope, field, value)
    ) WITHOUT ROWID;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'country', country, count(*) FROM events WHERE country IS NOT NULL GROUP BY country;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT country, 'country', country, count(*) FROM events WHERE country IS NOT NULL GROUP BY country;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'event_type', event_type, count(*) FROM events GROUP BY event_type;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT country, 'event_type', event_type, count(*) FROM events WHERE country IS NOT NULL
        GROUP BY country, event_type;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'actor', spelling, count(*) FROM
            (SELECT min(a.actor) AS spelling FROM event_actors a GROUP BY a.event_id, a.actor COLLATE NOCASE)
        GROUP BY spelling;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT e.country, 'actor', s.spelling, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, a.actor COLLATE NOCASE) s
            JOIN events e ON e.event_id = s.event_id
        WHERE e.country IS NOT NULL GROUP BY e.country, s.spelling;
    DROP INDEX events_country_type_date;
    CREATE INDEX events_country_type_date
        ON events(country COLLATE NOCASE, event_type COLLATE NOCASE, event_date, event_id, fatalities, confidence,
                  corroboration, actor1, actor2, location, admin1, sub_event_type);
    DROP INDEX events_type_date;
    CREATE INDEX events_type_date
        ON events(event_type COLLATE NOCASE, event_date, event_id, fatalities, confidence, corroboration);
    """,
    # 7: the facets of one actor's events, kept in step on every write as event_facets are: an actor's
    # events per event type and per country, each event once per actor under the actor's smallest
    # spelling (as the actor facet counts it). A listing filtered by an actor (actor=ISKP) counted its
    # facet from the events' records, one lookup per event (54 ms for 14,000 events at 100,000: past the
    # facet deadline, so the facet was left out); now from a few kept rows.
    """
    CREATE TABLE actor_facets (
        actor  TEXT NOT NULL,
        field  TEXT NOT NULL,
        value  TEXT NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (actor, field, value)
    ) WITHOUT ROWID;
    CREATE INDEX actor_facets_actor ON actor_facets(actor COLLATE NOCASE, field);
    INSERT INTO actor_facets (actor, field, value, events)
        SELECT s.spelling, 'event_type', e.event_type, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, a.actor COLLATE NOCASE) s
            JOIN events e ON e.event_id = s.event_id
        GROUP BY s.spelling, e.event_type;
    INSERT INTO actor_facets (actor, field, value, events)
        SELECT s.spelling, 'country', e.country, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, a.actor COLLATE NOCASE) s
            JOIN events e ON e.event_id = s.event_id
        WHERE e.country IS NOT NULL GROUP BY s.spelling, e.country;
    """,
    # 8: a country's events in each order the table sorts by. A text column's values cluster by country
    # (a place lies in one country, an actor's name often says whose it is), so a country's page sorted
    # by actor1 or location walked the column's index past whole other countries, testing each entry's
    # country (p95 0.3-1 s at 300,000 events, outliers of seconds at a million); sorted by a number or
    # the date it sorted all the country's events (37,500 of 300,000: 15-25 ms, growing with the
    # ledger). The country's own stretch of these indexes is read in order and stops after a page.
    """
    CREATE INDEX events_country_actor1 ON events(country COLLATE NOCASE, actor1 COLLATE NOCASE, event_id);
    CREATE INDEX events_country_actor2 ON events(country COLLATE NOCASE, actor2 COLLATE NOCASE, event_id);
    CREATE INDEX events_country_location ON events(country COLLATE NOCASE, location COLLATE NOCASE, event_id);
    CREATE INDEX events_country_admin1 ON events(country COLLATE NOCASE, admin1 COLLATE NOCASE, event_id);
    CREATE INDEX events_country_date ON events(country COLLATE NOCASE, event_date, event_id);
    CREATE INDEX events_country_fatalities ON events(country COLLATE NOCASE, fatalities, event_id);
    CREATE INDEX events_country_confidence ON events(country COLLATE NOCASE, confidence, event_id);
    CREATE INDEX events_country_corroboration ON events(country COLLATE NOCASE, corroboration, event_id);
    """,
    # 9: the whole ledger's events per location and per province, kept in step as the other kept counts
    # are, and the kept values indexed case-blind: an autocomplete of a place (GET /api/suggest) counted
    # the events of each place starting with what was typed ("K": 600,000 index entries at a million
    # events), now it reads the few kept rows whose value starts so. And the orders by event type and
    # sub-event type (ties by id), which no index gave: a page of the whole ledger sorted by sub-event
    # type sorted the million events (3.0-3.6 s), now 0.2 ms; Battles by sub-event type 12-15 s -> 0.7-3.5 s.
    """
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'location', location, count(*) FROM events WHERE location IS NOT NULL GROUP BY location;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'admin1', admin1, count(*) FROM events WHERE admin1 IS NOT NULL GROUP BY admin1;
    CREATE INDEX event_facets_value ON event_facets(scope, field, value COLLATE NOCASE);
    CREATE INDEX events_type_id ON events(event_type COLLATE NOCASE, event_id);
    CREATE INDEX events_sub_type_id ON events(sub_event_type COLLATE NOCASE, event_id);
    """,
    # 10: the orders by country and by province (ties by id), which no index gave whole: the other
    # indexes of those columns go on by date or another column, so a page sorted by country sorted every
    # event of the first country by id ("market" by country at 300,000 events: 34-54 ms, a third of it
    # for Afghanistan's 37,500 events); walked here, the page stops after its rows.
    """
    CREATE INDEX events_country_id ON events(country COLLATE NOCASE, event_id);
    CREATE INDEX events_admin1_id ON events(admin1 COLLATE NOCASE, event_id);
    """,
    # 11: the ledger's change counter, moved on by every write to what an event's possible duplicates are
    # found from (the reports, their events and blocking keys, their articles' dates and outlets, the
    # analysts' links), whichever connection or process writes, beside a random name of this ledger (a
    # ledger made again at the same path starts counting again); what was found is kept in memory
    # under both (duplicates.py). Found again per request, the events list with has_duplicates took 3-6 s on a
    # ledger of 3,600 events.
    """
    CREATE TABLE ledger_generation (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        ledger     TEXT NOT NULL,
        generation INTEGER NOT NULL
    );
    INSERT INTO ledger_generation (id, ledger, generation) VALUES (1, lower(hex(randomblob(16))), 0);
    CREATE TRIGGER mentions_added AFTER INSERT ON mentions
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER mentions_moved AFTER UPDATE ON mentions
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER mentions_removed AFTER DELETE ON mentions
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER mention_blocks_added AFTER INSERT ON mention_blocks
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER mention_blocks_removed AFTER DELETE ON mention_blocks
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER documents_changed AFTER UPDATE ON documents
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER documents_removed AFTER DELETE ON documents
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER links_added AFTER INSERT ON links
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    CREATE TRIGGER links_removed AFTER DELETE ON links
        BEGIN UPDATE ledger_generation SET generation = generation + 1; END;
    """,
    # 12: a place's events by date. The location's only index went on by event id, so a location's page
    # newest first (the listing's default) read and sorted every event of the place, and one since a date
    # tested each of them: 9,453 events of Kabul at 300,000, 20 ms of CPU (38 ms since a date). Read
    # along this index, in either direction, the page stops after its rows; a date range is a stretch of it.
    """
    CREATE INDEX events_location_date ON events(location COLLATE NOCASE, event_date, event_id);
    """,
    # 13: a type's events by toll. A page of one event type sorted by fatalities (with a minimum toll: an
    # analyst's "deadliest battles") walked the whole ledger's toll index and read each event to test its
    # type, since the planner takes type and toll for independent; a type that rarely kills (protests,
    # arrests) then read every event with such a toll before finding none: 279,000 events at a million,
    # 1.3 s of CPU. Along this index the page reads the type's own stretch, in either direction.
    """
    CREATE INDEX events_type_fatalities ON events(event_type COLLATE NOCASE, fatalities, event_id);
    """,
]


def migration_statements(script: str) -> list[str]:
    """The statements of one migration, each whole: a trigger's body holds semicolons of its own."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.replace(";", "").strip():
                statements.append(pending)
            pending = ""
    if pending.replace(";", "").strip():
        statements.append(pending)
    return statements

# The finest grid kept counted (event_cells): zoom CELL_ZOOM's cells, of CELL_DEGREES (migration 6 says
# the same number in its SQL). A coarser zoom's cell is a block of 2^k by 2^k of these.
CELL_ZOOM = 6
CELL_DEGREES = 360 / 2**CELL_ZOOM / 4

SCHEMA_VERSION = len(MIGRATIONS)

# The PostgreSQL schema, with the same tables and columns as SQLite's latest version; the table
# ``eventledger_schema`` records how far a database is. Text columns compare and sort byte-wise (COLLATE
# "C", as SQLite's default BINARY collation does) whatever the database's locale, so that exports come out
# in the same order on both; ``nocase`` compares ignoring case, as SQLite's NOCASE does (ICU's level-2
# strength ignores case but not accents). Full-text search is PostgreSQL's own: a tsvector per document
# (generated from its title and text) and per event (written with it), each with a GIN index; the
# 'simple' configuration lower-cases words without stemming, as SQLite's FTS5 tokenizer does.
POSTGRES_MIGRATIONS: list[str] = [
    # 1: the ledger as of SQLite's version 3
    """
    CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
    CREATE TABLE documents (
        document_id  TEXT COLLATE "C" PRIMARY KEY,
        title        TEXT COLLATE "C",
        source       TEXT COLLATE "C",
        url          TEXT COLLATE "C",
        published    TEXT COLLATE "C",
        language     TEXT COLLATE "C",
        clean_text   TEXT COLLATE "C" NOT NULL,
        paragraphs   TEXT NOT NULL,
        removed      TEXT NOT NULL,
        extra        TEXT NOT NULL,
        origin       TEXT COLLATE "C",
        duplicate_of TEXT COLLATE "C",
        minhash      BYTEA,
        search       TSVECTOR GENERATED ALWAYS AS
            (to_tsvector('simple', coalesce(title, '') || ' ' || clean_text)) STORED
    );
    CREATE INDEX documents_search ON documents USING gin (search);
    CREATE TABLE document_bands (
        band        TEXT COLLATE "C" NOT NULL,
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        PRIMARY KEY (band, document_id)
    );
    CREATE INDEX document_bands_document ON document_bands(document_id);
    CREATE TABLE spans (
        document_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        kind         TEXT COLLATE "C" NOT NULL,
        label        TEXT COLLATE "C"
    );
    CREATE INDEX spans_document ON spans(document_id);
    CREATE TABLE mentions (
        mention_id  TEXT COLLATE "C" PRIMARY KEY,
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        event_id    TEXT COLLATE "C",
        data        TEXT NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_document ON mentions(document_id);
    CREATE TABLE mention_blocks (
        block      TEXT COLLATE "C" NOT NULL,
        mention_id TEXT COLLATE "C" NOT NULL REFERENCES mentions(mention_id) ON DELETE CASCADE,
        PRIMARY KEY (block, mention_id)
    );
    CREATE INDEX mention_blocks_mention ON mention_blocks(mention_id);
    CREATE TABLE events (
        event_id       TEXT COLLATE "C" PRIMARY KEY,
        rowid          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        event_date     TEXT COLLATE "C",
        event_type     TEXT COLLATE "C" NOT NULL,
        sub_event_type TEXT COLLATE "C" NOT NULL,
        country        TEXT COLLATE "C",
        admin1         TEXT COLLATE "C",
        location       TEXT COLLATE "C",
        actor1         TEXT COLLATE "C",
        actor2         TEXT COLLATE "C",
        fatalities     INTEGER,
        confidence     DOUBLE PRECISION,
        corroboration  INTEGER,
        background     INTEGER NOT NULL DEFAULT 0,
        updated        TEXT COLLATE "C" NOT NULL,
        body           TSVECTOR,
        data           TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date, event_id);
    CREATE INDEX events_country_type_date ON events((country COLLATE nocase), (event_type COLLATE nocase), event_date);
    CREATE INDEX events_type_date ON events((event_type COLLATE nocase), event_date);
    CREATE INDEX events_sub_type_date ON events((sub_event_type COLLATE nocase), event_date);
    CREATE INDEX events_admin1_date ON events((admin1 COLLATE nocase), event_date);
    CREATE INDEX events_location ON events((location COLLATE nocase), event_id);
    CREATE INDEX events_actor1 ON events((actor1 COLLATE nocase), event_id);
    CREATE INDEX events_actor2 ON events((actor2 COLLATE nocase), event_id);
    CREATE INDEX events_fatalities ON events(fatalities, event_id);
    CREATE INDEX events_confidence ON events(confidence, event_id);
    CREATE INDEX events_corroboration ON events(corroboration, event_id);
    CREATE INDEX events_body ON events USING gin (body);
    CREATE TABLE event_actors (
        event_id TEXT COLLATE "C" NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        actor    TEXT COLLATE "C" NOT NULL,
        role     TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX event_actors_actor_event ON event_actors((actor COLLATE nocase), event_id);
    CREATE INDEX event_actors_event ON event_actors(event_id);
    CREATE TABLE quotes (
        document_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        speaker      TEXT COLLATE "C",
        speaker_role TEXT COLLATE "C",
        text         TEXT COLLATE "C" NOT NULL,
        direct       INTEGER NOT NULL,
        cue          TEXT COLLATE "C",
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL
    );
    CREATE INDEX quotes_document ON quotes(document_id);
    CREATE TABLE claims (
        document_id  TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        text         TEXT COLLATE "C" NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        source_chain TEXT NOT NULL,
        hedged       INTEGER NOT NULL,
        hedge_cue    TEXT COLLATE "C",
        certainty    DOUBLE PRECISION NOT NULL,
        mention_ids  TEXT NOT NULL
    );
    CREATE INDEX claims_document ON claims(document_id);
    CREATE TABLE actors (
        actor_id TEXT COLLATE "C" PRIMARY KEY,
        name     TEXT COLLATE "C" NOT NULL,
        aliases  TEXT COLLATE "C" NOT NULL,
        type     TEXT COLLATE "C",
        country  TEXT COLLATE "C"
    );
    CREATE INDEX actors_name ON actors((name COLLATE nocase));
    CREATE TABLE affiliations (
        actor_id    TEXT COLLATE "C" NOT NULL,
        to_group    TEXT COLLATE "C" NOT NULL,
        from_group  TEXT COLLATE "C",
        members     TEXT COLLATE "C",
        date        TEXT COLLATE "C",
        document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
        mention_id  TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX affiliations_actor ON affiliations(actor_id);
    CREATE INDEX affiliations_group ON affiliations((to_group COLLATE nocase));
    CREATE TABLE links (
        kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('must', 'cannot')),
        a    TEXT COLLATE "C" NOT NULL,
        b    TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, a, b)
    );
    CREATE TABLE audit (
        id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at        TEXT NOT NULL,
        action    TEXT NOT NULL,
        event_ids TEXT NOT NULL,
        documents TEXT NOT NULL,
        reason    TEXT
    );
    """,
]

POSTGRES_MIGRATIONS.append(
    # 2: as SQLite's version 4: the events' coordinates (keyed by the events' rowid), the analyst's review
    # decisions and actor merges
    """
    CREATE TABLE event_points (
        event_rowid BIGINT PRIMARY KEY,
        latitude    DOUBLE PRECISION NOT NULL,
        longitude   DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX event_points_position ON event_points(latitude, longitude);
    CREATE TABLE review_decisions (
        issue      TEXT COLLATE "C" NOT NULL,
        mention_id TEXT COLLATE "C" NOT NULL,
        decision   TEXT COLLATE "C" NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'edited')),
        detail     TEXT NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (mention_id, issue)
    );
    CREATE TABLE actor_merges (
        name        TEXT COLLATE nocase PRIMARY KEY,
        merged_into TEXT COLLATE "C" NOT NULL,
        at          TEXT NOT NULL
    );
    """
)
POSTGRES_MIGRATIONS.append(
    # 3: as SQLite's version 5: what fetching feeds and pages learnt
    """
    CREATE TABLE fetched (
        url           TEXT COLLATE "C" PRIMARY KEY,
        kind          TEXT COLLATE "C" NOT NULL CHECK (kind IN ('feed', 'page')),
        etag          TEXT,
        last_modified TEXT,
        fetched_at    TEXT NOT NULL,
        outcome       TEXT NOT NULL
    );
    """
)
POSTGRES_MIGRATIONS.append(
    # 4: as SQLite's version 6: each point with its date, toll and cell; each cell's totals kept in step
    """
    ALTER TABLE event_points ADD COLUMN event_date TEXT COLLATE "C";
    ALTER TABLE event_points ADD COLUMN fatalities INTEGER;
    ALTER TABLE event_points ADD COLUMN cell_y INTEGER;
    ALTER TABLE event_points ADD COLUMN cell_x INTEGER;
    UPDATE event_points p SET event_date = e.event_date, fatalities = e.fatalities,
        cell_y = trunc((p.latitude + 90) / 1.40625)::integer, cell_x = trunc((p.longitude + 180) / 1.40625)::integer
        FROM events e WHERE e.rowid = p.event_rowid;
    ALTER TABLE event_points ALTER COLUMN cell_y SET NOT NULL;
    ALTER TABLE event_points ALTER COLUMN cell_x SET NOT NULL;
    CREATE INDEX event_points_cell ON event_points(cell_y, cell_x, event_date);
    CREATE TABLE event_cells (
        cell_y        INTEGER NOT NULL,
        cell_x        INTEGER NOT NULL,
        events        INTEGER NOT NULL,
        latitude_sum  DOUBLE PRECISION NOT NULL,
        longitude_sum DOUBLE PRECISION NOT NULL,
        fatalities    INTEGER NOT NULL,
        first_date    TEXT COLLATE "C",
        last_date     TEXT COLLATE "C",
        PRIMARY KEY (cell_y, cell_x)
    );
    INSERT INTO event_cells (cell_y, cell_x, events, latitude_sum, longitude_sum, fatalities, first_date, last_date)
        SELECT cell_y, cell_x, count(*), sum(latitude), sum(longitude), coalesce(sum(fatalities), 0),
            min(event_date), max(event_date)
        FROM event_points GROUP BY cell_y, cell_x;
    CREATE TABLE event_facets (
        scope  TEXT COLLATE "C" NOT NULL,
        field  TEXT COLLATE "C" NOT NULL,
        value  TEXT COLLATE "C" NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (scope, field, value)
    );
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'country', country, count(*) FROM events WHERE country IS NOT NULL GROUP BY country;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT country, 'country', country, count(*) FROM events WHERE country IS NOT NULL GROUP BY country;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'event_type', event_type, count(*) FROM events GROUP BY event_type;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT country, 'event_type', event_type, count(*) FROM events WHERE country IS NOT NULL
        GROUP BY country, event_type;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'actor', spelling, count(*) FROM
            (SELECT min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, (a.actor COLLATE nocase)) spellings
        GROUP BY spelling;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT e.country, 'actor', s.spelling, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, (a.actor COLLATE nocase)) s
            JOIN events e ON e.event_id = s.event_id
        WHERE e.country IS NOT NULL GROUP BY e.country, s.spelling;
    DROP INDEX events_country_type_date;
    CREATE INDEX events_country_type_date
        ON events((country COLLATE nocase), (event_type COLLATE nocase), event_date, event_id, fatalities, confidence,
                  corroboration, actor1, actor2, location, admin1, sub_event_type);
    DROP INDEX events_type_date;
    CREATE INDEX events_type_date
        ON events((event_type COLLATE nocase), event_date, event_id, fatalities, confidence, corroboration);
    """
)
POSTGRES_MIGRATIONS.append(
    # 5: the orders PostgreSQL could not read from an index: a descending sort keeps SQLite's order, unknown
    # (NULL) values last (store.postgres.postgres_sql), where an ascending index read backwards gives them
    # first; and the default listing (newest first, ties by ascending id) mixes directions. Without these
    # a sorted page of 200,000 events sorted the whole table (300 ms); with them it reads a page of an index.
    """
    CREATE INDEX events_newest ON events(event_date DESC NULLS LAST, event_id);
    CREATE INDEX events_date_desc ON events(event_date DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_location_desc ON events((location COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_actor1_desc ON events((actor1 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_actor2_desc ON events((actor2 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_desc ON events((country COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_admin1_desc ON events((admin1 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_fatalities_desc ON events(fatalities DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_confidence_desc ON events(confidence DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_corroboration_desc ON events(corroboration DESC NULLS LAST, event_id DESC NULLS LAST);
    """
)
POSTGRES_MIGRATIONS.append(
    # 6: as SQLite's version 7: each actor's events per event type and country, kept in step
    """
    CREATE TABLE actor_facets (
        actor  TEXT COLLATE "C" NOT NULL,
        field  TEXT COLLATE "C" NOT NULL,
        value  TEXT COLLATE "C" NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (actor, field, value)
    );
    CREATE INDEX actor_facets_actor ON actor_facets((actor COLLATE nocase), field);
    INSERT INTO actor_facets (actor, field, value, events)
        SELECT s.spelling, 'event_type', e.event_type, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, (a.actor COLLATE nocase)) s
            JOIN events e ON e.event_id = s.event_id
        GROUP BY s.spelling, e.event_type;
    INSERT INTO actor_facets (actor, field, value, events)
        SELECT s.spelling, 'country', e.country, count(*) FROM
            (SELECT a.event_id, min(a.actor) AS spelling FROM event_actors a
             GROUP BY a.event_id, (a.actor COLLATE nocase)) s
            JOIN events e ON e.event_id = s.event_id
        WHERE e.country IS NOT NULL GROUP BY s.spelling, e.country;
    """
)
POSTGRES_MIGRATIONS.append(
    # 7: as SQLite's version 8 for the text columns and the date, each order in both directions (a
    # descending sort keeps unknown values last: see version 5). At 300,000 events, a country's page
    # (server time, median): by actor1 114 -> 0.1 ms, by -location 199 -> 0.1 ms; q + country + type,
    # newest first, 42 -> 3 ms (an order by date: no number index took part). By a number PostgreSQL walked the number's
    # own index and stopped after a page already (0.3-0.5 ms): no index of those here, each would cost
    # every write. The new indexes' statistics are gathered at once, for the planner to weigh them.
    """
    CREATE INDEX events_country_actor1 ON events((country COLLATE nocase), (actor1 COLLATE nocase), event_id);
    CREATE INDEX events_country_actor1_desc
        ON events((country COLLATE nocase), (actor1 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_actor2 ON events((country COLLATE nocase), (actor2 COLLATE nocase), event_id);
    CREATE INDEX events_country_actor2_desc
        ON events((country COLLATE nocase), (actor2 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_location ON events((country COLLATE nocase), (location COLLATE nocase), event_id);
    CREATE INDEX events_country_location_desc
        ON events((country COLLATE nocase), (location COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_admin1 ON events((country COLLATE nocase), (admin1 COLLATE nocase), event_id);
    CREATE INDEX events_country_admin1_desc
        ON events((country COLLATE nocase), (admin1 COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_date ON events((country COLLATE nocase), event_date, event_id);
    CREATE INDEX events_country_date_desc
        ON events((country COLLATE nocase), event_date DESC NULLS LAST, event_id DESC NULLS LAST);
    ANALYZE events;
    """
)
POSTGRES_MIGRATIONS.append(
    # 8: as SQLite's version 9: the events per location and per province, kept in step
    """
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'location', location, count(*) FROM events WHERE location IS NOT NULL GROUP BY location;
    INSERT INTO event_facets (scope, field, value, events)
        SELECT '', 'admin1', admin1, count(*) FROM events WHERE admin1 IS NOT NULL GROUP BY admin1;
    """
)
POSTGRES_MIGRATIONS.append(
    # 9: as SQLite's versions 9 and 10, the orders no index gave: by event type and sub-event type in both
    # directions, and by country and province ascending (version 5 gave them descending only), ties by id;
    # and by id descending (the key's index read backwards puts NULLs first, which PostgreSQL does not take
    # for "NULLS LAST" even of a key that has none). Without them a page of the whole ledger in those orders
    # sorted every event.
    """
    CREATE INDEX events_id_desc ON events(event_id DESC NULLS LAST);
    CREATE INDEX events_type_id ON events((event_type COLLATE nocase), event_id);
    CREATE INDEX events_type_id_desc ON events((event_type COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_sub_type_id ON events((sub_event_type COLLATE nocase), event_id);
    CREATE INDEX events_sub_type_id_desc
        ON events((sub_event_type COLLATE nocase) DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_id ON events((country COLLATE nocase), event_id);
    CREATE INDEX events_admin1_id ON events((admin1 COLLATE nocase), event_id);
    ANALYZE events;
    """
)
POSTGRES_MIGRATIONS.append(
    # 10: as SQLite's version 11, the ledger's change counter; a trigger per statement (PostgreSQL has
    # them, SQLite only per row)
    """
    CREATE TABLE ledger_generation (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        ledger     TEXT NOT NULL,
        generation BIGINT NOT NULL
    );
    INSERT INTO ledger_generation (id, ledger, generation)
        VALUES (1, md5(random()::text || clock_timestamp()::text), 0);
    CREATE FUNCTION eventledger_next_generation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE ledger_generation SET generation = generation + 1;
            RETURN NULL;
        END
    $$;
    CREATE TRIGGER mentions_changed AFTER INSERT OR UPDATE OR DELETE ON mentions
        FOR EACH STATEMENT EXECUTE FUNCTION eventledger_next_generation();
    CREATE TRIGGER mention_blocks_changed AFTER INSERT OR DELETE ON mention_blocks
        FOR EACH STATEMENT EXECUTE FUNCTION eventledger_next_generation();
    CREATE TRIGGER documents_changed AFTER UPDATE OR DELETE ON documents
        FOR EACH STATEMENT EXECUTE FUNCTION eventledger_next_generation();
    CREATE TRIGGER links_changed AFTER INSERT OR DELETE ON links
        FOR EACH STATEMENT EXECUTE FUNCTION eventledger_next_generation();
    """
)
POSTGRES_MIGRATIONS.append(
    # 11: as SQLite's version 12, a place's events by date: newest first (the listing's default, ties by
    # ascending id) and oldest first, each an index of its own since a descending sort keeps unknown dates
    # last (see version 5); by date descending, ties by descending id, reads the first and sorts only ties.
    """
    CREATE INDEX events_location_date ON events((location COLLATE nocase), event_date, event_id);
    CREATE INDEX events_location_newest ON events((location COLLATE nocase), event_date DESC NULLS LAST, event_id);
    ANALYZE events;
    """
)
POSTGRES_MIGRATIONS.append(
    # 12: as SQLite's version 13, a type's events by toll, descending (the order an analyst asks for; see
    # version 5 for why a descending order needs an index of its own). Type "Protests", toll of 5 or more,
    # since a date, by toll: 2.6 s -> 0.6 ms at a million events (cold cache; 4 ms -> 1.4 ms for battles).
    # And as SQLite's version 8 for the numbers, a country's events by toll, confidence and sources in
    # both directions: version 7 left them out because a walk of the number's own index stopped after a
    # page on a ledger whose countries were spread evenly along it, but in real news they are not (one
    # country's reports share outlets and confidence): Nigeria by -confidence walked 372,272 events of
    # other countries first, 4.1 s at a million copied from real reports.
    """
    CREATE INDEX events_type_fatalities_desc
        ON events((event_type COLLATE nocase), fatalities DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_fatalities ON events((country COLLATE nocase), fatalities, event_id);
    CREATE INDEX events_country_fatalities_desc
        ON events((country COLLATE nocase), fatalities DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_confidence ON events((country COLLATE nocase), confidence, event_id);
    CREATE INDEX events_country_confidence_desc
        ON events((country COLLATE nocase), confidence DESC NULLS LAST, event_id DESC NULLS LAST);
    CREATE INDEX events_country_corroboration ON events((country COLLATE nocase), corroboration, event_id);
    CREATE INDEX events_country_corroboration_desc
        ON events((country COLLATE nocase), corroboration DESC NULLS LAST, event_id DESC NULLS LAST);
    ANALYZE events;
    """
)
POSTGRES_SCHEMA_VERSION = len(POSTGRES_MIGRATIONS)
