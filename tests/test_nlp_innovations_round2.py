"""Innovations, second round on real news: programme vocabulary, connectives and bodies read as names; names that a
capitalised type word, a list, a joined region name or a short alias introduce."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp import analyse


@pytest.mark.parametrize(
    "text",
    [
        # a connective or a reporting verb ending in -nya before a comma opens a clause about an app
        "Rencananya, aplikasi tersebut dipakai seluruh kelurahan mulai bulan depan.",
        "Diungkapkannya, aplikasi yang dibangun tahun lalu kini dipakai ribuan warga.",
        # the leaders of a council among the backers of an app, and the words of a ministry
        "Aplikasi Sampahku mendapat dukungan pihak utama, seperti Wakil Bupati, Pj Sekda, dan Pimpinan DPRD Sleman.",
        "Program kota cerdas ini didorong melalui Pendayagunaan dan Aparatur Negara untuk layanan yang lebih cepat.",
        # e-mail is a channel, not an e-service
        "Situs aplikasi itu terhubung dengan kanal aduan warga, di antaranya e-mail aduan@contoh.id dan pesan singkat.",
        # a list after the region's vision names no programme
        "Inovasi pelayanan publik ini mendukung visi dan misi kabupaten yakni Sleman Sejahtera 2030.",
        "“Aplikasi ini bagian dari Visi-misi kita yang sudah lama jelas yaitu Sleman Berdaya,” kata bupati.",
        # the programme's word cut before its lower-case half, and a selection parameter of the programme
        "Narasumber menekankan pentingnya daerah memiliki Quick win atau brand keunggulan berbasis aplikasi.",
        "Parameter pemilihan aplikasi daerah contohnya adalah Kemampuan Keuangan Daerah (KKD) dan indeks lain.",
        # a launch is an event, not the programme it launches
        "Bupati hadir usai Launching Desa Digital Tepatnya di balai desa, Senin.",
    ],
)
def test_vocabulary_connectives_and_bodies_are_no_innovations(nlp: Language, text: str) -> None:
    assert [n for n in names(nlp, text) if n != "Sampahku"] == []


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


def test_a_list_files_its_items_under_the_one_dimension_of_the_sentence_before(nlp: Language) -> None:
    text = ("Untuk dimensi Smart Living tercatat tujuh kegiatan yang sudah berjalan. Beberapa program itu di antaranya "
            "SIGAP Sehat, Posyandu Daring dan Ambulans Desa.")
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("SIGAP Sehat", "Smart Living"), ("Posyandu Daring", "Smart Living"), ("Ambulans Desa", "Smart Living")]


def test_the_sentence_before_naming_two_dimensions_files_nothing(nlp: Language) -> None:
    text = ("Kota ini unggul di Smart Living dan Smart Economy. Aplikasi yang dipamerkan antara lain SIGAP Sehat dan "
            "Pasar Warga.")
    doc = analyse(text, nlp=nlp)
    assert [s._.value["dimension"] for s in doc.spans["innovations"]] == [None, None]


def test_a_programme_a_region_makes(nlp: Language) -> None:
    text = "Untuk mewujudkan smart branding, pemkot membuat Kampung Batik Lestari bersama perajin setempat."
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Kampung Batik Lestari", "Smart Branding")]


def test_a_marker_word_ending_a_person_makes_it_a_service(nlp: Language) -> None:
    text = "Konsep yang ditiru adalah milik kota tetangga. “Sleman Single Window itu melayani semua perizinan,” katanya."
    assert "Sleman Single Window" in names(nlp, text)


def test_the_sentence_before_filing_its_own_item_files_no_later_one(nlp: Language) -> None:
    text = ("Program \"Kali Bersih\" akan dimasukkan dalam dimensi Smart Environment. Pemkab juga menyiapkan aplikasi "
            "SiPangan, SiTernak dan SiNelayan untuk petani.")
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Kali Bersih", "Smart Environment"), ("SiPangan", None), ("SiTernak", None), ("SiNelayan", None)]


def test_the_rating_categories_of_an_award_are_no_innovations(nlp: Language) -> None:
    text = ("Kota ini meraih dua penghargaan kota cerdas, yang terdiri dari Rating Layanan Digital (Smart Governance) "
            "dan Rating Mobilitas (Smart Mobility).")
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Quick win tahun ini meliputi SiDesa, Portal Sleman Smartcity dan Pasar Tani.",
     ["SiDesa", "Portal Sleman Smartcity", "Pasar Tani"]),
    # the programme's own name stays vocabulary
    ("Quick win tahun ini meliputi SiDesa, Pasar Tani, dan Sleman Smart City.", ["SiDesa", "Pasar Tani"]),
])
def test_a_portal_named_after_its_region_and_the_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
