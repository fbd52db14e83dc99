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

    def extract_or_fail(article, **context):  # fault injection: the stage raises on one article only
        if article.document_id == "breaks":
            raise ValueError("an extractor bug")
        return real_extract(article, **context)

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


_REPORTS = [
    "Gunmen attacked a market in Maiduguri on Friday, killing five traders, police said.",
    "Police arrested three opposition leaders in Kano on Tuesday, their lawyer said.",
    "Hundreds of teachers marched in Abuja on Monday to demand unpaid salaries.",
    "Gunmen killed five traders at a market in Maiduguri on Friday, a police spokesman said.",
    "A roadside bomb wounded four soldiers near Gwoza on Wednesday, the army said.",
]


def _write_corpus(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _ledger(store):
    return [list(store.iter_events()), list(store.iter_documents()), list(store.iter_claims())]


def test_batches_are_read_ahead_without_changing_what_is_stored_or_reported(tmp_path):
    # two processes with batch_size 1 read batches of eight inputs: the id repeated in the second batch
    # is checked while the first batch is not yet stored, and must still count as seen, with a warning
    texts = [*_REPORTS, "Soldiers repelled an attack on a base near Mopti on Sunday, the army said.",
             "Rioters burned tyres in Goma on Saturday after a curfew was announced.",
             "Two rockets hit an airfield in Idlib on Thursday, a monitor said."]
    records = [{"id": f"d{i}", "published": "2024-06-08", "text": t} for i, t in enumerate(texts)]
    records.append({"id": "d1", "published": "2024-06-08", "text": "Another text under a known id."})
    records.append({"id": "d9"})  # no text: rejected
    _write_corpus(tmp_path / "ten.jsonl", records)
    ledgers, summaries, finished = [], [], []
    for n_process in (2, 1):
        store = open_store(str(tmp_path / f"n{n_process}.db"))
        try:
            summaries.append(pipeline.ingest_paths(
                [str(tmp_path / "ten.jsonl")], store, pipeline.IngestOptions(batch_size=1, n_process=n_process),
                progress=finished.append,
            ))
            ledgers.append(_ledger(store))
        finally:
            store.close()
    ahead = summaries[0]
    assert ahead.document_ids == [f"d{i}" for i in range(8)]
    assert ahead.unchanged_ids == ["d1"] and ahead.documents_rejected == 1
    assert [w[:5] for w in ahead.warnings] == ["W002:"] and "ten.jsonl:9" in ahead.warnings[0]
    assert sum(finished) == 2 * 10
    assert ahead == summaries[1] and ledgers[0] == ledgers[1]


def test_two_worker_processes_store_the_same_ledger_as_one(tmp_path):
    records = [{"id": f"d{i}", "published": "2024-06-08", "text": t} for i, t in enumerate(_REPORTS)]
    _write_corpus(tmp_path / "five.jsonl", records)
    ledgers = []
    for n_process in (1, 2):
        store = open_store(str(tmp_path / f"n{n_process}.db"))
        try:
            summary = pipeline.ingest_paths([str(tmp_path / "five.jsonl")], store,
                                            pipeline.IngestOptions(batch_size=1, n_process=n_process))
            assert summary.documents_new == 5 and not summary.rejections
            ledgers.append(_ledger(store))
        finally:
            store.close()
    assert ledgers[0] == ledgers[1]
    assert any(len(e["sources"]) == 2 for e in ledgers[0][0])  # the two Maiduguri reports are one event
