"""Schema migrations: the Alembic revisions of extractor/db/migrations, applied when a database is opened.

Every change to the tables is a revision there. A database made before migrations existed has no alembic_version
table: the baseline revision brings it to its schema (adding what is missing, keeping every row) and stamps it.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from extractor.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The latest revision in migrations/versions (a test checks it): an up-to-date database is recognised without
# importing Alembic (0.1 s), which only loads when there is something to upgrade.
HEAD = "0006"
# a database made by the release before migrations: tables, but no alembic_version
UNVERSIONED = "none (made before migrations)"


@dataclass(frozen=True)
class SchemaState:
    """The schema revision of a database and the one this version of the package writes."""

    current: str | None  # None: empty database, or made before migrations (see `unversioned`)
    head: str
    unversioned: bool = False  # tables without alembic_version: made by the release before migrations

    @property
    def up_to_date(self) -> bool:
        """True when the database needs no upgrade."""
        return self.current == self.head

    def describe(self) -> str:
        """The current revision as printed."""
        return UNVERSIONED if self.unversioned else self.current or "none (empty database)"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini): the packaged revisions, run on `connection`
    (or on a new engine for `url`, for a developer writing a revision with autogenerate)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


@cache
def revisions() -> tuple[str, ...]:
    """The packaged revisions, oldest first."""
    from alembic.script import ScriptDirectory

    return tuple(reversed([s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]))


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None: no alembic_version table, or an empty one)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(connection: Connection) -> SchemaState:
    """Where the database stands against the packaged migrations."""
    current = current_revision(connection)
    unversioned = current is None and inspect(connection).has_table("article")
    return SchemaState(current, HEAD, unversioned)


def upgrade(engine: Engine) -> SchemaState | None:
    """Bring the database to the head revision, one process at a time; return its state before, or None when
    it was at the head already. An upgraded database (not a new one) is said on stderr through the log."""
    if state_of(engine).up_to_date:  # the common case, without taking the lock
        return None
    with engine.connect() as connection:
        # two processes opening a new or old database at once: the second waits, then finds it upgraded
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(b"create_schema")})
        elif engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        before = schema_state(connection)
        if before.up_to_date:
            connection.rollback()
            return None
        if before.current is not None and before.current not in revisions():
            connection.rollback()
            raise StorageError(shown_url(engine), f"the database is at schema revision {before.current}, which "
                               f"this version (at {HEAD}) does not know: a newer release made it",
                               "upgrade smartcity-extractor")
        from alembic import command

        command.upgrade(alembic_config(connection), HEAD)
        connection.commit()
    if before.current is not None or before.unversioned:
        log.warning("upgraded the database %s from schema %s to %s", shown_url(engine), before.describe(),
                    before.head)
    return before


def database_schema(url: str) -> SchemaState:
    """Where the database at `url` stands, without upgrading it."""
    from extractor.db.session import get_engine

    engine = get_engine(url, upgrade=False)
    try:
        return state_of(engine)
    finally:
        engine.dispose()


def upgrade_database(url: str) -> SchemaState:
    """Upgrade the database at `url` to the head revision; return where it stood before."""
    from extractor.db.session import get_engine

    engine = get_engine(url, upgrade=False)
    try:
        return upgrade(engine) or state_of(engine)
    finally:
        engine.dispose()


def state_of(engine: Engine) -> SchemaState:
    """Where the engine's database stands."""
    with engine.connect() as connection:
        return schema_state(connection)


def shown_url(engine: Engine) -> str:
    """The engine's URL as printed: without a password."""
    return engine.url.render_as_string(hide_password=True)
