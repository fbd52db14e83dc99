"""Writes articles.jsonl and gold.json of this folder (blind-written reports; see README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_set import write_set  # noqa: E402 - the shared writer of ../blind_set.py

OUTLETS = {
    "hr": "Hiiraan Radio (transcript)", "hw": "Horn Wire", "hs": "Hiran Star (translated from Somali)",
    "pm": "Plateau Mirror", "ar": "Arewa Radio (translated from Hausa)", "nw": "Northern Wire",
    "os": "Oeil du Sahel (translated from French)", "ak": "Africa Wire",
    "pc": "Far North Protection Monitoring", "mf": "Mandara FM (transcript, translated from French)",
    "gn": "Gojjam News (translated from Amharic)", "fm": "Frontline Magazine",
    "cd": "Cabo Delgado Diario (translated from Portuguese)", "oc": "OCHA Mozambique",
    "tz": "Taiz Today (translated from Arabic)", "gw": "Gulf Wire", "sc": "Children First Yemen",
    "wd": "World Affairs Desk",
}

# id, outlet, published, title, text (1 April 2026 is a Wednesday)
ARTICLES = [
    # Y1: car bomb at a checkpoint in Beledweyne (Hiraan), Thursday 2 April; 7 (radio), at least 10 (region
    # only; al-Shabaab's 30), 12 (from Somali, "Belet Weyne", "Hiran")
    ("w4-01", "hr", "2026-04-02", "Evening bulletin: car bomb at Beledweyne checkpoint",
     "PRESENTER: Good evening. A car bomb has exploded at a checkpoint on the southern edge of Beledweyne "
     "this afternoon. Our correspondent is on the line from the town. What do we know so far?\n\n"
     "CORRESPONDENT: The blast went off at about two o'clock at the checkpoint near the bridge on the road "
     "to Mogadishu. Officials at the hospital tell me seven people are dead, four of them soldiers, and "
     "many more are wounded.\n\nPRESENTER: Has anyone said they did it?\n\nCORRESPONDENT: Not yet. People "
     "here are blaming al-Shabaab."),
    ("w4-02", "hw", "2026-04-03", "Suicide car bomb kills at least 10 in central Somalia",
     "MOGADISHU, April 3 (Horn Wire) - A suicide bomber drove a car packed with explosives into an army "
     "checkpoint in central Somalia's Hiiraan region on Thursday, killing at least 10 people, a military "
     "officer said on Friday.\n\nAl-Shabaab said in a statement that it carried out the attack and had "
     "killed 30 soldiers."),
    ("w4-03", "hs", "2026-04-04", "Belet Weyne: the dead of the explosion reached 12",
     "The number of people who died in the explosion of the car full of explosives that happened on "
     "Thursday at the checkpoint of Belet Weyne reached 12, the governor of the region of Hiran said on "
     "Saturday.\n\nThe governor said that the wounded were taken to the hospital of the town and that "
     "some were flown to Mogadishu."),
    # Y2: gunmen attack Bokkos (Plateau), Saturday night 4 April; 16, 18 (from Hausa, "Bokos"), at least 15
    # (state only)
    ("w4-04", "pm", "2026-04-05", "Gunmen kill 16 in Bokkos",
     "Gunmen on Saturday night attacked Bokkos, the headquarters of Bokkos local government area of "
     "Plateau State, killing 16 people, the council chairman said on Sunday.\n\nHe said the attackers "
     "shot at residents and burned houses before security forces arrived."),
    ("w4-05", "ar", "2026-04-06", "Gunmen kill people in the town of Bokos",
     "Gunmen killed people 18 in the town of Bokos of the state of Plateau in the attack of the night of "
     "Saturday, residents told our reporter on Monday.\n\nThe residents said many families slept in the "
     "bush after the attack."),
    ("w4-06", "nw", "2026-04-05", "At least 15 killed in central Nigeria raid",
     "JOS, Nigeria, April 5 (Northern Wire) - Gunmen killed at least 15 people in an overnight raid on a "
     "town in central Nigeria's Plateau state, police said on Sunday.\n\nDisputes over land between "
     "herders and farming communities have killed thousands in the state."),
    # Y3: gunmen attack Bokkos again, Sunday 12 April, eight days after Y2; 9, 9
    ("w4-07", "pm", "2026-04-12", "Gunmen kill nine in fresh Bokkos attack",
     "Gunmen attacked Bokkos town early on Sunday, killing nine people, the Plateau State police command "
     "said.\n\nThe police spokesman said officers had been deployed to the town and that two suspects "
     "had been arrested."),
    ("w4-08", "nw", "2026-04-13", "Gunmen kill nine in Nigeria's Plateau state",
     "JOS, Nigeria, April 13 (Northern Wire) - Gunmen killed nine people in the town of Bokkos in central "
     "Nigeria's Plateau state on Sunday, police said on Monday.\n\nNo group claimed the attack."),
    # Y4 Mora (Mayo-Sava) and Y5 Koza (Mayo-Tsanaga): Boko Haram, the same night, Tuesday 7 April;
    # neighbouring departments; the wire and the weekly update report both
    ("w4-09", "os", "2026-04-08", "Mayo-Sava: six civilians killed in Mora",
     "Presumed elements of Boko Haram attacked the neighbourhood of Kossa in the town of Mora, department "
     "of Mayo-Sava, in the night of Tuesday to Wednesday. The toll is six civilians killed, according to "
     "administrative sources.\n\nThe assailants also burned houses and took away livestock."),
    ("w4-10", "ak", "2026-04-08", "Boko Haram kills 10 in two attacks in north Cameroon",
     "YAOUNDE, April 8 (Africa Wire) - Boko Haram militants killed 10 civilians in two attacks in "
     "Cameroon's Far North region overnight, local officials said on Wednesday.\n\nSix people were killed "
     "in the town of Mora and four in Koza, about 20 km to the south, the officials said."),
    ("w4-11", "pc", "2026-04-13", "Far North Cameroon: protection monitoring weekly update, 6-12 April",
     "Key incidents this week:\n\n- 7 April, Mayo-Sava department, Mora: incursion of a non-state armed "
     "group into the Kossa neighbourhood; 6 civilians killed, 11 houses burned.\n- 7 April, Mayo-Tsanaga "
     "department, Koza: attack on the Gaboua quarter by a non-state armed group; 4 civilians killed, 3 "
     "abducted.\n- 9 April, Logone-et-Chari department, Fotokol: 2 fishermen killed by a non-state armed "
     "group near the lake shore.\n\nWeekly total: 12 civilians killed, 3 abducted and about 640 people "
     "newly displaced across the three departments, against 5 civilians killed the week before."),
    ("w4-12", "mf", "2026-04-09", "Koza still in shock",
     "PRESENTER: In Koza, the population is still in shock after the attack of Tuesday night. Our "
     "reporter went there.\n\nREPORTER: The assailants came down from the mountains around eleven in the "
     "evening. They went from house to house in the Gaboua quarter. Four people were killed, among them a "
     "traditional chief, and three young women were taken away.\n\nPRESENTER: Thank you. The authorities "
     "have promised more soldiers for the area."),
    # Y6: drone strike on the market of Finote Selam (West Gojjam, Amhara), Monday 13 April; 14, then a
    # correction to 11 by the same wire; 11 (from Amharic, "Finote Salam"); a later feature's 11
    ("w4-13", "ak", "2026-04-14", "Drone strike kills 14 at Ethiopian market",
     "ADDIS ABABA, April 14 (Africa Wire) - A drone strike killed 14 people at a busy market in Ethiopia's "
     "Amhara region on Monday, two residents and a health worker said on Tuesday.\n\nThe federal army has "
     "been fighting the Fano militia in the region since 2023. The army did not respond to a request for "
     "comment."),
    ("w4-14", "gn", "2026-04-15", "Finote Salam: 11 people died in the drone attack on the market",
     "In the drone attack that happened on Monday on the market of Finote Salam town of West Gojam zone, "
     "11 people died, the health office of the town said.\n\nThe office said 23 people were wounded and "
     "were being treated at the town's hospital."),
    ("w4-15", "ak", "2026-04-15", "CORRECTED-Drone strike kills 11 at Ethiopian market",
     "(Corrects death toll to 11 from 14 in first paragraph after the town's health office gave its "
     "count)\n\nADDIS ABABA, April 15 (Africa Wire) - A drone strike killed 11 people at a market in "
     "Finote Selam in Ethiopia's Amhara region on Monday, the town's health office said.\n\nThe federal "
     "army has been fighting the Fano militia in the region since 2023."),
    ("w4-16", "fm", "2026-04-28", "In Amhara, a war that empties the markets",
     "FINOTE SELAM, Ethiopia - On market days the square in the centre of this town used to fill before "
     "dawn. Now only a few traders come, and they leave by noon.\n\nSince a drone strike on the market on "
     "April 13 killed 11 people, many farmers from the villages around have stopped coming, traders say. "
     "\"We hear the drones at night,\" said one grain seller.\n\nThe conflict between the federal army and "
     "Fano fighters has cut roads across the region and prices of fuel and fertiliser have doubled."),
    # Y7: insurgent attack on Mucojo (Macomia, Cabo Delgado), Thursday 9 April; 9 (from Portuguese), 9
    # (weekly update, among other places), at least 8 (province only)
    ("w4-17", "cd", "2026-04-10", "Macomia: insurgents kill nine in Mucojo",
     "Insurgents attacked the administrative post of Mucojo, in the district of Macomia, in the early "
     "hours of this Thursday, killing nine civilians, according to local sources.\n\nThe attackers "
     "burned houses and the market, and many families fled towards the headquarters of the district."),
    ("w4-18", "oc", "2026-04-13", "Cabo Delgado: weekly humanitarian snapshot, 6-12 April 2026",
     "Key developments:\n\n- 9 April, Macomia district: attack by a non-state armed group on Mucojo "
     "administrative post; 9 civilians killed and at least 1,200 people displaced towards Macomia town.\n"
     "- 10 April, Muidumbe district: 2 civilians killed by a non-state armed group on the road between "
     "Miteda and Muambula.\n- Meluco district: humanitarian access remains restricted; partners could not "
     "reach three villages this week.\n\nIn total, 11 civilians were killed in Cabo Delgado this week, "
     "against 6 the week before. Since 1 January, 97 civilians have been killed in the province."),
    ("w4-19", "ak", "2026-04-10", "Insurgents kill at least eight in northern Mozambique",
     "MAPUTO, April 10 (Africa Wire) - Islamist insurgents killed at least eight civilians in an attack on "
     "a coastal village in northern Mozambique's Cabo Delgado province on Thursday, local sources said.\n\n"
     "The insurgents, known locally as al-Shabaab though they have no link to the Somali group, pledged "
     "allegiance to Islamic State in 2019."),
    # Y8: Houthi shelling of a house in al-Rawda (Taiz), Saturday 18 April; 5 (from Arabic, "Ta'izz"), 6,
    # 5 (a charity's statement, "Taizz", "Ar Rawdah")
    ("w4-20", "tz", "2026-04-18", "Five civilians killed by a Houthi shell in Ta'izz",
     "Five civilians, among them three children, were killed on Saturday by a Houthi shell that fell on a "
     "house in the neighbourhood of al-Rawda in the city of Ta'izz, a medical source told our "
     "correspondent.\n\nThe source said four other people were wounded."),
    ("w4-21", "gw", "2026-04-19", "Shelling kills six in Yemen's Taiz",
     "ADEN, April 19 (Gulf Wire) - Shelling killed six civilians including three children in Yemen's "
     "southwestern city of Taiz on Saturday, a local official said, blaming the Houthi movement.\n\nThe "
     "Houthis, who have besieged parts of the city for years, did not comment."),
    ("w4-22", "sc", "2026-04-20", "Statement: three children among five killed in Taizz",
     "Children First Yemen is appalled by the killing of three children in the shelling of a family home "
     "in the Ar Rawdah area of Taizz city on Saturday 18 April. Five people were killed in total, "
     "according to our staff in the city.\n\nWe call on all parties to stop using explosive weapons in "
     "populated areas."),
    # unrelated: two look-alikes (same region and week, another town and kind) and two stories with no event
    ("w4-23", "hw", "2026-04-05", "Al-Shabaab attacks army base in Bulo Burte",
     "MOGADISHU, April 5 (Horn Wire) - Al-Shabaab fighters attacked an army base in Bulo Burte in "
     "Somalia's Hiiraan region on Saturday, killing three soldiers before they were pushed back, a "
     "military officer said on Sunday."),
    ("w4-24", "gn", "2026-04-16", "Debre Markos: four died when a drone hit a minibus",
     "Four passengers died when a drone hit a minibus on the road near Debre Markos town of East Gojam "
     "zone on Wednesday, residents said.\n\nThe minibus was travelling to Bahir Dar, the residents said."),
    ("w4-25", "wd", "2026-04-21", "Work to resume at Mozambique gas project",
     "The operator of a liquefied natural gas project in northern Mozambique said on Tuesday that it "
     "planned to resume construction later this year, citing better security in the area.\n\nThe "
     "government said it would keep troops in the province to protect the site."),
    ("w4-26", "wd", "2026-04-22", "UN envoy meets Yemen's parties in Muscat",
     "The United Nations envoy for Yemen met representatives of the government and of the Houthi movement "
     "in Muscat on Wednesday to discuss an exchange of prisoners.\n\nThe envoy said the talks had been "
     "constructive and would continue next month."),
]

EVENTS = [
    ("Y1", "Explosions/Remote violence", "Suicide bomb", "2026-04-02", "Somalia", "Hiraan", "Beledweyne",
     ["Al Shabaab", "al-Shabaab"], ["Military Forces of Somalia"], ["Al Shabaab", "al-Shabaab"],
     {"w4-01": [7, 7], "w4-02": [10, None], "w4-03": [12, 12]}, {"w4-02": [30, 30]},
     "radio 7 on the day; wire at least 10 (region only) beside al-Shabaab's 30; 12 from Somali prose"),
    ("Y2", "Violence against civilians", "Attack", "2026-04-04", "Nigeria", "Plateau", "Bokkos",
     ["Unidentified Armed Group (Nigeria)", "gunmen"], ["Civilians (Nigeria)"], None,
     {"w4-04": [16, 16], "w4-05": [18, 18], "w4-06": [15, None]}, {},
     "16; 18 from Hausa ('Bokos', Monday's 'night of Saturday'); at least 15 (state only, 'overnight')"),
    ("Y3", "Violence against civilians", "Attack", "2026-04-12", "Nigeria", "Plateau", "Bokkos",
     ["Unidentified Armed Group (Nigeria)", "gunmen"], ["Civilians (Nigeria)"], None,
     {"w4-07": [9, 9], "w4-08": [9, 9]}, {}, "same town, actor and kind as Y2, eight days later"),
    ("Y4", "Violence against civilians", "Attack", "2026-04-07", "Cameroon", "Far North", "Mora",
     ["Boko Haram", "Jama'atu Ahlis-Sunna Lidda'awati wal-Jihad"], ["Civilians (Cameroon)"], None,
     {"w4-09": [6, 6], "w4-10": [6, 6], "w4-11": [6, 6]}, {},
     "the wire and the weekly update also report Y5; their totals (10, 12) are no one incident's"),
    ("Y5", "Violence against civilians", "Attack", "2026-04-07", "Cameroon", "Far North", "Koza",
     ["Boko Haram", "Jama'atu Ahlis-Sunna Lidda'awati wal-Jihad"], ["Civilians (Cameroon)"], None,
     {"w4-10": [4, 4], "w4-11": [4, 4], "w4-12": [4, 4]}, {},
     "same night as Y4 in the neighbouring department; radio transcript says 'Tuesday night' on Thursday"),
    ("Y6", "Explosions/Remote violence", "Air/drone strike", "2026-04-13", "Ethiopia", "Amhara",
     "Finote Selam", ["Military Forces of Ethiopia"], ["Civilians (Ethiopia)"], None,
     {"w4-13": [14, 14], "w4-14": [11, 11], "w4-15": [11, 11], "w4-16": [11, 11]}, {},
     "wire 14 (region only), then its correction lowering it to 11; 11 from Amharic ('Finote Salam'); a "
     "feature two weeks later gives 11 in background with the date"),
    ("Y7", "Violence against civilians", "Attack", "2026-04-09", "Mozambique", "Cabo Delgado", "Mucojo",
     ["Islamic State Mozambique Province", "insurgents"], ["Civilians (Mozambique)"], None,
     {"w4-17": [9, 9], "w4-18": [9, 9], "w4-19": [8, None]}, {},
     "9 from Portuguese; the weekly snapshot's 9 among other places and weekly totals (11, 6, 97); the "
     "wire's at least 8 (province only)"),
    ("Y8", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-04-18", "Yemen", "Taizz",
     "Taizz", ["Houthis", "Ansar Allah"], ["Civilians (Yemen)"], None,
     {"w4-20": [5, 5], "w4-21": [6, 6], "w4-22": [5, 5]}, {},
     "5 from Arabic ('Ta'izz', 'al-Rawda'); the wire's 6; a charity's 5 ('Taizz', 'Ar Rawdah')"),
    ("Y9", "Violence against civilians", "Attack", "2026-04-09", "Cameroon", "Far North", "Fotokol",
     ["Boko Haram", "Jama'atu Ahlis-Sunna Lidda'awati wal-Jihad"], ["Civilians (Cameroon)"], None,
     {"w4-11": [2, 2]}, {}, "third bullet of the weekly update only"),
    ("Y10", "Violence against civilians", "Attack", "2026-04-10", "Mozambique", "Cabo Delgado", "Muidumbe",
     ["Islamic State Mozambique Province", "insurgents"], ["Civilians (Mozambique)"], None,
     {"w4-18": [2, 2]}, {}, "second bullet of the weekly snapshot only, the day after Y7"),
    ("Y11", "Battles", "Armed clash", "2026-04-04", "Somalia", "Hiraan", "Bulo Burte",
     ["Al Shabaab", "al-Shabaab"], ["Military Forces of Somalia"], None, {"w4-23": [3, 3]}, {},
     "same region, actor and week as Y1, another town and kind"),
    ("Y12", "Explosions/Remote violence", "Air/drone strike", "2026-04-15", "Ethiopia", "Amhara",
     "Debre Markos", ["Military Forces of Ethiopia"], ["Civilians (Ethiopia)"], None, {"w4-24": [4, 4]}, {},
     "same region, kind and week as Y6, the neighbouring zone, two days later"),
]


def main() -> None:
    write_set(
        HERE, ARTICLES, OUTLETS, EVENTS,
        about="Fusion development gold for devdata/fusion/wire4/articles.jsonl (26 short articles written "
        "for eventledger, April 2026 incidents; fictional reports in real places): eight incidents each "
        "told by two to four outlets (radio transcripts; humanitarian weekly updates in bullets with many "
        "places and weekly totals; prose translated from Somali, Hausa, French, Amharic, Portuguese and "
        "Arabic with other spellings of places; a later feature giving the toll in background; a "
        "correction lowering a toll; two incidents in one town eight days apart; two incidents the same "
        "night in neighbouring departments), two one-report incidents inside the weekly updates, two "
        "look-alikes and two stories with no event. Same format as ../gold.json.",
        distractors=["w4-25", "w4-26"],
    )


if __name__ == "__main__":
    main()
