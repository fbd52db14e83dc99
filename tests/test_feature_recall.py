"""A feature that tells its incident once, in one sentence with the incident's own day and toll, reports that
incident: the article gate (several sentences, only one about violence) had dropped it as an aside. A feature
with no day and count of dead stays without an event (real pipeline, real SQLite file; texts written for this
test, expectations checked by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest_texts, told_by

FEATURE = (
    "KAYA, Burkina Faso - The bus station on the east side of this town was once the busiest in the province. "
    "Today only two buses leave each morning, and the ticket sellers sit in the shade with little to do.\n\n"
    "Since gunmen killed 14 passengers on a bus on the Kaya road on 2 March, many travellers have chosen to "
    "stay at home, drivers say. \"Nobody wants to be the next one,\" said a driver.\n\n"
    "Fuel has become scarce and the price of a ticket has tripled since the start of the year."
)
# the same feature with the incident told without its day or its dead: an aside, as before
UNDATED = FEATURE.replace("Since gunmen killed 14 passengers on a bus on the Kaya road on 2 March", "Since the "
                          "troubles began on the Kaya road")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return ingest_texts(tmp_path_factory.mktemp("feature_recall"), {"feature": FEATURE, "undated": UNDATED},
                        source="Test Magazine", published="2026-03-20", title="The road nobody takes")


def test_a_feature_s_one_dated_toll_is_its_incident(ledger: list[dict[str, Any]]) -> None:
    told = told_by(ledger, "feature")
    assert [(e["event_type"], e["event_date"], e["fatalities"]) for e in told] == [
        ("Violence against civilians", "2026-03-02", 14)
    ]


def test_a_feature_without_day_or_dead_has_no_event(ledger: list[dict[str, Any]]) -> None:
    assert told_by(ledger, "undated") == []
