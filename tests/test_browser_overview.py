"""The map and timeline of the whole filtered ledger, counted on the server (/api/overview), in headless
Chromium: over 500 located events the map shows counted grid cells and says so; the timeline counts
every matching event; clicking a bar or brushing across bars filters the table; a dossier's map names
its place. The ledger is the web fixture plus 1,200 clashes written here with known places and dates
(five a day over 240 days from 2020-01-01), so every expected count is worked out by hand below."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest

from eventledger.models import Event, Place
from eventledger.store import open_store
from tests.test_browser import CHROMIUM, Watched, chromium
from tests.web_fixtures import build_ledger, live_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)"),
]

GAO = Place("Gao", "Mali", "MLI", "Gao", None, 16.27, -0.04, 1)
NIGERIA = [Place("Maiduguri", "Nigeria", "NGA", "Borno", None, 11.85, 13.16, 1),
           Place("Kano", "Nigeria", "NGA", "Kano", None, 12.0, 8.517, 1),
           Place("Zaria", "Nigeria", "NGA", "Kaduna", None, 11.11, 7.72, 1)]
CLASHES = 1200
FIXTURE_EVENTS, FIXTURE_LOCATED = 6, 4  # web_fixtures' ledger: 6 events, 4 with coordinates


def clash(i: int) -> Event:
    place = GAO if i % 4 == 0 else NIGERIA[i % 3]  # 300 in Gao, 900 in Nigeria
    return Event(f"ev-clash-{i:04d}", "Battles", "Armed clash", dt.date(2020, 1, 1) + dt.timedelta(days=i % 240), 1,
                 "Unidentified Armed Group", place=place, fatalities=i % 3, notes=f"Clash number {i}.")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("overview") / "ledger.db")
    build_ledger(db)
    store = open_store(db)
    with store.transaction():
        store.replace_events([], [(clash(i), []) for i in range(CLASHES)])
    store.close()
    with live_server(db) as live:
        yield live


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.page.close()


def test_api_counts_the_whole_ledger(server):
    body = httpx.get(server.url + "/api/overview").json()
    assert body["total"] == CLASHES + FIXTURE_EVENTS and body["located"] == CLASHES + FIXTURE_LOCATED
    assert body["map"]["aggregated"] is True
    assert sum(c["count"] for c in body["map"]["cells"]) == CLASHES + FIXTURE_LOCATED
    # 2020-01-01 to the fixture's events of March 2024: over 120 days and under five years, so weeks; the
    # first from Monday 2019-12-30, with the clashes of days 0 to 4 (five a day)
    timeline = body["timeline"]
    assert timeline["bucket"] == "week" and sum(c["count"] for c in timeline["counts"]) == body["dated"]
    first = timeline["counts"][0]
    assert (first["start"], first["end"], first["count"]) == ("2019-12-30", "2020-01-05", 5 * 5)
    # the Kano attacks: Friday 2024-03-01 in the week of Monday 2024-02-26, and Monday 2024-03-04
    assert [(c["start"], c["count"]) for c in timeline["counts"][-2:]] == [("2024-02-26", 1), ("2024-03-04", 1)]

    mali = httpx.get(server.url + "/api/overview", params={"country": "MLI"}).json()
    assert mali["map"]["aggregated"] is False and len(mali["map"]["points"]) == 300
    assert {p["location"] for p in mali["map"]["points"]} == {"Gao"}
    # 240 days of clashes: weeks, from the Monday before 2020-01-01
    assert mali["timeline"]["bucket"] == "week" and mali["timeline"]["counts"][0]["start"] == "2019-12-30"


def test_aggregated_map_says_so_and_zooms_in(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.wait_for_selector("path.event-cluster")
    page.wait_for_load_state("networkidle")  # the map fitted to the events, counted again for that view
    note = page.locator("#overview-note")
    assert "aggregated" in (note.get_attribute("class") or "")
    assert "all 1,204 located events" in note.text_content() and "grid cell" in note.text_content()
    assert "2 events without coordinates not on the map" in note.text_content()
    counts = [int(t) for t in page.locator(".leaflet-tooltip.cluster-count").all_text_contents()]
    assert sum(counts) == CLASHES + FIXTURE_LOCATED
    assert page.locator("path.event-marker").count() == 0
    watched.shot("overview-aggregated")

    degrees = float(re.search(r"of ([\d.]+)°", note.text_content()).group(1))
    page.locator("path.event-cluster").first.click(force=True)  # the biggest cell: zoom to it
    page.wait_for_function(f"() => !document.querySelector('#overview-note').textContent.includes('of {degrees}°')")
    finer = float(re.search(r"of ([\d.]+)°", note.text_content()).group(1))
    assert finer < degrees
    # zoomed in on one town's cell at most 500 events are in view: drawn one by one
    for _ in range(6):
        if page.locator("path.event-marker").count():
            break
        before = note.text_content()
        page.locator("path.event-cluster").last.click(force=True)
        page.wait_for_function("text => document.querySelector('#overview-note').textContent !== text", arg=before)
        page.wait_for_load_state("networkidle")
    markers = page.locator("path.event-marker").count()
    assert 0 < markers <= 500 and page.locator("path.event-cluster").count() == 0
    assert f"the {markers} located events in view (of 1,204), one by one" in note.text_content()
    assert "aggregated" not in (note.get_attribute("class") or "")
    watched.shot("overview-zoomed-in")
    assert watched.errors == [] and watched.dialogs == []


def test_clicking_and_brushing_the_timeline_filter_the_table(server, watched):
    page = watched.page
    page.goto(server.url + "/?country=MLI")
    page.wait_for_selector("#timeline rect.bar")
    assert "Events per week" in page.locator("#timeline-caption").text_content()
    assert "aggregated" not in (page.locator("#overview-note").get_attribute("class") or "")
    assert page.locator("path.event-marker").count() == 300
    # Gao has every 4th clash: i = 0, 4, 8, ... dated 2020-01-01 + (i % 240) days, so only the days
    # whose offset from 1 January is a multiple of 4 have events, 5 each (i % 240 takes each value 5 times)
    week = page.locator("#timeline rect.bar[data-start='2020-01-06']")  # offsets 5..11: 8 -> 5 events
    assert week.get_attribute("data-end") == "2020-01-12" and week.get_attribute("data-count") == "5"
    box = page.locator("#timeline rect.slot").nth(1).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"since=2020-01-06&until=2020-01-12"))
    page.wait_for_selector("#status:has-text('5 events match')")
    assert "country=MLI" in page.url
    assert set(page.locator("#events tbody tr td:first-child").all_text_contents()) == {"2020-01-09"}

    # brushing: from the first week's bar to the third's (2019-12-30 to 2020-01-19: offsets 0..18 -> 0, 4,
    # 8, 12, 16 -> 25 events)
    page.goto(server.url + "/?country=MLI")
    page.wait_for_selector("#timeline rect.bar")
    first, third = (page.locator("#timeline rect.slot").nth(i).bounding_box() for i in (0, 2))
    page.mouse.move(first["x"] + 2, first["y"] + 20)
    page.mouse.down()
    page.mouse.move(third["x"] + third["width"] / 2, third["y"] + 20, steps=5)
    page.mouse.up()
    page.wait_for_url(re.compile(r"since=2019-12-30&until=2020-01-19"))
    page.wait_for_selector("#status:has-text('25 events match')")
    watched.shot("overview-brushed")
    assert watched.errors == [] and watched.dialogs == []


def test_dossier_map_names_its_place(server, watched):
    page = watched.page
    page.goto(server.url + "/events/ev-kunduz")
    label = page.locator("#event-map .leaflet-tooltip.place-label")
    label.wait_for()
    assert label.text_content() == "Kunduz" and label.is_visible()
    watched.shot("dossier-label")


def test_guide_is_linked_from_the_header_and_the_numbers(server, watched):
    page = watched.page
    page.goto(server.url + "/events/ev-kunduz")
    # Kunduz: confidence 0.86, two independent sources, dated to the day, located at the town
    confidence = page.locator("dd.confidence")
    assert confidence.get_attribute("title").startswith("high confidence (0.86): independent sources agree")
    assert "high" in confidence.text_content()
    assert "(to the day)" in page.locator("dd.time-precision").text_content()
    assert "(the town or village itself)" in page.locator("dd.geo-precision").text_content()
    assert page.locator("dd.corroboration").get_attribute("title").startswith("2 independent sources")
    page.click("dd.confidence a.explain")
    page.wait_for_url(re.compile(r"/guide#confidence$"))
    bands = page.locator("#confidence-bands tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()))")
    assert bands[0] == ["0.80 and above", "high",
                        "independent sources agree on the place and day, or one report states it plainly"]
    assert bands[-1][:2] == ["0.00 to 0.40", "low"]  # the review queue's threshold
    watched.shot("guide")
    page.goto(server.url + "/?country=MLI")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr td.confidence").first.get_attribute("title").startswith("moderate confidence")
    page.click("header nav a:text-is('How to read this ledger')")
    page.wait_for_url(re.compile(r"/guide$"))
    assert page.locator("h1").text_content() == "How to read this ledger"


def test_actor_page_has_totals_map_and_timeline(server, watched):
    """ISKP in the web fixture: actor 1 of the Kunduz bombing (46 killed, the lowest credible figure; it
    also claimed it), of two defections (no place) and of the Gardez clash (no toll)."""
    page = watched.page
    page.goto(server.url + "/actors/iskp")
    assert page.locator("#actor-events").text_content() == "4"
    assert page.locator("#actor-fatalities").text_content() == "46"
    assert "2021-10-08 to 2021-10-27" in page.locator(".actor-totals").text_content()
    assert page.locator("h3[data-role=actor1]").text_content().startswith("Carried out (actor 1)")
    assert page.locator("h3[data-role=claimed_by]").text_content().startswith("Claimed responsibility")
    page.wait_for_selector("#actor-overview path.event-marker")
    assert page.locator("#actor-overview path.event-marker").count() == 2  # Kunduz and Gardez
    assert "all 2 located events" in page.locator("#overview-note").text_content()
    assert "2 events without coordinates not on the map" in page.locator("#overview-note").text_content()
    watched.shot("actor-iskp-overview")
    # a timeline bar opens the events table for the actor and that period: 2021-10-08 to -27 is a day scale
    bar = page.locator("#timeline rect.bar[data-start='2021-10-08']")
    assert bar.get_attribute("data-count") == "1"
    index = page.locator("#timeline rect.bar").evaluate_all(
        "bars => bars.findIndex(b => b.dataset.start === '2021-10-08')")
    slot = page.locator("#timeline rect.slot").nth(index).bounding_box()
    page.mouse.click(slot["x"] + slot["width"] / 2, slot["y"] + slot["height"] / 2)
    page.wait_for_url(re.compile(r"/\?actor=Islamic\+State\+Khorasan\+Province&since=2021-10-08&until=2021-10-08$"))
    page.wait_for_selector("#status:has-text('1 event match')")
    assert page.locator("#events tbody tr").get_attribute("data-event-id") == "ev-kunduz"
    assert watched.errors == [] and watched.dialogs == []
