"""A ledger of the previous schema (SQLite 12) opened by this eventledger: migrated in place by the first
command that opens it, every stored row kept, the exports unchanged. Real CLI processes on a real file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from eventledger.store.schema import MIGRATIONS, SCHEMA_VERSION, migration_statements
from tests.test_cli_misuse import run
from tests.web_fixtures import build_ledger

FORMATS = ("events", "acled-csv", "documents", "actors")


def schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """The ledger's own tables, indexes and triggers (SQLite's statistics tables are none of them)."""
    return {tuple(row) for row in conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the ledger, in rowid (or key) order."""
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    dumped = {}
    for table in tables:
        has_rowid = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        key = "" if "WITHOUT ROWID" in (has_rowid or "") else "rowid, "
        dumped[table] = sorted(conn.execute(f'SELECT {key}* FROM "{table}"').fetchall(), key=repr)
    return dumped


def exports(db: Path) -> dict[str, bytes]:
    found = {}
    for name in FORMATS:
        result = run("export", "--format", name, "--db", str(db))
        assert result.returncode == 0, result.stderr.decode()
        found[name] = result.stdout
    return found


def test_a_schema_12_ledger_is_migrated_in_place_by_the_first_command_with_nothing_lost(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    build_ledger(str(db))
    before = exports(db)
    assert before["events"].count(b"\n") == 6 and before["documents"]  # build_ledger's six events
    # the ledger as schema 12 left it: what migration 13 adds taken away
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX events_type_fatalities")
        conn.execute("PRAGMA user_version = 12")
    conn = sqlite3.connect(db)
    old = sqlite3.connect(":memory:")
    for statement in migration_statements(";".join(MIGRATIONS[:12])):
        old.execute(statement)
    assert schema(conn) == schema(old)  # exactly a ledger of schema 12
    stored = rows(conn)
    assert len(stored["events"]) == 6 and stored["documents"] and stored["quotes"] and stored["affiliations"]
    conn.close()

    assert exports(db) == before  # the first command (a read) migrated it
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 13
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert rows(conn) == stored
        added = schema(conn) - schema(old)
        assert [(kind, name) for kind, name, _ in added] == [("index", "events_type_fatalities")]
        # a type's page by toll reads the type's stretch of the new index, in order
        plan = " | ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT rowid FROM events e WHERE e.event_type = ? COLLATE NOCASE"
            " AND e.fatalities >= ? ORDER BY e.fatalities DESC, e.event_id DESC LIMIT 50", ("Protests", 5)))
        assert "events_type_fatalities" in plan and "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
    finally:
        conn.close()
