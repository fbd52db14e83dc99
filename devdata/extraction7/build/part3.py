"""ext7-09 .. ext7-12. Written blind (dev only)."""
from common import *

GRANGRIF = ["Gran Grif Gang", "Gran Grif", "Gran Grif gang", "Viv Ansanm", "Viv Ansanm Gang Coalition"]
TTP = ["Tehreek-e-Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Fitna al-Khawarij", "khawarij"]
BLA = ["BLA: Baloch Liberation Army", "Baloch Liberation Army", "BLA"]
ISM = ["Islamic State Mozambique Province", "ISM", "IS Mozambique", "Islamic State", "Ahlu Sunnah Wa-Jama",
       "Ansar al-Sunna", "al-Shabaab (Mozambique)", "Al Shabaab", "insurgents", "Islamist insurgents"]
MOZ_MIL = mil("Mozambique", ["FADM", "Mozambican army"])

DOCS = []

# ---------------------------------------------------------------- 09 NGO press release, Haiti
t = """
STATEMENT

Haiti: Gang attack on Liancourt kills at least seven, including a child; aid groups call for urgent protection of Artibonite communities

Port-au-Prince, 18 November 2026 - Droits et Solidarité Haïti (DSH), a Haitian human rights organisation, is alarmed by the attack carried out on Sunday 15 November by members of the Gran Grif gang on the town of Liancourt, in the Artibonite department, which killed at least seven people, including a 10-year-old girl.

According to testimonies gathered by our monitors, heavily armed men entered Liancourt before dawn from the rice fields to the east, firing at residents and setting fire to at least 20 houses. Survivors told DSH that the attackers went from door to door and shot people who could not flee. Local authorities have given a toll of 11 dead, a figure DSH has not yet been able to verify. Nine wounded people were taken to the hospital in Saint-Marc.

"They came shooting, they burned my house with my mother's body inside," a 34-year-old farmer told our team. Hundreds of families have fled towards the hills and to Saint-Marc, where they are sleeping in schools and churches.

No police or army unit was present in Liancourt at the time of the attack, residents say. The police arrived in the afternoon, after the attackers had left.

This attack recalls the massacre in Pont-Sondé on 3 October 2024, in which the same gang killed at least 115 people. Since then, DSH has documented repeated attacks on villages of the Lower Artibonite, and armed violence has spread from the capital into the country's agricultural heartland, threatening the rice harvest on which hundreds of thousands depend.

Gangs now control or influence most of the metropolitan area and large parts of Artibonite and Centre departments. According to UN figures, more than 1.3 million Haitians are internally displaced.

DSH calls on:
- the Haitian National Police and the international Gang Suppression Force to deploy a permanent presence in Liancourt and the other exposed communes of Lower Artibonite;
- the authorities to open a judicial investigation, so that the perpetrators of the Pont-Sondé and Liancourt attacks are brought to justice;
- donors to urgently fund shelter, food and medical care for the displaced.

DSH will hold a press conference on Friday in Port-au-Prince.

Contact: DSH press office
"""
a = article("ext7-09", "2026-11-18", "Droits et Solidarité Haïti (NGO statement)",
            "Haiti: Gang attack on Liancourt kills at least seven, including a child", t)
g = gold("ext7-09", "2026-11-18", ["Port-au-Prince", "Saint-Marc"], [
    ev("E1", "Violence against civilians", "Attack", "2026-11-15", ("2026-11-15", "2026-11-15"),
       "Haiti", "Artibonite", "Liancourt", GRANGRIF, civ("Haiti"), fat=[7, 7],
       summary="Gran Grif gunmen attacked Liancourt, shooting residents and burning 20 houses; 7 (DSH) or 11 (local authorities) killed",
       date_note="'on Sunday 15 November' (before dawn)", fatalities_note="at least 7 vs 11 unverified -> 7"),
    ev("B1", "Violence against civilians", "Attack", "2024-10-03", ("2024-10-03", "2024-10-03"),
       "Haiti", "Artibonite", "Pont-Sondé", GRANGRIF, civ("Haiti"), fat=[115, 115], background=True,
       location_alternatives=["Pont Sonde"], summary="Pont-Sondé massacre, 3 Oct 2024"),
], "NGO press release", removed_lines=["STATEMENT", "Contact: DSH press office"])
DOCS.append((a, g))

