"""Ingest on a Dask cluster (`extractor ingest --dask ADDRESS`): a LocalCluster of two in-process workers writing
to one database stores what a local run stores, once; the derived tables are rebuilt once, at the end.

Skipped when dask.distributed is not installed; the PostgreSQL variant also when no server answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fixtures.generated import write_corpus
from fixtures.news import write_batch
from fixtures.support import CliRun, assert_clean_output, ingest_cli, read_db, run_report, snapshot
from sqlmodel import select
from test_db_postgres import admin, pg_url  # noqa: F401  (the PostgreSQL fixtures: a fresh database per test)

from extractor import distributed as cluster_ingest
from extractor.db.models import RunRow
from extractor.db.session import get_engine, open_session
from extractor.pipeline import ingest
from extractor.settings import Settings

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two single-thread workers in this process (no worker processes to start), and a client."""
    local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with local, distributed.Client(local) as client:
        yield client


def sources_of(tmp_path: Path) -> list[str]:
    """A mixed batch (an original and its copy, a text, a failing page) and a generated corpus of 10."""
    return [*map(str, write_batch(tmp_path / "batch")), str(write_corpus(tmp_path / "korpus.jsonl", 10))]


def check_cluster_run(cluster: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = sources_of(tmp_path)
    rebuilds: list[object] = []
    from extractor.db import incremental

    real = incremental.refresh_derived
    monkeypatch.setattr(incremental, "refresh_derived", lambda *args: rebuilds.append(args) or real(*args))
    summary = cluster_ingest.ingest_on_cluster(sources, settings, cluster, batch_pages=3)
    assert (summary.stored + summary.near_duplicates, summary.failed) == (13, 1), summary.failures
    assert len(rebuilds) == 1  # once, by the machine that ran the command, not per task

    local = replace(settings, db_url=f"sqlite:///{tmp_path / 'local.db'}")
    ingest(sources, local)
    on_cluster, alone = snapshot(read_db(settings.db_url)), snapshot(read_db(local.db_url))
    assert on_cluster == alone

    again = cluster_ingest.ingest_on_cluster(sources, settings, cluster, batch_pages=3)
    assert (again.stored, again.near_duplicates, again.skipped, again.failed) == (0, 0, 13, 1)
    assert snapshot(read_db(settings.db_url)) == on_cluster
    engine = get_engine(settings.db_url)
    try:
        with open_session(engine) as session:
            runs = list(session.exec(select(RunRow)))
            assert [(r.mode, r.status, r.stored + r.near_duplicates) for r in runs] == [
                ("dask", "finished", 13), ("dask", "finished", 0)]
    finally:
        engine.dispose()


def test_cluster_ingest_into_sqlite_matches_a_local_run(cluster: Any, settings: Settings, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    check_cluster_run(cluster, settings, tmp_path, monkeypatch)


def test_cluster_ingest_into_postgresql_matches_a_local_run(
    cluster: Any, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str,  # noqa: F811
) -> None:
    check_cluster_run(cluster, replace(settings, db_url=pg_url), tmp_path, monkeypatch)


def test_cli_dask_option(cli: CliRun, db_url: str, tmp_path: Path, cluster: Any) -> None:
    address = cluster.scheduler.address
    result = ingest_cli(cli, db_url, *write_batch(tmp_path / "batch"), extra=("--dask", address))
    assert_clean_output(result)
    assert result.exit_code == 1
    report = run_report(result)
    assert (report["stored"], report["near_duplicates"], report["failed"]) == (2, 1, 1)
    assert len(read_db(db_url).articles) == 3


def test_unreachable_scheduler_is_a_clear_error(cli: CliRun, db_url: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_ingest, "CONNECT_TIMEOUT", "1s")
    result = ingest_cli(cli, db_url, *write_batch(tmp_path / "batch"), extra=("--dask", "tcp://127.0.0.1:1"))
    assert_clean_output(result)
    assert result.exit_code == 2
    assert "Dask scheduler" in result.stderr
