# Part 2 short items: Battles and Explosions/Remote violence. Written by hand, blind.
from p2_common import S
from p2_actors import *

# ------------------------------------------------------------ Armed clash
S("2026-10-06", "Al-Shabaab, army fight outside Afgooye; 7 dead",
  """Al-Shabaab, army fight outside Afgooye; 7 dead

Al-Shabaab fighters and Somali troops battled for about three hours on the edge of Afgooye in Lower Shabelle on {wd}, leaving four soldiers and three militants dead, a district official said.""",
  "Armed clash", "2026-10-05", "Somalia", "Lower Shabelle", "Afgooye", SHABAAB,
  MIL("Somalia") + ["Somali National Army", "SNA"], [7, 7], admin1_var=["Lower Shabelle", "Shabeellaha Hoose"],
  loc_alt=["Afgoye", "Afgoi"], style="headline")

S("2026-10-16", "Coder note: Tibu clash",
  """On {dmy} 2026, ELN guerrillas clashed with FARC dissidents of the 33rd Front in a rural area (vereda) of Tibu municipality, Norte de Santander. The regional Ombudsman's Office reported 5 combatants killed; the dead have not been identified by group.""",
  "Armed clash", "2026-10-14", "Colombia", "Norte de Santander", "Tibu", ELN, FARC_DISS + ["33rd Front", "Frente 33"], [5, 5],
  loc_alt=["Tibú"], style="coder")

S("2026-11-03", "Burkina Faso: militants storm army post near Djibo",
  """OUAGADOUGOU, Nov 3 (Sahel Wire) - Hundreds of militants attacked an army detachment on the outskirts of Djibo, in northern Burkina Faso, on {wd}, and fought soldiers and VDP auxiliaries for several hours before being pushed back, two security sources said. At least 20 soldiers were killed. JNIM claimed the attack on Monday.""",
  "Armed clash", "2026-11-01", "Burkina Faso", "Sahel", "Djibo", JNIM,
  MIL("Burkina Faso") + ["Volunteers for the Defense of the Homeland", "VDP"], [20, 20], claimed=JNIM,
  admin1_var=["Sahel", "Soum"], style="wire", fat_note="at least 20 soldiers; attackers' losses not given")

S("2026-10-21", "North Kivu: clashes at Nyabiondo",
  """Violent clashes opposed on {wd} morning the M23 rebels and the Wazalendo combatants in the locality of Nyabiondo, territory of Masisi (North Kivu), according to sources of the civil society. The provisional balance sheet reports six dead among the belligerents, and numerous households have fled towards Lwibo.""",
  "Armed clash", "2026-10-19", "Democratic Republic of Congo", "North Kivu", "Nyabiondo", M23, WAZALENDO, [6, 6],
  lang="fr", admin1_var=["North Kivu", "Nord-Kivu"], style="translated")

S("2026-11-12", "Myanmar: fighting near Kyaukphyu",
  """Heavy fighting between the Arakan Army and Myanmar junta troops is continuing on the outskirts of Kyaukphyu township in Rakhine State, residents told our correspondent. No casualty figures were available.""",
  "Armed clash", None, "Myanmar", "Rakhine", "Kyaukphyu", AA, MIL("Myanmar") + ["Tatmadaw", "junta troops"], None,
  style="nodate")

# ------------------------------------------------------------ Government regains territory
S("2026-10-09", "Mozambique: Macomia retaken",
  """PEMBA, Oct 9 (Indian Ocean Wire) - Mozambican and Rwandan troops regained control of the town of Macomia in Cabo Delgado province on {wd} after driving out Islamic State-linked insurgents who had held parts of it for two days, the defence ministry said.""",
  "Government regains territory", "2026-10-08", "Mozambique", "Cabo Delgado", "Macomia",
  MIL("Mozambique") + ["Military Forces of Rwanda", "Rwanda Defence Force", "Mozambican troops"], ISM, None, style="wire")

S("2026-10-27", "Sudanese army says it recaptured Bara from RSF",
  """Sudanese army says it recaptured Bara from RSF

The Sudanese Armed Forces said on {wd} they had regained control of Bara in North Kordofan after two days of fighting with the paramilitary Rapid Support Forces.""",
  "Government regains territory", "2026-10-26", "Sudan", "North Kordofan", "Bara", SAF, RSF, None,
  admin1_var=["North Kordofan", "Shamal Kurdufan"], style="headline")

