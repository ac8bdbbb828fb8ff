"""Faults of the ingest engine: a run killed at any moment, two runs on one database at once, permanent failures
skipped on re-runs, the failures of a run (`extractor failures`, `extractor.failures`).

The kill and concurrency tests run real `extractor ingest` processes on a generated corpus (tests/fixtures/
generated.py); the PostgreSQL variants use the server of tests/test_db_postgres.py and skip without one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fixtures.generated import write_corpus
from fixtures.news import PAREPARE, SUMBAWA, story_html, story_text
from fixtures.support import CliRun, assert_clean_output, ingest_cli, read_db, run_report
from sqlalchemy import func
from sqlmodel import select
from test_db_postgres import admin, pg_url  # noqa: F401  (the PostgreSQL fixtures: a fresh database per test)

import extractor
from extractor import pipeline
from extractor.db import incremental
from extractor.db.derive import rebuild_derived
from extractor.db.models import ArticleRow, EventRow, FailureRow, MentionRow, RawPage, RunRow
from extractor.db.queries import derived_counts
from extractor.db.session import get_engine, open_session
from extractor.pipeline import ingest
from extractor.records import Failure
from extractor.settings import Settings

ARTICLES = 12  # per generated corpus: enough to kill a run half-way, few enough that a run takes seconds
# Runs `extractor ingest` in a fresh interpreter. BLOCK_AT > 0 stops the run for good inside the transaction of the
# BLOCK_AT-th article it writes (after the article row, before the commit), first touching MARKER: the run can never
# finish on its own, so a kill lands before its end however fast or slow the machine is.
RUNNER = """
import sys, threading
from pathlib import Path
from extractor.db import store
block_at, marker = int(sys.argv[1]), Path(sys.argv[2])
if block_at:
    real, calls = store.replace_mentions, []
    def blocking(*args, **kwargs):
        real(*args, **kwargs)
        calls.append(1)
        if len(calls) == block_at:
            marker.touch()
            threading.Event().wait()  # until killed
    store.replace_mentions = blocking
sys.argv = ["extractor", *sys.argv[3:]]
from extractor.cli import main
main()
"""


def start_ingest(db_url: str, *sources: Path, block_at: int = 0, cwd: Path) -> subprocess.Popen[str]:
    """`extractor ingest --quiet --db DB SOURCES...` in a subprocess (stdout piped); see RUNNER for `block_at`
    (its marker file is cwd / "blocked")."""
    env = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_DB"}
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, str(block_at), str(cwd / "blocked"), "ingest", "--quiet", "--db", db_url,
         *map(str, sources)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env,
    )  # fmt: skip


def wait_for_marker(marker: Path, process: subprocess.Popen[str]) -> None:
    """Poll until the process has touched the marker (it is then blocked for good)."""
    deadline = time.monotonic() + 120  # a guard against a hang, not a measurement
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the ingest never reached its blocking point"
        time.sleep(0.02)


def count(db_url: str, model: type) -> int:
    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            return int(session.exec(select(func.count()).select_from(model)).one())
    finally:
        engine.dispose()


def wait_for_articles(db_url: str, process: subprocess.Popen[str], at_least: int) -> int:
    """Poll the database until the process has committed `at_least` articles; return how many it has."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        stored = count(db_url, ArticleRow)
        if stored >= at_least:
            return stored
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)
    raise AssertionError("the ingest stored nothing in two minutes")


def assert_consistent(db_url: str, sources: int) -> None:
    """Every article once, each with its raw page (if any) and mentions; no mention or raw page of nothing."""
    stored = read_db(db_url)
    assert len(stored.articles) <= sources
    assert not [s for s, n in Counter(a.source for a in stored.articles).items() if n > 1]
    assert not [k for k, n in Counter(a.key for a in stored.articles).items() if n > 1]
    ids = {a.id for a in stored.articles}
    assert {m.article_id for m in stored.mentions} == ids, "an article without mentions, or mentions of nothing"
    raws = {p.sha256 for p in stored.raw_pages}
    assert {a.raw_sha256 for a in stored.articles if a.raw_sha256} == raws
    assert not stored.failures


