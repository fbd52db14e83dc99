from common import *

DOCS = []

# ---- ext4-01: long feature, Burkina Faso; event in paragraph 4 ----
T = """
OUAGADOUGOU — The water queue in Kaya's Secteur 6 starts forming before the call to prayer. By six in the morning there are more than two hundred yellow jerrycans lined up along the wall of the old cotton depot, each one standing in for a family that has walked here from somewhere else.

Photo: Displaced women queue for water in Kaya. (Sahel Voices/File)

Aminata, 34, came from Barsalogho two years ago. She still speaks of the August 2024 massacre there, when fighters turned on villagers who had been ordered to dig a defensive trench, as the day her town "stopped being a place". She does not give a number for the dead. Nobody here does; the figures that circulated then ranged so widely that people stopped repeating them.

The city's population has roughly doubled, aid officials say, and the market now sells firewood at four times the price of 2022. Teachers from closed schools in the north run informal classes under the mango trees behind the prefecture.

The newest arrivals came last week from Boussouma, a rural commune some 20 km east of Kaya. At dawn on Thursday, gunmen on motorbikes stormed a post of the Volunteers for the Defence of the Homeland (VDP) on the edge of the town. A local official reached by phone said nine volunteers and three civilians who had been sleeping near the post were killed, and that the attackers left with two pickup trucks. A statement circulated on Telegram and attributed to Jama'at Nusrat al-Islam wal-Muslimin — the al-Qaeda-linked alliance known by its French acronym GSIM — claimed the assault and put the toll at "more than thirty apostate militiamen". The army has not commented.

By Friday afternoon, about 40 families from Boussouma had registered at the transit site near Kaya's bus station.

"We left the millet standing in the fields," said one man, who asked not to be named. "If we go back to harvest, they will be waiting."

The government says a new push to retake rural roads is under way in the Centre-Nord. For Aminata, the promise sounds familiar. "They say it every rainy season," she said.

Share this story
"""
A = article("ext4-01", "2026-11-16", "Sahel Voices (feature desk)", "In Kaya, a city that keeps on growing: the displaced of Burkina Faso's Centre-Nord", T)
VDP = ["Volunteers for the Defense of the Homeland", "VDP", "Volontaires pour la Défense de la Patrie",
       "Volunteers for the Defence of the Homeland", "Military Forces of Burkina Faso",
       "Military Forces of Burkina Faso (2022-)", "Military Forces of Burkina Faso (2022-) VDP"]
CN = ["Centre-Nord", "Centre Nord", "Center-North", "Kuilse", "Kuilsé"]
G = gold("ext4-01", "2026-11-16",
    ["Photo: Displaced women queue for water in Kaya. (Sahel Voices/File)", "Share this story"],
    ["Ouagadougou", "Kaya"],
    [ev("E1", "Battles", "Armed clash", "2026-11-12", ["2026-11-12", "2026-11-12"], "Burkina Faso", "Centre-Nord", "Boussouma",
        uag("Burkina Faso", ["gunmen"]) + JNIM, VDP, fat=[12, 12], claimed=JNIM,
        admin1_variants=CN,
        summary="dawn attack on a VDP post at Boussouma; 9 VDP + 3 civilians killed (local official); JNIM claims 'more than thirty'",
        date_note="published Monday 16 Nov; 'at dawn on Thursday' = 12 Nov",
        fatalities_note="local official 12 (9 VDP + 3 civilians); JNIM's 'more than thirty' is a claim, not credible count",
        place_note="rural commune 20 km east of Kaya; Kaya itself is not the event place"),
     ev("E2", "Violence against civilians", "Attack", "2024-08", ["2024-08-01", "2024-08-31"], "Burkina Faso", "Centre-Nord", "Barsalogho",
        JNIM + uag("Burkina Faso", ["fighters"]), civ("Burkina Faso", ["villagers"]), fat=None, required=False, background=True,
        admin1_variants=CN, summary="Barsalogho massacre of August 2024, recalled; no figure given")])
DOCS.append((A, G))

