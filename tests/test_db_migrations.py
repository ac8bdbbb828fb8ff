"""Schema migrations: new databases get the head revision, databases of the release before migrations are upgraded
without losing a row, and `extractor db current` / `extractor db upgrade` say where a database stands."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fixtures.migrations import assert_upgraded_whole, sqlite_previous_release
from fixtures.news import WONOSOBO, WONOSOBO_SYNDICATED, Story
from fixtures.support import CliRun
from sqlalchemy import func, select
from sqlmodel import SQLModel
from test_dedupe import SETTINGS, article_of

from extractor.db.migrate import HEAD, MIGRATIONS, alembic_config, revisions
from extractor.db.models import MinhashBandRow
from extractor.db.near_duplicates import open_near_duplicate_index
from extractor.db.queries import cohort_years, find_events
from extractor.db.session import get_engine, open_session
from extractor.db.store import store_extraction
from extractor.errors import StorageError
from extractor.records import Extraction


def test_head_names_the_latest_packaged_revision() -> None:
    assert revisions()[-1] == HEAD
    assert revisions()[0] == "0001"
    assert (MIGRATIONS / "env.py").is_file()


def test_the_migrations_build_exactly_the_tables_of_the_models(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    finally:
        engine.dispose()


def test_a_new_database_is_created_without_an_upgrade_message(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        get_engine(f"sqlite:///{tmp_path / 'new.db'}").dispose()
        get_engine(f"sqlite:///{tmp_path / 'new.db'}").dispose()
    assert not caplog.records


def test_a_database_of_the_previous_release_is_upgraded_on_open_keeping_every_row(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = sqlite_previous_release(tmp_path / "old.db")
    with caplog.at_level(logging.WARNING):
        engine = get_engine(url)
    try:
        assert [r.getMessage() for r in caplog.records] == [
            f"upgraded the database {url} from schema none (made before migrations) to {HEAD}"]
        assert_upgraded_whole(engine)
        with open_session(engine) as session:
            [event] = find_events(session, region="Banyuasin")
        assert event["key"] == "evaluation:2019-06-18:banyuasin"
    finally:
        engine.dispose()
    caplog.clear()
    get_engine(url).dispose()  # opened again: nothing to do, nothing said
    assert not caplog.records


def test_the_upgrade_fills_the_cohort_years_from_the_stored_events(tmp_path: Path) -> None:
    url = sqlite_previous_release(tmp_path / "old.db")
    with sqlite3.connect(tmp_path / "old.db") as old:  # the stored event made a selection result
        old.execute("UPDATE event SET type = 'selection_result'")
    old.close()
    engine = get_engine(url)
    try:
        with open_session(engine) as session:
            assert cohort_years(session) == {"Kabupaten Banyuasin": 2019}
    finally:
        engine.dispose()


def test_after_the_upgrade_the_next_ingest_indexes_the_articles_stored_before_as_originals(tmp_path: Path) -> None:
    def store(url: str, story: Story, source: str) -> str:
        engine = get_engine(url)
        try:
            with open_session(engine) as session:
                index = open_near_duplicate_index(session, SETTINGS)  # what an ingest does first
                article, raw = article_of(story, source)
                return store_extraction(session, Extraction(article, ()), raw, index, SETTINGS, "test").outcome
        finally:
            engine.dispose()

    url = f"sqlite:///{tmp_path / 'news.db'}"
    assert store(url, WONOSOBO, "a/wonosobo.html") == "stored"
    engine = get_engine(url)
    with engine.connect() as connection:  # back to revision 0005, which had no minhash_band
        command.downgrade(alembic_config(connection), "0005")
        connection.commit()
    engine.dispose()
    engine = get_engine(url)  # upgraded again: the table is there, empty
    with open_session(engine) as session:
        assert session.execute(select(func.count()).select_from(MinhashBandRow)).scalar() == 0
    engine.dispose()
    assert store(url, WONOSOBO_SYNDICATED, "b/koran.html") == "near_duplicate"


def test_a_database_of_an_older_release_gains_the_columns_and_indexes_it_lacks(tmp_path: Path) -> None:
    url = sqlite_previous_release(tmp_path / "older.db")
    with sqlite3.connect(tmp_path / "older.db") as old:  # as releases before article.summary and this index made it
        old.execute("ALTER TABLE article DROP COLUMN summary")
        old.execute("DROP INDEX ix_person_position_region")
    old.close()
    engine = get_engine(url)
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    finally:
        engine.dispose()


def test_db_commands_report_and_upgrade_the_schema(tmp_path: Path, cli: CliRun) -> None:
    url = sqlite_previous_release(tmp_path / "old.db")

    before = cli("db", "current", "--db", url)
    assert before.exit_code == 0, before.output
    assert json.loads(before.stdout) == {"revision": "none (made before migrations)", "head": HEAD,
                                         "up_to_date": False}
    upgraded = cli("db", "upgrade", "--db", url)
    assert upgraded.exit_code == 0, upgraded.output
    assert json.loads(upgraded.stdout) == {"from": "none (made before migrations)", "to": HEAD, "upgraded": True}
    assert json.loads(cli("db", "current", "--db", url).stdout)["revision"] == HEAD
    again = cli("db", "upgrade", "--db", url)
    assert json.loads(again.stdout) == {"from": HEAD, "to": HEAD, "upgraded": False}


def test_a_database_of_a_newer_release_is_refused_with_the_fix(tmp_path: Path, cli: CliRun) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    get_engine(url).dispose()
    with sqlite3.connect(tmp_path / "newer.db") as newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
    newer.close()
    with pytest.raises(StorageError, match="schema revision 9999.*newer release.*upgrade smartcity-extractor"):
        get_engine(url)
    result = cli("stats", "--db", url)
    assert result.exit_code == 1 and "newer release" in result.stderr
