"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# id, outlet, published, title, text
ARTICLES = [
    ("cl-01", "Sahel Dispatch", "2025-11-04", "JNIM claims 50 soldiers killed at Boulkessi; army says 12",
     "JNIM said on Tuesday that it had killed 50 soldiers in an attack on the army post at Boulkessi on "
     "Monday.\n\nThe army said 12 soldiers were killed."),
    ("cl-02", "Bamako Wire", "2025-11-04", "Twelve soldiers killed in Boulkessi attack",
     "Twelve soldiers were killed when jihadists attacked the army post at Boulkessi on Monday, the army "
     "said.\n\nJNIM claimed the attack and said it had killed 50 soldiers."),
    ("cl-03", "Niger Bend Journal", "2025-11-03", "Jihadists attack army post in central Mali",
     "Jihadists attacked an army post in Boulkessi, in central Mali, on Monday, killing at least ten "
     "soldiers, security sources said."),
    ("cl-04", "Quetta Chronicle", "2025-11-06", "BLA says it killed 18 soldiers near Turbat; military says four",
     "The Balochistan Liberation Army said its fighters killed 18 soldiers in an ambush on a military convoy "
     "near Turbat on Wednesday.\n\nThe military said four soldiers were killed in the ambush."),
    ("cl-05", "Islamabad Ledger", "2025-11-05", "Four soldiers killed in Turbat ambush",
     "Four soldiers were killed when militants ambushed a military convoy near Turbat in Balochistan on "
     "Wednesday, the military's media wing said."),
    ("cl-06", "Horn Observer", "2025-11-08", "Al-Shabaab claims attack on AU base",
     "Al-Shabaab claimed to have killed 20 Ugandan soldiers in an attack on an African Union base near Bulo "
     "Marer on Friday, while the Ugandan army said two of its soldiers died."),
    ("cl-07", "Mogadishu Daily", "2025-11-07", "Two Ugandan soldiers killed in Lower Shabelle attack",
     "Militants attacked an African Union base near Bulo Marer in Lower Shabelle on Friday, killing two "
     "Ugandan soldiers, a military spokesman said."),
    ("cl-08", "Lake Chad Times", "2025-11-10", "ISWAP says it killed 15 in Kwaple",
     "The Islamic State West Africa Province said on Monday that it had killed 15 Christians in an attack on "
     "the village of Kwaple near Chibok on Sunday.\n\nThe claim could not be verified."),
    ("cl-09", "Northeast Nigeria News", "2025-11-10", "Gunmen kill five in Borno village",
     "Gunmen killed five villagers in Kwaple, near Chibok in Borno State, on Sunday, a local leader said."),
    ("cl-10", "Sahel Africa Wire", "2025-11-11", "ISWAP claims Kwaple attack",
     "ISWAP claimed responsibility on Monday for Sunday's attack on Kwaple, near Chibok, saying it had "
     "killed 15 people.\n\nResidents said five villagers were killed and several homes were burned."),
]


def event(id_, type_, sub, date, country, admin1, location, actor1, actor2, by_doc, claimed, **extra):
    e = {
        "id": id_, "required": True, "event_type": type_, "sub_event_type": sub, "date": date,
        "date_window": [date, date], "country": country, "admin1": admin1, "location": location,
        "actor1": actor1, "actor2": actor2, "claimed_by": actor1[:2],
        "mentions": list(by_doc), "fatalities_by_doc": by_doc,
        # each article's claimant figure, where it gives one: never the article's own figure above
        "claimant_fatalities_by_doc": claimed,
    }
    e.update(extra)
    return e


EVENTS = [
    event("C1", "Battles", "Armed clash", "2025-11-03", "Mali", "Mopti", "Boulkessi",
          ["Jama'at Nasr al-Islam wal Muslimin", "JNIM"], ["Military Forces of Mali"],
          {"cl-01": [12, 12], "cl-02": [12, 12], "cl-03": [10, None]}, {"cl-01": [50, 50], "cl-02": [50, 50]},
          fatalities_note="JNIM's 50 is the claimant's own, told first (cl-01) or last (cl-02)"),
    event("C2", "Battles", "Armed clash", "2025-11-05", "Pakistan", "Balochistan", "Turbat",
          ["Balochistan Liberation Army", "BLA"], ["Military Forces of Pakistan"],
          {"cl-04": [4, 4], "cl-05": [4, 4]}, {"cl-04": [18, 18]},
          admin1_variants=["Baluchistan"]),
    event("C3", "Battles", "Armed clash", "2025-11-07", "Somalia", "Lower Shabelle", "Bulo Marer",
          ["Al Shabaab", "al-Shabaab"], ["Military Forces of Uganda"],
          {"cl-06": [2, 2], "cl-07": [2, 2]}, {"cl-06": [20, 20]},
          admin1_variants=["Shabeellaha Hoose"], location_alternatives=["Buulo Mareer", "Bulo Mareer"],
          fatalities_note="claim and official toll in one sentence (cl-06)"),
    event("C4", "Violence against civilians", "Attack", "2025-11-09", "Nigeria", "Borno", "Kwaple",
          ["Islamic State West Africa Province", "ISWAP"], ["Civilians (Nigeria)"],
          {"cl-08": [15, 15], "cl-09": [5, 5], "cl-10": [5, 5]}, {"cl-08": [15, 15], "cl-10": [15, 15]},
          location_alternatives=["Chibok"],
          fatalities_note="cl-08 gives only the claimant's 15: its own figure is that claim"),
]
for e in EVENTS:  # ACLED's figure: the lowest credible one, a claimant's own left out
    own = e["fatalities_by_doc"]
    credible = [v[0] for d, v in own.items() if e["claimant_fatalities_by_doc"].get(d) != v]
    e["fatalities"] = [min(credible), min(credible)]


def main() -> None:
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for id_, name, published, title, text in ARTICLES:
            host = "".join(c for c in name.lower() if c.isalnum())
            row = {"id": id_, "source": name, "url": f"https://{host}.example/{published}/{id_}",
                   "published": published, "title": title, "text": text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = {
        "about": "Fusion development gold for devdata/fusion/claimants/articles.jsonl (10 short articles "
                 "written for eventledger, November 2025 incidents; fictional reports in real places): four "
                 "incidents whose claimant gives its own toll before, after or in the same sentence as the "
                 "officials'. fatalities_by_doc is each article's own figure (the officials' or reporters'), "
                 "claimant_fatalities_by_doc the claimant's. Same format as ../gold.json.",
        "corpus": "devdata/fusion/claimants/articles.jsonl",
        "documents": [a[0] for a in ARTICLES],
        "distractors": [],
        "events": EVENTS,
    }
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
