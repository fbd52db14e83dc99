import csv, collections, sys
from labels import LABELS
rows = list(open("validation.tsv", encoding="utf-8").read().split("\n"))
assert rows[0] == "sub_event_type\ttext", rows[0]
rows = [r for r in rows[1:] if r != ""]
c = collections.Counter(); seen = set(); err = 0
for i, r in enumerate(rows, 2):
    f = r.split("\t")
    if len(f) != 2: print("line", i, "fields", len(f)); err += 1; continue
    if f[0] not in LABELS: print("line", i, "label", f[0]); err += 1
    if f[1].strip().lower() in seen: print("line", i, "dup"); err += 1
    seen.add(f[1].strip().lower()); c[f[0]] += 1
for l in LABELS: print(f"{c[l]:4d}  {l}")
print("total", sum(c.values()), "errors", err)
sys.exit(1 if err else 0)
