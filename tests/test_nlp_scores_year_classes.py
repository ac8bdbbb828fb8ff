"""Scores: the year a score is for, by classes of language (audit round of issues 13/14), each tested with variants
written for the test the way other outlets would put it (other names, numbers, order, spelling, lower case).

Fixed by this round (the variants failed before): a change told with the year first ("tahun 2022 naik jadi 3,02"); a
year in brackets after its value ("3,12 (tahun 2024)"); a page writing no year but counting from its own ("tahun ini",
"tahun sebelumnya"); an index's edition the text names ("Penghargaan Indeks SPBE 2024") over the date early in the
next year the award was handed over; a decree or results issued on a date late in a year (that year's evaluation) or
early in a year (the year before's). Guarded (the variants passed already): a year never written, one year for a whole list, "tahun
sebelumnya", years that date no score (a plan's, "sejak", a programme's period), a headline dated by its body. A third
audit (scoresaudit, the groups r1-r704) adds a score set against a value of a past year by "kembali" (and the holders
it displaced, "yang sebelumnya", of that past year). Issue 14 (scorecmp) adds a score compared with the value
of an earlier year far from its sentence's cue ("..., naik dibandingkan tahun sebelumnya yang hanya 2,64")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures.support import score_years as scores
from spacy.language import Language


def summary_scores(text: str, published: date | None = None) -> list[tuple[float, int | None]]:
    """The (value, year) of each score the article summary keeps."""
    from extractor.records import Article
    from extractor.summary import extract_article

    article = Article(id="t", source="t", url=None, title=None, text=text, published=published)
    summary: dict[str, Any] = extract_article(article).summary
    return [(s["value"], s["year"]) for s in summary["scores"]]



@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Indeks SPBE Kabupaten Kudus tahun 2021 hanya 2,45 lalu tahun 2022 naik jadi 3,02.", date(2023, 1, 5),
         [(2.45, 2021), (3.02, 2022)]),
        ("Indeks SPBE Kabupaten Kudus tahun 2021 hanya 2,45, sementara tahun 2022 sudah 3,02.", date(2023, 1, 5),
         [(2.45, 2021), (3.02, 2022)]),
        ("Nilai SPBE Kota Tegal tahun 2022 mencapai 3,20, namun tahun 2023 turun jadi 2,98.", date(2024, 1, 5),
         [(3.2, 2022), (2.98, 2023)]),
    ],
)
def test_a_change_told_with_the_year_first(text: str, published: date, expected: list[tuple[float, int | None]]
                                           ) -> None:
    # the year before "naik jadi", "turun jadi", "sudah" leads the value after it, not the first value's year
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kota Sabang meraih indeks SPBE 2,88 (tahun 2023) dan naik menjadi 3,12 (tahun 2024).", date(2025, 3, 5),
         [(2.88, 2023), (3.12, 2024)]),
        # (guards, passed already)
        ("indeks spbe kota sabang naik dari 2,41 (thn 2022) menjadi 2,88 (thn 2023).", date(2024, 3, 5),
         [(2.41, 2022), (2.88, 2023)]),
        ("Nilai smart city Kabupaten Jepara 3,05 (2021), lalu 3,33 (2022) dan 3,61 (2023).", date(2024, 3, 5),
         [(3.05, 2021), (3.33, 2022), (3.61, 2023)]),
        (("Kabupaten Jepara meraih indeks SPBE 3,61 (evaluasi 2023), sementara Kabupaten Kudus 3,40 (evaluasi "
          "2023)."), date(2024, 3, 5), [(3.61, 2023), (3.4, 2023)]),
    ],
)
def test_a_year_in_brackets_after_its_value(text: str, published: date,
                                            expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kota Sabang memperoleh nilai 2,88. Pada penilaian tahun sebelumnya Sabang mendapat 2,41.", date(2023, 12, 5),
         [(2.88, 2023), (2.41, 2022)]),
        ("Tahun ini indeks SPBE Kabupaten Aceh Besar 2,75, naik dari tahun lalu yang hanya 2,30.", date(2022, 12, 5),
         [(2.75, 2022), (2.3, 2021)]),
        ("kabupaten aceh besar mendapat nilai spbe 2,75, lebih tinggi dibanding thn sebelumnya 2,30.",
         date(2022, 12, 5), [(2.75, 2022), (2.3, 2021)]),
        # (guard) a page that writes no year and counts none from its own leaves the year open
        ("Kabupaten Aceh Besar mendapat nilai SPBE 2,75.", date(2022, 12, 5), [(2.75, None)]),
    ],
)
def test_a_page_writing_no_year_but_counting_from_its_own(text: str, published: date,
                                                         expected: list[tuple[float, int | None]]) -> None:
    # "tahun ini", "tahun lalu/sebelumnya" count from the publication's year: the text makes the year clear
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Indeks SPBE Kabupaten Kudus naik dari 2,45 di tahun 2021 menjadi 3,02 di tahun 2022.", date(2023, 1, 5),
         [(2.45, 2021), (3.02, 2022)]),
        ("nilai smart city kota bima meningkat dari 2,10 (2022) menjadi 2,75 (2023).", date(2024, 1, 5),
         [(2.1, 2022), (2.75, 2023)]),
        ("Pada 2021 indeks SPBE Kabupaten Kudus 2,45, sedangkan pada 2022 naik menjadi 3,02.", date(2023, 1, 5),
         [(2.45, 2021), (3.02, 2022)]),
        ("Nilai indeks SPBE Kota Madiun pada 2022 turun ke 2,80 setelah tahun 2021 mencapai 3,05.", date(2023, 3, 1),
         [(2.8, 2022), (3.05, 2021)]),
        ("Indeks smart city Kabupaten Kendal 2,70 di tahun 2021 dan di tahun 2022 meningkat ke 3,01.", date(2023, 1, 5),
         [(2.7, 2021), (3.01, 2022)]),
    ],
)
def test_a_change_whose_years_follow_or_lead_its_values_guard(
        text: str, published: date, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Kabupaten Sumedang Terima Penghargaan Indeks SPBE 2024\n\nSUMEDANG - Kabupaten Sumedang menerima "
          "penghargaan atas indeks SPBE 4,10 di Jakarta, Selasa (14/1/2025)."), date(2025, 1, 15), [(4.1, 2024)]),
        (("Awal 2025, Kabupaten Sumedang Terima Penghargaan Indeks SPBE 2024\n\nSUMEDANG - Kabupaten Sumedang menerima "
          "penghargaan atas indeks SPBE 4,10 di Jakarta, Selasa (14/1/2025)."), date(2025, 1, 15), [(4.1, 2024)]),
        (("Pekalongan Terima Penghargaan Indeks Kota Cerdas 2023\n\nPEKALONGAN - Kota Pekalongan meraih nilai 60,12 "
          "yang diserahkan di Jakarta, Rabu (10/1/2024)."), date(2024, 1, 11), [(60.12, 2023)]),
        (("Kota Bitung menerima penghargaan IKCI 2019 untuk kategori kota kecil. Nilai Bitung 57,30, diterima wali "
          "kota pada Kamis (16/1/2020)."), date(2020, 1, 17), [(57.3, 2019)]),
        (("kab. banyumas raih rating smart city 2023\n\npurwokerto - banyumas mendapat skor 3,72 dalam acara di "
          "jakarta, senin (15/1/2024)."), date(2024, 1, 16), [(3.72, 2023)]),
    ],
)
def test_an_edition_handed_over_early_in_the_next_year(text: str, published: date,
                                                       expected: list[tuple[float, int | None]]) -> None:
    # the index's edition the text names dates the score better than the day of January it was handed over
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Kota Blitar meraih indeks SPBE 3,41 dengan predikat sangat baik. Keputusan Menteri PANRB tentang hasil "
          "evaluasi itu terbit pada 28 Desember 2023."), date(2024, 1, 10), [(3.41, 2023)]),
        (("Lombok Timur Juara SPBE se-NTB dengan Indeks 2,95\n\nSelong - Berdasarkan Keputusan Menteri PANRB yang "
          "terbit 27 Desember 2022, Kabupaten Lombok Timur mendapat indeks SPBE 2,95."), date(2023, 1, 9), [(2.95, 2022)]),
        ("kota padang meraih indeks spbe 3,05. sk menteri panrb tentang hasil evaluasi itu diterbitkan 30 desember 2022.",
         date(2023, 1, 4), [(3.05, 2022)]),
        ("Kota Padang meraih indeks SPBE 3,05 menurut Keputusan MenPANRB yang ditandatangani 29/12/2022.",
         date(2023, 1, 4), [(3.05, 2022)]),
        # results announced early in a year are the year before's
        ("Hasil evaluasi SPBE diumumkan Kamis (11/1/2024). Kota Padang meraih indeks 3,05.", date(2024, 1, 12),
         [(3.05, 2023)]),
        (("Kementerian PANRB merilis hasil evaluasi SPBE pada 5 Februari 2025, dan kabupaten banyumas memperoleh "
          "indeks 3,90."), date(2025, 2, 6), [(3.9, 2024)]),
        ("Kota Tangerang mendapat nilai SPBE 4,01. Keputusan MenPAN-RB tentang hasil itu terbit Selasa (9/1/2024).",
         date(2024, 1, 10), [(4.01, 2023)]),
    ],
)
def test_the_date_results_were_issued_on_names_the_evaluation_year(
        text: str, published: date, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # (guards) results issued late in a year, or with their year stated
        (("Hasil evaluasi smart city diumumkan Kementerian Kominfo pada 15 November 2023. Kabupaten Sidoarjo "
          "memperoleh nilai 3,66."), date(2023, 11, 20), [(3.66, 2023)]),
        (("Kemenpan RB merilis hasil evaluasi SPBE pada 14 Oktober 2024, dan Kabupaten Kulon Progo mendapat indeks "
          "3,52 dengan predikat sangat baik."), date(2024, 10, 16), [(3.52, 2024)]),
        (("Hasil evaluasi SPBE tahun 2024 baru diumumkan pada 5 Februari 2025. Kabupaten Banyumas memperoleh indeks "
          "3,90."), date(2025, 2, 6), [(3.9, 2024)]),
        (("Hasil evaluasi SPBE tahun 2023 diumumkan Kementerian PANRB pada Januari 2024. Kota Blitar meraih indeks "
          "3,41 dengan predikat sangat baik."), date(2024, 1, 20), [(3.41, 2023)]),
        # (guards) a year never written: the date of a quote or of a handing over leaves it open
        (("\u201cSaat ini Kabupaten Sleman berada di peringkat ke-9 dari 120 daerah dalam program smart city,\u201d "
          "kata bupati, Senin (6/3/2023)."), date(2023, 3, 7), [(9.0, None)]),
        ("Kota Pekalongan mendapat predikat baik dengan nilai 3,27 untuk implementasi smart city dari Kementerian Kominfo.",
         date(2021, 5, 2), [(3.27, None)]),
        ("Bupati menerima hasil penilaian itu di Jakarta, Kamis (28/3). Indeks Kabupaten Jember tercatat 3,12 dari skala 5.",
         date(2019, 3, 29), [(3.12, None)]),
    ],
)
def test_dates_that_do_or_do_not_name_the_evaluation_year_guard(
        text: str, published: date, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # one year for a whole list, stated in the lead or in the sentence
        (("Pada evaluasi smart city tahun 2023, Kabupaten Serang meraih nilai final 3,35. Nilai itu berasal dari "
          "beberapa aspek, yaitu baseline 3,80, output 3,20, outcome 3,40 dan quick wins 3,60."), date(2023, 11, 2),
         [(3.35, 2023), (3.8, 2023), (3.2, 2023), (3.4, 2023), (3.6, 2023)]),
        (("Laporan evaluasi smart city tahap II tahun 2023 menempatkan Kabupaten Wajo dengan indeks 2,91, disusul "
          "Kabupaten Bone 2,60 dan Kota Parepare 2,44."), date(2023, 12, 1), [(2.91, 2023), (2.6, 2023), (2.44, 2023)]),
        (("Evaluasi smart city 2023 sudah diumumkan. Kabupaten Wajo mendapat nilai 2,91. Kabupaten Bone memperoleh "
          "nilai 2,60, sedangkan Kota Parepare 2,44."), date(2023, 12, 1), [(2.91, 2023), (2.6, 2023), (2.44, 2023)]),
        # "tahun sebelumnya", "thn lalu"
        ("Pada evaluasi SPBE 2023 Kota Bontang meraih indeks 3,40, naik dari tahun sebelumnya yang 3,10.",
         date(2024, 2, 1), [(3.4, 2023), (3.1, 2022)]),
        ("Indeks SPBE Kota Bontang 2023 sebesar 3,40. Tahun sebelumnya, indeks Bontang hanya 3,10.", date(2024, 2, 1),
         [(3.4, 2023), (3.1, 2022)]),
        ("Kota Bontang meraih indeks SPBE 3,40 pada 2023, lebih baik dari capaian thn lalu sebesar 3,10.",
         date(2024, 2, 1), [(3.4, 2023), (3.1, 2022)]),
        # years that date no score: "sejak", a regulation's, a plan's, a programme's period
        ("Kota Cimahi yang menerapkan smart city sejak 2017 meraih indeks 3,45 pada evaluasi tahun 2022.",
         date(2022, 12, 1), [(3.45, 2022)]),
        (("Berdasarkan Perwali Nomor 12 Tahun 2020 tentang masterplan smart city, Kota Cimahi meraih nilai 3,45 dalam "
          "evaluasi smart city tahun 2022."), date(2022, 12, 1), [(3.45, 2022)]),
        (("Di hadapan tim evaluator smart city 2023, Sekda memaparkan bahwa dari 50 program dalam masterplan tahun "
          "2019, sebanyak 40 program atau 80 persen sudah terlaksana."), date(2023, 6, 20), [(80.0, 2023)]),
        (("Kota Madiun, peserta Gerakan Menuju Kota Cerdas periode 2017-2021, mendapatkan nilai final 3,71 "
          "pada evaluasi tahun 2023."), date(2023, 12, 2), [(3.71, 2023)]),
        # a headline's value dated by its body
        (("Kota Batu Raih Nilai 3,55 Smart City\n\nBATU - Kota Batu meraih nilai 3,55 dalam evaluasi smart city "
          "tahun 2022 dari Kominfo."), date(2022, 12, 3), [(3.55, 2022)]),
        (("Raih Indeks 3,55, Batu Terbaik Smart City di Jatim\n\nRabu, 4 Januari 2023\n\nBATU - Hasil evaluasi "
          "smart city tahun 2022 menempatkan Kota Batu dengan indeks 3,55."), date(2023, 1, 4), [(3.55, 2022)]),
    ],
)
def test_years_stated_away_from_the_score_guard(text: str, published: date,
                                                expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


# -- third audit (scoresaudit): the first-sight errors of r1-r704 ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Hasil evaluasi SPBE 2022 telah diumumkan. Meski indeksnya sempat turun pada 2021 menjadi 3,40, Kabupaten "
          "Sumenep mampu bangkit dan kembali menduduki peringkat pertama."), date(2023, 2, 6),
         [(3.4, 2021), (1.0, 2022)]),
        (("Indeks SPBE Kabupaten Sumenep tahun 2022 sebesar 3,70. Meski nilainya sempat merosot pada 2021 menjadi "
          "3,05, kabupaten itu kembali menempati peringkat pertama se-Jawa Timur."), date(2023, 2, 6),
         [(3.7, 2022), (3.05, 2021), (1.0, 2022)]),
        (("skor spbe kabupaten sumenep pernah 3,05 pada 2021, namun kini kembali naik dan berada di peringkat 1 "
          "nasional."), date(2023, 8, 1), [(3.05, 2021), (1.0, 2023)]),
        # the holders the present one displaced are of the past year
        (("Evaluasi SPBE 2022 sudah keluar. Walau indeksnya sempat jatuh pada 2021 menjadi 3,40, Kabupaten Sumenep "
          "kini menempati peringkat pertama, menggeser Kabupaten Bantul dan Kabupaten Ngawi yang sebelumnya di "
          "peringkat pertama dan kedua."), date(2023, 2, 6), [(3.4, 2021), (1.0, 2022), (1.0, 2021), (2.0, 2021)]),
        # (guard) "kembali" right after a year is no contrast with it
        ("Indeks SPBE Kabupaten Kotabaru pada tahun 2023 yang kembali meningkat menjadi 3,02 dengan predikat baik.",
         date(2024, 9, 1), [(3.02, 2023)]),
        # (guard) the later year is the rank's own
        (("Pada 2019 Kota Pasuruan sempat di peringkat 9 dengan nilai 2,80, tetapi dalam evaluasi smart city 2023 kota "
          "itu kembali ke peringkat 4."), date(2024, 1, 5), [(9.0, 2019), (2.8, 2019), (4.0, 2023)]),
    ],
)
def test_a_score_set_against_a_value_of_a_past_year(text: str, published: date,
                                                    expected: list[tuple[float, int | None]]) -> None:
    # (r582) "kembali" after a value of a past year, like "kini", makes the score after it the present's
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # last year's evaluation reported, the present rank of it (r420)
        (("Pertemuan itu mengulas capaian evaluasi smart city Kabupaten Jombang tahun lalu. Kini Jombang menempati "
          "urutan ketujuh nasional."), date(2024, 6, 13), [(7.0, 2023)]),
        # the evaluation's year stated in a later paragraph of a page without a year (r622)
        (("Dengan indeks 2,95, Kota Bima menempati urutan kedua di bawah Kota Mataram (3,52). \"Ini kerja bersama,\" "
          "katanya, Jumat (12/1).\n\nEvaluasi SPBE tahun 2023 dilakukan lewat penilaian mandiri dan wawancara."), None,
         [(2.95, 2023), (2.0, 2023), (3.52, 2023)]),
        # the year a story's period names, over a page of the next January (r581)
        (("Selama 2024 Pemkot Tegal menuai sejumlah capaian digital. Salah satunya indeks smart city Kota Tegal "
          "sebesar 3,21 menurut surat Kominfo tertanggal 20 November 2024."), date(2025, 1, 6), [(3.21, 2024)]),
        # the year the next sentence names
        (("Kota Sukabumi memperoleh nilai 3,12 dalam evaluasi smart city. Nilai itu merupakan hasil penilaian tahun "
          "2022 oleh Kementerian Kominfo."), date(2023, 2, 1), [(3.12, 2022)]),
    ],
)
def test_a_year_in_another_sentence_of_the_older_groups_guard(text: str, published: date | None,
                                                              expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text, published) == expected


# -- the year of an evaluation told before its scores or only by a date (first-sight round r1200-r1211)


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



@pytest.mark.parametrize(
    "text",
    [
        ("Skor evaluasi kota cerdas Kabupaten Lamandau pada tahun ini 3,08, naik dibandingkan tahun "
         "sebelumnya yang hanya 2,64."),
        ("Skor evaluasi kota cerdas Kabupaten Lamandau tahun ini 3,08, naik dibanding tahun sebelumnya yang "
         "hanya 2,64."),
        ("Skor evaluasi kota cerdas Kabupaten Lamandau tahun ini 3,08, lebih tinggi dari tahun sebelumnya "
         "sebesar 2,64."),
        ("skor evaluasi kota cerdas kabupaten lamandau tahun ini 3,08, jauh lebih baik daripada tahun lalu "
         "yakni 2,64."),
        ("Skor evaluasi kota cerdas Kabupaten Lamandau tahun ini 3,08, meningkat dibanding tahun 2022 yang "
         "hanya 2,64."),
        ("Skor evaluasi kota cerdas Kabupaten Lamandau tahun ini 3,08, melonjak dibandingkan dengan tahun "
         "2022 (2,64)."),
        # (guard) passed already
        ("Skor evaluasi kota cerdas Kabupaten Lamandau tahun ini mencapai 3,08, naik dari penilaian tahun "
         "sebelumnya yaitu 2,64."),
    ],
)
def test_a_score_compared_with_the_value_of_an_earlier_year(text: str) -> None:
    # far from the cue of its sentence, the older value goes on with the score's measure and is of the year
    # it is compared with; that year is an older one, so "tahun ini" stays the publication's
    assert summary_scores(text, date(2023, 10, 2)) == [(3.08, 2023), (2.64, 2022)]


# -- audit of the score classes (branch scores): each class failed on the variants before its fix

def test_years_back_count_from_the_publication_not_from_each_other(nlp: Language) -> None:
    text = "Kabupaten Sinjai meraih indeks SPBE 3,31 tahun lalu dan 2,96 tiga tahun lalu."
    assert scores(nlp, text, date(2024, 5, 2)) == [(3.31, 2023), (2.96, 2021)]


def test_the_year_before_counts_from_the_sentence_before(nlp: Language) -> None:
    # (not from the publication's: the page went out two years after)
    text = "Indeks smart city Kota Palopo tahun 2021 adalah 3,05. Pada tahun sebelumnya, indeksnya 2,71."
    assert scores(nlp, text, date(2023, 9, 1)) == [(3.05, 2021), (2.71, 2020)]
    assert scores(nlp, text) == [(3.05, 2021), (2.71, 2020)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hasil assessment smart city 2019 baru diumumkan pada 2020, dan Kota Palopo mendapat nilai 2,95.",
         [(2.95, 2019)]),
        ("Kabupaten Sinjai menerima penghargaan pada 2024 atas peringkat ketiga dalam lomba kota cerdas 2023.",
         [(3.0, 2023)]),
    ],
)
def test_the_year_results_came_out_yields_to_the_year_they_are_for(nlp: Language, text: str,
                                                                   expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text) == expected


def test_the_year_results_came_out_dates_a_score_without_another_guard(nlp: Language) -> None:
    assert scores(nlp, "Kota Palopo meraih nilai smart city 2,95 yang diumumkan pada 2020.") == [(2.95, 2020)]


# -- blind m117-m140 read after their first score (branch sc4): each class failed before its fix

def test_the_year_of_a_plans_realisation_dates_its_percentages(nlp: Language) -> None:
    # "realisasi rencana aksi masterplan ... tahun 2023": the year the plan was carried out in, not the plan's own;
    # an earlier evaluation's year told later dates only its own score
    text = ("Kota Lamaru mengikuti pra-evaluasi kota cerdas, Selasa (3/10/2023).\n"
            "Kadis memaparkan realisasi rencana aksi masterplan per dimensi tahun 2023: Smart Living 75,5 persen, "
            "Smart Economy 60,1 persen.\nPada evaluasi 2022, Lamaru memperoleh nilai 2,71.\n")
    assert scores(nlp, text, date(2023, 10, 4)) == [(75.5, 2023), (60.1, 2023), (2.71, 2022)]
    # (a plan's own year still dates no score)
    plan = ("Kota Lamaru menyusun masterplan smart city tahun 2020. Pada evaluasi 2022, kota itu meraih nilai 2,71. "
            "Capaian program masterplan tahun 2020 itu kini 80 persen.")
    assert (80.0, 2020) not in scores(nlp, plan, date(2023, 10, 4))


def test_a_year_after_the_dates_told_since_is_no_year_of_a_score(nlp: Language) -> None:
    # the lead's year of a step to come ("akan ... pada 2026") is after the letter's and the receipt's dates that
    # the score follows: the score is of the assessment those dates report
    text = ("Kota Lamaru terpilih sebagai salah satu kota yang akan mendapat pendampingan penyusunan dokumen kota cerdas "
            "pada 2026.\n"
            "Itu tertuang dalam surat kementerian tertanggal 20 Mei 2025 tentang hasil asesmen. Surat itu diterima "
            "pemkot pada Rabu (4/6/2025).\nKadis mengatakan kota itu memperoleh nilai asesmen 68,20.\n")
    assert scores(nlp, text) == [(68.2, 2025)]


def test_the_plan_done_pattern_reads_long_hostile_runs() -> None:
    from extractor.nlp.scores import score_words

    done = score_words().plan_done
    assert done.search("realisasi " * 6_000 + "x" * 50_000 + ".") is None
    assert done.search("x " * 50_000 + "realisasi rencana aksi ") is not None