S("2026-11-18", "Soldiers have retaken Marte from ISWAP",
  """Troops of the Nigerian Army have recovered the town of Marte in Borno State from the hands of ISWAP terrorists on {wd}, after a fierce battle, a military source told our reporter. The source said many of the terrorists were neutralised but he did not give a number.""",
  "Government regains territory", "2026-11-16", "Nigeria", "Borno", "Marte", MIL("Nigeria") + ["Nigerian Army"], ISWAP,
  [10, 10], lang="ha", style="translated", fat_note="'many' -> 10 under the project's rule; no figure given")

S("2026-11-06", "Coder note: Zaporizhzhia front",
  """On {dmy} 2026, Ukrainian forces regained control of the village of Mala Tokmachka (Polohy raion, Zaporizhzhia oblast) from Russian forces, according to the Ukrainian General Staff. Fatalities were not reported.""",
  "Government regains territory", "2026-11-04", "Ukraine", "Zaporizhzhia", "Mala Tokmachka",
  MIL("Ukraine") + ["Armed Forces of Ukraine", "Ukrainian forces"], MIL("Russia") + ["Russian forces"], None,
  admin1_var=["Zaporizhzhia", "Zaporizhia", "Zaporizka"], style="coder")

S("2026-10-30", "Mali: the FAMa retake Léré",
  """The Malian Armed Forces (FAMa) announced having retaken control of the commune of Léré, in the region of Timbuktu, after heavy combats against the terrorists of JNIM, according to a communiqué of the general staff published this Friday.""",
  "Government regains territory", None, "Mali", "Timbuktu", "Lere", MIL("Mali") + ["FAMa", "Malian Armed Forces"], JNIM, None,
  lang="fr", admin1_var=["Timbuktu", "Tombouctou"], loc_alt=["Léré"], style="nodate")

# ------------------------------------------------------------ Non-state actor overtakes territory
S("2026-10-13", "KIA says it has taken Bhamo",
  """KIA says it has taken Bhamo

The Kachin Independence Army said on {wd} it had seized full control of Bhamo in Kachin State after overrunning the last junta positions in the town.""",
  "Non-state actor overtakes territory", "2026-10-12", "Myanmar", "Kachin", "Bhamo", KIA, MIL("Myanmar") + ["Tatmadaw", "junta"],
  None, style="headline")

S("2026-10-23", "DR Congo: M23 enters Pinga",
  """GOMA, Oct 23 (Great Lakes Wire) - M23 rebels took control of Pinga, a trading town in Walikale territory of North Kivu, on {wd} after clashes with Wazalendo fighters and Congolese soldiers, who pulled back towards the north, local sources said.""",
  "Non-state actor overtakes territory", "2026-10-22", "Democratic Republic of Congo", "North Kivu", "Pinga", M23,
  FARDC + WAZALENDO, None, admin1_var=["North Kivu", "Nord-Kivu"], style="wire")

S("2026-11-10", "Haiti: the gangs seize Lascahobas",
  """Armed men of the coalition Viv Ansanm have taken the control of the commune of Lascahobas (Centre department) on {wd} night, after exchanges of fire with the agents of the National Police of Haiti, who have withdrawn, reports the town hall. Two policemen have lost the life.""",
  "Non-state actor overtakes territory", "2026-11-08", "Haiti", "Centre", "Lascahobas", VIVANSANM,
  POL("Haiti") + ["Haitian National Police", "PNH"], [2, 2], lang="fr", style="translated",
  window=["2026-11-08", "2026-11-09"])

S("2026-11-20", "Coder note: West Kordofan",
  """On {dmy} 2026, RSF fighters took over the town of Babanusa (West Kordofan) after the army's 22nd Division garrison withdrew following a long siege and a final assault. Fatalities unknown.""",
  "Non-state actor overtakes territory", "2026-11-18", "Sudan", "West Kordofan", "Babanusa", RSF, SAF, None,
  admin1_var=["West Kordofan", "Gharb Kurdufan"], style="coder")

