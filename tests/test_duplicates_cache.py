"""The events list's has_duplicates filter answered from what was found once per change of the ledger.

On the wire2 dev set ingested through the real pipeline into a real SQLite file, served on 127.0.0.1: the
events flagged are exactly those each event offers when its candidates are looked up one event at a time
(the way the filter found them before, per request: ``offered_one_at_a_time`` below), under filters,
sorts and pages; then an ingest by another process and an analyst's dismissal change the answer at once.
Checked by hand against the articles: w2-24 (the Konduga market bombings' toll) and w2-22 (the bombings)
are the pairs the possible-duplicates tests name, and so are w2-16 (a drone on Dilling hospital) and w2-29
(shells on Kadugli); the two Colombian reports (w2-25, w2-26) are one event, the only one of its country,
so they can have no possible duplicate. ``waziristan-convoy`` is written here: a roadside bomb on a
convoy in North Waziristan on Saturday 14 February, the day after w2-28's roadside bomb in North
Waziristan (published 14 February) - the same town, adjacent days, the same kind of blast, and nothing
else that would let fusion merge them: an analyst's question."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from eventledger import duplicates, fuse
from eventledger.fuse.possible_duplicates import PossibleDuplicate, possible_duplicates
from eventledger.pipeline import ingest_paths
from eventledger.store import EventFilters, Store, open_store
from tests.web_fixtures import TOKEN, live_server

WIRE2 = Path(__file__).resolve().parent.parent / "devdata" / "fusion" / "wire2" / "articles.jsonl"
CONVOY = {"id": "waziristan-convoy", "published": "2026-02-16", "source": "Peshawar Evening Mail",
          "title": "Convoy hit by roadside bomb in North Waziristan",
          "text": "A roadside bomb struck a military convoy in North Waziristan on Saturday, security officials "
                  "said. The officials did not say whether anyone was hurt."}  # fmt: skip


@pytest.fixture(scope="module")
def wire2_ledger(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wire2") / "ledger.db"
    store = open_store(str(db))
    try:
        assert not ingest_paths([str(WIRE2)], store).rejections
    finally:
        store.close()
    return db


@pytest.fixture()
def ledger(wire2_ledger: Path, tmp_path: Path) -> str:
    """A copy of the module's ledger, for a test that writes to it."""
    copy = tmp_path / "ledger.db"
    shutil.copyfile(wire2_ledger, copy)
    return str(copy)


def offered_one_at_a_time(store: Store, event_id: str) -> list[PossibleDuplicate]:
    """One event's possible duplicates as the filter found them before, a lookup of its own: its reports'
    lookup keys, the stored reports of other events under them, each pair scored."""
    own = [m for _, m in store.mentions_of_events([event_id])]
    meta = store.document_meta({m.document_id for m in own})
    keys = set()
    for m in own:
        published = meta[m.document_id]["published"] if m.document_id in meta else None
        keys.update(fuse.lookup_keys(m, published=fuse.as_date(published)))
    candidates = [(e, m) for e, m in store.candidate_mentions(sorted(keys)) if e and e != event_id]
    meta.update(store.document_meta({m.document_id for _, m in candidates}))
    metas = {d: fuse.DocumentMeta(d, r["source"], r["url"], r["published"], r["duplicate_of"]) for d, r in meta.items()}
    return possible_duplicates(own, candidates, metas, set(store.links("cannot")))


def flagged_one_at_a_time(db: str, filters: EventFilters | None = None, sort: str | None = None) -> list[str]:
    store = open_store(db)
    try:
        events = [e["event_id"] for e in store.iter_events(filters, limit=duplicates.MAX_SCANNED_EVENTS,
                                                           newest_first=True, sort=sort)]  # fmt: skip
        return [e for e in events if offered_one_at_a_time(store, e)]
    finally:
        store.close()


