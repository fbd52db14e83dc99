from common import *

DOCS = []

# ---- ext4-09: headline contradicts body, Mexico ----
T = """
Twenty dead as cartels battle on Day of the Dead in Michoacán

TEPALCATEPEC, Michoacán — Gunmen of the Jalisco New Generation Cartel and the rival Cárteles Unidos fought for several hours on Sunday in the hills outside Tepalcatepec, using rifles, armoured trucks and drones fitted with explosives, as families in the town tended graves for the Day of the Dead.

The Michoacán state prosecutor's office said on Monday evening that it had recovered twelve bodies from the area of El Bejuco and La Romera, all of them men believed to be members of the armed groups. Early posts on social media had spoken of twenty dead; the prosecutor's office said that figure "has not been verified". At least four people were wounded, including a woman hit by shrapnel in her yard.

Residents said the shooting began at about 11 a.m. and that at least one explosive drone fell near the road to the cemetery. Many stayed indoors through the afternoon rather than visit their relatives' graves.

On Monday soldiers of the Defence Ministry searching nearby Aguililla seized two improvised armoured trucks, some thirty rifles and fifteen explosive devices designed to be dropped from drones. No arrests were reported.

Tepalcatepec, on the border with Jalisco, has been disputed for years by the CJNG and local groups allied under the Cárteles Unidos banner. Federal officials said reinforcements of the National Guard had arrived on Monday night.

Follow us on X and Facebook
"""
A = article("ext4-09", "2026-11-03", "Noticias del Pacífico (English edition)", "Twenty dead as cartels battle on Day of the Dead in Michoacán", T)
CU = ["Carteles Unidos", "Cárteles Unidos", "United Cartels"]
SEDENA = mil("Mexico", ["Defence Ministry", "SEDENA", "Mexican army", "Secretaría de la Defensa Nacional", "soldiers"], "2024-")
G = gold("ext4-09", "2026-11-03", ["Follow us on X and Facebook"], ["Jalisco"],
    [ev("E1", "Battles", "Armed clash", "2026-11-01", ["2026-11-01", "2026-11-01"], "Mexico", "Michoacan", "Tepalcatepec",
        CJNG + CU, CU + CJNG, fat=[12, 12], admin1_variants=["Michoacán", "Michoacán de Ocampo", "Michoacan de Ocampo"],
        location_alternatives=["El Bejuco", "La Romera"],
        summary="CJNG vs Carteles Unidos near Tepalcatepec with drones; prosecutor 12 bodies; headline/social media 20",
        fatalities_note="prosecutor's 12 is the verified figure; the headline's 20 is unverified",
        sub_event_note="one incident with explosive drones: Battles (most severe part)"),
     ev("E2", "Strategic developments", "Disrupted weapons use", "2026-11-02", ["2026-11-02", "2026-11-02"], "Mexico", "Michoacan", "Aguililla",
        SEDENA, None, fat=None, required=False, admin1_variants=["Michoacán", "Michoacán de Ocampo"],
        summary="army seizes armoured trucks, rifles and drone bombs in Aguililla; borderline")])
DOCS.append((A, G))

