"""Fusion's shortcuts give the answers of the scans they replace, on real reports.

``is_same_event`` (the decision without the score, turning a pair down once its date or place does not agree
positively), ``_names_entry`` (a set of each text's gazetteer entries instead of a lookup per town) and
``writes_place_name`` (a set of each text's spelling keys instead of comparing every phrase) are checked
against ``same_event`` and the loops they replaced, on the mentions two fusion dev sets are ingested into:
every pair across documents, every town of the ledger.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventledger.fuse import as_date, is_same_event, same_event
from eventledger.fuse.compatibility import MIN_NAME_LENGTH, _names_entry
from eventledger.fuse.names import alike_place_names, name_phrases, writes_place_name
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import EventMention
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

FUSION = Path(__file__).resolve().parent.parent / "devdata" / "fusion"
SETS = ("placeless", "wire6", "relay")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[EventMention], dict[str, object]]:
    """The stored mentions of the dev sets, and each document's publication date."""
    store = open_store(str(tmp_path_factory.mktemp("shortcuts") / "ledger.db"))
    try:
        ingest_paths([str(FUSION / name / "articles.jsonl") for name in SETS], store)
        mentions = [m for _, m in store.mentions_of_events(sorted(store.event_ids()))]
        published = {d: m["published"] for d, m in store.document_meta({m.document_id for m in mentions}).items()}
    finally:
        store.close()
    assert len(mentions) > 50
    return mentions, published


def test_is_same_event_decides_as_same_event(reports: tuple[list[EventMention], dict[str, object]]) -> None:
    mentions, published = reports
    decided = {True: 0, False: 0}
    for a in mentions:
        for b in mentions:
            for copies in (False, True):
                when = {"a_published": published[a.document_id], "b_published": published[b.document_id]}
                expected = same_event(a, b, **when, near_duplicate=copies)[0]  # type: ignore[arg-type]
                found = is_same_event(a, b, **when, near_duplicate=copies)  # type: ignore[arg-type]
                assert found == expected, (a.mention_id, b.mention_id, copies)
                decided[expected] += 1
    assert decided[True] > 0 and decided[False] > 0
    assert all(as_date(p) is not None for p in published.values())


def _names_entry_by_scan(text: str, geonameid: int, iso3: str | None) -> bool:
    """The lookup per phrase and town that ``_names_entry`` replaced."""
    gazetteer = load_gazetteer()
    return any(
        exact and e.geonameid == geonameid
        for phrase in name_phrases(text) if len(phrase) >= MIN_NAME_LENGTH
        for e, exact in gazetteer.lookup_matches(phrase, country_iso3=iso3)
    )  # fmt: skip


def test_entries_and_spellings_named_match_the_scans(reports: tuple[list[EventMention], dict[str, object]]) -> None:
    mentions, _ = reports
    towns = {(m.place.name, m.place.geonameid, m.place.iso3) for m in mentions if m.place and m.place.name}
    named = written = 0
    for text in sorted({m.evidence for m in mentions}):
        for name, geonameid, iso3 in sorted(towns, key=str):
            if geonameid is not None:
                for country in (iso3, None):
                    expected = _names_entry_by_scan(text, geonameid, country)
                    assert _names_entry(text, geonameid, country) == expected, (text, name, country)
                    named += expected
            alike = any(alike_place_names(phrase, name) for phrase in name_phrases(text))
            expected = _written_as_such(text, name) or alike
            assert writes_place_name(text, name) == expected, (text, name)
            written += alike and not _written_as_such(text, name)
    assert named > 0 and written > 0


def _written_as_such(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None
