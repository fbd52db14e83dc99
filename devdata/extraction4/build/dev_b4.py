from common import *

DOCS = []

# ---- ext4-13: op-ed recalling events, DR Congo (background only) ----
T = """
OPINION | Goma is not a bargaining chip

By a Congolese lawyer and former member of the North Kivu provincial assembly

Every few months a new communiqué promises that peace in eastern Congo is "within reach". I have stopped counting them. I would rather count what has been lost.

In late January 2025, the M23 — which now calls its political wing the Alliance Fleuve Congo — marched into Goma. Within weeks, in February, it took Bukavu as well, almost without a fight, as the army and its allies melted away. Two provincial capitals changed hands while diplomats drafted statements.

Before that there was Kishishe. In November 2022, UN investigators said, at least 171 civilians were killed there by M23 fighters in reprisal killings that the group still denies. The people of Rutshuru territory have not forgotten, even if the world has.

The agreements signed since, in African capitals and in Washington and Doha, have been written as if the map could be redrawn by consent. They have produced prisoner lists and joint verification mechanisms. They have not produced a single returned village.

I write this from Kinshasa, where it is easy to forget that a million people in the east still live in camps, or in the homes of relatives, or in the open. What they need is not a new framework. It is the withdrawal of foreign troops, the return of the courts, and an end to the impunity that made Kishishe possible.

Until then, every communiqué is a bargaining chip — and Goma is not one.

The views expressed are the author's own.
"""
A = article("ext4-13", "2026-11-11", "Congo Forum (opinion)", "OPINION | Goma is not a bargaining chip", T)
FARDC = mil("Democratic Republic of Congo", ["FARDC", "Congolese army", "Armed Forces of the Democratic Republic of the Congo",
        "Military Forces of Democratic Republic of Congo (2019-)", "Military Forces of the Democratic Republic of Congo (2019-)"])
DRC = ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo, Democratic Republic of"]
G = gold("ext4-13", "2026-11-11", ["The views expressed are the author's own."], ["Kinshasa", "Washington", "Doha"],
    [ev("E1", "Battles", "Non-state actor overtakes territory", "2025-01", ["2025-01-15", "2025-01-31"], "Democratic Republic of Congo", "North Kivu", "Goma",
        M23, FARDC, fat=None, required=False, background=True, country_variants=DRC, admin1_variants=["Nord-Kivu"],
        summary="M23 takes Goma, late January 2025 (recalled)"),
     ev("E2", "Battles", "Non-state actor overtakes territory", "2025-02", ["2025-02-01", "2025-02-28"], "Democratic Republic of Congo", "South Kivu", "Bukavu",
        M23, FARDC, fat=None, required=False, background=True, country_variants=DRC, admin1_variants=["Sud-Kivu"],
        summary="M23 takes Bukavu in February 2025 'almost without a fight' (recalled)",
        sub_event_note="'almost without a fight': Non-violent transfer of territory is arguable"),
     ev("E3", "Violence against civilians", "Attack", "2022-11", ["2022-11-01", "2022-11-30"], "Democratic Republic of Congo", "North Kivu", "Kishishe",
        M23, civ("Democratic Republic of Congo"), fat=[171, 171], required=False, background=True, country_variants=DRC,
        admin1_variants=["Nord-Kivu"], summary="Kishishe killings, November 2022, recalled; UN figure at least 171")],
    about="Opinion piece; every event is recalled background, none current.")
DOCS.append((A, G))

# ---- ext4-14: wire, Ukraine/Russia; numbers as words ----
T = """
KHARKIV, Ukraine, Nov 17 — A Russian ballistic missile slammed into a residential block in Kharkiv's Saltivskyi district overnight, killing four people and wounding over two dozen, regional governor Oleh Syniehubov said on Tuesday.

Rescuers worked through the night to pull residents from the rubble of the nine-storey building. A twelve-year-old girl was among the dead, the governor said on Telegram. The strike came at about 2 a.m., shortly after air raid sirens sounded across the region.

Across the border, the governor of Russia's Bryansk region said Ukrainian drones had attacked a fuel depot near the town of Novozybkov on Sunday night, setting a tank on fire. Nobody was killed or injured, he said. Russia's defence ministry said its air defences had downed "forty-one Ukrainian drones" over several regions that night, without giving details.

Russia's defence ministry also said on Monday that its forces had "liberated" the village of Mala Tokmachka in the Zaporizhzhia region. Ukraine's General Staff said fighting for the village was continuing and that Russian assault groups had been repelled. Neither claim could be independently verified.

Ukraine has asked its Western partners for more air defence systems as winter approaches, warning that Russia is stockpiling missiles for attacks on the power grid.

(Reporting by Kyiv newsroom; Writing by D. Petrenko)
"""
A = article("ext4-14", "2026-11-17", "Wire report", "Russian missile kills four in Kharkiv; drones hit Russian fuel depot", T)
RUS = mil("Russia", ["Russian forces", "Russian military", "Russian Armed Forces", "Russian army"], "2000-")
UKR = mil("Ukraine", ["Ukrainian forces", "Ukrainian military", "Armed Forces of Ukraine", "Ukrainian army"], "2019-")
G = gold("ext4-14", "2026-11-17", ["(Reporting by Kyiv newsroom; Writing by D. Petrenko)"], ["Kyiv"],
    [ev("E1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2026-11-17", ["2026-11-16", "2026-11-17"], "Ukraine", "Kharkiv", "Kharkiv",
        RUS, civ("Ukraine", ["residents"]), fat=[4, 4], admin1_variants=["Kharkivska", "Kharkiv Oblast", "Kharkov"],
        location_alternatives=["Saltivskyi", "Kharkov"], summary="ballistic missile hits a residential block overnight, 4 killed, over two dozen hurt",
        date_note="'overnight' before Tuesday 17 Nov, about 2 a.m. -> 17 Nov; window covers the night"),
     ev("E2", "Explosions/Remote violence", "Air/drone strike", "2026-11-15", ["2026-11-15", "2026-11-16"], "Russia", "Bryansk", "Novozybkov",
        UKR, None, fat=[0, 0], admin1_variants=["Bryanskaya", "Bryansk Oblast", "Bryansk region"],
        summary="Ukrainian drones attack a fuel depot near Novozybkov, Sunday night; nobody killed or injured"),
     ev("E3", "Battles", "Armed clash", None, ["2026-11-09", "2026-11-16"], "Ukraine", "Zaporizhzhia", "Mala Tokmachka",
        RUS, UKR, fat=None, required=False, admin1_variants=["Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Zaporizka"],
        summary="Russia claims capture of Mala Tokmachka (announced Monday 16 Nov); Ukraine says fighting continues",
        sub_event_note="disputed capture: Armed clash; Non-state actor overtakes territory does not apply to a state force",
        date_note="the day of the fighting is not stated; the claim was made Monday")])
