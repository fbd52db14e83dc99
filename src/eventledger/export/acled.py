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
import dataclasses
import datetime as dt
import functools
import io
import json
import re
from collections.abc import Callable
from typing import Any, TextIO
from urllib.parse import urlsplit

from eventledger.export.dating import DATE_BASES, export_day
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.countries import acled_country
from eventledger.kb.taxonomy import disorder_type, is_acled, sub_event_types
from eventledger.store import EventFilters, Store

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

InterCodeOf = Callable[[str | None, dt.date | None], int | None]  # an actor's ACLED code on a date
_FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
WRITE_BATCH = 1000  # rows joined into one write


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


class Memo(dict[Any, Any]):
    """A cell by the ledger's value, worked out once per export: a hit is one dictionary lookup in C,
    where a call per cell was most of a row's cost at a million events. For columns whose values repeat
    (names, places, types, days, codes, coordinates); emptied when it reaches ``limit`` entries, so that
    a ledger of many distinct values keeps its memory bounded."""

    def __init__(self, compute: Callable[[Any], Any], limit: int = 200_000) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value


def _csv_quoted_characters() -> frozenset[str]:
    """The characters that make the csv module quote a field of our dialect (QUOTE_MINIMAL, lines ended by
    "\n"), asked of the module itself: Python 3.11 leaves a lone "\r" unquoted, later versions may not."""
    quoted = set()
    for character in ',"\n\r\t\x00;\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 \'=':
        written = io.StringIO()
        csv.writer(written, lineterminator="\n").writerow([f"a{character}b", "c"])
        if written.getvalue() != f"a{character}b,c\n":
            quoted.add(character)
    return frozenset(quoted)


_CSV_QUOTED = _csv_quoted_characters()


