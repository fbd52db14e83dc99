"""End to end in headless Chromium (Debian's package, driven by Playwright; no browser download):
the events page, a dossier with its marker and sources, ISKP's page with the defections, and hostile
article text that must never run. Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from eventledger.models import Actor, Event
from eventledger.store import open_store
from tests.conftest import REPO
from tests.web_fixtures import ISKP, TOKEN, build_ledger, live_server

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)"),
]


@contextmanager
def chromium(profile: Path) -> Iterator[Any]:
    """A headless Chromium context with a fresh profile (a persistent context is how Playwright takes a
    fresh --user-data-dir), closed after use."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1300, "height": 1000},
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    """The fixture ledger with 54 more battles in 2020 (small tolls), an old massacre with the largest
    toll, and an undated attack."""
    db = str(tmp_path_factory.mktemp("browser-big") / "ledger.db")
    build_ledger(db)
    store = open_store(db)
    battles = [Event(f"ev-battle-{i:02d}", "Battles", "Armed clash", dt.date(2020, 1, 1) + dt.timedelta(days=i), 1,
                     "Taliban", actor2="Military Forces of Afghanistan (2004-2021)", fatalities=i % 7,
                     notes=f"Battle number {i}.") for i in range(54)]
    massacre = Event("ev-old-massacre", "Battles", "Armed clash", dt.date(2001, 5, 1), 1, "Taliban",
                     fatalities=1000, notes="An old massacre recalled with a toll of 1,000.")
    undated = Event("ev-undated", "Violence against civilians", "Attack", None, None, "Unidentified Armed Group",
                    notes="Gunmen attacked a village.")
    with store.transaction():
        store.replace_events([], [(e, []) for e in [*battles, massacre, undated]])
        for i in range(60):
            store.upsert_actor(Actor(f"militia-{i:02d}", f"Militia {i:02d}", [f"M{i:02d}"], "Political militia", "AFG"))
    store.close()
    with live_server(db) as live:
        yield live


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("browser") / "ledger.db")
    build_ledger(db)
    with live_server(db) as live:
        yield live


class Watched:
    """A page that records dialogs (alert() from a payload), page errors and CSP violations."""

    def __init__(self, context) -> None:
        self.page = context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", self._console)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.page.close()


