"""Cross-document event coreference: blocking keys and the pairwise decision.

``block_keys`` gives the keys the store indexes (mentions that may corefer share one); ``same_event``
decides a candidate pair on positive evidence: no field may conflict, and the fields that agree
(compatibility.py's tables) must together be strong enough. ``conflicting`` tells a cluster which of
its members can never be one incident.
"""

from __future__ import annotations

import datetime as dt
import re

from eventledger.fuse.compatibility import (
    COARSE_DATE_CUES_NEEDED,
    COARSE_DATES,
    CORROBORATION_REQUIRED,
    CROWD_VIOLENCE,
    DAY_REQUIRED,
    FIGURES_REQUIRED,
    SINGLING_OUT_DATES,
    SINGLING_OUT_NEEDED,
    TOLL_REQUIRED,
    VIOLENT_FAMILIES,
    WEEK_SINGLING_OUT_DATES,
    Relation,
    actor_relation,
    cue_weight,
    date_relation,
    date_window,
    figure_relation,
    is_toll_update,
    place_agreement,
    place_level,
    province_key,
    provinces_named,
    recalled_window,
    singled_out,
    singled_out_in_week,
    singling_out_cues,
    type_family,
    type_relation,
    within_short_spans,
)
from eventledger.fuse.localities import unknown_localities
from eventledger.fuse.names import norm, spelling_keys
from eventledger.fuse.wording import distinctive_shared_words, evidence_score, numbers
from eventledger.models import EventMention

MAX_WEEK_BUCKETS = 6  # a month-precision date covers 5–6 ISO weeks; wider ranges count as undated
date_range = date_window  # the name the rest of the package has used


