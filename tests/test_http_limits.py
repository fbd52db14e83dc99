"""Requests whose head is too long or unreadable, against the real `eventledger serve` on 127.0.0.1: a
request line over 64 KiB is answered 414, a head over 128 KiB 431, bytes that are no HTTP 400, each with
the API's one-line JSON error, and the server answers the next connection. Before, uvicorn answered a
plain-text 400 and closed the connection while the client was still sending, so that a client sending a
request line of ~110 KB got its connection reset and no answer (http.client: ConnectionResetError)."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eventledger.web.http_protocol import MAX_REQUEST_HEAD, MAX_REQUEST_LINE
from tests.web_fixtures import SERVE_LOG, build_ledger, start_serving


@pytest.fixture(scope="module", params=[1, 2], ids=["one worker", "two workers"])
def served(request, tmp_path_factory) -> Iterator[int]:  # noqa: ANN001 - pytest fixtures
    db = str(tmp_path_factory.mktemp("limits") / "ledger.db")
    build_ledger(db)
    server, port = start_serving(db, request.param)
    try:
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def send_raw(port: int, request: bytes, piece: int | None = None) -> bytes:
    """Send the request (in pieces of ``piece`` bytes, the way a slow network delivers it) and read the
    whole answer up to the server's close (a refusal closes the connection)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        step = piece or len(request)
        for start in range(0, len(request), step):
            sock.sendall(request[start : start + step])
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def status_and_error(answer: bytes) -> tuple[int, dict, bytes]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"\n" not in body  # one line
    return int(head.split(b" ", 2)[1]), json.loads(body)["error"], head.lower()


def get(port: int, target: str) -> bytes:
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


def test_a_request_line_of_110_kb_is_answered_414_however_it_arrives(served: int) -> None:
    line = "/api/events?q=" + "a" * 110_000
    for piece in (None, 1400, 60_000):
        status, error, head = status_and_error(send_raw(served, get(served, line), piece))
        assert (status, error["code"]) == (414, "uri_too_long"), piece
        assert str(MAX_REQUEST_LINE) in error["message"] and b"connection: close" in head
        assert b"content-type: application/json" in head
    # as Python's own client sends it: the answer reaches it instead of a reset connection
    client = http.client.HTTPConnection("127.0.0.1", served, timeout=20)
    client.request("GET", line)
    response = client.getresponse()
    assert response.status == 414 and json.loads(response.read())["error"]["code"] == "uri_too_long"
    client.close()


def test_a_line_just_under_the_limit_reaches_the_api_and_a_full_length_query_is_answered(served: int) -> None:
    under = "/api/events?q=" + "a" * (MAX_REQUEST_LINE - 100)
    status, error, _ = status_and_error(send_raw(served, get(served, under), 1400))
    assert status == 422 and error["message"].startswith("q must be at most 1,000 characters")
    full = httpx.get(f"http://127.0.0.1:{served}/api/events", params={"q": "a" * 1000}, timeout=20)
    assert full.status_code == 200 and full.json()["events"] == []


def test_a_huge_header_is_431_and_bytes_that_are_no_http_400(served: int) -> None:
    huge = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"p" * (2 * MAX_REQUEST_HEAD) + b"\r\n\r\n"
    for piece in (None, 4096):
        status, error, _ = status_and_error(send_raw(served, huge, piece))
        assert (status, error["code"]) == (431, "headers_too_large")
    status, error, _ = status_and_error(send_raw(served, b"\x00\x01NOT HTTP\r\n\r\n"))
    assert (status, error["code"]) == (400, "bad_request")
    # a body in the same piece as a short head is no part of the head
    client = http.client.HTTPConnection("127.0.0.1", served, timeout=20)
    client.request("POST", "/api/documents", body=json.dumps({"id": "x", "text": "y" * (2 * MAX_REQUEST_HEAD)}),
                   headers={"Content-Type": "application/json"})  # fmt: skip
    response = client.getresponse()
    assert response.status == 401 and json.loads(response.read())["error"]["code"] != "headers_too_large"
    client.close()


def test_the_server_answers_on_after_refusals_and_keeps_its_connections_alive(served: int) -> None:
    for _ in range(5):
        send_raw(served, get(served, "/?" + "x" * 200_000), 8192)
    client = http.client.HTTPConnection("127.0.0.1", served, timeout=20)
    for _ in range(3):  # one keep-alive connection, three answers
        client.request("GET", "/health")
        response = client.getresponse()
        assert response.status == 200 and response.read() == b'{"status":"ok"}'
    client.close()


def test_the_refusals_are_logged_one_line_each(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    server, port = start_serving(db, 1)
    try:
        send_raw(port, get(port, "/" + "y" * 100_000))
    finally:
        server.terminate()
        server.wait(timeout=30)
    log = (tmp_path / SERVE_LOG).read_text()
    refused = [line for line in log.splitlines() if "Refused" in line]
    assert len(refused) == 1 and "414" in refused[0] and len(refused[0]) < 200 and "Traceback" not in log
