"""Events: the event stage's patterns read long hostile inputs in one pass."""

from __future__ import annotations

from spacy.language import Language

from extractor.events import (
    AMID,
    COORDINATED,
    NTH_DAY,
    PART_OF,
    STAGE_MARK,
    TODAY,
    _headline,
    _patterns,
    _purpose_of_meeting,
    _told_since,
)
from extractor.participants import words


def test_the_presenting_selecting_and_session_patterns_read_long_hostile_runs() -> None:
    triggers = dict(_patterns()[0])
    hostile = "memaparkan " + "kepada x " * 6_000 + "a" * 50_000
    assert triggers["assessment"].search(hostile) is None
    assert triggers["assessment"].search("di depan " * 6_000 + "x" * 50_000) is None
    assert triggers["award"].search("mawardi " * 6_000 + "x" * 50_000) is None
    assert triggers["selection_result"].search("menetapkan " * 5_000 + "x" * 50_000) is None
    assert STAGE_MARK.search("pertemuan " * 5_000 + "x" * 50_000) is None
    assert triggers["evaluation"].search("asesor " * 6_000 + "visitasi" + "x" * 50_000) is None
    assert triggers["evaluation"].search("visitasi " * 6_000 + "x" * 50_000) is None
    criterion = _patterns()[1]["criterion"]
    assert criterion.search("dibahas " + "dalam " * 10_000 + "x" * 50_000) is None


def test_the_meeting_purpose_pattern_reads_long_hostile_runs() -> None:
    meeting = next(p for kind, p in _patterns()[0] if kind == "other")
    assert meeting.search("rapat " + "untuk " * 10_000 + "x" * 50_000) is None
    assert meeting.search("pertemuan " * 10_000 + "x" * 50_000) is None


def test_the_cohort_means_and_coordination_patterns_read_long_hostile_runs() -> None:
    context = _patterns()[1]
    hostile = "kota " * 10_000 + "x" * 50_000
    assert context["cohort_clause"].search(hostile) is None
    assert context["dated_means"].match("tanggal " * 10_000 + "x" * 50_000) is None
    assert COORDINATED.fullmatch(" dan" * 10_000 + " " + "x" * 50_000) is None
    assert context["cohort_clause"].search("kota " * 10_000 + "yang " + "x" * 50_000) is not None


def test_the_preparation_series_and_recall_patterns_read_long_hostile_runs() -> None:
    triggers, context = _patterns()
    other = next(p for kind, p in triggers if kind == "other")
    assert other.search("pra " * 10_000 + "x" * 50_000) is None
    assert other.search("penandatanganan " * 5_000 + "x" * 50_000) is None
    assert context["series"].search("sudah " * 10_000 + "x" * 50_000) is None
    assert context["recalled"].match("Perlu diketahui " + "lalu" * 12_500 + " x" * 25_000) is None
    assert context["past_month"].match("bulan 2023 " * 5_000 + "x" * 50_000) is None
    assert context["past_month"].match("yang telah dilaksanakan " * 3_000 + "x" * 50_000) is None
    assert context["evaluation_result"].search("peringkat " * 10_000 + "x" * 50_000) is None
    assert context["said_result"].search("kata " * 10_000 + "x" * 50_000) is None
    assert context["said_result"].search("kata Kab." * 6_000 + "x" * 50_000) is None
    assert context["year_opening"].match("Sebelumnya " * 5_000 + "x" * 50_000) is None
    assert context["series"].search("telah " * 10_000 + "tiga kali") is not None


def test_the_headline_test_reads_a_long_line(nlp: Language) -> None:
    doc = nlp.make_doc("Judul " * 10_000 + "\n\nIsi.")
    assert not _headline(doc.text, doc[:])


def test_said_at_pattern_on_hostile_input_finishes() -> None:
    _, context = _patterns()
    text = ("ujarnya " + "x" * 55 + " ") * 800 + "katanya " * 500
    assert len(text) > 50_000
    assert context["said_at"].search(text) is None


def test_plan_and_background_patterns_on_hostile_input_finish() -> None:
    _, context = _patterns()
    text = "diharapkan " + "kata-kata " * 6000 + "beberapa " * 500
    assert len(text) > 50_000
    assert context["plan"].search(text) is None
    assert context["background"].search(text) is None


def test_planned_date_pattern_reads_long_hostile_runs() -> None:
    planned = _patterns()[1]["planned_date"]
    assert planned.search("akan " * 10_000 + "x" * 50_000 + ".") is None
    assert planned.search("diharapkan " * 10_000 + "x" * 50_000 + ".") is None