def test_events_page_filters_and_opens_a_dossier(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 6
    page.wait_for_selector("#timeline svg rect.bar")
    assert page.locator("path.event-marker").count() == 4  # events with coordinates
    assert "6 events match" in page.locator("#status").text_content()
    watched.shot("events")

    page.fill("input[name=q]", "mosque")
    page.select_option("select[name=event_type]", "Explosions/Remote violence")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=mosque"))
    page.locator("#events tbody tr").nth(1).wait_for(state="detached")
    assert page.locator("#events tbody tr").get_attribute("data-event-id") == "ev-kunduz"
    assert page.input_value("input[name=q]") == "mosque"

    page.click("#events tbody tr a")
    page.wait_for_url(re.compile(r"/events/ev-kunduz$"))
    page.wait_for_selector("#event-map path.event-marker")
    outlets = page.locator(".source .outlet").all_text_contents()
    assert sorted(outlets) == ["Kabul Daily Monitor", "Northern Wire"]
    assert page.locator(".source mark").count() == 2  # each evidence sentence highlighted
    assert "according to a Taliban spokesman" in page.locator(".sources").text_content()
    assert page.locator(".hedge").count() == 1
    watched.shot("dossier")
    assert watched.dialogs == [] and watched.errors == []


def test_sorting_the_table(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.wait_for_selector("#events tbody tr")
    page.click("th[data-key=fatalities]")
    page.wait_for_url(re.compile(r"sort=fatalities"))
    page.wait_for_selector("th[data-key=fatalities][aria-sort=ascending]")
    # the header's mark may come before the sorted rows are drawn (seen under load): wait for the rows
    page.wait_for_selector("#events tbody tr td:nth-child(7)")
    cells = page.locator("#events tbody tr td:nth-child(7)").all_text_contents()
    assert cells[:3] == ["2", "3", "46"] and set(cells[3:]) == {""}  # unknown figures last


def test_server_side_sort_filters_facets_and_exports(big_server, watched):
    """62 events: the largest toll is on an old event, which the first page (newest first) does not show."""
    page = watched.page
    page.goto(big_server.url + "/")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 50
    assert "62 events match" in page.locator("#status").text_content()
    first_page = page.locator("#events tbody tr td:nth-child(7)").all_text_contents()
    assert "1000" not in first_page
    page.click("th[data-key=fatalities]")
    page.wait_for_selector("th[data-key=fatalities][aria-sort=ascending]")
    page.click("th[data-key=fatalities]")
    page.wait_for_url(re.compile(r"sort=-fatalities"))
    page.wait_for_selector("th[data-key=fatalities][aria-sort=descending]")
    tolls = [int(c) for c in page.locator("#events tbody tr td:nth-child(7)").all_text_contents() if c]
    assert tolls[0] == 1000 and tolls == sorted(tolls, reverse=True)
    assert page.locator("#events tbody tr").first.get_attribute("data-event-id") == "ev-old-massacre"
    notes = page.locator("#events tbody tr").first.locator("td.notes").text_content()
    assert notes == "An old massacre recalled with a toll of 1,000."
    watched.shot("events-sorted-by-fatalities")

    # filters typed as an alias and a country code, kept with the sort
    page.fill("input[name=actor]", "ISKP")
    page.fill("input[name=country]", "AFG")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"actor=ISKP"))
    page.wait_for_selector("#status:has-text('2 events match')")
    assert "sort=-fatalities" in page.url
    assert page.locator("#events tbody tr").first.get_attribute("data-event-id") == "ev-kunduz"
    facet = page.locator(".facet[data-facet=country] li").all_text_contents()
    assert facet == ["Afghanistan2"]
    link = page.locator("a.export[data-format=acled-csv]")
    assert "actor=ISKP" in link.get_attribute("href") and "country=AFG" in link.get_attribute("href")
    response = page.request.get(big_server.url + link.get_attribute("href"))
    assert 'filename="eventledger-acled-csv-country-Afghanistan_actor-ISKP.csv"' in response.headers[
        "content-disposition"]
    assert len(response.text().splitlines()) == 3  # header and the two events
    watched.shot("events-filtered-by-alias")

    # a facet value is a filter
    page.goto(big_server.url + "/")
    page.wait_for_selector(".facet[data-facet=event_type] li a")
    counts = dict(item.split("\u200b") for item in page.locator(".facet[data-facet=event_type] li").evaluate_all(
        "items => items.map(li => li.firstChild.textContent + '\u200b' + li.lastChild.textContent)"))
    assert counts["Battles"] == "56"
    page.click(".facet[data-facet=event_type] li a:text-is('Battles')")
    page.wait_for_selector("#status:has-text('56 events match')")
    assert watched.dialogs == [] and watched.errors == []


def test_actors_page_searches_counts_and_pages(big_server, watched):
    page = watched.page
    page.goto(big_server.url + "/actors")
    assert page.locator("table.actors tbody tr").count() == 50
    assert page.locator("#page").text_content() == "1 / 2"
    page.click("#next")
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator("table.actors tbody tr").count() == 68 - 50
    page.fill("input[name=q]", "ISIS-K")  # an alias
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=ISIS-K"))
    row = page.locator("table.actors tbody tr")
    assert row.count() == 1 and row.locator("td").first.text_content() == ISKP
    assert row.locator("td.num").text_content() == "4"
    watched.shot("actors-search")
    row.locator("td.num a").click()
    page.wait_for_selector("#status:has-text('4 events match')")
    assert watched.dialogs == [] and watched.errors == []