# ---------------------------------------------------------------- 10 live blog, Pakistan
t = """
LIVE: Militants attack police post in Bannu; blast hits convoy in North Waziristan

Updates from our Peshawar newsroom. All times PKT.

06:40 - Police in Bannu say militants attacked the Mandan police post on the outskirts of the city before dawn. Heavy exchange of fire reported. More soon.

07:15 - District police officer tells us the attack began at about 3:30 a.m. when 15 to 20 militants approached the post from the fields and opened fire with rifles and rocket-propelled grenades. Police returned fire and reinforcements were sent from the city.

08:05 - The gunfight is over, police say. Two policemen killed, three wounded. Police say three attackers were also killed and others fled.

08:30 - The Tehreek-e-Taliban Pakistan (TTP) has claimed the Bannu attack in a message to journalists. The group says it killed "more than ten" policemen. Officials reject the figure.

09:50 - Breaking: A roadside bomb has struck a security forces convoy in North Waziristan. Initial reports say the blast happened near Miranshah.

10:20 - Correction: Officials now say the bomb went off near Mir Ali, not Miranshah, as a convoy of vehicles passed along the main road. We have corrected our earlier post.

11:45 - Security officials tell us four soldiers were killed in the Mir Ali blast. No group has yet claimed it.

12:30 - The wounded policemen from Bannu have been shifted to Lady Reading Hospital in Peshawar. One is in critical condition.

13:10 - Interior minister, speaking in Islamabad, condemns both attacks and says "the khawarij and their facilitators across the border will be dealt with with an iron hand". Pakistan has repeatedly accused Afghanistan of allowing the TTP to operate from its soil, which Kabul denies.

13:40 - Context: Attacks on police and soldiers in Khyber Pakhtunkhwa have risen sharply since the TTP ended a ceasefire with the government in November 2022. According to an Islamabad-based think tank, more than 600 security personnel were killed in the province last year. In neighbouring Balochistan, separatists hijacked the Jaffar Express in the Bolan Pass on 11 March 2025, holding hundreds of passengers hostage.

14:25 - Update on Mir Ali: the military's media wing now says five soldiers were killed. It also says troops later killed "the terrorists involved" in an operation, but gives no details, time or place.

15:00 - Funeral prayers for the two Bannu policemen will be held tomorrow at the police lines.

15:30 - We are closing this live page. Follow our full story on both attacks.
"""
a = article("ext7-10", "2026-11-21", "Frontier Post Live (live blog, Pakistani news site)",
            "LIVE: Militants attack police post in Bannu; blast hits convoy in North Waziristan", t)
g = gold("ext7-10", "2026-11-21", ["Peshawar", "Islamabad", "Miranshah", "Kabul"], [
    ev("E1", "Battles", "Armed clash", "2026-11-21", ("2026-11-21", "2026-11-21"),
       "Pakistan", "Khyber Pakhtunkhwa", "Bannu", TTP, pol("Pakistan"), fat=[5, 5], claimed=TTP,
       location_alternatives=["Mandan"],
       summary="TTP militants attacked the Mandan police post outside Bannu; police fought back; 2 police and 3 attackers killed",
       date_note="live blog of Saturday 21 Nov; attack at 3:30 a.m. that day",
       fatalities_note="2 police + 3 attackers = 5; TTP claims 'more than ten' policemen (rejected)"),
    ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-11-21", ("2026-11-21", "2026-11-21"),
       "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", uag("Pakistan", TTP), mil("Pakistan", ["security forces"]),
       fat=[4, 4], location_alternatives=["North Waziristan"],
       summary="roadside bomb hit a security convoy near Mir Ali; 4 then 5 soldiers killed",
       fatalities_note="4 (security officials) vs 5 (ISPR later) -> 4",
       trap_note="corrected from Miranshah; the vague follow-up operation has no time or place and is not gold"),
    ev("B1", "Violence against civilians", "Abduction/forced disappearance", "2025-03-11", ("2025-03-11", "2025-03-11"),
       "Pakistan", "Balochistan", "Bolan Pass", BLA + ["separatists"], civ("Pakistan"), background=True,
       location_alternatives=["Bolan", "Kachhi", "Mushkaf"], sub_event_alternatives=["Armed clash"],
       summary="Jaffar Express hijacking, 11 March 2025"),
    ev("B2", "Strategic developments", "Change to group/activity", "2022-11", ("2022-11-01", "2022-11-30"),
       "Pakistan", None, None, TTP, None, background=True, sub_event_alternatives=["Agreement", "Other"],
       summary="TTP ended its ceasefire with the government, November 2022 (no place)"),
], "live blog with timestamps")
DOCS.append((a, g))

