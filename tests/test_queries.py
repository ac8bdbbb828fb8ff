"""Queries over the assembled events: tolerant matching, bound parameters, the DataFrame API, the CLI, idempotent
re-ingest, and the same queries on PostgreSQL.

Most tests run on an in-memory SQLite database (StaticPool) filled with the hand-built articles of
tests/fixtures/events_db.py; the re-ingest test runs the real pipeline over two small texts written here.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from fixtures.events_db import ALL_DOCS, store_docs
from fixtures.support import CliRun, fast_settings
from sqlalchemy import inspect
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, col, select

import extractor
from extractor.db.models import EventRegionRow, EventRow, EventSourceRow, EvidenceRow, PersonRow
from extractor.db.queries import (
    REGION_COLUMNS,
    cohort_years,
    distinct_values_query,
    find_event_ids,
    find_events,
    find_people,
    find_scores,
    matching_dimensions,
    matching_regions,
    matching_types,
    region_term,
    stored_regions,
)
from extractor.db.session import get_engine, open_session
from extractor.errors import QueryError
from extractor.pipeline import ingest


@pytest.fixture
def engine() -> Iterator[Engine]:
    """An in-memory database holding the hand-built articles and their assembled events."""
    engine = get_engine("sqlite://")
    store_docs(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with open_session(engine) as session:
        yield session


def summary_of(events: list[dict[str, Any]]) -> list[tuple[str, str | None, list[str]]]:
    return [(e["type"], e["start"], e["sources"]) for e in events]


# tolerant matching


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Banyuasin", "banyuasin"),
        ("Kab. Banyuasin", "kabupaten banyuasin"),
        ("kab banyuasin", "kabupaten banyuasin"),
        ("  KABUPATEN   Banyuasin ", "kabupaten banyuasin"),
        ("Pemkot Tangerang", "kota tangerang"),
    ],
)
def test_region_term(text: str, term: str) -> None:
    assert region_term(text) == term


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Banyuasin", ["Kabupaten Banyuasin"]),
        ("banyuasin", ["Kabupaten Banyuasin"]),
        ("Kab. Banyuasin", ["Kabupaten Banyuasin"]),
        ("Kabupaten Banyuasin", ["Kabupaten Banyuasin"]),
        # a bare name finds the kota and the kabupaten of that name, not a longer name that contains it
        ("Tangerang", ["Kota Tangerang"]),
        ("Tangerang Selatan", ["Kota Tangerang Selatan"]),
        # nothing ends with it: names containing it
        ("Tangerang Sel", ["Kota Tangerang Selatan"]),
        ("Jakarta", []),
    ],
)
def test_matching_regions(session: Session, text: str, names: list[str]) -> None:
    assert matching_regions(session, text) == names


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Banyuasn", "'Kabupaten Banyuasin'"),  # stored, so named first
        ("kab banyuasn", "'Kabupaten Banyuasin'"),
        ("Tangrang Selatan", "'Kota Tangerang Selatan'"),
        ("Surabya", "'Kota Surabaya'"),  # no rows in the database, but a region of Indonesia
    ],
)
def test_an_unknown_region_suggests_the_closest_names(session: Session, text: str, suggested: str) -> None:
    with pytest.raises(QueryError, match="unknown region") as error:
        matching_regions(session, text)
    assert error.value.fix is not None and error.value.fix.startswith(f"did you mean {suggested}")


def test_a_name_like_no_region_says_how_to_write_one(session: Session) -> None:
    with pytest.raises(QueryError, match="unknown region.*Kemendagri"):
        matching_regions(session, "xyzzy")


@pytest.mark.parametrize(("text", "names"), [
    ("Kota Ambon", []),  # a region of Indonesia the database holds nothing about: no error
    ("Tangsel", ["Kota Tangerang Selatan"]),  # the press's short form
    ("Kukar", []),
])
def test_real_regions_and_short_forms(session: Session, text: str, names: list[str]) -> None:
    assert matching_regions(session, text) == names


@pytest.mark.parametrize(("text", "dimensions"), [
    ("governance", ["smart governance"]),
    ("Smart Governance", ["smart governance"]),
    ("pemerintahan cerdas", ["smart governance"]),
    ("smart goverment", ["smart governance"]),
    ("ekonomi", ["smart economy"]),
])
def test_matching_dimensions(text: str, dimensions: list[str]) -> None:
    assert matching_dimensions(text) == dimensions


def test_unknown_dimension_says_which_exist() -> None:
    with pytest.raises(QueryError, match="unknown dimension.*governance, branding"):
        matching_dimensions("transport")


@pytest.mark.parametrize(("province", "names"), [
    ("Jawa Timur", ["Dana Prakoso", "Herry Abdul Aziz"]),  # the assessor and official at the Banyuwangi event
    ("Sumsel", ["Dana Prakoso", "Erwin Ibrahim", "Herry Abdul Aziz"]),
    ("Papua", []),
])
def test_people_of_a_province(session: Session, province: str, names: list[str]) -> None:
    assert [p["name"] for p in find_people(session, province=province)] == names


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("evaluation", ["evaluation"]),
        ("Evaluation", ["evaluation"]),
        ("pre-evaluation", ["pre_evaluation"]),
        ("evaluasi", ["evaluation"]),
        ("pra evaluasi", ["pre_evaluation"]),
        ("bimtek", ["technical_guidance"]),
        ("selection", ["selection_result"]),
    ],
)
def test_matching_types(text: str, types: list[str]) -> None:
    assert matching_types(text) == types


def test_unknown_type_says_which_types_exist() -> None:
    with pytest.raises(QueryError, match="unknown event type.*pre_evaluation"):
        matching_types("konser")


# events


def test_events_of_a_region(session: Session) -> None:
    events = find_events(session, region="Banyuasin")
    assert summary_of(events) == [
        ("assessment", "2017-05-02", ["banyuasin-25-besar"]),
        ("selection_result", "2017-05-05", ["banyuasin-25-besar"]),
        (
            "evaluation",
            "2019-06-18",
            [
                "https://jatim.example/2019/06/evaluasi-smart-city-di-banyuwangi",
                "https://portal.example/nasional/evaluasi-smart-city-banyuwangi",
                "https://sumsel.example/berita/evaluasi-smart-city-banyuasin",
            ],
        ),
        ("pre_evaluation", "2024", ["https://sumsel.example/2024/pra-evaluasi"]),
    ]
    for variant in ("banyuasin", "BANYUASIN", "Kab. Banyuasin", "kabupaten banyuasin"):
        assert find_events(session, region=variant) == events


def test_the_merged_event_in_full(session: Session) -> None:
    (june,) = find_events(session, region="Banyuwangi", year=2019)
    assert june["key"] == "evaluation:2019-06-18:banyuasin"
    assert (june["start"], june["end"], june["granularity"]) == ("2019-06-18", "2019-06-20", "day")
    assert june["regions"] == ["Kabupaten Banyuasin"]
    assert june["host_regions"] == ["Kabupaten Banyuwangi"]
    assert june["venue"] == "Hotel Aston, Kabupaten Banyuwangi"
    assert (june["n_sources"], june["n_independent_sources"]) == (3, 2)
    assert [a["independent"] for a in june["source_articles"]] == [True, False, True]
    # the copy does not vote for its spelling: one outlet each, the earlier article's spelling wins
    assert {(p["name"], p["role"]) for p in june["people"]} == {
        ("Dana Prakoso", "assessor"),
        ("Herry Abdul Aziz", "official"),
    }
    assert june["scores"] == [
        {"region": "Kabupaten Banyuasin", "kind": "index", "metric": "smart_city_index", "value": 3.2, "year": 2019}
    ]
    assert june["dimensions"] == ["Smart Governance"]
    assert june["innovations"][0]["name"] == "Sipandai"
    assert june["organiser"] == "Kemenkominfo"
    assert june["version"] == "test"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"year": 2017}, ["assessment", "selection_result"]),
        ({"year": 2024}, ["pre_evaluation"]),
        ({"year": 2019, "type": "evaluasi"}, ["evaluation"]),
        ({"type": "pra-evaluasi"}, ["pre_evaluation"]),
        ({"person": "Erwin Ibrahim"}, ["assessment", "selection_result", "pre_evaluation"]),
        ({"person": "erwin"}, ["assessment", "selection_result", "pre_evaluation"]),
        ({"person": "Herry Aziz"}, ["evaluation"]),  # a spelling of a variant
        ({"person": "Nobody Known"}, []),
        ({"dimension": "governance"}, ["evaluation"]),
        ({"dimension": "Smart Living"}, []),
        ({"region": "Kota Tangerang"}, ["technical_guidance"]),
        ({"region": "Tangerang Selatan"}, ["selection_result"]),
        (
            {
                "region": "Banyuasin",
                "year": 2019,
                "type": "evaluation",
                "person": "Heri",
                "dimension": "governance",
            },
            ["evaluation"],
        ),
    ],
)
def test_event_filters(session: Session, filters: dict[str, Any], expected: list[str]) -> None:
    assert [e["type"] for e in find_events(session, **filters)] == expected


def test_events_come_in_pages(session: Session) -> None:
    every = find_event_ids(session)
    assert len(every) >= 3
    pages = [find_event_ids(session, limit=2, offset=start) for start in range(0, len(every), 2)]
    assert [i for page in pages for i in page] == every
    assert all(len(page) <= 2 for page in pages)
    everything = find_events(session)
    assert [e["key"] for e in find_events(session, limit=1, offset=1)] == [everything[1]["key"]]
    assert find_event_ids(session, limit=0) == []
    with pytest.raises(QueryError, match="negative"):
        find_event_ids(session, offset=-1)


def test_arguments_are_never_sql(session: Session, engine: Engine) -> None:
    hostile = "Banyuasin'; DROP TABLE event; --"
    for region in (hostile, "%", "_anyuasin"):  # a LIKE wildcard is matched literally: no such region
        with pytest.raises(QueryError, match="unknown region"):
            find_events(session, region=region)
    assert find_events(session, person=hostile) == []
    assert find_events(session, person="%") == []
    with pytest.raises(QueryError, match="unknown dimension"):
        find_events(session, dimension="%' OR '1'='1")
    assert "event" in inspect(engine).get_table_names()
    assert len(find_event_ids(session)) == 5


def test_people_with_positions_over_time(session: Session) -> None:
    people = {p["name"]: p for p in find_people(session)}
    erwin = people["Erwin Ibrahim"]
    assert [(p["as_of"], p["role"]) for p in erwin["positions"]] == [
        ("2017-05-09", "Kadis Kominfo"),
        ("2024-07-02", "Sekda"),
    ]
    assert erwin["regions"] == ["Kabupaten Banyuasin", "Kota Tangerang Selatan"]
    assert [e["type"] for e in erwin["events"]] == ["assessment", "selection_result", "pre_evaluation"]
    heri = people["Herry Abdul Aziz"]
    assert heri["variants"] == ["Herry Abdul Aziz", "Heri Abdul Azis"]
    assert heri["institutions"] == ["Kemenkominfo"]
    assert [p["name"] for p in find_people(session, category="asesor")] == ["Dana Prakoso"]
    assert [p["name"] for p in find_people(session, category="ministry")] == ["Herry Abdul Aziz"]
    with pytest.raises(QueryError):
        find_people(session, category="astronaut")


def test_scores_of_a_region(session: Session) -> None:
    assert [(s["region"], s["value"]) for s in find_scores(session, region="kab banyuasin")] == [
        ("Kabupaten Banyuasin", 3.2)
    ]
    assert [s["value"] for s in find_scores(session)] == [3.2, 2.5]
    assert find_scores(session, region="Jakarta") == []


def test_every_stored_value_has_evidence_in_its_article(session: Session) -> None:
    texts = {doc.key: doc.text for doc in ALL_DOCS}
    from extractor.db.models import ArticleRow

    keys = {a.id: a.key for a in session.exec(select(ArticleRow))}
    rows = list(session.exec(select(EvidenceRow)))
    assert {r.subject for r in rows} >= {
        "event",
        "event_region",
        "event_participant",
        "person_position",
        "score",
        "innovation",
        "article_dimension",
    }
    for r in rows:
        assert texts[keys[r.article_id]][r.start : r.end] == r.text
        assert r.text in r.sentence
    fields = {(r.subject, r.field) for r in rows}
    assert {("event", "type"), ("event", "start"), ("event", "end"), ("event", "venue")} <= fields


def test_the_extraction_version_is_stored_with_each_value(session: Session) -> None:
    assert {e.version for e in session.exec(select(EventRow))} == {"test"}
    assert {p.version for p in session.exec(select(PersonRow))} == {"test"}


def test_rebuilding_changes_nothing(engine: Engine) -> None:
    from extractor.db.derive import rebuild_derived

    def snapshot() -> Any:
        with open_session(engine) as s:
            # a rebuild renumbers the events, so links are compared through the event's deterministic key
            key = {e.id: e.key for e in s.exec(select(EventRow))}
            return (
                sorted((e.key, e.start, e.end, e.venue, e.n_sources, e.n_independent_sources)
                       for e in s.exec(select(EventRow))),
                sorted((key[x.event_id], x.article_id, x.independent, json.dumps(x.extracted, sort_keys=True))
                       for x in s.exec(select(EventSourceRow))),
                sorted((key[x.event_id], x.region, x.role) for x in s.exec(select(EventRegionRow))),
                sorted(p.key for p in s.exec(select(PersonRow))),
                len(list(s.exec(select(EvidenceRow)))),
            )

    before = snapshot()
    assert all(before[:4]), "the fixture database has events, sources, regions and people to compare"
    # each event links exactly the sources it counts, the independent ones among them too
    links: dict[str, list[bool]] = {}
    for event_key, _, independent, _ in before[1]:
        links.setdefault(event_key, []).append(independent)
    assert {e[0]: (e[4], e[5]) for e in before[0]} == {k: (len(v), sum(v)) for k, v in links.items()}
    assert any(e[4] > 1 for e in before[0])  # an event reported by several articles, so links can go missing
    with open_session(engine) as s:
        rebuild_derived(s, "test")
        rebuild_derived(s, "test")
    assert snapshot() == before


# the DataFrame API and the CLI


def test_api_returns_dataframes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'api.db'}"
    engine = get_engine(url)
    store_docs(engine)
    engine.dispose()
    frame = extractor.events(region="Banyuasin", db_url=url)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["type"]) == ["assessment", "selection_result", "evaluation", "pre_evaluation"]
    assert frame.loc[2, "n_sources"] == 3
    assert list(extractor.people(category="assessor", db_url=url)["name"]) == ["Dana Prakoso"]
    assert list(extractor.scores(region="Tangerang", db_url=url)["value"]) == [2.5]
    empty = extractor.events(region="Jakarta", db_url=url)
    assert empty.empty and "sources" in empty.columns


def test_api_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    from extractor.errors import ConfigError

    missing = tmp_path / "typo.db"
    with pytest.raises(ConfigError, match="no such database"):
        extractor.events(region="Banyuasin", db_url=f"sqlite:///{missing}")
    assert not missing.exists()


def test_cli_events_people_scores(cli: CliRun, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = get_engine(url)
    store_docs(engine)
    engine.dispose()
    listed = json.loads(cli("events", "--db", url, "--region", "Banyuasin", "--format", "json").stdout)
    page = json.loads(cli("events", "--db", url, "--region", "Banyuasin", "--format", "json", "--limit", "2",
                          "--offset", "1").stdout)
    assert [e["key"] for e in page] == [e["key"] for e in listed[1:3]]
    assert [(e["type"], e["start"]) for e in listed] == [
        ("assessment", "2017-05-02"),
        ("selection_result", "2017-05-05"),
        ("evaluation", "2019-06-18"),
        ("pre_evaluation", "2024"),
    ]
    assert {
        "start",
        "end",
        "type",
        "regions",
        "people",
        "sources",
        "venue",
        "stage",
        "scores",
        "dimensions",
        "innovations",
    } <= set(listed[0])
    table = cli("events", "--db", url, "--region", "Banyuasin")
    assert table.exit_code == 0 and "2024" in table.stdout and "sites" in table.stdout
    csv = cli("events", "--db", url, "--type", "evaluasi", "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("key,type,start,end")
    people = json.loads(cli("people", "--db", url, "--category", "assessor", "--format", "json").stdout)
    assert [p["name"] for p in people] == ["Dana Prakoso"]
    scores = json.loads(cli("scores", "--db", url, "--region", "Banyuasin", "--format", "json").stdout)
    assert [s["value"] for s in scores] == [3.2]
    stats = json.loads(cli("stats", "--db", url).stdout)
    assert (stats["events"], stats["innovations"]) == (5, 1) and stats["people"] >= 3
    bad = cli("events", "--db", url, "--type", "konser")
    assert bad.exit_code == 2 and "unknown event type" in bad.stderr
    assert cli("events", "--db", url, "--format", "xml").exit_code == 2


# re-ingest and reprocess through the real pipeline

REPORT_A = (
    "Kemenkominfo melakukan evaluasi smart city Kabupaten Wonosobo pada 12-13 Agustus 2021 di Pendopo "
    "Kabupaten Wonosobo. Asesor Rina Kartika dari Institut Teknologi Bandung menilai masterplan daerah. "
    "Bupati Wonosobo Afif Nurhidayat memaparkan inovasi daerah dalam evaluasi tersebut."
)
REPORT_B = (
    "Evaluasi Gerakan Menuju 100 Smart City digelar pada 12-13 Agustus 2021 di Pendopo Kabupaten Wonosobo. "
    "Tim evaluator Kemenkominfo meninjau program Kabupaten Wonosobo. Warga menyambut baik kegiatan ini, "
    "kata Rina Kartika, asesor dari Institut Teknologi Bandung."
)


def write_reports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in (("wonosobo-a", REPORT_A), ("wonosobo-b", REPORT_B)):
        path = folder / f"{name}.txt"
        path.write_text(f"Evaluasi smart city Wonosobo\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def event_snapshot(url: str) -> list[tuple[Any, ...]]:
    engine = get_engine(url)
    try:
        with open_session(engine) as s:
            return [
                (
                    e["key"],
                    e["start"],
                    e["end"],
                    tuple(e["regions"]),
                    tuple(sorted(e["sources"])),
                    tuple(sorted(p["name"] for p in e["people"])),
                )
                for e in find_events(s)
            ]
    finally:
        engine.dispose()


def test_reingest_and_reprocess_keep_the_same_events(tmp_path: Path, cli: CliRun) -> None:
    paths = write_reports(tmp_path / "in")
    settings = fast_settings(tmp_path)
    ingest([str(p) for p in paths], settings)
    first = event_snapshot(settings.db_url)
    assert first, "the reports hold an evaluation"
    wonosobo = [e for e in first if "Kabupaten Wonosobo" in e[3]]
    assert len(wonosobo) == 1 and len(wonosobo[0][4]) == 2  # the two reports are one event

    ingest([str(p) for p in paths], settings)  # again: nothing new
    assert event_snapshot(settings.db_url) == first

    other = fast_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'reversed.db'}")
    for path in reversed(paths):  # another order, one at a time
        ingest([str(path)], other)
    assert event_snapshot(other.db_url) == first

    from extractor.reprocess import reprocess

    done = reprocess(settings)
    assert done.ok and done.reprocessed == 2
    assert event_snapshot(settings.db_url) == first

    result = cli("reprocess", "--db", settings.db_url, "--quiet")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reprocessed"] == 2
    assert event_snapshot(settings.db_url) == first


# PostgreSQL

POSTGRES_URL = os.environ.get("EXTRACTOR_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards; skipped when no server answers."""
    psycopg = pytest.importorskip("psycopg")
    from psycopg import sql

    try:
        admin = psycopg.connect(POSTGRES_URL, connect_timeout=2, autocommit=True)
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL server answers at {POSTGRES_URL} ({str(exc).strip().splitlines()[0]})")
    name = f"test_events_{uuid.uuid4().hex[:12]}"
    with admin:
        try:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            pytest.skip(f"cannot create a test database ({str(exc).strip().splitlines()[0]})")
        try:
            yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_queries_on_postgresql_match_sqlite(pg_url: str, session: Session) -> None:
    engine = get_engine(pg_url)
    try:
        store_docs(engine)
        with open_session(engine) as pg:
            for filters in (
                {"region": "Banyuasin"},
                {"region": "kab. banyuasin", "year": 2019},
                {"type": "pra evaluasi"},
                {"person": "Herry Aziz"},
                {"dimension": "governance"},
                {"person": "Banyuasin'; DROP TABLE event; --"},
                {"province": "Jawa Timur"},
            ):
                assert summary_of(find_events(pg, **filters)) == summary_of(find_events(session, **filters))
            assert matching_regions(pg, "Tangerang") == ["Kota Tangerang"]
            assert [s["value"] for s in find_scores(pg, region="Banyuasin")] == [3.2]
            assert sorted(p["name"] for p in find_people(pg, category="assessor")) == ["Dana Prakoso"]
            assert find_people(pg, province="Banten") == find_people(session, province="Banten")
    finally:
        engine.dispose()