S("2026-11-26", "Somalia: al-Shabaab seizes Mahas",
  """Al-Shabaab fighters have seized the town of Mahas in Hiraan region after government forces and allied clan militia pulled out following an overnight assault, residents said.""",
  "Non-state actor overtakes territory", None, "Somalia", "Hiraan", "Mahas", SHABAAB,
  MIL("Somalia") + ["Somali National Army", "Macawisley", "clan militia"], None, admin1_var=["Hiraan", "Hiiraan"], style="nodate")

# ------------------------------------------------------------ Chemical weapon
S("2026-10-08", "Ukraine: gas munitions dropped near Kostiantynivka",
  """KYIV, Oct 8 (East Europe Wire) - Russian forces dropped munitions containing a toxic chemical agent from drones onto Ukrainian positions near Kostiantynivka in Donetsk oblast on {wd}, the Ukrainian army said. Three soldiers were treated for poisoning; no deaths were reported.""",
  "Chemical weapon", "2026-10-07", "Ukraine", "Donetsk", "Kostiantynivka", MIL("Russia") + ["Russian forces"],
  MIL("Ukraine") + ["Ukrainian forces"], [0, 0], loc_alt=["Konstantinovka"], style="wire")

S("2026-10-28", "Coder note: North Darfur chemical allegation",
  """On {dmy} 2026, barrels releasing a chlorine-like gas were reportedly dropped by SAF aircraft on RSF positions near Mellit (North Darfur). A local monitoring group said 4 people died of suffocation.""",
  "Chemical weapon", "2026-10-25", "Sudan", "North Darfur", "Mellit", SAF, RSF, [4, 4],
  admin1_var=["North Darfur", "Shamal Darfur"], style="coder")

S("2026-11-14", "Junta drone drops toxic gas on KNLA positions, 2 dead",
  """Junta drone drops toxic gas on KNLA positions, 2 dead

A junta drone released a yellow gas over resistance positions near Kawkareik in Kayin State on {wd}, killing two KNLA fighters, the Karen National Union said.""",
  "Chemical weapon", "2026-11-12", "Myanmar", "Kayin", "Kawkareik", MIL("Myanmar") + ["Tatmadaw", "junta"],
  ["Karen National Liberation Army", "KNLA", "Karen National Union", "KNU"], [2, 2], admin1_var=["Kayin", "Karen"],
  style="headline")

S("2026-11-24", "General Staff: occupiers used chemical munitions",
  """The General Staff of the Armed Forces of Ukraine informs that during the past day the occupiers used ammunition filled with dangerous chemical substances against our defenders in the area of Kupiansk, Kharkiv region. Losses are being clarified.""",
  "Chemical weapon", None, "Ukraine", "Kharkiv", "Kupiansk", MIL("Russia") + ["Russian forces", "occupiers"],
  MIL("Ukraine") + ["Armed Forces of Ukraine"], None, lang="uk", loc_alt=["Kupyansk"], style="nodate")

# ------------------------------------------------------------ Air/drone strike
S("2026-10-12", "Drone strike on Kosti market kills 11",
  """Drone strike on Kosti market kills 11

A drone struck a crowded market in Kosti, White Nile state, on {wd}, killing 11 people; the army blamed the Rapid Support Forces, who did not comment.""",
  "Air/drone strike", "2026-10-11", "Sudan", "White Nile", "Kosti", RSF, CIV("Sudan"), [11, 11], style="headline")

S("2026-10-20", "US strike on Islamic State in Puntland",
  """MOGADISHU, Oct 20 (Horn Wire) - US Africa Command said it conducted an airstrike against Islamic State fighters in the Cal Miskaad mountains of Bari region on {wd}, killing three militants. It said no civilians were hurt.""",
  "Air/drone strike", "2026-10-18", "Somalia", "Bari", "Cal Miskaad",
  ["Military Forces of the United States", "US Africa Command", "AFRICOM", "United States"], ISSOM, [3, 3],
  loc_alt=["Calmiskaad", "Al Miskaad"], style="wire")

