import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build"))
from common import *

DOCS = []

# ---- ext4-h01: rebel press release, Ethiopia (translated from Amharic) ----
T = """
AMHARA FANO NATIONAL FORCE — PUBLIC RELATIONS DEPARTMENT
Statement to the Amhara people and the international community
Hidar 9, 2019 E.C. (18 November 2026)

(Unofficial translation from Amharic.)

1. On Tuesday, Hidar 8, 2019 E.C., our heroic Fano forces of the Wollo command, after fierce fighting that began before dawn, completely liberated the town of Mekane Selam from the fascist regime's army. More than 60 members of the regime's forces were eliminated and many others captured along with their weapons. The people of Mekane Selam welcomed their sons with ululation.

2. On Sunday, Hidar 6, the regime, which has no mercy for its own people, sent a drone that struck a minibus carrying market-goers near Lalibela, martyring 11 innocent civilians, among them women and a priest. We call on human rights organisations to investigate this crime.

3. We inform the people that our struggle is not against any nation or nationality but against a regime that has chosen to govern by the drone.

Victory to the people! The Amhara Fano National Force.

Editor's note: The Ethiopian government did not respond to the claims. State-affiliated media reported on Wednesday that the national defence forces had "foiled an attack by extremist elements" at Mekane Selam and killed "dozens" of them, without saying whether the army still held the town. Neither account could be verified; telecommunications in much of Amhara remain restricted.

Share on Facebook | Share on Telegram
"""
A = article("ext4-h01", "2026-11-19", "Amhara diaspora news site (translated)", "Fano says it 'liberated' Mekane Selam; accuses army of drone strike near Lalibela", T, original_language="am")
AM = ["Amhara", "Amhara Region", "Amara"]
G = gold("ext4-h01", "2026-11-19", ["Share on Facebook | Share on Telegram"], [],
    [ev("E1", "Battles", "Armed clash", "2026-11-17", ["2026-11-17", "2026-11-17"], "Ethiopia", "Amhara", "Mekane Selam",
        FANO + ["Amhara Fano National Force", "AFNF", "Fano (Wollo)"], ENDF, fat=[12, 72], claimed=FANO + ["Amhara Fano National Force", "AFNF"],
        admin1_variants=AM, location_alternatives=["Mekane Selam", "Mekaneselam", "Mekane Selam town"],
        summary="Fano claims capture of Mekane Selam (Hidar 8 = 17 Nov); state media: attack foiled, 'dozens' killed",
        sub_event_note="capture claimed only by Fano and denied in effect: Armed clash; Non-state actor overtakes territory defensible",
        fatalities_note="state media 'dozens' (12) of Fano; Fano 'more than 60' of the army; range 12-72"),
     ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-11-15", ["2026-11-15", "2026-11-15"], "Ethiopia", "Amhara", "Lalibela",
        ENDF + ["Ethiopian Air Force"], civ("Ethiopia", ["market-goers"]), fat=[11, 11], admin1_variants=AM,
        summary="drone strike on a minibus near Lalibela on Sunday Hidar 6 = 15 Nov; 11 civilians (Fano figure)",
        actor_note="attribution by Fano; the government did not respond")])
DOCS.append((A, G))

