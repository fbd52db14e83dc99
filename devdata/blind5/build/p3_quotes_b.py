# Part 3 (quotes): articles 13-24. Written by hand, blind.
from p3_quotes_a import A, Q, C

# 13 --------------------------------------------------------------- W5 feature, India/Myanmar
A("W5", "The Long Read Asia", "2026-11-13", "Across the Tiau river, Chin refugees build a life in waiting", """
On a misty morning in Zokhawthar, the last Indian village before the Tiau river, Ngun Tha Par, 34, is kneading dough for the flatbreads she sells to lorry drivers. Four years ago she was a schoolteacher in Falam, in Myanmar's Chin State. Now she is one of tens of thousands of refugees who have crossed into Mizoram since the 2021 coup.

She wipes her hands on her apron and laughs at herself. "I still dream in lesson plans," she says. "Sometimes I wake up and think I am late for class."

Her husband, a former township clerk, joined the resistance in 2022. She has not heard from him since July. A cousin who crossed last month told her that he was alive and fighting near Tedim, she says, but she has no way to check.

Mizoram's government has largely welcomed the refugees, who share ethnic and church ties with the state's Mizo majority. Lalremruata Hnamte, a deputy commissioner in Champhai district, which includes Zokhawthar, said the district was hosting about 9,000 people from across the border and that its schools had absorbed more than 1,500 children.

"They are our brothers and sisters. But our resources are not unlimited," Hnamte said in his office in Champhai. "We need support from New Delhi."

According to church volunteers in the camp, a village headman who recently arrived from Chin State said that junta airstrikes had destroyed the only bridge linking his area to the border.

Back at her stall, Ngun Tha Par folds the last flatbread into a cloth. "When there is peace, I will go back and teach," she says. "Until then, I bake."
""", [
    Q("Ngun Tha Par", "Chin refugee, former schoolteacher from Falam", True, "I still dream in lesson plans", "pronoun"),
    Q("Lalremruata Hnamte", "deputy commissioner in Champhai district", True, "They are our brothers and sisters. But our resources are not unlimited", "after"),
    Q("Ngun Tha Par", None, True, "When there is peace, I will go back and teach", "after"),
    Q("Lalremruata Hnamte", "deputy commissioner in Champhai district", False, "the district was hosting about 9,000 people from across the border", "before"),
], [
    C("Lalremruata Hnamte, a deputy commissioner in Champhai district, which includes Zokhawthar, said the district was hosting about 9,000 people from across the border and that its schools had absorbed more than 1,500 children",
      ["Lalremruata Hnamte"]),
    C("A cousin who crossed last month told her that he was alive and fighting near Tedim, she says, but she has no way to check",
      ["A cousin", "Ngun Tha Par"], hedged=True, cue="she has no way to check"),
    C("According to church volunteers in the camp, a village headman who recently arrived from Chin State said that junta airstrikes had destroyed the only bridge linking his area to the border",
      ["a village headman", "church volunteers in the camp"]),
])

