"""Cross-article assembly: per-article events -> merged events, per-article people -> persons (pure functions).

The same event reported by several outlets becomes one event with several sources: same type, overlapping dates
(a month or a year stands for every day in it) and a shared place (an evaluated region, a host region or the
venue). The same person named in several articles becomes one person: name variants are compared with rapidfuzz
and checked against category, institution and region. Syndicated copies (articles ingest marked as
near-duplicates of another) stay sources but do not count as independent ones.

Everything is rebuilt from the whole set of article summaries, sorted in a stable order first, so the result does
not depend on the order in which the articles were ingested.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from extractor.facts import canonical_programme, round_of, score_meaning
from extractor.nlp.lexicon import clean_name, folded_name, load_lexicon, name_key, squash

T = TypeVar("T")
# An undated event is placed in the month before its article was published: the outlets in the corpus report
# an event within days, weekly and regional outlets within a few weeks.
UNDATED_WINDOW = timedelta(days=31)
# Two spellings of a name at or above this rapidfuzz ratio (after the spelling folds of name_spelling.csv) may be
# one person; "Bambang Hartono"/"Bambang Hartanto" score 90, "Hari Nugroho"/"Hari S. Nugroho" 92,
# "Heru Nugroho"/"Heru Prasetyo Nugroho" 73. Below 100 a match also needs corroboration (same category and
# institution, region or position).
NAME_SIMILARITY = 88.0
# Two venues written by different outlets are the same place at this ratio (case and punctuation ignored).
VENUE_SIMILARITY = 90.0
# Two institutions are one at this token-set ratio ("Universitas Gadjah Mada" / "UGM Universitas Gadjah Mada").
INSTITUTION_SIMILARITY = 90.0
# Two positions are one at this token-set ratio ("Kadis Kominfo" vs "Kepala Dinas Kominfo" are not; that is fine,
# a position only corroborates a name match).
POSITION_SIMILARITY = 80.0

GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
UNDATED_RANK = 3
# Which role the regions of a per-article event play, by event type; host regions are always "host".
SELECTED_TYPES = frozenset({"selection_result", "award"})
# The role a person plays in an event, by the person's category.
EVENT_ROLE = {
    "assessor": "assessor",
    "regional_official": "official",
    "ministry": "official",
    "other": "speaker",
}


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """What assembly needs of one stored article: identity, ordering, syndication link and its summary."""

    article_id: int
    key: str
    url: str | None
    published: str | None  # ISO date
    summary: dict[str, Any]
    duplicate_of: int | None = None
    fingerprint: str = ""  # text hash; breaks ties in the stable order

    @property
    def order(self) -> tuple[str, str, str, int]:
        """Stable position: publication date (undated last), URL or key, text hash."""
        return (self.published or "9999-12-31", self.url or self.key, self.fingerprint, self.article_id)


@dataclass(frozen=True, slots=True)
class EventSource:
    """An article reporting an event, and how it reports it."""

    article_id: int
    independent: bool
    extracted: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Participant:
    """A person in an event, with the article that puts them there."""

    person_key: str
    role: str
    article_id: int
    name_as_written: str


@dataclass(slots=True)
class AssembledEvent:
    """One event after merging every article that reports it."""

    key: str
    type: str
    programme: str | None
    stage: str | None
    start: str | None
    end: str | None
    granularity: str | None
    start_date: date | None
    end_date: date | None
    venue: str | None
    online: bool
    organiser: str | None
    regions: list[tuple[str, str]]  # (region, role) in order of first report
    sources: list[EventSource]
    participants: list[Participant] = field(default_factory=list)
    round: int | None = None  # 1 for "Tahap I", 2 for "Tahap II"
    assessed_year: int | None = None  # the year assessed, when the sources say it
    # field -> [{value, n_sources, n_independent_sources}]; the fields independent sources disagree on
    corroboration: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)

    @property
    def n_independent_sources(self) -> int:
        """Sources that are not syndicated copies of another source."""
        return sum(1 for s in self.sources if s.independent)


@dataclass(frozen=True, slots=True)
class Position:
    """A position a person held, as one article reports it."""

    article_id: int
    name_as_written: str
    category: str
    role: str | None
    affiliation: str | None
    region: str | None
    as_of: str | None


@dataclass(slots=True)
class AssembledPerson:
    """One person across articles and spellings, with the positions held over time."""

    key: str
    name: str
    category: str
    affiliation: str | None
    region: str | None
    variants: list[str]
    positions: list[Position]


@dataclass(slots=True)
class Assembly:
    """The result of assembling a set of articles."""

    events: list[AssembledEvent]
    people: list[AssembledPerson]
    person_of: dict[tuple[int, str], str]  # (article id, name as written) -> person key
    independent: dict[int, bool]  # article id -> not a syndicated copy of an earlier article


def assemble(articles: Iterable[SourceArticle]) -> Assembly:
    """Merge the events and people of all the articles; the same set in any order gives the same result."""
    ordered = sorted(articles, key=lambda a: a.order)
    groups = syndication_groups(ordered)
    people, person_of = assemble_people(ordered, groups)
    events = assemble_events(ordered, groups)
    by_id = {a.article_id: a for a in ordered}
    for event in events:
        event.participants = participants(event.sources, by_id, person_of)
        event.corroboration, event.conflicts = corroboration(event.sources, by_id, person_of)
    return Assembly(
        events=events, people=people, person_of=person_of, independent={a: g == a for a, g in groups.items()}
    )


# syndicated copies


def syndication_groups(ordered: Sequence[SourceArticle]) -> dict[int, int]:
    """Article id -> id of the first article (stable order) of its group of near-duplicates (itself if none)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in ordered:
        root(a.article_id)
        if a.duplicate_of is not None:
            parent[root(a.article_id)] = root(a.duplicate_of)
    first: dict[int, int] = {}
    for a in ordered:
        first.setdefault(root(a.article_id), a.article_id)
    return {a.article_id: first[root(a.article_id)] for a in ordered}


