"""The minhash_band table: the LSH bands of the stored originals, where ingest looks up near-duplicates.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Left empty here: the next ingest finds the newest original without its bands and writes those of every stored
original (extractor.db.near_duplicates.open_near_duplicate_index), in the layout of its settings.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the table and its index."""
    op.create_table(
        "minhash_band",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id"), primary_key=True),
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("hash", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_minhash_band_hash", "minhash_band", ["hash"])


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_minhash_band_hash", table_name="minhash_band")
    op.drop_table("minhash_band")
