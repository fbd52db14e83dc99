"""Property tests: the readers and the JSON loader on generated input. Whatever the bytes, a reader
yields documents and rejections and never raises; the loader returns JSON that exports again, or
refuses with an E-code. Examples are derandomised (the same on every run) and few enough to stay fast."""

from __future__ import annotations

import io
import json
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventledger import strict_json
from eventledger.ingest import read_inputs
from eventledger.ingest.decode import DecodeFailure, decode_bytes
from eventledger.ingest.records import read_jsonl
from eventledger.ingest.warc import read_warc
from eventledger.models import RawDocument, Rejection
from tests.test_robustness import warc_bytes

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = (".txt", ".html", ".json", ".jsonl", ".warc", ".warc.gz")
GOOD_WARC = warc_bytes(random.Random(7))
GOOD_WARC_GZ = warc_bytes(random.Random(7), gz=True)
PLAIN_WARC = warc_bytes(random.Random(7), gz=False)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


def only_items(items: list[object]) -> None:
    assert all(isinstance(item, RawDocument | Rejection) for item in items)
    for item in items:
        if isinstance(item, Rejection):
            assert item.code.startswith("E") and "\n" not in item.message and len(item.message) < 1000


# ---------------------------------------------------------------- the JSON loader


@FUZZ
@given(st.text())
def test_any_text_is_json_that_exports_again_or_an_e_code(text):
    try:
        value = strict_json.loads(text)
    except strict_json.JSONRejected as rejected:
        assert rejected.code in ("E007", "E017")
        return
    json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")


@FUZZ
@given(json_values)
def test_ordinary_json_comes_back_as_written(value):
    assert strict_json.loads(json.dumps(value)) == value


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_are_an_http_body_or_an_e_code(data):
    try:
        strict_json.loads_bytes(data)
    except strict_json.JSONRejected as rejected:
        assert rejected.code in ("E007", "E017")


# ---------------------------------------------------------------- the readers


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text = decode_bytes(data)
    except DecodeFailure as failure:
        assert failure.code in ("E003", "E004")
        return
    assert isinstance(text, str)


@FUZZ
@given(st.sampled_from(SUFFIXES), st.binary(max_size=3000))
def test_any_file_is_read_without_raising(suffix, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        only_items(list(read_inputs([str(path)], max_bytes=10_000)))


@FUZZ
@given(st.lists(st.text(max_size=200) | json_values.map(json.dumps), max_size=8))
def test_any_json_lines_are_read_line_by_line(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    only_items(list(read_jsonl(io.BytesIO(data), "x.jsonl", 10_000)))


@FUZZ
@given(st.sampled_from([GOOD_WARC_GZ, PLAIN_WARC]), st.data())
def test_a_damaged_warc_is_read_up_to_the_damage(archive, data):
    damaged = bytearray(archive)
    for _ in range(data.draw(st.integers(0, 4))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    only_items(list(read_warc(io.BytesIO(bytes(damaged)), "x.warc", 100_000)))
