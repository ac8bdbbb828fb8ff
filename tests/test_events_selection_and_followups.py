"""Events: the step a region passed to be selected ("lolos assessment",
"lulus dalam asesmen", "lulus pada assessment") is the selection's means, no assessment of its own; a step named as
what the reported one follows up without "dari" ("merupakan tindak lanjut Nota Kesepakatan ...") is another event,
as with it; the verb of socialising ("guna mensosialisasikan Gerakan ...") tells what an activity does, while the
noun ("Sosialisasi Gerakan ...") still names a meeting (sentences written for these tests)."""

from __future__ import annotations

from fixtures.support import events_in as events
from spacy.language import Language

from extractor.events import _patterns


def starts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e["start"]) for e in events(nlp, text)]


def test_an_assessment_passed_is_the_selection_not_an_assessment(nlp: Language) -> None:
    text = ("Sumba Barat, Warta Nusa - Kabupaten Sumba Barat lolos assessment Gerakan Menuju Kota Cerdas tahun 2025 "
            "bersama 49 daerah lain. Kabar itu disampaikan kementerian lewat surat pada Senin (14/4/2025).\n"
            "Kepala dinas kominfo, Yohanes Rato, menyebut kabupaten siap menyusun rencana induk.\n")
    assert starts(nlp, text) == [("selection_result", "2025-04-14")]


def test_so_is_one_passed_in_or_at_an_assessment(nlp: Language) -> None:
    text = ("Tomohon, Warta Nusa - Dewan kota cerdas Kota Tomohon menggelar rapat di aula Wale Tumani, Kamis "
            "(9/1/2025). Dalam rapat itu sekretaris dewan mengabarkan bahwa kementerian telah mengumumkan Kota "
            "Tomohon lulus dalam asesmen kota cerdas.\n")
    kinds = [kind for kind, _ in starts(nlp, text)]
    assert "assessment" not in kinds and "selection_result" in kinds
    text = text.replace("lulus dalam asesmen", "lulus pada assessment")
    kinds = [kind for kind, _ in starts(nlp, text)]
    assert "assessment" not in kinds and "selection_result" in kinds


def test_an_assessment_the_region_went_through_still_counts(nlp: Language) -> None:
    # no pass word before it: the step itself
    text = ("Sumba Barat, Warta Nusa - Kabupaten Sumba Barat menjalani assessment Gerakan Menuju Kota Cerdas di "
            "aula Praja Mandiri, Senin (14/4/2025).\n")
    assert starts(nlp, text) == [("assessment", "2025-04-14")]


def test_a_step_the_reported_one_follows_up_without_dari_is_no_event(nlp: Language) -> None:
    text = ("Tomohon, Warta Nusa - Dinas kominfo Kota Tomohon memulai Bimbingan Teknis Penyusunan Master Plan Kota "
            "Cerdas Tahap I. Kegiatan menyusun rencana induk itu merupakan tindak lanjut nota kesepakatan yang "
            "dibuat kementerian bersama Pemkot Tomohon.\n"
            "Bimtek dibuka wali kota di aula Wale Tumani pada Senin (7/7/2025) dan diikuti semua dinas.\n")
    assert starts(nlp, text) == [("technical_guidance", "2025-07-07")]


def test_the_verb_of_socialising_names_no_meeting(nlp: Language) -> None:
    text = ("Sumba Barat, Warta Nusa - Pemkab Sumba Barat menggelar Bimbingan Teknis Penyusunan Master Plan Kota "
            "Cerdas Tahap I di aula Praja Mandiri, Rabu (11/6/2025).\n"
            "\"Kabupaten kita sudah lulus assessment. Karena itu kegiatan ini diselenggarakan guna mensosialisasikan "
            "Gerakan Menuju Kota Cerdas kepada semua dinas,\" ujar kepala dinas, Yohanes Rato.\n")
    assert starts(nlp, text) == [("technical_guidance", "2025-06-11")]


def test_the_noun_of_socialising_still_names_one(nlp: Language) -> None:
    text = ("Sumba Barat, Warta Nusa - Pemkab Sumba Barat menggelar Sosialisasi Gerakan Menuju Kota Cerdas bagi "
            "semua dinas di aula Praja Mandiri, Rabu (11/6/2025).\n")
    assert starts(nlp, text) == [("other", "2025-06-11")]


