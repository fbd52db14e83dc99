#!/usr/bin/env python3
"""Validate attribution2 dev data: JSON parses, ids line up, every gold text_contains
and every claim text occurs verbatim in its article text. Also warns on length rules."""
import json, sys, os
d = os.path.dirname(os.path.abspath(__file__))
errors, warns = [], []
corpus = {}
with open(os.path.join(d, "corpus.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except Exception as e:
            errors.append(f"corpus line {n}: {e}"); continue
        for k in ("id", "source", "published", "title", "text"):
            if k not in doc: errors.append(f"corpus line {n}: missing {k}")
        if doc.get("id") in corpus: errors.append(f"duplicate id {doc.get('id')}")
        corpus[doc.get("id")] = doc
gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
nq = nc = 0
for g in gold:
    doc = corpus.get(g["document"])
    if doc is None:
        errors.append(f"gold {g['document']}: no such document"); continue
    text = doc["text"]
    wc = len(text.split())
    if not 180 <= wc <= 400: warns.append(f"{g['document']}: {wc} words")
    for q in g["quotes"]:
        nq += 1
        for k in ("speaker", "speaker_role", "direct", "text_contains"):
            if k not in q: errors.append(f"{g['document']}: quote missing {k}")
        t = q["text_contains"]
        if t not in text: errors.append(f"{g['document']}: quote text not in article: {t!r}")
        if not 5 <= len(t.split()) <= 12: warns.append(f"{g['document']}: text_contains has {len(t.split())} words: {t!r}")
        if any(c in t for c in '"“”«»„'): errors.append(f"{g['document']}: quotation mark in text_contains {t!r}")
    for c in g["claims"]:
        nc += 1
        if c["text"] not in text: errors.append(f"{g['document']}: claim text not in article: {c['text']!r}")
        if not c["source_chain"]: errors.append(f"{g['document']}: empty source_chain")
        if not isinstance(c["hedged"], bool): errors.append(f"{g['document']}: hedged not bool")
missing = set(corpus) - {g["document"] for g in gold}
if missing: errors.append(f"documents without gold: {sorted(missing)}")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(corpus)} articles, {nq} quotes ({sum(q['direct'] for g in gold for q in g['quotes'])} direct), {nc} claims; {len(errors)} errors, {len(warns)} warnings")
sys.exit(1 if errors else 0)
