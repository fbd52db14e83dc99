"""A speaker brought in with "a"/"an" and named later with the same role ("A doctor at the hospital told
Wire that ... “…,” said the doctor, Amna Osman") is that named person in every quote."""

from __future__ import annotations

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article


def test_an_unnamed_doctor_named_later_is_the_named_doctor(attribution_nlp):
    article = prepare_article(
        {
            "id": "l",
            "text": "A doctor at the Kadugli hospital told Wire that 19 bodies had been brought in since Sunday. "
            "\"We have no oxygen and no blood,\" said the doctor, Huda Abdelrahman.",
        },
        attribution_nlp,
    )
    attribute(article)
    assert {q.speaker for q in article.quotes} == {"Huda Abdelrahman"}


def test_two_named_doctors_leave_the_unnamed_one_alone(attribution_nlp):
    article = prepare_article(
        {
            "id": "l2",
            "text": "A doctor at the Kadugli hospital told Wire that 19 bodies had been brought in since Sunday. "
            "\"We have no oxygen,\" said one doctor, Huda Abdelrahman. \"Nor blood,\" said another doctor, "
            "Sami Idris, who works at the same ward.",
        },
        attribution_nlp,
    )
    attribute(article)
    speaker = next(q.speaker for q in article.quotes if "19 bodies" in q.text)
    assert speaker == "A doctor at the Kadugli hospital"
