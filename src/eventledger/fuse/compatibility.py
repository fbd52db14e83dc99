"""When two reports' places, dates, types, actors and figures agree: the tables fusion decides by.

Each comparison gives a ``Relation``: ``CONFLICT`` (they cannot be one incident), ``UNKNOWN`` (one side
does not say: no evidence either way) or agreement with a strength (how much that agreement tells two
incidents apart). Fusion (``coreference.same_event``) merges only on enough positive agreement; a
field one report leaves out never counts for a merge.

The numbers are all in the tables below, one row per case, so they can be read and tested one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from eventledger.fuse.directions import part_relation
from eventledger.fuse.localities import shared_unknown_locality
from eventledger.fuse.names import (
    confused_perpetrators,
    is_generic_actor,
    is_unarmed_actor,
    name_phrases,
    norm,
    writes_place_name,
)
from eventledger.fuse.wording import counts
from eventledger.kb.actors import load_actor_kb, normalize_key
from eventledger.kb.gazetteer import great_circle_km, load_gazetteer
from eventledger.models import EventMention, Place


@dataclass(frozen=True)
class Relation:
    kind: str  # a row name of the tables below, or "conflict" / "unknown"
    strength: float = 0.0

    @property
    def conflict(self) -> bool:
        return self.kind == "conflict"


CONFLICT = Relation("conflict")
UNKNOWN = Relation("unknown")

# ---------------------------------------------------------------- places

# Two towns (geo precision 1 town, 2 near a town or district) are one place when their points lie this
# close, by the pair of precisions: a quarter and its city; a village "near" a town; two "near" readings.
PLACE_DISTANCE_KM: dict[tuple[int, int], float] = {
    (1, 1): 5.0,
    (1, 2): 25.0,
    (2, 2): 40.0,
}
# How much each kind of place agreement tells incidents apart. A province holds many incidents a
# week, so a province-level match is weak and needs figures to agree as well (see FIGURES_REQUIRED).
PLACE_STRENGTH: dict[str, float] = {
    "same_town": 2.0,  # one gazetteer entry (or one name) at town or district precision
    "nearby": 1.5,  # two entries within PLACE_DISTANCE_KM of each other
    "town_in_district": 1.25,  # a district-level report and a town or village of that district
    # a report with no place resolved whose evidence names the other's town ("at a Peshawar police station")
    "town_named_in_text": 1.5,
    # "Kunduz" read as the province by one report and as its capital, which bears its name, by another
    "province_named_as_town": 1.5,
    # a village the gazetteer does not know, named by both reports ("the commune of Dablo", "fled Dablo"):
    # the name is the only evidence of place either has (localities.py)
    "unknown_village_named_by_both": 1.5,
    "town_in_province": 0.75,  # a province-level report and a town in that province
    # a report left at the country whose sentence writes the other's province ("in Colombia's Antioquia
    # department"): as much place as a province-level report, but only the cues single the incident out
    "province_named_in_text": 0.75,
    "same_province": 0.75,  # two province-level reports of one province
    # one report names no place below the country both are in ("in northwest Pakistan", or none at all):
    # no evidence of place, only no contradiction; the incident must be singled out otherwise
    "same_country": 0.25,
}
FIGURES_REQUIRED = frozenset({"town_in_province", "same_province"})
# A name the gazetteer does not know may be a township that holds many incidents, or no place at all: two
# reports meet on it only on the same day (UCDP GED dev: two clashes of one week "in Namhsan township")
DAY_REQUIRED = frozenset({"unknown_village_named_by_both"})


def place_level(place: Place | None) -> int | None:
    """1 or 2 for a town (its geo precision), 3 for a province, None for a country or nothing."""
    if place is None:
        return None
    if place.name and place.geo_precision != 3:
        return 2 if place.geo_precision == 2 else 1
    return 3 if place.admin1 else None


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two points, None when either has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def is_district(place: Place) -> bool:
    """A place that is a district itself (its gazetteer entry is the second-level division)."""
    return bool(place.admin2) and norm(place.name) == norm(place.admin2)


def _in_district(district: Place, town: Place) -> bool:
    return is_district(district) and not is_district(town) and norm(town.admin2) == norm(district.admin2)


def _same_entry(a: Place, b: Place) -> bool:
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return norm(a.name) == norm(b.name)


def place_relation(a: Place | None, b: Place | None) -> Relation:
    level_a, level_b = place_level(a), place_level(b)
    if a is not None and b is not None and a.iso3 and b.iso3 and a.iso3.upper() != b.iso3.upper():
        return CONFLICT
    if level_a is None or level_b is None:
        return UNKNOWN  # a country alone holds too many incidents to say anything
    assert a is not None and b is not None
    if level_a <= 2 and level_b <= 2:
        if _same_entry(a, b):
            return Relation("same_town", PLACE_STRENGTH["same_town"])
        if _in_district(a, b) or _in_district(b, a):
            return Relation("town_in_district", PLACE_STRENGTH["town_in_district"])
        km = distance_km(a, b)
        limit = PLACE_DISTANCE_KM[(min(level_a, level_b), max(level_a, level_b))]
        if km is not None and km <= limit:
            return Relation("nearby", PLACE_STRENGTH["nearby"])
        return CONFLICT
    if not a.admin1 or not b.admin1 or norm(a.admin1) != norm(b.admin1):
        return CONFLICT
    if level_a == level_b == 3:
        kind = "same_province"
    else:
        province, town = (a, b) if level_a == 3 else (b, a)
        named_alike = norm(province.admin1) == norm(town.name) and norm(province.name or town.name) == norm(town.name)
        kind = "province_named_as_town" if named_alike else "town_in_province"
    return Relation(kind, PLACE_STRENGTH[kind])


MIN_NAME_LENGTH = 4  # shorter town names ("Ad", "Bor") occur inside too many other words and names


def _names_town(m: EventMention, town: Place | None) -> bool:
    if place_level(town) not in (1, 2) or not town or not town.name or len(town.name) < MIN_NAME_LENGTH:
        return False
    # in the town's own spelling or another ("Finote Salam" for Finote Selam), or by another name of its
    # gazetteer entry ("Muqdisho"): a report with no place below the country cannot be in another country
    # than the town (place_relation has ruled that out)
    if writes_place_name(m.evidence, town.name):
        return True
    return town.geonameid is not None and _names_entry(m.evidence, town.geonameid, town.iso3)


def _names_entry(text: str, geonameid: int, iso3: str | None) -> bool:
    """A run of capitalised words of the text is an exact name of the gazetteer entry (of the country)."""
    entries = _entries_named(text)
    if iso3:
        return (geonameid, iso3) in entries
    return any(found == geonameid for found, _ in entries)


@lru_cache(maxsize=16_384)  # a stored report's evidence meets many towns: looked up once per text, not per town
def _entries_named(text: str) -> frozenset[tuple[int | None, str]]:
    """(geonameid, ISO3) of every gazetteer entry a run of capitalised words of the text names exactly, of
    MIN_NAME_LENGTH letters or more."""
    gazetteer = load_gazetteer()
    return frozenset(
        (e.geonameid, e.iso3)
        for phrase in name_phrases(text) if len(phrase) >= MIN_NAME_LENGTH
        for e, exact in gazetteer.lookup_matches(phrase) if exact
    )  # fmt: skip


def place_agreement(a: EventMention, b: EventMention) -> Relation:
    """``place_relation``, or, where one report resolved no place below its country, whether its own
    evidence names the other's town: an unresolved place is no evidence, but a town named in the text is."""
    found = place_relation(a.place, b.place)
    if found.conflict and _unmeasured(a.place, b.place) and (
        _names_town_only(a, b.place) or _names_town_only(b, a.place)
    ):
        # a quarter with no coordinates and its city, named together by one report ("Mogadishu's Hodan
        # district"): no distance to measure, but the report itself puts one inside the other
        return Relation("town_named_in_text", PLACE_STRENGTH["town_named_in_text"])
    if found != UNKNOWN:
        return found
    if (place_level(a.place) is None and _names_town(a, b.place)) or (
        place_level(b.place) is None and _names_town(b, a.place)
    ):
        return Relation("town_named_in_text", PLACE_STRENGTH["town_named_in_text"])
    if (_country_less(a) and _names_town_of_province(a, b.place)) or (
        _country_less(b) and _names_town_of_province(b, a.place)
    ):
        # "an armed group attacked a bar in Celaya" (no country resolved) beside "a bar in Guanajuato state":
        # the town its text names lies in the other's province, as if it had been resolved to that town
        return Relation("town_in_province", PLACE_STRENGTH["town_in_province"])
    if shared_unknown_locality(a, b):
        return Relation("unknown_village_named_by_both", PLACE_STRENGTH["unknown_village_named_by_both"])
    if _province_named_in_text(a, b.place) or _province_named_in_text(b, a.place):
        # "in Haiti's central Artibonite department" left at the country by the place stages: the report
        # itself puts the incident in the other's province
        return Relation("province_named_in_text", PLACE_STRENGTH["province_named_in_text"])
    if _same_country(a.place, b.place):
        if _country_part(a, b) == "conflicts":
            return CONFLICT  # "in northern Nigeria" is not Lagos
        return Relation("same_country", PLACE_STRENGTH["same_country"])
    return UNKNOWN


