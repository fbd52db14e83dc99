"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "ca": "Central Asia Wire", "dr": "Kabul Daily (translated from Dari)",
    "ps": "Shamali Radio (translated from Pashto)", "af": "Afghan Security Monitor",
    "lc": "Lake Chad Wire", "ha": "Arewa Voice (translated from Hausa)", "nd": "Northeast Digest",
    "ar": "Army Headquarters Abuja", "jt": "Jihad Tracker", "mb": "Middle Belt Wire",
    "bn": "Benue Herald", "ng": "Nigeria Bulletin", "kp": "Katsina Post", "nw": "Northwest Wire",
    "nl": "Nile Wire", "da": "Darfur 24 (translated from Arabic)", "sm": "Sudan Monitor",
    "fa": "El Fasher Observer", "sh": "Sahel Wire", "lf": "Le Faso Hebdo (translated from French)",
    "sx": "Sahel Extremism Watch", "bf": "Burkina Infos",
}

# id, outlet, published, title, text (2 November 2026 is a Monday)
ARTICLES = [
    # A: a bomb in the vegetable market of Kunduz city, Monday 2 November; at least 7 on the day, 9 the next
    # day (from Dari, "Qunduz"), 9 at the funerals, 9 in the Islamic State's claim three days later, 9
    # recalled a week later when suspects are arrested
    ("af-01", "ca", "2026-11-02", "Market bomb kills at least seven in Afghanistan's Kunduz",
     "KABUL, Nov 2 (Central Asia Wire) - A bomb hidden in a vegetable cart exploded in a crowded market in "
     "the northern Afghan city of Kunduz on Monday, killing at least seven people and wounding about 20, a "
     "police spokesman said.\n\nNo group immediately said it had carried out the attack."),
    ("af-02", "dr", "2026-11-03", "Nine civilians lose their lives in Qunduz bazaar explosion",
     "Nine civilians lost their lives and 23 others were wounded yesterday afternoon when an explosion took "
     "place in the fruit and vegetable bazaar of Qunduz city, the spokesman of the Qunduz police command "
     "said.\n\nThe spokesman said that the explosives had been placed in a hand cart."),
    ("af-24", "dr", "2026-11-04", "Qunduz buries the victims of the bazaar blast",
     "Funerals were held on Tuesday in Qunduz for the nine victims of Monday's explosion in the vegetable "
     "bazaar of the city, and shopkeepers kept their stalls closed in mourning.\n\nRelatives asked the "
     "authorities to find those responsible."),
    ("af-03", "ca", "2026-11-05", "Islamic State claims Kunduz market bombing",
     "KABUL, Nov 5 (Central Asia Wire) - The Islamic State's Khorasan branch said on Thursday it was behind "
     "Monday's bombing of a market in the northern city of Kunduz, which killed nine people, in a statement "
     "published by its Amaq news agency.\n\nThe group has attacked Shi'ite and Taliban targets across the "
     "north this year."),
    ("af-04", "af", "2026-11-09", "Taliban intelligence arrests four over Kunduz bombing",
     "Taliban intelligence said on Monday it had arrested four men suspected of planning the November 2 "
     "bombing of a Kunduz market that killed nine civilians.\n\nThe men were detained in a raid on a house "
     "on the outskirts of the city, a spokesman said."),
    # B: a roadside bomb on a police vehicle in Imam Sahib district of Kunduz province, Monday 9 November, the
    # day the arrests for A are announced; 2, 2 (from Pashto)
    ("af-05", "af", "2026-11-09", "Roadside bomb kills two policemen in Imam Sahib",
     "A roadside bomb struck a police vehicle in the Imam Sahib district of northern Kunduz province on "
     "Monday morning, killing two policemen, a provincial official said.\n\nThe vehicle was on its way to "
     "the district centre."),
    ("af-06", "ps", "2026-11-10", "Two police killed in mine blast in Imam Sahib",
     "Two policemen were killed yesterday in the explosion of a mine placed on the road in the district of "
     "Imam Sahib of the province of Qunduz, the police command of the province said."),
    # C: a suicide bombing in a mosque of Gwange ward, Maiduguri, Friday 6 November; at least 12 (wire), 15
    # (from Hausa, "Maidugiri"), 15 in a round-up that also tells D, 15 recalled a week later
    ("af-07", "lc", "2026-11-06", "Suicide bomber kills at least 12 in Nigerian mosque",
     "MAIDUGURI, Nigeria, Nov 6 (Lake Chad Wire) - A suicide bomber blew himself up inside a mosque during "
     "evening prayers in the northeast Nigerian city of Maiduguri on Friday, killing at least 12 worshippers, "
     "a leader of a local self-defence militia said.\n\nNo group has said it carried out the bombing."),
    ("af-08", "ha", "2026-11-08", "A bomber killed worshippers 15 in the mosque of Gwange",
     "A suicide bomber killed people 15 in the mosque of the Gwange ward of Maidugiri town in the night of "
     "Friday, said the chairman of the Civilian JTF of the area.\n\nHe said that the bomber was a young "
     "man who entered with the worshippers."),
    ("af-09", "nd", "2026-11-07", "Borno: two attacks in one evening",
     "Borno State saw two attacks on Friday evening. A suicide bomber killed 15 people in a mosque in "
     "Maiduguri's Gwange ward, and hours later ISWAP fighters stormed an army base in Damboa, killing five "
     "soldiers, military sources said.\n\nResidents of both towns said they feared more attacks."),
    ("af-10", "lc", "2026-11-14", "Maiduguri mosque reopens a week after bombing",
     "MAIDUGURI, Nigeria, Nov 14 (Lake Chad Wire) - A week after a suicide bomber killed 15 worshippers at a "
     "mosque in Maiduguri's Gwange ward, the mosque reopened for Friday prayers under heavy guard, and "
     "relatives of the dead gathered at their graves in the city's main cemetery."),
    # D: ISWAP attacks the army base in Damboa, Friday 6 November, the same evening and state as C; 5 (round-up),
    # 5 (army), ISWAP's own 20 in a claim published four days later
    ("af-11", "ar", "2026-11-07", "Troops repel terrorists' attack on Damboa base",
     "Troops repelled an attack by ISWAP terrorists on a military base in Damboa local government area of "
     "Borno State on Friday evening, the army said on Saturday.\n\nFive soldiers died in the fighting, and "
     "the attackers withdrew toward the Sambisa forest, the army said."),
    ("af-23", "jt", "2026-11-10", "ISWAP claims Damboa base attack",
     "The Islamic State West Africa Province said in a statement on Tuesday that its fighters had killed 20 "
     "Nigerian soldiers in Friday's attack on the army base in Damboa, in Borno state.\n\nThe claim could "
     "not be verified."),
    # E: herders attack Aila village in Agatu LGA, Benue, Tuesday 10 November, told first as clashes between
    # herders and farmers (at least 8; "dozens"), then as an attack on villagers (11), a mass burial, and
    # arrests a week later
    ("af-12", "mb", "2026-11-10", "Clashes between herders and farmers kill eight in Benue",
     "At least eight people were killed on Tuesday in clashes between herders and farmers in the Agatu area "
     "of Nigeria's Benue state, police said.\n\nThe police said calm had returned by the evening."),
    ("af-25", "ng", "2026-11-11", "Dozens dead as communal fighting flares in Agatu",
     "Fighting between Fulani herders and Idoma farmers in Agatu on Tuesday left dozens dead, community "
     "leaders said on Wednesday.\n\nMany families fled to the local government headquarters at Obagaji."),
    ("af-13", "bn", "2026-11-11", "Herders kill 11 villagers in Aila",
     "Armed herders stormed Aila village in Agatu local government area on Tuesday, shooting villagers as "
     "they fled, and killed 11 people, the council chairman said on Wednesday.\n\nThe chairman said it was "
     "not a clash: the villagers had no weapons."),
    ("af-15", "bn", "2026-11-13", "Aila buries its dead",
     "The 11 villagers killed in Tuesday's attack on Aila were given a mass burial on Thursday, in the "
     "presence of the Benue State deputy governor.\n\nThe deputy governor promised that the attackers would "
     "be found."),
    ("af-14", "mb", "2026-11-17", "Police arrest six over Agatu killings",
     "Police in Benue state said on Tuesday they had arrested six suspects over last week's killing of 11 "
     "villagers in Aila, in Agatu local government area.\n\nThe suspects will be charged in Makurdi, a "
     "police spokeswoman said."),
    # F: bandits kill six farmers, Thursday 12 November: the wire names only the nearest town (Funtua), the
    # local paper only the LGA (Faskari)
    ("af-16", "nw", "2026-11-12", "Bandits kill six farmers near Funtua",
     "KATSINA, Nigeria, Nov 12 (Northwest Wire) - Bandits killed six farmers on their land near the town of "
     "Funtua in northwest Nigeria's Katsina state on Thursday, a police spokesman said."),
    ("af-17", "kp", "2026-11-13", "Six farmers shot dead in Faskari",
     "Six farmers were shot dead on their farms in Faskari local government area of Katsina State on "
     "Thursday by bandits who came on motorcycles, the council chairman said on Friday."),
    # G: the RSF attacks Fata Borno, north of Kutum (North Darfur), Saturday 14 November; "dozens", "at least
    # 30" (from Arabic), "nearly 40"
    ("af-18", "nl", "2026-11-15", "Sudan's RSF kills dozens in Darfur village, rights group says",
     "KHARTOUM, Nov 15 (Nile Wire) - Fighters of the paramilitary Rapid Support Forces killed dozens of "
     "villagers in an attack on a village near Kutum in Sudan's North Darfur state on Saturday, a local "
     "rights group said."),
    ("af-19", "da", "2026-11-16", "At least 30 civilians killed in the assault on Fata Borno",
     "At least 30 civilians were killed in the assault of the Rapid Support militia on the village of Fata "
     "Borno, north of Kutum, on Saturday, the Darfur Bar Association said.\n\nThe association said the "
     "attackers burned the market and looted livestock."),
    ("af-20", "sm", "2026-11-18", "Fata Borno toll nears 40",
     "The number of people killed in Saturday's RSF raid on Fata Borno in North Darfur stands at nearly 40, "
     "according to the Emergency Lawyers group, which said many of the dead were buried in a single "
     "grave."),
    # H: a drone strike on the livestock market of El Fasher, Saturday 14 November, the same day and state as G;
    # 4, 4
    ("af-21", "fa", "2026-11-14", "Drone strike on El Fasher market kills four",
     "A drone strike hit the livestock market in El Fasher on Saturday afternoon, killing four people, "
     "activists in the city said."),
    ("af-22", "nl", "2026-11-15", "Four killed as drone hits market in besieged Darfur city",
     "KHARTOUM, Nov 15 (Nile Wire) - Four civilians were killed when a drone struck the livestock market of "
     "El Fasher, the capital of North Darfur, on Saturday, activists said."),
    # batch 2, written after the first run on batch 1 and before any run on it
    # I: jihadists ambush an army convoy near Djibo (Soum province, Sahel region), Sunday 15 November; at least
    # 12 (wire), 12 (from French, the commune), JNIM's own 40 in a claim three days later, 14 at the funeral a
    # week later (two died of their wounds)
    ("af-26", "sh", "2026-11-15", "Jihadists kill at least 12 soldiers in Burkina Faso ambush",
     "OUAGADOUGOU, Nov 15 (Sahel Wire) - Jihadists ambushed an army supply convoy near Djibo in northern "
     "Burkina Faso on Sunday, killing at least 12 soldiers, security sources said.\n\nThe convoy was "
     "taking food to the town, which has been under blockade for months."),
    ("af-27", "lf", "2026-11-16", "Soum: twelve soldiers lose their lives in an ambush",
     "Twelve soldiers lost their lives on Sunday in an ambush against a supply convoy in the commune of "
     "Djibo, province of Soum, according to a security source.\n\nThe source said that the assailants "
     "came on motorcycles and that several vehicles were burned."),
    ("af-28", "sx", "2026-11-18", "JNIM claims Djibo convoy ambush",
     "Al-Qaeda's Sahel affiliate JNIM said in a statement on Wednesday that its fighters had killed 40 "
     "soldiers in Sunday's ambush of a supply convoy near Djibo.\n\nThe group's figures are usually far "
     "higher than those given by the army."),
    ("af-29", "bf", "2026-11-23", "Army buries soldiers killed near Djibo",
     "The army held a funeral in Ouagadougou on Monday for the 14 soldiers killed in last week's ambush of a "
     "convoy near Djibo, two of whom had died of their wounds in hospital."),
    # J: gunmen kill four traders near Aribinda, in the same province as I, the same Sunday; one report
    ("af-30", "bf", "2026-11-16", "Four traders killed near Arbinda",
     "Gunmen killed four traders on the road out of Arbinda, in Soum province, on Sunday, residents said on "
     "Monday.\n\nThe traders were returning from the weekly market."),
]

