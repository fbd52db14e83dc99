"""An unexpected error inside a real server on 127.0.0.1 (here a ledger damaged under it: its events table
dropped) is answered as a clean 500 (the API's JSON error, the UI's error page, the security headers) and
the keep-alive connection it came on still answers the next request. Before, Starlette answered a plain
"Internal Server Error" and raised on, uvicorn closed the connection, and the next request was reset."""

from __future__ import annotations

import http.client
import json
import sqlite3
from collections.abc import Iterator

import pytest

from tests.web_fixtures import TOKEN, build_ledger, live_server


@pytest.fixture(scope="module")
def damaged_server(tmp_path_factory) -> Iterator[tuple[str, int]]:  # noqa: ANN001 - pytest fixture
    db = str(tmp_path_factory.mktemp("damaged") / "ledger.db")
    build_ledger(db)
    with live_server(db, token=TOKEN) as server:
        with sqlite3.connect(db) as connection:
            connection.execute("DROP TABLE events")  # every read of an event now fails inside the server
        host, port = server.url.removeprefix("http://").split(":")
        yield host, int(port)


def ask(connection: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()


def test_an_api_500_is_json_and_the_connection_answers_the_next_request(damaged_server):
    connection = http.client.HTTPConnection(*damaged_server, timeout=10)
    status, _, _ = ask(connection, "GET", "/health")
    assert status == 200
    socket_before = connection.sock
    for _ in range(3):  # each failure leaves the connection as it found it
        status, headers, body = ask(connection, "GET", "/api/events")
        assert status == 500
        assert headers["content-type"].startswith("application/json")
        assert json.loads(body)["error"]["code"] == "internal_error"
        assert headers["x-content-type-options"] == "nosniff"
        assert "content-security-policy" in headers
        assert "connection" not in headers or headers["connection"].lower() != "close"
        status, _, body = ask(connection, "GET", "/health")
        assert (status, json.loads(body)) == (200, {"status": "ok"})
    assert connection.sock is socket_before  # one socket throughout: http.client never had to reconnect
    connection.close()


def test_a_page_500_is_the_error_page_and_the_connection_answers_the_next_request(damaged_server):
    connection = http.client.HTTPConnection(*damaged_server, timeout=10)
    ask(connection, "GET", "/health")
    socket_before = connection.sock
    status, headers, body = ask(connection, "GET", "/events/any-event")
    assert status == 500
    assert headers["content-type"].startswith("text/html")
    page = body.decode("utf-8")
    assert "Error 500" in page and "internal_error" in page
    assert "Traceback" not in page and "sqlite3" not in page  # nothing of the server's insides is shown
    status, _, _ = ask(connection, "GET", "/health")
    assert status == 200
    assert connection.sock is socket_before
    connection.close()


def test_a_write_that_fails_inside_answers_500_and_the_connection_answers_the_next_request(damaged_server):
    connection = http.client.HTTPConnection(*damaged_server, timeout=10)
    ask(connection, "GET", "/health")
    socket_before = connection.sock
    # two events of the ledger, merged: the merge reads the events table the damage took away
    request = json.dumps({"event_ids": ["ev-kano", "ev-kunduz"], "reason": "x" * 20_000}).encode("utf-8")
    status, headers, body = ask(connection, "POST", "/api/possible-duplicates/merge", body=request,
                                headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert status == 500
    assert json.loads(body)["error"]["code"] == "internal_error"
    status, _, _ = ask(connection, "GET", "/health")
    assert status == 200
    assert connection.sock is socket_before
    connection.close()
