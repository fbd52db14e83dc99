""""the governor said" after another speaker: the title resolves to the person first given it, however that
person was introduced: "The governor of Kilifi, X, said" (the parser hangs the name on the place, and the tagger
may not call the name a person), "Prefect X" (the tagger may call the title a verb), or a title word such as
"lawmaker", "MP", "chairperson"."""

from __future__ import annotations

import pytest
from attribution_helpers import attributed, speaker_of

NAME = "Halima Wekesa Odhiambo"
OTHER = (
    "A trader, Joseph Mwangi Kamau, said shops had been closed since Monday. \"We are losing money every day,\" "
    "Kamau said."
)


def quote_after(nlp, introduction: str, title: str) -> str | None:  # noqa: ANN001 - a spaCy Language
    a = attributed(nlp, introduction, OTHER, f"\"We will reopen the road by Friday,\" the {title} said.")
    return speaker_of(a, "reopen the road")


@pytest.mark.parametrize("title", ["governor", "mayor", "commissioner", "spokesman"])
def test_title_of_a_place_then_the_name(attribution_nlp, title):
    introduction = f"The {title} of Kilifi, {NAME}, said the road to the town was closed."
    assert quote_after(attribution_nlp, introduction, title) == NAME


def test_title_the_tagger_reads_as_a_verb(attribution_nlp):
    assert quote_after(attribution_nlp, f"Prefect {NAME} said the road to the town was closed.", "prefect") == NAME


@pytest.mark.parametrize("title", ["lawmaker", "MP", "chairperson", "cleric"])
def test_title_words_of_parliaments_and_communities(attribution_nlp, title):
    introduction = f"Kilifi {title} {NAME} said the road to the town was closed."
    assert quote_after(attribution_nlp, introduction, title) == NAME


@pytest.mark.parametrize(
    ("introduction", "later"),
    [
        (f"Imam {NAME} said the road to the town was closed.", "cleric"),
        (f"{NAME}, 45, a mother of four, said the road to the town was closed.", "45-year-old"),
        (f"{NAME}, an eyewitness, said the road to the town was closed.", "witness"),
    ],
)
def test_a_later_word_for_the_title_or_age_given_first(attribution_nlp, introduction, later):
    assert quote_after(attribution_nlp, introduction, later) == NAME
