"""The extraction_version table: what each extraction version stored in the `version` columns is made of.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the extraction_version table."""
    op.create_table(
        "extraction_version",
        sa.Column("version", sa.String, primary_key=True),
        sa.Column("package", sa.String, nullable=False),
        sa.Column("data_sha256", sa.String(64), nullable=False),
        sa.Column("models_sha256", sa.String(64), nullable=False),
        sa.Column("files", sa.JSON),
        sa.Column("first_used", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    """Drop the extraction_version table."""
    op.drop_table("extraction_version")
