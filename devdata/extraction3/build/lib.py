"""Helpers for writing the extraction3 gold by hand (no link to eventledger's code)."""
import calendar
import datetime as dt
import json
import pathlib

ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    "Other events": {"Attribution of responsibility", "Diplomatic event", "Organized crime",
                     "Natural disaster", "Man-made disaster"},
}


def wd(date):
    return dt.date.fromisoformat(date).strftime("%A")


def mil(country, *extra):
    return [f"Military Forces of {country}"] + list(extra)


def pol(country, *extra):
    return [f"Police Forces of {country}"] + list(extra)


def civ(country, *extra):
    return ["Civilians", f"Civilians ({country})"] + list(extra)


def uag(country, *extra):
    return ["Unidentified Armed Group", f"Unidentified Armed Group ({country})"] + list(extra)


def ev(id, event_type, sub_event_type, date, country, admin1, location, actor1, *, window=None,
       actor2=None, fatalities=None, claimed_by=None, required=True, background=False,
       admin1_may_be_null=False, **extra):
    assert sub_event_type in ACLED_TYPES[event_type], (id, event_type, sub_event_type)
    if window is None:
        if date and len(date) == 10:
            window = [date, date]
        elif date and len(date) == 7:
            y, m = map(int, date.split("-"))
            window = [f"{date}-01", f"{date}-{calendar.monthrange(y, m)[1]:02d}"]
    if window:
        a, b = (dt.date.fromisoformat(x) for x in window)
        assert a <= b, id
        if date and len(date) == 10:
            assert a <= dt.date.fromisoformat(date) <= b, id
    if fatalities is not None:
        assert len(fatalities) == 2 and fatalities[0] <= fatalities[1], id
    e = {"id": id, "required": bool(required and not background)}
    if background:
        e["background"] = True
    e.update({"event_type": event_type, "sub_event_type": sub_event_type, "date": date})
    if window:
        e["date_window"] = window
    e.update({"country": country, "admin1": admin1, "location": location, "actor1": actor1,
              "actor2": actor2, "claimed_by": claimed_by, "fatalities": fatalities})
    if admin1_may_be_null or admin1 is None:
        e["admin1_may_be_null"] = True
    e.update(extra)
    return e


def doc(article, events, not_event_locations=(), removed_lines=(), about=None):
    for line in removed_lines:
        assert line in article["text"], (article["id"], line)
    d = {"document": article["id"], "published": article["published"][:10]}
    if about:
        d["about"] = about
    d["removed_lines"] = list(removed_lines)
    d["not_event_locations"] = list(not_event_locations)
    d["events"] = events
    for e in events:
        for w in e.get("date_window") or []:
            assert w <= article["published"][:10], (article["id"], e["id"])
    return d


def article(id, title, published, text, url=None, source=None, language="en", **extra):
    a = {"id": id, "url": url, "source": source, "published": published, "title": title,
         "language": language, "text": text.strip("\n") + "\n"}
    a.update(extra)
    n = len(text.split())
    assert 120 <= n <= 650, (id, n)
    return a


def build(batches, out_dir, about):
    out = pathlib.Path(out_dir)
    arts, docs = [], []
    for b in batches:
        for a, d in b:
            assert d["document"] == a["id"]
            arts.append(a)
            docs.append(d)
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids))
    with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold = {"about": about, "format": "one entry per document in 'documents'; each entry has the fields of "
            "shared/eval/seed/gold.json (document, published, removed_lines, not_event_locations, events)",
            "documents": docs}
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return arts, docs
