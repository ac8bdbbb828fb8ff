"""What the database stores, per article, in the keys of the gold schema, so `extractor evaluate --db` scores the
stored events, scores and people (after merging, deduplication and resolution), not only what `extract` finds."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, col, select

from extractor.db.models import (
    ArticleRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    PersonPositionRow,
    PersonRow,
    ScoreRow,
)

# the summary keys taken as stored (the derived tables hold no other form of them)
SUMMARY_KEYS = ("regions", "provinces", "dates", "dimensions", "innovations")


def stored_predictions(session: Session) -> list[dict[str, Any]]:
    """One prediction per stored article: its id and URL, the summary keys the database keeps as extracted, and
    from the derived tables its events (type, start and end of the merged event; the regions of the merged event
    the article names), its scores (a syndicated copy: those of its original) and its people (as written, with
    the category of the resolved person)."""
    articles = list(session.exec(select(ArticleRow).where(col(ArticleRow.summary).is_not(None))))
    events = _events(session)
    scores = _scores(session)
    people = _people(session)
    out = []
    for a in articles:
        assert a.id is not None
        summary = a.summary or {}
        named = set(summary.get("regions") or [])
        out.append({
            "id": a.key,
            "url": a.url,
            **{k: summary.get(k) or [] for k in SUMMARY_KEYS},
            "events": [{**e, "regions": [r for r in e["regions"] if r in named],
                        "host_regions": [r for r in e["host_regions"] if r in named]} for e in events[a.id]],
            "scores": scores.get(a.id) or scores.get(a.duplicate_of or 0) or [],
            "people": people[a.id],
        })  # fmt: skip
    return out


def _events(session: Session) -> dict[int, list[dict[str, Any]]]:
    """Article id -> the stored events it is a source of."""
    regions: dict[int, list[EventRegionRow]] = defaultdict(list)
    for r in session.exec(select(EventRegionRow).order_by(col(EventRegionRow.id))):
        regions[r.event_id].append(r)
    rows = session.exec(
        select(EventSourceRow.article_id, EventRow)
        .join(EventRow, EventRow.id == EventSourceRow.event_id)  # type: ignore[arg-type]
        .order_by(col(EventRow.id))
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for article_id, e in rows:
        out[article_id].append({
            "type": e.type, "start": e.start, "end": e.end, "granularity": e.granularity, "venue": e.venue,
            "stage": e.stage, "programme": e.programme,
            "regions": [r.region for r in regions[e.id or 0] if r.role != "host"],
            "host_regions": [r.region for r in regions[e.id or 0] if r.role == "host"],
        })  # fmt: skip
    return out


def _scores(session: Session) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in session.exec(select(ScoreRow).order_by(col(ScoreRow.id))):
        out[s.article_id].append({"value": s.value, "year": s.year, "what": s.what, "kind": s.kind,
                                  "metric": s.metric, "region": s.region})
    return out


def _people(session: Session) -> dict[int, list[dict[str, Any]]]:
    rows = session.exec(
        select(PersonPositionRow, PersonRow.category)
        .join(PersonRow, PersonRow.id == PersonPositionRow.person_id)  # type: ignore[arg-type]
        .order_by(col(PersonPositionRow.id))
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for p, category in rows:
        out[p.article_id].append({"name": p.name_as_written, "category": category, "role": p.role,
                                  "affiliation": p.affiliation, "region": p.region})
    return out
