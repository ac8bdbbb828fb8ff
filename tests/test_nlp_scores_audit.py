"""Scores: error classes of a probe audit of real pages and the blind dev set (2026-12-07), one test each, on text
written for the test: a target written "targetkan"; a past result named as the bar of a target; a contrast that is
no change; regions' values told year by year after the measure's sentence; the entries of a contest among a region's
own offices."""

from __future__ import annotations

from datetime import date

from fixtures.support import score_years as scores
from spacy.language import Language


def test_a_target_written_targetkan_is_no_score(nlp: Language) -> None:
    text = 'Indeks Kabupaten Nabire 2023 naik menjadi 3,02. "Tahun ini kita targetkan indeks 3,30," ujarnya.'
    assert scores(nlp, text, date(2024, 2, 1)) == [(3.02, 2023)]


def test_a_past_result_named_as_the_bar_of_a_target_is_a_score(nlp: Language) -> None:
    # the target is no score, but the result it must beat is that year's
    text = "Kepala Bappeda menargetkan nilai Kabupaten Lembata tahun ini melampaui capaian 2023 sebesar 2,71."
    assert scores(nlp, text, date(2024, 6, 12)) == [(2.71, 2023)]
    text = "Bupati ingin indeks Kota Tual lebih tinggi dari nilai tahun lalu yang 2,58."
    assert scores(nlp, text, date(2024, 6, 12)) == [(2.58, 2023)]
    # a target alone stays no score
    text = "Bupati menargetkan nilai Kabupaten Lembata tahun ini melampaui 3,00."
    assert scores(nlp, text, date(2024, 6, 12)) == []


def test_a_contrast_between_two_dimensions_is_no_change(nlp: Language) -> None:
    # "sedangkan ... menjadi yang terendah" sets one dimension against another, both of the year told before
    text = ("Hasil evaluasi Kota Tual tahun 2023 masih 2,74. Nilai tertinggi ada pada dimensi Smart Governance sebesar "
            "3,05, sedangkan Smart Living menjadi yang terendah dengan 2,41.")
    assert scores(nlp, text, date(2024, 6, 3)) == [(2.74, 2023), (3.05, 2023), (2.41, 2023)]


def test_regions_values_told_year_by_year_after_the_measures_sentence(nlp: Language) -> None:
    text = ("Nilai indeks SPBE Kabupaten Sumbawa tahun 2023 sebesar 3,40. Kabupaten Dompu pada tahun 2022 sebesar 1,35, "
            "naik pada tahun 2023 sebesar 1,92. Kabupaten Bima pada tahun 2022 sebesar 2,30 pada tahun 2023 tetap 2,30.")
    assert scores(nlp, text, date(2024, 1, 14)) == [(3.4, 2023), (1.35, 2022), (1.92, 2023), (2.3, 2022),
                                                   (2.3, 2023)]
    # a statistic told the same way stays no score
    text = ("Nilai indeks SPBE Kabupaten Sumbawa tahun 2023 sebesar 3,40. Pertumbuhan ekonomi Kabupaten Dompu pada "
            "tahun 2022 sebesar 5,35.")
    assert scores(nlp, text, date(2024, 1, 14)) == [(3.4, 2023)]


def test_the_entries_of_a_contest_among_a_regions_offices_hold_no_score(nlp: Language) -> None:
    text = ("Hasil penjurian lomba inovasi antar-OPD Kabupaten Seruyan:\n"
            "Smart Governance: SIMPEG Seruyan dari BKPSDM, nilai 87,50.\n"
            "Smart Living: Posyandu Pintar dari Dinas Kesehatan, nilai 85,20.\n"
            "Nilai evaluasi smart city Kabupaten Seruyan tahun 2022 baru 2,81.")
    assert scores(nlp, text, date(2023, 8, 23)) == [(2.81, 2022)]


def test_a_value_in_brackets_followed_by_the_next_region_with_diikuti_is_a_score(nlp: Language) -> None:
    text = ("Posisi pertama kategori kota sedang pada IKCI 2020 diduduki Kota Palu (59,04), dan diikuti Bitung (58,99) "
            "serta Ternate (58,96).")
    assert scores(nlp, text, date(2021, 1, 9)) == [(1, 2020), (59.04, 2020), (58.99, 2020), (58.96, 2020)]


def test_a_share_of_the_regions_named_after_it_is_no_score(nlp: Language) -> None:
    text = "Pada evaluasi SPBE 2018, baru 25% kota yang indeksnya di atas 2.6."
    assert scores(nlp, text, date(2019, 3, 28)) == []


def test_a_list_line_may_part_the_name_and_the_value_with_an_en_dash(nlp: Language) -> None:
    text = ("Nilai indeks SPBE 2023 kabupaten/kota di Bengkulu:\n- Kota Bengkulu – 3,12 (Baik)\n"
            "- Kabupaten Kaur – 2,24 (Cukup)")
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.12, 2023), (2.24, 2023)]


