"""People on real news, third audit of the groups r2000-r2513 with the older readable ids: the classes of wording
behind their errors, each written the way any outlet could put it.

- categories: a region's official named again by part of the name in a sentence about the assessors stays the
  official; a think tank's or a study centre's director ("Direktur Pusat Kajian ...") is no ministry's, whatever
  "Pusat" names in a ministry; the ministry's name misspelt in a post ("Kementerian Komunikasi Informasi") and its
  telecommunication access agency (BAKTI) are the ministry's;
- one person, several names: the first name with the familiar "-son", the opening syllables of every word of the
  name ("Jokowi" style), and a one-word name quoted first and spelt with a letter less than the full name given with
  the post later;
- a name glued after a university's name no list knows ("akademisi Universitas X Y Name Name.");
- bylines: the writer's name in capitals with degrees on the page's date line.

Texts and names are written for these tests.
"""

from __future__ import annotations

import time

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import (
    ACADEMIC_HOLDER,
    CHAIN_CLOSES_ITEM,
    DATED_CAPITALS_BYLINE,
    _same_person,
    _syllable_acronym,
)

found = people_found


# -- categories ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("later", [
    "Menanggapi catatan tim asesor, Wahyudi menyebut kebijakan akan diperkuat.",
    "Di depan para evaluator kementerian, Sekda Wahyudi memaparkan enam pilar.",
])
def test_an_official_named_again_near_the_assessors_stays_an_official(nlp: Language, later: str) -> None:
    text = ("Sekretaris Daerah Kabupaten Blora, Wahyudi Tri Laksono, memimpin rombongan pemkab dalam evaluasi itu. "
            + later)
    people = found(nlp, text)
    assert set(people) == {"wahyudi tri laksono"}
    assert people["wahyudi tri laksono"]["category"] == "regional_official"


def test_a_think_tanks_director_is_no_ministry_official(nlp: Language) -> None:
    text = "Direktur Pusat Kajian Kebijakan Publik Nusantara, Hendra Wijaya, menilai penghargaan itu layak."
    people = found(nlp, text)
    assert people["hendra wijaya"]["category"] == "other"


def test_a_ministry_unit_director_stays_ministry(nlp: Language) -> None:
    text = "Direktur Layanan Aplikasi Informatika Pemerintahan Kemenkominfo, Hendra Wijaya, membuka acara."
    assert found(nlp, text)["hendra wijaya"]["category"] == "ministry"


def test_a_guide_of_the_ministry_spelt_without_its_last_word_is_an_assessor(nlp: Language) -> None:
    text = ("Fasilitator Bimbingan Teknis Masterplan Smart City Kementerian Komunikasi Informasi RI Joko Prasetyo "
            "mengatakan komitmen pimpinan daerah sangat menentukan.")
    people = found(nlp, text)
    assert people["joko prasetyo"]["category"] == "assessor"
    assert people["joko prasetyo"]["affiliation"] == "Kemenkominfo"


@pytest.mark.parametrize("text", [
    "Piala diserahkan Hendra Wijaya dari Badan Aksesibilitas Telekomunikasi dan Informasi kepada para kepala daerah.",
    ("Piala diserahkan Kepala Divisi Badan Aksesibilitas Telekomunikasi dan Informasi, Hendra Wijaya, kepada para "
     "kepala daerah."),
])
def test_an_official_of_the_ministrys_access_agency_is_the_ministrys(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert people["hendra wijaya"]["category"] == "ministry"
    assert people["hendra wijaya"]["affiliation"] == "Kemenkominfo"


# -- one person, several names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("short", "full", "same"), [
    ("Hendrison", "Hendri Wila Bata", True),  # the first name with "-son"
    ("Malate", "Markus Lado Tena", True),  # two letters of each word
    ("Ruhar", "Rudi Hartono", True),  # two letters, then three
    ("Hendrawan", "Hendra Saputra", False),  # another name, not a familiar form
    ("Markus", "Malate Nusa", False),
    ("Lamate", "Markus Lado Tena", False),  # the words out of order
])
def test_familiar_forms_of_a_name(short: str, full: str, same: bool) -> None:
    assert _same_person(short, full) is same


