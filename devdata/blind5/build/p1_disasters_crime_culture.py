# Part 1 (unrelated): natural disasters, ordinary crime, culture. Written by hand, blind.
from p1_sports_business_accidents import A, ext

# ---------------------------------------------------------------- natural disasters
A("disaster", "Sindh Observer", "2026-10-06", "Late rains flood villages in Sindh's Dadu district", """
Unseasonal heavy rain over the weekend has flooded dozens of villages in Dadu district in Pakistan's Sindh province, forcing thousands of people to leave their homes and destroying cotton that was days away from harvest.

The meteorological department said some parts of the district recorded more than 200 millimetres of rain between Saturday and Monday, an extraordinary amount for October, when the monsoon has normally ended. Water from the hill torrents of the Kirthar range poured into low-lying areas around Johi and Mehar.

At least seven people have died, including three children who drowned when a mud-brick house collapsed near Johi, according to the provincial disaster management authority. Officials said about 18,000 people had moved to relief camps set up in schools and on raised embankments.

"The water came at night. We took the children and the goats and left everything else," said Shabana Jamali, who reached a camp on the Indus embankment with her five children. "Our cotton was ready to be picked. Now it is under water."

The district administration said it had distributed tents and food rations, and that army engineers were helping to strengthen weak points along the main drainage channel. Doctors warned of the risk of diarrhoea and malaria in the camps.

The floods revive painful memories of 2022, when much of Dadu was under water for months. Aid groups said many families had only recently finished rebuilding their homes.
""", ext=ext("Natural disaster", "2026-10-04", ["2026-10-03", "2026-10-05"], "Pakistan", "Sindh", "Johi",
             ["residents", "Civilians (Pakistan)"], [7, 7], "rain floods in Dadu district, 7 dead", alts=["Dadu", "Mehar"]))

A("disaster", "Herat Morning", "2026-10-12", "Magnitude 5.8 earthquake strikes western Afghanistan", """
An earthquake of magnitude 5.8 struck western Afghanistan on Sunday morning, killing at least 12 people and destroying hundreds of mud-brick homes in villages north of the city of Herat, local officials said.

Seismologists said the quake hit at 9.41am local time at a depth of about ten kilometres, with its epicentre near the district of Kushk-e Robat Sangi. It was felt strongly in Herat city, where people ran into the streets and shops closed for several hours.

A spokesman for the provincial administration said 12 bodies had been recovered and more than 90 people were injured. Ambulances and rescue teams were sent from Herat, but damaged roads slowed access to some villages in the hills.

"The walls fell in a few seconds. My mother was inside making bread," said Ghulam Sakhi, 35, from a village in the district. "The neighbours helped us dig her out. She is alive, but her leg is broken."

Aid agencies said the worst damage was in a cluster of about ten villages, where most homes are built from mud and straw. The World Food Programme said it was preparing food distributions, and several organisations pledged tents and winter blankets as temperatures in the region begin to drop.

The province was devastated in October 2023 by a series of powerful earthquakes that killed more than 1,000 people, mostly in Zindajan district. Many of the families affected then still live in temporary shelters.
""", ext=ext("Natural disaster", "2026-10-11", ["2026-10-11", "2026-10-11"], "Afghanistan", "Herat", "Kushk-e Robat Sangi",
             ["residents", "Civilians (Afghanistan)"], [12, 12], "M5.8 earthquake north of Herat, 12 dead", alts=["Kushk", "Herat"]))

