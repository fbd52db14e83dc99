"""GET /api/export sent as it is written (web/export_stream.py), behind a real uvicorn server on 127.0.0.1,
on SQLite and on PostgreSQL: the body is ``write_export``'s bytes for every format, with and without
filters, sent in chunks; ``X-Events-Left-Out`` (counted before the rows) is what ``write_export`` returns;
a client that leaves mid-download stops the export, its connection is released and the server answers on.

Two ledgers per backend: the web fixtures' (tests/web_fixtures.py) with an undated event and two events of
extension types (outside ACLED's taxonomy), and one ingested through the pipeline from the seed article and
four of tests/fixtures/events' articles. The extension events, as written below:

  ev-diplo  Other events, Diplomatic event               no place               Taliban
  ev-blame  Other events, Attribution of responsibility  Afghanistan, Kunduz    ISKP
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from eventledger.event_query import describe, parse_filters, resolve
from eventledger.export import EXPORTERS, write_export
from eventledger.models import Event, SourceEntry
from eventledger.pipeline import ingest_paths
from eventledger.records import event_from_record
from eventledger.store import is_postgres_url, open_store
from tests.conftest import REPO, SEED_JSONL
from tests.postgres_server import fresh_database, postgres_cluster, why_not_available
from tests.test_api_filters import DIPLOMATIC, UNDATED
from tests.web_fixtures import ISKP, KUNDUZ, build_ledger, live_server

BLAME = Event(
    "ev-blame", "Other events", "Attribution of responsibility", dt.date(2021, 10, 9), 1, ISKP, place=KUNDUZ,
    confidence=0.8, notes="ISKP claimed the Kunduz bombing.",
    sources=[SourceEntry("kdz-wire-1", "Northern Wire", None, "2021-10-09", "ISKP claimed the bombing.", None, None,
                         None, "kdz-wire-1#8")],
)
FIXTURE_ARTICLES = ("kabul_mosque_bombing", "ambush_nigeria", "protest_tear_gas", "somalia_defections")
MEDIA_TYPES = {"acled-csv": "text/csv", "geojson": "application/geo+json", "stix": "application/json"}
SUFFIXES = {"acled-csv": "csv", "geojson": "geojson", "stix": "json"}
SELECTIONS = {
    "fixtures": [{}, {"country": "AFG"}, {"actor": "ISKP", "since": "2021-10-01"},
                 {"country": "Nigeria", "since": "2024-03-02", "include_undated": "true"}, {"q": "Kano"},
                 {"event_type": "Other events"}],
    "seed": [{}, {"country": "AFG"}, {"min_fatalities": "1"}, {"since": "2021-01-01", "until": "2022-12-31"}],
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def new_ledger(request, tmp_path_factory) -> Iterator[Callable[[str], str]]:
    """A function giving the location of a new, empty ledger on the backend under test."""
    if request.param == "sqlite":
        yield lambda name: str(tmp_path_factory.mktemp(name) / "ledger.db")
        return
    reason = why_not_available()
    if reason:
        pytest.skip(reason)
    with postgres_cluster() as url:
        yield lambda name: fresh_database(url, name)


def fixtures_ledger(location: str) -> str:
    build_ledger(location)
    store = open_store(location)
    with store.transaction():
        store.replace_events([], [(UNDATED, []), (DIPLOMATIC, []), (BLAME, [])])
    store.close()
    return location


def seed_ledger(location: str, folder: Path) -> str:
    """The seed article and four of our own test articles, through the whole pipeline."""
    corpus = folder / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for name in FIXTURE_ARTICLES:
            article = json.loads((REPO / "tests" / "fixtures" / "events" / f"{name}.json").read_text("utf-8"))
            text = "\n\n".join(paragraph for _, paragraph in article["paragraphs"])
            out.write(json.dumps({"id": article["id"], "published": article["published"], "text": text}) + "\n")
    store = open_store(location)
    try:
        summary = ingest_paths([str(SEED_JSONL), str(corpus)], store)
        assert not summary.rejections and store.count_events() > 5
    finally:
        store.close()
    return location


@pytest.fixture(scope="module")
def ledgers(new_ledger, tmp_path_factory) -> dict[str, str]:
    return {"fixtures": fixtures_ledger(new_ledger("stream_fixtures")),
            "seed": seed_ledger(new_ledger("stream_seed"), tmp_path_factory.mktemp("seed-articles"))}


@pytest.fixture(scope="module")
def servers(ledgers) -> Iterator[dict[str, str]]:
    with live_server(ledgers["fixtures"], token=None) as fixtures, live_server(ledgers["seed"], token=None) as seed:
        yield {"fixtures": fixtures.url, "seed": seed.url}


def written(location: str, name: str, params: dict[str, str]) -> tuple[bytes, int]:
    """``write_export``'s bytes and left-out count for the ledger and filters, as the command line writes them."""
    store = open_store(location)
    try:
        out = io.StringIO()
        left_out = write_export(store, name, out, resolve(store, parse_filters(params)))
        return out.getvalue().encode("utf-8"), left_out
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("ledger", ["fixtures", "seed"])
@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_the_streamed_export_is_write_exports_bytes_sent_in_chunks(ledgers, servers, ledger, name):
    for params in SELECTIONS[ledger]:
        response = httpx.get(servers[ledger] + "/api/export", params={"format": name, **params}, timeout=120)
        assert response.status_code == 200, response.text
        expected, left_out = written(ledgers[ledger], name, params)
        assert response.content == expected and (expected or params), (name, params)
        # sent as written: no length known in advance
        assert response.headers.get("transfer-encoding") == "chunked" and "content-length" not in response.headers
        assert response.headers["content-type"] == f"{MEDIA_TYPES.get(name, 'application/x-ndjson')}; charset=utf-8"
        selection = describe(parse_filters(params))
        filename = f"eventledger-{name}{'-' + selection if selection else ''}.{SUFFIXES.get(name, 'jsonl')}"
        assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
        assert response.headers["x-events-left-out"] == str(left_out)


