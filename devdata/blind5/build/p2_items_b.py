# Part 2 short items: Violence against civilians, Protests, Riots. Written by hand, blind.
from p2_common import S
from p2_actors import *

# ------------------------------------------------------------ Sexual violence
S("2026-10-22", "South Sudan: UN says soldiers raped women in Nasir",
  """JUBA, Oct 22 (Nile Wire) - Soldiers of the South Sudan People's Defence Forces raped at least nine women and girls during a search operation in villages of Nasir county, Upper Nile state, between 12 and 15 October, the UN human rights office said in a statement on Wednesday.""",
  "Sexual violence", "2026-10-13", "South Sudan", "Upper Nile", "Nasir",
  MIL("South Sudan") + ["South Sudan People's Defence Forces", "SSPDF"], CIV("South Sudan") + ["women and girls"], None,
  window=["2026-10-12", "2026-10-15"], style="wire", note="date is the range 12-15 Oct; the day of the UN statement is not the event date")

S("2026-11-02", "Coder note: Djugu",
  """On {dmy} 2026, CODECO militiamen raped 5 displaced women collecting firewood near the Plaine Savo displacement site (Djugu territory, Ituri). No fatalities reported.""",
  "Sexual violence", "2026-10-30", "Democratic Republic of Congo", "Ituri", "Plaine Savo", CODECO, CIV("Democratic Republic of Congo") + ["displaced women"],
  [0, 0], loc_alt=["Djugu"], style="coder")

S("2026-11-15", "Central Africa: women raped near Bocaranga",
  """Elements of the armed group 3R have committed rapes on four women in the village of Kolay, at 20 kilometres of Bocaranga (Ouham-Pendé), on {wd}, according to local authorities joined by telephone. The victims have been evacuated to the hospital of Bocaranga.""",
  "Sexual violence", "2026-11-12", "Central African Republic", "Ouham-Pende", "Kolay",
  ["3R", "Return, Reclamation and Rehabilitation", "Retour, Reclamation et Rehabilitation", "Retour, Réclamation et Réhabilitation"],
  CIV("Central African Republic") + ["women"], None, lang="fr", admin1_var=["Ouham-Pende", "Ouham Pende", "Ouham-Pendé"],
  loc_alt=["Bocaranga"], style="translated")

S("2026-11-25", "Haiti: gang members assault women in Croix-des-Bouquets",
  """Members of the 400 Mawozo gang abducted four women from a minibus in Croix-des-Bouquets and sexually assaulted them before releasing them, a local women's rights group said.""",
  "Sexual violence", None, "Haiti", "Ouest", "Croix-des-Bouquets", ["400 Mawozo", "400 Mawozo gang", "Viv Ansanm"],
  CIV("Haiti") + ["women"], None, style="nodate")

# ------------------------------------------------------------ Attack
S("2026-10-07", "Gunmen kill 6 in Plateau village",
  """Gunmen kill 6 in Plateau village

Gunmen stormed Hurti village in Bokkos local government area of Plateau State on {wd} night, shooting dead six villagers as they slept, residents said.""",
  "Attack", "2026-10-05", "Nigeria", "Plateau", "Hurti", UNID("Nigeria"), CIV("Nigeria") + ["villagers"], [6, 6],
  loc_alt=["Bokkos"], window=["2026-10-05", "2026-10-06"], style="headline")

S("2026-10-17", "Ethiopia: bus passengers killed near Gerba Guracha",
  """ADDIS ABABA, Oct 17 (Horn Wire) - Armed men stopped a minibus near Gerba Guracha in North Shewa zone of Oromia on {wd} and shot dead five passengers, residents said. Local officials blamed the Oromo Liberation Army, which denied involvement.""",
  "Attack", "2026-10-15", "Ethiopia", "Oromia", "Gerba Guracha", OLA + UNID("Ethiopia"), CIV("Ethiopia") + ["bus passengers"],
  [5, 5], loc_alt=["Gebre Guracha"], style="wire")

S("2026-11-03", "Rio: community leader is executed in the west zone",
  """A community leader was executed with several shots in the neighbourhood of Campo Grande, west zone of Rio de Janeiro, on the night of this {wd}. According to residents, the authors would be members of the militia that dominates the region. Nobody was arrested.""",
  "Attack", "2026-11-02", "Brazil", "Rio de Janeiro", "Rio de Janeiro", ["Militia (Brazil)", "militia", "militiamen"] + UNID("Brazil"),
  CIV("Brazil") + ["community leader"], [1, 1], lang="pt", loc_alt=["Campo Grande"], style="translated")

