"""`eventledger serve --workers 2`: a real server of two processes on 127.0.0.1, read from and written to
at once. Writes need the token in every worker; concurrent uploads land in one ledger through SQLite's
write lock, and give the ledger one ingest of the same articles gives."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.web_fixtures import TOKEN, build_ledger, free_port

# Written for this test; w-1 and w-2 report one attack (one event of both), the others one event each.
ARTICLES = [
    {"id": "w-1", "source": "Kano Daily", "published": "2024-03-02", "title": "Bus attacked near Kano",
     "text": "Gunmen attacked a commuter bus near Kano on Friday, killing three passengers, police said."},
    {"id": "w-2", "source": "Sahel Wire", "published": "2024-03-02", "title": "Three killed in Kano bus attack",
     "text": "Three passengers were killed on Friday when gunmen opened fire on a commuter bus near Kano, "
             "police said."},
    {"id": "w-3", "source": "Goma Times", "published": "2024-03-05", "title": "Clashes near Goma",
     "text": "Soldiers clashed with M23 rebels near Goma on Monday, the army said. Four soldiers were killed."},
    {"id": "w-4", "source": "Kabul Post", "published": "2024-04-10", "title": "Protest in Kabul",
     "text": "Hundreds of women protested peacefully in Kabul on Tuesday demanding the reopening of schools."},
    {"id": "w-5", "source": "Mogadishu News", "published": "2024-05-20", "title": "Bomb in Mogadishu",
     "text": "A car bomb exploded near a market in Mogadishu on Sunday, killing seven people, officials said."},
    {"id": "w-6", "source": "Gao Report", "published": "2024-06-01", "title": "Drone strike near Gao",
     "text": "A drone strike hit a militant camp near Gao on Saturday, killing twelve fighters, the army said."},
]
READS = ["/api/events", "/api/events?q=attack", "/api/export?format=events", "/", "/api/actors", "/health"]


def eventledger(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, check=False)


def spawned_children_of(pid: int) -> list[int]:
    """The processes ``pid`` started with multiprocessing's spawn (not its resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
    return found


def wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 180  # the server loads its data before it answers (web/warm.py)
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not start (exit {process.poll()})")


@pytest.mark.slow
def test_two_workers_serve_concurrent_reads_and_token_writes(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    environment = {key: value for key, value in os.environ.items() if key != "EVENTLEDGER_TOKEN"}
    log = (tmp_path / "server.log").open("wb")  # a pipe nobody reads would fill up and stall the server
    server = subprocess.Popen(
        [sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port), "--token", TOKEN,
         "--workers", "2"],
        stdout=log, stderr=log, env=environment, start_new_session=True,
    )
    try:
        wait_until_up(url, server)
        assert len(spawned_children_of(server.pid)) == 2  # uvicorn's supervisor and its two workers

        def post(article: dict, token: str | None = TOKEN) -> int:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            return httpx.post(url + "/api/documents", json=article, headers=headers, timeout=300).status_code

        def read(path: str) -> int:
            return httpx.get(url + path, timeout=60).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            writes = [pool.submit(post, article) for article in ARTICLES]
            # every worker refuses a write without the right token (20 tries reach both)
            refused = [pool.submit(post, {"id": f"no-{n}", "text": "Gunmen attacked a bus."},
                                   None if n % 2 else "wrong-token") for n in range(20)]
            reads = [pool.submit(read, READS[n % len(READS)]) for n in range(120)]
            write_status = [w.result() for w in writes]
            read_status = [r.result() for r in reads]
            refused_status = [r.result() for r in refused]
        assert write_status == [201] * len(ARTICLES)
        assert refused_status == [401] * 20
        assert read_status == [200] * len(reads)
        for article in ARTICLES:  # every worker reads what the other stored
            for _ in range(4):
                assert httpx.get(f"{url}/api/documents/{article['id']}", timeout=30).status_code == 200
    finally:
        server.send_signal(signal.SIGINT)  # uvicorn's supervisor stops its workers
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not conn.execute("SELECT count(*) FROM documents WHERE document_id LIKE 'no-%'").fetchone()[0]
    conn.close()
    # the same articles ingested once, in one process, into the same starting ledger
    reference = str(tmp_path / "reference.db")
    build_ledger(reference)
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert eventledger("ingest", str(articles), "--db", reference).returncode == 0
    served, alone = (eventledger("export", "--format", "events", "--db", path).stdout for path in (db, reference))
    assert served == alone
    fused = [json.loads(line) for line in served.splitlines()
             if {"w-1", "w-2"} & {s["document_id"] for s in json.loads(line)["sources"]}]
    assert [sorted({s["document_id"] for s in e["sources"]}) for e in fused] == [["w-1", "w-2"]]
