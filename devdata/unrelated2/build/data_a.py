# Articles u2-01 .. u2-10: court and justice; politics and diplomacy. Written by hand for this set.
ARTICLES = [
dict(id="u2-01", source="Daily Sentinel (Abuja)", published="2026-10-06",
 title="Trial of man accused over 2015 Gombe motor park bombing resumes in Abuja",
 kind="court", about="trial of an alleged militant for an attack in June 2015; only court proceedings in 2026",
 nel=["Abuja", "Gombe", "Maiduguri"],
 text="""
The trial of a 38-year-old man accused of helping to plan the June 2015 bombing of a motor park in Gombe resumed on Monday at the Federal High Court in Abuja, more than eleven years after the blast.

Babagana Tijjani Kolo, who prosecutors say was a logistics officer for Boko Haram, has pleaded not guilty to six counts under the Terrorism (Prevention and Prohibition) Act, including conspiracy and the supply of explosives. He was taken into custody in Maiduguri in March 2021 and has been held since then at a detention facility whose location was not disclosed in court.

The first prosecution witness, a retired police inspector, told the court that he arrived at the motor park about twenty minutes after the explosion on 17 June 2015 and saw "buses burning and bodies on the ground". According to the charge sheet, the blast killed 23 people and wounded more than 40.

Under cross-examination by defence counsel Ngozi Amadi-Okeke, the witness agreed that he had never seen the defendant at the scene and that his knowledge of Kolo's role came from a statement taken years later. "My client was a teenager hawking phone recharge cards in 2015," Amadi-Okeke told reporters outside the courtroom. "The prosecution is trying to attach a name to an old tragedy."

Justice Emeka Nwosu-Bello rejected an application to hold the rest of the hearing in secret, but ruled that two protected witnesses may testify behind a screen. The case was adjourned to 18 November.

The trial is one of several dozen terrorism cases that have moved slowly through the federal courts. Human rights groups have long criticised the length of pre-trial detention for suspects arrested in the North East, while the justice ministry says that evidence from conflict areas is difficult to gather and witnesses are often afraid to come forward.
"""),

dict(id="u2-02", source="Frontier Post Wire", published="2026-10-14",
 title="Peshawar anti-terrorism court sentences man to life for 2017 attack on polytechnic hostel",
 kind="court", about="sentencing for an attack of October 2017; arrest in 2019 is background; no 2026 event",
 nel=["Peshawar", "Mardan", "Khyber Pakhtunkhwa"],
 text="""
PESHAWAR, Oct 14 — An anti-terrorism court in Peshawar on Wednesday sentenced a man to life imprisonment for his role in the October 2017 attack on a hostel of a polytechnic college in the city, in which seven students and a security guard were killed.

Judge Shahida Perveen found Fazal Wahid, 41, guilty of abetting the attack and of harbouring the gunmen in a rented house for two weeks before the assault. He was acquitted of the separate charge of possessing explosives. The court also ordered him to pay compensation of 500,000 rupees to the family of each victim.

Wahid was arrested in Mardan in August 2019 after, prosecutors said, investigators traced a mobile phone used by one of the attackers. All three gunmen were killed by security forces on the day of the 2017 attack. The banned Tehreek-e-Taliban Pakistan claimed responsibility at the time.

"Nine years is a long wait, but today the law has spoken," said Gul Rehman, whose younger brother was among the students killed. Several relatives wept in the courtroom as the verdict was read out.

Defence lawyer Arbab Naveed said his client would appeal to the Peshawar High Court, arguing that the conviction rested on a confession that Wahid had later retracted. "A confession made in custody without a lawyer is not evidence," he said.

The sentencing comes as Khyber Pakhtunkhwa's counter-terrorism department reports a backlog of more than 300 cases pending before the province's anti-terrorism courts. Officials say militants frequently threaten witnesses and that many cases collapse when key witnesses fail to appear.

Security was tight around the court complex, though police said there had been no specific threat.
"""),

dict(id="u2-03", source="Coast Weekly (Mombasa)", published="2026-10-22",
 title="Court acquits two Lamu men in 2017 police post raid case",
 kind="court", about="acquittal; the raid on a police post dates from 2017; release from court is not an event",
 nel=["Mombasa", "Lamu County", "Lamu", "Mpeketoni", "Somalia"],
 text="""
Two men who spent more than eight years in remand over a 2017 raid on a police post in Lamu County walked out of the Mombasa Law Courts as free men on Wednesday after a magistrate ruled that the prosecution had failed to prove its case.

Principal Magistrate Rose Wanjiku Muthoni said the evidence against Abdallah Said Bwana, 34, and Hassan Omar Kombo, 31, was "circumstantial, contradictory and in places simply absent". The two were charged with being members of al-Shabaab and with helping gunmen who attacked the post near Mpeketoni in July 2017, killing two officers.

The magistrate noted that a key witness, a former police reservist, had given three different accounts of the night of the raid, and that no phone records or forensic evidence tied the accused to the scene. The prosecution had called 14 witnesses since the trial began in 2019.

Relatives ululated outside the courtroom as the men emerged. "We have waited for this day for years. My son lost his youth in Shimo La Tewa," said Bwana's mother, Mwanaisha Said, referring to the prison where the men were held.

The Office of the Director of Public Prosecutions said it would study the judgment before deciding whether to appeal. An official there, who asked not to be named, said terrorism cases from Lamu were "notoriously hard to prove" because witnesses fear reprisals.

Rights group Haki Pwani welcomed the acquittal but called for compensation. "When the state detains people for eight years and cannot produce evidence, something is badly wrong," said its coordinator, Faith Mwakio.

Lamu, which borders Somalia, suffered repeated militant raids between 2014 and 2020. Residents say the area has been calmer in recent years, although security patrols remain heavy along the road to the Somali border.
"""),

dict(id="u2-04", source="Le Sahel Observateur (English service)", published="2026-11-03",
 title="Ouagadougou: appeal hearing opens in Djibo gendarmerie attack case",
 kind="court", about="appeal hearing about an attack of 2018; translated style; no event in 2026",
 nel=["Ouagadougou", "Djibo", "Soum", "Mali"],
 text="""
The Court of Appeal of Ouagadougou opened on Monday the hearing in appeal of three men condemned in first instance for the attack against the gendarmerie brigade of Djibo, in the province of Soum, which happened in the night of 26 to 27 August 2018.

In the first-instance judgment of February 2024, the specialised judicial pole for the repression of acts of terrorism had condemned Hamidou Sawadogo to twenty years of prison and his two co-accused to ten years each, for "association of malefactors in relation with a terrorist enterprise". The three men contest this decision and have made appeal.

At the opening, the lawyer of the defence, Maître Aïcha Ouédraogo-Kaboré, asked the annulment of the procedure, because, according to her, the accused were interrogated without lawyer during more than one month. "The file is empty. There is no weapon, no witness who saw them with arms, nothing," she declared before the court.

The general advocate, for his part, asked the confirmation of the sentences. He recalled that the attack of 2018 had caused the death of two gendarmes and that the assailants had burned vehicles before to flee towards the border of Mali. "The victims' families wait justice since eight years," he said.

The president of the court, Judge Issiaka Zongo, put the deliberation to 15 December 2026.

It should be recalled that armed groups have multiplied attacks in the north of the country since 2015, and that the judicial pole has treated few files up to the end, by lack of proofs and because many suspects are still at large. Some observers consider that the appeal process, if it is confirmed, will give a signal to the population that justice can function even in time of crisis.

The hearing took place in calm, under a reinforced security device.
"""),

dict(id="u2-05", source="Justice Monitor International", published="2026-11-19",
 title="ICC judges convict former Janjaweed commander over 2004 Darfur village attacks",
 kind="court", about="war-crimes tribunal ruling about attacks of 2004 in West Darfur; the ruling is not an ACLED event",
 nel=["The Hague", "Darfur", "Sudan", "Chad", "Adré"],
 text="""
THE HAGUE — Judges at the International Criminal Court in The Hague on Thursday found a former militia commander guilty of war crimes and crimes against humanity committed during attacks on villages in West Darfur between August and December 2004.

Trial Chamber IV ruled that Musa Abdelrahim Jaddal, now 63, led Janjaweed fighters who, together with Sudanese government troops, attacked at least five villages around Garsila and Deleig, killing more than 120 civilians, burning homes and driving thousands of people towards camps and across the border into Chad. The chamber convicted him on 17 of 21 counts, including murder, persecution, pillaging and forcible transfer.

"The evidence shows a deliberate pattern: villages were surrounded at dawn, men were separated and killed, and homes were set on fire," Presiding Judge Ingrid Halvorsen said as she read a summary of the 400-page judgment. Jaddal, who surrendered to the court in 2023, stood and listened without visible reaction.

Sentencing will be decided at a later hearing. The defence, which argued that Jaddal was a low-ranking figure following orders from Khartoum, has 30 days to announce an appeal.

The verdict is only the second in the court's Darfur cases, more than twenty years after the UN Security Council referred the situation in Sudan to the ICC in 2005. Lawyers for the victims, many of whom now live in camps near Adré in Chad, welcomed the ruling. "For two decades people told us nobody would ever be judged for 2004," said victims' counsel Fatou Diagne. "Today someone has been."

Rights groups said the judgment should also be read as a warning. "Darfur is again a place of mass atrocity. Commanders should understand that the record is being kept," said Ahmed Elnour of the Sudan Accountability Network, speaking in general terms about the current war.
"""),

dict(id="u2-06", source="Andes Dispatch", published="2026-10-08",
 title="Colombia and ELN name delegations ahead of new round of talks in Mexico City",
 kind="politics", about="preparations for peace talks; no agreement signed; past ELN attacks are general or dated",
 nel=["Mexico City", "Bogotá", "Arauca", "Catatumbo", "Colombia"],
 text="""
BOGOTÁ — The Colombian government and the National Liberation Army (ELN) have named their delegations for a new round of exploratory talks due to open in Mexico City later this month, officials said on Wednesday, though both sides stressed that no agreement had yet been reached on an agenda.

Government negotiator Lucía Fernanda Restrepo said her team would seek "a clear calendar and verifiable commitments" before any discussion of a ceasefire. "We are not going to sign a document for the photograph," she told reporters in Bogotá. "If there is a text, it must be one that can be checked on the ground."

The talks would be the first formal contact since negotiations broke down in early 2025. The ELN has historically attacked oil pipelines and kidnapped civilians for ransom, particularly in Arauca and the Catatumbo region, and the government has said that an end to kidnapping is a precondition for any truce.

In a statement posted online, the ELN's central command said it was "ready to dialogue without preconditions" and accused Bogotá of "negotiating through the press". It did not say who would lead its team.

Mexico, Norway and Cuba are expected to act as guarantors. A Mexican foreign ministry official said logistics, including venues and security for the delegations, were still being arranged.

Analysts were cautious. "Preparing talks is not the same as having talks," said Camilo Arango, a researcher at a Bogotá university. "If fighting resumes in Catatumbo between the ELN and dissident groups, as it did in January 2025, the whole process could freeze again."

The government's peace commissioner is expected to brief Congress next week on the proposed framework.
"""),

dict(id="u2-07", source="Northern Herald (Kaduna)", published="2026-10-12",
 title="Minister condemns 'senseless attacks' on farming communities at Kaduna security summit",
 kind="politics", about="minister's speech condemning attacks in general; no specific incident",
 nel=["Kaduna", "Zamfara", "Katsina", "Benue", "Plateau", "Nigeria"],
 text="""
The Minister of State for Defence, Alhaji Suleiman Dauda Garba, on Saturday condemned what he called "the senseless attacks on our farming communities" and promised a new strategy to protect rural areas across the North West and North Central zones.

Speaking at the opening of a two-day regional security summit in Kaduna, the minister said bandits and other criminal groups "raid villages, burn granaries and abduct innocent people for ransom", and that such acts "will not be allowed to define the future of northern Nigeria". He did not refer to any particular incident.

"We condemn in the strongest terms every attack on farmers, every kidnapping on our highways and every attempt to set communities against one another," Garba said to applause from traditional rulers, state officials and security chiefs in the hall.

The minister said the federal government would deploy more forest guards and support community early-warning networks in Zamfara, Katsina, Benue and Plateau states. He gave no figures for the cost.

Participants also heard from Professor Halima Umar Ladan of Ahmadu Bello University, who presented research showing that insecurity had reduced the area under cultivation in parts of the North West by as much as a third between 2019 and 2025. "When farmers cannot reach their farms, food inflation follows in Lagos and Abuja," she said.

The Emir of a local emirate, speaking on behalf of traditional rulers, urged the government to "match words with action" and said the summit should not be "another talk shop".

The summit closed on Sunday. A communiqué setting out recommendations for the National Security Adviser's office is expected later this week.
"""),

dict(id="u2-08", source="UN Affairs Bulletin", published="2026-10-20",
 title="Security Council debates Haiti mission as members split over mandate",
 kind="politics", about="UN Security Council debate in New York; figures on violence are aggregated; no vote taken",
 nel=["New York", "Haiti", "Port-au-Prince", "Artibonite"],
 text="""
NEW YORK — Members of the UN Security Council on Monday clashed over the future of the international security mission in Haiti, with several delegations calling for a stronger mandate and others warning against "open-ended" foreign deployments.

Opening the debate, the UN's special representative for Haiti, Marguerite Osei-Bonsu, told the Council at UN headquarters in New York that armed gangs still controlled "the great majority" of Port-au-Prince and were expanding in the Artibonite department. She said more than 5,000 people had been killed in gang-related violence in 2025, according to UN figures, and that over a million Haitians were displaced.

"Numbers cannot convey what it means for a mother in Port-au-Prince to decide each morning whether the road to the market is safe," she said.

The representative of one permanent member called for the mission to be given authority to "conduct targeted operations" against gang leaders, while another said the Council should "not repeat the mistakes of past interventions" and called instead for investment in Haiti's own police.

The Haitian ambassador urged members to act quickly. "Every week of debate in this chamber is a week of fear in our neighbourhoods," she said.

Several African and Caribbean members stressed the need for human-rights safeguards, citing allegations of abuses by earlier international forces in the 2000s and 2010s.

No draft resolution was put to a vote. Diplomats said negotiations on a text would continue and that a vote was unlikely before the second half of November. The current authorisation runs until the end of the year.

The debate, which lasted more than five hours, heard from 34 speakers, including representatives of regional organisations.
"""),

dict(id="u2-09", source="Brussels Policy Wire", published="2026-11-10",
 title="EU freezes assets of six linked to Myanmar junta's aviation supply chain",
 kind="politics", about="sanctions announcement (a diplomatic measure, not an ACLED event); air strikes mentioned only in aggregate",
 nel=["Brussels", "Myanmar", "Singapore", "Yangon", "Naypyitaw"],
 text="""
BRUSSELS — The European Union on Monday imposed asset freezes and travel bans on four individuals and two companies it said supplied aviation fuel and aircraft parts to Myanmar's military, in the bloc's latest round of sanctions since the 2021 coup.

The Council of the EU said in a statement that the listed entities, including a Singapore-registered trading firm and its two directors, had "enabled the military's air force to carry out air strikes that have killed and injured civilians" over the past three years. The statement did not single out any particular strike.

EU foreign policy spokesperson Jana Vittorelli said the measures were "targeted and proportionate". "Those who profit from supplying a war machine against the civilian population cannot expect to do business in Europe," she said.

The new listings bring the number of people and entities under EU sanctions related to Myanmar to more than 110. The measures also prohibit EU citizens and companies from making funds available to those listed.

Rights groups welcomed the move but said it came late. A researcher for a Yangon-focused advocacy group, who asked not to be named for security reasons, said that fuel shipments "remain the military's lifeline" and urged coordinated action with Asian partners.

Myanmar's military government, which says it is fighting "terrorist" groups, has previously rejected sanctions as interference in internal affairs. There was no immediate comment from Naypyitaw.

According to figures cited by UN investigators, the military's air attacks on populated areas increased sharply in 2024 and 2025. Diplomats in Brussels said further listings were possible if the military "continues on its present path", but no further package is under discussion for now.
"""),

dict(id="u2-10", source="Juba Monitor Online", published="2026-11-24",
 title="Thousands turn out for SPLM-IO campaign launch in Juba",
 kind="politics", about="election campaign rally by a party, peaceful and organised by the candidate; not a demonstration",
 nel=["Juba", "South Sudan", "Upper Nile", "Jonglei"],
 text="""
JUBA — Thousands of supporters dressed in party colours filled the Dr John Garang Mausoleum grounds on Monday as the SPLM-IO formally launched its campaign for the December general elections, the first national vote since South Sudan's independence in 2011.

The party's deputy chairperson, James Gatkuoth Riek, told the crowd that the party would "bring peace to every county" and promised free primary education and the rehabilitation of roads linking the capital to Upper Nile and Jonglei. "We are not here to fight. We are here to compete with ideas," he said, drawing loud cheers.

Musicians performed on a stage decorated with banners, and women's groups from several states danced as party officials arrived. Buses had brought supporters from outlying areas of Juba since early morning.

Police spokesperson Major General Peter Lado Wani said the event had been cleared in advance with the National Elections Commission and "passed without any incident". He said the force had deployed officers to manage traffic around the venue.

The launch comes amid concerns about the readiness of the elections. Voter registration ended only two weeks ago, and observers have questioned whether polling can be organised in areas affected by flooding and insecurity. The country's 2018 peace agreement, which ended five years of civil war, set out the transition that these elections are meant to complete.

Other parties, including the ruling SPLM, are expected to hold their own campaign events in the coming days. The elections commission has called on all parties to avoid hate speech and to respect the campaign code of conduct signed by party leaders in September.

The official campaign period runs until 19 December.
"""),
]
