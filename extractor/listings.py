"""Feeds and sitemaps -> the article URLs they list, narrowed by date and pattern.

The documents are fetched by the project's Fetcher (robots.txt, politeness, size and time limits, address checks),
never by trafilatura's own downloader; trafilatura's `feeds` and `sitemaps` modules then read the links out of
them and courlan cleans and filters them (same site only, no navigation or media links). The dates a feed or a
sitemap gives its entries (pubDate, published, updated, lastmod, news:publication_date) are read here, with lxml,
since trafilatura keeps only the links.
"""

from __future__ import annotations

import email.utils
import gzip
import io
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

import courlan
from lxml import etree
from trafilatura.feeds import FeedParameters, determine_feed, extract_links, is_potential_feed
from trafilatura.settings import MAX_FEEDS_CHECKED
from trafilatura.sitemaps import SitemapObject, is_plausible_sitemap

from extractor.errors import ExtractorError, SourceError
from extractor.records import Failure, Page

log = logging.getLogger(__name__)

Kind = Literal["feed", "sitemap"]
ListingFetcher = Callable[[str], Page]
# Sitemaps read from one --sitemap argument, index and children together: a news site's index holds a sitemap
# per day or month (a few thousand over a decade); beyond that it is more likely a loop of generated sitemaps.
MAX_SITEMAPS = 5000
# Elements of a feed or sitemap that stand for one listed page or sitemap, and those of their children (or
# grandchildren, as news:publication_date) that date it, by local name, in order of preference.
ENTRY_TAGS = frozenset({"url", "sitemap", "item", "entry"})
DATE_TAGS = ("publication_date", "published", "pubDate", "date", "lastmod", "updated", "issued", "modified")
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Listing:
    """A feed or a sitemap (or sitemap index) to read article URLs from."""

    kind: Kind
    url: str


@dataclass(frozen=True)
class Narrowing:
    """What to keep of the listed URLs: entries dated on or after `since` (undated ones are kept), URLs matching
    the regular expression `match` (searched anywhere in the URL)."""

    since: date | None = None
    match: re.Pattern[str] | None = None

    def keeps(self, url: str, when: date | None) -> bool:
        """True when the URL and the date its listing gives it pass both conditions."""
        if self.since is not None and when is not None and when < self.since:
            return False
        return self.match is None or self.match.search(url) is not None


@dataclass
class Discovery:
    """What the listings gave: article URLs in listing order (each once), failures of the listings that could not
    be read, the listing documents read, and how many listed URLs the narrowing left out."""

    urls: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    left_out: int = 0

    def add(self, urls: Iterable[str]) -> None:
        """Append the URLs not listed yet."""
        seen = set(self.urls)
        for url in urls:
            if url not in seen:
                seen.add(url)
                self.urls.append(url)


