"""Verbs of saying that translated copy carries over from Portuguese, French and Spanish ("garantiu que",
"a réaffirmé que", "signaló que") report a clause as "said that" does."""

from __future__ import annotations

import pytest
from attribution_helpers import attributed


@pytest.mark.parametrize("verb", ["guaranteed", "reaffirmed", "reassured", "signalled", "recognised"])
def test_a_translated_verb_of_saying_reports_the_clause(attribution_nlp, verb):
    a = attributed(attribution_nlp, f"The district administrator, Celso Mabunda, {verb} that the convoy had arrived.")
    assert [(q.speaker, q.direct) for q in a.quotes] == [("Celso Mabunda", False)]
    assert a.quotes[0].text.endswith("the convoy had arrived")


def test_without_a_clause_the_verb_reports_nothing(attribution_nlp):
    a = attributed(attribution_nlp, "The district administrator, Celso Mabunda, recognised the bodies of two guards.")
    assert a.quotes == []
