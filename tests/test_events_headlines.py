"""Events: what a headline adds to the article's events (the title given apart, a headline line above the body, a
linked article's headline, a stamp line) (sentences written for these tests)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fixtures.support import event_starts
from fixtures.support import events_in as events
from spacy.language import Language


def test_a_headline_kind_the_body_tells_as_part_of_another_step_adds_no_event(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Kolaka menggelar Sosialisasi dan Bimbingan Teknis Tahap I Penyusunan Masterplan "
            "Smart City di aula Bappeda, Senin (28/6/2021).")
    found = events(nlp, text, title="Pemkab Kolaka Gelar Sosialisasi dan Bimtek Smart City")
    assert [e["type"] for e in found] == ["technical_guidance"]


@pytest.mark.parametrize("title", ["Pemkab Kolaka Bakal Luncurkan Tiga Aplikasi Smart City",
                                   "Pemkab Kolaka Akan Luncurkan Tiga Aplikasi Smart City"])
def test_a_step_the_headline_only_announces_is_no_event(nlp: Language, title: str) -> None:
    text = ("Diskominfo Kabupaten Kolaka menggelar bimbingan teknis smart city di Aula Setda pada Senin (7/10/2019). "
            "Tiga aplikasi layanan publik disiapkan untuk warga.")
    found = events(nlp, text, published=date(2019, 10, 8), title=title)
    assert [e["type"] for e in found] == ["technical_guidance"]


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


def test_a_headline_line_above_the_body_does_not_take_the_lead(nlp: Language) -> None:
    text = ("Wali Kota Bima Ajak Warga Dukung Kota Cerdas\n\n"
            "Wali Kota Bima melakukan sosialisasi kota cerdas kepada para camat di aula kantor wali kota. "
            "Rabu (14/9/2022).\n\nPara camat diminta meneruskannya kepada warga.")
    assert event_starts(nlp, text) == [("other", "2022-09-14")]


def test_a_headline_that_names_a_step_still_leads(nlp: Language) -> None:
    text = ("Kota Bima Lolos Gerakan Menuju Smart City 2019\n\n"
            "Kota Bima menyisihkan ratusan daerah lain di Indonesia tahun ini.")
    assert [kind for kind, _ in event_starts(nlp, text)] == ["selection_result"]


def test_a_stamp_line_with_a_dashed_day_does_not_take_the_lead(nlp: Language) -> None:
    text = ("Bima Masuk Gerakan Kota Cerdas 2019\n\n21-05-2019 10:15 WITA by Admin 87x Berita\n\n"
            "BIMA- Bersama 49 kabupaten/kota lainnya, Kota Bima lolos seleksi Gerakan Kota Cerdas 2019.\n")
    assert [e["type"] for e in events(nlp, text)] == ["selection_result"]


def test_a_headline_step_being_prepared_for_is_no_event(nlp: Language) -> None:
    text = ("Diskominfo Kota Sorong menggelar rapat persiapan monev kota cerdas di aula Bappeda, Selasa "
            "(13/9/2022).\n"
            "Tim kementerian dijadwalkan datang bulan depan.\n")
    found = events(nlp, text, title="Pemkot Sorong Bersiap Jelang Evaluasi Smart City 2022")
    assert [e["type"] for e in found] == ["other"]


def test_a_headline_step_held_still_counts(nlp: Language) -> None:
    text = ("Diskominfo Kota Sorong menyambut tim kementerian di aula Bappeda, Selasa (13/9/2022).\n")
    found = events(nlp, text, title="Pemkot Sorong Ikuti Evaluasi Smart City 2022")
    assert [e["type"] for e in found] == ["evaluation"]


def test_a_headline_opening_with_the_step_a_meeting_is_held_for_adds_no_event(nlp: Language) -> None:
    text = ("Penilaian Kota Cerdas Tahap II, Pemkab Ngawi Gelar Rakor\n\n"
            "Ngawi, Kominfo – Pemerintah Kabupaten Ngawi mengadakan rapat koordinasi tim kota cerdas di pendopo "
            "kabupaten, Kamis (3/10/2025).\n"
            "Rakor membahas dokumen pendukung yang harus dilengkapi semua dinas.\n")
    assert event_starts(nlp, text) == [("other", "2025-10-03")]


def test_so_does_such_a_first_line_right_above_a_dateline(nlp: Language) -> None:
    text = ("Evaluasi Program Kota Cerdas, Dewan Smart City Ngawi Adakan Rakor\n"
            "Ngawi, Kominfo – Dalam rangka evaluasi tahap II Gerakan Kota Cerdas tahun 2025. Dewan "
            "Smart City Kabupaten Ngawi mengadakan Rakor di pendopo kabupaten, Kamis (3/10/2025).\n")
    assert event_starts(nlp, text) == [("other", "2025-10-03")]


def test_a_title_given_apart_naming_the_step_a_meeting_is_held_for_adds_no_event(nlp: Language) -> None:
    text = ("Ngawi, Kominfo – Pemerintah Kabupaten Ngawi mengadakan rapat koordinasi tim kota cerdas di pendopo "
            "kabupaten, Kamis (3/10/2025).\n")
    title = "Bimtek Kota Cerdas Tahap II, Pemkab Ngawi Gelar Rakor"
    assert [(e["type"], e["start"]) for e in events(nlp, text, title=title)] == [("other", "2025-10-03")]


def test_a_headline_prize_before_a_comma_is_still_an_award(nlp: Language) -> None:
    # the rest of the headline is no meeting: the prize is the news
    text = ("Raih Penghargaan Kota Cerdas, Pemkab Ngawi Gelar Syukuran\n\n"
            "Pemerintah Kabupaten Ngawi meraih penghargaan kota cerdas dari Kementerian Kominfo di Jakarta, Kamis "
            "(3/10/2025).\n")
    assert event_starts(nlp, text) == [("award", "2025-10-03")]


def test_a_headline_naming_the_step_by_its_year_adds_nothing_to_the_step_the_body_dates(nlp: Language) -> None:
    # the body's words are the assessors' ("di hadapan tim evaluator"), 2023 makes the step the evaluation
    text = ("Bupati Gorontalo Utara memaparkan capaian program kota cerdas di hadapan tim evaluator Kementerian Kominfo, "
            "Senin (12/6/2023). Tim evaluator meminta tambahan bukti dukung.")
    found = events(nlp, text, date(2023, 6, 13), "Gorontalo Utara Ikuti Evaluasi Smart City 2023")
    assert [(e["type"], e["start"]) for e in found] == [("evaluation", "2023-06-12")]


@pytest.mark.parametrize("title", ["Pemkab Sigi Gelar Rakor Evaluasi Smart City", "Sekda Pimpin Rapat Evaluasi Kota Cerdas"])
def test_a_headline_meeting_on_the_evaluation_is_the_meeting_the_body_reports(nlp: Language, title: str) -> None:
    # the body's evaluator words ("tim evaluator", "undangan") tie the evaluation to the programme, not the headline's
    # meeting to it
    text = ("Pemkab Sigi menggelar rapat koordinasi persiapan evaluasi smart city di ruang rapat Setda, Kamis "
            "(10/10/2024). Sekda meminta setiap dinas menyiapkan bukti dukung sebelum tim evaluator datang.")
    found = events(nlp, text, date(2024, 10, 11), title)
    assert [(e["type"], e["start"]) for e in found] == [("other", "2024-10-10")]


def test_a_headline_closing_commitment_of_a_reported_bimtek_adds_no_event(nlp: Language) -> None:
    text = ("Bimtek IV penyusunan masterplan smart city Kabupaten Sigi berakhir di aula Bappeda, Jumat (4/10/2024). "
            "Rangkaian bimtek itu ditutup dengan penandatanganan komitmen bersama oleh bupati dan kepala dinas.")
    found = events(nlp, text, date(2024, 10, 5), "Bimtek Kota Cerdas Sigi Ditutup dengan Penandatanganan Komitmen")
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", "2024-10-04")]


def test_a_headline_step_of_another_programme_adds_no_event(nlp: Language) -> None:
    text = "Diskominfo Kabupaten Sigi menggelar bimtek SPBE bagi pengelola aplikasi OPD, Selasa (9/5/2023)."
    assert events(nlp, text, date(2023, 5, 10), "Diskominfo Sigi Gelar Bimtek SPBE") == []


@pytest.mark.parametrize(("text", "title", "expected"), [
    (("Pemkab Sigi menggelar bimtek tahap empat masterplan smart city di aula Bappeda, Rabu (14/8/2019). Sekda "
      "berharap ekspose akhir masterplan pada bimtek ini diterima pemerintah pusat."),
     "Ekspose Akhir Masterplan Warnai Bimtek Tahap IV Sigi", [("technical_guidance", "2019-08-14")]),
    ("Pemkab Sigi menerima penghargaan kota cerdas dari Kementerian Kominfo di Yogyakarta, Selasa (26/8/2025).",
     "Pemkab Sigi Raih Penghargaan di Forum Smart City Nasional", [("award", "2025-08-26")]),
])
def test_a_headline_meeting_word_beside_a_step_is_part_of_that_step(nlp: Language, text: str, title: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    found = events(nlp, text, date.fromisoformat(expected[0][1]) + timedelta(days=1), title)
    assert [(e["type"], e["start"]) for e in found] == expected


def test_a_headline_meeting_on_the_pre_evaluation_is_the_meeting_the_body_reports(nlp: Language) -> None:
    text = "Pemkab Sigi menggelar rapat persiapan pra evaluasi smart city di ruang rapat Bappeda, Kamis (19/11/2020)."
    found = events(nlp, text, date(2020, 11, 20), "Pemkab Sigi Gelar Rapat Pra Evaluasi Smart City")
    assert [(e["type"], e["start"]) for e in found] == [("other", "2020-11-19")]


def test_a_headline_meeting_apart_from_the_step_stays_an_event(nlp: Language) -> None:
    # "dan Gelar Sosialisasi" is a second step of the headline, not a part of the signing beside it
    text = "Pemkab Sigi menandatangani nota kesepakatan smart city di Jakarta, Rabu (9/8/2023)."
    found = events(nlp, text, date(2023, 8, 10), "Pemkab Sigi Teken MoU Smart City dan Gelar Sosialisasi")
    assert sorted(e["type"] for e in found) == ["mou_signing", "other"]


def test_a_step_the_headline_names_as_socialised_is_the_meeting(nlp: Language) -> None:
    text = ("WONOSARI – Tim Gerakan Menuju 100 Smart City menggelar sosialisasi persiapan evaluasi kota cerdas bagi "
            "Pemerintah Kabupaten Rembang di aula bupati, kemarin.\nKegiatan ini menjadi bekal menghadapi monitoring dan "
            "evaluasi yang dijadwalkan pada Juni 2020.")
    found = events(nlp, text, published=date(2020, 2, 26),
                   title="Jelang Monev, Tim Pusat Sosialisasikan Evaluasi Smart City di Rembang")
    assert [e["type"] for e in found] == ["pre_evaluation"]
