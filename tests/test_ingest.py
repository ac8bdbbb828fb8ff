"""The whole ingest: sources -> parse -> NLP -> database, through `extractor ingest` / `extractor stats` and
`extractor.pipeline.ingest`.

Every article here runs through the NLP pipeline (a fraction of a second each), so each test ingests only a few.
URLs are served by a local HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fixtures.news import (
    ENGLISH,
    NAV_ONLY_HTML,
    PAREPARE,
    PEKALONGAN,
    SUMBAWA,
    WONOSOBO,
    WONOSOBO_SYNDICATED,
    WarcRecord,
    jsonl_line,
    story_html,
    story_text,
    write_batch,
    write_warc,
)
from fixtures.support import (
    CliRun,
    NewsServer,
    Reply,
    assert_clean_output,
    fast_settings,
    ingest_cli,
    read_db,
    run_report,
    snapshot,
)

from extractor import pipeline
from extractor.db.session import get_engine
from extractor.pipeline import ingest
from extractor.settings import Settings


def mentions(output: str, text: str) -> bool:
    """True when the output names the text, even if the terminal width broke it over lines."""
    return "".join(text.split()) in "".join(output.split())


# input kinds


@dataclass
class Case:
    """Inputs of one kind and what ingesting them must store."""

    sources: list[Path]
    titles: dict[str, str]  # article key -> title
    failed: list[str] = field(default_factory=list)  # sources of the items that must fail


def html_case(tmp: Path) -> Case:
    path = tmp / "wonosobo.html"
    path.write_bytes(story_html(WONOSOBO))
    return Case([path], {"wonosobo": WONOSOBO.title})


def htm_case(tmp: Path) -> Case:
    path = tmp / "parepare.htm"
    path.write_bytes(story_html(PAREPARE))
    return Case([path], {"parepare": PAREPARE.title})


def txt_case(tmp: Path) -> Case:
    path = tmp / "sumbawa.txt"
    path.write_text(story_text(SUMBAWA), encoding="utf-8")
    return Case([path], {"sumbawa": SUMBAWA.title})


def jsonl_case(tmp: Path) -> Case:
    path = tmp / "kiriman.jsonl"
    lines = [
        jsonl_line(
            id="psl-01",
            url="https://jatengterkini.example.id/p",
            title=PEKALONGAN.title,
            published=PEKALONGAN.published,
            text=PEKALONGAN.body,
        ),
        '{"id": "rusak", "text": ',
        jsonl_line(id="psr-02", html=story_html(PAREPARE).decode()),
        jsonl_line(id="kosong", url="https://jatengterkini.example.id/kosong", title="Tanpa isi"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Case([path], {"psl-01": PEKALONGAN.title, "psr-02": PAREPARE.title}, [f"{path}#2", f"{path}#4"])


def warc_case(tmp: Path, name: str = "crawl.warc") -> Case:
    path = write_warc(
        tmp / name,
        [
            WarcRecord("https://wartadaerah.example.id/daerah/wonosobo", story_html(WONOSOBO)),
            WarcRecord(
                "https://wartadaerah.example.id/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"
            ),
            WarcRecord(
                "https://wartadaerah.example.id/hilang", b"<html>tidak ada</html>", status="404 Not Found"
            ),
        ],
    )
    return Case([path], {WONOSOBO.canonical: WONOSOBO.title}, ["https://wartadaerah.example.id/hilang"])


def warc_gz_case(tmp: Path) -> Case:
    return warc_case(tmp, "crawl.warc.gz")


def directory_case(tmp: Path) -> Case:
    root = tmp / "arsip"
    (root / "2022" / "juni").mkdir(parents=True)
    (root / "2022" / "juni" / "pekalongan.html").write_bytes(story_html(PEKALONGAN))
    (root / "sumbawa.txt").write_text(story_text(SUMBAWA), encoding="utf-8")
    (root / "catatan.md").write_text("bukan berita")
    return Case([root], {"pekalongan": PEKALONGAN.title, "sumbawa": SUMBAWA.title})


@pytest.mark.parametrize(
    "build",
    [html_case, htm_case, txt_case, jsonl_case, warc_case, warc_gz_case, directory_case],
    ids=lambda f: f.__name__.removesuffix("_case"),
)
def test_each_input_kind_is_ingested(
    cli: CliRun, db_url: str, tmp_path: Path, build: Callable[[Path], Case]
) -> None:
    case = build(tmp_path)
    result = ingest_cli(cli, db_url, *case.sources)
    assert_clean_output(result)
    assert result.exit_code == (1 if case.failed else 0), result.output
    report = run_report(result)
    assert report["stored"] == len(case.titles)
    assert report["failed"] == len(case.failed)
    stored = read_db(db_url)
    assert {a.key: a.title for a in stored.articles} == case.titles
    assert sorted(f.source for f in stored.failures) == sorted(case.failed)
    assert all(a.language == "id" and a.extraction_version for a in stored.articles)
    for source in case.failed:
        assert mentions(result.stderr, source)


def test_html_metadata_is_stored(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "wonosobo.html"
    path.write_bytes(story_html(WONOSOBO))
    assert ingest_cli(cli, db_url, path).exit_code == 0
    article = read_db(db_url).by_key("wonosobo")
    assert article.title == WONOSOBO.title
    assert article.url_key == WONOSOBO.canonical
    assert article.published == date(2023, 3, 14)  # datePublished, not the later dateModified
    assert article.site == WONOSOBO.site
    assert article.source == str(path)
    assert WONOSOBO.paragraphs[1] in article.text


def test_raw_page_is_stored_compressed_and_content_addressed(
    cli: CliRun, db_url: str, tmp_path: Path
) -> None:
    html_path, txt_path = tmp_path / "pekalongan.html", tmp_path / "sumbawa.txt"
    html_path.write_bytes(story_html(PEKALONGAN))
    txt_path.write_text(story_text(SUMBAWA), encoding="utf-8")
    assert ingest_cli(cli, db_url, html_path, txt_path).exit_code == 0
    stored = read_db(db_url)
    raw_pages = {page.sha256: page for page in stored.raw_pages}
    for path, is_html in ((html_path, True), (txt_path, False)):
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        assert stored.by_key(path.stem).raw_sha256 == digest
        assert zlib.decompress(raw_pages[digest].content) == raw
        assert raw_pages[digest].size == len(raw)
        assert raw_pages[digest].is_html is is_html


# failures


def invalid_utf8(tmp: Path, server: NewsServer) -> str:
    path = tmp / "rusak.txt"
    path.write_bytes(b"Wonosobo Dievaluasi\n\nTeks dengan bait \xff\xfe yang bukan UTF-8.\n")
    return str(path)


def empty_page(tmp: Path, server: NewsServer) -> str:
    path = tmp / "kosong.html"
    path.write_bytes(b"")
    return str(path)


def navigation_only(tmp: Path, server: NewsServer) -> str:
    path = tmp / "indeks.html"
    path.write_bytes(NAV_ONLY_HTML)
    return str(path)


def english(tmp: Path, server: NewsServer) -> str:
    path = tmp / "english.html"
    path.write_bytes(story_html(ENGLISH, lang="en"))
    return str(path)


def missing_path(tmp: Path, server: NewsServer) -> str:
    return str(tmp / "tidak-ada.html")


def broken_warc(tmp: Path, server: NewsServer) -> str:
    path = tmp / "rusak.warc.gz"
    path.write_bytes(b"<html>\nbukan arsip WARC\n</html>\n")
    return str(path)


def http_404(tmp: Path, server: NewsServer) -> str:
    return server.url("/berita/sudah-dihapus")


@pytest.mark.parametrize(
    ("bad", "stage", "reason"),
    [
        (invalid_utf8, "read", "cannot read the file"),
        (empty_page, "parse", "empty"),
        (navigation_only, "parse", "no article text"),
        (english, "parse", "in 'en'"),
        (missing_path, "read", "no such file"),
        (broken_warc, "read", "not a WARC file"),
        (http_404, "fetch", "HTTP 404"),
    ],
    ids=lambda value: value.__name__ if callable(value) else None,
)
def test_bad_item_is_recorded_and_the_batch_goes_on(
    cli: CliRun,
    db_url: str,
    tmp_path: Path,
    news_server: NewsServer,
    bad: Callable[[Path, NewsServer], str],
    stage: str,
    reason: str,
) -> None:
    before, after = tmp_path / "a-parepare.html", tmp_path / "z-sumbawa.txt"
    before.write_bytes(story_html(PAREPARE))
    after.write_text(story_text(SUMBAWA), encoding="utf-8")
    source = bad(tmp_path, news_server)
    result = ingest_cli(cli, db_url, before, source, after)
    assert_clean_output(result)
    assert result.exit_code == 1
    report = run_report(result)
    assert (report["stored"], report["failed"]) == (2, 1)
    stored = read_db(db_url)
    assert sorted(a.key for a in stored.articles) == ["a-parepare", "z-sumbawa"]
    failure = stored.failure(source)
    assert failure.stage == stage
    assert reason in failure.reason
    assert mentions(result.stderr, source) and mentions(result.stderr, reason)


def test_failure_line_names_the_item_exactly(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "laporan [final] evaluasi tahap kedua kabupaten wonosobo tahun 2023 versi lengkap.html"
    path.write_bytes(b"")
    result = ingest_cli(cli, db_url, path)
    assert result.exit_code == 1
    assert f"{path} (parse): the page is empty" in result.stderr.splitlines()[1]  # after the database line


# exit status


def test_exit_status_0_when_everything_is_ingested(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "parepare.txt"
    path.write_text(story_text(PAREPARE), encoding="utf-8")
    result = ingest_cli(cli, db_url, path)
    assert result.exit_code == 0
    assert result.stderr == f"database: {db_url}\n"  # and nothing else


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "--quiet"],
        ["ingest", "--workers", "0", "berita.html"],
    ],
    ids=["no-sources", "zero-workers"],
)
def test_exit_status_2_on_usage_errors(cli: CliRun, db_url: str, args: list[str]) -> None:
    result = cli(*args, "--db", db_url)
    assert result.exit_code == 2
    assert_clean_output(result)


def test_missing_url_list_is_a_clear_error(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    result = ingest_cli(cli, db_url, extra=("--urls", str(tmp_path / "tidak-ada.txt")))
    assert result.exit_code == 2  # a usage error, not an item that failed (1)
    assert_clean_output(result)
    assert mentions(result.stderr, "tidak-ada.txt")


# URLs


def serve(server: NewsServer, *stories: tuple[str, Any]) -> None:
    for path, story in stories:
        server.routes[path] = Reply(story_html(story))


def test_urls_file_and_url_arguments(
    cli: CliRun, db_url: str, tmp_path: Path, news_server: NewsServer
) -> None:
    serve(
        news_server,
        ("/daerah/wonosobo", WONOSOBO),
        ("/daerah/parepare", PAREPARE),
        ("/daerah/sumbawa", SUMBAWA),
    )
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# berita evaluasi smart city\n"
        f"{news_server.url('/daerah/wonosobo')}\n"
        "\n"
        f"  # {news_server.url('/daerah/dilewati')}\n"
        f"   {news_server.url('/daerah/parepare')}   \n"
        f"{news_server.url('/daerah/hilang')}\n",
        encoding="utf-8",
    )
    result = ingest_cli(cli, db_url, news_server.url("/daerah/sumbawa"), extra=("--urls", str(urls)))
    assert_clean_output(result)
    assert result.exit_code == 1
    stored = read_db(db_url)
    assert sorted(a.title for a in stored.articles) == sorted([WONOSOBO.title, PAREPARE.title, SUMBAWA.title])
    assert stored.failure(news_server.url("/daerah/hilang")).stage == "fetch"
    assert news_server.hits["/daerah/dilewati"] == 0
    assert news_server.hits["/daerah/wonosobo"] == 1


def test_pipeline_ingests_urls_and_records_fetch_failures(
    settings: Settings, news_server: NewsServer
) -> None:
    serve(news_server, ("/daerah/pekalongan", PEKALONGAN))
    url = news_server.url("/daerah/pekalongan")
    progress: list[tuple[str, str]] = []
    summary = ingest(
        [url + "?utm_source=whatsapp", news_server.url("/daerah/tidak-ada")],
        settings,
        lambda outcome, source: progress.append((outcome, source)),
    )
    assert summary.stored == 1
    assert [(f.source, f.stage) for f in summary.failures] == [
        (news_server.url("/daerah/tidak-ada"), "fetch")
    ]
    assert "404" in summary.failures[0].reason
    assert progress == [
        ("stored", url + "?utm_source=whatsapp"),
        ("failed", news_server.url("/daerah/tidak-ada")),
    ]
    assert summary.totals["articles"] == 1 and summary.totals["failed"] == 1
    article = read_db(settings.db_url).articles[0]
    assert article.url == url + "?utm_source=whatsapp"
    assert article.url_key == PEKALONGAN.canonical

    # the same page under another tracking parameter: served from the cache, recognised, not stored again
    again = ingest([url + "?utm_source=facebook"], settings)
    assert (again.stored, again.skipped, again.failures) == (0, 1, [])
    assert news_server.hits["/daerah/pekalongan"] == 1


def test_a_rerun_requests_no_stored_url_and_no_permanently_failed_one(
    tmp_path: Path, news_server: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """URL-level resume: what the database holds is skipped before fetching, whatever the fetch cache holds."""
    serve(news_server, ("/daerah/wonosobo", WONOSOBO))
    news_server.routes["/daerah/sibuk"] = Reply(b"<p>coba lagi</p>", status=503)  # transient: asked again
    stored, gone, busy = (news_server.url(p) for p in ("/daerah/wonosobo", "/daerah/hilang", "/daerah/sibuk"))
    settings = fast_settings(tmp_path)
    first = ingest([stored, gone, busy], settings)
    assert (first.stored, sorted(f.source for f in first.failures)) == (1, sorted([gone, busy]))
    assert {f.source: f.permanent for f in read_db(settings.db_url).failures} == {gone: True, busy: False}

    parsed: list[str] = []
    real_parse = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda page, settings: parsed.append(page.source) or
                        real_parse(page, settings))
    before = Counter(news_server.hits)
    # an empty fetch cache: only the database can tell the run what it already has
    again = ingest([stored, gone, busy], fast_settings(tmp_path, cache_dir=tmp_path / "fresh-cache"))
    requested = Counter(news_server.hits)
    requested.subtract(before)
    assert {p: requested[p] for p in ("/daerah/wonosobo", "/daerah/hilang", "/daerah/sibuk")} == {
        "/daerah/wonosobo": 0, "/daerah/hilang": 0, "/daerah/sibuk": 1}
    assert parsed == []  # the stored page is neither fetched nor parsed again
    assert (again.stored, again.skipped, sorted(f.source for f in again.failures)) == (0, 1, sorted([gone, busy]))


# re-runs


def test_running_the_same_ingest_twice_adds_nothing(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    sources = write_batch(tmp_path / "batch")
    first = ingest_cli(cli, db_url, *sources)
    assert first.exit_code == 1
    assert {k: run_report(first)[k] for k in ("stored", "near_duplicates", "skipped", "failed")} == {
        "stored": 2,
        "near_duplicates": 1,
        "skipped": 0,
        "failed": 1,
    }
    before = read_db(db_url)
    assert before.mentions, "the NLP found nothing to store; the test would not see mentions being duplicated"

    second = ingest_cli(cli, db_url, *sources)
    assert second.exit_code == 1
    report = run_report(second)
    assert {k: report[k] for k in ("stored", "near_duplicates", "skipped", "failed")} == {
        "stored": 0,
        "near_duplicates": 0,
        "skipped": 3,
        "failed": 1,
    }
    assert report["database"] == run_report(first)["database"]
    after = read_db(db_url)
    assert snapshot(after) == snapshot(before)
    assert [(a.id, a.key) for a in after.articles] == [(a.id, a.key) for a in before.articles]


def test_a_later_batch_with_failures_loses_nothing(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    first_dir, later_dir = tmp_path / "pertama", tmp_path / "kedua"
    first_dir.mkdir()
    later_dir.mkdir()
    (first_dir / "wonosobo.html").write_bytes(story_html(WONOSOBO))
    (first_dir / "parepare.txt").write_text(story_text(PAREPARE), encoding="utf-8")
    assert ingest_cli(cli, db_url, first_dir).exit_code == 0
    before = snapshot(read_db(db_url))

    (later_dir / "kosong.html").write_bytes(b"")
    (later_dir / "rusak.txt").write_bytes(b"\xff\xfe\xfa")
    (later_dir / "sumbawa.txt").write_text(story_text(SUMBAWA), encoding="utf-8")
    result = ingest_cli(cli, db_url, later_dir, tmp_path / "tidak-ada")
    assert result.exit_code == 1
    after = snapshot(read_db(db_url))
    assert set(before["articles"]) <= set(after["articles"])
    assert set(before["mentions"]) <= set(after["mentions"])
    assert len(after["articles"]) == 3 and len(after["failures"]) == 3


# duplicates


def test_duplicates_are_stored_once_or_linked(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "1-wonosobo.html").write_bytes(story_html(WONOSOBO))
    # the same text on another site: stored once, recorded as a copy
    (tmp_path / "2-salinan.html").write_bytes(
        story_html(WONOSOBO, "koran", canonical="https://lain.example.id/w", site="Media Lain")
    )
    # a syndicated copy with a new lead sentence and another site's chrome: stored, linked to the first
    (tmp_path / "3-koran.html").write_bytes(story_html(WONOSOBO_SYNDICATED, "koran"))
    # an unrelated article: stored, not linked
    (tmp_path / "4-parepare.html").write_bytes(story_html(PAREPARE))
    # one URL twice (tracking parameters, host case): stored once even though the text changed
    feed = tmp_path / "5-kiriman.jsonl"
    feed.write_text(
        jsonl_line(
            id="p1", url="https://jatengterkini.example.id/kota/batik?utm_source=fb", text=PEKALONGAN.body
        )
        + "\n"
        + jsonl_line(
            id="p2",
            url="https://JatengTerkini.example.id/kota/batik",
            text=PEKALONGAN.body + "\n\nBerita ini telah diperbarui.",
        )
        + "\n",
        encoding="utf-8",
    )
    result = ingest_cli(cli, db_url, tmp_path)
    assert result.exit_code == 0, result.output
    report = run_report(result)
    # the same text on another site is an exact copy; the same URL again is skipped
    assert (report["stored"], report["near_duplicates"], report["copies"], report["skipped"]) == (3, 1, 1, 1)

    stored = read_db(db_url)
    assert sorted(a.key for a in stored.articles) == ["1-wonosobo", "3-koran", "4-parepare", "p1"]
    assert stored.by_key("3-koran").duplicate_of == stored.by_key("1-wonosobo").id
    assert stored.by_key("1-wonosobo").duplicate_of is None
    assert stored.by_key("4-parepare").duplicate_of is None
    assert stored.by_key("p1").duplicate_of is None

    stats = json.loads(cli("stats", "--db", db_url).stdout)
    assert (stats["articles"], stats["duplicates"], stats["failed"]) == (4, 1, 0)


# stats


def test_stats_prints_one_json_object(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    assert cli("stats", "--db", db_url).exit_code == 2  # no database yet (tests/test_cli.py)
    get_engine(db_url).dispose()  # an empty one
    empty = cli("stats", "--db", db_url)
    assert empty.exit_code == 0
    assert json.loads(empty.stdout)["articles"] == 0

    assert ingest_cli(cli, db_url, *write_batch(tmp_path / "batch")).exit_code == 1
    result = cli("stats", "--db", db_url)
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1
    stats = json.loads(result.stdout)
    assert isinstance(stats, dict)
    assert {k: stats[k] for k in ("articles", "failed", "duplicates")} == {
        "articles": 3,
        "failed": 1,
        "duplicates": 1,
    }
    assert all(isinstance(value, int) for value in stats.values())


# parallel workers


def test_two_workers_store_the_same_as_one(cli: CliRun, tmp_path: Path) -> None:
    sources = write_batch(tmp_path / "batch")
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    first = ingest_cli(cli, one, *sources, extra=("--workers", "1"))
    second = ingest_cli(cli, two, *sources, extra=("--workers", "2"))
    assert (first.exit_code, second.exit_code) == (1, 1)
    assert run_report(first) == run_report(second)
    assert snapshot(read_db(one)) == snapshot(read_db(two))
    # input order is kept: the original is stored before its copy, so the copy is the one linked
    assert read_db(two).by_key("2-koran").duplicate_of == read_db(two).by_key("1-wonosobo").id


def test_missing_url_list_is_a_usage_error(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    result = ingest_cli(cli, db_url, extra=("--urls", str(tmp_path / "nothing.txt")))
    assert result.exit_code == 2


def test_database_errors_do_not_print_the_password(cli: CliRun) -> None:
    result = cli("stats", "--db", "postgresql://someone:s3cret@127.0.0.1:1/nothing")
    assert result.exit_code == 1
    assert "s3cret" not in result.stderr + result.stdout


def test_a_run_that_stores_nothing_new_keeps_the_derived_tables(
    cli: CliRun, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "parepare.txt"
    path.write_text(story_text(PAREPARE), encoding="utf-8")
    assert ingest_cli(cli, db_url, path).exit_code == 0
    from extractor.db import incremental

    calls: list[object] = []
    monkeypatch.setattr(incremental, "refresh_derived", lambda *args: calls.append(args))
    assert ingest_cli(cli, db_url, path).exit_code == 0
    assert calls == []


def test_an_unexpected_error_is_one_line_without_a_traceback(cli: CliRun, db_url: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(url: str) -> dict[str, int]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("extractor.db.queries.database_stats", broken)
    get_engine(db_url).dispose()
    result = cli("stats", "--db", db_url)
    assert result.exit_code == 1
    assert "unexpected RuntimeError: disk on fire" in result.output and "Traceback" not in result.output
