"""Scores: the classes of language behind the first-sight errors of seven rounds of dev articles, each tested with
variants written for the test the way other outlets put the same thing (other names, numbers, order, spelling).

Fixed by this round (the variants failed before): a list of regions and values with no cue word or closed by one
year; a bulleted list of regions and values; ranks listed as cardinals closing a clause ("di urutan 29 dan 30"); a
region's rank set against a city abroad after it; Jakarta's rank written after a bracket or a dash; a headline
restated by the body after a date line or a breadcrumb. Guarded (the variants passed already): the evaluation year
stated away from the score, targets and realisations, changes between two years, the parts listed in brackets,
progress percentages of the smart-city plan, a page naming no year. A second audit of the structure of lists
(audit-scores2) adds: a table of regions and values without bullets, a chain of three values, a list led by years, a
list of regions whose kind is written short ("Kab. Bantul"). A third audit (scoresaudit, the groups r1-r704) adds: a
list of labelled percentages, a chain of values over years past its cue or of integers, years listed in the order of
their values ("masing-masing", "berturut-turut"), a second rank with a scope of its own ("ke-9 di Jawa Timur dan ke-45
nasional"), tables headed by a line that looks like a name or written with pipes, dashes or a rank column, a list of
values alone closed by one year, ranks in brackets after the names of a list a rank word opens."""

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
    ("text", "expected"),
    [
        (("Hasil pemantauan SPBE menunjukkan Kabupaten Ngawi 2,71, Magetan 2,55, Ponorogo 2,40 dan Pacitan 2,12 pada "
         "tahun 2023."), [(2.71, 2023), (2.55, 2023), (2.4, 2023), (2.12, 2023)]),
        ("Untuk smart city tahun 2023, Kabupaten Ngawi 2,71, Magetan 2,55 dan Pacitan 2,12.",
         [(2.71, 2023), (2.55, 2023), (2.12, 2023)]),
        ("Untuk e-government, Kabupaten Bantul 3,05; Sleman 3,41; dan Kulon Progo 2,98 pada 2022.",
         [(3.05, 2022), (3.41, 2022), (2.98, 2022)]),
    ],
)
def test_a_list_of_regions_and_values_without_a_cue_word(text: str, expected: list[tuple[float, int | None]]) -> None:
    # the measure the sentence names stands for the cue; a year closing the list is the year of every value on it
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Indeks SPBE kabupaten di Provinsi Jambi tahun 2023:\n- Kabupaten Bungo: 3,12\n- Kabupaten Tebo: 2,95\n"
         "- Kabupaten Merangin: 2,81"), [(3.12, 2023), (2.95, 2023), (2.81, 2023)]),
        ("Nilai SPBE kabupaten di Jambi tahun 2023:\n• Kabupaten Bungo 3,12\n• Kabupaten Tebo 2,95",
         [(3.12, 2023), (2.95, 2023)]),
        (("Berikut nilai indeks smart city 2022 di Bali:\n* Kota Denpasar = 3,55\n* Kabupaten Badung = 3,20\n"
         "* Kabupaten Gianyar = 2,90"), [(3.55, 2022), (3.2, 2022), (2.9, 2022)]),
        ("Daftar nilai SPBE 2021 di Sulawesi Utara\n– Kota Manado 3,02\n– Kota Bitung 2,66", [(3.02, 2021), (2.66, 2021)]),
    ],
)
def test_a_bulleted_list_of_regions_and_values(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Kota Palu menempati urutan 14 dengan nilai indeks inovasi daerah 50,12 pada 2022, di atas Kota Bitung dan "
         "Kota Tomohon yang berada di urutan 15 dan 16."), [(14.0, 2022), (50.12, 2022), (15.0, 2022), (16.0, 2022)]),
        ("Pada 2022 Kabupaten Jepara di peringkat 4, sedangkan Kabupaten Kudus dan Kabupaten Pati di peringkat 5 dan 6.",
         [(4.0, 2022), (5.0, 2022), (6.0, 2022)]),
        ("Dalam evaluasi kota cerdas 2019, Kota Semarang dan Kota Surakarta berada di posisi 3 dan 4.",
         [(3.0, 2019), (4.0, 2019)]),
        ("Pada penilaian SPBE 2020 Kabupaten Kudus, Kabupaten Demak, serta Kabupaten Jepara ada di urutan 7, 8 dan 9.",
         [(7.0, 2020), (8.0, 2020), (9.0, 2020)]),
        # (guard) a cardinal before what it counts is no rank
        ("Kota Tegal ada di peringkat 2, 3 daerah lain menyusul di bawahnya pada 2020.", [(2.0, 2020)]),
    ],
)
def test_ranks_listed_as_cardinals_closing_their_clause(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berdasarkan Smart City Index 2023, Kota Medan di urutan 112 mengungguli Lisbon yang berada di urutan 116.",
         [(112.0, 2023)]),
        ("Dalam Smart City Index 2023, Medan di posisi 112, di atas Athena.", [(112.0, 2023)]),
        ("Dalam Smart City Index 2023, Kota Makassar berada di peringkat 114, satu tingkat di bawah Roma.",
         [(114.0, 2023)]),
        ("Medan naik ke peringkat 110 dalam Smart City Index 2025, mengalahkan Istanbul dan Roma.", [(110.0, 2025)]),
        # (guard) a rank no region holds, places abroad named after it, is theirs
        ("Dalam Smart City Index 2023 peringkat pertama adalah Zurich, disusul Oslo dan Canberra.", []),
    ],
)
def test_a_regions_rank_set_against_a_city_abroad(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalam Smart City Index 2023, Medan di peringkat 112 dan Jakarta (peringkat 102).", [(112.0, 2023)]),
        (("Dalam Smart City Index 2023 ada tiga kota Indonesia: Jakarta (urutan 102), Medan (urutan 112) dan Makassar "
         "(urutan 114)."), [(112.0, 2023), (114.0, 2023)]),
        ("Posisi Jakarta - urutan 102 - masih di atas Medan yang berada di urutan 112 dalam Smart City Index 2023.",
         [(112.0, 2023)]),
        ("Smart City Index 2024: Jakarta - peringkat 103, Medan - peringkat 115, Makassar - peringkat 112.",
         [(115.0, 2024), (112.0, 2024)]),
        # (guards) a dateline's Jakarta holds nothing
        ("Jakarta, Kompas.com - Kota Bogor meraih peringkat 3 dalam penilaian kota cerdas 2019.", [(3.0, 2019)]),
        ("Jakarta (ANTARA) - Kabupaten Banyuwangi meraih nilai 3,45 dalam evaluasi SPBE 2022.", [(3.45, 2022)]),
    ],
)
def test_jakartas_rank_after_a_bracket_or_a_dash(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Jumat, 20 Januari 2023\n\nRaih Nilai 2,81, Kota Blitar Tertinggi SPBE di Jatim Selatan\n\nBlitar - "
         "Berdasarkan Keputusan Menteri PANRB Nomor 75 Tahun 2022 tentang Hasil Evaluasi SPBE.\n\nKeputusan itu terbit "
         "tanggal 29 Desember 2022 dan menyebut Kota Blitar mendapat indeks SPBE 2,81 dengan predikat baik.\n\n"
         "\"Kami urutan pertama dengan nilai 2,81,\" kata Kepala Diskominfo."), date(2023, 1, 20),
         [(2.81, 2022), (1.0, 2022)]),
        (("Home / Berita / Pemerintahan\n\nKota Blitar Dapat Nilai 2,81 di SPBE\n\nBerdasarkan SK Menteri PANRB Nomor 75 "
         "Tahun 2022 tentang Hasil Evaluasi SPBE, yang keluar 29 Desember 2022, Kota Blitar mendapat indeks 2,81."),
         date(2023, 1, 20), [(2.81, 2022)]),
        (("20/01/2023 09:15 WIB\nKota Blitar Dapat Nilai 2,81 di SPBE\nBerdasarkan SK Menteri PANRB Nomor 75 Tahun 2022 "
         "tentang Hasil Evaluasi SPBE, Kota Blitar mendapat indeks 2,81 dengan predikat baik."), date(2023, 1, 20),
         [(2.81, 2022)]),
        # (guard) the headline as the page's first line
        (("Raih Nilai 2,81, Kota Blitar Tertinggi SPBE di Jatim Selatan\n\nBlitar - Berdasarkan Keputusan Menteri PANRB "
         "Nomor 75 Tahun 2022 tentang Hasil Evaluasi SPBE.\n\nKeputusan itu terbit tanggal 29 Desember 2022 dan menyebut "
         "Kota Blitar mendapat indeks SPBE 2,81 dengan predikat baik."), date(2023, 1, 20), [(2.81, 2022)]),
    ],
)
def test_a_headline_after_a_date_line_takes_the_year_of_its_restatement(
    text: str, published: date, expected: list[tuple[float, int | None]]
) -> None:
    assert summary_scores(text, published) == expected


