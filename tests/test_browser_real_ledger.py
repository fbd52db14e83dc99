"""The analyst's desk in headless Chromium on a ledger of more than 10,000 events built from real news text
(tests/real_ledger.py: 1,200 UCDP GED dev headlines and the WikiEvents dev articles ingested, then copied
with new ids and later dates). One test per item of the desk's list: server-side sort, filters, aliases,
country codes, facets and the undated switch; the map and timeline over the whole ledger; exports that
honour the filters; the ACLED CSV as pandas loads it; the explanations; actors; the review queue; the
situation report; the command line on the same ledger. Every expected figure is counted here in SQL on the
ledger file itself (or worked out from the knowledge base), never read back from the pages under test."""

from __future__ import annotations

import io
import json
import math
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

from eventledger.kb.taxonomy import is_acled
from eventledger.review import review_rules
from tests import real_ledger
from tests.test_browser import CHROMIUM, Watched, chromium, datalist_options
from tests.web_fixtures import live_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)"),
    pytest.mark.skipif(not real_ledger.available(), reason="needs ../shared/benchmarks"),
]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("real-ledger") / "ledger.db")
    assert real_ledger.build(db) >= 10_000
    return db


@pytest.fixture(scope="module")
def sql(ledger):
    connection = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    yield lambda query, *params: connection.execute(query, params).fetchall()
    connection.close()


@pytest.fixture(scope="module")
def server(ledger):
    with live_server(ledger) as live:
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


def status_count(page) -> int:
    """The events page's "N events match" figure, once the listing has loaded."""
    page.wait_for_selector("#status:has-text('match;')", timeout=120_000)
    return int(re.match(r"(\d+) events? match", page.locator("#status").text_content()).group(1))


def sort_by_header(page, key: str, order: str) -> None:
    """Click a column's header: the page reloads sorted by the server. The waits are generous because a
    loaded machine may take a while to list a 10,000-event ledger (speed is measured in benchmarks/)."""
    with page.expect_navigation(timeout=120_000):
        page.click(f"th[data-key={key}]")
    page.wait_for_selector(f"th[data-key={key}][aria-sort={order}]", timeout=120_000)
    status_count(page)


def facet_counts(page, name: str) -> dict[str, int]:
    page.wait_for_selector(f".facet[data-facet={name}] li a")
    pairs = page.locator(f".facet[data-facet={name}] li").evaluate_all(
        "items => items.map(li => [li.firstChild.textContent, li.lastChild.textContent])")
    return {value: int(count) for value, count in pairs}


def test_sort_filters_aliases_codes_facets_and_the_undated_switch(server, sql, watched):
    page = watched.page
    page.goto(server.url + "/")
    assert status_count(page) == sql("SELECT count(*) FROM events")[0][0] >= 10_000
    # sorting sorts the ledger, not the page on screen
    sort_by_header(page, "fatalities", "ascending")
    sort_by_header(page, "fatalities", "descending")
    tolls = [int(c) for c in page.locator("#events tbody tr td:nth-child(7)").all_text_contents() if c]
    assert tolls[0] == sql("SELECT max(fatalities) FROM events")[0][0] and tolls == sorted(tolls, reverse=True)
    top = page.locator("#events tbody tr").first.get_attribute("data-event-id")
    assert sql("SELECT fatalities FROM events WHERE event_id = ?", top)[0][0] == tolls[0]
    watched.shot("real-sorted-by-fatalities")

    # a country typed as its ISO code, with its facet counts beside it
    page.goto(server.url + "/?country=SYR")
    syria = sql("SELECT count(*) FROM events WHERE country = 'Syria'")[0][0]
    assert status_count(page) == syria > 1000
    assert facet_counts(page, "country") == {"Syria": syria}
    by_type = dict(sql("SELECT event_type, count(*) FROM events WHERE country = 'Syria' GROUP BY event_type"))
    shown = facet_counts(page, "event_type")
    assert shown and all(by_type[value] == count for value, count in shown.items())

    # an actor typed as an alias the knowledge base knows ("ISIS" is the Islamic State)
    page.goto(server.url + "/?actor=ISIS")
    islamic_state = sql("SELECT count(DISTINCT event_id) FROM event_actors WHERE actor = 'Islamic State'")[0][0]
    assert status_count(page) == islamic_state > 100
    assert facet_counts(page, "event_type") == dict(sql(
        "SELECT event_type, count(*) FROM events WHERE event_id IN"
        " (SELECT event_id FROM event_actors WHERE actor = 'Islamic State') GROUP BY event_type"))

    # minimum fatalities, and undated events only when asked for
    page.goto(server.url + "/?min_fatalities=100")
    assert status_count(page) == sql("SELECT count(*) FROM events WHERE fatalities >= 100")[0][0] > 0
    page.goto(server.url + "/?since=2019-01-01")
    since = sql("SELECT count(*) FROM events WHERE event_date >= '2019-01-01'")[0][0]
    undated = sql("SELECT count(*) FROM events WHERE event_date IS NULL")[0][0]
    assert status_count(page) == since and undated > 0
    page.check("input[name=include_undated]")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"include_undated=true"))
    assert status_count(page) == since + undated
    assert watched.dialogs == [] and watched.errors == []


