# Part 3 (quotes): articles 1-12. Written by hand, blind; styles vary by "writer".
ART = []

WRITERS = {
    "W1": "wire reporter: terse, dateline, 'told <outlet>', attribution after the quote",
    "W2": "local-paper reporter: scene-setting, ages and honorifics (Mrs, Mr, Madam), long paragraphs",
    "W3": "translated from French: calques ('has declared', 'this Saturday', 'according to him'), guillemets",
    "W4": "translated from Arabic: 'affirmed that', 'pointed out', 'for his part', 'It is noteworthy that'",
    "W5": "feature writer: present tense 'says', scenes, quotes introduced before with a colon",
    "W6": "radio bulletin transcript: 'told this station', sign-off, spoken rhythm",
    "W7": "translated from Spanish: 'manifested', 'affirmed', 'expressed', 'this medium'",
    "W8": "South Asian English press: 'talking to this scribe', 'apprised', 'It may be mentioned'",
}


def Q(speaker, role, direct, contains, intro):
    return {"speaker": speaker, "speaker_role": role, "direct": direct, "text_contains": contains, "intro": intro}


def C(text, chain, hedged=False, cue=None):
    c = {"text": text, "source_chain": chain, "hedged": hedged}
    if cue:
        c["cue"] = cue
    return c


def A(writer, source, published, title, text, quotes, claims, lang=None):
    ART.append(dict(writer=writer, source=source, published=published, title=title, text=text.strip(),
                    quotes=quotes, claims=claims, lang=lang))


# 1 ---------------------------------------------------------------- W1 wire, Sudan
A("W1", "Horn Wire", "2026-10-08", "First aid convoy in five months reaches besieged Kadugli", """
KADUGLI, Sudan, Oct 8 (Horn Wire) - A convoy of 22 trucks carrying food and medicine reached Kadugli, the capital of Sudan's South Kordofan state, on Wednesday, the first to get through in five months, the United Nations said.

"People have been eating seeds and leaves. This convoy buys time, nothing more," Marta Lindqvist, the head of the UN humanitarian office in Sudan, told Horn Wire by phone.

The trucks took nine days to cover the 600 km from Kosti. According to the UN office, one of the drivers said armed men had stopped the convoy twice near Dilling and demanded payment before letting it pass.

"The price of a sack of sorghum was six times what it was last year," said Ibrahim Kuku, a trader in Kadugli's main market. "Today, for the first time, people are smiling."

Kuku said that at least 40 families in his neighbourhood had left for villages in the Nuba Mountains since August because they could no longer afford food.

The Rapid Support Forces, which together with an allied armed movement have encircled the city for much of the year, said in a statement that they had never blocked humanitarian supplies. The army-aligned state government, led by Governor Hamid Adlan, rejects that.

"They closed the roads and shelled the markets. Now they want credit for letting trucks through," the governor said at a ceremony to receive the convoy.

The food is expected to last about three weeks.

"We need a permanent corridor, not a one-off," Lindqvist said.
""", [
    Q("Marta Lindqvist", "head of the UN humanitarian office in Sudan", True, "People have been eating seeds and leaves. This convoy buys time, nothing more", "after"),
    Q("Ibrahim Kuku", "trader in Kadugli's main market", True, "The price of a sack of sorghum was six times what it was last year", "after"),
    Q("Hamid Adlan", "governor of South Kordofan", True, "They closed the roads and shelled the markets", "title"),
    Q("Marta Lindqvist", None, True, "We need a permanent corridor, not a one-off", "after"),
    Q("Ibrahim Kuku", None, False, "at least 40 families in his neighbourhood had left for villages in the Nuba Mountains", "before"),
    Q("Rapid Support Forces", "paramilitary force", False, "they had never blocked humanitarian supplies", "before"),
], [
    C("According to the UN office, one of the drivers said armed men had stopped the convoy twice near Dilling and demanded payment before letting it pass",
      ["one of the drivers", "the UN office"]),
    C("Kuku said that at least 40 families in his neighbourhood had left for villages in the Nuba Mountains since August because they could no longer afford food",
      ["Ibrahim Kuku"]),
    C("The Rapid Support Forces, which together with an allied armed movement have encircled the city for much of the year, said in a statement that they had never blocked humanitarian supplies",
      ["Rapid Support Forces"]),
])

