"""An incident a report tells undated after a lead dated to the day (an air force's overnight bulletin: "On the
night of 3 to 4 May, the enemy attacked with 40 drones ... In Kharkiv, a drone struck a school; two civilians
were killed") takes the lead's span widened to three days (extract/event_dates.inherit_dates). Beside a report
dated to the day, such a span counts as close as two days a day apart: the same toll, perpetrator or wording
suffices, as for them, not the cues a week in one town needs (fuse/compatibility.SHORT_SPAN_DAYS). Reports
written for these tests."""

from __future__ import annotations

import datetime as dt

from eventledger.fuse import same_event
from eventledger.models import EventMention, Place

TUESDAY = dt.date(2026, 5, 5)
KHARKIV = Place("Kharkiv", "Ukraine", "UKR", "Kharkiv", latitude=49.9808, longitude=36.2527, geo_precision=1,
                geonameid=706483)  # fmt: skip


def report(mention_id: str, dead: int, evidence: str, **fields: object) -> EventMention:
    base: dict[str, object] = {
        "mention_id": mention_id, "document_id": mention_id.split("#")[0],
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "evidence": evidence,
        "start": 0, "end": 1, "date": TUESDAY, "time_precision": 1, "place": KHARKIV,
        "fatalities_min": dead, "fatalities_max": dead,
    }  # fmt: skip
    base.update(fields)
    return EventMention(**base)  # type: ignore[arg-type]


def bulletin_part(dead: int, earliest: dt.date, latest: dt.date) -> EventMention:
    return report("bulletin#2", dead, "In Kharkiv, a drone struck a school; two civilians were killed.",
                  time_precision=2, date_earliest=earliest, date_latest=latest)  # fmt: skip


def local(dead: int) -> EventMention:
    return report("local#0", dead, "On the night of 5 May, Russian troops attacked the city with attack drones.")


def same(a: EventMention, b: EventMention) -> bool:
    return same_event(a, b, a_published=TUESDAY, b_published=TUESDAY)[0]


def test_an_undated_part_of_a_day_dated_lead_meets_the_day_with_the_same_toll() -> None:
    part = bulletin_part(2, TUESDAY - dt.timedelta(days=1), TUESDAY + dt.timedelta(days=1))
    assert same(part, local(2))


def test_without_the_same_toll_a_short_span_is_still_a_week_in_one_town() -> None:
    part = bulletin_part(2, TUESDAY - dt.timedelta(days=1), TUESDAY + dt.timedelta(days=1))
    assert not same(part, local(5))


def test_a_report_dated_only_by_its_week_needs_the_cues_as_before() -> None:
    # the week before publication (a report that dates nothing): the same small toll does not single it out
    week = bulletin_part(2, TUESDAY - dt.timedelta(days=6), TUESDAY)
    assert not same(week, local(2))
