from lib import article, doc, ev, mil, civ, uag, pol

ISR = mil("Israel", "Military Forces of Israel (2022-)", "Israeli army", "Israel Defense Forces", "IDF", "Israeli occupation army",
          "enemy army", "Israeli military")
HEZ = ["Hezbollah", "Hizbullah", "Radwan Force"]
LBN = mil("Lebanon", "Military Forces of Lebanon (2021-)", "Lebanese Army", "Lebanese Armed Forces", "LAF")

h7 = article("ext3-h07", "A martyr in an enemy drone strike on a car in Nabatieh", "2026-09-09", """
A martyr in an enemy drone strike on a car in Nabatieh

Beirut - (translated from Arabic)

A citizen was martyred on Monday afternoon when an Israeli drone targeted a car on the road of the vegetable market in the city of Nabatieh, in the south of Lebanon, according to a statement of the Emergency Operations Centre of the Ministry of Public Health.

For its part, the Arabic-language spokesman of the Israeli army claimed that the targeted person was "a member of the Radwan Force of the Hezbollah terrorist organisation who was working on rebuilding the infrastructure of the organisation in the south", and the aforementioned spokesman did not mention his name.

In a related context, an Israeli drone dropped a sound bomb near a group of farmers who were harvesting the olives on the outskirts of the town of Kfar Kila on Tuesday morning, without causing injuries, according to the National News Agency.

On the other hand, units of the Lebanese army entered on Sunday a hill near the town of Khiam, which the Israeli army had occupied since the last war, and deployed in it after the withdrawal of the Israeli forces from it, within the framework of the mechanism of supervising the ceasefire agreement, according to a statement of the army command.

It is worth mentioning that the ceasefire agreement between Lebanon and Israel entered into force on 27 November 2024, but the Israeli army continues its strikes on the south of Lebanon and the Bekaa almost daily.

The Presidency of the Republic in Baabda condemned the strike on Nabatieh and called on the sponsoring states of the agreement to pressure Israel to stop its violations.
""", source="Lebanese news site (fictional), machine-translated from Arabic", original_language="ar")

g7 = doc(h7, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-09-07", "Lebanon", "Nabatieh", "Nabatieh", ISR,
       actor2=HEZ + civ("Lebanon"), fatalities=[1, 1], admin1_variants=["An Nabatiyah", "Nabatiyeh", "Nabatiye"],
       location_alternatives=["An Nabatiyah", "Nabatiyeh", "Nabatieh al-Tahta"]),
    ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-09-08", "Lebanon", "Nabatieh", "Kfar Kila", ISR,
       actor2=civ("Lebanon", "farmers"), fatalities=[0, 0], admin1_variants=["An Nabatiyah", "Nabatiyeh"],
       location_alternatives=["Kafr Kila"], summary="drone drops a sound bomb near farmers; no injuries"),
    ev("E3", "Strategic developments", "Non-violent transfer of territory", "2026-09-06", "Lebanon", "Nabatieh", "Khiam",
       LBN + ISR, actor2=ISR, fatalities=None, admin1_variants=["An Nabatiyah", "Nabatiyeh"], location_alternatives=["El Khiam", "Al Khiam"]),
    ev("E4", "Strategic developments", "Agreement", "2024-11-27", "Lebanon", None, None, ISR + LBN + HEZ, background=True,
       summary="27 November 2024 ceasefire (background)"),
], not_event_locations=["Beirut", "Baabda", "Bekaa"])

GEO_POL = pol("Georgia", "Police Forces of Georgia (2012-)", "police", "special forces", "Ministry of Internal Affairs", "riot police")
PROT_GE = ["Protesters (Georgia)", "Protesters", "opposition supporters"]