def _province_named_in_text(m: EventMention, other: Place | None) -> bool:
    """The report is placed no lower than the other's country, and its evidence writes the other's province."""
    if place_level(m.place) is not None or place_level(other) is None or other is None or not other.admin1:
        return False
    if _country_less(m) or not _same_country(m.place, other) or len(other.admin1) < MIN_NAME_LENGTH:
        return False
    return writes_place_name(m.evidence, other.admin1)


def _country_less(m: EventMention) -> bool:
    """The report resolved no country (a report placed in a country chose not to place it at the towns its
    text names: a dateline's city, a town the victims fled to)."""
    return m.place is None or not m.place.iso3


def _names_town_of_province(m: EventMention, province: Place | None) -> bool:
    """The report's evidence names a place the gazetteer has in the province (a province-level place)."""
    if place_level(province) != 3 or province is None or not province.admin1 or not province.iso3:
        return False
    return province_key(province.iso3, province.admin1) in provinces_named(m.evidence)


def province_key(iso3: str, admin1: str) -> str:
    return f"{iso3.upper()}:{norm(admin1)}"


@lru_cache(maxsize=16_384)  # a stored report's evidence meets the same provinces again and again
def provinces_named(text: str) -> frozenset[str]:
    """The provinces (``province_key``) of every place whose exact name is a run of capitalised words of the
    text, of MIN_NAME_LENGTH letters or more."""
    gazetteer = load_gazetteer()
    return frozenset(
        province_key(e.iso3, e.admin1)
        for phrase in name_phrases(text) if len(phrase) >= MIN_NAME_LENGTH
        for e, exact in gazetteer.lookup_matches(phrase) if exact and e.admin1 and e.iso3
    )  # fmt: skip


