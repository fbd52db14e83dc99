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


def loads(text: str, limits: JSONLimits | None = None) -> Any:
    """The value in ``text``; raises ``JSONRejected`` for bad or non-strict JSON."""
    limits = limits or default_limits()
    try:
        value = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=lambda digits: _parse_int(digits, limits),
            parse_float=lambda digits: _parse_float(digits, limits),
        )
    except json.JSONDecodeError as error:
        raise JSONRejected("E007", error.msg, error.lineno) from None
    except RecursionError:
        raise JSONRejected("E017", f"nested deeper than {limits.max_depth} levels") from None
    _check_tree(value, limits)
    return value


def loads_bytes(data: bytes, limits: JSONLimits | None = None) -> Any:
    """``loads`` over UTF-8 bytes (an HTTP body)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JSONRejected("E007", f"not UTF-8 at byte {error.start}") from None
    return loads(text.removeprefix("\ufeff"), limits)


def _refuse_constant(name: str) -> Any:
    raise JSONRejected("E017", f"{name} is not a JSON number")


def _check_length(digits: str, limits: JSONLimits) -> None:
    if len(digits) > limits.max_number_chars:
        raise JSONRejected("E017", f"a number of {len(digits)} characters (the limit is {limits.max_number_chars})")


def _parse_int(digits: str, limits: JSONLimits) -> int:
    _check_length(digits, limits)  # before int(): past 4,300 digits it raises a bare ValueError
    return int(digits)


def _parse_float(digits: str, limits: JSONLimits) -> float:
    _check_length(digits, limits)
    value = float(digits)
    if not math.isfinite(value):
        raise JSONRejected("E017", f"{_preview(digits)} is out of the range of a number")
    return value


def _check_tree(value: Any, limits: JSONLimits) -> None:
    """Depth and lone surrogates, walked without recursion (the value may be deep)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
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
