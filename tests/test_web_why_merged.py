"""The dossier's "Why merged": each report of a fused event shows what its merge rested on, stored when
the event was fused. The placeless dev set goes through the real pipeline into a real SQLite file, and a
real server on 127.0.0.1 serves the page. Expected values checked by hand against the articles: pl-06
(Bannu, 5 dead on Sunday), pl-07 ("a market in northwest Pakistan", 9 dead, Sunday's) and pl-08 ("Bannu
district", 9 dead, "two days after") are one bombing."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.web_fixtures import live_server

PLACELESS = Path(__file__).resolve().parent.parent / "devdata" / "fusion" / "placeless" / "articles.jsonl"


class WhyMerged(HTMLParser):
    """The text of each source section's "Why merged" block, by document id."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[str, list[str]] = {}
        self._document: str | None = None
        self._inside = 0

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "section" and "source" in (found.get("class") or ""):
            self._document = found.get("data-document-id")
        if tag == "details" and "why-merged" in (found.get("class") or ""):
            self._inside = 1
            self.blocks[self._document or ""] = []
        elif self._inside and tag == "details":
            self._inside += 1

    def handle_endtag(self, tag):
        if self._inside and tag == "details":
            self._inside -= 1

    def handle_data(self, data):
        if self._inside and data.strip():
            self.blocks[self._document or ""].append(" ".join(data.split()))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    db = str(tmp_path_factory.mktemp("why") / "ledger.db")
    store = open_store(db)
    try:
        ingest_paths([str(PLACELESS)], store)
        bannu = next(e for e in store.iter_events() if "pl-07" in {s["document_id"] for s in e["sources"]})
    finally:
        store.close()
    with live_server(db) as server:
        yield server, bannu["event_id"]


def test_dossier_lists_the_evidence_each_merge_rested_on(served) -> None:
    server, event_id = served
    page = httpx.get(f"{server.url}/events/{event_id}", timeout=10)
    assert page.status_code == 200
    parser = WhyMerged()
    parser.feed(page.text)
    assert set(parser.blocks) == {"pl-06", "pl-07", "pl-08"}
    placeless = " ".join(parser.blocks["pl-07"])
    # the report naming no town agrees with pl-08 on the country, the day, the type, the toll and one word
    assert "confidence 0.90" in placeless and "This report says: Pakistan · 2025-09-14" in placeless
    assert "agrees most with pl-08" in placeless
    for shown in ("same country", "same day · 0 days apart", "same sub event type", "same figure", "motorcycle"):
        assert shown in placeless, shown
    town = " ".join(parser.blocks["pl-06"])
    assert "agrees most with pl-08" in town and "0.0 km apart" in town and "confidence 0.98" in town
    assert "bannu, motorcycle" in town


def test_the_api_carries_the_same_evidence_as_data(served) -> None:
    server, event_id = served
    event = httpx.get(f"{server.url}/api/events/{event_id}", timeout=10).json()
    why = {s["document_id"]: s["merged_on"] for s in event["sources"]}
    assert why["pl-07"]["place"] == "same_country" and why["pl-07"]["with"] == "pl-08"
    assert why["pl-07"]["cues"] == ["same_figure", "same_day", "same_sub_event_type", "distinctive_word"]
    assert why["pl-08"]["reads"]["date"] == "2025-09-14"  # "two days after", told on Tuesday the 16th
