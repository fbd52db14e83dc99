from lib import article, doc, ev, mil, civ, uag, pol

SHB = ["Al Shabaab", "al-Shabaab", "Al-Shabab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
SOM = mil("Somalia", "Military Forces of Somalia (2022-)", "Somali National Army", "SNA", "Somali army", "Danab")
USA = mil("United States", "Military Forces of the United States", "United States Africa Command", "US Africa Command",
          "AFRICOM", "U.S. Africa Command", "US military")

a7 = article("ext3-07", "Suicide car bomb kills five soldiers at Somali base; al Shabaab claims attack", "2026-06-03", """
MOGADISHU, June 3 (Horn Wire) - A suicide bomber drove an explosives-laden vehicle into the gate of a military base in Afgooye, about 30 km northwest of the Somali capital, on Tuesday, killing five soldiers, a military officer said.

"The bomber tried to force his way into the camp. The guards opened fire and the car exploded at the gate," Captain Abdullahi Hassan told Horn Wire by phone. He said 11 soldiers were wounded and taken to hospitals in Mogadishu.

Al Shabaab, the al Qaeda-linked group fighting to topple the federal government, claimed responsibility in a statement on its Andalus radio station, saying 27 soldiers had been killed. The group often gives higher figures than officials.

The attack came two days after government forces said they had recaptured the village of Sabiid in the Lower Shabelle region from al Shabaab following heavy fighting on Sunday. An army spokesman said ten militants were killed in that battle. Al Shabaab said its fighters had made a "tactical withdrawal".

Separately, the U.S. Africa Command (AFRICOM) said it had conducted an airstrike on Monday near Jilib, in the Middle Juba region, in coordination with the Somali government, killing three al Shabaab militants. AFRICOM said in a statement issued from its headquarters in Stuttgart, Germany, that no civilians were harmed.

Al Shabaab was driven out of Mogadishu in 2011 but still controls large parts of rural southern and central Somalia. Its deadliest attack, a truck bombing at the Zoobe junction in Mogadishu on Oct. 14, 2017, killed more than 500 people.

(Reporting by Horn Wire correspondents; writing by A. Farah)
""", source="Horn Wire")

d7 = doc(a7, [
    ev("E1", "Explosions/Remote violence", "Suicide bomb", "2026-06-02", "Somalia", "Lower Shabelle", "Afgooye",
       SHB, actor2=SOM, claimed_by=SHB, fatalities=[5, 6],
       fatalities_note="officer: five soldiers; the bomber may or may not be counted; al Shabaab's 27 is not credible",
       location_alternatives=["Afgoye", "Afgoi"], admin1_variants=["Shabeellaha Hoose"]),
    ev("E2", "Battles", "Government regains territory", "2026-05-31", "Somalia", "Lower Shabelle", "Sabiid",
       SOM, actor2=SHB, fatalities=[10, 10], admin1_variants=["Shabeellaha Hoose"]),
    ev("E3", "Explosions/Remote violence", "Air/drone strike", "2026-06-01", "Somalia", "Middle Juba", "Jilib",
       USA, actor2=SHB, fatalities=[3, 3], admin1_variants=["Jubbada Dhexe"]),
    ev("E4", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2017-10-14", "Somalia", "Banadir", "Mogadishu",
       SHB, actor2=civ("Somalia"), background=True, fatalities=[500, 500],
       summary="October 2017 Zoobe truck bombing recalled (background); ACLED coded it as a remote explosive (a suicide bomb coding is also defensible)"),
    ev("E5", "Strategic developments", "Non-violent transfer of territory", None, "Somalia", "Banadir", "Mogadishu",
       SHB, background=True, window=["2011-01-01", "2011-12-31"],
       summary="al Shabaab driven out of Mogadishu in 2011 (background; could also be coded Government regains territory)"),
], not_event_locations=["Stuttgart", "Germany"],
   removed_lines=["(Reporting by Horn Wire correspondents; writing by A. Farah)"])

M23 = ["M23", "Mouvement du 23 mars", "March 23 Movement", "M23-AFC", "AFC/M23", "Alliance Fleuve Congo", "AFC", "M23 rebels"]
WAZ = ["Wazalendo", "Wazalendo militias", "Wazalendo Militia", "VDP (DRC)", "Volontaires pour la Defense de la Patrie"]
ADF = ["Allied Democratic Forces", "ADF", "ADF-NALU", "Islamic State Central Africa Province", "ISCAP", "IS Central Africa",
       "Islamic State (Central Africa)", "Islamic State"]
ISCAP = ["Islamic State Central Africa Province", "ISCAP", "IS Central Africa", "Islamic State (Central Africa)", "Islamic State",
         "Allied Democratic Forces", "ADF"]

a8 = article("ext3-08", "North Kivu: M23 takes Nyabiondo, nine civilians killed in Lubero", "2026-06-17", """
North Kivu: M23 takes Nyabiondo, nine civilians killed in Lubero

By Jean-Paul Kambale, in Beni | 17 June 2026

The M23/AFC rebels have taken control of the locality of Nyabiondo, in Masisi territory, since Monday, after several hours of fighting with the Wazalendo local defence groups, according to civil society sources in the area.

The Wazalendo withdrew towards the hills to the west, leaving the rebels in control of the market and the parish. The rebels installed a new chief of the locality the same evening, residents said. Neither side gave a death toll.

Photo: archives / M23 rebels on a road in Rutshuru territory

In Lubero territory, at least nine civilians were killed with machetes and firearms during the night from Saturday to Sunday in the village of Mayikengo, in an attack attributed to the ADF. The president of the local civil society, Samuel Kakule, spoke of twelve dead and several houses burned, while the territorial administrator confirmed nine bodies. The Islamic State Central Africa Province claimed the attack on Monday and spoke of "15 Christians killed".

Also read: Kinshasa: the National Assembly adopts the law on the army budget

In Butembo, hundreds of students marched on Tuesday to denounce the insecurity in Lubero. The police fired tear gas to disperse them when they tried to reach the town hall. Five students were arrested and released in the evening, according to the students' union.

The fighting in Masisi comes despite the declaration of principles signed in Doha in 2025 between Kinshasa and the M23. The government in Kinshasa accuses Rwanda of supporting the rebels, which Kigali denies.

Share on: Facebook - X - WhatsApp
""", source="Kivu local news site (fictional)")

d8 = doc(a8, [
    ev("E1", "Battles", "Non-state actor overtakes territory", "2026-06-15", "Democratic Republic of Congo", "North Kivu", "Nyabiondo",
       M23, actor2=WAZ, fatalities=None, country_variants=["DR Congo", "DRC", "Congo, Democratic Republic of"],
       admin1_variants=["Nord-Kivu"]),
    ev("E2", "Violence against civilians", "Attack", "2026-06-13", "Democratic Republic of Congo", "North Kivu", "Mayikengo",
       ADF, actor2=civ("Democratic Republic of Congo", "Civilians (DRC)"), claimed_by=ISCAP, fatalities=[9, 9],
       window=["2026-06-13", "2026-06-14"], date_note="night of Saturday to Sunday",
       fatalities_note="administrator 9 bodies; civil society 12; ISCAP 15; conservative 9",
       location_alternatives=["Lubero"], admin1_variants=["Nord-Kivu"]),
    ev("E3", "Protests", "Protest with intervention", "2026-06-16", "Democratic Republic of Congo", "North Kivu", "Butembo",
       ["Protesters (Democratic Republic of Congo)", "Protesters (DRC)", "Protesters", "students"],
       actor2=pol("Democratic Republic of Congo", "police"), fatalities=None, admin1_variants=["Nord-Kivu"]),
    ev("E4", "Strategic developments", "Agreement", None, "Democratic Republic of Congo", None, None, M23,
       background=True, window=["2025-01-01", "2025-12-31"], summary="Doha declaration of principles of 2025 (background)"),
], not_event_locations=["Beni", "Rutshuru", "Kinshasa", "Kigali", "Rwanda"],
   removed_lines=["Photo: archives / M23 rebels on a road in Rutshuru territory",
                  "Also read: Kinshasa: the National Assembly adopts the law on the army budget",
                  "Share on: Facebook - X - WhatsApp", "By Jean-Paul Kambale, in Beni | 17 June 2026"])

RADAA = ["Special Deterrence Force", "Radaa", "Rada", "Rada'a", "Radaa Special Deterrence Force",
         "Deterrence Apparatus for Combating Organized Crime and Terrorism", "Radaa Force"]
B444 = ["444th Combat Brigade", "444 Brigade", "444 Combat Brigade", "Brigade 444", "444th Brigade", "Brigade 444 Combat"]

a9 = article("ext3-09", "Six killed as armed groups clash in Tripoli before truce", "2026-07-01", """
TRIPOLI, July 1 (Maghreb Wire) - At least six people, including two civilians, were killed when two of Tripoli's most powerful armed groups fought overnight from Monday to Tuesday in the eastern Souq al-Juma district, the health ministry said.

The fighting pitted the Special Deterrence Force, known as Radaa, which controls Mitiga airport, against the 444th Combat Brigade, which is aligned with the Government of National Unity. Residents reported heavy machine-gun fire and explosions until dawn. Flights at Mitiga were suspended and diverted to Misrata.

Elders from Souq al-Juma and officials from the Presidential Council announced on Tuesday evening that both groups had agreed to a ceasefire and to withdraw their forces to their barracks. A committee will oversee the truce, the council said.

The cause of the fighting was not immediately clear. A source close to Radaa said it began after a checkpoint dispute.

In Zawiya, west of the capital, unidentified gunmen abducted a member of the municipal council on Sunday as he left a mosque, his family said in a post on social media. No group has claimed the kidnapping.

Libya has been split between rival administrations in the west and east since 2014. Clashes in Tripoli in May 2025 killed dozens of people.

(Reporting by Maghreb Wire; editing by L. Haddad)
""", source="Maghreb Wire")

d9 = doc(a9, [
    ev("E1", "Battles", "Armed clash", "2026-06-30", "Libya", "Tripoli", "Tripoli", RADAA + B444, actor2=B444,
       window=["2026-06-29", "2026-06-30"], fatalities=[6, 6], date_note="overnight Monday to Tuesday",
       location_alternatives=["Souq al-Juma", "Souq al Jumaa", "Suq al Juma"],
       actor_note="actor1 lists both armed groups: either side matches"),
    ev("E2", "Strategic developments", "Agreement", "2026-06-30", "Libya", "Tripoli", "Tripoli", RADAA + B444 + ["Presidential Council"],
       fatalities=None),
    ev("E3", "Violence against civilians", "Abduction/forced disappearance", "2026-06-28", "Libya", "Az Zawiyah", "Zawiya",
       uag("Libya", "unidentified gunmen"), actor2=civ("Libya", "municipal council member"), fatalities=None,
       admin1_variants=["Zawiya", "Al Zawiyah", "Az Zawiya"], location_alternatives=["Az Zawiyah", "Zawiyah"]),
    ev("E4", "Battles", "Armed clash", "2025-05", "Libya", "Tripoli", "Tripoli", RADAA + B444, background=True,
       fatalities=[12, 12], summary="May 2025 Tripoli clashes, 'dozens' killed (background)"),
], not_event_locations=["Misrata"],
   removed_lines=["(Reporting by Maghreb Wire; editing by L. Haddad)"])

ITEMS = [(a7, d7), (a8, d8), (a9, d9)]
