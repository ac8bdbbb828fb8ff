"""Shared test fixtures: isolation from the developer's environment, settings, a CLI runner, a local HTTP server.

The article texts and the builders of each input kind live in tests/fixtures/news.py, plain helpers in
tests/fixtures/support.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fixtures.support import CliRun, NewsServer, Reply, fast_settings
from typer.testing import CliRunner, Result

from extractor.cli import app
from extractor.settings import Settings


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the database the developer's EXTRACTOR_DB names, or sends local traffic via a proxy."""
    monkeypatch.delenv("EXTRACTOR_DB", raising=False)
    # requests honours proxy variables; test traffic to 127.0.0.1 must never go through one
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Test settings writing to the `db_url` database."""
    return fast_settings(tmp_path)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRun:
    """Run `extractor ARGS...` in-process and return the click Result (stdout and stderr kept apart)."""
    # The CLI has no options for the cache or the politeness delay; without this a URL test would wait 1 s per
    # request and write its cache into the working directory.
    monkeypatch.setattr(
        "extractor.cli.load_settings",
        lambda **overrides: fast_settings(tmp_path, **{k: v for k, v in overrides.items() if v is not None}),
    )
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=True)

    return run


# a local HTTP server


@pytest.fixture
def news_server() -> Iterator[NewsServer]:
    """A local news site; tests fill `routes`. Never the internet."""
    state = NewsServer()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with lock:
                state.hits[path] += 1
            reply = state.routes.get(path) or Reply(b"<html><body>tidak ditemukan</body></html>", 404)
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep pytest output clean

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    # a short poll interval lets shutdown() return at once instead of after the default 0.5 s
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The packaged pipeline, loaded once for the whole session."""
    from extractor.nlp import load_pipeline

    return load_pipeline()
