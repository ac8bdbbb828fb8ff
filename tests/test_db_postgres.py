"""The PostgreSQL backend: the same ingest and stats as on SQLite, in a throwaway database.

Needs a server at $EXTRACTOR_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432/test) whose user may
create databases; every test gets a database of its own, dropped afterwards. Skipped when no server answers.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fixtures.migrations import assert_upgraded_whole, postgresql_previous_release_script
from fixtures.news import write_batch
from fixtures.support import CliRun, assert_clean_output, ingest_cli, read_db, run_report, snapshot
from sqlalchemy.engine import make_url
from test_db_incremental import PAIR_FIRST, full, rebuilt, run_in_batches, varied
from test_db_incremental import snapshot as derived

from extractor.db.incremental import refresh_derived
from extractor.db.models import ArticleCopyRow
from extractor.db.session import get_engine, open_session

psycopg = pytest.importorskip("psycopg")
from psycopg import sql

ADMIN_URL = os.environ.get("EXTRACTOR_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="module")
def admin() -> Iterator[Any]:
    """An autocommit connection to the server, or a skip when none answers within 2 s."""
    try:
        connection = psycopg.connect(ADMIN_URL, connect_timeout=2, autocommit=True)
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL server answers at {ADMIN_URL} ({str(exc).strip().splitlines()[0]})")
    with connection:
        yield connection


@pytest.fixture
def pg_url(admin: Any) -> Iterator[str]:
    """The URL of a fresh, empty database, dropped after the test."""
    name = f"test_extractor_{uuid.uuid4().hex[:12]}"
    try:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        pytest.skip(f"cannot create a test database on {ADMIN_URL} ({str(exc).strip().splitlines()[0]})")
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        # FORCE: a connection the code under test failed to close must not leave the database behind
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_ingest_and_stats_on_postgresql_match_sqlite(
    cli: CliRun, pg_url: str, db_url: str, tmp_path: Path
) -> None:
    sources = write_batch(tmp_path / "batch")

    result = ingest_cli(cli, pg_url, *sources)
    assert_clean_output(result)
    assert result.exit_code == 1
    report = run_report(result)
    assert (report["stored"], report["near_duplicates"], report["failed"]) == (2, 1, 1)

    stats = json.loads(cli("stats", "--db", pg_url).stdout)
    assert {k: stats[k] for k in ("articles", "failed", "duplicates")} == {
        "articles": 3,
        "failed": 1,
        "duplicates": 1,
    }

    # the same batch again adds nothing
    again = run_report(ingest_cli(cli, pg_url, *sources))
    assert (again["stored"], again["skipped"], again["failed"]) == (0, 3, 1)
    assert again["database"] == report["database"]

    # and PostgreSQL holds exactly what SQLite holds after the same run
    assert ingest_cli(cli, db_url, *sources).exit_code == 1
    on_postgres = read_db(pg_url)
    assert snapshot(on_postgres) == snapshot(read_db(db_url))
    assert on_postgres.by_key("2-koran").duplicate_of == on_postgres.by_key("1-wonosobo").id


def test_a_database_of_the_previous_release_is_upgraded_keeping_every_row(
    cli: CliRun, pg_url: str, tmp_path: Path
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(postgresql_previous_release_script())
    engine = get_engine(pg_url)
    try:
        assert_upgraded_whole(engine)
    finally:
        engine.dispose()
    # the upgraded database takes new articles after the old ones (its id sequences kept their place)
    report = run_report(ingest_cli(cli, pg_url, *write_batch(tmp_path / "batch")))
    assert report["stored"] == 2 and report["database"]["articles"] == 4


def test_incremental_runs_on_postgresql_give_what_a_full_rebuild_gives(pg_url: str) -> None:
    # two runs after the first, each assembling again only what its articles touch
    docs = PAIR_FIRST + varied(14, 2)
    engine = run_in_batches(docs, [10, 5, 5], url=pg_url)
    try:
        assert derived(engine, suffixes=False) == derived(full(docs), suffixes=False)
        # then a run that records an exact copy of the first article only
        with open_session(engine) as session:
            session.add(ArticleCopyRow(article_id=1, key="salinan", source="salinan.txt"))
            session.commit()
            refresh_derived(session, "test")
        assert derived(engine, suffixes=False) == rebuilt(engine, suffixes=False)
    finally:
        engine.dispose()
