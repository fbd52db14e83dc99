"""Checks that the extraction3 files parse and that each gold agrees with its article's basic facts.
Run: python3 build/validate.py   (reads heldout/ only to check its format; prints counts, no content)"""
import datetime as dt
import json
import pathlib
import sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import ACLED_TYPES  # noqa: E402

ROOT = HERE.parent
EV_KEYS = {"id", "required", "event_type", "sub_event_type", "date", "country", "admin1", "location", "actor1",
           "actor2", "claimed_by", "fatalities"}


def check(part):
    arts = {}
    for n, line in enumerate((part / "articles.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        a = json.loads(line)
        for k in ("id", "url", "source", "published", "title", "language", "text"):
            assert k in a, (part, n, k)
        dt.date.fromisoformat(a["published"][:10])
        arts[a["id"]] = a
    gold = json.loads((part / "gold.json").read_text(encoding="utf-8"))
    docs = gold["documents"]
    assert sorted(d["document"] for d in docs) == sorted(arts), "gold and articles list different ids"
    stats = {"articles": len(arts), "required": 0, "borderline": 0, "background": 0, "other_events": 0, "distractors": 0}
    for d in docs:
        a = arts[d["document"]]
        pub = a["published"][:10]
        assert d["published"] == pub
        for line in d["removed_lines"]:
            assert line in a["text"], (d["document"], line)
        acled = [e for e in d["events"] if e["event_type"] != "Other events"]
        if not acled:
            stats["distractors"] += 1
        ids = [e["id"] for e in d["events"]]
        assert len(ids) == len(set(ids)), d["document"]
        nel = {x.lower() for x in d["not_event_locations"]}
        for e in d["events"]:
            assert EV_KEYS <= set(e), (d["document"], e["id"], EV_KEYS - set(e))
            assert e["sub_event_type"] in ACLED_TYPES[e["event_type"]], (d["document"], e["id"])
            assert isinstance(e["actor1"], list) and e["actor1"], (d["document"], e["id"])
            w = e.get("date_window")
            if e["date"] is not None:
                assert w, (d["document"], e["id"])
            if w:
                assert w[0] <= w[1] <= pub, (d["document"], e["id"], w)
            if e["date"] and len(e["date"]) == 10:
                assert w[0] <= e["date"] <= w[1], (d["document"], e["id"])
            if e["admin1"] is None:
                assert e.get("admin1_may_be_null"), (d["document"], e["id"])
            if e["fatalities"] is not None:
                lo, hi = e["fatalities"]
                assert 0 <= lo <= hi, (d["document"], e["id"])
            for loc in [e["location"]] + e.get("location_alternatives", []):
                assert not loc or loc.lower() not in nel, (d["document"], e["id"], loc, "is also a not_event_location")
            if e["event_type"] == "Other events":
                stats["other_events"] += 1
            elif e.get("background"):
                assert not e["required"]
                stats["background"] += 1
            elif e["required"]:
                stats["required"] += 1
            else:
                stats["borderline"] += 1
    return stats


if __name__ == "__main__":
    for part in (ROOT, ROOT / "heldout"):
        print(part.relative_to(ROOT.parent), check(part))