# -- guards: classes the code already handled on the variants ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Kementerian PANRB telah mengumumkan hasil evaluasi SPBE tahun 2022. Kabupaten Sragen memperoleh nilai 2,91 "
         "dengan predikat baik, sedangkan Kabupaten Klaten mendapat 2,47 dengan predikat cukup."), date(2023, 2, 14),
         [(2.91, 2022), (2.47, 2022)]),
        (("Sesuai Keputusan Menteri PANRB Nomor 77 Tahun 2022 tentang Hasil Evaluasi SPBE, Kota Pekalongan menerima "
         "indeks 3,05.\n\"Dari seluruh daerah yang dinilai, kami urutan pertama se-Jawa Tengah dengan nilai 3,05,\" kata "
         "Kepala Diskominfo Pekalongan."), date(2023, 1, 20), [(3.05, 2022), (1.0, 2022)]),
        (("Hasil evaluasi itu dirilis pada 28 Desember 2021.\nKabupaten Dompu mendapat indeks SPBE 2,33 dengan predikat "
         "cukup."), date(2022, 1, 10), [(2.33, 2021)]),
        (("pemkab magetan raih nilai indeks spbe 2,68. capaian itu tertuang dalam hasil evaluasi spbe tahun 2023 yang "
         "diumumkan kemenpanrb."), date(2024, 3, 5), [(2.68, 2023)]),
        (("Pemkab Blitar menerima hasil evaluasi SPBE 2022 pada awal tahun ini.\nKepala Diskominfo Blitar menyebut nilai "
         "yang diraih 2,84 atau predikat baik.\n\"Kami berterima kasih kepada semua OPD,\" ujarnya, Senin (16/1/2023)."),
         date(2023, 1, 17), [(2.84, 2022)]),
    ],
)
def test_the_evaluation_year_stated_away_from_the_score(
    text: str, published: date, expected: list[tuple[float, int | None]]
) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Target indeks SPBE Kota Cimahi tahun 2022 sebesar 3,10, namun realisasinya hanya 2,98.", None, [(2.98, 2022)]),
        ("Dari target 3,40 pada 2023, Kabupaten Bogor mencapai indeks SPBE 3,52.", None, [(3.52, 2023)]),
        ("Indeks SPBE Kota Depok tercapai 3,22 dari target 3,30 di tahun 2021.", None, [(3.22, 2021)]),
        (("Anggota DPRD menyebut target nilai SPBE tahun 2021 adalah 3,15 sementara realisasinya 3,02. Target 2023 "
         "dipatok 3,30."), date(2022, 9, 1), [(3.02, 2021)]),
        (("Pemerintah Provinsi Jambi memperoleh indeks SPBE 3,02 dan menempati peringkat 9 secara nasional pada 2023. "
         "Kota Jambi meraih 2,88."), None, [(2.88, 2023)]),
        (("Komisi Informasi merilis Indeks Keterbukaan Informasi Publik 2022. Provinsi Gorontalo berada di urutan ke 17 "
         "dengan kategori sedang."), None, []),
        (("Kota Batu menjadi satu dari 3 daerah di Jawa Timur yang meraih predikat baik pada evaluasi SPBE 2023 dengan "
         "nilai 2,77."), None, [(2.77, 2023)]),
        # the progress of the smart-city plan is a score (docs/gold_schema.md)
        (("Realisasi rencana aksi smart city Kabupaten Pinrang tahun 2023 sudah mencapai 80% dari program yang "
         "direncanakan."), None, [(80.0, 2023)]),
    ],
)
def test_targets_other_holders_and_counts(
    text: str, published: date | None, expected: list[tuple[float, int | None]]
) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (("Sejak 2019, indeks smart city Kota Madiun terus naik, yaitu tahun 2019 sebesar 2,75 dan meningkat menjadi "
         "3,150 pada tahun 2022."), None, [(2.75, 2019), (3.15, 2022)]),
        ("Smart City Index 2024 telah dirilis IMD. Peringkat Medan naik dari 118 ke posisi 112 tahun ini.",
         date(2024, 4, 20), [(118.0, 2023), (112.0, 2024)]),
        ("Indeks SPBE Kabupaten Pati naik dari 2,41 pada 2021 menjadi 2,90 tahun 2022.", None,
         [(2.41, 2021), (2.9, 2022)]),
        ("Nilai SPBE Kota Tegal 2023 mencapai 3,11, naik dari 2,64 tahun sebelumnya.", None, [(3.11, 2023), (2.64, 2022)]),
        (("Dalam indeks kota cerdas tahun 2019 Kota Bukittinggi berada di atas dua kota lain, yakni Kota Payakumbuh "
         "(58,31) dan Kota Sawahlunto (56,90)."), None, [(58.31, 2019), (56.9, 2019)]),
        (("Pada evaluasi SPBE 2022, Kabupaten Bima meraih indeks 2,71 predikat baik, disusul Kabupaten Sumbawa 2,58 "
         "predikat baik dan berikutnya Kota Bima 2,30 predikat cukup."), None, [(2.71, 2022), (2.58, 2022), (2.3, 2022)]),
        # a page naming no year dates none of its scores
        ("Kota Serang meraih predikat baik dengan nilai 3,18 dalam implementasi smart city dari Kementerian Kominfo.",
         date(2021, 5, 3), [(3.18, None)]),
    ],
)
def test_changes_between_years_lists_in_brackets_and_undated_pages(
    text: str, published: date | None, expected: list[tuple[float, int | None]]
) -> None:
    assert summary_scores(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Pada evaluasi SPBE 2022 Kota Banda Aceh meraih 3,01. Adapun di level provinsi, Pemerintah Aceh "
         "memperoleh predikat baik, indeksnya 3,27, serta duduk di peringkat 5 secara nasional."),
         [(3.01, 2022)]),
        (("Pada evaluasi SPBE 2022 Kota Padang meraih 3,01. Untuk tingkat provinsi, Pemprov Sumbar memperoleh indeks "
         "3,12 dan menempati peringkat 8 nasional."), [(3.01, 2022)]),
        (("Pada evaluasi SPBE 2022 Kota Mataram meraih 2,91. Sementara Pemprov NTB berada di peringkat 11 secara "
         "nasional dengan nilai 3,05."), [(2.91, 2022)]),
        ("Target nilai SPBE Kota Bogor tahun 2021 di angka 3,30, dan tercapai di 3,21.", [(3.21, 2021)]),
        ("Untuk 2021 targetnya 3,30 sedangkan realisasi indeks SPBE Kota Bogor 3,21.", [(3.21, 2021)]),
    ],
)
def test_a_provincial_governments_result_and_a_target_beside_its_realisation(
    text: str, expected: list[tuple[float, int | None]]
) -> None:
    assert summary_scores(text) == expected


