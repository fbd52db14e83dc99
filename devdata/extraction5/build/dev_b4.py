from common import *

DOCS = []

# ---- ext5-20: arrest of an armed group's commander, Somalia ----
T = """
Somali intelligence agents arrest senior al-Shabaab commander in Beledweyne

MOGADISHU — Somali intelligence agents arrested a senior al-Shabaab commander in a night raid on a house in Beledweyne, the capital of the central Hiraan region, the National Intelligence and Security Agency (NISA) said on Saturday.

The agency identified the man as Abdiweli Hassan Nur, also known as "Abu Hamza", whom it described as the group's head of operations for Hiraan and parts of Middle Shabelle. It said he was detained in the early hours of Friday together with a courier, and that agents seized two pistols, a laptop and several mobile phones. No shots were fired, according to the statement.

NISA accused the commander of organising the car bomb that killed six soldiers at a checkpoint at the northern entrance of Beledweyne in March, and of collecting "taxes" from traders on the road to Mataban. The agency did not say where the two men were being held.

Al-Shabaab has not commented on the arrest. The group, which is linked to al-Qaeda, still controls large rural areas of central and southern Somalia despite government offensives launched since 2022.

Residents of Beledweyne said security forces had closed several streets of the Koshin neighbourhood for most of Friday morning.

Follow us for more updates
"""
A = article("ext5-20", "2026-11-14", "Horn of Africa news site",
            "Somali intelligence agents arrest senior al-Shabaab commander in Beledweyne", T)
NISA = ["Military Forces of Somalia", "Military Forces of Somalia (2022-)",
        "Military Forces of Somalia (2022-) National Intelligence and Security Agency",
        "National Intelligence and Security Agency", "NISA", "Police Forces of Somalia", "Police Forces of Somalia (2022-)",
        "Somali intelligence", "Somali security forces"]
SOM_MIL = ["Military Forces of Somalia", "Military Forces of Somalia (2022-)", "Somali National Army", "SNA", "Somali army"]
HIR = ["Hiraan", "Hiran", "Hiiraan"]
BLW = ["Beled Weyne", "Belet Weyne", "Beletweyne", "Belet Uen", "Baladweyne"]
G = gold("ext5-20", "2026-11-14", ["Follow us for more updates"], ["Mogadishu", "Mataban"],
    [ev("E1", "Strategic developments", "Arrests", "2026-11-13", ["2026-11-13", "2026-11-13"], "Somalia", "Hiraan", "Beledweyne",
        NISA, SHABAAB, fat=[0, 0], admin1_variants=HIR, location_alternatives=BLW,
        summary="NISA arrested a senior al-Shabaab commander and a courier in a night raid in Beledweyne; no shots fired; pistols seized",
        date_note="published Saturday 14 Nov; 'the early hours of Friday' = 13 Nov",
        sub_event_note="arrest of an armed group's commander by the state: Arrests; the seized pistols belong to it",
        fatalities_note="'No shots were fired'"),
     ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-03", ["2026-03-01", "2026-03-31"], "Somalia", "Hiraan", "Beledweyne",
        SHABAAB, SOM_MIL, fat=[6, 6], required=False, background=True, admin1_variants=HIR, location_alternatives=BLW,
        summary="March car bomb at a Beledweyne checkpoint that killed six soldiers, recalled as an accusation",
        sub_event_note="a car bomb with no suicide bomber mentioned: Remote explosive/landmine/IED",
        date_note="'in March' of the current year")],
    style="strategic development: arrest of a commander")
DOCS.append((A, G))

