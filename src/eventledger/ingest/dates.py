"""Publication dates as given by inputs, normalised to ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# Dates that crawls commonly write besides ISO 8601: 2021/11/01, 2021.11.01.
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")


def normalise_published(value: object) -> str | None:
    """``YYYY-MM-DD`` for an ISO date or date-time (or an RFC 2822 date); None when it is not one."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    return _parse_iso(text) or _parse_slashed(text) or _parse_rfc2822(text)


def _parse_iso(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if _looks_iso(text) else None
    except ValueError:
        return None


def _looks_iso(text: str) -> bool:
    # the date part must stand alone or be followed by a time: "2021-11-01T10:00Z", "2021-11-01 10:00"
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)", text))


def _parse_slashed(text: str) -> str | None:
    match = _SLASHED.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> str | None:
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None
