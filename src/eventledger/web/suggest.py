"""GET /api/suggest: autocomplete of a filter's value, with how many events each suggestion selects.

The suggestions are values the ledger gives (only those select anything), read from the whole ledger's
kept counts (event_facets), so a prefix costs a few index rows whatever the ledger's size. What an analyst
types may also be an alias or a code: an actor's alias in the knowledge base ("ISK" -> Islamic State
Khorasan Province, by its alias ISKP), a country's ISO code, alias or demonym ("AF", "Burm", "Afghan");
those suggest the names they stand for, saying what was matched. A value whose later word starts with
the prefix ("Khorasan", "Civilians (Nig") comes after the values that start with it.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from eventledger.event_query import country_names
from eventledger.kb.gazetteer import load_country_index, name_key
from eventledger.store import Store
from eventledger.web.api import json_response
from eventledger.web.app import ledger_of

router = APIRouter(prefix="/api", tags=["ledger"])

Field = Literal["actor", "country", "admin1", "location"]
DEFAULT_SUGGESTIONS = 10
MAX_SUGGESTIONS = 50
MAX_PREFIX = 200
ALIAS_KEYS_READ = 200  # knowledge-base aliases read per prefix ("a" starts thousands of them)
WORD_MATCH_TIME_LIMIT_MS = 15  # a ledger of very many names gives its word-inside matches up after this

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # no value holds them (PostgreSQL's text cannot)

# How a suggestion was found, best first: the prefix is a whole alias or code of the value; the value
# (or an alias of it) starts with the prefix; a later word of the value does
EXACT, STARTS, WORD = 0, 1, 2


@dataclass
class Suggestion:
    value: str
    count: int
    rank: int
    matched: str | None = None  # the alias or code the prefix matched, when not the value itself

    def record(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.count, "matched": self.matched}


class Found:
    """Suggestions by value (any case), each kept at its best rank."""

    def __init__(self) -> None:
        self.by_value: dict[str, Suggestion] = {}

    def add(self, value: str, count: int, rank: int, matched: str | None = None) -> None:
        key = value.casefold()
        known = self.by_value.get(key)
        if known is None or rank < known.rank:
            self.by_value[key] = Suggestion(value, count, rank, matched)

    def best(self, limit: int) -> list[Suggestion]:
        return sorted(self.by_value.values(), key=lambda s: (s.rank, -s.count, s.value.casefold()))[:limit]


def suggest(store: Store, field: str, prefix: str, limit: int = DEFAULT_SUGGESTIONS) -> list[Suggestion]:
    """Up to ``limit`` values of ``field`` for what was typed, best first."""
    prefix = _UNSTORABLE.sub("", prefix).strip()
    found = Found()
    for value, count in store.kept_values(field, prefix, limit):
        found.add(value, count, STARTS)
    if prefix and field == "actor":
        _actor_aliases(store, prefix, found)
    if prefix and field == "country":
        _country_names(store, prefix, found)
    if prefix and len(found.by_value) < limit:
        deadline = time.monotonic() + WORD_MATCH_TIME_LIMIT_MS / 1000
        for value, count in store.kept_values_by_word(field, prefix, limit, deadline=deadline):
            found.add(value, count, WORD)
    return found.best(limit)


@cache
def _actor_alias_keys() -> list[str]:
    """The knowledge base's alias keys (normalize_key), sorted for a prefix's range."""
    from eventledger.kb.actors import load_actor_kb  # loaded on the first actor suggestion, not at start

    return sorted(load_actor_kb().alias_index)


def _actor_aliases(store: Store, prefix: str, found: Found) -> None:
    """The actors an alias starting with ``prefix`` names in the knowledge base, as the ledger counts them
    (an actor an analyst merged away stands for the one it became)."""
    from eventledger.actor_merge import renamed
    from eventledger.kb.actors import load_actor_kb, normalize_key

    key = normalize_key(prefix)
    if not key:
        return
    keys = _actor_alias_keys()
    start = bisect.bisect_left(keys, key)
    kb = load_actor_kb()
    current = renamed(store)
    named: dict[str, tuple[str, int]] = {}  # canonical name -> (alias matched, rank)
    for alias_key in keys[start : start + ALIAS_KEYS_READ]:
        if not alias_key.startswith(key):
            break
        rank = EXACT if alias_key == key else STARTS
        for entry, _ in kb.alias_index[alias_key]:
            alias = next((a for a in entry.aliases if normalize_key(a) == alias_key), entry.name)
            name = current(entry.name)
            if name not in named or rank < named[name][1]:
                named[name] = (alias, rank)
    counts = store.kept_counts("actor", named)
    for name, (alias, rank) in named.items():
        kept = counts.get(name.casefold())
        if kept is not None:
            value, count = kept
            found.add(value, count, rank, matched_by(value, prefix, alias, rank))


@cache
def _country_keys() -> list[str]:
    """The gazetteer's country name, alias and demonym keys (name_key), sorted for a prefix's range."""
    return sorted(load_country_index().word_keys())


def _country_names(store: Store, prefix: str, found: Found) -> None:
    """The countries ``prefix`` is a code of ("AF", "afg"), or an alias or demonym starts with ("Burm"),
    under the names the ledger gives them."""
    index = load_country_index()
    countries: dict[str, tuple[str, int]] = {}  # the gazetteer's name -> (what matched, rank)
    exact = country_names(prefix)
    if len(exact) > 1:  # the prefix is a whole code, name, alias or demonym
        countries[exact[1]] = (prefix, EXACT)
    key = name_key(prefix)
    if key:
        keys = _country_keys()
        for country_key in keys[bisect.bisect_left(keys, key) :]:
            if not country_key.startswith(key):
                break
            country = index.country(country_key)
            if country is not None and country.name not in countries:
                countries[country.name] = (prefix, STARTS)
    # every name of every country matched, in one look-up ("N": a dozen countries, three names each)
    spellings = {spelling.casefold(): (spelling, name) for name in countries for spelling in country_names(name)}
    kept = store.kept_counts("country", [spelling for spelling, _ in spellings.values()])
    for key, (value, count) in kept.items():
        matched, rank = countries[spellings[key][1]]
        found.add(value, count, rank, matched_by(value, prefix, matched, rank))


def matched_by(value: str, prefix: str, matched: str, rank: int) -> str | None:
    """What to show as matched beside ``value``: the alias or code a whole prefix is (ISKP, AFG), or that
    a prefix starts (ISK); nothing when the value itself starts with the prefix (Afgh)."""
    if value.casefold() == matched.casefold():
        return None
    if rank != EXACT and value.casefold().startswith(prefix.casefold()):
        return None
    return matched


@router.get("/suggest")
def suggest_values(
    request: Request,
    field: Field,
    prefix: Annotated[str, Query(max_length=MAX_PREFIX, description="what was typed; empty: the most frequent")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_SUGGESTIONS)] = DEFAULT_SUGGESTIONS,
) -> Response:
    """Values of a filter (`actor`, `country`, `admin1`, `location`) starting with `prefix`, each with the
    number of events it selects (`count`), most first; an actor's alias (ISKP) and a country's ISO code,
    alias or demonym (AF, AFG, Burma, Afghan) suggest the names they stand for (`matched`: the alias or
    code). Only values the ledger gives are suggested."""
    found = suggest(ledger_of(request), field, prefix, limit)
    return json_response({"field": field, "prefix": prefix, "suggestions": [s.record() for s in found]})