@pytest.mark.parametrize(("params", "left_out"), [
    ({}, 2), ({"country": "AFG"}, 1), ({"actor": "Taliban"}, 1), ({"actor": "ISKP"}, 1),
    ({"event_type": "Other events"}, 2), ({"sub_event_type": "Diplomatic event"}, 1),
    ({"sub_event_type": "Armed clash"}, 0), ({"country": "Nigeria", "include_undated": "true"}, 0),
    ({"q": "envoys"}, 1), ({"since": "2021-10-10", "until": "2021-10-31"}, 1),
])
def test_events_left_out_is_counted_before_the_rows_are_sent(ledgers, servers, params, left_out):
    response = httpx.get(servers["fixtures"] + "/api/export", params={"format": "acled-csv", **params}, timeout=60)
    assert response.status_code == 200
    assert response.headers.get("transfer-encoding") == "chunked"  # the header went out before the rows
    assert response.headers["x-events-left-out"] == str(left_out)
    assert written(ledgers["fixtures"], "acled-csv", params) == (response.content, left_out)
    for name in ("events", "geojson"):  # the formats that carry every event leave none out
        assert httpx.get(servers["fixtures"] + "/api/export", params={"format": name, **params},
                         timeout=60).headers["x-events-left-out"] == "0"


def test_an_unknown_format_is_still_e105_and_400(servers):
    response = httpx.get(servers["fixtures"] + "/api/export", params={"format": "xlsx"}, timeout=30)
    assert response.status_code == 400 and response.json()["error"]["code"] == "E105"
    refused = httpx.get(servers["fixtures"] + "/api/export", params={"format": "events", "since": "last week"})
    assert refused.status_code == 422


# ------------------------------------------------------------------ a client that leaves mid-download

COPIES = 20_000  # events of ~2 KB: a 40 MB export, far more than the sockets between client and server hold


@pytest.fixture(scope="module")
def big_ledger(new_ledger) -> str:
    location = new_ledger("stream_big")
    build_ledger(location)
    store = open_store(location)
    try:
        kunduz = event_from_record(store.get_event("ev-kunduz"))
        padding = " The market was crowded." * 60
        store.load_events(dataclasses.replace(kunduz, event_id=f"ev-copy-{i:05d}", notes=kunduz.notes + padding)
                          for i in range(COPIES))
    finally:
        store.close()
    return location


def start_download(url: str, path: str) -> socket.socket:
    """A client that asks for ``path``, reads the answer's first bytes and then stops reading."""
    host, port = url.removeprefix("http://").split(":")
    client = socket.socket()
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    client.connect((host, int(port)))
    client.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    received = b""
    while b"\r\n\r\n" not in received or len(received) < 10_000:
        piece = client.recv(4096)
        assert piece, received
        received += piece
    assert received.startswith(b"HTTP/1.1 200") and b"transfer-encoding: chunked" in received.lower()
    return client


def export_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("export-")]


def reading_the_ledger(location: str) -> bool:
    """Whether a connection other than this one still reads the ledger (an export's open cursor)."""
    if is_postgres_url(location):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            return bool(conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                     " AND query LIKE '%eventledger_stream%' AND pid <> pg_backend_pid()"
                                     ).fetchone()[0])
    # a reader in the log keeps a full checkpoint from resetting it: busy (1) while one holds its snapshot
    with contextlib.closing(sqlite3.connect(location, timeout=0.2)) as conn:
        return conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 1


def eventually(condition: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.slow
def test_a_client_that_leaves_mid_download_stops_the_export_and_the_server_answers_on(big_ledger):
    with live_server(big_ledger, token=None) as server:
        client = start_download(server.url, "/api/export?format=events")
        try:
            # the download is under way: the export waits for the client, its cursor open on the ledger
            assert len(export_threads()) == 1
            store = open_store(big_ledger)
            with store.transaction():  # a commit the reader does not see keeps the log from resetting
                store.record_audit("note", ["ev-kunduz"], [], "written during a download")
            store.close()
            assert reading_the_ledger(big_ledger)
        finally:
            client.close()
        assert eventually(lambda: not export_threads()), "the export went on after its client left"
        assert eventually(lambda: not reading_the_ledger(big_ledger)), "the export's cursor was not released"
        assert httpx.get(server.url + "/api/events", params={"limit": 1}, timeout=30).status_code == 200
        params = {"format": "acled-csv", "location": "Gardez"}
        answer = httpx.get(server.url + "/api/export", params=params, timeout=60)
        assert answer.status_code == 200 and answer.content == written(big_ledger, "acled-csv", params)[0]
