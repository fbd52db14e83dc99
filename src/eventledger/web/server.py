"""``eventledger serve``: the web UI and HTTP API under uvicorn."""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import TYPE_CHECKING

from eventledger.errors import EventLedgerError

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


def serve_promptly() -> None:
    """Set this process's thread switch interval for serving (each worker process calls it)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)


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
    from eventledger.web.http_protocol import BoundedH11Protocol

    if workers > 1:
        os.environ[DB_VARIABLE] = resolve_db_path(db)
        if token:
            os.environ[TOKEN_VARIABLE] = token
        else:
            os.environ.pop(TOKEN_VARIABLE, None)
        uvicorn.run("eventledger.web.server:app_from_environment", factory=True, workers=workers, host=host,
                    port=port, log_level="info", server_header=False, http=BoundedH11Protocol)
        return
    from eventledger.web.app import create_app

    app = create_app(resolve_db_path(db), token, warm=True)
    serve_promptly()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, http=BoundedH11Protocol)
