"""Scores: the year a score is for, error classes of the round on unseen articles chosen for it (issue 14, dev
r1300-r1322), one test each, on text written for the test: the year of a decree announcing results, a score set
against a past year of its sentence ("dulu ..., saat ini ..."), a headline's score dated by its restatement in the body,
a rank told with its value, and a place counted from the bottom."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import score_years as scores
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        # (r1304) the decree's number and year, then what it is about
        ("Kabupaten Pidie Jaya meraih nilai indeks SPBE 2,41 dan menjadi terbaik di Aceh. Capaian itu tertuang dalam "
         "Keputusan Menteri PANRB Nomor 2010 Tahun 2021 tentang Hasil Evaluasi SPBE pada Pemerintah Daerah. "
         "\u201cKami bangga,\u201d kata kepala dinas, Rabu (29/12/2021)."),
        # (r1310) what the decree sets, before its number
        ("Kemendagri menetapkan Indeks Inovasi Daerah bagi seluruh daerah lewat SK nomor 100.5-1234 tahun 2021. "
         "Kota Baubau meraih nilai indeks 2,41 pada kategori kota."),
    ],
)
def test_the_year_of_a_decree_announcing_results_is_stated(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == [(2.41, 2021)]


def test_a_regulation_year_still_dates_no_score(nlp: Language) -> None:
    # (a guard of the decree rule) a regulation that sets no results names no score's year
    text = ("Kota Baubau meraih nilai indeks SPBE 2,41. Penilaian itu mengacu pada Perpres Nomor 95 Tahun 2018 "
            "yang mengatur SPBE.")
    assert scores(nlp, text) == [(2.41, None)]


def test_a_score_set_against_a_past_year_of_its_sentence_is_of_the_present_edition(nlp: Language) -> None:
    # (r1300) "di tahun 2015 ... peringkat 5, saat ini ... peringkat 2", in a lead before the story of the IKCI 2018
    text = ("\u201cDi tahun 2016 Kota Surakarta masih di peringkat 7, saat ini sudah di peringkat 3,\u201d kata wali "
            "kota.\nKota Surakarta menyambut awal tahun 2020 dengan prestasi. Pada Indeks Kota Cerdas Indonesia "
            "(IKCI) 2019, Kota Surakarta meraih peringkat 3 dalam kategori kota besar.")
    assert scores(nlp, text) == [(7.0, 2016), (3.0, 2019)]


def test_a_headline_score_takes_the_year_its_restatement_in_the_body_gets(nlp: Language) -> None:
    # (r1306) the headline has no year; the body says the results came out in December of the year before publication
    text = ("Raih Nilai 2,71, Kabupaten Dompu Tertinggi Indeks SPBE di NTB\n\n"
            "Dompu - Hasil evaluasi itu dikeluarkan tanggal 27 Desember 2021 yang menyatakan bahwa Kabupaten Dompu "
            "mendapat indeks SPBE sebesar 2,71 dengan predikat baik.")
    assert scores(nlp, text, date(2022, 1, 14)) == [(2.71, 2021)]


@pytest.mark.parametrize("after", ["paling bawah", "dari bawah", "terbawah"])
def test_a_place_counted_from_the_bottom_is_no_rank(nlp: Language, after: str) -> None:
    # (r1308) a place the article counts from the bottom of the list
    text = ("Komisi Informasi merilis Indeks Keterbukaan Informasi Publik tahun 2022. Kota Gorontalo berada di urutan "
            f"ke 12. Pada tahun 2021 kota itu hanya menempati urutan kedua {after}.")
    assert scores(nlp, text, date(2022, 8, 2)) == [(12.0, 2022)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value states its year
        ("Dalam evaluasi SPBE, Kota Bima menempati peringkat pertama se-NTB dengan nilai indeks 3,12 pada tahun 2023.",
         [(1.0, 2023), (3.12, 2023)]),
        # (r1306) the value restates a score the body dated before
        (("Hasil evaluasi SPBE itu dikeluarkan tanggal 27 Desember 2021: Kota Bima mendapat indeks 3,12.\n\n"
          "Capaian itu sudah ditargetkan dalam RPJMD tahun 2022.\n\n\u201cDari semua yang dinilai, Kota Bima urutan "
          "pertama dengan nilai 3,12,\u201d jelasnya."),
         [(3.12, 2021), (1.0, 2021)]),
    ],
)
def test_a_rank_told_with_its_value_is_of_the_value_year(nlp: Language, text: str,
                                                         expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text, date(2022, 1, 14)) == expected


# -- the years of a change and of "tahun sebelumnya" (issue 14, a later round) ------------------------------------


def test_a_change_from_last_year_takes_the_year_before_the_second_score(nlp: Language) -> None:
    # "dari X tahun lalu menjadi Y pada 2022" on a page of 2024: last year is the year before the second score's,
    # not before the publication
    text = "Indeks SPBE Kabupaten Sleman naik dari 2,87 tahun lalu menjadi 3,10 pada 2022."
    assert scores(nlp, text, date(2024, 2, 1)) == [(2.87, 2021), (3.10, 2022)]


def test_a_year_before_a_value_is_its_own_over_the_edition_of_its_sentence(nlp: Language) -> None:
    # "capaian tahun sebelumnya X" leads its value, which the edition year of the sentence does not date
    text = "Indeks SPBE Kabupaten Sleman tahun 2022 mencapai 3,10, sedangkan capaian tahun sebelumnya 2,87."
    assert scores(nlp, text, date(2023, 3, 1)) == [(3.10, 2022), (2.87, 2021)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article's evaluation is of the year before its publication: "tahun sebelumnya" counts back from it
        (("Hasil evaluasi SPBE tahun 2022 menempatkan Kabupaten Sleman pada indeks 3,10. Nilai tahun sebelumnya "
          "hanya 2,87."), [(3.10, 2022), (2.87, 2021)]),
        # an evaluation of the publication's year: from that year
        ("Kabupaten Sleman menjalani evaluasi SPBE tahun 2023. Nilai Sleman tahun lalu tercatat 2,87.",
         [(2.87, 2022)]),
        # no year named: from the publication's
        ("Indeks SPBE Kabupaten Sleman mencapai 3,10. Capaian tahun lalu 2,87.", [(3.10, 2023), (2.87, 2022)]),
    ],
)
def test_last_year_counts_back_from_the_latest_year_the_article_names(nlp: Language, text: str,
                                                                     expected: list[tuple[float, int]]) -> None:
    assert scores(nlp, text, date(2023, 3, 1)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the evaluation the article reports is named before the change
        (("Pemkab Luwu Timur menerima hasil penilaian kota cerdas tahun 2023. Menurut surat tertanggal 3 Desember "
          "2023, indeks kota cerdas Luwu Timur meningkat dari 2,64 pada 2022 menjadi 2,91."), date(2023, 12, 12),
         [(2.64, 2022), (2.91, 2023)]),
        # no evaluation named: the year after the older value's; a rank after it is of that year too
        (("Indeks kota cerdas Kabupaten Bone turun dari 3,10 pada tahun 2021 menjadi 2,95. Bone kini berada di "
          "peringkat ke-30 nasional."), date(2022, 4, 1), [(3.1, 2021), (2.95, 2022), (30.0, 2022)]),
        # an evaluation year of the sentence later than the older value's
        ("Pada evaluasi SPBE 2023, indeks Kota Depok naik dari 2,40 pada 2021 menjadi 2,88.", date(2024, 2, 1),
         [(2.4, 2021), (2.88, 2023)]),
        # an undated page
        ("Nilai SPBE Kabupaten Sinjai naik dari 2,15 pada 2020 menjadi 2,70.", None, [(2.15, 2020), (2.7, 2021)]),
    ],
)
def test_the_new_value_of_a_change_whose_older_value_has_its_year_is_of_the_next_evaluation(
        nlp: Language, text: str, published: date | None, expected: list[tuple[float, int | None]]) -> None:
    # "naik dari 2,87 pada 2023 menjadi 3,10": the older value's own year is no year of the new value
    assert scores(nlp, text, published) == expected


def test_a_later_stage_after_an_older_value_with_its_year_keeps_that_year(nlp: Language) -> None:
    # (a guard) a later stage of one year's evaluation: the older value's year stands
    text = ("Kota Parepare meraih nilai 2,80 pada tahap I tahun 2023, lalu naik menjadi 3,05 pada tahap II.")
    assert scores(nlp, text, date(2023, 12, 1)) == [(2.8, 2023), (3.05, 2023)]


@pytest.mark.parametrize(
    "text",
    [
        "Indeks SPBE Kabupaten Minahasa mencapai 3,10 atau naik dari 2,85 pada 2022.",
        "Kabupaten Minahasa meraih indeks SPBE 3,10, meningkat dibanding 2,85 pada tahun 2022.",
    ],
)
def test_the_new_value_told_before_an_older_value_with_its_year_is_of_the_next_evaluation(
        nlp: Language, text: str) -> None:
    # "mencapai 3,10, naik dari 2,85 pada 2022": the older value's year, and the newer is of the year after it
    assert scores(nlp, text, date(2024, 1, 5)) == [(3.1, 2023), (2.85, 2022)]
