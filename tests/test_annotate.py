"""The annotate stage: spaCy docs on English articles, sentences that never cross a paragraph.

The ``nlp`` fixture (conftest.py) is the session's ``load_nlp()``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from eventledger.annotate import MODEL, annotate, sentences_of
from eventledger.extract.numbers import parse_fatalities
from eventledger.models import Article, Paragraph

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "seed.jsonl"


def _article(text: str, document_id: str = "d", language: str | None = "en", **fields) -> Article:
    return Article(document_id, "test", text, clean_text=text, language=language, **fields)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def _assert_inside_paragraphs(text: str, sentences) -> None:
    spans = _paragraph_spans(text)
    for sentence in sentences:
        start, end = spans[sentence.paragraph]
        assert start <= sentence.start < sentence.end <= end, text[sentence.start : sentence.end]
        assert "\n\n" not in text[sentence.start : sentence.end]
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]


def test_headings_and_captions_without_full_stops_are_sentences_of_their_own(nlp):
    text = (
        "Troops retake northern town\n\n"
        "Government forces said on Sunday they had retaken the town after two days of fighting. "
        "The rebels withdrew to the hills.\n\n"
        "Soldiers at a checkpoint (file photo)\n\n"
        "Residents said the market reopened on Monday"
    )
    article = next(annotate([_article(text)]))
    got = [(s.paragraph, text[s.start : s.end]) for s in article.sentences]
    assert got == [
        (0, "Troops retake northern town"),
        (1, "Government forces said on Sunday they had retaken the town after two days of fighting."),
        (1, "The rebels withdrew to the hills."),
        (2, "Soldiers at a checkpoint (file photo)"),
        (3, "Residents said the market reopened on Monday"),
    ]
    assert article.doc is not None and article.doc.text == text


def test_a_headline_is_one_sentence_whatever_capital_word_it_holds(nlp):
    # stacked headlines: the parser had cut the second before "Mexico", so that "At least 40 killed in
    # gruesome" and "Mexico organized crime spree" were two sentences, and the article no brief
    text = (
        "Death toll from massacre in Mexican border city rises to 15\n\n"
        "At least 40 killed in gruesome Mexico organized crime spree\n\n"
        "Drug hitmen suspected in party killings as parents bury dead"
    )
    article = next(annotate([_article(text)]))
    assert [text[s.start : s.end] for s in article.sentences] == text.split("\n\n")


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed corpus is not present")
def test_no_seed_sentence_crosses_a_paragraph(nlp):
    text = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])["text"]
    article = next(annotate([_article(text)]))
    _assert_inside_paragraphs(text, article.sentences)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    # every paragraph has at least one sentence, so the captions no longer merge into the body
    assert {s.paragraph for s in article.sentences} == set(range(len(paragraphs)))
    assert len(article.sentences) >= len(paragraphs)


def test_paragraph_index_comes_from_article_paragraphs_when_given(nlp):
    text = "Heading\n\nFirst body sentence. Second one.\n\nLast paragraph here."
    paragraphs = [Paragraph(s, e, "heading" if i == 0 else "body") for i, (s, e) in enumerate(_paragraph_spans(text))]
    article = next(annotate([_article(text, paragraphs=paragraphs)]))
    assert [s.paragraph for s in article.sentences] == [0, 1, 1, 2]


def test_extra_blank_lines_and_spaces_are_not_sentences(nlp):
    text = "  First paragraph without stop\n\n\n\nSecond paragraph. \n\n"
    sentences = sentences_of(nlp(text))
    assert [text[s.start : s.end] for s in sentences] == ["First paragraph without stop", "Second paragraph."]
    assert [s.paragraph for s in sentences] == [0, 1]


def test_non_english_articles_pass_through_in_order(nlp):
    articles = [
        _article("Police fired tear gas at protesters.", "a"),
        _article("La police a tiré des gaz lacrymogènes.", "b", language="fr"),
        _article("Two soldiers were killed.\n\nNo group claimed it.", "c", language=None),
    ]
    out = list(annotate(articles, batch_size=2))
    assert [a.document_id for a in out] == ["a", "b", "c"]
    assert out[1].doc is None and out[1].sentences == []
    assert out[0].doc.text == articles[0].clean_text
    assert [s.paragraph for s in out[2].sentences] == [0, 1]


def test_parse_fatalities_reads_a_real_sentence_span(nlp):
    doc = nlp("The convoy was ambushed on Friday. Three soldiers were killed and two were wounded.")
    span = list(doc.sents)[1]
    result = parse_fatalities("", span=span)
    assert (result.minimum, result.maximum) == (3, 3)


@pytest.mark.slow
def test_two_processes_give_the_same_sentences(nlp):
    texts = [f"Heading {i}\n\nGunmen attacked village {i} on Monday. Police said {i} people died." for i in range(6)]
    one = [[(s.start, s.end) for s in a.sentences] for a in annotate([_article(t) for t in texts])]
    two = [[(s.start, s.end) for s in a.sentences] for a in annotate([_article(t) for t in texts], n_process=2)]
    assert one == two
    assert all(len(sentences) == 3 for sentences in one)


def test_lemmas_are_the_models_own_lemmatizer_s(nlp):
    # the model's lemmatizer stays loaded but is run through a table of forms; its own loop over the
    # same doc must give the same lemma for every token, inflected, irregular, capitalised or not
    from eventledger.annotate import LEMMA_COMPONENT

    text = (
        "Gunmen killed 12 villagers and wounded dozens more; the soldiers were ambushed as they fled.\n\n"
        "\"We are mourning,\" said the mayor, who had been told the rebels' leaders were hiding. "
        "Better-armed fighters seized the town's best-known mosques. Officials said it's worse than feared. "
        "Killed, killing, kills: he was killing time. The men's children ran; mice ate the geese's feed."
    )
    assert "lemmatizer" not in nlp.pipe_names and LEMMA_COMPONENT in nlp.pipe_names
    ours = nlp(text)
    with nlp.select_pipes(disable=[LEMMA_COMPONENT]):
        plain = nlp(text)
    nlp.get_pipe("lemmatizer")(plain)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in plain]
    lemmas = {t.text: t.lemma_ for t in ours}
    assert (lemmas["killed"], lemmas["wounded"], lemmas["were"], lemmas["mice"], lemmas["children"]) == (
        "kill", "wound", "be", "mouse", "child"
    )


def test_table_driven_lemmas_and_attributes_equal_the_models_own(nlp):
    """load_nlp() answers the lemmatizer and the attribute ruler from tables for speed; every token must
    get what the published model itself gives (one paragraph each, so sentence starts are the same)."""
    reference = spacy.load(MODEL)
    texts = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [p for t in texts for p in json.loads(t)["text"].split("\n\n") if p.strip()][:40]
    texts += [
        "They'd said the militia won't leave, but it's gone; we're told the men didn't fight.",
        "Gunmen   shot dead 3 soldiers at the U.S.-run base near Gao on Monday 16 — officials said.",
        "The Houthis' drones were downed, the army's spokesman said: \"We'll respond.\"",
        "I am, he is, they were being beaten and she has been arrested — ain't that so?",
    ]
    fields = ("tag_", "pos_", "morph", "lemma_", "dep_", "head")
    for ours, theirs in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert [tuple(str(getattr(t, f)) for f in fields) for t in ours] == [
            tuple(str(getattr(t, f)) for f in fields) for t in theirs
        ], ours.text


def test_a_zone_s_new_words_leave_the_vocabulary_and_its_lemmas_stay_right_after_it(nlp):
    """A long stream brings new words without end: parse_zone frees them with their batch. The lemma
    table outlives the zone, so a form first lemmatised inside one zone is lemmatised the same in the
    next, even when its lemma's string came in as another word of the first zone and left with it."""
    from eventledger.annotate import parse_zone

    first_text = "One zelthorpe fled. Qorvanites shelled the zelthorpes near Brandivex, killing 41937 herders."
    second_text = "Qorvanites shelled the zelthorpes again."
    with parse_zone():
        [first] = annotate([_article(first_text)])
        lemmas_first = [t.lemma_ for t in first.doc]
        assert "Brandivex" in nlp.vocab.strings
        first.doc = None
    assert "Brandivex" not in nlp.vocab.strings and "41937" not in nlp.vocab.strings
    with parse_zone():
        [second] = annotate([_article(second_text)])
        lemmas_second = [t.lemma_ for t in second.doc]  # "zelthorpe" from the table: its string is back
        second.doc = None
    assert [t.lemma_ for t in next(annotate([_article(first_text)])).doc] == lemmas_first
    assert [t.lemma_ for t in next(annotate([_article(second_text)])).doc] == lemmas_second
    assert "zelthorpe" in lemmas_second and "shell" in lemmas_second and "kill" in lemmas_first
