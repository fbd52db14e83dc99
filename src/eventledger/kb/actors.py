"""The actor knowledge base: curated entries (data/actors/curated.tsv) over the Phoenix dictionaries
(data/actors/phoenix.tsv.gz, built by scripts/build_actor_kb.py), plus the tables that resolve generic
agents, anaphora and regional branches (agents.tsv, roles.tsv, anaphora.tsv, branches.tsv).

Names follow ACLED's conventions: actor types are ACLED's eight, and a type can change with time
(the Taliban are a rebel group until 2021-08-15 and the de facto state after).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from eventledger.kb.countries import acled_country

ORGANISATION_HEADS = {"network", "province", "movement", "group", "front", "brigades"}
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_SEPARATORS = str.maketrans({"-": " ", "–": " ", "—": " ", "/": " ", "’": "", "'": "", ".": ""})


@lru_cache(maxsize=100_000)  # asked for every token of every article: the same few thousand words
def normalize_key(text: str) -> str:
    """Case- and punctuation-insensitive form of a name: "ISIS-K" → "isis k", "U.N." → "un"."""
    text = text.lower().translate(_SEPARATORS)
    text = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class ActorEntry:
    actor_id: str
    name: str
    aliases: tuple[str, ...]
    type: str | None
    inter: int | None
    country: str | None  # ISO3
    valid_from: dt.date | None
    valid_to: dt.date | None  # the first day it no longer exists
    source: str  # "curated", "phoenix" or "generic"
    kind: str = "org"  # org, person, country, generic
    tags: frozenset[str] = field(default_factory=frozenset)
    state_roles: tuple[tuple[str, dt.date | None], ...] = ()  # (role, from): it is the state's <role>
    type_changes: tuple[tuple[dt.date, str], ...] = ()
    successor: str | None = None
    branch_of: str | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    role: str
    with_country: str
    without_country: str
    type: str


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _split(text: str, sep: str = "|") -> list[str]:
    return [part.strip() for part in text.split(sep) if part.strip()]


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("eventledger.data.actors").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class ActorType:
    """One of ACLED's eight actor types (data/actors/actor_types.tsv)."""

    name: str
    inter: int  # ACLED's inter1/inter2 code
    non_state_armed: bool  # rebels and militias
    armed: bool


@cache
def actor_types() -> dict[str, ActorType]:
    return {
        r["type"]: ActorType(r["type"], int(r["inter"]), r["non_state_armed"] == "yes", r["armed"] == "yes")
        for r in _read_tsv("actor_types.tsv")
    }


@cache
def non_state_armed_types() -> frozenset[str]:
    """Rebel group, Political militia, Identity militia."""
    return frozenset(t.name for t in actor_types().values() if t.non_state_armed)


@cache
def armed_types() -> frozenset[str]:
    """State forces, rebels, militias and external forces: the types that can be a perpetrator."""
    return frozenset(t.name for t in actor_types().values() if t.armed)


@cache
def unarmed_types() -> frozenset[str]:
    """Rioters, Protesters, Civilians: never the perpetrator of political violence in ACLED's coding."""
    return frozenset(t.name for t in actor_types().values() if not t.armed)


def inter_code(actor_type: str | None) -> int | None:
    """ACLED's interaction code of an actor type (1 state forces ... 8 external/other forces)."""
    found = actor_types().get(actor_type or "")
    return found.inter if found else None


