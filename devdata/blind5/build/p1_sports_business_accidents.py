# Part 1 (unrelated): sports, business, accidents. Written by hand, blind.
ITEMS = []


def A(kind, source, published, title, text, nel=(), ext=None):
    ITEMS.append(dict(kind=kind, source=source, published=published, title=title,
                      text=text.strip(), nel=list(nel), ext=ext))


# ---------------------------------------------------------------- sports
A("sports", "Adriatic Sports Wire", "2026-10-05", "Osijek blitz buries Rijeka in eleven minutes", """
NK Osijek needed only eleven minutes of the second half on Sunday to turn a tense, goalless contest into a rout, scoring three times in a spell that left HNK Rijeka's defence in pieces and their title hopes badly wounded.

The home side had spent the first half probing without much reward. Rijeka's back line held firm, and their goalkeeper, Tin Marušić, stopped a low shot from Osijek winger Dario Kovačec just before the break. The visitors looked comfortable, and their coach later admitted they had expected the storm to pass.

It did not. Two minutes after the restart, Kovačec cut inside and fired a shot that deflected off a defender and looped into the net. The crowd at Opus Arena had barely sat down when midfielder Luka Brajković launched another attack down the left and found striker Ivo Šantić, who headed home from six yards. Šantić added his second with a thumping drive from the edge of the box in the 56th minute, and the match was effectively killed off.

"We knew their full-backs push high, so we attacked the space behind them," Šantić told reporters. "Once the first one went in, we smelled blood."

Rijeka tried to fight back and forced two saves late on, but Osijek dropped deeper and absorbed everything thrown at them. A late penalty appeal from the visitors was waved away after a video review.

The 3-0 win lifts Osijek to second place, two points behind the leaders, ahead of a midweek cup tie in Varaždin. Rijeka, who have now gone four league matches without a victory, host Hajduk Split next weekend in what their supporters are already calling a must-win battle.
""", nel=["Osijek", "Rijeka", "Varaždin", "Split"])

A("sports", "Kabul Pitch Report", "2026-10-08", "Dragons opener's blitz sends Knights crashing out in Kabul", """
A breathtaking assault from opener Naweed Sahak carried the Band-e-Amir Dragons into the Shpageeza Cricket League final on Wednesday night, as the Mis Ainak Knights' bowlers were bombarded to all corners of the Kabul International Cricket Stadium.

Chasing 187, the Dragons were in trouble at 31 for two in the fifth over after the Knights' left-arm quick, Farid Momand, struck twice with short balls that hurried both batsmen. Sahak responded by taking the attack to the spinners. He hit seven sixes, three of them in a single over from leg-spinner Zabiullah Karimi, and reached his century from 48 balls.

"The plan was to target their fifth bowler," Sahak said after collecting the player-of-the-match award. "When the ball is coming onto the bat at this ground, you have to shoot for the stands."

The Knights' captain, Ajmal Wardak, admitted his side had been outgunned. "We had them under fire early, but one batsman took the game away from us. That is cricket," he said.

Sahak was eventually caught at long-on for 112, but by then the Dragons needed only 14 from 16 balls, and wicketkeeper Hashmat Noori finished the job with a reverse sweep for four.

Around 12,000 spectators filled the stands, many of whom had queued since early afternoon. Food vendors outside the ground said it was their busiest night of the season, and the traffic around the stadium did not clear until well after midnight.

The Dragons will meet the Amo Sharks in Friday's final. The Knights, who topped the group stage, are out after losing both of their playoff matches.
""", nel=["Kabul"])

