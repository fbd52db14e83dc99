"""``eventledger serve``: the web UI and HTTP API under uvicorn."""

from __future__ import annotations

import gc
import ipaddress
import os
import sys
from typing import TYPE_CHECKING, Any

from eventledger.errors import EventLedgerError
from eventledger.settings import get_setting

if TYPE_CHECKING:
    from fastapi import FastAPI

# With several worker processes uvicorn imports the app by name in each of them; the ledger and the
# token reach them through the environment (the settings' own variables, inherited by the workers)
DB_VARIABLE = "EVENTLEDGER_DB"
TOKEN_VARIABLE = "EVENTLEDGER_TOKEN"


# How long a thread may hold the GIL while another waits for it (Python's default: 5 ms, made for the
# throughput of busy threads). A server worker's event loop reads and writes every connection, and each
# read or write lets the GIL go; with two dozen requests running in the thread pool, the loop then waits
# up to this long for it after each one, and answers queue behind it. Under an ingest (benchmarks/
# http_load.py --workers 2, 50 readers, 5 runs each, alternated, machine load 15-23): p95 651-941 ms at
# 0.5 ms against 956-1,493 at 5 ms; readers alone, no change beyond the noise.
SWITCH_INTERVAL_SECONDS = 0.0005

# uvicorn's loop setting, a class that makes the loop (a selector loop, as uvicorn's own on Linux)
SHARING_LOOP = "eventledger.web.event_loop:SharingEventLoop"


# When Python's cyclic garbage collector runs (young objects: every this many container objects allocated
# and not freed; older ones: every so many young collections). A full collection walks every object the
# process holds, the GIL held throughout: with the caches a serving process fills (possible duplicates,
# decoded reports, 300,000-400,000 objects), each took 300-1,150 ms under load, all of the worker's requests
# waiting, and Python's defaults (700, 10, 10) ran one every 4 s in each worker. benchmarks/http_load.py-like
# runs (--workers 2, 50 readers, 30 s, then 30 s with an ingest; load 6-10): 46 full collections, 13.8 s
# of them, p99 280 / 848 ms with the defaults (and the start-up objects frozen); 2 full collections (both at
# start-up), p99 109 / 270 ms with these.
COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def serve_promptly() -> None:
    """Set this process's thread switch interval and collector thresholds for serving (each worker process
    calls it)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def is_loopback_host(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name or a wildcard could be reachable from elsewhere


def check_bind(host: str, token: str | None) -> None:
    """Writes need a token; a server others can reach must have one (E109), checked before binding."""
    if not (token and token.strip()) and not is_loopback_host(host):  # a blank token is no token
        raise EventLedgerError("E109", host=host)


def app_from_environment() -> FastAPI:
    """The app of one worker process, over the ledger and with the token ``run_server`` passed on."""
    from eventledger.web.app import create_app

    serve_promptly()
    return create_app(os.environ[DB_VARIABLE], os.environ.get(TOKEN_VARIABLE) or None, warm=True)


def uvicorn_settings(workers: int) -> dict[str, Any]:
    """How uvicorn serves: the bounded HTTP protocol, with several workers a loop that takes its share of
    the connections, and the limits from the settings (max_connections 0: no limit)."""
    from eventledger.web.http_protocol import BoundedH11Protocol

    max_connections = int(get_setting("max_connections"))  # type: ignore[call-overload]
    return {"log_level": "info", "server_header": False, "http": BoundedH11Protocol,
            "loop": SHARING_LOOP if workers > 1 else "auto", "limit_concurrency": max_connections or None,
            "timeout_keep_alive": float(get_setting("keep_alive_seconds"))}  # type: ignore[arg-type]


def run_server(
    db: str | None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, workers: int = 1
) -> None:
    """Serve the ledger at ``db`` until interrupted, in ``workers`` processes sharing the port.

    Each worker has its own connections and its own ingest process; SQLite's write lock (BEGIN
    IMMEDIATE, waiting busy_timeout) orders their writes, and every cache of a connection is keyed by
    the ledger's data_version, which another process's commit changes."""
    check_bind(host, token)
    import uvicorn

    from eventledger.store import resolve_db_path

    if workers > 1:
        os.environ[DB_VARIABLE] = resolve_db_path(db)
        if token:
            os.environ[TOKEN_VARIABLE] = token
        else:
            os.environ.pop(TOKEN_VARIABLE, None)
        uvicorn.run("eventledger.web.server:app_from_environment", factory=True, workers=workers, host=host,
                    port=port, **uvicorn_settings(workers))
        return
    from eventledger.web.app import create_app

    app = create_app(resolve_db_path(db), token, warm=True)
    serve_promptly()
    uvicorn.run(app, host=host, port=port, **uvicorn_settings(workers))

