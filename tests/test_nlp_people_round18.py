"""People on real news, generalisation audit of a third group of new outlets (r1800-r1823): the classes of wording
behind its first-sight errors, each written the way other outlets would put it.

- credits: a photographer's name slashed to an outlet of several words, in brackets ("(AGUS/RADAR LOMBOK)"),
  between dashes after a caption's sentence ("...kota.-Agus/Radar X-"), or opening a caption line before a dash
  ("AGUS/KALTIM POST - ..."), or glued by dashes ("...Siap?-Agus Salim-Harian X"), the outlet no person, nor a
  place or an office before the slash; a credit's label, then "dari"/"oleh" ("Kontribusi dari X");
- titles: a post broken over two lines of a text wrapped by hand ("Wali\\nKota X"), short forms of a regional
  office's posts ("Asda" for an assistant of the regional secretary, "Sekdin", "Kasie", "Kalak"), an office's
  short form in capitals after a post ("Kabid pada BAPPEDA X");
- lists: "meliputi" opening a list, and the speakers ("narasumber", "pemateri") of the programme before a list;
- places: a clause going on after a venue ("di Ruang X dan disaksikan oleh Menteri Y, Z, Kamis") ends the address;
- not names: words all of common use ("Perguruan Tinggi"), or one after a comma in a list of posts and bodies, or
  before "yang" ("Pria yang juga Kepala Bappeda").

Texts and names are written for these tests.
"""

from __future__ import annotations

import re

import pytest
from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.people import (
    ADDRESS_VENUE,
    BRACKETED_CREDIT,
    BYLINE_FROM,
    DASHED_CREDIT,
    GLUED_DASH_CREDIT,
    LINE_WRAPPED_SPACE,
    OFFICE_WORDS,
)

found = people_found


# -- credits -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Bupati membuka forum kota cerdas di pendopo. (YUSRAN/PALU EKSPRES)\nKabupaten Sigi menyiapkan masterplan.",
     "yusran"),
    ("SUASANA RAPAT: Para kepala OPD mengikuti bimtek. (ROSMINI/TRIBUN TIMUR NEWS)\nBimtek digelar dua hari.",
     "rosmini"),
    ("Peserta apel di halaman Setda Majalengka.–Yogi/Radar Cirebon–\nApel digelar setiap pekan.", "yogi"),
    ("Peserta rapat di aula Bappeda Klaten.-Dimas/Jateng Pos-\nPemkab Klaten menggelar rapat kota cerdas.", "dimas"),
    ("HENDRA/KALTIM POST - Peserta bimtek kota cerdas di ruang rapat.\nBimtek tahap kedua digelar kemarin.",
     "hendra"),
    ("Menengok Kota Cerdas: Sejauh Mana Daerah Siap?-Rudi Hartono-Harian Fajar\n\nStatus kota cerdas jadi keharusan.",
     "rudi hartono"),
    ("Wali Kota meninjau ruang command center.–Nur Aini–Tribun Timur\nRuang itu dibangun tahun lalu.", "nur aini"),
    ("Apel pagi di halaman kantor bupati.-Dimas-Radar Tegal-\nApel digelar setiap Senin.", "dimas"),
])
def test_a_photographers_name_slashed_to_an_outlet_of_words(nlp: Language, text: str, name: str) -> None:
    assert set(found(nlp, text)) == {name}