def test_syllables_must_use_every_word() -> None:
    assert _syllable_acronym("mala", ["markus", "lado", "tena"]) is False
    assert _syllable_acronym("malate", ["markus", "lado", "tena"]) is True
    assert _syllable_acronym("ab" * 25_000, ["ab"] * 5) is False  # a long key: the splits stay few


def test_a_mayors_syllable_name_is_the_mayor(nlp: Language) -> None:
    text = ("Wali Kota Sorong Markus Lado Tena membuka evaluasi program kota cerdas. "
            '"Semua OPD terlibat dalam program ini," kata Malate.')
    assert set(found(nlp, text)) == {"markus lado tena"}


def test_a_mayors_familiar_name_with_son_is_the_mayor(nlp: Language) -> None:
    text = ("Wali Kota Sorong Hendri Wila Bata membuka upacara di halaman kantor wali kota.\n\n"
            "Hendrison mengatakan pelayanan publik belum menjawab semua kebutuhan warga.")
    assert set(found(nlp, text)) == {"hendri wila bata"}


def test_a_one_word_name_quoted_first_is_the_full_name_given_later(nlp: Language) -> None:
    text = ('"Kota kami lolos seleksi tahap pertama," kata Yohanes.\n\n'
            "Kepala Dinas Komunikasi dan Informatika Kota Sukabumi Yohanis Sukardi mengatakan persiapan sudah matang.")
    people = found(nlp, text)
    assert set(people) == {"yohanis sukardi"}
    assert people["yohanis sukardi"]["category"] == "regional_official"


# -- a name after a university's name -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Forum itu menghadirkan dua narasumber, yakni Kepala Bappeda Sulastri serta akademisi Universitas Mandala "
     "Wetan Haries Kusmo."),
    "Hadir pula dosen Universitas Mandala Wetan Haries Kusmo dan Kepala Bappeda Sulastri.",
])
def test_a_scholar_named_right_after_an_unknown_university(nlp: Language, text: str) -> None:
    people = found(nlp, text)
    assert "haries kusmo" in people
    assert people["haries kusmo"]["category"] == "other"
    assert "Universitas Mandala Wetan" in people["haries kusmo"]["role"]


def test_an_unknown_university_before_a_comma_and_the_name_gives_no_name_of_its_words(nlp: Language) -> None:
    text = "Hadir pula akademisi Universitas Islam Negeri Sunan Ampel, Budi Prasetya, sebagai narasumber."
    assert "sunan ampel" not in found(nlp, text)


def test_scholar_patterns_are_quick_on_hostile_input() -> None:
    hostile = "akademisi " * 5_000 + "Universitas" + " " * 5_000
    assert ACADEMIC_HOLDER.search(hostile) is not None
    assert CHAIN_CLOSES_ITEM.match(". " * 25_000) is not None


# -- bylines ---------------------------------------------------------------------------------------------------------

def test_a_writer_in_capitals_with_degrees_on_the_date_line(nlp: Language) -> None:
    text = ("KABAR DAERAH\n\nEVALUASI KOTA CERDAS DI KABUPATEN CONTOH\n\n"
            "Senin, 10 Juli 2023 RUSDIANTO, S.Kom, M.M 402\n\nBupati membuka kegiatan evaluasi di pendopo.")
    people = found(nlp, text)
    assert set(people) == {"rusdianto"}
    assert people["rusdianto"]["category"] == "other"


def test_capitals_after_a_date_without_degrees_are_no_writer(nlp: Language) -> None:
    text = ("KABAR DAERAH\n\nSenin, 10 Juli 2023 KOTA CONTOH, JAWA TENGAH 402\n\n"
            "Bupati membuka kegiatan evaluasi di pendopo.")
    assert found(nlp, text) == {}


def test_dated_byline_pattern_is_quick_on_hostile_input() -> None:
    started = time.perf_counter()
    hostile = "2023 " + "ABC " * 10_000 + "ABC," + " S.Kom," * 5_000
    list(DATED_CAPITALS_BYLINE.finditer(hostile))
    list(DATED_CAPITALS_BYLINE.finditer("  " + "A" * 50_000 + ", x" * 10))
    assert time.perf_counter() - started >= 0  # completes; no timing bound
