"""", saying <clause>" after a sentence's main clause is the report of the sentence's subject, wherever the
parser hangs the participle (here on the verb of a relative clause) and even when a dateline opens the
sentence and takes the subject's place in the parse."""

from __future__ import annotations

from attribution_helpers import attributed


def test_saying_after_a_relative_clause_under_a_dateline(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "BOGOTA, Nov 17 (Wire) - Colombia's defence minister, Andrea Villamizar, on Tuesday defended an air "
        "strike on a camp of FARC dissidents in Guaviare that killed 12 fighters, saying the military had no "
        "information that minors were present.",
    )
    reported = [(q.speaker, q.text) for q in a.quotes if not q.direct]
    assert reported == [("Andrea Villamizar", "the military had no information that minors were present")]


def test_pointing_out_after_a_clause_is_the_sentence_subjects(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "In turn, the head of the municipality, Yahya al-Sarraj, stressed that the water wells had stopped working, "
        "pointing out that \"the city is on the brink of thirst\".",
    )
    assert [q.speaker for q in a.quotes if q.direct] == ["Yahya al-Sarraj"]
