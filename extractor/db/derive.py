"""Writes the derived tables (events, people, scores, innovations, evidence) from the stored article summaries.

They are rebuilt as a whole after every ingest and reprocess: assembly reads every stored summary in a stable
order (extractor.assemble), so the same articles give the same rows whatever order they came in, and running it
twice changes nothing.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import delete, func, insert
from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from extractor.assemble import (
    AssembledEvent,
    AssembledPerson,
    Participant,
    SourceArticle,
    assemble_events,
    assemble_people,
    corroboration,
    participants,
    report_span,
    syndication_groups,
)
from extractor.db.models import (
    DERIVED_TABLES,
    ArticleCopyRow,
    ArticleDimensionRow,
    ArticleRow,
    AssemblyKeyRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    EvidenceRow,
    InnovationRow,
    MentionRow,
    PersonPositionRow,
    PersonRow,
    RegionCohortRow,
    ScoreRow,
)
from extractor.db.queries import chunks
from extractor.db.session import db_error_reason, write_lock
from extractor.errors import StorageError
from extractor.evidence import Span, find_mention, find_text, find_trigger, region_near
from extractor.facts import is_pillar, region_codes, score_meaning
from extractor.nlp.lexicon import folded_name
from extractor.records import Mention

log = logging.getLogger(__name__)

ASSEMBLY_KEYS = ("events", "people", "published", "scores")
EVIDENCE_LABELS = ("region", "person", "date", "score", "innovation", "dimension")


@dataclass
class _Evidence:
    """Evidence rows waiting for the ids of the rows they support."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[Any, ...]] = field(default_factory=set)

    def add(
        self,
        subject: str,
        subject_id: int | None,
        name: str,
        article_id: int,
        span: Span | None,
        version: str,
    ) -> None:
        if span is None or subject_id is None:
            return
        key = (subject, subject_id, name, article_id, span.start, span.end)
        if key in self.seen:
            return
        self.seen.add(key)
        self.rows.append(
            {
                "subject": subject,
                "subject_id": subject_id,
                "field": name,
                "article_id": article_id,
                "start": span.start,
                "end": span.end,
                "text": span.text,
                "sentence": span.sentence,
                "version": version,
            }
        )


def load_sources(session: Session, ids: Collection[int] | None = None,
                 parts: Callable[[dict[str, Any], str | None], dict[str, Any]] | None = None) -> list[SourceArticle]:
    """The stored articles that have a summary (those of `ids` only, when given), as assembly input."""
    return list(iter_sources(session, ids, parts))


def iter_sources(session: Session, ids: Collection[int] | None = None,
                 parts: Callable[[dict[str, Any], str | None], dict[str, Any]] | None = None
                 ) -> Iterator[SourceArticle]:
    """`load_sources` one article at a time; `parts(summary, published)` chooses what of each summary is kept
    (by default the parts assembly reads: ASSEMBLY_KEYS)."""
    query = sa_select(  # type: ignore[call-overload,misc]
        ArticleRow.id, ArticleRow.key, ArticleRow.url, ArticleRow.published, ArticleRow.duplicate_of,
        ArticleRow.text_sha256, ArticleRow.summary,
    ).where(col(ArticleRow.summary).is_not(None)).execution_options(yield_per=500)  # not every summary at once
    groups = [query] if ids is None else [query.where(col(ArticleRow.id).in_(c)) for c in chunks(sorted(ids))]
    strings: dict[str, str] = {}
    shapes: dict[tuple[str, ...], type] = {}
    for group in groups:
        for article_id, key, url, published, duplicate_of, fingerprint, summary in session.execute(group):
            if not isinstance(summary, dict):
                continue
            iso = published.isoformat() if published else summary.get("published")
            # assembly reads only events and people; the rest of a summary is read again a chunk at a time
            kept = parts(summary, iso) if parts else {k: summary[k] for k in ASSEMBLY_KEYS if k in summary}
            yield SourceArticle(article_id=article_id, key=key, url=url, published=iso,
                                summary=_shared(kept, strings, shapes), duplicate_of=duplicate_of,
                                fingerprint=fingerprint or "")


