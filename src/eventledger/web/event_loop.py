"""The event loop of each `eventledger serve --workers N` process: one that takes its share of connections.

The worker processes listen on one shared socket, and each new connection goes to the first worker that
accepts it. asyncio accepts every waiting connection at once (up to the listen backlog) each time the
socket is ready, so a burst of connections (a browser's, or 50 readers starting together) went almost
whole to one worker: 46 of 50 in a run of benchmarks/http_load.py --workers 2, and that worker's core
served 46 readers while the other one's served 4. Accepting one connection per turn of the loop is not
enough on a busy machine: the worker that woke first takes the next one too before the other is given a
core (36 of 40 in tests/test_serve_load.py). Here a worker that holds connections steps aside for a while
that grows with them before it accepts one more: a worker holding fewer comes round first.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

# Seconds a worker waits per connection it holds before it accepts a new one itself, and at most: long
# enough for another worker to be given a core on a busy machine, short beside a connection's life
STEP_ASIDE_PER_CONNECTION = 0.001
STEP_ASIDE_MOST = 0.02


class SharingEventLoop(asyncio.SelectorEventLoop):
    """asyncio's selector loop; a listening socket's connections are accepted one at a time, each after
    STEP_ASIDE_PER_CONNECTION per connection this loop holds (at most STEP_ASIDE_MOST)."""

    def _accept_connection(  # type: ignore[override]
        self, protocol_factory: Any, sock: socket.socket, sslcontext: Any = None, server: Any = None,
        backlog: int = 100, *args: Any, **kwargs: Any,
    ) -> None:
        wait = min(STEP_ASIDE_MOST, STEP_ASIDE_PER_CONNECTION * self.open_connections())
        if wait <= 0:
            super()._accept_connection(protocol_factory, sock, sslcontext, server, 1, *args, **kwargs)  # type: ignore[misc]
            return
        # not woken again for this socket meanwhile; then the connection, if no other worker took it
        self._remove_reader(sock.fileno())  # type: ignore[attr-defined]
        self.call_later(wait, self._accept_after_wait, (protocol_factory, sock, sslcontext, server, backlog, *args),
                        kwargs)

    def open_connections(self) -> int:
        """The connections this loop holds open (a closed one stays among the loop's transports until the
        garbage collector frees it)."""
        transports = list(self._transports.values())  # type: ignore[attr-defined]
        return sum(1 for transport in transports if not transport.is_closing())

    def _accept_after_wait(self, arguments: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        protocol_factory, sock, sslcontext, server, _, *rest = arguments
        if sock.fileno() < 0 or (server is not None and not server.is_serving()):  # closed meanwhile
            return
        super()._accept_connection(protocol_factory, sock, sslcontext, server, 1, *rest, **kwargs)  # type: ignore[misc]
        self._add_reader(sock.fileno(), self._accept_connection, *arguments, **kwargs)  # type: ignore[attr-defined]