# ---- ext4-10: translated from Hausa, Nigeria (Katsina) ----
T = """
Bandits abduct worshippers at mosque in Faskari, kill two

(This report was first broadcast in Hausa and has been translated.)

People of Mairuwa village in Faskari Local Government Area of Katsina State are in mourning after bandits attacked the village mosque during the night prayer of Thursday into Friday and took away twenty-three worshippers.

A resident, Malam Sani, told our correspondent that the 'yan bindiga came on more than forty motorcycles, surrounded the mosque and started shooting. "They killed the muezzin and one young man who tried to run. Then they tied the others and took them into the bush," he said. Among those taken are boys of fourteen and fifteen years.

The spokesman of the Katsina State police command confirmed the attack in a statement on Friday and said the command had deployed tactical teams to the area. He did not give the number of people taken, saying only that "a number of worshippers" were abducted and two persons lost their lives.

On Friday afternoon, members of the community watch, together with the state's Community Watch Corps, pursued the bandits into the forest near Ruwan Godiya. Residents said there was an exchange of fire and three of the bandits were killed, but the abducted people were not freed.

Faskari has suffered many such attacks. The villagers say they have paid levies to the bandits before, and wonder why it did not protect them.

Please send us your reports through WhatsApp.
"""
A = article("ext4-10", "2026-11-14", "Muryar Arewa (English service)", "Bandits abduct worshippers at mosque in Faskari, kill two", T, original_language="ha")
BANDITS = uag("Nigeria", ["bandits", "'yan bindiga", "armed bandits", "Bandits (Nigeria)", "Unidentified Armed Group (Nigeria) bandits"])
VIG = ["Katsina Community Watch Corps", "Community Watch Corps", "KSCWC", "Militia (Katsina Community Watch Corps)",
       "community watch", "vigilantes", "Vigilantes (Nigeria)", "Militia (Nigeria)"]
G = gold("ext4-10", "2026-11-14", ["Please send us your reports through WhatsApp."], [],
    [ev("E1", "Violence against civilians", "Attack", "2026-11-12", ["2026-11-12", "2026-11-13"], "Nigeria", "Katsina", "Mairuwa",
        BANDITS, civ("Nigeria", ["worshippers"]), fat=[2, 2],
        summary="bandits attack mosque during night prayer Thursday into Friday, kill 2, abduct 23",
        date_note="night (Isha) prayer on Thursday 12 Nov; window covers the night into Friday",
        sub_event_note="killings and abductions in one incident: Attack (most severe); Abduction/forced disappearance arguable",
        place_note="Mairuwa village, Faskari LGA"),
     ev("E2", "Battles", "Armed clash", "2026-11-13", ["2026-11-13", "2026-11-13"], "Nigeria", "Katsina", "Ruwan Godiya",
        VIG, BANDITS, fat=[3, 3], location_alternatives=["Faskari"],
        summary="community watch pursue bandits into forest near Ruwan Godiya; 3 bandits killed (residents)")])
DOCS.append((A, G))

# ---- ext4-11: translated from Burmese, Myanmar ----
T = """
Junta jet bombs village in Wetlet Township, eight killed

(Translated from the Burmese-language edition.)

At about 2 p.m. on the 18th, a fighter jet of the military council dropped two bombs on Kyauk Sin village in Wetlet Township, Sagaing Region, killing eight villagers including three children, according to the local People's Defence Force and residents.

"The jet came from the direction of Shwebo and circled twice before dropping the bombs on the monastery compound where people displaced from nearby villages were staying," a member of the village's administration team said. More than ten people were injured and the monastery's main hall was destroyed.

The junta-controlled newspaper said on the 19th that the air force had "carried out security operations against a PDF terrorist training camp" in Wetlet Township, without mentioning civilian casualties.

In a separate development, joint forces of the Kachin Independence Army and local PDFs said they captured the military's outpost at Nam Sang Yang, a village near Indaw in Katha District, after two days of fighting ending on the 19th. A KIA spokesperson said the soldiers withdrew towards the town and that weapons and ammunition were seized. The military did not comment on the loss of the outpost.

Meanwhile, state media reported that eight members of the PDF had "returned to the legal fold" in Shwebo with their weapons.

Readers can follow us on Telegram.
"""
A = article("ext4-11", "2026-11-20", "Myanmar Now-style independent outlet (translated)", "Junta jet bombs village in Wetlet Township, eight killed", T, original_language="my")
PDF = ["People's Defence Force", "PDF", "People's Defense Force", "People's Defence Force (Sagaing)", "local PDFs",
       "National Unity Government", "NUG"]
