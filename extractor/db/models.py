"""SQLModel tables. What goes in and out of the library are the records in extractor.records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(UTC)


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
    source: str = Field(index=True)  # where it was read: a re-run skips a source already stored
    url: str | None = None
    url_key: str | None = Field(default=None, unique=True)  # courlan-normalised URL; one article per URL
    text_sha256: str = Field(unique=True, max_length=64)  # one article per text
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: date | None = Field(default=None, index=True)
    published_source: str | None = None  # metadata, dateline, text or url: where the publication date was read
    language: str | None = None
    text: str
    raw_sha256: str | None = Field(default=None, foreign_key="rawpage.sha256")
    minhash: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    duplicate_of: int | None = Field(default=None, foreign_key="article.id", index=True)
    similarity: float | None = None
    extraction_version: str | None = None
    relevance: float | None = None  # to the smart-city programme, 0 to 1, when ingest judged it
    # the article-level summary of the last extraction (gold-schema keys); events are assembled from it
    summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    ingested_at: datetime = Field(default_factory=_now)


class ArticleCopyRow(SQLModel, table=True):
    """An exact copy of a stored article: the same text under another source (another outlet, URL or file),
    kept so a story's reach across outlets is known. A copy is syndication, never corroboration."""

    __tablename__ = "article_copy"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)  # the first stored article with this text
    key: str
    source: str = Field(unique=True)  # where the copy was read; a re-run skips it
    url: str | None = None
    url_key: str | None = Field(default=None, unique=True)
    site: str | None = None
    published: date | None = None
    published_source: str | None = None
    ingested_at: datetime = Field(default_factory=_now)


class MinhashBandRow(SQLModel, table=True):
    """One LSH band of a stored original article's MinHash (extractor.db.near_duplicates): ingest looks an article's
    bands up here to find the stored articles it may copy, so no index of every article is held in memory."""

    __tablename__ = "minhash_band"

    article_id: int = Field(foreign_key="article.id", primary_key=True)
    band: int = Field(primary_key=True)  # 0 .. bands - 1
    hash: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))  # extractor.dedupe.band_hashes


class RunRow(SQLModel, table=True):
    """One `extractor ingest` run: when, over what, and what it did. A killed run keeps status "running"."""

    __tablename__ = "run"

    id: int | None = Field(default=None, primary_key=True)
    started: datetime = Field(default_factory=_now)
    finished: datetime | None = None
    status: str = "running"  # running (or killed before it could say otherwise), finished, error
    mode: str = "local"  # local (one machine) or dask (a cluster)
    workers: int = 1
    sources: list[str] = Field(default_factory=list, sa_column=Column(JSON))  # the arguments (the first 100)
    n_sources: int = 0
    stored: int = 0
    near_duplicates: int = 0
    copies: int | None = None  # exact copies of stored articles under another source
    skipped: int = 0
    failed: int = 0
    irrelevant: int | None = None  # items skipped as not about the programme (table irrelevant)
    # articles in the database when this run last rebuilt the derived tables; more articles now means a run
    # stored some and was killed before rebuilding, so the next run rebuilds even if it stores nothing
    derived_articles: int | None = None
    version: str = ""


class ExtractionVersionRow(SQLModel, table=True):
    """What an extraction version (the `version` and `extraction_version` columns) is made of: the package
    version and the SHA-256 of the pipeline data files and of the model files (see extractor.version)."""

    __tablename__ = "extraction_version"

    version: str = Field(primary_key=True)  # "0.1.0+3f2a9c1b7d0e": package version + start of the combined hash
    package: str  # the package version
    data_sha256: str = Field(max_length=64)  # over the data files of extractor/data, nlp/data, classify/data
    models_sha256: str = Field(max_length=64)  # over the files of models/ (installed as extractor.models)
    files: dict[str, str] | None = Field(default=None, sa_column=Column(JSON))  # each file hashed -> its SHA-256
    first_used: datetime = Field(default_factory=_now)


class FailureRow(SQLModel, table=True):
    """An item that could not be ingested: one row per source, updated by the latest run that saw it fail and
    deleted when the item is stored."""

    __tablename__ = "failure"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(unique=True)
    stage: str
    reason: str
    at: datetime = Field(default_factory=_now)
    run_id: int | None = Field(default=None, foreign_key="run.id", index=True)  # the latest run that saw it
    # a failure that would recur on the same input (HTTP 404, robots.txt, no article text): a re-run skips the
    # item before fetching or parsing it (unless --retry-failed), if its content is unchanged
    permanent: bool | None = None
    content_sha256: str | None = Field(default=None, max_length=64)  # SHA-256 of the page that failed, if read


