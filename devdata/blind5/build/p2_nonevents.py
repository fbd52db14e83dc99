# Part 2: 20 short items that are NOT events (events: []). Written by hand, blind.
from p2_common import N

# ---------------------------------------------------------------- sports
N("2026-10-19", "Pirates shoot down Chiefs in Soweto derby",
  """Pirates shoot down Chiefs in Soweto derby

Orlando Pirates shot down Kaizer Chiefs 2-0 at FNB Stadium on Saturday, a second-half blitz killing off the Soweto derby within five minutes.""",
  "sports", nel=["Soweto"], style="headline")

N("2026-10-25", "Al Ahly storm Zamalek's fortress",
  """CAIRO, Oct 25 (Nile Sport) - Al Ahly stormed to a 3-1 win over Zamalek in the Cairo derby on Saturday, their forwards attacking relentlessly and their captain firing home a late penalty to kill the game.""",
  "sports", nel=["Cairo"])

N("2026-11-06", "Peshawar batsmen bombard Karachi bowlers",
  """Peshawar's openers bombarded the Karachi attack in the national T20 cup on Thursday, smashing 14 sixes as the visitors' bowling was executed ball by ball. Peshawar won by nine wickets.""",
  "sports", nel=["Peshawar", "Karachi"], style="nodate")

N("2026-11-14", "Coder note: Baghdad derby",
  """On 13 November 2026, Al-Shorta 'gunned down' Al-Zawraa 2-0 in the Baghdad football derby at Al-Shaab stadium; the report's 'sniper' is the scorer, nicknamed for his long-range shots.""",
  "sports", nel=["Baghdad"], style="coder")

N("2026-11-30", "Shujaa ambush Fiji in Dubai",
  """Shujaa ambush Fiji in Dubai

Kenya's sevens side ambushed Olympic champions Fiji 19-14 in the Dubai Sevens pool stage on Sunday, with a late try that left the Fijians shell-shocked.""",
  "sports", nel=["Dubai"], style="headline")

# ---------------------------------------------------------------- business
N("2026-10-12", "Fare war erupts on Nairobi-Mombasa route",
  """NAIROBI, Oct 12 (Business Wire East) - A fare war has erupted on the Nairobi-Mombasa air route after a third low-cost carrier entered the market on Monday, with one-way tickets falling below 4,000 shillings.""",
  "business", nel=["Nairobi", "Mombasa"])

N("2026-10-27", "Hostile raid on Karachi telecom's shares",
  """Hostile raid on Karachi telecom's shares

A Gulf-based investor launched a hostile takeover raid on a Karachi-listed telecom operator on Monday, buying 18 percent of its shares in a single morning.""",
  "business", nel=["Karachi"], style="headline")

N("2026-11-03", "Bitcoin 'massacre' leaves Lagos traders counting losses",
  """Crypto traders in Lagos described this week's 20 percent fall in the price of bitcoin as a massacre, with several small trading platforms freezing withdrawals.""",
  "business", nel=["Lagos"], style="nodate")

N("2026-11-11", "Ethiopian coffee exports explode",
  """ADDIS ABABA, Nov 11 (Horn Business) - Ethiopia's coffee export earnings exploded to a record 1.1 billion dollars in the first four months of the fiscal year, the coffee and tea authority said on Tuesday, as prices in Europe stayed high.""",
  "business", nel=["Addis Ababa"])

N("2026-11-19", "Coder note: Jakarta ride-hailing truce",
  """On 17 November 2026, the two largest ride-hailing apps in Jakarta agreed a 'ceasefire' in their months-long discount battle, promising to restore minimum fares set by the transport ministry.""",
  "business", nel=["Jakarta"], style="coder")

# ---------------------------------------------------------------- metaphors
N("2026-10-14", "Opposition declares war on finance bill",
  """Opposition declares war on finance bill

Kenyan opposition MPs vowed on Tuesday to 'fight to the last bullet' in parliament against a finance bill that would raise fuel taxes.""",
  "metaphor", style="headline")

N("2026-10-22", "Minister promises 'surgical strike' on corruption",
  """ISLAMABAD, Oct 22 (Frontier Wire) - Pakistan's planning minister promised on Wednesday a 'surgical strike' on corruption in public procurement, announcing that all tenders would move to an online system from January.""",
  "metaphor", nel=["Islamabad"])

N("2026-11-09", "Farmers battle locust invasion in Somali region",
  """Farmers in Ethiopia's Somali region are battling an invasion of desert locusts, with swarms attacking pasture and sorghum fields around Jijiga, agriculture officials said.""",
  "metaphor", nel=["Jijiga"], style="nodate")

N("2026-11-16", "Coder note: Bakara market rents",
  """In November 2026, market traders in Mogadishu's Bakara market say they are 'under siege' from landlords after rents doubled in 2026; no protest or violence is reported.""",
  "metaphor", nel=["Mogadishu", "Bakara"], style="coder")

N("2026-11-24", "Beirut chef's 'chocolate bomb' dessert takes city by storm",
  """Beirut chef's 'chocolate bomb' dessert takes city by storm

A Beirut pastry chef's 'chocolate bomb', a sphere that bursts open when hot cream is poured over it, has sold out every night since it was launched last week.""",
  "metaphor", nel=["Beirut"], style="headline")

# ---------------------------------------------------------------- accidents
N("2026-10-05", "Truck overturns at Salgaa, five dead",
  """NAKURU, Kenya, Oct 5 (East Africa Wire) - Five people died when a truck carrying cement lost control and overturned onto a matatu at Salgaa on the Nakuru-Eldoret highway on Sunday night, police said.""",
  "accident", nel=["Salgaa", "Nakuru"])

N("2026-10-23", "Methane blast kills 4 miners in Balochistan coal mine",
  """Methane blast kills 4 miners in Balochistan coal mine

A build-up of methane gas caused an explosion in a coal mine in the Sanjdi area east of Quetta on Thursday, killing four miners, the mines inspectorate said.""",
  "accident", nel=["Sanjdi", "Quetta"], style="headline")

N("2026-11-01", "Ferry fire off Sulawesi kills three",
  """Fire broke out in the engine room of a passenger ferry off North Sulawesi, forcing passengers to jump into the sea; three people died and more than 200 were rescued, the search and rescue agency said.""",
  "accident", nel=["North Sulawesi"], style="nodate")

N("2026-11-13", "Coder note: Lagos Island building collapse",
  """On 12 November 2026, a three-storey building under construction collapsed in Lagos Island, trapping an unknown number of workers; emergency services rescued seven alive. Cause under investigation (structural failure suspected).""",
  "accident", nel=["Lagos", "Lagos Island"], style="coder")

N("2026-11-26", "Petrol tanker explodes near Bida",
  """MINNA, Nigeria, Nov 26 (West Africa Wire) - A petrol tanker overturned and exploded near Bida in Niger State on Wednesday as people gathered to scoop fuel, killing 11, the state emergency agency said.""",
  "accident", nel=["Bida", "Minna"])
