from common import *

DOCS = []
SIT = "NGO/UN situation update (several incidents, admin hints in brackets)"

# ---- ext5-13: UN-style flash update, DR Congo (Ituri) ----
T = """
DEMOCRATIC REPUBLIC OF THE CONGO: Ituri — Flash Update No. 7 (as of 26 October 2026)

HIGHLIGHTS
• Three security incidents affecting civilians were reported in Djugu and Irumu territories between 20 and 23 October.
• An estimated 9,000 people have been newly displaced; most have moved toward Bunia and sites along the Bunia–Mahagi road.

SITUATION OVERVIEW
On 20 October, CODECO militiamen attacked the locality of Fataki (Djugu territory, Ituri), killing six civilians, among them two children, and setting fire to about 30 houses. Part of the population fled to the nearby displacement site, which already hosts more than 14,000 people.

On 22 October, clashes between CODECO and Zaïre militia elements were reported around artisanal mining sites near Mongbwalu (Djugu territory, Ituri). Local sources reported at least four combatants killed. Mining sites around the town remained deserted on 23 and 24 October.

On 23 October, suspected ADF fighters attacked farmers working in their fields near Komanda (Irumu territory, Ituri), killing three people and abducting five others, including two minors. The area had already been hit by the attack on a church in Komanda in July 2025, in which dozens of worshippers were killed.

HUMANITARIAN IMPACT AND RESPONSE
Partners suspended mobile clinics in the Fataki health zone for 72 hours. Distributions of non-food items planned in Mahagi territory have been postponed for lack of funding; the response plan for Ituri is funded at 31 per cent.

For further information, please contact the OCHA sub-office in Bunia.
Download PDF (312 KB)
"""
A = article("ext5-13", "2026-10-26", "UN humanitarian coordination office (flash update)",
            "DRC: Ituri — Flash Update No. 7 (as of 26 October 2026)", T)
G = gold("ext5-13", "2026-10-26", ["Download PDF (312 KB)"], ["Bunia", "Mahagi"],
    [ev("E1", "Violence against civilians", "Attack", "2026-10-20", ["2026-10-20", "2026-10-20"], "Democratic Republic of Congo", "Ituri", "Fataki",
        CODECO, civ("Democratic Republic of Congo"), fat=[6, 6], location_alternatives=["Djugu"],
        summary="CODECO attacked Fataki; 6 civilians killed, ~30 houses burned"),
     ev("E2", "Battles", "Armed clash", "2026-10-22", ["2026-10-22", "2026-10-22"], "Democratic Republic of Congo", "Ituri", "Mongbwalu",
        CODECO + ZAIRE, None, fat=[4, 4], location_alternatives=["Djugu"],
        summary="CODECO vs Zaïre militia near Mongbwalu mining sites; at least 4 combatants killed",
        actor_note="two non-state militias: both in actor1"),
     ev("E3", "Violence against civilians", "Attack", "2026-10-23", ["2026-10-23", "2026-10-23"], "Democratic Republic of Congo", "Ituri", "Komanda",
        ADF + uag("Democratic Republic of Congo"), civ("Democratic Republic of Congo", ["farmers"]), fat=[3, 3],
        location_alternatives=["Irumu"],
        summary="suspected ADF attacked farmers near Komanda; 3 killed, 5 abducted",
        sub_event_note="killings and abductions in one incident: the most severe part decides, Attack (Abduction arguable)"),
     ev("E4", "Violence against civilians", "Attack", "2025-07", ["2025-07-01", "2025-07-31"], "Democratic Republic of Congo", "Ituri", "Komanda",
        ADF, civ("Democratic Republic of Congo", ["worshippers"]), fat=[12, 12], required=False, background=True,
        summary="July 2025 attack on a church in Komanda, recalled; 'dozens' = 12",
        actor_note="the text does not name the attacker of the church; ADF is the only group named in the paragraph")],
    style=SIT)
DOCS.append((A, G))

