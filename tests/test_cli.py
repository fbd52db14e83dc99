"""The command line as users and scripts call it: real processes, real files, real SQLite ledgers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventledger.store import open_store
from tests.conftest import REPO, SEED_GOLD, SEED_JSONL, SEED_TXT

EXPORT_FORMATS = ["events", "documents", "quotes", "claims", "actors", "acled-csv", "geojson"]


def run(*args: str, cwd: Path | None = None, input: bytes | None = None, timeout: float = 300):
    return subprocess.run(
        [sys.executable, "-m", "eventledger", *args], cwd=cwd, input=input, capture_output=True, timeout=timeout,
    )


def export_all(db: Path) -> dict[str, bytes]:
    outputs = {}
    for name in EXPORT_FORMATS:
        result = run("export", "--format", name, "--db", str(db))
        assert result.returncode == 0, result.stderr.decode()
        outputs[name] = result.stdout
    return outputs


@pytest.fixture(scope="module")
def seed_ledger(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "ledger.db"
    result = run("ingest", str(SEED_JSONL), "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    assert "1 new" in result.stdout.decode()
    return db


def test_seed_documents_export_is_clean(seed_ledger):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    [document] = [json.loads(line) for line in run("export", "--format", "documents", "--db", str(seed_ledger))
                  .stdout.decode().splitlines()]
    assert document["document_id"] == "seed-001"
    for line in gold["removed_lines"]:
        assert line not in document["clean_text"]
    assert set(gold["headings"]) <= set(document["headings"])
    # every body paragraph of the input is still there, whole (white space folded: NBSP becomes a space)
    source = json.loads(SEED_JSONL.read_text(encoding="utf-8"))["text"]
    skipped = set(gold["removed_lines"]) | set(gold["headings"])
    clean = " ".join(document["clean_text"].split())
    for paragraph in source.split("\n\n"):
        paragraph = paragraph.strip()
        if paragraph and paragraph not in skipped:
            assert " ".join(paragraph.split()) in clean


def test_reingest_changes_nothing(seed_ledger):
    before = export_all(seed_ledger)
    result = run("ingest", str(SEED_JSONL), "--db", str(seed_ledger))
    assert result.returncode == 0
    assert "0 new, 1 unchanged" in result.stdout.decode()
    assert export_all(seed_ledger) == before


def test_raw_text_with_published_date(tmp_path):
    db = tmp_path / "ledger.db"
    result = run("ingest", str(SEED_TXT), "--published", "2021-11-01", "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    [document] = [json.loads(x) for x in run("export", "--format", "documents", "--db", str(db)).stdout.splitlines()]
    assert document["published"] == "2021-11-01"
    assert document["title"] == "Afghan informants and soldiers join ISIS"
    assert document["document_id"].startswith("sha256:")
    assert "Leave a Reply" not in document["clean_text"]


def test_bad_published_option_is_usage_error(tmp_path):
    result = run("ingest", str(SEED_TXT), "--published", "1 Nov 2021", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "E110" in result.stderr.decode()


def test_empty_ledger_exports_empty_output(tmp_path):
    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    for name in EXPORT_FORMATS:
        result = run("export", "--format", name, "--db", str(db))
        assert result.returncode == 0, (name, result.stderr.decode())
    assert run("export", "--format", "events", "--db", str(db)).stdout == b""
    geojson = json.loads(run("export", "--format", "geojson", "--db", str(db)).stdout)
    assert geojson == {"type": "FeatureCollection", "features": []}


def test_unknown_export_format_is_usage_error(tmp_path):
    result = run("export", "--format", "xml", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "E105" in result.stderr.decode()


def test_bad_inputs_are_named_and_good_ones_stored(tmp_path):
    db = tmp_path / "ledger.db"
    first = run("ingest", str(SEED_JSONL), "--db", str(db))
    assert first.returncode == 0
    before = run("export", "--format", "documents", "--db", str(db)).stdout

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Protest in the capital\n\nHundreds of teachers marched through the capital on Monday to demand "
        "unpaid salaries, the union said.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "mixed.jsonl").write_text(
        json.dumps({"id": "ok-1", "published": "2024-05-01", "text": "Police arrested three opposition "
                    "leaders in the city on Tuesday, their lawyer said."}) + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "no-text", "title": "A title only"}) + "\n",
        encoding="utf-8",
    )
    (folder / "huge.txt").write_text("word " * 3000, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a text file")
    missing = tmp_path / "missing.txt"

    result = run("ingest", str(folder), str(missing), "--db", str(db), "--max-bytes", "10000")
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    def named(fragment: str) -> list[str]:
        return [e for e in errors if fragment in e]
    assert named("binary.txt") and named("empty.txt") and named("huge.txt") and named("notes.docx")
    assert named("missing.txt")
    assert any("mixed.jsonl" in e and "2" in e for e in errors), errors  # the malformed line is named
    assert named("no-text") or any("mixed.jsonl" in e and "3" in e for e in errors)
    assert len(errors) == 7, errors

    documents = [json.loads(x) for x in run("export", "--format", "documents", "--db", str(db)).stdout.splitlines()]
    ids = {d["document_id"] for d in documents}
    assert {"seed-001", "ok-1"} <= ids
    assert any("unpaid salaries" in d["clean_text"] for d in documents)
    # nothing previously stored changed
    seed_before = [x for x in before.splitlines() if b'"seed-001"' in x]
    seed_after = [x for x in run("export", "--format", "documents", "--db", str(db)).stdout.splitlines()
                  if b'"seed-001"' in x]
    assert seed_before == seed_after


def test_missing_only_path_is_usage_error(tmp_path):
    result = run("ingest", str(tmp_path / "nothing-here.txt"), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "nothing-here.txt" in result.stderr.decode()


def test_corrupt_database_is_exit_2(tmp_path):
    db = tmp_path / "corrupt.db"
    db.write_bytes(b"definitely not sqlite" * 100)
    result = run("ingest", str(SEED_JSONL), "--db", str(db))
    assert result.returncode == 2
    line = result.stderr.decode().strip()
    assert "E103" in line and "corrupt.db" in line and len(line.splitlines()) == 1


def test_locked_database_is_exit_2(tmp_path):
    db = tmp_path / "ledger.db"
    open_store(str(db)).close()
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env_result = subprocess.run(
            [sys.executable, "-m", "eventledger", "ingest", str(SEED_JSONL), "--db", str(db)],
            capture_output=True, timeout=300, env={**os.environ, "EVENTLEDGER_BUSY_TIMEOUT": "0.2"},
        )
    finally:
        holder.rollback()
        holder.close()
    assert env_result.returncode == 2
    assert "locked" in env_result.stderr.decode()


def write_many_articles(path: Path, count: int) -> None:
    places = ["Kano", "Maiduguri", "Kaduna", "Jos", "Yola"]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            text = (f"Gunmen attacked a market in {places[number % 5]} on Friday, killing {number % 7 + 1} "
                    f"traders, police said. Residents said the attackers fled on motorcycles (report {number}).")
            out.write(json.dumps({"id": f"bulk-{number:03d}", "source": "Test Wire", "published": "2024-06-08",
                                  "title": f"Market attack report {number}", "text": text}) + "\n")


def stored_ids(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT document_id FROM documents ORDER BY document_id")]
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_midway_keeps_committed_documents(tmp_path):
    corpus = tmp_path / "many.jsonl"
    write_many_articles(corpus, 120)
    db = tmp_path / "ledger.db"
    process = subprocess.Popen([sys.executable, "-m", "eventledger", "ingest", str(corpus), "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    count = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                count = len(stored_ids(db))
            except sqlite3.Error:
                count = 0
            if count >= 5:
                break
    assert process.poll() is None, "the ingest finished before it could be killed; use more documents"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    survivors = stored_ids(db)
    assert 5 <= len(survivors) < 120
    documents = [json.loads(x) for x in run("export", "--format", "documents", "--db", str(db)).stdout.splitlines()]
    assert all("Gunmen attacked a market" in d["clean_text"] for d in documents)

    result = run("ingest", str(corpus), "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    assert f"{120 - len(survivors)} new, {len(survivors)} unchanged" in result.stdout.decode()
    assert stored_ids(db) == sorted(f"bulk-{n:03d}" for n in range(120))


def test_worker_processes_give_the_same_ledger(tmp_path):
    """--n-process 2 runs every stage up to attribution in workers; the ledger must not change."""
    corpus = REPO / "devdata" / "fusion" / "articles.jsonl"
    exports = []
    for n in ("1", "2"):
        db = tmp_path / f"ledger-{n}.db"
        result = run("ingest", str(corpus), "--db", str(db), "--n-process", n)
        assert result.returncode == 0, result.stderr.decode()
        exports.append(export_all(db))
    assert exports[0]["events"]
    # acled-csv carries each ledger's own time stamps; everything else must be identical
    for name in ("events", "documents", "quotes", "claims", "actors"):
        assert exports[0][name] == exports[1][name], name


def test_classify_prints_one_known_type_per_snippet():
    from eventledger.kb.taxonomy import sub_event_types

    snippets = "a1\tRebels seized the town after two days of fighting with the army.\nPolice arrested a journalist.\n"
    result = run("classify", input=snippets.encode())
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["a1", "2"]
    assert all(line.split("\t")[1] in sub_event_types() for line in lines)


def test_embeddings_classifier_without_its_extra_is_a_clear_error():
    from eventledger.extract import embeddings

    if embeddings.available():
        pytest.skip("the minilm extra is installed here; tests/test_embeddings.py covers it")
    result = subprocess.run([sys.executable, "-m", "eventledger", "classify"], input=b"1\ttext\n",
                            capture_output=True, env={**os.environ, "EVENTLEDGER_CLASSIFIER": "embeddings"})
    assert result.returncode == 2
    assert "E111" in result.stderr.decode() and "minilm" in result.stderr.decode()
