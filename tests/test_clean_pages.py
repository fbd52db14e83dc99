"""Cleaning of HTML pages as CMSs emit them (tables, lists, comment notices, keyword lines, footers,
galleries, bylines), each rule on its own furniture line and on whole pages written for it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventledger.clean import clean_document, is_headline_of, is_keyword_line, is_table_row
from eventledger.ingest import read_inputs
from eventledger.ingest.html import extract_page
from eventledger.models import Article, RawDocument

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "clean" / "pages"
_TOKEN = re.compile(r"\w+")

BODY = (
    "Soldiers and police were deployed around the central market of the town on Monday after a night of "
    "clashes between rival groups of traders, the district commissioner said."
)
MORE_BODY = "Two people were wounded and taken to hospital, a nurse said."


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def page(name: str) -> Article:
    [raw] = read_inputs([str(PAGES / f"{name}.html")])
    assert isinstance(raw, RawDocument), raw
    return clean_document(raw)


def with_line(line: str) -> Article:
    """An article of two body paragraphs with ``line`` between them."""
    return clean_document(RawDocument(origin="t", title="T", text=f"{BODY}\n\n{line}\n\n{MORE_BODY}"))


# ---------------------------------------------------------------- whole pages against their expected body

# a standfirst under the headline: kept, as trafilatura keeps it; the expected body leaves it out
STANDFIRSTS = {
    "arc_gallery": ["Survivors say attackers arrived on motorcycles before dawn"],
    "nyt_style": [
        "Dockworkers blocked the port gates for hours, and the police used batons and pepper spray to clear them."
    ],
    "pt_portal": ["Motoristas reclamam do preço do diesel; polícia negocia liberação"],
}


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_page_body_is_exactly_the_article(name: str) -> None:
    article = page(name)
    paragraphs = [article.clean_text[p.start : p.end] for p in article.paragraphs]
    got = [tokens(p) for p in paragraphs if p not in STANDFIRSTS.get(name, [])]
    expected = [tokens(p) for p in (PAGES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert got == expected


def test_page_titles_come_from_the_page() -> None:
    assert page("drupal_node").title == "Farmers block highway as water dispute escalates"
    assert page("wordpress_comments").title == "Traders close markets after clashes over new levy"


def test_headline_repeated_under_a_title_with_the_site_name_is_removed() -> None:
    title = "Curfew extended after grenade attack | Coastal Daily Mirror"
    text = f"Curfew extended after grenade attack\n\n{BODY}"
    article = clean_document(RawDocument(origin="t", title=title, text=text))
    assert article.clean_text == BODY
    assert [(r.text, r.reason) for r in article.removed] == [("Curfew extended after grenade attack", "heading")]
    assert is_headline_of("Bomb hits bus", "Bomb hits bus - City Herald")
    assert not is_headline_of("Bomb hits", "Bomb hits bus - City Herald")
    assert not is_headline_of("Bomb hits bus", "Bomb hits bus-stop in centre")


# ---------------------------------------------------------------- tables


def test_table_rows_are_extracted_one_a_paragraph() -> None:
    html = (
        "<html><body><article><p>The commission published the results of the vote in the three districts on "
        "Sunday evening, after two days of counting.</p><table><thead><tr><th>District</th><th>Turnout</th>"
        "<th></th></tr></thead><tbody><tr><td>Ogbia</td><td>61%</td><td></td></tr><tr><td>Sagbama</td>"
        "<td>58%</td><td></td></tr></tbody></table><table><tr><td>A layout table holds this paragraph of "
        "prose about the count, which observers said was orderly.</td></tr></table></article></body></html>"
    )
    text = extract_page(html).text
    assert text.split("\n\n")[1:] == [
        "| District | Turnout |",  # the empty cells and the "|---|---|" under the header go
        "| Ogbia | 61% |",
        "| Sagbama | 58% |",
        "A layout table holds this paragraph of prose about the count, which observers said was orderly.",
    ]


def test_a_table_of_more_than_a_hundred_rows_is_a_listing_and_left_out() -> None:
    rows = "".join(f"<tr><td>Lot {i}</td><td>{i * 7}</td></tr>" for i in range(101))
    html = f"<html><body><article><p>{BODY}</p><table>{rows}</table><p>{MORE_BODY}</p></article></body></html>"
    assert extract_page(html).text == f"{BODY}\n\n{MORE_BODY}"
    html = html.replace("<tr><td>Lot 100</td><td>700</td></tr>", "")  # one hundred rows: an article's table
    assert extract_page(html).text.count("| Lot ") == 100


def test_table_rows_are_body_not_menus_captions_or_duplicates() -> None:
    rows = ["| District | Killed |", "| Ogbia | 2 |", "| Sagbama | 2 |", "| Yenagoa | 2 |", "| Ogbia | 2 |"]
    article = clean_document(RawDocument(origin="t", title="T", text="\n\n".join([BODY, *rows, MORE_BODY])))
    assert [article.clean_text[p.start : p.end] for p in article.paragraphs] == [BODY, *rows, MORE_BODY]
    assert [p.kind for p in article.paragraphs] == ["body"] * 7
    assert is_table_row("| a | b |") and not is_table_row("| Home |") and not is_table_row("a | b")


def test_a_table_row_is_furniture_only_when_every_cell_is() -> None:
    assert with_line("| Facebook | Twitter | Email |").removed[0].reason == "boilerplate"
    row = "| Ogbia | 3 March 2020 |"  # a name and a date alone are a byline, in a row they are data
    assert with_line(row).removed == []


# ---------------------------------------------------------------- lists


def test_short_list_items_after_a_colon_are_body() -> None:
    items = ["- Food parcels", "- Cash transfers", "- Shelter kits"]
    text = "\n\n".join([BODY, "Relief was distributed in three forms:", *items, MORE_BODY])
    article = clean_document(RawDocument(origin="t", title="T", text=text))
    assert [article.clean_text[p.start : p.end] for p in article.paragraphs if p.kind == "body"][2:5] == items
    assert article.removed == []


def test_short_list_items_between_paragraphs_are_body() -> None:
    items = ["- Item two", "- Sub a", "- Sub b"]
    article = clean_document(RawDocument(origin="t", title="T", text="\n\n".join([BODY, *items, MORE_BODY])))
    assert [p.kind for p in article.paragraphs] == ["body"] * 5 and article.removed == []


def test_short_bulleted_lines_at_the_top_or_tail_are_still_a_menu() -> None:
    menu = ["- World", "- Business", "- Culture"]
    text = "\n\n".join([*menu, BODY, MORE_BODY, *menu])
    article = clean_document(RawDocument(origin="t", title="T", text=text))
    assert [r.text for r in article.removed] == menu + menu
    assert article.clean_text == f"{BODY}\n\n{MORE_BODY}"


def test_a_repeated_list_keeps_its_first_copy() -> None:
    items = ["- Reopen the canals", "- Publish the plan"]
    text = "\n\n".join([BODY, "The union demanded:", *items, MORE_BODY, "The demands again:", *items])
    article = clean_document(RawDocument(origin="t", title="T", text=text))
    assert article.clean_text.count("- Reopen the canals") == 1
    assert [(r.text, r.reason) for r in article.removed] == [(item, "duplicate") for item in items]


# ---------------------------------------------------------------- furniture lines


@pytest.mark.parametrize(
    "line",
    [
        # comment moderation and the comment form's small print
        "Comments are closed.",
        "Comments are moderated and will appear after approval. Please keep the discussion civil.",
        "Your comment is awaiting moderation.",
        "We reserve the right to remove comments that are abusive, off-topic or defamatory.",
        "Comments do not necessarily reflect the views of the Herald.",
        "Notify me of follow-up comments by email.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "You must be logged in to post a comment.",
        "Allowed HTML tags: <a href> <em> <strong>. Lines and paragraphs break automatically.",
        "Be the first to comment",
        # advertisements' places
        "Story continues below advertisement",
        "Article continues after this advertisement",
        # company footers
        "Riverbend Times is published by Riverbend Media Group Ltd, 22 Mill Street. Registered in England "
        "and Wales, company number 04012345.",
        "Coastal Mirror is a publication of Mirror Media Corporation.",
        "All content © Delta Tribune 2023",
        # newsletter and social prompts
        "Get the Tribune's morning briefing in your inbox every day.",
        "For breaking news, follow the Coastal Daily Mirror on Facebook and Twitter.",
        # link labels with a colon, in several languages
        "READ: Blast hits bus terminal in nearby town",
        "Leia também: Polícia prende suspeito de ataque",
        "Baca juga: Polisi tangkap pelaku penyerangan",
        "Читайте также: Полиция задержала подозреваемого",
        # galleries
        "Photo 1 of 3",
        "2 / 12",
        "Previous Next",
        "Enlarge this image",
        # captions' labels printed inline, and the print edition's note
        "Media caption, Residents describe the night of shelling",
        "Image source, Getty Images",
        "A version of this article appears in print on March 4, 2020, Section A, Page 8 with the headline: "
        "Police Clash With Dockworkers.",
        # the same furniture in other languages
        "Por Redação Vale Notícias",
        "Atualizado em 03/03/2020 às 10h45",
        "Von Stefan Berger",
        "03/03/2020 10h45 · Atualizado há 2 horas",
        "03.03.2020, 18:30 Uhr",
        "Caminhões parados no acostamento — Foto: Reprodução/Redes sociais",
        "Publicidade",
        "Anzeige",
        "Teilen: Facebook Twitter E-Mail",
        "Siga o Portal Vale Notícias no Instagram e no Twitter e receba as principais notícias do dia.",
        "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости.",
        "Os comentários são de responsabilidade exclusiva de seus autores.",
        "Kommentare werden vor der Veröffentlichung moderiert.",
        "Комментарии проходят модерацию.",
        "Portal Vale Notícias. Todos os direitos reservados.",
        "При использовании материалов ссылка обязательна.",
        # newsletter forms, embeds' and media labels, counts, times, breadcrumbs
        "Enter your email address",
        "Thank you for signing up!",
        "By signing up, you agree to our privacy policy.",
        "You can unsubscribe at any time.",
        "Create a free account",
        "View this post on Instagram",
        "A post shared by Lagos Protest Watch (@lpw) on Oct 20, 2020 at 9:14pm PDT",
        "Advertisement - Continue Reading Below",
        "Paid content",
        "1.2k shares",
        "3 hours ago",
        "Reading time: 4 minutes",
        "News > World > Africa",
        "Image copyright Getty Images",
        "Media playback is unsupported on your device",
        "Join our WhatsApp group for the latest updates",
        "Video",
        "Mar 3, 2020 / 10:45 AM / Updated 2 hours ago",
        "Jane Doe | March 3, 2020",
        "Staff Reporter · 03/03/2020 · 5 min read",
        "Tweet Pin It Share",
        "Scroll to continue with content",
        "@janedoe",
        "Jane Doe is a reporter for the Herald. Follow her on Twitter.",
        "1/12 Protesters march through the city on Tuesday",
        "Photo 3 of 12: Soldiers at the checkpoint",
        "Amina Yusuf, Senior Correspondent",
        # bylines as CMSs print them
        "Submitted by newsdesk on Tue, 03/09/2021 - 17:45",
        "Posted by admin on March 3, 2020",
        "Staff writers",
    ],
)
def test_furniture_line_is_removed(line: str) -> None:
    article = with_line(line)
    assert [r.text for r in article.removed] == [line]  # as furniture, or as an image's caption
    assert article.clean_text == f"{BODY}\n\n{MORE_BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "2 thoughts on “Traders close markets after clashes over new levy”",
        "About the author",
        "Comentários",
        "Related Topics",
        "Trending now",
        "Mehr zum Thema",
        "Читайте также",
    ],
)
def test_comment_list_and_author_box_end_the_article(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\nMoses K\n\nThe council never listens until people are on the street"
    article = clean_document(RawDocument(origin="t", title="T", text=text))
    assert article.clean_text == BODY


# ---------------------------------------------------------------- languages without spaces or Latin stops

JAPANESE_LEAD = (
    "東京都内で5日、消費税の引き上げに反対する大規模なデモが行われ、主催者発表で約3千人が参加した。"
    "参加者は国会議事堂の周辺を行進し、「増税反対」などと書かれたプラカードを掲げて政府に政策の見直しを求めた。"
    "警視庁は周辺の道路を一時通行止めにした。"
)


def test_short_japanese_sentences_are_body_and_the_link_list_after_them_goes() -> None:
    body = ["警察によると、けが人はいなかった。", "参加者は増税に反対した。", "主催者は来月も集会を開く予定だ。"]
    quote = "官房長官は記者会見で「国民の声を丁寧に聞く」と述べた。"
    text = "\n\n".join([JAPANESE_LEAD, *body, "政府の対応", quote, "関連記事", "増税めぐり与野党が論戦", "ログイン"])
    article = clean_document(RawDocument(origin="t", title="T", text=text))
    assert article.clean_text == "\n\n".join([JAPANESE_LEAD, *body, "政府の対応", quote])
    assert [p.kind for p in article.paragraphs] == ["body"] * 4 + ["heading", "body"]
    assert not is_keyword_line(JAPANESE_LEAD)  # "、" joins clauses, it does not list keywords


# ---------------------------------------------------------------- keyword lines


@pytest.mark.parametrize(
    "line",
    [
        "gold mining attack, Tanda, armed groups, West Africa security, artisanal miners",
        "protest; police; Lagos; EndSARS",
        "#EndSARS #Lagos #Protest",
    ],
)
def test_keyword_line_is_removed(line: str) -> None:
    assert is_keyword_line(line)
    assert [(r.text, r.reason) for r in with_line(line).removed] == [(line, "boilerplate")]


@pytest.mark.parametrize(
    "line",
    [
        "Kabul, Herat, Kandahar and Mazar-i-Sharif",  # prose joins its last name with "and"
        "Lisboa, Porto, Braga e Faro",
        "Police, soldiers and militia were deployed.",
        "The dead were named as Ali Musa, Ibrahim Sani, Hauwa Bello and Musa Idris.",
        "Turnout, seats, votes",  # three terms are too few to tell
    ],
)
def test_prose_that_lists_names_is_not_a_keyword_line(line: str) -> None:
    assert not is_keyword_line(line)


# ---------------------------------------------------------------- reporting that looks like furniture


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the rebels on social media, the video shows the attack on the convoy.",
        "Published by the ministry on Monday, the report lists 40 attacks.",
        "12 responses to the survey were received.",
        "Comments by the minister angered the protesters.",
        "The brigade is a division of the regional command.",
        "Read the statement in full on the ministry's website.",
        "Por la noche, la policía detuvo a doce manifestantes.",
        "Publicado em 2019, o relatório lista 40 ataques contra jornalistas.",
        "Siga a orientação das autoridades, disse o prefeito.",
        "3 of 10 residents said they had not been told about the curfew.",
        "Amina Yusuf, a reporter, was detained at the checkpoint.",
    ],
)
def test_reporting_that_looks_like_furniture_is_body(line: str) -> None:
    article = with_line(line)
    assert article.removed == [] and line in article.clean_text
