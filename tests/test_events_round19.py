"""Events, first sight of r1700-r1723: the examiners as assessors and the day before the last one named, the
loanword "assessment" spelt "asessemen", the stage of drafting the master plan, a step that "dimulai", a meeting
held to evaluate, and a selection another step follows (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns


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
    ("Kabupaten Bireuen terpilih dalam gerakan smart city tahun 2019 setelah mengikuti asesmen di Tangerang Selatan "
     "pada 21 Februari 2019."),
    "Kota Langsa resmi lolos seleksi kota cerdas 2019, usai menjalani presentasi di depan tim penilai pada 22/2/2019.",
])
def test_a_selection_another_step_follows_is_reported(nlp: Language, text: str) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == [("selection_result", "2019")]


def test_a_step_owed_before_another_begins_is_no_report(nlp: Language) -> None:
    text = ("Menurut direktur, setiap daerah yang lolos wajib meneken nota kesepahaman sebelum bimbingan teknis pertama "
            "dimulai.")
    assert "mou_signing" not in [e["type"] for e in events(nlp, text)]


def test_the_meeting_purpose_pattern_reads_long_hostile_runs() -> None:
    meeting = next(p for kind, p in _patterns()[0] if kind == "other")
    assert meeting.search("rapat " + "untuk " * 10_000 + "x" * 50_000) is None
    assert meeting.search("pertemuan " * 10_000 + "x" * 50_000) is None
