"""Innovations: later items of a list each told by the words that say what the thing is before its name ("aplikasi
A, layanan kesehatan di pulau B, serta katalog daring anyaman, C"), by class; every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # a place after "di" among the describing words, and a name set off by a comma ending the sentence
    (("Ia mencontohkan program unggulan, yakni aplikasi keluhan Sapa Warga, layanan kesehatan di pulau Perahu Sehat "
      "Bahari, serta katalog daring anyaman rotan, Galeri Rotan Lestari."),
     ["Sapa Warga", "Perahu Sehat Bahari", "Galeri Rotan Lestari"]),
    # the acronym of a group served among them
    (("Ia mencontohkan layanan izin daring Sigap Izin, aplikasi pantau gizi anak Anak Hebat, dan pasar digital UMKM "
      "Kampung Batik Ceria."), ["Sigap Izin", "Anak Hebat", "Kampung Batik Ceria"]),
    # after an item's clause, no type word among the describing words
    ("Ia memaparkan program Sistem Data Desa (SIDADE) untuk layanan desa, serta pasar hasil bumi daring Tani Maju.",
     ["Sistem Data Desa (SIDADE)", "Tani Maju"]),
    (("Inovasi yang dipaparkan antara lain kanal aduan Lapor Kilat (LAKI), aplikasi pasar ikan daring Pasar Ikan "
      "Online, serta rute wisata sejarah Padang Panjang Heritage Walk."), ["Lapor Kilat (LAKI)", "Pasar Ikan Online", "Padang Panjang Heritage Walk"]),
    # a name opening in lower case
    (("Beberapa layanan kini menjadi fitur aplikasi itu, seperti kanal aduan Halo Camat dan pemesanan antrean "
      "puskesmas siAntre Kilat."), ["Halo Camat", "siAntre Kilat"]),
])
def test_a_described_later_item(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_describing_words_are_the_description(nlp: Language) -> None:
    text = "Ia mencontohkan aplikasi aduan Lapor Cepat, serta layanan kesehatan di sungai Perahu Sehat."
    values = {v["name"]: v["description"] for v in innovation_values(nlp, text)}
    assert values == {"Lapor Cepat": "aplikasi aduan", "Perahu Sehat": "layanan kesehatan di sungai"}


@pytest.mark.parametrize("text", [
    # a speaker after the list, a turn to another subject, a place
    "Ia mencontohkan aplikasi aduan Lapor Cepat, kata Kepala Dinas Kominfo Budi Santoso.",
    "Ia memaparkan aplikasi aduan Lapor Cepat, sementara warga Desa Sukamaju belum memakainya.",
    "Ia memaparkan aplikasi aduan Lapor Cepat, dan kepala desa Sukamaju menyambutnya.",
])
def test_no_described_item(nlp: Language, text: str) -> None:
    assert names(nlp, text) == ["Lapor Cepat"]


def test_a_described_item_s_clause_ends_the_list(nlp: Language) -> None:
    text = ("Di antaranya aplikasi Sumber Rejeki untuk urusan pajak, layanan antar pasien KERETA SEHAT milik dinas, "
            "dan portal Jelajah Sumber yang memuat informasi pantai Teluk Hijau dan Watu Lawang.")
    assert "Watu Lawang" not in names(nlp, text)


def test_hostile_describing_runs(nlp: Language) -> None:
    text = "Ia memaparkan aplikasi aduan Lapor Cepat" + ", layanan kesehatan di pulau" * 400 + " untuk warga" * 300 + "."
    assert names(nlp, text) == ["Lapor Cepat"]


@pytest.mark.parametrize(("text", "expected"), [
    # a heading line's only item, told by words in lower case before its name, no type word among them
    ("Smart Economy: pasar sayur daring Pasar Tani Makmur.\nSmart Living: Posyandu Cerdas Melati.",
     ["Pasar Tani Makmur", "Posyandu Cerdas Melati"]),
])
def test_a_described_heading_item(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_heading_line_of_prose_names_none(nlp: Language) -> None:
    text = "Smart Living: warga menilai Puskesmas Pagi.\nSmart Economy: Pasar Tani Makmur."
    assert names(nlp, text) == ["Pasar Tani Makmur"]


@pytest.mark.parametrize(("text", "expected"), [
    # the first item after a list word, told by words with no type word among them
    (("Menurut dia, beberapa layanan digital sudah berjalan, misalnya antrean daring rumah sakit umum SiPasien Cepat "
      "dan aduan warga melalui kanal Halo Bupati Sinjai."), ["SiPasien Cepat", "Halo Bupati Sinjai"]),
])
def test_a_described_first_item(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_person_after_a_list_word_is_none(nlp: Language) -> None:
    text = "Hadir dalam rapat aplikasi desa itu antara lain kepala bidang Rudi Hartono, dan camat Sari Dewi."
    assert names(nlp, text) == []


def test_a_described_first_item_s_description(nlp: Language) -> None:
    text = "Aplikasi itu memuat 12 layanan, mulai dari aduan warga Halo Wali, izin usaha di mal pelayanan, hingga pajak."
    assert [(v["name"], v["description"]) for v in innovation_values(nlp, text)] == [("Halo Wali", "aduan warga")]
