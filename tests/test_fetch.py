"""Tests of extractor.fetch against a throwaway HTTP server on 127.0.0.1; none touch the internet."""

from __future__ import annotations

import gzip
import json
import logging
import re
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from extractor import fetch as fetch_module
from extractor.errors import FetchError
from extractor.fetch import Fetcher, cache_key
from extractor.settings import Settings

HTML = b"<html><head><title>Kota Cerdas</title></head><body><p>Berita kota cerdas.</p></body></html>"
ROBOTS = b"User-agent: *\nDisallow: /private\n"


@dataclass
class Reply:
    """What the test server answers on one path: a status, headers and a body."""

    status: int = 200
    body: bytes = HTML
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    content_length: bool = True  # False: body ends when the connection closes, as in HTTP/1.0
    trickle: float | None = None  # send the body again and again without end, pausing this long between sends


Route = Callable[[int], Reply]  # receives the hit count of the path (1 for the first request)


def _flaky(hit: int) -> Reply:
    return Reply(503, b"busy") if hit <= 2 else Reply()


def _busy_once(hit: int) -> Reply:
    return Reply(429, b"slow down", {"Retry-After": "0"}) if hit == 1 else Reply()


def _redirect(location: str) -> Route:
    return lambda hit: Reply(302, b"", {"Location": location})


def default_routes() -> dict[str, Route]:
    """The paths every test server serves; tests override single entries."""
    return {
        "/robots.txt": lambda hit: Reply(body=ROBOTS, headers={"Content-Type": "text/plain"}),
        "/page": lambda hit: Reply(),
        "/other": lambda hit: Reply(),
        "/private": lambda hit: Reply(),
        "/flaky": _flaky,
        "/broken": lambda hit: Reply(500, b"oops"),
        "/busy": _busy_once,
        "/busy-long": lambda hit: Reply(429, b"slow down", {"Retry-After": "120"}),
        "/huge": lambda hit: Reply(body=b"<p>" + b"x" * 10_000 + b"</p>"),
        "/huge-stream": lambda hit: Reply(body=b"<p>" + b"x" * 10_000 + b"</p>", content_length=False),
        "/loop-a": _redirect("/loop-b"),
        "/loop-b": _redirect("/loop-a"),
        "/moved": _redirect("/page"),
        "/doc.pdf": lambda hit: Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}),
        "/logo.png": lambda hit: Reply(body=b"\x89PNG", headers={"Content-Type": "image/png"}),
    }


class Server:
    """A local HTTP server whose answers are set per path and which counts hits per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = default_routes()
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []  # User-Agent header of every request, in order
        self.release = threading.Event()  # lets stalled handlers finish when the test ends
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.hits[path] += 1
                    server.agents.append(self.headers.get("User-Agent", ""))
                    hit = server.hits[path]
                route = server.routes.get(path)
                reply = route(hit) if route else Reply(404, b"not found")
                if reply.status == 0:  # stall: never answer, until the test ends
                    server.release.wait()
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.content_length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.trickle is None:
                    self.wfile.write(reply.body)
                    return
                # an endless body: stops when the client hangs up or the test ends
                while not server.release.is_set():
                    try:
                        self.wfile.write(reply.body)
                        self.wfile.flush()
                    except OSError:
                        return
                    if reply.trickle:
                        server.release.wait(reply.trickle)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep pytest output clean

        return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    # a short poll interval lets shutdown() return at once instead of after the default 0.5 s
    thread = threading.Thread(target=srv.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.httpd.shutdown()
        srv.httpd.server_close()
        thread.join(timeout=5)


class FakeTime:
    """A clock that only moves when `sleep` is called, recording every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_fetcher(tmp_path: Path, fake_time: FakeTime) -> Iterator[Callable[..., Fetcher]]:
    fetchers: list[Fetcher] = []

    def make(**overrides: Any) -> Fetcher:
        values: dict[str, Any] = {
            "cache_dir": tmp_path / "cache",
            "per_host_delay": 0.0,
            "backoff": 0.0,
            "retries": 2,
            "connect_timeout": 2.0,
            "read_timeout": 2.0,
            "allow_private": True,  # the test server listens on 127.0.0.1
        }
        values.update(overrides)
        fetcher = Fetcher(replace(Settings(), **values), sleep=fake_time.sleep, clock=fake_time.clock)
        fetcher.session.trust_env = False  # a proxy from the environment must not see test traffic
        fetchers.append(fetcher)
        return fetcher

    yield make
    for fetcher in fetchers:
        fetcher.close()