# 14 --------------------------------------------------------------- W6 radio, South Sudan
A("W6", "Nile Community Radio (bulletin transcript)", "2026-11-16", "Malakal residents return to market as curfew eased", """
You are listening to the evening bulletin. In Upper Nile State, authorities in Malakal have shortened the night curfew by two hours, allowing traders to keep the main market open until eight in the evening. Our reporter Peter Gatkuoth sent this report.

The decision was announced on Friday by the state security committee. The acting state information minister, Mr. Thomas Ajak Deng, told this station that the security situation in the town had improved over the past month.

"We have seen no incidents in the town for four weeks. We want our people to go back to normal life," Mr. Ajak said.

At the market, tea seller Nyabol Chuol welcomed the move. She told this station that she had lost half of her customers since the curfew started in August.

"Evening is when people drink tea and talk. Without the evening, there is no business," she said.

A community leader in the protection site near the UN base, Mr. Gabriel Nyang, is less convinced.

Speaking to this station, he said: "Our people need more than a curfew change. They need to know they will not be attacked on the road to the river."

According to a UN spokesperson in Juba, humanitarian workers in Malakal reported that more than 800 families left the protection site for the town in October.

Reporting from Malakal, I am Peter Gatkuoth.
""", [
    Q("Thomas Ajak Deng", "acting Upper Nile state information minister", True, "We have seen no incidents in the town for four weeks", "after"),
    Q("Nyabol Chuol", "tea seller in Malakal market", True, "Evening is when people drink tea and talk", "pronoun"),
    Q("Gabriel Nyang", "community leader in the protection site", True, "Our people need more than a curfew change", "pronoun"),
    Q("Thomas Ajak Deng", "acting Upper Nile state information minister", False, "the security situation in the town had improved over the past month", "before"),
    Q("Nyabol Chuol", "tea seller in Malakal market", False, "she had lost half of her customers since the curfew started in August", "pronoun"),
], [
    C("Mr. Thomas Ajak Deng, told this station that the security situation in the town had improved over the past month", ["Thomas Ajak Deng"]),
    C("She told this station that she had lost half of her customers since the curfew started in August", ["Nyabol Chuol"]),
    C("According to a UN spokesperson in Juba, humanitarian workers in Malakal reported that more than 800 families left the protection site for the town in October",
      ["humanitarian workers in Malakal", "a UN spokesperson in Juba"]),
])

# 15 --------------------------------------------------------------- W7 translated Spanish, Ecuador
A("W7", "El Litoral Hoy (translated)", "2026-11-18", "Relatives of prisoners of the Litoral penitentiary denounce lack of food", """
Relatives of persons deprived of liberty in the Penitentiary of the Litoral, in Guayaquil, gathered this Tuesday outside the prison to demand information about the state of health of the inmates, after denouncing that these receive only one ration of food per day.

"My son called me crying. He told me that he has not eaten in two days and that there are sick ones without medicine," related María Elena Quiñónez, mother of an inmate of pavilion 8.

The lawyer of the Permanent Committee for the Defence of Human Rights (CDH), Fernando Bastidas, affirmed that the organisation has received more than 60 complaints in the last month. "The State is responsible for the life of each person it has under its custody. This is not a favour, it is an obligation," he sustained.

In a communiqué, the National Service of Attention to Persons Deprived of Liberty (SNAI) indicated that the provision of food is guaranteed and that "the rations are delivered with normality in all the pavilions."

Nevertheless, according to the relatives, inmates transferred recently to another pavilion have told them that the guards confiscate part of the food that the families bring during the visits.

The director of the prison, the retired colonel Marco Villacís, did not respond to the calls of this medium.

The relatives announced that they will return to the penitentiary each Tuesday until they receive answers.
""", [
    Q("María Elena Quiñónez", "mother of an inmate", True, "My son called me crying", "after"),
    Q("Fernando Bastidas", "lawyer of the Permanent Committee for the Defence of Human Rights (CDH)", True, "The State is responsible for the life of each person it has under its custody", "pronoun"),
    Q("SNAI", "National Service of Attention to Persons Deprived of Liberty", True, "the rations are delivered with normality in all the pavilions", "before"),
    Q("Fernando Bastidas", "lawyer of the Permanent Committee for the Defence of Human Rights (CDH)", False, "the organisation has received more than 60 complaints in the last month", "before"),
    Q("SNAI", "National Service of Attention to Persons Deprived of Liberty", False, "the provision of food is guaranteed", "before"),
], [
    C("Fernando Bastidas, affirmed that the organisation has received more than 60 complaints in the last month", ["Fernando Bastidas"]),
    C("the National Service of Attention to Persons Deprived of Liberty (SNAI) indicated that the provision of food is guaranteed", ["SNAI"]),
    C("according to the relatives, inmates transferred recently to another pavilion have told them that the guards confiscate part of the food that the families bring during the visits",
      ["inmates transferred recently to another pavilion", "the relatives"]),
], lang="es")