A("sports", "Pacific Scrum", "2026-10-18", "Flying Fijians survive Tongan siege to win brutal Suva test", """
Fiji held on through a last-quarter siege of their own try line to beat Tonga 24-20 in Suva on Saturday, a bruising encounter that left both benches emptied and three players nursing injuries.

The first half was a battle of the forwards in the truest sense. Tonga's pack, marshalled by the veteran lock Sione Vaipulu, won four scrums against the head and drove a lineout maul 20 metres for their opening try. Fiji replied with the kind of counter-attack their supporters pay to see: full-back Josaia Rokotuiloma gathered a clearing kick near his own 22 and sliced through a broken defence before flicking the ball inside to wing Apisai Naivalu for a try in the corner.

By half-time the hosts led 17-10, but the second half belonged largely to the visitors. Tonga camped inside the Fijian 22 for most of the final 15 minutes, launching wave after wave of pick-and-go raids. Fiji's defence, led by the tireless flanker Peni Drauna, made 41 tackles in that spell alone.

"It felt like we were defending a fortress," Drauna said. "Every time we cleared, they came back with another assault. The boys just refused to break."

Tonga did score once more, through replacement hooker Viliami Fonua, but the conversion drifted wide and the final whistle came with the ball dead in Fijian hands.

Team doctors said Naivalu had a suspected broken wrist and two Tongan forwards were being assessed for concussion. Both squads leave next week for tours of Europe, where Fiji face three tests in November.
""", nel=["Suva"])

A("sports", "Baltic Hoops Daily", "2026-10-23", "Sharpshooters sink Partizan as Žalgiris find their range", """
Žalgiris Kaunas shot down Partizan Belgrade 91-78 in the EuroLeague on Thursday night, with a barrage of three-pointers in the third quarter turning a tight game into a procession at the Žalgirio Arena.

The Lithuanian side trailed 44-42 at the interval, having missed eleven of their first fourteen attempts from beyond the arc. Coach Tomas Rimkevičius said he told his players to keep firing. "Good shooters do not stop shooting," he said. "We created the shots. They simply had to fall."

They did. Guard Mantas Juškėnas, the team's resident sniper, hit four threes in under three minutes, and forward Deividas Šlapikas added two more as Žalgiris outscored the visitors 29-12 in the quarter. Partizan's coach called two timeouts in an attempt to stop the bleeding, but his team's half-court offence stalled against an aggressive Kaunas defence that forced nine turnovers.

Partizan's centre, Nikola Đorđić, led all scorers with 22 points and 10 rebounds, and the Serbian side briefly threatened a comeback early in the fourth quarter. A steal and breakaway dunk by Juškėnas killed off that hope and sent the crowd of more than 15,000 into a frenzy.

The result leaves Žalgiris with four wins from six games. They travel to Istanbul next week to face Fenerbahçe, while Partizan return home to host Real Madrid.
""", nel=["Kaunas", "Belgrade", "Istanbul"])

A("sports", "Gold Coast Ringside", "2026-11-01", "Bukom war ends in eighth-round knockout", """
Kwaku "Thunder" Ansah stopped his bitter rival Daniel Tetteh in the eighth round of a ferocious lightweight fight at the Bukom Boxing Arena in Accra on Saturday night, ending a feud that had simmered since the two were amateurs in the same gym.

The contest for the national lightweight title was billed as a war, and for seven rounds it lived up to the billing. Tetteh, the taller man, tried to keep Ansah at range with a stiff jab and landed a sharp right hand in the third that opened a cut over the challenger's eye. Ansah walked through the punishment, pinning Tetteh against the ropes and attacking the body with hooks that drew groans from the ringside seats.

"I knew the body shots would take his legs," Ansah said afterwards, holding an ice pack to his face. "In the corner my trainer kept telling me: keep bombing the ribs, the head will follow."

The end came 40 seconds into the eighth. Ansah feinted to the body and landed a left hook on the chin, and Tetteh crashed to the canvas. He beat the count but was unsteady, and referee Samuel Oduro waved the fight off.

Tetteh was checked by ringside doctors and left the arena on his own feet. His promoter, Gifty Amankwah, said she would ask for a rematch early next year.

The win gives Ansah a 17-1 record and puts him in line for a regional title shot. Bukom, a neighbourhood that has produced several world champions, partied late into the night.
""", nel=["Accra", "Bukom"])

