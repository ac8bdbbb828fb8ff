"""Innovations: the dimension a text files a programme under, by class (a list under the one dimension of the
sentence before, "pada pilar", a pillar the text names as no dimension, an item beside the dimensions, a region
between a dimension and its list, the definition of a dimension). Merged from the audit rounds' files (round 2-3,
the r2300 group, the audit of the groups r1-r704); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values as values
from spacy.language import Language

from extractor.nlp import analyse


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


def test_the_sentence_before_filing_its_own_item_files_no_later_one(nlp: Language) -> None:
    text = ("Program \"Kali Bersih\" akan dimasukkan dalam dimensi Smart Environment. Pemkab juga menyiapkan aplikasi "
            "SiPangan, SiTernak dan SiNelayan untuk petani.")
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Kali Bersih", "Smart Environment"), ("SiPangan", None), ("SiTernak", None), ("SiNelayan", None)]


def test_pada_pilar_files_the_item_before_it_and_an_unnamed_pillar_files_none(nlp: Language) -> None:
    text = "Kemudian, Kelas Bahasa Gratis pada pilar smart society, Home Care Lansia untuk pilar kesehatan."
    found = {v["name"]: v for v in values(nlp, text)}
    assert found["Kelas Bahasa Gratis"]["dimension"] == "Smart Society"
    # the dimension before it filed the item before it; the pillar it is filed under is no description either
    assert found["Home Care Lansia"]["dimension"] is None
    assert found["Home Care Lansia"]["description"] is None


def test_a_pillar_the_text_names_as_no_dimension_is_no_description_either(nlp: Language) -> None:
    # a description read with the verb that presents the name, not only one told after it
    found = values(nlp, "Pada smart living, Pemkot menjalankan Home Care Lansia untuk pilar kesehatan.")
    assert [(v["name"], v["dimension"], v["description"]) for v in found] == [("Home Care Lansia", None, None)]


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


@pytest.mark.parametrize(("text", "expected"), [
    # what a dimension means, told with a noun and a relative clause or a manner, lists no programme
    ("Smart Environment yaitu lingkungan yang bersih dan lestari.", []),
    ("Smart Mobility yakni transportasi yang aman dan nyaman bagi warga.", []),
    ("Smart Society, yaitu masyarakat yang saling peduli, diwujudkan lewat aplikasi Jaga Tetangga.",
     ["Jaga Tetangga"]),
    # guard: other definitions of a dimension
    ("Smart Environment yaitu lingkungan yang bersih di seluruh kota.", []),
    ("Smart People berarti masyarakat yang kreatif dan melek teknologi.", []),
    ("Smart Economy ialah ekonomi daerah yang berdaya saing.", []),
])
def test_the_definition_of_a_dimension_names_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the region or its government as the subject between the dimension and the words that list its items
    ("Untuk smart governance, Kabupaten Ngawi punya Sipandu, Layanan Dokter Desa, dan E-Retribusi Pasar.",
     ["Sipandu", "Layanan Dokter Desa", "E-Retribusi Pasar"]),
    ("Pada pilar smart living, Kota Cimahi sudah menerapkan Posyandu Digital serta Ambulans Desa.",
     ["Posyandu Digital", "Ambulans Desa"]),
    # guard
    ("Di dimensi smart economy, Pemkot Madiun memiliki Pasar Pahing Online dan Gerai UMKM.",
     ["Pasar Pahing Online", "Gerai UMKM"]),
    ("Smart Branding, Kabupaten Kudus mengusulkan Festival Kretek dan Kudus Heritage Walk.",
     ["Festival Kretek", "Kudus Heritage Walk"]),
])
def test_a_region_may_stand_between_a_dimension_and_its_list(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(names(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym alone that a dimension files right after it
    ("Tiga inovasi yang ditampilkan yakni SIGAP untuk Smart Governance dan Dapur Sehat untuk Smart Living.",
     [("SIGAP", "Smart Governance"), ("Dapur Sehat", "Smart Living")]),
    # "terdapat" lists the dimension's items as "ada" does
    ("Dalam Smart Living terdapat Ambulans Desa Siaga dan Posyandu Remaja.",
     [("Ambulans Desa Siaga", "Smart Living"), ("Posyandu Remaja", "Smart Living")]),
])
def test_items_a_dimension_files(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


def test_a_sentence_with_its_own_subject_and_verb_after_kemudian_keeps_no_dimension(nlp: Language) -> None:
    text = ("Kabupaten Lamongan memaparkan Smart Governance yakni SIPADI. Kemudian bupati menjelaskan aplikasi "
            "Lamongan Sehat yang sudah berjalan sejak 2019.")
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == [
        ("SIPADI", "Smart Governance"), ("Lamongan Sehat", None)]


def test_a_name_after_the_items_a_dimension_lists_in_brackets_is_not_filed_there(nlp: Language) -> None:
    text = "Smart Living (Posyandu Digital, Ambulans Desa) dan Festival Budaya Lembah digelar setiap tahun."
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == [
        ("Posyandu Digital", "Smart Living"), ("Ambulans Desa", "Smart Living"), ("Festival Budaya Lembah", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a subject after the connective and its comma opens a sentence of its own
    ("Smart Environment yakni Bank Sampah Induk. Selanjutnya, Dinas Pariwisata memaparkan Festival Danau Raya.",
     [("Bank Sampah Induk", "Smart Environment"), ("Festival Danau Raya", None)]),
    # ... a verb in a clause about an item does not
    (("Pilar Smart Society diwujudkan lewat Rumah Pintar. Kemudian aplikasi Sidamas yang memudahkan warga, dan "
      "aplikasi Lapak Desa."), [("Rumah Pintar", "Smart Society"), ("Sidamas", "Smart Society"),
                                ("Lapak Desa", "Smart Society")]),
    # ... nor a preposition or a quantifier of a verb's shape
    ("Pilar Smart Society diwujudkan lewat Rumah Pintar. Kemudian melalui aplikasi Sidamas warga melapor.",
     [("Rumah Pintar", "Smart Society"), ("Sidamas", "Smart Society")]),
])
def test_a_sentence_after_a_connective_goes_on_with_the_list_or_not(nlp: Language, text: str,
                                                                     expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a connective opening the sentence before "untuk dimensi X" files nothing: the items after it are X's
    (('Selanjutnya untuk dimensi smart branding, yaitu "Kali Bersih" dari Dinas PUPR. Kemudian untuk smart living '
      'yaitu "Rumah Layak Warga" pada Dinas Perkim.'),
     [("Kali Bersih", "Smart Branding"), ("Rumah Layak Warga", "Smart Living")]),
    ("Adapun pada dimensi Smart Environment, Bank Sampah Induk Sejahtera mencatat nasabah baru.",
     [("Bank Sampah Induk Sejahtera", "Smart Environment")]),
    # ... nor is it a name of its own
    ("Terakhir untuk dimensi smart society, yaitu portal pendidikan dari Dinas Pendidikan.", []),
])
def test_a_connective_before_the_dimension_files_no_name(nlp: Language, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dimension on a line of its own heads the paragraph of prose below it
    (("Inovasi Kabupaten Sukamaju\n\nSmart Governance\nAplikasi Sikep menjadi andalan pelayanan. Warga juga memakai "
      "aplikasi Lapor Maju.\n\nSmart Economy\nWarga membeli produk lokal lewat aplikasi Bela Beli.\n\n"
      "Kepala dinas meluncurkan aplikasi Sipandu tahun lalu."),
     [("Sikep", "Smart Governance"), ("Lapor Maju", "Smart Governance"), ("Bela Beli", "Smart Economy"),
      ("Sipandu", None)]),
    # ... a run of such lines lists the pillars and heads nothing
    (("Pilar yang dinilai\nSmart Branding\nSmart Economy\n\nBupati menyebut aplikasi Sipandu sebagai kunci "
      "keberhasilan pelayanan di kabupaten itu."), [("Sipandu", None)]),
])
def test_a_dimension_heading_a_paragraph_of_prose(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # "lalu" after a comma turns to another subject, as "sedangkan" does
    "Untuk smart environment ada Bank Sampah Digital, lalu di bidang pariwisata ada Festival Bromo Kreatif.",
    # ... and so does another sector named between the dimension and the name
    "Untuk smart environment ada Bank Sampah Digital dan di bidang pariwisata ada Festival Bromo Kreatif.",
])
def test_a_dimension_does_not_spill_past_a_turn_to_another_subject(nlp: Language, text: str) -> None:
    found = {v["name"]: v["dimension"] for v in values(nlp, text)}
    assert found == {"Bank Sampah Digital": "Smart Environment", "Festival Bromo Kreatif": None}


def test_a_name_opening_with_the_connective_in_capitals_stays_filed(nlp: Language) -> None:
    found = {v["name"]: v["dimension"] for v in values(nlp, "Untuk smart mobility ada Bus Kota, Lalu Lintas Pintar dan "
                                                             "Parkir Daring.")}
    assert found == {"Bus Kota": "Smart Mobility", "Lalu Lintas Pintar": "Smart Mobility", "Parkir Daring": "Smart Mobility"}


def test_a_dash_after_a_dimension_files_the_names_after_it(nlp: Language) -> None:
    text = ("Program unggulan dibagi per pilar. Smart Living - Puskesmas Keliling Malam; Smart Society - Rumah Baca "
            "Nagari; Smart Environment – Sungai Bersih Nagari.")
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == [
        ("Puskesmas Keliling Malam", "Smart Living"), ("Rumah Baca Nagari", "Smart Society"),
        ("Sungai Bersih Nagari", "Smart Environment")]


def test_a_dash_before_a_lower_case_gloss_files_nothing(nlp: Language) -> None:
    assert values(nlp, "Penilaian mencakup Smart Governance – tata kelola pemerintahan, dan Smart Living.") == []


@pytest.mark.parametrize("text", [
    # the sector an item serves, right after its name, is part of the item's gloss, no turn to another subject
    "Smart Economy meliputi aplikasi Pasar Online untuk sektor UMKM, aplikasi Toko Tani dan aplikasi Wisata Desa.",
    "Untuk smart economy, Pemkot mengembangkan aplikasi Pasar Online di bidang perdagangan serta aplikasi Wisata Desa.",
    # "lalu" after a comma goes on with the list, as "kemudian" does
    "Untuk smart economy ada aplikasi Pasar Online, lalu aplikasi Toko Tani dan aplikasi Wisata Desa.",
])
def test_a_sector_glossing_an_item_or_a_list_s_lalu_keeps_the_items_filed(nlp: Language, text: str) -> None:
    found = {v["name"]: v["dimension"] for v in values(nlp, text)}
    assert found == {name: "Smart Economy" for name in found} and "Wisata Desa" in found



AWARDS = ("Kabupaten Wonosobo meraih penghargaan kategori Smart Society. Pada malam itu, {other} menerima penghargaan "
          "kategori Smart Economy. Bupati Wonosobo menyebut program yang paling disorot juri adalah Wonosobo Ramah "
          "Difabel (WORADI), layanan pendampingan warga difabel oleh relawan desa, serta Kelas Tani Digital yang "
          "melatih petani muda berjualan daring.")


@pytest.mark.parametrize(("other", "dimension"), [
    # the sentence before is another region's award: the list of this region's programmes is not filed there
    ("Kota Madiun", None),
    # ... the same region's is (the list's sentence names it too)
    ("Kabupaten Wonosobo", "Smart Economy"),
])
def test_the_sentence_before_about_another_region_files_no_list(nlp: Language, other: str,
                                                                dimension: str | None) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, AWARDS.format(other=other))] == [
        ("Wonosobo Ramah Difabel (WORADI)", dimension), ("Kelas Tani Digital", dimension)]

def test_a_pair_of_dimensions_files_neither_on_the_items_after_it(nlp: Language) -> None:
    text = ("Kepala dinas menyebut dimensi Smart Governance dan Smart Living dipuji evaluator, terutama lewat "
            "aplikasi Kendal Satu Layanan dan layanan bidan keliling Bunda Siaga.")
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == [
        ("Kendal Satu Layanan", None), ("Bunda Siaga", None)]
