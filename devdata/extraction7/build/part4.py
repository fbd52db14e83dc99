"""ext7-13 .. ext7-16. Written blind (dev only)."""
from common import *

BIFF = ["BIFF: Bangsamoro Islamic Freedom Fighters", "Bangsamoro Islamic Freedom Fighters", "BIFF",
        "BIFF-Karialan faction", "Dawlah Islamiyah"]
PHL_MIL = mil("Philippines", ["Philippine Army", "Armed Forces of the Philippines", "AFP", "6th Infantry Division"])
MAUTE = ["Maute Group", "Islamic State (Philippines)", "Islamic State East Asia Province", "Abu Sayyaf", "ISIS"]
JNIM = ["JNIM: Group for Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims"]
MALI_MIL = mil("Mali", ["Military Forces of Mali (2021-)", "Malian army", "FAMa"])
AMBA = ["Ambazonian Separatists", "Anglophone separatists", "Amba Boys", "separatist fighters", "Unidentified Armed Group (Cameroon)"]
CMR_MIL = mil("Cameroon", ["Cameroonian army"])
KUKI = ["Kuki Ethnic Militia (India)", "Kuki militants", "Kuki armed group", "Kuki National Army", "Kuki-Zo militants",
        "Unidentified Armed Group (India)"]
MEITEI = ["Meitei Ethnic Militia (India)", "Meitei militants", "Meitei armed group", "Arambai Tenggol",
          "village volunteers", "Unidentified Armed Group (India)"]

DOCS = []

# ---------------------------------------------------------------- 13 wire, Philippines
t = """
Philippine troops clash with pro-IS militants in Maguindanao; bomb found on highway

COTABATO CITY, Philippines, Nov 14 (Global Wire) - Philippine soldiers fought a gun battle with pro-Islamic State militants in the southern province of Maguindanao del Sur on Thursday, leaving three militants and one soldier dead, the military said.

Troops of the army's 6th Infantry Division were pursuing a group of about 20 fighters of the Bangsamoro Islamic Freedom Fighters (BIFF) near a marsh in Datu Saudi Ampatuan town when they came under fire, division spokesman Lieutenant Colonel Ramon Dizon said. The fighting lasted about two hours.

"Our troops pressed on and the enemy withdrew into the marshland, leaving behind three of their dead," Dizon said. Four soldiers were wounded and were flown to a military hospital in Cotabato City.

A day later, on Friday, soldiers found a bomb made from a mortar round and a mobile phone on the side of the national highway in Shariff Aguak, about 10 km away, and safely detonated it. The army believes the same group planted the device to target military trucks.

Local officials said hundreds of families from villages near the marsh had moved to evacuation centres. The provincial governor appealed for food aid.

The BIFF, a breakaway faction of the Moro Islamic Liberation Front (MILF), rejected a 2014 peace deal between the MILF and the government and some of its members later pledged allegiance to Islamic State. Its ranks have been shrinking, with hundreds of fighters surrendering in recent years, the military says.

Security in the Muslim south has improved since the creation of the Bangsamoro autonomous region, but small armed groups still carry out bombings and ambushes. Memories remain fresh of the 2017 siege of Marawi City, where Islamic State-inspired fighters held parts of the city for five months.

In Manila, the defence secretary said the government would not allow "remnants of terrorist groups" to derail preparations for the region's parliamentary elections.

The military said operations were continuing on Saturday.

(Reporting by Global Wire's Manila bureau)
"""
a = article("ext7-13", "2026-11-14", "Global Wire (international wire service)",
            "Philippine troops clash with pro-IS militants in Maguindanao; bomb found on highway", t)
g = gold("ext7-13", "2026-11-14", ["Cotabato City", "Manila"], [
    ev("E1", "Battles", "Armed clash", "2026-11-12", ("2026-11-12", "2026-11-12"),
       "Philippines", "Maguindanao del Sur", "Datu Saudi Ampatuan", PHL_MIL, BIFF, fat=[4, 4],
       admin1_variants=["Maguindanao", "Bangsamoro", "BARMM", "Bangsamoro Autonomous Region in Muslim Mindanao"],
       summary="army and BIFF fought for two hours near a marsh in Datu Saudi Ampatuan; 3 militants, 1 soldier killed",
       date_note="published Saturday 14 Nov; 'on Thursday' = 12 Nov"),
    ev("E2", "Strategic developments", "Disrupted weapons use", "2026-11-13", ("2026-11-13", "2026-11-13"),
       "Philippines", "Maguindanao del Sur", "Shariff Aguak", PHL_MIL, BIFF + uag("Philippines"), fat=None,
       admin1_variants=["Maguindanao", "Bangsamoro", "BARMM", "Bangsamoro Autonomous Region in Muslim Mindanao"],
       summary="soldiers found and detonated an IED on the highway in Shariff Aguak",
       date_note="'on Friday' = 13 Nov", trap_note="a safely detonated found bomb is not an explosion event"),
    ev("B1", "Battles", "Non-state actor overtakes territory", "2017", ("2017-01-01", "2017-12-31"),
       "Philippines", "Lanao del Sur", "Marawi City", MAUTE, PHL_MIL, background=True,
       date_note="'the 2017 siege' - year only", location_alternatives=["Marawi"],
       sub_event_alternatives=["Armed clash"], summary="siege of Marawi, 2017"),
], "international wire service")
g["events"][2]["date"] = None
DOCS.append((a, g))

# ---------------------------------------------------------------- 14 national daily analysis, Mali (no new event)
t = """
ANALYSIS: Two years after the attack on Bamako, Mali's war has changed shape

When fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) stormed a gendarmerie training school and the military airport in Bamako on 17 September 2024, many Malians believed the capital had been attacked for the first time in a decade. The assault, which killed dozens of trainee gendarmes, shattered the idea that the war belonged to the distant north and centre.

Two years on, the conflict looks very different. JNIM no longer needs to strike the capital to make itself felt there. Its blockade of fuel imports, which began in September 2025, emptied petrol stations for weeks and closed schools and universities across the country. Convoys of tanker trucks from Senegal and Côte d'Ivoire have been ambushed and burned repeatedly, and drivers now demand triple pay to make the trip.

The group has also moved west. On 1 July 2025, its fighters attacked army positions in Kayes and several towns near the Senegalese border in a single morning, a show of reach that analysts say marked a turning point. Attacks in the Kayes and Sikasso regions, once considered safe, have risen every year since.

"The jihadists have understood that they don't need to hold towns. They need to hold roads," said a researcher at a think tank in Dakar who follows the Sahel. "Every closed road is a town under siege."

The military government, which has ruled since the 2020 and 2021 coups, points to its own gains. It highlights the recapture of Kidal from Tuareg-led rebels in November 2023 as proof that the army, backed by Russian forces, can win. Officials say hundreds of militants have been "neutralised" this year.

Independent figures tell a different story. According to conflict data compiled by researchers, more than 4,000 people were killed in political violence in Mali last year, about a third of them civilians. Drone strikes by the army and its partners account for a growing share of civilian deaths, rights groups say, while jihadist groups have besieged dozens of villages that refused to pay zakat.

At a conference in Dakar last week, diplomats from the region discussed whether the Alliance of Sahel States, formed by Mali, Burkina Faso and Niger after their break with the West African bloc ECOWAS, can coordinate its armies. Few expected quick results.

For ordinary Malians, the war is measured in prices. A litre of fuel in Bamako now costs almost double what it did two years ago. "We have learned to live with it," said a motorcycle taxi driver. "That is the worst part."
"""
a = article("ext7-14", "2026-11-24", "L'Observateur du Sahel (national daily, analysis page)",
            "ANALYSIS: Two years after the attack on Bamako, Mali's war has changed shape", t)
g = gold("ext7-14", "2026-11-24", ["Dakar"], [
    ev("B1", "Battles", "Armed clash", "2024-09-17", ("2024-09-17", "2024-09-17"),
       "Mali", "Bamako", "Bamako", JNIM, MALI_MIL + ["gendarmes"], fat=[12, 12], claimed=JNIM, background=True,
       admin1_variants=["District de Bamako", "Bamako District"],
       summary="JNIM attack on the gendarmerie school and airport, 17 Sept 2024 ('dozens' -> 12)"),
    ev("B2", "Battles", "Armed clash", "2025-07-01", ("2025-07-01", "2025-07-01"),
       "Mali", "Kayes", "Kayes", JNIM, MALI_MIL, background=True,
       summary="JNIM attacks on Kayes and border towns, 1 July 2025"),
    ev("B3", "Battles", "Government regains territory", "2023-11", ("2023-11-01", "2023-11-30"),
       "Mali", "Kidal", "Kidal", MALI_MIL + ["Wagner Group", "Russian forces"],
       ["CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", "CSP-PSD",
        "Tuareg-led rebels", "CMA"], background=True, summary="recapture of Kidal, November 2023"),
], "national daily (analysis, no new event)",
   about="hard negative: analysis piece full of past violence, generic plurals and statistics; no new ACLED event")
DOCS.append((a, g))

# ---------------------------------------------------------------- 15 local radio memorial, Cameroon (no new event)
t = """
Kumba remembers: six years after the school massacre, families still wait for justice

Candles, white clothes and a long silence. On Saturday morning, hundreds of parents, pupils and teachers gathered in front of Mother Francisca International Bilingual Academy in Kumba to remember the seven children killed there on 24 October 2020.

The ceremony began with a Mass led by the parish priest, who read the names of the seven pupils one by one. Some mothers could not hold back their tears. "My daughter would be 18 now. She wanted to be a doctor," one mother told Ndian Valley Radio, holding a framed photograph.

Gunmen stormed the school that afternoon six years ago and opened fire on pupils in a classroom, also wounding more than a dozen others. The government blamed Anglophone separatists; separatist leaders denied it. The attack drew condemnation from the United Nations and the Pope, and for a moment the world looked at the crisis in the North-West and South-West regions.

For many families, the promise of justice has not been kept. A case against suspects in the attack has been adjourned several times before the military court in Buea. Lawyers for the families say they have not been informed of the next hearing date.

The anniversary came as the town continues to live with the conflict. Ghost town days are still observed on some Mondays, and parents say that schools in the surrounding villages remain closed because of threats from armed groups. Separatist fighters and the army have both been accused of killings and burning houses in the region since the crisis turned violent in 2017.

Residents also recalled the Ngarbuh massacre of February 2020 in the North-West region, in which more than 20 civilians, many of them children, were killed. A soldiers' trial over that killing at the military court in Yaoundé has dragged on for years.

The mayor of Kumba, who laid a wreath, urged all sides to keep schools out of the conflict. "Let our children learn. Let them live," he said.

After the ceremony, pupils released white balloons into the sky. The school's proprietor said a memorial garden with seven trees will be inaugurated next year.

A peace walk organised by church groups is planned for next Saturday from the main market to the school.

Ndian Valley Radio, Kumba
"""
a = article("ext7-15", "2026-10-24", "Ndian Valley Radio (local radio website, Kumba)",
            "Kumba remembers: six years after the school massacre, families still wait for justice", t)
g = gold("ext7-15", "2026-10-24", ["Buea", "Yaoundé"], [
    ev("B1", "Violence against civilians", "Attack", "2020-10-24", ("2020-10-24", "2020-10-24"),
       "Cameroon", "Sud-Ouest", "Kumba", AMBA + uag("Cameroon"), civ("Cameroon", ["pupils"]), fat=[7, 7],
       background=True, admin1_variants=["South-West", "Southwest"], summary="Kumba school attack, 24 Oct 2020"),
    ev("B2", "Violence against civilians", "Attack", "2020-02", ("2020-02-01", "2020-02-29"),
       "Cameroon", "Nord-Ouest", "Ngarbuh", CMR_MIL, civ("Cameroon"), fat=[20, 20], background=True,
       admin1_variants=["North-West", "Northwest"], summary="Ngarbuh massacre, February 2020 ('more than 20')"),
], "local radio website (memorial, no new event)",
   about="hard negative: anniversary piece; only background violence, court cases, planned peace walk",
   removed_lines=["Ndian Valley Radio, Kumba"])
DOCS.append((a, g))

# ---------------------------------------------------------------- 16 national daily, India
t = """
Two killed as gunfight erupts on Bishnupur-Churachandpur foothills; 'commander' held

Imphal, October 29: Two men were killed and three others injured in a gunfight between armed groups of the Kuki and Meitei communities in the Phougakchao Ikhai area of Bishnupur district on Wednesday, police said, reviving fears of fresh violence along the valley's southern edge.

According to police, armed men positioned on the hills opened fire on village volunteers guarding bunkers near the paddy fields at around 4.30 pm, and the volunteers returned fire. The exchange went on intermittently for nearly three hours until central forces moved into the buffer zone. The two dead, both from a village in the foothills, were identified as members of a village defence group. The injured were taken to the Regional Institute of Medical Sciences (RIMS) in Imphal.

Kuki-Zo bodies in Churachandpur alleged that the firing was started by "valley-based militants" who had tried to cross into the buffer zone, and said two farmers from a hill village had been injured. The claims could not be independently verified.

On Thursday, a joint team of Manipur Police and Assam Rifles arrested a self-styled commander of a Kuki armed group from a hideout in Churachandpur town, along with an AK-47 rifle and ammunition, officials said. He is suspected of involvement in several firing incidents in the foothills, they said.

The state's security adviser held a review meeting in Imphal and ordered additional deployment in vulnerable areas. In New Delhi, the Union Home Ministry said it was monitoring the situation.

Manipur has been gripped by ethnic violence since May 3, 2023, when clashes broke out in Churachandpur after a tribal solidarity march, spreading within days across the state. More than 250 people have been killed and about 60,000 displaced since then, according to official figures.

Incidents of firing in the foothills have declined this year compared with 2023 and 2024, officials say, but sporadic gunfights continue, and thousands of displaced families still live in relief camps. Civil society groups in the valley have announced a sit-in in Imphal on Saturday to demand the removal of bunkers from the foothills.

Both communities have held several rallies in recent months. Political parties have urged the Centre to restart dialogue between the two sides.
"""
a = article("ext7-16", "2026-10-30", "The Eastern Standard (Indian national daily)",
            "Two killed as gunfight erupts on Bishnupur-Churachandpur foothills; 'commander' held", t)
g = gold("ext7-16", "2026-10-30", ["Imphal", "New Delhi"], [
    ev("E1", "Battles", "Armed clash", "2026-10-28", ("2026-10-28", "2026-10-28"),
       "India", "Manipur", "Phougakchao Ikhai", KUKI, MEITEI, fat=[2, 2], location_alternatives=["Bishnupur"],
       summary="Kuki and Meitei armed groups exchanged fire for three hours at Phougakchao Ikhai; 2 killed",
       date_note="dateline Thursday 29 Oct, published Friday 30 Oct; 'on Wednesday' = 28 Oct",
       actor_note="who fired first is disputed; either side may be actor1"),
    ev("E2", "Strategic developments", "Arrests", "2026-10-29", ("2026-10-29", "2026-10-29"),
       "India", "Manipur", "Churachandpur", pol("India", ["Manipur Police", "Assam Rifles", "Military Forces of India"]),
       KUKI, fat=None, summary="police and Assam Rifles arrested a Kuki armed group 'commander' in Churachandpur",
       date_note="'On Thursday' = 29 Oct"),
    ev("B1", "Riots", "Violent demonstration", "2023-05-03", ("2023-05-03", "2023-05-03"),
       "India", "Manipur", "Churachandpur", riot("India") + ["Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"],
       None, background=True, sub_event_alternatives=["Mob violence", "Armed clash"],
       summary="clashes broke out in Churachandpur on 3 May 2023"),
], "national daily")
DOCS.append((a, g))