A("disaster", "Visayas Bulletin", "2026-10-22", "Typhoon Dalisay batters Eastern Samar, leaving four dead", """
Typhoon Dalisay slammed into the eastern Philippines on Wednesday with winds of up to 175 kilometres an hour, tearing roofs off houses, toppling power lines and forcing more than 120,000 people into evacuation centres, disaster officials said.

The storm made landfall near Guiuan, in Eastern Samar province, shortly before dawn, then crossed Samar and Leyte during the day. The national disaster agency said four people had been killed, including a fisherman whose boat capsized off Borongan and an elderly woman crushed by a falling coconut tree in Tacloban.

Coastal villages bore the brunt. Television footage showed waves crashing over sea walls and streets in Guiuan turned into rivers. Schools and government offices across the region were closed, and the coast guard suspended all sea travel in the Visayas.

"The wind was screaming all night. We prayed and held the door shut with a table," said Maricel Abainza, a teacher who sheltered with her family in a school gymnasium in Guiuan.

The storm revived memories of Typhoon Haiyan, which flattened much of the same area in 2013 and killed more than 6,000 people. Local officials said better early warnings and earlier evacuations had saved lives this time.

Dalisay weakened as it moved west over the Sibuyan Sea and was expected to leave the country's area of responsibility by Saturday. Forecasters warned of landslides in the mountainous areas of Mindoro and Panay, where heavy rain is expected to continue through Thursday.
""", ext=ext("Natural disaster", "2026-10-21", ["2026-10-21", "2026-10-21"], "Philippines", "Eastern Samar", "Guiuan",
             ["residents", "Civilians (Philippines)"], [4, 4], "typhoon landfall at Guiuan, 4 dead in Eastern Samar and Leyte", alts=["Borongan", "Tacloban"]))

A("disaster", "Elgon Voice", "2026-11-02", "Landslide buries homes on Mount Elgon slopes in Uganda", """
At least nine people were killed and dozens are missing after a landslide buried homes in Bududa district, on the slopes of Mount Elgon in eastern Uganda, on Saturday night, the Uganda Red Cross said.

Days of heavy rain had loosened the soil above a group of villages in Bukalasi sub-county, and a wall of mud and rocks swept down the hillside shortly before midnight, while most people were asleep. At least 25 houses were destroyed, along with a primary school and a section of the road to Bududa town.

Red Cross volunteers and residents dug through the mud with hoes and spades on Sunday. Soldiers from a nearby barracks later joined the search with an excavator. "We are still hearing people calling the names of their relatives," said Jane Namono, a volunteer coordinator.

The area has a long history of deadly landslides. In 2010 more than 80 people died in the village of Nametsi, and the government has tried for years to persuade families living on the steepest slopes to move to safer land elsewhere. Many have refused, saying the fertile volcanic soil of the mountain is their only source of income.

"My father and grandfather are buried here. Where else would we go?" said Wilson Wamala, who lost his house but escaped with his wife and children.

The national meteorological authority has warned that rain will continue over the coming week in the Elgon region and urged people in high-risk areas to move to temporary shelters.
""", ext=ext("Natural disaster", "2026-10-31", ["2026-10-31", "2026-11-01"], "Uganda", "Bududa", "Bukalasi",
             ["residents", "Civilians (Uganda)"], [9, 9], "landslide in Bukalasi sub-county, Bududa, 9 dead", alts=["Bududa"]))

A("disaster", "Virunga Science Notes", "2026-11-14", "Nyamulagira volcano erupts in eastern Congo, lava flows away from towns", """
Mount Nyamulagira, one of Africa's most active volcanoes, began erupting on Thursday night inside Virunga National Park in the Democratic Republic of Congo, sending fountains of lava into the sky and a red glow visible from the city of Goma, about 40 kilometres to the south-east.

The Goma Volcano Observatory said the lava was flowing towards the north-west, into uninhabited parts of the park, and posed no immediate danger to Goma or the nearby town of Sake. It said it was also watching the neighbouring Nyiragongo volcano, which last erupted in 2021, but had detected no unusual activity there.

Residents of Goma nonetheless spent an anxious night. Many remember the 2021 eruption of Nyiragongo, which destroyed homes on the city's northern edge and forced a large part of the population to flee for several days.

"We saw the red light in the sky and packed our bags just in case," said Furaha Kavira, a market trader in the Birere neighbourhood. "In the morning the radio said the lava was going the other way, so we unpacked."

Park rangers said they had moved a group of researchers away from the area, and that the mountain gorillas, which live on the slopes of volcanoes further east, were not affected. Scientists warned that sulphur dioxide from the eruption could cause acid rain in villages downwind and damage crops.

Nyamulagira erupts every few years, usually without causing casualties because of its remote location. The observatory said the current eruption could last for weeks.
""", nel=["Sake", "Birere"], ext=ext("Natural disaster", "2026-11-12", ["2026-11-12", "2026-11-13"], "Democratic Republic of Congo", "North Kivu", "Nyamulagira",
                                      ["residents"], None, "Nyamulagira eruption in Virunga park, no casualties", alts=["Virunga National Park", "Goma"]))