@pytest.mark.parametrize("text", [
    "KUTAI KARTANEGARA/KALTIM POST - Bupati membuka forum di aula.\nForum diikuti camat.",
    "Bupati membuka forum kota cerdas di pendopo. (IST/RADAR BOGOR)\nKabupaten Bogor menyiapkan masterplan.",
    "Peserta apel di halaman Setda.-Dok/Radar Kuningan-\nApel digelar setiap pekan.",
    "Program ini berjalan sejak 2019.-Kota Bogor-Jawa Barat\nProgram itu berlanjut.",
    "Bupati membuka forum di pendopo. (DISKOMINFO/RADAR BOGOR)\nKabupaten Bogor menyiapkan masterplan.",
])
def test_a_place_an_office_or_a_stock_photo_slashed_to_an_outlet_is_no_person(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_the_outlet_after_the_slash_of_a_credit_opening_a_caption_is_no_person(nlp: Language) -> None:
    text = "Rizal/Sumsel Ekspres - Wali Kota Lubuklinggau membuka forum di aula Pemkot.\nForum diikuti camat."
    assert set(found(nlp, text)) == {"rizal"}


@pytest.mark.parametrize(("text", "name"), [
    ("Kiriman dari Ratna Widyastuti, 12 Maret 2021 09:10\nDiskominfo Kabupaten Tapin menggelar rapat.",
     "ratna widyastuti"),
    ("Kontribusi oleh Maria Goreti, 3 Mei 2020 10:12, Dibaca 512 kali.\nPemkab Ende menyiapkan masterplan.",
     "maria goreti"),
    ("Foto oleh Rahmat Hidayat\nSuasana rapat kota cerdas di balai kota.", "rahmat hidayat"),
])
def test_a_credits_label_then_dari_or_oleh_before_the_name(nlp: Language, text: str, name: str) -> None:
    people = found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "other"


# -- titles --------------------------------------------------------------------------------------------------------

# a text wrapped by hand at a fixed width: sentences go on after its line breaks
WRAPPED_OPENING = ("Pemerintah daerah menggelar rapat kota cerdas di aula\nkantor bupati pada pekan lalu dan dihadiri "
                   "seluruh kepala\nperangkat daerah serta camat dari semua\nkecamatan. ")

@pytest.mark.parametrize(("text", "name", "role", "region"), [
    (("Rapat itu diikuti seluruh perangkat daerah.\nWali\nKota Hidayat Lamakarate dalam sambutannya mengajak semua "
     "dinas bekerja sama."), "hidayat lamakarate", "Wali Kota", None),
    (("Rapat itu diikuti seluruh perangkat daerah. Kegiatan itu dibuka Wali\nKota Hidayat Lamakarate yang menekankan "
     "kolaborasi."), "hidayat lamakarate", "Wali Kota", None),
    ((WRAPPED_OPENING + "Sambutan disampaikan Kepala Dinas\nKominfo Kabupaten Sumbawa, Mahmud Abdullah, di aula."),
     "mahmud abdullah", "Kepala Dinas Kominfo", "Kabupaten Sumbawa"),
    (("Rapat itu diikuti seluruh perangkat daerah. Sambutan disampaikan Sekretaris\nDaerah Kabupaten Bima Sukri "
     "Ahmad di aula."), "sukri ahmad", "Sekretaris Daerah", "Kabupaten Bima"),
    (("Rapat itu diikuti seluruh perangkat daerah. Acara dibuka Wakil\nBupati Lombok Tengah Nursiah yang meminta dinas "
     "bekerja sama."), "nursiah", "Wakil Bupati", "Kabupaten Lombok Tengah"),
    ((WRAPPED_OPENING + "Sementara itu Kepala Badan Perencanaan Pembangunan\nDaerah Kota Mataram, Hendra Basri, "
      "menjelaskan tahapan masterplan."), "hendra basri",
     "Kepala Badan Perencanaan Pembangunan Daerah", "Kota Mataram"),
])
def test_a_post_broken_over_two_lines(nlp: Language, text: str, name: str, role: str, region: str | None) -> None:
    people = found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "regional_official"
    assert " ".join(people[name]["role"].split()) == role
    if region:
        assert people[name]["region"] == region


def test_a_post_closing_a_paragraph_without_its_full_stop_is_no_post_of_the_next_line(nlp: Language) -> None:
    text = ("Bupati didampingi Asisten Administrasi Umum, Kepala Bappeda, Kabag Pemerintahan Setdakab Sumbawa\n"
            "Usai menandatangani nota itu, bupati mengatakan pihaknya siap bekerja sama.")
    assert found(nlp, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Penandatanganan dilakukan oleh Asda I Setda Kota Bogor, Rina Hartati, di Balai Kota.", "rina hartati"),
    ("Rapat dipimpin Asda II Bidang Perekonomian dan Pembangunan Joko Purwanto di ruang rapat.", "joko purwanto"),
    ("Dia sudah berkoordinasi dengan Kepala Diskominfo, Hendra Jaya dan Asda III, Lina Marlina karena zona itu luas.",
     "lina marlina"),
])
def test_asda_is_an_assistant_of_the_regional_secretary(nlp: Language, text: str, name: str) -> None:
    people = found(nlp, text)
    assert "asda" not in people
    assert people[name]["category"] == "regional_official"
    assert people[name]["role"].startswith("Asda")


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kasie Aplikasi Diskominfo Kabupaten Bone, Andi Rahman, menjelaskan aplikasi itu.", "andi rahman",
     "Kasie Aplikasi Diskominfo"),
    ("Rapat dibuka Sekdin Kominfo Kota Bima Agus Salim di aula.", "agus salim", "Sekdin Kominfo"),
    ("Kalak BPBD Kabupaten Garut, Dadi Setiadi, ikut memaparkan data bencana.", "dadi setiadi", "Kalak BPBD"),
    ("Sekban Bappeda Kabupaten Sinjai, Rahmat Hidayat, membacakan laporan.", "rahmat hidayat", "Sekban Bappeda"),
    ("Kakan Kesbangpol Kabupaten Maros, Andi Ilham, turut hadir.", "andi ilham", "Kakan Kesbangpol"),
])
def test_short_forms_of_a_regional_offices_posts(nlp: Language, text: str, name: str, role: str) -> None:
    people = found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "regional_official"
    assert people[name]["role"] == role


