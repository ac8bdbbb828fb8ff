"""Scores: error classes of the first-sight round r1200-r1211 and of the older dev articles, one test each, on text
written for the test: the year of an evaluation stated before its list of scores, a year only a date or the
publication gives, ranks of cities abroad, of a province's capital and of a province, and the national average."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import score_years as scores
from spacy.language import Language


def test_the_evaluation_year_stated_before_a_list_dates_it_over_the_publication(nlp: Language) -> None:
    # (r1201) the scores come several sentences after "Hasil Evaluasi SPBE Tahun 2021", on a page of 2022
    text = ("Hasil evaluasi SPBE tahun 2021 sudah diumumkan Kemenpan RB lewat sebuah keputusan. Kabupaten Karangasem "
            "menerima hasil yang tidak memuaskan.\n\nBaca Juga: Pasar Murah Digelar di Alun-alun\n\n"
            "Hasil itu dibahas dalam rapat dinas.\n\n- Advertisement -\n\nPara kepala bidang ikut hadir.\n\n"
            "Karangasem hanya memperoleh nilai 1,64 dengan predikat kurang.")
    assert scores(nlp, text, date(2022, 1, 4)) == [(1.64, 2021)]


@pytest.mark.parametrize(
    "text",
    [
        # in the score's sentence
        "Pada penilaian 2021 yang diumumkan tahun 2022, Kota Kendari meraih nilai indeks SPBE 3,12.",
        # in the sentence before
        "Hasil penilaian tahun 2021 baru diumumkan pada awal 2022. Kota Kendari mendapat nilai 3,12.",
    ],
)
def test_the_year_an_evaluation_was_announced_is_not_its_own(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == [(3.12, 2021)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # (r1209) only the publication gives a year: the bimtek's date has none
        (("Pemkot Kendari memperoleh nilai 3,18 berpredikat baik dalam implementasi smart city. Hal itu "
          "terungkap dalam bimtek tahap IV di aula Bappeda, Jumat (11/10)."), date(2019, 10, 14)),
        # (r777) the date of a meeting where the rank was told
        (("Wali kota membuka FGD pengembangan kota cerdas di balai kota, Selasa (23/9/2025). Saat ini Kota Kendari "
          "berada di peringkat ke-14 dari 150 daerah dalam implementasi program smart city."), None),
        # (r521) the date of a quote
        (("Pemkot Kendari meraih peringkat 1 tingkat kabupaten/kota se-Sulawesi Tenggara dalam evaluasi SPBE. "
          "\u201cKami terus berbenah,\u201d ujarnya, Kamis (7/7/2022)."), None),
    ],
)
def test_a_year_only_a_date_or_the_publication_gives_is_left_open(nlp: Language, text: str,
                                                                   published: date | None) -> None:
    assert [year for _, year in scores(nlp, text, published)] == [None]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the date of the evaluation where the score was given
        (("Dinas Kominfo menggelar pra-evaluasi smart city bagi Kota Kendari, Selasa (16/7/2024). Asesor memberikan "
          "nilai sementara 2,94 untuk Kendari."), 2024),
        # a score compared with the year before is of the year of the page
        ("Dibandingkan tahun sebelumnya, nilai smart city Kota Kendari naik menjadi 3,64.", 2024),
    ],
)
def test_a_year_the_text_makes_clear_is_kept(nlp: Language, text: str, year: int) -> None:
    assert [y for _, y in scores(nlp, text, date(2024, 12, 23))] == [year]


def test_ranks_of_cities_abroad_are_no_scores(nlp: Language) -> None:
    # (r1211)
    text = ("Kota Medan menempati urutan 112 dalam Smart City Index 2023. Kota itu mengungguli Roma (Italia) dan "
            "Athena (Yunani). Roma tercatat pada urutan 118, sedangkan Athena pada posisi 125.")
    assert scores(nlp, text) == [(112.0, 2023)]


def test_the_capital_of_a_province_holds_its_rank(nlp: Language) -> None:
    # (r1211) the province names where the city is, not who holds the rank
    text = ("Kota Medan masuk Smart City Index 2023. Dari 141 kota dunia yang diteliti, ibu kota Provinsi Sumatera "
            "Utara ini menempati urutan ke-112.")
    assert scores(nlp, text) == [(112.0, 2023)]


@pytest.mark.parametrize(
    "text",
    [
        "Dalam evaluasi SPBE tahun 2023, di posisi kedua ada Jawa Tengah.",
        "Dalam evaluasi SPBE tahun 2023, peringkat pertama diraih Jawa Barat.",
    ],
)
def test_a_province_named_right_after_a_rank_holds_it(nlp: Language, text: str) -> None:
    # (r965)
    assert scores(nlp, text) == []


def test_a_value_above_the_national_average_is_the_regions_own(nlp: Language) -> None:
    # (r957)
    text = ("Kabupaten Aceh Jaya memperoleh indeks SPBE berpredikat baik di atas rata-rata nasional, yaitu 2,63 "
            "pada evaluasi tahun 2023.")
    assert scores(nlp, text) == [(2.63, 2023)]
    assert scores(nlp, "Pada evaluasi tahun 2023, rata-rata nasional 2,79.") == []


def test_the_progress_of_drafting_a_plan_is_no_score(nlp: Language) -> None:
    # (r991)
    assert scores(nlp, "Penyusunan rencana induk smart city Kota Kendari capai 90% pada 2018.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year leading the second score of a list, before "menjadi"; not the year of the score before it
        ("Indeks SPBE Kota Kendari pada 2020 adalah 2,9, lalu pada 2021 menjadi 3,1.", [(2.9, 2020), (3.1, 2021)]),
        # "dua tahun lalu" counts two years back, "beberapa tahun lalu" names no year
        ("Dua tahun lalu, Kota Kendari meraih nilai indeks 2,9.", [(2.9, 2021)]),
        ("Beberapa tahun lalu, Kota Kendari meraih nilai indeks 2,9.", [(2.9, None)]),
        # ... and so do the number words past five
        ("Sepuluh tahun lalu, Kota Kendari meraih nilai indeks 2,9.", [(2.9, 2013)]),
        ("Enam tahun lalu, Kota Kendari meraih nilai indeks 2,9.", [(2.9, 2017)]),
        # the last digit of a value right before "tahun lalu" counts no years
        ("Kota Kendari meraih nilai indeks 2,5 tahun lalu.", [(2.5, 2022)]),
    ],
)
def test_years_stated_with_a_score(nlp: Language, text: str, expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text, date(2023, 3, 1)) == expected
