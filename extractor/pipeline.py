"""Chain the stages: sources -> pages -> articles -> extractions -> database, one result per item.

The database modules (SQLAlchemy, SQLModel, datasketch: about 0.4 s to import) are imported by the functions
that store, so `extract` and worker processes that only parse and extract never load them.
"""

from __future__ import annotations

import hashlib
import logging
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

from extractor.errors import ExtractorError
from extractor.failure_report import FailureGroup, FailureGroups
from extractor.language import identifier as language_identifier
from extractor.limits import time_limit
from extractor.names import safe_name
from extractor.parse import parse_page
from extractor.records import Extraction, Failure, OffTopic, Page
from extractor.relevance import off_topic_reason, relevance
from extractor.settings import Settings
from extractor.sources import is_url, iter_pages
from extractor.summary import extract_article, load_models
from extractor.version import extraction_version
from extractor.workers import worker_pool

if TYPE_CHECKING:
    from sqlmodel import Session

    from extractor.db.near_duplicates import NearDuplicateIndex
    from extractor.db.store import Known, Prepared
    from extractor.fetch import Fetcher
    from extractor.listings import Listing, Narrowing

log = logging.getLogger(__name__)

Result = Extraction | Failure | OffTopic
Done = TypeVar("Done", Extraction, Extraction | OffTopic)
Worked = TypeVar("Worked")  # what the workers return for a page
Item: TypeAlias = "Page | Failure | Known"
ProgressCallback = Callable[[str, str], None]  # (outcome, source)
# Pages per worker task. Measured on the bundled corpus (README, "Speed"): one page per task already keeps the
# workers busy, NLP costs tens of milliseconds per page against well under one for sending it.
TASK_PAGES = 1
# Tasks in flight per worker. Results are stored in input order, so while the parent waits for a slow page the
# other workers work through the rest of the window: 4 left them idle 0.3-1.3 s per 100-page run (a page takes
# up to 8 times the median), 16 for 0.2-0.6 s (README, "Speed"). At most this many pages per worker are held.
TASKS_PER_WORKER = 16
# Items looked up at a time among the stored and failed sources: one query instead of one per item.
LOOKUP_CHUNK = 200
# Items read (files parsed into pages, URLs fetched) before one lookup: small, so pages start flowing early.
ITEM_CHUNK = 32
# Failures listed one by one at the end of a run (all of them are counted and grouped, and in the database).
LISTED_FAILURES = 100
# Items between two updates of the run's counts in the database, so a killed run still shows how far it got.
RUN_UPDATE_EVERY = 200


@dataclass
class RunSummary:
    """What one ingest run did. Memory stays flat however many items fail: failures are counted per reason
    with a few examples, and only the first LISTED_FAILURES are kept whole."""

    stored: int = 0
    skipped: int = 0
    irrelevant: int = 0
    near_duplicates: int = 0
    copies: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    groups: FailureGroups = field(default_factory=FailureGroups)
    totals: dict[str, int] = field(default_factory=dict)
    run_id: int | None = None
    # the highest article id when the run started: what is stored later, by any run, is compared at the end
    articles_before: int = 0
    # Ctrl-C ended the run before every item was seen; what was stored is kept, and the same command resumes
    interrupted: bool = False
    # article URLs the feeds and sitemaps listed, and those --since/--match left out (None: no listings read)
    listed: int | None = None
    left_out: int | None = None

    @property
    def ok(self) -> bool:
        """True when every item was seen and none failed."""
        return self.failed == 0 and not self.interrupted

    def count(self, outcome: str, failure: Failure | None = None) -> None:
        """Count one item's outcome: stored, near_duplicate, copy, irrelevant, skipped or failed."""
        if failure is not None:
            self.failed += 1
            self.groups.add(failure)
            if len(self.failures) < LISTED_FAILURES:
                self.failures.append(failure)
        elif outcome == "stored":
            self.stored += 1
        elif outcome == "near_duplicate":
            self.near_duplicates += 1
        elif outcome == "copy":
            self.copies += 1
        elif outcome == "irrelevant":
            self.irrelevant += 1
        else:
            self.skipped += 1

    def record(self, session: Session, outcome: str, failure: Failure | None, source: str,
               progress: ProgressCallback | None) -> None:
        """Count one item, report it, and every RUN_UPDATE_EVERY items write the counts to the run table."""
        from extractor.db.store import update_run

        self.count(outcome, failure)
        if progress is not None:
            progress(outcome, source)
        if self.run_id is not None and sum(self.counts().values()) % RUN_UPDATE_EVERY == 0:
            update_run(session, self.run_id, self.counts())

    def failure_groups(self) -> list[FailureGroup]:
        """Failures by stage and reason, the most frequent first."""
        return self.groups.sorted()

    def counts(self) -> dict[str, int]:
        """The counts as the run table names them."""
        return {"stored": self.stored, "near_duplicates": self.near_duplicates, "copies": self.copies,
                "skipped": self.skipped, "irrelevant": self.irrelevant, "failed": self.failed}


