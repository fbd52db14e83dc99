"""An analyst's actor merge on a real ledger and server: the web fixture plus a duplicate of ISKP ("IS
Khorasan Group", alias "ISKG") named by one report. Merging it into ISKP needs the token, fuses its event
again under ISKP, keeps its names as ISKP's aliases (filters still find them), is audited, and holds for
a report that arrives later under the old name; the actor page does it in Chromium."""

from __future__ import annotations

import dataclasses
import datetime as dt

import httpx
import pytest

from eventledger.ledger import record_article
from eventledger.models import Actor, Event, Place
from eventledger.store import open_store
from tests.test_browser import CHROMIUM, Watched, chromium
from tests.web_fixtures import ISKP, TOKEN, _article, _mention, _source, build_ledger, live_server

DUPLICATE = "IS Khorasan Group"
JALALABAD = Place("Jalalabad", "Afghanistan", "AFG", "Nangarhar", None, 34.43, 70.45, 1)
CLAIM = _article("jbd-11", "Blast in Jalalabad", "Eastern Post", "2021-11-03", [
    "A roadside bomb hit a Taliban vehicle in Jalalabad on Wednesday, and the IS Khorasan Group said it planted it.",
])
LATER = _article("jbd-12", "Second blast in Jalalabad", "Eastern Post", "2021-11-20", [
    "Another roadside bomb struck a Taliban patrol in Jalalabad on Saturday; the IS Khorasan Group claimed it.",
])


def add_duplicate(db: str) -> None:
    sentence = CLAIM.clean_text
    mention = _mention(CLAIM, 0, sentence, "Remote explosive/landmine/IED", "Explosions/Remote violence",
                       date=dt.date(2021, 11, 3), time_precision=1, actor1=DUPLICATE, actor2="Taliban",
                       claimed_by=DUPLICATE, place=JALALABAD)
    event = Event("ev-jalalabad", "Explosions/Remote violence", "Remote explosive/landmine/IED", dt.date(2021, 11, 3),
                  1, DUPLICATE, [], "Taliban", [], DUPLICATE, False, JALALABAD, None, None, False, 0.6, 1,
                  "A roadside bomb hit a Taliban vehicle in Jalalabad.", [_source(CLAIM, mention)])
    store = open_store(db)
    with store.transaction():
        store.add_document(CLAIM)
        store.add_mentions([mention], {mention.mention_id: []})
        store.replace_events([], [(event, [mention.mention_id])])
        store.upsert_actor(Actor("is-khorasan-group", DUPLICATE, ["ISKG"], "Rebel group", "AFG"))
    store.close()


@pytest.fixture
def server(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    add_duplicate(db)
    with live_server(db) as live:
        yield live


def merge(server, token: str | None = TOKEN, **body) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(server.url + "/api/actors/merge", json=body, headers=headers)


def events_of(server, actor: str) -> list[dict]:
    return httpx.get(server.url + "/api/events", params={"actor": actor}).json()["events"]


def test_merge_fuses_again_under_the_kept_actor_and_holds_for_later_reports(server):
    assert merge(server, None, from_actor_id="is-khorasan-group", into_actor_id="iskp").status_code == 401
    assert merge(server, from_actor_id="no-such-actor", into_actor_id="iskp").status_code == 404
    assert merge(server, from_actor_id="iskp", into_actor_id="iskp").json()["error"]["code"] == "E124"
    answer = merge(server, from_actor_id="is-khorasan-group", into_actor_id="iskp", reason="same group")
    assert answer.status_code == 200 and answer.json() == {"actor_id": "iskp", "name": ISKP,
                                                           "events": ["ev-jalalabad"]}
    assert httpx.get(server.url + "/api/actors/is-khorasan-group").status_code == 404
    iskp = httpx.get(server.url + "/api/actors/iskp").json()
    assert {DUPLICATE, "ISKG"} <= set(iskp["aliases"])
    [event] = [e for e in events_of(server, ISKP) if e["location"] == "Jalalabad"]
    assert (event["actor1"], event["claimed_by"]) == (ISKP, ISKP)
    # the old names and alias still find it, as ISKP's
    assert [e["event_id"] for e in events_of(server, "ISKG")] == [e["event_id"] for e in events_of(server, ISKP)]
    assert event["event_id"] in {e["event_id"] for e in events_of(server, DUPLICATE)}

    store = open_store(server.db)
    [audit] = [a for a in store.iter_audit() if a["action"] == "actor-merge"]
    assert audit["event_ids"] == ["ev-jalalabad"]
    assert audit["reason"] == f"{DUPLICATE} (is-khorasan-group) into {ISKP} (iskp); same group"
    # a later report under the old name: stored and fused as ISKP's, and the old actor is not stored again
    later = dataclasses.replace(LATER, events=[_mention(
        LATER, 0, LATER.clean_text, "Remote explosive/landmine/IED", "Explosions/Remote violence",
        date=dt.date(2021, 11, 20), time_precision=1, actor1=DUPLICATE, actor2="Taliban", claimed_by=DUPLICATE,
        place=JALALABAD)])
    outcome = record_article(store, later)
    [new_id] = outcome.event_ids
    fused = store.get_event(new_id)
    assert (fused["actor1"], fused["claimed_by"]) == (ISKP, ISKP)
    assert store.get_actor("is-khorasan-group") is None
    assert [a.name for a in store.iter_actors() if a.name == DUPLICATE] == []
    store.close()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)")
def test_actor_page_merges_a_duplicate(server, tmp_path):
    with chromium(tmp_path / "profile") as context:
        watched = Watched(context)
        page = watched.page
        page.goto(server.url + "/actors/iskp")
        assert page.locator("#actor-events").text_content() == "4"
        page.fill("#merge-actor-id", "is-khorasan-group")
        page.fill("#token", TOKEN)
        page.fill("#reason", "same group")
        page.click("#merge-actor")
        page.wait_for_selector("dd.merged-names")
        assert page.locator("#actor-events").text_content() == "5"
        assert "ISKG" in page.locator("dd.merged-names").text_content()
        watched.shot("actor-merged")
        page.goto(server.url + "/actors?q=Khorasan")
        names = page.locator("table.actors tbody tr td:first-child").all_text_contents()
        assert DUPLICATE not in names and ISKP in names
        assert watched.errors == [] and watched.dialogs == []
