"""Validate the blind5 sets: JSON parses, labels are ontology strings, dates, counts, lengths."""
import json, os, re, sys, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
ACLED = {
 "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                            "Headquarters or base established", "Looting/property destruction",
                            "Non-violent transfer of territory", "Other"],
 "Other events": ["Attribution of responsibility", "Diplomatic event", "Organized crime", "Natural disaster", "Man-made disaster"],
}
errors = []
def err(m): errors.append(m)
def d(s): return dt.date.fromisoformat(s)
def words(t): return len(re.findall(r"\S+", t))

def load_jsonl(p):
    out = []
    with open(p) as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try: out.append(json.loads(line))
                except Exception as e: err(f"{p}:{n}: {e}")
    return out

def check_event(doc, e, pub):
    et, st = e.get("event_type"), e.get("sub_event_type")
    if et not in ACLED or st not in ACLED[et]:
        err(f"{doc}: bad labels {et!r}/{st!r}")
    w = e.get("date_window")
    if w:
        if d(w[0]) > d(w[1]) or d(w[1]) > pub: err(f"{doc}: bad window {w} (published {pub})")
        if e.get("date") and len(e["date"]) == 10 and not (d(w[0]) <= d(e["date"]) <= d(w[1])):
            err(f"{doc}: date {e['date']} outside window {w}")
    elif e.get("date") is None and e.get("required"):
        err(f"{doc}: no date and no window")
    f = e.get("fatalities")
    if f is not None and not (isinstance(f, list) and len(f) == 2 and f[0] <= f[1]):
        err(f"{doc}: bad fatalities {f}")
    if not e.get("country"): err(f"{doc}: no country")

def check_events_part(name, min_w, max_w, n_expected):
    arts = load_jsonl(os.path.join(ROOT, name, "articles.jsonl"))
    gold = json.load(open(os.path.join(ROOT, name, "gold.json")))
    docs = gold["documents"]
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids): err(f"{name}: duplicate ids")
    if [x["document"] for x in docs] != ids: err(f"{name}: gold documents do not match articles")
    if n_expected and len(arts) != n_expected: err(f"{name}: {len(arts)} articles, expected {n_expected}")
    amap = {a["id"]: a for a in arts}
    for a in arts:
        for k in ("id", "url", "source", "published", "title", "language", "text"):
            if k not in a: err(f"{a.get('id')}: missing {k}")
        p = d(a["published"])
        if not (dt.date(2026, 10, 1) <= p <= dt.date(2026, 11, 30)): err(f"{a['id']}: published {p}")
        n = words(a["text"])
        if not (min_w <= n <= max_w): err(f"{a['id']}: {n} words")
    for g in docs:
        a = amap.get(g["document"])
        if not a: continue
        pub = d(g["published"])
        if g["published"] != a["published"]: err(f"{g['document']}: published differs")
        locs = set()
        for e in g["events"]:
            check_event(g["document"], e, pub)
            for k in ("location", "admin1"):
                if e.get(k): locs.add(e[k].lower())
            for x in e.get("location_alternatives", []) + e.get("admin1_variants", []):
                locs.add(x.lower())
        for x in g.get("not_event_locations", []):
            if x.lower() in locs: err(f"{g['document']}: {x} both gold and not_event_location")
        for r in g.get("removed_lines", []):
            if r not in a["text"]: err(f"{g['document']}: removed line not in text: {r}")
    return arts, docs

def part1():
    p = os.path.join(ROOT, "unrelated", "gold.json")
    if not os.path.exists(p): return
    arts, docs = check_events_part("unrelated", 150, 450, 48)
    kinds = Counter(g["kind"] for g in docs)
    if any(v != 6 for v in kinds.values()) or len(kinds) != 8: err(f"unrelated kinds {kinds}")
    for g in docs:
        for e in g["events"]:
            if e["event_type"] != "Other events" or e.get("required"):
                err(f"{g['document']}: unrelated article with an ACLED or required event")
    print("unrelated:", len(arts), "articles;", dict(kinds), "; words",
          min(words(a["text"]) for a in arts), "-", max(words(a["text"]) for a in arts))

def part2():
    p = os.path.join(ROOT, "short", "gold.json")
    if not os.path.exists(p): return
    arts, docs = check_events_part("short", 5, 110, None)
    ev = [(g, e) for g in docs for e in g["events"]]
    n_ev = sum(1 for g in docs if g["events"])
    n_non = sum(1 for g in docs if not g["events"])
    for g in docs:
        if len(g["events"]) > 1: err(f"{g['document']}: more than one event")
        for e in g["events"]:
            if not e.get("required"): err(f"{g['document']}: event not required")
            if e["event_type"] == "Other events": err(f"{g['document']}: extension type in short set")
            if not e.get("actor1"): err(f"{g['document']}: no actor1")
    subs = Counter(e["sub_event_type"] for g, e in ev)
    allsubs = [s for k, v in ACLED.items() if k != "Other events" for s in v]
    for s in allsubs:
        if subs[s] < 3: err(f"short: only {subs[s]} of {s}")
    countries = Counter(e["country"] for g, e in ev)
    if len(countries) < 25: err(f"short: only {len(countries)} countries")
    if n_ev != 120 or n_non != 20: err(f"short: {n_ev} event items, {n_non} non-event items")
    print("short:", len(arts), "items;", n_ev, "with one event,", n_non, "without;", len(countries), "countries;",
          "min per sub-type", min(subs[s] for s in allsubs))

def part3():
    p = os.path.join(ROOT, "quotes", "gold.json")
    if not os.path.exists(p): return
    corpus = load_jsonl(os.path.join(ROOT, "quotes", "corpus.jsonl"))
    gold = json.load(open(p))
    if len(corpus) != 24: err(f"quotes: {len(corpus)} articles")
    cmap = {c["id"]: c for c in corpus}
    if [g["document"] for g in gold] != [c["id"] for c in corpus]: err("quotes: gold/corpus ids differ")
    fold = lambda s: re.sub(r"\s+", " ", re.sub(r"[\"“”‘’'«»]", "", s)).strip().lower()
    for c in corpus:
        n = words(c["text"])
        if not (200 <= n <= 400): err(f"{c['id']}: {n} words")
        p_ = d(c["published"])
        if not (dt.date(2026, 10, 1) <= p_ <= dt.date(2026, 11, 30)): err(f"{c['id']}: published {p_}")
    for g in gold:
        c = cmap[g["document"]]
        t = fold(c["text"])
        dq = [q for q in g["quotes"] if q["direct"]]
        iq = [q for q in g["quotes"] if not q["direct"]]
        if not (2 <= len(dq) <= 4): err(f"{g['document']}: {len(dq)} direct quotes")
        if not (1 <= len(iq) <= 2): err(f"{g['document']}: {len(iq)} indirect quotes")
        for q in g["quotes"]:
            if fold(q["text_contains"]) not in t: err(f"{g['document']}: quote text not in article: {q['text_contains']}")
            if q["speaker"].split()[-1].lower() not in c["text"].lower() and q["speaker"].lower() not in c["text"].lower():
                err(f"{g['document']}: speaker not named in text: {q['speaker']}")
        for cl in g.get("claims", []):
            if fold(cl["text"]) not in t: err(f"{g['document']}: claim text not in article: {cl['text']}")
    print("quotes:", len(corpus), "articles;", sum(len(g["quotes"]) for g in gold), "quotes;",
          sum(len(g.get("claims", [])) for g in gold), "claims")

part1(); part2(); part3()
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
