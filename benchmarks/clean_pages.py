"""Article-body extraction on our own HTML pages: eventledger's cleaning beside trafilatura (prints figures).

    python benchmarks/clean_pages.py [--pages tests/fixtures/ingest/clean/pages] [--each]

Each ``NAME.html`` there is a page written to reproduce how a CMS (WordPress, Drupal, Arc, hand-made news
sites) wraps an article in furniture; ``NAME.txt`` beside it is the article body we expect (no headline,
no captions, bylines or notices; tables and lists kept). Scored with the article-extraction benchmark's
published metric: 4-token shingles of ``\\w+`` tokens, per-page TP/FP/FN normalised, precision and recall
averaged over pages, F1 their harmonic mean. This is development data: tune on it freely.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import trafilatura

from eventledger.clean import clean_document
from eventledger.ingest import read_inputs

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "ingest" / "clean" / "pages"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def precision_recall(expected: str, predicted: str) -> tuple[float, float]:
    """One page's precision and recall (TP, FP, FN normalised to sum 1, as the published metric does)."""
    truth, guess = shingles(expected), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    if not guess:
        return 0.0, 0.0
    tp, fp, fn = tp / total, fp / total, fn / total
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def eventledger_text(page: Path) -> str:
    [raw] = read_inputs([str(page)])
    return clean_document(raw).clean_text  # type: ignore[arg-type]


def trafilatura_text(page: Path) -> str:
    return trafilatura.extract(page.read_text(encoding="utf-8")) or ""


def summary(name: str, scores: list[tuple[float, float]]) -> str:
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:<12} F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}  ({len(scores)} pages)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--each", action="store_true", help="print every page's P and R")
    args = parser.parse_args(argv)
    pages = sorted(args.pages.glob("*.html"))
    results: dict[str, list[tuple[float, float]]] = {"eventledger": [], "trafilatura": []}
    for page in pages:
        expected = page.with_suffix(".txt").read_text(encoding="utf-8")
        row = []
        for name, extract in (("eventledger", eventledger_text), ("trafilatura", trafilatura_text)):
            score = precision_recall(expected, extract(page))
            results[name].append(score)
            row.append(f"{name} P {score[0]:.3f} R {score[1]:.3f}")
        if args.each:
            print(f"{page.stem:<24}", "   ".join(row))
    for name, scores in results.items():
        print(summary(name, scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