S("2026-11-11", "Coder note: Bamenda",
  """On {dmy} 2026, Ambazonian separatist fighters shot dead a secondary school teacher at Mile 4 Nkwen, Bamenda (Mezam, Northwest) for defying a school boycott. 1 fatality.""",
  "Attack", "2026-11-09", "Cameroon", "Northwest", "Bamenda", AMBA, CIV("Cameroon") + ["teacher"], [1, 1],
  admin1_var=["Northwest", "North-West", "Nord-Ouest"], style="coder")

S("2026-11-22", "Mozambique: insurgents behead villagers in Mecula",
  """Insurgents beheaded several villagers in an attack on a farming settlement in Mecula district of Niassa province, local sources said. Families fled towards the district headquarters.""",
  "Attack", None, "Mozambique", "Niassa", "Mecula", ISM, CIV("Mozambique") + ["villagers"], [3, 3],
  fat_note="'several' -> 3 under the project's rule", style="nodate")

# ------------------------------------------------------------ Abduction/forced disappearance
S("2026-10-11", "Bandits abduct 23 worshippers in Zamfara",
  """Bandits abduct 23 worshippers in Zamfara

Armed bandits on motorcycles abducted 23 worshippers from a mosque in Maru local government area of Zamfara State during evening prayers on {wd}, a local councillor said.""",
  "Abduction/forced disappearance", "2026-10-09", "Nigeria", "Zamfara", "Maru", ["bandits", "armed bandits"] + UNID("Nigeria"),
  CIV("Nigeria") + ["worshippers"], None, style="headline")

S("2026-10-26", "Mali: two foreign mine workers kidnapped near Kenieba",
  """BAMAKO, Oct 26 (Sahel Wire) - Gunmen kidnapped two foreign employees of a gold-mining company on the road to Kenieba, in Mali's Kayes region, on {wd}, security sources said. JNIM later claimed the abduction.""",
  "Abduction/forced disappearance", "2026-10-24", "Mali", "Kayes", "Kenieba", JNIM + UNID("Mali"), ["foreign mine workers", "Civilians (Mali)", "Civilians"],
  None, claimed=JNIM, loc_alt=["Kéniéba"], style="wire")

S("2026-11-06", "Arauca: they kidnap a councillor in Saravena",
  """Guerrillas of the ELN kidnapped a councillor of the municipality of Saravena, Arauca, when he was leaving his house on {wd} in the morning, denounced the mayor's office. The armed group has not pronounced itself.""",
  "Abduction/forced disappearance", "2026-11-05", "Colombia", "Arauca", "Saravena", ELN, CIV("Colombia") + ["municipal councillor"],
  None, lang="es", style="translated")

S("2026-11-17", "Coder note: Quetta",
  """On {dmy} 2026, unidentified men in plain clothes, believed by the family to be from state security agencies, picked up a Baloch university student from his hostel in Quetta (Balochistan). His whereabouts remain unknown (enforced disappearance).""",
  "Abduction/forced disappearance", "2026-11-14", "Pakistan", "Balochistan", "Quetta",
  UNID("Pakistan") + ["Military Forces of Pakistan", "security agencies"], CIV("Pakistan") + ["student"], None, style="coder")

S("2026-11-29", "Libya: activist abducted in Tripoli",
  """Armed men in two cars seized a civil society activist outside his home in Tripoli's Souq al-Jumaa district and drove him to an unknown location, his family said.""",
  "Abduction/forced disappearance", None, "Libya", "Tripoli", "Tripoli", UNID("Libya"), CIV("Libya") + ["activist"], None,
  loc_alt=["Souq al-Jumaa"], style="nodate")

# ------------------------------------------------------------ Peaceful protest
S("2026-10-08", "Kenya: teachers march in Nairobi over pay",
  """NAIROBI, Oct 8 (East Africa Wire) - Hundreds of teachers marched peacefully through central Nairobi on {wd} to demand the release of a promised pay rise, delivering a petition to parliament while police looked on.""",
  "Peaceful protest", "2026-10-07", "Kenya", "Nairobi", "Nairobi", PROT("Kenya") + ["teachers", "Kenya National Union of Teachers", "KNUT"],
  None, [0, 0], style="wire")

