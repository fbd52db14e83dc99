"""Peak memory of reading a large WARC file: does ``read_warc`` stream in constant memory?

    python benchmarks/warc_memory.py [--mb 520] [--small-mb 52] [--gzip]

Writes two generated WARC files (CC-NEWS-like: HTML responses of ~40 KB between large non-HTML responses
of ~1 MB, and one HTML record over the document limit), then reads each in a fresh process through
``read_inputs`` (every record parsed, HTML extracted by trafilatura) and prints the process's peak RSS.
Constant memory: the large file's peak is about the small file's, not ten times it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = (
    "the officials said security forces residents village district province attack convoy police army market "
    "town gunmen reported killed wounded clashes government rebels road bridge council spokesman morning night"
).split()
HTML_BYTES = 40_000
BINARY_BYTES = 1_000_000
HTML_SHARE = 0.3  # of the bytes: the rest is images, PDFs and video crawls carry between the pages


def page(rng: random.Random, number: int) -> bytes:
    paragraphs = []
    while sum(len(p) for p in paragraphs) < HTML_BYTES // 3:
        words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
        paragraphs.append(f"<p>{' '.join(words).capitalize()} in report {number}.</p>")
    navigation = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(200))
    html = (f"<html><head><title>Report {number}</title></head><body><nav><ul>{navigation}</ul></nav>"
            f"<article><h1>Report {number}</h1>{''.join(paragraphs)}</article></body></html>")
    return html.encode()


def write_warc(path: Path, megabytes: int, *, gzip: bool, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    written = {"html": 0, "binary": 0, "bytes": 0}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        number = 0
        while written["bytes"] < target:
            number += 1
            if number == 3:  # one page over the 20 MB document limit: read up to the limit, then rejected
                body, kind = b"<html><body><p>" + b"word " * 5_000_000 + b"</p></body></html>", "text/html"
            elif rng.random() < HTML_SHARE * BINARY_BYTES / (HTML_SHARE * BINARY_BYTES + (1 - HTML_SHARE) * HTML_BYTES):
                body, kind = page(rng, number), "text/html; charset=utf-8"
            else:
                body, kind = rng.randbytes(BINARY_BYTES), "image/jpeg"
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.org/{number}", "response",
                                               payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            written["html" if kind.startswith("text/html") else "binary"] += 1
            written["bytes"] += len(body)
    written["file_bytes"] = path.stat().st_size
    return written


# the reader's resident memory every 500 documents (from /proc) shows whether it grows as it reads
READER = """
import json, os, resource, sys, time
from eventledger.ingest import read_inputs
def rss_mb():
    with open("/proc/self/statm") as statm:
        return round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
started = time.perf_counter()
documents = rejected = 0
samples = []
for item in read_inputs([sys.argv[1]]):
    if type(item).__name__ == "RawDocument":
        documents += 1
        if documents % 500 == 0:
            samples.append(rss_mb())
    else:
        rejected += 1
print(json.dumps({"documents": documents, "rejected": rejected, "seconds": round(time.perf_counter() - started, 1),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "rss_every_500": samples}))
"""


def measure(path: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    result = subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True, text=True, env=env,
                            check=True)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=520, help="payload megabytes of the large WARC")
    parser.add_argument("--small-mb", type=int, default=52, help="payload megabytes of the small WARC")
    parser.add_argument("--gzip", action="store_true", help="write .warc.gz (one gzip member a record)")
    args = parser.parse_args()
    suffix = ".warc.gz" if args.gzip else ".warc"
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in (args.small_mb, args.mb):
            path = Path(folder) / f"crawl-{megabytes}mb{suffix}"
            started = time.perf_counter()
            written = write_warc(path, megabytes, gzip=args.gzip)
            print(f"wrote {path.name}: {written['file_bytes'] / 1e6:.0f} MB on disk, {written['html']} HTML and "
                  f"{written['binary']} binary responses in {time.perf_counter() - started:.0f} s", flush=True)
            figures = measure(path)
            print(f"read {path.name}: {figures['documents']} documents, {figures['rejected']} rejected, "
                  f"{figures['seconds']} s, peak RSS {figures['peak_rss_mb']} MB; RSS every 500 documents (MB): "
                  f"{figures['rss_every_500']}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