# ---- ext5-14: NGO forum snapshot, South Sudan ----
T = """
South Sudan — Protection Snapshot: incidents affecting civilians, 2–8 November 2026

Prepared by the protection working group of a coalition of national and international NGOs. Figures are preliminary and come from partners, local authorities and community focal points; they have not all been independently verified.

1. Aerial bombardment (Ulang County, Upper Nile). On 3 November, aerial bombardment was reported in Ulang town. Local authorities reported four civilians killed, including a child, and the destruction of a primary health care unit. Authorities attributed the bombardment to the national army. Some families moved toward Malakal.

2. Attack on cattle camp (Pibor County, Greater Pibor Administrative Area). On 4 November, armed youth attacked a cattle camp about 15 km from Pibor town, killing five people, among them two women and a child. Two children were abducted and an unknown number of cattle taken.

3. Looting of humanitarian supplies (Juba County, Central Equatoria). On 5 November, unidentified armed men stopped two trucks carrying food supplies on the Juba–Bor road near Mangalla and looted the cargo. The drivers were released unharmed.

4. Intercommunal fighting (Tonj North County, Warrap). On 6 November, fighting between armed youth from two neighbouring sections in Alabek left 11 people dead and more than 20 injured, according to the county commissioner. Partners relocated non-essential staff to Kuajok.

Recommendations: partners call on all parties to respect civilians and humanitarian assets, and on donors to fund protection monitoring in Upper Nile and Warrap.

Contact: protection working group coordinator, Juba.
"""
A = article("ext5-14", "2026-11-09", "NGO protection working group (weekly snapshot)",
            "South Sudan — Protection Snapshot: incidents affecting civilians, 2–8 November 2026", T)
SSPDF = mil("South Sudan", ["SSPDF", "South Sudan People's Defence Forces", "South Sudan People's Defense Forces",
            "national army", "South Sudanese army"], "2011-")
G = gold("ext5-14", "2026-11-09", [], ["Malakal", "Kuajok", "Bor"],
    [ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-11-03", ["2026-11-03", "2026-11-03"], "South Sudan", "Upper Nile", "Ulang",
        SSPDF, civ("South Sudan"), fat=[4, 4],
        summary="aerial bombardment of Ulang town attributed to the national army; 4 civilians killed, health unit destroyed",
        actor_note="attributed by local authorities; only the state has aircraft"),
     ev("E2", "Violence against civilians", "Attack", "2026-11-04", ["2026-11-04", "2026-11-04"], "South Sudan", "Jonglei", "Pibor",
        comm("South Sudan", ["armed youth"]) + uag("South Sudan"), civ("South Sudan", ["cattle keepers"]), fat=[5, 5],
        admin1_variants=["Greater Pibor Administrative Area", "Pibor Administrative Area", "GPAA"],
        summary="armed youth attacked a cattle camp 15 km from Pibor; 5 killed, 2 children abducted, cattle taken",
        sub_event_note="killing decides over abduction and theft: Attack",
        place_note="ACLED places the Greater Pibor Administrative Area under Jonglei; the GPAA name is accepted as a variant"),
     ev("E3", "Strategic developments", "Looting/property destruction", "2026-11-05", ["2026-11-05", "2026-11-05"], "South Sudan", "Central Equatoria", "Mangalla",
        uag("South Sudan", ["unidentified armed men"]), civ("South Sudan", ["truck drivers", "humanitarian workers"]), fat=[0, 0],
        summary="two food trucks looted on the Juba–Bor road near Mangalla; drivers released unharmed",
        place_note="Juba and Bor name the road only"),
     ev("E4", "Battles", "Armed clash", "2026-11-06", ["2026-11-06", "2026-11-06"], "South Sudan", "Warrap", "Alabek",
        comm("South Sudan", ["armed youth", "Dinka Ethnic Militia (South Sudan)"]), None, fat=[11, 11],
        location_alternatives=["Tonj North", "Tonj"],
        summary="fighting between armed youth of two sections in Alabek (Tonj North); 11 dead, 20+ injured",
        actor_note="two communal militias of the same kind: both in actor1")],
    style=SIT)
DOCS.append((A, G))

