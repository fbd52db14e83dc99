"""PDF situation reports printed by Debian's Chromium, read back as a reader would see them: every page
rendered to an image by poppler's pdftoppm (PNGs kept in test-artifacts/, greyscale pixels checked: not
blank), the page count agreeing between pdfinfo and the rendering, and the seed's key events found in the
PDF's text by pdftotext. Without a browser, the command stops with E121 and writes nothing."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_TXT
from tests.report_helpers import october_events, run, seed_ledger

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
POPPLER = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext", "pdfinfo"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (bash scripts/install_browser.sh)"),
    pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (bash scripts/install_browser.sh)"),
]


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> str:
    return seed_ledger(tmp_path_factory.mktemp("report-pdf"))


@pytest.fixture(scope="module")
def october(seed_db) -> list[dict]:
    return october_events(seed_db)


@pytest.fixture(scope="module")
def pdf(seed_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    result = run("report", "--db", seed_db, "--country", "AFG", "--since", "2021-10-01", "--until", "2021-10-31",
                 "-o", str(path))
    assert result.returncode == 0, result.stderr.decode()
    return path


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary greyscale PGM (P5, 8-bit), as pdftoppm -gray writes it."""
    data = path.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header and header.group(3) == b"255", data[:20]
    width, height = int(header.group(1)), int(header.group(2))
    pixels = data[header.end():]
    assert len(pixels) == width * height
    return width, height, pixels


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def test_pdf_pages_render_and_are_not_blank(pdf, october, tmp_path):
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = page_count(pdf)
    assert 1 <= pages <= 1 + len(october)  # three key events, a map and a timeline: not a page per line
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / "report-pdf-page")], check=True)
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(tmp_path / "page")], check=True)
    greys = sorted(tmp_path.glob("page-*.pgm"))
    assert len(greys) == pages and len(list(ARTIFACTS.glob("report-pdf-page-*.png"))) >= pages
    for grey in greys:
        width, height, pixels = read_pgm(grey)
        assert width < height  # a portrait page
        inked = sum(1 for value in pixels if value < 200) / len(pixels)
        assert 0.003 < inked < 0.5, (grey.name, inked)  # some text or drawing, and not a black page
    # the first page carries the title and the map's grey box (#f4f6f8 is 245 in grey)
    _, _, first = read_pgm(greys[0])
    assert sum(1 for value in first if 240 <= value <= 248) / len(first) > 0.05


def test_pdf_text_has_the_key_events_and_their_sources(pdf, october):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert flat.startswith("Situation report: Afghanistan — 2021-10-01 to 2021-10-31")
    assert len(october) >= 2
    for event in october:  # each key event's notes, in the export's words
        assert " ".join(event["notes"].split()) in flat, event["notes"]
    # the Kunduz mosque bombing, cited to the seed article with its own figure ("killed about 100 people")
    assert re.search(r"Suicide bomb: .*Kunduz.*\[(\d+)\] seed-001, 2021-11-01: 100 killed", flat)


def test_pdf_without_chromium_is_a_usage_error_and_writes_nothing(seed_db, tmp_path):
    target = tmp_path / "report.pdf"
    result = run("report", "--db", seed_db, "-o", str(target), env={"EVENTLEDGER_CHROMIUM": str(tmp_path / "none")})
    assert result.returncode == 2
    message = result.stderr.decode()
    assert message.startswith("E121") and str(tmp_path / "none") in message and len(message.splitlines()) == 1
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_pdf_keeps_every_citation_link_and_the_sources_page_address(tmp_path):
    """The PDF's links, read from the file's own objects (Chromium writes its annotations uncompressed):
    each cite mark of a key event is a link to a named place in the document, each such name is one the
    document defines, and every citation links out to the article's page, as in the HTML report."""
    url = "https://news.example/afghan-informants-join-isis"
    db = str(tmp_path / "ledger.db")
    assert run("ingest", str(SEED_TXT), "--db", db, "--url", url, "--published", "2021-11-01").returncode == 0
    html_path, pdf_path = tmp_path / "report.html", tmp_path / "report.pdf"
    for path in (html_path, pdf_path):
        result = run("report", "--db", db, "--country", "AFG", "--since", "2021-10-01", "--until", "2021-10-31",
                     "-o", str(path))
        assert result.returncode == 0, result.stderr.decode()
    html = html_path.read_text(encoding="utf-8")
    cites = re.findall(r'<a class="cite" href="#(source-\d+)">', html)
    assert len(cites) >= html.count('class="key-event"') >= 2
    data = pdf_path.read_bytes()
    internal = [m.decode() for m in re.findall(rb"/Subtype /Link\s[^>]*?/Dest /([\w-]+)", data)]
    assert sorted(internal) == sorted(cites)
    names = re.search(rb"/Dests (\d+) 0 R", data)
    assert names, "no named destinations"
    table = re.search(rb"\n" + names.group(1) + rb" 0 obj\s*<<(.*?)>>\s*endobj", data, re.S)
    assert table and set(cites) <= {n.decode() for n in re.findall(rb"/(source-\d+) \[", table.group(1))}
    outbound = [m.decode() for m in re.findall(rb"/S /URI\s*/URI \(([^)]*)\)", data)]
    # each citation under a key event, and each cited change of affiliation, links to the page
    assert html.count('class="citation"') >= 2
    assert outbound == [url] * html.count(f'<a href="{url}">')