class IrrelevantRow(SQLModel, table=True):
    """An item read and judged not about the smart-city programme: not stored, kept with its score and reason so a
    re-run skips it before fetching or parsing, unless run with a lower --min-relevance; deleted when it is stored."""

    __tablename__ = "irrelevant"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(unique=True)
    url: str | None = None
    title: str | None = None
    relevance: float
    reason: str
    at: datetime = Field(default_factory=_now)
    run_id: int | None = Field(default=None, foreign_key="run.id", index=True)  # the latest run that judged it
    content_sha256: str | None = Field(default=None, max_length=64)  # SHA-256 of the page judged, if read


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


# Derived tables: rebuilt from the stored article summaries after every ingest and reprocess (see
# extractor.db.derive), so their row ids may change; `key` columns are the stable identities.


class EventRow(SQLModel, table=True):
    """One evaluation event, merged from the per-article events of all the articles that report it."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_type_start", "type", "start_date"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # deterministic: type, start and first place, e.g. "evaluation:2019-06-18:banyuasin"
    type: str  # assessment, selection_result, evaluation, pre_evaluation, technical_guidance, ...
    programme: str | None = None
    stage: str | None = None  # "Tahap II"
    round: int | None = None  # the round the stage names: 1 for "Tahap I", 2 for "Tahap II"
    assessed_year: int | None = None  # the year assessed ("penilaian tahun 2019", held in January 2020)
    start: str | None = None  # ISO as precise as stated: "2019-06-18", "2019-06" or "2019"
    end: str | None = None
    granularity: str | None = None  # day, month, year
    start_date: date | None = Field(default=None, index=True)  # first day the start can mean (range queries)
    end_date: date | None = Field(default=None, index=True)  # last day the end can mean
    venue: str | None = None
    online: bool = False
    organiser: str | None = None  # institution of the ministry people reporting it, e.g. "Kemenkominfo"
    n_sources: int = 0
    n_independent_sources: int = 0  # sources that are not syndicated copies of another source
    n_copies: int | None = None  # exact copies of the sources under other outlets or URLs (article_copy): reach
    # per field (date, venue, regions, assessors, scores): each value with the sources and independent sources
    # stating it; `conflicts` names the fields on which independent sources disagree
    corroboration: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    conflicts: list[str] | None = Field(default=None, sa_column=Column(JSON))
    version: str


class EventRegionRow(SQLModel, table=True):
    """A region involved in an event, with its role: evaluated, selected or host."""

    __tablename__ = "event_region"
    __table_args__ = (UniqueConstraint("event_id", "region", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    region: str = Field(index=True)  # canonical "Kabupaten X" / "Kota X"
    region_code: str | None = None  # Kemendagri code, e.g. "16.07"
    province_code: str | None = Field(default=None, index=True)  # e.g. "16"
    role: str  # evaluated, selected, host
    version: str


class EventSourceRow(SQLModel, table=True):
    """An article reporting an event; `extracted` is the event as that article describes it."""

    __tablename__ = "event_source"
    __table_args__ = (UniqueConstraint("event_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    independent: bool = True  # False for a syndicated copy of another source (near-duplicate)
    extracted: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    version: str


class PersonRow(SQLModel, table=True):
    """One person, resolved across articles and spelling variants."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # deterministic slug of the canonical name, e.g. "heri-abdul-azis"
    name: str = Field(index=True)  # the most frequent spelling
    category: str = Field(index=True)  # ministry, regional_official, assessor, other
    affiliation: str | None = None  # most frequent institution
    region: str | None = Field(default=None, index=True)  # most frequent region served
    region_code: str | None = None
    province_code: str | None = Field(default=None, index=True)
    variants: list[str] = Field(default_factory=list, sa_column=Column(JSON))  # every spelling seen
    version: str


