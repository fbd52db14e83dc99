"""Each report's own figure for an incident (issue #11): two speakers' counts in one sentence, dead told
without a count beside a count, a death told as "attained martyrdom" in the sentence after the incident,
and a battle's dead of each side told in two sentences (sentences written for these tests, March 2026;
expectations counted by hand by ACLED's rules, ontology.md "Fatalities")."""

from __future__ import annotations

import pytest

from eventledger.annotate import annotate
from eventledger.clean import clean_document
from eventledger.extract.numbers import parse_fatalities
from eventledger.models import RawDocument
from eventledger.pipeline import extract_article


def _events(text: str, published: str = "2026-03-11"):
    article = clean_document(RawDocument(origin="test", text=text, published=published, language="en"))
    [annotated] = list(annotate([article]))
    return [e for e in extract_article(annotated).events if e.event_type != "Other events"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # two speakers, two exact counts, neither preferred: the report's figure is the range
        ("Police said four people were killed in the raid on the market, but a local rights group put the "
         "death toll at seven.", (4, 7)),
        ("The district chief said 12 villagers died, while a relief agency gave a toll of 15.", (12, 15)),
        # an open figure of its own already allows the other's: it stays the conservative one
        ("Shelling hit the bus station, killing at least 6 people, according to witnesses; a nurse put the "
         "toll at 10.", (6, None)),
        # the same speaker's update is no second source
        ("Police said four people were killed in the raid, and the governor later raised the toll to seven.",
         (4, 4)),
    ],
)
def test_two_speakers_counts_in_one_sentence(sentence, figure):
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == figure


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Four policemen died in the ambush, and the attackers suffered heavy casualties, the governor said.",
         (4, None)),
        ("Six guards were killed and the bodies of many of the raiders were found outside the gate.", (6, None)),
        ("Nine of our soldiers were killed in the battle while the enemy sustained considerable losses.",
         (9, None)),
        # no dead beyond the count
        ("Four policemen died in the ambush, the governor said.", (4, 4)),
    ],
)
def test_dead_told_without_a_count_leave_the_count_a_floor(sentence, figure):
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rebels detonated a roadside bomb on the highway in Bijapur district on Monday, targeting a police "
         "truck. Six policemen and their driver attained martyrdom.", 7),
        ("Rebels detonated a roadside bomb on the highway in Bijapur district on Monday, targeting a police "
         "truck. Two policemen embraced martyrdom.", 2),
    ],
)
def test_martyrdom_in_the_next_sentence_is_the_incidents_toll(text, figure):
    [event] = _events(text)
    assert (event.fatalities_min, event.fatalities_max) == (figure, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the troops' dead, told after the rebels they killed: ACLED counts both sides
        ("Army troops killed six rebels in a gunfight in the hills of Lanao del Sur on Tuesday, the army "
         "said. Two soldiers were also killed.", 8),
        ("Army troops neutralized six rebels in a gunfight in the hills of Lanao del Sur on Tuesday. One "
         "soldier was killed and three were wounded.", 7),
        # a toll that names no side counts every side: the commander told after it is one of the four
        ("Four people were killed in a clash between police and Taliban fighters in Ghazni on Tuesday. A Taliban "
         "commander was killed.", 4),
        # the first toll already counts the soldier: told again, not added
        ("Six rebels and a soldier were killed in a gunfight with army troops in the hills of Lanao del Sur "
         "on Tuesday, the army said. One soldier was killed and two were wounded.", 7),
    ],
)
def test_a_battles_dead_of_each_side_told_apart_are_added(text, figure):
    [event] = _events(text)
    assert (event.fatalities_min, event.fatalities_max) == (figure, figure)


def test_those_who_attained_martyrdom_are_the_dead_not_the_doers():
    [event] = _events("The governor condemned the attack by militants on a police post in Bannu today, in which "
                      "four policemen attained martyrdom.")
    assert not (event.actor1 or "").startswith("Police Forces")
    assert (event.fatalities_min, event.fatalities_max) == (4, 4)
