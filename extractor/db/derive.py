"""Writes the derived tables (events, people, scores, innovations, evidence) from the stored article summaries.

They are rebuilt as a whole after every ingest and reprocess: assembly reads every stored summary in a stable
order (extractor.assemble), so the same articles give the same rows whatever order they came in, and running it
twice changes nothing.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, select

from extractor.assemble import Assembly, SourceArticle, assemble
from extractor.db.models import (
    ArticleDimensionRow,
    ArticleRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    EvidenceRow,
    InnovationRow,
    MentionRow,
    PersonPositionRow,
    PersonRow,
    ScoreRow,
)
from extractor.errors import StorageError
from extractor.evidence import Span, find_mention, find_text, find_trigger, region_near
from extractor.records import Mention

log = logging.getLogger(__name__)

# children before parents, so foreign keys hold while deleting
DERIVED_TABLES: tuple[type[SQLModel], ...] = (
    EvidenceRow, EventParticipantRow, EventSourceRow, EventRegionRow, PersonPositionRow, EventRow, PersonRow,
    ScoreRow, InnovationRow, ArticleDimensionRow,
)
EVIDENCE_LABELS = ("region", "person", "date", "score", "innovation", "dimension")


@dataclass
class _Evidence:
    """Evidence rows waiting for the ids of the rows they support."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[Any, ...]] = field(default_factory=set)

    def add(self, subject: str, subject_id: int | None, name: str, article_id: int, span: Span | None,
            version: str) -> None:
        if span is None or subject_id is None:
            return
        key = (subject, subject_id, name, article_id, span.start, span.end)
        if key in self.seen:
            return
        self.seen.add(key)
        self.rows.append({"subject": subject, "subject_id": subject_id, "field": name, "article_id": article_id,
                          "start": span.start, "end": span.end, "text": span.text, "sentence": span.sentence,
                          "version": version})


def load_sources(session: Session) -> list[SourceArticle]:
    """Every stored article that has a summary, as assembly input."""
    rows = session.exec(select(ArticleRow.id, ArticleRow.key, ArticleRow.url, ArticleRow.published,
                               ArticleRow.duplicate_of, ArticleRow.text_sha256, ArticleRow.summary)
                        .where(ArticleRow.summary.is_not(None)))  # type: ignore[union-attr]
    out = []
    for article_id, key, url, published, duplicate_of, fingerprint, summary in rows:
        if article_id is None or not isinstance(summary, dict):
            continue
        iso = published.isoformat() if published else summary.get("published")
        out.append(SourceArticle(article_id=article_id, key=key, url=url, published=iso, summary=summary,
                                 duplicate_of=duplicate_of, fingerprint=fingerprint or ""))
    return out


def _mentions(session: Session, article_ids: Iterable[int]) -> dict[int, list[Mention]]:
    ids = sorted(set(article_ids))
    out: dict[int, list[Mention]] = defaultdict(list)
    for chunk in _chunks(ids, 500):
        query = (select(MentionRow).where(MentionRow.article_id.in_(chunk))  # type: ignore[attr-defined]
                 .where(MentionRow.label.in_(EVIDENCE_LABELS))  # type: ignore[attr-defined]
                 .order_by(MentionRow.article_id, MentionRow.start, MentionRow.id))  # type: ignore[arg-type]
        for m in session.exec(query):
            out[m.article_id].append(Mention(m.label, m.text, m.start, m.end, m.sentence, dict(m.value or {})))
    return out


