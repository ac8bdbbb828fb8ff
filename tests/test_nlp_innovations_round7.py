"""Innovations, seventh round on real news (first-sight group r1800): meeting formats, signed agreements, a room
named by its kind, what a system is based on, and a capitalised "Program" after a verb (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


@pytest.mark.parametrize("text", [
    # a discussion meeting, however the outlet spells it out
    "Kominfo menggelar Forum Group Discussion (FGD) tentang rencana induk kota cerdas Ternate.",
    "Pemkot Kendari melaksanakan Focus Group Discussion (FGD) bersama akademisi.",
    # a signed agreement, with its short form
    "Penandatanganan Nota Kesepahaman (MoU) antara Pemkab Sigi dan Kementerian Kominfo dilakukan di Jakarta.",
    "Kedua pihak meneken Perjanjian Kerja Sama (PKS) tentang pertukaran data kependudukan.",
    "Kota itu menandatangani Memorandum of Understanding (MoU) dengan sebuah kampus.",
])
def test_meetings_and_agreements_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a room any office may fit out, named only by its kind
    ("Menurut asesor, Kabupaten Gowa memulai dengan Smart Room yang keren.", []),
    ("Diskominfo Sumbawa juga punya War Room yang sesuai standar.", []),
    # a room named after its city is one
    ("Semua layanan dikendalikan di Palopo War Room milik pemkot.", ["Palopo War Room"]),
])
def test_a_room_named_by_its_kind_only_is_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a government or a service is based on
    ("Langkah itu mendukung pemerintahan berbasis sistem Elektronik di semua dinas.", []),
    ("Pelayanan perizinan kini berbasis aplikasi Digital di setiap kecamatan.", []),
    # an app after its type word is still read
    ("Kota Bitung meluncurkan aplikasi Sigap untuk pengaduan warga.", ["Sigap"]),
])
def test_what_a_thing_is_based_on_is_no_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Program" capitalised after a lower-case word, then its name
    ("Dalam rangka mewujudkan Program Garut 1000 Warung, pemkab menyusun rencana induk.", ["Garut 1000 Warung"]),
    ("Pemkab menggandeng relawan untuk Program Sigi Sejuta Pohon.", ["Sigi Sejuta Pohon"]),
    # a university's study programme and the national movement are none
    ("Mahasiswa dari Program Studi Teknik Informatika ikut hadir.", []),
    ("Kabupaten itu ikut Program Menuju 100 Smart City sejak 2018.", []),
])
def test_a_capitalised_program_after_a_lower_case_word_names_one(nlp: Language, text: str,
                                                                 expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_based_on_pattern_reads_hostile_input() -> None:
    from extractor.nlp.innovations import BASED_ON
    assert BASED_ON.search("berbasis " + "a " * 25_000 + "X") is None
