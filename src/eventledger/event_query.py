"""From what an analyst types to the filters the store applies: the one filter model of the API, the
exports and the command line.

``FILTER_FIELDS`` names each filter once, with its kind and help; the API's query parameters and the
``export`` and ``report`` options are made from it, and ``parse_filters`` checks what was typed for all of
them, so a filter is spelled, checked and refused the same way everywhere (``--min-fatalities`` on the
command line is ``min_fatalities`` over HTTP).

The ledger stores canonical names (actors from the actor knowledge base, countries as the gazetteer
spells them); an analyst types aliases ("ISKP", "Shabaab") and codes ("AFG", "SY"). Each typed value
becomes the set of stored spellings it stands for, and the store matches any of them. The same
resolution serves the API, the exports and the command line, so a filter means the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal

from eventledger.errors import EventLedgerError

if TYPE_CHECKING:  # the command line builds its options from this module: the store loads when a command runs
    from eventledger.store import EventFilters, Store

# a search box's words, not a document: 15,000 words in one query held a server thread for 5 s or more;
# no name a filter takes is longer either
MAX_TEXT_CHARS = 1000
MAX_COUNT = 2**62  # SQLite integers are 64-bit: a larger number cannot be bound, and no ledger is that big
FilterKind = Literal["text", "date", "count", "fraction", "switch", "event_type", "sub_event_type"]


@dataclass(frozen=True)
class FilterField:
    """One filter: ``name`` is FilterQuery's field and the API's query parameter; on the command line it is
    ``--name-with-dashes``."""

    name: str
    kind: FilterKind
    help: str


FILTER_FIELDS: tuple[FilterField, ...] = (
    FilterField("q", "text", "words the reports hold, all of them (full-text search)"),
    FilterField("country", "text", "a country's name, alias or ISO code: Afghanistan, AFG, AF"),
    FilterField("admin1", "text", "a province or state, its whole name, any case"),
    FilterField("location", "text", "the event's place as the ledger names it, its whole name, any case: Kabul"),
    FilterField("event_type", "event_type", "an event type of the taxonomy: Battles"),
    FilterField("sub_event_type", "sub_event_type", "a sub-event type of the taxonomy: Armed clash"),
    FilterField("actor", "text", "an actor's name or alias: ISKP"),
    FilterField("since", "date", "first day, YYYY-MM-DD"),
    FilterField("until", "date", "last day, YYYY-MM-DD"),
    FilterField("min_fatalities", "count", "at least this many fatalities"),
    FilterField("min_confidence", "fraction", "a confidence of at least this, from 0 to 1"),
    FilterField("min_sources", "count", "reported by at least this many documents"),
    FilterField("include_undated", "switch", "with since/until: events without a date too"),
)


@dataclass(frozen=True)
class FilterQuery:
    """The filters as typed, checked by ``parse_filters`` (its fields are FILTER_FIELDS' names)."""

    q: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    min_fatalities: int | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    include_undated: bool = False

    def given(self) -> dict[str, Any]:
        """The filters that were set, in field order."""
        found = {f.name: getattr(self, f.name) for f in fields(self)}
        return {name: value for name, value in found.items()
                if value is not None and value != "" and value is not False}  # min_fatalities=0 is a filter


def cli_option(name: str) -> str:
    """A filter's option on the command line: "min_fatalities" -> "--min-fatalities"."""
    return "--" + name.replace("_", "-")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off", ""}


def parse_filters(typed: Mapping[str, object], *, spell: Callable[[str], str] = str) -> FilterQuery:
    """The filters ``typed`` gives (strings from a query string or a command line; numbers and dates
    from Python), checked: a value a filter cannot take raises E114 naming the filter as ``spell``
    writes it (``cli_option`` on the command line). Absent and empty values are no filter."""
    values: dict[str, Any] = {}
    for field in FILTER_FIELDS:
        value = typed.get(field.name)
        if value is None or (isinstance(value, str) and not value.strip() and field.kind != "switch"):
            continue
        values[field.name] = _parsed(field, value, spell(field.name))
    since, until = values.get("since"), values.get("until")
    if since and until and until < since:
        raise EventLedgerError("E114", option=spell("until"), expected=f"on or after {spell('since')} {since}",
                               value=until)
    return FilterQuery(**values)


def _parsed(field: FilterField, value: object, option: str) -> Any:
    def refused(expected: str) -> EventLedgerError:
        return EventLedgerError("E114", option=option, expected=expected, value=value)

    if field.kind == "switch":
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word not in _TRUE | _FALSE:
            raise refused("true or false")
        return word in _TRUE
    switch = isinstance(value, bool)  # an int to Python, never a count or a fraction
    if field.kind == "count":
        number = None if switch else value if isinstance(value, int) else _whole_number(str(value))
        if number is None or not 0 <= number <= MAX_COUNT:
            raise refused("a whole number of 0 or more")
        return number
    if field.kind == "fraction":
        try:
            number = math.nan if switch else float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = math.nan
        if not 0 <= number <= 1:  # NaN fails this too
            raise refused("a number from 0 to 1")
        return number
    if field.kind == "date":
        if isinstance(value, dt.date):
            return value.isoformat()
        day = _iso_day(str(value).strip())
        if day is None:
            raise refused("a date YYYY-MM-DD")
        return day
    text = str(value).strip()
    if len(text) > MAX_TEXT_CHARS:
        raise refused(f"at most {MAX_TEXT_CHARS:,} characters")
    if field.kind in ("event_type", "sub_event_type"):
        return _taxonomy_name(field.kind, text, refused)
    return text


def _whole_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"[0-9]{1,19}", text) else None


