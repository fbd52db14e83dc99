import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build"))
from common import *

DOCS = []

# ---- ext4-h05: translated from French, DR Congo; two datelines ----
T = """
South Kivu: AFC/M23 rebels take Luvungi, shell lands on Sange market

Translated from French.

UVIRA, 12 November — The rebels of the AFC/M23 took control of Luvungi, in the Ruzizi plain of Uvira territory, this Thursday 12 November after several hours of fighting against the FARDC and the Wazalendo self-defence groups, local civil society sources said. The loyalist forces withdrew towards the south, the sources said. No toll was available.

The day before, in the night of 10 to 11 November, a shell fell on the market of Sange, some 20 km further south, killing four people, among them two women traders, according to the civil society of the Ruzizi plain, which attributed the fire to the rebels. The M23 denied any involvement.

On Wednesday, fighter jets of the Congolese army bombed rebel positions on the hills overlooking Kamanyola, residents said. The army did not communicate on the results of these strikes.

BUKAVU, 12 November — Speaking at a press conference in Bukavu, the spokesman of the Alliance Fleuve Congo, Lawrence Kanyuka, said the movement had acted "to protect the populations of the plain against the attacks of the coalition" and accused Kinshasa of violating the ceasefire. He announced that a new "administrator" would be installed in Luvungi in the coming days.

Displaced families continue to arrive in Uvira, where humanitarian actors warn of a cholera risk.

© Kivu Infos — All rights reserved
"""
A = article("ext4-h05", "2026-11-13", "Kivu Infos (translated)", "South Kivu: AFC/M23 rebels take Luvungi, shell lands on Sange market", T, original_language="fr")
FARDC = mil("Democratic Republic of Congo", ["FARDC", "Congolese army", "Armed Forces of the Democratic Republic of the Congo",
        "Military Forces of Democratic Republic of Congo (2019-)", "Military Forces of the Democratic Republic of Congo (2019-)"])
WAZ = ["Wazalendo", "Wazalendo militias", "Militia (Wazalendo)", "self-defence groups"]
DRC = ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo, Democratic Republic of"]
SK = ["Sud-Kivu", "South-Kivu"]
G = gold("ext4-h05", "2026-11-13", ["© Kivu Infos — All rights reserved"], ["Bukavu", "Uvira", "Kinshasa"],
    [ev("E1", "Battles", "Non-state actor overtakes territory", "2026-11-12", ["2026-11-12", "2026-11-12"], "Democratic Republic of Congo", "South Kivu", "Luvungi",
        M23, FARDC + WAZ, fat=None, country_variants=DRC, admin1_variants=SK, summary="M23/AFC take Luvungi after fighting; FARDC and Wazalendo withdraw"),
     ev("E2", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-11", ["2026-11-10", "2026-11-11"], "Democratic Republic of Congo", "South Kivu", "Sange",
        M23 + uag("Democratic Republic of Congo"), civ("Democratic Republic of Congo", ["market traders"]), fat=[4, 4],
        country_variants=DRC, admin1_variants=SK, actor_note="attributed by civil society; M23 denies"),
     ev("E3", "Explosions/Remote violence", "Air/drone strike", "2026-11-11", ["2026-11-11", "2026-11-11"], "Democratic Republic of Congo", "South Kivu", "Kamanyola",
        FARDC + ["Congolese Air Force"], M23, fat=None, country_variants=DRC, admin1_variants=SK,
        date_note="'on Wednesday' in a piece datelined Thursday 12 Nov -> 11 Nov")])
DOCS.append((A, G))