S("2026-11-02", "Students rally in Novi Sad on canopy collapse anniversary",
  """Students rally in Novi Sad on canopy collapse anniversary

Tens of thousands of people marched silently through Novi Sad on {wd} to mark two years since the railway station canopy collapse, with no incidents reported.""",
  "Peaceful protest", "2026-11-01", "Serbia", "Vojvodina", "Novi Sad", PROT("Serbia") + ["students"], None, [0, 0],
  admin1_var=["Vojvodina", "South Backa", "Juznobacki", "Južnobački"], style="headline")

S("2026-10-29", "Retirees marched in front of the Congress",
  """Retirees marched this {wd} in front of the National Congress, in Buenos Aires, to claim an increase of the pensions. The mobilisation developed without incidents and without intervention of the security forces.""",
  "Peaceful protest", "2026-10-28", "Argentina", "Ciudad Autonoma de Buenos Aires", "Buenos Aires", PROT("Argentina") + ["retirees", "pensioners"],
  None, [0, 0], lang="es", admin1_var=["Ciudad Autonoma de Buenos Aires", "Ciudad Autónoma de Buenos Aires", "CABA", "Buenos Aires"],
  style="translated")

S("2026-11-19", "Coder note: Ludhiana",
  """On {dmy} 2026, farmers of several unions held a peaceful sit-in outside the deputy commissioner's office in Ludhiana (Punjab) demanding a legal guarantee of minimum support prices. No intervention.""",
  "Peaceful protest", "2026-11-18", "India", "Punjab", "Ludhiana", PROT("India") + ["farmers", "Farmers (India)"], None, [0, 0],
  style="coder")

S("2026-11-27", "Bangladesh: garment workers form human chain in Gazipur",
  """Several thousand garment workers formed a human chain along the Dhaka-Mymensingh highway in Gazipur, demanding three months of unpaid wages. The protest ended peacefully.""",
  "Peaceful protest", None, "Bangladesh", "Dhaka", "Gazipur", PROT("Bangladesh") + ["garment workers", "Labour Group (Bangladesh)"],
  None, [0, 0], style="nodate")

# ------------------------------------------------------------ Protest with intervention
S("2026-10-04", "Police disperse Tbilisi protest with water cannon, detain 14",
  """Police disperse Tbilisi protest with water cannon, detain 14

Riot police used water cannon to clear protesters blocking Rustaveli Avenue in Tbilisi late on {wd} and detained 14 people, the interior ministry said.""",
  "Protest with intervention", "2026-10-03", "Georgia", "Tbilisi", "Tbilisi", PROT("Georgia"),
  POL("Georgia") + ["riot police"], [0, 0], window=["2026-10-03", "2026-10-04"], style="headline")

S("2026-10-18", "Pakistan: police fire tear gas at PTI march in Lahore",
  """LAHORE, Oct 18 (Frontier Wire) - Police fired tear gas and detained dozens of supporters of jailed former prime minister Imran Khan's PTI party who tried to march on the Punjab assembly in Lahore on {wd}.""",
  "Protest with intervention", "2026-10-17", "Pakistan", "Punjab", "Lahore",
  PROT("Pakistan") + ["PTI supporters", "Pakistan Tehreek-e-Insaf", "PTI"], POL("Pakistan") + ["Punjab police"], [0, 0], style="wire")

S("2026-11-05", "Custody for students in Beyazıt",
  """In Istanbul's Beyazıt square, police intervened in students who wanted to make a press statement against the tuition fees, on {wd}; 31 students were taken into custody.""",
  "Protest with intervention", "2026-11-04", "Turkey", "Istanbul", "Istanbul", PROT("Turkey") + ["students"],
  POL("Turkey") + ["Turkish police"], [0, 0], lang="tr", loc_alt=["Beyazit", "Beyazıt"], style="translated")

S("2026-11-13", "Coder note: Lome",
  """On {dmy} 2026, young people demonstrating against the cost of living in the Be district of Lome (Maritime) were dispersed by gendarmes with tear gas; about 20 were arrested.""",
  "Protest with intervention", "2026-11-12", "Togo", "Maritime", "Lome", PROT("Togo") + ["young people"],
  ["Gendarmerie of Togo", "Police Forces of Togo", "gendarmes"], [0, 0],
  admin1_var=["Maritime", "Grand Lome", "Grand Lomé"], loc_alt=["Lomé", "Be"], style="coder")

