"""ext7-05 .. ext7-08. Written blind (dev only)."""
from common import *

EMC = ["EMC: Central General Staff", "EMC", "Estado Mayor Central", "Central General Staff", "FARC Dissidents",
       "FARC-EP Dissidents", "FARC dissidents", "Carlos Patino Front", "Carlos Patiño Front", "Frente Carlos Patiño",
       "dissidents"]
ELN = ["ELN: National Liberation Army", "National Liberation Army", "ELN", "Ejército de Liberación Nacional"]
COL_MIL = mil("Colombia", ["Colombian army", "National Army of Colombia"])
RSF = ["Rapid Support Forces", "RSF", "Janjaweed"]
SAF = ["Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF", "Sudanese army"]
TATMADAW = ["Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "Tatmadaw", "Myanmar military",
            "junta", "military junta", "military council", "State Administration Council", "SAC",
            "State Security and Peace Commission", "SSPC"]
PDF = ["PDF: People's Defense Force", "People's Defense Force", "People's Defence Force", "PDF",
       "Yinmabin PDF", "resistance forces", "revolution forces"]
JNIM = ["JNIM: Group for Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin",
        "Group for the Support of Islam and Muslims"]

DOCS = []

# ---------------------------------------------------------------- 05 translated Spanish, Colombia
t = """
Drones with explosives attack military base in El Plateado; two soldiers dead

Two soldiers dead and five more wounded left the attack with drones loaded of explosives against the base of the Army in the corregimiento of El Plateado, municipality of Argelia, in the south of Cauca, in the night of this Saturday.

According to the information of the Third Division, at least four drones launched artefacts explosive over the installations between 10:40 and 11:15 of the night, while the uniformed tried to neutralise them with rifle fire. One of the charges fell on the sleeping quarters. The two soldiers died in the place; the wounded were evacuated by helicopter to Popayán, where one remains in reserved state.

The Army attributed the attack to the structure Carlos Patiño of the dissidences of the ex-FARC, of the so-called Estado Mayor Central, that disputes the control of the routes of the cocaine in the canyon of the Micay. Until the close of this edition no group had assumed the authorship.

This Sunday in the morning, a team of antiexplosives of the Army found a cylinder-bomb installed at the side of the road that communicates El Plateado with the urban centre of Argelia, some two kilometres from the base. The artefact, with more than 20 kilos of explosive, was destroyed in a controlled manner. "It was prepared for the troop that was going to go out to the registry of the zone," said a commander of the unit.

From Bogotá, the Minister of Defence lamented the death of "two heroes of the homeland" and announced the reinforcement with 300 men more. The governor of Cauca, from Popayán, asked for "a humanitarian corridor" for the communities, that since days live confined.

The use of drones by the illegal armed groups has multiplied: according to figures of the Army, in the first nine months of the year more than 180 attacks with drones were registered in Cauca, Nariño and Antioquia. Experts warn that the defence against these devices remains precarious.

El Plateado is a symbol of the conflict. In October of 2024 the Army entered the corregimiento after months of dominion of the dissidences, in an operation that the Government presented as the recovery of the territory. Since then the hostilities did not stop. The region also recalls the crisis of the Catatumbo, in Norte de Santander, where in January of 2025 the combats between the ELN and the dissidences of the 33rd Front left tens of dead and more than 50,000 displaced.

Community leaders of Argelia announced a mobilisation for this week to demand that the confrontations do not happen among the houses of the civil population.

(Translated from Spanish)
"""
a = article("ext7-05", "2026-10-26", "El Informador del Cauca (regional press, translated from Spanish)",
            "Drones with explosives attack military base in El Plateado; two soldiers dead", t, "es")
