from lib import article, doc, ev, mil, civ, uag, pol

GANGS_EC = ["Los Lobos", "Lobos", "Los Choneros", "Choneros"]
ECU = mil("Ecuador", "Military Forces of Ecuador (2023-)", "Ecuadorian army", "Armed Forces of Ecuador", "soldiers")

h10 = article("ext3-h10", "At least 15 inmates killed in gang fight at Guayaquil prison", "2026-11-11", """
At least 15 inmates killed in gang fight at Guayaquil prison

By Andrea Villacis | Guayaquil | 11/11/2026

At least 15 inmates were killed during a fight between members of the Los Lobos and Los Choneros gangs inside the Litoral Penitentiary in Guayaquil on Sunday night, the prison authority SNAI said on Monday.

The clash broke out in pavilion 8 at about 10 pm and lasted until the early hours of Monday, with inmates using rifles, pistols and explosives, according to the SNAI statement. Police and military units entered the prison at dawn to regain control. On Monday afternoon, the police commander for the zone told reporters that 17 bodies had been recovered, several of them burned.

Relatives of prisoners gathered outside the prison throughout Monday seeking information. "Nobody tells us anything," said a woman whose son is held in pavilion 8.

In a separate incident, a municipal councillor of Duran, a city across the Guayas river from Guayaquil, was shot dead on Monday by gunmen who fired from a car as he arrived at his home. Police have not identified a motive.

The armed forces also announced on Tuesday the capture in Manta, Manabi province, of a man known as "El Gato", whom they described as the head of a Los Choneros cell responsible for extortion and killings in the province.

More than 450 inmates have been killed in Ecuador's prisons since 2021, most of them in fights between gangs linked to international drug trafficking organisations.

Related news
- Quito: new traffic rules in the historic centre
- Guayaquil port exports rise in October

Comment | Share | Print
""", source="Ecuadorian daily (fictional)")

g10 = doc(h10, [
    ev("E1", "Battles", "Armed clash", "2026-11-08", "Ecuador", "Guayas", "Guayaquil", GANGS_EC, actor2=GANGS_EC,
       window=["2026-11-08", "2026-11-09"], fatalities=[15, 17],
       fatalities_note="SNAI 15, later police count 17 bodies; gold accepts 15-17",
       summary="gang clash inside the Litoral Penitentiary; ACLED codes gang-on-gang prison fighting as Battles"),
    ev("E2", "Violence against civilians", "Attack", "2026-11-09", "Ecuador", "Guayas", "Duran", uag("Ecuador", "gunmen"),
       actor2=civ("Ecuador", "municipal councillor"), fatalities=[1, 1], location_alternatives=["Durán", "Eloy Alfaro"]),
    ev("E3", "Strategic developments", "Arrests", None, "Ecuador", "Manabi", "Manta", ECU, actor2=["Los Choneros", "El Gato"],
       window=["2026-11-04", "2026-11-10"], required=False, admin1_variants=["Manabí"],
       summary="capture of a Los Choneros cell leader announced Tuesday; arrest date not given; borderline"),
], not_event_locations=["Quito"],
   removed_lines=["Related news", "- Quito: new traffic rules in the historic centre", "- Guayaquil port exports rise in October",
                  "Comment | Share | Print", "By Andrea Villacis | Guayaquil | 11/11/2026"])

RUS = mil("Russia", "Military Forces of Russia (2000-)", "Russian Armed Forces", "Russian army", "Russian Ministry of Defence",
          "Center group of forces", "Russian forces")
UKR = mil("Ukraine", "Military Forces of Ukraine (2019-)", "Armed Forces of Ukraine", "Ukrainian army", "AFU", "Kiev regime",
          "Ukrainian forces")

h11 = article("ext3-h11", "Russian Defence Ministry: settlement Novopavlovka in the DPR liberated", "2026-11-18", """
Russian Defence Ministry: settlement Novopavlovka in the DPR liberated

Moscow, 18 November (translated from Russian)

Units of the "Center" group of forces, as a result of active actions, completed the liberation of the settlement Novopavlovka of the Donetsk People's Republic, the Ministry of Defence of the Russian Federation reported on Wednesday in its summary for the past day. According to the department, the enemy lost up to 120 servicemen in this direction over the day.

The General Staff of the Armed Forces of Ukraine, in its turn, did not confirm the loss of the settlement and stated that the fighting in the area of Novopavlovka continues.

In the night to Wednesday, the Russian armed forces delivered a massive strike with high-precision weapons on objects of port infrastructure in Odessa, which, as stated in the Ministry of Defence, were used for the delivery of Western weapons. The head of the Odessa regional military administration reported on four dead and twelve wounded, among them port workers.

On Tuesday, the Ukrainian armed forces attacked with drones the city of Shebekino in the Belgorod region. As the governor of the region reported in his Telegram channel, a drone struck a passenger car, two civilians died on the spot.

Besides that, in the course of the night, means of air defence destroyed 38 Ukrainian unmanned aerial vehicles over the territories of the Belgorod, Kursk and Bryansk regions, the Ministry of Defence reported.
""", source="Russian news agency (fictional), machine-translated from Russian", original_language="ru")

