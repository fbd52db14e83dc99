from lib import article, doc, ev, mil, civ, uag, pol

COL = mil("Colombia", "Military Forces of Colombia (2022-)", "Colombian Army", "National Army of Colombia", "army")
ELN = ["National Liberation Army", "ELN", "Ejercito de Liberacion Nacional", "Ejército de Liberación Nacional"]
EMC = ["FARC dissidents", "Estado Mayor Central", "EMC", "Central General Staff", "Carlos Patino Front", "Carlos Patiño Front",
       "FARC-EP dissidents", "Carlos Patino front of the EMC", "Estado Mayor de Bloques y Frentes", "EMBF"]
EGC = ["Clan del Golfo", "Gulf Clan", "Ejercito Gaitanista de Colombia", "EGC", "AGC", "Autodefensas Gaitanistas de Colombia",
       "Gaitanista Army of Colombia"]
CDS = ["Comuneros del Sur", "Government of Colombia", "Colombian government"]

a16 = article("ext3-16", "Colombian soldier killed in drone attack on Tibu base; fighting displaces families in Bolivar", "2026-10-14", """
BOGOTA, Oct 14 (Andes Wire) - A Colombian soldier was killed and four others were wounded when explosive-laden drones struck a military base in Tibu, in the northeastern province of Norte de Santander, on Sunday, the army said, blaming the National Liberation Army (ELN) guerrilla group.

The army said two drones dropped explosives on the base's sleeping quarters shortly after midnight. The ELN, which has fought the state since 1964, did not comment. The Catatumbo region around Tibu, a major coca-growing area on the border with Venezuela, has seen intense violence between the ELN and former FARC fighters since early 2025.

In the southwestern province of Cauca, two engineers working for a road contractor were kidnapped on Monday in the municipality of Argelia by members of the Carlos Patino front, a group of FARC dissidents who rejected the 2016 peace deal, the regional ombudsman's office said. The company confirmed the kidnapping and said it had suspended work.

Further north, clashes between the ELN and the Clan del Golfo drug-trafficking group have displaced some 300 families from rural areas of Santa Rosa del Sur, in Bolivar province, since Friday, the municipal government said on Tuesday. It said it had no information on casualties.

Meanwhile, the government and the Comuneros del Sur, a group that split from the ELN in 2024, signed an agreement on Tuesday in Pasto to begin the destruction of the group's weapons under U.N. supervision, the presidential peace office said.

President's office officials in Bogota said the attacks would not derail talks with groups that showed "a real will for peace".

(Reporting by Andes Wire; editing by C. Rojas)
""", source="Andes Wire")

d16 = doc(a16, [
    ev("E1", "Explosions/Remote violence", "Air/drone strike", "2026-10-11", "Colombia", "Norte de Santander", "Tibu",
       ELN, actor2=COL, fatalities=[1, 1], location_alternatives=["Tibú"],
       date_note="'on Sunday ... shortly after midnight' (Sunday 11 October)"),
    ev("E2", "Violence against civilians", "Abduction/forced disappearance", "2026-10-12", "Colombia", "Cauca", "Argelia",
       EMC, actor2=civ("Colombia", "engineers"), fatalities=None),
    ev("E3", "Battles", "Armed clash", None, "Colombia", "Bolivar", "Santa Rosa del Sur", ELN + EGC, actor2=EGC,
       window=["2026-10-09", "2026-10-13"], fatalities=None, admin1_variants=["Bolívar"],
       summary="clashes since Friday, reported Tuesday; no casualty figure; several days (one or more events acceptable)"),
    ev("E4", "Strategic developments", "Agreement", "2026-10-13", "Colombia", "Narino", "Pasto", CDS, fatalities=None,
       admin1_variants=["Nariño"]),
    ev("E5", "Strategic developments", "Agreement", None, "Colombia", None, None,
       ["Revolutionary Armed Forces of Colombia", "FARC", "FARC-EP", "Government of Colombia"], background=True,
       window=["2016-01-01", "2016-12-31"], summary="2016 peace deal (background)"),
    ev("E6", "Strategic developments", "Change to group/activity", None, "Colombia", None, None,
       ["Comuneros del Sur"] + ELN, background=True, window=["2024-01-01", "2024-12-31"],
       summary="Comuneros del Sur split from the ELN in 2024 (background)"),
], not_event_locations=["Bogota", "Venezuela"],
   removed_lines=["(Reporting by Andes Wire; editing by C. Rojas)"])

