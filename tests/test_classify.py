"""The innovation -> dimension classifier: features, grouped validation, persistence, prediction, CLI."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import skops.io as sio
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer
from typer.testing import CliRunner

from extractor.classify import (
    EXCLUDED_REGIONS,
    TRAINING_FILES,
    classify,
    classify_csv,
    compact,
    load,
    train,
    using,
)
from extractor.classify.compact import CompactModel
from extractor.classify.features import DIMENSIONS, as_frame, cue_counts, normalise
from extractor.classify.model import ARRAYS_FILE, META_FILE, MODEL_FILE, Classifier, load_pipeline
from extractor.classify.text import _stemmer, columns, mask_places, spell_agencies
from extractor.classify.training import (
    ARTICLE_THRESHOLD,
    CANDIDATES,
    GATE_WORDS,
    THRESHOLDS,
    CrossValidation,
    best_threshold,
    build_classifier,
    cross_validate,
    draw_test_regions,
    fit,
    folds,
    keyword_baseline,
    news_fragments,
    precise_threshold,
    read_lines,
    read_training,
    region_key,
    region_weights,
    report,
    split,
)
from extractor.cli import app
from extractor.errors import NlpError, SourceError
from extractor.records import Article
from extractor.summary import extract_article

SHARED_TOOLS = Path(__file__).resolve().parents[1].parent / "shared" / "tools"
# Six small themes, four regions each: enough for grouped folds and calibration, written for these tests.
THEMES = {
    "Smart Governance": ("Layanan {} daring", "aplikasi pengaduan warga dan perizinan terpadu di kantor kecamatan"),
    "Smart Branding": ("Festival {}", "promosi wisata dan budaya daerah bagi wisatawan"),
    "Smart Economy": ("Pasar {} Digital", "penjualan produk UMKM lokal secara daring dengan pembayaran nontunai"),
    "Smart Living": ("Sehat {}", "layanan kesehatan puskesmas dan ambulans untuk ibu hamil"),
    "Smart Society": ("Sekolah {}", "pendidikan dan literasi komunitas warga di perpustakaan desa"),
    "Smart Environment": ("Bank Sampah {}", "pengelolaan sampah plastik dan daur ulang di lingkungan"),
}
REGIONS = ("Kabupaten Alor", "Kota Bitung", "Kabupaten Sumba Timur", "Kota Tual", "Kabupaten Ende", "Kota Sabang")


def training_rows() -> list[dict[str, str]]:
    return [{"name": name.format(region.split()[-1]), "description": description, "dimension": dimension,
             "region": region, "evidence": "inferred", "source_url": f"https://example.org/{region.split()[-1]}"}
            for dimension, (name, description) in THEMES.items() for region in REGIONS]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def train_small(directory: Path) -> dict:
    """The classifier trained on the test themes, Kota Sabang as its test split."""
    (directory / "test_regions.txt").write_text("# the fixed test split\nKota Sabang\n", encoding="utf-8")
    return train([write_csv(directory / "train.csv", training_rows())], directory, directory / "test_regions.txt",
                 None)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    directory = tmp_path_factory.mktemp("model")
    return directory, train_small(directory)


def test_the_stemmer_keeps_no_word_it_stemmed() -> None:
    # Sastrawi's factory puts a cache without bound in front of its stemmer: a long ingest kept every new word
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    cached = StemmerFactory().create_stemmer()
    assert not hasattr(_stemmer(), "cache")
    for word in ("pelayanan", "perizinannya", "dikelola", "bandung", "2024", "pemkab", "diterapkan"):
        assert _stemmer().stem(word) == cached.stem(word)


@pytest.mark.parametrize("word, stem", [("pelayanan", "layan"), ("perizinan", "izin"), ("pengelolaan", "kelola")])
def test_normalise_reduces_words_to_their_stem(word: str, stem: str) -> None:
    assert normalise(f"Aplikasi {word.upper()}") == f"aplikasi {stem}"


def test_normalise_splits_prefixed_app_names() -> None:
    assert normalise("e-Retribusi").split()[0] == "e"


@pytest.mark.parametrize("text, dimension", [
    ("pengolahan sampah menjadi kompos", "Smart Environment"),
    ("pelayanan kesehatan ibu hamil di puskesmas", "Smart Living"),
    ("promosi destinasi wisata budaya", "Smart Branding"),
    # the guide's sub-dimensions: Society's learning and safety, Living's disease prevention
    ("beasiswa kuliah bagi santri pesantren", "Smart Society"),
    ("pelatihan keterampilan menjahit untuk keselamatan kerja", "Smart Society"),
    ("vaksin dan imunisasi untuk mencegah penyakit", "Smart Living"),
])
def test_cue_counts_point_at_the_dimension(text: str, dimension: str) -> None:
    counts = cue_counts(text)
    assert counts[DIMENSIONS.index(dimension)] == max(counts) > 0


def test_keyword_baseline_falls_back_to_governance_without_cues() -> None:
    assert keyword_baseline({"name": "Xyz", "description": ""}) == "Smart Governance"
    assert keyword_baseline({"name": "Lapak UMKM", "description": "jual beli produk lokal"}) == "Smart Economy"


@pytest.mark.parametrize("seed", [None, 0, 3])
def test_folds_never_put_a_region_or_a_source_on_both_sides(seed: int | None) -> None:
    rows = training_rows()
    # one article lists innovations of Alor and Bitung: the two regions must stay together
    rows[0] = {**rows[0], "source_url": "https://example.org/Bitung"}
    assert rows[0]["region"] == "Kabupaten Alor"
    for train_index, test_index in folds(rows, seed):
        for key in ("region", "source_url"):
            assert not {rows[i][key] for i in train_index} & {rows[i][key] for i in test_index}


def test_folds_need_two_groups() -> None:
    rows = [{**r, "source_url": "one article"} for r in training_rows()]
    with pytest.raises(NlpError, match="at least two regions that share no source"):
        folds(rows)


def test_the_test_split_keeps_out_the_rows_of_its_sources() -> None:
    rows = training_rows()
    rows[0] = {**rows[0], "source_url": "https://example.org/Sabang"}  # an Alor row from the Sabang article
    dev, test = split(rows, frozenset({"Kota Sabang"}))
    assert {rows[i]["region"] for i in test} == {"Kota Sabang"}
    assert 0 not in dev and not {rows[i]["region"] for i in dev} & {"Kota Sabang"}
    assert len(dev) + len(test) == len(rows) - 1


def test_test_regions_are_a_seeded_draw() -> None:
    rows = training_rows()
    assert draw_test_regions(rows, seed=1, count=2) == draw_test_regions(rows, seed=1, count=2)
    assert len(draw_test_regions(rows, seed=1, count=2)) == 2
    assert set(draw_test_regions(rows, count=3)) <= set(REGIONS)


def test_rows_of_a_region_with_many_rows_count_less_each() -> None:
    # four rows of one region weigh as much as two rows of regions with one row each (n ** -0.5), mean 1
    rows = [{"name": f"Layanan {i}", "region": "Kota Tual"} for i in range(4)] + \
        [{"name": "Sehat Alor", "region": "Kabupaten Alor"}, {"name": "Tanpa wilayah", "region": ""}]
    weights = region_weights(rows)
    assert weights.mean() == pytest.approx(1.0)
    assert weights[0] == pytest.approx(weights[4] / 2) and weights[4] == pytest.approx(weights[5])
    assert sum(weights[:4]) == pytest.approx(weights[4] + weights[5])


def test_rows_of_the_dev_gold_count_their_file_weight() -> None:
    # name-only rows of the real dev gold count FILE_WEIGHTS of a row of another file of the same region count
    from extractor.classify.training import FILE_WEIGHTS

    rows = [{"name": "Lapor Camat", "region": "Kota Tual", "training_file": "dev_gold_innovations.csv"},
            {"name": "Sehat Alor", "region": "Kabupaten Alor", "training_file": "real_innovations.csv"}]
    weights = region_weights(rows)
    assert weights[0] == pytest.approx(weights[1] * FILE_WEIGHTS["dev_gold_innovations.csv"]) and weights[0] < weights[1]


def test_fitting_weighs_the_rows_by_region() -> None:
    # Kota Tual's rows three times over: the fitted model is the one trained with the region weights, not the plain one
    rows = training_rows()
    rows += [r for r in rows if r["region"] == "Kota Tual"] * 2
    frame, labels = as_frame(rows), [r["dimension"] for r in rows]
    weighted = build_classifier().fit(frame, labels, model__sample_weight=region_weights(rows))
    plain = build_classifier().fit(frame, labels)
    probabilities = fit(rows, "linear_svc_calibrated").predict_proba(frame)
    assert np.array_equal(probabilities, weighted.predict_proba(frame))
    assert not np.allclose(probabilities, plain.predict_proba(frame))


def test_rows_of_excluded_regions_are_left_out(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "train.csv", training_rows())
    rows = read_training([path], frozenset({region_key("kota  TUAL")}))
    assert "Kota Tual" not in {r["region"] for r in rows} and len(rows) == len(training_rows()) - 6


@pytest.mark.skipif(not SHARED_TOOLS.is_dir(), reason="../shared/tools is not here")
def test_region_keys_are_the_keys_of_the_reserved_list() -> None:
    sys.path.insert(0, str(SHARED_TOOLS))
    try:
        from reserved import region_key as reserved_key
    finally:
        sys.path.remove(str(SHARED_TOOLS))
    assert region_key("Kota  Tual") == reserved_key("Kota  Tual")
    assert read_lines(EXCLUDED_REGIONS)  # the committed list holds keys of that form
    assert all(k.startswith("r:") and len(k) == 66 for k in read_lines(EXCLUDED_REGIONS))


@pytest.mark.parametrize("text, masked", [
    ("Bank Sampah Kota Tual", "Bank Sampah wilayah"),
    ("Pemkab Aceh Besar meluncurkan aplikasi", "wilayah meluncurkan aplikasi"),
    ("layanan warga Jawa Timur dan DKI Jakarta", "layanan warga wilayah dan wilayah"),
    ("tambang batu bara", "tambang batu bara"),  # a lower-case word that spells a region stays
    ("Sambas-ku", "Sambas-ku"),  # part of a longer word
])
def test_place_names_are_masked(text: str, masked: str) -> None:
    assert mask_places(text) == masked


def test_a_region_name_does_not_change_the_prediction(trained: tuple[Path, dict]) -> None:
    model = load(trained[0])
    rows = [{"name": f"Bank Sampah {place}", "description": f"tabungan sampah warga {place}"}
            for place in ("Kota Tual", "Kabupaten Pidie", "Surabaya")]
    assert len({p.top for p in model.predict(rows)}) == 1


def test_the_free_text_threshold_is_the_lowest_that_reaches_the_target_precision() -> None:
    validation = CrossValidation.of("m", ["a", "a", "b", "b"], ["a", "b", "b", "a"], [0.9, 0.3, 0.8, 0.5])
    assert validation.abstention(0.6) == {"coverage": 0.5, "precision": 1.0}
    assert precise_threshold(validation) == 0.55
    assert precise_threshold(CrossValidation.of("m", ["a"], ["b"], [0.9])) == THRESHOLDS[-1]


def test_the_pipeline_threshold_abstains_where_guessing_costs_more_than_it_gains() -> None:
    # four right answers above 0.5, four wrong ones below: F1 is best when those are left empty
    validation = CrossValidation.of("m", ["a"] * 8, ["a"] * 4 + ["b"] * 4, [0.9] * 4 + [0.4] * 4)
    assert best_threshold(validation) == 0.45
    assert best_threshold(CrossValidation.of("m", ["a"] * 2, ["a"] * 2, [0.9, 0.25])) == 0.2


def test_cross_validation_scores_every_row_out_of_fold() -> None:
    validation = cross_validate(training_rows(), "linear_svc_calibrated")
    assert len(validation.predicted) == len(validation.true) == len(training_rows())
    assert set(validation.predicted) <= set(DIMENSIONS)
    assert validation.macro_f1 > 0.8  # the themes are distinct; a broken feature pipeline falls far below
    assert set(validation.per_class_f1) == set(DIMENSIONS)


def test_read_training_names_the_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("judul,dimension\nX,Smart Living\n", encoding="utf-8")
    with pytest.raises(NlpError, match="lacks column.*name"):
        read_training([path])


def test_read_training_needs_two_dimensions(tmp_path: Path) -> None:
    rows = [r for r in training_rows() if r["dimension"] == "Smart Living"]
    with pytest.raises(NlpError, match="at least two dimensions"):
        read_training([write_csv(tmp_path / "one.csv", rows)])


# The real dev gold as training rows (extractor.classify.corpus.dev_gold_rows): facts only, one region per row.


def _gold(directory: Path, stem: str, regions: list[str], innovations: list[tuple[str, str | None]],
          events: list[dict] | None = None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    gold = {"id": stem, "url": f"https://berita.example/{stem}", "regions": regions, "events": events or [],
            "innovations": [{"name": n, "dimension": d, "dimension_source": "stated" if d else None}
                            for n, d in innovations]}
    (directory / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_dev_gold_rows_are_the_facts_of_each_gold_innovation_with_one_region(tmp_path: Path) -> None:
    from extractor.classify.corpus import dev_gold_rows

    gold = tmp_path / "dev"
    _gold(gold, "r1", ["Kota Bitung"], [("Lapor Camat", "Smart Governance"), ("Rapat Koordinasi", None)],
          [{"type": "evaluation", "regions": ["Kota Bitung"], "start": None},
           {"type": "evaluation", "regions": ["Kota Bitung"], "start": "2021-05"}])
    # two regions named, the events of one: that one
    _gold(gold, "r2", ["Kabupaten Alor", "Kota Kupang"], [("Sobat Puskesmas", "Smart Living")],
          [{"type": "award", "regions": ["Kabupaten Alor"], "start": None}])
    # two regions and events of both: no region to give the row
    _gold(gold, "r3", ["Kota Tual", "Kota Ambon"], [("Tual Bersih", "Smart Environment")],
          [{"type": "award", "regions": ["Kota Tual"], "start": "2020"},
           {"type": "award", "regions": ["Kota Ambon"], "start": "2020"}])
    _gold(gold, "r4", ["Kabupaten Ende"], [("Ende Mart", "Smart Economy")])  # a reserved region
    (gold / "r5.json").write_text("never opened", encoding="utf-8")  # held out: not even read
    _gold(gold, "r6", ["Kota Bitung"], [("LAPOR  camat", "Smart Governance"), ("Festival Bitung", "Smart Branding")])
    _gold(gold, "r7", ["Kota Sabang"], [("Pasar Sabang Digital", "Smart Economy"), ("Sekolah Sabang", "Smart Society")])
    # the annotator's own description of what an innovation does travels with it
    sabang = json.loads((gold / "r7.json").read_text(encoding="utf-8"))
    sabang["innovations"][1]["description"] = "kelas daring gratis bagi pelajar"
    (gold / "r7.json").write_text(json.dumps(sabang), encoding="utf-8")
    known = [{"name": "Pasar Sabang Digital", "region": "Kota Sabang"}, {"name": "Festival Bitung", "region": "Kota Tual"}]

    found = dev_gold_rows(gold, known, ["r5-r5", "r90-r99"], frozenset({region_key("Kabupaten Ende")}))
    assert [(r["name"], r["region"], r["year"]) for r in found.rows] == [
        ("Lapor Camat", "Kota Bitung", "2021"), ("Sobat Puskesmas", "Kabupaten Alor", ""),
        ("Festival Bitung", "Kota Bitung", ""), ("Sekolah Sabang", "Kota Sabang", "")]
    assert found.rows[0] == {"name": "Lapor Camat", "description": "", "sentence": "", "dimension": "Smart Governance",
                             "region": "Kota Bitung", "year": "2021", "evidence": "stated",
                             "source_url": "https://berita.example/r1"}
    assert [r["description"] for r in found.rows] == ["", "", "", "kelas daring gratis bagi pelajar"]
    assert found.left_out == {"no dimension": 1, "no single region": 1, "reserved region": 1,
                              "already in a training file": 1, "repeated in the dev gold": 1}
    assert found.held_out_articles == 1


def test_a_stated_dimension_of_a_repeated_innovation_wins_over_an_inferred_one(tmp_path: Path) -> None:
    from extractor.classify.corpus import dev_gold_rows

    gold = tmp_path / "dev"
    _gold(gold, "r1", ["Kota Bitung"], [("Bitung Sehat", "Smart Living")])
    _gold(gold, "r2", ["Kota Bitung"], [("Bitung Sehat", "Smart Society")])
    first = json.loads((gold / "r1.json").read_text(encoding="utf-8"))
    first["innovations"][0]["dimension_source"] = "inferred"  # the annotator's judgement, the other article states it
    (gold / "r1.json").write_text(json.dumps(first), encoding="utf-8")

    found = dev_gold_rows(gold)
    assert [(r["dimension"], r["evidence"], r["source_url"]) for r in found.rows] == [
        ("Smart Society", "stated", "https://berita.example/r2")]
    assert found.left_out["repeated in the dev gold"] == 1


def test_held_out_ids_of_a_line_count_each_even_when_one_is_absent() -> None:
    from extractor.classify.corpus import held_out_ids

    stems = ["r1", "r3", "r4", "r7", "r8"]
    assert held_out_ids(stems, ["r3,r5,r7", "r8-r9", "r20-r30"]) == {"r3", "r7", "r8"}


def test_the_committed_held_out_list_names_the_measurement_groups() -> None:
    from extractor.classify.corpus import HELD_OUT_FILE, held_out_ids
    from extractor.classify.training import read_lines

    stems = [f"r{n}" for n in range(1200, 1600)]
    held = held_out_ids(stems, read_lines(TRAINING_FILES[0].parent / HELD_OUT_FILE))
    assert held == {f"r{n}" for n in range(1212, 1224)} | {f"r{n}" for n in range(1301, 1324, 2)} | \
        {f"r{n}" for n in range(1400, 1424)} | {f"r{n}" for n in range(1500, 1524)}


def test_train_regenerates_the_dev_gold_rows_and_reads_a_file_without_rows(tmp_path: Path) -> None:
    from extractor.classify.corpus import DEV_GOLD_FILE, write_dev_gold_rows

    corpus = tmp_path / "corpus"
    (corpus / "training").mkdir(parents=True)
    write_csv(corpus / "training" / "innovations.csv", training_rows())
    (corpus / "training" / "held_out_articles.txt").write_text("# measurement group\nr2\n", encoding="utf-8")
    (corpus / "training" / "excluded_regions.txt").write_text(region_key("Kota Ambon") + "\n", encoding="utf-8")
    # no dev gold in this corpus: a file of the header only, which training reads as no rows
    assert write_dev_gold_rows(corpus, ["innovations.csv"]).rows == []
    files = [corpus / "training" / name for name in ("innovations.csv", DEV_GOLD_FILE)]
    assert len(read_training(files)) == len(training_rows())
    _gold(corpus / "real" / "dev", "r1", ["Kota Bitung"], [("Layanan Bitung daring", "Smart Governance"),
                                                             ("Lapor Camat", "Smart Governance")])
    _gold(corpus / "real" / "dev", "r2", ["Kota Tual"], [("Tual Bersih", "Smart Environment")])
    _gold(corpus / "real" / "dev", "r3", ["Kota Ambon"], [("Ambon Lestari", "Smart Environment")])
    found = write_dev_gold_rows(corpus, ["innovations.csv"])
    assert [r["name"] for r in found.rows] == ["Lapor Camat"]
    rows = read_training(files)
    assert rows[-1]["name"] == "Lapor Camat" and rows[-1]["training_file"] == DEV_GOLD_FILE


def test_the_committed_dev_gold_rows_hold_no_article_text() -> None:
    from extractor.classify.corpus import DEV_GOLD_FILE

    rows = read_training([path for path in TRAINING_FILES if path.name == DEV_GOLD_FILE])
    assert len(rows) > 100
    # a description is the annotator's few words on what the innovation does, never a sentence of the article
    assert all(not r["sentence"] and r["region"] and r["source_url"] for r in rows)
    assert all(len(r["description"].split()) <= 15 for r in rows)
    assert {r["evidence"] for r in rows} == {"stated", "inferred"}


def test_train_saves_model_with_hash_versions_and_metrics(trained: tuple[Path, dict]) -> None:
    directory, metadata = trained
    saved = json.loads((directory / "dimension_classifier.json").read_text())
    assert saved["training_sha256"] == metadata["training_sha256"] and len(saved["training_sha256"]) == 64
    assert {"scikit-learn", "skops", "PySastrawi"} <= set(saved["libraries"])
    assert set(saved["cross_validation"]["candidates"]) == {*CANDIDATES, "keyword_baseline"}
    assert saved["model"] in CANDIDATES and saved["threshold"] in THRESHOLDS
    assert saved["threshold"] <= saved["free_text_threshold"] in THRESHOLDS
    # the choices are made on the other regions; the test region is scored once, with its confusion matrix
    development = len(training_rows()) - 6
    assert saved["cross_validation"]["rows"] == development and saved["test_split"]["rows"] == 6
    assert sum(map(sum, saved["test_split"]["confusion"])) == 6
    assert set(saved["test_split"]["per_class_f1"]) == set(DIMENSIONS)
    # each out-of-fold prediction names the training file of its row (the gates split them by file)
    assert saved["out_of_fold"]["training_file"] == ["train.csv"] * development
    assert len(saved["out_of_fold"]["predicted"]) == development


def test_article_innovations_use_the_threshold_chosen_on_articles(trained: tuple[Path, dict]) -> None:
    # the threshold for the pipeline's innovations is the one chosen on articles, never stricter than the free-text
    # one; the out-of-fold rows' own best is kept beside it
    saved = trained[1]
    assert saved["threshold"] == min(ARTICLE_THRESHOLD, saved["free_text_threshold"])
    assert saved["out_of_fold_threshold"] in THRESHOLDS
    assert load(trained[0]).threshold == saved["threshold"]


def test_the_training_report_shows_both_evaluations(trained: tuple[Path, dict]) -> None:
    text = report(trained[1])
    assert "grouped cross-validation" in text and "fixed test split" in text and "confusion" in text


def test_training_is_reproducible(trained: tuple[Path, dict], tmp_path: Path) -> None:
    directory, _ = trained
    again = train_small(tmp_path)
    first = json.loads((directory / "dimension_classifier.json").read_text())
    assert again["cross_validation"] == first["cross_validation"]
    rows = [{"name": "Kedai Kopi Rakyat", "description": "penjualan produk UMKM"}]
    assert classify(rows, load(tmp_path)) == classify(rows, load(directory))


def test_loading_refuses_a_model_file_with_untrusted_code(tmp_path: Path, trained: tuple[Path, dict]) -> None:
    directory, _ = trained
    (tmp_path / "dimension_classifier.json").write_text((directory / "dimension_classifier.json").read_text())
    sio.dump(make_pipeline(FunctionTransformer(os.system)), tmp_path / MODEL_FILE)
    with pytest.raises(NlpError, match="cannot load the classifier"):
        load(tmp_path)


def test_predictions_have_a_confidence_and_abstain_below_the_threshold(trained: tuple[Path, dict]) -> None:
    directory, _ = trained
    model = load(directory)
    rows = [{"name": "Bank Sampah Melati", "description": "tabungan warga dari sampah plastik terpilah"}]
    [sure] = model.predict(rows)
    assert sure.dimension == "Smart Environment" and 0 < sure.confidence <= 1
    [unsure] = Classifier(model.pipeline, threshold=1.01).predict(rows)
    assert unsure.dimension is None and unsure.confidence == sure.confidence


def test_classify_csv_keeps_row_order_and_ignores_other_columns(tmp_path: Path,
                                                                trained: tuple[Path, dict]) -> None:
    path = write_csv(tmp_path / "in.csv", [
        {"no": "1", "name": "Posyandu Pintar", "description": "layanan kesehatan balita dan ibu hamil"},
        {"no": "2", "name": "Wisata Bahari", "description": "promosi destinasi wisata pantai dan festival"},
    ])
    result = classify_csv(path, load(trained[0]))
    assert [r["name"] for r in result] == ["Posyandu Pintar", "Wisata Bahari"]
    assert [r["dimension"] for r in result] == ["Smart Living", "Smart Branding"]


def test_classify_csv_without_a_name_column_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("judul,deskripsi\nA,B\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no `name` column"):
        classify_csv(path)


def test_cli_classify_prints_one_json_line_per_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", [
        {"name": "Sampah Jadi Berkah", "description": "pengolahan sampah organik menjadi kompos oleh warga"},
        {"name": "Lapor Camat", "description": "aplikasi pengaduan layanan publik"},
    ])
    result = CliRunner().invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [set(line) for line in lines] == [{"name", "dimension", "confidence", "top"}] * 2
    assert lines[0]["dimension"] == "Smart Environment" and lines[1]["dimension"] == "Smart Governance"
    for line in lines:  # the two likeliest dimensions, the first the one given
        first, second = line["top"]
        assert first == {"dimension": line["dimension"], "probability": line["confidence"]}
        assert second["dimension"] != first["dimension"] and 0 < second["probability"] <= first["probability"]


def _out_of_domain(name: str) -> list[str]:
    text = (Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


# the second file was written after the first had guided choices (thresholds, file weights): it measures them
@pytest.mark.parametrize("phrases", ["out_of_domain.txt", "out_of_domain_heldout.txt"])
@pytest.mark.parametrize("column", ["name", "description"])
def test_nonsense_and_non_innovation_phrases_abstain(column: str, phrases: str) -> None:
    inputs = _out_of_domain(phrases)
    assert len(inputs) == 50
    predictions = load(free_text=True).predict([{column: x} for x in inputs])
    given = [(phrase, p.dimension) for phrase, p in zip(inputs, predictions) if p.dimension is not None]
    assert len(given) <= 2, given  # at least 95 % unknown


def write_news_corpora(directory: Path) -> Path:
    """Two tiny NER corpora in the IndoNLU layout (a token and its tag a line), sentences written for the test."""
    sentences = ["Harga beras di pasar induk naik sejak awal pekan ini", "Tim sepak bola kota itu menang dua gol",
                 "Hujan lebat membuat jalan di pinggir sungai tergenang", "Warga berkumpul menonton pertunjukan musik",
                 "Kereta tambahan disiapkan untuk arus mudik lebaran tahun ini"] * 4
    for corpus in ("nergrit", "nerp"):
        (directory / corpus).mkdir(parents=True, exist_ok=True)
        lines = "\n\n".join("\n".join(f"{word}\tO" for word in sentence.split()) for sentence in sentences)
        (directory / corpus / "train.tsv").write_text(lines + "\n", encoding="utf-8")
    return directory


def test_news_fragments_are_seeded_runs_of_words_from_the_ner_corpora(tmp_path: Path) -> None:
    corpora = write_news_corpora(tmp_path)
    fragments = news_fragments(corpora, count=10)
    assert fragments == news_fragments(corpora, count=10) and len(fragments) == 10
    assert all(GATE_WORDS[0] <= len(f.split()) <= GATE_WORDS[1] for f in fragments)


def test_the_gate_learnt_from_news_keeps_free_input_that_is_no_innovation_unknown(tmp_path: Path) -> None:
    (tmp_path / "test_regions.txt").write_text("Kota Sabang\n", encoding="utf-8")
    metadata = train([write_csv(tmp_path / "train.csv", training_rows())], tmp_path, tmp_path / "test_regions.txt",
                     None, write_news_corpora(tmp_path / "ner"))
    assert set(metadata["gate"]) == {"fragments", "test_names_kept", "test_descriptions_kept",
                                     "other_fragments_kept"}
    free = load(tmp_path, free_text=True)
    assert isinstance(free.pipeline, CompactModel) and free.pipeline.gate is not None
    news, innovation = {"description": "hujan lebat membuat jalan di pinggir sungai tergenang"}, \
        {"description": "pengelolaan sampah plastik dan daur ulang di lingkungan"}
    assert [p.dimension for p in free.predict([news, innovation])] == [None, "Smart Environment"]
    # the gate and the dimensions read the same features, computed once by the caller
    features = free.pipeline.features([news, innovation])
    assert np.array_equal(free.pipeline.innovation_probability([news, innovation], features),
                          free.pipeline.innovation_probability([news, innovation]))
    assert np.array_equal(free.pipeline.predict_proba([news, innovation], features),
                          free.pipeline.predict_proba([news, innovation]))
    # innovations the pipeline finds are not gated: the article threshold alone decides
    assert load(tmp_path).predict([news])[0].confidence == free.predict([news])[0].confidence


def test_cli_classify_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["classify", str(tmp_path / "none.csv")])
    assert result.exit_code == 1 and "cannot read the file" in result.output


def _innovations(text: str) -> dict[str, dict]:
    summary = extract_article(Article(id="t", source="t", url=None, title=None, text=text)).summary
    return {i["name"]: i for i in summary["innovations"]}


def test_a_stated_dimension_wins_over_the_classifier() -> None:
    found = _innovations("Kabupaten Alor memaparkan inovasinya.\n\nSmart Branding: Pasar Ikan Higienis, "
                         "pusat penjualan ikan segar nelayan.\n")
    assert found["Pasar Ikan Higienis"]["dimension"] == "Smart Branding"
    assert found["Pasar Ikan Higienis"]["dimension_source"] == "stated"
    assert found["Pasar Ikan Higienis"]["confidence"] is None


def test_an_unfiled_innovation_gets_a_predicted_dimension_with_confidence() -> None:
    found = _innovations("Pemkab Alor meluncurkan aplikasi Sobat Puskesmas, layanan pendaftaran pasien "
                         "puskesmas secara daring bagi warga.")
    item = found["Sobat Puskesmas"]
    assert item["dimension"] == "Smart Living" and item["dimension_source"] == "predicted"
    assert 0.2 <= item["confidence"] <= 1


def test_an_item_of_a_list_is_classified_from_its_own_part_of_it() -> None:
    # the waste of one item does not make the whole list Smart Environment
    found = _innovations("Wali kota meresmikan tiga aplikasi, yaitu e-Pajak Daerah, Kelurahan Online dan Bank Sampah "
                         "Digital.")
    assert found["Kelurahan Online"]["dimension"] == "Smart Governance"
    assert found["Bank Sampah Digital"]["dimension"] == "Smart Environment"
    found = _innovations("Dinas Kominfo akan meluncurkan lima aplikasi, meliputi e-Parkir, e-Retribusi Air Bersih, "
                         "Lapor Alor, e-Sekolah dan e-Kelurahan.")
    assert found["e-Kelurahan"]["dimension"] == "Smart Governance"
    assert found["e-Sekolah"]["dimension"] == "Smart Society"


def test_using_replaces_the_packaged_classifier_inside_the_pipeline(trained: tuple[Path, dict]) -> None:
    text = ("Pemkab Alor meluncurkan aplikasi Sobat Puskesmas, layanan pendaftaran pasien puskesmas secara daring "
            "bagi warga.")
    with using(Classifier(load(trained[0]).pipeline, threshold=1.01)):  # a model that never dares
        inside = _innovations(text)["Sobat Puskesmas"]
    assert inside["dimension"] is None and inside["dimension_source"] is None and inside["confidence"] > 0
    assert _innovations(text)["Sobat Puskesmas"]["dimension"] == "Smart Living"  # the packaged one again


def test_cross_fitting_classifies_each_article_with_a_model_that_never_saw_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor.classify import crossfit

    corpus = tmp_path / "corpus"
    for folder in ("samples", "articles", "gold", "training"):
        (corpus / folder).mkdir(parents=True)
    story = ("Tim asesor Kementerian Kominfo mengevaluasi pelaksanaan smart city di daerah ini pada pekan lalu. "
             "Evaluasi tahap I itu menilai capaian quick win yang dijanjikan dalam masterplan daerah. ")
    articles = {
        "a1_alor": ("Kabupaten Alor", "Sobat Puskesmas", "Smart Living",
                    story + "Pemkab Alor meluncurkan aplikasi Sobat Puskesmas, layanan pendaftaran pasien "
                    "puskesmas secara daring bagi warga."),
        "a2_bitung": ("Kota Bitung", "Lapor Camat", "Smart Governance",
                      story + "Pemkot Bitung meluncurkan aplikasi Lapor Camat, layanan pengaduan warga dan "
                      "perizinan terpadu secara daring."),
    }
    corpus_rows = []
    for stem, (region, name, dimension, text) in articles.items():
        (corpus / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (corpus / "gold" / f"{stem}.json").write_text(json.dumps({"id": stem, "regions": [region]}), encoding="utf-8")
        corpus_rows.append({"name": name, "description": "", "dimension": dimension, "region": region,
                            "evidence": "inferred", "source_url": f"corpus/articles/{stem}.txt"})
    write_csv(corpus / "training" / "innovations.csv", training_rows())
    write_csv(corpus / "training" / "corpus_innovations.csv", corpus_rows)
    seen: list[set[str]] = []  # the regions of the rows each fold's model is fitted on
    real_fit = crossfit.fit
    monkeypatch.setattr(crossfit, "fit", lambda rows, model: seen.append({r["region"] for r in rows})
                        or real_fit(rows, model))
    # the packaged threshold suits a model of a thousand rows, not of these few
    monkeypatch.setattr(crossfit, "read_metadata", lambda: {"model": "linear_svc_calibrated", "threshold": 0.2})

    predictions = crossfit.cross_fitted_predictions(corpus, folds=2)
    assert sorted(p["id"] for p in predictions) == sorted(articles)
    every = {r["region"] for r in training_rows()}
    # each fold leaves out exactly the region of its article, public rows and corpus rows alike
    assert sorted(sorted(every - regions) for regions in seen) == [["Kabupaten Alor"], ["Kota Bitung"]]
    found = {p["id"]: p["innovations"] for p in predictions}
    assert [i["dimension_source"] for i in found["a1_alor"]] == ["predicted"]


# The arrays file: what predictions read (extractor/classify/compact.py), without scikit-learn or pickle.


def _variants(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows as the extractor sends them: mixed names, a sentence or none, empty fields."""
    out = [{"name": r["name"], "description": r.get("description", ""), "sentence": s}
           for r in rows for s in ("", "Pemkab meluncurkan aplikasi ini untuk warga.", "  ")]
    return out + [{"name": "", "description": ""}, {"name": "X"}, {"name": "e-Padi", "sentence": "\n"}]