def test_since_pattern_on_hostile_input_finishes() -> None:
    text = ("sebelumnya , , , " * 2000) + ("sejak " * 3000) + "x"
    assert len(text) > 50_000
    context = _patterns()[1]
    assert context["since"].search(text) is None
    assert context["recalled"].match("Sampai dengan tahun " + "2023 " * 12000) is None
    assert context["ahead_of"].search("Persiapan " + "jelang " * 20000) is not None
    assert context["criterion"].search(("tiga hal " + "x, " * 30 + "yaitu " + "y " * 30) * 250) is None
    # a date told within reach after "sejak" is told in passing; one far past the last "sebelumnya" is not
    assert _told_since(text, len(text) - 1, True)
    assert not _told_since(text, 997, True)


def test_purpose_of_meeting_on_hostile_input_finishes() -> None:
    meetings = [p for kind, p in _patterns()[0] if kind == "other"]
    for text in ("Dalam rangka " + "evaluasi penilaian rapat koordinasi " * 1500 + ".",
                 "Dalam rangka " + "evaluasi " * 6000 + ". " + "rapat " * 6000,
                 "Kota – " * 8000 + "dalam rangka evaluasi,"):
        assert len(text) > 50_000
        for headline in (False, True):
            assert not _purpose_of_meeting(text, 0, 20, meetings, headline)


def test_a_topic_is_read_in_one_pass(nlp: Language) -> None:
    """A long sentence of presenting verbs, each followed by a topic word, is read in one pass."""
    from extractor.events import _patterns

    criterion = _patterns()[1]["criterion"]
    assert criterion.search("Ia memaparkan mengenai forum ") is not None
    assert criterion.search("memaparkan tentang " * 3_000 + "x. ") is None


def test_the_later_day_pattern_reads_long_hostile_runs() -> None:
    # (the whole pipeline over 50,000 blanks takes a minute: the pattern alone is tested)
    assert NTH_DAY.search("hari kedua " * 5_000 + "x" * 50_000) is None
    assert NTH_DAY.search("hari " + " " * 50_000 + "kedua, ") is not None


def test_the_today_pattern_reads_long_hostile_runs() -> None:
    assert TODAY.search("hari " + "hari\n " * 10_000 + "x" * 50_000) is None


def test_the_negation_pattern_reads_long_hostile_runs() -> None:
    from extractor.events import NEGATED

    assert NEGATED.search("tidak pernah " + "a " * 25_000 + ".") is None
    assert NEGATED.search("tidak ada " + "tim " * 12_500 + "x.") is None


def test_the_own_meeting_presentation_bimtek_and_year_patterns_read_long_hostile_runs() -> None:
    triggers = _patterns()[0]
    meeting = next(p for kind, p in triggers if kind == "other")
    guidance = dict(triggers)["technical_guidance"]
    context = _patterns()[1]
    assert meeting.search("presentasi " + "kepada para " * 5_000 + "x" * 50_000) is None
    assert meeting.search("memaparkan " * 5_000 + "di hadapan x " * 2_000 + "x" * 30_000) is None
    assert meeting.search("rapat pembahasan " + "draf " * 10_000 + "x" * 50_000) is None
    assert meeting.search("menerima paparan evaluator " * 5_000 + "x" * 50_000) is None
    assert meeting.search("sosialisasi tata cara " * 5_000 + "x" * 50_000) is None
    assert len(list(guidance.finditer("bimtek persiapan " * 5_000 + "x" * 50_000))) == 5_000
    assert context["year_opening"].match("pada tahun " * 5_000 + "x" * 50_000) is None
    assert context["year_opening"].match("pada bulan awal desember " * 2_000 + "x" * 50_000) is None
    assert context["said_on"].search("kata " + "x, " * 20_000 + "y" * 50_000) is None


def test_the_stage_type_patterns_read_long_hostile_runs() -> None:
    triggers, context = _patterns()
    kinds = dict(triggers)
    assert kinds["assessment"].search("evaluator " * 10_000 + "x" * 50_000) is None
    assert kinds["pre_evaluation"].search("Kementerian " * 10_000 + "x" * 50_000) is None
    assert kinds["pre_evaluation"].search("persiapan evaluasi " * 5_000 + "x" * 50_000) is None
    assert kinds["selection_result"].search("diumumkan sebagai salah satu dari " * 2_000 + "x" * 50_000) is None
    assert kinds["mou_signing"].search("meneken " * 10_000 + "x" * 50_000) is None
    assert kinds["evaluation"].search("dikunjungi oleh tim " * 5_000 + "x" * 50_000) is None
    assert context["prize_status"].match("sebagai " * 10_000 + "x" * 50_000) is None
    assert context["hypothetical"].search("berharap " * 10_000 + "x" * 50_000 + ".") is None
    assert PART_OF.search("merupakan " * 10_000 + "x" * 50_000 + ".") is None