def _country_part(a: EventMention, b: EventMention) -> str | None:
    """Whether the report naming no place below the country names a part of it ("in central Myanmar")
    the other's place lies in (directions.part_relation), when exactly one of them is placed."""
    if place_level(a.place) is None and place_level(b.place) is not None:
        return part_relation(a, b)
    if place_level(b.place) is None and place_level(a.place) is not None:
        return part_relation(b, a)
    return None


def _names_town_only(m: EventMention, town: Place | None) -> bool:
    """The report's evidence names the town, and the name is not its province's too ("Khanabad, Kunduz")."""
    return town is not None and norm(town.name) != norm(town.admin1) and _names_town(m, town)


def _unmeasured(a: Place | None, b: Place | None) -> bool:
    """Two towns of one province whose distance cannot be measured (one has no coordinates)."""
    if a is None or b is None or place_level(a) not in (1, 2) or place_level(b) not in (1, 2):
        return False
    same_province = bool(a.admin1) and norm(a.admin1) == norm(b.admin1)
    return same_province and _same_country(a, b) and distance_km(a, b) is None


def _same_country(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and bool(a.iso3) and (a.iso3 or "").upper() == (b.iso3 or "").upper()


# ---------------------------------------------------------------- dates

# The days a date of each ACLED time precision covers, as (days before, days after) the date, when the
# report gives no explicit range: a day (±1: "Sunday night" is Monday to a later report), a week, a month.
TIME_WINDOW_DAYS: dict[int, tuple[int, int]] = {1: (1, 1), 2: (3, 3), 3: (15, 15)}
UNKNOWN_PRECISION_WINDOW = (3, 3)
# A range a report gives ("last week", "earlier this month") is counted from its own publication day,
# which is not the day another report counts from: a range is widened by this many days a side (a day
# as much as TIME_WINDOW_DAYS widens a date without a range).
REFERENCE_SLACK_DAYS: dict[int, int] = {1: 1, 2: 2, 3: 3}
# How much overlapping dates tell incidents apart, by the coarser precision of the two.
DATE_STRENGTH: dict[str, float] = {
    "same_day": 2.0,  # both precise to the day, the same day
    "adjacent_day": 1.0,  # both precise to the day, one apart (overnight, or told relative to another day)
    "same_week": 1.0,  # overlapping windows, the coarser a week (or an explicit range of up to 10 days)
    "same_month": 0.5,  # overlapping windows, the coarser a month or more
    # a recalled incident the report gives no date for, within RECALLED_UNDATED_DAYS before the report
    "before_report": 0.5,
}
CORROBORATION_REQUIRED = frozenset({"adjacent_day"})  # needs the same toll, perpetrator or wording as well
# Two weeks in one town hold several incidents of one perpetrator: an undated recalled incident is singled
# out by its toll, or by the same wording with a number in common (UCDP GED dev: two junta raids on Sagaing
# villages met on "Military Forces of Myanmar" alone).
TOLL_REQUIRED = frozenset({"before_report"})
MAX_DAY_GAP = 1  # two days, each reported to the day, further apart than this never meet
BACKGROUND_SLACK_DAYS = 3  # "last week's attack": a recalled date is fuzzy
REPORT_GAP_DAYS = 3  # reports that date an incident no closer than a week meet only when this close
# An incident a follow-up recalls without a date ("arrested six suspects over last week's killing of 11
# villagers in Aila", "the recent bombing"): it happened before the report, and a follow-up recalls a recent
# one. Its days are taken as these many before the report's publication, up to that day.
RECALLED_UNDATED_DAYS = 14


def date_window(m: EventMention, *, slack: bool = True) -> tuple[dt.date, dt.date] | None:
    """The days the event may fall on: the report's range (widened by REFERENCE_SLACK_DAYS) or its date's
    TIME_WINDOW_DAYS, widened again for a background mention; ``slack=False``: the bare range."""
    if m.date_earliest and m.date_latest:
        widen = dt.timedelta(days=REFERENCE_SLACK_DAYS.get(m.time_precision or 0, 0) if slack else 0)
        low, high = m.date_earliest - widen, m.date_latest + widen
    elif m.date is not None:
        before, after = TIME_WINDOW_DAYS.get(m.time_precision or 0, UNKNOWN_PRECISION_WINDOW)
        low, high = m.date - dt.timedelta(days=before), m.date + dt.timedelta(days=after)
    else:
        return None
    if m.background and slack:
        widen = dt.timedelta(days=BACKGROUND_SLACK_DAYS)
        low, high = low - widen, high + widen
    return low, high


def _dated_only_by_their_reports(
    a: EventMention, b: EventMention, a_published: dt.date | None, b_published: dt.date | None
) -> bool:
    """Neither report dates the incident to the day or to a span of its own, and they came out more than
    REPORT_GAP_DAYS apart."""
    if a_published is None or b_published is None or a.background or b.background:
        return False
    if a.time_precision == 1 or b.time_precision == 1:
        return False
    if _dated_before_report(a, a_published) or _dated_before_report(b, b_published):
        return False  # "last week's attack" says when: a week before its report, which the other may share
    return abs((a_published - b_published).days) > REPORT_GAP_DAYS


def _dated_before_report(m: EventMention, published: dt.date) -> bool:
    """The report gives the incident a span that ends before its own publication ("last week", "in June"):
    a date of its text, not the week before the report that an undated report is given."""
    latest = m.date_latest or m.date
    return latest is not None and latest < published


def recalled_window(m: EventMention, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days an undated recalled incident may fall on (RECALLED_UNDATED_DAYS before its report's
    publication); None for a report that dates its incident, tells it rather than recalls it, or has no
    publication date."""
    if published is None or date_window(m) is not None or not (m.background or is_toll_update(m)):
        return None
    return published - dt.timedelta(days=RECALLED_UNDATED_DAYS), published


def _bounded(m: EventMention, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    span = date_window(m) or recalled_window(m, published)
    if span is None:
        return None
    low, high = span
    if published is not None and low <= published < high:
        high = published  # an article cannot report what has not happened yet
    return low, high


def _width(m: EventMention) -> int:
    span = date_window(m, slack=False)
    return (span[1] - span[0]).days if span else 999


# A span this short ("the night of 7 to 8 July", or an undated part of an incident its report's lead dates to
# the day: "the enemy attacked with 62 drones on the night of 7 to 8 July ... In Sumy, a drone struck a
# building") says as much as a day read with its slack (TIME_WINDOW_DAYS): it counts as close as two days a
# day apart, which need the same toll, perpetrator or wording (CORROBORATION_REQUIRED), not as a week's
SHORT_SPAN_DAYS = 2


def within_short_spans(a: EventMention, b: EventMention) -> bool:
    """Both reports date the incident within SHORT_SPAN_DAYS of a range (a day counts with its slack)."""
    return max(_width(a), _width(b)) <= SHORT_SPAN_DAYS


def date_relation(
    a: EventMention, b: EventMention, a_published: dt.date | None = None, b_published: dt.date | None = None
) -> Relation:
    ra, rb = _bounded(a, a_published), _bounded(b, b_published)
    if ra is None or rb is None:
        # undated: no evidence, but a report cannot tell of an incident after its own publication
        if ra is not None and b_published is not None and ra[0] > b_published:
            return CONFLICT
        if rb is not None and a_published is not None and rb[0] > a_published:
            return CONFLICT
        return UNKNOWN
    if ra[0] > rb[1] or rb[0] > ra[1]:
        return CONFLICT
    if _dated_only_by_their_reports(a, b, a_published, b_published):
        return CONFLICT  # two reports a week apart, neither saying when: a later one on the same news says when
    if date_window(a) is None or date_window(b) is None:
        kind = "before_report"  # one is dated only by its report's publication (recalled_window)
    elif a.time_precision == 1 and b.time_precision == 1 and a.date and b.date:
        gap = abs((a.date - b.date).days)
        if gap > (BACKGROUND_SLACK_DAYS if a.background or b.background else MAX_DAY_GAP):
            return CONFLICT  # the windows' slack meets, but two reported days two apart are two days
        kind = "same_day" if gap == 0 else "adjacent_day"
    elif max(_width(a), _width(b)) <= 10:
        kind = "same_week"
    else:
        kind = "same_month"
    return Relation(kind, DATE_STRENGTH[kind])


# ---------------------------------------------------------------- event types

# Families that may describe one incident: outlets code a mosque bombing as a suicide bomb or as an
# attack on civilians, and ACLED folds an airstrike during a battle into the battle.
VIOLENT_FAMILIES = frozenset({"battle", "explosion", "civilians"})
TYPE_STRENGTH: dict[str, float] = {
    "same_sub_event_type": 1.0,
    "same_family": 0.5,
    "violent_families": 0.25,  # a battle told by another outlet as shelling or an attack on civilians
}


def type_family(m: EventMention) -> str:
    """The coarse kind of event; affiliation changes are their own family (not a clash or a base)."""
    family = {
        "Battles": "battle", "Explosions/Remote violence": "explosion", "Violence against civilians": "civilians",
        "Protests": "protest", "Riots": "protest",
    }.get(m.event_type)  # fmt: skip
    if family:
        return family
    if m.event_type == "Strategic developments":
        return "affiliation" if m.sub_event_type == "Change to group/activity" else "strategic"
    return "other"


# A crowd's attack is told by one outlet as mob violence and by another as an attack on villagers (and a gang
# that kills and loots as either): it meets the violent families, as they meet each other. A violent
# demonstration stays a protest.
CROWD_VIOLENCE = "Mob violence"


def _violent(m: EventMention, family: str) -> bool:
    return family in VIOLENT_FAMILIES or m.sub_event_type == CROWD_VIOLENCE


def type_relation(a: EventMention, b: EventMention) -> Relation:
    fa, fb = type_family(a), type_family(b)
    if fa == fb:
        kind = "same_sub_event_type" if a.sub_event_type == b.sub_event_type else "same_family"
    elif _violent(a, fa) and _violent(b, fb):
        kind = "violent_families"
    else:
        return CONFLICT
    return Relation(kind, TYPE_STRENGTH[kind])


# ---------------------------------------------------------------- actors

ACTOR_STRENGTH: dict[str, float] = {
    "same_named_actor1": 1.5,  # one named perpetrator (or claimant) in both, on either side
    # a group and the organisation it is a branch of, by the actor KB's branch_of: the Islamic State's
    # Central Africa Province claims the ADF's raids; one side, but a weaker cue than one name
    "branch_actor1": 0.75,
    "same_named_actor2": 0.5,  # the same named armed target: a weaker cue (civilians count for nothing)
}


def _named(name: str | None) -> str:
    """The folded name of an actor that singles out a group, "" for a generic one. Civilians, protesters
    and rioters are named by their country alone ("Protesters (Myanmar)"): a country holds many protests a
    week, so two reports naming them agree on no perpetrator (UCDP GED dev: Yangon and Mandalay crackdowns
    of one week met on "Protesters (Myanmar)")."""
    return "" if is_generic_actor(name) or is_unarmed_actor(name) else norm(name)


def _actor_names(m: EventMention) -> dict[str, str]:
    """Folded name → name, of every named actor of a report."""
    names = (m.actor1, m.actor2, m.claimed_by, *m.assoc_actor_1, *m.assoc_actor_2)
    return {_named(n): n for n in names if n and _named(n)}


def _shared_perpetrators(a: EventMention, b: EventMention) -> list[str]:
    """The named perpetrators (actor1 or claimant) of either report that the other report names too."""
    a_all, b_all = _actor_names(a), _actor_names(b)
    found = []
    for m, other in ((a, b_all), (b, a_all)):
        name = m.actor1 or m.claimed_by
        if _named(name) in other:
            found.append(name)
    return found  # type: ignore[return-value]


def _branch_of_one(a: str | None, b: str | None) -> bool:
    """One perpetrator is the KB's branch of the other (one step: two provinces of the Islamic State are
    two groups)."""
    kb = load_actor_kb()
    first, second = (kb.get(a) if a else None), (kb.get(b) if b else None)
    if first is None or second is None:
        return False
    return first.branch_of == second.actor_id or second.branch_of == first.actor_id


MIN_ACRONYM = 3  # "ADF", "TTP": shorter capitals ("IS", "UN") stand for too many things


@lru_cache(maxsize=16_384)  # a stored report's evidence meets the same perpetrators again and again
def writes_actor(text: str, name: str) -> bool:
    """The text names the actor: its name or a knowledge-base alias, an acronym only in capitals."""
    entry = load_actor_kb().get(name)
    for alias in {name, *(entry.aliases if entry else ())}:
        if alias.isupper() and len(alias) >= MIN_ACRONYM:
            if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                return True
        elif len(alias) > MIN_ACRONYM and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text, re.IGNORECASE):
            return True
    return False


def _among(name: str, names: set[str]) -> bool:
    """The folded name is one of the names, a state force named without its country included ("Military
    Forces", from a report that resolved no country, is "Military Forces of Nigeria")."""
    return name in names or any(n.startswith(name + " of ") or name.startswith(n + " of ") for n in names)


@lru_cache(maxsize=4_096)
def _source_is_force(source: str, force: str) -> bool:
    """The report's source ("a police officer", "a local army spokesman") is a member of the state force:
    a phrase of the actor KB's generic agents whose role names that force."""
    kb = load_actor_kb()
    words = normalize_key(source).split()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            role = kb.agents.get(" ".join(words[i:j]))
            if role in kb.roles and force.startswith(kb.roles[role].without_country):
                return True
    return False


def _quoted_force_as_perpetrator(m: EventMention, other: EventMention) -> bool:
    """The report's perpetrator is the state force it quotes ("mortars fell on houses, a police officer said":
    actor1 the police), the other names a non-state perpetrator, and their tolls agree: the force speaks of
    the incident, it need not have done it."""
    if not m.attributed_to or not m.actor1 or not _is_state_force(m.actor1):
        return False
    name = other.actor1 or other.claimed_by
    if not name or _is_state_force(name) or not _source_is_force(m.attributed_to, m.actor1):
        return False
    return figure_relation(m, other).kind == "same_figure"


def _names_other_perpetrator(m: EventMention, other: EventMention) -> bool:
    """The report's evidence names the other report's (named, non-state) perpetrator."""
    name = other.actor1 or other.claimed_by
    return bool(name) and not _is_state_force(name) and writes_actor(m.evidence, name)  # type: ignore[arg-type]


def actor_relation(a: EventMention, b: EventMention) -> Relation:
    """Named actors: the same perpetrator on either side agrees; two different named perpetrators, neither
    named by the other report at all, conflict; generic or missing names say nothing."""
    a1, b1 = _named(a.actor1 or a.claimed_by), _named(b.actor1 or b.claimed_by)
    a_all = {_named(n) for n in (a.actor1, a.actor2, a.claimed_by, *a.assoc_actor_1, *a.assoc_actor_2)} - {""}
    b_all = {_named(n) for n in (b.actor1, b.actor2, b.claimed_by, *b.assoc_actor_1, *b.assoc_actor_2)} - {""}
    if a1 and b1:
        if _among(a1, b_all) or _among(b1, a_all):
            return Relation("same_named_actor1", ACTOR_STRENGTH["same_named_actor1"])
        if _branch_of_one(a.actor1 or a.claimed_by, b.actor1 or b.claimed_by):
            return Relation("branch_actor1", ACTOR_STRENGTH["branch_actor1"])
        if confused_perpetrators(a.actor1 or a.claimed_by, b.actor1 or b.claimed_by):
            return UNKNOWN  # "Boko Haram" for an ISWAP raid: outlets' attributions differ, no conflict
        if _names_other_perpetrator(a, b) or _names_other_perpetrator(b, a):
            # "suspected ADF rebels killed seven ..., an army spokesman said": one report's perpetrator was
            # read as the army that spoke, and its own words name the other's perpetrator. No conflict, but
            # no agreement either: which side the text gives that name is not known
            return UNKNOWN
        if _quoted_force_as_perpetrator(a, b) or _quoted_force_as_perpetrator(b, a):
            return UNKNOWN
        return CONFLICT
    a2, b2 = _named(a.actor2), _named(b.actor2)
    if a2 and b2 and a2 == b2:  # civilians as targets single out nothing (``_named``)
        return Relation("same_named_actor2", ACTOR_STRENGTH["same_named_actor2"])
    return UNKNOWN


# ---------------------------------------------------------------- figures

FIGURE_STRENGTH: dict[str, float] = {
    "same_figure": 1.0,  # the same toll (ranges that meet): tolls of different incidents rarely coincide
    # a toll update's figure above the other report's: what "has risen to 21" rose from (12, "at least 18");
    # weaker than one toll, since any smaller count is below it
    "risen_toll": 0.5,
}
# "the toll from the Konduga market bombings had risen to 21", "the death toll from Friday night's attack on
# Yelwata has risen to 31": a follow-up that names its incident only as what a toll counts. Like a recalled
# incident it is named by its place and kind, and its date is only "before this report".
# Without the incident named: "the death toll has risen to 12 after more bodies were found", "the number of
# people killed ... rose to 12", "bringing the toll to 12".
_ROSE_TO = r"(?:(?:has|had)\s+)?(?:now\s+)?(?:risen|rose|climbed|increased|jumped)\s+to\b"
TOLL_UPDATE = re.compile(
    rf"\btoll\s+(?:from|of|in)\s+[^.;]{{3,120}}?\b{_ROSE_TO}"
    rf"|\btoll\s+{_ROSE_TO}"
    rf"|\bnumber\s+of\s+(?:people\s+killed|(?:the\s+)?dead|deaths|victims|those\s+killed)\b[^.;]{{0,120}}?\b{_ROSE_TO}"
    r"|\b(?:bringing|raising|taking)\s+the\s+(?:death\s+)?toll\s+to\b",
    re.IGNORECASE,
)


def is_toll_update(m: EventMention) -> bool:
    return _tells_toll_update(m.evidence)


@lru_cache(maxsize=16_384)  # asked of each report for every candidate pair it is in; its evidence stays the same
def _tells_toll_update(text: str) -> bool:
    return TOLL_UPDATE.search(text) is not None
# "At least N" (no upper bound) meets a toll from N up to this many times N: the first count of a rising
# toll ("at least 27", then 41; "at least 14", then 19), rarely under half of the final one.
OPEN_FIGURE_SPAN = 2
# An "at least N" published before the other report had days to grow: an early count of a village raid is
# often under half the toll told two days later ("at least five", then 12). From the day after its
# publication, an open figure meets tolls up to this many times N.
LATER_OPEN_FIGURE_SPAN = 3


def _figure_range(m: EventMention) -> tuple[int, int] | None:
    low = m.fatalities_min if m.fatalities_min is not None else m.fatalities_max
    if low is None:
        return None
    high = m.fatalities_max if m.fatalities_max is not None else low
    return low, high


def _is_open(m: EventMention) -> bool:
    return m.fatalities_min is not None and m.fatalities_max is None


def _figure_span(m: EventMention, other: EventMention, grown: bool = False) -> tuple[int, int] | None:
    """The tolls a report's figure is consistent with: its range, or for an open "at least N" facing a
    stated toll, N up to OPEN_FIGURE_SPAN × N (two open figures meet only at the same N); ``grown``: the
    other report came out on a later day (LATER_OPEN_FIGURE_SPAN)."""
    found = _figure_range(m)
    if found is None or not _is_open(m) or other.fatalities_min is None or _is_open(other):
        return found
    return found[0], found[0] * (LATER_OPEN_FIGURE_SPAN if grown else OPEN_FIGURE_SPAN)


def figure_relation(
    a: EventMention, b: EventMention, a_published: dt.date | None = None, b_published: dt.date | None = None
) -> Relation:
    """Tolls rise over days and differ between sources, so different figures never conflict; the same
    non-zero figure agrees (an open "at least N" agrees with a toll it may have grown into by the other
    report's publication)."""
    a_first = a_published is not None and b_published is not None and a_published < b_published
    b_first = a_published is not None and b_published is not None and b_published < a_published
    ra, rb = _figure_span(a, b, grown=a_first), _figure_span(b, a, grown=b_first)
    if ra is None or rb is None or max(ra[1], rb[1]) == 0:
        return UNKNOWN
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return Relation("same_figure", FIGURE_STRENGTH["same_figure"])
    if is_toll_update(a) != is_toll_update(b):
        update, earlier = (ra, rb) if is_toll_update(a) else (rb, ra)
        if 0 < earlier[0] < update[0]:
            return Relation("risen_toll", FIGURE_STRENGTH["risen_toll"])
    return UNKNOWN


# ---------------------------------------------------------------- cues that single out one incident

# A report naming only the province, or no place below the country, is one incident with another only
# when other cues, independent of each other, single the incident out: each cue's weight below, and the
# sum each such place agreement needs (SINGLING_OUT_NEEDED). A place kind not listed needs none.
SINGLING_OUT_WEIGHT: dict[str, float] = {
    "same_named_actor1": 1.0,  # one named non-state perpetrator in both ("ISWAP", "CODECO")
    "same_state_actor1": 0.5,  # one state force: it fights in many places of its country on one day
    "same_figure": 1.0,  # the same toll
    "same_small_figure": 0.5,  # the same toll of at most SMALL_TOLL: such tolls coincide every day
    # with no toll in common, the same count of people or things ("abducted 20 villagers" / "kidnapped 20
    # people", "eight travellers" / "eight passengers"), above SMALL_TOLL
    "same_count": 1.0,
    "same_day": 1.0,  # both dated to the same day
    "same_sub_event_type": 0.5,
    # the placed report's town lies in the part of the country the other names ("in central Myanmar")
    "same_part_of_country": 1.0,
    "distinctive_words": 1.0,  # two or more distinctive words in common ("motorcycle", "market")
    "distinctive_word": 0.5,  # one ("school")
}
SMALL_TOLL = 3
SINGLING_OUT_NEEDED: dict[str, float] = {
    "town_in_province": 2.0,  # or the same toll, or alike wording (FIGURES_REQUIRED), and the score
    "same_province": 2.0,
    # a country holds more: a named perpetrator on the same day is not enough (Boko Haram strikes
    # several towns a day)
    "same_country": 2.5,
    # on one day, as a country: a small toll with the day and the type is not enough (only its sentence, not
    # the place stages, puts the report in the province)
    "province_named_in_text": 2.5,
}
# The cues count at SINGLING_OUT_NEEDED only for two reports of the same day: a province or a country
# holds several incidents of one group and kind a week (UCDP GED dev: week-only merges by cues fused
# reports of different executions, clashes and crackdowns). Within a week they must weigh
# WEEK_SINGLING_OUT_NEEDED without the day (below). The type counts only as far as TYPE_STRENGTH allows
# (outlets code one raid as a clash or as an attack on civilians).
SINGLING_OUT_DATES = frozenset({"same_day"})
# A follow-up a week later often names only the province or the country and dates the incident to the
# week ("last weekend's attack in the north of the country"). Without the day, the other cues must
# single the incident out on their own, each place kind needing this much from at least two cues; a
# small toll is no cue here (such tolls coincide every week), and a report naming only the country
# meets only a report that places the incident (two country-only reports of one week, both dated by
# their publication, are two round-ups: UCDP GED dev, two Myanmar wrap-ups "six killed").
WEEK_SINGLING_OUT_NEEDED: dict[str, float] = {
    "town_in_province": 2.5,
    "same_province": 2.5,
    "same_country": 2.5,
    "province_named_in_text": 2.5,
}
WEEK_SINGLING_OUT_DATES = frozenset({"same_week"})
# In a province, the same toll (not a small one) with the same sub-event type is enough: a rolling toll's
# follow-up ("a week after 41 villagers were killed in an attack in Plateau State").
WEEK_TOLL_AND_TYPE_ENOUGH = frozenset({"town_in_province", "same_province", "province_named_in_text"})
# A town at war holds several incidents of one kind a week, often by one perpetrator (UCDP GED dev: Raqqa
# clashes with the Islamic State three days apart; two army attacks on Mandalay civilians in one week).
# Two reports of a town that date the incident only to the week or the month are one incident only when
# their cues weigh this much: a named non-state perpetrator with the same sub-event type, the toll with
# a perpetrator or the type, or distinctive words with any other cue. A recalled (background) incident
# is exempt: it is named by its place and kind, its date fuzzy by nature (BACKGROUND_THRESHOLD).
COARSE_DATES = frozenset({"same_week", "same_month"})
COARSE_DATE_CUES_NEEDED = 1.5


def _is_state_force(name: str | None) -> bool:
    entry = load_actor_kb().get(name) if name else None
    return entry is not None and entry.type == "State forces"


def singling_out_cues(
    a: EventMention, b: EventMention, found: dict[str, Relation], distinctive: frozenset[str]
) -> list[str]:
    """The SINGLING_OUT_WEIGHT cues a pair shows (``found``: the fields' relations; ``distinctive``:
    ``wording.distinctive_shared_words`` of the pair)."""
    cues = []
    if found["actors"].kind == "same_named_actor1":
        shared = _shared_perpetrators(a, b)
        cues.append("same_state_actor1" if all(_is_state_force(n) for n in shared) else "same_named_actor1")
    if found["figures"].kind == "same_figure":
        small = max(_figure_range(a) or (0, 0)) <= SMALL_TOLL and max(_figure_range(b) or (0, 0)) <= SMALL_TOLL
        cues.append("same_small_figure" if small else "same_figure")
    elif any(n > SMALL_TOLL for n in counts(a.evidence) & counts(b.evidence)):
        cues.append("same_count")
    for field, kind in (("date", "same_day"), ("type", "same_sub_event_type")):
        if found[field].kind == kind:
            cues.append(kind)
    if len(distinctive) >= 2:
        cues.append("distinctive_words")
    elif distinctive:
        cues.append("distinctive_word")
    # the part of the country narrows the place, it does not single an incident out: it counts beside two
    # cues of the incident itself (its toll, perpetrator, count, words), never with only day, type and one
    # of them (CASE 2021 snippets, one batch of one publication day: the largest event grew from 4 to 5)
    own = {"same_named_actor1", "same_figure", "same_count", "distinctive_words", "distinctive_word"}
    if found["place"].kind == "same_country" and len(own & set(cues)) >= 2 and _country_part(a, b) == "agrees":
        cues.append("same_part_of_country")
    return cues


def cue_weight(cues: list[str]) -> float:
    return sum(SINGLING_OUT_WEIGHT[c] for c in cues)


def singled_out(cues: list[str], place_kind: str) -> bool:
    """Whether the cues weigh enough for the place agreement (always, for a kind that needs none)."""
    return cue_weight(cues) >= SINGLING_OUT_NEEDED.get(place_kind, 0.0)


def singled_out_in_week(a: EventMention, b: EventMention, cues: list[str], place_kind: str) -> bool:
    """Whether the cues, with no day in common, weigh enough for a coarse place (WEEK_SINGLING_OUT_NEEDED)."""
    needed = WEEK_SINGLING_OUT_NEEDED.get(place_kind)
    unplaced = place_level(a.place) is None and place_level(b.place) is None
    if needed is None or (place_kind == "same_country" and unplaced):
        return False
    kept = [c for c in cues if c != "same_small_figure"]
    if place_kind in WEEK_TOLL_AND_TYPE_ENOUGH and {"same_figure", "same_sub_event_type"} <= set(kept):
        return True
    return len(kept) >= 2 and cue_weight(kept) >= needed


# ---------------------------------------------------------------- merge confidence

# How often a merge resting on each kind of place and date agreement is right, 0-1: read off the fusion
# dev sets (benchmarks/fusion_calibration.py prints the reliability table these values are checked by).
MERGE_CONFIDENCE: dict[str, float] = {
    "copy": 0.99,  # a syndicated copy of one story
    "town_same_day": 0.98,  # one town (or a town named in the text), the same day
    "town": 0.95,  # one town, a coarser date agreement
    "province": 0.93,  # a town and its province, or one province: singled out by the toll or the cues
    "country": 0.9,  # one report names no place below the country: singled out by the cues alone
    "analyst": 0.99,  # an analyst's merge
    "chained": 0.9,  # joined through other reports only: no pair of the two agrees enough on its own
    # not merged: a pair of events offered to the analyst as possible duplicates (possible_duplicates.py),
    # one incident after all about one time in ten (fusion dev sets: 2 of 24)
    "possible_duplicate": 0.1,
}
PLACE_GROUP: dict[str, str] = {
    "same_town": "town", "nearby": "town", "town_in_district": "town", "town_named_in_text": "town",
    "province_named_as_town": "town", "unknown_village_named_by_both": "town",
    "town_in_province": "province", "same_province": "province", "province_named_in_text": "province",
    "same_country": "country",
}  # fmt: skip


def merge_class(place_kind: str, date_kind: str) -> str:
    """The MERGE_CONFIDENCE row of a pair that agrees on this place and date kind."""
    group = PLACE_GROUP.get(place_kind, "chained")
    return "town_same_day" if group == "town" and date_kind == "same_day" else group


# ---------------------------------------------------------------- corroboration

# How far one report agrees with the fused record, 0–1: the shares its place and date agreement earn,
# plus a named perpetrator and the toll. A report agreeing on town and day corroborates fully; one
# agreeing on nothing but the country and the week corroborates nothing.
CORROBORATION_SHARE: dict[str, float] = {
    "same_town": 0.5, "province_named_as_town": 0.5, "nearby": 0.35, "town_named_in_text": 0.35,
    "unknown_village_named_by_both": 0.35,
    "town_in_district": 0.3,
    "town_in_province": 0.2, "same_province": 0.2, "province_named_in_text": 0.2,
    "same_day": 0.5, "adjacent_day": 0.25, "same_week": 0.25, "same_month": 0.1,
    "same_named_actor1": 0.25, "same_figure": 0.25,
}  # fmt: skip


# A report that names no place below the country corroborates at most this much, however well its day,
# perpetrator and toll agree: it cannot confirm where the incident happened.
PLACELESS_AGREEMENT_CAP = 0.5


def agreement_with_record(m: EventMention, record: EventMention) -> float:
    """How far a report corroborates the fused record (given as a mention), 0–1 (CORROBORATION_SHARE)."""
    found = [
        place_agreement(m, record), date_relation(m, record), actor_relation(m, record),
        figure_relation(m, record),
    ]  # fmt: skip
    if found[0].strength <= 0 or found[1].conflict:
        return 0.0  # a report that does not place the incident where the record does corroborates nothing
    if found[0].kind == "same_country" and found[1].kind not in SINGLING_OUT_DATES:
        return 0.0  # nor one that shares only the country and a week or a month with it
    share = sum(CORROBORATION_SHARE.get(r.kind, 0.0) for r in found)
    cap = PLACELESS_AGREEMENT_CAP if found[0].kind == "same_country" else 1.0
    return round(min(cap, share), 4)
