"""An arrest for an ordinary crime the arrested person is said to have committed is police work, not an
ACLED arrest; an arrest of political weight stays one: a real ingest into a real ledger, on sentences written
for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def _sub_types(tmp_path, text: str) -> list[str]:
    return [e["sub_event_type"] for e in ingest_texts(tmp_path, {"p1": text}, published="2024-03-11")]


def test_a_thief_described_by_a_clause_is_no_political_arrest(tmp_path):
    assert _sub_types(tmp_path, "Police in Ibadan arrested a man who allegedly stole four motorcycles.") == []


def test_a_suspect_wanted_for_a_robbery_is_no_political_arrest(tmp_path):
    assert _sub_types(tmp_path, "Police arrested a suspect wanted for robbing a bank in Kano.") == []


def test_opposition_activists_arrested_stay_an_arrest(tmp_path):
    assert _sub_types(tmp_path, "Police in Ibadan arrested five opposition activists on Sunday.") == ["Arrests"]
