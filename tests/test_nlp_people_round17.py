"""People on real news, generalisation audit of a second group of new outlets (r1700-r1723): the classes of wording
behind its first-sight errors, each written the way other outlets would put it.

- titles and short forms: West Sumatra's "Wako"/"Wawako" for a mayor and a deputy, "Profesor" spelt out;
- credits: a photographer's name in lowercase in brackets closing a caption ("Foto: ... (rudi)"), the outlet or office
  of several words before the slash of a bracketed credit ("(Foto: Papua Pos/Name)"), common words going on in lower
  case after a credit's label (the caption's sentence: "Foto: Suasana rapat ...");
- places: the parts of an address after a venue, between commas, before the day ("di Kantor Bupati X, Daik, Senin");
- names cut short: a name's word in lower case (capitalised elsewhere in the text, or two of them), a stray dot
  after a first name before the initial "V.", a list of one-word names each with its body in brackets, a running
  line cut off at the page's end taken for a headline, a subject named before taken for a place;
- categories: the second of a pair after two joined posts ("Bupati dan Wakil Bupati X, A dan B"), a ministry's unit
  written in lower case after ", dari".

Texts and names are written for these tests.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import (
    ADDRESS_DAY,
    ADDRESS_VENUE,
    BRACKETED_ITEM_GAP,
    CAPTION_LOWERCASE,
    CREDIT_SOURCE_LABEL,
    CREDIT_SOURCE_SLASH,
    LOWERCASE_KAN_VERB,
    OUTLET_SLASH,
    PAIR_AND,
    PAIRED_POSTS,
    UNIT_AFTER_NAME,
)

found = people_found


# -- titles and short forms ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "role"), [
    ('Pemkot Padang menggelar rapat. "Kami siap," terang Wako Hendri Septa di sela acara.', "hendri septa", "Wako"),
    ('Pemkot Solok hadir. "Kami mendukung," ujar Wawako Ramadhani Kirana kepada wartawan.', "ramadhani kirana",
     "Wawako"),
    ("Wako Payakumbuh Zulmaeta membuka bimtek di aula balai kota.", "zulmaeta", "Wako"),
])
def test_west_sumatra_short_forms_of_a_mayor(nlp: Language, text: str, name: str, role: str) -> None:
    people = found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "regional_official"
    assert people[name]["role"] == role


@pytest.mark.parametrize("text", [
    "Pada acara itu hadir narasumber Profesor Suhono Harso Supangkat yang memaparkan buku II.",
    "Ketua tim ahli, Profesor Suhono Harso Supangkat, menyampaikan hasil penilaian.",
    "Menurut Professor Suhono Harso Supangkat, kota itu sudah siap.",
])
def test_the_title_profesor_spelt_out_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    assert set(found(nlp, text)) == {"suhono harso supangkat"}


# -- credits -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("caption", "name"), [
    ("Foto: Peserta bimtek mengikuti paparan di aula Setda Kabupaten Blora. (rudiyanto)", "rudiyanto"),
    ("FOTO : Bupati Ngawi membuka bimtek masterplan di pendopo. (hendra/humas)", "hendra"),
    ("Foto : Suasana rapat evaluasi di ruang command center (sigit prasetya)", "sigit prasetya"),
])
def test_a_lowercase_name_in_brackets_closing_a_caption_is_its_photographer(nlp: Language, caption: str,
                                                                              name: str) -> None:
    people = found(nlp, f"{caption}\n\nPemkab menggelar bimtek smart city tahap kedua di aula kantor bupati.")
    assert set(people) == {name}
    assert people[name]["category"] == "other"


@pytest.mark.parametrize("credit", ["(ist)", "(ant)", "(red/humas)", "(dok)"])
def test_a_bracket_closing_a_caption_that_is_no_name_credits_no_one(nlp: Language, credit: str) -> None:
    text = f"Foto: Bupati membuka bimtek di pendopo. {credit}\n\nPemkab menggelar bimtek smart city di aula kantor bupati."
    assert found(nlp, text) == {}


@pytest.mark.parametrize("caption", [
    "Foto: Suasana rapat evaluasi di ruang command center.",
    "FOTO : Ilustrasi kota cerdas di malam hari",
])
def test_common_words_after_a_credit_label_open_the_caption(nlp: Language, caption: str) -> None:
    assert found(nlp, f"{caption}\n\nPemkab menggelar bimtek smart city di aula kantor bupati.") == {}


def test_a_name_after_a_credit_label_is_still_the_photographer(nlp: Language) -> None:
    assert set(found(nlp, "Foto: Nur Aini\n\nPemkab menggelar bimtek smart city di aula kantor bupati.")) == {"nur aini"}


@pytest.mark.parametrize(("credit", "name"), [
    ("(Foto: Cenderawasih Pos/Yosef Ruben Amonggi).", "yosef ruben amonggi"),
    ("(Foto: Papua Barat Pos/Yohanes Ruben)", "yohanes ruben"),
    ("(Foto: Diskominfo Sorong/Markus Waromi)", "markus waromi"),
    ("(foto: Sinar Mentawai/Hendri Saleleubaja).", "hendri saleleubaja"),
])
def test_the_source_before_the_slash_of_a_credit_is_no_person(nlp: Language, credit: str, name: str) -> None:
    people = found(nlp, f"Suasana rapat dewan smart city di aula kantor bupati, Rabu, 13 Agustus 2025, {credit}")
    assert set(people) == {name}


# -- places --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "people"), [
    (("Rapat digelar di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8/2019). Bupati Lingga Muhammad Nizar "
     "membuka acara."), {"muhammad nizar"}),
    ("Acara berlangsung di Kantor Gubernur Kepri, Dompak, Selasa (3/9/2019). Gubernur Kepri Nurdin Basirun hadir.",
     {"nurdin basirun"}),
    ("Bimtek tahap kedua digelar di kantor Wali Kota Dumai, Purnama, Rabu (11/9/2019).", set()),
    ("Sambutan disampaikan di Hotel Nirwana, Candidasa, Karangasem, Kamis (6/7/2023).", set()),
])
def test_the_address_after_a_venue_before_the_day_names_places(nlp: Language, text: str, people: set[str]) -> None:
    assert set(found(nlp, text)) == people


def test_a_holder_named_after_a_venue_and_a_position_is_kept(nlp: Language) -> None:
    text = "Rapat dipimpin di Pendopo, Wakil Bupati Sutrisno, Senin (3/4/2023) membuka acara."
    assert found(nlp, text)["sutrisno"]["category"] == "regional_official"


# -- names cut short -----------------------------------------------------------------------------------------------

def test_a_lowercase_word_the_text_capitalises_elsewhere_ends_the_name(nlp: Language) -> None:
    text = ("Mesak Magai dan Yusuf Kemong Pimpin Rapat Evaluasi\n\nRapat dihadiri Bupati dan Wakil Bupati Nabire, "
            "Mesak Magai dan Yusuf kemong serta seluruh OPD.")
    assert "yusuf kemong" in found(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Hadir sebagai pembimbing, yakni Prof. Dr. Marsudi wahyu kisworo yang juga Rektor Perbanas Institute.",
     "marsudi wahyu kisworo"),
    (("Hadir sebagai pembimbing, yakni Prof. DR. IR. Bambang wahyu santoso. M.Sc yang juga Rektor Universitas "
     "Pakuan."), "bambang wahyu santoso"),
])
def test_two_name_words_in_lower_case(nlp: Language, text: str, name: str) -> None:
    assert set(found(nlp, text)) == {name}


def test_a_common_word_in_lower_case_still_ends_a_name(nlp: Language) -> None:
    assert set(found(nlp, "Sekda Budi kemarin meresmikan gedung baru itu.")) == {"budi"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ketua tim penyusun, Dr. Hendrik. V. Latuheru mengatakan analisa SWOT sudah selesai.", "hendrik v. latuheru"),
    ("Narasumber Vicky V. Pattiasina hadir dalam bimtek itu.", "vicky v. pattiasina"),
])
def test_the_initial_v_inside_a_name_is_no_roman_numeral(nlp: Language, text: str, name: str) -> None:
    assert set(found(nlp, text)) == {name}


def test_a_stage_numbered_v_still_ends_a_sentence(nlp: Language) -> None:
    assert set(found(nlp, "Bimtek Tahap V. Bupati Sleman Sri Purnomo hadir.")) == {"sri purnomo"}


@pytest.mark.parametrize("text", [
    "Tim Evaluator dari Kementerian Kominfo adalah Rudi Setiawan (ITB), Misbah (Pakar IT), dan Rina Suryani (UGM).",
    "Tim penilai terdiri dari Rudi Setiawan (ITB),\nMisbah (UI), dan Rina Suryani (UGM).",
])
def test_a_one_word_name_in_a_list_with_bodies_in_brackets(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert set(people) == {"rudi setiawan", "misbah", "rina suryani"}
    assert people["misbah"]["category"] == people["rudi setiawan"]["category"]


@pytest.mark.parametrize("tail", [
    "menyampaikan, Pemko Bata",
    "mengatakan bahwa Pemkot",
])
def test_a_line_cut_off_at_the_page_end_is_no_headline(nlp: Language, tail: str) -> None:
    text = ("Ia pun mengapresiasi Kementerian Kominfo.\n\nSementara itu, Kepala Dinas Komunikasi dan Informatika "
            f"(Kominfo) Kota Batam, Rudi Sakyakirti, {tail}")
    assert found(nlp, text)["rudi sakyakirti"]["category"] == "regional_official"


def test_a_title_case_headline_keeps_its_names_out(nlp: Language) -> None:
    text = "Wali Kota Batam Hadiri Rapat Evaluasi Smart City Bersama Tim Kominfo\n\nPemko Batam menggelar rapat."
    assert found(nlp, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    (("Penghargaan diterima Bupati Agam Andri Warman di Jakarta. Didampingi Kepala Bagian Humas Protokol Rina Sari "
     "Dewi, Andri Warman memaparkan program."), "rina sari dewi"),
    (("Bupati Sijunjung Benny Dwifa hadir. Didampingi Kepala Dinas Perikanan Zulkifli dan Kepala Bagian Protokol "
     "Rahmat Satria Putra, Benny Dwifa memukau tim penguji."), "rahmat satria putra"),
])
def test_a_subject_named_before_makes_the_chain_before_it_a_holder(nlp: Language, text: str, name: str) -> None:
    assert found(nlp, text)[name]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Camat Sungai Raya, Hendri Kurniawan mengatakan warga siap. Hendri Kurniawan juga hadir.",
    "Warga menyambut Hendri Kurniawan di balai desa. Camat Rasau Jaya, Hendri Kurniawan mengatakan warga siap.",
    "Warga menyambut Hendri Kurniawan di balai desa. Lurah Kebon Jeruk, Hendri Kurniawan mengatakan warga siap.",
])
def test_a_place_between_a_region_head_and_its_holder_stays_a_place(nlp: Language, text: str) -> None:
    assert set(found(nlp, text)) == {"hendri kurniawan"}


# -- categories ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "second"), [
    (("Rapat dihadiri langsung oleh Bupati dan Wakil Bupati Nabire, Mesak Magai dan Ismail Djamaluddin serta seluruh "
     "OPD."), "ismail djamaluddin"),
    ("Wali Kota dan Wakil Wali Kota Bima, Muhammad Lutfi dan Feri Sofiyan membuka rapat evaluasi.", "feri sofiyan"),
    ("Gubernur dan Wakil Gubernur Maluku Murad Ismail dan Barnabas Orno menerima tim.", "barnabas orno"),
])
def test_the_second_of_a_pair_after_two_joined_posts_holds_an_office(nlp: Language, text: str, second: str) -> None:
    assert found(nlp, text)[second]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Hadir pula Rahmat Hidayat, dari direktorat E-government Kementerian Kominfo RI, dalam acara itu.",
    "Rapat dihadiri Rahmat Hidayat, dari Direktorat Layanan Aplikasi Kementerian Kominfo.",
    "Hadir pula Rahmat Hidayat dari ditjen Aptika Kemenkominfo dalam acara itu.",
])
def test_a_ministry_unit_after_comma_and_dari_files_the_ministry(nlp: Language, text: str) -> None:
    assert found(nlp, text)["rahmat hidayat"]["category"] == "ministry"


# -- linear patterns -----------------------------------------------------------------------------------------------

def test_the_new_patterns_stay_linear_on_hostile_input() -> None:
    assert CAPTION_LOWERCASE.search("(" + "a " * 25_000 + "x") is None
    assert CAPTION_LOWERCASE.search("(aaa" + "/" * 50_000) is None
    assert ADDRESS_DAY.match(", " + "Aa " * 20_000 + "x") is None
    assert ADDRESS_VENUE.search("di Aula " + ", Aa Bb" * 8_000 + " x") is None
    assert ADDRESS_VENUE.search("di " + "a" * 50_000 + ",x") is None
    assert CREDIT_SOURCE_LABEL.search("(Foto" + " " * 50_000 + "x") is None
    assert CREDIT_SOURCE_SLASH.match(" Aa" * 20_000 + " x") is None
    assert OUTLET_SLASH.search("(Foto: " + "Aa " * 20_000 + "x") is None
    assert PAIRED_POSTS.search("dan Wakil A" + " " * 50_000 + "x") is None
    assert PAIR_AND.fullmatch(" " * 50_000 + "dan x") is None
    assert LOWERCASE_KAN_VERB.search("me" + "a" * 50_000) is None
    assert BRACKETED_ITEM_GAP.fullmatch(" (" + "a" * 30 + ")" + " " * 50_000 + "x") is None
    assert UNIT_AFTER_NAME.match(" " * 50_000 + "x") is None
