"""Arabic place names as news writes them: a province's final "-ah" left off ("Shabwa" for Shabwah), and the
article written apart before a hyphen ("Deir ez-Zor", "Deir el-Balah"). A real ingest into a real ledger, on
headlines written for these tests; places checked by hand against the gazetteer."""

from __future__ import annotations

import pytest
from ledger_helpers import ingest_texts


@pytest.mark.parametrize(
    "headline",
    [
        "Houthi fighters attack government forces in Shabwa province",
        "Houthi rebels push into Shabwa province",
    ],
)
def test_a_province_named_without_its_final_h_is_that_province(tmp_path, headline):
    # the exact name "Shabwa" belongs only to a village in Myanmar (Sha Bwa); a province word rules it out
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert len(events) == 1, events
    assert (events[0]["country"], events[0]["admin1"]) == ("Yemen", "Shabwah")
    # the government forces are Yemen's (2024: the forces of 2022 on), no longer Myanmar's
    assert (events[0]["actor2"] or "Military Forces of Yemen").startswith("Military Forces of Yemen"), events[0]


def test_the_article_written_apart_before_a_hyphen_stays_in_the_name(tmp_path):
    # "Deir ez-Zor countryside" had been cut to "Zor", found as Az Zawr in Kuwait
    headline = "Locals find the body of a shepherd in the Deir ez-Zor countryside"
    events = ingest_texts(tmp_path, {"h1": headline}, published="2024-02-10")
    assert [(e["country"], e["admin1"]) for e in events] == [("Syria", "Deir ez Zor")]


def test_a_tagged_name_cut_at_its_article_takes_the_rest_of_the_name(tmp_path):
    # the tagger's entity stops at "Deir el"; the name goes on after the hyphen (it had no place, or Israel)
    events = ingest_texts(
        tmp_path, {"h1": "Israeli shelling kills four in the Deir el-Balah camp"}, published="2024-02-10"
    )
    assert [(e["country"], e["location"], e["fatalities"]) for e in events] == [("Palestine", "Dayr al Balah", 4)]



def test_the_badia_of_a_town_tagged_as_one_name_is_that_town_s_countryside(tmp_path):
    # "Badia of Al-Mayadeen" tagged as one organisation had left the event with no place and no country
    text = "ISIS cells attacked regime forces positions in the Badia of Al-Mayadeen, killing 5 members of the forces."
    events = ingest_texts(tmp_path, {"a1": text}, published="2024-02-10")
    assert [(e["country"], e["location"], e["fatalities"]) for e in events] == [("Syria", "Al Mayadin", 5)]
