"""Turns a POST /api/documents body (a JSON article or a multipart file upload) into stored documents."""

from __future__ import annotations

import email.parser
import email.policy
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from eventledger import strict_json
from eventledger.errors import shorten
from eventledger.ingest.records import record_to_document
from eventledger.models import RawDocument, Rejection
from eventledger.settings import get_setting
from eventledger.store import Store

if TYPE_CHECKING:  # the pipeline (spaCy) loads on the first upload, not when the server starts
    from eventledger.pipeline import IngestSummary

UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")


class UploadError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


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
