"""A synthetic events database of any size, built fast with bulk inserts, and timed region queries on it.

Events get one or two regions of the gazetteer (kabupaten/kota), one or two source articles, up to three
participants, and the articles get scores, innovations and dimensions, so `find_events` has every join to do.
The database is a SQLite file under a cache directory, built once per size and reused.
"""

from __future__ import annotations

import csv
import random
import statistics
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Engine

from extractor.db.models import (
    ArticleDimensionRow,
    ArticleRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    InnovationRow,
    PersonPositionRow,
    PersonRow,
    ScoreRow,
)
from extractor.db.queries import find_event_ids, find_events
from extractor.db.session import get_engine, open_session

DATA = Path(__file__).resolve().parents[1] / "extractor" / "nlp" / "data"
BUILDER_VERSION = "1"
BATCH = 20_000
EVENT_TYPES = ["assessment", "selection_result", "evaluation", "pre_evaluation", "technical_guidance", "mou",
               "award", "launch"]
DIMENSIONS = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
              "Smart Environment"]
# bare names queried, as a researcher types them (the tolerant path: exact, then "ends with", then "contains")
QUERY_REGIONS = ["Banyuasin", "kab. bantul", "Kota Bandung", "Tabalong", "Kota Jambi", "Buleleng", "Mimika",
                 "Kabupaten Gunungkidul", "Banjarmasin"]
QUERY_YEAR = 2020
PAGE = 50  # events on the first page of results, as `extractor events --limit` shows them


