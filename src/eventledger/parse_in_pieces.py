"""Parsing a long document in pieces of at most ``max_parse_chars`` characters, joined into one Doc.

spaCy's parser works on a whole text at once, and what it holds grows with its tokens, about 18 KB
each: 144,000 characters of one-word lines took 360 MB over the loaded model in one piece and 52 MB in
pieces of 20,000 characters (the joined Doc is the same text, token for token); 20,000 characters of
"- " (10,000 tokens, the most a piece can hold) take 174 MB. The pieces end at a paragraph break where there is one,
else at a line break, else at a space, so that headline recasing (line by line) and the paragraph
sentence starts read each piece as they read the whole; and the document's deadline is checked between
pieces, with room for one more piece as long as the last, so that the parse of a huge text stops
before its budget rather than one piece after it.
"""

from __future__ import annotations

import dataclasses
import time

from spacy.tokens import Doc

from eventledger.annotate import annotate, sentences_of
from eventledger.budget import Deadline
from eventledger.models import Article

# where a piece may end, best first: after a blank line, after a line break, after a space
_CUTS = ("\n\n", "\n", " ")


def piece_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering ``text``, none longer than ``limit`` characters."""
    limit = max(1, limit)
    bounds, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for cut in _CUTS:  # only in the second half of the window, so that no piece is tiny
            found = text.rfind(cut, start + limit // 2, end)
            if found >= 0:
                end = found + len(cut)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def annotate_in_pieces(article: Article, limit: int, deadline: Deadline) -> tuple[Article, float]:
    """``article`` with its doc and sentences, parsed piece by piece; and the seconds the parse took.

    Raises ``OverBudget`` when the next piece would end past the deadline."""
    started = time.monotonic()
    docs = []
    language = article.language
    last = 0.0  # seconds the last piece took: the next one, as long, should end within the budget
    for number, (start, end) in enumerate(piece_bounds(article.clean_text, limit)):
        if number:
            deadline.check(f"parsing characters {start:,} to {end:,}", needs=last)
        piece_started = time.monotonic()
        piece = dataclasses.replace(article, clean_text=article.clean_text[start:end], language=language,
                                    paragraphs=[], sentences=[], doc=None, problems=[])
        [parsed] = annotate([piece], batch_size=1, n_process=1)
        if parsed.doc is None:  # not English (decided on the first piece, as on the whole text)
            article.doc, article.sentences = None, []
            return article, time.monotonic() - started
        language = "en"  # the first piece decided (on the same opening as the whole text): not judged again
        docs.append(parsed.doc)
        last = time.monotonic() - piece_started
    # a piece's user data is what the stages kept of that piece (its text, doc_text): nothing of the joined Doc
    article.doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    article.sentences = sentences_of(article.doc, article.paragraphs)
    return article, time.monotonic() - started
