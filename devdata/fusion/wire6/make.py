"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "wa": "West Africa Wire", "bt": "Borno Tribune", "ma": "Muryar Arewa (translated from Hausa)",
    "ew": "Euro Wire", "st": "Sumy Today (translated from Ukrainian)", "af": "Ukrainian Air Force Command",
    "aw": "Asia Wire", "bx": "Bastar Express", "bp": "Bijapur District Police",
    "ds": "Dainik Sandesh (translated from Hindi)", "dw": "Dakar Wire", "mc": "Mali Actu (translated from French)",
    "sr": "Sahel Rights Watch", "gw": "Gulf Wire", "un": "UNICEF Yemen",
    "am": "Al-Masdar Online (translated from Arabic)", "cw": "Caribbean Wire",
    "qh": "Le Quotidien d'Haiti (translated from French)", "bi": "BINUH", "sa": "Southern Africa Wire",
    "cd": "Carta de Cabo Delgado (translated from Portuguese)", "cm": "Cabo Monitor", "hw": "Horn Wire",
    "hr": "Hiiraan Radio (translated from Somali)", "hs": "Hirshabelle State Government",
}

# id, outlet, published, title, text (1 July 2026 is a Wednesday)
ARTICLES = [
    # Y1: Boko Haram attack on Darul Jamal village, Bama LGA (Borno), Sunday 5 July; at least 20 (wire,
    # state only), 37 (local, village), 31 (Hausa, "two days ago"), 37 (wire update, district), 37 (background)
    ("w6-01", "wa", "2026-07-06", "Jihadists kill at least 20 in northeast Nigeria village attack",
     "ABUJA, July 6 (West Africa Wire) - Suspected Boko Haram jihadists killed at least 20 people in an "
     "attack on a farming village in northeast Nigeria's Borno state on Sunday, a local official and a member "
     "of a civilian militia said on Monday.\n\nThe gunmen arrived on motorcycles at dusk, opened fire on "
     "residents and set homes ablaze, the militia member said. The army did not respond to a request for "
     "comment."),
    ("w6-02", "bt", "2026-07-06", "Insurgents kill 37 in Darul Jamal",
     "Boko Haram insurgents on Sunday evening killed 37 residents of Darul Jamal, a village in Bama Local "
     "Government Area of Borno State, about seven kilometres from the border with Cameroon.\n\nThe Chairman "
     "of Bama LGA, who visited the village on Monday morning, told The Borno Tribune that the victims, mostly "
     "men, were rounded up and shot, and that 20 houses were burnt. Soldiers from the nearby battalion "
     "arrived after the attackers had left."),
    ("w6-03", "ma", "2026-07-07", "Boko Haram kills 31 people in Darul-Jamal village",
     "Members of the Boko Haram group killed 31 people two days ago in the village of Darul-Jamal in the Bama "
     "area of Borno State, residents who fled to Maiduguri told Muryar Arewa.\n\nOne of the residents, Malam "
     "Bukar, said he lost his two brothers in the attack, which began after the evening prayer. He said the "
     "village is now empty."),
    ("w6-04", "wa", "2026-07-07", "UPDATE 2-Death toll in Nigeria village attack rises to 37",
     "MAIDUGURI, Nigeria, July 7 (West Africa Wire) - The death toll from an attack by Boko Haram fighters on "
     "a village in the Bama district of Nigeria's Borno state has risen to 37, the local government chairman "
     "said on Tuesday, after more bodies were found in the bush.\n\nThe attack on Sunday was one of the "
     "deadliest in the northeast this year."),
    ("w6-05", "wa", "2026-07-10", "Nigeria's Borno state to send displaced home despite attacks",
     "ABUJA, July 10 (West Africa Wire) - Authorities in Nigeria's Borno state said on Friday they would press "
     "ahead with plans to close camps for displaced people in Maiduguri and send families back to their home "
     "towns by the end of the year.\n\nAid groups questioned the plan after last week's attack on Darul Jamal, "
     "a village that had been resettled in 2023, in which jihadists killed 37 people."),
    # D1: Boko Haram kills farmers near Ngoshe, Gwoza LGA (Borno), Wednesday 8 July; 9
    ("w6-06", "bt", "2026-07-09", "Boko Haram kills nine farmers near Ngoshe",
     "Suspected Boko Haram fighters on Wednesday killed nine farmers working on their fields near Ngoshe in "
     "Gwoza Local Government Area of Borno State, a vigilante leader said.\n\nThe farmers had gone to the "
     "fields in a group despite a warning from soldiers, he said. Their bodies were taken to Gwoza town for "
     "burial."),
    # Y2: Russian drone hits an apartment block in Sumy, night of 7 to 8 July; first an "explosion" of
    # unclear cause (2), then a Shahed drone (3, local; 3, air force), 4 two days later ("two days ago")
    ("w6-07", "ew", "2026-07-08", "Explosion hits apartment block in Ukraine's Sumy, two killed",
     "KYIV, July 8 (Euro Wire) - An explosion ripped through an apartment building in the northeastern "
     "Ukrainian city of Sumy early on Wednesday, killing two people and wounding nine, the regional governor "
     "said.\n\nThe cause of the blast was not immediately clear. Sumy, about 30 km from the Russian border, is "
     "frequently targeted by Russian drones and missiles."),
    ("w6-08", "st", "2026-07-08", "Night attack on Sumy: a Shahed hit a five-storey building",
     "On the night of 8 July, Russian troops attacked Sumy with Shahed attack drones. One of the drones hit a "
     "five-storey residential building in the Kovpakivskyi district of the city, the head of the Sumy regional "
     "military administration reported.\n\nThree people were killed, among them a 14-year-old boy, and eleven "
     "were injured. Rescuers worked through the morning to clear the rubble of the destroyed entrance."),
    ("w6-09", "af", "2026-07-08", "Overnight attack: 62 drones and 3 missiles",
     "On the night of 7 to 8 July, the enemy attacked with 62 Shahed-type strike UAVs and decoy drones and "
     "three Iskander-M ballistic missiles, launched from the Kursk and Bryansk regions of the Russian "
     "Federation.\n\nAir defence shot down or suppressed 51 drones. Hits were recorded in the Sumy, Kharkiv "
     "and Dnipropetrovsk regions. In Sumy, a drone struck a residential building; according to preliminary "
     "information, three civilians were killed."),
    ("w6-10", "ew", "2026-07-10", "Sumy buries victims of drone strike as toll rises to four",
     "KYIV, July 10 (Euro Wire) - Hundreds of people gathered in the Ukrainian city of Sumy on Friday for the "
     "funerals of the victims of a Russian drone strike on an apartment block two days ago, which killed four "
     "people after a woman died of her wounds in hospital.\n\nThe governor declared Friday a day of mourning."),
    # D2: Russian drone hits an enterprise in Shostka (Sumy region), night of 9 to 10 July; 1
    ("w6-11", "st", "2026-07-10", "Drone hits Shostka enterprise, one killed",
     "On the night of 10 July, Russian drones attacked Shostka. One of them hit the territory of an industrial "
     "enterprise; a 52-year-old security guard was killed, the city military administration said.\n\n"
     "Shostka, in the north of the Sumy region, is attacked almost every night."),
    # Y3: Maoist IED on a DRG vehicle near Ambeli, Kutru area, Bijapur district (Chhattisgarh), Thursday 9
    # July; nine in words everywhere (eight commandos and a driver); state, village, district precision
    ("w6-12", "aw", "2026-07-09", "Maoist bomb kills nine in central India",
     "NEW DELHI, July 9 (Asia Wire) - Maoist rebels killed eight police commandos and their civilian driver on "
     "Thursday when they blew up the vehicle carrying them in the central Indian state of Chhattisgarh, a "
     "senior police officer said.\n\nThe commandos of the District Reserve Guard were returning from an "
     "operation in the forests when the bomb went off under their vehicle, the officer said. The Maoists, who "
     "say they fight for the rights of tribal people and the rural poor, have been pushed back by a government "
     "offensive."),
    ("w6-13", "bx", "2026-07-10", "8 DRG jawans, driver killed in Naxal IED blast near Ambeli",
     "Eight jawans of the District Reserve Guard and a civilian driver were killed when Naxals triggered a "
     "powerful IED under their Scorpio near Ambeli village in the Kutru area of Bijapur district on Thursday "
     "afternoon.\n\nThe jawans were returning to the Kutru camp after a joint operation in the Abujhmad "
     "forests. The blast left a crater eight feet deep on the road, the Bijapur SP said."),
    ("w6-14", "bp", "2026-07-09", "Press note",
     "Today, at about 2:15 pm, Maoists of the CPI (Maoist) detonated an improvised explosive device on the "
     "Bedre-Kutru road in Bijapur district, targeting a vehicle of the District Reserve Guard returning from an "
     "anti-Naxal operation. Eight DRG jawans and one civilian driver attained martyrdom.\n\nReinforcements "
     "have been sent to the area and a search operation is under way."),
    ("w6-15", "ds", "2026-07-10", "Naxalites blew up the jawans' vehicle in Bijapur, 9 dead",
     "In Chhattisgarh's Bijapur district, Naxalites yesterday blew up a vehicle of DRG jawans with an IED. "
     "Eight jawans and the driver of the vehicle were killed in the blast.\n\nThe Chief Minister said the "
     "sacrifice of the jawans would not go in vain and that the fight against Naxalism would continue."),
    # D3: Maoist roadside bomb near Chintagufa, Sukma district, Saturday 11 July; 2; recalls Y3 with nine
    ("w6-16", "aw", "2026-07-11", "Roadside bomb kills two paramilitary police in India's Chhattisgarh",
     "RAIPUR, India, July 11 (Asia Wire) - Two paramilitary policemen were killed on Saturday when Maoist "
     "rebels set off a roadside bomb as their patrol passed near Chintagufa in Chhattisgarh's Sukma district, "
     "police said.\n\nThe attack came two days after a Maoist bomb killed nine people, eight police commandos "
     "and their driver, in the neighbouring Bijapur district."),
    # Y4: Dogon militia attack on Ogossagou (Bankass, Mopti), night of Saturday 11 to Sunday 12 July; at
    # least 16 (wire, region), 21 (French prose), 21 or 28 (two sources in one report), at least 21 (NGO)
    ("w6-17", "dw", "2026-07-12", "Gunmen kill at least 16 in central Mali village",
     "DAKAR, July 12 (Dakar Wire) - Gunmen killed at least 16 villagers, among them women and children, in an "
     "overnight attack on a Fulani village in Mali's central Mopti region, a local official said on Sunday.\n\n"
     "The official, who asked not to be named, blamed a Dogon hunters' militia. Central Mali has been torn for "
     "years by tit-for-tat killings between Fulani herders and Dogon and Bambara farming communities, fuelled "
     "by jihadist groups."),
    ("w6-18", "mc", "2026-07-13", "Bankass: Ogossagou Peulh attacked again, 21 dead",
     "The village of Ogossagou Peulh, in the cercle of Bankass, was the target, on the night of Saturday to "
     "Sunday, of an attack by armed men presumed to be dozos, according to local sources. The provisional "
     "toll is 21 dead and several wounded.\n\nThe assailants, who came on foot and on motorbikes, set fire to "
     "granaries and took away cattle. It is the third time since 2019 that this village has been attacked."),
    ("w6-19", "dw", "2026-07-13", "Mali village attack toll disputed",
     "BAMAKO, July 13 (Dakar Wire) - The mayor of Bankass said on Monday that 21 people were killed in "
     "Saturday night's attack on Ogossagou, a Fulani village in central Mali, while the Fulani association "
     "Tabital Pulaaku put the toll at 28.\n\nThe association accused the Dan Na Ambassagou militia of the "
     "Dogon, which the government dissolved in 2019 but which remains active. The militia could not be "
     "reached."),
    ("w6-20", "sr", "2026-07-15", "Mali: authorities must investigate the Ogossagou killings",
     "Sahel Rights Watch calls on the Malian transitional authorities to open an independent investigation "
     "into the killing of at least 21 Fulani civilians, including four children, in the village of Ogossagou, "
     "Bankass circle, during the night of 11 to 12 July 2026.\n\nSurvivors told our researchers that the "
     "attackers, armed with hunting rifles and Kalashnikovs, identified themselves as members of Dan Na "
     "Ambassagou."),
    # Y5: Houthi shelling of a neighbourhood of Taiz, Monday 13 July; 5 (wire), 5 (UNICEF, "yesterday", no
    # actor), 5 (Arabic, "two days ago", "Ta'izz", "Ansar Allah"), 6 (background, "last week's")
    ("w6-21", "gw", "2026-07-13", "Houthi shelling kills five civilians in Yemen's Taiz",
     "ADEN, July 13 (Gulf Wire) - Shells fired by the Iran-aligned Houthi movement killed five civilians, "
     "three of them children, in a residential neighbourhood of the Yemeni city of Taiz on Monday, a "
     "government official said.\n\nThe Houthis, who have besieged parts of Taiz for most of the war, did not "
     "comment."),
    ("w6-22", "un", "2026-07-14", "Statement on children killed in Taizz",
     "Yesterday, three children were among five people killed when shells hit a residential neighbourhood of "
     "Taizz city. Two other children were injured.\n\nChildren in Yemen continue to pay the highest price of "
     "a conflict that is not of their making. UNICEF calls on all parties to protect children and civilian "
     "infrastructure."),
    ("w6-23", "am", "2026-07-15", "Five martyrs, including three children, in Houthi shelling of Ta'izz",
     "Two days ago, the Houthi militia shelled the al-Rawdah neighbourhood in the east of the city of Ta'izz "
     "with mortar shells, killing five civilians, among them three children of one family, a medical source "
     "said.\n\nThe Ansar Allah group has not stopped targeting residential neighbourhoods despite the truce, "
     "the governor of Ta'izz said."),
    ("w6-24", "gw", "2026-07-20", "Yemen government, Houthis trade blame as Taiz road talks stall",
     "ADEN, July 20 (Gulf Wire) - Talks on reopening roads into the besieged Yemeni city of Taiz stalled on "
     "Monday, with the government and the Houthi movement each blaming the other.\n\nGovernment negotiators "
     "cited last week's Houthi shelling of a residential neighbourhood of Taiz, which killed six civilians "
     "after a wounded child died, as proof that the group was not serious."),
    # Y6: Gran Grif attack on Pont-Sonde (Saint-Marc, Artibonite), Thursday 16 July; at least 15 (wire,
    # department), 22 (French prose, "yesterday Thursday"), at least 28 (BINUH), 28 (background)
    ("w6-25", "cw", "2026-07-17", "Gang attack kills at least 15 in Haiti's Artibonite",
     "PORT-AU-PRINCE, July 17 (Caribbean Wire) - Members of an armed gang killed at least 15 people in an "
     "attack on a town in Haiti's central Artibonite department on Thursday, a local human rights group said "
     "on Friday.\n\nThe gunmen, believed to belong to the Gran Grif gang, set fire to houses and vehicles, "
     "forcing hundreds to flee."),
    ("w6-26", "qh", "2026-07-17", "Pont-Sonde: Gran Grif sows mourning, 22 dead",
     "Heavily armed individuals of the Gran Grif gang stormed Pont-Sondé, in the commune of Saint-Marc, "
     "yesterday Thursday at dawn. The toll of this new massacre stands at 22 dead, according to the Episcopal "
     "Commission Justice and Peace.\n\nSeveral residents took refuge in Saint-Marc, where the authorities have "
     "set up a reception site."),
    ("w6-27", "bi", "2026-07-18", "BINUH condemns the massacre in Pont Sonde",
     "The United Nations Integrated Office in Haiti (BINUH) condemns in the strongest terms the attack carried "
     "out by the Gran Grif gang in Pont Sondé, Artibonite department, on 16 July, in which at least 28 people, "
     "including women and children, were killed.\n\nBINUH calls on the Haitian authorities to ensure that the "
     "perpetrators are brought to justice."),
    ("w6-28", "cw", "2026-07-24", "Thousands still displaced a week after Haiti massacre",
     "PORT-AU-PRINCE, July 24 (Caribbean Wire) - More than 6,000 people who fled Pont-Sondé after last week's "
     "gang attack on the Haitian town, in which 28 people were killed, are still living in schools and "
     "churches in Saint-Marc, the International Organization for Migration said on Friday.\n\nThe IOM said "
     "food and clean water were running short."),
    # D4: Gran Grif attack on Liancourt (Artibonite), Monday 20 July; 5
    ("w6-29", "qh", "2026-07-21", "Liancourt: five dead in a new attack by Gran Grif",
     "Bandits of the Gran Grif gang attacked the commune of Liancourt, in the Artibonite, yesterday Monday, "
     "killing five people, including a police officer, according to the mayor of the commune.\n\nThe mayor "
     "asked the authorities to send police reinforcements."),
    # Y7: insurgents behead six at Chai, Macomia district (Cabo Delgado), Sunday 19 July; 6 (wire, province,
    # "on Sunday" published Tuesday), 6 (Portuguese, "yesterday"), 6 (monitor, "19 July"), 6 (background)
    ("w6-30", "sa", "2026-07-21", "Islamist insurgents kill six in northern Mozambique",
     "MAPUTO, July 21 (Southern Africa Wire) - Islamic State-linked insurgents beheaded six civilians in an "
     "attack on a village in Mozambique's northern Cabo Delgado province on Sunday, local sources and a "
     "security analyst said on Tuesday.\n\nThe insurgents, known locally as al-Shabaab though they have no "
     "known ties to the Somali group of the same name, have stepped up raids in the province this year."),
    ("w6-31", "cd", "2026-07-20", "Insurgents behead six in Chai, Macomia",
     "Six people were beheaded yesterday afternoon in the village of Chai, in the district of Macomia, by "
     "insurgents who entered the village from the Messalo river area, sources in the local government said.\n\n"
     "The victims were farmers who had returned to their machambas after the harvest. The population fled to "
     "the district headquarters."),
    ("w6-32", "cm", "2026-07-24", "Weekly update, 13-19 July",
     "On 19 July, Islamic State Mozambique (ISM) fighters killed six civilians in Chai, Macomia district; the "
     "victims were beheaded. ISM claimed the attack the following day.\n\nElsewhere in the week, insurgents "
     "were sighted in Muidumbe and Ancuabe districts, but no attacks were recorded."),
    ("w6-33", "sa", "2026-07-23", "Rwandan troops deploy to Mozambique's Macomia after beheadings",
     "MAPUTO, July 23 (Southern Africa Wire) - Rwandan troops have been deployed to Macomia district in "
     "northern Mozambique, a Rwandan army spokesperson said on Thursday, after Sunday's attack on Chai village, "
     "in which insurgents beheaded six farmers.\n\nRwanda has had soldiers in Cabo Delgado province since "
     "2021."),
    # Y8: al Shabaab attack on the army base at Moqokori (Hiiraan), Saturday 18 July; at least 10 (wire,
    # region), at least 13 (Somali, "Mooqokori", "Khawaarij", "yesterday"), at least 13 in words (state
    # government, "today"), 13 (background, "a week after")
    ("w6-34", "hw", "2026-07-18", "Al Shabaab attack on Somali army base kills at least 10 soldiers",
     "MOGADISHU, July 18 (Horn Wire) - Al Shabaab fighters attacked a military base in Somalia's central "
     "Hiiraan region on Saturday, killing at least 10 soldiers, a military officer said.\n\nThe militants "
     "attacked from several directions at dawn and fought troops for two hours before withdrawing, the "
     "officer said."),
    ("w6-35", "hr", "2026-07-19", "Heavy fighting at Mooqokori; 13 soldiers killed",
     "Heavy fighting took place yesterday morning in the district of Mooqokori in Hiiraan region, after the "
     "Khawaarij attacked the base of the national army in the town. Officers told the radio that 13 soldiers "
     "were killed and that the bodies of many of the attackers were left on the battlefield.\n\nThe town's "
     "residents said that the fighting lasted more than two hours."),
    ("w6-36", "hs", "2026-07-18", "Statement of the Hirshabelle State Government",
     "The Government of Hirshabelle State salutes the brave soldiers of the Somali National Army who today "
     "repelled the attack of the Khawarij on Moqokori. Thirteen of our soldiers were martyred defending the "
     "town and the enemy suffered heavy losses.\n\nWe send our condolences to the families of the martyrs."),
    ("w6-37", "hw", "2026-07-25", "Somalia's president visits Hiiraan front",
     "BELEDWEYNE, Somalia, July 25 (Horn Wire) - Somalia's president visited troops in the central Hiiraan "
     "region on Saturday, a week after al Shabaab fighters attacked the army base at Moqokori and killed 13 "
     "soldiers.\n\nHe promised new weapons and regular pay for the troops."),
    # no events: a prisoner exchange, floods, a surrender
    ("w6-38", "ew", "2026-07-14", "Ukraine and Russia swap prisoners of war",
     "KYIV, July 14 (Euro Wire) - Ukraine and Russia exchanged 150 prisoners of war each on Tuesday in a deal "
     "brokered by the United Arab Emirates, Ukraine's coordination headquarters said.\n\nKyiv says thousands "
     "of Ukrainians remain in Russian captivity."),
    ("w6-39", "gw", "2026-07-16", "Floods kill 11 in Yemen's Hodeidah province",
     "ADEN, July 16 (Gulf Wire) - Flash floods after torrential rain killed 11 people, including four "
     "children, in Yemen's western Hodeidah province on Wednesday, local authorities said.\n\nThe floods swept "
     "away tents in camps for displaced people and cut several roads."),
    ("w6-40", "aw", "2026-07-22", "Thirty Maoists surrender in India's Chhattisgarh",
     "RAIPUR, India, July 22 (Asia Wire) - Thirty Maoist rebels, among them four women, surrendered to police "
     "in Chhattisgarh's Dantewada district on Wednesday, police said.\n\nThe state government offers cash "
     "and housing to rebels who lay down their arms."),
]