A("sports", "Horn Sports Desk", "2026-11-09", "Late strike settles Mogadishu final as Horseed lift the cup", """
Horseed won the Somali Cup on Sunday after a dramatic late strike from substitute Abdikarim Warsame broke the resistance of Elman in front of a packed Mogadishu Stadium.

The final was a cagey affair for long periods. Both sides defended deep and relied on counter-attacks, and the best chance of the first half fell to Elman forward Mahad Cali, whose shot from close range was blocked on the line. Horseed's coach, Yusuf Ilkacase, later described the first 45 minutes as "a chess battle where nobody wanted to move the first piece".

After the break, Horseed pushed more players forward and began to attack down the flanks. Elman's goalkeeper, Khadar Nuur, made three fine saves, including a diving stop from a free kick that was curling towards the top corner. With extra time looming, Warsame, who had been on the pitch for only six minutes, collected a loose ball 25 metres from goal and fired a low shot inside the post.

The stadium erupted. Supporters waved club flags and drummed long after the final whistle, and the celebrations spread into the streets of the Hodan and Wadajir districts, where car horns sounded well into the evening.

"This is for the people who stayed with us through difficult seasons," Warsame said. "I have dreamed of scoring a goal like this since I was a boy playing on the sand."

Elman's captain said his team had been "killed by one moment" but praised the crowd. The Somali Football Federation said more than 10,000 fans attended, one of the largest crowds at the stadium in recent years.
""", nel=["Mogadishu", "Hodan", "Wadajir"])

# ---------------------------------------------------------------- business
A("business", "Lagos Markets Review", "2026-10-06", "Data price war leaves Nigeria's smaller operators counting casualties", """
A price war among Nigeria's mobile operators has entered its third month, and analysts in Lagos say the smallest players are beginning to buckle.

The fight began in July, when Kora Mobile slashed the price of its monthly 10-gigabyte bundle by nearly 40 percent in an attempt to win back subscribers it had lost over the previous year. Its larger rival, Lagoon Telecom, responded within days with a cut of its own, and since then the two firms have traded blows with weekend promotions, free night-time data and loyalty bonuses.

"This is a war of attrition, and the weapon is the balance sheet," said Chiamaka Obiora, a telecoms analyst at a Lagos investment bank. "Kora and Lagoon can absorb losses for a while. The regional operators cannot."

Two of those regional firms, both based in the south-east, have already frozen hiring, and a third, Delta Link, said last week that it was seeking a buyer. Industry figures released on Monday showed that average revenue per user fell 11 percent in the third quarter.

Consumers, for now, are the winners. Students in Ibadan and traders in Onitsha told reporters they had switched networks twice since the summer to chase cheaper bundles.

The Nigerian Communications Commission has said it is watching the market closely and could set minimum prices if the cuts threaten the quality of service. Some executives privately hope the regulator will force a ceasefire before the end of the year, but neither of the two leading operators has signalled any intention of backing down.
""", nel=["Lagos", "Ibadan", "Onitsha"])

A("business", "Valor Sul", "2026-10-14", "Supermarket group launches hostile bid for São Paulo rival", """
Brazil's second-largest supermarket group, Rede Ipê, on Tuesday launched a hostile takeover bid for its São Paulo rival Mercados Aurora, going directly to shareholders after Aurora's board rejected two friendly approaches.

Rede Ipê is offering 18.50 reais per share in cash, a premium of 32 percent over Aurora's closing price on Monday and a valuation of roughly 6.2 billion reais. The offer will remain open for 30 days and is conditional on acquiring at least half of Aurora's shares.

Aurora's chief executive, Renata Figueiredo, called the bid "opportunistic" and said the board would defend the company's independence. Analysts expect Aurora to consider a so-called poison pill, issuing new shares to existing investors to make the acquisition more expensive, or to look for a friendlier buyer.

"They are trying to storm the castle while the defenders are still arguing about the gate," said Marcelo Tavares, a retail analyst in Rio de Janeiro. "Aurora's shareholders have been unhappy with the share price for two years. That is the weakness Ipê is attacking."

The combined group would control about a fifth of the supermarket market in the state of São Paulo, and competition lawyers said the deal would almost certainly face a lengthy review by the antitrust regulator, CADE, which could force the sale of dozens of stores in Campinas and the city's eastern suburbs.

Aurora shares jumped 27 percent in morning trading. Rede Ipê's shares fell 4 percent as investors weighed the cost of the raid.
""", nel=["São Paulo", "Rio de Janeiro", "Campinas"])

