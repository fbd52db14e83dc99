from lib import article, doc, ev, mil, civ, uag, pol

ISSP = ["Islamic State Sahel Province", "ISSP", "IS Sahel", "Islamic State Sahel", "Islamic State (Sahel)",
        "Islamic State - Sahel Province", "Islamic State in the Greater Sahara", "ISGS", "Islamic State", "IS"]
NIG = mil("Niger", "Military Forces of Niger (2023-)", "Nigerien army", "Niger army", "Nigerien Armed Forces", "FAN")

a1 = article("ext3-01", "Eleven soldiers killed in attack on army post near Tera, Niger says", "2026-03-04", """
NIAMEY, March 4 (Sahel Wire) - Suspected jihadists on motorbikes attacked a Nigerien army post near Tera in the western Tillaberi region on Monday, killing 11 soldiers, the defence ministry said in a statement read on state television late on Tuesday.

"Several hundred terrorists" arrived from the direction of the border with Burkina Faso at dawn and fired on the post with heavy machine guns and rocket launchers, the statement said. It said the garrison repelled the assault and that a counter-offensive supported by air assets "neutralised about thirty assailants".

Islamic State Sahel Province claimed responsibility for the attack on Tuesday in a message carried by its Amaq news outlet, saying its fighters had killed "more than 40 apostate soldiers" and seized weapons and vehicles. The claim could not be independently verified.

A local official in Tera, speaking on condition of anonymity because he was not authorised to talk to the press, said the bodies of 14 soldiers had been brought to the town's hospital on Monday afternoon and that several wounded had been evacuated by helicopter.

The attack is the deadliest in the area since December, when 18 soldiers died in an ambush near Bankilare that the ministry blamed on the same group.

Separately, the ministry said a patrol had arrested six suspected collaborators of the "terrorist groups" at the weekly market in Ayorou on Sunday. It did not give their names.

Niger's military government has expelled French and U.S. troops and turned to Russia for security support, but attacks in the tri-border area with Mali and Burkina Faso have continued.

(Reporting by Sahel Wire staff; Editing by J. Morel)
""", source="Sahel Wire")

d1 = doc(a1, [
    ev("E1", "Battles", "Armed clash", "2026-03-02", "Niger", "Tillaberi", "Tera",
       uag("Niger", "suspected jihadists") + ISSP, actor2=NIG, claimed_by=ISSP, fatalities=[11, 44],
       fatalities_note="ministry 11 soldiers; local official 14 bodies; army says about 30 attackers killed; ISSP claims more than 40. Conservative 11; upper 14 + 30. Gold accepts 11-44.",
       admin1_variants=["Tillabery", "Tillabéri"], location_alternatives=["Téra"]),
    ev("E2", "Strategic developments", "Arrests", "2026-03-01", "Niger", "Tillaberi", "Ayorou",
       NIG, actor2=civ("Niger", "suspected collaborators"), required=False,
       summary="arrest of six suspected collaborators at Ayorou market; borderline (unnamed suspects)",
       admin1_variants=["Tillabery", "Tillabéri"]),
    ev("E3", "Battles", "Armed clash", "2025-12", "Niger", "Tillaberi", "Bankilare",
       ISSP + uag("Niger"), actor2=NIG, background=True, fatalities=[18, 18],
       summary="December ambush near Bankilare recalled as background"),
], not_event_locations=["Niamey", "Burkina Faso", "Mali"],
   removed_lines=["(Reporting by Sahel Wire staff; Editing by J. Morel)"])

JAS = ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
       "Jamaatu Ahlis Sunna Liddaawati wal-Jihad", "suspected Boko Haram insurgents"]
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State (West Africa)", "Islamic State West Africa",
         "IS West Africa", "Islamic State - West Africa Province"]
NGA = mil("Nigeria", "Military Forces of Nigeria (2023-)", "Nigerian Army", "Nigerian military", "troops")
NAF = mil("Nigeria", "Military Forces of Nigeria (2023-)", "Nigerian Air Force", "NAF", "Air Component of Operation Hadin Kai")

