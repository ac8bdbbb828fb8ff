"""The incremental rebuild (extractor.db.incremental): articles added run by run give the derived tables a full
rebuild of all of them gives, while only what the new articles touch is assembled again.

Runs on in-memory SQLite with the hand-built articles of tests/fixtures/events_db.py and generated ones (made-up
names, regions and dates); no NLP runs here.
"""

from __future__ import annotations

import dataclasses
import random
import re
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlmodel import col

from extractor.assemble import assemble
from extractor.db import derive
from extractor.db.derive import load_sources, rebuild_derived
from extractor.db.incremental import refresh_derived, underived_articles
from extractor.db.models import (
    ArticleCopyRow,
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
from extractor.db.near_duplicates import open_near_duplicate_index
from extractor.db.session import get_engine, open_session
from extractor.db.store import relink_copies
from extractor.dedupe import minhash_to_bytes, text_minhash
from extractor.settings import Settings
from tests.fixtures.events_db import (
    ALL_DOCS,
    BANYUASIN_2017,
    BANYUASIN_2019,
    BANYUASIN_2024,
    BANYUWANGI_2019,
    BANYUWANGI_COPY,
    TANGERANG_2019,
    Doc,
    event,
    person,
    store_docs,
    summary,
)


def snapshot(engine: Engine, suffixes: bool = True) -> dict[str, Any]:
    """Every derived row by what it says, with ids replaced by the keys of what they point to (without the
    suffix that makes a colliding key unique unless `suffixes`)."""
    def unique(key: str) -> str:
        return key if suffixes else re.sub(r"-[0-9]+$", "", key)

    with open_session(engine) as s:
        def rows(*columns: Any) -> list[Any]:
            return list(s.execute(select(*columns)))

        article = dict(rows(ArticleRow.id, ArticleRow.key))
        event = {i: unique(k) for i, k in rows(EventRow.id, EventRow.key)}
        person = {i: unique(k) for i, k in rows(PersonRow.id, PersonRow.key)}
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
        def votes(corroboration: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
            # the assessors' votes name persons by key
            return {f: [{**v, "value": unique(v["value"])} if f == "assessors" else v for v in found]
                    for f, found in corroboration.items()}

        events = sorted(
            repr((unique(k), *rest, votes(corroboration), conflicts, organiser))
            for _, k, *rest, corroboration, conflicts, organiser in rows(
                EventRow.id, EventRow.key, EventRow.type, EventRow.start, EventRow.end, EventRow.granularity,
                EventRow.venue, EventRow.stage, EventRow.n_sources, EventRow.n_independent_sources,
                EventRow.n_copies, EventRow.corroboration, EventRow.conflicts, EventRow.organiser)
        )
        people = sorted(
            repr((unique(k), *rest)) for _, k, *rest in rows(
                PersonRow.id, PersonRow.key, PersonRow.name, PersonRow.category, PersonRow.affiliation,
                PersonRow.region, PersonRow.variants)
        )
        return {
            "events": events,
            "sources": sorted((event[e], article[a], i) for e, a, i in rows(
                EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.independent)),
            "regions": sorted((event[e], r, role) for e, r, role in rows(
                EventRegionRow.event_id, EventRegionRow.region, EventRegionRow.role)),
            "participants": sorted(participant.values()),
            "people": people,
            "positions": sorted((person[p], article[a], n, c, r, o) for p, a, n, c, r, o in rows(
                PersonPositionRow.person_id, PersonPositionRow.article_id, PersonPositionRow.name_as_written,
                PersonPositionRow.category, PersonPositionRow.role, PersonPositionRow.as_of)),
            "values": {name: sorted(map(repr, v.values())) for name, v in values.items()},
            "cohorts": sorted(rows(RegionCohortRow.region, RegionCohortRow.year)),
            "evidence": sorted(repr((subj, subjects[subj][i], f, article[a], st, en)) for subj, i, f, a, st, en in rows(
                EvidenceRow.subject, EvidenceRow.subject_id, EvidenceRow.field, EvidenceRow.article_id,
                EvidenceRow.start, EvidenceRow.end)),
        }


def run_in_batches(docs: list[Doc], sizes: list[int], url: str = "sqlite://") -> Engine:
    """A database that got the documents in runs of the given sizes, the first run a full rebuild."""
    engine = get_engine(url)
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


def rebuilt(engine: Engine, suffixes: bool = True) -> dict[str, Any]:
    """The snapshot of the database after a full rebuild of its derived tables."""
    with open_session(engine) as s:
        rebuild_derived(s, "test")
    return snapshot(engine, suffixes)


# the syndicated pair stored first, the article that reports their event (hosted in Banyuwangi) last
PAIR_FIRST = [BANYUWANGI_2019, BANYUWANGI_COPY, BANYUASIN_2017, BANYUASIN_2024, TANGERANG_2019, BANYUASIN_2019]


@pytest.mark.parametrize("docs", [ALL_DOCS, PAIR_FIRST], ids=["as-written", "pair-first"])
@pytest.mark.parametrize("first", range(1, len(ALL_DOCS)))
def test_runs_give_what_a_full_rebuild_gives(docs: list[Doc], first: int) -> None:
    # the hand-built articles share events, people and a syndicated copy across runs
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


def test_a_full_rebuild_reads_each_part_of_the_summaries_where_it_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # the people are assembled from the summaries' people (and an undated article's events' dates), the events from
    # their events and the people who can organise one, never from whole summaries held for every article; the rows
    # are still those that assembling the whole summaries at once gives
    seen: dict[str, set[str]] = {}

    def watched(step: str, real: Any) -> Any:
        def run(ordered: list[Any], *args: Any, **kwargs: Any) -> Any:
            seen[step] = {k for a in ordered for k in a.summary}
            if step == "events":
                seen["organisers"] = {p["category"] for a in ordered for p in a.summary["people"]}
            return real(ordered, *args, **kwargs)
        return run

    monkeypatch.setattr(derive, "assemble_people", watched("people", derive.assemble_people))
    monkeypatch.setattr(derive, "assemble_events", watched("events", derive.assemble_events))
    engine = full(generated(40, 5))
    assert seen == {"people": {"people"}, "events": {"events", "people"}, "organisers": {"ministry"}}
    with open_session(engine) as s:
        whole = assemble(load_sources(s))
        key = dict(s.execute(select(EventRow.id, EventRow.key)).all())
        person = dict(s.execute(select(PersonRow.id, PersonRow.key)).all())
        events = sorted(s.execute(select(EventRow.key, EventRow.organiser, EventRow.n_sources)).all())
        people = sorted(s.execute(select(PersonRow.key, PersonRow.name, PersonRow.variants)).all())
        taking_part = sorted((key[e], person[p], r) for e, p, r in s.execute(
            select(EventParticipantRow.event_id, EventParticipantRow.person_id, EventParticipantRow.role)))
    assert any(organiser for _, organiser, _ in events)
    assert events == sorted((e.key, e.organiser, len(e.sources)) for e in whole.events)
    assert people == sorted((p.key, p.name, p.variants) for p in whole.people)
    assert taking_part == sorted((e.key, p.person_key, p.role) for e in whole.events for p in e.participants)


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


# varied articles: syndicated copies that differ from their original and may be published before it, spelling
# variants and one-word names of people whose categories and institutions conflict, events spanning a new year,
# a month or several years, undated events, articles without a publication date, several events per article

PEOPLE = [("Heri Abdul Azis", "ministry"), ("Herry Abdul Aziz", "ministry"), ("Heri Abdul Aziz", "assessor"),
          ("Dana Prakoso", "assessor"), ("Dana Prakosa", "assessor"), ("Dana Prakoso", "regional_official"),
          ("Wartini", "other"), ("Wartini", "assessor"), ("Wartina", "other"), ("Suparjo", "regional_official"),
          ("Rahmat Hidayat", "regional_official"), ("Rachmat Hidayat", "regional_official"),
          ("Rahmat Hidayat", "other"), ("Nur Aini", "other"), ("Nur Aini", "ministry"),
          ("Bambang Suryo", "assessor"), ("Bambang Suryono", "assessor"), ("Bambang Surya", "assessor")]
INSTITUTIONS = [None, "Kemenkominfo", "Universitas Indonesia", "ITB"]


def varied_event(rng: random.Random, published: date) -> dict[str, Any]:
    day = published - timedelta(days=rng.randrange(0, 40))
    start, end = rng.choice([
        (None, None), (day.isoformat(), None), (day.isoformat(), (day + timedelta(days=rng.randrange(1, 6))).isoformat()),
        (day.isoformat()[:7], None), (day.isoformat()[:7], (day + timedelta(days=40)).isoformat()[:7]),
        (str(day.year), None), (str(day.year), str(day.year + 1)),
    ])  # fmt: skip
    return event(rng.choice(TYPES), rng.sample(REGIONS, rng.choice([0, 1, 2])), start, end,
                 hosts=rng.sample(REGIONS, 1) if rng.random() < 0.3 else None,
                 venue=rng.choice([None, None, "Hotel Aston Jambi", "Gedung Sate"]),
                 stage=rng.choice([None, None, "Tahap I", "Tahap II"]))


def varied_person(rng: random.Random) -> dict[str, Any]:
    name, category = rng.choice(PEOPLE)
    region = rng.choice(REGIONS) if category == "regional_official" and rng.random() < 0.6 else None
    return person(name, category, role=rng.choice([None, "Kepala Dinas", "Asesor"]),
                  affiliation=rng.choice(INSTITUTIONS), region=region)


def varied_doc(key: str, published: date | None, events: list[dict[str, Any]], people: list[dict[str, Any]],
               stated: str | None, duplicate_of: str | None = None) -> Doc:
    """An article whose text names its people and regions (found again as evidence)."""
    people = list({p["name"]: p for p in people}.values())  # an article names a person once
    regions = sorted({r for e in events for r in e["regions"] + e["host_regions"]})
    names = [p["name"] for p in people] + regions
    return Doc(key=key, text=f"Teks buatan {key}: " + ", ".join(names) + ".", url=f"https://gen.example/{key}",
               published=published, duplicate_of=duplicate_of,
               mentions=[("person", p["name"], {"name": p["name"]}) for p in people]
               + [("region", r, {"name": r}) for r in regions],
               summary=summary(key, events=events, people=people, published=stated,
                               scores=[{"value": float(len(key)), "year": 2020, "what": "nilai"}]))


def varied(n: int, seed: int) -> list[Doc]:
    rng = random.Random(seed)
    docs: list[Doc] = []
    for i in range(n):
        published = date(2019, 11, 20) + timedelta(days=rng.randrange(0, 120))
        key = f"var{seed}n{i:03d}"
        if docs and rng.random() < 0.15:
            # a copy of an article stored before it, published before or after it, reporting a little more
            original = rng.choice(docs)
            events = original.summary["events"] + [varied_event(rng, published)] * (rng.random() < 0.5)
            people = original.summary["people"] + [varied_person(rng)] * (rng.random() < 0.5)
            day = rng.choice([published, original.published])
            docs.append(varied_doc(key, day, events, people, day.isoformat() if day else None, original.key))
            continue
        events = [varied_event(rng, published) for _ in range(rng.choice([1, 1, 2, 3]))]
        people = [varied_person(rng) for _ in range(rng.choice([0, 1, 2, 3]))]
        day = published if rng.random() < 0.85 else None
        docs.append(varied_doc(key, day, events, people, day.isoformat() if day and rng.random() < 0.8 else None))
    return docs


@pytest.mark.parametrize(("seed", "sizes"), [
    (0, [14, 1, 2, 3]), (1, [5, 3, 1, 1, 5, 1, 2, 2]), (2, [9, 1]), (5, [11, 1, 2, 1, 2, 3, 2, 5, 1, 2]),
    (8, [1, 3, 5, 2, 5, 3, 1, 1, 2, 5, 1, 1]), (11, [11, 1, 1, 1, 1, 2, 3]), (36, [6, 2, 1, 3, 3, 2, 1, 1, 5, 1]),
])  # fmt: skip
def test_varied_runs_give_what_a_full_rebuild_gives(seed: int, sizes: list[int]) -> None:
    docs = varied(sum(sizes), seed)
    assert snapshot(run_in_batches(docs, sizes), suffixes=False) == snapshot(full(docs), suffixes=False)


def varied_doc_plain(key: str, published: date, people: list[dict[str, Any]], events: list[dict[str, Any]] = (),
                     duplicate_of: str | None = None) -> Doc:
    return varied_doc(key, published, list(events), people, published.isoformat(), duplicate_of)


def test_a_copy_published_before_its_original_takes_its_votes_on_names() -> None:
    # "o" is the first of its group until "n", a copy published earlier, arrives: then "o"'s spelling of the
    # minister no longer counts, and "x"'s wins the tie with "y"'s, though "n" names nobody
    def minister(name: str) -> dict[str, Any]:
        return person(name, "ministry", affiliation="Kemenkominfo")

    docs = [
        varied_doc_plain("o", date(2019, 6, 10), [minister("Herry Abdul Aziz")],
                         [event("evaluation", ["Kota Jambi"], "2019-06-09")]),
        varied_doc_plain("x", date(2019, 6, 20), [minister("Heri Abdul Azis")]),
        varied_doc_plain("y", date(2019, 6, 25), [minister("Herry Abdul Aziz")]),
        varied_doc_plain("z", date(2018, 1, 25), []),
        varied_doc_plain("n", date(2019, 6, 1), [], [event("mou_signing", ["Kota Jambi"], "2019-05-30")],
                         duplicate_of="o"),
    ]
    incremental, whole = snapshot(run_in_batches(docs, [4, 1])), snapshot(full(docs))
    assert incremental == whole
    assert whole["participants"] == [("evaluation:2019-06-09:jambi", "heri-abdul-azis", "official")]


@pytest.mark.parametrize("with_new", [False, True])
def test_exact_copies_of_derived_articles_count_in_their_events(with_new: bool) -> None:
    # a run that stores an exact copy of an old article adds no article, or one about something else
    engine = get_engine("sqlite://")
    ids = store_docs(engine, ALL_DOCS)
    with open_session(engine) as s:
        s.add(ArticleCopyRow(article_id=ids[BANYUASIN_2019.key], key="salinan", source="salinan.txt"))
        s.commit()
    store_docs(engine, generated(1, 4) if with_new else [], derive=refresh_derived, stored=ids)
    with open_session(engine) as s:
        assert s.execute(select(EventRow.n_copies).where(EventRow.key == "evaluation:2019-06-18:banyuasin")).scalar() == 1
    assert snapshot(engine) == rebuilt(engine)


def test_articles_linked_as_copies_after_they_were_derived_are_derived_again() -> None:
    # two runs at once each stored one of a syndicated pair as an original, and one derived both before the
    # other linked them at its end (extractor.db.store.relink_copies)
    engine = get_engine("sqlite://")
    unlinked = dataclasses.replace(BANYUWANGI_COPY, duplicate_of=None)
    ids = store_docs(engine, [*ALL_DOCS[:2], unlinked, *ALL_DOCS[3:]])
    settings = Settings()
    with open_session(engine) as s:
        for doc in (BANYUWANGI_2019, unlinked):
            minhash = minhash_to_bytes(text_minhash(doc.text, settings.minhash_permutations))
            s.execute(update(ArticleRow).where(col(ArticleRow.id) == ids[doc.key]).values(minhash=minhash))
        s.commit()
        open_near_duplicate_index(s, settings)  # as an ingest does first: their bands are indexed
        assert relink_copies(s, settings, 0) == 1
        refresh_derived(s, "test")
    assert snapshot(engine) == snapshot(full(ALL_DOCS)) == rebuilt(engine)
