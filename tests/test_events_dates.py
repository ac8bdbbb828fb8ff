"""Events: which sentence or date dates a step (a date written apart from the step, a later attribution placing
the speaker, a lead that sets the scene, a month and a day in it, the year a text calls this one) (sentences written
for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import event_starts
from fixtures.support import events_in as events
from spacy.language import Language

LEAD = ("Dinas Kominfo Kabupaten Ende menggelar evaluasi capaian program kota cerdas bersama seluruh perangkat "
        "daerah.\nTujuan program itu ialah mewujudkan Kabupaten Ende yang mandiri dan sejahtera.\n"
        "Kepala Dinas Kominfo Kabupaten Ende Maria Lena dalam paparannya menjelaskan enam pilar kota cerdas.\n")


@pytest.mark.parametrize("text, expected", [
    # "tahun ini" after the step's word: the publication date's year
    ("Kota Sorong sudah menjalani evaluasi tahap II atau penilaian tahun ini. Ada 12 rekomendasi.", "2023"),
    # several years named with the step: the one where the text first tells of it, later ones recall others
    (("Kota Sorong sudah menjalani evaluasi smart city 2023 pekan ini. Wali kota membandingkan hasil evaluasi "
      "smart city 2021 dengan capaian sekarang."), "2023"),
])
def test_a_step_without_a_date_takes_the_year_named_with_it(nlp: Language, text: str, expected: str) -> None:
    found = [e for e in events(nlp, text, date(2023, 11, 18)) if e["type"] == "evaluation"]
    assert [e["start"] for e in found] == [expected]


def test_an_abbreviated_title_in_the_attribution_keeps_the_speaker_at_the_step(nlp: Language) -> None:
    text = ("\"Desa ini menjadi contoh,\" ungkap Bupati Kab. Kolaka usai peluncuran Desa Digital di Kec. Wundulako, "
            "Senin (6/9/2021).")
    found = events(nlp, text)
    assert [(e["type"], e["start"]) for e in found] == [("launch", "2021-09-06")]


def test_a_step_dated_by_its_month_and_a_day_in_it_starts_on_the_day(nlp: Language) -> None:
    text = ("Pemkot Kendari menggelar bimtek penyusunan masterplan smart city tahun 2024. Bimtek tersebut berlangsung "
            "di Ruang Pola Balai Kota, Selasa (11/6/2024). Bimtek itu digelar empat kali, mulai Juni hingga Oktober "
            "2024.")
    found = events(nlp, text)
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", "2024-06-11")]


@pytest.mark.parametrize("text", [
    ("Kepala Diskominfo Kota Kendari menyebut, penilaian smart city tahun 2023 dilakukan oleh para pakar. "
     "Evaluasi itu dilakukan terhadap enam dimensi smart city."),
    ("Evaluasi dilakukan terhadap enam dimensi smart city Kota Kendari. Ia menambahkan, penilaian smart city tahun "
     "2023 dinilai oleh para pakar."),
])
def test_the_year_named_after_an_assessment_word_dates_the_evaluation_of_that_year(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("evaluation", "2023")]


def test_the_occasion_a_speaker_is_placed_at_is_the_step_of_the_day(nlp: Language) -> None:
    text = ("\"Kami akan merangkul dunia usaha di Kota Kendari,\" ujarnya usai rapat koordinasi smart city di "
            "Balai Kota pada Senin (20/01/2025).")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("other", "2025-01-20")]


def test_a_sentence_that_refers_back_to_a_dated_visit_takes_its_date(nlp: Language) -> None:
    text = ("Indeks Kota Cerdas Menuju Kota Kendari yang Cerdas\n\nTim peneliti ITB, Rabu (10/6/2015) bertandang "
            "ke Kota Kendari. Kedatangan tim ini terkait penilaian yang dilaksanakan terhadap Kota Kendari.")
    found = events(nlp, text, published=date(2015, 6, 11))
    assert [(e["type"], e["start"]) for e in found] == [("assessment", "2015-06-10")]


def test_a_step_placed_in_a_year_of_its_own_takes_no_date_of_a_later_sentence(nlp: Language) -> None:
    text = ("Sekretaris Daerah Kota Kendari membuka bimbingan teknis smart city, Rabu (5/7/2023). Lebih lanjut Kepala "
            "Diskominfo menjelaskan, bahwa di tahun 2022 Kota Kendari mengikuti assesment smart city dari tim "
            "Kementerian Kominfo. \u201cAlhamdulillah, pada Januari 2023 kemarin, terinformasi bahwa Kota Kendari "
            "termasuk 50 daerah yang terpilih,\u201d terang dia.")
    found = events(nlp, text, published=date(2023, 7, 6))
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", "2023-07-05")]


@pytest.mark.parametrize(("text", "start"), [
    (("Kota Sabang dinyatakan lolos seleksi gerakan smart city 2019. Kepastian itu diperoleh setelah Pemkot menerima "
      "surat Dirjen Aptika tertanggal 28 Februari 2019."), "2019-02-28"),
    (("Kabupaten Nagan Raya terpilih dalam program kota cerdas 2020. Keputusan tersebut tertuang dalam surat "
      "kementerian tertanggal 3 Maret 2020."), "2020-03-03"),
    (("kota langsa lolos seleksi smart city tahun 2021. pengumuman itu disampaikan melalui surat Dirjen Aptika tanggal "
      "12 Mei 2021."), "2021-05-12"),
])
def test_the_news_of_a_selection_is_dated_by_its_letter(nlp: Language, text: str, start: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("selection_result", start)]


@pytest.mark.parametrize(("text", "expected"), [
    (("Bupati Agam menerima penghargaan smart city di Jakarta, Rabu (6/11/2019). Sehari sebelumnya, bupati "
      "mempresentasikan master plan smart city di hadapan tim penguji Kemenkominfo."),
     [("evaluation", "2019-11-05"), ("award", "2019-11-06")]),
    ("Wali Kota Solok memaparkan masterplan kota cerdas di depan para penguji gerakan 100 smart city, Selasa (5/11/2019).",
     [("evaluation", "2019-11-05")]),
    (("Kota Payakumbuh meraih penghargaan kota cerdas pada malam apresiasi, 14 Desember 2018. Sehari sebelumnya di "
      "tempat yang sama, wali kota tampil di hadapan dewan juri."), [("evaluation", "2018-12-13"), ("award", "2018-12-14")]),
])
def test_a_talk_to_the_examiners_the_day_before_is_dated(nlp: Language, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected


def test_the_day_after_the_last_one_named_dates_the_next_step(nlp: Language) -> None:
    text = ("Pemkab Sijunjung mengikuti bimbingan teknis smart city tahap I pada Senin (8/7/2019). Keesokan harinya, "
            "bupati menandatangani nota kesepahaman dengan Kemenkominfo.")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [
        ("technical_guidance", "2019-07-08"), ("mou_signing", "2019-07-09")]


def test_a_bantenese_honorifics_dot_does_not_end_the_sentence(nlp: Language) -> None:
    text = ("Hal itu disampaikan Bupati Lebak usai membuka Penyusunan Masterplan Smart City Tahap I di Aula Tb. "
            "Hasanuddin pada Rabu, 5 Juni 2024.")
    assert event_starts(nlp, text) == [("technical_guidance", "2024-06-05")]


def test_a_later_attribution_at_a_venue_dates_the_lead_event(nlp: Language) -> None:
    text = LEAD + "“Setiap pilar sudah punya anggaran,” ujarnya di aula Hotel Flores, Kamis 4 Mei 2023.\n"
    assert event_starts(nlp, text) == [("evaluation", "2023-05-04")]


def test_a_later_dated_sentence_that_is_no_attribution_stays_out(nlp: Language) -> None:
    text = LEAD + "Pembangunan jaringan internet desa dimulai Kamis 4 Mei 2023.\n"
    assert event_starts(nlp, text) == [("evaluation", None)]


def test_a_passive_attribution_after_the_step_is_an_aside(nlp: Language) -> None:
    text = ("Kabupaten Sintang masuk program kota cerdas Kementerian Kominfo.\n"
            "Hal itu diungkapkan oleh Bupati Sintang selepas mengikuti Rapat Tinjauan Lapangan Evaluasi Gerakan "
            "Smart City 2021 di aula kantor bupati, Rabu (10/03/2021).\n")
    assert ("evaluation", "2021-03-10") in event_starts(nlp, text)


def test_a_date_after_a_mid_sentence_sebelumnya_dates_the_earlier_step(nlp: Language) -> None:
    text = ("Pemerintah Kota Tomohon mengikuti Evaluasi Tahap II Kota Cerdas tahun 2023 di ruang rapat wali kota, "
            "Kamis 26 Oktober 2023.\n"
            "Ini tahap kedua setelah sebelumnya, pada Mei 2023, kami menjalani evaluasi tahap pertama.\n")
    assert event_starts(nlp, text) == [("evaluation", "2023-10-26")]


def test_a_dated_step_whose_date_follows_sejak_as_a_day_still_counts(nlp: Language) -> None:
    # only a month after "sejak" is a start in passing; a day is when the event itself began
    text = "Bimtek kota cerdas Kabupaten Alor berlangsung sejak Senin (4/9/2023) di aula kantor bupati.\n"
    assert event_starts(nlp, text) == [("technical_guidance", "2023-09-04")]


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



SPOKEN = ("Kabupaten Banggai telah menyelesaikan Bimbingan Teknis (Bimtek) penyusunan masterplan smart city.\n"
          "Seluruh pihak siap menerapkan masterplan itu.\n"
          "Sekda Banggai mengatakan kota cerdas merupakan pembangunan yang berdaya saing dan berkelanjutan dengan "
          "memanfaatkan teknologi.\n")
SAID = "“Masterplan ini menjadi acuan pembangunan,” kata Sekda Banggai, Rabu (21/9/2022)."
TODAY = ("Menurut dia, penutupan bimtek {when} menjadi awal bagi semua pihak untuk mulai melaksanakan hasil yang "
         "diperoleh.")


@pytest.mark.parametrize(("said", "when", "expected"), [
    # the step's day called "hari ini" right after a dated attribution: the speaker spoke on that day
    (SAID, "hari ini", "2022-09-21"),
    # ... not "hingga hari ini" (up to now)
    (SAID, "hingga hari ini", None),
    # ... nor a dated sentence that is no speaker's attribution
    ("Kepala dinas menambahkan bahwa kota cerdas butuh data, Rabu (21/9/2022).", "hari ini", None),
])
def test_a_step_of_today_takes_the_date_of_the_attribution_before_it(nlp: Language, said: str, when: str,
                                                                     expected: str | None) -> None:
    found = events(nlp, SPOKEN + said + "\n" + TODAY.format(when=when))
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", expected)]


@pytest.mark.parametrize("follows", ["tindak lanjut", "tindaklanjut"])
def test_a_dated_stage_after_a_step_that_follows_another_dates_that_step(nlp: Language, follows: str) -> None:
    # the step another one "follows" ("tindak lanjut dari asesmen", also written as one word) is the only one the
    # sentence before the stage reports, so the stage's day dates it
    text = ("Pemkab Sikka memasuki tahap akhir bimbingan teknis (bimtek) penyusunan masterplan smart city.\n"
            f"Bimtek ini merupakan {follows} dari assessment antara Kemenkominfo dan Pemkab Sikka yang dibagi "
            "dalam 4 tahap.\nTahap keempat digelar hari ini, Rabu (21/9/2022), di aula Bappeda.")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("technical_guidance", "2022-09-21")]


@pytest.mark.parametrize(("text", "published", "start"), [
    # the news of a selection without a date of its own: the year the article went out
    ("Kota Tidore Kepulauan terpilih sebagai salah satu dari 25 daerah gerakan menuju 100 smart city.",
     date(2021, 5, 12), "2021"),
    # the outcome of an assessment dated in the text: the same
    (("Kabupaten Nagekeo mengikuti asesmen smart city pada 15 Februari 2021. Hasilnya diumumkan: Kabupaten Nagekeo "
      "terpilih sebagai salah satu dari 25 daerah peserta gerakan."), date(2021, 3, 2), "2021"),
    # no publication date: no year to give
    ("Kota Tidore Kepulauan terpilih sebagai salah satu dari 25 daerah gerakan menuju 100 smart city.", None, None),
])
def test_an_undated_selection_is_of_the_year_the_article_went_out(nlp: Language, text: str, published: date | None,
                                                                   start: str | None) -> None:
    found = [e for e in events(nlp, text, published) if e["type"] == "selection_result"]
    assert [e["start"] for e in found] == [start]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (("Kabupaten Pekalongan mengikuti bimtek masterplan smart city tahap I, kemarin. Bimtek tahap II dijadwalkan pada "
      "24 Agustus 2023."), date(2023, 8, 11), [("technical_guidance", "2023-08-10")]),
    (("Kota Parepare mengikuti bimtek tahap II penyusunan masterplan smart city, Jumat kemarin. Bimtek tahap III "
      "digelar pada Agustus 2023."), date(2023, 7, 22), [("technical_guidance", "2023-07-21"), ("technical_guidance", "2023-08")]),
    # the day a speaker spoke is no day of the step
    (("Kota Salatiga mengikuti evaluasi smart city tahap II, Selasa (10/10/2023). \u201cEvaluasi berjalan lancar,\u201d "
      "kata Sekda Kota Salatiga, kemarin."), date(2023, 10, 12), [("evaluation", "2023-10-10")]),
])
def test_a_relative_day_dates_the_step_of_its_sentence_beside_a_dated_stage(
        nlp: Language, text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, published)] == expected


def test_an_undated_mention_of_a_dated_step_is_that_step(nlp: Language) -> None:
    text = ("Bupati Pacitan memaparkan capaian smart city di hadapan tim evaluator Kementerian Kominfo di Pendopo "
            "Kabupaten Pacitan, Kamis (12/10/2023). Evaluasi berlangsung selama tiga jam.")
    found = events(nlp, text, published=date(2023, 10, 13))
    assert [(e["type"], e["start"], e["regions"]) for e in found] == [("evaluation", "2023-10-12", ["Kabupaten Pacitan"])]


@pytest.mark.parametrize(("text", "expected"), [
    (("Pemkab Wonosobo mengikuti bimtek penyusunan masterplan smart city tahap I di aula Setda. Seluruh kepala OPD "
      "hadir. Bimtek tahap berikutnya dijadwalkan pada 20 Agustus 2023."), [("technical_guidance", None)]),
    (("Pemkot Salatiga mengikuti evaluasi smart city tahap I secara daring dari ruang rapat wali kota. Evaluasi tahap "
      "II rencananya digelar pada Oktober 2024."), [("evaluation", None)]),
])
def test_a_step_held_undated_takes_no_date_of_the_step_scheduled_after_it(
        nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(((e["type"], e["start"]) for e in events(nlp, text, date(2024, 6, 20))),
                  key=lambda e: e[1] or "") == expected


@pytest.mark.parametrize("text, expected", [
    # a region's name ending in the letters of a month's abbreviation ("Kotamob-agu") before "kemarin"
    ("Pemerintah Kota Kotamobagu kemarin menjalani evaluasi smart city tahap kedua bersama tim evaluator.",
     "2024-10-28"),
    # a weekday of the article's week ("Senin ini" in an article of Tuesday)
    ("Diskominfo Kabupaten Dompu mengikuti evaluasi smart city tahap kedua secara daring Senin ini.", "2024-10-28"),
])
def test_a_relative_day_dates_the_step_of_its_sentence(nlp: Language, text: str, expected: str) -> None:
    found = [e for e in events(nlp, text, date(2024, 10, 29)) if e["type"] == "evaluation"]
    assert [e["start"] for e in found] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    (("Kota Pasuruan menduduki peringkat pertama hasil penilaian smart city, kata Kepala Diskominfo Kota Pasuruan, "
      "Rabu (8/3/2023)."), date(2023, 3, 9), [("evaluation", None)]),
    (("Kabupaten Probolinggo masuk peringkat lima besar penilaian smart city tingkat nasional, ujar Kepala Diskominfo "
      "Kabupaten Probolinggo, Kamis (9/3/2023)."), date(2023, 3, 10), [("evaluation", None)]),
    (("Kepala Diskominfo Kabupaten Lumajang mengatakan Lumajang meraih peringkat ketiga dalam evaluasi smart city tahun "
      "2022, Senin (6/3/2023)."), date(2023, 3, 7), [("evaluation", "2022")]),
    # the speaker's office abbreviated ("Kab.") in the attribution
    (("Kota Palu menduduki peringkat pertama hasil penilaian smart city, kata Kadis Kominfo Kab. Sigi, Rabu "
      "(8/3/2023)."), date(2023, 3, 9), [("evaluation", None)]),
])
def test_a_rank_an_official_reports_is_not_dated_by_the_day_he_spoke(
        nlp: Language, text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, published)] == expected


def test_a_part_of_the_article_s_day_dates_the_step_of_its_sentence(nlp: Language) -> None:
    text = "Bupati Buton Utara menandatangani nota kesepakatan kota cerdas dengan Kementerian Kominfo tadi pagi."
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2022, 3, 18))] == [("mou_signing", "2022-03-18")]


def test_a_letter_bringing_an_evaluations_result_dates_the_letter_not_the_evaluation(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Sumba Timur menerima hasil evaluasi implementasi smart city tahun 2024 dari "
            "Kementerian. Berdasarkan surat pemberitahuan hasil evaluasi tertanggal 5 Desember 2024, indeks smart city "
            "Sumba Timur naik dari 2,71 menjadi 2,95.\n"
            "\u201cEvaluasi tahap II yang kami ikuti secara daring pada November 2024 cukup berat,\u201d ujarnya, "
            "Kamis (19/12/2024).")
    assert [(e["type"], e["start"]) for e in events(nlp, text, published=date(2024, 12, 20))] == [
        ("evaluation", "2024-11")]


@pytest.mark.parametrize("text, expected", [
    # the region's own day inside the range of a step of many regions
    (("Pemerintah Kabupaten Bantaeng mengikuti evaluasi tahap I kota cerdas di Makassar, Kamis (8/8/2024). Evaluasi "
      "berlangsung 6-9 Agustus 2024 dan diikuti kabupaten/kota peserta dari Sulawesi."), "2024-08-08"),
    # a day of the range that no region's own sentence gives dates nothing of its own
    (("Evaluasi tahap I kota cerdas berlangsung 6-9 Agustus 2024 di Makassar. Pada Kamis (8/8/2024), Kabupaten "
      "Bantaeng memaparkan capaian masterplan."), "2024-08-06"),
])
def test_a_regions_own_day_inside_a_step_of_many_regions_dates_its_event(
        nlp: Language, text: str, expected: str) -> None:
    assert [e["start"] for e in events(nlp, text) if e["type"] == "evaluation"] == [expected]


def test_a_date_of_the_occasion_a_visit_is_placed_amid_does_not_date_the_visit(nlp: Language) -> None:
    text = ("Rombongan Diskominfo Kabupaten Sumbawa mempelajari pengelolaan ruang kendali kota cerdas milik Pemerintah "
            "Kota Surakarta. Kunjungan pada Jumat (21/7/2023) itu disisipkan di antara agenda seminar kota cerdas yang "
            "diadakan Pemprov Jawa Tengah, Kamis (20/7/2023).")
    assert [e["start"] for e in events(nlp, text) if e["type"] == "other"] == ["2023-07-21"]


def test_an_evaluation_told_by_its_result_letter_takes_the_year_of_the_result_before(nlp: Language) -> None:
    text = ("Indeks implementasi smart city Kabupaten Buton tahun 2024 naik dari 2,81 pada 2023 menjadi 3,02. Hasil itu "
            "tertuang dalam surat pemberitahuan hasil evaluasi dari kementerian tertanggal 28 April 2025.")
    assert [e["start"] for e in events(nlp, text, date(2025, 5, 14)) if e["type"] == "evaluation"] == ["2024"]


def test_a_step_told_only_as_the_occasion_a_visit_is_amid_keeps_its_date(nlp: Language) -> None:
    text = ("Kabupaten Lembata mengikuti evaluasi kota cerdas tahap II. Tim asesor meninjau ruang kendali Kabupaten "
            "Lembata di sela-sela rangkaian evaluasi, Rabu (5/6/2024).")
    assert [e["start"] for e in events(nlp, text, date(2024, 6, 8)) if e["type"] == "evaluation"] == ["2024-06-05"]
