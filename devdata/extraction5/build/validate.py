"""Check that extraction5 (dev only) parses and that its gold is consistent."""
import datetime, json, os, re, sys, unicodedata
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
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = {"Jan": 1, "Mar": 3, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11}
errs = []

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[-\s]+", " ", s).casefold()

def weekday_checks(tag, note, year=2026):
    """'published Wednesday 14 Oct' and "'on Monday' = 12 Oct" in notes must agree with the calendar."""
    pats = [r"published (%s) (\d{1,2}) (%s)" % ("|".join(DAYS), "|".join(MON)),
            r"'[^']*?\b(%s)\b[^']*' = (\d{1,2}) (%s)" % ("|".join(DAYS), "|".join(MON))]
    for p in pats:
        for day, dd, mm in re.findall(p, note or ""):
            real = DAYS[datetime.date(year, MON[mm], int(dd)).weekday()]
            if real != day: errs.append(f"{tag}: note says {day} {dd} {mm}, calendar says {real}")

def check(art_path, gold_path, prefix):
    arts = {}
    for line in open(art_path):
        a = json.loads(line)
        for k in ("id", "url", "source", "published", "title", "language", "text"):
            if k not in a: errs.append(f"{a.get('id')}: missing {k}")
        if not a["id"].startswith(prefix): errs.append(f"{a['id']}: bad prefix")
        if not "2026-09-01" <= a["published"] <= "2026-11-30": errs.append(f"{a['id']}: published outside Sep-Nov 2026")
        arts[a["id"]] = a
    g = json.load(open(gold_path))
    docs = g["documents"]
    if [d["document"] for d in docs] != list(arts): errs.append(f"{gold_path}: document order/ids differ from articles")
    stats = dict(articles=len(arts), acled=0, required=0, borderline=0, background=0, other=0, negatives=0)
    for d in docs:
        a = arts[d["document"]]; pub = d["published"]
        style = d.get("style", "")
        if not style: errs.append(f"{d['document']}: no style")
        w = len(a["text"].split())
        lo, hi = (60, 200) if style.startswith("wire brief") else (150, 520)
        if not lo <= w <= hi: errs.append(f"{a['id']}: {w} words (style allows {lo}-{hi})")
        if pub != a["published"]: errs.append(f"{d['document']}: published differs")
        for line in d["removed_lines"]:
            if line not in a["text"].split("\n") and line not in a["text"]:
                errs.append(f"{d['document']}: removed line absent: {line!r}")
        for n in d["not_event_locations"]:
            if fold(n) not in fold(a["text"]): errs.append(f"{d['document']}: not_event_location {n!r} not in text")
        ids = set(); acled_here = 0
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
            if not e.get("background") and e["event_type"] != "Other events" and w and w[0] < "2026-08-25":
                errs.append(f"{tag}: old date on a non-background event")
            weekday_checks(tag, e.get("date_note", ""))
            f = e.get("fatalities")
            if f is not None and not (isinstance(f, list) and len(f) == 2 and 0 <= f[0] <= f[1]):
                errs.append(f"{tag}: bad fatalities {f}")
            if not e.get("actor1") or not isinstance(e["actor1"], list): errs.append(f"{tag}: actor1")
            for k in ("actor2", "claimed_by"):
                if e.get(k) is not None and not isinstance(e[k], list): errs.append(f"{tag}: {k} not list")
            if e.get("admin1") is None and not e.get("admin1_may_be_null"): errs.append(f"{tag}: admin1 null w/o flag")
            if not e.get("country"): errs.append(f"{tag}: no country")
            loc = e.get("location")
            if loc and loc in d["not_event_locations"]: errs.append(f"{tag}: location in not_event_locations")
            for alt in e.get("location_alternatives", []):
                if alt in d["not_event_locations"]: errs.append(f"{tag}: alternative {alt} in not_event_locations")
            for adm in [e.get("admin1")] + e.get("admin1_variants", []):
                if adm and adm in d["not_event_locations"]: errs.append(f"{tag}: admin1 {adm} in not_event_locations")
            if e["event_type"] == "Other events":
                stats["other"] += 1
                if e["required"]: errs.append(f"{tag}: an 'Other events' entry should not be required")
                continue
            stats["acled"] += 1; acled_here += 1
            if e.get("background"):
                stats["background"] += 1
                if e["required"]: errs.append(f"{tag}: background events are marked required=false here")
            elif e["required"]: stats["required"] += 1
            else: stats["borderline"] += 1
        if style.startswith("hard negative"):
            stats["negatives"] += 1
            if acled_here: errs.append(f"{d['document']}: hard negative with ACLED events")
    return stats

ap, gp = os.path.join(ROOT, "articles.jsonl"), os.path.join(ROOT, "gold.json")
print("dev", check(ap, gp, "ext5-"))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
