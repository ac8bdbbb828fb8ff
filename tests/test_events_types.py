"""Events: which type a step gets (a meeting, a visit, a talk to the evaluators, a launch, an award, a selection),
the words and spellings that name each, and what names none of them (sentences written for these tests)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fixtures.support import event_regions, event_starts
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns

LEAD = "ENDE - Kota cerdas tidak selalu berarti aplikasi. Hal itu disampaikan Kepala Dinas Kominfo Kabupaten Ende, Rudi. "


@pytest.mark.parametrize("text", [
    "Pemkab Sikka menggelar Rapat Dewan Sikka Smart City Tahun 2024 di aula Bappeda, Selasa (4/6/2024).",
    ("Pembentukan Dewan dan Tim Pelaksana Smart City Kabupaten Ende berlangsung di ruang rapat Setda, Rabu "
     "(27/6/2018)."),
    "Wakil Bupati Ngada melantik Dewan Kota Cerdas di aula kantor bupati, Senin (2/7/2018).",
])
def test_a_council_meeting_or_its_forming_is_an_event_of_type_other(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["other"]


@pytest.mark.parametrize("sentence, kind", [
    (("Mantan camat ini menuturkan, saat FGD dengan jajaran OPD terkait dukungan smart city, yang ada di benak "
      "pimpinan OPD adalah aplikasi."), "other"),
    ("Ia menjelaskan dalam bimtek penyusunan masterplan smart city bahwa inovasi tidak harus berupa aplikasi.",
     "technical_guidance"),
])
def test_an_attribution_with_a_prefixed_verb_places_the_speaker_at_the_step(nlp: Language, sentence: str,
                                                                             kind: str) -> None:
    assert [e["type"] for e in events(nlp, LEAD + sentence)] == [kind]


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


def test_an_app_released_is_a_launch(nlp: Language) -> None:
    text = "Pemerintah Kota Kendari merilis aplikasi Kendari Pintar untuk menampung keluhan warga."
    assert [e["type"] for e in events(nlp, text)] == ["launch"]


def test_results_released_are_no_launch(nlp: Language) -> None:
    text = "Kementerian merilis hasil evaluasi smart city tahun 2023 kepada pemerintah daerah."
    assert "launch" not in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    ("Sekda memberikan apresiasi dan penghargaan kepada Kementerian Kominfo yang menetapkan Kabupaten Kolaka "
     "dalam program smart city."),
    "\"Tidak heran Kota Kendari banyak menerima penghargaan,\" kata narasumber.",
])
def test_thanks_and_a_record_of_many_prizes_are_no_award(nlp: Language, text: str) -> None:
    assert "award" not in [e["type"] for e in events(nlp, text)]


def test_a_ranking_read_as_an_evaluation_leaves_the_next_selection_result_as_it_is(nlp: Language) -> None:
    text = ("Hasil asesmen tim Kominfo menempatkan Kabupaten Kolaka pada peringkat 8 dari 50 daerah, Senin (3/7/2023).\n\n"
            "Pada 10 Juli 2023 Kominfo mengumumkan hasil seleksi Gerakan Menuju 100 Smart City tahap berikutnya, "
            "dan Kabupaten Konawe terpilih.")
    found = {e["type"] for e in events(nlp, text)}
    assert "evaluation" in found and "selection_result" in found, found


def test_results_launched_are_no_launch(nlp: Language) -> None:
    text = ("Lembaga riset itu akan meluncurkan hasil studi indeks kota cerdas pada malam penganugerahan di Jakarta, "
            "Selasa (29/11/2016).")
    assert "launch" not in [e["type"] for e in events(nlp, text, published=date(2016, 11, 25))]


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


@pytest.mark.parametrize(("text", "start", "region"), [
    (("Kementerian Kominfo menetapkan Kota Bitung sebagai salah satu daerah peserta gerakan kota cerdas tahun 2024, "
     "kata kepala dinas, Rabu (3/7/2024)."), "2024-07-03", "Kota Bitung"),
    (("Direktorat Jenderal Aptika memilih Kabupaten Sumba Barat sebagai satu dari 50 daerah gerakan smart city pada "
     "tahun 2018."), "2018", "Kabupaten Sumba Barat"),
    (("Kemenkominfo merekomendasikan Kabupaten Bone Bolango sebagai salah satu dari 25 kabupaten/kota peserta smart "
     "city tahun 2019."), "2019", "Kabupaten Bone Bolango"),
    ("“Untuk Sulawesi Tengah, kami memilih kota Palu,” ujar pejabat kementerian itu di Jakarta, Senin (4/3/2019).",
     "2019-03-04", "Kota Palu"),
])
def test_the_ministry_choosing_a_region_is_a_selection(nlp: Language, text: str, start: str, region: str) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [
        ("selection_result", start, [region])]


def test_a_selection_kept_told_in_a_quote_is_one(nlp: Language) -> None:
    text = ("“Tahun ini kementerian kembali menetapkan kota palu sebagai daerah yang dipertahankan dalam program kota "
            "cerdas 2025,” kata wali kota.")
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("selection_result", ["Kota Palu"])]


@pytest.mark.parametrize("text", [
    # choosing what is no region
    "Dalam bimtek itu, Pemkab Sorong memilih beberapa program quick win smart city, Rabu (4/9/2024).",
    "Wali kota menetapkan Peraturan Wali Kota tentang masterplan smart city, Senin (2/9/2024).",
])
def test_choosing_what_is_no_region_is_no_selection(nlp: Language, text: str) -> None:
    assert "selection_result" not in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "start"), [
    ("Diskominfo Kabupaten Sorong menggelar pertemuan Dewan Smart City pada Kamis (9/5/2024) di aula kantor bupati.",
     "2024-05-09"),
    ("Pemkot Tual kembali mengadakan pertemuan dewan kota cerdas Tual, Senin (2/9/2024).", "2024-09-02"),
    # a meeting where a topic is discussed is held ("dibahas dalam rapat ...")
    ("Rencana aksi Kota Tual itu dibahas dalam rapat Dewan Smart City yang digelar Rabu (4/9/2024) di Hotel Tual.",
     "2024-09-04"),
    ("Dokumen tersebut didiskusikan pada rapat koordinasi smart city Kabupaten Sorong, Selasa (10/9/2024).",
     "2024-09-10"),
])
def test_a_councils_meeting_and_one_where_a_topic_is_discussed_are_held(nlp: Language, text: str,
                                                                       start: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("other", start)]


@pytest.mark.parametrize(("text", "start", "region"), [
    (("Sekda Kota Bima memaparkan capaian smart city kepada tim evaluator Kementerian Kominfo secara daring, Kamis "
     "(12/10/2023)."), "2023-10-12", "Kota Bima"),
    ("Pemaparan masterplan Kabupaten Sorong di depan para asesor kementerian berlangsung Selasa (7/11/2023).",
     "2023-11-07", "Kabupaten Sorong"),
    ("Bupati Sorong memaparkan inovasi daerahnya di hadapan tim penilai kota cerdas, Rabu (8/11/2023).",
     "2023-11-08", "Kabupaten Sorong"),
])
def test_a_talk_given_to_the_evaluators_is_the_evaluation(nlp: Language, text: str, start: str,
                                                          region: str) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [("evaluation", start, [region])]


@pytest.mark.parametrize("text", [
    # the assessors as the audience, without a verb of speaking before them
    "Kepala Dinas Kominfo Kabupaten Rote diuji di depan tim asesor kementerian di Jakarta, Senin (5/3/2018).",
    # a talk about a topic ("menjelaskan tentang ...") given to them is still held before them
    ("Kepala Dinas Kominfo Kabupaten Rote menjelaskan tentang rencana kota cerdas daerahnya di hadapan tim asesor "
     "kementerian di Jakarta, Senin (5/3/2018)."),
])
def test_a_region_heard_in_front_of_the_assessors_is_assessed(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("assessment", "2018-03-05")]


def test_a_name_holding_the_word_award_names_no_prize(nlp: Language) -> None:
    text = ("Kabid Informasi Diskominfo Kota Rote, Mawardi Saleh, membuka rapat dewan smart city di aula Bappeda, "
            "Selasa (4/6/2024).")
    assert [e["type"] for e in events(nlp, text)] == ["other"]


def test_a_talk_to_someone_else_is_no_evaluation(nlp: Language) -> None:
    text = "Kadis Kominfo Kota Bima memaparkan capaian smart city kepada para camat, Kamis (12/10/2023)."
    assert "evaluation" not in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "region"), [
    (("Wali kota meminta dinas bekerja cepat. Pemkab Sorong telah meneken MoU dengan Kementerian Kominfo tentang gerakan "
     "kota cerdas."), "Kabupaten Sorong"),
    (("Program itu dimulai bulan ini. kemudian pemkot tual meneken nota kesepahaman smart city bersama Kemenkominfo di "
     "Jakarta."), "Kota Tual"),
])
def test_meneken_the_prefixed_teken_reports_a_signing(nlp: Language, text: str, region: str) -> None:
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("mou_signing", [region])]


@pytest.mark.parametrize(("text", "start"), [
    (("Kabupaten Kulon Progo meraih nilai tertinggi dalam asessemen smart city yang digelar Kementerian Kominfo pada "
     "Selasa (12/2/2019)."), "2019-02-12"),
    ("Pemaparan Bupati Sleman di depan para asessor Kementerian Kominfo berlangsung di Jakarta, Kamis (14/2/2019).",
     "2019-02-14"),
])
def test_the_loanword_spelt_another_way_names_the_assessment(nlp: Language, text: str, start: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("assessment", start)]


@pytest.mark.parametrize(("text", "region"), [
    (("Saat ini Kabupaten Katingan dalam tahap penyusunan master plan smart city tahap II bersama pembimbing dari "
     "Kemenkominfo."), "Kabupaten Katingan"),
    (("Kabupaten Sorong Selatan kini memasuki tahap penyusunan master-plan smart city bersama tim pembimbing "
     "Kementerian Kominfo."), "Kabupaten Sorong Selatan"),
])
def test_the_stage_of_drafting_the_master_plan_is_the_guidance(nlp: Language, text: str, region: str) -> None:
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("technical_guidance", [region])]


def test_an_achievement_in_drafting_the_master_plan_is_no_guidance(nlp: Language) -> None:
    text = ("Kota Bitung menerima penghargaan atas capaian penyusunan master plan smart city di Jakarta, Selasa "
            "(14/12/2021).")
    assert "technical_guidance" not in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "kind", "region"), [
    (("Bupati Pesisir Selatan menyampaikan komitmen daerah dalam sambutannya. Sementara itu, evaluasi dimulai dengan "
      "paparan program oleh kepala dinas kominfo Kabupaten Pesisir Selatan."), "evaluation", "Kabupaten Pesisir Selatan"),
    (("Wali kota menyampaikan terima kasih kepada kementerian. Evaluasi smart city Kota Sawahlunto dimulai pukul "
      "09.00 dengan paparan sekda."), "evaluation", "Kota Sawahlunto"),
    (("Kepala dinas menjelaskan kesiapan daerah. Bimtek masterplan smart city Kabupaten Dharmasraya dimulai dengan "
      "pengantar dari tim pembimbing."), "technical_guidance", "Kabupaten Dharmasraya"),
])
def test_a_step_that_begins_is_reported(nlp: Language, text: str, kind: str, region: str) -> None:
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [(kind, [region])]


@pytest.mark.parametrize(("text", "start"), [
    (("Pemerintah Kota Tual mengadakan rapat evaluasi bersama seluruh OPD untuk mengevaluasi program smart city, Senin "
      "(10/3/2025)."), "2025-03-10"),
    (("Pemkab Asmat kembali mengadakan rapat Dewan Smart City untuk mengevaluasi implementasi program kota cerdas, "
      "Senin, 11 Agustus 2025."), "2025-08-11"),
    (("Diskominfo Kota Sorong menggelar pertemuan dengan para kepala OPD guna mengevaluasi capaian kota cerdas pada "
     "Jumat (5/9/2025)."), "2025-09-05"),
])
def test_a_meeting_held_to_evaluate_is_a_meeting(nlp: Language, text: str, start: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("other", start)]


def test_a_team_sent_to_evaluate_still_evaluates(nlp: Language) -> None:
    text = ("Kementerian Kominfo menurunkan tim untuk mengevaluasi pelaksanaan smart city di Kota Bitung pada 21 dan 22 "
            "Agustus 2018.")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("evaluation", "2018-08-21")]


@pytest.mark.parametrize("text", [
    ("Bupati Kupang bertemu dengan Menteri Komunikasi dan Digital di Jakarta, Rabu (12/3/2025), membahas program "
     "smart city Kabupaten Kupang."),
    "Wali Kota Ternate menemui Dirjen Aptika di Jakarta, Rabu (12/3/2025), meminta dukungan smart city Kota Ternate.",
    ("Pemkot Sorong melakukan pertemuan dengan Wamenkomdigi pada Rabu (12/3/2025) membahas pengembangan kota cerdas "
     "di Kota Sorong."),
])
def test_a_meeting_with_the_ministrys_leaders_is_an_event(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("other", "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Bupati Blora membuka Penyusunan Masterplan Smart City Tahap II di Hotel Mahkota, Selasa (6/8/2019).",
    "Kegiatan perencanaan pembangunan smart city tahap ketiga berlangsung di aula Bappeda Muna, Selasa (6/8/2019).",
    "Wakil Wali Kota Bima menutup penyusunan rencana induk kota cerdas tahap 4 di Kota Bima, Selasa (6/8/2019).",
])
def test_the_master_plans_drafting_named_by_its_stage_is_guidance(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("technical_guidance", "2019-08-06")]


@pytest.mark.parametrize("text", [
    "Kabupaten Sikka menjalani asismen smart city dari Kementerian Kominfo di Jakarta, Selasa (14/5/2019).",
    "Pemkab Ende mengikuti asissmen gerakan menuju smart city di Jakarta, Selasa (14/5/2019).",
])
def test_assessment_spelt_asismen(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("assessment", "2019-05-14")]


@pytest.mark.parametrize("text", [
    ("Diskominfo Kabupaten Buton menggelar focus group discussion (FGD) pembahasan masterplan smart city di Kota "
     "Baubau, Rabu (6/10/2021)."),
    "Workshop perumusan rencana induk kota cerdas Kabupaten Konawe berlangsung di aula Bappeda, Rabu (6/10/2021).",
    ("Pemkab Kolaka mengadakan Forum Group Discussion penyusunan master plan smart city, Rabu (6/10/2021). "
     "\"Terima kasih atas terselenggaranya FGD ini,\" kata direktur saat membuka acara."),
])
def test_a_focus_group_on_the_master_plan_is_guidance(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("technical_guidance", "2021-10-06")]


@pytest.mark.parametrize("text", [
    ("Diskominfo Kabupaten Sikka menggelar Persiapan Pelaksanaan Bimbingan Teknis Gerakan Menuju Smart City di aula "
     "kantor bupati, Selasa (4/6/2019)."),
    ("Sekda Sikka membuka Pra Bimtek Penyusunan Masterplan Smart City Kabupaten Sikka di aula Setda, "
     "Selasa (4/6/2019)."),
])
def test_a_meeting_that_prepares_a_bimtek_is_an_other_event(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("other", "2019-06-04")]


@pytest.mark.parametrize("text", [
    "Bupati Sikka menandatangani komitmen pelaksanaan program kota cerdas di Maumere, Kamis (3/7/2025).",
    ("Pemkab Sikka menggelar penandatanganan komitmen kepala daerah dan dewan smart city di aula kantor bupati, "
     "Kamis (3/7/2025)."),
])
def test_signing_a_commitment_to_the_programme_is_an_other_event(nlp: Language, text: str) -> None:
    assert event_starts(nlp, text) == [("other", "2025-07-03")]


@pytest.mark.parametrize("closing", [
    "Berakhirnya kegiatan kota cerdas ini ditandai dengan penandatanganan komitmen oleh bupati dan para kepala OPD.",
    ("Rangkaian bimtek itu ditutup dengan penandatanganan komitmen bersama seluruh pemangku kepentingan. "
     "Penandatanganan komitmen bersama itu dilakukan oleh sekda dan para kepala OPD, Jumat (4/7/2025)."),
])
def test_the_commitment_that_closes_a_bimtek_is_part_of_it(nlp: Language, closing: str) -> None:
    text = ("Pemkab Sikka menggelar bimbingan teknis penyusunan masterplan kota cerdas di aula kantor bupati, "
            f"Kamis (3/7/2025). {closing}")
    assert [e["type"] for e in events(nlp, text)] == ["technical_guidance"]


def test_a_commitment_signed_without_a_bimtek_stays_an_event(nlp: Language) -> None:
    text = ("Komitmen Pemkab Sikka menuju kota cerdas ditandai dengan penandatanganan komitmen oleh bupati dan para "
            "kepala OPD di aula kantor bupati, Kamis (3/7/2025).")
    assert event_starts(nlp, text) == [("other", "2025-07-03")]


def test_the_closing_pattern_reads_a_long_hostile_text_in_linear_time() -> None:
    closing = _patterns()[1]["closing"]
    assert closing.search("ditutup dengan " + "penandatangan " * 4000 + "x ") is None
    assert closing.search("penandatanganan komitmen " * 2000 + "x") is None


def test_prizes_won_several_times_are_the_region_s_record(nlp: Language) -> None:
    text = ("Tim Kementerian Dalam Negeri menggali penerapan kota cerdas di Kota Tual, Rabu (9/3/2022).\n"
            "Ketua tim mengaku sengaja datang ke Tual karena kota itu dinilai berhasil mengembangkan kota cerdas dan "
            "beberapa kali mendulang prestasi serta penghargaan.\n")
    assert "award" not in [e["type"] for e in events(nlp, text)]


def test_an_e_monev_application_is_no_evaluation(nlp: Language) -> None:
    text = ("Kepala Bappeda Kabupaten Lebak mengatakan Pemkab terus menyiapkan diri menjadi kota cerdas.\n"
            "“Sudah jalan aplikasi e-planning, e-budgeting, e-monev dan layanan daring lain di semua dinas,” "
            "katanya, Selasa (10/9/2019).\n")
    assert [kind for kind, _ in event_starts(nlp, text)] == []


def test_monev_as_its_own_word_is_still_an_evaluation(nlp: Language) -> None:
    text = ("Tim Kementerian Kominfo melaksanakan monev kota cerdas di Kabupaten Lebak, Selasa (10/9/2019).\n")
    assert event_starts(nlp, text) == [("evaluation", "2019-09-10")]


def test_a_ministry_official_coming_on_purpose_to_a_region_visits_it(nlp: Language) -> None:
    text = ("Kementerian Dalam Negeri mempelajari penerapan kota cerdas di Kota Pasuruan.\n"
            "Direktur dari kementerian itu, Bayu Aji, sengaja datang ke Pasuruan, Kamis (24/3/2022), untuk melihat "
            "ruang kendali kota.\n")
    assert [(e["type"], e["start"], e["regions"]) for e in events(nlp, text)] == [
        ("other", "2022-03-24", ["Kota Pasuruan"])]


def test_a_plain_trip_to_the_capital_is_no_visit(nlp: Language) -> None:
    text = "Wali Kota Pasuruan datang ke Jakarta, Kamis (24/3/2022), untuk rapat anggaran kota cerdas.\n"
    assert [e["type"] for e in events(nlp, text)] == []


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
    assert event_regions(nlp, text, date(2024, 3, 1)) == [("evaluation", [region])]


@pytest.mark.parametrize("text", [
    # the other programme named before the score, the score's own sentence naming none
    ("Hasil evaluasi SPBE tahun 2023 sudah diumumkan Kementerian PANRB. Kabupaten Lebak meraih predikat Baik dengan "
     "indeks 3,21, naik dari penilaian tahun sebelumnya."),
    # this programme named first, the other one after it, the score's own sentence naming neither
    ("Kota cerdas juga diukur dari SPBE. Pada 2023 Kabupaten Lebak hanya mendapat nilai 1,90 dengan predikat kurang. "
     "Penilaian itu digelar kementerian setiap tahun."),
])
def test_a_score_of_another_programme_reports_no_evaluation(nlp: Language, text: str) -> None:
    assert event_regions(nlp, text, date(2024, 3, 1)) == []


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
    assert event_regions(nlp, text, date(2024, 6, 6)) == [("other", regions)]


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


@pytest.mark.parametrize(("text", "region"), [
    (("Tim smart city Kabupaten Wonogiri mempresentasikan rancangan masterplan smart city di hadapan Bupati Wonogiri, "
      "Selasa (10/10/2023)."), "Kabupaten Wonogiri"),
    ("Diskominfo Kota Salatiga memaparkan progres smart city di hadapan Komisi A DPRD, Rabu (18/10/2023).", "Kota Salatiga"),
    (("Pemkot Magelang menggelar presentasi hasil penyusunan masterplan smart city kepada Wali Kota dan kepala OPD, "
      "Senin (27/11/2023)."), "Kota Magelang"),
    ("Tim Kota Pekalongan melakukan presentasi persiapan evaluasi smart city di hadapan Sekda, Rabu (14/6/2023).",
     "Kota Pekalongan"),
    ("Wali Kota Serang menerima paparan tim penyusun masterplan smart city di ruang kerjanya, Selasa (5/9/2023).",
     "Kota Serang"),
    # a socialisation of a step tells the region of it
    ("Pemkot Cilegon menggelar sosialisasi hasil evaluasi smart city tahun 2022 kepada OPD, Kamis (9/2/2023).",
     "Kota Cilegon"),
    ("Tim Kominfo memberikan sosialisasi tata cara evaluasi smart city kepada Pemkab Rembang, Senin (15/5/2023).",
     "Kabupaten Rembang"),
])
def test_a_presentation_to_the_regions_own_leaders_or_a_socialisation_is_of_type_other(nlp: Language, text: str,
                                                                                       region: str) -> None:
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("other", [region])]


@pytest.mark.parametrize("text", [
    "Tim Kabupaten Rembang menggelar rapat pembahasan draf masterplan smart city di Bappeda, Kamis (5/10/2023).",
    "Pemkot Surakarta menggelar rapat koordinasi penyusunan masterplan smart city di Balai Kota, Selasa (25/7/2023).",
    "Pemkab Bondowoso menggelar rapat pembahasan bimtek smart city tahap II di ruang Sekda, Senin (3/7/2023).",
])
def test_a_regions_meeting_on_its_master_plan_or_a_bimtek_is_of_type_other(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["other"]


@pytest.mark.parametrize("text", [
    "Pemkot Kendari mengikuti bimtek monev smart city yang digelar Kementerian Kominfo, Senin (14/8/2023).",
    "Pemkab Lamongan mengikuti bimbingan teknis evaluasi smart city di Surabaya, Selasa (8/8/2023).",
    "Pemkab Sukoharjo menggelar bimtek pengisian kuesioner evaluasi smart city bagi OPD, Rabu (23/8/2023).",
])
def test_the_step_a_bimtek_is_about_is_no_event_of_its_own(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["technical_guidance"]


@pytest.mark.parametrize(("text", "expected"), [
    (("Kementerian Kominfo melakukan peninjauan lapangan secara virtual terhadap program smart city Kota Cimahi, "
      "Kamis (20/5/2021)."), [("evaluation", "2021-05-20")]),
    ("Tim asesor Gerakan Menuju Kota Cerdas melakukan visitasi ke Kabupaten Kampar, Selasa (12/9/2023).",
     [("evaluation", "2023-09-12")]),
    ("Kabupaten Kampar menerima visitasi tim evaluator kota cerdas di kantor bupati, Selasa (12/9/2023).",
     [("evaluation", "2023-09-12")]),
    (("Pemkab Tapin menggelar rapat pengisian kuesioner evaluasi smart city bersama seluruh SKPD, "
      "Rabu (20/10/2021)."), [("other", "2021-10-20")]),
])
def test_field_reviews_assessor_visits_and_questionnaire_meetings(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    day = date.fromisoformat(expected[0][1])
    assert [(e["type"], e["start"]) for e in events(nlp, text, day + timedelta(days=1))] == expected


def test_an_accreditation_visit_is_no_evaluation(nlp: Language) -> None:
    text = "Tim akreditasi melakukan visitasi ke RSUD Kabupaten Kampar, Selasa (12/9/2023)."
    assert events(nlp, text, date(2023, 9, 13)) == []


def test_a_field_review_on_the_next_day_continues_the_evaluation(nlp: Language) -> None:
    text = ("Kementerian Kominfo mengevaluasi program smart city Kabupaten Kampar di kantor bupati, Senin (9/3/2020), "
            "lalu tim menggelar peninjauan lapangan ke tiga layanan warga keesokan harinya, Selasa (10/3/2020).")
    found = events(nlp, text, date(2020, 3, 11))
    assert [(e["type"], e["start"], e["end"]) for e in found] == [("evaluation", "2020-03-09", "2020-03-10")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the result of the assessment announced is the selection
    (("Hasil penilaian diumumkan Kementerian Kominfo, Kamis (16/5/2019): Kota Probolinggo masuk daftar 50 kota terpilih "
      "Gerakan Menuju 100 Smart City."), date(2019, 5, 17), ["selection_result"]),
    # a rank an official reports as the result of the evaluation is the evaluation's result, not a prize
    (("Kepala Diskominfo Kabupaten Lumajang mengatakan Lumajang meraih peringkat ketiga dalam evaluasi smart city tahun "
      "2022, Senin (6/3/2023)."), date(2023, 3, 7), ["evaluation"]),
    ("Kota Pasuruan menduduki peringkat pertama hasil penilaian smart city, kata Kepala Diskominfo, Rabu (8/3/2023).",
     date(2023, 3, 9), ["evaluation"]),
])
def test_an_announced_or_reported_result_takes_the_type_of_what_it_results_from(
        nlp: Language, text: str, published: date, expected: list[str]) -> None:
    assert [e["type"] for e in events(nlp, text, published)] == expected


@pytest.mark.parametrize("text", [
    "Pemkab Pinrang menggelar ekspose akhir masterplan smart city di ruang rapat bupati, Rabu (11/10/2023).",
    "Bappeda menggelar diseminasi smart city kepada pelaku usaha di Balai Kota Palopo, Minggu (27/8/2023).",
    "Bupati Pinrang memaparkan program kota cerdas di hadapan Menteri Dalam Negeri di Jakarta, Selasa (6/4/2021).",
    "Pemkab Pinrang belajar pengelolaan ruang kendali ke Pemkot Makassar, Senin (28/8/2023).",
    "Diskominfo Kabupaten Pinrang belajar pengelolaan ruang kendali di Pemkot Makassar, Senin (28/8/2023).",
    "Tim pelaksana menggelar ekspose hasil penyusunan masterplan smart city di hadapan Bupati Pinrang, Jumat (10/11/2017).",
])
def test_an_expose_a_dissemination_a_talk_to_a_minister_or_a_study_trip_is_of_type_other(nlp: Language,
                                                                                         text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["other"]


def test_studying_in_a_town_is_no_study_trip(nlp: Language) -> None:
    text = ("Smart city Kota Malang terus berkembang. Ribuan mahasiswa belajar di Kota Malang setiap tahun, kata wali "
            "kota, Kamis (7/9/2023).")
    assert events(nlp, text) == []


def test_an_expose_before_the_assessors_is_the_assessment(nlp: Language) -> None:
    text = "Wali Kota Palopo menyampaikan ekspose kesiapan kota cerdas di hadapan tim penilai, Kamis (21/2/2019)."
    assert [e["type"] for e in events(nlp, text)] == ["assessment"]


def test_the_evaluation_named_again_as_a_meeting_is_the_evaluation(nlp: Language) -> None:
    text = ("Kementerian Kominfo mengevaluasi program smart city Kabupaten Pinrang secara daring, Kamis (6/10/2022). "
            "Rapat evaluasi itu dihadiri bupati dan para kepala dinas.")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("evaluation", "2022-10-06")]


@pytest.mark.parametrize("text", [
    "Bupati Kampar menerima tim evaluator smart city di kantor bupati, Rabu (8/11/2023).",
    "Wali Kota Dumai menyambut kedatangan tim penilai kota cerdas di balai kota, Rabu (8/11/2023).",
])
def test_a_region_receiving_the_evaluators_is_evaluated(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text, date(2023, 11, 9))] == [("evaluation", "2023-11-08")]


def test_receiving_someone_else_is_no_evaluation(nlp: Language) -> None:
    text = "Bupati Kampar menerima tim penggerak PKK di kantor bupati, Rabu (8/11/2023)."
    assert events(nlp, text, date(2023, 11, 9)) == []


@pytest.mark.parametrize("text", [
    ("Pemkab Mappi melanjutkan penyusunan dokumen masterplan smart city tahap II bersama tenaga ahli Kementerian "
     "Kominfo, Selasa (22/8/2023)."),
    "Kementerian Kominfo menggelar coaching clinic smart city bagi Pemkab Mappi di aula Bappeda, Selasa (22/8/2023).",
])
def test_the_master_plans_document_drafted_or_a_coaching_clinic_is_guidance(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("technical_guidance", "2023-08-22")]


def test_a_regions_internal_monitoring_is_its_own_meeting(nlp: Language) -> None:
    text = "Diskominfo Kabupaten Mappi menggelar monev internal program smart city bersama OPD, Rabu (15/3/2023)."
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("other", "2023-03-15")]


@pytest.mark.parametrize("text", [
    ("Kepala Bidang Diseminasi Informasi Diskominfo Kabupaten Pinrang, Rudi, menyebut layanan daring terus bertambah, "
     "Senin (28/8/2023)."),
    "Diskominfo Kabupaten Pinrang rutin melakukan diseminasi informasi kepada warga, kata Rudi, Senin (28/8/2023).",
    "Kabupaten Pinrang terus menata layanan. Polres Pinrang menggelar ekspose kasus pencurian, Senin (28/8/2023).",
])
def test_a_dissemination_of_news_or_an_expose_of_another_matter_is_no_event(nlp: Language, text: str) -> None:
    # "Diseminasi Informasi" is a unit of every Diskominfo and its daily task; an exposé names the master plan
    assert events(nlp, text) == []


@pytest.mark.parametrize("topic", ["kegiatan", "aktivitas", "peran"])
def test_a_forum_a_speaker_presents_the_work_of_is_no_event(nlp: Language, topic: str) -> None:
    text = ("Tim Smart City Kota Tomohon mengikuti evaluasi implementasi kota cerdas tahap I secara daring, Rabu "
            f"(14/6/2023). Ia juga memaparkan {topic} Forum Smart City dan sejumlah layanan seperti Tomohon Melayani.")
    assert [e["type"] for e in events(nlp, text, published=date(2023, 6, 14))] == ["evaluation"]


@pytest.mark.parametrize("signed", ["meneken kesepakatan", "menandatangani kesepakatan"])
def test_signing_an_agreement_of_the_programme_is_an_mou(nlp: Language, signed: str) -> None:
    text = f"Wali Kota Bima {signed} Gerakan Menuju Smart City dengan Kementerian Kominfo, Rabu (12/5/2021)."
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("mou_signing", "2021-05-12")]


def test_a_study_visit_told_with_the_verb_of_studying_is_a_visit_of_both_regions(nlp: Language) -> None:
    text = ("SLEMAN – Diskominfo Kabupaten Sumbawa mempelajari penerapan smart city di Kabupaten Sleman, Jumat "
            "(31/5/2024). Rombongan diterima di ruang rapat Diskominfo Sleman.\n")
    assert event_regions(nlp, text, date(2024, 6, 5)) == [("other", ["Kabupaten Sumbawa", "Kabupaten Sleman"])]
    # studying anything somewhere is no visit
    assert events(nlp, "SLEMAN – Kepala dinas mengaku masih mempelajari aturan baru di kota ini.\n") == []


def test_an_agreement_signed_in_the_passive_is_an_mou_of_both_parties(nlp: Language) -> None:
    text = ("CIMAHI – Pemkab Lebak menjalin kerja sama dengan Pemkot Cimahi di bidang kota cerdas. Kesepakatan bersama "
            "ditandatangani Bupati Lebak dan Wali Kota Cimahi di Balai Kota Cimahi, Jumat (31/5/2024).\n")
    assert [(kind, sorted(regions)) for kind, regions in event_regions(nlp, text, date(2024, 6, 5))] == [
        ("mou_signing", ["Kabupaten Lebak", "Kota Cimahi"])]


def test_a_regions_own_contest_of_innovations_is_an_event_of_type_other(nlp: Language) -> None:
    text = ("PANGKALAN BUN – Pemkab Lamandau menggelar final Lomba Inovasi Smart City antar-OPD di aula Bappeda, "
            "Selasa (4/6/2024). Sebanyak 11 inovasi dipresentasikan di depan dewan juri.\n")
    assert event_starts(nlp, text) == [("other", "2024-06-04")]


def test_the_visit_agreement_and_contest_rows_stay_linear_on_a_long_input() -> None:
    triggers = _patterns()[0]
    text = "mempelajari " + "hal " * 20000 + "lomba " * 5000 + "kesepakatan " * 5000
    assert len(text) > 50_000
    assert [kind for kind, pattern in triggers if pattern.search(text)] == []


@pytest.mark.parametrize("step", ["pemeriksaan ulang capaian smart city sekaligus bimbingan teknis quick win",
                                  "cek ulang data smart city dan bimbingan teknis manajemen risiko"])
def test_a_crosscheck_with_a_bimtek_before_an_evaluation_is_one_pre_evaluation(nlp: Language, step: str) -> None:
    text = (f"Diskominfo Kabupaten Sumba Timur menggelar {step} di aula Setda, Senin (12/6/2023). "
            "Kegiatan ini menyiapkan daerah menghadapi evaluasi smart city tahun 2023.")
    assert event_starts(nlp, text) == [("pre_evaluation", "2023-06-12")]


def test_a_training_whose_long_title_ends_in_smart_city_is_a_meeting(nlp: Language) -> None:
    text = ("Staf Diskominfo Kabupaten Sumba Timur mengikuti Pelatihan Pengelolaan Layanan Digital untuk "
            "Mendukung Smart City di Kupang, Senin (12/6/2023).")
    assert event_starts(nlp, text) == [("other", "2023-06-12")]


@pytest.mark.parametrize(("text", "kind"), [
    # the programme's central team holds the preparation for a region: the pre-evaluation
    (("Tim Gerakan Menuju 100 Smart City menggelar sosialisasi persiapan evaluasi bagi Pemerintah Kabupaten Batang "
     "di aula Setda, Rabu (4/3/2020)."), "pre_evaluation"),
    ("Tim pusat melaksanakan persiapan evaluasi smart city di Kabupaten Batang, Rabu (4/3/2020).", "pre_evaluation"),
    # the region's own socialisation of that preparation is its meeting
    ("Diskominfo Kabupaten Batang menggelar sosialisasi persiapan evaluasi smart city bagi OPD, Rabu (4/3/2020).",
     "other"),
])
def test_who_holds_the_preparation_of_an_evaluation_decides_its_type(nlp: Language, text: str, kind: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == [kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kota Sabang dipastikan masuk dalam gelombang kedua Gerakan Menuju 100 Smart City, Senin (9/4/2018).",
     ["selection_result"]),
    # a region already in a wave, described by it, is no selection
    (("Wali Kota Sabang menandatangani nota kesepakatan di Jakarta, Senin (9/4/2018). Sabang adalah kota yang masuk "
     "gelombang kedua gerakan ini."), ["mou_signing"]),
])
def test_a_place_in_a_wave_of_the_programme_is_a_selection(nlp: Language, text: str, expected: list[str]) -> None:
    assert [e["type"] for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the meeting where a speaker told the news, naming nothing of the programme, is no step
    (("Layanan digital Kota Sorong untuk program smart city makin matang. Wali Kota menyampaikan hal itu saat rapat "
     "koordinasi perangkat daerah di aula kantor wali kota, Rabu (8/2/2023)."), []),
    # and the visit of those the news was told to: the news itself keeps the day
    (("Kota Sabang dipastikan masuk dalam gelombang kedua Gerakan Menuju 100 Smart City. Kabar itu disampaikan kepada "
     "rombongan wartawan yang berkunjung ke kementerian, Senin, 9 April 2018."), [("selection_result", "2018-04-09")]),
    # a meeting of the programme where it was told stays one
    (("Wali Kota menyampaikan hal itu saat rapat koordinasi Dewan Smart City Kota Sorong di aula kantor wali kota, "
     "Rabu (8/2/2023)."), [("other", "2023-02-08")]),
])
def test_the_occasion_the_news_was_told_at_is_no_step(nlp: Language, text: str, expected: list) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected


def test_a_headline_meeting_is_the_central_teams_pre_evaluation_the_body_reports(nlp: Language) -> None:
    text = ("REMBANG – Tim Gerakan Menuju 100 Smart City menggelar sosialisasi persiapan evaluasi kota cerdas bagi "
            "Pemerintah Kabupaten Rembang di aula bupati, Selasa (25/2/2020).")
    found = events(nlp, text, published=date(2020, 2, 26),
                   title="Jelang Monev, Tim Pusat Sosialisasikan Evaluasi Smart City di Rembang")
    assert [e["type"] for e in found] == ["pre_evaluation"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Diskominfo menggelar sosialisasi persiapan evaluasi smart city bagi OPD di aula Setda, Rabu (4/3/2020).",
     ["other"]),
    ("Dinas Kominfo menggelar sosialisasi persiapan evaluasi smart city bagi OPD di aula Setda, Rabu (4/3/2020).",
     ["other"]),
    ("Dinas Kominfo melaksanakan persiapan evaluasi smart city bersama OPD di aula Setda, Rabu (4/3/2020).", []),
])
def test_the_regions_kominfo_office_holding_the_preparation_is_no_central_team(nlp: Language, text: str,
                                                                               expected: list[str]) -> None:
    # "Kominfo" inside "Diskominfo" or after "Dinas" is the region's office: its socialisation is its own meeting,
    # its preparation no step
    assert [e["type"] for e in events(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    ("Kota Sabang masuk gelombang kedua pandemi Covid-19 sejak Senin (9/3/2020), sehingga layanan smart city "
     "dialihkan ke daring."),
    ("Kasus Covid-19 di Kota Sabang masuk gelombang kedua, Senin (9/3/2020). Pemkot mengandalkan aplikasi smart city "
     "untuk memantau warga."),
])
def test_a_wave_of_something_else_than_the_programme_is_no_selection(nlp: Language, text: str) -> None:
    # "masuk gelombang kedua" is as often a pandemic's second wave: only the programme's wave is a selection
    assert events(nlp, text) == []


@pytest.mark.parametrize("meeting", [
    "saat rapat koordinasi penyusunan masterplan",
    "dalam sosialisasi evaluasi tahap II",
    "dalam rapat koordinasi persiapan bimtek",
])
def test_the_occasion_a_speaker_spoke_at_stays_a_step_when_it_names_one(nlp: Language, meeting: str) -> None:
    # a meeting named by a step of the programme (the masterplan, the evaluation, a bimtek) is the programme's meeting
    text = ("Pemkot Batang terus mematangkan dokumen rencana induknya. Hal itu disampaikan Wali Kota "
            f"{meeting} di aula Setda, Rabu (4/3/2020).")
    assert event_starts(nlp, text) == [("other", "2020-03-04")]
