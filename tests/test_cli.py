"""The command line as a user meets it: which database a command uses, missing databases, --version, paths of
`train`, values checked with a clear message, Ctrl-C during ingest, progress and tables that fit 80 columns."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fixtures.events_db import store_docs
from fixtures.news import PAREPARE, SUMBAWA, WONOSOBO, story_html, story_text
from fixtures.support import CliRun, run_report
from rich.console import Console
from sqlmodel import select

from extractor import cli as cli_module
from extractor import pipeline, training
from extractor.db.models import RunRow
from extractor.db.session import get_engine, open_session
from extractor.errors import ConfigError
from extractor.settings import VERSION


@pytest.fixture
def events_db(tmp_path: Path) -> str:
    """A database holding the hand-built events of tests/fixtures/events_db.py."""
    url = f"sqlite:///{tmp_path / 'events.db'}"
    engine = get_engine(url)
    store_docs(engine)
    engine.dispose()
    return url


GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold"
# every command that reads a database, with the arguments it needs besides --db
READING = [
    ["stats"], ["events"], ["people"], ["scores"], ["failures"], ["failures", "--by-reason"],
    ["export", "--output", "{tmp}/out"], ["report", "--output", "{tmp}/report.html"],
    ["evaluate", str(GOLD), "--stored"], ["reprocess", "--quiet"],
]


def _args(args: list[str], tmp_path: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp_path)) for a in args]


# which database


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a[:2]))
def test_every_command_says_which_database_it_reads(cli: CliRun, events_db: str, tmp_path: Path,
                                                    args: list[str]) -> None:
    result = cli(*_args(args, tmp_path), "--db", events_db)
    assert result.stderr.splitlines()[0] == f"database: {events_db}", result.output


def test_ingest_says_which_database_it_writes(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    result = cli("ingest", "--db", db_url, "--quiet", tmp_path / "nothing.txt")
    assert result.stderr.splitlines()[0] == f"database: {db_url}"


def test_the_password_is_never_shown_and_an_unreachable_server_is_a_clear_error(cli: CliRun) -> None:
    # nothing listens on port 1 of the loopback address: the connection is refused at once
    result = cli("stats", "--db", "postgresql://researcher:s3cret@127.0.0.1:1/news")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "database: postgresql://researcher:***@127.0.0.1:1/news"
    assert "cannot open the database" in result.stderr and "server is running" in result.stderr
    assert "s3cret" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a[:2]))
def test_reading_a_database_that_does_not_exist_is_refused_not_created(cli: CliRun, tmp_path: Path,
                                                                       args: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = cli(*_args(args, tmp_path), "--db", f"sqlite:///{missing}")
    assert result.exit_code == 2, result.output
    assert f"no such database: the file {missing} does not exist" in result.stderr
    assert "extractor ingest" in result.stderr  # the fix
    assert not missing.exists()


@pytest.mark.parametrize("args", [["serve"], ["db", "current"]], ids=" ".join)
def test_commands_of_the_database_say_which_one(cli: CliRun, tmp_path: Path, args: list[str]) -> None:
    if args == ["serve"]:
        pytest.importorskip("datasette")
    missing = tmp_path / "typo.db"
    result = cli(*args, "--db", f"sqlite:///{missing}")
    assert result.stderr.splitlines()[0] == f"database: sqlite:///{missing}"
    if args == ["serve"]:  # it only reads: never a server on an empty database
        assert result.exit_code == 2 and "no such database" in result.stderr and not missing.exists()


def test_a_file_that_is_not_an_extractor_database_is_left_alone(cli: CliRun, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"")
    result = cli("events", "--db", f"sqlite:///{other}")
    assert result.exit_code == 2 and "holds no article table" in result.stderr
    assert other.read_bytes() == b""


# --version and train


def test_version(cli: CliRun) -> None:
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"smartcity-extractor {VERSION}"


def _ner_data(root: Path) -> Path:
    for corpus in ("nergrit", "nerp"):
        (root / corpus).mkdir(parents=True)
        for split in ("train", "valid"):
            (root / corpus / f"{split}.tsv").write_text("Budi\tB-PERSON\n", encoding="utf-8")
    return root


def test_train_finds_the_corpus_of_the_checkout_from_any_directory(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = training.resolve_training_paths(ner_data=_ner_data(tmp_path / "ner"))
    assert paths.corpus == training.CHECKOUT / "corpus"
    assert paths.output == training.CHECKOUT / "models"
    assert paths.work == training.CHECKOUT / ".cache" / "ner-training"
    assert paths.real_cache == training.CHECKOUT / ".cache" / "real-articles"


def test_train_takes_the_corpus_of_the_current_directory_first(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for part in ("gold", "samples", "articles", "training"):
        (tmp_path / "corpus" / part).mkdir(parents=True)
    (tmp_path / "corpus" / "training" / "innovations.csv").write_text("name,description,dimension\n")
    monkeypatch.chdir(tmp_path)
    paths = training.resolve_training_paths(ner_data=_ner_data(tmp_path / "ner"))
    assert paths.corpus == Path("corpus") and paths.output == tmp_path / "models"


def test_train_without_a_corpus_says_what_is_missing_and_the_fix(cli: CliRun, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(training, "CHECKOUT", tmp_path / "installed")  # an install without the repository
    result = cli("train")
    assert result.exit_code == 2
    assert "no corpus/ directory here" in result.stderr and "--corpus DIR" in result.stderr


def test_train_names_every_missing_input_before_training(cli: CliRun, tmp_path: Path) -> None:
    (tmp_path / "corpus" / "gold").mkdir(parents=True)
    result = cli("train", "--corpus", tmp_path / "corpus", "--ner-data", tmp_path / "ner")
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    for missing in ("corpus/samples", "corpus/articles", "innovations.csv", "nergrit/train.tsv", "nerp/valid.tsv"):
        assert missing in message
    assert "corpus/gold," not in message
    assert "--ner-data DIR" in message and "IndoNLU" in message


def test_training_only_the_classifier_needs_no_ner_corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = training.resolve_training_paths(ner_data=tmp_path / "no-ner", person_finder=False)
    assert paths.corpus == training.CHECKOUT / "corpus"
    with pytest.raises(ConfigError, match="nergrit"):
        training.resolve_training_paths(ner_data=tmp_path / "no-ner")


# Ctrl-C during ingest


def test_ctrl_c_during_ingest_prints_the_partial_summary_and_the_same_command_resumes(
        cli: CliRun, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    for name, story in (("a-parepare", PAREPARE), ("b-sumbawa", SUMBAWA), ("c-wonosobo", WONOSOBO)):
        (folder / f"{name}.txt").write_text(story_text(story), encoding="utf-8")
    real_store = pipeline.store_result
    calls = []

    def ctrl_c_on_the_second(*args: Any) -> Any:
        calls.append(args)
        if len(calls) == 2:  # the user presses Ctrl-C while the second article is being stored
            raise KeyboardInterrupt
        return real_store(*args)

    monkeypatch.setattr(pipeline, "store_result", ctrl_c_on_the_second)
    stopped = cli("ingest", "--db", db_url, "--quiet", folder)
    assert stopped.exit_code == 130, stopped.output
    report = run_report(stopped)
    assert (report["stored"], report["interrupted"], report["database"]["articles"]) == (1, True, 1)
    assert "interrupted after 1 items" in stopped.stderr
    assert "run the same command again to resume" in stopped.stderr
    assert "Traceback" not in stopped.output
    engine = get_engine(db_url)
    with open_session(engine) as session:
        assert [r.status for r in session.exec(select(RunRow))] == ["interrupted"]
    engine.dispose()

    monkeypatch.setattr(pipeline, "store_result", real_store)
    resumed = cli("ingest", "--db", db_url, "--quiet", folder)
    assert resumed.exit_code == 0, resumed.output
    again = run_report(resumed)
    assert (again["skipped"], again["stored"], again["interrupted"]) == (1, 2, False)
    assert again["database"]["articles"] == 3 and again["database"]["events"] > 0


def test_a_ctrl_c_a_library_swallows_still_ends_the_run(cli: CliRun, db_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    for name, story in (("a-parepare", PAREPARE), ("b-sumbawa", SUMBAWA), ("c-wonosobo", WONOSOBO)):
        (folder / f"{name}.txt").write_text(story_text(story), encoding="utf-8")
    real_parse = pipeline.parse_page

    def parser_with_a_bare_except(*args: Any) -> Any:
        try:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C while the first page is parsed ...
        except KeyboardInterrupt:  # ... and a bare except of a library swallows it
            pass
        return real_parse(*args)

    monkeypatch.setattr(pipeline, "parse_page", parser_with_a_bare_except)
    stopped = cli("ingest", "--db", db_url, "--quiet", folder)
    assert stopped.exit_code == 130, stopped.output
    report = run_report(stopped)
    assert (report["stored"], report["interrupted"]) == (1, True)


class _Stalling(BaseHTTPRequestHandler):
    """Serves one article at /1 and stalls at /2 until the test lets it go."""

    requested = threading.Event()
    release = threading.Event()

    def do_GET(self) -> None:
        if self.path == "/2":
            type(self).requested.set()
            type(self).release.wait(60)
        body = story_html(PAREPARE) if self.path == "/1" else b"" if self.path == "/2" else None
        try:
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")
        except OSError:  # the interrupted client has gone
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_real_sigint_stops_ingest_with_status_130(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stalling)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    command = [sys.executable, "-c", "from extractor.cli import main; main()", "ingest", "--allow-private",
               "--db", f"sqlite:///{tmp_path / 'news.db'}", f"{base}/1", f"{base}/2"]
    env = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_DB"} | {"NO_PROXY": "127.0.0.1"}
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert _Stalling.requested.wait(120), "the second URL was never requested"
        process.send_signal(signal.SIGINT)  # while the second page is being downloaded
        stdout, stderr = process.communicate(timeout=120)
    finally:
        _Stalling.release.set()
        if process.poll() is None:
            process.kill()
        server.shutdown()
        server.server_close()
    assert process.returncode == 130, stderr
    report = json.loads(stdout)  # the pages are read ahead of storing: the first is not stored yet
    assert report["interrupted"] is True and report["failed"] == 0
    assert "run the same command again to resume" in stderr and "Traceback" not in stderr


# values checked with a clear message


@pytest.mark.parametrize(("args", "says"), [
    (["events", "--region", "Banyuasn"], "Banyuasn: unknown region (did you mean 'Kabupaten Banyuasin'"),
    (["scores", "--region", "Banyuasn"], "did you mean 'Kabupaten Banyuasin'"),
    (["events", "--year", "20244"], "year 20244: not a year from 1 to 9999"),
    (["events", "--dimension", "transport"], "transport: unknown dimension (use one of governance"),
    (["events", "--province", "Jawa Tengah Selatan"], "unknown province"),
    (["people", "--province", "Atlantis"], "unknown province"),
    (["people", "--category", "wartawan"], "unknown category"),
])
def test_bad_values_are_usage_errors_saying_why(cli: CliRun, events_db: str, args: list[str], says: str) -> None:
    result = cli(*args, "--db", events_db)
    assert result.exit_code == 2, result.output
    assert says in " ".join(result.stderr.split())
    assert "unexpected" not in result.stderr and "Traceback" not in result.output


def test_province_filters_events_scores_and_people(cli: CliRun, events_db: str) -> None:
    def listed(*args: str) -> list[dict[str, Any]]:
        result = cli(*args, "--format", "json", "--db", events_db)
        assert result.exit_code == 0, result.output
        rows: list[dict[str, Any]] = json.loads(result.stdout)
        return rows

    jatim = listed("events", "--province", "Jatim")  # the Banyuasin evaluation held in Banyuwangi
    assert jatim and all("Kabupaten Banyuwangi" in [r["region"] for r in e["region_details"]] for e in jatim)
    assert {s["region"] for s in listed("scores", "--province", "16")} == {"Kabupaten Banyuasin"}
    assert [p["name"] for p in listed("people", "--province", "Banten")] == ["Erwin Ibrahim"]


# progress and tables


@pytest.mark.parametrize(("total", "shows", "hides"), [
    (3, ["ingest", "3/3", "/s", "eta", "done 2 · failed 1 · skipped 0"], []),
    (None, ["3 items", "/s", "done 2"], ["eta", "3/3"]),  # a WARC among the sources: no total, no time left
])
def test_progress_shows_the_total_rate_and_time_left_when_the_total_is_known(
        monkeypatch: pytest.MonkeyPatch, total: int | None, shows: list[str], hides: list[str]) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(cli_module, "err", Console(file=screen, width=80, force_terminal=False))
    with cli_module.progress_bar(False, total) as update:
        for outcome in ("stored", "failed", "stored"):
            update(outcome, "berita.html")
    lines = screen.getvalue().splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    for text in shows:
        assert text in screen.getvalue()
    for text in hides:
        assert text not in screen.getvalue()


def test_ingest_shows_how_many_items_there_are(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    for name, story in (("parepare", PAREPARE), ("sumbawa", SUMBAWA)):
        (tmp_path / f"{name}.txt").write_text(story_text(story), encoding="utf-8")
    result = cli("ingest", "--db", db_url, tmp_path / "parepare.txt", tmp_path / "sumbawa.txt")
    assert result.exit_code == 0, result.output
    assert "2/2" in result.stderr


def test_the_events_table_fits_80_columns_with_sites_people_and_scores(cli: CliRun, events_db: str) -> None:
    result = cli("events", "--db", events_db, "--region", "Banyuasin")
    assert result.exit_code == 0, result.output
    table = result.stdout
    assert all(len(line) <= 80 for line in table.splitlines())
    words = table.split()
    assert "sites" in words and "score" in words and "people" in words
    assert "https" not in table and "jatim.exampl" in table  # the site, not the article's URL
    assert {"Herry", "Dana", "Prakoso"} <= set(words) and "3.2" in words  # the June evaluation


@pytest.mark.parametrize("command", ["people", "scores", "failures"])
def test_every_table_fits_80_columns(cli: CliRun, events_db: str, command: str) -> None:
    result = cli(command, "--db", events_db)
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert "http" not in result.stdout or command == "failures"
