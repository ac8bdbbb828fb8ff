"""Events, the dates audit of the first-sight errors: the start of a step whose date is written apart from it
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import NTH_DAY


@pytest.mark.parametrize(("text", "expected"), [
    # the year the text calls this one dates a step told without a date of its own
    (("Dinas Kominfo Kabupaten Sinjai menggelar bimbingan teknis penyusunan masterplan smart city bersama "
      "kementerian. Pada tahun 2023 ini Sinjai menjadi salah satu daerah pendamping."),
     [("technical_guidance", "2023")]),
    (("Wali Kota Bitung memaparkan kesiapan daerahnya di hadapan tim asesor smart city. Jaringan serat optik sudah "
      "terpasang sejak 2017, dan di 2019 ini akan menjangkau seluruh kelurahan."), [("assessment", "2019")]),
    (("Pemkab Muna Barat menandatangani nota kesepahaman smart city dengan Kementerian Kominfo.\n"
      "Bupati menyebut, tahun 2021 ini daerahnya mulai menyusun rencana induk."), [("mou_signing", "2021")]),
    # two years each called this one: no certain year
    (("Pemkab Muna Barat menandatangani nota kesepahaman smart city dengan Kementerian Kominfo. Anggaran tahun "
      "2021 ini naik, dan target tahun 2022 ini lebih tinggi."), [("mou_signing", None)]),
])
def test_the_year_a_text_calls_this_one_dates_an_undated_step(nlp: Language, text: str,
                                                               expected: list[tuple[str, str | None]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a step dated by its month takes the day of that month the sentence after it tells of
    (("Kementerian Kominfo melakukan evaluasi program kota cerdas yang dijalankan Pemerintah Kota Bontang pada "
      "Oktober 2022.\nWali Kota Bontang memaparkan program unggulan secara virtual dari aula balai kota, Selasa "
      "(4/10/2022)."), [("evaluation", "2022-10-04")]),
    (("Pemkab Wonogiri menandatangani nota kesepahaman smart city dengan Kementerian Kominfo, Maret 2021. Bupati "
      "hadir dari ruang rapat kantor bupati bersama sekda, Kamis (25/3/2021)."), [("mou_signing", "2021-03-25")]),
    (("bimbingan teknis smart city tahap pertama bagi kota tomohon digelar bulan juni 2023. para kepala perangkat "
      "daerah mengikuti materi di aula bappeda, selasa (13/6/2023)."), [("technical_guidance", "2023-06-13")]),
    # ... not a day of another month
    (("Pemkab Wonogiri menandatangani nota kesepahaman smart city dengan Kementerian Kominfo, Maret 2021. Bupati "
      "hadir dari ruang rapat kantor bupati bersama sekda, Kamis (1/4/2021)."), [("mou_signing", "2021-03")]),
])
def test_a_step_dated_by_its_month_takes_a_day_of_it_told_next(nlp: Language, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one step told by its month and, by another word for it, by a day of that month: one event on the day
    (("Kabupaten Sumedang mengikuti evaluasi smart city pada November 2022. Bupati memaparkan capaian quick win "
      "di hadapan evaluator di Jakarta, Rabu (9/11/2022)."), [("evaluation", "2022-11-09")]),
    (("Kota Pariaman menjalani evaluasi kota cerdas bulan Juli 2023.\nWali kota memaparkan program prioritas di "
      "hadapan tim penilai, Rabu (12/7/2023)."), [("evaluation", "2023-07-12")]),
    (("Pada September 2024 Kabupaten Bantaeng dievaluasi dalam program smart city. Presentasi bupati di depan "
      "para evaluator berlangsung Selasa (10/9/2024) secara daring."), [("evaluation", "2024-09-10")]),
])
def test_a_month_and_a_day_in_it_of_one_step_are_one_event(nlp: Language, text: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "title", "expected"), [
    # the loanword spelt with one letter short or doubled names the step, and the year written after it dates it
    ("Wali Kota Binjai menugaskan Bappeda mengikuti assessmen smart city di Jakarta.",
     "Dinas Kominfo Binjai Ikuti Assessmen 2018", [("assessment", "2018")]),
    ("Kabupaten Tapin mengikuti asessment smart city tahun 2019 di Gedung Pustiknas.", None, [("assessment", "2019")]),
    ("kabupaten tapin mengikuti asseesment gerakan menuju 100 smart city 2019 di jakarta.", None,
     [("assessment", "2019")]),
])
def test_a_misspelt_assessment_is_named_and_dated(nlp: Language, text: str, title: str | None,
                                                 expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, title=title)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date given as a later day of the step: the step began the days before it
    (("Diskominfo Kabupaten Ngawi menggelar bimbingan teknis smart city tahap II di sebuah hotel selama dua hari. "
      "Program unggulan yang berdampak besar diminta tim pendamping pada sesi bimtek hari kedua, Senin "
      "(18/7/2022)."), [("technical_guidance", "2022-07-17", "2022-07-18")]),
    (("Tim evaluator kementerian mengevaluasi pelaksanaan smart city Kota Blitar. Pada hari kedua evaluasi, Rabu "
      "(5/10/2022), tim meninjau ruang command center."), [("evaluation", "2022-10-04", "2022-10-05")]),
    (("Hari ketiga bimbingan teknis smart city Kabupaten Nganjuk, Jumat (9/9/2022), diisi penyusunan quick win."),
     [("technical_guidance", "2022-09-07", "2022-09-09")]),
    (("bimtek masterplan kota cerdas kabupaten magetan memasuki hari ke-2 pada selasa, 6 september 2022."),
     [("technical_guidance", "2022-09-05", "2022-09-06")]),
    # the first day is the date itself
    (("Hari pertama bimbingan teknis smart city Kabupaten Nganjuk, Rabu (7/9/2022), diisi paparan dimensi."),
     [("technical_guidance", "2022-09-07", "2022-09-07")]),
])
def test_a_date_of_a_later_day_of_the_step_starts_it_before(nlp: Language, text: str,
                                                            expected: list[tuple[str, str, str]]) -> None:
    assert [(e["type"], e["start"], e["end"]) for e in events(nlp, text)] == expected


def test_the_later_day_pattern_reads_long_hostile_runs() -> None:
    # (the whole pipeline over 50,000 blanks takes a minute before this change too: the pattern alone is tested)
    assert NTH_DAY.search("hari kedua " * 5_000 + "x" * 50_000) is None
    assert NTH_DAY.search("hari " + " " * 50_000 + "kedua, ") is not None


@pytest.mark.parametrize(("text", "expected"), [
    # a lead paragraph that names no event and closes on a date sets the scene of the step the next one tells
    (("Pemkab Bone Bolango untuk pertama kali menjadi calon peserta Gerakan Menuju 100 Smart City 2019. Kegiatan "
      "bertempat di Gedung Pustiknas Tangerang Selatan. Jumat 22/02\nDalam asesmen tersebut, kepala dinas "
      "memaparkan kesiapan daerahnya."), [("assessment", "2019-02-22")]),
    (("Para kepala perangkat daerah Kota Sibolga berkumpul di ruang rapat wali kota. Mereka datang sejak pagi, "
      "Selasa (8/10/2019).\nPemkot Sibolga menggelar bimbingan teknis smart city tahap akhir bagi mereka."),
     [("technical_guidance", "2019-10-08")]),
    (("jajaran pemkab muna barat memadati aula kantor bupati. suasana tampak ramai, kamis (20/5/2021).\nbupati "
      "menandatangani nota kesepakatan smart city dengan kementerian kominfo secara virtual."),
     [("mou_signing", "2021-05-20")]),
    # ... not a lead that reports an event of its own
    (("Kota Sibolga meraih penghargaan smart city dari kementerian di Jakarta. Trofi diterima wali kota, Selasa "
      "(8/10/2019).\nDi kesempatan lain, Pemkot Sibolga juga menggelar bimbingan teknis smart city tahap akhir."),
     [("award", "2019-10-08"), ("technical_guidance", None)]),
])
def test_a_lead_paragraph_closing_on_a_date_dates_the_step_after_it(nlp: Language, text: str,
                                                                     expected: list[tuple[str, str | None]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected
