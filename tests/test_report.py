"""The report stage: the API it reads (articles, innovations, failures), the tables and figures of
extractor.report on small hand-made DataFrames, and `extractor report` writing one self-contained HTML page."""

from __future__ import annotations

import base64
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from fixtures.news import write_batch
from fixtures.support import CliRun, fast_settings
from matplotlib.figure import Figure

import extractor
from extractor import report
from extractor.errors import QueryError
from extractor.pipeline import ingest

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("corpus", "events", "people", "innovations")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One database of corpus/samples plus a small batch with a syndicated copy and an English page (a failure)."""
    tmp = tmp_path_factory.mktemp("report")
    settings = fast_settings(tmp)
    batch = write_batch(tmp / "batch")
    summary = ingest([str(ROOT / "corpus" / "samples"), *map(str, batch)], settings)
    assert summary.near_duplicates == 1 and len(summary.failures) == 1
    return settings.db_url, batch[-1]


# the API the report reads


def test_articles_lists_metadata_without_text(built: tuple[str, Path]) -> None:
    db_url, _ = built
    articles = extractor.articles(db_url=db_url)
    assert len(articles) == 10 + 3
    assert "text" not in articles.columns and (articles["chars"] > 200).all()
    copy = articles[articles["duplicate_of"].notna()]
    assert list(copy["duplicate_of"]) == ["1-wonosobo"]
    jambi = articles.set_index("key").loc["s01_jambi-lolos-seleksi"]
    assert jambi["site"] == "Jambi Raya Online" and jambi["published"] == "2017-05-08"
    assert jambi["source"].endswith("s01_jambi-lolos-seleksi.html")
    dated = articles["published"].dropna().tolist()
    assert dated == sorted(dated)


def test_failures_lists_the_failed_items(built: tuple[str, Path]) -> None:
    db_url, english = built
    failures = extractor.failures(db_url=db_url)
    assert list(failures.columns) == ["source", "stage", "reason", "at", "run", "permanent"]
    assert list(failures["source"]) == [str(english)]
    assert failures.iloc[0]["stage"] == "parse"


def test_innovations_filters_by_region_and_dimension(built: tuple[str, Path]) -> None:
    db_url, _ = built
    every = extractor.innovations(db_url=db_url)
    assert len(every) > 10 and set(every["dimension"].dropna()) <= set(report.DIMENSIONS)
    banjarmasin = extractor.innovations(region="banjarmasin", db_url=db_url)
    assert len(banjarmasin) > 0 and set(banjarmasin["region"]) == {"Kota Banjarmasin"}
    governance = extractor.innovations(region="Kota Banjarmasin", dimension="governance", db_url=db_url)
    assert 0 < len(governance) < len(banjarmasin)
    assert set(governance["dimension"]) == {"Smart Governance"}
    assert extractor.innovations(region="Kota Ambon", db_url=db_url).empty  # a region without innovations here
    with pytest.raises(QueryError, match="unknown region"):
        extractor.innovations(region="Atlantis", db_url=db_url)


# tables, on DataFrames written for the test


ARTICLES = pd.DataFrame([
    {"key": "a", "site": "Warta Daerah", "url": "https://wartadaerah.example.id/1", "published": "2021-02-01",
     "duplicate_of": None},
    {"key": "b", "site": None, "url": "https://www.koran.example.id/2", "published": "2021-05-09",
     "duplicate_of": "a"},
    {"key": "c", "site": "Warta Daerah", "url": None, "published": "2022-01-01", "duplicate_of": None},
    {"key": "d", "site": None, "url": None, "published": None, "duplicate_of": None},
])


def test_outlet_falls_back_to_the_host_then_local_file() -> None:
    assert report.outlet("Warta Daerah", "https://x.example/1") == "Warta Daerah"
    assert report.outlet(None, "https://www.koran.example.id/2") == "koran.example.id"
    assert report.outlet(float("nan"), None) == report.LOCAL


def test_outlet_years_counts_per_outlet_and_year() -> None:
    table = report.outlet_years(ARTICLES)
    assert list(table.columns) == ["2021", "2022", "undated"]
    assert table.index[0] == "Warta Daerah"
    assert table.loc["Warta Daerah"].tolist() == [1, 1, 0]
    assert table.loc["koran.example.id"].tolist() == [1, 0, 0]
    assert table.loc[report.LOCAL].tolist() == [0, 0, 1]


def test_duplicates_by_outlet() -> None:
    table = report.duplicates_by_outlet(ARTICLES).set_index("outlet")
    assert table.loc["koran.example.id"].tolist() == [0, 1]
    assert table.loc["Warta Daerah"].tolist() == [2, 0]
    assert table.index[0] == "koran.example.id"  # outlets with copies first


def test_failure_reasons_counts_by_stage_and_reason() -> None:
    failures = pd.DataFrame([
        {"source": "a.html", "stage": "parse", "reason": "not Indonesian"},
        {"source": "b.html", "stage": "parse", "reason": "not Indonesian"},
        {"source": "c.html", "stage": "read", "reason": "no such file"},
    ])
    table = report.failure_reasons(failures)
    assert table.values.tolist() == [["parse", "not Indonesian", 2], ["read", "no such file", 1]]


EVENTS = pd.DataFrame([
    {"key": "evaluation:2021-06-21:sleman", "type": "evaluation", "start": "2021-06-21", "end": "2021-06-23",
     "regions": ["Kabupaten Sleman", "Kota Yogyakarta"], "host_regions": [],
     "people": [{"name": "Sri Wulandari", "key": "sri-wulandari", "role": "assessor", "affiliation": None},
                {"name": "Budi Santoso", "key": "budi-santoso", "role": "official", "affiliation": None}]},
    {"key": "assessment:2019:banjarmasin", "type": "assessment", "start": "2019", "end": "2019",
     "regions": ["Kota Banjarmasin"], "host_regions": [],
     "people": [{"name": "Sri Wulandari", "key": "sri-wulandari", "role": "assessor", "affiliation": None}]},
    {"key": "evaluation:undated:tomohon", "type": "evaluation", "start": None, "end": None, "regions": [],
     "host_regions": ["Kota Tomohon"],
     "people": [{"name": "Andi Wijaya", "key": "andi-wijaya", "role": "assessor", "affiliation": "ITS"}]},
])
PEOPLE = pd.DataFrame([
    {"key": "sri-wulandari", "name": "Sri Wulandari", "category": "assessor", "affiliation": "UGM"},
    {"key": "andi-wijaya", "name": "Andi Wijaya", "category": "assessor", "affiliation": None},
    {"key": "budi-santoso", "name": "Budi Santoso", "category": "regional_official", "affiliation": None},
])


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-06-18", "2019-06-18"), ("2019-06", "2019-06-01"), ("2019", "2019-01-01"), (None, None),
    (float("nan"), None), ("2019-13", None), ("kemarin", None),
])
def test_parse_partial_date(value: object, expected: str | None) -> None:
    parsed = report.parse_partial_date(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_event_regions_one_row_per_event_and_region() -> None:
    rows = report.event_regions(EVENTS)
    assert rows[["type", "region"]].values.tolist() == [
        ["evaluation", "Kabupaten Sleman"], ["evaluation", "Kota Yogyakarta"], ["assessment", "Kota Banjarmasin"],
        ["evaluation", "Kota Tomohon"],  # the host stands in for an event naming no other region
    ]
    assert str(rows.iloc[0]["end"]) == "2021-06-23" and rows.iloc[3]["start"] is None


def test_province_counts_uses_the_region_list_and_covers_every_province() -> None:
    table = report.province_counts(EVENTS).set_index("province")
    assert len(table) == 38
    assert table.loc["Daerah Istimewa Yogyakarta", "regions"] == 2
    assert table.loc["Daerah Istimewa Yogyakarta", "events"] == 1
    assert table.loc["Kalimantan Selatan", "regions"] == 1 and table.loc["Sulawesi Utara", "regions"] == 1
    assert table["regions"].sum() == 4
    assert table.index[0] == "Daerah Istimewa Yogyakarta"
    lat, lon = table.loc["Bali", ["lat", "lon"]]
    assert -9 < lat < -8 and 114 < lon < 116


def test_province_centres_match_the_region_list() -> None:
    from extractor.nlp.lexicon import load_lexicon

    provinces = {r.name for r in load_lexicon().regions if r.kind == "provinsi"}
    assert set(report.province_centroids()) == provinces
    for lat, lon in report.province_centroids().values():
        assert report.LAT_RANGE[0] < lat < report.LAT_RANGE[1] and report.LON_RANGE[0] < lon < report.LON_RANGE[1]


def test_assessments_who_assessed_whom_when() -> None:
    table = report.assessments(PEOPLE, EVENTS)
    assert table[["assessor", "region", "start"]].fillna("-").values.tolist() == [
        ["Andi Wijaya", "Kota Tomohon", "-"],
        ["Sri Wulandari", "Kota Banjarmasin", "2019"],
        ["Sri Wulandari", "Kabupaten Sleman", "2021-06-21"],
        ["Sri Wulandari", "Kota Yogyakarta", "2021-06-21"],
    ]
    assert set(table[table["assessor"] == "Sri Wulandari"]["affiliation"]) == {"UGM"}
    assert table.iloc[0]["affiliation"] == "ITS"  # from the event when the people table has none
    assert "Budi Santoso" not in set(table["assessor"])  # an official, not an assessor


def test_assessor_graph_links_assessors_to_regions_with_years() -> None:
    graph = report.assessor_graph(PEOPLE, EVENTS)
    assert graph.number_of_nodes() == 2 + 4 and graph.number_of_edges() == 4
    assert graph.edges["assessor:Sri Wulandari", "region:Kota Banjarmasin"]["label"] == "2019"
    assert graph.edges["assessor:Andi Wijaya", "region:Kota Tomohon"]["label"] == "undated"
    positions, columns, rows = report.component_layout(graph)
    assert set(positions) == set(graph.nodes) and columns * rows >= 2


def test_index_history_keeps_overall_index_and_averages_reports() -> None:
    scores = pd.DataFrame([
        {"region": "Kota Metro", "value": 2.5, "year": 2020, "metric": "smart_city_index", "n_independent_sources": 1},
        {"region": "Kota Metro", "value": 2.7, "year": 2021, "metric": "smart_city_index", "n_independent_sources": 3},
        {"region": "Kota Metro", "value": 2.9, "year": 2021, "metric": "smart_city_index", "n_independent_sources": 1},
        {"region": "Kota Metro", "value": 3.0, "year": 2021, "metric": "smart_living", "n_independent_sources": 1},
        {"region": "Kota Metro", "value": 4.0, "year": 2021, "metric": "rank", "n_independent_sources": 1},
        {"region": "Kota Metro", "value": 3.3, "year": None, "metric": "smart_city_index", "n_independent_sources": 1},
    ])
    table = report.index_history(scores)
    assert table[["year", "reports"]].values.tolist() == [[2020, 1], [2021, 4]]
    assert table["value"].tolist() == pytest.approx([2.5, 2.75])


def test_dimension_counts_in_programme_order() -> None:
    innovations = pd.DataFrame([
        {"region": "Kota Metro", "dimension": "Smart Living", "dimension_source": "stated"},
        {"region": "Kota Metro", "dimension": "Smart Governance", "dimension_source": "inferred"},
        {"region": "Kota Metro", "dimension": "Smart Governance", "dimension_source": "stated"},
        {"region": "Kabupaten Siak", "dimension": None, "dimension_source": None},
    ])
    table = report.dimension_counts(innovations)
    assert list(table.columns) == [*report.DIMENSIONS, report.UNCLASSIFIED]
    assert list(table.index) == ["Kabupaten Siak", "Kota Metro"]
    assert table.loc["Kota Metro", "Smart Governance"] == 2 and table.loc["Kabupaten Siak", "unclassified"] == 1
    title = report.dimensions_by_region(innovations).axes[0].get_title()
    assert "4 innovations; dimension stated 2, inferred 1, none 1" in title


def test_confusion_table_and_figure() -> None:
    labels = ["Smart Governance", "Smart Living"]
    true = ["Smart Governance", "Smart Governance", "Smart Living"]
    predicted = ["Smart Governance", "Smart Living", "Smart Living"]
    assert report.confusion_table(true, predicted, labels).values.tolist() == [[1, 1], [0, 1]]
    fig = report.confusion_matrix(true, predicted, labels)
    assert "accuracy 0.67" in fig.axes[0].get_title()


# figures


@pytest.mark.parametrize("draw", [
    lambda: report.articles_by_outlet_year(ARTICLES),
    lambda: report.duplicates_figure(ARTICLES),
    lambda: report.events_timeline(EVENTS),
    lambda: report.province_map(EVENTS),
    lambda: report.assessor_network(PEOPLE, EVENTS),
], ids=["outlets", "duplicates", "timeline", "map", "network"])
def test_figures_draw_and_render(draw: object) -> None:
    fig = draw()  # type: ignore[operator]
    assert isinstance(fig, Figure) and fig.axes[0].get_title()
    assert report.figure_data_uri(fig).startswith("data:image/png;base64,iVBORw0KGgo")  # PNG signature


def test_timeline_counts_undated_events() -> None:
    title = report.events_timeline(EVENTS).axes[0].get_title()
    assert "2 dated events" in title and "1 undated" in title


@pytest.mark.parametrize("draw", [
    lambda: report.articles_by_outlet_year(ARTICLES.iloc[0:0]),
    lambda: report.duplicates_figure(ARTICLES[ARTICLES["duplicate_of"].isna()]),
    lambda: report.failures_by_reason(pd.DataFrame(columns=["source", "stage", "reason", "at"])),
    lambda: report.events_timeline(EVENTS.iloc[2:]),
    lambda: report.score_history(pd.DataFrame(columns=["region", "value", "year", "metric", "n_independent_sources"])),
    lambda: report.assessor_network(PEOPLE, EVENTS.iloc[0:0]),
    lambda: report.dimensions_by_region(pd.DataFrame(columns=["region", "dimension", "dimension_source"])),
], ids=["articles", "duplicates", "failures", "timeline", "scores", "network", "innovations"])
def test_figures_of_nothing_say_so(draw: object) -> None:
    fig = draw()  # type: ignore[operator]
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert len(texts) == 1 and texts[0].startswith("no ")


# the HTML page


FAKE_VALIDATION = SimpleNamespace(true=["Smart Living", "Smart Economy"], predicted=["Smart Living", "Smart Living"],
                                  labels=["Smart Economy", "Smart Living"])


def test_report_html_has_every_section_with_embedded_figures(built: tuple[str, Path], cli: CliRun,
                                                            tmp_path: Path) -> None:
    db_url, _ = built
    output = tmp_path / "report.html"
    result = cli("report", "--output", output, "--db", db_url)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(output)
    page = output.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f"<section id='{section}'>" in page
    images = re.findall(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(images) >= 8
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    # self-contained: no scripts, no external stylesheets or images
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert not re.search(r"""(src|href)=['"]?(https?:)?//""", page)
    assert "@import" not in page
    # the data: the failure's reason (escaped), the sample regions and their provinces
    assert "the article is in 'en', not in id" in page
    assert "Kota Banjarmasin" in page and "Kalimantan Selatan" in page
    assert "alt='Confusion matrix of the dimension classifier (cross-validation)'" in page


def test_html_escapes_what_the_database_holds() -> None:
    hostile = "<script>alert(1)</script>"
    section = report.Section("corpus", "Corpus <b>", "intro & more",
                             figures=[(hostile, report.failures_by_reason(pd.DataFrame()))],
                             tables=[("Failures", pd.DataFrame([{"reason": hostile}]))])
    page = report.render_html([section], {"articles": 1}, datetime(2025, 1, 2, tzinfo=UTC))
    assert "<script" not in page and "&lt;script&gt;" in page and "Corpus &lt;b&gt;" in page
    assert "2025-01-02 00:00 UTC" in page


def test_report_without_cross_validation_leaves_the_matrix_out(built: tuple[str, Path]) -> None:
    db_url, _ = built
    without = report.report_sections(db_url)
    with_matrix = report.report_sections(db_url, lambda: FAKE_VALIDATION)
    assert [s.id for s in without] == list(SECTIONS)
    assert len(with_matrix[-1].figures) == len(without[-1].figures) + 1


def test_report_to_an_unwritable_path_is_one_clear_error(built: tuple[str, Path], cli: CliRun,
                                                        tmp_path: Path) -> None:
    db_url, _ = built
    result = cli("report", "--output", tmp_path / "no-such-dir" / "report.html", "--db", db_url)
    assert result.exit_code == 1
    assert "cannot write the report" in result.stderr and "Traceback" not in result.output


def test_report_without_matplotlib_says_what_to_install(cli: CliRun, monkeypatch: pytest.MonkeyPatch,
                                                       db_url: str) -> None:
    monkeypatch.delitem(sys.modules, "extractor.report")
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails as if not installed
    result = cli("report", "--output", "unused.html", "--db", db_url)
    assert result.exit_code == 1
    assert "matplotlib" in result.stderr and "smartcity-extractor[report]" in result.stderr
    assert "Traceback" not in result.output
