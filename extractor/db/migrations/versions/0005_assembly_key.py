"""The assembly_key table: what each derived article can merge with, read by the incremental rebuild.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

Left empty here: every stored article then counts as not derived yet, so the next ingest rebuilds the derived
tables in full, which fills it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the table and its indexes."""
    op.create_table(
        "assembly_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id"), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("first_year", sa.Integer),
        sa.Column("last_year", sa.Integer),
        sa.Column("version", sa.String, nullable=False),
    )
    op.create_index("ix_assembly_key_article_id", "assembly_key", ["article_id"])
    op.create_index("ix_assembly_key_kind_key", "assembly_key", ["kind", "key"])


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_assembly_key_kind_key", table_name="assembly_key")
    op.drop_index("ix_assembly_key_article_id", table_name="assembly_key")
    op.drop_table("assembly_key")
