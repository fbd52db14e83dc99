"""The review queue on a real ledger and a real server: the web fixture plus a protest report misread as
1,000 dead ("Thousands of protesters ... police said three people were killed") and a low-confidence
riot. Outliers and low-confidence events are listed with their reasons; decisions need the token, are
audited, leave the queue, and hold when the events are fused again (an edited figure included); the
page does the same in Chromium."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest

from eventledger.ledger import merge_events
from eventledger.models import Event
from eventledger.store import open_store
from tests.test_browser import CHROMIUM, Watched, chromium
from tests.web_fixtures import KANO, TOKEN, _article, _mention, _source, build_ledger, live_server

PROTEST = _article("kano-protest-9", "Thousands march in Kano", "Kano Chronicle", "2024-03-05", [
    "Thousands of protesters marched through Kano on Tuesday, and police said three people were killed.",
    "Shops stayed shut in the city centre.",
])
RIOT = _article("kano-riot-10", "Youths clash in Kano", "Kano Chronicle", "2024-03-06", [
    "Youths reportedly threw stones at a bus station in Kano on Wednesday.",
])
SENTENCE = PROTEST.clean_text.split("\n\n")[0]


def add_review_cases(db: str) -> None:
    protest = _mention(PROTEST, 0, SENTENCE, "Protest with intervention", "Protests", date=dt.date(2024, 3, 5),
                       time_precision=1, actor1="Protesters (Nigeria)", place=KANO, fatalities_min=1000,
                       fatalities_max=1000, fatalities_approximate=True, attributed_to="police")
    riot = _mention(RIOT, 0, RIOT.clean_text, "Mob violence", "Riots", date=dt.date(2024, 3, 6), time_precision=1,
                    actor1="Rioters (Nigeria)", place=KANO)
    events = [
        (Event("ev-protest", "Protests", "Protest with intervention", dt.date(2024, 3, 5), 1, "Protesters (Nigeria)",
               place=KANO, fatalities=1000, fatalities_max=1000, confidence=0.62, notes="Protesters marched in Kano.",
               sources=[_source(PROTEST, protest)]), [protest.mention_id]),
        (Event("ev-riot", "Riots", "Mob violence", dt.date(2024, 3, 6), 1, "Rioters (Nigeria)", place=KANO,
               confidence=0.21, notes="Youths threw stones at a bus station in Kano.", sources=[_source(RIOT, riot)]),
         [riot.mention_id]),
    ]
    store = open_store(db)
    with store.transaction():
        for article in (PROTEST, RIOT):
            store.add_document(article)
        store.add_mentions([protest, riot], {protest.mention_id: [], riot.mention_id: []})
        store.replace_events([], events)
    store.close()


@pytest.fixture
def server(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    add_review_cases(db)
    with live_server(db) as live:
        yield live


def queue(server, **params) -> dict:
    response = httpx.get(server.url + "/api/review", params=params)
    assert response.status_code == 200, response.text
    return response.json()["sections"]


def decide(server, token: str | None = TOKEN, **body) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(server.url + "/api/review/decisions", json=body, headers=headers)


def test_queue_lists_the_misread_toll_and_the_unsure_riot(server):
    sections = queue(server)
    [outlier] = sections["outlier_figure"]["items"]
    assert (outlier["key"], outlier["figure"], outlier["event"]["event_id"]) == ("kano-protest-9#0", 1000, "ev-protest")
    assert outlier["reasons"] == [
        "1000 killed is more than a Protests event plausibly has (at most 20)",
        "1000 is over 10 times every other number in its sentence (largest: 3)",  # "three people were killed"
    ]
    # the Kunduz reports (about 100, and 46) are within what a bombing has, with no other number beside them
    low = sections["low_confidence"]
    assert [i["event"]["event_id"] for i in low["items"]] == ["ev-riot"] and low["total"] == 1
    assert low["items"][0]["reasons"] == ["confidence 0.21 is under 0.4"]
    assert queue(server, country="AFG")["outlier_figure"]["total"] == 0  # the filters of /api/events apply


def test_decisions_need_the_token_and_are_audited(server):
    assert decide(server, None, issue="low_confidence", key="kano-riot-10#0", decision="accepted").status_code == 401
    assert decide(server, "wrong", issue="low_confidence", key="kano-riot-10#0", decision="accepted").status_code == 401
    answer = decide(server, issue="low_confidence", key="kano-riot-10#0", decision="accepted", reason="video checked")
    assert answer.status_code == 200 and answer.json() == {"event_id": "ev-riot", "decision": "accepted"}
    assert queue(server)["low_confidence"]["total"] == 0
    store = open_store(server.db)
    [entry] = [a for a in store.iter_audit() if a["action"].startswith("review-")]
    store.close()
    assert entry["action"] == "review-accepted" and entry["event_ids"] == ["ev-riot"]
    assert "low_confidence kano-riot-10#0" in entry["reason"] and "video checked" in entry["reason"]
    bad = decide(server, issue="no_such_section", key="kano-riot-10#0", decision="dismissed")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E123"
    missing = decide(server, issue="low_confidence", key="nowhere#3", decision="dismissed")
    assert missing.status_code == 404


def test_an_edited_figure_is_fused_and_survives_fusing_again(server):
    answer = decide(server, issue="outlier_figure", key="kano-protest-9#0", decision="edited",
                    fatalities_min=3, fatalities_max=3, reason="the three were killed; thousands marched")
    assert answer.status_code == 200
    event_id = answer.json()["event_id"]
    event = httpx.get(f"{server.url}/api/events/{event_id}").json()
    assert event["fatalities"] == 3 and event["sources"][0]["fatalities_max"] == 3
    assert queue(server)["outlier_figure"]["total"] == 0
    # an analyst's merge fuses the protest again from its stored reports: the edit still holds
    store = open_store(server.db)
    merged = merge_events(store, [event_id, "ev-riot"], "same unrest")
    fused = store.get_event(merged)
    store.close()
    assert fused["fatalities"] == 3
    assert {s["document_id"]: s["fatalities_max"] for s in fused["sources"]} == {"kano-protest-9": 3,
                                                                                "kano-riot-10": None}
    # the stored report itself is as read: the edit is the analyst's, kept beside it
    store = open_store(server.db)
    [(_, mention)] = [(e, m) for e, m in store.mentions_of_documents(["kano-protest-9"])]
    store.close()
    assert mention.fatalities_max == 1000


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)")
def test_review_page_sets_a_figure_with_the_token(server, tmp_path):
    with chromium(tmp_path / "profile") as context:
        watched = Watched(context)
        page = watched.page
        page.goto(server.url + "/")
        page.click("header nav a:text-is('Review')")
        page.wait_for_url(re.compile(r"/review$"))
        item = page.locator(".review-section[data-section=outlier_figure] li.review-item")
        item.wait_for()
        assert "1000 killed" in item.locator(".figure").text_content()
        assert page.locator(".review-section[data-section=outlier_figure] .count").text_content() == "(1 open)"
        assert page.locator(".review-section[data-section=low_confidence] .count").text_content() == "(1 open)"
        watched.shot("review-queue")
        item.locator("input.edit-figure").fill("3")
        page.fill("#token", "wrong")
        item.locator("button.edit").click()
        page.locator("#review-status", has_text="failed").wait_for()
        page.fill("#token", TOKEN)
        item.locator("button.edit").click()
        page.locator("#review-status", has_text="edited").wait_for()
        page.wait_for_selector(".review-section[data-section=outlier_figure] .count:text-is('(0 open)')")
        page.locator(".review-section[data-section=low_confidence] button.dismiss").click()
        page.wait_for_selector(".review-section[data-section=low_confidence] .count:text-is('(0 open)')")
        # the one console error is the refused write with the wrong token
        assert [e for e in watched.errors if "401" not in e] == [] and watched.dialogs == []


def test_a_sentences_open_ended_numbers_count_at_their_stated_bound():
    from eventledger.review import sentence_numbers

    # "more than 100" has a least value and no largest: it counts as 100 (it failed the review queue)
    assert sentence_numbers("More than 100 people were killed and up to 50 wounded in 2021.") == [100, 50]