# ---- ext5-15: humanitarian situation update, Colombia (Norte de Santander) ----
T = """
COLOMBIA: Catatumbo — Humanitarian Situation Update No. 3 (covering 14–21 September 2026)

Situation overview
Hostilities between armed groups continued in the Catatumbo subregion during the reporting period, with effects on the civilian population of at least four municipalities. Access for humanitarian organisations remains restricted on secondary roads.

Key events
• On 14 September, armed clashes between the ELN and the FARC-EP dissident 33rd Front were reported in rural areas of Tibú (Tibú municipality, Norte de Santander). One civilian, a 60-year-old farmer, was killed in the crossfire; combatant casualties are unknown. Around 1,200 people left their veredas, most of them for Cúcuta.

• On 16 September, a farmer was seriously injured by an antipersonnel mine while working on his plot in a rural area of El Tarra (El Tarra municipality, Norte de Santander). He was evacuated by a humanitarian mission and lost his right leg.

• On 17 September, unidentified armed men killed a community leader, the president of a Community Action Board, in front of his home in Teorama (Teorama municipality, Norte de Santander). According to the Ombudsman's Office, this is the fourth killing of a social leader in Catatumbo this year.

• Since 18 September, three communities in Hacarí (Hacarí municipality, Norte de Santander) have been confined because of movement restrictions imposed by armed actors; about 900 people cannot reach their crops or the health post.

Response
Local authorities of Cúcuta have set up two temporary shelters. Food and hygiene kits have been delivered to 640 families. Gaps remain in protection, education in emergencies and mental health care.

Next update: 5 October 2026.
"""
A = article("ext5-15", "2026-09-22", "UN humanitarian coordination office, Colombia (situation update)",
            "Colombia: Catatumbo — Humanitarian Situation Update No. 3", T)
G = gold("ext5-15", "2026-09-22", [], ["Cúcuta", "Cucuta", "Hacarí", "Hacari"],
    [ev("E1", "Battles", "Armed clash", "2026-09-14", ["2026-09-14", "2026-09-14"], "Colombia", "Norte de Santander", "Tibu",
        ELN + F33, None, fat=[1, 1], location_alternatives=["Tibú"],
        summary="ELN vs FARC-EP dissident 33rd Front in rural Tibú; one civilian killed in crossfire; ~1,200 displaced",
        fatalities_note="one civilian in the crossfire; combatant deaths unknown",
        actor_note="two non-state groups: both in actor1"),
     ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-09-16", ["2026-09-16", "2026-09-16"], "Colombia", "Norte de Santander", "El Tarra",
        uag("Colombia"), civ("Colombia", ["farmer"]), fat=[0, 0],
        summary="farmer badly injured by an antipersonnel mine in rural El Tarra; no death",
        actor_note="nobody named for the mine"),
     ev("E3", "Violence against civilians", "Attack", "2026-09-17", ["2026-09-17", "2026-09-17"], "Colombia", "Norte de Santander", "Teorama",
        uag("Colombia", ["unidentified armed men"]), civ("Colombia", ["community leader", "social leader"]), fat=[1, 1],
        summary="armed men killed a Community Action Board president at his home in Teorama",
        sub_event_note="the 'fourth killing of a social leader this year' is a tally, not coded; the Hacarí confinement is not an ACLED event")],
    style=SIT)
DOCS.append((A, G))

# ---- ext5-16: peaceful march, Malawi ----
T = """
Lilongwe vendors march over fuel queues, deliver petition to Capital Hill

LILONGWE — Several hundred vendors, minibus drivers and civil society activists marched through the centre of Lilongwe on Thursday to protest against persistent fuel shortages and the rising price of maize flour.

The marchers, many wearing red and carrying empty jerrycans, gathered at Lilongwe Community Ground in the morning and walked along Kenyatta Road, singing and chanting, to Capital Hill, where organisers handed a petition to an official of the Office of the President and Cabinet. The petition gives the government 14 days to explain how it will restore regular fuel supplies.

"We spend the night in queues and in the morning there is nothing," said one minibus driver, who said he had lost four days of work this month.

Police officers escorted the procession along the agreed route. A police spokesperson said the march had been notified in advance and ended peacefully in the early afternoon, with no arrests and no injuries.

Organisers said similar demonstrations would be held in Blantyre and Mzuzu next week if the government did not respond. The energy ministry said on Wednesday that two fuel consignments were on their way from the port of Beira and that supplies would improve by the end of the month.

Photo caption: Marchers on Kenyatta Road. (Staff)
"""
A = article("ext5-16", "2026-10-16", "Lilongwe daily (city desk)",
            "Lilongwe vendors march over fuel queues, deliver petition to Capital Hill", T)
