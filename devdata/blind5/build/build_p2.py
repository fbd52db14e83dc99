"""Build part 2 (short items): short/articles.jsonl + short/gold.json."""
import json, os, re, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p2_common
import p2_items_a, p2_items_b, p2_items_c, p2_nonevents  # noqa: F401 (register items)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "short")
SRC = {"headline": "Newsline Flash", "coder": "Conflict Desk coder notes", "nodate": "Regional Radio Digest",
       "translated": "World Press Translation Service", "wire": "Wire"}
ABOUT = {"sports": "not an event: sports report with war words", "business": "not an event: business metaphor",
         "metaphor": "not an event: figurative language", "accident": "not an event: accident (no ACLED type)"}

def main():
    items = list(p2_common.ITEMS)
    random.Random(20261130).shuffle(items)
    arts, docs = [], []
    for i, it in enumerate(items, 1):
        did = f"short-{i:03d}"
        src = SRC[it["style"]]
        m = re.search(r"\(([A-Z][A-Za-z ]+)\) [-\u2013]", it["text"])
        if it["style"] == "wire" and m:
            src = m.group(1)
        a = {"id": did, "url": None, "source": src, "published": it["pub"], "title": it["title"], "language": "en",
             "text": it["text"]}
        if it["lang"]:
            a["original_language"] = it["lang"]
        arts.append(a)
        g = {"document": did, "published": it["pub"], "style": it["style"], "removed_lines": [],
             "not_event_locations": it["nel"], "events": it["events"]}
        if not it["events"]:
            g["about"] = ABOUT[it["kind"]]
        docs.append(g)
    with open(os.path.join(OUT, "articles.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold = {"about": "Gold for devdata/blind5/short: 140 short incident reports written blind by hand (wire briefs, "
                     "headline + one line, data coder summaries, translated-style briefs, briefs without a date). 120 items "
                     "carry exactly one required ACLED event (all 25 sub-event types, at least 4 each; 49 countries); 20 "
                     "items are not events (events: []). Items without a date in the text are dated to the publication "
                     "day with a window from two days before publication. Held-out: measure only.",
            "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                      "(document, published, removed_lines, not_event_locations, events) plus 'style' and, for non-events, 'about'",
            "documents": docs}
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(len(arts), "items written")

if __name__ == "__main__":
    main()
