"""Reads: functions taking a Session (or a database URL) and returning plain data.

User arguments are matched tolerantly (case, "Kab."/"Kabupaten", bare region names, Indonesian event words,
spelling variants of names) and always reach the database as bound parameters, never formatted into SQL text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import MAXYEAR, MINYEAR, date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Select, func, or_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import defer
from sqlmodel import Session, SQLModel, col, select

from extractor.db.models import (
    ArticleCopyRow,
    ArticleDimensionRow,
    ArticleRow,
    EventParticipantRow,
    EventRegionRow,
    EventRow,
    EventSourceRow,
    FailureRow,
    InnovationRow,
    PersonPositionRow,
    PersonRow,
    RegionCohortRow,
    RunRow,
    ScoreRow,
)
from extractor.db.session import session_scope
from extractor.db.store import counts
from extractor.errors import QueryError
from extractor.facts import province_code, province_names
from extractor.nlp.lexicon import folded_name, load_lexicon, name_key, read_rows
from extractor.records import EVENT_TYPES, PERSON_CATEGORIES

# A person search that finds no name containing its words takes the most similar names at or above this
# rapidfuzz token-set score of the spelling-folded names ("Herry Azis" finds "Heri Abdul Azis" at 100).
PERSON_SIMILARITY = 85.0
# An unknown region is answered with the known names whose bare form (without Kabupaten/Kota) is at least this
# similar (rapidfuzz ratio, 0-100): "Banyuasn" finds Banyuasin at 94, "Bandug" Bandung at 92; 75 still catches two
# typos in a short name and keeps unrelated names out.
REGION_SUGGESTION_SCORE = 75.0
REGION_SUGGESTIONS = 3
# the keys of the dicts find_events, find_people and find_scores return, in display order
EVENT_COLUMNS = [
    "key",
    "type",
    "start",
    "end",
    "granularity",
    "programme",
    "stage",
    "round",
    "assessed_year",
    "regions",
    "host_regions",
    "region_details",
    "venue",
    "online",
    "organiser",
    "people",
    "sources",
    "n_sources",
    "n_independent_sources",
    "n_copies",
    "copies",
    "corroboration",
    "conflicts",
    "source_articles",
    "scores",
    "dimensions",
    "innovations",
    "version",
]
PEOPLE_COLUMNS = [
    "key",
    "name",
    "category",
    "affiliation",
    "region",
    "variants",
    "positions",
    "institutions",
    "regions",
    "events",
]
SCORE_COLUMNS = [
    "region",
    "region_code",
    "province_code",
    "kind",
    "dimension",
    "metric",
    "year",
    "value",
    "n_independent_sources",
    "n_syndicated",
    "sources",
    "sites",
    "first_published",
    "cohort_year",
    "what",
    "version",
]
REGION_DETAIL_COLUMNS = ["region", "region_code", "province", "province_code", "cohort_year", "n_events",
                         "first_event", "last_event"]
FAILURE_COLUMNS = ["source", "stage", "reason", "at", "run", "permanent"]
MAX_ID = 2**63 - 1  # the largest id a database integer column holds (SQLite and PostgreSQL BIGINT)
CHUNK = 500  # values per IN (...) list: SQLite binds at most 32766 parameters in one statement


def database_stats(db_url: str) -> dict[str, int]:
    """Counts of what the database holds."""
    with session_scope(db_url) as session:
        return totals(session)


def totals(session: Session) -> dict[str, int]:
    """Counts of stored articles, failures, duplicates and mentions, and of the assembled tables."""
    return {**counts(session), **derived_counts(session)}


def derived_counts(session: Session) -> dict[str, int]:
    """Numbers of assembled events, people, innovations and scores."""

    def count(model: type[SQLModel]) -> int:
        return int(session.exec(select(func.count()).select_from(model)).one())

    return {
        "events": count(EventRow),
        "people": count(PersonRow),
        "innovations": count(InnovationRow),
        "scores": count(ScoreRow),
    }


# tolerant matching of arguments


def _like(text: str) -> str:
    """The text with LIKE wildcards escaped (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@lru_cache(maxsize=1)
def category_words() -> dict[str, str]:
    """Words researchers use for a people category -> the category (data/category_words.csv)."""
    return {r["word"]: r["category"] for r in read_rows("category_words.csv")}


@lru_cache(maxsize=1)
def _region_prefix() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex for a region prefix as written at the start of a term, and written prefix -> canonical prefix."""
    canonical = {r["written"]: r["prefix"] for r in read_rows("region_prefixes.csv")}
    alternation = "|".join(re.escape(w) for w in sorted(canonical, key=len, reverse=True))
    return re.compile(rf"^({alternation})\s+"), canonical


def region_term(text: str) -> str:
    """The user's region in canonical lower-case form ("Kab. Banyuasin" -> "kabupaten banyuasin")."""
    term = " ".join(text.strip().lower().split())
    pattern, canonical = _region_prefix()
    return pattern.sub(lambda m: canonical[m.group(1)] + " ", term, count=1)


# the tables and columns holding canonical region names
REGION_COLUMNS = (EventRegionRow.region, ScoreRow.region, InnovationRow.region, PersonPositionRow.region)


def distinct_values(session: Session, column: Any) -> list[str]:
    """The distinct non-null values of an indexed column, one index seek per value (a loose index scan).

    A region name repeats over thousands of rows; SELECT DISTINCT would read every entry of the index, the
    recursive query jumps from one value to the next, so the cost follows the number of names, not of rows.
    """
    return [v for (v,) in session.execute(distinct_values_query(column))]


def distinct_values_query(column: Any) -> Select[Any]:
    """The recursive query of `distinct_values`: the smallest value, then the smallest above the last one."""
    start = select(func.min(column).label("value")).cte("values", recursive=True)
    following = select(func.min(column)).where(column > start.c.value).scalar_subquery()
    walk = start.union_all(select(following.label("value")).where(start.c.value.is_not(None)))
    return select(walk.c.value).where(walk.c.value.is_not(None))


def stored_regions(session: Session) -> list[str]:
    """Every region name stored in events, scores, innovations and positions."""
    return sorted({name for column in REGION_COLUMNS for name in distinct_values(session, column)})


def _names_meaning(term: str, names: Iterable[str]) -> list[str]:
    """The names a canonical lower-case term means, from strict to loose: the exact name; a name ending in the
    bare name; a name containing it."""
    names = list(names)
    for condition in (
        lambda name: name == term,
        lambda name: name == term or name.endswith(" " + term),
        lambda name: term in name,
    ):
        found = [name for name in names if condition(name.lower())]
        if found:
            return found
    return []


def matching_regions(session: Session, text: str) -> list[str]:
    """Stored region names the text means ("Banyuasin" or "kab. banyuasin" -> ["Kabupaten Banyuasin"];
    "Tangerang" -> Kota and Kabupaten Tangerang but not Kota Tangerang Selatan; "Kukar", a short form of the
    press, -> Kabupaten Kutai Kartanegara). A region of Indonesia without stored rows matches nothing; a name that
    is no region raises QueryError suggesting the closest names."""
    term = region_term(text)
    if not term:
        return []
    names = stored_regions(session)
    found = _names_meaning(term, names)
    if found:
        return found
    lexicon = load_lexicon()
    aliases = {alias.lower(): canonical for alias, canonical in lexicon.region_aliases.items()}
    if term in aliases:
        return [aliases[term]] if aliases[term] in names else []
    if _names_meaning(term, (r.name for r in lexicon.regions)):
        return []  # a real region the database holds nothing about
    raise QueryError(text, "unknown region", _region_hint(term, names))


def _bare(name: str) -> str:
    """A canonical lower-case region name without its Kabupaten/Kota prefix."""
    return re.sub(r"^(?:kabupaten|kota)(?:\s+administrasi)?\s+", "", name.lower())


def _region_hint(term: str, stored: list[str]) -> str:
    """The closest region names to an unknown term (those with stored rows first), or how to write one."""
    candidates = {name: _bare(name) for name in [*stored, *(r.name for r in load_lexicon().regions)]}
    close = process.extract(_bare(term), candidates, scorer=fuzz.ratio, limit=None,
                            score_cutoff=REGION_SUGGESTION_SCORE)
    # the best scores first; among equals, the names the database holds rows about
    ranked = sorted(close, key=lambda c: (-c[1], c[2] not in stored, c[2]))
    names = list(dict.fromkeys(name for _, _, name in ranked))[:REGION_SUGGESTIONS]
    if names:
        return "did you mean " + " or ".join(f"'{n}'" for n in names) + "?"
    return "name a kabupaten or kota as Kemendagri writes it, e.g. 'Kabupaten Banyuasin' or 'Kota Bandung'"


def matching_types(text: str) -> list[str]:
    """The event types the text means: a type name ("pre-evaluation", "Evaluation") or words of the press
    ("evaluasi", "pra evaluasi", "bimtek"), via the event trigger list of the NLP."""
    term = re.sub(r"[\s-]+", "_", text.strip().lower())
    if term in EVENT_TYPES:
        return [term]
    for kind, pattern in load_lexicon().event_triggers:
        if re.search(pattern, text, re.IGNORECASE):
            return [kind]
    partial = [t for t in EVENT_TYPES if term and term in t]
    if partial:
        return partial
    raise QueryError(text, "unknown event type", "use one of " + ", ".join(EVENT_TYPES))


def matching_categories(text: str) -> list[str]:
    """The people categories the text means ("asesor" -> assessor, "regional" -> regional_official)."""
    term = re.sub(r"[\s-]+", "_", text.strip().lower())
    if term in PERSON_CATEGORIES:
        return [term]
    words = category_words()
    if term in words:
        return [words[term]]
    partial = [c for c in PERSON_CATEGORIES if term and term in c]
    if partial:
        return partial
    raise QueryError(text, "unknown category", "use one of " + ", ".join(PERSON_CATEGORIES))


def matching_people(session: Session, text: str) -> list[int]:
    """Ids of the people the text names: every word in the name or a spelling of it, else the most similar."""
    words = name_key(text).split()
    if not words:
        return []
    name = func.lower(PersonRow.name)
    written = func.lower(PersonPositionRow.name_as_written)
    query = select(PersonRow.id).where(*[name.like("%" + _like(w) + "%", escape="\\") for w in words])
    by_spelling = select(PersonPositionRow.person_id).where(
        *[written.like("%" + _like(w) + "%", escape="\\") for w in words]
    )
    found = set(session.exec(query)) | set(session.exec(by_spelling))
    if found:
        return sorted(i for i in found if i is not None)
    wanted = folded_name(text)
    scored = []
    for person_id, variants in session.exec(select(PersonRow.id, PersonRow.variants)):
        score = max((fuzz.token_set_ratio(wanted, folded_name(v)) for v in variants or []), default=0.0)
        if score >= PERSON_SIMILARITY:
            scored.append((score, person_id))
    best = max((s for s, _ in scored), default=None)
    return sorted(i for s, i in scored if s == best and i is not None)


@lru_cache(maxsize=1)
def _dimension_rules() -> tuple[tuple[str, str], ...]:
    """(pattern, canonical dimension) of the NLP's dimension list (data/dimensions.csv)."""
    return tuple((r["pattern"], r["dimension"]) for r in read_rows("dimensions.csv"))


def matching_dimensions(text: str) -> list[str]:
    """The lower-case dimension names the text means: part of a name ("governance", "Smart Governance", "gov")
    or a way the press writes one ("pemerintahan cerdas", "smart goverment")."""
    term = " ".join(text.strip().lower().split())
    bare = re.sub(r"^smart\s+", "", term)
    names = list(dict.fromkeys(d.lower() for _, d in _dimension_rules()))
    found = [name for name in names if bare and bare in name]
    if not found:
        found = list(dict.fromkeys(d.lower() for pattern, d in _dimension_rules()
                                   if re.fullmatch(pattern, term, re.IGNORECASE)
                                   or re.fullmatch(pattern, "smart " + bare, re.IGNORECASE)))
    if not found:
        raise QueryError(text, "unknown dimension", "use one of " + ", ".join(n.removeprefix("smart ")
                                                                             for n in names))
    return found


# events


def matching_province(text: str) -> str:
    """The code of the province the text names ("Jawa Barat", "jabar", "Provinsi Kalimantan Selatan", "63")."""
    code = province_code(text)
    if code is None:
        raise QueryError(text, "unknown province", "use a province name as Kemendagri writes it, e.g. 'Jawa Barat', "
                         "or its two-digit code")
    return code


def find_event_ids(
    session: Session,
    region: str | None = None,
    year: int | None = None,
    type: str | None = None,
    person: str | None = None,
    dimension: str | None = None,
    province: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of the events matching every given filter, in date order (as `event_details` lists them); `limit`
    and `offset` give one page of them."""
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError(f"limit {limit}, offset {offset}", "a page cannot have a negative size or start",
                         "give --limit and --offset of 0 or more")
    query = select(EventRow.id).order_by(
        col(EventRow.start_date).is_(None), col(EventRow.start_date), col(EventRow.type), col(EventRow.key)
    )
    if province:
        query = query.where(col(EventRow.id).in_(select(EventRegionRow.event_id).where(
            EventRegionRow.province_code == matching_province(province))))
    if region:
        names = matching_regions(session, region)
        if not names:
            return []
        query = query.where(
            col(EventRow.id).in_(select(EventRegionRow.event_id).where(col(EventRegionRow.region).in_(names)))
        )
    if year is not None:
        if not MINYEAR <= year <= MAXYEAR:
            raise QueryError(f"year {year}", f"not a year from {MINYEAR} to {MAXYEAR}", "give a year such as 2023")
        query = query.where(
            col(EventRow.start_date) <= date(year, 12, 31),
            col(EventRow.end_date) >= date(year, 1, 1),
        )
    if type:
        query = query.where(col(EventRow.type).in_(matching_types(type)))
    if person:
        people = matching_people(session, person)
        if not people:
            return []
        query = query.where(
            col(EventRow.id).in_(
                select(EventParticipantRow.event_id).where(col(EventParticipantRow.person_id).in_(people))
            )
        )
    if dimension:
        dimensions = matching_dimensions(dimension)
        named = (
            select(EventSourceRow.event_id)
            .join(ArticleDimensionRow, ArticleDimensionRow.article_id == EventSourceRow.article_id)  # type: ignore
            .where(func.lower(ArticleDimensionRow.dimension).in_(dimensions))
        )
        filed = (
            select(EventSourceRow.event_id)
            .join(InnovationRow, InnovationRow.article_id == EventSourceRow.article_id)  # type: ignore
            .where(func.lower(InnovationRow.dimension).in_(dimensions))
        )
        query = query.where(or_(col(EventRow.id).in_(named), col(EventRow.id).in_(filed)))
    if limit is not None:
        query = query.limit(limit)
    return [i for i in session.exec(query.offset(offset)) if i is not None]


def find_events(
    session: Session,
    region: str | None = None,
    year: int | None = None,
    type: str | None = None,
    person: str | None = None,
    dimension: str | None = None,
    province: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The events matching every given filter, each with its regions, people, sources, scores and innovations;
    `limit` and `offset` give one page of them."""
    return event_details(
        session, find_event_ids(session, region, year, type, person, dimension, province, limit, offset)
    )


def chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    """The values in slices of at most `size`, for IN (...) lists."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _in(session: Session, model: Any, column: Any, ids: Iterable[int]) -> list[Any]:
    """Rows of the model's table whose column is one of the ids, fetched in chunks.

    Plain rows (named tuples), not ORM objects: a region query at a million events reads tens of thousands of
    rows, and building and tracking an ORM object per row cost several times the query itself.
    """
    table = model.__table__
    rows: list[Any] = []
    for chunk in chunks(sorted(set(ids))):
        rows.extend(session.execute(select(table).where(column.in_(chunk))))
    return rows


def source_label(article: ArticleRow) -> str:
    """How an article is cited: its URL, or its key for a local file."""
    return article.url or article.key


def event_details(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The denormalised events of the ids, in date order."""
    events = _in(session, EventRow, EventRow.id, ids)
    regions = _in(session, EventRegionRow, EventRegionRow.event_id, ids)
    sources = _in(session, EventSourceRow, EventSourceRow.event_id, ids)
    participants = _in(session, EventParticipantRow, EventParticipantRow.event_id, ids)
    article_ids = {s.article_id for s in sources}
    articles = {a.id: a for a in _in(session, ArticleRow, ArticleRow.id, article_ids)}
    people = {p.id: p for p in _in(session, PersonRow, PersonRow.id, {p.person_id for p in participants})}
    # by article, not by person: a much-cited assessor holds positions in thousands of other articles
    positions = {
        (p.person_id, p.article_id): p
        for p in _in(session, PersonPositionRow, PersonPositionRow.article_id, article_ids)
    }
    scores = _in(session, ScoreRow, ScoreRow.article_id, article_ids)
    copies = copies_of(session, article_ids)
    cohorts = cohort_years(session)
    innovations = _in(session, InnovationRow, InnovationRow.article_id, article_ids)
    dimensions = _in(session, ArticleDimensionRow, ArticleDimensionRow.article_id, article_ids)
    by_event: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for rows, name in ((regions, "regions"), (sources, "sources"), (participants, "people")):
        for row in sorted(rows, key=lambda r: r.id):
            by_event[row.event_id][name].append(row)
    by_article: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for rows, name in ((scores, "scores"), (innovations, "innovations"), (dimensions, "dimensions")):
        for row in sorted(rows, key=lambda r: r.id):
            by_article[row.article_id][name].append(row)

    out = []
    for event in sorted(events, key=lambda e: (e.start_date or date.max, e.type, e.key)):
        parts = by_event[event.id]
        its_sources = parts["sources"]
        article_rows = [articles[s.article_id] for s in its_sources]
        values = [by_article[s.article_id] for s in its_sources]
        people_out = []
        for p in parts["people"]:
            person = people[p.person_id]
            held = next(
                (
                    positions[(p.person_id, s.article_id)]
                    for s in its_sources
                    if (p.person_id, s.article_id) in positions
                ),
                None,
            )
            people_out.append(
                {
                    "name": person.name,
                    "key": person.key,
                    "role": p.role,
                    "category": person.category,
                    "position": held.role if held else None,
                    "affiliation": (held.affiliation if held else None) or person.affiliation,
                    "region": (held.region if held else None) or person.region,
                }
            )
        out.append(
            {
                "key": event.key,
                "type": event.type,
                "start": event.start,
                "end": event.end,
                "granularity": event.granularity,
                "programme": event.programme,
                "stage": event.stage,
                "round": event.round,
                "assessed_year": event.assessed_year,
                "regions": [r.region for r in parts["regions"] if r.role != "host"],
                "host_regions": [r.region for r in parts["regions"] if r.role == "host"],
                "region_details": [
                    {"region": r.region, "role": r.role, "region_code": r.region_code,
                     "province_code": r.province_code, "cohort_year": cohorts.get(r.region)}
                    for r in parts["regions"]
                ],
                "venue": event.venue,
                "online": event.online,
                "organiser": event.organiser,
                "people": people_out,
                "sources": [source_label(a) for a in article_rows],
                "n_sources": event.n_sources,
                "n_independent_sources": event.n_independent_sources,
                "n_copies": event.n_copies or 0,
                "corroboration": event.corroboration or {},
                "conflicts": event.conflicts or [],
                "copies": [c for s in its_sources for c in copies.get(s.article_id, [])],
                "source_articles": [
                    {
                        "source": source_label(a),
                        "key": a.key,
                        "site": a.site,
                        "title": a.title,
                        "published": a.published.isoformat() if a.published else None,
                        "independent": s.independent,
                        "reported": s.extracted,
                    }
                    for a, s in zip(article_rows, its_sources, strict=True)
                ],
                "scores": _unique(
                    [
                        {"region": s.region, "kind": s.kind, "metric": s.metric, "value": s.value, "year": s.year}
                        for v in values
                        for s in v["scores"]
                    ]
                ),
                "dimensions": list(dict.fromkeys(d.dimension for v in values for d in v["dimensions"])),
                "innovations": _unique(
                    [
                        {
                            "name": i.name,
                            "region": i.region,
                            "dimension": i.dimension,
                            "dimension_source": i.dimension_source,
                        }
                        for v in values
                        for i in v["innovations"]
                    ]
                ),
                "version": event.version,
            }
        )
    return out


def _unique(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


# people and scores


def find_people(session: Session, category: str | None = None, province: str | None = None) -> list[dict[str, Any]]:
    """The people of a category and/or province (all without filters): positions over time, institutions, events
    and regions. A person belongs to a province by their region, a position held there, or an event of one of its
    regions they took part in (the assessors who evaluated it)."""
    query = select(PersonRow)
    if category:
        query = query.where(col(PersonRow.category).in_(matching_categories(category)))
    if province:
        code = matching_province(province)
        took_part = (select(EventParticipantRow.person_id)
                     .join(EventRegionRow, EventRegionRow.event_id == EventParticipantRow.event_id)  # type: ignore
                     .where(EventRegionRow.province_code == code))
        held_there = select(PersonPositionRow.person_id).where(PersonPositionRow.province_code == code)
        query = query.where(or_(col(PersonRow.province_code) == code, col(PersonRow.id).in_(held_there),
                                col(PersonRow.id).in_(took_part)))
    people = list(session.exec(query.order_by(PersonRow.name, PersonRow.key)))
    ids = [p.id for p in people if p.id is not None]
    positions = _in(session, PersonPositionRow, PersonPositionRow.person_id, ids)
    participants = _in(session, EventParticipantRow, EventParticipantRow.person_id, ids)
    events = {e.id: e for e in _in(session, EventRow, EventRow.id, {p.event_id for p in participants})}
    event_regions = _in(session, EventRegionRow, EventRegionRow.event_id, events)
    articles = {a.id: a for a in _in(session, ArticleRow, ArticleRow.id, {p.article_id for p in positions})}
    regions_of: dict[int, list[str]] = defaultdict(list)
    for r in sorted(event_regions, key=lambda r: r.id):
        regions_of[r.event_id].append(r.region)
    out = []
    for person in people:
        held = sorted(
            (p for p in positions if p.person_id == person.id), key=lambda p: (p.as_of or "9999", p.id)
        )
        took = sorted(
            (p for p in participants if p.person_id == person.id),
            key=lambda p: (events[p.event_id].start_date or date.max, p.id),
        )
        out.append(
            {
                "key": person.key,
                "name": person.name,
                "category": person.category,
                "affiliation": person.affiliation,
                "region": person.region,
                "variants": person.variants,
                "positions": [
                    {
                        "role": p.role,
                        "category": p.category,
                        "affiliation": p.affiliation,
                        "region": p.region,
                        "as_of": p.as_of,
                        "name_as_written": p.name_as_written,
                        "source": source_label(articles[p.article_id]),
                    }
                    for p in held
                ],
                "institutions": list(dict.fromkeys(p.affiliation for p in held if p.affiliation)),
                "regions": list(
                    dict.fromkeys(
                        [p.region for p in held if p.region]
                        + [r for t in took for r in regions_of[t.event_id]]
                    )
                ),
                "events": [
                    {
                        "key": events[t.event_id].key,
                        "type": events[t.event_id].type,
                        "start": events[t.event_id].start,
                        "role": t.role,
                    }
                    for t in took
                ],
            }
        )
    return out


def find_scores(session: Session, region: str | None = None, province: str | None = None) -> list[dict[str, Any]]:
    """The distinct scores given to a region (all without one): one row per region, kind, metric, year and value,
    with the independent articles stating it and their syndicated copies (near-duplicates and exact copies)."""
    query = select(ScoreRow, ArticleRow).join(ArticleRow, ArticleRow.id == ScoreRow.article_id)  # type: ignore
    if region:
        names = matching_regions(session, region)
        if not names:
            return []
        query = query.where(col(ScoreRow.region).in_(names))
    if province:
        query = query.where(ScoreRow.province_code == matching_province(province))
    cohorts = cohort_years(session)
    rows = sorted(session.exec(query), key=lambda r: (r[1].published or date.max, r[0].id or 0))
    syndicated = syndicated_counts(session, {a.id for _, a in rows if a.id is not None})
    groups: dict[tuple[Any, ...], list[tuple[ScoreRow, ArticleRow]]] = defaultdict(list)
    for s, a in rows:
        groups[(s.region, s.kind, s.dimension, s.metric, s.year, s.value)].append((s, a))
    out = []
    for (region_name, kind, dimension, metric, year, value), members in groups.items():
        first, _ = members[0]
        articles = [a for _, a in members]
        published = [a.published for a in articles if a.published]
        out.append(
            {
                "region": region_name,
                "region_code": first.region_code,
                "province_code": first.province_code,
                "kind": kind,
                "dimension": dimension,
                "metric": metric,
                "year": year,
                "value": value,
                "n_independent_sources": len(articles),
                "n_syndicated": sum(syndicated.get(a.id or 0, 0) for a in articles),
                "sources": [source_label(a) for a in articles],
                "sites": list(dict.fromkeys(a.site for a in articles if a.site)),
                "first_published": min(published).isoformat() if published else None,
                "cohort_year": cohorts.get(region_name or ""),
                "what": list(dict.fromkeys(s.what for s, _ in members if s.what)),
                "version": first.version,
            }
        )
    return sorted(out, key=lambda r: (r["region"] or "", r["year"] or 0, r["kind"] or "", r["metric"] or "",
                                      r["first_published"] or "9999", r["value"]))


def syndicated_counts(session: Session, article_ids: Iterable[int]) -> dict[int, int]:
    """Article id -> how many syndicated copies of it are stored: near-duplicates and exact copies."""
    counts: dict[int, int] = defaultdict(int)
    for chunk in chunks(sorted(set(article_ids))):
        for column in (ArticleRow.duplicate_of, ArticleCopyRow.article_id):
            for (original,) in session.execute(select(column).where(col(column).in_(chunk))):
                counts[original] += 1
    return dict(counts)


def copies_of(session: Session, article_ids: Iterable[int]) -> dict[int, list[str]]:
    """Article id -> the URLs (or keys) of its exact copies, in the order they were stored."""
    out: dict[int, list[str]] = defaultdict(list)
    for row in sorted(_in(session, ArticleCopyRow, ArticleCopyRow.article_id, article_ids), key=lambda r: r.id):
        out[row.article_id].append(row.url or row.key)
    return out


def cohort_years(session: Session) -> dict[str, int]:
    """Region -> the year of its first selection or MoU in the database (its cohort, kept by the rebuild)."""
    return {region: year for region, year in session.exec(select(RegionCohortRow.region, RegionCohortRow.year))}


def find_regions(session: Session, province: str | None = None) -> list[dict[str, Any]]:
    """Every region with events: its codes and province, its cohort year, and its number of events."""
    query = (
        sa_select(  # type: ignore[call-overload]
            EventRegionRow.region, EventRegionRow.region_code, EventRegionRow.province_code,
            func.count(func.distinct(EventRegionRow.event_id)), func.min(EventRow.start_date),
            func.max(EventRow.start_date),
        )
        .join(EventRow, EventRow.id == EventRegionRow.event_id)
        .group_by(EventRegionRow.region, EventRegionRow.region_code, EventRegionRow.province_code)
    )
    if province:
        query = query.where(EventRegionRow.province_code == matching_province(province))
    cohorts = cohort_years(session)
    provinces = province_names()
    return [
        {"region": region, "region_code": code, "province": provinces.get(province_id or ""),
         "province_code": province_id, "cohort_year": cohorts.get(region), "n_events": int(n),
         "first_event": first.isoformat() if first else None, "last_event": last.isoformat() if last else None}
        for region, code, province_id, n, first, last in sorted(session.execute(query), key=lambda r: r[0])
    ]


def table_rows(session: Session, model: type[SQLModel], exclude: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every row of a table as a dict of its columns, in id order."""
    skip = set(exclude)
    key = next(iter(model.__table__.primary_key.columns))  # type: ignore[attr-defined]
    return [
        {k: v for k, v in row.model_dump().items() if k not in skip}
        for row in session.exec(select(model).order_by(key))
    ]


def latest_run(session: Session) -> RunRow | None:
    """The most recently started ingest run, if any."""
    return session.exec(select(RunRow).order_by(col(RunRow.id).desc()).limit(1)).first()


def find_failures(session: Session, run: int | None = None) -> list[dict[str, Any]]:
    """The items whose latest failure was seen by the run `run` (default: the latest run; every recorded failure
    when no run is recorded), in source order."""
    query = select(FailureRow).order_by(col(FailureRow.source))
    if run is None:
        latest = latest_run(session)
        run = latest.id if latest is not None else None
    elif not 0 < run <= MAX_ID or session.get(RunRow, run) is None:  # a database integer holds 8 bytes
        raise QueryError(f"run {run}", "no such run", "leave out --run for the latest run")
    if run is not None:
        query = query.where(FailureRow.run_id == run)
    return [{"source": f.source, "stage": f.stage, "reason": f.reason, "at": f.at, "run": f.run_id,
             "permanent": f.permanent} for f in session.exec(query)]


# articles and innovations (the corpus overview of the notebooks and the HTML report)

ARTICLE_COLUMNS = [
    "key",
    "source",
    "url",
    "title",
    "site",
    "published",
    "language",
    "chars",
    "duplicate_of",
    "similarity",
    "ingested_at",
]
INNOVATION_COLUMNS = [
    "region",
    "region_code",
    "province_code",
    "name",
    "description",
    "dimension",
    "pillar",
    "dimension_source",
    "dimension_confidence",
    "source",
    "site",
    "published",
    "version",
]


def find_articles(session: Session) -> list[dict[str, Any]]:
    """Every stored article's metadata (not its text), in publication order; `source` is what it was read from,
    `duplicate_of` the key of the first copy of a near-duplicate."""
    # the texts, raw minhashes and summaries stay in the database: only their lengths are read
    lengths = dict(session.exec(select(ArticleRow.id, func.length(ArticleRow.text))).all())
    rows = list(
        session.exec(
            select(ArticleRow).options(
                defer(ArticleRow.text), defer(ArticleRow.minhash), defer(ArticleRow.summary)  # type: ignore
            )
        )
    )
    key_of = {a.id: a.key for a in rows}
    return [
        {
            "key": a.key,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "site": a.site,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language,
            "chars": int(lengths.get(a.id) or 0),
            "duplicate_of": key_of.get(a.duplicate_of) if a.duplicate_of is not None else None,
            "similarity": a.similarity,
            "ingested_at": a.ingested_at,
        }
        for a in sorted(rows, key=lambda a: (a.published or date.max, a.id or 0))
    ]


def find_innovations(
    session: Session, region: str | None = None, dimension: str | None = None, province: str | None = None
) -> list[dict[str, Any]]:
    """The innovations of a region and/or dimension (all without filters), with the article reporting each."""
    query = select(InnovationRow, ArticleRow).join(
        ArticleRow, ArticleRow.id == InnovationRow.article_id  # type: ignore[arg-type]
    )
    if region:
        names = matching_regions(session, region)
        if not names:
            return []
        query = query.where(col(InnovationRow.region).in_(names))
    if province:
        query = query.where(InnovationRow.province_code == matching_province(province))
    if dimension:
        query = query.where(func.lower(InnovationRow.dimension).in_(matching_dimensions(dimension)))
    rows = list(session.exec(query))
    return [
        {
            "region": i.region,
            "region_code": i.region_code,
            "province_code": i.province_code,
            "name": i.name,
            "description": i.description,
            "dimension": i.dimension,
            "pillar": i.pillar,
            "dimension_source": i.dimension_source,
            "dimension_confidence": i.dimension_confidence,
            "source": source_label(a),
            "site": a.site,
            "published": a.published.isoformat() if a.published else None,
            "version": i.version,
        }
        for i, a in sorted(rows, key=lambda r: (r[0].region or "", r[0].name.casefold(), r[0].id or 0))
    ]