# successful fetches


def test_fetches_html_page(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    page = make_fetcher().fetch(server.url("/page"))
    assert page.html == HTML
    assert page.source == server.url("/page")
    assert page.url == server.url("/page")
    assert page.from_cache is False


def test_sends_user_agent_from_settings(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    make_fetcher(user_agent="test-agent/9").fetch(server.url("/page"))
    assert server.agents == ["test-agent/9", "test-agent/9"]  # robots.txt and the page


def test_redirect_followed_and_final_url_recorded(
    server: Server, make_fetcher: Callable[..., Fetcher]
) -> None:
    page = make_fetcher().fetch(server.url("/moved"))
    assert page.source == server.url("/moved")
    assert page.url == server.url("/page")
    assert page.html == HTML


# robots.txt


def test_robots_disallow(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    with pytest.raises(FetchError, match="robots"):
        make_fetcher().fetch(server.url("/private"))
    assert server.hits["/private"] == 0


def test_robots_fetched_once_per_host(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    fetcher = make_fetcher()
    fetcher.fetch(server.url("/page"))
    fetcher.fetch(server.url("/other"))
    with pytest.raises(FetchError):
        fetcher.fetch(server.url("/private"))
    assert server.hits["/robots.txt"] == 1


def test_robots_ignored_when_not_respected(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    page = make_fetcher(respect_robots=False).fetch(server.url("/private"))
    assert page.html == HTML
    assert server.hits["/robots.txt"] == 0


def test_missing_robots_allows_all(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    del server.routes["/robots.txt"]
    assert make_fetcher().fetch(server.url("/private")).html == HTML


def test_robots_server_error_allows_with_warning(
    server: Server, make_fetcher: Callable[..., Fetcher], caplog: pytest.LogCaptureFixture
) -> None:
    server.routes["/robots.txt"] = lambda hit: Reply(503, b"down")
    with caplog.at_level(logging.WARNING, logger="extractor.fetch"):
        assert make_fetcher().fetch(server.url("/private")).html == HTML
    assert any("robots.txt" in record.getMessage() for record in caplog.records)


def test_robots_for_our_user_agent(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    server.routes["/robots.txt"] = lambda hit: Reply(
        body=b"User-agent: smartcity-extractor\nDisallow: /\n\nUser-agent: *\nDisallow:\n",
        headers={"Content-Type": "text/plain"},
    )
    with pytest.raises(FetchError, match="robots"):
        make_fetcher().fetch(server.url("/page"))
    assert make_fetcher(user_agent="otherbot/1.0").fetch(server.url("/page")).html == HTML


# politeness


def test_per_host_delay_between_requests(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    fetcher = make_fetcher(per_host_delay=2.0, respect_robots=False)
    fetcher.fetch(server.url("/page"))
    assert fake_time.sleeps == []
    fetcher.fetch(server.url("/other"))
    assert fake_time.sleeps == [pytest.approx(2.0)]


def test_per_host_delay_counts_time_already_passed(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    fetcher = make_fetcher(per_host_delay=2.0, respect_robots=False)
    fetcher.fetch(server.url("/page"))
    fake_time.now += 1.5
    fetcher.fetch(server.url("/other"))
    assert fake_time.sleeps == [pytest.approx(0.5)]


def test_per_host_delay_is_per_host(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    fetcher = make_fetcher(per_host_delay=2.0, respect_robots=False)
    fetcher.fetch(server.url("/page"))
    fetcher.fetch(server.url("/other").replace("127.0.0.1", "localhost"))
    assert fake_time.sleeps == []


def test_crawl_delay_from_robots(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    server.routes["/robots.txt"] = lambda hit: Reply(
        body=b"User-agent: *\nCrawl-delay: 5\nDisallow: /private\n", headers={"Content-Type": "text/plain"}
    )
    fetcher = make_fetcher(per_host_delay=1.0)
    fetcher.fetch(server.url("/page"))  # robots.txt, then the page 5 s later
    fetcher.fetch(server.url("/other"))
    assert fake_time.sleeps == [pytest.approx(5.0), pytest.approx(5.0)]


# retries


def test_retries_on_503_then_succeeds(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    page = make_fetcher(retries=3).fetch(server.url("/flaky"))
    assert page.html == HTML
    assert server.hits["/flaky"] == 3


def test_always_500_fails_after_retries(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    with pytest.raises(FetchError, match="HTTP 500") as info:
        make_fetcher(retries=2).fetch(server.url("/broken"))
    assert "3 attempts" in str(info.value)
    assert server.hits["/broken"] == 3


def test_backoff_is_exponential(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    with pytest.raises(FetchError):
        make_fetcher(retries=3, backoff=0.5, respect_robots=False).fetch(server.url("/broken"))
    assert fake_time.sleeps == [0.5, 1.0, 2.0]
    assert server.hits["/broken"] == 4


def test_429_retried_with_retry_after(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    page = make_fetcher().fetch(server.url("/busy"))
    assert page.html == HTML
    assert server.hits["/busy"] == 2
    assert fake_time.sleeps == []  # Retry-After: 0 and backoff 0: no wait


def test_retry_after_capped(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    with pytest.raises(FetchError, match="HTTP 429"):
        make_fetcher(retries=1, respect_robots=False).fetch(server.url("/busy-long"))
    assert fake_time.sleeps == [60.0]


def test_connection_error_retried(make_fetcher: Callable[..., Fetcher], fake_time: FakeTime) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # nothing listens on the port now: every attempt is refused at once
    with pytest.raises(FetchError, match="connection error") as info:
        make_fetcher(retries=2, backoff=1.0).fetch(f"http://127.0.0.1:{port}/page")
    assert "3 attempts" in str(info.value)
    assert fake_time.sleeps == [1.0, 2.0]


def test_read_timeout(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    server.routes["/slow"] = lambda hit: Reply(status=0)
    with pytest.raises(FetchError, match="timed out"):
        make_fetcher(read_timeout=0.2, respect_robots=False).fetch(server.url("/slow"))
    assert server.hits["/slow"] == 1  # a stalled server is not asked again


# refusals


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_size_limit(server: Server, make_fetcher: Callable[..., Fetcher], path: str) -> None:
    with pytest.raises(FetchError, match="limit of 1000 bytes"):
        make_fetcher(max_bytes=1000).fetch(server.url(path))


def test_redirect_loop(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        make_fetcher(max_redirects=3).fetch(server.url("/loop-a"))
    assert server.hits["/loop-a"] + server.hits["/loop-b"] == 4  # the first request plus 3 redirects


@pytest.mark.parametrize(
    ("path", "media_type"), [("/doc.pdf", "application/pdf"), ("/logo.png", "image/png")]
)
def test_non_html_rejected(
    server: Server, make_fetcher: Callable[..., Fetcher], path: str, media_type: str
) -> None:
    with pytest.raises(FetchError, match=f"not an HTML page.*{media_type}"):
        make_fetcher().fetch(server.url(path))


def test_404(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    with pytest.raises(FetchError, match="404") as info:
        make_fetcher().fetch(server.url("/missing"))
    assert info.value.fix
    assert server.hits["/missing"] == 1  # client errors are not retried


@pytest.mark.parametrize("url", ["ftp://x", "not a url", "", "http://", "mailto:someone@example.com"])
def test_invalid_url(make_fetcher: Callable[..., Fetcher], url: str) -> None:
    with pytest.raises(FetchError) as info:
        make_fetcher().fetch(url)
    assert info.value.item == url


# cache


def test_second_fetch_served_from_cache(
    server: Server, make_fetcher: Callable[..., Fetcher], fake_time: FakeTime
) -> None:
    fetcher = make_fetcher(per_host_delay=5.0)
    first = fetcher.fetch(server.url("/moved"))
    hits = sum(server.hits.values())
    sleeps = list(fake_time.sleeps)
    second = fetcher.fetch(server.url("/moved"))
    assert sum(server.hits.values()) == hits
    assert fake_time.sleeps == sleeps  # no politeness wait for a page that needs no request
    assert second.from_cache is True
    assert second.html == first.html
    assert second.url == server.url("/page")


def test_cache_survives_a_new_fetcher(
    server: Server, make_fetcher: Callable[..., Fetcher], tmp_path: Path
) -> None:
    make_fetcher().fetch(server.url("/page"))
    page = make_fetcher().fetch(server.url("/page#comments"))
    assert page.from_cache is True
    assert server.hits["/page"] == 1
    meta_files = list((tmp_path / "cache").rglob("*.json"))
    assert len(meta_files) == 1
    meta = json.loads(meta_files[0].read_text())
    assert meta["final_url"] == server.url("/page")
    assert meta["status"] == 200
    assert meta["content_type"] == "text/html"
    assert meta["fetched_at"]
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_failures_not_cached(server: Server, make_fetcher: Callable[..., Fetcher], tmp_path: Path) -> None:
    fetcher = make_fetcher()
    for _ in range(2):
        with pytest.raises(FetchError):
            fetcher.fetch(server.url("/missing"))
    assert server.hits["/missing"] == 2
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_corrupt_cache_entry_refetched(
    server: Server, make_fetcher: Callable[..., Fetcher], tmp_path: Path
) -> None:
    make_fetcher().fetch(server.url("/page"))
    key = cache_key(server.url("/page"))
    (tmp_path / "cache" / key[:2] / f"{key}.json").write_text("{not json")
    page = make_fetcher().fetch(server.url("/page"))
    assert page.from_cache is False
    assert server.hits["/page"] == 2


def test_cache_key_normalises_url() -> None:
    assert cache_key("http://Example.com/a?b=2&a=1") == cache_key("http://example.com/a?a=1&b=2#top")
    assert cache_key("http://example.com/a") != cache_key("http://example.com/b")


# hostile servers and addresses


def test_gzip_bomb_stopped_at_the_decoded_size(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    bomb = gzip.compress(b"<p>" + b"\0" * 50_000_000, compresslevel=9)  # 50 MB that travel as ~50 KB
    server.routes["/bomb"] = lambda hit: Reply(
        body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    assert len(bomb) < 1_000_000
    with pytest.raises(FetchError, match="exceeds the limit of 1000000 bytes"):
        make_fetcher(max_bytes=1_000_000, respect_robots=False).fetch(server.url("/bomb"))


def test_endless_body_stopped_at_the_size_limit(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    server.routes["/endless"] = lambda hit: Reply(body=b"<p>kota</p>" * 1000, content_length=False, trickle=0)
    with pytest.raises(FetchError, match="exceeds the limit of 100000 bytes"):
        make_fetcher(max_bytes=100_000, respect_robots=False).fetch(server.url("/endless"))


class SteppingClock:
    """A monotonic clock that moves `step` seconds each time it is read, whatever the wall clock does."""

    def __init__(self, step: float) -> None:
        self.now, self.step, self.reads = 0.0, step, 0

    def monotonic(self) -> float:
        self.reads += 1
        self.now += self.step
        return self.now


def test_trickling_body_stopped_at_the_time_limit(server: Server, make_fetcher: Callable[..., Fetcher],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # a body without end: no read ever times out and the size limit is far away. The download's clock moves
    # 0.01 s per look, so the 0.3 s limit is crossed after about 30 reads however fast or slow the machine is.
    server.routes["/trickle"] = lambda hit: Reply(body=b"<p>", content_length=False, trickle=0)
    clock = SteppingClock(0.01)
    monkeypatch.setattr(fetch_module, "time", SimpleNamespace(monotonic=clock.monotonic))
    with pytest.raises(FetchError, match="took longer than 0.3 s"):
        make_fetcher(time_limit=0.3, respect_robots=False).fetch(server.url("/trickle"))
    # stopped as soon as the limit was crossed (by the body's clock, or by the whole request's deadline,
    # whichever comes first), not at the size limit
    assert clock.reads <= 40


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)"])
def test_non_http_schemes_refused(make_fetcher: Callable[..., Fetcher], url: str) -> None:
    with pytest.raises(FetchError, match="not an http"):
        make_fetcher().fetch(url)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_refused_unless_allowed(server: Server, make_fetcher: Callable[..., Fetcher], host: str) -> None:
    url = server.url("/page").replace("127.0.0.1", host)
    with pytest.raises(FetchError, match="non-public address") as info:
        make_fetcher(allow_private=False).fetch(url)
    assert "--allow-private" in (info.value.fix or "")
    assert sum(server.hits.values()) == 0  # neither robots.txt nor the page was asked for


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("127.0.0.53", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert fetch_module._is_public(address) is public


@pytest.mark.parametrize("answer", [
    ["93.184.216.34", "10.0.0.5"],  # public first: checking only the first address lets the private one in
    ["10.0.0.5", "93.184.216.34"],  # private first: checking only the last one does
    ["2606:4700:4700::1111", "::ffff:127.0.0.1"],
])
def test_host_resolving_to_a_public_and_a_private_address_refused(
    server: Server, make_fetcher: Callable[..., Fetcher], monkeypatch: pytest.MonkeyPatch, answer: list[str]
) -> None:
    # a connection may go to any address of the answer, so one non-public address is enough to refuse
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port: list(answer))
    private = next(a for a in answer if not fetch_module._is_public(a))
    with pytest.raises(FetchError, match=f"resolves to the non-public address {re.escape(private)}"):
        make_fetcher(allow_private=False).fetch(server.url("/page"))
    assert sum(server.hits.values()) == 0  # neither robots.txt nor the page was asked for


def test_redirect_to_a_private_host_refused(
    server: Server, make_fetcher: Callable[..., Fetcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    # pretend the test server is a public site (the fetcher connects to the address it checked, so the test
    # server's own); the redirect target resolves into the local network
    fake_dns = {"127.0.0.1": ["127.0.0.1"], "intranet.example": ["10.0.0.5"]}
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port: fake_dns[host])
    real_is_public = fetch_module._is_public
    monkeypatch.setattr(fetch_module, "_is_public", lambda address: address == "127.0.0.1" or real_is_public(address))
    server.routes["/to-intranet"] = _redirect("http://intranet.example/admin")
    with pytest.raises(FetchError, match="intranet.example resolves to the non-public address 10.0.0.5"):
        make_fetcher(allow_private=False, respect_robots=False).fetch(server.url("/to-intranet"))
    assert server.hits["/to-intranet"] == 1


def test_redirect_to_another_scheme_refused(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    server.routes["/to-file"] = _redirect("file:///etc/passwd")
    with pytest.raises(FetchError, match="not an http"):
        make_fetcher(respect_robots=False).fetch(server.url("/to-file"))


def test_relative_redirect_followed(server: Server, make_fetcher: Callable[..., Fetcher]) -> None:
    server.routes["/relative"] = _redirect("page?from=relative")
    page = make_fetcher(respect_robots=False).fetch(server.url("/relative"))
    assert page.url == server.url("/page?from=relative")
    assert page.html == HTML


def test_cli_refuses_a_local_url_without_allow_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    monkeypatch.chdir(tmp_path)  # a cache, if one were written, stays in the test's folder
    result = CliRunner().invoke(app, ["extract", "http://127.0.0.1:9/berita"])
    assert result.exit_code == 1
    assert "refused: 127.0.0.1 resolves to the non-public address 127.0.0.1" in result.stderr
    assert "Traceback" not in result.output