def test_the_host_patterns_read_long_hostile_runs() -> None:
    assert words().host_before.search("difasilitasi " + "oleh " * 10_000 + "x" * 50_000) is None
    assert words().host_before.search("tuan rumah " * 5_000 + "x" * 50_000) is None
    assert words().host_after.match("jadi " * 10_000 + "x" * 50_000) is None
    assert words().speaker.match("hadir " * 10_000 + "x" * 50_000) is None
    # "dibuka untuk X" names no opener of X; "membuka" far after the region opens nothing of it
    assert words().opener_before.search("dibuka oleh " * 10_000 + "untuk ") is None
    opener = words().opener_before.search("dibuka oleh " * 10_000 + "Sekda ")
    assert opener is not None and opener.start() == len("dibuka oleh " * 9_997)
    assert words().opener_after.match(" " + "Asisten " * 10_000 + "membuka") is None


def test_the_showcase_and_co_selected_patterns_read_long_hostile_runs() -> None:
    assert words().showcase.search("sejumlah daerah " * 10_000 + "x" * 50_000) is None
    assert words().co_selected.search("yang juga " * 10_000 + "x" * 50_000) is None
    assert words().co_selected.search("yang juga lolos ke babak dua " * 5_000 + "x" * 50_000) is None
    assert words().host_after.match(" menjadi tuan rumah bagi " + "evaluasinya " * 10_000 + "sendiri") is not None


def test_the_membership_and_place_then_date_patterns_read_long_hostile_runs() -> None:
    from extractor.events import PLACE_THEN_DATE

    assert words().membership.search("yang masuk " * 10_000 + "x") is None
    assert PLACE_THEN_DATE.match(", Hotel Jakarta" * 5_000 + ", x") is None
    assert PLACE_THEN_DATE.match(", " + "A" * 50_000 + ", pada 3 Mei") is not None
    criterion = _patterns()[1]["criterion"]
    assert criterion.search("memaparkan kegiatan " * 5_000 + "x ") is None


def test_the_speech_result_and_year_patterns_read_long_hostile_runs() -> None:
    context = _patterns()[1]
    assert context["speech"].search("mengatakan" + " " * 50_000 + "x") is None
    assert context["speech"].search("mengatakan, ") is not None
    assert context["result_of"].search("menerima " + "laporan " * 10_000 + "x") is None
    assert context["year_step"].search("evaluasi " * 10_000 + "x" * 50_000) is None
    assert context["done"].match("a" * 50_000 + " telah") is None


def test_the_joined_plan_crosscheck_and_series_patterns_read_long_hostile_runs() -> None:
    context = _patterns()[1]
    assert context["next_plan"].search(" dan" * 10_000 + " x" * 20_000) is None
    assert context["series"].search("tahap I sampai " * 5_000 + "x" * 50_000) is None
    assert context["recalled"].match("Sebelum " * 10_000 + "x" * 50_000) is None
    pre = dict(_patterns()[0])["pre_evaluation"]
    assert pre.search("cek ulang " * 5_000 + "x" * 50_000) is None


def test_the_told_that_and_expected_patterns_read_long_hostile_runs() -> None:
    context = _patterns()[1]
    assert context["told_that"].search("menambahkan bahwa " * 6_000 + "x" * 50_000) is None
    assert context["told_that"].search("x " * 50_000 + "mengatakan bahwa kota itu") is not None
    assert context["plan"].search("diperkirakan " * 6_000 + "x" * 50_000) is None
    assert context["by_means"].search("atas rampungnya " * 6_000 + "x" * 50_000) is None


def test_the_amid_clause_reads_long_hostile_runs() -> None:
    assert len(list(AMID.finditer("di antara agenda " * 10_000 + "x" * 50_000))) == 1


def test_the_occasion_series_wave_and_central_team_patterns_read_long_hostile_runs() -> None:
    triggers, context = _patterns()
    hostile = "disampaikan " + "kepada x " * 6_000 + "a" * 50_000
    assert context["occasion"].search(hostile) is None
    assert context["after_another"].search("Malam itu menutup rangkaian " * 3_000 + "x" * 50_000) is None
    kinds = dict(triggers)
    assert kinds["selection_result"].search("masuk dalam gelombang " * 5_000 + "x") is None
    assert kinds["pre_evaluation"].search("Tim Gerakan Menuju 100 Smart City " * 3_000 + "x" * 50_000) is None
