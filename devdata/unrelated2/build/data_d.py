# Articles u2-30 .. u2-40: culture, sport and society; statements without acts. Written by hand.
ARTICLES = [
dict(id="u2-30", source="Balkan Screen", published="2026-10-03",
 title="'The Quiet Valley', a film about the 1995 Srebrenica massacre, opens in Tuzla",
 kind="culture", about="film premiere about a massacre of July 1995; Srebrenica is the historic event place; screenings are cultural",
 nel=["Tuzla", "Sarajevo", "Potočari", "Republika Srpska"],
 text="""
TUZLA — A new feature film about the July 1995 massacre at Srebrenica received a standing ovation at its premiere in Tuzla on Friday night, where many in the audience were survivors or relatives of the more than 8,000 Bosniak men and boys killed by Bosnian Serb forces.

"The Quiet Valley", directed by Lejla Hadžiomerović, follows a teenage boy and his mother in the days before and after the fall of the UN-protected enclave. The film avoids showing the killings directly. Instead, the violence is heard: the shelling of the town, the gunfire in the forest, the silence of the buses that never come back.

"I did not want to make the executions into a spectacle," Hadžiomerović told Balkan Screen after the screening. "The horror is in what the mothers did not know for years."

Several scenes were filmed near Potočari, where the memorial centre and cemetery now stand, with local residents as extras. The lead actress, Amra Kulenović, said she spent months with women from the Mothers of Srebrenica association before filming. "They told me: do not cry in front of the camera the way actors cry. We cried differently," she said.

The film has not been without controversy. Some nationalist politicians in Republika Srpska have described it as "propaganda" and called for it not to be shown in cinemas there, although no ban has been ordered.

Critics at the premiere praised the restrained cinematography and the score, written for a single cello. After Tuzla, the film will be screened in Sarajevo next week and at festivals abroad next year.

The director said a screening for schoolchildren in the region is planned for the spring, "so that a new generation knows what happened in that valley thirty-one years ago".
"""),

dict(id="u2-31", source="Iraqi Sports Daily", published="2026-11-07",
 title="Air Force strike twice to win Baghdad derby 'war' against Al-Zawraa",
 kind="culture", about="football derby described as a war; club named Air Force; no violence",
 nel=["Baghdad", "Al-Shaab Stadium", "Iraq"],
 text="""
BAGHDAD — Al-Quwa Al-Jawiya, the Air Force club, struck twice in the second half to beat city rivals Al-Zawraa 2-0 in a fiery Baghdad derby at Al-Shaab Stadium on Friday evening and climb to the top of the Iraq Stars League.

Local newspapers had billed the match as "the war of the capital", and the first half lived up to the name, with six yellow cards and constant fouls in midfield. Al-Zawraa's captain was lucky to escape a red card for a late tackle on Air Force's young winger.

The deadlock was broken in the 58th minute, when striker Hussein Kareem launched a rocket from 25 metres that flew into the top corner. Twenty minutes later, substitute Ali Sabah finished a swift counter-attack to seal the victory and send the Air Force fans into celebration.

"We bombarded their goal in the second half. The players showed they are soldiers on the pitch," said the Air Force coach, Basim Qasim Jabbar, at the press conference. "But the league is a long battle, and we have won only one fight."

Al-Zawraa's coach complained about the refereeing. "Two clear penalties were not given. This is killing Iraqi football," he said, adding that he would not accept "excuses about mistakes".

More than 30,000 spectators attended. Police said the crowd left the stadium peacefully and that there were no incidents inside or outside the ground, though traffic around the stadium was blocked for an hour after the final whistle.

Air Force now lead the table with 19 points from eight matches, one point ahead of Al-Shorta, the Police club, who play on Saturday.
"""),

dict(id="u2-32", source="Lviv Chess Journal", published="2026-10-26",
 title="Teenager's king-side attack decides Ukrainian championship in Lviv",
 kind="culture", about="chess championship full of attack/sacrifice/siege vocabulary; air-raid alerts mentioned only as a general interruption",
 nel=["Lviv", "Kharkiv"],
 text="""
LVIV — Seventeen-year-old Oleksandr Havryliuk won the Ukrainian chess championship in Lviv on Sunday after a crushing king-side attack against the defending champion in the final round, sacrificing a knight and a rook to break through his opponent's defences.

Playing white, Havryliuk chose an aggressive line of the Sicilian Defence and launched his pawns forward on move 14. His opponent, grandmaster Dmytro Levchuk, tried to counter-attack in the centre, but the teenager ignored the threat and opened the h-file.

"When I sacrificed the knight on g5, I knew it was all or nothing," Havryliuk said afterwards. "If the attack fails, I lose everything. But I calculated that his king had nowhere to hide."

After the rook sacrifice on move 27, Black's position collapsed, and Levchuk resigned on move 33, facing unavoidable mate. Commentators called the game "the most brutal attack of the championship" and compared it with the classic games of Mikhail Tal.

The tournament, held in a hotel conference hall, was interrupted twice by air-raid alerts, during which the players and arbiters moved to the hotel's shelter and the clocks were stopped, in line with rules the federation has used at every event since 2022. Play resumed both times after about an hour.

Havryliuk, who was born in Kharkiv and has trained in Lviv since his family moved there, earns a place in the national team for next year's European Team Championship.

Levchuk, gracious in defeat, said: "He played like an old master. I was under siege from move 15."

Women's champion Iryna Bondar finished the event undefeated after a long defensive game that ended in a draw.
"""),

dict(id="u2-33", source="Afghan Culture Weekly", published="2026-10-18",
 title="Dried fruit and handicraft festival draws crowds in Kabul",
 kind="culture", about="trade and handicraft festival in Kabul; past bombings of the city are general background",
 nel=["Kabul", "Kandahar", "Herat", "Badakhshan", "Afghanistan"],
 text="""
KABUL — Thousands of visitors crowded into the exhibition grounds in western Kabul this weekend for a three-day festival of dried fruit, carpets and handicrafts, organised by the Afghanistan Chamber of Commerce and Investment with provincial traders.

More than 300 stalls displayed raisins and almonds from Kandahar, pistachios from Herat, lapis lazuli jewellery from Badakhshan and hand-knotted carpets from the northern provinces. Many exhibitors said sales were better than last year, although prices remain high for ordinary families.

"People here have not had much to celebrate for a long time. Today they come, they taste, they buy a little," said Haji Abdul Wahid, a raisin trader from Kandahar, who said he had sold two tonnes in one day to buyers, some of them from abroad.

Women's handicrafts were sold at a separate section, where saleswomen displayed embroidered cloth and children's clothes. Several said the festival was one of the few places where they could meet customers directly.

Organisers said security had been arranged with the city authorities and that the event passed without any problem. Older visitors recalled that large public gatherings in the capital were once rare because of the fear of bombings, which struck markets and wedding halls in the city in the 2010s.

Officials from the Ministry of Commerce said exports of dried fruit had reached more than $300 million in the first nine months of the year, mostly to Pakistan, India and Central Asia, and that they hoped to open new markets in the Gulf.

The festival ends on Sunday evening with a prize for the best carpet.
"""),

dict(id="u2-34", source="Enugu Literary Review", published="2026-11-17",
 title="New history of the Biafra war launched in Enugu",
 kind="culture", about="book launch on the 1967-1970 civil war; historic battles are the book's subject",
 nel=["Enugu", "Nigeria", "Lagos"],
 text="""
ENUGU — A new history of the Nigerian Civil War, drawing on hundreds of interviews with former soldiers and civilians, was launched in Enugu on Saturday before an audience of academics, veterans and students.

"Hunger and Fire: Biafra, 1967–1970", by historian Professor Chinwe Okonkwo-Eze, devotes much of its 600 pages to the experiences of ordinary people: women who ran markets under air raids, children who died of kwashiorkor during the blockade, and the young men who were conscripted into the Biafran army in their teens.

"History has been written about generals and battles. I wanted to write about grandmothers," the author said at the launch at the University of Nigeria's Enugu campus. She spent eleven years on the research.

The book also revisits some of the war's most debated episodes, including the massacre at Asaba in October 1967 and the bombing of markets by the federal air force, using accounts from both sides. A chapter on the fall of Owerri and its recapture in 1969 is based largely on letters found in family archives.

Reviewing the book at the launch, a retired judge, Justice Emmanuel Nnamdi Agu, praised its balance. "It does not ask who won. It asks what it cost," he said.

Some speakers linked the book to present-day tensions in the South East, where separatist agitation continues. "Young people who talk lightly of war should read this book," said a former Biafran soldier, 82-year-old Mazi Okafor Udeh, to loud applause.

The book is published by a Lagos-based press and will be available in bookshops nationwide from December.
"""),

dict(id="u2-35", source="GameFront Europe", published="2026-11-27",
 title="Kyiv studio's war strategy game 'Frontline Winter' launches to strong reviews",
 kind="culture", about="video game release with drone strikes, artillery and offensives in gameplay; development during the war is general background",
 nel=["Kyiv"],
 text="""
KYIV — "Frontline Winter", a turn-based strategy game from Kyiv developer Steppe Forge, was released worldwide on Thursday and quickly climbed into the top ten of the best-selling games on the largest PC store.

Set in a fictional Eastern European country in 2031, the game puts players in command of a brigade defending a river line during a harsh winter. Players must plan drone strikes, coordinate artillery barrages, repair power lines and keep civilians supplied, while the enemy launches waves of offensives from the north.

"We did not want to make a game where war is fun," said creative director Marta Yurchenko. "Every shell you fire costs you something later. Every village you lose has names and faces."

Reviewers praised the game's logistics system, in which fuel, ammunition and morale matter as much as firepower, and its sober tone. One critic called it "the first strategy game that made me feel tired in the right way".

The 45-person team developed the game over four years, mostly in Kyiv, working through power cuts and frequent air-raid sirens during the winters since 2022. Several team members served in the armed forces during development, and the credits include a dedication to colleagues "who are on the front now".

Not everyone approves. Some commentators have questioned whether a commercial game about a war that resembles a real one is appropriate while the real conflict continues. Yurchenko said the studio would donate ten per cent of its first-year revenue to organisations supporting veterans' rehabilitation.

"Frontline Winter" is available on PC, with console versions planned for spring 2027.
"""),

dict(id="u2-36", source="Cameroon Concord Weekly", published="2026-10-13",
 title="Separatist faction threatens schools in North-West as governor insists classes continue",
 kind="statement", about="threat by an armed separatist faction in a video; no attack reported; threat only",
 nel=["Bamenda", "North-West Region", "Cameroon"],
 text="""
BAMENDA — A faction of Anglophone separatist fighters has threatened to attack schools in parts of Cameroon's North-West Region that continue to teach in defiance of its calls for a boycott, in a video circulated on social media over the weekend.

In the four-minute clip, a man who identifies himself as "General Mbah Iron Gate" and is surrounded by masked men holding rifles warns parents to keep their children at home. "Any school that opens its doors is working for La République. We will deal with it," he says in Pidgin English.

The authenticity and date of the video could not be independently verified. It was not clear how many fighters the man commands; analysts say separatist groups have fragmented into dozens of small units since the crisis began in 2017.

The governor of the North-West Region said on Monday that schools would remain open and that security forces had been instructed to protect them. "Threats by criminals will not stop education," he said. No attack on a school has been reported since the video appeared, and teachers in Bamenda said classes went ahead normally on Monday.

Separatist groups have burned schools and kidnapped teachers and pupils in past years, and school attendance in rural parts of the region remains far below pre-crisis levels. Human rights groups say armed forces have also committed serious abuses against civilians during the conflict.

Parents interviewed in Bamenda were divided. "I will send my children. If we stay home every time someone makes a video, they will never learn," said Evelyn Nkwenti, a trader. Another mother said she would wait "a week or two to see".

The Ministry of Secondary Education said enrolment in the region had increased for the third year in a row.
"""),

dict(id="u2-37", source="Kampala Post", published="2026-10-30",
 title="Opposition calls off Kampala march after police warning",
 kind="statement", about="planned protest cancelled after a police warning; no demonstration took place, no arrests",
 nel=["Kampala", "Uganda", "Entebbe"],
 text="""
KAMPALA — An opposition coalition on Thursday called off a march it had planned for Friday in central Kampala to protest against rising fuel prices, hours after police warned that the procession had not been authorised and "would not be allowed to take place".

The coalition's spokesperson, Brian Ssekandi Mukasa, told a press conference at the coalition's offices that leaders had decided to cancel the march "to protect the lives of our supporters" and would instead petition Parliament in writing. "We are not afraid, but we are responsible. We will not give anyone an excuse to shed blood," he said.

Earlier, police spokesperson Patrick Onyango had told journalists that the organisers had failed to meet the requirements of the Public Order Management Act and warned that anyone who turned up would be "dealt with according to the law". He urged traders in the city centre to open their shops as usual.

By Friday morning, the streets around the Constitutional Square, where the march was due to begin, were calm, with normal traffic and a small number of police officers at junctions. No arrests were reported.

Civil society groups criticised the police warning, saying the constitution guarantees the right to peaceful assembly. "The law is being used to block protests before they even happen," said a lawyer with a Kampala-based human rights organisation.

Fuel prices in Uganda have risen by about 18 per cent since July, according to the Uganda Bureau of Statistics, driven by higher import costs and a weaker shilling. Transport operators on the Kampala–Entebbe road have already raised fares.

The coalition said it would announce "new actions" next month.
"""),

dict(id="u2-38", source="Sahara Interviews (translated from French)", published="2026-11-09",
 title="'We will defend our land': FLA spokesman speaks about war, talks and Algeria",
 kind="statement", about="interview with a rebel spokesman; battles named are historic (2012, July 2024); threats and hypotheticals",
 nel=["Kidal", "Mali", "Bamako", "Algiers"],
 text="""
In a rare interview, conducted by telephone from an undisclosed location in the Kidal region, a spokesman of the Front de Libération de l'Azawad (FLA), the coalition of mainly Tuareg rebel groups in northern Mali, answered our questions about the situation. The spokesman, who gave his name as Ahmed Ag Moussa, spoke in French. The interview was shortened for clarity.

Q: The army and its Russian allies control Kidal since November 2023. Is the war lost?

A: No. Kidal town is one thing, the Azawad is another. We are in our land, our people are with us. In July 2024 at Tinzaouatene, the world saw that we can defend ourselves. We do not seek war, but if they come to our positions, we will fight them as we fought before.

Q: Human rights groups accuse all parties, including your fighters, of abuses. What is your answer?

A: We have rules. Our fighters must respect civilians. If one of them commits a crime, he is judged by us. But the drones of Bamako strike markets and wells. This is the real problem.

Q: Are you ready to negotiate?

A: We were always ready. We signed the Algiers agreement in 2015 and we respected it. It is Bamako which buried it in January 2024. If there is a serious mediator and guarantees, we can talk. Not before.

Q: Is there a risk of a new offensive this dry season?

A: Everyone knows the dry season is the season of operations. If they launch an offensive, we are prepared. But I say again: our door is open for a political solution.

Q: What message for the population of the north?

A: Be patient. The Azawad is not finished.
"""),

dict(id="u2-39", source="Niamey Express", published="2026-11-18",
 title="Niger army denies social media reports that Ouallam base was overrun",
 kind="statement", about="army denial of a false rumour; text says no attack took place",
 nel=["Ouallam", "Tillabéri", "Niger"],
 text="""
NIAMEY — Niger's armed forces on Tuesday denied reports circulating on social media that a military base in Ouallam, in the Tillabéri region, had been overrun by jihadist fighters, describing them as "pure disinformation".

Since Monday evening, several accounts on Facebook and X had shared photographs of burning vehicles and claimed that the base had fallen after "heavy fighting" in which dozens of soldiers were supposedly killed. Some of the posts also claimed that the town's mayor had fled.

"No attack took place against our positions in Ouallam. Our units are in place and the situation is calm," said Colonel-Major Abdoulaye Issoufou, the army spokesman, in a statement read on national television. He said the photographs had been taken from an unrelated incident in another country several years ago.

A resident of Ouallam reached by telephone confirmed that life in the town was normal on Tuesday. "The market was open this morning. We heard nothing in the night. People here were surprised to see the news on their phones," he said.

The mayor of Ouallam also appeared in a short video, standing in front of the town hall, to say he had not left.

The government has repeatedly accused foreign-based accounts of spreading false information about the security situation, and a 2024 decree made the publication of information "likely to disturb public order" a criminal offence. Press freedom groups say the law is also used against journalists.

The Tillabéri region, bordering Mali and Burkina Faso, has been hit by many attacks on military posts and villages since 2017. Analysts say the scarcity of independent reporting from the area makes rumours harder to check.
"""),

dict(id="u2-40", source="Punjab Evening News", published="2026-11-28",
 title="Bomb threat at Lahore hospital turns out to be hoax",
 kind="statement", about="hoax bomb threat; bomb disposal squad finds nothing; no arrest; not disrupted weapons use",
 nel=["Lahore", "Punjab", "Pakistan"],
 text="""
LAHORE — A telephone call warning that a bomb had been planted at a government hospital in Lahore on Friday turned out to be a hoax, police said, after bomb disposal squads searched the building for nearly three hours and found nothing suspicious.

The call was received by the hospital's reception at about 11 a.m. The caller, a man speaking in Punjabi, said "a bomb will explode in the emergency ward at one o'clock" and hung up, according to the police report.

Police and rescue teams evacuated outpatient wards and the emergency department, and patients in critical condition were moved to a safer part of the building. Hundreds of patients and attendants waited in the hospital's lawns as sniffer dogs and bomb disposal experts checked wards, corridors and parked vehicles.

"Nothing was found. There was no explosive device, and no one was hurt during the evacuation," a senior police officer told reporters. "It was a false call intended to create panic."

Police said they had traced the number to a SIM card registered under a false identity and were working to identify the caller. Making a hoax bomb threat is a criminal offence under the Pakistan Penal Code and anti-terrorism law.

Hospital services returned to normal by early afternoon, although some operations scheduled for the day were postponed. "My father waited for his dialysis for four hours," said one attendant, Muhammad Saleem. "Whoever did this should think about the sick people."

Punjab police have recorded several hoax threats against schools, hospitals and shopping centres this year, none of which involved a real device. Officials urged citizens not to share unverified messages about bombs on social media.
"""),
]