def process_page(page: Page, settings: Settings) -> Result:
    """Parse and extract one page, each stage within settings.time_limit; a bad page becomes a Failure naming
    stage and reason, and an article less relevant to the programme than settings.min_relevance is OffTopic
    (before the NLP)."""
    def work() -> Extraction | OffTopic:
        language_identifier()  # reading the language model once per process is not this page's time either
        with time_limit(settings.time_limit, page.source, "parse"):
            article = parse_page(page, settings)
        found = relevance(article.title, article.text)
        article = replace(article, relevance=found.score)
        if found.score < settings.min_relevance:
            return OffTopic(article, found.score, off_topic_reason(found, settings.min_relevance))
        load_models()  # loading the pipeline once per process is not this document's time
        with time_limit(settings.time_limit, page.source, "nlp"):
            return extract_article(article)

    return guarded(page.source, work)


def prepare_page(page: Page, settings: Settings) -> Prepared | Failure | OffTopic:
    """`process_page`, and for an extraction what storing it works out without the database (in the worker, so
    the process that stores does less; see extractor.db.store.Prepared)."""
    from extractor.db.store import prepare

    result = process_page(page, settings)
    return prepare(result, page_raw(page), settings) if isinstance(result, Extraction) else result


def guarded(source: str, work: Callable[[], Done]) -> Done | Failure:
    """Run one item's work; an error becomes a Failure naming the item, the stage and the reason."""
    try:
        return work()
    except ExtractorError as exc:
        return Failure(source, exc.stage, exc.reason)
    except Exception as exc:  # a bug on one odd item must not stop a batch of thousands
        log.debug("unexpected error on %s", source, exc_info=True)
        return Failure(source, "extract", f"unexpected error: {exc.__class__.__name__}: {exc}")


def process_items(
    items: Iterable[Item], settings: Settings, work: Callable[[Page, Settings], Worked]
) -> Iterator[tuple[Page | None, Worked | Failure | Known]]:
    """Run `work` (`process_page`, `prepare_page`) over the pages, in worker processes when settings.workers > 1,
    keeping input order; failures and known items pass through."""
    if settings.workers == 1:
        for item in items:
            yield (item, work(item, settings)) if isinstance(item, Page) else (None, item)
        return
    # A bounded window of tasks keeps memory flat on long runs while every worker stays busy.
    window = settings.workers * TASKS_PER_WORKER
    pending: deque[tuple[list[Item], Future[list[Worked]] | None]] = deque()
    with worker_pool(settings.workers) as pool:
        for chunk in batches(items, TASK_PAGES):
            pages = [item for item in chunk if isinstance(item, Page)]
            pending.append((chunk, pool.submit(process_pages, pages, settings, work) if pages else None))
            while len(pending) > window:
                yield from _resolve(*pending.popleft())
        while pending:
            yield from _resolve(*pending.popleft())


