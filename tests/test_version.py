"""The extraction version: the package version plus a hash of the pipeline data and model files, stored on every
row an extraction writes and explained in the extraction_version table."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.news import write_batch
from sqlmodel import select

from extractor import version as version_module
from extractor.db.models import DERIVED_TABLES, ArticleRow, ExtractionVersionRow, MentionRow, RunRow
from extractor.db.session import get_engine, open_session
from extractor.pipeline import ingest
from extractor.settings import VERSION, Settings
from extractor.version import extraction_version


@pytest.fixture
def fresh_hash() -> Iterator[None]:
    """Hash again in the test, and again after it (the monkeypatched directories must not stay cached)."""
    extraction_version.cache_clear()
    yield
    extraction_version.cache_clear()


def test_the_version_is_the_package_version_and_a_hash_of_data_and_models(fresh_hash: None) -> None:
    found = extraction_version()
    package, _, short = found.version.partition("+")
    assert package == found.package == VERSION
    assert len(short) == version_module.SHORT_HASH and int(short, 16) >= 0
    assert {"nlp/data/regions.csv", "data/programmes.csv", "classify/data/dimension_cues.csv",
            "models/smartcity_id/meta.json", "models/dimension_classifier.skops"} <= found.files.keys()
    assert not [f for f in found.files if f.endswith(".py") or "__pycache__" in f]
    assert extraction_version() is found  # hashed once per process


def test_changing_a_data_or_model_file_changes_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_hash: None
) -> None:
    data, models = tmp_path / "nlp-data", tmp_path / "models"
    shutil.copytree(Path(version_module.__file__).parent / "nlp" / "data", data)
    models.mkdir()
    (models / "weights.bin").write_bytes(b"\x00\x01")
    monkeypatch.setattr(version_module, "DATA_DIRS", (("nlp/data", data),))
    monkeypatch.setattr(version_module, "MODEL_DIRS", (("models", models),))
    before = extraction_version()
    assert extraction_version().version == before.version  # the same files give the same version

    with (data / "regions.csv").open("a", encoding="utf-8") as regions:
        regions.write("\n")
    extraction_version.cache_clear()
    edited = extraction_version()
    assert edited.version != before.version
    assert edited.data_sha256 != before.data_sha256 and edited.models_sha256 == before.models_sha256
    assert {f for f in edited.files if edited.files[f] != before.files[f]} == {"nlp/data/regions.csv"}

    (models / "weights.bin").write_bytes(b"\x00\x02")  # a retrained model
    extraction_version.cache_clear()
    retrained = extraction_version()
    assert retrained.version not in (before.version, edited.version)
    assert retrained.models_sha256 != edited.models_sha256


def test_every_stored_row_carries_the_version_and_the_database_explains_it(
    tmp_path: Path, settings: Settings
) -> None:
    ingest([str(p) for p in write_batch(tmp_path / "batch")], settings)
    current = extraction_version()
    engine = get_engine(settings.db_url)
    try:
        with open_session(engine) as session:
            assert {a.extraction_version for a in session.exec(select(ArticleRow))} == {current.version}
            assert {m.version for m in session.exec(select(MentionRow))} == {current.version}
            assert {r.version for r in session.exec(select(RunRow))} == {current.version}
            derived = [row for model in DERIVED_TABLES for row in session.exec(select(model))]
            assert derived and {row.version for row in derived} == {current.version}  # type: ignore[attr-defined]
            [explained] = session.exec(select(ExtractionVersionRow)).all()
    finally:
        engine.dispose()
    assert (explained.version, explained.package, explained.data_sha256, explained.models_sha256) == (
        current.version, VERSION, current.data_sha256, current.models_sha256)
    assert explained.files == current.files
