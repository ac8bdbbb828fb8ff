"""Feeds and sitemaps (extractor.listings, `ingest --feed/--sitemap`) against a local news site; no internet.

The site is named berita.localhost (resolved to 127.0.0.1 for the test): courlan, which trafilatura's feed and
sitemap readers use, keeps only links on named hosts, as every news outlet's are.
"""

from __future__ import annotations

import gzip
import re
import socket
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fixtures.news import PAREPARE, PEKALONGAN, SUMBAWA, WONOSOBO, Story, story_html
from fixtures.support import (
    CliRun,
    NewsServer,
    Reply,
    assert_clean_output,
    fast_settings,
    ingest_cli,
    read_db,
    run_report,
)
from sqlmodel import select

from extractor.db.models import RunRow
from extractor.db.session import session_scope
from extractor.errors import FetchError
from extractor.listings import Listing, Narrowing, discover, parse_match, parse_since
from extractor.pipeline import ingest
from extractor.records import Page

HOST = "berita.localhost"
XML = "application/xml"


@pytest.fixture
def site(news_server: NewsServer, monkeypatch: pytest.MonkeyPatch) -> NewsServer:
    """The local news server under the name berita.localhost."""
    real = socket.getaddrinfo

    def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1" if host == HOST else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    news_server.base = news_server.base.replace("127.0.0.1", HOST)
    return news_server


def rss(site: NewsServer, *items: tuple[str, str]) -> bytes:
    """An RSS 2.0 feed of (path, RFC 822 date) items."""
    entries = "".join(f"<item><title>t</title><link>{site.url(path)}</link><pubDate>{when}</pubDate></item>"
                      for path, when in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita</title>'
            f"<link>{site.url('/')}</link>{entries}</channel></rss>").encode()


