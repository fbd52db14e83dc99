"""Reported speech of a person named before in full and then cited by the surname alone, which the tagger
may call a plural noun ("Alemu said the government should ..."), or by a pronoun in "According to him, ...":
both are that person's indirect quotes, as "X said that ..." is."""

from __future__ import annotations

from attribution_helpers import attributed


def reported(article) -> list[tuple[str | None, str]]:  # noqa: ANN001
    return [(q.speaker, q.text) for q in article.quotes if not q.direct]


def test_surname_tagged_as_a_noun_reports_a_clause(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"Soldiers went from door to door,\" said Tigist Alemu, Amnesty International's researcher on Ethiopia.",
        "Alemu said the Ethiopian government should allow independent investigators into the region.",
    )
    assert ("Tigist Alemu", "the Ethiopian government should allow independent investigators into the region") in (
        reported(a)
    )


def test_according_to_him_after_a_person_the_tagger_missed(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Contacted by telephone, the mayor of Ayorou, Boubacar Hama Soumana, confided to us: «We heard the shots "
        "from ten o'clock.»",
        "According to him, the assailants numbered more than a hundred and came on motorcycles.",
    )
    assert reported(a) == [
        ("Boubacar Hama Soumana", "the assailants numbered more than a hundred and came on motorcycles")
    ]


def test_a_surname_the_tagger_takes_for_a_plural_noun_reports_in_the_persons_name(attribution_nlp):
    from eventledger.attribution import attribute
    from eventledger.attribution.devprep import prepare_article
    from eventledger.models import Mention

    text = (
        "\"The roads north of the lake are closed,\" said Aline Kamanzi, a researcher with a relief agency.\n\n"
        "Kamanzi said the regional government should open the roads to aid convoys."
    )
    article = prepare_article({"id": "k", "text": text}, attribution_nlp)
    full, short = text.index("Aline Kamanzi"), text.rindex("Kamanzi")
    article.mentions = [
        Mention(full, full + len("Aline Kamanzi"), "Aline Kamanzi", "person", canonical="Aline Kamanzi"),
        Mention(short, short + len("Kamanzi"), "Kamanzi", "person", canonical="Aline Kamanzi"),
    ]
    attribute(article)
    assert [(q.speaker, q.direct) for q in article.quotes] == [("Aline Kamanzi", True), ("Aline Kamanzi", False)]