A("disaster", "Zambeze Reporter", "2026-11-27", "Early-season tropical storm floods Mozambique's Angoche coast", """
A tropical storm made landfall near the coastal town of Angoche, in Mozambique's Nampula province, on Thursday, bringing torrential rain and winds of up to 110 kilometres an hour weeks before cyclones usually reach the country.

The national disaster management institute, known by its Portuguese initials INGD, said two people had died: a child swept away by a flooded river near Moma and a man killed when the roof of his house collapsed in Angoche. More than 4,000 homes were damaged or destroyed, many of them built of reeds and mud.

Electricity was cut across much of the district, and several roads were blocked by fallen trees. Fishermen in Angoche said dozens of boats had been smashed against the shore.

"The sea came into the market. Everything we had to sell was ruined," said Amina Assane, a fish trader. "We have started again many times, but every year it is harder."

The storm, which forecasters had named Bheki, weakened quickly as it moved inland towards Nampula city, but meteorologists warned that rivers in the interior could keep rising over the weekend as water drains from the highlands. INGD said it had placed food, tents and water purification tablets in Nampula and neighbouring Zambezia province before the storm arrived.

Mozambique is among the African countries most exposed to tropical cyclones. Cyclone Idai killed more than 600 people in the country in 2019, and scientists say warmer sea temperatures in the Indian Ocean are making storms more intense.
""", ext=ext("Natural disaster", "2026-11-26", ["2026-11-26", "2026-11-26"], "Mozambique", "Nampula", "Angoche",
             ["residents", "Civilians (Mozambique)"], [2, 2], "tropical storm landfall near Angoche, 2 dead", alts=["Moma"]))

# ---------------------------------------------------------------- ordinary crime
A("crime", "Nairobi City Beat", "2026-10-13", "Thieves tunnel into Nairobi jewellery shop over the weekend", """
Burglars dug a tunnel from a neighbouring vacant shop to break into a jewellery store in central Nairobi over the weekend, escaping with gold and watches worth an estimated 28 million shillings, police said on Monday.

The thieves are believed to have rented the empty unit next door on Moi Avenue three weeks ago, claiming they planned to open a phone accessories shop. Over several nights they cut through a concrete wall behind a row of display cabinets, apparently working while the street outside was noisy with traffic.

The break-in was discovered on Monday morning when the owner, Rajesh Shah, opened the shop and found the safe cut open and the cabinets empty. The alarm had been disabled, and two security cameras were covered with paint.

"This was not the work of amateurs. They planned it for weeks," said Inspector Mary Wanjiku, a detective at the city's Central police station. "We are studying footage from other buildings on the street and following up on the identity documents used to rent the unit."

Detectives said the documents appeared to be forged. The landlord of the building has been questioned but is not considered a suspect.

Traders on Moi Avenue said they were shocked by the scale of the operation, and several said they would hire night guards or install motion sensors. "You lock your shop at night and think you are safe. Now you must also worry about your neighbour," said Rose Achieng, who runs a tailoring business on the same floor.

Police appealed to anyone who noticed unusual activity at the building to come forward. No arrests have been made.
""", nel=["Nairobi", "Moi Avenue"])

