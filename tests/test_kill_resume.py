"""kill -9 in the middle of an ingest (one process, and with --n-process 2): running the same ingest again
gives exactly the exports of an uninterrupted ingest. Inputs: the seed corpus and the event fixtures'
articles (written for the event tests) as JSON Lines. benchmarks/kill_matrix.py does the same at ten
random moments per mode and on a full disk."""

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

from tests.conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures" / "events"
# every export without a wall-clock stamp (acled-csv and stix carry the time an event was last written)
FORMATS = ["events", "documents", "quotes", "claims", "actors", "geojson"]


def fixture_articles(path: Path) -> int:
    """The fixtures' articles as JSON Lines, each twice (a second outlet's copy under its own id): one
    process reads 128 documents, processes them all, then stores them, so only a second read batch
    leaves time to be killed between stores and the end. Returns the number of articles."""
    lines = []
    for outlet, suffix in (("Fixture Wire", ""), ("Second Wire", "-copy")):
        for fixture in sorted(FIXTURES.glob("*.json")):
            data = json.loads(fixture.read_text(encoding="utf-8"))
            title = next((text for kind, text in data["paragraphs"] if kind == "heading"), None)
            body = "\n\n".join(text for kind, text in data["paragraphs"] if kind != "heading")
            lines.append(json.dumps({"id": data["id"] + suffix, "published": data.get("published"), "title": title,
                                     "source": outlet, "text": body}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def ingest_command(inputs: list[str], db: Path, n_process: int | None) -> list[str]:
    extra = ["--n-process", str(n_process)] if n_process else []
    return [sys.executable, "-m", "eventledger", "ingest", *inputs, "--db", str(db), *extra]


def exports(db: Path) -> dict[str, bytes]:
    found = {}
    for name in FORMATS:
        result = subprocess.run([sys.executable, "-m", "eventledger", "export", "--format", name, "--db", str(db)],
                                capture_output=True, check=True)
        found[name] = result.stdout
    return found


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # the schema is being created
        return 0


def kill_once_stored(command: list[str], db: Path, documents: int) -> int:
    """Run the ingest and SIGKILL it (its workers too) as soon as ``documents`` are stored; the count then."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and process.poll() is None and stored_documents(db) < documents:
            time.sleep(0.05)
        assert process.poll() is None, "the ingest ended before the kill: the kill point is too late"
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return stored_documents(db)


@pytest.mark.slow
def test_killed_ingests_resume_to_the_uninterrupted_exports(tmp_path):
    articles = tmp_path / "fixture_articles.jsonl"
    inputs = [str(SHARED / "corpus" / "seed"), str(articles)]
    total = 2 + fixture_articles(articles)

    reference_db = tmp_path / "reference.db"
    reference_run = subprocess.run(ingest_command(inputs, reference_db, None), capture_output=True, check=False)
    assert reference_run.returncode == 0, reference_run.stderr.decode()
    assert stored_documents(reference_db) == total
    reference = exports(reference_db)
    assert reference["events"].count(b"\n") > 50  # the fixtures report dozens of events

    # killed once the first 32 documents (one transaction) are stored: one process is then storing the
    # rest of its first read batch or processing the second; two processes, storing a worker's chunk
    # while the other works
    for n_process, kill_after in ((None, 1), (2, 1)):
        db = tmp_path / f"killed-{n_process}-{kill_after}.db"
        kept = kill_once_stored(ingest_command(inputs, db, n_process), db, kill_after)
        assert kill_after <= kept < total
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        rerun = subprocess.run(ingest_command(inputs, db, n_process), capture_output=True, check=False)
        assert rerun.returncode == 0, rerun.stderr.decode()
        assert f"{total - kept} new, {kept} unchanged".encode() in rerun.stdout
        resumed = exports(db)
        assert [name for name in FORMATS if resumed[name] != reference[name]] == []
