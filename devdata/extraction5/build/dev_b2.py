from common import *

DOCS = []
TR = "translated local press"
MEX_MIL = mil("Mexico", ["Mexican Army", "Ejército Mexicano", "SEDENA", "elements of the Army",
              "Military Forces of Mexico (2024-) National Guard"], "2024-")
GRO_POL = pol("Mexico", ["State Police", "Guerrero State Police", "Policía Estatal"], "2024-")

# ---- ext5-09: translated from Spanish, Mexico (Guerrero) ----
T = """
Chilpancingo, Guerrero. — Three persons lost their lives this Saturday after armed subjects arrived to the community of Alcozacán, in the municipality of Chilapa de Álvarez, and opened fire against a family that was returning from working the milpa, according to reports of the community police of the zone.

According to the versions of inhabitants, the armed subjects arrived on board of two vans around the 16:00 hours and fired against a man of 52 years, his son of 19 years and a nephew of the first, who lost their lives in the place. A woman resulted injured by a projectile in the leg and was transferred to the General Hospital of Chilpancingo, where her state of health is reported as stable.

The community police, that since years denounces the siege of the criminal group Los Ardillos over the indigenous communities of the Montaña Baja, attributed the aggression to said criminal group and requested the intervention of the federal government. "They want that we abandon our lands," declared one of its coordinators, who asked to omit his name for fear of reprisals.

The following day, this Sunday, elements of the Mexican Army and of the State Police who carried out a route of surveillance on the road that connects Chilapa with Hueycantenango were attacked with shots of firearm by armed subjects at the height of the locality of Ayahualtempa. The elements repelled the aggression; one of the armed subjects lost his life and another one was detained, and there were secured two long weapons, magazines and a van with reports of theft, informed the Coordination Group Guerrero in a communiqué.

Until the closing of this edition, the State Prosecutor's Office had not informed if the two facts are related.

Translated from Spanish. Original published in a Guerrero regional daily.
Share on Facebook | Share on X
"""
A = article("ext5-09", "2026-09-28", "Guerrero regional press (translated)",
            "Armed subjects deprive of life three members of one family in Alcozacán, Chilapa", T, original_language="es")
G = gold("ext5-09", "2026-09-28", ["Share on Facebook | Share on X"], ["Chilpancingo", "Hueycantenango"],
    [ev("E1", "Violence against civilians", "Attack", "2026-09-26", ["2026-09-26", "2026-09-26"], "Mexico", "Guerrero", "Alcozacan",
        ARDILLOS + uag("Mexico", ["armed subjects"]), civ("Mexico", ["family", "indigenous farmers"]), fat=[3, 3],
        location_alternatives=["Alcozacán", "Chilapa de Alvarez", "Chilapa de Álvarez", "Chilapa"],
        summary="armed men shot a family returning from the fields in Alcozacán (Chilapa); 3 killed, a woman injured; community police blame Los Ardillos",
        date_note="published Monday 28 Sep; 'this Saturday' = 26 Sep",
        actor_note="attackers unnamed ('armed subjects'); Los Ardillos blamed by the community police"),
     ev("E2", "Battles", "Armed clash", "2026-09-27", ["2026-09-27", "2026-09-27"], "Mexico", "Guerrero", "Ayahualtempa",
        uag("Mexico", ["armed subjects"]) + ARDILLOS[:2], MEX_MIL + GRO_POL, fat=[1, 1],
        location_alternatives=["Chilapa de Alvarez", "Chilapa de Álvarez", "Chilapa", "Jose Joaquin de Herrera"],
        summary="Army and State Police patrol fired on near Ayahualtempa; one attacker killed, one detained, weapons seized",
        date_note="'The following day, this Sunday' = 27 Sep",
        sub_event_note="the detention and seizure belong to the clash event (not separate Arrests / Disrupted weapons use)",
        place_note="Ayahualtempa is in José Joaquín de Herrera municipality, on the Chilapa–Hueycantenango road")],
    style=TR)
DOCS.append((A, G))

