"""Build src/eventledger/data/acled_countries.tsv: for every country of the gazetteer, its ISO 3166-1
numeric code (ACLED's ``iso`` column), ACLED's spelling of its name and ACLED's region (run once, offline).

Numeric codes come from pycountry (a development-time dependency only: the package reads the TSV).
Region membership and ACLED's name spellings below are written by hand from ACLED's published region
definitions; where ACLED does not cover a territory the UN M49 sub-region of the same name is used.

Usage::

    python scripts/build_acled_countries.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "data"
GAZETTEER_COUNTRIES = DATA / "gazetteer" / "countries.tsv"
OUT = DATA / "acled_countries.tsv"

REGIONS: dict[str, str] = {
    "Western Africa": "BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SHN SLE TGO",
    "Middle Africa": "AGO CAF CMR COD COG GAB GNQ STP TCD",
    "Eastern Africa": "ATF BDI COM DJI ERI ETH IOT KEN MUS MYT REU RWA SOM SSD SYC TZA UGA",
    "Southern Africa": "BWA LSO MDG MOZ MWI NAM SWZ ZAF ZMB ZWE",
    "Northern Africa": "DZA EGY ESH LBY MAR SDN TUN",
    "Middle East": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": (
        "ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB GRC HRV HUN"
        " IMN IRL ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SCG SJM SMR SRB"
        " SVK SVN SWE UKR VAT XKX"
    ),
    "North America": "BMU CAN GRL SPM USA",
    "Central America": "BLZ CRI GTM HND MEX NIC PAN SLV",
    "South America": "ARG BOL BRA BVT CHL COL ECU FLK GUF GUY PER PRY SGS SUR URY VEN",
    "Caribbean": (
        "ABW AIA ANT ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF MSR MTQ PRI SXM TCA"
        " TTO VCT VGB VIR"
    ),
    "Oceania": (
        "ASM AUS CCK COK CXR FJI FSM GUM HMD KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TKL TON TUV"
        " UMI VUT WLF WSM"
    ),
    "Antarctica": "ATA",
}

# ACLED's spelling where it differs from the gazetteer's (GeoNames) name
ACLED_NAMES = {
    "BES": "Caribbean Netherlands",
    "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "NLD": "Netherlands",
    "PSE": "Palestine",
    "SWZ": "eSwatini",
    "TLS": "East Timor",
    "VAT": "Vatican City",
}

# Former countries the gazetteer still lists; pycountry keeps their codes among historic countries
HISTORIC = {"ANT", "SCG"}


def region_of() -> dict[str, str]:
    regions: dict[str, str] = {}
    for region, codes in REGIONS.items():
        for iso3 in codes.split():
            if iso3 in regions:
                raise ValueError(f"{iso3} is in both {regions[iso3]} and {region}")
            regions[iso3] = region
    return regions


def numeric_code(iso3: str) -> str:
    """ISO 3166-1 numeric without leading zeros, as ACLED writes it (Afghanistan: 4); "" for Kosovo,
    which has no ISO code."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None and iso3 in HISTORIC:
        country = pycountry.historic_countries.get(alpha_3=iso3)
    return str(int(country.numeric)) if country is not None else ""


def gazetteer_countries() -> list[tuple[str, str]]:
    """(iso3, name) of the gazetteer's countries whose ISO3 code is a real one (it also carries a few
    legacy GeoNames codes such as BYS for Belarus, found by name instead)."""
    with GAZETTEER_COUNTRIES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    real = [
        (r["iso3"], r["name"].strip())
        for r in rows
        if pycountry.countries.get(alpha_3=r["iso3"]) or r["iso3"] in HISTORIC or r["iso3"] == "XKX"
    ]
    return sorted(set(real))


def main() -> None:
    regions = region_of()
    countries = gazetteer_countries()
    missing = [iso3 for iso3, _ in countries if iso3 not in regions]
    if missing:
        raise SystemExit(f"no ACLED region for: {' '.join(missing)}")
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write("# Written by scripts/build_acled_countries.py; ACLED regions and names by hand, numeric codes\n")
        out.write("# from pycountry (ISO 3166-1). iso is empty for Kosovo (no ISO code).\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso", "name", "acled_name", "region"])
        for iso3, name in countries:
            writer.writerow([iso3, numeric_code(iso3), name, ACLED_NAMES.get(iso3, name), regions[iso3]])
    print(f"wrote {len(countries)} countries to {OUT}")


if __name__ == "__main__":
    main()
