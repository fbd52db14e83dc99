import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import write
docs = []
for m in ("dev_b1", "dev_b2", "dev_b3", "dev_b4"):
    if os.path.exists(os.path.join(HERE, m + ".py")):
        docs += importlib.import_module(m).DOCS
root = os.path.dirname(HERE)
write(docs, os.path.join(root, "articles.jsonl"), os.path.join(root, "gold.json"),
      "Gold for devdata/extraction5 (dev only), written blind by hand; matching rules in docs/evaluation.md.")
print(len(docs), "dev docs")
