"""A minimal clean + annotate for running attribution on a JSONL record before the pipeline exists.

Paragraphs are split on blank lines; a short paragraph without closing punctuation is a heading;
sentences are cut at every paragraph break (the annotate stage's promise). Used by the dev-set runner
and the tests; the pipeline uses clean.py and annotate.py instead.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from eventledger.models import Article, Paragraph

_BREAKS = "attribution_paragraph_breaks"
_HEADING_MAX_WORDS = 12


@Language.component(_BREAKS)
def _paragraph_breaks(doc):  # noqa: ANN001, ANN201 - spaCy component
    for token in doc[1:]:
        if "\n\n" in doc[token.i - 1].text and not token.is_space:
            token.is_sent_start = True
    return doc


def _is_heading(text: str) -> bool:
    stripped = text.strip().rstrip("“”‘’\"'»")
    return len(text.split()) <= _HEADING_MAX_WORDS and not stripped.endswith((".", "!", "?", ":", ";", ","))


def paragraphs_of(text: str) -> list[Paragraph]:
    paragraphs, pos = [], 0
    for chunk in text.split("\n\n"):
        kind = "heading" if chunk.strip() and _is_heading(chunk) else "body"
        paragraphs.append(Paragraph(pos, pos + len(chunk), kind))
        pos += len(chunk) + 2
    return paragraphs


def with_paragraph_breaks(nlp: Language) -> Language:
    if _BREAKS not in nlp.pipe_names:
        nlp.add_pipe(_BREAKS, before="parser")
    return nlp


def prepare_article(record: dict[str, Any], nlp: Language) -> Article:
    """An Article with clean_text, paragraphs and doc from a JSONL record (id, text, title, ...)."""
    text = "\n\n".join(p.strip() for p in record["text"].split("\n\n") if p.strip())
    article = Article(
        document_id=record["id"],
        origin=record["id"],
        raw_text=record["text"],
        clean_text=text,
        title=record.get("title"),
        source=record.get("source"),
        published=record.get("published"),
        paragraphs=paragraphs_of(text),
    )
    article.doc = with_paragraph_breaks(nlp)(text)
    return article
