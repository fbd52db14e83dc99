"""Each report's own toll and day for an incident: a figure given by an official body in the next
sentence, a correction's withdrawn figure, a toll set by a speaker, and an incident named only in its
toll or counted back from a statement's day (sentences written for these tests, February 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.annotate import annotate
from eventledger.clean import clean_document
from eventledger.extract.numbers import parse_fatalities
from eventledger.models import RawDocument
from eventledger.pipeline import extract_article


def _events(text: str, published: str = "2026-02-12"):
    article = clean_document(RawDocument(origin="test", text=text, published=published, language="en"))
    [annotated] = list(annotate([article]))
    return [e for e in extract_article(annotated).events if e.event_type != "Other events"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The army put the toll at 14 and said soldiers were searching the forest.", (14, 14)),
        ("Regional officials put the death toll at at least 30.", (30, None)),
        ("The governor raised the toll from Monday's raid on the village to 19 on Wednesday.", (19, 19)),
        ("The toll stood at 8, a doctor said.", (8, 8)),
    ],
)
def test_a_toll_a_speaker_sets_is_its_figure(sentence, figure):
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == figure


def test_a_toll_a_speaker_sets_beside_the_sentences_own_figure_leaves_it():
    sentence = ("On 14 May, an airstrike hit the cattle market in Kadugli, killing at least 9 civilians, according "
                "to residents; a doctor at the town's hospital put the toll at 17.")
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == (9, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Correction: An earlier version of this story said 15 traders were killed in the market blast.",
        "A previous version of this article incorrectly reported that 40 people died in the raid.",
        "An earlier version of this report said six policemen were killed.",  # a figure in words
        "Police put the curfew at 9 pm.",
    ],
)
def test_a_withdrawn_figure_or_a_time_is_no_toll(sentence):
    assert parse_fatalities(sentence) is None


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        ("Gunmen raided the village of Kisanga in Lubero territory on Monday night, the army said.\n\n"
         "The army put the toll at 14 and said troops were pursuing the attackers.", 14, "The army"),
        ("Armed men attacked the commune of Kaya on Monday. According to local sources, the provisional toll "
         "reports 9 dead and many wounded.", 9, None),
        ("Correction: An earlier version of this report said 15 people were killed in Monday's bombing of a "
         "bus station in Kano. Police said 6 people died.", 6, "Police"),
        # the withdrawn figure in words, in a sentence of its own
        ("A roadside bomb hit a police patrol in Gwadar on Monday. An earlier version of this report said eight "
         "policemen were killed. The district police chief said on Tuesday that three policemen died.", 3, None),
    ],
)
def test_an_incident_told_without_a_figure_takes_the_next_statements_toll(text, figure, speaker):
    [event] = _events(text)
    assert (event.fatalities_min, event.fatalities_max) == (figure, figure)
    if speaker is not None:
        # "The army" may be named back to "the army" that the lead introduced: one speaker, either case
        assert (event.attributed_to or "").lower() == speaker.lower()


def test_a_war_toll_told_after_an_incident_is_not_its_figure():
    text = ("Gunmen raided the village of Kisanga in Lubero territory on Monday night, the army said.\n\n"
            "Rebel attacks have killed more than 6,000 people in the region since 2017, the UN says.")
    [event] = _events(text)
    assert event.fatalities_min is None


def test_an_arrest_takes_no_toll_from_the_statement_after_it():
    text = "Police arrested five suspects in Kano on Monday.\n\nPolice put the toll at 7."
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities_min is None for e in arrests)


def test_an_incident_named_in_its_toll_is_not_dated_by_the_tolls_update():
    # published Friday 6 February; the bombing was on Thursday, the toll rose on Friday
    text = ("The death toll from a bombing at the cattle market in Kismayo rose to 10 on Friday, hospital "
            "sources said.\n\nThe blast on Thursday also wounded more than 30 people.")
    [event] = _events(text, published="2026-02-06")
    assert (event.date, event.fatalities_min) == (dt.date(2026, 2, 5), 10)


def test_an_incident_counted_back_from_a_statements_day():
    # published Thursday 12 February: "five days after" the aid workers' Thursday is Saturday 7 February
    text = ("Hundreds of families have fled Kaya, five days after gunmen killed 15 civilians in the town, aid "
            "workers said on Thursday.")
    [event] = _events(text)
    assert event.date == dt.date(2026, 2, 7)
    assert event.date_earliest == dt.date(2026, 2, 6)


def test_an_incident_counted_back_with_a_day_of_its_own_keeps_that_day():
    # published Wednesday 3 June 2026: "on Sunday" is 31 May, not two days before publication
    text = ("Soldiers guarded the market on Tuesday. The patrol came two days after gunmen killed 6 traders in "
            "Kismayo on Sunday.")
    killing = next(e for e in _events(text, published="2026-06-03") if e.fatalities_min == 6)
    assert killing.date == dt.date(2026, 5, 31)
