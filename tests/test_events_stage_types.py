"""Events: which of the programme's stages a step is (assessment, selection, evaluation, pre-evaluation, award, MoU,
launch, bimtek) when its words are another stage's, English, or in the headline or a neighbouring sentence only
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


def starts(nlp: Language, text: str, published: date, title: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((e["type"], e["start"]) for e in events(nlp, text, published, title))


@pytest.mark.parametrize("text", [
    ("Pemkot Bitung mengikuti seleksi Gerakan Menuju 100 Smart City yang digelar Kementerian Kominfo di Jakarta, "
     "Jumat (22/2/2019). Wali Kota Bitung menyampaikan paparan tentang potensi daerah."),
    ("Kabupaten Wonosobo menjalani tahap seleksi Gerakan Menuju 100 Smart City di Jakarta, Kamis (21/2/2019). "
     "Bupati Wonosobo memaparkan kesiapan anggaran."),
])
def test_the_selection_step_a_region_goes_through_is_the_assessment(nlp: Language, text: str) -> None:
    assert [kind for kind, _ in starts(nlp, text, date(2019, 2, 23))] == ["assessment"]


def test_the_selection_a_region_passed_is_no_assessment(nlp: Language) -> None:
    text = ("Kementerian Kominfo mengumumkan daerah yang lolos seleksi Gerakan Menuju 100 Smart City tahun 2019, Rabu "
            "(20/3/2019). Kota Batu termasuk di dalamnya.")
    assert "assessment" not in [kind for kind, _ in starts(nlp, text, date(2019, 3, 21))]


@pytest.mark.parametrize("text", [
    ("Kabupaten Bojonegoro masuk daftar daerah terpilih program smart city 2025 yang diumumkan Komdigi, Kamis "
     "(5/6/2025). Bupati Bojonegoro mengapresiasi kerja tim."),
    ("Kota Kendari masuk shortlist 50 daerah terpilih Gerakan Menuju 100 Smart City 2025, Kamis (5/6/2025). "
     "Wali Kota Kendari berterima kasih."),
    ("Kota Madiun diumumkan sebagai salah satu dari 50 kabupaten/kota peserta program kota cerdas 2025, Kamis "
     "(5/6/2025). Wali Kota Madiun menyambut baik."),
])
def test_a_place_in_the_list_of_chosen_regions_is_a_selection(nlp: Language, text: str) -> None:
    assert starts(nlp, text, date(2025, 6, 6)) == [("selection_result", "2025-06-05")]


@pytest.mark.parametrize("title", ["Gresik Optimistis Lolos Seleksi Kota Cerdas", "Gresik Berharap Masuk Daftar"])
def test_a_selection_hoped_for_is_no_event(nlp: Language, title: str) -> None:
    text = ("Pemkab Gresik menjalani asesmen program kota cerdas 2025 secara daring, Senin (12/5/2025). Bupati Gresik "
            "optimistis Gresik masuk daftar daerah terpilih. Pemkab juga berharap masuk daftar tahun ini.")
    assert starts(nlp, text, date(2025, 5, 13), title) == [("assessment", "2025-05-12")]


@pytest.mark.parametrize("text", [
    ("Pemkab Lamongan mengikuti pre-evaluation Gerakan Menuju Smart City secara virtual, Selasa (25/7/2023). Tim "
     "Kominfo memberi masukan atas bukti dukung."),
    ("Kementerian Kominfo menggelar persiapan evaluasi smart city tahap II bagi Kabupaten Lamongan secara daring, "
     "Selasa (25/7/2023). Tim memeriksa kelengkapan bukti dukung."),
])
def test_the_ministrys_preparation_of_the_evaluation_is_the_pre_evaluation(nlp: Language, text: str) -> None:
    assert starts(nlp, text, date(2023, 7, 26)) == [("pre_evaluation", "2023-07-25")]


def test_a_regions_own_preparation_meeting_stays_a_meeting(nlp: Language) -> None:
    text = ("Pemkot Madiun menggelar rapat persiapan evaluasi smart city bersama seluruh OPD di ruang rapat Bappeda, "
            "Senin (11/9/2023). Rapat membahas bukti dukung tiap dimensi.")
    assert starts(nlp, text, date(2023, 9, 12)) == [("other", "2023-09-11")]


@pytest.mark.parametrize("text", [
    ("Kota Samarinda ditetapkan sebagai kota dengan implementasi smart city terbaik kategori kota besar oleh "
     "Kementerian Kominfo di Jakarta, Rabu (13/12/2023). Wali Kota menerima piagam."),
    ("Kota Samarinda terpilih sebagai kota cerdas terbaik kategori kota besar dalam Gerakan Menuju Smart City, Rabu "
     "(13/12/2023). Wali Kota bersyukur."),
    ("Wali Kota Samarinda menerima piala dari Menteri Kominfo dalam acara penganugerahan kota cerdas di Jakarta, Rabu "
     "(13/12/2023). Samarinda unggul di dimensi smart living."),
])
def test_the_status_of_a_winner_or_a_cup_is_an_award(nlp: Language, text: str) -> None:
    assert starts(nlp, text, date(2023, 12, 14)) == [("award", "2023-12-13")]


@pytest.mark.parametrize("text", [
    ("Tim evaluator Kementerian Kominfo menilai implementasi smart city Kabupaten Kudus di Pendopo Kudus, Selasa "
     "(17/10/2023). Bupati memaparkan capaian quick win."),
    ("Kabupaten Kudus dikunjungi tim evaluator Gerakan Menuju Smart City, Selasa (17/10/2023). Tim meninjau "
     "command center."),
    ("Tim evaluator Kementerian Kominfo melakukan kunjungan lapangan ke Kabupaten Kudus, Selasa (17/10/2023). Tim "
     "meninjau mal pelayanan publik."),
    ("Tim evaluator Gerakan Menuju Smart City melakukan field visit ke Kabupaten Kudus, Selasa (17/10/2023). Tim "
     "meninjau mal pelayanan publik."),
])
def test_the_evaluators_judging_or_visiting_a_region_is_the_evaluation(nlp: Language, text: str) -> None:
    assert starts(nlp, text, date(2023, 10, 18)) == [("evaluation", "2023-10-17")]


def test_signing_a_cooperation_is_an_mou(nlp: Language) -> None:
    text = ("Bupati Lahat meneken kerja sama program kota cerdas dengan Kementerian Kominfo di Jakarta, Kamis "
            "(18/4/2019). Kerja sama itu mengatur pendampingan masterplan.")
    assert starts(nlp, text, date(2019, 4, 19)) == [("mou_signing", "2019-04-18")]


def test_a_workshop_on_the_smart_city_masterplan_is_guidance(nlp: Language) -> None:
    text = ("Pemkab Tabalong menggelar Workshop Smart City Masterplan bersama narasumber Kementerian Kominfo di "
            "Tanjung, Rabu (19/6/2019). Workshop membahas program prioritas.")
    assert starts(nlp, text, date(2019, 6, 20)) == [("technical_guidance", "2019-06-19")]


@pytest.mark.parametrize("title, text, kind", [
    ("Kota Jambi Teken MoU Smart City",
     ("Wali Kota Jambi bersama Dirjen Aptika Kementerian Kominfo menyepakati program smart city di Jakarta, Senin "
      "(8/4/2019). Jambi merupakan salah satu dari 50 daerah terpilih."), "mou_signing"),
    ("Pemkab Kudus Luncurkan Command Center",
     ("Bupati Kudus menekan tombol sirene menandai beroperasinya command center Kudus, Senin (8/4/2019). Fasilitas "
      "itu terhubung dengan ratusan CCTV."), "launch"),
])
def test_a_headline_step_the_dated_lead_tells_in_other_words_takes_its_date(nlp: Language, title: str, text: str,
                                                                            kind: str) -> None:
    assert starts(nlp, text, date(2019, 4, 9), title) == [(kind, "2019-04-08")]


def test_a_step_a_later_sentence_calls_the_activity_before_it_is_dated_by_it(nlp: Language) -> None:
    text = ("Pemkot Palu tampil memaparkan kesiapan daerah di hadapan tim Kementerian Kominfo di Jakarta, Selasa "
            "(5/3/2019). Kegiatan ini merupakan bagian dari asesmen Gerakan Menuju 100 Smart City. Pemkot berharap "
            "hasil terbaik.")
    assert starts(nlp, text, date(2019, 3, 6)) == [("assessment", "2019-03-05")]


@pytest.mark.parametrize("text", [
    ("Kabupaten Lahat menandatangani nota kesepahaman Gerakan Menuju 100 Smart City di Jakarta, Kamis (18/4/2019). "
     "Usai penandatanganan MoU, kegiatan dilanjutkan dengan bimtek tahap I penyusunan masterplan."),
    ("Usai penandatanganan MoU dengan Kementerian Kominfo, Kabupaten Lahat langsung mengikuti bimbingan teknis tahap "
     "I penyusunan masterplan, Kamis (18/4/2019). Bupati Lahat hadir."),
])
def test_a_step_another_follows_straight_away_is_an_event_of_the_same_day(nlp: Language, text: str) -> None:
    assert starts(nlp, text, date(2019, 4, 19)) == [("mou_signing", "2019-04-18"),
                                                    ("technical_guidance", "2019-04-18")]


def test_a_step_an_earlier_month_dates_in_the_opening_clause_is_no_event_nor_its_date(nlp: Language) -> None:
    text = ("Setelah penandatanganan nota kesepahaman pada April lalu, Kabupaten Gresik mengikuti bimbingan teknis "
            "tahap II penyusunan masterplan di Surabaya, Selasa (11/6/2019). Tim penyusun hadir lengkap.")
    assert starts(nlp, text, date(2019, 6, 12)) == [("technical_guidance", "2019-06-11")]


def test_a_step_a_region_gets_ready_for_is_no_event(nlp: Language) -> None:
    text = ("Kabupaten Klungkung ditetapkan sebagai peserta Gerakan Menuju 100 Smart City, Senin (18/3/2019). Kini "
            "Klungkung bersiap mengikuti bimbingan teknis penyusunan masterplan.")
    assert starts(nlp, text, date(2019, 3, 19), "Klungkung Lolos, Siap Ikuti Bimtek") == [
        ("selection_result", "2019-03-18")]


def test_an_assessment_named_with_a_demonstrative_after_an_evaluation_is_that_evaluation(nlp: Language) -> None:
    text = ("Pemkab Garut telah menjalani evaluasi tahap II program kota cerdas yang digelar Komdigi lewat daring. "
            "\u201cKami terbantu oleh pola asesmen ini sebab hasilnya terukur,\u201d kata Kepala Diskominfo Garut, "
            "Kamis (14/11/2024).")
    assert starts(nlp, text, date(2024, 11, 15)) == [("evaluation", "2024-11-14")]


@pytest.mark.parametrize("text, published", [
    # the next sentence names the candidates the presentation was for (2022: the selection of the 2023 cohort)
    (("Bupati Dompu memaparkan kesiapan daerahnya di hadapan tim penilai Kementerian Kominfo, Selasa (8/11/2022). "
      "Paparan itu termasuk penilaian calon peserta program kota cerdas tahun 2023."), date(2022, 11, 9)),
    # the regions the programme will guide, in the same sentence (2023: the selection of the 2024 cohort)
    (("Wali Kota Tidore mempresentasikan visi kota cerdas di hadapan tim penilai Kementerian Kominfo untuk menentukan "
      "daerah yang akan didampingi tahun depan, Senin (16/10/2023)."), date(2023, 10, 17)),
])
def test_a_selection_of_a_later_cohort_in_the_evaluation_years_stays_the_assessment(
        nlp: Language, text: str, published: date) -> None:
    assert [kind for kind, _ in starts(nlp, text, published)] == ["assessment"]


def test_a_presentation_to_the_assessors_in_2023_without_candidates_is_the_evaluation(nlp: Language) -> None:
    text = ("Sekda Kota Ternate memaparkan capaian program kota cerdas di hadapan tim penilai Kementerian Kominfo, Rabu "
            "(25/10/2023). Hasil penilaian itu akan diumumkan pada Desember.")
    assert [kind for kind, _ in starts(nlp, text, date(2023, 10, 26))] == ["evaluation"]


@pytest.mark.parametrize("text", [
    "Tim Kementerian Kominfo melakukan penilaian kesiapan smart city Kabupaten Batang secara daring, Selasa (29/9/2020).",
    "Tim asesor Kementerian Kominfo mewawancarai Pemkab Batang untuk menilai kesiapan kota cerdas, Jumat (2/10/2020).",
])
def test_a_readiness_assessment_is_an_assessment_whatever_its_date(nlp: Language, text: str) -> None:
    assert [kind for kind, _ in starts(nlp, text, date(2020, 10, 3))] == ["assessment"]


def test_a_penilaian_of_late_2020_is_still_the_evaluation(nlp: Language) -> None:
    text = "Tim penilai Kementerian Kominfo melakukan penilaian smart city Kabupaten Batang, Jumat (27/11/2020)."
    assert [kind for kind, _ in starts(nlp, text, date(2020, 11, 28))] == ["evaluation"]
