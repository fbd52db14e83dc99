"""Append rows given on stdin as 'Label :: text' to validation.tsv, after checks."""
import sys, os
from labels import LABELS
F = "validation.tsv"
if not os.path.exists(F):
    open(F, "w").write("sub_event_type\ttext\n")
have = set(l.rstrip("\n").split("\t", 1)[1].lower() for l in open(F).readlines()[1:])
out, bad = [], 0
for ln in sys.stdin:
    ln = ln.strip()
    if not ln: continue
    lab, _, txt = ln.partition(" :: ")
    lab, txt = lab.strip(), txt.strip()
    if lab not in LABELS or not txt or "\t" in txt:
        print("BAD:", ln[:80]); bad += 1; continue
    if txt.lower() in have:
        print("DUP:", txt[:80]); bad += 1; continue
    have.add(txt.lower()); out.append(f"{lab}\t{txt}\n")
if bad: sys.exit("not written: fix the batch")
open(F, "a").writelines(out)
print("added", len(out))