def test_report_for_the_current_filters(server, watched):
    page = watched.page
    page.goto(server.url + "/?country=AFG")
    page.wait_for_selector("#status:has-text('2 events match')")
    assert page.get_attribute("#report", "href") == "/report?country=AFG"
    page.click("#report")
    page.wait_for_url(re.compile(r"/report\?country=AFG$"))
    assert page.locator("h1").text_content() == "Situation report: Afghanistan"
    assert page.locator("#total-events").text_content() == "2"
    assert page.locator("#total-fatalities").text_content() == "46"  # Kunduz 46 (the conservative figure), Gardez none
    assert page.locator("li.key-event").count() == 2
    assert page.locator("#report-map circle.place").count() == 2
    disputed = page.locator("li.disagreement").text_content()
    assert "Northern Wire" in disputed and "100 killed" in disputed and "46 killed" in disputed
    assert "according to a Taliban spokesman" in disputed
    assert page.locator(".hedge").first.text_content() == "hedged: “may have”"
    watched.shot("report-afghanistan")
    assert watched.dialogs == [] and watched.errors == []


def test_report_pdf_button_prints_the_report_or_says_why_not(server, watched, monkeypatch):
    page = watched.page
    page.goto(server.url + "/report?country=AFG")
    assert page.get_attribute("#report-pdf", "href") == "/report.pdf?country=AFG"
    with page.expect_download(timeout=120_000) as download:
        page.click("#report-pdf")
    pdf = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename == "report_country-Afghanistan.pdf"
    assert pdf.startswith(b"%PDF") and re.search(rb"/Type\s*/Page\b", pdf)
    assert b"report-pdf" not in pdf  # the printed report has no button
    monkeypatch.setenv("EVENTLEDGER_CHROMIUM", "/nonexistent/chromium")  # the server runs in this process
    page.goto(server.url + "/report?country=AFG")
    page.click("#report-pdf")
    page.wait_for_url(re.compile(r"/report\.pdf\?country=AFG$"))
    assert page.locator("h1").text_content() == "Error 503"
    message = page.locator("p.error").text_content()
    assert "E121" in message and "needs Chromium, not found at /nonexistent/chromium" in message
    watched.shot("report-pdf-without-chromium")
    # the one console error is the browser noting the 503 answer itself
    assert watched.dialogs == [] and [e for e in watched.errors if "status of 503" not in e] == []


def test_report_of_hostile_text_runs_nothing(server, watched):
    page = watched.page
    page.goto(server.url + "/report?country=NGA")
    page.wait_for_selector("li.key-event")
    assert page.locator("script").count() == 0
    assert "<script>alert('xss-script')</script>" in page.locator("body").text_content()  # shown as text
    assert page.evaluate("() => [...document.querySelectorAll('*')].filter(el => [...el.attributes].some("
                         "a => a.name.startsWith('on'))).length") == 0
    assert watched.dialogs == []
    watched.shot("report-hostile")


def test_undated_events_with_a_date_range_only_when_asked(big_server, watched):
    page = watched.page
    page.goto(big_server.url + "/?since=2024-01-01")
    page.wait_for_selector("#status:has-text('events match')")
    without = page.locator("#status").text_content()
    page.check("input[name=include_undated]")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"include_undated=true"))
    page.wait_for_selector("#events tbody tr[data-event-id=ev-undated]")
    assert "2 events match" in without and "3 events match" in page.locator("#status").text_content()
    assert page.locator("tr[data-event-id=ev-undated] td").first.text_content() == "undated"


def test_iskp_actor_page_shows_the_defections(server, watched):
    page = watched.page
    page.goto(server.url + "/actors")
    page.click("text=Islamic State Khorasan Province")
    page.wait_for_url(re.compile(r"/actors/iskp$"))
    changes = page.locator("li.affiliation").all_text_contents()
    assert len(changes) == 2
    assert "National Directorate of Security" in changes[0] and "2021-10-15" in changes[0]
    assert "former Afghan army commandos" in changes[1] and "Afghan National Army" in changes[1]
    assert page.locator(".role-events a").count() == 5  # four as actor1, one claimed
    watched.shot("actor-iskp")
    assert watched.dialogs == [] and watched.errors == []


def test_document_page_highlights_and_folds_boilerplate(server, watched):
    page = watched.page
    page.goto(server.url + "/documents/kdz-wire-1")
    assert page.locator(".clean-text .hl-actor").first.text_content() == "Islamic State Khorasan Province"
    assert page.locator(".clean-text .hl-quote").count() >= 1
    assert not page.locator("details.removed li").is_visible()
    page.click("details.removed summary")
    assert page.locator("details.removed li").is_visible()
    watched.shot("document")