# -- second audit of the structure of score lists (audit-scores2): the variants the first audits left failing -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Indeks SPBE kabupaten di Jambi tahun 2023\nDaerah\tNilai\nKabupaten Bungo\t3,12\nKabupaten Tebo\t2,95\n"
          "Kabupaten Merangin\t2,81"), [(3.12, 2023), (2.95, 2023), (2.81, 2023)]),
        ("Nilai indeks SPBE 2022 di Bali\nKota Denpasar    3,55\nKabupaten Badung    3,20\nKabupaten Gianyar    2,90",
         [(3.55, 2022), (3.2, 2022), (2.9, 2022)]),
        ("Indeks SPBE 2023 daerah di Jawa Tengah:\nKota Semarang 4,01\nKabupaten Kudus 3,22\nKabupaten Pati 2,87",
         [(4.01, 2023), (3.22, 2023), (2.87, 2023)]),
        ("Hasil evaluasi SPBE 2021 Sulawesi Utara\nKota Manado\n3,02\nKota Bitung\n2,66\nKota Tomohon\n2,41",
         [(3.02, 2021), (2.66, 2021), (2.41, 2021)]),
    ],
)
def test_a_table_of_regions_and_values_without_bullets(text: str, expected: list[tuple[float, int | None]]) -> None:
    # rows apart by tabs, spaces or a colon, or the name on a line above its value; the header names measure and year
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nilai SPBE Kota Madiun terus membaik, dari 2,41 (2020) ke 2,88 (2021) dan kemudian 3,15 (2022).",
         [(2.41, 2020), (2.88, 2021), (3.15, 2022)]),
        # (guard) a chain with its years in brackets, "menjadi" and "lalu" between
        ("Indeks SPBE Kabupaten Lamongan naik dari 2,10 (2019), menjadi 2,64 (2020), lalu 3,01 (2021).",
         [(2.1, 2019), (2.64, 2020), (3.01, 2021)]),
        # (guard) a chain with its years after "pada"
        ("Indeks SPBE Kabupaten Blora naik dari 2,5 pada 2021 menjadi 2,9 pada 2022 lalu 3,2 pada 2023.",
         [(2.5, 2021), (2.9, 2022), (3.2, 2023)]),
    ],
)
def test_a_chain_of_three_values_in_one_sentence(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nilai SPBE Kota Kediri dari tahun ke tahun yakni 2020 = 2,55, 2021 = 2,89, dan 2022 = 3,10.",
         [(2.55, 2020), (2.89, 2021), (3.1, 2022)]),
        ("Indeks SPBE Kota Blitar tahun 2021 sebesar 2,6, tahun 2022 sebesar 3,0, dan tahun 2023 sebesar 3,4.",
         [(2.6, 2021), (3.0, 2022), (3.4, 2023)]),
        ("Capaian indeks SPBE Kabupaten Magelang:\n2021: 2,70\n2022: 3,05\n2023: 3,33",
         [(2.7, 2021), (3.05, 2022), (3.33, 2023)]),
        # (guard) years and values apart by colons and semicolons
        ("Indeks SPBE Kabupaten Sleman terus naik, 2021: 3,12; 2022: 3,40; 2023: 3,61.",
         [(3.12, 2021), (3.4, 2022), (3.61, 2023)]),
    ],
)
def test_a_list_led_by_years(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pada evaluasi SPBE 2023, Kab. Bantul 3,45, Kab. Sleman 3,61 dan Kab. Kulon Progo 2,98.",
         [(3.45, 2023), (3.61, 2023), (2.98, 2023)]),
        # (guard) the kind written short without a full stop
        ("Indeks SPBE 2022 menunjukkan Kab Gunungkidul 2,95, Kab Sleman 3,40, serta Kab Bantul 3,12.",
         [(2.95, 2022), (3.4, 2022), (3.12, 2022)]),
        ("Untuk smart city 2021, Kota Blitar 3,10, Kab. Blitar 2,80, lalu Kab. Kediri 2,66.",
         [(3.1, 2021), (2.8, 2021), (2.66, 2021)]),
        ("Nilai SPBE 2023: Kab. Tegal 3,01; Kab. Brebes 2,77; dan Kab. Pemalang 2,59.",
         [(3.01, 2023), (2.77, 2023), (2.59, 2023)]),
    ],
)
def test_a_list_of_regions_with_their_kind_abbreviated(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


# -- third audit (scoresaudit): the first-sight errors of r1-r704, never audited before, by layout ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Capaian rencana aksi smart city Kota Bontang meliputi penguatan SDM 90,12 persen, pembangunan infrastruktur "
          "84,50 persen, dan aplikasi layanan 87,25 persen."), [(90.12, None), (84.5, None), (87.25, None)]),
        (("Realisasi rencana aksi smart city Kabupaten Bangka tahun 2024: pengembangan SDM 88,00 persen; infrastruktur "
          "79,50 persen; literasi digital 81,25 persen."), [(88.0, 2024), (79.5, 2024), (81.25, 2024)]),
        (("Capaian rencana aksi Kota Pariaman 90,00 persen, antara lain penguatan tata kelola 92,10 persen serta "
          "peningkatan literasi 85,30 persen."), [(90.0, None), (92.1, None), (85.3, None)]),
        (("Program smart city Kota Sawahlunto sudah terealisasi 75,40 persen. Realisasi rencana aksi mencapai 93,10 "
          "persen, di antaranya penguatan kelembagaan 95,00 persen dan sarana penunjang 90,50 persen."),
         [(75.4, None), (93.1, None), (95.0, None), (90.5, None)]),
        # (guard) each label with a verb of progress
        (("Dari rencana aksi, penguatan kelembagaan sudah mencapai 91,40 persen, infrastruktur digital tercapai 83,75 "
          "persen, serta literasi digital terealisasi 80,05 persen, ujar Kepala Diskominfo Kota Bontang."),
         [(91.4, None), (83.75, None), (80.05, None)]),
        # (guard) a statistic, and a share of a budget, after a labelled percentage are none
        ("Capaian rencana aksi smart city Kota Bontang 80,50 persen, sementara angka kemiskinan 5,20 persen.",
         [(80.5, None)]),
        ("Capaian program smart city Kota Bontang 80,50 persen, dan 30 persen anggaran berasal dari APBD.",
         [(80.5, None)]),
    ],
)
def test_a_list_of_labelled_percentages(text: str, expected: list[tuple[float, int | None]]) -> None:
    # (r205, r511) the label of each item but the first names no cue of its own
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("capaian indeks smart city kota batu tercatat 2,95 pada 2022, lalu naik menjadi 3,27 pada 2023 dan 3,41 pada "
          "2024."), [(2.95, 2022), (3.27, 2023), (3.41, 2024)]),
        ("Skor indeks keamanan informasi Pemkab Jember juga bertambah dari 380 di tahun 2022 ke 512 di tahun 2023.",
         [(380.0, 2022), (512.0, 2023)]),
        ("Indeks keamanan informasi Kota Tegal naik dari 310 pada 2021 menjadi 402 pada 2022 dan 498 pada 2023.",
         [(310.0, 2021), (402.0, 2022), (498.0, 2023)]),
        # (guard) integers of a change with "menjadi"
        ("Indeks keamanan informasi Kabupaten Jember naik dari 380 pada 2022 menjadi 512 pada tahun 2023.",
         [(380.0, 2022), (512.0, 2023)]),
        # (guard) grades in brackets or words between a value and its year
        ("Indeks SPBE Kabupaten Gresik bergerak dari 3,12 (Baik) di 2022 ke 3,58 (Sangat Baik) di 2023.",
         [(3.12, 2022), (3.58, 2023)]),
        (("Skor keterbukaan informasi publik Kota Pasuruan 88,20 (Menuju Informatif) yang diraih tahun 2022 naik "
          "menjadi 91,05 (Informatif) di tahun 2023."), [(88.2, 2022), (91.05, 2023)]),
        (("Indeks SPBE Kota Cilegon naik dari 3,12 dengan predikat Baik pada 2022 menjadi 3,58 dengan predikat "
          "Sangat Baik pada 2023."), [(3.12, 2022), (3.58, 2023)]),
    ],
)
def test_a_chain_of_values_over_years_past_its_cue_or_of_integers(text: str,
                                                                  expected: list[tuple[float, int | None]]) -> None:
    # (r221) each value with its own year after it; the chain runs on past the reach of its cue word
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indeks SPBE Kabupaten Bone pada tahun 2021 dan 2022 masing-masing 2,45 dan 2,90.",
         [(2.45, 2021), (2.9, 2022)]),
        ("Nilai smart city Kota Solok tahun 2022 dan 2023 berturut-turut 2,85 dan 3,10.", [(2.85, 2022), (3.1, 2023)]),
        ("Indeks SPBE Kabupaten Agam 2,40, 2,95, dan 3,20, masing-masing untuk tahun 2021, 2022, dan 2023.",
         [(2.4, 2021), (2.95, 2022), (3.2, 2023)]),
        (("Nilai evaluasi smart city Kota Bitung terus naik, dari 2,30 menjadi 2,75 lalu 3,02. Angka itu "
          "berturut-turut untuk tahun 2021, 2022 dan 2023."), [(2.3, 2021), (2.75, 2022), (3.02, 2023)]),
    ],
)
def test_years_listed_in_the_order_of_their_values(text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Indeks smart city Kabupaten Lumajang tahun 2023 sebesar 3,02 atau peringkat ke-9 di Jawa Timur dan ke-45 "
          "nasional."), [(3.02, 2023), (9.0, 2023), (45.0, 2023)]),
        ("Dalam evaluasi SPBE 2022, Kota Salatiga berada di urutan kedua se-Jawa Tengah serta ketujuh secara nasional.",
         [(2.0, 2022), (7.0, 2022)]),
        ("Indeks smart city Kota Langsa 2023 menempatkannya di peringkat 3 tingkat provinsi, ke-28 se-Indonesia.",
         [(3.0, 2023), (28.0, 2023)]),
        # (guard) an ordinal with no scope after it is no rank
        ("Kota Langsa berada di peringkat ke-3 pada evaluasi SPBE 2023 dan ke-2 kalinya meraih predikat baik.",
         [(3.0, 2023)]),
        # (guard) each rank with its own rank word or "nomor"
        (("Kota Probolinggo menempati peringkat 4 tingkat Jawa Timur dan peringkat 17 tingkat nasional dalam evaluasi "
          "smart city 2023."), [(4.0, 2023), (17.0, 2023)]),
        (("Pada evaluasi smart city tahun 2022, indeks Kabupaten Banyuwangi 3,55. Hasil itu membawa Kabupaten "
          "Banyuwangi ke urutan ke-2 se-Jawa Timur dan nomor 11 secara nasional."), [(3.55, 2022), (2.0, 2022),
                                                                                    (11.0, 2022)]),
    ],
)
def test_a_second_rank_with_a_scope_of_its_own(text: str, expected: list[tuple[float, int | None]]) -> None:
    # (r221, r520, r581) a province's rank and the national one side by side
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hasil Evaluasi SPBE Kabupaten Sleman\n2021 3,05\n2022 3,42\n2023 3,88", [(3.05, 2021), (3.42, 2022),
                                                                               (3.88, 2023)]),
        ("Capaian indeks SPBE Kota Tarakan\n2020 : 2,15\n2021 : 2,60\n2022 : 3,11", [(2.15, 2020), (2.6, 2021),
                                                                                 (3.11, 2022)]),
        ("Indeks SPBE Kabupaten di Riau\nKota Pekanbaru 3,54\nKota Dumai 2,91\nKabupaten Siak 3,10",
         [(3.54, None), (2.91, None), (3.1, None)]),
        ("Daerah | Indeks SPBE 2023\nKota Palu | 3,12\nKabupaten Poso | 2,45\nKabupaten Sigi | 2,80",
         [(3.12, 2023), (2.45, 2023), (2.8, 2023)]),
        (("Peringkat indeks smart city 2022 di Sulawesi Selatan:\n1\tKota Makassar\t3,60\n2\tKota Parepare\t3,21\n3\t"
          "Kabupaten Gowa\t2,95"), [(3.6, 2022), (3.21, 2022), (2.95, 2022)]),
        ("Indeks SPBE tahun 2022:\nKota Bogor - 3,70\nKota Depok - 3,41\nKota Bekasi - 3,56",
         [(3.7, 2022), (3.41, 2022), (3.56, 2022)]),
    ],
)
def test_a_table_headed_like_a_name_or_with_pipes_dashes_or_a_rank_column(
        text: str, expected: list[tuple[float, int | None]]) -> None:
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lists of labelled values of an index (r205, r520, r581)
        (("Hasil evaluasi smart city 2023 Kabupaten Klaten: baseline 3,71, output 3,05, outcome 3,44, impact 3,50 dan "
          "quick wins 3,20, dengan nilai akhir 3,38."), [(3.71, 2023), (3.05, 2023), (3.44, 2023), (3.5, 2023),
                                                        (3.2, 2023), (3.38, 2023)]),
        (("Hasil evaluasi smart city Kabupaten Jepara tahun 2022 sebagai berikut: dimensi tata kelola memperoleh "
          "indeks 3,40; dimensi ekonomi memperoleh 3,15; dimensi lingkungan 2,98."),
         [(3.4, 2022), (3.15, 2022), (2.98, 2022)]),
        (("Dalam evaluasi smart city 2024, Kota Cirebon mendapat nilai Smart Governance 3,52, Smart Branding 3,10, "
          "Smart Economy 2,87 dan Smart Environment 2,95."), [(3.52, 2024), (3.1, 2024), (2.87, 2024), (2.95, 2024)]),
        (("Hasil survei evaluasi smart city 2024 di Kabupaten Dompu: Smart Branding (Pariwisata) memperoleh nilai "
          "rata-rata 3,61, Smart Economy (Produk Lokal) 3,42, dan Smart Living (Tata Ruang) 3,05."),
         [(3.61, 2024), (3.42, 2024), (3.05, 2024)]),
        (("Indeks SPBE Kabupaten Karanganyar 2022 per domain: kebijakan internal memperoleh 3,20, tata kelola mencapai "
          "2,90, manajemen sebesar 2,55, serta layanan 3,70."), [(3.2, 2022), (2.9, 2022), (2.55, 2022), (3.7, 2022)]),
        # ranks of a sequence of names, dated by the edition an old page names (r583)
        (("Dalam Anugerah Kota Cerdas 2019, juara pertama kategori kota kecil diraih Kota Magelang. Kota Salatiga "
          "menyusul Magelang di peringkat kedua, sementara Kota Tegal dan Kota Pekalongan ada di peringkat ketiga dan "
          "keempat."), [(1.0, 2019), (2.0, 2019), (3.0, 2019), (4.0, 2019)]),
        (("Pada penghargaan kota cerdas 2018, peringkat pertama diraih Kabupaten Sleman, peringkat kedua Kabupaten "
          "Kulon Progo, dan peringkat ketiga Kabupaten Gunungkidul."), [(1.0, 2018), (2.0, 2018), (3.0, 2018)]),
        (("Indonesia Smart City Award (ISCA) 2016 memberikan gelar juara pertama kategori kota sedang kepada Kota "
          "Madiun. Peringkat kedua diraih Kota Probolinggo."), [(1.0, 2016), (2.0, 2016)]),
        # a value restated by a headline or by a total after its parts (r581)
        (("Kota Blitar Raih Indeks Smart City 3,12\n\n5 Januari 2024\n\nIndeks smart city Kota Blitar tahun 2023 "
          "sebesar 3,12. Rinciannya, baseline 3,40, output 2,95, outcome 3,10, impact 3,20, dengan nilai akhir 3,12."),
         [(3.12, 2023), (3.4, 2023), (2.95, 2023), (3.1, 2023), (3.2, 2023)]),
        (("Kota Tegal memperoleh indeks smart city 3,27 pada tahun 2024. Komponennya: baseline 3,50, output 3,02, "
          "outcome 3,31, sehingga nilai akhirnya 3,27."), [(3.27, 2024), (3.5, 2024), (3.02, 2024), (3.31, 2024)]),
        # no scores: the top of a scale, bounds of grades, the rank of an app, a place in an appendix (r512, r513,
        # r483, r532)
        ("Indeks SPBE Kabupaten Demak tahun 2022 sebesar 2,88 dari skala maksimal 5.", [(2.88, 2022)]),
        (("Pada 2021 indeks SPBE 9 kabupaten di Jawa Barat masuk kategori B (2,60-3,49) dan tiga kabupaten kategori C "
          "(1,80 - 2,59)."), []),
        ("Aplikasi layanan milik Kota Yogyakarta kini menempati peringkat kedua paling banyak diunduh di Play Store.",
         []),
        ("Dalam lampiran surat itu, Kota Jambi tercantum pada urutan ke-15 dari daerah yang lolos seleksi smart city.",
         []),
    ],
)
def test_lists_ranks_restatements_and_non_scores_of_the_older_groups_guard(
        text: str, expected: list[tuple[float, int | None]]) -> None:
    # (guard) variants the code already read right
    assert summary_scores(text, date(2024, 3, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kota Batu, Kota Malang dan Kota Blitar masing-masing meraih indeks SPBE 3,41, 3,20 dan 3,05 pada 2023.",
         [(3.41, 2023), (3.2, 2023), (3.05, 2023)]),
        ("Indeks smart city tiga kota itu berturut-turut 3,12, 2,98, serta 2,75 pada tahun 2022.",
         [(3.12, 2022), (2.98, 2022), (2.75, 2022)]),
        ("Nilai SPBE Kabupaten Bantul, Sleman, dan Gunungkidul yaitu 3,40, 3,62 dan 2,95 di tahun 2021.",
         [(3.4, 2021), (3.62, 2021), (2.95, 2021)]),
        ("skor smart city kota cimahi dan kota bandung adalah 3,51 dan 3,63 pada 2024.", [(3.51, 2024), (3.63, 2024)]),
        # (guard) a sequence over time is no list sharing the closing year
        ("Indeks SPBE Kota Batu naik dari 3,05, lalu 3,20 dan 3,41 pada 2023.", [(3.05, None), (3.2, None),
                                                                               (3.41, 2023)]),
    ],
)
def test_a_list_of_values_alone_closed_by_one_year(text: str, expected: list[tuple[float, int | None]]) -> None:
    # the names listed before the values, the year after the last value
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Urutan indeks smart city 2022 di Jawa Timur: Kota Surabaya (1), Kota Malang (2), dan Kabupaten Banyuwangi "
          "(3)."), [(1.0, 2022), (2.0, 2022), (3.0, 2022)]),
        (("ranking SPBE 2023 kabupaten di Bali yakni Kabupaten Badung (2), Kabupaten Tabanan (5) serta Kabupaten "
          "Bangli (8)."), [(2.0, 2023), (5.0, 2023), (8.0, 2023)]),
        (("Dua daerah NTB masuk peringkat nasional evaluasi smart city 2021, yakni Kota Mataram (12) dan Kabupaten "
          "Lombok Barat (27)."), [(12.0, 2021), (27.0, 2021)]),
        # (guard) provinces in brackets, counts in brackets with no rank word, dates in brackets
        ("Peringkat smart province 2016 diraih Sulawesi Selatan (1), Jawa Tengah (2), dan Kalimantan Timur (3).", []),
        ("Smart city diikuti Kabupaten Badung (12 OPD), Kabupaten Gianyar (9) dan Kabupaten Tabanan (7).", []),
        ("Peringkat itu diumumkan di Kota Malang (27/5) dan Kota Batu (28/5).", []),
    ],
)
def test_ranks_in_brackets_after_the_names_of_a_list(text: str, expected: list[tuple[float, int | None]]) -> None:
    # (r583's layout, there for provinces) a rank word opens the list
    assert summary_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Nilai evaluasi smart city 2022 kategori kota:\nPeringkat 1: Kota Surabaya (3,85)\nPeringkat 2: Kota "
          "Semarang (3,71)"), [(1.0, 2022), (3.85, 2022), (2.0, 2022), (3.71, 2022)]),
        (("Indeks SPBE 2023 kabupaten di Jawa Timur\nJuara 1 - Kabupaten Banyuwangi: 4,01\nJuara 2 - Kabupaten "
          "Sidoarjo: 3,92\nJuara 3 - Kabupaten Gresik: 3,80"),
         [(1.0, 2023), (4.01, 2023), (2.0, 2023), (3.92, 2023), (3.0, 2023), (3.8, 2023)]),
        (("Hasil indeks smart city 2021 di Sulawesi Selatan:\nUrutan ke-1: Kota Makassar 3,60\nUrutan ke-2: Kota "
          "Parepare 3,21"), [(1.0, 2021), (3.6, 2021), (2.0, 2021), (3.21, 2021)]),
    ],
)
def test_list_lines_led_by_the_place_they_name(text: str, expected: list[tuple[float, int | None]]) -> None:
    # each line's value takes the measure of the line opening the list
    assert summary_scores(text) == expected