def _people_parts(summary: dict[str, Any], published: str | None) -> dict[str, Any]:
    """What assembling the people reads of a summary: its people, and the events' dates of an article without a
    publication date (the date its positions hold on)."""
    return {k: summary[k] for k in ("people", "events") if k in summary and (k == "people" or not published)}


def _event_parts(summary: dict[str, Any], _published: str | None) -> dict[str, Any]:
    """What assembling the events reads of a summary: its events, and its people who can be an event's organiser
    (an institution of the ministry), in their order."""
    return {"events": summary.get("events") or [],
            "people": [p for p in summary.get("people") or [] if p.get("category") == "ministry"
                       and p.get("affiliation")]}


def _shared(value: Any, strings: dict[str, str], shapes: dict[tuple[str, ...], type] | None = None) -> Any:
    """The JSON value rebuilt with one object for each distinct string (keys, categories, types and names repeat
    in every summary) and each object a dict sharing its keys with the objects of the same keys (PEP 412): a
    person takes 120 bytes instead of 184, an event 184 instead of 464."""
    shapes = {} if shapes is None else shapes
    if isinstance(value, dict):
        keys = tuple(strings.setdefault(k, k) for k in value)
        shape = shapes.get(keys)
        if shape is None:
            # the __dict__ of an instance is a key-sharing dict: its keys are held once by the class
            shape = shapes[keys] = type("Shape", (), {})
        holder = shape()
        for k, v in zip(keys, value.values(), strict=True):
            setattr(holder, k, _shared(v, strings, shapes))
        return holder.__dict__
    if isinstance(value, list):
        return [_shared(v, strings, shapes) for v in value]
    if isinstance(value, str):
        return strings.setdefault(value, value)
    return value


def _around(span: Span | None) -> tuple[str, str]:
    """The words of a value's sentence before and after it."""
    if span is None or span.text not in span.sentence:
        return "", ""
    at = span.sentence.index(span.text)
    return span.sentence[:at], span.sentence[at + len(span.text):]


def _codes(region: str | None) -> dict[str, str | None]:
    """The region_code and province_code columns of a row naming a region."""
    code, province = region_codes(region)
    return {"region_code": code, "province_code": province}


def _pillar(dimension: str | None) -> bool | None:
    return is_pillar(dimension) if dimension else None


def stored_people(session: Session, articles: Collection[int]) -> tuple[dict[tuple[int, str], str], dict[str, int]]:
    """(article id, name as written) -> person key, and person key -> id, of the persons still stored that the
    articles name."""
    person_of: dict[tuple[int, str], str] = {}
    ids: dict[str, int] = {}
    for chunk in chunks(sorted(articles)):
        query = (
            sa_select(PersonPositionRow.article_id, PersonPositionRow.name_as_written, PersonRow.key,  # type: ignore
                      PersonRow.id)
            .join(PersonRow, col(PersonRow.id) == col(PersonPositionRow.person_id))
            .where(col(PersonPositionRow.article_id).in_(chunk))
        )
        for article_id, name, key, person_id in session.execute(query):
            person_of[(article_id, name)] = key
            ids[key] = person_id
    return person_of, ids


def _copy_counts(session: Session) -> dict[int, int]:
    """Article id -> number of its exact copies (article_copy)."""
    query = sa_select(ArticleCopyRow.article_id, func.count()).group_by(ArticleCopyRow.article_id)  # type: ignore
    return {article_id: int(n) for article_id, n in session.execute(query)}


def _mentions(session: Session, article_ids: Iterable[int]) -> dict[int, list[Mention]]:
    ids = sorted(set(article_ids))
    out: dict[int, list[Mention]] = defaultdict(list)
    for chunk in chunks(ids):
        # plain rows, not MentionRow objects: building an ORM object per mention was most of a rebuild's reading
        query = (
            sa_select(col(MentionRow.article_id), col(MentionRow.label), col(MentionRow.text),
                      col(MentionRow.start), col(MentionRow.end), col(MentionRow.sentence), col(MentionRow.value))
            .where(col(MentionRow.article_id).in_(chunk))
            .where(col(MentionRow.label).in_(EVIDENCE_LABELS))
            .order_by(col(MentionRow.article_id), col(MentionRow.start), col(MentionRow.id))
        )
        for article_id, label, text, start, end, sentence, value in session.execute(query):
            out[article_id].append(Mention(label, text, start, end, sentence, dict(value or {})))
    return out


