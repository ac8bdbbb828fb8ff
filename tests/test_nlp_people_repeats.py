"""People: one person, several mentions.

A person named once with a title or post and again without it, by part of the name, in a short form, misspelt,
in a familiar form (syllables of each word, "-son") or by a nickname ("Kang", "Gus", "Mak", "sapaan akrab
...") is one entry, and the post and category carry to the bare mentions. A name a letter off from a short
surname, or a one-word name with a post of its own, stays another person.

Texts are whole sentences with ordinary lower-case words (a mostly capitalised line reads as a headline); they
and their names are written for these tests, but for a few national figures of data/known_people.csv. The
helpers of tests/fixtures/support.py run either the rules on the trained model's proposals that a test gives,
so that the test does not move when the model is retrained (`people_by_name`, `people_with_proposals`,
`doc_with_proposals`), or the whole pipeline (`people_found` by lower-cased name, `people_as_written`,
`people_mentions`).
"""

from __future__ import annotations

import pytest
from fixtures.support import (
    people_as_written,
    people_by_name,
    people_found,
    people_mentions,
    people_with_proposals,
)
from spacy.language import Language

from extractor.nlp import analyse
from extractor.nlp.people.repeats import _same_person, _syllable_acronym

NAME = "Budi Santoso"


# -- a name seen again without its title or post -------------------------------------------------------------

def test_name_with_title_once_is_recognised_later_without_it(nlp: Language) -> None:
    text = "Bupati Sleman Suhatri Bur membuka acara. Suhatri mengatakan kota siap dinilai."
    doc = analyse(text, nlp=nlp)
    spans = [(s.text, s._.value["name"]) for s in doc.spans["people"]]
    assert spans == [("Suhatri Bur", "Suhatri Bur"), ("Suhatri", "Suhatri Bur")]


@pytest.mark.parametrize(
    "text",
    [
        "Materi disampaikan Fitri R. Ananda, S.Kom. di aula. Menurut Fitri R Ananda, data menjadi kunci.",
        "Bupati Sleman Erwin Saputra membuka acara. Erwin berharap inovasi terus tumbuh.",
        '"Kami siap," kata Rudi Hartono. Rudi menambahkan bahwa tim sudah bekerja.',
    ],
)
def test_one_person_written_several_ways_counts_once(nlp: Language, text: str) -> None:
    found = people_mentions(nlp, text)
    assert len(found) >= 2
    assert len({value["name"] for _, value in found}) == 1


def test_short_mention_gives_affiliation_to_listed_assessor(nlp: Language) -> None:
    text = (
        "Evaluasi dilakukan tim asesor yaitu Yudi Prasetyo, Andi Wijaya dan Rini Susanti hari itu.\n"
        "Menurut pak yudi dari ITB, paparan daerah sudah baik."
    )
    found = people_as_written(nlp, text)
    assert set(found) == {"Yudi Prasetyo", "Andi Wijaya", "Rini Susanti"}
    assert found["Yudi Prasetyo"]["affiliation"] == "Institut Teknologi Bandung"
    assert found["Andi Wijaya"]["affiliation"] is None


def test_a_post_before_the_name_names_no_one_else_and_carries_to_bare_mentions(nlp: Language) -> None:
    text = (f"“Kota itu belum mendaftar,” ujar Kasubdit Layanan Publik Direkrotat I Pemerintahan, Direktorat Jenderal "
            f"Aplikasi Informatika Kemenkominfo, {NAME}, kepada wartawan.\n\nBudi menjelaskan, kota cerdas memadukan "
            f"aplikasi.\n\nIndikator terpenting, sambung Budi, ialah kondisi SDM.")
    values = people_with_proposals(nlp, text, [NAME])[NAME]
    assert {v["category"] for v in values} == {"ministry"}


def test_one_person_with_initials_and_two_positions_is_one_entry_of_one_category(nlp: Language) -> None:
    text = ("Rapat dibuka Sekda Arman R Setiawan di aula kantor bupati. Arman Rizal Setiawan, selaku Ketua Dewan "
            "Smart City, meminta semua dinas mendukung.")
    people = people_with_proposals(nlp, text, ["Arman R Setiawan", "Arman Rizal Setiawan"])
    assert len(people) == 1
    (values,) = people.values()
    assert len(values) == 2 and {v["category"] for v in values} == {"regional_official"}


def test_a_headline_mention_before_the_full_name_is_the_same_person(nlp: Language) -> None:
    text = ("Digagas Kartini, Sigi Bersolek Menuju Kota Cerdas\n"
            "SIGI - Kota cerdas yang digagas Presiden ke-9 Kartini Wulandari terus berjalan.\n"
            "Merespons Kartini, Bupati Sigi Hasan Basri menyiapkan aplikasi.")
    proposed = ["Digagas Kartini", "Kartini Wulandari", "Merespons Kartini", "Hasan Basri"]
    people = people_by_name(nlp, text, proposed)
    assert set(people) == {"Kartini Wulandari", "Hasan Basri"}


