"""Build part 1 (unrelated distractors): unrelated/articles.jsonl + unrelated/gold.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p1_sports_business_accidents as base
import p1_disasters_crime_culture  # noqa: F401  (registers items)
import p1_science_health  # noqa: F401

ABOUT = {
    "sports": "distractor: sports report full of war words (attack, shot, blitz, battle, killed off); no ACLED event",
    "business": "distractor: business story with conflict metaphors (price war, hostile takeover, raid, ceasefire); no ACLED event",
    "accident": "distractor: accident; no ACLED event; the accident itself may be coded as the optional extension Man-made disaster",
    "disaster": "distractor: natural disaster; no ACLED event; optional extension Natural disaster",
    "crime": "distractor: ordinary (non-political) crime; no ACLED event; arrests/seizures here are not Strategic developments",
    "culture": "distractor: culture piece about a past war; no ACLED event (historic battles are not events of 2026)",
    "science": "distractor: science story with violent vocabulary (attack, blasts, drones, rocket, explosion); no ACLED event",
    "health": "distractor: health campaign written as a fight/war; no ACLED event",
}

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "unrelated")

def main():
    items = sorted(base.ITEMS, key=lambda x: (x["published"], x["title"]))
    arts, docs = [], []
    for i, it in enumerate(items, 1):
        did = f"unrel-{i:02d}"
        arts.append({"id": did, "url": None, "source": it["source"], "published": it["published"],
                     "title": it["title"], "language": "en", "text": it["text"]})
        docs.append({"document": did, "published": it["published"], "kind": it["kind"],
                     "about": ABOUT[it["kind"]], "removed_lines": [],
                     "not_event_locations": it["nel"], "events": [it["ext"]] if it["ext"] else []})
    with open(os.path.join(OUT, "articles.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold = {"about": "Gold for devdata/blind5/unrelated: 48 distractor articles (6 each of sports, business, accidents, "
                     "natural disasters, ordinary crime, culture, science, health), written blind by hand. None contains an "
                     "event of ACLED's six types; a system must output no ACLED event for any of them. Optional extension "
                     "events (event_type 'Other events', required=false) are listed for accidents, disasters and epidemics. "
                     "Held-out: measure only.",
            "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                      "(document, published, removed_lines, not_event_locations, events) plus 'about' and 'kind'",
            "documents": docs}
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(len(arts), "articles written")

if __name__ == "__main__":
    main()
