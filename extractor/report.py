"""Figures of the database and one self-contained HTML page of them.

Each figure function takes DataFrames from the API (extractor.articles(), events(), people(), scores(),
innovations(), failures()) and returns a matplotlib Figure; the table functions beside them return the
DataFrame a figure is drawn from. The notebooks in notebooks/ and `extractor report` share them. Figures use
matplotlib's object API (no pyplot state), so they render alike in a notebook, a script or a server.

Needs the optional dependencies matplotlib and networkx: `pip install "smartcity-extractor[report]"`.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import matplotlib
import networkx as nx
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from extractor.errors import StorageError
from extractor.nlp.lexicon import load_lexicon
from extractor.records import EVENT_TYPES

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"
DIMENSIONS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
              "Smart Environment")
UNCLASSIFIED = "unclassified"
LOCAL = "(local file)"  # the outlet of an article read from a file with no site or URL
TOP_OUTLETS = 10  # outlets drawn one by one; the rest are summed as "other outlets"
# the map frame: Indonesia from Sabang to Merauke, Miangas to Rote, with a margin for labels
LON_RANGE = (94.0, 142.0)
LAT_RANGE = (-11.5, 7.0)
DPI = 100


# shared drawing helpers


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def _empty(title: str, message: str) -> Figure:
    """A small figure saying there is nothing to draw, so a report on a young database still renders."""
    fig, ax = _figure(6, 1.6)
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_axis_off()
    return fig


def _colours(names: Sequence[str]) -> dict[str, Any]:
    """One fixed colour per name (tab10, then tab20), the same in every figure."""
    palette = [*matplotlib.colormaps["tab10"].colors, *matplotlib.colormaps["tab20"].colors[1::2]]  # type: ignore
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


TYPE_COLOURS = _colours(EVENT_TYPES)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def parse_partial_date(value: Any) -> date | None:
    """The first day an ISO date as precise as stated can mean ("2019" -> 2019-01-01), else None."""
    if not isinstance(value, str) or not value[:4].isdigit():
        return None
    parts = [int(p) for p in value.split("-")[:3] if p.isdigit()]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


# corpus overview


def outlet(site: Any, url: Any) -> str:
    """The outlet of an article: its site name, else the host of its URL, else "(local file)"."""
    if isinstance(site, str) and site.strip():
        return site.strip()
    if isinstance(url, str) and url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or LOCAL
    return LOCAL


def outlet_years(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet (rows) and publication year (columns; "undated" last), busiest outlet first."""
    if articles.empty:
        return pd.DataFrame()
    frame = pd.DataFrame({
        "outlet": [outlet(s, u) for s, u in zip(articles["site"], articles["url"], strict=True)],
        "year": [p[:4] if isinstance(p, str) and p[:4].isdigit() else "undated" for p in articles["published"]],
    })
    table = pd.crosstab(frame["outlet"], frame["year"])
    years = sorted(c for c in table.columns if c != "undated") + (["undated"] if "undated" in table else [])
    table = table[years]
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def articles_by_outlet_year(articles: pd.DataFrame) -> Figure:
    """Stacked bars: articles per publication year, one colour per outlet (the busiest ten, then the rest)."""
    title = "Articles per outlet and year"
    table = outlet_years(articles)
    if table.empty:
        return _empty(title, "no articles stored")
    if len(table) > TOP_OUTLETS:
        rest = table.iloc[TOP_OUTLETS:].sum().rename("other outlets")
        table = pd.concat([table.iloc[:TOP_OUTLETS], rest.to_frame().T])
    fig, ax = _figure(9, 4.2)
    colours = _colours(list(table.index))
    bottom = [0] * len(table.columns)
    for name, row in table.iterrows():
        values = [int(v) for v in row]
        ax.bar(list(table.columns), values, bottom=bottom, label=str(name), color=colours[str(name)])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_title(f"{title} ({int(table.to_numpy().sum())} articles, {len(outlet_years(articles))} outlets)")
    ax.set_xlabel("publication year")
    ax.set_ylabel("articles")
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def duplicates_by_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: original articles and near-duplicate copies (syndicated copies of another outlet's text)."""
    if articles.empty:
        return pd.DataFrame(columns=["outlet", "originals", "copies"])
    copies = articles["duplicate_of"].notna()
    frame = pd.DataFrame({
        "outlet": [outlet(s, u) for s, u in zip(articles["site"], articles["url"], strict=True)],
        "originals": (~copies).astype(int),
        "copies": copies.astype(int),
    })
    table = frame.groupby("outlet", as_index=False)[["originals", "copies"]].sum()
    return table.sort_values(["copies", "originals", "outlet"], ascending=[False, False, True], kind="stable")


def duplicates_figure(articles: pd.DataFrame) -> Figure:
    """Horizontal bars for the outlets publishing near-duplicate copies: their copies and their originals."""
    title = "Near-duplicate copies per outlet"
    table = duplicates_by_outlet(articles)
    table = table[table["copies"] > 0].head(20)
    if table.empty:
        return _empty(title, f"no near-duplicate copies among {_count(len(articles), 'article')}")
    fig, ax = _figure(8, 1.4 + 0.3 * len(table))
    names = list(table["outlet"])[::-1]
    copies = list(table["copies"])[::-1]
    ax.barh(names, copies, color="tab:red", label="near-duplicate copy")
    ax.barh(names, list(table["originals"])[::-1], left=copies, color="0.75", label="original")
    ax.set_title(f"{title} ({int(articles['duplicate_of'].notna().sum())} of "
                 f"{_count(len(articles), 'article')} are copies)")
    ax.set_xlabel("articles")
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.tick_params(axis="y", labelsize=8)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig


def failure_reasons(failures: pd.DataFrame) -> pd.DataFrame:
    """Failed items counted by stage and reason, most frequent first."""
    if failures.empty:
        return pd.DataFrame(columns=["stage", "reason", "items"])
    table = failures.groupby(["stage", "reason"], as_index=False).size().rename(columns={"size": "items"})
    return table.sort_values(["items", "stage", "reason"], ascending=[False, True, True], kind="stable")


def failures_by_reason(failures: pd.DataFrame) -> Figure:
    """Horizontal bars: failed items per stage and reason."""
    title = "Failures by reason"
    table = failure_reasons(failures).head(20)
    if table.empty:
        return _empty(title, "no failures recorded")
    labels = [f"{s}: {r if len(r) <= 70 else r[:69] + '…'}" for s, r in zip(table["stage"], table["reason"],
                                                                          strict=True)]
    fig, ax = _figure(9, 1.2 + 0.3 * len(table))
    ax.barh(labels[::-1], list(table["items"])[::-1], color="tab:orange")
    ax.set_title(f"{title} ({_count(len(failures), 'item')})")
    ax.set_xlabel("items")
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.tick_params(axis="y", labelsize=8)
    return fig


# events


def event_regions(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event and region (the host region for an event naming no other): key, type, region,
    start and end dates (None when undated)."""
    rows = []
    for event in events.itertuples(index=False):
        regions = _list(event.regions) or _list(event.host_regions) or ["(no region)"]
        start = parse_partial_date(event.start)
        end = parse_partial_date(event.end) or start
        for region in regions:
            rows.append({"key": event.key, "type": event.type, "region": region, "start": start, "end": end})
    return pd.DataFrame(rows, columns=["key", "type", "region", "start", "end"])


def events_timeline(events: pd.DataFrame) -> Figure:
    """Each region's events on a time axis, one colour per event type (multi-day events as bars)."""
    title = "Evaluation events per region"
    rows = event_regions(events)
    dated = rows[rows["start"].notna()]
    if dated.empty:
        return _empty(title, "no dated events")
    regions = sorted(set(dated["region"]), key=str.casefold)
    y_of = {region: i for i, region in enumerate(regions)}
    fig, ax = _figure(10, 1.5 + 0.28 * len(regions))
    for kind in [t for t in EVENT_TYPES if t in set(dated["type"])]:
        part = dated[dated["type"] == kind]
        ys = [y_of[r] for r in part["region"]]
        ax.scatter(list(part["start"]), ys, color=TYPE_COLOURS[kind], label=kind, s=28, zorder=3)
        for start, end, y in zip(part["start"], part["end"], ys, strict=True):
            if end > start:
                ax.plot([start, end], [y, y], color=TYPE_COLOURS[kind], linewidth=4, zorder=2)
    ax.set_yticks(range(len(regions)), regions, fontsize=8)
    ax.set_ylim(len(regions) - 0.5, -0.5)
    ax.grid(axis="x", color="0.9")
    undated = int(events["start"].isna().sum()) if "start" in events else 0
    ax.set_title(f"{title} ({len(set(dated['key']))} dated events"
                 + (f"; {undated} undated not shown)" if undated else ")"))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="type")
    return fig


def index_history(scores: pd.DataFrame) -> pd.DataFrame:
    """The overall index of each region per year (the mean over the independent reports when they differ), with
    the number of reports."""
    if scores.empty:
        return pd.DataFrame(columns=["region", "year", "value", "reports"])
    part = scores[(scores["metric"] == "smart_city_index") & scores["year"].notna() & scores["region"].notna()]
    part = part.assign(weighted=part["value"] * part["n_independent_sources"])
    table = part.groupby(["region", "year"], as_index=False).agg(
        weighted=("weighted", "sum"), reports=("n_independent_sources", "sum"))
    table["value"] = table["weighted"] / table["reports"]
    table = table[["region", "year", "value", "reports"]]
    table["year"] = table["year"].astype(int)
    return table.sort_values(["region", "year"], kind="stable").reset_index(drop=True)


def score_history(scores: pd.DataFrame) -> Figure:
    """Lines: the overall smart-city index of each region by year (ranks and dimension scores left out)."""
    title = "Score history per region (overall index)"
    table = index_history(scores)
    if table.empty:
        return _empty(title, "no index scores stored")
    fig, ax = _figure(9, 4.5)
    regions = sorted(set(table["region"]), key=str.casefold)
    colours = _colours(regions)
    for region in regions:
        part = table[table["region"] == region]
        ax.plot(list(part["year"]), list(part["value"]), marker="o", color=colours[region], label=region)
    ax.set_title(f"{title}: {len(table)} values, {len(regions)} regions")
    ax.set_xlabel("year scored")
    ax.set_ylabel("index")
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.grid(color="0.92")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


@lru_cache(maxsize=1)
def province_centroids() -> dict[str, tuple[float, float]]:
    """Province -> approximate (lat, lon) of its centre (data/province_centroids.csv)."""
    with (DATA / "province_centroids.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {r["province"]: (float(r["lat"]), float(r["lon"])) for r in rows}


def province_of(region: str) -> str | None:
    """The province of a canonical region name ("Kota Bandung" -> "Jawa Barat"), None when unknown."""
    found = load_lexicon().region(region)
    return found.province if found is not None else None


def province_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Per province (all 38): regions with events, events, and the centre's lat/lon; most regions first."""
    regions: dict[str, set[str]] = {p: set() for p in province_centroids()}
    keys: dict[str, set[str]] = {p: set() for p in province_centroids()}
    for row in event_regions(events).itertuples(index=False):
        province = province_of(row.region)
        if province is None or province not in regions:
            log.debug("no province known for %s", row.region)
            continue
        regions[province].add(row.region)
        keys[province].add(row.key)
    centres = province_centroids()
    table = pd.DataFrame([
        {"province": p, "regions": len(regions[p]), "events": len(keys[p]), "lat": centres[p][0],
         "lon": centres[p][1]}
        for p in centres
    ])
    return table.sort_values(["regions", "events", "province"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


def province_map(events: pd.DataFrame) -> Figure:
    """A scatter map of Indonesia's provinces (approximate centres) coloured and sized by regions with events."""
    table = province_counts(events)
    fig, ax = _figure(11, 5.2)
    ax.scatter(table["lon"], table["lat"], s=18, color="0.8", zorder=1)
    active = table[table["regions"] > 0]
    title = "Regions with events per province"
    if active.empty:
        ax.set_title(f"{title}: none yet")
    else:
        points = ax.scatter(active["lon"], active["lat"], c=active["regions"], cmap="viridis",
                            s=[60 + 90 * math.sqrt(n) for n in active["regions"]], zorder=2,
                            vmin=0, vmax=max(1, int(active["regions"].max())), edgecolors="black",
                            linewidths=0.5)
        for row in active.itertuples(index=False):
            ax.annotate(f"{row.province} ({row.regions})", (row.lon, row.lat), xytext=(6, 5),
                        textcoords="offset points", fontsize=7)
        bar = fig.colorbar(points, ax=ax, shrink=0.7)
        bar.set_label("regions with events")
        ax.set_title(f"{title}: {int(active['regions'].sum())} regions in {len(active)} of "
                     f"{len(table)} provinces")
    ax.set_xlim(*LON_RANGE)
    ax.set_ylim(*LAT_RANGE)
    ax.set_aspect("equal")
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°)")
    ax.grid(color="0.94")
    return fig


# people


def assessments(people: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Who assessed whom, when: one row per assessor taking part in an event as an assessor and per region
    evaluated, with the assessor's affiliation (from the people table) and the event."""
    affiliation = dict(zip(people["key"], people["affiliation"], strict=True)) if not people.empty else {}
    rows = []
    for event in events.itertuples(index=False):
        regions = _list(event.regions) or _list(event.host_regions)
        for person in _list(event.people):
            if person.get("role") != "assessor":
                continue
            for region in regions:
                found = affiliation.get(person.get("key"))
                rows.append({
                    "assessor": person.get("name"),
                    "affiliation": found if isinstance(found, str) else person.get("affiliation"),
                    "region": region,
                    "type": event.type,
                    "start": event.start if isinstance(event.start, str) else None,
                    "event": event.key,
                })
    columns = ["assessor", "affiliation", "region", "type", "start", "event"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["assessor", "start", "region"], na_position="last", kind="stable").reset_index(
        drop=True)


def assessor_graph(people: pd.DataFrame, events: pd.DataFrame) -> Any:
    """A networkx graph of assessors and regions; an edge holds the years ("2019, 2021") an assessor met a
    region."""
    graph = nx.Graph()
    for row in assessments(people, events).itertuples(index=False):
        a, r = f"assessor:{row.assessor}", f"region:{row.region}"
        graph.add_node(a, kind="assessor", label=row.assessor)
        graph.add_node(r, kind="region", label=row.region)
        years = graph.edges[a, r]["years"] if graph.has_edge(a, r) else set()
        years.add(row.start[:4] if isinstance(row.start, str) else "undated")
        graph.add_edge(a, r, years=years)
    for _a, _r, data in graph.edges(data=True):
        data["label"] = ", ".join(sorted(data["years"]))
    return graph


def component_layout(graph: Any) -> tuple[dict[Any, tuple[float, float]], int, int]:
    """Node positions with each connected component laid out on its own in a cell of a grid (largest first),
    so that the many small assessor teams do not pile up; also the grid's columns and rows."""
    components = sorted(nx.connected_components(graph),
                        key=lambda c: (-len(c), min(graph.nodes[n]["label"] for n in c)))
    columns = max(1, min(6, math.ceil(math.sqrt(len(components) * 1.5))))
    rows = math.ceil(len(components) / columns)
    positions: dict[Any, tuple[float, float]] = {}
    for i, nodes in enumerate(components):
        cx, cy = i % columns, -(i // columns)
        # a fixed seed makes the layout, and so the report, the same on every run
        local = nx.spring_layout(graph.subgraph(nodes), seed=42) if len(nodes) > 1 else {next(iter(nodes)): (0, 0)}
        scale = 0.36 if len(nodes) > 2 else 0.2  # a lone pair would otherwise span its whole cell
        for node, (x, y) in local.items():
            positions[node] = (cx + scale * float(x), cy + scale * float(y))
    return positions, columns, rows


def assessor_network(people: pd.DataFrame, events: pd.DataFrame) -> Figure:
    """The assessor-region network: assessors (orange) linked to the regions they assessed, edges labelled
    with the years."""
    title = "Assessors and the regions they assessed"
    graph = assessor_graph(people, events)
    if graph.number_of_nodes() == 0:
        return _empty(title, "no assessors recorded in events")
    positions, columns, rows = component_layout(graph)
    fig, ax = _figure(min(16.0, 1.5 + 2.6 * columns), 1.0 + 2.2 * rows)
    for a, r, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = positions[a], positions[r]
        ax.plot([x1, x2], [y1, y2], color="0.7", linewidth=1, zorder=1)
        ax.text((x1 + x2) / 2, (y1 + y2) / 2, data["label"], fontsize=6, color="0.35", ha="center",
                va="center", zorder=2)
    for kind, colour, marker in (("assessor", "tab:orange", "o"), ("region", "tab:blue", "s")):
        nodes = [n for n, d in graph.nodes(data=True) if d["kind"] == kind]
        ax.scatter([positions[n][0] for n in nodes], [positions[n][1] for n in nodes], color=colour,
                   marker=marker, s=80, zorder=3, label=f"{kind} ({len(nodes)})")
        for n in nodes:
            ax.annotate(graph.nodes[n]["label"], positions[n], xytext=(0, 7), textcoords="offset points",
                        fontsize=7, ha="center", zorder=4)
    ax.set_title(f"{title}: {graph.number_of_edges()} links")
    ax.legend(fontsize=8, frameon=False, loc="lower left")
    ax.set_axis_off()
    ax.margins(0.08)
    return fig


# innovations and the classifier


def dimension_counts(innovations: pd.DataFrame) -> pd.DataFrame:
    """Innovations per region (rows) and dimension (columns in the programme's order, then unclassified)."""
    if innovations.empty:
        return pd.DataFrame(columns=list(DIMENSIONS))
    frame = pd.DataFrame({
        "region": innovations["region"].fillna("(no region)"),
        "dimension": innovations["dimension"].fillna(UNCLASSIFIED),
    })
    table = pd.crosstab(frame["region"], frame["dimension"])
    columns = list(DIMENSIONS) + sorted(set(table.columns) - set(DIMENSIONS))
    table = table.reindex(columns=columns, fill_value=0)
    return table.loc[sorted(table.index, key=str.casefold)]


def dimensions_by_region(innovations: pd.DataFrame) -> Figure:
    """A heat map of innovations per region and smart-city dimension, with the counts written in."""
    title = "Innovations per region and dimension"
    table = dimension_counts(innovations)
    if table.empty:
        return _empty(title, "no innovations stored")
    fig, ax = _figure(8, 1.8 + 0.26 * len(table))
    values = table.to_numpy()
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, int(values.max())))
    ax.set_xticks(range(len(table.columns)), [c.removeprefix("Smart ") for c in table.columns], fontsize=8)
    ax.set_yticks(range(len(table.index)), list(table.index), fontsize=7)
    ax.xaxis.tick_top()
    threshold = values.max() / 2
    for (i, j), n in pd.DataFrame(values).stack().items():  # type: ignore[misc]
        if n:
            ax.text(j, i, str(n), ha="center", va="center", fontsize=7,
                    color="white" if n > threshold else "black")
    sources = innovations["dimension_source"].fillna("none").value_counts()
    how = ", ".join(f"{source} {n}" for source, n in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0])))
    ax.set_title(f"{title} ({_count(len(innovations), 'innovation')}; dimension {how})", fontsize=10)
    return fig