a17 = article("ext3-17", "14 killed as bus plunges into roadside ditch in Gopalganj", "2026-10-21", """
14 killed as bus plunges into roadside ditch in Gopalganj

Staff Correspondent, Gopalganj | Published: 21 Oct 2026, 02:15 PM

At least 14 people were killed and 25 others injured when a passenger bus fell into a roadside ditch on the Dhaka-Khulna highway in Kashiani upazila of Gopalganj on Tuesday morning.

The Dhaka-bound bus of a private company lost control while trying to overtake a truck near the Ramdia area around 8:30 am and plunged into the water-filled ditch, said the officer-in-charge of Kashiani police station.

Locals rushed to the spot and started rescue work before fire service teams from Gopalganj and Bhanga joined them. Divers recovered 12 bodies from inside the bus, while two more people died at Gopalganj General Hospital.

Police said the driver and his helper fled the scene. "We have launched a drive to arrest them," the officer said, adding that a case would be filed.

The district administration has formed a three-member committee to investigate the accident and announced Tk 20,000 for each victim's family for burial.

According to a road safety organisation, at least 520 people were killed in road crashes across the country in September alone.

Like our Facebook page for more news
""", source="Bangladesh daily (fictional)")

d17 = doc(a17, [
    {"id": "X1", "required": False, "event_type": "Other events", "sub_event_type": "Man-made disaster",
     "date": "2026-10-20", "date_window": ["2026-10-20", "2026-10-20"], "country": "Bangladesh", "admin1": "Dhaka",
     "location": "Kashiani", "actor1": ["Civilians (Bangladesh)", "Civilians"], "actor2": None, "claimed_by": None,
     "fatalities": [14, 14], "summary": "bus crash (distractor; no ACLED event)",
     "admin1_variants": ["Dhaka Division", "Gopalganj"]},
], not_event_locations=["Bhanga", "Dhaka", "Khulna"],
   removed_lines=["Like our Facebook page for more news", "Staff Correspondent, Gopalganj | Published: 21 Oct 2026, 02:15 PM"],
   about="DISTRACTOR: a road crash. It must yield no event of ACLED's six types. 'drive to arrest them' is a police search for the driver, not an Arrests event.")

a18 = article("ext3-18", "NDC wins Ablekuma North by-election in landslide", "2026-11-04", """
NDC wins Ablekuma North by-election in landslide

ACCRA, Nov 4 - The ruling National Democratic Congress (NDC) captured the Ablekuma North parliamentary seat in Tuesday's by-election by a landslide, routing the opposition New Patriotic Party (NPP) in what had been billed as a battleground constituency.

The Electoral Commission declared the NDC candidate winner on Wednesday morning with 61.4 percent of the valid votes cast, against 36.9 percent for the NPP candidate. Two independent candidates shared the rest. Turnout was 48 percent, the commission said.

The by-election was called after the death in August of the sitting member of parliament.

Addressing cheering supporters at the party's constituency office, the winner thanked voters for "this crushing verdict" and promised to fight for better roads and drainage in the constituency.

The NPP's regional chairman conceded defeat but said the party would "regroup, rebuild and fight back" ahead of the next general election. He accused the government of using state resources to bombard voters with campaign adverts, a charge the NDC denied.

Observers from the Coalition of Domestic Election Observers said voting was largely orderly, apart from delays in the arrival of materials at four polling stations, and no major incident was reported.

Ablekuma North, in the Greater Accra region, had been held by the NPP since 2004. Analysts said the loss of one of the opposition's traditional strongholds would add to pressure on its leadership.
""", source="West Africa Wire (fictional)")

d18 = doc(a18, [], not_event_locations=["Ablekuma North", "Accra"],
          about="DISTRACTOR: an election result with war-like words (captured, routing, battleground, crushing, fight back, bombard, strongholds). No event of any type.")

ITEMS = [(a16, d16), (a17, d17), (a18, d18)]
