"""Shared helpers for building extraction4 (dev and held-out). Written blind."""
import json, datetime

def mil(c, extra=(), period=None):
    names = [f"Military Forces of {c}"]
    if period: names.append(f"Military Forces of {c} ({period})")
    return names + list(extra)

def pol(c, extra=()):
    return [f"Police Forces of {c}"] + list(extra)

def civ(c, extra=()):
    return ["Civilians", f"Civilians ({c})"] + list(extra)

def uag(c, extra=()):
    return ["Unidentified Armed Group", f"Unidentified Armed Group ({c})"] + list(extra)

def prot(c, extra=()):
    return ["Protesters", f"Protesters ({c})"] + list(extra)

def riot(c, extra=()):
    return ["Rioters", f"Rioters ({c})"] + list(extra)

JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM", "Jamaat Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims", "Jama'at Nusrat al-Islam wa al-Muslimin"]
ISSP = ["Islamic State Sahel Province", "ISSP", "IS Sahel", "Islamic State Sahel", "Islamic State (Sahel)",
        "Islamic State in the Greater Sahara", "ISGS", "Islamic State", "IS"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State West Africa", "Islamic State (West Africa)",
         "Islamic State", "IS"]
JAS = ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
SHABAAB = ["Al Shabaab", "al-Shabaab", "Al Shabab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
HOUTHI = ["Ansar Allah", "Houthis", "Houthi", "Houthi movement", "Ansarallah",
          "Military Forces of Yemen (2017-) Houthi", "Houthi forces"]
TATMADAW = ["Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "Tatmadaw", "Myanmar military",
            "junta", "military junta", "Myanmar junta", "State Administration Council", "SAC"]
CJNG = ["Cartel Jalisco Nueva Generacion", "CJNG", "Jalisco New Generation Cartel", "Jalisco cartel",
        "Cartel de Jalisco Nueva Generacion", "Cártel Jalisco Nueva Generación"]
M23 = ["M23: March 23 Movement", "M23", "March 23 Movement", "AFC/M23", "AFC", "Alliance Fleuve Congo",
       "Congo River Alliance", "M23/AFC", "AFC-M23"]
WAGNER = ["Wagner Group", "Wagner", "Africa Corps", "Russian Africa Corps", "Africa Corps (Russia)"]
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF", "Sudanese army"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Tehrik-e-Taliban Pakistan"]
ISKP = ["Islamic State Khorasan Province", "ISKP", "ISIS-K", "IS-K", "Islamic State - Khorasan", "Islamic State", "ISIS"]
TALIBAN = ["Military Forces of Afghanistan", "Military Forces of Afghanistan (2021-)", "Taliban",
           "Islamic Emirate of Afghanistan", "Taliban forces"]
FANO = ["Fano", "Fano militia", "Amhara Fano", "Fano Militia"]
ENDF = mil("Ethiopia", ["Ethiopian National Defense Force", "ENDF", "Ethiopian army", "Ethiopian military"], "2018-")
IDF = mil("Israel", ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "Israeli forces"], "2022-")

def ev(i, etype, sub, date, window, country, admin1, location, actor1, actor2=None, fat=None, claimed=None,
       required=True, background=False, **extra):
    e = {"id": i, "required": required}
    if background: e["background"] = True
    e.update({"event_type": etype, "sub_event_type": sub, "date": date,
              "date_window": list(window) if window else None, "country": country, "admin1": admin1,
              "location": location, "actor1": actor1, "actor2": actor2, "claimed_by": claimed,
              "fatalities": fat})
    if admin1 is None and "admin1_may_be_null" not in extra:
        e["admin1_may_be_null"] = True
    e.update(extra)
    return e

def d1(day):
    return (day, [day, day])

def night(a, b):
    return (a, [a, b])

def article(i, published, source, title, text, original_language=None):
    a = {"id": i, "url": None, "source": source, "published": published, "title": title, "language": "en"}
    if original_language: a["original_language"] = original_language
    a["text"] = text.strip("\n")
    return a

def gold(i, published, removed_lines, not_event_locations, events, about=None):
    g = {"document": i, "published": published, "removed_lines": removed_lines,
         "not_event_locations": not_event_locations, "events": events}
    if about: g["about"] = about
    return g

def write(docs, art_path, gold_path, about):
    with open(art_path, "w") as f:
        for a, g in docs:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    out = {"about": about,
           "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                     "(document, published, removed_lines, not_event_locations, events)",
           "documents": [g for a, g in docs]}
    with open(gold_path, "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
