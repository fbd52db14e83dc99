"""Check that extraction6 (dev only) parses and that its gold is consistent: python3 build/validate.py
Prints counts per sub-event type, country and style (used for README.md)."""
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
 "Other events": {"Attribution of responsibility", "Diplomatic event", "Organized crime", "Natural disaster",
                  "Man-made disaster"},
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
errs = []

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[-\s]+", " ", s).casefold()

def weekdays(tag, text):
    """'Saturday 14 November 2026' / 'Saturday, 14 November' in text or notes must match the 2026 calendar."""
    n = 0
    for day, dd, mm, yy in re.findall(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?" % ("|".join(DAYS), "|".join(MONTHS)), text):
        real = DAYS[datetime.date(int(yy or 2026), MONTHS.index(mm) + 1, int(dd)).weekday()]
        n += 1
        if real != day: errs.append(f"{tag}: says {day} {dd} {mm}, calendar says {real}")
    # 'Monday 5 Oct' style in date notes
    for day, dd, mm in re.findall(r"\b(%s) (\d{1,2}) (Oct|Nov|Sep)\b" % "|".join(DAYS), text):
        real = DAYS[datetime.date(2026, {"Sep": 9, "Oct": 10, "Nov": 11}[mm], int(dd)).weekday()]
        n += 1
        if real != day: errs.append(f"{tag}: says {day} {dd} {mm}, calendar says {real}")
    return n

def main():
    arts = []
    for line in open(os.path.join(ROOT, "articles.jsonl")):
        a = json.loads(line)
        for k in ("id", "url", "source", "published", "title", "language", "text"):
            if k not in a: errs.append(f"{a.get('id')}: missing {k}")
        if a["language"] != "en" or a["url"] is not None: errs.append(f"{a['id']}: language/url")
        if not re.fullmatch(r"ext6-\d{3}", a["id"]): errs.append(f"{a['id']}: bad id")
        if not "2026-10-01" <= a["published"] <= "2026-11-30": errs.append(f"{a['id']}: published outside 1 Oct-30 Nov 2026")
        arts.append(a)
    g = json.load(open(os.path.join(ROOT, "gold.json")))
    for k in ("about", "format", "documents"):
        if k not in g: errs.append(f"gold.json: missing {k}")
    docs = g["documents"]
    if [d["document"] for d in docs] != [a["id"] for a in arts]: errs.append("document order/ids differ from articles")
    if [a["id"] for a in arts] != [f"ext6-{i:03d}" for i in range(1, len(arts) + 1)]: errs.append("ids not sequential")
    by_id = {a["id"]: a for a in arts}
    sub_c, country_c, style_c = collections.Counter(), collections.Counter(), collections.Counter()
    neg_countries = collections.Counter()
    st = collections.Counter(); nweek = 0
    for d in docs:
        a = by_id[d["document"]]; pub = d["published"]; text = a["text"]; style = d.get("style", "")
        if pub != a["published"]: errs.append(f"{d['document']}: published differs")
        if not style: errs.append(f"{d['document']}: no style")
        style_c[style] += 1
        nweek += weekdays(d["document"], text)
        w = len(text.split())
        if not 8 <= w <= 80: errs.append(f"{d['document']}: {w} words (notes are 1-3 sentences)")
        for n in d["not_event_locations"]:
            if fold(n) not in fold(text): errs.append(f"{d['document']}: not_event_location {n!r} not in text")
        acled = 0; ids = set()
        for e in d["events"]:
            tag = f"{d['document']} {e['id']}"
            if e["id"] in ids: errs.append(f"{tag}: duplicate id")
            ids.add(e["id"])
            if e["event_type"] not in ONT or e["sub_event_type"] not in ONT[e["event_type"]]:
                errs.append(f"{tag}: bad labels {e['event_type']}/{e['sub_event_type']}")
            win = e.get("date_window"); dt = e.get("date")
            if not win or len(win) != 2 or not (win[0] <= win[1] <= pub): errs.append(f"{tag}: bad window {win} vs {pub}")
            if dt is not None:
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", dt): errs.append(f"{tag}: bad date {dt}")
                elif not (win[0] <= dt <= win[1]): errs.append(f"{tag}: date outside window")
                elif not dt < pub: errs.append(f"{tag}: date not before publication")
            if win and win[0] < "2026-09-01": errs.append(f"{tag}: window too early")
            nweek += weekdays(tag, e.get("date_note", ""))
            f = e.get("fatalities")
            if f is not None and not (isinstance(f, list) and len(f) == 2 and 0 <= f[0] <= f[1]):
                errs.append(f"{tag}: bad fatalities {f}")
            if not e.get("actor1") or not isinstance(e["actor1"], list): errs.append(f"{tag}: actor1")
            for k in ("actor2", "claimed_by"):
                if e.get(k) is not None and not isinstance(e[k], list): errs.append(f"{tag}: {k} not list")
            if e.get("admin1") is None and not e.get("admin1_may_be_null"): errs.append(f"{tag}: admin1 null w/o flag")
            if not e.get("country"): errs.append(f"{tag}: no country")
            for loc in [e.get("location")] + e.get("location_alternatives", []):
                # alternatives may be other spellings of the place named; the gold location must be in the text
                if loc == e.get("location") and loc and fold(loc) not in fold(text):
                    errs.append(f"{tag}: location {loc!r} not in text")
                if loc and loc in d["not_event_locations"]: errs.append(f"{tag}: location {loc!r} in not_event_locations")
            for adm in [e.get("admin1")] + e.get("admin1_variants", []):
                if adm and adm in d["not_event_locations"]: errs.append(f"{tag}: admin1 {adm} in not_event_locations")
            if e["event_type"] == "Other events":
                st["other events (optional)"] += 1
                if e["required"]: errs.append(f"{tag}: 'Other events' entries must not be required")
                continue
            acled += 1; st["ACLED events"] += 1
            st["required" if e["required"] else "borderline"] += 1
            sub_c[e["sub_event_type"]] += 1; country_c[e["country"]] += 1
        if style.startswith("hard negative"):
            st["hard negatives"] += 1
            neg_countries[d["events"][0]["country"] if d["events"] else "?"] += 0
            if acled: errs.append(f"{d['document']}: hard negative with ACLED events")
        elif not acled: errs.append(f"{d['document']}: no ACLED event in a non-negative item")
        if len(d["events"]) > 1: st["items with 2+ events"] += 1
    for sub in set().union(*[v for k, v in ONT.items() if k != "Other events"]):
        if sub_c[sub] < 3: errs.append(f"sub-event type {sub}: only {sub_c[sub]} events")
    print("items", len(arts), dict(st), "weekday mentions checked", nweek)
    print("countries with ACLED events:", len(country_c))
    if "-v" in sys.argv:
        print("\nper sub-event type:"); [print(f"  {k}: {v}") for k, v in sorted(sub_c.items())]
        print("\nper country:"); [print(f"  {k}: {v}") for k, v in country_c.most_common()]
        print("\nper style:"); [print(f"  {k}: {v}") for k, v in sorted(style_c.items())]
    print("\n".join(errs) if errs else "OK")
    return 1 if errs else 0

sys.exit(main())
