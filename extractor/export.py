"""Export the database as files: one per table plus the denormalised events, the distinct scores and the regions,
as JSONL, CSV or Parquet."""

from __future__ import annotations

import io
import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
from sqlmodel import SQLModel

from extractor.db.models import (
    ArticleCopyRow,
    ArticleDimensionRow,
    ArticleRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    EvidenceRow,
    FailureRow,
    InnovationRow,
    MentionRow,
    PersonPositionRow,
    PersonRow,
    ScoreRow,
)
from extractor.db.queries import (
    EVENT_COLUMNS,
    REGION_DETAIL_COLUMNS,
    SCORE_COLUMNS,
    event_details,
    find_event_ids,
    find_regions,
    find_scores,
    table_rows,
)
from extractor.db.session import session_scope
from extractor.errors import ConfigError, StorageError

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet")
# table name -> (model, columns left out): minhash signatures are binary and only mean something to ingest
TABLES: dict[str, tuple[type[SQLModel], tuple[str, ...]]] = {
    "article": (ArticleRow, ("minhash",)),
    "article_copy": (ArticleCopyRow, ()),
    "failure": (FailureRow, ()),
    "mention": (MentionRow, ()),
    "event": (EventRow, ()),
    "event_region": (EventRegionRow, ()),
    "event_source": (EventSourceRow, ()),
    "event_participant": (EventParticipantRow, ()),
    "person": (PersonRow, ()),
    "person_position": (PersonPositionRow, ()),
    "score": (ScoreRow, ()),
    "innovation": (InnovationRow, ()),
    "article_dimension": (ArticleDimensionRow, ()),
    "evidence": (EvidenceRow, ()),
}
DENORMALISED = "events_denormalised"
DISTINCT_SCORES = "scores_distinct"
REGIONS = "regions"


def _json(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def frame(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> pd.DataFrame:
    """Rows as a DataFrame for CSV or Parquet: nested values as JSON text (Parquet keeps lists of strings)."""

    def nested(value: Any) -> bool:
        return (
            isinstance(value, dict)
            or isinstance(value, list)
            and (fmt == "csv" or any(not isinstance(v, str) for v in value))
        )

    as_json = {c for c in columns if any(nested(r.get(c)) for r in rows)}
    return pd.DataFrame(
        [
            {
                c: json.dumps(r.get(c), ensure_ascii=False, default=_json)
                if c in as_json and r.get(c) is not None
                else r.get(c)
                for c in columns
            }
            for r in rows
        ],
        columns=columns,
    )


def write_rows(rows: list[dict[str, Any]], columns: list[str], path: Path, fmt: str) -> Path:
    """Write rows to path in the format; returns the path."""
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(
                    json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, default=_json) + "\n"
                )
    elif fmt == "csv":
        frame(rows, columns, fmt).to_csv(path, index=False)
    elif fmt == "parquet":
        frame(rows, columns, fmt).to_parquet(path, index=False, engine="pyarrow")
    else:
        raise ConfigError("--format", f"unknown export format '{fmt}'", "use " + ", ".join(FORMATS))
    return path


def to_csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """Rows as CSV text (nested values as JSON), for printing."""
    buffer = io.StringIO()
    frame(rows, columns, "csv").to_csv(buffer, index=False)
    return buffer.getvalue()


def export_database(db_url: str, fmt: str, output: Path) -> list[Path]:
    """Write every table, the denormalised events, the distinct scores and the regions to `output`/<name>.<fmt>;
    returns the files written."""
    if fmt not in FORMATS:
        raise ConfigError("--format", f"unknown export format '{fmt}'", "use " + ", ".join(FORMATS))
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            str(output),
            f"cannot create the output directory: {exc.strerror}",
            "choose a writable --output directory",
        ) from exc
    written: list[Path] = []
    with session_scope(db_url) as session:
        for name, (model, exclude) in TABLES.items():
            columns = [c for c in model.model_fields if c not in exclude]
            rows = table_rows(session, model, exclude)
            written.append(_write(rows, columns, output / f"{name}.{fmt}", fmt))
        events = event_details(session, find_event_ids(session))
        written.append(_write(events, EVENT_COLUMNS, output / f"{DENORMALISED}.{fmt}", fmt))
        written.append(_write(find_scores(session), SCORE_COLUMNS, output / f"{DISTINCT_SCORES}.{fmt}", fmt))
        written.append(_write(find_regions(session), REGION_DETAIL_COLUMNS, output / f"{REGIONS}.{fmt}", fmt))
    log.info("wrote %d files to %s", len(written), output)
    return written


def _write(rows: list[dict[str, Any]], columns: list[str], path: Path, fmt: str) -> Path:
    """`write_rows`, with a failed write (disk full, permissions, pyarrow) reported as a StorageError."""
    try:
        return write_rows(rows, columns, path, fmt)
    except (OSError, pa.ArrowException) as exc:
        raise StorageError(str(path), f"cannot write the export file: {exc}", "check the disk and the --output "
                           "directory") from exc
