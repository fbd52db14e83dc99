"""ext7-01 .. ext7-04. Written blind (dev only)."""
from common import *

SHABAAB = ["Al Shabaab", "al-Shabaab", "Al Shabab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
M23 = ["M23: March 23 Movement", "M23", "March 23 Movement", "AFC/M23", "AFC", "Alliance Fleuve Congo", "M23/AFC"]
WAZALENDO = ["Wazalendo", "Wazalendo Militia", "Wazalendo militias", "VDP (DRC)"]
DRC_MIL = mil("Democratic Republic of Congo", ["FARDC", "Military Forces of the Democratic Republic of Congo"])
BANDITS = ["bandits", "Bandits", "armed bandits", "Bandit Militia (Nigeria)", "gunmen"]

DOCS = []

# ---------------------------------------------------------------- 01 wire, Somalia
t = """
MOGADISHU, Oct 6 (Global Wire) - A roadside bomb tore through a Somali army convoy on the road north of Afgooye on Monday, killing at least four soldiers and wounding six, a military officer and residents said, in the latest attack on troops trying to secure the farmland corridor that feeds the capital.

The device went off as a line of pickup trucks carrying soldiers passed a bend about 10 km (6 miles) outside Afgooye town in the Lower Shabelle region shortly after 8 a.m., said Major Abdirahman Hassan, an officer based in the area.

"We lost four of our men. Six are wounded, two of them badly," Hassan told Global Wire by telephone. The wounded were driven to Madina Hospital in Mogadishu, about 30 km to the east.

A resident of Afgooye, who asked not to be named for fear of reprisals, said he counted seven bodies being lifted onto a truck after the blast. "The explosion shook the whole area. Then there was shooting for a few minutes, but I think the soldiers were firing into the air," he said.

Al Shabaab said in a statement read on its Andalus radio station that its fighters had detonated the bomb and killed 12 soldiers. The group often inflates the tolls of its attacks.

Somalia's defence ministry, in a statement issued in Mogadishu late on Monday, condemned what it called a "cowardly act against the sons of the nation" and confirmed four deaths. It said the convoy had been returning from an operation to clear militants from villages along the Shabelle river.

The road has been hit repeatedly. In May, a similar device killed three soldiers near Bariire, a farming village further along the river that the army recaptured from the militants in 2019 with the help of African Union troops.

Al Shabaab, which has fought for more than 15 years to topple the central government and impose its own strict interpretation of Islamic law, has stepped up roadside bombings around the capital since a government offensive stalled. Such attacks now occur almost weekly in Lower and Middle Shabelle, said a Nairobi-based security analyst who tracks the conflict, adding that the group has also increased its use of drones against army bases.

Funeral prayers for three of the dead soldiers were held in Mogadishu on Tuesday, attended by the army chief, who vowed to "clear every road of these criminals".

Western donors, who fund much of Somalia's security budget, have urged the government to focus on holding territory it has already retaken rather than launching new offensives.

(Reporting by Global Wire's Mogadishu bureau; editing by the Africa desk)
"""
a = article("ext7-01", "2026-10-06", "Global Wire (international wire service)",
            "Roadside bomb kills Somali soldiers near Afgooye; al Shabaab claims attack", t)
g = gold("ext7-01", "2026-10-06", ["Mogadishu", "Nairobi"], [
    ev("E1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-10-05", ("2026-10-05", "2026-10-05"),
       "Somalia", "Lower Shabelle", "Afgooye", SHABAAB, mil("Somalia", ["Somali army", "Somali National Army"]),
       fat=[4, 4], claimed=SHABAAB, admin1_variants=["Shabeellaha Hoose"], location_alternatives=["Afgoye", "Afgooye"],
       summary="roadside bomb hit an army convoy 10 km outside Afgooye; 4 soldiers killed, 6 wounded",
       date_note="published Tuesday 6 Oct; 'on Monday' = 5 Oct",
       fatalities_note="officer and ministry 4; an anonymous resident saw 7 bodies; al Shabaab claims 12 -> 4",
       trap_note="'firing into the air' after the blast is not a clash; the funeral and the ministry statement are in Mogadishu"),
    ev("B1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-05", ("2026-05-01", "2026-05-31"),
       "Somalia", "Lower Shabelle", "Bariire", SHABAAB + uag("Somalia"), mil("Somalia"), fat=[3, 3], background=True,
       admin1_variants=["Shabeellaha Hoose"], summary="'In May, a similar device killed three soldiers near Bariire'"),
    ev("B2", "Battles", "Government regains territory", None, ("2019-01-01", "2019-12-31"),
       "Somalia", "Lower Shabelle", "Bariire", mil("Somalia", ["African Union troops"]), SHABAAB, background=True,
       admin1_variants=["Shabeellaha Hoose"], summary="the army recaptured Bariire in 2019 (year only)"),
], "international wire service")
DOCS.append((a, g))

# ---------------------------------------------------------------- 02 national daily, Nigeria
t = """
Gunmen suspected to be bandits have abducted at least 23 people, mostly women and children, from Yandoto, a farming community in Tsafe Local Government Area of Zamfara State, and killed one man who tried to escape.

Residents said the attackers, numbering more than 50 and riding on motorcycles, stormed the village at about 1 a.m. on Wednesday, shooting sporadically and going from house to house. A 60-year-old man, Malam Sani Abdullahi, was shot dead as he tried to flee with his grandchildren.

"They came in their numbers. Those who could run entered the bush; the ones they caught, they tied together and marched away towards the forest," said a resident, Ibrahim Musa, whose wife and two daughters are among those taken. He said the community had counted 23 missing by Thursday morning, "but the number may be more because some families have not come back from the bush."

Confirming the incident in Gusau, the state capital, the police spokesman, DSP Lawal Garba, put the number of abducted persons at 19 and said one person was killed. He said tactical teams and local vigilantes had been deployed "to rescue the victims unhurt and bring the perpetrators to book." Two residents with gunshot wounds are receiving treatment at a specialist hospital in Gusau.

The state government, in a statement by the governor's spokesman, condemned the attack, describing the bandits as "enemies of humanity", and said security agencies had been directed to comb the forests around Tsafe.

Last month, bandits killed two farmers on the outskirts of Tsafe town and imposed levies on several villages in the area, according to community leaders, who say many farmers have abandoned their fields rather than pay.

Zamfara has for years been at the centre of the banditry crisis in the North-West. The state drew global attention in February 2021 when gunmen abducted 279 schoolgirls from the Government Girls Secondary School in Jangebe, in Talata Mafara Local Government Area; the girls were released days later.

Kidnappings for ransom have since surged across the region. A report by a Lagos-based risk consultancy counted more than 1,100 people abducted in Zamfara, Katsina and Sokoto states in the first half of this year, with ransoms increasingly paid in farm produce and motorcycles.

Youths from Yandoto and neighbouring communities have announced plans to march to Government House in Gusau on Monday to demand a permanent military base in the area.

Meanwhile, the Federal High Court in Abuja on Thursday adjourned until November the trial of five men accused of supplying fuel and motorcycles to bandit groups behind a 2024 attack on a market in the state. Counsel to the defendants asked for more time to study the evidence.
"""
a = article("ext7-02", "2026-10-09", "The National Chronicle (Nigerian national daily)",
            "Bandits abduct 23 in Zamfara community, kill one", t)
g = gold("ext7-02", "2026-10-09", ["Gusau", "Abuja", "Lagos"], [
    ev("E1", "Violence against civilians", "Abduction/forced disappearance", "2026-10-07", ("2026-10-07", "2026-10-07"),
       "Nigeria", "Zamfara", "Yandoto", uag("Nigeria", BANDITS), civ("Nigeria"), fat=[1, 1],
       location_alternatives=["Tsafe"], sub_event_alternatives=["Attack"],
       summary="bandits abducted 19-23 villagers from Yandoto (Tsafe LGA) and shot dead one man",
       date_note="published Friday 9 Oct; 'about 1 a.m. on Wednesday' = 7 Oct",
       fatalities_note="police and residents agree on one killed",
       trap_note="planned march to Gusau on Monday; Abuja court case about a 2024 market attack (no place) is not an event"),
    ev("B1", "Violence against civilians", "Attack", "2026-09", ("2026-09-01", "2026-09-30"),
       "Nigeria", "Zamfara", "Tsafe", uag("Nigeria", BANDITS), civ("Nigeria"), fat=[2, 2], background=True,
       summary="'Last month, bandits killed two farmers on the outskirts of Tsafe town'"),
    ev("B2", "Violence against civilians", "Abduction/forced disappearance", "2021-02", ("2021-02-01", "2021-02-28"),
       "Nigeria", "Zamfara", "Jangebe", uag("Nigeria", BANDITS), civ("Nigeria", ["schoolgirls"]), background=True,
       location_alternatives=["Talata Mafara"], summary="Jangebe schoolgirls abduction, February 2021"),
], "national daily")
DOCS.append((a, g))

# ---------------------------------------------------------------- 03 local radio, Kenya
t = """
Kitengela: Riders torch police vehicle in protest over colleague's killing

Business in Kitengela town came to a standstill on Friday as hundreds of boda boda riders and residents barricaded the Namanga road with burning tyres and pelted police with stones, protesting the killing of a rider allegedly by a police officer.

The rider, identified by his colleagues as 24-year-old Dennis Sankale, was shot dead on Wednesday night at a police roadblock near the Kitengela stage after he allegedly failed to stop. His family says he was unarmed and was shot in the back.

By 9 a.m. on Friday, the crowd had blocked the main highway and set fire to a police Land Cruiser parked outside the town's police station. Officers responded with tear gas and warning shots, and running battles continued in the side streets until early afternoon. Several shops along the highway were looted.

Speaking to our newsroom, Kitengela riders' association chairman Joseph Mutua said the protest was a cry for justice. "We are tired. Every month one of us is beaten or shot by the people who are supposed to protect us," he said.

The area police commander confirmed that one vehicle was burnt and that 11 people, among them four officers, were injured. Eight were treated at the Kitengela Sub-County Hospital, while three with serious injuries were transferred to a hospital in Athi River. Twelve people were arrested, he said, and will be arraigned on Monday.

The Independent Policing Oversight Authority (IPOA) says it has opened investigations into Wednesday's shooting and that the officer involved has been disarmed. "Any officer found to have used force unlawfully will face the full force of the law," an IPOA statement read.

Local MCA Grace Naserian condemned both the killing and the destruction of property, and urged the youth to give investigators time. "Burning our own town does not bring Dennis back," she told our reporter.

The riders' association has called a peaceful procession on Monday to the sub-county police headquarters, and says riders across the county will switch off their engines for one hour in solidarity.

Confrontations between boda boda operators and police have become common along the Namanga road, with riders accusing officers of demanding bribes at roadblocks. Kajiado residents still remember June 25, 2024, when protesters stormed Parliament in Nairobi during demonstrations against a finance bill, and several local youths joined the later marches in Kitengela.

By Friday evening calm had returned, but a heavy police presence remained in the town centre.

- Olosho FM news desk
"""
a = article("ext7-03", "2026-10-17", "Olosho FM (local radio website, Kajiado)",
            "Kitengela riders torch police vehicle in protest over colleague's killing", t)
g = gold("ext7-03", "2026-10-17", ["Athi River"], [
    ev("E1", "Riots", "Violent demonstration", "2026-10-16", ("2026-10-16", "2026-10-16"),
       "Kenya", "Kajiado", "Kitengela", riot("Kenya", ["boda boda riders"]), pol("Kenya"), fat=None,
       summary="riders and residents burned tyres, stoned police and torched a police vehicle; 11 injured, 12 arrested",
       date_note="published Saturday 17 Oct; 'on Friday' = 16 Oct", fatalities_note="nobody reported killed; null"),
    ev("E2", "Violence against civilians", "Attack", "2026-10-14", ("2026-10-14", "2026-10-15"),
       "Kenya", "Kajiado", "Kitengela", pol("Kenya", ["police officer"]), civ("Kenya", ["boda boda rider"]), fat=[1, 1],
       summary="a boda boda rider shot dead at a police roadblock near the Kitengela stage",
       date_note="'on Wednesday night' = 14 Oct (may run past midnight)",
       trap_note="the trigger killing is a recent event of its own, retold by the family, IPOA and the MCA"),
    ev("B1", "Riots", "Violent demonstration", "2024-06-25", ("2024-06-25", "2024-06-25"),
       "Kenya", "Nairobi", "Nairobi", prot("Kenya") + riot("Kenya"), pol("Kenya"), background=True,
       summary="protesters stormed Parliament in Nairobi, 25 June 2024"),
], "local radio website", removed_lines=["- Olosho FM news desk"])
DOCS.append((a, g))

# ---------------------------------------------------------------- 04 translated French, DR Congo
t = """
MASISI: THE AFC/M23 REBELS OCCUPY NYABIONDO AFTER VIOLENT COMBATS WITH THE WAZALENDO

The locality of Nyabiondo, in the territory of Masisi (North-Kivu province), is since this Wednesday under the control of the rebels of the AFC/M23, after violent combats that opposed them to the Wazalendo fighters during all the day of Tuesday, have declared to our editorial staff several local sources.

According to the coordinator of the civil society of the sector, the combats began towards 5 hours of the morning when the rebels attacked the positions of the Wazalendo on the hills surrounding the centre of Nyabiondo. Heavy and light weapons were heard until the fall of the night. "The Wazalendo resisted all the day, but in the evening they withdrew towards the forest. This Wednesday morning the M23 was patrolling in the market," he explained.

The provisional balance sheet of these combats is heavy. The civil society speaks of eleven dead, of which nine combatants and two civilians hit by stray bullets in their house. The administrator of the territory, joined by telephone, advances for his part the figure of seven dead, "while waiting for verifications". Several wounded were evacuated towards Pinga, where the hospital is already overloaded.

A spokesman of the Wazalendo has recognised a "tactical withdrawal" and promised to "recover every centimetre of the land of our ancestors". On its side, the AFC/M23, in a communiqué published on the social networks, affirmed to have "neutralised a threat against the populations" and accused the loyalist forces of supporting the militias.

Thousands of inhabitants have taken the road of displacement towards the surrounding villages, according to humanitarian workers. Schools remain closed.

In Kinshasa, the spokesman of the government has condemned "a new violation of the engagements" and asked the international community to put pressure on Kigali. He recalled that the negotiations in Doha must continue despite these incidents.

Since the fall of Goma at the end of January 2025, the AFC/M23 controls the major part of the territories of Masisi and Rutshuru, and the combats with the Wazalendo groups, which are supported by the FARDC, are almost daily in the zones of contact. Nyabiondo has changed hands several times since 2023, recall the notables of the locality.

The population demands the deployment of the blue helmets and the return of the State authority. "We are tired of running each month," said a mother of five children met at the exit of the village.

(Translated from French)
"""
a = article("ext7-04", "2026-10-22", "Le Kivu Matin (Goma local press, translated from French)",
            "Masisi: the AFC/M23 rebels occupy Nyabiondo after violent combats with the Wazalendo", t, "fr")
g = gold("ext7-04", "2026-10-22", ["Pinga", "Kinshasa", "Kigali", "Doha"], [
    ev("E1", "Battles", "Non-state actor overtakes territory", "2026-10-20", ("2026-10-20", "2026-10-21"),
       "Democratic Republic of Congo", "North Kivu", "Nyabiondo", M23, WAZALENDO, fat=[7, 7],
       admin1_variants=["Nord-Kivu"], location_alternatives=["Masisi"], sub_event_alternatives=["Armed clash"],
       summary="M23 attacked Wazalendo positions at Nyabiondo all Tuesday; Wazalendo withdrew, M23 held the locality Wednesday",
       date_note="published Thursday 22 Oct; fighting 'all the day of Tuesday' = 20 Oct; control 'since this Wednesday' = 21 Oct",
       fatalities_note="civil society 11 (9 fighters, 2 civilians); territory administrator 7 -> 7",
       trap_note="one event: the takeover decides the type; the two civilians hit by stray bullets are part of it"),
    ev("B1", "Battles", "Non-state actor overtakes territory", "2025-01", ("2025-01-20", "2025-01-31"),
       "Democratic Republic of Congo", "North Kivu", "Goma", M23, DRC_MIL, background=True,
       admin1_variants=["Nord-Kivu"], summary="'the fall of Goma at the end of January 2025'"),
], "translated local press (French)")
DOCS.append((a, g))