A("business", "Indus Business Post", "2026-10-20", "Rooftop solar's explosive growth rattles Pakistan's power distributors", """
Pakistan's rooftop solar market has grown at an explosive pace this year, and the country's electricity distributors are scrambling to adapt as their best-paying customers generate their own power.

Imports of solar panels reached an estimated 14 gigawatts in the first nine months of 2026, according to figures compiled by a trade association, up from about 9 gigawatts over the same period a year earlier. Installers in Lahore's Hall Road market, the country's busiest electronics bazaar, say demand has barely slowed even as the summer ends.

"Every second customer now asks about batteries as well," said Kamran Butt, who runs a small installation firm. "People have done the sums. The panels pay for themselves in two or three years."

The boom has created a headache for the state-owned distribution companies. As affluent households and factories reduce their reliance on the grid, the fixed costs of the network fall on a shrinking base of customers, pushing up tariffs for those who remain. Officials privately describe it as a potential "death spiral" for the utilities.

The power ministry has proposed changing the net-metering rules that allow solar owners to sell surplus electricity back to the grid, a move that has angered installers and consumer groups. A public hearing on the proposal is scheduled for next month in Islamabad.

Economists say the surge has also had a silver lining: imports of fuel oil for power generation have fallen sharply, easing pressure on the country's foreign exchange reserves.
""", nel=["Lahore", "Islamabad"])

A("business", "Runway India", "2026-10-29", "Budget airlines in dogfight over Mumbai's eastern routes", """
Two of India's budget airlines are locked in a dogfight for passengers on routes between Mumbai and the cities of eastern India, with fares on some flights falling below the price of an air-conditioned train ticket.

SkyKite, which launched last year, opened daily flights from Mumbai to Patna and Ranchi in September and priced its introductory fares at 2,999 rupees. The established carrier Vayu Air responded by adding a second daily flight on both routes and matching the price, then undercutting it for early-morning departures.

"It is a turf war," said Ankita Deshmukh, an aviation consultant based in Pune. "Vayu sees eastern India as its territory, and it wants to shoot down the newcomer before it gets a foothold. SkyKite is betting it can survive the first winter."

The two airlines have also clashed over slots at Mumbai's crowded airport, where take-off and landing times during the morning rush are scarce. SkyKite complained to the civil aviation regulator this month that it had been given unattractive slots, a claim Vayu Air described as baseless.

Passengers are taking advantage. Load factors on the Patna route have exceeded 90 percent since the fare cuts, and travel agents in Bihar report that many customers are flying for the first time.

Analysts warn that the fight cannot last for ever. Fuel costs remain high, and SkyKite's investors will want to see a path to profit. "Somebody will blink," Deshmukh said. "The only question is whether it happens before Diwali or after the wedding season."
""", nel=["Mumbai", "Patna", "Ranchi", "Pune"])

A("business", "Coast Commodities Weekly", "2026-11-02", "Tea prices slump at Mombasa auction as buyers hold back", """
Prices at the weekly tea auction in Mombasa fell to their lowest level in almost three years last week, as buyers from Pakistan and Egypt held back and a large harvest in the Kenyan highlands flooded the market.

The average price for a kilogram of tea dropped to 1.98 US dollars at Tuesday's sale, down from 2.35 dollars a month earlier, according to brokers. Nearly a third of the lots on offer went unsold.

Brokers described the sale as a bloodbath for lower-grade teas. "The top grades from Kericho and Nandi still found buyers, but the plain teas were slaughtered," said Peter Kiprono, who has worked at the auction for two decades.

Kenya is the world's largest exporter of black tea, and the crop is an important source of income for hundreds of thousands of smallholder farmers. Many of them sell their green leaf through factories that pay a monthly advance followed by an annual bonus, which depends on auction prices.

Farmers in Kericho said they were worried that the bonus would be cut. "Fertiliser prices have not come down, but our earnings are going down," said Esther Chepkoech, who farms two acres near Litein.

Traders expect prices to recover once buyers in Pakistan, the biggest market for Kenyan tea, rebuild their stocks before the new year. The agriculture ministry said it was exploring new markets in Central Asia and the Middle East, and would send a trade delegation to Tashkent in December.
""", nel=["Mombasa", "Kericho", "Nandi", "Litein", "Tashkent"])