def test_the_arrays_predict_exactly_what_the_fitted_pipeline_predicts(trained: tuple[Path, dict]) -> None:
    directory, _ = trained
    compiled, pipeline = load(directory).pipeline, load_pipeline(directory)
    assert isinstance(compiled, CompactModel)
    rows = _variants(training_rows())
    assert np.array_equal(compiled.predict_proba(rows), pipeline.predict_proba(as_frame(rows)))


@pytest.mark.parametrize("model", sorted(CANDIDATES))
def test_every_candidate_compiles_to_arrays_that_predict_what_it_predicts(model: str, tmp_path: Path) -> None:
    # the soft vote too: a naive Bayes's probabilities through its sigmoids, averaged with the SVM's at a weight
    pipeline = fit(training_rows(), model)
    rows = _variants(training_rows())
    compiled = compact.read(compact.write(compact.compile_pipeline(pipeline), tmp_path / "arrays.npz"))
    assert np.array_equal(compiled.predict_proba(rows), pipeline.predict_proba(as_frame(rows)))


def test_the_packaged_arrays_are_the_packaged_pipeline() -> None:
    rows = _variants(read_training(TRAINING_FILES)[::7])
    assert np.array_equal(load().pipeline.predict_proba(rows), load_pipeline().predict_proba(as_frame(rows)))


