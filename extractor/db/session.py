"""Engine setup: one place that turns a database URL into a ready SQLAlchemy engine."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from extractor.db import migrate, models  # noqa: F401  (models registers the tables on SQLModel.metadata)
from extractor.db.models import ArticleRow
from extractor.errors import ConfigError, StorageError

# How long a SQLite writer waits for another process's write to end before giving up. Ingest transactions are one
# article each (milliseconds), but a rebuild of the derived tables holds the lock for seconds on a large database.
SQLITE_BUSY_TIMEOUT = 120.0
# Seconds to wait for a PostgreSQL server to answer: without it libpq waits as long as the operating system lets a
# connection hang (minutes for a host that drops packets) before saying it is unreachable.
POSTGRES_CONNECT_TIMEOUT = 10


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and route them to psycopg 3."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def db_error_reason(exc: Exception) -> str:
    """The first line of what the database driver said (SQLAlchemy wraps it in `orig`)."""
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def _shown(url: str) -> str:
    """The URL as printed in messages: without a password."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def _parsed(url: str) -> URL:
    """The URL parsed by SQLAlchemy, or StorageError saying it is none."""
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StorageError(_shown(url), "not a database URL", "use e.g. sqlite:///extractor.db or "
                           "postgresql://user@host/db") from exc


def get_engine(url: str, upgrade: bool = True) -> Engine:
    """Create an engine for the URL and, unless `upgrade` is False, bring the database to the schema of this
    version (creating the tables of a new one; see extractor.db.migrate)."""
    url = normalise_url(url)
    parsed = _parsed(url)
    kwargs: dict[str, object] = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT}
        if parsed.database in (None, "", ":memory:"):
            kwargs["poolclass"] = StaticPool
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT}
    try:
        engine = create_engine(url, **kwargs)  # type: ignore[arg-type]
    except SQLAlchemyError as exc:
        raise _open_error(parsed, exc) from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if upgrade:
            migrate.upgrade(engine)
    except BaseException as exc:
        engine.dispose()  # a server must not keep the connections of a failed open
        if isinstance(exc, SQLAlchemyError):
            raise _open_error(parsed, exc) from exc
        raise
    return engine


def _open_error(parsed: URL, exc: SQLAlchemyError) -> StorageError:
    return StorageError(parsed.render_as_string(hide_password=True),
                        f"cannot open the database: {exc.__class__.__name__}: {db_error_reason(exc)}",
                        "check the URL and that the server is running")


def require_database(url: str) -> None:
    """Raise ConfigError unless the URL names a database that exists and holds the project's tables, so a command
    that only reads never creates an empty one (SQLite makes a missing file on the first connection)."""
    url = normalise_url(url)
    parsed = _parsed(url)
    shown = parsed.render_as_string(hide_password=True)
    fix = "ingest articles into it first with `extractor ingest SOURCE --db URL`, or name another with --db"
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        raise ConfigError(shown, f"no such database: the file {Path(parsed.database or '').resolve()} does not "
                          "exist", fix)
    connect_args = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT} if parsed.get_backend_name() == "postgresql" else {}
    engine = create_engine(url, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            holds_articles = inspect(connection).has_table(ArticleRow.__tablename__)  # type: ignore
    except SQLAlchemyError as exc:
        raise _open_error(parsed, exc) from exc
    finally:
        engine.dispose()
    if not holds_articles:
        raise ConfigError(shown, "not a database of extractor: it holds no article table", fix)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets readers (a notebook, `extractor events`) work while an ingest writes
    cursor.execute("PRAGMA journal_mode=WAL")
    # in WAL mode NORMAL still loses nothing committed when the process is killed (only on power loss), and
    # saves an fsync per committed article
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def write_lock(session: Session, name: str) -> None:
    """Start a transaction that holds the database-wide lock `name` until it commits or rolls back.

    Two processes rebuilding the derived tables at once must not interleave their deletes and inserts, nor
    write what they read before the other committed: PostgreSQL takes a transaction-level advisory lock, SQLite
    the write lock (BEGIN IMMEDIATE), so the reads that follow already see the other's work.
    """
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(name.encode())})
    elif dialect == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:  # type: ignore[attr-defined]
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def open_session(engine: Engine) -> Session:
    """A session that keeps loaded objects usable after commit."""
    return Session(engine, expire_on_commit=False)


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session on a new engine for the URL; the engine is disposed of afterwards, also after an error."""
    engine = get_engine(url)
    try:
        with open_session(engine) as session:
            yield session
    finally:
        engine.dispose()
