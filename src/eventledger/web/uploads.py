"""Turns a POST /api/documents body (a JSON article or a multipart file upload) into stored documents."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from eventledger import strict_json
from eventledger.errors import shorten
from eventledger.ingest.records import record_to_document
from eventledger.models import RawDocument, Rejection
from eventledger.settings import get_setting
from eventledger.store import Store, open_store

if TYPE_CHECKING:  # the pipeline (spaCy) loads in the ingest process only, never in the server's
    from eventledger.pipeline import IngestSummary

UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")


class UploadError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, code, message)  # as ``args``, so that it comes back from the ingest process
        self.status, self.code, self.message = status, code, message

    def __str__(self) -> str:
        return self.message


@dataclass
class UploadOutcome:
    """What an upload's answer is made from, as the ingest process sends it back. The pipeline's own
    summary would have the server import the pipeline (spaCy and the extraction modules) to read it: 8%
    of a worker's CPU under load at its first upload, and spaCy's memory in every server process."""

    document_ids: list[str]  # stored by this upload
    unchanged_ids: list[str]  # already in the ledger
    rejections: list[Rejection]


@dataclass
class UploadedFile:
    filename: str
    data: bytes


def max_upload_bytes() -> int:
    return int(get_setting("max_bytes"))  # type: ignore[arg-type]


def json_article(body: bytes) -> RawDocument | Rejection:
    """One article in the contract's JSON input shape."""
    try:
        record = strict_json.loads_bytes(body)
    except strict_json.JSONRejected as error:
        what = "not valid JSON" if error.code == "E007" else "JSON the ledger cannot keep"
        raise UploadError(400, error.code, f"the body is {what} ({shorten(error.detail)})") from error
    return record_to_document(record, "api", "body", max_upload_bytes())


def multipart_file(content_type: str, body: bytes) -> UploadedFile:
    """The first file part of a multipart/form-data body (parsed with the standard library's MIME parser)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise UploadError(400, "bad_request", "the multipart body could not be parsed")
    for part in message.iter_parts():
        filename = part.get_filename()
        if filename:
            data = part.get_payload(decode=True) or b""
            return UploadedFile(PurePath(filename).name, data)
    raise UploadError(400, "bad_request", "the upload has no file part (send it as form field 'file')")


def upload_suffix(filename: str) -> str:
    lower = filename.lower()
    for suffix in sorted(UPLOAD_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return suffix
    raise UploadError(415, "E005", f"unknown file type of '{filename}'; use one of {', '.join(UPLOAD_SUFFIXES)}")


def ingest_upload(store: Store, upload: UploadedFile) -> IngestSummary:
    """Ingest an uploaded file through the same readers as the command line (they go by the suffix)."""
    from eventledger.pipeline import ingest_paths

    suffix = upload_suffix(upload.filename)
    with tempfile.TemporaryDirectory(prefix="eventledger-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(upload.data)
        summary = ingest_paths([str(path)], store)
    for rejection in summary.rejections:  # name the user's file, not our temporary path
        rejection.origin = rejection.origin.replace(str(path), upload.filename)
    return summary


def ingest_article(store: Store, item: RawDocument | Rejection) -> IngestSummary:
    from eventledger.pipeline import ingest_items

    return ingest_items([item], store)


# ------------------------------------------------------------------ the ingest process

_worker_store: dict[str, Store] = {}  # in the ingest process: its connection, kept between uploads
# The ingest process's scheduling priority below the server's (Unix niceness, added to the server's):
# parsing an upload is seconds of CPU, a reader's request milliseconds, and on a machine whose cores are
# all busy an upload at equal priority took the CPU the readers' requests wait for
UPLOAD_NICENESS = 5


def _start_worker() -> None:
    with contextlib.suppress(OSError):  # not allowed here: the uploads run at the server's priority
        os.nice(UPLOAD_NICENESS)


def _warm_up_worker() -> None:
    from eventledger.pipeline import warm_up

    warm_up()


def _ingest_in_worker(db: str, item: UploadedFile | RawDocument | Rejection) -> UploadOutcome:
    store = _worker_store.get(db)
    if store is None:
        store = _worker_store[db] = open_store(db)
    summary = ingest_upload(store, item) if isinstance(item, UploadedFile) else ingest_article(store, item)
    return UploadOutcome(summary.document_ids, summary.unchanged_ids, summary.rejections)


class IngestProcess:
    """Uploads are ingested in a process of its own, one at a time. The pipeline is CPU-bound Python:
    run in the server's process, it held the interpreter lock against every reader's request (p95 of
    reads 765 ms while articles were posted, by benchmarks/http_load.py), and it runs at a lower priority
    (UPLOAD_NICENESS). Started on the first upload, so that a read-only server never loads the language
    model."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _started(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:  # spawned, not forked: the server's threads hold locks a fork would copy
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker)
            return self._pool

    def warm_up(self) -> None:
        """Start the process and load the model now, in the background: the first upload would wait for
        it (18 s on a busy machine), and loading it while readers are served slows them all."""
        self._started().submit(_warm_up_worker)

    def ingest(self, item: UploadedFile | RawDocument | Rejection) -> UploadOutcome:
        if isinstance(item, Rejection):  # refused as it was read: the pipeline has nothing to do with it
            return UploadOutcome([], [], [item])
        pool = self._started()
        try:
            return pool.submit(_ingest_in_worker, self.db, item).result()
        except BrokenProcessPool:  # the process died (killed, out of memory): the next upload starts another
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            raise

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
