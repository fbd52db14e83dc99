"""Writes distinct.jsonl and distinct_gold.json: 320 one-sentence reports, each of a different incident.

    python devdata/fusion/make_distinct.py

The incidents crowd together the way a busy news month does: the same provinces, the same weeks, the
same few named armed groups, many reports with no named actor, and some placed only at the province
or country. No two of them are one incident (each town hosts at most one violent incident and one
protest a week, on different days), so fusion must make no pair of them one event. Deterministic
(seeded); the texts are templates written for this set.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = dt.date(2024, 2, 5)  # a Monday; four weeks of incidents
WEEKS = 4
# (country, province as written, named armed group or None, towns)
REGIONS = [
    ("Nigeria", "Borno State", "Boko Haram", ["Maiduguri", "Bama", "Gwoza", "Konduga", "Dikwa", "Monguno"]),
    ("Nigeria", "Zamfara State", None, ["Gusau", "Anka", "Kaura Namoda", "Talata Mafara"]),
    ("Nigeria", "Katsina State", None, ["Funtua", "Malumfashi", "Dutsin-Ma"]),
    ("Nigeria", "Benue State", None, ["Makurdi", "Otukpo", "Gboko"]),
    ("Somalia", "Lower Shabelle", "al-Shabaab", ["Marka", "Qoryooley", "Wanlaweyn"]),
    ("Somalia", "Gedo", "al-Shabaab", ["Garbahaarey", "Luuq", "Baardheere"]),
    ("Somalia", "Galguduud", "al-Shabaab", ["Dhuusamarreeb", "Cadaado"]),
    ("Afghanistan", "Nangarhar", "Islamic State Khorasan Province", ["Jalalabad"]),
    ("Afghanistan", "Helmand", None, ["Lashkar Gah"]),
    ("Afghanistan", "Balkh", None, ["Mazar-i-Sharif"]),
    ("Afghanistan", "Ghazni", None, ["Ghazni"]),
    ("Pakistan", "Khyber Pakhtunkhwa", "Tehrik-i-Taliban Pakistan", ["Bannu", "Dera Ismail Khan", "Miranshah"]),
    ("Pakistan", "Balochistan", "Balochistan Liberation Army", ["Quetta", "Turbat", "Gwadar"]),
    ("Mali", "Mopti", "JNIM", ["Mopti", "Bandiagara", "Djenne"]),
    ("Mali", "Gao", None, ["Gao", "Ansongo", "Bourem"]),
    ("Burkina Faso", "Sahel", "JNIM", ["Dori", "Gorom-Gorom", "Arbinda"]),
    ("Burkina Faso", "Centre-Nord", None, ["Kaya", "Kongoussi"]),
    ("DR Congo", "North Kivu", "Allied Democratic Forces", ["Beni", "Butembo", "Oicha"]),
    ("DR Congo", "Ituri", None, ["Bunia", "Mahagi", "Djugu"]),
    ("Cameroon", "Far North", "Boko Haram", ["Maroua", "Kousseri", "Mora"]),
    ("Syria", "Idlib", None, ["Idlib", "Saraqib", "Ariha"]),
    ("Syria", "Deir ez-Zor", "Islamic State", ["Deir ez-Zor", "Mayadin", "Albu Kamal"]),
    ("Iraq", "Kirkuk", "Islamic State", ["Kirkuk", "Hawija"]),
    ("Yemen", "Taiz", None, ["Taiz", "Mocha"]),
    ("Sudan", "North Darfur", "Rapid Support Forces", ["El Fasher", "Kutum"]),
    ("Mozambique", "Cabo Delgado", None, ["Mocimboa da Praia", "Macomia", "Palma"]),
    ("Niger", "Tillaberi", None, ["Tillaberi", "Ouallam", "Tera"]),
    ("Colombia", "Cauca", None, ["Popayan", "Santander de Quilichao"]),
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (event_type, sub_event_type, template): {who}, {n}, {where}, {day}
VIOLENT = [
    ("Battles", "Armed clash",
     "{who} fighters clashed with soldiers in {where} on {day}, leaving {n} dead, a local official said."),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED",
     "A roadside bomb exploded near a market in {where} on {day}, killing {n} people, police said."),
    ("Violence against civilians", "Attack",
     "{who} attackers killed {n} villagers in a raid on {where} on {day}, residents said."),
    ("Explosions/Remote violence", "Air/drone strike",
     "An air strike hit a compound in {where} on {day}, killing {n} people, witnesses said."),
    ("Violence against civilians", "Abduction/forced disappearance",
     "{who} gunmen abducted {n} people from their homes in {where} on {day}, a community leader said."),
]  # fmt: skip
PROTEST = ("Protests", "Peaceful protest",
           "Hundreds of residents marched in {where} on {day} to protest against rising food prices, witnesses said.")
WIDE = ("Violence against civilians", "Attack",
        "Gunmen killed {n} civilians in {where} on {day}, a rights group said.")


def report(i: int, incident: dt.date, where: str, who: str | None, template: str, n: int) -> dict[str, object]:
    published = incident + dt.timedelta(days=1)
    text = template.format(who=who or "Unidentified", where=where, day=WEEKDAYS[incident.weekday()], n=n)
    text = text.replace("Unidentified fighters", "Armed men").replace("Unidentified attackers", "Armed men")
    text = text.replace("Unidentified gunmen", "Gunmen")
    return {
        "id": f"dst-{i:03d}", "source": f"Outlet {i % 23}", "url": f"https://outlet{i % 23}.example/dst-{i:03d}",
        "published": published.isoformat(), "title": None, "text": text,
    }  # fmt: skip


def gold_event(
    item: dict[str, object], kind: tuple[str, str, str], incident: dt.date, country: str, n: int | None,
    who: str | None = None,
) -> dict[str, object]:
    if kind[0] == "Protests":
        actors = ["Protesters", f"Protesters ({country})"]
    else:
        actors = [who] if who else [f"Unidentified Armed Group ({country})"]
    return {
        "id": f"G-{item['id']}", "required": True, "event_type": kind[0], "sub_event_type": kind[1],
        "date": incident.isoformat(), "date_window": [incident.isoformat(), incident.isoformat()],
        "country": country, "actor1": actors, "fatalities": [n, n] if n is not None else [None, None],
        "mentions": [item["id"]], "fatalities_by_doc": {item["id"]: [n, n] if n is not None else [None, None]},
    }  # fmt: skip


def build(rng: random.Random) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    items, events = [], []
    for week in range(WEEKS):
        for country, province, group, towns in REGIONS:
            for town in towns:
                violent_day, protest_day = rng.sample(range(7), 2)
                kind = VIOLENT[rng.randrange(len(VIOLENT))]
                who = group if group and rng.random() < 0.6 else None
                n = rng.randint(2, 40)
                day = START + dt.timedelta(days=7 * week + violent_day)
                item = report(len(items), day, f"{town}, {province}", who, kind[2], n)
                items.append(item)
                # an abduction's count is of people taken, not killed: no fatalities (ACLED's coding)
                killed = None if kind[1] == "Abduction/forced disappearance" else n
                events.append(gold_event(item, kind, day, country, killed, who))
                if rng.random() < 0.25:
                    day = START + dt.timedelta(days=7 * week + protest_day)
                    item = report(len(items), day, town, None, PROTEST[2], 0)
                    items.append(item)
                    events.append(gold_event(item, PROTEST, day, country, None))
        # a few reports placed only at the province or country, with tolls no town report of the week has
        for country, province, _group, _towns in REGIONS[:: 4]:
            day = START + dt.timedelta(days=7 * week + rng.randrange(7))
            where = province if rng.random() < 0.5 else f"northern {country}"
            item = report(len(items), day, where, None, WIDE[2], 41 + len(items) % 50)
            items.append(item)
            events.append(gold_event(item, WIDE, day, country, 41 + (len(items) - 1) % 50))
    return items, events


def main() -> None:
    items, events = build(random.Random(2024))
    with (HERE / "distinct.jsonl").open("w", encoding="utf-8") as sink:
        for item in items:
            sink.write(json.dumps(item, ensure_ascii=False) + "\n")
    gold = {
        "about": "Generated by make_distinct.py: one-sentence reports, each of a different incident, crowded into "
        "the same provinces and weeks; fusion must join no two of them. Same format as gold.json.",
        "corpus": "devdata/fusion/distinct.jsonl", "documents": [i["id"] for i in items], "distractors": [],
        "events": events,
    }  # fmt: skip
    (HERE / "distinct_gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