# 16 --------------------------------------------------------------- W8 South Asian English, India
A("W8", "Imphal Daily Sentinel", "2026-11-20", "Relief camp inmates in Imphal seek permanent rehabilitation", """
IMPHAL: Inmates of the relief camps in Imphal East district on Thursday urged the state government to expedite the construction of prefabricated houses, stating that they cannot spend another winter in makeshift shelters.

Addressing a press meet at the Khuman Lampak relief camp, convenor of the Joint Committee of Displaced Persons Laishram Premchand Singh said that around 1,200 persons continue to reside in the camp, many of them elderly persons and children.

"We were promised houses by December last year. Till date, not a single family from this camp has been shifted," Premchand lamented.

He further stressed on livelihood support. "Most of us were farmers. Here, we are surviving on rations and charity. A man without work loses his dignity," he added.

Responding to the concerns, a senior official of the Relief and Disaster Management department, who did not wish to be named, told this correspondent that 600 prefabricated houses were nearing completion at Sawombung and that allotment would begin shortly.

Meanwhile, Commissioner (Relief) Dr. R.K. Nandakishore maintained that the government was committed to the "safe, voluntary and dignified return" of all displaced persons to their original villages.

"Return is the ultimate goal, but it will happen only when security is assured," the commissioner said.

According to camp volunteers, displaced families from the foothill villages have said that farmland near their homes remains inaccessible due to fear of firing from the hills.

The committee has threatened to intensify its agitation if its demands are not met within a month.
""", [
    Q("Laishram Premchand Singh", "convenor of the Joint Committee of Displaced Persons", True, "We were promised houses by December last year", "after"),
    Q("Laishram Premchand Singh", None, True, "Most of us were farmers", "pronoun"),
    Q("R.K. Nandakishore", "Commissioner (Relief), Manipur", True, "safe, voluntary and dignified return", "before"),
    Q("R.K. Nandakishore", None, True, "Return is the ultimate goal, but it will happen only when security is assured", "title"),
    Q("Laishram Premchand Singh", "convenor of the Joint Committee of Displaced Persons", False, "around 1,200 persons continue to reside in the camp", "before"),
], [
    C("Laishram Premchand Singh said that around 1,200 persons continue to reside in the camp, many of them elderly persons and children", ["Laishram Premchand Singh"]),
    C("a senior official of the Relief and Disaster Management department, who did not wish to be named, told this correspondent that 600 prefabricated houses were nearing completion at Sawombung and that allotment would begin shortly",
      ["a senior official of the Relief and Disaster Management department"]),
    C("According to camp volunteers, displaced families from the foothill villages have said that farmland near their homes remains inaccessible due to fear of firing from the hills",
      ["displaced families from the foothill villages", "camp volunteers"]),
])

# 17 --------------------------------------------------------------- W1 wire, Haiti
A("W1", "Caribbean Wire", "2026-11-21", "Commercial flights resume at Port-au-Prince airport after ten-month halt", """
PORT-AU-PRINCE, Nov 21 (Caribbean Wire) - A commercial passenger flight landed at Port-au-Prince's Toussaint Louverture International Airport on Friday, the first in ten months, after Haitian police and international forces secured the area around the runway, officials said.

"This is a signal to the world that Haiti is open again," Transport Minister Jocelyne Pierre-Paul told reporters on the tarmac.

The airport had been closed since January after gunfire hit aircraft approaching the capital. Police chief Rodrigue Alcindor said security forces had cleared gang positions along the airport perimeter in recent weeks and would patrol the area around the clock.

Passengers embraced relatives in the arrivals hall. "I left my mother here two years ago. Today I can finally hug her," said Wilfrid Charles, 38, a nurse arriving from Miami.

Airline officials were more cautious. The carrier's regional manager, Sandra Bellegarde, said the company would operate two flights a week for now.

"We will add flights when the security assessment allows it," she said.

Outside the terminal, taxi drivers who had barely worked all year lined up for fares, and vendors sold phone cards and cold drinks to the new arrivals.

According to the national airport authority, the US aviation regulator told Haitian officials that a ban on US carriers would stay in place until at least next year.
""", [
    Q("Jocelyne Pierre-Paul", "Transport Minister of Haiti", True, "This is a signal to the world that Haiti is open again", "after"),
    Q("Wilfrid Charles", "nurse arriving from Miami", True, "I left my mother here two years ago", "after"),
    Q("Sandra Bellegarde", "the airline's regional manager", True, "We will add flights when the security assessment allows it", "pronoun"),
    Q("Rodrigue Alcindor", "police chief", False, "security forces had cleared gang positions along the airport perimeter in recent weeks", "before"),
    Q("Sandra Bellegarde", "the airline's regional manager", False, "the company would operate two flights a week for now", "before"),
], [
    C("Police chief Rodrigue Alcindor said security forces had cleared gang positions along the airport perimeter in recent weeks and would patrol the area around the clock", ["Rodrigue Alcindor"]),
    C("Sandra Bellegarde, said the company would operate two flights a week for now", ["Sandra Bellegarde"]),
    C("According to the national airport authority, the US aviation regulator told Haitian officials that a ban on US carriers would stay in place until at least next year",
      ["the US aviation regulator", "the national airport authority"]),
])

