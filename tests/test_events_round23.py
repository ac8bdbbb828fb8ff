"""Events, audit of r2000-r2123, r2300-r2513 and older readable ids: a date told in passing is no date of the
sentence's event: a month a running process started at ("berjalan sejak awal bulan April") and a date right after
a mid-sentence "sebelumnya" ("setelah sebelumnya, pada Mei 2023, ..."); a sentence that opens by summing up the
progress up to a year ("Sampai tahun 2023, ...") tells the region's record, no step of its own; an application
named after monitoring ("e-monev") is no evaluation; an activity counted among the parts of a step ("tiga hal ...,
yakni pembimbingan, ...") is no event of its own; a headline's step named as what is being prepared for ("Bersiap
Jelang Evaluasi") is no event of the article; a ministry official who "sengaja datang ke" a region visits it
(sentences written for these tests)."""

from __future__ import annotations

import time

from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns, _told_since


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


def test_a_progress_summary_up_to_a_year_reports_no_step(nlp: Language) -> None:
    text = ("Pemkab Sikka Terima Penghargaan Kota Cerdas\n\n"
            "Sampai tahun 2023, saat ulang tahun Kabupaten Sikka pada bulan Agustus lalu Pemkab meluncurkan aplikasi "
            "Sikka Pintar dan sudah menyusun rencana induk kota cerdas.\n"
            "Kementerian Kominfo, Rabu (6/12/2023), memberikan penghargaan kepada Pemkab Sikka di Jakarta.\n")
    assert starts(nlp, text) == [("award", "2023-12-06")]


def test_a_month_a_running_process_started_at_dates_no_step(nlp: Language) -> None:
    text = ("Kota Tidore Kepulauan menandatangani nota kesepahaman Gerakan Menuju 100 Smart City di Jakarta, Senin "
            "(20/5/2019).\n"
            "Rangkaian penilaian kota cerdas itu berjalan sejak awal bulan April tahun 2019, ketika ada 110 daerah "
            "yang dinilai siap.\n")
    assert [kind for kind, _ in starts(nlp, text)] == ["mou_signing"]


def test_a_date_after_a_mid_sentence_sebelumnya_dates_the_earlier_step(nlp: Language) -> None:
    text = ("Pemerintah Kota Tomohon mengikuti Evaluasi Tahap II Kota Cerdas tahun 2023 di ruang rapat wali kota, "
            "Kamis 26 Oktober 2023.\n"
            "Ini tahap kedua setelah sebelumnya, pada Mei 2023, kami menjalani evaluasi tahap pertama.\n")
    assert starts(nlp, text) == [("evaluation", "2023-10-26")]


def test_a_dated_step_whose_date_follows_sejak_as_a_day_still_counts(nlp: Language) -> None:
    # only a month after "sejak" is a start in passing; a day is when the event itself began
    text = "Bimtek kota cerdas Kabupaten Alor berlangsung sejak Senin (4/9/2023) di aula kantor bupati.\n"
    assert starts(nlp, text) == [("technical_guidance", "2023-09-04")]


def test_an_e_monev_application_is_no_evaluation(nlp: Language) -> None:
    text = ("Kepala Bappeda Kabupaten Lebak mengatakan Pemkab terus menyiapkan diri menjadi kota cerdas.\n"
            "“Sudah jalan aplikasi e-planning, e-budgeting, e-monev dan layanan daring lain di semua dinas,” "
            "katanya, Selasa (10/9/2019).\n")
    assert [kind for kind, _ in starts(nlp, text)] == []


def test_monev_as_its_own_word_is_still_an_evaluation(nlp: Language) -> None:
    text = ("Tim Kementerian Kominfo melaksanakan monev kota cerdas di Kabupaten Lebak, Selasa (10/9/2019).\n")
    assert starts(nlp, text) == [("evaluation", "2019-09-10")]


def test_an_activity_counted_among_the_parts_of_an_evaluation_is_no_bimtek(nlp: Language) -> None:
    text = ("Kabupaten Sumba Barat masuk program kota cerdas Kementerian Kominfo.\n"
            "Hal itu disampaikan Bupati Sumba Barat usai menghadiri Rapat Tinjauan Lapangan Evaluasi Kota Cerdas 2020 "
            "di aula kantor bupati, Kamis (5/3/2020).\n"
            "Soal tinjauan itu, lanjut bupati, ada tiga hal yang dilakukan para petugas kementerian, yakni "
            "pembimbingan, pengecekan data capaian, dan pendampingan perangkat daerah.\n")
    assert starts(nlp, text) == [("evaluation", "2020-03-05")]


def test_a_bimtek_named_as_the_activity_of_the_day_still_counts(nlp: Language) -> None:
    text = ("Kegiatan Pemkab Sumba Barat hari ini yaitu bimbingan teknis kota cerdas tahap II bersama tim "
            "Kementerian Kominfo, Kamis (5/3/2020).\n")
    assert starts(nlp, text) == [("technical_guidance", "2020-03-05")]


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


def test_a_ministry_official_coming_on_purpose_to_a_region_visits_it(nlp: Language) -> None:
    text = ("Kementerian Dalam Negeri mempelajari penerapan kota cerdas di Kota Pasuruan.\n"
            "Direktur dari kementerian itu, Bayu Aji, sengaja datang ke Pasuruan, Kamis (24/3/2022), untuk melihat "
            "ruang kendali kota.\n")
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [
        ("other", "2022-03-24", ["Kota Pasuruan"])]


def test_a_plain_trip_to_the_capital_is_no_visit(nlp: Language) -> None:
    text = "Wali Kota Pasuruan datang ke Jakarta, Kamis (24/3/2022), untuk rapat anggaran kota cerdas.\n"
    assert [e["type"] for e in events(nlp, text)] == []


def test_since_pattern_on_hostile_input_finishes() -> None:
    text = ("sebelumnya , , , " * 2000) + ("sejak " * 3000) + "x"
    assert len(text) > 50_000
    start = time.perf_counter()
    _patterns()[1]["since"].search(text)
    _patterns()[1]["recalled"].match("Sampai dengan tahun " + "2023 " * 12000)
    _patterns()[1]["ahead_of"].search("Persiapan " + "jelang " * 20000)
    _patterns()[1]["criterion"].search(("tiga hal " + "x, " * 30 + "yaitu " + "y " * 30) * 250)
    for at in range(0, len(text), 997):
        _told_since(text, at, True)
    assert time.perf_counter() - start >= 0
