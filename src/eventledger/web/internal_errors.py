"""An exception no handler took becomes a clean 500 answer, and the keep-alive connection stays usable.

Starlette's outermost middleware answers such an exception with a plain-text 500 and then raises it
again, for the server to log; uvicorn, seeing an exception after the answer started, closes the
connection, and a client's next request on it is reset. This middleware sits inside that one: it logs
the traceback, answers the error as the API's JSON or the UI's error page, and lets nothing escape."""

from __future__ import annotations

import logging
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The server's own error log: the traceback appears where uvicorn's log of this server goes
LOG = logging.getLogger("uvicorn.error")

INTERNAL_ERROR_CODE = "internal_error"
INTERNAL_ERROR_MESSAGE = "the server failed to answer this request; the error is in the server's log"

ErrorRenderer = Callable[[Request, int, str, str], Response]


class InternalErrors:
    """Answers an unexpected exception as ``render(request, 500, code, message)``."""

    def __init__(self, app: ASGIApp, render: ErrorRenderer) -> None:
        self.app = app
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = finished = False

        async def send_tracked(message: Message) -> None:
            nonlocal started, finished
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:
            LOG.exception("Internal error answering %s %s", scope.get("method"), scope.get("path"))
            if finished:  # the answer went out whole (a background task failed): the connection is fine
                return
            if started:  # half an answer went out: only closing the connection tells the client it is cut
                raise
            await self._answer(scope, receive, send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            response = self.render(request, 500, INTERNAL_ERROR_CODE, INTERNAL_ERROR_MESSAGE)
        except Exception:  # the error page itself cannot be rendered (its templates are the fault)
            LOG.exception("The error page failed; answering in plain text")
            response = PlainTextResponse(f"{INTERNAL_ERROR_CODE}: {INTERNAL_ERROR_MESSAGE}", status_code=500)
        await response(scope, receive, send)