g = gold("ext7-05", "2026-10-26", ["Popayán", "Bogotá"], [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-10-24", ("2026-10-24", "2026-10-24"),
       "Colombia", "Cauca", "El Plateado", EMC, COL_MIL, fat=[2, 2], location_alternatives=["Argelia"],
       summary="explosive-laden drones hit the army base at El Plateado; 2 soldiers killed, 5 wounded",
       date_note="published Monday 26 Oct; 'in the night of this Saturday' (10:40-11:15 pm) = 24 Oct",
       actor_note="army attribution, no claim: claimed_by null"),
    ev("E2", "Strategic developments", "Disrupted weapons use", "2026-10-25", ("2026-10-25", "2026-10-25"),
       "Colombia", "Cauca", "El Plateado", COL_MIL, EMC, fat=None, location_alternatives=["Argelia"],
       summary="army bomb squad found and destroyed a cylinder bomb on the El Plateado-Argelia road",
       date_note="'This Sunday in the morning' = 25 Oct", trap_note="found, not fired: not an explosion"),
    ev("B1", "Battles", "Government regains territory", "2024-10", ("2024-10-01", "2024-10-31"),
       "Colombia", "Cauca", "El Plateado", COL_MIL, EMC, background=True, location_alternatives=["Argelia"],
       summary="army entered El Plateado in October 2024"),
    ev("B2", "Battles", "Armed clash", "2025-01", ("2025-01-01", "2025-01-31"),
       "Colombia", "Norte de Santander", None, ELN, EMC + ["33rd Front", "Frente 33"], fat=[10, 10], background=True,
       summary="Catatumbo fighting, January 2025; 'tens of dead'"),
], "translated local press (Spanish)")
DOCS.append((a, g))

# ---------------------------------------------------------------- 06 translated Arabic, Sudan
t = """
Nine martyrs in a drone attack of the terrorist militia on the livestock market in El Obeid

El Obeid - Our correspondent

Nine citizens were martyred and more than twenty were injured on Tuesday, corresponding to the third of November, when a drone belonging to the terrorist Rapid Support militia targeted the livestock market in the east of the city of El Obeid, capital of North Kordofan state, according to a statement of the Ministry of Health in the state.

Eyewitnesses told Al-Sahafa Al-Kordofani that the drone struck the market in the early hours of the morning, at the time of its greatest crowding with traders and herders arriving from the villages. "We heard the buzzing sound and after it the great explosion, and the people fell on the ground between the sheep," said a trader who lost his brother in the attack.

The Sudan Doctors Network said in a statement that the number of martyrs reached fourteen, among them two children, and that the El Obeid Teaching Hospital received the injured and suffers a shortage of blood bags. Some critically injured cases were transferred to Kosti in White Nile state.

The Rapid Support Forces did not comment on the attack, while a media advisor close to them denied that their forces target civilian markets and accused the army of "fabrications".

In another development, the official spokesman of the armed forces announced on Wednesday that the heroic forces clashed with the militia in the vicinity of the town of Bara, north of El Obeid, and "inflicted on the enemy heavy losses in souls and equipment". The Rapid Support said in return that it repelled an attack on its positions. Neither side gave a figure, and local sources spoke of casualties on both sides.

In Port Sudan, the Sovereignty Council condemned "the heinous crime" and called on the international community to classify the militia as a terrorist organisation, while the Ministry of Foreign Affairs summoned the ambassadors of several countries.

El Obeid has lived for months under the threat of drones and of the siege. Last September, a drone struck a mosque in the city during the dawn prayer, and the attacks with drones on the cities of Kordofan and Darfur have increased since the fall of El Fasher, capital of North Darfur, in the hands of the militia at the end of October 2025.

The United Nations estimates that more than twelve million Sudanese have been displaced since the outbreak of the war in April 2023.

The mourners buried the martyrs on Tuesday evening in the cemetery of the city in a crowded funeral, in which the participants chanted slogans against the militia.

(Translated from Arabic)
"""
a = article("ext7-06", "2026-11-05", "Al-Sahafa Al-Kordofani (local press, translated from Arabic)",
            "Nine martyrs in a drone attack of the terrorist militia on the livestock market in El Obeid", t, "ar")
g = gold("ext7-06", "2026-11-05", ["Kosti", "Port Sudan"], [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-03", ("2026-11-03", "2026-11-03"),
       "Sudan", "North Kordofan", "El Obeid", RSF, civ("Sudan"), fat=[9, 9], admin1_variants=["Shamal Kurdufan"],
       location_alternatives=["Al Ubayyid", "Al-Ubayyid"],
       summary="drone struck the livestock market in El Obeid; 9 killed (state ministry), 14 (doctors' network)",
       date_note="'Tuesday, corresponding to the third of November' = 3 Nov", fatalities_note="9 vs 14 -> 9",
       actor_note="attribution by the state; RSF denies; no claim"),
    ev("E2", "Battles", "Armed clash", "2026-11-04", ("2026-11-03", "2026-11-04"),
       "Sudan", "North Kordofan", "Bara", SAF, RSF, fat=None, admin1_variants=["Shamal Kurdufan"],
       summary="army and RSF clashed near Bara; no figure ('casualties on both sides')",
       date_note="announced on Wednesday 4 Nov; the clash day is not stated exactly",
       fatalities_note="'heavy losses' and 'casualties' give no death count -> null"),
    ev("B1", "Explosions/Remote violence", "Air/drone strike", "2026-09", ("2026-09-01", "2026-09-30"),
       "Sudan", "North Kordofan", "El Obeid", RSF + uag("Sudan"), civ("Sudan"), background=True,
       admin1_variants=["Shamal Kurdufan"], summary="'Last September, a drone struck a mosque in the city'"),
    ev("B2", "Battles", "Non-state actor overtakes territory", "2025-10", ("2025-10-20", "2025-10-31"),
       "Sudan", "North Darfur", "El Fasher", RSF, SAF, background=True, admin1_variants=["Shamal Darfur"],
       location_alternatives=["Al Fasher"], summary="fall of El Fasher, end of October 2025"),
], "translated local press (Arabic)")
DOCS.append((a, g))

