"""An incident a follow-up recalls without a date ("arrested six suspects over last week's killing of 11
villagers in Aila"): it happened in the weeks before the follow-up, so it meets the reports that date it
when its town, kind and toll agree. On reports written here, and on devdata/fusion/aftermath through the real
pipeline into a real SQLite file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from eventledger.evaluate_fusion import load_gold, match_events, score_fusion
from eventledger.fuse import block_keys, same_event
from eventledger.fuse import compatibility as c
from eventledger.models import EventMention, Place
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

AFTERMATH = Path(__file__).resolve().parent.parent / "devdata" / "fusion" / "aftermath"
TUESDAY = dt.date(2026, 11, 10)
AGATU = Place("Agatu", "Nigeria", "NGA", "Benue", "Agatu", latitude=7.89, longitude=7.91, geo_precision=2,
              geonameid=7730398)  # fmt: skip


def report(mention_id: str, **fields: object) -> EventMention:
    base: dict[str, object] = {
        "mention_id": mention_id, "document_id": mention_id.split("#")[0],
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "evidence": "", "start": 0,
        "end": 1, "date": TUESDAY, "time_precision": 1, "place": AGATU,
        "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
    }  # fmt: skip
    base.update(fields)
    return EventMention(**base)  # type: ignore[arg-type]


ATTACK = report(
    "told#0", fatalities_min=11, fatalities_max=11,
    evidence="Armed herders stormed a village in Agatu local government area on Tuesday and killed 11 people, "
    "the council chairman said.",
)  # fmt: skip
# the extractor leaves "last week's killing" undated: a recalled incident, named by its place, kind and toll
ARRESTS = report(
    "arrests#1", date=None, time_precision=None, background=True, fatalities_min=11, fatalities_max=11,
    evidence="Police said on Tuesday they had arrested six suspects over last week's killing of 11 villagers "
    "in Agatu local government area.",
)  # fmt: skip
WEEK_LATER = TUESDAY + dt.timedelta(days=7)


def same(a: EventMention, b: EventMention, a_published: dt.date, b_published: dt.date) -> bool:
    return same_event(a, b, a_published=a_published, b_published=b_published)[0]


def test_an_undated_recalled_incident_meets_the_report_that_dates_it_by_town_kind_and_toll() -> None:
    assert c.date_relation(ATTACK, ARRESTS, TUESDAY, WEEK_LATER).kind == "before_report"
    assert same(ATTACK, ARRESTS, TUESDAY, WEEK_LATER)
    # with no toll, perpetrator or wording in common the weeks before a report single out nothing
    unsaid = report(
        "arrests#1", date=None, time_precision=None, background=True,
        evidence="Police said on Tuesday they had detained six men over a recent raid in Agatu.",
    )  # fmt: skip
    assert not same(ATTACK, unsaid, TUESDAY, WEEK_LATER)
    # nor does one perpetrator: it strikes a town more than once in two weeks (UCDP GED dev: two junta raids
    # on Sagaing villages)
    by_the_army = "Military Forces of Nigeria"
    raid = dataclasses.replace(ATTACK, actor1=by_the_army)
    assert not same(raid, dataclasses.replace(unsaid, actor1=by_the_army), TUESDAY, WEEK_LATER)
    assert same(raid, dataclasses.replace(ARRESTS, actor1=by_the_army), TUESDAY, WEEK_LATER)


@pytest.mark.parametrize(
    ("published", "meets"),
    [
        (TUESDAY + dt.timedelta(days=2), True),
        (TUESDAY + dt.timedelta(days=c.RECALLED_UNDATED_DAYS), True),
        # recalled more than RECALLED_UNDATED_DAYS later: a report that says nothing of when is no evidence
        (TUESDAY + dt.timedelta(days=c.RECALLED_UNDATED_DAYS + 2), False),
        # a report cannot recall what had not happened when it came out
        (TUESDAY - dt.timedelta(days=3), False),
    ],
)
def test_the_recalled_incident_falls_in_the_weeks_before_its_report(published: dt.date, meets: bool) -> None:
    assert c.recalled_window(ARRESTS, published) == (published - dt.timedelta(days=c.RECALLED_UNDATED_DAYS), published)
    assert same(ATTACK, ARRESTS, TUESDAY, published) == meets


def test_an_undated_recalled_incident_is_indexed_by_the_weeks_before_its_report() -> None:
    # the store finds candidates by these keys only: keyed by its month alone, it never met the dated report
    assert set(block_keys(ATTACK, published=TUESDAY)) & set(block_keys(ARRESTS, published=WEEK_LATER))
    # a report that tells (not recalls) an undated incident keeps its month keys
    told = report("told#2", date=None, time_precision=None)
    assert block_keys(told, published=WEEK_LATER) == ["violent|undated-2026-10|NGA", "violent|undated-2026-11|NGA"]


# ---------------------------------------------------------------- the set end to end

@pytest.fixture(scope="module")
def aftermath_events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("aftermath") / "ledger.db"
    store = open_store(str(db))
    try:
        ingest_paths([str(AFTERMATH / "articles.jsonl")], store)
        return list(store.iter_events())
    finally:
        store.close()


def test_the_arrests_a_week_later_join_the_aila_attack_with_its_toll(aftermath_events: list[dict]) -> None:
    gold = load_gold(AFTERMATH / "gold.json")
    scores = score_fusion(gold, aftermath_events)
    assert scores["wrong_pairs"] == []
    assert not {("af-12", "af-14"), ("af-13", "af-14"), ("af-14", "af-15")} & set(scores["missed_pairs"])
    aila = match_events(gold, aftermath_events)["E"]
    figures = [(s["fatalities_min"], s["fatalities_max"]) for s in aila["sources"] if s["document_id"] == "af-14"]
    assert figures == [(11, 11)]