# 2 ---------------------------------------------------------------- W2 local, Kenya
A("W2", "Eastlands Courier", "2026-10-12", "Eastleigh traders say night robberies are killing business", """
For Halima Abdi, 52, the sound of a motorbike slowing down outside her shop on First Avenue after dark is enough to make her reach for the padlock. Three times since July, she says, young men have forced their way into the small clothes store she has run in Eastleigh for fourteen years.

"They come at closing time, when the street lights are off and the askaris have gone for tea," Mrs Abdi told the Eastlands Courier on Saturday, standing beside a door still bent from the last break-in. "The last time they took the day's money and forty dresses. I did not even shout."

Her story is a common one along First and Second Avenue, where traders say a gang of five or six youths has been robbing shops and hawkers since the start of the rains.

At a meeting at the offices of the Eastleigh business association on Friday evening, chairman Abdirizak Hussein said that members had lost goods worth more than three million shillings in two months, and called on the police to bring back night patrols.

"We pay our taxes, we pay for our licences. All we ask is to be allowed to close our shops in peace," Mr Hussein said, to loud applause from a room of about eighty traders.

The officer commanding Pangani police station, Chief Inspector Joseph Muriuki, who attended the meeting, promised to deploy two patrol vehicles on the avenues from this week.

"We have identified some of the suspects and we will be making arrests very soon," the OCS said. "I urge the traders to share their CCTV footage with us."

Not everyone was convinced. A hawker who asked not to be named said residents had heard such promises before.

Mrs Abdi is taking no chances. She has hired her nephew to sit outside the shop until the last customer leaves.

"He is not a policeman, but at least he is awake," she said with a tired laugh.
""", [
    Q("Halima Abdi", "clothes shop owner in Eastleigh", True, "They come at closing time, when the street lights are off and the askaris have gone for tea", "after"),
    Q("Abdirizak Hussein", "chairman of the Eastleigh business association", True, "We pay our taxes, we pay for our licences", "after"),
    Q("Joseph Muriuki", "officer commanding Pangani police station", True, "We have identified some of the suspects and we will be making arrests very soon", "title"),
    Q("Halima Abdi", None, True, "He is not a policeman, but at least he is awake", "pronoun"),
    Q("Abdirizak Hussein", "chairman of the Eastleigh business association", False, "members had lost goods worth more than three million shillings in two months", "before"),
    Q("Joseph Muriuki", "officer commanding Pangani police station", False, "deploy two patrol vehicles on the avenues from this week", "before"),
], [
    C("chairman Abdirizak Hussein said that members had lost goods worth more than three million shillings in two months", ["Abdirizak Hussein"]),
    C("traders say a gang of five or six youths has been robbing shops and hawkers since the start of the rains", ["traders"]),
    C("A hawker who asked not to be named said residents had heard such promises before", ["A hawker"]),
])

# 3 ---------------------------------------------------------------- W3 translated French, Mali
A("W3", "Le Relais du Sahel (English edition)", "2026-10-15", "Mopti: the transporters denounce the insecurity on the national road 15", """
The union of transporters of the region of Mopti has denounced, this Wednesday, the multiplication of attacks against the vehicles of public transport on the national road number 15, between Sévaré and Bandiagara. In a press conference held at the bus station of Sévaré, its secretary general, Mr. Boubacar Guindo, has affirmed that no fewer than eleven buses have been stopped by armed individuals since the beginning of the month of September.

According to him, the passengers are systematically despoiled of their money and of their telephones, and certain drivers have been taken as hostages for several days before being released.

« Our drivers go out every morning without knowing if they will return in the evening. We cannot continue like this », he has declared in front of the journalists.

The president of the association of women traders of the market of Bandiagara, Mme Fatoumata Kassogué, has for her part deplored the rise of the prices. « A bag of rice that we were buying at 18,000 francs costs today 25,000 francs, because the transporters add the price of the risk », she has explained.

Contacted by our editorial staff, the governor of the region has indicated that reinforcements of the Malian Armed Forces have been deployed along the axis. « The State is there, the State will remain there », has assured the governor, Colonel Abass Dembélé, who calls the transporters to respect the convoys organised by the army.

Per sources in the union, a driver liberated last week has reported that his abductors presented themselves as members of the Katiba Macina.

For the moment, the union has decided to suspend the night departures until new order.
""", [
    Q("Boubacar Guindo", "secretary general of the transporters' union of the Mopti region", True, "Our drivers go out every morning without knowing if they will return in the evening", "pronoun"),
    Q("Fatoumata Kassogué", "president of the association of women traders of Bandiagara market", True, "A bag of rice that we were buying at 18,000 francs costs today 25,000 francs", "before"),
    Q("Abass Dembélé", "governor of the Mopti region", True, "The State is there, the State will remain there", "after"),
    Q("Boubacar Guindo", "secretary general of the transporters' union of the Mopti region", False, "no fewer than eleven buses have been stopped by armed individuals", "before"),
    Q("Abass Dembélé", "governor of the Mopti region", False, "reinforcements of the Malian Armed Forces have been deployed along the axis", "title"),
], [
    C("its secretary general, Mr. Boubacar Guindo, has affirmed that no fewer than eleven buses have been stopped by armed individuals since the beginning of the month of September", ["Boubacar Guindo"]),
    C("According to him, the passengers are systematically despoiled of their money and of their telephones, and certain drivers have been taken as hostages for several days before being released", ["Boubacar Guindo"]),
    C("the governor of the region has indicated that reinforcements of the Malian Armed Forces have been deployed along the axis", ["Abass Dembélé"]),
    C("Per sources in the union, a driver liberated last week has reported that his abductors presented themselves as members of the Katiba Macina",
      ["a driver liberated last week", "sources in the union"]),
], lang="fr")