S("2026-11-02", "Drone attack in Mir Ali",
  """In the Mir Ali tehsil of North Waziristan, a quadcopter dropped explosives on a house on {wd} evening, in which two children lost their lives and three other persons were injured, told local elders. It is not known who operated the drone.""",
  "Air/drone strike", "2026-10-31", "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", UNID("Pakistan") + ["quadcopter"],
  CIV("Pakistan"), [2, 2], lang="ur", style="translated")

S("2026-11-09", "Coder note: Izmail",
  """On {dmy} 2026, Russian forces struck port infrastructure in Izmail (Odesa oblast) with Shahed-type attack drones overnight. Regional authorities reported 2 civilians killed and a grain warehouse damaged.""",
  "Air/drone strike", "2026-11-07", "Ukraine", "Odesa", "Izmail", MIL("Russia") + ["Russian forces"], CIV("Ukraine"), [2, 2],
  admin1_var=["Odesa", "Odessa"], window=["2026-11-07", "2026-11-08"], style="coder")

S("2026-11-28", "Myanmar: jets bomb village in Depayin",
  """Military jets bombed a village in Depayin township, Sagaing Region, killing nine villagers including four children, according to residents and a local resistance group.""",
  "Air/drone strike", None, "Myanmar", "Sagaing", "Depayin", MIL("Myanmar") + ["Myanmar Air Force", "Tatmadaw", "junta"],
  CIV("Myanmar"), [9, 9], style="nodate")

# ------------------------------------------------------------ Suicide bomb
S("2026-10-04", "Pakistan: suicide car bomb hits convoy in Bannu",
  """PESHAWAR, Oct 4 (Frontier Wire) - A suicide bomber rammed an explosives-laden car into a security forces convoy in Bannu district on {wd}, killing five soldiers and wounding eleven, officials said. The Pakistani Taliban (TTP) claimed responsibility.""",
  "Suicide bomb", "2026-10-03", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", TTP, MIL("Pakistan") + ["security forces"], [5, 6],
  claimed=TTP, style="wire", fat_note="5 soldiers + the bomber = 6 (ACLED counts the attacker); 5 also acceptable",
  note="suicide car bomb on a convoy")

S("2026-10-26", "Suicide blast at Mogadishu police academy kills 9",
  """Suicide blast at Mogadishu police academy kills 9

A bomber blew himself up among recruits queuing at a police training academy in Mogadishu on {wd}, killing nine; al-Shabaab said it carried out the attack.""",
  "Suicide bomb", "2026-10-25", "Somalia", "Banadir", "Mogadishu", SHABAAB, POL("Somalia") + ["police recruits"], [9, 9],
  claimed=SHABAAB, admin1_var=["Banadir", "Benadir"], style="headline")

S("2026-11-05", "Konduga: female suicide bomber sets off explosives",
  """A female suicide bomber detonated explosives tied to her body at the fish market of Konduga, Borno State, on {wd} evening, killing four persons and injuring many. Residents suspect the Boko Haram faction of Shekau's followers, but no group has claimed.""",
  "Suicide bomb", "2026-11-03", "Nigeria", "Borno", "Konduga", JAS + ["suicide bomber"], CIV("Nigeria"), [4, 5],
  lang="ha", style="translated", fat_note="4 killed + the bomber; 4 also acceptable")

S("2026-11-16", "Coder note: Kabul",
  """On {dmy} 2026, a suicide bomber detonated a vest at the entrance of a Taliban ministry building in Kabul city, killing 6 (5 staff and a guard) and wounding 14. Islamic State Khorasan claimed the attack through its Amaq outlet.""",
  "Suicide bomb", "2026-11-15", "Afghanistan", "Kabul", "Kabul", ISKP, TALIBAN, [6, 6], claimed=ISKP, style="coder")

S("2026-11-29", "Syria: suicide attack at Deir ez-Zor checkpoint",
  """A suicide bomber blew himself up at a checkpoint of the General Security forces on the edge of Deir ez-Zor city, killing two of its members, state media reported. Authorities blamed Islamic State cells.""",
  "Suicide bomb", None, "Syria", "Deir-ez-Zor", "Deir ez-Zor", ["Islamic State", "IS", "ISIS", "Unidentified Armed Group (Syria)", "suicide bomber"],
  ["General Security", "Police Forces of Syria", "Military Forces of Syria", "Syrian security forces"], [2, 3],
  admin1_var=["Deir-ez-Zor", "Deir ez-Zor", "Dayr az Zawr"], style="nodate", fat_note="2 security members; 3 with the bomber")

