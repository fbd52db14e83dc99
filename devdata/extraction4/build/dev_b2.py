from common import *

DOCS = []

# ---- ext4-05: court report, Pakistan ----
T = """
Police Lines blast trial: ATC hears forensic evidence as CTD arrests 'fourth man' in Bannu

By our court reporter

The anti-terrorism court hearing the case of the January 2023 suicide bombing inside the Police Lines mosque in Peshawar resumed on Thursday with testimony from a forensic expert, who told the judge that the explosives used were "consistent with material recovered from Tehreek-e-Taliban Pakistan hideouts in Khyber district".

The bombing, on 30 January 2023, killed at least 84 people, most of them policemen attending afternoon prayers. A faction that had split from the TTP claimed it at the time; the TTP leadership denied involvement. Three men are on trial for allegedly facilitating the bomber's entry into the high-security compound. All three have pleaded not guilty.

Defence counsel Barrister Imran Khattak objected to the admissibility of a confession recorded in 2024, arguing that it had been obtained under duress. The judge reserved a ruling on the objection.

Outside the courtroom, the prosecution confirmed that the Counter Terrorism Department had on Wednesday arrested a fourth suspect, identified as Mir Alam alias Ustad, in a raid in the Domel area of Bannu district. According to a CTD statement, Alam is an alleged TTP facilitator who arranged safe houses for militants travelling to Peshawar. Pistols, a grenade and "jihadi literature" were recovered, the statement said.

Relatives of the victims, several of them in police uniform, sat through the hearing. "We have been coming here for three years," said the widow of a head constable killed in the blast. "We want to see the end."

The hearing was adjourned to 26 November.

Also read: KP govt announces compensation for terror victims' families
"""
A = article("ext4-05", "2026-11-12", "Frontier Post-Herald", "Police Lines blast trial: ATC hears forensic evidence as CTD arrests 'fourth man' in Bannu", T)
CTD = pol("Pakistan", ["Counter Terrorism Department", "CTD", "Counter-Terrorism Department", "CTD Khyber Pakhtunkhwa", "Pakistani police"])
KP = ["Khyber Pakhtunkhwa", "KP", "Khyber-Pakhtunkhwa", "Khyber Pakhtoonkhwa"]
G = gold("ext4-05", "2026-11-12", ["Also read: KP govt announces compensation for terror victims' families"],
    ["Khyber district", "Khyber"],
    [ev("E1", "Strategic developments", "Arrests", "2026-11-11", ["2026-11-11", "2026-11-11"], "Pakistan", "Khyber Pakhtunkhwa", "Bannu",
        CTD, TTP + ["Mir Alam", "Ustad"], fat=None, admin1_variants=KP,
        location_alternatives=["Domel"],
        summary="CTD arrests alleged TTP facilitator Mir Alam alias Ustad in a raid in Domel, Bannu district (published Thursday; 'on Wednesday')",
        place_note="Domel area of Bannu district"),
     ev("E2", "Explosions/Remote violence", "Suicide bomb", "2023-01-30", ["2023-01-30", "2023-01-30"], "Pakistan", "Khyber Pakhtunkhwa", "Peshawar",
        TTP + ["Jamaat-ul-Ahrar", "TTP splinter faction", "Unidentified Armed Group (Pakistan)"], civ("Pakistan") + pol("Pakistan"),
        fat=[84, 85], required=False, background=True, admin1_variants=KP,
        summary="Police Lines mosque bombing, 30 Jan 2023, recalled in the trial",
        fatalities_note="'at least 84'; whether the bomber is counted is open")])
DOCS.append((A, G))

# ---- ext4-06: obituary, Somalia ----
T = """
OBITUARY
Abdirahman Mohamed 'Dhuubow', al-Shabaab commander, 1981–2026

Abdirahman Mohamed, known to his men as Dhuubow, "the tall one", who has died aged about 45, rose from a teenage fighter in Kismayo's clan militias to become one of the most trusted field commanders of Harakat al-Shabaab al-Mujahideen in the Juba valley.

He was killed in an air strike on the night of 1 to 2 November near Jilib, in Middle Juba. US Africa Command said in a statement from Stuttgart that it had carried out the strike "in coordination with the Federal Government of Somalia" and assessed that three militants were killed and no civilians harmed. A radio station sympathetic to the group put the dead at two and confirmed Dhuubow among them. Somalia's information ministry in Mogadishu welcomed "the elimination of a notorious terrorist".

Born in Kismayo, he joined the Islamic Courts Union's youth wing in 2006 and followed its hardliners into al-Shabaab. Western and Kenyan officials believed he helped plan the January 2020 raid on the Manda Bay airfield in Kenya's Lamu County, in which three Americans were killed — an accusation he never addressed publicly.

Those who met him described a quiet man who rarely raised his voice and memorised the names of the families in every village his fighters taxed. To the farmers of the lower Juba he was the man who set the price of a harvest.

He is survived by two wives and, reportedly, nine children.

Dhuubow, born c. 1981; died 1 or 2 November 2026.

Image: A Somali soldier stands guard in Mogadishu. (File photo)
"""
A = article("ext4-06", "2026-11-05", "The Horn Review", "Obituary: Abdirahman 'Dhuubow', al-Shabaab commander", T)
USA = ["Military Forces of the United States", "US Africa Command", "AFRICOM", "United States Africa Command",
       "US military", "US forces", "United States"]
