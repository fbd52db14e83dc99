from lib import article, doc, ev, mil, civ, uag, pol

ISM = ["Islamic State Mozambique Province", "ISM", "IS Mozambique", "Islamic State (Mozambique)",
       "Ahlu Sunnah Wa-Jama", "ASWJ", "Al Shabaab (Mozambique)", "al-Shabaab (Mozambique)", "Islamic State",
       "insurgents", "machababos"]
FL = ["Forca Local", "Força Local", "Local Force", "Local Force Militia", "Forca Local Militia",
      "Communal Militia (Mozambique)", "local militia"]
MOZ = mil("Mozambique", "FADM", "Mozambican Defence Armed Forces")

a4 = article("ext3-04", "Insurgents decapitate three people in Chai, Macomia", "2026-04-15", """
Insurgents decapitate three people in Chai, Macomia

Pemba, 15 April (translated from Portuguese)

Three men were decapitated this Saturday by insurgents in the village of Chai, in the district of Macomia, province of Cabo Delgado, according to sources of the populations contacted by our reporting.

The armed men, who the local residents call "machababos", entered the aforementioned village in the afternoon of this Saturday coming from the bush of the coast. They captured the three men who were returning from the machambas (fields) and cut their heads in front of other residents. After that the same ones set fire to about twenty houses built of local material and took food from the shops.

"We ran to the bush with the children. When we returned on Sunday we found the bodies," told a resident who asked not to be identified for fear of reprisals.

The Islamic State reivindicated the attack through its propaganda channels, affirming that its soldiers killed "four Christians" in Cabo Delgado. Our reporting only could confirm three deaths.

It is worth noting that on Sunday, elements of the Local Force, a militia composed of former combatants and residents, confronted a group of insurgents near the locality of Mucojo, in the same district. According to a commander of the Local Force, two insurgents were killed and one AK-47 weapon was recovered. There was no report of losses on the side of the militia.

The district of Macomia has been one of the most affected by the terrorism since 2017. In May 2024 the insurgents occupied the district headquarters, the town of Macomia, for two days, looting the stores and the humanitarian warehouses, before withdrawing.

The governor of Cabo Delgado, speaking on Monday in Pemba, appealed to the populations to collaborate with the Defence and Security Forces and to denounce suspected people. The Mozambican and Rwandan forces did not comment on the attack of Chai.

According to humanitarian sources, more than 1,500 people left Chai and the neighbouring villages towards the town of Macomia and the district of Ancuabe since the weekend.
""", source="Cabo Delgado news site (fictional), machine-translated from Portuguese", original_language="pt")

d4 = doc(a4, [
    ev("E1", "Violence against civilians", "Attack", "2026-04-11", "Mozambique", "Cabo Delgado", "Chai",
       ISM + uag("Mozambique"), actor2=civ("Mozambique"), claimed_by=ISM, fatalities=[3, 3],
       fatalities_note="three confirmed; IS claims four. Conservative 3.",
       summary="insurgents behead three men, burn about 20 houses and loot shops in Chai (one event: the attack is the most severe part)"),
    ev("E2", "Battles", "Armed clash", "2026-04-12", "Mozambique", "Cabo Delgado", "Mucojo",
       FL, actor2=ISM, fatalities=[2, 2]),
    ev("E3", "Battles", "Non-state actor overtakes territory", "2024-05", "Mozambique", "Cabo Delgado", "Macomia",
       ISM, actor2=MOZ, background=True,
       summary="May 2024 occupation of Macomia town for two days (background)"),
], not_event_locations=["Pemba", "Ancuabe"])

FANO = ["Fano", "Fano Militia", "Amhara Fano", "Fano militias", "Amhara Fano National Movement", "AFNM",
        "Amhara Ethnic Militia (Ethiopia)"]
ETH = mil("Ethiopia", "Military Forces of Ethiopia (2018-)", "Ethiopian National Defense Force", "ENDF",
          "Ethiopian army", "Ethiopian Air Force", "federal forces", "federal government")

a5 = article("ext3-05", "LIVE: Drone strike on Jiga market in Amhara; fighting in Dembecha", "2026-05-06", """
LIVE: Drone strike on Jiga market in Amhara; fighting in Dembecha

Last updated 18:40 EAT. Refresh for the latest.

18:40 - Death toll rises to 13
A medical official at the hospital in Finote Selam, where most of the wounded were taken, tells us the number of people killed in this morning's drone strike on the market in Jiga has risen to 13, including four children. Around 30 people are being treated for injuries.

17:10 - Protest in Bahir Dar dispersed
In the regional capital Bahir Dar, police used batons to break up a small gathering of relatives of detainees outside the regional police commission this afternoon. A witness said about 20 people were taken away in police trucks. The group had been demanding news of men arrested during last month's curfew.

16:05 - Government: strike targeted "extremist" fighters
The federal government's communication service says in a statement that the operation in West Gojjam "targeted a gathering of extremist Fano militants" and that "no civilian area was hit". It gives no figure.

14:20 - Fano fighters say they control Dembecha
A spokesman for a Fano command in Gojjam says its fighters took Dembecha, about 40 km from Jiga, after fighting through the night with the Ethiopian National Defense Force. Two residents we reached by phone said gunfire went on from about midnight until dawn and that Fano fighters were patrolling the main road and had raised their flag over the town administration office by morning. The army has not commented. The spokesman said "dozens" of soldiers were killed; we cannot verify this.

11:30 - Drone strike reported on Jiga market
Residents of Jiga, in West Gojjam zone, say a drone struck the busy Wednesday market at about 10 am. A trader who was there said he counted at least eight bodies. Phone lines in the area are intermittent.

09:15 - Welcome
Good morning and welcome to our live coverage of the conflict in Ethiopia's Amhara region, where federal forces have been fighting Fano militias since August 2023, when the militias briefly took control of the towns of Lalibela and Gondar before the army pushed them out. A state of emergency has lapsed, but much of rural Gojjam remains contested.
""", source="East Africa live desk (fictional)")

