"""The FastAPI application: JSON API under /api, the analyst's pages, bundled static assets."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventledger.errors import EventLedgerError
from eventledger.settings import get_setting
from eventledger.store import Store, open_store
from eventledger.web.internal_errors import InternalErrors
from eventledger.web.security import SecurityHeaders
from eventledger.web.uploads import IngestProcess

WEB_DIR = Path(str(resources.files("eventledger.web")))


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` (or as an error page for the UI)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Ledger:
    """One SQLite connection per server thread (sqlite3 objects must stay in their thread); WAL lets
    these readers run beside a writer."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        # create or migrate once, and fail at start rather than on a request (`eventledger serve` checks
        # first that the ledger exists: a command line that serves never creates one)
        open_store(db).close()

    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
        return store


def ledger_of(request: Request) -> Store:
    return request.app.state.ledger.store()


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/health", "/openapi.json")


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "code": code, "message": message}, status_code=status
    )


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type"}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return error_response(request, error.status, error.code, error.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(error.status_code, f"http_{error.status_code}")
        message = error.detail if isinstance(error.detail, str) else "request failed"
        return error_response(request, error.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "body", "path"))
            problems.append(f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid")))
        return error_response(request, 422, "invalid_request", "; ".join(problems) or "invalid request")

    @app.exception_handler(EventLedgerError)
    async def ledger_error(request: Request, error: EventLedgerError) -> Response:
        # E121/E122: the server cannot print a PDF (no Chromium, or it failed): not the request's fault
        status = {"E107": 404, "E121": 503, "E122": 503}.get(error.code, 400)
        return error_response(request, status, error.code, error.text)


def create_app(db: str, token: str | None = None, warm: bool = False) -> FastAPI:
    """The API and UI over the ledger at ``db`` (a file path); writes need ``token`` (none: writes are off).
    ``warm``: load what requests read (web/warm.py) before serving the first one, as `eventledger serve` does."""
    from eventledger.web import actors_api, api, overview_api, pages, review_api, suggest

    ingester = IngestProcess(db)

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        # the threads that answer requests at once (the event loop's own limiter: set from within it)
        threads = max(1, int(get_setting("serve_threads")))  # type: ignore[call-overload]
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        if application.state.token:  # uploads are on: have their process ready
            ingester.warm_up()
        if warm:  # before the server listens: the first request is as fast as later ones
            from eventledger.web.warm import warm_up

            await asyncio.to_thread(warm_up, db, application.state.templates)
            # what is loaded now (modules, data files, templates: ~110,000 objects) lives as long as the
            # process: the collector's full walks (see server.COLLECTOR_THRESHOLDS) leave it out from now on
            gc.collect()
            gc.freeze()
        yield
        ingester.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventledger",
        summary="A sourced, deduplicated ledger of conflict events",
        docs_url=None,  # served from bundled assets by pages.py: the default page loads them from a CDN
        redoc_url=None,
    )
    app.state.ledger = Ledger(db)
    app.state.ingester = ingester
    app.state.token = token if token and token.strip() else None  # a blank token would match a blank header
    app.state.templates = pages.make_templates(WEB_DIR / "templates")
    # added first, so it runs inside SecurityHeaders: a 500 carries the same headers as any answer
    app.add_middleware(InternalErrors, render=error_response)
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(overview_api.router)
    app.include_router(actors_api.router)
    app.include_router(suggest.router)
    app.include_router(review_api.router)
    app.include_router(review_api.page_router)
    app.include_router(pages.router)

    @app.get("/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return HTMLResponse(status_code=204)

    return app
