"""Reads: functions taking a Session (or a database URL) and returning plain data."""

from __future__ import annotations

from extractor.db.session import get_engine, open_session
from extractor.db.store import counts


def database_stats(db_url: str) -> dict[str, int]:
    """Counts of what the database holds."""
    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            return counts(session)
    finally:
        engine.dispose()
