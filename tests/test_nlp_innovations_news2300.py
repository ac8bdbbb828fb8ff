"""Innovations on real news, groups r2300 and r2400: the planning modules every region runs, an adverb opening a quote,
a region's offices listed as a dimension's owners, the ministry's directorate, "program unggulan" heading a list, an
item listed beside the dimensions, a ticker of other headlines, and examples opened by "Di antaranya" after the
sentence naming the innovations (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values as values
from spacy.language import Language


@pytest.mark.parametrize("text", [
    # the modules of the national planning and budgeting system, in lower case, are vocabulary like e-government
    "Semua dinas di Kabupaten Sumba Barat sudah memakai e-planning, e-budgeting dan e-monev dalam penganggaran.",
    "Pemkot Tidore menerapkan aplikasi seperti e-budgeting dan e-planing sejak tahun lalu.",
])
def test_planning_modules_are_vocabulary(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    # an adverb opening a quoted clause is no app, whatever type word follows it
    "“Kedepan, sistem-sistem perizinan yang berbelit akan kami pangkas,” ujar bupati di kantornya.",
    "“Ke depan, layanan untuk pedagang pasar makin mudah,” kata wali kota dalam sambutannya.",
])
def test_an_adverb_before_a_comma_names_nothing(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    # the offices a dimension is assigned to are bodies, not programmes, however the list joins them
    ("Untuk Smart Governance, perangkat daerah pengampunya meliputi Inspektorat, Badan Kesatuan Bangsa dan Politik "
    "Daerah, Sekretariat DPRD dan Bagian Hukum Setda."),
    # the ministry's directorate of public information, named with its short form
    ("Menurut Kepala Seksi Layanan Digital Dirjen Informasi dan Komunikasi Publik (IKP) Kominfo, Budi Santoso, seleksi "
    "itu berjalan ketat."),
])
def test_offices_and_directorates_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_programme_unggulan_heads_the_list_and_is_none(nlp: Language) -> None:
    text = ("Rencana itu terkait dengan Program Unggulan Pemkab Sikka, yakni Smart Governance pada program "
            "Sikka Sigap Melayani (SISMA), Smart Branding pada program Tenun Digital (Tendig).")
    assert names(nlp, text) == ["Sikka Sigap Melayani (SISMA)", "Tenun Digital (Tendig)"]


@pytest.mark.parametrize(("text", "expected"), [
    # an item listed after the dimensions, as their peer, is not filed under the last of them
    (("Dinas-dinas sudah berinovasi, antara lain meluncurkan Smart Governance, Smart Living, Smart Economy, dan "
     "Call Center 112 di ruang kendali."), None),
    ("Pemkot telah meluncurkan Smart Branding, Smart Environment serta aplikasi Kendari Pintar bagi warganya.", None),
    # a dimension that files its item still does
    ("Untuk Smart Living, aplikasi Sehatku melayani pendaftaran puskesmas.", "Smart Living"),
    ("Pada Smart Governance dan Smart Society ada aplikasi Sigap Desa untuk aduan warga.", "Smart Society"),
])
def test_an_item_beside_the_dimensions_is_not_filed_under_them(nlp: Language, text: str,
                                                                expected: str | None) -> None:
    found = values(nlp, text)
    assert len(found) == 1
    assert found[0]["dimension"] == expected


def test_a_ticker_of_other_headlines_names_no_programme(nlp: Language) -> None:
    text = ("Berita terkini   |   21:00 . Dinas Luncurkan Aplikasi Sipetani untuk Petani   |   20:00 . Era Digital, "
            "Remaja Butuh Literasi   |   19:00 . Jalan Desa Diperbaiki\n"
            "Pemkab Nganjuk meluncurkan aplikasi Sipedas pada pukul 10:00 . Acaranya meriah.")
    assert names(nlp, text) == ["Sipedas"]


@pytest.mark.parametrize(("text", "expected"), [
    # the examples of the sentence before, after "Di antaranya"
    (("Kota Batu masuk percontohan inovasi daerah. Di antaranya di bidang wisata seperti Kampung Batik, "
     "Kampung Tahu, dan Kampung Gerabah."), ["Kampung Batik", "Kampung Tahu", "Kampung Gerabah"]),
    ("Kabupaten Ende punya banyak inovasi. Antara lain Kampung Tenun dan Kampung Kopi.", ["Kampung Tenun", "Kampung Kopi"]),
    # with no innovation in the sentence before, the villages are places
    ("Kota Batu masuk percontohan daerah. Di antaranya di bidang wisata seperti Kampung Batik dan Kampung Tahu.", []),
])
def test_examples_after_a_sentence_about_innovations_are_innovations(nlp: Language, text: str,
                                                                     expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_new_patterns_read_hostile_input() -> None:
    from extractor.nlp.innovations import EXAMPLES_OPEN, PEER_GAP, TICKER_ITEM, _in_headline_ticker
    hostile = "1:00 " * 10_000
    assert len(TICKER_ITEM.findall(hostile)) == 0
    assert not _in_headline_ticker("|" + "12:00 " * 10_000, 3)
    PEER_GAP.fullmatch(", dan " + " \t" * 25_000 + "x")
    assert EXAMPLES_OPEN.match(" " * 50_000 + "x") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a chatbot is a type word like "aplikasi": its name follows
    ("Warga bisa bertanya lewat situs, aplikasi Android, serta chatbot Tanya Kediri yang aktif sepanjang hari.",
     ["Tanya Kediri"]),
    # CCTV is a generic facility even as the first item of a list of services
    (("Berbagai layanan mulai CCTV, antrean puskesmas dan lainnya kini ada dalam satu aplikasi bernama Sikka Maju "
     "Mobile."), ["Sikka Maju Mobile"]),
])
def test_chatbots_are_named_and_cctv_is_a_facility(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a counted item that is a type word and a lower-case name, its own sentence, after the count of innovations
    (("Bupati memaparkan tiga inovasi daerah. Pertama, aplikasi Sehatku untuk antrean puskesmas. Kedua, gerakan gemar "
     "menabung. Kegiatan itu dimulai dari sekolah sejak 2019."), ["Sehatku", "gemar menabung"]),
    # a demonstrative is no name, and with no innovation named before, a counted phrase is no programme
    ("Pemkab punya dua program quick win. Pertama, program ini sangat baik.", []),
    ("Pertama, program wisata desa. Warga senang dengan kegiatan itu.", []),
])
def test_a_counted_lower_case_programme_is_read(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_counted_pattern_reads_hostile_input(nlp: Language) -> None:
    from extractor.nlp.innovations import InnovationFinder
    finder = InnovationFinder()
    hostile = "Pertama, " + "gerakan " * 6_000 + "inovasi, " * 600
    assert list(finder.counted_lower.finditer(hostile)) == []
    assert names(nlp, "Kedua, aplikasi " * 3_000 + "x.") is not None  # completes


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case list item glossed by a bracket that opens with its type word
    (("Semua layanan, mulai antrean puskesmas, jelajah sikka (portal tentang wisata) dan lainnya, ada dalam aplikasi "
     "Sikka Maju Mobile."), ["jelajah sikka", "Sikka Maju Mobile"]),
    # a gerund, one word or a bracket without a type word glosses no name
    ("Warga memakai pendaftaran daring (layanan baru) dan puskesmas (layanan dasar) setiap hari.", []),
    ("Pemkab membangun taman, jalur sepeda (sepanjang dua kilometer) dan pasar.", []),
])
def test_a_lower_case_item_glossed_by_its_type_word_is_read(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_glossed_pattern_reads_hostile_input() -> None:
    from extractor.nlp.innovations import GLOSSED_LOWER
    assert list(GLOSSED_LOWER.finditer(", " + "ab " * 16_000 + "(portal" + " x" * 1_000)) == []


def test_the_gloss_describes_the_item(nlp: Language) -> None:
    text = "Layanan warga, mulai antrean puskesmas, jelajah sikka (portal tentang wisata) dan lainnya, kini terpadu."
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == [("jelajah sikka", "portal tentang wisata")]
