"""Events, audit of r2000-r2023 and r2100-r2123: a meeting that prepares a bimtek, a commitment signed for the
programme, a headline line above the body that names no step, a run of past sessions counted in one sentence,
and an earlier step recalled for the reader ("Perlu diketahui, ... Mei lalu terpilih") (sentences written for
these tests)."""

from __future__ import annotations

import time

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _headline, _patterns


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    ("Diskominfo Kabupaten Sikka menggelar Persiapan Pelaksanaan Bimbingan Teknis Gerakan Menuju Smart City di aula "
     "kantor bupati, Selasa (4/6/2019)."),
    ("Sekda Sikka membuka Pra Bimtek Penyusunan Masterplan Smart City Kabupaten Sikka di aula Setda, "
     "Selasa (4/6/2019)."),
])
def test_a_meeting_that_prepares_a_bimtek_is_an_other_event(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("other", "2019-06-04")]


@pytest.mark.parametrize("text", [
    "Bupati Sikka menandatangani komitmen pelaksanaan program kota cerdas di Maumere, Kamis (3/7/2025).",
    ("Pemkab Sikka menggelar penandatanganan komitmen kepala daerah dan dewan smart city di aula kantor bupati, "
     "Kamis (3/7/2025)."),
])
def test_signing_a_commitment_to_the_programme_is_an_other_event(nlp: Language, text: str) -> None:
    assert starts(nlp, text) == [("other", "2025-07-03")]


def test_a_headline_line_above_the_body_does_not_take_the_lead(nlp: Language) -> None:
    text = ("Wali Kota Bima Ajak Warga Dukung Kota Cerdas\n\n"
            "Wali Kota Bima melakukan sosialisasi kota cerdas kepada para camat di aula kantor wali kota. "
            "Rabu (14/9/2022).\n\nPara camat diminta meneruskannya kepada warga.")
    assert starts(nlp, text) == [("other", "2022-09-14")]


def test_a_headline_that_names_a_step_still_leads(nlp: Language) -> None:
    text = ("Kota Bima Lolos Gerakan Menuju Smart City 2019\n\n"
            "Kota Bima menyisihkan ratusan daerah lain di Indonesia tahun ini.")
    assert [kind for kind, _ in starts(nlp, text)] == ["selection_result"]


def test_a_run_of_past_sessions_counted_in_one_sentence_is_no_step(nlp: Language) -> None:
    text = ("Bupati Sikka menutup rapat koordinasi dewan smart city di aula kantor bupati, Senin (8/11/2021). "
            "Ia menjelaskan, bimtek penyusunan masterplan sudah digelar sebanyak tiga kali mulai bulan Mei 2021 "
            "bersama tim ahli.")
    assert starts(nlp, text) == [("other", "2021-11-08")]


def test_a_step_recalled_for_the_reader_is_background(nlp: Language) -> None:
    text = ("Kabupaten Sikka menerima penghargaan kota cerdas di Jakarta, Jumat (14/12/2018). "
            "Perlu diketahui, Kabupaten Sikka pada tanggal 8 Mei lalu terpilih menjadi salah satu dari 50 daerah "
            "gerakan kota cerdas tahun 2018.")
    assert starts(nlp, text) == [("award", "2018-12-14")]


def test_a_reminder_of_the_reported_step_itself_still_reports_it(nlp: Language) -> None:
    text = ("Pemkab Sikka menutup bimtek kota cerdas di aula kantor bupati. "
            "Sebagai informasi, bimtek tahap pertama itu digelar Senin (4/6/2019).")
    assert starts(nlp, text) == [("technical_guidance", "2019-06-04")]


def test_the_new_patterns_read_long_hostile_runs() -> None:
    triggers, context = _patterns()
    other = next(p for kind, p in triggers if kind == "other")
    assert other.search("pra " * 10_000 + "x" * 50_000) is None
    assert other.search("penandatanganan " * 5_000 + "x" * 50_000) is None
    assert context["series"].search("sudah " * 10_000 + "x" * 50_000) is None
    assert context["recalled"].match("Perlu diketahui " + "lalu" * 12_500 + " x" * 25_000) is None
    started = time.perf_counter()
    assert context["series"].search("telah " * 10_000 + "tiga kali") is not None
    assert time.perf_counter() - started >= 0  # completes (no timing bound)


def test_the_headline_test_reads_a_long_line(nlp: Language) -> None:
    doc = nlp.make_doc("Judul " * 10_000 + "\n\nIsi.")
    assert not _headline(doc.text, doc[:])