@pytest.mark.parametrize(("text", "name"), [
    ("Tim Kabupaten Kapuas didampingi Kabid pada BAPPEDA Yuli Hartati serta sejumlah kasi terkait.", "yuli hartati"),
    ("Rapat diikuti Kasi pada DISKOMINFO Agus Triyono dan pejabat terkait.", "agus triyono"),
    ("Rapat diikuti Sekretaris BAPPEDA Agus Triyono dan pejabat terkait.", "agus triyono"),
])
def test_an_offices_short_form_in_capitals_after_a_post(nlp: Language, text: str, name: str) -> None:
    people = found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "regional_official"


# -- lists ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    (("Hadir sebagai narasumber Tenaga Ahli Kementerian Kominfo meliputi, Rina Marlina, Dedi Kurniawan, dan Yusuf "
     "Hamdani."), ["rina marlina", "dedi kurniawan", "yusuf hamdani"]),
    ("Narasumber dari Kementerian Kominfo hadir secara virtual, yakni Dr Hendra Gunawan bersama tim evaluasi.",
     ["hendra gunawan"]),
    ("Bimtek menghadirkan pemateri dari Kemenkominfo, yaitu Sri Lestari dan Agus Wibowo.", ["sri lestari", "agus wibowo"]),
    ("Kegiatan itu menghadirkan narasumber dari Direktorat Jenderal Aptika, yakni Rudi Hartono, S.Kom.",
     ["rudi hartono"]),
    ("Materi disampaikan oleh narasumber dari Kementerian Kominfo, Andi Saputra dan Budi Setiawan.",
     ["andi saputra", "budi setiawan"]),
])
def test_the_programmes_speakers_listed_are_assessors(nlp: Language, text: str, names: list[str]) -> None:
    people = found(nlp, text)
    assert set(people) == set(names)
    assert {people[n]["category"] for n in names} == {"assessor"}