A("business", "Great Lakes Tech Journal", "2026-11-11", "Kigali drone start-up raises $40m to expand medical deliveries", """
A Rwandan start-up that uses drones to deliver blood and medicines to rural health centres has raised 40 million US dollars from investors, the company said on Tuesday, as it prepares to expand into Tanzania and Zambia.

Inyoni Air, founded in Kigali in 2021, operates a fleet of about 60 fixed-wing drones from three launch sites in Rwanda, including one near Muhanga. The aircraft fly at up to 100 kilometres an hour and drop their cargo by parachute over clinics without landing. The company says it completed more than 90,000 deliveries last year.

"When a mother is bleeding after childbirth, the difference between one hour and four hours is everything," said Inyoni's chief executive, Clarisse Uwase. "Our drones take the road out of the equation."

The funding round was led by a Nairobi-based venture capital fund, with participation from two European development finance institutions. Uwase said the money would pay for new aircraft, a maintenance hub and a second generation of drones able to carry up to four kilograms, double the current payload.

Drone delivery has become one of the fastest-growing corners of East Africa's technology industry, helped by regulators in Rwanda who were among the first in the world to write rules for flights beyond the operator's line of sight. Competitors are testing similar services in Ghana and Malawi.

Aviation analysts say the biggest obstacle to expansion is not technology but airspace rules, which differ from country to country. Inyoni said it had signed a memorandum of understanding with the health ministry in Zambia and hoped to begin flights near Lusaka in mid-2027.
""", nel=["Kigali", "Muhanga", "Nairobi", "Lusaka"])


# ---------------------------------------------------------------- accidents
def ext(sub, date, window, country, admin1, location, actor1, fat, summary, alts=None):
    e = {"id": "X1", "required": False, "event_type": "Other events", "sub_event_type": sub,
         "date": date, "date_window": window, "country": country, "admin1": admin1,
         "location": location, "actor1": actor1, "actor2": None, "claimed_by": None,
         "fatalities": fat, "summary": summary}
    if alts:
        e["location_alternatives"] = alts
    return e


A("accident", "Northern Highway Times", "2026-10-03", "Nine die as bus catches fire on Kano–Zaria highway", """
Nine passengers were killed and 14 injured on Friday when a commercial bus caught fire on the Kano–Zaria highway near Kura, in Kano State, road safety officials said.

The 18-seater bus was travelling from Kano to Zaria when, according to witnesses, smoke began to pour from the engine compartment shortly after 3pm. The driver pulled onto the shoulder, but flames spread through the vehicle within minutes, trapping passengers in the back rows.

"The door at the back was jammed. We broke the windows with our hands and pulled out whoever we could," said Auwalu Dankano, a mechanic who runs a workshop close to the scene. "By the time the fire service came, there was nothing left but the frame."

The sector commander of the Federal Road Safety Corps, Ibrahim Sule, said early findings pointed to a fuel leak, and that a jerrycan of petrol carried inside the bus had made the fire worse. He said several passengers had been carrying goods for sale, including cooking gas cylinders, which were found in the wreckage.

The injured were taken to a specialist hospital in Kano, where a doctor said four were in a critical condition with severe burns. The dead were burned beyond recognition, and relatives were asked to come forward to help identify them.

Sule urged transport unions to stop drivers from carrying fuel in passenger vehicles. Road accidents kill thousands of people in Nigeria every year, and bus fires are a recurring danger on the country's busy northern highways.
""", nel=["Zaria"], ext=ext("Man-made disaster", "2026-10-02", ["2026-10-02", "2026-10-02"], "Nigeria", "Kano", "Kura",
                             ["bus passengers", "Civilians (Nigeria)"], [9, 9], "bus fire on the Kano-Zaria highway near Kura, 9 dead"))

