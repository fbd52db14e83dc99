from lib import article, doc, ev, mil, civ, uag, pol

BGD_POL = pol("Bangladesh", "Police Forces of Bangladesh (2024-)", "police", "Industrial Police")
PROT_BD = ["Protesters (Bangladesh)", "Protesters", "students", "garment workers", "workers", "Labour Group (Bangladesh)"]
BNP = ["BNP: Bangladesh Nationalist Party", "Bangladesh Nationalist Party", "BNP", "Rioters (Bangladesh)", "Rioters",
       "Jamaat-e-Islami", "JeI: Jamaat-e-Islami", "Jamaat"]

h4 = article("ext3-h04", "Two workers killed as police open fire on wage protest in Gazipur", "2026-06-10", """
Two workers killed as police open fire on wage protest in Gazipur

Staff Correspondent | Dhaka | Updated: June 10, 2026 11:05

Two garment workers were killed and at least 15 injured when police opened fire on workers protesting unpaid wages in front of a factory at Konabari in Gazipur on Tuesday afternoon.

Witnesses said several hundred workers had gathered in front of the factory gate, chanting slogans and holding placards, when police and industrial police members arrived and fired shotgun pellets and live rounds without warning. "We were standing there, we did not even throw a stone," said a woman worker who was injured in the leg. A human rights organisation said in a statement that the demonstration had been peaceful.

The officer-in-charge of the local police station said police had fired "to control the situation", without giving details. The bodies were taken to the Shaheed Tajuddin Ahmad Medical College Hospital.

Meanwhile, one person was killed and at least 20 injured on Sunday in a clash between supporters of the BNP and Jamaat-e-Islami over control of a bus terminal in Sherpur upazila of Bogura. The two groups attacked each other with sticks, machetes and brick chips, police said. Several shops were vandalised.

In the capital, students of Dhaka University formed a human chain on the campus on Monday, demanding a trial of those responsible for attacks on students last year. The programme ended peacefully.

ALSO READ: Gazipur garment factories to reopen after Eid holidays

Tags: Gazipur, workers' protest, police firing, Bogura
""", source="Bangladesh daily (fictional)")

g4 = doc(h4, [
    ev("E1", "Protests", "Excessive force against protesters", "2026-06-09", "Bangladesh", "Dhaka", "Konabari",
       PROT_BD, actor2=BGD_POL, fatalities=[2, 2], location_alternatives=["Gazipur"], admin1_variants=["Dhaka Division"]),
    ev("E2", "Riots", "Mob violence", "2026-06-07", "Bangladesh", "Rajshahi", "Sherpur", BNP, actor2=BNP, fatalities=[1, 1],
       location_alternatives=["Bogura", "Bogra"], admin1_variants=["Rajshahi Division"],
       summary="partisan clash between BNP and Jamaat supporters; Violent demonstration is an acceptable sub-type too",
       place_note="Sherpur upazila of Bogura district (Rajshahi division), not Sherpur district in Mymensingh"),
    ev("E3", "Protests", "Peaceful protest", "2026-06-08", "Bangladesh", "Dhaka", "Dhaka", PROT_BD, fatalities=[0, 0],
       admin1_variants=["Dhaka Division"]),
], not_event_locations=["Mymensingh"],
   removed_lines=["ALSO READ: Gazipur garment factories to reopen after Eid holidays",
                  "Tags: Gazipur, workers' protest, police firing, Bogura", "Staff Correspondent | Dhaka | Updated: June 10, 2026 11:05"])

VIV = ["Viv Ansanm", "Viv Ansanm gang coalition", "gangs", "Gangs (Haiti)", "Unidentified Gang (Haiti)", "armed gangs", "400 Mawozo", "Gran Grif"]
HTI_POL = pol("Haiti", "Police Forces of Haiti (2024-)", "Haitian National Police", "PNH", "police")
TASK = pol("Haiti", "Police Forces of Haiti (2024-)", "Haitian National Police", "task force", "government task force",
           "Government of Haiti", "Military Forces of Haiti", "Vectus Global")

h5 = article("ext3-h05", "Gangs seize Lascahobas; drone strikes in Cite Soleil kill eight", "2026-07-08", """
Gangs seize Lascahobas; drone strikes in Cite Soleil kill eight

Port-au-Prince, July 8 - Armed gangs belonging to the Viv Ansanm coalition took control of the town of Lascahobas, in the Centre department, on Saturday after several hours of fighting with police officers, residents and local officials said.

At least five people were killed, including two police officers, according to the town's deputy mayor, who fled to Mirebalais with hundreds of residents. The gang members freed detainees from the police station, set fire to the courthouse and looted shops before dawn on Sunday, he said. Police reinforcements had not reached the town by Tuesday.

In Cite Soleil, in the capital, explosive drones operated by the government's task force struck two houses used by gang members on Monday, killing at least eight people, the prime minister's office said. The National Human Rights Defense Network (RNDDH) said two of the dead were children.

Medecins Sans Frontieres said its teams in Port-au-Prince had treated 12 survivors of sexual violence committed by gang members over the past week.

In Petion-Ville, several hundred residents marched peacefully on Tuesday to demand that the authorities restore security on the road to Kenscoff. The march ended without incident.

More than 1.3 million people have been displaced by gang violence in Haiti, according to the International Organization for Migration.

Share this article
""", source="Haitian radio website (fictional)")