G = gold("ext5-16", "2026-10-16", ["Photo caption: Marchers on Kenyatta Road. (Staff)"], ["Blantyre", "Mzuzu", "Beira"],
    [ev("E1", "Protests", "Peaceful protest", "2026-10-15", ["2026-10-15", "2026-10-15"], "Malawi", "Central Region", "Lilongwe",
        prot("Malawi", ["vendors", "minibus drivers", "civil society activists"]), None, fat=[0, 0],
        admin1_variants=["Central", "Lilongwe", "Central Region (Malawi)"],
        summary="several hundred marched in Lilongwe over fuel shortages and maize flour prices; petition delivered; escorted, no arrests or injuries",
        date_note="published Friday 16 Oct; 'on Thursday' = 15 Oct",
        sub_event_note="a police escort is not an intervention: Peaceful protest",
        place_note="Blantyre and Mzuzu are planned future marches; Beira is the fuel port",
        fatalities_note="'ended peacefully ... no arrests and no injuries'")],
    style="protest: peaceful march")
DOCS.append((A, G))

# ---- ext5-17: protest dispersed with tear gas, Ghana ----
T = """
Police tear-gas anti-galamsey march in Kumasi; 14 held

KUMASI — Police fired tear gas on Tuesday to break up a march by several hundred young people protesting against illegal gold mining, known locally as galamsey, which campaigners blame for poisoning the region's rivers.

The protesters, most of them students and members of a youth coalition, had gathered at the Kejetia roundabout in the morning carrying placards reading "Save our water" and "Our rivers are not for sale". Witnesses said the crowd was singing and had been peaceful when police ordered it to leave, saying the route towards the regional coordinating council had not been approved.

When the marchers refused to turn back, officers fired several canisters of tear gas and the crowd scattered into the surrounding market streets. Fourteen people were arrested and later released on police enquiry bail, the regional police command said in a statement. It said no one was injured.

The convenor of the youth coalition said the march had been notified to the police a week earlier and accused the authorities of "protecting the miners instead of the rivers". A similar march in Accra last month passed off without incident.

The government says it has deployed soldiers to mining hotspots and revoked dozens of licences this year, but campaigners say excavators are still working along the Offin and Pra rivers.

Related: Cocoa farmers count the cost of polluted rivers
"""
A = article("ext5-17", "2026-11-04", "Ashanti regional news site",
            "Police tear-gas anti-galamsey march in Kumasi; 14 held", T)
GHA_POL = pol("Ghana", ["Ghana Police Service", "Ghanaian police", "regional police command"], "2025-")
G = gold("ext5-17", "2026-11-04", ["Related: Cocoa farmers count the cost of polluted rivers"], ["Offin", "Pra"],
    [ev("E1", "Protests", "Protest with intervention", "2026-11-03", ["2026-11-03", "2026-11-03"], "Ghana", "Ashanti", "Kumasi",
        prot("Ghana", ["students", "youth coalition"]), GHA_POL, fat=[0, 0],
        summary="peaceful anti-galamsey march in Kumasi dispersed with tear gas; 14 arrested and bailed; no injuries",
        date_note="published Wednesday 4 Nov; 'on Tuesday' = 3 Nov",
        sub_event_note="peaceful protesters dispersed with tear gas, arrests at the protest, nobody hurt: Protest with intervention; the arrests belong to this event",
        fatalities_note="'no one was injured'"),
     ev("E2", "Protests", "Peaceful protest", "2026-10", ["2026-10-01", "2026-10-31"], "Ghana", "Greater Accra", "Accra",
        prot("Ghana"), None, fat=[0, 0], required=False, background=True,
        summary="a similar march in Accra last month, 'without incident'; recalled")],
    style="protest: dispersed with tear gas")
DOCS.append((A, G))

