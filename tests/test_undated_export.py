"""Events no report dates, in the exports: real WikiEvents dev articles (which carry no date) ingested
through the pipeline. ACLED requires a date on every row: an undated event takes its report's
publication date, else the day the ledger recorded it, at ACLED's coarsest precision (3); the ACLED CSV
says which in ``tags``, the events export in ``date_basis`` / ``fallback_date`` (its ``event_date``
stays null), the dossier in words."""

from __future__ import annotations

import datetime as dt
import io
import json

import httpx
import pytest

from eventledger.export import write_export
from eventledger.kb.taxonomy import is_acled
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.conftest import SHARED
from tests.web_fixtures import live_server

WIKIEVENTS = SHARED / "benchmarks" / "wikievents"
UNDATED = "road_ied_8"  # a Russian general killed by a roadside bomb in Syria; the article has no date
RECALLING = "wiki_ied_bombings_1_news_4"  # a Belfast bombing report that recalls an earlier bombing
RECALLING_PUBLISHED = "2019-05-20"  # given by the test, as `ingest --published` would

pytestmark = pytest.mark.skipif(not (WIKIEVENTS / "corpus.jsonl").is_file(), reason="needs ../shared/benchmarks")


def _dev_articles(ids: set[str]) -> dict[str, dict]:
    with (WIKIEVENTS / "gold.jsonl").open(encoding="utf-8") as handle:
        dev = {row["id"] for row in map(json.loads, handle) if row["split"] == "dev"}
    assert ids <= dev  # development data only
    with (WIKIEVENTS / "corpus.jsonl").open(encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle) if row["id"] in ids}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> dict:
    articles = _dev_articles({UNDATED, RECALLING})
    assert articles[UNDATED]["published"] is None
    articles[RECALLING]["published"] = RECALLING_PUBLISHED
    folder = tmp_path_factory.mktemp("undated")
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles.values()), "utf-8")
    db = str(folder / "ledger.db")
    store = open_store(db)
    before = dt.datetime.now(dt.UTC).date()
    summary = ingest_paths([str(folder / "articles.jsonl")], store)
    after = dt.datetime.now(dt.UTC).date()
    assert summary.documents_new == 2 and not summary.rejections
    events, acled = io.StringIO(), io.StringIO()
    write_export(store, "events", events)
    write_export(store, "acled-csv", acled)
    store.close()
    records = [json.loads(line) for line in events.getvalue().splitlines()]
    return {"db": db, "ingested": (before, after), "events": records, "acled": acled.getvalue()}


def _of(events: list[dict], document_id: str) -> list[dict]:
    return [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]


def test_the_acled_csv_of_undated_articles_has_a_date_on_every_row(ledger):
    pandas = pytest.importorskip("pandas")
    table = pandas.read_csv(io.StringIO(ledger["acled"]), keep_default_na=False)
    acled_types = [e for e in ledger["events"] if is_acled(e["sub_event_type"])]
    assert len(table) == len(acled_types)
    assert (table["event_date"] != "").all() and pandas.api.types.is_integer_dtype(table["year"])
    assert pandas.api.types.is_integer_dtype(table["time_precision"])


def test_an_article_without_a_date_dates_its_events_by_their_ingest(ledger):
    pandas = pytest.importorskip("pandas")
    table = pandas.read_csv(io.StringIO(ledger["acled"]), keep_default_na=False).set_index("event_id_cnty")
    undated = _of(ledger["events"], UNDATED)
    # without a publication date no time in the text can be placed ("this week"): none of them is dated
    assert len(undated) >= 2 and all(e["event_date"] is None for e in undated)
    before, after = ledger["ingested"]
    for event in undated:
        assert event["date_basis"] == "ingest" and event["fallback_time_precision"] == 3
        assert before <= dt.date.fromisoformat(event["fallback_date"]) <= after
        if is_acled(event["sub_event_type"]):
            row = table.loc[event["event_id"]]
            assert (row["event_date"], row["time_precision"], row["tags"]) == (
                event["fallback_date"], 3, "event date=ingest date")
            assert row["year"] == int(event["fallback_date"][:4])


def test_an_incident_recalled_in_passing_is_dated_by_its_report(ledger):
    pandas = pytest.importorskip("pandas")
    table = pandas.read_csv(io.StringIO(ledger["acled"]), keep_default_na=False).set_index("event_id_cnty")
    recalling = _of(ledger["events"], RECALLING)
    # "only four hours after the bombing": an earlier bombing the report recalls, with no date of its own
    recalled = [e for e in recalling if e["background"] and e["event_date"] is None]
    assert recalled
    for event in recalled:
        assert (event["date_basis"], event["fallback_date"], event["fallback_time_precision"]) == (
            "publication", RECALLING_PUBLISHED, 3)
        row = table.loc[event["event_id"]]
        assert (row["event_date"], row["time_precision"], row["tags"]) == (
            RECALLING_PUBLISHED, 3, "event date=report publication date")
    # the report's own news keeps the date extraction gave it, and no tag
    dated = [e for e in recalling if e["event_date"] is not None]
    assert dated and all(e["date_basis"] == "extracted" and e["fallback_date"] is None for e in dated)
    assert all(table.loc[e["event_id"], "tags"] == "" for e in dated if is_acled(e["sub_event_type"]))


def test_the_dossier_says_where_an_undated_events_date_comes_from(ledger):
    event = _of(ledger["events"], UNDATED)[0]
    with live_server(ledger["db"]) as live:
        record = httpx.get(f"{live.url}/api/events/{event['event_id']}", timeout=30).json()
        page = httpx.get(f"{live.url}/events/{event['event_id']}", timeout=30).text
    assert record["event_date"] is None
    assert (record["date_basis"], record["fallback_date"]) == ("ingest", event["fallback_date"])
    assert f"exports give {event['fallback_date']}, the day the ledger recorded it, at precision 3" in page
