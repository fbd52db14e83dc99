"""The `acled-csv` format: ACLED's columns in ACLED's order, one row per event of ACLED's taxonomy.

Column by column against ACLED's codebook: event_id_cnty carries our stable event id (the contract's
choice, not ACLED's ISO3+number); inter1/inter2 are ACLED's numeric actor codes on the event's date
(a group's type can change with time) and interaction joins them lower first ("27"), "N0" for one
actor; iso is the ISO 3166-1 numeric code, region and the country's spelling are ACLED's; timestamp is
the Unix time of the event's last change. fatalities is 0 where no death is reported, as ACLED writes
it; an event no report dates takes its earliest report's publication date, else its ingest date, at
precision 3, and says so in tags (export.dating); source falls back to the URL's host, then the document
id. source_scale and admin3 have no data behind them yet.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from typing import Any, TextIO
from urllib.parse import urlsplit

from eventledger.export.dating import DATE_BASES, export_date
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.countries import acled_country
from eventledger.kb.taxonomy import disorder_type, is_acled
from eventledger.store import Store

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

InterCodeOf = Callable[[str | None, dt.date | None], int | None]  # an actor's ACLED code on a date
_FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def inter_code(actor: str | None, on: dt.date | None) -> int | None:
    """ACLED's actor code (1 state forces … 8 external/other) of a canonical actor name on a date."""
    if not actor:
        return None
    kb = load_actor_kb()
    entry = kb.get(actor)
    if entry is None:
        return None
    return kb.as_of(entry, on).inter


class InterCodes:
    """``inter_code`` for one export, each actor's knowledge-base entry looked up once: the lookup of a
    generic name ("Civilians (Sudan)") parses it, and an export asks for the same few hundred names once
    per event (at a million events, most of the export's time)."""

    def __init__(self) -> None:
        self._kb = load_actor_kb()
        self._entries: dict[str, Any] = {}

    def __call__(self, actor: str | None, on: dt.date | None) -> int | None:
        if not actor:
            return None
        if actor not in self._entries:
            self._entries[actor] = self._kb.get(actor)
        entry = self._entries[actor]
        return None if entry is None else self._kb.as_of(entry, on).inter


def interaction_code(actors: list[tuple[str | None, int | None]]) -> str:
    """ "27" for a rebel group against civilians (lower code first), "10" for one actor alone; empty when
    an actor is named but its code is unknown, since a one-sided code would then be wrong."""
    named = [(name, code) for name, code in actors if name]
    if not named or any(code is None for _, code in named):
        return ""
    codes = sorted(code for _, code in named if code is not None)
    return f"{codes[0]}0" if len(codes) == 1 else f"{codes[0]}{codes[1]}"


@functools.lru_cache(maxsize=4096)  # an ingest stamps many events with one second
def unix_seconds(stamp: str | None) -> str:
    if not stamp:
        return ""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:  # the store writes UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return str(int(moment.timestamp()))


def _text(value: Any) -> Any:
    return "" if value is None else value


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _assoc(value: str | None) -> str:
    return "; ".join(part for part in (value or "").split(";") if part)


def _place_columns(event: dict[str, Any]) -> dict[str, Any]:
    country = acled_country(event.get("iso3"), event.get("country")) if event.get("country") else None
    return {
        "iso": _text(country.iso if country else None),
        "region": country.region if country else "",
        "country": country.acled_name if country else _text(event["country"]),
        "admin1": _text(event["admin1"]),
        "admin2": _text(event["admin2"]),
        "admin3": "",
        "location": _text(event["location"]),
        "latitude": _coordinate(event["latitude"]),
        "longitude": _coordinate(event["longitude"]),
        "geo_precision": _text(event["geo_precision"]),
    }


def _actor_columns(event: dict[str, Any], date: dt.date | None, codes: InterCodeOf) -> dict[str, Any]:
    inter1 = codes(event["actor1"], date)
    inter2 = codes(event["actor2"], date)
    return {
        "actor1": _text(event["actor1"]),
        "assoc_actor_1": _assoc(event["assoc_actor_1"]),
        "inter1": _text(inter1),
        "actor2": _text(event["actor2"]),
        "assoc_actor_2": _assoc(event["assoc_actor_2"]),
        "inter2": _text(inter2),
        "interaction": interaction_code([(event["actor1"], inter1), (event["actor2"], inter2)]),
        "civilian_targeting": "Civilian targeting" if event["civilian_targeting"] else "",
    }


def source_name(source: dict[str, Any]) -> str:
    """Who published a report: the outlet, else the host of its URL, else the document id."""
    if source.get("source"):
        return source["source"]
    host = urlsplit(source.get("url") or "").hostname
    if host:
        return host.removeprefix("www.")
    return source["document_id"]


def acled_row(event: dict[str, Any], timestamp: str | None, codes: InterCodeOf = inter_code) -> dict[str, Any]:
    """One event (an `events` record) as an ACLED row; ``timestamp`` is the store's last-change time,
    ``codes`` gives the actors' codes (an export passes its InterCodes)."""
    dated = export_date(event, timestamp)
    date, precision = dated.date, dated.precision
    outlets = sorted({source_name(s) for s in event["sources"]})
    row: dict[str, Any] = {
        "event_id_cnty": event["event_id"],
        "event_date": _text(date.isoformat() if date else None),
        "year": date.year if date else "",
        "time_precision": _text(precision),
        "disorder_type": disorder_type(event["sub_event_type"]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
    }
    row.update(_actor_columns(event, date, codes))
    row.update(_place_columns(event))
    row.update(
        {
            "source": "; ".join(outlets),
            "source_scale": "",
            "notes": event["notes"],
            # ACLED writes 0 where no death is reported (the events export keeps null for "not stated")
            "fatalities": _text(event["fatalities"] if event["fatalities"] is not None else 0),
            "tags": DATE_BASES[dated.basis],
            "timestamp": unix_seconds(timestamp),
        }
    )
    return row


def neutralise_formula(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM``, or
    one starting with a tab or carriage return), made inert with a leading apostrophe, as OWASP advises
    for CSV; a plain number such as a negative latitude is data, not a formula, and stays as it is."""
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def export_acled_csv(store: Store, out: TextIO) -> int:
    """ACLED's columns, in ACLED's order; the extension types (outside ACLED) are left out, and their
    number returned so that the caller can say so. Text is neutralised against formula injection: the
    file is meant to be opened in a spreadsheet."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    codes = InterCodes()
    left_out = 0
    for data, updated in store.iter_event_stamps():
        event = json.loads(data)
        if not is_acled(event["sub_event_type"]):
            left_out += 1
            continue
        row = acled_row(event, updated, codes)
        # most cells are numbers or plain words: only a text starting with a formula character is looked at
        writer.writerow([neutralise_formula(value) if type(value) is str and value[:1] in _FORMULA_STARTS else value
                         for value in map(row.__getitem__, ACLED_COLUMNS)])
    return left_out