S("2026-11-24", "Indonesia: students dispersed with tear gas in Jakarta",
  """Police fired tear gas and water cannon to disperse hundreds of students protesting outside the parliament building in Jakarta against a revision of the military law.""",
  "Protest with intervention", None, "Indonesia", "Jakarta", "Jakarta", PROT("Indonesia") + ["students"],
  POL("Indonesia") + ["Indonesian police"], [0, 0], admin1_var=["Jakarta", "DKI Jakarta", "Jakarta Special Capital Region"],
  style="nodate")

# ------------------------------------------------------------ Excessive force against protesters
S("2026-10-14", "Police kill 2 protesters in Matola",
  """Police kill 2 protesters in Matola

Police opened fire on residents marching peacefully against fuel price rises in Matola on {wd}, killing two people, a civil society group said.""",
  "Excessive force against protesters", "2026-10-13", "Mozambique", "Maputo", "Matola", POL("Mozambique") + ["PRM"],
  PROT("Mozambique"), [2, 2], admin1_var=["Maputo", "Maputo Province"], style="headline")

S("2026-10-31", "Iran: security forces fire on protesters in Zahedan",
  """DUBAI, Oct 31 (Gulf Wire) - Iranian security forces opened fire on worshippers protesting after Friday prayers in Zahedan on {wd}, killing at least three people, according to a Baluch rights group. State media said two people died.""",
  "Excessive force against protesters", "2026-10-30", "Iran", "Sistan and Baluchestan", "Zahedan",
  ["Military Forces of Iran", "Police Forces of Iran", "Iranian security forces", "Islamic Revolutionary Guard Corps", "IRGC"],
  PROT("Iran") + ["worshippers"], [2, 3], admin1_var=["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan va Baluchestan"],
  style="wire", fat_note="state media 2, rights group 'at least 3': disputed; most conservative 2")

S("2026-11-10", "Antananarivo: a student killed during a march",
  """The forces of order fired real bullets on the students who were marching peacefully towards the Ministry of Higher Education in Ankatso, Antananarivo, on {wd}. One student has succumbed to his wounds and nine others are hospitalised.""",
  "Excessive force against protesters", "2026-11-09", "Madagascar", "Analamanga", "Antananarivo",
  POL("Madagascar") + ["forces of order", "Gendarmerie of Madagascar"], PROT("Madagascar") + ["students"], [1, 1], lang="fr",
  loc_alt=["Ankatso"], style="translated")

S("2026-11-21", "Coder note: Juliaca",
  """On {dmy} 2026, police fired live ammunition at a peaceful march of farmers and miners on the Juliaca airport road (San Roman, Puno), killing 2 and wounding 11.""",
  "Excessive force against protesters", "2026-11-20", "Peru", "Puno", "Juliaca", POL("Peru") + ["National Police of Peru"],
  PROT("Peru") + ["farmers", "miners"], [2, 2], style="coder")

S("2026-11-30", "Guinea: teenager killed during opposition march in Conakry",
  """Security forces shot dead a 16-year-old boy as they broke up a peaceful opposition march in the Hamdallaye neighbourhood of Conakry, the organisers said.""",
  "Excessive force against protesters", None, "Guinea", "Conakry", "Conakry", POL("Guinea") + ["Military Forces of Guinea", "security forces"],
  PROT("Guinea") + ["opposition supporters"], [1, 1], loc_alt=["Hamdallaye"], style="nodate")

# ------------------------------------------------------------ Violent demonstration
S("2026-10-16", "Protesters torch toll booth, clash with police in El Alto",
  """Protesters torch toll booth, clash with police in El Alto

Demonstrators angry over fuel shortages set fire to a toll booth and threw stones at police in El Alto on {wd}; police responded with tear gas, and no deaths were reported.""",
  "Violent demonstration", "2026-10-15", "Bolivia", "La Paz", "El Alto", RIOT("Bolivia") + PROT("Bolivia"), POL("Bolivia"), [0, 0],
  style="headline")

S("2026-10-25", "Bangladesh: stone-throwing protest in Chattogram",
  """DHAKA, Oct 25 (Bengal Wire) - Residents protesting prolonged power cuts blocked a main road in Chattogram on {wd}, hurling stones at police and smashing the windows of a power company office, police said. Several officers were injured.""",
  "Violent demonstration", "2026-10-24", "Bangladesh", "Chittagong", "Chattogram", RIOT("Bangladesh") + PROT("Bangladesh"),
  POL("Bangladesh"), [0, 0], admin1_var=["Chittagong", "Chattogram"], loc_alt=["Chittagong"], style="wire")