a2 = article("ext3-02", "Insurgents abduct 14 women near Gamboru, three soldiers killed by IED on Damboa road", "2026-03-11", """
Insurgents abduct 14 women near Gamboru, three soldiers killed by IED on Damboa road

By Musa Ibrahim, Maiduguri | March 11, 2026 | 4 min read

Share this: Facebook | Twitter | WhatsApp | Email

Suspected Boko Haram insurgents have abducted 14 women who went to fetch firewood on the outskirts of Gamboru, headquarters of Ngala Local Government Area of Borno State.

A community leader, Bulama Kachalla Modu, told our correspondent that the women left the town early on Sunday morning and were surrounded by armed men on motorcycles about five kilometres from the last military checkpoint.

"Two of the women escaped and came back in the evening. They said the others were taken towards the Sambisa axis," he said. Efforts to reach the police spokesman in the state were unsuccessful.

Gamboru, which was overrun by Boko Haram in 2014 before troops recaptured it the following year, has seen repeated abductions of firewood collectors in recent months.

Advertisement

In a separate incident, three soldiers were killed and five others injured on Monday when their patrol vehicle ran over an improvised explosive device near Wajiroko village on the Maiduguri-Damboa road.

A military source who spoke to our reporter blamed the attack on ISWAP fighters, who he said had planted several devices along the stretch in the last month. The road was closed to traffic for several hours.

Meanwhile, the Air Component of Operation Hadin Kai said on Tuesday that its fighter jets had struck ISWAP hideouts on islands of Lake Chad near Baga, Kukawa LGA, the same day, killing dozens of terrorists and destroying logistics facilities.

Read more: Kano assembly passes 2026 budget amid walkout by opposition members

The Air Force spokesman said the strikes followed "credible intelligence" that ISWAP commanders had gathered in the area. Residents of Baga could not confirm the figure.

Related
- Borno: Farmers return to Malkohi after years of displacement
- Zulum inaugurates new school in Bama

Share this: Facebook | Twitter | WhatsApp | Email
""", source="Northeast Chronicle (fictional local paper)")

d2 = doc(a2, [
    ev("E1", "Violence against civilians", "Abduction/forced disappearance", "2026-03-08", "Nigeria", "Borno", "Gamboru",
       JAS + uag("Nigeria"), actor2=civ("Nigeria", "women"), fatalities=None,
       location_alternatives=["Gamboru Ngala", "Ngala"]),
    ev("E2", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2026-03-09", "Nigeria", "Borno", "Wajiroko",
       ISWAP + uag("Nigeria"), actor2=NGA, fatalities=[3, 3], location_alternatives=["Damboa"],
       place_note="on the Maiduguri-Damboa road near Wajiroko (Damboa LGA); Maiduguri is not the event location"),
    ev("E3", "Explosions/Remote violence", "Air/drone strike", "2026-03-10", "Nigeria", "Borno", "Baga",
       NAF, actor2=ISWAP, fatalities=[12, 12], fatalities_note="'dozens' -> 12",
       date_note="the Tuesday statement says the strikes were 'the same day'"),
    ev("E4", "Battles", "Non-state actor overtakes territory", None, "Nigeria", "Borno", "Gamboru",
       JAS, actor2=NGA, background=True, window=["2014-01-01", "2014-12-31"],
       summary="Gamboru overrun by Boko Haram in 2014 (background, year only)"),
    ev("E5", "Battles", "Government regains territory", None, "Nigeria", "Borno", "Gamboru",
       NGA, actor2=JAS, background=True, window=["2015-01-01", "2015-12-31"],
       summary="troops recaptured Gamboru 'the following year' (2015; background)"),
], not_event_locations=["Maiduguri", "Kano", "Malkohi", "Bama", "Sambisa"],
   removed_lines=["Share this: Facebook | Twitter | WhatsApp | Email", "Advertisement",
                  "Read more: Kano assembly passes 2026 budget amid walkout by opposition members",
                  "Related", "- Borno: Farmers return to Malkohi after years of displacement",
                  "- Zulum inaugurates new school in Bama", "By Musa Ibrahim, Maiduguri | March 11, 2026 | 4 min read"])

