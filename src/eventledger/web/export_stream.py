"""GET /api/export sent as it is written: ``write_export`` runs in a thread of its own and hands its text
to the connection a chunk at a time, a few chunks ahead of the client at most.

The answer used to be written whole into memory first (a ledger's full export, then its bytes: gigabytes
at a million events). ``write_export`` writes to a stream, so it keeps writing, in a thread, what the
event loop sends as the client takes it. The thread opens a ledger connection of its own and closes it
when the export ends, fails, or the client leaves: sqlite3 objects stay in the thread that made them,
and a download's reads never hold a connection a request thread shares. Counting what the format
leaves out (``X-Events-Left-Out``) is the thread's first read, so that the header can go out first.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from eventledger.export import left_out_count, write_export
from eventledger.store import EventFilters, open_store

LOG = logging.getLogger("uvicorn.error")  # where the server's own messages go

CHUNK_CHARS = 64 * 1024  # text gathered into one chunk: a send per line would cost more than the line
CHUNKS_AHEAD = 4  # chunks written but not yet sent: with the exporters' write batch, a download's memory


class ExportCancelled(Exception):
    """The client is gone: the export stops at its next write."""


class ChunkWriter:
    """The text stream ``write_export`` writes to: its text in UTF-8 chunks of about CHUNK_CHARS
    characters, each given to ``hand_over``."""

    def __init__(self, hand_over: Callable[[bytes], None]) -> None:
        self._hand_over = hand_over
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            text = "".join(self._parts)
            self._parts.clear()
            self._size = 0
            self._hand_over(text.encode("utf-8"))  # encoded here, not in the event loop


class ExportStream:
    """One export of the ledger at ``db`` being written by its own thread (started here, from the event
    loop): ``left_out()`` is awaited before the answer starts, then ``chunks()`` gives its bytes."""

    def __init__(self, db: str, name: str, filters: EventFilters) -> None:
        self._db, self._name, self._filters = db, name, filters
        self._loop = asyncio.get_running_loop()
        self._left_out: asyncio.Future[int] = self._loop.create_future()
        self._ready: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue()  # None: the end
        self._room = threading.Semaphore(CHUNKS_AHEAD)  # the client's pace: a chunk taken, one more written
        self._cancelled = threading.Event()
        threading.Thread(target=self._write, name=f"export-{name}", daemon=True).start()

    async def left_out(self) -> int:
        """How many selected events the format leaves out; raises what stopped the export before it began
        (the ledger cannot be opened, a filter's query failed)."""
        try:
            return await self._left_out
        except BaseException:  # failed, or this request was cancelled: the thread must not wait for room
            self.cancel()
            raise

    async def chunks(self) -> AsyncIterator[bytes]:
        """The export's bytes; raises what failed it midway (the connection is then cut, not ended)."""
        while (item := await self._ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
            self._room.release()

    def cancel(self) -> None:
        """Stop the export (the client left): the thread stops at its next chunk and closes its connection."""
        self._cancelled.set()
        self._room.release()  # a thread waiting for room wakes up and sees it

    # ------------------------------------------------------------ in the export's thread

    def _write(self) -> None:
        try:
            store = open_store(self._db, create=False)
        except BaseException as error:
            self._call(_settle, self._left_out, error)
            return
        try:
            # one snapshot for the count and the rows on SQLite; PostgreSQL streams the rows through a
            # connection of its own, where a commit in between can change them (said in the log below)
            with store.read_snapshot():
                counted = left_out_count(store, self._name, self._filters)
                self._call(_settle, self._left_out, counted)
                out = ChunkWriter(self._hand_over)
                left_out = write_export(store, self._name, out, self._filters)
                out.flush()
            if left_out != counted:
                LOG.warning("Export %s: X-Events-Left-Out said %d, the export left out %d (the ledger changed "
                            "meanwhile)", self._name, counted, left_out)
            self._call(self._ready.put_nowait, None)
        except ExportCancelled:
            pass
        except BaseException as error:  # before the count: the request's error; after it: the stream's
            self._call(_settle, self._left_out, error)
            self._call(self._ready.put_nowait, error)
        finally:
            store.close()  # a cursor still open is closed with its connection

    def _hand_over(self, chunk: bytes) -> None:
        self._room.acquire()  # waits while CHUNKS_AHEAD chunks are unsent: memory stays bounded
        if self._cancelled.is_set():
            raise ExportCancelled
        self._call(self._ready.put_nowait, chunk)

    def _call(self, function: Callable[..., Any], *arguments: Any) -> None:
        try:
            self._loop.call_soon_threadsafe(function, *arguments)
        except RuntimeError:  # the loop is closed (the server stopped): nobody waits for what follows
            self.cancel()


def _settle(future: asyncio.Future[int], outcome: int | BaseException) -> None:
    if future.done():  # set already (an error after the count), or the request was cancelled
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


class ExportResponse(StreamingResponse):
    """A streamed export whose thread is stopped however the answer ends: sent whole, cut by the client
    (Starlette cancels the sending then), or never started."""

    def __init__(self, stream: ExportStream, *, media_type: str, headers: dict[str, str]) -> None:
        super().__init__(stream.chunks(), media_type=media_type, headers=headers)
        self._stream = stream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._stream.cancel()
