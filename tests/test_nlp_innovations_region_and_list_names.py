"""Innovations: names told beside the words that describe them, by class (blind development leftovers, 2026-12-08):
a name opening with its region's name after a place noun or "berbasis"; the last item of a "mulai dari ... hingga"
list after items with no name; a spelt-out name after "serta" under a dimension heading; a describing word of a
verb's shape ("berbahasa") before the first item of a list. Every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # a region's name and words of no place, after "berbasis" and a word that is no type word
    ("Smart Living: mobil jenazah berbasis panggilan Wonosobo Sigap.", ["Wonosobo Sigap"]),
    # ... after a place noun ("desa"), the region named by the short form the text gives it in brackets
    (("Pemerintah Kabupaten Bolaang Mongondow Selatan (Bolsel) meneken nota kerja sama. Dinas itu menyiapkan aplikasi "
     "desa Bolsel Satu Peta untuk perangkat desa."), ["Bolsel Satu Peta"]),
    ("Warga kini memakai aplikasi desa Kebumen Maju untuk mengurus surat.", ["Kebumen Maju"]),
])
def test_a_name_opening_with_its_regions_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # what a thing is based on is still no name, nor a place after a place noun ...
    "Pemkot menerapkan pemerintahan berbasis sistem Elektronik sejak tahun lalu.",
    "Smart Living: layanan berbasis panggilan Sukamaju Sigap.",
    "Warga memakai aplikasi desa Sukamaju Satu Data.",
    # ... nor a region's name and a direction after a place noun
    "Program itu menjangkau kawasan Nias Utara dan desa Kebumen Selatan.",
])
def test_no_name_after_a_place_noun_or_berbasis_without_a_regions_name(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_the_last_item_of_a_list_after_items_with_no_name(nlp: Language) -> None:
    text = ("Aplikasi itu memuat 30 layanan, mulai dari aduan warga Lapor Pak, pendaftaran berobat di puskesmas, "
            "pembayaran retribusi pasar, hingga informasi lowongan kerja industri Loker Kita.")
    values = innovation_values(nlp, text)
    assert [v["name"] for v in values] == ["Lapor Pak", "Loker Kita"]
    # "hingga" ends the list, it says nothing of the item
    assert values[1]["description"] == "informasi lowongan kerja industri"


def test_hingga_after_items_with_no_name_ends_only_a_list_mulai_opens(nlp: Language) -> None:
    text = ("Aplikasi itu memuat aduan warga Lapor Pak, pendaftaran berobat di puskesmas, hingga informasi lowongan "
            "kerja industri Loker Kita.")
    assert "Loker Kita" not in names(nlp, text)


def test_hostile_unnamed_items(nlp: Language) -> None:
    text = "Layanannya mulai dari aduan warga Lapor Pak" + ", pembayaran pajak di desa" * 3000 + " hingga."
    assert names(nlp, text) == ["Lapor Pak"]


def test_a_spelt_out_name_after_serta_under_a_dimension_heading(nlp: Language) -> None:
    text = "Smart Living: Posyandu Keliling Mawar serta layanan perawat kunjung lansia Rawat di Rumah (RaDiRu)."
    values = innovation_values(nlp, text)
    assert [(v["name"], v["description"], v["dimension"]) for v in values] == [
        ("Posyandu Keliling Mawar", None, "Smart Living"),
        ("Rawat di Rumah (RaDiRu)", "layanan perawat kunjung lansia", "Smart Living")]


def test_a_language_describes_the_first_item_of_a_list(nlp: Language) -> None:
    text = ("Layanan yang masih berjalan antara lain kanal aduan berbahasa daerah Sapa Dulur dan peta wisata pantai "
            "Tegal Menyapa.")
    assert names(nlp, text) == ["Sapa Dulur", "Tegal Menyapa"]
