"""Events, first sight of r1800-r1823: a region's head meeting the ministry's leaders, the master plan's drafting
named by its stage, the loanword "assessment" spelt "asismen", a cohort's plan in a relative clause, a means dated
by its own calendar date, two steps named side by side, a focus group on the master plan and the same step named
again by its acronym, a Bantenese honorific's dot inside a venue, a step's name going on after a dropped trigger,
and a meeting a later sentence names as held for a step (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import COORDINATED, _patterns


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    ("Bupati Kupang bertemu dengan Menteri Komunikasi dan Digital di Jakarta, Rabu (12/3/2025), membahas program "
     "smart city Kabupaten Kupang."),
    "Wali Kota Ternate menemui Dirjen Aptika di Jakarta, Rabu (12/3/2025), meminta dukungan smart city Kota Ternate.",
    ("Pemkot Sorong melakukan pertemuan dengan Wamenkomdigi pada Rabu (12/3/2025) membahas pengembangan kota cerdas "
     "di Kota Sorong."),
])
def test_a_meeting_with_the_ministrys_leaders_is_an_event(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("other", "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Bupati Blora membuka Penyusunan Masterplan Smart City Tahap II di Hotel Mahkota, Selasa (6/8/2019).",
    "Kegiatan perencanaan pembangunan smart city tahap ketiga berlangsung di aula Bappeda Muna, Selasa (6/8/2019).",
    "Wakil Wali Kota Bima menutup penyusunan rencana induk kota cerdas tahap 4 di Kota Bima, Selasa (6/8/2019).",
])
def test_the_master_plans_drafting_named_by_its_stage_is_guidance(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("technical_guidance", "2019-08-06")]


@pytest.mark.parametrize("text", [
    "Kabupaten Sikka menjalani asismen smart city dari Kementerian Kominfo di Jakarta, Selasa (14/5/2019).",
    "Pemkab Ende mengikuti asissmen gerakan menuju smart city di Jakarta, Selasa (14/5/2019).",
])
def test_assessment_spelt_asismen(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("assessment", "2019-05-14")]


@pytest.mark.parametrize(("text", "expected"), [
    (("Kementerian Kominfo memilih Kabupaten Sumba Barat sebagai salah satu dari 50 daerah yang akan menjalankan "
     "gerakan menuju smart city tahun 2018."), [("selection_result", "2018")]),
    (("Tahun 2017 Kota Tual terpilih menjadi satu dari 25 kota di Indonesia yang nantinya akan didampingi menyusun "
     "masterplan."), [("selection_result", "2017")]),
    (("Kabupaten Alor dipilih Kemenkominfo tahun 2017 bersama 49 kabupaten/kota lain yang bakal mendapat "
     "pendampingan."), [("selection_result", "2017")]),
])
def test_a_cohorts_plan_in_a_relative_clause_leaves_the_step_reported(nlp: Language, text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert starts(nlp, text) == expected


def test_the_step_itself_planned_in_a_relative_clause_stays_a_plan(nlp: Language) -> None:
    text = "Kabupaten Rote Ndao menyiapkan bahan untuk penilaian yang akan dilakukan tim Kominfo."
    assert starts(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    (("Kota Ambon resmi menjadi kota yang disiapkan menerapkan smart city melalui penandatanganan MoU dengan "
     "Kementerian Kominfo pada tanggal 12 April 2018, ujar wali kota."), [("mou_signing", "2018-04-12")]),
    (("Kabupaten Pati tercatat dalam program smart city lewat nota kesepahaman dengan Dirjen Aptika, tanggal 3 Mei "
     "2018."), [("mou_signing", "2018-05-03")]),
    ("Kota Ambon terpilih melalui penilaian yang ketat oleh tim Kementerian pada 2018.", [("selection_result", "2018")]),
])
def test_a_means_dated_by_its_own_calendar_date_took_place(nlp: Language, text: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert starts(nlp, text) == expected


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
    assert sorted(starts(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    ("Diskominfo Kabupaten Buton menggelar focus group discussion (FGD) pembahasan masterplan smart city di Kota "
     "Baubau, Rabu (6/10/2021)."),
    "Workshop perumusan rencana induk kota cerdas Kabupaten Konawe berlangsung di aula Bappeda, Rabu (6/10/2021).",
    ("Pemkab Kolaka mengadakan Forum Group Discussion penyusunan master plan smart city, Rabu (6/10/2021). "
     "\"Terima kasih atas terselenggaranya FGD ini,\" kata direktur saat membuka acara."),
])
def test_a_focus_group_on_the_master_plan_is_guidance(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("technical_guidance", "2021-10-06")]


def test_a_bantenese_honorifics_dot_does_not_end_the_sentence(nlp: Language) -> None:
    text = ("Hal itu disampaikan Bupati Lebak usai membuka Penyusunan Masterplan Smart City Tahap I di Aula Tb. "
            "Hasanuddin pada Rabu, 5 Juni 2024.")
    assert starts(nlp, text) == [("technical_guidance", "2024-06-05")]


def test_the_new_patterns_read_long_hostile_runs() -> None:
    context = _patterns()[1]
    hostile = "kota " * 10_000 + "x" * 50_000
    assert context["cohort_clause"].search(hostile) is None
    assert context["dated_means"].match("tanggal " * 10_000 + "x" * 50_000) is None
    assert COORDINATED.fullmatch(" dan" * 10_000 + " " + "x" * 50_000) is None
    assert context["cohort_clause"].search("kota " * 10_000 + "yang " + "x" * 50_000) is not None


@pytest.mark.parametrize("text", [
    ("Pemkab Sintang menetapkan program prioritas setelah tiga kali digelar bimbingan teknis penyusunan masterplan "
     "smart city sejak Mei 2022. Penutupan bimtek berlangsung di aula Bappeda Sintang, Senin (19/9/2022)."),
    ("Program prioritas disepakati Pemkot Singkawang sesudah bimtek (bimbingan teknis) penyusunan masterplan sejak "
     "Juli 2022. Bimtek ditutup wali kota di Singkawang, Senin (19/9/2022)."),
])
def test_a_steps_name_going_on_after_a_dropped_trigger_names_no_event_either(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("technical_guidance", "2022-09-19")]


def test_a_meeting_with_the_ministry_held_for_a_step_is_that_step(nlp: Language) -> None:
    text = ("Wali Kota Bitung bertemu Wakil Menteri Kominfo di Jakarta, Senin (7/10/2024). Pertemuan itu dalam rangka "
            "penandatanganan MoU smart city.")
    assert starts(nlp, text) == [("mou_signing", "2024-10-07")]
