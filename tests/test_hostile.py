"""Hostile input (issue 19): each case is one way a crafted batch broke a run; one item's bad content must end in
that item's own failure record, with a clear reason, while the rest of the batch is stored and a rerun adds nothing.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fixtures.news import (
    PAREPARE,
    SUMBAWA,
    WONOSOBO,
    WONOSOBO_SYNDICATED,
    WarcRecord,
    story_html,
    story_text,
    write_warc,
)
from fixtures.support import CliRun, NewsServer, Reply, assert_clean_output, ingest_cli, read_db, run_report
from test_db_postgres import admin, pg_url  # noqa: F401  (the PostgreSQL fixtures: a fresh database per test)

from extractor import fetch as fetch_module
from extractor import pipeline, summary
from extractor.classify.model import META_FILE, MODEL_DIR, MODEL_FILE
from extractor.classify.model import load as load_classifier
from extractor.cli import PAGE_LOGGERS, configure_logging
from extractor.db.near_duplicates import NearDuplicateIndex, near_duplicate_index
from extractor.db.session import get_engine
from extractor.db.store import is_permanent
from extractor.errors import FetchError, NlpError
from extractor.fetch import Fetcher
from extractor.limits import time_limit_available
from extractor.names import safe_name
from extractor.records import Extraction, Failure, Page
from extractor.settings import Settings
from extractor.sources import iter_pages

GOOD = [WONOSOBO, PAREPARE, SUMBAWA]
needs_signals = pytest.mark.skipif(not time_limit_available(), reason="no SIGALRM here")


def busy(seconds: float) -> None:
    """Busy Python work for about `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


def line(**record: Any) -> bytes:
    """One JSONL line with every non-ASCII character as a \\u escape, as a lone surrogate must be written."""
    return json.dumps(record, ensure_ascii=True).encode() + b"\n"


def good_lines() -> list[bytes]:
    return [line(id=f"baik-{i}", text=story_text(story)) for i, story in enumerate(GOOD)]


# breaks 1 and 2: a bad JSONL line fails alone


BAD_LINES = {
    "surrogate in text": line(id="a", text=story_text(WONOSOBO) + "\udc80"),
    "surrogate in title": line(id="b", title="Judul \udc80", text=story_text(PAREPARE)),
    "surrogate in id": line(id="\udc80", text=story_text(SUMBAWA)),
    "surrogate in url": line(url="https://warta.example.id/\udc80", text=story_text(WONOSOBO)),
    "surrogate in html": line(id="c", html=story_html(PAREPARE).decode() + "\udc80"),
    "NUL in title": line(id="d", title="Judul\x00", text=story_text(SUMBAWA)),
    "id of 5000 digits": b'{"id": ' + b"7" * 5000 + b', "text": "Kota Bandung"}\n',
}


@pytest.mark.parametrize("case", list(BAD_LINES))
def test_a_bad_jsonl_line_fails_alone(cli: CliRun, db_url: str, tmp_path: Path, case: str) -> None:
    lines = good_lines()
    source = tmp_path / "batch.jsonl"
    source.write_bytes(lines[0] + BAD_LINES[case] + lines[1] + lines[2])

    result = ingest_cli(cli, db_url, source)
    assert_clean_output(result)
    assert result.exit_code == 1
    report = run_report(result)
    assert (report["stored"], report["failed"]) == (3, 1), report
    failure = read_db(db_url).failure(f"{source}#2")
    assert failure.stage == "read"
    assert "lone surrogate" in failure.reason or "NUL" in failure.reason or "number too long" in failure.reason

    again = run_report(ingest_cli(cli, db_url, source))
    assert (again["stored"], again["skipped"], again["failed"]) == (0, 3, 1)


def test_undecodable_file_names_are_stored_escaped(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    # a name that is not UTF-8 comes back from the file system as a lone surrogate
    (Path(os.fsdecode(bytes(batch) + b"/berita-\xff.txt"))).write_text(story_text(WONOSOBO))
    (Path(os.fsdecode(bytes(batch) + b"/kosong-\xfe.html"))).write_bytes(b"")

    result = ingest_cli(cli, db_url, batch)
    assert_clean_output(result)
    report = run_report(result)
    assert (report["stored"], report["failed"]) == (1, 1)
    stored = read_db(db_url)
    assert stored.articles[0].key == "berita-\\udcff"
    assert stored.failures[0].source == f"{batch}/kosong-\\udcfe.html"
    assert run_report(ingest_cli(cli, db_url, batch))["stored"] == 0


# break 3: a NUL in a source name on PostgreSQL


def hostile_names(tmp_path: Path) -> list[str]:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://warta.example.id/berita\x00satu\n", encoding="utf-8")
    warc = write_warc(tmp_path / "arsip.warc.gz", [
        WarcRecord("https://warta.example.id/nul\x00di-uri", story_html(WONOSOBO)),
        WarcRecord("https://warta.example.id/baik", story_html(PAREPARE)),
    ])
    return ["--urls", str(urls), str(warc)]


def test_a_nul_in_a_source_name_is_one_failure_on_postgresql(cli: CliRun, pg_url: str,  # noqa: F811
                                                            tmp_path: Path) -> None:
    *options, warc = hostile_names(tmp_path)
    result = ingest_cli(cli, pg_url, warc, extra=tuple(options))
    assert_clean_output(result)
    report = run_report(result)
    assert (report["stored"], report["failed"]) == (1, 2), result.stderr
    reasons = {f.source: f.reason for f in read_db(pg_url).failures}
    assert reasons == {
        "https://warta.example.id/berita\\x00satu": "not a valid URL (it holds control characters)",
        "https://warta.example.id/nul\\x00di-uri":
            "the WARC record's target URI is not a valid URL (it holds control characters)",
    }
    again = run_report(ingest_cli(cli, pg_url, warc, extra=tuple(options)))
    assert (again["stored"], again["failed"]) == (0, 2)


# break 5: a timeout is transient


@needs_signals
def test_a_document_over_the_time_limit_is_tried_again(monkeypatch: pytest.MonkeyPatch, settings: Settings,
                                                       tmp_path: Path) -> None:
    source = tmp_path / "lambat.txt"
    source.write_text(story_text(WONOSOBO))
    real_parse = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda page, s: (busy(30), real_parse(page, s))[1])
    first = pipeline.ingest([str(source)], replace(settings, time_limit=0.2))
    assert first.failures == [Failure(str(source), "parse", "took longer than 0.2 s (raise --time-limit if it is "
                                                              "genuine)")]
    monkeypatch.setattr(pipeline, "parse_page", real_parse)
    assert pipeline.ingest([str(source)], replace(settings, time_limit=60)).stored == 1


# break 10: names are printed escaped


def test_control_characters_in_names_are_printed_escaped(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    evil = "merah\x1b[31m\x1b]0;judul\x07\nfailed palsu.html"
    (batch / evil).write_bytes(b"")
    (batch / "kosong\u202egnp.html").write_bytes(b"")

    result = ingest_cli(cli, db_url, batch)
    assert_clean_output(result)
    listed = cli("failures", "--db", db_url)
    by_reason = cli("failures", "--db", db_url, "--by-reason")
    for output in (result.stderr, listed.stdout + listed.stderr, by_reason.stdout + by_reason.stderr):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert not any(printed.startswith("failed palsu") for printed in output.splitlines())
    assert safe_name(str(batch / evil)) in result.stderr


# break 4: a time limit that holds


def test_an_element_with_a_huge_number_of_attributes_is_refused_before_parsing() -> None:
    # 5,000 attributes still parse in a blink; 120,000 took lxml minutes in one call no signal interrupts
    crowded = b"<div " + b" ".join(b'a%d=">"' % i for i in range(5000)) + b"></div>"
    page = Page(source="sesak.html", html=story_html(WONOSOBO).replace(b"<body>", b"<body>" + crowded, 1))
    result = pipeline.process_page(page, Settings())
    assert result == Failure("sesak.html", "parse", "the HTML has an element with 5000 attributes (over 1000), "
                                                    "which the parser takes minutes over")


def swallowing(seconds: float) -> None:
    """Busy work in steps that catch every exception, as trafilatura does around its extraction steps."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            sum(range(1000))
        except Exception:  # noqa: BLE001, S110
            pass


@needs_signals
def test_a_swallowed_alarm_still_ends_in_a_time_limit_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "parse_page", lambda page, s: (swallowing(0.6), replace_text(page))[1])
    result = pipeline.process_page(Page(source="telan.txt", text=story_text(WONOSOBO)), replace(
        Settings(), time_limit=0.2))
    assert result == Failure("telan.txt", "parse", "took longer than 0.2 s (raise --time-limit if it is genuine)")


def replace_text(page: Page) -> Any:
    from extractor.parse import parse_page
    return parse_page(page, Settings())


@needs_signals
def test_the_limit_is_rearmed_per_stage_and_not_charged_for_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    real_parse, real_extract, real_load = pipeline.parse_page, pipeline.extract_article, summary.load_pipeline
    monkeypatch.setattr(pipeline, "parse_page", lambda page, s: (busy(0.3), real_parse(page, s))[1])
    monkeypatch.setattr(pipeline, "extract_article", lambda article: (busy(0.3), real_extract(article))[1])
    monkeypatch.setattr(summary, "load_pipeline", lambda: (busy(1.0), real_load())[1])
    # each stage takes 0.3 s of a 0.8 s limit, loading the pipeline 1 s: all of it together would be over
    result = pipeline.process_page(Page(source="bertahap.txt", text=story_text(WONOSOBO)), replace(
        Settings(), time_limit=0.8))
    assert isinstance(result, Extraction), result


# break 6: a deadline on the whole request, headers included


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """A server that answers every request with its status line and headers one byte at a time."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: a\r\n" * 1000:
                    if stop.wait(0.02):
                        return
                    try:
                        connection.sendall(bytes([byte]))
                    except OSError:  # the client hung up
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/berita"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def test_headers_trickled_byte_by_byte_end_at_the_time_limit(trickling_server: str, settings: Settings) -> None:
    fetcher = Fetcher(replace(settings, time_limit=0.5, read_timeout=5.0, respect_robots=False))
    with fetcher, pytest.raises(FetchError, match=r"took longer than 0.5 s to download"):
        fetcher.fetch(trickling_server)


# break 7: the connection goes to the address that was checked


def fake_dns(monkeypatch: pytest.MonkeyPatch, host: str, *answers: str | None) -> None:
    """`host` resolves to each answer in turn (None: the lookup fails), then to the last one for ever."""
    real = socket.getaddrinfo
    queue = list(answers)

    def getaddrinfo(name: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if name != host:
            return real(name, port, *args, **kwargs)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if answer is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(answer, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def fetch_privately(news_server: NewsServer, settings: Settings, host: str) -> None:
    news_server.routes["/berita"] = Reply(story_html(WONOSOBO))
    port = news_server.base.rsplit(":", 1)[1]
    with Fetcher(replace(settings, allow_private=False, respect_robots=False)) as fetcher:
        fetcher.fetch(f"http://{host}:{port}/berita")


def test_dns_rebinding_does_not_reach_the_private_address(monkeypatch: pytest.MonkeyPatch, news_server: NewsServer,
                                                          settings: Settings) -> None:
    # the check sees a "public" address (127.0.0.2 plays one, nothing listens there); any later lookup answers
    # with the address of the local server
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port: ["127.0.0.2"])
    fake_dns(monkeypatch, "ganti.example", "127.0.0.1")
    real_is_public = fetch_module._is_public
    monkeypatch.setattr(fetch_module, "_is_public", lambda a: a == "127.0.0.2" or real_is_public(a))
    with pytest.raises(FetchError, match="connection"):
        fetch_privately(news_server, settings, "ganti.example")
    assert sum(news_server.hits.values()) == 0


def test_a_failed_lookup_is_a_refusal(monkeypatch: pytest.MonkeyPatch, news_server: NewsServer,
                                      settings: Settings) -> None:
    fake_dns(monkeypatch, "gagal.example", None, "127.0.0.1")
    with pytest.raises(FetchError, match="cannot resolve gagal.example"):
        fetch_privately(news_server, settings, "gagal.example")
    assert sum(news_server.hits.values()) == 0


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::c0a8:1", "2002:7f00:1::1",
                                     "2002:a9fe:a9fe::", "::7f00:1", "2001:0:4136:e378:8000:63bf:80ff:fffe"])
def test_translated_forms_of_private_addresses_are_refused(address: str) -> None:
    assert not fetch_module._is_public(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1"])
def test_translated_forms_of_public_addresses_are_public(address: str) -> None:
    assert fetch_module._is_public(address)


# break 9: workers die with their parent

POOL_SCRIPT = """
import os, sys, time
from extractor.workers import worker_pool

def pid_after(seconds):
    time.sleep(seconds)
    return os.getpid()

pool = worker_pool(2)
pids = {f.result() for f in [pool.submit(pid_after, 1.0) for _ in range(2)]}
for _ in range(2):
    pool.submit(time.sleep, 600)
print(" ".join(map(str, sorted(pids))), flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    """True while the process exists and is no zombie (a dead orphan waits for PID 1 to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_end_when_their_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", POOL_SCRIPT], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(alive(pid) for pid in workers)
    finally:
        parent.kill()
        parent.wait()
    for _ in range(300):  # the kernel ends them at once; this only waits for it to happen, at most 30 s
        if not any(alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


# break 8: copies stored by two runs at once are linked


def test_copies_stored_by_a_concurrent_run_are_linked_at_its_end(monkeypatch: pytest.MonkeyPatch,
                                                                 settings: Settings, tmp_path: Path) -> None:
    originals, copies = tmp_path / "asli", tmp_path / "salinan"
    originals.mkdir()
    copies.mkdir()
    (originals / "wonosobo.html").write_bytes(story_html(WONOSOBO))
    (originals / "parepare.txt").write_text(story_text(PAREPARE))
    (copies / "koran.html").write_bytes(story_html(WONOSOBO_SYNDICATED, "koran"))
    (copies / "sumbawa.txt").write_text(story_text(SUMBAWA))
    assert pipeline.ingest([str(originals)], settings).stored == 2
    # the second run started before the first stored anything: its watermark is from then, and it stored each
    # article before the first run committed the original
    monkeypatch.setattr("extractor.db.store.last_article_id", lambda session: 0)
    class NotYetCommitted(NearDuplicateIndex):
        def find(self, *args: object, **kwargs: object) -> None:
            return None

    monkeypatch.setattr("extractor.db.near_duplicates.open_near_duplicate_index",
                        lambda session, s: NotYetCommitted(s.near_duplicate_threshold, near_duplicate_index(s).layout))
    second = pipeline.ingest([str(copies)], settings)
    assert second.stored == 2  # neither looked like a copy when it was stored
    stored = read_db(settings.db_url)
    assert stored.by_key("koran").duplicate_of == stored.by_key("wonosobo").id
    assert stored.by_key("sumbawa").duplicate_of is None
    assert second.totals["duplicates"] == 1


# the smaller ones


@pytest.mark.parametrize(("args", "says"), [
    (["events", "--year", "-1"], "not a year from 1 to 9999"),
    (["events", "--year", str(10**23)], "not a year from 1 to 9999"),
    (["failures", "--run", str(10**23)], "no such run"),
    (["ingest", "--quiet", "--time-limit", "inf", "berita.txt"], "must be from 0 (no limit) to 86400 seconds"),
    (["ingest", "--quiet", "--workers", "100000", "berita.txt"], "must be at most"),
    (["stats", "--db", "mysql://peneliti@localhost/berita"], "unsupported database 'mysql'"),
    (["stats", "--db", "sqlite://"], "an in-memory SQLite database keeps nothing"),
])
def test_absurd_arguments_are_usage_errors(cli: CliRun, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           args: list[str], says: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "berita.txt").write_text(story_text(WONOSOBO))
    get_engine(db_url).dispose()  # the commands that read refuse a database that does not exist
    result = cli(*args, *([] if "--db" in args else ["--db", db_url]))
    assert_clean_output(result)
    assert result.exit_code == 2, result.output
    assert says in result.stderr
    assert "unexpected" not in result.stderr


def test_classifier_metadata_without_a_threshold_is_refused(tmp_path: Path) -> None:
    for name in (MODEL_FILE, META_FILE):
        shutil.copy(MODEL_DIR / name, tmp_path / name)
    metadata = json.loads((tmp_path / META_FILE).read_text())
    del metadata["threshold"]
    (tmp_path / META_FILE).write_text(json.dumps(metadata))
    with pytest.raises(NlpError, match="holds no threshold"):
        load_classifier(tmp_path)


def test_fifos_and_symlink_loops_are_failures_not_silence(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    os.mkfifo(batch / "pipa.html")
    (batch / "putar.html").symlink_to(batch / "putar.html")
    (batch / "hilang.txt").symlink_to(batch / "tidak-ada.txt")
    (batch / "baik.txt").write_text(story_text(WONOSOBO))
    items = list(iter_pages([str(batch), str(batch / "pipa.html"), str(batch / "putar.html")]))
    reasons = {i.source: i.reason for i in items if isinstance(i, Failure)}
    assert reasons == {
        str(batch / "pipa.html"): "not a regular file but a FIFO (named pipe)",
        str(batch / "putar.html"): "a symbolic link loop (it points, through links, back to itself)",
        str(batch / "hilang.txt"): "a symbolic link to nothing (its target is missing)",
    }
    assert len(items) == 6 and [i.source for i in items if isinstance(i, Page)] == [str(batch / "baik.txt")]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_text_file_without_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "berita.txt"
    path.write_bytes((story_text(WONOSOBO) + "Warga menyukai kafé digital itu.\n").encode(codec))
    [page] = iter_pages([str(path)])
    result = pipeline.process_page(page, Settings())
    assert isinstance(result, Extraction), result
    assert result.article.language == "id" and "kafé digital" in result.article.text


def test_parsing_libraries_log_nothing_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PAGE_LOGGERS:
        monkeypatch.setattr(logging.getLogger(name), "level", logging.getLogger(name).level)
    configure_logging()
    assert not logging.getLogger("trafilatura.core").isEnabledFor(logging.ERROR)  # "empty HTML tree: ..."


def assert_permanent_parse_failure(result: object, says: str) -> None:
    assert isinstance(result, Failure), result
    assert result.stage == "parse" and says in result.reason, result
    assert is_permanent(result)


def test_text_over_the_nlp_limit_is_a_parse_failure() -> None:
    page = Page(source="panjang.txt", text="Pemerintah Kota Bandung menjalani evaluasi smart city. " * 20_000)
    assert_permanent_parse_failure(pipeline.process_page(page, Settings()),
                                   "characters, over the 1000000 the NLP takes")


def test_an_undefined_charset_is_guessed() -> None:
    html = story_html(WONOSOBO).replace(b"<head>", b'<head><meta charset="undefined">', 1) + b"<p>caf\xe9</p>"
    result = pipeline.process_page(Page(source="undefined.html", html=html), Settings())
    assert isinstance(result, Extraction), result


def test_a_crash_inside_the_html_libraries_is_a_parse_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("htmldate: unexpected date format")

    monkeypatch.setattr("trafilatura.bare_extraction", crash)  # parse imports trafilatura on its first page
    result = pipeline.process_page(Page(source="rusak.html", html=story_html(WONOSOBO)), Settings())
    assert_permanent_parse_failure(result, "the HTML cannot be parsed (AssertionError: htmldate")


# all of it at once


def test_a_hostile_batch_stores_the_good_articles_and_fails_each_bad_item_once(cli: CliRun, db_url: str,
                                                                              tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "wonosobo.html").write_bytes(story_html(WONOSOBO))
    (batch / "parepare.txt").write_text(story_text(PAREPARE))
    (batch / "campur.jsonl").write_bytes(
        line(id="sumbawa", text=story_text(SUMBAWA)) + BAD_LINES["surrogate in text"]
        + BAD_LINES["surrogate in html"] + BAD_LINES["id of 5000 digits"])
    options = hostile_names(tmp_path)[:2]
    write_warc(batch / "arsip.warc.gz", [WarcRecord("https://warta.example.id/nul\x00di-uri", story_html(WONOSOBO))])
    (batch / "sesak.html").write_bytes(b"<html><body><div " + b" ".join(b"a%d=x" % i for i in range(120_000))
                                       + b"></div></body></html>")
    (batch / "merah\x1b[31m\nfailed palsu.html").write_bytes(b"")
    os.mkfifo(batch / "pipa.html")
    (batch / "putar.html").symlink_to(batch / "putar.html")
    (batch / "panjang.txt").write_text("Pemerintah Kota Bandung menjalani evaluasi smart city. " * 20_000)

    for run in (1, 2):
        result = ingest_cli(cli, db_url, batch, extra=(*options, "--time-limit", "30"))
        assert_clean_output(result)
        assert result.exit_code == 1
        report = run_report(result)
        assert (report["stored"], report["skipped"], report["failed"]) == ((3, 0, 10) if run == 1 else (0, 3, 10))
        assert "unexpected" not in result.stderr and "\x1b" not in result.stderr
    failures = read_db(db_url).failures
    assert len(failures) == 10 and not any("unexpected" in f.reason for f in failures)