# 18 --------------------------------------------------------------- W2 local, Cameroon
A("W2", "Mountain Echo Buea", "2026-11-23", "Buea parents cautiously send children back as GBHS Molyko reopens", """
It was a Monday morning unlike any other at Government Bilingual High School Molyko last week. For the first time in more than a year the school bell rang, and some 400 students in neatly ironed uniforms filed into the assembly ground, watched closely by parents, teachers and a handful of gendarmes at the gate.

The school had been shut since the start of the last academic year after threats against teachers. Its principal, Mrs. Grace Ewube Ndive, could barely contain her emotion as she stepped up to address the students.

"Today we are not just reopening classrooms. We are reopening the future of this town," she told them, to loud cheers.

Among the parents at the gate was Mr. Peter Mbua, a taxi driver whose two daughters are in Form Three and Form Five. He said that he had hesitated for days before deciding to send them.

"My heart is still not at rest. But if we keep our children at home for ever, then the people who want to destroy this place have won," Mr. Mbua said, his hand on his younger daughter's shoulder.

The Fako Divisional Delegate for Secondary Education, Mr. Joseph Eyole Mokake, who attended the ceremony, announced that 14 more schools in the division would reopen before the end of the term.

"Security has been reinforced around all of them," the delegate said.

According to the principal, several teachers who fled to Douala have told the school administration that they will return only after the Christmas break.

The students, for their part, had other worries. "I just want to know if we will still write the exams in June," laughed Form Five student Enanga Ekema, 16.
""", [
    Q("Grace Ewube Ndive", "principal of GBHS Molyko", True, "Today we are not just reopening classrooms", "pronoun"),
    Q("Peter Mbua", "parent, taxi driver", True, "My heart is still not at rest", "after"),
    Q("Joseph Eyole Mokake", "Fako Divisional Delegate for Secondary Education", True, "Security has been reinforced around all of them", "title"),
    Q("Enanga Ekema", "Form Five student", True, "I just want to know if we will still write the exams in June", "after"),
    Q("Peter Mbua", "parent, taxi driver", False, "he had hesitated for days before deciding to send them", "pronoun"),
    Q("Joseph Eyole Mokake", "Fako Divisional Delegate for Secondary Education", False, "14 more schools in the division would reopen before the end of the term", "before"),
], [
    C("He said that he had hesitated for days before deciding to send them", ["Peter Mbua"]),
    C("Mr. Joseph Eyole Mokake, who attended the ceremony, announced that 14 more schools in the division would reopen before the end of the term", ["Joseph Eyole Mokake"]),
    C("According to the principal, several teachers who fled to Douala have told the school administration that they will return only after the Christmas break",
      ["several teachers who fled to Douala", "Grace Ewube Ndive"]),
])