@pytest.mark.parametrize("path", ["/", "/events/ev-xss", "/documents/xss-5", "/actors/xss-actor", "/actors"])
def test_no_payload_runs(server, watched, path):
    page = watched.page
    page.goto(server.url + path)
    page.wait_for_load_state("networkidle")
    if path == "/":
        page.wait_for_selector("#events tbody tr")
        for marker in page.locator("path.event-marker").all():  # open every popup: they hold outlet text
            marker.click(force=True)
    injected = page.evaluate(
        """() => [...document.querySelectorAll('*')].filter(el =>
              [...el.attributes].some(a => a.name.startsWith('on')) ||
              (el.tagName === 'A' && /^\\s*javascript:/i.test(el.getAttribute('href') || '')) ||
              (el.tagName === 'SCRIPT' && !el.src) || el.tagName === 'IMG' && el.getAttribute('src') === 'x'
           ).map(el => el.outerHTML.slice(0, 80))"""
    )
    assert injected == []
    assert watched.dialogs == []
    assert not [e for e in watched.errors if "Content Security Policy" in e]
    watched.shot("xss" + path.replace("/", "-"))


def test_swagger_docs_render_offline(server, watched):
    page = watched.page
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 9
    watched.shot("api-docs")


def test_merge_from_the_dossier_with_a_typed_token(tmp_path, browser):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    watched = Watched(browser)
    page = watched.page
    with live_server(db) as live:
        page.goto(live.url + "/events/ev-nds")
        page.fill("#merge-ids", "ev-army")
        page.fill("#token", "wrong")
        page.click("#merge")
        page.locator("#correction-status", has_text="failed").wait_for()
        assert "unauthorized" in page.text_content("#correction-status")
        page.fill("#token", TOKEN)
        page.click("#merge")
        page.wait_for_url(lambda url: not url.endswith("/events/ev-nds"))
        page.wait_for_selector(".source")
        # both events came from one article: one source panel (one entry per article), on both its sentences
        assert page.locator(".source").count() == 1
        evidence = page.text_content(".source .evidence")
        assert "National Directorate of Security" in evidence and "army commandos" in evidence
        watched.shot("merged")
    page.close()



def datalist_options(page, field: str, prefix: str) -> list[tuple[str, str]]:
    """The (value, label) options the autocomplete gives the input of ``field`` once it answers ``prefix``."""
    page.wait_for_function(
        "([field, prefix]) => document.getElementById('suggest-' + field)?.dataset.prefix === prefix",
        arg=[field, prefix])
    return [tuple(pair) for pair in page.locator(f"#suggest-{field} option").evaluate_all(
        "options => options.map(o => [o.value, o.label])")]


def test_filter_inputs_autocomplete_aliases_codes_and_hostile_names(server, watched):
    page = watched.page
    page.goto(server.url + "/")
    page.wait_for_selector("#events tbody tr")
    page.locator("input[name=actor]").press_sequentially("isk")
    # ISKP is actor1 of four events: the Kunduz bombing, the Gardez clash and two defections
    assert datalist_options(page, "actor", "isk") == [(ISKP, "4 events · ISKP")]
    page.locator("input[name=country]").press_sequentially("AFG")
    assert datalist_options(page, "country", "AFG") == [("Afghanistan", "2 events · AFG")]
    page.fill("input[name=country]", "")
    page.fill("input[name=actor]", "")
    page.locator("input[name=actor]").press_sequentially("Gunmen <")
    # a hostile actor's name is an option's value and text, nothing more
    assert datalist_options(page, "actor", "Gunmen <") == [("Gunmen <svg onload=alert('xss-svg')>", "1 event")]
    assert page.locator("datalist svg, datalist img, datalist script").count() == 0
    page.fill("input[name=actor]", ISKP)  # as choosing the suggestion does
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"actor=Islamic"))
    page.wait_for_selector("#status:has-text('4 events match')")
    watched.shot("autocomplete")
    assert watched.dialogs == [] and watched.errors == []
