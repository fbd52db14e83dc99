"""Build devdata/extraction7 (dev only): python3 devdata/extraction7/build/build.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import part1, part2, part3, part4

docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
with open(os.path.join(ROOT, "articles.jsonl"), "w") as f:
    for a, g in docs:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
out = {"about": "Gold for devdata/extraction7 (dev only), written blind by hand: 16 fictional articles "
                "(Oct-Nov 2026) in real places; matching rules in shared/docs/evaluation.md.",
       "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                 "(document, published, removed_lines, not_event_locations, events); 'style', 'about' and the "
                 "*_note / summary / *_alternatives fields are for readers only",
       "documents": [g for a, g in docs]}
with open(os.path.join(ROOT, "gold.json"), "w") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(f"wrote {len(docs)} documents")
