"""Hostile feeds through `eventledger ingest --feed`, and bad feeds files through `eventledger watch --once`.

Each feed of hostile_corpus.served_feeds (entity bombs, external entities, 50 MB and over, gzip bombs,
charset lies, deep nesting, hostile links, sitemap loops) is served by a web server on 127.0.0.1 and read
by its own command, in a fresh process, into one ledger that holds the seed corpus. Per case: exit code
(0 or 1 under the contract), seconds, peak RSS, the lines of standard error that are not one E-code line
(tracebacks, internal errors E016/E201), paths a safe reader never asks for that were asked for, and
secrets (a file's text, an external entity's) found in the ledger. Then each bad feeds file of
hostile_corpus.BAD_FEEDS_FILES through `watch FILE --once` (exit 2 and one E125 line, or per-URL
rejections).

    PYTHONPATH=src python benchmarks/hostile_feeds.py [--only NAME]
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from hostile_corpus import BAD_FEEDS_FILES, Served, served_feeds
from hostile_inputs import SEED_CORPUS, cli, timed_run

BUG_LINE = re.compile(r"Traceback|^E016|^E201")
ONE_LINE = re.compile(r"^[EW]\d{3}: \S")
FAST_FEEDS = {"EVENTLEDGER_FEED_HOST_INTERVAL": "0", "EVENTLEDGER_FEED_TIMEOUT": "2", "EVENTLEDGER_FEED_RETRIES": "0"}


class Site:
    """The hostile feeds and their pages, by path; every path asked for is logged."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, dict[str, str], bytes]] = {}
        self.asked: list[str] = []
        self.lock = threading.Lock()

    def add(self, case: Served) -> None:
        self.routes[case.path] = (200, case.content_type, case.headers, case.body)
        for path, (kind, body) in case.also.items():
            self.routes[path] = (200, kind, {}, body)


def handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?")[0].split("#")[0]
            with site.lock:
                site.asked.append(path)
            status, kind, headers, body = site.routes.get(path, (404, "text/plain", {}, b"not found"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the reader stopped at its limit
                pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # a reader that stopped at its byte limit closed the connection: expected here


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def suspect_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if BUG_LINE.search(line) or not ONE_LINE.match(line)]


def ledger_text(db: str) -> str:
    return subprocess.run(cli("export", "--format", "documents", "--db", db), capture_output=True, check=True
                          ).stdout.decode("utf-8", errors="replace")


def run_feeds(db: str, only: str | None) -> int:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    site = Site()
    cases = [case for case in served_feeds(base) if only is None or only in case.name]
    for case in cases:
        site.add(case)
    server = QuietServer(("127.0.0.1", port), handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    failures = 0
    try:
        for case in cases:
            asked_before = len(site.asked)
            run = timed_run(["env", *(f"{k}={v}" for k, v in FAST_FEEDS.items()),
                             *cli("ingest", "--feed", base + case.path, "--db", db)])
            asked = site.asked[asked_before:]
            found = suspect_lines(run.stderr)
            fetched_never = [path for path in case.never if path in asked]
            leaked = case.secret is not None and case.secret in ledger_text(db)
            bad = bool(found) or run.status not in (0, 1) or run.seconds > 60 or run.peak_rss_mb > 1024 \
                or bool(fetched_never) or leaked
            failures += bad
            first = next((line for line in run.stderr.splitlines() if line.strip()), "")
            print(f"{'FAIL' if bad else 'ok  '} {case.name:32s} exit {run.status}, {run.seconds:5.1f} s, "
                  f"peak RSS {run.peak_rss_mb:5.0f} MB, {len(asked):3d} requests; {first[:110]}"
                  + (f"; SUSPECT {found[:2]}" if found else "")
                  + (f"; ASKED FOR {fetched_never}" if fetched_never else "")
                  + ("; SECRET IN LEDGER" if leaked else ""),
                  flush=True)
    finally:
        server.shutdown()
    return failures


def run_feeds_files(db: str, folder: Path, only: str | None) -> int:
    failures = 0
    for name, content in BAD_FEEDS_FILES.items():
        if only is not None and only not in name:
            continue
        if isinstance(content, bytes):
            path = folder / f"feeds-{re.sub(r'[^a-z0-9]+', '-', name)}.txt"
            path.write_bytes(content)
        else:
            path = Path(content)
        run = timed_run(["env", *(f"{k}={v}" for k, v in FAST_FEEDS.items()),
                         *cli("watch", str(path), "--once", "--db", db)])
        found = suspect_lines(run.stderr)
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        bad = bool(found) or run.status not in (1, 2) or run.seconds > 60 or run.peak_rss_mb > 1024
        failures += bad
        print(f"{'FAIL' if bad else 'ok  '} feeds file {name:20s} exit {run.status}, {run.seconds:5.1f} s, "
              f"peak RSS {run.peak_rss_mb:5.0f} MB, {len(lines)} error lines; {(lines or [''])[0][:110]}"
              + (f"; SUSPECT {found[:2]}" if found else ""), flush=True)
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the cases whose name holds this")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = str(folder / "ledger.db")
        timed_run(cli("ingest", str(SEED_CORPUS), "--db", db))
        failures = run_feeds(db, options.only) + run_feeds_files(db, folder, options.only)
    print(f"failures: {failures}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
