"""Alembic's entry point: run the revisions on the connection extractor.db.migrate hands over.

A developer writing a revision may instead pass a URL (`alembic_config(url=...)`): an engine is made for it here.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from extractor.db import models  # noqa: F401  (registers the tables on SQLModel.metadata, for autogenerate)

config = context.config
connection = config.attributes.get("connection")


def run(bind: Connection) -> None:
    # batch mode: SQLite changes a column or a constraint only by copying the table, which batch ops do
    context.configure(connection=bind, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///extractor.db")
    with engine.connect() as own:
        run(own)
    engine.dispose()