def confusion_table(true: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> pd.DataFrame:
    """Counts of gold label (rows) against predicted label (columns)."""
    table = pd.DataFrame(0, index=list(labels), columns=list(labels))
    for gold, guess in zip(true, predicted, strict=True):
        table.loc[gold, guess] += 1
    return table


def confusion_matrix(true: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Figure:
    """The classifier's confusion matrix (gold rows, predicted columns) with accuracy and macro F1."""
    title = "Dimension classifier, cross-validated"
    if not true:
        return _empty(title, "no cross-validation results")
    table = confusion_table(true, predicted, labels)
    values = table.to_numpy()
    n = len(labels)
    fig, ax = _figure(1.8 + 0.9 * n, 1.4 + 0.8 * n)
    ax.imshow(values, cmap="Blues", vmin=0)
    short = [str(label).removeprefix("Smart ") for label in labels]
    ax.set_xticks(range(n), short, rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(n), short, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    threshold = values.max() / 2
    for i in range(n):
        for j in range(n):
            ax.text(j, i, str(values[i, j]), ha="center", va="center", fontsize=8,
                    color="white" if values[i, j] > threshold else "black")
    accuracy = sum(values[i, i] for i in range(n)) / max(1, values.sum())
    f1s = []
    for i in range(n):
        precision = values[i, i] / values[:, i].sum() if values[:, i].sum() else 0.0
        recall = values[i, i] / values[i, :].sum() if values[i, :].sum() else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    ax.set_title(f"{title}\n{len(true)} examples, accuracy {accuracy:.2f}, macro F1 {sum(f1s) / n:.2f}",
                 fontsize=10)
    return fig


# the HTML report


def figure_data_uri(fig: Figure) -> str:
    """The figure as a base64 PNG data URI."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@dataclass
class Section:
    """One part of the report: a heading, a sentence, figures (title, Figure) and tables (title, DataFrame)."""

    id: str
    title: str
    intro: str
    figures: list[tuple[str, Figure]] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)


def _frame_html(frame: pd.DataFrame, rows: int = 30) -> str:
    shown = frame.head(rows)
    note = f"<p class='note'>first {rows} of {len(frame)} rows</p>" if len(frame) > rows else ""
    return shown.to_html(index=not isinstance(shown.index, pd.RangeIndex), border=0, escape=True,
                         na_rep="", classes="data") + note


STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
nav a { margin-right: 1em; } figure { margin: 1em 0; } img { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9em; } .note, .meta { color: #666; font-size: 0.85em; }
table.data { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0 1.5em; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; }
"""


def render_html(sections: Sequence[Section], counts: dict[str, int], generated: datetime) -> str:
    """One self-contained HTML page: inline stylesheet, figures as data URIs, no scripts."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        "<html lang='en'><head><meta charset='utf-8'>",
        "<title>smartcity-extractor report</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>smartcity-extractor report</h1>",
        f"<p class='meta'>Generated {e(generated.strftime('%Y-%m-%d %H:%M UTC'))}. Database: "
        + ", ".join(f"{e(k)} {v}" for k, v in counts.items()) + ".</p>",
        "<nav>" + "".join(f"<a href='#{e(s.id)}'>{e(s.title)}</a>" for s in sections) + "</nav>",
    ]
    for section in sections:
        parts.append(f"<section id='{e(section.id)}'><h2>{e(section.title)}</h2><p>{e(section.intro)}</p>")
        for caption, fig in section.figures:
            parts.append(f"<figure><img alt='{e(caption)}' src='{figure_data_uri(fig)}'>"
                         f"<figcaption>{e(caption)}</figcaption></figure>")
        for caption, frame in section.tables:
            parts.append(f"<h3>{e(caption)}</h3>" + (_frame_html(frame) if not frame.empty
                                                      else "<p class='note'>none</p>"))
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


# extractor.classify.packaged_validation or a stand-in: returns an object with .true, .predicted and .labels
CrossValidation = Callable[[], Any]


def report_sections(db_url: str | None = None, cross_validation: CrossValidation | None = None) -> list[Section]:
    """The report's sections, read through the API (the same data and figures as the notebooks)."""
    from extractor import api

    articles, failures = api.articles(db_url=db_url), api.failures(db_url=db_url)
    events, scores = api.events(db_url=db_url), api.scores(db_url=db_url)
    people, innovations = api.people(db_url=db_url), api.innovations(db_url=db_url)
    provinces = province_counts(events)
    innovation_section = Section(
        "innovations", "Innovations",
        "Innovations by region and smart-city dimension, and how well the dimension classifier does.",
        figures=[("Innovations per region and dimension", dimensions_by_region(innovations))],
        tables=[("Innovations per dimension", innovations["dimension"].fillna(UNCLASSIFIED).value_counts()
                 .rename_axis("dimension").reset_index(name="innovations"))],
    )
    if cross_validation is not None:
        result = cross_validation()
        innovation_section.figures.append(("Confusion matrix of the dimension classifier (cross-validation)",
                                           confusion_matrix(result.true, result.predicted, result.labels)))
    return [
        Section("corpus", "Corpus", "What the database holds: articles per outlet and year, near-duplicate "
                "copies, and the items that could not be ingested.",
                figures=[("Articles per outlet and year", articles_by_outlet_year(articles)),
                         ("Near-duplicate copies per outlet", duplicates_figure(articles)),
                         ("Failures by reason", failures_by_reason(failures))],
                tables=[("Articles per outlet and year", outlet_years(articles)),
                        ("Failures by reason", failure_reasons(failures))]),
        Section("events", "Events", "Evaluation events per region and type over time, the overall index of "
                "each region by year, and the provinces of the regions with events.",
                figures=[("Timeline of events per region and type", events_timeline(events)),
                         ("Score history per region", score_history(scores)),
                         ("Regions with events per province", province_map(events))],
                tables=[("Provinces", provinces[provinces["events"] > 0][["province", "regions", "events"]]),
                        ("Index scores", index_history(scores))]),
        Section("people", "People", "Which assessors assessed which regions, and when.",
                figures=[("Assessor-region network", assessor_network(people, events))],
                tables=[("Assessments", assessments(people, events)),
                        ("People per category", people["category"].value_counts().rename_axis("category")
                         .reset_index(name="people"))]),
        innovation_section,
    ]


def build_report(db_url: str | None = None, cross_validation: CrossValidation | None = None) -> str:
    """The whole report as one HTML string (with the classifier's confusion matrix when given a
    cross-validation)."""
    from extractor.db.queries import database_stats
    from extractor.settings import load_settings

    url = db_url or load_settings().db_url
    sections = report_sections(url, cross_validation)
    return render_html(sections, database_stats(url), datetime.now(UTC))


def write_report(path: Path, db_url: str | None = None) -> Path:
    """Write the HTML report to a file; returns the path."""
    if not path.parent.is_dir():  # checked first: building the page takes seconds
        raise StorageError(str(path), "cannot write the report: no such directory",
                           "create the directory or give another --output")
    from extractor.classify import packaged_validation

    page = build_report(db_url, packaged_validation)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise StorageError(str(path), f"cannot write the report: {exc.strerror or exc}",
                           "check that the directory exists and is writable") from exc
    log.info("wrote %s (%d bytes)", path, len(page))
    return path

