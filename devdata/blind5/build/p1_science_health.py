# Part 1 (unrelated): science and health. Written by hand, blind.
from p1_sports_business_accidents import A, ext

# ---------------------------------------------------------------- science
A("science", "Southern Lab Notes", "2026-10-07", "Cape Town scientists recruit viruses to attack drug-resistant bacteria", """
Researchers in Cape Town have identified a group of viruses that attack and destroy strains of bacteria behind many hospital infections that no longer respond to antibiotics, according to a study published this week.

The viruses, known as bacteriophages or phages, infect bacteria and multiply inside them until the cells burst. The team at the University of Cape Town collected samples from wastewater treatment plants around the city and screened them against Klebsiella pneumoniae, a bacterium that causes pneumonia and bloodstream infections and has become resistant to most drugs in many hospitals.

Out of more than 300 phages isolated, the researchers found eleven that killed the resistant strains in laboratory tests. A cocktail of three of them wiped out the bacteria in infected moth larvae, a common first step before testing in mammals.

"Bacteria and phages have been fighting an arms race for billions of years," said the study's lead author, Thandeka Mahlangu. "Every time the bacteria develop a defence, the phages evolve a new way to break in. We are trying to harness that battle for medicine."

The idea of using phages to treat infections is more than a century old, but it was largely abandoned in the West after the discovery of penicillin. Interest has returned as antibiotic resistance spreads, and resistant infections are now estimated to cause more than a million deaths a year worldwide.

The researchers cautioned that phage treatments are still experimental and will need years of clinical trials. They are now building a library of local phages that hospitals could draw on for patients with no other options.
""", nel=["Cape Town"])

A("science", "Andean Earth Science Digest", "2026-10-27", "Seismologists set off controlled blasts to map fault beneath northern Chile", """
A team of Chilean and German seismologists has detonated a series of small underground explosions in the Atacama Desert to produce an image, something like an X-ray, of the rocks beneath one of the world's most earthquake-prone coastlines.

Over ten days, the researchers set off 42 charges in boreholes along a 150-kilometre line running inland from the port city of Antofagasta. Each blast sent shock waves deep into the earth, and more than 1,000 portable sensors recorded the echoes bouncing back from layers of rock as deep as 50 kilometres.

"It is the same principle as an ultrasound scan in a hospital, only on a much larger scale," said Camila Rojas of the University of Chile, who led the fieldwork. "The explosions are tiny compared with a real earthquake, but they let us see the structure of the plate boundary."

Northern Chile sits above the subduction zone where the Nazca plate slides beneath South America. Scientists believe a long section of the boundary near Antofagasta has not ruptured in more than 100 years and could produce a major earthquake.

The blasts were carried out under permits from the mining authority, and residents of nearby settlements were warned in advance. Several told local radio they had felt nothing more than a faint rumble.

The data will take about a year to analyse. The researchers hope the images will show where stress is building up along the fault, helping engineers and emergency planners prepare.
""", nel=["Antofagasta", "Atacama Desert"])

A("science", "Karakoram Science Weekly", "2026-11-05", "Drones map shrinking glaciers in Pakistan's Hunza valley", """
Scientists in northern Pakistan are using drones to build detailed three-dimensional maps of glaciers in the Hunza valley, in an effort to predict dangerous floods from the lakes that form as the ice melts.

A team from Karakoram International University in Gilgit flew the drones over six glaciers in September and October, taking thousands of photographs that software stitched together into models accurate to a few centimetres. Comparing them with satellite images from the 1990s, they found that the lower parts of four glaciers had thinned by up to 30 metres.

"With a drone we can go where it is too dangerous to walk, over crevasses and unstable ice," said Sajjad Baig, a geographer who led the survey. "We can fly the same route every year and see exactly how much ice has gone."

Glacial lake outburst floods, which happen when a lake held back by ice or rubble suddenly bursts, have destroyed homes, bridges and sections of the Karakoram Highway in recent years. In 2022 a flood from the Shisper glacier swept away the bridge at Hassanabad.

The researchers have shared their maps with the regional disaster management authority, which runs an early warning system in several villages. Local volunteers are being trained to fly smaller drones to watch the lakes during the summer melt.

Baig said the work showed that affordable technology could help mountain communities adapt to a warming climate. "We cannot stop the glaciers from melting," he said. "But we can give people time to move out of the way."
""", nel=["Gilgit", "Hunza", "Hassanabad"])

