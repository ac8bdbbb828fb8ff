"""Events, issue 14 round 17: the headlines of linked articles, an international ranking of cities, a region's own
evaluation meeting, esteem given to the ministry, a cohort a region is one of and the process told of regions in
general (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


@pytest.mark.parametrize("text", [
    # the headlines listed under a link word alone on its line
    ("Kota itu terus berbenah menuju kota cerdas.\nBACA JUGA:\n- Pemkot Kendari Raih Penghargaan Kota Sehat\n- Harga "
     "Cabai Naik Lagi\nWali kota meminta dinas bekerja cepat."),
    ("Kota itu terus berbenah menuju kota cerdas.\nBaca Juga:\nPemkot Kendari Raih Penghargaan Smart City Nasional\n"
     "Wali kota meminta dinas bekerja cepat."),
    # a headline ending with its outlet's address
    ("Kota itu terus berbenah menuju kota cerdas.\nPemkot Kendari Raih Penghargaan Smart City Nasional - "
     "kabarkota.com\nWali kota meminta dinas bekerja cepat."),
])
def test_a_linked_articles_headline_reports_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_a_line_after_a_link_word_that_closes_a_sentence_is_read(nlp: Language) -> None:
    text = ("Kota itu terus berbenah.\nBaca Juga:\nPemkot Kendari meraih penghargaan kota cerdas dari Kementerian "
            "Komunikasi dan Digital pada Rabu (4/12/2024).\n")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("award", "2024-12-04")]


@pytest.mark.parametrize("text", [
    ("Kota Kendari masuk daftar Smart City Index 2024 yang disusun sebuah lembaga di Swiss. Peringkat pertama diraih "
     "Kota Wellington, sedangkan Kota Lisbon menempati peringkat ketiga."),
    ("Kota Kendari masuk daftar Smart City Index 2024 yang disusun sebuah lembaga di Swiss.\nDalam daftar itu Kota "
     "Wellington dan Kota Lisbon meraih predikat juara super."),
])
def test_a_rank_in_an_international_ranking_is_no_award(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_the_national_programmes_award_beside_an_international_ranking_counts(nlp: Language) -> None:
    text = ("Kota Kendari masuk daftar Smart City Index 2024. Sementara itu Kota Kendari meraih penghargaan kota cerdas "
            "dari Kementerian Komunikasi dan Digital pada Rabu (4/12/2024).")
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [
        ("award", "2024-12-04", ["Kota Kendari"])]


@pytest.mark.parametrize(("text", "kind"), [
    # the region's own meeting, no one evaluating it
    (("Pemkot Kendari menggelar Rapat Evaluasi Smart City bagi para kepala dinas di aula Bappeda, Senin "
      "(22/12/2025). Rapat diikuti perwakilan perangkat daerah."), "other"),
    # ... the programme's evaluation where the article names its evaluators
    (("Pemkot Kendari menggelar Rapat Evaluasi Smart City bagi para kepala dinas di aula Bappeda, Senin "
      "(22/12/2025). Tim evaluator dari kementerian hadir secara daring."), "evaluation"),
])
def test_a_regions_own_evaluation_meeting_is_of_type_other(nlp: Language, text: str, kind: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [(kind, "2025-12-22")]


@pytest.mark.parametrize("text", [
    ("Bupati Konawe menyampaikan terima kasih. Bupati memberikan penghargaan kepada Kemenkominfo yang telah memilih "
     "Kabupaten Konawe dalam program smart city."),
    ("Sekda Kabupaten Konawe membuka kegiatan itu. Ia memberikan penghargaan ke Kemenkominfo yang menetapkan Konawe "
     "dalam program Gerakan Menuju Smart City."),
])
def test_esteem_given_to_the_ministry_is_no_award(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == []


def test_a_cohort_a_region_is_one_of_gathers_nowhere(nlp: Language) -> None:
    # "satu diantara 40 kota" counts the cohort; the region presenting in a room named after it takes part
    text = ("Kota Kendari tercatat satu diantara 40 kota yang ikut penilaian Rating Kota Cerdas 2019. Wali Kota "
            "Kendari memaparkan materi di Ruang Kendari Hall, Senin (23/9/2019).")
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [
        ("assessment", "2019-09-23", ["Kota Kendari"])]


@pytest.mark.parametrize("text", [
    ("Kota Kendari terus berbenah. Menteri menjelaskan, pembimbingan itu dilakukan bagi kabupaten dan kota yang "
     "memiliki rencana induk."),
    ("Kota Kendari terus berbenah. Dalam tahap penilaian itu, pemerintah daerah diminta memaparkan program yang "
     "sudah berjalan."),
])
def test_the_process_told_of_regions_in_general_is_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_a_step_told_of_a_named_region_is_reported(nlp: Language) -> None:
    text = ("Kota Kendari terus berbenah. Bimbingan teknis penyusunan masterplan dilakukan bagi Kabupaten Konawe yang "
            "terpilih.")
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("technical_guidance", ["Kabupaten Konawe"])]
