"""Writes devdata/fusion/styles and devdata/fusion/lookalikes (articles.jsonl, gold.json): python devdata/fusion/make_styles_lookalikes.py devdata/fusion"""
import json, re, sys
from pathlib import Path

def slug(s): return re.sub(r"[^a-z]", "", s.lower())

def art(i, source, pub, title, text):
    return {"id": i, "source": source, "url": f"https://{slug(source)}.example/{pub}/{i}", "published": pub, "title": title, "text": text}

def ev(i, etype, sub, date, country, admin1, loc, a1, a2, fat, by_doc, note=None, claimed=None, window=None):
    e = {"id": i, "required": True, "event_type": etype, "sub_event_type": sub, "date": date,
         "date_window": window or [date, date], "country": country, "admin1": admin1, "location": loc,
         "actor1": a1, "actor2": a2, "claimed_by": claimed, "fatalities": fat}
    if note: e["fatalities_note"] = note
    e["mentions"] = sorted(by_doc)
    e["fatalities_by_doc"] = by_doc
    return e

ERV, BAT, VAC, PRO = "Explosions/Remote violence", "Battles", "Violence against civilians", "Protests"
JNIM = ["Jama'at Nasr al-Islam wal Muslimin", "JNIM"]
ADF = ["Allied Democratic Forces", "ADF", "Islamic State Central Africa Province", "ISCAP"]
SHAB = ["Al Shabaab", "al-Shabaab"]
STY = [
 art("sty-01", "Sahel Wire Service", "2025-05-12", "Jihadists kill at least 50 in attack on Burkina army base",
  "OUAGADOUGOU, May 12 - Jihadist fighters killed at least 50 soldiers and members of a pro-government militia in an attack on a military base in Djibo, in northern Burkina Faso, on Sunday, two security sources said on Monday.\n\nThe sources, who asked not to be named because they were not authorised to speak to the media, said the attackers arrived on motorcycles before dawn and held parts of the town for several hours."),
 art("sty-02", "Liptako Monitor", "2025-05-13", "JNIM says it killed more than 100 soldiers in Djibo",
  "Al-Qaeda's Sahel affiliate JNIM said on Tuesday that its fighters had killed more than 100 soldiers and militiamen in Sunday's attack on the army base in Djibo and seized weapons and vehicles.\n\nThe claim, posted on the group's channels, could not be independently verified. Burkina Faso's government has not commented on the attack."),
 art("sty-03", "Ouaga Matin (translated from French)", "2025-05-12", "Djibo: the detachment repels a terrorist assault",
  "The military detachment of Djibo vigorously repelled a terrorist assault on Sunday 11 May, the general staff of the armed forces said in a statement read on national television on Sunday evening.\n\nSweeping operations are continuing in the area, the statement said. It gave no toll."),
 art("sty-04", "West Africa Weekly", "2025-05-18", "Burkina Faso gives first toll of army base attack: 62 dead",
  "Burkina Faso's government said on Saturday that 62 soldiers and volunteer fighters were killed in last weekend's jihadist attack on an army base in the north of the country, its first official toll of the deadliest attack on the army this year.\n\nThe government declared three days of national mourning."),
 art("sty-05", "Jos Daily Star", "2025-05-05", "Gunmen kill 23 in Bokkos village raid",
  "Gunmen attacked Daffo village in Bokkos local government area of Plateau State late on Sunday, killing 23 residents and setting houses on fire, the community's youth leader told the Jos Daily Star on Monday.\n\nSurvivors said the attackers, who came on foot, shot at people as they fled into the bush."),
 art("sty-06", "Continental Press Agency", "2025-05-05", "Gunmen kill at least 27 in central Nigeria",
  "ABUJA, May 5 - Gunmen killed at least 27 people in an overnight raid on a village in Nigeria's central Plateau State, police said on Monday, the latest in a string of attacks in a region torn by disputes between farmers and herders."),
 art("sty-07", "Plateau Herald", "2025-05-06", "Toll from Daffo attack rises to 41",
  "The number of people killed in Sunday night's attack on Daffo in Bokkos has risen to 41 after more bodies were recovered from the bush, the local government chairman said on Tuesday.\n\nMass burials were held in the village on Tuesday afternoon."),
 art("sty-08", "Lagos Evening Times", "2025-05-12", "Tinubu orders security chiefs to end north-central killings",
  "President Bola Tinubu on Monday ordered security chiefs to end the killings in Nigeria's north-central region, a week after 41 villagers were killed in an attack on a farming community in Plateau State.\n\nThe president spoke after meeting governors from the region in Abuja."),
 art("sty-09", "Euro-Asia Newswire", "2025-05-15", "Russian missile kills four in Kharkiv",
  "KYIV, May 15 - A Russian ballistic missile struck a residential neighbourhood of Kharkiv on Thursday afternoon, killing four people and wounding 19, regional governor Oleh Syniehubov said.\n\nThe strike damaged a five-storey apartment building and a school in the city's Kyivskyi district, he said on Telegram."),
 art("sty-10", "Slobozhanshchyna Today (translated from Ukrainian)", "2025-05-16", "Toll of the missile strike on Kharkiv rises to six",
  "The number of people killed as a result of yesterday's enemy missile strike on the Kyivskyi district of Kharkiv has risen to six, the head of the regional military administration reported on Friday morning.\n\nAnother woman died in hospital overnight, and rescuers found a man's body under the rubble."),
 art("sty-11", "Eastern Front Monitor", "2025-05-16", "Russia says Iskander strike on Kharkiv killed up to 40 Ukrainian troops",
  "Russia's defence ministry said on Friday that its forces had struck a temporary deployment point of Ukrainian army units in Kharkiv with an Iskander missile on Thursday, killing up to 40 servicemen.\n\nUkrainian officials said the missile hit apartment buildings and that all of the dead were civilians."),
 art("sty-12", "Black Sea Ledger", "2025-05-16", "Six killed in Russian missile strike on Kharkiv apartment block",
  "Six people were killed and 21 wounded when a Russian missile hit an apartment building in Kharkiv on Thursday, Ukrainian officials said on Friday.\n\n(Corrects number killed in first paragraph to six from seven, after officials revised their count.)"),
 art("sty-13", "Euro-Asia Newswire", "2025-05-17", "Russian drone kills man at Kharkiv petrol station",
  "KYIV, May 17 - A Russian drone hit a petrol station in Kharkiv's Saltivskyi district on Saturday morning, killing one man and wounding three, regional governor Oleh Syniehubov said.\n\nIt was the second deadly strike on the city in three days after a missile killed six people in the Kyivskyi district on Thursday."),
 art("sty-14", "Continental Press Agency", "2025-05-21", "Gunmen kill seven bus passengers in southwest Pakistan",
  "QUETTA, Pakistan, May 21 - Gunmen stopped a passenger bus on a highway in southwestern Pakistan's Balochistan province late on Tuesday, checked the passengers' identity cards and shot dead seven men from Punjab province, officials said on Wednesday."),
 art("sty-15", "Quetta Voice", "2025-05-21", "Seven passengers offloaded and killed near Kalat",
  "Armed men blocked the national highway near Kalat on Tuesday night and killed seven passengers of a Karachi-bound coach after taking them off the bus, the Kalat deputy commissioner said.\n\nLevies forces have launched a search operation in the surrounding hills."),
 art("sty-16", "Frontier Herald", "2025-05-21", "BLA claims killing of nine near Kalat",
  "The Balochistan Liberation Army said on Wednesday that its fighters had killed nine 'agents of the Pakistani state' at a roadblock they set up on the highway near Kalat on Tuesday night.\n\nOfficials said the seven men killed were labourers travelling home."),
 art("sty-17", "Punjab Daily News", "2025-05-25", "Victims of Balochistan bus killings buried in Multan villages",
  "The bodies of seven labourers from Punjab who were shot dead last week when gunmen stopped a bus in Balochistan were buried on Sunday in their home villages in Multan district, relatives said.\n\nHundreds of people attended the funerals."),
 art("sty-18", "Radio Beni Libre", "2025-05-24", "ADF rebels kill 14 civilians in Mangina",
  "Suspected ADF rebels attacked the village of Mangina in Beni territory late on Friday, killing 14 civilians with machetes and guns, civil society leaders said on Saturday.\n\nSeveral houses and a health centre were burned."),
 art("sty-19", "Great Lakes Wire", "2025-05-24", "At least 14 killed in eastern Congo attack blamed on ADF",
  "GOMA, Congo, May 24 - At least 14 civilians were killed in an overnight attack blamed on the Allied Democratic Forces in eastern Congo's North Kivu province, local officials said on Saturday."),
 art("sty-20", "Kivu Morning Post", "2025-05-25", "Toll from Mangina attack rises to 22",
  "The toll from Friday night's ADF attack on Mangina has risen to 22 after residents found more bodies in the fields around the village, the administrator of Beni territory said on Sunday."),
 art("sty-21", "Kinshasa Times", "2025-05-26", "Army says 19 killed in Mangina attack",
  "Congo's army said on Monday that 19 civilians were killed in Friday's attack on Mangina, not 22 as local officials had said.\n\nAn army spokesman said troops were pursuing the attackers."),
 art("sty-22", "Radio Beni Libre", "2025-05-26", "Six farmers killed in ambush near Oicha",
  "ADF rebels killed six farmers in an ambush near Oicha on Sunday afternoon, local officials said on Monday.\n\nThe farmers were working in their fields when the attackers struck."),
 art("sty-23", "El Llano Hoy (translated from Spanish)", "2025-05-15", "Drone attack on Saravena base leaves two soldiers dead",
  "Two soldiers were killed and five wounded on Thursday morning when a drone loaded with explosives attacked an army base in Saravena, Arauca, the army said.\n\nThe army blamed the ELN guerrilla."),
 art("sty-24", "Andes Wire", "2025-05-15", "Two Colombian soldiers killed in drone attack near Venezuela border",
  "BOGOTA, May 15 - Two Colombian soldiers were killed on Thursday in a drone attack on a military base near the border with Venezuela, the army said, blaming the National Liberation Army (ELN) rebel group."),
 art("sty-25", "El Llano Hoy (translated from Spanish)", "2025-05-17", "Third soldier dies after Saravena drone attack",
  "A third soldier died on Saturday of wounds suffered in Thursday's drone attack on the army base in Saravena, bringing the toll to three, the army said."),
 art("sty-26", "El Llano Hoy (translated from Spanish)", "2025-05-16", "Soldier killed by drone in Tame",
  "A soldier was killed when a drone dropped explosives on an army patrol in Tame, Arauca, on Friday, the army said."),
]
STY_GOLD = [
 ev("S1", BAT, "Armed clash", "2025-05-11", "Burkina Faso", "Sahel", "Djibo", JNIM, ["Military Forces of Burkina Faso", "VDP"], [50, None],
    {"sty-01": [50, None], "sty-02": [100, None], "sty-03": [None, None], "sty-04": [62, 62]},
    note="JNIM's 'more than 100' is the claimant's own; the army's statement gives no toll; the government's 62 a week later names only 'the north of the country' and 'last weekend'", claimed=JNIM),
 ev("S2", VAC, "Attack", "2025-05-04", "Nigeria", "Plateau", "Bokkos", ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], [23, 23],
    {"sty-05": [23, 23], "sty-06": [27, None], "sty-07": [41, 41], "sty-08": [41, 41]},
    note="the wire names only Plateau State; the follow-up a week later dates it 'a week after'"),
 ev("S3", ERV, "Shelling/artillery/missile attack", "2025-05-15", "Ukraine", "Kharkiv", "Kharkiv", ["Military Forces of Russia"], ["Civilians (Ukraine)"], [4, 4],
    {"sty-09": [4, 4], "sty-10": [6, 6], "sty-11": [40, 40], "sty-12": [6, 6], "sty-13": [6, 6]},
    note="Russia's 'up to 40 servicemen' is the attacker's own claim; sty-12 corrects itself to six; sty-13 recalls it as background"),
 ev("SX1", ERV, "Air/drone strike", "2025-05-17", "Ukraine", "Kharkiv", "Kharkiv", ["Military Forces of Russia"], ["Civilians (Ukraine)"], [1, 1],
    {"sty-13": [1, 1]}),
 ev("S4", VAC, "Attack", "2025-05-20", "Pakistan", "Balochistan", "Kalat", ["Balochistan Liberation Army", "BLA"], ["Civilians (Pakistan)"], [7, 7],
    {"sty-14": [7, 7], "sty-15": [7, 7], "sty-16": [7, 7], "sty-17": [7, 7]},
    note="the BLA's nine is the claimant's own, sty-16's own figure is the officials' seven; sty-17 is datelined by the funerals in Multan", claimed=["Balochistan Liberation Army", "BLA"]),
 ev("S5", VAC, "Attack", "2025-05-23", "Democratic Republic of Congo", "North Kivu", "Mangina", ADF, ["Civilians (Democratic Republic of Congo)"], [14, 14],
    {"sty-18": [14, 14], "sty-19": [14, None], "sty-20": [22, 22], "sty-21": [19, 19]}),
 ev("SX2", VAC, "Attack", "2025-05-25", "Democratic Republic of Congo", "North Kivu", "Oicha", ADF, ["Civilians (Democratic Republic of Congo)"], [6, 6],
    {"sty-22": [6, 6]}),
 ev("S6", ERV, "Air/drone strike", "2025-05-15", "Colombia", "Arauca", "Saravena", ["National Liberation Army", "ELN"], ["Military Forces of Colombia"], [2, 2],
    {"sty-23": [2, 2], "sty-24": [2, 2], "sty-25": [3, 3]}),
 ev("SX3", ERV, "Air/drone strike", "2025-05-16", "Colombia", "Arauca", "Tame", ["Unidentified Armed Group (Colombia)"], ["Military Forces of Colombia"], [1, 1],
    {"sty-26": [1, 1]}),
]
LK = [
 art("lk-01", "Mogadishu Times", "2025-05-05", "Roadside bomb kills three soldiers in Hodan",
  "A roadside bomb struck a Somali army vehicle on Maka al-Mukarama road in Mogadishu's Hodan district on Monday, killing three soldiers, a police officer said."),
 art("lk-02", "Horn Wire", "2025-05-06", "Bomb kills three Somali soldiers in capital",
  "MOGADISHU, May 6 - A roadside bomb killed three Somali soldiers in the capital on Monday, police said. Al-Shabaab claimed the attack."),
 art("lk-03", "Mogadishu Times", "2025-05-07", "Roadside bomb hits minibus in Hodan, five dead",
  "A roadside bomb hit a minibus carrying passengers in Mogadishu's Hodan district on Wednesday morning, killing five civilians, witnesses and police said.\n\nIt was the second blast in the district this week."),
 art("lk-04", "Somali Star", "2025-05-08", "Schoolchildren among five killed in Hodan blast",
  "Five people, including two schoolchildren, died when a bomb planted by the roadside exploded as a minibus passed in Hodan on Wednesday, the district commissioner said on Thursday."),
 art("lk-05", "Horn Wire", "2025-05-08", "Mortar shells kill two near Mogadishu airport",
  "MOGADISHU, May 8 - Mortar shells fired by al-Shabaab landed near Mogadishu's Aden Adde international airport late on Wednesday, killing two people in a nearby camp for displaced families, officials said."),
 art("lk-06", "Frontier Herald", "2025-05-14", "Two policemen killed in attack on Bannu checkpoint",
  "Militants attacked a police checkpoint on the outskirts of Bannu on Tuesday night, killing two policemen, district police said on Wednesday."),
 art("lk-07", "Peshawar Today", "2025-05-14", "Two police officers martyred in Bannu",
  "Two police officers were martyred when terrorists opened fire on a checkpost in Bannu late on Tuesday, a police spokesman said on Wednesday."),
 art("lk-08", "Frontier Herald", "2025-05-15", "Three more policemen killed in Bannu",
  "Militants attacked another police checkpoint in Bannu district on Thursday morning, killing three policemen, two days after two officers were killed at a post on the city's outskirts, police said."),
 art("lk-09", "Islamabad Ledger", "2025-05-16", "Pakistani Taliban claim attack that killed three police in Bannu",
  "Three policemen were killed on Thursday when militants stormed a checkpoint in the Domel area of Bannu district, police said on Friday.\n\nThe Pakistani Taliban claimed the attack."),
 art("lk-10", "Zamfara Daily", "2025-05-13", "Bandits abduct 20 villagers near Gusau",
  "Bandits abducted 20 villagers, most of them women, in a night raid on Magami village near Gusau on Monday, residents said on Tuesday."),
 art("lk-11", "Lagos Evening Times", "2025-05-13", "Gunmen kidnap 20 in Zamfara village raid",
  "Gunmen kidnapped 20 people in an overnight raid on a village in northwest Nigeria's Zamfara State, police said on Tuesday."),
 art("lk-12", "Zamfara Daily", "2025-05-17", "Bandits seize eight travellers on Gusau-Tsafe road",
  "Bandits abducted eight travellers and killed their driver on the Gusau-Tsafe road on Friday, police said on Saturday."),
 art("lk-13", "Northwest Reporter", "2025-05-17", "Kidnappers seize eight passengers in Zamfara, kill driver",
  "Kidnappers seized eight passengers and shot dead their driver on a highway in Zamfara State on Friday, a police spokesman said."),
 art("lk-14", "Nairobi Standard Online", "2025-05-20", "Police fire tear gas at fuel tax protesters in Nairobi",
  "Police fired tear gas at hundreds of protesters in central Nairobi on Tuesday as they marched against new fuel taxes, witnesses said."),
 art("lk-15", "East Africa Wire", "2025-05-21", "Kenyan police break up fuel tax protest",
  "NAIROBI, May 21 - Kenyan police fired tear gas and water cannon at demonstrators in Nairobi on Tuesday who were protesting against higher fuel taxes, and arrested at least 30 people."),
 art("lk-16", "Nairobi Standard Online", "2025-05-22", "Fuel tax protesters back on Nairobi streets",
  "Hundreds of protesters marched in central Nairobi again on Thursday against new fuel taxes, and traders closed shops along Moi Avenue as police fired tear gas."),
 art("lk-17", "Kenya Daily Wire", "2025-05-23", "Twelve arrested at Nairobi protest outside parliament",
  "Police in Nairobi fired tear gas on Thursday at protesters who had gathered outside parliament to oppose a finance bill raising fuel taxes. Twelve people were arrested."),
 art("lk-18", "Somali Star", "2025-05-06", "Al-Shabaab says it killed 11 soldiers in Hodan bombing",
  "Al-Shabaab said on Tuesday that it had killed 11 soldiers in a bombing that hit an army vehicle in Mogadishu's Hodan district on Monday.\n\nPolice said three soldiers died."),
]
GOVSOM = ["Military Forces of Somalia"]
LK_GOLD = [
 ev("L1", ERV, "Remote explosive/landmine/IED", "2025-05-05", "Somalia", "Banadir", "Mogadishu", SHAB, GOVSOM, [3, 3],
    {"lk-01": [3, 3], "lk-02": [3, 3], "lk-18": [3, 3]}, note="al-Shabaab's 11 is the claimant's own; lk-18's own figure is the police's three", claimed=SHAB),
 ev("L2", ERV, "Remote explosive/landmine/IED", "2025-05-07", "Somalia", "Banadir", "Mogadishu", ["Unidentified Armed Group (Somalia)"], ["Civilians (Somalia)"], [5, 5],
    {"lk-03": [5, 5], "lk-04": [5, 5]}),
 ev("L3", ERV, "Shelling/artillery/missile attack", "2025-05-07", "Somalia", "Banadir", "Mogadishu", SHAB, ["Civilians (Somalia)"], [2, 2],
    {"lk-05": [2, 2]}),
 ev("L4", BAT, "Armed clash", "2025-05-13", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", ["Unidentified Armed Group (Pakistan)"], ["Police Forces of Pakistan"], [2, 2],
    {"lk-06": [2, 2], "lk-07": [2, 2], "lk-08": [2, 2]}, note="lk-08 recalls it as background"),
 ev("L5", BAT, "Armed clash", "2025-05-15", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", ["Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"], ["Police Forces of Pakistan"], [3, 3],
    {"lk-08": [3, 3], "lk-09": [3, 3]}),
 ev("L6", VAC, "Abduction/forced disappearance", "2025-05-12", "Nigeria", "Zamfara", "Gusau", ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], [None, None],
    {"lk-10": [None, None], "lk-11": [None, None]}),
 ev("L7", VAC, "Abduction/forced disappearance", "2025-05-16", "Nigeria", "Zamfara", "Gusau", ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], [1, 1],
    {"lk-12": [1, 1], "lk-13": [1, 1]}, note="the driver shot dead; ACLED may code the killing as an Attack: the family is what fusion needs"),
 ev("L8", PRO, "Protest with intervention", "2025-05-20", "Kenya", "Nairobi", "Nairobi", ["Protesters (Kenya)"], ["Police Forces of Kenya"], [None, None],
    {"lk-14": [None, None], "lk-15": [None, None]}),
 ev("L9", PRO, "Protest with intervention", "2025-05-22", "Kenya", "Nairobi", "Nairobi", ["Protesters (Kenya)"], ["Police Forces of Kenya"], [None, None],
    {"lk-16": [None, None], "lk-17": [None, None]}),
]

