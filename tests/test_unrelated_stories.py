"""Stories that are not about political violence produce no ACLED-type event: a strike "fighting" a pension
reform whose cost runs to "hundreds of millions of euros" (no battle, and money is no toll), and a commemoration
whose killings are the past it remembers. Incidents a remembrance story dates to the day stay. A real ingest
into a real ledger, on articles written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts

ACLED_TYPES = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
}  # fmt: skip

STRIKE = (
    "PARIS, March 17 - Dock workers walked off the job at France's main ports on Monday as unions stepped up their "
    "fight against the government's pension reform, halting container traffic at Le Havre and Marseille.\n\n"
    "The union said the strike would continue until Thursday. Business groups warned the stoppage was killing "
    "exports and cost the economy hundreds of millions of euros a day."
)
COMMEMORATION = (
    "Survivors and world leaders gathered on Friday at the former Nazi death camp of Auschwitz to mark 80 years "
    "since its liberation by Soviet troops.\n\n"
    "More than a million people, most of them Jews, were murdered at the camp. Speakers warned of rising "
    "antisemitism and urged young people to remember the victims."
)


def test_a_strike_against_a_reform_is_no_battle_and_its_cost_no_toll(tmp_path):
    events = ingest_texts(tmp_path, {"a1": STRIKE}, published="2025-03-17")
    assert not [e for e in events if e["event_type"] == "Battles"], events
    assert all(e["fatalities"] in (None, 0) for e in events), events


def test_a_commemoration_reports_no_new_killing(tmp_path):
    events = ingest_texts(tmp_path, {"a1": COMMEMORATION}, published="2025-01-27")
    assert not [e for e in events if e["event_type"] in ACLED_TYPES], events


def test_an_attack_on_the_day_of_a_commemoration_is_news(tmp_path):
    text = (
        "Hundreds gathered in Kabul on Sunday to mark the first anniversary of the hospital bombing. Hours later, "
        "a bomb exploded near the ceremony, killing three people."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-05-12")
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("Explosions/Remote violence", 3)], events


def test_killings_of_a_year_long_past_told_in_a_book_review_are_background(tmp_path):
    text = (
        "In her new book, historian Alison Marsh revisits the 100 days in 1994 when Hutu extremists killed some "
        "800,000 Tutsi and moderate Hutu in Rwanda.\n\nMarsh draws on interviews with survivors in Butare and Kigali."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-04-07")
    assert all(e.get("background") for e in events), events


def test_a_tally_since_a_year_is_no_incident(tmp_path):
    text = (
        "About 80 troops entered the village of Kyun Taw at around 9 am on Tuesday and burned houses for several "
        "hours, a resident told reporters.\n\n"
        "The junta has torched tens of thousands of homes across Sagaing since the 2021 coup, according to data "
        "compiled by Data for Myanmar."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2023-06-08")
    assert len(events) == 1 and events[0]["event_date"] == "2023-06-06", events


def test_fighting_since_a_month_is_no_tally(tmp_path):
    text = "Government forces have killed 12 fighters in clashes near Gondar since Monday, the army said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2023-08-10")
    assert [e["fatalities"] for e in events] == [12], events