# query speed: region names come from index seeks


def test_stored_regions_are_the_distinct_names_of_every_region_column(session: Session) -> None:
    expected: set[str] = set()
    for column in REGION_COLUMNS:
        expected |= {r for (r,) in session.execute(select(column).distinct()) if r is not None}
    assert expected  # the fixture names regions
    assert stored_regions(session) == sorted(expected)


@pytest.mark.parametrize("column", REGION_COLUMNS, ids=lambda c: f"{c.class_.__tablename__}.{c.key}")
def test_region_names_are_read_from_an_index_not_a_table_scan(engine: Engine, column: Any) -> None:
    statement = distinct_values_query(column).compile(engine)
    with engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", tuple(statement.params.values())
        )]  # fmt: skip
    table = column.class_.__tablename__
    steps = [step for step in plan if f" {table} " in f" {step} "]
    assert steps and all("INDEX" in step for step in steps), plan


def test_the_rebuild_keeps_each_regions_cohort_year(session: Session) -> None:
    # the first dated selection or MoU of each region that is not its host, as the stored events say
    first: dict[str, int] = {}
    for event in session.exec(select(EventRow).where(col(EventRow.type).in_(("selection_result", "mou_signing")))):
        for region in session.exec(select(EventRegionRow).where(EventRegionRow.event_id == event.id)):
            if region.role != "host" and event.start_date is not None:
                first[region.region] = min(first.get(region.region, 9999), event.start_date.year)
    assert first and cohort_years(session) == first