A("science", "Orbit India", "2026-11-12", "Indian rocket places ocean-monitoring satellite in orbit", """
India's space agency successfully launched a satellite to monitor ocean temperatures and sea levels on Wednesday, its rocket lifting off from the Satish Dhawan Space Centre at Sriharikota on the coast of Andhra Pradesh.

The Polar Satellite Launch Vehicle blasted off at 10.17am and released the 1,100-kilogram satellite into a polar orbit about 20 minutes later, the Indian Space Research Organisation said. Cheers broke out in the mission control room as the satellite separated from the final stage.

The satellite, named Samudra-2, carries a radar altimeter and sensors that measure the colour and temperature of the sea surface. Scientists say its data will help improve forecasts of cyclones in the Bay of Bengal and the Arabian Sea, and guide fishermen to areas where fish are likely to gather.

"Our coastline is home to hundreds of millions of people. Every improvement in cyclone forecasting saves lives," said the mission director, K. Lakshmi Narayanan.

It was the agency's fifth launch of the year. The agency is preparing for a busy 2027, including further tests for its planned crewed mission and several launches for commercial customers.

Crowds of spectators watched the launch from a viewing gallery near the launch pad, and thousands more followed it on a live stream. Fishermen in nearby villages had been asked to stay out of the sea along the rocket's flight path for several hours, and the coast guard patrolled the area to make sure they did.
""", nel=["Sriharikota"])

A("science", "Savanna Research Digest", "2026-11-18", "Ant armies: Kenyan study reveals the raiding tactics of termite-hunting ants", """
Columns of ants marching out to raid termite nests, killing the defenders and carrying the bodies home, sound like something from a war film. For researchers at the Mpala Research Centre in Kenya's Laikipia county, it is an everyday sight.

In a study published on Monday, a team of Kenyan and Swiss biologists describes how Matabele ants, a large African species, decide which termite nests to attack and how they treat their own wounded. The scientists followed more than 400 raids over two dry seasons, marking scouts with tiny dots of paint and filming the raids with infrared cameras.

They found that scouts spent up to an hour searching for a suitable target before returning to lead a column of several hundred ants to it. Larger nests were attacked by larger columns, suggesting that the scouts somehow communicate the size of the target. During the raids, the ants killed termite soldiers blocking the entrances, then carried away the workers.

Most striking was the ants' care for their injured. Ants that had lost legs or had termites clinging to them released a chemical signal, and nestmates carried them back to the nest, where the termites were pulled off.

"They do not leave anyone behind, at least not anyone who can still be useful," said Wanjiru Kamau, the study's lead author. Ants too badly hurt to recover, she said, resisted being rescued, a behaviour the team is now studying.

The researchers say understanding how such colonies organise themselves could inspire algorithms for robots that work in groups.
""", nel=["Laikipia", "Mpala"])

A("science", "Desert Sky Bulletin", "2026-11-25", "Fireball over Rajasthan was a space rock, astronomers confirm", """
A bright fireball that lit up the night sky over western Rajasthan on Sunday and was followed by a loud boom was caused by a small asteroid exploding in the atmosphere, astronomers said on Tuesday.

Residents of villages near Barmer and Jaisalmer reported seeing a streak of green and orange light at about 9.40pm, followed a minute or two later by a sound like thunder that rattled windows. Several people called the police, fearing a plane crash or an explosion at a nearby military firing range. Officials said no aircraft were missing and nothing had been damaged.

Scientists at the Physical Research Laboratory in Ahmedabad analysed videos from dashboard and security cameras and concluded that the object entered the atmosphere at about 18 kilometres a second and broke apart some 30 kilometres above the ground. They estimate it was about a metre across.

"An event like this happens somewhere on Earth several times a year, but usually over the ocean or an empty area, so nobody notices," said Priya Rathore, a planetary scientist at the laboratory. "This one happened over a place with lots of cameras, which is wonderful for us."

The team is asking residents to look for fragments, which are likely to be small dark stones with a glassy crust. Meteorites are valuable for research because they preserve material from the early solar system.

Schools in the region have invited astronomers to give talks, and the laboratory said it would offer a reward for any confirmed fragment handed in.
""", nel=["Barmer", "Jaisalmer", "Ahmedabad"])