# ---------------------------------------------------------------- 07 translated Burmese, Myanmar
t = """
Military council jet fighter bombs Pale market, 8 civilians killed

Pale Township, Sagaing Region - On 7 November, at about 10:30 am, a Yak-130 jet fighter of the military council dropped two bombs on the market of Pale town in Yinmabin District, Sagaing Region, killing eight civilians including two children and injuring about fifteen, said a local rescue team.

"It was Saturday, the market day, so many villagers came to sell vegetables. The jet came two times. The second bomb fell in the middle of the market," a member of the rescue team said. He said the injured were carried to a hidden clinic of the revolution side because the hospitals are under the military council and people dare not go.

Another local aid group said ten people died, but two of them are still not identified. About thirty shops and houses were burnt.

On the next day, 8 November, the Yinmabin People's Defence Force (PDF) together with other revolution forces attacked a military council column that was marching from Yinmabin towards the villages to the west. A PDF spokesman said the fighting went from morning until 3 pm and five military council soldiers were killed, and one PDF comrade was wounded. Sagaing Voice could not independently confirm the number.

The junta spokesman told reporters in Naypyitaw that the air force "attacked a gathering of terrorists" in the area and denied targeting the civilians.

The National Unity Government condemned the bombing as a war crime and called on the ASEAN and the United Nations to stop the sale of jet fuel to the military council.

Air strikes have increased across Sagaing Region since the beginning of this year, local monitoring groups say, as the military tries to take back the places it lost after Operation 1027, which the northern alliance started in northern Shan State on 27 October 2023. The people of Sagaing still remember the bombing of Pazigyi village in Kanbalu Township on 11 April 2023, where more than 160 people who came to an opening ceremony were killed.

A funeral for the eight victims was held on Sunday in Pale, and monks recited prayers. Residents say many families have moved to the monasteries and the forest, fearing more air attacks before the harvest.

(Translated from Burmese)
"""
a = article("ext7-07", "2026-11-09", "Sagaing Voice (local press, translated from Burmese)",
            "Military council jet fighter bombs Pale market, 8 civilians killed", t, "my")
g = gold("ext7-07", "2026-11-09", ["Naypyitaw"], [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-07", ("2026-11-07", "2026-11-07"),
       "Myanmar", "Sagaing", "Pale", TATMADAW + ["Air Force of Myanmar"], civ("Myanmar"), fat=[8, 8],
       summary="junta jet bombed Pale market; 8 killed (rescue team), 10 (another group)",
       date_note="'On 7 November' (Saturday, market day)", fatalities_note="8 vs 10 -> 8"),
    ev("E2", "Battles", "Armed clash", "2026-11-08", ("2026-11-08", "2026-11-08"),
       "Myanmar", "Sagaing", "Yinmabin", PDF, TATMADAW, fat=[0, 5],
       summary="Yinmabin PDF attacked a junta column west of Yinmabin",
       fatalities_note="only the PDF's own claim of 5 soldiers killed; unconfirmed -> range 0-5"),
    ev("B1", "Explosions/Remote violence", "Air/drone strike", "2023-04-11", ("2023-04-11", "2023-04-11"),
       "Myanmar", "Sagaing", "Pazigyi", TATMADAW, civ("Myanmar"), fat=[160, 160], background=True,
       location_alternatives=["Kanbalu"], summary="Pazigyi bombing, 11 April 2023"),
    ev("B2", "Battles", "Armed clash", "2023-10-27", ("2023-10-27", "2023-10-27"),
       "Myanmar", "Shan", None, ["Three Brotherhood Alliance", "northern alliance"], TATMADAW, background=True,
       admin1_variants=["Shan-North", "Northern Shan"], summary="Operation 1027 began in northern Shan, 27 Oct 2023"),
], "translated local press (Burmese)")
DOCS.append((a, g))

