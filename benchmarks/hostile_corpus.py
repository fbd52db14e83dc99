"""Generated hostile inputs for every input format, each one rebuilt from (seed, number) alone.

Families: text (random bytes, every encoding, control characters, Unicode oddities, tiny, huge,
regex bait), HTML (deep nesting, script/SVG/MathML, tag soup, entity storms, charset lies, DTD entity
bombs, feeds saved as pages), JSON and JSON Lines (nesting, huge and non-finite numbers, surrogates,
wrong types, broken syntax, other encodings), WARC and .warc.gz (truncated, flipped bytes, lying
lengths, garbage and bombs in gzip members, odd payloads), feeds (RSS/Atom as .xml/.rss, inside WARC
records and as pages) and file names a shell or a log would trip on. Used by benchmarks/hostile_inputs.py.

``served_feeds``: hostile feeds on a web server (entity bombs, external entities, XInclude, 50 MB and
over, gzip bombs in one and two content codings, charset lies, deep nesting, hostile links, sitemap
loops) and ``BAD_FEEDS_FILES``, feeds files as a careless user gives them. Used by benchmarks/hostile_feeds.py.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = (
    "gunmen killed villagers soldiers attacked police protesters gathered army rebels clashed market "
    "bomb exploded convoy district officials said province residents fled militants town drone strike "
    "Kano Kabul Mogadishu Gao Maiduguri Sana'a Monday Friday five twelve"
).split()
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    "cp1252",
    "latin-1",
    "koi8-r",
    "shift_jis",
    "gb18030",
    "big5",
    "iso-8859-6",
    "cp437",
    "utf-7",
]
ODD_CHARS = [
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u202c",
    "\u0301\u0308\u0323" * 10,
    "\U0001f4a3",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\ufffe",
    "\uffff",
    "\ue000",
    "\u2028",
    "\u2029",
    "\u0085",
    "\r",
    "\r\n",
    "\t",
    "\x0b",
    "\x0c",
    "«",
    "“",
    "‘",
    "ـ",
    "۱۲",
    "١٢",
    "𝟏𝟐",
    "Ⅻ",
    "ﬁ",
    "ß",
    "İ",
    "\u00ad",
    "\U000e0001",
    "\U0010ffff",
]
TAGS = [
    "div",
    "span",
    "p",
    "b",
    "i",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "a",
    "article",
    "section",
    "main",
    "header",
    "nav",
    "footer",
    "aside",
    "svg",
    "math",
    "template",
    "noscript",
    "script",
    "style",
    "iframe",
    "object",
    "form",
    "select",
    "option",
    "textarea",
    "title",
    "frameset",
    "plaintext",
    "xmp",
    "listing",
]


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def prose(rng: random.Random, paragraphs: int = 3) -> str:
    return "\n\n".join(
        " ".join(words(rng, rng.randint(5, 18)).capitalize() + "." for _ in range(rng.randint(1, 4)))
        for _ in range(paragraphs)
    )


def sprinkle(rng: random.Random, text: str, count: int) -> str:
    pieces = list(text)
    for _ in range(count):
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(ODD_CHARS))
    return "".join(pieces)


def encode(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(ENCODINGS)
    errors = rng.choice(["replace", "ignore", "surrogatepass" if encoding.startswith("utf-") else "replace"])
    return text.encode(encoding, errors=errors)


# ---------------------------------------------------------------- text


def text_random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 3, 7, 8, 64, 512, 4096]))


def text_encoded(rng: random.Random) -> bytes:
    return encode(rng, sprinkle(rng, "Headline\n\n" + prose(rng, rng.randint(1, 6)), rng.randint(0, 40)))


def text_broken_utf8(rng: random.Random) -> bytes:
    data = bytearray(("Report\n\n" + prose(rng, 4)).encode())
    for _ in range(rng.randint(1, 30)):
        data.insert(rng.randrange(len(data)), rng.choice([0x80, 0xC0, 0xFF, 0xFE, 0xED, 0x00, 0xF4, 0x1B]))
    return bytes(data)


def text_tiny(rng: random.Random) -> bytes:
    return rng.choice(
        [
            b"",
            b" ",
            b"\n",
            b"a",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"hi.",
            b"\x00\x00\x00\x00",
            b"Killed.",
            "é".encode(),
            b"\r\n\r\n",
            b"1234567",
        ]
    )


def text_long(rng: random.Random) -> bytes:
    size = rng.choice([20_000, 50_000, 100_000])
    unit = rng.choice([" ", ", ", " and ", "\u00a0", "-", "\n"])
    return unit.join(rng.choice(WORDS) for _ in range(size // 6)).encode()[:size]


def text_many_lines(rng: random.Random) -> bytes:
    return "\n".join(rng.choice(WORDS) for _ in range(rng.choice([2000, 20_000]))).encode()


def text_regex_bait(rng: random.Random) -> bytes:
    n = rng.choice([1000, 5000, 20_000])
    bait = rng.choice(
        [
            "a" * n + "!",
            "(" * n + ")" * n,
            "“" * n,
            "," * n,
            "." * n,
            "1," * n,
            "Mr. " * n,
            "killed " * n,
            "- " * n,
            "[" * n,
            "'s " * n,
            "https://" + "a." * n,
            "@" * n,
            "..." * n,
        ]
    )
    return ("Report\n\n" + prose(rng, 1) + " " + bait + " " + prose(rng, 1)).encode()


def text_numbers(rng: random.Random) -> bytes:
    pieces = [
        rng.choice(
            [
                "9" * rng.randint(20, 5000),
                "1e999",
                "31 February 2021",
                "0000-00-00",
                "99999-12-31",
                "-5 people",
                "3,4,5,6,7 killed",
                "1/1/1",
                "on 32 March",
                "1.5e308 dead",
                "NaN killed",
                "between 10 and 5 dead",
                "at least 10**100 died",
                "¾ killed",
                "٣٠ قتيلا",
            ]
        )
        for _ in range(rng.randint(3, 30))
    ]
    return ("Casualties\n\n" + " ".join(f"Gunmen killed {p} in Kano." for p in pieces)).encode()


# ---------------------------------------------------------------- HTML


def html_page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Report</title></head><body>{body}</body></html>"


def html_nested(rng: random.Random) -> bytes:
    depth, tag = rng.choice([100, 1000, 10_000, 100_000]), rng.choice(TAGS[:8])
    closing = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    return html_page(f"<{tag}>" * depth + f"<p>{prose(rng, 2)}</p>" + closing).encode()


def html_scripted(rng: random.Random) -> bytes:
    shells = [
        "<svg><script>alert(1)</script><p>{}</p></svg>",
        "<math><mi><p>{}</p></mi></math>",
        "<template><p>{}</p></template>",
        "<noscript><p>{}</p></noscript>",
        "<svg><style><p>{}</p></style></svg>",
        "<script><!--<script></script><p>{}</p>",
        "<iframe srcdoc='<p>x</p>'></iframe><p>{}</p>",
        "<object data='javascript:alert(1)'><p>{}</p></object>",
        "<xmp><p>{}</p></xmp>",
        "<plaintext><p>{}</p>",
        "<frameset><p>{}</p></frameset>",
        "<svg><foreignObject><p>{}</p></foreignObject></svg>",
        "<select><p>{}</p></select>",
    ]
    return html_page("".join(rng.choice(shells).format(prose(rng, 1)) for _ in range(rng.randint(1, 6)))).encode()


def html_soup(rng: random.Random) -> bytes:
    parts = []
    for _ in range(rng.randint(10, 400)):
        roll = rng.random()
        tag = rng.choice(TAGS)
        if roll < 0.3:
            parts.append(f"<{tag} {rng.choice(['x', 'class', 'on' + tag, 'style'])}='{words(rng, 2)}'>")
        elif roll < 0.45:
            parts.append(f"</{tag}>")
        elif roll < 0.5:
            parts.append(
                rng.choice(
                    [
                        "<!--",
                        "-->",
                        "<![CDATA[",
                        "]]>",
                        "<?xml ?>",
                        "<!",
                        "<",
                        ">",
                        "&",
                        "</",
                        "<p",
                        '"',
                        "'",
                        "<!DOCTYPE x>",
                        "<br/>" * 50,
                    ]
                )
            )
        else:
            parts.append(sprinkle(rng, prose(rng, 1), rng.randint(0, 3)))
    return encode(rng, "".join(parts)) if rng.random() < 0.3 else "".join(parts).encode()


def html_entities(rng: random.Random) -> bytes:
    entities = [
        "&#xFFFFFFFF;",
        "&#0;",
        "&#55296;",
        "&#x110000;",
        "&amp;amp;amp;",
        "&nbsp",
        "&unknown;",
        "&#;",
        "&#x;",
        "&#99999999999999999999;",
        "&lt;script&gt;",
        "&#x202e;",
        "&#8203;",
        "&NotANamedEntity;",
    ]
    body = " ".join(rng.choice(entities) if rng.random() < 0.5 else rng.choice(WORDS) for _ in range(5000))
    return html_page(f"<article><p>{prose(rng, 2)}</p><p>{body}</p></article>").encode()


def html_charset_lie(rng: random.Random) -> bytes:
    declared = rng.choice(["utf-16", "utf-32", "x-unknown", "ebcdic-cp-us", "utf-7", "shift_jis", "", "utf-8; x"])
    actual = rng.choice(ENCODINGS)
    page = html_page(
        f"<article><p>{sprinkle(rng, prose(rng, 3), 10)}</p></article>",
        f"<meta charset='{declared}'><meta http-equiv='Content-Type' content='text/html; charset={declared}'>",
    )
    return page.encode(actual, errors="replace")


def html_xml_bomb(rng: random.Random) -> bytes:
    levels = rng.randint(3, 10)
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        f'<?xml version="1.0"?><!DOCTYPE html [{"".join(entities)}]>'
        f"<html><body><p>{prose(rng, 2)} &l{levels - 1};</p></body></html>"
    ).encode()


def html_big_attributes(rng: random.Random) -> bytes:
    attr = "x" * rng.choice([10_000, 1_000_000])
    many = " ".join(f"a{i}='{i}'" for i in range(rng.choice([100, 20_000])))
    return html_page(f"<div title='{attr}' {many}><p>{prose(rng, 2)}</p></div>").encode()


def html_empty(rng: random.Random) -> bytes:
    return rng.choice(
        [
            b"<html></html>",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            b"<",
            b"<html><head><title>" + b"t" * 10_000 + b"</title></head></html>",
            b"<p></p>" * 10_000,
            b"<body>" + b"<br>" * 50_000 + b"</body>",
        ]
    )


def rss(rng: random.Random) -> str:
    items = "".join(
        f"<item><title>{words(rng, 6)}</title><description><![CDATA[<p>{prose(rng, 1)}</p>]]>"
        f"</description><pubDate>Mon, 0{rng.randint(1, 9)} Nov 2021 10:00:00 GMT</pubDate></item>"
        for _ in range(rng.randint(0, 20))
    )
    if rng.random() < 0.5:
        head = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">'
        return f"{head}<channel><title>Wire</title>{items}</channel></rss>"
    entries = items.replace("<item>", "<entry>").replace("</item>", "</entry>")
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>{entries}</feed>'


def html_feed(rng: random.Random) -> bytes:
    return rss(rng).encode()


# ---------------------------------------------------------------- JSON


def record(rng: random.Random, number: int) -> dict:
    item: dict = {"id": f"h-{number}", "text": prose(rng, rng.randint(1, 3))}
    if rng.random() < 0.5:
        item["published"] = rng.choice(["2021-11-01", "2021-11-01T10:00:00Z", "1900-01-01", "0001-01-01", "9999-12-31"])
    return item


def json_value_bad(rng: random.Random) -> str:
    return rng.choice(
        [
            "NaN",
            "Infinity",
            "-Infinity",
            "1e999",
            "-1e999",
            "9" * rng.choice([101, 4301, 20_000]),
            '"\\ud800"',
            '"\\udfff\\ud800"',
            '"\\x41"',
            '"\\u00"',
            "01",
            "+1",
            ".5",
            "1.",
            "0x10",
            "true1",
            "nul",
            '"tab\tinside"',
            '"nl\ninside"',
            "[1,]",
            "{,}",
            "'single'",
            "undefined",
            "[" * 100 + "]" * 100,
            '{"a":' * 100 + "1" + "}" * 100,
            '"\\u0000"',
            "1e-999999",
        ]
    )


def json_wrong_types(rng: random.Random) -> dict:
    values = [
        None,
        True,
        1,
        -1,
        1.5,
        10**30,
        [],
        {},
        [1, 2],
        {"a": 1},
        "",
        " ",
        "\u0000",
        "x" * 10_000,
        "2021-13-45",
        "<script>alert(1)</script>",
        '=HYPERLINK("http://x")',
        "../../etc/passwd",
    ]
    item = {"id": rng.choice(values), "text": rng.choice(values + ["Gunmen killed five people in Kano on Monday."])}
    for key in rng.sample(["title", "url", "source", "published", "language", "html", "extra", "id", "text"], 4):
        item[key] = rng.choice(values)
    return item


def json_file(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.25:
        depth = rng.choice([10, 63, 64, 65, 1000, 100_000])
        text = "[" * depth + json.dumps(record(rng, 0)) + "]" * depth
    elif roll < 0.5:
        raw = json.dumps(record(rng, 0))
        text = raw[:-1] + f', "odd": {json_value_bad(rng)}}}'
    elif roll < 0.7:
        text = json.dumps(
            [record(rng, n) if rng.random() < 0.5 else json_wrong_types(rng) for n in range(rng.randint(0, 10))]
        )
    elif roll < 0.85:
        text = json.dumps(json_wrong_types(rng))
    else:
        text = json.dumps(record(rng, 0))
        text = text[: rng.randrange(len(text) + 1)]
    return encode(rng, text) if rng.random() < 0.2 else text.encode()


def jsonl_file(rng: random.Random) -> bytes:
    lines = []
    for number in range(rng.randint(1, 20)):
        roll = rng.random()
        if roll < 0.4:
            lines.append(json.dumps(record(rng, number), ensure_ascii=rng.random() < 0.5))
        elif roll < 0.6:
            raw = json.dumps(record(rng, number))
            lines.append(raw[:-1] + f', "odd": {json_value_bad(rng)}}}')
        elif roll < 0.75:
            lines.append(json.dumps(json_wrong_types(rng)))
        elif roll < 0.8:
            lines.append(rng.choice(["", " ", "\r", "[]", "null", "1", '"x"', "{", "}", "\x00", "\ufeff{}"]))
        elif roll < 0.85:
            lines.append(json.dumps({"id": f"h-html-{number}", "html": html_scripted(rng).decode()}))
        elif roll < 0.9:
            lines.append(json.dumps({"id": f"h-deep-{number}", "text": "x", "extra": [[[[[[[[[[[[]]]]]]]]]]]]}))
        else:
            lines.append(sprinkle(rng, json.dumps(record(rng, number)), rng.randint(1, 5)))
    text = rng.choice(["\n", "\r\n", "\r", "\n\n"]).join(lines)
    return encode(rng, text) if rng.random() < 0.15 else text.encode("utf-8", errors="surrogatepass")


# ---------------------------------------------------------------- WARC


def warc(rng: random.Random, gz: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for number in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.3:
            payload, content_type = (
                html_scripted(rng),
                rng.choice(["text/html", "text/html; charset=utf-16", "text/html; charset=x"]),
            )
        elif kind < 0.45:
            payload, content_type = text_encoded(rng), rng.choice(["text/plain", "text/plain; charset=koi8-r"])
        elif kind < 0.6:
            payload, content_type = (
                html_feed(rng),
                rng.choice(["application/rss+xml", "application/atom+xml", "text/xml"]),
            )
        elif kind < 0.7:
            payload, content_type = rng.randbytes(rng.randint(0, 3000)), rng.choice(["image/png", "text/html", ""])
        elif kind < 0.8:
            payload, content_type = html_nested(rng), "text/html"
        else:
            payload = html_page(f"<article><p>{prose(rng, 3)}</p></article>").encode()
            content_type = "text/html; charset=utf-8"
        headers = [("Content-Type", content_type)] if content_type else []
        if rng.random() < 0.1:
            headers.append(("X-Odd", "v" * rng.choice([100, 70_000])))
        http = StatusAndHeaders(
            rng.choice(["200 OK", "404 Not Found", "301 Moved", "999 ?"]), headers, protocol="HTTP/1.1"
        )
        uri = rng.choice(
            [
                f"http://example.org/{number}",
                "javascript:alert(1)",
                "",
                "http://[::1",
                "file:///etc/passwd",
                f"http://example.org/{'a' * 5000}",
                "http://例え.jp/記事",
            ]
        )
        writer.write_record(
            writer.create_warc_record(
                uri,
                rng.choice(["response", "response", "resource", "request", "metadata", "revisit"]),
                payload=io.BytesIO(payload),
                http_headers=http,
            )
        )
    return buffer.getvalue()


def warc_damaged(rng: random.Random, gz: bool) -> bytes:
    data = bytearray(warc(rng, gz))
    roll = rng.random()
    if roll < 0.3 and data:
        return bytes(data[: rng.randrange(len(data))])
    if roll < 0.6:
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if roll < 0.8:
        text = bytes(data) if not gz else gzip.decompress(bytes(data))
        text = text.replace(
            b"Content-Length: ",
            rng.choice(
                [b"Content-Length: 9", b"Content-Length: -", b"Content-Length: x", b"Content-Length: 99999999999"]
            ),
            1,
        )
        return gzip.compress(text) if gz else text
    return bytes(data) + rng.randbytes(rng.randint(1, 2000))


@cache
def gzip_bomb(zeros: bool, megabytes: int) -> bytes:
    level = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20) if zeros else b"WARC/1.0\r\n" + b"A" * (1 << 20)
    return b"".join([*(level.compress(chunk) for _ in range(megabytes)), level.flush()])


def warc_gz_odd(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.25:  # a bomb: a small file of many MB once decompressed
        return gzip_bomb(rng.random() < 0.5, rng.choice([20, 100, 300]))
    if roll < 0.5:
        return rng.randbytes(rng.randint(0, 5000))
    if roll < 0.75:
        return warc(rng, gz=False)  # not compressed at all
    return warc(rng, gz=True) + rng.randbytes(50) + warc(rng, gz=True)


# ---------------------------------------------------------------- the families

Generator = Callable[[random.Random], bytes]
FAMILIES: list[tuple[str, str, Generator, int]] = [  # (name, suffix, generator, weight)
    ("random bytes", ".txt", text_random_bytes, 4),
    ("encodings", ".txt", text_encoded, 10),
    ("broken utf-8", ".txt", text_broken_utf8, 5),
    ("tiny", ".txt", text_tiny, 3),
    ("long text", ".txt", text_long, 1),
    ("many lines", ".txt", text_many_lines, 1),
    ("regex bait", ".txt", text_regex_bait, 3),
    ("numbers", ".txt", text_numbers, 4),
    ("nesting", ".html", html_nested, 4),
    ("script/svg", ".html", html_scripted, 6),
    ("tag soup", ".html", html_soup, 8),
    ("entities", ".html", html_entities, 3),
    ("charset lies", ".htm", html_charset_lie, 5),
    ("xml bomb", ".html", html_xml_bomb, 2),
    ("big attributes", ".html", html_big_attributes, 1),
    ("empty pages", ".html", html_empty, 2),
    ("feed as page", ".html", html_feed, 2),
    ("feed file", ".xml", html_feed, 1),
    ("feed file", ".rss", html_feed, 1),
    ("json", ".json", json_file, 10),
    ("jsonl", ".jsonl", jsonl_file, 8),
    ("warc", ".warc", lambda rng: warc(rng, False), 3),
    ("warc.gz", ".warc.gz", lambda rng: warc(rng, True), 3),
    ("damaged warc", ".warc", lambda rng: warc_damaged(rng, False), 3),
    ("damaged warc.gz", ".warc.gz", lambda rng: warc_damaged(rng, True), 3),
    ("odd gzip", ".warc.gz", warc_gz_odd, 2),
]
ODD_NAMES = [
    "with space",
    "new\nline",
    "tab\there",
    "-dash",
    "colon:name",
    "ünïcödé",
    "quote'\"",
    "semi;rm -rf",
    "%00null",
    "emoji💣",
    "back\\slash",
    "..dots",
    "x" * 200,
]


def generate(seed: int, number: int) -> tuple[str, str, bytes]:
    """(family, file name, content) of input ``number``: the same for the same seed and number."""
    rng = random.Random(f"{seed}-{number}")
    family, suffix, make, _ = rng.choices(FAMILIES, weights=[f[3] for f in FAMILIES])[0]
    stem = f"{number:05d}" + (f"-{rng.choice(ODD_NAMES)}" if rng.random() < 0.03 else "")
    return family, stem + suffix, make(rng)


# ---------------------------------------------------------------- feeds served over HTTP (ingest --feed)


@dataclass
class Served:
    """One hostile feed on a local web server: ``path`` answered with ``body``; ``also`` are more paths
    the case needs (its pages, its sitemaps); ``never`` are paths a safe reader never asks for (the
    targets of external entities); ``secret`` is text that must never reach the ledger."""

    name: str
    path: str
    body: bytes
    content_type: str = "application/rss+xml"
    headers: dict[str, str] = field(default_factory=dict)
    also: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path -> (content type, body)
    never: tuple[str, ...] = ()
    secret: str | None = None


RSS_HEAD = '<?xml version="1.0" encoding="utf-8"?>'
SECRET_FILE_TEXT = "root:x:0:0"  # what /etc/passwd starts with


def rss_of(links: list[str], title: str = "Wire", extra: str = "", head: str = RSS_HEAD) -> str:
    items = "".join(f"<item><title>Attack {n}</title><link>{link}</link>"
                    f"<pubDate>Mon, 01 Nov 2021 10:00:00 GMT</pubDate></item>" for n, link in enumerate(links))
    return f'{head}<rss version="2.0"><channel><title>{title}</title>{extra}{items}</channel></rss>'


def article_page(number: int) -> bytes:
    return (f"<html><head><title>Attack {number}</title></head><body><article><h1>Attack {number}</h1>"
            f"<p>Gunmen attacked a market in Maiduguri on Friday, killing {number + 2} traders, police said. "
            f"The attackers fled on motorcycles, a witness said.</p></article></body></html>").encode()


def gzip_of_zeros(megabytes: int, layers: int = 1) -> bytes:
    body = gzip_bomb(True, megabytes)
    for _ in range(layers - 1):
        body = gzip.compress(body, 9)
    return body


def laughs(levels: int = 10) -> str:
    """The "billion laughs" entities: each one ten of the one before."""
    return "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, levels))


def served_feeds(base: str) -> list[Served]:
    """The hostile feeds, their links pointing at ``base`` (the server's own address)."""
    page = f"{base}/news/1.html"
    pages = {f"/news/{n}.html": ("text/html; charset=utf-8", article_page(n)) for n in range(1, 4)}
    links = [f"{base}/news/{n}.html" for n in range(1, 4)]
    dtd = f'<!DOCTYPE rss [<!ENTITY l0 "lol">{laughs()}]>'
    urlset = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
    index = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</sitemapindex>'
    cases = [
        Served("plain rss (control)", "/plain.xml", rss_of(links).encode(), also=pages),
        Served("billion laughs, rss", "/laughs.xml", rss_of([page], "&l9;", head=RSS_HEAD + dtd).encode(), also=pages),
        Served("billion laughs, sitemap", "/laughs-sitemap.xml", (
            f'{RSS_HEAD}<!DOCTYPE urlset [<!ENTITY l0 "lol">{laughs()}]>'
            + urlset.format(f"<url><loc>{page}?&l9;</loc></url>")).encode(), "application/xml", also=pages),
        Served("quadratic blowup", "/quadratic.xml", rss_of(
            [page], "&a;" * 20_000, head=f'{RSS_HEAD}<!DOCTYPE rss [<!ENTITY a "{"x" * 50_000}">]>').encode()),
        Served("external entity, file", "/xxe-file.xml", rss_of(
            [page], "&x;", head=f'{RSS_HEAD}<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>').encode(),
            also=pages, secret=SECRET_FILE_TEXT),
        Served("external entity, http", "/xxe-http.xml", rss_of(
            [page], "&x;", head=f'{RSS_HEAD}<!DOCTYPE rss [<!ENTITY x SYSTEM "{base}/secret.txt">]>').encode(),
            also={**pages, "/secret.txt": ("text/plain", b"SECRET-HTTP-ENTITY")}, never=("/secret.txt",),
            secret="SECRET-HTTP-ENTITY"),
        Served("external dtd", "/xxe-dtd.xml", rss_of(
            [page], "&x;", head=f'{RSS_HEAD}<!DOCTYPE rss SYSTEM "{base}/evil.dtd">').encode(),
            also={**pages, "/evil.dtd": ("application/xml-dtd", b'<!ENTITY x "SECRET-DTD">')}, never=("/evil.dtd",),
            secret="SECRET-DTD"),
        Served("parameter entity", "/xxe-param.xml", rss_of([page], head=(
            f'{RSS_HEAD}<!DOCTYPE rss [<!ENTITY % p SYSTEM "{base}/param.dtd"> %p;]>')).encode(),
            also={**pages, "/param.dtd": ("application/xml-dtd", b"<!ENTITY x 'SECRET-PARAM'>")},
            never=("/param.dtd",)),
        Served("xinclude", "/xinclude.xml", rss_of([page], extra=(
            '<description xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" '
            'parse="text"/></description>')).encode(), also=pages, secret=SECRET_FILE_TEXT),
        Served("49 MB feed", "/big.xml", rss_of(links, extra=f"<description>{'lorem ipsum ' * 4_100_000}"
                                                              "</description>").encode(), also=pages),
        Served("60 MB feed", "/huge.xml", rss_of(links, extra=f"<description>{'x' * 60_000_000}</description>"
                                                 ).encode(), also=pages),
        Served("gzip bomb, content-encoding", "/bomb-ce.xml", gzip_of_zeros(300), headers={"Content-Encoding": "gzip"}),
        Served("gzip bomb, two layers", "/bomb-2.xml", gzip_of_zeros(1000, layers=2),
               headers={"Content-Encoding": "gzip, gzip"}),
        Served("gzip bomb, sitemap.xml.gz", "/bomb-sitemap.xml.gz", gzip_of_zeros(300), "application/x-gzip"),
        Served("broken gzip", "/broken-gzip.xml", gzip.compress(rss_of(links).encode())[:-40],
               headers={"Content-Encoding": "gzip"}, also=pages),
        Served("utf-8 declared utf-16", "/utf16-lie.xml", rss_of(
            links, "Café – “wire”", head='<?xml version="1.0" encoding="utf-16"?>').encode(), also=pages),
        Served("utf-16 labelled utf-8", "/utf16.xml", rss_of(links, "Café – “wire”", head='<?xml version="1.0"?>'
                                                             ).encode("utf-16"), "application/rss+xml; charset=utf-8",
               also=pages),
        Served("cp1252 labelled utf-8", "/cp1252.xml", rss_of(links, "Café – “wire”").encode("cp1252"),
               "application/rss+xml; charset=utf-8", also=pages),
        Served("unknown charset", "/bogus-charset.xml", rss_of(links, head='<?xml version="1.0" encoding="x-bogus"?>'
                                                               ).encode(), "text/xml; charset=x-bogus", also=pages),
        Served("invalid utf-8 and nul", "/nul.xml", rss_of(links, "wire").encode().replace(
            b"wire", b"w\x00i\xffr\xc3e"), also=pages),
        Served("deep nesting", "/deep.xml", rss_of(links, extra="<a>" * 100_000 + "</a>" * 100_000).encode(),
               also=pages),
        Served("many items, one page", "/many.xml", rss_of([page] * 50_000).encode(), also=pages),
        Served("hostile links", "/links.xml", rss_of([
            "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
            "mailto:a@b.c", "//evil.invalid/x", "http://[::1", "http://a b/", "../../../../etc/passwd",
            "http://127.0.0.1:1/closed", base + "/" + "a" * 100_000, "\x00", " ", base + "/news/1.html#frag",
        ]).encode(), also=pages),
        Served("sitemap index loop", "/loop-index.xml", index.format(
            f"<sitemap><loc>{base}/loop-index.xml</loc></sitemap><sitemap><loc>{base}/loop-index-b.xml</loc>"
            "</sitemap>").encode(), "application/xml", also={"/loop-index-b.xml": ("application/xml", index.format(
                f"<sitemap><loc>{base}/loop-index.xml</loc></sitemap>").encode())}),
        Served("sitemap index chain", "/chain-0.xml", index.format(f"<sitemap><loc>{base}/chain-1.xml</loc></sitemap>"
                                                                   ).encode(), "application/xml",
               also={f"/chain-{n}.xml": ("application/xml", index.format(
                   f"<sitemap><loc>{base}/chain-{n + 1}.xml</loc></sitemap>").encode()) for n in range(1, 30)},
               never=("/chain-5.xml",)),
        Served("not xml: html", "/page.xml", article_page(9), "text/html"),
        Served("not xml: json", "/feed.json", b'{"items": [1, 2, NaN]}', "application/json"),
        Served("empty body", "/empty.xml", b""),
        Served("binary", "/binary.xml", bytes(range(256)) * 100, "application/octet-stream"),
        Served("feed served as an image", "/image.xml", rss_of(links).encode(), "image/png", also=pages),
        Served("svg script in the pages", "/svg.xml", rss_of([f"{base}/svg/{n}.html" for n in range(3)]).encode(),
               also={f"/svg/{n}.html": ("text/html", b"<html><body><svg><script>alert(1)</script></svg>"
                                        + article_page(n)[6:]) for n in range(3)}),
    ]
    return cases


# a feeds file (`watch FILE`, `ingest --feeds FILE`) as a careless user gives one: name -> content or a path
BAD_FEEDS_FILES: dict[str, bytes | str] = {
    "missing": "/nonexistent/feeds.txt",
    "a folder": "/tmp",
    "/dev/zero": "/dev/zero",
    "/dev/urandom": "/dev/urandom",
    "binary": bytes(range(256)) * 40,
    "utf-16": "http://127.0.0.1:1/a.xml\n".encode("utf-16"),
    "5 MB of one line": b"http://x.invalid/" + b"a" * 5_000_000,
    "not urls": b"not a url\njavascript:alert(1)\nftp://x/y\nhttp://\nhttp://[::1\nfile:///etc/passwd\n\x00\n",
    "comments only": b"# nothing\n\n   \n#http://x.invalid/feed\n",
    "10k closed ports": b"".join(b"http://127.0.0.1:1/feed-%d.xml\n" % n for n in range(10_000)),
}
