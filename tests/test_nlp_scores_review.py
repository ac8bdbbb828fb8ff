"""Scores: rules of the twentieth session that misfired on ordinary text (a review, 2026-12-07), one test per error
class, on text written for the test: regions named before a percentage, a source office before a value, a subheading
that heads no links."""

from __future__ import annotations

from datetime import date

from fixtures.support import score_years as scores
from spacy.language import Language


def test_a_region_named_before_a_percentage_vetoes_no_score(nlp: Language) -> None:
    # "kabupaten yang"/"Wali Kota yang" before the share is no share of regions ("baru 25% kota yang ..." is, after it)
    text = "Kabupaten yang dipimpin Bupati Andi Saputra itu mencatat progres masterplan smart city 75 persen."
    assert scores(nlp, text, date(2024, 6, 10)) == [(75.0, None)]
    text = ("Menurut Wali Kota yang juga Ketua Dewan Smart City, capaian rencana aksi smart city Kota Blitar tahun ini "
            "86 persen.")
    assert scores(nlp, text, date(2024, 6, 10)) == [(86.0, 2024)]
    assert scores(nlp, "Pada evaluasi SPBE 2019, baru 30% kabupaten yang indeksnya di atas 2.6.", date(2024, 6, 10)) == []


def test_an_office_named_as_the_source_of_a_value_owns_no_entry(nlp: Language) -> None:
    # "data dari Dinas Kominfo", "penilaian dari Badan ...": where the value comes from, not an office's contest entry
    text = "Indeks smart city Kabupaten Klaten naik. Menurut data dari Dinas Kominfo, nilainya tahun 2023 sebesar 3,05."
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.05, 2023)]
    text = "Menurut keterangan dari bagian humas, nilai indeks smart city tahun ini 3,33."
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.33, 2024)]
    # an entry named before its office is still no region's score
    text = "Hasil lomba inovasi antar-OPD Kota Kupang:\nSILAKU dari Dinas Sosial, nilai 86,40"
    assert scores(nlp, text, date(2024, 1, 10)) == []
    text = "Hasil lomba inovasi antar-OPD Kota Kupang:\nSIAGA (Sistem Antrean Warga) dari Dinas Sosial, nilai 86,40"
    assert scores(nlp, text, date(2024, 1, 10)) == []


def test_a_lone_recommendation_subheading_heads_no_links(nlp: Language) -> None:
    text = "Rekomendasi\nTim evaluator memberi Kota Kediri indeks smart city 3,10 pada 2023.\nNilai itu naik."
    assert scores(nlp, text, date(2024, 1, 11)) == [(3.1, 2023)]
    # a heading of links keeps its headlines out
    text = "Rekomendasi Berita\nKota Kediri Raih Indeks Smart City 3,10\nBupati Resmikan Mal Pelayanan Publik"
    assert scores(nlp, text, date(2024, 1, 11)) == []
