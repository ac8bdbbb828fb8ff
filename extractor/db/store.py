"""Writes: articles with their raw pages and mentions, failures and runs; idempotent by unique keys.

Every article is written in one transaction (article row, raw page, mentions and the removal of its old failure
commit together), so a process killed at any moment leaves each article either wholly stored or absent. Two
processes storing the same article at once both pass the "already stored?" check; the database's unique keys
stop the second, whose IntegrityError is caught and the article counted as already stored.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, cast

import numpy as np
from sqlalchemy import delete, func, insert, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from extractor.db.models import (
    ArticleCopyRow,
    ArticleRow,
    AssemblyKeyRow,
    ExtractionVersionRow,
    FailureRow,
    IrrelevantRow,
    MentionRow,
    RawPage,
    RunRow,
)
from extractor.db.near_duplicates import NearDuplicateIndex, near_duplicate_index, stored_values
from extractor.db.session import write_lock
from extractor.dedupe import minhash_to_bytes, text_fingerprint, text_minhash
from extractor.names import safe_name
from extractor.records import Article, Extraction, Failure, OffTopic
from extractor.settings import Settings
from extractor.version import ExtractionVersion

log = logging.getLogger(__name__)

Outcome = Literal["stored", "skipped", "near_duplicate", "copy"]
# A concurrent writer can beat us to the same raw page, then to the same article: a second retry sees both.
STORE_ATTEMPTS = 3
# Failures that recur on the same input, so a re-run skips the item (fetch reasons as extractor.fetch words
# them). Parse failures depend only on the page; HTTP 4xx other than 408/425/429 say the page is not there.
# Timeouts, 5xx, 429, network, database and unexpected errors may pass next time and are tried again.
PERMANENT_STAGES = frozenset({"parse"})
PERMANENT_FETCH_REASONS = re.compile(
    r"^(disallowed by robots\.txt|HTTP 4(0[0-79]|1\d|2[0-4]|2[6-8]|[3-9]\d)\b|not an HTML page|too many "
    r"redirects|body (of \d+ bytes )?exceeds the limit|not a valid URL|not an http\(s\) URL|URL has no host)"
)
# A time limit passed: the next run (with a larger limit, or a quieter machine) may succeed, whatever the stage.
TRANSIENT_REASONS = re.compile(r"^took longer than ")
RUN_SOURCES_KEPT = 100  # source arguments recorded on a run row; a list of a million URLs is only counted


@dataclass(frozen=True)
class StoreResult:
    """What happened to one article: stored, stored as a near-duplicate, recorded as an exact copy of a stored
    article (the same text from another source), or skipped (already stored)."""

    outcome: Outcome
    article_id: int
    duplicate_of: int | None = None


def last_article_id(session: Session) -> int:
    """The highest id of a stored article (0 in an empty database): the articles stored later have higher ids."""
    return int(session.exec(select(func.max(ArticleRow.id))).one() or 0)


def relink_copies(session: Session, settings: Settings, after_id: int) -> int:
    """Link the near-duplicates among the originals stored after `after_id`, as one run in id order would have:
    two runs at once each store their articles before they can see the other's, so copies across them are
    stored as originals. Under the rebuild lock; commit; return how many were linked."""
    session.commit()
    write_lock(session, "rebuild_derived")
    index = near_duplicate_index(settings)
    linked = 0
    # an original with no band in common with an earlier one above after_id stays an original
    for article_id in index.later_candidates(session, after_id):
        values = stored_values(session, article_id)
        near = None if values is None else index.find(session, values, after=after_id, before=article_id)
        if near is None:
            continue
        original, similarity = near
        # the copies another run linked to this article follow it to its original
        session.execute(update(ArticleRow).where(col(ArticleRow.duplicate_of) == article_id).values(
            duplicate_of=original))
        session.execute(update(ArticleRow).where(col(ArticleRow.id) == article_id).values(
            duplicate_of=original, similarity=similarity))
        index.remove(session, article_id)
        # the other run may have derived both already: the article is derived again with its new group
        session.execute(delete(AssemblyKeyRow).where(col(AssemblyKeyRow.article_id) == article_id,
                                                     col(AssemblyKeyRow.kind) == "article"))
        linked += 1
    session.commit()
    return linked


@dataclass(frozen=True)
class Prepared:
    """An extraction with what storing it works out without the database: the text's fingerprint and MinHash, the
    compressed raw page, the summary as JSON values and the mention rows. Ingest prepares each article in the
    worker process that extracted it, so the one process that writes does only the writing."""

    article: Article
    fingerprint: str
    minhash: bytes
    raw_sha256: str | None  # the article row's raw page (none when the item came without one)
    raw_page: dict[str, Any] | None  # the rawpage row to write unless stored already
    summary: dict[str, Any]
    mentions: list[dict[str, Any]]  # the mention rows but for article_id and version


def prepare(extraction: Extraction, raw: bytes | None, settings: Settings) -> Prepared:
    """Work out what storing the extraction needs that the database does not give (see Prepared)."""
    article = extraction.article
    raw_page = None
    if raw is not None and article.raw_sha256:
        raw_page = {"sha256": article.raw_sha256, "size": len(raw), "content": zlib.compress(raw, 6),
                    "is_html": raw.lstrip()[:1] == b"<"}
    return Prepared(
        article=article, fingerprint=text_fingerprint(article.text),
        minhash=minhash_to_bytes(text_minhash(article.text, settings.minhash_permutations)),
        raw_sha256=article.raw_sha256 if raw is not None else None, raw_page=raw_page,
        summary=json_safe(extraction.summary), mentions=mention_rows(extraction),
    )


@dataclass(frozen=True)
class Existing:
    """The columns of a stored article that storing another one reads."""

    id: int
    source: str
    url_key: str | None
    duplicate_of: int | None


def find_existing(session: Session, url_key: str | None, text_sha256: str) -> Existing | None:
    """The stored article with the same text or, failing that, the same normalised URL, if any."""
    same = col(ArticleRow.text_sha256) == text_sha256
    if url_key:
        same = same | (col(ArticleRow.url_key) == url_key)
    query = sa_select(ArticleRow.id, ArticleRow.source, ArticleRow.url_key,  # type: ignore[call-overload]
                      ArticleRow.text_sha256, ArticleRow.duplicate_of).where(same)
    # one query for both keys (each unique): the article with the same text comes first
    found = sorted(session.execute(query), key=lambda row: row.text_sha256 != text_sha256)
    return Existing(found[0].id, found[0].source, found[0].url_key, found[0].duplicate_of) if found else None


def store_extraction(
    session: Session, extraction: Extraction, raw: bytes | None, index: NearDuplicateIndex, settings: Settings,
    version: str,
) -> StoreResult:
    """Store an article, its raw page and its mentions in one transaction, unless it is already stored (also
    by another process at the same moment)."""
    return store_prepared(session, prepare(extraction, raw, settings), index, version)


def store_prepared(session: Session, prepared: Prepared, index: NearDuplicateIndex, version: str) -> StoreResult:
    """`store_extraction` of an extraction prepared already (by `prepare`)."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            return _store_once(session, prepared, index, version)
        except IntegrityError:
            session.rollback()
            if attempt == STORE_ATTEMPTS:
                raise
            log.debug("%s was written by another process meanwhile; looking again", prepared.article.source)
    raise AssertionError("unreachable")