A("crime", "Joburg Courts Reporter", "2026-10-22", "Crypto scheme founder goes on trial in Johannesburg", """
The founder of a cryptocurrency investment scheme that collapsed last year owing an estimated 1.2 billion rand to investors went on trial at the Johannesburg Specialised Commercial Crime Court on Wednesday, facing 97 counts of fraud and money laundering.

Prosecutors say Themba Mokoena, 38, promised investors returns of up to 15 percent a month through what he described as an automated trading robot, but in reality paid early investors with money from newer ones. At its height his company, BlueVault Capital, claimed to have more than 40,000 clients, many of them teachers, nurses and pensioners in Gauteng and Limpopo.

Mokoena has pleaded not guilty. His lawyer told the court that the company's collapse was caused by a crash in cryptocurrency prices and that his client had never intended to deceive anyone.

The first witness, a forensic accountant engaged by the liquidators, testified that she had traced less than 3 percent of the deposits to any trading account. "The rest went in circles," she said. "New money paid old investors, and a significant amount paid for cars, property and overseas travel."

Several investors sat in the public gallery. Lindiwe Dube, a retired teacher from Polokwane, said she had lost her entire pension payout of 640,000 rand. "I trusted him because my friends from church were all investing," she said.

The trial is expected to last several months. The liquidators have so far recovered assets worth about 150 million rand, including a house in Sandton and a fleet of luxury cars, which will be sold to repay investors.
""", nel=["Johannesburg", "Sandton", "Polokwane"])

A("crime", "Andes Heritage News", "2026-10-31", "Colonial paintings stolen from church near Cusco", """
Thieves broke into a 17th-century church in the Andean town of Andahuaylillas, near Cusco, and stole three colonial-era paintings, Peru's culture ministry said on Friday.

The theft was discovered on Thursday morning by the church's caretaker, who found a side door forced open and three empty frames on the floor of the nave. The canvases, which depict saints and were painted by artists of the Cusco School, had been cut from their frames with a blade.

The church of San Pedro Apóstol in Andahuaylillas is often called the "Sistine Chapel of the Americas" because of its richly decorated interior, and it is a regular stop for tourists travelling between Cusco and Lake Titicaca.

"It is a wound to the whole community. These paintings have been here for more than 300 years," said the parish priest, Ernesto Quispe. He said the church had no alarm system and relied on volunteers to watch over it.

The culture ministry said it had alerted Interpol and border authorities so that the works could not be taken out of the country. Officials fear they were stolen to order for private collectors. Peru has lost hundreds of religious artworks to theft in recent decades, many of them from remote churches with little security.

Police in Cusco said they were questioning two men who had been seen photographing the interior of the church earlier in the week, but no one has been charged. The ministry has published photographs of the missing paintings and asked antique dealers to report any offers.
""", nel=["Andahuaylillas", "Cusco", "Lake Titicaca"])

A("crime", "Bosphorus Business Courier", "2026-11-04", "Textile exporter sentenced for tax evasion in Istanbul", """
An Istanbul court on Tuesday sentenced textile exporter Kemal Aksoy to four years and two months in prison for evading taxes through a network of fake invoices, in one of the largest tax fraud cases heard in the city this year.

Prosecutors said Aksoy's companies issued and used invoices worth about 850 million lira for goods that were never delivered between 2020 and 2023, allowing them to reclaim value-added tax and reduce their declared profits. Seven other defendants, including two accountants and a bank employee, received sentences of between one and three years.

Aksoy, 57, who owns factories in Istanbul's Bağcılar district and in the city of Bursa, denied the charges throughout the eight-month trial, telling the court that the invoices had been prepared by an accountant without his knowledge. His lawyers said they would appeal.

The judge also ordered Aksoy to repay the unpaid taxes with interest, and confirmed the seizure of two properties and a yacht registered to his family.

Tax inspectors said the case had been uncovered by software that flags unusual patterns in electronic invoices. The finance ministry has been expanding its use of data analysis to tackle the informal economy, which economists estimate accounts for more than a quarter of Turkey's output.

Business groups in the textile sector said the verdict sent a message that honest firms are being undercut by competitors who cheat. "When one company does not pay its taxes, it can sell cheaper and steal customers from those who do," said Selin Yıldırım of an exporters' association in Bursa.
""", nel=["Istanbul", "Bağcılar", "Bursa"])

