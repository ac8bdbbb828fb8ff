"""Relevance to the programme: the irrelevant table, article.relevance and run.irrelevant.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the irrelevant table and the two relevance columns."""
    op.create_table(
        "irrelevant",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String, nullable=False, unique=True),
        sa.Column("url", sa.String),
        sa.Column("title", sa.String),
        sa.Column("relevance", sa.Float, nullable=False),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("run.id")),
        sa.Column("content_sha256", sa.String(64)),
    )
    op.create_index("ix_irrelevant_run_id", "irrelevant", ["run_id"])
    op.add_column("article", sa.Column("relevance", sa.Float))
    op.add_column("run", sa.Column("irrelevant", sa.Integer))


def downgrade() -> None:
    """Drop them again."""
    with op.batch_alter_table("run") as batch:
        batch.drop_column("irrelevant")
    with op.batch_alter_table("article") as batch:
        batch.drop_column("relevance")
    op.drop_index("ix_irrelevant_run_id", table_name="irrelevant")
    op.drop_table("irrelevant")