# 4 ---------------------------------------------------------------- W4 translated Arabic, Yemen
A("W4", "Saba Gulf Review (translated)", "2026-10-19", "Governor of Marib: the militia escalates on the southern fronts", """
The Governor of Marib Governorate, Major General Nasser Saleh al-Murad, affirmed that the Houthi militia has escalated its attacks on the southern fronts of the governorate during the past week, pointing out that the army and the tribes are steadfast in their positions.

This came during his meeting on Sunday with a delegation of sheikhs of the Murad and Abidah tribes in the city of Marib, where he stressed that "the hand of the state will remain extended to peace, but it will not accept surrender."

He added: "The militia bombards the villages of Rahabah and al-Jubah with drones and missiles every day, and it targets the displaced in their camps, in a clear violation of all international norms."

For his part, Sheikh Ali bin Hadi al-Abidi, speaking on behalf of the delegation, declared the readiness of the tribes to stand with the armed forces, and said: "Our sons are in the trenches, and we will not abandon them."

The Executive Unit for the Management of IDP Camps in the governorate had reported in a statement that more than 300 families were displaced from the districts of Rahabah and Harib since the beginning of the month, according to the head of the unit, who quoted field teams.

The governor called on the international organisations to shoulder their responsibilities towards the displaced, noting that the capacity of the camps "has exceeded every limit."

It is noteworthy that the Houthi group has not commented on the accusations, while its media said that its forces had repelled an attack by what it described as "the forces of aggression" in the same area.
""", [
    Q("Nasser Saleh al-Murad", "Governor of Marib Governorate", True, "the hand of the state will remain extended to peace, but it will not accept surrender", "before"),
    Q("Nasser Saleh al-Murad", None, True, "The militia bombards the villages of Rahabah and al-Jubah with drones and missiles every day", "pronoun"),
    Q("Ali bin Hadi al-Abidi", "sheikh speaking for the tribal delegation", True, "Our sons are in the trenches, and we will not abandon them", "before"),
    Q("Nasser Saleh al-Murad", None, True, "has exceeded every limit", "title"),
    Q("Nasser Saleh al-Murad", "Governor of Marib Governorate", False, "the Houthi militia has escalated its attacks on the southern fronts of the governorate during the past week", "before"),
    Q("Ali bin Hadi al-Abidi", "sheikh speaking for the tribal delegation", False, "the readiness of the tribes to stand with the armed forces", "before"),
], [
    C("affirmed that the Houthi militia has escalated its attacks on the southern fronts of the governorate during the past week", ["Nasser Saleh al-Murad"]),
    C("The Executive Unit for the Management of IDP Camps in the governorate had reported in a statement that more than 300 families were displaced from the districts of Rahabah and Harib since the beginning of the month, according to the head of the unit, who quoted field teams",
      ["field teams", "the head of the unit", "Executive Unit for the Management of IDP Camps"]),
    C("its media said that its forces had repelled an attack by what it described as \"the forces of aggression\" in the same area", ["Houthi media"]),
], lang="ar")