# ------------------------------------------------------------ Shelling/artillery/missile attack
S("2026-10-10", "Russian missile hits Dnipro apartment block, 6 dead",
  """Russian missile hits Dnipro apartment block, 6 dead

A Russian ballistic missile struck a nine-storey residential building in Dnipro on {wd} night, killing six people, the regional governor said.""",
  "Shelling/artillery/missile attack", "2026-10-08", "Ukraine", "Dnipropetrovsk", "Dnipro", MIL("Russia") + ["Russian forces"],
  CIV("Ukraine"), [6, 6], window=["2026-10-08", "2026-10-09"], style="headline")

S("2026-10-19", "Sudan: RSF shelling kills five in El Obeid",
  """PORT SUDAN, Oct 19 (Nile Wire) - Artillery shells fired by the Rapid Support Forces hit residential neighbourhoods of El Obeid, the capital of North Kordofan, on {wd}, killing five civilians, a local medical group said.""",
  "Shelling/artillery/missile attack", "2026-10-18", "Sudan", "North Kordofan", "El Obeid", RSF, CIV("Sudan"), [5, 5],
  admin1_var=["North Kordofan", "Shamal Kurdufan"], loc_alt=["Al Ubayyid", "El-Obeid"], style="wire")

S("2026-11-04", "Israeli artillery shelling on the outskirts of Kfar Kila",
  """Israeli artillery shelled the outskirts of the town of Kfar Kila in the Marjayoun district on {wd} afternoon, without causing casualties, the National News Agency reported.""",
  "Shelling/artillery/missile attack", "2026-11-03", "Lebanon", "Nabatieh", "Kfar Kila", MIL("Israel") + ["Israeli army", "Israel Defense Forces", "IDF"],
  None, [0, 0], lang="ar", admin1_var=["Nabatieh", "Nabatiyeh", "An Nabatiyah"], loc_alt=["Kfarkela", "Kafr Kila"], style="translated")

S("2026-11-19", "Coder note: Debre Markos",
  """On {dmy} 2026, Fano militiamen fired mortar rounds at an ENDF camp on the outskirts of Debre Markos town (East Gojjam, Amhara). 2 soldiers were reported killed.""",
  "Shelling/artillery/missile attack", "2026-11-17", "Ethiopia", "Amhara", "Debre Markos", FANO,
  MIL("Ethiopia") + ["Ethiopian National Defense Force", "ENDF"], [2, 2], style="coder")

S("2026-11-30", "Yemen: child killed by shell in Taiz",
  """A shell fired from Houthi positions landed in a residential street in the city of Taiz, killing a child and wounding two women, local medical sources said.""",
  "Shelling/artillery/missile attack", None, "Yemen", "Taizz", "Taizz", HOUTHI, CIV("Yemen"), [1, 1],
  admin1_var=["Taizz", "Taiz", "Ta'izz"], loc_alt=["Taiz"], style="nodate")

# ------------------------------------------------------------ Remote explosive/landmine/IED
S("2026-10-15", "IED kills 4 Malian soldiers near Boni",
  """IED kills 4 Malian soldiers near Boni

An army vehicle hit a roadside bomb between Boni and Hombori in central Mali on {wd}, killing four soldiers, a military source said; suspected jihadists planted the device.""",
  "Remote explosive/landmine/IED", "2026-10-13", "Mali", "Mopti", "Boni", UNID("Mali") + JNIM + ["jihadists"],
  MIL("Mali") + ["FAMa"], [4, 4], admin1_var=["Mopti", "Douentza"], style="headline")

S("2026-10-24", "Colombia: landmine kills soldier in Anori",
  """MEDELLIN, Colombia, Oct 24 (Andes Wire) - A soldier was killed and two others wounded when they stepped on a landmine during a patrol in rural Anori, Antioquia, on {wd}, the army said, blaming the ELN.""",
  "Remote explosive/landmine/IED", "2026-10-22", "Colombia", "Antioquia", "Anori", ELN + UNID("Colombia"),
  MIL("Colombia") + ["Colombian army"], [1, 1], loc_alt=["Anorí"], style="wire")

