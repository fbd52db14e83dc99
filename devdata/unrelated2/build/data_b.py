# Articles u2-11 .. u2-23: humanitarian and development; military and security matters that are not events.
ARTICLES = [
dict(id="u2-11", source="Lake Chad Health Alliance (press release)", published="2026-10-05",
 title="Over 1.2 million children to be reached in Borno measles and polio campaign",
 kind="humanitarian", about="vaccination campaign in Borno; the 2013 killing of polio workers in Kano is a dated past event",
 nel=["Borno", "Maiduguri", "Jere", "Konduga", "Bama", "Gwoza", "Kano"],
 text="""
MAIDUGURI, 5 October 2026 — The Lake Chad Health Alliance, together with the Borno State Primary Health Care Development Agency, today launched a ten-day integrated measles and polio vaccination campaign targeting more than 1.2 million children under five across 22 local government areas of Borno State.

Vaccination teams will work in Maiduguri, Jere, Konduga, Bama and Gwoza, including in camps for internally displaced people and in newly accessible communities where children have never received a routine vaccine. The campaign is supported by 3,400 trained health workers and 900 community mobilisers.

"Measles is a killer of children in this state, and many of the children we will see this week have never been reached before," said Dr Aisha Modu Kyari, the agency's executive secretary. "Every child we miss is a door left open for an outbreak."

In some areas teams will travel with escorts, in line with existing humanitarian access arrangements. The Alliance stresses that its health workers are neutral and carry no weapons.

Vaccinators in northern Nigeria have faced serious risks in the past. In February 2013, nine polio workers were shot dead in Kano in attacks that led to a temporary suspension of campaigns. Since then, community engagement with traditional and religious leaders has been central to every campaign, and acceptance of vaccination in Borno is now above 90 per cent in most wards.

Borno recorded more than 4,000 suspected measles cases in 2025, according to state surveillance data. No case of wild poliovirus has been confirmed in Nigeria since 2016, but outbreaks of variant poliovirus remain a concern.

The campaign is funded by international donors and will be followed by an independent monitoring survey to check coverage.

For media enquiries, contact the Alliance communications office in Maiduguri.
"""),

dict(id="u2-12", source="Radio Ituri Nouvelles (English edition)", published="2026-10-15",
 title="Pupils return to classrooms in Fataki after three years",
 kind="humanitarian", about="school reopening in Djugu territory; closure after attacks in 2023 is background; return of displaced families",
 nel=["Fataki", "Djugu", "Ituri", "Bunia"],
 text="""
BUNIA — For the first time in three years, the bell rang this week at the Fataki Institute in Djugu territory, as some 640 pupils returned to classrooms rebuilt with the help of a local church network and an education charity.

The school closed in 2023, when most families in the area fled to displacement sites near Bunia after repeated attacks on villages in the surrounding hills. Its roof and benches were later taken away, and for two years the buildings stood empty.

"When I saw the children in uniform, I cried," said the headmaster, Jean-Pierre Ngabu Dheda. "We have nine classrooms, new benches and a small library. We do not yet have enough teachers, but we have started."

Around 300 households have returned to Fataki since the beginning of the year, according to a community leader, who said people were encouraged by the calm of recent months and by the presence of a police post in the centre. Many others remain in camps and say they will wait until after the harvest before deciding.

The charity, Lire pour Demain, said it had paid for the roof, water tanks and separate latrines for girls, and will support the salaries of five volunteer teachers until the state takes them onto the payroll.

Education officials in Ituri estimate that more than 200 schools in the province remained closed at the start of the 2026–2027 school year because of insecurity or displacement. "Reopening one school is not a solution for the whole province, but it shows what is possible," said Marie-Claire Ukety, a provincial inspector.

Pupils at Fataki will sit their end-of-term tests in December. Parents have formed a committee to repair the path to the school before the rains return.
"""),

dict(id="u2-13", source="Mekong Voice (translated from Burmese)", published="2026-10-27",
 title="Rice and cooking oil prices in Sagaing rise again, families reduce meals",
 kind="humanitarian", about="food prices in Sagaing Region; translated style; conflict is background only",
 nel=["Sagaing Region", "Monywa", "Shwebo", "Kale", "Mandalay", "Myanmar"],
 text="""
The price of rice in Sagaing Region has again increased in October, and many families say they are now eating only two meals in one day, according to traders and residents in Monywa, Shwebo and Kale towns.

In Monywa market, one bag of ordinary Emata rice is now sold at about 185,000 kyats, while at the same time last year it was 140,000 kyats. One viss of palm oil has reached 9,500 kyats. Traders said that the transportation cost has become very high because fuel is scarce and drivers must pay many fees along the road from Mandalay.

"Before, I bought rice one bag for one month. Now I buy only one pyi at one time, when there is money," said Daw Khin Myo Thant, a mother of four in Shwebo, who sells fried snacks. "The children go to school with no breakfast."

Farmers also are complaining. Fertiliser price has doubled since two years, and some farmers in the villages did not plant all of their fields this monsoon season. Some left their land because of the conflict and went to stay with relatives in town.

An aid worker of a local organisation, who requested not to be named for security reasons, said that the organisation gives cash support to about 1,200 households, but the need is much more. "People are not dying from hunger now, but they are selling their gold and their cows. After that, there is nothing," he said.

According to the World Food Programme, more than 15 million people in Myanmar faced food insecurity in 2025. The Central Statistical Organization has not published regional price data since the beginning of this year.

Traders expect that the new harvest in December may bring the price down a little, if transport is not more disrupted.
"""),

dict(id="u2-14", source="Pemba Coastal Times", published="2026-11-05",
 title="Five years on, displaced families in Metuge turn to farming and fishing",
 kind="humanitarian", about="daily life of displaced people in Cabo Delgado; 2020 takeover of Mocímboa da Praia is a dated past event",
 nel=["Metuge", "Cabo Delgado", "Pemba", "Mocímboa da Praia", "Macomia"],
 text="""
METUGE — Before sunrise, Amina Saide is already in her cassava plot at the edge of the Ntokota resettlement site. Six years ago she had a shop in Mocímboa da Praia. Today she grows cassava and beans on half a hectare lent by a local family.

"The first year we only waited for food distribution. Now we plant, we sell a little in the market, and the children go to school here," says Saide, 44, who fled by boat with her five children when insurgents took control of Mocímboa da Praia in August 2020.

Metuge district in Cabo Delgado province, just across the bay from Pemba, hosts more than 60,000 displaced people, according to the International Organization for Migration. Many have lived in the same sites for over five years. Aid agencies have shifted from emergency food to seeds, tools and small loans, partly because funding has fallen sharply.

At the fish landing in Mieze, young men from Macomia repair nets and sell their catch to traders from Pemba. "We learned to fish in new waters," says Ernesto Abudo, 27. "The sea here is different, but fish is fish."

Not everyone wants to stay. Some families have returned to their home districts since 2023, when the government declared parts of the north safe for return. Others say they will go back only when they are sure. "We hear stories that groups still move in the forests and attack sometimes," says Saide. "I will not take my children back to that."

Provincial officials say they plan to give land titles to displaced families who choose to settle permanently in Metuge, a proposal that has caused some tension with host communities over land.

For now, Saide's plan is simpler: a good harvest before the rains, and a second plot next year.
"""),

dict(id="u2-15", source="Humanitarian Mine Action Network", published="2026-11-12",
 title="Children in Khan Younis learn to recognise explosive remnants in risk-education sessions",
 kind="humanitarian", about="explosive ordnance risk education in Gaza; only aggregated figures and hypothetical dangers",
 nel=["Khan Younis", "Gaza", "Gaza Strip"],
 text="""
KHAN YOUNIS — In a tent classroom in western Khan Younis, a facilitator holds up a laminated card showing a grey metal cylinder half-buried in sand. "What do we do if we see this?" she asks. Thirty children answer in unison: "Don't touch. Move away. Tell an adult."

The session is one of hundreds of explosive ordnance risk education classes held across the Gaza Strip this autumn by humanitarian mine action organisations. Since the ceasefire that took effect in October 2025, families have returned to neighbourhoods where unexploded bombs, shells and rockets lie among the rubble.

Trainers teach children and parents to recognise the shapes of common munitions and to understand that an object which looks harmless, such as a small tube or a shiny piece of metal, may explode if it is moved. Sessions also cover what to do when clearing rubble from a home and how to report suspect objects to specialist teams.

"Children are curious. They collect metal to sell or to play with," said facilitator Reem Abu Samra. "If one child remembers this lesson at the right moment, it can save a life."

According to figures compiled by the UN Mine Action Service, risk-education sessions reached more than 400,000 people in Gaza between January and September 2026. The agency estimates that a significant share of munitions fired during the war failed to detonate, though no precise count is possible.

No new teams were deployed this month, the organisers said, and clearance work remains limited by the lack of specialised equipment allowed into the territory.

At the end of the class, each child receives a booklet with pictures and a telephone number. Several children immediately start quizzing each other on the drawings.
"""),

dict(id="u2-16", source="Mesopotamia Development Review", published="2026-11-26",
 title="Iraq clears 42 square kilometres of contaminated land in Nineveh in a year, report says",
 kind="humanitarian", about="annual demining statistics; casualty figures are aggregated for 2025; no specific incident",
 nel=["Nineveh", "Mosul", "Sinjar", "Anbar", "Baghdad", "Iraq"],
 text="""
BAGHDAD — Demining teams cleared 42 square kilometres of land contaminated by explosive remnants of war in Nineveh province between October 2025 and September 2026, according to an annual report released this week by Iraq's Directorate of Mine Action and its international partners.

The report says teams removed or destroyed more than 18,000 explosive items in the province over the twelve months, including improvised devices left behind after the defeat of the Islamic State group in 2017, artillery shells and aircraft bombs. Most of the work took place in agricultural areas south of Mosul and in the Sinjar district.

Nationally, the report counts 71 people killed and 139 injured by explosive ordnance in 2025, most of them men collecting scrap metal, shepherds and children. That is a decrease of about 15 per cent on 2024, which the authors attribute partly to risk-education campaigns.

"Every field we return to a farmer is a field that can feed a family," said Engineer Haider Kadhim al-Saadi, a senior official at the directorate, at the report's launch in Baghdad. "But at the current rate, Nineveh will need at least another decade."

The report warns that funding for mine action in Iraq fell by almost a third in 2026 as donors redirected money to other crises. Two international operators reduced their teams in Anbar province during the year.

The most complex task remains the old city of Mosul, where devices are often buried under collapsed buildings. The report estimates that more than 2 million square metres of urban rubble still need to be searched before reconstruction can be completed.

The directorate has set a target of declaring five more districts free of known contamination by the end of 2027.
"""),

dict(id="u2-17", source="BusinessDay Nigeria Wire", published="2026-10-09",
 title="Defence, police get N4.1trn in proposed 2027 budget",
 kind="military", about="defence budget proposal; references to past operations are general",
 nel=["Abuja", "Nigeria", "North East", "North West"],
 text="""
ABUJA — Nigeria's federal government has proposed N4.1 trillion for defence and internal security in the 2027 Appropriation Bill presented to a joint session of the National Assembly in Abuja on Thursday, making the sector the second-largest item after debt service.

According to the budget breakdown, the Ministry of Defence would receive N2.6 trillion, of which about N780 billion is for capital projects, including aircraft maintenance, armoured vehicles and the construction of barracks. The police would receive N1.1 trillion, with the balance shared among the Department of State Services, the civil defence corps and other agencies.

Presenting the bill, the President said insecurity in the North East and North West "remains the greatest threat to our economy", and that the new budget would prioritise surveillance drones, better pay for troops and the welfare of the families of fallen soldiers.

Analysts noted that defence allocations have risen every year since 2020 but that capital releases often lag far behind what is approved. "In 2025, less than half of the capital budget for defence was actually released," said Funmilayo Adeyemi-Cole, an economist at a Lagos-based research firm. "The headline number is not the same as money reaching the front line."

The budget also includes N95 billion for a new forward operating base programme and N40 billion for the rehabilitation of communities affected by insurgency, though details of locations were not provided.

Lawmakers are expected to begin debate on the general principles of the bill next week, after which committees will hold defence hearings with service chiefs. The Senate President urged quick passage so that the budget could take effect in January.

The total 2027 budget is N58.4 trillion, with a projected deficit of N15 trillion.
"""),

dict(id="u2-18", source="Sahel Défense Hebdo", published="2026-10-17",
 title="Mali takes delivery of four new combat drones at Sénou air base",
 kind="military", about="arms delivery ceremony; the drones' future use is hypothetical; no strike reported",
 nel=["Bamako", "Sénou", "Mali", "Turkey", "Kidal"],
 text="""
BAMAKO — Mali's air force on Friday took delivery of four armed drones and associated ground equipment in a ceremony at Air Base 101 in Sénou, near Bamako, attended by the transitional government's defence minister and senior officers.

The aircraft, bought from a Turkish manufacturer, were displayed on the tarmac beside a mobile control station. Officials did not disclose the price, but analysts estimate a package of this size at several tens of millions of dollars, including training and spare parts.

"These new means will reinforce our capacity to watch over our territory and to neutralise terrorist groups wherever they hide," Colonel Mamadou Sissoko, an air force spokesman, said in a speech. He said Malian crews had completed four months of training in Turkey.

Mali has relied heavily on drones since 2023, when the air force first used them during operations in the north, including around Kidal. Human rights organisations have repeatedly accused the armed forces of drone strikes that killed civilians at markets and gatherings, accusations the government rejects.

Defence analyst Oumar Kanouté said the new aircraft would extend the range of surveillance over the vast desert regions. "If a dry-season offensive is planned in the north, these drones will be at the centre of it," he said. "But drones alone do not hold territory."

The ceremony ended with a blessing by religious leaders and a fly-past by a light transport aircraft. No drone was flown during the event.

The government says further deliveries, including two transport helicopters, are expected before the end of the year.
"""),

dict(id="u2-19", source="The Capital Chronicle (Abuja)", published="2026-10-01",
 title="Jets roar over Eagle Square as Nigeria marks 66th Independence anniversary",
 kind="military", about="independence day military parade with fly-past and gun salute; ceremonial only",
 nel=["Abuja", "Eagle Square", "Nigeria"],
 text="""
ABUJA — Fighter jets and helicopters of the Nigerian Air Force thundered over Eagle Square on Thursday morning as the country marked its 66th Independence anniversary with a military parade watched by thousands of invited guests.

Contingents of the Army, Navy, Air Force and police marched past the presidential stand in ceremonial uniforms, followed by armoured personnel carriers and artillery pieces towed by trucks. A 21-gun salute was fired as the President inspected the guard of honour, and children from Abuja schools waved green-white-green flags from the stands.

In his national broadcast earlier in the day, the President paid tribute to "our gallant troops who have paid the supreme price in the fight against terrorism and banditry" and said the country would "never forget" their sacrifice.

The Chief of Defence Staff, speaking to journalists after the parade, said the display of equipment, much of it acquired in the past three years, showed that the armed forces were "better equipped than at any time in our history". He declined to comment on current operations.

The commander of the parade, Brigadier General Olumide Fashola-Adeyemi, said rehearsals had taken six weeks. "The troops you saw today come from every part of Nigeria. That is the message," he said.

Security was tight around the Three Arms Zone, and several roads in central Abuja were closed to traffic from dawn until early afternoon. Police said the day passed peacefully.

Celebrations continue on Friday with a state banquet and a youth festival at the National Stadium.
"""),

dict(id="u2-20", source="Horn Security Review", published="2026-11-02",
 title="Somali army promotes 140 officers in Mogadishu ceremony",
 kind="military", about="promotion ceremony; past operations (2022-2023) are dated background; no change of leadership",
 nel=["Mogadishu", "Hiraan", "Middle Shabelle", "Galmudug"],
 text="""
MOGADISHU — The Somali National Army on Sunday promoted 140 officers and awarded medals to 35 soldiers at a ceremony at the Ministry of Defence headquarters in Mogadishu, in what officials described as part of efforts to build a professional force ahead of the drawdown of African Union troops.

The officers, most of them from units that took part in the 2022–2023 campaign against al-Shabaab in Hiraan, Middle Shabelle and Galmudug, received new ranks from captain to colonel. Families and fellow soldiers applauded as insignia were pinned on uniforms.

"You are the ones who carried the flag in the hardest days," the army commander told the officers. "A promotion is not a reward only. It is a greater responsibility."

The defence minister said the government would soon introduce a new salary scale linked to rank and length of service, and that soldiers' pay would be made through biometric registration to remove "ghost soldiers" from the payroll.

Analysts say promotions in the Somali army have often been irregular and influenced by clan balance. "A transparent promotion system matters as much as new weapons," said Abdirahman Hassan Nur, a researcher at a Mogadishu policy institute. "Soldiers fight better when they believe the system is fair."

Among those decorated was a sergeant, Fadumo Ali Warsame, one of a small number of women serving in frontline units, who received a bravery medal for her conduct during operations in 2023.

The ceremony ended with a lunch for the families. No changes to the army's senior command were announced.
"""),

dict(id="u2-21", source="The Frontier Star (Garissa)", published="2026-10-19",
 title="Hundreds of youths turn up for KDF recruitment in Garissa",
 kind="military", about="routine national-army recruitment drive; al-Shabaab recruitment mentioned as generality",
 nel=["Garissa", "Garissa County", "Dadaab", "Somalia", "Kenya"],
 text="""
GARISSA — Hundreds of young men and women lined up from dawn at Garissa Primary School grounds on Monday for the annual Kenya Defence Forces recruitment exercise, with many saying they saw the military as the only secure job available in the region.

Recruiting officers measured height and weight, checked documents and put candidates through a timed run around the school field. Those who pass the first stage will undergo medical tests and interviews before the final list is published in December.

"I have tried three times. This time I trained every morning for six months," said Abdullahi Hussein, 22, a secondary school graduate from the outskirts of town, after completing his run.

The officer in charge of the exercise in the county, Major Caroline Jeptoo, warned candidates against paying anyone who promised them a place. "Recruitment is free and fair. Anyone asking you for money is a conman, and you should report him to the police," she said.

County leaders welcomed the exercise but asked the KDF to increase the number of slots for Garissa County, which has one of the highest youth unemployment rates in the country. Local officials said that when young people have no jobs, militant groups across the border in Somalia try to recruit them with promises of money. "We must give our youth a better option," said a member of the county assembly.

The exercise is being held in all 47 counties over two weeks. Candidates from Dadaab and other sub-counties were transported to Garissa town by the county government.

Successful recruits will begin training at the Recruits Training School in Eldoret early next year.
"""),

dict(id="u2-22", source="Borno Mirror", published="2026-11-11",
 title="Veterans, diplomats honour war dead at Maiduguri war cemetery",
 kind="military", about="Remembrance ceremony for Second World War dead; commemoration only",
 nel=["Maiduguri", "Borno", "Burma"],
 text="""
Elderly veterans in green berets, serving officers and foreign diplomats gathered at the Maiduguri War Cemetery on Wednesday to mark Remembrance Day and honour soldiers of the Nigeria Regiment who died during the Second World War.

Wreaths were laid at the Cross of Sacrifice by representatives of the Borno State Government, the Nigerian Legion and the British High Commission, followed by two minutes of silence at eleven o'clock. A bugler of the Nigerian Army played the Last Post.

The cemetery, maintained by the Commonwealth War Graves Commission, contains the graves of servicemen of the Second World War, many of whom died of illness or injury while in training or in transit during the campaigns in East Africa and Burma between 1940 and 1945.

"Our fathers went to fight far away, in Burma, in places whose names they could not pronounce," said Pa Ali Bukar Mshelia, 94, one of the last surviving members of the legion in the state, who served in the 1967–1970 civil war. "We must remember them, and we must remember those who are falling today in our own land."

The chairman of the Nigerian Legion in Borno, retired Colonel Abubakar Gana, appealed to the government to pay pension arrears to veterans and widows, some of whom he said had not received payments for over a year.

A British defence attaché said the commemoration was a reminder of the "long and shared history" of the two countries' armed forces.

After the ceremony, pupils from a Maiduguri secondary school placed small flags on the graves and read out the names of soldiers buried in the cemetery.
"""),

dict(id="u2-23", source="Gulf of Guinea Security Observer", published="2026-10-29",
 title="Jihadist attacks in coastal West Africa rose 20% in 2025, think-tank says",
 kind="military", about="think-tank report on trends with aggregated figures and a forecast of a possible offensive; no specific event",
 nel=["Benin", "Togo", "Ghana", "Burkina Faso", "Accra", "Alibori", "Atacora", "Savanes"],
 text="""
ACCRA — Attacks by jihadist groups in northern Benin and Togo increased by about 20 per cent in 2025 compared with the previous year, and could intensify further during the coming dry season, according to a report published this week by the Accra-based West Africa Centre for Security Studies.

The report, based on open-source incident data, counts 186 violent incidents attributed to Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and other groups in Benin's Alibori and Atacora departments and Togo's Savanes region in 2025, up from 155 in 2024. Most involved attacks on military posts and forest rangers, improvised explosive devices on rural roads and the abduction of local officials.

"The groups are no longer just passing through. They are embedding themselves in border communities, taxing herders and recruiting young men," said the report's lead author, Dr Kwabena Asante-Mensah.

The authors forecast that JNIM could launch a large offensive against military positions in northern Benin between December and April, when roads are passable, if the current pattern holds. They stress that this is a scenario, not a prediction based on specific intelligence.

Ghana has so far been spared attacks, the report notes, but it warns that the country's northern regions face similar risks. It recommends better pay for local soldiers, a stronger civilian administration and cross-border intelligence sharing with Burkina Faso, which has been largely suspended since 2023.

A spokesperson for Benin's armed forces said the figures were "exaggerated" and that the army had "the situation under control". Togo's government did not respond to a request for comment.

The centre will present the report to diplomats and regional officials at a round table in Accra next month.
"""),
]