d5 = doc(a5, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-05-06", "Ethiopia", "Amhara", "Jiga",
       ETH, actor2=civ("Ethiopia") + FANO, fatalities=[13, 13],
       fatalities_note="first report 'at least eight', revised to 13 by the hospital; the revised figure is the event's",
       place_note="wounded were taken to Finote Selam; the strike was in Jiga (West Gojjam)"),
    ev("E2", "Protests", "Protest with intervention", "2026-05-06", "Ethiopia", "Amhara", "Bahir Dar",
       ["Protesters (Ethiopia)", "Protesters", "relatives of detainees"], actor2=pol("Ethiopia", "Police Forces of Ethiopia (2018-)", "police"),
       fatalities=None),
    ev("E3", "Battles", "Non-state actor overtakes territory", "2026-05-06", "Ethiopia", "Amhara", "Dembecha",
       FANO, actor2=ETH, window=["2026-05-05", "2026-05-06"], fatalities=None,
       fatalities_note="only the Fano spokesman's unverified 'dozens'; no credible figure (null, or 12 if the claim is taken)",
       summary="overnight fighting; residents confirm Fano control of Dembecha by morning"),
    ev("E4", "Battles", "Non-state actor overtakes territory", "2023-08", "Ethiopia", "Amhara", "Lalibela",
       FANO, actor2=ETH, background=True, summary="August 2023 Fano seizure of Lalibela and Gondar (background)"),
    ev("E5", "Battles", "Non-state actor overtakes territory", "2023-08", "Ethiopia", "Amhara", "Gondar",
       FANO, actor2=ETH, background=True, summary="August 2023 Fano seizure of Gondar (background)"),
    ev("E6", "Battles", "Government regains territory", "2023-08", "Ethiopia", "Amhara", "Lalibela",
       ETH, actor2=FANO, background=True, summary="the army pushed Fano out of Lalibela (background; month as for the seizure)",
       window=["2023-08-01", "2023-09-30"]),
    ev("E7", "Battles", "Government regains territory", "2023-08", "Ethiopia", "Amhara", "Gondar",
       ETH, actor2=FANO, background=True, summary="the army pushed Fano out of Gondar (background)",
       window=["2023-08-01", "2023-09-30"]),
], not_event_locations=["Finote Selam"])

RSF = ["Rapid Support Forces", "RSF", "Rapid Support militia", "the terrorist militia", "Janjaweed"]
SAF = mil("Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese Air Force", "the armed forces")

a6 = article("ext3-06", "Seven civilians martyred in militia drones attack on El Obeid", "2026-05-20", """
Seven civilians martyred in militia drones attack on El Obeid

Port Sudan - (translated from Arabic)

Seven civilians were martyred and more than twenty others were wounded, on Monday, when the drones of the Rapid Support militia targeted the Al-Qubba neighbourhood and a fuel station in the city of El Obeid, the capital of North Kordofan State, according to a statement of the official spokesman of the armed forces.

For its part, the Sudan Doctors Network said in a statement that the number of the martyrs reached eleven, among them three women, and accused the militia of targeting the civilians and the vital facilities deliberately.

It is worth mentioning that the militia stormed, on Saturday, the village of Kazgil, south of El Obeid, where its elements looted the shops and the livestock of the citizens and burned a number of houses, according to the residents who reached the city. No casualties were reported in the aforementioned village.

In another context, the air force of the armed forces carried out, on Tuesday, air raids on the positions and gatherings of the militia in the city of Nyala, the capital of South Darfur State. A medical source in the city said that 15 people were killed in a raid that hit the vicinity of the big market, while the armed forces said that the raids targeted "militia gatherings and a depot of weapons and fuel" and destroyed them completely.

The Rapid Support militia took control of the city of El Fasher, the capital of North Darfur State, in last October, after a siege which lasted for more than a year, and since then the militia has been concentrating its attacks on the cities of Kordofan.

The Ministry of Foreign Affairs in Port Sudan condemned the attack on El Obeid and called the international community to classify the militia as a terrorist organization.
""", source="Sudanese news agency (fictional), machine-translated from Arabic", original_language="ar")

d6 = doc(a6, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-05-18", "Sudan", "North Kordofan", "El Obeid",
       RSF, actor2=civ("Sudan"), fatalities=[7, 7],
       fatalities_note="army 7, Sudan Doctors Network 11; conservative 7", location_alternatives=["Al-Ubayyid", "Al Obeid"],
       admin1_variants=["North Kurdufan", "Shamal Kurdufan"]),
    ev("E2", "Strategic developments", "Looting/property destruction", "2026-05-16", "Sudan", "North Kordofan", "Kazgil",
       RSF, actor2=civ("Sudan"), fatalities=[0, 0], admin1_variants=["North Kurdufan", "Shamal Kurdufan"]),
    ev("E3", "Explosions/Remote violence", "Air/drone strike", "2026-05-19", "Sudan", "South Darfur", "Nyala",
       SAF, actor2=RSF + civ("Sudan"), fatalities=[15, 15]),
    ev("E4", "Battles", "Non-state actor overtakes territory", "2025-10", "Sudan", "North Darfur", "El Fasher",
       RSF, actor2=SAF, background=True, summary="RSF takeover of El Fasher last October (background)"),
], not_event_locations=["Port Sudan"])

ITEMS = [(a4, d4), (a5, d5), (a6, d6)]
