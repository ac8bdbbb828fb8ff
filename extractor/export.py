"""Export the database as files: one per table, the denormalised events, the distinct scores, the regions and flat
tables for spreadsheets (one row per event, event-region, event-participant, event-source and score), as JSONL,
CSV or Parquet. Parquet keeps nested values as list and struct columns; CSV writes them as JSON text."""

from __future__ import annotations

import io
import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
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
    RegionCohortRow,
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
from extractor.facts import province_names

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
    "region_cohort": (RegionCohortRow, ()),
}
DENORMALISED = "events_denormalised"
DISTINCT_SCORES = "scores_distinct"
REGIONS = "regions"
# flat tables: one value per cell (lists of names joined by LIST_SEPARATOR), for a spreadsheet
LIST_SEPARATOR = "; "
EVENT_KEYS = ["event_key", "event_type", "event_start", "event_end"]
FLAT: dict[str, list[str]] = {
    "flat_events": ["event_key", "type", "start", "end", "granularity", "programme", "stage", "round",
                    "assessed_year", "regions", "host_regions", "venue", "online", "organiser", "n_people",
                    "n_sources", "n_independent_sources", "n_copies", "conflicts", "dimensions", "version"],
    "flat_event_regions": [*EVENT_KEYS, "region", "role", "region_code", "province", "province_code",
                           "cohort_year"],
    "flat_event_participants": [*EVENT_KEYS, "name", "person_key", "role", "category", "position", "affiliation",
                                "region"],
    "flat_event_sources": [*EVENT_KEYS, "source", "site", "title", "published", "independent", "article_key"],
    "flat_scores": ["region", "region_code", "province", "province_code", "kind", "dimension", "metric", "year",
                    "value", "n_independent_sources", "n_syndicated", "first_published", "cohort_year", "sources",
                    "sites", "what"],
}


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
        pq.write_table(arrow_table(rows, columns), path)
    else:
        raise ConfigError("--format", f"unknown export format '{fmt}'", "use " + ", ".join(FORMATS))
    return path


def arrow_table(rows: list[dict[str, Any]], columns: list[str]) -> pa.Table:
    """Rows as an Arrow table whose nested values are list and struct columns (types inferred from the values); a
    column whose values share no type (free-form JSON such as mention.value) is JSON text."""
    return pa.table({c: _arrow_column([r.get(c) for r in rows]) for c in columns})


def _arrow_column(values: list[Any]) -> pa.Array:
    try:
        array = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        array = None
    if array is None or _holds_empty_struct(array.type):  # Parquet cannot store a struct without fields
        return pa.array([None if v is None else json.dumps(v, ensure_ascii=False, default=_json) for v in values],
                        pa.string())
    if array.type == pa.list_(pa.null()):  # lists that are all empty here hold names elsewhere
        return array.cast(pa.list_(pa.string()))
    return array


def _holds_empty_struct(kind: pa.DataType) -> bool:
    if pa.types.is_struct(kind):
        return kind.num_fields == 0 or any(_holds_empty_struct(kind.field(i).type) for i in range(kind.num_fields))
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _holds_empty_struct(kind.value_type)
    return False


def flat_tables(events: list[dict[str, Any]], scores: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The flat tables of the denormalised events and the distinct scores: one row per event, event-region,
    event-participant, event-source and score, lists of names joined by LIST_SEPARATOR."""
    provinces = province_names()

    def joined(values: list[Any] | None) -> str:
        return LIST_SEPARATOR.join(str(v) for v in values or [])

    out: dict[str, list[dict[str, Any]]] = {name: [] for name in FLAT}
    for e in events:
        keys = {"event_key": e["key"], "event_type": e["type"], "event_start": e["start"], "event_end": e["end"]}
        out["flat_events"].append({
            **{c: e.get(c) for c in FLAT["flat_events"]}, "event_key": e["key"], "n_people": len(e["people"]),
            **{c: joined(e[c]) for c in ("regions", "host_regions", "conflicts", "dimensions")}})
        out["flat_event_regions"] += [{**keys, **r, "province": provinces.get(r["province_code"] or "")}
                                      for r in e["region_details"]]
        out["flat_event_participants"] += [{**keys, **p, "person_key": p["key"]} for p in e["people"]]
        out["flat_event_sources"] += [{**keys, **a, "article_key": a["key"]} for a in e["source_articles"]]
    out["flat_scores"] = [{**s, "province": provinces.get(s["province_code"] or ""),
                           **{c: joined(s[c]) for c in ("sources", "sites", "what")}} for s in scores]
    return out


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
        scores = find_scores(session)
        written.append(_write(scores, SCORE_COLUMNS, output / f"{DISTINCT_SCORES}.{fmt}", fmt))
        written.append(_write(find_regions(session), REGION_DETAIL_COLUMNS, output / f"{REGIONS}.{fmt}", fmt))
        for name, rows in flat_tables(events, scores).items():
            written.append(_write(rows, FLAT[name], output / f"{name}.{fmt}", fmt))
    log.info("wrote %d files to %s", len(written), output)
    return written


def _write(rows: list[dict[str, Any]], columns: list[str], path: Path, fmt: str) -> Path:
    """`write_rows`, with a failed write (disk full, permissions, pyarrow) reported as a StorageError."""
    try:
        return write_rows(rows, columns, path, fmt)
    except (OSError, pa.ArrowException) as exc:
        raise StorageError(str(path), f"cannot write the export file: {exc}", "check the disk and the --output "
                           "directory") from exc
