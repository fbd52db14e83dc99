"""``eventledger serve``: the web UI and HTTP API under uvicorn."""

from __future__ import annotations

import ipaddress

from eventledger.errors import EventLedgerError


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


def run_server(db: str | None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the ledger at ``db`` until interrupted."""
    check_bind(host, token)
    import uvicorn

    from eventledger.store import resolve_db_path
    from eventledger.web.app import create_app

    app = create_app(resolve_db_path(db), token)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