# kill -9


@pytest.mark.parametrize("inside", [True, False], ids=["inside-a-transaction", "full-speed"])
def test_a_run_killed_at_any_moment_completes_on_the_next(tmp_path: Path, cli: CliRun, inside: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "korpus.jsonl", ARTICLES)
    db_url = f"sqlite:///{tmp_path / 'kill.db'}"
    # inside: killed in the 3rd article's transaction, two committed. full-speed: killed wherever the run is once
    # two articles are committed (parsing, storing, between articles), and it blocks before its last two articles,
    # so the kill always comes before the end
    process = start_ingest(db_url, corpus, block_at=3 if inside else ARTICLES - 1, cwd=tmp_path)
    try:
        if inside:
            wait_for_marker(tmp_path / "blocked", process)
        else:
            wait_for_articles(db_url, process, 2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL

    killed = read_db(db_url)  # what a kill at any moment left: whole articles only
    assert len(killed.articles) == 2 if inside else 2 <= len(killed.articles) <= ARTICLES - 2, len(killed.articles)
    assert_consistent(db_url, ARTICLES)
    before = len(killed.articles)

    # the next run parses only what is missing, then stores it and rebuilds the derived tables
    parsed: list[str] = []
    real_parse = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda page, settings: parsed.append(page.source) or
                        real_parse(page, settings))
    result = ingest_cli(cli, db_url, corpus)
    assert_clean_output(result)
    assert result.exit_code == 0, result.output
    report = run_report(result)
    assert report["skipped"] == before
    assert report["stored"] + report["near_duplicates"] == ARTICLES - before
    assert len(parsed) == ARTICLES - before
    assert_consistent(db_url, ARTICLES)
    assert len(read_db(db_url).articles) == ARTICLES

    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            runs = list(session.exec(select(RunRow).order_by(RunRow.id)))  # type: ignore[arg-type]
            assert [r.status for r in runs] == ["running", "finished"]  # the killed one never said otherwise
            derived = derived_counts(session)
            assert derived["events"] > 0
            assert rebuild_derived(session, "x") and derived_counts(session) == derived  # nothing was stale
    finally:
        engine.dispose()


def test_a_run_killed_after_storing_everything_rebuilds_the_derived_tables_next_time(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "parepare.txt"
    path.write_text(story_text(PAREPARE), encoding="utf-8")

    def killed(*_args: Any) -> None:
        raise KeyboardInterrupt  # stands for a kill between the last article and the rebuild

    ingest([str(path)], settings)
    events = count(settings.db_url, EventRow)
    assert events > 0
    second = tmp_path / "kedua.txt"
    second.write_text(story_text(PAREPARE).replace("Parepare", "Palopo"), encoding="utf-8")
    monkeypatch.setattr(incremental, "refresh_derived", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(second)], settings)
    monkeypatch.undo()
    assert count(settings.db_url, ArticleRow) == 2

    calls: list[object] = []
    real = incremental.refresh_derived
    monkeypatch.setattr(incremental, "refresh_derived", lambda *args: calls.append(real(*args)) or calls[-1])
    again = ingest([str(path), str(second)], settings)
    assert (again.stored, again.skipped) == (0, 2)
    assert len(calls) == 1 and calls[0], "the derived tables were left without the article of the killed run"
    assert count(settings.db_url, EventRow) > events


# two runs at once


def assert_two_runs_stored_everything_once(db_url: str, first: subprocess.Popen[str],
                                           second: subprocess.Popen[str], sources: int) -> None:
    reports = []
    for process in (first, second):
        out, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors
        assert "Traceback" not in errors
        reports.append(json.loads(out))
    for report in reports:
        assert report["stored"] + report["near_duplicates"] + report["skipped"] == sources
        assert report["failed"] == 0
    assert sum(r["stored"] + r["near_duplicates"] for r in reports) == sources
    assert_consistent(db_url, sources)
    assert len(read_db(db_url).articles) == sources
    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            derived = derived_counts(session)
            assert derived["events"] > 0
            rebuild_derived(session, "x")  # the last of the two rebuilds saw every article
            assert derived_counts(session) == derived
    finally:
        engine.dispose()