def write(folder, arts, gold, about):
    d = Path(folder); d.mkdir(parents=True, exist_ok=True)
    (d / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    ids = [a["id"] for a in arts]
    for e in gold:
        assert set(e["mentions"]) <= set(ids), e["id"]
    covered = {m for e in gold for m in e["mentions"]}
    assert covered == set(ids), set(ids) - covered
    doc = {"about": about, "corpus": f"{folder}/articles.jsonl", "documents": ids, "distractors": [], "events": gold}
    (d / "gold.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

root = sys.argv[1]
write(f"{root}/styles", STY, STY_GOLD,
 "Fusion development gold for devdata/fusion/styles/articles.jsonl (26 short articles written for eventledger, May 2025 incidents; fictional reports in real places): six incidents each told by three to five outlets in their own style (wire with dateline, local, translated, claimant's figures, rolling tolls, a self-correction, follow-ups a week later naming only the region or 'the north of the country'), and three look-alike incidents (same town or province, same week, same family). Same format as ../gold.json: [min, max] per document, null where the article gives no death toll, 'at least N' is [N, null].")
write(f"{root}/lookalikes", LK, LK_GOLD,
 "Fusion development gold for devdata/fusion/lookalikes/articles.jsonl (18 short articles written for eventledger, May 2025 incidents; fictional reports in real places): nine incidents that look alike in pairs or threes (same city, same week, same event family, often the same actor), each told by one to three outlets; they must stay apart while the reports of each one meet. Same format as ../gold.json.")
