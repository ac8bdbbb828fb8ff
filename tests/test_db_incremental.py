"""The incremental rebuild (extractor.db.incremental): articles added run by run give the derived tables a full
rebuild of all of them gives, while only what the new articles touch is assembled again.

Runs on in-memory SQLite with the hand-built articles of tests/fixtures/events_db.py and generated ones (made-up
names, regions and dates); no NLP runs here.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from extractor.db.incremental import refresh_derived, underived_articles
from extractor.db.models import (
    ArticleDimensionRow,
    ArticleRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    EvidenceRow,
    InnovationRow,
    PersonPositionRow,
    PersonRow,
    RegionCohortRow,
    ScoreRow,
)
from extractor.db.session import get_engine, open_session
from tests.fixtures.events_db import ALL_DOCS, Doc, event, person, store_docs, summary


def snapshot(engine: Engine) -> dict[str, Any]:
    """Every derived row by what it says, with ids replaced by the keys of what they point to."""
    with open_session(engine) as s:
        def rows(*columns: Any) -> list[Any]:
            return list(s.execute(select(*columns)))

        article = dict(rows(ArticleRow.id, ArticleRow.key))
        event = {i: k for i, k in rows(EventRow.id, EventRow.key)}
        person = {i: k for i, k in rows(PersonRow.id, PersonRow.key)}
        region = {i: (event[e], r) for i, e, r in rows(EventRegionRow.id, EventRegionRow.event_id,
                                                        EventRegionRow.region)}
        position = {i: (person[p], article[a]) for i, p, a in rows(PersonPositionRow.id, PersonPositionRow.person_id,
                                                                  PersonPositionRow.article_id)}
        participant = {i: (event[e], person[p], r) for i, e, p, r in rows(
            EventParticipantRow.id, EventParticipantRow.event_id, EventParticipantRow.person_id,
            EventParticipantRow.role)}
        subjects = {"event": event, "event_region": region, "person_position": position,
                    "event_participant": participant}
        values: dict[str, dict[int, Any]] = {}
        for name, model, columns in (
            ("score", ScoreRow, ("region", "value", "year", "metric")),
            ("innovation", InnovationRow, ("region", "name", "dimension")),
            ("article_dimension", ArticleDimensionRow, ("dimension",)),
        ):
            found = rows(model.id, model.article_id, *(getattr(model, c) for c in columns))  # type: ignore
            values[name] = {i: (article[a], *rest) for i, a, *rest in found}
        subjects.update(values)
        events = sorted(
            (k, *rest) for _, k, *rest in rows(
                EventRow.id, EventRow.key, EventRow.type, EventRow.start, EventRow.end, EventRow.granularity,
                EventRow.venue, EventRow.stage, EventRow.n_sources, EventRow.n_independent_sources,
                EventRow.n_copies, EventRow.corroboration, EventRow.conflicts, EventRow.organiser)
        )
        people = sorted(
            (k, *rest) for _, k, *rest in rows(PersonRow.id, PersonRow.key, PersonRow.name, PersonRow.category,
                                                 PersonRow.affiliation, PersonRow.region, PersonRow.variants)
        )
        return {
            "events": [repr(e) for e in events],
            "sources": sorted((event[e], article[a], i) for e, a, i in rows(
                EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.independent)),
            "regions": sorted((event[e], r, role) for e, r, role in rows(
                EventRegionRow.event_id, EventRegionRow.region, EventRegionRow.role)),
            "participants": sorted(participant.values()),
            "people": [repr(p) for p in people],
            "positions": sorted((person[p], article[a], n, c, r, o) for p, a, n, c, r, o in rows(
                PersonPositionRow.person_id, PersonPositionRow.article_id, PersonPositionRow.name_as_written,
                PersonPositionRow.category, PersonPositionRow.role, PersonPositionRow.as_of)),
            "values": {name: sorted(map(repr, v.values())) for name, v in values.items()},
            "cohorts": sorted(rows(RegionCohortRow.region, RegionCohortRow.year)),
            "evidence": sorted(repr((subj, subjects[subj][i], f, article[a], st, en)) for subj, i, f, a, st, en in rows(
                EvidenceRow.subject, EvidenceRow.subject_id, EvidenceRow.field, EvidenceRow.article_id,
                EvidenceRow.start, EvidenceRow.end)),
        }


def run_in_batches(docs: list[Doc], sizes: list[int]) -> Engine:
    """A database that got the documents in runs of the given sizes, the first run a full rebuild."""
    engine = get_engine("sqlite://")
    ids = store_docs(engine, docs[: sizes[0]])
    start = sizes[0]
    for size in sizes[1:]:
        ids = store_docs(engine, docs[start : start + size], derive=refresh_derived, stored=ids)
        start += size
    return engine


def full(docs: list[Doc]) -> Engine:
    engine = get_engine("sqlite://")
    store_docs(engine, docs)
    return engine


@pytest.mark.parametrize("first", range(1, len(ALL_DOCS)))
def test_runs_give_what_a_full_rebuild_gives(first: int) -> None:
    # the hand-built articles share events, people and a syndicated copy across runs
    docs = ALL_DOCS
    assert snapshot(run_in_batches(docs, [first, len(docs) - first])) == snapshot(full(docs))


NAMES = ["Heri Abdul Azis", "Herry Abdul Aziz", "Dana Prakoso", "Dana Prakosa", "Wartini", "Suparjo",
         "Rahmat Hidayat", "Rachmat Hidayat", "Nur Aini", "Bambang Suryo"]
REGIONS = ["Kabupaten Banyuasin", "Kota Tomohon", "Kabupaten Siak", "Kota Jambi", "Kabupaten Badung"]
TYPES = ["evaluation", "selection_result", "mou_signing", "guidance"]


def generated(n: int, seed: int) -> list[Doc]:
    """Made-up articles whose events, dates (some around a new year, some undated) and people overlap."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        published = date(2019, 12, 1) + timedelta(days=rng.randrange(0, 500))
        events = []
        for _ in range(rng.choice([1, 1, 2])):
            day = published - timedelta(days=rng.randrange(0, 40))
            start = None if rng.random() < 0.2 else day.isoformat()
            events.append(event(rng.choice(TYPES), rng.sample(REGIONS, rng.choice([1, 2])), start))
        people = [person(name, rng.choice(["assessor", "ministry", "other"]),
                         affiliation=rng.choice([None, "Kemenkominfo"]))
                  for name in rng.sample(NAMES, rng.choice([0, 1, 2, 3]))]
        key = f"gen{seed}n{i:03d}"
        docs.append(Doc(key=key, text=f"Teks buatan nomor {i}.", url=f"https://gen.example/{key}",
                        published=published if rng.random() < 0.9 else None,
                        summary=summary(key, events=events, people=people, published=published.isoformat(),
                                        scores=[{"value": float(i), "year": published.year, "what": "nilai"}])))
    return docs


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_runs_give_what_a_full_rebuild_gives(seed: int) -> None:
    docs = generated(40, seed)
    assert snapshot(run_in_batches(docs, [25, 5, 1, 9])) == snapshot(full(docs))


def test_a_run_assembles_only_what_its_articles_touch() -> None:
    old = [d for d in generated(40, 3)]
    lone = Doc(key="lone", text="Teks buatan.", url="https://gen.example/lone", published=date(2030, 5, 2),
               summary=summary("lone", published="2030-05-02", events=[event("award", ["Kota Tomohon"], "2030-05-01")],
                               people=[person("Yohanes Lewerissa", "regional_official")]))
    engine = run_in_batches(old, [40])
    counts: dict[str, int] = {}

    def derive(session: Any, version: str) -> None:
        counts.update(refresh_derived(session, version))

    store_docs(engine, [lone], derive=derive, stored={})
    assert counts["events"] == 1 and counts["people"] == 1
    assert snapshot(engine) == snapshot(full([*old, lone]))
    with open_session(engine) as s:
        assert underived_articles(s) == []
