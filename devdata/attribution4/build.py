#!/usr/bin/env python3
"""Write corpus.jsonl and gold.json of attribution4 from articles_a.py and articles_b.py (edit those)."""

import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from articles_a import ARTICLES as FIRST  # noqa: E402
from articles_b import ARTICLES as SECOND  # noqa: E402

corpus, gold = [], []
for article in FIRST + SECOND:
    corpus.append({"id": article["id"], "source": article["source"], "published": article["published"],
                   "title": article["title"], "text": "\n\n".join(article["paragraphs"])})
    gold.append({
        "document": article["id"],
        "quotes": [{"speaker": s, "speaker_role": r, "direct": d, "text_contains": t} for s, r, d, t in article["quotes"]],
        "claims": [{"text": t, "source_chain": c, "hedged": h} for t, c, h in article["claims"]],
    })
(here / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), encoding="utf-8")
(here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(corpus)} articles written")