def urlset(site: NewsServer, *urls: tuple[str, str]) -> bytes:
    """A sitemap of (path, lastmod) pages."""
    entries = "".join(f"<url><loc>{site.url(path)}</loc><lastmod>{when}</lastmod></url>" for path, when in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>").encode()


def sitemap_index(site: NewsServer, *sitemaps: tuple[str, str]) -> bytes:
    """A sitemap index of (path, lastmod) sitemaps."""
    entries = "".join(f"<sitemap><loc>{site.url(path)}</loc><lastmod>{when}</lastmod></sitemap>"
                      for path, when in sitemaps)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>').encode()


def serve(site: NewsServer, *stories: tuple[str, Story]) -> None:
    for path, story in stories:
        site.routes[path] = Reply(story_html(story))


def test_feed_articles_are_fetched_stored_and_resumed(cli: CliRun, db_url: str, site: NewsServer) -> None:
    serve(site, ("/daerah/wonosobo", WONOSOBO), ("/daerah/parepare", PAREPARE))
    site.routes["/rss.xml"] = Reply(rss(site, ("/daerah/wonosobo", "Tue, 14 Mar 2023 09:30:00 +0700"),
                                        ("/daerah/parepare", "Wed, 10 Aug 2022 08:00:00 +0700"),
                                        ("/daerah/hilang", "Wed, 10 Aug 2022 08:00:00 +0700")),
                                    content_type="application/rss+xml")
    result = ingest_cli(cli, db_url, extra=("--feed", site.url("/rss.xml")))
    assert_clean_output(result)
    assert result.exit_code == 1  # the 404 is a failure of its own; the batch went on
    report = run_report(result)
    assert (report["stored"], report["failed"], report["listed"], report["left_out"]) == (2, 1, 3, 0)
    stored = read_db(db_url)
    assert sorted(a.title for a in stored.articles) == sorted([WONOSOBO.title, PAREPARE.title])
    assert stored.failure(site.url("/daerah/hilang")).stage == "fetch"
    with session_scope(db_url) as session:
        assert session.exec(select(RunRow.sources)).one() == [site.url("/rss.xml")]

    # run again: the feed is read anew, the stored and the gone articles are not requested again
    again = run_report(ingest_cli(cli, db_url, extra=("--feed", site.url("/rss.xml"))))
    assert (again["stored"], again["skipped"], again["failed"], again["listed"]) == (0, 2, 1, 3)
    assert site.hits["/rss.xml"] == 2
    assert (site.hits["/daerah/wonosobo"], site.hits["/daerah/hilang"]) == (1, 1)


def test_sitemap_index_with_two_sitemaps_narrowed_by_date_and_pattern(
    cli: CliRun, db_url: str, site: NewsServer
) -> None:
    serve(site, ("/daerah/wonosobo", WONOSOBO), ("/daerah/parepare", PAREPARE), ("/olahraga/sumbawa", SUMBAWA),
          ("/daerah/pekalongan", PEKALONGAN))
    site.routes["/sitemap.xml"] = Reply(sitemap_index(site, ("/sitemap-2023.xml", "2023-06-30"),
                                                      ("/sitemap-2021.xml", "2021-12-31")), content_type=XML)
    site.routes["/sitemap-2023.xml"] = Reply(urlset(site, ("/daerah/wonosobo", "2023-03-14"),
                                                    ("/olahraga/sumbawa", "2023-02-01"),
                                                    ("/daerah/parepare", "2022-08-10")), content_type=XML)
    site.routes["/sitemap-2021.xml"] = Reply(urlset(site, ("/daerah/pekalongan", "2021-06-03")), content_type=XML)

    result = ingest_cli(cli, db_url, extra=("--sitemap", site.url("/sitemap.xml"), "--since", "2023-01-01",
                                            "--match", "/daerah/"))
    assert_clean_output(result)
    assert result.exit_code == 0, result.output
    report = run_report(result)
    assert (report["stored"], report["listed"], report["left_out"]) == (1, 1, 2)
    assert [a.title for a in read_db(db_url).articles] == [WONOSOBO.title]
    # the sitemap last changed before --since is not fetched, nor are the pages left out
    assert site.hits["/sitemap-2021.xml"] == 0
    assert site.hits["/olahraga/sumbawa"] == site.hits["/daerah/parepare"] == 0

    # without narrowing, both sitemaps are read
    report = run_report(ingest_cli(cli, db_url, extra=("--sitemap", site.url("/sitemap.xml"))))
    assert (report["stored"], report["skipped"], report["listed"]) == (3, 1, 4)


def test_a_broken_child_sitemap_is_a_failure_and_the_others_go_on(settings: Any, site: NewsServer) -> None:
    serve(site, ("/daerah/wonosobo", WONOSOBO))
    site.routes["/sitemap_index.xml"] = Reply(sitemap_index(site, ("/a.xml", "2023-06-30"),
                                                            ("/b.xml.gz", "2023-06-30")), content_type=XML)
    site.routes["/a.xml"] = Reply(b"<html><body>Maaf, sedang perbaikan</body></html>", content_type=XML)
    site.routes["/b.xml.gz"] = Reply(gzip.compress(urlset(site, ("/daerah/wonosobo", "2023-03-14"))),
                                     content_type="application/x-gzip")
    summary = ingest([], settings, listings=[Listing("sitemap", site.url("/sitemap_index.xml"))])
    assert summary.stored == 1
    assert [(f.source, f.stage, f.reason) for f in summary.failures] == [
        (site.url("/a.xml"), "read", "not an XML or text sitemap")]


def test_listings_go_through_the_fetchers_checks(tmp_path: Path, news_server: NewsServer, site: NewsServer) -> None:
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /tertutup\n", content_type="text/plain")
    site.routes["/tertutup/rss.xml"] = Reply(rss(site), content_type="application/rss+xml")
    site.routes["/foto.png"] = Reply(b"\x89PNG", content_type="image/png")
    local = "http://127.0.0.1:" + site.base.rsplit(":", 1)[1] + "/rss.xml"
    summary = ingest([], fast_settings(tmp_path), listings=[
        Listing("feed", site.url("/tertutup/rss.xml")), Listing("feed", site.url("/foto.png"))])
    assert {f.source: f.reason for f in summary.failures} == {
        site.url("/tertutup/rss.xml"): "disallowed by robots.txt",
        site.url("/foto.png"): "not a feed or sitemap (content type image/png)"}
    refused = ingest([], fast_settings(tmp_path, allow_private=False), listings=[Listing("sitemap", local)])
    assert "refused: 127.0.0.1 resolves to the non-public address" in refused.failures[0].reason
    assert news_server.hits["/rss.xml"] == 0


def test_a_failed_listing_is_forgotten_once_it_is_read(settings: Any, site: NewsServer) -> None:
    feed = site.url("/feed")
    first = ingest([], settings, listings=[Listing("feed", feed)])
    assert first.failures[0].source == feed and "404" in first.failures[0].reason
    serve(site, ("/daerah/wonosobo", WONOSOBO))
    site.routes["/feed"] = Reply(rss(site, ("/daerah/wonosobo", "Tue, 14 Mar 2023 09:30:00 +0700")),
                                 content_type="text/xml")
    second = ingest([], settings, listings=[Listing("feed", feed)])
    assert (second.stored, second.failed) == (1, 0)
    assert read_db(settings.db_url).failures == []


# reading listings without a server

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta</title>
<link rel="self" href="https://warta.example.id/atom.xml"/>
<entry><title>a</title><link rel="alternate" href="https://warta.example.id/2024/05/kota-cerdas-evaluasi"/>
<published>2024-05-02T10:00:00+07:00</published><updated>2024-06-01T00:00:00Z</updated></entry>
<entry><title>b</title><link href="/2019/01/liga-satu"/><updated>2019-01-03T10:00:00Z</updated></entry>
<entry><title>c</title><link href="https://bolaku.net/2024/05/kabar"/><published>2024-05-03</published></entry>
<entry><title>d</title><link href="https://warta.example.id/2024/undated-kota-cerdas"/></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://warta.example.id/berita/smart-city-bimtek</loc>
  <news:news><news:publication_date>2024-02-01T08:00:00+07:00</news:publication_date></news:news></url>
<url><loc>https://warta.example.id/berita/banjir</loc><lastmod>2020-02-01</lastmod></url>
</urlset>"""


def fake_fetch(documents: dict[str, bytes]) -> Any:
    def fetch(url: str) -> Page:
        if url not in documents:
            raise FetchError(url, "HTTP 404 Not Found")
        return Page(source=url, url=url, html=documents[url])
    return fetch


def test_atom_feed_links_and_dates() -> None:
    fetch = fake_fetch({"https://warta.example.id/atom.xml": ATOM})
    listing = [Listing("feed", "https://warta.example.id/atom.xml")]
    everything = discover(listing, fetch)
    # the other site's link is dropped, relative links resolved, the feed's own link ignored
    assert sorted(everything.urls) == ["https://warta.example.id/2019/01/liga-satu",
                                       "https://warta.example.id/2024/05/kota-cerdas-evaluasi",
                                       "https://warta.example.id/2024/undated-kota-cerdas"]
    recent = discover(listing, fetch, Narrowing(since=date(2024, 1, 1), match=re.compile("kota-cerdas")))
    # published wins over updated; the undated entry is kept
    assert sorted(recent.urls) == ["https://warta.example.id/2024/05/kota-cerdas-evaluasi",
                                   "https://warta.example.id/2024/undated-kota-cerdas"]
    assert recent.left_out == 1


def test_news_sitemap_publication_dates_and_a_web_page_announcing_its_feed() -> None:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body></body></html>'
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://warta.example.id/a/kota-cerdas'
            b"</link></item></channel></rss>")
    fetch = fake_fetch({"https://warta.example.id/news.xml": NEWS_SITEMAP, "https://warta.example.id/": page,
                        "https://warta.example.id/rss": feed})
    found = discover([Listing("sitemap", "https://warta.example.id/news.xml"), Listing("feed",
                      "https://warta.example.id/")], fetch, Narrowing(since=date(2024, 1, 1)))
    assert found.urls == ["https://warta.example.id/berita/smart-city-bimtek", "https://warta.example.id/a/kota-cerdas"]
    assert found.read == ["https://warta.example.id/news.xml", "https://warta.example.id/",
                          "https://warta.example.id/rss"]


@pytest.mark.parametrize(("kind", "body", "reason"), [
    ("feed", b"<html><body><p>Beranda</p></body></html>", "not an RSS, Atom or JSON feed, and the page links to none"),
    ("feed", b"<rss><channel></channel></rss>", "the feed lists no article links on its own site"),
    ("sitemap", b"<html><body>bukan sitemap</body></html>", "not an XML or text sitemap"),
    ("sitemap", b"\x1f\x8b\x08not really gzip", "the gzip file cannot be unpacked"),
    ("sitemap", b"   ", "the listing is empty"),
])
def test_unreadable_listings_are_failures_naming_the_reason(kind: str, body: bytes, reason: str) -> None:
    url = "https://warta.example.id/listing"
    found = discover([Listing(kind, url), Listing("sitemap", "https://warta.example.id/news.xml")],  # type: ignore
                     fake_fetch({url: body, "https://warta.example.id/news.xml": NEWS_SITEMAP}))
    assert [(f.source, f.stage) for f in found.failures] == [(url, "read")]
    assert found.failures[0].reason.startswith(reason)
    assert len(found.urls) == 2  # the next listing was read all the same


def test_gzip_bomb_stopped_at_the_size_limit() -> None:
    url = "https://warta.example.id/sitemap.xml.gz"
    found = discover([Listing("sitemap", url)], fake_fetch({url: gzip.compress(b" " * 100_000)}), max_bytes=1000)
    assert found.failures[0].reason.startswith("unpacked, the listing exceeds the limit of 1000 bytes")


def test_since_and_match_values_are_checked() -> None:
    assert parse_since("2024-02-29") == date(2024, 2, 29)
    assert parse_match("kota-cerdas|smart").search("/smart-city")
    with pytest.raises(Exception, match="not a date"):
        parse_since("2024-13-01")
    with pytest.raises(Exception, match="not a regular expression"):
        parse_match("smart(")


@pytest.mark.parametrize(("args", "message"), [
    (("--feed", "https://warta.example.id/rss", "--since", "kemarin"), "--since kemarin: not a date"),
    (("--sitemap", "https://warta.example.id/s.xml", "--match", "[a-"), "--match [a-: not a regular expression"),
    (("--since", "2024-01-01", "corpus/samples"), "--since and --match narrow what --feed and --sitemap list"),
])
def test_cli_usage_errors(cli: CliRun, db_url: str, args: tuple[str, ...], message: str) -> None:
    result = ingest_cli(cli, db_url, extra=args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert not Path(db_url.removeprefix("sqlite:///")).exists()
