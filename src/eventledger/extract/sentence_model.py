"""The learned sentence event model: a sentence (or a short report) -> probabilities over the 30 sub-event
types and "None" (no event of the taxonomy). Whether a sentence reports an event is the network's call; its
type blends the network with the sparse bag-of-words model of classifier.py.

A fine-tuned all-MiniLM-L6-v2 encoder with one linear layer, shipped as int8 ONNX in ``data/model/`` and run
with onnxruntime and tokenizers (no torch). ``scripts/train_sentence_model.py`` reproduces it. The model is
loaded once per process and reads each text on its own, so a text's figures depend on that text alone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from eventledger.extract.classifier import classify_batched
from eventledger.extract.classifier import score_text as sparse_scores
from eventledger.settings import get_setting

MODEL_PACKAGE = "eventledger.data.model"
NETWORK_SHARE = 0.5  # the network's share of the type distribution; the rest is the sparse model's
NONE_LABEL = "None"
# texts whose figures a model keeps (about 2 MB): copies of a wire story, a syndicated paragraph and a stock
# line ("No group has claimed responsibility") repeat sentences across the articles of a stream
REMEMBERED_TEXTS = 4096


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
    def __init__(self, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        folder = resources.files(MODEL_PACKAGE)
        meta = json.loads(folder.joinpath("labels.json").read_text(encoding="utf-8"))
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.tokenizer = Tokenizer.from_str(folder.joinpath("tokenizer.json").read_text(encoding="utf-8"))
        self.tokenizer.enable_truncation(int(meta["max_tokens"]))
        self.tokenizer.no_padding()  # tokenizer.json pads to max_tokens; a text run alone needs no padding
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle threads sleep rather than spin: on a machine shared with other processes (ingest's own workers,
        # spaCy in this one between inferences) a spinning thread takes a core someone else needs
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        model_bytes = folder.joinpath("event_model.onnx").read_bytes()
        self.session = onnxruntime.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
        self._rows: dict[str, np.ndarray] = {}  # text -> its figures, the latest REMEMBERED_TEXTS texts run

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), labels) probabilities, each text run on its own.

        The int8 model quantises a run's activations with one scale for the whole input, so in a batch a text's
        figures would depend on the other texts and on their padding (up to 0.34 apart between an article's
        batch and a batch of several articles). One text a run makes them a function of the text alone, and
        costs less than batches padded to their longest: 7.0 against 9.3 CPU seconds for the 1,093 sentences
        the first 300 texts of benchmarks/throughput.py have scored."""
        # a text's figures being its own, a text repeated in the batch is run once (a page of 20,000 lines
        # drawn from 40 words ran 1,102 times for 40 texts), and so is one that an earlier article had
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for i, text in enumerate(texts):
            row = self._rows.get(text)
            if row is None:
                row = self._run(*self._encode(text or "."))[0]
                if len(self._rows) >= REMEMBERED_TEXTS:
                    del self._rows[next(iter(self._rows))]  # the oldest first
                self._rows[text] = row
            out[i] = row
        return out

    def forget(self) -> None:
        """Drop the remembered figures (a benchmark that reads the same texts again measures a fresh process)."""
        self._rows.clear()

    def _encode(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask of one text: a batch of one, nothing padded."""
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        return ids, np.ones_like(ids)

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        (probs,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        return probs

    def score(self, texts: Sequence[str]) -> list[SentenceScores]:
        rows = self.probabilities(texts)
        blended: dict[str, SentenceScores] = {}  # one text, one score (the sparse model's too)
        return [blended.get(text) or blended.setdefault(text, self._blended(text, row))
                for text, row in zip(texts, rows, strict=True)]

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


_PROCESSES = [1]  # ingest processes sharing this machine's cores (set in each worker before it loads the model)
_LOADED: dict[int, SentenceModel] = {}  # process id -> its model


def share_cores_among(processes: int) -> None:
    """Called in each of ingest's worker processes: the model's default threads are the cores divided among them."""
    _PROCESSES[0] = max(1, processes)


def model_threads() -> int:
    """The ``model_threads`` setting; 0 (the default) gives the cores this process may use, divided among ingest's
    processes (threads and processes change no score: a batch's arithmetic does not depend on them)."""
    configured = int(get_setting("model_threads"))  # type: ignore[call-overload]
    if configured > 0:
        return configured
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores // _PROCESSES[0])


def load_sentence_model() -> SentenceModel:
    """The model, loaded once per process. A forked worker loads its own: the threads of its parent's session did
    not survive the fork, and a session waiting on them would hang. The parent's stays in the table, never used:
    destroying it would wait on those threads too."""
    model = _LOADED.get(os.getpid())
    if model is None:
        model = _LOADED[os.getpid()] = SentenceModel(model_threads())
    return model


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