def test_a_one_word_name_quoted_first_is_the_full_name_given_later(nlp: Language) -> None:
    text = ('"Kota kami lolos seleksi tahap pertama," kata Yohanes.\n\n'
            "Kepala Dinas Komunikasi dan Informatika Kota Sukabumi Yohanis Sukardi mengatakan persiapan sudah matang.")
    people = people_found(nlp, text)
    assert set(people) == {"yohanis sukardi"}
    assert people["yohanis sukardi"]["category"] == "regional_official"


def test_one_word_of_a_longer_name_mentioned_first_stays_another_person(nlp: Language) -> None:
    text = ("Acara dipandu Kartika selaku pemandu. Hadir Sekretaris Bappeda, Dewi Ayu Kartika Sari, "
            "dan Kepala Bidang UMKM.")
    assert {"Kartika", "Dewi Ayu Kartika Sari"} <= set(people_by_name(nlp, text, ["Dewi Ayu Kartika Sari"]))


def test_a_one_word_name_with_a_post_is_no_variant_of_a_longer_name(nlp: Language) -> None:
    text = ("Wali Kota Sorong Hj. Lestari, S.IP. memaparkan capaian kotanya.\n\n"
            "Evaluasi dipandu asesor Lestarin Wulandari dari Universitas Telkom.")
    people = people_found(nlp, text)
    assert people["lestari"]["category"] == "regional_official"
    assert people["lestarin wulandari"]["category"] == "assessor"


# -- short forms and misspellings of a name ------------------------------------------------------------------

def test_a_later_mention_spelt_with_a_letter_less(nlp: Language) -> None:
    text = "Menteri Kominfo Johnny Santoso membuka acara. Johny menambahkan, program itu berlanjut."
    found = people_by_name(nlp, text, ["Johnny Santoso", "Johny"])
    assert list(found) == ["Johnny Santoso"]


@pytest.mark.parametrize("short", ["Heri", "Hery"])
def test_a_short_mention_spelt_another_way_is_the_same_person(nlp: Language, short: str) -> None:
    text = (f"Staf Ahli Menteri Herry Wibisono membuka rapat smart city. \"Semua daerah harus siap,\" tambah "
            f"{short}.")
    people = people_by_name(nlp, text, ["Herry Wibisono", short])
    assert set(people) == {"Herry Wibisono"}


@pytest.mark.parametrize("text, proposed, name", [
    ("Menteri Komunikasi Sudarmanto membuka acara. “Kota harus melayani warga,” kata Sudar.",
     ["Sudarmanto", "Sudar"], "Sudarmanto"),
    ("Menteri Jhonny P. Lasut membuka acara. Menteri Johnny menyatakan dukungannya.",
     ["Jhonny P. Lasut", "Johnny"], "Jhonny P. Lasut"),
    ("ujar Sekretaris Dinas Kominfo Suhartono Gani. Menurut Surhatono, kota sudah siap.",
     ["Suhartono Gani", "Surhatono"], "Suhartono Gani"),
])
def test_a_short_or_misspelt_later_mention_is_the_same_person(
        nlp: Language, text: str, proposed: list[str], name: str) -> None:
    assert set(people_by_name(nlp, text, proposed)) == {name}


def test_the_short_form_of_a_later_word_of_a_name_is_the_same_person(nlp: Language) -> None:
    text = ("Kami mendapat dukungan Walikota Surabaya Sri Wahyuningsih. Ibu Wahyu akan menerima tamu, kata Walikota "
            "Surabaya Ibu Wahyu.")
    people = people_by_name(nlp, text, ["Sri Wahyuningsih", "Wahyu"])
    assert set(people) == {"Sri Wahyuningsih"}


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
    assert set(people_found(nlp, text)) == {"johannes rettob"}


def test_a_name_spelt_twice_is_one_person(nlp: Language) -> None:
    text = ("Bimtek dibuka oleh Asisten II Setda Kabupaten Jayapura, Yani Giay dengan menghadirkan OPD.\n\n"
            "Menurut Asisten II, Jani Giyai bimtek sangat penting bagi daerah.")
    assert len(people_found(nlp, text)) == 1


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
    assert set(people_found(nlp, text)) == {"markus lado tena"}


def test_a_mayors_familiar_name_with_son_is_the_mayor(nlp: Language) -> None:
    text = ("Wali Kota Sorong Hendri Wila Bata membuka upacara di halaman kantor wali kota.\n\n"
            "Hendrison mengatakan pelayanan publik belum menjawab semua kebutuhan warga.")
    assert set(people_found(nlp, text)) == {"hendri wila bata"}


@pytest.mark.parametrize(("known", "mention", "same"), [
    ("Teddy Sukardi", "Suardi", False),  # a short surname a letter off: another person
    ("Samuel Abrijani Pangerapan", "Pangerepan", True),  # a long surname misprinted
    ("Johnny G. Plate", "Jhonny", True),  # the first name: any spelling
])
def test_spelling_variants_of_surnames(known: str, mention: str, same: bool) -> None:
    assert _same_person(mention, known) is same


