"""Cross-document event coreference: type families, date windows, blocking keys, the pairwise decision.

``block_keys`` gives the keys the store indexes (mentions that may corefer share one); ``same_event``
decides a candidate pair from hard constraints (type family, dates, places) and a weighted score.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from eventledger.fuse.names import evidence_stopwords, is_generic_actor, norm
from eventledger.models import EventMention, Place

_WORD = re.compile(r"\w+", re.UNICODE)


# Families that may describe one incident: outlets code a mosque bombing as a suicide bomb or as an
# attack on civilians, and ACLED folds an airstrike during a battle into the battle.
_VIOLENT = frozenset({"battle", "explosion", "civilians"})
MAX_WEEK_BUCKETS = 6  # a month-precision date covers 5–6 ISO weeks; wider ranges count as undated
_BACKGROUND_SLACK_DAYS = 3  # "last week's attack": the recalled date is fuzzy


def type_family(m: EventMention) -> str:
    """The coarse kind of event; affiliation changes are their own family (not a clash or a base)."""
    if m.event_type == "Battles":
        return "battle"
    if m.event_type == "Explosions/Remote violence":
        return "explosion"
    if m.event_type == "Violence against civilians":
        return "civilians"
    if m.event_type in ("Protests", "Riots"):
        return "protest"
    if m.event_type == "Strategic developments":
        return "affiliation" if m.sub_event_type == "Change to group/activity" else "strategic"
    return "other"


def _block_family(family: str) -> str:
    return "violent" if family in _VIOLENT else family


def date_range(m: EventMention, *, slack: bool = True) -> tuple[dt.date, dt.date] | None:
    """The days the event may fall on, from the explicit range or the date ± its precision window
    (widened for a background mention unless ``slack`` is False)."""
    if m.date_earliest and m.date_latest:
        low, high = m.date_earliest, m.date_latest
    elif m.date is not None:
        half = {1: 1, 2: 3, 3: 15}.get(m.time_precision or 0, 3)
        low, high = m.date - dt.timedelta(days=half), m.date + dt.timedelta(days=half)
    else:
        return None
    if m.background and slack:
        widen = dt.timedelta(days=_BACKGROUND_SLACK_DAYS)
        low, high = low - widen, high + widen
    return low, high


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_buckets(m: EventMention) -> list[str] | None:
    span = date_range(m)
    if span is None:
        return None
    low, high = span
    weeks: list[str] = []
    day = low - dt.timedelta(days=low.weekday())
    while day <= high:
        weeks.append(_iso_week(day))
        if len(weeks) > MAX_WEEK_BUCKETS:
            return None
        day += dt.timedelta(days=7)
    return weeks


def block_keys(m: EventMention, *, published: dt.date | None = None) -> list[str]:
    """Candidate keys ``family|week|ISO3``: mentions that may corefer share at least one.

    A key holds only the events of one country, one week and one family, so the number of candidates
    for a new mention depends on how busy that week was, not on how big the ledger is. An undated
    mention (or one whose range is too wide) is keyed by its article's publication month and the month
    before: reports of one undated development appear within weeks of each other, and a ledger that
    grows over years must not make every undated mention a candidate for every other.
    """
    family = _block_family(type_family(m))
    iso3 = (m.place.iso3 if m.place and m.place.iso3 else "XXX").upper()
    weeks = _week_buckets(m)
    if weeks is not None:
        return [f"{family}|{week}|{iso3}" for week in weeks]
    if published is None:
        return [f"{family}|undated|{iso3}"]
    previous = published.replace(day=1) - dt.timedelta(days=1)
    months = sorted({f"{previous:%Y-%m}", f"{published:%Y-%m}"})
    return [f"{family}|undated-{month}|{iso3}" for month in months]


# ---------------------------------------------------------------- pairwise decision

SAME_EVENT_THRESHOLD = 0.6
_WEIGHTS = {"type": 0.15, "date": 0.25, "place": 0.25, "actors": 0.2, "evidence": 0.15}


def _type_score(a: EventMention, b: EventMention) -> float | None:
    fa, fb = type_family(a), type_family(b)
    if fa == fb:
        return 1.0 if a.sub_event_type == b.sub_event_type else 0.8
    if fa in _VIOLENT and fb in _VIOLENT:
        return 0.5
    return None


def _bounded_range(m: EventMention, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    span = date_range(m)
    if span is None:
        return None
    low, high = span
    if published is not None and high > published and low <= published:
        high = published  # an article cannot report what has not happened yet
    return low, high


def _date_score(
    a: EventMention, b: EventMention, a_published: dt.date | None, b_published: dt.date | None
) -> float | None:
    ra, rb = _bounded_range(a, a_published), _bounded_range(b, b_published)
    if ra is None or rb is None:
        # Undated: only forbid a mention that starts after the other article was published.
        if ra is not None and b_published is not None and ra[0] > b_published:
            return None
        if rb is not None and a_published is not None and rb[0] > a_published:
            return None
        return 0.4
    if ra[0] > rb[1] or rb[0] > ra[1]:
        return None
    strict_a, strict_b = date_range(a, slack=False), date_range(b, slack=False)
    if strict_a and strict_b and (strict_a[0] > strict_b[1] or strict_b[0] > strict_a[1]):
        return 0.3  # only a recalled date's fuzziness lets them meet
    if a.time_precision == 1 and b.time_precision == 1:
        # Two exact days a day apart may be one overnight incident, but in a busy city they are more
        # often two incidents: tolerated, weakly.
        return 1.0 if a.date == b.date else 0.2
    return 0.8


def _same_town(a: Place, b: Place) -> bool:
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return norm(a.name) == norm(b.name)


def _place_score(a: Place | None, b: Place | None) -> float | None:
    if a is None or b is None:
        return 0.3
    if a.iso3 and b.iso3 and a.iso3.upper() != b.iso3.upper():
        return None
    if not a.admin1 or not b.admin1:
        return 0.4  # country-level: compatible with anything in the country, but weak
    if norm(a.admin1) != norm(b.admin1):
        return None
    # a province-level place (precision 3) names its capital only as ACLED's coding convention
    if a.name and b.name and a.geo_precision != 3 and b.geo_precision != 3:
        return 1.0 if _same_town(a, b) else None
    return 0.7  # one is the province the other's town lies in


def _side_agreement(x: str | None, y: str | None) -> int:
    """+1 same named actor, -1 two different named actors, 0 nothing to compare."""
    if is_generic_actor(x) or is_generic_actor(y):
        return 0
    return 1 if norm(x) == norm(y) else -1


def _actor_score(a: EventMention, b: EventMention) -> float:
    a1, a2 = a.actor1 or a.claimed_by, a.actor2
    b1, b2 = b.actor1 or b.claimed_by, b.actor2
    straight = [_side_agreement(a1, b1), _side_agreement(a2, b2)]
    swapped = [_side_agreement(a1, b2), _side_agreement(a2, b1)]
    # Outlets disagree on who is actor1 in a clash: the swapped reading counts only when it matches
    # more names, so a swap cannot hide a conflict by pairing a name with a generic one.
    sides = swapped if swapped.count(1) > straight.count(1) else straight
    return max(0.0, min(1.0, 0.5 + 0.25 * sum(sides)))


@lru_cache(maxsize=16_384)  # a stored mention's evidence is compared with every new report of its event
def _tokens(text: str) -> frozenset[str]:
    stopwords = evidence_stopwords()
    return frozenset(w for w in _WORD.findall(text.casefold()) if len(w) > 2 and w not in stopwords)


@lru_cache(maxsize=16_384)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", text))


def evidence_score(a: EventMention, b: EventMention) -> float:
    ta, tb = _tokens(a.evidence), _tokens(b.evidence)
    if not ta or not tb:
        return 0.0
    overlap = len(ta & tb) / len(ta | tb)
    shared_numbers = _numbers(a.evidence) & _numbers(b.evidence)
    return min(1.0, 2.0 * overlap + (0.2 if shared_numbers else 0.0))


def _fatalities_adjustment(a: EventMention, b: EventMention) -> float:
    """Weak evidence only: tolls grow over days, so a mismatch barely counts."""
    fa = a.fatalities_min if a.fatalities_min is not None else a.fatalities_max
    fb = b.fatalities_min if b.fatalities_min is not None else b.fatalities_max
    if fa is None or fb is None:
        return 0.0
    if fa == fb:
        return 0.05
    return -0.03 if max(fa, fb) > 10 * max(1, min(fa, fb)) else 0.0


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date as a date (ISO strings parsed), None when missing or unreadable."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def same_event(
    a: EventMention,
    b: EventMention,
    *,
    a_published: dt.date | str | None,
    b_published: dt.date | str | None,
    near_duplicate: bool = False,
) -> tuple[bool, float]:
    """Whether two mentions from different articles report one incident, and the score (0–1).

    Hard constraints (any fails → not the same): different documents, compatible type family, dates
    that can overlap, places that can contain each other. Then a weighted score of type, date, place,
    actors and evidence overlap decides; ``near_duplicate`` (the articles are copies) accepts any pair
    that passes the hard constraints. Publication dates may be dates or ISO strings.
    """
    if a.document_id == b.document_id:
        return False, 0.0
    # the hard constraints in turn, cheapest first: most candidate pairs fail one
    type_score = _type_score(a, b)
    if type_score is None:
        return False, 0.0
    date_score = _date_score(a, b, as_date(a_published), as_date(b_published))
    if date_score is None:
        return False, 0.0
    place_score = _place_score(a.place, b.place)
    if place_score is None:
        return False, 0.0
    parts = {"type": type_score, "date": date_score, "place": place_score}
    parts["actors"] = _actor_score(a, b)
    parts["evidence"] = evidence_score(a, b)
    score = sum(_WEIGHTS[k] * v for k, v in parts.items()) + _fatalities_adjustment(a, b)
    score = round(max(0.0, min(1.0, score)), 4)
    if near_duplicate:
        return True, score
    return score >= SAME_EVENT_THRESHOLD, score
