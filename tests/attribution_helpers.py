"""Helpers shared by the attribution tests: real attribution on paragraphs written for a test."""

from __future__ import annotations

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.models import Article


def attributed(nlp, *paragraphs: str) -> Article:  # noqa: ANN001 - a spaCy Language
    """An article of ``paragraphs`` (blank lines between them), cleaned, parsed and attributed."""
    article = prepare_article({"id": "a", "text": "\n\n".join(paragraphs)}, nlp)
    attribute(article)
    return article


def speaker_of(article: Article, words: str) -> str | None:
    """The speaker of the first quote holding ``words``."""
    return next(q.speaker for q in article.quotes if words in q.text)
