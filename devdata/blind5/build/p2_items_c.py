# Part 2 short items: Strategic developments. Written by hand, blind.
from p2_common import S
from p2_actors import *

# ------------------------------------------------------------ Agreement
S("2026-10-07", "Colombia signs deal with Comuneros del Sur in Pasto",
  """BOGOTA, Oct 7 (Andes Wire) - The Colombian government and the Comuneros del Sur armed group signed an agreement in Pasto, Narino, on {wd} under which the group's fighters will move into a transition zone and begin handing over weapons.""",
  "Agreement", "2026-10-06", "Colombia", "Narino", "Pasto", ["Government of Colombia", "Colombian government"] + MIL("Colombia"),
  ["Comuneros del Sur"], None, admin1_var=["Narino", "Nariño"], style="wire")

S("2026-10-24", "Ukraine and Russia swap 120 prisoners each",
  """Ukraine and Russia swap 120 prisoners each

Ukraine and Russia exchanged 120 prisoners of war each on {wd} in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters said.""",
  "Agreement", "2026-10-23", "Ukraine", None, None, ["Government of Ukraine", "Ukraine"] + MIL("Ukraine"),
  ["Government of Russia", "Russia"] + MIL("Russia"), None, style="headline",
  note="no place given for the exchange: country level")

S("2026-11-12", "Coder note: Bahir Dar",
  """On {dmy} 2026, the Amhara regional administration and a Fano faction operating in West Gojjam signed a peace agreement in Bahir Dar (Amhara), providing for the faction's fighters to enter cantonment sites.""",
  "Agreement", "2026-11-10", "Ethiopia", "Amhara", "Bahir Dar", ["Government of Ethiopia", "Amhara regional government", "Amhara Regional Government"],
  FANO, None, style="coder")

S("2026-11-25", "Libya: Tripoli armed groups agree ceasefire",
  """Armed groups that had been clashing in southern Tripoli agreed to a ceasefire and to withdraw to their barracks under a deal brokered by the Presidential Council, the council said in a statement.""",
  "Agreement", None, "Libya", "Tripoli", "Tripoli", ["Presidential Council", "Government of Libya", "Government of National Unity"],
  ["armed groups", "Militias (Libya)", "Tripoli armed groups"], None, style="nodate")

# ------------------------------------------------------------ Arrests
S("2026-10-03", "Ugandan opposition MP arrested in Kampala",
  """Ugandan opposition MP arrested in Kampala

Police arrested opposition lawmaker Brian Ssekitto of the National Unity Platform at his home in Kampala on {wd} over what they called incitement.""",
  "Arrests", "2026-10-02", "Uganda", "Kampala", "Kampala", POL("Uganda") + ["Uganda Police Force"],
  ["National Unity Platform", "NUP", "Brian Ssekitto"], None, style="headline")

S("2026-10-21", "Tunisia: opposition figure detained in Tunis",
  """TUNIS, Oct 21 (Maghreb Wire) - Tunisian police detained Hedi Ben Slimane, a senior figure in an opposition coalition, at his office in Tunis on {wd} on conspiracy charges, his lawyer said.""",
  "Arrests", "2026-10-20", "Tunisia", "Tunis", "Tunis", POL("Tunisia") + ["Tunisian police"], ["Hedi Ben Slimane", "opposition figure"],
  None, style="wire")

S("2026-11-04", "In Yekaterinburg an activist is detained",
  """In Yekaterinburg, law enforcement officers detained a local civic activist on {wd}; he is suspected of repeated 'discrediting' of the army, his lawyer reported. The court will decide on a measure of restraint.""",
  "Arrests", "2026-11-02", "Russia", "Sverdlovsk", "Yekaterinburg", POL("Russia") + ["law enforcement officers"],
  ["civic activist", "Civilians (Russia)"], None, lang="ru", admin1_var=["Sverdlovsk", "Sverdlovsk Oblast"], style="translated")

S("2026-11-14", "Coder note: Maracaibo",
  """On {dmy} 2026, SEBIN agents detained Carla Urdaneta, a regional coordinator of an opposition party, in Maracaibo (Zulia).""",
  "Arrests", "2026-11-13", "Venezuela", "Zulia", "Maracaibo",
  ["Bolivarian National Intelligence Service", "SEBIN", "Police Forces of Venezuela"], ["Carla Urdaneta", "opposition party"],
  None, style="coder")

S("2026-11-28", "Zimbabwe: five opposition activists arrested in Harare",
  """Police arrested five opposition activists at a private meeting in a house in Harare's Glen View suburb, accusing them of planning an unsanctioned gathering, their lawyers said.""",
  "Arrests", None, "Zimbabwe", "Harare", "Harare", POL("Zimbabwe") + ["Zimbabwe Republic Police"], ["opposition activists"],
  None, loc_alt=["Glen View"], style="nodate")

# ------------------------------------------------------------ Change to group/activity
S("2026-10-13", "Nigeria: Boko Haram fighters surrender in Bama",
  """MAIDUGURI, Oct 13 (West Africa Wire) - About 70 Boko Haram fighters and their families surrendered to troops in Bama, Borno State, on {wd}, handing over rifles and ammunition, the military said.""",
  "Change to group/activity", "2026-10-11", "Nigeria", "Borno", "Bama", JAS, MIL("Nigeria") + ["troops"], None, style="wire")

S("2026-10-31", "40 BIFF members surrender in Maguindanao del Sur",
  """40 BIFF members surrender in Maguindanao del Sur

Forty members of the Bangsamoro Islamic Freedom Fighters laid down their arms to the army in Datu Saudi Ampatuan on {wd}, the military said.""",
  "Change to group/activity", "2026-10-30", "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Datu Saudi Ampatuan",
  ["Bangsamoro Islamic Freedom Fighters", "BIFF"], MIL("Philippines") + ["Armed Forces of the Philippines", "AFP"], None,
  admin1_var=["Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM", "Maguindanao del Sur", "Maguindanao", "Bangsamoro"],
  style="headline")

S("2026-11-07", "Niono: 25 combatants surrender to the FAMa",
  """Twenty-five combatants of JNIM have made their surrender to the Malian Armed Forces in Niono, region of Ségou, on {wd}, with their weapons, announced the army, which speaks of a 'success of the policy of the outstretched hand'.""",
  "Change to group/activity", "2026-11-05", "Mali", "Segou", "Niono", JNIM, MIL("Mali") + ["FAMa"], None, lang="fr",
  admin1_var=["Segou", "Ségou"], style="translated")

S("2026-11-20", "Coder note: Ouahigouya",
  """On {dmy} 2026, the army opened a recruitment drive for new VDP volunteers in Ouahigouya (Yatenga province), aiming to form two new local units.""",
  "Change to group/activity", "2026-11-17", "Burkina Faso", "Nord", "Ouahigouya",
  ["Volunteers for the Defense of the Homeland", "VDP"] + MIL("Burkina Faso"), None, None,
  admin1_var=["Nord", "Yaadga"], style="coder")

S("2026-11-30", "Haiti: gang coalition names new leader",
  """The Viv Ansanm gang coalition announced in a video posted online that it had chosen a new leader, Jean-Robert 'Ti Lou' Pierre-Louis, after an internal dispute, in Port-au-Prince.""",
  "Change to group/activity", None, "Haiti", "Ouest", "Port-au-Prince", VIVANSANM, None, None, style="nodate")

# ------------------------------------------------------------ Disrupted weapons use
S("2026-10-02", "Bomb disposal squad defuses IED on Quetta road",
  """Bomb disposal squad defuses IED on Quetta road

Police defused a roadside bomb packed with 5 kg of explosives on Sariab Road in Quetta on {wd} morning, minutes before a police patrol was due to pass.""",
  "Disrupted weapons use", "2026-10-01", "Pakistan", "Balochistan", "Quetta", POL("Pakistan") + ["Bomb Disposal Squad"],
  None, None, style="headline")

