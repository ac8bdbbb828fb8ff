"""Re-run the NLP and event assembly over the stored articles, without fetching or parsing anything again."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from extractor.db.derive import rebuild_derived
from extractor.db.models import ArticleRow
from extractor.db.queries import totals
from extractor.db.session import get_engine, open_session
from extractor.db.store import json_safe, replace_mentions
from extractor.pipeline import guarded
from extractor.records import Article, Extraction, Failure
from extractor.settings import VERSION, Settings
from extractor.summary import extract_article
from extractor.workers import worker_pool

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, str], None]  # (outcome, source)
BATCH = 100  # articles read from the database at a time, so memory stays flat on large databases


@dataclass
class ReprocessSummary:
    """What one reprocess run did."""

    reprocessed: int = 0
    failures: list[Failure] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every article was extracted again."""
        return not self.failures


def article_from_row(row: ArticleRow) -> Article:
    """The Article record a stored row was made from; a date read from the text is read again."""
    from_metadata = row.published_source in (None, "metadata")  # rows of older versions hold metadata dates only
    return Article(
        id=row.key,
        source=row.source,
        url=row.url,
        title=row.title,
        text=row.text,
        author=row.author,
        site=row.site,
        canonical_url=row.url_key,
        published=row.published if from_metadata else None,
        published_source=row.published_source if from_metadata and row.published else None,
        language=row.language,
        raw_sha256=row.raw_sha256,
    )


def _extract(article: Article) -> Extraction | Failure:
    return guarded(article.source, lambda: extract_article(article))


def _batches(session: Session) -> Iterator[list[ArticleRow]]:
    ids = [i for i in session.exec(select(ArticleRow.id).order_by(col(ArticleRow.id))) if i is not None]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        yield list(
            session.exec(select(ArticleRow).where(col(ArticleRow.id).in_(chunk)).order_by(col(ArticleRow.id)))
        )


def _run(articles: Sequence[Article], pool: ProcessPoolExecutor | None) -> list[Extraction | Failure]:
    if pool is None:
        return [_extract(a) for a in articles]
    return list(pool.map(_extract, articles, chunksize=4))


def reprocess(settings: Settings, progress: ProgressCallback | None = None) -> ReprocessSummary:
    """Extract every stored article again, replace its mentions and summary, then rebuild the events."""
    engine = get_engine(settings.db_url)
    summary = ReprocessSummary()
    pool = worker_pool(settings.workers) if settings.workers > 1 else None
    try:
        with open_session(engine) as session:
            for rows in _batches(session):
                results = _run([article_from_row(r) for r in rows], pool)
                for row, result in zip(rows, results, strict=True):
                    assert row.id is not None
                    if isinstance(result, Failure):
                        summary.failures.append(result)
                        outcome = "failed"
                    else:
                        replace_mentions(session, row.id, result, VERSION)
                        row.summary = json_safe(result.summary)
                        row.published, row.published_source = result.article.published, result.article.published_source
                        row.extraction_version = VERSION
                        session.add(row)
                        summary.reprocessed += 1
                        outcome = "stored"
                    if progress is not None:
                        progress(outcome, row.source)
                session.commit()
            rebuild_derived(session, VERSION)
            summary.totals = totals(session)
    finally:
        if pool is not None:
            pool.shutdown()
        engine.dispose()
    return summary
