from lib import article, doc, ev, mil, civ, uag, pol

JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM", "Group for the Support of Islam and Muslims",
        "Groupe de soutien a l'islam et aux musulmans", "JNIM: Group for Support of Islam and Muslims", "Jamaat Nusrat al-Islam wal-Muslimin"]
MLI = mil("Mali", "Military Forces of Mali (2021-)", "FAMa", "Malian Armed Forces", "Forces Armees Maliennes", "Malian army")
AFC = ["Africa Corps", "Russian Africa Corps", "Wagner Group", "Military Forces of Russia", "Military Forces of Russia (2000-)"]

h1 = article("ext3-h01", "Ambush on the Nioro-Dièma axis: four FAMa fallen on the field of honour", "2026-03-18", """
Ambush on the Nioro-Dièma axis: four FAMa fallen on the field of honour

Bamako, 18 March 2026 (translated from French)

A convoy of the Malian Armed Forces (FAMa) was the target of a complex ambush this Monday 16 March 2026 near the locality of Sandaré, in the circle of Nioro du Sahel, region of Kayes, on the axis Nioro-Dièma.

According to the communiqué of the General Staff of the Armies made public the same evening, the reaction of the FAMa was vigorous and the terrorists were pushed back. The provisional toll reports four (4) soldiers fallen on the field of honour, six (6) wounded and a dozen terrorists neutralised. Some vehicles were damaged.

For its part, the Group for the Support of Islam and Muslims (JNIM) claimed the aforementioned ambush by the intermediary of its propaganda agency az-Zallaqa, affirming to have killed 19 soldiers and to have recovered weapons and a vehicle. These figures could not be verified by independent sources.

It should be noted that on Tuesday 17 March, the air force of the FAMa, in the framework of the operations conducted with the partners of the Africa Corps, carried out strikes by drone on "a gathering of terrorists" in the zone of Léré, region of Timbuktu, neutralising several terrorists, according to the General Staff. However, local sources contacted by our editorial staff affirm that the strike struck a wedding ceremony in a hamlet of the commune of Léré and that eight civilians, among them women, lost the life.

In addition, according to elected officials of the zone, elements of the JNIM have installed in recent weeks a base in the forest of Wagadou, in the circle of Nara, region of Koulikoro, from where they control the movements of the populations.

We recall that the FAMa had retaken the town of Kidal, in the north of the country, in November 2023.
""", source="Malian news site (fictional), machine-translated from French", original_language="fr")

g1 = doc(h1, [
    ev("E1", "Battles", "Armed clash", "2026-03-16", "Mali", "Kayes", "Sandare", JNIM, actor2=MLI, claimed_by=JNIM,
       fatalities=[4, 16], location_alternatives=["Sandaré", "Nioro du Sahel", "Nioro"],
       fatalities_note="army: 4 soldiers + 'a dozen' (12) attackers; JNIM claims 19 soldiers. Conservative 4; upper 16"),
    ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-03-17", "Mali", "Timbuktu", "Lere", MLI + AFC,
       actor2=civ("Mali") + JNIM, fatalities=[3, 8], location_alternatives=["Léré"], admin1_variants=["Tombouctou", "Tombuctu"],
       fatalities_note="army 'several terrorists' (3); local sources 8 civilians. Gold accepts 3-8"),
    ev("E3", "Strategic developments", "Headquarters or base established", None, "Mali", "Koulikoro", "Nara", JNIM,
       window=["2026-02-16", "2026-03-18"], required=False, location_alternatives=["Wagadou", "Ouagadou"], admin1_variants=["Nara"],
       summary="JNIM base set up 'in recent weeks' in the Wagadou forest (Nara circle); no date; borderline"),
    ev("E4", "Battles", "Government regains territory", "2023-11", "Mali", "Kidal", "Kidal", MLI, background=True,
       summary="FAMa retook Kidal in November 2023 (background)"),
], not_event_locations=["Bamako", "Dièma", "Dieme", "Diema"])

TCD = mil("Chad", "Military Forces of Chad (2021-)", "Chadian army", "Chadian National Army", "ANT", "Chadian Armed Forces")
BH = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
      "Islamic State West Africa Province", "ISWAP"]

h2 = article("ext3-h02", "Nine Chadian soldiers killed in Boko Haram attack on Lake Chad island", "2026-04-08", """
N'DJAMENA, April 8 (Sahel Wire) - Boko Haram fighters attacked a Chadian army position on Barkaram island in the Lake Chad province overnight from Sunday to Monday, killing nine soldiers, the army said on Tuesday.

Army spokesman General Issakha Djimet said in a statement read on national television that the assailants came in boats "in large numbers" and that 17 of them were killed when troops repelled the attack. Fourteen soldiers were wounded.

The attack came two days after suspected Boko Haram members abducted five fishermen near the village of Ngouboua, also in Lake Chad province, according to a local official. He said the fishermen were taken on Friday while checking their nets, and that the kidnappers had demanded a ransom from their families.

In the capital, police on Monday arrested Ahmat Mahamat Brahim, secretary-general of an opposition party, at his home, his lawyer said. The lawyer said he was accused of "incitement to hatred" over a social media post criticising the army's handling of security in the lake region. The government did not comment.

Islamist militants have carried out repeated attacks around Lake Chad, where the borders of Chad, Nigeria, Niger and Cameroon meet. In March 2020, Boko Haram fighters killed about 100 soldiers at Bohoma, the deadliest attack on Chad's army.

(Reporting by Sahel Wire; editing by J. Morel)
""", source="Sahel Wire")

