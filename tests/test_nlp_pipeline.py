"""The whole pipeline: built from config.cfg, saved and reloaded, evidence of spans, the article summary."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from extractor.nlp import (
    CONFIG,
    LABELS,
    PIPELINE_DIR,
    analyse,
    build_pipeline,
    is_current,
    load_pipeline,
    save_pipeline,
    sources_digest,
)
from extractor.records import EVENT_TYPES, Article
from extractor.summary import summarise

ARTICLE = (
    "Senin, 14 Agustus 2023 | 10:15 WIB\n"
    "Bupati Sleman Erwin Saputra membuka bimtek smart city pada 18 – 20 Juni 2023 di Kab. Sleman, "
    "DIY. Kegiatan juga diikuti Pemkot Tangsel dan Kota Bau-Bau.\n\n"
    "Evaluasi dilakukan tim asesor yaitu Yudi Prasetyo, Andi Wijaya dan Rini Susanti pada awal Maret 2023. "
    "Menurut pak yudi dari ITB, Kabupaten Sleman meraih nilai indeks 3,31 pada tahun 2023 dan menempati "
    "peringkat ke-4. Nilai per dimensi yaitu Smart Governance 3,45 dan Smart Economy 2,90.\n\n"
    "Direktur Jenderal Aplikasi Informatika Kemenkominfo, Bayu Pranata, meminta daerah merawat inovasi. "
    '"Kami siap," kata Rudi Hartono.\n\n'
    "Inovasi unggulan daerah:\n"
    "Smart Governance\n"
    "SIPADU (Sistem Informasi Pelayanan Terpadu)\n"
    "E-Kinerja\n"
    "Smart Living\n"
    "Posyandu Digital\n\n"
    'Dinas juga merilis aplikasi "Lapor Cepat" dan meluncurkan layanan antar dokumen gratis untuk warga.'
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return analyse(ARTICLE, nlp=nlp)


@pytest.fixture(scope="module")
def reloaded(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Language:
    path = tmp_path_factory.mktemp("model") / "smartcity_id"
    nlp.to_disk(path)
    return spacy.load(path)


def test_config_builds_the_declared_pipeline(nlp: Language) -> None:
    config = spacy.util.load_config(CONFIG)
    assert nlp.lang == "id"
    assert nlp.pipe_names == list(config["nlp"]["pipeline"])
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "smartcity.tokenizer.v1"


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_filled_on_the_sample_article(doc: Doc, label: str) -> None:
    assert label in doc.spans
    assert len(doc.spans[label]) > 0


def _spans(doc: Doc) -> list[tuple[str, int, int, dict[str, Any]]]:
    return [
        (label, s.start_char, s.end_char, dict(s._.value))
        for label in LABELS
        if label in doc.spans
        for s in doc.spans[label]
    ]


def test_round_trip_through_disk_gives_the_same_spans(nlp: Language, reloaded: Language) -> None:
    assert reloaded.pipe_names == nlp.pipe_names
    before = analyse(ARTICLE, nlp=nlp)
    after = analyse(ARTICLE, nlp=reloaded)
    assert [t.text for t in after] == [t.text for t in before]
    assert [s.text for s in after.sents] == [s.text for s in before.sents]
    assert _spans(after) == _spans(before)


def test_reloaded_tokenizer_keeps_its_rules(nlp: Language, reloaded: Language) -> None:
    text = "Rapat di Kab. Sleman dihadiri Ir. Budi Santoso, ST., M.Si. dan warga."
    assert [t.text for t in reloaded.make_doc(text)] == [t.text for t in nlp.make_doc(text)]
    assert isinstance(reloaded.tokenizer, Tokenizer)
    assert [k for k in (reloaded.tokenizer.rules or {}) if k.strip() == ""] == []


@pytest.mark.parametrize("label", LABELS)
def test_evidence_offsets_slice_the_text(doc: Doc, label: str) -> None:
    for span in doc.spans[label]:
        value = span._.value
        assert doc.text[value["start"] : value["end"]] == span.text, (label, span.text, value)
        assert (span.start_char, span.end_char) == (value["start"], value["end"]), (label, span.text)


@pytest.mark.parametrize("label", LABELS)
def test_evidence_lies_in_one_sentence(doc: Doc, label: str) -> None:
    for span in doc.spans[label]:
        sentence: Span = span.sent
        assert sentence.start_char <= span._.value["start"] < span._.value["end"] <= sentence.end_char, (
            label,
            span.text,
            sentence.text,
        )
        assert span.text in sentence.text


@pytest.fixture(scope="module")
def summary(doc: Doc) -> dict[str, Any]:
    article = Article(
        id="t001",
        source="test",
        url="https://contoh.id/berita/1",
        title="Bimtek kota cerdas",
        text=ARTICLE,
        site="contoh.id",
    )
    return summarise(doc, article)


ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
GOLD_KEYS = ("regions", "provinces", "people", "dates", "scores", "dimensions", "innovations", "events")


@pytest.mark.parametrize("key", GOLD_KEYS)
def test_summary_has_gold_key_as_list(summary: dict[str, Any], key: str) -> None:
    assert isinstance(summary[key], list)


@pytest.mark.parametrize("key", ["regions", "provinces", "dimensions"])
def test_summary_names_are_unique_strings(summary: dict[str, Any], key: str) -> None:
    assert all(isinstance(v, str) for v in summary[key])
    assert len(summary[key]) == len(set(summary[key]))


def test_summary_values(summary: dict[str, Any]) -> None:
    assert {"Kabupaten Sleman", "Kota Tangerang Selatan", "Kota Bau Bau"} <= set(summary["regions"])
    assert "Daerah Istimewa Yogyakarta" in summary["provinces"]
    assert {"Smart Governance", "Smart Economy", "Smart Living"} <= set(summary["dimensions"])
    assert {"Erwin Saputra", "Yudi Prasetyo", "Bayu Pranata"} <= {p["name"] for p in summary["people"]}
    assert {"SIPADU (Sistem Informasi Pelayanan Terpadu)", "Lapor Cepat"} <= {i["name"] for i in summary["innovations"]}


def test_summary_people_shape(summary: dict[str, Any]) -> None:
    categories = {"ministry", "regional_official", "assessor", "other"}
    for person in summary["people"]:
        assert set(person) >= {"name", "category", "role", "affiliation", "region"}
        assert isinstance(person["name"], str) and person["category"] in categories
        for key in ("role", "affiliation", "region"):
            assert person[key] is None or isinstance(person[key], str)
    names = [p["name"] for p in summary["people"]]
    assert len(names) == len(set(names))


def test_summary_dates_shape(summary: dict[str, Any]) -> None:
    for item in summary["dates"]:
        assert set(item) >= {"text", "start", "end"}
        assert isinstance(item["text"], str) and item["text"] in ARTICLE
        for key in ("start", "end"):
            assert item[key] is None or ISO.fullmatch(item[key]), item
    assert {"start": "2023-06-18", "end": "2023-06-20"}.items() <= next(
        d for d in summary["dates"] if d["start"] == "2023-06-18"
    ).items()


def test_summary_dates_exclude_publication(summary: dict[str, Any]) -> None:
    assert "2023-08-14" not in {d["start"] for d in summary["dates"]}
    assert all("10:15" not in d["text"] and "14 Agustus" not in d["text"] for d in summary["dates"])


def test_summary_scores_shape(summary: dict[str, Any]) -> None:
    assert summary["scores"]
    for score in summary["scores"]:
        assert isinstance(score["value"], float)
        assert score["year"] is None or isinstance(score["year"], int)
        assert isinstance(score["what"], str)
    assert (3.31, 2023) in {(s["value"], s["year"]) for s in summary["scores"]}


def test_summary_innovations_shape(summary: dict[str, Any]) -> None:
    for item in summary["innovations"]:
        assert isinstance(item["name"], str)
        assert item["dimension"] is None or isinstance(item["dimension"], str)
        assert item["dimension_source"] in ("stated", "predicted", None)
        assert (item["confidence"] is None) == (item["dimension_source"] != "predicted")
    sipadu = next(i for i in summary["innovations"] if i["name"].startswith("SIPADU"))
    assert (sipadu["dimension"], sipadu["dimension_source"]) == ("Smart Governance", "stated")


def test_summary_events_shape(summary: dict[str, Any]) -> None:
    types = set(EVENT_TYPES)
    for event in summary["events"]:
        assert set(event) >= {"type", "regions", "start", "end", "venue"}
        assert event["type"] in types
        assert isinstance(event["regions"], list)


EVIDENCE_TEXTS = [
    ("regions", "Kabupaten Bantul, Kulon Progo dan Sleman lolos. Bupati Bogor hadir."),
    ("regions", "Warga Kukar dan Pemkot Tangsel hadir.\n\nKota Baubau menyusul."),
    ("provinces", "Pemprov Jatim mendukung. Gubernur Jawa Barat juga hadir."),
    ("dates", "Senin, 14 Agustus 2023 | 10:15 WIB\nRapat digelar Senin (3/6) dan 30 Juni - 2 Juli 2023."),
    ("dates", "Rapat koordinasi digelar pada 12 Juni.\nEvaluasi dimulai awal Maret 2019."),
    ("scores", "Kota Malang menempati peringkat ke-4. Nilainya yaitu Smart Governance 3,45 dan skor 2.87."),
    ("dimensions", "Pilar smartgovernance dan Smart Environtment.\nEkonomi cerdas juga."),
    (
        "people",
        (
            '"Datanya lengkap," ujar Rudi Hartono. Asesor yaitu Yudi Prasetyo dan Andi Wijaya.\n'
            "Menurut pak yudi dari ITB, bagus."
        ),
    ),
    (
        "people",
        (
            "Dr. Ir. H. Ahmad Fauzi, M.T. membuka acara. "
            "Kepala Dinas Kominfo Kabupaten Sleman Budi Hartono hadir di sana untuk mendampingi para peserta."
        ),
    ),
    (
        "innovations",
        (
            "Smart Governance\nSIPADU (Sistem Informasi Pelayanan Terpadu)\nE-Kinerja\n\n"
            'Dinas merilis aplikasi "Lapor Cepat" dan meluncurkan layanan antar dokumen gratis.'
        ),
    ),
]


@pytest.mark.parametrize(("label", "text"), EVIDENCE_TEXTS)
def test_evidence_on_small_texts(nlp: Language, label: str, text: str) -> None:
    doc = analyse(text, date(2023, 8, 20), nlp=nlp)
    assert len(doc.spans[label]) > 0
    for span in doc.spans[label]:
        start, end = span._.value["start"], span._.value["end"]
        assert doc.text[start:end] == span.text, (span.text, span._.value)
        sentence = span.sent
        assert sentence.start_char <= start < end <= sentence.end_char, (span.text, sentence.text)


# The packaged pipeline: models/smartcity_id, written by `extractor train` (save_pipeline), read by spacy.load.

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _files(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_packaged_pipeline_is_written_from_the_current_sources() -> None:
    assert is_current(PIPELINE_DIR), "models/smartcity_id is out of date: run `extractor train`"


def test_load_pipeline_reads_the_packaged_directory(nlp: Language) -> None:
    assert nlp.meta["name"] == "smartcity_id" and nlp.meta["sources_digest"] == sources_digest()
    assert nlp.meta["sources"] and nlp.meta["license"]


def test_packaged_pipeline_extracts_what_the_built_one_does(nlp: Language) -> None:
    built = build_pipeline()
    texts = [ARTICLE, *(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))[:12])]
    for text in texts:
        before, after = analyse(text, date(2023, 8, 20), nlp=built), analyse(text, date(2023, 8, 20), nlp=nlp)
        assert [(t.text, t.idx) for t in after] == [(t.text, t.idx) for t in before]
        assert [s.text for s in after.sents] == [s.text for s in before.sents]
        assert _spans(after) == _spans(before)


def test_save_pipeline_writes_the_same_files_every_time(tmp_path: Path) -> None:
    first, second = save_pipeline(tmp_path / "a"), save_pipeline(tmp_path / "b")
    assert _files(first) == _files(second) == _files(PIPELINE_DIR)


def test_a_pipeline_written_from_other_sources_is_not_current(tmp_path: Path) -> None:
    path = save_pipeline(tmp_path / "m")
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    (path / "meta.json").write_text(json.dumps({**meta, "sources_digest": "0" * 64}), encoding="utf-8")
    assert not is_current(path) and not is_current(tmp_path / "missing")


def test_a_list_items_classifier_input_leaves_out_the_first_items_describing_words(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # "aplikasi" describes the first item only: the other items are read without it
    import extractor.summary as summary_stage

    rows: list[dict[str, str]] = []
    monkeypatch.setattr(summary_stage, "predict_dimensions", lambda given: rows.extend(given) or [])
    text = ("Kabupaten Sleman memaparkan sejumlah inovasi, di antaranya aplikasi Lapor Sleman, Sleman Smart Market "
            "dan program Desa Digital.")
    summary_stage._innovations(analyse(text, nlp=nlp))
    by_name = {r["name"]: r["sentence"] for r in rows}
    assert "aplikasi Lapor Sleman" in by_name["Lapor Sleman"]
    assert "aplikasi" not in by_name["Sleman Smart Market"] and "aplikasi" not in by_name["Desa Digital"]


def test_the_first_item_pattern_reads_long_hostile_runs() -> None:
    from extractor.summary import FIRST_ITEM_PREFIX

    assert FIRST_ITEM_PREFIX.search(", " + "a" * 50_000 + "X") is None
    assert FIRST_ITEM_PREFIX.search("seperti abc " * 4_000 + "X") is None
