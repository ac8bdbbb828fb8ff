"""Events, issue 14 round 14: visits, forums, exhibitions and trainings are events of type other; a step of another
programme stays out also in a quote's attribution and when its name runs long; apps released are launches; an
abbreviated title in a quote's attribution keeps the speaker at the step; thanks and a record of many prizes are
no award (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


@pytest.mark.parametrize("text", [
    ("Rombongan Diskominfo Kabupaten Sinjai menyambangi Command Center Kota Parepare untuk belajar smart city, "
     "Kamis (4/5/2023)."),
    "Kepala Bappeda Kabupaten Kolaka berkunjung ke Diskominfo Kota Kendari, Rabu (3/5/2023), belajar smart city.",
    "Indonesia Smart City Forum digelar di Kota Malang pada 12-13 Oktober 2022.",
    ("Wali Kota Tomohon mengunjungi stand Tomohon di pameran Gerakan Menuju 100 Smart City di Jakarta, Rabu "
     "(6/11/2019)."),
    "Pemkot Kendari menggelar pelatihan smart city bagi aparatur sipil negara di aula Balai Kota, 3 Mei 2022.",
])
def test_a_visit_forum_exhibition_or_training_is_an_event_of_type_other(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["other"]


@pytest.mark.parametrize("text", [
    # the step of another programme in a quote's attribution
    ("Sekretaris Diskominfo Kabupaten Kolaka menjelaskan, pada penilaian SPBE ada delapan aspek yang diperiksa tim "
     "kementerian."),
    # its name starts within reach but ends beyond it
    ("Tahun ini Kabupaten Kolaka meraih predikat Sangat Baik untuk penerapan Sistem Pemerintahan Berbasis "
     "Elektronik (SPBE) di lingkungan pemda."),
    # the programme opens the subject, the predicate after a comma
    "Sistem Pemerintahan Berbasis Elektronik Kabupaten Kolaka, menempati peringkat kedua se-Sulawesi Tenggara.",
    # other national schemes
    ("Diskominfo Kota Kendari berhasil meraih penghargaan Anugerah Keterbukaan Informasi Publik, Rabu "
     "(13/12/2023)."),
    "Dalam acara itu, KemenPAN-RB memberikan penghargaan kepada pemerintah daerah dengan indeks tertinggi.",
])
def test_a_step_of_another_programme_is_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_an_app_released_is_a_launch(nlp: Language) -> None:
    text = "Pemerintah Kota Kendari merilis aplikasi Kendari Pintar untuk menampung keluhan warga."
    assert [e["type"] for e in events(nlp, text)] == ["launch"]


def test_results_released_are_no_launch(nlp: Language) -> None:
    text = "Kementerian merilis hasil evaluasi smart city tahun 2023 kepada pemerintah daerah."
    assert "launch" not in [e["type"] for e in events(nlp, text)]


def test_an_abbreviated_title_in_the_attribution_keeps_the_speaker_at_the_step(nlp: Language) -> None:
    text = ("\"Desa ini menjadi contoh,\" ungkap Bupati Kab. Kolaka usai peluncuran Desa Digital di Kec. Wundulako, "
            "Senin (6/9/2021).")
    found = events(nlp, text)
    assert [(e["type"], e["start"]) for e in found] == [("launch", "2021-09-06")]


@pytest.mark.parametrize("text", [
    ("Sekda memberikan apresiasi dan penghargaan kepada Kementerian Kominfo yang menetapkan Kabupaten Kolaka "
     "dalam program smart city."),
    "\"Tidak heran Kota Kendari banyak menerima penghargaan,\" kata narasumber.",
])
def test_thanks_and_a_record_of_many_prizes_are_no_award(nlp: Language, text: str) -> None:
    assert "award" not in [e["type"] for e in events(nlp, text)]


def test_a_headline_kind_the_body_tells_as_part_of_another_step_adds_no_event(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Kolaka menggelar Sosialisasi dan Bimbingan Teknis Tahap I Penyusunan Masterplan "
            "Smart City di aula Bappeda, Senin (28/6/2021).")
    found = events(nlp, text, title="Pemkab Kolaka Gelar Sosialisasi dan Bimtek Smart City")
    assert [e["type"] for e in found] == ["technical_guidance"]


def test_a_step_dated_by_its_month_and_a_day_in_it_starts_on_the_day(nlp: Language) -> None:
    text = ("Pemkot Kendari menggelar bimtek penyusunan masterplan smart city tahun 2024. Bimtek tersebut berlangsung "
            "di Ruang Pola Balai Kota, Selasa (11/6/2024). Bimtek itu digelar empat kali, mulai Juni hingga Oktober "
            "2024.")
    found = events(nlp, text)
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", "2024-06-11")]


def test_a_ranking_read_as_an_evaluation_leaves_the_next_selection_result_as_it_is(nlp: Language) -> None:
    text = ("Hasil asesmen tim Kominfo menempatkan Kabupaten Kolaka pada peringkat 8 dari 50 daerah, Senin (3/7/2023).\n\n"
            "Pada 10 Juli 2023 Kominfo mengumumkan hasil seleksi Gerakan Menuju 100 Smart City tahap berikutnya, "
            "dan Kabupaten Konawe terpilih.")
    found = {e["type"] for e in events(nlp, text)}
    assert "evaluation" in found and "selection_result" in found, found
