"""Article text that cleaning used to lose: a subheading after an in-article "Read more" link, a pull
quote's repeated line, and the subheadings and entry headlines the extractor drops on live blogs.
Each rule on a text written for it, and on whole pages (tests/fixtures/ingest/clean/pages: readmore_box,
pullquote_subheads, liveblog_entries, compared in full by test_clean_pages)."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from eventledger.clean import clean_document
from eventledger.ingest import read_inputs
from eventledger.ingest.headings import restore_headings
from eventledger.models import Article, RawDocument

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "clean" / "pages"

FIRST = (
    "Gunmen attacked a police checkpoint near the market on Monday night, killing three officers, the "
    "interior ministry said in a statement."
)
SECOND = "Residents said the attackers arrived on motorcycles and fled towards the forest before reinforcements came."
THIRD = "The army said it had sent troops to the area and that a search for the attackers was under way."


def cleaned(*paragraphs: str) -> Article:
    return clean_document(RawDocument(origin="t", title="Checkpoint attacked", text="\n\n".join(paragraphs)))


def kept(article: Article) -> list[str]:
    return article.clean_text.split("\n\n")


def page(name: str) -> Article:
    [raw] = read_inputs([str(PAGES / f"{name}.html")])
    assert isinstance(raw, RawDocument), raw
    return clean_document(raw)


# ---------------------------------------------------------------- an in-article link box


def test_a_subheading_after_an_inline_read_more_link_is_kept() -> None:
    article = cleaned(FIRST, "Read more: Blast hits bus terminal in nearby town", "What we know", SECOND, THIRD)
    assert kept(article) == [FIRST, "What we know", SECOND, THIRD]
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Read more: Blast hits bus terminal in nearby town", "boilerplate")
    ]


def test_a_short_paragraph_after_an_inline_read_more_link_is_kept() -> None:
    article = cleaned(FIRST, "READ MORE: Blast hits bus terminal", "Police did not comment", SECOND)
    assert kept(article) == [FIRST, "Police did not comment", SECOND]


def test_two_headlines_after_an_inline_link_are_still_a_list_of_links() -> None:
    links = ["Read more: Blast hits bus terminal", "Curfew extended in the district", "Traders close their stalls"]
    article = cleaned(FIRST, *links, SECOND)
    assert kept(article) == [FIRST, SECOND]


def test_a_headline_after_a_bare_read_more_label_is_still_its_link() -> None:
    article = cleaned(FIRST, "Read more:", "Blast hits bus terminal in nearby town", SECOND)
    assert kept(article) == [FIRST, SECOND]


def test_inline_read_more_box_on_a_page_keeps_the_subheading_after_it() -> None:
    article = page("readmore_box")
    assert "Smoke over the villages" in kept(article)
    assert "READ MORE: Odesa port struck for second night" not in kept(article)


# ---------------------------------------------------------------- pull quotes


def test_a_repeated_quotation_is_a_pull_quote_kept_once() -> None:
    chant = "“Kishishe will not be forgotten”"
    article = cleaned(FIRST, "The mourners sang one line over and over:", chant, chant, SECOND)
    assert kept(article) == [FIRST, "The mourners sang one line over and over:", chant, SECOND]
    assert [(r.text, r.reason) for r in article.removed] == [(chant, "duplicate")]


def test_a_repeated_unquoted_short_line_is_still_a_caption() -> None:
    caption = "Residents at the scene of the attack"
    article = cleaned(FIRST, caption, SECOND, caption, THIRD)
    assert kept(article) == [FIRST, SECOND, THIRD]
    assert {r.reason for r in article.removed} == {"caption"}


# ---------------------------------------------------------------- reported speech without its full stop


def test_a_last_paragraph_of_reported_speech_without_a_full_stop_is_body() -> None:
    speech = "“We will rebuild,” she said"
    article = cleaned(FIRST, SECOND, speech)
    assert kept(article) == [FIRST, SECOND, speech]
    assert article.paragraphs[-1].kind == "body"


def test_a_short_last_line_without_reported_speech_is_still_furniture() -> None:
    article = cleaned(FIRST, SECOND, "Photo gallery and video")
    assert kept(article) == [FIRST, SECOND]


def test_the_last_paragraph_of_a_page_ending_on_reported_speech_is_kept() -> None:
    assert kept(page("figures_short_paras"))[-1] == "“We will wait,” Halima said"


# ---------------------------------------------------------------- headings the extractor dropped

LIVE_BLOG = """<html><head><title>Live: floods in the delta</title></head><body>
<nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav>
<article><h1>Live: floods in the delta</h1>
<div class="entry"><time>16:40</time><h2>Curfew announced for the waterfront</h2>
<div class="entry__body"><p>The state government has announced a curfew in the waterfront districts from tonight.</p>
</div></div>
<div class="entry"><time>15:30</time><h2>Protesters block the Ikwerre Road</h2>
<div class="entry__body"><p>Several hundred residents blocked the Ikwerre Road with burning tyres this
afternoon, demanding that the drains be cleared.</p></div></div>
<div class="entry"><time>14:10</time><h2>Emergency agency: 3,000 displaced</h2>
<div class="entry__body"><p>The state emergency agency says about 3,000 people have left their homes since the
rain began on Tuesday.</p></div></div>
</article>
<aside><h3>Most read</h3><ol><li><a href="/c">Fuel price rises again</a></li>
<li><a href="/d">Budget signed</a></li></ol></aside>
</body></html>"""
EXTRACTED = (
    "The state government has announced a curfew in the waterfront districts from tonight.\n"
    "Several hundred residents blocked the Ikwerre Road with burning tyres this afternoon, demanding that the "
    "drains be cleared.\n"
    "The state emergency agency says about 3,000 people have left their homes since the rain began on Tuesday."
)


def test_dropped_headings_go_back_before_the_paragraph_they_introduce() -> None:
    lines = restore_headings(LIVE_BLOG, EXTRACTED, "Live: floods in the delta").split("\n")
    assert lines == [
        "Curfew announced for the waterfront",
        EXTRACTED.split("\n")[0],
        "Protesters block the Ikwerre Road",
        EXTRACTED.split("\n")[1],
        "Emergency agency: 3,000 displaced",
        EXTRACTED.split("\n")[2],
    ]


def test_a_heading_over_text_the_extractor_left_out_stays_out() -> None:
    # "Most read" heads a list of links the extractor did not keep; the title is kept apart
    restored = restore_headings(LIVE_BLOG, EXTRACTED, "Live: floods in the delta")
    assert "Most read" not in restored
    assert "Live: floods" not in restored


def test_a_heading_already_extracted_is_not_repeated() -> None:
    text = "Curfew announced for the waterfront\n" + EXTRACTED
    assert restore_headings(LIVE_BLOG, text).split("\n").count("Curfew announced for the waterfront") == 1


def test_the_extractor_drops_the_live_blog_headings_that_cleaning_restores() -> None:
    # why the rule exists: the extractor's own text of the fixture page lacks the later entries' headlines
    html = (PAGES / "liveblog_entries.html").read_text(encoding="utf-8")
    assert "Protesters block the Ikwerre Road" not in (trafilatura.extract(html, favor_recall=True) or "")
    article = page("liveblog_entries")
    paragraphs = kept(article)
    assert paragraphs.index("Protesters block the Ikwerre Road") + 1 == paragraphs.index(
        "Several hundred residents blocked the Ikwerre Road with burning tyres this afternoon, demanding that the "
        "authorities clear the drains that flooded their homes overnight."
    )
    assert "Emergency agency: 3,000 people displaced" in paragraphs
    assert "Most read" not in article.clean_text