A("crime", "Accra Law Report", "2026-11-10", "Pharmacist jailed in Accra over fake malaria drugs", """
A court in Accra on Monday sentenced a pharmacist to six years in prison for selling counterfeit malaria medicine, in a case that regulators said should serve as a warning to the country's drug retailers.

The court found Emmanuel Boateng, 46, guilty of selling thousands of packs of fake antimalarial tablets through his two pharmacies in the Kaneshie and Dansoman areas of the capital between 2024 and 2025. Laboratory tests ordered by the Food and Drugs Authority found that the tablets contained less than a tenth of the active ingredient stated on the label, and some contained none at all.

The case began when a doctor at a teaching hospital noticed that several patients were not responding to treatment and had bought their medicine from the same shops. Inspectors then made test purchases and seized about 12,000 packs from a storeroom.

"Counterfeit medicine is not a victimless crime. People who take these tablets believe they are protected, and they are not," the judge said as she delivered the sentence.

Boateng's lawyer said his client had bought the drugs from a supplier he believed to be legitimate, and that he would appeal. Investigators said they were still trying to trace the source of the tablets, which they believe were imported through the port of Tema.

The Food and Drugs Authority says fake and substandard medicines remain a serious problem across West Africa, where they are often sold cheaply in markets and unlicensed shops. It urged the public to buy drugs only from licensed pharmacies and to check packaging for the authority's registration number.
""", nel=["Accra", "Kaneshie", "Dansoman", "Tema"])

A("crime", "Bogotá Hoy", "2026-11-19", "Police break up ATM card-skimming ring in Bogotá", """
Police in Bogotá said on Wednesday that they had arrested four people accused of fitting card-skimming devices to cash machines in the north of the city and using the stolen data to empty hundreds of bank accounts.

The suspects, three Colombians and a Venezuelan, were detained in searches of two apartments in the Suba and Engativá districts, where officers found skimming devices, miniature cameras, blank cards and about 60 million pesos in cash. Investigators said the group had targeted machines in shopping centres and petrol stations in Usaquén and Chapinero over the past six months.

The devices were fitted over the card slot and recorded the magnetic stripe, while a tiny camera hidden in a false panel filmed customers typing their PINs. The data was then copied onto blank cards and used to withdraw money, often late at night and in other cities.

"Many victims only realised when their salaries disappeared," said Andrés Pineda, a lieutenant colonel in the police's cybercrime unit. He said more than 700 customers of four banks had reported losses totalling about 1.4 billion pesos.

The suspects appeared before a judge on Wednesday and were charged with computer fraud, identity theft and conspiracy. They have not entered pleas.

Banks have been replacing old cards with chip-only versions, which are harder to copy, but police said some machines still accept magnetic stripes. Officers advised customers to cover the keypad when entering their PIN and to check card slots for loose parts.
""", nel=["Bogotá", "Suba", "Engativá", "Usaquén", "Chapinero"])

# ---------------------------------------------------------------- culture
A("culture", "Balkan Screen Review", "2026-10-09", "'Winter Corridor' review: a quiet, devastating film about the siege of Sarajevo", """
There are no heroic charges in Winter Corridor, the new film by Bosnian director Amra Hadžić, and almost no combat at all. The war is always there, though: in the crack of a sniper's rifle somewhere across the river, in the thud of shells on the hills, in the way the characters cross a street at a run without thinking about it.

Set in the winter of 1993, at the height of the siege of Sarajevo, the film follows a family of four living in a tower block in the Alipašino Polje neighbourhood as they try to survive until spring. The father, a former orchestra cellist played with tired dignity by Edin Mujkić, burns his sheet music for warmth. His teenage daughter trades cigarettes for water at a well, and his wife runs a hidden school in the basement.

Hadžić, who was a child in the city during the siege, films these everyday acts with patience. Long takes linger on hands, on frozen windows, on faces waiting. The violence, when it comes, is sudden and shown mostly through its aftermath: a bread queue scattered, a neighbour who does not come home.

Some viewers may find the pace slow, and a subplot about a foreign journalist feels thin. But the final half hour, built around a night crossing through the tunnel under the airport, is as tense as any action film released this year.

The film premiered at the Sarajevo Film Festival in August and opens in cinemas across the region this weekend. It deserves a wide audience, not least among those too young to remember the more than 11,000 people who died in the city during the nearly four-year siege.
""")

