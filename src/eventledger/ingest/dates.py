"""Publication dates as given by inputs, normalised to ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# Dates that crawls commonly write besides ISO 8601: 2021/11/01, 2021.11.01.
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
# ISO 8601 dates, extended (2021-11-01), basic (20211101) or week (2021-W44-1), alone or followed by a
# time ("T10:00", "t10:00", " 10:00") or, as XML feeds write dates, a zone ("2021-11-01Z", "...+04:30").
_ISO_DATE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}|\d{8}|\d{4}-?W\d{2}-?[1-7])(?=$|[Tt ]\d|[Zz]$|[+-]\d{2}(?::?\d{2})?$)"
)


# Dates outside these years are placeholders ("0001-01-01", "9999-12-31" are common in crawls and
# databases), not publication or event dates; date arithmetic near them also overflows Python's calendar.
EARLIEST_YEAR = 1800
LATEST_YEAR = 2200


def is_supported_date(date: dt.date) -> bool:
    """True for a date in the years a news article or an event it reports can have."""
    return EARLIEST_YEAR <= date.year <= LATEST_YEAR


def normalise_published(value: object) -> str | None:
    """``YYYY-MM-DD`` for an ISO date or date-time (or an RFC 2822 date); None when it is not one, or
    when it is a placeholder outside the supported years."""
    parsed = parse_published(value)
    if parsed is None or not is_supported_date(dt.date.fromisoformat(parsed)):
        return None
    return parsed


def parse_published(value: object) -> str | None:
    """``YYYY-MM-DD`` for an ISO date or date-time (or an RFC 2822 date), whatever its year."""
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
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group("date")).isoformat()
    except ValueError:
        return None


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
