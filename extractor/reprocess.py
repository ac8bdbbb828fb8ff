"""Re-run the NLP and event assembly over the stored articles, without fetching anything again; with `reparse`,
parsing too, from the stored raw pages."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial

from sqlmodel import Session, col, select

from extractor.db.derive import rebuild_derived
from extractor.db.models import ArticleRow, RawPage
from extractor.db.near_duplicates import NearDuplicateIndex, open_near_duplicate_index
from extractor.db.queries import totals
from extractor.db.session import get_engine, open_session
from extractor.db.store import json_safe, mention_rows, record_version, replace_mentions
from extractor.dedupe import minhash_to_bytes, text_fingerprint, text_minhash
from extractor.pipeline import guarded, process_page
from extractor.records import Article, Extraction, Failure, OffTopic, Page
from extractor.settings import Settings
from extractor.summary import extract_article
from extractor.version import extraction_version
from extractor.workers import worker_pool

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, str], None]  # (outcome, source)
BATCH = 100  # articles read from the database at a time, so memory stays flat on large databases


@dataclass
class ReprocessSummary:
    """What one reprocess run did."""

    reprocessed: int = 0
    reparsed: int = 0  # parsed again from their stored HTML page (with `reparse`)
    from_text: int = 0  # with `reparse`, but without a stored HTML page (.txt or JSONL text): from the stored text
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


def page_from_row(row: ArticleRow, html: bytes) -> Page:
    """The Page a stored article was parsed from, rebuilt from its raw HTML and what the source itself stated
    (the item's key and title; a metadata date, which a JSONL line may have given beside the page)."""
    stated = row.published if row.published_source == "metadata" else None
    return Page(source=row.source, url=row.url, html=html, title=row.title, item_id=row.key,
                published=stated.isoformat() if stated else None)


def _work(item: Article | Page, settings: Settings) -> Extraction | Failure:
    if isinstance(item, Page):
        # parse and NLP, each within the time limit; a stored article is reprocessed whatever its relevance
        result = process_page(item, replace(settings, min_relevance=0.0))
        assert not isinstance(result, OffTopic)
        return result
    return guarded(item.source, lambda: extract_article(item))


def _batches(session: Session) -> Iterator[list[ArticleRow]]:
    ids = [i for i in session.exec(select(ArticleRow.id).order_by(col(ArticleRow.id))) if i is not None]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        yield list(
            session.exec(select(ArticleRow).where(col(ArticleRow.id).in_(chunk)).order_by(col(ArticleRow.id)))
        )


def _run(items: Sequence[Article | Page], settings: Settings,
         pool: ProcessPoolExecutor | None) -> list[Extraction | Failure]:
    work = partial(_work, settings=settings)
    if pool is None:
        return [work(i) for i in items]
    return list(pool.map(work, items, chunksize=4))


def _html_pages(session: Session, rows: Sequence[ArticleRow]) -> dict[str, bytes]:
    """The stored HTML pages of the rows, by SHA-256 (text items' raw pages are plain text, not pages)."""
    digests = [r.raw_sha256 for r in rows if r.raw_sha256]
    query = select(RawPage).where(col(RawPage.sha256).in_(digests), col(RawPage.is_html).is_(True))
    return {page.sha256: zlib.decompress(page.content) for page in session.exec(query)}


def _items(session: Session, rows: Sequence[ArticleRow], reparse: bool) -> list[Article | Page]:
    """What to extract again: the page rebuilt from its stored HTML (reparse), else the stored article."""
    pages = _html_pages(session, rows) if reparse else {}
    return [page_from_row(row, pages[row.raw_sha256]) if row.raw_sha256 in pages else article_from_row(row)
            for row in rows]


def _reparsed_conflict(session: Session, row: ArticleRow, article: Article) -> Failure | None:
    """A failure when the re-parsed text is the text of another stored article (one article per text)."""
    other = session.exec(select(ArticleRow.key).where(ArticleRow.text_sha256 == text_fingerprint(article.text),
                                                      ArticleRow.id != row.id)).first()
    if other is None:
        return None
    return Failure(row.source, "parse", f"parsed again, its text is the text of the stored article {other}; "
                   "kept as it was")


def _update_parsed(session: Session, row: ArticleRow, article: Article, settings: Settings,
                   index: NearDuplicateIndex) -> None:
    """Take the text and metadata of a re-parsed article (its identity, key and URLs, stay)."""
    if article.text != row.text:
        row.text, row.text_sha256 = article.text, text_fingerprint(article.text)
        minhash = text_minhash(article.text, settings.minhash_permutations)
        row.minhash = minhash_to_bytes(minhash)
        if row.duplicate_of is None and row.id is not None:  # an original is looked up by its new bands
            index.remove(session, row.id)
            index.add(session, row.id, minhash.hashvalues)
    row.title, row.author, row.site, row.language = article.title, article.author, article.site, article.language


def reprocess(settings: Settings, progress: ProgressCallback | None = None, reparse: bool = False) -> ReprocessSummary:
    """Extract every stored article again (with `reparse`, parse its stored HTML page again first; articles
    without one are extracted from their stored text), replace its mentions and summary, then rebuild the events."""
    engine = get_engine(settings.db_url)
    summary = ReprocessSummary()
    pool = worker_pool(settings.workers) if settings.workers > 1 else None
    version = extraction_version()
    try:
        with open_session(engine) as session:
            record_version(session, version)
            index = open_near_duplicate_index(session, settings)
            for rows in _batches(session):
                items = _items(session, rows, reparse)
                for row, item, result in zip(rows, items, _run(items, settings, pool), strict=True):
                    assert row.id is not None
                    if isinstance(item, Page) and isinstance(result, Extraction):
                        result = _reparsed_conflict(session, row, result.article) or result
                    if isinstance(result, Failure):
                        summary.failures.append(result)
                        outcome = "failed"
                    else:
                        if isinstance(item, Page):
                            _update_parsed(session, row, result.article, settings, index)
                            summary.reparsed += 1
                        elif reparse:
                            summary.from_text += 1
                        replace_mentions(session, row.id, mention_rows(result), version.version)
                        row.summary = json_safe(result.summary)
                        row.published, row.published_source = result.article.published, result.article.published_source
                        row.extraction_version = version.version
                        session.add(row)
                        summary.reprocessed += 1
                        outcome = "stored"
                    if progress is not None:
                        progress(outcome, row.source)
                session.commit()
            rebuild_derived(session, version.version)
            summary.totals = totals(session)
    finally:
        if pool is not None:
            pool.shutdown()
        engine.dispose()
    return summary
