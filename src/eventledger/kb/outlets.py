"""Where a news outlet reports from: its home country, from ``data/outlets/outlets.tsv``, from the country,
nationality or sizeable town its name holds ("Myanmar Now", "El Sol de Tijuana"), or from its web address's
country code ("eluniversal.com.mx"). A local outlet's story that names no country is most likely set at
home; an international outlet (Reuters, AFP) says nothing of where."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from eventledger.kb.gazetteer import Gazetteer, ascii_fold, load_country_index

# country codes that sites all over the world use for their look ("news.tv", "site.io", "bit.ly")
_VANITY_CODES = frozenset("ai am cc co fm ga gg io la ly me ml nu sh so tk to tv ws vc".split())
# a town in an outlet's name ("El Heraldo de León") is its home when no namesake elsewhere is within this
# factor of its size
_DOMINANCE = 5
_TOWN_SIZE = 100_000
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:de|del|la|el|of)?\s*[A-Z][\w'’.-]*)*")
# words of mastheads, never the place an outlet is named after ("El Sol de ...": not a town called Sol)
_MASTHEAD_WORDS = frozenset(
    "agency balkan beat center centre chronicle daily diario diário el express free gazette global group guardian"
    " herald heraldo human information international journal la live mail map monitor news observer online post"
    " press radio review rights sahel service sol star sun times tribune voice watch world".split()
)

# "Cali Diario (translated from Spanish)": the note names the language the story was written in, not where
# the outlet is ("Spanish" is also Spain's nationality word)
_LANGUAGE_NOTE = re.compile(r"\((?:[^)]*\s)?(?:translated|translation)\b[^)]*\)", re.IGNORECASE)


def outlet_key(name: str) -> str:
    """Letters and digits only: "Borderland Beat", "borderlandbeat" and "BORDERLAND BEAT" are one key."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(name).lower())


@cache
def load_outlets() -> dict[str, str | None]:
    """Outlet key → ISO3 of its home country, or None for an international outlet."""
    table: dict[str, str | None] = {}
    text = files("eventledger.data").joinpath("outlets/outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "outlet\t")):
            continue
        name, iso3, others = (line.split("\t") + ["", ""])[:3]
        for alias in [name, *filter(None, others.split("|"))]:
            table[outlet_key(alias)] = iso3 or None
    return table


def outlet_country(source: str | None, url: str | None, gazetteer: Gazetteer) -> str | None:
    """ISO3 of the outlet's home country, or None when it is international or unknown."""
    table = load_outlets()
    if source:
        # the longest known opening: "Associated Press Newswires", "BBC Monitoring Americas", "Borderland Beat (Zeta)"
        words = re.split(r"\s+", re.sub(r"[(:].*", "", source).strip())
        for size in range(len(words), 0, -1):
            if (key := outlet_key(" ".join(words[:size]))) in table:
                return table[key]
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        labels = host.lower().removeprefix("www.").split(".")
        named = [table[outlet_key(label)] for label in labels[:-1] if outlet_key(label) in table]
        if named:
            return named[0]
        code = labels[-1]
        if len(code) == 2 and code not in _VANITY_CODES:
            country = load_country_index().country(code.upper())
            if country is not None:
                return country.iso3
    return _country_in_name(_LANGUAGE_NOTE.sub("", source), gazetteer) if source else None


def _country_in_name(name: str, gazetteer: Gazetteer) -> str | None:
    """The one country that the country names and nationality words in ``name`` point to, else the one its
    sizeable towns point to ("El Sol de Tijuana")."""
    spans = []
    for run in _NAME_RUN.finditer(name):
        words = run.group().split()
        spans += [" ".join(words[start : start + size]) for size in range(len(words), 0, -1)
                  for start in range(len(words) - size + 1)]  # fmt: skip
    spans = [s for s in spans if not s.isupper() and not set(s.lower().split()) <= _MASTHEAD_WORDS]
    for find in (_country_named, _country_of_town):
        found = {iso3 for span in spans if (iso3 := find(span, gazetteer)) is not None}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _country_named(span: str, gazetteer: Gazetteer) -> str | None:
    country = gazetteer.country_by_name(span) or gazetteer.country_by_demonym(span)
    return country.iso3 if country is not None else None


def _country_of_town(span: str, gazetteer: Gazetteer) -> str | None:
    if len(outlet_key(span)) < 4:
        return None
    exact = [entry for entry, is_exact in gazetteer.lookup_matches(span) if is_exact]
    towns = sorted(
        (e for e in exact if e.kind == "admin1" or (e.kind == "place" and e.population >= _TOWN_SIZE)),
        key=lambda e: -e.population,
    )
    if not towns:
        return None
    best = towns[0]
    rivals = [e.population for e in exact if e.iso3 != best.iso3]
    return best.iso3 if all(size * _DOMINANCE <= best.population for size in rivals) else None
