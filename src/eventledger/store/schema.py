"""The SQLite schema as an ordered list of migrations; ``PRAGMA user_version`` records how far a file is."""

from __future__ import annotations

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
    # 4: what fetching feeds and pages learnt: a feed's validators for the next conditional GET, and the
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
]

SCHEMA_VERSION = len(MIGRATIONS)
