"""Regions, provinces and dimensions on real news (audit of r2000-r2423): one test per error class, in sentences
written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline
from extractor.nlp.lexicon import load_lexicon
from extractor.nlp.regions import SITE_BLURB, RegionIndex


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def names(nlp: Language, text: str, label: str) -> list[str]:
    doc = analyse(text, nlp=nlp)
    return [s._.value["name"] for s in doc.spans[label]]


# Class 1: a short form the data writes in capitals ("OKI") read into a person's first name written in title case.
@pytest.mark.parametrize("text", [
    "\u201cKami siap mengikuti tahap berikutnya,\u201d kata Oki usai rapat di balai kota.",
    "Menurut Oki, tim akan kembali pekan depan.",
    "Ppu menyebut tim akan kembali pekan depan.",
])
def test_a_capitalised_short_form_is_no_first_name(nlp: Language, text: str) -> None:
    assert names(nlp, text, "regions") == []


def test_the_short_form_in_capitals_still_counts(nlp: Language) -> None:
    text = "Tim penilai meninjau layanan publik di OKI dan PPU pekan lalu."
    assert names(nlp, text, "regions") == ["Kabupaten Ogan Komering Ilir", "Kabupaten Penajam Paser Utara"]


def test_the_short_form_in_title_case_after_a_kind_word_still_counts(nlp: Language) -> None:
    text = "Pemerintah Kabupaten Pali menyiapkan paparan rencana induk."
    assert names(nlp, text, "regions") == ["Kabupaten Penukal Abab Lematang Ilir"]


# Class 2: an outlet named by its web address right after a dateline place, read as a second listed place.
def test_an_outlets_web_address_after_a_dateline_is_no_listed_region(nlp: Language) -> None:
    text = "BANTUL, SLEMAN.NEWS - Kabupaten Bantul mulai menyusun rencana induk kota cerdas tahun ini."
    assert "Kabupaten Sleman" not in names(nlp, text, "regions")
    assert "Kabupaten Bantul" in names(nlp, text, "regions")


# Class 3: a news agency's regional edition ("Kantor Berita ... Jatim") taken for a province mention.
@pytest.mark.parametrize("text", [
    "Keterangan itu disampaikan lewat rilis yang dikirim ke Kantor Berita RMOL Sumut, Senin.",
    "Foto acara juga dimuat oleh Berita Jatim pada sore harinya.",
])
def test_a_news_agencys_edition_names_no_province(nlp: Language, text: str) -> None:
    assert names(nlp, text, "provinces") == []


# Class 4: an outlet describing itself in the page header lists the places it covers, none of the article's.
def test_an_outlets_description_of_itself_names_no_region(nlp: Language) -> None:
    text = ("Situs berita daerah yang mengabarkan peristiwa dari Bantul, Sleman dan Gunungkidul setiap hari.\n\n"
            "Pemerintah Kabupaten Kulon Progo menerima tim evaluasi kota cerdas pada Selasa.")
    assert names(nlp, text, "regions") == ["Kabupaten Kulon Progo"]


def test_a_body_sentence_about_online_media_still_names_its_region(nlp: Language) -> None:
    text = "Pemkab Sleman menggandeng media online untuk menyebarkan informasi layanan."
    assert names(nlp, text, "regions") == ["Kabupaten Sleman"]


# Class 5: a well-known misspelling of a unique name written without a kind word ("Tanggerang Selatan").
def test_a_doubled_consonant_slip_of_a_unique_name(nlp: Language) -> None:
    text = "Penghargaan diserahkan dalam acara puncak di Tanggerang Selatan, Kamis malam."
    assert names(nlp, text, "regions") == ["Kota Tangerang Selatan"]


# Class 6: dimensions written with an English-Indonesian slip ("smart ekonomic", "smart sosiality").
@pytest.mark.parametrize(("text", "expected"), [
    ("Rencana induk itu memuat smart ekonomic bagi pelaku usaha kecil.", ["Smart Economy"]),
    ("Pilar smart sosiality menyasar kelompok pemuda.", ["Smart Society"]),
])
def test_dimension_slips(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text, "dimensions") == expected


def test_the_new_patterns_read_hostile_input() -> None:
    assert SITE_BLURB.match(" " * 50_000 + "x") is None
    assert SITE_BLURB.match("portal" + " \t" * 25_000 + "x") is None
    index = RegionIndex(load_lexicon())
    hostile = "Oki " * 5_500 + "JEPARA, " * 2_000 + "SLEMAN.NEWS " * 1_000
    assert len(hostile) == 50_000
    # "Oki" in title case is a first name and a site's address names no region: each "JEPARA" is Jepara
    assert [region.name for _, region in index.resolve(index.find(hostile))] == ["Kabupaten Jepara"] * 2_000


def test_hostile_input_through_the_dimension_finder(nlp: Language) -> None:
    # the words run together ("ekonomismart"): no dimension is named
    assert names(nlp, ("smart ekonomi" * 4_000)[:50_000], "dimensions") == []


# Class 7: the caption of a logo or banner in the page's header or sidebar, taken for a province of the article.
def test_a_logos_caption_names_no_province(nlp: Language) -> None:
    text = ("logo\nDPRD Provinsi Sulawesi Selatan\n\n"
            "Pemerintah Kabupaten Gowa menerima tim evaluasi kota cerdas pada Senin pagi.")
    assert names(nlp, text, "provinces") == []
    assert names(nlp, text, "regions") == ["Kabupaten Gowa"]


def test_a_label_followed_by_a_blank_line_opens_the_body_again(nlp: Language) -> None:
    text = "Iklan\n\nGubernur Sulawesi Selatan membuka rapat koordinasi kota cerdas."
    assert names(nlp, text, "provinces") == ["Sulawesi Selatan"]


def test_a_long_page_of_labels_and_names_reads_quickly() -> None:
    index = RegionIndex(load_lexicon())
    hostile = ("logo\n" + "Provinsi Bali " * 3_000 + "\n" + "banner\nKabupaten Gowa\n" * 1_000)[:50_000]
    # each "Kabupaten Gowa" is a banner's caption
    assert index.resolve(index.find(hostile)) == []


# Class 8 (audit of dates and regions): a one-word name written as two words ("Bukit Tinggi", "Sawah Lunto").
@pytest.mark.parametrize(("text", "expected"), [
    ("Bukit Tinggi menyiapkan layanan pengaduan daring bagi wisatawan.", ["Kota Bukittinggi"]),
    ("Kategori kota kecil diraih Sawah Lunto dan Bukit Tinggi.", ["Kota Sawahlunto", "Kota Bukittinggi"]),
    ("Pekan Baru menyiapkan layanan pengaduan daring bagi warga.", ["Kota Pekanbaru"]),
    # a kind word is no part of a name ("Kota Baru" is no Kotabaru)
    ("Warga di Kota Baru Parahyangan mencoba aplikasi layanan publik.", []),
])
def test_a_one_word_name_written_as_two_words(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text, "regions") == expected


# Class 9: the other names of two cities, with a prefix only; the old names of renamed kabupaten.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot Solo meluncurkan aplikasi layanan warga.", ["Kota Surakarta"]),
    ("Wali Kota Jogja membuka bimtek kota cerdas.", ["Kota Yogyakarta"]),
    ("Warga Solo antusias menyambut aplikasi baru itu.", []),
    ("Kabupaten Toba Samosir dulu sudah memakai aplikasi ini.", ["Kabupaten Toba"]),
    ("Kabupaten Mamuju Utara dulu sudah memakai aplikasi ini.", ["Kabupaten Pasangkayu"]),
])
def test_other_and_old_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text, "regions") == expected


# Class 10: a football club named with its town ("Persebaya Surabaya") names no region.
def test_a_football_club_names_no_region(nlp: Language) -> None:
    assert names(nlp, "Persebaya Surabaya dan PSM Makassar ikut mempromosikan aplikasi.", "regions") == []


# Class 11: a link heading alone on its line without a colon ("BERITA TERKAIT") links the line below.
def test_the_line_under_a_link_heading_without_a_colon_is_chrome(nlp: Language) -> None:
    text = "BERITA TERKAIT\nKota Bontang Raih Penghargaan Nasional\n\nPemkab Sragen menggelar rapat kota cerdas."
    assert names(nlp, text, "regions") == ["Kabupaten Sragen"]


# Class 12: two kind words joined by "dan" before one name: the kabupaten and the kota of that name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot dan Pemkab Blitar menandatangani kerja sama layanan data.", {"Kota Blitar", "Kabupaten Blitar"}),
    ("Kota dan Kabupaten Tegal sama-sama masuk program kota cerdas.", {"Kota Tegal", "Kabupaten Tegal"}),
    ("Bupati dan Wali Kota Kediri hadir dalam forum yang sama.", {"Kabupaten Kediri", "Kota Kediri"}),
    # two words of one kind name one region
    ("Bupati dan Wakil Bupati Kediri hadir dalam forum yang sama.", {"Kabupaten Kediri"}),
])
def test_two_kind_words_before_one_name(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(names(nlp, text, "regions")) == expected


def test_the_audit_region_patterns_read_hostile_input() -> None:
    from extractor.nlp.regions import LINK_HEADING_END, PAIRED_PREFIX
    assert LINK_HEADING_END.match("-" * 50_000 + "x") is None
    assert PAIRED_PREFIX.search("Kota dan " + " " * 50_000 + "x") is None
    index = RegionIndex(load_lexicon())
    hostile = ("Bukit Kota dan Pemkab " * 3_000 + "BERITA TERKAIT\nSawah " * 1_000)[:50_000]
    # "Bukit" alone names no region
    assert index.resolve(index.find(hostile)) == []