def _store_once(session: Session, prepared: Prepared, index: NearDuplicateIndex, version: str) -> StoreResult:
    article = prepared.article
    existing = find_existing(session, article.canonical_url, prepared.fingerprint)
    if existing is not None:
        outcome: Outcome = "copy" if _add_copy(session, existing, article) else "skipped"
        # the item is in the database now (as the stored copy), so an earlier failure of it no longer holds
        if _clear_failure(session, article.source) or outcome == "copy":
            session.commit()
        return StoreResult(outcome, existing.id, existing.duplicate_of)
    values = np.frombuffer(prepared.minhash, dtype=np.uint64)
    near = index.find(session, values)
    raw_page = prepared.raw_page
    if raw_page is not None and session.get(RawPage, raw_page["sha256"]) is None:
        # before the article row, which refers to it
        session.execute(insert(RawPage.__table__), raw_page)  # type: ignore[attr-defined]
    # a row of the table, not an ORM object: its unit of work cost more than the insert
    row = {
        "key": article.id, "source": article.source, "url": article.url, "url_key": article.canonical_url,
        "text_sha256": prepared.fingerprint, "title": article.title, "author": article.author, "site": article.site,
        "published": article.published, "published_source": article.published_source, "language": article.language,
        "text": article.text, "raw_sha256": prepared.raw_sha256, "minhash": prepared.minhash,
        "duplicate_of": near[0] if near else None, "similarity": near[1] if near else None,
        "extraction_version": version, "relevance": article.relevance, "summary": prepared.summary,
        "ingested_at": datetime.now(UTC),
    }
    inserted = cast("CursorResult[Any]", session.execute(insert(ArticleRow.__table__), row))  # type: ignore[attr-defined]
    article_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    replace_mentions(session, article_id, prepared.mentions, version)
    if near is None:
        index.add(session, article_id, values)
    _clear_failure(session, article.source)
    session.execute(delete(IrrelevantRow).where(col(IrrelevantRow.source) == article.source))
    session.commit()
    if near is None:
        return StoreResult("stored", article_id)
    return StoreResult("near_duplicate", article_id, near[0])


