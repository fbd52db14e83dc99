"""Situation reports from a real ledger: the seed article ingested through the command line, reported for
its country and month as Markdown and HTML, and the figures checked against the events export."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.conftest import SEED_TXT
from tests.report_helpers import october_events, run, seed_ledger


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> str:
    return seed_ledger(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def october(seed_db) -> list[dict]:
    return october_events(seed_db)


def report(seed_db: str, path: str) -> str:
    result = run("report", "--db", seed_db, "--country", "AFG", "--since", "2021-10-01", "--until", "2021-10-31",
                 "-o", path)
    assert result.returncode == 0, result.stderr.decode()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def test_markdown_report_of_the_seeds_country_and_month(seed_db, october, tmp_path):
    text = report(seed_db, str(tmp_path / "report.md"))
    assert text.startswith("# Situation report: Afghanistan — 2021-10-01 to 2021-10-31\n")
    assert f"- Events: {len(october)} " in text and len(october) >= 2
    assert f"- Fatalities: {sum(e['fatalities'] or 0 for e in october)} reported" in text
    key_lines = [line for line in text.splitlines() if line.startswith("- **2021-10")]
    assert len(key_lines) == len(october)
    for line in key_lines:  # every key event cites its sources, and each citation is listed under it
        marks = re.findall(r"\\\[(\d+)\\\]", line)
        assert marks, line
        for number in marks:
            assert f"  - \\[{number}\\] " in text
    # the Kunduz mosque bombing: the article says "killed about 100 people"
    assert re.search(r"Suicide bomb: .*\n  - \\\[\d+\\\] [^\n]*: 100 killed", text)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.cites: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and "cite" in (attributes.get("class") or ""):
            self.cites.append(attributes["href"])
        self.scripts += tag == "script"


def test_html_report_links_every_key_event_to_its_sources(seed_db, october, tmp_path):
    html = report(seed_db, str(tmp_path / "report.html"))
    links = _Links()
    links.feed(html)
    assert links.scripts == 0  # a report is a document: nothing runs
    assert html.count('class="key-event"') == len(october)
    assert links.cites and all(href.startswith("#source-") and href[1:] in links.ids for href in links.cites)
    assert 'id="report-map"' in html and 'id="report-timeline"' in html
    assert f'<strong id="total-events">{len(october)}</strong>' in html


@pytest.mark.parametrize(("args", "code"), [(["-o", "report.odt"], "E120"), (["-o", "report.docx"], "E120"),
                                            (["-o", "r.md", "--since", "October"], "E114")])
def test_bad_report_requests_are_usage_errors(seed_db, tmp_path, args, code):
    result = run("report", "--db", seed_db, *[str(tmp_path / a) if a.startswith(("report", "r.")) else a
                                              for a in args])
    assert result.returncode == 2 and result.stderr.decode().startswith(code)


def test_report_on_a_missing_ledger_creates_nothing(tmp_path):
    result = run("report", "--db", str(tmp_path / "typo.db"), "-o", str(tmp_path / "r.md"))
    assert result.returncode == 2 and result.stderr.decode().startswith("E118")
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "r.md").exists()


def test_a_report_of_one_place_names_it_and_counts_only_its_events(seed_db, october, tmp_path):
    kunduz = [e for e in october if (e["location"] or "").lower() == "kunduz"]
    assert kunduz  # the seed's mosque bombing
    path = str(tmp_path / "kunduz.md")
    result = run("report", "--db", seed_db, "--location", "KUNDUZ", "--since", "2021-10-01", "--until",
                 "2021-10-31", "-o", path)
    assert result.returncode == 0, result.stderr.decode()
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    assert text.startswith("# Situation report: KUNDUZ — 2021-10-01 to 2021-10-31\n")
    assert f"- Events: {len(kunduz)} " in text


class _KeyEvents(HTMLParser):
    """Each key event's line: the cite marks in its own text (before its list of citations), and the ids
    and outbound links of the citations listed under it."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict] = []
        self.depth = 0  # <li> nesting inside the current key event
        self.in_citations = False

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag == "li" and attributes.get("class") == "key-event":
            self.events.append({"cites": [], "ids": [], "links": []})
            self.depth = 1
            return
        if not self.events or not self.depth:
            return
        event = self.events[-1]
        if tag == "li":
            self.depth += 1
            if attributes.get("id"):
                event["ids"].append(attributes["id"])
        if tag == "ol" and "citations" in (attributes.get("class") or ""):
            self.in_citations = True
        if tag == "a" and "cite" in (attributes.get("class") or "") and not self.in_citations:
            event["cites"].append(attributes["href"])
        elif tag == "a" and self.in_citations:
            event["links"].append(attributes["href"])

    def handle_endtag(self, tag) -> None:
        if tag == "ol" and self.in_citations:
            self.in_citations = False
        if tag == "li" and self.depth:
            self.depth -= 1


def test_every_key_event_line_cites_the_sources_listed_under_it_and_links_out_to_their_pages(tmp_path):
    """The seed's text as a file with its page's address: each key event's line has its own marks, each mark
    leads to a citation listed under that line, and each citation links to the article's page."""
    url = "https://news.example/afghan-informants-join-isis"
    db = str(tmp_path / "ledger.db")
    ingested = run("ingest", str(SEED_TXT), "--db", db, "--url", url, "--published", "2021-11-01")
    assert ingested.returncode == 0, ingested.stderr.decode()
    html = report(db, str(tmp_path / "report.html"))
    parsed = _KeyEvents()
    parsed.feed(html)
    assert len(parsed.events) >= 2 and len(parsed.events) == html.count('class="key-event"')
    for event in parsed.events:
        assert event["cites"], event
        assert {href.removeprefix("#") for href in event["cites"]} == set(event["ids"]), event
        assert event["links"] == [url] * len(event["ids"]), event