A("culture", "Horn Literary Review", "2026-10-21", "A new history brings the Battle of Adwa to life", """
On the morning of 1 March 1896, in the mountains of northern Ethiopia, the army of Emperor Menelik II defeated an Italian invasion force near the town of Adwa, in one of the most decisive battles of the colonial era. In The Mountains Remember, the historian Mekdes Alemu tells the story of that day, and of the years that led to it, with a novelist's eye for detail and a scholar's care with sources.

Alemu, who teaches at Addis Ababa University, draws on Ethiopian chronicles, letters in Amharic and Italian, and oral histories collected from descendants of soldiers. The result is a book that refuses to treat the Ethiopian side as a faceless mass. We meet Empress Taytu, who argued against any compromise with Rome; ordinary soldiers who walked hundreds of kilometres carrying their own rifles and food; and the women who brought water to the front lines.

The chapters on the battle itself are gripping. Alemu reconstructs how the Italian columns lost contact with one another in the darkness and were attacked one by one, and how General Baratieri's gamble collapsed within a few hours. She does not shy away from the cost: thousands died on both sides, and the aftermath was harsh for the prisoners.

The book is weaker in its final section, on Adwa's legacy, which covers familiar ground about the victory's importance to pan-African movements.

Still, this is the most readable account of the battle in English for many years. It is published by a university press in Addis Ababa and will be available internationally from December.
""", nel=["Addis Ababa"])

A("culture", "Eastern Arts Journal", "2026-11-06", "Enugu exhibition gives voice to survivors of the Biafran war", """
A new exhibition at the Ngozi Arts Centre in Enugu tells the story of the Nigerian civil war of 1967 to 1970 through the objects and memories of people who lived through it, rather than through the generals and politicians who usually dominate accounts of the conflict.

Titled "What We Carried", the exhibition brings together more than 200 items lent by families across south-eastern Nigeria: a ration card, a hand-sewn doll, a radio that a schoolteacher hid under the floor, letters from soldiers who never came home. Each object is displayed with a short recorded interview in which the owner or a relative explains what it means to them.

"For years people did not talk about the war, even inside their own homes," said the curator, Ifeoma Nwachukwu. "Now the generation that remembers is getting old. We wanted to collect these stories before they disappear."

One of the most visited corners is devoted to the famine that killed very large numbers of civilians, many of them children, during the blockade of the Biafran territory. Photographs of feeding centres hang beside a small tin cup used by a boy who later became a doctor.

The exhibition has drawn crowds of schoolchildren since it opened last week. Teachers say the civil war is barely covered in the national curriculum, and many pupils know little about it beyond what they hear from their grandparents.

"What We Carried" runs until the end of February. The organisers hope to take it to Lagos and Abuja next year, and to build a permanent digital archive of the interviews.
""", nel=["Lagos", "Abuja"])