# ---- ext4-02: Q&A interview, Nigeria (Borno) ----
T = """
'The road to Marte is a road of checkpoints': Q&A with an aid worker in Borno

Halima Bukar has coordinated food distributions in northern Borno State for six years. We spoke to her by phone from Maiduguri on Monday. The interview has been edited for length.

Q: How would you describe the situation in the Lake Chad area right now?

A: Tense, but people are used to tense. What has changed this year is that the armed groups are more confident. Last Tuesday ISWAP fighters overran the army base at Marte again. As far as we know eleven soldiers were killed, and the fighters carried away weapons and a gun truck before the air force came. The army spoke only of "a few casualties", but families in Maiduguri were already holding funerals by Thursday. ISWAP posted photos afterwards claiming the raid.

Q: Does that affect your work?

A: Immediately. Our trucks to Dikwa and Marte were stopped for four days. We lost a full cycle of distributions.

Q: What about the women and girls you work with?

A: Abduction is the fear that never goes. Earlier this month, seven women collecting firewood outside Konduga were taken by Boko Haram fighters, the Shekau faction people still call JAS. Two escaped and walked back. Five are still missing. People remember Chibok — everyone here does — but these cases never reach the newspapers.

Q: Is there anything that gives you hope?

A: The farmers. They go back every season. Some of them return to fields that were mined, and still they plant.

Q: What do you need most?

A: Predictable access. Not more promises. Roads.

Related: Borno governor visits Bama resettlement site
"""
A = article("ext4-02", "2026-11-10", "Lake Chad Monitor", "'The road to Marte is a road of checkpoints': Q&A with an aid worker in Borno", T)
NGA = mil("Nigeria", ["Nigerian Army", "Nigerian military", "Nigerian army", "army"], "2023-")
G = gold("ext4-02", "2026-11-10", ["Related: Borno governor visits Bama resettlement site"],
    ["Maiduguri", "Dikwa", "Bama"],
    [ev("E1", "Battles", "Armed clash", "2026-11-03", ["2026-11-03", "2026-11-03"], "Nigeria", "Borno", "Marte",
        ISWAP, NGA, fat=[11, 11], claimed=ISWAP,
        summary="ISWAP overran the Marte army base, 11 soldiers killed (interviewee), weapons and gun truck taken; army 'a few casualties'",
        date_note="published Tuesday 10 Nov; 'last Tuesday' = 3 Nov (interview Monday 9 Nov)",
        fatalities_note="interviewee 'as far as we know eleven'; army 'a few casualties' (casualties says nothing about deaths)",
        sub_event_note="base overrun and left: Armed clash (Non-state actor overtakes territory is arguable)"),
     ev("E2", "Violence against civilians", "Abduction/forced disappearance", None, ["2026-11-01", "2026-11-09"], "Nigeria", "Borno", "Konduga",
        JAS + uag("Nigeria"), civ("Nigeria", ["women"]), fat=None,
        summary="seven women collecting firewood abducted outside Konduga by JAS; two escaped",
        date_note="'earlier this month' relative to a 9-10 Nov interview")])
DOCS.append((A, G))

# ---- ext4-03: army communique, Mali (translated from French) ----
T = """
REPUBLIC OF MALI — One People, One Goal, One Faith
GENERAL STAFF OF THE ARMED FORCES
COMMUNIQUÉ No. 112

Bamako, 7 November 2026 — The General Staff of the Armed Forces informs national and international opinion of the following actions carried out in the framework of the securing of the national territory.

1. On 5 November 2026, following precise intelligence, the aerial vectors of the FAMa struck a gathering of armed terrorist groups in the area of Boulkessi, in the Douentza sector. Fourteen (14) terrorists were neutralised and several motorcycles and logistics destroyed.

2. In the night of 4 to 5 November, a FAMa unit escorting fuel tankers was the target of a complex ambush between Kayes and Diboli. The vigorous reaction of our forces made it possible to repel the assailants. Provisional toll: on the friendly side, two (2) soldiers fallen on the field of honour and four wounded; on the enemy side, nine (9) terrorists neutralised and weapons recovered. The convoy reached its destination.

3. On the 6th, the security services arrested three individuals suspected of supplying the terrorists with fuel at Sévaré. They have been placed at the disposal of the competent authorities.

The General Staff salutes the memory of the fallen, wishes a prompt recovery to the wounded and reassures the population that the FAMa, with their partners, remain committed to the total eradication of terrorism.

Translated from French by the Sahel Watch desk.
#FAMa #Mali #Sécurité
"""
A = article("ext4-03", "2026-11-07", "Sahel Watch (translation of a FAMa communiqué)", "Mali army: 14 terrorists neutralised near Boulkessi; convoy ambushed on the Kayes road", T, original_language="fr")
FAMA = mil("Mali", ["FAMa", "Malian Armed Forces", "Malian army", "Forces Armées Maliennes"], "2021-")
G = gold("ext4-03", "2026-11-07", ["#FAMa #Mali #Sécurité"], ["Bamako"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-05", ["2026-11-05", "2026-11-05"], "Mali", "Mopti", "Boulkessi",
        FAMA, uag("Mali", ["armed terrorist groups"]) + JNIM, fat=[14, 14],
        admin1_variants=["Douentza"], fatalities_note="army figure, 14 'neutralised'",
        place_note="Boulkessi, Douentza sector; Mopti region (Douentza region under the 2023 reorganisation)"),
     ev("E2", "Battles", "Armed clash", "2026-11-05", ["2026-11-04", "2026-11-05"], "Mali", "Kayes", "Diboli",
        uag("Mali", ["assailants", "armed terrorist groups"]) + JNIM, FAMA, fat=[2, 11],
        location_alternatives=["Kayes"], summary="ambush on a fuel convoy between Kayes and Diboli, night of 4-5 Nov",
        fatalities_note="2 soldiers; plus 9 'neutralised' per the army = 11"),
     ev("E3", "Strategic developments", "Arrests", "2026-11-06", ["2026-11-06", "2026-11-06"], "Mali", "Mopti", "Sevare",
        FAMA + pol("Mali") + ["security services", "Malian security services"], civ("Mali", ["suspected fuel suppliers"]), fat=None, required=False,
        location_alternatives=["Sévaré"], summary="three suspected fuel suppliers arrested at Sévaré; borderline (unnamed suspects)")])
