"""Scores: error classes of articles from outlets the rules had not seen (r894-r905), one test each, on text written
for the test: targets, changes and other programmes' indices that are no scores; provinces' results; lists of regions
with their values; the year a score is for (a year before it, the index's edition, "tahun sebelumnya" on an undated
page, a page naming no year); one result told twice."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def scores(nlp: Language, text: str, published: date | None = None) -> list[tuple[float, int | None]]:
    doc = analyse(text, published, nlp=nlp)
    return [(s._.value["value"], s._.value["year"]) for s in doc.spans["scores"]]


def summary_scores(text: str, title: str | None = None, url: str | None = None) -> list[tuple[float, int | None]]:
    from extractor.records import Article
    from extractor.summary import extract_article

    article = Article(id="t", source="t", url=url, title=title, text=text)
    summary: dict[str, Any] = extract_article(article).summary
    return [(s["value"], s["year"]) for s in summary["scores"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target fixed in a plan, and the size of a rise, are no results
        (("Dalam RPJMD Kabupaten Blora, indeks SPBE dipatok pada poin 2,60. Tahun 2023 Blora meraih indeks 2,75, ada "
         "peningkatan 0,40 poin."), [(2.75, 2023)]),
        # the results of other evaluations of the regional government
        (("Kota Bitung mencatat nilai E-LKPPD 3,05 pada tahun 2022, SAKIP tahun 2022 predikat B dengan nilai 68,40, "
         "Indeks RB kategori CC dengan nilai 55,20, dan indeks smart city 2,94 pada tahun 2022."), [(2.94, 2022)]),
        # the ministry's name is no such index
        (("Menurut Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Kabupaten Blora mendapat nilai "
         "SPBE 2,75 pada 2023."), [(2.75, 2023)]),
    ],
)
def test_targets_changes_and_other_programmes_indices_are_no_scores(
    nlp: Language, text: str, expected: list[tuple[float, int | None]]
) -> None:
    assert scores(nlp, text) == expected


def test_results_reached_and_the_parts_of_an_index(nlp: Language) -> None:
    assert scores(nlp, "Indeks SPBE Kabupaten Wonogiri tahun 2022 menembus 3,62.") == [(3.62, 2022)]
    text = ("Dalam indeks tahun 2020 itu Kota Pariaman meraih nilai 48,30. Aspek lingkungan menyumbang skor terbanyak, "
            "yakni 11,2. Setelah itu aspek ekonomi (8,45) dan mobilitas (6,10).")
    assert scores(nlp, text) == [(48.3, 2020), (11.2, 2020), (8.45, 2020), (6.1, 2020)]


def test_tertinggi_with_an_ordinal_is_a_place(nlp: Language) -> None:
    text = "Kota Pariaman meraih skor tertinggi kedua dalam indeks kota cerdas 2020 kategori kota kecil."
    assert scores(nlp, text) == [(2.0, 2020)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score listed with its year before it
        (("Sejak 2019, skor kota cerdas Kabupaten Wonogiri terus bertambah, yakni tahun 2019 sebesar 2,65 dan naik "
         "menjadi 3,05 pada tahun 2022."), [(2.65, 2019), (3.05, 2022)]),
        ("Pada 2021 nilainya 2,40, sedangkan Kabupaten Wonogiri tahun 2022 berada pada poin 2,88.",
         [(2.4, 2021), (2.88, 2022)]),
        # the edition of the index the sentence names, not the year the award was handed over
        (("Memasuki tahun 2020, Kota Tomohon menerima penghargaan terbaik kedua kategori kota kecil Indeks Kota Cerdas "
         "Nusantara (IKCN) tahun 2019.\n\nPiagam diserahkan di Jakarta, Selasa (14/01).\n\nTomohon memperoleh nilai "
         "52,40, disusul Kota Sabang 51,20."), [(2.0, 2019), (52.4, 2019), (51.2, 2019)]),
    ],
)
def test_the_year_a_score_is_for(nlp: Language, text: str, expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text) == expected


def test_an_undated_page_counts_last_year_from_the_edition_it_names(nlp: Language) -> None:
    text = ("Hasil evaluasi SPBE tahun 2024 telah diumumkan. Kabupaten Lingga meraih predikat baik dengan indeks 3,05 "
            "naik dari penilaian tahun sebelumnya yaitu 2,31.")
    assert scores(nlp, text) == [(3.05, 2024), (2.31, 2023)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemprov Gorontalo mendapatkan nilai 3,08 dalam evaluasi SPBE 2023.", []),
        ("Kepala Bappeda mengatakan, Gorontalo berhasil mendapatkan predikat baik dengan indeks 3,08 pada 2023.", []),
        # a province as the scope of a result, or handing it to a kota, holds nothing
        ("Nilai tertinggi se-Gorontalo pada 2023 mencapai 2,96.", [(2.96, 2023)]),
        ("Pemprov Gorontalo menyerahkan peringkat 1 lomba kota cerdas 2023 kepada Kota Gorontalo.", [(1.0, 2023)]),
    ],
)
def test_a_provincial_governments_result_is_no_regions(
    nlp: Language, text: str, expected: list[tuple[float, int | None]]
) -> None:
    assert scores(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Pada 2023, sebelas daerah di Bengkulu mendapat penilaian hasil evaluasi SPBE. Misalnya, Pemkab Kaur 2,44, "
         "Seluma 2,30, Kepahiang 2,21 dan Mukomuko 2,05."), [(2.44, 2023), (2.3, 2023), (2.21, 2023), (2.05, 2023)]),
        (("Kota Tomohon meraih nilai 52,40 dalam indeks 2019. Kota itu unggul di aspek lingkungan. Dua kota lain yang "
         "menyusul yakni Kota Sabang (51,20) dan Bitung (50,85)."), [(52.4, 2019), (51.2, 2019), (50.85, 2019)]),
    ],
)
def test_a_list_of_regions_with_their_values(nlp: Language, text: str, expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text) == expected


def test_a_list_of_regions_with_a_statistic_is_no_list_of_scores(nlp: Language) -> None:
    text = ("Kabupaten Kaur meraih nilai SPBE 2,44 pada 2023. Angka kemiskinan tahun itu antara lain Kabupaten Seluma "
            "18,5, Kepahiang 14,2 dan Mukomuko 10,8.")
    assert scores(nlp, text) == [(2.44, 2023)]


@pytest.mark.parametrize(
    "text",
    [
        "Kabupaten Ngawi pada 2023 menempati peringkat kedua Indeks Pembangunan Manusia (IPM) di Jawa Timur.",
        "Pemkab Ngawi menargetkan mampu meraih peringkat pertama evaluasi smart city 2024.",
    ],
)
def test_ranks_of_statistics_and_hoped_for_ranks_are_no_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_an_integer_score_followed_by_what_it_is_for(nlp: Language) -> None:
    text = "Dari evaluasi itu, Kabupaten Ngawi meraih skor 4 untuk kebijakan smart city pada 2021."
    assert scores(nlp, text) == [(4.0, 2021)]


def test_one_result_told_twice_and_two_results_of_equal_value() -> None:
    # a sentence naming no region, in an article about one kabupaten: the same result as the one told later
    told_twice = ("Hasil evaluasi SPBE tahun 2023 menetapkan nilai indeks sebesar 2,84.\nTahun 2022 indeks SPBE "
                  "Kabupaten Lingga berada pada poin 2,02. Tahun 2023 berada pada poin 2,84 dengan predikat baik.")
    assert summary_scores(told_twice) == [(2.84, 2023), (2.02, 2022)]
    # one sentence naming two measures lists two results
    two = "Kota Bitung meraih Indeks SPBE sebesar 2,94 di tahun 2022, dan Indeks Smart City tahun 2022 2,94."
    assert summary_scores(two) == [(2.94, 2022), (2.94, 2022)]


def test_a_page_naming_no_year_dates_none_of_its_scores() -> None:
    text = "Kabupaten Ngawi memperoleh predikat baik dengan indeks SPBE 2,96."
    url = "https://warta.example/2021/03/04/ngawi-raih-predikat-baik-spbe"
    assert summary_scores(text, url=url) == [(2.96, None)]
    # a headline naming the year dates them
    assert summary_scores(text, title="Indeks SPBE 2020 Ngawi Baik", url=url) == [(2.96, 2020)]


@pytest.mark.parametrize(("text", "expected"), [
    # the body that held the evaluation ends the sentence before the older score ("... RI."); that score is no body's
    (("Kota Parepare meraih skor 3,58 pada penilaian tim dari Kementerian Komunikasi dan Digital RI. "
     "Skornya lebih baik dari 3,21 pada 2023."), [(3.58, None), (3.21, 2023)]),
    (("Kabupaten Gresik memperoleh indeks 3,48 pada penilaian yang dilakukan oleh Kementerian PPN/Bappenas RI. "
     "Angka itu meningkat dari 3,02 pada 2022."), [(3.48, None), (3.02, 2022)]),
    (("Skor smart city Kota Palu tahun 2024 mencapai 3,55 setelah dinilai oleh Badan Siber dan Sandi Negara RI. "
     "Skor tersebut naik dari 3,1 pada tahun 2023."), [(3.55, 2024), (3.1, 2023)]),
    # on an undated page, the year of the older score the next sentence states dates no newer one
    (("Kota Kendari mendapat skor 3,3 dari tim yang dibentuk oleh Kementerian Dalam Negeri RI. Sebelumnya pada 2021 "
     "skornya 2,9."), [(3.3, None), (2.9, 2021)]),
    ("Kota Bitung meraih nilai 3,41 pada evaluasi tahap II. Nilai itu naik dari 3,02 pada 2022.",
     [(3.41, None), (3.02, 2022)]),
])
def test_an_older_score_after_a_sentence_closed_by_a_bodys_acronym(nlp: Language, text: str,
                                                                   expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text) == expected


# -- misc17: a new group of outlets (r1700-r1723) --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Kabupaten Sragen berada di urutan 7 dari 35 kabupaten/kota di Jawa Tengah untuk indeks pembangunan manusia, "
     "didukung anggaran smart city dalam APBD 2022."),
    "Kota Jambi menempati peringkat 3 dari 11 daerah di provinsi itu, sementara belanja TIK di APBN 2021 terus naik.",
    "Indeks pelayanan Kabupaten Kendal meraih nilai 3,2 berkat program yang tertuang dalam RPJMD 2021 lalu.",
])
def test_a_budgets_or_plans_year_dates_no_score(nlp: Language, text: str) -> None:
    assert [year for _, year in scores(nlp, text, date(2023, 5, 1))] == [None]


@pytest.mark.parametrize(("text", "year"), [
    (("Kota Madiun mendapat peringkat pertama berdasarkan hasil asessemen smart city yang dilaksanakan Kominfo pada "
      "bulan Maret 2022 lalu."), 2022),
    ("Kabupaten Sumedang meraih peringkat 2 dari hasil assesment yang dilakukan tim Kominfo pada Oktober 2021.", 2021),
    ("Kabupaten Bantul meraih peringkat 3 menurut tim asessor Kominfo yang datang pada November 2020.", 2020),
    # guard: the usual spelling
    ("Kabupaten Sumedang meraih peringkat 2 dari hasil asesmen yang dilakukan tim Kominfo pada Oktober 2021.", 2021),
])
def test_the_date_of_an_assessment_however_spelt_dates_its_rank(nlp: Language, text: str, year: int) -> None:
    assert [y for _, y in scores(nlp, text)] == [year]


# -- scoaudit: probes on the structures of real news about smart-city scores -----------------------------------------

@pytest.mark.parametrize("text", [
    # an amount written short, and the share of a budget it is
    ("Pada 2024 Kabupaten Sleman menganggarkan 1,2 T untuk program smart city, atau 21,5% dari APBD. Kabupaten Sleman "
     "meraih indeks smart city 3,41 pada 2024."),
    ("Dana program smart city Kabupaten Sleman mencapai 4,5 M, setara 8 persen dari total anggaran daerah. "
     "Kabupaten Sleman meraih indeks smart city 3,41 pada 2024."),
])
def test_an_amount_written_short_or_a_share_of_a_budget_is_no_score(nlp: Language, text: str) -> None:
    assert scores(nlp, text, date(2024, 12, 1)) == [(3.41, 2024)]


def test_the_value_given_with_a_rank_held_abroad_is_no_score(nlp: Language) -> None:
    text = ("Pada IMD Smart City Index 2025, Oslo berada di peringkat pertama dengan skor 98, sementara Kota Makassar "
            "di peringkat 114.")
    assert scores(nlp, text, date(2025, 5, 1)) == [(114, 2025)]
    # guard: the value a kabupaten or kota gets with its rank stays
    text = "Pada evaluasi smart city 2024, Kabupaten Banyumas berada di peringkat pertama dengan skor 3,62."
    assert scores(nlp, text, date(2025, 1, 5)) == [(1, 2024), (3.62, 2024)]


@pytest.mark.parametrize("text", [
    "Lewat surat bertanggal 2 Desember 2023, Kominfo menetapkan nilai smart city Kabupaten Banyumas sebesar 3,22.",
    # guard: a letter naming the results it carries
    "Surat hasil evaluasi smart city tertanggal 2 Desember 2023 mencatat nilai Kabupaten Banyumas 3,22.",
])
def test_the_date_of_a_letter_of_results_dates_its_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text, date(2024, 1, 8)) == [(3.22, 2023)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kota Medan turun dua peringkat dari 110 pada 2023 menjadi 112 pada 2024.", [(110, 2023), (112, 2024)]),
    ("Peringkat Kota Padang naik dari 30 pada 2022 menjadi 24 pada 2023.", [(30, 2022), (24, 2023)]),
    ("Kabupaten Bogor naik satu peringkat dari 15 ke 14.", [(15, None), (14, None)]),
    # guard: the number of regions ranked is no rank
    ("Kota Bogor naik ke peringkat 5 dari 34 kota.", [(5, None)]),
])
def test_the_ends_of_a_change_of_rank_are_ranks(nlp: Language, text: str,
                                                expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text, date(2025, 2, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pada evaluasi 2023, Kabupaten Pati meraih indeks 3,05, naik dari 2,90.", [(3.05, 2023), (2.9, 2022)]),
    ("Kabupaten Pati meraih indeks 3,05 pada 2023, naik dari 2,90.", [(3.05, 2023), (2.9, 2022)]),
    ("Dalam IMD Smart City Index 2024, Kota Makassar ada di peringkat 115, turun dari peringkat 112.",
     [(115, 2024), (112, 2023)]),
])
def test_the_older_value_told_after_the_newer_is_of_the_year_before(nlp: Language, text: str,
                                                                    expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text, date(2025, 2, 1)) == expected


def test_a_list_line_of_a_place_abroad_neither_holds_nor_dates_the_next(nlp: Language) -> None:
    text = ("Posisi kota Asia Tenggara di IMD Smart City Index 2024:\nBangkok: Peringkat 84 (naik dari 90 di 2023)\n"
            "Medan: Peringkat 112")
    assert scores(nlp, text, date(2024, 6, 1)) == [(112, 2024)]


@pytest.mark.parametrize("text", [
    "Pada evaluasi tahap I 2024 Kabupaten Bantul meraih nilai 2,95, kemudian pada tahap II naik menjadi 3,20.",
    "Di semester I 2024 Kabupaten Bantul meraih nilai 2,95, lalu di semester kedua naik menjadi 3,20.",
])
def test_a_change_between_two_stages_of_one_year_keeps_the_year(nlp: Language, text: str) -> None:
    assert scores(nlp, text, date(2025, 1, 10)) == [(2.95, 2024), (3.2, 2024)]


@pytest.mark.parametrize("text", [
    ("Rata-rata nilai smart city kabupaten/kota se-Jawa Tengah pada 2023 adalah 2,88. Kabupaten Batang meraih 3,05 "
     "pada 2023."),
    "Tahun 2023 rata-rata provinsi hanya 2,88, sementara Kabupaten Batang meraih nilai 3,05 pada 2023.",
    # guard: the region's own value set above the average
    "Kabupaten Batang meraih nilai di atas rata-rata provinsi, yakni 3,05 pada 2023.",
])
def test_the_average_of_a_provinces_regions_is_no_score(nlp: Language, text: str) -> None:
    assert scores(nlp, text, date(2024, 2, 1)) == [(3.05, 2023)]


# -- review of the audits: a short unit is a capital on the number's line; a change of rank is read in its clause ---

@pytest.mark.parametrize("text", [
    # the initial of a name opening the next line is no unit
    "Nilai evaluasi smart city tahun 2024:\nKota Banda Aceh 3,41\nT. Saiful, Kadis Kominfo, bersyukur.",
    # nor a letter in lower case
    "Kota Sabang meraih indeks smart city 3,41 t.a. 2024.",
])
def test_a_short_unit_is_a_capital_on_the_numbers_own_line(nlp: Language, text: str) -> None:
    assert [v for v, _ in scores(nlp, text, date(2024, 12, 1))] == [3.41]


def test_the_older_end_of_a_change_of_rank_is_read_in_its_own_clause(nlp: Language) -> None:
    text = "Peringkat Kota Bogor naik, sementara jumlah inovasinya bertambah dari 12 pada 2023 menjadi 20 pada 2024."
    assert scores(nlp, text, date(2025, 2, 1)) == []