def _iso_day(text: str) -> str | None:
    """``text`` as a day YYYY-MM-DD (Python's other ISO spellings, "20211001", are not what we document)."""
    if not _DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:  # 2021-02-30
        return None


def _taxonomy_name(kind: str, text: str, refused: Callable[[str], EventLedgerError]) -> str:
    """A type of the taxonomy as it is spelled there, whatever the case; else E114 with the closest ones."""
    from eventledger.kb.taxonomy import load_taxonomy

    names = list(dict.fromkeys(getattr(t, kind) for t in load_taxonomy()))
    by_case = {name.casefold(): name for name in names}
    if text.casefold() in by_case:
        return by_case[text.casefold()]
    label = {"event_type": "an event type", "sub_event_type": "a sub-event type"}[kind]
    close = [by_case[c] for c in difflib.get_close_matches(text.casefold(), list(by_case), n=3, cutoff=0.6)]
    if close:
        raise refused(f"{label} of the taxonomy (closest: {', '.join(close)})")
    shown = ", ".join(names) if len(names) <= 8 else ", ".join(names[:3]) + "; docs/filters.md lists them all"
    raise refused(f"{label} of the taxonomy ({shown})")


def country_names(value: str) -> list[str]:
    """The stored spellings a typed country stands for: itself, and the gazetteer's and ACLED's names of
    the country it names by name, alias, demonym or ISO code ("AFG", "afg", "AF", "Afghan")."""
    from eventledger.kb.countries import acled_country
    from eventledger.kb.gazetteer import load_country_index

    names = [value.strip()]
    index = load_country_index()
    country = index.country(value)
    if country is None and value.strip().isalpha() and len(value.strip()) in (2, 3):
        country = index.country(value.strip().upper())  # a code typed in lower case
    if country is not None:
        names.append(country.name)
        acled = acled_country(iso3=country.iso3)
        if acled is not None:
            names += [acled.name, acled.acled_name]
    return list(dict.fromkeys(names))


def country_label(value: str) -> str:
    """The country a typed value names, as the gazetteer spells it ("AFG" -> "Afghanistan"), else the value."""
    names = country_names(value)
    return names[1] if len(names) > 1 else names[0]


def actor_names(store: Store, value: str) -> list[str]:
    """The stored names a typed actor stands for: itself, the knowledge base's canonical names of that
    alias ("ISKP" → "Islamic State Khorasan Province"), and the ledger's actors known by it."""
    from eventledger.actor_merge import renamed
    from eventledger.kb.actors import load_actor_kb  # loaded on the first actor filter, not at start

    kb = load_actor_kb()
    names = [value.strip()]
    names += [entry.name for entry in kb.candidates(value, exact_case=False)]
    entry = kb.get(value)
    if entry is not None:
        names.append(entry.name)
    names += store.actors_known_as(value)
    names += [renamed(store)(n) for n in names]  # an actor merged away stands for the one it became
    return list(dict.fromkeys(n for n in names if n))


def resolve(store: Store, query: FilterQuery) -> EventFilters:
    """The store's filters for what was typed."""
    from eventledger.store import EventFilters

    return EventFilters(
        q=query.q or None,
        country=country_names(query.country) if query.country else None,
        admin1=query.admin1 or None,
        location=query.location or None,
        event_type=query.event_type or None,
        sub_event_type=query.sub_event_type or None,
        actor=actor_names(store, query.actor) if query.actor else None,
        since=query.since or None,
        until=query.until or None,
        min_fatalities=query.min_fatalities,
        min_confidence=query.min_confidence,
        min_sources=query.min_sources,
        include_undated=query.include_undated,
    )


_UNSAFE = re.compile(r"[^A-Za-z0-9.]+")


def describe(query: FilterQuery) -> str:
    """The filters as a file-name part: "country-Afghanistan_since-2021-10-01" ('' when none); a country
    typed as a code is named ("AFG" → "Afghanistan")."""
    parts = []
    for name, value in query.given().items():
        if name == "country":
            value = country_label(value)
        label = name.replace("_", "-")
        text = "" if value is True else "-" + _UNSAFE.sub("-", str(value)).strip("-")
        parts.append(label + text[:40])
    return "_".join(parts)
