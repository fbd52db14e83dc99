"""Villages the gazetteer does not know, named by two reports: "attacked the rural commune of Dablo" and
"families have fled Dablo for Kaya", "killed six villagers in Seytenga" and "in the village of Seytenga".

Extraction cannot place such a village (it falls back to the province, the country or nothing), so the two
reports share no place; the name itself, written by both, is the evidence that they tell of one place. A
name counts when it follows a word of locality ("the village of X", "in X", "near X") in one report, the
gazetteer has no place of that name anywhere, and the other report writes it too.
"""

from __future__ import annotations

import calendar
import re
from functools import cache, lru_cache

from eventledger.fuse.names import common_event_words, evidence_stopwords, writes_place_name
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import EventMention

MIN_NAME_LENGTH = 4  # as compatibility.MIN_NAME_LENGTH: shorter names occur inside too many other words
_AFTER_LOCALITY_WORD = re.compile(
    r"\b(?:(?:village|commune|town|locality|hamlet|settlement|community|district|municipality)\s+of"
    r"|in|near|at)\s+(?:the\s+)?([A-Z][a-z][\w'-]+(?:\s+[A-Z][a-z][\w'-]+){0,2})"
)


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in (*calendar.day_name, *calendar.month_name) if w)


def _unknown_place_name(name: str) -> bool:
    folded = name.casefold()
    first = folded.split()[0]  # "Bulo Marer", "Sunday Market"
    if len(name) < MIN_NAME_LENGTH or folded in _calendar_words() or first in _calendar_words():
        return False
    if any(w in common_event_words() or w in evidence_stopwords() for w in (folded, first)):
        return False
    gazetteer = load_gazetteer()
    known = gazetteer.country_by_name(name) or gazetteer.country_by_demonym(name)
    return not known and not any(exact for _entry, exact in gazetteer.lookup_matches(name))


def unknown_localities(m: EventMention) -> frozenset[str]:
    """Folded names after a word of locality in the report's evidence that the gazetteer does not know."""
    return _unknown_localities_in(m.evidence)


@lru_cache(maxsize=20_000)  # asked of each report once per candidate pair it is in, and its evidence stays the same
def _unknown_localities_in(evidence: str) -> frozenset[str]:
    return frozenset(n.casefold() for n in _AFTER_LOCALITY_WORD.findall(evidence) if _unknown_place_name(n))


def shared_unknown_locality(a: EventMention, b: EventMention) -> bool:
    """One report names an unknown village after a word of locality, and the other writes its name too."""
    for m, other in ((a, b), (b, a)):
        for name in unknown_localities(m):
            if writes_place_name(other.evidence, name):  # "Bulo Marer"; "Gaskinde" or "Gaskindé"
                return True
    return False
