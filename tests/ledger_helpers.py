"""Helpers shared by the tests: a real ingest into a real SQLite ledger."""

from __future__ import annotations

import json
from pathlib import Path

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store


def ingest(tmp_path: Path, items: list[dict]) -> list[dict]:
    """Ingest ``items`` (JSON Lines records) into a fresh ledger under ``tmp_path``; its events."""
    corpus = tmp_path / "items.jsonl"
    corpus.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        ingest_paths([str(corpus)], store)
        return list(store.iter_events())
    finally:
        store.close()


def ingest_texts(tmp_path: Path, texts: dict[str, str], **fields: str) -> list[dict]:
    """Ingest one record per ``texts`` item (id -> text), each with the same other ``fields``; its events."""
    return ingest(tmp_path, [{"id": doc_id, **fields, "text": text} for doc_id, text in texts.items()])


def told_by(events: list[dict], document_id: str) -> list[dict]:
    """The exported events one document is a source of."""
    return [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]


def sources_in_either_order(tmp_path: Path, first: dict, second: dict) -> dict[str, list[list[str]]]:
    """Ingest two records in both orders, each into a fresh ledger: per order, the documents of each event
    ``second`` is a source of (the shuffle check of a fusion test)."""
    found = {}
    for order, items in (("first-then-second", [first, second]), ("second-then-first", [second, first])):
        (tmp_path / order).mkdir()
        events = ingest(tmp_path / order, items)
        found[order] = [sorted(s["document_id"] for s in e["sources"]) for e in told_by(events, second["id"])]
    return found
