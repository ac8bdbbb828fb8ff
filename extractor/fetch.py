"""HTTP with politeness and an on-disk cache -> Page.

The fetcher honours robots.txt, waits between requests to one host, retries transient failures with
exponential backoff, bounds redirects, body size (decoded, so gzip bombs stop too) and download time, accepts
only HTML, refuses hosts that resolve to private or loopback addresses (checked on every redirect), and keeps
successful pages on disk so that a rerun does not touch the network again.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import logging
import math
import os
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urldefrag, urljoin, urlsplit

import courlan
import requests
import urllib3
from protego import Protego

from extractor.connect import Guard, GuardedAdapter, pin
from extractor.errors import FetchError
from extractor.records import Page
from extractor.settings import Settings

logger = logging.getLogger(__name__)

# 64 KiB: large enough that a 500 KB news page takes a handful of reads, small enough that the size limit
# stops a runaway download within one chunk of max_bytes.
CHUNK_SIZE = 64 * 1024
# RFC 9309 (section 2.5) lets crawlers ignore robots.txt content beyond 500 KiB; Google does the same.
ROBOTS_MAX_BYTES = 500 * 1024
# Retry-After can ask for hours; waiting longer than a minute inside one fetch stalls a whole run, so larger
# values are capped here (the request still retries, at most settings.retries times).
MAX_RETRY_AFTER = 60.0
# What a news article is served as. Anything else (PDF, images, JSON, feeds) needs another reader.
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# What feeds and sitemaps are served as, besides trafilatura's list of feed types (listing_content_types): gzip
# for sitemap.xml.gz, and HTML, since many sites send feeds as text/html (the body decides).
LISTING_EXTRA_TYPES = HTML_CONTENT_TYPES | {"application/gzip", "application/x-gzip"}
# HTTP statuses whose Location header requests follows for a GET.
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# IPv6 prefixes whose last 32 bits are an IPv4 address the packet goes to: NAT64 (RFC 6052, RFC 8215) and the
# deprecated IPv4-compatible form (::/96, of which :: and ::1 are the unspecified and loopback addresses).
TRANSLATED_IPV4 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"),
                   ipaddress.IPv6Network("::/96"))
# The cache layout version, stored in every metadata file so a future layout change can skip old entries.
CACHE_FORMAT = 1


class _Transient(Exception):
    """A failure worth retrying (429, 5xx, dropped connection), with the delay the server asked for."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class Fetcher:
    """Polite, size-bounded HTTP fetcher with robots.txt support and an on-disk cache."""

    def __init__(
        self,
        settings: Settings,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        for scheme in ("http://", "https://"):
            self.session.mount(scheme, GuardedAdapter())
        self._sleep = sleep
        self._clock = clock
        self._cache_dir = Path(settings.cache_dir)
        # robots.txt per origin (scheme://host:port, as RFC 9309 scopes it); None means "allow everything"
        self._robots: dict[str, Protego | None] = {}
        # politeness is per host: http and https of one site hit the same server
        self._last_start: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}
        # guards the bookkeeping above so that several threads may share one fetcher without bursting a host
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the underlying HTTP session."""
        self.session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Page:
        """Return the HTML page at `url`, from the cache when possible; raise FetchError on any failure."""
        return self._fetch(url, HTML_CONTENT_TYPES, cached=True)

    def fetch_listing(self, url: str) -> Page:
        """Return the feed or sitemap at `url` (its body in `html`), always fetched anew since listings change,
        with the same robots.txt, politeness, address and size checks as pages; raise FetchError."""
        return self._fetch(url, listing_content_types(), cached=False)

    def _fetch(self, url: str, accept: frozenset[str], cached: bool) -> Page:
        origin, host = _check_url(url)
        key = cache_key(url)
        if cached and (page := self._read_cache(url, key)) is not None:
            logger.debug("cache hit for %s", url)
            return page
        # before robots.txt: a refused host is not contacted at all
        self._check_address(url)
        if self.settings.respect_robots:
            self._check_robots(url, origin, host)
        final_url, status, content_type, body = self._download(url, host, accept)
        logger.info("fetched %s (%d, %d bytes)", final_url, status, len(body))
        if cached:
            self._write_cache(key, url, final_url, status, content_type, body)
        return Page(source=url, url=final_url, html=body, from_cache=False)

    # politeness

    def _wait_for_host(self, host: str) -> None:
        """Sleep until per_host_delay (or a larger robots.txt crawl delay) has passed since the last call."""
        with self._lock:
            # read here, not cached: the crawl delay becomes known only after robots.txt has been fetched
            delay = max(self.settings.per_host_delay, self._crawl_delay.get(host, 0.0))
            now = self._clock()
            last = self._last_start.get(host)
            start = now if last is None else max(now, last + delay)
            # reserving the slot before sleeping keeps concurrent callers from taking the same one
            self._last_start[host] = start
        wait = start - now
        if wait > 0:
            logger.debug("waiting %.2f s before contacting %s", wait, host)
            self._sleep(wait)

    def _check_robots(self, url: str, origin: str, host: str) -> None:
        """Raise FetchError when robots.txt of the URL's origin forbids our user agent to fetch it."""
        # not locked: two threads may both load one robots.txt, which costs a request but gives one answer
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin, host)
        robots = self._robots[origin]
        if robots is not None and not robots.can_fetch(url, self.settings.user_agent):
            raise FetchError(
                url,
                "disallowed by robots.txt",
                "the site asks crawlers to skip this page; use a saved copy or set respect_robots=False "
                "only with the site's permission",
            )

    def _load_robots(self, origin: str, host: str) -> Protego | None:
        """Download and parse robots.txt for one origin; None when it is missing or unreadable."""
        robots_url = f"{origin}/robots.txt"
        self._wait_for_host(host)
        try:
            with Guard(self._deadline()) as guard, self._get(robots_url) as response:
                status = response.status_code
                if status >= 500 or status == 429:
                    logger.warning("robots.txt at %s answered HTTP %d; allowing all", robots_url, status)
                    return None
                if status >= 400:
                    # RFC 9309 2.3.1.3: an unavailable robots.txt (4xx) means no restrictions
                    logger.debug("no robots.txt at %s (HTTP %d); allowing all", robots_url, status)
                    return None
                content = _read_limited(response, ROBOTS_MAX_BYTES, truncate=True)
                if guard.expired:  # a cut connection looks like the end of the file: this one may lack rules
                    logger.warning("robots.txt at %s took longer than the time limit; allowing all", robots_url)
                    return None
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError, _TooManyRedirects,
                FetchError) as exc:
            logger.warning("robots.txt at %s unreachable (%s); allowing all", robots_url, exc or "redirect loop")
            return None
        robots = Protego.parse(content.decode("utf-8-sig", errors="replace"))
        crawl_delay = robots.crawl_delay(self.settings.user_agent)
        if crawl_delay is not None and crawl_delay > self.settings.per_host_delay:
            logger.info("%s asks for a crawl delay of %.1f s", origin, crawl_delay)
            with self._lock:
                self._crawl_delay[host] = max(self._crawl_delay.get(host, 0.0), float(crawl_delay))
        return robots

    # network

    def _timeouts(self) -> tuple[float, float]:
        return (self.settings.connect_timeout, self.settings.read_timeout)

    def _get(self, url: str) -> requests.Response:
        """GET with streaming, following redirects one by one so every hop is checked before it is contacted, and
        connected to the addresses checked (under a Guard)."""
        for _hop in range(self.settings.max_redirects + 1):
            pin(urlsplit(url).hostname or "", self._check_address(url))
            response = self.session.get(url, timeout=self._timeouts(), stream=True, allow_redirects=False)
            location = response.headers.get("Location")
            if response.status_code not in REDIRECT_STATUSES or not location:
                return response
            response.close()
            # the fragment of the first URL is kept by browsers, but it never matters for fetching
            url = urljoin(response.url, location)
            _check_url(url)
        raise _TooManyRedirects

    def _check_address(self, url: str) -> list[str]:
        """The addresses the URL's host resolves to (none with allow_private); raise FetchError when one of them is
        not on the public internet, or when the host cannot be looked up (the request must not look again)."""
        if self.settings.allow_private:
            return []
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            addresses = _resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve {host} ({_short(exc)})",
                             "check the host name; a failing lookup is tried again on the next run") from None
        if not addresses:
            raise FetchError(url, f"cannot resolve {host} (no address)", "check the host name")
        for address in addresses:
            if not _is_public(address):
                raise FetchError(
                    url,
                    f"refused: {host} resolves to the non-public address {address}",
                    "only public web sites are fetched; pass --allow-private (allow_private=True) for a local "
                    "server you trust",
                )
        return addresses

    def _download(self, url: str, host: str, accept: frozenset[str]) -> tuple[str, int, str, bytes]:
        """Fetch the URL with retries; return (final url, status, content type, body)."""
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            try:
                return self._attempt(url, host, accept)
            except _Transient as exc:
                if attempt + 1 >= attempts:
                    raise FetchError(
                        url,
                        f"{exc.reason}, still failing after {attempts} attempts",
                        "the server or the network is having trouble; try again later",
                    ) from None
                delay = self.settings.backoff * 2**attempt
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, MAX_RETRY_AFTER))
                logger.info(
                    "%s: %s; retry %d of %d in %.1f s",
                    url,
                    exc.reason,
                    attempt + 1,
                    self.settings.retries,
                    delay,
                )
                if delay > 0:
                    self._sleep(delay)
        raise AssertionError("unreachable: the loop returns or raises")

    def _attempt(self, url: str, host: str, accept: frozenset[str]) -> tuple[str, int, str, bytes]:
        """Make one request within the time limit (connecting, headers and body); raise _Transient for failures
        worth retrying and FetchError for the rest."""
        self._wait_for_host(host)
        logger.debug("GET %s", url)
        with Guard(self._deadline()) as guard:
            try:
                result = self._request(url, accept)
            except (_Transient, FetchError):
                if guard.expired:  # the guard cut the connection: whatever broke, it was the deadline
                    raise self._too_slow(url) from None
                raise
            if guard.expired:  # a cut connection can look like the end of a body without Content-Length
                raise self._too_slow(url)
            return result

    def _too_slow(self, url: str) -> FetchError:
        return FetchError(
            url,
            f"took longer than {self.settings.time_limit:g} s to download",
            "the server sends the page very slowly or without end; raise time_limit (--time-limit) if the page "
            "is genuine",
        )

    def _request(self, url: str, accept: frozenset[str]) -> tuple[str, int, str, bytes]:
        try:
            response = self._get(url)
        except _TooManyRedirects:
            raise FetchError(
                url,
                f"too many redirects (more than {self.settings.max_redirects})",
                "the site probably redirects in a loop; open the URL in a browser to check",
            ) from None
        except requests.exceptions.SSLError as exc:
            # a certificate problem does not go away by asking again
            raise FetchError(
                url, f"TLS error ({_short(exc)})", "the site's certificate is invalid; check the URL"
            ) from None
        except requests.ConnectTimeout:
            # nothing was sent yet, so trying again is cheap and safe
            raise _Transient(f"connection timed out after {self.settings.connect_timeout} s") from None
        except requests.ConnectionError as exc:
            raise _Transient(f"connection error ({_short(exc)})") from None
        except requests.Timeout:
            # a server that accepted the request and then stalled usually stalls again; retrying would cost
            # read_timeout per attempt, so give up at once
            raise FetchError(
                url,
                f"timed out after {self.settings.read_timeout} s waiting for the server",
                "the server is slow; raise read_timeout or try again later",
            ) from None
        except requests.RequestException as exc:
            raise FetchError(url, f"request failed ({_short(exc)})") from None

        with response:
            status = response.status_code
            if status == 429 or status >= 500:
                raise _Transient(f"HTTP {status}", _retry_after(response.headers.get("Retry-After")))
            if status >= 400:
                raise FetchError(url, f"HTTP {status} {response.reason or ''}".rstrip(), _status_fix(status))
            if status >= 300:
                raise FetchError(url, f"unexpected HTTP {status} without a usable redirect")
            content_type = _media_type(response.headers.get("Content-Type", ""))
            # servers that send no type at all are common on small sites; let the parser judge the body
            if content_type and content_type not in accept:
                if accept is not HTML_CONTENT_TYPES:
                    raise FetchError(url, f"not a feed or sitemap (content type {content_type})",
                                     "give the address of an RSS/Atom feed or an XML sitemap")
                raise FetchError(
                    url,
                    f"not an HTML page (content type {content_type})",
                    "only HTML articles are read from the web; save other documents and convert them first",
                )
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > self.settings.max_bytes:
                raise FetchError(
                    url,
                    f"body of {int(length)} bytes exceeds the limit of {self.settings.max_bytes} bytes",
                    "raise max_bytes if the page is genuine",
                )
            try:
                body = _read_limited(response, self.settings.max_bytes)
            except _TooLarge:
                raise FetchError(
                    url,
                    f"body exceeds the limit of {self.settings.max_bytes} bytes",
                    "raise max_bytes if the page is genuine",
                ) from None
            except urllib3.exceptions.ReadTimeoutError:
                raise FetchError(
                    url,
                    f"timed out after {self.settings.read_timeout} s waiting for the rest of the body",
                    "the server is slow; raise read_timeout or try again later",
                ) from None
            except urllib3.exceptions.DecodeError as exc:
                raise FetchError(
                    url, f"the body cannot be decompressed ({_short(exc)})", "the server sent a broken page"
                ) from None
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                raise _Transient(f"connection broken while reading the body ({_short(exc)})") from None
            return response.url, status, content_type, body

    def _deadline(self) -> float | None:
        """The monotonic time by which a body must be read, or None without a time limit."""
        limit = self.settings.time_limit
        return time.monotonic() + limit if limit > 0 else None

    # cache

    def _cache_paths(self, key: str) -> tuple[Path, Path]:
        # two-character fan-out keeps directories small on crawls of hundreds of thousands of pages
        folder = self._cache_dir / key[:2]
        return folder / f"{key}.html", folder / f"{key}.json"

    def _read_cache(self, url: str, key: str) -> Page | None:
        """Return the cached page for this key, or None when there is no complete, readable entry."""
        body_path, meta_path = self._cache_paths(key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            logger.warning("ignoring unreadable cache entry %s (%s)", meta_path, exc)
            return None
        if not isinstance(meta, dict) or meta.get("format") != CACHE_FORMAT or meta.get("bytes") != len(body):
            logger.warning("ignoring stale or incomplete cache entry %s", meta_path)
            return None
        return Page(source=url, url=str(meta.get("final_url") or url), html=body, from_cache=True)

    def _write_cache(
        self, key: str, url: str, final_url: str, status: int, content_type: str, body: bytes
    ) -> None:
        """Store a fetched page; a failing cache only costs a refetch later, so errors are logged only."""
        body_path, meta_path = self._cache_paths(key)
        meta: dict[str, Any] = {
            "format": CACHE_FORMAT,
            "url": url,
            "final_url": final_url,
            "status": status,
            "content_type": content_type,
            "bytes": len(body),
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            body_path.parent.mkdir(parents=True, exist_ok=True)
            # body first: the metadata file marks a complete entry
            _atomic_write(body_path, body)
            _atomic_write(meta_path, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as exc:
            logger.warning("could not write cache entry for %s (%s)", url, exc)



def listing_content_types() -> frozenset[str]:
    """What feeds and sitemaps are served as: trafilatura's feed types (XML, RSS, Atom, JSON feeds, text sitemaps)
    and LISTING_EXTRA_TYPES; trafilatura's feed module is imported here, by the runs that read listings only."""
    from trafilatura.feeds import FEED_TYPES

    return frozenset(FEED_TYPES) | LISTING_EXTRA_TYPES

def cache_key(url: str) -> str:
    """Return the cache key of a URL: sha256 of its courlan-normalised form, fragment removed."""
    # the fragment never reaches the server, so page#a and page#b are one resource
    bare = urldefrag(url.strip()).url
    try:
        normalised = courlan.normalize_url(bare)
    except (ValueError, AttributeError) as exc:
        logger.debug("courlan could not normalise %s (%s); hashing it as is", url, exc)
        normalised = bare
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class _TooLarge(Exception):
    """The body grew beyond the allowed number of bytes."""


class _TooManyRedirects(Exception):
    """More redirects than settings.max_redirects."""


def _read_limited(response: requests.Response, limit: int, truncate: bool = False) -> bytes:
    """Read a streamed body in chunks; past `limit` bytes raise _TooLarge (or cut it there if `truncate`)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        # read1 returns what has arrived instead of waiting for a full chunk; it decodes gzip/deflate in bounded
        # steps (urllib3 >= 2.6), so the limit applies to the decoded size and stops zip bombs too. read_timeout
        # bounds each read, the Guard of the request the whole of it.
        chunk = response.raw.read1(CHUNK_SIZE, decode_content=True)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            if not truncate:
                raise _TooLarge
            chunks.append(chunk[: len(chunk) - (total - limit)])
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _check_url(url: str) -> tuple[str, str]:
    """Return (origin, host) of an http(s) URL, or raise FetchError."""
    fix = "give a full address such as https://example.com/news/article.html"
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError as exc:
        raise FetchError(url, f"not a valid URL ({exc})", fix) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url, "not an http(s) URL", fix)
    if not hostname:
        raise FetchError(url, "URL has no host", fix)
    # credentials in the URL are not part of the host a delay or a robots.txt applies to
    netloc = parts.netloc.rpartition("@")[2].lower()
    return f"{parts.scheme.lower()}://{netloc}", netloc


def _resolve(host: str, port: int) -> list[str]:
    """Every IP address a host name resolves to (an IP literal resolves to itself)."""
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def _is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for private, loopback, link-local, reserved ones."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is no part of it
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            ip = embedded
    return ip.is_global and not ip.is_multicast


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address reaches through a translation or tunnel form, if it is one: IPv4-mapped
    (::ffff:127.0.0.1), IPv4-compatible (::127.0.0.1), NAT64 (64:ff9b::127.0.0.1) and 6to4 (2002:7f00:1::); Teredo
    (2001::/32) is no public address in itself."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in network for network in TRANSLATED_IPV4):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _media_type(header: str) -> str:
    """Return the bare media type of a Content-Type header ("text/html; charset=utf-8" -> "text/html")."""
    return header.split(";", 1)[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    """Return the delay of a numeric Retry-After header in seconds; HTTP-date forms are ignored."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _status_fix(status: int) -> str:
    """Return advice for a client-error status."""
    if status == 404 or status == 410:
        return "the page is gone; check the URL or look for an archived copy"
    if status in (401, 403):
        return "the site refuses access; the page may need a login or block crawlers"
    return "check the URL"


def _short(exc: BaseException) -> str:
    """Return the first line of an exception message, or its class name when empty."""
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _atomic_write(path: Path, data: bytes) -> None:
    """Write bytes to path so that readers see either the old file or the complete new one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
