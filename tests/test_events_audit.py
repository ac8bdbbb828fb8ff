"""Events, the generalisation audit of the first groups (r1-r704): how a step is reported when its sentence names it
only as the source of a score, as the purpose of an activity the sentence before it dated, as an earlier part of the story
("Sebelumnya, ..."), as a record a speaker recalls on a dated day, as a visit the host receives, as a topic a speaker presents, as what marks
an act told before, as a noun, as the way a result came about, , by
the passive verb of its assessors, or as a habit (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


def _kinds(nlp: Language, text: str, published: date) -> list[tuple[str, list[str]]]:
    return [(e["type"], e["regions"]) for e in events(nlp, text, published)]


@pytest.mark.parametrize(("text", "region"), [
    # the score first, the step only named after it as what issued the index
    ("Indeks smart city Kota Palu naik menjadi 3,12 pada 2023. Penilaian indeks ini dikeluarkan Kementerian Kominfo.",
     "Kota Palu"),
    # the step named as the source of the score in the score's own sentence
    ("Dari hasil penilaian, Kabupaten Sumedang memperoleh nilai 3,41 dalam implementasi smart city tahun 2023.",
     "Kabupaten Sumedang"),
    (("Pemkab Bantaeng memperoleh nilai 3,25 pada indeks kota cerdas tahun 2023. Penilaian dilakukan oleh Kementerian "
      "Kominfo bersama sejumlah kementerian."), "Kabupaten Bantaeng"),
    (("Kota Ternate mencatat nilai smart city 2,91 untuk tahun 2023, kata kepala diskominfo. Evaluasi itu digelar "
      "kementerian setiap tahun."), "Kota Ternate"),
])
def test_a_score_told_beside_a_mentioned_step_reports_the_evaluation(nlp: Language, text: str, region: str) -> None:
    assert _kinds(nlp, text, date(2024, 3, 1)) == [("evaluation", [region])]


@pytest.mark.parametrize("text", [
    # the score of another index, a step of another programme
    "Nilai indeks inovasi daerah Kota Kendari mencapai 48,20 pada 2023. Indeks itu adalah sistem penilaian inovasi.",
    "Indeks SPBE Kota Kendari naik menjadi 3,40 pada 2023. Penilaian indeks SPBE dilakukan KemenPAN-RB.",
])
def test_the_score_of_another_index_reports_no_evaluation(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text, date(2024, 3, 1)) == []


@pytest.mark.parametrize(("text", "expected"), [
    (("Wali Kota Madiun memaparkan capaian kota cerdas di hadapan tim dari Jakarta, Selasa (8/10/2024). Kegiatan ini "
      "dalam rangka evaluasi implementasi smart city tahap II."), ("evaluation", "2024-10-08", ["Kota Madiun"])),
    (("Rombongan Kementerian Kominfo tiba di Kabupaten Sinjai, Rabu (9/10/2024). Kunjungan itu guna melakukan "
      "pendampingan penyusunan masterplan smart city."), ("technical_guidance", "2024-10-09", ["Kabupaten Sinjai"])),
    (("Bupati Soppeng bertemu Dirjen Aptika di Jakarta, Kamis (3/10/2024). Pertemuan tersebut dalam rangka "
      "penandatanganan nota kesepahaman kota cerdas."), ("mou_signing", "2024-10-03", ["Kabupaten Soppeng"])),
    (("Pejabat Pemkab Pinrang berkumpul di ruang command center, Selasa (8/10/2024). Agenda itu untuk mengikuti "
      "evaluasi smart city tahap I secara daring."), ("evaluation", "2024-10-08", ["Kabupaten Pinrang"])),
])
def test_a_step_named_as_the_purpose_of_the_activity_told_before_is_reported(
        nlp: Language, text: str, expected: tuple[str, str, list[str]]) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text, date(2024, 10, 10))] == [expected]


@pytest.mark.parametrize("text", [
    # nothing dated before it: no activity told
    ("Pejabat Pemkab Pinrang berkumpul di ruang command center. Agenda itu untuk menyiapkan bahan evaluasi smart city "
     "tahap I."),
    # the step is planned
    ("Pejabat Pemkab Pinrang berkumpul di ruang command center, Selasa (8/10/2024). Rapat itu dalam rangka evaluasi "
     "smart city yang akan digelar bulan depan."),
])
def test_a_purpose_of_an_undated_activity_or_a_plan_reports_no_step(nlp: Language, text: str) -> None:
    assert events(nlp, text, date(2024, 10, 10)) == []


@pytest.mark.parametrize(("text", "regions"), [
    (("Wali Kota Palu menerima trofi kota cerdas dari menteri di Jakarta, Senin (11/12/2017). Sebelumnya, ketua panitia "
      "mengumumkan lima kota pemenang penghargaan kota cerdas kategori kota kecil, yakni Kota Palu, Kota Bitung, dan "
      "Kota Tomohon."), ["Kota Palu", "Kota Bitung", "Kota Tomohon"]),
    (("Penghargaan kota cerdas diserahkan kepada Bupati Banggai di Jakarta, Senin (11/12/2017).\nSebelumnya panitia "
      "mengumumkan pemenang penghargaan kategori kabupaten, antara lain Kabupaten Poso dan Kabupaten Banggai."),
     ["Kabupaten Banggai", "Kabupaten Poso"]),
    # an earlier year is the region's record
    (("Wali Kota Palu menerima trofi kota cerdas dari menteri di Jakarta, Senin (11/12/2017). Pada tahun sebelumnya, "
      "Kota Bitung juga telah menerima penghargaan kota cerdas."), ["Kota Palu"]),
])
def test_an_opening_earlier_tells_more_of_the_story_reported(nlp: Language, text: str, regions: list[str]) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text, date(2017, 12, 12))] == [
        ("award", "2017-12-11", regions)]


@pytest.mark.parametrize(("text", "expected"), [
    (('"Tahun lalu kami sudah mengikuti bimtek masterplan," ujar Kepala Diskominfo Kota Bima usai rapat koordinasi '
      "smart city, Rabu (5/6/2024)."), [("other", "2024-06-05")]),
    (('"Dulu kami sudah terpilih dalam gerakan smart city," kata Bupati Dompu saat menerima kunjungan kerja DPRD '
      "Kabupaten Sumbawa, Rabu (5/6/2024)."), [("other", "2024-06-05")]),
    (("“Kami telah mendapatkan penghargaan dari Kementerian Dalam Negeri atas inovasi daerah,” kata Bupati Lumajang saat "
      "evaluasi smart city di Jakarta, Rabu (5/6/2024)."), [("evaluation", "2024-06-05")]),
    # the step the quote tells as done today, and one the attribution reports, keep the day
    ("“Hari ini kami menandatangani MoU smart city dengan Kominfo,” kata Bupati Dompu, Rabu (5/6/2024).",
     [("mou_signing", "2024-06-05")]),
    ("“Kami sudah lama menyiapkan diri,” kata Bupati Dompu usai mengikuti evaluasi smart city tahap II, Rabu (5/6/2024).",
     [("evaluation", "2024-06-05")]),
])
def test_a_record_recalled_in_a_quote_takes_no_date_from_its_attribution(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2024, 6, 6))] == expected


@pytest.mark.parametrize(("text", "regions"), [
    (("Diskominfo Kabupaten Gresik mendapatkan kunjungan dari Komisi A DPRD Kabupaten Tulungagung. Kunjungan ini untuk "
      "belajar strategi smart city di Kabupaten Gresik."), ["Kabupaten Gresik", "Kabupaten Tulungagung"]),
    ("Diskominfo Kota Batu kedatangan rombongan dari Pemkab Malang yang ingin belajar penerapan smart city.",
     ["Kota Batu", "Kabupaten Malang"]),
    ("Pemkab Sidoarjo menjadi tujuan kunjungan Pemkot Palu yang ingin mempelajari kota cerdas.",
     ["Kabupaten Sidoarjo", "Kota Palu"]),
    ("Diskominfo Kabupaten Gresik mendapat kunjungan kerja dari DPRD Kabupaten Jombang terkait penerapan kota cerdas.",
     ["Kabupaten Gresik", "Kabupaten Jombang"]),
])
def test_a_visit_the_host_receives_is_a_visit(nlp: Language, text: str, regions: list[str]) -> None:
    assert _kinds(nlp, text, date(2024, 6, 6)) == [("other", regions)]


@pytest.mark.parametrize("text", [
    ("Tim asesor Kementerian Kominfo mengevaluasi Kota Sukabumi secara daring, Senin (12/6/2023). Setelah itu, Kepala "
     "Diskominfo memaparkan mengenai kelembagaan kota cerdas, forum smart city, dan infrastruktur digital."),
    ("Evaluasi smart city tahap I Kota Sukabumi digelar Senin (12/6/2023). Dalam kesempatan itu, wali kota memaparkan "
     "tentang penandatanganan nota kesepahaman dengan sebuah universitas."),
    ("Tim asesor Kementerian Kominfo mengevaluasi Kota Sukabumi secara daring, Senin (12/6/2023). Sekda lalu menjelaskan "
     "tentang tahapan program, seperti sosialisasi dan bimbingan teknis bagi perangkat daerah."),
])
def test_a_topic_a_speaker_presents_about_is_no_event(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2023, 6, 13))] == [("evaluation", "2023-06-12")]


def test_a_step_a_speaker_presents_at_stays_reported(nlp: Language) -> None:
    text = "Wali Kota Sukabumi memaparkan inovasi daerah dalam evaluasi smart city tahap I, Senin (12/6/2023)."
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2023, 6, 13))] == [("evaluation", "2023-06-12")]


def test_a_topic_is_read_in_one_pass(nlp: Language) -> None:
    """A long sentence of presenting verbs, each followed by a topic word, is read in one pass."""
    from extractor.events import _patterns

    criterion = _patterns()[1]["criterion"]
    assert criterion.search("Ia memaparkan mengenai forum ") is not None
    assert criterion.search("memaparkan tentang " * 3_000 + "x. ") is None


@pytest.mark.parametrize(("text", "kind"), [
    (("Pemkab Pangkep menjalin kerja sama dengan Kementerian Kominfo untuk mewujudkan kota cerdas. Kesepakatan itu "
      "ditandai dengan penandatanganan nota kesepahaman antara Bupati Pangkep dan Dirjen Aptika."), "mou_signing"),
    (("Pemkot Parepare memperkenalkan aplikasi layanan warga berbasis kota cerdas. Peresmian aplikasi itu ditandai "
      "dengan penekanan tombol oleh Wali Kota Parepare."), "launch"),
    (("Pemkab Barru mulai menyusun masterplan kota cerdas. Dibukanya bimtek smart city tahap I ditandai dengan "
      "pemukulan gong oleh Bupati Barru."), "technical_guidance"),
])
def test_a_step_that_marks_an_act_told_before_is_reported(nlp: Language, text: str, kind: str) -> None:
    assert [e["type"] for e in events(nlp, text, date(2024, 6, 7))] == [kind]


@pytest.mark.parametrize(("text", "region"), [
    ("Dipilihnya Kabupaten Agam sebagai daerah smart city diumumkan Senin (4/3/2019).", "Kabupaten Agam"),
    (("Lolosnya Kota Padang Panjang ke program Gerakan Menuju 100 Smart City diumumkan Kementerian Kominfo, Senin "
      "(4/3/2019)."), "Kota Padang Panjang"),
    ("Terpilihnya Kota Payakumbuh dalam gerakan kota cerdas diumumkan di Jakarta, Senin (4/3/2019).", "Kota Payakumbuh"),
])
def test_a_selection_told_as_a_noun_is_a_selection(nlp: Language, text: str, region: str) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text, date(2019, 3, 7))] == [
        ("selection_result", "2019-03-04", [region])]


@pytest.mark.parametrize(("text", "expected"), [
    # the step a result came about through, or came after, is no event of its own
    (("Kota Bontang terpilih dalam Gerakan Menuju 100 Smart City berkat penilaian yang ketat dari para pakar, kata wali "
      "kota, Senin (3/6/2024)."), "selection_result"),
    (("Sesudah proses penilaian oleh tim Kominfo, Kota Bontang terpilih dalam Gerakan Menuju 100 Smart City, kata wali "
      "kota, Senin (3/6/2024)."), "selection_result"),
    (("Sesudah penandatanganan nota kesepahaman, Pemkab Kutai Timur langsung menggelar bimtek smart city tahap I, Senin "
      "(3/6/2024)."), "technical_guidance"),
    (("Pemkab Kutai Timur meraih penghargaan kota cerdas berkat pendampingan penyusunan masterplan dari Kominfo, Senin "
      "(3/6/2024)."), "award"),
    (("Kota Bontang terpilih dalam Gerakan Menuju 100 Smart City setelah melewati serangkaian penilaian oleh tim "
      "Kominfo, kata wali kota, Senin (3/6/2024)."), "selection_result"),
])
def test_the_step_a_result_came_about_through_is_no_event(nlp: Language, text: str, expected: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2024, 6, 4))] == [(expected, "2024-06-03")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Implementasi kota cerdas Kota Tomohon dinilai tim asesor dalam ajang Forum Smart City 2024, Kamis (27/6/2024).",
     date(2024, 6, 28), [("evaluation", "2024-06-27", ["Kota Tomohon"])]),
    ("Kabupaten Minahasa dinilai oleh tim juri Gerakan Menuju 100 Smart City di Jakarta, Jumat (22/2/2019).",
     date(2019, 2, 23), [("assessment", "2019-02-22", ["Kabupaten Minahasa"])]),
    ("Kota Bitung dinilai langsung oleh para evaluator dalam evaluasi kota cerdas, Rabu (4/10/2023).",
     date(2023, 10, 5), [("evaluation", "2023-10-04", ["Kota Bitung"])]),
    # judged, not assessed
    ("Program kota cerdas itu dinilai berhasil oleh warga Kota Tomohon, kata wali kota, Kamis (27/6/2024).",
     date(2024, 6, 28), []),
])
def test_a_region_assessed_by_the_passive_verb_of_its_assessors(
        nlp: Language, text: str, published: date, expected: list[tuple[str, str, list[str]]]) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text, published)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    (("Kota Tomohon terus berbenah menuju kota cerdas. Pemkot Tomohon rutin menggelar sosialisasi kota cerdas kepada "
      "warga setiap bulan."), []),
    (("Kabupaten Minahasa terus berbenah menuju kota cerdas. Diskominfo Kabupaten Minahasa secara berkala mengadakan "
      "rapat koordinasi dewan smart city."), []),
    (("Kabupaten Sleman terus berbenah menuju kota cerdas. Tiap tahun Pemkab Sleman mengikuti evaluasi smart city dari "
      "Kementerian Kominfo."), []),
    # this year's step, dated, whatever the habit around it
    (("Kabupaten Sleman terus berbenah menuju kota cerdas. Evaluasi yang digelar setiap tahun itu berlangsung di "
      "Jakarta, Senin (3/6/2024), diikuti Pemkab Sleman."), [("evaluation", "2024-06-03")]),
    (("Kabupaten Sleman terus berbenah menuju kota cerdas. Setiap OPD Kabupaten Sleman mengikuti bimtek smart city "
      "tahap II yang digelar Senin (3/6/2024)."), [("technical_guidance", "2024-06-03")]),
])
def test_an_undated_habit_is_no_step(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2024, 6, 4))] == expected
