"""Which sources' figures are credible (ACLED: a claimant's or perpetrator's toll is not), on mentions built for
these tests."""

from __future__ import annotations

from eventledger.fuse.provenance import fatalities_of
from eventledger.models import EventMention


def _mention(attributed_to: str, actor1: str, low: int, claimed_by: str | None = None) -> EventMention:
    return EventMention(
        mention_id="d1#0", document_id="d1", event_type="Violence against civilians", sub_event_type="Attack",
        evidence="Gunmen killed at least 17 farmers, residents said.", start=0, end=10, actor1=actor1,
        attributed_to=attributed_to, claimed_by=claimed_by, fatalities_min=low, fatalities_max=None,
    )


def test_a_country_named_as_source_is_no_claimant_for_the_generic_gunmen_of_that_country():
    # "Unidentified Armed Group (Nigeria)" contains "Nigeria": its country is no part of who the gunmen are
    assert fatalities_of([_mention("Nigeria", "Unidentified Armed Group (Nigeria)", 17)], set()) == (17, 17)


def test_the_perpetrator_s_own_figure_stays_out():
    mention = _mention("Islamic State West Africa Province", "Islamic State West Africa Province", 40)
    assert fatalities_of([mention], set()) == (None, None)
