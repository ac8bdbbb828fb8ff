"""The relevance filter (extractor.relevance): scores, the bundled corpus passing it, ingest skipping and recording
off-topic articles, the threshold option and the labelled sample of benchmarks/relevance.py."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest
from fixtures.news import WONOSOBO, news_html
from fixtures.support import (
    CliRun,
    NewsServer,
    Reply,
    assert_clean_output,
    fast_settings,
    ingest_cli,
    read_db,
    run_report,
)
from sqlmodel import select

from extractor import pipeline
from extractor.db.models import ArticleRow, IrrelevantRow
from extractor.db.session import session_scope
from extractor.errors import ConfigError
from extractor.parse import parse_page
from extractor.pipeline import ingest
from extractor.records import Page
from extractor.relevance import load_terms, relevance
from extractor.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
THRESHOLD = Settings().min_relevance

# An article of the kind a crawl of an outlet brings: football, no programme word at all.
FOOTBALL = news_html("Persiba Menang Tipis atas Tamunya di Stadion Batakan", [
    ("BALIKPAPAN — Persiba Balikpapan menang tipis 1-0 atas tamunya dalam lanjutan Liga 2 di Stadion Batakan, "
     "Sabtu malam. Gol tunggal dicetak penyerang sayap pada menit ke-71 lewat sundulan memanfaatkan umpan silang."),
    ("Pelatih Persiba mengatakan timnya bermain disiplin sepanjang laga meski sempat tertekan pada babak pertama. "
     "Kemenangan ini membawa Persiba naik ke peringkat ketiga klasemen sementara grup timur."),
    ("Pertandingan berikutnya akan digelar di kandang lawan pekan depan. Manajemen berharap dukungan suporter "
     "tetap mengalir meski laga tandang berlangsung jauh dari Kalimantan Timur."),
], published="2023-05-06", canonical="https://kaltimsport.example.id/bola/persiba-menang-tipis")
# Kominfo news without the programme: the ministry's name alone does not make it relevant.
KOMINFO_ONLY = ("Diskominfo Kabupaten Sleman menggelar bimtek pengelolaan media sosial bagi humas perangkat daerah. "
                "Peserta belajar menulis siaran pers dan membuat infografis.")


@pytest.mark.parametrize(("title", "text", "passes"), [
    ("Evaluasi Smart City Tahap II", "Tim penilai Kemenkominfo mengevaluasi masterplan daerah.", True),
    (None, "Pemkot meluncurkan program kota-cerdas untuk pelayanan publik.", True),
    (None, "Bupati memaparkan Gerakan Smart City Nasional di hadapan asesor.", True),
    ("Persib menang", "Persib Bandung menang 2-0 atas Arema di Stadion Gelora Bandung Lautan Api.", False),
    (None, KOMINFO_ONLY, False),
    (None, "Smartphone baru dengan kamera cerdas dijual mulai pekan depan.", False),
    # the programme's name joined into one word, and the press's other names for it
    ("Pemkab Hadiri Assessment Smartcity", "Tim kabupaten memaparkan kesiapan daerah di kantor kementerian.", True),
    (None, "Wali kota memaparkan konsep kota pintar di depan tim penilai.", True),
    (None, "Sekda mengapresiasi progres penyusunan masterplan smart regency oleh tim universitas.", True),
    (None, "Pemkab menargetkan layanan smart parking di pusat kota tahun depan.", False),
])
def test_scores(title: str | None, text: str, passes: bool) -> None:
    found = relevance(title, text)
    assert (found.score >= THRESHOLD) is passes, found
    assert 0 <= found.score < 1


def test_words_found_are_listed_heaviest_first_and_counted_once() -> None:
    once = relevance(None, "Smart city. Smart-city. SMART  CITY. Diskominfo.")
    assert once.terms == ("smart city", "diskominfo")
    assert once.score == relevance(None, "smart city, diskominfo").score
    assert relevance(None, KOMINFO_ONLY).terms == ("bimtek", "diskominfo")
    assert relevance(None, "smartcityku dan kominfonet").terms == ()  # whole words only


def test_every_bundled_article_passes_the_default_filter() -> None:
    settings = Settings()
    texts = {p.name: (None, p.read_text(encoding="utf-8")) for p in (ROOT / "corpus" / "articles").glob("*.txt")}
    for path in (ROOT / "corpus" / "samples").glob("*.html"):
        article = parse_page(Page(source=str(path), html=path.read_bytes()), settings)
        texts[path.name] = (article.title, article.text)
    if SHARED_SEEDS.is_dir():
        texts |= {p.name: (None, p.read_text(encoding="utf-8")) for p in SHARED_SEEDS.glob("*.txt")}
    assert len(texts) >= 58
    below = {name: relevance(*pair) for name, pair in texts.items() if relevance(*pair).score < THRESHOLD}
    assert below == {}


def test_ingest_records_an_off_topic_article_and_skips_it_on_the_next_run(
    cli: CliRun, db_url: str, news_server: NewsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fixtures.news import story_html

    news_server.routes["/bola/persiba"] = Reply(FOOTBALL)
    news_server.routes["/daerah/wonosobo"] = Reply(story_html(WONOSOBO))
    football, wonosobo = news_server.url("/bola/persiba"), news_server.url("/daerah/wonosobo")
    result = ingest_cli(cli, db_url, football, wonosobo)
    assert_clean_output(result)
    assert result.exit_code == 0  # an off-topic article is no failure
    report = run_report(result)
    assert (report["stored"], report["irrelevant"], report["failed"]) == (1, 1, 0)
    stored = read_db(db_url)
    assert [a.title for a in stored.articles] == [WONOSOBO.title]
    assert stored.failures == []
    with session_scope(db_url) as session:
        off = session.exec(select(IrrelevantRow)).one()
        assert (off.source, off.relevance) == (football, 0.0)
        assert off.reason == ("not about the smart-city programme: relevance 0.00 below 0.5 (programme words "
                              "found: none)")
        assert session.exec(select(ArticleRow.relevance)).one() >= THRESHOLD

    parsed: list[str] = []
    real_parse = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda page, settings: parsed.append(page.source) or
                        real_parse(page, settings))
    again = run_report(ingest_cli(cli, db_url, football, wonosobo))
    assert (again["stored"], again["skipped"], again["irrelevant"]) == (0, 1, 1)
    assert parsed == [] and news_server.hits["/bola/persiba"] == 1

    # with the filter off the article is judged again, from the fetch cache, and stored
    kept = run_report(ingest_cli(cli, db_url, football, extra=("--min-relevance", "0")))
    assert (kept["stored"], kept["irrelevant"]) == (1, 0)
    assert news_server.hits["/bola/persiba"] == 1
    with session_scope(db_url) as session:
        assert session.exec(select(IrrelevantRow)).all() == []


def test_a_lower_threshold_judges_again_and_an_edited_file_is_read_again(tmp_path: Path) -> None:
    article = tmp_path / "kominfo.txt"
    article.write_text("Diskominfo Gelar Pelatihan Humas\n\n" + KOMINFO_ONLY * 3, encoding="utf-8")
    settings = fast_settings(tmp_path)
    assert ingest([str(article)], settings).irrelevant == 1
    assert ingest([str(article)], settings).irrelevant == 1  # known: not parsed again
    assert ingest([str(article)], fast_settings(tmp_path, min_relevance=0.2)).stored == 1


@pytest.mark.parametrize("value", [-0.1, 1.5, float("nan")])
def test_threshold_outside_0_to_1_is_refused(value: float) -> None:
    with pytest.raises(ConfigError, match="min_relevance"):
        load_settings(min_relevance=value)


def test_cli_threshold_outside_0_to_1_is_a_usage_error(cli: CliRun, db_url: str) -> None:
    result = ingest_cli(cli, db_url, "corpus/samples", extra=("--min-relevance", "2"))
    assert result.exit_code == 2


def test_vocabulary_file_is_well_formed() -> None:
    terms = load_terms()
    assert len({t.text for t in terms}) == len(terms)
    assert all(0 < t.weight <= 1 for t in terms)


LABELS = ROOT / "corpus" / "relevance" / "labels.csv"


def test_labels_file_is_well_formed() -> None:
    with LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["id"] for r in rows}) == len(rows) == len({r["url"] for r in rows})
    assert {r["label"] for r in rows} <= {"relevant", "unrelated"}
    assert {r["split"] for r in rows} == {"dev", "test"}
    assert all(r["title"] and r["query"] and r["url"].startswith("http") for r in rows)
    # the halves are split by the query that found the articles, so no story is in both
    halves = Counter((r["query"], r["split"]) for r in rows)
    assert len({q for q, _ in halves}) == len(halves)


RESERVED_TOOL = ROOT.parent / "shared" / "tools" / "reserved.py"


@pytest.mark.skipif(not RESERVED_TOOL.is_file(), reason="../shared/tools/reserved.py is not there")
def test_no_labelled_article_is_reserved() -> None:
    spec = importlib.util.spec_from_file_location("reserved", RESERVED_TOOL)
    assert spec is not None and spec.loader is not None
    reserved = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reserved)
    with LABELS.open(encoding="utf-8", newline="") as handle:
        assert [r["id"] for r in csv.DictReader(handle) if reserved.is_reserved(r["url"], r["title"])] == []


@pytest.mark.skipif(not (ROOT / ".cache" / "unrelated-articles").is_dir() or
                    not (ROOT / ".cache" / "real-articles").is_dir(), reason="the cached texts are not here")
def test_benchmark_reports_the_figures_of_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import relevance as bench  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert bench.main(["--json"]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    dev, test = report["rules"]["dev"], report["rules"]["test"]
    assert (dev["precision"], dev["recall"]) == (1.0, 1.0)
    assert (test["precision"], test["recall"]) == (0.923, 1.0)