def process_pages(pages: Sequence[Page], settings: Settings, work: Callable[[Page, Settings], Worked]) -> list[Worked]:
    """Run `work` over a batch of pages: the unit of work of a worker process."""
    return [work(page, settings) for page in pages]


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The items in order, in runs holding at most `size` pages each (failures and known items ride along)."""
    chunk: list[Item] = []
    pages = 0
    for item in items:
        chunk.append(item)
        pages += isinstance(item, Page)
        if pages == size:
            yield chunk
            chunk, pages = [], 0
    if chunk:
        yield chunk


def _resolve(chunk: list[Item], future: Future[list[Worked]] | None) -> Iterator[tuple[Page | None, Worked | Failure | Known]]:
    results = iter(future.result() if future is not None else [])
    for item in chunk:
        yield (item, next(results)) if isinstance(item, Page) else (None, item)


def extract_sources(sources: Iterable[str], settings: Settings) -> Iterator[Extraction | Failure]:
    """Parse and extract every article of the sources without a database (none is skipped as off-topic)."""
    settings = replace(settings, min_relevance=0.0)
    with fetching(settings) as fetch:
        for _page, result in process_items(iter_pages(sources, fetch, settings.max_bytes), settings, process_page):
            yield cast("Extraction | Failure", result)  # no Known items without a database, no OffTopic at 0


@contextmanager
def fetching(settings: Settings) -> Iterator[Callable[[str], Page]]:
    """A fetch function whose Fetcher is made at the first URL: files need no HTTP (requests, courlan and protego
    take 0.05 s to import)."""
    fetchers: list[Fetcher] = []

    def fetch(url: str) -> Page:
        if not fetchers:
            from extractor.fetch import Fetcher

            fetchers.append(Fetcher(settings))
        return fetchers[0].fetch(url)

    try:
        yield fetch
    finally:
        for fetcher in fetchers:
            fetcher.close()


def page_raw(page: Page) -> bytes | None:
    """What the page holds: its HTML, else its text."""
    return page.html if page.html is not None else page.text.encode("utf-8") if page.text is not None else None


def page_digest(page: Page) -> str | None:
    """SHA-256 of what the page holds (its HTML, else its text), to tell an edited item from the one that failed."""
    content = page_raw(page)
    return hashlib.sha256(content).hexdigest() if content is not None else None


def skip_known(
    session: Session, sources: Iterable[str], fetch: Callable[[str], Page] | None, retry_failed: bool = False,
    max_bytes: int | None = None, min_relevance: float = 0.0,
) -> Iterator[Item]:
    """The items of the sources, with those the database already holds (stored, or failed for good with the same
    content) replaced by Known markers: URLs before fetching, file items before parsing. Lazy, like iter_pages."""
    from extractor.db.store import iter_chunks, known_sources

    def read(sources_chunk: list[str], known_urls: dict[str, Known]) -> Iterator[Item]:
        for source in sources_chunk:
            if safe_name(source) in known_urls:
                yield known_urls[safe_name(source)]
            else:
                yield from iter_pages([source], fetch, max_bytes)

    for sources_chunk in iter_chunks(sources, LOOKUP_CHUNK):
        urls = [safe_name(s) for s in sources_chunk if is_url(s)]  # items are recorded under their safe names
        known_urls = known_sources(session, urls, not retry_failed, min_relevance) if urls else {}
        # one lookup per chunk of items, not one per file
        for items in iter_chunks(read(sources_chunk, known_urls), ITEM_CHUNK):
            pages = [i.source for i in items if isinstance(i, Page)]
            found = known_sources(session, pages, not retry_failed, min_relevance) if pages else {}
            for item in items:
                known = found.get(item.source) if isinstance(item, Page) else None
                if known is not None and ((known.failure is None and known.relevance is None) or
                                          known.content_sha256 in (None, page_digest(cast(Page, item)))):
                    yield known
                else:
                    yield item


def store_result(
    session: Session, page: Page | None, result: Result | Prepared | Known, index: NearDuplicateIndex,
    settings: Settings, run_id: int | None,
) -> tuple[str, Failure | None]:
    """Write one item's result (article or failure) in its own transaction; return (outcome, failure)."""
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db.session import db_error_reason
    from extractor.db.store import Prepared, prepare, record_failure, record_irrelevant, store_prepared

    if isinstance(result, OffTopic):
        record_irrelevant(session, result, run_id, page_digest(page) if page is not None else None)
        return "irrelevant", None
    if isinstance(result, Extraction):
        result = prepare(result, page_raw(page) if page is not None else None, settings)
    if not isinstance(result, Prepared):
        return record_outcome(session, page, result, run_id)
    try:
        stored = store_prepared(session, result, index, extraction_version().version)
    except SQLAlchemyError as exc:  # a database error on one item is recorded; the batch goes on
        session.rollback()
        log.debug("cannot store %s", result.article.source, exc_info=True)
        failure = Failure(result.article.source, "store", f"database error: {db_error_reason(exc)}")
        record_failure(session, failure, run_id, result.article.raw_sha256)
        return "failed", failure
    return stored.outcome, None


