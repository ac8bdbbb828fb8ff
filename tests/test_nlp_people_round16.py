"""People on real news, generalisation audit of a group of new outlets (r1600-r1623): the classes of wording behind
its first-sight errors, each written the way other outlets would put it.

- page chrome and headlines: a link to another story ("Read Next : ...", "read next: ...", behind a site's stray
  letters), a headline closing with a quote without a sentence's mark, the bare verbs of headlines ("Apresiasi",
  "Raih"), the English short forms of electronic government in a directorate's name ("Direktorat E-Govt");
- a verb opening the sentence before the name of a person named already ("Mendampingi I Made X, ...");
- the names of a list of districts and villages, as Papua's news write them ("perwakilan Distrik A, B dan C",
  "kelurahan D dan E");
- a photographer's credit under a headline after the outlet's web address ("KOMPAS.COM/NAME");
- a presenter of a technical guidance from the ministry, "nara sumber" spelt apart, is one of the programme's
  guides (an assessor), as the gold files "narasumber" and "pemateri";
- one person under two spellings: the whole name after the spelling folds ("Giay"/"Giyai") and a short form of the
  first name that keeps its opening letters ("John" for Johannes).

Texts and names are written for these tests.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import ADDRESS_SLASH_CREDIT, LINK_LINE, _place_list, _same_person

found = people_found


# -- page chrome and headlines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("link", [
    "Aa Read Next : Menteri Tinjau Banjir di Demak",
    "read next: Gubernur Tinjau Banjir di Pantura",
    "Read More : Harga Cabai Naik Jelang Lebaran",
    "Ab Baca Juga: Gubernur Sambut Tamu Negara",
])
def test_a_link_to_another_story_names_no_one(nlp: Language, link: str) -> None:
    text = f"{link}\n\nPemkab Tuban menerima penghargaan. Bupati Tuban Ahmad Fauzi Rahman hadir di Jakarta."
    assert set(found(nlp, text)) == {"ahmad fauzi rahman"}


@pytest.mark.parametrize("headline", [
    'Walikota Bitung Apresiasi Evaluasi Kota Cerdas " Bitung Raih Kategori A"',
    "Bupati Sikka Sambut Tim Asesor “ Sikka Raih Predikat Baik”",
    "Wali Kota Tual Tinjau Command Center 'Tual Dorong Layanan Digital'",
])
def test_a_headline_closing_with_a_quote_is_still_a_headline(nlp: Language, headline: str) -> None:
    text = f"{headline}\n\nWali Kota Bitung Maurits Mantiri membuka acara itu di balai kota, Senin."
    assert set(found(nlp, text)) == {"maurits mantiri"}


@pytest.mark.parametrize("verb", ["Apresiasi", "Raih", "Dukung", "Resmikan"])
def test_a_headlines_bare_verb_is_no_name(nlp: Language, verb: str) -> None:
    text = f"Program itu berjalan.\nBupati Gorontalo Hendra Saputra {verb} Sistem Digital yang digagas warga desa\n"
    assert not any(verb.lower() in name for name in found(nlp, text))


@pytest.mark.parametrize("office", ["Direktorat E-Govt", "Direktorat E-Gov", "Subdit E-Government"])
def test_an_english_short_form_of_e_government_is_no_person(nlp: Language, office: str) -> None:
    text = (f'"Kami memilih lima daerah," ujar Kepala Seksi Layanan {office} Dirjen Aptika Kementerian Komunikasi dan '
            f"Informatika (Kominfo) Rudi Hartono di Jakarta, Rabu.")
    people = found(nlp, text)
    assert set(people) == {"rudi hartono"}
    assert people["rudi hartono"]["category"] == "ministry"


# -- a verb before a name --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "verb", "name"), [
    ("Penjabat Sekda Gianyar I Made Sudarsana hadir.", "Mendampingi", "i made sudarsana"),
    ("Bupati Badung Wayan Adi Arnawa membuka acara.", "Mendampingi", "wayan adi arnawa"),
    ("Wali Kota Kupang Christian Widodo hadir.", "Menemani", "christian widodo"),
    ("Bupati Banjar Saidi Mansyur hadir.", "Didampingi", "saidi mansyur"),
])
def test_a_verb_opening_the_sentence_is_no_part_of_a_name_named_before(nlp: Language, first: str, verb: str,
                                                                         name: str) -> None:
    written = " ".join(w.capitalize() if len(w) > 1 else w.upper() for w in name.split())
    text = f"{first}\n\n{verb} {written}, Kadis Kominfo Rudi Hartono menjelaskan program itu."
    people = found(nlp, text)
    assert name in people, people
    assert not any(verb.lower() in n for n in people), people


# -- places of Papua -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    (("Rapat dihadiri perwakilan Distrik Abepura, Heram dan Muara Tami, dua kelurahan yaitu kelurahan Waena dan "
     "Hedam."), ["abepura", "heram", "muara tami", "waena", "hedam"]),
    (("Bimtek diikuti perwakilan Distrik Sentani Timur,  Sentani Barat dan Waibu, serta kelurahan Sentani kota dan "
     "Hinekombe."), ["sentani", "waibu", "hinekombe"]),
    ("Sosialisasi juga digelar di Distrik Wamena Kota dan Hubikosi, Kabupaten Jayawijaya, pekan lalu.",
     ["wamena", "hubikosi"]),
    ("Kegiatan ini diikuti kepala distrik Mimika Baru dan Kuala Kencana.", ["mimika", "kuala kencana"]),
])
def test_the_names_of_a_list_of_districts_and_villages_are_places(nlp: Language, text: str,
                                                                  places: list[str]) -> None:
    people = found(nlp, text)
    assert not any(place in name for place in places for name in people), people


def test_a_name_after_a_districts_name_in_apposition_stays_a_person(nlp: Language) -> None:
    text = "Perwakilan Distrik Abepura, Yohanes Dimara, mengatakan warga mendukung program itu."
    assert "yohanes dimara" in found(nlp, text)


# -- photo credits ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "name"), [
    ("TRIBUNNEWS.COM/YOSEF MANEK", "yosef manek"),
    ("KOMPAS.COM/DANI PRABOWO", "dani prabowo"),
    ("GORONTALOPOST.ID/ Sri Wahyuni Lamato", "sri wahyuni lamato"),
    ("Foto: TRIBUNBALI.COM/KOMANG AGUS", "komang agus"),
])
def test_a_photographer_after_the_outlets_address_is_a_person(nlp: Language, credit: str, name: str) -> None:
    text = (f"Kupang Lolos Seleksi Kota Cerdas\n{credit}\nSuasana kota dilihat dari udara\n\n"
            "KUPANG - Kota Kupang dinyatakan lolos seleksi smart city.")
    people = found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == "other"


@pytest.mark.parametrize("credit", ["DETIK.COM/ISTIMEWA", "ANTARA.COM/DOK PEMKAB SIKKA", "Lokasi: KOMPAS.COM/BUDI SANTOSO"])
def test_an_address_before_no_name_or_after_another_label_credits_no_one(nlp: Language, credit: str) -> None:
    assert found(nlp, f"Sikka Lolos Seleksi Kota Cerdas\n{credit}\n\nSIKKA - Kabupaten Sikka lolos seleksi.") == {}


# -- presenters of a technical guidance ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    (("Bimbingan teknis masterplan smart city Kabupaten Sumbawa digelar tiga hari. Pertemuan itu menghadirkan nara "
     "sumber Yusuf Hidayat dari Kementerian Kominfo."), "yusuf hidayat"),
    (("Bimtek smart city tahap kedua Kota Bima berlangsung di aula. Nara sumber dari Kemenkominfo, Rina Kusumawati, "
     "memaparkan rencana induk."), "rina kusumawati"),
    (("Bimtek tahap ketiga Kabupaten Dompu ditutup Senin, tetap dengan nara sumber Dedi Kurniawan dari "
     "Kementerian Komunikasi dan Informatika RI."), "dedi kurniawan"),
])
def test_a_presenter_spelt_nara_sumber_from_the_ministry_is_an_assessor(nlp: Language, text: str, name: str) -> None:
    people = found(nlp, text)
    assert people[name]["category"] == "assessor", people


# -- one person under two spellings ----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "known"), [
    ("Delilla Giyai", "Delilla Giay"),
    ("Yohanis Wenda", "Johanis Wenda"),
    ("John", "Johannes Rettob"),
    ("Bern", "Bernadus Wanma"),
    ("Fred", "Frederik Mayor"),
])
def test_a_spelling_or_short_form_of_a_name_is_the_same_person(name: str, known: str) -> None:
    assert _same_person(name, known)


@pytest.mark.parametrize(("name", "known"), [("Budi", "Burhanudin Saleh"), ("Jhon", "Johannes Rettob"),
                                             ("Delilla Wenda", "Delilla Giay")])
def test_other_names_stay_other_people(name: str, known: str) -> None:
    assert not _same_person(name, known)


def test_a_later_short_form_of_the_first_name_joins_the_person(nlp: Language) -> None:
    text = ("Bupati Mimika Johannes Rettob mengatakan, pertemuan rutin harus dilaksanakan.\n"
            "“Ukuran kota pintar itu layanannya, bukan jumlah aplikasinya,” ujar John.")
    assert set(found(nlp, text)) == {"johannes rettob"}


def test_a_name_spelt_twice_is_one_person(nlp: Language) -> None:
    text = ("Bimtek dibuka oleh Asisten II Setda Kabupaten Jayapura, Yani Giay dengan menghadirkan OPD.\n\n"
            "Menurut Asisten II, Jani Giyai bimtek sangat penting bagi daerah.")
    assert len(found(nlp, text)) == 1


# -- linear patterns -------------------------------------------------------------------------------------------

def test_the_new_patterns_stay_linear_on_hostile_input() -> None:
    assert ADDRESS_SLASH_CREDIT.search("a.b" + ".c" * 25_000 + "/x") is None
    assert ADDRESS_SLASH_CREDIT.search("A.B/" + " Aa" * 20_000 + " x") is None
    assert ADDRESS_SLASH_CREDIT.search("Foto" + " " * 50_000 + "x") is None
    assert LINK_LINE.match(" " * 50_000 + "x") is None
    assert _place_list().search("Distrik " + "Aa, " * 15_000 + "x") is None
    assert _place_list().search("Distrik " + "Aa kota " * 7_000 + "x") is None
