"""Innovations: shapes of real pages the rules had not seen (a probe of free real pages, 2026-12-08), one test per
error class, on text written for the test that mirrors each page's shape: a list cue or an adverb told as a
description; the next item of a list, with its type word, told as the description of the one before; an app opening
with "Ruang" after its type word; a list a sentence opens with "Yakni" after one announcing the programmes; a numbered
list under a heading that counts the programmes; "yaitu" opening a list line's description."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values
from spacy.language import Language


def described(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(name, description) of each innovation of `text`."""
    return [(v["name"], v["description"]) for v in innovation_values(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the words of the list cue say nothing of the item (what the clause after it says does)
    ("Dari bidang kesehatan muncul sejumlah inovasi lokal seperti BUNDAKU yang sudah diterapkan di pustu.",
     [("BUNDAKU", "yang sudah diterapkan di pustu")]),
    # ... nor does an adverb
    ("Ada juga GEMAS (Gerakan Masyarakat Sehat), sebuah program berbasis rumah tangga.",
     [("GEMAS (Gerakan Masyarakat Sehat)", "sebuah program berbasis rumah tangga")]),
])
def test_a_list_cue_or_an_adverb_is_no_description(nlp: Language, text: str,
                                                   expected: list[tuple[str, str | None]]) -> None:
    assert described(nlp, text) == expected


def test_the_next_item_with_its_type_word_is_no_description(nlp: Language) -> None:
    text = ("Berbagai aplikasi dibuat antara lain Jelajahku (Jelajah Kota Sukamaju), aplikasi I Baca (perpustakaan "
            "digital) dan E Absen Murid (E Kehadiran Murid).")
    assert described(nlp, text)[0] == ("Jelajahku (Jelajah Kota Sukamaju)", None)
    # ... while a type word and what the thing does still describe it
    assert described(nlp, "Pemkot meluncurkan Sapa Warga, aplikasi pengaduan warga yang terhubung ke semua dinas.") == [
        ("Sapa Warga", "aplikasi pengaduan warga yang terhubung ke semua dinas")]


def test_an_app_opening_with_ruang_after_its_type_word(nlp: Language) -> None:
    text = "Tahun ini pemerintah kota meluncurkan aplikasi Ruang Warga Sukamaju untuk menampung usulan warga."
    assert names(nlp, text) == ["Ruang Warga Sukamaju"]


@pytest.mark.parametrize("text", [
    # a room is still no programme without its type word
    "Rapat digelar di Ruang Rapat Utama kantor bupati untuk membahas aplikasi.",
    "Bupati meresmikan Ruang Kendali Kota di lantai dua.",
])
def test_a_room_is_no_programme(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_list_opening_its_sentence_with_yakni(nlp: Language) -> None:
    text = "Dalam kesempatan itu, bupati memaparkan dua inovasi unggulan daerah. Yakni Lumbung Distribusi dan Sahabat Hatiku."
    assert names(nlp, text) == ["Lumbung Distribusi", "Sahabat Hatiku"]
    # ... a list of people after "Yakni" is none
    assert names(nlp, "Rapat itu dihadiri banyak pejabat. Yakni Budi Santoso dan Rina Wati.") == []


def test_a_numbered_list_under_a_heading_that_counts_the_programmes(nlp: Language) -> None:
    text = ("Gubernur memaparkan inovasinya kepada tim penguji.\n7 INOVASI SUKAMAJU\n"
            "1. Aplikasi Sehatku, yaitu inovasi layanan kesehatan terpadu satu pintu.\n"
            "2. Command Center Sungai Biru, merupakan pusat data dan koordinasi satgas sungai.\n")
    assert described(nlp, text) == [
        ("Aplikasi Sehatku", "inovasi layanan kesehatan terpadu satu pintu"),
        ("Command Center Sungai Biru", "pusat data dan koordinasi satgas sungai")]
    # ... and a heading that counts other things lists no programmes
    assert names(nlp, "3 Hal Penting\n1. Rapat Kerja Daerah\n2. Musrenbang\n") == []


def test_hostile_counting_lines(nlp: Language) -> None:
    # 50,000 characters of heading lines that count programmes with no list under them, then one with its list
    text = (("7 Inovasi Kota Sukamaju " + "a" * 30 + "\n") * 900 + "Wali kota memaparkan inovasinya.\n"
            "7 INOVASI SUKAMAJU\n1. Aplikasi Sehatku, yaitu layanan kesehatan terpadu.\n")
    assert len(text) > 49_000
    assert names(nlp, text) == ["Aplikasi Sehatku"]


@pytest.mark.parametrize(("text", "expected"), [
    # a list a place noun announces names places (blind m33)
    (("Label smart menuntut daerah menambah nilai ekonomi kawasan wisata seperti Mandeh, dan memperbaiki layanan "
     "dasar aplikasi."), []),
    # ... not after a type word, nor set off by a comma
    ("Pemkab menyiapkan program desa seperti Desa Sehat Mandiri dan Kampung Tani Jaya.",
     ["Desa Sehat Mandiri", "Kampung Tani Jaya"]),
    ("Aplikasi itu memuat peta desa wisata, antara lain Wisata Kebun Kopi dan Sapa Petani.",
     ["Wisata Kebun Kopi", "Sapa Petani"]),
    # ... nor after a type word earlier in its clause, the place noun where the programmes reach
    ("Pemkab menyebarkan inovasi ke setiap desa antara lain Gerakan Desa Bersih dan Sapa Petani.",
     ["Gerakan Desa Bersih", "Sapa Petani"]),
    ("Beragam inovasi lahir di tingkat kecamatan seperti Lapor Camat dan Kecamatan Melayani.", ["Lapor Camat"]),
])
def test_a_list_a_place_noun_announces(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
