"""Scores: evaluation scores, indices and ranks of a region, with the year and what is scored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def scores(nlp: Language, text: str, published: date | None = None) -> list[dict[str, Any]]:
    doc = analyse(text, published, nlp=nlp)
    return [dict(s._.value) for s in doc.spans["scores"]]


@pytest.mark.parametrize(
    ("text", "published", "value", "year"),
    [
        ("Kota Malang meraih nilai indeks 3,31 pada tahun 2023.", None, 3.31, 2023),
        ("Kabupaten Sleman mendapat skor 2.87 dalam evaluasi itu.", None, 2.87, None),
        ("Skor evaluasi Kota Malang mencapai 2,87 pada 2022.", None, 2.87, 2022),
        ("Kabupaten Sleman meraih nilai 3,12 tahun lalu.", date(2021, 5, 4), 3.12, 2020),
        # only the publication gives a year: which year's evaluation is left open (dev gold r1209, r521, r777)
        ("Kabupaten Sleman meraih nilai 3,12 dalam evaluasi.", date(2021, 5, 4), 3.12, None),
        ("Kabupaten Sleman meraih nilai 3,12 dalam evaluasi tahun ini.", date(2021, 5, 4), 3.12, 2021),
        ("Indeks kota cerdas Kabupaten Bantul sebesar 3,05 pada tahun 2019.", None, 3.05, 2019),
    ],
)
def test_decimal_scores(
    nlp: Language, text: str, published: date | None, value: float, year: int | None
) -> None:
    found = scores(nlp, text, published)
    assert [(s["value"], s["year"]) for s in found] == [(value, year)]
    assert isinstance(found[0]["what"], str) and found[0]["what"]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Kota Malang menempati peringkat ke-4 secara nasional.", 4.0),
        ("Kota Malang menempati peringkat keempat secara nasional.", 4.0),
        ("Kabupaten Sleman berada di peringkat 12 dari seluruh peserta.", 12.0),
    ],
)
def test_ranks(nlp: Language, text: str, rank: float) -> None:
    assert [s["value"] for s in scores(nlp, text)] == [rank]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nilai per dimensi yaitu Smart Governance 3,45 dan Smart Economy 2,90.",
            [(3.45, "Smart Governance"), (2.90, "Smart Economy")],
        ),
        (
            "Rinciannya Smart Branding 3,10, Smart Living 2,75 dan Smart Society 3,00.",
            [(3.10, "Smart Branding"), (2.75, "Smart Living"), (3.00, "Smart Society")],
        ),
    ],
)
def test_per_dimension_scores(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(s["value"], s["what"]) for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 75 daerah mengikuti evaluasi tahun ini.",
        "Nilai tambah program dirasakan 100 kabupaten/kota.",
        "Nilai kepuasan warga mencapai 85 persen.",
        "Nilai kepuasan warga mencapai 85,5%.",
        "Indeks kepuasan warga naik menjadi 76,4 persen.",
        "Paparan nilai evaluasi dimulai pukul 13.00 WIB.",
        "Nilai anggaran program mencapai Rp 2,5 miliar.",
        "Nilai investasinya sebesar Rp2,5 miliar.",
        "Pemkab menetapkan target nilai 3 pada evaluasi berikutnya.",
        "Pemkab menetapkan target nilai 3,5 pada evaluasi berikutnya.",
        "Skor akhir akan diumumkan bulan depan.",
        pytest.param("Nilai kontrak mencapai 1,5 miliar rupiah."),
        pytest.param("Capaian kunjungan wisata 2,5 juta orang tahun ini."),
    ],
)
def test_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_every_score_says_its_kind_dimension_metric_and_region(nlp: Language) -> None:
    [found] = scores(nlp, "Kota Cimahi meraih indeks SPBE 4,10 pada tahun 2023.")
    assert {k: found[k] for k in ("value", "year", "kind", "dimension", "metric", "region")} == {
        "value": 4.10, "year": 2023, "kind": "index", "dimension": None, "metric": "SPBE index",
        "region": "Kota Cimahi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage under a dimension is that dimension's score
        (
            "Smart Governance: 12 kegiatan terlaksana, nilai 100 persen; Smart Economy 92,50 persen.",
            [(100.0, "Smart Governance"), (92.5, "Smart Economy")],
        ),
        ("Untuk Smart Branding, capaiannya 76,25% dari rencana.", [(76.25, "Smart Branding")]),
    ],
)
def test_per_dimension_percentages(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    found = scores(nlp, text)
    assert [(s["value"], s["dimension"]) for s in found] == expected
    assert {s["kind"] for s in found} == {"dimension_score"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("Capaian rencana aksi daerah itu: penguatan SDM tercapai 78,40 persen dan pembangunan jaringan "
            "tercapai 81,25 persen."),
            [78.4, 81.25],
        ),
        ("Dari 40 program masterplan, 25 berjalan sehingga persentase implementasinya 62,50%.", [62.5]),
    ],
)
def test_progress_percentages_are_scores(nlp: Language, text: str, expected: list[float]) -> None:
    found = scores(nlp, text)
    assert [s["value"] for s in found] == expected
    assert {s["kind"] for s in found} == {"percentage"}


@pytest.mark.parametrize(
    "text",
    [
        "Pada Smart Living, angka stunting turun menjadi 12,5 persen.",
        "Untuk Smart Economy, pertumbuhan ekonomi daerah mencapai 5,2 persen.",
        "Sebanyak 60 persen warga sudah memakai layanan daring.",
    ],
)
def test_percentages_of_statistics_are_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kabupaten Gowa menempati peringkat ke-15 nasional dan urutan ketiga se-Sulawesi Selatan.",
            [(15.0, "smart city index, national rank"), (3.0, "smart city index, provincial rank")],
        ),
        ("Indeks SPBE Kota Bogor berada di peringkat 4 tingkat provinsi.", [(4.0, "SPBE index, provincial rank")]),
        ("Kota Madiun naik ke peringkat tujuh nasional.", [(7.0, "smart city index, national rank")]),
    ],
)
def test_ranks_with_their_scope(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    found = scores(nlp, text)
    assert [(s["value"], s["metric"]) for s in found] == expected
    assert {s["kind"] for s in found} == {"rank"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a change is two scores with two years
        (
            "Indeks smart city Kota Palu naik dari 2,95 pada tahun 2022 menjadi 3,21 pada tahun 2023.",
            None,
            [(2.95, 2022), (3.21, 2023)],
        ),
        ("Nilai Kota Bitung naik dari 2,80 menjadi 3,05 pada evaluasi 2023.", None, [(2.80, 2022), (3.05, 2023)]),
        (
            "Indeks keamanan informasi naik dari 380 pada 2022 menjadi 455 pada 2023.",
            None,
            [(380.0, 2022), (455.0, 2023)],
        ),
        (
            "Nilai evaluasi tahun ini 3,30, naik dari 3,02 pada tahun sebelumnya.",
            date(2024, 11, 2),
            [(3.30, 2024), (3.02, 2023)],
        ),
        # the year of the rank is that of the score just before it
        (
            ("Nilainya naik dari 3,10 pada tahun 2022 menjadi 3,40 pada tahun 2023, menempatkan Kota Tegal di "
            "peringkat 6 nasional."),
            None,
            [(3.10, 2022), (3.40, 2023), (6.0, 2023)],
        ),
        # the past named before "kini" does not date the present score
        (
            "Kota Kediri yang tahun lalu di peringkat 5 kini berada di peringkat ke-8.",
            date(2023, 12, 1),
            [(5.0, 2022), (8.0, 2023)],
        ),
    ],
)
def test_changes_give_two_scores_and_two_years(
    nlp: Language, text: str, published: date | None, expected: list[tuple[float, int]]
) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # the assessment year, not the day the result was announced
        (
            "Hasil penilaian tahun 2022 yang diumumkan pada 14 Januari 2023 memberi Kota Kendari nilai 3,15.",
            None,
            2022,
        ),
        # a regulation's year and a plan's span date no score
        (
            ("Sesuai Perwali Nomor 12 Tahun 2021 tentang masterplan 2020-2030, capaian implementasi program "
            "mencapai 72,5 persen."),
            None,
            None,
        ),
        # without a publication date, the year of the article's dates
        ("Pada 3 Mei 2022 tim asesor hadir.\nSkor Kota Metro tercatat 3,05.", None, 2022),
    ],
)
def test_the_year_a_score_is_for(nlp: Language, text: str, published: date | None, year: int | None) -> None:
    [found] = scores(nlp, text, published)
    assert found["year"] == year


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot menargetkan nilainya naik ke 3,5.",
        "Semoga nilainya tembus 3,5 tahun depan.",
        "Jumlah inovasi naik dari 12 menjadi 18 inovasi.",
    ],
)
def test_targets_and_counts_are_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_the_summary_keeps_one_score_per_region_kind_metric_and_year() -> None:
    from extractor.records import Article
    from extractor.summary import extract_article

    text = ("Nilai Kota Dumai naik jadi 3,20.\n"
            "Dalam evaluasi 2023, indeks kota pesisir itu tercatat 3,20.\n"
            "Kota Padang berada di peringkat kedua, Kota Batam juga di peringkat kedua kategori lain.")
    summary = extract_article(Article(id="t", source="t", url=None, title=None, text=text,
                                      published=date(2023, 12, 1))).summary
    assert [(s["value"], s["year"], s["kind"]) for s in summary["scores"]] == [
        (3.2, 2023, "index"), (2.0, 2023, "rank"), (2.0, 2023, "rank")]
    assert {"value", "year", "what", "kind", "dimension", "metric"} <= set(summary["scores"][0])


@pytest.mark.parametrize("text", ["Nilai-nilai Society 5.0 dibahas dalam forum itu.",
                                  "Nilai tambah Revolusi Industri 4.0 bagi daerah dibahas asesor."])
def test_era_names_are_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_a_change_by_an_amount_is_not_a_score(nlp: Language) -> None:
    found = scores(nlp, "Indeks Kota Blitar tahun 2023 tercatat 3,41, naik 0,25 poin dari tahun sebelumnya.")
    assert [(s["value"], s["year"]) for s in found] == [(3.41, 2023)]


def test_ranks_and_scores_of_several_regions(nlp: Language) -> None:
    text = ("Kota Semarang berada di urutan kedua dengan skor 3,65, sementara Kota Surabaya di urutan pertama "
            "dengan skor 3,80.")
    found = scores(nlp, text, date(2024, 12, 3))
    assert [(s["value"], s["kind"], s["region"]) for s in found] == [
        (2.0, "rank", "Kota Semarang"), (3.65, "index", "Kota Semarang"), (1.0, "rank", "Kota Surabaya"),
        (3.80, "index", "Kota Surabaya")]


def test_a_year_opening_the_next_scores_clause_is_not_this_ones(nlp: Language) -> None:
    text = "Tahun 2021, Kota Metro meraih nilai 3,21 dan tahun 2022 ini Kota Metro mendapatkan nilai 3,17."
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(3.21, 2021), (3.17, 2022)]


def test_a_rank_named_again_with_its_scope_is_one_score() -> None:
    from extractor.records import Article
    from extractor.summary import extract_article

    text = ("Kabupaten Mojokerto kini berada di peringkat ke 5 pada ranking smart city.\n"
            "Pada hasil evaluasi itu, Kabupaten Mojokerto mendapatkan peringkat ke lima nasional.")
    summary = extract_article(Article(id="t", source="t", url=None, title=None, text=text,
                                      published=date(2023, 12, 1))).summary
    assert [(s["value"], s["metric"]) for s in summary["scores"]] == [(5.0, "smart city index, national rank")]


def test_a_change_without_years_dates_its_first_score_a_year_before_the_second(nlp: Language) -> None:
    text = "Dibandingkan tahun sebelumnya, nilai Kota Metro naik dari 3,14 menjadi 3,64."
    found = [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 12, 23))]
    assert found == [(3.14, 2023), (3.64, 2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranks written with other words, a scope after "nomor", and the slip "peringat"
        ("Kota Pariaman meraih juara kedua kategori Smart Living, juara pertama diraih Kota Solok.",
         [(2.0, "Kota Pariaman"), (1.0, "Kota Solok")]),
        ("Kota Batu di peringkat ke-3 di Jawa Timur dan nomor 15 dalam skala nasional pada evaluasi smart city.",
         [(3.0, "Kota Batu"), (15.0, "Kota Batu")]),
        ("Kota Kupang berada pada peringat ke-3 dalam Indeks Daerah Pintar.", [(3.0, "Kota Kupang")]),
        # the region named right after a rank in a list holds it
        ("Juara pertama Kota Solok, juara kedua Kota Pariaman.", [(1.0, "Kota Solok"), (2.0, "Kota Pariaman")]),
    ],
)
def test_rank_forms(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(s["value"], s["region"]) for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a letter's number, the rank of a statistic, the top of a scale, the bounds of a category
        "Surat nomor 15 itu dikirim ke Kota Batu.",
        "Data desa 2018 mencatat rumah tangga tanpa listrik. Peringkat kedua adalah Kabupaten Kampar, 28,8 persen.",
        "Indeks SPBE kategori A (3,50-2,60) diraih 13 daerah dan kategori B (2,50-1,80) oleh 18 daerah.",
    ],
)
def test_not_ranks_or_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_scale_top_is_not_a_score(nlp: Language) -> None:
    found = scores(nlp, "Pada 2023 indeks smart city daerah itu 2,64 dari skala nilai indeks 4.")
    assert [(s["value"], s["year"]) for s in found] == [(2.64, 2023)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the programme named before the percentage, or what it measures named right after it
        ("Program smart city Kota Solok telah mencapai 70,73 persen.", [70.73]),
        ("Sebesar 90,5 persen rencana aksi smart city sudah berjalan.", [90.5]),
    ],
)
def test_percentages_of_the_programme(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


def test_change_between_two_stated_years(nlp: Language) -> None:
    text = "Nilai evaluasi smart city tahun 2023 lebih baik daripada tahun 2022, yakni dari 2,71 naik menjadi 2,95."
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(2.71, 2022), (2.95, 2023)]


def test_list_items_take_the_year_of_the_list_heading(nlp: Language) -> None:
    text = ("Peraih Indeks Kota Cerdas 2018 adalah sebagai berikut:\n• Kota Besar\n– Kota Malang nilai 60,21\n"
            "Kota Solo nilai 61,03")
    found = scores(nlp, text, date(2019, 1, 9))
    assert [(s["value"], s["year"]) for s in found] == [(60.21, 2018), (61.03, 2018)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of top places is no place; a place named with "terbaik" is
        ("Kota Bontang juga masuk peringkat lima terbaik kategori kota kecil.", []),
        ("Kabupaten Banjar berada pada posisi tiga besar dari 25 daerah yang dievaluasi.", []),
        ("Kabupaten Banjar meraih peringkat 3 terbaik di tingkat nasional dalam evaluasi smart city.", [3.0]),
        # a word between the rank word and its number
        ("Dalam evaluasi smart city, Kabupaten Tapin berada di posisi terbaik kedua setelah Kabupaten Balangan.",
         [2.0]),
    ],
)
def test_groups_of_top_places_and_ranks_with_an_adjective(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the rank of a usage, a place in an appendix's list
        "Aplikasi Lalin Pintar Kota Batu menduduki peringkat ketiga paling banyak diunduh tahun ini.",
        "Warga Kota Bontang menempati urutan ke-4 sebagai pengguna internet paling aktif se-Kalimantan.",
        "Dalam lampiran surat kelulusan smart city itu Kota Pekanbaru terdapat di urutan ke 20.",
        # an index of the region no smart-city evaluation gives
        "Indeks Pembangunan Manusia (IPM) Kota Bontang pada nilai 79,86 menjadi modal smart city.",
        # the weights of the scoring scheme, a budget share named after the percentage, the bounds of a range
        "Dimensi outcome diberi bobot 30 persen, impact bobot 20 persen dalam evaluasi smart city.",
        "Sekitar 34 persen anggaran untuk smart city dipakai untuk menata Kota Kupang.",
        "Persentase penyelesaian quick win smart city berkisar antara 1% hingga 99%.",
    ],
)
def test_ranks_and_numbers_of_other_things_are_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_the_improvement_since_the_last_evaluation_is_not_a_score(nlp: Language) -> None:
    found = scores(nlp, "Skor akhir Kota Cimahi 3,71, dengan tingkat improvement 0,37 dibanding tahun lalu.")
    assert [s["value"] for s in found] == [3.71]


def test_the_achievement_of_targets_is_a_score(nlp: Language) -> None:
    text = "Rata-rata capaian target peta jalan smart city Kota Surakarta sebesar 92,67% pada tahun 2022."
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(92.67, 2022)]


def test_a_result_reached_in_a_list_of_years(nlp: Language) -> None:
    text = ("Pada tahun 2021 indeks smart city Kabupaten Tanah Laut di angka 2,90. Tahun 2022 mencapai 3,05, dan "
            "tahun 2023 mencapai angka 3,20.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(2.90, 2021), (3.05, 2022), (3.20, 2023)]


def test_a_rank_after_a_change_takes_the_year_of_the_newer_score(nlp: Language) -> None:
    text = ("Indeks smart city Kota Blitar tahun 2022 sebesar 3,30, naik dari capaian tahun sebelumnya yakni 3,01. "
            "Hasil itu membawa Kota Blitar ke peringkat ke-5 di Jawa Timur.")
    found = [(s["value"], s["year"]) for s in scores(nlp, text, date(2022, 12, 29))]
    assert found == [(3.30, 2022), (3.01, 2021), (5.0, 2022)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street in the venue or a category by population beside a rank is no statistic it ranks
        (("Penghargaan diserahkan di Hotel Mulia, Jalan Asia Afrika, Jakarta. Kota Madiun meraih juara pertama "
          "kategori kota kecil."), [1.0]),
        ("Untuk kota berpenduduk di bawah 200.000 jiwa, Kota Blitar menempati peringkat pertama.", [1.0]),
        # ordinals listed after a rank's own are ranks too; cardinals after it count something else
        (("Kota Batu, Kota Malang dan Kota Kediri berturut-turut menempati peringkat kedua, ketiga, dan keempat "
          "dalam penilaian kota pintar."), [2.0, 3.0, 4.0]),
        ("Dalam evaluasi smart city, Kabupaten Tuban dan Kabupaten Lamongan di posisi ke-2 dan ke-3.", [2.0, 3.0]),
    ],
)
def test_ranks_beside_venues_categories_and_lists(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same score of the same region said again is one score
        (("Kota Bogor meraih nilai 3,62 pada evaluasi smart city 2023. Wali kota menyebut nilai 3,62 itu buah kerja "
          "semua dinas di Kota Bogor."), [(3.62, 2023)]),
        (("Kota Bogor menempati peringkat kedua evaluasi smart city 2023. Kini Kota Bogor sudah di peringkat kedua, "
          "kata wali kota, Senin (8/1/2024)."), [(2.0, 2023)]),
        # the same value for two years the text states is two scores
        ("Kota Bogor meraih nilai 3,40 pada 2022 dan kembali meraih nilai 3,40 pada 2023.", [(3.40, 2022), (3.40, 2023)]),
    ],
)
def test_a_restated_score_is_one_score(nlp: Language, text: str, expected: list[tuple[float, int]]) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == expected


def test_a_sentence_without_a_year_takes_the_year_of_the_scores_before_it(nlp: Language) -> None:
    text = ("Hasil evaluasi smart city tahun 2023 sudah diumumkan. Rinciannya, nilai baseline Kabupaten Gresik 3,40 "
            "dan nilai akhir 3,21. Kabupaten Gresik pun berada di peringkat ke-11 nasional.")
    found = [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 1, 15))]
    assert found == [(3.40, 2023), (3.21, 2023), (11.0, 2023)]


def test_a_page_published_long_after_its_story_takes_the_story_year(nlp: Language) -> None:
    text = ("Penghargaan Kota Cerdas 2016 diumumkan di Jakarta. Para juri menilai puluhan kota. Kota Blitar "
            "menduduki peringkat kedua kategori kota kecil.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 3, 1))] == [(2.0, 2016)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated page: the year it named before the score, else the year of the sentence after it
        (("Laporan Monitoring Smart City\nTahun : 2021\n\nSecara umum program berjalan baik. Rata-rata capaian rencana "
          "aksi sebesar 88,50%."), [(88.5, 2021)]),
        (("Kota Ternate berhasil berada di peringkat ke-4. Penghargaan Indeks Daerah Pintar 2017 itu diterima wakil "
          "wali kota."), [(4.0, 2017)]),
    ],
)
def test_scores_of_undated_pages(nlp: Language, text: str, expected: list[tuple[float, int]]) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry or a province holds the number, or a category of provinces is ranked
        (("Dalam evaluasi SPBE, peringkat pertama diduduki oleh Kementerian Keuangan dengan nilai 3,95, sedangkan "
          "Kabupaten Bantul berada di peringkat kedua dengan nilai 3,90."), [2.0, 3.90]),
        ("Pemprov Jawa Tengah meraih peringkat 1 kategori provinsi dalam ajang penghargaan kota pintar.", []),
        # places abroad
        ("Indeks kota cerdas dunia 2024:\n- Zurich (Swiss) - Skor: 100\n- Oslo (Norwegia) - Skor: 97,5", []),
        # an index of the whole country; a region's result scoped "tertinggi nasional" stays
        ("Indeks SPBE Nasional tahun 2023 mencapai 2,79, sedangkan indeks SPBE Kota Madiun 4,10.", [4.10]),
        ("Kota Madiun meraih nilai indeks tertinggi nasional 3,84, jauh di atas rata-rata nasional 2,79.", [3.84]),
    ],
)
def test_numbers_no_kabupaten_or_kota_holds(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Roman numerals and "terbaik" with an ordinal name a place; "lima terbaik" is a group of places
        ("Kabupaten Gowa meraih juara II kategori Smart Governance dalam penghargaan kota cerdas.", [2.0]),
        ("Kota Bitung berada di peringkat III se-Sulawesi Utara dalam penilaian smart city.", [3.0]),
        ("Kota Cilegon menjadi terbaik ke-3 nasional dalam evaluasi smart city.", [3.0]),
        ("Kota Palu meraih penghargaan terbaik kedua pada evaluasi smart city.", [2.0]),
        ("Kota Palu masuk lima terbaik pada evaluasi smart city.", []),
        # values in brackets after names go on the list of the score before them
        (("Pada penilaian kota cerdas, Kota Medan meraih skor 58,20. Posisi berikutnya ditempati Kota Palembang "
          "(57,10) dan Kota Pekanbaru (56,45)."), [58.2, 57.1, 56.45]),
        # the parts of the evaluation's result name their values
        (("Skor akhir Kota Kupang adalah 3,41 dengan rincian baseline 3,50, output 3,20, outcome 3,45, impact 3,30 "
          "dan quick win 3,60."), [3.41, 3.50, 3.20, 3.45, 3.30, 3.60]),
        # a span of time is no score
        ("Kota Bima meraih nilai rata-rata lama sekolah 9,8 tahun.", []),
    ],
)
def test_more_forms_of_ranks_and_scores(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year a score is compared with dates the number it introduces; the newer score is the year after
        ("Kota Kupang meraih nilai 3,40, meningkat dari tahun lalu yang hanya 3,10.", [(3.40, 2024), (3.10, 2023)]),
        (("Kota Kupang meraih nilai 3,40 pada evaluasi smart city, naik dibandingkan tahun 2022 yang sebesar "
          "3,10."), [(3.40, 2023), (3.10, 2022)]),
        # a year after a comma leads the next number's clause
        (("Tahun 2021 nilai smart city Kota Kupang 2,95, tahun 2022 naik menjadi 3,10, dan tahun 2023 mencapai "
          "3,41."), [(2.95, 2021), (3.10, 2022), (3.41, 2023)]),
        # a year closing the score's clause is its own, though the next score follows
        (("Kabupaten Sragen meraih skor 3,42 dari skala 4 dalam evaluasi 2023 dan menempati ranking 7 "
          "nasional."), [(3.42, 2023), (7.0, 2023)]),
        # the date of a quote dates no score: the sentence before it does
        (("Pemkot Kupang menerima hasil evaluasi smart city tahun 2023. Kota Kupang meraih indeks 3,41. \"Kami "
          "bersyukur,\" kata Wali Kota, Jumat (5/1/2024). Indeks itu menempatkan Kupang di peringkat ke-15."),
         [(3.41, 2023), (15.0, 2023)]),
    ],
)
def test_years_of_compared_and_listed_scores(nlp: Language, text: str, expected: list[tuple[float, int]]) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 1, 10))] == expected


def test_a_score_only_the_headline_states_is_kept(nlp: Language) -> None:
    from extractor.records import Article
    from extractor.summary import summarise

    text = ("Penghargaan kota cerdas 2016 diserahkan di Jakarta. Kota Tual menerima piala dari panitia. Kota Tual "
            "meraih nilai 57,40 dalam penilaian itu.")
    article = Article(id="t1", source="test", url=None, title="Kota Tual Raih Peringkat Ketiga Kota Cerdas 2016",
                      text=text)
    summary = summarise(analyse(text, None, nlp=nlp), article, analyse(article.title or "", None, nlp=nlp))
    assert [(s["value"], s["year"]) for s in summary["scores"]] == [(57.40, 2016), (3.0, 2016)]


def test_a_headline_rank_is_kept_when_the_body_gives_the_same_rank_to_another_region(nlp: Language) -> None:
    from extractor.records import Article
    from extractor.summary import summarise

    text = ("Pemerintah Kota Palu meraih indeks SPBE 3,90 dalam evaluasi tahun 2024. Di Sulawesi Tengah, Kabupaten "
            "Poso berada di peringkat 4 dengan indeks 2,70.")
    article = Article(id="t2", source="test", url=None, title="Kota Palu Raih Peringkat 4 Nasional Indeks SPBE",
                      text=text)
    summary = summarise(analyse(text, None, nlp=nlp), article, analyse(article.title or "", None, nlp=nlp))
    assert sorted((s["value"], s["year"], s["region"]) for s in summary["scores"] if s["kind"] == "rank") == [
        (4.0, 2024, "Kabupaten Poso"), (4.0, 2024, "Kota Palu")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an undated page: the year a programme began is not the year of the award it later tells
        (("Kabupaten Sigi menjalankan program kota cerdas sejak 2018. Penghargaan diserahkan menteri, Senin (4/3). "
          "Sigi meraih indeks SPBE sebesar 3,12 dari skala 5."), None, [(3.12, None)]),
        # (only the publication gives a year then: left open, as the dev gold does)
        (("Semenjak tahun 2019 Kota Bitung ikut gerakan menuju kota cerdas. Kota Bitung meraih nilai evaluasi "
          "2,91."), date(2023, 12, 20), [(2.91, None)]),
        # a plan's own year is not the year of the share of it done since (an evaluation of the plan's
        # implementation in a year is that year's)
        (("Kabupaten Tanah Datar menyampaikan hasil evaluasi smart city 2024. Dari 40 program dalam masterplan smart "
          "city tahun 2021, sebanyak 30 program (75%) sudah berjalan."), None, [(75.0, 2024)]),
        (("Hasil evaluasi implementasi masterplan dan quick win tahun 2022, Kota Sabang meraih peringkat 4 "
          "nasional."), None, [(4.0, 2022)]),
        # "bernilai" announces a value; an amount keeps its unit
        (("Kota Blitar pada tahun 2021 turun, yaitu bernilai 2,81. Proyek itu bernilai Rp 2,5 miliar."), None,
         [(2.81, 2021)]),
    ],
)
def test_the_year_a_period_began_dates_no_later_score(
    nlp: Language, text: str, published: date | None, expected: list[tuple[float, int | None]]
) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province named before the number and no kabupaten or kota: the province's, left out
        (("Indeks kota cerdas dunia 2023 terbit. Jakarta masuk di peringkat 98, Medan 110, dan Makassar peringkat "
          "117."), [(110.0, "Kota Medan"), (117.0, "Kota Makassar")]),
        # a dateline names where the story was filed, not who holds the number
        (("Jakarta, Warta Kota - Kementerian memberikan penghargaan peringkat 2 nasional kepada Kabupaten Sumedang "
          "dalam evaluasi smart city 2023."), [(2.0, "Kabupaten Sumedang")]),
        ("Penghargaan diserahkan di Jakarta. Di Jakarta pula Kota Bogor meraih nilai 3,45 dalam evaluasi 2023.",
         [(3.45, "Kota Bogor")]),
        # a province named first, the region receiving the number after it
        (("Acara di Jakarta Convention Center itu ditutup Menteri dengan memberikan peringkat 1 kategori kabupaten "
          "kepada Kabupaten Bantul."), [(1.0, "Kabupaten Bantul")]),
        (("Dari Jakarta dilaporkan, Menteri memberikan peringkat 1 kategori kabupaten kepada Kabupaten Bantul."),
         [(1.0, "Kabupaten Bantul")]),
        (("Pemprov DKI Jakarta menyerahkan peringkat 3 lomba kota cerdas untuk Kota Administrasi Jakarta Barat."),
         [(3.0, "Kota Administrasi Jakarta Barat")]),
    ],
)
def test_a_number_a_province_holds_is_left_out(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(s["value"], s["region"]) for s in scores(nlp, text)] == expected


def test_a_count_with_a_thousands_dot_is_no_score(nlp: Language) -> None:
    text = "Kota Batu meraih nilai 3,41 pada tahun 2023 dan angka stunting turun menjadi 4,1% dari 2.140 balita."
    assert [s["value"] for s in scores(nlp, text)] == [3.41]


def test_a_link_to_another_story_states_none_of_this_ones_scores(nlp: Language) -> None:
    text = ("Kota Tual meraih nilai 3,12 dalam evaluasi smart city 2023.\nBaca juga: Kota Ambon raih nilai 3,40 dan "
            "peringkat 2 di Maluku\n(Baca Juga : Kabupaten Buru di urutan ke-5)\nWali kota mengapresiasi capaian itu.")
    assert [s["value"] for s in scores(nlp, text)] == [3.12]


def test_a_sentence_after_an_older_score_takes_the_newer_ones_year(nlp: Language) -> None:
    text = ("Kota Ternate meraih nilai indeks kota cerdas 3,27 dalam evaluasi tahun ini. \"Nilai ini naik dari 2,98 "
            "pada tahun lalu,\" kata kepala dinas. Capaian itu membuat Ternate berada di urutan kedua di Maluku Utara.")
    found = [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 5, 1))]
    assert found == [(3.27, 2024), (2.98, 2023), (2.0, 2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Indeks SPBE Kabupaten Sleman meningkat dari 2,85 dengan predikat cukup pada 2021 menjadi 3,40 dengan "
          "predikat baik pada 2022."), [(2.85, 2021), (3.40, 2022)]),
        (("Nilai Kota Malang naik dari 2,85 berkategori baik di tahun 2021 menjadi 3,40 dengan kategori sangat baik "
          "di tahun 2022."), [(2.85, 2021), (3.40, 2022)]),
        ("Kabupaten Sleman meraih nilai 3,12 dengan predikat baik pada 2022, tahun 2023 naik menjadi 3,50.",
         [(3.12, 2022), (3.50, 2023)]),
    ],
)
def test_a_grade_between_a_score_and_its_year(nlp: Language, text: str, expected: list[tuple[float, int]]) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, date(2024, 1, 5))] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Kota Bitung menempati peringkat ketiga indeks SPBE se-Sulawesi Utara. \"Kami bangga,\" ujar kepala dinas, "
          "Senin (15/1/2024). Penilaian SPBE tahun 2023 dilakukan tim asesor lewat wawancara."), None, [(3.0, 2023)]),
        (("Kota Bitung menempati peringkat ketiga indeks SPBE se-Sulawesi Utara. \"Kami bangga,\" ujar kepala dinas, "
          "Senin (15/1). Penilaian SPBE tahun 2023 dilakukan tim asesor lewat wawancara."), None, [(3.0, 2023)]),
        ("Kota Bitung meraih indeks SPBE 3,05. Evaluasi SPBE tahun 2023 meliputi telaah dokumen dan wawancara.",
         date(2024, 1, 20), [(3.05, 2023)]),
        # an evaluation long before the publication is history, not the year of the score (which only the
        # publication gives: left open)
        ("Kota Bitung meraih indeks SPBE 3,05. Sejak evaluasi tahun 2019 nilainya terus naik.",
         date(2024, 1, 20), [(3.05, None)]),
        # a year stated before the score still wins
        ("Hasil evaluasi 2022 diumumkan. Kota Bitung meraih indeks SPBE 3,05. Evaluasi tahun 2023 dimulai Mei.",
         date(2023, 2, 20), [(3.05, 2022)]),
    ],
)
def test_an_evaluation_year_stated_after_the_score(
    nlp: Language, text: str, published: date | None, expected: list[tuple[float, int]]
) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a rank the sentence says is of now is not the past year's restated
        (("Kota Tomohon meraih penghargaan kota cerdas 2019. Pada 2016 Tomohon ada di peringkat ketiga. Kini Tomohon "
          "tetap di peringkat ketiga."), date(2019, 11, 2), [(3.0, 2016), (3.0, 2019)]),
        (("Pada 2016 Kota Tomohon ada di peringkat ketiga kota cerdas. Saat ini, Tomohon masih di peringkat "
          "ketiga."), date(2018, 3, 2), [(3.0, 2016), (3.0, 2018)]),
        # "kini" of the same year as the rank before restates it (a year only the publication gives: left open)
        (("Kota Tomohon berada di peringkat ketiga kota cerdas. Kini Tomohon sudah di peringkat ketiga."),
         date(2018, 3, 2), [(3.0, None)]),
        # a rank in a sentence naming no measure restates the rank of a named ranking before it
        (("Indeks SPBE Kota Tomohon menempati peringkat kedua se-Sulawesi Utara. Kepala dinas menyebut Kota "
          "Tomohon meraih peringkat terbaik II berkat kerja bersama."), date(2024, 2, 2), [(2.0, None)]),
    ],
)
def test_restated_ranks(nlp: Language, text: str, published: date, expected: list[tuple[float, int]]) -> None:
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == expected


def test_ranks_of_two_named_rankings_stay_apart(nlp: Language) -> None:
    text = ("Indeks SPBE Kota Tomohon menempati peringkat kedua se-Sulawesi Utara. Dalam evaluasi kota cerdas, Kota "
            "Tomohon juga meraih peringkat kedua.")
    assert [(s["value"], s["metric"]) for s in scores(nlp, text, date(2024, 2, 2))] == [
        (2.0, "SPBE index, provincial rank"), (2.0, "smart city index, rank")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places abroad in a world ranking, before or after the rank
        ("Kota di Eropa dengan posisi tertinggi adalah London dengan posisi 12, lalu Kairo dengan posisi 95.", []),
        ("Daftar tahun ini dipimpin kota yang menduduki peringkat pertama, yakni Zurich dan Oslo.", []),
        # a province named right before a value holds it; its regions' own values stay
        ("Kabupaten Bantul meraih nilai 3,40, disusul Provinsi Jawa Tengah dengan nilai 3,10.", [3.40]),
        ("Kota Sukabumi Provinsi Jawa Barat meraih nilai 3,20 dalam evaluasi itu.", [3.20]),
    ],
)
def test_values_held_by_provinces_or_places_abroad(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


def test_a_rank_word_glued_to_di_is_a_rank(nlp: Language) -> None:
    found = scores(nlp, "Dalam evaluasi SPBE, Kabupaten Sleman berada diurutan kelima dengan nilai 2,80.")
    assert [s["value"] for s in found] == [5.0, 2.80]


def test_a_list_of_names_and_values_runs_on_into_the_next_sentence(nlp: Language) -> None:
    text = "Dalam indeks SPBE 2022, Kota Batu meraih nilai 3,20, Kota Blitar 3,10. Kemudian, Pacitan 2,90, Ngawi 2,85."
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(3.20, 2022), (3.10, 2022), (2.90, 2022), (2.85, 2022)]


def test_a_link_to_another_story_dates_no_score(nlp: Language) -> None:
    text = ("Kota Batu tidak masuk dalam daftar indeks kota cerdas 2019.\nBaca: Kota Batu Raih Penghargaan Kota Cerdas 2016\n"
            "Kota Batu kalah dari Kota Malang pada posisi pertama dan Kota Kediri pada posisi kedua.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(1.0, 2019), (2.0, 2019)]


def test_a_decimal_typed_with_a_space_after_its_comma(nlp: Language) -> None:
    found = scores(nlp, "Dalam evaluasi tahun 2023 Kota Palu memperoleh nilai 3, 27 dan berada di peringkat ke-5.")
    assert [(s["value"], s["kind"]) for s in found] == [(3.27, "index"), (5.0, "rank")]
    # without a score cue right before it, a comma and a space part two numbers
    assert scores(nlp, "Kota Palu menambah 3, 27 titik wifi di taman kota pada 2023.") == []


def test_each_line_of_a_ranking_list_gives_its_region_a_value(nlp: Language) -> None:
    text = ("Hasil penilaian tahun 2023 menempatkan Kota Palu di peringkat ke-2 dengan nilai 3,41. "
            "Urutan lengkapnya sebagai berikut:\n"
            "1. Kota Kendari 3.52\n2. Kota Palu 3,41\n3. kab. Sigi 3,18\n4. Kab.Poso 2,97, dan seterusnya.\n"
            "Pemkot berharap nilai itu naik tahun depan.")
    found = scores(nlp, text)
    assert [(s["value"], s["year"], s["kind"]) for s in found] == [
        (2.0, 2023, "rank"), (3.41, 2023, "index"), (3.52, 2023, "index"), (3.18, 2023, "index"),
        (2.97, 2023, "index")]
    assert [s["region"] for s in found][2::2] == ["Kota Kendari", "Kabupaten Poso"]
    # the places of the list are its order, not ranks; a list of other numbers gives no score
    assert scores(nlp, "Jumlah peserta pelatihan per kecamatan:\n1. Kecamatan Palu Barat 3,5\n2. Ulujadi 2,8\n") == []


def test_a_body_without_years_takes_the_year_its_headline_or_url_names() -> None:
    from extractor.records import Article
    from extractor.summary import extract_article, headline_year, slug_title

    text = "Kabupaten Sigi meraih nilai akhir 3,05 dalam evaluasi kota cerdas dan berada di peringkat ke-9 nasional."
    titled = Article(id="t", source="t", url=None, title="Indeks Kota Cerdas 2022 Sigi Naik", text=text)
    assert [(s["value"], s["year"]) for s in extract_article(titled).summary["scores"]] == [(3.05, 2022), (9.0, 2022)]
    # a page without a title: its URL's slug is the headline
    untitled = Article(id="u", source="u", title=None, text=text,
                       url="https://berita.example/read/1234/indeks-kota-cerdas-2022-sigi-naik/all")
    assert [s["year"] for s in extract_article(untitled).summary["scores"]] == [2022, 2022]
    assert slug_title("https://berita.example/read/1234/indeks-kota-cerdas-2022-sigi-naik/all") == \
        "indeks kota cerdas 2022 sigi naik"
    assert slug_title("https://berita.example/?p=4321") is None
    # two years, or a year only in a date, name no one year
    assert headline_year("Nilai Sigi Naik dari 2021 ke 2022") is None
    assert headline_year("Sigi Dievaluasi Senin (5/6/2023)") is None


def test_a_score_without_a_year_restated_with_one_is_one_score() -> None:
    from extractor.records import Article
    from extractor.summary import extract_article

    text = ("Kota Kendari Masuk Peringkat 98 Kota Pintar Dunia\n"
            "Kota Kendari menempati peringkat 98 dalam daftar kota pintar dunia yang dirilis Smart City Index 2023.")
    summary = extract_article(Article(id="t", source="t", url=None, title=None, text=text)).summary
    assert [(s["value"], s["year"]) for s in summary["scores"]] == [(98.0, 2023)]


@pytest.mark.parametrize(
    "text",
    [
        # the share of the regions a ranking covers, and the bound of a grade, are no region's result
        "Dari 38 provinsi, baru sekitar 45% yang indeks SPBE-nya di atas 2,6.",
        "Di tingkat kota, baru 30% saja dari 90 kota yang memiliki indeks baik.",
        "Untuk kabupaten, baru 9% yang memiliki indeks SPBE sangat baik, sisanya diatas 1,8 tetapi di bawah nilai 2,6.",
    ],
)
def test_shares_of_the_regions_ranked_and_grade_bounds_are_not_scores(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name nearest before a rank holds it, though a city is named earlier in the sentence
        (("Selain Surabaya, ada dua kota lain dalam daftar itu, yakni Jakarta di urutan ke-98 dan Medan di urutan "
         "ke-107 pada Smart City Index 2023."), [107.0]),
        # a sentence naming no place is about the province the sentence before it names alone
        (("Warga Jakarta mengeluhkan banjir dan kemacetan. Namun mereka puas dengan layanan parkir online (skor 79,4) "
         "dalam Smart City Index 2023. Di Kota Medan, warga puas dengan layanan izin online (skor 75,1)."), [75.1]),
        # (not across a paragraph, nor when the sentence before names a kabupaten or kota)
        ("Warga Jakarta mengeluhkan banjir.\nPenilaian kota cerdas memberi skor 3,2 pada 2023.", [3.2]),
    ],
)
def test_scores_of_jakarta_beside_cities(nlp: Language, text: str, expected: list[float]) -> None:
    assert [s["value"] for s in scores(nlp, text)] == expected


def test_a_respective_list_of_ranks_follows_the_names_listed_before_it(nlp: Language) -> None:
    # "masing-masing": the ranks go to the names in order, Jakarta's (a province) to no kabupaten or kota
    text = ("Ada tiga kota Indonesia dalam daftar, yaitu Jakarta, Surabaya, dan Medan. Masing-masing berada di "
            "peringkat 99, 105, dan 118 dalam Smart City Index 2023.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text)] == [(105.0, 2023), (118.0, 2023)]
    # without "masing-masing" a cardinal after a rank is no rank ("peringkat 2, 3 daerah lain")
    assert [s["value"] for s in scores(nlp, "Kota Batu di peringkat 2, 3 daerah lain menyusul pada evaluasi 2023.")] \
        == [2.0]


def test_a_place_held_by_the_region_after_adalah_and_provincial_categories(nlp: Language) -> None:
    text = ("Untuk kategori kota kecil terbaik pertama adalah Kota Batu, terbaik pertama untuk kota sedang adalah "
            "Kota Madiun, dan terbaik pertama untuk kota besar adalah Kota Malang dalam ajang 2016.")
    assert [(s["value"], s["region"]) for s in scores(nlp, text)] == [
        (1.0, "Kota Batu"), (1.0, "Kota Madiun"), (1.0, "Kota Malang")]
    # a category of provinces by size ranks no kabupaten or kota
    assert scores(nlp, "Adapun peringkat pertama untuk provinsi besar adalah Jawa Timur dalam ajang 2016.") == []


def test_the_top_of_the_scale_after_dari_is_not_a_score_and_an_integer_before_dalam_is(nlp: Language) -> None:
    found = scores(nlp, "Kota Bitung mendapat nilai 3.64 dari 4.00 pada evaluasi kota cerdas 2023.")
    assert [s["value"] for s in found] == [3.64]
    # a change starts from the number after "dari"
    found = scores(nlp, "Indeks SPBE Kota Bitung turun 0,25 dari 3,70 menjadi 3,45 pada evaluasi 2023.")
    assert [s["value"] for s in found] == [3.70, 3.45]
    found = scores(nlp, "Kota Bitung meraih nilai 84 dalam penilaian kota cerdas 2023.")
    assert [(s["value"], s["year"]) for s in found] == [(84.0, 2023)]


def test_an_article_reporting_last_years_evaluation_dates_its_scores_a_year_back(nlp: Language) -> None:
    published = date(2024, 6, 20)
    text = ("Diskominfo Kota Batu menggelar rapat persiapan penilaian kota cerdas. Rapat membahas hasil evaluasi "
            "kota cerdas pada tahun sebelumnya.\nSaat ini Kota Batu berada di peringkat ke-7 nasional.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == [(7.0, 2023)]
    text = ("Kota Batu menerima penghargaan itu pada 12 Desember tahun lalu, saat meraih predikat kota cerdas "
            "terbaik.\nDalam pengukuran tersebut, Kota Batu memperoleh nilai 61,25.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == [(61.25, 2023)]
    # a comparison with last year dates nothing back
    text = ("Nilai evaluasi kota cerdas Kota Batu naik dibanding tahun lalu.\nRapat juga membahas program baru.\n"
            "Kota Batu kini meraih nilai 3,40.")
    assert [(s["value"], s["year"]) for s in scores(nlp, text, published)] == [(3.40, 2024)]


def test_the_parts_listed_after_a_restated_score_take_the_year_it_was_first_given(nlp: Language) -> None:
    text = ("Rencana induknya ditetapkan lewat Peraturan Bupati Nomor 4 Tahun 2020 pada 6 Januari 2020.\n"
            "Kepala Dinas Kominfo menyebut Kabupaten Sleman memperoleh nilai 3,41 di tahun 2023, naik 0,15 dari "
            "tahun 2022.\n"
            "\u201cDari seratus daerah, Sleman salah satu yang terus berbenah. Pada penilaian tersebut Kabupaten "
            "Sleman meraih nilai akhir sebesar 3,41. Nilai itu tersusun atas beberapa komponen, yaitu Baseline: "
            "3,62, Output 3,20 dan Impact: 2,91,\u201d katanya.")
    found = {s["value"]: s["year"] for s in scores(nlp, text)}
    assert found == {3.41: 2023, 3.62: 2023, 3.2: 2023, 2.91: 2023}


# -- patterns read in one pass (review): a long run of spaces or tabs that leads to no value used to be split
# between the pattern's parts every way (a 2,000-tab line took 36 s, 4,000 tabs five minutes); read quadratically,
# these runs would stall the suite here

def test_a_table_row_is_read_in_one_pass() -> None:
    from extractor.nlp.scores import TABLE_ROW

    assert TABLE_ROW.fullmatch("Kota Bantul\t\t3,61") is not None
    assert TABLE_ROW.fullmatch("Kab. Sleman : 3,05") is not None
    assert TABLE_ROW.fullmatch("2022= 2,98 ") is not None
    assert TABLE_ROW.fullmatch("Kota Bantul" + "\t" * 50_000 + "x") is None
    assert TABLE_ROW.fullmatch("Kota Bantul" + " :" * 20_000 + "x") is None


def test_the_rows_labels_ranks_and_years_of_the_third_audit_are_read_in_one_pass() -> None:
    from extractor.nlp.scores import (
        BRACKET_BEFORE,
        BRACKET_NEXT,
        LIST_LINE,
        OLDER_VALUE,
        PERCENT_ITEM,
        RANKED_LINE,
        SCOPED_NEXT,
        TABLE_ROW,
        VALUE_NEXT,
        YEAR_LIST_GAP,
        YEAR_SERIES,
    )

    assert TABLE_ROW.fullmatch("2\tKota Parepare\t3,21") is not None
    assert TABLE_ROW.fullmatch("| Kabupaten Poso | 2,45 |") is not None
    assert TABLE_ROW.fullmatch("Kota Depok - 3,41") is not None
    assert TABLE_ROW.fullmatch("1" + "\t" * 50_000 + "x") is None
    assert TABLE_ROW.fullmatch("Kota Bantul" + " |" * 25_000 + "x") is None
    assert TABLE_ROW.fullmatch("Kota Bantul" + " -" * 25_000 + "x") is None
    assert PERCENT_ITEM.fullmatch(", dan literasi digital ") is not None
    assert PERCENT_ITEM.fullmatch(", " + "abc " * 12_500 + "x") is None
    assert PERCENT_ITEM.fullmatch(";" + " " * 50_000 + "x") is None
    assert SCOPED_NEXT.match(" di Jawa Timur dan ke-45") is not None
    assert SCOPED_NEXT.match(" " * 50_000) is None
    assert SCOPED_NEXT.match(" ," * 25_000) is None
    assert YEAR_SERIES.search("tahun 2021, 2022 dan 2023") is not None
    assert YEAR_SERIES.search("2021" + " " * 50_000 + "x") is None
    assert YEAR_LIST_GAP.fullmatch(" pada 2023 dan ") is not None
    assert YEAR_LIST_GAP.fullmatch(" pada 2023" + " " * 50_000 + "x") is None
    assert VALUE_NEXT.match(", dan 3,20") is not None
    assert VALUE_NEXT.match("," + " " * 50_000 + "x") is None
    assert BRACKET_NEXT.match("), Kota Malang (2") is not None
    assert BRACKET_NEXT.match(")," + " " * 50_000 + "x") is None
    assert BRACKET_NEXT.match("), " + "Kota " * 10_000 + "x") is None
    assert BRACKET_BEFORE.search("Kota Surabaya (") is not None
    assert BRACKET_BEFORE.search("Surabaya" + " " * 50_000 + "x") is None
    # (a run of spaces after a list line's name took 2.5 s at 4,000 spaces before)
    assert RANKED_LINE.match("Peringkat 1: Kota Surabaya (") is not None
    assert RANKED_LINE.match("1. Kota" + " " * 50_000 + "x") is None
    assert RANKED_LINE.match("Juara 2 - Kota" + " " * 50_000 + "x") is None
    assert LIST_LINE.match("Urutan ke-2: Kota Parepare 3,21") is not None
    assert OLDER_VALUE.search(", naik dibandingkan dengan tahun sebelumnya yang hanya (") is not None
    assert OLDER_VALUE.search("dari tahun 2021" + " " * 50_000 + "x") is None
    assert OLDER_VALUE.search("dari tahun lalu " + "yang " * 12_500 + "x") is None
    assert OLDER_VALUE.search("dibanding " * 5_000 + "x") is None


def test_the_share_a_percentage_is_of_and_the_older_value_of_a_change_are_read_in_one_pass() -> None:
    from extractor.nlp.scores import FROM_BEFORE, OLDER_VALUE_YEAR, SHARE_OF

    assert OLDER_VALUE_YEAR.search("turun dari peringkat 5 di ") is not None
    assert OLDER_VALUE_YEAR.search("dari 5" + " " * 50_000 + "x") is None
    assert FROM_BEFORE.search("naik satu peringkat dari ") is not None
    assert FROM_BEFORE.search("dari" + " " * 50_000 + "x") is None

    for text, end in ((" dari total APBD", len(" dari total ")), (" " * 50_000 + "x", 50_000),
                      (" dari" + " " * 50_000 + "x", 50_005)):
        share = SHARE_OF.match(text)
        assert share is not None and share.end() == end


def test_the_gaps_of_a_list_of_years_are_read_in_one_pass() -> None:
    from extractor.nlp.scores import LEADING_YEAR_GAP, YEAR_LIST_GAP

    assert YEAR_LIST_GAP.fullmatch(" (2021), dan tahun 2022 sebesar ") is not None
    assert YEAR_LIST_GAP.fullmatch("; 2023: ") is not None
    assert YEAR_LIST_GAP.fullmatch(" " * 50_000 + "x") is None
    assert YEAR_LIST_GAP.fullmatch("2022" + " " * 50_000 + "x") is None
    assert LEADING_YEAR_GAP.match(" sebesar ") is not None
    assert LEADING_YEAR_GAP.match(", nilainya naik menjadi ") is not None
    assert LEADING_YEAR_GAP.match(" " * 50_000 + "x") is None


def test_a_sentence_of_thousands_of_numbers_is_read_in_linear_time(nlp: Language) -> None:
    """A number looks up the candidates before it by position, and its province check reads at most SENTENCE_REACH
    characters of its sentence either side (0.4 s at 3,000 characters of "3,12 " before); read quadratically, this
    sentence would stall the suite."""
    text = "Kota Malang meraih nilai indeks 3,31 pada tahun 2023. Wali kota hadir bersama tim. " + "3,12 " * 10_000 + "."
    first = scores(nlp, text)[0]
    assert (first["value"], first["year"]) == (3.31, 2023)


# -- a sentence of thousands of numbers after a score's cue word (review): each number's year used to be looked for
# over the whole sentence and the whole text (a 5,000-character run took 6 s, 50,000 characters minutes); each is now
# read within SENTENCE_REACH of it and what the text says before a sentence once

def test_a_run_of_numbers_after_a_cue_word_is_read_number_by_number(nlp: Language) -> None:
    """Two thousand values in one sentence: every value is found, of the year the sentence names before it."""
    values = [f"{n % 4 + 1},{n % 10}{n % 7}" for n in range(2_000)]
    found = scores(nlp, "Indeks smart city Kota Bantul tahun 2023 " + " ".join(values) + ".")
    assert {s["value"] for s in found} == {float(v.replace(",", ".")) for v in values}
    assert {s["year"] for s in found} == {2023}


def test_a_score_far_along_a_long_sentence_takes_the_year_near_it(nlp: Language) -> None:
    """The year of a value is looked for within SENTENCE_REACH of it, and the years around it are read once."""
    filler = "dan seterusnya " * 100
    text = f"Kota Bantul meraih nilai 2,10 pada tahun 2020 {filler}lalu nilai 3,35 pada tahun 2023 {filler}."
    assert {s["value"]: s["year"] for s in scores(nlp, text)} == {2.1: 2020, 3.35: 2023}


def test_the_patterns_of_the_score_class_audit_read_hostile_input_in_linear_time() -> None:
    from extractor.nlp.scores import (
        INTEGER,
        OPENING_CHANGE,
        OPENING_OLDER,
        RANKING_NAME_GAP,
        YEAR_LIST_GAP,
        score_words,
    )

    words = score_words()
    assert OPENING_OLDER.fullmatch("Dibandingkan tahun 2022 yang sebesar ") is not None
    assert YEAR_LIST_GAP.fullmatch(", sedangkan tahun sebelumnya ") is not None
    assert words.announced_year.search("baru diumumkan pada awal tahun ") is not None
    assert OPENING_OLDER.fullmatch("dari " + "yang " * 12_500 + "x") is None
    assert OPENING_OLDER.fullmatch("dari" + " " * 50_000 + "x") is None
    assert OPENING_CHANGE.search("menjad" * 8_000) is None
    assert RANKING_NAME_GAP.fullmatch(" " * 50_000 + "x") is None
    assert YEAR_LIST_GAP.fullmatch(", sedangkan" * 4_500 + " tahun" + " " * 50_000 + "x") is None
    assert INTEGER.search("12 dari" + " " * 50_000 + "x") is None
    assert words.announced_year.search("diumumkan" + " " * 50_000 + "x") is None
    assert words.announced_year.search("diumumkan pada " * 3_000 + "x") is None
    assert words.bound_before.search("batas" + " " * 50_000 + "x") is None
    assert words.obtained.search("meraihh" * 7_000) is None
