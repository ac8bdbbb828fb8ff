"""Innovations, second round on real news: programme vocabulary, connectives and bodies read as names; names that a
capitalised type word, a list, a joined region name or a short alias introduce."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def names(nlp: Language, text: str) -> list[str]:
    doc = analyse(text, nlp=nlp)
    return [s._.value["name"] for s in doc.spans["innovations"]]


@pytest.mark.parametrize(
    "text",
    [
        # a connective or a reporting verb ending in -nya before a comma opens a clause about an app
        "Rencananya, aplikasi tersebut dipakai seluruh kelurahan mulai bulan depan.",
        "Diungkapkannya, aplikasi yang dibangun tahun lalu kini dipakai ribuan warga.",
        # the leaders of a council among the backers of an app, and the words of a ministry
        "Aplikasi itu didukung pihak terkait seperti Sekda, Kapolres, dan Pimpinan DPRD Kabupaten Sleman.",
        "Program kota cerdas ini didorong melalui Pendayagunaan dan Aparatur Negara untuk layanan yang lebih cepat.",
        # e-mail is a channel, not an e-service
        "Aduan warga diterima lewat aplikasi pengaduan, e-mail dan pesan singkat.",
        # a list after the region's vision names no programme
        "Inovasi pelayanan publik ini mendukung visi dan misi kabupaten yakni Sleman Sejahtera 2030.",
    ],
)
def test_vocabulary_connectives_and_bodies_are_no_innovations(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_facility_among_the_names_of_a_list_is_an_item(nlp: Language) -> None:
    text = "Inovasi kota yang ditiru daerah lain antara lain SIPENA, e-Parkir, dan Command Center."
    assert names(nlp, text) == ["SIPENA", "e-Parkir", "Command Center"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot juga menerapkan e-audit dan e-transport untuk angkutan kota.", ["e-audit", "e-transport"]),
])
def test_joined_e_services_in_lower_case(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_name_defined_after_a_comma(nlp: Language) -> None:
    text = "Kabupaten Sleman punya banyak inovasi.\nSikasep, adalah serangkaian program kebersihan berbasis aplikasi."
    assert names(nlp, text) == ["Sikasep"]


def test_a_lower_case_name_joined_to_the_region_after_a_type_word(nlp: Language) -> None:
    text = "Warga Kabupaten Sleman dapat mengadu lewat portal laporsleman, yang dikelola dinas kominfo."
    assert names(nlp, text) == ["laporsleman"]


@pytest.mark.parametrize(("text", "expected"), [
    # "Aplikasi" capitalised after a lower-case word is a type word
    ("Di pameran itu pemkot menampilkan layanannya dengan Aplikasi SIGAPKU serta papan informasi.", ["SIGAPKU"]),
    # ... not after "dan", where it opens a list item's name
    ("Tiga inovasi dipaparkan, meliputi Dapur Gizi, SITANI dan Aplikasi Ronda Warga.",
     ["Dapur Gizi", "SITANI", "Aplikasi Ronda Warga"]),
])
def test_a_capitalised_type_word_inside_a_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a conjunction after the type word: what follows is no app's name
        "Dinas kominfo menggelar lomba aplikasi dan Games Nusantara untuk pelajar.",
        # "Aplikasi" inside a body's name
        "Hadir Direktur Layanan Aplikasi Informatika Pemerintahan dalam acara itu.",
    ],
)
def test_a_type_word_before_a_conjunction_or_in_a_body_names_nothing(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_names_in_capitals_joined_by_dan_are_two(nlp: Language) -> None:
    text = "Pemkot memamerkan Aplikasi SIMANTAP, SIMANTAP WARGA DAN PANGGILAN DARURAT 112, serta aplikasi lain."
    assert names(nlp, text) == ["SIMANTAP", "SIMANTAP WARGA", "PANGGILAN DARURAT 112"]


def test_the_sector_an_app_serves_parts_it_from_the_next(nlp: Language) -> None:
    text = "Wali kota akan memaparkan aplikasi Pasar Rakyat untuk sektor ekonomi dan Sehat Bersama di bidang kesehatan."
    assert names(nlp, text) == ["Pasar Rakyat", "Sehat Bersama"]


def test_a_short_name_before_atau_and_the_long_one(nlp: Language) -> None:
    text = ("Untuk smart branding, pemkab menggelar Sendratari atau Festival Budaya Pesisir setiap tahun.")
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Sendratari (Festival Budaya Pesisir)", "Smart Branding")]
