"""Reports as HTML pages in a WARC file, for the streaming benchmarks (stream_memory.py --format warc).

Each report becomes a page in one of several CMS layouts written the way such sites emit them (a WordPress
theme, a Drupal node, an Arc-like story with a figure and a "Read more" box, a div-soup page with no <p>),
with a menu, share buttons, related links and comments around the article. The page names its filing
number in the body, so that no two pages clean to the same text (a WARC page's document id is the hash of
its cleaned text). Written record by record: the file is never held whole.
"""

from __future__ import annotations

import html
import io
import random
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_MENU = "".join(f"<li><a href='/{name.lower()}'>{name}</a></li>" for name in
                ("World", "Africa", "Asia", "Middle East", "Opinion", "Video", "Podcasts"))
_SHARE = ("<div class='share'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a> "
          "<a href='#'>Email</a></div>")
_FOOTER = ("<footer><p>© 2024 Stream Wire Media Group. All rights reserved.</p>"
           "<ul><li><a href='/privacy'>Privacy policy</a></li><li><a href='/terms'>Terms of use</a></li>"
           "</ul></footer>")


def _related(rng: random.Random) -> str:
    links = "".join(f"<li><a href='/story/{rng.randrange(10**6)}'>Related story {rng.randrange(1000)} "
                    "from the region</a></li>" for _ in range(4))
    return f"<aside class='related'><h3>Related articles</h3><ul>{links}</ul></aside>"


def _wordpress(title: str, paragraphs: list[str], rng: random.Random) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    comments = ("<div id='comments'><h3>2 thoughts on this story</h3><ol><li><p>Stay safe everyone.</p></li>"
                "</ol><h3>Leave a Reply</h3><form><textarea></textarea></form></div>")
    return (f"<header><nav><ul>{_MENU}</ul></nav></header><main><article class='post'>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-meta'>Posted by Desk</div>"
            f"<div class='entry-content'>{body}</div>{_SHARE}</article>{comments}{_related(rng)}</main>{_FOOTER}")


def _drupal(title: str, paragraphs: list[str], rng: random.Random) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<div id='page'><div class='region-header'><ul class='menu'>{_MENU}</ul></div>"
            f"<div class='node node-article'><h1>{title}</h1><div class='field field-name-body'>"
            f"<div class='field-items'><div class='field-item even'>{body}</div></div></div></div>"
            f"<div class='region-sidebar'>{_related(rng)}</div></div>{_FOOTER}")


def _arc(title: str, paragraphs: list[str], rng: random.Random) -> str:
    parts = [f"<p>{p}</p>" for p in paragraphs]
    figure = ("<figure><img src='/photo.jpg' alt=''><figcaption>Residents at the scene. "
              "Photo: Stream Wire</figcaption></figure>")
    parts.insert(min(1, len(parts)), figure)
    return (f"<nav><ul>{_MENU}</ul></nav><article><header><h1>{title}</h1></header>"
            f"<div class='article-body'>{''.join(parts)}</div>{_SHARE}</article>{_related(rng)}{_FOOTER}")


def _div_soup(title: str, paragraphs: list[str], rng: random.Random) -> str:
    body = "<br><br>".join(paragraphs)
    return (f"<table><tr><td><ul>{_MENU}</ul></td></tr></table><div class='content'><div class='headline'>"
            f"<h1>{title}</h1></div><div class='story'>{body}</div></div>{_related(rng)}{_FOOTER}")


LAYOUTS = (_wordpress, _drupal, _arc, _div_soup)


def page(record: dict[str, str], number: int, rng: random.Random) -> str:
    """The report ``record`` as a whole HTML page in a layout chosen by ``rng``."""
    paragraphs = [html.escape(p) for p in record["text"].split("\n\n")]
    paragraphs.append(f"This is filing {number} of the Stream Wire regional desk.")
    title = html.escape(record["title"])
    layout = rng.choice(LAYOUTS)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Stream Wire</title>"
            f"<meta property='article:published_time' content='{record['published']}'></head>"
            f"<body>{layout(title, paragraphs, rng)}</body></html>")


def write_warc_corpus(path: Path, records: Iterable[dict[str, str]], random_seed: int = 11) -> tuple[int, float]:
    """Writes ``records`` as a gzipped WARC of HTML responses; gives (words of report text, megabytes)."""
    rng = random.Random(random_seed)
    words = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, record in enumerate(records):
            words += len(record["text"].split())
            body = page(record, number, rng).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://stream-wire.example/story/{number}", "response", payload=io.BytesIO(body),
                http_headers=headers))
    return words, path.stat().st_size / 1e6