# 5 ---------------------------------------------------------------- W5 feature, Colombia
A("W5", "The Long Read Americas", "2026-10-22", "In Cúcuta's shelters, families from Catatumbo wait for a road home", """
The gymnasium of a municipal school in Cúcuta smells of wet mattresses and instant coffee. Two hundred and twelve people sleep here, in rows separated by bedsheets hung on string. Most of them arrived from Tibú and El Tarra over the past month, fleeing the fighting between armed factions that has emptied entire hamlets of the Catatumbo region.

Yolanda Pabón, 61, has marked out her family's space with a plastic chair and a picture of the Virgin. She speaks quietly, so as not to wake her grandson: "We left with what we were wearing. The cacao was ready to harvest, and now the birds are eating it."

Across the hall, a former rural councillor, Héctor Jaimes, keeps a notebook with the names of everyone who arrives. He counts 41 families from his own vereda alone. "Nobody gave us an order to leave," he says. "They did not need to. When the armed men start asking who your cousin is, you understand."

The city's secretary of government, Liliana Rangel, said that Cúcuta had registered more than 6,000 displaced people since September and that the shelters were at twice their capacity. She appealed to the national government for emergency funds.

"We are a border city that already receives people from Venezuela every day," Rangel told reporters on Tuesday. "We have solidarity, but solidarity does not pay for food."

According to the Ombudsman's Office, community leaders in Tibú have reported that at least three people were killed in the area in October for refusing to join an armed group, though the office said it had not been able to verify the cases.

Back in the gymnasium, the boy wakes up and asks his grandmother when they are going home. She strokes his hair. "When God wants," she tells him.
""", [
    Q("Yolanda Pabón", "displaced woman from Catatumbo", True, "We left with what we were wearing", "before"),
    Q("Héctor Jaimes", "former rural councillor", True, "Nobody gave us an order to leave", "before"),
    Q("Liliana Rangel", "secretary of government of Cúcuta", True, "We are a border city that already receives people from Venezuela every day", "after"),
    Q("Yolanda Pabón", None, True, "When God wants", "pronoun"),
    Q("Liliana Rangel", "secretary of government of Cúcuta", False, "Cúcuta had registered more than 6,000 displaced people since September", "before"),
], [
    C("Liliana Rangel, said that Cúcuta had registered more than 6,000 displaced people since September and that the shelters were at twice their capacity", ["Liliana Rangel"]),
    C("According to the Ombudsman's Office, community leaders in Tibú have reported that at least three people were killed in the area in October for refusing to join an armed group",
      ["community leaders in Tibú", "the Ombudsman's Office"], hedged=True, cue="had not been able to verify"),
])

# 6 ---------------------------------------------------------------- W6 radio, Nigeria
A("W6", "Sahel FM (bulletin transcript)", "2026-10-26", "Returnees to Bama ask for farmland security", """
Good evening. Families who returned to Bama in Borno State under the government's resettlement programme say they still cannot reach their farms for fear of attacks. Our correspondent in Maiduguri, Aisha Goni, reports.

More than 2,000 households have moved back to Bama since June, into new houses built by the state government. But speaking to our correspondent on Saturday, many of the returnees said they could only farm within two kilometres of the town's trench.

One of them, Modu Kachalla, a father of seven, said: "The land beyond the trench is the best land. But if you go there, you may not come back. So we sit and wait for food from the government."

A women's leader in the resettled community, Hajja Fanna Bukar, told this station that food rations had been reduced from every month to every six weeks.

"The children are hungry. We are grateful for the houses, but you cannot eat a house," she said.

The Borno State Commissioner for Reconstruction, Rehabilitation and Resettlement, Engineer Usman Zanna, responded that the government was working with the military to expand the secure farming zone before the dry season.

"By January, farmers in Bama will be able to go up to ten kilometres. The troops have assured us," the commissioner said.

According to the commissioner, military commanders in the area told the state government that the roads to Soye and Darul Jamal have been cleared.

Residents, however, say they will believe it when they see it. For this station, I am Aisha Goni in Maiduguri.
""", [
    Q("Modu Kachalla", "returnee, father of seven", True, "The land beyond the trench is the best land", "before"),
    Q("Fanna Bukar", "women's leader in the resettled community", True, "The children are hungry. We are grateful for the houses, but you cannot eat a house", "pronoun"),
    Q("Usman Zanna", "Borno State Commissioner for Reconstruction, Rehabilitation and Resettlement", True, "By January, farmers in Bama will be able to go up to ten kilometres", "title"),
    Q("Fanna Bukar", "women's leader in the resettled community", False, "food rations had been reduced from every month to every six weeks", "before"),
    Q("Usman Zanna", "Borno State Commissioner for Reconstruction, Rehabilitation and Resettlement", False, "the government was working with the military to expand the secure farming zone before the dry season", "before"),
], [
    C("many of the returnees said they could only farm within two kilometres of the town's trench", ["many of the returnees"]),
    C("Hajja Fanna Bukar, told this station that food rations had been reduced from every month to every six weeks", ["Fanna Bukar"]),
    C("Engineer Usman Zanna, responded that the government was working with the military to expand the secure farming zone before the dry season", ["Usman Zanna"]),
    C("According to the commissioner, military commanders in the area told the state government that the roads to Soye and Darul Jamal have been cleared",
      ["military commanders in the area", "Usman Zanna"]),
])

