"""From what an analyst types to the filters the store applies.

The ledger stores canonical names (actors from the actor knowledge base, countries as the gazetteer
spells them); an analyst types aliases ("ISKP", "Shabaab") and codes ("AFG", "SY"). Each typed value
becomes the set of stored spellings it stands for, and the store matches any of them. The same
resolution serves the API, the exports and the command line, so a filter means the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from eventledger.kb.countries import acled_country
from eventledger.kb.gazetteer import load_country_index
from eventledger.store import EventFilters, Store


@dataclass(frozen=True)
class FilterQuery:
    """The filters as typed (strings and numbers straight from a query string or a command line)."""

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
        return {name: value for name, value in found.items() if value not in (None, "", False)}


def country_names(value: str) -> list[str]:
    """The stored spellings a typed country stands for: itself, and the gazetteer's and ACLED's names of
    the country it names by name, alias, demonym or ISO code ("AFG", "afg", "AF", "Afghan")."""
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