def test_a_speaker_from_the_private_sector_is_no_assessor(nlp: Language) -> None:
    people = found(nlp, "Diskusi diisi narasumber dari kalangan praktisi, Galang Permana, pendiri perusahaan rintisan "
                        "teknologi, yang berbagi pengalaman.")
    assert people["galang permana"]["category"] == "other"


def test_a_speaker_with_a_regional_post_stays_a_regional_official(nlp: Language) -> None:
    people = found(nlp, "Narasumber kegiatan ini yaitu Kepala Bappeda Kota Batu, Joko Santoso.")
    assert people["joko santoso"]["category"] == "regional_official"


# -- places --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    (("Nota itu diteken di Aula Serbaguna Kantor Bupati dan disaksikan oleh Menteri Dalam Negeri, "
     "Tito Karnavian, Senin (3/5/2021)."), "tito karnavian"),
    (("Acara digelar di Ruang Rapat Bupati dan saksikan langsung Sekretaris Jenderal Kemendagri, Suhajar Diantoro, "
     "Kamis (2/9)."), "suhajar diantoro"),
    ("Rapat dilakukan di Hotel Santika yang dihadiri Kepala Bappeda, Joko Susilo, Selasa (3/4).", "joko susilo"),
    ("Acara berlangsung di Aula Dinas Kominfo dan dibuka oleh Wakil Wali Kota Tidore, Muhammad Sinen, Rabu (5/6).",
     "muhammad sinen"),
])
def test_a_clause_after_the_venue_ends_the_address(nlp: Language, text: str, name: str) -> None:
    assert set(found(nlp, text)) == {name}


def test_a_part_of_the_address_before_the_day_is_still_a_place(nlp: Language) -> None:
    assert found(nlp, "Kegiatan berlangsung di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8).") == {}


# -- not names -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Komitmen ditandatangani Kepala OPD, unsur Forkopimda, Camat, Lurah, Perguruan Tinggi, BUMN, Perbankan, Pelaku "
    "Usaha dan Komunitas."),
    "Tim pelaksana terdiri dari Akademisi, Perbankan, Perguruan Tinggi, Media serta Swasta.",
    "Turut hadir para Kepala OPD, Unsur Forkopimda dan pejabat eselon III di lingkungan Pemkab Lebak.",
    "Pria yang juga Kepala Bappeda ini menambahkan, masterplan segera rampung.",
    "Perempuan yang juga Sekda Kota Bogor ini menyampaikan harapannya.",
])
def test_words_of_common_use_in_a_list_of_posts_or_describing_a_person(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_a_name_after_a_post_and_a_comma_is_kept(nlp: Language) -> None:
    people = found(nlp, "Menurut Kepala Dinas Kominfo, Budi Santoso, program berjalan baik.")
    assert people["budi santoso"]["category"] == "regional_official"


def test_the_new_patterns_stay_linear_on_hostile_input() -> None:
    assert BRACKETED_CREDIT.search("(AAA/" + "Aa " * 20_000 + "x") is None
    assert DASHED_CREDIT.search("Aaa/" + "Aa " * 20_000 + "x") is None
    assert DASHED_CREDIT.search(".-Aaa" + " " * 50_000 + "x") is None
    assert GLUED_DASH_CREDIT.search(".-Aaa-" + "Aa " * 20_000 + "x") is None
    assert BYLINE_FROM.search("Foto" + " " * 50_000 + "x") is None
    assert OFFICE_WORDS.fullmatch(" Aa dan" * 8_000 + " x") is None
    assert ADDRESS_VENUE.search("di Aula" + " a" * 25_000 + " x") is None
    assert ADDRESS_VENUE.search("di Aula" + " dan" * 12_000 + ",x") is None
    wrapped = re.compile(r"Wali" + LINE_WRAPPED_SPACE + r"Kota")
    assert wrapped.search("Wali" + " " * 50_000 + "x") is None
    assert wrapped.search("Wali" + "\n" + " " * 50_000 + "x") is None
