"""`eventledger serve`'s HTTP limits are settings (README, "Limits and settings"), read from the
environment by the real command on 127.0.0.1: the request line and head, the connections one worker
holds, how long an idle connection stays open; a value a setting cannot take stops the command (E113,
exit 2). Before, the limits were constants and the variables were ignored."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import build_ledger, free_port, start_serving

LIMITS = {"EVENTLEDGER_MAX_REQUEST_LINE": "1000", "EVENTLEDGER_MAX_REQUEST_HEAD": "3000",
          "EVENTLEDGER_MAX_CONNECTIONS": "3", "EVENTLEDGER_KEEP_ALIVE_SECONDS": "1"}


def serve_command(db: str, port: int) -> list[str]:
    return [sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port)]


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """The port of a one-worker server started with LIMITS in its environment."""
    folder = tmp_path_factory.mktemp("settings")
    db = str(folder / "ledger.db")
    build_ledger(db)
    server, port = start_serving(db, env=LIMITS)
    try:
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def exchange(connection: socket.socket, request: bytes) -> bytes:
    """Send ``request`` and read until the answer's head is complete (the bodies here are short)."""
    connection.sendall(request)
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = connection.recv(65536)
        if not chunk:
            break
        answer += chunk
    return answer


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def test_the_request_line_and_head_limits_are_settings(limited: int) -> None:
    with socket.create_connection(("127.0.0.1", limited), timeout=20) as connection:
        line = exchange(connection, f"GET /api/events?q={'a' * 1500} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert status(line) == 414
    with socket.create_connection(("127.0.0.1", limited), timeout=20) as connection:
        head = exchange(connection, f"GET /health HTTP/1.1\r\nHost: x\r\nX-Pad: {'b' * 4000}\r\n\r\n".encode())
    assert status(head) == 431
    with socket.create_connection(("127.0.0.1", limited), timeout=20) as connection:  # under both: served
        assert status(exchange(connection, f"GET /health?pad={'c' * 800} HTTP/1.1\r\nHost: x\r\n\r\n".encode())) == 200


def test_connections_past_the_setting_are_answered_503(limited: int) -> None:
    connections = [socket.create_connection(("127.0.0.1", limited), timeout=20) for _ in range(4)]
    try:
        time.sleep(0.5)  # all four accepted
        answers = [status(exchange(c, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")) for c in connections]
    finally:
        for connection in connections:
            connection.close()
    assert 503 in answers, answers
    time.sleep(0.5)  # the four closed: a lone connection is served again
    with socket.create_connection(("127.0.0.1", limited), timeout=20) as connection:
        assert status(exchange(connection, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")) == 200


def test_an_idle_connection_is_closed_after_the_keep_alive_setting(limited: int) -> None:
    with socket.create_connection(("127.0.0.1", limited), timeout=20) as connection:
        assert status(exchange(connection, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")) == 200
        started = time.monotonic()
        assert connection.recv(65536) == b""  # closed by the server (uvicorn's default: after 5 s)
        assert time.monotonic() - started < 3


def test_a_limit_a_setting_cannot_take_stops_serve_with_e113(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    for variable in ("EVENTLEDGER_MAX_CONNECTIONS", "EVENTLEDGER_MAX_REQUEST_LINE", "EVENTLEDGER_SERVE_THREADS"):
        try:
            done = subprocess.run(serve_command(db, free_port()), env={**os.environ, variable: "-5"},
                                  capture_output=True, timeout=60, check=False)  # fmt: skip
        except subprocess.TimeoutExpired:  # the variable was ignored: the server started
            pytest.fail(f"{variable}=-5 was ignored")
        assert done.returncode == 2
        assert b"E113" in done.stderr and variable.encode() in done.stderr