def _copy_model(source: Path, target: Path) -> Path:
    for name in (META_FILE, ARRAYS_FILE):
        (target / name).write_bytes((source / name).read_bytes())
    return target


def test_loading_refuses_a_changed_arrays_file(tmp_path: Path, trained: tuple[Path, dict]) -> None:
    directory = _copy_model(trained[0], tmp_path)
    data = bytearray((directory / ARRAYS_FILE).read_bytes())
    data[len(data) // 2] ^= 1
    (directory / ARRAYS_FILE).write_bytes(bytes(data))
    with pytest.raises(NlpError, match="SHA-256"):
        load(directory)


def test_loading_refuses_arrays_that_would_need_pickle(tmp_path: Path, trained: tuple[Path, dict]) -> None:
    directory = _copy_model(trained[0], tmp_path)
    np.savez(directory / ARRAYS_FILE, layout=np.array([{"code": os.system}], dtype=object))
    meta = json.loads((directory / META_FILE).read_text())
    meta["files"][ARRAYS_FILE] = hashlib.sha256((directory / ARRAYS_FILE).read_bytes()).hexdigest()
    (directory / META_FILE).write_text(json.dumps(meta))
    with pytest.raises(NlpError, match="cannot load the classifier"):
        load(directory)


def test_predictions_import_neither_scikit_learn_nor_pandas() -> None:
    code = ("import sys; from extractor.classify import predict_dimensions; "
            "[p] = predict_dimensions([{'name': 'Bank Sampah', 'description': 'tabungan sampah warga'}]); "
            "assert p.dimension, p; "
            "print(sorted(m for m in ('sklearn', 'pandas', 'scipy', 'skops') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.parametrize(("text", "expected"), [
    ("Dua layanan baru, Kartu Baca (Dinarpus) dan Cek Gizi dari dinkes.",
     ("Dua layanan baru, Kartu Baca (Dinarpus Dinas Perpustakaan dan Kearsipan) dan Cek Gizi dari dinkes Dinas "
      "Kesehatan.")),
    # a longer word that starts like a short name is left alone
    ("Program Dinkesmas dan dinkes-online berjalan.", "Program Dinkesmas dan dinkes-online berjalan."),
])
def test_agency_short_names_are_spelt_out(text: str, expected: str) -> None:
    assert spell_agencies(text) == expected


def test_the_classifier_reads_the_agency_behind_an_item() -> None:
    name, description, context = columns({"name": "Cek Gizi", "description": "", "sentence": "Ada Cek Gizi (Dinkes)."})
    assert name == "Cek Gizi"
    assert description == context == "Ada Cek Gizi (Dinkes Dinas Kesehatan)."
