"""A town written with another initial by a translated report ("Emam Sahib" from Dari for Imam Sahib, "Edlib"
for Idlib, "Qunduz" for Kunduz): the transliteration skeleton folds such initials alike, and so do the
spelling decision (names.alike_place_names) and the town index's lookup keys. Reports written for this test,
expectations checked by hand, and an ingest into a real SQLite file in both arrival orders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventledger.fuse import lookup_keys, town_keys
from eventledger.fuse.names import alike_place_names, writes_place_name
from eventledger.models import EventMention, Place
from tests.ledger_helpers import sources_in_either_order

MONDAY = dt.date(2026, 11, 9)
IMAM_SAHIB = Place("Imam Sahib", "Afghanistan", "AFG", "Kunduz", "Imam Sahib", latitude=37.19, longitude=68.94,
                   geo_precision=2, geonameid=1142545)  # fmt: skip


@pytest.mark.parametrize(
    ("written", "name", "alike"),
    [
        ("Emam Sahib", "Imam Sahib", True),  # Dari's initial vowel
        ("Edlib", "Idlib", True),
        ("Qunduz", "Kunduz", True),  # q for k
        ("Gao", "Goma", False),  # a skeleton too short to trust
        ("Kidal", "Gao", False),
        ("Imam Sahib", "Khanabad", False),
    ],
)
def test_initials_that_transliterations_swap_are_alike(written: str, name: str, alike: bool) -> None:
    assert alike_place_names(written, name) is alike
    assert alike_place_names(name, written) is alike


def mention(mention_id: str, evidence: str, place: Place | None) -> EventMention:
    return EventMention(
        mention_id=mention_id, document_id=mention_id.split("#")[0], event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", evidence=evidence, start=0, end=len(evidence), date=MONDAY,
        time_precision=1, place=place, fatalities_min=2, fatalities_max=2,
    )  # fmt: skip


def test_a_report_with_no_place_writing_emam_sahib_names_imam_sahib_and_finds_it() -> None:
    text = "Two policemen were killed yesterday when a mine exploded under their vehicle in Emam Sahib."
    assert writes_place_name(text, "Imam Sahib")
    placed = mention("placed#0", "A roadside bomb killed two policemen in Imam Sahib district on Monday.", IMAM_SAHIB)
    unplaced = mention("unplaced#0", text, None)
    assert set(town_keys(placed)) & set(lookup_keys(unplaced))


def test_reports_of_imam_sahib_and_emam_sahib_fuse_in_either_order(tmp_path: Path) -> None:
    placed = {
        "id": "placed", "source": "Afghan Security Monitor", "published": "2026-11-09", "title": "",
        "text": "A roadside bomb struck a police vehicle in the Imam Sahib district of northern Kunduz province on "
        "Monday morning, killing two policemen, a provincial official said.",
    }  # fmt: skip
    unplaced = {
        "id": "unplaced", "source": "Hasht Radio (translated from Dari)", "published": "2026-11-10", "title": "",
        "text": "Two policemen were killed yesterday morning when a mine placed on the road exploded under their "
        "vehicle in Emam Sahib, the police said.",
    }  # fmt: skip
    for order, sources in sources_in_either_order(tmp_path, placed, unplaced).items():
        assert sources == [["placed", "unplaced"]], order
