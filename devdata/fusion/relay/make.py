"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "gl": "Great Lakes Wire", "ib": "Ituri Bulletin", "rb": "Radio Bunia (translated from French)",
    "fl": "Flash Africa Desk", "ka": "Kivu-Ituri Agency", "sn": "Sahel News Agency",
    "zt": "Zamfara Tribune", "ht": "Hausa Times (translated from Hausa)", "nf": "Northern Features",
    "pw": "Pakistan Wire", "fp": "Frontier Post Daily", "ab": "Asia Bulletins", "kr": "Khyber Radio",
    "cn": "Canal Norte (translated from Portuguese)", "sw": "Southern Africa Wire",
    "cm": "Cabo Delgado Conflict Monitor", "mk": "Mali Kibaru Online", "bw": "Bamako Wire",
    "jm": "Le Journal du Mali (translated from French)", "sa": "Syria Accounts", "lv": "Levant Flash",
    "nw": "Northwest Syria Observer", "lc": "Lake Chad Wire", "bv": "Borno Voice", "nd": "Newsdesk Flash",
    "mm": "Maiduguri Mirror", "hd": "Horn Desk", "ms": "Muqdisho Star (translated from Somali)",
}

# id, outlet, published, title, text (1 September 2026 is a Tuesday; 7 September a Monday)
ARTICLES = [
    # R1: CODECO militiamen attack Drodro (Djugu territory, Ituri), Monday 7 September; at least 5 on the
    # day (province only), then 12 (a toll update), 12 "two days ago" (from French), 12 (a flash, territory
    # only), 12 recalled in background a week later
    ("rl-01", "gl", "2026-09-07", "Militia kills at least five in northeast Congo village",
     "BUNIA, Congo, Sept 7 (Great Lakes Wire) - Fighters of the CODECO militia killed at least five "
     "civilians in an attack on a village in Congo's northeastern Ituri province on Monday, a local "
     "official said.\n\nThe official said the attackers came at dawn armed with guns and machetes and "
     "that several houses were set on fire."),
    ("rl-02", "ib", "2026-09-08", "Drodro attack: toll rises to 12",
     "The death toll from Monday's attack by CODECO militiamen on Drodro, in Djugu territory, has risen to "
     "12, the territory administrator said on Tuesday.\n\nSeven bodies were found in the bush around the "
     "village on Tuesday morning, he said. Most of the victims were women and children."),
    ("rl-03", "rb", "2026-09-09", "Djugu: twelve civilians killed in Drodro",
     "Twelve civilians lost their lives two days ago in the locality of Drodro, in the territory of "
     "Djugu, during an incursion of the CODECO militiamen, according to the civil society of the "
     "chiefdom.\n\nThe civil society asks the army to reinforce its positions in the area, where the "
     "population lives in fear since the attack."),
    ("rl-04", "fl", "2026-09-08", "DR CONGO: 12 KILLED IN DJUGU MILITIA ATTACK - ADMINISTRATOR",
     "12 civilians killed in CODECO militia attack on village in Djugu territory, Ituri, Monday - "
     "territory administrator. Houses burned. More to follow."),
    # R2: CODECO attack on the displacement camp of Plaine Savo (Djugu), Monday 14 September; 9, 9; the
    # wire recalls R1 in background
    ("rl-05", "gl", "2026-09-15", "Militia attack on Congo displacement camp kills nine",
     "BUNIA, Congo, Sept 15 (Great Lakes Wire) - CODECO militiamen killed nine people in an attack on the "
     "Plaine Savo camp for displaced people in Congo's Ituri province on Monday, camp leaders said on "
     "Tuesday.\n\nThe attack came a week after the same militia killed 12 people in the village of "
     "Drodro, also in Djugu territory."),
    ("rl-06", "rb", "2026-09-16", "Plaine Savo: nine displaced persons killed",
     "Nine displaced persons were killed in the day of Monday in the site of Plaine Savo, in the "
     "territory of Djugu, by assailants identified as CODECO militiamen, said the president of the "
     "displaced.\n\nHe said that the displaced have begun to leave the site for Bunia."),
    # R3: ADF ambush near Komanda (Irumu territory, Ituri), Monday 7 September, the same day as R1 in the
    # same province; 7, 7
    ("rl-07", "ka", "2026-09-07", "ADF ambush kills seven near Komanda",
     "Suspected ADF rebels killed seven people on Monday when they ambushed vehicles on the road near "
     "Komanda, in Irumu territory, a local army spokesman said.\n\nThe rebels set two trucks on fire "
     "before withdrawing into the forest."),
    ("rl-08", "gl", "2026-09-09", "Rebels kill seven in ambush on Ituri highway",
     "BUNIA, Congo, Sept 9 (Great Lakes Wire) - Fighters of the Allied Democratic Forces killed seven "
     "travellers in an ambush near the town of Komanda on Monday, the army said on Wednesday.\n\nThe "
     "Ugandan-rooted group has killed hundreds of civilians in Ituri and North Kivu this year."),
    # R4: bandits attack Yandoto (Tsafe LGA, Zamfara), Tuesday 8 September; at least 11 on the day (state
    # only), 18 (village), 18 "two days ago" (from Hausa, LGA only), 18 recalled "last week"
    ("rl-09", "sn", "2026-09-08", "Gunmen kill at least 11 in northwest Nigeria village raid",
     "GUSAU, Nigeria, Sept 8 (Sahel News Agency) - Gunmen on motorcycles killed at least 11 people and "
     "kidnapped more than 30 in a raid on a village in northwest Nigeria's Zamfara state on Tuesday, "
     "police said.\n\nArmed gangs known locally as bandits have killed and kidnapped thousands of people "
     "in the region."),
    ("rl-10", "zt", "2026-09-09", "Bandits kill 18 in Yandoto",
     "Bandits killed 18 people and abducted dozens of others when they invaded Yandoto village in Tsafe "
     "local government area of Zamfara State on Tuesday, residents said on Wednesday.\n\nA resident said "
     "the attackers stayed in the village for more than three hours."),
    ("rl-11", "ht", "2026-09-10", "Bandits killed people 18 in Tsafe",
     "Bandits killed people 18 in the local government of Tsafe of the state of Zamfara two days ago, and "
     "they carried away women and children, the chairman of the local government said on Thursday.\n\n"
     "He said that soldiers have been sent to the area."),
    ("rl-12", "nf", "2026-09-16", "In Yandoto, a village counts its losses",
     "Residents of Yandoto, where bandits killed 18 people last week, say they will not return to their "
     "farms until soldiers are stationed in the village.\n\nThe harvest is weeks away and families who "
     "fled to Tsafe town are sleeping in schools."),
    # R5: bandits attack farmers in Maru LGA (Zamfara), Tuesday 8 September, the same day as R4 in the same
    # state; 6, 6
    ("rl-13", "zt", "2026-09-09", "Six farmers killed in Maru",
     "Bandits killed six farmers on their farms in Maru local government area of Zamfara State on "
     "Tuesday, the police spokesman said on Wednesday.\n\nHe said that a search for the attackers was "
     "under way."),
    ("rl-14", "sn", "2026-09-08", "Gunmen kill six farmers in Nigeria's Zamfara",
     "GUSAU, Nigeria, Sept 8 (Sahel News Agency) - Gunmen killed six farmers in the Maru area of Zamfara "
     "state on Tuesday, a police spokesman said.\n\nNo group has claimed the killings."),
    # R6: roadside bomb on a police van, Tajazai area of Lakki Marwat district (Khyber Pakhtunkhwa),
    # Thursday 10 September; 4 (province only), 4 "yesterday", 4 (a flash; the TTP's claim)
    ("rl-15", "pw", "2026-09-10", "Roadside bomb kills four police in northwest Pakistan",
     "PESHAWAR, Pakistan, Sept 10 (Pakistan Wire) - A roadside bomb struck a police vehicle in Pakistan's "
     "northwestern Khyber Pakhtunkhwa province on Thursday, killing four policemen, officials said.\n\n"
     "Militant attacks on police have risen sharply in the province this year."),
    ("rl-16", "fp", "2026-09-11", "Four cops martyred in Lakki Marwat blast",
     "Four policemen were martyred and two others injured when an improvised explosive device planted "
     "by the roadside went off near their mobile van in the Tajazai area of Lakki Marwat district "
     "yesterday, police said.\n\nThe district police officer said the van was on a routine patrol."),
    ("rl-17", "ab", "2026-09-12", "PAKISTAN: TTP CLAIMS LAKKI MARWAT BOMBING",
     "Pakistani Taliban (TTP) claim Thursday's roadside bombing in Lakki Marwat that killed 4 police. "
     "Claim in statement to journalists. No further detail."),
    # R7: militants attack a police checkpost in Bannu (Khyber Pakhtunkhwa), Thursday 10 September, the
    # same day as R6 in a neighbouring district; 2, 2
    ("rl-18", "kr", "2026-09-10", "Two policemen killed in Bannu checkpost attack",
     "Militants attacked a police checkpost in Bannu on Thursday evening, killing two policemen, "
     "police said. The police returned fire and the attackers fled.\n\nReinforcements were sent to the "
     "area."),
    ("rl-19", "fp", "2026-09-11", "Bannu checkpost attacked, two cops martyred",
     "Two policemen were martyred when militants stormed a checkpost on the outskirts of Bannu late on "
     "Thursday, the district police said.\n\nAn exchange of fire lasted about an hour."),
    # R8: insurgents attack Chai (Macomia district, Cabo Delgado), Friday 11 September; 5 (from Portuguese),
    # 5 "late last week" (province only), 5 (a monitor's weekly with the date)
    ("rl-20", "cn", "2026-09-12", "Macomia: five dead in insurgent attack on Chai",
     "Five people were killed on Friday in an attack by insurgents against the village of Chai, in the "
     "district of Macomia, according to local sources heard by our newspaper.\n\nThe attackers burned "
     "houses and the population fled to the bush."),
    ("rl-21", "sw", "2026-09-14", "Insurgents kill five in northern Mozambique",
     "MAPUTO, Sept 14 (Southern Africa Wire) - Islamic State-linked insurgents killed five civilians in "
     "an attack on a village in Mozambique's northern Cabo Delgado province late last week, a rights "
     "group said on Monday.\n\nThe group said the attackers beheaded some of the victims."),
    ("rl-22", "cm", "2026-09-16", "Cabo Delgado weekly: 7-13 September",
     "On 11 September, Islamic State Mozambique fighters attacked Chai village in Macomia district, "
     "killing five civilians and burning houses.\n\nOn 11 September, insurgents killed two people in "
     "Nanjua, Ancuabe district, and looted shops."),
    # R9: insurgents kill two in Nanjua (Ancuabe district), Friday 11 September, the same day as R8 in the
    # same province: a second incident of the weekly, and a report of its own
    ("rl-23", "cn", "2026-09-13", "Ancuabe: two killed in Nanjua",
     "Two people were killed on Friday in Nanjua, district of Ancuabe, by a group of insurgents that "
     "looted shops, according to residents.\n\nThe residents said the group came from the direction of "
     "the Messalo river."),
    # second batch, written after the first fixes, before the system was run on it
    # R10: gunmen attack Diallassagou (Bankass cercle, Mopti), Saturday night 19 September; 14, at least 20
    # "over the weekend" (region only), 22 "last Saturday" (from French), 22 recalled two weeks later
    ("rl-24", "mk", "2026-09-21", "Fourteen villagers killed in Diallassagou",
     "Unidentified gunmen killed 14 villagers in Diallassagou, in the Bankass cercle, on Saturday night, "
     "the mayor of the commune said on Monday.\n\nThe attackers arrived on motorbikes and burned the "
     "granaries before leaving towards the border."),
    ("rl-25", "bw", "2026-09-23", "Toll in central Mali village attack rises to at least 20",
     "BAMAKO, Sept 23 (Bamako Wire) - At least 20 civilians were killed when gunmen raided a village in "
     "central Mali's Mopti region over the weekend, a local official said on Wednesday.\n\nMore bodies "
     "were found in the fields around the village, he said."),
    ("rl-26", "jm", "2026-09-26", "Diallassagou: the toll rises to 22 dead",
     "The toll of the attack of last Saturday against the village of Diallassagou, circle of Bankass, "
     "rose to 22 dead, announced the prefect on Friday evening.\n\nSeveral wounded were evacuated to "
     "the hospital of Mopti."),
    # R11: suspected jihadists kill five in Sofara (Djenne cercle, Mopti), Wednesday 30 September; the report
    # recalls R10 in background
    ("rl-27", "bw", "2026-10-02", "Suspected jihadists kill five in central Mali market town",
     "BAMAKO, Oct 2 (Bamako Wire) - Suspected jihadists killed five people in the market town of Sofara "
     "in central Mali on Wednesday, local sources said on Friday.\n\nIn the same region, gunmen killed "
     "22 villagers in Diallassagou on Sept 19."),
    # R12: government shelling of Ariha (Idlib), Thursday 24 September; 3 (town), 3 "two days ago" (the
    # northwest only), 3 (a flash)
    ("rl-28", "sa", "2026-09-25", "Shelling kills three children in Ariha",
     "Government artillery shelling killed three children in the town of Ariha, in Idlib province, on "
     "Thursday, rescue workers said.\n\nThe shells hit a residential street near the central market."),
    ("rl-29", "nw", "2026-09-26", "Children killed in shelling in Syria's northwest",
     "Three children were killed when artillery shells fired by government forces hit a residential "
     "street in northwest Syria two days ago, rescue workers said.\n\nThe White Helmets said the shells "
     "landed near a market."),
    ("rl-30", "lv", "2026-09-24", "SYRIA: SHELLING KILLS 3 CHILDREN IN ARIHA, IDLIB - RESCUERS",
     "Government shelling kills 3 children in Ariha, Idlib province, Thursday - rescuers. Details to "
     "follow."),
    # R13: an airstrike near Maarat Misrin (Idlib) on the same Thursday
    ("rl-31", "sa", "2026-09-25", "Airstrike near Maarat Misrin kills two",
     "Russian warplanes struck a position near Maarat Misrin, north of Idlib city, on Thursday, killing "
     "two fighters, a war monitor said.\n\nThe strike destroyed a building used as a depot."),
    # third batch, written after the second batch was scored, before the system was run on it
    # R14: jihadists overrun the army base in Dikwa (Borno) late on Sunday 4 October; the wire names ISWAP and
    # says at least 7 soldiers, the local paper names Boko Haram and says 11, the army's flash says 3, a
    # feature recalls 11 on Friday
    ("rl-32", "lc", "2026-10-05", "Jihadists kill at least seven soldiers in northeast Nigeria base attack",
     "MAIDUGURI, Nigeria, Oct 5 (Lake Chad Wire) - Islamic State West Africa Province fighters attacked a "
     "military base in Dikwa in Nigeria's Borno state late on Sunday, killing at least seven soldiers, two "
     "military sources said on Monday.\n\nThe fighters arrived in gun trucks and burned part of the "
     "base, the sources said."),
    ("rl-33", "bv", "2026-10-06", "Insurgents kill 11 soldiers in Dikwa",
     "Boko Haram insurgents on Sunday night stormed the army base in Dikwa town, killing 11 soldiers and "
     "carting away weapons, residents and a militia leader said on Tuesday.\n\nMany residents fled to "
     "Maiduguri on Monday."),
    ("rl-34", "nd", "2026-10-06", "NIGERIA: ARMY SAYS TROOPS REPELLED ATTACK ON DIKWA BASE",
     "ARMY SAYS TROOPS REPELLED TERRORISTS' ATTACK ON DIKWA BASE LATE SUNDAY. THREE SOLDIERS KILLED - "
     "ARMY SPOKESMAN."),
    ("rl-35", "mm", "2026-10-09", "Maiduguri mourns soldiers killed in Dikwa",
     "Families in Maiduguri on Friday mourned the 11 soldiers killed when jihadists overran the Dikwa base "
     "last Sunday.\n\nThe state governor visited the barracks and promised support to the widows."),
    # R15: Boko Haram kill four farmers near Konduga (Borno) the same Sunday
    ("rl-36", "bv", "2026-10-05", "Four farmers killed near Konduga",
     "Boko Haram fighters killed four farmers on their farms near Konduga in Borno State on Sunday, a "
     "vigilante leader said on Monday.\n\nHe said the farmers had gone to harvest beans."),
    # R16: al-Shabaab mortar shells hit homes in Hodan (Mogadishu), Tuesday 6 October; the capital, the
    # district "yesterday" (from Somali, "Muqdisho"), a correction of the toll
    ("rl-37", "hd", "2026-10-06", "Mortar shells kill two in Somali capital",
     "MOGADISHU, Oct 6 (Horn Desk) - Mortar shells fired by al Shabaab militants landed in a residential area "
     "of Somalia's capital on Tuesday, killing two people, police said.\n\nThe militants often fire "
     "mortars at the presidential palace."),
    ("rl-38", "ms", "2026-10-07", "Hodan: two people died from mortars",
     "Two people died yesterday when mortars fell on houses in the district of Hodan, in Muqdisho, a police "
     "officer told our reporter.\n\nThe officer said three other people were wounded."),
    ("rl-39", "hd", "2026-10-07", "CORRECTED - Mortar shells kill two in Mogadishu's Hodan district",
     "(Corrects number killed to two from three in paragraph one)\n\nMortar rounds fired by al Shabaab hit "
     "homes in Mogadishu's Hodan district on Tuesday, killing two civilians, police said."),
    # R17: a roadside bomb kills a soldier in Dayniile (Mogadishu) the same Tuesday
    ("rl-40", "hd", "2026-10-06", "Roadside bomb kills soldier in Mogadishu",
     "MOGADISHU, Oct 6 (Horn Desk) - A roadside bomb killed a soldier in Mogadishu's Dayniile district on "
     "Tuesday, a military officer said.\n\nNo group said it planted the bomb."),
]

