"""Dataclasses that cross stage boundaries: Page -> Article -> Mention/Event, plus Failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extractor.names import safe_name

# The kinds of events and the categories of people, as in the gold schema.
EVENT_TYPES = ("assessment", "selection_result", "evaluation", "pre_evaluation", "technical_guidance", "mou_signing",
               "launch", "award", "other")
PERSON_CATEGORIES = ("ministry", "regional_official", "assessor", "other")
# Where an article's publication date comes from, best first: the page's or the item's metadata, the dateline
# at the top of the text, a line of the text holding nothing but a date.
PUBLISHED_SOURCES = ("metadata", "dateline", "text", "url")


@dataclass(frozen=True)
class Page:
    """Raw material of one article, as read from a file, a JSONL line, a WARC record or the web."""

    source: str  # where it came from: URL, file path, "file.jsonl#12", "file.warc.gz#<record-id>"
    url: str | None = None
    html: bytes | None = None  # raw page, when the source is HTML
    text: str | None = None  # plain text, when the source has no HTML
    title: str | None = None  # metadata given by the source itself (JSONL, TXT headline)
    published: str | None = None
    item_id: str | None = None  # identifier the user gave (JSONL "id", file stem)
    from_cache: bool = False

    def __post_init__(self) -> None:
        # names come from file systems, archives and users: escaped here, they are safe to store and print
        object.__setattr__(self, "source", safe_name(self.source))
        if self.item_id is not None:
            object.__setattr__(self, "item_id", safe_name(self.item_id))


@dataclass(frozen=True)
class Article:
    """One parsed article: main text plus metadata, and a pointer to its raw page."""

    id: str
    source: str
    url: str | None
    title: str | None
    text: str
    author: str | None = None
    site: str | None = None
    canonical_url: str | None = None
    published: date | None = None
    published_source: str | None = None  # metadata, dateline, text or url (see PUBLISHED_SOURCES)
    language: str | None = None
    raw_sha256: str | None = None
    relevance: float | None = None  # to the smart-city programme, 0 to 1 (extractor.relevance)


@dataclass(frozen=True)
class Mention:
    """One extracted value with its evidence: character offsets in the article text and the sentence."""

    label: str  # region, province, person, date, score, dimension, innovation
    text: str  # the span as written
    start: int
    end: int
    sentence: str
    value: dict[str, Any] = field(default_factory=dict)  # normalised value, e.g. {"name": "Kota Bandung", "code": "32.73"}


@dataclass(frozen=True)
class Failure:
    """An item that could not be processed, with the stage where it failed and why."""

    source: str
    stage: str
    reason: str

    def __post_init__(self) -> None:
        # a reason often quotes the item (an exception naming the file): both are escaped, as Page.source is
        object.__setattr__(self, "source", safe_name(self.source))
        object.__setattr__(self, "reason", safe_name(self.reason))


@dataclass(frozen=True)
class OffTopic:
    """A parsed article judged not about the programme: skipped before the NLP, recorded with why."""

    article: Article
    relevance: float
    reason: str


@dataclass(frozen=True)
class Extraction:
    """Everything the NLP found in one article: its mentions with evidence and the article-level summary."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    summary: dict[str, Any] = field(default_factory=dict)  # the gold-schema keys: regions, people, dates, ...
