from lib import article, doc, ev, mil, civ, uag, pol

HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi militia",
          "Military Forces of Yemen (2017-) Houthi", "Military Forces of Yemen (2016-) Houthi", "Houthi security forces"]

a10 = article("ext3-10", "Two children killed by Houthi shelling in Taiz, shepherd dies in Hays landmine blast", "2026-07-15", """
Two children killed by Houthi shelling in Taiz, shepherd dies in Hays landmine blast

Aden - Staff reporter | 15 July 2026

Two children were killed and three other people wounded on Monday when shells fired by Houthi fighters landed on a residential street in the Al-Rawdah neighbourhood of the city of Taiz, local officials and medics said.

A medic at Al-Thawra hospital said the children, a brother and sister aged 9 and 12, were playing outside their home when the shells struck. Officials in the government-held part of the city said the shells were fired from Houthi positions in the Al-Hawban area east of the city. There was no comment from the Houthis.

The shelling came a day after a 15-year-old shepherd was killed by a landmine in Hays district, in the south of Hodeidah province. The boy was grazing his family's sheep on Sunday when the mine exploded, a relative said. Local authorities blamed the Houthis, who they say laid thousands of mines in the area during years of fighting along the west coast.

In the capital Sanaa, Houthi security forces raided the offices of a United Nations agency on Tuesday and detained four local employees, according to a UN spokesperson, who called for their immediate release. The Houthis have detained dozens of UN and aid workers since 2024, accusing some of spying.

RELATED: Aden power cuts reach 16 hours a day as fuel shipments delayed

Taiz, Yemen's third-largest city, has been partly besieged by the Houthis since 2015. A UN-brokered truce in April 2022 brought a sharp drop in fighting nationwide, but shelling and sniper fire on the city continue.

Tags: Yemen, Taiz, Houthis, landmines
""", source="Aden daily (fictional)")

d10 = doc(a10, [
    ev("E1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-07-13", "Yemen", "Taiz", "Taiz",
       HOUTHI, actor2=civ("Yemen"), fatalities=[2, 2], location_alternatives=["Taizz", "Ta'izz"],
       place_note="shells fired from Al-Hawban; the event is where they landed (Al-Rawdah, Taiz city)"),
    ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-07-12", "Yemen", "Al Hudaydah", "Hays",
       HOUTHI + uag("Yemen"), actor2=civ("Yemen"), fatalities=[1, 1], admin1_variants=["Hodeidah", "Al Hodeidah", "Hudaydah"]),
    ev("E3", "Strategic developments", "Arrests", "2026-07-14", "Yemen", "Amanat al Asimah", "Sanaa", HOUTHI,
       actor2=["Civilians (Yemen)", "United Nations", "UN staff", "aid workers"], required=False,
       admin1_variants=["Sanaa", "Amanat Al Asimah", "Sana'a City"],
       summary="Houthi detention of four UN staff: ACLED practice varies (Arrests by a de facto authority, or Abduction/forced disappearance); see E4"),
    ev("E4", "Violence against civilians", "Abduction/forced disappearance", "2026-07-14", "Yemen", "Amanat al Asimah", "Sanaa",
       HOUTHI, actor2=["Civilians (Yemen)", "United Nations", "UN staff"], required=False,
       admin1_variants=["Sanaa", "Amanat Al Asimah"], summary="alternative coding of E3"),
    ev("E5", "Strategic developments", "Agreement", "2022-04", "Yemen", None, None, HOUTHI + ["United Nations"],
       background=True, summary="April 2022 UN-brokered truce (background)"),
], not_event_locations=["Aden", "Al-Hawban", "Al Hawban"],
   removed_lines=["RELATED: Aden power cuts reach 16 hours a day as fuel shipments delayed",
                  "Tags: Yemen, Taiz, Houthis, landmines", "Aden - Staff reporter | 15 July 2026"])

TUR = mil("Turkey", "Military Forces of Turkey (2016-)", "Military Forces of Turkiye", "Turkish Armed Forces", "TAF",
          "Turkish army", "Turkish military", "Turkish Ministry of National Defence")
YBS = ["Sinjar Resistance Units", "YBS", "Yekineyen Berxwedana Sengale", "PKK", "Kurdistan Workers' Party"]
IS = ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (Iraq)"]
IRQ = mil("Iraq", "Military Forces of Iraq (2014-)", "Iraqi army", "Iraqi Armed Forces", "Iraqi Security Forces")
CTS = mil("Iraq", "Military Forces of Iraq (2014-)", "Counter-Terrorism Service", "CTS", "Iraqi Counter-Terrorism Service")

a11 = article("ext3-11", "Turkish drone kills two in Sinjar; three Iraqi soldiers die in Kirkuk attack", "2026-08-05", """
BAGHDAD, Aug 5 (Tigris Wire) - A Turkish drone struck a vehicle near the town of Sinjar in northern Iraq on Monday, killing two members of a local armed group affiliated with the Kurdistan Workers' Party (PKK), local officials said.

The Sinjar mayor's office said the two were members of the Sinjar Resistance Units (YBS), a Yazidi force formed in 2014. Turkey's defence ministry said in a statement in Ankara that its forces had "neutralised two PKK terrorists" in northern Iraq, without giving a location.

In Kirkuk province, Islamic State militants attacked an army post in Daquq district late on Sunday, killing an officer and two soldiers, two security sources said. The soldiers fought back and killed one of the attackers, the sources said. Islamic State did not immediately claim the attack.

Iraq's Counter-Terrorism Service said on Tuesday it had arrested an Islamic State leader it described as the group's "wali" for western Anbar in a raid near Rutba on Monday. It did not name him.

In the southern city of Basra, hundreds of protesters angry at power cuts during a heatwave blocked roads with burning tyres on Tuesday and set fire to the gate of the provincial electricity directorate. Police fired into the air to disperse them and several protesters were injured, a local health official said.

Temperatures in Basra have passed 50 degrees Celsius this week, and electricity supply in many districts has fallen to a few hours a day.

Iraq declared victory over Islamic State in December 2017, but remnants of the group still carry out attacks in remote areas of Kirkuk, Diyala and Salahuddin provinces.

(Reporting by Tigris Wire; editing by R. Nasser)
""", source="Tigris Wire")

