"""How many documents a run will read, counted cheaply before reading them, for a progress bar with a
total and an ETA: files are counted by walking folders as ``read_inputs`` does, JSON Lines by their
non-blank lines, and a JSON list by its top-level items. Standard input and WARC files cannot be counted
without reading them: the total is then unknown (None)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from eventledger.ingest import STDIN

# a JSON file larger than this is counted as one document rather than parsed twice
MAX_JSON_TO_COUNT = 50_000_000
_CHUNK = 1 << 20


def count_inputs(paths: Sequence[str]) -> int | None:
    """The number of items ``read_inputs(paths)`` will yield (documents and rejections), or None when
    some input cannot be counted without reading it."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        found = _count_path(Path(path), set())
        if found is None:
            return None
        total += found
    return total


def _count_path(path: Path, visited: set[tuple[int, int]]) -> int | None:
    if not path.is_dir():
        return _count_file(path)
    try:
        info = path.stat()
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError:
        return 1  # read_inputs rejects the folder: one item
    if (info.st_dev, info.st_ino) in visited:
        return 0
    visited.add((info.st_dev, info.st_ino))
    total = 0
    for entry in entries:
        if entry.name.startswith("."):
            continue
        found = _count_path(Path(entry.path), visited)
        if found is None:
            return None
        total += found
    return total


def _count_file(path: Path) -> int | None:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return None
    try:
        if name.endswith(".jsonl"):
            return _non_blank_lines(path) or 1  # an empty file is one rejection
        if name.endswith(".json") and 0 < path.stat().st_size <= MAX_JSON_TO_COUNT:
            return _json_items(path)
    except OSError:
        return 1
    return 1


def _non_blank_lines(path: Path) -> int:
    """Lines with something on them, read in chunks (one endless line never fills the memory)."""
    count, content = 0, False  # content: the line being read so far has more than white space
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            pieces = chunk.split(b"\n")
            for index, piece in enumerate(pieces):
                content = content or bool(piece.strip())
                if index < len(pieces) - 1:  # a newline ends this piece's line
                    count += content
                    content = False
    return count + content


def _json_items(path: Path) -> int:
    try:
        data = json.loads(path.read_bytes())
    except ValueError:
        return 1  # read_inputs rejects it: one item
    return len(data) if isinstance(data, list) else 1