# ---- ext4-h06: long feature, Haiti; event in paragraph 4 ----
T = """
PORT-AU-PRINCE — At the Lycée that now occupies a former hotel in Pétion-Ville, classes start at seven and end when the shooting gets close. The headmistress keeps a notebook of the days she has sent the children home early. This term there are already nineteen.

Most of her pupils come from neighbourhoods that no longer exist as they did. Some fled Cité Soleil after the Wharf Jérémie massacre of December 2024, when a gang leader had more than 180 people killed, most of them elderly. Others came from Carrefour-Feuilles, from Solino, from Delmas 30.

Now the newest arrivals come from the mountains above the capital.

Last Tuesday, gunmen of the Viv Ansanm gang coalition climbed into Furcy, in the commune of Kenscoff, before dawn. They shot dead nine residents, among them a pastor and his son, and set fire to at least twenty houses, according to the mayor's office. By midday, several hundred people were walking down the road to Pétion-Ville with what they could carry.

The government's response came on Friday night, when its drone task force struck a house in Croix-des-Bouquets that police described as a base of the 400 Mawozo gang. Five gang members were killed, among them one of the gang's lieutenants, police said. Human rights groups have questioned the use of explosive drones in crowded areas.

Back at the Lycée, the headmistress has added four names to the roll. "They come with nothing," she said. "No uniform, no shoes. But they come."

Donate to support our independent journalism.
"""
A = article("ext4-h06", "2026-11-02", "Haiti Feature Service", "The school that counts the days: Port-au-Prince's classrooms of the displaced", T)
VIV = ["Viv Ansanm", "Viv Ansanm coalition", "Vivre Ensemble", "Viv Ansanm gang coalition", "Unidentified Gang (Haiti)"] + uag("Haiti", ["gunmen"])
HPOL = pol("Haiti", ["Haitian National Police", "PNH", "Haitian police", "task force", "drone task force", "Government of Haiti"])
MAWOZO = ["400 Mawozo", "400 Mawozo gang", "Viv Ansanm"]
G = gold("ext4-h06", "2026-11-02", ["Donate to support our independent journalism."], ["Petion-Ville", "Pétion-Ville", "Carrefour-Feuilles", "Solino", "Delmas"],
    [ev("E1", "Violence against civilians", "Attack", "2026-10-27", ["2026-10-27", "2026-10-27"], "Haiti", "Ouest", "Kenscoff",
        VIV, civ("Haiti", ["residents"]), fat=[9, 9], location_alternatives=["Furcy"],
        summary="Viv Ansanm attack Furcy (Kenscoff) before dawn, 9 killed, 20+ houses burned",
        date_note="published Monday 2 Nov; 'last Tuesday' = 27 Oct"),
     ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-10-30", ["2026-10-30", "2026-10-31"], "Haiti", "Ouest", "Croix-des-Bouquets",
        HPOL, MAWOZO, fat=[5, 5], summary="drone task force strike on a 400 Mawozo house, Friday night; 5 killed"),
     ev("E3", "Violence against civilians", "Attack", "2024-12", ["2024-12-01", "2024-12-31"], "Haiti", "Ouest", "Cite Soleil",
        ["Wharf Jeremie gang", "Unidentified Gang (Haiti)", "Unidentified Armed Group (Haiti)", "Wharf Jérémie gang", "Micanor Altes", "Monel Felix"],
        civ("Haiti", ["elderly"]), fat=[180, 180], required=False, background=True,
        location_alternatives=["Cité Soleil", "Wharf Jeremie", "Wharf Jérémie"], summary="Wharf Jérémie massacre, December 2024, recalled")])
DOCS.append((A, G))

