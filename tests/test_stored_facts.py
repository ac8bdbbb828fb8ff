"""What the database stores is what a researcher would count (issue 15): publication dates, scores, exact copies,
event rounds and years, people, codes, per-field corroboration.

The articles are short made-up reports written for these tests; each one runs through the real pipeline
(parse, NLP, store, assembly), so each test ingests only a few.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fixtures.events_db import Doc, store_docs
from fixtures.events_db import event as db_event
from fixtures.events_db import person as db_person
from fixtures.events_db import summary as db_summary
from fixtures.news import jsonl_line
from fixtures.support import CliRun, ingest_cli, read_db, run_report
from sqlalchemy import inspect
from sqlmodel import select

import extractor
from extractor.assemble import SourceArticle, assemble_people
from extractor.db.models import (
    ArticleCopyRow,
    ArticleDimensionRow,
    ArticleRow,
    EventRegionRow,
    PersonPositionRow,
    ScoreRow,
)
from extractor.db.queries import find_events, find_scores
from extractor.db.session import get_engine, open_session
from extractor.errors import QueryError
from extractor.facts import score_meaning

# a report whose publication date is only in its dateline (the line under the headline), as .txt files have it
DATELINE_TXT = """Kabupaten Tabalong Ikuti Evaluasi Tahap I Gerakan Menuju Smart City
Kamis, 10 Agustus 2023 | 14.20 WITA

TANJUNG - Pemerintah Kabupaten Tabalong mengikuti evaluasi tahap I Gerakan Menuju Smart City yang
diselenggarakan Kementerian Kominfo secara daring, kemarin. Bupati Tabalong Anang Syakhfiani memaparkan
capaian quick win di hadapan para evaluator dari Ruang Rapat Bappedalitbang. Menurut dia, layanan digital
yang dibangun sejak 2019 sudah dipakai warga di seluruh kecamatan.
"""

# no dateline at the top: the date stands alone on the last line, as some regional portals print it
DATE_LINE_TXT = """Pemerintah Kota Tomohon memaparkan rencana induk kota cerdas di hadapan tim asesor dari Jakarta.
Wali Kota Tomohon mengatakan inovasi layanan publik berbasis aplikasi akan diperluas ke semua kelurahan.
Tim asesor menilai dokumen rencana induk sudah lengkap, namun perlu memperjelas pembiayaan tiap program.
Kota Tomohon menjadi salah satu daerah peserta Gerakan Menuju 100 Smart City yang terus berbenah.
Pemerintah kota juga menyiapkan ruang kendali untuk memantau layanan warga selama dua puluh empat jam.

