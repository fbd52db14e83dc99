"""The learned sentence event model: a sentence (or a short report) -> probabilities over the 30 sub-event
types and "None" (no event of the taxonomy). Whether a sentence reports an event is the network's call; its
type blends the network with the sparse bag-of-words model of classifier.py.

A fine-tuned all-MiniLM-L6-v2 encoder with one linear layer, shipped as int8 ONNX in ``data/model/`` and run
with onnxruntime and tokenizers (no torch). ``scripts/train_sentence_model.py`` reproduces it. The model is
loaded once per process; every call takes a batch so an article's sentences cost one inference.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from eventledger.extract.classifier import classify_batched
from eventledger.extract.classifier import score_text as sparse_scores
from eventledger.settings import get_setting

MODEL_PACKAGE = "eventledger.data.model"
NETWORK_SHARE = 0.5  # the network's share of the type distribution; the rest is the sparse model's
NONE_LABEL = "None"
BATCH = 32


@dataclass(frozen=True)
class SentenceScores:
    """One text's probabilities; ``event`` is the probability that it reports any event of the taxonomy."""

    probabilities: dict[str, float]

    @property
    def event(self) -> float:
        return 1.0 - self.probabilities.get(NONE_LABEL, 0.0)

    @property
    def best(self) -> str:
        """The most likely sub-event type, "None" excluded."""
        return max((k for k in self.probabilities if k != NONE_LABEL), key=self.probabilities.__getitem__)


class SentenceModel:
    def __init__(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        folder = resources.files(MODEL_PACKAGE)
        meta = json.loads(folder.joinpath("labels.json").read_text(encoding="utf-8"))
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.tokenizer = Tokenizer.from_str(folder.joinpath("tokenizer.json").read_text(encoding="utf-8"))
        self.tokenizer.enable_truncation(int(meta["max_tokens"]))
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        # one thread a process: ingest parallelises over processes, and a second thread buys little on short input
        options.intra_op_num_threads = int(get_setting("model_threads"))  # type: ignore[call-overload]
        options.inter_op_num_threads = 1
        model_bytes = folder.joinpath("event_model.onnx").read_bytes()
        self.session = onnxruntime.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), labels) probabilities; texts are batched by length to keep padding small."""
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for at in range(0, len(order), BATCH):
            chunk = order[at : at + BATCH]
            encoded = self.tokenizer.encode_batch([texts[i] or "." for i in chunk])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            (probs,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            out[chunk] = probs
        return out

    def score(self, texts: Sequence[str]) -> list[SentenceScores]:
        rows = self.probabilities(texts)
        return [self._blended(text, row) for text, row in zip(texts, rows, strict=True)]

    def _blended(self, text: str, row: np.ndarray) -> SentenceScores:
        """Whether there is an event is the network's alone; which type it is, half the network's and half the
        sparse bag-of-words model's (classifier.py): on our three validation sets (devdata/classifier*) the
        half-and-half blend types 0.954 / 0.927 / 0.928 right against 0.895 / 0.820 / 0.843 for the network and
        0.932 / 0.893 / 0.878 for the sparse model alone."""
        network = dict(zip(self.labels, map(float, row), strict=True))
        none = network.pop(NONE_LABEL, 0.0)
        event_mass = sum(network.values()) or 1.0
        sparse = sparse_scores(text)
        blended = {
            label: (1.0 - none) * (NETWORK_SHARE * p / event_mass + (1.0 - NETWORK_SHARE) * sparse.get(label, 0.0))
            for label, p in network.items()
        }
        blended[NONE_LABEL] = none
        return SentenceScores(blended)


@cache
def load_sentence_model() -> SentenceModel:
    return SentenceModel()


def score_sentences(texts: Sequence[str]) -> list[SentenceScores]:
    if not texts:
        return []
    return load_sentence_model().score(texts)


def classify_texts(texts: Sequence[str]) -> list[str]:
    """The most likely sub-event type of each text ("None" excluded: a snippet given to classify is an event)."""
    return [scores.best for scores in score_sentences(texts)]


def classify_lines(lines: Iterable[str], batch: int = 256) -> Iterator[str]:
    """``eventledger classify``: ``ID<TAB>TEXT`` lines in, ``ID<TAB>sub_event_type`` lines out, as
    ``classifier.classify_lines`` (a line without a tab is all text, its ID its line number)."""
    return classify_batched(lines, classify_texts, batch)
