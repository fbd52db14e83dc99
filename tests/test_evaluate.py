"""The scorer (shared/docs/evaluation.md) on hand-made cases, and the quality floors of our evaluation sets.

A floor is only lowered on purpose, in its own commit, with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventledger.evaluate import (
    actor_matches,
    date_matches,
    evaluate_paths,
    fatalities_match,
    fold_name,
    location_matches,
    place_matches,
    score_events,
)
from tests.conftest import REPO, SEED_GOLD, SEED_JSONL

DEVDATA = REPO / "devdata"


def predicted(**fields):
    base = {
        "event_id": "ev-1", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2021-10-25",
        "country": "Afghanistan", "admin1": None, "location": None, "actor1": "Taliban", "actor2": None,
        "claimed_by": None, "assoc_actor_1": None, "assoc_actor_2": None, "fatalities": 1, "background": False,
    }
    base.update(fields)
    return base


def test_province_spellings_fold_together():
    assert fold_name("Kunduz") == fold_name("Kondoz") == fold_name("Qunduz")
    assert fold_name("Paktia") == fold_name("Paktiya") == fold_name("Paktia Province")
    assert fold_name("Kabul") != fold_name("Kunduz")


def test_date_window_and_precision_rules():
    assert date_matches({"date": "2021-10-08", "date_window": ["2021-10-01", "2021-10-31"]},
                        predicted(event_date="2021-10-15"))
    assert not date_matches({"date": "2021-10-08", "date_window": ["2021-10-01", "2021-10-31"]},
                            predicted(event_date="2021-11-01"))
    # a null prediction is right only where the gold date is null
    assert date_matches({"date": None, "date_window": ["2021-08-15", "2021-11-01"]}, predicted(event_date=None))
    assert not date_matches({"date": "2021-10-08", "date_window": ["2021-10-01", "2021-10-31"]},
                            predicted(event_date=None))
    assert date_matches({"date": "2021-10-08"}, predicted(event_date="2021-10-09"))
    assert not date_matches({"date": "2021-10-08"}, predicted(event_date="2021-10-10"))
    assert date_matches({"date": "2021-09"}, predicted(event_date="2021-09-30"))


def test_place_rule_with_admin1_that_may_be_null():
    gold = {"country": "Afghanistan", "admin1": "Paktia", "admin1_may_be_null": True}
    assert place_matches(gold, predicted(admin1="Paktiya"))
    assert place_matches(gold, predicted(admin1=None))
    assert not place_matches(gold, predicted(admin1="Kabul"))
    assert not place_matches({"country": "Afghanistan", "admin1": "Paktia"}, predicted(admin1=None))


def test_arabic_feminine_ending_is_a_spelling_variant():
    assert fold_name("Al-Hasakeh") == fold_name("Al Hasakah")
    assert fold_name("Raqqeh") == fold_name("Raqqah")
    assert fold_name("Hasakeh") != fold_name("Homs")


def test_an_acled_regime_period_does_not_change_the_actor():
    gold = {"actor1": ["Military Forces of the Philippines (2022-)"]}
    assert actor_matches(gold, predicted(actor1="Military Forces of the Philippines"))
    assert actor_matches({"actor1": ["Military Forces of Mali"]}, predicted(actor2="Military Forces of Mali (2021-)"))
    assert not actor_matches(gold, predicted(actor1="Military Forces of Indonesia", actor2=None, claimed_by=None))


def test_spelling_variants_listed_in_the_gold_are_accepted():
    gold = {"country": "Niger", "admin1": "Tillaberi", "admin1_variants": ["Tillabery"], "location": "Tera",
            "location_alternatives": ["Téra"]}
    assert place_matches(gold, predicted(country="Niger", admin1="Tillabéry"))
    assert not place_matches(gold, predicted(country="Niger", admin1="Tahoua"))
    assert location_matches(gold, predicted(location="Téra"))
    assert not location_matches(gold, predicted(location="Ayorou"))
    assert not location_matches(gold, predicted(location=None))
    palestine = {"country": "Palestine", "country_variants": ["Palestinian Territory"]}
    assert place_matches(palestine, predicted(country="Palestinian Territory"))
    assert not place_matches(palestine, predicted(country="Israel"))


def test_fatalities_exact_or_in_range():
    assert fatalities_match([100, 100], 100)
    assert not fatalities_match([100, 100], 46)
    assert fatalities_match([40, None], 46)
    assert fatalities_match([None, None], None)


def test_unmatched_prediction_costs_precision_and_banned_place_is_flagged():
    gold = [{"id": "G1", "required": True, "event_type": "Battles", "sub_event_type": "Armed clash",
             "date": "2021-10-25", "date_window": ["2021-10-21", "2021-10-29"], "country": "Afghanistan",
             "admin1": None, "actor1": ["Islamic State Khorasan Province", "ISKP"], "fatalities": [1, 1]}]
    good = predicted(actor1="ISKP", actor2="Taliban")
    stray = predicted(event_id="ev-2", event_type="Protests", sub_event_type="Peaceful protest",
                      location="Kandahar", admin1="Kandahar")
    report = score_events(gold, [good, stray], not_event_locations=["Kandahar"])
    assert report["recall"] == 1.0
    assert report["precision"] == 0.5
    assert report["fatalities_accuracy"] == 1.0
    assert report["misplaced_events"] == ["ev-2"]


@pytest.fixture(scope="module")
def seed_report():
    return evaluate_paths(SEED_GOLD, [str(SEED_JSONL)])


def test_seed_floors(seed_report):
    [entry] = seed_report["documents"]
    events, cleaning = entry["events"], entry["cleaning"]
    assert events["recall"] == 1.0, events["missed_required"]
    assert events["precision"] >= 0.8
    assert events["sub_event_type_accuracy"] == 1.0
    assert events["fatalities_accuracy"] == 1.0
    assert events["claimed_by_accuracy"] == 1.0
    assert events["misplaced_events"] == []
    assert cleaning["removed_lines_remaining"] == [] and cleaning["headings_missing"] == []
    assert cleaning["body_lines_lost"] == []
    assert entry["quotes"]["found"] == 2 and entry["quotes"]["speaker_accuracy"] == 1.0
    assert entry["claims"]["found"] >= 8


def _dev_report(name: str, folder: Path | None = None) -> dict:
    folder = folder or DEVDATA / name
    corpus = sorted(p for p in folder.glob("*.jsonl") if p.name != "mentions.jsonl")
    return evaluate_paths(folder / "gold.json", [str(p) for p in corpus])


def test_attribution_development_set_floors():
    overall = _dev_report("attribution")["overall"]
    assert overall["quotes"]["f1"] >= 0.9
    assert overall["quotes"]["speaker_accuracy"] >= 0.9
    assert overall["claims"]["chain_accuracy"] >= 0.9


def test_fusion_development_corpus_floors():
    report = _dev_report("fusion")
    fusion = report["fusion"]
    assert fusion["pairwise_f1"] >= 0.9
    assert fusion["fatalities_accuracy"] >= 0.9
    assert fusion["distractor_events"] == 0


def test_extraction_development_set_floors():
    # these articles were looked at while writing rules: the floors guard against regressions only;
    # devdata/extraction/heldout/ is the honest estimate and is not gated
    events = _dev_report("extraction")["overall"]["events"]
    assert events["recall"] >= 0.9
    assert events["precision"] >= 0.85
    assert events["sub_event_type_accuracy"] >= 0.9
    assert events["misplaced_events"] == []


@pytest.mark.parametrize(
    ("name", "recall", "precision"),
    [
        # written blind by other sessions, then used for development (dev parts only): regression guards,
        # a little below what they measure now (extraction2 0.978/0.895, extraction3 0.933/0.774)
        ("extraction2", 0.9, 0.8),
        ("extraction3", 0.85, 0.7),
    ],
)
def test_blind_written_development_set_floors(name, recall, precision):
    events = _dev_report(name)["overall"]["events"]
    assert events["recall"] >= recall, events["missed_required"]
    assert events["precision"] >= precision
    assert events["sub_event_type_accuracy"] >= 0.9