# ---------------------------------------------------------------- 11 live blog, Georgia
t = """
Live: Georgians mark two years of nightly protests

Our reporters follow the anniversary rallies in Tbilisi and Batumi. Times are local.

17:05 - Crowds are gathering outside Parliament on Rustaveli Avenue, two years to the day after protests began on 28 November 2024, when the government announced it was shelving EU accession talks. Many carry EU and Georgian flags.

17:40 - Organisers say several thousand people are here. Police cordons are in place around Parliament but officers are standing back.

18:15 - In Batumi, about 1,500 people are marching along the seafront boulevard towards the city hall, our correspondent there reports. The march is peaceful; no police intervention.

18:50 - Speeches in Tbilisi. An opposition leader tells the crowd that "two years of standing here every night has not been for nothing" and calls for new elections.

19:30 - Batumi: the march has ended with the national anthem outside city hall. People are dispersing calmly.

20:45 - Tbilisi: a group of protesters has moved onto the carriageway and is blocking traffic at Freedom Square. Police warn over loudspeakers that the blockade is illegal.

21:20 - Riot police are moving in. Water cannon being used to push protesters off the road near Freedom Square. We can see several people being detained.

21:55 - Interior ministry says 27 people were detained in Tbilisi "for blocking a roadway and disobeying police". It says no one was seriously hurt. Protesters say at least two people were beaten during detention; we could not verify this.

22:30 - Quiet returns to Rustaveli Avenue. A few hundred people remain outside Parliament.

22:50 - Context: Since the rallies began, hundreds of people have been detained and dozens prosecuted, rights groups say. Several opposition figures were jailed last year. The government accuses the protesters of trying to organise a revolution with foreign money.

23:10 - The EU delegation in Tbilisi has called on the authorities to respect the right to peaceful assembly. Brussels says it is "following events closely".

23:25 - Organisers have called another march for tomorrow evening, from Tbilisi State University to Parliament. That's all from us tonight.
"""
a = article("ext7-11", "2026-11-28", "Caucasus Daily Live (live blog)",
            "Live: Georgians mark two years of nightly protests", t)
g = gold("ext7-11", "2026-11-28", ["Brussels"], [
    ev("E1", "Protests", "Protest with intervention", "2026-11-28", ("2026-11-28", "2026-11-28"),
       "Georgia", "Tbilisi", "Tbilisi", prot("Georgia"), pol("Georgia", ["riot police"]), fat=None,
       summary="Tbilisi rally; roadblock at Freedom Square dispersed with water cannon, 27 detained, no serious injuries",
       date_note="live blog of Saturday 28 Nov, 17:05-23:25",
       trap_note="one event per day and place: the rally and its dispersal are one; detentions belong to the protest"),
    ev("E2", "Protests", "Peaceful protest", "2026-11-28", ("2026-11-28", "2026-11-28"),
       "Georgia", "Adjara", "Batumi", prot("Georgia"), None, fat=None, admin1_variants=["Ajaria", "Adjaria"],
       summary="about 1,500 march on Batumi seafront to city hall, no intervention"),
    ev("B1", "Protests", "Peaceful protest", "2024-11-28", ("2024-11-28", "2024-11-28"),
       "Georgia", "Tbilisi", "Tbilisi", prot("Georgia"), None, background=True,
       sub_event_alternatives=["Protest with intervention", "Violent demonstration"],
       summary="protests began 28 Nov 2024 after EU talks were shelved"),
], "live blog with timestamps")
DOCS.append((a, g))