def gazetteer_regions() -> list[str]:
    """Canonical names of every kabupaten and kota."""
    with (DATA / "regions.csv").open(encoding="utf-8") as f:
        return [r["name"] for r in csv.DictReader(f) if r["kind"] in ("kabupaten", "kota")]


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def build(path: Path, n_events: int, seed: int = 7) -> Path:
    """Create the SQLite database of n_events synthetic events at path unless it is already complete."""
    done = path.with_suffix(path.suffix + ".done")
    if path.exists() and done.exists():
        return path
    for stale in (path, done, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = get_engine(f"sqlite:///{path}")
    try:
        _fill(engine, n_events, random.Random(seed))
    finally:
        engine.dispose()
    done.touch()
    return path


def _fill(engine: Engine, n_events: int, rng: random.Random) -> None:
    regions = gazetteer_regions()
    n_articles = max(1, n_events // 3)
    n_people = max(10, n_events // 50)
    v = "bench"
    first = date(2017, 1, 1)

    def articles() -> Iterator[dict[str, Any]]:
        for i in range(1, n_articles + 1):
            yield {"id": i, "key": f"a{i}", "source": f"bench/a{i}.html", "url": f"https://bench.example/a/{i}",
                   "url_key": f"bench.example/a/{i}", "text_sha256": f"{i:064x}", "title": f"Artikel {i}",
                   "site": f"site{i % 97}.example", "published": first + timedelta(days=i % 3200),
                   "language": "id", "text": "teks sintetis", "extraction_version": v}

    def people() -> Iterator[dict[str, Any]]:
        for i in range(1, n_people + 1):
            yield {"id": i, "key": f"orang-{i}", "name": f"Orang {i}", "category": "assessor" if i % 4 else
                   "regional_official", "region": rng.choice(regions) if i % 4 == 0 else None,
                   "variants": [f"Orang {i}"], "version": v}

    def positions() -> Iterator[dict[str, Any]]:
        for i in range(1, n_people * 3 + 1):
            person = (i - 1) % n_people + 1
            article = (person * 3 + (i - 1) // n_people) % n_articles + 1  # one position per person and article
            yield {"id": i, "person_id": person, "article_id": article,
                   "name_as_written": f"Orang {person}", "category": "assessor", "role": "Asesor",
                   "region": rng.choice(regions) if person % 4 == 0 else None, "as_of": "2020-01-01",
                   "version": v}

    def events() -> Iterator[dict[str, Any]]:
        for i in range(1, n_events + 1):
            start = first + timedelta(days=rng.randrange(3200))
            yield {"id": i, "key": f"e{i}", "type": rng.choice(EVENT_TYPES), "start": start.isoformat(),
                   "granularity": "day", "start_date": start, "end_date": start, "n_sources": 1,
                   "n_independent_sources": 1, "online": False, "version": v}

    def event_regions() -> Iterator[dict[str, Any]]:
        row = 0
        for i in range(1, n_events + 1):
            for region in rng.sample(regions, rng.choice((1, 1, 2))):
                row += 1
                yield {"id": row, "event_id": i, "region": region, "role": "evaluated", "version": v}

    def event_sources() -> Iterator[dict[str, Any]]:
        row = 0
        for i in range(1, n_events + 1):
            for article in {rng.randint(1, n_articles) for _ in range(rng.choice((1, 1, 2)))}:
                row += 1
                yield {"id": row, "event_id": i, "article_id": article, "independent": True,
                       "extracted": {"type": "evaluation"}, "version": v}

    def participants() -> Iterator[dict[str, Any]]:
        row = 0
        for i in range(1, n_events + 1):
            for person in {rng.randint(1, n_people) for _ in range(rng.randint(0, 3))}:
                row += 1
                yield {"id": row, "event_id": i, "person_id": person, "role": "assessor", "version": v}

    def per_article(kind: str) -> Iterator[dict[str, Any]]:
        for row, i in enumerate(range(1, n_articles + 1, 2), start=1):
            if kind == "score":
                yield {"id": row, "article_id": i, "region": rng.choice(regions), "value": round(rng.uniform(1, 4), 2),
                       "year": 2017 + i % 9, "what": "indeks", "version": v}
            elif kind == "innovation":
                yield {"id": row, "article_id": i, "region": rng.choice(regions), "name": f"Inovasi {i}",
                       "dimension": rng.choice(DIMENSIONS), "dimension_source": "stated", "version": v}
            else:
                yield {"id": row, "article_id": i, "dimension": rng.choice(DIMENSIONS), "version": v}

    plan = [(ArticleRow, articles()), (PersonRow, people()), (PersonPositionRow, positions()),
            (EventRow, events()), (EventRegionRow, event_regions()), (EventSourceRow, event_sources()),
            (EventParticipantRow, participants()), (ScoreRow, per_article("score")),
            (InnovationRow, per_article("innovation")), (ArticleDimensionRow, per_article("dimension"))]
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
        for model, rows in plan:
            for batch in _batches(rows):
                connection.execute(insert(model), batch)  # executemany: one statement, many rows
        # the cohort years a rebuild keeps (extractor.db.derive.first_selection_years)
        connection.exec_driver_sql(
            "INSERT INTO region_cohort (region, year, version) SELECT er.region, "
            "CAST(strftime('%Y', MIN(e.start_date)) AS INTEGER), MAX(e.version) FROM event_region er "
            "JOIN event e ON e.id = er.event_id WHERE e.type IN ('selection_result', 'mou_signing') "
            "AND er.role != 'host' AND e.start_date IS NOT NULL GROUP BY er.region")


def time_queries(path: Path, repeat: int = 3) -> dict[str, float]:
    """Median milliseconds of region queries: the event ids alone, the first page of full events, all the full
    events, the full events of one year."""
    engine = get_engine(f"sqlite:///{path}")
    timings: dict[str, list[float]] = {"ids_ms": [], "page_ms": [], "events_ms": [], "year_ms": []}
    found: dict[str, list[int]] = {"events_found": [], "year_found": []}
    try:
        with open_session(engine) as session:
            find_events(session, region=QUERY_REGIONS[0])  # warm the page cache and the lexicon
            for _ in range(repeat):
                for region in QUERY_REGIONS:
                    start = time.perf_counter()
                    ids = find_event_ids(session, region=region)
                    timings["ids_ms"].append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    find_events(session, region=region, limit=PAGE)
                    timings["page_ms"].append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    events = find_events(session, region=region)
                    timings["events_ms"].append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    of_year = find_events(session, region=region, year=QUERY_YEAR)
                    timings["year_ms"].append((time.perf_counter() - start) * 1000)
                    if len(ids) != len(events):
                        raise RuntimeError(f"{region}: {len(ids)} event ids but {len(events)} events")
                    found["events_found"].append(len(events))
                    found["year_found"].append(len(of_year))
    finally:
        engine.dispose()
    return {k: statistics.median(v) for k, v in {**timings, **found}.items()}