CODECO = ["CODECO", "Cooperative for the Development of Congo"]
ADF = ["ADF: Allied Democratic Forces", "ADF", "Allied Democratic Forces"]
BANDITS = ["Unidentified Armed Group (Nigeria)", "bandits", "gunmen"]
TTP = ["TTP: Tehreek-i-Taliban Pakistan", "TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"]
ISM = ["Islamic State (Mozambique)", "Islamic State Mozambique Province", "insurgents"]

EVENTS = [
    ("R1", "Violence against civilians", "Attack", "2026-09-07", "Democratic Republic of Congo", "Ituri",
     "Drodro", CODECO, ["Civilians (Democratic Republic of Congo)"], None,
     {"rl-01": [5, None], "rl-02": [12, 12], "rl-03": [12, 12], "rl-04": [12, 12], "rl-05": [12, 12]}, {},
     "at least 5 on the day (province only); 12 (toll update); 12 'two days ago' (from French); 12 (flash, "
     "territory only); 12 recalled in background by the Plaine Savo report a week later"),
    ("R2", "Violence against civilians", "Attack", "2026-09-14", "Democratic Republic of Congo", "Ituri",
     "Plaine Savo", CODECO, ["Civilians (Democratic Republic of Congo)"], None,
     {"rl-05": [9, 9], "rl-06": [9, 9]}, {}, "nine displaced people; the wire recalls R1 in background"),
    ("R3", "Violence against civilians", "Attack", "2026-09-07", "Democratic Republic of Congo", "Ituri",
     "Komanda", ADF, ["Civilians (Democratic Republic of Congo)"], None,
     {"rl-07": [7, 7], "rl-08": [7, 7]}, {}, "same day and province as R1, another perpetrator and town"),
    ("R4", "Violence against civilians", "Attack", "2026-09-08", "Nigeria", "Zamfara", "Yandoto", BANDITS,
     ["Civilians (Nigeria)"], None,
     {"rl-09": [11, None], "rl-10": [18, 18], "rl-11": [18, 18], "rl-12": [18, 18]}, {},
     "at least 11 on the day (state only); 18 (village); 18 'two days ago' (from Hausa, LGA only); 18 "
     "recalled 'last week' by a feature"),
    ("R5", "Violence against civilians", "Attack", "2026-09-08", "Nigeria", "Zamfara", "Maru", BANDITS,
     ["Civilians (Nigeria)"], None, {"rl-13": [6, 6], "rl-14": [6, 6]}, {},
     "same day and state as R4, another LGA"),
    ("R6", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-09-10", "Pakistan",
     "Khyber Pakhtunkhwa", "Lakki Marwat", TTP, ["Police Forces of Pakistan"], TTP,
     {"rl-15": [4, 4], "rl-16": [4, 4], "rl-17": [4, 4]}, {},
     "4 (province only); 4 'yesterday' (district); 4 in the flash of the TTP's claim"),
    ("R7", "Battles", "Armed clash", "2026-09-10", "Pakistan", "Khyber Pakhtunkhwa", "Bannu",
     ["Unidentified Armed Group (Pakistan)", "militants"], ["Police Forces of Pakistan"], None,
     {"rl-18": [2, 2], "rl-19": [2, 2]}, {}, "same day and province as R6, the neighbouring district"),
    ("R8", "Violence against civilians", "Attack", "2026-09-11", "Mozambique", "Cabo Delgado", "Chai", ISM,
     ["Civilians (Mozambique)"], None, {"rl-20": [5, 5], "rl-21": [5, 5], "rl-22": [5, 5]}, {},
     "5 (from Portuguese); 5 'late last week' (province only); 5 in a monitor's weekly"),
    ("R9", "Violence against civilians", "Attack", "2026-09-11", "Mozambique", "Cabo Delgado", "Nanjua",
     ["Unidentified Armed Group (Mozambique)", "insurgents"], ["Civilians (Mozambique)"], None,
     {"rl-22": [2, 2], "rl-23": [2, 2]}, {}, "same day and province as R8, another district"),
    ("R10", "Violence against civilians", "Attack", "2026-09-19", "Mali", "Mopti", "Diallassagou",
     ["Unidentified Armed Group (Mali)", "gunmen"], ["Civilians (Mali)"], None,
     {"rl-24": [14, 14], "rl-25": [20, None], "rl-26": [22, 22], "rl-27": [22, 22]}, {},
     "14 (village); at least 20 'over the weekend' (region only); 22 'last Saturday' (from French); 22 "
     "recalled two weeks later"),
    ("R11", "Violence against civilians", "Attack", "2026-09-30", "Mali", "Mopti", "Sofara",
     ["Unidentified Armed Group (Mali)", "jihadists"], ["Civilians (Mali)"], None,
     {"rl-27": [5, 5]}, {}, "the report that recalls R10"),
    ("R12", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-09-24", "Syria", "Idlib",
     "Ariha", ["Military Forces of Syria"], ["Civilians (Syria)"], None,
     {"rl-28": [3, 3], "rl-29": [3, 3], "rl-30": [3, 3]}, {},
     "3 (town); 3 'two days ago' (the northwest only); 3 (flash)"),
    ("R13", "Explosions/Remote violence", "Air/drone strike", "2026-09-24", "Syria", "Idlib", "Maarat Misrin",
     ["Military Forces of Russia"], None, None, {"rl-31": [2, 2]}, {}, "same day and province as R12"),
    ("R14", "Battles", "Armed clash", "2026-10-04", "Nigeria", "Borno", "Dikwa",
     ["Islamic State West Africa Province", "ISWAP", "Boko Haram"], ["Military Forces of Nigeria"], None,
     {"rl-32": [7, None], "rl-33": [11, 11], "rl-34": [3, 3], "rl-35": [11, 11]}, {},
     "at least 7 (wire, ISWAP); 11 (local, Boko Haram); 3 (the army's flash, in capitals); 11 recalled"),
    ("R15", "Violence against civilians", "Attack", "2026-10-04", "Nigeria", "Borno", "Konduga",
     ["Boko Haram"], ["Civilians (Nigeria)"], None, {"rl-36": [4, 4]}, {}, "same day and state as R14"),
    ("R16", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-10-06", "Somalia",
     "Banadir", "Mogadishu - Hodan", ["Al Shabaab", "al-Shabaab"], ["Civilians (Somalia)"], None,
     {"rl-37": [2, 2], "rl-38": [2, 2], "rl-39": [2, 2]}, {},
     "2 (the capital); 2 'yesterday' (Hodan, from Somali); 2 (a correction from three)"),
    ("R17", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-10-06", "Somalia", "Banadir",
     "Mogadishu - Dayniile", ["Unidentified Armed Group (Somalia)"], ["Military Forces of Somalia"], None,
     {"rl-40": [1, 1]}, {}, "same day and city as R16"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/relay/articles.jsonl (40 short articles written "
        "for eventledger, September and October 2026 incidents; fictional reports in real places): seventeen incidents, "
        "most told by two to five outlets in different styles (wire lead with a dateline naming only the "
        "province, local paper naming the village, prose translated from French, Hausa and Portuguese, "
        "telegraphic flashes), at village, district and province precision, dated relative to each "
        "report's own publication ('on Tuesday', 'two days ago', 'yesterday', 'late last week'), a rolling "
        "toll (at least 5, then 12; at least 11, then 18), tolls recalled in background by later reports, "
        "and four pairs of same-day incidents in one province or state. Same format as ../gold.json.",
        distractors=[],
    )


if __name__ == "__main__":
    main()
