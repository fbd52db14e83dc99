"""A ledger written before a source field existed (its stored events lack ``background``, ``merged_on``
and the claimant's toll) still shows every event's dossier page. Before, the strict templates ended each
such page in a 500, and the server then reset the keep-alive connection of the next request.

The seed corpus goes through the real pipeline into a real SQLite file; the newer keys are then removed
from each stored source, as an older version wrote them; a real server on 127.0.0.1 serves the pages."""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.web_fixtures import live_server

NEWER_SOURCE_KEYS = ("background", "merged_on", "claimant", "claimant_fatalities_min", "claimant_fatalities_max")


@pytest.fixture(scope="module")
def older_ledger(tmp_path_factory: pytest.TempPathFactory, shared_dir) -> str:
    db = str(tmp_path_factory.mktemp("older") / "ledger.db")
    store = open_store(db)
    try:
        ingest_paths([str(shared_dir / "corpus" / "seed")], store)
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        for event_id, data in conn.execute("SELECT event_id, data FROM events").fetchall():
            event = json.loads(data)
            for source in event["sources"]:
                for key in NEWER_SOURCE_KEYS:
                    source.pop(key, None)
            conn.execute("UPDATE events SET data = ? WHERE event_id = ?", (json.dumps(event), event_id))
    return db


def test_every_dossier_page_of_an_older_ledger_is_shown(older_ledger: str) -> None:
    with sqlite3.connect(older_ledger) as conn:
        stored = {row[0]: json.loads(row[1]) for row in conn.execute("SELECT event_id, data FROM events")}
    assert len(stored) >= 10  # the seed corpus's events
    sources = [source for event in stored.values() for source in event["sources"]]
    assert not any(key in source for source in sources for key in NEWER_SOURCE_KEYS)
    with live_server(older_ledger) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        for event_id, event in stored.items():
            page = client.get(f"/events/{event_id}")
            assert page.status_code == 200, event_id
            for source in event["sources"]:  # each report still has its panel, and nothing is called recalled
                assert f'data-document-id="{source["document_id"]}"' in page.text
            assert "recalled in passing" not in page.text
        # the same keep-alive connection answers the next request
        assert client.get("/health").status_code == 200
