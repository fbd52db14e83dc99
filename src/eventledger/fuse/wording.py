"""What two reports' evidence sentences share: overall word overlap, and the distinctive words both use.

Distinctive words are what is left once function words (evidence_stopwords.tsv), the vocabulary every
report of violence uses (common_event_words.tsv), numbers, and the names fusion weighs on their own
(the country, the province, the actors, and the name or nationality word of a state force's country:
"Turkish" beside the Turkish army) are taken out: "motorcycle", "market", "school", a town's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventledger.fuse.names import common_event_words, evidence_stopwords
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import load_country_index
from eventledger.models import EventMention

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_NAME_WORD = 4  # shorter words of a name ("of", "the", "al") single nothing out
# "GUSAU, Nigeria, Sept 8 (Sahel News Agency) - ": a wire's dateline names its bureau, its day and itself.
# Two stories of one wire share it whatever they tell, so its words and its day are no shared wording.
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’. -]{1,40}(?:,(?:\s*[A-Z][\w'’. -]{1,30},)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,60}\))?\s*[-–—]{1,2}\s"
)


def without_dateline(text: str) -> str:
    """The evidence without a leading wire dateline."""
    found = _DATELINE.match(text)
    return text[found.end() :] if found else text


@lru_cache(maxsize=16_384)  # a stored mention's evidence is compared with every new report of its event
def tokens(text: str) -> frozenset[str]:
    stopwords = evidence_stopwords()
    words = _WORD.findall(without_dateline(text).casefold())
    return frozenset(w for w in words if len(w) > 2 and w not in stopwords)


@lru_cache(maxsize=16_384)
def numbers(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", without_dateline(text)))


# "20 villagers", "eight passengers": a number before a word counts people or things; before these words
# it measures time, distance or a share instead
_MEASURE_WORDS = frozenset(
    "a am p pm years year months month weeks week days day hours hour minutes km kilometres kilometers miles"
    " metres meters percent per times".split()
)
_COUNTED = re.compile(r"(?<![\w.,])(\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+([a-z]+)", re.IGNORECASE)
MAX_COUNT = 1_000  # larger numbers in a report of one incident are money, years or populations


@lru_cache(maxsize=16_384)
def counts(text: str) -> frozenset[int]:
    """The numbers of people or things a sentence counts ("abducted 20 villagers", "eight passengers"),
    exactly stated (not "several", not "dozens")."""
    from eventledger.extract.numbers import parse_number  # the number lexicon: only once evidence is compared

    found = set()
    for m in _COUNTED.finditer(text):
        if m.group(2).lower() in _MEASURE_WORDS:
            continue
        value = parse_number(m.group(1))
        exact = value is not None and value[0] is not None and value[0] == value[1] and not value[2]
        if exact and value[0] < MAX_COUNT:  # type: ignore[index, operator]
            found.add(value[0])  # type: ignore[index]
    return frozenset(found)


def evidence_score(a: EventMention, b: EventMention) -> float:
    """Overlap of the two evidence sentences' words, 0–1 (a shared number adds 0.2)."""
    ta, tb = tokens(a.evidence), tokens(b.evidence)
    if not ta or not tb:
        return 0.0
    overlap = len(ta & tb) / len(ta | tb)
    shared_numbers = numbers(a.evidence) & numbers(b.evidence)
    return min(1.0, 2.0 * overlap + (0.2 if shared_numbers else 0.0))


@lru_cache(maxsize=65_536)  # bounded: a stream brings new names without end
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name.casefold()) if len(w) >= MIN_NAME_WORD)


@lru_cache(maxsize=65_536)  # bounded: a stream brings new names without end
def _actor_words(name: str) -> frozenset[str]:
    """Words of an actor's name and of its aliases in the knowledge base ("SDF", "MNDAA")."""
    entry = load_actor_kb().get(name)
    aliases = entry.aliases if entry else ()
    return frozenset().union(_name_words(name), *(_alias_words(a) for a in aliases))


def _alias_words(alias: str) -> frozenset[str]:
    """An alias's long words, and a short one written in capitals ("SDF", "ADF"): an acronym."""
    return _name_words(alias) | {w.casefold() for w in _WORD.findall(alias) if w.isupper() and len(w) >= 2}


def _weighed_elsewhere(m: EventMention) -> frozenset[str]:
    """Words of the names the other comparisons weigh: country, province, actors (and their aliases)."""
    actors = [m.actor1, m.actor2, m.claimed_by, *m.assoc_actor_1, *m.assoc_actor_2]
    places = [m.place.country, m.place.admin1] if m.place is not None else []
    return frozenset().union(*(_actor_words(n) for n in actors if n), *(_name_words(n) for n in places if n))


@lru_cache(maxsize=65_536)  # bounded: a stream brings new names without end
def _force_country(name: str) -> str | None:
    """The country of a state force ("Military Forces of Turkey": TUR), None for any other actor."""
    entry = load_actor_kb().get(name)
    return entry.country if entry is not None and entry.type == "State forces" else None


@lru_cache(maxsize=16_384)
def _country_named(word: str) -> str | None:
    """The ISO3 code of the country a word names or is the nationality word of ("turkish": TUR)."""
    country = load_country_index().country(word)
    return country.iso3 if country is not None else None


def _force_countries(m: EventMention) -> frozenset[str]:
    names = [m.actor1, m.actor2, *m.assoc_actor_1, *m.assoc_actor_2]
    return frozenset(c for n in names if n and (c := _force_country(n)))


def distinctive_shared_words(a: EventMention, b: EventMention) -> frozenset[str]:
    """Words both evidence sentences use that few reports of violence share ("motorcycle", "school")."""
    shared = tokens(a.evidence) & tokens(b.evidence)
    if not shared:
        return frozenset()
    common = common_event_words()
    names = _weighed_elsewhere(a) | _weighed_elsewhere(b)
    # "Turkish jets", "Turkish troops": the Turkish army, which the actor comparison weighs; a nationality no
    # force of either report belongs to ("Chinese engineers" in Pakistan) still singles an incident out
    forces = _force_countries(a) | _force_countries(b)
    return frozenset(
        w for w in shared
        if w not in common and not w.isdigit() and not any(w.startswith(n) for n in names)
        and not (forces and _country_named(w) in forces)
    )  # fmt: skip