# 7 ---------------------------------------------------------------- W7 translated Spanish, Mexico
A("W7", "Noroeste Digital (translated)", "2026-10-29", "Merchants of Culiacán close early for fear of the violence", """
Merchants of the historic centre of Culiacán, Sinaloa, manifested this Wednesday that they have been obliged to close their establishments up to four hours before the usual, due to the wave of violence that the capital of the state is living through.

The president of the National Chamber of Commerce (Canaco) in Culiacán, Ramón Beltrán Zazueta, affirmed that sales have fallen by 45 percent in comparison with the same period of the previous year, and that at least 30 businesses of the centre have closed definitively since the beginning of the year.

"There is no merchant who does not have fear. The people do not go out, and those who go out, go out quickly," declared the business leader in a press conference.

For her part, Guadalupe Inzunza, owner of a shoe store on Obregón avenue, related to this medium that she now sends her employees home at five in the afternoon. "Before we closed at nine. Now at five the street is already alone," she commented.

The state secretary of Public Security, interviewed at the exit of an event, assured that the presence of the National Guard and of the Army in the city has been reinforced. "The streets of Culiacán are being recovered, little by little," expressed the official, Gerardo Mendívil Castro.

According to the Canaco, owners of pharmacies and convenience stores have reported to the chamber that they receive extortion calls almost every week, although few dare to denounce them.

The merchants asked the three levels of government for fiscal support to survive the crisis.
""", [
    Q("Ramón Beltrán Zazueta", "president of Canaco Culiacán", True, "There is no merchant who does not have fear", "title"),
    Q("Guadalupe Inzunza", "owner of a shoe store on Obregón avenue", True, "Before we closed at nine. Now at five the street is already alone", "before"),
    Q("Gerardo Mendívil Castro", "state secretary of Public Security of Sinaloa", True, "The streets of Culiacán are being recovered, little by little", "after"),
    Q("Ramón Beltrán Zazueta", "president of Canaco Culiacán", False, "sales have fallen by 45 percent in comparison with the same period of the previous year", "before"),
    Q("Gerardo Mendívil Castro", "state secretary of Public Security of Sinaloa", False, "the presence of the National Guard and of the Army in the city has been reinforced", "title"),
], [
    C("Merchants of the historic centre of Culiacán, Sinaloa, manifested this Wednesday that they have been obliged to close their establishments up to four hours before the usual",
      ["Merchants of the historic centre of Culiacán"]),
    C("Ramón Beltrán Zazueta, affirmed that sales have fallen by 45 percent in comparison with the same period of the previous year, and that at least 30 businesses of the centre have closed definitively since the beginning of the year",
      ["Ramón Beltrán Zazueta"]),
    C("The state secretary of Public Security, interviewed at the exit of an event, assured that the presence of the National Guard and of the Army in the city has been reinforced",
      ["Gerardo Mendívil Castro"]),
    C("According to the Canaco, owners of pharmacies and convenience stores have reported to the chamber that they receive extortion calls almost every week",
      ["owners of pharmacies and convenience stores", "Canaco"]),
], lang="es")