# dates


def date_range(start: str | None, end: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO start/end ("2019-06-18", "2019-06", "2019") can mean."""
    lo = _bounds(start)
    if lo is None:
        return None
    hi = _bounds(end) or lo
    return lo[0], max(hi[1], lo[0])


def _bounds(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None


def granularity_of(event: dict[str, Any]) -> str:
    """The stated granularity of an event's dates, else the one its start is written in."""
    stated = event.get("granularity")
    if stated in GRANULARITY_RANK:
        return str(stated)
    start = event.get("start") or ""
    return "day" if len(start) >= 10 else "month" if len(start) == 7 else "year"


def _iso_date(value: str | None) -> date | None:
    bounds = _bounds(value)
    return bounds[0] if bounds and value and len(value) >= 10 else None


# places


@lru_cache(maxsize=1)
def _place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex finding region names (bare or with prefix, or press aliases) in a venue, and alias -> bare name."""
    lex = load_lexicon()
    names: dict[str, str] = {}
    for region in lex.regions:
        if region.kind in ("kabupaten", "kota"):
            names[region.bare.lower()] = region.bare.lower()
    for alias, canonical in lex.region_aliases.items():
        names[alias.lower()] = bare_region(canonical)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE), names


def bare_region(name: str) -> str:
    """The lower-case name without "Kabupaten"/"Kota" ("Kabupaten Banyuwangi" -> "banyuwangi")."""
    return re.sub(r"^(?:kabupaten|kota)(?:\s+administrasi)?\s+", "", name.strip().lower())


def venue_places(venue: str | None) -> set[str]:
    """Bare names of the regions a venue names ("Hotel Aston, Kabupaten Banyuwangi" -> {"banyuwangi"})."""
    if not venue:
        return set()
    pattern, names = _place_pattern()
    return {names[m.group(0).lower()] for m in pattern.finditer(venue)}


def venue_key(venue: str | None) -> str:
    """The venue without dates, weekdays and punctuation, for comparing venues across outlets."""
    if not venue:
        return ""
    text = re.sub(r"\([^)]*\)", " ", venue)  # "(9/9/2020)", "(Zoom)"
    text = re.sub(
        r",\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b.*$", " ", text, flags=re.IGNORECASE
    )
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


# events


@dataclass(slots=True)
class _Report:
    """One per-article event, ready for matching."""

    article: SourceArticle
    index: int
    event: dict[str, Any]
    span: tuple[date, date] | None
    rank: int
    regions: list[str]
    hosts: list[str]
    host_places: set[str]
    places: set[str]
    venue_key: str

    @property
    def order(self) -> tuple[Any, ...]:
        return (*self.article.order, self.index)


@dataclass(slots=True)
class _Cluster:
    """Per-article events found to be one event so far."""

    type: str
    members: list[_Report]
    rank: int
    span: tuple[date, date] | None
    regions: set[str]
    places: set[str]
    host_places: set[str]
    venue_keys: set[str]
    stages: set[str]
    articles: set[int]

    def years(self) -> range:
        return range(self.span[0].year, self.span[1].year + 1) if self.span else range(0)


def report_span(article: SourceArticle, event: dict[str, Any]) -> tuple[date, date] | None:
    """The days a per-article event may fall on: its own dates, else the month before its article appeared."""
    span = date_range(event.get("start"), event.get("end"))
    if span is None and article.published:
        published = _iso_date(article.published)
        if published is not None:
            span = (published - UNDATED_WINDOW, published)
    return span


def _report(article: SourceArticle, index: int, event: dict[str, Any]) -> _Report:
    dated = date_range(event.get("start"), event.get("end")) is not None
    rank = GRANULARITY_RANK[granularity_of(event)] if dated else UNDATED_RANK
    span = report_span(article, event)
    regions = [r for r in event.get("regions") or [] if r]
    hosts = [r for r in event.get("host_regions") or [] if r]
    host_places = {bare_region(r) for r in hosts} | venue_places(event.get("venue"))
    return _Report(
        article=article,
        index=index,
        event=event,
        span=span,
        rank=rank,
        regions=regions,
        hosts=hosts,
        host_places=host_places,
        places=host_places | {bare_region(r) for r in regions},
        venue_key=venue_key(event.get("venue")),
    )


def _overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def same_event(report: _Report, cluster: _Cluster) -> bool:
    """True when a per-article event is the event of the cluster: type, stage, dates and place agree."""
    if report.event.get("type") != cluster.type or report.article.article_id in cluster.articles:
        return False
    stage = report.event.get("stage")
    if stage and cluster.stages and stage not in cluster.stages:
        return False
    if not _overlaps(report.span, cluster.span):
        return False
    if set(report.regions) & cluster.regions:
        return True
    if report.host_places & cluster.places or report.places & cluster.host_places:
        return True
    if not report.regions or not cluster.regions:
        return any(
            report.venue_key and fuzz.ratio(report.venue_key, k) >= VENUE_SIMILARITY
            for k in cluster.venue_keys
        )
    return False


def assemble_events(
    ordered: Sequence[SourceArticle],
    groups: dict[int, int] | None = None,
    keep: Callable[[SourceArticle, dict[str, Any]], bool] | None = None,
) -> list[AssembledEvent]:
    """Merge the per-article events of the articles (in stable order) into events with sources.

    `groups` maps each article to the first article of its group of syndicated copies (see syndication_groups);
    `keep` chooses the per-article events to merge (all by default).
    """
    groups = groups if groups is not None else syndication_groups(ordered)
    position = {a.article_id: i for i, a in enumerate(ordered)}
    reports = [
        _report(a, i, e)
        for a in ordered
        for i, e in enumerate(a.summary.get("events") or [])
        if e.get("type") and (keep is None or keep(a, e))
    ]
    # Precise reports first, so a month- or year-level mention joins the day-level event it belongs to.
    reports.sort(key=lambda r: (r.rank, r.span[0] if r.span else date.max, r.order))
    clusters: list[_Cluster] = []
    # Blocking: only clusters of the same type whose dates share a year can match.
    blocks: dict[tuple[str, int], list[int]] = {}
    for report in reports:
        kind = report.event["type"]
        years = range(report.span[0].year, report.span[1].year + 1) if report.span else range(0)
        candidates = sorted({i for y in years for i in blocks.get((kind, y), [])})
        found = next((i for i in candidates if same_event(report, clusters[i])), None)
        if found is None:
            clusters.append(
                _Cluster(
                    type=kind,
                    members=[],
                    rank=report.rank,
                    span=report.span,
                    regions=set(),
                    places=set(),
                    host_places=set(),
                    venue_keys=set(),
                    stages=set(),
                    articles=set(),
                )
            )
            found = len(clusters) - 1
            before: set[int] = set()
        else:
            before = set(clusters[found].years())
        cluster = clusters[found]
        _add(cluster, report)
        for year in set(cluster.years()) - before:
            blocks.setdefault((kind, year), []).append(found)
    del reports, blocks
    # each cluster is let go once merged, so a large assembly does not hold the clusters and the events whole
    events = []
    clusters.reverse()
    while clusters:
        events.append(_merge(clusters.pop(), groups))
    events.sort(
        key=lambda e: (
            e.start_date or date.max,
            e.type,
            e.key,
            min(position[s.article_id] for s in e.sources),
        )
    )
    _unique_keys(events)
    return events


def _add(cluster: _Cluster, report: _Report) -> None:
    cluster.members.append(report)
    if report.rank == cluster.rank and report.span and cluster.span:
        cluster.span = (min(cluster.span[0], report.span[0]), max(cluster.span[1], report.span[1]))
    cluster.regions.update(report.regions)
    cluster.places.update(report.places)
    cluster.host_places.update(report.host_places)
    if report.venue_key:
        cluster.venue_keys.add(report.venue_key)
    if report.event.get("stage"):
        cluster.stages.add(report.event["stage"])
    cluster.articles.add(report.article.article_id)


def _merge(cluster: _Cluster, groups: dict[int, int]) -> AssembledEvent:
    members = sorted(cluster.members, key=lambda r: r.order)
    dated = [m for m in members if m.rank == cluster.rank and m.rank != UNDATED_RANK]
    start = min((str(m.event["start"]) for m in dated), default=None)
    ends = [str(m.event["end"]) for m in dated if m.event.get("end")]
    end = max(ends) if ends else None
    granularity = next((g for g, r in GRANULARITY_RANK.items() if r == cluster.rank), None)
    span = date_range(start, end)
    venues = [m.event["venue"] for m in members if m.event.get("venue")]
    # The longest venue is the most specific one ("Hotel Aston, Kabupaten Banyuwangi" over "Banyuwangi").
    venue = max(venues, key=len) if venues else None
    role = "selected" if cluster.type in SELECTED_TYPES else "evaluated"
    regions: list[tuple[str, str]] = []
    for m in members:
        for pair in [(r, role) for r in m.regions] + [(h, "host") for h in m.hosts]:
            if pair not in regions:
                regions.append(pair)
    sources = []
    seen_groups: set[int] = set()
    for m in members:
        # of several syndicated copies of one article reporting the event, only the first counts as independent
        group = groups.get(m.article.article_id, m.article.article_id)
        sources.append(
            EventSource(m.article.article_id, independent=group not in seen_groups, extracted=m.event)
        )
        seen_groups.add(group)
    organisers = Counter(
        p.get("affiliation")
        for m in members
        for p in m.article.summary.get("people") or []
        if p.get("category") == "ministry" and p.get("affiliation")
    )
    stage = next((m.event["stage"] for m in members if m.event.get("stage")), None)
    first_place = next((r for r, _ in regions), None)
    slug_source = bare_region(first_place) if first_place else (venue or members[0].article.key)
    return AssembledEvent(
        key=f"{cluster.type}:{start or 'undated'}:{slugify(slug_source)}",
        type=cluster.type,
        programme=canonical_programme(next((m.event["programme"] for m in members if m.event.get("programme")), None)),
        stage=stage,
        start=start,
        end=end,
        granularity=granularity if start else None,
        start_date=span[0] if span else None,
        end_date=span[1] if span else None,
        venue=venue,
        online=any(bool(m.event.get("online")) for m in members),
        organiser=organisers.most_common(1)[0][0] if organisers else None,
        regions=regions,
        sources=sources,
        round=round_of(stage),
        assessed_year=_most_common([m.event["assessed_year"] for m in members if m.event.get("assessed_year")]),
    )


# per-field corroboration

CORROBORATED_FIELDS = ("date", "venue", "regions", "assessors", "scores")


def corroboration(
    sources: Sequence[EventSource], articles: dict[int, SourceArticle], person_of: dict[tuple[int, str], str]
) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """How many of an event's sources (and independent sources) state each value of its date, venue, regions,
    assessors and scores; and the fields on which independent sources disagree: two dates of the same
    precision that do not overlap, two venues neither of which contains the other, two values of one score
    (metric and year) from sources that each give one value for it (two values from one source belong to two
    regions)."""
    votes: dict[str, dict[str, list[bool]]] = {f: {} for f in CORROBORATED_FIELDS}
    single_scores: list[str] = []  # scores of independent sources that give one value for their metric and year
    for source in sources:
        article = articles[source.article_id]
        for name, values in _stated(source.extracted, article, person_of).items():
            for value in dict.fromkeys(values):
                votes[name].setdefault(value, []).append(source.independent)
            if name == "scores" and source.independent:
                measured = Counter(v.rsplit(": ", 1)[0] for v in dict.fromkeys(values))
                single_scores += [v for v in dict.fromkeys(values) if measured[v.rsplit(": ", 1)[0]] == 1]
    counted = {
        name: [{"value": value, "n_sources": len(v), "n_independent_sources": sum(v)} for value, v in found.items()]
        for name, found in votes.items()
    }
    independent = {name: [value for value, v in found.items() if any(v)] for name, found in votes.items()}
    conflicts = [name for name, clash in (
        ("date", _dates_clash(independent["date"])),
        ("venue", _venues_clash(independent["venue"])),
        ("scores", _scores_clash(list(dict.fromkeys(single_scores)))),
    ) if clash]
    return counted, conflicts


def _stated(extracted: dict[str, Any], article: SourceArticle, person_of: dict[tuple[int, str], str]
            ) -> dict[str, list[str]]:
    """The values one source states for each corroborated field, as comparable strings."""
    start, end = extracted.get("start"), extracted.get("end")
    date_value = [f"{start}/{end}" if end and end != start else str(start)] if start else []
    venue = venue_key(extracted.get("venue"))
    people = article.summary.get("people") or []
    assessors = [person_of.get((article.article_id, p.get("name") or "")) for p in people
                 if p.get("category") == "assessor"]
    scores = []
    for s in article.summary.get("scores") or []:
        if s.get("value") is not None:
            meaning = score_meaning(s)
            scores.append(f"{meaning.metric} {s.get('year') or '?'}: {float(s['value']):g}")
    return {
        "date": date_value,
        "venue": [venue] if venue else [],
        "regions": list(extracted.get("regions") or []) + list(extracted.get("host_regions") or []),
        "assessors": [a for a in assessors if a],
        "scores": scores,
    }


def _dates_clash(values: list[str]) -> bool:
    spans = [(v, date_range(*(v.split("/") + [None])[:2])) for v in values]
    return any(
        len(a.split("/")[0]) == len(b.split("/")[0]) and ra and rb and (ra[1] < rb[0] or rb[1] < ra[0])
        for i, (a, ra) in enumerate(spans) for b, rb in spans[i + 1:]
    )


def _venues_clash(values: list[str]) -> bool:
    return any(a not in b and b not in a for i, a in enumerate(values) for b in values[i + 1:])


def _scores_clash(values: list[str]) -> bool:
    measured = [v.rsplit(": ", 1)[0] for v in values]
    return len(measured) != len(set(measured))


def _unique_keys(events: list[AssembledEvent]) -> None:
    seen: Counter[str] = Counter()
    for event in events:
        seen[event.key] += 1
        if seen[event.key] > 1:
            event.key = f"{event.key}-{seen[event.key]}"


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Kabupaten Banyuasin" -> "kabupaten-banyuasin")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))[:60] or "x"


# people


@dataclass(slots=True)
class _PersonCluster:
    """The mentions found to be one person so far, with the distinct facts they state (what matching compares;
    tuples, mostly empty or of one value, as a whole database's persons are assembled at once)."""

    articles: set[int] = field(default_factory=set)
    mentions: list[tuple[int, SourceArticle, dict[str, Any]]] = field(default_factory=list)  # (position, article, p)
    categories: tuple[str, ...] = ()  # other than "other"
    affiliations: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def add(self, position: int, article: SourceArticle, p: dict[str, Any]) -> None:
        """Take a mention into the person."""
        self.articles.add(article.article_id)
        self.mentions.append((position, article, p))
        category, affiliation, region, role = (p.get(k) for k in ("category", "affiliation", "region", "role"))
        if category and category != "other" and category not in self.categories:
            self.categories += (category,)
        if affiliation and affiliation not in self.affiliations:
            self.affiliations += (affiliation,)
        if region and region not in self.regions:
            self.regions += (region,)
        if role and role not in self.roles:
            self.roles += (role,)


def _same_institution(a: str, b: str) -> bool:
    return squash(a) == squash(b) or fuzz.token_set_ratio(a.lower(), b.lower()) >= INSTITUTION_SIMILARITY


def _conflicts(p: dict[str, Any], c: _PersonCluster) -> bool:
    """Known facts that make two name bearers different people: category, institution or region differ."""
    category = p.get("category") or "other"
    if category != "other" and c.categories and category not in c.categories:
        return True
    affiliation = p.get("affiliation")
    if affiliation and c.affiliations and not any(_same_institution(affiliation, a) for a in c.affiliations):
        return True
    region = p.get("region")
    return bool(region and c.regions and region not in c.regions)


def _corroborated(p: dict[str, Any], c: _PersonCluster) -> bool:
    """Facts that confirm a similar but not identical name: same category and institution, region or position."""
    category = p.get("category") or "other"
    if category == "other" or category not in c.categories:
        return False
    if p.get("affiliation") and any(_same_institution(p["affiliation"], a) for a in c.affiliations):
        return True
    if p.get("region") and p["region"] in c.regions:
        return True
    role = p.get("role")
    return bool(
        role
        and any(fuzz.token_set_ratio(role.lower(), r.lower()) >= POSITION_SIMILARITY for r in c.roles)
    )


class _NameIndex:
    """Clusters by exact name key, and by spelling-folded name blocked by first letter for fuzzy look-ups."""

    def __init__(self) -> None:
        self.exact: dict[str, list[int]] = {}
        self.folded: dict[str, list[int]] = {}
        self.blocks: dict[str, list[str]] = {}  # first letter -> distinct folded names

    def add(self, key: str, folded: str, cluster: int) -> None:
        if cluster not in self.exact.setdefault(key, []):
            self.exact[key].append(cluster)
        if folded not in self.folded:
            self.folded[folded] = []
            self.blocks.setdefault(folded[:1], []).append(folded)
        if cluster not in self.folded[folded]:
            self.folded[folded].append(cluster)

    def candidates(self, key: str, folded: str) -> dict[int, tuple[int, float]]:
        """Cluster -> (2 for the same name, 1 for a variant; similarity)."""
        found: dict[int, tuple[int, float]] = {i: (2, 100.0) for i in self.exact.get(key, [])}
        if len(key.split()) < 2:
            return found  # a one-word name only ever matches itself
        names = self.blocks.get(folded[:1], [])
        for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
            for name, score, _ in process.extract(
                folded, names, scorer=scorer, limit=None, score_cutoff=NAME_SIMILARITY
            ):
                for cluster in self.folded[name]:
                    if found.get(cluster, (0, 0.0)) < (1, score):
                        found[cluster] = (1, score)
        return found


def has_facts(p: dict[str, Any]) -> bool:
    """True when a mention says more than a name: a category other than "other", an institution, region or role."""
    return (p.get("category") or "other") != "other" or any(p.get(k) for k in ("affiliation", "region", "role"))


def assemble_people(
    ordered: Sequence[SourceArticle],
    groups: dict[int, int] | None = None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
    person_of: bool = True,
) -> tuple[list[AssembledPerson], dict[tuple[int, str], str]]:
    """Resolve the people of all articles (stable order) into persons with their positions over time.

    A name joins the person with the same name unless category, institution or region conflict; a spelling
    variant (rapidfuzz ratio >= NAME_SIMILARITY after spelling folds) joins only when also corroborated. Two
    names in one article are two people. Mentions that state facts (category, institution, region, role) are
    resolved before bare names, so a bare name never splits two spellings its facts-bearing mentions join,
    whatever the order of the articles. Ties go to the person seen first. The usual spelling is the one most
    independent articles use (syndicated copies do not vote). `keep` chooses the mentions to resolve (all by
    default). Without `person_of` the second value returned, (article id, name as written) -> person key, is
    left empty (a caller that reads who is who back from the stored persons holds less).
    """
    groups = groups if groups is not None else syndication_groups(ordered)
    mentions = [(article, p) for article in ordered for p in article.summary.get("people") or []
                if keep is None or keep(p)]
    # A name meets only names of its first letter (after the spelling folds, as _NameIndex blocks them), so each
    # letter's mentions are resolved on their own, in the same order, and the persons are then put in the order
    # resolving all at once creates them: only one letter's clusters and name index are in memory at a time.
    by_letter: dict[str, list[int]] = {}
    for position in sorted(range(len(mentions)), key=lambda i: (not has_facts(mentions[i][1]), i)):
        by_letter.setdefault(folded_name(mentions[position][1].get("name") or "")[:1], []).append(position)
    members: dict[tuple[int, str], AssembledPerson] = {}
    created: list[AssembledPerson] = []
    # where each person created comes when resolving all at once: the place of its first mention in that order
    # (facts-bearing mentions first), one machine integer each
    order = array("q")
    while by_letter:
        clusters, joined = _resolve(mentions, by_letter.popitem()[1])
        persons = [_person(c, groups) for c in clusters]
        created += persons
        order.extend((not has_facts(c.mentions[0][2])) * len(mentions) + c.mentions[0][0] for c in clusters)
        if person_of:
            members.update((k, persons[i]) for k, i in joined.items())
    mentions.clear()
    people = [created[i] for i in sorted(range(len(created)), key=order.__getitem__)]
    del created, order
    taken: Counter[str] = Counter()
    for person in people:
        taken[person.key] += 1
        if taken[person.key] > 1:
            person.key = f"{person.key}-{taken[person.key]}"
    keys = {}
    while members:  # emptied as it is read: the two are not held whole at once
        name, person = members.popitem()
        keys[name] = person.key
    return people, keys


def _resolve(mentions: Sequence[tuple[SourceArticle, dict[str, Any]]], positions: Iterable[int]
             ) -> tuple[list[_PersonCluster], dict[tuple[int, str], int]]:
    """The clusters of the mentions at the positions, taken in that order; (article id, name) -> its cluster."""
    clusters: list[_PersonCluster] = []
    index = _NameIndex()
    members: dict[tuple[int, str], int] = {}
    for position in positions:
        article, p = mentions[position]
        name = p.get("name") or ""
        key, folded = name_key(name), folded_name(name)
        if not key or (article.article_id, name) in members:
            continue
        best: tuple[int, float, int] | None = None
        for i, (level, score) in sorted(index.candidates(key, folded).items()):
            c = clusters[i]
            if article.article_id in c.articles or _conflicts(p, c) or level == 1 and not _corroborated(p, c):
                continue
            if best is None or (level, score) > best[:2]:
                best = (level, score, i)
        if best is None:
            clusters.append(_PersonCluster())
            chosen = len(clusters) - 1
        else:
            chosen = best[2]
        index.add(key, folded, chosen)
        clusters[chosen].add(position, article, p)
        members[(article.article_id, name)] = chosen
    return clusters, members


def _most_common(values: list[T]) -> T | None:
    """The most frequent value, the first seen winning ties."""
    if not values:
        return None
    counts = Counter(values)  # insertion-ordered, so max() keeps the first seen among equals
    return max(counts, key=lambda v: counts[v])


def _person(c: _PersonCluster, groups: dict[int, int]) -> AssembledPerson:
    """The person of a cluster: every value counted over its mentions in the stable order of the articles."""
    ordered = sorted(c.mentions, key=lambda m: m[0])
    variants = [_cleaned(p.get("name") or "") for _, _, p in ordered]
    names = [v for v, (_, a, _) in zip(variants, ordered, strict=True) if groups.get(a.article_id, a.article_id)
             == a.article_id]
    name = _most_common(names) or _most_common(variants) or ""
    category = _most_common([p["category"] for _, _, p in ordered if p.get("category") not in (None, "other")])
    return AssembledPerson(
        key=slugify(name),
        name=name,
        category=category or "other",
        affiliation=_most_common([p["affiliation"] for _, _, p in ordered if p.get("affiliation")]),
        region=_most_common([p["region"] for _, _, p in ordered if p.get("region")]),
        variants=list(dict.fromkeys(variants)),
        positions=[Position(a.article_id, p.get("name") or "", p.get("category") or "other", p.get("role"),
                            p.get("affiliation"), p.get("region"), _as_of(a)) for _, a, p in ordered],
    )


def _cleaned(name: str) -> str:
    """clean_name, returning the name itself when that changes nothing (a whole database's persons are held at
    once: one string less each)."""
    cleaned = clean_name(name)
    return name if cleaned == name else cleaned


def _as_of(article: SourceArticle) -> str | None:
    """The date an article's positions hold on: its publication date, else its first event's start."""
    return article.published or min(
        (e["start"] for e in article.summary.get("events") or [] if e.get("start")), default=None
    )


def participants(
    sources: Sequence[EventSource], articles: dict[int, SourceArticle], person_of: dict[tuple[int, str], str]
) -> list[Participant]:
    """The people of an event's sources who took part in it, with their role in the event.

    An article reporting one event puts all its people in it. An article reporting several puts a regional
    official only in the events of the region the official serves (in all of them when none is), everyone else
    in all of them.
    """
    out: list[Participant] = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        article = articles[source.article_id]
        reported = [e for e in article.summary.get("events") or [] if e.get("type")]
        places = set(source.extracted.get("regions") or []) | set(source.extracted.get("host_regions") or [])
        for p in article.summary.get("people") or []:
            region = p.get("region")
            elsewhere = any(
                region in (e.get("regions") or []) + (e.get("host_regions") or []) for e in reported
            )
            if (
                len(reported) > 1
                and p.get("category") == "regional_official"
                and region
                and region not in places
                and elsewhere
            ):
                continue
            person = person_of.get((article.article_id, p.get("name") or ""))
            if person is None:
                continue
            role = EVENT_ROLE.get(p.get("category") or "other", "speaker")
            if (person, role) not in seen:
                seen.add((person, role))
                out.append(Participant(person, role, article.article_id, p.get("name") or ""))
    return out
