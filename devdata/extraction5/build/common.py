"""Shared helpers for building extraction5 (dev only). Written blind."""
import json

def mil(c, extra=(), period=None, more_periods=()):
    names = [f"Military Forces of {c}"]
    if period: names.append(f"Military Forces of {c} ({period})")
    names += [f"Military Forces of {c} ({p})" for p in more_periods]
    return names + list(extra)

def pol(c, extra=(), period=None, more_periods=()):
    names = [f"Police Forces of {c}"]
    if period: names.append(f"Police Forces of {c} ({period})")
    names += [f"Police Forces of {c} ({p})" for p in more_periods]
    return names + list(extra)

def civ(c, extra=()):
    return ["Civilians", f"Civilians ({c})"] + list(extra)

def uag(c, extra=()):
    return ["Unidentified Armed Group", f"Unidentified Armed Group ({c})"] + list(extra)

def prot(c, extra=()):
    return ["Protesters", f"Protesters ({c})"] + list(extra)

def riot(c, extra=()):
    return ["Rioters", f"Rioters ({c})"] + list(extra)

def comm(c, extra=()):
    return ["Unidentified Communal Militia", f"Unidentified Communal Militia ({c})",
            f"Communal Militia ({c})"] + list(extra)

JAS = ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram",
       "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram sect"]
SHABAAB = ["Al Shabaab", "al-Shabaab", "Al Shabab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
HOUTHI = ["Ansar Allah", "Houthis", "Houthi", "Houthi movement", "Ansarallah", "Houthi militia",
          "Military Forces of Yemen (2017-) Houthi", "Houthi forces"]
TATMADAW = ["Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "Tatmadaw", "Myanmar military",
            "junta", "military junta", "Myanmar junta", "military council", "State Administration Council", "SAC",
            "State Security and Peace Commission", "SSPC"]
PDF = ["PDF: People's Defense Force", "People's Defense Force", "People's Defence Force", "PDF",
       "People's Defense Force - Pauk", "Pauk PDF", "resistance forces", "revolutionary forces"]
M23 = ["M23: March 23 Movement", "M23", "March 23 Movement", "AFC/M23", "AFC", "Alliance Fleuve Congo",
       "Congo River Alliance", "M23/AFC", "AFC-M23"]
ADF = ["ADF: Allied Democratic Forces", "Allied Democratic Forces", "ADF", "ADF-NALU",
       "Islamic State Central Africa Province", "ISCAP", "Islamic State (Central Africa)", "Islamic State", "IS"]
CODECO = ["CODECO: Cooperative for Development of Congo", "CODECO", "Cooperative for the Development of Congo",
          "CODECO militia", "URDPC"]
ZAIRE = ["Zaire Militia", "Zaire", "Zaïre", "Zaire Self-Defense Militia", "Self-Defense Popular Front of Ituri",
         "FPAC-Zaire", "Zaïre militia"]
WAZALENDO = ["Wazalendo", "Wazalendo Militia", "Wazalendo militias", "VDP (DRC)"]
DRC_MIL = mil("Democratic Republic of Congo", ["FARDC", "Congolese army", "Armed Forces of the DRC",
              "Military Forces of the Democratic Republic of Congo", "Military Forces of DR Congo"], "2019-")
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF", "Sudanese army"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Tehrik-e-Taliban Pakistan"]
NPA = ["NPA: New People's Army", "New People's Army", "NPA", "CPP-NPA", "Communist Party of the Philippines",
       "Communist Party of the Philippines-New People's Army"]
EMC = ["EMC: Central General Staff", "EMC", "Estado Mayor Central", "Central General Staff",
       "Central General Staff of the FARC-EP", "FARC Dissidents", "FARC-EP Dissidents", "FARC dissidents",
       "Jaime Martinez Front", "Jaime Martínez Front", "Frente Jaime Martínez", "EMC FARC-EP"]
ELN = ["ELN: National Liberation Army", "National Liberation Army", "ELN", "Ejército de Liberación Nacional"]
F33 = ["FARC-EP Dissidents", "FARC Dissidents", "FARC dissidents", "33rd Front", "Front 33", "Frente 33",
       "EMBF", "Estado Mayor de Bloques y Frentes", "Coordinadora Nacional Ejército Bolivariano", "CNEB",
       "EMC: Central General Staff", "EMC"]
AAKG = ["Azande Ani Kpi Gbe", "AAKG", "Azande Ani Kpi Gbe Militia", "Azande militia", "Zande militia"]
ARDILLOS = ["Los Ardillos", "Ardillos", "the criminal group"]

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

def article(i, published, source, title, text, original_language=None):
    a = {"id": i, "url": None, "source": source, "published": published, "title": title, "language": "en"}
    if original_language: a["original_language"] = original_language
    a["text"] = text.strip("\n")
    return a

def gold(i, published, removed_lines, not_event_locations, events, about=None, style=None):
    g = {"document": i, "published": published, "removed_lines": removed_lines,
         "not_event_locations": not_event_locations, "events": events}
    if about: g["about"] = about
    if style: g["style"] = style
    return g

def write(docs, art_path, gold_path, about):
    with open(art_path, "w") as f:
        for a, g in docs:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    out = {"about": about,
           "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                     "(document, published, removed_lines, not_event_locations, events); 'style', 'about' and "
                     "the *_note / summary fields are for readers only",
           "documents": [g for a, g in docs]}
    with open(gold_path, "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