S("2026-11-08", "Explosion in Nangarhar",
  """A sticky bomb attached to a vehicle of the Islamic Emirate exploded in the 3rd police district of Jalalabad city on {wd} morning; a local official of the Emirate and his driver were martyred, the Nangarhar police spokesman said. No side has accepted responsibility.""",
  "Remote explosive/landmine/IED", "2026-11-07", "Afghanistan", "Nangarhar", "Jalalabad", UNID("Afghanistan"), TALIBAN,
  [2, 2], lang="ps", style="translated")

S("2026-11-21", "Coder note: Ouallam",
  """On {dmy} 2026, a Nigerien army convoy struck an IED on the road north of Ouallam (Tillaberi). 3 soldiers were killed. The device was attributed to IS Sahel.""",
  "Remote explosive/landmine/IED", "2026-11-19", "Niger", "Tillaberi", "Ouallam", ISSP + UNID("Niger"),
  MIL("Niger") + ["Nigerien army"], [3, 3], admin1_var=["Tillaberi", "Tillabéri"], style="coder")

S("2026-11-27", "Balochistan: roadside bomb hits Levies vehicle near Turbat",
  """A roadside bomb struck a Levies Force vehicle near Turbat in Kech district, killing two personnel. The Balochistan Liberation Front said it planted the device.""",
  "Remote explosive/landmine/IED", None, "Pakistan", "Balochistan", "Turbat", BLF, POL("Pakistan") + ["Levies Force", "Balochistan Levies"],
  [2, 2], claimed=BLF, style="nodate")

# ------------------------------------------------------------ Grenade
S("2026-10-05", "Grenade blast at Cotabato City market hurts 8",
  """Grenade blast at Cotabato City market hurts 8

An unidentified man threw a grenade into a crowded public market in Cotabato City on {wd} night, wounding eight vendors; no one was killed, police said.""",
  "Grenade", "2026-10-03", "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Cotabato City",
  UNID("Philippines"), CIV("Philippines"), [0, 0],
  admin1_var=["Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM", "Maguindanao del Norte", "Maguindanao", "Bangsamoro"],
  style="headline")

S("2026-10-29", "Colombia: grenade thrown at police station in Jamundi",
  """CALI, Oct 29 (Andes Wire) - Attackers on a motorcycle threw a grenade at the police station in Jamundi, Valle del Cauca, on {wd}, wounding two officers. Police blamed FARC dissidents of the Jaime Martinez front.""",
  "Grenade", "2026-10-27", "Colombia", "Valle del Cauca", "Jamundi", FARC_DISS + ["Jaime Martinez Front"] + UNID("Colombia"),
  POL("Colombia") + ["Colombian police"], [0, 0], loc_alt=["Jamundí"], style="wire")

S("2026-11-07", "Celaya: they throw a grenade against a bar",
  """An armed commando threw a grenade against a bar in the colony Centro of Celaya, Guanajuato, the early morning of this {wd}; two persons died and six were left wounded, reported the municipal Security Secretariat.""",
  "Grenade", "2026-11-06", "Mexico", "Guanajuato", "Celaya", UNID("Mexico") + ["armed commando"], CIV("Mexico"), [2, 2],
  lang="es", style="translated")

S("2026-11-13", "Coder note: Mandera",
  """On {dmy} 2026, suspected al-Shabaab militants hurled a grenade into a hotel in Mandera town (Mandera county), killing 1 civilian and injuring 3.""",
  "Grenade", "2026-11-11", "Kenya", "Mandera", "Mandera", SHABAAB + UNID("Kenya"), CIV("Kenya"), [1, 1], style="coder")

S("2026-11-23", "Kashmir: grenade hurled at CRPF bunker in Sopore",
  """Militants hurled a grenade at a CRPF bunker in the main market of Sopore in north Kashmir, injuring two personnel and a passer-by; nobody was killed, police said.""",
  "Grenade", None, "India", "Jammu and Kashmir", "Sopore", UNID("India") + ["militants"],
  ["Central Reserve Police Force", "CRPF", "Police Forces of India"], [0, 0], style="nodate")