def test_a_count_out_of_ten_programmes_leaves_the_dimensions_percentage_its_dimension(nlp: Language) -> None:
    # "8 dari 10 program" counts programmes: no score out of 10, and no number between the dimension and its share
    text = ("Hasil evaluasi smart city Kabupaten Purworejo: Smart Governance: 9 program berjalan, nilai 100 persen; "
            "Smart Branding 85,71 persen; Smart Living 8 dari 10 program berjalan, 80 persen.")
    assert scores(nlp, text, date(2022, 10, 7)) == [(100.0, None), (85.71, None), (80.0, None)]


def test_the_headlines_under_a_heading_of_links_to_other_stories_hold_no_score(nlp: Language) -> None:
    text = ("Kota Batu meraih nilai 3,40 pada evaluasi smart city 2023.\nBerita Terkait\n"
            "Kabupaten Malang Raih Indeks Smart City 3,10\nKota Malang Peringkat 5 Nasional")
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.4, 2023)]
    text = "Kota Batu meraih nilai 3,40 pada evaluasi smart city 2023.\nTerpopuler\n1. Kabupaten Malang Raih Indeks 3,10"
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.4, 2023)]
    # the article's own paragraph after such a heading keeps its scores
    text = ("Berita Terkait\nKabupaten Malang meraih nilai 3,10 pada evaluasi smart city 2023, naik dari 2,95 pada "
            "2022, sehingga berada di peringkat 12 nasional dan peringkat 3 di Jawa Timur, kata kepala dinas kominfo.")
    assert scores(nlp, text, date(2024, 1, 10)) == [(3.1, 2023), (2.95, 2022), (12, 2023), (3, 2023)]


def test_a_value_in_brackets_before_the_regions_place_names_the_index_of_its_sentence(nlp: Language) -> None:
    # the index named by its short name (IKCI) is what the values measure; a rank between them keeps the list going
    text = "Pada IKCI 2020 Kota Palu (59,04) di posisi pertama, diikuti Kota Bitung (58,99)."
    assert scores(nlp, text, date(2021, 1, 9)) == [(59.04, 2020), (1, 2020), (58.99, 2020)]


def test_the_older_value_after_a_risen_newer_one_is_no_top_of_a_scale(nlp: Language) -> None:
    text = "Skor smart city Kota Baubau pada evaluasi 2024 naik ke 3,05 dari 2,86 pada 2023."
    assert scores(nlp, text, date(2025, 1, 10)) == [(3.05, 2024), (2.86, 2023)]
    # a round top of the scale stays none
    text = "Nilai smart city Kota Baubau pada evaluasi 2024 naik menjadi 3,05 dari 4,00."
    assert scores(nlp, text, date(2025, 1, 10)) == [(3.05, 2024)]


def test_the_share_of_the_masterplans_programmes_carried_out_is_a_score(nlp: Language) -> None:
    text = "Dari 40 program dalam masterplan, Kabupaten Sumbawa sudah melaksanakan 32 program atau 80 persen pada 2023."
    assert scores(nlp, text, date(2024, 1, 8)) == [(80.0, 2023)]
    text = "Sebanyak 27 program yang sudah berjalan atau 75 persen dari masterplan Kota Bima hingga 2023."
    assert scores(nlp, text, date(2024, 1, 8)) == [(75.0, 2023)]
    # a building's progress stays no score
    text = "Pembangunan gedung command center Kota Bima sudah terlaksana 60 persen pada 2023."
    assert scores(nlp, text, date(2024, 1, 8)) == []


def test_hostile_inputs_to_the_new_patterns_end_with_their_answer(nlp: Language) -> None:
    # a target followed by a long run of words and spaces before the number: still a target
    text = "Bupati menargetkan nilai Kota Tual melampaui capaian " + "tahun " * 3000 + "2023 sebesar 2,71."
    assert scores(nlp, text, date(2024, 6, 12)) == []
    # a heading of links followed by a very long line: the article's own paragraph
    text = "Berita Terkait\nKota Tual meraih nilai 2,71 pada evaluasi smart city 2023" + " dan" * 3000 + "."
    assert scores(nlp, text, date(2024, 6, 12)) == [(2.71, 2023)]


def test_a_headlines_now_with_no_year_named_before_it_keeps_the_evaluation_year_of_the_body(nlp: Language) -> None:
    # "Kini" in a headline sets the rank against no past year: it is of the evaluation the body names, and so are the
    # dimension scores told after its restatement
    text = ("Indeks Smart City Kabupaten Pacitan Naik, Kini Peringkat 14 Nasional\n"
            "PACITAN - Berdasarkan hasil evaluasi smart city tahap II tahun 2023, Pacitan memperoleh indeks 3,36.\n"
            "Dengan nilai itu, Pacitan berada di peringkat 14 nasional.\n"
            "Nilai tertinggi diraih dimensi Smart Society dengan 3,61.")
    assert scores(nlp, text, date(2024, 1, 11)) == [(14, 2023), (3.36, 2023), (3.61, 2023)]


