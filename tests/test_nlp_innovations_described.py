"""Innovations: names that follow describing words of their type, and list items after such a name (audit of the
blind dev group m25-m92, round innov); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values as values
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective of a verb's shape ("dini", "terpadu", "digital") describes the type word before the name
    ("Dinas itu mengelola sistem peringatan dini banjir Awas Genang yang memantau pompa.", ["Awas Genang"]),
    ("Warga mengurus izin lewat layanan perizinan terpadu SIMPEL Kendal sejak tahun lalu.", ["SIMPEL Kendal"]),
    ("Pemkab memakai portal data terintegrasi Kendal Satu Data untuk perencanaan.", ["Kendal Satu Data"]),
    # guard: a verb after the type word still ends the words that describe it
    ("Pemkab memakai aplikasi dikelola Dinas Kominfo untuk perencanaan.", []),
])
def test_describing_words_of_a_verbs_shape_before_a_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list word, a type word, the first name and what it does, then the next items
    (("Inovasi yang diandalkan antara lain aplikasi SIKENDAL untuk layanan perizinan, Kendal Sehat untuk antrean "
      "rumah sakit, serta Lapor Warga yang dikelola Diskominfo."), ["SIKENDAL", "Kendal Sehat", "Lapor Warga"]),
    # guard: a body after the list word and a type word opens no list of programmes
    ("Acara didukung antara lain aplikasi milik Bank Jateng, Telkom dan Kominfo.", []),
])
def test_a_list_opening_with_a_type_word_goes_on(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an official's post before a verb or a marker word is the name of a service, after its type word
    ("Warga mengurus surat pengantar lewat aplikasi Lurah Online tanpa datang ke kantor.", ["Lurah Online"]),
    ("Keluhan warga ditampung aplikasi pengaduan Bupati Menyapa setiap hari.", ["Bupati Menyapa"]),
    # guard: the official himself
    ("Aplikasi itu diresmikan Bupati Kendal pada Senin.", []),
])
def test_an_officials_post_may_open_a_services_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_name_joined_to_a_phrase_that_defines_its_acronym_is_two(nlp: Language) -> None:
    text = "Penghargaan itu diraih berkat program Pasar Digital Kendal dan Kredit Usaha Tani Daerah (KUTADA)."
    assert names(nlp, text) == ["Pasar Digital Kendal", "Kredit Usaha Tani Daerah (KUTADA)"]


@pytest.mark.parametrize(("text", "expected"), [
    # "Mobile" ends a service's name as "Online" does
    ("Pasien dapat mengambil nomor antrean dari rumah dengan Kendal Sehat Mobile.", ["Kendal Sehat Mobile"]),
])
def test_a_marker_word_ends_a_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # under a dimension, an item after "dan" may open with the words that describe it
    ("Smart Governance: Kendal Satu Data dan tanda tangan elektronik SIGAPAN.",
     [("Kendal Satu Data", "Smart Governance"), ("SIGAPAN", "Smart Governance")]),
    ("Smart Governance: aplikasi aduan Sapa Warga dan perizinan daring SiCEPAT.",
     [("Sapa Warga", "Smart Governance"), ("SiCEPAT", "Smart Governance")]),
])
def test_a_described_item_under_a_dimension(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


def test_a_bracket_under_a_dimension_keeps_its_dan(nlp: Language) -> None:
    text = "Smart Environment: SiPADAM (Sistem Pelaporan Api Hutan dan Lahan) dari BPBD, nilai 80,10."
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == [("SiPADAM", "Smart Environment")]


def test_a_description_ends_before_the_next_typed_item(nlp: Language) -> None:
    text = "Pemkot meluncurkan Kendal Ikan Online untuk nelayan dan aplikasi Pantai Lestari yang memantau pesisir."
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == [
        ("Kendal Ikan Online", "untuk nelayan"), ("Pantai Lestari", "yang memantau pesisir")]


def test_a_two_word_short_form_in_mixed_case_defines_a_name(nlp: Language) -> None:
    text = "Program yang dipaparkan antara lain layanan kesehatan Kota Kendal Sehat (KOKEN Sehat) bagi warga."
    assert names(nlp, text) == ["Kota Kendal Sehat (KOKEN Sehat)"]


@pytest.mark.parametrize(("text", "expected"), [
    # words in lower case set off by a comma before a heading's first name tell what it is (blind m117, m135)
    ("Smart Economy: lapak daring hasil kebun karet, Lapak Getah.", [("Lapak Getah", "lapak daring hasil kebun karet")]),
    ("Smart Governance: layanan surat desa secara daring, e-Desa.", [("e-Desa", "layanan surat desa secara daring")]),
    # ... not an item of their own joined by "dan", nor a time ("tahun ini")
    ("Smart Society: perpustakaan keliling dan Kampung Literasi Digital.", [("Kampung Literasi Digital", None)]),
    ("Smart Governance: tahun ini, Sapa Warga.", [("Sapa Warga", None)]),
    # ... nor a setting of time or place ("pada masa pandemi", "di tingkat desa")
    ("Smart Governance: pada masa pandemi, Sapa Warga.", [("Sapa Warga", None)]),
    ("Smart Living: di tingkat desa, Posyandu Digital Mawar.", [("Posyandu Digital Mawar", None)]),
    ("Smart Society: sejak tahun lalu, Kampung Literasi Digital.", [("Kampung Literasi Digital", None)]),
])
def test_words_set_off_before_a_headings_first_name_describe_it(nlp: Language, text: str,
                                                               expected: list[tuple[str, str | None]]) -> None:
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb right after the name that says what the thing does describes it (blind m133)
    (("Danau Caldera Virtual Tour menyajikan tur daring ke desa-desa wisata di tepi danau, sementara Pesta Tenun Online "
     "mempertemukan penenun dengan pembeli dari luar daerah."),
     [("Danau Caldera Virtual Tour", "menyajikan tur daring ke desa-desa wisata di tepi danau"),
      ("Pesta Tenun Online", "mempertemukan penenun dengan pembeli dari luar daerah")]),
    # ... not one of what it achieved
    ("Aplikasi Sapa Warga meraih penghargaan nasional tahun lalu.", [("Sapa Warga", None)]),
    # ... nor "mencatat" of a figure it recorded (its common sense in news)
    ("Festival Tenun Online mencatat 500 pengunjung sepanjang tahun lalu.", [("Festival Tenun Online", None)]),
])
def test_a_verb_saying_what_the_thing_does_describes_it(nlp: Language, text: str,
                                                       expected: list[tuple[str, str | None]]) -> None:
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == expected


def test_a_clause_turning_against_the_item_is_no_description(nlp: Language) -> None:
    text = ("Beberapa dinas sudah punya aplikasi sendiri, seperti aplikasi pajak daerah e-Pajak Lumbung, tetapi "
            "datanya belum terhubung satu sama lain.")
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == [("e-Pajak Lumbung", None)]
