"""Baseline: the schema of the last release without migrations, frozen here.

On an empty database it creates the tables. On a database that release (or an older one) made, which has no
alembic_version table, it brings the tables to this schema the way that release did on every open: missing
tables, nullable columns and indexes are added, and the derived tables are created anew, empty, when they lack
a unique key (they are rebuilt from the stored summaries by the next ingest or reprocess). Nothing stored is lost.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy.engine import Connection

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

log = logging.getLogger("extractor.db.migrate")

meta = sa.MetaData()
String, Integer, Float, Boolean, Date, JSON = sa.String, sa.Integer, sa.Float, sa.Boolean, sa.Date, sa.JSON
DateTime = sa.DateTime(timezone=True)


def _id() -> sa.Column[int]:
    return sa.Column("id", Integer, primary_key=True)


def _article_id() -> sa.Column[int]:
    return sa.Column("article_id", Integer, sa.ForeignKey("article.id"), nullable=False, index=True)


def _version() -> sa.Column[str]:
    return sa.Column("version", String, nullable=False)


sa.Table(
    "rawpage", meta,
    sa.Column("sha256", String(64), primary_key=True),
    sa.Column("size", Integer, nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("is_html", Boolean, nullable=False),
)
sa.Table(
    "article", meta,
    _id(),
    sa.Column("key", String, nullable=False, index=True),
    sa.Column("source", String, nullable=False, index=True),
    sa.Column("url", String),
    sa.Column("url_key", String, unique=True),
    sa.Column("text_sha256", String(64), nullable=False, unique=True),
    sa.Column("title", String),
    sa.Column("author", String),
    sa.Column("site", String),
    sa.Column("published", Date, index=True),
    sa.Column("published_source", String),
    sa.Column("language", String),
    sa.Column("text", String, nullable=False),
    sa.Column("raw_sha256", String, sa.ForeignKey("rawpage.sha256")),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("duplicate_of", Integer, sa.ForeignKey("article.id"), index=True),
    sa.Column("similarity", Float),
    sa.Column("extraction_version", String),
    sa.Column("summary", JSON),
    sa.Column("ingested_at", DateTime, nullable=False),
)
sa.Table(
    "article_copy", meta,
    _id(),
    _article_id(),
    sa.Column("key", String, nullable=False),
    sa.Column("source", String, nullable=False, unique=True),
    sa.Column("url", String),
    sa.Column("url_key", String, unique=True),
    sa.Column("site", String),
    sa.Column("published", Date),
    sa.Column("published_source", String),
    sa.Column("ingested_at", DateTime, nullable=False),
)
sa.Table(
    "run", meta,
    _id(),
    sa.Column("started", DateTime, nullable=False),
    sa.Column("finished", DateTime),
    sa.Column("status", String, nullable=False),
    sa.Column("mode", String, nullable=False),
    sa.Column("workers", Integer, nullable=False),
    sa.Column("sources", JSON),
    sa.Column("n_sources", Integer, nullable=False),
    sa.Column("stored", Integer, nullable=False),
    sa.Column("near_duplicates", Integer, nullable=False),
    sa.Column("copies", Integer),
    sa.Column("skipped", Integer, nullable=False),
    sa.Column("failed", Integer, nullable=False),
    sa.Column("derived_articles", Integer),
    _version(),
)
sa.Table(
    "failure", meta,
    _id(),
    sa.Column("source", String, nullable=False, unique=True),
    sa.Column("stage", String, nullable=False),
    sa.Column("reason", String, nullable=False),
    sa.Column("at", DateTime, nullable=False),
    sa.Column("run_id", Integer, sa.ForeignKey("run.id"), index=True),
    sa.Column("permanent", Boolean),
    sa.Column("content_sha256", String(64)),
)
sa.Table(
    "mention", meta,
    _id(),
    _article_id(),
    sa.Column("label", String, nullable=False, index=True),
    sa.Column("text", String, nullable=False),
    sa.Column("start", Integer, nullable=False),
    sa.Column("end", Integer, nullable=False),
    sa.Column("sentence", String, nullable=False),
    sa.Column("value", JSON),
    _version(),
    sa.UniqueConstraint("article_id", "label", "start", "end", "version"),
)
sa.Table(
    "event", meta,
    _id(),
    sa.Column("key", String, nullable=False, unique=True),
    sa.Column("type", String, nullable=False),
    sa.Column("programme", String),
    sa.Column("stage", String),
    sa.Column("round", Integer),
    sa.Column("assessed_year", Integer),
    sa.Column("start", String),
    sa.Column("end", String),
    sa.Column("granularity", String),
    sa.Column("start_date", Date, index=True),
    sa.Column("end_date", Date, index=True),
    sa.Column("venue", String),
    sa.Column("online", Boolean, nullable=False),
    sa.Column("organiser", String),
    sa.Column("n_sources", Integer, nullable=False),
    sa.Column("n_independent_sources", Integer, nullable=False),
    sa.Column("n_copies", Integer),
    sa.Column("corroboration", JSON),
    sa.Column("conflicts", JSON),
    _version(),
    sa.Index("ix_event_type_start", "type", "start_date"),
)
sa.Table(
    "event_region", meta,
    _id(),
    sa.Column("event_id", Integer, sa.ForeignKey("event.id"), nullable=False, index=True),
    sa.Column("region", String, nullable=False, index=True),
    sa.Column("region_code", String),
    sa.Column("province_code", String, index=True),
    sa.Column("role", String, nullable=False),
    _version(),
    sa.UniqueConstraint("event_id", "region", "role"),
)
sa.Table(
    "event_source", meta,
    _id(),
    sa.Column("event_id", Integer, sa.ForeignKey("event.id"), nullable=False, index=True),
    _article_id(),
    sa.Column("independent", Boolean, nullable=False),
    sa.Column("extracted", JSON),
    _version(),
    sa.UniqueConstraint("event_id", "article_id"),
)
sa.Table(
    "person", meta,
    _id(),
    sa.Column("key", String, nullable=False, unique=True),
    sa.Column("name", String, nullable=False, index=True),
    sa.Column("category", String, nullable=False, index=True),
    sa.Column("affiliation", String),
    sa.Column("region", String, index=True),
    sa.Column("region_code", String),
    sa.Column("province_code", String, index=True),
    sa.Column("variants", JSON),
    _version(),
)
sa.Table(
    "person_position", meta,
    _id(),
    sa.Column("person_id", Integer, sa.ForeignKey("person.id"), nullable=False, index=True),
    _article_id(),
    sa.Column("name_as_written", String, nullable=False),
    sa.Column("category", String, nullable=False),
    sa.Column("role", String),
    sa.Column("affiliation", String),
    sa.Column("region", String, index=True),
    sa.Column("region_code", String),
    sa.Column("province_code", String),
    sa.Column("as_of", String, index=True),
    _version(),
    sa.UniqueConstraint("person_id", "article_id"),
)
sa.Table(
    "event_participant", meta,
    _id(),
    sa.Column("event_id", Integer, sa.ForeignKey("event.id"), nullable=False, index=True),
    sa.Column("person_id", Integer, sa.ForeignKey("person.id"), nullable=False, index=True),
    sa.Column("role", String, nullable=False),
    _version(),
    sa.UniqueConstraint("event_id", "person_id", "role"),
)
sa.Table(
    "score", meta,
    _id(),
    _article_id(),
    sa.Column("region", String, index=True),
    sa.Column("region_code", String),
    sa.Column("province_code", String, index=True),
    sa.Column("value", Float, nullable=False),
    sa.Column("year", Integer),
    sa.Column("kind", String, index=True),
    sa.Column("dimension", String),
    sa.Column("metric", String, index=True),
    sa.Column("what", String),
    _version(),
    sa.UniqueConstraint("article_id", "region", "kind", "metric", "year"),
)
sa.Table(
    "innovation", meta,
    _id(),
    _article_id(),
    sa.Column("region", String, index=True),
    sa.Column("region_code", String),
    sa.Column("province_code", String, index=True),
    sa.Column("name", String, nullable=False, index=True),
    sa.Column("description", String),
    sa.Column("dimension", String, index=True),
    sa.Column("pillar", Boolean),
    sa.Column("dimension_source", String),
    sa.Column("dimension_confidence", Float),
    _version(),
    sa.UniqueConstraint("article_id", "name"),
)
sa.Table(
    "article_dimension", meta,
    _id(),
    _article_id(),
    sa.Column("dimension", String, nullable=False, index=True),
    sa.Column("pillar", Boolean),
    _version(),
    sa.UniqueConstraint("article_id", "dimension"),
)
sa.Table(
    "evidence", meta,
    _id(),
    sa.Column("subject", String, nullable=False),
    sa.Column("subject_id", Integer, nullable=False),
    sa.Column("field", String, nullable=False),
    _article_id(),
    sa.Column("start", Integer, nullable=False),
    sa.Column("end", Integer, nullable=False),
    sa.Column("text", String, nullable=False),
    sa.Column("sentence", String, nullable=False),
    _version(),
    sa.UniqueConstraint("subject", "subject_id", "field", "article_id", "start", "end"),
    sa.Index("ix_evidence_subject", "subject", "subject_id"),
)

# rebuilt from the stored article summaries; children before parents
DERIVED = ("evidence", "event_participant", "event_source", "event_region", "person_position", "event", "person",
           "score", "innovation", "article_dimension")


def upgrade() -> None:
    """Create the tables, or bring the tables of a database made before migrations to this schema."""
    connection = op.get_bind()
    meta.create_all(connection)
    _recreate_derived_with_new_keys(connection)
    _add_missing_columns(connection)
    _add_missing_indexes(connection)


def downgrade() -> None:
    """Drop every table."""
    meta.drop_all(op.get_bind())


def _recreate_derived_with_new_keys(connection: Connection) -> None:
    """Drop and create again, empty, every derived table when one of them lacks a unique key declared here (a
    unique key cannot be added in place on SQLite)."""
    inspector = sa.inspect(connection)
    for name in DERIVED:
        table = meta.tables[name]
        present = {frozenset(u["column_names"]) for u in inspector.get_unique_constraints(name)}
        present |= {frozenset(c for c in i["column_names"] if c) for i in inspector.get_indexes(name)
                    if i.get("unique")}
        declared = {frozenset(c.name for c in u.columns) for u in table.constraints
                    if isinstance(u, sa.UniqueConstraint)}
        if declared - present:
            log.warning("the derived tables are created anew for the keys of this version; `extractor ingest` "
                        "or `extractor reprocess` fills them again")
            tables = [meta.tables[n] for n in DERIVED]
            meta.drop_all(connection, tables=tables)
            meta.create_all(connection, tables=tables)
            return


def _add_missing_columns(connection: Connection) -> None:
    """Add the nullable columns declared here to tables an older release created (e.g. article.summary)."""
    inspector = sa.inspect(connection)
    for table in meta.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and column.nullable:
                op.add_column(table.name, sa.Column(column.name, column.type))


def _add_missing_indexes(connection: Connection) -> None:
    """Create the indexes declared here on tables an older release created (create_all skips them)."""
    inspector = sa.inspect(connection)
    for table in meta.sorted_tables:
        present = {i["name"] for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(connection)
