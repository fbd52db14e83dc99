"""Extraction's work on hostile text is bounded by the text's length, not its square (issue #14): a chain of
modifiers is walked only so far, a sentence gives at most so many trigger hits, and the sentence model is
scored in slices with the time budget asked between them. Each bound is checked by the work done (hops,
hits, texts scored), never by the clock."""

from __future__ import annotations

import itertools

import pytest
from spacy.tokens import Doc

from eventledger.annotate import annotate
from eventledger.budget import Deadline, OverBudget
from eventledger.clean import clean_document
from eventledger.extract.event_triggers import MAX_HITS_PER_SENTENCE, body_units, find_hits
from eventledger.extract.events import SCORED_PER_CHECK, extract_events
from eventledger.extract.place_candidates import MAX_QUALIFIED_HOPS, _event_nouns, _qualifies
from eventledger.extract.sentence_model import load_sentence_model
from eventledger.models import RawDocument


def _chain(nlp, links: int) -> Doc:
    """"Kano Mr. Mr. ... Mr. bombing": every word a compound of the next, as the parser read thousands of
    "Mr." in a row; the last noun is an event's."""
    words = ["Kano", *["Mr."] * links, "bombing"]
    last = len(words) - 1
    return Doc(nlp.vocab, words=words, heads=[min(i + 1, last) for i in range(len(words))],
               deps=["compound"] * last + ["ROOT"], pos=["PROPN"] * last + ["NOUN"],
               lemmas=[w.lower() for w in words])


def test_a_name_qualifies_a_noun_a_few_modifiers_up_but_a_run_of_thousands_is_not_walked(nlp):
    assert "bombing" in _event_nouns()
    near = _chain(nlp, 2)  # "the Kabul airport bombing": two nouns up
    assert _qualifies(near[0], _event_nouns())
    far = _chain(nlp, 3 * MAX_QUALIFIED_HOPS)
    assert not _qualifies(far[0], _event_nouns())  # the walk stops after MAX_QUALIFIED_HOPS heads
    assert _qualifies(far[len(far) - MAX_QUALIFIED_HOPS], _event_nouns())  # a name within reach still does


def test_a_sentence_of_one_trigger_repeated_gives_at_most_the_cap_of_hits_first_ones_kept():
    text = "Report\n\nGunmen attacked the market. " + "killed " * 600 + "\n"
    [article] = annotate([clean_document(RawDocument(origin="killed", text=text))])
    units = body_units(article)
    found = [find_hits(unit) for unit in units]
    assert sum(len(hits) for hits in found) > 3 * MAX_HITS_PER_SENTENCE  # long cut into sentences, each capped
    assert max(len(hits) for hits in found) == MAX_HITS_PER_SENTENCE
    for unit, hits in zip(units, found, strict=True):
        heads = [h.head.i for h in hits]
        assert heads == sorted(heads)  # in text order ...
        if len(hits) == MAX_HITS_PER_SENTENCE:  # ... and the first of the sentence, not spread over it
            assert heads[-1] - unit.span.start < 2 * MAX_HITS_PER_SENTENCE < len(unit.span)
    assert find_hits(units[0]) and find_hits(units[0])[0].head.lower_ == "attacked"  # an ordinary sentence's
    assert extract_events(article)  # the capped text still reads as the attack and killing it reports


def test_the_budget_is_asked_before_the_sentence_model_scores_and_between_its_slices(nlp):
    # 20,000 one-word lines: 8 s of scoring in one call, before the budget was first asked
    text = "Clashes\n\n" + "\n\n".join(f"Gunmen attacked village number {i} and killed {i + 2} people." for i in
                                        range(3 * SCORED_PER_CHECK))
    [article] = annotate([clean_document(RawDocument(origin="many", text=text))])
    model = load_sentence_model()
    model.forget()
    with pytest.raises(OverBudget):
        extract_events(article, deadline=Deadline(1e-9))
    assert not model._rows  # nothing was scored past a spent budget

    class Counted(Deadline):
        """A real budget of no limit that counts how often it is asked before the model has scored anything."""

        def __init__(self) -> None:
            super().__init__(0)
            self.before_scores: list[int] = []

        def check(self, step: str, needs: float = 0.0) -> None:
            self.before_scores.append(len(model._rows))
            super().check(step, needs)

    counted = Counted()
    extract_events(article, deadline=counted)
    scored = [n for n in counted.before_scores if n < len(model._rows)]
    assert len(scored) >= 3  # asked at 0, after one slice, after two: never more than a slice between asks
    assert all(b - a <= SCORED_PER_CHECK for a, b in itertools.pairwise(scored))