S("2026-10-20", "India: arms cache recovered in Churachandpur",
  """IMPHAL, Oct 20 (Northeast Wire) - Security forces recovered eight rifles, 20 grenades and a large quantity of ammunition from a hideout in Churachandpur district of Manipur on {wd}, the Assam Rifles said.""",
  "Disrupted weapons use", "2026-10-19", "India", "Manipur", "Churachandpur", MIL("India") + ["Assam Rifles", "security forces"],
  None, None, style="wire")

S("2026-11-01", "Suicide plot foiled in Kirkuk",
  """The security forces foiled a plot for a suicide attack in Kirkuk on {wd}, arresting a terrorist wearing an explosive belt before he reached his target, the Security Media Cell said.""",
  "Disrupted weapons use", "2026-10-30", "Iraq", "Kirkuk", "Kirkuk", MIL("Iraq") + POL("Iraq") + ["Iraqi security forces"],
  ["Islamic State", "suicide bomber", "Unidentified Armed Group (Iraq)"], None, lang="ar", style="translated")

S("2026-11-10", "Coder note: Kyiv oblast",
  """On {dmy} 2026, Ukrainian air defences shot down 12 Russian attack drones over Kyiv oblast overnight. No damage or casualties were reported on the ground.""",
  "Disrupted weapons use", "2026-11-08", "Ukraine", "Kyiv", None, MIL("Ukraine") + ["Ukrainian air defence"],
  MIL("Russia") + ["Russian forces"], [0, 0], admin1_var=["Kyiv", "Kyivska", "Kyiv Oblast", "Kiev"],
  window=["2026-11-08", "2026-11-09"], style="coder")

S("2026-11-23", "Colombia: army seizes Clan del Golfo explosives in Caceres",
  """Soldiers seized 300 kilograms of explosives and materials for making landmines belonging to the Clan del Golfo in a rural area of Caceres, Antioquia, the army said.""",
  "Disrupted weapons use", None, "Colombia", "Antioquia", "Caceres", MIL("Colombia") + ["Colombian army"], CLAN, None,
  loc_alt=["Cáceres"], style="nodate")

# ------------------------------------------------------------ Headquarters or base established
S("2026-10-11", "Mali: Africa Corps sets up base at Tessalit",
  """BAMAKO, Oct 11 (Sahel Wire) - Russian Africa Corps personnel and Malian troops have established a new base at the former UN camp in Tessalit, Kidal region, local sources said. No fighting was reported.""",
  "Headquarters or base established", None, "Mali", "Kidal", "Tessalit", ["Africa Corps", "Russian Africa Corps", "Wagner Group"] + MIL("Mali") + ["FAMa"],
  None, None, style="wire", note="no date in the text")

S("2026-10-28", "Coder note: Kalehe",
  """On {dmy} 2026, M23/AFC established a military position and administrative office in Numbi (Kalehe territory, South Kivu), after the area was left by Wazalendo groups. No clashes.""",
  "Headquarters or base established", "2026-10-26", "Democratic Republic of Congo", "South Kivu", "Numbi", M23, None, None,
  admin1_var=["South Kivu", "Sud-Kivu"], style="coder")

S("2026-11-17", "Al-Shabaab set up a base in Baardheere",
  """Fighters of al-Shabaab set up a new camp in the outskirts of Baardheere district of Gedo region on {wd}, local elders said; they came with technical vehicles and there was no fighting.""",
  "Headquarters or base established", "2026-11-15", "Somalia", "Gedo", "Baardheere", SHABAAB, None, None, lang="so",
  loc_alt=["Bardera", "Bardere"], style="translated")