def flagged(client: httpx.Client, **params: object) -> dict:
    answer = client.get("/api/events", params={"has_duplicates": "true", "limit": 500, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def event_of(client: httpx.Client, document_id: str) -> str:
    """The violent incident a report tells (w2-24 also tells of two arrests, a strategic development)."""
    events = client.get("/api/events", params={"limit": 500}).json()["events"]
    return next(e["event_id"] for e in events if document_id in {s["document_id"] for s in e["sources"]}
                and e["event_type"] != "Strategic developments")  # fmt: skip


def test_the_events_flagged_are_those_each_event_offers_under_filters_sorts_and_pages(wire2_ledger: Path) -> None:
    db = str(wire2_ledger)
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        everything = flagged(client)
        ids = [e["event_id"] for e in everything["events"]]
        assert ids == flagged_one_at_a_time(db) and everything["total"] == len(ids)
        assert everything["scanned"] == len(client.get("/api/events", params={"limit": 500}).json()["events"])
        assert {event_of(client, d) for d in ("w2-22", "w2-24", "w2-16", "w2-29")} <= set(ids)
        assert event_of(client, "w2-25") == event_of(client, "w2-26") not in ids
        # each listed event is a whole stored record, as the unfiltered list gives it
        plain = {e["event_id"]: e for e in client.get("/api/events", params={"limit": 500}).json()["events"]}
        assert all(e == plain[e["event_id"]] for e in everything["events"])
        for params, filters in (({"country": "Nigeria"}, EventFilters(country="Nigeria")),
                                ({"sort": "-fatalities"}, None), ({"sort": "location"}, None),
                                ({"q": "killed", "sort": "event_date"}, EventFilters(q="killed"))):  # fmt: skip
            answer = flagged(client, **params)
            assert [e["event_id"] for e in answer["events"]] == flagged_one_at_a_time(db, filters, params.get("sort"))
        # a page of it, asked again (answered from what was found): the same events
        page = flagged(client, limit=2, offset=1)
        assert [e["event_id"] for e in page["events"]] == ids[1:3] and page["total"] == len(ids)
        assert flagged(client) == everything
        # the ledger-wide pairs and one event's list come from the same findings
        pairs = client.get("/api/possible-duplicates").json()["pairs"]
        assert {e for p in pairs for e in p["event_ids"]} == set(ids)
        one = client.get(f"/api/events/{ids[0]}/possible-duplicates").json()["possible_duplicates"]
        store = open_store(db)
        try:
            assert [d["event_id"] for d in one] == [d.event_id for d in offered_one_at_a_time(store, ids[0])]
        finally:
            store.close()


def test_an_ingest_by_another_process_and_a_dismissal_change_the_answer_at_once(ledger: str, tmp_path: Path) -> None:
    with live_server(ledger) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        before = [e["event_id"] for e in flagged(client)["events"]]
        waziristan = event_of(client, "w2-28")
        assert waziristan not in before
        assert flagged(client)["events"] == flagged(client)["events"]  # found once, answered twice
        # the command line's ingest, in a process of its own, while the server runs
        source = tmp_path / "convoy.jsonl"
        source.write_text(json.dumps(CONVOY) + "\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "eventledger", "ingest", str(source), "--db", ledger],
                              capture_output=True, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        convoy = event_of(client, "waziristan-convoy")
        after = [e["event_id"] for e in flagged(client)["events"]]
        assert convoy != waziristan and set(after) == set(before) | {waziristan, convoy}
        assert after == flagged_one_at_a_time(ledger)
        offered = client.get(f"/api/events/{waziristan}/possible-duplicates").json()["possible_duplicates"]
        assert [d["event_id"] for d in offered] == [convoy] and offered[0]["why"]["place"] == "same_town"
        # an analyst says the two are different incidents: neither is flagged any more
        dismissal = client.post("/api/possible-duplicates/dismiss", json={"event_ids": [waziristan, convoy]},
                                headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
        assert dismissal.status_code == 200
        assert [e["event_id"] for e in flagged(client)["events"]] == before == flagged_one_at_a_time(ledger)


def test_after_a_write_only_the_events_whose_inputs_changed_have_their_pairs_looked_at(
    ledger: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a running ingest every write changes the ledger's state: an event that reaches no new report
    keeps its findings without its pairs being digested again (all 6,000 pairs of a listing had been)."""
    import sqlite3

    from eventledger import found_duplicates

    with sqlite3.connect(ledger) as conn:  # a name of its own: nothing another test found in this process applies
        conn.execute("UPDATE ledger_generation SET ledger = lower(hex(randomblob(16)))")
    store = open_store(ledger)
    try:
        events = [e["event_id"] for e in store.iter_events(None, limit=1000, newest_first=True)]
        before = found_duplicates.duplicates_of_events(store, events)
        source = tmp_path / "convoy.jsonl"
        source.write_text(json.dumps(CONVOY) + "\n", encoding="utf-8")
        assert not ingest_paths([str(source)], store).rejections
        events = [e["event_id"] for e in store.iter_events(None, limit=1000, newest_first=True)]
        [convoy] = [e for e, m in store.mentions_of_events(events) if m.document_id == "waziristan-convoy"]
        new_reports = {m.mention_id for _, m in store.mentions_of_events([convoy])}
        # the events that reach the new report under one of their lookup keys (its own event among them)
        reaching = {convoy} | {e for e in events if e != convoy and any(
            m.mention_id in new_reports for other, m in store.candidate_mentions(sorted(_keys_of(store, e))))}
        digested: list[list[str]] = []
        real = found_duplicates._inputs
        monkeypatch.setattr(found_duplicates, "_inputs", lambda own, *rest: digested.append(own) or real(own, *rest))
        after = found_duplicates.duplicates_of_events(store, events)
        event_of_report = {m.mention_id: e for e, m in store.mentions_of_events(events)}
    finally:
        store.close()
    assert {event_of_report[own[0]] for own in digested} == reaching and len(reaching) >= 2
    assert after == {e: offered_one_at_a_time_in(ledger, e) for e in events}
    assert {e: f for e, f in after.items() if e not in reaching} == {e: before[e] for e in events if e not in reaching}


def _keys_of(store: Store, event_id: str) -> set[str]:
    own = [m for _, m in store.mentions_of_events([event_id])]
    meta = store.document_meta({m.document_id for m in own})
    return {key for m in own
            for key in fuse.lookup_keys(m, published=fuse.as_date(meta[m.document_id]["published"]))}  # fmt: skip


def offered_one_at_a_time_in(db: str, event_id: str) -> list[PossibleDuplicate]:
    store = open_store(db)
    try:
        return offered_one_at_a_time(store, event_id)
    finally:
        store.close()