d11 = doc(a11, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-08-03", "Iraq", "Ninewa", "Sinjar",
       TUR, actor2=YBS, fatalities=[2, 2], admin1_variants=["Nineveh", "Ninawa"],
       place_note="the Turkish statement was made in Ankara; the strike was near Sinjar"),
    ev("E2", "Battles", "Armed clash", "2026-08-02", "Iraq", "Kirkuk", "Daquq", IS, actor2=IRQ,
       window=["2026-08-02", "2026-08-03"], fatalities=[4, 4], date_note="'late on Sunday'",
       fatalities_note="officer + two soldiers + one attacker"),
    ev("E3", "Strategic developments", "Arrests", "2026-08-03", "Iraq", "Anbar", "Rutba", CTS, actor2=IS, required=False,
       admin1_variants=["Al Anbar"], summary="arrest of an unnamed IS 'wali'; borderline"),
    ev("E4", "Riots", "Violent demonstration", "2026-08-04", "Iraq", "Basra", "Basra",
       ["Rioters (Iraq)", "Rioters", "Protesters (Iraq)", "Protesters"], actor2=pol("Iraq", "police"), fatalities=None,
       admin1_variants=["Al Basrah", "Basrah"], location_alternatives=["Al Basrah", "Basrah"]),
    ev("E5", "Strategic developments", "Other", "2017-12", "Iraq", None, None, IRQ, background=True,
       summary="declaration of victory over IS, December 2017 (background)"),
], not_event_locations=["Baghdad", "Ankara", "Turkey", "Diyala", "Salahuddin"],
   removed_lines=["(Reporting by Tigris Wire; editing by R. Nasser)"])

SDF = ["Syrian Democratic Forces", "SDF", "YPG", "People's Protection Units", "PKK/YPG", "PKK", "PKK/YPG terrorist organization",
       "Kurdistan Workers' Party"]

a12 = article("ext3-12", "6 PKK/YPG terrorists neutralized in northern Syria", "2026-08-19", """
6 PKK/YPG terrorists neutralized in northern Syria

ANKARA (translated from Turkish) - The Ministry of National Defense (MSB) announced that 6 PKK/YPG terrorists who opened harassment fire and attempted to infiltrate into the Peace Spring Operation region were neutralized.

In the statement made by the MSB, it was stated that the said terrorists were detected yesterday in the rural area of Resulayn (Ras al-Ain) and that they were neutralized by the heroic commandos with effective fire. It was stated that there was no loss on the side of our forces. "Our fight against terrorism will continue decisively until the last terrorist is neutralized," the statement said.

On the other hand, in the car bomb attack carried out on Monday in the center of Manbij, 5 civilians lost their lives and 11 civilians were wounded. The explosion happened near the vegetable market in the hours of the afternoon. No organization has claimed the attack so far. Security sources stated that the traces point to the PKK/YPG terrorist organization, which carried out similar attacks in the region in the past.

Within the scope of the persuasion efforts carried out by the Ministry of Interior, 4 more members of the terrorist organization who escaped from the ranks of the organization surrendered to the security forces at the Habur Border Gate in Silopi district of Sirnak within the past week. With the latest participations, the number of terrorists who surrendered since the beginning of the year reached 112.

The weekly press briefing of the MSB was held in Ankara with the participation of the ministry's press and public relations adviser.

Photo: AA archive

Keywords: MSB, PKK/YPG, Peace Spring, Manbij
""", source="Turkish news agency (fictional), machine-translated from Turkish", original_language="tr")

d12 = doc(a12, [
    ev("E1", "Battles", "Armed clash", "2026-08-18", "Syria", "Al Hasakah", "Ras al Ain", TUR, actor2=SDF, fatalities=[6, 6],
       location_alternatives=["Ras al-Ain", "Resulayn", "Ras al-Ayn", "Serekaniye"], admin1_variants=["Hasakah", "Al-Hasakah", "Hasakeh"],
       fatalities_note="Turkish ministry figure only; single source"),
    ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-08-17", "Syria", "Aleppo", "Manbij",
       uag("Syria") + SDF, actor2=civ("Syria"), fatalities=[5, 5],
       summary="car bomb in Manbij centre; no claim; 'security sources' point to PKK/YPG"),
    ev("E3", "Strategic developments", "Change to group/activity", None, "Turkey", "Sirnak", "Silopi",
       ["PKK", "Kurdistan Workers' Party", "PKK/YPG", "PKK/YPG terrorist organization"], actor2=mil("Turkey", "security forces"),
       window=["2026-08-12", "2026-08-19"], required=False, admin1_variants=["Şırnak"],
       location_alternatives=["Habur"],
       summary="four PKK members surrendered at the Habur gate within the past week (defection; borderline)"),
], not_event_locations=["Ankara"],
   removed_lines=["Photo: AA archive", "Keywords: MSB, PKK/YPG, Peace Spring, Manbij"])

ITEMS = [(a10, d10), (a11, d11), (a12, d12)]