h8 = article("ext3-h08", "In Tbilisi the action of protest was dispersed with water cannons, opposition leader detained", "2026-10-28", """
In Tbilisi the action of protest was dispersed with water cannons, opposition leader detained

Tbilisi, 28 October (translated from Russian)

Late in the evening of Sunday, special forces of the Ministry of Internal Affairs of Georgia dispersed the action of protest on Rustaveli Avenue in Tbilisi, using water cannons and pepper spray. As reported by the ministry, 23 persons were detained for "disobedience to the lawful demand of the police" and "blocking the roadway".

The action, which the opposition called "Georgia is not for sale", began at 20:00 near the building of the Parliament. Several thousand persons took part. According to eyewitnesses, the participants of the action behaved peacefully until the moment of the dispersal, which began after midnight.

On Monday morning, police detained at his home the leader of the opposition party "For Georgia's Future" Giorgi Beridze. As it became known to our edition from his lawyer, he is charged with "organizing group actions that grossly violate public order". The ruling party "Georgian Dream" declared that "nobody is above the law".

On Monday evening, an action of solidarity took place in Batumi, where about five hundred persons gathered near the building of the government of Adjara. The action passed without incidents.

We will remind that the mass protests in Georgia began in November 2024, after the government announced the suspension of negotiations on joining the European Union until 2028.
""", source="Russian-language news site (fictional), machine-translated from Russian", original_language="ru")

g8 = doc(h8, [
    ev("E1", "Protests", "Protest with intervention", "2026-10-25", "Georgia", "Tbilisi", "Tbilisi", PROT_GE, actor2=GEO_POL,
       window=["2026-10-25", "2026-10-26"], fatalities=None, date_note="Sunday evening; dispersal after midnight"),
    ev("E2", "Strategic developments", "Arrests", "2026-10-26", "Georgia", "Tbilisi", "Tbilisi", GEO_POL,
       actor2=["Giorgi Beridze", "For Georgia's Future", "opposition leader"], fatalities=None),
    ev("E3", "Protests", "Peaceful protest", "2026-10-26", "Georgia", "Adjara", "Batumi", PROT_GE, fatalities=[0, 0],
       admin1_variants=["Ajaria", "Autonomous Republic of Adjara", "Ajara"]),
    ev("E4", "Protests", "Peaceful protest", "2024-11", "Georgia", None, None, PROT_GE, background=True,
       summary="start of mass protests, November 2024 (background)"),
], not_event_locations=[])

h9 = article("ext3-h09", "Boca storm the Bombonera to sink River in Superclasico", "2026-10-14", """
Boca storm the Bombonera to sink River in Superclasico

BUENOS AIRES, Oct 14 - Boca Juniors came from behind to beat River Plate 2-1 in a fiery Superclasico at La Bombonera on Sunday, a late strike from their Uruguayan forward delivering the killer blow to their bitter rivals.

River silenced the 54,000 home fans when their captain fired a shot into the bottom corner after 23 minutes, capping a swift counter-attack that caught Boca's defence exposed.

Boca laid siege to the River goal after the break and were rewarded on the hour when their midfielder headed in a corner. The hosts kept up the assault and, with two minutes left, substitute striker Miguel Acosta ambushed a loose back-pass and slotted home to spark wild celebrations in the stands.

River finished the match with ten men after their centre-back was sent off for a second yellow card, and their coach accused the referee of "killing the game".

"It was a war out there, and we won the battle," Boca's goalscorer told reporters. "The fans were our twelfth man."

The win lifts Boca to third in the table, four points behind leaders Velez Sarsfield, while River drop to sixth. River host Racing Club in midweek, while Boca travel to Rosario Central.
""", source="Americas Wire sports")

g9 = doc(h9, [], not_event_locations=["Buenos Aires", "La Bombonera", "La Boca", "Rosario"],
         about="DISTRACTOR: a football match report with war-like words (storm, sink, strike, killer blow, fired a shot, siege, assault, ambushed, war, battle). No event of any type.")

ITEMS = [(h7, g7), (h8, g8), (h9, g9)]