def test_the_changed_rows_stay_linear_on_a_long_input() -> None:
    triggers, context = _patterns()
    text = "lolos " * 5000 + "lulus dalam " * 2000 + "tindak lanjut " * 2000 + "mensosialisasikan " * 1000
    assert len(text) > 50_000
    # "lolos" alone tells a selection, at the text's start; no other trigger holds
    assert [(kind, found.span()) for kind, pattern in triggers if (found := pattern.search(text))] == [
        ("selection_result", (0, 5))]
    assert context["after_another"].search(text) is None
    assert context["opening_clause"].search(text) is None
    # "tindak lanjut" opens a clause that runs to the text's end (no comma or full stop closes it)
    clause = context["other_event_clause"].search(text)
    assert clause is not None and clause.span() == (text.index("tindak lanjut"), len(text))


def test_passing_to_a_later_round_is_the_selection_not_that_rounds_assessment(nlp: Language) -> None:
    text = ("PADANG – Kota Bukittinggi masuk 20 kota yang lolos ke penilaian tahap dua Rating Kota Cerdas 2019, "
            "Senin (15/7/2019). Kota Payakumbuh dan Kota Solok juga lolos.\n")
    assert [(e["type"], e["start"], sorted(e["regions"])) for e in events(nlp, text)] == [
        ("selection_result", "2019-07-15", ["Kota Bukittinggi", "Kota Payakumbuh", "Kota Solok"])]


def test_the_results_of_a_named_round_announced_are_the_selection(nlp: Language) -> None:
    text = ("PADANG – Kota Bukittinggi masuk 20 kota terbaik Rating Kota Cerdas 2019. Hasil penilaian tahap pertama "
            "itu diumumkan tim penilai, Senin (15/7/2019).\n")
    assert starts(nlp, text) == [("selection_result", "2019-07-15")]


def test_the_round_passed_and_the_results_announced_stay_linear_on_a_long_input() -> None:
    selection = dict(_patterns()[0])["selection_result"]
    text = "lolos ke penilaian " * 3000 + "hasil penilaian tahap " * 3000
    assert len(text) > 50_000
    # no round is numbered and nothing is announced: only the first "lolos" holds
    assert [m.span() for m in selection.finditer(text)][:1] == [(0, 5)]


def test_a_selection_told_again_as_the_result_of_dated_assessment_days_leaves_them_to_the_assessment(
        nlp: Language) -> None:
    text = ("Kabupaten Sumba Barat masuk daftar 50 kabupaten/kota yang terpilih mengikuti Gerakan Menuju 100 Smart City "
            "tahun ini. Daftar itu diumumkan kementerian di Jakarta, Selasa (10/7/2018).\nPenetapan tersebut merupakan "
            "hasil asesmen pada 2–3/7/2018 di Jakarta. Saat itu Bupati Sumba Barat memaparkan kesiapan daerahnya di "
            "hadapan asesor.\n")
    assert sorted(starts(nlp, text)) == [("assessment", "2018-07-02"), ("selection_result", "2018-07-10")]


def test_the_assessment_days_in_a_selections_sentence_do_not_date_the_selection(nlp: Language) -> None:
    text = ("Kabupaten Sumba Barat terpilih sebagai salah satu daerah peserta Gerakan Menuju Kota Cerdas 2022. Kepastian "
            "itu tertuang dalam surat kementerian tertanggal 3 Januari 2022. Dari 88 kabupaten/kota yang mengikuti "
            "asesmen secara daring pada 1–5 November 2021, sebanyak 50 daerah dinyatakan terpilih.\n")
    assert ("selection_result", "2021-11-01") not in starts(nlp, text)
    assert ("selection_result", "2022-01-03") in starts(nlp, text)


def test_the_day_an_evaluations_result_was_announced_in_its_clause_dates_the_selection(nlp: Language) -> None:
    text = ("Hasil evaluasi kota cerdas diumumkan kementerian pada Senin (15/5/2023), dan Kabupaten Lembata dinyatakan "
            "terpilih sebagai salah satu daerah Gerakan Menuju 100 Smart City.\n")
    assert ("selection_result", "2023-05-15") in starts(nlp, text)
