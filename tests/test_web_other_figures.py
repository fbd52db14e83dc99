"""The dossier shows each speaker's figure an article gives beside its own ("Police said nine were killed" after
the lead's 11 from residents), escaped like every text of an article. The real pipeline into a real SQLite file,
and a real server on 127.0.0.1; the article written for this test."""

from __future__ import annotations

import json

import httpx
import pytest

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.web_fixtures import live_server

TEXT = (
    "Gunmen killed 11 people in an overnight raid on Hurti village in Nigeria's Plateau State, residents said on "
    "Tuesday.\n\nPolice spokesman Alfred <b>Alabo</b> confirmed the attack and said nine people were killed."
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("figures")
    corpus = folder / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "hurti", "published": "2025-06-03", "text": TEXT}) + "\n")
    db = str(folder / "ledger.db")
    store = open_store(db)
    try:
        ingest_paths([str(corpus)], store)
        event = next(e for e in store.iter_events() if e.get("fatalities_max") == 11)
    finally:
        store.close()
    with live_server(db) as server:
        yield server, event["event_id"]


def test_the_dossier_shows_the_other_speakers_figure(served) -> None:
    server, event_id = served
    page = httpx.get(f"{server.url}/events/{event_id}", timeout=10)
    assert page.status_code == 200
    shown = " ".join(page.text.split())
    assert "9 according to" in shown and "Alabo" in shown
    assert "<b>Alabo</b>" not in page.text  # the article's text is escaped