# ---------------------------------------------------------------- health
A("health", "Sahel Health Watch", "2026-10-01", "Sokoto steps up fight against malaria with door-to-door net campaign", """
Health workers in Nigeria's Sokoto State this week began distributing nearly four million insecticide-treated mosquito nets, the latest offensive in a long fight against malaria, which remains the biggest killer of young children in the region.

The campaign, funded by international donors and carried out with the state's primary healthcare agency, aims to provide one net for every two people in all 23 local government areas. Teams of volunteers are going from house to house to register families, hang nets and show parents how to use them properly.

"Nets are our first line of defence," said Bello Maikudi, the state's malaria programme manager. "But a net in its bag in the corner does nothing. That is why we are going into homes."

Nigeria accounts for more than a quarter of the world's malaria cases and deaths, according to the World Health Organization. In Sokoto, a hot and largely rural state, transmission peaks during and just after the rainy season, which is now ending.

The campaign also includes seasonal malaria chemoprevention, in which children under five receive monthly doses of preventive medicine. Health officials said this had cut severe cases in some districts by more than half.

Community leaders have been enlisted to encourage families to take part. In Wamakko, close to the state capital, a representative of the emir announced the campaign at Friday prayers last week. "The mosquito is the enemy in every house," he told worshippers.

Officials said the distribution would be completed within three weeks.
""", nel=["Sokoto", "Wamakko"])

A("health", "Frontier Health Times", "2026-10-27", "Pakistan launches nationwide polio drive targeting 45 million children", """
Pakistan on Monday launched a week-long polio vaccination campaign aiming to reach more than 45 million children under the age of five, as health officials try to stamp out the virus in one of only two countries where it still circulates.

Around 300,000 health workers are going door to door across the country, with a special focus on districts of Khyber Pakhtunkhwa and Sindh where the virus has been found repeatedly in sewage samples this year. Children also receive vitamin A drops.

The eradication programme has recorded 17 cases so far this year, fewer than last year, but environmental samples continue to detect the virus in cities including Peshawar, Karachi and Quetta.

"We are closer than ever, but closer is not enough," said Nadia Khattak, who coordinates the emergency operations centre in Peshawar. "Every child we miss is a door left open for the virus."

Health workers say the biggest obstacle is refusals by parents, often driven by misinformation on social media. Teams have been joined by local religious scholars who explain that the vaccine is safe, and some districts have hired women from the community to talk to mothers.

Afghanistan, the only other country where wild polio remains endemic, is running a campaign at the same time, and officials on both sides of the border are trying to reach children who travel between the two countries.

The results will be reviewed in mid-November before the next round, which is planned for December.
""", nel=["Peshawar", "Karachi", "Quetta"])

A("health", "Red Sea Health Bulletin", "2026-11-07", "Cholera cases rise in Yemen's Hodeidah as rains contaminate water", """
Health workers and aid agencies are racing to contain a rise in cholera cases in Yemen's western Hodeidah governorate, where more than 3,200 suspected infections and 21 deaths have been recorded since the start of October, the World Health Organization said on Thursday.

The outbreak has been concentrated in the districts of Zabid and Bayt al-Faqih, where heavy rains in September flooded wells and latrines. Many families rely on open water sources and cannot afford fuel to boil their drinking water.

"We are seeing whole families arrive at the same time, the children very weak from dehydration," said Huda al-Ahdal, a doctor who runs a diarrhoea treatment centre in Zabid. "If they come early, they survive. The problem is the ones who live far away and come late."

The WHO said it had delivered oral rehydration salts, intravenous fluids and cholera test kits to health facilities in the governorate, and that a vaccination campaign was being planned for December. UNICEF is distributing chlorine tablets and hygiene kits.

Yemen suffered one of the largest cholera outbreaks in modern history between 2016 and 2021, with more than two million suspected cases. Aid agencies warn that the health system remains fragile and that funding for water and sanitation programmes has fallen sharply this year.

Doctors urged families to wash their hands with soap, drink only treated water and seek care at the first sign of diarrhoea.
""", ext=ext("Natural disaster", None, ["2026-10-01", "2026-11-05"], "Yemen", "Al Hudaydah", "Zabid",
             ["residents", "Civilians (Yemen)"], [21, 21], "cholera outbreak in Hodeidah governorate since early October, 21 deaths", alts=["Bayt al-Faqih", "Hodeidah"]))

