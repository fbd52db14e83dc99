"""Cuts a document's cleaned text into pieces for the document page, each piece tagged with the spans
(entities, quotes, event evidence) that cover it, so overlapping spans need no nested markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    text: str
    start: int
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def _spans(document: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    spans = [(s["start"], s["end"], s["kind"], s.get("label") or "") for s in document.get("spans", [])]
    spans += [(q["start"], q["end"], "quote", q.get("speaker") or "") for q in document.get("quotes", [])]
    spans += [(m["start"], m["end"], "event", m["sub_event_type"]) for m in document.get("event_mentions", [])]
    size = len(document["clean_text"])
    return [(max(0, a), min(size, b), kind, label) for a, b, kind, label in spans if 0 <= a < b]


def highlight_pieces(document: dict[str, Any]) -> list[Piece]:
    text = document["clean_text"]
    spans = _spans(document)
    cuts = sorted({0, len(text), *(a for a, *_ in spans), *(b for _, b, *_ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        kinds = sorted({kind for _, _, kind, _ in covering})
        labels = sorted({f"{kind}: {label}" if label else kind for _, _, kind, label in covering})
        pieces.append(Piece(text[start:end], start, kinds, labels))
    return pieces


def evidence_context(clean_text: str, evidence: str, width: int = 240) -> tuple[str, str, str] | None:
    """(before, evidence, after) around the evidence sentence in its document, or None when not found."""
    at = clean_text.find(evidence) if evidence else -1
    if at < 0:
        return None
    before = clean_text[max(0, at - width) : at]
    after = clean_text[at + len(evidence) : at + len(evidence) + width]
    return ("…" + before if at > width else before), evidence, (after + "…" if len(after) == width else after)
