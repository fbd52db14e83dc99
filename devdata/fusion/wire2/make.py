"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "zp": "Zamfara Post", "nw": "Northern Wire", "bay": "Bay Region Radio", "hw": "Horn Wire",
    "sg": "Somali Gazette", "b24": "Burkina Hebdo (translated from French)", "sw": "Sahel Wire Service",
    "sob": "Sahel Observer", "bl": "Beni Lens", "cw": "Congo Wire", "gn": "Grand Nord Info (translated from French)",
    "fp": "Frontier Daily", "pw": "Pakistan Wire", "ct": "Capital Times", "np": "Nile Post",
    "aw": "Africa Wire", "kv": "Kordofan Voice", "ma": "Mali Hebdo (translated from French)",
    "bh": "Borno Herald", "cd": "Cali Diario (translated from Spanish)", "lw": "Latin Wire",
    "un": "World Affairs Desk", "ha": "Arewa Radio (translated from Hausa)",
}

# id, outlet, published, title, text
ARTICLES = [
    # W1: Dansadau (Maru, Zamfara), Sunday night 1 February; village / state; toll 9 -> at least 14 -> 17
    ("w2-01", "zp", "2026-02-02", "Bandits kill nine in Dansadau",
     "Armed bandits on Sunday night attacked Dansadau, a town in Maru local government area of Zamfara "
     "State, killing nine residents, police said.\n\nThe state police command's spokesman said officers had "
     "been deployed to the town and that efforts were under way to rescue residents taken by the attackers."),
    ("w2-02", "nw", "2026-02-03", "Gunmen kill at least 14 in northwest Nigeria village raid",
     "KANO, Nigeria, Feb 3 (Northern Wire) - Gunmen killed at least 14 people in a raid on a village in "
     "northwest Nigeria's Zamfara state on Sunday night, residents and a local lawmaker said on Tuesday.\n\n"
     "Armed gangs known locally as bandits have killed thousands of people in the region in recent years "
     "and kidnap villagers for ransom."),
    ("w2-03", "zp", "2026-02-05", "Dansadau attack toll rises to 17",
     "The death toll from Sunday's attack on Dansadau has risen to 17 after three of the wounded died in "
     "hospital, the Zamfara State Government said on Thursday.\n\nThe governor, who visited the town, "
     "described the Dansadau killings as barbaric and promised more security posts in Maru."),
    # W2: Baidoa livestock market bomb, Thursday 5 February; town / region; 6 -> 10; named by label later
    ("w2-04", "bay", "2026-02-05", "Bomb kills six at Baidoa livestock market",
     "A bomb exploded at the livestock market in Baidoa on Thursday morning, killing at least six people, "
     "police said.\n\nA police officer said the explosive device had been hidden in a cart near the "
     "entrance of the market, which was crowded with traders."),
    ("w2-05", "hw", "2026-02-06", "Somalia market blast toll rises to 10",
     "MOGADISHU, Feb 6 (Horn Wire) - The death toll from a bombing at a crowded livestock market in "
     "southwestern Somalia's Bay region rose to 10 on Friday, hospital sources said.\n\nThe blast on "
     "Thursday also wounded more than 30 people. No group has claimed responsibility, but al-Shabaab "
     "often carries out such attacks."),
    ("w2-06", "sg", "2026-02-09", "Baidoa traders return to market",
     "Traders in Baidoa reopened their stalls on Monday, four days after the market bombing that killed "
     "10 people.\n\nRegional officials blamed al-Shabaab for the attack and said security checks at the "
     "market entrances had been tightened."),
    # W3: Dablo (Sanmatenga), Saturday 7 February; translated prose; 12 -> at least 12 -> 15
    ("w2-07", "b24", "2026-02-08", "Sanmatenga: attack against the commune of Dablo",
     "Unidentified armed individuals attacked the rural commune of Dablo, in the province of Sanmatenga, "
     "in the day of Saturday 7 February 2026. According to concordant sources, the provisional toll "
     "reports 12 dead among the civilian populations and several wounded.\n\nThe assailants also "
     "burned shops and carried away livestock, according to the same sources."),
    ("w2-08", "sw", "2026-02-09", "Suspected jihadists kill 12 civilians in Burkina Faso",
     "OUAGADOUGOU, Feb 9 (Sahel Wire Service) - Suspected jihadists killed at least 12 civilians in an "
     "attack in north-central Burkina Faso on Saturday, local sources said on Monday.\n\nThe military "
     "government has not commented on the attack. Groups linked to al Qaeda and Islamic State control "
     "large parts of the country."),
    ("w2-09", "sob", "2026-02-12", "Families flee Dablo for Kaya",
     "Hundreds of families have fled Dablo for Kaya, five days after gunmen killed 15 civilians in the "
     "town, humanitarian workers said on Thursday.\n\nThe displaced are staying with relatives and in "
     "schools, the workers said."),
    # W4: Mamove (Beni territory), Tuesday night 10 February; village / province; 23, army 11, 26
    ("w2-10", "bl", "2026-02-11", "ADF rebels kill 23 civilians in Mamove",
     "ADF rebels killed 23 civilians in the village of Mamove, in Beni territory, North Kivu province, on "
     "Tuesday night, local civil society leaders said.\n\nThe attackers used machetes and guns and set "
     "several houses on fire, the leaders said."),
    ("w2-11", "cw", "2026-02-11", "Rebels kill villagers in eastern Congo raid",
     "KINSHASA, Feb 11 (Congo Wire) - Suspected Allied Democratic Forces rebels killed villagers in an "
     "overnight raid in eastern Congo's North Kivu province, the army said on Wednesday.\n\nThe army put "
     "the toll at 11 and said troops were pursuing the attackers."),
    ("w2-12", "gn", "2026-02-13", "Beni: the toll of the massacre of Mamove rises to 26 dead",
     "The toll of the massacre of Mamove rose to 26 dead, announced this Friday the administrator of the "
     "territory of Beni. Several bodies were discovered in the fields around the village.\n\nThe "
     "administrator attributed the killings of the night of Tuesday to the ADF rebels."),
    # W5: Bannu (Domel) police checkpoint suicide car bomb, Friday 13 February; district / village; correction
    ("w2-13", "fp", "2026-02-13", "Suicide bomber kills five policemen in Bannu",
     "A suicide bomber rammed an explosives-laden vehicle into a police checkpoint in Bannu district on "
     "Friday, killing five policemen, police said.\n\nThe blast damaged nearby shops and houses."),
    ("w2-14", "pw", "2026-02-14", "Toll in northwest Pakistan checkpoint bombing rises to seven",
     "PESHAWAR, Pakistan, Feb 14 (Pakistan Wire) - Seven police officers were killed when a suicide "
     "bomber struck a checkpoint in northwest Pakistan on Friday, officials said on Saturday.\n\nThe "
     "bomber detonated his vehicle at the checkpoint in the Domel area of Bannu. The Pakistani Taliban "
     "claimed responsibility."),
    ("w2-15", "ct", "2026-02-14", "Correction: Bannu checkpoint attack",
     "Correction: An earlier version of this report said 12 policemen were killed in Friday's suicide "
     "attack on a checkpoint in Bannu. Police said 7 officers died.\n\nThe attack was claimed by the "
     "Pakistani Taliban."),
    # W6: Dilling hospital drone strike, Sunday 15 February; town / state; 8 -> 11 (WHO); background later
    ("w2-16", "np", "2026-02-16", "Drone strike on Dilling hospital kills eight",
     "A drone strike by the Rapid Support Forces hit the main hospital in Dilling, South Kordofan, on "
     "Sunday, killing eight people including two nurses, the health ministry said.\n\nThe strike "
     "destroyed the hospital's surgical ward."),
    ("w2-17", "aw", "2026-02-17", "WHO says 11 killed in drone strike on Sudan hospital",
     "PORT SUDAN, Feb 17 (Africa Wire) - Eleven people were killed when a drone struck a hospital in "
     "Sudan's South Kordofan state on Sunday, the World Health Organization said on Tuesday.\n\nThe "
     "army-aligned government blamed the paramilitary Rapid Support Forces, which did not comment."),
    ("w2-18", "kv", "2026-02-19", "Dilling doctors resume surgery",
     "Doctors at the Dilling hospital, which was struck by a drone last Sunday, resumed surgery on "
     "Thursday in a tent beside the ruined ward.\n\nThe strike killed 11 people, the WHO said."),
    # W7: ambush near Diabaly (Segou), Tuesday 17 February; claim 30, army 6, raised to 9
    ("w2-19", "ma", "2026-02-18", "Segou: the FAMa targeted by a complex attack",
     "The Malian Armed Forces were the target of a complex attack this Tuesday on the Niono-Diabaly axis, "
     "in the region of Segou. The general staff of the armies reports six soldiers killed and several "
     "vehicles destroyed.\n\nReinforcements were sent to the zone, according to the same source."),
    ("w2-20", "sw", "2026-02-18", "Al Qaeda affiliate says it killed 30 Malian soldiers",
     "BAMAKO, Feb 18 (Sahel Wire Service) - Al Qaeda-linked JNIM said it killed 30 soldiers in an ambush "
     "on a military convoy in central Mali on Tuesday.\n\nThe army said six soldiers died."),
    ("w2-21", "sob", "2026-02-19", "Mali army raises toll of Diabaly ambush to nine",
     "The army raised the toll from Tuesday's ambush near Diabaly to nine soldiers on Thursday, after "
     "three wounded soldiers died.\n\nJNIM has claimed the attack."),
    # W8: Konduga fish market suicide bombings, Saturday 21 February; town / state; 12 -> at least 18 -> 21
    ("w2-22", "bh", "2026-02-21", "Suicide bombers kill 12 at Konduga fish market",
     "Two female suicide bombers blew themselves up at a fish market in Konduga, Borno State, on Saturday "
     "evening, killing 12 people, a member of the Civilian Joint Task Force said.\n\nThe bombers had mixed "
     "with traders before detonating their explosives."),
    ("w2-23", "nw", "2026-02-22", "Suicide bombers kill at least 18 in northeast Nigeria market",
     "MAIDUGURI, Nigeria, Feb 22 (Northern Wire) - Suicide bombers killed at least 18 people at a market "
     "in northeast Nigeria's Borno state on Saturday, emergency officials said.\n\nNo group claimed the "
     "attack, which bore the hallmarks of Boko Haram."),
    ("w2-24", "bh", "2026-02-25", "Konduga market bombings toll rises to 21",
     "Police said on Wednesday that the toll from the Konduga market bombings had risen to 21 and that "
     "two suspects had been arrested.\n\nThe market remains closed."),
    # W9: drone attack on the Suarez police station (Cauca), Tuesday 24 February; translated / wire; 2 -> 3
    ("w2-25", "cd", "2026-02-24", "Attack against police station of Suarez leaves two police dead",
     "Two police officers died and three were wounded in an attack with explosives against the police "
     "station of the municipality of Suarez, in the north of Cauca, in the early hours of this Tuesday."
     "\n\nThe authorities attribute the attack to the Jaime Martinez front of the dissidents of the FARC."),
    ("w2-26", "lw", "2026-02-25", "Three Colombian police killed in drone attack",
     "BOGOTA, Feb 25 (Latin Wire) - Three police officers were killed when FARC dissidents attacked a "
     "police station with explosives-laden drones in Colombia's Cauca department on Tuesday, the defence "
     "ministry said on Wednesday, after a third officer died of his wounds."),
    # unrelated but similar: same country, region, week and kind as one of the incidents above
    ("w2-27", "bl", "2026-02-12", "Eight killed in Manguredjipa attack",
     "ADF rebels killed eight civilians in Manguredjipa, in Lubero territory, on Wednesday, local "
     "authorities said.\n\nThe victims were farmers returning from their fields."),
    ("w2-28", "pw", "2026-02-14", "Roadside bomb kills three soldiers in North Waziristan",
     "ISLAMABAD, Feb 14 (Pakistan Wire) - A roadside bomb killed three soldiers near Mir Ali in North "
     "Waziristan on Friday, the army's media wing said."),
    ("w2-29", "kv", "2026-02-17", "RSF shelling kills four in Kadugli",
     "Rapid Support Forces shelling killed four civilians in Kadugli, the capital of South Kordofan, on "
     "Monday, a local medical group said.\n\nShells hit a residential district near the market."),
    ("w2-30", "bh", "2026-02-22", "Roadside bomb kills four soldiers near Bama",
     "A roadside bomb killed four soldiers on patrol near Bama, Borno State, on Saturday, military sources "
     "said.\n\nThe soldiers' vehicle was destroyed."),
    # W1, a fourth report: translated from Hausa, Wednesday
    ("w2-32", "ha", "2026-02-04", "Zamfara: bandits kill 15 people in Dansadau",
     "Bandits have killed people 15 in the town of Dansadau of the local government of Maru in the state "
     "of Zamfara, in the attack of the night of Sunday to Monday, residents told our correspondent. Many "
     "other people were carried away to the forest.\n\nThe residents asked the government to send more "
     "soldiers."),
    # distractor: no event
    ("w2-31", "un", "2026-02-23", "Security Council extends Congo mission mandate",
     "The UN Security Council on Monday extended the mandate of the peacekeeping mission in Congo for "
     "another year and asked it to focus on protecting civilians in the east.\n\nDiplomats said talks "
     "on the mission's drawdown would resume in June."),
]

