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
    per event (at a million events, most of the export's time). An actor whose type never changes has
    one code whatever the date."""

    def __init__(self) -> None:
        self._kb = load_actor_kb()
        self._entries: dict[str, tuple[Any, int | None]] = {}

    def __call__(self, actor: str | None, on: dt.date | None) -> int | None:
        if not actor:
            return None
        known = self._entries.get(actor)
        if known is None:
            entry = self._kb.get(actor)
            known = self._entries[actor] = (entry if entry is not None and entry.type_changes else None,
                                            entry.inter if entry is not None else None)
        dated, code = known
        return code if dated is None else self._kb.as_of(dated, on).inter


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


def _assoc(value: str | None) -> str:
    return "; ".join(part for part in value.split(";") if part) if value else ""


def source_name(source: dict[str, Any]) -> str:
    """Who published a report: the outlet, else the host of its URL, else the document id."""
    if source.get("source"):
        return source["source"]
    host = urlsplit(source.get("url") or "").hostname
    if host:
        return host.removeprefix("www.")
    return source["document_id"]


def _inert(value: Any) -> Any:
    """``_text`` of a cell, neutralised against formula injection (``neutralise_formula``)."""
    if value is None:
        return ""
    if type(value) is str and value[:1] in _FORMULA_STARTS:
        return neutralise_formula(value)
    return value


class AcledRows:
    """Each event's ACLED row as a list in ACLED_COLUMNS' order, for one export: built straight from the
    stored record, with what repeats across a ledger (actor codes by name, a country's columns, the
    interaction of two codes, days, stamps) looked up once; at a million events the per-event
    dictionaries of column groups were most of the export's time. With ``inert``, the cells that come
    from the ledger's text are neutralised against formula injection (the cells computed here are
    codes, dates and formatted numbers, never formulas)."""

    def __init__(self, codes: InterCodeOf | None = None, *, inert: bool = False) -> None:
        self._codes = codes or InterCodes()
        self._cell: Callable[[Any], Any] = _inert if inert else _text
        self._countries: dict[tuple[str | None, str | None], tuple[Any, str, Any]] = {}
        self._interactions: dict[tuple[Any, ...], str] = {}

    def _country(self, iso3: str | None, name: str | None) -> tuple[Any, str, Any]:
        """The iso, region and country columns."""
        key = (iso3, name)
        if key not in self._countries:
            country = acled_country(iso3, name) if name else None
            self._countries[key] = ((_text(country.iso), country.region, country.acled_name) if country
                                    else ("", "", self._cell(name)))
        return self._countries[key]

    def _interaction(self, actor1: str | None, inter1: int | None, actor2: str | None, inter2: int | None) -> str:
        key = (not actor1, inter1, not actor2, inter2)
        if key not in self._interactions:
            self._interactions[key] = interaction_code([(actor1, inter1), (actor2, inter2)])
        return self._interactions[key]

    def __call__(self, event: dict[str, Any], timestamp: str | None) -> list[Any]:
        cell = self._cell
        dated = export_date(event, timestamp)
        date, precision = dated.date, dated.precision
        actor1, actor2 = event["actor1"], event["actor2"]
        inter1, inter2 = self._codes(actor1, date), self._codes(actor2, date)
        iso, region, country = self._country(event.get("iso3"), event.get("country"))
        sources = event["sources"]
        fatalities = event["fatalities"]
        latitude, longitude = event["latitude"], event["longitude"]
        return [
            cell(event["event_id"]),
            date.isoformat() if date else "",
            date.year if date else "",
            cell(precision),
            disorder_type(event["sub_event_type"]),
            cell(event["event_type"]),
            cell(event["sub_event_type"]),
            cell(actor1),
            cell(_assoc(event["assoc_actor_1"])),
            "" if inter1 is None else inter1,
            cell(actor2),
            cell(_assoc(event["assoc_actor_2"])),
            "" if inter2 is None else inter2,
            self._interaction(actor1, inter1, actor2, inter2),
            "Civilian targeting" if event["civilian_targeting"] else "",
            iso,
            region,
            country,
            cell(event["admin1"]),
            cell(event["admin2"]),
            "",  # admin3
            cell(event["location"]),
            "" if latitude is None else f"{latitude:.4f}",
            "" if longitude is None else f"{longitude:.4f}",
            cell(event["geo_precision"]),
            cell(source_name(sources[0]) if len(sources) == 1
                 else "; ".join(sorted({source_name(s) for s in sources}))),
            "",  # source_scale
            cell(event["notes"]),
            # ACLED writes 0 where no death is reported (the events export keeps null for "not stated")
            cell(fatalities if fatalities is not None else 0),
            DATE_BASES[dated.basis],  # where an undated event's date came from
            unix_seconds(timestamp),
        ]


def acled_row(event: dict[str, Any], timestamp: str | None, codes: InterCodeOf = inter_code) -> dict[str, Any]:
    """One event (an `events` record) as an ACLED row by column name; ``timestamp`` is the store's
    last-change time, ``codes`` gives the actors' codes."""
    return dict(zip(ACLED_COLUMNS, AcledRows(codes)(event, timestamp), strict=True))


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
    row_of = AcledRows(inert=True)
    left_out = 0
    for data, updated in store.iter_event_stamps():
        event = json.loads(data)
        if not is_acled(event["sub_event_type"]):
            left_out += 1
            continue
        writer.writerow(row_of(event, updated))
    return left_out