S("2026-11-08", "Agen: farmers set tyres on fire in front of the prefecture",
  """Several hundred farmers have dumped manure and set fire to tyres in front of the prefecture of Lot-et-Garonne in Agen this {wd}, before confronting the gendarmes, who replied with tear gas. Four gendarmes were lightly injured.""",
  "Violent demonstration", "2026-11-06", "France", "Nouvelle-Aquitaine", "Agen", RIOT("France") + PROT("France") + ["farmers"],
  ["Gendarmerie of France", "Police Forces of France", "gendarmes"], [0, 0], lang="fr", style="translated")

S("2026-11-18", "Coder note: Kathmandu",
  """On {dmy} 2026, protesters demanding the resignation of a minister set fire to motorcycles and threw bricks at police near Maitighar, Kathmandu (Bagmati). Police used batons and tear gas; 7 officers injured, no deaths.""",
  "Violent demonstration", "2026-11-16", "Nepal", "Bagmati", "Kathmandu", RIOT("Nepal") + PROT("Nepal"), POL("Nepal"), [0, 0],
  loc_alt=["Maitighar"], style="coder")

S("2026-11-26", "Kenya: highway blocked with burning tyres in Naivasha",
  """Residents protesting the killing of a motorcycle taxi rider by police blocked the Nairobi-Nakuru highway in Naivasha with burning tyres and pelted passing vehicles with stones.""",
  "Violent demonstration", None, "Kenya", "Nakuru", "Naivasha", RIOT("Kenya") + PROT("Kenya"), POL("Kenya"), None, style="nodate")

# ------------------------------------------------------------ Mob violence
S("2026-10-10", "Mob lynches man over cattle theft suspicion in Nuh",
  """Mob lynches man over cattle theft suspicion in Nuh

A crowd beat a 34-year-old man to death in a village of Haryana's Nuh district on {wd} after accusing him of stealing cattle, police said; four people were detained.""",
  "Mob violence", "2026-10-09", "India", "Haryana", "Nuh", RIOT("India") + ["mob"], CIV("India"), [1, 1], style="headline")

S("2026-10-30", "Nigeria: suspected thief burned to death in Suleja",
  """ABUJA, Oct 30 (West Africa Wire) - A mob in Suleja, Niger State, beat and set ablaze a young man accused of stealing a phone at a motor park on {wd}, police said, adding that they had opened an investigation.""",
  "Mob violence", "2026-10-28", "Nigeria", "Niger", "Suleja", RIOT("Nigeria") + ["mob"], CIV("Nigeria"), [1, 1], style="wire")

S("2026-11-09", "Delmas: three presumed bandits lynched",
  """Three men presented as members of an armed gang were lynched and burned by the population in Delmas 32 on {wd} in the context of the movement Bwa Kale, reports the police of the commune.""",
  "Mob violence", "2026-11-08", "Haiti", "Ouest", "Delmas", RIOT("Haiti") + ["Bwa Kale", "vigilantes", "mob"], ["suspected gang members"] + CIV("Haiti"),
  [3, 3], lang="fr", loc_alt=["Port-au-Prince"], style="translated")

S("2026-11-16", "Coder note: Soweto",
  """On {dmy} 2026, a crowd attacked and looted at least a dozen foreign-owned spaza shops in Soweto (Johannesburg, Gauteng), accusing the owners of selling expired food. Several shopkeepers injured, no deaths.""",
  "Mob violence", "2026-11-14", "South Africa", "Gauteng", "Soweto", RIOT("South Africa") + ["mob", "crowd"],
  ["foreign shopkeepers", "Migrants (South Africa)"] + CIV("South Africa"), [0, 0], loc_alt=["Johannesburg"], style="coder")

S("2026-11-22", "DRC: man lynched in Beni on suspicion of links to ADF",
  """Residents of the Ngadi neighbourhood in Beni beat to death a man they accused of collaborating with ADF rebels, before police arrived and dispersed the crowd.""",
  "Mob violence", None, "Democratic Republic of Congo", "North Kivu", "Beni", RIOT("Democratic Republic of Congo") + ["mob", "residents"],
  CIV("Democratic Republic of Congo"), [1, 1], admin1_var=["North Kivu", "Nord-Kivu"], style="nodate")
