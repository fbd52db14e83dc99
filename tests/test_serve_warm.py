"""`eventledger serve` loads what requests read before it reports ready (web/warm.py), and its first
answers are the ones later requests get.

On the wire2 dev set ingested through the real pipeline into a real SQLite file (tests/test_duplicates_cache.py's
ledger, whose pairs were checked by hand there): the real command serves it on 127.0.0.1, and the first
requests after /health answers are compared with what the ledger holds, read in this process: the events
list with the events export, the events with a possible duplicate with each event's lookup of its own, an
event's dossier with the store's record and the dossier page with that event's possible duplicates."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from eventledger.found_duplicates import FOUND
from eventledger.store import open_store
from eventledger.web.app import create_app
from tests.test_duplicates_cache import flagged_one_at_a_time, offered_one_at_a_time, wire2_ledger  # noqa: F401
from tests.test_serve_workers import spawned_children_of, wait_until_up
from tests.web_fixtures import TOKEN, free_port


def export_events(db: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "eventledger", "export", "--format", "events", "--db", db],
                          capture_output=True, check=True)  # fmt: skip
    return [json.loads(line) for line in done.stdout.decode("utf-8").split("\n") if line]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_first_answers_of_a_fresh_server_are_the_ledgers(wire2_ledger: Path, tmp_path: Path,  # noqa: F811
                                                             workers: int) -> None:
    db = str(wire2_ledger)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    environment = {key: value for key, value in os.environ.items() if key != "EVENTLEDGER_TOKEN"}
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port),
                               "--workers", str(workers)], stdout=log, stderr=log, env=environment)  # fmt: skip
    try:
        wait_until_up(url, server)
        with httpx.Client(base_url=url, timeout=60) as client:
            flagged = client.get("/api/events", params={"has_duplicates": "true", "limit": 500})
            listing = client.get("/api/events", params={"limit": 500})
            first = listing.json()["events"][0]["event_id"]
            dossier = client.get(f"/api/events/{first}")
            assert (flagged.status_code, listing.status_code, dossier.status_code) == (200, 200, 200)
            ids = [e["event_id"] for e in flagged.json()["events"]]
            page = client.get(f"/events/{ids[0]}")
        assert page.status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        log.close()
    # the list: every event, each the record the export gives
    exported = export_events(db)
    assert listing.json()["total"] == len(exported) == len(listing.json()["events"])
    by_id = {e["event_id"]: e for e in exported}  # the export adds how an undated event is dated
    assert all({k: by_id[e["event_id"]][k] for k in e} == e for e in listing.json()["events"])
    # the events with a possible duplicate: those each event's own lookup offers (w2-22/w2-24 among them)
    assert ids == flagged_one_at_a_time(db) and len(ids) >= 4
    store = open_store(db)
    try:
        record = store.get_event(first)
        offered = [d.event_id for d in offered_one_at_a_time(store, ids[0])]
    finally:
        store.close()
    body = dossier.json()
    assert {k: body[k] for k in record} == record and isinstance(body["quotes"], list)
    # the dossier page lists the event's possible duplicates, best first
    listed = re.findall(r'<li class="duplicate" data-event-id="([^"]+)"', page.text)
    assert [unescape(e) for e in listed] == offered and offered


def test_the_server_finds_the_listings_possible_duplicates_before_it_answers(wire2_ledger: Path,  # noqa: F811
                                                                              tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    shutil.copyfile(wire2_ledger, db)
    with sqlite3.connect(db) as conn:  # a name of its own: nothing another test found in this process applies
        conn.execute("UPDATE ledger_generation SET ledger = lower(hex(randomblob(16)))")
    store = open_store(db)
    try:
        ledger, generation = store.ledger_generation()
        newest = [e["event_id"] for e in store.iter_events(None, limit=1000, newest_first=True)]
    finally:
        store.close()
    assert FOUND.known(ledger, generation, newest) == {}
    with TestClient(create_app(db, warm=True)):  # its start-up has run; no request yet
        known = FOUND.known(ledger, generation, newest)
    assert set(known) == set(newest)
    assert sorted(e for e, found in known.items() if found) == sorted(flagged_one_at_a_time(db))


def test_an_upload_leaves_the_language_model_out_of_the_server_process(wire2_ledger: Path,  # noqa: F811
                                                                       tmp_path: Path) -> None:
    """Uploads are ingested in a process of their own; the server reads back their outcome without
    importing the pipeline (it had loaded spaCy into the server to read the ingest's summary)."""
    db = str(tmp_path / "ledger.db")
    shutil.copyfile(wire2_ledger, db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port),
                               "--token", TOKEN], stdout=log, stderr=log)  # fmt: skip
    article = {"id": "upload-kano", "source": "Kano Daily", "published": "2024-03-02", "title": "Bus attacked",
               "text": "Gunmen attacked a commuter bus near Kano on Friday, killing three passengers, police said."}
    try:
        wait_until_up(url, server)
        answer = httpx.post(url + "/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"},
                            timeout=300)  # fmt: skip
        assert answer.status_code == 201, answer.text
        assert answer.json()["new"] == ["upload-kano"] and answer.json()["document"]["document_id"] == "upload-kano"
        assert answer.json()["events"] and answer.json()["rejections"] == []
        again = httpx.post(url + "/api/documents", json=article, headers={"Authorization": f"Bearer {TOKEN}"},
                           timeout=300)  # fmt: skip
        assert again.status_code == 200 and again.json()["unchanged"] == ["upload-kano"]
        maps = Path(f"/proc/{server.pid}/maps").read_text()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        log.close()
    assert "/spacy/" not in maps and "/thinc/" not in maps


def niceness(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


def test_uploads_are_ingested_below_the_servers_priority(wire2_ledger: Path, tmp_path: Path) -> None:  # noqa: F811
    """The upload process (started at once when a token is given) runs UPLOAD_NICENESS below the server, so
    that on busy cores the readers' requests get the CPU before an upload's parsing."""
    from eventledger.web.uploads import UPLOAD_NICENESS

    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", str(wire2_ledger), "--port",
                               str(port), "--token", TOKEN], stdout=log, stderr=log)  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}", server)
        wanted = min(19, niceness(server.pid) + UPLOAD_NICENESS)
        deadline = time.monotonic() + 120  # the process is spawned, then starts Python before it lowers itself
        seen: list[int] = []
        while time.monotonic() < deadline and seen != [wanted]:
            seen = [niceness(pid) for pid in spawned_children_of(server.pid)]
            time.sleep(0.2)
        assert seen == [wanted] and wanted > niceness(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        log.close()
