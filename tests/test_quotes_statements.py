"""A body's statement quoted through the document ("the statement said", "A statement from the presidency
said") or through "it" when no verb of saying introduced the body ("Amnesty International called for an
inquiry. “…,” it said")."""

from __future__ import annotations

from attribution_helpers import attributed


def test_the_statement_said_is_the_body_that_issued_it(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The Ministry of Defence issued a statement on Monday. \"Our forces destroyed two launchers near the "
        "border,\" the statement said.",
    )
    assert [q.speaker for q in a.quotes] == ["Ministry of Defence"]


def test_it_said_after_a_body_named_without_a_verb_of_saying(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Amnesty International called for an inquiry. \"The use of live ammunition against protesters is "
        "unlawful,\" it said.",
    )
    assert [q.speaker for q in a.quotes] == ["Amnesty International"]


def test_a_statement_from_a_body_is_that_bodys(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A statement from the presidency said the president had ordered troops to the north.")
    assert [c.source_chain for c in a.claims] == [["the presidency"]]
