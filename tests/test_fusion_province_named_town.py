"""A report that resolved no country but names a town in its text meets a report that names only that town's
province: the town lies in the province, so their places agree as a town and its province (and must still be
singled out by toll and day, as any town_in_province pair), and the candidate lookup finds them whichever
arrives first. Mentions written for this test; expectations checked by hand against the gazetteer (Maru and
Gusau are in Zamfara, Funtua in Katsina)."""

from __future__ import annotations

import datetime as dt

from eventledger.fuse import compatibility as c
from eventledger.fuse import lookup_keys, same_event, town_keys
from eventledger.models import EventMention, Place

DAY = dt.date(2026, 2, 16)
ZAMFARA = Place(None, "Nigeria", "NGA", "Zamfara", geo_precision=3)


def mention(mention_id: str, evidence: str, place: Place | None, low: int | None, high: int | None) -> EventMention:
    return EventMention(
        mention_id=mention_id, document_id=mention_id.split("#")[0], event_type="Violence against civilians",
        sub_event_type="Attack", evidence=evidence, start=0, end=len(evidence), date=DAY, time_precision=1,
        place=place, fatalities_min=low, fatalities_max=high,
    )  # fmt: skip


PROVINCE = mention(
    "state#0", "Gunmen killed at least 12 traders at a cattle market in Nigeria's Zamfara state on Monday.",
    ZAMFARA, 12, None,
)  # fmt: skip
UNPLACED = mention(
    "local#0", "Bandits on motorbikes stormed the cattle market of Maru and shot 14 traders.", None, 14, 14
)
ELSEWHERE = mention(
    "other#0", "Bandits on motorbikes stormed the cattle market of Funtua and shot 14 traders.", None, 14, 14
)


def test_a_country_less_report_naming_a_town_of_the_province_agrees_on_the_place() -> None:
    assert c.place_agreement(UNPLACED, PROVINCE) == c.Relation("town_in_province", c.PLACE_STRENGTH["town_in_province"])
    assert c.place_agreement(PROVINCE, UNPLACED).kind == "town_in_province"
    # a town of another province is no evidence of place (and a placed report is never overruled by its text)
    assert c.place_agreement(ELSEWHERE, PROVINCE) == c.UNKNOWN
    gusau = Place("Gusau", "Nigeria", "NGA", "Zamfara", latitude=12.17, longitude=6.66, geo_precision=1)
    placed = mention("placed#0", UNPLACED.evidence, Place(None, "Nigeria", "NGA"), 14, 14)
    assert c.place_agreement(placed, PROVINCE).kind == "same_country"
    assert c.place_agreement(UNPLACED, mention("town#0", "", gusau, 14, 14)) == c.UNKNOWN


def test_a_country_less_report_joins_the_province_level_report_its_toll_and_day_single_out() -> None:
    published = DAY + dt.timedelta(days=1)
    assert same_event(UNPLACED, PROVINCE, a_published=published, b_published=published)[0]
    assert not same_event(ELSEWHERE, PROVINCE, a_published=published, b_published=published)[0]
    # without the toll or common wording, the day and the kind do not single the incident out in a province
    no_toll = mention("local#0", "Bandits opened fire on people in Maru.", None, None, None)
    assert not same_event(no_toll, PROVINCE, a_published=published, b_published=published)[0]


def test_the_lookup_finds_the_province_level_report_whichever_arrives_first() -> None:
    published = DAY + dt.timedelta(days=1)
    shared = set(town_keys(PROVINCE, published=published)) & set(lookup_keys(UNPLACED, published=published))
    assert shared
    assert not set(town_keys(PROVINCE, published=published)) & set(lookup_keys(ELSEWHERE, published=published))