# ---- ext5-21: non-state group takes a town without a fight, DR Congo ----
T = """
M23 rebels walk into Pinga after army pulls out overnight

GOMA — Fighters of the AFC/M23 rebel alliance entered Pinga, a trading town in Walikale territory in North Kivu province, on Tuesday morning without firing a shot, after Congolese troops and allied Wazalendo militia fighters withdrew during the night, residents and a local official said.

"When we woke up, the soldiers were gone. By nine o'clock the rebels were walking down the main road," a shopkeeper said by telephone. A local official said the rebels raised their flag over the administrative office and called residents to a meeting at the market square, where they named a new local administrator.

There were no reports of casualties. Many residents had left in the preceding days, fearing fighting, and were sheltering in the surrounding forest.

An M23 spokesman said in a statement posted from Goma that the movement had "answered the call of the population" and would guarantee security in the town. An army spokesman in Kinshasa said troops had "repositioned" for tactical reasons and described the rebel presence in Pinga as a violation of the ceasefire commitments made under the Doha process.

Pinga sits on a road linking the rebels' positions in Masisi to the mining areas of Walikale and had been held by the army and its militia allies since 2024.

Advertisement
"""
A = article("ext5-21", "2026-09-17", "Great Lakes news site", "M23 rebels walk into Pinga after army pulls out overnight", T)
G = gold("ext5-21", "2026-09-17", ["Advertisement"], ["Goma", "Kinshasa", "Doha", "Masisi"],
    [ev("E1", "Strategic developments", "Non-violent transfer of territory", "2026-09-15", ["2026-09-15", "2026-09-15"], "Democratic Republic of Congo", "North Kivu", "Pinga",
        M23, DRC_MIL + WAZALENDO, fat=[0, 0], admin1_variants=["Nord-Kivu", "North Kivu", "Nord Kivu"],
        location_alternatives=["Walikale"],
        summary="M23 entered Pinga without a shot after the FARDC and Wazalendo withdrew overnight; flag raised, administrator named",
        date_note="published Thursday 17 Sep; 'Tuesday morning' = 15 Sep (withdrawal the night of 14-15 Sep)",
        sub_event_note="territory taken with no fighting: Non-violent transfer of territory (Non-state actor overtakes territory would need fighting)",
        fatalities_note="'no reports of casualties'; 'without firing a shot'")],
    style="strategic development: town taken without a fight")
DOCS.append((A, G))

# ---- ext5-22: hard negative, football report (Nigeria) ----
T = """
Plateau Highlanders blitz Sokoto Raiders as Danjuma kills off the game

JOS — Plateau Highlanders launched attack after attack on Saturday and crushed Sokoto Raiders 3-1 at a packed Jos Township Stadium to go top of the table.

The hosts laid siege to the visitors' goal from the first whistle. Winger Ibrahim Danjuma fired the first warning shot after four minutes, a rocket from 25 yards that the Raiders goalkeeper tipped over the bar. The breakthrough came on 19 minutes when captain Emeka Obi rose highest to head home a corner.

Sokoto hit back against the run of play, ambushing the Highlanders on the counter, and striker Musa Bello shot low into the corner to level before the break. For twenty minutes after the restart the visitors defended as if their lives depended on it, throwing bodies in front of every shot.

The deadlock was broken by a bullet of a free kick from Obi, and Danjuma killed off the game in stoppage time, racing clear after a long ball and firing past the keeper to send the home fans into raptures.

"We bombarded them for ninety minutes; in the end the pressure told," said Highlanders coach Bitrus Gyang. "My strikers were assassins today."

Raiders coach Aminu Kabiru admitted his side had been "massacred in midfield" and said his defenders had been "shot to pieces" by the pace of the Highlanders' wingers. "We will regroup and go to war again next week," he said.

The Highlanders travel to Kano next Sunday; the Raiders host Enugu.

Match ratings and highlights on our sports page
"""
A = article("ext5-22", "2026-10-25", "Middle Belt sports daily", "Plateau Highlanders blitz Sokoto Raiders as Danjuma kills off the game", T)
G = gold("ext5-22", "2026-10-25", ["Match ratings and highlights on our sports page"], ["Jos", "Sokoto", "Kano", "Enugu"], [],
    about="Hard negative: a football match report full of war words ('attack', 'shot', 'killed off the game', 'massacred', 'ambushing', 'go to war'). No ACLED event.",
    style="hard negative: football report")