G = gold("ext4-06", "2026-11-05", ["Image: A Somali soldier stands guard in Mogadishu. (File photo)"],
    ["Kismayo", "Mogadishu", "Stuttgart"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-02", ["2026-11-01", "2026-11-02"], "Somalia", "Middle Juba", "Jilib",
        USA + mil("Somalia"), SHABAAB + ["Abdirahman Mohamed", "Dhuubow"], fat=[2, 3],
        summary="US strike near Jilib killing commander Dhuubow; AFRICOM 3 killed, pro-Shabaab radio 2",
        fatalities_note="AFRICOM 3, group-aligned radio 2; conservative 2, range 2-3",
        admin1_variants=["Jubbada Dhexe"]),
     ev("E2", "Battles", "Armed clash", "2020-01", ["2020-01-01", "2020-01-31"], "Kenya", "Lamu", "Manda Bay",
        SHABAAB, USA + mil("Kenya"), fat=[3, 3], required=False, background=True,
        summary="January 2020 raid on Manda Bay airfield, recalled; three Americans killed")])
DOCS.append((A, G))

# ---- ext4-07: weekly security digest, Mozambique ----
T = """
CABO DELGADO WEEKLY — Security digest, 16–22 November 2026

Our round-up of incidents reported by local sources, officials and partners this week. Figures are provisional.

• Monday 16 — Quiterajo (Macomia district). Insurgents of the Islamic State's Mozambique branch, still called "al-Shabaab" or machababos by residents, beheaded two fishermen on the beach a few kilometres south of Quiterajo.

• Tuesday 17 — Chai (Macomia). Rwandan and Mozambican troops clashed with an insurgent group on the N380 near Chai. The Rwanda Defence Force said four insurgents were killed; there was no word on losses among the joint forces.

• Wednesday 18 — Nanduli (Ancuabe district). A group of about a dozen fighters looted shops and set fire to some thirty houses in Nanduli after residents fled into the bush. No casualties were reported.

• Thursday 19 — Pemba. Some 300 informal traders marched peacefully to the municipal council to protest new market fees. The march ended peacefully after a delegation was received by the mayor.

• Friday 20 — Mucojo. Reports of an incursion into Mucojo circulated on WhatsApp but were a false alarm, local sources later said.

• Saturday 21 — Meluco district. Islamic State media claimed its fighters had killed "a Christian militiaman" of the Local Force near Meluco. The claim has not been confirmed.

• Sunday 22 — Mecula (Niassa province). Armed men believed to be insurgents abducted three children from a farm in Mecula district, the district administrator said.

Subscribe to the digest | Unsubscribe
"""
A = article("ext4-07", "2026-11-23", "Cabo Delgado Weekly", "Security digest, 16–22 November 2026", T)
ISM = ["Islamic State Mozambique Province", "ISMP", "ISM", "IS Mozambique", "Islamic State (Mozambique)",
       "Ahlu Sunnah Wa-Jama", "ASWJ", "al-Shabaab", "Al Shabaab", "machababos", "Islamic State", "IS", "insurgents"]
