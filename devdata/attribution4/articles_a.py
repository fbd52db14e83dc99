"""attribution4 articles 01-16: transcripts, press releases, NGO statements, panels, pronoun and title speakers.

Each article: id, source, published, title, paragraphs, quotes (speaker, role, direct, text_contains) and
claims (text, source_chain, hedged)."""

ARTICLES = [
    {
        "id": "att4-01", "source": "Radio transcript", "published": "2026-10-06",
        "title": "Focus on Africa: families flee Kadugli",
        "paragraphs": [
            "PRESENTER: Good evening. Fighting flared again today around Kadugli in South Kordofan. Our "
            "correspondent Miriam Okello has been speaking to people who fled.",
            "OKELLO: The road out of Kadugli is lined with families on donkeys and on foot. Among them is "
            "Halima Ibrahim Kuku, a primary school teacher.",
            "KUKU (through interpreter): We left at dawn when the shelling started. My school has been closed "
            "for three weeks now and the children have nothing to do but listen to the guns.",
            "OKELLO: The army says it is in full control of the town. I put that to the state governor, "
            "Yousif Adam Tia.",
            "TIA: The town is secure. The people who left will be able to return within days, I promise them that.",
            "OKELLO: Aid groups are less certain. Karim Mansour of the Norwegian Refugee Council told me the "
            "number of new arrivals is still rising.",
            "MANSOUR: We counted more than four thousand new arrivals in Dilling alone since Sunday, and "
            "most of them are women and children.",
            "PRESENTER: Miriam Okello reporting from South Kordofan.",
        ],
        "quotes": [
            ("Halima Ibrahim Kuku", "primary school teacher", True, "We left at dawn when the shelling started"),
            ("Halima Ibrahim Kuku", "primary school teacher", True, "the children have nothing to do but listen to the guns"),
            ("Yousif Adam Tia", "state governor", True, "The people who left will be able to return within days"),
            ("Karim Mansour", "Norwegian Refugee Council", False, "the number of new arrivals is still rising"),
            ("Karim Mansour", "Norwegian Refugee Council", True, "more than four thousand new arrivals in Dilling alone"),
        ],
        "claims": [
            ("The army says it is in full control of the town.", ["army"], False),
        ],
    },
    {
        "id": "att4-02", "source": "Radio bulletin", "published": "2026-10-11",
        "title": "Radio bulletin: attack on Bossangoa market",
        "paragraphs": [
            "This is the seven o'clock news. Armed men attacked the market in Bossangoa, in the north-west of "
            "the Central African Republic, on Saturday afternoon, killing at least four traders.",
            "The prefect of Ouham, Clarisse Ngaïkosset, spoke to our reporter by telephone. She said the "
            "attackers had come from the direction of the Chadian border on motorbikes.",
            "\"They fired into the crowd without any warning. Women were selling groundnuts and they were "
            "shot where they stood,\" the prefect said.",
            "The UN mission, MINUSCA, said its peacekeepers had been deployed to the town on Saturday night.",
            "A trader who escaped, Didier Yakété, told us he hid behind sacks of cassava for an hour. \"I could "
            "hear them laughing. They were in no hurry,\" he said.",
            "In other news, the national football team leaves for Yaoundé tomorrow.",
        ],
        "quotes": [
            ("Clarisse Ngaïkosset", "prefect of Ouham", False, "the attackers had come from the direction of the Chadian border"),
            ("Clarisse Ngaïkosset", "prefect of Ouham", True, "They fired into the crowd without any warning"),
            ("Clarisse Ngaïkosset", "prefect of Ouham", True, "they were shot where they stood"),
            ("Didier Yakété", "trader", False, "he hid behind sacks of cassava for an hour"),
            ("Didier Yakété", "trader", True, "I could hear them laughing. They were in no hurry"),
            ("MINUSCA", None, False, "its peacekeepers had been deployed to the town on Saturday night"),
        ],
        "claims": [],
    },
    {
        "id": "att4-03", "source": "Police press release", "published": "2026-10-14",
        "title": "PRESS RELEASE: Command repels attack on Gwoza divisional headquarters",
        "paragraphs": [
            "The Borno State Police Command wishes to inform the public that at about 0200hrs on 13 October "
            "2026, suspected insurgents attacked the Gwoza Divisional Police Headquarters. The attack was "
            "repelled by the gallant officers of the Command in conjunction with troops.",
            "Commenting on the incident, the Commissioner of Police, Borno State Command, CP Aliyu Musa Dikko, "
            "said: \"Our officers stood their ground for over two hours. I commend their courage and I assure "
            "the good people of Gwoza that the Command will not abandon them.\"",
            "The CP further disclosed that two officers sustained gunshot injuries and are responding to "
            "treatment at the General Hospital, Gwoza.",
            "He urged members of the public to report suspicious movements to the nearest police station. "
            "\"Security is everybody's business,\" the CP stated.",
            "Signed: ASP Nahum Kenneth Daso, Police Public Relations Officer, for the Commissioner of Police.",
        ],
        "quotes": [
            ("Aliyu Musa Dikko", "Commissioner of Police", True, "Our officers stood their ground for over two hours"),
            ("Aliyu Musa Dikko", "Commissioner of Police", True, "the Command will not abandon them"),
            ("Aliyu Musa Dikko", "Commissioner of Police", False, "two officers sustained gunshot injuries and are responding to treatment"),
            ("Aliyu Musa Dikko", "Commissioner of Police", True, "Security is everybody's business"),
        ],
        "claims": [],
    },
    {
        "id": "att4-04", "source": "Ministry press release", "published": "2026-10-20",
        "title": "Statement by the Ministry of Health on the Beledweyne bombing",
        "paragraphs": [
            "MOGADISHU - The Federal Ministry of Health expresses its deepest condolences to the families of "
            "the victims of the bombing in Beledweyne on 19 October.",
            "\"We are deeply saddened by this senseless attack on people who had come to the market to feed "
            "their families,\" said Dr. Fadumo Abdi Warsame, Minister of Health and Human Services. \"Our "
            "hospitals are open and no patient will be turned away for lack of money.\"",
            "The Minister added that a team of twelve surgeons had been flown to Beledweyne from Mogadishu "
            "and that blood donations were urgently needed.",
            "According to the regional health office, 31 wounded people were admitted to Beledweyne General "
            "Hospital, nine of them in critical condition.",
            "\"I call on every Somali who can give blood to go to the nearest hospital today,\" the Minister said.",
        ],
        "quotes": [
            ("Fadumo Abdi Warsame", "Minister of Health and Human Services", True, "We are deeply saddened by this senseless attack"),
            ("Fadumo Abdi Warsame", "Minister of Health and Human Services", True, "no patient will be turned away for lack of money"),
            ("Fadumo Abdi Warsame", "Minister of Health and Human Services", False, "a team of twelve surgeons had been flown to Beledweyne"),
            ("Fadumo Abdi Warsame", "Minister of Health and Human Services", True, "I call on every Somali who can give blood"),
        ],
        "claims": [
            ("According to the regional health office, 31 wounded people were admitted to Beledweyne General "
             "Hospital, nine of them in critical condition.", ["regional health office"], False),
        ],
    },
    {
        "id": "att4-05", "source": "NGO statement", "published": "2026-10-22",
        "title": "Myanmar: Airstrike on school in Sagaing must be investigated",
        "paragraphs": [
            "(Bangkok) - The Myanmar military's airstrike on a school in Sagaing Region on 17 October that "
            "killed at least 11 children should be investigated as a war crime, Human Rights Watch said today.",
            "\"Dropping bombs on a school in the middle of the morning lessons is not a tragic mistake, it is a "
            "pattern,\" said Naw Htoo Paw, Myanmar researcher at Human Rights Watch. \"The junta's foreign "
            "suppliers of aviation fuel should ask themselves what their product is used for.\"",
            "Four witnesses told Human Rights Watch that a jet circled the village twice before dropping two "
            "bombs. A teacher said she pulled six children from the rubble of the main classroom.",
            "Htoo Paw said that the UN Security Council had failed to act on previous strikes and urged "
            "governments to impose targeted sanctions on the air force.",
        ],
        "quotes": [
            ("Naw Htoo Paw", "Myanmar researcher at Human Rights Watch", True, "Dropping bombs on a school in the middle of the morning lessons"),
            ("Naw Htoo Paw", "Myanmar researcher at Human Rights Watch", True, "should ask themselves what their product is used for"),
            ("Naw Htoo Paw", "Myanmar researcher at Human Rights Watch", False, "the UN Security Council had failed to act on previous strikes"),
            ("Human Rights Watch", None, False, "should be investigated as a war crime"),
        ],
        "claims": [
            ("Four witnesses told Human Rights Watch that a jet circled the village twice before dropping two "
             "bombs.", ["Human Rights Watch", "Four witnesses"], False),
            ("A teacher said she pulled six children from the rubble of the main classroom.", ["teacher"], False),
        ],
    },
    {
        "id": "att4-06", "source": "NGO statement", "published": "2026-11-02",
        "title": "MSF treats 60 wounded after clashes in Tawila",
        "paragraphs": [
            "Médecins Sans Frontières (MSF) teams at the hospital in Tawila, North Darfur, received 60 wounded "
            "patients in 48 hours after heavy clashes on the edge of the town, the organisation said on Monday.",
            "\"Our surgical team operated through the night. Most of the wounded had gunshot or shrapnel wounds, "
            "and a third of them were children under 15,\" said Claire Moreau, MSF head of mission in Sudan.",
            "Moreau said the hospital was running out of blood bags and anaesthetics. \"If the road from Chad "
            "stays closed, we will have to choose which patients to operate on,\" she warned.",
            "Abdelrahman Yahya, a nurse who has worked in the hospital since it opened, described the "
            "emergency room as \"a field of mattresses\". He said: \"We stopped counting the hours. We count "
            "the patients.\"",
        ],
        "quotes": [
            ("Claire Moreau", "MSF head of mission in Sudan", True, "Our surgical team operated through the night"),
            ("Claire Moreau", "MSF head of mission in Sudan", True, "a third of them were children under 15"),
            ("Claire Moreau", "MSF head of mission in Sudan", False, "the hospital was running out of blood bags and anaesthetics"),
            ("Claire Moreau", "MSF head of mission in Sudan", True, "we will have to choose which patients to operate on"),
            ("Abdelrahman Yahya", "nurse", True, "a field of mattresses"),
            ("Abdelrahman Yahya", "nurse", True, "We stopped counting the hours. We count the patients"),
        ],
        "claims": [
            ("Médecins Sans Frontières (MSF) teams at the hospital in Tawila, North Darfur, received 60 wounded "
             "patients in 48 hours after heavy clashes on the edge of the town, the organisation said on Monday.",
             ["organisation"], False),
        ],
    },
    {
        "id": "att4-07", "source": "Conference report", "published": "2026-11-05",
        "title": "Panel: Can the Sahel juntas hold the countryside?",
        "paragraphs": [
            "DAKAR - Four speakers disagreed sharply on Wednesday about whether the military governments of "
            "Mali, Burkina Faso and Niger can stop the spread of jihadist groups, at a panel organised by the "
            "Timbuktu Institute.",
            "Aminata Diarra, a researcher at the University of Bamako, opened with a warning. \"The state has "
            "not lost the towns, but it has lost the roads between them,\" she said.",
            "Retired general Ousmane Kaboré, who commanded troops in northern Burkina Faso, disagreed. The "
            "army, he argued, had retaken several districts in the past year. \"You do not win this war in one "
            "rainy season,\" the general said.",
            "The third speaker, journalist Fatimata Maïga, said local militias had become a problem of their "
            "own. \"They were armed to protect villages and now some of them collect taxes,\" she said.",
            "Asked about negotiations, Diarra was cautious. \"Talking is not surrender,\" the researcher said, "
            "\"but nobody in Bamako wants to be the first to say it.\"",
            "Moderator Idrissa Sow closed the session by noting that none of the three governments had sent a "
            "representative.",
        ],
        "quotes": [
            ("Aminata Diarra", "researcher at the University of Bamako", True, "it has lost the roads between them"),
            ("Ousmane Kaboré", "retired general", False, "had retaken several districts in the past year"),
            ("Ousmane Kaboré", "retired general", True, "You do not win this war in one rainy season"),
            ("Fatimata Maïga", "journalist", False, "local militias had become a problem of their own"),
            ("Fatimata Maïga", "journalist", True, "now some of them collect taxes"),
            ("Aminata Diarra", "researcher at the University of Bamako", True, "Talking is not surrender"),
            ("Aminata Diarra", "researcher at the University of Bamako", True, "nobody in Bamako wants to be the first to say it"),
        ],
        "claims": [],
    },
    {
        "id": "att4-08", "source": "TV debate write-up", "published": "2026-10-28",
        "title": "Marsabit leaders trade blame over cattle raids",
        "paragraphs": [
            "Marsabit Governor Hussein Wario Guyo and Saku MP Diana Lokho clashed on live television on Tuesday "
            "night over who is to blame for the cattle raids that have killed 14 people this month.",
            "Mr Guyo said the national government had withdrawn police reservists from the border wards without "
            "consulting the county. \"You cannot take away the only security people have and then blame the "
            "county,\" he said.",
            "Ms Lokho accused the governor of politicising the deaths. \"The governor has had two years to "
            "build the police posts he promised. Where are they?\" she asked.",
            "Asked whether he would meet the Interior Cabinet Secretary, Mr Guyo replied: \"My door has always "
            "been open. I am waiting for his call.\"",
            "Residents interviewed later said neither leader had visited the affected villages.",
        ],
        "quotes": [
            ("Hussein Wario Guyo", "Marsabit Governor", False, "the national government had withdrawn police reservists from the border wards"),
            ("Hussein Wario Guyo", "Marsabit Governor", True, "You cannot take away the only security people have"),
            ("Diana Lokho", "Saku MP", True, "The governor has had two years to build the police posts"),
            ("Hussein Wario Guyo", "Marsabit Governor", True, "My door has always been open"),
        ],
        "claims": [
            ("Residents interviewed later said neither leader had visited the affected villages.", ["Residents"], False),
        ],
    },
    {
        "id": "att4-09", "source": "Translated (Arabic) agency", "published": "2026-10-09",
        "title": "Nineveh governor: security forces foil attack south of Mosul",
        "paragraphs": [
            "MOSUL - The Governor of Nineveh, Abdul Qader al-Dakhil, said to the agency on Thursday that the "
            "security forces foiled an attack by remnants of the terrorist gangs on a checkpoint in the Qayyarah "
            "district, south of Mosul.",
            "Al-Dakhil added: \"The heroes of the Federal Police killed two of the attackers and the rest fled "
            "towards the desert. The situation is completely under control.\"",
            "A source in the Nineveh Operations Command, who preferred not to reveal his name, told the agency "
            "that one policeman was martyred and three others were wounded in the clash.",
            "For his part, the mayor of Qayyarah, Salah al-Jubouri, confirmed to the agency that \"the citizens "
            "returned to their work in the morning and the markets are open.\"",
        ],
        "quotes": [
            ("Abdul Qader al-Dakhil", "Governor of Nineveh", False, "the security forces foiled an attack by remnants of the terrorist gangs"),
            ("Abdul Qader al-Dakhil", "Governor of Nineveh", True, "The heroes of the Federal Police killed two of the attackers"),
            ("Abdul Qader al-Dakhil", "Governor of Nineveh", True, "The situation is completely under control"),
            ("Salah al-Jubouri", "mayor of Qayyarah", True, "the citizens returned to their work in the morning"),
        ],
        "claims": [
            ("A source in the Nineveh Operations Command, who preferred not to reveal his name, told the agency "
             "that one policeman was martyred and three others were wounded in the clash.",
             ["source in the Nineveh Operations Command"], False),
        ],
    },
    {
        "id": "att4-10", "source": "Translated (French) agency", "published": "2026-10-17",
        "title": "Burkina: the army announces the neutralisation of dozens of terrorists near Djibo",
        "paragraphs": [
            "OUAGADOUGOU - The Burkinabè army announced on Friday to have \"neutralised several dozens of "
            "terrorists\" during an offensive operation near Djibo, in the north of the country.",
            "«The operation continues and the zone is being cleaned», affirmed to the agency the "
            "commander of the operational theatre, Lieutenant-Colonel Boukaré Zongo. «Our men have recovered "
            "weapons, motorcycles and a large quantity of ammunition», he specified.",
            "Contacted by telephone, a notable of Djibo who requested anonymity reported that the detonations "
            "were heard since the early morning.",
            "The mayor of the commune, Hamidou Dicko, for his part declared: «The population is relieved but "
            "fears the reprisals. We ask the State to stay.»",
        ],
        "quotes": [
            ("Boukaré Zongo", "commander of the operational theatre", True, "The operation continues and the zone is being cleaned"),
            ("Boukaré Zongo", "commander of the operational theatre", True, "Our men have recovered weapons, motorcycles"),
            ("Hamidou Dicko", "mayor of the commune", True, "The population is relieved but fears the reprisals"),
            ("Hamidou Dicko", "mayor of the commune", True, "We ask the State to stay"),
        ],
        "claims": [
            ("Contacted by telephone, a notable of Djibo who requested anonymity reported that the detonations "
             "were heard since the early morning.", ["notable of Djibo"], False),
        ],
    },
    {
        "id": "att4-11", "source": "Translated (Russian) agency", "published": "2026-10-25",
        "title": "Governor: drone attack on Belgorod region wounds three",
        "paragraphs": [
            "BELGOROD, October 25. /Agency/. Three civilians were wounded as a result of a drone attack on the "
            "village of Shebekino in the Belgorod region, the head of the region Vladimir Kostenko wrote in "
            "his Telegram channel.",
            "\"A drone dropped an explosive device on a passenger car. The driver and two passengers received "
            "shrapnel wounds, they are being taken to the city hospital,\" Kostenko wrote.",
            "He clarified that the windows of two private houses were also broken. \"Operational services are "
            "working at the scene,\" the governor added.",
            "As the press service of the Ministry of Defence reported, air defence systems destroyed 14 "
            "unmanned aerial vehicles over the territory of the region during the night.",
        ],
        "quotes": [
            ("Vladimir Kostenko", "head of the region", False, "Three civilians were wounded as a result of a drone attack"),
            ("Vladimir Kostenko", "head of the region", True, "A drone dropped an explosive device on a passenger car"),
            ("Vladimir Kostenko", "head of the region", True, "they are being taken to the city hospital"),
            ("Vladimir Kostenko", "head of the region", False, "the windows of two private houses were also broken"),
            ("Vladimir Kostenko", "head of the region", True, "Operational services are working at the scene"),
        ],
        "claims": [
            ("As the press service of the Ministry of Defence reported, air defence systems destroyed 14 "
             "unmanned aerial vehicles over the territory of the region during the night.",
             ["press service of the Ministry of Defence"], False),
        ],
    },
    {
        "id": "att4-12", "source": "Wire", "published": "2026-11-08",
        "title": "Survivors describe massacre at Nigerian village",
        "paragraphs": [
            "JOS, Nigeria, Nov 8 (Wire) - Gunmen killed at least 23 people in an overnight raid on the village "
            "of Kwall in Plateau State, residents and police said on Sunday.",
            "\"They shouted, 'Nobody will sleep here again,' and started shooting at the doors,\" said Ruth "
            "Dachung, 34, who hid with her two sons in a maize field.",
            "Her neighbour, Samuel Gyang, said his father had begged the attackers for mercy. \"My father told "
            "them, 'Take the cows, leave the children.' They shot him anyway,\" Gyang said.",
            "Plateau police spokesman Alabo Alfred said officers had arrested four suspects and that \"the "
            "hunt for the others is on.\"",
            "Local leaders said the attack was a reprisal for the killing of two herders last week, a claim "
            "police did not confirm.",
        ],
        "quotes": [
            ("Ruth Dachung", None, True, "Nobody will sleep here again"),
            ("Ruth Dachung", None, True, "started shooting at the doors"),
            ("Samuel Gyang", "neighbour", False, "his father had begged the attackers for mercy"),
            ("Samuel Gyang", "neighbour", True, "Take the cows, leave the children"),
            ("Samuel Gyang", "neighbour", True, "They shot him anyway"),
            ("Alabo Alfred", "Plateau police spokesman", False, "officers had arrested four suspects"),
            ("Alabo Alfred", "Plateau police spokesman", True, "the hunt for the others is on"),
        ],
        "claims": [
            ("Local leaders said the attack was a reprisal for the killing of two herders last week, a claim "
             "police did not confirm.", ["Local leaders"], False),
        ],
    },
    {
        "id": "att4-13", "source": "Wire", "published": "2026-10-30",
        "title": "Pakistani minister calls Quetta bombing 'cowardly and barbaric'",
        "paragraphs": [
            "ISLAMABAD, Oct 30 (Wire) - Pakistan's interior minister, Sardar Ahsan Kakar, on Friday called the "
            "suicide bombing at a Quetta railway station \"cowardly and barbaric\" and promised \"swift, decisive "
            "action\" against its planners.",
            "Kakar told parliament that 26 people had been killed, among them nine soldiers waiting for a train "
            "to Peshawar. He said the attacker was \"a hired gun\" sent from across the border.",
            "Opposition senator Rubina Khilji said the government had ignored \"repeated intelligence warnings\" "
            "about the station.",
            "A banned separatist group claimed responsibility for the attack in a statement sent to reporters.",
        ],
        "quotes": [
            ("Sardar Ahsan Kakar", "interior minister", True, "cowardly and barbaric"),
            ("Sardar Ahsan Kakar", "interior minister", True, "swift, decisive action"),
            ("Sardar Ahsan Kakar", "interior minister", False, "26 people had been killed, among them nine soldiers"),
            ("Sardar Ahsan Kakar", "interior minister", True, "a hired gun"),
            ("Rubina Khilji", "Opposition senator", True, "repeated intelligence warnings"),
            ("Rubina Khilji", "Opposition senator", False, "the government had ignored"),
        ],
        "claims": [
            ("A banned separatist group claimed responsibility for the attack in a statement sent to reporters.",
             ["banned separatist group"], False),
        ],
    },
    {
        "id": "att4-14", "source": "Nigerian daily", "published": "2026-10-12",
        "title": "Troops neutralise 15 bandits in Zamfara - DHQ",
        "paragraphs": [
            "Troops of Operation Hadarin Daji have neutralised 15 bandits and rescued 32 kidnapped victims in "
            "Tsafe and Maru local government areas of Zamfara State, the Defence Headquarters has said.",
            "The Director of Defence Media Operations, Maj.-Gen. Edward Buba, disclosed this while briefing "
            "journalists in Abuja on Thursday.",
            "The spokesman said the troops also recovered 11 AK-47 rifles and 40 motorcycles. \"The troops "
            "remain resolute in denying the criminals freedom of action,\" he said.",
            "\"We urge the public to continue to provide credible information,\" the spokesman added.",
            "A resident of Tsafe, Lawal Danjuma, told our correspondent that the rescued victims included "
            "his two daughters.",
        ],
        "quotes": [
            ("Defence Headquarters", None, False, "have neutralised 15 bandits and rescued 32 kidnapped victims"),
            ("Edward Buba", "Director of Defence Media Operations", False, "the troops also recovered 11 AK-47 rifles and 40 motorcycles"),
            ("Edward Buba", "Director of Defence Media Operations", True, "remain resolute in denying the criminals freedom of action"),
            ("Edward Buba", "Director of Defence Media Operations", True, "We urge the public to continue to provide credible information"),
            ("Lawal Danjuma", "resident of Tsafe", False, "the rescued victims included his two daughters"),
        ],
        "claims": [],
    },
    {
        "id": "att4-15", "source": "Feature", "published": "2026-11-12",
        "title": "The women who count the dead in Rakhine",
        "paragraphs": [
            "Every evening Noor Begum sits at a plastic table in the Kutupalong camp and writes names into a "
            "school exercise book. The names belong to people who died crossing from Myanmar.",
            "\"Somebody has to remember them. The governments will not,\" she says, closing the book.",
            "Her work began last year, when her brother drowned off Shah Porir Dwip. Now other women bring "
            "her names from their own families. One of them, Hasina Khatun, lost her husband in September.",
            "\"He went to find work and he never called,\" Khatun says. \"Noor wrote his name before I could "
            "say it aloud.\"",
            "Begum has filled four books. She says she does not know what she will do with them.",
            "\"Maybe one day a court will ask for them,\" she says. \"Until then they stay under my bed.\"",
        ],
        "quotes": [
            ("Noor Begum", None, True, "Somebody has to remember them. The governments will not"),
            ("Hasina Khatun", None, True, "He went to find work and he never called"),
            ("Hasina Khatun", None, True, "Noor wrote his name before I could say it aloud"),
            ("Noor Begum", None, False, "she does not know what she will do with them"),
            ("Noor Begum", None, True, "Maybe one day a court will ask for them"),
            ("Noor Begum", None, True, "Until then they stay under my bed"),
        ],
        "claims": [],
    },
    {
        "id": "att4-16", "source": "Wire", "published": "2026-11-17",
        "title": "Colombian defence minister defends bombing of FARC dissident camp",
        "paragraphs": [
            "BOGOTA, Nov 17 (Wire) - Colombia's defence minister, Andrea Villamizar, on Tuesday defended an "
            "air strike on a camp of FARC dissidents in Guaviare that killed 12 fighters, saying the "
            "military had no information that minors were present.",
            "\"Every operation is planned to protect civilian life,\" the minister told a news conference in "
            "Bogota. \"If there were children in that camp, the ones responsible are those who recruit them.\"",
            "The ombudsman's office said on Monday that at least three of the dead were under 18.",
            "Human rights lawyer Camilo Restrepo said the explanation was not enough. \"The state is obliged "
            "to verify before it bombs, not after,\" he said.",
            "The minister said an internal review had been opened.",
        ],
        "quotes": [
            ("Andrea Villamizar", "defence minister", False, "the military had no information that minors were present"),
            ("Andrea Villamizar", "defence minister", True, "Every operation is planned to protect civilian life"),
            ("Andrea Villamizar", "defence minister", True, "the ones responsible are those who recruit them"),
            ("Camilo Restrepo", "Human rights lawyer", False, "the explanation was not enough"),
            ("Camilo Restrepo", "Human rights lawyer", True, "The state is obliged to verify before it bombs"),
            ("Andrea Villamizar", "defence minister", False, "an internal review had been opened"),
        ],
        "claims": [
            ("The ombudsman's office said on Monday that at least three of the dead were under 18.",
             ["ombudsman's office"], False),
        ],
    },
]