DOCS.append((A, G))

# ---- ext5-23: hard negative, bus crash (Tanzania) ----
T = """
Twelve killed as bus collides with lorry on Morogoro–Dodoma highway

MOROGORO — Twelve people were killed and 31 injured when a passenger bus travelling from Dar es Salaam to Dodoma collided head-on with a lorry near Gairo in Morogoro region on Wednesday afternoon, police said.

The Morogoro regional police commander said the bus was overtaking on a bend when it hit the lorry, which was carrying bags of cement. Ten passengers died at the scene and two others died on the way to hospital. The lorry driver was among the dead; the bus driver fled on foot and was being sought.

Witnesses described the scene as "like a battlefield", with bodies and luggage scattered across the road. Rescuers from the fire brigade used cutting tools to free passengers trapped in the wreckage. The injured were taken to Gairo district hospital and the Morogoro regional referral hospital, where a doctor said seven were in critical condition.

The transport regulator said it had suspended the bus company's licence pending an investigation. Road safety campaigners said speeding and dangerous overtaking remained the main causes of crashes on the highway, one of the country's busiest.

The president sent condolences to the families of the victims.
"""
A = article("ext5-23", "2026-11-12", "Dar es Salaam daily (national news)", "Twelve killed as bus collides with lorry on Morogoro–Dodoma highway", T)
G = gold("ext5-23", "2026-11-12", [], ["Dar es Salaam", "Dodoma"],
    [ev("O1", "Other events", "Man-made disaster", "2026-11-11", ["2026-11-11", "2026-11-11"], "Tanzania", "Morogoro", "Gairo",
        civ("Tanzania", ["bus passengers"]), None, fat=[12, 12], required=False,
        admin1_variants=["Morogoro Region"],
        summary="road crash near Gairo, 12 killed; optional extension event, not ACLED")],
    about="Hard negative: a road crash that 'killed 12' (and a scene 'like a battlefield'). No ACLED event; one optional 'Other events / Man-made disaster'.",
    style="hard negative: bus crash")
DOCS.append((A, G))

# ---- ext5-24: hard negative, business story (South Africa) ----
T = """
Grocery price war claims first casualty as FreshMart launches hostile takeover bid

JOHANNESBURG — The price war that has raged between South Africa's supermarket chains for most of this year claimed its first corporate casualty on Monday, when FreshMart launched a hostile takeover bid for its struggling smaller rival Ubuntu Foods.

FreshMart, which has slashed prices on more than 2,000 basic items since March, offered 14 rand a share in cash, a premium of 38 per cent on Friday's closing price. Ubuntu Foods' board, which rejected an approach in August, said the offer "significantly undervalues" the group and urged shareholders to take no action. Analysts said the board might try to deploy a poison pill or seek a white knight.

"This is a dawn raid dressed up as a rescue," one fund manager said. "FreshMart has been bleeding Ubuntu dry for months, and now it wants to finish the job."

Ubuntu's shares jumped 31 per cent on the Johannesburg Stock Exchange, while FreshMart's fell 4 per cent as investors questioned whether its war chest was deep enough to keep cutting prices and pay for the deal. The competition regulator, which must approve any merger, said it would examine the bid's effect on suppliers and on small retailers in townships, which have been "caught in the crossfire" of the discounting battle.

The bid battle could drag on for months. FreshMart's chief executive said the group was "in this fight to win" and had no plans to raise its offer.
"""
A = article("ext5-24", "2026-09-29", "Business daily (markets)", "Grocery price war claims first casualty as FreshMart launches hostile takeover bid", T)
G = gold("ext5-24", "2026-09-29", [], ["Johannesburg"], [],
    about="Hard negative: a business story about a 'price war', a 'hostile takeover', a 'dawn raid', 'war chest', 'caught in the crossfire'. No events.",
    style="hard negative: business story")
DOCS.append((A, G))
