"""Scores: evaluation scores, indices and ranks of a region, with the year and what is scored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def scores(nlp: Language, text: str, published: date | None = None) -> list[dict[str, Any]]:
    doc = analyse(text, published, nlp=nlp)
    return [dict(s._.value) for s in doc.spans["scores"]]


@pytest.mark.parametrize(
    ("text", "published", "value", "year"),
    [
        ("Kota Malang meraih nilai indeks 3,31 pada tahun 2023.", None, 3.31, 2023),
        ("Kabupaten Sleman mendapat skor 2.87 dalam evaluasi itu.", None, 2.87, None),
        ("Skor evaluasi Kota Malang mencapai 2,87 pada 2022.", None, 2.87, 2022),
        ("Kabupaten Sleman meraih nilai 3,12 tahun lalu.", date(2021, 5, 4), 3.12, 2020),
        ("Kabupaten Sleman meraih nilai 3,12 dalam evaluasi.", date(2021, 5, 4), 3.12, 2021),
        ("Indeks kota cerdas Kabupaten Bantul sebesar 3,05 pada tahun 2019.", None, 3.05, 2019),
    ],
)
def test_decimal_scores(
    nlp: Language, text: str, published: date | None, value: float, year: int | None
) -> None:
    found = scores(nlp, text, published)
    assert [(s["value"], s["year"]) for s in found] == [(value, year)]
    assert isinstance(found[0]["what"], str) and found[0]["what"]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Kota Malang menempati peringkat ke-4 secara nasional.", 4.0),
        ("Kota Malang menempati peringkat keempat secara nasional.", 4.0),
        ("Kabupaten Sleman berada di peringkat 12 dari seluruh peserta.", 12.0),
    ],
)
def test_ranks(nlp: Language, text: str, rank: float) -> None:
    assert [s["value"] for s in scores(nlp, text)] == [rank]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nilai per dimensi yaitu Smart Governance 3,45 dan Smart Economy 2,90.",
            [(3.45, "Smart Governance"), (2.90, "Smart Economy")],
        ),
        (
            "Rinciannya Smart Branding 3,10, Smart Living 2,75 dan Smart Society 3,00.",
            [(3.10, "Smart Branding"), (2.75, "Smart Living"), (3.00, "Smart Society")],
        ),
    ],
)
def test_per_dimension_scores(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(s["value"], s["what"]) for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 75 daerah mengikuti evaluasi tahun ini.",
        "Nilai tambah program dirasakan 100 kabupaten/kota.",
        "Nilai kepuasan warga mencapai 85 persen.",
        "Nilai kepuasan warga mencapai 85,5%.",
        "Indeks kepuasan warga naik menjadi 76,4 persen.",
        "Paparan nilai evaluasi dimulai pukul 13.00 WIB.",
        "Nilai anggaran program mencapai Rp 2,5 miliar.",
        "Nilai investasinya sebesar Rp2,5 miliar.",
        "Pemkab menetapkan target nilai 3 pada evaluasi berikutnya.",
        "Pemkab menetapkan target nilai 3,5 pada evaluasi berikutnya.",
        "Skor akhir akan diumumkan bulan depan.",
        pytest.param("Nilai kontrak mencapai 1,5 miliar rupiah."),
        pytest.param("Capaian kunjungan wisata 2,5 juta orang tahun ini."),
    ],
)
def test_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []
