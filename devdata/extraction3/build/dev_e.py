from lib import article, doc, ev, mil, civ, uag, pol

MMR = mil("Myanmar", "Military Forces of Myanmar (2021-)", "Myanmar military", "junta", "the regime", "Tatmadaw",
          "State Administration Council", "Myanmar Air Force")
AA = ["Arakan Army", "AA", "United League of Arakan", "ULA/AA"]
MNDAA = ["Myanmar National Democratic Alliance Army", "MNDAA", "Kokang army"]
PDF = ["People's Defence Force", "PDF", "People's Defense Force", "PDF: People's Defence Force", "Kani Township PDF",
       "National Unity Government", "NUG"]

a13 = article("ext3-13", "Junta airstrike kills 11 in Depayin; AA overruns base near Kyaukphyu", "2026-09-02", """
Junta airstrike kills 11 in Depayin; AA overruns base near Kyaukphyu

By our correspondent - September 2, 2026

A junta airstrike on a village in Depayin Township, Sagaing Region, killed 11 villagers, including three children, on Sunday afternoon, local resistance sources and residents said. We are withholding the name of the village at the request of residents who fear further attacks.

A Yak-130 jet dropped two bombs on the village at around 3 pm while people were gathered for a novice ordination ceremony, a resident said. Around 20 people were injured. There were no resistance fighters in the village at the time, he added.

In Rakhine State, the Arakan Army (AA) said on Tuesday it had seized the last regime battalion base on the outskirts of Kyaukphyu town on Monday after weeks of fighting. The AA said it captured dozens of soldiers and large amounts of weapons. The regime has not commented. Kyaukphyu is home to Chinese-backed oil and gas facilities and a planned deep-sea port.

Meanwhile in northern Shan State, the Myanmar National Democratic Alliance Army (MNDAA) handed the town of Hsenwi back to regime forces last week under a ceasefire deal brokered by China, according to a statement from the group. Regime troops entered the town without fighting, residents said.

In Kani Township, Sagaing Region, the local People's Defence Force battalion said that 120 young people had joined its ranks in August, many of them fleeing the regime's military conscription.

Myanmar has been in turmoil since the military seized power in a coup on February 1, 2021.

Read more:
- Regime conscription: thousands flee to Thailand
- Mandalay power cuts worsen

Share | Tweet | Email
""", source="Myanmar exile news site (fictional)")

d13 = doc(a13, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-08-30", "Myanmar", "Sagaing", "Depayin", MMR,
       actor2=civ("Myanmar"), fatalities=[11, 11], location_alternatives=["Tabayin", "Dipeyin"],
       place_note="unnamed village in Depayin Township: township-level location (geo precision 2)"),
    ev("E2", "Battles", "Non-state actor overtakes territory", "2026-08-31", "Myanmar", "Rakhine", "Kyaukphyu", AA,
       actor2=MMR, fatalities=None, location_alternatives=["Kyaukpyu"]),
    ev("E3", "Strategic developments", "Non-violent transfer of territory", None, "Myanmar", "Shan", "Hsenwi", MNDAA + MMR,
       actor2=MMR, window=["2026-08-24", "2026-09-01"], fatalities=[0, 0], admin1_variants=["Shan-North", "Shan State", "Northern Shan"],
       location_alternatives=["Theinni"], date_note="'last week' (week precision)"),
    ev("E4", "Strategic developments", "Change to group/activity", "2026-08", "Myanmar", "Sagaing", "Kani", PDF,
       actor2=civ("Myanmar", "young people", "recruits"), summary="120 recruits joined the Kani PDF battalion in August",
       location_alternatives=["Kani Township"]),
    ev("E5", "Strategic developments", "Other", "2021-02-01", "Myanmar", None, None, MMR, background=True,
       summary="military coup of 1 February 2021 (background)"),
], not_event_locations=["Thailand", "Mandalay"],
   removed_lines=["Read more:", "- Regime conscription: thousands flee to Thailand", "- Mandalay power cuts worsen",
                  "Share | Tweet | Email", "By our correspondent - September 2, 2026"])

PHL = mil("Philippines", "Military Forces of the Philippines (2022-)", "Armed Forces of the Philippines", "AFP",
          "Philippine Army", "8th Infantry Division", "army")
NPA = ["New People's Army", "NPA", "CPP-NPA", "CPP/NPA", "Communist Party of the Philippines", "communist terrorist group", "CTG"]

a14 = article("ext3-14", "2 NPA rebels killed in Northern Samar clash", "2026-09-16", """
2 NPA rebels killed in Northern Samar clash

By Ma. Theresa Lagunzad | September 16, 2026 | Catarman

TWO suspected members of the New People's Army (NPA) were killed in a clash with government troops in the hinterlands of Las Navas, Northern Samar, on Saturday morning, the Philippine Army's 8th Infantry Division said.

Soldiers on patrol encountered around 15 rebels in a forested area of Barangay Capoto-an, triggering a firefight that lasted about 30 minutes, according to the division's spokesperson. One soldier was slightly wounded. Troops recovered two bodies, three M16 rifles and an improvised explosive device at the site after the rebels withdrew.

"We call on the remaining members of this dwindling group to return to the fold of the law," the spokesperson said.

On Monday, three NPA members, including a squad leader, surrendered to the army in Catarman and turned over two firearms, the division added. They will receive assistance under the government's reintegration program.

READ MORE: Eastern Visayas rice farmers get fertilizer subsidy

Meanwhile, in Mindanao, police said unidentified men on a motorcycle lobbed a grenade at the house of a barangay chairman in Datu Piang, Maguindanao del Sur, on Sunday night. The explosion wounded the chairman's wife and a nephew. Police are looking into a possible political rivalry ahead of the barangay polls.

Follow us on Facebook and X for more regional news.
""", source="Regional daily, Eastern Visayas (fictional)")

d14 = doc(a14, [
    ev("E1", "Battles", "Armed clash", "2026-09-12", "Philippines", "Eastern Visayas", "Las Navas", PHL, actor2=NPA,
       fatalities=[2, 2], admin1_variants=["Northern Samar", "Region VIII"],
       place_note="ACLED's admin1 for the Philippines is the region; the province (Northern Samar) is admin2",
       summary="one Battles event; weapons recovered after the clash are part of it"),
    ev("E2", "Strategic developments", "Change to group/activity", "2026-09-14", "Philippines", "Eastern Visayas", "Catarman",
       NPA, actor2=PHL, required=False, admin1_variants=["Northern Samar", "Region VIII"],
       summary="three NPA members surrender; borderline"),
    ev("E3", "Explosions/Remote violence", "Grenade", "2026-09-13", "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao",
       "Datu Piang", uag("Philippines", "unidentified men"), actor2=civ("Philippines", "barangay chairman"),
       window=["2026-09-13", "2026-09-14"], fatalities=None, admin1_variants=["BARMM", "Maguindanao del Sur", "Maguindanao"]),
], removed_lines=["READ MORE: Eastern Visayas rice farmers get fertilizer subsidy", "Follow us on Facebook and X for more regional news.",
                  "By Ma. Theresa Lagunzad | September 16, 2026 | Catarman"])

IND = mil("India", "Military Forces of India (2014-)", "Indian Army", "army", "security forces")
MAO = ["Communist Party of India (Maoist)", "CPI (Maoist)", "CPI(Maoist)", "Maoists", "Naxalites", "Maoist rebels"]
DRG = pol("India", "Police Forces of India (2014-)", "District Reserve Guard", "DRG", "Police Forces of India (2014-) District Reserve Guard")

a15 = article("ext3-15", "NATION IN BRIEF", "2026-10-07", """
NATION IN BRIEF

Two DRG jawans killed in IED blast in Bijapur
RAIPUR: Two jawans of the District Reserve Guard (DRG) were killed and three others injured when Maoists triggered an improvised explosive device under their vehicle near Kutru in Bijapur district of Chhattisgarh on Tuesday, police said. The team was returning from an anti-Maoist operation. Senior officers said a search had been launched in the area.

Meira Paibis stopped from marching to Raj Bhavan
IMPHAL: Police fired tear gas shells to stop hundreds of women of the Meira Paibi groups who were marching towards Raj Bhavan in Imphal on Monday evening with torches, demanding the release of five youths detained by central forces. Several women fainted and were treated at a hospital. The march was otherwise peaceful, the organisers said.

Two infiltrators killed on LoC in Kupwara
SRINAGAR: Two militants were killed as the Army foiled an infiltration bid along the Line of Control in the Machil sector of Kupwara district on Monday night, a defence spokesperson said. Two AK rifles and ammunition were recovered.

Farmers' sit-in enters second day in Ludhiana
LUDHIANA: Farmers under the banner of several unions continued their sit-in outside the deputy commissioner's office in Ludhiana on Tuesday, demanding compensation for crops damaged by floods. The protest remained peaceful.

NIA arrests three for 'IS links'
BENGALURU: The National Investigation Agency (NIA) has arrested three persons in Bengaluru for allegedly spreading Islamic State propaganda online and raising funds for the group, the agency said on Tuesday. They were produced in a special court.

Ferry service resumes in Kochi
KOCHI: The Water Metro resumed services on all routes on Tuesday after a two-day suspension due to heavy rain.
""", source="Indian daily, national page (fictional)")

d15 = doc(a15, [
    ev("E1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-10-06", "India", "Chhattisgarh", "Kutru", MAO,
       actor2=DRG, fatalities=[2, 2], location_alternatives=["Bijapur"]),
    ev("E2", "Protests", "Protest with intervention", "2026-10-05", "India", "Manipur", "Imphal",
       ["Protesters (India)", "Protesters", "Meira Paibi", "Meira Paibis", "women"], actor2=pol("India", "police"), fatalities=None),
    ev("E3", "Battles", "Armed clash", "2026-10-05", "India", "Jammu and Kashmir", "Machil", IND,
       actor2=uag("India", "militants", "infiltrators"), window=["2026-10-05", "2026-10-06"], fatalities=[2, 2],
       location_alternatives=["Kupwara"], admin1_variants=["Jammu & Kashmir", "Kashmir"]),
    ev("E4", "Protests", "Peaceful protest", "2026-10-06", "India", "Punjab", "Ludhiana",
       ["Protesters (India)", "Protesters", "farmers"], fatalities=[0, 0],
       summary="second day of a sit-in (the first day, Monday, is also a peaceful protest; see E5)"),
    ev("E5", "Protests", "Peaceful protest", "2026-10-05", "India", "Punjab", "Ludhiana",
       ["Protesters (India)", "Protesters", "farmers"], fatalities=None, required=False,
       summary="first day of the sit-in, implied by 'enters second day'"),
    ev("E6", "Strategic developments", "Arrests", None, "India", "Karnataka", "Bengaluru", ["National Investigation Agency", "NIA"] + pol("India"),
       actor2=["Civilians (India)", "Islamic State", "suspected IS supporters"], window=["2026-09-30", "2026-10-06"], required=False,
       location_alternatives=["Bangalore"], summary="NIA arrests three; arrest date not given (announced Tuesday); borderline"),
], not_event_locations=["Raipur", "Srinagar", "Kochi"])

ITEMS = [(a13, d13), (a14, d14), (a15, d15)]
