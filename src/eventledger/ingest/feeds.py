"""RSS 2.0, RSS 1.0 (RDF), Atom and sitemap documents to the list of pages they link to.

The XML is untrusted: it is parsed with entity expansion, DTD loading and network access off, and a
document that declares entities is refused outright (as defusedxml does): that is how "billion laughs"
and external-entity (XXE) attacks begin, and no real feed needs one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

from lxml import etree

from eventledger.ingest.charset import decode_response
from eventledger.ingest.dates import normalise_published
from eventledger.ingest.decode import DecodeFailure

_ATOM_ALTERNATE = ("", "alternate")


@dataclass(frozen=True)
class FeedItem:
    """One page a feed lists, with what the feed says about it."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass
class Feed:
    kind: str  # rss, rdf, atom, sitemap, sitemapindex
    title: str | None = None
    items: list[FeedItem] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # a sitemap index's sitemaps, to be read in turn


class FeedError(Exception):
    """Not a feed this module reads (an E024 rejection); ``detail`` says why."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _parser() -> etree.XMLParser:
    # the text is decoded first (see charset.py) and handed over as UTF-8, whatever the declaration says;
    # recover: real feeds carry stray "&" and unclosed tags, and what can be read of them is kept
    return etree.XMLParser(
        encoding="utf-8", resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, recover=True, remove_comments=True, remove_pis=True,
    )


def parse_feed(body: bytes, content_type: str | None, base_url: str) -> Feed:
    """The pages ``body`` lists, their links made absolute against ``base_url`` (the feed's own URL)."""
    try:
        text = decode_response(body, content_type)
    except DecodeFailure as failure:
        raise FeedError(f"cannot decode it: {failure.detail or 'binary data'}") from None
    try:
        root = etree.fromstring(text.encode("utf-8"), _parser())
    except etree.XMLSyntaxError as error:
        raise FeedError(f"not XML: {error}") from None
    if root is None:
        raise FeedError("no XML element in it")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FeedError("it declares XML entities, which are refused")
    kind = _local(root)
    if kind == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise FeedError("an <rss> without a <channel>")
        return Feed("rss", _text(channel, "title"), list(_rss_items(_children(channel, "item"), base_url)))
    if kind == "RDF":
        channel = _child(root, "channel")
        title = _text(channel, "title") if channel is not None else None
        return Feed("rdf", title, list(_rss_items(_children(root, "item"), base_url)))
    if kind == "feed":
        return Feed("atom", _text(root, "title"), list(_atom_items(root, base_url)))
    if kind == "urlset":
        return Feed("sitemap", None, list(_sitemap_items(root, base_url)))
    if kind == "sitemapindex":
        sitemaps = [_absolute(_text(entry, "loc"), base_url) for entry in _children(root, "sitemap")]
        return Feed("sitemapindex", None, sitemaps=[url for url in sitemaps if url])
    raise FeedError(f"its root element is <{kind}>")


def _rss_items(items: list[etree._Element], base_url: str) -> Iterator[FeedItem]:
    for item in items:
        link = _text(item, "link")
        guid = _child(item, "guid")
        if not link and guid is not None and (guid.get("isPermaLink") or "true").lower() != "false":
            link = _element_text(guid)
        url = _absolute(link, base_url)
        if url:
            published = _text(item, "pubDate") or _text(item, "date")  # dc:date in RSS 1.0
            yield FeedItem(url, _text(item, "title"), normalise_published(published))


def _atom_items(root: etree._Element, base_url: str) -> Iterator[FeedItem]:
    for entry in _children(root, "entry"):
        links = [link for link in _children(entry, "link") if (link.get("rel") or "") in _ATOM_ALTERNATE]
        links.sort(key=lambda link: "html" not in (link.get("type") or "text/html"))  # a web page first
        url = _absolute(links[0].get("href") if links else None, base_url)
        if url:
            published = _text(entry, "published") or _text(entry, "updated")
            yield FeedItem(url, _text(entry, "title"), normalise_published(published))


def _sitemap_items(root: etree._Element, base_url: str) -> Iterator[FeedItem]:
    for entry in _children(root, "url"):
        url = _absolute(_text(entry, "loc"), base_url)
        if not url:
            continue
        news = _child(entry, "news")  # Google News sitemaps give the title and the publication date
        title = _text(news, "title") if news is not None else None
        published = (_text(news, "publication_date") if news is not None else None) or _text(entry, "lastmod")
        yield FeedItem(url, title, normalise_published(published))


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    """Children by local name: feeds mix namespaces (Atom in RSS, news: in sitemaps) and often get them wrong."""
    return [child for child in element if _local(child) == name]


def _child(element: etree._Element, name: str) -> etree._Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _element_text(element: etree._Element) -> str | None:
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _text(element: etree._Element | None, name: str) -> str | None:
    if element is None:
        return None
    child = _child(element, name)
    return _element_text(child) if child is not None else None


def _absolute(link: str | None, base_url: str) -> str | None:
    """The link made absolute, without its #fragment (the same page under another anchor)."""
    if not link:
        return None
    try:
        return urldefrag(urljoin(base_url, link.strip())).url or None
    except ValueError:  # "http://[::1/x": the fetcher names it (E025)
        return link.strip()
