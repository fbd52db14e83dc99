"""Check devdata/extraction7 (dev only): python3 devdata/extraction7/build/validate.py"""
import collections, datetime, json, os, re, sys, unicodedata
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
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = {"Oct": 10, "Nov": 11}
errs = []
def err(m): errs.append(m)
def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[-\s]+", " ", s).casefold()

arts = [json.loads(l) for l in open(os.path.join(ROOT, "articles.jsonl"))]
g = json.load(open(os.path.join(ROOT, "gold.json")))
docs = g["documents"]
for k in ("about", "format", "documents"):
    if k not in g: err(f"gold.json: missing {k}")
if [a["id"] for a in arts] != [d["document"] for d in docs]: err("ids/order differ")
if [a["id"] for a in arts] != [f"ext7-{i:02d}" for i in range(1, len(arts) + 1)]: err("ids not ext7-01..")
stats = collections.Counter(); by_style = collections.Counter(); by_country = collections.Counter(); by_sub = collections.Counter()
for a, d in zip(arts, docs):
    i = a["id"]
    for k in ("id", "url", "source", "published", "title", "language", "text"):
        if k not in a: err(f"{i}: missing {k}")
    if a["url"] is not None or a["language"] != "en": err(f"{i}: url/language")
    pub = a["published"]
    if not "2026-10-01" <= pub <= "2026-11-30": err(f"{i}: published {pub}")
    if d["published"] != pub: err(f"{i}: published differs")
    text = a["text"]; ft = fold(text)
    n = len(text.split())
    if not 300 <= n <= 550: err(f"{i}: {n} words")
    if "\n\n" not in text: err(f"{i}: no paragraphs")
    for k in ("document", "published", "removed_lines", "not_event_locations", "events", "style"):
        if k not in d: err(f"{i}: gold missing {k}")
    for line in d["removed_lines"]:
        if line not in text.split("\n"): err(f"{i}: removed line not a line of the text: {line!r}")
    for p in d["not_event_locations"]:
        if fold(p) not in ft: err(f"{i}: not_event_location {p!r} not in text")
    nel = {fold(p) for p in d["not_event_locations"]}
    by_style[d["style"].split(" (")[0]] += 1
    new_here = 0; ids = set()
    for e in d["events"]:
        t = f"{i} {e['id']}"
        if e["id"] in ids: err(f"{t}: duplicate id")
        ids.add(e["id"])
        if e["sub_event_type"] not in ONT.get(e["event_type"], ()): err(f"{t}: labels {e['event_type']}/{e['sub_event_type']}")
        for alt in e.get("sub_event_alternatives", []):
            if not any(alt in v for v in ONT.values()): err(f"{t}: bad alternative {alt}")
        w = e.get("date_window")
        if not w or len(w) != 2 or not (w[0] <= w[1] < pub or (w[1] == pub and not e.get("background"))):
            if not (w and w[0] <= w[1] <= pub): err(f"{t}: window {w} vs published {pub}")
        dt = e.get("date")
        if dt is not None:
            if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", dt): err(f"{t}: bad date {dt}")
            elif len(dt) == 10 and not w[0] <= dt <= w[1]: err(f"{t}: date outside window")
            elif len(dt) == 7 and not w[0][:7] <= dt <= w[1][:7]: err(f"{t}: month outside window")
        for day, dd, mm in re.findall(r"'[^']*?\b(%s)\b[^']*' = (\d{1,2}) (Oct|Nov)" % "|".join(DAYS), e.get("date_note", "")):
            if DAYS[datetime.date(2026, MON[mm], int(dd)).weekday()] != day: err(f"{t}: {day} {dd} {mm} wrong weekday")
        for day, dd, mm in re.findall(r"published (%s) (\d{1,2}) (Oct|Nov)" % "|".join(DAYS), e.get("date_note", "")):
            if DAYS[datetime.date(2026, MON[mm], int(dd)).weekday()] != day: err(f"{t}: published weekday wrong")
        f = e.get("fatalities")
        if f is not None and not (isinstance(f, list) and len(f) == 2 and 0 <= f[0] <= f[1]): err(f"{t}: fatalities {f}")
        if not isinstance(e.get("actor1"), list) or not e["actor1"]: err(f"{t}: actor1")
        for k in ("actor2", "claimed_by"):
            if e.get(k) is not None and not isinstance(e[k], list): err(f"{t}: {k}")
        if not e.get("country"): err(f"{t}: country")
        if e.get("admin1") is None and not e.get("admin1_may_be_null"): err(f"{t}: admin1 null without flag")
        for loc in [e.get("location")] + e.get("location_alternatives", []):
            if loc and loc == e.get("location") and fold(loc) not in ft: err(f"{t}: location {loc!r} not in text")
            if loc and fold(loc) in nel: err(f"{t}: location {loc!r} in not_event_locations")
        for adm in [e.get("admin1")] + e.get("admin1_variants", []):
            if adm and fold(adm) in nel: err(f"{t}: admin1 {adm!r} in not_event_locations")
        if e.get("background"):
            stats["background"] += 1
            if e["required"]: err(f"{t}: background must not be required")
            if w and w[1] >= "2026-10-01" and not w[0] >= "2026-03-01": pass
        else:
            new_here += 1
            if not e["required"]: err(f"{t}: new event not required")
            if w and w[0] < pub[:8] + "01" and w[0] < "2026-09-25": err(f"{t}: new event dated too early")
            stats["required"] += 1; by_country[e["country"]] += 1; by_sub[f"{e['event_type']} / {e['sub_event_type']}"] += 1
    if "no new event" in d["style"]:
        stats["no_event_articles"] += 1
        if new_here: err(f"{i}: no-event article carries a new event")
    elif not 1 <= new_here <= 2: err(f"{i}: {new_here} new events (want 1-2)")
stats["articles"] = len(arts)
print(dict(stats))
print("styles", dict(by_style))
print("countries (required events)", dict(by_country), "| article countries:", len({e['country'] for d in docs for e in d['events']}))
print("sub-types (required)", dict(by_sub))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
