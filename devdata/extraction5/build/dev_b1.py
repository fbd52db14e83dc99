from common import *

DOCS = []
BRIEF = "wire brief (headline + one paragraph)"
NGA_MIL = mil("Nigeria", ["Nigerian Army", "Nigerian military"], "2023-")

# ---- ext5-01: brief, Nigeria (Benue) ----
T = """
Gunmen Kill Five Herders In Benue Village

MAKURDI, Oct. 14 — Gunmen killed five herders and slaughtered more than 40 cows at a grazing camp outside Daudu in Guma local government area of Benue State late on Monday, the state police command said on Wednesday. A police spokeswoman said the attackers, who have not been identified, came on foot after dark, opened fire on the camp and escaped before a tactical team arrived from Makurdi; two other herders were treated for gunshot wounds. A leader of a herders' association blamed a local vigilante group and called for calm. Guma has seen repeated tit-for-tat killings between farming and herding communities this year.

— Compiled by the national desk
"""
A = article("ext5-01", "2026-10-14", "Daily Ledger (Nation in Brief)", "Gunmen Kill Five Herders In Benue Village", T)
G = gold("ext5-01", "2026-10-14", ["— Compiled by the national desk"], ["Makurdi"],
    [ev("E1", "Violence against civilians", "Attack", "2026-10-12", ["2026-10-12", "2026-10-13"], "Nigeria", "Benue", "Daudu",
        uag("Nigeria", ["gunmen", "local vigilante group"]), civ("Nigeria", ["herders", "Fulani Ethnic Group (Nigeria)"]),
        fat=[5, 5], location_alternatives=["Guma"],
        summary="gunmen attacked a herders' grazing camp outside Daudu (Guma LGA); 5 herders killed, 2 wounded",
        date_note="published Wednesday 14 Oct; 'late on Monday' = 12 Oct (may run past midnight)",
        actor_note="attackers unidentified; a herders' leader blames a local vigilante group (blame, not a finding)")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-02: brief, Mexico (Zacatecas) ----
T = """
Gunmen Kill Three National Guards In Fresnillo Ambush

FRESNILLO, Zacatecas, Sept. 21 — Three members of the National Guard were killed and two wounded on Sunday when gunmen opened fire on their patrol on a dirt road on the outskirts of Fresnillo, the state's public security spokesman said. The guards returned fire and the attackers escaped in two pickup trucks, leaving behind a rifle and the body of one of the gunmen. No group has claimed the ambush; rival cartels have fought over the municipality's trafficking routes for years. Federal reinforcements arrived in the afternoon from the state capital.

(Reporting by the Zacatecas bureau; editing by the Mexico City desk)
"""
A = article("ext5-02", "2026-09-21", "Americas Wire (Brief)", "Gunmen Kill Three National Guards In Fresnillo Ambush", T)
MEX_MIL = mil("Mexico", ["National Guard", "Guardia Nacional", "Military Forces of Mexico (2024-) National Guard",
              "Mexican National Guard", "Mexican Army", "SEDENA"], "2024-")
G = gold("ext5-02", "2026-09-21", ["(Reporting by the Zacatecas bureau; editing by the Mexico City desk)"],
    ["Mexico City"],
    [ev("E1", "Battles", "Armed clash", "2026-09-20", ["2026-09-20", "2026-09-20"], "Mexico", "Zacatecas", "Fresnillo",
        uag("Mexico", ["gunmen", "cartel gunmen"]), MEX_MIL, fat=[4, 4],
        summary="gunmen ambushed a National Guard patrol outside Fresnillo; guards returned fire; 3 guards and 1 gunman dead",
        fatalities_note="3 guards + the body of one gunman = 4",
        sub_event_note="the patrol returned fire: Armed clash, not Attack",
        place_note="'the state capital' (Zacatecas city) is where reinforcements came from; not named in the text")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-03: brief, Colombia (Cauca) ----
T = """
Drone Drops Explosives On Suárez Police Station; Two Officers Hurt

SUÁREZ, Cauca, Nov. 6 — A drone dropped two explosive charges on the police station in the centre of Suárez, in the southwestern department of Cauca, on Thursday morning, wounding two officers and damaging the roof and a neighbouring house, police said. No one was killed. The regional police commander blamed the Jaime Martínez front of the FARC dissident bloc known as the Estado Mayor Central, which has carried out dozens of similar drone attacks in northern Cauca. The two officers were flown to a hospital in Cali.

Advertisement
"""
A = article("ext5-03", "2026-11-06", "Andes Wire (Briefs)", "Drone Drops Explosives On Suárez Police Station; Two Officers Hurt", T)
COL_POL = pol("Colombia", ["Colombian National Police", "Policía Nacional", "Colombian police"], "2022-", ["2026-"])
G = gold("ext5-03", "2026-11-06", ["Advertisement"], ["Cali"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-05", ["2026-11-05", "2026-11-05"], "Colombia", "Cauca", "Suarez",
        EMC + uag("Colombia"), COL_POL, fat=[0, 0], location_alternatives=["Suárez"],
        summary="drone dropped two charges on Suárez police station; two officers wounded, nobody killed; police blame the Jaime Martínez front (EMC)",
        date_note="published Friday 6 Nov; 'Thursday morning' = 5 Nov",
        fatalities_note="'No one was killed'",
        actor_note="blamed by the police commander, not claimed; the 'dozens of similar drone attacks' are not coded")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-04: brief, Philippines (Northern Samar) ----
T = """
Soldier, NPA Rebel Killed In Northern Samar Firefight

CATARMAN, Northern Samar, Oct. 10 — A soldier and a suspected New People's Army guerrilla were killed on Friday in a 20-minute firefight in a mountain village of Las Navas town, the Army's 8th Infantry Division said on Saturday. Troops on a security patrol ran into about 15 rebels, a division spokesman said, and recovered two rifles, a backpack of documents and a hand-held radio after the guerrillas withdrew into the forest. The body of the rebel was brought to the town hall for identification. The Communist Party of the Philippines, the NPA's political wing, has not commented.
"""
A = article("ext5-04", "2026-10-10", "Island News Service (Regions in Brief)", "Soldier, NPA Rebel Killed In Northern Samar Firefight", T)
PHL_MIL = mil("Philippines", ["Armed Forces of the Philippines", "AFP", "Philippine Army", "8th Infantry Division"], "2022-")
G = gold("ext5-04", "2026-10-10", [], ["Catarman"],
    [ev("E1", "Battles", "Armed clash", "2026-10-09", ["2026-10-09", "2026-10-09"], "Philippines", "Eastern Visayas", "Las Navas",
        PHL_MIL, NPA, fat=[2, 2], admin1_variants=["Northern Samar", "Region VIII", "Eastern Visayas (Region VIII)"],
        summary="army patrol and about 15 NPA rebels fought for 20 minutes in a village of Las Navas; 1 soldier and 1 rebel killed",
        date_note="published Saturday 10 Oct; 'on Friday' = 9 Oct",
        place_note="ACLED's admin1 for the Philippines is the region (Eastern Visayas); the province Northern Samar is admin2 and accepted as a variant")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-05: brief, DR Congo (North Kivu) ----
T = """
ADF Rebels Kill 14 Villagers In Lubero Night Raid

BUTEMBO, Nov. 3 — Suspected fighters of the Allied Democratic Forces killed at least 14 civilians with machetes and guns overnight Sunday in a farming village near Manguredjipa in Lubero territory, North Kivu province, a local administrator said on Monday. A civil society coordinator in the area put the toll at 19 and said about a dozen houses and a health post were set on fire. The army said units had been sent to the area. The ADF, which pledged allegiance to the Islamic State group, has killed hundreds of people in Lubero and neighbouring Beni territory since last year.
"""
A = article("ext5-05", "2026-11-03", "Great Lakes Wire (Briefs)", "ADF Rebels Kill 14 Villagers In Lubero Night Raid", T)
NK = ["Nord-Kivu", "North Kivu", "Nord Kivu"]
G = gold("ext5-05", "2026-11-03", [], ["Butembo", "Beni"],
    [ev("E1", "Violence against civilians", "Attack", "2026-11-01", ["2026-11-01", "2026-11-02"], "Democratic Republic of Congo", "North Kivu", "Manguredjipa",
        ADF + uag("Democratic Republic of Congo"), civ("Democratic Republic of Congo", ["villagers"]), fat=[14, 14],
        admin1_variants=NK, location_alternatives=["Mangurujipa", "Lubero"],
        summary="suspected ADF raid on a village near Manguredjipa (Lubero); at least 14 killed (administrator), 19 (civil society); houses burned",
        date_note="published Tuesday 3 Nov; 'overnight Sunday' = night of 1-2 Nov",
        fatalities_note="lowest credible figure 14 (administrator 'at least 14'); civil society 19",
        sub_event_note="killings with burning of houses: the violence decides, Attack; 'hundreds since last year' is not coded")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-06: brief, Pakistan (Khyber Pakhtunkhwa) ----
T = """
Two Policemen Martyred As Militants Storm Lakki Marwat Checkpost

LAKKI MARWAT, Sept. 24: Two policemen were martyred and another injured when militants attacked a police checkpost in Serai Naurang in the early hours of Wednesday, district police officials said. The attackers, armed with heavy weapons and night-vision equipment, struck the post from three sides, and the exchange of fire lasted nearly an hour before they retreated towards the hills. Police and personnel of the Frontier Corps launched a search operation in the area. The banned Tehreek-e-Taliban Pakistan claimed the attack in a message sent to journalists. The injured constable was shifted to a hospital in Bannu.
"""
A = article("ext5-06", "2026-09-24", "Frontier Daily (Provincial Briefs)", "Two Policemen Martyred As Militants Storm Lakki Marwat Checkpost", T)
PAK_POL = pol("Pakistan", ["Khyber Pakhtunkhwa Police", "KP Police", "Pakistani police", "police"], "2024-", ["2022-"])
G = gold("ext5-06", "2026-09-24", [], ["Bannu"],
    [ev("E1", "Battles", "Armed clash", "2026-09-23", ["2026-09-23", "2026-09-23"], "Pakistan", "Khyber Pakhtunkhwa", "Serai Naurang",
        TTP + uag("Pakistan", ["militants"]), PAK_POL, fat=[2, 2], claimed=TTP,
        admin1_variants=["Khyber-Pakhtunkhwa", "KP", "KPK", "North-West Frontier Province"],
        location_alternatives=["Naurang", "Lakki Marwat"],
        summary="militants attacked a police checkpost in Serai Naurang; hour-long exchange of fire; 2 policemen killed; TTP claimed",
        date_note="published Thursday 24 Sep; 'early hours of Wednesday' = 23 Sep",
        fatalities_note="'martyred' = killed; 2",
        place_note="Lakki Marwat is the district and the dateline; accepted as alternative, not listed as a non-event place")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-07: brief, Sudan (North Kordofan) ----
T = """
RSF Drone Strike On El Obeid Market Kills Seven

PORT SUDAN, Oct. 18 — A drone strike blamed on the paramilitary Rapid Support Forces hit a crowded livestock market in El Obeid, the capital of North Kordofan state, on Saturday, killing seven civilians and wounding 23, a local health official said. The army said its air defences shot down two more drones over the city's airport the same morning. The RSF, which has been at war with the army since April 2023, did not comment. El Obeid has come under repeated drone fire since the paramilitaries pushed east through Kordofan.
"""
A = article("ext5-07", "2026-10-18", "Nile Wire (Africa Briefs)", "RSF Drone Strike On El Obeid Market Kills Seven", T)
NKORD = ["North Kordofan", "Shamal Kurdufan", "North Kurdufan", "Northern Kordofan"]
OBEID = ["El Obeid", "Al Obeid", "Al-Ubayyid", "El-Obeid"]
G = gold("ext5-07", "2026-10-18", [], ["Port Sudan"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-10-17", ["2026-10-17", "2026-10-17"], "Sudan", "North Kordofan", "El Obeid",
        RSF, civ("Sudan", ["market-goers"]), fat=[7, 7], admin1_variants=NKORD, location_alternatives=OBEID[1:],
        summary="drone strike blamed on the RSF hit El Obeid livestock market; 7 civilians killed, 23 wounded",
        date_note="published Sunday 18 Oct; 'on Saturday' = 17 Oct"),
     ev("E2", "Strategic developments", "Disrupted weapons use", "2026-10-17", ["2026-10-17", "2026-10-17"], "Sudan", "North Kordofan", "El Obeid",
        SAF, RSF, fat=None, required=False, admin1_variants=NKORD, location_alternatives=OBEID[1:],
        summary="army says air defences shot down two more drones over El Obeid airport; borderline (army claim of interception)")],
    style=BRIEF)
DOCS.append((A, G))

# ---- ext5-08: brief, Myanmar (Sagaing) ----
T = """
Junta Air Strike Kills Nine In Depayin Village

BANGKOK, Nov. 26 — A Myanmar military jet dropped two bombs on Ywar Thit village in Depayin Township, Sagaing Region, on Tuesday afternoon, killing nine villagers including four children, a local resistance official and a village volunteer said. Several houses and a monastery school were destroyed. Residents said there had been no fighting in the village for months. The military, which says it targets only "terrorists", did not respond to requests for comment. Air strikes on villages in Sagaing have continued despite the military's promise of elections.
"""
A = article("ext5-08", "2026-11-26", "Mekong Wire (Asia Briefs)", "Junta Air Strike Kills Nine In Depayin Village", T)
G = gold("ext5-08", "2026-11-26", [], ["Bangkok"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-24", ["2026-11-24", "2026-11-24"], "Myanmar", "Sagaing", "Depayin",
        TATMADAW, civ("Myanmar", ["villagers"]), fat=[9, 9], admin1_variants=["Sagaing Region", "Sagaing Division"],
        location_alternatives=["Ywar Thit", "Ywarthit", "Tabayin"],
        summary="military jet bombed Ywar Thit village, Depayin Township; 9 villagers killed",
        date_note="published Thursday 26 Nov; 'on Tuesday' = 24 Nov",
        place_note="village in Depayin Township; either the village or the township is accepted")],
    style=BRIEF)
DOCS.append((A, G))