@dataclass(frozen=True)
class StateForcePeriod:
    """A country's military or police under one regime: ACLED names it with the period's years."""

    country: str  # ISO3
    force: str  # Military or Police
    start: dt.date
    end: dt.date | None  # the first day of the next period; None while current
    name: str

    def covers(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@cache
def state_force_periods() -> dict[tuple[str, str], tuple[StateForcePeriod, ...]]:
    """(ISO3, force) → its regime periods, oldest first (data/actors/state_forces.tsv)."""
    periods: dict[tuple[str, str], list[StateForcePeriod]] = defaultdict(list)
    for r in _read_tsv("state_forces.tsv"):
        period = StateForcePeriod(r["iso3"], r["force"], dt.date.fromisoformat(r["start"]), _date(r["end"]), r["name"])
        periods[(period.country, period.force)].append(period)
    return {key: tuple(sorted(found, key=lambda p: p.start)) for key, found in periods.items()}


_REGIME_PERIOD = re.compile(r"\s*\((\d{4})(?:-(\d{4})?)?\)$")


def without_regime_period(name: str) -> str:
    """"Military Forces of Mali (2021-)" → "Military Forces of Mali"."""
    return _REGIME_PERIOD.sub("", name)


def _state_roles(text: str) -> tuple[tuple[str, dt.date | None], ...]:
    """"military,police,government>=2021-08-15" → ((military, 2021-08-15), ...)."""
    roles = []
    for group in _split(text, ";"):
        names, _, since = group.partition(">=")
        roles.extend((role, _date(since)) for role in _split(names, ","))
    return tuple(roles)


def _curated_entry(row: dict[str, str]) -> ActorEntry:
    changes = tuple(
        (dt.date.fromisoformat(day), new_type)
        for day, new_type in (change.split("=", 1) for change in _split(row["type_changes"], ";"))
    )
    return ActorEntry(
        actor_id=row["actor_id"],
        name=row["name"],
        aliases=tuple(dict.fromkeys([row["name"], *_split(row["aliases"])])),
        type=row["type"] or None,
        inter=inter_code(row["type"]),
        country=row["country"] or None,
        valid_from=_date(row["valid_from"]),
        valid_to=_date(row["valid_to"]),
        source="curated",
        tags=frozenset(_split(row["tags"], ";")),
        state_roles=_state_roles(row["state_roles"]),
        type_changes=changes,
        successor=row["successor"] or None,
        branch_of=row["branch_of"] or None,
    )


# Phoenix names two Greek groups by a date ("May 15", "May 98"): such an alias matches every dateline
# ("KYIV, May 15 -"), so a date-shaped alias of a Phoenix entry is not indexed (the entry keeps its name).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DATE_SHAPED = re.compile(rf"{_MONTH} \d{{1,4}}|\d{{1,2}} {_MONTH}")


def _reads_as_date(key: str) -> bool:
    return _DATE_SHAPED.fullmatch(key) is not None


def _phoenix_entry(cells: list[str]) -> ActorEntry:
    kind, name, aliases, codes, country, actor_type, _file = cells
    code_list = tuple(code.split("@", 1)[0] for code in _split(codes, ";"))
    return ActorEntry(
        actor_id=f"phoenix-{slug(name)}",
        name=name,
        aliases=tuple(_split(aliases)),
        type=actor_type or None,
        inter=inter_code(actor_type),
        country=country or None,
        valid_from=None,
        valid_to=None,
        source="phoenix",
        kind=kind,
        codes=code_list,
    )


def _read_phoenix() -> tuple[list[ActorEntry], list[str]]:
    """Organisations and countries parsed; people kept as raw lines until a PERSON needs them."""
    path = resources.files("eventledger.data.actors").joinpath("phoenix.tsv.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        lines = text.read().splitlines()[1:]
    people = [line for line in lines if line.startswith("person\t")]
    others = [_phoenix_entry(line.split("\t")) for line in lines if not line.startswith("person\t")]
    return others, people


@cache
def _gazetteer_countries() -> dict[str, list[str]]:
    """ISO3 → [name, aliases...] from the gazetteer's country table (GeoNames), for codes Phoenix lacks
    (Ukraine, South Sudan) or files several countries under."""
    text = resources.files("eventledger.data").joinpath("gazetteer", "countries.tsv").read_text(encoding="utf-8")
    countries = {}
    for line in text.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 6:
            countries[cells[1]] = [cells[2], *(a for a in cells[5].split("|") if a)]
    return countries


@cache
def _country_terms() -> list[tuple[str, str]]:
    """(alias, ISO3) from the gazetteer's hand-written country aliases (country_terms.tsv)."""
    text = resources.files("eventledger.data").joinpath("gazetteer", "country_terms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line and not line.startswith("#")]
    return [(cells[0], cells[1]) for cells in rows if len(cells) == 3 and cells[2] == "alias"]


@cache
def _gazetteer_country_keys() -> dict[str, set[str]]:
    return {iso3: {normalize_key(n) for n in names} for iso3, names in _gazetteer_countries().items()}


def _gazetteer_country_name(iso3: str) -> str | None:
    names = _gazetteer_countries().get(iso3)
    return names[0] if names else None


def _needs_upper(alias: str, source: str) -> bool:
    """Short acronyms ("IS", "ANA") match only when written in capitals, never the word "is"."""
    letters = alias.replace("-", "").replace(".", "")
    if source == "curated":
        return alias.isupper() and len(letters) <= 5
    return " " not in alias and len(letters) <= 4  # Phoenix is all capitals: length is all we know


class ActorKB:
    """Alias index over curated and Phoenix entries; build it with ``load_actor_kb()``."""

    def __init__(self, curated: list[ActorEntry], phoenix: list[ActorEntry], people: list[str]) -> None:
        self.entries = curated + phoenix
        self._by_id = {e.actor_id: e for e in curated}
        self._by_name = {normalize_key(e.name): e for e in reversed(self.entries) if e.kind != "person"}
        # key → [(entry, needs_upper)], curated first; persons and countries have their own indexes
        self.alias_index: dict[str, list[tuple[ActorEntry, bool]]] = defaultdict(list)
        self.country_index: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self._people_lines = people
        self._people: dict[int, ActorEntry] = {}  # line → its entry, parsed when first looked up
        # Phoenix files some groups under their country ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)"), which
        # leaves the bare country name among their aliases: a country's name never names an armed group
        country_keys = set().union(*_gazetteer_country_keys().values())
        for entry in self.entries:
            if entry.kind == "country":
                self._add_country(entry)
            elif entry.kind == "org":
                for alias in entry.aliases:
                    key = normalize_key(alias)
                    if key and (entry.source == "curated" or (key not in country_keys and not _reads_as_date(key))):
                        self.alias_index[key].append((entry, _needs_upper(alias, entry.source)))
        for iso3, names in _gazetteer_countries().items():  # the gazetteer's codes beat Phoenix's old ones
            for name in names:
                self.country_index[normalize_key(name)] = iso3
        for term, iso3 in _country_terms():  # and the hand-written aliases beat both ("Congo" is the DRC)
            self.country_index[normalize_key(term)] = iso3
        self.max_alias_words = max(len(k.split()) for k in self.alias_index)
        self.first_words = {k.split()[0] for k in self.alias_index}
        self.branches = {(r["parent"], r["country"]): r["branch"] for r in _read_tsv("branches.tsv")}
        self.roles = {r["role"]: Role(**r) for r in _read_tsv("roles.tsv")}
        self.agents = {normalize_key(r["phrase"]): r["role"] for r in _read_tsv("agents.tsv")}
        self._ethnic_groups: dict[str, str] | None = None  # read on first use
        self.agent_first_words = {key.split()[0] for key in self.agents}
        self.anaphora = {r["noun"]: r["refers_to"] for r in _read_tsv("anaphora.tsv")}
        # "armed men wearing RSF uniforms": the cue words and garments (kind → phrases)
        attire: dict[str, set[str]] = {"cue": set(), "garment": set()}
        for row in _read_tsv("attire.tsv"):
            attire.setdefault(row["kind"], set()).add(row["phrase"].lower())
        self.attire = {kind: frozenset(words) for kind, words in attire.items()}
        self.state_forces = state_force_periods()
        self._state_force_names = {
            normalize_key(p.name): p for periods in self.state_forces.values() for p in periods
        }

    def _add_country(self, entry: ActorEntry) -> None:
        iso3 = entry.country
        if not iso3:
            return
        # Phoenix predates some states and files "South Sudan" under SDN beside "Sudan", Eritrea under ETH:
        # of several names for one code, the one the gazetteer gives that code wins
        known = self.country_names.get(iso3)
        official = _gazetteer_country_keys().get(iso3, set())
        if known is None or (normalize_key(known) not in official and normalize_key(entry.name) in official):
            self.country_names[iso3] = entry.name
        for alias in (entry.name, *entry.aliases):
            self.country_index.setdefault(normalize_key(alias), iso3)

    @cached_property
    def person_index(self) -> dict[str, int]:
        """Key → the line of the person it names first. Built on first use: people are only looked up for
        PERSON entities, never scanned for; and a line is parsed only once a lookup finds it (parsing all
        22,000 up front took two thirds of the index's 0.5 s)."""
        index: dict[str, int] = {}
        for number, line in enumerate(self._people_lines):
            for alias in _split(line.split("\t", 3)[2]):
                index.setdefault(normalize_key(alias), number)
        return index

    def _person_entry(self, number: int) -> ActorEntry:
        entry = self._people.get(number)
        if entry is None:
            entry = self._people[number] = _phoenix_entry(self._people_lines[number].split("\t"))
        return entry

    # ------------------------------------------------------------ lookups

    def get(self, canonical: str) -> ActorEntry | None:
        """An entry by actor_id or canonical name (any case), generic names included."""
        return (
            self._by_id.get(canonical)
            or self._by_name.get(normalize_key(canonical))
            or self._dated_state_force(canonical)
            or self._generic_by_name(without_regime_period(canonical))
        )

    def _dated_state_force(self, name: str) -> ActorEntry | None:
        """"Military Forces of Kenya (2022-)": a state force of one regime period (state_forces.tsv)."""
        period = self._state_force_names.get(normalize_key(name)) if _REGIME_PERIOD.search(name) else None
        if period is None:
            return None
        return ActorEntry(
            actor_id=slug(period.name),
            name=period.name,
            aliases=(),
            type="State forces",
            inter=inter_code("State forces"),
            country=period.country,
            valid_from=period.start,
            valid_to=period.end,
            source="generic",
            kind="generic",
            tags=frozenset({"state", period.force.lower()}),
        )

    def _generic_by_name(self, name: str) -> ActorEntry | None:
        """A generic actor from its ACLED-style name: "Civilians (Afghanistan)", "Police Forces of Kenya"."""
        for role, spec in self.roles.items():
            if name == spec.without_country:
                return self.generic_actor(role, None)
            prefix, _, suffix = spec.with_country.partition("{country}")
            if name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix) + len(suffix):
                country = self.country_of_phrase(name[len(prefix) : len(name) - len(suffix)])
                if country:
                    return self.generic_actor(role, country)
        return None

    def lookup(
        self, phrase: str, *, on: dt.date | None = None, country: str | None = None
    ) -> ActorEntry | None:
        """The actor a name refers to, preferring curated entries, entries valid on ``on`` and of
        ``country``; a generic parent ("Islamic State") becomes its branch in ``country`` (ISKP)."""
        candidates = self.candidates(phrase, exact_case=True)
        if not candidates:
            return None
        best = min(candidates, key=lambda e: self._rank(e, on, country))
        if country:
            best = self.branch_for(best, country)
        return self.as_of(best, on)

    def candidates(self, phrase: str, *, exact_case: bool = True) -> list[ActorEntry]:
        key = normalize_key(phrase)
        hits = self.alias_index.get(key, [])
        return [e for e, upper in hits if not (exact_case and upper and not phrase.isupper())]

    def _rank(self, entry: ActorEntry, on: dt.date | None, country: str | None) -> tuple[int, int, int]:
        valid = on is None or self.is_valid(entry, on)
        same_country = country is None or entry.country in (None, country)
        return (entry.source != "curated", not valid, not same_country)

    def branch_for(self, entry: ActorEntry, country: str) -> ActorEntry:
        branch = self.branches.get((entry.actor_id, country))
        return self._by_id.get(branch, entry) if branch else entry

    def country_of_phrase(self, phrase: str) -> str | None:
        """ISO3 of a country name, demonym or Phoenix metonym ("Afghan", "Afghans", "Kabul")."""
        key = normalize_key(phrase)
        plural_stem = key[:-1] if key.endswith("s") else None
        return self.country_index.get(key) or (self.country_index.get(plural_stem) if plural_stem else None)

    def country_name(self, iso3: str) -> str:
        # generic actors carry ACLED's spelling of the country: "Civilians (Palestine)",
        # "Civilians (Democratic Republic of Congo)"
        acled = acled_country(iso3=iso3)
        return (acled.acled_name if acled else None) or self.country_names.get(iso3) or (
            _gazetteer_country_name(iso3) or iso3
        )

    def person(self, phrase: str) -> ActorEntry | None:
        number = self.person_index.get(normalize_key(phrase))
        return None if number is None else self._person_entry(number)

    def is_known_non_person(self, text: str) -> bool:
        """True when the KB knows ``text`` as an organisation or a country, whatever NER says."""
        key = normalize_key(text)
        return bool(key) and (
            key in self.alias_index or key in self.country_index or self.is_organisation_word(key)
        )

    def is_organisation_word(self, key: str) -> bool:
        """Last words that make a name an organisation: "Haqqani network", "Khorasan Province"."""
        words = key.split()
        return len(words) > 1 and words[-1] in ORGANISATION_HEADS

    # ------------------------------------------------------------ time

    def is_valid(self, entry: ActorEntry, on: dt.date) -> bool:
        return (entry.valid_from is None or entry.valid_from <= on) and not self.is_defunct(entry, on)

    def is_defunct(self, entry: ActorEntry, on: dt.date | None) -> bool:
        """True once the actor has ceased to exist (the NDS after 2021-08-15)."""
        return on is not None and entry.valid_to is not None and on >= entry.valid_to

    def actor_type(self, entry: ActorEntry, on: dt.date | None) -> str | None:
        """ACLED actor type on a date: the last type change on or before ``on``."""
        current = entry.type
        for day, new_type in sorted(entry.type_changes):
            if on is not None and day <= on:
                current = new_type
        return current

    def as_of(self, entry: ActorEntry, on: dt.date | None) -> ActorEntry:
        actor_type = self.actor_type(entry, on)
        if actor_type == entry.type:
            return entry
        return replace(entry, type=actor_type, inter=inter_code(actor_type))

    # ------------------------------------------------------------ ACLED's names of state forces

    def state_force_period(self, force: str, country: str, on: dt.date | None) -> StateForcePeriod | None:
        """The regime period of a country's Military or Police on a date; without a date, the current one."""
        periods = self.state_forces.get((country, force), ())
        if on is None:
            return periods[-1] if periods and periods[-1].end is None else None
        return next((p for p in periods if p.covers(on)), None)

    def force_kind(self, entry: ActorEntry, on: dt.date | None) -> str | None:
        """Military or Police for a state's armed forces or police (a curated force or a generic
        "Military Forces of X"); None for anything else, a ministry or an intelligence service included."""
        if self.actor_type(entry, on) != "State forces" or not entry.country:
            return None
        if entry.kind == "generic":
            return next((k for k in ("Military", "Police") if entry.name.startswith(f"{k} Forces")), None)
        return "Military" if "military" in entry.tags else "Police" if "police" in entry.tags else None

    def acled_name(self, name: str, on: dt.date | None) -> str:
        """ACLED's name of an actor on a date: a state's military or police carries the regime period
        ("Military Forces of Kenya (2022-)"; the current period when the date is unknown); any other
        name, or a country without periods in state_forces.tsv, is returned as it is."""
        if _REGIME_PERIOD.search(name):
            return name
        entry = self.get(name)
        force = self.force_kind(entry, on) if entry is not None else None
        if entry is None or force is None or entry.country is None:
            return name
        if entry.valid_to is not None and (on is None or on >= entry.valid_to):
            on = entry.valid_to - dt.timedelta(days=1)  # a defunct force keeps its last regime's name
        period = self.state_force_period(force, entry.country, on)
        return period.name if period is not None else name

    def state_force_identity(self, name: str) -> str | None:
        """"state:KEN:Police" for every name of Kenya's police (dated or not, curated alias or generic),
        so that names of one force compare equal whatever the spelling."""
        entry = self.get(name) or next(iter(self.curated_candidates(name)), None)
        force = self.force_kind(entry, None) if entry is not None else None
        if entry is None or force is None:
            return None
        return f"state:{entry.country}:{force}"

    def curated_candidates(self, phrase: str) -> list[ActorEntry]:
        return [e for e in self.candidates(phrase) if e.source == "curated"]

    # ------------------------------------------------------------ roles (generic agents)

    def role_holders(self, role: str, country: str, on: dt.date | None) -> list[ActorEntry]:
        """Curated actors that are ``country``'s <role> (military, police, government...) at some time."""
        holders = []
        for entry in self._by_id.values():
            if entry.country != country:
                continue
            for name, since in entry.state_roles:
                if name == role and (on is None or since is None or since <= on):
                    holders.append(entry)
        return holders

    def state_actor(
        self, role: str, country: str | None, on: dt.date | None, *, former: bool = False
    ) -> tuple[ActorEntry, bool]:
        """The actor behind a generic role noun ("soldiers", "the authorities") in a country on a date.

        Returns (entry, former): the curated holder valid on ``on``; for ``former`` members the most
        recently defunct holder; otherwise a generic ACLED-style actor ("Military Forces of Nigeria").
        """
        holders = self.role_holders(role, country, on) if country else []
        if former:
            defunct = [e for e in holders if self.is_defunct(e, on)]
            if defunct:
                chosen = max(defunct, key=lambda e: e.valid_to or dt.date.min)
                return self.as_of(chosen, on), True
        current = [e for e in holders if on is None or self.is_valid(e, on)]
        if current:
            # the most specific holder: the GDI (intelligence) before the Taliban (several roles)
            return self.as_of(min(current, key=lambda e: len(e.state_roles)), on), former
        return self.generic_actor(role, country), former

    def ethnic_group(self, word: str) -> str | None:
        """The people a word names, as ACLED spells it ("Peulh" → "Fulani"), or None."""
        if self._ethnic_groups is None:
            self._ethnic_groups = {}
            for row in _read_tsv("ethnic_groups.tsv"):
                for name in [row["group"], *filter(None, (row.get("other_names") or "").split("|"))]:
                    self._ethnic_groups[normalize_key(name)] = row["group"]
        return self._ethnic_groups.get(normalize_key(word))

    def ethnic_militia(self, group: str, country: str | None) -> ActorEntry:
        """ "Fulani Ethnic Militia (Nigeria)": the armed members of a people (ACLED's identity militia)."""
        name = f"{group} Ethnic Militia ({self.country_name(country)})" if country else f"{group} Ethnic Militia"
        spec = self.roles["communal_militia"]
        return ActorEntry(
            actor_id=slug(name), name=name, aliases=(), type=spec.type, inter=inter_code(spec.type),
            country=country, valid_from=None, valid_to=None, source="generic", kind="generic",
        )  # fmt: skip

    def named_militia(self, name: str, country: str | None) -> ActorEntry:
        """ "the Kamuina Nsapu militia", a group the knowledge base lacks: "Kamuina Nsapu Militia", as ACLED names
        a militia by its own name, of the armed group's type."""
        full = f"{name} Militia"
        spec = self.roles["armed_group"]
        return ActorEntry(
            actor_id=slug(full), name=full, aliases=(), type=spec.type, inter=inter_code(spec.type),
            country=country, valid_from=None, valid_to=None, source="text", kind="generic",
            tags=frozenset({"armed_group"}),
        )  # fmt: skip

    def generic_actor(self, role: str, country: str | None) -> ActorEntry:
        spec = self.roles[role]
        name = fill_country(spec.with_country, self.country_name(country)) if country else spec.without_country
        return ActorEntry(
            actor_id=slug(name),
            name=name,
            aliases=(),
            type=spec.type,
            inter=inter_code(spec.type),
            country=country,
            valid_from=None,
            valid_to=None,
            source="generic",
            kind="generic",
        )


@cache
def definite_countries() -> frozenset[str]:
    text = resources.files("eventledger.data.actors").joinpath("definite_countries.tsv").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def fill_country(template: str, country: str) -> str:
    """An actor-name template with its country: "Military Forces of {country}" takes "the" where ACLED
    writes it ("Military Forces of the Philippines"); "Civilians ({country})" never does."""
    if "of {country}" in template and country in definite_countries():
        country = f"the {country}"
    return template.format(country=country)


@cache
def load_actor_kb() -> ActorKB:
    """The actor KB, loaded once per process."""
    curated = [_curated_entry(row) for row in _read_tsv("curated.tsv")]
    return ActorKB(curated, *_read_phoenix())



def acled_actor_names(
    actors: dict[str, Any], on: dt.date | None, reported: Iterable[str | None] = ()
) -> dict[str, Any]:
    """An event's actor fields (names, or lists of names for the assoc fields) in ACLED's naming on the
    event's date: a state's military or police carries its regime period ("Police Forces of Kenya
    (2013-2022)"). An undated event takes the date of its first report (``reported``: the sources'
    publication dates), and the current period only when that is unknown too. Mentions keep undated
    names, so reports of one force compare equal across a regime change; the fused event is dated."""
    kb = load_actor_kb()
    if on is None:
        on = min((dt.date.fromisoformat(day[:10]) for day in reported if day), default=None)
    renamed: dict[str, Any] = {}
    for key, value in actors.items():
        if isinstance(value, str):
            renamed[key] = kb.acled_name(value, on)
        elif isinstance(value, list):
            renamed[key] = list(dict.fromkeys(kb.acled_name(name, on) for name in value))
        else:
            renamed[key] = value
    return renamed
