"""The benchmark scripts run on tiny inputs: generated pages, the measuring child process, the query database.

Only that they run and measure the right thing is tested here; speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest

from extractor.dedupe import text_minhash
from extractor.parse import parse_page
from extractor.records import Page
from extractor.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import measure
import pages
import querydb
import run


@pytest.fixture(scope="module")
def page_paths(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return pages.write_pages(tmp_path_factory.mktemp("pages"), 6)


def test_generated_pages_are_distinct_indonesian_articles(page_paths: list[Path], tmp_path: Path) -> None:
    settings = Settings()
    n_bases = len(pages.load_bases())
    # page n_bases is the second variant of the base article of page 0
    second = tmp_path / "second.html"
    second.write_text(pages.make_page(n_bases, pages.load_bases(), pages.load_vocabulary(), pages.paragraph_pool()))
    articles = [parse_page(Page(source=str(p), html=p.read_bytes()), settings) for p in [*page_paths, second]]
    assert all(a.language == "id" and len(a.text) >= settings.min_text_chars for a in articles)
    assert len({a.text for a in articles}) == len(articles)
    assert len({a.canonical_url for a in articles}) == len(articles)  # no page is skipped as the same URL
    hashes = [text_minhash(a.text, settings.minhash_permutations) for a in articles]
    closest = max(x.jaccard(y) for x, y in itertools.combinations(hashes, 2))
    assert closest < settings.near_duplicate_threshold  # none is taken for a syndicated copy
    # the two variants of one base article share its lead but not its names or years
    first, again = articles[0], articles[-1]
    assert first.text != again.text and first.title != again.title


def test_generated_pages_are_deterministic_and_reused(page_paths: list[Path], tmp_path: Path) -> None:
    again = pages.write_pages(tmp_path, 3)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in page_paths[:3]]
    before = again[0].stat().st_mtime_ns
    assert pages.write_pages(tmp_path, 3)[0].stat().st_mtime_ns == before


def test_ingest_measurement_stores_every_page(page_paths: list[Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "pages.txt"
    listing.write_text("\n".join(str(p) for p in page_paths[:3]), encoding="utf-8")
    measure.main(["ingest", str(listing), "--db", f"sqlite:///{tmp_path / 'bench.db'}"])
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["pages"] == 3 and result["stored"] == 3 and result["failed"] == 0
    assert result["near_duplicates"] == 0 and result["seconds"] > 0


def test_child_process_reports_its_own_peak_memory(page_paths: list[Path], tmp_path: Path) -> None:
    result = run.child("trafilatura", page_paths[:2], tmp_path)
    assert result["pages"] == 2 and result["extracted"] == 2
    assert 20 < result["peak_mb"] < 4000  # a Python process with lxml loaded, in MB


def test_query_benchmark_on_a_small_synthetic_database(tmp_path: Path) -> None:
    results = run.main(["--only", "query", "--events", "600", "--cache", str(tmp_path)])
    query = results["query"]
    assert query["events_found"] > 0 and query["ids_ms"] > 0 and query["page_ms"] > 0
    db = tmp_path / "events-600-v1.db"
    assert db.exists() and (tmp_path / "last-run.json").exists()
    assert querydb.build(db, 600) == db  # reused, not rebuilt


def test_unknown_step_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run.main(["--only", "speed", "--cache", str(tmp_path)])
    assert info.value.code == 2  # argparse's usage error, not a failed measurement
    assert "unknown step(s) speed" in capsys.readouterr().err


def test_run_compares_the_measurements_against_the_targets(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = []

    def fake_child(what: str, paths: list[Path], workdir: Path, workers: int = 1, profile: Path | None = None
                   ) -> dict[str, object]:
        calls.append((what, len(paths), workers))
        seconds = {"trafilatura": 1.0, "ingest": 4.0 / workers}[what]  # 2 workers twice as fast
        return {"pages": len(paths), "seconds": seconds, "rate": len(paths) / seconds, "stored": len(paths),
                "near_duplicates": 0, "skipped": 0, "failed": 0, "cpu_s": seconds, "load": 0.5,
                "peak_mb": 400.0 + 10 * len(paths)}

    monkeypatch.setattr(run, "child", fake_child)
    results = run.main(["--only", "throughput,workers,memory", "--sizes", "2,4", "--cache", str(tmp_path)])
    # the 2-page ingest serves throughput, workers and the first memory size; 4 pages run once more
    assert calls == [("ingest", 2, 1), ("trafilatura", 2, 1), ("ingest", 2, 2), ("ingest", 4, 1)]
    assert results["ratio"] == pytest.approx(0.25)
    assert results["speedup"] == pytest.approx(2.0)
    assert results["memory_growth"] == pytest.approx(440 / 420 - 1)
    table = capsys.readouterr().out
    assert "throughput ratio ingest / trafilatura" in table and "0.25" in table and "NO" in table
    assert "2.00x" in table and "yes" in table


def test_startup_step_times_the_commands_and_the_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(run, "REPEAT", 1)
    results = run.main(["--only", "startup", "--cache", str(tmp_path)])
    assert set(results["startup"]) == {"help", "extract", "pipeline", "classifier"}
    assert all(len(times) == 1 and times[0] > 0 for times in results["startup"].values())
    table = capsys.readouterr().out
    assert "`extractor extract`" in table and "<= 1.5 s" in table and "<= 0.3 s" in table


def test_the_threshold_sweep_empties_only_predicted_dimensions_below_it() -> None:
    import classifier_threshold

    summary = {"id": "x", "innovations": [
        {"name": "Satu", "dimension": "Smart Living", "dimension_source": "predicted", "confidence": 0.3},
        {"name": "Dua", "dimension": "Smart Economy", "dimension_source": "predicted", "confidence": 0.6},
        {"name": "Tiga", "dimension": "Smart Branding", "dimension_source": "stated", "confidence": None}]}
    cut = classifier_threshold.at_threshold(summary, 0.35)
    assert [i["dimension"] for i in cut["innovations"]] == [None, "Smart Economy", "Smart Branding"]
    assert cut["innovations"][0]["dimension_source"] is None
    assert summary["innovations"][0]["dimension"] == "Smart Living"  # the input is left as it was


def test_year_model_aligns_values_and_dates_candidates() -> None:
    import score_year_model

    text = ("Kota Contoh naik ke peringkat kedua.\nPada tahun 2021 kota itu meraih nilai 3,40, "
            "lalu indeks 2.9 pada 2019 menurut SK Nomor 5 Tahun 2018.")
    assert score_year_model.find_places(text, 3.4) == [(text.index("3,40"), text.index("3,40") + 4)]
    assert score_year_model.find_places(text, 2.0) == [(text.index("kedua"), text.index("kedua") + 5)]
    assert score_year_model.find_places(text, 5.0) == []  # a bare small integer after no rank or score word
    place = score_year_model.Place("x", "site", 3.4, 2021, text.index("3,40"), text.index("3,40") + 4)
    score_year_model.featurise(text, 2022, place)
    assert place.candidates == [score_year_model.NONE, 2018, 2019, 2021, 2022]  # 2022 published, not written
    assert place.features[3]["nearest_before_in_sentence"] == 1.0 and place.features[4]["unwritten"] == 1.0
    assert place.features[1].get("before_legal") == 1.0
    assert score_year_model.baseline_sentence(place, text) == 2021


def test_year_model_skips_without_the_article_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import score_year_model

    monkeypatch.setattr(sys, "argv", ["score_year_model.py", "--texts", str(tmp_path / "none.jsonl")])
    assert score_year_model.main() == 0
    assert "skipped" in capsys.readouterr().out


def test_first_sight_refuses_a_measurement_group_and_finds_the_code_before_a_group() -> None:
    import first_sight

    with pytest.raises(SystemExit, match="measurement group"):
        first_sight.group_ids("r1210-r1213")  # r1212 and r1213 are held out
    assert first_sight.group_ids("r1000-r1002") == ["r1000", "r1001", "r1002"]
    import subprocess

    if not first_sight.git("log", "--format=%H", "--", "corpus/real/dev/r1000.json"):
        pytest.skip("a checkout without git history")
    commit = first_sight.first_sight_commit("r1000")
    # that code never had the group's gold: the article was unseen
    seen = subprocess.run(["git", "cat-file", "-e", f"{commit}:corpus/real/dev/r1000.json"], cwd=first_sight.ROOT,
                          check=False, capture_output=True)
    assert seen.returncode != 0