MOZ = mil("Mozambique", ["FADM", "Mozambican army", "Mozambican troops"])
RDF = ["Military Forces of Rwanda", "Military Forces of Rwanda (2000-)", "Rwanda Defence Force", "RDF", "Rwandan troops"]
G = gold("ext4-07", "2026-11-23", ["Subscribe to the digest | Unsubscribe"], ["Mucojo"],
    [ev("E1", "Violence against civilians", "Attack", "2026-11-16", ["2026-11-16", "2026-11-16"], "Mozambique", "Cabo Delgado", "Quiterajo",
        ISM, civ("Mozambique", ["fishermen"]), fat=[2, 2]),
     ev("E2", "Battles", "Armed clash", "2026-11-17", ["2026-11-17", "2026-11-17"], "Mozambique", "Cabo Delgado", "Chai",
        RDF + MOZ, ISM, fat=[4, 4]),
     ev("E3", "Strategic developments", "Looting/property destruction", "2026-11-18", ["2026-11-18", "2026-11-18"], "Mozambique", "Cabo Delgado", "Nanduli",
        ISM, civ("Mozambique"), fat=[0, 0], summary="looting and burning of some 30 houses; no casualties"),
     ev("E4", "Protests", "Peaceful protest", "2026-11-19", ["2026-11-19", "2026-11-19"], "Mozambique", "Cabo Delgado", "Pemba",
        prot("Mozambique", ["informal traders", "traders"]), None, fat=[0, 0]),
     ev("E5", "Battles", "Armed clash", "2026-11-21", ["2026-11-21", "2026-11-21"], "Mozambique", "Cabo Delgado", "Meluco",
        ISM, ["Local Force", "Militia (Local Force)", "Force Local", "Local militia"] + MOZ, fat=[1, 1], claimed=ISM, required=False,
        summary="IS claim of killing a Local Force militiaman near Meluco; unconfirmed, borderline",
        sub_event_note="Local Force is an armed militia, so Armed clash; Attack arguable if coded a civilian"),
     ev("E6", "Violence against civilians", "Abduction/forced disappearance", "2026-11-22", ["2026-11-22", "2026-11-22"], "Mozambique", "Niassa", "Mecula",
        uag("Mozambique", ["armed men"]) + ISM, civ("Mozambique", ["children"]), fat=None)])
DOCS.append((A, G))

# ---- ext4-08: two datelines, Sudan ----
T = """
PORT SUDAN, Nov 9 — Sudan's army-aligned government on Monday accused the paramilitary Rapid Support Forces of "a deliberate massacre" after a drone struck the central livestock market of El Obeid on Sunday afternoon.

The health ministry said 17 people were killed and more than 40 wounded. The Emergency Lawyers, a rights group, said its volunteers had counted 21 bodies at the city's hospitals. The RSF did not comment. El Obeid, the capital of North Kordofan, has been hit repeatedly by long-range drones since the paramilitaries took Bara, some 60 km to the north, last year.

The army said separately that its air force had on Friday struck RSF positions and "more than forty combat vehicles" around Bara. It gave no casualty figure.

KADUGLI, Nov 9 — In South Kordofan's besieged capital, residents said artillery shells fired by the RSF and its ally, the al-Hilu faction of the Sudan People's Liberation Movement-North, fell on the Hajar al-Mak neighbourhood late on Saturday, killing five civilians including two children.

"The shells came after the evening prayer and continued until midnight," one resident told Reuters by phone. A local health worker confirmed the toll. The SPLM-N did not respond to requests for comment.

The United Nations has warned that Kadugli and Dilling face famine conditions after months of encirclement.

(Reporting by Sudan desk; editing by R. Hassan)
"""
A = article("ext4-08", "2026-11-09", "Wire report", "Sudan says RSF drone kills 17 at El Obeid market; shells hit Kadugli", T)
SPLMN = ["Sudan People's Liberation Movement-North (al-Hilu)", "SPLM-N", "SPLM-N (al-Hilu)", "SPLM-N al-Hilu",
         "Sudan People's Liberation Movement-North", "SPLM-N (Abdelaziz al-Hilu)"]
G = gold("ext4-08", "2026-11-09", ["(Reporting by Sudan desk; editing by R. Hassan)"], ["Port Sudan", "Dilling"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-08", ["2026-11-08", "2026-11-08"], "Sudan", "North Kordofan", "El Obeid",
        RSF, civ("Sudan"), fat=[17, 17], location_alternatives=["Al Obeid", "Al-Ubayyid", "El-Obeid"],
        admin1_variants=["Shamal Kurdufan", "North Kurdufan"],
        fatalities_note="health ministry 17; Emergency Lawyers 21; conservative 17",
        actor_note="attribution is the government's accusation; RSF did not comment"),
     ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-11-06", ["2026-11-06", "2026-11-06"], "Sudan", "North Kordofan", "Bara",
        SAF + ["Sudanese Air Force"], RSF, fat=None, admin1_variants=["Shamal Kurdufan", "North Kurdufan"]),
     ev("E3", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-07", ["2026-11-07", "2026-11-08"], "Sudan", "South Kordofan", "Kadugli",
        RSF + SPLMN, civ("Sudan"), fat=[5, 5], admin1_variants=["Janub Kurdufan", "South Kurdufan"],
        summary="shells on Hajar al-Mak neighbourhood late Saturday until midnight")])
DOCS.append((A, G))