# ---------------------------------------------------------------- 12 wire, Mozambique
t = """
Insurgents kill at least four in attack on northern Mozambique village

MAPUTO, Nov 2 (Global Wire) - Islamist insurgents attacked a village in Mozambique's northern Cabo Delgado province on Saturday, killing at least four civilians and burning dozens of homes, police and local sources said.

The fighters entered Chai, a village on the main road through Macomia district, in the late afternoon and beheaded four men they found in the fields, provincial police spokesman Eugénio Simango told reporters in Pemba, the provincial capital.

A community leader in Macomia, speaking on condition of anonymity, said six people had been killed and that the attackers had also looted shops and set fire to about 40 houses before withdrawing into the bush towards the coast.

"People ran towards Macomia town with nothing. Some are still missing," he said by telephone.

Islamic State's Central Africa media outlet said in a statement on Sunday that its fighters had killed "six Christians" in the village. The group, known locally as al-Shabaab though it has no operational link to the Somali group of the same name, has waged an insurgency in the gas-rich province since 2017.

The attack is the latest in a series of raids on villages along the N380 road. Attacks on civilians in Macomia and Muidumbe districts have increased in recent months as the militants move in small groups to avoid Rwandan and Mozambican troops.

Rwandan forces, deployed since 2021, helped Mozambique's army recapture the port town of Mocimboa da Praia in August of that year. The insurgency had peaked months earlier with the assault on the town of Palma in March 2021, which forced TotalEnergies to suspend its liquefied natural gas project.

TotalEnergies lifted force majeure on the project last year and says construction is progressing. A company spokeswoman in Maputo declined to comment on Saturday's attack.

The United Nations says more than 100,000 people have been displaced in the province this year alone. The government in Maputo says the insurgency is contained and that most districts are safe for the return of displaced families.

(Reporting by Global Wire's Maputo bureau)
"""
a = article("ext7-12", "2026-11-02", "Global Wire (international wire service)",
            "Insurgents kill at least four in attack on northern Mozambique village", t)
g = gold("ext7-12", "2026-11-02", ["Maputo", "Pemba"], [
    ev("E1", "Violence against civilians", "Attack", "2026-10-31", ("2026-10-31", "2026-10-31"),
       "Mozambique", "Cabo Delgado", "Chai", ISM, civ("Mozambique"), fat=[4, 4], claimed=ISM,
       location_alternatives=["Macomia"],
       summary="insurgents beheaded 4 (police) or 6 (community leader, IS claim) men at Chai, burned ~40 houses",
       date_note="published Monday 2 Nov; 'on Saturday' = 31 Oct", fatalities_note="4 vs 6 -> 4",
       trap_note="looting and burning are part of the attack; Macomia town is where people fled"),
    ev("B1", "Battles", "Government regains territory", "2021-08", ("2021-08-01", "2021-08-31"),
       "Mozambique", "Cabo Delgado", "Mocimboa da Praia", MOZ_MIL + ["Military Forces of Rwanda", "Rwandan forces"],
       ISM, background=True, location_alternatives=["Mocímboa da Praia"], summary="recapture of Mocimboa da Praia, Aug 2021"),
    ev("B2", "Battles", "Non-state actor overtakes territory", "2021-03", ("2021-03-01", "2021-03-31"),
       "Mozambique", "Cabo Delgado", "Palma", ISM, MOZ_MIL, background=True,
       sub_event_alternatives=["Armed clash", "Attack"], summary="assault on Palma, March 2021"),
], "international wire service")
DOCS.append((a, g))
