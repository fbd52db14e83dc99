"""Reported speech in the forms wire and translated copy use: "said, adding that ...", "affirmed for his
part that ...", "recounts having heard ...", "indicated that ..." (a verb of belief, still one person's
report), and a speaker noun the tagger calls an adjective ("a notable of the locality")."""

from __future__ import annotations

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.models import Article


def reported(attribution_nlp, text: str) -> list[tuple[str | None, str]]:
    article: Article = prepare_article({"id": "c", "text": text}, attribution_nlp)
    attribute(article)
    return [(q.speaker, q.text) for q in article.quotes if not q.direct]


def test_the_clause_added_with_adding_that_is_the_speakers_too(attribution_nlp):
    quotes = reported(
        attribution_nlp,
        "Bandits have attacked several villages in the district this month, researcher Amina Sule said, adding "
        "that the police had only two vehicles for the whole area.",
    )
    assert any(s == "Amina Sule" and "only two vehicles for the whole area" in t for s, t in quotes)


def test_a_that_clause_the_parser_hangs_elsewhere(attribution_nlp):
    quotes = reported(
        attribution_nlp,
        "A notable of the village, who requested anonymity, affirmed for his part that herders were among the dead.",
    )
    assert any(s == "A notable of the village" and "herders were among the dead" in t for s, t in quotes)


def test_a_perfect_gerund_after_the_verb(attribution_nlp):
    quotes = reported(
        attribution_nlp,
        "Reached by telephone, Moussa Traoré, a farmer from the neighbouring village, recounts having heard "
        "gunfire for almost three hours.",
    )
    assert any(s == "Moussa Traoré" and "having heard gunfire for almost three hours" in t for s, t in quotes)


def test_indicated_that_is_a_named_persons_report(attribution_nlp):
    quotes = reported(
        attribution_nlp,
        "Contacted by our newsroom, the prefect of Douentza, Oumar Cissé, indicated that the market had been closed "
        "since Monday.",
    )
    assert any(s == "Oumar Cissé" and "the market had been closed since Monday" in t for s, t in quotes)


def test_verbs_of_saying_calqued_from_spanish_and_arabic(attribution_nlp):
    detailed = reported(
        attribution_nlp,
        "The mayor, Rosa Elvira Campos, detailed that the explosion destroyed four houses.")
    sustained = reported(attribution_nlp, "The deputy Carlos Andrés Mejía sustained that the army had left the valley.")
    assert any(s == "Rosa Elvira Campos" and "the explosion destroyed four houses" in t for s, t in detailed)
    assert any(s == "Carlos Andrés Mejía" and "the army had left the valley" in t for s, t in sustained)
