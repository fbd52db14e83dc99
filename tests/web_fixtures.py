"""A small ledger written straight through the store API, and a real uvicorn server over it, for the
web, API, STIX and browser tests. The articles are written for these tests; one of them is hostile
(script, event-handler and javascript: payloads in every text field)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from eventledger.models import (
    Actor,
    AffiliationChange,
    Article,
    Claim,
    Event,
    EventMention,
    Mention,
    Paragraph,
    Place,
    Quote,
    Removed,
    SourceEntry,
)
from eventledger.store import open_store

TOKEN = "test-token-4d1c"
ISKP = "Islamic State Khorasan Province"
AFG_CIVILIANS = "Civilians (Afghanistan)"
KUNDUZ = Place("Kunduz", "Afghanistan", "AFG", "Kunduz", "Kunduz", 36.728, 68.857, 1)
GARDEZ = Place("Gardez", "Afghanistan", "AFG", "Paktia", "Gardez", 33.597, 69.227, 1)
KANO = Place("Kano", "Nigeria", "NGA", "Kano", "Kano Municipal", 12.0, 8.517, 1)

# Every hostile string carries a marker so a test can find where it ended up.
XSS_SCRIPT = "<script>alert('xss-script')</script>"
XSS_IMG = "<img src=x onerror=alert('xss-img')>"
XSS_SVG = "<svg onload=alert('xss-svg')>"
XSS_URL = "javascript:alert('xss-url')"
XSS_ATTR = "\" onmouseover=\"alert('xss-attr')"
PAYLOADS = (XSS_SCRIPT, XSS_IMG, XSS_SVG, XSS_ATTR)
XSS_ACTOR = f"Gunmen {XSS_SVG}"


def _article(document_id: str, title: str, source: str, published: str, paragraphs: list[str],
             url: str | None = None, removed: list[Removed] | None = None) -> Article:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(at, at + len(paragraph)))
        at += len(paragraph) + 2
    return Article(document_id=document_id, origin="test", raw_text=text, clean_text=text, title=title,
                   source=source, url=url, published=published, language="en", paragraphs=spans,
                   removed=removed or [])


def _at(article: Article, phrase: str) -> tuple[int, int]:
    start = article.clean_text.index(phrase)
    return start, start + len(phrase)


def _mention(article: Article, index: int, sentence: str, sub_event_type: str, event_type: str,
             **fields) -> EventMention:
    start, end = _at(article, sentence)
    return EventMention(mention_id=f"{article.document_id}#{index}", document_id=article.document_id,
                        event_type=event_type, sub_event_type=sub_event_type, evidence=sentence, start=start,
                        end=end, **fields)


def _source(article: Article, mention: EventMention) -> SourceEntry:
    return SourceEntry(article.document_id, article.source, article.url, article.published, mention.evidence,
                       mention.fatalities_min, mention.fatalities_max, mention.attributed_to, mention.mention_id)


def _entity(article: Article, phrase: str, kind: str, canonical: str) -> Mention:
    start, end = _at(article, phrase)
    return Mention(start, end, phrase, kind, canonical)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the articles

WIRE = _article(
    "kdz-wire-1", "Suicide bomber strikes Shia mosque in Kunduz during Friday prayers", "Northern Wire",
    "2021-10-09",
    [
        "A suicide bomber blew himself up inside a Shia mosque in the northern city of Kunduz on Friday, "
        "killing about 100 worshippers, provincial health officials said.",
        "Islamic State Khorasan Province claimed the bombing in a statement on its news channel.",
        "\u201cThe hall was full and the blast brought down part of the roof,\u201d said a shopkeeper who "
        "helped carry the wounded.",
    ],
    url="https://northernwire.example/kunduz-mosque-bombing",
    removed=[Removed("Subscribe to our newsletter", "boilerplate")],
)
MONITOR = _article(
    "kdz-monitor-2", "Dozens dead in Kunduz mosque blast", "Kabul Daily Monitor", "2021-10-10",
    [
        "At least 46 people were killed when an explosion tore through a mosque in Kunduz city on Friday, "
        "according to a Taliban spokesman.",
        "ISIS-K said one of its fighters carried out the attack, which local officials suggested may have "
        "been aimed at the Hazara community.",
    ],
    url="https://kdm.example/2021/10/kunduz-blast",
)
DEFECTIONS = _article(
    "iskp-ranks-3", "Former Afghan spies and soldiers drift into ISIS-K", "Frontier Review", "2021-11-01",
    [
        "Several former officers of the National Directorate of Security have joined ISIS-K since mid-October, "
        "a former Afghan official said.",
        "Dozens of former Afghan army commandos also joined the group in late October, relatives told the paper.",
        "Last week ISIS-K fighters clashed with Taliban forces near Gardez in Paktia province.",
    ],
    url="https://frontier-review.example/iskp-recruits",
)
KANO_DOC = _article(
    "kano-4", "Gunmen attack bus near Kano", "Lagos Ledger", "2024-03-02",
    ["Gunmen attacked a commuter bus near Kano on Friday, killing three passengers, police said."],
    url="https://lagosledger.example/kano-bus",
)
HOSTILE = _article(
    "xss-5", f"Market attack {XSS_SCRIPT}", f"Evil Outlet {XSS_IMG}", "2024-03-05",
    [
        f"Gunmen {XSS_SVG} attacked a market in Kano, killing two traders {XSS_SCRIPT}, residents said.",
        f"\u201cWe ran {XSS_IMG} for our lives{XSS_ATTR},\u201d said a trader.",
    ],
    url=XSS_URL,
    removed=[Removed(f"Share this {XSS_SCRIPT}", "boilerplate")],
)


def _kunduz() -> tuple[list[EventMention], Event]:
    wire = _mention(WIRE, 0, WIRE.clean_text.split("\n\n")[0], "Suicide bomb", "Explosions/Remote violence",
                    date=dt.date(2021, 10, 8), time_precision=1, actor1=ISKP, actor2=AFG_CIVILIANS,
                    claimed_by=ISKP, civilian_targeting=True, place=KUNDUZ, fatalities_min=100,
                    fatalities_max=100, fatalities_approximate=True, attributed_to="provincial health officials")
    monitor = _mention(MONITOR, 0, MONITOR.clean_text.split("\n\n")[0], "Suicide bomb",
                       "Explosions/Remote violence", date=dt.date(2021, 10, 8), time_precision=1, actor1=ISKP,
                       actor2=AFG_CIVILIANS, claimed_by=ISKP, civilian_targeting=True, place=KUNDUZ,
                       fatalities_min=46, fatalities_max=46, attributed_to="a Taliban spokesman")
    event = Event("ev-kunduz", "Explosions/Remote violence", "Suicide bomb", dt.date(2021, 10, 8), 1, ISKP,
                  [], AFG_CIVILIANS, [], ISKP, True, KUNDUZ, 46, 100, False, 0.86, 2,
                  "On 8 October 2021, a suicide bomber of ISKP attacked a Shia mosque in Kunduz, killing 46-100.",
                  [_source(WIRE, wire), _source(MONITOR, monitor)])
    return [wire, monitor], event


def _defections() -> tuple[list[EventMention], list[Event]]:
    paragraphs = DEFECTIONS.clean_text.split("\n\n")
    nds = _mention(DEFECTIONS, 0, paragraphs[0], "Change to group/activity", "Strategic developments",
                   date=dt.date(2021, 10, 15), time_precision=2, actor1=ISKP,
                   affiliation=AffiliationChange("former officers of the National Directorate of Security",
                                                 "National Directorate of Security", ISKP, "several",
                                                 dt.date(2021, 10, 15)))
    army = _mention(DEFECTIONS, 1, paragraphs[1], "Change to group/activity", "Strategic developments",
                    date=dt.date(2021, 10, 27), time_precision=2, actor1=ISKP,
                    affiliation=AffiliationChange("former Afghan army commandos", "Afghan National Army", ISKP,
                                                  "dozens", dt.date(2021, 10, 27)))
    clash = _mention(DEFECTIONS, 2, paragraphs[2], "Armed clash", "Battles", date=dt.date(2021, 10, 25),
                     time_precision=2, actor1=ISKP, actor2="Taliban", place=GARDEZ)
    events = [
        Event("ev-nds", "Strategic developments", "Change to group/activity", dt.date(2021, 10, 15), 2, ISKP,
              confidence=0.6, notes="Former NDS officers joined ISKP.", sources=[_source(DEFECTIONS, nds)]),
        Event("ev-army", "Strategic developments", "Change to group/activity", dt.date(2021, 10, 27), 2, ISKP,
              confidence=0.6, notes="Former Afghan army commandos joined ISKP.",
              sources=[_source(DEFECTIONS, army)]),
        Event("ev-gardez", "Battles", "Armed clash", dt.date(2021, 10, 25), 2, ISKP, [], "Taliban", [], None,
              False, GARDEZ, None, None, False, 0.55, 1, "ISKP fighters clashed with Taliban forces near Gardez.",
              [_source(DEFECTIONS, clash)]),
    ]
    return [nds, army, clash], events


def _kano() -> tuple[list[EventMention], list[Event]]:
    kano = _mention(KANO_DOC, 0, KANO_DOC.clean_text, "Attack", "Violence against civilians",
                    date=dt.date(2024, 3, 1), time_precision=1, actor1="Unidentified Armed Group (Nigeria)",
                    actor2="Civilians (Nigeria)", civilian_targeting=True, place=KANO, fatalities_min=3,
                    fatalities_max=3, attributed_to="police")
    first = HOSTILE.clean_text.split("\n\n")[0]
    hostile_place = Place(f"Kano {XSS_IMG}", "Nigeria", "NGA", f"Kano {XSS_SCRIPT}", None, 12.01, 8.52, 1)
    market = _mention(HOSTILE, 0, first, "Attack", "Violence against civilians", date=dt.date(2024, 3, 4),
                      time_precision=1, actor1=XSS_ACTOR, actor2="Civilians (Nigeria)", civilian_targeting=True,
                      place=hostile_place, fatalities_min=2, fatalities_max=2, attributed_to=f"residents {XSS_IMG}")
    events = [
        Event("ev-kano", "Violence against civilians", "Attack", dt.date(2024, 3, 1), 1,
              "Unidentified Armed Group (Nigeria)", [], "Civilians (Nigeria)", [], None, True, KANO, 3, 3, False,
              0.7, 1, "Gunmen attacked a commuter bus near Kano, killing three.", [_source(KANO_DOC, kano)]),
        Event("ev-xss", "Violence against civilians", "Attack", dt.date(2024, 3, 4), 1, XSS_ACTOR, [],
              "Civilians (Nigeria)", [], None, True, hostile_place, 2, 2, False, 0.5, 1,
              f"Notes {XSS_SCRIPT} {XSS_ATTR}", [_source(HOSTILE, market)]),
    ]
    return [kano, market], events


def _quotes_and_claims() -> tuple[list[Quote], list[Claim]]:
    wire_quote = "The hall was full and the blast brought down part of the roof,"
    q_start, q_end = _at(WIRE, wire_quote)
    hostile_quote = f"We ran {XSS_IMG} for our lives{XSS_ATTR},"
    h_start, h_end = _at(HOSTILE, hostile_quote)
    hedged = MONITOR.clean_text.split("\n\n")[1]
    m_start, m_end = _at(MONITOR, hedged)
    w_start, w_end = _at(WIRE, WIRE.clean_text.split("\n\n")[0])
    x_start, x_end = _at(HOSTILE, HOSTILE.clean_text.split("\n\n")[0])
    quotes = [
        Quote(WIRE.document_id, "a shopkeeper", "witness", wire_quote,
              True, "said", q_start, q_end),
        Quote(HOSTILE.document_id, f"trader {XSS_SCRIPT}", "witness", hostile_quote, True, "said", h_start, h_end),
    ]
    claims = [
        Claim(MONITOR.document_id, hedged, m_start, m_end, ["Kabul Daily Monitor", "local officials"], True,
              "may have", 0.55, ["kdz-monitor-2#0"]),
        Claim(WIRE.document_id, WIRE.clean_text.split("\n\n")[0], w_start, w_end,
              ["Northern Wire", "provincial health officials"], False, None, 0.9, ["kdz-wire-1#0"]),
        Claim(HOSTILE.document_id, HOSTILE.clean_text.split("\n\n")[0], x_start, x_end,
              [f"Evil Outlet {XSS_IMG}", f"residents {XSS_SCRIPT}"], False, None, 0.8, ["xss-5#0"]),
    ]
    return quotes, claims


def _actors() -> list[Actor]:
    return [
        Actor("iskp", ISKP, ["ISKP", "ISIS-K", "IS-K", "Islamic State Khorasan"], "Rebel group", "AFG"),
        Actor("taliban", "Taliban", ["Islamic Emirate of Afghanistan"], "Rebel group", "AFG"),
        Actor("nds", "National Directorate of Security", ["NDS"], "State forces", "AFG"),
        Actor("afghan-army", "Afghan National Army", ["ANA", "Afghan army"], "State forces", "AFG"),
        Actor("civilians-afghanistan", AFG_CIVILIANS, [], "Civilians", "AFG"),
        Actor("civilians-nigeria", "Civilians (Nigeria)", [], "Civilians", "NGA"),
        Actor("unidentified-armed-group-nigeria", "Unidentified Armed Group (Nigeria)", [], "Political militia",
              "NGA"),
        Actor("xss-actor", XSS_ACTOR, [XSS_SCRIPT, XSS_ATTR], "Political militia", "NGA"),
    ]


def _entities() -> dict[str, list[Mention]]:
    return {
        WIRE.document_id: [_entity(WIRE, "Kunduz", "place", "Kunduz"),
                           _entity(WIRE, "Islamic State Khorasan Province", "actor", ISKP),
                           _entity(WIRE, "about 100", "number", "100")],
        MONITOR.document_id: [_entity(MONITOR, "ISIS-K", "actor", ISKP),
                              _entity(MONITOR, "Taliban", "actor", "Taliban")],
        DEFECTIONS.document_id: [_entity(DEFECTIONS, "National Directorate of Security", "actor",
                                         "National Directorate of Security"),
                                 _entity(DEFECTIONS, "Gardez", "place", "Gardez")],
        HOSTILE.document_id: [_entity(HOSTILE, f"Gunmen {XSS_SVG}", "actor", XSS_ACTOR),
                              _entity(HOSTILE, "Kano", "place", f"Kano {XSS_IMG}")],
    }


def build_ledger(path: str) -> None:
    """Write the test ledger to ``path`` (a new SQLite file)."""
    store = open_store(path)
    kunduz_mentions, kunduz = _kunduz()
    defection_mentions, defection_events = _defections()
    kano_mentions, kano_events = _kano()
    quotes, claims = _quotes_and_claims()
    entities = _entities()
    with store.transaction():
        for article in (WIRE, MONITOR, DEFECTIONS, KANO_DOC, HOSTILE):
            article.mentions = entities.get(article.document_id, [])
            store.add_document(article)
        mentions = kunduz_mentions + defection_mentions + kano_mentions
        store.add_mentions(mentions, {m.mention_id: [] for m in mentions})
        events = [(kunduz, [m.mention_id for m in kunduz_mentions])]
        events += [(e, [e.sources[0].mention_id]) for e in defection_events + kano_events]
        store.replace_events([], events)
        store.add_quotes(quotes)
        store.add_claims(claims)
        for actor in _actors():
            store.upsert_actor(actor)
        for mention, actor_id in ((defection_mentions[0], "nds"), (defection_mentions[1], "afghan-army")):
            change = mention.affiliation
            store.add_affiliation(actor_id=actor_id, to_group=change.to_group, from_group=change.from_group,
                                  members=change.members, date=change.date, document_id=mention.document_id,
                                  mention_id=mention.mention_id)
    store.close()


# ------------------------------------------------------------------ a real server


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    db: str
    token: str | None


@contextlib.contextmanager
def live_server(db: str, token: str | None = TOKEN) -> Iterator[LiveServer]:
    """uvicorn serving ``create_app(db, token)`` on 127.0.0.1 in a thread, stopped on exit."""
    from eventledger.web.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db, token), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # a loaded machine may take a while to import and warm the app
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.05)
    else:
        server.should_exit = True
        raise RuntimeError("the test server did not start")
    try:
        yield LiveServer(url, db, token)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


SERVE_LOG = "serve.log"  # the served command's stderr, beside its ledger


def start_serving(
    db: str, workers: int = 1, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    """`eventledger serve` over ``db`` on a free port of 127.0.0.1 (``env`` added to the environment), once it
    answers /health: the command and its port. The server loads its data before it answers (web/warm.py)."""
    port = free_port()
    with (Path(db).parent / SERVE_LOG).open("ab") as log:
        server = subprocess.Popen([sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port),
                                   "--workers", str(workers)], env={**os.environ, **(env or {})},
                                  stdout=subprocess.DEVNULL, stderr=log)  # fmt: skip
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return server, port
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"the server did not start: {(Path(db).parent / SERVE_LOG).read_text()[-2000:]}")
