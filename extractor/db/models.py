"""SQLModel tables. What goes in and out of the library are the records in extractor.records."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(timezone.utc)


class RawPage(SQLModel, table=True):
    """A raw page, zlib-compressed and addressed by the SHA-256 of its bytes, so extraction can be re-run."""

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    is_html: bool = True


class ArticleRow(SQLModel, table=True):
    """One stored article: main text and metadata."""

    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True)  # the id a user knows it by: JSONL id, file stem or URL
    source: str
    url: str | None = None
    url_key: str | None = Field(default=None, unique=True)  # courlan-normalised URL; one article per URL
    text_sha256: str = Field(unique=True, max_length=64)  # one article per text
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: date | None = Field(default=None, index=True)
    language: str | None = None
    text: str
    raw_sha256: str | None = Field(default=None, foreign_key="rawpage.sha256")
    minhash: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    duplicate_of: int | None = Field(default=None, foreign_key="article.id", index=True)
    similarity: float | None = None
    extraction_version: str | None = None
    ingested_at: datetime = Field(default_factory=_now)


class FailureRow(SQLModel, table=True):
    """An item that could not be ingested; replaced when the item later succeeds or fails again."""

    __tablename__ = "failure"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(unique=True)
    stage: str
    reason: str
    at: datetime = Field(default_factory=_now)


class MentionRow(SQLModel, table=True):
    """One extracted value of an article with its evidence (offsets into the article text, sentence)."""

    __tablename__ = "mention"
    __table_args__ = (UniqueConstraint("article_id", "label", "start", "end", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    label: str = Field(index=True)
    text: str
    start: int
    end: int
    sentence: str
    value: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    version: str