class PersonPositionRow(SQLModel, table=True):
    """A position a person held as one article reports it, dated by the article."""

    __tablename__ = "person_position"
    __table_args__ = (UniqueConstraint("person_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    name_as_written: str
    category: str
    role: str | None = None
    affiliation: str | None = None
    region: str | None = Field(default=None, index=True)  # indexed: region queries list its names
    region_code: str | None = None
    province_code: str | None = None
    as_of: str | None = Field(default=None, index=True)  # article publication date, else its first event date
    version: str


class EventParticipantRow(SQLModel, table=True):
    """A person taking part in an event: assessor, official or speaker."""

    __tablename__ = "event_participant"
    __table_args__ = (UniqueConstraint("event_id", "person_id", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str  # assessor, official, speaker
    version: str


class ScoreRow(SQLModel, table=True):
    """A score or index given to a region, as one independent article reports it: one per region, kind, metric
    and year in an article; syndicated copies add none."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("article_id", "region", "kind", "metric", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    region: str | None = Field(default=None, index=True)  # nearest region named before it, else the article's first
    region_code: str | None = None  # Kemendagri code of the region, e.g. "63.71"
    province_code: str | None = Field(default=None, index=True)  # e.g. "63"
    value: float
    year: int | None = None  # the year the score is for
    kind: str | None = Field(default=None, index=True)  # index, rank, percentage, dimension_score, other
    dimension: str | None = None  # the dimension of a dimension score, e.g. "Smart Governance"
    metric: str | None = Field(default=None, index=True)  # normalised label, e.g. "smart_city_index", "rank"
    what: str | None = None  # the phrase as written before the number
    version: str


class InnovationRow(SQLModel, table=True):
    """A named programme, app or innovation of a region, as one article reports it."""

    __tablename__ = "innovation"
    __table_args__ = (UniqueConstraint("article_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    region: str | None = Field(default=None, index=True)
    region_code: str | None = None
    province_code: str | None = Field(default=None, index=True)
    name: str = Field(index=True)
    description: str | None = None
    dimension: str | None = Field(default=None, index=True)
    pillar: bool | None = None  # the dimension is one of the programme's six, not another framework's
    dimension_source: str | None = None  # stated (the article files it there) or predicted (the classifier)
    dimension_confidence: float | None = None  # the classifier's probability, when predicted
    version: str


class ArticleDimensionRow(SQLModel, table=True):
    """A smart-city dimension an article names."""

    __tablename__ = "article_dimension"
    __table_args__ = (UniqueConstraint("article_id", "dimension"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    dimension: str = Field(index=True)  # canonical "Smart Governance", ...
    pillar: bool | None = None  # one of the programme's six dimensions (Smart Mobility, Smart People are not)
    version: str


class EvidenceRow(SQLModel, table=True):
    """Where a stored value comes from: the article, character offsets into its text and the sentence."""

    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("subject", "subject_id", "field", "article_id", "start", "end"),
        Index("ix_evidence_subject", "subject", "subject_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    subject: str  # table of the value: event, event_region, person_position, event_participant, score, ...
    subject_id: int
    field: str  # column the evidence supports: type, start, venue, region, name, value, ...
    article_id: int = Field(foreign_key="article.id", index=True)
    start: int
    end: int
    text: str  # article.text[start:end]
    sentence: str
    version: str


class RegionCohortRow(SQLModel, table=True):
    """A region's cohort: the year of its first selection or MoU among the stored events, kept at every rebuild so
    that a page of events does not read every selection and MoU to show it."""

    __tablename__ = "region_cohort"

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(unique=True)  # canonical "Kabupaten X" / "Kota X"
    year: int
    version: str


class AssemblyKeyRow(SQLModel, table=True):
    """What a derived article can merge with, so that an incremental rebuild finds the articles to assemble again
    without reading every summary: one row marks the article as derived, one per event gives its type and the
    years its dates may fall in, one per person its spelling-folded name."""

    __tablename__ = "assembly_key"
    __table_args__ = (Index("ix_assembly_key_kind_key", "kind", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    kind: str  # article, event, name
    key: str  # "" for the article row, the event type, the folded name
    first_year: int | None = None
    last_year: int | None = None
    version: str


# children before parents, so foreign keys hold while deleting
DERIVED_TABLES: tuple[type[SQLModel], ...] = (
    EvidenceRow,
    EventParticipantRow,
    EventSourceRow,
    EventRegionRow,
    PersonPositionRow,
    EventRow,
    PersonRow,
    ScoreRow,
    InnovationRow,
    ArticleDimensionRow,
    RegionCohortRow,
    AssemblyKeyRow,
)
