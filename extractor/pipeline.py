"""Chain the stages: sources -> pages -> articles -> extractions -> database, one result per item."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from extractor.db.derive import needs_rebuild, rebuild_derived
from extractor.db.queries import totals
from extractor.db.session import db_error_reason, get_engine, open_session
from extractor.db.store import load_near_duplicate_index, record_failure, store_extraction
from extractor.errors import ExtractorError, TimeLimitError
from extractor.fetch import Fetcher
from extractor.limits import time_limit
from extractor.parse import parse_page
from extractor.records import Extraction, Failure, Page
from extractor.settings import VERSION, Settings
from extractor.sources import iter_pages
from extractor.summary import extract_article

log = logging.getLogger(__name__)

Result = Extraction | Failure
ProgressCallback = Callable[[str, str], None]  # (outcome, source)


@dataclass
class RunSummary:
    """What one ingest run did."""

    stored: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return not self.failures


def process_page(page: Page, settings: Settings) -> Result:
    """Parse and extract one page within settings.time_limit; a bad page becomes a Failure naming stage and reason."""
    running = "parse"

    def work() -> Extraction:
        nonlocal running
        try:
            article = parse_page(page, settings)
            running = "nlp"
            return extract_article(article)
        except TimeLimitError as exc:
            exc.stage = running
            raise

    try:
        with time_limit(settings.time_limit, page.source):
            return guarded(page.source, work)
    except TimeLimitError as exc:  # the alarm went off after the work, while the result was being returned
        return Failure(page.source, running, exc.reason)


def guarded(source: str, work: Callable[[], Extraction]) -> Result:
    """Run one item's work; an error becomes a Failure naming the item, the stage and the reason."""
    try:
        return work()
    except ExtractorError as exc:
        return Failure(source, exc.stage, exc.reason)
    except Exception as exc:  # a bug on one odd item must not stop a batch of thousands
        log.debug("unexpected error on %s", source, exc_info=True)
        return Failure(source, "extract", f"unexpected error: {exc.__class__.__name__}: {exc}")


def process_items(items: Iterable[Page | Failure], settings: Settings) -> Iterator[tuple[Page | None, Result]]:
    """Run `process_page` over the items, in worker processes when settings.workers > 1, keeping input order."""
    if settings.workers == 1:
        for item in items:
            yield (None, item) if isinstance(item, Failure) else (item, process_page(item, settings))
        return
    # A bounded window keeps memory flat on long runs while every worker stays busy.
    window = settings.workers * 4
    pending: deque[tuple[Page | None, Future[Result] | Failure]] = deque()
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        for item in items:
            if isinstance(item, Failure):
                pending.append((None, item))
            else:
                pending.append((item, pool.submit(process_page, item, settings)))
            while len(pending) > window:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _resolve(entry: tuple[Page | None, Future[Result] | Failure]) -> tuple[Page | None, Result]:
    page, pending = entry
    return page, pending if isinstance(pending, Failure) else pending.result()


def extract_sources(sources: Iterable[str], settings: Settings) -> Iterator[Result]:
    """Parse and extract every article of the sources without a database."""
    with Fetcher(settings) as fetcher:
        for _page, result in process_items(iter_pages(sources, fetcher.fetch), settings):
            yield result


def ingest(sources: Iterable[str], settings: Settings, progress: ProgressCallback | None = None) -> RunSummary:
    """Fetch, parse, extract and store every article of the sources; failures are recorded, not raised."""
    engine = get_engine(settings.db_url)
    summary = RunSummary()
    try:
        with Fetcher(settings) as fetcher, open_session(engine) as session:
            index = load_near_duplicate_index(session, settings)
            for page, result in process_items(iter_pages(sources, fetcher.fetch), settings):
                if isinstance(result, Failure):
                    record_failure(session, result)
                    summary.failures.append(result)
                    outcome, source = "failed", result.source
                else:
                    raw = page.html if page is not None and page.html is not None else (
                        page.text.encode("utf-8") if page is not None and page.text is not None else None)
                    try:
                        stored = store_extraction(session, result, raw, index, settings, VERSION)
                    except SQLAlchemyError as exc:  # a database error on one item is recorded; the batch goes on
                        session.rollback()
                        log.debug("cannot store %s", result.article.source, exc_info=True)
                        reason = db_error_reason(exc)
                        failure = Failure(result.article.source, "store", f"database error: {reason}")
                        record_failure(session, failure)
                        summary.failures.append(failure)
                        outcome, source = "failed", failure.source
                    else:
                        outcome, source = stored.outcome, result.article.source
                        if stored.outcome == "stored":
                            summary.stored += 1
                        elif stored.outcome == "skipped":
                            summary.skipped += 1
                        else:
                            summary.near_duplicates += 1
                if progress is not None:
                    progress(outcome, source)
            if summary.stored or summary.near_duplicates or needs_rebuild(session):
                rebuild_derived(session, VERSION)  # events and people across all stored articles
            summary.totals = totals(session)
    finally:
        # also on an error that ends the run, so a server database is not left with open connections
        engine.dispose()
    return summary