# ---- ext4-h07: Middle East weekly digest ----
T = """
MIDDLE EAST SECURITY DIGEST — week of 9 to 15 November 2026

IRAQ. Islamic State militants attacked a post of the Popular Mobilisation Forces in Wadi al-Shay, south of Kirkuk, on the night of Tuesday to Wednesday. Two PMF fighters were killed in the exchange of fire, a PMF statement said.

SYRIA. Fighting broke out on Wednesday between Bedouin tribal fighters and Druze gunmen in villages west of Suwayda city. The Syrian Observatory for Human Rights counted five dead. Government security forces deployed to separate the sides.

WEST BANK. Israeli settlers raided the village of Turmus Ayya, north-east of Ramallah, on Thursday, setting fire to cars and a house and injuring three Palestinians. No one was killed. The Israeli army said it had "dispersed a confrontation".

YEMEN. Houthi forces shelled government army positions in Maqbanah district, west of Taiz city, on Friday, killing two soldiers, a military source told the Aden-based Saba news agency.

IRAN. After Friday prayers in Zahedan, hundreds of worshippers marched chanting slogans against executions. Security forces fired tear gas and detained several people, a Baluch rights group said.

LIBYA. Clashes between the Radaa Deterrence force and the 444th Combat Brigade erupted in Tripoli's Souq al-Juma district on the night of Saturday to Sunday, killing four people, the Emergency Medicine Centre said.

EGYPT. Cairo hosted a new round of talks on a Gaza ceasefire mechanism; no agreement was announced.

This digest is compiled from open sources.
"""
A = article("ext4-h07", "2026-11-16", "Levant & Gulf Risk Monitor", "MIDDLE EAST SECURITY DIGEST — week of 9 to 15 November 2026", T)
ISIS = ["Islamic State", "IS", "ISIS", "Islamic State (Iraq)", "ISIL", "Daesh"]
PMF = ["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi",
       "Military Forces of Iraq (2022-) Popular Mobilization Forces", "Military Forces of Iraq"]
BED = ["Bedouin tribal fighters", "Bedouin Ethnic Militia (Syria)", "Bedouin tribes", "Bedouin militia", "tribal fighters"]
DRUZE = ["Druze gunmen", "Druze Ethnic Militia (Syria)", "Druze militia", "Druze fighters", "Suwayda National Guard"]
SETTLERS = ["Israeli settlers", "Settlers (Israel)", "settlers", "Jewish settlers"]
YEMGOV = mil("Yemen", ["Military Forces of Yemen (2017-) Government of Yemen", "Yemeni army", "government forces", "government army"])
IRSEC = ["Police Forces of Iran", "Police Forces of Iran (1989-)", "Military Forces of Iran", "Iranian security forces", "security forces"]
RADAA = ["Radaa Deterrence", "Radaa", "Special Deterrence Force", "Radaa Special Deterrence Force", "Rada'a", "Deterrence Apparatus"]
B444 = ["444th Combat Brigade", "444 Brigade", "444th Brigade", "Brigade 444"]
G = gold("ext4-h07", "2026-11-16", ["This digest is compiled from open sources."], ["Cairo", "Gaza", "Aden"],
    [ev("E1", "Battles", "Armed clash", "2026-11-11", ["2026-11-10", "2026-11-11"], "Iraq", "Kirkuk", "Wadi al-Shay",
        ISIS, PMF, fat=[2, 2], admin1_variants=["Kirkuk", "Tamim", "At-Ta'mim"], location_alternatives=["Wadi al Shay", "Kirkuk"]),
     ev("E2", "Battles", "Armed clash", "2026-11-11", ["2026-11-11", "2026-11-11"], "Syria", "As-Sweida", "Suwayda",
        BED + DRUZE, DRUZE + BED, fat=[5, 5], admin1_variants=["As-Suwayda", "Suwayda", "As Suwayda", "Sweida"],
        location_alternatives=["As-Sweida", "Sweida", "As Suwayda"], place_note="villages west of Suwayda city; geo precision 2"),
     ev("E3", "Violence against civilians", "Attack", "2026-11-12", ["2026-11-12", "2026-11-12"], "Palestine", "Ramallah and al-Bireh", "Turmus Ayya",
        SETTLERS, civ("Palestine", ["Palestinians"]), fat=[0, 0], country_variants=["West Bank", "Palestinian Territories", "Occupied Palestinian Territory"],
        admin1_variants=["Ramallah", "West Bank", "Ramallah and Al-Bireh"], location_alternatives=["Turmusayya", "Turmus'ayya"],
        sub_event_note="arson with three injured: Attack (Looting/property destruction arguable)"),
     ev("E4", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-13", ["2026-11-13", "2026-11-13"], "Yemen", "Taizz", "Maqbanah",
        HOUTHI, YEMGOV, fat=[2, 2], admin1_variants=["Taiz", "Ta'izz"], location_alternatives=["Maqbana", "Mawza"]),
     ev("E5", "Protests", "Protest with intervention", "2026-11-13", ["2026-11-13", "2026-11-13"], "Iran", "Sistan and Baluchestan", "Zahedan",
        prot("Iran", ["worshippers"]), IRSEC, fat=None, admin1_variants=["Sistan and Baluchistan", "Sistan-Baluchestan", "Sistan va Baluchestan"]),
     ev("E6", "Battles", "Armed clash", "2026-11-15", ["2026-11-14", "2026-11-15"], "Libya", "Tripoli", "Tripoli",
        RADAA + B444, B444 + RADAA, fat=[4, 4], admin1_variants=["Tarabulus"], location_alternatives=["Souq al-Juma", "Souq al Jumaa", "Tarabulus"])])