def _add_copy(session: Session, existing: Existing, article: Article) -> bool:
    """Record the article as an exact copy of the stored one (uncommitted), unless it is the stored article
    itself (same source or URL) or a copy already recorded; True when recorded."""
    if existing.source == article.source or (article.canonical_url and existing.url_key == article.canonical_url):
        return False
    known = select(ArticleCopyRow.id).where(ArticleCopyRow.source == article.source)
    if article.canonical_url:
        known = select(ArticleCopyRow.id).where(
            (ArticleCopyRow.source == article.source) | (ArticleCopyRow.url_key == article.canonical_url)
        )
    if session.exec(known).first() is not None:
        return False
    session.add(ArticleCopyRow(
        article_id=existing.id, key=article.id, source=article.source, url=article.url,
        url_key=article.canonical_url, site=article.site, published=article.published,
        published_source=article.published_source,
    ))  # fmt: skip
    return True


def json_safe(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary as plain JSON values (dates as ISO strings), ready for a JSON column."""
    value: dict[str, Any] = json.loads(json.dumps(summary, ensure_ascii=False, default=str))
    return value


def mention_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The mention rows of an extraction, one per (label, start, end), but for article_id and version."""
    rows, seen = [], set()
    for m in extraction.mentions:
        key = (m.label, m.start, m.end)
        if key in seen:
            continue
        seen.add(key)
        rows.append({"label": m.label, "text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence,
                     "value": m.value})
    return rows


def replace_mentions(session: Session, article_id: int, rows: Sequence[dict[str, Any]], version: str) -> None:
    """Replace the stored mentions of an article by the rows (`mention_rows`) of a new extraction."""
    session.execute(delete(MentionRow).where(MentionRow.article_id == article_id))  # type: ignore[arg-type]
    if rows:  # one INSERT of many rows, of the table: ORM objects, even bulk, cost more than the rest of storing
        session.execute(insert(MentionRow.__table__),  # type: ignore[attr-defined]
                        [{**row, "article_id": article_id, "version": version} for row in rows])


def _clear_failure(session: Session, source: str) -> bool:
    """Forget a recorded failure of the item (uncommitted); True when there was one."""
    result = session.execute(delete(FailureRow).where(FailureRow.source == source))  # type: ignore[arg-type]
    return bool(cast("CursorResult[Any]", result).rowcount)


def clear_failures(session: Session, sources: Sequence[str]) -> None:
    """Forget the recorded failures of items read fine now (feeds and sitemaps, which are not stored); commit."""
    for chunk in iter_chunks(sources, 500):
        session.execute(delete(FailureRow).where(col(FailureRow.source).in_(chunk)))
    session.commit()


def is_permanent(failure: Failure) -> bool:
    """True when the failure would recur on the same input (see PERMANENT_FETCH_REASONS)."""
    if TRANSIENT_REASONS.match(failure.reason):
        return False
    if failure.stage in PERMANENT_STAGES:
        return True
    return failure.stage == "fetch" and PERMANENT_FETCH_REASONS.match(failure.reason) is not None


def _commit_upsert(session: Session, write: Callable[[], None]) -> None:
    """Run `write` (read an item's row, update or add it) and commit; when another process recorded the same item
    between the read and the write, roll back and run it once more."""
    for attempt in (1, 2):
        write()
        try:
            session.commit()
            return
        except IntegrityError:
            session.rollback()
            if attempt == 2:
                raise


def record_failure(
    session: Session, failure: Failure, run_id: int | None = None, content_sha256: str | None = None
) -> None:
    """Record (or update) the failure of one item, as seen by the run `run_id`; commit."""
    def write() -> None:
        row = session.exec(select(FailureRow).where(FailureRow.source == failure.source)).first()
        if row is None:
            row = FailureRow(source=failure.source, stage=failure.stage, reason=failure.reason)
        row.stage, row.reason, row.at, row.run_id = failure.stage, failure.reason, datetime.now(UTC), run_id
        row.permanent, row.content_sha256 = is_permanent(failure), content_sha256
        session.add(row)

    _commit_upsert(session, write)


def record_irrelevant(session: Session, item: OffTopic, run_id: int | None, content_sha256: str | None) -> None:
    """Record (or update) an item judged not about the programme, and forget an earlier failure of it; commit."""
    article = item.article

    def write() -> None:
        row = session.exec(select(IrrelevantRow).where(IrrelevantRow.source == article.source)).first()
        if row is None:
            row = IrrelevantRow(source=article.source, relevance=item.relevance, reason=item.reason)
        row.url, row.title, row.relevance, row.reason = article.url, article.title, item.relevance, item.reason
        row.at, row.run_id, row.content_sha256 = datetime.now(UTC), run_id, content_sha256
        session.add(row)
        _clear_failure(session, article.source)

    _commit_upsert(session, write)


@dataclass(frozen=True)
class Known:
    """A source the database already holds: stored, failed for good (`failure`) or judged not about the programme
    (`relevance`, below the run's threshold); skipped before fetching or parsing. A failure or judgement recorded
    with the digest of its content is only known while the content is unchanged."""

    source: str
    failure: Failure | None = None
    content_sha256: str | None = None
    relevance: float | None = None


def known_sources(session: Session, sources: Sequence[str], failures: bool = True,
                  min_relevance: float = 0.0) -> dict[str, Known]:
    """Which of the sources are stored, or (when `failures`) failed with a permanent reason, or were judged less
    relevant than `min_relevance`."""
    found: dict[str, Known] = {}
    for start in range(0, len(sources), 500):  # SQLite binds at most 32766 parameters in one statement
        chunk = list(dict.fromkeys(sources[start : start + 500]))
        judged = select(IrrelevantRow).where(col(IrrelevantRow.source).in_(chunk),
                                             col(IrrelevantRow.relevance) < min_relevance)
        for off in session.exec(judged):
            found[off.source] = Known(off.source, content_sha256=off.content_sha256, relevance=off.relevance)
        if failures:
            query = select(FailureRow).where(col(FailureRow.source).in_(chunk), col(FailureRow.permanent).is_(True))
            for row in session.exec(query):
                found[row.source] = Known(row.source, Failure(row.source, row.stage, row.reason), row.content_sha256)
        for model in (ArticleRow, ArticleCopyRow):
            for stored in session.exec(select(model.source).where(col(model.source).in_(chunk))):
                found[stored] = Known(stored)
    return found


def record_version(session: Session, version: ExtractionVersion) -> None:
    """Record what an extraction version is made of (package, data and model hashes, the file hashes), once."""
    if session.get(ExtractionVersionRow, version.version) is not None:
        return
    session.add(ExtractionVersionRow(version=version.version, package=version.package,
                                     data_sha256=version.data_sha256, models_sha256=version.models_sha256,
                                     files=version.files))
    try:
        session.commit()
    except IntegrityError:  # another process recorded it meanwhile
        session.rollback()


def start_run(session: Session, sources: Sequence[str], mode: str, workers: int, version: str) -> int:
    """Record the start of an ingest run; return its id."""
    row = RunRow(mode=mode, workers=workers, sources=[safe_name(s) for s in sources[:RUN_SOURCES_KEPT]],
                 n_sources=len(sources),
                 version=version)
    session.add(row)
    session.commit()
    assert row.id is not None
    return row.id


def update_run(
    session: Session, run_id: int, counts: dict[str, int] | None = None, status: str | None = None,
    derived_articles: int | None = None,
) -> None:
    """Write a run's counts so far, its final status (which stamps `finished`) or its rebuild mark; commit."""
    row = session.get(RunRow, run_id)
    if row is None:
        return
    for name, value in (counts or {}).items():
        setattr(row, name, value)
    if status is not None:
        row.status, row.finished = status, datetime.now(UTC)
    if derived_articles is not None:
        row.derived_articles = derived_articles
    session.add(row)
    session.commit()


def derived_are_stale(session: Session) -> bool:
    """True when articles were stored since the derived tables were last rebuilt by an ingest run (a run killed
    between storing and rebuilding)."""
    latest = session.exec(
        select(RunRow.derived_articles).where(col(RunRow.derived_articles).is_not(None)).order_by(
            col(RunRow.id).desc()).limit(1)
    ).first()
    return latest is not None and latest != counts(session)["articles"]


def iter_chunks(values: Iterable[Any], size: int) -> Iterable[list[Any]]:
    """The values in lists of `size` (the last one shorter), read lazily."""
    chunk: list[Any] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def counts(session: Session) -> dict[str, int]:
    """Numbers of stored articles, recorded failures, near-duplicates, exact copies and mentions."""
    def count(model: type, *where: object) -> int:
        return int(session.exec(select(func.count()).select_from(model).where(*where)).one())  # type: ignore

    return {
        "articles": count(ArticleRow),
        "failed": count(FailureRow),
        "duplicates": count(ArticleRow, ArticleRow.duplicate_of.is_not(None)),  # type: ignore[union-attr]
        "copies": count(ArticleCopyRow),
        "mentions": count(MentionRow),
    }