def parse_since(value: str) -> date:
    """A --since value (YYYY-MM-DD) as a date; raise SourceError naming the value."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise SourceError(value, "not a date", "give --since as YYYY-MM-DD, e.g. 2023-01-31") from None


def parse_match(value: str) -> re.Pattern[str]:
    """A --match value as a regular expression; raise SourceError naming the value and the error."""
    try:
        return re.compile(value)
    except re.error as exc:
        raise SourceError(value, f"not a regular expression ({exc})",
                          "give --match a pattern such as 'smart-city|kota-cerdas'") from None


def discover(listings: Sequence[Listing], fetch: ListingFetcher, narrowing: Narrowing | None = None,
             max_bytes: int | None = None) -> Discovery:
    """Read every listing through `fetch` (the Fetcher's `fetch_listing`) and gather the article URLs they list; a
    listing that cannot be fetched or read becomes a failure naming it and the reason, and the others go on."""
    found, narrowing = Discovery(), narrowing or Narrowing()
    for listing in listings:
        try:
            if listing.kind == "feed":
                _read_feed(listing.url, fetch, narrowing, max_bytes, found)
            else:
                _read_sitemaps(listing.url, fetch, narrowing, max_bytes, found)
        except ExtractorError as exc:
            found.failures.append(Failure(listing.url, exc.stage, exc.reason))
    return found


def _read_feed(url: str, fetch: ListingFetcher, narrowing: Narrowing, max_bytes: int | None,
               found: Discovery) -> None:
    """The articles of an RSS, Atom or JSON feed; given a web page instead, those of the feeds it links to."""
    raw, text, final = _fetch_text(url, fetch, max_bytes)
    found.read.append(url)
    params = _feed_parameters(final)
    if is_potential_feed(text.lstrip()) or text.lstrip().startswith("{"):
        documents = [(final, raw, text)]
    else:  # a home or section page: trafilatura finds the feeds it announces (<link rel="alternate">)
        feeds = determine_feed(text, params)[:MAX_FEEDS_CHECKED]
        if not feeds:
            raise SourceError(url, "not an RSS, Atom or JSON feed, and the page links to none",
                              "give the address of the site's feed (often /feed, /rss or /rss.xml)")
        documents = []
        for feed in feeds:
            feed_raw, feed_text, feed_final = _fetch_text(feed, fetch, max_bytes)
            found.read.append(feed)
            documents.append((feed_final, feed_raw, feed_text))
    links: list[str] = []
    dates: dict[str, date] = {}
    for base, body, body_text in documents:
        links += extract_links(body_text, _feed_parameters(base))
        dates.update(_entry_dates(body, base))
    if not links:
        raise SourceError(url, "the feed lists no article links on its own site", "check the feed in a browser")
    _keep(links, dates, narrowing, found)


def _feed_parameters(url: str) -> FeedParameters:
    domain, base = courlan.get_hostinfo(url)
    # no language filter: Indonesian outlets rarely mark it in URLs; the parser checks the language of each text
    return FeedParameters(base, domain or "", url, external=False, target_lang=None)


def _read_sitemaps(url: str, fetch: ListingFetcher, narrowing: Narrowing, max_bytes: int | None,
                   found: Discovery) -> None:
    """The pages of a sitemap, or of every sitemap of a sitemap index (and of indexes within it)."""
    domain, base = courlan.get_hostinfo(url)
    queue, seen = [url], set[str]()
    listed = old = 0
    while queue and len(seen) < MAX_SITEMAPS:
        current = queue.pop(0)
        seen.add(current)
        try:
            raw, text, final = _fetch_text(current, fetch, max_bytes)
        except ExtractorError as exc:
            if current == url:
                raise
            found.failures.append(Failure(current, exc.stage, exc.reason))  # one broken child, the others go on
            continue
        if not is_plausible_sitemap(final, text):
            if current == url:
                raise SourceError(url, "not an XML or text sitemap", "give the address of the site's sitemap "
                                  "(often named in its robots.txt, or /sitemap.xml)")
            found.failures.append(Failure(current, SourceError.stage, "not an XML or text sitemap"))
            continue
        found.read.append(current)
        sitemap = SitemapObject(base, domain or "", [], target_lang=None, external=False)
        sitemap.current_url, sitemap.content = final, text
        sitemap.process()
        dates = _entry_dates(raw, final)
        for child in sitemap.sitemap_urls:
            if child in seen or child in queue:
                continue
            when = dates.get(_key(child))
            if narrowing.since is not None and when is not None and when < narrowing.since:
                old += 1  # last changed before --since, so it lists nothing newer: not fetched at all
                log.debug("%s last changed on %s, before --since: not read", child, when)
            else:
                queue.append(child)
        listed += len(sitemap.urls)
        _keep(sitemap.urls, dates, narrowing, found)
    if not listed and not old:
        raise SourceError(url, "the sitemap lists no pages on its own site", "check the sitemap in a browser")


def _keep(links: Iterable[str], dates: dict[str, date], narrowing: Narrowing, found: Discovery) -> None:
    kept = []
    for link in links:
        if narrowing.keeps(link, dates.get(_key(link))):
            kept.append(link)
        else:
            found.left_out += 1
    found.add(kept)


def _fetch_text(url: str, fetch: ListingFetcher, max_bytes: int | None) -> tuple[bytes, str, str]:
    """(raw bytes, text, final URL) of a listing document; gzip (sitemap.xml.gz) is unpacked within max_bytes."""
    page = fetch(url)
    raw = page.html or b""
    if raw.startswith(GZIP_MAGIC):
        raw = _gunzip(url, raw, max_bytes)
    if not raw.strip():
        raise SourceError(url, "the listing is empty", "check the address in a browser")
    return raw, raw.decode("utf-8", errors="replace"), page.url or url


def _gunzip(url: str, raw: bytes, max_bytes: int | None) -> bytes:
    limit = max_bytes if max_bytes is not None else 10 * len(raw) + (1 << 20)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as packed:
            data = packed.read(limit + 1)  # read no further than the limit: a gzip bomb stops here
    except (OSError, EOFError) as exc:
        raise SourceError(url, f"the gzip file cannot be unpacked ({exc})", "the server sent a broken file") from None
    if len(data) > limit:
        raise SourceError(url, f"unpacked, the listing exceeds the limit of {limit} bytes",
                          "raise --max-bytes if it is genuine")
    return data


def _entry_dates(raw: bytes, base: str) -> dict[str, date]:
    """The date each entry of a feed or sitemap gives the page (or sitemap) it links to, by normalised URL."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError):
        return {}
    dates: dict[str, date] = {}
    if root is None:
        return dates
    for entry in root.iter():
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ENTRY_TAGS:
            continue
        link, when = _entry_link(entry), _entry_date(entry)
        if link and when:
            dates[_key(courlan.fix_relative_urls(base, link))] = when
    return dates


def _entry_link(entry: etree._Element) -> str | None:
    for child in entry:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "loc" and child.text:
            return child.text.strip()
        if name == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                return href.strip()
            if child.text and child.text.strip():
                return child.text.strip()
    return None


def _entry_date(entry: etree._Element) -> date | None:
    found: dict[str, date] = {}
    for element in entry.iter():
        if isinstance(element.tag, str) and element.text:
            name = etree.QName(element).localname
            if name in DATE_TAGS and name not in found and (when := _date(element.text)):
                found[name] = when
    return next((found[name] for name in DATE_TAGS if name in found), None)


def _date(text: str) -> date | None:
    """An ISO 8601 (W3C, Atom, sitemaps) or RFC 822 (RSS) date."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _key(url: str) -> str:
    try:
        return courlan.normalize_url(url)
    except (ValueError, AttributeError):
        return url
