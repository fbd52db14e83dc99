"""Where an export goes: a regular file is replaced atomically, anything else is written through.

A regular file (or a new one) is written to a temporary file in the same folder, synced to disk and
renamed over the target, so a reader never sees half an export and a failure leaves the old file as it
was, with no stray temporary file. A symbolic link, a FIFO or a device (``/dev/stdout``), and ``-``,
are written through: renaming over them would replace the link or the device node with a plain file.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from eventledger.errors import EventLedgerError

STDOUT = "-"


@contextmanager
def export_target(path: str | Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A text stream for ``path`` (a byte stream with ``binary``: a PDF); raises
    ``EventLedgerError("E115")`` when it cannot be written."""
    if str(path) == STDOUT:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise _cannot_write(target, error) from error
    if mode is not None and stat.S_ISDIR(mode):
        raise EventLedgerError("E115", path=str(target), detail="it is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        with _written_through(target, binary) as out:
            yield out
        return
    with _replaced_atomically(target, mode, binary) as out:
        yield out


def _cannot_write(target: Path, error: OSError) -> EventLedgerError:
    return EventLedgerError("E115", path=str(target), detail=error.strerror or str(error))


@contextmanager
def _written_through(target: Path, binary: bool = False) -> Iterator[IO[Any]]:
    try:
        out = target.open(**_open_mode(binary))
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        yield out
        out.flush()
    except OSError as error:
        raise _cannot_write(target, error) from error
    finally:
        with suppress(OSError):  # already reported above: a full device fails the flush and the close alike
            out.close()


@contextmanager
def _replaced_atomically(target: Path, old_mode: int | None, binary: bool = False) -> Iterator[IO[Any]]:
    folder = target.parent
    if not folder.is_dir():
        detail = f"folder {folder} does not exist" if not folder.exists() else f"{folder} is not a folder"
        raise EventLedgerError("E115", path=str(target), detail=detail)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with os.fdopen(handle, **_open_mode(binary)) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(old_mode) if old_mode is not None else _new_file_mode())
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _cannot_write(target, error) from error
    except BaseException:
        _remove(temporary)
        raise


def _open_mode(binary: bool) -> dict[str, Any]:
    return {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": ""}


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove(path: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)
