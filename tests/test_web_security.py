"""Hostile article text (script tags, event handlers, javascript: URLs in every field) stays inert: the
served HTML escapes it, the JSON carries it as data, and the headers forbid inline script."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from eventledger.web.security import safe_url
from tests.web_fixtures import PAYLOADS, XSS_ACTOR, XSS_SCRIPT, XSS_URL, build_ledger, live_server

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "web" / "templates"
PAGES = ["/", "/events/ev-xss", "/documents/xss-5", "/actors/xss-actor", "/actors", "/docs", "/events/ev-kunduz",
         "/actors/iskp", "/documents/kdz-wire-1"]


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("security") / "ledger.db")
    build_ledger(db)
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_handlers_or_javascript_links(client, path):
    response = client.get(path)
    assert response.status_code == 200
    page = parse(response.text)
    assert page.script_text == [], "no inline <script> and no data inside <script> blocks"
    for tag, attrs in page.tags:
        assert tag not in ("img", "svg", "iframe", "object", "embed"), f"{tag} injected"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith("javascript:"), f"{name}={value}"
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), "scripts come from the package only"


@pytest.mark.parametrize("path", ["/events/ev-xss", "/documents/xss-5", "/actors/xss-actor"])
def test_hostile_text_is_shown_escaped(client, path):
    html = client.get(path).text
    for payload in PAYLOADS:
        assert payload not in html
    assert "&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;" in html or "&lt;svg" in html


def test_every_hostile_field_of_the_document_page_is_escaped(client):
    html = client.get("/documents/xss-5").text
    # title, outlet, clean text, quote, speaker, claim chain, removed boilerplate
    assert html.count("&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;") >= 5
    assert "&lt;img src=x onerror=alert(&#39;xss-img&#39;)&gt;" in html
    assert "onmouseover=&#34;alert" in html  # the quote-breaking payload keeps its quotes escaped
    assert "javascript:alert" in html  # shown as text ...
    assert 'href="javascript' not in html.lower()  # ... never as a link


def test_dossier_shows_hostile_event_escaped(client):
    html = client.get("/events/ev-xss").text
    assert "Notes &lt;script&gt;" in html
    assert "Evil Outlet &lt;img src=x onerror=" in html
    assert "residents &lt;img" in html  # attributed_to
    page = parse(html)
    [event_map] = [a for t, a in page.tags if a.get("id") == "event-map"]
    assert event_map["data-label"] == "Kano <img src=x onerror=alert('xss-img')>"  # data, as an attribute value


def test_api_json_carries_hostile_text_as_plain_data(client):
    event = client.get("/api/events/ev-xss")
    assert event.headers["content-type"] == "application/json"
    assert event.json()["actor1"] == XSS_ACTOR
    assert event.json()["notes"].startswith(f"Notes {XSS_SCRIPT}")
    document = client.get("/api/documents/xss-5").json()
    assert document["url"] == XSS_URL and document["title"].endswith(XSS_SCRIPT)
    actor = client.get("/api/actors/xss-actor").json()
    assert actor["name"] == XSS_ACTOR and XSS_SCRIPT in actor["aliases"]


@pytest.mark.parametrize("path", ["/", "/api/events", "/events/ev-xss", "/static/js/events.js", "/nope", "/api/nope"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert script_src.strip() == "'self'"
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"


def test_html_error_page_escapes_the_path(client):
    response = client.get("/events/%3Cscript%3Ealert(1)%3C%5Cscript%3E")
    assert response.status_code == 404
    assert "<script>alert(1)" not in response.text
    assert "no such event: &lt;script&gt;alert(1)" in response.text


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_have_no_inline_script_or_handlers(template):
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler"
    assert "| safe" not in text and "|safe" not in text and "autoescape false" not in text
    assert "http://" not in text and "https://" not in text, "no CDN or remote asset"


def test_static_javascript_never_writes_html_strings():
    js_dir = TEMPLATES.parent / "static" / "js"
    for path in js_dir.glob("*.js"):
        text = path.read_text(encoding="utf-8")
        assert "innerHTML" not in text and "outerHTML" not in text and "insertAdjacentHTML" not in text, path.name
        assert "document.write" not in text and "eval(" not in text, path.name


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https://exa\nmple.org", None),
        (None, None),
        ("", None),
    ],
)
def test_safe_url_keeps_only_http_links(url, expected):
    assert safe_url(url) == expected