# 19 --------------------------------------------------------------- W3 translated French, Niger
A("W3", "Le Fleuve Hebdo (English edition)", "2026-11-24", "Tillabéri: the onion producers of the river valley worried", """
The onion producers of the department of Tillabéri have expressed, this Sunday, their concern in front of the difficulties of access to their fields situated along the river, because of the insecurity which prevails in the zone since several months.

At the occasion of a meeting with the regional director of agriculture, the president of the cooperative of producers of Sinder, Mr. Hamadou Boubacar Maïga, has indicated that more than a third of the parcels have not been sown for the current campaign.

« The producers are afraid to go to the fields. Those who go there come back before 14 hours. In these conditions, one cannot speak of a good harvest », he has deplored.

The regional director of agriculture, Mr. Ibrahim Sanda Issoufou, for his part, has reassured the producers of the support of the State. « Seeds and fertilisers will be distributed before the end of the month, and the defence and security forces have been informed of the calendar of the works », he has affirmed.

Mme Zeinabou Amadou, a woman producer of the village of Ayorou, has testified of the losses suffered. « Last year I harvested eighty bags. This year, I hope for twenty », she has confided to our correspondent.

According to the head of the cooperative, certain producers have reported to him that armed individuals demanded the payment of a "zakat" on the harvests, a practice that could not be confirmed by official sources.

The onion of Tillabéri is one of the principal cash crops of the region, exported towards Ghana, Côte d'Ivoire and Nigeria.
""", [
    Q("Hamadou Boubacar Maïga", "president of the Sinder producers' cooperative", True, "The producers are afraid to go to the fields", "pronoun"),
    Q("Ibrahim Sanda Issoufou", "regional director of agriculture", True, "Seeds and fertilisers will be distributed before the end of the month", "before"),
    Q("Zeinabou Amadou", "onion producer from Ayorou", True, "Last year I harvested eighty bags. This year, I hope for twenty", "before"),
    Q("Hamadou Boubacar Maïga", "president of the Sinder producers' cooperative", False, "more than a third of the parcels have not been sown for the current campaign", "before"),
], [
    C("The onion producers of the department of Tillabéri have expressed, this Sunday, their concern in front of the difficulties of access to their fields situated along the river",
      ["The onion producers of the department of Tillabéri"]),
    C("Mr. Hamadou Boubacar Maïga, has indicated that more than a third of the parcels have not been sown for the current campaign", ["Hamadou Boubacar Maïga"]),
    C("According to the head of the cooperative, certain producers have reported to him that armed individuals demanded the payment of a \"zakat\" on the harvests",
      ["certain producers", "Hamadou Boubacar Maïga"], hedged=True, cue="could not be confirmed by official sources"),
], lang="fr")

# 20 --------------------------------------------------------------- W4 translated Arabic, Iraq
A("W4", "Nineveh Today (translated)", "2026-11-25", "Mayor of Sinjar: the return of the displaced is proceeding slowly", """
The mayor of Sinjar district, west of Mosul, Mr. Khudeida Murad Shammo, confirmed that the return of the displaced to the district is proceeding slowly despite the facilities offered by the federal government, attributing that to the weakness of services and the lack of job opportunities.

Shammo said in a statement to our correspondent on Monday: "More than 70 percent of the houses in the old city are still destroyed, and the families cannot return to ruins."

He added that about 4,000 families had returned from the camps of Duhok governorate since the beginning of the year, noting that "the federal government's grant of four million dinars per family is not enough to rebuild a single room."

For her part, the activist Shireen Elias Qasim, who works with a local organization, said: "The women who survived captivity need psychological care and a source of income before anything else."

Qasim explained that her organization follows more than 200 survivors, most of whom still live in the camps.

According to a source in the Nineveh Operations Command, a security official confirmed that the joint forces had stepped up their deployment in the district to protect the returnees, without giving further details.

It is noteworthy that the Yazidi community was subjected in 2014 to a genocide at the hands of ISIS, which killed and abducted thousands of its sons and daughters.
""", [
    Q("Khudeida Murad Shammo", "mayor of Sinjar district", True, "More than 70 percent of the houses in the old city are still destroyed", "before"),
    Q("Khudeida Murad Shammo", None, True, "the federal government's grant of four million dinars per family is not enough to rebuild a single room", "pronoun"),
    Q("Shireen Elias Qasim", "activist with a local organization", True, "The women who survived captivity need psychological care", "before"),
    Q("Khudeida Murad Shammo", "mayor of Sinjar district", False, "about 4,000 families had returned from the camps of Duhok governorate since the beginning of the year", "pronoun"),
    Q("Shireen Elias Qasim", "activist with a local organization", False, "her organization follows more than 200 survivors", "before"),
], [
    C("Mr. Khudeida Murad Shammo, confirmed that the return of the displaced to the district is proceeding slowly despite the facilities offered by the federal government", ["Khudeida Murad Shammo"]),
    C("He added that about 4,000 families had returned from the camps of Duhok governorate since the beginning of the year", ["Khudeida Murad Shammo"]),
    C("Qasim explained that her organization follows more than 200 survivors, most of whom still live in the camps", ["Shireen Elias Qasim"]),
    C("According to a source in the Nineveh Operations Command, a security official confirmed that the joint forces had stepped up their deployment in the district to protect the returnees",
      ["a security official", "a source in the Nineveh Operations Command"]),
], lang="ar")