BOKO = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"]
RUSSIA = ["Military Forces of Russia", "Russia"]
MAOISTS = ["Communist Party of India (Maoist)", "CPI (Maoist)", "Maoists", "Naxals", "Naxalites"]
DOZO = ["Dan Na Ambassagou", "Dozo Militia", "dozos"]
HOUTHI = ["Ansar Allah", "Houthis", "Houthi movement", "Houthi militia"]
GRAN_GRIF = ["Gran Grif", "Gran Grif Gang"]
ISM = ["Islamic State (Mozambique)", "ISM", "Islamic State Mozambique", "al-Shabaab"]
SHABAAB = ["Al Shabaab", "al-Shabaab", "Khawarij", "Khawaarij"]

# id, event_type, sub_event_type, date, country, admin1, location, actor1, actor2, claimed_by,
# {document: [low, high]}, {document: claimant's [low, high]}, note
EVENTS = [
    ("Y1", "Violence against civilians", "Attack", "2026-07-05", "Nigeria", "Borno", "Darul Jamal", BOKO,
     ["Civilians (Nigeria)"], None,
     {"w6-01": [20, None], "w6-02": [37, 37], "w6-03": [31, 31], "w6-04": [37, 37], "w6-05": [37, 37]}, {},
     "wire at least 20 (state only, 'on Sunday'); local 37 (village, 'Sunday evening'); Hausa 31 ('two days "
     "ago'); wire update 37 (district, Maiduguri dateline); 37 recalled on Friday ('last week's attack')"),
    ("Y2", "Explosions/Remote violence", "Air/drone strike", "2026-07-08", "Ukraine", "Sumy", "Sumy", RUSSIA,
     ["Civilians (Ukraine)"], None,
     {"w6-07": [2, 2], "w6-08": [3, 3], "w6-09": [3, 3], "w6-10": [4, 4]}, {},
     "night of 7 to 8 July; first an 'explosion' of unclear cause (2, 'early on Wednesday'); Ukrainian local "
     "3 ('the night of 8 July'); air force 3 ('the night of 7 to 8 July'); 4 two days later ('two days ago')"),
    ("Y3", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-07-09", "India", "Chhattisgarh",
     "Kutru", MAOISTS, ["Police Forces of India"], None,
     {"w6-12": [9, 9], "w6-13": [9, 9], "w6-14": [9, 9], "w6-15": [9, 9], "w6-16": [9, 9]}, {},
     "nine in words everywhere ('eight police commandos and their civilian driver'); wire state only; local "
     "village ('Ambeli'); police district ('today'); Hindi district ('yesterday'); recalled in D3's report"),
    ("Y4", "Violence against civilians", "Attack", "2026-07-12", "Mali", "Mopti", "Ogossagou", DOZO,
     ["Civilians (Mali)"], None,
     {"w6-17": [16, None], "w6-18": [21, 21], "w6-19": [21, 28], "w6-20": [21, None]}, {},
     "night of Saturday 11 to Sunday 12 July; wire at least 16 (region, 'overnight'); French 21 ('Ogossagou "
     "Peulh', 'the night of Saturday to Sunday'); mayor 21 and association 28 in one report ('Saturday "
     "night's'); NGO at least 21 ('the night of 11 to 12 July')"),
    ("Y5", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-07-13", "Yemen", "Taiz",
     "Taiz", HOUTHI, ["Civilians (Yemen)"], None,
     {"w6-21": [5, 5], "w6-22": [5, 5], "w6-23": [5, 5], "w6-24": [6, 6]}, {},
     "wire 5 ('on Monday'); UNICEF 5 ('Yesterday', no actor, 'Taizz'); Arabic 5 ('Two days ago', 'Ta'izz', "
     "'al-Rawdah'); 6 recalled a week later ('last week's')"),
    ("Y6", "Violence against civilians", "Attack", "2026-07-16", "Haiti", "Artibonite", "Pont-Sonde", GRAN_GRIF,
     ["Civilians (Haiti)"], None,
     {"w6-25": [15, None], "w6-26": [22, 22], "w6-27": [28, None], "w6-28": [28, 28]}, {},
     "wire at least 15 (department only); French 22 ('yesterday Thursday'); BINUH at least 28 ('16 July'); 28 "
     "recalled a week later ('last week's')"),
    ("Y7", "Violence against civilians", "Attack", "2026-07-19", "Mozambique", "Cabo Delgado", "Chai", ISM,
     ["Civilians (Mozambique)"], None,
     {"w6-30": [6, 6], "w6-31": [6, 6], "w6-32": [6, 6], "w6-33": [6, 6]}, {},
     "wire 6 (province, 'on Sunday' published Tuesday); Portuguese 6 ('yesterday', village and district); "
     "monitor 6 ('On 19 July'); 6 recalled ('Sunday's attack')"),
    ("Y8", "Battles", "Armed clash", "2026-07-18", "Somalia", "Hiraan", "Moqokori", SHABAAB,
     ["Military Forces of Somalia"], None,
     {"w6-34": [10, None], "w6-35": [13, None], "w6-36": [13, None], "w6-37": [13, 13]}, {},
     "wire at least 10 soldiers (region only); Somali 13 soldiers and 'many' attackers ('Mooqokori', "
     "'Khawaarij', 'yesterday'); state government 'Thirteen' soldiers and 'heavy losses' ('today'); 13 "
     "recalled a week later"),
    ("Y9", "Violence against civilians", "Attack", "2026-07-08", "Nigeria", "Borno", "Ngoshe", BOKO,
     ["Civilians (Nigeria)"], None, {"w6-06": [9, 9]}, {},
     "same actor, state and kind as Y1, three days later in another LGA"),
    ("Y10", "Explosions/Remote violence", "Air/drone strike", "2026-07-10", "Ukraine", "Sumy", "Shostka", RUSSIA,
     ["Civilians (Ukraine)"], None, {"w6-11": [1, 1]}, {},
     "same actor, region and kind as Y2, two nights later in another town ('the night of 10 July')"),
    ("Y11", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-07-11", "India", "Chhattisgarh",
     "Chintagufa", MAOISTS, ["Police Forces of India"], None, {"w6-16": [2, 2]}, {},
     "same actor and kind as Y3, two days later in the neighbouring district; its report recalls Y3"),
    ("Y12", "Violence against civilians", "Attack", "2026-07-20", "Haiti", "Artibonite", "Liancourt", GRAN_GRIF,
     ["Civilians (Haiti)"], None, {"w6-29": [5, 5]}, {},
     "same gang, department and kind as Y6, four days later in another commune"),
]