S("2026-11-26", "Nigeria: Lakurawa militants set up camps in Augie forests",
  """Lakurawa militants have set up camps in forests of Augie local government area of Kebbi State and are preaching in nearby villages, residents said.""",
  "Headquarters or base established", None, "Nigeria", "Kebbi", "Augie", ["Lakurawa", "Lakurawa militants"], None, None, style="nodate")

# ------------------------------------------------------------ Looting/property destruction
S("2026-10-09", "RSF fighters loot market in En Nahud",
  """RSF fighters loot market in En Nahud

Rapid Support Forces fighters looted shops and the main market of En Nahud in West Kordofan on {wd}; no one was reported hurt, residents said.""",
  "Looting/property destruction", "2026-10-08", "Sudan", "West Kordofan", "En Nahud", RSF, CIV("Sudan") + ["traders"], [0, 0],
  admin1_var=["West Kordofan", "Gharb Kurdufan"], loc_alt=["An Nahud", "Al Nuhud"], style="headline")

S("2026-10-22", "Cameroon: separatists burn school in Kumbo",
  """YAOUNDE, Oct 22 (Central Africa Wire) - Suspected separatist fighters set fire to a government secondary school in Kumbo, in Cameroon's Northwest region, on {wd} night; the building was empty and no one was hurt, officials said.""",
  "Looting/property destruction", "2026-10-20", "Cameroon", "Northwest", "Kumbo", AMBA, CIV("Cameroon"), [0, 0],
  admin1_var=["Northwest", "North-West", "Nord-Ouest"], window=["2026-10-20", "2026-10-21"], style="wire")

S("2026-11-01", "Fire at party office in Sylhet",
  """Unknown miscreants set fire to the district office of a political party in Sylhet city on {wd} late night. Furniture and documents were burnt, but nobody was injured, police said.""",
  "Looting/property destruction", "2026-10-30", "Bangladesh", "Sylhet", "Sylhet", UNID("Bangladesh") + ["miscreants"],
  ["political party"], [0, 0], lang="bn", window=["2026-10-30", "2026-10-31"], style="translated")

S("2026-11-15", "Coder note: Kabo",
  """On {dmy} 2026, MPC rebels looted an NGO warehouse of food stocks and medicines in Kabo (Ouham prefecture). No casualties.""",
  "Looting/property destruction", "2026-11-13", "Central African Republic", "Ouham", "Kabo",
  ["Patriotic Movement for Central Africa", "MPC", "Mouvement patriotique pour la Centrafrique"], ["NGO", "Civilians (Central African Republic)"],
  [0, 0], style="coder")

S("2026-11-28", "Mexico: vehicles torched on highway in Culiacan",
  """Armed men set fire to five vehicles to block the Mexico 15 highway on the northern edge of Culiacan, Sinaloa; no injuries were reported.""",
  "Looting/property destruction", None, "Mexico", "Sinaloa", "Culiacan", UNID("Mexico"), None, [0, 0], loc_alt=["Culiacán"],
  style="nodate")

# ------------------------------------------------------------ Non-violent transfer of territory
S("2026-10-19", "Mali: JNIM enters Boulkessi after army withdrawal",
  """BAMAKO, Oct 19 (Sahel Wire) - Malian troops withdrew from their camp at Boulkessi, near the border with Burkina Faso, on {wd}, and JNIM fighters moved into the town the next day without a fight, local sources said.""",
  "Non-violent transfer of territory", "2026-10-17", "Mali", "Mopti", "Boulkessi", JNIM, MIL("Mali") + ["FAMa"], None,
  admin1_var=["Mopti", "Douentza"], window=["2026-10-17", "2026-10-18"], style="wire",
  note="the army left on the 17th, JNIM entered on the 18th")