AMBA = ["Ambazonian Separatists", "Ambazonia separatists", "Amba Boys", "separatist fighters",
        "non-state armed groups", "NSAG", "Ambazonian separatist fighters", "Ambazonia Defence Forces", "ADF (Ambazonia)"]
CMR = mil("Cameroon", "Military Forces of Cameroon (1982-)", "Cameroonian army", "state security forces", "security forces")

a3 = article("ext3-03", "Cameroon: North-West and South-West Situation Report No. 14 (16-29 March 2026)", "2026-04-02", """
CAMEROON: North-West and South-West Regions
Situation Report No. 14 | Reporting period: 16 - 29 March 2026
Issued by the humanitarian coordination office, Yaounde

HIGHLIGHTS
- A secondary school in Batibo was set on fire; classes suspended for some 600 pupils.
- Four civilians killed during a security operation in Muyuka, South-West.
- A teacher abducted in Kumbo was released after three days.
- Movement restrictions ("ghost towns") announced by armed groups for 28-29 March.

SITUATION OVERVIEW
Insecurity continued to affect civilians and humanitarian access in both regions during the reporting period. Partners recorded 37 protection incidents, most of them in Momo, Bui and Fako divisions.

On 19 March, presumed non-state armed group (NSAG) elements set fire to the Government Bilingual High School in Batibo, Momo division, North-West region, during the night. The administrative block and four classrooms were destroyed. No one was hurt. Classes for some 600 pupils have been suspended until further notice.

On 23 March, a secondary school teacher was abducted by unidentified armed men at his home in Kumbo, Bui division. He was released on 26 March, reportedly after his family paid a ransom.

On 25 March, four civilians, among them a 70-year-old woman, were killed in Muyuka, Fako division, South-West region, during a search operation by state security forces, according to local sources. A military communique described the dead as "four terrorists neutralised" in a firefight. Humanitarian partners who visited the area on 27 March said the four were unarmed residents. Some 200 people fled Muyuka towards Buea and Limbe following the incident.

NSAGs announced a "lockdown" across the North-West for 28 and 29 March. Markets and transport were largely paralysed in Bamenda and the divisional headquarters.

HUMANITARIAN RESPONSE
Partners distributed food to 4,120 displaced people in Buea and Limbe and supported the reopening of two health centres in Ndop.

For more information, contact the coordination office in Yaounde.
""", source="Humanitarian coordination office (fictional situation report)")

d3 = doc(a3, [
    ev("E1", "Strategic developments", "Looting/property destruction", "2026-03-19", "Cameroon", "North-West", "Batibo",
       AMBA + uag("Cameroon"), actor2=civ("Cameroon", "Government Bilingual High School"), fatalities=[0, 0],
       window=["2026-03-19", "2026-03-20"], date_note="'during the night' of 19 March",
       admin1_variants=["Northwest", "Nord-Ouest"]),
    ev("E2", "Violence against civilians", "Abduction/forced disappearance", "2026-03-23", "Cameroon", "North-West", "Kumbo",
       uag("Cameroon", "unidentified armed men") + AMBA, actor2=civ("Cameroon", "teacher"), fatalities=None,
       admin1_variants=["Northwest", "Nord-Ouest"]),
    ev("E3", "Violence against civilians", "Attack", "2026-03-25", "Cameroon", "South-West", "Muyuka",
       CMR, actor2=civ("Cameroon"), fatalities=[4, 4],
       summary="security forces killed four civilians; the army called them 'terrorists neutralised'; partners verified they were civilians",
       admin1_variants=["Southwest", "Sud-Ouest"]),
    ev("E4", "Strategic developments", "Other", None, "Cameroon", "North-West", None, AMBA,
       window=["2026-03-16", "2026-03-29"], required=False,
       summary="separatists announce a two-day 'ghost town' lockdown for 28-29 March; announcement date not given",
       admin1_may_be_null=True),
], not_event_locations=["Yaounde", "Yaoundé", "Buea", "Limbe", "Ndop"],
   removed_lines=["For more information, contact the coordination office in Yaounde."])

ITEMS = [(a1, d1), (a2, d2), (a3, d3)]
