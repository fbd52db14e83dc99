"""The shipped sentence event model (ONNX, run without torch) and the learned decisions built on it."""

from __future__ import annotations

import numpy as np
import pytest

from eventledger.extract.classifier import classify_lines as sparse_lines
from eventledger.extract.event_lexicon import cue
from eventledger.extract.sentence_model import (
    NONE_LABEL,
    classify_lines,
    load_sentence_model,
    score_sentences,
)
from eventledger.kb.taxonomy import load_taxonomy


def test_model_labels_are_the_taxonomy_and_none() -> None:
    labels = load_sentence_model().labels
    assert set(labels) == {t.sub_event_type for t in load_taxonomy()} | {NONE_LABEL}
    assert len(labels) == len(set(labels))


def test_probabilities_are_a_distribution_and_the_reading_does_not_depend_on_the_batch() -> None:
    texts = [
        "Gunmen on motorbikes shot dead five villagers in Kwatarkwashi on Tuesday night, police said.",
        "Hundreds of teachers marched to parliament in Nairobi to demand unpaid salaries.",
        "The central bank left its main interest rate unchanged at 4.5 percent.",
        "Bomb",
    ]
    model = load_sentence_model()
    together = model.probabilities(texts)
    assert together.shape == (4, len(model.labels))
    assert np.allclose(together.sum(axis=1), 1.0, atol=1e-4)
    assert np.array_equal(together, model.probabilities(texts))  # the same batch, the same figures
    for i, text in enumerate(texts):
        alone = model.probabilities([text])[0]
        # int8 activations are scaled per batch, so the figures may move a little with the batch (an article is
        # always scored as one batch); the reading must not
        assert alone.argmax() == together[i].argmax()
        assert abs(alone[model.labels.index(NONE_LABEL)] - together[i][model.labels.index(NONE_LABEL)]) < 0.05


def test_clear_sentences_are_read_right() -> None:
    attack, protest, rates = score_sentences([
        "Gunmen on motorbikes shot dead five villagers in Kwatarkwashi on Tuesday night, police said.",
        "Hundreds of teachers marched peacefully to parliament in Nairobi to demand unpaid salaries.",
        "The central bank left its main interest rate unchanged at 4.5 percent.",
    ])
    assert attack.best == "Attack" and attack.event > 0.9
    assert protest.best == "Peaceful protest"
    assert rates.event < 0.5


def test_empty_input_scores_nothing() -> None:
    assert score_sentences([]) == []


def test_classify_lines_keeps_ids_and_order_and_never_answers_none() -> None:
    lines = ["a1\tRebels seized the town of Kitchanga after two days of fighting.\n", "\n",
             "Police arrested the opposition leader at his home in Kampala.\n"]
    out = list(classify_lines(lines, batch=1))
    assert [line.split("\t")[0] for line in out] == ["a1", "3"]
    assert all(line.split("\t")[1] != NONE_LABEL for line in out)


def test_classify_skips_a_tsv_header_but_not_a_first_snippet() -> None:
    header = ["id\ttext\n", "s1\tGunmen abducted 12 passengers from a bus near Kaduna.\n"]
    assert [line.split("\t")[0] for line in classify_lines(header)] == ["s1"]
    assert [line.split("\t")[0] for line in sparse_lines(header)] == ["s1"]
    # only the first line can be a header, and only two header words make one
    body = ["id\tGunmen abducted 12 passengers from a bus near Kaduna.\n", "2\ttext\n"]
    assert [line.split("\t")[0] for line in classify_lines(body)] == ["id", "2"]


def test_cue_kinds_are_checked() -> None:
    assert "ied" in cue("striking_weapon")
    with pytest.raises(KeyError, match="no_such_kind"):
        cue("no_such_kind")