DOCS.append((A, G))

# ---- ext4-04: police blotter, Kenya (Lamu) ----
T = """
LAMU COUNTY POLICE — WEEKLY OCCURRENCE SUMMARY
Week ending Wednesday, 18 November 2026
Compiled from station Occurrence Books for publication by the Lamu Coast Courier.

SUNDAY 15/11 — MILIMANI/BAURE ROAD (Lamu East). At about 1040hrs a police Land Cruiser on patrol struck an improvised explosive device roughly 6 km from Baure. Two officers died at the scene and three were airlifted to Mombasa in serious condition. Officers suspect Al Shabab militants operating out of Boni forest. OB 14/15/11/2026.

MONDAY 16/11 — MPEKETONI. Acting on a tip-off, officers arrested two men at a house near the Mpeketoni market and recovered three detonators, a roll of cable and a phone. The two are being held pending arraignment. OB 22/16/11/2026.

MONDAY 16/11 — WITU. A farmer reported the theft of eleven goats from his homestead. Inquiries ongoing. OB 09/16/11/2026.

TUESDAY 17/11 — HINDI. About two hundred residents blocked the Lamu–Garsen highway near Hindi centre with stones and burning tyres, demanding more security after Sunday's blast. Police fired teargas to reopen the road; five people were arrested and released on cash bail the same evening. No injuries were reported. OB 31/17/11/2026.

TUESDAY 17/11 — MOKOWE. A boda boda rider reported that a passenger snatched his phone and fled. Suspect unknown.

Members of the public with information are asked to call 999 or the nearest station.
Advertisement
"""
A = article("ext4-04", "2026-11-18", "Lamu Coast Courier", "Lamu police log: two officers killed by roadside bomb near Baure; highway protest at Hindi", T)
KPOL = pol("Kenya", ["Kenya Police", "National Police Service", "Kenyan police", "police"])
G = gold("ext4-04", "2026-11-18", ["Advertisement"], ["Mombasa", "Witu", "Mokowe", "Boni forest"],
    [ev("E1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-15", ["2026-11-15", "2026-11-15"], "Kenya", "Lamu", "Baure",
        SHABAAB + uag("Kenya"), KPOL, fat=[2, 2], location_alternatives=["Milimani"],
        summary="police Land Cruiser hit an IED on the Milimani-Baure road, 2 officers killed; Al Shabab suspected"),
     ev("E2", "Strategic developments", "Disrupted weapons use", "2026-11-16", ["2026-11-16", "2026-11-16"], "Kenya", "Lamu", "Mpeketoni",
        KPOL, civ("Kenya", ["suspects"]), fat=None, required=False,
        summary="two men arrested with detonators at Mpeketoni; borderline (Disrupted weapons use vs Arrests)"),
     ev("E3", "Riots", "Violent demonstration", "2026-11-17", ["2026-11-17", "2026-11-17"], "Kenya", "Lamu", "Hindi",
        riot("Kenya", ["residents"]) + prot("Kenya"), KPOL, fat=[0, 0],
        summary="residents blocked the highway with stones and burning tyres; teargas, five arrests; no injuries",
        sub_event_note="road blocked with stones and burning tyres: ACLED usually codes Violent demonstration; Protest with intervention is arguable")])
DOCS.append((A, G))