# 21 --------------------------------------------------------------- W5 feature, Mozambique
A("W5", "The Long Read Africa", "2026-11-26", "In Mocímboa da Praia, the fish market comes back to life", """
At six in the morning the beach at Mocímboa da Praia is already loud. Fishermen drag their dhows onto the sand, women in bright capulanas haggle over baskets of sardines, and a boy weaves between them selling boiled eggs from a bucket. A few years ago this beach was empty.

"When we came back, there were only dogs and burned boats," says Abdala Saide, 56, who has fished these waters since he was twelve. He points to a blackened hull half-buried near the mangroves: his brother's boat.

The town in Cabo Delgado province was held by insurgents for a year and became a symbol of the conflict that has displaced hundreds of thousands of people in northern Mozambique. Today its market is one of the busiest on the coast, though soldiers still patrol the main road and nobody goes out at night.

Fatima Issa sells dried fish from a wooden table. She has rebuilt her house twice. "We are not afraid of work. We are afraid of the night," she says.

The district administrator, Arlindo Muianga, told visiting journalists that more than 70 percent of the original population had returned and that a new water system would be inaugurated in December.

"The fish market is our thermometer. When it is full, we know confidence has come back," the administrator said.

According to the fishermen's association, fishermen from the islands to the north have told its members that armed men are still seen on some islets, asking for food.

Saide is not thinking about that this morning. His nets are full, and the price of fish is good. "Today is a good day," he says, and walks back to his boat.
""", [
    Q("Abdala Saide", "fisherman", True, "When we came back, there were only dogs and burned boats", "after"),
    Q("Fatima Issa", "dried-fish seller", True, "We are not afraid of work. We are afraid of the night", "pronoun"),
    Q("Arlindo Muianga", "district administrator of Mocímboa da Praia", True, "The fish market is our thermometer", "title"),
    Q("Abdala Saide", None, True, "Today is a good day", "pronoun"),
    Q("Arlindo Muianga", "district administrator of Mocímboa da Praia", False, "more than 70 percent of the original population had returned", "before"),
], [
    C("Arlindo Muianga, told visiting journalists that more than 70 percent of the original population had returned and that a new water system would be inaugurated in December", ["Arlindo Muianga"]),
    C("According to the fishermen's association, fishermen from the islands to the north have told its members that armed men are still seen on some islets, asking for food",
      ["fishermen from the islands to the north", "the fishermen's association"]),
])

