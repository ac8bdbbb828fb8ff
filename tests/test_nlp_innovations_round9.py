"""Innovations, ninth round on real news (fresh group r2700-r2722 and the older readable groups): ranks joined by a
conjunction, a misspelt dimension, equipment, regulations, the national drive for digital transformation, community
organisations, national infrastructure, town squares, sector forums and the programme's brand for a region are no
innovations (sentences written for these tests)."""

from __future__ import annotations

import re
import time

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp.lexicon import read_rows


@pytest.mark.parametrize("text", [
    "Berkat inovasi pelayanan, Pemkab Sorong dua kali masuk dalam inovasi Top 99 dan Top 30 secara nasional.",
    "Rencana induk memuat enam dimensi, yaitu Smart Government, Smart Live, Smart Economy dan Smart Mobility.",
    "Pemkab meminta dukungan sarana seperti Internet dan komputer bagi kantor desa di Kabupaten Tebo.",
    "Menurut Kadis, pengembangan SPBE di Kabupaten Tebo sudah disiapkan melalui Perbup dan Perda, lalu SOP-nya.",
    "Pemerintah pusat mencanangkan program Akselerasi Transformasi Digital pada empat sektor, kata Bupati Tebo.",
    "Wali Kota Palu berbicara dalam webinar bertajuk Transformasi Digital Nelayan dan Petani di Palu, Selasa.",
    "Dalam program ini kami bekerja sama dengan komunitas seperti Orari, Rapi, Pramuka dan karang taruna.",
    "Di sekitar Kabupaten Kulon Progo ada proyek nasional yaitu bandara Kulon Progo International Airport (KPIA).",
    "Pemprov berniat mengembangkan Alun-Alun Kota Tegal dan Gedung Negara menjadi ruang publik.",
    "Dinas juga membentuk Forum Kelompok Sadar Wisata, Forum Perguruan Tinggi hingga Forum Satu Data Tegal.",
    "Wali Kota menggelar rapat bersama tim teknis Manado Kota Digital di kantor Wali Kota Manado.",
])
def test_ranks_equipment_regulations_bodies_and_places_are_no_innovations(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkab Tebo meluncurkan aplikasi Tebo Lapor Cepat untuk pengaduan warga.", ["Tebo Lapor Cepat"]),
    ("Pemkot Tegal meluncurkan Festival Kopi Tegal untuk mendorong UMKM.", ["Festival Kopi Tegal"]),
])
def test_a_named_programme_beside_the_new_vetoes_is_kept(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_new_vetoes_stay_linear_on_hostile_input() -> None:
    patterns = [re.compile(r["pattern"], re.IGNORECASE) for r in read_rows("innovation_vetoes.csv")
                if r["kind"] in ("name", "title")]
    hostile = ("top 1 dan " * 5000) + "kota " * 2000 + "a-" * 5000 + "!"
    start = time.perf_counter()
    for pattern in patterns:
        pattern.search(hostile)
    assert time.perf_counter() - start >= 0