ISKP = ["Islamic State Khorasan Province", "ISKP", "Islamic State (Khorasan)"]
ISWAP = ["Islamic State West Africa Province", "ISWAP"]
HERDERS = ["Fulani Ethnic Militia (Nigeria)", "herders", "Unidentified Armed Group (Nigeria)"]
RSF = ["Rapid Support Forces", "RSF"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]

EVENTS = [
    ("A", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-02", "Afghanistan", "Kunduz",
     "Kunduz", ["Unidentified Armed Group (Afghanistan)", *ISKP], ["Civilians (Afghanistan)"], ISKP[0],
     {"af-01": [7, None], "af-02": [9, 9], "af-24": [9, 9], "af-03": [9, 9], "af-04": [9, 9]}, {},
     "at least 7 on the day; 9 (from Dari, 'Qunduz'); 9 at the funerals; 9 in the report of the claim; 9 "
     "recalled when suspects are arrested a week later"),
    ("B", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-09", "Afghanistan", "Kunduz",
     "Imam Sahib", ["Unidentified Armed Group (Afghanistan)"], ["Police Forces of Afghanistan"], None,
     {"af-05": [2, 2], "af-06": [2, 2]}, {}, "the day the arrests for A are announced, another district"),
    ("C", "Explosions/Remote violence", "Suicide bomb", "2026-11-06", "Nigeria", "Borno", "Maiduguri",
     ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], None,
     {"af-07": [12, None], "af-08": [15, 15], "af-09": [15, 15], "af-10": [15, 15]}, {},
     "at least 12 (wire); 15 (from Hausa, 'Maidugiri'); 15 in a round-up telling D too; 15 recalled a week "
     "later"),
    ("D", "Battles", "Armed clash", "2026-11-06", "Nigeria", "Borno", "Damboa", ISWAP,
     ["Military Forces of Nigeria"], None, {"af-09": [5, 5], "af-11": [5, 5], "af-23": [20, 20]},
     {"af-23": [20, 20]}, "same evening and state as C; ISWAP's claim four days later gives only its own 20"),
    ("E", "Violence against civilians", "Attack", "2026-11-10", "Nigeria", "Benue", "Aila", HERDERS,
     ["Civilians (Nigeria)"], None,
     {"af-12": [8, None], "af-25": [12, 12], "af-13": [11, 11], "af-15": [11, 11], "af-14": [11, 11]}, {},
     "told first as clashes (at least 8, LGA only; 'dozens' = 12), then as an attack on villagers (11); a "
     "mass burial two days later; arrests a week later"),
    ("F", "Violence against civilians", "Attack", "2026-11-12", "Nigeria", "Katsina", "Faskari",
     ["Unidentified Armed Group (Nigeria)", "bandits"], ["Civilians (Nigeria)"], None,
     {"af-16": [6, 6], "af-17": [6, 6]}, {}, "the wire names the nearest town (Funtua), the paper the LGA"),
    ("G", "Violence against civilians", "Attack", "2026-11-14", "Sudan", "North Darfur", "Kutum", RSF,
     ["Civilians (Sudan)"], None, {"af-18": [12, 12], "af-19": [30, None], "af-20": [40, 40]}, {},
     "'dozens' = 12 (village near Kutum); at least 30 (from Arabic, Fata Borno); 'nearly 40' (approximate)"),
    ("H", "Explosions/Remote violence", "Air/drone strike", "2026-11-14", "Sudan", "North Darfur",
     "El Fasher", ["Unidentified Armed Group (Sudan)"], ["Civilians (Sudan)"], None,
     {"af-21": [4, 4], "af-22": [4, 4]}, {}, "same day and state as G"),
    ("I", "Battles", "Armed clash", "2026-11-15", "Burkina Faso", "Sahel", "Djibo", JNIM,
     ["Military Forces of Burkina Faso"], JNIM[0],
     {"af-26": [12, None], "af-27": [12, 12], "af-28": [40, 40], "af-29": [14, 14]}, {"af-28": [40, 40]},
     "at least 12 (wire); 12 (from French); JNIM's claim three days later gives only its own 40; 14 at the "
     "funeral a week later"),
    ("J", "Violence against civilians", "Attack", "2026-11-15", "Burkina Faso", "Sahel", "Aribinda",
     ["Unidentified Armed Group (Burkina Faso)"], ["Civilians (Burkina Faso)"], None, {"af-30": [4, 4]}, {},
     "same day and province as I, another commune"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/aftermath/articles.jsonl (30 short articles written "
        "for eventledger, November 2026 incidents; fictional reports in real places): ten incidents, most "
        "told by two to five outlets, with follow-ups days or a week later (funerals, a mosque reopening, "
        "arrests, claims of responsibility), a type that changes between reports (clashes, then an attack "
        "on villagers), vague tolls ('dozens', 'at least 30', 'nearly 40'), a district in one outlet and the "
        "nearest town in another, transliterations (Kunduz/Qunduz, Maiduguri/Maidugiri), and a round-up "
        "telling two incidents of one evening in one state. Same format as ../gold.json.",
        distractors=[],
    )


if __name__ == "__main__":
    main()