# overnight incidents: the night spans two dates, either of which a coder may give
WINDOWS = {"Y2": ["2026-07-07", "2026-07-08"], "Y4": ["2026-07-11", "2026-07-12"],
           "Y10": ["2026-07-09", "2026-07-10"]}


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/wire6/articles.jsonl (40 short articles written "
        "for eventledger, July 2026 incidents; fictional reports in real places): eight incidents in eight "
        "countries (Nigeria, Ukraine, India, Mali, Yemen, Haiti, Mozambique, Somalia) each told by four or "
        "five outlets (wire leads with datelines elsewhere naming only a state, region or department; local "
        "papers naming the village; prose translated from Hausa, Ukrainian, Hindi, French, Arabic, "
        "Portuguese and Somali with other spellings: Darul Jamal / Darul-Jamal, Taiz / Taizz / Ta'izz, "
        "Pont-Sonde / Pont Sonde, Moqokori / Mooqokori, Houthis / Ansar Allah, al Shabaab / Khawarij; "
        "statements of an air force, a district police, an NGO, UNICEF, BINUH, a conflict monitor and a "
        "state government; relative dates against different reference times: 'on Sunday', 'two days ago', "
        "'last week's', 'the night of 8 July', 'the night of Saturday to Sunday', 'a week after'; one "
        "incident at village, district and state precision; rolling tolls; tolls in words; one report "
        "citing two sources with different tolls; an 'explosion' later told as a drone strike), four "
        "look-alikes (same actor, kind and state or region a few days later at another place) and three "
        "stories with no event (a prisoner swap, floods, a surrender). Same format as ../gold.json.",
        distractors=["w6-38", "w6-39", "w6-40"],
    )
    path = HERE / "gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    for event in gold["events"]:
        if event["id"] in WINDOWS:
            event["date_window"] = WINDOWS[event["id"]]
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