# ---- ext5-10: translated from French, Cameroon (Far North) ----
T = """
MAROUA — The populations of Mozogo have lived once again a night of terror. In the night of Saturday 10 to Sunday 11 October 2026, elements of the terrorist sect Boko Haram made an incursion in the locality of Mozogo, in the department of the Mayo-Tsanaga, region of the Far North.

According to concordant sources, the assailants, numbering around forty and heavily armed, attacked around 23 hours the post of the elements of the army installed at the entrance of the locality. The elements of the Rapid Intervention Battalion (BIR) riposted with vigour. After more than two hours of exchanges of fire, the assailants were pushed back in the direction of the border with Nigeria.

The provisional balance sheet reports two soldiers who lost their lives and three others wounded, evacuated toward the regional hospital of Maroua. On the side of the enemy, six terrorists were neutralised, according to a military source who requested anonymity. Before taking the flight, the assailants set on fire around twenty huts and took away goats and sheep.

This incursion intervenes barely three days after the explosion of an improvised explosive device at Kolofata, in the department of the Mayo-Sava. On Thursday 8 October, a moto-taxi driver lost his life when his engine jumped on a device planted on the track that links Kolofata to Kerawa. His passenger, a trader, came out of it with wounds. The attack was not claimed, but the administrative authorities attribute the planting of such devices to the same terrorists.

The prefect of the Mayo-Tsanaga, who went on the spot on Sunday, invited the populations to collaborate with the forces of defence and security by denouncing every suspect movement. Some families have nevertheless begun to leave Mozogo for Mokolo, the departmental chief town.

Translated from French.
"""
A = article("ext5-10", "2026-10-13", "Far North regional weekly (translated)",
            "Mozogo: night of terror after a new incursion of Boko Haram", T, original_language="fr")
CMR_MIL = mil("Cameroon", ["BIR", "Rapid Intervention Battalion", "Bataillon d'Intervention Rapide",
              "Military Forces of Cameroon (1982-) Rapid Intervention Battalion", "Cameroonian army", "elements of the army"], "1982-")
FN = ["Far North", "Extreme-Nord", "Extrême-Nord", "Far-North", "Extreme North"]
G = gold("ext5-10", "2026-10-13", [], ["Maroua", "Mokolo"],
    [ev("E1", "Battles", "Armed clash", "2026-10-10", ["2026-10-10", "2026-10-11"], "Cameroon", "Far North", "Mozogo",
        JAS + ["Islamic State West Africa Province", "ISWAP"] + uag("Cameroon", ["assailants"]), CMR_MIL, fat=[2, 8],
        admin1_variants=FN,
        summary="about forty Boko Haram fighters attacked the army post at Mozogo; BIR fought back for two hours; 2 soldiers killed, 6 'neutralised'; huts burned, livestock taken",
        date_note="'the night of Saturday 10 to Sunday 11 October', attack around 23:00 on the 10th",
        fatalities_note="2 soldiers certain; plus 6 'neutralised' per an anonymous military source = 8",
        actor_note="'Boko Haram' in Cameroonian press may mean JAS or ISWAP; both accepted"),
     ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-10-08", ["2026-10-08", "2026-10-08"], "Cameroon", "Far North", "Kolofata",
        JAS + uag("Cameroon"), civ("Cameroon", ["moto-taxi driver"]), fat=[1, 1], admin1_variants=FN,
        location_alternatives=["Kerawa"],
        summary="moto-taxi hit an IED on the Kolofata–Kerawa track; driver killed, passenger wounded; not claimed, authorities blame the same group",
        date_note="'Thursday 8 October' (a Thursday in 2026)")],
    style=TR)
DOCS.append((A, G))

# ---- ext5-11: translated from Arabic, Yemen (Taiz) ----
T = """
Taiz — A child was martyred and three civilians, among them a woman, were injured on Friday evening, by an artillery shell launched by the terrorist Houthi militia, backed by Iran, on a residential neighbourhood in the city of Taiz.

A local source explained that the militia targeted with a mortar shell the neighbourhood of Al-Rawdah, in the east of the city, from its positions in the Al-Hawban area, which led to the martyrdom of the child Ahmed, nine years old, while he was playing in front of his house, and the injury of three others who were transported to Al-Thawra hospital to receive the necessary treatment.

The source pointed out that the militia continues its targeting of neighbourhoods and of civilians in the besieged city, in a flagrant violation of all the international laws and charters, in the light of a shameful silence of the international community.

In another context, the heroes of the national army repelled, at dawn today, Saturday, an attack of the Houthi militia on the positions of the army in the directorate of Maqbanah, west of the governorate.

A military source said that the elements of the army confronted the militia elements who tried to advance toward the positions in the area of Al-Kadahah, and forced them to retreat after inflicting on them heavy losses in lives and equipment. The source added that two of the heroes of the army rose as martyrs while performing their national duty, and that four others were wounded.

The source confirmed that the units of the army are in full readiness to confront any foolishness of the militia on all the fronts.

Translated from Arabic.
"""
A = article("ext5-11", "2026-11-07", "Taiz local news site (translated)",
            "Child martyred by Houthi shell in Taiz; army repels militia attack in Maqbanah", T, original_language="ar")
