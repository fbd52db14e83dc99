"""The pipeline's own promises, beyond each stage's: a stage's failure on one article costs that article
its extracted facts, never the batch."""

from __future__ import annotations

import json

from eventledger import pipeline
from eventledger.store import open_store


def test_extraction_failure_on_one_article_keeps_the_batch(tmp_path, monkeypatch):
    corpus = tmp_path / "two.jsonl"
    articles = [
        {"id": "fine", "published": "2024-06-08", "text": "Gunmen attacked a market in Maiduguri on Friday, "
         "killing five traders, police said."},
        {"id": "breaks", "published": "2024-06-08", "text": "Police arrested three opposition leaders in Kano "
         "on Tuesday, their lawyer said."},
    ]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    real_extract = pipeline.extract_events

    def extract_or_fail(article):  # fault injection: the stage raises on one article only
        if article.document_id == "breaks":
            raise ValueError("an extractor bug")
        return real_extract(article)

    monkeypatch.setattr(pipeline, "extract_events", extract_or_fail)
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        summary = pipeline.ingest_paths([str(corpus)], store)
        assert summary.documents_new == 2 and not summary.rejections
        [warning] = summary.warnings
        assert warning.startswith("W001:") and "two.jsonl" in warning and "an extractor bug" in warning
        assert store.has_document("breaks") and store.has_document("fine")
        sources = {s["document_id"] for e in store.iter_events() for s in e["sources"]}
        assert sources == {"fine"}
    finally:
        store.close()


def test_storage_failure_on_one_article_rolls_it_back_and_goes_on(tmp_path, monkeypatch):
    corpus = tmp_path / "three.jsonl"
    texts = ["Gunmen attacked a market in Maiduguri on Friday, killing five traders, police said.",
             "Police arrested three opposition leaders in Kano on Tuesday, their lawyer said.",
             "Hundreds of teachers marched in Abuja on Monday to demand unpaid salaries."]
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "published": "2024-06-08", "text": t}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    real_record = pipeline.record_article

    def record_or_fail(store, article):  # fault injection: the write fails midway for one article
        if article.document_id == "d1":
            with store.transaction():
                store.add_document(article)
                raise RuntimeError("disk hiccup")
        return real_record(store, article)

    monkeypatch.setattr(pipeline, "record_article", record_or_fail)
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        summary = pipeline.ingest_paths([str(corpus)], store)
        [rejection] = summary.rejections
        assert rejection.code == "E015" and "three.jsonl:2" in rejection.origin and "disk hiccup" in rejection.message
        assert summary.documents_new == 2
        assert store.has_document("d0") and store.has_document("d2") and not store.has_document("d1")
    finally:
        store.close()
