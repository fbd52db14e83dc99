"""A reported clause whose "that" the parser hangs on the reporting verb itself ("said to the agency that
the shelling targeted residential neighbourhoods"): the indirect quote is what follows "that", not the
words before the verb."""

from __future__ import annotations

from attribution_helpers import attributed


def test_that_clause_after_to_the_agency(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The head of the local council, Mohammed Ali al-Hassan, said to the agency that the shelling targeted "
        "residential neighbourhoods.",
    )
    reported = [(q.speaker, q.text) for q in a.quotes if not q.direct]
    assert reported == [("Mohammed Ali al-Hassan", "the shelling targeted residential neighbourhoods")]