YEM_MIL = mil("Yemen", ["national army", "Yemeni army", "Yemeni National Army", "government forces",
              "Military Forces of Yemen (2017-)"], "2022-")
TAIZ = ["Taizz", "Taiz", "Ta'izz", "Ta'iz"]
G = gold("ext5-11", "2026-11-07", [], ["Al-Hawban", "Al Hawban"],
    [ev("E1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-06", ["2026-11-06", "2026-11-06"], "Yemen", "Taizz", "Taizz",
        HOUTHI, civ("Yemen", ["child"]), fat=[1, 1], admin1_variants=TAIZ,
        location_alternatives=["Taiz", "Taiz city", "Taizz City", "Al-Rawdah", "Al Rawdah"],
        summary="Houthi mortar shell on Al-Rawdah neighbourhood, east Taiz city; a child killed, 3 injured",
        date_note="published Saturday 7 Nov; 'Friday evening' = 6 Nov",
        place_note="Al-Hawban is where the shell was fired from, not where it fell"),
     ev("E2", "Battles", "Armed clash", "2026-11-07", ["2026-11-07", "2026-11-07"], "Yemen", "Taizz", "Maqbanah",
        HOUTHI, YEM_MIL, fat=[2, 2], admin1_variants=TAIZ,
        location_alternatives=["Maqbana", "Mocbana", "Al-Kadahah", "Al Kadahah", "Kadaha"],
        summary="army repelled a Houthi attack on positions in Maqbanah (Al-Kadahah area); 2 soldiers killed, 4 wounded",
        date_note="'at dawn today, Saturday' = 7 Nov, the day of publication",
        fatalities_note="2 soldiers; 'heavy losses in lives' on the Houthi side is not a figure")],
    style=TR)
DOCS.append((A, G))

# ---- ext5-12: translated from Burmese, Myanmar (Magway) ----
T = """
Pauk — About 80 houses in villages north of Pauk town in Pauk Township, Magway Region, were burned down by the troops of the terrorist military council, local residents said.

On September 27, a military council column of about 150 soldiers entered the villages on the road north of the town and set fire to houses one after another, a local resident said. "Because the villagers had already run away to the forest, there was no loss of life. But the rice stores and the cattle sheds also went on fire," he said. It is not yet known how many houses exactly are destroyed, because residents cannot go back to see.

On the morning of September 28, the revolutionary forces of the Pauk Township People's Defence Force fought with the same column for about three hours near the stream to the north of the town, and three soldiers of the military council lost their lives, said a spokesperson of the Pauk PDF. There was no casualty on the revolutionary side, he said. The column then withdrew toward the town.

The military council has not released any information on the burning or on the fighting. Since the coup of February 2021, the military council troops have burned down many thousands of houses in Magway and Sagaing regions, according to groups that collect data.

More than 3,000 villagers of the area are still taking shelter in the forest and in monasteries, and they are in need of rice, medicines and tarpaulins before the cold season, said a member of a local aid group.

(Translated from Burmese.)
"""
A = article("ext5-12", "2026-09-30", "Magway community news (translated)",
            "About 80 houses burned in Pauk Township by military council column", T, original_language="my")
MGW = ["Magway", "Magwe", "Magway Region", "Magwe Region", "Magway Division"]
G = gold("ext5-12", "2026-09-30", [], [],
    [ev("E1", "Strategic developments", "Looting/property destruction", "2026-09-27", ["2026-09-27", "2026-09-27"], "Myanmar", "Magway", "Pauk",
        TATMADAW, civ("Myanmar", ["villagers"]), fat=[0, 0], admin1_variants=MGW,
        summary="military column burned about 80 houses in villages north of Pauk; no loss of life (villagers had fled)",
        sub_event_note="arson with nobody hurt: Looting/property destruction",
        fatalities_note="'there was no loss of life'",
        place_note="villages north of Pauk town, unnamed: location at the township/town"),
     ev("E2", "Battles", "Armed clash", "2026-09-28", ["2026-09-28", "2026-09-28"], "Myanmar", "Magway", "Pauk",
        PDF, TATMADAW, fat=[3, 3], admin1_variants=MGW,
        summary="Pauk PDF fought the same column for three hours north of the town; PDF says 3 soldiers killed, no PDF casualties",
        fatalities_note="the only figure is the PDF's (3); kept, as ACLED does with a single source",
        sub_event_note="coup of Feb 2021 and 'many thousands of houses' are context, not coded")],
    style=TR)
DOCS.append((A, G))