DOCS.append((A, G))

# ---- ext4-h08: two datelines, Thailand's deep south ----
T = """
NARATHIWAT, Nov 16 — Four paramilitary rangers were wounded when a bomb hidden in a roadside rubbish bin exploded as their patrol passed in Rueso district on Sunday morning, police said. No one was killed. Police blamed insurgents of the Barisan Revolusi Nasional (BRN), the main separatist group in the Malay-Muslim south, though no group claimed the attack.

On Saturday night, a 52-year-old rubber tapper was shot dead by two men on a motorcycle as he returned home in Bacho district, police said. The motive was under investigation; relatives said he had no links to the authorities.

The incidents followed a bomb attack on the 5th, when a small device hidden in a parked motorcycle damaged two shophouses in the border town of Sungai Kolok. Nobody was hurt in that blast.

BANGKOK, Nov 16 — Thailand's government said on Monday that formal peace dialogue with the BRN would resume in Kuala Lumpur next month under Malaysian facilitation, after a pause of nearly a year.

"We hope both sides can agree on a reduction of violence as a first step," the chief government negotiator told reporters at Government House.

More than 7,000 people have been killed since the insurgency in Pattani, Yala and Narathiwat reignited in 2004, according to the monitoring group Deep South Watch.

(Reporting by southern bureau; editing by K. Suwan)
"""
A = article("ext4-h08", "2026-11-16", "Wire report", "Roadside bomb wounds four rangers in Thailand's Narathiwat", T)
THMIL = mil("Thailand", ["rangers", "paramilitary rangers", "Thahan Phran", "Royal Thai Army", "Thai military"], "2014-")
BRN = ["Barisan Revolusi Nasional", "BRN", "BRN-C", "Barisan Revolusi Nasional-Coordinate", "insurgents"]
G = gold("ext4-h08", "2026-11-16", ["(Reporting by southern bureau; editing by K. Suwan)"], ["Bangkok", "Kuala Lumpur", "Pattani", "Yala"],
    [ev("E1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-15", ["2026-11-15", "2026-11-15"], "Thailand", "Narathiwat", "Rueso",
        BRN + uag("Thailand"), THMIL, fat=[0, 0], location_alternatives=["Rueso district", "Ruesoh"],
        actor_note="police blamed BRN; no claim"),
     ev("E2", "Violence against civilians", "Attack", "2026-11-14", ["2026-11-14", "2026-11-15"], "Thailand", "Narathiwat", "Bacho",
        uag("Thailand", ["gunmen", "two men on a motorcycle"]) + BRN, civ("Thailand", ["rubber tapper"]), fat=[1, 1],
        summary="rubber tapper shot dead Saturday night in Bacho district"),
     ev("E3", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-05", ["2026-11-05", "2026-11-05"], "Thailand", "Narathiwat", "Sungai Kolok",
        uag("Thailand") + BRN, civ("Thailand"), fat=[0, 0], location_alternatives=["Su-ngai Kolok", "Sungai Golok", "Su-ngai Ko-lok"],
        summary="motorcycle bomb 'on the 5th' damages two shophouses; nobody hurt")])
DOCS.append((A, G))
