"""Innovations: a name after its type word and the words that say what the thing does ("aplikasi pemesanan homestay
X"), by class (a longer describing run, one with "dan" inside, one ending with a group's acronym, a person read into
the name, an abstract noun opening it, a title or a venue after the type word); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # four describing words
    ("Pemkab menggulirkan gerakan pilah sampah rumah tangga Karangjati Resik tahun ini.", ["Karangjati Resik"]),
    # "dan" between two describing words
    ("Pemkot membangun aplikasi laporan banjir dan kebakaran Sigap Kampung untuk warga.", ["Sigap Kampung"]),
])
def test_a_longer_describing_run(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_venue_after_a_type_word_is_none(nlp: Language) -> None:
    text = "Penghargaan diserahkan pada penutupan gerakan di JCC Senayan, Jakarta, Rabu (3/5/2023)."
    assert names(nlp, text) == []


def test_a_person_read_into_a_described_name(nlp: Language) -> None:
    text = "Bupati ingin wisata bahari dikembangkan lewat aplikasi pemesanan kamar Suliki Stay."
    assert names(nlp, text) == ["Suliki Stay"]


def test_a_role_before_the_type_word_keeps_the_person(nlp: Language) -> None:
    text = "Narasumbernya antara lain praktisi sistem informasi Rudi Lamongga dari Bandung."
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot memperkenalkan kalender acara budaya Pesona Teluk Biru bagi wisatawan.", ["Pesona Teluk Biru"]),
    ("Kepala dinas menyebut pusat pemantauan Rembang Siaga Cepat sudah terhubung ke kecamatan.",
     ["Rembang Siaga Cepat"]),
])
def test_type_words_of_a_calendar_and_a_monitoring_centre(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_an_abstract_noun_opening_a_typed_name(nlp: Language) -> None:
    text = "Yang dipaparkan adalah layanan administrasi terpadu Sinergi Warga Maju dan aplikasi lain."
    assert names(nlp, text) == ["Sinergi Warga Maju"]


def test_a_title_alone_is_no_name(nlp: Language) -> None:
    text = "Salah satunya, Prof. Dr. Rina Kusuma dari Universitas Andalas, menanyakan program smart city."
    assert names(nlp, text) == []


def test_a_festival_after_dari(nlp: Language) -> None:
    text = "Capaian itu tidak lepas dari Festival Perahu Naga Daring, yang disiarkan setiap tahun."
    assert names(nlp, text) == ["Festival Perahu Naga Daring"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Smart Economy: lima program, termasuk toko daring UMKM Lapak Tembalang.", ["Lapak Tembalang"]),
    ("Smart Governance: aplikasi absensi ASN Hadir Tepat dan portal data Satu Peta.", ["Hadir Tepat", "Satu Peta"]),
])
def test_a_groups_acronym_ends_the_describing_words(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_heading_item_after_a_comma_described_before_its_name(nlp: Language) -> None:
    text = "Smart Governance: SIPKD, aplikasi absensi pegawai Hadir Tepat, dan e-arsip (arsip digital)."
    assert names(nlp, text) == ["SIPKD", "Hadir Tepat", "e-arsip"]


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word, the lower-case words that go on with it, and its short form in brackets are one name
    ("Pemkab meluncurkan program Rumah belajar Pesisir (Rubesir) untuk pemuda.", ["Rumah belajar Pesisir (Rubesir)"]),
    ("Inovasi desa itu antara lain Lampu tenaga surya (Surya Terang) di jalan desa.",
     ["Lampu tenaga surya (Surya Terang)"]),
])
def test_a_name_going_on_in_lower_case_to_its_short_form(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_type_word_with_nya_between_a_dimension_and_its_items(nlp: Language) -> None:
    text = "Dalam dimensi smart governance, inovasinya berupa penerapan SIMPATIK, e-Surat dan e-Retribusi."
    assert names(nlp, text) == ["SIMPATIK", "e-Surat", "e-Retribusi"]


def test_the_lower_case_run_before_a_short_form_reads_hostile_input() -> None:
    from extractor.nlp.innovations import LOWER_THEN_SHORT
    assert LOWER_THEN_SHORT.match(" ab" * 20_000 + " (") is None


def test_a_clause_a_connective_opens_describes_no_name_before_it(nlp: Language) -> None:
    text = ("Kabupaten Buton memasarkan kain lewat Tenun Buton Digital, sementara Kabupaten Muna membangun aplikasi "
            "laporan banjir dan keamanan wisata Muna Siaga.")
    found = innovation_values(nlp, text)
    assert [(v["name"], v["description"]) for v in found] == [("Tenun Buton Digital", None), ("Muna Siaga", "aplikasi laporan banjir dan keamanan wisata")]


def test_the_describing_run_reads_hostile_input() -> None:
    from extractor.nlp.innovations import InnovationFinder
    assert InnovationFinder().after_type.search("aplikasi" + " dan ab" * 20_000 + " dan") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Quick win itu antara lain layanan bidan keliling desa Bunda Sigap bagi ibu hamil.", ["Bunda Sigap"]),
    ("Pemkab menggulirkan gerakan bank sampah desa Rapi Lestari tahun ini.", ["Rapi Lestari"]),
    # an activity before the place noun: the place is the village it serves
    ("Pemkab menjalankan program pembangunan desa Sumber Makmur tahun ini.", []),
])
def test_a_place_noun_ending_what_a_typed_thing_does(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_name_apposed_after_a_longer_description_of_its_type(nlp: Language) -> None:
    text = "Kabupaten Kendal memaparkan layanan pengingat imunisasi balita berbasis SMS, Kendal Sehat Anak."
    assert names(nlp, text) == ["Kendal Sehat Anak"]


def test_an_item_credited_for_an_award_takes_its_category(nlp: Language) -> None:
    text = ("Kota Sawahlunto meraih penghargaan untuk kategori dimensi Smart Branding, Senin (5/12/2022).\n"
            "Wali kota mengatakan penghargaan itu berkat Festival Lori Tambang, yang digelar tiap tahun.")
    found = innovation_values(nlp, text)
    assert [(v["name"], v["dimension"], v["dimension_source"]) for v in found] == [
        ("Festival Lori Tambang", "Smart Branding", "stated")]


def test_the_describing_words_before_a_name_are_its_description(nlp: Language) -> None:
    text = "Quick win itu antara lain layanan bidan keliling desa Bunda Sigap dan aplikasi harga gabah Tani Untung."
    found = innovation_values(nlp, text)
    assert [(v["name"], v["description"]) for v in found] == [
        ("Bunda Sigap", "layanan bidan keliling desa"), ("Tani Untung", "aplikasi harga gabah")]


def test_a_preposition_before_a_common_noun_goes_on_describing_the_next_item(nlp: Language) -> None:
    # "di sungai" tells what the service does; only a preposition before a capitalised word (a venue) ends the run
    text = ("Tiga program unggulan Kabupaten Sintang akan diperluas, yakni aplikasi pengaduan Lapor Cepat, layanan "
            "kesehatan di sungai Perahu Sehat Desa, dan pasar daring Pasar Tenun Online.")
    assert names(nlp, text) == ["Lapor Cepat", "Perahu Sehat Desa", "Pasar Tenun Online"]


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective of a verb's shape among the describing words
    ("Tim memaparkan layanan informasi air bersih Tirta Cerdas untuk desa-desa.", ["Tirta Cerdas"]),
    # ... and a noun of that shape
    ("Tim memaparkan layanan informasi distribusi pupuk Tani Cerdas untuk petani.", ["Tani Cerdas"]),
    # five describing words before a name a comma sets off
    ("Program ini tampil bersama layanan tanda tangan elektronik aparatur kelurahan, siTTD Kelurahan.",
     ["siTTD Kelurahan"]),
    # a name of an app's shape after "berbasis aplikasi" (what a thing runs on is otherwise no name)
    ("Layanan yang berjalan antara lain pencatatan posyandu berbasis aplikasi e-Posyandu Sejahtera.",
     ["e-Posyandu Sejahtera"]),
])
def test_more_describing_shapes(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_based_on_a_generic_word_is_none(nlp: Language) -> None:
    assert names(nlp, "Pemkab menerapkan pemerintahan berbasis aplikasi Digital di semua dinas.") == []
