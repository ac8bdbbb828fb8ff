"""The research API: questions to the database answered as pandas DataFrames.

    >>> import extractor
    >>> extractor.events(region="Banyuasin", db_url="sqlite:///extractor.db")[["start", "type", "sources"]]

Every function takes `db_url`, a database URL (default: $EXTRACTOR_DB or sqlite:///extractor.db). Arguments are
matched tolerantly (see extractor.db.queries) and never formatted into SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from sqlmodel import Session

from extractor.db import queries
from extractor.db.queries import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    INNOVATION_COLUMNS,
    PEOPLE_COLUMNS,
    REGION_DETAIL_COLUMNS,
    SCORE_COLUMNS,
)
from extractor.db.session import require_database, session_scope
from extractor.settings import load_settings


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


def _ask(db_url: str | None, question: Callable[[Session], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The question's rows from the database; a database that does not exist is an error, never created."""
    url = db_url or load_settings().db_url
    require_database(url)
    with session_scope(url) as session:
        return question(session)


def events(
    region: str | None = None,
    year: int | None = None,
    type: str | None = None,
    person: str | None = None,
    dimension: str | None = None,
    province: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    db_url: str | None = None,
) -> pd.DataFrame:
    """Events matching every given filter; list columns hold regions (with codes and cohort years), people,
    sources, scores, innovations. `limit` and `offset` page through them in date order."""
    rows = _ask(
        db_url,
        lambda s: queries.find_events(
            s, region=region, year=year, type=type, person=person, dimension=dimension, province=province,
            limit=limit, offset=offset,
        ),
    )
    return _frame(rows, EVENT_COLUMNS)


def people(category: str | None = None, province: str | None = None, db_url: str | None = None) -> pd.DataFrame:
    """People (of one category, e.g. "assessor", and/or province), with positions over time, institutions, events
    and regions."""
    return _frame(_ask(db_url, lambda s: queries.find_people(s, category=category, province=province)),
                  PEOPLE_COLUMNS)


def scores(region: str | None = None, province: str | None = None, db_url: str | None = None) -> pd.DataFrame:
    """Distinct scores given to a region (all regions without one): kind, metric, year, value, and the number of
    independent sources stating each."""
    return _frame(_ask(db_url, lambda s: queries.find_scores(s, region=region, province=province)), SCORE_COLUMNS)


def regions(province: str | None = None, db_url: str | None = None) -> pd.DataFrame:
    """Regions with events: Kemendagri codes, province, cohort year (first selection or MoU), number of events."""
    return _frame(_ask(db_url, lambda s: queries.find_regions(s, province=province)), REGION_DETAIL_COLUMNS)


def articles(db_url: str | None = None) -> pd.DataFrame:
    """Stored articles' metadata (key, source, title, site, published, length, near-duplicate link), no text."""
    return _frame(_ask(db_url, queries.find_articles), ARTICLE_COLUMNS)


def innovations(
    region: str | None = None, dimension: str | None = None, province: str | None = None, db_url: str | None = None
) -> pd.DataFrame:
    """Innovations of regions with their dimension (stated or predicted, with confidence; `pillar` when it is
    one of the programme's six) and the article."""
    rows = _ask(db_url, lambda s: queries.find_innovations(s, region=region, dimension=dimension, province=province))
    return _frame(rows, INNOVATION_COLUMNS)


def failures(run: int | None = None, db_url: str | None = None) -> pd.DataFrame:
    """Items that failed in an ingest run (default: the latest), with stage, reason, time and run id."""
    return _frame(_ask(db_url, lambda s: queries.find_failures(s, run=run)), FAILURE_COLUMNS)