# ---- ext4-h02: weekly Sahel digest ----
T = """
SAHEL SECURITY WEEK — 2 to 8 November 2026

Niger — Tillabéri. In the night of 3 to 4 November, fighters of the Islamic State's Sahel branch (EIGS, also called ISSP) raided a hamlet of the commune of Tondikiwindi, in Ouallam department, killing a dozen villagers and driving off cattle. Local elected officials said the assailants had accused residents of informing the army.

Burkina Faso — Est. On Thursday, a passenger bus struck an explosive device on the road between Fada N'Gourma and Kantchari, some 30 km east of Fada. Six passengers were killed, a hospital source said. JNIM is active on that axis; no claim was made.

Mali — Ségou. On the 6th, Malian soldiers accompanied by Africa Corps personnel — the Russian force that replaced Wagner — rounded up and executed herders at the weekly market of Sokolo, according to local associations, who said over twenty civilians were killed. The army said it had "neutralised terrorists" in the area.

Chad — Lac. Boko Haram fighters attacked an army position on an island near Ngouboua at dawn on Saturday. Three soldiers were killed, a military source said; the attackers fled by boat.

Niger — Niamey. On Wednesday, students of Abdou Moumouni University held a sit-in over unpaid grants in front of the rectorate. Police dispersed them with tear gas and detained about fifteen.

Elsewhere: Burkina Faso's government extended the state of emergency in eight provinces for six months.

Sahel Security Week is compiled from public sources and partner networks.
"""
A = article("ext4-h02", "2026-11-09", "Sahel Security Week", "SAHEL SECURITY WEEK — 2 to 8 November 2026", T)
NIGER = mil("Niger", ["Nigerien army", "Niger army", "FAN"], "2023-")
BF = mil("Burkina Faso", ["Burkinabe army"], "2022-")
FAMA = mil("Mali", ["FAMa", "Malian Armed Forces", "Malian army", "Malian soldiers"], "2021-")
CHAD = mil("Chad", ["Chadian army", "ANT", "Armée Nationale Tchadienne", "Chadian military"], "2021-")
G = gold("ext4-h02", "2026-11-09", ["Sahel Security Week is compiled from public sources and partner networks."], ["Kantchari"],
    [ev("E1", "Violence against civilians", "Attack", "2026-11-04", ["2026-11-03", "2026-11-04"], "Niger", "Tillaberi", "Tondikiwindi",
        ISSP + ["EIGS"], civ("Niger", ["villagers"]), fat=[12, 12], admin1_variants=["Tillabéri", "Tillabery"],
        location_alternatives=["Ouallam"], summary="ISSP raid on a hamlet of Tondikiwindi commune, 'a dozen' killed"),
     ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-05", ["2026-11-05", "2026-11-05"], "Burkina Faso", "Est", "Fada N'Gourma",
        uag("Burkina Faso") + JNIM, civ("Burkina Faso", ["bus passengers"]), fat=[6, 6], admin1_variants=["Goulmou", "East"],
        location_alternatives=["Fada Ngourma", "Fada"], place_note="30 km east of Fada on the Kantchari road; geo precision 2"),
     ev("E3", "Violence against civilians", "Attack", "2026-11-06", ["2026-11-06", "2026-11-06"], "Mali", "Segou", "Sokolo",
        FAMA + WAGNER, civ("Mali", ["herders"]), fat=[20, 20], admin1_variants=["Ségou"],
        fatalities_note="'over twenty' per local associations -> 20; the army claims 'terrorists neutralised'"),
     ev("E4", "Battles", "Armed clash", "2026-11-07", ["2026-11-07", "2026-11-07"], "Chad", "Lac", "Ngouboua",
        JAS + ISWAP + uag("Chad"), CHAD, fat=[3, 3], actor_note="'Boko Haram' in Lac may be JAS or ISWAP; both accepted"),
     ev("E5", "Protests", "Protest with intervention", "2026-11-04", ["2026-11-04", "2026-11-04"], "Niger", "Niamey", "Niamey",
        prot("Niger", ["students"]), pol("Niger"), fat=None)])
DOCS.append((A, G))

