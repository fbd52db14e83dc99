#!/usr/bin/env python3
"""Write devdata/unrelated2/articles.jsonl and gold.json from the hand-written data modules.

Run from anywhere: python3 devdata/unrelated2/build/build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_a, data_b, data_c, data_d  # noqa: E402

ARTICLES = data_a.ARTICLES + data_b.ARTICLES + data_c.ARTICLES + data_d.ARTICLES

KIND_NOTE = {
    "court": "court and justice in a conflict country",
    "politics": "politics and diplomacy around a conflict",
    "humanitarian": "humanitarian or development story in a conflict area",
    "military": "military or security matter that is not an event",
    "crime": "ordinary crime with violent words in a conflict country",
    "accident": "accident with violent words in a conflict country",
    "culture": "culture, sport or society with conflict vocabulary",
    "statement": "statement, threat, denial or hoax without an act",
}


def clean_text(t):
    paras = [re.sub(r"\s+", " ", p).strip() for p in t.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def main():
    arts, docs = [], []
    for a in ARTICLES:
        text = clean_text(a["text"])
        arts.append({
            "id": a["id"], "url": None, "source": a["source"], "published": a["published"],
            "title": a["title"], "language": "en", "text": text,
        })
        docs.append({
            "document": a["id"], "published": a["published"], "kind": a["kind"],
            "about": "distractor (" + KIND_NOTE[a["kind"]] + "): " + a["about"] + "; no ACLED event",
            "removed_lines": [], "not_event_locations": a["nel"], "events": a.get("events", []),
        })
    gold = {
        "about": ("Gold for devdata/unrelated2: 40 hard-negative articles written blind by hand (court cases, "
                  "conflict diplomacy, humanitarian stories, military matters that are not events, crime and "
                  "accidents, culture and sport, statements without acts). None contains an event of ACLED's six "
                  "types; every predicted ACLED-type event is a false positive. Optional extension events "
                  "(event_type 'Other events', required=false) are listed only for the four accidents. "
                  "Held out: measure only."),
        "format": ("one entry per document in 'documents'; each entry has document, published, removed_lines, "
                   "not_event_locations, events (the fields of shared/eval/seed/gold.json) plus 'about' and 'kind'"),
        "documents": docs,
    }
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(arts)} articles and gold to {OUT}")


if __name__ == "__main__":
    main()