NIGERIA_ARMY = "Military Forces of Nigeria"
EVENTS = [
    ("W1", "Violence against civilians", "Attack", "2026-02-01", "Nigeria", "Zamfara", "Dansadau",
     ["Unidentified Armed Group (Nigeria)", "bandits"], ["Civilians (Nigeria)"], None,
     {"w2-01": [9, 9], "w2-02": [14, None], "w2-03": [17, 17], "w2-32": [15, 15]}, {},
     "rolling toll 9 -> at least 14 -> 15 (from Hausa) -> 17; w2-02 names only the state; "
     "w2-03 says Sunday from Thursday"),
    ("W2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-02-05", "Somalia", "Bay",
     "Baidoa", ["Unidentified Armed Group (Somalia)"], ["Civilians (Somalia)"], None,
     {"w2-04": [6, None], "w2-05": [10, 10], "w2-06": [10, 10]}, {},
     "hospital sources' 10; w2-05 names only the region; w2-06 names it 'the market bombing' four days later"),
    ("W3", "Violence against civilians", "Attack", "2026-02-07", "Burkina Faso", "Centre-Nord", "Dablo",
     ["Unidentified Armed Group (Burkina Faso)"], ["Civilians (Burkina Faso)"], None,
     {"w2-07": [12, 12], "w2-08": [12, None], "w2-09": [15, 15]}, {},
     "translated prose; w2-08 names only north-central Burkina Faso; w2-09 dates it 'five days after'"),
    ("W4", "Violence against civilians", "Attack", "2026-02-10", "Democratic Republic of Congo", "North Kivu",
     "Mamove", ["ADF: Allied Democratic Forces", "ADF"], ["Civilians (Democratic Republic of Congo)"], None,
     {"w2-10": [23, 23], "w2-11": [11, 11], "w2-12": [26, 26]}, {},
     "civil society 23, the army's 11 (w2-11 names only the province), the administrator's 26"),
    ("W5", "Explosions/Remote violence", "Suicide bomb", "2026-02-13", "Pakistan", "Khyber Pakhtunkhwa",
     "Bannu", ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"], ["Police Forces of Pakistan"],
     ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"],
     {"w2-13": [5, 5], "w2-14": [7, 7], "w2-15": [7, 7]}, {},
     "5 -> 7; w2-15 is a correction: its earlier 12 is withdrawn, the police's 7 is its figure"),
    ("W6", "Explosions/Remote violence", "Air/drone strike", "2026-02-15", "Sudan", "South Kordofan",
     "Dilling", ["Rapid Support Forces", "RSF"], ["Civilians (Sudan)"], None,
     {"w2-16": [8, 8], "w2-17": [11, 11], "w2-18": [11, 11]}, {},
     "health ministry's 8, the WHO's 11; w2-17 names only the state; w2-18 says 'last Sunday' from Thursday"),
    ("W7", "Battles", "Armed clash", "2026-02-17", "Mali", "Segou", "Diabaly",
     ["JNIM: Group for Support of Islam and Muslims", "JNIM"], ["Military Forces of Mali"],
     ["JNIM: Group for Support of Islam and Muslims", "JNIM"],
     {"w2-19": [6, 6], "w2-20": [6, 6], "w2-21": [9, 9]}, {"w2-20": [30, 30]},
     "army's 6 then 9; JNIM's 30 is the claimant's own; w2-19 names the Niono-Diabaly axis"),
    ("W8", "Explosions/Remote violence", "Suicide bomb", "2026-02-21", "Nigeria", "Borno", "Konduga",
     ["Unidentified Armed Group (Nigeria)"], ["Civilians (Nigeria)"], None,
     {"w2-22": [12, 12], "w2-23": [18, None], "w2-24": [21, 21]}, {},
     "12 -> at least 18 -> 21; w2-23 names only the state; w2-24 names it 'the Konduga market bombings'"),
    ("W9", "Explosions/Remote violence", "Air/drone strike", "2026-02-24", "Colombia", "Cauca", "Suarez",
     ["FARC dissidents", "Jaime Martinez front"], ["Police Forces of Colombia"], None,
     {"w2-25": [2, 2], "w2-26": [3, 3]}, {},
     "2 -> 3; w2-25 says 'attack with explosives', w2-26 'explosives-laden drones', department only"),
    ("W10", "Violence against civilians", "Attack", "2026-02-11", "Democratic Republic of Congo",
     "North Kivu", "Manguredjipa", ["ADF: Allied Democratic Forces", "ADF"],
     ["Civilians (Democratic Republic of Congo)"], None, {"w2-27": [8, 8]}, {},
     "same province, actor and week as W4, another territory and day"),
    ("W11", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-02-13", "Pakistan",
     "Khyber Pakhtunkhwa", "Mir Ali", ["Unidentified Armed Group (Pakistan)"], ["Military Forces of Pakistan"],
     None, {"w2-28": [3, 3]}, {}, "same province, day and family as W5, another district"),
    ("W12", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-02-16", "Sudan",
     "South Kordofan", "Kadugli", ["Rapid Support Forces", "RSF"], ["Civilians (Sudan)"], None,
     {"w2-29": [4, 4]}, {}, "same state, actor and family as W6, next day, another town"),
    ("W13", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-02-21", "Nigeria", "Borno",
     "Bama", ["Unidentified Armed Group (Nigeria)"], [NIGERIA_ARMY], None, {"w2-30": [4, 4]}, {},
     "same state, day and family as W8, another town"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/wire2/articles.jsonl (32 short articles written "
        "for eventledger, February 2026 incidents; fictional reports in real places): nine incidents "
        "each told by two to four outlets (wire leads, local reports, translated prose; rising "
        "tolls; figures given by an official body; relative dates from different publication days; "
        "village against district or province; a label used later; a correction), four unrelated "
        "look-alikes and one distractor. Same format as ../gold.json.",
        distractors=["w2-31"],
    )


if __name__ == "__main__":
    main()
