"""People: bylines, credits, photo captions and sign-offs.

The writer, reporter, editor or photographer a page credits is a person of category "other": after a label
("Editor:", "Peliput:", "Foto oleh"), on the page's date line, slashed or dashed to the outlet, or in the
bracket that closes a caption, a paragraph or the article. The outlet and its web address, the source of a
photo, a stock label ("Istimewa", "Dok") and the desk's initials are no people.

Texts are whole sentences with ordinary lower-case words (a mostly capitalised line reads as a headline); they
and their names are written for these tests, but for a few national figures of data/known_people.csv. The
helpers of tests/fixtures/support.py run either the rules on the trained model's proposals that a test gives,
so that the test does not move when the model is retrained (`people_by_name`, `people_with_proposals`,
`doc_with_proposals`), or the whole pipeline (`people_found` by lower-cased name, `people_as_written`,
`people_mentions`).
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name, people_found, people_with_proposals
from spacy.language import Language

from extractor.nlp.people.bylines import SITE_DASH_CREDIT

# -- bylines and writers' labels -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        ("Kota itu siap dinilai.\nPewarta: Agus Salim\nEditor: Nur Aini", [], ["Agus Salim", "Nur Aini"]),
        ("Kota itu siap dinilai bulan depan. (Budi Waluyo/Kaltimpost)", [], ["Budi Waluyo"]),
        # a byline under the headline, on the line of the publication date: only with the model
        ("Kota Cerdas Makin Dekat\nRina Kartika - Kamis, 16 Mei 2019 | 14:40 WIB\nKota itu siap dinilai.",
         ["Rina Kartika"], ["Rina Kartika"]),
    ],
)
def test_bylines_and_credits_are_people(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    found = people_by_name(nlp, text, proposed)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"other"}


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # the label inside a header line, after the section and the time
        ("DAERAH | 2 Mei 2021 09:40 Reporter : Wulan Sari\n\nKota itu siap dinilai.", ["Wulan Sari"], ["Wulan Sari"]),
        # the label alone on the line above the name
        ("Kota Cerdas Makin Dekat\nEditor\nB Hartanto\nKota itu siap dinilai bulan depan.", [], ["B Hartanto"]),
        # a name in capitals after the label, at the end of the line or before the date
        ("LAPORAN : ANI\nKota itu siap dinilai bulan depan.", [], ["ANI"]),
        ("By RT SIMATUPANG 04 Okt 2022, 08:56 WIB\nKota itu siap dinilai.", [], ["RT SIMATUPANG"]),
        # a photo credit in capitals names nobody
        ("Kota itu siap dinilai bulan depan.\nFOTO: ISTIMEWA", [], []),
    ],
)
def test_byline_labels_in_header_lines_and_capitals(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    found = people_by_name(nlp, text, proposed)
    assert list(found) == names
    assert {p["category"] for p in found.values()} <= {"other"}


def test_initials_between_a_byline_label_and_the_name_are_kept(nlp: Language) -> None:
    text = "Kota Madiun meraih penghargaan kota cerdas tahun ini.\n\nEditor: ST Wibowo\n"
    people = people_by_name(nlp, text, [])
    assert people["ST Wibowo"]["category"] == "other"


def test_the_reporter_labelled_peliput_is_a_person(nlp: Language) -> None:
    people = people_found(nlp, "Rapat evaluasi digelar di aula kantor bupati pagi tadi.\nPeliput: Sumarno")
    assert set(people) == {"sumarno"}
    assert people["sumarno"]["category"] == "other"


@pytest.mark.parametrize(("text", "name"), [
    ("Kiriman dari Ratna Widyastuti, 12 Maret 2021 09:10\nDiskominfo Kabupaten Tapin menggelar rapat.",
     "ratna widyastuti"),
    ("Kontribusi oleh Maria Goreti, 3 Mei 2020 10:12, Dibaca 512 kali.\nPemkab Ende menyiapkan masterplan.",
     "maria goreti"),
    ("Foto oleh Rahmat Hidayat\nSuasana rapat kota cerdas di balai kota.", "rahmat hidayat"),
])
def test_a_credits_label_then_dari_or_oleh_before_the_name(nlp: Language, text: str, name: str) -> None:
    people = people_found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "other"


def test_a_lowercase_name_after_a_credit_label_is_a_person(nlp: Language) -> None:
    text = "Tim evaluasi meninjau ruang data Kabupaten Sigi.\n\nPenulis: Ahmad Fauzi | Editor: rahmat hidayat"
    assert "rahmat hidayat" in {name.lower() for name in people_with_proposals(nlp, text, ["Ahmad Fauzi"])}


def test_a_bar_ends_a_credits_name(nlp: Language) -> None:
    text = "Pemkab Garut menyiapkan rencana induk kota cerdas.\nPenulis: Sri Wahyuni | KABARWARTA.com"
    assert set(people_found(nlp, text)) == {"sri wahyuni"}


def test_a_capitalised_byline_after_the_page_date_is_the_reporter(nlp: Language) -> None:
    text = ("Kota Bima Punya Ruang Kendali\n\nJUMAT, 12 MEI 2017 , 10:00:00 WIB | LAPORAN: AHMAD RIZAL FAUZI\n\n"
            "Pemerintah Kota Bima meresmikan ruang kendali smart city pekan ini.")
    people = people_by_name(nlp, text, [])
    assert set(people) == {"AHMAD RIZAL FAUZI"}
    assert people["AHMAD RIZAL FAUZI"]["category"] == "other"


def test_a_lowercase_name_under_the_page_date_is_the_writer(nlp: Language) -> None:
    text = "Senin 06 Agustus 2018\nandi saputra\n412\nsigikab.go.id: Bimtek smart city Kabupaten Sigi digelar."
    people = people_by_name(nlp, text, [])
    assert set(people) == {"andi saputra"}
    assert people["andi saputra"]["category"] == "other"


def test_lowercase_words_under_a_long_line_are_no_writer(nlp: Language) -> None:
    text = "Bimtek smart city Kabupaten Sigi digelar pada Agustus 2018 selama dua hari\nbaca juga\nberita lain."
    assert people_by_name(nlp, text, []) == {}


def test_a_writer_in_capitals_with_degrees_on_the_date_line(nlp: Language) -> None:
    text = ("KABAR DAERAH\n\nEVALUASI KOTA CERDAS DI KABUPATEN CONTOH\n\n"
            "Senin, 10 Juli 2023 RUSDIANTO, S.Kom, M.M 402\n\nBupati membuka kegiatan evaluasi di pendopo.")
    people = people_found(nlp, text)
    assert set(people) == {"rusdianto"}
    assert people["rusdianto"]["category"] == "other"


def test_capitals_after_a_date_without_degrees_are_no_writer(nlp: Language) -> None:
    text = ("KABAR DAERAH\n\nSenin, 10 Juli 2023 KOTA CONTOH, JAWA TENGAH 402\n\n"
            "Bupati membuka kegiatan evaluasi di pendopo.")
    assert people_found(nlp, text) == {}


@pytest.mark.parametrize("line, name", [
    ("Yusuf Darmadi - Kaltim Post", "Yusuf Darmadi"),
    ("I Gede Wirata - Bali Tribune", "I Gede Wirata"),
])
def test_a_writer_before_a_spaced_dash_and_the_outlet_under_the_date(nlp: Language, line: str, name: str) -> None:
    text = f"Diposting : 12 May 2019 10:15\n{line}\nMoU\nWabup Badung, I Ketut Sudarsa, membuka acara."
    people = people_by_name(nlp, text, [line.split(" - ")[0], "I Ketut Sudarsa"])
    assert name in people
    assert not any("Post" in n or "Tribune" in n for n in people)


def test_the_desks_label_the_sites_address_and_its_writer(nlp: Language) -> None:
    text = ("Sabtu, 15 Desember 2018 - 14:15 WIB\n\nKabupaten Contoh Raih Penghargaan\n\n"
            "Redaksi Kabarkita.com  /  Sri Wahyuni  | KABARKITA.com\n\n"
            "Kabarkita.com, CONTOH — Kabupaten Contoh memperoleh penghargaan dari menteri.")
    people = people_found(nlp, text)
    assert set(people) == {"sri wahyuni"}
    assert people["sri wahyuni"]["category"] == "other"


# -- credits slashed or dashed to an outlet ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # two credit labels before a name in capitals
        ("Reporter / Redaktur : RUDI HARTAWAN\nKota itu siap dinilai bulan depan.", [], ["RUDI HARTAWAN"]),
        # a photo credit after a caption, the photographer before the outlet
        ("Kepala dinas saat meninjau ruang kendali. | Wulan/Kabarkota.com\nKota itu siap dinilai.", ["Wulan"],
         ["Wulan"]),
    ],
)
def test_credits_of_journalists(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    people = people_by_name(nlp, text, proposed)
    assert list(people) == names
    assert {p["category"] for p in people.values()} == {"other"}


@pytest.mark.parametrize(("text", "name"), [
    (("Pemkot Bitung Kejar Target Kota Cerdas\n\nFOTO BAYU PRATAMA/KOTANEWS.ID - Wali Kota Bitung Maurits "
     "Mantiri.\n\nBITUNG, KOTANEWS.ID - Pemerintah Kota Bitung terus mengejar target smart city."), "bayu pratama"),
    (("Laporan wartawan Kotanews, Agus Salim Harahap\nKotanews.com - Kementerian Kominfo mengumumkan program kota "
     "cerdas di Kabupaten Bone."), "agus salim harahap"),
    (("Program kota cerdas di Kabupaten Bone terus berjalan, kata dia. Warga menyambut baik program tersebut. "
     "(Yono)\n\n0 komentar"), "yono"),
    ("Kerja sama itu ditandatangani di Jakarta, kata Wali Kota Bima Arahman. (Dedi kurniadi)", "dedi kurniadi"),
    (("Kota Kecil yang Membangun Diri\n\nOleh\nDIMAS ARYA PUTRA\n· 2 menit baca\n\nKota Solok terus membangun "
     "layanan digital."), "dimas arya putra"),
])
def test_a_credit_names_a_person_of_category_other(nlp: Language, text: str, name: str) -> None:
    people = people_found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == "other"


def test_a_credit_in_capitals_slashed_to_the_outlet_is_a_person(nlp: Language) -> None:
    text = "Anggota dewan meninjau ruang kendali, Senin. (RAHMAT/KOTAKITA)\n\nKomisi III meminta anggaran ditambah."
    people = people_by_name(nlp, text, [])
    assert people["RAHMAT"]["category"] == "other"


def test_a_credit_in_capitals_slashed_to_an_outlet_stays(nlp: Language) -> None:
    text = "Bupati membuka forum kota cerdas di pendopo. (SUGENG/RADAR KUDUS)\nKabupaten Kudus menyiapkan masterplan."
    assert set(people_found(nlp, text)) == {"sugeng"}


@pytest.mark.parametrize(("text", "name"), [
    # a credit's label after a slash ("Penulis/Fotografer")
    ("Tim evaluasi meninjau ruang data Kabupaten Sigi.\n\nPenulis/Fotografer: Dewi Kartika Sari", "Dewi Kartika Sari"),
    # the outlet, a slash and the photographer in brackets
    ("Bupati Sigi menerima tim evaluator di ruang rapat (Sulawesiku/Rahmat Hidayat)\n\nEvaluasi berjalan dua hari.",
     "Rahmat Hidayat"),
])
def test_credits_with_a_slash_name_a_person_of_category_other(nlp: Language, text: str, name: str) -> None:
    assert people_by_name(nlp, text, [name])[name]["category"] == "other"


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
    assert set(people_found(nlp, text)) == {name}


@pytest.mark.parametrize("text", [
    "KUTAI KARTANEGARA/KALTIM POST - Bupati membuka forum di aula.\nForum diikuti camat.",
    "Bupati membuka forum kota cerdas di pendopo. (IST/RADAR BOGOR)\nKabupaten Bogor menyiapkan masterplan.",
    "Peserta apel di halaman Setda.-Dok/Radar Kuningan-\nApel digelar setiap pekan.",
    "Program ini berjalan sejak 2019.-Kota Bogor-Jawa Barat\nProgram itu berlanjut.",
    "Bupati membuka forum di pendopo. (DISKOMINFO/RADAR BOGOR)\nKabupaten Bogor menyiapkan masterplan.",
])
def test_a_place_an_office_or_a_stock_photo_slashed_to_an_outlet_is_no_person(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_the_outlet_after_the_slash_of_a_credit_opening_a_caption_is_no_person(nlp: Language) -> None:
    text = "Rizal/Sumsel Ekspres - Wali Kota Lubuklinggau membuka forum di aula Pemkot.\nForum diikuti camat."
    assert set(people_found(nlp, text)) == {"rizal"}


@pytest.mark.parametrize(("credit", "name"), [
    ("TRIBUNNEWS.COM/YOSEF MANEK", "yosef manek"),
    ("KOMPAS.COM/DANI PRABOWO", "dani prabowo"),
    ("GORONTALOPOST.ID/ Sri Wahyuni Lamato", "sri wahyuni lamato"),
    ("Foto: TRIBUNBALI.COM/KOMANG AGUS", "komang agus"),
])
def test_a_photographer_after_the_outlets_address_is_a_person(nlp: Language, credit: str, name: str) -> None:
    text = (f"Kupang Lolos Seleksi Kota Cerdas\n{credit}\nSuasana kota dilihat dari udara\n\n"
            "KUPANG - Kota Kupang dinyatakan lolos seleksi smart city.")
    people = people_found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == "other"


@pytest.mark.parametrize("credit", ["DETIK.COM/ISTIMEWA", "ANTARA.COM/DOK PEMKAB SIKKA", "Lokasi: KOMPAS.COM/BUDI SANTOSO"])
def test_an_address_before_no_name_or_after_another_label_credits_no_one(nlp: Language, credit: str) -> None:
    assert people_found(nlp, f"Sikka Lolos Seleksi Kota Cerdas\n{credit}\n\nSIKKA - Kabupaten Sikka lolos seleksi.") == {}


def test_a_photo_credit_in_capitals_slashed_to_the_outlet_of_the_page(nlp: Language) -> None:
    text = ("Kota Contoh Raih Penghargaan\nKABAR RIAU / SITI RAHMAWATI\nWali Kota Contoh, Budi Hartono.\n\n"
            "KABARRIAU.COM, CONTOH - Kota Contoh meraih penghargaan kota cerdas.")
    people = people_found(nlp, text)
    assert set(people) == {"siti rahmawati", "budi hartono"}
    assert people["siti rahmawati"]["category"] == "other"


def test_capitals_slashed_to_no_outlet_of_the_page_are_no_credit(nlp: Language) -> None:
    text = "Kota Contoh Raih Penghargaan\nDINAS KOMINFO / HUMAS SETDA\nWali Kota Contoh, Budi Hartono."
    assert set(people_found(nlp, text)) == {"budi hartono"}


def test_a_photographer_in_lower_case_dashed_to_the_sites_address(nlp: Language) -> None:
    text = ("Bimtek Usai, Pemkab Lahat Siap\n\nUsai bimtek, Staf Ahli bidang Pemerintahan Setda Lahat Budi Hartono, "
            "SE., berfoto bersama/kabarkita.com-agus\n\nKabarkita.com – Kabupaten Lahat telah menyelesaikan bimtek.")
    people = people_found(nlp, text)
    assert set(people) == {"budi hartono", "agus"}
    assert people["agus"]["category"] == "other"


def test_a_common_word_dashed_to_an_address_is_no_photographer(nlp: Language) -> None:
    assert people_found(nlp, "Baca selengkapnya di laman kabarkita.com-berita\nLihat juga kabarkita.com-admin\n") == {}
    assert list(SITE_DASH_CREDIT.finditer("a" + "b.cd" * 12_500 + "-x")) == []


def test_a_photo_credit_for_an_outlet_in_capitals_names_its_photographer(nlp: Language) -> None:
    text = "SUTRISNO HUMAS FOR KOTAPOS.ID SAMBUTAN: Bupati Sorong Hendra Wijaya menyampaikan sambutannya."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert {name.lower() for name in people} == {"sutrisno", "hendra wijaya"}


# -- photo captions ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("caption", "name"), [
    ("Foto: Peserta bimtek mengikuti paparan di aula Setda Kabupaten Blora. (rudiyanto)", "rudiyanto"),
    ("FOTO : Bupati Ngawi membuka bimtek masterplan di pendopo. (hendra/humas)", "hendra"),
    ("Foto : Suasana rapat evaluasi di ruang command center (sigit prasetya)", "sigit prasetya"),
])
def test_a_lowercase_name_in_brackets_closing_a_caption_is_its_photographer(nlp: Language, caption: str,
                                                                              name: str) -> None:
    text = f"{caption}\n\nPemkab menggelar bimtek smart city tahap kedua di aula kantor bupati."
    people = people_found(nlp, text)
    assert set(people) == {name}
    assert people[name]["category"] == "other"


@pytest.mark.parametrize("credit", ["(ist)", "(ant)", "(red/humas)", "(dok)"])
def test_a_bracket_closing_a_caption_that_is_no_name_credits_no_one(nlp: Language, credit: str) -> None:
    text = f"Foto: Bupati membuka bimtek di pendopo. {credit}\n\nPemkab menggelar bimtek smart city di aula kantor bupati."
    assert people_found(nlp, text) == {}


@pytest.mark.parametrize("caption", [
    "Foto: Suasana rapat evaluasi di ruang command center.",
    "FOTO : Ilustrasi kota cerdas di malam hari",
])
def test_common_words_after_a_credit_label_open_the_caption(nlp: Language, caption: str) -> None:
    assert people_found(nlp, f"{caption}\n\nPemkab menggelar bimtek smart city di aula kantor bupati.") == {}


def test_a_name_after_a_credit_label_is_still_the_photographer(nlp: Language) -> None:
    assert set(people_found(nlp, "Foto: Nur Aini\n\nPemkab menggelar bimtek smart city di aula kantor bupati.")) == {"nur aini"}


@pytest.mark.parametrize(("credit", "name"), [
    ("(Foto: Cenderawasih Pos/Yosef Ruben Amonggi).", "yosef ruben amonggi"),
    ("(Foto: Papua Barat Pos/Yohanes Ruben)", "yohanes ruben"),
    ("(Foto: Diskominfo Sorong/Markus Waromi)", "markus waromi"),
    ("(foto: Sinar Mentawai/Hendri Saleleubaja).", "hendri saleleubaja"),
])
def test_the_source_before_the_slash_of_a_credit_is_no_person(nlp: Language, credit: str, name: str) -> None:
    people = people_found(nlp, f"Suasana rapat dewan smart city di aula kantor bupati, Rabu, 13 Agustus 2025, {credit}")
    assert set(people) == {name}


def test_a_caption_ending_with_the_photographers_credit_is_running_text(nlp: Language) -> None:
    text = ("Inovasi Kota Cerdas Diapresiasi\n\nKOMITMEN : Bupati Sigi Rudi Hartono, Sekda Dodi Prasetyo Wibowo, "
            "Kadis Kominfo Anwar Saleh dan jajaran OPD membahas smart city. (IST)\nRapat digelar di Sigi.")
    people = people_by_name(nlp, text, [])
    assert {"Rudi Hartono", "Dodi Prasetyo Wibowo", "Anwar Saleh"} <= set(people)
    assert people["Dodi Prasetyo Wibowo"]["category"] == "regional_official"


# -- sign-offs closing a paragraph or an article -------------------------------------------------------------

def test_a_writer_signing_off_after_a_slash_is_a_person(nlp: Language) -> None:
    text = "Rapat itu dihadiri sejumlah staf./Dison TF.\n\nAcara berikutnya digelar pekan depan."
    assert set(people_by_name(nlp, text, [])) == {"Dison TF"}


def test_a_bracketed_name_alone_on_the_last_line_is_the_writer(nlp: Language) -> None:
    text = "Wakil Bupati Sigi Darma Putra membuka rapat smart city.\n\n(RM. Andi)\n"
    people = people_by_name(nlp, text, ["Darma Putra", "Andi"])
    assert set(people) == {"Darma Putra", "Andi"}
    assert people["Andi"]["category"] == "other"


# (a name written as one word, "(Yono)", is the writer's, a person of category other: docs/gold_schema.md and
# test_a_credit_names_a_person_of_category_other)
@pytest.mark.parametrize("credit", ["Raja", "Humas Setda"])
def test_a_word_in_brackets_closing_a_paragraph_is_a_sign_off(nlp: Language, credit: str) -> None:
    text = (f"Kepala Diskominfo Kota Bima Hendra Wijaya memaparkan ruang kendali di hadapan undangan, Rabu "
            f"(28/02). ({credit})\nAcara ditutup dengan makan siang.")
    people = people_by_name(nlp, text, ["Hendra Wijaya", credit])
    assert set(people) == {"Hendra Wijaya"}


def test_a_bracketed_name_inside_the_sentence_is_still_a_person(nlp: Language) -> None:
    text = "Acara itu dibuka oleh Wali Kota Bima (Muhammad Lutfi)."
    assert set(people_by_name(nlp, text, ["Muhammad Lutfi"])) == {"Muhammad Lutfi"}


def test_a_word_of_common_use_in_closing_brackets_signs_no_one(nlp: Language) -> None:
    text = ("Program kota cerdas terus berjalan di Kabupaten Bone tahun ini. (Raja)\n\nWarga menyambut baik. "
            "(Istimewa)\n\nIklan ini dibayar. (Advertorial)")
    assert people_found(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Para peserta berdiskusi hingga sore. (BIM/TOK)",
    "Kegiatan ditutup dengan foto bersama. ( AR / DN )",
])
def test_two_sets_of_initials_in_brackets_are_no_people(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_a_credit_glued_to_the_last_list_item_names_no_person(nlp: Language) -> None:
    text = "Daerah penerima:\n1. Kabupaten Sigi\n2. Kabupaten Poso.(Humas.Kab.Sigi/Ryn)"
    assert people_by_name(nlp, text, []) == {}


# -- outlets and sources are no people -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "outlet"), [
    (("Kota Tual Kiblat Kota Cerdas\nKadis Kominfo Yusuf Rahayaan (kanan) memaparkan konsep kota cerdas di "
     "hadapan Wali Kota (Kabartual/Rendy Saputra)\n\nKabartual.com, Tual - Kota Tual masuk daftar kota cerdas."),
     "kabartual"),
    (("Gerakan Menuju Kota Cerdas 2023. (Foto: Kotanews/istimewa)\n\nKOTANEWS.ID, Jakarta – Gerakan Menuju Kota "
     "Cerdas berhasil membimbing 50 daerah."), "kotanews"),
])
def test_an_outlet_the_text_writes_as_a_web_address_is_no_person(nlp: Language, text: str, outlet: str) -> None:
    assert outlet not in people_found(nlp, text)


@pytest.mark.parametrize(("text", "outlet"), [
    ("Tim evaluasi meninjau ruang data Kabupaten Sigi, kata dia. (Putra/Sulteng)", "Sulteng"),
    ("Tim evaluasi meninjau ruang data Kabupaten Sigi, kata dia. (Gopos)", "Gopos"),
    ("Tim evaluasi meninjau ruang data Kabupaten Sigi.\n\nFoto: ilustrasi", "ilustrasi"),
    ("Tim evaluasi meninjau ruang data Kabupaten Sigi.\n\nFoto: tangkapan layar", "tangkapan layar"),
])
def test_an_outlet_or_a_source_in_a_credit_is_no_person(nlp: Language, text: str, outlet: str) -> None:
    assert outlet not in people_with_proposals(nlp, text, [outlet])


def test_a_web_address_keeps_its_ending(nlp: Language) -> None:
    text = "Berita ini dikutip dari Warta.com, kata Bambang Sutrisno."
    assert set(people_by_name(nlp, text, ["Bambang Sutrisno"])) == {"Bambang Sutrisno"}


def test_a_names_line_is_read_back_only_as_far_as_a_credit_can_stand() -> None:
    from extractor.nlp.people.bylines import LINE_REACH, line_start_near

    text = "Judul\nPewarta: Agus Salim"
    assert line_start_near(text, text.index("Agus")) == text.index("Pewarta")
    long_line = "Aa " * 5_000 + "Agus Salim"
    assert line_start_near(long_line, long_line.index("Agus")) == long_line.index("Agus") - LINE_REACH


@pytest.mark.parametrize(("text", "names"), [
    ("Pemkab Sleman menyiapkan paparan kota cerdas.\nRapat itu berlangsung hingga sore. (Prokopim/Nanda)", ["nanda"]),
    ("Pemkab Sleman menyiapkan paparan kota cerdas. Rapat itu berlangsung hingga sore. (rls/Tono/Ed: Lina)",
     ["tono", "lina"]),
    ("Pemkab Sleman menyiapkan paparan kota cerdas.\nContributor : Gede Artawan\nEditor : Putu Sari",
     ["gede artawan", "putu sari"]),
])
def test_slashed_sign_offs_and_english_labels_are_people(nlp: Language, text: str, names: list[str]) -> None:
    found = people_found(nlp, text)
    assert sorted(found) == sorted(names)
    assert {p["category"] for p in found.values()} == {"other"}


def test_a_slashed_sign_off_reads_hostile_input_in_linear_time() -> None:
    from extractor.nlp.people.bylines import SLASHED_SIGN_OFF, SLASHED_SIGN_OFF_END
    assert SLASHED_SIGN_OFF.search(". (" + "a/" * 25_000 + "x") is None
    assert SLASHED_SIGN_OFF_END.match("/" + " " * 50_000 + "x") is None