def test_a_value_a_quote_recalls_by_its_year_is_a_score_that_dates_nothing_after_it(nlp: Language) -> None:
    text = ("Berdasarkan hasil evaluasi smart city tahun 2023, Kabupaten Pacitan memperoleh indeks 3,36. "
            '"Tahun lalu kita masih 3,01. Sekarang naik," kata kepala dinas, Rabu (10/1/2024). '
            "Dengan nilai itu, Pacitan berada di peringkat 14 nasional.")
    assert scores(nlp, text, date(2024, 1, 11)) == [(3.36, 2023), (3.01, 2022), (14, 2023)]
    # a count recalled the same way is no score
    text = ("Kabupaten Pacitan memperoleh indeks 3,36 pada evaluasi 2023. "
            '"Tahun lalu kita baru 12 inovasi," katanya.')
    assert scores(nlp, text, date(2024, 1, 11)) == [(3.36, 2023)]


def test_the_new_value_of_a_change_opening_its_sentence_is_of_the_evaluation_after_the_olders(nlp: Language) -> None:
    text = "Pada evaluasi 2022 nilai Kota Kupang 2,95. Nilai Kupang naik jadi 3,40 pada evaluasi berikutnya."
    assert scores(nlp, text, date(2024, 1, 15)) == [(2.95, 2022), (3.4, 2023)]
    # the year stated later for the evaluation wins over the year after
    text = ('Pada evaluasi 2021 nilai Kota Kupang 2,95. "Nilai kita naik jadi 3,40," kata Kadis. Hasil evaluasi 2023 '
            "itu diumumkan pekan lalu.")
    assert scores(nlp, text, date(2024, 1, 15)) == [(2.95, 2021), (3.4, 2023)]
    # a later stage of the same year keeps its year
    text = "Pada evaluasi tahap I 2023 nilai Kota Kupang 2,95. Nilai Kupang naik jadi 3,40 pada tahap II."
    assert scores(nlp, text, date(2023, 12, 15)) == [(2.95, 2023), (3.4, 2023)]


def test_each_domain_of_a_long_list_of_the_spbe_index_names_its_value(nlp: Language) -> None:
    text = ("Indeks SPBE Kota Tidore tahun 2023 sebesar 2,91. Kadis merinci, nilai domain kebijakan 3,10, domain tata "
            "kelola 2,60, domain manajemen 2,25 dan domain layanan 3,15.")
    assert scores(nlp, text, date(2024, 1, 20)) == [(2.91, 2023), (3.1, 2023), (2.6, 2023), (2.25, 2023), (3.15, 2023)]


def test_a_long_list_of_parts_named_in_lower_case_runs_on_after_its_cue(nlp: Language) -> None:
    text = ("Skor tiap elemen Kota Madiun pada IKCI 2020 yakni ekonomi 60,12, sosial 58,21, lingkungan 55,30, tata "
            "kelola 57,41, mobilitas 56,02 dan masyarakat 59,90.")
    assert scores(nlp, text, date(2021, 1, 20)) == [(60.12, 2020), (58.21, 2020), (55.3, 2020), (57.41, 2020),
                                                   (56.02, 2020), (59.9, 2020)]
    # a statistic named in the list stays out
    text = "Skor Kota Madiun pada IKCI 2020 yakni 60,12, dan pertumbuhan ekonomi 5,12."
    assert scores(nlp, text, date(2021, 1, 20)) == [(60.12, 2020)]


def test_a_region_said_to_follow_with_its_value_heads_a_list_of_regions_and_values(nlp: Language) -> None:
    text = ("Pada evaluasi smart city tahun 2023, Kabupaten Sumenep memperoleh nilai akhir 3,29. Kabupaten Pamekasan "
            "menyusul dengan 3,11, Bangkalan 2,98 dan Sampang 2,74.")
    assert scores(nlp, text, date(2024, 1, 17)) == [(3.29, 2023), (3.11, 2023), (2.98, 2023), (2.74, 2023)]


def test_the_value_given_with_a_rank_a_compared_year_introduces_is_of_that_year(nlp: Language) -> None:
    text = ("Kota Sorong berada di urutan ke-18 dengan indeks 3,12 pada evaluasi smart city 2024. Capaian itu melonjak "
            "dibanding 2023 ketika Sorong berada di urutan ke-47 dengan indeks 2,61.")
    assert scores(nlp, text, date(2025, 1, 17)) == [(18, 2024), (3.12, 2024), (47, 2023), (2.61, 2023)]
