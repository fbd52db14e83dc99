"""People killed as well as taken: ACLED codes the most severe, an attack, not an abduction (real pipeline,
real SQLite file; a field note's bullets written for this test, expectations checked by hand)."""

from __future__ import annotations

from pathlib import Path

from tests.ledger_helpers import ingest


def test_an_abduction_with_its_own_dead_is_an_attack(tmp_path: Path) -> None:
    text = (
        "- 12 May, Tahoua region, Tillia: raid on a herders' camp by a non-state armed group; 3 herders killed, "
        "5 abducted.\n\n"
        "- 14 May, Tillaberi region, Ayorou: 4 traders abducted by a non-state armed group on the road to the "
        "market."
    )
    events = ingest(tmp_path, [{"id": "note", "source": "Test Monitor", "published": "2026-05-18",
                                "title": "Field note, 11-17 May", "text": text}])  # fmt: skip
    told = sorted((e["location"], e["sub_event_type"], e["fatalities"]) for e in events)
    assert [t for t in told if t[0] in ("Tillia", "Ayorou")] == [
        ("Ayorou", "Abduction/forced disappearance", None),
        ("Tillia", "Attack", 3),
    ]