g2 = doc(h2, [
    ev("E1", "Battles", "Armed clash", "2026-04-06", "Chad", "Lac", "Barkaram", BH, actor2=TCD, fatalities=[9, 26],
       window=["2026-04-05", "2026-04-06"], date_note="overnight Sunday to Monday",
       fatalities_note="9 soldiers; army says 17 attackers killed. Conservative 9, upper 26", admin1_variants=["Lake Chad", "Lac province"]),
    ev("E2", "Violence against civilians", "Abduction/forced disappearance", "2026-04-03", "Chad", "Lac", "Ngouboua",
       BH + uag("Chad"), actor2=civ("Chad", "fishermen"), fatalities=None, admin1_variants=["Lake Chad"],
       date_note="'two days after' the Sunday night attack is Friday; the text also says Friday"),
    ev("E3", "Strategic developments", "Arrests", "2026-04-06", "Chad", "N'Djamena", "N'Djamena", pol("Chad", "police"),
       actor2=["Ahmat Mahamat Brahim", "opposition politician", "Civilians (Chad)"], admin1_variants=["Ndjamena", "N'Djaména"],
       location_alternatives=["Ndjamena"]),
    ev("E4", "Battles", "Armed clash", "2020-03", "Chad", "Lac", "Bohoma", BH, actor2=TCD, background=True, fatalities=[100, 100],
       summary="March 2020 Bohoma attack (background); about 100 soldiers killed"),
], not_event_locations=["Nigeria", "Niger", "Cameroon"],
   removed_lines=["(Reporting by Sahel Wire; editing by J. Morel)"])

PAK_POL = pol("Pakistan", "Police Forces of Pakistan (2018-)", "Khyber Pakhtunkhwa police", "KP police", "police")
CTD = pol("Pakistan", "Police Forces of Pakistan (2018-)", "Counter Terrorism Department", "CTD", "bomb disposal squad")
FC = mil("Pakistan", "Military Forces of Pakistan (2018-)", "Frontier Corps", "FC", "Frontier Corps Balochistan")
BLA = ["Baloch Liberation Army", "BLA", "Majeed Brigade", "BLA-Jeeyand", "Baloch Liberation Army - Jeeyand"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Fitna al-Khawarij"]

h3 = article("ext3-h03", "Suicide blast near FC vehicle kills six in Quetta; two policemen martyred in Bannu", "2026-05-13", """
Suicide blast near FC vehicle kills six in Quetta; two policemen martyred in Bannu

QUETTA / PESHAWAR: At least six people, including two Frontier Corps (FC) personnel, were killed and 21 injured on Tuesday when a suicide bomber blew himself up near an FC vehicle on Airport Road in Quetta, police said.

Doctors at the Civil Hospital put the death toll at eight. A police official said the bomber, who was on foot, approached the vehicle as it slowed at a checkpoint. Body parts of the attacker were found at the site, he said.

The banned Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement to the media, saying it was carried out by its "Majeed Brigade".

In Khyber Pakhtunkhwa, two policemen were martyred when militants attacked the Miryan police station in Bannu district with heavy weapons late on Monday night. Police said the attackers also used a quadcopter to drop explosives on the building before they were repulsed after an exchange of fire that lasted nearly two hours. The proscribed Tehreek-e-Taliban Pakistan (TTP) claimed the attack.

Separately, a bomb disposal squad of the Counter Terrorism Department (CTD) defused a 5-kilogram improvised explosive device planted near a government girls' school in Peshawar's Badaber area on Sunday, officials said. "A major tragedy was averted," a CTD spokesman said.

The incidents come amid a surge in militant violence in the two provinces bordering Afghanistan. Peshawar has been on high alert since the Army Public School massacre of December 16, 2014, in which TTP gunmen killed more than 140 people, most of them children.

Published in the print edition, May 13th, 2026

Follow us on WhatsApp
""", source="Pakistani daily (fictional)")

g3 = doc(h3, [
    ev("E1", "Explosions/Remote violence", "Suicide bomb", "2026-05-12", "Pakistan", "Balochistan", "Quetta", BLA,
       actor2=FC + civ("Pakistan"), claimed_by=BLA, fatalities=[6, 7],
       fatalities_note="police 6, hospital 8; conservative 6; the bomber may or may not be added"),
    ev("E2", "Battles", "Armed clash", "2026-05-11", "Pakistan", "Khyber Pakhtunkhwa", "Miryan", TTP, actor2=PAK_POL,
       claimed_by=TTP, window=["2026-05-11", "2026-05-12"], fatalities=[2, 2], location_alternatives=["Bannu"],
       date_note="'late on Monday night'", summary="one Battles event; the quadcopter-dropped explosives are part of it"),
    ev("E3", "Strategic developments", "Disrupted weapons use", "2026-05-10", "Pakistan", "Khyber Pakhtunkhwa", "Peshawar",
       CTD, fatalities=None, location_alternatives=["Badaber"]),
    ev("E4", "Violence against civilians", "Attack", "2014-12-16", "Pakistan", "Khyber Pakhtunkhwa", "Peshawar", TTP,
       actor2=civ("Pakistan", "students"), background=True, fatalities=[140, 140],
       summary="Army Public School massacre of 16 December 2014 (background); 'more than 140'"),
], not_event_locations=["Afghanistan"],
   removed_lines=["Published in the print edition, May 13th, 2026", "Follow us on WhatsApp"])

ITEMS = [(h1, g1), (h2, g2), (h3, g3)]