S("2026-11-04", "Coder note: Tabqa",
  """On {dmy} 2026, the SDF handed over control of Tabqa city and its dam (Raqqa) to Syrian government forces under the integration agreement. No incidents.""",
  "Non-violent transfer of territory", "2026-11-02", "Syria", "Ar-Raqqa", "Tabqa", ["Syrian Democratic Forces", "SDF"],
  MIL("Syria") + ["Government of Syria", "Syrian government forces"], None, admin1_var=["Ar-Raqqa", "Raqqa", "Ar Raqqah"],
  loc_alt=["Al-Thawrah", "At Tabqah"], style="coder")

S("2026-11-19", "South Kivu: the Twirwaneho occupy Mwenga",
  """The Twirwaneho combatants have occupied the centre of Mwenga on {wd} without firing a shot, after the withdrawal of the elements of the FARDC towards Kamituga, indicate sources of the civil society of the territory.""",
  "Non-violent transfer of territory", "2026-11-17", "Democratic Republic of Congo", "South Kivu", "Mwenga", ["Twirwaneho"],
  FARDC, None, lang="fr", admin1_var=["South Kivu", "Sud-Kivu"], style="translated")

S("2026-11-27", "Somalia: AU mission hands Buloburde base to Somali army",
  """The African Union mission handed over its forward operating base in Buloburde, Hiraan region, to the Somali National Army in a ceremony attended by regional officials.""",
  "Non-violent transfer of territory", None, "Somalia", "Hiraan", "Buloburde",
  ["African Union Support and Stabilization Mission in Somalia", "AUSSOM", "African Union"], MIL("Somalia") + ["Somali National Army", "SNA"],
  None, admin1_var=["Hiraan", "Hiiraan"], loc_alt=["Bulo Burte", "Bulobarde"], style="nodate")

# ------------------------------------------------------------ Other
S("2026-10-03", "Curfew imposed in Jos North",
  """Curfew imposed in Jos North

Plateau State authorities imposed a dusk-to-dawn curfew on Jos North local government area on {wd} after tensions between youth groups, the governor's office said.""",
  "Other", "2026-10-02", "Nigeria", "Plateau", "Jos", ["Government of Nigeria", "Plateau State Government"], None, None,
  loc_alt=["Jos North"], style="headline")

S("2026-10-15", "Pakistan: mobile internet suspended in Kech",
  """QUETTA, Oct 15 (Frontier Wire) - The Balochistan government suspended mobile internet services across Kech district on {wd} for an indefinite period, citing security concerns, a notification said.""",
  "Other", "2026-10-14", "Pakistan", "Balochistan", "Turbat", ["Government of Pakistan", "Balochistan government"], None, None,
  loc_alt=["Kech"], style="wire", note="district-wide measure; coded to the district capital Turbat (geo precision 2)")

S("2026-11-02", "Ecuador: state of exception in Los Ríos",
  """The President of the Republic decreed this {wd} a state of exception in the province of Los Ríos for 60 days, because of the grave internal commotion caused by the violence of criminal groups.""",
  "Other", "2026-11-01", "Ecuador", "Los Rios", "Babahoyo", ["Government of Ecuador"], None, None, lang="es",
  admin1_var=["Los Rios", "Los Ríos"], style="translated", note="province-wide measure: geo precision 3, coded to the capital Babahoyo")

S("2026-11-08", "Coder note: Nyala",
  """On {dmy} 2026, the RSF-led 'Government of Peace and Unity' swore in a new governor of South Darfur at a ceremony in Nyala.""",
  "Other", "2026-11-06", "Sudan", "South Darfur", "Nyala", RSF + ["Government of Peace and Unity", "Tasis"], None, None,
  admin1_var=["South Darfur", "Janub Darfur"], style="coder")

S("2026-11-21", "Cameroon: gatherings banned in Garoua",
  """The prefect of Benoue division has banned all public gatherings and marches in Garoua for two weeks, citing risks to public order after the disputed by-election.""",
  "Other", None, "Cameroon", "North", "Garoua", ["Government of Cameroon", "prefect of Benoue"], None, None,
  admin1_var=["North", "Nord"], style="nodate")
