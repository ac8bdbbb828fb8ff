"""Events, audit of r2700-r2722 and the earlier readable ids: a step named only as what a meeting is held for, in
an opening purpose clause ("Dalam rangka evaluasi tahap kedua ..., Dewan Smart City mengadakan rapat koordinasi"),
also after a dateline and when the clause is written as a sentence of its own that ends on a full stop, or as the
topic a headline opens with before a comma ("Evaluasi Kota Cerdas, Pemkab X Gelar Rakor"), is no event of its own:
the meeting is the event the article reports; a step dated by a year alone before the year of the article's
event dated by a day ("terpilih ... pada tahun 2018" in a report of a signing on 15 Mei 2019) is the region's
history (sentences written for these tests)."""

from __future__ import annotations

from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns, _purpose_of_meeting, _without_earlier_years


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


def test_a_step_a_meeting_is_held_for_in_an_opening_clause_is_no_event(nlp: Language) -> None:
    text = ("Dalam rangka evaluasi tahap II Gerakan Kota Cerdas tahun 2025, Dewan Smart City "
            "Kabupaten Ngawi mengadakan rapat koordinasi di pendopo kabupaten, Selasa (7/10/2025).\n"
            "Bupati meminta semua dinas melengkapi dokumen pendukung.\n")
    assert starts(nlp, text) == [("other", "2025-10-07")]


def test_the_purpose_written_as_a_sentence_of_its_own_is_no_event_either(nlp: Language) -> None:
    text = ("Dalam rangka penilaian tahap kedua Gerakan Menuju Kota Cerdas tahun 2025. Tim pelaksana kota cerdas "
            "Kabupaten Ngawi menggelar rakor di ruang rapat Bappeda, Selasa (7/10/2025).\n"
            "Bupati meminta semua dinas melengkapi dokumen pendukung.\n")
    assert starts(nlp, text) == [("other", "2025-10-07")]


def test_a_step_after_an_opening_purpose_clause_without_a_meeting_still_counts(nlp: Language) -> None:
    # no meeting is held for the step: the sentence reports the step itself
    text = ("Dalam rangka evaluasi tahap kedua kota cerdas tahun 2025, tim Kementerian Kominfo mewawancarai Bupati "
            "Ngawi di pendopo kabupaten, Selasa (7/10/2025).\n")
    assert [kind for kind, _ in starts(nlp, text)] == ["evaluation"]


def test_a_headline_opening_with_the_step_a_meeting_is_held_for_adds_no_event(nlp: Language) -> None:
    text = ("Penilaian Kota Cerdas Tahap II, Pemkab Ngawi Gelar Rakor\n\n"
            "Ngawi, Kominfo – Pemerintah Kabupaten Ngawi mengadakan rapat koordinasi tim kota cerdas di pendopo "
            "kabupaten, Kamis (3/10/2025).\n"
            "Rakor membahas dokumen pendukung yang harus dilengkapi semua dinas.\n")
    assert starts(nlp, text) == [("other", "2025-10-03")]


def test_so_does_such_a_first_line_right_above_a_dateline(nlp: Language) -> None:
    text = ("Evaluasi Program Kota Cerdas, Dewan Smart City Ngawi Adakan Rakor\n"
            "Ngawi, Kominfo – Dalam rangka evaluasi tahap II Gerakan Kota Cerdas tahun 2025. Dewan "
            "Smart City Kabupaten Ngawi mengadakan Rakor di pendopo kabupaten, Kamis (3/10/2025).\n")
    assert starts(nlp, text) == [("other", "2025-10-03")]


def test_a_title_given_apart_naming_the_step_a_meeting_is_held_for_adds_no_event(nlp: Language) -> None:
    text = ("Ngawi, Kominfo – Pemerintah Kabupaten Ngawi mengadakan rapat koordinasi tim kota cerdas di pendopo "
            "kabupaten, Kamis (3/10/2025).\n")
    title = "Bimtek Kota Cerdas Tahap II, Pemkab Ngawi Gelar Rakor"
    assert [(e["type"], e["start"]) for e in events(nlp, text, title=title)] == [("other", "2025-10-03")]


def test_a_headline_prize_before_a_comma_is_still_an_award(nlp: Language) -> None:
    # the rest of the headline is no meeting: the prize is the news
    text = ("Raih Penghargaan Kota Cerdas, Pemkab Ngawi Gelar Syukuran\n\n"
            "Pemerintah Kabupaten Ngawi meraih penghargaan kota cerdas dari Kementerian Kominfo di Jakarta, Kamis "
            "(3/10/2025).\n")
    assert starts(nlp, text) == [("award", "2025-10-03")]


def test_a_step_dated_by_an_earlier_year_than_the_reported_day_is_history(nlp: Language) -> None:
    # the headline names the selection; the body dates it by its year only, the year before the signing
    text = ("Kabupaten Lahat Terpilih Jadi Percontohan Program Smart City\n\n"
            "Pemkab Lahat menghadiri penandatanganan nota kesepahaman Gerakan Menuju 100 Smart City dengan "
            "Kementerian Kominfo di Jakarta, Rabu (15/5/2019).\n"
            "Kabupaten Lahat sendiri terpilih menjadi salah satu peserta gerakan itu pada tahun 2018 bersama dua "
            "kabupaten lain di Sumatera Selatan.\n")
    assert starts(nlp, text) == [("mou_signing", "2019-05-15")]


def test_a_step_dated_by_the_same_year_as_the_reported_day_stays() -> None:
    day = {"type": "mou_signing", "start": "2019-05-15", "granularity": "day"}
    same = {"type": "selection_result", "start": "2019", "granularity": "year"}
    earlier = {"type": "selection_result", "start": "2018", "granularity": "year"}
    undated = {"type": "award", "start": None, "granularity": None}
    assert _without_earlier_years([day, same, earlier, undated]) == [day, same, undated]
    assert _without_earlier_years([earlier, undated]) == [earlier, undated]  # no day to weigh it against


def test_purpose_of_meeting_on_hostile_input_finishes() -> None:
    meetings = [p for kind, p in _patterns()[0] if kind == "other"]
    for text in ("Dalam rangka " + "evaluasi penilaian rapat koordinasi " * 1500 + ".",
                 "Dalam rangka " + "evaluasi " * 6000 + ". " + "rapat " * 6000,
                 "Kota – " * 8000 + "dalam rangka evaluasi,"):
        assert len(text) > 50_000
        for headline in (False, True):
            assert _purpose_of_meeting(text, 0, 20, meetings, headline) in (True, False)
