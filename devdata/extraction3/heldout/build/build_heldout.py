"""Writes ../articles.jsonl and ../gold.json from the held-out batch files. Run: python3 heldout/build/build_heldout.py"""
import importlib
import pathlib
import sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "build"))
from lib import build  # noqa: E402

batches = []
for p in sorted(HERE.glob("held_*.py")):
    batches.append(importlib.import_module(p.stem).ITEMS)
arts, docs = build(batches, HERE.parent, "Gold for devdata/extraction3/heldout (held-out part: measure only), written blind by hand; matching rules in docs/evaluation.md.")
print(len(arts), "articles", sum(len(d["events"]) for d in docs), "events")
