"""ACLED's view of a country: ISO 3166-1 numeric code, ACLED's spelling of the name and ACLED's region,
loaded from data/acled_countries.tsv (built by scripts/build_acled_countries.py).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class AcledCountry:
    iso3: str
    iso: int | None  # ISO 3166-1 numeric, ACLED's `iso` column (Afghanistan: 4); None for Kosovo
    name: str  # as in the gazetteer
    acled_name: str  # as ACLED spells it ("Democratic Republic of Congo")
    region: str  # one of ACLED's regions ("South Asia")


@dataclass(frozen=True)
class AcledCountries:
    by_iso3: dict[str, AcledCountry]
    by_name: dict[str, AcledCountry]

    def find(self, iso3: str | None = None, name: str | None = None) -> AcledCountry | None:
        """The country by ISO3 code, else by its gazetteer or ACLED name (any case)."""
        found = self.by_iso3.get((iso3 or "").upper())
        if found is None and name:
            found = self.by_name.get(name.strip().casefold())
        return found


def _row_country(row: dict[str, str]) -> AcledCountry:
    return AcledCountry(
        iso3=row["iso3"],
        iso=int(row["iso"]) if row["iso"] else None,
        name=row["name"],
        acled_name=row["acled_name"],
        region=row["region"],
    )


@cache
def load_acled_countries() -> AcledCountries:
    text = resources.files("eventledger.data").joinpath("acled_countries.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    countries = [_row_country(r) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    by_name: dict[str, AcledCountry] = {}
    for country in countries:
        by_name.setdefault(country.name.casefold(), country)
        by_name.setdefault(country.acled_name.casefold(), country)
    return AcledCountries({c.iso3: c for c in countries}, by_name)


def acled_country(iso3: str | None = None, name: str | None = None) -> AcledCountry | None:
    return load_acled_countries().find(iso3, name)
