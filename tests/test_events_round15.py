"""Events, issue 14 round 15: a list of the stages of one step, each with its days, reports one event per stage
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


@pytest.mark.parametrize("text", [
    ("Bimbingan teknis masterplan smart city Kabupaten Kolaka berlangsung empat tahap. Rinciannya, bimtek di Kolaka "
     "tahap pertama digelar 2-3 Agustus 2022, tahap kedua 16-17 Agustus 2022, tahap ketiga 6-7 September 2022 dan "
     "tahap keempat 20-21 September 2022."),
    ("Bimtek masterplan smart city Kabupaten Kolaka selesai. Tahap I berlangsung pada 2-3 Agustus 2022, disusul "
     "tahap II pada 16-17 Agustus 2022, Bimtek tahap III 6-7 September 2022, dan terakhir 20-21 September 2022."),
])
def test_each_stage_of_a_listed_series_is_an_event(nlp: Language, text: str) -> None:
    found = [(e["type"], e["start"]) for e in events(nlp, text)]
    assert found == [("technical_guidance", day) for day in ("2022-08-02", "2022-08-16", "2022-09-06", "2022-09-20")]


@pytest.mark.parametrize("text", [
    "Kedua aspek penilaian ini menjadi nilai tertinggi yang diraih Kota Kendari.",
    ("Kepala Diskominfo Kota Kendari menyebut, cara kerjanya ditopang isian form penilaian oleh daerah sendiri "
     "(self-assessment) lalu dicek lewat metode wawancara."),
    "Indikator evaluasi smart city Kota Kendari mencakup tata kelola dan layanan publik.",
    # a topic discussed
    ("Komisi A DPRD Kota Kendari kembali membahas evaluasi serta anggaran kerja bersama Diskominfo di gedung dewan, "
     "Rabu, 26 Januari 2022."),
])
def test_a_criterion_method_or_topic_of_a_step_is_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize("text", [
    ("Kepala Diskominfo Kota Kendari menyebut, penilaian smart city tahun 2023 dilakukan oleh para pakar. "
     "Evaluasi itu dilakukan terhadap enam dimensi smart city."),
    ("Evaluasi dilakukan terhadap enam dimensi smart city Kota Kendari. Ia menambahkan, penilaian smart city tahun "
     "2023 dinilai oleh para pakar."),
])
def test_the_year_named_after_an_assessment_word_dates_the_evaluation_of_that_year(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("evaluation", "2023")]


def test_the_place_after_a_verb_of_holding_is_the_venue_not_the_participant(nlp: Language) -> None:
    text = "Untuk menilai penerapan smart city di Kolaka, evaluasi dilaksanakan di Kota Malang Jawa Timur pada 3 Juli 2019."
    found = events(nlp, text)
    assert [(e["type"], e["regions"], e["venue"]) for e in found] == [
        ("evaluation", ["Kabupaten Kolaka"], "Kota Malang Jawa Timur")]


def test_the_occasion_a_speaker_is_placed_at_is_the_step_of_the_day(nlp: Language) -> None:
    text = ("\"Kami akan merangkul dunia usaha di Kota Kendari,\" ujarnya usai rapat koordinasi smart city di "
            "Balai Kota pada Senin (20/01/2025).")
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("other", "2025-01-20")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Setelah penandatanganan nota kesepakatan smart city dilanjutkan bimbingan teknis Kota Kendari pada 3 Mei 2022.",
     [("technical_guidance", "2022-05-03")]),
    # a dated plan, after the step it follows
    (("\u201cSetelah kuesioner evaluasi smart city kami isi nanti berlanjut ke evaluasi oleh Kementerian secara "
     "daring pada 3-8 Oktober 2022,\u201d kata Kepala Diskominfo Kota Kendari."),
     [("evaluation", "2022-10-03")]),
])
def test_a_clause_after_the_step_it_follows_ends_where_it_names_a_second_step(
        nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = events(nlp, text, published=date(2022, 9, 13))
    assert [(e["type"], e["start"]) for e in found] == expected
    assert all(e["regions"] == ["Kota Kendari"] for e in found)


def test_a_plan_dated_only_by_its_end_is_no_event(nlp: Language) -> None:
    text = ("Kepala Diskominfo Kota Kendari menjelaskan, setelah MoU daerahnya akan mengikuti bimbingan teknis empat "
            "tahap hingga November 2022.")
    assert "technical_guidance" not in [e["type"] for e in events(nlp, text, published=date(2022, 6, 9))]


@pytest.mark.parametrize("text", [
    "Sepuluh Kota dengan Indeks SPBE Terbaik, Kota Kendari Juaranya.",
    ("Dalam penyerahan evaluasi itu juga, KemenPAN-RB memberikan penghargaan kepada pemerintah daerah dengan "
     "peringkat indeks terbaik."),
])
def test_a_sentence_of_another_programme_that_never_names_this_one_reports_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_a_region_that_did_not_get_in_takes_no_part(nlp: Language) -> None:
    text = ("Kabupaten Kolaka dinyatakan lolos seleksi Gerakan Menuju 100 Smart City pada 10 November 2017. Kota "
            "Kendari, ibu kota provinsi itu, tidak masuk daftar 25 besar tersebut.")
    found = events(nlp, text, published=date(2017, 11, 12))
    assert [(e["type"], e["regions"]) for e in found] == [("selection_result", ["Kabupaten Kolaka"])]


@pytest.mark.parametrize("title", ["Pemkab Kolaka Bakal Luncurkan Tiga Aplikasi Smart City",
                                   "Pemkab Kolaka Akan Luncurkan Tiga Aplikasi Smart City"])
def test_a_step_the_headline_only_announces_is_no_event(nlp: Language, title: str) -> None:
    text = ("Diskominfo Kabupaten Kolaka menggelar bimbingan teknis smart city di Aula Setda pada Senin (7/10/2019). "
            "Tiga aplikasi layanan publik disiapkan untuk warga.")
    found = events(nlp, text, published=date(2019, 10, 8), title=title)
    assert [e["type"] for e in found] == ["technical_guidance"]


def test_results_launched_are_no_launch(nlp: Language) -> None:
    text = ("Lembaga riset itu akan meluncurkan hasil studi indeks kota cerdas pada malam penganugerahan di Jakarta, "
            "Selasa (29/11/2016).")
    assert "launch" not in [e["type"] for e in events(nlp, text, published=date(2016, 11, 25))]


def test_a_plan_named_with_its_calendar_dates_is_an_event(nlp: Language) -> None:
    text = ("\u201cRencana penilaian daring yang direncanakan pada tanggal 12 hingga 15 Oktober 2020 memberi kesempatan "
            "Pemkab Kolaka menyiapkan dokumen,\u201d kata Kepala Diskominfo.")
    found = events(nlp, text, published=date(2020, 9, 5))
    assert [(e["type"], e["start"], e["regions"]) for e in found] == [("evaluation", "2020-10-12", ["Kabupaten Kolaka"])]


def test_a_sentence_that_refers_back_to_a_dated_visit_takes_its_date(nlp: Language) -> None:
    text = ("Indeks Kota Cerdas Menuju Kota Kendari yang Cerdas\n\nTim peneliti ITB, Rabu (10/6/2015) bertandang "
            "ke Kota Kendari. Kedatangan tim ini terkait penilaian yang dilaksanakan terhadap Kota Kendari.")
    found = events(nlp, text, published=date(2015, 6, 11))
    assert [(e["type"], e["start"]) for e in found] == [("assessment", "2015-06-10")]


def test_an_event_of_a_body_without_regions_is_of_the_one_region_the_headline_names(nlp: Language) -> None:
    from extractor.events import events_of
    from extractor.nlp import analyse

    text = "Nota Kesepakatan (MoU) Gerakan Menuju Kota Cerdas tahun 2023 diteken secara daring, Selasa (28/2/2023)."
    doc = analyse(text, date(2023, 3, 1), nlp=nlp)
    found = events_of(doc, "Pemkab Kolaka Tanda Tangani MoU Smart City", ("Kabupaten Kolaka",))
    assert [(e["type"], e["regions"]) for e in found] == [("mou_signing", ["Kabupaten Kolaka"])]


def test_a_step_placed_in_a_year_of_its_own_takes_no_date_of_a_later_sentence(nlp: Language) -> None:
    text = ("Sekretaris Daerah Kota Kendari membuka bimbingan teknis smart city, Rabu (5/7/2023). Lebih lanjut Kepala "
            "Diskominfo menjelaskan, bahwa di tahun 2022 Kota Kendari mengikuti assesment smart city dari tim "
            "Kementerian Kominfo. \u201cAlhamdulillah, pada Januari 2023 kemarin, terinformasi bahwa Kota Kendari "
            "termasuk 50 daerah yang terpilih,\u201d terang dia.")
    found = events(nlp, text, published=date(2023, 7, 6))
    assert [(e["type"], e["start"]) for e in found] == [("technical_guidance", "2023-07-05")]


def test_the_rivals_an_awarded_region_beat_are_not_regions_of_the_award(nlp: Language) -> None:
    text = ("Kabupaten Sigi menerima penghargaan kabupaten cerdas terbaik dari Menteri Kominfo di Jakarta, Selasa "
            "(5/12/2023). Sigi menyingkirkan tiga nominator lainnya, yakni Kabupaten Poso, Kabupaten Donggala dan "
            "Kabupaten Parigi Moutong.")
    awards = [e for e in events(nlp, text) if e["type"] == "award"]
    assert [e["regions"] for e in awards] == [["Kabupaten Sigi"]]
