"""attribution4 articles 17-32: local papers, translated Arabic / French / Russian, nested and partial quotes."""

ARTICLES = [
    {
        "id": "att4-17", "source": "Wire", "published": "2026-10-03",
        "title": "Two officials trade accounts of Kharkiv strike",
        "paragraphs": [
            "KYIV, Oct 3 (Wire) - A Russian missile struck an industrial site in Kharkiv overnight, killing two "
            "workers, regional governor Oleh Synyehubov said on Saturday.",
            "Kharkiv mayor Ihor Terekhov said a second missile had been shot down over the city. \"The "
            "explosion was so strong that windows broke three kilometres away,\" he said on the national "
            "telethon.",
            "Synyehubov said rescuers were still searching the rubble for a third worker. \"We have not lost "
            "hope,\" he said.",
            "Russia's defence ministry said it had struck \"facilities of the military-industrial complex\" in "
            "the region, without naming Kharkiv.",
        ],
        "quotes": [
            ("Oleh Synyehubov", "regional governor", False, "A Russian missile struck an industrial site in Kharkiv overnight"),
            ("Ihor Terekhov", "Kharkiv mayor", False, "a second missile had been shot down over the city"),
            ("Ihor Terekhov", "Kharkiv mayor", True, "windows broke three kilometres away"),
            ("Oleh Synyehubov", "regional governor", False, "rescuers were still searching the rubble for a third worker"),
            ("Oleh Synyehubov", "regional governor", True, "We have not lost hope"),
            ("Russia's defence ministry", None, True, "facilities of the military-industrial complex"),
        ],
        "claims": [],
    },
    {
        "id": "att4-18", "source": "Pakistani daily", "published": "2026-10-19",
        "title": "Two policemen martyred in Dera Ismail Khan checkpost attack",
        "paragraphs": [
            "DERA ISMAIL KHAN: Two policemen were martyred and one was injured when terrorists attacked a "
            "checkpost in the Kulachi area late on Saturday night.",
            "Talking to Dawn, Station House Officer Rana Imtiaz Ahmed said that the attackers had used heavy "
            "weapons and night-vision equipment. \"It was a planned attack. They knew exactly when the shift "
            "changed,\" the SHO said.",
            "District Police Officer Sajjad Khan Marwat visited the injured constable at the DHQ hospital. "
            "Speaking to reporters there, the DPO vowed that the attackers would be \"brought to justice "
            "soon\".",
            "Sources in the CTD said a search operation had been launched in the surrounding hills.",
        ],
        "quotes": [
            ("Rana Imtiaz Ahmed", "Station House Officer", False, "the attackers had used heavy weapons and night-vision equipment"),
            ("Rana Imtiaz Ahmed", "Station House Officer", True, "It was a planned attack"),
            ("Rana Imtiaz Ahmed", "Station House Officer", True, "They knew exactly when the shift changed"),
            ("Sajjad Khan Marwat", "District Police Officer", True, "brought to justice soon"),
            ("Sajjad Khan Marwat", "District Police Officer", False, "the attackers would be"),
        ],
        "claims": [
            ("Sources in the CTD said a search operation had been launched in the surrounding hills.",
             ["Sources in the CTD"], False),
        ],
    },
    {
        "id": "att4-19", "source": "Kenyan daily", "published": "2026-11-01",
        "title": "Al-Shabaab militants torch school in Lamu",
        "paragraphs": [
            "Suspected al-Shabaab militants on Friday night torched a primary school and a police post at "
            "Bodhei in Lamu County, forcing dozens of families to flee.",
            "Speaking to the Nation on phone, Lamu County Commissioner Louis Rono said no one was killed in "
            "the raid. \"The attackers found the police post empty because our officers had been moved to "
            "Mokowe for an operation,\" the administrator said.",
            "Mr Rono added that a multi-agency team had been sent to pursue the attackers into the Boni forest.",
            "Bodhei ward MCA Fatuma Abdalla, however, accused the government of leaving the area exposed. "
            "\"We have been crying for security for years,\" she said. \"Today our children have no school.\"",
        ],
        "quotes": [
            ("Louis Rono", "Lamu County Commissioner", False, "no one was killed in the raid"),
            ("Louis Rono", "Lamu County Commissioner", True, "The attackers found the police post empty"),
            ("Louis Rono", "Lamu County Commissioner", False, "a multi-agency team had been sent to pursue the attackers"),
            ("Fatuma Abdalla", "Bodhei ward MCA", True, "We have been crying for security for years"),
            ("Fatuma Abdalla", "Bodhei ward MCA", True, "Today our children have no school"),
        ],
        "claims": [],
    },
    {
        "id": "att4-20", "source": "Translated (Arabic) agency", "published": "2026-10-27",
        "title": "Houthi drone attack on Marib kills three soldiers",
        "paragraphs": [
            "MARIB - Three soldiers of the army were martyred and five others were wounded on Monday in a "
            "drone attack launched by the Houthi militia on their positions in the Raghwan front, a military "
            "source said.",
            "The spokesman of the Marib Axis, Colonel Abdulbasit al-Baher, said to the agency that the drone "
            "was launched from areas under the control of the militia in Al-Jawf. He added: \"The militia "
            "continues its escalation despite the truce, and our forces are ready to respond.\"",
            "Al-Baher pointed out that the wounded were transported to the Marib general hospital.",
            "In a statement to Al-Masdar, the deputy governor of Marib, Ali al-Fatimi, called on the "
            "international community \"to stop the silence towards these crimes\".",
        ],
        "quotes": [
            ("Abdulbasit al-Baher", "spokesman of the Marib Axis", False, "the drone was launched from areas under the control of the militia"),
            ("Abdulbasit al-Baher", "spokesman of the Marib Axis", True, "The militia continues its escalation despite the truce"),
            ("Abdulbasit al-Baher", "spokesman of the Marib Axis", False, "the wounded were transported to the Marib general hospital"),
            ("Ali al-Fatimi", "deputy governor of Marib", True, "to stop the silence towards these crimes"),
        ],
        "claims": [
            ("MARIB - Three soldiers of the army were martyred and five others were wounded on Monday in a drone "
             "attack launched by the Houthi militia on their positions in the Raghwan front, a military source said.",
             ["military source"], False),
        ],
    },
    {
        "id": "att4-21", "source": "Translated (French) daily", "published": "2026-11-04",
        "title": "Tillabéri: a convoy ambushed near Ayorou",
        "paragraphs": [
            "A supply convoy escorted by the Defence and Security Forces fell into an ambush on Tuesday near "
            "Ayorou, in the region of Tillabéri. The provisional toll is five soldiers killed.",
            "Contacted by telephone, the mayor of Ayorou, Boubacar Hama Soumana, confided to us: «We heard the "
            "shots from ten o'clock. The trucks were burning until the evening.»",
            "According to him, the assailants numbered more than a hundred and came on motorcycles from the "
            "Malian side.",
            "«It is not the first time and it will not be the last if nothing changes», regretted a transporter "
            "of the town, Moussa Idé, whose two trucks were in the convoy.",
            "The Ministry of Defence indicated in a communiqué that «the enemy suffered heavy losses».",
        ],
        "quotes": [
            ("Boubacar Hama Soumana", "mayor of Ayorou", True, "We heard the shots from ten o'clock"),
            ("Boubacar Hama Soumana", "mayor of Ayorou", True, "The trucks were burning until the evening"),
            ("Boubacar Hama Soumana", "mayor of Ayorou", False, "the assailants numbered more than a hundred"),
            ("Moussa Idé", "transporter", True, "It is not the first time and it will not be the last"),
            ("Ministry of Defence", None, True, "the enemy suffered heavy losses"),
        ],
        "claims": [],
    },
    {
        "id": "att4-22", "source": "Translated (Russian) agency", "published": "2026-11-09",
        "title": "Mayor of Zaporizhzhia: night attack damaged a kindergarten",
        "paragraphs": [
            "ZAPORIZHZHIA, 9 November. The city was subjected to a massive attack of drones at night, the "
            "secretary of the city council Anatoliy Kurtev reported.",
            "— As a result of the attack, a kindergarten and three residential buildings were damaged, one "
            "woman was hospitalised, — he wrote on his page in the social network.",
            "According to Kurtev, the fire in one of the buildings was extinguished by morning.",
            "The head of the regional military administration, Ivan Fedorov, noted that the air defence worked "
            "over the region for more than three hours. «The enemy does not stop terrorising peaceful people», "
            "he emphasised.",
        ],
        "quotes": [
            ("Anatoliy Kurtev", "secretary of the city council", False, "The city was subjected to a massive attack of drones at night"),
            ("Anatoliy Kurtev", "secretary of the city council", True, "a kindergarten and three residential buildings were damaged"),
            ("Anatoliy Kurtev", "secretary of the city council", False, "the fire in one of the buildings was extinguished by morning"),
            ("Ivan Fedorov", "head of the regional military administration", False, "the air defence worked over the region for more than three hours"),
            ("Ivan Fedorov", "head of the regional military administration", True, "The enemy does not stop terrorising peaceful people"),
        ],
        "claims": [],
    },
    {
        "id": "att4-23", "source": "NGO joint statement", "published": "2026-10-15",
        "title": "UNICEF: children paying the heaviest price in Haiti's gang war",
        "paragraphs": [
            "PORT-AU-PRINCE - At least 40 children have been killed or injured in gang violence in the Haitian "
            "capital since the start of October, UNICEF said on Thursday.",
            "\"Children are being shot on their way to school and recruited by the same groups that shoot "
            "them. This must stop,\" said Geeta Rana-Lindqvist, UNICEF Representative in Haiti.",
            "She said that one in four schools in Port-au-Prince had closed because of the violence and that "
            "many had been turned into shelters for displaced families.",
            "The head of a local children's charity, Marie-Ange Joseph, said her staff could no longer reach "
            "the Cité Soleil district. \"We send food through a church. It is the only door still open,\" "
            "Joseph said.",
        ],
        "quotes": [
            ("UNICEF", None, False, "At least 40 children have been killed or injured in gang violence"),
            ("Geeta Rana-Lindqvist", "UNICEF Representative in Haiti", True, "Children are being shot on their way to school"),
            ("Geeta Rana-Lindqvist", "UNICEF Representative in Haiti", True, "This must stop"),
            ("Geeta Rana-Lindqvist", "UNICEF Representative in Haiti", False, "one in four schools in Port-au-Prince had closed"),
            ("Marie-Ange Joseph", "head of a local children's charity", False, "her staff could no longer reach the Cité Soleil district"),
            ("Marie-Ange Joseph", "head of a local children's charity", True, "We send food through a church"),
        ],
        "claims": [],
    },
    {
        "id": "att4-24", "source": "Army press release", "published": "2026-10-23",
        "title": "PRESS RELEASE: 3 Division troops clear militant hideouts in Kupwara",
        "paragraphs": [
            "Based on specific intelligence, a joint operation was launched by the Army and J&K Police in the "
            "general area of Machil, Kupwara on 22 October 2026. Two terrorists were eliminated and a large "
            "cache of arms was recovered.",
            "Speaking on the operation, the General Officer Commanding, Maj Gen Rajesh Kumar Sethi, said: \"The "
            "troops displayed exemplary professionalism in difficult terrain. We will not allow the "
            "terrorists to disturb the peace of the valley.\"",
            "The GOC also commended the residents of Machil for their cooperation. \"The people of Kupwara are "
            "our biggest strength,\" he said.",
            "The operation is in progress.",
        ],
        "quotes": [
            ("Rajesh Kumar Sethi", "General Officer Commanding", True, "The troops displayed exemplary professionalism in difficult terrain"),
            ("Rajesh Kumar Sethi", "General Officer Commanding", True, "We will not allow the terrorists to disturb the peace"),
            ("Rajesh Kumar Sethi", "General Officer Commanding", True, "The people of Kupwara are our biggest strength"),
        ],
        "claims": [],
    },
    {
        "id": "att4-25", "source": "TV transcript", "published": "2026-10-31",
        "title": "Evening report: floodwaters and fighting in Beledweyne",
        "paragraphs": [
            "ANCHOR: Tonight, a town caught between rising water and renewed fighting. Our reporter Ahmed "
            "Nuur is in Beledweyne.",
            "NUUR (voice-over): The Shabelle river burst its banks last week. Now residents also face mortar "
            "fire from the outskirts.",
            "FARHIYA HASSAN (shopkeeper): The water took my shop, and the next night the shells came. Where "
            "do we go? There is no dry road out.",
            "NUUR (to camera): The district commissioner, Abdirahman Omar Gelle, told us the army had pushed "
            "the fighters back to the villages west of the river.",
            "GELLE: We have the town. What we do not have is boats, food and medicine for forty thousand people.",
            "ANCHOR: Ahmed Nuur, thank you.",
        ],
        "quotes": [
            ("Farhiya Hassan", "shopkeeper", True, "The water took my shop, and the next night the shells came"),
            ("Abdirahman Omar Gelle", "district commissioner", False, "the army had pushed the fighters back to the villages west of the river"),
            ("Abdirahman Omar Gelle", "district commissioner", True, "What we do not have is boats, food and medicine"),
        ],
        "claims": [],
    },
    {
        "id": "att4-26", "source": "Parliamentary report", "published": "2026-11-19",
        "title": "Senators grill police chief over Kasese killings",
        "paragraphs": [
            "KAMPALA - Members of Parliament's defence committee on Wednesday questioned the Inspector General "
            "of Police, Abas Byakagaba, over the killing of seven protesters in Kasese last month.",
            "Committee chairperson Rosemary Nyakikongoro asked why officers had used live ammunition against "
            "an unarmed crowd. \"Who gave the order? That is all we want to know,\" she said.",
            "The IGP replied that the officers had come under attack with stones and petrol bombs. \"My men "
            "were surrounded. They acted in self-defence,\" he told the committee.",
            "Kasese Municipality MP Robert Centenary Mbusa disputed that account. \"I was there. Nobody threw "
            "a petrol bomb,\" the legislator said.",
            "The committee resolved to visit Kasese next week.",
        ],
        "quotes": [
            ("Rosemary Nyakikongoro", "Committee chairperson", True, "Who gave the order? That is all we want to know"),
            ("Abas Byakagaba", "Inspector General of Police", False, "the officers had come under attack with stones and petrol bombs"),
            ("Abas Byakagaba", "Inspector General of Police", True, "They acted in self-defence"),
            ("Robert Centenary Mbusa", "Kasese Municipality MP", True, "I was there. Nobody threw a petrol bomb"),
        ],
        "claims": [],
    },
    {
        "id": "att4-27", "source": "Wire", "published": "2026-10-08",
        "title": "Ukraine says it downed 40 drones; Russia reports strikes on energy sites",
        "paragraphs": [
            "KYIV, Oct 8 (Wire) - Ukraine's air force said on Thursday it had shot down 40 of 52 drones "
            "launched by Russia overnight.",
            "\"The main target was again the energy infrastructure of the east,\" said a spokeswoman for the "
            "air force, Olha Kravets. \"Two sites in Dnipropetrovsk region were hit.\"",
            "Kravets said there was no information yet on casualties.",
            "Energy minister Dmytro Havryliuk said repair crews were already working. \"By the evening most "
            "consumers will have power again,\" the minister told reporters.",
        ],
        "quotes": [
            ("Ukraine's air force", None, False, "it had shot down 40 of 52 drones"),
            ("Olha Kravets", "spokeswoman for the air force", True, "The main target was again the energy infrastructure"),
            ("Olha Kravets", "spokeswoman for the air force", True, "Two sites in Dnipropetrovsk region were hit"),
            ("Olha Kravets", "spokeswoman for the air force", False, "there was no information yet on casualties"),
            ("Dmytro Havryliuk", "Energy minister", False, "repair crews were already working"),
            ("Dmytro Havryliuk", "Energy minister", True, "By the evening most consumers will have power again"),
        ],
        "claims": [],
    },
    {
        "id": "att4-28", "source": "Translated (Arabic) agency", "published": "2026-11-14",
        "title": "Daraa: explosive device kills two in Tafas",
        "paragraphs": [
            "DARAA - Two civilians were killed and three others injured when an explosive device went off in "
            "the town of Tafas in the western countryside of Daraa on Friday.",
            "The director of the health department in Daraa, Dr. Khaled al-Masri, stated to the agency's "
            "reporter that the injured were transferred to the national hospital, noting that their condition "
            "is stable.",
            "A police source in the province pointed out that the device had been placed under a car parked "
            "near the municipality building.",
            "The Governor of Daraa, Marwan Sharbak, condemned the explosion, describing it as \"a desperate "
            "attempt to undermine the security and stability\" of the province.",
        ],
        "quotes": [
            ("Khaled al-Masri", "director of the health department in Daraa", False, "the injured were transferred to the national hospital"),
            ("Marwan Sharbak", "Governor of Daraa", True, "a desperate attempt to undermine the security and stability"),
        ],
        "claims": [
            ("A police source in the province pointed out that the device had been placed under a car parked "
             "near the municipality building.", ["police source in the province"], False),
        ],
    },
    {
        "id": "att4-29", "source": "Local daily (Nigeria)", "published": "2026-10-05",
        "title": "Bandits abduct 30 worshippers in Kaduna church",
        "paragraphs": [
            "Bandits on Sunday abducted about 30 worshippers during a service at a church in Kauru Local "
            "Government Area of Kaduna State.",
            "The village head of Kitimi, Mr Joseph Bako, told our correspondent that the gunmen arrived on "
            "motorcycles during the second service.",
            "\"They told the pastor, 'Finish your sermon quickly, today we are the ones preaching,' and "
            "marched everybody into the bush,\" the village head said.",
            "Bako said his wife was among those taken.",
            "Confirming the incident, the Kaduna State Police Command spokesman, ASP Mansir Hassan, said: "
            "\"Our tactical teams are on the trail of the abductors.\"",
        ],
        "quotes": [
            ("Joseph Bako", "village head of Kitimi", False, "the gunmen arrived on motorcycles during the second service"),
            ("Joseph Bako", "village head of Kitimi", True, "Finish your sermon quickly, today we are the ones preaching"),
            ("Joseph Bako", "village head of Kitimi", True, "marched everybody into the bush"),
            ("Joseph Bako", "village head of Kitimi", False, "his wife was among those taken"),
            ("Mansir Hassan", "Kaduna State Police Command spokesman", True, "Our tactical teams are on the trail of the abductors"),
        ],
        "claims": [],
    },
    {
        "id": "att4-30", "source": "Philippine daily", "published": "2026-11-21",
        "title": "Suspects in Maguindanao ambush 'armed and dangerous' - PNP",
        "paragraphs": [
            "COTABATO CITY - Police on Saturday warned the public that the gunmen behind the ambush of a "
            "village chief in Maguindanao del Sur are \"armed and dangerous.\"",
            "PNP regional spokesperson Lt. Col. Jopy Ventura said the four suspects were members of a "
            "private armed group linked to a local clan. \"We have identified them. It is only a matter of "
            "time,\" Ventura said.",
            "The slain official's widow, Norhaya Ampatuan-Sali, told reporters her husband had received "
            "death threats \"for months\" before the attack.",
            "\"He reported the threats. Nobody listened,\" she said.",
        ],
        "quotes": [
            ("Jopy Ventura", "PNP regional spokesperson", False, "the four suspects were members of a private armed group"),
            ("Jopy Ventura", "PNP regional spokesperson", True, "It is only a matter of time"),
            ("Norhaya Ampatuan-Sali", "widow", True, "for months"),
            ("Norhaya Ampatuan-Sali", "widow", False, "her husband had received death threats"),
            ("Norhaya Ampatuan-Sali", "widow", True, "He reported the threats. Nobody listened"),
        ],
        "claims": [
            ("COTABATO CITY - Police on Saturday warned the public that the gunmen behind the ambush of a "
             "village chief in Maguindanao del Sur are \"armed and dangerous.\"", ["Police"], False),
        ],
    },
    {
        "id": "att4-31", "source": "Translated (French) agency", "published": "2026-10-26",
        "title": "Haiti: gangs attack Mirebalais, police station burned",
        "paragraphs": [
            "PORT-AU-PRINCE - Armed gangs attacked the town of Mirebalais on Saturday night and set fire to "
            "the police station, local authorities told the agency.",
            "«The bandits entered from three sides. The police officers had to withdraw to save their "
            "lives», declared to the agency the deputy mayor, Jean-Baptiste Thermidor.",
            "He indicated that at least six residents had been killed and that hundreds of families had "
            "fled towards Hinche.",
            "A police officer, contacted by the agency, confirmed the withdrawal under cover of anonymity.",
            "The Prime Minister, Claude Désir, promised on the social network X «a vigorous response of the "
            "State».",
        ],
        "quotes": [
            ("Jean-Baptiste Thermidor", "deputy mayor", True, "The bandits entered from three sides"),
            ("Jean-Baptiste Thermidor", "deputy mayor", True, "The police officers had to withdraw to save their lives"),
            ("Jean-Baptiste Thermidor", "deputy mayor", False, "at least six residents had been killed"),
            ("Claude Désir", "Prime Minister", True, "a vigorous response of the State"),
        ],
        "claims": [
            ("PORT-AU-PRINCE - Armed gangs attacked the town of Mirebalais on Saturday night and set fire to the "
             "police station, local authorities told the agency.", ["local authorities"], False),
        ],
    },
    {
        "id": "att4-32", "source": "NGO statement", "published": "2026-11-25",
        "title": "Ethiopia: Amnesty documents killings in Amhara town",
        "paragraphs": [
            "Ethiopian soldiers killed at least 30 civilians in house-to-house searches in the town of "
            "Merawi in the Amhara region on 2 November, Amnesty International said in a report published "
            "today.",
            "\"Soldiers went from door to door, dragged men out and shot them in the street,\" said Tigist "
            "Alemu, Amnesty International's researcher on Ethiopia. \"Families were not allowed to bury the "
            "bodies for two days.\"",
            "One survivor told Amnesty that soldiers accused the men of feeding Fano fighters. \"The officer "
            "said, 'You give them bread, you give them bullets,'\" the survivor recalled.",
            "Alemu said the Ethiopian government should allow independent investigators into the region.",
        ],
        "quotes": [
            ("Amnesty International", None, False, "Ethiopian soldiers killed at least 30 civilians in house-to-house searches"),
            ("Tigist Alemu", "Amnesty International's researcher on Ethiopia", True, "dragged men out and shot them in the street"),
            ("Tigist Alemu", "Amnesty International's researcher on Ethiopia", True, "Families were not allowed to bury the bodies"),
            ("Tigist Alemu", "Amnesty International's researcher on Ethiopia", False, "the Ethiopian government should allow independent investigators"),
        ],
        "claims": [
            ("One survivor told Amnesty that soldiers accused the men of feeding Fano fighters.",
             ["Amnesty", "One survivor"], False),
        ],
    },
]
