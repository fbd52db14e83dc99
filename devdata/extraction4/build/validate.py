"""Check both parts of extraction4 parse and the gold is consistent."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ONT = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
     "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
 "Other events": {"Attribution of responsibility", "Diplomatic event", "Organized crime", "Natural disaster", "Man-made disaster"},
}
errs = []
def check(art_path, gold_path, prefix):
    arts = {}
    for n, line in enumerate(open(art_path), 1):
        a = json.loads(line)
        for k in ("id", "url", "source", "published", "title", "language", "text"):
            if k not in a: errs.append(f"{a.get('id')}: missing {k}")
        if not a["id"].startswith(prefix): errs.append(f"{a['id']}: bad prefix")
        arts[a["id"]] = a
        w = len(a["text"].split())
        if not 150 <= w <= 520: errs.append(f"{a['id']}: {w} words")
    g = json.load(open(gold_path))
    docs = g["documents"]
    if [d["document"] for d in docs] != list(arts): errs.append(f"{gold_path}: document order/ids differ from articles")
    stats = dict(articles=len(arts), acled=0, required=0, borderline=0, background=0, other=0)
    for d in docs:
        a = arts[d["document"]]; pub = d["published"]
        if pub != a["published"]: errs.append(f"{d['document']}: published differs")
        for line in d["removed_lines"]:
            if line not in a["text"].split("\n") and line not in a["text"]:
                errs.append(f"{d['document']}: removed line absent: {line!r}")
        ids = set()
        for e in d["events"]:
            tag = f"{d['document']} {e['id']}"
            if e["id"] in ids: errs.append(f"{tag}: duplicate id")
            ids.add(e["id"])
            if e["event_type"] not in ONT or e["sub_event_type"] not in ONT[e["event_type"]]:
                errs.append(f"{tag}: bad labels {e['event_type']}/{e['sub_event_type']}")
            w = e.get("date_window")
            if not w or len(w) != 2 or not (w[0] <= w[1] <= pub): errs.append(f"{tag}: bad window {w} vs {pub}")
            dt = e.get("date")
            if dt is not None:
                if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", dt): errs.append(f"{tag}: bad date {dt}")
                elif len(dt) == 10 and not (w[0] <= dt <= w[1]): errs.append(f"{tag}: date outside window")
                elif len(dt) == 7 and not (w[0][:7] <= dt <= w[1][:7]): errs.append(f"{tag}: month outside window")
            f = e.get("fatalities")
            if f is not None and not (isinstance(f, list) and len(f) == 2 and 0 <= f[0] <= f[1]):
                errs.append(f"{tag}: bad fatalities {f}")
            if not e.get("actor1") or not isinstance(e["actor1"], list): errs.append(f"{tag}: actor1")
            for k in ("actor2", "claimed_by"):
                if e.get(k) is not None and not isinstance(e[k], list): errs.append(f"{tag}: {k} not list")
            if e.get("admin1") is None and not e.get("admin1_may_be_null"): errs.append(f"{tag}: admin1 null w/o flag")
            loc = e.get("location")
            if loc and loc in d["not_event_locations"]: errs.append(f"{tag}: location in not_event_locations")
            for alt in e.get("location_alternatives", []):
                if alt in d["not_event_locations"]: errs.append(f"{tag}: alternative {alt} in not_event_locations")
            if e.get("admin1") and e["admin1"] in d["not_event_locations"]: errs.append(f"{tag}: admin1 in not_event_locations")
            if e["event_type"] == "Other events": stats["other"] += 1; continue
            stats["acled"] += 1
            if e.get("background"): stats["background"] += 1
            elif e["required"]: stats["required"] += 1
            else: stats["borderline"] += 1
        for n in d["not_event_locations"]:
            pass
    return stats
for part, ap, gp, pre in (("dev", "articles.jsonl", "gold.json", "ext4-"), ("heldout", "heldout/articles.jsonl", "heldout/gold.json", "ext4-h")):
    ap, gp = os.path.join(ROOT, ap), os.path.join(ROOT, gp)
    if os.path.exists(ap):
        print(part, check(ap, gp, pre))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
