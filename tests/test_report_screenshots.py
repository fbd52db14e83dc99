"""Screenshots of the seed's situation report (Afghanistan, October 2021), looked at as a reader would:
the HTML report as headless Chromium draws it, and each page of the PDF as poppler draws it. What must be
seen is worked out from the ledger's events export, never from the report: the headline figures, a red
circle on the map for each place, a bar for each week with events (its height by its count), and every
key event's words drawn in ink, each with a cite mark drawn as a link that leads to its source. The
screenshots are kept in test-artifacts/."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import REPO
from tests.report_helpers import october_events, run, seed_ledger
from tests.test_browser import CHROMIUM, chromium

numpy = pytest.importorskip("numpy")
from tests.png_pixels import read_png  # noqa: E402 - needs numpy

ARTIFACTS = REPO / "test-artifacts"
POPPLER = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext"))
REPORT = ("--country", "AFG", "--since", "2021-10-01", "--until", "2021-10-31")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)"),
]


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> str:
    return seed_ledger(tmp_path_factory.mktemp("report-shots"))


@pytest.fixture(scope="module")
def october(seed_db) -> list[dict]:
    return october_events(seed_db)


def written(seed_db: str, path: Path) -> Path:
    result = run("report", "--db", seed_db, *REPORT, "-o", str(path))
    assert result.returncode == 0, result.stderr.decode()
    return path


def outlet(source: dict) -> str:
    """What a citation names a report by, as the README gives it: the outlet, else the URL's host, else the
    document id."""
    return source["source"] or (urlparse(source["url"]).hostname if source["url"] else None) or source["document_id"]


def box(pixels, element):
    """The pixels under an element's bounding box, in the page's coordinates as a full-page screenshot has
    them (whatever the page is scrolled to)."""
    rect = element.evaluate("e => { const r = e.getBoundingClientRect();"
                            " return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}; }")
    top, left = round(rect["y"]), round(rect["x"])
    return pixels[top:top + round(rect["height"]), left:left + round(rect["width"])]


def dark(region):
    """Where text is drawn (#1d2327 on white, anti-aliased)."""
    return region[..., :3].astype(int).sum(axis=2) < 3 * 110


def inked(region) -> float:
    """The share of dark pixels: 0 where nothing is drawn."""
    return float(dark(region).mean())


def reddish(region):
    rgb = region[..., :3].astype(int)
    return (rgb[..., 0] - rgb[..., 1] > 40) & (rgb[..., 0] - rgb[..., 2] > 40)


def bluish(region):
    rgb = region[..., :3].astype(int)
    return (rgb[..., 2] - rgb[..., 0] > 80) & (rgb[..., 2] - rgb[..., 1] > 40)


def blobs(mask) -> int:
    """Connected areas (4-neighbours) of a boolean mask."""
    left = {(int(y), int(x)) for y, x in zip(*numpy.nonzero(mask), strict=True)}
    count = 0
    while left:
        count += 1
        stack = [left.pop()]
        while stack:
            y, x = stack.pop()
            for near in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if near in left:
                    left.remove(near)
                    stack.append(near)
    return count


def runs(columns) -> list[tuple[int, int]]:
    """(first, last) of each run of true values."""
    found, start = [], None
    for index, value in enumerate([*columns, False]):
        if value and start is None:
            start = index
        elif not value and start is not None:
            found.append((start, index - 1))
            start = None
    return found


def monday(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


@pytest.fixture(scope="module")
def shown(seed_db, tmp_path_factory):
    """The HTML report opened in headless Chromium: (page, full-page screenshot's pixels)."""
    html = written(seed_db, tmp_path_factory.mktemp("report-html") / "report.html")
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        page = context.new_page()
        page.goto(html.as_uri())
        page.wait_for_selector("li.key-event", state="attached")
        data = page.screenshot(full_page=True)
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "report-seed-october.png").write_bytes(data)
        yield page, read_png(data)


def test_the_report_screenshot_shows_its_figures_map_and_weekly_timeline(shown, october):
    page, pixels = shown
    assert 0.01 < inked(pixels) < 0.4  # text on a white page, neither blank nor black
    # the headline figures, counted from the export, and drawn
    assert page.locator("#total-events").text_content() == str(len(october)) and len(october) >= 3
    killed = sum(e["fatalities"] for e in october if e["fatalities"] is not None)
    assert page.locator("#total-fatalities").text_content() == str(killed)
    for figure in ("#total-events", "#total-fatalities"):
        assert dark(box(pixels, page.locator(figure))).sum() > 50, figure  # a number in large bold type
    # the map: its grey box, a red circle for each place with coordinates, each labelled with its events
    places = Counter(e["location"] for e in october if e["latitude"] is not None)
    area = box(pixels, page.locator("#report-map"))
    grey = (numpy.abs(area[..., :3].astype(int) - [244, 246, 248]).sum(axis=2) <= 6).mean()
    assert grey > 0.5 and len(places) >= 2
    assert blobs(reddish(area)) == len(places)
    assert reddish(pixels).sum() == reddish(area).sum()  # the red is the map's circles, nowhere else
    for place, count in places.items():
        label = page.locator("#report-map text", has_text=f"{place} ({count})")
        assert label.count() == 1 and dark(box(pixels, label)).sum() > 50, place
    # the timeline: one bar for each week with events, its height by its events
    weeks = Counter(monday(e["event_date"]) for e in october)
    timeline = bluish(box(pixels, page.locator("#report-timeline")))
    bars = runs(timeline.any(axis=0))
    assert len(bars) == len(weeks)
    heights = [int(timeline[:, first:last + 1].any(axis=1).sum()) for first, last in bars]
    counts = [weeks[week] for week in sorted(weeks)]
    assert max(heights) > 50
    for height, count in zip(heights, counts, strict=True):
        assert abs(height / max(heights) - count / max(counts)) < 0.05, (heights, counts)


def test_every_key_event_is_drawn_in_order_with_cite_marks_that_lead_to_its_sources(shown, october):
    page, pixels = shown
    tops = []
    for event in sorted(october, key=lambda e: (e["event_date"], e["event_id"])):
        item = page.locator(f"li.key-event[data-event-id='{event['event_id']}']")
        assert item.count() == 1, event["event_id"]
        assert " ".join(event["notes"].split()) in " ".join(item.inner_text().split())
        tops.append(item.evaluate("e => e.getBoundingClientRect().y + scrollY"))
        assert inked(box(pixels, item)) > 0.03, event["event_id"]
        cites = item.locator("a.cite")
        assert cites.count() == len(event["sources"]) >= 1
        for number in range(cites.count()):
            cite = cites.nth(number)
            assert bluish(box(pixels, cite)).sum() >= 5  # drawn in a link's colour
            target = cite.get_attribute("href")
            cite.click()
            assert page.evaluate("() => document.querySelector(':target')?.id") == target[1:]
            citation = item.locator(target)  # the cited source is listed under its own key event
            assert citation.count() == 1 and inked(box(pixels, citation)) > 0.01
            named = " ".join(citation.inner_text().split())
            assert any(f"{outlet(s)}, {s['published'][:10]}" in named for s in event["sources"]), named
    assert tops == sorted(tops)  # in the order of their dates


def pdf_words(pdf: Path) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    """Each page's words with their boxes in points, in reading order (pdftotext -bbox-layout)."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = ElementTree.fromstring(layout)
    pages = root.iter("{http://www.w3.org/1999/xhtml}page")
    return [[(word.text or "", tuple(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
             for word in page.iter("{http://www.w3.org/1999/xhtml}word")] for page in pages]


@pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (bash scripts/install_browser.sh)")
def test_each_pdf_page_image_draws_the_words_of_every_key_event(seed_db, october, tmp_path):
    from tests.test_report_pdf import read_pgm

    pdf = written(seed_db, tmp_path / "report.pdf")
    resolution = 144  # pixels an inch; a PDF point is 1/72 inch
    subprocess.run(["pdftoppm", "-r", str(resolution), "-gray", str(pdf), str(tmp_path / "page")], check=True)
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / "report-seed-october-pdf")], check=True)
    images = []
    for grey in sorted(tmp_path.glob("page-*.pgm")):
        width, height, data = read_pgm(grey)
        images.append(numpy.frombuffer(data, dtype=numpy.uint8).reshape(height, width))
    pages = pdf_words(pdf)
    assert len(pages) == len(images) >= 1
    scale = resolution / 72
    for event in october:
        wanted = event["notes"].split()
        found = [(number, words[i:i + len(wanted)]) for number, words in enumerate(pages)
                 for i in range(len(words) - len(wanted) + 1)
                 if [text for text, _ in words[i:i + len(wanted)]] == wanted]
        assert len(found) == 1, (event["event_id"], len(found))  # each key event's notes, once
        number, words = found[0]
        for text, (x0, y0, x1, y1) in words:
            region = images[number][round(y0 * scale):round(y1 * scale), round(x0 * scale):round(x1 * scale)]
            assert region.size and (region < 128).mean() > 0.04, (text, (region < 128).mean())