A("accident", "Metro Karachi", "2026-10-15", "Gas cylinder blast wrecks Karachi restaurant, killing three", """
Three people were killed and at least eleven injured when a gas cylinder exploded in the kitchen of a busy restaurant in Karachi's Saddar area on Wednesday evening, police and rescue officials said.

The blast happened at about 8.30pm, when the restaurant was filling up with diners. It blew out the front windows, brought down part of the ceiling and damaged two motorcycles parked outside. Rescue teams pulled the injured from the debris and took them to the city's two main public hospitals.

A senior police officer at the scene, Superintendent Asif Memon, said the bomb disposal squad had examined the site as a routine precaution and found no trace of explosives. "It was a cylinder leak. Everything points to an accident," he said. Investigators believe gas had built up because of a faulty regulator and ignited when a cook lit the stove.

The dead included a waiter and a cook, both in their twenties, and a customer who had been waiting for a takeaway order. The restaurant's owner was questioned by police, who said he would be charged with negligence if the cylinder was found to be substandard.

Liquefied petroleum gas cylinders are widely used in Pakistani homes and eateries because of shortages of piped natural gas, and explosions are common. The Sindh government has promised repeatedly to crack down on the sale of uncertified cylinders, but traders say enforcement is weak.

"We hear a bang like this every few months," said Naveed Ahmed, who sells mobile phones in a shop two doors away. "Each time they say they will check the cylinders. Nothing changes."
""", ext=ext("Man-made disaster", "2026-10-14", ["2026-10-14", "2026-10-14"], "Pakistan", "Sindh", "Karachi",
             ["restaurant staff and customers", "Civilians (Pakistan)"], [3, 3], "LPG cylinder explosion in a Saddar restaurant, 3 dead; police found no explosives"))

A("accident", "Guinée Matin Express", "2026-10-20", "Artisanal gold pit collapses in Guinea, at least 15 dead", """
At least 15 people were killed when an artisanal gold mine collapsed near Siguiri, in north-eastern Guinea, on Sunday, local authorities said, and rescuers were still searching for others believed to be trapped.

The accident happened at a site near the village of Kintinian, where hundreds of diggers work in narrow shafts dug by hand. Heavy rain over the previous week had softened the ground, and the walls of several shafts gave way at around midday, burying miners who were working underground.

"We heard the earth move, and then the dust came up from the holes," said Mamadi Keita, a miner who was on the surface when the collapse happened. "My brother was down there. We dug with our hands until the night."

The prefect of Siguiri, Sékou Condé, said 15 bodies had been recovered and nine injured miners were being treated at the prefectoral hospital. He said the number of missing was not known, because there is no register of who works at the site.

Artisanal mining employs tens of thousands of people in the Siguiri area, one of West Africa's richest gold regions. Collapses are frequent, particularly during and after the rainy season, and the government has ordered the closure of unsafe sites several times without lasting effect.

The mines ministry said on Monday that it had sent a team of engineers to assess the site and that mining there would be suspended for at least two weeks. Local leaders appealed for pumps and lighting equipment to help the rescue effort.
""", ext=ext("Man-made disaster", "2026-10-18", ["2026-10-18", "2026-10-18"], "Guinea", "Kankan", "Kintinian",
             ["artisanal miners", "Civilians (Guinea)"], [15, 15], "gold pit collapse near Kintinian, Siguiri prefecture, 15 dead", alts=["Siguiri"]))

A("accident", "Juba Daily Monitor", "2026-10-24", "Cargo plane crashes after take-off from Juba, killing crew of four", """
A small cargo aircraft crashed shortly after taking off from Juba International Airport on Friday morning, killing all four people on board, South Sudan's civil aviation authority said.

The twin-engine plane, operated by a private charter company, was carrying food supplies and fuel drums to Rumbek when it came down in farmland about three kilometres from the runway. Witnesses said one of its engines appeared to be trailing smoke before the aircraft banked sharply and hit the ground.

"It was flying very low and then there was a big noise and fire," said Deng Makuei, a farmer who was working nearby. "We ran to help, but the heat was too strong."

The director of the civil aviation authority, Michael Lado Wani, said the dead were two pilots from Kenya and two South Sudanese loaders. No one on the ground was hurt. He said investigators had recovered the flight recorder and that a team from the manufacturer was expected to arrive next week.

South Sudan relies heavily on small aircraft to move goods and aid to remote areas, many of which are cut off by road during the rainy season. The country has had a series of fatal crashes involving ageing planes in recent years, and aviation experts have called for stricter inspections of charter operators.

The airport was closed for two hours while emergency crews put out the fire and cleared the wreckage. Flights resumed in the afternoon.
""", nel=["Rumbek"], ext=ext("Man-made disaster", "2026-10-23", ["2026-10-23", "2026-10-23"], "South Sudan", "Central Equatoria", "Juba",
                              ["aircraft crew"], [4, 4], "cargo plane crash 3 km from Juba airport, 4 dead"))

