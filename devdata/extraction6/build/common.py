"""Shared helpers for building extraction6 (dev only). Written blind, by hand."""
import datetime, json

TYPE = {
 "Armed clash": "Battles", "Government regains territory": "Battles", "Non-state actor overtakes territory": "Battles",
 "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
 "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
 "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
 "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
 "Abduction/forced disappearance": "Violence against civilians",
 "Peaceful protest": "Protests", "Protest with intervention": "Protests", "Excessive force against protesters": "Protests",
 "Violent demonstration": "Riots", "Mob violence": "Riots",
 "Agreement": "Strategic developments", "Arrests": "Strategic developments",
 "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
 "Headquarters or base established": "Strategic developments", "Looting/property destruction": "Strategic developments",
 "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
 "Natural disaster": "Other events", "Man-made disaster": "Other events", "Organized crime": "Other events",
 "Diplomatic event": "Other events", "Attribution of responsibility": "Other events",
}

def mil(c, *extra): return [f"Military Forces of {c}"] + list(extra)
def pol(c, *extra): return [f"Police Forces of {c}"] + list(extra)
def civ(c, *extra): return ["Civilians", f"Civilians ({c})"] + list(extra)
def uag(c, *extra): return ["Unidentified Armed Group", f"Unidentified Armed Group ({c})"] + list(extra)
def prot(c, *extra): return ["Protesters", f"Protesters ({c})"] + list(extra)
def riot(c, *extra): return ["Rioters", f"Rioters ({c})"] + list(extra)
def comm(c, *extra): return ["Unidentified Communal Militia", f"Unidentified Communal Militia ({c})",
                             f"Communal Militia ({c})"] + list(extra)
def gov(c, *extra): return [f"Government of {c}"] + list(extra)

JNIM = ["JNIM: Jama'at Nasr al-Islam wal Muslimin", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "GSIM",
        "Group for the Support of Islam and Muslims", "al-Qaeda in the Sahel"]
ISSP = ["Islamic State Sahel Province", "ISSP", "IS Sahel", "Islamic State in the Greater Sahara", "ISGS", "Islamic State"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "IS West Africa", "Islamic State", "Boko Haram"]
JAS = ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
SHABAAB = ["Al Shabaab", "al-Shabaab", "Al Shabab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
HOUTHI = ["Ansar Allah", "Houthis", "Houthi", "Houthi forces", "Houthi movement", "Ansarallah",
          "Military Forces of Yemen (2017-) Houthi"]
YEMEN_GOV = ["Military Forces of Yemen (2017-) Government of Yemen", "Military Forces of Yemen",
             "Yemeni government forces", "government forces", "National Army"]
TATMADAW = ["Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "Tatmadaw", "Myanmar military",
            "junta", "military junta", "military council", "State Administration Council", "SAC",
            "State Security and Peace Commission", "SSPC"]
PDF = ["PDF: People's Defense Force", "People's Defense Force", "People's Defence Force", "PDF", "resistance forces"]
AA = ["AA: Arakan Army", "Arakan Army", "AA", "ULA/AA"]
KIA = ["KIA: Kachin Independence Army", "Kachin Independence Army", "KIA"]
M23 = ["M23: March 23 Movement", "M23", "March 23 Movement", "AFC/M23", "AFC", "Alliance Fleuve Congo", "M23/AFC"]
ADF = ["ADF: Allied Democratic Forces", "Allied Democratic Forces", "ADF", "ADF-NALU",
       "Islamic State Central Africa Province", "ISCAP", "Islamic State"]
CODECO = ["CODECO: Cooperative for Development of Congo", "CODECO", "Cooperative for the Development of Congo", "URDPC"]
WAZALENDO = ["Wazalendo", "Wazalendo Militia", "Wazalendo militias"]
DRC_MIL = mil("Democratic Republic of Congo", "Military Forces of Democratic Republic of Congo (2019-)", "FARDC",
              "Congolese army", "Military Forces of the Democratic Republic of Congo")
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF", "Sudanese army"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"]
BLA = ["BLA: Baloch Liberation Army", "Baloch Liberation Army", "BLA"]
TALIBAN_GOV = ["Military Forces of Afghanistan (2021-)", "Taliban", "Islamic Emirate of Afghanistan",
               "Police Forces of Afghanistan (2021-)", "Taliban authorities"]
ISKP = ["Islamic State Khorasan Province", "ISKP", "ISIS-K", "IS-K", "Islamic State"]
ELN = ["ELN: National Liberation Army", "National Liberation Army", "ELN", "Ejército de Liberación Nacional"]
FARC_D = ["FARC-EP Dissidents", "FARC Dissidents", "FARC dissidents", "EMC: Central General Staff", "EMC",
          "Estado Mayor Central", "EMBF", "Estado Mayor de Bloques y Frentes", "33rd Front", "Front 33"]
EMC = ["EMC: Central General Staff", "EMC", "Estado Mayor Central", "Central General Staff", "FARC-EP Dissidents",
       "FARC Dissidents", "FARC dissidents", "Carlos Patiño Front", "Frente Carlos Patiño"]
CLAN_GOLFO = ["Clan del Golfo", "Gulf Clan", "AGC", "Autodefensas Gaitanistas de Colombia", "EGC",
              "Ejército Gaitanista de Colombia"]
