"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "bv": "Benue Voice", "nw": "Northern Wire", "ar": "Arewa Radio (translated from Hausa)",
    "mh": "Mali Hebdo (translated from French)", "sw": "Sahel Wire Service", "ak": "Africa Wire",
    "il": "Ituri Lens", "cw": "Congo Wire", "gl": "Grands Lacs Info (translated from French)",
    "qt": "Quetta Times", "pw": "Pakistan Wire", "sv": "Sagaing Voice", "aw": "Asia Wire",
    "dv": "Darfur Voice", "np": "Nile Post", "ch": "Cucuta Hoy (translated from Spanish)", "lw": "Latin Wire",
    "bf": "Burkina Hebdo (translated from French)", "wd": "World Affairs Desk",
}

# id, outlet, published, title, text (1 March 2026 is a Sunday)
ARTICLES = [
    # X1: Yelwata (Guma, Benue), Friday night 6 March; village / state; 23, at least 20, 27 (Hausa), 31
    ("w3-01", "bv", "2026-03-07", "Gunmen kill 23 in Yelwata",
     "Gunmen attacked Yelwata, a community in Guma local government area of Benue State, on Friday night and "
     "killed 23 villagers, the council chairman said on Saturday.\n\nHe said the attackers came on foot and "
     "set houses and food stores on fire before soldiers arrived."),
    ("w3-02", "nw", "2026-03-07", "At least 20 killed in attack in central Nigeria",
     "ABUJA, March 7 (Northern Wire) - Gunmen killed at least 20 people in an overnight attack on a farming "
     "village in central Nigeria's Benue state, police said on Saturday.\n\nClashes between herders and "
     "farmers over land have killed thousands in the region."),
    ("w3-03", "ar", "2026-03-08", "Gunmen kill people in Yelwata of Guma",
     "Gunmen killed people 27 in the village of Yelwata of the local government of Guma in the state of "
     "Benue, in the attack of the night of Friday, residents told our reporter.\n\nMany people fled to "
     "Makurdi, the residents said."),
    ("w3-04", "bv", "2026-03-10", "Yelwata toll rises to 31",
     "The death toll from Friday night's attack on Yelwata has risen to 31 after more bodies were found in "
     "farms around the community, the Benue State governor said on Tuesday.\n\nThe governor visited the "
     "wounded at a hospital in Makurdi."),
    # X2: Tessit (Ansongo, Gao), Sunday morning 8 March; army post; 8, at least 8, army's 11 and IS's 25
    ("w3-05", "mh", "2026-03-08", "Gao: the army post of Tessit attacked",
     "The army post of Tessit, in the circle of Ansongo, was the target of an attack by armed terrorist "
     "groups in the morning of this Sunday. The provisional toll is eight dead among the soldiers, according "
     "to a military source.\n\nReinforcements were sent from Ansongo, the same source said."),
    ("w3-06", "sw", "2026-03-09", "Militants kill eight soldiers in northeast Mali",
     "BAMAKO, March 9 (Sahel Wire Service) - Islamist militants attacked a military post in northeastern "
     "Mali's Gao region on Sunday, killing at least eight soldiers, two security sources said on Monday.\n\n"
     "The army has been fighting groups linked to al Qaeda and Islamic State for more than a decade."),
    ("w3-07", "ak", "2026-03-10", "Islamic State claims Tessit attack",
     "Islamic State's Sahel Province claimed Sunday's attack on the army post at Tessit in Mali, saying its "
     "fighters had killed 25 soldiers.\n\nThe army said on Tuesday that 11 soldiers died in the attack and "
     "that the post was still in its hands."),
    # X3: displaced camp near Djugu (Ituri), Wednesday night 11 March; 14, at least 12 (UN), 19 (translated)
    ("w3-08", "il", "2026-03-12", "CODECO militiamen kill 14 displaced people near Djugu",
     "CODECO militiamen killed 14 displaced people in an attack on a camp near Djugu, in Djugu territory of "
     "Ituri province, on Wednesday night, local civil society leaders said.\n\nThe attackers used machetes "
     "and burned shelters, the leaders said."),
    ("w3-09", "cw", "2026-03-12", "Militia kills at least 12 in attack on Congo displacement camp",
     "KINSHASA, March 12 (Congo Wire) - Militiamen killed at least 12 people in an attack on a camp for "
     "displaced people in eastern Congo's Ituri province late on Wednesday, the UN peacekeeping mission "
     "said on Thursday.\n\nThe mission said its troops had pushed the attackers back."),
    ("w3-10", "gl", "2026-03-14", "Djugu: the toll of the attack of the site of displaced passes to 19 dead",
     "The toll of the attack of the site of displaced of Djugu passed to 19 dead, announced this Saturday "
     "the civil society of the territory. Five wounded died at the general hospital of Bunia.\n\nThe civil "
     "society attributed the attack of the night of Wednesday to the CODECO militiamen."),
    # X4: Mastung (Balochistan), Tuesday 10 March; police van; 4, 5 (province only), a correction to 5
    ("w3-11", "qt", "2026-03-10", "Four policemen martyred in Mastung blast",
     "Four policemen were martyred when a roadside bomb struck their van on the main road in Mastung on "
     "Tuesday morning, the district police officer said.\n\nThe van was escorting a polio vaccination team."),
    ("w3-12", "pw", "2026-03-11", "Bomb kills five police in southwest Pakistan",
     "QUETTA, Pakistan, March 11 (Pakistan Wire) - A roadside bomb killed five police officers guarding a "
     "polio vaccination team in Pakistan's southwestern province of Balochistan on Tuesday, officials said "
     "on Wednesday.\n\nNo group claimed the attack."),
    ("w3-13", "qt", "2026-03-11", "Mastung blast: five policemen died",
     "A roadside bomb struck a police van escorting polio workers in Mastung on Tuesday. An earlier version "
     "of this report said six policemen were killed. The district police officer said on Wednesday that five "
     "policemen died and two were wounded."),
    # X5: monastery in Kani (Sagaing), Thursday 12 March; air strike; 9, at least 9 (region only), 12
    ("w3-14", "sv", "2026-03-12", "Junta air strike on Kani monastery kills nine",
     "A military air strike hit a monastery in Kani, Sagaing Region, on Thursday afternoon, killing nine "
     "villagers who were sheltering there, a local resistance official said.\n\nThe fighter jet dropped two "
     "bombs, residents said."),
    ("w3-15", "aw", "2026-03-13", "Myanmar air strike kills at least nine at monastery",
     "YANGON, March 13 (Asia Wire) - A Myanmar military air strike killed at least nine people sheltering in "
     "a Buddhist monastery in the central Sagaing region on Thursday, residents and a resistance group said."
     "\n\nThe junta did not respond to requests for comment."),
    ("w3-16", "sv", "2026-03-17", "Kani monastery strike toll rises to 12",
     "The toll from last Thursday's air strike on a monastery in Kani township has risen to 12 after three "
     "of the wounded died, a local rescue group said on Tuesday.\n\nMonks have moved to a village nearby."),
    # X6: Abu Shouk camp (El Fasher, North Darfur), Saturday 14 March; RSF shelling; 15, 15, 17
    ("w3-17", "dv", "2026-03-14", "RSF shelling kills 15 in Abu Shouk camp",
     "Shells fired by the Rapid Support Forces landed in the Abu Shouk camp for displaced people in El "
     "Fasher on Saturday, killing 15 people, the camp's coordinators said.\n\nMost of the dead were women "
     "queuing for water."),
    ("w3-18", "np", "2026-03-15", "Shelling kills 15 in Sudan's North Darfur, medics say",
     "KHARTOUM, March 15 (Nile Post) - Paramilitary shelling killed 15 people in a camp for displaced "
     "people in Sudan's North Darfur state on Saturday, a medical charity said on Sunday.\n\nThe Rapid "
     "Support Forces have besieged the state capital for months."),
    ("w3-19", "dv", "2026-03-18", "WHO: Abu Shouk shelling killed 17",
     "Four days after the shelling of the Abu Shouk camp, the World Health Organization said on Wednesday "
     "that 17 people were killed, including six children.\n\nAid groups asked for a pause in the fighting "
     "to bring in medicines."),
    # X7: rural Tibu (Norte de Santander), Monday 16 March; ELN against FARC dissidents; 7, 7
    ("w3-20", "ch", "2026-03-16", "Combats between ELN and dissidents leave seven dead in Tibu",
     "Combats between the ELN and the dissidents of the FARC in the rural zone of the municipality of Tibu "
     "left seven dead this Monday, according to the ombudsman.\n\nDozens of families moved to the urban "
     "center of Tibu."),
    ("w3-21", "lw", "2026-03-17", "Rebel fighting kills seven in northeast Colombia",
     "BOGOTA, March 17 (Latin Wire) - Fighting between ELN guerrillas and FARC dissidents killed seven "
     "people in Colombia's Norte de Santander province on Monday, the ombudsman's office said on Tuesday."),
    # X8: army base at Djibo (Soum, Sahel region), Saturday 14 March; JNIM; 14, at least 10, JNIM's 60
    ("w3-22", "bf", "2026-03-15", "Soum: the military detachment of Djibo attacked",
     "The military detachment of Djibo was attacked by armed terrorist groups this Saturday 14 March 2026. "
     "According to security sources, the toll is 14 soldiers killed and several wounded.\n\nThe assailants "
     "were pushed back after several hours of combat, the same sources said."),
    ("w3-23", "sw", "2026-03-15", "Jihadists attack army base in northern Burkina Faso",
     "OUAGADOUGOU, March 15 (Sahel Wire Service) - Jihadists attacked an army base in northern Burkina "
     "Faso on Saturday, killing at least 10 soldiers, security sources said on Sunday."),
    ("w3-24", "ak", "2026-03-16", "JNIM claims Djibo base attack",
     "The al Qaeda-linked group JNIM claimed Saturday's attack on the army base in Djibo, saying its fighters "
     "had killed 60 soldiers.\n\nSecurity sources put the toll at 14 soldiers."),
    # look-alikes: same state, province or region, day or week, family, another place
    ("w3-25", "bv", "2026-03-08", "Gunmen kill six farmers in Agatu",
     "Gunmen killed six farmers on their farms in Agatu local government area of Benue State on Saturday, "
     "police said.\n\nThe farmers were harvesting yams when they were attacked."),
    ("w3-26", "mh", "2026-03-11", "Ansongo: three soldiers killed by a mine",
     "Three soldiers were killed on Tuesday when their vehicle hit an improvised explosive device on the "
     "road between Ansongo and Bourem, in the region of Gao, according to a military source."),
    ("w3-27", "il", "2026-03-14", "Five killed in attack near Mahagi",
     "Armed men suspected to be CODECO militiamen killed five people in a village near Mahagi, in Ituri "
     "province, on Friday, local leaders said."),
    ("w3-28", "qt", "2026-03-10", "Two killed in Quetta blast",
     "Two people were killed and six wounded when a bomb planted on a motorcycle exploded near a market in "
     "Quetta on Tuesday evening, police said."),
    # distractor: no event
    ("w3-29", "wd", "2026-03-16", "Donors pledge aid for Sudan",
     "Donors meeting in London on Monday pledged more than a billion dollars for Sudan, where the war has "
     "forced millions from their homes.\n\nThe United Nations said the money would fund food, water and "
     "health care."),
]

