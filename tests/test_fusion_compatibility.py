"""Every row of fusion's compatibility tables (fuse/compatibility.py) with a case that reaches it, and
the decisions they add up to: positive evidence merges, a missing field never does, conflicts split."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventledger.fuse import (
    DocumentMeta,
    block_keys,
    cluster,
    conflicting,
    fuse_event,
    lookup_keys,
    same_event,
    town_keys,
)
from eventledger.fuse import compatibility as c
from eventledger.fuse.coreference import relations
from eventledger.fuse.evidence import merge_evidence
from eventledger.fuse.wording import distinctive_shared_words
from eventledger.models import EventMention, Place

MONDAY = dt.date(2023, 11, 6)
KISMAYO = Place("Kismayo", "Somalia", "SOM", "Lower Juba", latitude=-0.3582, longitude=42.5454, geo_precision=1,
                geonameid=51 )  # fmt: skip
# a quarter of the town 2.2 km north, and a village "near" it 18 km away (geo precision 2)
KISMAYO_QUARTER = dataclasses.replace(KISMAYO, name="Farjano", latitude=-0.3382, geonameid=52)
NEAR_KISMAYO = dataclasses.replace(KISMAYO, name="Bulo Gadud", latitude=-0.1962, geo_precision=2, geonameid=53)
# 60 km away: not "near" Kismayo any more
FAR_VILLAGE = dataclasses.replace(KISMAYO, name="Jamaame", latitude=0.1818, geo_precision=2, geonameid=54)
AFMADOW = Place("Afmadow", "Somalia", "SOM", "Lower Juba", latitude=0.5124, longitude=42.0719, geo_precision=1,
                geonameid=55)  # fmt: skip
LOWER_JUBA = Place(None, "Somalia", "SOM", "Lower Juba", geo_precision=3)
HIRAAN_TOWN = Place("Beledweyne", "Somalia", "SOM", "Hiraan", latitude=4.7358, longitude=45.2036, geo_precision=1,
                    geonameid=56)  # fmt: skip
SOMALIA = Place(None, "Somalia", "SOM")
KENYA_TOWN = Place("Garissa", "Kenya", "KEN", "Garissa", latitude=-0.4532, longitude=39.6461, geo_precision=1)
# "Kunduz" the province (named as its capital by ACLED's convention) and Kunduz the city
KUNDUZ_CITY = Place("Kunduz", "Afghanistan", "AFG", "Kunduz", latitude=36.728, longitude=68.868, geo_precision=1)
KUNDUZ_PROVINCE = Place("Kunduz", "Afghanistan", "AFG", "Kunduz", latitude=36.728, longitude=68.868, geo_precision=3)


def report(mention_id: str, **fields: object) -> EventMention:
    base: dict[str, object] = {
        "mention_id": mention_id, "document_id": mention_id.split("#")[0],
        "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
        "evidence": "", "start": 0, "end": 1, "date": MONDAY, "time_precision": 1, "place": KISMAYO,
    }  # fmt: skip
    base.update(fields)
    return EventMention(**base)  # type: ignore[arg-type]


def same(a: EventMention, b: EventMention, published: dt.date = MONDAY + dt.timedelta(days=1)) -> bool:
    return same_event(a, b, a_published=published, b_published=published)[0]


# ---------------------------------------------------------------- places: one case per row

KISMAYO_DISTRICT = Place("Kismaayo District", "Somalia", "SOM", "Lower Juba", "Kismaayo District", latitude=-0.1,
                         longitude=42.3, geo_precision=2, geonameid=57)  # fmt: skip
VILLAGE_IN_DISTRICT = Place("Yontoy", "Somalia", "SOM", "Lower Juba", "Kismaayo District", latitude=0.21,
                            longitude=42.62, geo_precision=1, geonameid=58)  # fmt: skip

PLACE_CASES = {
    "same_town": (KISMAYO, KISMAYO),
    "town_named_in_text": (SOMALIA, KISMAYO),  # with evidence naming Kismayo, below
    "town_in_district": (KISMAYO_DISTRICT, VILLAGE_IN_DISTRICT),  # ~40 km from the district's centre
    "nearby": (KISMAYO, KISMAYO_QUARTER),  # (1, 1): 2.2 km <= 5 km
    "province_named_as_town": (KUNDUZ_PROVINCE, KUNDUZ_CITY),
    "town_in_province": (LOWER_JUBA, KISMAYO),
    "same_province": (LOWER_JUBA, LOWER_JUBA),
    "same_country": (SOMALIA, LOWER_JUBA),  # the text names Kismayo, but the other report's place is no town
    "unknown_village_named_by_both": (SOMALIA, None),  # with evidence naming Gaskinde, no place of the gazetteer
    "province_named_in_text": (SOMALIA, KISMAYO),  # with evidence naming Lower Juba, below
}
PLACE_TEXTS = {
    "unknown_village_named_by_both": "A bomb went off in Gaskinde.",
    "province_named_in_text": "A bomb went off in a town of the Lower Juba region.",
}


@pytest.mark.parametrize("row", sorted(c.PLACE_STRENGTH))
def test_each_place_strength_row(row: str) -> None:
    text = PLACE_TEXTS.get(row, "A bomb went off in Kismayo.")
    a, b = (report(f"{d}#0", place=p, evidence=text) for d, p in zip("ab", PLACE_CASES[row], strict=True))
    assert c.place_agreement(a, b) == c.Relation(row, c.PLACE_STRENGTH[row])
    assert c.place_agreement(b, a).kind == row


def test_a_town_named_in_the_text_counts_only_where_no_place_below_the_country_was_resolved() -> None:
    text = "A bomb went off at a market in Kismayo on Monday."
    assert c.place_agreement(report("a#0", place=SOMALIA, evidence=text), report("b#0")).kind == "town_named_in_text"
    assert c.place_agreement(report("a#0", place=None, evidence=text), report("b#0")).kind == "town_named_in_text"
    # a resolved place is never overruled by a name in the text, and a name inside a word is no name
    assert c.place_agreement(report("a#0", place=AFMADOW, evidence=text), report("b#0")).conflict
    elsewhere = "A bomb went off at the Kismayoville market on Monday."
    assert c.place_agreement(report("a#0", place=SOMALIA, evidence=elsewhere), report("b#0")).kind == "same_country"
    assert c.place_agreement(report("a#0", place=None, evidence=elsewhere), report("b#0")) == c.UNKNOWN


@pytest.mark.parametrize(
    ("pair", "inside", "outside"),
    [
        ((1, 1), (KISMAYO, KISMAYO_QUARTER), (KISMAYO, AFMADOW)),  # 2.2 km vs ~100 km
        ((1, 2), (KISMAYO, NEAR_KISMAYO), (KISMAYO, FAR_VILLAGE)),  # 18 km vs 60 km
        (
            (2, 2),
            (NEAR_KISMAYO, dataclasses.replace(KISMAYO_QUARTER, geo_precision=2)),
            (NEAR_KISMAYO, dataclasses.replace(AFMADOW, geo_precision=2)),
        ),  # 16 km vs ~90 km
    ],
)
def test_each_place_distance_row(pair: tuple[int, int], inside: tuple[Place, Place], outside: tuple[Place, Place]):
    limit = c.PLACE_DISTANCE_KM[pair]
    assert c.distance_km(*inside) <= limit < c.distance_km(*outside)  # type: ignore[operator]
    assert c.place_relation(*inside).kind == "nearby"
    assert c.place_relation(*outside).conflict


def test_place_tables_have_a_case_for_every_row() -> None:
    assert set(PLACE_CASES) == set(c.PLACE_STRENGTH)
    assert set(c.PLACE_DISTANCE_KM) == {(1, 1), (1, 2), (2, 2)}


def test_places_conflict_across_countries_and_provinces_and_say_nothing_at_country_level() -> None:
    assert c.place_relation(KISMAYO, KENYA_TOWN).conflict
    assert c.place_relation(LOWER_JUBA, HIRAAN_TOWN).conflict
    assert c.place_relation(KISMAYO, SOMALIA) == c.UNKNOWN
    # a village of another district, far from this one's centre, is another place
    assert c.place_relation(KISMAYO_DISTRICT, dataclasses.replace(AFMADOW, admin2="Afmadow District")).conflict
    assert c.place_relation(KISMAYO, None) == c.UNKNOWN


# ---------------------------------------------------------------- dates: one case per row


@pytest.mark.parametrize(("precision", "days"), sorted(c.TIME_WINDOW_DAYS.items()))
def test_each_time_window_row(precision: int, days: tuple[int, int]) -> None:
    m = report("a#0", time_precision=precision)
    assert c.date_window(m) == (MONDAY - dt.timedelta(days=days[0]), MONDAY + dt.timedelta(days=days[1]))


@pytest.mark.parametrize(("precision", "slack"), sorted(c.REFERENCE_SLACK_DAYS.items()))
def test_each_reference_slack_row(precision: int, slack: int) -> None:
    # "last week" counted from the report's own publication day is widened to meet other reports
    m = report("a#0", time_precision=precision, date_earliest=MONDAY, date_latest=MONDAY + dt.timedelta(days=6))
    widen = dt.timedelta(days=slack)
    assert c.date_window(m) == (MONDAY - widen, MONDAY + dt.timedelta(days=6) + widen)
    assert c.date_window(m, slack=False) == (MONDAY, MONDAY + dt.timedelta(days=6))


DATE_CASES = {
    "same_day": ({}, {}),
    "adjacent_day": ({}, {"date": MONDAY + dt.timedelta(days=1)}),
    "same_week": ({}, {"time_precision": 2, "date": MONDAY + dt.timedelta(days=2)}),
    "same_month": ({}, {"time_precision": 3, "date": MONDAY + dt.timedelta(days=9)}),
    # a follow-up a week later recalls the incident without a date: dated by its own publication
    "before_report": ({}, {"date": None, "time_precision": None, "background": True}),
}
PUBLISHED = {"before_report": (MONDAY, MONDAY + dt.timedelta(days=7))}


@pytest.mark.parametrize("row", sorted(c.DATE_STRENGTH))
def test_each_date_strength_row(row: str) -> None:
    a, b = (report(f"{d}#0", **f) for d, f in zip("ab", DATE_CASES[row], strict=True))
    assert c.date_relation(a, b, *PUBLISHED.get(row, (None, None))) == c.Relation(row, c.DATE_STRENGTH[row])
    assert set(DATE_CASES) == set(c.DATE_STRENGTH)


def test_days_two_apart_conflict_unless_one_is_a_recalled_date() -> None:
    two_days_later = report("b#0", date=MONDAY + dt.timedelta(days=2))
    assert c.date_relation(report("a#0"), two_days_later).conflict
    assert c.date_relation(report("a#0", background=True), two_days_later).kind == "adjacent_day"
    assert c.date_relation(report("a#0"), report("b#0", date=None, time_precision=None)) == c.UNKNOWN
    # a report cannot tell of an incident that begins after it was published
    later = report("b#0", date=MONDAY + dt.timedelta(days=10))
    undated = report("a#0", date=None, time_precision=None)
    assert c.date_relation(undated, later, MONDAY, MONDAY + dt.timedelta(days=11)).conflict


# ---------------------------------------------------------------- types, actors, figures


TYPE_CASES = {
    "same_sub_event_type": {},
    "same_family": {"sub_event_type": "Suicide bomb"},
    "violent_families": {"event_type": "Battles", "sub_event_type": "Armed clash"},
}


@pytest.mark.parametrize("row", sorted(c.TYPE_STRENGTH))
def test_each_type_strength_row(row: str) -> None:
    assert c.type_relation(report("a#0"), report("b#0", **TYPE_CASES[row])) == c.Relation(row, c.TYPE_STRENGTH[row])
    assert set(TYPE_CASES) == set(c.TYPE_STRENGTH)
    protest = report("b#0", event_type="Protests", sub_event_type="Peaceful protest")
    assert c.type_relation(report("a#0"), protest).conflict


def test_each_actor_strength_row() -> None:
    shabaab = report("a#0", actor1="al-Shabaab", actor2="Military Forces of Somalia")
    army_first = report("b#0", actor1="Military Forces of Somalia", actor2="al-Shabaab")  # sides swapped
    assert c.actor_relation(shabaab, army_first).kind == "same_named_actor1"
    police = report("a#0", actor1=None, actor2="Police Forces of Somalia")
    assert c.actor_relation(police, report("b#0", actor2="Police Forces of Somalia")).kind == "same_named_actor2"
    assert set(c.ACTOR_STRENGTH) == {"same_named_actor1", "branch_actor1", "same_named_actor2"}
    # the Islamic State province that claims the ADF's raids, and the ADF: one side (the KB's branch_of)
    adf = report("a#0", actor1="Allied Democratic Forces", actor2="Civilians (Democratic Republic of Congo)")
    iscap = report("b#0", actor1="Islamic State Central Africa Province")
    assert c.actor_relation(adf, iscap) == c.Relation("branch_actor1", c.ACTOR_STRENGTH["branch_actor1"])
    # two provinces of the Islamic State are two groups
    iswap = report("b#0", actor1="Islamic State West Africa Province")
    assert c.actor_relation(iscap, iswap).conflict
    # civilians as the target single out nothing; generic perpetrators say nothing; two groups conflict
    civilians = report("a#0", actor2="Civilians (Somalia)")
    assert c.actor_relation(civilians, report("b#0", actor2="Civilians (Somalia)")) == c.UNKNOWN
    assert c.actor_relation(report("a#0", actor1="Unidentified Armed Group (Somalia)"), shabaab) == c.UNKNOWN
    assert c.actor_relation(shabaab, report("b#0", actor1="Islamic State Somalia Province")).conflict


def test_figure_row_and_rising_tolls() -> None:
    four, nine = (report(f"{d}#0", fatalities_min=n, fatalities_max=n) for d, n in (("a", 4), ("b", 9)))
    assert c.figure_relation(four, report("b#0", fatalities_min=4, fatalities_max=4)).kind == "same_figure"
    assert set(c.FIGURE_STRENGTH) == {"same_figure", "risen_toll"}  # risen_toll: the toll-update tests below
    assert c.figure_relation(four, nine) == c.UNKNOWN  # a toll that rose is no conflict
    assert c.figure_relation(four, report("b#0")) == c.UNKNOWN


def test_an_open_figure_meets_the_toll_it_may_have_grown_into() -> None:
    at_least_27 = report("a#0", fatalities_min=27, fatalities_max=None)  # "at least 27", later 41
    assert c.figure_relation(at_least_27, report("b#0", fatalities_min=41, fatalities_max=41)).kind == "same_figure"
    assert c.figure_relation(at_least_27, report("b#0", fatalities_min=27 * c.OPEN_FIGURE_SPAN + 1)) == c.UNKNOWN
    assert c.figure_relation(at_least_27, report("b#0", fatalities_min=23, fatalities_max=23)) == c.UNKNOWN  # below it
    # two open figures meet only at the same N ("more than 100" claimed, "at least 50" reported)
    at_least_50 = report("b#0", fatalities_min=50, fatalities_max=None)
    assert c.figure_relation(report("a#0", fatalities_min=100, fatalities_max=None), at_least_50) == c.UNKNOWN
    # a killed-and-injured total (no minimum) is no open figure
    assert c.figure_relation(report("a#0", fatalities_max=40), report("b#0", fatalities_min=60)) == c.UNKNOWN


# ---------------------------------------------------------------- decisions


def test_same_town_same_day_same_type_merge_but_a_country_or_a_missing_date_never_does() -> None:
    assert same(report("a#0"), report("b#0"))
    assert not same(report("a#0"), report("b#0", place=SOMALIA))
    assert not same(report("a#0"), report("b#0", place=None))
    assert not same(report("a#0"), report("b#0", date=None, time_precision=None))


def test_a_week_precise_report_in_a_busy_town_needs_one_more_agreement() -> None:
    week = {"time_precision": 2, "date": MONDAY + dt.timedelta(days=2)}
    assert not same(report("a#0"), report("b#0", **week))
    assert same(report("a#0", actor1="al-Shabaab"), report("b#0", actor1="al-Shabaab", **week))
    assert same(report("a#0", fatalities_min=9), report("b#0", fatalities_min=9, **week))


def test_consecutive_days_merge_only_with_the_same_toll_or_perpetrator() -> None:
    tuesday = {"date": MONDAY + dt.timedelta(days=1)}
    assert not same(report("a#0", fatalities_min=12), report("b#0", fatalities_min=25, **tuesday))
    assert same(report("a#0", fatalities_min=12), report("b#0", fatalities_min=12, **tuesday))
    # or the same wording with a number in it ("abducted 15 villagers"), the toll unknown
    late = "Gunmen abducted 15 villagers from a camp outside Kismayo late on Monday, elders said."
    early = "Gunmen abducted 15 villagers from a displacement camp outside Kismayo on Tuesday, elders said."
    assert same(report("a#0", evidence=late), report("b#0", evidence=early, **tuesday))
    other = "Gunmen abducted 9 travellers on the road outside Kismayo on Tuesday, elders said."
    assert not same(report("a#0", evidence=late), report("b#0", evidence=other, **tuesday))


def test_a_province_level_report_joins_the_town_whose_toll_and_perpetrator_it_gives() -> None:
    # "al-Shabaab's bomb killed nine soldiers in Lower Juba earlier this week"
    kismayo = report("a#0", actor1="al-Shabaab", fatalities_min=9, fatalities_max=9)
    afmadow = report("c#0", actor1="al-Shabaab", place=AFMADOW, fatalities_min=3, fatalities_max=3)
    province = report("b#0", actor1="al-Shabaab", place=LOWER_JUBA, fatalities_min=9, fatalities_max=9,
                      time_precision=2, date_earliest=MONDAY - dt.timedelta(days=1),
                      date_latest=MONDAY + dt.timedelta(days=3))  # fmt: skip
    assert same(kismayo, province)
    assert not same(afmadow, province)  # another toll
    # with no perpetrator, the same toll and sub-event type single the incident out in its week (a rolling
    # toll's follow-up), unless the toll is small: such tolls coincide every week
    assert same(dataclasses.replace(kismayo, actor1=None), dataclasses.replace(province, actor1=None))
    small = {"actor1": None, "fatalities_min": 2, "fatalities_max": 2}
    assert not same(dataclasses.replace(kismayo, **small), dataclasses.replace(province, **small))


def test_a_cluster_chained_through_a_province_level_report_is_split_at_its_conflict() -> None:
    kismayo = report("a#0", fatalities_min=9, fatalities_max=9)
    afmadow = report("c#0", place=AFMADOW, fatalities_min=9, fatalities_max=9)
    province = report("b#0", place=LOWER_JUBA, fatalities_min=9, fatalities_max=9)
    assert same(kismayo, province) and same(afmadow, province) and conflicting(kismayo, afmadow)
    pairs = [("a#0", "b#0"), ("b#0", "c#0")]
    groups = cluster([kismayo, province, afmadow], pairs, conflict=conflicting)
    assert len(groups) == 2 and {"a#0", "c#0"} not in [set(g) for g in groups]
    # mentions already fused in one stored event are not compared again
    assert cluster([kismayo, province, afmadow], pairs, conflict=conflicting,
                   settled={"a#0": "e1", "b#0": "e1", "c#0": "e1"}) == [["a#0", "b#0", "c#0"]]  # fmt: skip


# ---------------------------------------------------------------- confidence


def test_confidence_counts_only_what_a_second_source_agrees_on() -> None:
    docs = {d: DocumentMeta(d, f"Outlet {d}", None, "2023-11-07") for d in "abc"}
    alone = fuse_event([report("a#0")], docs).confidence
    corroborated = fuse_event([report("a#0"), report("b#0")], docs).confidence
    # an analyst's merge of a report that shares only the country and the type adds nothing
    loose = fuse_event([report("a#0"), report("c#0", place=SOMALIA, time_precision=3)], docs).confidence
    assert alone == loose == 0.6 < corroborated
    assert c.agreement_with_record(report("b#0"), report("a#0")) == 1.0
    assert c.agreement_with_record(report("c#0", place=SOMALIA, time_precision=3), report("a#0")) == 0.0
    assert c.agreement_with_record(report("c#0", place=LOWER_JUBA, time_precision=3), report("a#0")) == 0.3
    assert set(c.CORROBORATION_SHARE) <= {*c.PLACE_STRENGTH, *c.DATE_STRENGTH, *c.ACTOR_STRENGTH, *c.FIGURE_STRENGTH}


# ---------------------------------------------------------------- cues that single out an incident

PAKISTAN = Place(None, "Pakistan", "PAK")
BANNU = Place("Bannu", "Pakistan", "PAK", "Khyber Pakhtunkhwa", latitude=32.99, longitude=70.6, geo_precision=1)
KP = Place(None, "Pakistan", "PAK", "Khyber Pakhtunkhwa", geo_precision=3)
SUNDAY = dt.date(2025, 9, 14)


def bannu(mention_id: str, **fields: object) -> EventMention:
    base: dict[str, object] = {"place": BANNU, "date": SUNDAY}
    base.update(fields)
    return report(mention_id, **base)


def cues_of(a: EventMention, b: EventMention) -> list[str]:
    found = relations(a, b)
    assert found is not None
    return c.singling_out_cues(a, b, found, distinctive_shared_words(a, b))


# one pair per cue, showing that cue and no other (the reports differ in sub-event type unless that is the cue)
SHELLING = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
def around(day: dt.date, days: int, precision: int) -> dict[str, object]:
    return {"time_precision": precision, "date_earliest": day - dt.timedelta(days=days),
            "date_latest": day + dt.timedelta(days=days)}  # fmt: skip


WEEK = around(SUNDAY, 3, 2)
TTP, ARMY = {"actor1": "Tehrik-i-Taliban Pakistan"}, {"actor1": "Military Forces of Pakistan"}
NINE = {"fatalities_min": 9}
CUE_CASES: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "same_named_actor1": ({**TTP, **WEEK}, {**TTP, **SHELLING}),
    "same_state_actor1": ({**ARMY, **WEEK}, {**ARMY, **SHELLING}),
    "same_figure": ({**NINE, **WEEK}, {**NINE, **SHELLING}),
    "same_small_figure": ({"fatalities_min": 2, **WEEK}, {"fatalities_min": 2, **SHELLING}),
    "same_day": ({}, SHELLING),
    "same_sub_event_type": (WEEK, {}),
    "distinctive_words": ({"evidence": "A motorcycle bomb hit a market.", **WEEK},
                          {"evidence": "The market motorcycle blast.", **SHELLING}),
    "distinctive_word": ({"evidence": "A bomb hit a school.", **WEEK},
                         {"evidence": "The school was shelled.", **SHELLING}),
    "same_count": ({"evidence": "Gunmen seized 20 people.", **WEEK}, {"evidence": "It hit 20 houses.", **SHELLING}),
    # Bannu lies in the north of Pakistan's frame of province seats; the part counts only beside two cues of
    # the incident itself (here the toll and the word "school")
    "same_part_of_country": ({"evidence": "Gunmen bombed a school in northern Pakistan.", **NINE, **WEEK},
                             {"evidence": "The school was shelled.", **NINE, **SHELLING}),
}  # fmt: skip
CUES_SHOWN = {"same_part_of_country": ["same_figure", "distinctive_word", "same_part_of_country"]}


@pytest.mark.parametrize("row", sorted(c.SINGLING_OUT_WEIGHT))
def test_each_singling_out_cue_row(row: str) -> None:
    a, b = bannu("a#0", place=PAKISTAN, **CUE_CASES[row][0]), bannu("b#0", **CUE_CASES[row][1])
    assert cues_of(a, b) == CUES_SHOWN.get(row, [row])
    assert set(CUE_CASES) == set(c.SINGLING_OUT_WEIGHT)


def test_the_part_of_the_country_needs_two_cues_of_the_incident_itself() -> None:
    # same day, same sub-event type, "in northern Pakistan" and Bannu: nothing of the incident itself
    a, b = bannu("a#0", place=PAKISTAN, evidence="Gunmen struck in northern Pakistan."), bannu("b#0")
    assert cues_of(a, b) == ["same_day", "same_sub_event_type"]
    # nor with one: the toll alone
    a, b = bannu("a#0", place=PAKISTAN, evidence="Gunmen struck in northern Pakistan.", **NINE), bannu("b#0", **NINE)
    assert cues_of(a, b) == ["same_figure", "same_day", "same_sub_event_type"]


def test_distinctive_words_leave_out_common_words_numbers_and_the_names_weighed_elsewhere() -> None:
    a = bannu("a#0", **TTP, evidence="Taliban fighters killed 9 soldiers with a motorcycle bomb in Khyber Pakhtunkhwa.")
    b = bannu("b#0", **TTP, evidence="Nine soldiers died as a Taliban motorcycle bomb hit Khyber Pakhtunkhwa: 9 dead.")
    assert distinctive_shared_words(a, b) == {"motorcycle"}


@pytest.mark.parametrize("row", sorted(c.SINGLING_OUT_NEEDED))
def test_each_singling_out_needed_row(row: str) -> None:
    # the cues of a pair sum to the row's need: one report at that place kind merges; one cue less does not
    place = {"town_in_province": KP, "same_province": KP, "same_country": PAKISTAN}.get(row, PAKISTAN)
    other = KP if row == "same_province" else BANNU
    motorcycle = "A bomb on a motorcycle exploded in the crowded market."
    if row == "province_named_in_text":
        motorcycle = "A bomb on a motorcycle exploded in the crowded market of a town in Khyber Pakhtunkhwa."
    cues = {"evidence": motorcycle, "fatalities_min": 9, "fatalities_max": 9}
    a, b = bannu("a#0", place=place, **cues), bannu("b#0", place=other, **cues)
    assert c.place_agreement(a, b).kind == row
    weight = sum(c.SINGLING_OUT_WEIGHT[k] for k in cues_of(a, b))  # day, sub-event type, words, toll: 3.5
    assert weight >= c.SINGLING_OUT_NEEDED[row] and same(a, b)
    # without the toll and the wording only the day and the sub-event type are left: 1.5
    bare_a, bare_b = (dataclasses.replace(m, evidence="", fatalities_min=None, fatalities_max=None) for m in (a, b))
    assert not same(bare_a, bare_b)


def test_a_report_without_a_place_needs_more_than_a_named_perpetrator_and_the_same_day() -> None:
    # Boko Haram raids several towns of one country a day: the group and the day (2.0) do not single one out
    boko = {"actor1": "Boko Haram", "event_type": "Violence against civilians", "sub_event_type": "Attack"}
    abduction = {**boko, "sub_event_type": "Abduction/forced disappearance"}
    assert not same(bannu("a#0", place=PAKISTAN, **boko), bannu("b#0", **abduction))
    assert same(bannu("a#0", place=PAKISTAN, **boko), bannu("b#0", **boko))  # + the same sub-event type: 2.5
    # a week or a month holds several incidents of one group and kind: within a week the other cues must
    # weigh WEEK_SINGLING_OUT_NEEDED without the day (group, toll, type and wording: 3.5), and within a
    # month they never do
    cues = {**boko, "fatalities_min": 9, "evidence": "A motorcycle bomb hit the market."}
    assert same(bannu("a#0", place=PAKISTAN, **cues), bannu("b#0", **cues))
    assert same(bannu("a#0", place=PAKISTAN, **WEEK, **cues), bannu("b#0", **cues))
    group_and_kind = {**boko, "evidence": "An attack on a village."}  # 1.5
    assert not same(bannu("a#0", place=PAKISTAN, **WEEK, **group_and_kind), bannu("b#0", **group_and_kind))
    assert not same(bannu("a#0", place=PAKISTAN, **around(SUNDAY, 15, 3), **cues), bannu("b#0", **cues))
    # a week-precise province-level report joins its town on the same toll, or on cues that weigh as much
    assert same(bannu("a#0", place=KP, **WEEK, **cues), bannu("b#0", **cues))
    untolled = {**cues, "fatalities_min": None}
    assert same(bannu("a#0", place=KP, **WEEK, **untolled), bannu("b#0", **untolled))  # group, type, words
    assert not same(bannu("a#0", place=KP, **WEEK, **group_and_kind), bannu("b#0", **group_and_kind))
    assert same(bannu("a#0", place=KP, **untolled), bannu("b#0", **untolled))


def test_a_report_without_a_place_corroborates_at_most_half() -> None:
    record = bannu("r#0", actor1="Tehrik-i-Taliban Pakistan", fatalities_min=9, fatalities_max=9)
    told = bannu("a#0", place=PAKISTAN, actor1="Tehrik-i-Taliban Pakistan", fatalities_min=9, fatalities_max=9)
    assert c.agreement_with_record(told, record) == c.PLACELESS_AGREEMENT_CAP == 0.5
    assert c.agreement_with_record(dataclasses.replace(told, place=BANNU), record) == 1.0


def test_a_country_less_report_is_looked_up_by_the_towns_its_text_names() -> None:
    placed = bannu("a#0")
    nowhere = bannu("b#0", place=None, evidence="Gunmen seized 15 people from their homes in Bannu on Sunday.")
    assert set(lookup_keys(nowhere)) & set(town_keys(placed))
    assert set(lookup_keys(placed)) & set(block_keys(nowhere))  # and the placed one looks up the country-less
    assert not set(lookup_keys(bannu("c#0", place=None, evidence="Gunmen seized 15 people."))) & set(town_keys(placed))


def test_a_report_s_recalled_toll_never_outweighs_its_own_current_figure() -> None:
    docs = {d: DocumentMeta(d, f"Outlet {d}", None, "2023-11-07") for d in "ab"}
    # b tells the bombing with nine dead and, in passing, the first toll of four; a says nine too
    now = report("b#0", fatalities_min=9, fatalities_max=9)
    recalled = report("b#1", fatalities_min=4, fatalities_max=4, background=True)
    event = fuse_event([report("a#0", fatalities_min=9, fatalities_max=9), now, recalled], docs)
    assert (event.fatalities, event.fatalities_max) == (9, 9)
    # one source per article, with its own current figure (the toll it recalls in passing is not b's word)
    assert {(s.mention_id, s.fatalities_min) for s in event.sources} == {("a#0", 9), ("b#0", 9)}
    # a background mention of a report with no figure of its own still counts
    event = fuse_event([report("a#0", fatalities_min=9, fatalities_max=9), recalled], docs)
    assert (event.fatalities, event.fatalities_max) == (4, 9)


# ---------------------------------------------------------------- merge confidence: one case per row

def test_each_merge_confidence_row() -> None:
    docs = {d: DocumentMeta(d, f"Outlet {d}", None, "2025-09-15") for d in "abcdefgh"}
    docs["h"] = DocumentMeta("h", "Outlet h", None, "2025-09-15", duplicate_of="a")
    motorcycle = "A bomb on a motorcycle exploded in the crowded market."
    cues = {"evidence": motorcycle, "fatalities_min": 9, "fatalities_max": 9}
    tuesday = {"date": SUNDAY + dt.timedelta(days=1)}
    cases = {
        "town_same_day": bannu("b#0"),
        "town": bannu("c#0", fatalities_min=9, fatalities_max=9, evidence=motorcycle, **tuesday),
        "province": bannu("d#0", place=KP, **cues),
        "country": bannu("e#0", place=PAKISTAN, **cues),
        "copy": bannu("h#0", place=PAKISTAN),
    }
    anchor = bannu("a#0", **cues)
    for row, other in cases.items():
        why = merge_evidence([anchor, other], docs)
        assert why[other.mention_id]["confidence"] == c.MERGE_CONFIDENCE[row], row
        assert why[other.mention_id]["with"] == "a"
    # reports that conflict, merged by an analyst; a report joined only through a third one
    why = merge_evidence([anchor, bannu("f#0", place=AFMADOW)], docs)
    assert why["f#0"]["confidence"] == c.MERGE_CONFIDENCE["analyst"] and why["f#0"]["analyst"]
    chained = merge_evidence([anchor, bannu("g#0", place=PAKISTAN, evidence="Police said.")], docs)["g#0"]
    assert chained["confidence"] == c.MERGE_CONFIDENCE["chained"] and not chained["direct"]
    # the rows only ever go down as the place and date agreements get coarser
    order = ["copy", "town_same_day", "town", "province", "country"]
    assert [c.MERGE_CONFIDENCE[r] for r in order] == sorted((c.MERGE_CONFIDENCE[r] for r in order), reverse=True)


def test_an_analysts_merge_is_shown_as_such_not_as_a_chain() -> None:
    docs = {d: DocumentMeta(d, f"Outlet {d}", None, f"2025-09-1{i}") for i, d in enumerate("abcd", start=4)}
    # two events fusion kept apart: Bannu town reports a, b (same day) and two reports c, d naming only
    # the country on the next day with their own toll (each pair agrees on its own, the pairs do not)
    country = {"place": PAKISTAN, "date": SUNDAY + dt.timedelta(days=1), "fatalities_min": 7, "fatalities_max": 7,
               "evidence": "Gunmen on a motorcycle fired on a wedding party."}  # fmt: skip
    reports = [bannu("a#0"), bannu("b#0"), bannu("c#0", **country), bannu("d#0", **country)]
    linked = [("a#0", "c#0"), ("a#0", "d#0"), ("a#0", "b#0")]  # the ledger's must-links of the merge
    alone = merge_evidence(reports, docs)
    assert not any(w.get("analyst") for w in alone.values())  # without the links: each by its own evidence
    assert alone["d#0"]["with"] == "c" and alone["d#0"]["direct"]
    why = merge_evidence(reports, docs, linked)
    # c and d are not reached from the first report through fusion's own evidence: merged by the analyst
    assert why["c#0"]["analyst"] and why["d#0"]["analyst"]
    assert why["c#0"]["confidence"] == c.MERGE_CONFIDENCE["analyst"] and why["c#0"]["reads"]["place"] == "Pakistan"
    # a and b keep the evidence they merged on, the analyst's link notwithstanding
    assert why["b#0"]["with"] == "a" and why["b#0"]["direct"] and "analyst" not in why["b#0"]
    assert why == merge_evidence(reports[::-1], docs, linked[::-1])


def test_merge_evidence_does_not_depend_on_the_order_of_the_reports() -> None:
    docs = {d: DocumentMeta(d, f"Outlet {d}", None, "2025-09-15") for d in "abc"}
    words = "motorcycle market"
    reports = [bannu("a#0", fatalities_min=5), bannu("b#0", place=PAKISTAN, fatalities_min=9, evidence=words),
               bannu("c#0", fatalities_min=9, evidence=words)]  # fmt: skip
    assert merge_evidence(reports, docs) == merge_evidence(reports[::-1], docs)
    assert merge_evidence(reports, docs)["b#0"]["with"] == "c"  # the toll and the words: c, not a


def test_reports_a_week_apart_that_date_nothing_to_the_day_stay_apart() -> None:
    # two headlines on Deir ez-Zor published six days apart, each dated only by its report (within the
    # week before it): their windows touch, yet a later report on the same news would say when it happened
    week_before = {"time_precision": 2, "date_earliest": MONDAY - dt.timedelta(days=6), "date_latest": MONDAY}
    a = report("a#0", date=MONDAY, **week_before)
    later = MONDAY + dt.timedelta(days=c.REPORT_GAP_DAYS + 3)
    b = report("b#0", date=later, time_precision=2, date_earliest=later - dt.timedelta(days=6), date_latest=later)
    assert c.date_relation(a, b, MONDAY, later).conflict
    # published within REPORT_GAP_DAYS they may still meet, as may a report that dates it to the day
    near = MONDAY + dt.timedelta(days=c.REPORT_GAP_DAYS)
    b_near = report("b#0", date=near, time_precision=2, date_earliest=near - dt.timedelta(days=6), date_latest=near)
    assert not c.date_relation(a, b_near, MONDAY, near).conflict


# ---------------------------------------------------------------- unarmed actors, coarse dates, ages

YANGON_CITY = Place("Yangon", "Myanmar", "MMR", "Yangon", latitude=16.805, longitude=96.156, geo_precision=1)
YANGON_REGION = Place("Yangon", "Myanmar", "MMR", "Yangon", latitude=16.805, longitude=96.156, geo_precision=3)
CRACKDOWN = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}


def test_protesters_and_civilians_name_no_perpetrator() -> None:
    # ACLED codes a crackdown with the protesters as actor1: "Protesters (Myanmar)" in two reports of one
    # week is no shared perpetrator, and names nobody that could conflict with another report's group
    a = report("a#0", actor1="Protesters (Myanmar)", place=YANGON_REGION, **CRACKDOWN)
    b = report("b#0", actor1="Protesters (Myanmar)", place=YANGON_CITY, **CRACKDOWN)
    assert c.actor_relation(a, b) == c.UNKNOWN
    rioters = report("b#0", actor1="Rioters (Myanmar)", **CRACKDOWN)
    assert c.actor_relation(a, rioters) == c.UNKNOWN
    # two Yangon crackdowns of one week, three and thirteen dead: apart (they met on the protesters before)
    week = {"time_precision": 2, "date_earliest": MONDAY - dt.timedelta(days=6), "date_latest": MONDAY}
    assert not same(dataclasses.replace(a, fatalities_min=3, **week), dataclasses.replace(b, fatalities_min=13, **week),
                    published=MONDAY)  # fmt: skip
    # as the target, too, they single out nothing (an armed group as target still does)
    assert c.actor_relation(report("a#0", actor2="Protesters (Myanmar)"), report("b#0", actor2="Protesters (Myanmar)")
                            ) == c.UNKNOWN  # fmt: skip
    police = report("a#0", actor2="Police Forces of Myanmar")
    assert c.actor_relation(police, report("b#0", actor2="Police Forces of Myanmar")).kind == "same_named_actor2"


RAQQA = Place("Ar Raqqah", "Syria", "SYR", "Ar-Raqqa", latitude=35.95, longitude=39.01, geo_precision=1)
REPORT_WEEK = {"time_precision": 2, "date_earliest": MONDAY - dt.timedelta(days=6), "date_latest": MONDAY}


def raqqa(mention_id: str, **fields: object) -> EventMention:
    base: dict[str, object] = {"place": RAQQA, "event_type": "Battles", "sub_event_type": "Armed clash", **REPORT_WEEK}
    base.update(fields)
    return report(mention_id, **base)


def test_a_week_in_one_town_needs_cues_that_single_the_incident_out() -> None:
    # a city at war: the Islamic State in two clashes of one week, told as a clash and as a retaking
    retaking = {"sub_event_type": "Government regains territory"}
    assert c.cue_weight(cues_of(raqqa("a#0", actor1="Islamic State"),
                                raqqa("b#0", actor1="Islamic State", **retaking))) == 1.0  # fmt: skip
    assert not same(raqqa("a#0", actor1="Islamic State"), raqqa("b#0", actor1="Islamic State", **retaking), MONDAY)
    # the named group and the same sub-event type (1.5) single it out; the toll or the wording as well
    assert same(raqqa("a#0", actor1="Islamic State"), raqqa("b#0", actor1="Islamic State"), MONDAY)
    assert same(raqqa("a#0", actor1="Islamic State", fatalities_min=14),
                raqqa("b#0", actor1="Islamic State", fatalities_min=14, **retaking), MONDAY)  # fmt: skip
    # a state force fights all over its country: the army and the sub-event type (1.0) are not enough
    army = {"actor1": "Military Forces of Syria"}
    assert not same(raqqa("a#0", **army), raqqa("b#0", **army), MONDAY)
    # the same rule leaves a day-precise pair alone, and a recalled incident keeps its own threshold
    day = {"time_precision": 1, "date_earliest": None, "date_latest": None}
    assert same(raqqa("a#0", **army, **day), raqqa("b#0", **army, **day), MONDAY)
    recalled = raqqa("b#0", actor1="Islamic State", background=True, **retaking)
    assert same(raqqa("a#0", actor1="Islamic State"), recalled, MONDAY)


def test_ages_of_victims_are_no_distinctive_words() -> None:
    # "seven-year-old girl" and "15-year-old" are two victims, not one wording of one incident
    a = report("a#0", evidence="Seven-year-old girl killed in shooting in Mandalay")
    b = report("b#0", evidence="15-year-old among six killed by regime forces in Mandalay")
    assert distinctive_shared_words(a, b) == {"mandalay"}


def test_a_man_or_a_woman_killed_is_no_distinctive_word() -> None:
    # as "men" and "women": two shootings of one week in one city each kill "a man"
    a = report("a#0", evidence="A man was shot dead by soldiers at a checkpoint in Sagaing on Friday")
    b = report("b#0", evidence="Sagaing man dies after troops open fire on his motorbike; a woman was wounded")
    assert distinctive_shared_words(a, b) == {"sagaing"}


# ---------------------------------------------------------------- follow-ups a week later, look-alikes

LAST_WEEK = {"time_precision": 2, "date": MONDAY + dt.timedelta(days=1),
             "date_earliest": MONDAY - dt.timedelta(days=2), "date_latest": MONDAY + dt.timedelta(days=4)}  # fmt: skip
ON_BASE = "Jihadist fighters killed at least 50 soldiers in an attack on a military base in Kismayo on Monday."
FOLLOW_UP = "The government said 62 soldiers were killed in last week's jihadist attack on an army base in the south."


def test_a_week_later_follow_up_naming_only_the_country_joins_the_placed_event_its_cues_single_out() -> None:
    placed = report("a#0", evidence=ON_BASE, fatalities_min=50, fatalities_max=None)
    country = report("b#0", evidence=FOLLOW_UP, place=SOMALIA, fatalities_min=62, fatalities_max=62, **LAST_WEEK)
    published = MONDAY + dt.timedelta(days=6)
    assert same(placed, country, published)  # the toll, the sub-event type and two distinctive words
    # without the wording in common, the toll and the type are not enough for a whole country
    assert not same(placed, dataclasses.replace(country, evidence="Sixty-two soldiers died, the government said."),
                    published)  # fmt: skip
    # two reports that both name only the country (two round-ups of one week) never meet by their cues
    assert not same(dataclasses.replace(placed, place=SOMALIA, **LAST_WEEK), country, published)


def test_a_week_later_follow_up_naming_only_the_province_joins_on_a_toll_and_type_not_on_a_small_toll() -> None:
    town = report("a#0", fatalities_min=41, fatalities_max=41)
    province = report("b#0", place=LOWER_JUBA, fatalities_min=41, fatalities_max=41, **LAST_WEEK)
    published = MONDAY + dt.timedelta(days=6)
    assert same(town, province, published)
    two = {"fatalities_min": 2, "fatalities_max": 2}
    assert not same(dataclasses.replace(town, **two), dataclasses.replace(province, **two), published)
    shelling = {"sub_event_type": "Shelling/artillery/missile attack"}  # the same toll, another kind
    assert not same(town, dataclasses.replace(province, **shelling), published)


MOGADISHU = Place("Mogadishu", "Somalia", "SOM", "Banaadir", latitude=2.0371, longitude=45.3438, geo_precision=1,
                  geonameid=59)  # fmt: skip
HODAN = Place("Hodan", "Somalia", "SOM", "Banaadir", "Hodan", geo_precision=2, geonameid=60)  # no coordinates


def test_a_quarter_without_coordinates_meets_its_city_only_where_a_report_names_both() -> None:
    city = report("a#0", place=MOGADISHU, evidence="A roadside bomb hit a minibus in Mogadishu's Hodan district.")
    quarter = report("b#0", place=HODAN, evidence="Five people died when a bomb exploded as a minibus passed in Hodan.")
    assert c.place_agreement(city, quarter).kind == "town_named_in_text"
    airport = report("c#0", place=MOGADISHU, evidence="Mortar shells landed near Mogadishu's airport.")
    assert c.place_agreement(airport, quarter).conflict  # nothing puts the one inside the other


def test_two_kinds_of_attack_in_one_city_on_one_day_need_a_common_detail() -> None:
    roadside = "A roadside bomb hit a minibus in Mogadishu, killing five civilians."
    bomb = report("a#0", place=MOGADISHU, evidence=roadside, fatalities_min=5, fatalities_max=5)
    mortar = report("b#0", place=MOGADISHU, sub_event_type="Shelling/artillery/missile attack", actor1="al-Shabaab",
                    evidence="Mortar shells fired by al-Shabaab landed near Mogadishu's airport, killing two people.",
                    fatalities_min=2, fatalities_max=2)  # fmt: skip
    assert not same(bomb, mortar)
    # the same toll told as shelling by one outlet and as a bomb by another is one incident
    assert same(bomb, dataclasses.replace(mortar, fatalities_min=5, fatalities_max=5, actor1=None))


def test_the_same_count_of_people_singles_out_an_incident_with_no_toll() -> None:
    # "abducted 20 villagers ... near Gusau" and "kidnapped 20 people ... in Zamfara State", the same day
    abduction = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}
    town = report("a#0", evidence="Bandits abducted 20 villagers in a night raid on a village on Monday.", **abduction)
    province = report("b#0", place=LOWER_JUBA, evidence="Gunmen kidnapped 20 people in an overnight raid.", **abduction)
    assert "same_count" in cues_of(town, province) and same(town, province)
    # a count of time or distance is no count of people; nor is a vague one
    assert not c.counts("A bomb went off 20 km away at 10 p.m., wounding several people.")
    other = report("b#0", place=LOWER_JUBA, evidence="Gunmen kidnapped 12 people in an overnight raid.", **abduction)
    assert not same(town, other)


# ---------------------------------------------------------------- a village the gazetteer does not know

SOUM = Place("Soum", "Burkina Faso", "BFA", "Sahel", "Soum", latitude=14.1, longitude=-1.6, geo_precision=2,
             geonameid=61)  # fmt: skip


def test_an_unknown_village_named_by_both_reports_is_their_place() -> None:
    # the local report falls back to the province ("the village of Gaskinde, in the province of Soum"), the
    # follow-up resolves no place at all: the village's name, written by both, places them together
    local = report("a#0", event_type="Violence against civilians", sub_event_type="Attack", place=SOUM,
                   evidence="Armed men killed nine civilians in the village of Gaskinde, in the province of Soum, "
                   "on Monday.")  # fmt: skip
    follow_up = report("b#0", event_type="Violence against civilians", sub_event_type="Attack", place=None,
                       evidence="Families have fled Gaskinde for the provincial capital, four days after gunmen "
                       "killed civilians there.")  # fmt: skip
    assert c.place_agreement(local, follow_up).kind == "unknown_village_named_by_both"
    assert same(local, follow_up)
    # the name alone, dated only to the week, does not single one incident of a township out
    week = {"time_precision": 2, "date_earliest": MONDAY - dt.timedelta(days=3),
            "date_latest": MONDAY + dt.timedelta(days=3)}  # fmt: skip
    assert not same(local, dataclasses.replace(follow_up, **week))
    # a name the gazetteer knows is a place of its own (place_relation decides), and a name only one report
    # writes is no evidence
    known = dataclasses.replace(local, evidence="Armed men killed nine civilians in Djibo on Monday.")
    assert c.place_agreement(known, dataclasses.replace(follow_up, evidence="Families have fled Djibo.")).kind != (
        "unknown_village_named_by_both")
    elsewhere = dataclasses.replace(follow_up, evidence="Families have fled Nassoumbou for the provincial capital.")
    assert c.place_agreement(local, elsewhere).kind == "unknown"
    assert not same(local, elsewhere)


# ---------------------------------------------------------------- a rolling toll's update

FRIDAY = MONDAY + dt.timedelta(days=4)
# the first report: the day, the town, the toll of that day
MARKET_BOMB = dict(
    sub_event_type="Suicide bomb", fatalities_min=9, fatalities_max=9,
    evidence="A suicide bomber blew himself up at the livestock market in Kismayo on Monday, killing nine traders.",
)  # fmt: skip
# four days on, a report that names the incident only as what its toll counts, dated only "before Friday"
TOLL_UPDATE = dict(
    date=FRIDAY, time_precision=2, date_earliest=FRIDAY - dt.timedelta(days=6), date_latest=FRIDAY,
    fatalities_min=14, fatalities_max=14,
    evidence="Police said on Friday that the toll from the Kismayo market bombing had risen to 14 and that two "
    "suspects were being held.",
)  # fmt: skip


def test_a_toll_update_agrees_with_a_smaller_earlier_toll() -> None:
    update, first = report("upd#0", **TOLL_UPDATE), report("first#0", **MARKET_BOMB)
    assert c.is_toll_update(update) and not c.is_toll_update(first)
    assert c.figure_relation(update, first) == c.Relation("risen_toll", c.FIGURE_STRENGTH["risen_toll"])
    assert c.figure_relation(first, update).kind == "risen_toll"
    # a toll above the update's is not what it rose from; two plain figures that differ say nothing
    bigger = report("first#0", **{**MARKET_BOMB, "fatalities_min": 20, "fatalities_max": 20})
    assert c.figure_relation(update, bigger) == c.UNKNOWN
    plain = report("plain#0", **{**TOLL_UPDATE, "evidence": "Police said 14 people were killed in Kismayo."})
    assert c.figure_relation(plain, first) == c.UNKNOWN


def test_a_toll_update_joins_the_incident_it_counts() -> None:
    update, first = report("upd#0", **TOLL_UPDATE), report("first#0", **MARKET_BOMB)
    assert same(first, update, published=FRIDAY)


def test_a_later_report_of_the_town_that_is_no_toll_update_stays_apart() -> None:
    # the same town and week, a bombing told with its own toll and no day: another incident as likely as not
    other = report("other#0", **{**TOLL_UPDATE, "evidence": "Police said on Friday that a bomb at a checkpoint "
                                 "in Kismayo killed 14 people and that two suspects were being held."})
    first = report("first#0", **MARKET_BOMB)
    assert not same(first, other, published=FRIDAY)


# ---------------------------------------------------------------- a place in another spelling

FINOTE_SELAM = Place("Finote Selam", "Ethiopia", "ETH", "Amhara", latitude=10.7, longitude=37.27, geo_precision=1,
                     geonameid=62)  # fmt: skip


def test_a_town_named_in_another_spelling_is_named_in_the_text() -> None:
    # a translated report spells the town as its own language does and resolves no place; the wire spells it
    # as the gazetteer does: one town, the same day
    local = report("a#0", sub_event_type="Air/drone strike", place=None,
                   evidence="In the drone attack on the market of Finote Salam town on Monday, 11 people died.")
    wire = report("b#0", sub_event_type="Air/drone strike", place=FINOTE_SELAM,
                  evidence="A drone strike killed 11 people at a market in Finote Selam on Monday.")
    assert c.place_agreement(local, wire).kind == "town_named_in_text"
    # doubled letters squeezed ("Taizz" / "Taiz"); a short name's vowels still tell two towns apart
    taiz = dataclasses.replace(FINOTE_SELAM, name="Taiz", admin1="Taiz", country="Yemen", iso3="YEM")
    assert c.place_agreement(dataclasses.replace(local, evidence="Shelling hit a house in Taizz city."),
                             dataclasses.replace(wire, place=taiz)).kind == "town_named_in_text"
    mara = dataclasses.replace(FINOTE_SELAM, name="Mara")
    assert c.place_agreement(dataclasses.replace(local, evidence="Gunmen attacked Mora on Monday."),
                             dataclasses.replace(wire, place=mara)) == c.UNKNOWN


def test_an_unknown_village_of_two_words_in_two_spellings_is_their_place() -> None:
    # "Bulo Marer" is no gazetteer place; "Bulo" alone would be a Philippine town
    first = report("a#0", place=SOMALIA, evidence="Militants attacked an army base near Bulo Marer on Friday.")
    second = report("b#0", place=SOMALIA, evidence="The attack on the base at Buulo Mareer killed two soldiers.")
    assert c.place_agreement(first, second).kind == "unknown_village_named_by_both"
    other = report("b#0", place=SOMALIA, evidence="The attack on the base at Bulo Burte killed two soldiers.")
    assert c.place_agreement(first, other).kind == "same_country"


# ---------------------------------------------------------------- a week in one town: words that name the town

DEBRE_MARKOS = Place("Debre Markos", "Ethiopia", "ETH", "Amhara", latitude=10.35, longitude=37.73, geo_precision=1,
                     geonameid=63)  # fmt: skip
BANGUI = Place("Bangui", "Central African Republic", "CAF", "Bangui", latitude=4.36, longitude=18.55, geo_precision=1,
               geonameid=64)  # fmt: skip


def test_in_one_town_the_words_naming_the_town_single_out_no_incident_of_its_week() -> None:
    # two clashes of one week in a town of two words, three and six dead: "Debre" and "Markos" are the town
    # the place comparison has already weighed, not a detail of one incident
    week = {"event_type": "Battles", "sub_event_type": "Armed clash", "place": DEBRE_MARKOS, **REPORT_WEEK}
    three = report("a#0", fatalities_min=3, fatalities_max=3, evidence="Three dead in clashes in Debre Markos", **week)
    six = report("b#0", fatalities_min=6, fatalities_max=6, evidence="Six killed as clashes hit Debre Markos", **week)
    assert not same(three, six, MONDAY)
    # a detail of the incident itself still singles it out ("the bus station" in both)
    station = " at the bus station"
    assert same(dataclasses.replace(three, evidence=three.evidence + station),
                dataclasses.replace(six, evidence=six.evidence + station), MONDAY)  # fmt: skip


def test_the_capital_and_violence_are_no_distinctive_words() -> None:
    # "the capital" is the place the report was placed by, "violence" the kind its type weighs: two headlines
    # of one week on killings in one capital, four and seven dead, are two incidents
    week = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "place": BANGUI, **REPORT_WEEK}
    four = report("a#0", fatalities_min=4, fatalities_max=4,
                  evidence="Four killed in gang violence in Central African Republic's capital", **week)
    seven = report("b#0", fatalities_min=7, fatalities_max=7,
                   evidence="Seven killed in violence in Central African Republic's capital", **week)
    assert distinctive_shared_words(four, seven) == frozenset()
    assert not same(four, seven, MONDAY)
