"""Writes: articles with their raw pages and mentions, failures; idempotent by unique keys."""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from typing import Any, Literal, cast

from sqlalchemy import delete, func
from sqlalchemy.engine import CursorResult
from sqlmodel import Session, select

from extractor.db.models import ArticleRow, FailureRow, MentionRow, RawPage
from extractor.dedupe import (
    NearDuplicateIndex,
    minhash_from_bytes,
    minhash_to_bytes,
    text_fingerprint,
    text_minhash,
)
from extractor.records import Extraction, Failure
from extractor.settings import Settings

log = logging.getLogger(__name__)

Outcome = Literal["stored", "skipped", "near_duplicate"]


@dataclass(frozen=True)
class StoreResult:
    """What happened to one article: stored, skipped as an exact duplicate, or stored as a near-duplicate."""

    outcome: Outcome
    article_id: int
    duplicate_of: int | None = None


def load_near_duplicate_index(session: Session, settings: Settings) -> NearDuplicateIndex:
    """Index every stored original article (not the copies) for near-duplicate lookups."""
    index = NearDuplicateIndex(settings.near_duplicate_threshold, settings.minhash_permutations)
    rows = session.exec(
        select(ArticleRow.id, ArticleRow.minhash).where(ArticleRow.duplicate_of.is_(None))  # type: ignore[union-attr]
    )
    for article_id, data in rows:
        if data is not None and article_id is not None:
            index.add(article_id, minhash_from_bytes(data, settings.minhash_permutations))
    return index


def find_existing(session: Session, url_key: str | None, text_sha256: str) -> ArticleRow | None:
    """The stored article with the same normalised URL or the same text, if any."""
    query = select(ArticleRow).where(ArticleRow.text_sha256 == text_sha256)
    found = session.exec(query).first()
    if found is None and url_key:
        found = session.exec(select(ArticleRow).where(ArticleRow.url_key == url_key)).first()
    return found


def store_extraction(
    session: Session, extraction: Extraction, raw: bytes | None, index: NearDuplicateIndex, settings: Settings,
    version: str,
) -> StoreResult:
    """Store an article, its raw page and its mentions in one transaction, unless it is already stored."""
    article = extraction.article
    fingerprint = text_fingerprint(article.text)
    existing = find_existing(session, article.canonical_url, fingerprint)
    if existing is not None and existing.id is not None:
        # the item is in the database now (as the stored copy), so an earlier failure of it no longer holds
        if _clear_failure(session, article.source):
            session.commit()
        return StoreResult("skipped", existing.id, existing.duplicate_of)
    minhash = text_minhash(article.text, settings.minhash_permutations)
    near = index.find(minhash)
    if raw is not None and article.raw_sha256 and session.get(RawPage, article.raw_sha256) is None:
        session.add(RawPage(sha256=article.raw_sha256, size=len(raw), content=zlib.compress(raw, 6),
                            is_html=raw.lstrip()[:1] == b"<"))
        session.flush()  # the article row refers to it
    row = ArticleRow(
        key=article.id, source=article.source, url=article.url, url_key=article.canonical_url,
        text_sha256=fingerprint, title=article.title, author=article.author, site=article.site,
        published=article.published, language=article.language, text=article.text,
        raw_sha256=article.raw_sha256 if raw is not None else None, minhash=minhash_to_bytes(minhash),
        duplicate_of=near[0] if near else None, similarity=near[1] if near else None,
        extraction_version=version, summary=json_safe(extraction.summary),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    replace_mentions(session, row.id, extraction, version)
    _clear_failure(session, article.source)
    session.commit()
    if near is None:
        index.add(row.id, minhash)
        return StoreResult("stored", row.id)
    return StoreResult("near_duplicate", row.id, near[0])


def json_safe(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary as plain JSON values (dates as ISO strings), ready for a JSON column."""
    value: dict[str, Any] = json.loads(json.dumps(summary, ensure_ascii=False, default=str))
    return value


def replace_mentions(session: Session, article_id: int, extraction: Extraction, version: str) -> None:
    """Replace the stored mentions of an article by those of a new extraction."""
    session.execute(delete(MentionRow).where(MentionRow.article_id == article_id))  # type: ignore[arg-type]
    seen = set()
    for m in extraction.mentions:
        key = (m.label, m.start, m.end)
        if key in seen:
            continue
        seen.add(key)
        session.add(MentionRow(article_id=article_id, label=m.label, text=m.text, start=m.start, end=m.end,
                               sentence=m.sentence, value=m.value, version=version))


def _clear_failure(session: Session, source: str) -> bool:
    """Forget a recorded failure of the item (uncommitted); True when there was one."""
    result = session.execute(delete(FailureRow).where(FailureRow.source == source))  # type: ignore[arg-type]
    return bool(cast("CursorResult[Any]", result).rowcount)


def record_failure(session: Session, failure: Failure) -> None:
    """Record (or update) the failure of one item."""
    row = session.exec(select(FailureRow).where(FailureRow.source == failure.source)).first()
    if row is None:
        row = FailureRow(source=failure.source, stage=failure.stage, reason=failure.reason)
    else:
        row.stage, row.reason = failure.stage, failure.reason
    session.add(row)
    session.commit()


def counts(session: Session) -> dict[str, int]:
    """Numbers of stored articles, recorded failures and near-duplicates."""
    def count(model: type, *where: object) -> int:
        return int(session.exec(select(func.count()).select_from(model).where(*where)).one())  # type: ignore

    return {
        "articles": count(ArticleRow),
        "failed": count(FailureRow),
        "duplicates": count(ArticleRow, ArticleRow.duplicate_of.is_not(None)),  # type: ignore[union-attr]
        "mentions": count(MentionRow),
    }