A("accident", "Kivu Lake Radio Online", "2026-11-05", "Overloaded boat capsizes on Lake Kivu; 11 bodies recovered", """
Rescuers have recovered the bodies of 11 people after an overloaded wooden boat capsized on Lake Kivu near Kalehe, in the Democratic Republic of Congo's South Kivu province, on Tuesday night, local officials said.

The boat was carrying about 70 passengers and sacks of cassava and charcoal from Kalehe to the island of Idjwi when it was hit by strong winds and high waves about an hour into the journey. Fishermen and a passing motor boat rescued 38 people. Around 20 others are still missing.

"The boat was already sitting low in the water when it left," said Espoir Bahati, a survivor who clung to a plank until he was pulled out. "People were standing because there was nowhere to sit. When the wind came, it turned over in one movement."

The administrator of Kalehe territory, Jean-Pierre Muhindo, said the vessel had not been registered and that none of the passengers wore life jackets. He said the boat's owner had been detained for questioning.

Accidents on the lake are common because boats are often overloaded and poorly maintained, and many passengers cannot swim. The provincial government has repeatedly banned night sailings, but the ban is rarely enforced because the lake is the main route for trade between the island and the mainland.

Relatives gathered on the shore at Kalehe on Wednesday to wait for news, as navy divers and volunteers continued searching. The provincial governor sent condolences and promised to pay for the funerals.
""", ext=ext("Man-made disaster", "2026-11-03", ["2026-11-03", "2026-11-03"], "Democratic Republic of Congo", "South Kivu", "Kalehe",
             ["boat passengers", "Civilians (Democratic Republic of Congo)"], [11, 11], "boat capsized on Lake Kivu off Kalehe, 11 bodies recovered, ~20 missing"))

A("accident", "Dhaka Evening Tribune", "2026-11-17", "Fire at Old Dhaka chemical warehouse kills six", """
Six people were killed when a fire swept through a chemical warehouse and the residential floors above it in Old Dhaka's Chawkbazar area late on Monday, fire service officials said.

The fire started on the ground floor of the five-storey building at about 11pm and spread quickly through stocks of plastic granules and cleaning chemicals. Residents said they heard a series of small explosions as containers burst in the heat. Twelve fire-fighting units took more than four hours to bring the blaze under control.

Most of the dead were members of two families living on the third floor, who were trapped when smoke filled the narrow staircase. A night guard at the warehouse was also killed. Fourteen people were taken to the burn unit of Dhaka Medical College Hospital.

"We kept calling for help from the windows, but the lane is so narrow that the fire engines could not come close," said Rokeya Begum, 42, who escaped with her son by climbing onto the roof of a neighbouring building.

The area is notorious for chemical stores operating inside residential buildings. Authorities have promised for years to move them to industrial zones outside the city, most recently after a fire in 2019 that killed dozens of people in Chawkbazar. Shopkeepers say the new sites are not ready.

A fire service director, Mahbubur Karim, said the cause was being investigated and that the building did not have a fire safety certificate. The city corporation said it would inspect chemical stores in the neighbourhood starting next week.
""", ext=ext("Man-made disaster", "2026-11-16", ["2026-11-16", "2026-11-16"], "Bangladesh", "Dhaka", "Dhaka",
             ["residents", "Civilians (Bangladesh)"], [6, 6], "chemical warehouse fire in Chawkbazar, Old Dhaka, 6 dead", alts=["Chawkbazar"]))
