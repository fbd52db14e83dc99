"""Quantity phrases and death counts, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventledger.extract.numbers import parse_fatalities, parse_number


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12", (12, 12, False)),
        ("1,200", (1200, 1200, False)),
        ("1.5 million", (1_500_000, 1_500_000, False)),
        ("forty-six", (46, 46, False)),
        ("one hundred and twenty", (120, 120, False)),
        ("a hundred", (100, 100, False)),
        ("two dozen", (24, 24, False)),
        ("a dozen", (12, 12, False)),
        ("about 100", (100, 100, True)),
        ("around 40 people", (40, 40, True)),
        ("some 100", (100, 100, True)),
        ("nearly 50", (50, 50, True)),
        ("at least 100", (100, None, False)),
        ("more than 100", (100, None, False)),
        ("over 30", (30, None, False)),
        ("more than a dozen", (12, None, False)),
        ("100+", (100, None, False)),
        ("up to 20", (20, 20, True)),
        ("as many as 300", (300, 300, True)),
        ("fewer than 5", (None, 5, False)),
        ("10 to 15", (10, 15, False)),
        ("10-15", (10, 15, False)),
        ("five or six", (5, 6, False)),
        ("between 500 and a few thousand", (500, 3000, True)),
        ("between 20 and 30", (20, 30, False)),
        ("tens", (10, 10, True)),
        ("dozens", (12, 12, True)),
        ("dozens of", (12, 12, True)),
        ("hundreds", (100, 100, True)),
        ("thousands", (1000, 1000, True)),
        ("tens of thousands", (10_000, 10_000, True)),
        ("several hundred", (300, 300, True)),
        ("a few", (3, 3, True)),
        ("several", (3, 3, True)),
        ("many", (10, 10, True)),
    ],
)
def test_parse_number(phrase, expected):
    assert parse_number(phrase) == expected


@pytest.mark.parametrize("phrase", ["people", "a", "", "the army", "some"])
def test_parse_number_without_a_number_is_none(phrase):
    assert parse_number(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "minimum", "maximum", "approximate"),
    [
        ("The bombing of the market killed about 100 people.", 100, 100, True),
        ("Officials said 46 were killed and 80 wounded in the raid.", 46, 46, False),
        # a headline's comma opens the injured figure: not "5, 20 killed"
        ("Five killed, 20 wounded in Kabul blast", 5, 5, False),
        ("Rebels killed five soldiers, 20 civilians in the raid", 25, 25, False),
        ("Militants stormed the village, killing at least 12 residents.", 12, None, False),
        ("By Tuesday the death toll had risen to 57, a hospital official said.", 57, 57, False),
        ("The death toll rose from 40 to 57 overnight.", 57, 57, False),
        ("The shelling left 3 dead in the market.", 3, 3, False),
        ("One soldier died when the patrol came under fire.", 1, 1, False),
        ("Gunmen shot dead two policemen and wounded a third.", 2, 2, False),
        ("Two soldiers were killed and five others wounded when their truck hit a mine.", 2, 2, False),
        ("The rebels said they killed 5 soldiers and 3 militiamen near the border.", 8, 8, False),
        ("12 soldiers and 3 civilians were killed in the ambush.", 15, 15, False),
        ("The army said it killed 46 militants, including 10 commanders.", 46, 46, False),
        ("Police arrested 20 people and killed 2 during the protest.", 2, 2, False),
        ("Militants destroyed 20 homes and killed 3 villagers.", 3, 3, False),
        ("Dozens were killed when the roof collapsed after the strike.", 12, 12, True),
        ("A suicide bomber struck the shrine, killing dozens of worshippers.", 12, 12, True),
        ("Hundreds of people have died in the fighting since March.", 100, 100, True),
        ("Several civilians were killed in the crossfire.", 3, 3, True),
        ("Forty-six people lost their lives in the attack.", 46, 46, False),
        ("The attack claimed the lives of 20 people.", 20, 20, False),
        ("The bodies of 14 men were found near the village.", 14, 14, False),
        ("The clashes left 20 people dead and more than 50 wounded.", 20, 20, False),
        ("The strike killed no fewer than 30 civilians.", 30, None, False),
        ("At least 35 people have died since fighting broke out in 2019, officials said.", 35, None, False),
        ("Officials said 7 were killed; 20 others were injured.", 7, 7, False),
        ("Five protesters were shot dead by police and 200 were arrested.", 5, 5, False),
        ("The blast, which killed four people including two children, happened at 9 am.", 4, 4, False),
        ("Between 10 and 15 people were killed, witnesses said.", 10, 15, False),
        ("Gunmen killed 5 soldiers and 3 civilians in 2 villages on 8 October 2021.", 8, 8, False),
        ("The air strike on the village killed 11 members of one family.", 11, 11, False),
        ("A total of 12 people were killed.", 12, 12, False),
        ("The 2015 attack killed 130 people in the capital.", 130, 130, False),
        ("The group killed 3 of the 20 hostages.", 3, 3, False),
        ("A car bomb went off at 10:30, killing 7.", 7, 7, False),
        # the number before "sources said" counts the sources, not the dead
        ("Fighters stormed a base in Damboa on Saturday, killing seven soldiers, two military sources said.",
         7, 7, False),
        ("The number of displaced people killed in Wednesday's raid on a camp has risen to 26, an official said.",
         26, 26, False),
        ("Four health workers taking part in a polio campaign were shot dead by unidentified attackers.", 4, 4, False),
        ("Officials suspended the drive on Tuesday, a day after four vaccinators were gunned down in the city.",
         4, 4, False),
        # a headline's clause without its auxiliary: the count before "killed" is the subject, not a time
        ("Curfew imposed in Jos after 12 killed in clashes", 12, 12, False),
        ("Suspects sought after six men executed at a car lot", 6, 6, False),
        # the means counted before the verb are no dead: the figure after it is
        ("Ten airstrikes killed 5 civilians in the village.", 5, 5, False),
        ("Three car bombs killed 20 people in the capital.", 20, 20, False),
        # a cue written with capitals in the lexicon ("IEDs") is looked up whatever its case
        ("Two IEDs killed four soldiers on the road to Kandahar.", 4, 4, False),
        # animals killed in a raid are no dead, even after a verb of killing
        ("Gunmen killed five herders and slaughtered more than 40 cows at a grazing camp.", 5, 5, False),
        # one person named after a group's members counted dies too
        ("Seven suspected members of the Abu Sayyaf group and a soldier were killed in the clash.", 8, 8, False),
        ("Five members of the Gulf Cartel and a police officer were killed in the shootout.", 6, 6, False),
        # "lost their lives" after a longer phrase of the people counted
        ("Three soldiers of the military council lost their lives in the fighting, the PDF said.", 3, 3, False),
        # the dead as Arabic-language and South Asian press name them
        ("A child was martyred and three civilians were injured by the shelling on Friday.", 1, 1, False),
        ("Militants stormed the post, in which seven police personnel embraced martyrdom.", 7, 7, False),
        # hostages taken beside the dead are not dead; hostages killed are
        ("Militants attacked southern Israel on October 7, killing about 1,200 people and taking 251 hostages.",
         1200, 1200, True),
        ("The kidnappers killed 3 hostages on Sunday.", 3, 3, False),
        # a monitor's style: "documented the death of N"
        ("The monitor documented the death of 5 members of the regime forces in an attack on their positions.",
         5, 5, False),
    ],
)  # fmt: skip
def test_parse_fatalities_counts(sentence, minimum, maximum, approximate):
    result = parse_fatalities(sentence)
    assert result is not None, sentence
    assert (result.minimum, result.maximum, result.approximate) == (minimum, maximum, approximate)
    assert result.expression and result.expression in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "A fighter was killed in the clash with government troops.",
        "An army officer who had joined the group was killed a week ago.",
        "Unknown gunmen killed him outside his home in the capital.",
        "A 12-year-old boy was killed by a stray bullet.",
        "She died of her wounds in hospital.",
        "Gunmen assassinated a judge in the capital.",
        "Troops killed a suspected militant commander.",
        "Gunmen decapitated a farmer near the river.",
        "A trader accused of theft was lynched by a mob.",
        "The monitor also documented the killing of a shepherd by a landmine left over from the war.",
        "Gunmen killed a trader and wounded his son near the market.",
    ],
)
def test_a_single_victim_without_a_number_is_one(sentence):
    result = parse_fatalities(sentence)
    assert result is not None
    assert (result.minimum, result.maximum) == (1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was killed in the blast, police said.",
        "Nobody was hurt in the attack on the empty building.",
        "The explosion caused no casualties.",
        "The rocket landed in a field without casualties.",
    ],
)
def test_an_explicit_zero(sentence):
    result = parse_fatalities(sentence)
    assert result is not None
    assert (result.minimum, result.maximum) == (0, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia has between 500 and a few thousand fighters in the east.",
        "100 people were injured when police charged the crowd.",
        "Protesters said dozens were injured.",
        "The attack caused heavy casualties.",
        "There were no immediate reports of casualties.",
        "Police arrested 20 people after the march.",
        "The attack killed a number of people.",
        "The soldier was not killed but badly hurt.",
        "About 2,000 families were displaced by the fighting in 2020.",
        "The convoy of 30 vehicles travelled 40 km before it was stopped.",
        "",
    ],
)
def test_no_death_figure(sentence):
    assert parse_fatalities(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "combined"),
    [
        ("Over 100 were killed and injured in the bombing.", 100),
        ("The blast left 40 people dead or wounded.", 40),
        ("The army reported 25 casualties after the ambush.", 25),
    ],
)
def test_a_combined_killed_and_injured_figure_is_not_a_death_count(sentence, combined):
    result = parse_fatalities(sentence)
    assert result is not None
    assert result.minimum is None
    assert result.maximum == combined



@pytest.mark.parametrize(
    ("sentence", "minimum", "maximum"),
    [
        # an appositive breaks the head figure down: the same dead, counted once
        ("Three people, two police officers and a passer-by, were killed when a bomb went off.", 3, 3),
        ("Eleven people, nine of them pilgrims, were killed in the ambush.", 11, 11),
        # an Oxford-comma list is no appositive: its figures are added
        ("Five soldiers, three civilians, and two policemen were killed.", 10, 10),
        # a figure coordinated with the next one shares its cue, across a name's short form in brackets
        ("Two soldiers of the Armed Forces of the Democratic Republic of Congo (FARDC) and at least five "
         "rebels were killed in the fighting.", 7, None),
        # a toll updated far from the word "toll"
        ("The death toll from a missile strike on an apartment block in Kharkiv on Wednesday evening has "
         "risen to seven, the governor said.", 7, 7),
        # a part named after the figure ("three of them officers", "among them four women") is not added
        ("Militants killed 12 soldiers, three of them officers, in the raid on the outpost.", 12, 12),
        ("Four people were killed, two of whom were children, when the shell hit the house.", 4, 4),
        ("The death toll from the market bombing rose to 14, among them four women.", 14, 14),
        # a vague count after a comma with a verb of its own is the subject of another clause, not more dead
        ("Since a shell killed 7 people in the quarter, many families have left it, residents said.", 7, 7),
        # "reached" with no preposition, far from the word of death ("the number of people who died ...")
        ("The number of people who died in the attack on the market in Kismayo on Monday had reached 9, a doctor "
         "said.", 9, 9),
        # the number of sources is not a number of dead
        ("Gunmen opened fire on worshippers, killing at least 26 people, according to two residents and "
         "a nurse.", 26, None),
        # words that begin like a month are no dates: "separatists", "marines", "junior", "decapitated"
        ("Troops killed 12 separatists in the forest.", 12, 12),
        ("Insurgents killed three marines in the ambush.", 3, 3),
        ("The blast killed 4 junior officers.", 4, 4),
        ("Gunmen decapitated two farmers near the river.", 2, 2),
        ("At least 12 may have been killed in the raid.", 12, None),
        # verbs of killing other than "kill"
        ("Militiamen executed dozens of civilians in the village.", 12, 12),
        ("A mob lynched three suspected thieves at the market.", 3, 3),
    ],
)
def test_breakdowns_coordinated_groups_and_updated_tolls(sentence, minimum, maximum):
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (minimum, maximum)


def test_a_figure_of_another_kind_is_not_coordinated_into_the_toll():
    figure = parse_fatalities("Gunmen abducted two farmers and killed five others on the road.")
    assert (figure.minimum, figure.maximum) == (5, 5)


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [("Gunmen kill two, injure five in market attack", 2), ("Insurgents kill four, wound scores in town", 4)],
)
def test_a_headline_s_present_tense_injury_verb_counts_no_dead(sentence, deaths):
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Gunmen kill 3, abduct 10 in village raid", 3),
        ("Bandits abduct 10, kill 3 on highway", 3),
        ("Troops kill six, detain scores in border sweep", 6),
        ("Militants kill two, seize 15 in dawn raid", 2),
    ],
)
def test_a_headline_s_present_tense_taking_verb_counts_no_dead(sentence, deaths):
    # the people abducted, detained or seized in the same line are no part of the toll
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("A nurse said four soldiers and two herders who had sheltered in the school were killed.", 6),
        ("Officials said 7 miners and 2 guards who were on the night shift were shot dead.", 9),
    ],
)
def test_counts_a_subject_coordinates_before_a_clause_all_die(sentence, deaths):
    # the relative clause between the counted subject and its passive verb of killing parts no count from it
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("They killed the imam and one young man who tried to run.", 2),
        ("Gunmen shot dead a teacher and two of his pupils.", 3),
        ("Militants killed the village chief and four of his guards on Monday.", 5),
    ],
)
def test_one_person_named_before_a_killing_s_count_dies_too(sentence, deaths):
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("In June, fighters killed 40 herders near Baga, one of the deadliest attacks in years.", 40),
        ("The blast killed 12 people, one of the worst attacks this year.", 12),
        ("Gunmen killed 5 soldiers and one of their commanders.", 6),
    ],
)
def test_a_superlative_s_one_of_counts_no_one(sentence, deaths):
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


def test_a_toll_the_sentence_supersedes_is_not_the_toll():
    from eventledger.extract.numbers import parse_fatalities

    risen = parse_fatalities("The toll from Tuesday's bombing rose to 23 on Thursday, up from an earlier toll of 18.")
    assert (risen.minimum, risen.maximum) == (23, 23)
    assert parse_fatalities("The toll rose from 18 to 23.").minimum == 23
    assert parse_fatalities("Gunmen killed 5 people from 3 villages.").minimum == 5


@pytest.mark.parametrize(
    ("sentence", "minimum"),
    [
        ("Militants execute 12 hostages near Palmyra", 12),  # headline present tense
        ("Soldiers slaughter nine villagers in raid", 9),
        ("Gunmen stabbed four farmers to death", 4),
        ("Two guards were beaten to death", 2),
    ],
)
def test_present_tense_and_to_death_state_a_toll(sentence, minimum):
    figure = parse_fatalities(sentence)
    assert figure is not None and figure.minimum == minimum


def test_a_death_sentence_is_no_toll():
    assert parse_fatalities("A military court sentenced 14 men to death on Monday") is None
    assert parse_fatalities("The tribunal condemned eleven rebels to death") is None


def test_one_person_put_to_death_by_hand_is_one():
    figure = parse_fatalities("A shopkeeper was stabbed to death in the market")
    assert figure is not None and (figure.minimum, figure.maximum) == (1, 1)


def test_a_figure_the_sentence_denies_is_not_the_toll():
    army = parse_fatalities("The army said 19 civilians were killed in Friday's attack, not 22 as officials had said.")
    assert (army.minimum, army.maximum) == (19, 19)  # not 41 (19 + 22)
    assert parse_fatalities("Six people were killed rather than 16, the group said.").minimum == 6


def test_a_dateline_s_day_is_no_figure():
    # "May 15 - Two" is no range from 15 to two
    found = parse_fatalities("BOGOTA, May 15 - Two Colombian soldiers were killed on Thursday in a drone attack.")
    assert found is not None and (found.minimum, found.maximum) == (2, 2)
    found = parse_fatalities("KYIV, May 15 (Reuters) - Two people were killed.")
    assert found is not None and found.minimum == 2


def test_people_seized_are_not_the_dead_of_a_killing_joined_to_it():
    # "seized eight passengers and shot dead their driver": the eight were taken, not killed
    found = parse_fatalities("Kidnappers seized eight passengers and shot dead their driver on a highway on Friday.")
    assert found is None or found.minimum != 8


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("12 Hour Siege Leaves 9 Dead in Border Town", 9),  # a duration counts no people
        ("A six-hour gun battle left 14 dead", 14),
        ("Three days of fighting killed 40 people", 40),
    ],
)
def test_a_duration_is_no_toll(sentence, deaths):
    figure = parse_fatalities(sentence)
    assert figure is not None and (figure.minimum, figure.maximum) == (deaths, deaths)


def test_a_second_reported_clause_keeps_its_numbers_to_itself():
    # "and that" opens another statement: its two trucks are no toll of the killing before it
    found = parse_fatalities(
        "An official said four villagers sleeping near the post were killed, and that the attackers left with "
        "two pickup trucks."
    )
    assert found is not None and (found.minimum, found.maximum) == (4, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the list after "including" breaks the figure down: its numbers are the same dead again
        ("160 people were killed on Tuesday, including 30 soldiers, and 20 civilians killed by air strikes.", 160),
        ("Twelve were killed, including four police officers and two children.", 12),
        # a clause with its own verb after the list is another statement, counted with the first
        ("Three soldiers were killed in Kidal, including a captain, and two civilians died in Gao.", 5),
    ],
)
def test_a_breakdown_after_including_is_not_added_to_the_figure(sentence, expected):
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == (expected, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of the dead told after the figure, in a clause of its own: the same dead, counted once
        ("Five traders were killed near Dori on Friday, the mayor said, adding that two drivers were among the dead.",
         5),
        ("Five traders were killed near Dori on Friday and two drivers were among the victims.", 5),
        ("Nine people were killed in the raid, three teachers among them.", 9),
        # wounded people "among" others are no dead at all; a second toll with its own verb is still added
        ("Gunmen killed four herders and two soldiers were among the wounded.", 4),
        ("Three soldiers were killed in Kidal and two civilians died in Gao.", 5),
    ],
)
def test_a_part_of_the_dead_told_as_among_them_is_not_added(sentence, expected):
    found = parse_fatalities(sentence)
    assert found is not None and (found.minimum, found.maximum) == (expected, expected)


@pytest.mark.parametrize(
    ("sentence", "minimum"),
    [
        ("Gunmen attacked the convoy near Damboa, resulting in 7 fatalities.", 7),
        ("The attack resulted in 4 deaths and 12 injuries.", 4),
    ],
)
def test_a_toll_an_attack_resulted_in_is_counted(sentence, minimum):
    # "in" before a number is usually a place or a time ("in 2020"); after "resulted" it opens the outcome
    found = parse_fatalities(sentence)
    assert found is not None and found.minimum == minimum


@pytest.mark.parametrize(
    ("sentence", "minimum", "maximum"),
    [
        # a wire slug's ordinal counts nobody
        ("2ND LEAD Six reported killed in attack on convoy near Gao", 6, 6),
        # the ones who fled are no dead
        ("Two killed, thousands flee as fighting spreads in North Kivu", 2, 2),
        # a word of another fate before the counted people describes them
        ("At least seven displaced villagers killed in raid on camp", 7, None),
        ("Three kidnapped farmers were found dead near the river", 3, 3),
        # a unit out of the number's reach ("years old" counts the age) leaves the number to the death after it
        ("Two men over 70 years old killed by soldiers in raid", 2, 2),
        # ... but a unit within reach keeps its number ("dozens of homes" counts homes, not the dead)
        ("A farmer was shot dead and dozens of homes were set on fire in the raid", 1, 1),
        ("Remains of eight people found in sacks by the roadside", 8, 8),
        ("Shelling hits market, 1 woman dies and four are hurt", 1, 1),
        ("Residents accuse soldiers of murdering three young men in Guasave", 3, 3),
        # an age between commas counts nobody
        ("Amina Bello, 34, was shot dead at her shop in Maiduguri", 1, 1),
        # a bare number opening a new clause after the death word is that clause's subject
        ("Five kidnapped farm workers found murdered, 3 were brothers", 5, 5),
        ("Four gunmen caught after they executed 2 traders in Culiacan", 2, 2),
    ],
)
def test_a_count_is_the_dead_beside_other_fates_ordinals_and_ages(sentence, minimum, maximum):
    toll = parse_fatalities(sentence)
    assert toll is not None
    assert (toll.minimum, toll.maximum) == (minimum, maximum)


@pytest.mark.parametrize(
    "sentence",
    ["Gunmen shot dead a man and his wife in Zamfara on Sunday.", "Militants killed a soldier and a civilian."],
)
def test_two_victims_named_without_a_number_are_two(sentence):
    result = parse_fatalities(sentence)
    assert result is not None and (result.minimum, result.maximum) == (2, 2)


@pytest.mark.parametrize(
    ("sentence", "minimum"),
    [
        # one person named beside a count dies too
        ("Gunmen killed eight soldiers and a civilian.", 9),
        ("Eight DRG personnel and a driver were killed when Maoists blew up their vehicle.", 9),
        ("Two policemen and a soldier were killed in the attack.", 3),
        ("Gunmen killed 12 villagers and a local chief in Zamfara.", 13),
        ("A man and his two sons were killed.", 3),
        ("Gunmen killed a man and his two sons.", 3),
        ("Police said a woman and her three children died in the attack.", 4),
        # ... when "died" follows the one named, which is the noun, not the word before "died"
        ("On Monday, nine rebels and a policeman died in a gunfight near the market.", 10),
        ("Three guards and one young cook died when the shell hit the camp.", 4),
        # ... but not an animal, nor the count of the wounded
        ("They killed 5 people and a dog.", 5),
        ("Shooting in Culiacan leaves one dead and one injured", 1),
        ("Gunmen killed 12 villagers and abducted a woman in Zamfara.", 12),
    ],
)
def test_one_named_beside_a_count(sentence, minimum):
    assert parse_fatalities(sentence).minimum == minimum


def test_money_is_no_toll():
    assert parse_fatalities("The stoppage was killing exports and cost hundreds of millions of euros a day.") is None