A("health", "Norte Salud", "2026-11-12", "Monterrey declares war on diabetes with school snack ban", """
Authorities in the Mexican state of Nuevo León have declared what they call a war on diabetes, announcing a ban on the sale of sugary drinks and junk food in and around schools in the Monterrey metropolitan area from January.

The measure, approved by the state congress on Tuesday, prohibits street vendors from selling sweets, fried snacks and soft drinks within 200 metres of school gates during school hours, and requires school canteens to offer fresh fruit and water. Fines for repeat offenders can reach 30,000 pesos.

Mexico has one of the highest rates of type 2 diabetes in the world, and the disease is among the leading causes of death in the country. In Nuevo León, health authorities say about one in three children is overweight or obese.

"This is a battle for the health of a whole generation," said the state health secretary, Alejandra Garza Treviño. "We cannot win it in hospitals. We have to win it in kitchens and schoolyards."

The ban has been criticised by vendors' associations, which say it will hurt the incomes of thousands of families who sell snacks near schools. Some parents also doubt that it can be enforced. "The children will simply buy their crisps on the way to school," said Rubén Cantú, a father of three in San Nicolás de los Garza.

Several other Mexican states have passed similar laws in recent years. Researchers at the state university will track children's weight and diet over the next three years to measure the effect.
""", nel=["Monterrey", "San Nicolás de los Garza"])

A("health", "Manila Health Beat", "2026-11-24", "Mobile X-ray vans take TB fight to Manila's crowded districts", """
Health workers in Manila have begun sending mobile X-ray vans into the city's most densely populated neighbourhoods in a push to find people with tuberculosis who have never been diagnosed, as the Philippines tries to bring down one of the highest TB rates in Asia.

The vans, equipped with digital X-ray machines and software that flags suspicious images within seconds, spent the past week parked outside barangay halls in Tondo and Sampaloc. Anyone with a cough lasting more than two weeks was invited for a free scan, and those with abnormal results were tested on the spot with a rapid molecular test.

In the first five days, more than 3,000 people were screened and 96 were found to have active TB, according to the city health department. All of them started treatment the same week.

"TB is a silent enemy. It spreads in crowded homes long before anyone knows they are sick," said Ramon Villanueva, the city's TB programme coordinator. "We have to go out and hunt for it, not wait for it to walk into the clinic."

The Philippines has one of the largest numbers of TB cases in the world, with hundreds of thousands of people falling ill each year. Many patients delay seeking care because they cannot afford to miss work or fear being stigmatised.

The city plans to take the vans to all six of Manila's districts by March. Officials said the biggest challenge would be making sure patients finish the six-month course of treatment.
""", nel=["Manila", "Tondo", "Sampaloc"])

A("health", "Bengal Health Review", "2026-10-16", "Dhaka's mosquito war: fogging crews and drones take on dengue", """
City authorities in Dhaka have deployed more than 2,000 workers and a small fleet of drones in a campaign against the mosquitoes that spread dengue, as the country records one of its worst seasons in years.

Crews carrying fogging machines move through the lanes of Mirpur, Jatrabari and other hard-hit neighbourhoods every evening, spraying insecticide into drains and stairwells. The drones are used to spot standing water on rooftops and building sites, where the Aedes mosquito breeds, so that inspectors can order owners to clear it.

The health directorate said 268 people had died of dengue so far this year and more than 62,000 had been admitted to hospital, most of them in Dhaka. Wards in the capital are crowded, and some patients are being treated in corridors.

"We are fighting on two fronts, in the hospitals and in the streets," said Shafiqul Alam, chief health officer of one of the city corporations. "If we do not destroy the breeding sites, the hospitals will keep filling up."

Entomologists say fogging alone has limited effect, because it kills adult mosquitoes but not larvae and because the insects have developed resistance to some chemicals. They argue the city should concentrate on removing breeding sites.

Residents say they are doing what they can. "We check the flower pots and the roof every day now," said Nasrin Akter, a mother of two in Mirpur whose son spent five days in hospital last month. "But the building next door has a pool of water in its basement, and nobody cleans it."

The dengue season usually eases in November as temperatures fall.
""", nel=["Mirpur", "Jatrabari"], ext=ext("Natural disaster", None, ["2026-01-01", "2026-10-16"], "Bangladesh", "Dhaka", "Dhaka",
                                          ["residents", "Civilians (Bangladesh)"], [268, 268], "dengue season 2026, 268 deaths so far (epidemic)"))
