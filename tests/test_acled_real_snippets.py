"""The ACLED CSV of a ledger built from real news text (300 UCDP GED headlines of the dev split, ingested
through the pipeline), read as ACLED's users read it: pandas infers integer fatalities, every row has an
event date, and the CSV holds exactly the events of ACLED's types that the JSONL export holds."""

from __future__ import annotations

import io
import json

import pytest

from eventledger.export import write_export
from eventledger.kb.taxonomy import is_acled
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.conftest import SHARED

UCDP = SHARED / "benchmarks" / "ucdp-ged-headlines"
HEADLINES = 300

pytestmark = pytest.mark.skipif(not (UCDP / "corpus.jsonl").is_file(), reason="needs ../shared/benchmarks")


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> tuple[str, str, int]:
    """(events JSONL, ACLED CSV, events the CSV left out) of a ledger of the first 300 dev headlines."""
    with (UCDP / "gold.jsonl").open(encoding="utf-8") as handle:
        dev = {row["id"] for row in map(json.loads, handle) if row["split"] == "dev"}
    with (UCDP / "corpus.jsonl").open(encoding="utf-8") as handle:
        headlines = [line for line in handle if json.loads(line)["id"] in dev][:HEADLINES]
    folder = tmp_path_factory.mktemp("real-acled")
    (folder / "headlines.jsonl").write_text("".join(headlines), encoding="utf-8")
    store = open_store(str(folder / "ledger.db"))
    summary = ingest_paths([str(folder / "headlines.jsonl")], store)
    assert summary.documents_new == HEADLINES and not summary.rejections
    events, acled = io.StringIO(), io.StringIO()
    write_export(store, "events", events)
    left_out = write_export(store, "acled-csv", acled)
    store.close()
    return events.getvalue(), acled.getvalue(), left_out


def test_the_acled_csv_of_real_headlines_loads_in_pandas_as_acled_data(exports):
    pandas = pytest.importorskip("pandas")
    events_text, acled_text, left_out = exports
    events = [json.loads(line) for line in events_text.splitlines()]
    table = pandas.read_csv(io.StringIO(acled_text))
    acled_types = [e for e in events if is_acled(e["sub_event_type"])]
    assert len(events) > 100  # most headlines report an event
    assert len(table) == len(acled_types) and left_out == len(events) - len(acled_types)
    assert pandas.api.types.is_integer_dtype(table["fatalities"])
    assert table["event_date"].notna().all() and table["year"].notna().all()
    by_id = table.set_index("event_id_cnty")
    # events with no stated toll are 0 there, as ACLED writes them (the JSONL keeps null: "not stated")
    untolled = [e["event_id"] for e in acled_types if e["fatalities"] is None]
    assert untolled and (by_id.loc[untolled, "fatalities"] == 0).all()
    tolled = [e for e in acled_types if e["fatalities"] is not None]
    assert tolled and all(by_id.loc[e["event_id"], "fatalities"] == e["fatalities"] for e in tolled)
    # an event its reports do not date takes its earliest report's day, at ACLED's coarsest precision (3)
    undated = [e for e in acled_types if e["event_date"] is None]
    for event in undated:
        earliest = min(s["published"][:10] for s in event["sources"] if s.get("published"))
        assert (by_id.loc[event["event_id"], "event_date"], by_id.loc[event["event_id"], "time_precision"]) == (
            earliest, 3)