def _summaries(session: Session, article_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The full stored summaries of some articles, in the order of `article_ids`."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in chunks(sorted(set(article_ids))):
        for article_id, summary in session.exec(
            select(ArticleRow.id, ArticleRow.summary).where(col(ArticleRow.id).in_(chunk))
        ):
            if isinstance(summary, dict):
                found[article_id] = summary  # type: ignore[index]
    return {i: found[i] for i in article_ids if i in found}


def _texts(session: Session, article_ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in chunks(sorted(set(article_ids))):
        for article_id, text in session.exec(
            select(ArticleRow.id, ArticleRow.text).where(col(ArticleRow.id).in_(chunk))
        ):
            out[article_id] = text  # type: ignore[index]
    return out


# the event types that make a region a participant of the programme: its selection and its MoU
COHORT_TYPES = ("selection_result", "mou_signing")


def write_cohorts(session: Session, version: str) -> None:
    """Replace region_cohort: each region's year of its first dated selection or MoU among the stored events (a
    host region is no participant)."""
    first = (
        sa_select(EventRegionRow.region, func.min(EventRow.start_date))  # type: ignore[call-overload]
        .join(EventRow, col(EventRow.id) == col(EventRegionRow.event_id))
        .where(col(EventRow.type).in_(COHORT_TYPES), col(EventRegionRow.role) != "host",
               col(EventRow.start_date).is_not(None))
        .group_by(EventRegionRow.region)
        .order_by(EventRegionRow.region)
    )
    rows = [{"id": i, "region": region, "year": day.year, "version": version}
            for i, (region, day) in enumerate(session.execute(first), start=1)]
    session.execute(delete(RegionCohortRow))
    if rows:
        session.execute(insert(RegionCohortRow), rows)


def article_keys(article: SourceArticle) -> list[tuple[str, str, int | None, int | None]]:
    """(kind, key, first year, last year) of what the article's events and people can merge with."""
    keys: set[tuple[str, str, int | None, int | None]] = set()
    for event in article.summary.get("events") or []:
        if event.get("type"):
            span = report_span(article, event)
            keys.add(("event", event["type"], span[0].year if span else None, span[1].year if span else None))
    for person in article.summary.get("people") or []:
        folded = folded_name(person.get("name") or "")
        if folded:
            keys.add(("name", folded, None, None))
    return sorted(keys, key=lambda k: (k[0], k[1], k[2] or 0, k[3] or 0))


def needs_rebuild(session: Session) -> bool:
    """True when articles are stored but events and people were never derived from them (a run that stored
    nothing new leaves the derived tables as they are; rebuilding costs time in proportion to the database)."""
    def exists(model: type[SQLModel]) -> bool:
        return session.exec(sa_select(model).limit(1)).first() is not None  # type: ignore[call-overload]

    return exists(ArticleRow) and not exists(EventRow) and not exists(PersonRow)


@contextmanager
def rebuilding(session: Session) -> Iterator[None]:
    """Hold the rebuild lock over a change of the derived tables and commit it; a database error rolls it back
    and becomes a StorageError naming the fix."""
    try:
        # one rebuild at a time, reading what every earlier rebuild and every committed article left
        session.commit()
        write_lock(session, "rebuild_derived")
        yield
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        reason = db_error_reason(exc)
        raise StorageError(
            "events",
            f"cannot write the assembled events: {reason}",
            "run `extractor reprocess` to rebuild them",
        ) from exc


def rebuild_derived(session: Session, version: str) -> dict[str, int]:
    """Replace every derived row by a fresh assembly of the stored summaries; commit; return the counts."""
    with rebuilding(session):
        counts = replace_derived(session, version)
    log.info("assembled %s", counts)
    return counts


def replace_derived(session: Session, version: str) -> dict[str, int]:
    """Replace every derived row by a fresh assembly of the stored summaries (inside `rebuilding`).

    The rows are those of `extractor.assemble.assemble` over every summary, made in its steps, each written as
    soon as it is made: the persons before the events are assembled, each chunk of events with its participants
    and votes (who is who read back from the persons written). Each step reads the part of the summaries it
    uses (the people, the events, a chunk's articles whole), so memory holds one step's part of the summaries
    and its output, never whole summaries of every article nor the whole assembly.
    """
    missing = session.exec(
        select(func.count()).select_from(ArticleRow).where(col(ArticleRow.summary).is_(None))
    ).one()
    if missing:
        log.warning(
            "%d stored articles have no summary and are left out of events; run `extractor "
            "reprocess` to extract them again",
            missing,
        )
    for table in DERIVED_TABLES:
        session.execute(delete(table))
    writer = _Writer(version)
    with_summary = sa_select(ArticleRow.id).where(col(ArticleRow.summary).is_not(None))  # type: ignore[call-overload]
    for ids in chunks([i for (i,) in session.execute(with_summary.order_by(ArticleRow.id))], WRITE_CHUNK):
        writer.keys(load_sources(session, ids))  # a chunk of summaries at a time
        writer.rows.insert(session)
    # each step reads only the parts of the summaries it needs, and lets them go before the next step
    ordered = sorted(iter_sources(session, parts=_people_parts), key=lambda a: a.order)
    articles = [a.article_id for a in ordered]
    groups = syndication_groups(ordered)
    people, _ = assemble_people(ordered, groups, person_of=False)
    del ordered
    while people:
        writer.people(people[:WRITE_CHUNK])
        del people[:WRITE_CHUNK]  # written persons are let go
        writer.rows.insert(session)
    events = assemble_events(sorted(iter_sources(session, parts=_event_parts), key=lambda a: a.order), groups)
    copies = _copy_counts(session)
    while events:
        chunk = events[:WRITE_CHUNK]
        del events[:WRITE_CHUNK]
        # the chunk's articles are read again whole, and who is who read back from the persons written
        sources = {s.article_id for e in chunk for s in e.sources}
        by_id = {a.article_id: a for a in iter_sources(session, sources)}
        person_of, person_ids = stored_people(session, sources)
        for event in chunk:
            event.participants = participants(event.sources, by_id, person_of)
            event.corroboration, event.conflicts = corroboration(event.sources, by_id, person_of)
        writer.events(chunk, person_ids, copies)
        writer.rows.insert(session)
        del by_id, person_of  # before the next chunk's are read
    write_cohorts(session, version)
    return writer.finish(session, articles, {a: g == a for a, g in groups.items()})


class _Rows:
    """Rows of the derived tables with ids given here, inserted in bulk.

    Ids count on from `start` (a full rebuild empties the tables first and counts from 1, so the same articles
    give the same ids), so no per-row round trip is needed to learn them. Only this package writes these tables,
    always with explicit ids (PostgreSQL's id sequences are never used).
    """

    def __init__(self, start: dict[type[SQLModel], int] | None = None) -> None:
        self.tables: dict[type[SQLModel], list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[type[SQLModel], int] = defaultdict(int, start or {})
        self.start = dict(self.counts)

    def add(self, model: type[SQLModel], **values: Any) -> int:
        self.counts[model] += 1
        self.tables[model].append({"id": self.counts[model], **values})
        return self.counts[model]

    def added(self, model: type[SQLModel]) -> int:
        """How many rows of the table were added."""
        return self.counts[model] - self.start.get(model, 0)

    def insert(self, session: Session) -> None:
        """Insert the rows added since the last call, and forget them (the ids keep counting)."""
        # parents before children, so foreign keys hold while inserting
        for model in reversed(DERIVED_TABLES):
            # into the table, not through the ORM (whose bulk insert looks at each row again), one INSERT for
            # each run of rows naming the same columns
            for _columns, same in groupby(self.tables.pop(model, []), key=tuple):
                rows = list(same)
                for start in range(0, len(rows), 1000):
                    session.execute(insert(model.__table__), rows[start : start + 1000])  # type: ignore[attr-defined]


# articles whose mentions and texts are in memory at once while their evidence is written
EVIDENCE_CHUNK = 500
# persons, events or articles whose derived rows are in memory at once before they are inserted
WRITE_CHUNK = 1000
# evidence still to find in one article: finder, id of the row it supports, what the finder looks for, the next
# finder, ...; a flat list, as there are three values per derived row until the chunk of its article comes (a
# tuple for each took 72 bytes more)
EvidenceWork = list[Any]


@dataclass
class _Writer:
    """Derived rows being written, with the evidence still to find in each article's mentions and text."""

    version: str
    rows: _Rows = field(default_factory=_Rows)
    evidence: _Evidence = field(default_factory=_Evidence)
    work: dict[int, EvidenceWork] = field(default_factory=lambda: defaultdict(list))
    # articles whose persons' positions were added: their evidence work is read back from the inserted rows, as
    # it comes before any other of the article's (persons are added before events)
    named: set[int] = field(default_factory=set)

    def people(self, people: Sequence[AssembledPerson]) -> dict[str, int]:
        """Add the persons and their positions; person key -> id."""
        person_ids: dict[str, int] = {}
        for person in people:
            person_id = self.rows.add(
                PersonRow, key=person.key, name=person.name, category=person.category,
                affiliation=person.affiliation, region=person.region, **_codes(person.region),
                variants=person.variants, version=self.version,
            )  # fmt: skip
            person_ids[person.key] = person_id
            for pos in person.positions:
                self.rows.add(
                    PersonPositionRow, person_id=person_id, article_id=pos.article_id,
                    name_as_written=pos.name_as_written, category=pos.category, role=pos.role,
                    affiliation=pos.affiliation, region=pos.region, **_codes(pos.region), as_of=pos.as_of,
                    version=self.version,
                )  # fmt: skip
                self.named.add(pos.article_id)
        return person_ids

    def events(self, events: Sequence[AssembledEvent], person_ids: dict[str, int], copies: dict[int, int]) -> None:
        """Add the events with their sources, regions and participants."""
        for event in events:
            event_id = self.rows.add(
                EventRow, key=event.key, type=event.type, programme=event.programme, stage=event.stage,
                round=event.round, assessed_year=event.assessed_year, corroboration=event.corroboration,
                conflicts=event.conflicts,
                start=event.start, end=event.end, granularity=event.granularity, start_date=event.start_date,
                end_date=event.end_date, venue=event.venue, online=event.online, organiser=event.organiser,
                n_sources=len(event.sources), n_independent_sources=event.n_independent_sources,
                n_copies=sum(copies.get(s.article_id, 0) for s in event.sources), version=self.version,
            )  # fmt: skip
            for source in event.sources:
                self.rows.add(
                    EventSourceRow, event_id=event_id, article_id=source.article_id, independent=source.independent,
                    extracted=source.extracted, version=self.version,
                )  # fmt: skip
                self.work[source.article_id] += (_event_evidence, event_id, source.extracted)
            for region, role in event.regions:
                region_id = self.rows.add(EventRegionRow, event_id=event_id, region=region, **_codes(region),
                                          role=role, version=self.version)
                field_name = "host_regions" if role == "host" else "regions"
                for source in event.sources:
                    if region in (source.extracted.get(field_name) or []):
                        self.work[source.article_id] += (_region_evidence, region_id, region)
            self.participants(event_id, event.participants, person_ids)

    def participants(self, event_id: int, participants: Sequence[Participant], person_ids: dict[str, int]) -> None:
        """Add the people who took part in one event."""
        for participant in participants:
            participant_id = self.rows.add(
                EventParticipantRow, event_id=event_id, person_id=person_ids[participant.person_key],
                role=participant.role, version=self.version,
            )  # fmt: skip
            self.work[participant.article_id] += (_participant_evidence, participant_id, participant.name_as_written)

    def keys(self, sources: Iterable[SourceArticle]) -> None:
        """Add the assembly keys of the articles (see AssemblyKeyRow)."""
        for article in sources:
            self.rows.add(AssemblyKeyRow, article_id=article.article_id, kind="article", key="",
                          version=self.version)
            for kind, key, first, last in article_keys(article):
                self.rows.add(AssemblyKeyRow, article_id=article.article_id, kind=kind, key=key, first_year=first,
                              last_year=last, version=self.version)

    def _positions(self, session: Session, articles: Sequence[int]) -> dict[int, EvidenceWork]:
        """The evidence work of the positions added to the articles, in the order they were added."""
        out: dict[int, EvidenceWork] = defaultdict(list)
        query = (
            sa_select(col(PersonPositionRow.id), col(PersonPositionRow.article_id),
                      col(PersonPositionRow.name_as_written))
            .where(col(PersonPositionRow.article_id).in_(articles),
                   col(PersonPositionRow.id) > self.rows.start.get(PersonPositionRow, 0))
            .order_by(col(PersonPositionRow.id))
        )
        for position_id, article_id, name in session.execute(query):
            out[article_id] += (_position_evidence, position_id, name)
        return out

    def finish(self, session: Session, values_of: Iterable[int], independent: dict[int, bool]) -> dict[str, int]:
        """Insert the rows, then find and write the evidence, and the scores, innovations and dimensions of the
        articles `values_of`, a chunk of articles at a time, so memory does not grow with their mentions and
        texts; the numbers of rows added."""
        self.rows.insert(session)
        values = set(values_of)
        for chunk in chunks(sorted(values | set(self.work) | self.named), EVIDENCE_CHUNK):
            mentions, texts = _mentions(session, chunk), _texts(session, chunk)
            positions = self._positions(session, chunk)
            for article_id in chunk:
                work = positions.pop(article_id, []) + self.work.pop(article_id, [])
                for find, row_id, what in zip(work[::3], work[1::3], work[2::3], strict=True):
                    find(self.evidence, row_id, article_id, what, mentions.get(article_id, []),
                         texts.get(article_id, ""), self.version)
            chosen = [a for a in chunk if a in values]
            _article_values(self.rows, _summaries(session, chosen), mentions, self.evidence, independent,
                            self.version)
            for row in self.evidence.rows:
                self.rows.add(EvidenceRow, **row)
            self.evidence.rows.clear()
            self.evidence.seen.clear()  # every key names its article, and an article's evidence is all in its chunk
            self.rows.insert(session)
            del mentions, texts  # before the next chunk's are read
        return {
            "events": self.rows.added(EventRow), "people": self.rows.added(PersonRow),
            "scores": self.rows.added(ScoreRow), "innovations": self.rows.added(InnovationRow),
            "evidence": self.rows.added(EvidenceRow),
        }  # fmt: skip


def _value_is(key: str, expected: Any, case: bool = True) -> Callable[[dict[str, Any], Mention], bool]:
    """A mention test: the mention's value has `expected` under `key` (case-insensitively unless `case`)."""

    def test(value: dict[str, Any], _mention: Mention) -> bool:
        found = value.get(key)
        if not case and isinstance(found, str) and isinstance(expected, str):
            return found.lower() == expected.lower()
        return bool(found == expected)

    return test


def _score_is(score: dict[str, Any]) -> Callable[[dict[str, Any], Mention], bool]:
    def test(value: dict[str, Any], _mention: Mention) -> bool:
        return (value.get("value"), value.get("year"), value.get("what")) == (
            score["value"],
            score.get("year"),
            score.get("what"),
        )

    return test


def _position_evidence(evidence: _Evidence, position_id: int, article_id: int, name: str,
                       mentions: Sequence[Mention], _text: str, version: str) -> None:
    """Evidence of a position held, where the article names the person."""
    evidence.add("person_position", position_id, "name", article_id, _person_span(mentions, name), version)


def _participant_evidence(evidence: _Evidence, participant_id: int, article_id: int, name: str,
                          mentions: Sequence[Mention], _text: str, version: str) -> None:
    """Evidence of a person taking part in an event, where the article names them."""
    evidence.add("event_participant", participant_id, "person", article_id, _person_span(mentions, name), version)


def _region_evidence(evidence: _Evidence, region_id: int, article_id: int, region: str,
                     mentions: Sequence[Mention], _text: str, version: str) -> None:
    """Evidence of a region an article names for an event."""
    span = find_mention(mentions, "region", _value_is("name", region))
    evidence.add("event_region", region_id, "region", article_id, span, version)


def _person_span(mentions: Sequence[Mention], name: str) -> Span | None:
    return find_mention(mentions, "person", lambda v, m: v.get("name") == name or m.text == name)


def _event_evidence(
    evidence: _Evidence,
    event_id: int,
    article_id: int,
    extracted: dict[str, Any],
    mentions: Sequence[Mention],
    text: str,
    version: str,
) -> None:
    """Evidence of how one article reports an event: its type words, dates, venue, stage and programme."""
    start_span = (
        find_mention(mentions, "date", lambda v, _m: v.get("iso_start") == extracted.get("start"))
        if extracted.get("start")
        else None
    )
    end_span = (
        find_mention(mentions, "date", lambda v, _m: v.get("iso_end") == extracted.get("end"))
        if extracted.get("end")
        else None
    )
    evidence.add(
        "event",
        event_id,
        "type",
        article_id,
        find_trigger(text, extracted["type"], start_span.start if start_span else None),
        version,
    )
    evidence.add("event", event_id, "start", article_id, start_span, version)
    evidence.add("event", event_id, "end", article_id, end_span, version)
    for name in ("venue", "stage", "programme"):
        evidence.add("event", event_id, name, article_id, find_text(text, extracted.get(name)), version)


def _article_values(
    rows: _Rows, summaries: dict[int, dict[str, Any]], mentions: dict[int, list[Mention]], evidence: _Evidence,
    independent: dict[int, bool], version: str,
) -> None:  # fmt: skip
    """Scores, innovations and dimensions of every article, each with the region it belongs to and evidence.

    Scores and innovations come from independent articles only: a syndicated copy adds no facts. An article
    gives one score per region, kind, metric and year (the first it states).
    """
    for article_id, summary in summaries.items():
        found = mentions.get(article_id, [])
        first_region = next(iter(summary.get("regions") or []), None)
        seen: set[Any] = set()
        facts = independent.get(article_id, True)
        for s in summary.get("scores") or [] if facts else []:
            if s.get("value") is None:
                continue
            span = find_mention(found, "score", _score_is(s))
            region = region_near(found, span.start, span.sentence, first_region) if span else first_region
            meaning = score_meaning(s, *_around(span))
            key = ("score", region, meaning.kind, meaning.metric, s.get("year"))
            if key in seen:
                continue
            seen.add(key)
            score_id = rows.add(
                ScoreRow, article_id=article_id, region=region, **_codes(region), value=float(s["value"]), year=s.get("year"), kind=meaning.kind, dimension=meaning.dimension,
                metric=meaning.metric, what=s.get("what"), version=version,
            )  # fmt: skip
            evidence.add("score", score_id, "value", article_id, span, version)
        for i in summary.get("innovations") or [] if facts else []:
            if not i.get("name") or ("innovation", i["name"]) in seen:
                continue
            seen.add(("innovation", i["name"]))
            span = find_mention(found, "innovation", _value_is("name", i["name"], case=False))
            region = region_near(found, span.start, span.sentence, first_region) if span else first_region
            innovation_id = rows.add(
                InnovationRow, article_id=article_id, region=region, **_codes(region), name=i["name"],
                description=i.get("description"), dimension=i.get("dimension"), pillar=_pillar(i.get("dimension")),
                dimension_source=i.get("dimension_source"),
                dimension_confidence=i.get("confidence"), version=version,
            )  # fmt: skip
            evidence.add("innovation", innovation_id, "name", article_id, span, version)
        for d in dict.fromkeys(summary.get("dimensions") or []):
            span = find_mention(found, "dimension", _value_is("name", d))
            dimension_id = rows.add(
                ArticleDimensionRow, article_id=article_id, dimension=d, pillar=is_pillar(d), version=version
            )
            evidence.add("article_dimension", dimension_id, "dimension", article_id, span, version)