Tomohon, 12 Maret 2021
"""

# no date anywhere
UNDATED_TXT = """Pemerintah Kota Bitung memaparkan rencana induk kota cerdas di hadapan tim asesor dari Jakarta.
Wali Kota Bitung mengatakan inovasi layanan publik berbasis aplikasi akan diperluas ke semua kelurahan.
Tim asesor menilai dokumen rencana induk sudah lengkap, namun perlu memperjelas pembiayaan tiap program.
Kota Bitung menjadi salah satu daerah peserta Gerakan Menuju 100 Smart City yang terus berbenah.
"""


# publication dates


def test_the_best_publication_date_is_stored_with_its_source(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "tabalong.txt").write_text(DATELINE_TXT, encoding="utf-8")
    (tmp_path / "tomohon.txt").write_text(DATE_LINE_TXT, encoding="utf-8")
    (tmp_path / "bitung.txt").write_text(UNDATED_TXT, encoding="utf-8")
    # a JSONL line with `published` keeps it even when the text has another date; one without takes the dateline
    (tmp_path / "feed.jsonl").write_text(
        jsonl_line(id="with-date", published="2023-08-11", text=DATELINE_TXT.split("\n", 1)[1].replace(
            "Tabalong", "Balangan"))
        + "\n"
        + jsonl_line(id="without-date", text=DATELINE_TXT.split("\n", 1)[1].replace("Tabalong", "Tanah Laut"))
        + "\n"
        # no date in the text: the one in the URL's path
        + jsonl_line(id="url-date", url="https://berita.example/2021/04/19/bitung-cerdas",
                     text=UNDATED_TXT.replace("Bitung", "Manado"))
        + "\n",
        encoding="utf-8",
    )
    result = ingest_cli(cli, db_url, tmp_path)
    assert result.exit_code == 0, result.output
    stored = read_db(db_url)
    dates = {a.key: (a.published, a.published_source) for a in stored.articles}
    assert dates == {
        "tabalong": (date(2023, 8, 10), "dateline"),
        "tomohon": (date(2021, 3, 12), "text"),
        "bitung": (None, None),
        "with-date": (date(2023, 8, 11), "metadata"),
        "without-date": (date(2023, 8, 10), "dateline"),
        "url-date": (date(2021, 4, 19), "url"),
    }
    # "kemarin" counts from the dateline
    summary = stored.by_key("tabalong").summary or {}
    assert summary["published"] == "2023-08-10"


# scores

BANJARMASIN = (
    "Banjarmasin Naik ke Peringkat 5 Evaluasi Smart City\n"
    "Senin, 14 Februari 2022 | 10.15 WITA\n\n"
    "BANJARMASIN - Pemerintah Kota Banjarmasin meraih indeks 3,12 dalam evaluasi Gerakan Menuju 100 Smart City "
    "tahun 2021 yang diumumkan Kementerian Kominfo pekan lalu. Indeks kota seribu sungai itu naik dari 2,94 pada "
    "2020.\n"
    "Dengan nilai 3,12 tersebut, Banjarmasin menempati peringkat 5 dari seluruh kota peserta pada 2021. Kepala "
    "Diskominfotik Kota Banjarmasin, Windiasti Kartika, mengatakan hasil itu buah kerja seluruh perangkat daerah.\n"
    "Menurut dia, layanan perizinan daring menjadi penyumbang terbesar karena kini dipakai ribuan warga setiap "
    "bulan.\n"
)
# the same report syndicated by a portal with its own lead sentence: a near-duplicate
BANJARMASIN_COPY = BANJARMASIN.replace(
    "BANJARMASIN - ", "BANJARMASIN - Kabar gembira datang dari ibu kota Kalimantan Selatan pekan ini. "
)
# another outlet's own report of the same index
BANJARMASIN_OTHER = (
    "Indeks Smart City Banjarmasin Tembus 3,12\n"
    "Selasa, 15 Februari 2022 | 08.00 WITA\n\n"
    "Kota Banjarmasin mencatat nilai evaluasi smart city 3,12 untuk tahun 2021, salah satu yang tertinggi di "
    "Kalimantan. Wali Kota Banjarmasin Ibnu Sina menyebut capaian itu hasil pembenahan layanan publik berbasis "
    "aplikasi yang dimulai sejak beberapa tahun lalu dan kini menjangkau seluruh kelurahan di kota itu.\n"
)


def test_scores_are_counted_once_per_meaning_and_source(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    for name, text in (("1-banjarmasin", BANJARMASIN), ("2-salinan", BANJARMASIN_COPY),
                       ("3-lain", BANJARMASIN_OTHER)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = ingest_cli(cli, db_url, tmp_path)
    assert result.exit_code == 0, result.output
    assert run_report(result)["near_duplicates"] == 1
    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            stored = {a.key: a.id for a in session.exec(select(ArticleRow))}
            rows = list(session.exec(select(ScoreRow)))
            # "3,12" stated twice ("indeks", "nilai") is one score; the copy adds none
            first = sorted((r.kind, r.metric, r.year, r.value) for r in rows if r.article_id == stored["1-banjarmasin"])
            assert first == [("index", "smart_city_index", 2020, 2.94), ("index", "smart_city_index", 2021, 3.12),
                             ("rank", "smart_city_index_rank", 2021, 5.0)]
            assert not [r for r in rows if r.article_id == stored["2-salinan"]]
            distinct = find_scores(session, region="Banjarmasin")
    finally:
        engine.dispose()
    assert [(s["year"], s["kind"], s["metric"], s["value"], s["n_independent_sources"], s["n_syndicated"])
            for s in distinct] == [
        (2020, "index", "smart_city_index", 2.94, 1, 1),
        (2021, "index", "smart_city_index", 3.12, 2, 1),
        (2021, "rank", "smart_city_index_rank", 5.0, 1, 1),
    ]
    assert {s["region_code"] for s in distinct} == {"63.71"}
    # the raw phrases stay beside the normalised metric
    assert "indeks kota seribu sungai itu" in distinct[0]["what"]


# exact copies

SIAK = (
    "Siak Ikuti Evaluasi Tahap II Smart City\n"
    "Rabu, 16 September 2020 | 19.40 WIB\n\n"
    "SIAK - Pemerintah Kabupaten Siak mengikuti evaluasi tahap II Gerakan Menuju 100 Smart City melalui konferensi "
    "video pada Selasa (15/9/2020). Paparan disampaikan dari Ruang Command Center Kabupaten Siak dan diikuti "
    "seluruh kepala organisasi perangkat daerah. Bupati Siak Alfedri mengatakan layanan digital terus diperluas "
    "hingga ke kampung-kampung.\n"
)


def test_an_exact_copy_is_recorded_as_syndication(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        jsonl_line(id="riau", url="https://riau.example/siak-evaluasi", text=SIAK)
        + "\n"
        # the same text on two other portals, one a day later
        + jsonl_line(id="portal", url="https://portal.example/berita/siak", published="2020-09-17", text=SIAK)
        + "\n"
        + jsonl_line(id="kabar", url="https://kabar.example/siak-smart-city", text=SIAK)
        + "\n",
        encoding="utf-8",
    )
    result = ingest_cli(cli, db_url, tmp_path)
    assert result.exit_code == 0, result.output
    report = run_report(result)
    assert (report["stored"], report["copies"], report["skipped"]) == (1, 2, 0)
    assert report["database"]["copies"] == 2
    again = run_report(ingest_cli(cli, db_url, tmp_path))
    assert (again["stored"], again["copies"], again["skipped"]) == (0, 0, 3)

    engine = get_engine(db_url)
    try:
        with open_session(engine) as session:
            copies = list(session.exec(select(ArticleCopyRow).order_by(ArticleCopyRow.id)))
            events = find_events(session, region="Siak")
    finally:
        engine.dispose()
    assert [(c.key, c.url, c.published, c.published_source) for c in copies] == [
        ("portal", "https://portal.example/berita/siak", date(2020, 9, 17), "metadata"),
        ("kabar", "https://kabar.example/siak-smart-city", date(2020, 9, 16), "dateline"),
    ]
    # the copies are the story's reach, not two more outlets confirming it
    [evaluation] = [e for e in events if e["type"] == "evaluation"]
    assert (evaluation["n_sources"], evaluation["n_independent_sources"], evaluation["n_copies"]) == (1, 1, 2)
    assert evaluation["copies"] == ["https://portal.example/berita/siak", "https://kabar.example/siak-smart-city"]


# people


def _source(article_id: int, published: str, people: list[dict[str, Any]]) -> SourceArticle:
    return SourceArticle(article_id=article_id, key=f"a{article_id}", url=f"https://news{article_id}.example/a",
                         published=published, summary={"people": people, "events": []})


def _person(name: str, category: str = "other", affiliation: str | None = None,
            role: str | None = None) -> dict[str, Any]:
    return {"name": name, "category": category, "role": role, "affiliation": affiliation, "region": None}


@pytest.mark.parametrize("dates", list(itertools.permutations(["2019-06-10", "2019-06-19", "2019-06-21"])))
def test_people_resolution_does_not_depend_on_the_order_of_the_articles(dates: tuple[str, str, str]) -> None:
    # the case: a bare mention of "Heri Abdul Azis" (no category, no institution) published first split
    # him from "Herry Abdul Aziz", whom the later mentions with category and institution join
    articles = [
        _source(1, dates[0], [_person("Heri Abdul Azis")]),
        _source(2, dates[1], [_person("Herry Abdul Aziz", "ministry", "Kemenkominfo", "Staf Ahli Menteri")]),
        _source(3, dates[2], [_person("Heri Abdul Azis", "ministry", "Kemenkominfo")]),
    ]
    people, person_of = assemble_people(sorted(articles, key=lambda a: a.order))
    assert len(people) == 1
    [heri] = people
    assert set(heri.variants) == {"Heri Abdul Azis", "Herry Abdul Aziz"}
    assert (heri.category, heri.affiliation) == ("ministry", "Kemenkominfo")
    assert len(set(person_of.values())) == 1
    assert [p.as_of for p in heri.positions] == sorted(dates)


def test_a_bare_name_never_joins_two_different_people() -> None:
    # two bearers of one name told apart by their institutions; a bare mention may join one, never merge them
    articles = [
        _source(1, "2020-01-01", [_person("Budi Santoso")]),
        _source(2, "2020-01-02", [_person("Budi Santoso", "assessor", "Institut Teknologi Bandung")]),
        _source(3, "2020-01-03", [_person("Budi Santoso", "regional_official", "Pemkab Sleman")]),
    ]
    people, _ = assemble_people(articles)
    assert sorted(p.affiliation or "" for p in people) == ["Institut Teknologi Bandung", "Pemkab Sleman"]


def test_people_command_shows_the_variants(cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # a table wide enough not to fold the names
    url = f"sqlite:///{tmp_path / 'people.db'}"
    engine = get_engine(url)
    store_docs(engine)
    engine.dispose()
    result = cli("people", "--db", url, "--category", "ministry")
    assert result.exit_code == 0, result.output
    assert "variants" in result.stdout
    flat = "".join(result.stdout.split())
    assert "HeriAbdulAzis" in flat and "HerryAbdulAziz" in flat


# events: round, assessed year, cohort; codes, provinces, programme names, pillars

TOMOHON = {
    "1-seleksi": (
        "Tomohon dan Bitung Lolos Seleksi Smart City\nSenin, 21 Mei 2018 | 09.00 WITA\n\n"
        "Kota Tomohon dan Kota Bitung dinyatakan lolos seleksi Gerakan Menuju 100 Smart City tahun 2018 yang "
        "diumumkan Kementerian Kominfo di Jakarta pada 20 Mei 2018. Kedua kota akan menyusun rencana induk kota "
        "cerdas bersama tim asesor. Wali Kota Tomohon Jimmy Eman mengatakan pemerintah kota siap memenuhi seluruh "
        "tahapan program.\n"
    ),
    "2-evaluasi": (
        "Tomohon Jalani Evaluasi Tahap II Smart City\nSabtu, 12 Oktober 2019 | 18.30 WITA\n\n"
        "TOMOHON - Pemerintah Kota Tomohon menjalani evaluasi tahap II Gerakan Menuju 100 Smart City di Ruang "
        "Command Center Kota Tomohon pada 11 Oktober 2019. Wali Kota Tomohon Jimmy Eman memaparkan inovasi "
        "dimensi Smart Governance dan Smart Mobility di hadapan para evaluator dari Kementerian Kominfo.\n"
    ),
    # the case: the assessment of 2019 reported when its award is handed over, in January 2020
    "3-penghargaan": (
        "Tomohon Raih Penghargaan Smart City\nJumat, 17 Januari 2020 | 10.00 WITA\n\n"
        "JAKARTA - Kota Tomohon menerima penghargaan hasil penilaian gerakan smart city nasional tahun 2019 yang "
        "diserahkan Kementerian Kominfo di Jakarta pada 16 Januari 2020. Penghargaan itu diberikan kepada daerah "
        "dengan capaian terbaik dalam pelaksanaan rencana induk kota cerdas.\n"
    ),
}


@pytest.fixture
def tomohon_db(cli: CliRun, tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'tomohon.db'}"
    for name, text in TOMOHON.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = ingest_cli(cli, url, *sorted(tmp_path.glob("*.txt")))
    assert result.exit_code == 0, result.output
    return url


def test_events_keep_their_round_assessed_year_and_the_cohort_of_their_regions(tomohon_db: str) -> None:
    events = {e["type"]: e for e in extractor.events(region="Tomohon", db_url=tomohon_db).to_dict("records")}
    assert (events["evaluation"]["stage"], events["evaluation"]["round"]) == ("Tahap II", 2)
    award = events["award"]
    assert (award["start"], award["assessed_year"]) == ("2020-01-16", 2019)
    assert award["programme"] == "Gerakan Smart City Nasional"  # written in lower case in the article
    assert events["selection_result"]["programme"] == "Gerakan Menuju 100 Smart City"
    [tomohon] = [r for r in award["region_details"] if r["region"] == "Kota Tomohon"]
    assert tomohon == {"region": "Kota Tomohon", "role": "selected", "region_code": "71.73", "province_code": "71",
                       "cohort_year": 2018}
    regions = extractor.regions(db_url=tomohon_db).set_index("region")
    assert regions.loc["Kota Tomohon", ["province", "cohort_year", "n_events"]].tolist() == ["Sulawesi Utara", 2018, 3]
    assert regions.loc["Kota Bitung", "cohort_year"] == 2018


def test_codes_province_filter_and_pillars(tomohon_db: str, cli: CliRun) -> None:
    assert len(extractor.events(province="Sulut", db_url=tomohon_db)) == 3
    assert len(extractor.events(province="71", db_url=tomohon_db)) == 3
    assert extractor.events(province="Jawa Barat", db_url=tomohon_db).empty
    with pytest.raises(QueryError, match="unknown province"):
        extractor.events(province="Atlantis", db_url=tomohon_db)
    listed = cli("events", "--db", tomohon_db, "--province", "Sulawesi Utara", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 3
    engine = get_engine(tomohon_db)
    try:
        with open_session(engine) as session:
            regions = list(session.exec(select(EventRegionRow)))
            dimensions = {d.dimension: d.pillar for d in session.exec(select(ArticleDimensionRow))}
            positions = [p for p in session.exec(select(PersonPositionRow)) if p.region]
    finally:
        engine.dispose()
    assert regions and all(r.region_code and r.province_code == "71" for r in regions if r.region != "Kota Jakarta")
    assert dimensions == {"Smart Governance": True, "Smart Mobility": False}
    assert positions and all(p.region_code == "71.73" for p in positions if p.region == "Kota Tomohon")


# per-field corroboration


def _the_one_event(docs: list[Doc]) -> dict[str, Any]:
    """The reports stored in a fresh in-memory database, assembled into their one event."""
    engine = get_engine("sqlite://")
    try:
        store_docs(engine, docs)
        with open_session(engine) as session:
            [event] = find_events(session)
    finally:
        engine.dispose()
    return event


def _report(key: str, published: date, venue: str, *scores_given: float, copy_of: str | None = None,
            assessor: str | None = None) -> Doc:
    scores = [{"value": score, "year": 2019, "what": "nilai"} for score in scores_given]
    people = [db_person(assessor, "assessor", affiliation="Universitas Indonesia")] if assessor else []
    return Doc(
        key=key, url=f"https://{key}.example/evaluasi-banyuasin", site=f"{key}.example", published=published,
        duplicate_of=copy_of,
        text=f"Kabupaten Banyuasin mengikuti evaluasi smart city pada 18-20 Juni 2019 di {venue}. {key}.",
        summary=db_summary(key, published=published.isoformat(), scores=scores, people=people,
                           events=[db_event("evaluation", ["Kabupaten Banyuasin"], "2019-06-18", "2019-06-20",
                                            venue=venue)]),
    )


def test_each_field_of_an_event_says_how_many_independent_sources_state_it() -> None:
    # three outlets agree on the date; two name one venue, one another; a syndicated copy repeats the first
    docs = [
        _report("sumsel", date(2019, 6, 21), "Hotel Aston Banyuwangi", 3.2, assessor="Dana Prakoso"),
        _report("salinan", date(2019, 6, 22), "Hotel Aston Banyuwangi", 3.2, copy_of="sumsel",
                assessor="Dana Prakoso"),
        _report("palembang", date(2019, 6, 21), "Hotel Aston Banyuwangi", 3.4),
        _report("nasional", date(2019, 6, 20), "Gedung Juang Banyuwangi", assessor="Dana Prakoso"),
    ]
    event = _the_one_event(docs)
    assert (event["n_sources"], event["n_independent_sources"]) == (4, 3)
    votes = {name: {v["value"]: (v["n_sources"], v["n_independent_sources"]) for v in values}
             for name, values in event["corroboration"].items()}
    assert votes["date"] == {"2019-06-18/2019-06-20": (4, 3)}
    assert votes["venue"] == {"hotel aston banyuwangi": (3, 2), "gedung juang banyuwangi": (1, 1)}
    assert votes["regions"] == {"Kabupaten Banyuasin": (4, 3)}
    assert votes["assessors"] == {"dana-prakoso": (3, 2)}
    assert votes["scores"] == {"smart_city_index 2019: 3.2": (2, 1), "smart_city_index 2019: 3.4": (1, 1)}
    assert event["conflicts"] == ["venue", "scores"]


# schema


def test_a_database_of_an_older_version_opens_with_the_new_keys_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, key VARCHAR NOT NULL, source VARCHAR NOT NULL, "
                    "text_sha256 VARCHAR NOT NULL, text VARCHAR NOT NULL, ingested_at DATETIME NOT NULL)")
        old.execute("CREATE TABLE score (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, region VARCHAR, "
                    "value FLOAT NOT NULL, year INTEGER, what VARCHAR, version VARCHAR NOT NULL, "
                    "UNIQUE (article_id, value, year, what))")
        old.execute("INSERT INTO article VALUES (1, 'a', 'a.txt', 'x', 'teks', '2024-01-01')")
    for _ in range(2):  # opening it again changes nothing more
        engine = get_engine(f"sqlite:///{path}")
        found = inspect(engine)
        keys = {frozenset(u["column_names"]) for u in found.get_unique_constraints("score")}
        article_columns = {c["name"] for c in found.get_columns("article")}
        engine.dispose()
        assert keys == {frozenset({"article_id", "region", "kind", "metric", "year"})}
        assert "published_source" in article_columns
    assert read_db(f"sqlite:///{path}").by_key("a").published_source is None


# evaluating what is stored

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# gold articles with scores of two regions in one sentence, people and events
STORED_GOLD = ["a15_bengkulu_evaluasi_tahap1", "a27_kerinci_sungaipenuh_evaluasi", "s07_banjarmasin-evaluasi-tahap-ii"]


def test_evaluate_scores_what_the_database_stores(cli: CliRun, db_url: str, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    sources = []
    for name in STORED_GOLD:
        (gold_dir / f"{name}.json").write_text((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        sources += [p for p in (CORPUS / "articles", CORPUS / "samples") for p in p.glob(f"{name}.*")]
    assert ingest_cli(cli, db_url, *sources).exit_code == 0
    extracted = json.loads(cli("evaluate", gold_dir, *sources, "--json").stdout)
    result = cli("evaluate", gold_dir, "--stored", "--db", db_url, "--json", "--show-errors")
    assert result.exit_code == 0, result.output
    stored = json.loads(result.stdout)["scores"]
    assert set(stored) == set(extracted)
    # one score per region, kind, metric and year: the repeated 3,12 of Banjarmasin is one, and the two regions
    # of one sentence ("Kota Sungai Penuh memperoleh indeks 2,98, sedangkan Kabupaten Kerinci mencatat nilai
    # 2,71") keep one score each
    # 2,71") keep one score each; the extraction already keeps one score per meaning, so storing adds no error
    assert stored["scores"]["tp"] == extracted["scores"]["tp"]
    assert stored["scores"]["fp"] <= extracted["scores"]["fp"]
    # resolution and merging keep every person and event the articles report
    for field in ("people", "people+category", "event types"):
        assert stored[field]["tp"] == extracted[field]["tp"], field
    assert cli("evaluate", gold_dir).exit_code == 2  # neither PATHS nor --stored


def test_two_scores_of_one_source_are_no_conflict() -> None:
    # an article scoring two regions (3,2 and 2,9) and another agreeing on one of them
    docs = [_report("sumsel", date(2019, 6, 21), "Hotel Aston", 3.2, 2.9), _report("lain", date(2019, 6, 21),
                                                                                  "Hotel Aston", 3.2)]
    event = _the_one_event(docs)
    assert event["conflicts"] == []
    assert {v["value"]: v["n_independent_sources"] for v in event["corroboration"]["scores"]} == {
        "smart_city_index 2019: 3.2": 2, "smart_city_index 2019: 2.9": 1}


@pytest.mark.parametrize(("score", "before", "after", "meaning"), [
    ({"what": "peringkat", "value": 5.0}, "Banjarmasin menempati ", " dari seluruh kota", ("rank", None, "rank")),
    ({"what": "peringkat", "value": 3.0}, "menduduki ", " tingkat Provinsi dan", ("rank", None, "rank_province")),
    ({"what": "peringkat", "value": 9.0}, "dan ", " tingkat Nasional.", ("rank", None, "rank_national")),
    ({"what": "nilai tertinggi yakni", "value": 4.59}, "hasil evaluasi SPBE tahun 2024, Kota Bandung mendapat ",
     "", ("index", None, "spbe_index")),
    ({"what": "indeks kota seribu sungai itu", "value": 2.94}, "", "", ("index", None, "smart_city_index")),
    ({"what": "nilai sementara", "value": 2.58}, "", "", ("index", None, "smart_city_index_provisional")),
    ({"what": "Smart Governance", "value": 3.45}, "", "", ("dimension_score", "Smart Governance", "smart_governance")),
    ({"what": "capaian 85 persen", "value": 85.0}, "", "", ("percentage", None, "percentage")),
    # the NLP's own labels win
    ({"what": "nilai", "value": 3.1, "kind": "index", "metric": "ikd"}, "", "", ("index", None, "ikd")),
])
def test_what_a_score_measures(score: dict[str, Any], before: str, after: str,
                               meaning: tuple[str, str | None, str]) -> None:
    found = score_meaning(score, before, after)
    assert (found.kind, found.dimension, found.metric) == meaning