A("culture", "Dhaka Stage & Screen", "2026-11-15", "Dhaka stage revives the memory of 1971 in 'Nine Months'", """
A new play at the Bangladesh Shilpakala Academy in Dhaka is drawing full houses with its retelling of the 1971 Liberation War through the eyes of a village schoolmistress and her pupils.

"Nine Months", written and directed by Tanvir Hasan, takes its title from the length of the war that led to Bangladesh's independence. The action never leaves a single schoolroom in a village near Jessore, where the teacher, Shirin, keeps holding lessons as the fighting comes closer. Freedom fighters hide weapons under the floorboards; soldiers march past the window; one by one, the desks empty.

The staging is spare. A blackboard, a few benches and a single lamp are all that is needed, and the sounds of war, gunfire, aircraft, distant explosions, are created live by two percussionists at the side of the stage. The effect is unsettling: several audience members at Friday's performance jumped at a sudden drum blast.

Farzana Mitu gives a fierce, unsentimental performance as Shirin. Her final monologue, addressed to the empty desks, left much of the audience in tears.

Hasan said he had based the play partly on the experiences of his grandmother, who taught in a village school during the war. "Our generation grew up with the official story, with dates and battles," he said. "I wanted to show what it was like simply to keep going, to teach children their alphabet while the world was burning."

The production runs until the end of the month and will tour to Chittagong and Rajshahi in December.
""", nel=["Dhaka", "Chittagong", "Rajshahi"])

A("culture", "Rumba Pulse", "2026-11-21", "Kinshasa rumba star drops 'Bombardement', an album built for the dance floor", """
Congolese singer Héritier Mbala spent the past year promising his fans a "bombardment", and this week he delivered: a 16-track album of that name that fuses classic rumba guitars with the drum machines of Kinshasa's ndombolo clubs.

Bombardement is Mbala's fourth album and his most ambitious. The opening track, "Attaque Frontale", launches straight into a galloping sebene, the fast guitar section that sends dancers onto the floor, and the pace barely drops for the next hour. Guest appearances by two of the city's most popular young rappers give the record a harder edge than his earlier work.

The title, Mbala said in an interview at his studio in the Gombe district, is about energy, not war. "In Kinshasa, when a song is strong, we say it bombs the dance floor," he said, laughing. "I wanted every track to be a bomb."

The slower songs are the album's highlights. "Maman ya Kisangani" is a tender tribute to the singer's mother, who raised him alone, and "Mbongo" is a witty complaint about the cost of living in the capital, sung over a lilting guitar line that recalls the great bands of the 1970s.

Not every experiment works; a collaboration with a European DJ sounds rushed. But the album confirms Mbala as one of the most inventive voices in Congolese music.

He will launch the record with a concert at the Stade des Martyrs in Kinshasa next month, and has announced dates in Brazzaville, Paris and Brussels for early 2027. Within hours of its release, the first single had been streamed more than a million times.
""", nel=["Kinshasa", "Gombe", "Kisangani", "Brazzaville", "Paris", "Brussels"])

A("culture", "Mekong Heritage Travel", "2026-11-23", "Dien Bien Phu battlefield trenches restored for visitors", """
Visitors to Dien Bien Phu, in the mountains of north-western Vietnam, can now walk through a restored section of the trenches from which Vietnamese forces besieged a French garrison in 1954, after a two-year conservation project was completed this month.

The 55-day battle ended with the surrender of the French forces on 7 May 1954 and led to the end of French colonial rule in Indochina. Much of the original battlefield has since disappeared under farmland and the growing town, but several of the hills that were fought over, including the one the Vietnamese call A1 Hill, have been preserved.

The restoration project, led by the provincial culture department with advice from archaeologists in Hanoi, rebuilt 400 metres of trenches using original photographs and surveys. Workers reinforced the walls with timber and bamboo, as the soldiers did, and installed drainage to stop the rainy season from washing them away.

"We wanted people to understand how close the two sides were. In some places only a few dozen metres separated them," said Nguyen Thi Hoa, an official at the provincial museum. "When you stand in a trench, you feel it in a way no textbook can give you."

Tourism officials hope the site will attract more foreign visitors, who make up only a small share of the province's tourists. An expanded airport has made the remote town easier to reach from Hanoi and Ho Chi Minh City.

Veterans' associations from both Vietnam and France have been invited to an opening ceremony next spring.
""", nel=["Hanoi", "Ho Chi Minh City"])
