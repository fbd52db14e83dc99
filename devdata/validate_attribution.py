#!/usr/bin/env python3
"""Check an attribution dev set (devdata/attribution3, attribution4): both files parse, every gold document
exists, and every quote's text_contains and every claim's text occurs verbatim in its article; print counts and
the word length of each article.

    python3 devdata/validate_attribution.py devdata/attribution4
"""

import json
import sys
from pathlib import Path

here = Path(sys.argv[1]).resolve()
articles = {}
for line in (here / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
    if line.strip():
        record = json.loads(line)
        articles[record["id"]] = record
problems = []
gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
for entry in gold:
    record = articles.get(entry["document"])
    if record is None:
        problems.append(f"{entry['document']}: no article")
        continue
    for quote in entry["quotes"]:
        if quote["text_contains"] not in record["text"]:
            problems.append(f"{entry['document']}: quote not in text: {quote['text_contains']!r}")
    for claim in entry["claims"]:
        if claim["text"] not in record["text"]:
            problems.append(f"{entry['document']}: claim not in text: {claim['text'][:60]!r}")
words = sorted(len(r["text"].split()) for r in articles.values())
print(f"{len(articles)} articles, {words[0]}-{words[-1]} words; "
      f"{sum(len(e['quotes']) for e in gold)} quotes, {sum(len(e['claims']) for e in gold)} claims")
print("\n".join(problems) or "ok")
sys.exit(1 if problems else 0)