# 22 --------------------------------------------------------------- W6 radio, Pakistan/Afghanistan
A("W6", "Khyber Radio News (bulletin transcript)", "2026-11-27", "Torkham crossing reopens after nine-day closure", """
This is the afternoon news. The Torkham border crossing between Pakistan and Afghanistan reopened for trade and pedestrians this morning after a closure of nine days. Our correspondent in Landi Kotal, Zubair Shinwari, reports.

Long lines of trucks carrying fruit, coal and cement began moving through the crossing shortly after nine o'clock. The deputy commissioner of Khyber district, Mr. Imran Wazir, told this station that the two sides had agreed on new arrangements for document checks.

"The border is open for normal trade, and we hope it stays that way," Mr. Wazir said.

Drivers who had waited on the roadside for more than a week expressed relief. One of them, Gul Rehman, had been carrying a load of tomatoes that rotted in the heat.

"I lost four hundred thousand rupees. Who will pay me? The traders, the drivers, we are always the ones who pay," he said.

The president of the Khyber customs agents' association, Haji Fazal Hadi, said in a press statement that traders had suffered losses worth millions of rupees during the closure, and demanded that the crossing never again be closed over political disputes.

According to Afghan officials quoted by local media in Nangarhar, a Taliban border commander said the closure had been caused by a dispute over the construction of a new checkpost.

Reporting from Landi Kotal, this is Zubair Shinwari.
""", [
    Q("Imran Wazir", "deputy commissioner of Khyber district", True, "The border is open for normal trade, and we hope it stays that way", "after"),
    Q("Gul Rehman", "truck driver", True, "I lost four hundred thousand rupees", "pronoun"),
    Q("Imran Wazir", "deputy commissioner of Khyber district", False, "the two sides had agreed on new arrangements for document checks", "before"),
    Q("Fazal Hadi", "president of the Khyber customs agents' association", False, "traders had suffered losses worth millions of rupees during the closure", "before"),
], [
    C("Mr. Imran Wazir, told this station that the two sides had agreed on new arrangements for document checks", ["Imran Wazir"]),
    C("Haji Fazal Hadi, said in a press statement that traders had suffered losses worth millions of rupees during the closure", ["Fazal Hadi"]),
    C("According to Afghan officials quoted by local media in Nangarhar, a Taliban border commander said the closure had been caused by a dispute over the construction of a new checkpost",
      ["a Taliban border commander", "Afghan officials", "local media in Nangarhar"]),
])

# 23 --------------------------------------------------------------- W7 translated Spanish, Peru
A("W7", "Altiplano Noticias (translated)", "2026-11-28", "Leaders of Puno announce dialogue table with the Executive", """
Leaders of the social organisations of the region of Puno announced this Friday that they will install a dialogue table with representatives of the Executive Power next week, after the mobilisations of the past days in Juliaca.

The president of the Front of Defence of the Interests of Puno, Wilber Condori Mamani, informed that the meeting will take place in the city of Puno and that the agenda will include the investigation of the deaths registered during the protests.

"We do not go to negotiate the blood of our brothers. We go to demand justice and that those responsible be sanctioned," expressed Condori in declarations to this medium.

For his part, the leader of the rondas campesinas of San Román, Feliciano Apaza, warned that the bases will remain in a state of alert. "If the Government does not comply, we will return to the streets," he maintained.

The high commissioner for dialogue of the Presidency of the Council of Ministers, Rosa Elvira Málaga, confirmed through her social networks the installation of the table and sustained that "the Executive comes with an open attitude and with concrete proposals."

According to the Ombudsman's Office, relatives of the deceased have informed the entity that they have not yet been received by the Public Ministry, a version on which the prosecutor's office has not commented.

The leaders also requested the presence of the Catholic Church as guarantor of the process.
""", [
    Q("Wilber Condori Mamani", "president of the Front of Defence of the Interests of Puno", True, "We do not go to negotiate the blood of our brothers", "after"),
    Q("Feliciano Apaza", "leader of the rondas campesinas of San Román", True, "If the Government does not comply, we will return to the streets", "pronoun"),
    Q("Rosa Elvira Málaga", "high commissioner for dialogue of the Presidency of the Council of Ministers", True, "the Executive comes with an open attitude and with concrete proposals", "before"),
    Q("Wilber Condori Mamani", "president of the Front of Defence of the Interests of Puno", False, "the meeting will take place in the city of Puno", "before"),
    Q("Feliciano Apaza", "leader of the rondas campesinas of San Román", False, "the bases will remain in a state of alert", "before"),
], [
    C("Leaders of the social organisations of the region of Puno announced this Friday that they will install a dialogue table with representatives of the Executive Power next week",
      ["Leaders of the social organisations of the region of Puno"]),
    C("Wilber Condori Mamani, informed that the meeting will take place in the city of Puno and that the agenda will include the investigation of the deaths registered during the protests", ["Wilber Condori Mamani"]),
    C("Feliciano Apaza, warned that the bases will remain in a state of alert", ["Feliciano Apaza"]),
    C("According to the Ombudsman's Office, relatives of the deceased have informed the entity that they have not yet been received by the Public Ministry",
      ["relatives of the deceased", "the Ombudsman's Office"]),
], lang="es")