def record_outcome(
    session: Session, page: Page | None, item: Failure | Known, run_id: int | None
) -> tuple[str, Failure | None]:
    """Record an item that needs no storing: a failure, or a known item (a known failure is seen again)."""
    from extractor.db.store import Known, record_failure

    if isinstance(item, Known):
        if item.relevance is not None:
            return "irrelevant", None
        if item.failure is None:
            return "skipped", None
        record_failure(session, item.failure, run_id, item.content_sha256)
        return "failed", item.failure
    record_failure(session, item, run_id, page_digest(page) if page is not None else None)
    return "failed", item


def finish_run(session: Session, settings: Settings, summary: RunSummary, stored_now: bool) -> None:
    """Link the copies stored by runs at once, bring the derived tables up to date when this run (or a killed
    earlier one) stored articles; close the run."""
    from extractor.db import derive
    from extractor.db.incremental import refresh_derived
    from extractor.db.queries import totals
    from extractor.db.store import derived_are_stale, relink_copies, update_run

    if stored_now:
        linked = relink_copies(session, settings, summary.articles_before)
        if linked:
            log.info("%d articles stored at the same time as their originals linked to them", linked)
    if stored_now or derive.needs_rebuild(session) or derived_are_stale(session):
        articles = totals(session)["articles"]
        refresh_derived(session, extraction_version().version)  # the events and people the new articles touch
        if summary.run_id is not None:
            update_run(session, summary.run_id, derived_articles=articles)
    summary.totals = totals(session)
    if summary.run_id is not None:
        update_run(session, summary.run_id, summary.counts(), "finished")


def mark_run_ended_by_error(session: Session, summary: RunSummary, status: str = "error") -> None:
    """Record that an error (or Ctrl-C: status "interrupted") ended the run, if the database still answers."""
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db.store import update_run

    if summary.run_id is None:
        return
    try:
        session.rollback()
        update_run(session, summary.run_id, summary.counts(), status)
    except SQLAlchemyError:  # the database itself is what failed; the run stays "running"
        log.debug("cannot mark run %s as ended by an error", summary.run_id, exc_info=True)


def interrupt_run(session: Session, summary: RunSummary) -> None:
    """End a run stopped by Ctrl-C: the item being stored is rolled back (each article is one transaction), the
    run is marked "interrupted" with its counts, and the totals read. The events are not rebuilt here: the next run
    of the same command finds them stale, resumes after the stored items and rebuilds them."""
    from extractor.db.queries import totals

    summary.interrupted = True
    mark_run_ended_by_error(session, summary, "interrupted")
    summary.totals = totals(session)


