"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

OUTLETS = {
    "lct": "Lake Chad Times", "saw": "Sahel Africa Wire", "nen": "Northeast Nigeria News",
    "hob": "Horn Observer", "mqd": "Mogadishu Daily", "som": "Somali Star", "sah": "Sahel Dispatch",
    "bfi": "Burkina Info (translated from French)", "kpk": "Frontier Herald", "isl": "Islamabad Ledger",
    "dar": "Darfur Voice", "kha": "Khartoum Monitor", "nil": "Nile Wire", "lim": "Lima Express",
    "and": "Andes Wire", "kiv": "Kivu Morning", "glw": "Great Lakes Wire", "cng": "Congo Brief",
    "afr": "Africa Policy Review",
}

# id, outlet, published, title, text
ARTICLES = [
    ("mx-01", "lct", "2025-10-04", "ISWAP fighters kill seven soldiers in Monguno",
     "Islamic State West Africa Province fighters attacked a military base in Monguno, Borno State, on "
     "Saturday, killing seven soldiers, two military sources said.\n\nThe attackers arrived in gun trucks "
     "shortly after dusk and burned several armoured vehicles before withdrawing, the sources said."),
    ("mx-02", "saw", "2025-10-05", "Jihadists kill at least nine soldiers in northeast Nigeria",
     "MAIDUGURI, Oct 5 - Jihadists killed at least nine soldiers in an attack on an army base in northeast "
     "Nigeria's Borno state on Saturday, security sources said on Sunday.\n\nThe army did not immediately "
     "respond to a request for comment."),
    ("mx-03", "nen", "2025-10-06", "ISWAP claims 30 soldiers killed in Monguno raid; army says nine",
     "ISWAP said in a statement on Monday that its fighters had killed 30 soldiers in Saturday's raid on the "
     "army base in Monguno.\n\nThe army said nine soldiers died and the attackers were repelled after a "
     "gunfight that lasted several hours."),
    ("mx-04", "hob", "2025-10-07", "Suicide car bomb kills at least five in Beledweyne",
     "A suicide car bomb exploded at a checkpoint in Beledweyne on Tuesday, killing at least five people, "
     "a police officer said.\n\nThe blast destroyed several shops near the checkpoint."),
    ("mx-05", "mqd", "2025-10-08", "Beledweyne bombing toll rises to 12",
     "The death toll from Tuesday's suicide car bombing in Beledweyne has risen to 12, regional officials "
     "said on Wednesday.\n\nMore than 20 people were wounded, a doctor at the town's main hospital said."),
    ("mx-06", "som", "2025-10-08", "Al-Shabaab claims Beledweyne bombing",
     "Al-Shabaab said it had killed 25 soldiers in the bombing in central Somalia.\n\nOfficials said 12 "
     "people, most of them civilians, were killed at the checkpoint in Beledweyne on Tuesday."),
    ("mx-07", "sah", "2025-10-09", "Attacks kill ten in Burkina Faso's Sahel region",
     "Gunmen killed six villagers in Seytenga on Monday and a roadside bomb killed four soldiers near Dori "
     "on Tuesday, local sources said.\n\nThe Sahel region has been hit by repeated attacks by jihadist "
     "groups linked to al-Qaeda and the Islamic State."),
    ("mx-08", "bfi", "2025-10-07", "Seytenga: six civilians killed by armed men",
     "Armed men killed six civilians in the village of Seytenga, in the province of Seno, on Monday, "
     "residents said.\n\nThe attackers came on motorcycles and set fire to granaries before leaving."),
    ("mx-09", "saw", "2025-10-08", "Four Burkina soldiers killed by roadside bomb",
     "OUAGADOUGOU, Oct 8 - Four soldiers were killed when their vehicle struck an improvised explosive "
     "device near Dori on Tuesday, a security source said."),
    ("mx-10", "kpk", "2025-10-10", "Militants kill four policemen in Lakki Marwat",
     "Militants attacked a police station in Lakki Marwat on Thursday night, killing four policemen, three "
     "days after a roadside bomb killed two soldiers in the district, officials said."),
    ("mx-11", "isl", "2025-10-06", "Two soldiers killed in Lakki Marwat roadside blast",
     "A roadside bomb struck a military convoy in Lakki Marwat district on Monday, killing two soldiers, the "
     "army's media wing said.\n\nSecurity forces cordoned off the area and began a search operation."),
    ("mx-12", "isl", "2025-10-10", "Pakistani Taliban claim attack on Lakki Marwat police station",
     "Four policemen were killed when militants stormed a police station in Lakki Marwat late on Thursday, "
     "police said.\n\nThe Pakistani Taliban claimed responsibility for the attack."),
    ("mx-13", "dar", "2025-10-11", "RSF drone strike kills 14 in El Fasher camp",
     "A drone strike by the Rapid Support Forces hit a displacement camp in El Fasher on Saturday, killing "
     "14 people, a local resistance committee said."),
    ("mx-14", "nil", "2025-10-13", "Toll from Darfur camp drone attack rises to 22",
     "The toll from Saturday's drone attack on a camp for displaced people in North Darfur has risen to 22, "
     "a medical charity said on Monday.\n\nMany of the wounded could not reach a hospital because of the "
     "siege, the charity said."),
    ("mx-15", "kha", "2025-10-12", "Government accuses RSF of killing 14 in El Fasher",
     "Sudan's army-aligned government accused the paramilitary Rapid Support Forces of killing 14 civilians "
     "in a drone strike on a displacement camp in El Fasher on Saturday."),
    ("mx-16", "dar", "2025-10-14", "RSF shelling kills three in El Fasher market",
     "Artillery shells fired by the Rapid Support Forces killed three people in a market in El Fasher on "
     "Monday, activists said."),
    ("mx-17", "lim", "2025-10-15", "Police fire tear gas at Lima protesters",
     "Police fired tear gas and rubber bullets to disperse thousands of protesters demanding the "
     "president's resignation in Lima on Wednesday, injuring at least 20 people, the ombudsman's office "
     "said."),
    ("mx-18", "and", "2025-10-16", "About 20 hurt as Peru police break up march",
     "About 20 people were injured when police broke up an anti-government march in the Peruvian capital "
     "on Wednesday, the health ministry said."),
    ("mx-19", "kiv", "2025-10-17", "ADF rebels kill 11 civilians in Lubero",
     "Suspected ADF rebels killed 11 civilians with machetes in the village of Mayikengo in Lubero "
     "territory, North Kivu, on Friday, a local civil society leader said."),
    ("mx-20", "glw", "2025-10-18", "At least 11 killed in eastern Congo village attack",
     "At least 11 people were killed in an attack by Allied Democratic Forces militants on a village in "
     "eastern Congo's North Kivu province on Friday, the army said.\n\nFive others were wounded."),
    ("mx-21", "cng", "2025-10-20", "Islamic State claims Lubero massacre",
     "The Islamic State said its fighters had killed 40 Christians in Lubero territory on Friday.\n\nThe "
     "army put the toll at 11."),
    ("mx-22", "hob", "2025-10-09", "Al-Shabaab attack on Mahas base kills 11",
     "Al-Shabaab fighters attacked a government base in Mahas, in Hiraan region, on Wednesday, and the "
     "fighting killed three soldiers and eight militants, officials said."),
    ("mx-23", "afr", "2025-10-10", "African Union to host Sahel talks",
     "The African Union will host talks on the security crisis in the Sahel in Addis Ababa next week, "
     "officials said.\n\nMinisters from Mali, Burkina Faso and Niger have been invited."),
]