# 8 ---------------------------------------------------------------- W8 South Asian English, Pakistan
A("W8", "The Frontier Chronicle", "2026-11-02", "Peshawar traders receive extortion calls, police step up security", """
PESHAWAR: Traders of the Qissa Khwani and Chowk Yadgar markets have expressed grave concern over a fresh wave of extortion calls and letters, demanding of the provincial government to take immediate notice of the matter.

Talking to this scribe on Sunday, the president of the Sarhad Traders Federation, Haji Sher Zaman Afridi, stated that at least 27 traders had received calls from unknown numbers during the last three weeks, with demands ranging from Rs500,000 to Rs5 million.

"The callers know everything, the names of our children, the schools where they study. How can a man do business in such conditions?" Haji Sher Zaman questioned.

He further apprised that two traders had shifted their families to Islamabad while one had closed his cloth business altogether.

"If the government cannot protect us, we will be forced to shut down the markets," he warned.

When contacted, Senior Superintendent of Police (Operations) Peshawar Kashif Khattak said that police had traced several of the calls to SIM cards issued across the border and that a special cell had been set up to handle such cases.

"We take every complaint seriously. Traders should not pay a single rupee and should approach us directly," the SSP said, adding that plainclothes personnel had been deployed in the bazaars.

Sources in the Counter-Terrorism Department, however, disclosed that some of the letters bore the stamp of a banned militant outfit, though officials were still ascertaining whether the letters were genuine or the work of criminals using the group's name.

It may be mentioned here that traders of the city had faced a similar wave of extortion in previous years.
""", [
    Q("Sher Zaman Afridi", "president of the Sarhad Traders Federation", True, "The callers know everything, the names of our children", "after"),
    Q("Sher Zaman Afridi", None, True, "If the government cannot protect us, we will be forced to shut down the markets", "pronoun"),
    Q("Kashif Khattak", "Senior Superintendent of Police (Operations) Peshawar", True, "We take every complaint seriously", "title"),
    Q("Sher Zaman Afridi", "president of the Sarhad Traders Federation", False, "at least 27 traders had received calls from unknown numbers during the last three weeks", "before"),
    Q("Kashif Khattak", "Senior Superintendent of Police (Operations) Peshawar", False, "police had traced several of the calls to SIM cards issued across the border", "before"),
], [
    C("Haji Sher Zaman Afridi, stated that at least 27 traders had received calls from unknown numbers during the last three weeks", ["Sher Zaman Afridi"]),
    C("He further apprised that two traders had shifted their families to Islamabad while one had closed his cloth business altogether", ["Sher Zaman Afridi"]),
    C("Kashif Khattak said that police had traced several of the calls to SIM cards issued across the border and that a special cell had been set up to handle such cases", ["Kashif Khattak"]),
    C("Sources in the Counter-Terrorism Department, however, disclosed that some of the letters bore the stamp of a banned militant outfit",
      ["Sources in the Counter-Terrorism Department"], hedged=True, cue="officials were still ascertaining whether the letters were genuine"),
])

# 9 ---------------------------------------------------------------- W1 wire, Ukraine
A("W1", "East Europe Wire", "2026-11-05", "Kharkiv residents face long blackouts after strikes on power plant", """
KHARKIV, Ukraine, Nov 5 (East Europe Wire) - Hundreds of thousands of people in Kharkiv faced blackouts of up to 16 hours a day on Thursday after Russian missiles and drones damaged a thermal power plant serving the city earlier this week, officials said.

"The damage is serious. We are talking weeks, not days," Oleh Marchenko, the head of the regional energy company, told reporters.

Deputy Mayor Svitlana Hrytsenko said 60 heating points with generators had been opened across the city and that schools would switch to online lessons until further notice.

"Kharkiv has lived through worse. We will get through this winter too," she said.

Ukraine's energy ministry said in a statement that the attack on Monday night involved 14 missiles and about 50 drones, and that most of them had been shot down.

In the Saltivka district, pensioner Mykola Bondar, 74, was charging his phone at a generator tent. He shrugged: "At my age you learn to live by the clock. When there is light, you cook; when there is none, you sleep."

According to the regional governor's office, engineers at the plant told officials that one of its turbines may be beyond repair.

The Russian defence ministry said it had struck "energy facilities supporting Ukraine's military-industrial complex".
""", [
    Q("Oleh Marchenko", "head of the regional energy company", True, "The damage is serious. We are talking weeks, not days", "after"),
    Q("Svitlana Hrytsenko", "deputy mayor of Kharkiv", True, "Kharkiv has lived through worse", "pronoun"),
    Q("Mykola Bondar", "pensioner in Saltivka", True, "At my age you learn to live by the clock", "before"),
    Q("Russian defence ministry", None, True, "energy facilities supporting Ukraine's military-industrial complex", "before"),
    Q("Svitlana Hrytsenko", "deputy mayor of Kharkiv", False, "60 heating points with generators had been opened across the city", "before"),
    Q("Ukraine's energy ministry", None, False, "the attack on Monday night involved 14 missiles and about 50 drones", "before"),
], [
    C("Deputy Mayor Svitlana Hrytsenko said 60 heating points with generators had been opened across the city and that schools would switch to online lessons until further notice", ["Svitlana Hrytsenko"]),
    C("Ukraine's energy ministry said in a statement that the attack on Monday night involved 14 missiles and about 50 drones, and that most of them had been shot down", ["Ukraine's energy ministry"]),
    C("According to the regional governor's office, engineers at the plant told officials that one of its turbines may be beyond repair",
      ["engineers at the plant", "the regional governor's office"], hedged=True, cue="may be"),
])

