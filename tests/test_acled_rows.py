"""The acled-csv rows as the export writes them from a real SQLite ledger: every cell that comes from the
ledger's text is made inert against spreadsheet formulas, the cells the export computes (coordinates,
codes, dates) are written as they are, and what the export looks up once per name (a country's columns,
an actor's code) is the same for every event that names it."""

from __future__ import annotations

import csv
import datetime as dt
import io

from eventledger.export import write_export
from eventledger.models import Event, Place, SourceEntry
from eventledger.store import open_store


def _source(document_id: str, outlet: str | None, published: str | None, url: str | None = None) -> SourceEntry:
    return SourceEntry(document_id, outlet, url, published, "Gunmen attacked a market.", 2, 2, None)


def _export(tmp_path, events: list[Event]) -> list[dict[str, str]]:  # noqa: ANN001 - pytest's tmp_path
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        store.load_events(events)
        out = io.StringIO()
        write_export(store, "acled-csv", out)
    finally:
        store.close()
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_every_text_cell_from_the_ledger_is_inert_and_a_negative_coordinate_is_not(tmp_path):
    hostile = Event(
        event_id="=ev1", event_type="Violence against civilians", sub_event_type="Attack",
        event_date=dt.date(2024, 3, 5), time_precision=1, actor1="=A1", assoc_actor_1=["@B2", "C3"],
        actor2="+D4", assoc_actor_2=["-E5"],
        place=Place("-Town", "=Narnia", "ZZZ", "@Province", "\tDistrict", -12.5, -0.25, 1),
        fatalities=2, notes="=HYPERLINK(\"http://evil.example\")", sources=[_source("d1", "@Outlet", "2024-03-06")],
    )
    [row] = _export(tmp_path, [hostile])
    assert row["event_id_cnty"] == "'=ev1"
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == ("'=A1", "'@B2; C3", "'+D4",
                                                                                          "'-E5")
    assert (row["country"], row["admin1"], row["admin2"], row["location"]) == ("'=Narnia", "'@Province",
                                                                               "'\tDistrict", "'-Town")
    assert row["notes"] == "'=HYPERLINK(\"http://evil.example\")" and row["source"] == "'@Outlet"
    # numbers are data: a negative latitude or longitude keeps its sign, unquoted
    assert (row["latitude"], row["longitude"], row["fatalities"]) == ("-12.5000", "-0.2500", "2")
    assert (row["iso"], row["region"], row["inter1"], row["interaction"]) == ("", "", "", "")


def test_looked_up_columns_are_the_same_for_every_event_that_names_them(tmp_path):
    kano = Place("Kano", "Nigeria", "NGA", "Kano", None, 12.0, 8.5, 1)
    first = Event(event_id="ev1", event_type="Violence against civilians", sub_event_type="Attack",
                  event_date=dt.date(2024, 3, 5), time_precision=1, actor1="Civilians (Nigeria)", place=kano,
                  sources=[_source("d1", None, "2024-03-06", "https://www.example.org/a")])
    # undated: the earliest report's day, at ACLED's coarsest precision (3), said in tags; two outlets, sorted
    # and joined
    second = Event(event_id="ev2", event_type="Violence against civilians", sub_event_type="Attack",
                   actor1="Civilians (Nigeria)", actor2="Civilians (Nigeria)", place=kano, fatalities=None,
                   sources=[_source("d3", "Wire B", "2024-04-09"), _source("d2", "Wire A", "2024-04-08")])
    rows = _export(tmp_path, [first, second])
    assert [(r["event_id_cnty"], r["event_date"], r["year"], r["time_precision"]) for r in rows] == [
        ("ev1", "2024-03-05", "2024", "1"), ("ev2", "2024-04-08", "2024", "3")]
    assert [r["tags"] for r in rows] == ["", "event date=report publication date"]
    assert [(r["iso"], r["region"], r["country"]) for r in rows] == [("566", "Western Africa", "Nigeria")] * 2
    # civilians are ACLED's actor type 7: alone "70", against civilians "77"
    assert [(r["inter1"], r["inter2"], r["interaction"]) for r in rows] == [("7", "", "70"), ("7", "7", "77")]
    assert [r["source"] for r in rows] == ["example.org", "Wire A; Wire B"]
    assert [r["fatalities"] for r in rows] == ["0", "0"]
