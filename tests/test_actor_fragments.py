"""A number or a quantifier is not part of a name: members whose group is not known are stored as an
actor under their phrase without it, or not at all. Sentences written for this test, through the real
pipeline into a real ledger."""

from __future__ import annotations

import json
import re

import pytest

from eventledger import pipeline
from eventledger.store import open_store

SENTENCES = {
    "d1": ("2016-03-10", "Some 67 Syrian government fighters defected to the Islamic State group in Raqqa last week, "
                         "the Syrian Observatory for Human Rights said."),
    "d2": ("2019-05-02", "At least 450 members of Saudi-backed forces have joined the Houthis in recent months, "
                         "a Houthi spokesman said."),
    "d3": ("2021-11-01", "More than 200 fighters joined al-Shabaab in Somalia this year, the report said."),
    "d4": ("2021-11-01", "Dozens of former Afghan army commandos have joined Islamic State Khorasan Province since "
                         "August, officials said."),
}
QUANTIFIER = re.compile(r"\d|^(some|at least|more than|dozens|hundreds|several|about|members of)\b", re.IGNORECASE)
REGIME_PERIOD = re.compile(r" \(\d{4}-(\d{4})?\)$")  # ACLED's "Military Forces of Afghanistan (2014-2021)"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fragments")
    corpus = folder / "defections.jsonl"
    corpus.write_text("".join(json.dumps({"id": key, "published": day, "text": text}) + "\n"
                              for key, (day, text) in SENTENCES.items()), encoding="utf-8")
    ledger = open_store(str(folder / "ledger.db"))
    pipeline.ingest_paths([str(corpus)], ledger)
    yield ledger
    ledger.close()


def test_no_stored_actor_name_carries_a_number_or_quantifier(store):
    names = [REGIME_PERIOD.sub("", a.name) for a in store.iter_actors()]
    assert not [n for n in names if QUANTIFIER.search(n)], names


def test_members_are_named_without_their_count(store):
    by_name = {a.name: a for a in store.iter_actors()}
    assert [(a.group, a.members) for a in by_name["Syrian government fighters"].affiliations] == [
        ("Islamic State", "Some 67 Syrian government fighters")]
    assert [(a.group, a.members) for a in by_name["Saudi-backed forces"].affiliations] == [
        ("Houthis", "At least 450 members of Saudi-backed forces")]
    # a known group is named by the knowledge base, as before
    assert [a.group for a in by_name["Afghan National Army"].affiliations] == ["Islamic State Khorasan Province"]


def test_members_with_nothing_but_a_common_noun_stay_unnamed_but_the_change_is_kept(store):
    assert "fighters" not in {a.name.casefold() for a in store.iter_actors()}
    incoming = store.incoming_affiliations("al-Shabaab")
    assert [(c["actor"], c["members"]) for c in incoming] == [(None, "More than 200 fighters")]
