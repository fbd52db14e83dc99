"""Hostile query strings against `eventledger serve`: /api/suggest (every field, hostile prefixes), the
events page's filters (through /api/events, /api/overview, /api/export and /report, which the page calls),
the actors' search and the id paths.

Values: NUL (raw and as the text "%00"), FTS5 syntax, SQL and LIKE wildcards (% _ \\), 10 KB of text,
lone surrogates and invalid UTF-8 (as raw percent-escapes no client would send), control and bidi
characters, numbers past 64 bits, NaN, impossible dates, unknown fields. Each request goes out on its own;
a 5xx, a 200 that is not what its path serves (JSON for the API), an answer over 10 s, or a server that
stops answering is a failure. The server is the real command on 127.0.0.1, on a copy of the ledger.

    PYTHONPATH=src python benchmarks/hostile_http.py --db LEDGER [--workers 1]
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from http_load import free_port, start_server

SLOW_SECONDS = 10.0
TEN_KB = 10 * 1024

# values a careless or hostile user types into a filter; str values are sent UTF-8 percent-encoded,
# bytes values are put in the query string as they are (escapes no browser would send)
HOSTILE: list[str | bytes] = [
    "", " ", "\t", "\x00", "a\x00b", "%00", "\x00 OR *", '"', '"unbalanced', "'", "''", "'; DROP TABLE events;--",
    "a OR b", "OR", "AND", "NOT", "NEAR(a b)", "NEAR(", "*", "a*", "^a", "-a", "+a", "col:val", "country:x",
    "events:killed", "{a b}", "(", ")", "()", "a:b:c", "\\", "\\%", "%", "_", "%_%", "%%", "__", "[a-z]", "a|b",
    "😀", "\u202e\u202d", "\ufeff", "\u200b", "\r\n", "<script>alert(1)</script>", "../../etc/passwd",
    "a" * TEN_KB, "%" * TEN_KB, "_" * TEN_KB, '"' * TEN_KB, "😀" * (TEN_KB // 4), "NEAR(" * 2000,
    "1e999", "NaN", "-1", "9" * 30, "0x10", "2021-02-30", "0000-01-01", "9999-12-31", "-2021-01-01",
    "true", "maybe", "Afghanistan", "AF", "ISKP",
    b"%ED%A0%80", b"%ED%B0%80x", b"%C0%80", b"%FF%FE", b"%", b"%G0", b"%2", b"%u0041", b"%E2%80", b"a%00b",
]
SUGGEST_FIELDS = ["actor", "country", "admin1", "location", "", "ACTOR", "actor\x00", "event_type", "q", "a" * 300]
FILTERS = ["q", "country", "admin1", "event_type", "sub_event_type", "actor", "since", "until", "include_undated",
           "min_fatalities", "min_confidence", "min_sources", "has_duplicates", "sort", "facets", "limit", "offset",
           "zoom", "bbox", "section"]
FILTERED_PATHS = ["/api/events", "/api/overview", "/api/review"]
SOMETIMES_PATHS = ["/api/export?format=events", "/report", "/api/export?format=acled-csv"]
ID_PATHS = ["/api/events/", "/events/", "/api/documents/", "/documents/", "/api/actors/", "/actors/",
            "/api/events/{}/possible-duplicates"]


def encoded(value: str | bytes) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii")
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def requests() -> list[tuple[str, str]]:
    """(kind, path with its query string) of every hostile request."""
    found: list[tuple[str, str]] = []
    for field in SUGGEST_FIELDS:
        for value in HOSTILE:
            found.append(("suggest", f"/api/suggest?field={encoded(field)}&prefix={encoded(value)}"))
    for limit in ["0", "-1", "51", "1e3", "NaN", "9" * 30, ""]:
        found.append(("suggest", f"/api/suggest?field=actor&prefix=a&limit={limit}"))
    for path in FILTERED_PATHS:
        for name in FILTERS:
            for value in HOSTILE:
                found.append((path, f"{path}?{name}={encoded(value)}"))
    for path in SOMETIMES_PATHS:  # a whole export or report per request: the filters most likely to select little
        for name in ["q", "country", "actor", "since", "min_fatalities"]:
            for value in HOSTILE[::3]:
                separator = "&" if "?" in path else "?"
                found.append((path.split("?")[0], f"{path}{separator}{name}={encoded(value)}"))
    for value in HOSTILE:
        found.append(("actors search", f"/api/actors?q={encoded(value)}"))
        found.append(("actors page", f"/actors?q={encoded(value)}"))
        for path in ID_PATHS:
            identifier = encoded(value) or "%20"
            found.append(("id " + path, path.format(identifier) if "{}" in path else path + identifier))
    return found


def ask(port: int, path: str) -> tuple[int | str, str, float, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        return response.status, response.getheader("content-type") or "", time.perf_counter() - started, body
    except (OSError, http.client.HTTPException) as error:
        return type(error).__name__, "", time.perf_counter() - started, b""
    finally:
        connection.close()


def wrong_body(path: str, status: int | str, content_type: str, body: bytes) -> str | None:
    """Why an answer is not what its path serves, or None."""
    if not isinstance(status, int) or status >= 500:
        return f"status {status}"
    if path.startswith("/api/") and "format=" not in path:
        try:
            json.loads(body)
        except ValueError:
            return f"not JSON ({content_type})"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the ledger (copied; the copy is served)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--server-log", type=Path, help="append the server's standard error here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        db = str(Path(name) / "ledger.db")
        shutil.copy(args.db, db)
        port = free_port()
        server = start_server(db, port, args.workers, args.server_log)
        statuses: dict[str, Counter] = {}
        failures: list[str] = []
        slowest: list[tuple[float, str]] = []
        try:
            for kind, path in requests():
                status, content_type, seconds, body = ask(port, path)
                statuses.setdefault(kind, Counter())[status] += 1
                slowest.append((seconds, path))
                problem = wrong_body(path, status, content_type, body)
                if seconds > SLOW_SECONDS:
                    problem = (problem + "; " if problem else "") + f"{seconds:.1f} s"
                if problem:
                    failures.append(f"{problem}: GET {path[:160]}")
                    print(f"FAIL {problem}: GET {path[:160]} {body[:200]!r}", flush=True)
            alive = ask(port, "/health")[0] == 200
        finally:
            server.terminate()
            server.wait()
    total = sum(sum(c.values()) for c in statuses.values())
    print(f"requests: {total}; failures: {len(failures)}; server alive after: {alive}")
    for kind, counts in statuses.items():
        print(f"    {kind:32s} {dict(sorted(counts.items(), key=lambda kv: str(kv[0])))}")
    slowest.sort(reverse=True)
    print("slowest: " + "; ".join(f"{seconds:.2f} s {path[:80]}" for seconds, path in slowest[:5]))
    sys.exit(1 if failures or not alive else 0)


if __name__ == "__main__":
    main()