def _texts(session: Session, article_ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(sorted(set(article_ids)), 500):
        for article_id, text in session.exec(select(ArticleRow.id, ArticleRow.text)
                                             .where(ArticleRow.id.in_(chunk))):  # type: ignore[union-attr]
            out[article_id] = text  # type: ignore[index]
    return out


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def rebuild_derived(session: Session, version: str) -> dict[str, int]:
    """Replace every derived row by a fresh assembly of the stored summaries; commit; return the counts."""
    try:
        sources = load_sources(session)
        missing = session.exec(select(func.count()).select_from(ArticleRow)
                               .where(ArticleRow.summary.is_(None))).one()  # type: ignore[union-attr]
        if missing:
            log.warning("%d stored articles have no summary and are left out of events; run `extractor "
                        "reprocess` to extract them again", missing)
        assembly = assemble(sources)
        for table in DERIVED_TABLES:
            session.execute(delete(table))
        counts = write_assembly(session, assembly, sources, version)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StorageError("events", f"cannot write the assembled events: {reason}",
                           "run `extractor reprocess` to rebuild them") from exc
    log.info("assembled %s", counts)
    return counts


def write_assembly(session: Session, assembly: Assembly, sources: Sequence[SourceArticle],
                   version: str) -> dict[str, int]:
    """Insert the rows of an assembly (the derived tables must be empty) with the evidence of every value."""
    by_id = {a.article_id: a for a in sources}
    mentions = _mentions(session, by_id)
    texts = _texts(session, by_id)
    evidence = _Evidence()

    # people first: events refer to them
    person_ids: dict[str, int] = {}
    people_rows = [PersonRow(key=p.key, name=p.name, category=p.category, affiliation=p.affiliation,
                             region=p.region, variants=p.variants, version=version) for p in assembly.people]
    session.add_all(people_rows)
    session.flush()
    positions: list[tuple[PersonPositionRow, str]] = []
    for person, row in zip(assembly.people, people_rows, strict=True):
        assert row.id is not None
        person_ids[person.key] = row.id
        for pos in person.positions:
            positions.append((PersonPositionRow(
                person_id=row.id, article_id=pos.article_id, name_as_written=pos.name_as_written,
                category=pos.category, role=pos.role, affiliation=pos.affiliation, region=pos.region,
                as_of=pos.as_of, version=version), pos.name_as_written))
    session.add_all([p for p, _ in positions])

    event_rows = [EventRow(key=e.key, type=e.type, programme=e.programme, stage=e.stage, start=e.start, end=e.end,
                           granularity=e.granularity, start_date=e.start_date, end_date=e.end_date, venue=e.venue,
                           online=e.online, organiser=e.organiser, n_sources=len(e.sources),
                           n_independent_sources=e.n_independent_sources, version=version)
                  for e in assembly.events]
    session.add_all(event_rows)
    session.flush()
    regions: list[tuple[EventRegionRow, int]] = []  # row, article giving it
    participants: list[tuple[EventParticipantRow, int, str]] = []
    for event, row in zip(assembly.events, event_rows, strict=True):
        assert row.id is not None
        for source in event.sources:
            session.add(EventSourceRow(event_id=row.id, article_id=source.article_id,
                                       independent=source.independent, extracted=source.extracted,
                                       version=version))
            _event_evidence(evidence, row.id, source.article_id, source.extracted, texts.get(source.article_id, ""),
                            mentions.get(source.article_id, []), version)
        for region, role in event.regions:
            region_row = EventRegionRow(event_id=row.id, region=region, role=role, version=version)
            giver = next((s.article_id for s in event.sources
                          if region in (s.extracted.get("host_regions" if role == "host" else "regions") or [])),
                         event.sources[0].article_id)
            regions.append((region_row, giver))
        for participant in event.participants:
            participants.append((EventParticipantRow(event_id=row.id, person_id=person_ids[participant.person_key],
                                                     role=participant.role, version=version),
                                 participant.article_id, participant.name_as_written))
    session.add_all([r for r, _ in regions] + [p for p, _, _ in participants])
    session.flush()
    for region_row, article_id in regions:
        span = find_mention(mentions.get(article_id, []), "region", lambda v, _m, r=region_row.region: v.get("name") == r)
        evidence.add("event_region", region_row.id, "region", article_id, span, version)
    for participant_row, article_id, name in participants:
        evidence.add("event_participant", participant_row.id, "person", article_id,
                     _person_span(mentions.get(article_id, []), name), version)
    for position_row, name in positions:
        evidence.add("person_position", position_row.id, "name", position_row.article_id,
                     _person_span(mentions.get(position_row.article_id, []), name), version)

    n_scores, n_innovations = _article_values(session, sources, mentions, evidence, version)
    for chunk in range(0, len(evidence.rows), 1000):
        session.execute(insert(EvidenceRow), evidence.rows[chunk:chunk + 1000])
    return {"events": len(event_rows), "people": len(people_rows), "scores": n_scores,
            "innovations": n_innovations, "evidence": len(evidence.rows)}


def _person_span(mentions: Sequence[Mention], name: str) -> Span | None:
    return find_mention(mentions, "person", lambda v, m: v.get("name") == name or m.text == name)


def _event_evidence(evidence: _Evidence, event_id: int, article_id: int, extracted: dict[str, Any], text: str,
                    mentions: Sequence[Mention], version: str) -> None:
    """Evidence of how one article reports an event: its type words, dates, venue, stage and programme."""
    start_span = find_mention(mentions, "date", lambda v, _m: v.get("iso_start") == extracted.get("start")) \
        if extracted.get("start") else None
    end_span = find_mention(mentions, "date", lambda v, _m: v.get("iso_end") == extracted.get("end")) \
        if extracted.get("end") else None
    evidence.add("event", event_id, "type", article_id,
                 find_trigger(text, extracted["type"], start_span.start if start_span else None), version)
    evidence.add("event", event_id, "start", article_id, start_span, version)
    evidence.add("event", event_id, "end", article_id, end_span, version)
    for name in ("venue", "stage", "programme"):
        evidence.add("event", event_id, name, article_id, find_text(text, extracted.get(name)), version)


def _article_values(session: Session, sources: Sequence[SourceArticle], mentions: dict[int, list[Mention]],
                    evidence: _Evidence, version: str) -> tuple[int, int]:
    """Scores, innovations and dimensions of every article, each with the region it belongs to and evidence."""
    scores: list[tuple[ScoreRow, Span | None]] = []
    innovations: list[tuple[InnovationRow, Span | None]] = []
    dimensions: list[tuple[ArticleDimensionRow, Span | None]] = []
    for article in sources:
        found = mentions.get(article.article_id, [])
        first_region = next(iter(article.summary.get("regions") or []), None)
        seen: set[Any] = set()
        for s in article.summary.get("scores") or []:
            if s.get("value") is None or ("score", s["value"], s.get("year"), s.get("what")) in seen:
                continue
            seen.add(("score", s["value"], s.get("year"), s.get("what")))
            span = find_mention(found, "score", lambda v, _m, s=s: v.get("value") == s["value"]
                                and v.get("year") == s.get("year") and v.get("what") == s.get("what"))
            region = region_near(found, span.start, span.sentence, first_region) if span else first_region
            scores.append((ScoreRow(article_id=article.article_id, region=region, value=float(s["value"]),
                                    year=s.get("year"), what=s.get("what"), version=version), span))
        for i in article.summary.get("innovations") or []:
            if not i.get("name") or ("innovation", i["name"]) in seen:
                continue
            seen.add(("innovation", i["name"]))
            span = find_mention(found, "innovation", lambda v, _m, i=i: v.get("name", "").lower() == i["name"].lower())
            region = region_near(found, span.start, span.sentence, first_region) if span else first_region
            innovations.append((InnovationRow(
                article_id=article.article_id, region=region, name=i["name"], description=i.get("description"),
                dimension=i.get("dimension"), dimension_source=i.get("dimension_source"), version=version), span))
        for d in dict.fromkeys(article.summary.get("dimensions") or []):
            span = find_mention(found, "dimension", lambda v, _m, d=d: v.get("name") == d)
            dimensions.append((ArticleDimensionRow(article_id=article.article_id, dimension=d, version=version),
                               span))
    session.add_all([r for r, _ in scores] + [r for r, _ in innovations] + [r for r, _ in dimensions])
    session.flush()
    for subject, name, pairs in (("score", "value", scores), ("innovation", "name", innovations),
                                 ("article_dimension", "dimension", dimensions)):
        for row, span in pairs:
            evidence.add(subject, row.id, name, row.article_id, span, version)  # type: ignore[attr-defined]
    return len(scores), len(innovations)
