"""A report that names only a part of its country ("in central Myanmar", "in north-central Burkina Faso")
and another report's town: the town lies in that part, plainly elsewhere, or the report names no part.
Places from the packaged gazetteer; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.fuse.compatibility import place_agreement
from eventledger.fuse.directions import named_part, part_relation, position
from eventledger.kb.gazetteer import country_place, load_gazetteer, to_place
from eventledger.models import EventMention, Place


def town(name: str, iso3: str) -> Place:
    gazetteer = load_gazetteer()
    entry = next(e for e in gazetteer.lookup(name, country_iso3=iso3) if e.kind == "place")
    return to_place(entry, 1, gazetteer)


def report(evidence: str, place: Place) -> EventMention:
    return EventMention(mention_id="a#0", document_id="a", event_type="Battles", sub_event_type="Armed clash",
                        evidence=evidence, start=0, end=1, date=dt.date(2026, 2, 7), time_precision=1,
                        place=place)  # fmt: skip


def country(iso3: str) -> Place:
    gazetteer = load_gazetteer()
    found = gazetteer.country_by_iso3(iso3)
    assert found is not None
    return country_place(found)


@pytest.mark.parametrize(
    ("evidence", "iso3", "name", "expected"),
    [
        ("a school in central Myanmar was bombed", "MMR", "Monywa", "agrees"),
        ("an attack in north-central Burkina Faso on Saturday", "BFA", "Kaya", "agrees"),
        ("an attack in north-central Burkina Faso on Saturday", "BFA", "Bobo-Dioulasso", "conflicts"),
        ("a raid in eastern Congo on Friday", "COD", "Beni", "agrees"),
        ("a raid in eastern Congo on Friday", "COD", "Kinshasa", "conflicts"),
        ("gunmen in northwest Pakistan", "PAK", "Karachi", "conflicts"),
        ("an attack in northern Nigeria", "NGA", "Maiduguri", "agrees"),
        ("an attack in Nigeria", "NGA", "Lagos", None),
        # Jalalabad lies midway from south to north of Afghanistan's frame: neither northern nor elsewhere
        ("gunmen killed 85 civilians in northern Afghanistan", "AFG", "Jalalabad", None),
    ],
)
def test_the_part_of_a_country_a_report_names(evidence, iso3, name, expected):
    unplaced, placed = report(evidence, country(iso3)), report("", town(name, iso3))
    assert part_relation(unplaced, placed) == expected


def test_north_central_reads_as_north_and_central():
    assert named_part(report("killed in north-central Burkina Faso", country("BFA"))) == ["north", "central"]


def test_a_town_beyond_the_outermost_seat_is_at_the_edge():
    x, y = position(town("Djugu", "COD"))  # type: ignore[misc]
    assert x == 1.0 and 0 < y < 1


def test_a_part_plainly_elsewhere_is_no_place_in_common():
    lagos = report("Gunmen killed 12 people in Lagos.", town("Lagos", "NGA"))
    assert place_agreement(report("Gunmen killed 12 people in northern Nigeria.", country("NGA")), lagos).conflict
    kano = report("Gunmen killed 12 people in Kano.", town("Kano", "NGA"))
    assert place_agreement(report("Gunmen killed 12 people in northern Nigeria.", country("NGA")), kano).kind == (
        "same_country"
    )
