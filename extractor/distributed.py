"""Ingest on a Dask cluster: the machine running the command reads the sources (and fetches URLs, politely, from
one place) and sends batches of pages to the workers; each worker parses, extracts and stores its batch in the
shared database (PostgreSQL), one transaction per article. The derived tables are rebuilt once, at the end.

Workers need the package installed and must reach the database; they never see the sources themselves.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from extractor.db.near_duplicates import near_duplicate_index, open_near_duplicate_index
from extractor.db.session import get_engine, open_session
from extractor.db.store import Known, known_sources
from extractor.errors import ConfigError
from extractor.listings import Listing, Narrowing
from extractor.pipeline import (
    ProgressCallback,
    RunSummary,
    batches,
    listed_sources,
    process_page,
    record_outcome,
    recorded_run,
    skip_known,
    store_result,
)
from extractor.records import Failure, Page
from extractor.settings import Settings

log = logging.getLogger(__name__)

# Pages per task: coarse enough that scheduling and shipping cost little against a few seconds of NLP, fine
# enough that a lost worker redoes little and the last tasks do not leave workers idle.
BATCH_PAGES = 32
# Tasks in flight per worker thread: the next batch is already there when one ends, and the machine reading
# the sources holds only a few batches of pages at a time.
TASKS_PER_THREAD = 2
# A task whose worker died is given to another this many times before its pages are recorded as failures.
TASK_RETRIES = 2
# How long to try reaching the scheduler: a cluster that is starting up answers within seconds.
CONNECT_TIMEOUT = "10s"


@dataclass(frozen=True)
class Outcome:
    """What a worker did with one item: its outcome and, when it failed, the failure."""

    outcome: str
    source: str
    failure: Failure | None = None


# the threads of one worker process store one batch at a time (SQLite has one writer at a time anyway)
_STORING = threading.Lock()


@lru_cache(maxsize=4)
def _engine(db_url: str) -> Engine:
    """One engine (connection pool) per worker process and database, shared by the tasks it runs."""
    return get_engine(db_url)


def ingest_batch(pages: list[Page], settings: Settings, run_id: int) -> list[Outcome]:
    """Parse, extract and store a batch of pages on a worker; the unit of work of a cluster run."""
    results = [process_page(page, settings) for page in pages]
    # the index is in the database: every article another worker committed is a near-duplicate candidate
    index = near_duplicate_index(settings)
    out = []
    with open_session(_engine(settings.db_url)) as session, _STORING:
        for page, result in zip(pages, results, strict=True):
            outcome, failure = store_result(session, page, result, index, settings, run_id)
            out.append(Outcome(outcome, page.source, failure))
    return out


def connect(scheduler: Any) -> Any:
    """A Dask client for a scheduler address (or the client itself, when given one)."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ConfigError("--dask", "Dask is not installed", "pip install 'smartcity-extractor[dask]'") from exc
    if isinstance(scheduler, Client):
        return scheduler
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(str(scheduler), f"cannot reach the Dask scheduler: {exc}",
                          "start one with `dask scheduler` and give its address, e.g. tcp://host:8786") from exc


def ingest_on_cluster(
    sources: Iterable[str], settings: Settings, scheduler: Any, progress: ProgressCallback | None = None,
    retry_failed: bool = False, batch_pages: int = BATCH_PAGES, listings: Sequence[Listing] = (),
    narrowing: Narrowing | None = None,
) -> RunSummary:
    """Like `extractor.pipeline.ingest`, with parsing, NLP and storing done on the workers of a Dask cluster."""
    from distributed import wait

    if settings.time_limit > 0:
        # Dask runs tasks in worker threads, where no signal can interrupt them
        log.warning("the per-document time limit (%s s) does not apply on Dask workers", settings.time_limit)
    sources = list(sources)
    client = connect(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        with recorded_run(settings, sources + [x.url for x in listings], "dask", threads) as (
                fetcher, session, summary):
            sources += listed_sources(session, fetcher, listings, narrowing, sources, summary, progress)
            open_near_duplicate_index(session, settings)  # the workers look up the bands of every stored original

            def tally(outcomes: Iterable[Outcome]) -> None:
                for o in outcomes:
                    summary.record(session, o.outcome, o.failure, o.source, progress)

            pending: dict[Any, list[Page]] = {}
            items = skip_known(session, sources, fetcher.fetch, retry_failed, settings.max_bytes,
                               settings.min_relevance)
            for chunk in batches(items, batch_pages):
                # what the reading machine already knows (read failures, stored or failed items) is written
                # here; only pages travel to the workers
                tally(_local(session, item, summary.run_id) for item in chunk if not isinstance(item, Page))
                pages = [item for item in chunk if isinstance(item, Page)]
                if pages:
                    future = client.submit(ingest_batch, pages, settings, summary.run_id, pure=False,
                                           retries=TASK_RETRIES)
                    pending[future] = pages
                while len(pending) >= threads * TASKS_PER_THREAD:
                    done = wait(list(pending), return_when="FIRST_COMPLETED").done
                    for future in done:
                        tally(_collect(session, future, pending.pop(future), summary.run_id))
            for future in list(pending):
                tally(_collect(session, future, pending.pop(future), summary.run_id))
    finally:
        if client is not scheduler:
            client.close()
    return summary


def _local(session: Session, item: Failure | Known, run_id: int | None) -> Outcome:
    """Record on the reading machine what needs no worker: a read failure or an already known item."""
    outcome, failure = record_outcome(session, None, item, run_id)
    return Outcome(outcome, item.source, failure)


def _collect(session: Session, future: Any, pages: list[Page], run_id: int | None) -> list[Outcome]:
    """The outcomes of a finished task; a task that failed even after its retries fails all its pages."""
    try:
        outcomes: list[Outcome] = future.result()
        return outcomes
    except Exception as exc:  # a worker lost or an error outside the per-item guards: the batch is recorded
        log.debug("batch of %d pages failed on the cluster", len(pages), exc_info=True)
        reason = f"cluster task failed: {exc.__class__.__name__}: {exc}"
        # the task may have committed some pages before it died: those are stored, not failed
        stored = known_sources(session, [p.source for p in pages], failures=False)
        out = []
        for page in pages:
            if page.source in stored:
                out.append(Outcome("stored", page.source, None))
                continue
            outcome, failure = record_outcome(session, page, Failure(page.source, "cluster", reason), run_id)
            out.append(Outcome(outcome, page.source, failure))
        return out