# ---- ext4-h03: translated from Pashto, Afghanistan ----
T = """
Three children killed as Pakistani mortars hit Dangam homes

(Translated from the Pashto service.)

ASADABAD — Three children of one family were killed and their mother was wounded when mortar shells fired by Pakistani forces hit houses in the Dangam district of Kunar province on Monday night, the provincial information department said.

Local elders said the shelling started at about ten in the evening and continued for nearly two hours, hitting two villages close to the Durand Line. "The children were asleep," said a relative. "We buried them in the morning."

The Islamic Emirate's spokesman condemned the attack in a statement from Kabul and said Afghanistan "reserves the right to respond". Pakistani officials did not comment.

In Nangarhar province, meanwhile, a roadside bomb struck a vehicle of the Islamic Emirate's forces in the Achin district on Tuesday morning, killing two and injuring three. Daesh, the Khorasan branch of the Islamic State, claimed the blast through its Amaq outlet.

Tension along the frontier has not eased since the fierce clashes of October last year, when the two sides fought along several stretches of the border for days before a truce mediated by Qatar and Turkey.

Readers can send their news and photos to our WhatsApp number.
"""
A = article("ext4-h03", "2026-11-04", "Pashto service (translated)", "Three children killed as Pakistani mortars hit Dangam homes", T, original_language="ps")
PAK = mil("Pakistan", ["Pakistani forces", "Pakistan Army", "Pakistani army", "Pakistani military"], "2024-")
G = gold("ext4-h03", "2026-11-04", ["Readers can send their news and photos to our WhatsApp number."], ["Asadabad", "Kabul"],
    [ev("E1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-02", ["2026-11-02", "2026-11-03"], "Afghanistan", "Kunar", "Dangam",
        PAK, civ("Afghanistan", ["children"]), fat=[3, 3], admin1_variants=["Konar", "Kunar province"],
        location_alternatives=["Dangam district"], summary="Pakistani mortars on Dangam villages Monday night; 3 children killed",
        date_note="published Wednesday 4 Nov; Monday night = 2 Nov, ~22:00 to midnight"),
     ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-03", ["2026-11-03", "2026-11-03"], "Afghanistan", "Nangarhar", "Achin",
        ISKP + ["Daesh"], TALIBAN, fat=[2, 2], claimed=ISKP + ["Daesh"], admin1_variants=["Ningarhar", "Nangrahar"]),
     ev("E3", "Battles", "Armed clash", "2025-10", ["2025-10-01", "2025-10-31"], "Afghanistan", None, None,
        TALIBAN, PAK, fat=None, required=False, background=True,
        summary="October 2025 Afghan-Pakistani border clashes, recalled; no place inside the country given")])
DOCS.append((A, G))

# ---- ext4-h04: translated from Portuguese, Brazil (Rio) ----
T = """
Operation in Maré leaves 10 dead; residents set bus on fire in protest

Translated from Portuguese.

RIO DE JANEIRO — A Military Police operation against the Comando Vermelho (CV) faction in the Complexo da Maré, in the North Zone of Rio, ended with eight dead on the night of this Thursday (19), according to the Rio de Janeiro State Security Secretariat. Seven of the dead were suspects, the secretariat said, and one was a corporal of the Special Operations Battalion (BOPE), hit in the neck during an exchange of fire near the Nova Holanda community.

The police said the agents were received with gunfire "from several points" and that they seized four rifles, two grenades and drugs. Residents' associations said that two of the dead had no links to crime and that the operation had lasted more than ten hours, keeping thousands of children out of school.

On Friday (20), residents who blamed the police for the deaths blocked the Avenida Brasil with debris and set fire to a bus near the Maré footbridge. Nobody was hurt; the Military Police dispersed the group with stun grenades and the road was reopened around noon.

The Public Defender's Office said it would request the footage of the officers' body cameras.

Also read: Temperatures above 40°C expected this weekend
"""
A = article("ext4-h04", "2026-11-21", "Jornal da Zona Norte (translated)", "Operation in Maré leaves 10 dead; residents set bus on fire in protest", T, original_language="pt")
PMERJ = pol("Brazil", ["Military Police", "Military Police of Rio de Janeiro", "PMERJ", "Polícia Militar", "BOPE",
        "Military Police of Rio de Janeiro State", "Police Forces of Brazil (2023-) Military Police"])
CV = ["Comando Vermelho", "CV", "Red Command"]
G = gold("ext4-h04", "2026-11-21", ["Also read: Temperatures above 40°C expected this weekend"], [],
    [ev("E1", "Battles", "Armed clash", "2026-11-19", ["2026-11-19", "2026-11-20"], "Brazil", "Rio de Janeiro", "Rio de Janeiro",
        PMERJ, CV, fat=[8, 8], location_alternatives=["Mare", "Maré", "Complexo da Maré", "Nova Holanda"],
        summary="police operation vs Comando Vermelho in Maré, night of Thursday 19; 8 dead (secretariat); headline says 10",
        fatalities_note="body: eight (7 suspects + 1 corporal); the headline's 10 is not supported by the body"),
     ev("E2", "Riots", "Violent demonstration", "2026-11-20", ["2026-11-20", "2026-11-20"], "Brazil", "Rio de Janeiro", "Rio de Janeiro",
        riot("Brazil", ["residents"]) + prot("Brazil"), PMERJ, fat=[0, 0],
        location_alternatives=["Mare", "Maré", "Avenida Brasil"], summary="residents block Avenida Brasil and burn a bus; dispersed with stun grenades")])
DOCS.append((A, G))