KIA = ["Kachin Independence Army", "KIA", "Kachin Independence Organization", "KIO"]
G = gold("ext4-11", "2026-11-20", ["Readers can follow us on Telegram."], [],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-18", ["2026-11-18", "2026-11-18"], "Myanmar", "Sagaing", "Wetlet",
        TATMADAW + ["Myanmar Air Force", "military council"], civ("Myanmar", ["villagers", "displaced people"]), fat=[8, 8],
        location_alternatives=["Kyauk Sin", "Wetlet Township"], admin1_variants=["Sagaing Region"],
        summary="jet bombs monastery sheltering IDPs in Kyauk Sin village, Wetlet Township; 8 killed",
        place_note="village in Wetlet Township; coded to the township"),
     ev("E2", "Battles", "Non-state actor overtakes territory", "2026-11-19", ["2026-11-18", "2026-11-19"], "Myanmar", "Sagaing", "Indaw",
        KIA + PDF, TATMADAW, fat=None, claimed=KIA, location_alternatives=["Nam Sang Yang", "Katha"],
        admin1_variants=["Sagaing Region"], summary="KIA/PDF capture outpost at Nam Sang Yang near Indaw after two days ending 19th",
        date_note="two days of fighting ending on the 19th"),
     ev("E3", "Strategic developments", "Change to group/activity", None, ["2026-11-13", "2026-11-20"], "Myanmar", "Sagaing", "Shwebo",
        PDF, TATMADAW, fat=None, required=False,
        summary="state media: eight PDF members 'returned to the legal fold' in Shwebo; borderline, undated")])
DOCS.append((A, G))

# ---- ext4-12: translated from Spanish, Colombia (Cauca) ----
T = """
Dissidents attack Suárez police station with drones; one officer dead

Translated from Spanish.

POPAYÁN — In the early hours of this Monday, members of the Jaime Martínez front, a structure of the FARC dissidence known as the Estado Mayor Central (EMC), attacked the police station of the municipality of Suárez, in the north of Cauca, with rifle fire and drones loaded with explosives, the Cauca Police Department reported.

A patrolman, 24 years old, died of his wounds on the way to the hospital in Santander de Quilichao, and two civilians who lived next to the station were injured. The attack lasted about two hours before army reinforcements arrived from the La Salvajina sector.

The governor of Cauca said in a message on social networks that "the demons of violence will not bend this department" and announced a reward of up to 200 million pesos for information on those responsible.

The day before, on Sunday, some 500 members of the Indigenous Guard and residents of Toribío marched peacefully through the municipal centre to reject the recruitment of minors by armed groups. The march ended without incident.

According to the Ombudsman's Office, Cauca has registered more than sixty attacks against the public force so far this year.

Read also: Fuel shortage hits Popayán gas stations
"""
A = article("ext4-12", "2026-11-24", "Diario del Cauca (translated)", "Dissidents attack Suárez police station with drones; one officer dead", T, original_language="es")
EMC = ["Estado Mayor Central", "EMC", "FARC dissidents", "FARC dissidence", "Jaime Martinez Front", "Jaime Martínez front",
       "Frente Jaime Martinez", "FARC-EP (Estado Mayor Central)", "EMC FARC-EP", "FARC Dissidents"]
G = gold("ext4-12", "2026-11-24", ["Read also: Fuel shortage hits Popayán gas stations"],
    ["Popayan", "Popayán", "Santander de Quilichao"],
    [ev("E1", "Battles", "Armed clash", "2026-11-23", ["2026-11-23", "2026-11-23"], "Colombia", "Cauca", "Suarez",
        EMC, pol("Colombia", ["Colombian police", "National Police of Colombia"]) + mil("Colombia"), fat=[1, 1],
        location_alternatives=["Suárez"],
        summary="EMC Jaime Martinez front attack Suarez police station with rifles and explosive drones; 1 patrolman killed",
        sub_event_note="armed attack on a police station with drones, two hours: Battles"),
     ev("E2", "Protests", "Peaceful protest", "2026-11-22", ["2026-11-22", "2026-11-22"], "Colombia", "Cauca", "Toribio",
        prot("Colombia", ["Indigenous Guard", "Indigenous protesters", "residents"]), None, fat=[0, 0],
        location_alternatives=["Toribío"], summary="~500 march in Toribio against recruitment of minors; ended without incident")])
DOCS.append((A, G))