# 24 --------------------------------------------------------------- W8 South Asian English, Bangladesh
A("W8", "The Coastal Observer", "2026-11-30", "Rohingya camp residents voice concern over ration cuts", """
COX'S BAZAR: Rohingya refugees living in the camps of Ukhiya and Teknaf upazilas have voiced deep concern over a fresh cut in monthly food rations, terming it a threat to the survival of thousands of families.

Talking to this correspondent at Camp-4 in Kutupalong on Sunday, Rohingya community leader Mohammad Salim Ullah, aged around 50, stated that the value of the food voucher had been reduced from 12 dollars to 8 dollars per person per month from November.

"With eight dollars, a person cannot get rice, lentils and oil for a whole month. Our children will suffer first," Salim Ullah observed.

He further informed that several young men had left the camps in recent weeks to attempt the dangerous boat journey to Malaysia, driven by hunger and hopelessness.

Refugee Relief and Repatriation Commissioner (RRRC) Md. Rafiqul Hasan was in Kutupalong the same day to meet camp officials and block leaders.

"Bangladesh alone cannot bear this burden. The international community must come forward," the RRRC said.

A spokesperson for the World Food Programme in Dhaka, Nusrat Jahan Mitu, told this correspondent over phone that the reduction was "a painful decision forced by a severe shortfall in funding."

According to camp-level sources, majhis (block leaders) have reported to the camp administration that incidents of theft and quarrels over food distribution have increased since the cut was announced.

It may be mentioned that Bangladesh is hosting over one million Rohingyas who fled violence in Myanmar.
""", [
    Q("Mohammad Salim Ullah", "Rohingya community leader", True, "With eight dollars, a person cannot get rice, lentils and oil for a whole month", "after"),
    Q("Md. Rafiqul Hasan", "Refugee Relief and Repatriation Commissioner (RRRC)", True, "Bangladesh alone cannot bear this burden", "title"),
    Q("Nusrat Jahan Mitu", "World Food Programme spokesperson in Dhaka", True, "a painful decision forced by a severe shortfall in funding", "before"),
    Q("Mohammad Salim Ullah", "Rohingya community leader", False, "the value of the food voucher had been reduced from 12 dollars to 8 dollars per person per month", "before"),
    Q("Mohammad Salim Ullah", None, False, "several young men had left the camps in recent weeks to attempt the dangerous boat journey to Malaysia", "pronoun"),
], [
    C("Rohingya community leader Mohammad Salim Ullah, aged around 50, stated that the value of the food voucher had been reduced from 12 dollars to 8 dollars per person per month from November", ["Mohammad Salim Ullah"]),
    C("He further informed that several young men had left the camps in recent weeks to attempt the dangerous boat journey to Malaysia, driven by hunger and hopelessness", ["Mohammad Salim Ullah"]),
    C("According to camp-level sources, majhis (block leaders) have reported to the camp administration that incidents of theft and quarrels over food distribution have increased since the cut was announced",
      ["majhis (block leaders)", "camp-level sources"]),
])