def csv_field(value: Any) -> str:
    """One cell as ``csv.writer`` writes it in a row of several cells (``None`` as empty, a number by
    ``str``, a text quoted when it holds a delimiter, a quote or a line end), so that a row is one join."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if _CSV_QUOTED.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


def _same(value: Any) -> Any:
    return value


class AcledRows:
    """Each event's ACLED row as a list in ACLED_COLUMNS' order, for one export: built straight from the
    stored record, with what repeats across a ledger (actor codes by name, a country's columns, the
    interaction of two codes, names, places, types, days, coordinates, stamps) worked out once (``Memo``);
    at a million events the per-event dictionaries of column groups, then a call per cell and the csv
    module's work per cell, were most of the export's time. With ``inert``, the cells that come from the
    ledger's text are neutralised against formula injection (the cells computed here are codes, dates and
    formatted numbers, never formulas). With ``as_csv`` every cell is given as the text ``csv.writer``
    writes for it (``csv_field``), so that a row's line is ``",".join(row)``."""

    def __init__(self, codes: InterCodeOf | None = None, *, inert: bool = False,
                 as_csv: bool = False) -> None:
        self._codes = codes or InterCodes()
        field: Callable[[Any], Any] = csv_field if as_csv else _same
        cell: Callable[[Any], Any] = _inert if inert else _text
        self._field, self._cell = field, cell
        self._text_cell: Callable[[Any], Any] = (lambda value: field(cell(value))) if as_csv else cell
        self._cells = Memo(self._text_cell)  # a repeating cell: a name, a place, a type, a figure
        self._assoc = Memo(lambda value: field(cell(_assoc(value))))
        self._countries = Memo(self._country)
        # keyed by (no actor1, inter1, no actor2, inter2): the code depends on which actors are named
        self._interactions = Memo(
            lambda key: field(interaction_code([(not key[0], key[1]), (not key[2], key[3])])))
        self._inter = Memo(lambda code: field("" if code is None else code))
        self._days = Memo(lambda day: (field(day.isoformat()), field(day.year)) if day else ("", ""))
        self._coordinates = Memo(lambda value: "" if value is None else field(f"{value:.4f}"))
        self._disorder = Memo(lambda sub_event_type: field(disorder_type(sub_event_type)))
        self._tags = {basis: field(tag) for basis, tag in DATE_BASES.items()}
        self._targeting = field("Civilian targeting")

    def _country(self, key: tuple[str | None, str | None]) -> tuple[Any, Any, Any]:
        """The iso, region and country columns of (iso3, country name)."""
        iso3, name = key
        country = acled_country(iso3, name) if name else None
        field = self._field
        if country is None:
            return "", "", self._text_cell(name)
        return field(_text(country.iso)), field(country.region), field(country.acled_name)

    def __call__(self, event: dict[str, Any], timestamp: str | None) -> list[Any]:
        text_cell, cells, coordinates, inter = self._text_cell, self._cells, self._coordinates, self._inter
        date, precision, basis = export_day(event, timestamp)
        day, year = self._days[date]
        actor1, actor2 = event["actor1"], event["actor2"]
        inter1, inter2 = self._codes(actor1, date), self._codes(actor2, date)
        iso, region, country = self._countries[event.get("iso3"), event.get("country")]
        sources = event["sources"]
        fatalities = event["fatalities"]
        if len(sources) == 1:
            source = cells[source_name(sources[0])]
        else:
            source = text_cell("; ".join(sorted({source_name(s) for s in sources})))
        return [
            text_cell(event["event_id"]),
            day,
            year,
            cells[precision],
            self._disorder[event["sub_event_type"]],
            cells[event["event_type"]],
            cells[event["sub_event_type"]],
            cells[actor1],
            self._assoc[event["assoc_actor_1"]],
            inter[inter1],
            cells[actor2],
            self._assoc[event["assoc_actor_2"]],
            inter[inter2],
            self._interactions[not actor1, inter1, not actor2, inter2],
            self._targeting if event["civilian_targeting"] else "",
            iso,
            region,
            country,
            cells[event["admin1"]],
            cells[event["admin2"]],
            "",  # admin3
            cells[event["location"]],
            coordinates[event["latitude"]],
            coordinates[event["longitude"]],
            cells[event["geo_precision"]],
            source,
            "",  # source_scale
            text_cell(event["notes"]),
            # ACLED writes 0 where no death is reported (the events export keeps null for "not stated")
            cells[fatalities if fatalities is not None else 0],
            self._tags[basis],  # where an undated event's date came from
            unix_seconds(timestamp),  # digits: nothing to quote
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


def left_out_types() -> list[str]:
    """The sub-event types ``export_acled_csv`` leaves out: the taxonomy's extension types (``is_acled``)."""
    return [name for name in sub_event_types() if not is_acled(name)]


def count_left_out(store: Store, filters: EventFilters) -> int:
    """How many of the events ``filters`` select ``export_acled_csv`` leaves out, counted by the store
    without reading them: an HTTP answer says it in a header, which goes out before the rows."""
    types = left_out_types()
    if filters.sub_event_type:  # the selection's own types: those of them left out
        named = filters.sub_event_type
        chosen = {name.casefold() for name in ([named] if isinstance(named, str) else named)}
        types = [name for name in types if name.casefold() in chosen]  # the store matches in any case too
    return store.count_events(dataclasses.replace(filters, sub_event_type=types)) if types else 0


def export_acled_csv(store: Store, out: TextIO) -> int:
    """ACLED's columns, in ACLED's order; the extension types (outside ACLED) are left out, and their
    number returned so that the caller can say so. Text is neutralised against formula injection: the
    file is meant to be opened in a spreadsheet."""
    csv.writer(out, lineterminator="\n").writerow(ACLED_COLUMNS)
    row_of, acled_type = AcledRows(inert=True, as_csv=True), Memo(is_acled)
    left_out = 0
    lines: list[str] = []
    for data, updated in store.iter_event_stamps():
        event = json.loads(data)
        if acled_type[event["sub_event_type"]]:
            lines.append(",".join(row_of(event, updated)))
            if len(lines) == WRITE_BATCH:
                lines.append("")
                out.write("\n".join(lines))
                lines.clear()
        else:
            left_out += 1
    if lines:
        lines.append("")
        out.write("\n".join(lines))
    return left_out
