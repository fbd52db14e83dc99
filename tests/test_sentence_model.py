"""The shipped sentence event model (ONNX, run without torch) and the learned decisions built on it."""

from __future__ import annotations

import multiprocessing
import os

import numpy as np
import pytest

from eventledger.extract import sentence_model
from eventledger.extract.classifier import classify_lines as sparse_lines
from eventledger.extract.event_lexicon import cue
from eventledger.extract.sentence_model import (
    NONE_LABEL,
    SentenceModel,
    classify_lines,
    load_sentence_model,
    model_threads,
    score_sentences,
    share_cores_among,
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
    alone = SentenceModel(threads=1)
    for i, text in enumerate(texts):
        # int8 activations are scaled over a whole run's input: each text is run alone, so its figures are the
        # same whatever texts (short or long, few or many) come with it (run again: none remembered)
        alone.forget()
        assert np.array_equal(alone.probabilities([text])[0], together[i])
        alone.forget()
        assert np.array_equal(alone.probabilities([text, *MIXED_LENGTHS])[0], together[i])


MIXED_LENGTHS = [
    "Gunmen on motorbikes shot dead five villagers in Kwatarkwashi on Tuesday night, police said.",
    "Bomb",
    "Hundreds of teachers marched to parliament in Nairobi to demand unpaid salaries, and police fired tear gas "
    "at them when they tried to enter the compound, witnesses said.",
    "The central bank left its main interest rate unchanged at 4.5 percent.",
]


def test_a_text_read_before_is_not_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # an earlier article's sentence (a wire story's copy, a stock line) gets the figures it had, without a run
    model = SentenceModel(threads=1)
    runs: list[int] = []
    run = model._run
    monkeypatch.setattr(model, "_run", lambda ids, mask: runs.append(ids.shape[1]) or run(ids, mask))
    first = model.probabilities(MIXED_LENGTHS[:2])
    again = model.probabilities([MIXED_LENGTHS[1], MIXED_LENGTHS[2], MIXED_LENGTHS[0]])
    assert len(runs) == 3
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])
    assert np.array_equal(again[1], SentenceModel(threads=1).probabilities([MIXED_LENGTHS[2]])[0])


def test_remembered_texts_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentence_model, "REMEMBERED_TEXTS", 2)
    model = SentenceModel(threads=1)
    figures = model.probabilities(MIXED_LENGTHS[:3])
    assert list(model._rows) == MIXED_LENGTHS[1:3]  # the oldest went first
    assert np.array_equal(model.probabilities(MIXED_LENGTHS[:1])[0], figures[0])
    assert list(model._rows) == [MIXED_LENGTHS[2], MIXED_LENGTHS[0]]


def test_threads_change_no_score() -> None:
    # the default gives one process all the cores: that must not move any figure of any batch
    one, two = SentenceModel(threads=1), SentenceModel(threads=2)
    assert np.array_equal(one.probabilities(MIXED_LENGTHS), two.probabilities(MIXED_LENGTHS))
    assert np.array_equal(one.probabilities(MIXED_LENGTHS[:1]), two.probabilities(MIXED_LENGTHS[:1]))


def test_default_threads_are_the_cores_shared_among_the_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTLEDGER_MODEL_THREADS", raising=False)
    cores = len(os.sched_getaffinity(0))
    try:
        assert model_threads() == cores
        share_cores_among(2)
        assert model_threads() == max(1, cores // 2)
        share_cores_among(cores * 4)
        assert model_threads() == 1
        monkeypatch.setenv("EVENTLEDGER_MODEL_THREADS", "3")
        assert model_threads() == 3
    finally:
        share_cores_among(1)


def _scored_in_worker(texts: list[str]) -> tuple[bool, np.ndarray]:
    share_cores_among(1)
    model = load_sentence_model()
    return model is load_sentence_model(), model.probabilities(texts)


def test_a_forked_worker_scores_with_its_own_model_as_its_parent_does() -> None:
    parent = load_sentence_model().probabilities(MIXED_LENGTHS)  # the parent's session exists before the fork
    with multiprocessing.get_context("fork").Pool(1) as pool:
        # a worker using its parent's session would wait for threads that did not survive the fork
        loaded_once, child = pool.apply_async(_scored_in_worker, (MIXED_LENGTHS,)).get(timeout=120)
    assert loaded_once
    assert np.array_equal(parent, child)


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