EVENTS = [
    ("X1", "Violence against civilians", "Attack", "2026-03-06", "Nigeria", "Benue", "Yelwata",
     ["Unidentified Armed Group (Nigeria)", "gunmen"], ["Civilians (Nigeria)"], None,
     {"w3-01": [23, 23], "w3-02": [20, None], "w3-03": [27, 27], "w3-04": [31, 31]}, {},
     "23 -> at least 20 (state only) -> 27 (from Hausa) -> 31; w3-04 says 'Friday night' from Tuesday"),
    ("X2", "Battles", "Armed clash", "2026-03-08", "Mali", "Gao", "Tessit",
     ["Islamic State Sahel Province", "IS Sahel"], ["Military Forces of Mali"],
     ["Islamic State Sahel Province", "IS Sahel"],
     {"w3-05": [8, 8], "w3-06": [8, None], "w3-07": [11, 11]}, {"w3-07": [25, 25]},
     "translated 8; wire at least 8 (region only); army's 11 beside IS's 25 (the claimant's own)"),
    ("X3", "Violence against civilians", "Attack", "2026-03-11", "Democratic Republic of Congo", "Ituri",
     "Djugu", ["CODECO: Cooperative for Development of Congo", "CODECO"],
     ["Civilians (Democratic Republic of Congo)"], None,
     {"w3-08": [14, 14], "w3-09": [12, None], "w3-10": [19, 19]}, {},
     "civil society 14, the UN's at least 12 (province only), 19 two days later in translated prose"),
    ("X4", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-03-10", "Pakistan",
     "Balochistan", "Mastung", ["Unidentified Armed Group (Pakistan)"], ["Police Forces of Pakistan"], None,
     {"w3-11": [4, 4], "w3-12": [5, 5], "w3-13": [5, 5]}, {},
     "4 -> 5 (province only); w3-13 is a correction: its earlier six withdrawn, the police's five"),
    ("X5", "Explosions/Remote violence", "Air/drone strike", "2026-03-12", "Myanmar", "Sagaing", "Kani",
     ["Military Forces of Myanmar"], ["Civilians (Myanmar)"], None,
     {"w3-14": [9, 9], "w3-15": [9, None], "w3-16": [12, 12]}, {},
     "9 -> at least 9 (region only) -> 12 ('last Thursday' from Tuesday)"),
    ("X6", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-03-14", "Sudan",
     "North Darfur", "El Fasher", ["Rapid Support Forces", "RSF"], ["Civilians (Sudan)"], None,
     {"w3-17": [15, 15], "w3-18": [15, 15], "w3-19": [17, 17]}, {},
     "camp coordinators' 15, a charity's 15 (state only), the WHO's 17 ('four days after')"),
    ("X7", "Battles", "Armed clash", "2026-03-16", "Colombia", "Norte de Santander", "Tibu",
     ["ELN: National Liberation Army", "ELN"], ["FARC Dissidents"], None,
     {"w3-20": [7, 7], "w3-21": [7, 7]}, {}, "translated 'this Monday'; the wire names only the province"),
    ("X8", "Battles", "Armed clash", "2026-03-14", "Burkina Faso", "Sahel", "Djibo",
     ["JNIM: Group for Support of Islam and Muslims", "JNIM"], ["Military Forces of Burkina Faso"],
     ["JNIM: Group for Support of Islam and Muslims", "JNIM"],
     {"w3-22": [14, 14], "w3-23": [10, None], "w3-24": [14, 14]}, {"w3-24": [60, 60]},
     "security sources' 14; the wire's at least 10 (north of the country only); JNIM's 60 the claimant's"),
    ("X9", "Violence against civilians", "Attack", "2026-03-07", "Nigeria", "Benue", "Agatu",
     ["Unidentified Armed Group (Nigeria)", "gunmen"], ["Civilians (Nigeria)"], None, {"w3-25": [6, 6]}, {},
     "same state and family as X1, the next day, another local government area"),
    ("X10", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-03-10", "Mali", "Gao",
     "Ansongo", ["Unidentified Armed Group (Mali)"], ["Military Forces of Mali"], None, {"w3-26": [3, 3]}, {},
     "same region and week as X2, soldiers again, another place and kind"),
    ("X11", "Violence against civilians", "Attack", "2026-03-13", "Democratic Republic of Congo", "Ituri",
     "Mahagi", ["CODECO: Cooperative for Development of Congo", "CODECO"],
     ["Civilians (Democratic Republic of Congo)"], None, {"w3-27": [5, 5]}, {},
     "same province, actor and week as X3, another territory and day"),
    ("X12", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-03-10", "Pakistan",
     "Balochistan", "Quetta", ["Unidentified Armed Group (Pakistan)"], ["Civilians (Pakistan)"], None,
     {"w3-28": [2, 2]}, {}, "same province, day and kind as X4, another district"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/wire3/articles.jsonl (29 short articles written "
        "for eventledger, March 2026 incidents; fictional reports in real places): eight incidents "
        "each told by two to four outlets (wire leads naming only the province, state or region; "
        "local reports naming the village or town; prose translated from French, Hausa and Spanish; "
        "rising tolls; a correction; claimants' figures beside officials'; relative dates from "
        "different publication days), four unrelated look-alikes and one distractor. Same format as "
        "../gold.json.",
        distractors=["w3-29"],
    )


if __name__ == "__main__":
    main()
