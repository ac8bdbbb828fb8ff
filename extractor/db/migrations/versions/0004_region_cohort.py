"""The region_cohort table: each region's cohort year, kept by the rebuild; filled here from the stored events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# the event types that make a region a participant of the programme (extractor.db.derive.COHORT_TYPES then)
COHORT_TYPES = ("selection_result", "mou_signing")


def upgrade() -> None:
    """Add the table and fill it from the events already derived, as the next rebuild would."""
    cohort = op.create_table(
        "region_cohort",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("region", sa.String, nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("version", sa.String, nullable=False),
    )
    event = sa.table("event", sa.column("id"), sa.column("type"), sa.column("start_date", sa.Date),
                     sa.column("version"))
    region = sa.table("event_region", sa.column("event_id"), sa.column("region"), sa.column("role"))
    first = (
        sa.select(region.c.region, sa.func.min(event.c.start_date), sa.func.max(event.c.version))
        .join(event, event.c.id == region.c.event_id)
        .where(event.c.type.in_(COHORT_TYPES), region.c.role != "host", event.c.start_date.is_not(None))
        .group_by(region.c.region)
    )
    rows = [{"region": name, "year": day.year, "version": version}
            for name, day, version in op.get_bind().execute(first) if day is not None]
    if rows:
        op.bulk_insert(cohort, rows)


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("region_cohort")