g5 = doc(h5, [
    ev("E1", "Battles", "Non-state actor overtakes territory", "2026-07-04", "Haiti", "Centre", "Lascahobas", VIV, actor2=HTI_POL,
       window=["2026-07-04", "2026-07-05"], fatalities=[5, 5], summary="gangs seize Lascahobas after fighting police; looting and arson are part of the same takeover"),
    ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-07-06", "Haiti", "Ouest", "Cite Soleil", TASK, actor2=VIV + civ("Haiti"),
       fatalities=[8, 8], location_alternatives=["Cité Soleil", "Port-au-Prince"], admin1_variants=["West"]),
    ev("E3", "Violence against civilians", "Sexual violence", None, "Haiti", "Ouest", "Port-au-Prince", VIV, actor2=civ("Haiti", "women"),
       window=["2026-07-01", "2026-07-08"], required=False, admin1_variants=["West"],
       summary="MSF: 12 survivors of sexual violence by gang members treated over the past week; aggregated; borderline"),
    ev("E4", "Protests", "Peaceful protest", "2026-07-07", "Haiti", "Ouest", "Petion-Ville", ["Protesters (Haiti)", "Protesters", "residents"],
       fatalities=[0, 0], location_alternatives=["Pétion-Ville"], admin1_variants=["West"]),
], not_event_locations=["Mirebalais", "Kenscoff"],
   removed_lines=["Share this article"])

SIN = ["Sinaloa Cartel", "Cartel de Sinaloa", "Los Chapitos", "La Mayiza", "Sinaloa Cartel (Los Chapitos)", "Sinaloa Cartel (La Mayiza)",
       "Sinaloa Cartel - Chapitos Faction", "Sinaloa Cartel - Mayo Faction"]
MEX = mil("Mexico", "Military Forces of Mexico (2024-)", "Mexican Army", "army", "Secretariat of National Defense", "SEDENA", "Defense Ministry")
CJNG = ["Jalisco New Generation Cartel", "CJNG", "Cartel Jalisco Nueva Generacion"]

h6 = article("ext3-h06", "Seven gunmen found dead after cartel clash near Culiacan; journalist killed in Acapulco", "2026-08-12", """
MEXICO CITY, Aug 12 (Americas Wire) - Seven gunmen were killed in a clash between rival factions of the Sinaloa Cartel on the outskirts of Culiacan on Sunday, state prosecutors said, as a war between the two groups that began in September 2024 showed no sign of abating.

Police found the bodies, along with several armoured pickup trucks and dozens of spent cartridges, on a dirt road near the community of Jesus Maria after residents reported a gunfight lasting more than an hour. Prosecutors said the dead belonged to the "Chapitos" and "Mayiza" factions.

In the Pacific port of Acapulco, in Guerrero state, a local journalist was shot dead by two men on a motorcycle on Monday as he left a cafe, colleagues said. The journalist ran a news page on Facebook that reported on crime and local politics. Guerrero state prosecutors said they were investigating.

Meanwhile, soldiers found and deactivated 20 homemade landmines buried along a road near Apatzingan, in Michoacan state, on Tuesday, the Defense Ministry said in a statement. It said the area is disputed by the Jalisco New Generation Cartel and local criminal groups.

More than 2,000 people have been killed in Sinaloa since the Sinaloa Cartel split into warring factions, according to government figures.

(Reporting by Americas Wire; editing by M. Ruiz)
""", source="Americas Wire")

g6 = doc(h6, [
    ev("E1", "Battles", "Armed clash", "2026-08-09", "Mexico", "Sinaloa", "Jesus Maria", SIN, actor2=SIN, fatalities=[7, 7],
       location_alternatives=["Culiacan", "Culiacán", "Jesús María"]),
    ev("E2", "Violence against civilians", "Attack", "2026-08-10", "Mexico", "Guerrero", "Acapulco", uag("Mexico", "gunmen"),
       actor2=civ("Mexico", "Journalists (Mexico)", "journalist"), fatalities=[1, 1], location_alternatives=["Acapulco de Juarez"]),
    ev("E3", "Strategic developments", "Disrupted weapons use", "2026-08-11", "Mexico", "Michoacan", "Apatzingan", MEX, actor2=CJNG,
       fatalities=None, location_alternatives=["Apatzingán"], admin1_variants=["Michoacán"]),
    ev("E4", "Battles", "Armed clash", "2024-09", "Mexico", "Sinaloa", "Culiacan", SIN, background=True,
       summary="start of the Sinaloa Cartel factional war in September 2024 (background)"),
], not_event_locations=["Mexico City"],
   removed_lines=["(Reporting by Americas Wire; editing by M. Ruiz)"])

ITEMS = [(h4, g4), (h5, g5), (h6, g6)]
