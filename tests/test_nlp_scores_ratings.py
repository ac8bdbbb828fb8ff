"""Scores: error classes of real articles chosen for scores (real dev r2500-r2513), one test each, on text written for
the test: the top place written without its number; the places a ranking gives, listed; programme achievement
measured against its targets; an SPBE index after another evaluation's grade; a change whose new value opens the next
sentence; the edition year of a standard; a bound ("75% atau lebih"); a province's place said again without a region.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline
from extractor.nlp.scores import ScoreFinder, _blank_no_score_years


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def scores(nlp: Language, text: str) -> list[tuple[float, int | None]]:
    doc = analyse(text, None, nlp=nlp)
    return [(s._.value["value"], s._.value["year"]) for s in doc.spans["scores"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the top place without a number is the first
        (("Pada Rating Kota Cerdas Indonesia 2021 kategori kota sedang, Kota Madiun peringkat tertinggi disusul Kota "
         "Blitar dan Kota Kediri."), [(1.0, 2021)]),
        ("Dalam riset kota cerdas 2023, Kota Bontang dinobatkan sebagai kota kecil dengan rating tertinggi.",
         [(1.0, 2023)]),
        ("Kabupaten Banyuwangi menempati posisi teratas pada penilaian inovasi daerah 2022.", [(1.0, 2022)]),
        # a group of top places, the order of a list, and the most awards are no place
        ("Kota Malang, Kota Batu dan Kota Blitar menduduki tiga peringkat teratas dalam indeks SPBE 2022.", []),
        ("Berikut kota dengan rating tertinggi secara berurutan pada 2021: Kota Bogor, Kota Depok.", []),
        ("Kota Tegal membukukan rating tertinggi dengan meraih 9 piagam penghargaan kota cerdas 2019.", []),
        # a numbered rank after the superlative is that rank
        ("Kota Kediri meraih peringkat tertinggi kedua pada penilaian smart city 2020.", [(2.0, 2020)]),
    ],
)
def test_the_top_place_written_without_its_number(nlp: Language, text: str, expected: list[Any]) -> None:
    assert scores(nlp, text) == expected


def test_the_places_a_ranking_gives_are_no_region_rank(nlp: Language) -> None:
    text = ("Nilai tiap kota dihitung dari enam indikator, lalu tiap kategori menetapkan peringkat I, II dan III. "
            "Pada IKCI 2018 Kota Batu masuk peringkat III kategori kota kecil.")
    assert scores(nlp, text) == [(3.0, 2018)]
    # regions named before the places hold them
    held = scores(nlp, "Kota Madiun, Kota Blitar dan Kota Batu meraih peringkat 1, 2 dan 3 pada evaluasi 2022.")
    assert held[:1] == [(1.0, 2022)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the achievement measured against the targets of a regulation is a result
        ("Capaian rata-rata program kota cerdas Kabupaten Pati berdasarkan target dalam Perbup No. 5/2020 adalah 78,4%.",
         [78.4]),
        # a target met is an achievement
        (("Pada 2022 Kabupaten Gresik merealisasikan 18 dari 20 kegiatan smart city dengan rata-rata target terpenuhi "
         "81 persen."), [81.0]),
        # a target still is no result
        ("Kabupaten Gresik menargetkan capaian program smart city 90 persen pada tahun depan.", []),
        ("Target realisasi program smart city Kabupaten Gresik sebesar 95 persen.", []),
    ],
)
def test_programme_achievement_against_its_targets(nlp: Language, text: str, expected: list[float]) -> None:
    assert [value for value, _ in scores(nlp, text)] == expected


def test_an_index_named_after_another_evaluations_grade_is_a_score(nlp: Language) -> None:
    text = ("Di pilar tata kelola, SAKIP Kota Pasuruan tahun 2021 berpredikat BB, opini WTP lima kali berturut-turut "
            "dan indeks SPBE tahun 2022 mencapai angka 2,94.")
    assert scores(nlp, text) == [(2.94, 2022)]
    # the grade's own value stays out
    assert scores(nlp, "Nilai SAKIP Kota Pasuruan tahun 2021 sebesar 71,05.") == []


def test_a_change_whose_new_value_opens_the_next_sentence(nlp: Language) -> None:
    text = ("Menurut tim asesor, pada 2020 Kabupaten Jember meraih indeks SPBE 2,05. Lalu di 2021 naik menjadi 2,48, "
            "dan 2022 kembali naik menjadi 3,01.")
    assert scores(nlp, text) == [(2.05, 2020), (2.48, 2021), (3.01, 2022)]
    # a number in a sentence far from the last score, with no cue, is none
    far = ("Pada 2020 Kabupaten Jember meraih indeks SPBE 2,05. Pemerintah kabupaten lalu membangun jaringan serat "
           "optik di seluruh kecamatan dan sekolah yang ada sehingga jumlah titik akses menjadi 3,5 kali lipat.")
    assert scores(nlp, far) == [(2.05, 2020)]


def test_the_edition_year_of_a_standard_dates_no_score(nlp: Language) -> None:
    text = ("Tingkat kematangan smart city Kota Balikpapan menurut SNI ISO 37122: 2019 berada pada kategori kota cerdas "
            "madya dengan nilai 47%.")
    assert scores(nlp, text) == [(47.0, None)]
    assert _blank_no_score_years("mengacu ISO/IEC 27001:2013 dan nilai 2,5 pada 2022") == \
        "mengacu                    dan nilai 2,5 pada 2022"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound is no result
        ("Menurut bupati, program smart city Kabupaten Maros tahun 2022 telah berjalan 70% atau lebih dari rencana.", []),
        ("Rencana aksi smart city Kabupaten Maros dengan capaian 60 persen ke atas akan dilanjutkan pada 2023.", []),
        # the value itself is one
        ("Program smart city Kabupaten Maros tahun 2022 telah terealisasi 70 persen.", [(70.0, 2022)]),
    ],
)
def test_a_bound_is_no_score(nlp: Language, text: str, expected: list[Any]) -> None:
    assert scores(nlp, text) == expected


def test_a_provinces_place_said_again_without_a_region_stays_the_provinces(nlp: Language) -> None:
    text = ("Untuk tingkat provinsi, Pemerintah Provinsi Bengkulu berada pada peringkat 7 secara nasional pada evaluasi "
            "SPBE 2022. Kabupaten Kaur meraih peringkat 2 se-Bengkulu. \"Secara nasional kita peringkat ketujuh,\" "
            "kata kepala dinas provinsi di Kota Bengkulu.")
    assert scores(nlp, text) == [(2.0, 2022)]
    # a region's place said again is the region's, once
    own = ("Pada evaluasi SPBE 2022 Kabupaten Kaur berada pada peringkat 7 secara nasional. \"Secara nasional kita "
           "peringkat ketujuh,\" kata kepala dinas.")
    assert scores(nlp, own) == [(7.0, 2022)]


# each whole top place without a number is rank 1 (with no number of awards after it); a group of top places, the
# places a ranking gives and a standard's number are none; no year is blanked
@pytest.mark.parametrize(
    ("unit", "top_place"),
    [("peringkat tertinggi ", "peringkat tertinggi"), ("tiga peringkat teratas, ", ""), ("peringkat I, II dan III ", ""),
     ("rating teratas dengan meraih ", "rating teratas"), ("SNI ISO 37122: ", ""), ("ISO/IEC 27001:", "")],
)
def test_hostile_inputs_to_the_candidates_and_the_blanked_years_are_read_in_one_pass(unit: str, top_place: str) -> None:
    text = (unit * (50_000 // len(unit) + 1))[:50_000]
    found = [(text[c.start:c.end], c.form, c.value) for c in ScoreFinder()._candidates(text)]
    assert found == ([(top_place, "rank", 1.0)] * text.count(top_place) if top_place else [])
    assert _blank_no_score_years(text) == text


# each whole value is a score, of no year ("tahun berikutnya" names none)
@pytest.mark.parametrize(("unit", "value", "written"), [("SAKIP, indeks SPBE 2,5 ", 2.5, "SPBE 2,5"),
                                                        ("indeks 2,05. Kemudian pada tahun berikutnya naik menjadi ",
                                                         2.05, "indeks 2,05")])
def test_hostile_inputs_to_the_labels_are_read_in_one_pass(nlp: Language, unit: str, value: float,
                                                           written: str) -> None:
    text = (unit * (50_000 // len(unit) + 1))[:50_000]
    assert scores(nlp, text) == [(value, None)] * text.count(written)