# ---------------------------------------------------------------- 08 NGO press release, Burkina Faso
t = """
PRESS RELEASE - For immediate release

Sahel Health Alliance condemns abduction of two of its health workers in Oudalan province and suspends mobile clinics

Ouagadougou, 12 November 2026 - The Sahel Health Alliance (SHA) strongly condemns the abduction of two members of its staff, a nurse and a driver, on Monday 9 November on the road between Gorom-Gorom and Markoye, in Oudalan province, Burkina Faso.

Our team was travelling in a clearly marked ambulance to a mobile clinic when it was stopped by armed men about 15 kilometres east of Gorom-Gorom at around 11 a.m. The men ordered the three passengers out of the vehicle. A community health worker was released after several hours and walked back to Gorom-Gorom. The nurse and the driver were taken away on motorcycles. The armed men set fire to the ambulance and the medicines it carried. No one was killed.

"Our colleagues are health workers. They were on their way to vaccinate children and treat pregnant women. We call for their immediate and unconditional release," said SHA Country Director Aminata Sawadogo.

SHA has not been contacted by the abductors, and no group has claimed the abduction. Out of respect for their families and for their safety, we will not publish the names of our colleagues.

Pending their release, SHA suspends all its mobile clinics in Oudalan and Seno provinces. Our support to the regional hospital in Dori, where our teams treat severe malnutrition and war-wounded, continues.

This is not the first time our teams have been targeted. In March this year, our health post in Djibo was looted and its solar panels destroyed. Across the country, attacks on health care have become a daily reality: according to national authorities, more than 400 health facilities were closed or working at minimum capacity at the end of September, leaving about two million people without normal access to care.

The violence in Burkina Faso has forced more than two million people from their homes. The massacre of hundreds of civilians in Barsalogho in August 2024 reminded the world of the cost of this war for communities.

SHA reminds all parties to the conflict that health workers, ambulances and health facilities are protected by international humanitarian law. Attacks on them deprive entire communities of life-saving care.

SHA has worked in Burkina Faso since 2014 and supports 23 health centres in the Sahel, Est and Centre-Nord regions.

Media contact: communications@sha-example.org
"""
a = article("ext7-08", "2026-11-12", "Sahel Health Alliance (NGO press release)",
            "Sahel Health Alliance condemns abduction of two of its health workers in Oudalan province", t)
g = gold("ext7-08", "2026-11-12", ["Ouagadougou", "Dori", "Markoye"], [
    ev("E1", "Violence against civilians", "Abduction/forced disappearance", "2026-11-09", ("2026-11-09", "2026-11-09"),
       "Burkina Faso", "Sahel", "Gorom-Gorom", uag("Burkina Faso", ["armed men"]),
       civ("Burkina Faso", ["health workers", "Health Workers (Burkina Faso)"]), fat=[0, 0],
       admin1_variants=["Liptako", "Oudalan"],
       summary="armed men stopped an NGO ambulance 15 km east of Gorom-Gorom, took a nurse and a driver, burned the vehicle",
       date_note="'on Monday 9 November'", fatalities_note="'No one was killed' -> 0",
       admin1_note="Gorom-Gorom is in Oudalan province, Sahel region (2025 regional renaming uncertain: Liptako listed)",
       trap_note="one incident: the burning of the ambulance belongs to the abduction; Markoye is only the road's far end"),
    ev("B1", "Strategic developments", "Looting/property destruction", "2026-03", ("2026-03-01", "2026-03-31"),
       "Burkina Faso", "Sahel", "Djibo", uag("Burkina Faso"), civ("Burkina Faso"), background=True,
       admin1_variants=["Djoro", "Soum"], summary="'In March this year, our health post in Djibo was looted'"),
    ev("B2", "Violence against civilians", "Attack", "2024-08", ("2024-08-01", "2024-08-31"),
       "Burkina Faso", "Centre-Nord", "Barsalogho", JNIM, civ("Burkina Faso"), fat=[100, 100], background=True,
       admin1_variants=["Kuilse", "Sanmatenga"], summary="Barsalogho massacre, August 2024 ('hundreds' -> 100)"),
], "NGO press release", removed_lines=["PRESS RELEASE - For immediate release", "Media contact: communications@sha-example.org"])
DOCS.append((a, g))
