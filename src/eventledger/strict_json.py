"""The one JSON loader for everything that comes from outside (files, standard input, HTTP bodies).

Python's ``json.loads`` accepts what the ledger cannot keep: ``NaN`` and ``Infinity`` (and ``1e999``,
which becomes infinity), which the strict JSON of every export refuses later; lone surrogates
(``"\\ud800"``), which UTF-8 cannot encode; integers of thousands of digits, which raise a bare
``ValueError`` past Python's int-string limit; and nesting deep enough to exhaust the stack. Each is
refused here, up front, with a reason, so that nothing is stored that cannot be written out again.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from eventledger.settings import get_setting

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class JSONRejected(Exception):
    """Why a text is not JSON the ledger accepts. ``code`` is E007 (not JSON at all) or E017 (JSON, but
    not strict: a value that cannot be stored and exported again)."""

    code: str
    detail: str
    line: int = 1

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"


@dataclass(frozen=True)
class JSONLimits:
    max_depth: int
    max_number_chars: int


def default_limits() -> JSONLimits:
    return JSONLimits(
        max_depth=int(get_setting("max_json_depth")),  # type: ignore[arg-type]
        max_number_chars=int(get_setting("max_json_number_chars")),  # type: ignore[arg-type]
    )


class _Refused:
    """Stands in, while parsing, for a value the ledger cannot keep; ``check`` turns it into E017. Kept
    in place rather than raised at once so that one bad record of a JSON list costs that record only."""

    def __init__(self, detail: str) -> None:
        self.detail = detail


def loads(text: str, limits: JSONLimits | None = None) -> Any:
    """The value in ``text``; raises ``JSONRejected`` for bad or non-strict JSON."""
    limits = limits or default_limits()
    value = _parse(text, limits)
    check(value, limits)
    return value


def loads_records(text: str, limits: JSONLimits | None = None) -> Any | list[Any | JSONRejected]:
    """Like ``loads``, but a top-level list is checked item by item: an item the ledger cannot keep
    becomes its ``JSONRejected`` in the list, and the other items are kept."""
    limits = limits or default_limits()
    value = _parse(text, limits)
    if not isinstance(value, list):
        check(value, limits)
        return value
    items: list[Any | JSONRejected] = []
    for item in value:
        try:
            check(item, limits, depth=2)
        except JSONRejected as rejected:
            item = rejected
        items.append(item)
    return items


def loads_bytes(data: bytes, limits: JSONLimits | None = None) -> Any:
    """``loads`` over UTF-8 bytes (an HTTP body)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JSONRejected("E007", f"not UTF-8 at byte {error.start}") from None
    return loads(text.removeprefix("\ufeff"), limits)


def _parse(text: str, limits: JSONLimits) -> Any:
    try:
        return json.loads(
            text,
            parse_constant=lambda name: _Refused(f"{name} is not a JSON number"),
            parse_int=lambda digits: _parse_int(digits, limits),
            parse_float=lambda digits: _parse_float(digits, limits),
        )
    except json.JSONDecodeError as error:
        raise JSONRejected("E007", error.msg, error.lineno) from None
    except RecursionError:
        raise JSONRejected("E017", f"nested deeper than {limits.max_depth} levels") from None


def _too_long(digits: str, limits: JSONLimits) -> _Refused | None:
    if len(digits) > limits.max_number_chars:
        return _Refused(f"a number of {len(digits)} characters (the limit is {limits.max_number_chars})")
    return None


def _parse_int(digits: str, limits: JSONLimits) -> int | _Refused:
    # checked before int(): past 4,300 digits it raises a bare ValueError
    return _too_long(digits, limits) or int(digits)


def _parse_float(digits: str, limits: JSONLimits) -> float | _Refused:
    refused = _too_long(digits, limits)
    if refused:
        return refused
    value = float(digits)
    return value if math.isfinite(value) else _Refused(f"{_preview(digits)} is out of the range of a number")


def check(value: Any, limits: JSONLimits, depth: int = 1) -> None:
    """Refused values, depth and lone surrogates, walked without recursion (the value may be deep)."""
    stack: list[tuple[Any, int]] = [(value, depth)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, _Refused):
            raise JSONRejected("E017", item.detail)
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, list | dict):
            if depth > limits.max_depth:
                raise JSONRejected("E017", f"nested deeper than {limits.max_depth} levels")
            if isinstance(item, dict):
                for key, child in item.items():
                    _check_string(key)
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)


def _check_string(text: str) -> None:
    if text.isascii():  # the common case, and surrogates are never ASCII
        return
    found = _SURROGATE.search(text)
    if found:
        raise JSONRejected("E017", f"a lone surrogate \\u{ord(found.group()):04x} (not a character)")


def _preview(text: str, width: int = 20) -> str:
    return text if len(text) <= width else text[:width] + "…"
