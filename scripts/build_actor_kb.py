"""Convert the Phoenix (TABARI/PETRARCH) actor dictionaries into eventledger's compact actor data file.

Run once, offline; its output, ``src/eventledger/data/actors/phoenix.tsv.gz``, is committed:

    .venv/bin/python scripts/build_actor_kb.py ../shared/data/phoenix-actors

Each output row is one actor: kind (country / org / person), nicely cased name, aliases ('|'), codes
(``CODE@from@to`` joined by ';', dates ISO or empty), country ISO3, ACLED type, source file.

Format notes (PETRARCH's reader is the reference): a primary phrase starts an entry, '+' lines add
synonyms, indented ``[CODE ...]`` lines (or brackets on the primary line) add codes with optional date
limits (``<date``, ``>date``, ``d1-d2``; dates YYMMDD or YYYYMMDD). A primary phrase without codes shares
the codes of the entry that follows it, unless a blank line ends it, in which case it joins the entry
before it (e.g. ``U.N._`` after ``UN_ [IGOUNO]``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

FILES = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "milnonstate",
}
OUT = Path(__file__).resolve().parents[1] / "src/eventledger/data/actors/phoenix.tsv.gz"

# ACLED-style short names where the Phoenix primary name is a formal one.
COUNTRY_NAMES = {
    "RUS": "Russia", "TZA": "Tanzania", "USA": "United States", "ZAF": "South Africa",
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "BRN": "Brunei",
    "SWZ": "eSwatini", "CIV": "Ivory Coast", "MDG": "Madagascar", "GBR": "United Kingdom",
    "PSE": "Palestine", "KOR": "South Korea", "PRK": "North Korea", "SYR": "Syria", "IRN": "Iran",
    "LAO": "Laos", "VNM": "Vietnam", "MDA": "Moldova", "CZE": "Czech Republic", "TUR": "Turkey",
    "CAF": "Central African Republic", "BIH": "Bosnia and Herzegovina", "KSV": "Kosovo",
}
EXTRA_ISO3 = {"KSV"}  # Phoenix's (World Bank) code for Kosovo, not in ISO 3166
STATE_ROLES = {"MIL", "COP", "SPY", "GOV", "JUD", "LEG"}
REBEL_ROLES = {"REB", "INS", "SEP"}
ORG_WORDS = {
    "ARMY", "FORCE", "FORCES", "MINISTRY", "POLICE", "PARTY", "FRONT", "MOVEMENT", "GROUP",
    "ORGANIZATION", "ORGANISATION", "COUNCIL", "COMMITTEE", "AGENCY", "BANK", "UNION", "ASSOCIATION",
    "BRIGADE", "BRIGADES", "NETWORK", "COMMISSION", "COURT", "PARLIAMENT", "ASSEMBLY", "GOVERNMENT",
    "MILITARY", "NAVY", "GUARD", "GUARDS", "SERVICE", "SERVICES", "INSTITUTE", "FUND", "PROGRAMME",
    "PROGRAM", "DEPARTMENT", "OFFICE", "AUTHORITY", "LEAGUE", "ALLIANCE", "CORPS", "REGIME", "MILITIA",
    "MILITIAS", "COALITION", "FEDERATION", "CONGRESS", "SENATE", "CABINET", "BUREAU", "DIRECTORATE",
    "SOCIETY", "FOUNDATION", "CENTER", "CENTRE", "TRIBUNAL", "MISSION", "REPUBLIC", "STATE",
    "UNIVERSITY", "COMPANY", "CORPORATION", "ACADEMY", "AIR", "NATIONS", "UNITED", "INTERNATIONAL",
    "OF", "THE", "SECRETARIAT", "COMMAND",
}
SMALL_WORDS = {"of", "the", "and", "in", "for", "on", "to", "a", "an", "de", "du", "des", "la", "le", "el"}
DATE_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
DATE_LIMIT = re.compile(r"^([<>])\s*(\d{6,8})$")


@dataclass
class Entry:
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, from, to)
    source: str = ""


def parse_date(text: str) -> str:
    """YYMMDD (years up to 30 are 20xx) or YYYYMMDD → ISO date; '' when invalid."""
    if len(text) == 6:
        yy = int(text[:2])
        text = (f"20{text[:2]}" if yy <= 30 else f"19{text[:2]}") + text[2:]
    if len(text) != 8:
        return ""
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return ""


def parse_code(bracket: str) -> tuple[str, str, str] | None:
    parts = bracket.strip().split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z~]+|---", parts[0]) or parts[0] == "---":
        return None
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return code, "", ""
    if m := DATE_LIMIT.match(rest):
        date = parse_date(m.group(2))
        if not date:
            return None
        return (code, "", date) if m.group(1) == "<" else (code, date, "")
    if m := DATE_RANGE.match(rest):
        start, end = parse_date(m.group(1)), parse_date(m.group(2))
        return (code, start, end) if start and end else None
    return None


def split_phrase(raw: str) -> list[str]:
    """'ADEN_ISLAMIC_ARMY_(AAIA)_' → ['ADEN ISLAMIC ARMY', 'AAIA']; '+'-joined synonyms are split."""
    out = []
    for piece in raw.split("+"):
        inner = re.findall(r"\(([^)]*)\)", piece)
        piece = re.sub(r"\([^)]*\)", " ", piece)
        for text in [piece, *inner]:
            text = re.sub(r"\s+", " ", text.replace("_", " ")).strip(" ,;:")
            if len(text) > 1:
                out.append(text)
    return out


def read_entries(path: Path, source: str) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None

    def close(blank: bool) -> None:
        nonlocal current
        if current is None:
            return
        if current.codes:
            entries.append(current)
        elif blank and entries:  # a codeless phrase closed by a blank line joins the entry before
            entries[-1].phrases.extend(current.phrases)
        else:
            return  # keep accumulating: it shares the codes of what follows
        current = None

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("<!--"):
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            close(blank=not raw.strip())
            continue
        brackets = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", " ", line)
        codes = [c for c in map(parse_code, brackets) if c]
        if line[0] in "\t ":
            if current is not None:
                current.codes.extend(codes)
            continue
        if line[0] == "+":
            if current is not None:
                current.phrases.extend(split_phrase(head[1:]))
            continue
        if current is not None and current.codes:
            close(blank=False)
        if current is None:
            current = Entry(source=source)
        current.phrases.extend(split_phrase(head))
        current.codes.extend(codes)
    close(blank=True)
    return entries


def known_iso3() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3


def country_of(code: str, iso3: set[str]) -> str:
    return code[:3] if code[:3] in iso3 else ""


def acled_type(code: str, iso3: set[str]) -> str:
    roles = {code[i : i + 3] for i in range(3, len(code), 3)}
    top = code[:3]
    if top == "NGO":
        return ""  # ACLED codes aid workers and other NGO staff as civilians: no armed side
    if top == "IGO":
        return "External/Other forces"
    if top == "IMG" or roles & REBEL_ROLES:
        return "Rebel group"
    if "UAF" in roles:
        return "Political militia"
    if top in iso3 and roles & STATE_ROLES:
        return "State forces"
    return ""


def nice_case(name: str, *, acronyms: bool = True) -> str:
    words = name.split()
    if acronyms and len(words) == 1 and len(name) <= 5 and name.isupper():
        return name  # an acronym: ANSF, NATO
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in SMALL_WORDS:
            out.append(low)
        elif "." in word or not re.search(r"[AEIOUY]", word):
            out.append(word)  # U.N., NDS
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def generic_words(agents_path: Path) -> set[str]:
    """Single words that name kinds of people ('police', 'organization'): never an actor alias alone."""
    words = set()
    for raw in agents_path.read_text(encoding="utf-8", errors="replace").splitlines():
        head = raw.split("#", 1)[0].split("[", 1)[0].split("{", 1)[0].strip()
        if head and "!" not in head and "_" not in head and " " not in head:
            words.add(head.lower())
            words.add(head.lower() + "s")
    from spacy.lang.en.stop_words import STOP_WORDS

    return words | set(STOP_WORDS) | {"organization", "organisation", "group", "movement", "front", "party"}


def kind_of(entry: Entry, iso3: set[str]) -> str:
    if entry.source == "countries" and any(c[0] in iso3 and len(c[0]) == 3 for c in entry.codes):
        return "country"
    if entry.source == "milnonstate":
        return "org"
    words = set(entry.phrases[0].upper().replace("-", " ").split())
    if words & ORG_WORDS or (len(words) == 1 and len(entry.phrases[0]) <= 6):
        return "org"
    return "person"


def keep_alias(alias: str, kind: str, generic: set[str]) -> bool:
    low = alias.lower()
    if low in generic or low.isdigit():
        return False
    return not (kind == "person" and " " not in alias)  # a lone surname is too ambiguous


def to_row(entry: Entry, iso3: set[str], generic: set[str]) -> list[str] | None:
    kind = kind_of(entry, iso3)
    aliases = list(dict.fromkeys(p for p in entry.phrases if keep_alias(p, kind, generic)))
    if not aliases:
        return None
    main_code = next((c[0] for c in entry.codes if not c[1] and not c[2]), entry.codes[0][0])
    country = country_of(main_code, iso3)
    if kind == "country":
        name = COUNTRY_NAMES.get(main_code) or nice_case(aliases[0], acronyms=False)
        types = ""
    else:
        name = nice_case(aliases[0])
        types = acled_type(main_code, iso3)
    codes = ";".join("@".join(c) for c in entry.codes)
    return [kind, name, "|".join(a.title() if kind == "person" else a for a in aliases), codes, country,
            types, entry.source]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("phoenix_dir", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    iso3 = known_iso3()
    generic = generic_words(args.phoenix_dir / "Phoenix.agents.txt")
    rows = []
    for filename, source in FILES.items():
        for entry in read_entries(args.phoenix_dir / filename, source):
            row = to_row(entry, iso3, generic)
            if row:
                rows.append(row)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = ["kind", "name", "aliases", "codes", "country", "type", "source"]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for row in [header, *rows]:
            out.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
    print(f"{len(rows)} actors → {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