g11 = doc(h11, [
    ev("E1", "Battles", "Armed clash", None, "Ukraine", "Donetsk", "Novopavlivka", RUS, actor2=UKR,
       window=["2026-11-17", "2026-11-18"], fatalities=None, location_alternatives=["Novopavlovka"],
       admin1_variants=["Donetsk Oblast", "Donetska"],
       summary="Russia claims capture, Ukraine says fighting continues: a Battles event (Non-state actor overtakes territory is also an acceptable sub-type; ACLED codes foreign forces taking ground that way). 'up to 120' enemy losses is a one-sided claim over a whole direction, not a credible event figure",
       place_note="'Donetsk People's Republic' is Ukraine's Donetsk oblast: country Ukraine, not Russia"),
    ev("E2", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-18", "Ukraine", "Odesa", "Odesa", RUS,
       actor2=civ("Ukraine", "port workers") + UKR, window=["2026-11-17", "2026-11-18"], fatalities=[4, 4],
       location_alternatives=["Odessa"], admin1_variants=["Odessa", "Odeska", "Odesa Oblast"],
       summary="'massive strike with high-precision weapons' (missiles) on port infrastructure; Air/drone strike is a defensible sub-type if drones were used, not stated"),
    ev("E3", "Explosions/Remote violence", "Air/drone strike", "2026-11-17", "Russia", "Belgorod", "Shebekino", UKR,
       actor2=civ("Russia"), fatalities=[2, 2], admin1_variants=["Belgorod Oblast", "Belgorodskaya"]),
    ev("E4", "Strategic developments", "Disrupted weapons use", None, "Russia", None, None, RUS, actor2=UKR,
       window=["2026-11-17", "2026-11-18"], required=False,
       summary="38 drones intercepted over three regions; no single place; borderline"),
], not_event_locations=["Moscow"])

NAF = mil("Nigeria", "Military Forces of Nigeria (2023-)", "Nigerian Air Force", "NAF", "Air Component of Operation Fansan Yamma",
          "Operation Fansan Yamma")
BAND = ["Bandits", "bandits", "Bandit Militia (Nigeria)", "armed bandits", "Unidentified Armed Group (Nigeria)", "Unidentified Armed Group",
        "Idi Mairuwa"]
CPG = ["Zamfara Community Protection Guards", "Community Protection Guards", "CPG", "vigilantes", "Vigilante Militia (Nigeria)",
       "Civilian JTF", "Zamfara Vigilante Militia"]

h12 = article("ext3-h12", "Zamfara: bandits abduct 30 in Maru, air strike kills seven vigilantes in Tsafe", "2026-11-24", """
Zamfara: bandits abduct 30 in Maru, air strike kills seven vigilantes in Tsafe

From Sani Garba, Gusau | Tuesday, November 24, 2026

Armed bandits on Saturday night abducted about 30 people, mostly women and children, in Dangulbi village of Maru Local Government Area of Zamfara State, residents said.

A resident, Malam Lawali, said the bandits, who came on more than 50 motorcycles, went from house to house shooting sporadically before leading the captives into the forest. He said no one was killed. The police spokesman in the state confirmed the attack but said the number of people abducted was still being verified.

In Tsafe LGA, seven members of the state's Community Protection Guards were killed on Monday when a military aircraft struck their position near Munhaye, apparently mistaking them for bandits, according to local leaders and a relative of one of the victims.

In a statement, the Nigerian Air Force said its Air Component of Operation Fansan Yamma had "neutralised scores of terrorists" in an air interdiction in the general area of Munhaye and that it had set up a board of inquiry into reports of "collateral damage".

This morning, angry relatives of the dead vigilantes blocked the Gusau-Funtua highway at Tsafe town with logs and tyres, chanting songs. Mobile police fired tear gas to reopen the road and the protesters dispersed, our correspondent reports.

Last week, a notorious bandit leader known as Idi Mairuwa and about 40 of his followers surrendered 25 AK-47 rifles to the state government at the Government House in Gusau, saying they had embraced peace.

Zamfara has been one of the states worst hit by banditry since 2011.

Read Also: Kebbi: governor flags off dry season farming
""", source="Nigerian daily (fictional)")

g12 = doc(h12, [
    ev("E1", "Violence against civilians", "Abduction/forced disappearance", "2026-11-21", "Nigeria", "Zamfara", "Dangulbi", BAND,
       actor2=civ("Nigeria", "women", "children"), window=["2026-11-21", "2026-11-22"], fatalities=[0, 0],
       location_alternatives=["Dan Gulbi", "Maru"], date_note="Saturday night"),
    ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-11-23", "Nigeria", "Zamfara", "Munhaye", NAF, actor2=CPG,
       fatalities=[7, 7], location_alternatives=["Tsafe"],
       fatalities_note="seven vigilantes (local leaders); the NAF's vague 'scores of terrorists' is not a credible count"),
    ev("E3", "Protests", "Protest with intervention", "2026-11-24", "Nigeria", "Zamfara", "Tsafe",
       ["Protesters (Nigeria)", "Protesters", "relatives of the dead vigilantes"], actor2=pol("Nigeria", "Mobile Police", "police"),
       fatalities=None),
    ev("E4", "Strategic developments", "Change to group/activity", None, "Nigeria", "Zamfara", "Gusau", BAND,
       window=["2026-11-16", "2026-11-23"], required=False,
       summary="bandit leader and ~40 followers surrender weapons 'last week'; borderline"),
], not_event_locations=["Funtua", "Kebbi"],
   removed_lines=["Read Also: Kebbi: governor flags off dry season farming", "From Sani Garba, Gusau | Tuesday, November 24, 2026"])

ITEMS = [(h10, g10), (h11, g11), (h12, g12)]
