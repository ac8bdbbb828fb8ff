"""Events, audit of r2300-r2323, r2400-r2423 and r2500-r2513: an undated event reported in the lead takes the day
of a speaker's attribution a few sentences later that places the speaker somewhere ("..., ujarnya di aula hotel,
Kamis 4 Mei 2023") (sentences written for these tests)."""

from __future__ import annotations

import time

from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns

LEAD = ("Dinas Kominfo Kabupaten Ende menggelar evaluasi capaian program kota cerdas bersama seluruh perangkat "
        "daerah.\nTujuan program itu ialah mewujudkan Kabupaten Ende yang mandiri dan sejahtera.\n"
        "Kepala Dinas Kominfo Kabupaten Ende Maria Lena dalam paparannya menjelaskan enam pilar kota cerdas.\n")


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


def test_a_later_attribution_at_a_venue_dates_the_lead_event(nlp: Language) -> None:
    text = LEAD + "“Setiap pilar sudah punya anggaran,” ujarnya di aula Hotel Flores, Kamis 4 Mei 2023.\n"
    assert starts(nlp, text) == [("evaluation", "2023-05-04")]


def test_a_later_dated_sentence_that_is_no_attribution_stays_out(nlp: Language) -> None:
    text = LEAD + "Pembangunan jaringan internet desa dimulai Kamis 4 Mei 2023.\n"
    assert starts(nlp, text) == [("evaluation", None)]


def test_said_at_pattern_on_hostile_input_finishes() -> None:
    _, context = _patterns()
    text = ("ujarnya " + "x" * 55 + " ") * 800 + "katanya " * 500
    assert len(text) > 50_000
    start = time.perf_counter()
    context["said_at"].search(text)
    assert time.perf_counter() - start >= 0


def test_a_region_one_of_a_cohort_hosting_its_own_bimtek_is_guided(nlp: Language) -> None:
    text = ("Kabupaten Ngada menjadi salah satu daerah percontohan kota cerdas tahun ini.\n"
            "“Kami bersyukur Kabupaten Ngada menjadi bagian dari 50 kabupaten/kota yang menjadi percontohan,” kata "
            "Bupati Ngada saat penutupan Bimtek Smart City di Hotel Bintang Ngada, Selasa (5/9/2023).\n")
    found = events(nlp, text)
    assert [(e["type"], e["regions"]) for e in found] == [("technical_guidance", ["Kabupaten Ngada"])]


def test_a_passive_attribution_after_the_step_is_an_aside(nlp: Language) -> None:
    text = ("Kabupaten Sintang masuk program kota cerdas Kementerian Kominfo.\n"
            "Hal itu diungkapkan oleh Bupati Sintang selepas mengikuti Rapat Tinjauan Lapangan Evaluasi Gerakan "
            "Smart City 2021 di aula kantor bupati, Rabu (10/03/2021).\n")
    assert ("evaluation", "2021-03-10") in starts(nlp, text)


def test_a_stamp_line_with_a_dashed_day_does_not_take_the_lead(nlp: Language) -> None:
    text = ("Bima Masuk Gerakan Kota Cerdas 2019\n\n21-05-2019 10:15 WITA by Admin 87x Berita\n\n"
            "BIMA- Bersama 49 kabupaten/kota lainnya, Kota Bima lolos seleksi Gerakan Kota Cerdas 2019.\n")
    assert [e["type"] for e in events(nlp, text)] == ["selection_result"]


def test_a_bimtek_hoped_to_be_done_by_a_month_is_no_event_of_that_month(nlp: Language) -> None:
    text = ("Wakil Bupati Sumba Timur membuka Bimtek Penyusunan Masterplan Smart City di aula Bappeda, "
            "Selasa (12/10/2021).\nAda empat tahap, kini tahap kedua berjalan.\n"
            "Diharapkan Bimtek penyusunan masterplan ini selesai pada Desember 2021.\n")
    assert starts(nlp, text) == [("technical_guidance", "2021-10-12")]


def test_prizes_won_several_times_are_the_region_s_record(nlp: Language) -> None:
    text = ("Tim Kementerian Dalam Negeri menggali penerapan kota cerdas di Kota Tual, Rabu (9/3/2022).\n"
            "Ketua tim mengaku sengaja datang ke Tual karena kota itu dinilai berhasil mengembangkan kota cerdas dan "
            "beberapa kali mendulang prestasi serta penghargaan.\n")
    assert "award" not in [e["type"] for e in events(nlp, text)]


def test_plan_and_background_patterns_on_hostile_input_finish() -> None:
    _, context = _patterns()
    text = "diharapkan " + "kata-kata " * 6000 + "beberapa " * 500
    assert len(text) > 50_000
    context["plan"].search(text)
    context["background"].search(text)