CJNG = ["CJNG: Jalisco New Generation Cartel", "CJNG", "Jalisco New Generation Cartel", "Cartel Jalisco Nueva Generacion",
        "Cártel Jalisco Nueva Generación"]
SINALOA = ["Sinaloa Cartel", "Cartel de Sinaloa", "Los Chapitos", "Chapitos", "La Mayiza", "Mayos"]
VIV = ["Viv Ansanm", "Viv Ansanm gang coalition", "Gangs (Haiti)", "gangs", "gang members"]
AMBA = ["Ambazonian Separatists", "Ambazonia separatists", "Ambazonian separatists", "Amba Boys", "Amba fighters",
        "Ambazonia Defence Forces", "ADF (Cameroon)"]
ANTIBALAKA = ["Anti-Balaka", "anti-Balaka", "Anti Balaka"]
UPC = ["UPC: Union for Peace in the Central African Republic", "UPC", "Union for Peace in the Central African Republic"]
ASWJ_MOZ = ["Islamic State Mozambique Province", "ISMP", "Islamic State (Mozambique)", "Ahlu Sunnah Wa-Jama",
            "ASWJ", "al-Shabaab (Mozambique)", "Al Shabaab (Mozambique)", "insurgents", "Islamic State"]
FANO = ["Fano Militia", "Fano", "Amhara Fano", "Fano militia"]
OLA = ["OLA: Oromo Liberation Army", "Oromo Liberation Army", "OLA", "OLF-Shane", "Shene"]
FULANI = ["Fulani Ethnic Militia", "Fulani Ethnic Militia (Nigeria)", "Fulani militia", "Fulani herders",
          "Fulani Ethnic Group"]
BANDITS = ["Unidentified Armed Group (Nigeria)", "Unidentified Armed Group", "bandits", "armed bandits"]
RUS = ["Military Forces of Russia", "Military Forces of Russia (2000-)", "Russian forces", "Russian military", "Russia"]
UKR = ["Military Forces of Ukraine", "Military Forces of Ukraine (2019-)", "Ukrainian forces", "Ukrainian military",
       "Ukraine", "Armed Forces of Ukraine"]
IDF = ["Military Forces of Israel", "Military Forces of Israel (2022-)", "Israeli forces", "IDF",
       "Israel Defense Forces", "Israeli military"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah"]
ISIS = ["Islamic State (Iraq)", "Islamic State (Syria)", "Islamic State", "ISIS", "IS", "Daesh", "ISIL"]
SDF = ["SDF: Syrian Democratic Forces", "Syrian Democratic Forces", "SDF"]

MON = {1: "Jan", 9: "Sep", 10: "Oct", 11: "Nov"}

def _d(md):
    if md is None: return None
    return md if md.startswith("20") else "2026-" + md

def E(sub, date, win, country, admin1, location, actor1, actor2=None, fat=None, claimed=None, required=True, **kw):
    """date 'MM-DD' / 'YYYY-MM' / None; win None -> [date, date]; fat int -> [n, n], (a, b) -> [a, b]."""
    date = _d(date)
    if win is None: win = (date, date)
    win = [_d(w) for w in win]
    if isinstance(fat, int): fat = [fat, fat]
    elif fat is not None: fat = list(fat)
    e = {"required": required, "event_type": TYPE[sub], "sub_event_type": sub, "date": date, "date_window": win,
         "country": country, "admin1": admin1, "location": location, "actor1": list(actor1),
         "actor2": list(actor2) if actor2 else None, "claimed_by": list(claimed) if claimed else None,
         "fatalities": fat}
    if admin1 is None: e["admin1_may_be_null"] = True
    e.update(kw)
    return e

def N(pub, text, events, style, title=None, source="Conflict monitor notes", nel=(), about=None):
    return {"published": _d(pub), "text": text.strip(), "events": events, "style": style, "title": title,
            "source": source, "nel": list(nel), "about": about}

def write(items, prefix, art_path, gold_path, about):
    docs = []
    with open(art_path, "w") as f:
        for n, it in enumerate(items, 1):
            i = f"{prefix}{n:03d}"
            a = {"id": i, "url": None, "source": it["source"], "published": it["published"], "title": it["title"],
                 "language": "en", "text": it["text"]}
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
            evs = []
            for k, e in enumerate(it["events"], 1):
                e = dict(e)
                # other spellings of the place (a gazetteer's or ACLED's) are alternatives the scorer accepts
                spellings = e.pop("location_variants", [])
                if spellings:
                    e["location_alternatives"] = e.get("location_alternatives", []) + spellings
                evs.append({"id": f"E{k}", **e})
            g = {"document": i, "published": it["published"], "removed_lines": [],
                 "not_event_locations": it["nel"], "events": evs, "style": it["style"]}
            if it["about"]: g["about"] = it["about"]
            docs.append(g)
    out = {"about": about,
           "format": "one entry per document in 'documents'; each entry has the fields of shared/eval/seed/gold.json "
                     "(document, published, removed_lines, not_event_locations, events); 'style', 'about' and "
                     "the *_note / summary fields are for readers only",
           "documents": docs}
    with open(gold_path, "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return docs
