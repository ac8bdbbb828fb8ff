"""Events: one event or several (the stages of a series, each with its days; steps named side by side; a meeting
held for a step; the days of one step) and the stage each is labelled with (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import event_starts
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.facts import round_of


def test_two_days_of_one_step_over_the_end_of_a_month_are_one_event(nlp: Language) -> None:
    text = ("Bimtek penyusunan masterplan smart city tahap dua di Kota Tidore Kepulauan masuk hari kedua, Selasa, "
            "1 Agustus 2023. Bimtek tahap dua ini sudah berlangsung sejak Senin, 31 Juli 2023.")
    found = events(nlp, text)
    assert [(e["type"], e["start"], e["end"]) for e in found] == [("technical_guidance", "2023-07-31", "2023-08-01")]


@pytest.mark.parametrize("written, label, number", [
    ("tahap ke-2", "Tahap II", 2),
    ("tahap dua", "Tahap II", 2),
    ("Tahap Kedua", "Tahap II", 2),
    ("tahap 3", "Tahap III", 3),
    ("Tahap I", "Tahap I", 1),
    ("tahap keempat", "Tahap IV", 4),
    ("tahap 6", "Tahap VI", 6),
])
def test_a_stage_is_labelled_with_its_roman_numeral_however_written(nlp: Language, written: str, label: str,
                                                                    number: int) -> None:
    text = f"Pemkab Ende menggelar bimtek penyusunan masterplan smart city {written} di aula Bappeda, Senin (3/7/2023)."
    stages = [e["stage"] for e in events(nlp, text)]
    assert stages == [label] and round_of(label) == number


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


@pytest.mark.parametrize(("text", "expected"), [
    (("Kementerian Kominfo memberikan asesmen dan bimtek penyusunan master plan kepada Kabupaten Bondowoso, Senin "
     "(13/5/2019)."), [("technical_guidance", "2019-05-13"), ("assessment", "2019-05-13")]),
    ("Tim Kominfo melaksanakan penilaian serta bimbingan teknis smart city di Kota Madiun pada 2019.",
     [("technical_guidance", "2019"), ("assessment", "2019")]),
    ("Pemkab Ngawi menggelar penandatanganan MoU dan bimtek masterplan smart city pada Rabu (15/5/2019).",
     [("mou_signing", "2019-05-15"), ("technical_guidance", "2019-05-15")]),
    # a meeting word stays part of the step
    ("Pemkab Magetan menggelar sosialisasi dan bimtek smart city tahap I pada Rabu (15/5/2019).",
     [("technical_guidance", "2019-05-15")]),
])
def test_two_steps_named_side_by_side_are_two_events(nlp: Language, text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert sorted(event_starts(nlp, text)) == sorted(expected)


def test_a_meeting_with_the_ministry_held_for_a_step_is_that_step(nlp: Language) -> None:
    text = ("Wali Kota Bitung bertemu Wakil Menteri Kominfo di Jakarta, Senin (7/10/2024). Pertemuan itu dalam rangka "
            "penandatanganan MoU smart city.")
    assert event_starts(nlp, text) == [("mou_signing", "2024-10-07")]


def test_a_step_a_meeting_is_held_for_in_an_opening_clause_is_no_event(nlp: Language) -> None:
    text = ("Dalam rangka evaluasi tahap II Gerakan Kota Cerdas tahun 2025, Dewan Smart City "
            "Kabupaten Ngawi mengadakan rapat koordinasi di pendopo kabupaten, Selasa (7/10/2025).\n"
            "Bupati meminta semua dinas melengkapi dokumen pendukung.\n")
    assert event_starts(nlp, text) == [("other", "2025-10-07")]


def test_the_purpose_written_as_a_sentence_of_its_own_is_no_event_either(nlp: Language) -> None:
    text = ("Dalam rangka penilaian tahap kedua Gerakan Menuju Kota Cerdas tahun 2025. Tim pelaksana kota cerdas "
            "Kabupaten Ngawi menggelar rakor di ruang rapat Bappeda, Selasa (7/10/2025).\n"
            "Bupati meminta semua dinas melengkapi dokumen pendukung.\n")
    assert event_starts(nlp, text) == [("other", "2025-10-07")]


def test_a_step_after_an_opening_purpose_clause_without_a_meeting_still_counts(nlp: Language) -> None:
    # no meeting is held for the step: the sentence reports the step itself
    text = ("Dalam rangka evaluasi tahap kedua kota cerdas tahun 2025, tim Kementerian Kominfo mewawancarai Bupati "
            "Ngawi di pendopo kabupaten, Selasa (7/10/2025).\n")
    assert [kind for kind, _ in event_starts(nlp, text)] == ["evaluation"]


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


def test_the_opening_of_a_gathering_before_the_regions_turn_is_one_step(nlp: Language) -> None:
    text = ("Evaluasi smart city tahap I 2023 dibuka Dirjen Aptika di Surabaya, Senin (12/6/2023). Kabupaten Lebak "
            "mendapat giliran presentasi di hadapan tim evaluator pada Selasa (13/6/2023).")
    found = events(nlp, text, date(2023, 6, 14))
    assert [(e["type"], e["start"], e["regions"]) for e in found] == [("evaluation", "2023-06-13", ["Kabupaten Lebak"])]


def test_a_gathering_weeks_before_a_regions_step_stays_an_event(nlp: Language) -> None:
    text = ("Evaluasi smart city tahap I 2023 dibuka Dirjen Aptika di Surabaya, Senin (12/6/2023). Kabupaten Lebak "
            "menjalani evaluasi tahap II di hadapan tim evaluator pada Selasa (14/11/2023).")
    found = events(nlp, text, date(2023, 11, 15))
    assert len(found) == 2
