"""The HTTP/1.1 connections of `eventledger serve`: uvicorn's h11 protocol with a bounded request head.

A request line over MAX_REQUEST_LINE bytes is answered 414, a head (request line and headers) over
MAX_REQUEST_HEAD bytes 431, and any other request h11 cannot read 400, each with the API's one-line
JSON error body; then the connection closes. uvicorn answered all three with a plain-text 400 and closed
the connection at once, while the client was still sending the rest of its head: the kernel then resets
the connection, which throws away the answer too, so a client sending a request line of ~110 KB got no
answer at all. Here the connection is closed for writing after the answer, and what the client still
sends is read and dropped (up to DRAIN_BYTES, for up to DRAIN_SECONDS) before it is closed whole.

What one turn of the event loop writes to a connection goes out in one send (OneSendPerTurn): uvicorn
writes an answer's head and its body apart, two system calls, and each lets the GIL go, which the event
loop then waits for behind the thread pool's requests.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from eventledger.settings import get_setting

# bytes, settings read once per process (each worker process reads them from the environment): by
# default 64 KiB of request line (the API's longest parameter, q, is 1,000 characters) and 128 KiB of head
MAX_REQUEST_LINE = int(get_setting("max_request_line"))  # type: ignore[call-overload]
MAX_REQUEST_HEAD = int(get_setting("max_request_head"))  # type: ignore[call-overload]
DRAIN_BYTES = 4 * 1024 * 1024  # the most read and dropped after a refusal before closing anyway
DRAIN_SECONDS = 5.0

HEAD_END = re.compile(rb"\n\r?\n")  # h11 takes a bare LF for CRLF too
LOG = logging.getLogger("uvicorn.error")
REASONS = {400: "Bad Request", 414: "URI Too Long", 431: "Request Header Fields Too Large"}  # RFC 9110, 6585


def refusal(status: int, code: str, message: str) -> bytes:
    """A whole HTTP/1.1 answer that closes the connection, with the API's JSON error body."""
    body = json.dumps({"error": {"code": code, "message": message}}, separators=(",", ":")).encode("ascii")
    head = (f"HTTP/1.1 {status} {REASONS[status]}\r\n"
            "content-type: application/json\r\n"
            f"content-length: {len(body)}\r\n"
            "x-content-type-options: nosniff\r\n"
            "connection: close\r\n\r\n")  # fmt: skip
    return head.encode("ascii") + body


def unreadable_head(pending: bytes) -> tuple[int, str, str]:
    """Why h11 could not read the head of a request that starts with ``pending``."""
    if len(pending) > MAX_REQUEST_LINE and b"\n" not in pending[: MAX_REQUEST_LINE + 1]:
        return 414, "uri_too_long", f"the request line is over {MAX_REQUEST_LINE} bytes"
    if len(pending) > MAX_REQUEST_HEAD:
        return 431, "headers_too_large", f"the request line and headers are over {MAX_REQUEST_HEAD} bytes"
    return 400, "bad_request", "the request is not valid HTTP/1.1"


class OneSendPerTurn:
    """A connection's transport as uvicorn's protocol sees it: the bytes written during one turn of the
    event loop are joined and written at its end (or before the connection is closed or half-closed)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(bytes(data))

    def flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(len(piece) for piece in self._pending)

    def __getattr__(self, name: str) -> Any:  # everything else is the transport's own
        return getattr(self._transport, name)


class BoundedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol (``uvicorn.run(..., http=BoundedH11Protocol)``) whose refusals are answered
    and reach the client. The request line and head are measured as they arrive, so that a long one is
    refused however the network cuts it into pieces (h11 alone refuses a long head only when it is
    still incomplete after a piece)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_REQUEST_HEAD)
        self._measured_after: object = None  # the request whose successor's line is being measured
        self._line_bytes = self._head_bytes = 0
        self._line_ended = self._head_ended = False
        self._tail = b""  # the last bytes of the head read so far
        self._drain_left: int | None = None  # bytes still to drop after a refusal; None: not refused
        self._drain_timer: Any = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.transport = OneSendPerTurn(transport, self.loop)  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        if self._drain_left is not None:
            self._drain_left -= len(data)
            if self._drain_left <= 0:
                self.transport.close()
            return
        refused = self._oversized(data) if self.conn.their_state is h11.IDLE else None
        if refused is not None:
            self._refuse(*refused)
            return
        super().data_received(data)

    def _oversized(self, data: bytes) -> tuple[int, str, str] | None:
        """The refusal of a request line or head that ``data`` takes past its limit, or None."""
        if self._measured_after is not self.cycle:  # a request was read since: this starts the next one
            self._measured_after, self._line_bytes, self._line_ended = self.cycle, 0, False
            self._head_bytes, self._head_ended, self._tail = 0, False, b""
        if self._head_ended:
            return None
        if not self._line_ended:
            end = data.find(b"\n")
            self._line_bytes += len(data) if end < 0 else end
            self._line_ended = end >= 0
            if self._line_bytes > MAX_REQUEST_LINE:
                return 414, "uri_too_long", f"the request line is over {MAX_REQUEST_LINE} bytes"
        window = self._tail + data  # the head's end may straddle two pieces
        end = HEAD_END.search(window)
        self._head_bytes += len(data) if end is None else max(0, end.end() - len(self._tail))
        self._head_ended, self._tail = end is not None, window[-3:]
        if self._head_bytes > MAX_REQUEST_HEAD:
            return 431, "headers_too_large", f"the request line and headers are over {MAX_REQUEST_HEAD} bytes"
        return None

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a head h11 cannot read."""
        self._refuse(*unreadable_head(self.conn.trailing_data[0]))

    def _refuse(self, status: int, code: str, message: str) -> None:
        LOG.warning("Refused a request from %s: %s %s", self.client, status, message)
        self._unset_keepalive_if_required()
        self.transport.write(refusal(status, code, message))
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self._drain_left = DRAIN_BYTES
        self._drain_timer = self.loop.call_later(DRAIN_SECONDS, self.transport.close)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._drain_timer is not None:
            self._drain_timer.cancel()
        super().connection_lost(exc)
