"""A report that resolved no country but writes the town in another spelling ("Finote Salam" for Finote Selam)
finds the placed reports whichever arrives first: the town index keys both spellings alike, so the candidate
lookup is as symmetric as the pair decision (names.alike_place_names). Mentions and an ingest written for this
test; expectations checked by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventledger.fuse import lookup_keys, town_keys
from eventledger.models import EventMention, Place
from tests.ledger_helpers import sources_in_either_order

DAY = dt.date(2026, 3, 9)


def mention(mention_id: str, evidence: str, place: Place | None) -> EventMention:
    return EventMention(
        mention_id=mention_id, document_id=mention_id.split("#")[0], event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", evidence=evidence, start=0, end=len(evidence), date=DAY,
        time_precision=1, place=place,
    )  # fmt: skip


@pytest.mark.parametrize(("town", "shares_a_key"), [("Finote Selam", True), ("Bahir Dar", False)])
def test_a_country_less_report_looks_up_the_town_in_its_other_spelling_only(town: str, shares_a_key: bool) -> None:
    # "Finote Salam" is another spelling of Finote Selam; Bahir Dar, another town, shares no lookup key with it
    placed = mention(
        "a#0",
        f"A drone struck the market of {town} on Monday.",
        Place(name=town, country="Ethiopia", iso3="ETH", admin1="Amhara", geo_precision=1),
    )
    unplaced = mention("b#0", "In the drone attack on the market of Finote Salam on Monday, 9 people died.", None)
    assert bool(set(town_keys(placed)) & set(lookup_keys(unplaced))) is shares_a_key


def test_reports_in_two_spellings_fuse_in_either_order(tmp_path: Path) -> None:
    placed = {
        "id": "placed", "source": "Wire A", "published": "2026-03-10", "title": "",
        "text": "A drone strike on the market of Finote Selam in Ethiopia's Amhara region killed nine people on "
        "Monday, health officials said.",
    }  # fmt: skip
    unplaced = {
        "id": "unplaced", "source": "Radio B", "published": "2026-03-11", "title": "",
        "text": "In the drone attack that happened on Monday on the market of Finote Salam town, nine people "
        "died, the health office of the town said.",
    }  # fmt: skip
    for order, sources in sources_in_either_order(tmp_path, placed, unplaced).items():
        assert sources == [["placed", "unplaced"]], order
