"""People on real news, audit of the groups r2000-r2023 and r2100-r2123: the classes of wording behind their errors,
each written the way any outlet could put it.

- not names: a medical specialist's degree after a name ("Sp.OG"); a verb with its affixes after a post ("ujar Wakil
  Bupati Mengawali"); the post after a lower-case "kantor" (a line may break between them); the adjective of a
  city's vision ("Islami"), a directorate general's topic ("Otonomi"), a firm's kind ("Consultant") and the English
  words of an event's name;
- nicknames: "Kang" before a familiar name or a post ("Kang Bupati"), and the familiar name's owner written after
  a post ("Kang Giri, sapaan akrab Bupati Sugiri");
- names: a first name with an apostrophe the model leaves out ("Ma'ruf");
- categories: the spelt-out post decides over its ambiguous short form ("Sekretaris Kabupaten (Seskab)"), and a
  national coach keeps the post when the region coached follows it ("Pembimbing ... untuk Kabupaten X, Dr Y");
- offices: an acronym the text spells out as a regional office ("Dinas ... (DKIS)") and a region's short form in
  capitals ("Diskominfo OKI") open no body's name before a holder; a familiar name given to a post already held
  ("Akib sapaan Kadis Kominfo ...") is its holder; a bar ends a credit's name ("Penulis: X | OUTLET.com").

Texts and names are written for these tests.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import (
    AFFIXED_VERB,
    APOSTROPHE_NAME,
    CLIENT_OF_COACH,
    LOWER_VENUE_POST,
    _abbreviates,
    _defined_as_office,
)

found = people_found


# -- not names -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Forum dibuka Wali Kota Tarakan dr. Hj. Sinta Maharani, Sp.OG, di ruang rapat.",
    "Forum dibuka Wali Kota Tarakan Sinta Maharani SpOG di ruang rapat.",
])
def test_a_medical_specialists_degree_is_no_person(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert set(people) == {"sinta maharani"}
    assert people["sinta maharani"]["category"] == "regional_official"


def test_a_verb_after_a_post_is_no_name(nlp: Language) -> None:
    text = "\"Semua data harus dipahami peserta,\" ujar Wakil Bupati Mengawali."
    assert found(nlp, text) == {}


def test_a_name_shaped_like_a_noun_after_a_post_stays(nlp: Language) -> None:
    text = "\"Semua data harus dipahami peserta,\" ujar Kepala Dinas Kominfo Pertiwi."
    assert set(found(nlp, text)) == {"pertiwi"}


@pytest.mark.parametrize("text", [
    "Rapat itu digelar di aula lantai tiga kantor Bupati Balige, Selasa (8/3/2022).",
    "Rapat itu digelar di aula lantai tiga kantor\nBupati Balige, Selasa (8/3/2022).",
    "Tim berkumpul di kantor Wali Kota Sentani sejak pagi.",
])
def test_the_place_after_an_office_in_lower_case_is_no_person(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_the_holder_after_a_post_and_its_region_stays_after_kantor(nlp: Language) -> None:
    assert set(found(nlp, "Warga hadir di kantor Bupati Garut Rudy Gunawan pagi itu.")) == {"rudy gunawan"}


@pytest.mark.parametrize("text", [
    "Visi Kota Langsa adalah menjadi kota pintar Islami yang melayani.",
    "Surat dikirim lewat Direktorat Jenderal (Dirjen) Otonomi Daerah kepada pemkot.",
])
def test_words_of_a_vision_or_a_directorate_are_no_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_the_english_words_of_an_events_name_are_no_people(nlp: Language) -> None:
    text = "Piala diserahkan Menteri Kominfo, Budi Harsono pada Acara Exhibition, Evaluation dan Awarding di Jakarta."
    assert set(found(nlp, text)) == {"budi harsono"}


def test_a_firms_kind_after_its_brand_is_no_person(nlp: Language) -> None:
    text = "Pemateri forum ini Budi Santoso dari Cipta Consultant yang merupakan pembimbing nasional."
    assert set(found(nlp, text)) == {"budi santoso"}


# -- nicknames -----------------------------------------------------------------------------------------------------

def test_kang_before_a_post_is_no_name(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Ini langkah maju,\" kata Kang Bupati–sapaan Bupati "
            "Sugiharto Wibowo.")
    assert set(found(nlp, text)) == {"sugiharto wibowo"}


def test_a_familiar_name_whose_owner_follows_a_post_is_the_owner(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Kami siap,\" jelas Kang Giri, sapaan akrab Bupati "
            "Sugiharto. Kang Giri juga berharap banyak.")
    assert set(found(nlp, text)) == {"sugiharto wibowo"}


def test_a_familiar_name_whose_owner_follows_a_post_and_region(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Kami siap,\" jelas Giri, sapaan akrab Bupati Ponorogo "
            "Sugiharto Wibowo.")
    assert set(found(nlp, text)) == {"sugiharto wibowo"}


# -- names ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sekretaris DKIS Ma'ruf Hidayat mengungkapkan, program berjalan baik. \"Kami siap,\" kata Ma'ruf.",
    "Kabid TIK Ma'ruf Hidayat mengungkapkan, program berjalan baik.",
])
def test_a_first_name_with_an_apostrophe_stays_in_the_name(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert set(people) == {"ma'ruf hidayat"}
    assert people["ma'ruf hidayat"]["category"] == "regional_official"


# -- categories ----------------------------------------------------------------------------------------------------

def test_the_spelt_out_post_decides_over_its_short_form(nlp: Language) -> None:
    regional = found(nlp, "Sekretaris Kabupaten (Seskab) Hermansyah membuka paparan rencana induk.")
    assert regional["hermansyah"]["category"] == "regional_official"
    cabinet = found(nlp, "Sekretaris Kabinet (Seskab) Pramono Santoso hadir di acara itu.")
    assert cabinet["pramono santoso"]["category"] == "ministry"


@pytest.mark.parametrize("text", [
    "Pembimbing Smart City Kemenkominfo RI untuk Kabupaten Garut Dr Bambang Sutejo mengatakan, bimtek berjalan.",
    "Pembimbing Kemenkominfo bagi Kota Bogor, Bambang Sutejo mengatakan, bimtek berjalan.",
])
def test_a_coach_keeps_the_post_when_the_region_coached_follows(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert people["bambang sutejo"]["category"] == "assessor"
    assert people["bambang sutejo"]["region"] is None


def test_a_regional_post_with_untuk_before_a_region_is_not_read_as_a_coachs(nlp: Language) -> None:
    people = found(nlp, "Kepala Dinas Kominfo untuk Kabupaten Garut Bambang Sutejo hadir.")
    assert people["bambang sutejo"]["category"] != "assessor"


# -- hostile input -------------------------------------------------------------------------------------------------

def test_the_new_patterns_stay_linear_on_hostile_input(nlp: Language) -> None:
    assert LOWER_VENUE_POST.search("kantor" + " " * 50_000 + "x") is None
    assert LOWER_VENUE_POST.search("kantor Aaa" + " \t" * 25_000 + "x") is None
    assert CLIENT_OF_COACH.match(" " * 50_000 + "x") is None
    assert APOSTROPHE_NAME.fullmatch("M" + "'" * 50_000) is None
    assert AFFIXED_VERB.match("meng" + "a" * 50_000 + "x") is None
    text = ("kata Kang Giri, sapaan akrab Bupati " + "Sugiri " * 5_000 + ". kantor\nBupati Balige, ") * 3
    found(nlp, text[:50_000])


# -- second pass: offices, region short forms, nicknames of a post, table bars ---------------------------------------

def test_an_acronym_the_text_spells_out_as_an_office_is_a_post_not_a_body(nlp: Language) -> None:
    text = ("Dinas Komunikasi, Informasi dan Statistik (DKIS) Kota Tegal melakukan studi banding. Sekretaris DKIS "
            "Ma'ruf Wiratmaja mengungkapkan, kunjungan itu bermanfaat.")
    people = found(nlp, text)
    assert set(people) == {"ma'ruf wiratmaja"}
    assert people["ma'ruf wiratmaja"]["category"] == "regional_official"


def test_an_acronym_spelt_out_as_another_body_still_opens_its_name(nlp: Language) -> None:
    text = "Badan Usaha Milik Daerah (BUMD) Kota Tegal berdiri lama. Direktur BUMD Sei Sembilang hadir."
    assert found(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Kepala Dinas Komunikasi dan Informatika (Diskominfo) OKI Hendrasan SP., M.Si., menyampaikan paparan.",
    "Kepala Diskominfo OKU Hendrasan SP., M.Si., menyampaikan paparan.",
])
def test_a_regions_short_form_in_capitals_before_a_name_is_no_body(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert set(people) == {"hendrasan"}
    assert people["hendrasan"]["category"] == "regional_official"


def test_a_nickname_of_a_post_already_held_is_its_holder(nlp: Language) -> None:
    text = ("Kepala Dinas Komunikasi dan Informatika Kota Batam, Drs. H. Abdul Hadi Ismail, MT menjelaskan program. "
            "\"Program ini berjalan,\" terang Ahis sapaan Kadis Kominfo Kota Batam.")
    assert set(found(nlp, text)) == {"abdul hadi ismail"}


def test_a_nickname_of_a_post_no_one_holds_yet_stays_a_person(nlp: Language) -> None:
    text = ("Kepala Dinas Kominfo Kota Batam Abdul Hadi Ismail membuka acara. \"Program ini berjalan,\" terang Ahis "
            "sapaan Kadis Perhubungan Kota Batam.")
    assert set(found(nlp, text)) == {"abdul hadi ismail", "ahis"}


@pytest.mark.parametrize(("word", "words", "expected"), [
    ("kominfo", ["kepala", "dinas", "komunikasi", "informatika"], True),
    ("kesbang", ["badan", "kesatuan", "bangsa"], True),
    ("perhubungan", ["kepala", "dinas", "komunikasi", "informatika"], False),
    ("kominf", ["komunikasi"], False),
])
def test_a_short_form_of_consecutive_words(word: str, words: list[str], expected: bool) -> None:
    assert _abbreviates(word, words) is expected


def test_a_bar_ends_a_credits_name(nlp: Language) -> None:
    text = "Pemkab Garut menyiapkan rencana induk kota cerdas.\nPenulis: Sri Wahyuni | KABARWARTA.com"
    assert set(found(nlp, text)) == {"sri wahyuni"}


def test_the_second_pass_stays_linear_on_hostile_input(nlp: Language) -> None:
    assert _abbreviates("a" * 12, ["a" * 20] * 5_000)
    assert not _abbreviates("a" * 11 + "b", ["a" * 20] * 5_000)
    assert not _defined_as_office("Dinas A" + "a" * 50_000 + " (" * 2, "DKIS")
    text = ("Sekretaris DKIS Ahmad Umar hadir. terang Ahis sapaan Kadis Kominfo Kota Batam. " * 700)[:50_000]
    found(nlp, text)