# ---- ext5-18: mob lynching, Kenya ----
T = """
Suspected phone thief lynched by mob in Kisii town

KISII — A man suspected of snatching a mobile phone was beaten to death by a mob at the Daraja Mbili market in Kisii town on Monday evening, police said.

Witnesses said the man, thought to be in his twenties, was chased by traders and boda boda riders after a woman screamed that her phone had been taken. He was caught near the market's bus stage, and within minutes a crowd of more than a hundred people had gathered and attacked him with stones, sticks and a metal rod.

By the time officers from Kisii Central police station arrived, the man was dead. The crowd scattered when police fired in the air. The body was taken to the Kisii Teaching and Referral Hospital mortuary.

Kisii Central police commander said officers had identified two men seen in video clips leading the assault, and that both had been arrested on Tuesday morning and would be charged with murder. "Nobody has the right to take the law into their own hands," he said, urging residents to hand suspects over to the police.

Traders at the market said thefts had increased in recent months and complained of slow police response. Human rights groups have documented dozens of mob killings in the Nyanza region this year.

Share this article
"""
A = article("ext5-18", "2026-09-08", "Western Kenya news site", "Suspected phone thief lynched by mob in Kisii town", T)
KEN_POL = pol("Kenya", ["Kenya Police", "National Police Service", "Kenyan police"], "2022-")
G = gold("ext5-18", "2026-09-08", ["Share this article"], [],
    [ev("E1", "Riots", "Mob violence", "2026-09-07", ["2026-09-07", "2026-09-07"], "Kenya", "Kisii", "Kisii",
        riot("Kenya", ["mob", "traders", "boda boda riders"]), civ("Kenya", ["suspected thief"]), fat=[1, 1],
        location_alternatives=["Kisii town", "Daraja Mbili"],
        summary="mob beat a suspected phone thief to death at Daraja Mbili market, Kisii; police fired in the air to disperse",
        date_note="published Tuesday 8 Sep; 'Monday evening' = 7 Sep",
        sub_event_note="violent crowd with no demonstration behind it: Mob violence"),
     ev("E2", "Strategic developments", "Arrests", "2026-09-08", ["2026-09-08", "2026-09-08"], "Kenya", "Kisii", "Kisii",
        KEN_POL, civ("Kenya", ["suspected mob leaders"]), fat=None, required=False,
        summary="two suspected mob leaders arrested on Tuesday morning; borderline (ordinary criminal arrest, ACLED would usually not code it)"),
    ],
    style="riot: mob lynching")
DOCS.append((A, G))

# ---- ext5-19: sexual violence reported by a UN agency, Central African Republic ----
T = """
UN agency says 11 women and girls raped in Zemio as militia violence flares

BANGUI — The United Nations Population Fund (UNFPA) said on Wednesday it had documented 11 cases of rape of women and girls in and around Zemio, in the Haut-Mbomou prefecture of south-eastern Central African Republic, between 10 and 16 October.

In a statement, the agency said the survivors, the youngest of them 13, described being attacked by armed men while fetching water or working in fields on the edge of the town. Several of the survivors identified their attackers as fighters of the Azande Ani Kpi Gbe (AAKG), a militia that emerged in the region in 2023 and has clashed with government forces and their Russian allies.

"These figures are only the cases we know about. Fear of reprisals keeps most survivors silent," the agency's representative in the country said.

The survivors have received medical care and psychosocial support at a clinic run by a partner organisation. The agency said it had sent post-rape kits by air to Obo, the prefecture's capital, but that insecurity on the roads was delaying deliveries to Zemio.

A spokesman for the militia could not be reached. The government has not commented.

The UN agency called on all armed actors to stop sexual violence and on the authorities to investigate.
"""
A = article("ext5-19", "2026-10-22", "Central Africa news wire",
            "UN agency says 11 women and girls raped in Zemio as militia violence flares", T)
G = gold("ext5-19", "2026-10-22", [], ["Bangui", "Obo"],
    [ev("E1", "Violence against civilians", "Sexual violence", None, ["2026-10-10", "2026-10-16"], "Central African Republic", "Haut-Mbomou", "Zemio",
        AAKG + uag("Central African Republic", ["armed men"]), civ("Central African Republic", ["women", "girls"]), fat=None,
        location_alternatives=["Zémio"],
        summary="UNFPA documented 11 rapes of women and girls in and around Zemio, 10-16 Oct; survivors identified AAKG fighters",
        date_note="a range (10-16 Oct), no single day: date null; ACLED would code the middle of the week",
        fatalities_note="no deaths reported: null",
        sub_event_note="sexual violence by an organised armed group: Sexual violence, not Attack")],
    style="UN agency report of sexual violence")
DOCS.append((A, G))