def test_map_and_timeline_count_the_whole_ledger_and_the_timeline_filters(server, sql, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.wait_for_selector("#timeline rect.bar")
    page.wait_for_selector("#overview-note:has-text('Timeline')")
    note = page.locator("#overview-note").text_content()
    located = sql("SELECT count(*) FROM event_points")[0][0]
    dated = sql("SELECT count(*) FROM events WHERE event_date IS NOT NULL")[0][0]
    undated = sql("SELECT count(*) FROM events WHERE event_date IS NULL")[0][0]
    assert f"all {located:,} located events" in note and "aggregated" in note
    assert f"all {dated:,} dated events" in note and f"{undated:,} undated events not on it" in note
    bars = page.locator("#timeline rect.bar").evaluate_all("bars => bars.map(b => Number(b.dataset.count))")
    assert sum(bars) == dated
    watched.shot("real-overview")
    # a click on the tallest bar filters the table to its period
    tallest = bars.index(max(bars))
    bar = page.locator("#timeline rect.bar").nth(tallest)
    start, end = bar.get_attribute("data-start"), bar.get_attribute("data-end")
    slot = page.locator("#timeline rect.slot").nth(tallest).bounding_box()
    page.mouse.click(slot["x"] + slot["width"] / 2, slot["y"] + slot["height"] / 2)
    page.wait_for_url(re.compile(f"since={start}&until={end}"))
    assert status_count(page) == max(bars) == sql(
        "SELECT count(*) FROM events WHERE event_date BETWEEN ? AND ?", start, end)[0][0]
    assert watched.dialogs == [] and watched.errors == []


def test_a_dossier_maps_and_names_its_place_and_explains_its_numbers(server, sql, watched):
    page = watched.page
    event_id, location = sql("SELECT e.event_id, e.location FROM events e JOIN event_points p ON p.event_rowid ="
                             " e.rowid WHERE e.location IS NOT NULL ORDER BY e.corroboration DESC, e.event_id")[0]
    page.goto(f"{server.url}/events/{event_id}")
    label = page.locator("#event-map .leaflet-tooltip.place-label")
    label.wait_for()
    assert label.text_content() == location
    assert page.locator("dd.confidence").get_attribute("title").split(" confidence")[0] in ("high", "moderate", "low")
    page.click("dd.confidence a.explain")
    page.wait_for_url(re.compile(r"/guide#confidence$"))
    # an event no report dates (a WikiEvents article has no date): the dossier says what the exports give it
    undated = sql("SELECT event_id FROM events WHERE event_date IS NULL AND data NOT LIKE '%\"published\": \"%'"
                  " ORDER BY event_id")[0][0]
    page.goto(f"{server.url}/events/{undated}")
    fallback = page.locator("dd.time-precision .date-fallback")
    assert fallback.get_attribute("data-basis") == "ingest" and "the day the ledger recorded it" in (
        fallback.text_content())
    watched.shot("real-dossier-undated")
    assert watched.dialogs == [] and watched.errors == []


def test_exports_honour_the_filters_and_the_acled_csv_loads_in_pandas(server, sql, watched):
    pandas = pytest.importorskip("pandas")
    page = watched.page
    page.goto(server.url + "/?country=SYR&min_fatalities=10")
    status_count(page)
    link = page.locator("a.export[data-format=acled-csv]").get_attribute("href")
    assert "country=SYR" in link and "min_fatalities=10" in link
    response = page.request.get(server.url + link)
    assert "country-Syria" in response.headers["content-disposition"]
    rows = pandas.read_csv(io.StringIO(response.text()))
    selected = sql("SELECT sub_event_type FROM events WHERE country = 'Syria' AND fatalities >= 10")
    assert len(rows) == sum(1 for (sub_type,) in selected if is_acled(sub_type)) > 0
    assert int(response.headers["x-events-left-out"]) == sum(1 for (sub_type,) in selected if not is_acled(sub_type))

    # the whole ledger: integer tolls, a date on every row, as many rows as the JSONL's ACLED-type events
    whole = page.request.get(server.url + "/api/export?format=acled-csv")
    table = pandas.read_csv(io.StringIO(whole.text()), keep_default_na=False)
    jsonl = page.request.get(server.url + "/api/export?format=events").text()
    events = [json.loads(line) for line in jsonl.splitlines()]
    assert len(events) == sql("SELECT count(*) FROM events")[0][0]
    acled_types = [e for e in events if is_acled(e["sub_event_type"])]
    assert len(table) == len(acled_types) and int(whole.headers["x-events-left-out"]) == len(events) - len(acled_types)
    assert pandas.api.types.is_integer_dtype(table["fatalities"]) and (table["event_date"] != "").all()
    fallbacks = {e["event_id"] for e in acled_types if e["event_date"] is None}
    tagged = table[table["tags"] != ""]
    assert fallbacks and set(tagged["event_id_cnty"]) == fallbacks and (tagged["time_precision"] == 3).all()


def test_actors_search_count_page_and_their_pages_total(server, sql, watched):
    page = watched.page
    page.goto(server.url + "/actors")
    actors = sql("SELECT count(*) FROM actors")[0][0]
    assert page.locator("#page").text_content() == f"1 / {math.ceil(actors / 50)}" and actors > 50
    page.fill("input[name=q]", "Daesh")  # an alias of the Islamic State
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=Daesh"))
    row = page.locator("table.actors tbody tr", has_text="Islamic State").first
    events, killed = sql("SELECT count(*), sum(fatalities) FROM events WHERE event_id IN"
                         " (SELECT event_id FROM event_actors WHERE actor = 'Islamic State')")[0]
    assert row.locator("td.num").text_content() == str(events)
    row.locator("td a").first.click()
    page.wait_for_selector("#actor-events")
    assert page.locator("#actor-events").text_content() == str(events)
    assert page.locator("#actor-fatalities").text_content() == str(killed)
    page.wait_for_selector("#timeline rect.bar")
    watched.shot("real-actor-islamic-state")
    assert watched.dialogs == [] and watched.errors == []


def test_review_queue_lists_the_low_confidence_events_and_the_outliers(server, sql, watched):
    page = watched.page
    page.goto(server.url + "/review")
    below = review_rules().low_confidence_below
    low = sql("SELECT count(*) FROM events WHERE confidence < ?", below)[0][0]
    page.wait_for_selector(f".review-section[data-section=low_confidence] .count:text-is('({low} open)')")
    outliers = page.locator(".review-section[data-section=outlier_figure] li.review-item")
    outliers.first.wait_for()
    assert outliers.count() > 0
    watched.shot("real-review-queue")
    assert watched.dialogs == [] and watched.errors == []


def test_situation_report_of_the_busiest_month_cites_every_key_event(server, sql, watched):
    page = watched.page
    country, month, events = sql("SELECT country, substr(event_date, 1, 7) AS month, count(*) FROM events"
                                 " WHERE event_date IS NOT NULL AND country IS NOT NULL GROUP BY country, month"
                                 " ORDER BY 3 DESC, 1, 2")[0]
    last_day = sql("SELECT date(? || '-01', '+1 month', '-1 day')", month)[0][0]
    query = urlencode({"country": country, "since": f"{month}-01", "until": last_day})
    page.goto(f"{server.url}/?{query}")
    assert status_count(page) == events
    page.click("#report")
    page.wait_for_url(re.compile(r"/report\?"))
    assert page.locator("#total-events").text_content() == str(events)
    key_events = page.locator("li.key-event")
    assert key_events.count() > 0
    for item in key_events.all():
        cites = item.locator("a.cite")
        assert cites.count() > 0
        for target in cites.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
            assert page.locator(target).count() == 1  # the cited source is listed with its outlet
    watched.shot("real-report")
    with page.expect_download(timeout=180_000) as download:
        page.click("#report-pdf")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    assert watched.dialogs == [] and watched.errors == []


def test_the_command_line_exports_the_same_ledger_and_says_what_it_left_out(ledger, sql, tmp_path):
    result = subprocess.run([sys.executable, "-m", "eventledger", "export", "--format", "acled-csv", "--db", ledger],
                            capture_output=True, timeout=600)
    assert result.returncode == 0
    left_out = sum(1 for (sub_type,) in sql("SELECT sub_event_type FROM events") if not is_acled(sub_type))
    noun = "event" if left_out == 1 else "events"
    assert result.stderr.decode().startswith(f"note: {left_out} {noun} of extension types")
    # the situation report of the busiest country's busiest month, as Markdown
    country, month, events = sql("SELECT country, substr(event_date, 1, 7) AS month, count(*) FROM events"
                                 " WHERE event_date IS NOT NULL AND country IS NOT NULL GROUP BY country, month"
                                 " ORDER BY 3 DESC, 1, 2")[0]
    last_day = sql("SELECT date(? || '-01', '+1 month', '-1 day')", month)[0][0]
    out = tmp_path / "report.md"
    report = subprocess.run([sys.executable, "-m", "eventledger", "report", "--country", country, "--since",
                             f"{month}-01", "--until", last_day, "--db", ledger, "-o", str(out)],
                            capture_output=True, timeout=600)
    assert report.returncode == 0, report.stderr.decode()
    assert f"- Events: {events} ({events} dated" in out.read_text(encoding="utf-8")


def test_filter_inputs_autocomplete_from_the_ledger_with_codes_and_aliases(server, sql, watched):
    page = watched.page
    page.goto(server.url + "/")
    status_count(page)
    # Syria's ISO code suggests the country as the ledger names it, with its events
    syria = sql("SELECT count(*) FROM events WHERE country = 'Syria'")[0][0]
    page.locator("input[name=country]").press_sequentially("SYR")
    assert datalist_options(page, "country", "SYR")[0] == ("Syria", f"{syria} events · SYR")
    # the beginning of an alias the knowledge base gives the Islamic State (ISIS, ISIL)
    page.locator("input[name=actor]").press_sequentially("isi")
    islamic_state = sql("SELECT count(DISTINCT event_id) FROM event_actors WHERE actor = 'Islamic State'")[0][0]
    options = dict(datalist_options(page, "actor", "isi"))
    count, alias = options["Islamic State"].split(" · ")
    assert count == f"{islamic_state} events" and alias.lower().startswith("isi")
    # the most frequent places first, each with its events
    page.locator("input[name=admin1]").focus()
    provinces = datalist_options(page, "admin1", "")
    counted = sql("SELECT admin1, count(*) FROM events WHERE admin1 IS NOT NULL GROUP BY admin1")
    expected = sorted(counted, key=lambda row: (-row[1], row[0].casefold()))[:10]
    assert [value for value, _ in provinces] == [value for value, _ in expected]
    assert [label for _, label in provinces] == [f"{n} event{'s' if n > 1 else ''}" for _, n in expected]
    page.fill("input[name=actor]", "")
    page.fill("input[name=country]", "Syria")  # as choosing the suggestion does
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"country=Syria"))
    assert status_count(page) == syria
    watched.shot("real-autocomplete")
    assert watched.dialogs == [] and watched.errors == []