def test_two_runs_at_once_on_sqlite_duplicate_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "korpus.jsonl", ARTICLES)
    db_url = f"sqlite:///{tmp_path / 'two.db'}"
    first = start_ingest(db_url, corpus, cwd=tmp_path)
    second = start_ingest(db_url, corpus, cwd=tmp_path)
    assert_two_runs_stored_everything_once(db_url, first, second, ARTICLES)


def test_two_runs_at_once_on_postgresql_duplicate_nothing(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    corpus = write_corpus(tmp_path / "korpus.jsonl", ARTICLES)
    first = start_ingest(pg_url, corpus, cwd=tmp_path)
    second = start_ingest(pg_url, corpus, cwd=tmp_path)
    assert_two_runs_stored_everything_once(pg_url, first, second, ARTICLES)


# failures of a run


def write_failing(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-kosong.html").write_bytes(b"")
    (folder / "b-kosong.html").write_bytes(b"   ")
    (folder / "c-parepare.txt").write_text(story_text(PAREPARE), encoding="utf-8")
    (folder / "d-rusak.jsonl").write_text("{bukan json\n{juga bukan\n", encoding="utf-8")
    return sorted(folder.iterdir())


def test_ingest_ends_with_failures_grouped_by_reason(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    result = ingest_cli(cli, db_url, *write_failing(tmp_path / "batch"), tmp_path / "tidak-ada")
    assert_clean_output(result)
    assert result.exit_code == 1
    report = run_report(result)
    assert (report["stored"], report["failed"]) == (1, 5)
    groups = {(g["stage"], g["reason"]): (g["count"], g["examples"]) for g in report["failures"]}
    batch = tmp_path / "batch"
    assert groups[("parse", "the page is empty")] == (2, [str(batch / "a-kosong.html"), str(batch / "b-kosong.html")])
    assert groups[("read", "no such file, directory or URL")] == (1, [str(tmp_path / "tidak-ada")])
    # one group for one kind of problem, whatever line it is on
    assert [g["count"] for g in report["failures"] if g["stage"] == "read" and "line N" in g["reason"]] == [2]
    assert report["failures"][0]["count"] == 2  # the most frequent first
    assert "5 failures by reason" in result.stderr


def test_failures_of_the_latest_and_of_an_earlier_run(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    sources = write_failing(tmp_path / "batch")
    assert ingest_cli(cli, db_url, *sources).exit_code == 1
    (tmp_path / "batch" / "b-kosong.html").write_bytes(story_html(SUMBAWA))
    second = ingest_cli(cli, db_url, tmp_path / "batch" / "b-kosong.html", tmp_path / "tidak-ada")
    assert run_report(second)["run"] == 2

    latest = json.loads(cli("failures", "--db", db_url, "--format", "json").stdout)
    assert [(r["source"], r["stage"], r["run"]) for r in latest] == [(str(tmp_path / "tidak-ada"), "read", 2)]
    first = json.loads(cli("failures", "--db", db_url, "--run", "1", "--format", "json").stdout)
    # b-kosong.html was fixed and stored by run 2, so it is no longer a failure of run 1
    assert sorted(r["source"] for r in first) == sorted(
        [str(tmp_path / "batch" / "a-kosong.html"), f"{tmp_path / 'batch' / 'd-rusak.jsonl'}#1",
         f"{tmp_path / 'batch' / 'd-rusak.jsonl'}#2"])

    grouped = json.loads(cli("failures", "--db", db_url, "--run", "1", "--by-reason", "--format", "json").stdout)
    assert [(g["count"], g["stage"]) for g in grouped] == [(2, "read"), (1, "parse")]
    table = cli("failures", "--db", db_url)
    assert table.exit_code == 0 and "tidak-ada" in "".join(table.stdout.split())

    frame = extractor.failures(db_url=db_url)
    assert {"source", "stage", "reason", "at", "run"} <= set(frame.columns)
    assert list(frame["run"]) == [2]
    assert len(extractor.failures(run=1, db_url=db_url)) == 3


def test_failures_of_an_unknown_run_is_a_usage_error(cli: CliRun, db_url: str) -> None:
    get_engine(db_url).dispose()
    result = cli("failures", "--db", db_url, "--run", "7")
    assert result.exit_code == 2
    assert_clean_output(result)
    assert "no such run" in result.stderr


def test_failures_without_any_run(cli: CliRun, db_url: str) -> None:
    get_engine(db_url).dispose()
    result = cli("failures", "--db", db_url, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


# permanent failures are skipped before parsing; --retry-failed tries them again


def test_a_permanent_failure_is_not_parsed_again_unless_its_content_changed(
    cli: CliRun, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty, missing = tmp_path / "kosong.html", tmp_path / "belum-ada.txt"
    empty.write_bytes(b"")
    assert ingest_cli(cli, db_url, empty, missing).exit_code == 1
    failures = {f.source: f for f in read_db(db_url).failures}
    assert failures[str(empty)].permanent and not failures[str(missing)].permanent

    parsed: list[str] = []
    real_parse = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda page, settings: parsed.append(page.source) or
                        real_parse(page, settings))
    again = ingest_cli(cli, db_url, empty)
    assert (run_report(again)["failed"], parsed) == (1, [])  # reported again, not parsed again
    assert read_db(db_url).failure(str(empty)).run_id == 2  # seen by the latest run

    assert ingest_cli(cli, db_url, empty, extra=("--retry-failed",)).exit_code == 1
    assert parsed == [str(empty)]

    empty.write_bytes(b"<html><body><p>   </p></body></html>")  # edited: tried again
    assert ingest_cli(cli, db_url, empty).exit_code == 1
    assert parsed == [str(empty), str(empty)]


def test_a_concurrent_store_of_the_same_text_is_recorded_as_a_copy(settings: Settings, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The other process wins the race between our "already stored?" check and our insert: the second file
    (the same text) ends as an exact copy of the stored article, as without the race."""
    path = tmp_path / "parepare.txt"
    path.write_text(story_text(PAREPARE), encoding="utf-8")
    copy = tmp_path / "salinan.txt"
    copy.write_text(story_text(PAREPARE), encoding="utf-8")
    assert ingest([str(path)], settings).stored == 1
    mentions_before = count(settings.db_url, MentionRow)
    assert mentions_before > 0  # else the check below could not see mentions stored twice

    from extractor.db import store

    lookups: list[object] = []
    real_find = store.find_existing

    def blind_once(*args: Any) -> Any:
        lookups.append(args)
        return None if len(lookups) == 1 else real_find(*args)  # the first look misses the stored row

    monkeypatch.setattr(store, "find_existing", blind_once)
    summary = ingest([str(copy)], settings)
    assert (summary.stored, summary.copies, summary.skipped, summary.failed) == (0, 1, 0, 0)
    assert len(lookups) == 2
    assert count(settings.db_url, ArticleRow) == 1 and count(settings.db_url, RawPage) == 1
    assert count(settings.db_url, MentionRow) == mentions_before  # the loser of the race stored no mentions


def test_record_failure_keeps_one_row_per_source(settings: Settings) -> None:
    engine = get_engine(settings.db_url)
    try:
        with open_session(engine) as session:
            from extractor.db.store import record_failure, start_run

            run = start_run(session, ["x"], "local", 1, "t")
            record_failure(session, Failure("x.html", "parse", "the page is empty"), run, "abc")
            record_failure(session, Failure("x.html", "fetch", "HTTP 503 Service Unavailable"), run)
            rows = list(session.exec(select(FailureRow)))
            assert [(r.source, r.stage, r.permanent, r.content_sha256, r.run_id) for r in rows] == [
                ("x.html", "fetch", False, None, run)]
    finally:
        engine.dispose()
