# Articles u2-24 .. u2-29: crime and accidents with violent words in conflict countries. Written by hand.
def ext(date, country, admin1, location, fatalities, notes, sub="Man-made disaster"):
    return dict(event_type="Other events", sub_event_type=sub, date=date, date_window=[date, date],
                country=country, admin1=admin1, location=location, actor1=None, actor2=None,
                claimed_by=None, fatalities=fatalities, required=False, notes=notes)

ARTICLES = [
dict(id="u2-24", source="Eye Radio News", published="2026-10-10",
 title="Gudele man held after wife found dead in family home",
 kind="crime", about="domestic killing with a knife; ordinary criminal case, arrest of a private suspect",
 nel=["Juba", "Gudele", "Central Equatoria", "South Sudan"],
 text="""
JUBA — Police in Juba have arrested a 36-year-old man after his wife was found dead with stab wounds at their home in the Gudele neighbourhood, in what officers described as a case of domestic violence.

Neighbours told Eye Radio that they heard shouting from the compound late on Thursday night and that the couple had quarrelled frequently in recent months over money. The woman, a 29-year-old mother of three, was discovered the next morning by her younger sister.

"This is a family matter that turned into a murder. There is no political or security dimension," said Inspector Mary Ajak Deng, a spokesperson for the police in Central Equatoria. She said the suspect had been found hiding at a relative's house in another part of the city and was being held at Gudele police station pending charges.

The children, aged between two and nine, are being cared for by their grandmother.

Women's rights activists said the killing should be a wake-up call. "Every month we record women killed by their husbands or relatives, and many cases are never reported," said Rebecca Nyandeng Akol of a Juba-based women's organisation. "People think violence is only what happens in the bush between armed groups. It also happens in homes in the capital."

South Sudan has a special court for gender-based violence cases in Juba, established in 2020, but activists say it lacks judges and that many families prefer to settle such cases through customary compensation.

Police said the case file would be forwarded to the public prosecutor next week. The burial is expected to take place on Sunday.
"""),

dict(id="u2-25", source="Nineveh Today", published="2026-10-16",
 title="Robbers fire shots in Mosul gold shop heist, nobody injured",
 kind="crime", about="armed robbery by ordinary criminals; shots fired into the ceiling, no one hurt; arrests of criminals with no political link",
 nel=["Mosul", "Nineveh", "Iraq"],
 text="""
MOSUL — Two armed men robbed a gold shop in Mosul's Al-Dawasa market on Wednesday afternoon, firing several shots into the ceiling to frighten staff and customers before escaping with jewellery worth an estimated 180 million Iraqi dinars, police said.

No one was hurt in the robbery, which was captured by the shop's security cameras. The footage, widely shared on social media, shows the men, their faces covered with scarves, ordering the owner to open the display cases while a third man waited outside on a motorcycle.

"I thought they would kill us. I just gave them everything," the shop's owner, Abu Yasser, told Nineveh Today. "Thank God, nobody was shot. Gold can be replaced."

Nineveh police said on Thursday that two suspects had been detained in the Al-Zuhur neighbourhood and that part of the jewellery had been recovered. A police spokesman said the men were "ordinary criminals with large debts" and that there was no link to any armed group. The third suspect is still being sought.

The robbery alarmed traders in the old markets on the right bank of the Tigris, which have slowly reopened since the city was retaken from the Islamic State group in 2017. Several shopkeepers said they would hire private guards.

Crime rates in Mosul remain lower than in many Iraqi cities, according to official statistics, but armed robberies of gold and currency exchange shops have increased in the past two years as economic pressure has grown. Possession of unlicensed weapons remains widespread in the province despite repeated government campaigns to register them.

Police urged shop owners to install panic alarms and to avoid keeping large amounts of cash on the premises.
"""),

dict(id="u2-26", source="Bamako Matin", published="2026-10-24",
 title="Six soldiers killed as army truck overturns on Ségou road",
 kind="accident", about="road accident killing soldiers; the army states it was not an ambush; Man-made disaster extension event",
 nel=["Bamako", "Mali"],
 events=[ext("2026-10-22", "Mali", "Ségou", "Markala", 6, "army truck overturned near Markala; road accident, not an attack")],
 text="""
Six soldiers of the Malian Armed Forces were killed and eleven others injured on Thursday evening when their truck overturned on the road between Ségou and Markala, the army said in a statement on Friday.

According to the statement, the vehicle, which was carrying troops returning from leave to their unit, left the road after a tyre burst about 15 kilometres before Markala and rolled several times into a ditch. The injured were evacuated to the hospital in Ségou, and three of them were later transferred to Bamako.

Rumours spread quickly on social media that the convoy had been ambushed or had struck a mine. The army firmly rejected this. "There was no attack and no explosion. It is a tragic road accident," said the army's communications directorate, which published photographs of the overturned truck lying on its side.

A witness, Moussa Coulibaly, a trader who was driving behind the truck, said he heard a loud bang and then saw the vehicle swerve. "At first I thought it was a shot, but it was the tyre," he said. "We stopped and helped to pull the soldiers out."

Road accidents are a major cause of death in Mali, where many national roads are in poor condition and vehicles are often overloaded. Military vehicles, which travel long distances on these roads, are not spared.

The Chief of General Staff sent condolences to the families of the victims and ordered an inquiry into the condition of the vehicle. A funeral ceremony with military honours is planned at the Ségou military camp.
"""),

dict(id="u2-27", source="Kabul Now Review", published="2026-11-04",
 title="Gas cylinder blast at Kabul restaurant kills four, police rule out attack",
 kind="accident", about="gas explosion at a restaurant; police rule out a bomb; Man-made disaster extension event",
 nel=["Afghanistan"],
 events=[ext("2026-11-03", "Afghanistan", "Kabul", "Kabul", 4, "gas cylinder explosion in a restaurant in Shahr-e Naw; accident, not an attack")],
 text="""
KABUL — Four people were killed and nine injured when a gas cylinder exploded in the kitchen of a busy restaurant in Kabul's Shahr-e Naw area on Tuesday evening, police said.

The blast, which happened shortly after 7 p.m., shattered windows along the street and started a fire that spread to an adjoining grocery store before firefighters brought it under control. Two cooks and two customers died, according to a spokesman for the Kabul police command.

"Our initial investigation shows that the explosion was caused by a leaking gas cylinder. There is no sign of a bomb or of any attack," the spokesman said. He said the restaurant's owner had been called in for questioning about the safety of the equipment.

Residents said the sound of the explosion caused panic in the area, which has seen bombings in past years. "Everyone thought it was a suicide attack, like before. People were running in all directions," said Mohammad Nabi, a shopkeeper across the street. "Then we saw the smoke from the kitchen and understood."

The injured were taken to the Emergency hospital and to a private hospital nearby. Health officials said most had burns and cuts from broken glass, and that two were in serious condition.

Gas cylinder explosions are common in Afghanistan, where most households and restaurants use liquefied petroleum gas for cooking and where many cylinders are old or badly refilled. Officials have repeatedly announced inspections of gas-filling stations, but traders say enforcement is weak.

The municipality said it would inspect all restaurants in the area this week.
"""),

dict(id="u2-28", source="Aden Independent", published="2026-11-14",
 title="Eleven die in crush at Aden charity distribution",
 kind="accident", about="stampede at a charity cash distribution; witnesses say no shots fired; Man-made disaster extension event",
 nel=["Yemen"],
 events=[ext("2026-11-13", "Yemen", "Aden", "Aden", 11, "crush at a charity distribution in Al-Mansoura district; no gunfire")],
 text="""
ADEN — At least eleven people, most of them women and elderly men, were killed and more than 30 injured in a crush at a charity distribution in Aden's Al-Mansoura district on Friday, health officials said.

Hundreds of people had gathered since dawn outside a school where a local charitable association was handing out cash assistance of 20,000 Yemeni rials per family ahead of winter. According to witnesses, the crowd surged forward when the gate was opened, and people at the front fell and were trampled.

"There was no shooting, no fight. Just too many people and one small gate," said Salem Abdullah Ba-Awadh, who had come to collect assistance for his mother. "When the gate opened, everyone pushed at the same moment."

Security personnel who were present tried to hold the crowd back and later helped carry the injured to ambulances, witnesses said. The injured were taken to Al-Jumhuriya hospital, where doctors appealed for blood donations.

The governor of Aden ordered an investigation and said that the organisers had not coordinated the distribution with the local authorities. Two members of the association were being questioned, according to a statement from the governor's office.

Yemen's economy has collapsed during more than a decade of conflict, and the value of the rial in government-held areas has fallen sharply, pushing millions of families to depend on aid. Similar crushes have occurred at aid distributions in Yemen in previous years.

Humanitarian organisations urged donors and charities to use registration lists and mobile payments instead of open distributions.
"""),

dict(id="u2-29", source="Radio Okapi Relay (community service)", published="2026-11-21",
 title="Fourteen dead as overloaded boat sinks on Lake Albert near Tchomia",
 kind="accident", about="boat capsizing with drownings; Man-made disaster extension event; armed groups mentioned only in general",
 nel=[],
 events=[ext("2026-11-19", "Democratic Republic of Congo", "Ituri", "Tchomia", 14, "overloaded boat capsized on Lake Albert near Tchomia, Djugu territory; drownings")],
 text="""
BUNIA — Fourteen people drowned and at least nine are missing after an overloaded wooden boat capsized on Lake Albert near Tchomia, in Ituri province, on Thursday afternoon, local authorities said.

The boat, which was carrying more than 60 passengers as well as bags of cassava flour and fish, was travelling from Tchomia towards the fishing village of Kasenyi when it was struck by strong winds about two kilometres from the shore. Fishermen in pirogues rescued 38 people.

"The boat was too heavy and there were no life jackets. When the wind came, it turned over in a few minutes," said the chief of Tchomia, Désiré Ukumu Lonema. Bodies recovered by rescuers were brought to the beach, where relatives gathered to identify them.

The lake is a vital trade route for communities in Ituri, where roads are poor and often unsafe. Many traders prefer to travel by water to avoid roads where armed groups and bandits sometimes set up barriers, residents said.

Accidents on Lake Albert are frequent, especially towards the end of the year when winds are stronger. Provincial transport officials have banned night navigation and required life jackets, but the rules are rarely enforced.

The provincial government declared two days of mourning and promised to pay for the funerals. It also announced the suspension of the boat's owner's licence pending an investigation.

Fishermen on the Ugandan side of the lake have joined the search for the missing, a local official said.
"""),
]