# 10 --------------------------------------------------------------- W2 local, Ghana
A("W2", "Upper East Mirror", "2026-11-06", "Bawku chiefs, youth leaders pledge calm as market reopens", """
There was a mood of cautious relief in Bawku on Wednesday as the central market reopened after almost three weeks, with traders from Zebilla, Pusiga and as far away as Bolgatanga returning to sell onions, guinea fowl and cloth.

The market had been closed by the Municipal Security Council in mid-October after renewed tension in the municipality. On Tuesday, chiefs and youth leaders from both sides of the long-running dispute met at the Municipal Assembly hall and signed a pledge to keep the peace.

The Municipal Chief Executive, Mr. Daniel Akolgo, who chaired the meeting, told the Upper East Mirror that the reopening was "a test for all of us".

"If this market stays open, everybody eats. If it closes, everybody suffers, whichever side you are on," he said.

Madam Comfort Abugri, a 47-year-old onion seller who has traded in the market since she was a teenager, could not hide her joy as she arranged her produce: "I have not sold a single bag in three weeks. My children were at home because I could not pay their fees."

A youth leader, Mr. Issah Mumuni, said young people on both sides were tired of the violence and wanted jobs, not guns, and urged the government to fund skills training in the municipality.

The Regional Police Commander, DCOP Emmanuel Nartey, assured residents that the joint police and military team would remain in the town.

"Nobody should take the law into their own hands. We are here, day and night," the commander said.

Traders said business was slow in the morning but picking up by midday.
""", [
    Q("Daniel Akolgo", "Municipal Chief Executive of Bawku", True, "a test for all of us", "before"),
    Q("Daniel Akolgo", None, True, "If this market stays open, everybody eats", "pronoun"),
    Q("Comfort Abugri", "onion seller", True, "I have not sold a single bag in three weeks", "before"),
    Q("Emmanuel Nartey", "Regional Police Commander", True, "Nobody should take the law into their own hands", "title"),
    Q("Issah Mumuni", "youth leader", False, "young people on both sides were tired of the violence and wanted jobs, not guns", "before"),
], [
    C("Mr. Issah Mumuni, said young people on both sides were tired of the violence and wanted jobs, not guns, and urged the government to fund skills training in the municipality", ["Issah Mumuni"]),
    C("Traders said business was slow in the morning but picking up by midday", ["Traders"]),
])