def test_location_filter_autocompletes_filters_sorts_and_exports(server, sql, watched):
    page = watched.page
    # the place with the most events (its name plain letters, so its beginning can be typed)
    place, events = next((name, n) for name, n in sql(
        "SELECT location, count(*) AS n FROM events WHERE location IS NOT NULL GROUP BY location"
        " ORDER BY n DESC, location") if name.isascii() and name.replace(" ", "").isalpha())
    assert events > 10
    page.goto(server.url + "/")
    status_count(page)
    typed = place[:3].strip().lower()  # what the server reads ("Ar " is "ar")
    page.locator("input[name=location]").press_sequentially(typed)
    options = dict(datalist_options(page, "location", typed))
    assert options[place] == f"{events} events"
    # each option starts so, or a later word of it does ("... (Kabul)")
    assert all(re.search(rf"(^|[ (]){typed}", value.lower()) for value in options), options
    page.fill("input[name=location]", place)  # as choosing the suggestion does
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"location="))
    assert status_count(page) == events
    places = page.locator("#events tbody tr td:nth-child(6)").all_text_contents()
    assert places and all(cell.split(", ")[0] == place for cell in places)
    # a sort keeps the filter; the exports and the report carry it
    sort_by_header(page, "fatalities", "ascending")
    sort_by_header(page, "fatalities", "descending")
    assert status_count(page) == events and "location=" in page.url
    tolls = [int(c) for c in page.locator("#events tbody tr td:nth-child(7)").all_text_contents() if c]
    top = sql("SELECT max(fatalities) FROM events WHERE location = ?", place)[0][0]
    assert tolls and tolls[0] == top
    href = page.locator("a.export[data-format=events]").get_attribute("href")
    assert f"location={place.replace(' ', '+')}" in href
    exported = page.request.get(server.url + href)
    assert len(exported.text().splitlines()) == events
    assert f"location={place.replace(' ', '+')}" in page.locator("#report").get_attribute("href")
    watched.shot("real-location-filter")
    assert watched.dialogs == [] and watched.errors == []