def ingest(
    sources: Iterable[str], settings: Settings, progress: ProgressCallback | None = None, retry_failed: bool = False,
    listings: Sequence[Listing] = (), narrowing: Narrowing | None = None,
) -> RunSummary:
    """Fetch, parse, extract and store every article of the sources and of the feeds and sitemaps `listings`
    (narrowed by `narrowing`); failures are recorded, not raised.

    The run is recorded in the run table. Sources already stored, or failed for good (unless `retry_failed`),
    are skipped before fetching or parsing, so a run started again after a crash goes fast to where it stopped.
    """
    from extractor.db.near_duplicates import open_near_duplicate_index

    sources = list(sources)
    with recorded_run(settings, sources + [x.url for x in listings], "local", settings.workers) as (
            fetcher, session, summary):
        sources += listed_sources(session, fetcher, listings, narrowing, sources, summary, progress)
        index = open_near_duplicate_index(session, settings)
        items = skip_known(session, sources, fetcher.fetch, retry_failed, settings.max_bytes, settings.min_relevance)
        for page, result in process_items(items, settings, prepare_page):
            outcome, failure = store_result(session, page, result, index, settings, summary.run_id)
            source = failure.source if failure else cast("Page | Known", page or result).source
            summary.record(session, outcome, failure, source, progress)
            if INTERRUPTED.is_set():
                raise KeyboardInterrupt  # a library swallowed the one Ctrl-C raised
    return summary


def listed_sources(
    session: Session, fetcher: Fetcher, listings: Sequence[Listing], narrowing: Narrowing | None, sources: Sequence[str],
    summary: RunSummary, progress: ProgressCallback | None,
) -> list[str]:
    """The article URLs the feeds and sitemaps list that are not among `sources` yet. Listings are fetched anew on
    every run (through the fetcher's checks); one that cannot be read is a recorded failure, and the failure of
    one read now is forgotten."""
    if not listings:
        return []
    # trafilatura's feed and sitemap readers are imported by the runs that read listings only
    from extractor.db.store import clear_failures
    from extractor.listings import Narrowing, discover

    found = discover(listings, fetcher.fetch_listing, narrowing or Narrowing(), fetcher.settings.max_bytes)
    clear_failures(session, found.read)
    for failure in found.failures:
        outcome, recorded = record_outcome(session, None, failure, summary.run_id)
        summary.record(session, outcome, recorded, failure.source, progress)
    summary.listed, summary.left_out = len(found.urls), found.left_out
    given = set(sources)
    return [url for url in found.urls if url not in given]


# Ctrl-C seen during the current run, even when a library's bare `except:` swallowed its KeyboardInterrupt
INTERRUPTED = threading.Event()


@contextmanager
def _remember_ctrl_c() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt as always and is remembered, so that one an HTML parser swallows still ends
    the run after the item at hand (in the main thread; elsewhere signals do not arrive)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    INTERRUPTED.clear()

    def on_ctrl_c(signum: int, frame: object) -> None:
        INTERRUPTED.set()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def recorded_run(
    settings: Settings, sources: Sequence[str], mode: str, workers: int
) -> Iterator[tuple[Fetcher, Session, RunSummary]]:
    """A fetcher, a database session and a summary for one recorded run. On leaving, the run is finished (the
    derived tables rebuilt when it stored something) or, on an error, marked as ended by it. Ctrl-C while the items
    are processed ends the run without an error: the summary says `interrupted`, with what was done so far."""
    from extractor.db.session import get_engine, open_session
    from extractor.db.store import last_article_id, record_version, start_run
    from extractor.fetch import Fetcher

    engine = get_engine(settings.db_url)
    summary = RunSummary()
    try:
        with Fetcher(settings) as fetcher, open_session(engine) as session:
            version = extraction_version()
            record_version(session, version)
            summary.run_id = start_run(session, sources, mode, workers, version.version)
            summary.articles_before = last_article_id(session)
            try:
                try:
                    with _remember_ctrl_c():
                        yield fetcher, session, summary
                except KeyboardInterrupt:
                    interrupt_run(session, summary)
                    return
                finish_run(session, settings, summary, bool(summary.stored or summary.near_duplicates or summary.copies))
            except BaseException:
                mark_run_ended_by_error(session, summary)
                raise
    finally:
        # also on an error that ends the run, so a server database is not left with open connections
        engine.dispose()