# -- numbers that are no region's score: ranks abroad or of a province, a national average, the progress of
# a plan or of one innovation (first-sight rounds r960-r971 and r1200-r1211)


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
    "text",
    [
        # how far the work on one quick win has come
        ("Pada evaluasi smart city 2023 Kota Tomohon memaparkan quick win Sistem Antrean Daring dengan persentase "
         "penyelesaian 65%."),
        # a share credited to one named innovation
        ("Pada evaluasi smart city 2023 Kota Tomohon memaparkan tiga quick win. Smart living menyumbang 80% dengan nama "
         "inovasi Tomohon Sehat."),
        # an app still being built
        "Kabupaten Blora menyebut progres aplikasi Blora Melayani sudah 90 persen tinggal menunggu uji coba.",
        "Progres pengerjaan aplikasi Lapor Blora mencapai 75 persen pada 2024.",
    ],
)
def test_the_completion_of_one_innovation_is_no_score(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_the_progress_of_the_plan_is_still_a_score(nlp: Language) -> None:
    text = "Pada evaluasi smart city 2023, capaian rencana aksi Kota Tomohon mencapai 86,5 persen."
    assert scores(nlp, text) == [(86.5, 2023)]


# -- audit of the score classes (branch scores): each class failed on the variants before its fix

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indeks SPBE Kabupaten Bone tahun 2022 sebesar 3,15, sedangkan tahun 2021 sebesar 2,74.",
         [(3.15, 2022), (2.74, 2021)]),
        ("Nilai smart city Kabupaten Bone pada 2023 tercatat 3,15, sementara tahun sebelumnya 2,74.",
         [(3.15, 2023), (2.74, 2022)]),
    ],
)
def test_a_value_set_against_another_year_continues_the_measure(nlp: Language, text: str,
                                                                expected: list[tuple[float, int | None]]) -> None:
    # ("sedangkan", "sementara" and a year written as "tahun sebelumnya" go on with the value before)
    assert scores(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nilai maksimal dalam indeks smart city ialah 4,00, ujar asesor kepada Pemkab Sinjai.",
        "Batas nilai minimum predikat baik pada evaluasi SPBE di Kabupaten Sinjai yakni 2,60.",
        "Ambang batas kategori sangat baik yang dipakai tim penilai di Kota Palopo adalah 3,50.",
    ],
)
def test_a_bound_of_the_scale_is_no_score(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_a_bound_a_region_obtained_is_its_score(nlp: Language) -> None:
    assert scores(nlp, "Smart Living Kota Palopo meraih nilai maksimal 4,00 pada evaluasi 2023.") == [(4.0, 2023)]


def test_a_value_after_a_rank_of_a_national_ranking_is_the_regions(nlp: Language) -> None:
    # ("indeks SPBE nasional" right after the rank names the ranking, not the country's own index)
    text = "Kabupaten Sinjai berada di urutan ke-11 dalam indeks SPBE nasional 2023 dengan nilai 3,58."
    assert scores(nlp, text) == [(11.0, 2023), (3.58, 2023)]
    assert scores(nlp, "Kabupaten Sinjai meraih 3,58, jauh di atas indeks SPBE nasional 2,79.") == [(3.58, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dibandingkan tahun 2021 yang hanya 2,64, indeks smart city Kota Palopo tahun 2022 meningkat menjadi 3,02.",
         [(2.64, 2021), (3.02, 2022)]),
        ("Dari semula 70 persen pada 2022, realisasi rencana aksi Kota Palopo kini 92 persen pada 2023.",
         [(70.0, 2022), (92.0, 2023)]),
    ],
)
def test_a_sentence_opening_with_the_older_value_of_a_change(nlp: Language, text: str,
                                                              expected: list[tuple[float, int | None]]) -> None:
    assert scores(nlp, text) == expected


def test_an_opening_amount_is_still_no_score(nlp: Language) -> None:
    assert scores(nlp, "Dari Rp 2,5 miliar, anggaran smart city Kota Palopo naik menjadi Rp 3,1 miliar.") == []


def test_an_integer_score_out_of_a_hundred(nlp: Language) -> None:
    text = "Pada penilaian smart city 2024, Kota Palopo mendapat nilai 81 dari skala 100."
    assert scores(nlp, text) == [(81.0, 2024)]
    assert scores(nlp, "Kota Palopo meraih 3 dari 10 penghargaan smart city.") == []