def event(id_, type_, sub, date, country, admin1, location, actor1, actor2, fatalities, by_doc,
          claimed_by=None, note=None, admin1_variants=None, location_alternatives=None):
    e = {
        "id": id_, "required": True, "event_type": type_, "sub_event_type": sub, "date": date,
        "date_window": [date, date], "country": country, "admin1": admin1, "location": location,
        "actor1": actor1, "actor2": actor2, "claimed_by": claimed_by, "fatalities": fatalities,
        "mentions": list(by_doc), "fatalities_by_doc": by_doc,
    }
    if note:
        e["fatalities_note"] = note
    if admin1_variants:
        e["admin1_variants"] = admin1_variants
    if location_alternatives:
        e["location_alternatives"] = location_alternatives
    return e


EVR = "Explosions/Remote violence"
EVENTS = [
    event("X1", "Battles", "Armed clash", "2025-10-04", "Nigeria", "Borno", "Monguno",
          ["Islamic State West Africa Province", "ISWAP"], ["Military Forces of Nigeria"], [7, 7],
          {"mx-01": [7, 7], "mx-02": [9, None], "mx-03": [9, 9]},
          claimed_by=["Islamic State West Africa Province", "ISWAP"],
          note="ISWAP's 30 is the claimant's own; mx-03's own figure is the army's nine"),
    event("X2", EVR, "Suicide bomb", "2025-10-07", "Somalia", "Hiraan", "Beledweyne",
          ["Al Shabaab", "al-Shabaab"], ["Civilians (Somalia)"], [5, 12],
          {"mx-04": [5, None], "mx-05": [12, 12], "mx-06": [12, 12]},
          claimed_by=["Al Shabaab", "al-Shabaab"], admin1_variants=["Hiiraan"],
          location_alternatives=["Beled Weyne", "Belet Weyne"],
          note="rolling toll 5 -> 12; al-Shabaab's 25 (mx-06) is the claimant's own"),
    event("X3", "Violence against civilians", "Attack", "2025-10-06", "Burkina Faso", "Sahel", "Seytenga",
          ["Unidentified Armed Group (Burkina Faso)"], ["Civilians (Burkina Faso)"], [6, 6],
          {"mx-07": [6, 6], "mx-08": [6, 6]}, note="mx-07 tells it and X4 in one sentence"),
    event("X4", EVR, "Remote explosive/landmine/IED", "2025-10-07", "Burkina Faso", "Sahel", "Dori",
          ["Unidentified Armed Group (Burkina Faso)"], ["Military Forces of Burkina Faso"], [4, 4],
          {"mx-07": [4, 4], "mx-09": [4, 4]}),
    event("X5", "Battles", "Armed clash", "2025-10-09", "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat",
          ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "Unidentified Armed Group (Pakistan)"],
          ["Police Forces of Pakistan"], [4, 4], {"mx-10": [4, 4], "mx-12": [4, 4]},
          claimed_by=["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"]),
    event("X6", EVR, "Remote explosive/landmine/IED", "2025-10-06", "Pakistan", "Khyber Pakhtunkhwa",
          "Lakki Marwat", ["Unidentified Armed Group (Pakistan)"], ["Military Forces of Pakistan"], [2, 2],
          {"mx-10": [2, 2], "mx-11": [2, 2]}, note="mx-10 recalls it 'three days after', in its own sentence"),
    event("X7", EVR, "Air/drone strike", "2025-10-11", "Sudan", "North Darfur", "El Fasher",
          ["Rapid Support Forces", "RSF"], ["Civilians (Sudan)"], [14, 22],
          {"mx-13": [14, 14], "mx-14": [22, 22], "mx-15": [14, 14]},
          admin1_variants=["Northern Darfur", "Shamal Darfur"], location_alternatives=["Al Fashir", "El Fashir"],
          note="rolling toll; mx-14 names only the state"),
    event("X8", EVR, "Shelling/artillery/missile attack", "2025-10-13", "Sudan", "North Darfur", "El Fasher",
          ["Rapid Support Forces", "RSF"], ["Civilians (Sudan)"], [3, 3], {"mx-16": [3, 3]},
          admin1_variants=["Northern Darfur", "Shamal Darfur"], location_alternatives=["Al Fashir", "El Fashir"]),
    event("X9", "Protests", "Protest with intervention", "2025-10-15", "Peru", "Lima", "Lima",
          ["Protesters (Peru)"], ["Police Forces of Peru"], [None, None],
          {"mx-17": [None, None], "mx-18": [None, None]}, admin1_variants=["Lima Province", "Lima Region"],
          note="injured only: no death toll"),
    event("X10", "Violence against civilians", "Attack", "2025-10-17", "Democratic Republic of Congo",
          "North Kivu", "Mayikengo", ["Allied Democratic Forces", "ADF", "Islamic State"],
          ["Civilians (Democratic Republic of Congo)"], [11, 11],
          {"mx-19": [11, 11], "mx-20": [11, None], "mx-21": [11, 11]},
          admin1_variants=["Nord-Kivu", "Nord Kivu"], location_alternatives=["Lubero"],
          note="the Islamic State's 40 (mx-21) is the claimant's own; the army's 11 is mx-21's"),
    event("X11", "Battles", "Armed clash", "2025-10-08", "Somalia", "Hiraan", "Mahas",
          ["Al Shabaab", "al-Shabaab"], ["Military Forces of Somalia"], [11, 11], {"mx-22": [11, 11]},
          admin1_variants=["Hiiraan"], note="same region and week as X2, another town and kind"),
]


def main() -> None:
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for id_, outlet, published, title, text in ARTICLES:
            name = OUTLETS[outlet]
            host = "".join(c for c in name.lower() if c.isalnum())
            row = {"id": id_, "source": name, "url": f"https://{host}.example/{published}/{id_}",
                   "published": published, "title": title, "text": text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = {
        "about": "Fusion development gold for devdata/fusion/mixed/articles.jsonl (23 short articles written "
                 "for eventledger, October 2025 incidents; fictional reports in real places): eleven "
                 "incidents mixing the styles of the other sets (wire datelines, state-only follow-ups, rolling "
                 "tolls, claimants' figures told before or after the officials', two attacks in one "
                 "sentence, an earlier attack counted back in the same sentence, wounded-only reports, "
                 "look-alikes of one region and week) and one distractor. Same format as ../gold.json.",
        "corpus": "devdata/fusion/mixed/articles.jsonl",
        "documents": [a[0] for a in ARTICLES],
        "distractors": ["mx-23"],
        "events": EVENTS,
    }
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