def _block_family(family: str) -> str:
    return "violent" if family in VIOLENT_FAMILIES else family


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_buckets(m: EventMention, published: dt.date | None = None) -> list[str] | None:
    span = date_range(m) or recalled_window(m, published)
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
    grows over years must not make every undated mention a candidate for every other. An undated recalled
    incident is keyed by the weeks before its report (compatibility.recalled_window), where the reports
    that date it are.
    """
    families = [_block_family(type_family(m))]
    if m.sub_event_type == CROWD_VIOLENCE:
        families.append("violent")  # a mob's attack meets the violent families too (type_relation)
    iso3 = (m.place.iso3 if m.place and m.place.iso3 else "XXX").upper()
    weeks = _week_buckets(m, published)
    if weeks is not None:
        periods = weeks
    elif published is None:
        periods = ["undated"]
    else:
        previous = published.replace(day=1) - dt.timedelta(days=1)
        periods = [f"undated-{month}" for month in sorted({f"{previous:%Y-%m}", f"{published:%Y-%m}"})]
    return [f"{family}|{period}|{iso3}" for family in families for period in periods]


# A report that resolved no country (keyed XXX) can still name the other report's town in its text
# ("seized 15 people in Maru"), and only that can join it to an event (compatibility.place_agreement):
# a mention with a town is also indexed by the town's name, which a country-less mention looks up with
# each run of capitalised words of its evidence; a mention with a country looks up the country-less. A
# province-level mention is indexed by its province, which a country-less mention looks up for each place
# of the gazetteer its evidence names ("a bar in Celaya" finds "a bar in Guanajuato state").
NO_COUNTRY = "XXX"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}")


def _periods(key: str) -> str:
    return key.rsplit("|", 1)[0]  # "family|week"


def town_keys(m: EventMention, *, published: dt.date | None = None) -> list[str]:
    """Extra index keys of a mention placed in a town, ``family|week|town:NAME``, and of each village its
    evidence names that the gazetteer does not know (localities.py): a report with no country finds it by
    that name; of a mention placed in a province, ``family|week|province:ISO3:NAME``."""
    names = {norm(n) for n in unknown_localities(m)}
    if place_level(m.place) in (1, 2) and m.place and m.place.name:
        names.add(norm(m.place.name))
    periods = sorted({_periods(k) for k in block_keys(m, published=published)})
    # and by the keys its other spellings share ("Finote Salam" in a country-less report finds Finote Selam)
    spelled = {key for name in names for key in spelling_keys(name)}
    keys = [f"{p}|town:{name}" for p in periods for name in sorted(names | spelled)]
    # a province-level report, by its province: a country-less report naming a town of it finds it there
    if place_level(m.place) == 3 and m.place and m.place.iso3 and m.place.admin1:
        keys += [f"{p}|province:{province_key(m.place.iso3, m.place.admin1)}" for p in periods]
    return keys


def lookup_keys(m: EventMention, *, published: dt.date | None = None) -> list[str]:
    """The keys whose mentions may be one event with ``m``: its own ``block_keys``, the country-less
    mentions of its weeks, and for a country-less mention the towns its evidence may name."""
    keys = block_keys(m, published=published)
    periods = sorted({_periods(k) for k in keys})
    if not keys[0].endswith("|" + NO_COUNTRY):
        return sorted(set(keys) | {f"{p}|{NO_COUNTRY}" for p in periods})
    names = set()
    for run in _CAPITALISED_RUN.findall(m.evidence):
        words = run.split()
        names |= {norm(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    names |= {key for name in list(names) for key in spelling_keys(name)}
    provinces = {f"{p}|province:{key}" for p in periods for key in provinces_named(m.evidence)}
    return sorted(set(keys) | {f"{p}|town:{name}" for p in periods for name in names} | provinces)


# ---------------------------------------------------------------- pairwise decision

# Two reports are one incident only on enough positive agreement: the strengths of the agreeing fields
# (compatibility.py) plus evidence overlap must reach this. Same town, same day and same sub-event type
# (2 + 2 + 1) pass alone; a coarser date or place needs a named actor, the same toll or shared wording.
SAME_EVENT_THRESHOLD = 4.5
# A recalled incident ("last week's mosque bombing in Kunduz", or a toll update's "the toll from the Konduga
# market bombings") is named by its place and kind; its date is fuzzy by nature, so the same town and
# sub-event type with an overlapping date are enough.
BACKGROUND_THRESHOLD = 4.0
EVIDENCE_WEIGHT = 1.0  # shared distinctive words of the two evidence sentences, 0–1 before weighting
# Wording that shares a number and this much overlap tells of one incident as well as the same toll
# does ("abducted 15 villagers"): a province-level report may then join a town's event.
ALIKE_EVIDENCE = 0.5


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date as a date (ISO strings parsed), None when missing or unreadable."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def relations(
    a: EventMention, b: EventMention, a_published: dt.date | None = None, b_published: dt.date | None = None,
    *, agreeing: frozenset[str] = frozenset(),
) -> dict[str, Relation] | None:
    """Each field's relation (compatibility.py), or None as soon as one conflicts (cheapest first), or as soon
    as one of the fields ``agreeing`` names does not agree positively (strength 0)."""
    found: dict[str, Relation] = {}
    for name, relation in (
        ("type", lambda: type_relation(a, b)),
        ("date", lambda: date_relation(a, b, a_published, b_published)),
        ("place", lambda: place_agreement(a, b)),
        ("actors", lambda: actor_relation(a, b)),
        ("figures", lambda: figure_relation(a, b, a_published, b_published)),
    ):
        found[name] = relation()
        if found[name].conflict or (name in agreeing and found[name].strength <= 0):
            return None
    return found


def conflicting(a: EventMention, b: EventMention) -> bool:
    """Two mentions that cannot report one incident (used to split a cluster chained through others)."""
    return a.document_id != b.document_id and relations(a, b) is None


def alike_wording(a: EventMention, b: EventMention, wording: float) -> bool:
    """The same wording (``wording``: the pair's evidence score) with a number in common."""
    return wording >= ALIKE_EVIDENCE and bool(numbers(a.evidence) & numbers(b.evidence))


_APOSTROPHES = re.compile(r"['’‘`ʼʻ]")


def _words_beyond_places(a: EventMention, b: EventMention) -> frozenset[str]:
    """Distinctive words both reports use, other than their places' own names ("drone", "minibus"). A name
    is taken with and without its apostrophes: reports write "Ra's al 'Ayn" as "Ras al-Ayn"."""
    names = {
        w for m in (a, b) if m.place and m.place.name
        for spelling in (m.place.name, _APOSTROPHES.sub("", m.place.name))
        for w in re.findall(r"\w+", spelling.casefold())
    }  # fmt: skip
    return frozenset(w for w in distinctive_shared_words(a, b) if w not in names)


def enough_evidence(
    found: dict[str, Relation], score: float, a: EventMention, b: EventMention, wording: float
) -> bool:
    """Place and date must agree positively; a place coarser than a town needs the same toll (or the
    same wording, number included) or enough cues that single the incident out: on the same day
    ``singled_out``, within a week ``singled_out_in_week`` (all a report with no place below the country
    can rest on); two consecutive days need the same toll, perpetrator or wording; an undated recalled
    incident the same toll or wording (TOLL_REQUIRED); two sub-event types of one family need one of those or
    a distinctive word; a week or a month in one town needs cues that single the incident out
    (COARSE_DATE_CUES_NEEDED)."""
    place, date = found["place"].kind, found["date"].kind
    if found["place"].strength <= 0 or found["date"].strength <= 0:
        return False
    recalled = is_recalled(a) or is_recalled(b)
    if place in DAY_REQUIRED and date != "same_day":
        return False
    by_cues = place in SINGLING_OUT_NEEDED and date in SINGLING_OUT_DATES and singled_out(
        singling_out_cues(a, b, found, distinctive_shared_words(a, b)), place
    )
    by_cues = by_cues or (
        date in WEEK_SINGLING_OUT_DATES
        and singled_out_in_week(a, b, singling_out_cues(a, b, found, distinctive_shared_words(a, b)), place)
    )
    if place in SINGLING_OUT_NEEDED and not by_cues and not (
        place in FIGURES_REQUIRED and (found["figures"].strength > 0 or alike_wording(a, b, wording))
    ):
        return False
    # the same toll, perpetrator or wording: what two days a day apart need (a busy town sees incidents of one
    # kind on consecutive days)
    corroborated = found["figures"].strength > 0 or found["actors"].kind == "same_named_actor1" or alike_wording(
        a, b, wording
    )
    if date in CORROBORATION_REQUIRED and not corroborated:
        return False
    if date in TOLL_REQUIRED and not (found["figures"].strength > 0 or alike_wording(a, b, wording)):
        return False
    if by_cues:
        return True  # the cues, not the sum of strengths, decide for a place this coarse
    if found["type"].kind == "same_family" and not recalled and not (corroborated or _words_beyond_places(a, b)):
        # a city sees a roadside bomb and a mortar attack on one day: two weapons of one family need a common
        # detail (across families, outlets frame one raid as a clash or an attack: TYPE_STRENGTH)
        return False
    if date in COARSE_DATES and place not in SINGLING_OUT_NEEDED and not recalled and not (
        within_short_spans(a, b) and corroborated
    ):
        # within one town the town's own name singles out no incident of its week: the place weighed it
        # (UCDP GED dev: two Bangui headlines of one day, 3 and 6 dead, met on "capital" and "violence")
        cues = singling_out_cues(a, b, found, _words_beyond_places(a, b))
        if cue_weight(cues) < COARSE_DATE_CUES_NEEDED:
            return False  # a town sees several incidents of one kind a week: the date does not single one out
    threshold = BACKGROUND_THRESHOLD if recalled else SAME_EVENT_THRESHOLD
    return score >= threshold


def is_recalled(m: EventMention) -> bool:
    """An incident the report names rather than tells: in background, or as what a toll update counts."""
    return m.background or is_toll_update(m)


def same_event(
    a: EventMention,
    b: EventMention,
    *,
    a_published: dt.date | str | None,
    b_published: dt.date | str | None,
    near_duplicate: bool = False,
) -> tuple[bool, float]:
    """Whether two mentions from different articles report one incident, and the agreement score.

    No field may conflict (type family, dates, places, named actors); then the agreeing fields must be
    strong enough (``enough_evidence``). ``near_duplicate`` (the articles are copies of one story)
    accepts any pair without a conflict. Publication dates may be dates or ISO strings.
    """
    if a.document_id == b.document_id:
        return False, 0.0
    found = relations(a, b, as_date(a_published), as_date(b_published))
    if found is None:
        return False, 0.0
    return _decided(found, a, b, near_duplicate)


# enough_evidence turns down any pair whose place or date does not agree positively
_MUST_AGREE = frozenset({"date", "place"})


def is_same_event(
    a: EventMention,
    b: EventMention,
    *,
    a_published: dt.date | str | None,
    b_published: dt.date | str | None,
    near_duplicate: bool = False,
) -> bool:
    """``same_event``'s decision alone, without its score: a pair whose date or place does not agree positively
    is turned down before its other fields are compared (fusion's candidate pairs are mostly such pairs)."""
    if a.document_id == b.document_id:
        return False
    agreeing = frozenset() if near_duplicate else _MUST_AGREE
    found = relations(a, b, as_date(a_published), as_date(b_published), agreeing=agreeing)
    return found is not None and _decided(found, a, b, near_duplicate)[0]


def _decided(found: dict[str, Relation], a: EventMention, b: EventMention, near_duplicate: bool) -> tuple[bool, float]:
    wording = evidence_score(a, b)  # computed once: the score and the wording checks both need it
    score = round(sum(r.strength for r in found.values()) + EVIDENCE_WEIGHT * wording, 4)
    if near_duplicate:
        return True, score
    return enough_evidence(found, score, a, b, wording), score
