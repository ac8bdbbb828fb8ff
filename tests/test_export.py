"""`extractor export`: one file per table plus the denormalised events, readable by pandas in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fixtures.events_db import store_docs
from fixtures.support import CliRun

from extractor.db.queries import EVENT_COLUMNS, REGION_DETAIL_COLUMNS, SCORE_COLUMNS
from extractor.db.session import get_engine
from extractor.errors import ConfigError
from extractor.export import DENORMALISED, DISTINCT_SCORES, FLAT, REGIONS, TABLES, export_database

READERS = {
    "csv": pd.read_csv,
    "jsonl": lambda path: pd.read_json(path, lines=True),
    "parquet": pd.read_parquet,
}


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'export.db'}"
    engine = get_engine(url)
    store_docs(engine)
    engine.dispose()
    return url


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_table_and_the_events_are_readable(db_url: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    written = export_database(db_url, fmt, out)
    assert sorted(p.name for p in written) == sorted(
        f"{name}.{fmt}" for name in [*TABLES, DENORMALISED, DISTINCT_SCORES, REGIONS, *FLAT]
    )
    frames = {p.stem: READERS[fmt](p) for p in written}
    assert len(frames["article"]) == 6 and "minhash" not in frames["article"].columns
    assert len(frames["event"]) == 5
    assert {"event_id", "region", "role", "version"} <= set(frames["event_region"].columns)
    assert set(frames["evidence"].columns) >= {
        "subject",
        "subject_id",
        "field",
        "article_id",
        "start",
        "end",
        "sentence",
    }
    events = frames[DENORMALISED]
    assert list(events.columns) == EVENT_COLUMNS
    june = events[events["key"] == "evaluation:2019-06-18:banyuasin"].iloc[0]
    sources = june["sources"] if fmt != "csv" else json.loads(june["sources"])
    assert len(list(sources)) == 3
    people = json.loads(june["people"]) if fmt == "csv" else june["people"]
    assert {p["role"] for p in people} == {"assessor", "official"}


def test_parquet_keeps_lists_of_names(db_url: str, tmp_path: Path) -> None:
    export_database(db_url, "parquet", tmp_path)
    events = pd.read_parquet(tmp_path / f"{DENORMALISED}.parquet")
    first = events.iloc[0]
    assert list(first["regions"]) == ["Kabupaten Banyuasin"]


def test_parquet_nests_lists_and_structs_instead_of_json_text(db_url: str, tmp_path: Path) -> None:
    export_database(db_url, "parquet", tmp_path)
    schema = pq.read_schema(tmp_path / f"{DENORMALISED}.parquet")
    assert schema.field("regions").type == pa.list_(pa.string())
    assert schema.field("conflicts").type == pa.list_(pa.string())  # empty in every event here
    people = schema.field("people").type
    assert pa.types.is_list(people) and pa.types.is_struct(people.value_type)
    assert {"name", "role", "category", "affiliation"} <= {f.name for f in people.value_type}
    scores = schema.field("scores").type.value_type
    assert scores.field("value").type == pa.float64()
    assert pa.types.is_struct(schema.field("corroboration").type)
    table = pq.read_table(tmp_path / f"{DENORMALISED}.parquet").to_pylist()
    june = next(e for e in table if e["key"] == "evaluation:2019-06-18:banyuasin")
    assert {p["role"] for p in june["people"]} == {"assessor", "official"}
    assert [s["value"] for s in june["scores"]] == [3.2]
    variants = pq.read_schema(tmp_path / "person.parquet").field("variants").type
    assert variants == pa.list_(pa.string())


def test_flat_csv_tables_hold_one_value_per_cell(db_url: str, tmp_path: Path) -> None:
    export_database(db_url, "csv", tmp_path)
    denormalised = pd.read_csv(tmp_path / f"{DENORMALISED}.csv")
    flat = {name: list(csv.DictReader((tmp_path / f"{name}.csv").open(encoding="utf-8"))) for name in FLAT}
    for name, rows in flat.items():
        assert list(rows[0]) == FLAT[name]
        assert not any(cell.startswith(("[", "{")) for row in rows for cell in row.values()), name  # no JSON
    assert len(flat["flat_events"]) == len(denormalised)
    people = sum(len(json.loads(p)) for p in denormalised["people"])
    assert len(flat["flat_event_participants"]) == people
    assert {(r["event_key"], r["name"], r["role"]) for r in flat["flat_event_participants"]} >= {
        ("evaluation:2019-06-18:banyuasin", "Dana Prakoso", "assessor")}
    june = [r for r in flat["flat_event_sources"] if r["event_key"] == "evaluation:2019-06-18:banyuasin"]
    assert len(june) == 3 and {r["site"] for r in june} >= {"jatim.example", "portal.example"}
    banyuasin = [r for r in flat["flat_event_regions"] if r["region"] == "Kabupaten Banyuasin"]
    assert {(r["region_code"], r["province"]) for r in banyuasin} == {("16.07", "Sumatera Selatan")}
    (score,) = [r for r in flat["flat_scores"] if r["region"] == "Kabupaten Banyuasin"]
    assert (score["value"], score["year"], score["province"]) == ("3.2", "2019", "Sumatera Selatan")
    assert score["sites"] == "sumsel.example" and score["n_independent_sources"] == "1"


def test_an_empty_database_exports_empty_files(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    for fmt in ("csv", "jsonl", "parquet"):
        written = export_database(url, fmt, tmp_path / fmt)
        assert all(p.exists() for p in written)
    assert list(pd.read_csv(tmp_path / "csv" / "event.csv").columns)[:3] == ["id", "key", "type"]


def test_unknown_format_is_refused(db_url: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown export format"):
        export_database(db_url, "xlsx", tmp_path)


def test_cli_export(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    result = cli("export", "--db", db_url, "--format", "parquet", "--output", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == len(TABLES) + 3 + len(FLAT)
    assert cli("export", "--db", db_url, "--format", "xlsx", "--output", tmp_path / "x").exit_code == 2


def test_every_exported_column_is_documented() -> None:
    schema = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    for name, (model, exclude) in TABLES.items():
        section = schema.split(f"### `{name}`", 1)[1].split("\n### ", 1)[0]
        for column in model.model_fields:
            if column not in exclude:
                assert f"`{column}`" in section, f"{name}.{column} is not in docs/schema.md"
    denormalised = schema.split("`events_denormalised` has one row", 1)[1]
    for column in EVENT_COLUMNS:
        assert f"`{column}`" in denormalised, f"{DENORMALISED}.{column} is not in docs/schema.md"
    distinct = schema.split("`scores_distinct` has one row", 1)[1]
    for column in SCORE_COLUMNS:
        assert f"`{column}`" in distinct, f"{DISTINCT_SCORES}.{column} is not in docs/schema.md"
    regions = schema.split("`regions` has one row", 1)[1]
    for column in REGION_DETAIL_COLUMNS:
        assert f"`{column}`" in regions, f"{REGIONS}.{column} is not in docs/schema.md"
    for name, columns in FLAT.items():
        section = schema.split(f"`{name}` has one row", 1)[1].split("\n\n", 1)[0]
        for column in columns:
            assert f"`{column}`" in section, f"{name}.{column} is not in docs/schema.md"


def test_unwritable_export_file_is_a_storage_error(tmp_path, monkeypatch) -> None:
    import extractor.export as export_module
    from extractor.errors import StorageError

    def refuse(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "write_rows", refuse)
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    with pytest.raises(StorageError, match="cannot write the export file"):
        export_module.export_database(db, "csv", tmp_path / "out")
