"""Datelines as wire services and South Asian papers write them: "Srinagar: ..." before a long paragraph of
full sentences is a dateline, so the event is where the text puts it (Kulgam); and an event the sentence puts
only "in the city" is in the dateline's city, even one the tagger did not read as a place ("KABUL, Feb 13
(Reuters) -"). A real ingest into a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_city_before_a_colon_of_a_long_paragraph_is_a_dateline(tmp_path):
    text = (
        "Srinagar: Two militants were killed in an encounter with security forces in the Kulgam district of south "
        "Kashmir on Thursday, police said. Arms and ammunition were recovered from the site."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-02-14")
    assert [e["location"] for e in events] == ["Kulgam"]


def test_in_the_city_is_the_dateline_s_city(tmp_path):
    text = "KABUL, Feb 13 (Reuters) - A bomb exploded in a market in the city on Thursday, killing four people."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-02-14")
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kabul", 4)]


def test_a_headline_s_topic_before_a_colon_stays_a_place(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Michoacan: Ambush leaves 5 police dead"}, published="2025-02-14")
    assert [e["admin1"] for e in events] == ["Michoacan"]


def test_a_dateline_closed_by_a_full_stop_and_a_dash_is_no_place_of_the_event(tmp_path):
    from ledger_helpers import ingest_texts

    text = (
        "Morelia, Michoacan.- Five people lost their lives this Sunday during an armed confrontation between "
        "members of two criminal groups in the municipality of Tepalcatepec, reported the State Prosecutor's Office."
    )
    [event] = ingest_texts(tmp_path, {"a1": text}, published="2023-10-09")
    assert event["location"] == "Tepalcatepec", event


def test_a_headline_s_province_and_town_joined_by_a_slash_place_the_event_in_the_town(tmp_path):
    # Culiacán is a town of Sinaloa state; the tagger reads "Sinaloa/Culiacán" as one name
    events = ingest_texts(
        tmp_path, {"h1": "Sinaloa/Culiacán: Three Men Found Shot Dead Beside Highway"}, published="2021-04-02"
    )
    assert [(e["location"], e["admin1"], e["country"]) for e in events] == [("Culiacan", "Sinaloa", "Mexico")]


def test_a_town_s_police_in_a_title_case_headline_is_no_organisation_that_hides_the_town(tmp_path):
    # "the Jammu and Kashmir Police" names a force; "Acapulco Police Find ..." is a Title Case headline whose
    # "Police" is an ordinary word: the town (Acapulco de Juárez, Guerrero) is where the bodies were found
    headline = "Acapulco Police Find Five Bodies Wrapped In Blankets"
    events = ingest_texts(tmp_path, {"h1": headline}, published="2021-04-02")
    assert [(e["location"], e["admin1"], e["fatalities"]) for e in events] == [("Acapulco de Juarez", "Guerrero", 5)]


def test_a_headline_s_topic_tagged_with_its_colon_is_still_a_place(tmp_path):
    from eventledger.annotate import load_nlp, parser_text
    from eventledger.extract.places import find_place_mentions
    from eventledger.kb.gazetteer import load_gazetteer
    from eventledger.models import Article

    # the small tagger sometimes takes the topic's colon into the entity ("Chihuahua:" as a PERSON)
    text = "Chihuahua: Shot Dead After Refusing To Pay Extortion Fees"
    article = Article(document_id="h1", origin="test", raw_text=text, clean_text=text)
    article.doc = load_nlp()(parser_text(text))
    article.doc.ents = [article.doc.char_span(0, len("Chihuahua:"), label="PERSON")]
    mentions = find_place_mentions(article, load_gazetteer())
    assert [(text[m.start : m.end], m.place.admin1) for m in mentions] == [("Chihuahua", "Chihuahua")]


def test_a_dateline_with_an_abbreviated_month_after_a_headline_dates_and_places_nothing(tmp_path):
    # 5 November 2026 is a Thursday: "on Monday" is 2 November. The dateline's town and day are the
    # report's; the raid was in Maru, Zamfara; the second sentence is the same raid, not one on the day
    # the police spoke
    text = (
        "Gunmen Kill Four Farmers In Zamfara Village\n\n"
        "GUSAU, Nov. 5 — Gunmen killed four farmers at a village near Maru late on Monday, the state police "
        "command said on Wednesday. A police spokesman said the attackers came on motorbikes, opened fire on the "
        "farmers and fled before a tactical team arrived."
    )
    events = [e for e in ingest_texts(tmp_path, {"a1": text}, published="2026-11-05") if not e["background"]]
    assert [(e["location"], e["event_date"], e["fatalities"]) for e in events] == [("Maru", "2026-11-02", 4)]


def test_the_report_s_first_sentence_starts_after_a_dashed_dateline(tmp_path):
    # 2 November 2026 is a Monday. Read as one sentence with its dateline, the town became the subject and the
    # soldier its apposition: no toll, the dateline's town and day. Esperanza is a town of Agusan del Sur
    # (Caraga region)
    text = (
        "BUTUAN, Agusan del Norte, Nov. 2 — A soldier and a suspected New People's Army rebel were killed on "
        "Sunday in a clash near a village of Esperanza town in Agusan del Sur, the army's 4th Infantry Division "
        "said on Monday in a statement."
    )
    [event] = ingest_texts(tmp_path, {"a1": text}, published="2026-11-02")
    assert (event["location"], event["event_date"], event["fatalities"]) == ("Esperanza", "2026-11-01", 2)


def test_only_a_dash_closes_a_dateline_before_a_sentence_and_a_short_line_needs_capitals():
    from eventledger.datelines import dashed_dateline_end

    report = (
        "MAKURDI, Oct. 14 — Gunmen killed five herders at a grazing camp outside Daudu late on Monday, the state "
        "police command said."
    )
    assert report[dashed_dateline_end(report) :].startswith("Gunmen killed")
    assert dashed_dateline_end("Michoacan: Ambush leaves 5 dead") is None  # a headline's topic
    # a town and province before a short headline stay with it; a capitalised letterhead does not
    assert dashed_dateline_end("Morelia, Michoacan - 24 bodies found in the Coeneo grave") is None
    assert dashed_dateline_end("LAMU COUNTY POLICE — WEEKLY OCCURRENCE SUMMARY") is not None


def test_an_event_of_the_dateline_s_paragraph_that_names_no_place_is_in_the_dateline_s_town(tmp_path):
    # Tamale is a town of Ghana's Northern region; Accra, named later for another march, is not where this one was
    text = (
        "TAMALE — Police fired tear gas on Tuesday to break up a march by several hundred traders protesting "
        "against new market tolls, witnesses said, and fourteen people were arrested.\n\n"
        "The traders' association said the march had been peaceful. A similar march in Accra last month passed "
        "off without incident."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-04")
    [march] = [e for e in events if e["sub_event_type"] == "Protest with intervention"]
    assert (march["location"], march["admin1"]) == ("Tamale", "Northern")


def test_a_capital_s_dateline_places_no_event_its_paragraph_leaves_unplaced(tmp_path):
    # a ministry in the capital reports a raid in a border region it does not name: the capital is no place of it
    text = (
        "ANKARA - The Ministry of National Defence announced that six militants who opened fire on a border post "
        "and attempted to infiltrate the operation region were neutralised by commandos on Tuesday."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-08-19")
    assert events and all(e["location"] != "Ankara" for e in events)


def test_a_dateline_town_does_not_stand_for_a_place_the_sentence_names_but_the_gazetteer_lacks(tmp_path):
    # "near the village of Kibirizi": the report names where; not knowing it is no reason to put it in Goma
    text = (
        "GOMA, Congo, Sept 9 (Great Lakes Wire) - Fighters killed five farmers in an attack near the village of "
        "Kibirizi on Monday, the army said on Wednesday."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-09-09")
    assert events and all(e["location"] != "Goma" for e in events)