# 11 --------------------------------------------------------------- W3 translated French, DRC
A("W3", "Ituri Matin (English edition)", "2026-11-09", "Ituri: the displaced of the site of Komanda claim food assistance", """
The displaced persons living on the site of Komanda, in the territory of Irumu (Ituri), have launched a cry of alarm this Saturday, affirming that they have received no food assistance since three months.

« We eat once per day, and certain days nothing. The children begin to fall ill », has declared Mr. Jean-Baptiste Dhedonga, president of the committee of the displaced of the site, during an exchange with the press.

According to him, more than 4,000 households live on the site, most having fled the attacks of the ADF rebels in the chiefdoms of Walese Vonkutu and Babila Babombi.

The administrator of the territory of Irumu, the colonel Patrick Kasongo Ilunga, recognised the gravity of the situation. « The humanitarians have alerted us on the lack of funding. We have transmitted the file to the provincial government », he has indicated by telephone.

Mme Jeanne Ngabu, nurse at the health centre of Komanda, has signalled an increase in the cases of malnutrition among the children of less than five years. « Last week alone, we have received 37 children in a state of severe malnutrition », she has precised.

Per a humanitarian source joined by our editorial staff, the World Food Programme would have suspended its distributions in the zone for lack of funds, an information that the agency has not confirmed.

The displaced ask the provincial authorities to plead their cause before the partners.
""", [
    Q("Jean-Baptiste Dhedonga", "president of the committee of the displaced of Komanda", True, "We eat once per day, and certain days nothing", "after"),
    Q("Patrick Kasongo Ilunga", "administrator of Irumu territory", True, "The humanitarians have alerted us on the lack of funding", "before"),
    Q("Jeanne Ngabu", "nurse at the Komanda health centre", True, "Last week alone, we have received 37 children in a state of severe malnutrition", "before"),
    Q("Jean-Baptiste Dhedonga", "president of the committee of the displaced of Komanda", False, "more than 4,000 households live on the site", "pronoun"),
    Q("Jeanne Ngabu", "nurse at the Komanda health centre", False, "an increase in the cases of malnutrition among the children of less than five years", "before"),
], [
    C("The displaced persons living on the site of Komanda, in the territory of Irumu (Ituri), have launched a cry of alarm this Saturday, affirming that they have received no food assistance since three months",
      ["The displaced persons living on the site of Komanda"]),
    C("According to him, more than 4,000 households live on the site, most having fled the attacks of the ADF rebels in the chiefdoms of Walese Vonkutu and Babila Babombi", ["Jean-Baptiste Dhedonga"]),
    C("Per a humanitarian source joined by our editorial staff, the World Food Programme would have suspended its distributions in the zone for lack of funds",
      ["a humanitarian source"], hedged=True, cue="would have; the agency has not confirmed"),
], lang="fr")

# 12 --------------------------------------------------------------- W4 translated Arabic, Syria
A("W4", "Euphrates Post (translated)", "2026-11-11", "Tribal dignitaries in Deir ez-Zor demand services and the return of the displaced", """
Dignitaries and sheikhs of the tribes of the eastern countryside of Deir ez-Zor demanded, during a meeting held on Tuesday in the town of al-Mayadin, that the government improve services and facilitate the return of the displaced to their villages.

Sheikh Faisal al-Ubaid, speaking on behalf of the attendees, said: "Our people have suffered for fourteen years. They want water, electricity and schools, not speeches."

He pointed out that dozens of families are still living in tents on the banks of the Euphrates because their homes were destroyed, stressing that the tribes "will stand behind the state as long as it stands with the people."

For his part, the Governor of Deir ez-Zor, Mr. Omar al-Jaber, promised to form a committee to assess the damaged homes, noting that "the reconstruction of the water station in al-Mayadin will begin next month."

"We have heard your demands, and we will carry them to Damascus personally," the governor added.

A member of the local council of the town, Dr. Rim al-Khalaf, told our correspondent that more than a third of the town's schools were still out of service.

According to sources present at the meeting, a tribal notable said that cells of the Islamic State had threatened several sheikhs who cooperate with the authorities, without it being possible to confirm the information independently.
""", [
    Q("Faisal al-Ubaid", "tribal sheikh speaking for the attendees", True, "Our people have suffered for fourteen years", "before"),
    Q("Faisal al-Ubaid", None, True, "will stand behind the state as long as it stands with the people", "pronoun"),
    Q("Omar al-Jaber", "Governor of Deir ez-Zor", True, "the reconstruction of the water station in al-Mayadin will begin next month", "before"),
    Q("Omar al-Jaber", None, True, "We have heard your demands, and we will carry them to Damascus personally", "title"),
    Q("Faisal al-Ubaid", None, False, "dozens of families are still living in tents on the banks of the Euphrates", "pronoun"),
    Q("Rim al-Khalaf", "member of the al-Mayadin local council", False, "more than a third of the town's schools were still out of service", "before"),
], [
    C("He pointed out that dozens of families are still living in tents on the banks of the Euphrates because their homes were destroyed", ["Faisal al-Ubaid"]),
    C("Dr. Rim al-Khalaf, told our correspondent that more than a third of the town's schools were still out of service", ["Rim al-Khalaf"]),
    C("According to sources present at the meeting, a tribal notable said that cells of the Islamic State had threatened several sheikhs who cooperate with the authorities",
      ["a tribal notable", "sources present at the meeting"], hedged=True, cue="without it being possible to confirm"),
], lang="ar")
