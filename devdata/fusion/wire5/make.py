"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "nw": "Nile Wire", "ku": "Kordofan Voice (translated from Arabic)", "uh": "UN Humanitarian Coordinator Sudan",
    "dn": "Darfur Network", "sw": "Sahel Wire", "fa": "Faso Actu (translated from French)",
    "ow": "Ouaga World Desk", "aw": "Andes Wire", "ep": "El Pais Vallecaucano (translated from Spanish)",
    "md": "Colombia Ministry of Defence (translated from Spanish)", "mt": "Mindanao Times",
    "pw": "Pacific Wire", "ib": "6th Infantry Division Public Affairs", "bv": "Burma Voice (translated from Burmese)",
    "as": "Asia Wire", "uc": "UNICEF East Asia and Pacific", "ri": "Radio Ituri (translated from French)",
    "cw": "Congo Wire", "mo": "MONUSCO", "iw": "Indus Wire", "fp": "Frontier Post Daily",
    "kp": "KP Chief Minister's Secretariat", "am": "Americas Wire", "cg": "Correo del Bajio (translated from Spanish)",
    "fg": "Guanajuato State Prosecutor (translated from Spanish)", "wd": "World Affairs Desk",
}

# id, outlet, published, title, text (1 June 2026 is a Monday)
ARTICLES = [
    # Z1: RSF shells the main market of El Obeid (North Kordofan), Tuesday 2 June; 12 (wire), 19 (wire's
    # later toll), 15 (Arabic prose: "Al-Ubayyid", "yesterday", "the Janjaweed"), 17 (UN), 19 (background)
    ("w5-01", "nw", "2026-06-02", "Shelling of Sudan market kills at least 12",
     "PORT SUDAN, June 2 (Nile Wire) - Artillery shells fired by the paramilitary Rapid Support Forces "
     "crashed into a crowded market in El Obeid, the capital of Sudan's North Kordofan state, on Tuesday, "
     "killing at least 12 civilians, a medical source at the city's teaching hospital said.\n\n"
     "The RSF, at war with the army since April 2023, has been pressing on the city from the west for "
     "months. It did not comment on the shelling."),
    ("w5-02", "nw", "2026-06-03", "UPDATE 1-Toll from El-Obeid market shelling rises to 19",
     "PORT SUDAN, June 3 (Nile Wire) - The number of people killed when shells hit the main market of "
     "El-Obeid on Tuesday has risen to 19, North Kordofan's health ministry said on Wednesday, as more of "
     "the wounded died in hospital.\n\nThe ministry blamed the Rapid Support Forces, which have "
     "besieged parts of the state."),
    ("w5-03", "ku", "2026-06-03", "Fifteen martyrs in the shelling of the Al-Ubayyid market",
     "Fifteen citizens were martyred and dozens were wounded yesterday when the Janjaweed militia "
     "bombarded the big market of the city of Al-Ubayyid with artillery, witnesses told Kordofan Voice.\n\n"
     "The witnesses said that the shells fell at midday when the market was full of people buying "
     "vegetables and that the shops of the cloth sellers burned."),
    ("w5-04", "uh", "2026-06-04", "Statement on the attack on El Obeid market",
     "The Humanitarian Coordinator for Sudan is appalled by the shelling of the central market in El "
     "Obeid, North Kordofan, on 2 June, which reportedly killed at least 17 civilians and injured more "
     "than 60.\n\nMarkets are civilian objects. The Humanitarian Coordinator reminds all parties of their "
     "obligations under international humanitarian law and calls for those responsible to be held to "
     "account."),
    ("w5-05", "nw", "2026-06-05", "Families flee Sudan's El Obeid as RSF closes in",
     "PORT SUDAN, June 5 (Nile Wire) - Hundreds of families have left El Obeid for towns further east "
     "this week, aid workers said on Friday, fearing an assault on the North Kordofan capital.\n\n"
     "Many began leaving after Tuesday's shelling of the main market, which killed 19 people according "
     "to health officials. Bus fares to Kosti have tripled, one aid worker said."),
    # D1: RSF shells Abu Shouk camp near El Fasher (North Darfur) the same Tuesday; 6
    ("w5-06", "dn", "2026-06-02", "Six killed as shells hit Abu Shouk camp",
     "Six people, among them two women, were killed on Tuesday when shells fired by the Rapid Support "
     "Forces landed in Abu Shouk camp for displaced people on the northern edge of El Fasher, the "
     "emergency room of the camp said.\n\nThe camp has been shelled repeatedly since the RSF tightened "
     "its grip around the North Darfur capital."),
    # Z2: JNIM overruns the army base at Djibo (Soum, Sahel region), Sunday 7 June; at least 30 (wire,
    # "northern Burkina Faso"), 27 (French prose: "GSIM", "yesterday Sunday"), at least 30 (a week on)
    ("w5-07", "sw", "2026-06-08", "Dozens of soldiers killed in northern Burkina Faso attack - sources",
     "ABIDJAN, June 8 (Sahel Wire) - Islamist militants killed at least 30 soldiers and members of a "
     "civilian defence militia in an attack on an army base in northern Burkina Faso on Sunday, two "
     "security sources said on Monday.\n\nThe attackers arrived on motorbikes at dawn and fought for "
     "several hours before withdrawing, one of the sources said. The junta has not commented."),
    ("w5-08", "fa", "2026-06-08", "Soum: the Djibo detachment targeted by a terrorist attack",
     "The military detachment of Djibo, in the province of Soum, was the target yesterday Sunday of a "
     "complex attack by several hundred terrorists of the GSIM, according to concordant sources.\n\nThe "
     "provisional toll is 27 dead among the soldiers and the Volunteers for the Defence of the Homeland "
     "(VDP). Reinforcements sent from Ouahigouya reached the town in the evening."),
    ("w5-09", "ow", "2026-06-15", "Burkina junta replaces army chief after Djibo losses",
     "OUAGADOUGOU, June 15 - Burkina Faso's military government named a new chief of the general staff "
     "on Monday, a week after fighters of Jama'at Nusrat al-Islam wal-Muslimin overran an army base in "
     "Djibo, in the north of the country, killing at least 30 soldiers and auxiliaries.\n\nThe decree "
     "read on state television gave no reason for the change."),
    # D4: JNIM ambushes a supply convoy near Dori (Seno, Sahel region), Wednesday 10 June; 11
    ("w5-10", "fa", "2026-06-11", "Seno: a supply convoy ambushed near Dori",
     "A convoy carrying food and fuel to Dori was ambushed on Wednesday about twenty kilometres from the "
     "town by terrorists of the GSIM. Eleven soldiers lost their lives, according to a security source "
     "in the region of the Sahel.\n\nSeveral trucks were burned and the convoy returned to Kaya."),
    # Z3: motorbike bomb at the police station of Jamundi (Valle del Cauca), Thursday 4 June; 5 (wire),
    # 4 (its correction), 4 (Spanish prose, "yesterday"), four in words (the ministry, "this Thursday, June 4")
    ("w5-11", "aw", "2026-06-04", "Motorcycle bomb kills five in southwestern Colombia",
     "CALI, Colombia, June 4 (Andes Wire) - A bomb hidden in a parked motorcycle exploded outside a "
     "police station in the town of Jamundi in south-western Colombia on Thursday, killing five people, "
     "including two police officers, local authorities said.\n\nOfficials blamed the Jaime Martinez front, "
     "a group of former FARC rebels who rejected the 2016 peace deal."),
    ("w5-12", "aw", "2026-06-05", "CORRECTED-Motorcycle bomb kills four in southwestern Colombia",
     "(Corrects death toll to four from five in paragraph 1 after police revised figure)\n\nCALI, Colombia, "
     "June 4 (Andes Wire) - A bomb hidden in a parked motorcycle exploded outside a police station in the "
     "town of Jamundi in south-western Colombia on Thursday, killing four people, including two police "
     "officers, local authorities said.\n\nOfficials blamed the Jaime Martinez front, a group of former "
     "FARC rebels who rejected the 2016 peace deal."),
    ("w5-13", "ep", "2026-06-05", "Four dead leaves the attack with motorbike-bomb in Jamundí",
     "Four dead and eleven wounded left the attack with a motorbike-bomb against the police station of "
     "Jamundí yesterday in the afternoon. Among the dead are two patrolmen and a street seller.\n\n"
     "The mayor attributed the attack to the dissidences of the Estado Mayor Central, which dispute with "
     "other armed groups the routes of the south of the Valle del Cauca."),
    ("w5-14", "md", "2026-06-04", "The Ministry of Defence rejects the terrorist attack in Jamundí",
     "The Ministry of National Defence rejects the terrorist attack perpetrated this Thursday, June 4, "
     "against the police station of the municipality of Jamundí, Valle del Cauca, by the criminal "
     "structure Jaime Martínez, in which two uniformed officers and two civilians lost their lives.\n\n"
     "A reward of up to 200 million pesos is offered for information on those responsible."),
    # Z4: troops clash with Dawlah Islamiyah in Datu Hoffer Ampatuan (Maguindanao del Sur), Saturday 6
    # June; 8 (local), at least 5 (wire, province only), 8 (division: "DHA", "DI-Hassan"), 8 (background)
    ("w5-15", "mt", "2026-06-07", "8 dead in Maguindanao del Sur clash",
     "DATU HOFFER AMPATUAN, Maguindanao del Sur - Seven suspected members of the Dawlah Islamiyah-Hassan "
     "group and a soldier were killed in a firefight with Army troops in Barangay Tuayan here on Saturday "
     "morning, a military spokesperson said.\n\nResidents of two villages fled to the town center during "
     "the fighting, which lasted about three hours."),
    ("w5-16", "pw", "2026-06-06", "Philippine troops kill at least five IS-linked militants",
     "MANILA, June 6 (Pacific Wire) - Philippine troops killed at least five Islamic State-linked "
     "militants in a clash in the southern province of Maguindanao del Sur on Saturday, the military "
     "said.\n\nThe fighting broke out when soldiers raided a hideout of the group, a regional army "
     "spokesman said."),
    ("w5-17", "ib", "2026-06-07", "Kampilan troopers neutralize 7 DI terrorists in DHA",
     "Troops of the 6th Infantry (Kampilan) Division neutralized seven members of the Dawlah Islamiyah "
     "(DI-Hassan group) in an encounter at Sitio Bagong, Barangay Tuayan, DHA, Maguindanao del Sur on June "
     "6, 2026. One soldier was killed in action and two were wounded.\n\nHigh-powered firearms and "
     "improvised explosive devices were recovered at the encounter site."),
    ("w5-18", "pw", "2026-06-09", "Army presses Maguindanao offensive after weekend clash",
     "MANILA, June 9 (Pacific Wire) - The Philippine army said on Tuesday it was pursuing the remnants of a "
     "pro-Islamic State group near the Liguasan marsh after a weekend gunbattle.\n\nOn Saturday, seven "
     "militants and a soldier died in fighting in the town of Datu Hoffer Ampatuan. The army said about "
     "20 fighters were still with the group's leader."),
    # Z5: military air strike on Nyaung Pin Thar village, Depayin township (Sagaing), Wednesday 10 June;
    # 9 (Burmese prose, "today"), at least 11 (wire, region only), at least 11 (UNICEF), 12 ("last Wednesday")
    ("w5-19", "bv", "2026-06-10", "Junta jet bombs Nyaung Pin Thar village, 9 villagers killed",
     "A military jet dropped bombs on Nyaung Pin Thar village in Depayin Township, Sagaing Region, at "
     "about 10 am today, killing nine villagers including four children, a local People's Defence Force "
     "member said.\n\nThe member said that the bombs fell near the village monastery where displaced "
     "families were staying and that more than 20 houses burned."),
    ("w5-20", "as", "2026-06-11", "Myanmar military air strike kills at least 11 - resistance",
     "BANGKOK, June 11 (Asia Wire) - An air strike by Myanmar's military killed at least 11 people in a "
     "village in the north-western Sagaing region on Wednesday, a spokesman for a local resistance group "
     "and independent media said.\n\nA junta spokesman could not be reached. The military has increasingly "
     "used air power against opponents since seizing power in 2021."),
    ("w5-21", "uc", "2026-06-12", "Statement on children killed in Sagaing, Myanmar",
     "UNICEF is deeply alarmed by reports that four children were among at least 11 people killed in an "
     "aerial attack on a village in Depayin, Sagaing, on 10 June. Several more children were injured.\n\n"
     "Children must never be a target. UNICEF calls on all parties to protect children and to allow "
     "safe access for humanitarian aid."),
    ("w5-22", "bv", "2026-06-16", "Week after bombing, Depayin villagers still sleep in the forest",
     "Villagers of Nyaung Pin Thar in Depayin Township are still sleeping in the forest, fearing more "
     "air raids, residents said. The air strike last Wednesday on the village killed 12 people, among "
     "them four children, villagers said.\n\nThe monastery that sheltered displaced families was "
     "destroyed and the villagers have no rice left, a village elder said."),
    # Z6: CODECO attack on the Rhoe displacement site (Djugu, Ituri), night of Friday 12 to Saturday 13
    # June; 14 (French radio), at least 18 (wire, "eastern Congo", Ituri province), at least 18 (MONUSCO,
    # "Rho"), 23 (rolling toll), 23 (background in D3's report)
    ("w5-23", "ri", "2026-06-13", "Djugu: at least 14 displaced killed at the Rhoe site",
     "At least fourteen displaced persons were killed in the night of Friday to Saturday in an attack "
     "attributed to CODECO militiamen on the displaced site of Rhoe, in the chiefdom of Bahema Badjere, "
     "territory of Djugu, civil society sources said.\n\nThe assailants, armed with machetes and guns, "
     "also burned dozens of shelters before the arrival of the army."),
    ("w5-24", "cw", "2026-06-13", "Militia kills at least 18 at displacement camp in eastern Congo",
     "KINSHASA, June 13 (Congo Wire) - Militia fighters armed with machetes and guns killed at least 18 "
     "people at a camp for displaced people in eastern Democratic Republic of Congo's Ituri province "
     "overnight, a local civil society leader said on Saturday.\n\nHe blamed the CODECO militia, which "
     "says it defends the Lendu community."),
    ("w5-25", "mo", "2026-06-14", "MONUSCO condemns the attack on the Rho displacement site",
     "MONUSCO strongly condemns the attack carried out by CODECO/URDPC elements on 13 June 2026 against the "
     "site for internally displaced persons of Rho, in Djugu territory, Ituri province. The attack left at "
     "least 18 civilians dead, including women and children.\n\nPeacekeepers deployed to the site and "
     "evacuated the wounded to Bunia."),
    ("w5-26", "ri", "2026-06-15", "Rhoe: the toll of the attack rises to 23 dead",
     "The toll of the attack on the displaced site of Rhoe in the night of Friday to Saturday has risen to "
     "23 dead, according to the administrator of the territory of Djugu, who spoke on Monday.\n\nNine "
     "bodies were found in the bush around the site on Sunday, he said."),
    # D3: CODECO attacks gold miners at Largu (Djugu), Wednesday 17 June; 5; recalls Z6 with 23
    ("w5-27", "ri", "2026-06-18", "Djugu: five gold miners killed at Largu",
     "Five gold miners were killed on Wednesday in an attack by CODECO militiamen at a mine near Largu, in "
     "the territory of Djugu, local sources said.\n\nThe attack comes five days after the one against the "
     "displaced site of Rhoe, where 23 people were killed."),
    # Z7: roadside bomb hits a police van in Bannu (Khyber Pakhtunkhwa), Tuesday 16 June; 6 (wire,
    # province), 6 (local, "Domel area"), 7 (chief minister), 7 (background in D2's wire)
    ("w5-28", "iw", "2026-06-16", "Roadside bomb kills six police in northwest Pakistan",
     "PESHAWAR, Pakistan, June 16 (Indus Wire) - A roadside bomb tore through a police vehicle in "
     "north-western Pakistan's Khyber Pakhtunkhwa province on Tuesday, killing six policemen, officials "
     "said.\n\nNo group claimed responsibility, but suspicion fell on the Pakistani Taliban, who have "
     "stepped up attacks on security forces in the province."),
    ("w5-29", "fp", "2026-06-17", "Six cops martyred in Bannu IED blast",
     "BANNU: Six policemen were martyred and two others injured when an improvised explosive device hit "
     "their mobile van in the Domel area of Bannu on Tuesday, police said.\n\nThe van was on its way to "
     "the Domel police station when the device, planted beside the road, was detonated by remote control. "
     "Police suspect militants of the banned Tehreek-i-Taliban Pakistan."),
    ("w5-30", "kp", "2026-06-16", "CM condemns Bannu attack",
     "The Chief Minister of Khyber Pakhtunkhwa has strongly condemned the cowardly attack by Fitna al "
     "Khawarij on a police mobile in Bannu today, in which seven brave police personnel embraced "
     "martyrdom.\n\nThe Chief Minister directed that the wounded be given the best treatment and said "
     "the sacrifices of the police would not go in vain."),
    # D2: roadside bomb near a police patrol in Jani Khel (Bannu), Thursday 18 June; 3 (wire, recalling
    # Z7 with 7), 3 (local)
    ("w5-31", "iw", "2026-06-18", "Second bomb in a week kills three police in Pakistan's Bannu",
     "PESHAWAR, Pakistan, June 18 (Indus Wire) - A bomb planted on a roadside exploded near a police "
     "patrol in the Bannu district of north-western Pakistan on Thursday, killing three policemen, police "
     "said.\n\nThe blast came two days after a similar bomb in the same district killed seven police "
     "officers."),
    ("w5-32", "fp", "2026-06-19", "Another IED attack in Bannu: 3 cops martyred",
     "BANNU: Three policemen were martyred on Thursday when an IED planted on the roadside exploded near "
     "their patrol in the Jani Khel area of Bannu, police said.\n\nA search operation was launched in the "
     "area after the blast."),
    # Z8: gunmen attack a bar in Celaya (Guanajuato), Saturday night 13 June; at least 9 (wire, state only),
    # 11 (Spanish prose, "this Saturday"), 12 (prosecutor, "the night of 13 June"), 12 (background)
    ("w5-33", "am", "2026-06-14", "Gunmen kill at least nine at bar in central Mexico",
     "MEXICO CITY, June 14 (Americas Wire) - Gunmen opened fire on customers at a bar in the central "
     "Mexican state of Guanajuato late on Saturday, killing at least nine people, state prosecutors said "
     "on Sunday.\n\nGuanajuato, an industrial hub, has for years been the Mexican state with the most "
     "murders as cartels fight over fuel theft and drug sales."),
    ("w5-34", "cg", "2026-06-14", "Armed commando attacks bar in Celaya; leaves 11 dead",
     "An armed commando attacked a bar in the colonia Las Insurgentes of Celaya on the night of this "
     "Saturday and left 11 dead and five wounded, according to first reports.\n\nWitnesses said that at "
     "least six men got out of two vans and fired at the customers before fleeing."),
    ("w5-35", "fg", "2026-06-15", "Report on the attack in a business of Celaya",
     "The State Prosecutor's Office reports that the number of victims who lost their lives in the attack "
     "that occurred on the night of 13 June in a business in the municipality of Celaya rose to 12.\n\n"
     "The Prosecutor's Office has opened an investigation for homicide and does not rule out any line of "
     "inquiry."),
    ("w5-36", "am", "2026-06-17", "Mexico sends troops to Guanajuato city after bar massacre",
     "MEXICO CITY, June 17 (Americas Wire) - Mexico's government said on Wednesday it would send 1,500 "
     "soldiers and National Guard troops to Celaya after Saturday's attack on a bar that killed 12 "
     "people.\n\nState officials have said the Santa Rosa de Lima cartel, which is fighting the Jalisco "
     "New Generation Cartel for control of the city, was probably behind the attack."),
    # no events: talks, a typhoon, a road accident
    ("w5-37", "wd", "2026-06-09", "Sudan's warring sides send delegates to new talks",
     "Delegations from Sudan's army and the Rapid Support Forces arrived in Jeddah on Tuesday for talks "
     "on humanitarian access, the mediators said.\n\nThe war has killed tens of thousands of people and "
     "driven more than twelve million from their homes. Earlier rounds of talks produced promises that "
     "were not kept."),
    ("w5-38", "pw", "2026-06-11", "Typhoon kills 14 in central Philippines",
     "MANILA, June 11 (Pacific Wire) - A typhoon that swept across the central Philippines killed at least "
     "14 people, most of them in landslides in Eastern Samar province, disaster officials said on "
     "Thursday.\n\nMore than 80,000 people spent the night in evacuation centres."),
    ("w5-39", "am", "2026-06-16", "Bus plunges into ravine in southern Mexico, killing 12",
     "MEXICO CITY, June 16 (Americas Wire) - A passenger bus plunged into a ravine on a mountain road in "
     "the southern Mexican state of Oaxaca on Tuesday, killing 12 people and injuring 20, state officials "
     "said.\n\nThe driver appeared to have lost control on a bend in heavy rain, they said."),
]

