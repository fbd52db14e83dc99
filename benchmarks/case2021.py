"""Measure `eventledger classify` on CASE 2021 Task 2 (a third-party TEST set: measure only, never tune).

    python benchmarks/case2021.py [PATH] [--per-class] [--model default|sparse]

Runs classify_lines (the shipped sentence model, or the older sparse model) over the snippets, maps our
sub-event types to CASE codes (taxonomy.case_code) and
prints weighted F1 (the task's official measure), macro F1 and accuracy for subtask 1 (gold among the
25 ACLED types), subtask 2 (+ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER) and subtask 3 (+DIPLO,
ATTRIB), plus a per-class table for subtask 3. Only the label columns are printed, never snippet text.
Predictions outside a subtask's label set still count (as errors) within it, as in the shared task.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from eventledger.extract import classifier, sentence_model
from eventledger.kb.taxonomy import case_code, load_taxonomy

# shared/ sits beside the checkout
DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared/benchmarks/case2021-task2/test_set_final_release_with_labels.tsv"
)
SUBTASK_2_EXTRA = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
SUBTASK_3_EXTRA = {"DIPLO", "ATTRIB"}


def read_case(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold CASE code) rows; the file has a header and no quoting."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        return [(r[0], r[1], r[2]) for r in rows]


def per_class(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """label -> (precision, recall, F1, support) over the gold labels."""
    table = {}
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        predicted = sum(1 for p in pred if p == label)
        support = sum(1 for g in gold if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = (precision, recall, f1, support)
    return table


def summary(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """(weighted F1, macro F1, accuracy), F1 averaged over the gold labels."""
    table = per_class(gold, pred)
    total = len(gold)
    weighted = sum(f1 * support for _, _, f1, support in table.values()) / total
    macro = sum(f1 for _, _, f1, _ in table.values()) / len(table)
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / total
    return weighted, macro, accuracy


def subtask_labels() -> dict[str, set[str]]:
    acled = {t.case_code for t in load_taxonomy() if t.acled}
    return {
        "subtask 1": acled,
        "subtask 2": acled | SUBTASK_2_EXTRA,
        "subtask 3": acled | SUBTASK_2_EXTRA | SUBTASK_3_EXTRA,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--per-class", action="store_true", help="print the per-class table")
    parser.add_argument("--model", choices=("default", "sparse"), default="default")
    args = parser.parse_args(argv)
    rows = read_case(args.path)
    started = time.perf_counter()
    if args.model == "sparse":
        classifier.load_model()
        classify_lines = classifier.classify_lines
    else:
        sentence_model.load_sentence_model()
        classify_lines = sentence_model.classify_lines
    loaded = time.perf_counter()
    output = list(classify_lines(f"{snippet_id}\t{text}" for snippet_id, text, _ in rows))
    finished = time.perf_counter()
    predicted = {line.split("\t")[0]: case_code(line.split("\t")[1]) for line in output}
    print(f"{len(rows)} snippets; model load {loaded - started:.2f}s; {len(rows) / (finished - loaded):.0f} snippets/s")
    for name, labels in subtask_labels().items():
        subset = [(gold, predicted[snippet_id]) for snippet_id, _, gold in rows if gold in labels]
        gold, pred = [g for g, _ in subset], [p for _, p in subset]
        weighted, macro, accuracy = summary(gold, pred)
        print(f"{name}: n={len(gold):4d}  weighted F1 {weighted:.3f}  macro F1 {macro:.3f}  accuracy {accuracy:.3f}")
    if args.per_class:
        gold = [g for _, _, g in rows]
        pred = [predicted[snippet_id] for snippet_id, _, _ in rows]
        print(f"\n{'class':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>4s}")
        for label, (p, r, f1, n) in per_class(gold, pred).items():
            print(f"{label:32s} {p:6.3f} {r:6.3f} {f1:6.3f} {n:4d}")
        confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
        print("\nmost frequent confusions (gold -> predicted):")
        for (g, p), n in confusions.most_common(15):
            print(f"  {n:3d}  {g} -> {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
