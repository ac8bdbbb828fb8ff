"""Events, first sight of r1600-r1623: the ministry choosing a region by an active verb, the news of a selection
dated by its letter, a meeting of a region's smart-city council, a meeting where a topic is discussed, a talk given
to the evaluators and the stages of a step counted as meetings or sessions (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import STAGE_MARK, _patterns


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


def test_a_step_discussed_as_a_topic_stays_no_event(nlp: Language) -> None:
    criterion = _patterns()[1]["criterion"]
    assert criterion.search("Rapat kerja itu membahas ")
    assert criterion.search("Rapat kerja itu membahas hasil ")
    assert not criterion.search("Rencana itu dibahas dalam ")


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


def test_a_talk_to_someone_else_is_no_evaluation(nlp: Language) -> None:
    text = "Kadis Kominfo Kota Bima memaparkan capaian smart city kepada para camat, Kamis (12/10/2023)."
    assert "evaluation" not in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize(("text", "starts"), [
    (("Bimtek penyusunan masterplan smart city Kabupaten Sorong berlangsung dalam tiga tahap, yaitu pertemuan "
      "pertama tanggal 5-6 Juni 2018, pertemuan kedua tanggal 2-3 Juli 2018 dan pertemuan ketiga tanggal 6-7 "
      "Agustus 2018."), ["2018-06-05", "2018-07-02", "2018-08-06"]),
    (("Bimbingan teknis masterplan kota cerdas Kota Tual digelar dalam tiga sesi: sesi pertama 10 Mei 2022, sesi "
      "kedua 14 Juni 2022, dan sesi ketiga 19 Juli 2022."), ["2022-05-10", "2022-06-14", "2022-07-19"]),
    (("Pemkab Sorong mengikuti bimtek smart city dua gelombang, gelombang ke-1 pada 3 Maret 2021 dan gelombang ke-2 "
      "pada 7 April 2021."), ["2021-03-03", "2021-04-07"]),
])
def test_each_meeting_or_session_of_a_step_is_an_event(nlp: Language, text: str, starts: list[str]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("technical_guidance", s) for s in starts]


def test_the_new_patterns_read_long_hostile_runs() -> None:
    triggers = dict(_patterns()[0])
    hostile = "memaparkan " + "kepada x " * 6_000 + "a" * 50_000
    assert triggers["assessment"].search(hostile) is None
    assert triggers["selection_result"].search("menetapkan " * 5_000 + "x" * 50_000) is None
    assert STAGE_MARK.search("pertemuan " * 5_000 + "x" * 50_000) is None
    criterion = _patterns()[1]["criterion"]
    assert criterion.search("dibahas " + "dalam " * 10_000 + "x" * 50_000) is None


@pytest.mark.parametrize(("text", "region"), [
    (("Wali kota meminta dinas bekerja cepat. Pemkab Sorong telah meneken MoU dengan Kementerian Kominfo tentang gerakan "
     "kota cerdas."), "Kabupaten Sorong"),
    (("Program itu dimulai bulan ini. kemudian pemkot tual meneken nota kesepahaman smart city bersama Kemenkominfo di "
     "Jakarta."), "Kota Tual"),
])
def test_meneken_the_prefixed_teken_reports_a_signing(nlp: Language, text: str, region: str) -> None:
    assert [(e["type"], e["regions"]) for e in events(nlp, text)] == [("mou_signing", [region])]