SUDAN_RSF = ["Rapid Support Forces", "RSF", "Janjaweed"]
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM"]
CODECO = ["CODECO", "Cooperative for Development of Congo", "URDPC"]
TTP = ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Fitna al Khawarij"]

# id, event_type, sub_event_type, date, country, admin1, location, actor1, actor2, claimed_by,
# {document: [low, high]}, {document: claimant's [low, high]}, note
EVENTS = [
    ("Z1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-06-02", "Sudan",
     "North Kordofan", "El Obeid", SUDAN_RSF, ["Civilians (Sudan)"], None,
     {"w5-01": [12, None], "w5-02": [19, 19], "w5-03": [15, 15], "w5-04": [17, None], "w5-05": [19, 19]}, {},
     "wire at least 12, its update 19; 15 from Arabic ('Al-Ubayyid', 'yesterday', 'Janjaweed'); UN at "
     "least 17 ('2 June'); 19 recalled in a follow-up on Friday ('Tuesday's shelling')"),
    ("Z2", "Battles", "Armed clash", "2026-06-07", "Burkina Faso", "Sahel", "Djibo", JNIM,
     ["Military Forces of Burkina Faso"], None,
     {"w5-07": [30, None], "w5-08": [27, 27], "w5-09": [30, None]}, {},
     "wire at least 30 ('northern Burkina Faso', no town); 27 from French ('GSIM', 'yesterday Sunday'); a "
     "week later at least 30 in background ('a week after', 'in the north of the country')"),
    ("Z3", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-06-04", "Colombia",
     "Valle del Cauca", "Jamundi", ["FARC Dissidents", "Jaime Martinez front", "Estado Mayor Central"],
     ["Police Forces of Colombia"], None,
     {"w5-11": [5, 5], "w5-12": [4, 4], "w5-13": [4, 4], "w5-14": [4, 4]}, {},
     "wire 5, its correction 4; 4 from Spanish ('yesterday'); the ministry's 'two uniformed officers and "
     "two civilians' (4, in words, 'this Thursday, June 4')"),
    ("Z4", "Battles", "Armed clash", "2026-06-06", "Philippines",
     "Bangsamoro Autonomous Region in Muslim Mindanao", "Datu Hoffer Ampatuan",
     ["Military Forces of the Philippines"], ["Dawlah Islamiyah", "Islamic State (Philippines)"], None,
     {"w5-15": [8, 8], "w5-16": [5, None], "w5-17": [8, 8], "w5-18": [8, 8]}, {},
     "local 7 militants and a soldier; wire at least 5 militants (province only); division 7 'neutralized' "
     "and one soldier ('DHA'); background 8 three days later"),
    ("Z5", "Explosions/Remote violence", "Air/drone strike", "2026-06-10", "Myanmar", "Sagaing", "Depayin",
     ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], None,
     {"w5-19": [9, 9], "w5-20": [11, None], "w5-21": [11, None], "w5-22": [12, 12]}, {},
     "9 ('today', village and township); wire at least 11 (region only); UNICEF at least 11 ('10 June'); "
     "12 a week later ('last Wednesday')"),
    ("Z6", "Violence against civilians", "Attack", "2026-06-13", "Democratic Republic of Congo", "Ituri",
     "Djugu", CODECO, ["Civilians (Democratic Republic of Congo)"], None,
     {"w5-23": [14, None], "w5-24": [18, None], "w5-25": [18, None], "w5-26": [23, 23], "w5-27": [23, 23]},
     {}, "night of Friday 12 to Saturday 13 June; at least 14 (French radio, 'Rhoe'); wire at least 18 "
     "(province, 'overnight'); MONUSCO at least 18 ('Rho', '13 June'); toll 23 on Monday; 23 recalled in "
     "the report of Z10"),
    ("Z7", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-06-16", "Pakistan",
     "Khyber Pakhtunkhwa", "Bannu", TTP, ["Police Forces of Pakistan"], None,
     {"w5-28": [6, 6], "w5-29": [6, 6], "w5-30": [7, 7], "w5-31": [7, 7]}, {},
     "wire 6 (province only); local 6 ('Domel area'); chief minister 7 ('today', 'Fitna al Khawarij'); 7 "
     "recalled in the report of Z9 ('two days after')"),
    ("Z8", "Violence against civilians", "Attack", "2026-06-13", "Mexico", "Guanajuato", "Celaya",
     ["Unidentified Armed Group (Mexico)", "gunmen"], ["Civilians (Mexico)"], None,
     {"w5-33": [9, None], "w5-34": [11, 11], "w5-35": [12, 12], "w5-36": [12, 12]}, {},
     "wire at least 9 (state only); 11 from Spanish ('this Saturday'); prosecutor 12 ('the night of 13 "
     "June'); 12 recalled four days later ('Saturday's attack')"),
    ("Z9", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-06-18", "Pakistan",
     "Khyber Pakhtunkhwa", "Bannu", TTP, ["Police Forces of Pakistan"], None,
     {"w5-31": [3, 3], "w5-32": [3, 3]}, {},
     "same district, kind and target as Z7, two days later ('Jani Khel area')"),
    ("Z10", "Violence against civilians", "Attack", "2026-06-17", "Democratic Republic of Congo", "Ituri",
     "Largu", CODECO, ["Civilians (Democratic Republic of Congo)"], None, {"w5-27": [5, 5]}, {},
     "same actor, territory and kind as Z6, four days later at a gold mine"),
    ("Z11", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-06-02", "Sudan",
     "North Darfur", "Abu Shouk", SUDAN_RSF, ["Civilians (Sudan)"], None, {"w5-06": [6, 6]}, {},
     "same day, country, actor and kind as Z1, another state"),
    ("Z12", "Battles", "Armed clash", "2026-06-10", "Burkina Faso", "Sahel", "Dori", JNIM,
     ["Military Forces of Burkina Faso"], None, {"w5-10": [11, 11]}, {},
     "same actor and region as Z2, three days later: an ambush on a convoy"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/wire5/articles.jsonl (39 short articles written "
        "for eventledger, June 2026 incidents; fictional reports in real places): eight incidents in eight "
        "countries each told by three to five outlets (wire leads with datelines naming only a province or "
        "'north-western Pakistan'; local papers naming the village or district; prose translated from "
        "Arabic, French, Spanish and Burmese with other spellings of places and actors: El Obeid / "
        "El-Obeid / Al-Ubayyid, Rhoe / Rho, RSF / Janjaweed, JNIM / GSIM, TTP / Fitna al Khawarij; UN, "
        "UNICEF, MONUSCO, ministry, army and prosecutor statements; rolling tolls; a correction; "
        "follow-ups that recall an incident in a background sentence with 'Tuesday's', 'last Wednesday', "
        "'a week after'), four look-alikes (same day and country in another state; same district and "
        "kind two days later; same actor days later at another site, twice), and three stories with no "
        "event (talks, a typhoon, a road accident). Same format as ../gold.json.",
        distractors=["w5-37", "w5-38", "w5-39"],
    )


if __name__ == "__main__":
    main()
