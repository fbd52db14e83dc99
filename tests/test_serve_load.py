"""How `eventledger serve --workers 2` spreads and answers its connections, against the real command on
127.0.0.1 over a real SQLite ledger (Linux: /proc and TCP_INFO tell which process holds a connection and
how many segments carried an answer).

Before: a burst of connections went almost whole to one worker (asyncio accepts all that wait at once),
46 of 50 readers in benchmarks/http_load.py; and each answer took two sends, its head and its body."""

from __future__ import annotations

import gc
import socket
import struct
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import build_ledger, start_serving

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and TCP_INFO")

CONNECTIONS = 40
TCP_INFO_DATA_SEGS_IN = 152  # struct tcp_info: tcpi_data_segs_in, a u32 (Linux 4.6 and later)


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, int]]:
    """(the command's process id, its port)."""
    db = str(tmp_path_factory.mktemp("load") / "ledger.db")
    build_ledger(db)
    server, port = start_serving(db, 2)
    try:
        yield server.pid, port
    finally:
        server.terminate()
        server.wait(timeout=30)


def worker_processes(pid: int) -> list[int]:
    """The processes ``pid`` started with multiprocessing's spawn: uvicorn's workers."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except OSError:  # ended while listed
            continue
        if parent == pid and b"spawn_main" in command and b"resource_tracker" not in command:
            found.append(int(entry.name))
    return found


def socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def established_on(port: int) -> set[str]:
    """The socket inodes of the connections established to ``port`` on the server's side."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].rsplit(":", 1)[1], 16)
        if local_port == port and fields[3] == "01":  # 01: ESTABLISHED
            inodes.add(fields[9])
    return inodes


def ask(connection: socket.socket, path: str = "/health") -> bytes:
    """One keep-alive GET; the whole answer (head and a body of Content-Length bytes)."""
    connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += connection.recv(65536)
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += connection.recv(65536)
    assert head.startswith(b"HTTP/1.1 200")
    return body


def holders(pid: int, port: int) -> Counter[int]:
    """How many of the connections established to ``port`` each worker process of ``pid`` holds."""
    ours = established_on(port)
    return Counter({worker: len(socket_inodes(worker) & ours) for worker in worker_processes(pid)})


def wait_until_both_serve(pid: int, port: int) -> None:
    """/health answers once one worker is ready; the other may still be loading (web/warm.py)."""
    answered: set[int] = set()
    deadline = time.monotonic() + 180
    while len(answered) < 2 and time.monotonic() < deadline:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as connection:
            ask(connection)
            answered |= {worker for worker, held in holders(pid, port).items() if held}
        time.sleep(0.05)
    assert len(answered) == 2, "the second worker never answered"


def test_a_burst_of_connections_is_shared_by_the_two_workers(two_workers: tuple[int, int]) -> None:
    pid, port = two_workers
    wait_until_both_serve(pid, port)
    connections = [socket.create_connection(("127.0.0.1", port), timeout=20) for _ in range(CONNECTIONS)]
    try:
        for connection in connections:  # each one answered: accepted by some worker
            ask(connection)
        held = holders(pid, port)
        assert len(held) == 2
        assert sum(held.values()) == CONNECTIONS
        # spread by which worker comes round first: each takes a fair part, not 4 of 50 (before)
        assert min(held.values()) >= CONNECTIONS // 4, held
    finally:
        for connection in connections:
            connection.close()


def test_an_answer_goes_out_in_one_segment(two_workers: tuple[int, int]) -> None:
    _, port = two_workers
    requests = 20
    with socket.create_connection(("127.0.0.1", port), timeout=20) as connection:
        for _ in range(requests):
            assert ask(connection) == b'{"status":"ok"}'
        info = connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
        (data_segments,) = struct.unpack_from("I", info, TCP_INFO_DATA_SEGS_IN)
    # head and body in one send each (before: two segments per answer, 40)
    assert data_segments == requests


def test_the_serving_process_collects_garbage_rarely_and_never_walks_what_it_loaded(tmp_path: Path) -> None:
    """A full collection walks every object and holds the GIL: 300-1,150 ms each under load with Python's
    thresholds, one every 4 s in each worker. What `serve` loads before its first request is frozen."""
    from starlette.testclient import TestClient

    from eventledger.web.app import create_app
    from eventledger.web.server import COLLECTOR_THRESHOLDS, serve_promptly

    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    thresholds, interval = gc.get_threshold(), sys.getswitchinterval()
    try:
        serve_promptly()
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS
        assert COLLECTOR_THRESHOLDS[0] >= 50 * thresholds[0]
        with TestClient(create_app(db, warm=True)) as client:  # its start-up: the server's warm-up
            assert client.get("/api/events").status_code == 200
            assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        sys.setswitchinterval(interval)
