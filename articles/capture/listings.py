"""Item URLs from an outlet's listing: an RSS or Atom feed, a sitemap or a sitemap index.

Only bytes already fetched are read here: feedparser is given the body as a stream (given a URL
it would fetch it itself, past our fetcher's address checks, robots.txt and politeness), and
sitemaps are parsed by lxml with entities, DTDs and network access off.
"""

import gzip
import io
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import feedparser
from django.conf import settings
from lxml import etree


class ListingError(Exception):
    """A listing that cannot be read; the message names the URL and the reason."""


@dataclass
class Sitemap:
    """What one sitemap file lists: pages (a urlset) or further sitemaps (a sitemap index)."""

    urls: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def feed_item_urls(body: bytes, *, url: str, content_type: str = "") -> list[str]:
    """The links of a feed's entries, in feed order, resolved against the feed's address."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    # A feed served with a wrong media type is still a feed (feedparser flags it and reads it).
    if not parsed.entries and not parsed.version:
        reason = parsed.get("bozo_exception") or "no RSS or Atom feed found"
        raise ListingError(f"{url}: not a readable feed ({reason})")
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (item.get("href") for item in entry.get("links", []) if item.get("href")), ""
        )
        if link:
            links.append(urljoin(url, link.strip()))
    return web_urls(links)


def read_sitemap(body: bytes, *, url: str) -> Sitemap:
    """Parse one sitemap (plain or gzipped): a urlset's pages or an index's sitemaps."""
    body = _gunzip(body, url=url)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        raise ListingError(f"{url}: not a readable sitemap ({error})") from None
    if root is None:
        raise ListingError(f"{url}: an empty sitemap")
    kind = etree.QName(root).localname
    if kind == "urlset":
        return Sitemap(urls=web_urls(_locs(root, "url", url)))
    if kind == "sitemapindex":
        return Sitemap(sitemaps=web_urls(_locs(root, "sitemap", url)))
    raise ListingError(f"{url}: not a sitemap (its root element is <{kind}>)")


def _locs(root, element: str, base: str) -> list[str]:
    # News and image sitemaps add their own namespaces beside <loc>; the page is still <loc>.
    return [
        urljoin(base, loc.text.strip())
        for loc in root.iterfind(f"{{*}}{element}/{{*}}loc")
        if loc.text and loc.text.strip()
    ]


def _gunzip(body: bytes, *, url: str) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    limit = settings.ARCHIVE_CAPTURE_MAX_BYTES
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise ListingError(f"{url}: a broken gzip file ({error})") from None
    if len(data) > limit:
        raise ListingError(f"{url}: larger than {limit:,} bytes once unpacked")
    return data


def web_urls(urls: list[str]) -> list[str]:
    """http(s) URLs only, each once, in order."""
    seen = {}
    for candidate in urls:
        if urlsplit(candidate).scheme in ("http", "https") and len(candidate) <= 2000:
            seen.setdefault(candidate, None)
    return list(seen)