DOCS.append((A, G))

# ---- ext4-15: distractor, Bangladesh floods ----
T = """
Floodwaters engulf hundreds of villages in Sylhet; army joins rescue

SYLHET, Oct 28 — Flash floods triggered by days of heavy rain and water rushing down from India's Meghalaya hills have inundated hundreds of villages across Sylhet and Sunamganj districts, leaving more than 400,000 people marooned, officials said on Wednesday.

At least seven people have died, most of them children who drowned, and three more were killed by lightning, the district administration said. The Surma and Kushiyara rivers were flowing above the danger level at several points.

The army deployed boats and troops to Companiganj and Gowainghat upazilas on Tuesday to evacuate families stranded on rooftops. "It is a battle against the water, and we are fighting it village by village," a local official said.

Relief workers said the most urgent needs were clean drinking water, dry food and medicines for diarrhoea, which was spreading in crowded shelters. Schools in the affected areas have been turned into shelters and classes suspended until further notice.

The Bangladesh Meteorological Department forecast more rain over the next 48 hours, warning that low-lying areas of the northeast could see a second surge.

Climate scientists have warned that such "flash flood shocks" in the haor wetlands are becoming more frequent and more violent.

Photo caption: Villagers wade through floodwater in Companiganj.
"""
A = article("ext4-15", "2026-10-28", "Dhaka Ledger", "Floodwaters engulf hundreds of villages in Sylhet; army joins rescue", T)
G = gold("ext4-15", "2026-10-28", ["Photo caption: Villagers wade through floodwater in Companiganj."],
    ["Meghalaya"],
    [ev("E1", "Other events", "Natural disaster", None, ["2026-10-20", "2026-10-28"], "Bangladesh", "Sylhet", "Sunamganj",
        ["Natural disaster", "Floods"], None, fat=[10, 10], required=False,
        summary="floods in Sylhet division; extension type only, outside ACLED scoring",
        location_note="Sunamganj and Sylhet districts; extension event")],
    about="Distractor: a flood with war metaphors and an army rescue; no event of ACLED's six types.")
DOCS.append((A, G))

# ---- ext4-16: distractor, India tax ruling ----
T = """
Supreme Court strikes down retrospective GST demand on online gaming firms

NEW DELHI — The Supreme Court on Friday struck down tax demands worth more than ₹1.1 lakh crore raised against online gaming companies, holding that the government could not apply a 2023 amendment to the Goods and Services Tax rules retrospectively.

A three-judge bench said the tax authorities had "attacked the very foundation of legal certainty" by issuing show-cause notices for periods before the amendment took effect. The companies had argued that they should be taxed on their platform fees, not on the full value of bets placed by players.

The ruling is a major victory for the industry, which had described the demands as "an existential threat". Shares of listed gaming firms jumped as much as 14 per cent in Mumbai trading after the verdict.

The Directorate General of GST Intelligence, which had conducted raids on several gaming companies' offices in Bengaluru in 2023, said it would study the judgment. The finance ministry did not comment.

Tax lawyers said the verdict would shape dozens of other disputes in which the authorities have sought to apply amendments to past periods. "The court has drawn a line in the sand," said one senior advocate. "The revenue department will have to fight its battles prospectively."

The bench also directed that deposits made by the companies under protest be refunded with interest within twelve weeks.

Subscribe to our business newsletter
"""
A = article("ext4-16", "2026-11-06", "The Capital Ledger (business)", "Supreme Court strikes down retrospective GST demand on online gaming firms", T)
G = gold("ext4-16", "2026-11-06", ["Subscribe to our business newsletter"], ["New Delhi", "Mumbai", "Bengaluru"], [],
    about="Distractor: a tax ruling with war words ('attacked', 'raids', 'battles', 'strikes down'); no event of any type.")
DOCS.append((A, G))
