"""The date an export gives an event that no report dates. ACLED requires a date on every row, so an event
left undated by extraction (an incident recalled in passing, or reported by an article that carries no
date) takes its earliest report's publication date, else the day the ledger recorded it (its ``updated``
stamp: the ingest that last changed the event). Either is only the latest day the event can have
happened, so the export codes it at ACLED's coarsest time precision (3) and says which it is: the
``events`` export in ``date_basis`` / ``fallback_date``, the ACLED CSV in ``tags``, the dossier in words.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

FALLBACK_PRECISION = 3  # ACLED's coarsest: the day is known to be no later than this, nothing closer

# where an event's exported date comes from; the words are the ACLED CSV's tag and the dossier's wording
DATE_BASES = {
    "extracted": "",
    "publication": "event date=report publication date",
    "ingest": "event date=ingest date",
}


@dataclass(frozen=True)
class ExportDate:
    date: dt.date | None
    precision: int | None
    basis: str  # a key of DATE_BASES


@functools.lru_cache(maxsize=65536)  # a ledger's events fall on a few thousand days: parsed once each
def day_of(value: str | None) -> dt.date | None:
    """The day an ISO date or stamp names (its first ten characters), None when it names none."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def export_day(event: dict[str, Any], updated: str | None) -> tuple[dt.date | None, int | None, str]:
    """``export_date`` as a plain tuple (date, precision, basis), for the exports' per-event loops."""
    own = day_of(event.get("event_date"))
    if own is not None:
        return own, event.get("time_precision"), "extracted"
    published = [day for day in (day_of(s.get("published")) for s in event.get("sources", []))
                 if day is not None]
    if published:
        return min(published), FALLBACK_PRECISION, "publication"
    recorded = day_of(updated)
    return recorded, FALLBACK_PRECISION if recorded else None, "ingest"


def export_date(event: dict[str, Any], updated: str | None) -> ExportDate:
    """The event's own date where it has one; else its earliest report's publication date, else the day
    of its ``updated`` stamp, at precision 3."""
    return ExportDate(*export_day(event, updated))


def with_date_basis(event: dict[str, Any], updated: str | None) -> dict[str, Any]:
    """The ``events`` record with where its date comes from: ``date_basis`` ("extracted", "publication",
    "ingest"), and for an undated event the date the ACLED CSV gives it (``fallback_date``,
    ``fallback_time_precision``); ``event_date`` itself stays null, as the contract has it for an
    unknown date."""
    date, precision, basis = export_day(event, updated)
    fallback = basis != "extracted"
    event["date_basis"] = basis
    event["fallback_date"] = date.isoformat() if fallback and date else None
    event["fallback_time_precision"] = precision if fallback else None
    return event
