#!/usr/bin/env python3
"""Check devdata/unrelated2: both files parse, ids match, word counts in 180-450, every
not_event_location occurs in its text, dates in range, and no ACLED event type appears in the gold."""
import json
import os
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}
EXT_SUBTYPES = {"Man-made disaster", "Natural disaster"}
errors = []

arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8") if l.strip()]
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
for k in ("about", "format", "documents"):
    if k not in gold:
        errors.append(f"gold.json lacks '{k}'")
docs = gold.get("documents", [])

expected = [f"u2-{i:02d}" for i in range(1, 41)]
aids = [a["id"] for a in arts]
gids = [d["document"] for d in docs]
if aids != expected:
    errors.append(f"article ids are not u2-01..u2-40 in order: {aids}")
if gids != aids:
    errors.append("gold document ids do not match article ids")

by_id = {a["id"]: a for a in arts}
wcs = {}
for a in arts:
    for k in ("id", "url", "source", "published", "title", "language", "text"):
        if k not in a:
            errors.append(f"{a.get('id')}: missing field {k}")
    if a.get("url") is not None or a.get("language") != "en":
        errors.append(f"{a['id']}: url must be null and language 'en'")
    if not ("2026-10-01" <= a["published"] <= "2026-11-30"):
        errors.append(f"{a['id']}: published {a['published']} out of range")
    wc = len(a["text"].split())
    wcs[a["id"]] = wc
    if not 180 <= wc <= 450:
        errors.append(f"{a['id']}: {wc} words")
    if "\n\n" not in a["text"]:
        errors.append(f"{a['id']}: no paragraph breaks")

for d in docs:
    a = by_id.get(d["document"])
    if a is None:
        continue
    for k in ("document", "published", "kind", "about", "removed_lines", "not_event_locations", "events"):
        if k not in d:
            errors.append(f"{d['document']}: gold lacks {k}")
    if d["published"] != a["published"]:
        errors.append(f"{d['document']}: published differs between gold and article")
    if d["removed_lines"] != []:
        errors.append(f"{d['document']}: removed_lines must be []")
    for loc in d["not_event_locations"]:
        if loc not in a["text"]:
            errors.append(f"{d['document']}: not_event_location '{loc}' not in text")
    for e in d["events"]:
        if e.get("event_type") in ACLED_TYPES or e.get("event_type") != "Other events":
            errors.append(f"{d['document']}: ACLED/unknown event type {e.get('event_type')}")
        if e.get("sub_event_type") not in EXT_SUBTYPES:
            errors.append(f"{d['document']}: sub type {e.get('sub_event_type')}")
        if e.get("required") is not False:
            errors.append(f"{d['document']}: extension event must have required=false")
        if e.get("location") in d["not_event_locations"]:
            errors.append(f"{d['document']}: event location listed as not_event_location")
        if e.get("location") and e["location"] not in a["text"]:
            errors.append(f"{d['document']}: event location {e['location']} not in text")

print("kinds:", dict(Counter(d["kind"] for d in docs)))
print("words: min %d max %d mean %.0f" % (min(wcs.values()), max(wcs.values()), sum(wcs.values()) / len(wcs)))
print("extension events:", sum(len(d["events"]) for d in docs))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: %d articles, %d gold documents" % (len(arts), len(docs)))