def test_a_short_surname_a_letter_off_is_another_person(nlp: Language) -> None:
    text = ('"Program kota ini termasuk yang terbaik," ujar Teddy Sukardi dari tim evaluator.\n'
            "Tim kota yang hadir, Kepala Dinas Kominfo Kota Padang, Suardi, dan Kabag Humas, Imral Fadli.")
    people = people_found(nlp, text)
    assert {"teddy sukardi", "suardi", "imral fadli"} <= set(people)
    assert people["suardi"]["category"] == "regional_official"


# -- nicknames and familiar names ----------------------------------------------------------------------------

def test_a_nickname_is_the_person_just_named(nlp: Language) -> None:
    text = ("Direktur Jenderal Aplikasi Informatika Rudi Hartanto membuka acara itu. \"Kita terus berbenah,\" kata "
            "pria yang akrab disapa Ucok ini. Ucok berharap daerah terus berinovasi.")
    assert list(people_by_name(nlp, text, ["Rudi Hartanto", "Ucok"])) == ["Rudi Hartanto"]


def test_nicknames_before_and_after_the_full_name(nlp: Language) -> None:
    text = ("Bupati Madiun Rudi Hartono (Kang Rudi) membuka acara. Kepala Dinas Kominfo Kota Madiun, Bagus Santoso "
            "hadir. \u201cKami siap,\u201d ujar Bagus, sapaan akrab Bagus Santoso. Kang Rudi juga berpesan.")
    found = people_by_name(nlp, text, ["Rudi Hartono", "Kang Rudi", "Bagus Santoso"])
    assert list(found) == ["Rudi Hartono", "Bagus Santoso"]


def test_a_nickname_after_a_dash_is_the_person_named_next(nlp: Language) -> None:
    text = ("Kasi Aplikasi Diskominfo Sumbawa Syamsuddin menyampaikan rencana itu. Melalui kerja sama antardaerah, "
            "jelas Udin—sapaan Syamsuddin, aplikasi bisa dihibahkan. Biayanya kecil, kata Udin.")
    assert set(people_by_name(nlp, text, ["Syamsuddin", "Udin"])) == {"Syamsuddin"}


@pytest.mark.parametrize("joint", ["–", ", "])
def test_the_familiar_name_of_a_position_holder(nlp: Language, joint: str) -> None:
    text = f"Bunda Rina{joint}sapaan akrab Wali Kota Bima berharap peserta lomba berprestasi."
    people = people_by_name(nlp, text, ["Rina"])
    assert list(people) == ["Rina"]
    assert people["Rina"]["category"] == "regional_official"


def test_kang_before_a_post_is_no_name(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Ini langkah maju,\" kata Kang Bupati–sapaan Bupati "
            "Sugiharto Wibowo.")
    assert set(people_found(nlp, text)) == {"sugiharto wibowo"}


def test_a_familiar_name_whose_owner_follows_a_post_is_the_owner(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Kami siap,\" jelas Kang Giri, sapaan akrab Bupati "
            "Sugiharto. Kang Giri juga berharap banyak.")
    assert set(people_found(nlp, text)) == {"sugiharto wibowo"}


def test_a_familiar_name_whose_owner_follows_a_post_and_region(nlp: Language) -> None:
    text = ("Bupati Ponorogo Sugiharto Wibowo membuka forum. \"Kami siap,\" jelas Giri, sapaan akrab Bupati Ponorogo "
            "Sugiharto Wibowo.")
    assert set(people_found(nlp, text)) == {"sugiharto wibowo"}


def test_a_nickname_of_a_post_already_held_is_its_holder(nlp: Language) -> None:
    text = ("Kepala Dinas Komunikasi dan Informatika Kota Batam, Drs. H. Abdul Hadi Ismail, MT menjelaskan program. "
            "\"Program ini berjalan,\" terang Ahis sapaan Kadis Kominfo Kota Batam.")
    assert set(people_found(nlp, text)) == {"abdul hadi ismail"}


def test_a_nickname_of_a_post_no_one_holds_yet_stays_a_person(nlp: Language) -> None:
    text = ("Kepala Dinas Kominfo Kota Batam Abdul Hadi Ismail membuka acara. \"Program ini berjalan,\" terang Ahis "
            "sapaan Kadis Perhubungan Kota Batam.")
    assert set(people_found(nlp, text)) == {"abdul hadi ismail", "ahis"}


def test_gus_before_a_familiar_name_is_the_full_names_owner(nlp: Language) -> None:
    text = "Wakil Bupati Pati Mochamad Anwar Sholeh membuka bimtek. Gus Anwar mengatakan daerahnya siap."
    assert set(people_found(nlp, text)) == {"mochamad anwar sholeh"}


def test_mak_before_a_familiar_name_is_the_full_names_owner(nlp: Language) -> None:
    text = "Bupati Kendal, Sri Wahyuni atau Mak Sri membuka acara itu. Mak Sri mengatakan daerahnya siap."
    people = people_found(nlp, text)
    assert set(people) == {"sri wahyuni"}
    assert people["sri wahyuni"]["category"] == "regional_official"
