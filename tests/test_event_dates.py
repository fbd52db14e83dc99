"""Event dates from the report: the publication date for an event that states none, and relative
expressions counted from the day the story is about (issue #10)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.annotate import annotate
from eventledger.clean import clean_document
from eventledger.models import RawDocument
from eventledger.pipeline import extract_article


def _events(text: str, published: str = "2020-05-10"):
    article = clean_document(RawDocument(origin="test", text=text, published=published, language="en"))
    [annotated] = list(annotate([article]))
    return extract_article(annotated).events


@pytest.mark.parametrize(
    ("second", "day", "precision"),
    [
        ("A week earlier, militants had bombed a school in Kunduz, killing three children.", "2020-05-01", 2),
        ("The day before, militants bombed a school in Kunduz.", "2020-05-07", 1),
    ],
)
def test_a_relative_time_counts_from_the_storys_day_not_publication(second, day, precision):
    # the story is about Friday 8 May, published on Sunday 10 May
    lead = "Gunmen attacked a mosque in Kabul on Friday, killing 12 worshippers, police said."
    events = _events(f"{lead}\n\n{second}")
    kabul = next(e for e in events if e.place and e.place.name == "Kabul")
    kunduz = next(e for e in events if e.place and e.place.name == "Kunduz")
    assert kabul.date == dt.date(2020, 5, 8)
    assert (kunduz.date, kunduz.time_precision) == (dt.date.fromisoformat(day), precision)


def test_a_report_that_dates_nothing_gives_its_own_date():
    [event] = _events("Gunmen killed five villagers in Kunduz province, police said.")
    assert (event.date, event.time_precision) == (dt.date(2020, 5, 10), 2)
    assert (event.date_earliest, event.date_latest) == (dt.date(2020, 5, 4), dt.date(2020, 5, 10))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published Tuesday 12 May 2020: the bombing was on Sunday 10 May, the reopening on Tuesday
        ("Traders in Bannu reopened their shops on Tuesday, two days after a motorcycle bomb killed nine people "
         "at the main bazaar.", "2020-05-10"),
        ("Health officials suspended a polio drive in Quetta on Tuesday, a day after four vaccinators were "
         "gunned down in the city.", "2020-05-11"),
    ],
)  # fmt: skip
def test_an_event_n_days_after_which_another_happened_is_dated_back_from_that_day(text, day):
    events = _events(text, published="2020-05-12")
    assert [(e.date, e.time_precision) for e in events if e.event_type != "Strategic developments"] == [
        (dt.date.fromisoformat(day), 1)
    ]



def test_a_death_days_after_a_shooting_is_the_shootings_toll():
    # dying is no incident of its own: the shooting counted back to is the event, dated two days back
    events = _events("A shopkeeper in Kano died on Tuesday, two days after gunmen shot him outside his home.",
                     published="2020-05-12")  # fmt: skip
    violent = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(e.sub_event_type, e.fatalities_min, e.date) for e in violent] == [
        ("Attack", 1, dt.date(2020, 5, 10))
    ]


def test_a_toll_after_an_attack_names_the_attack_not_one_recalled(tmp_path):
    from ledger_helpers import ingest_texts

    events = ingest_texts(tmp_path, {"h1": "Two dead after armed attack on bar in Irapuato"}, published="2022-05-10")
    assert [(e["fatalities"], e.get("background"), e["event_date"]) for e in events] == [(2, False, "2022-05-10")]
    (tmp_path / "b").mkdir()
    recalled = ingest_texts(
        tmp_path / "b", {"h2": "Protesters gathered in Irapuato after the attack on a bar."}, published="2022-05-10"
    )
    assert all(e.get("background") for e in recalled if e["event_type"] != "Protests"), recalled


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 18 June 2026 is a Thursday: Tuesday's shelling was on the 16th, Saturday's attack on the 13th
        ("Many residents began leaving the town after Tuesday's shelling of the main market, which killed 19 "
         "people, health officials said.", dt.date(2026, 6, 16)),
        ("The governor said on Wednesday he would send 1,500 soldiers to Celaya after Saturday's attack on a bar "
         "that killed 12 people.", dt.date(2026, 6, 13)),
    ],
)  # fmt: skip
def test_a_day_owning_the_incident_s_noun_dates_the_killing_told_inside_its_phrase(text, day):
    # "after X's attack" dates the attack, not the act the sentence tells after it; the killing told in the
    # attack's own relative clause is the attack's
    violent = [e for e in _events(text, published="2026-06-18") if e.fatalities_min]
    assert [(e.date, e.fatalities_min) for e in violent] == [(day, 19 if "19" in text else 12)]
