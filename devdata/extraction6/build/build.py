"""Build devdata/extraction6 (dev only): python3 build/build.py"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import write
import items_a, items_b, items_c
ROOT = os.path.dirname(HERE)
items = items_a.ITEMS + items_b.ITEMS + items_c.ITEMS
random.Random(6).shuffle(items)  # interleave types; the order is fixed by the seed
write(items, "ext6-", os.path.join(ROOT, "articles.jsonl"), os.path.join(ROOT, "gold.json"),
      "Gold for devdata/extraction6 (dev only): short ACLED-style coder notes, written blind by hand; "
      "matching rules in shared/docs/evaluation.md.")
print(len(items), "items")
