"""Scores: shapes of outlets the rules had not seen (a probe audit of real pages, 2026-12-07), one test per error
class, on text written for the test: "tahun ini" after a past year; the older value of a change dated by the newer's
year; an evaluation named with its long name and stage; a region's value before its place; tables with a grade
column; thresholds; a country's rank; lists of ranks; two stages of one year; the next year."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import score_years as scores
from spacy.language import Language


def test_this_year_is_the_publications_after_a_past_evaluation(nlp: Language) -> None:
    # "tahun ini" is the year of the page, not the year of an earlier evaluation the article recalls
    text = "Pada evaluasi 2021, Kota Cilegon mendapat nilai 2,71. Tahun ini nilai Cilegon naik menjadi 3,02."
    assert scores(nlp, text, date(2022, 12, 9)) == [(2.71, 2021), (3.02, 2022)]


def test_the_older_value_of_a_change_takes_the_year_before_the_newers_clear_year(nlp: Language) -> None:
    # the newer value's year comes from the next sentence; the older one is of the year before it
    text = ("Indeks smart city Kabupaten Jepara naik dari 2,81 menjadi 3,07. Angka itu hasil evaluasi smart city "
            "tahun 2023.")
    assert scores(nlp, text, date(2023, 12, 20)) == [(2.81, 2022), (3.07, 2023)]


def test_an_evaluation_named_with_its_long_name_and_stage_dates_its_scores(nlp: Language) -> None:
    # the year after "evaluasi implementasi smart city tahap II" is the evaluation's; a quote dated early in the next
    # year does not date the value
    text = ("Kabupaten Gianyar berada di peringkat ke-9 nasional dalam evaluasi implementasi smart city tahap II tahun "
            "2024. \"Nilai kita 3,12,\" kata kepala dinas, Kamis (16/1/2025).")
    assert scores(nlp, text, date(2025, 1, 16)) == [(9, 2024), (3.12, 2024)]
    text = ("Kota Pekalongan memperoleh indeks 3,29. Nilai itu untuk evaluasi implementasi Kota Cerdas (Smart City) "
            "tahap kedua tahun 2023, yang hasilnya diumumkan Senin (8/1/2024).")
    assert scores(nlp, text, date(2024, 1, 9)) == [(3.29, 2023)]


def test_a_regions_value_before_its_place_is_a_score(nlp: Language) -> None:
    text = ("Kota Bitung meraih indeks final 2,97 pada evaluasi smart city 2023. Kota Bitung unggul atas Kabupaten "
            "Minahasa 2,61 di posisi kedua dan Kota Tomohon 2,58 posisi ketiga.")
    assert scores(nlp, text, date(2024, 1, 4)) == [(2.97, 2023), (2.61, 2023), (2, 2023), (2.58, 2023), (3, 2023)]


def test_a_table_row_may_close_with_a_grade_column(nlp: Language) -> None:
    text = "Indeks SPBE Kota Madiun\nTahun\tIndeks\tPredikat\n2022\t3,18\tBaik\n2023\t3,57\tSangat Baik"
    assert scores(nlp, text, date(2024, 2, 1)) == [(3.18, 2022), (3.57, 2023)]


def test_a_threshold_after_more_or_less_than_is_no_score(nlp: Language) -> None:
    text = "Predikat sangat inovatif diberikan kepada daerah dengan indeks lebih dari 60,00 pada penilaian 2023."
    assert scores(nlp, text, date(2023, 12, 14)) == []


def test_the_countrys_rank_in_a_world_survey_is_no_regions(nlp: Language) -> None:
    text = "Dalam survei e-government PBB, Indonesia naik dari posisi ke-77 menjadi ke-64 pada 2024."
    assert scores(nlp, text, date(2024, 10, 1)) == []


def test_a_value_then_a_rank_it_earned_is_no_change(nlp: Language) -> None:
    # "menjadi" between a value and a rank tells what the value made the region, not a change of one measure
    text = "Dalam IKCI 2018, Kota Salatiga meraih skor 58,99 dan menjadi peringkat 2 kategori kota sedang."
    assert scores(nlp, text, date(2019, 1, 9)) == [(58.99, 2018), (2, 2018)]


def test_a_quote_dated_early_next_year_takes_the_year_of_the_scores_before(nlp: Language) -> None:
    text = ("Nilai smart city Kabupaten Tuban tahun 2024 mencapai 3,27. \"Kita sekarang di urutan 15 nasional,\" "
            "ujar kepala dinas, Senin (13/1/2025).")
    assert scores(nlp, text, date(2025, 1, 13)) == [(3.27, 2024), (15, 2024)]


def test_two_stages_of_one_year_are_no_change_of_year(nlp: Language) -> None:
    text = ("Kota Tarakan mendapat nilai 3,05 pada evaluasi tahap I, kemudian naik menjadi 3,31 pada tahap II evaluasi "
            "smart city 2024.")
    assert scores(nlp, text, date(2024, 12, 3)) == [(3.05, 2024), (3.31, 2024)]


def test_a_second_scoped_rank_may_be_a_cardinal(nlp: Language) -> None:
    text = "Kota Padang berada di urutan 3 se-Sumatera Barat dan 21 nasional pada evaluasi smart city 2023."
    assert scores(nlp, text, date(2024, 1, 5)) == [(3, 2023), (21, 2023)]


def test_a_name_then_an_ordinal_goes_on_a_list_of_ranks(nlp: Language) -> None:
    text = "Dalam Smart City Index 2024, Kota Medan berada di urutan ke-115 dan Kota Makassar ke-117."
    assert scores(nlp, text, date(2024, 5, 1)) == [(115, 2024), (117, 2024)]


def test_the_first_three_places_held_by_the_regions_named_after_them(nlp: Language) -> None:
    # "juara 1, 2 dan 3" lists a ranking's places, unless the regions holding them follow ("masing-masing diraih")
    text = "Juara 1, 2, dan 3 masing-masing diraih Kota Bogor, Kota Depok dan Kabupaten Bekasi pada penilaian 2021."
    assert scores(nlp, text, date(2021, 11, 5)) == [(1, 2021), (2, 2021), (3, 2021)]


def test_the_older_rank_told_after_a_fall_is_of_the_year_before(nlp: Language) -> None:
    text = "Kota Dumai turun ke peringkat 18 nasional pada evaluasi 2023, dari sebelumnya peringkat 11."
    assert scores(nlp, text, date(2024, 1, 8)) == [(18, 2023), (11, 2022)]


def test_the_next_year_counts_on_from_the_year_before(nlp: Language) -> None:
    text = "Kota Bau-Bau memperoleh nilai 2,55 pada 2021. Tahun berikutnya, nilai Bau-Bau naik menjadi 2,83."
    assert scores(nlp, text, date(2023, 3, 1)) == [(2.55, 2021), (2.83, 2022)]


def test_names_with_ordinals_after_a_rank_and_its_value_are_ranks(nlp: Language) -> None:
    text = ("Kota Malang berada di posisi pertama dengan nilai 3,71, Kota Batu kedua dengan 3,66 dan Kota Kediri "
            "ketiga dengan 3,52 dalam evaluasi smart city 2023.")
    assert scores(nlp, text, date(2024, 1, 8)) == [(1, 2023), (3.71, 2023), (2, 2023), (3.66, 2023), (3, 2023),
                                                   (3.52, 2023)]


def test_the_patterns_of_the_shapes_audit_read_hostile_input() -> None:
    from extractor.nlp.scores import (
        NAMED_NEXT,
        NEXT_YEAR,
        PLACE_AFTER,
        PODIUM,
        PODIUM_HELD,
        SCOPED_NEXT,
        TABLE_ROW,
        score_words,
    )

    words = score_words()
    assert TABLE_ROW.fullmatch("2023\t3,57\tSangat Baik") is not None
    assert TABLE_ROW.fullmatch("2023\t3,57\t" + "Baik " * 10_000 + "x") is None
    assert TABLE_ROW.fullmatch("2023\t3,57" + " " * 50_000 + "\t1") is None
    assert words.evaluation_year.search("evaluasi implementasi smart city tahap II tahun 2024") is not None
    assert words.evaluation_year.search("evaluasi " * 10_000 + "x") is None
    assert words.evaluation_year.search("evaluasi" + " " * 50_000 + "x") is None
    assert words.evaluation_year.search("evaluasi tahap " * 6_000 + "x") is None
    assert PLACE_AFTER.match(" di posisi").end() == 4  # type: ignore[union-attr]
    assert PLACE_AFTER.match(" " * 50_000 + ",x").end() == 50_001  # type: ignore[union-attr]
    assert words.not_before.search("lebih dari " * 5_000 + "x").start() == 54_989  # type: ignore[union-attr]
    assert words.not_before.search("lebih" + " " * 50_000 + "dar" + " " * 50_000 + "x") is None
    assert words.foreign.search("Indonesia " * 5_000) is None
    assert words.foreign.search("Indonesia di" + " " * 50_000 + "x") is None
    assert words.foreign.search("Indonesia naik") is not None
    assert NAMED_NEXT.match(" dan Kota Makassar ke-114").group("n") == "ke-114"  # type: ignore[union-attr]
    assert NAMED_NEXT.match(" dan " + "Makassar " * 10_000 + "x") is None
    assert NAMED_NEXT.match(" dan Makassar" + " " * 50_000 + "x") is None
    assert SCOPED_NEXT.match(" se-Sumatera Barat dan 14 nasional").group("n") == "14"  # type: ignore[union-attr]
    assert SCOPED_NEXT.match(" dan 14" + " " * 50_000 + "x") is None
    assert SCOPED_NEXT.match(" x dan" * 8_000 + " 14 x") is None
    assert PODIUM.match(", 2, dan 3").group("third") == "3"  # type: ignore[union-attr]
    assert PODIUM.match("," + " " * 50_000 + "2," + " " * 50_000 + "x") is None
    assert PODIUM_HELD.match(" masing-masing diraih") is not None
    assert PODIUM_HELD.match(" " * 50_000 + "masing-masing" + " " * 50_000 + "x") is None
    assert NEXT_YEAR.search("tahun" + " " * 50_000 + "x") is None
    assert len(NEXT_YEAR.findall("tahun berikutnya " * 5_000)) == 5_000
    assert NAMED_NEXT.match(" dengan 3,66 dan Kota Kediri ketiga").group("n") == "ketiga"  # type: ignore[union-attr]
    assert NAMED_NEXT.match(" dengan nilai 3,66" + " " * 50_000 + "x") is None
    assert NAMED_NEXT.match(" dengan" * 8_000 + " x") is None
    assert words.first_stage.search("tahap " * 10_000 + "x") is None
    assert words.foreign.search("(Indonesia " * 5_000) is None
    assert words.foreign.search("wakil Indonesia masuk") is None
    assert PODIUM_HELD.match(" diraih" + " " * 50_000 + "oleh" + " " * 50_000 + "x").end() == 100_011  # type: ignore[union-attr]


def test_a_region_standing_for_the_country_keeps_its_world_rank(nlp: Language) -> None:
    # "wakil Indonesia masuk ..." names the region as the country's entry; the country holds no rank here
    text = "Kota Medan menjadi wakil Indonesia masuk Smart City Index 2024 dan berada di peringkat ke-112."
    assert scores(nlp, text, date(2024, 5, 2)) == [(112, 2024)]


def test_a_change_with_the_later_stage_named_after_it_is_still_a_change_of_year(nlp: Language) -> None:
    # the stage after the newer value names the newer value's evaluation; no earlier stage of the same year is named
    text = "Indeks smart city Kota Tegal naik dari 2,95 menjadi 3,28 dalam evaluasi tahap II tahun 2023."
    assert scores(nlp, text, date(2023, 12, 20)) == [(2.95, 2022), (3.28, 2023)]


def test_the_first_three_places_held_by_no_region_are_no_scores(nlp: Language) -> None:
    text = "Dewan juri menetapkan juara 1, 2 dan 3 diraih peserta dengan nilai tertinggi pada penilaian 2023."
    assert scores(nlp, text, date(2023, 12, 20)) == []


@pytest.mark.parametrize(
    "scale",
    [
        ("Predikat Sangat Baik diberikan bagi indeks 3,5 sampai kurang dari 4,2, dan predikat Baik untuk kisaran 2,6 "
         "hingga di bawah 3,5."),
        "Predikat Baik berlaku untuk rentang nilai 2,6 sampai 3,49.",
        "Kategori Baik mencakup indeks 2,6 s.d. di bawah 3,5.",
    ],
)
def test_the_bounds_of_a_grade_written_in_words_are_no_scores(nlp: Language, scale: str) -> None:
    # (blind m109) a grade's range told with "sampai/hingga (di bawah)" or "rentang/kisaran": the scale, no result
    text = f"Kota Blitar meraih indeks SPBE 3,62 dengan predikat Sangat Baik. {scale}"
    assert scores(nlp, text, date(2025, 1, 9)) == [(3.62, None)]


def test_the_range_words_read_hostile_input() -> None:
    from extractor.nlp.scores import RANGE_WORDS_AFTER, RANGE_WORDS_BEFORE

    assert RANGE_WORDS_AFTER.match(" hingga di bawah 3,5") is not None
    assert RANGE_WORDS_AFTER.match(" sampai" + " " * 50_000 + "x") is None
    assert RANGE_WORDS_BEFORE.search("rentang nilai 2,6 sampai ") is not None
    assert RANGE_WORDS_BEFORE.search("rentang " * 10_000 + "x") is None
    assert RANGE_WORDS_BEFORE.search("kisaran" + " " * 50_000 + "x") is None


@pytest.mark.parametrize(("text", "expected"), [
    # past the rank given with a value, a value the sentence moves from or to goes on with the value before the rank
    (("Pada evaluasi 2021 nilainya 2,81 dengan peringkat ke-31 nasional, lalu pada evaluasi 2023 naik dari 2,81 "
     "menjadi 3,05."), [(2.81, 2021), (31.0, 2021), (2.81, 2021), (3.05, 2023)]),
    ("Pada evaluasi 2021 nilainya 2,81 dengan peringkat ke-31 nasional, lalu pada evaluasi 2023 naik menjadi 3,05.",
     [(2.81, 2021), (31.0, 2021), (3.05, 2023)]),
])
def test_a_change_after_a_rank_goes_on_with_the_value_before_it(nlp: Language, text: str,
                                                                 expected: list[tuple[float, int]]) -> None:
    assert scores(nlp, text) == expected


def test_a_value_after_a_rank_measures_no_rank(nlp: Language) -> None:
    from extractor.nlp import analyse

    text = "Pada evaluasi 2021 nilainya 2,81 dengan peringkat ke-31 nasional, lalu pada evaluasi 2023 naik menjadi 3,05."
    doc = analyse(text, nlp=nlp)  # the spans need their doc alive
    metrics = [(s._.value["value"], s._.value["metric"]) for s in doc.spans["scores"]]
    assert metrics == [(2.81, "smart city index"), (31.0, "smart city index, national rank"), (3.05, "smart city index")]
