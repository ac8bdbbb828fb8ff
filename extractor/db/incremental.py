"""Brings the derived tables up to date after a run, assembling again only what the new articles can touch.

An event merges only with events of its type whose dates share a year, and a person only with names spelled
alike (extractor.assemble). So the events of the new articles' (type, year) blocks, closed over events that
span several years, and the people of their names, closed over similar spellings, are assembled again from
every stored article that reports them; the events whose people changed get their participants again; the rest
stays as stored. The new articles' groups of syndicated copies count as new whole (a new copy can change which of
them votes on a person's name), and the events' counts of exact copies are set again (a run may record copies of
old articles only). The assembly_key table (AssemblyKeyRow) says which articles report which blocks and names, so
finding them reads no summaries. The result is that of a full rebuild (tests/test_db_incremental.py) but for
ids, and which of the events or persons whose keys collide gets which suffix ("-2") making its key unique.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import delete, func, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col

from extractor.assemble import (
    NAME_SIMILARITY,
    EventSource,
    SourceArticle,
    assemble_events,
    assemble_people,
    corroboration,
    participants,
    report_span,
    syndication_groups,
)
from extractor.db import derive
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
    PersonPositionRow,
    PersonRow,
    ScoreRow,
)
from extractor.db.queries import chunks
from extractor.nlp.lexicon import folded_name

log = logging.getLogger(__name__)

# Above this share of new articles a full rebuild does less work than finding what they touch.
FULL_REBUILD_SHARE = 0.5
Block = tuple[str, int]  # (event type, year)


def underived_articles(session: Session) -> list[int]:
    """Ids of the stored articles with a summary that the derived tables do not reflect yet."""
    derived = sa_select(AssemblyKeyRow.article_id).where(AssemblyKeyRow.kind == "article")  # type: ignore
    query = sa_select(ArticleRow.id).where(  # type: ignore[call-overload]
        col(ArticleRow.summary).is_not(None), col(ArticleRow.id).not_in(derived)
    )
    return sorted(i for (i,) in session.execute(query))


def wants_full_rebuild(session: Session, new: Collection[int]) -> bool:
    """True when a full rebuild is the better way to derive the new articles: most articles are new (as when the
    derived tables predate the assembly keys)."""
    total = session.execute(
        sa_select(func.count()).select_from(ArticleRow).where(col(ArticleRow.summary).is_not(None))
    ).scalar_one()
    return len(new) > FULL_REBUILD_SHARE * total


def refresh_derived(session: Session, version: str) -> dict[str, int]:
    """Derive the stored articles the derived tables do not reflect yet: only what they touch, or everything
    when that is less work; commit; return the numbers of rows written."""
    with derive.rebuilding(session):
        new = underived_articles(session)
        if new and wants_full_rebuild(session, new):
            counts = derive.replace_derived(session, version)
        else:
            counts = update_derived(session, new, version) if new else {}
            _count_copies(session)  # the run may have recorded exact copies of articles derived before
    if counts:
        log.info("assembled %s", counts)
    return counts


def update_derived(session: Session, new: Collection[int], version: str) -> dict[str, int]:
    """Derive the articles `new` (stored, with a summary, not yet derived) into the current derived tables."""
    # a new article can change which article of its group of syndicated copies counts as independent
    seeds = _syndicated_with(session, new)
    stated = derive.load_sources(session, seeds)
    blocks, names = _closed_blocks(session, stated), _closed_names(session, stated)
    event_articles = _articles_with(session, "event", blocks=blocks) | set(seeds)
    name_articles = _articles_with(session, "name", names=names)

    loaded = {a.article_id: a for a in derive.load_sources(session, event_articles | name_articles)}
    old_events = _events_in_blocks(session, loaded, blocks, seeds)
    old_people = _people_named(session, name_articles, names)
    refresh = _events_of(session, name_articles) - old_events
    refresh_sources = _event_sources(session, refresh)
    more = {s.article_id for sources in refresh_sources.values() for s in sources} - set(loaded)
    loaded.update((a.article_id, a) for a in derive.load_sources(session, more))
    groups = _syndication_groups(session, loaded)
    ordered = sorted(loaded.values(), key=lambda a: a.order)

    def event_kept(article: SourceArticle, event: dict[str, Any]) -> bool:
        return _in_blocks(article, event, blocks, seeds)

    events = assemble_events(ordered, groups, keep=event_kept)
    people, new_person_of = assemble_people(ordered, groups, keep=lambda p: folded_name(p.get("name") or "") in names)

    _delete_events(session, old_events)
    _delete_people(session, old_people)
    _delete_participants(session, refresh)
    _delete_article_values(session, seeds)
    session.execute(delete(AssemblyKeyRow).where(col(AssemblyKeyRow.article_id).in_(seeds)))
    person_of, person_ids = derive.stored_people(session, loaded)
    writer = derive._Writer(version, rows=derive._Rows(_last_ids(session)))
    renamed = _unique_keys(session, PersonRow, people)
    new_ids = writer.people(people)
    person_of.update((k, renamed.get(v, v)) for k, v in new_person_of.items())
    person_ids.update(new_ids)
    for event in events:
        event.participants = participants(event.sources, loaded, person_of)
        event.corroboration, event.conflicts = corroboration(event.sources, loaded, person_of)
    _unique_keys(session, EventRow, events)
    writer.events(events, person_ids, derive._copy_counts(session))
    for event_id, sources in sorted(refresh_sources.items()):
        writer.participants(event_id, participants(sources, loaded, person_of), person_ids)
        votes, conflicts = corroboration(sources, loaded, person_of)
        session.execute(update(EventRow).where(col(EventRow.id) == event_id).values(
            corroboration=votes, conflicts=conflicts))
    writer.keys(loaded[i] for i in sorted(seeds) if i in loaded)
    writer.rows.insert(session)
    derive.write_cohorts(session, version)
    independent = {a: g == a for a, g in groups.items()}
    counts = writer.finish(session, seeds, independent)
    log.info("derived %d new articles: %d events, %d people assembled again, %d events' participants renewed",
             len(new), len(events), len(people), len(refresh))
    return counts


def _syndicated_with(session: Session, ids: Collection[int]) -> set[int]:
    """The articles and every article of their groups of syndicated copies (linked by duplicate_of)."""
    found = set(ids)
    frontier = set(ids)
    while frontier:
        linked: set[int] = set()
        for chunk in chunks(sorted(frontier)):
            query = sa_select(ArticleRow.id, ArticleRow.duplicate_of).where(  # type: ignore[call-overload]
                col(ArticleRow.id).in_(chunk) | col(ArticleRow.duplicate_of).in_(chunk)
            )
            for article_id, duplicate_of in session.execute(query):
                linked.update(x for x in (article_id, duplicate_of) if x is not None)
        frontier = linked - found
        found |= frontier
    return found


def _count_copies(session: Session) -> None:
    """Set the n_copies of the events whose sources have exact copies (article_copy) to their number."""
    copied = sa_select(EventSourceRow.event_id).join(  # type: ignore[call-overload]
        ArticleCopyRow, col(ArticleCopyRow.article_id) == col(EventSourceRow.article_id))
    n_copies = (
        sa_select(func.count()).select_from(EventSourceRow)
        .join(ArticleCopyRow, col(ArticleCopyRow.article_id) == col(EventSourceRow.article_id))
        .where(col(EventSourceRow.event_id) == col(EventRow.id))
        .scalar_subquery()
    )
    session.execute(update(EventRow).where(col(EventRow.id).in_(copied)).values(n_copies=n_copies))


def _syndication_groups(session: Session, articles: dict[int, SourceArticle]) -> dict[int, int]:
    """Article id -> the first article of its group of syndicated copies, each group read whole."""
    others = derive.load_sources(session, _syndicated_with(session, articles) - set(articles))
    return syndication_groups(sorted([*articles.values(), *others], key=lambda a: a.order))


def _closed_blocks(session: Session, articles: Iterable[SourceArticle]) -> dict[str, set[int]]:
    """Event type -> the years of the new articles' events, with every year a stored event spanning one of them
    also spans, until no event links another year."""
    blocks: dict[str, set[int]] = defaultdict(set)
    for article in articles:
        for kind, key, first, last in derive.article_keys(article):
            if kind == "event" and first is not None and last is not None:
                blocks[key].update(range(first, last + 1))
    changed = True
    while changed:
        changed = False
        for kind, years in blocks.items():
            query = sa_select(AssemblyKeyRow.first_year, AssemblyKeyRow.last_year).where(  # type: ignore
                AssemblyKeyRow.kind == "event", AssemblyKeyRow.key == kind,
                col(AssemblyKeyRow.first_year) <= max(years), col(AssemblyKeyRow.last_year) >= min(years),
                col(AssemblyKeyRow.first_year) != col(AssemblyKeyRow.last_year),
            ).distinct()
            for first, last in session.execute(query):
                spanned = set(range(first, last + 1))
                if spanned & years and not spanned <= years:
                    years |= spanned
                    changed = True
    return dict(blocks)


def _closed_names(session: Session, articles: Iterable[SourceArticle]) -> set[str]:
    """The folded names of the new articles' people, with every stored name spelled alike (the test of
    assemble._NameIndex, applied to every pair), until no name links another."""
    names = {key for a in articles for kind, key, _, _ in derive.article_keys(a) if kind == "name"}
    query = sa_select(AssemblyKeyRow.key).where(AssemblyKeyRow.kind == "name").distinct()  # type: ignore
    by_letter: dict[str, list[str]] = defaultdict(list)
    for (name,) in session.execute(query):
        by_letter[name[:1]].append(name)
    frontier = set(names)
    while frontier:
        found: set[str] = set()
        for name in frontier:
            for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
                hits = process.extract(name, by_letter.get(name[:1], []), scorer=scorer, limit=None,
                                       score_cutoff=NAME_SIMILARITY)
                found.update(hit for hit, _, _ in hits)
        frontier = found - names
        names |= frontier
    return names


def _articles_with(session: Session, kind: str, blocks: dict[str, set[int]] | None = None,
                   names: Collection[str] = ()) -> set[int]:
    """The articles with an event in the blocks, or a person of the names."""
    found: set[int] = set()
    if kind == "event":
        for event_type, years in (blocks or {}).items():
            query = sa_select(AssemblyKeyRow.article_id, AssemblyKeyRow.first_year, AssemblyKeyRow.last_year).where(  # type: ignore
                AssemblyKeyRow.kind == "event", AssemblyKeyRow.key == event_type,
                col(AssemblyKeyRow.first_year) <= max(years), col(AssemblyKeyRow.last_year) >= min(years),
            )
            found.update(a for a, first, last in session.execute(query) if years & set(range(first, last + 1)))
        return found
    ordered = sorted(names)
    for start in range(0, len(ordered), 500):
        query = sa_select(AssemblyKeyRow.article_id).where(  # type: ignore[call-overload]
            AssemblyKeyRow.kind == "name", col(AssemblyKeyRow.key).in_(ordered[start:start + 500]))
        found.update(a for (a,) in session.execute(query))
    return found


def _in_blocks(article: SourceArticle, event: dict[str, Any], blocks: dict[str, set[int]],
               seeds: Collection[int]) -> bool:
    """True when a per-article event belongs to the blocks assembled again (an event without dates or a
    publication date merges with nothing: it is assembled again only with its own article)."""
    span = report_span(article, event)
    if span is None:
        return article.article_id in seeds
    return bool(blocks.get(event["type"], set()) & set(range(span[0].year, span[1].year + 1)))


def _events_in_blocks(session: Session, articles: dict[int, SourceArticle], blocks: dict[str, set[int]],
                      seeds: Collection[int]) -> set[int]:
    """The stored events that a source reports in the blocks."""
    found: set[int] = set()
    for chunk in chunks(sorted(articles)):
        query = sa_select(EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.extracted).where(  # type: ignore
            col(EventSourceRow.article_id).in_(chunk))
        for event_id, article_id, extracted in session.execute(query):
            if extracted.get("type") and _in_blocks(articles[article_id], extracted, blocks, seeds):
                found.add(event_id)
    return found


def _people_named(session: Session, articles: Collection[int], names: Collection[str]) -> set[int]:
    """The stored persons with a position written as one of the names."""
    found: set[int] = set()
    for chunk in chunks(sorted(articles)):
        query = sa_select(PersonPositionRow.person_id, PersonPositionRow.name_as_written).where(  # type: ignore
            col(PersonPositionRow.article_id).in_(chunk))
        found.update(person for person, name in session.execute(query) if folded_name(name) in names)
    return found


def _events_of(session: Session, articles: Collection[int]) -> set[int]:
    """The stored events that some of the articles report."""
    found: set[int] = set()
    for chunk in chunks(sorted(articles)):
        query = sa_select(EventSourceRow.event_id).where(col(EventSourceRow.article_id).in_(chunk))  # type: ignore
        found.update(e for (e,) in session.execute(query))
    return found


def _event_sources(session: Session, events: Collection[int]) -> dict[int, list[EventSource]]:
    """Event id -> its stored sources, in the order they were written."""
    out: dict[int, list[EventSource]] = defaultdict(list)
    for chunk in chunks(sorted(events)):
        query = (
            sa_select(EventSourceRow.event_id, EventSourceRow.article_id, EventSourceRow.independent,  # type: ignore
                      EventSourceRow.extracted)
            .where(col(EventSourceRow.event_id).in_(chunk))
            .order_by(EventSourceRow.id)
        )
        for event_id, article_id, independent, extracted in session.execute(query):
            out[event_id].append(EventSource(article_id, independent, extracted))
    return dict(out)


def _delete_evidence(session: Session, subject: str, ids: Collection[int]) -> None:
    for chunk in chunks(sorted(ids)):
        session.execute(delete(EvidenceRow).where(col(EvidenceRow.subject) == subject,
                                                  col(EvidenceRow.subject_id).in_(chunk)))


def _delete_rows(session: Session, model: type[SQLModel], column: Any, ids: Collection[int],
                 subject: str | None = None) -> None:
    """Delete the rows whose column is one of the ids, with their evidence."""
    for chunk in chunks(sorted(ids)):
        if subject is not None:
            found = [i for (i,) in session.execute(sa_select(model.id).where(column.in_(chunk)))]  # type: ignore
            _delete_evidence(session, subject, found)
        session.execute(delete(model).where(column.in_(chunk)))


def _delete_participants(session: Session, events: Collection[int]) -> None:
    _delete_rows(session, EventParticipantRow, col(EventParticipantRow.event_id), events, "event_participant")


def _delete_events(session: Session, events: Collection[int]) -> None:
    """Delete events with their sources, regions, participants and evidence."""
    _delete_participants(session, events)
    _delete_rows(session, EventRegionRow, col(EventRegionRow.event_id), events, "event_region")
    _delete_rows(session, EventSourceRow, col(EventSourceRow.event_id), events)
    _delete_rows(session, EventRow, col(EventRow.id), events, "event")


def _delete_people(session: Session, people: Collection[int]) -> None:
    """Delete persons with their positions, participations and evidence."""
    _delete_rows(session, EventParticipantRow, col(EventParticipantRow.person_id), people, "event_participant")
    _delete_rows(session, PersonPositionRow, col(PersonPositionRow.person_id), people, "person_position")
    _delete_rows(session, PersonRow, col(PersonRow.id), people)


def _delete_article_values(session: Session, articles: Collection[int]) -> None:
    """Delete the scores, innovations and dimensions of the articles, with their evidence."""
    for model, subject in ((ScoreRow, "score"), (InnovationRow, "innovation"),
                           (ArticleDimensionRow, "article_dimension")):
        _delete_rows(session, model, col(model.article_id), articles, subject)  # type: ignore[attr-defined]


def _last_ids(session: Session) -> dict[type[SQLModel], int]:
    """The highest id of each derived table, where new rows count on from."""
    return {model: session.execute(sa_select(func.max(model.id))).scalar() or 0  # type: ignore[attr-defined]
            for model in DERIVED_TABLES}


def _unique_keys(session: Session, model: Any, items: list[Any]) -> dict[str, str]:
    """Give each new item whose key a stored row of the table has the next free suffix; old key -> new key."""
    def stored(keys: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            query = sa_select(model.key).where(col(model.key).in_(keys[start:start + 500]))
            found.update(k for (k,) in session.execute(query))
        return found

    taken = stored(sorted({i.key for i in items}))
    renamed: dict[str, str] = {}
    for item in items:
        if item.key in taken:
            n = 2
            while f"{item.key}-{n}" in taken or stored([f"{item.key}-{n}"]):
                n += 1
            renamed[item.key] = f"{item.key}-{n}"
            item.key = renamed[item.key]
        taken.add(item.key)
    return renamed
