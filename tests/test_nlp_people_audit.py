"""People on real news, generalisation audit (issues 13/14): the classes of wording behind the first-sight errors
of seven groups of dev articles, each written the way other outlets would put it; then of the first groups
(r1-r704), whose layouts of posts and names follow at the end of the module:

- a form's post labelled on the line below the name ("Nama : X" / "Jabatan : Y"), a table's row ("1 | X | Post",
  tabs), a list's item opening with the post ("- Bupati Brebes - X", "1. Wali Kota Kupang X");
- the words between a post and its holder: a section's own name before its office ("Kasubag Kerja Sama Setkab
  X"), a title's short form after an honorific ("Drs. Ec. X"), a middle "I" with no dot, a first name in lower
  case after the post's comma ("Sekretaris Dinas X, tety Sovia");
- a post right before the name outweighs a product word after it ("Menurut Kepala Dinas X, Name, inovasi ...").

- a name's word written in lower case ("Ir. Siti yuliana, M.Si", "IB rai Darmadi Putra", "Kadis ... haris Budi
  Santoso"), without taking a common word, a verb or the rest of a region's name into the name;
- credits: a photo credit in capitals slashed to the outlet ("FOTO NAME/OUTLET.ID"), a label alone above a name in
  capitals ("Oleh\\nNAME"), "Laporan wartawan Outlet, Name", a name in brackets closing the last paragraph
  ("(Yono)", but not "(Raja)", "(Istimewa)"), and no outlet the text also writes as a web address ("Kabartual.com")
  as a person;
- the short form of an office in brackets ("(Diskominfo Staper)") is no person and keeps the post for the name
  after it;
- a presenter of the assessors' team ("narasumber tim asesor") is an assessor.

Texts and names are written for these tests.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_found
from spacy.language import Language

found = people_found


# -- a name's word in lower case ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "category"), [
    (("Menurut Kabid Aplikasi Diskominfo Kabupaten Pesawaran, Ir. Siti yuliana, M.Si mengatakan kunjungan itu "
     "bermanfaat."), "siti yuliana", "regional_official"),
    (("Program itu prioritas Walikota Kotamobagu Weny Gaib dan Wakil Walikota Rendy virgiawan. Sarana terus "
     "dipenuhi."), "rendy virgiawan", "regional_official"),
    (("Kepala Dinas Kominfo Serdang Bedagai haris Budi Santoso yang dihubungi dari Medan mengatakan indikator "
     "evaluasi sudah dipenuhi."), "haris budi santoso", "regional_official"),
    ("Seluruh rangkaian bimtek ditutup Walikota Denpasar, IB rai Darmadi Putra di Gedung Utama, Selasa.",
     "ib rai darmadi putra", "regional_official"),
])
def test_a_names_word_in_lower_case_stays_in_the_name(nlp: Language, text: str, name: str, category: str) -> None:
    people = found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == category


@pytest.mark.parametrize(("text", "name", "not_in_name"), [
    ("\"Warga menyambut baik,\" kata Bupati Sleman Kustini Purnomo kemarin. Ia juga meninjau lokasi.",
     "kustini purnomo", "kemarin"),
    ("Kepala Diskominfo Kota Bitung Rudi Hartono menyontohkan aplikasi Lapor Wali di Bitung.",
     "rudi hartono", "menyontohkan"),
    ("Bupati Bone Andi Fahsar pula hadir. Menurut Andi Fahsar sendiri, program itu dimulai sejak 2019.",
     "andi fahsar", "pula"),
    ("Dalam acara itu Sekretaris Daerah Kabupaten Kutai kartanegara Sunarno menyampaikan paparan program.",
     "sunarno", "kartanegara"),
    ("Bupati Sleman Kustini Purnomo hadir.\n\nBupati Kustini menghimbau agar peringkat Sleman naik tahun ini.",
     "kustini purnomo", "menghimbau"),
])
def test_a_common_word_verb_or_place_in_lower_case_is_no_part_of_a_name(nlp: Language, text: str, name: str,
                                                                         not_in_name: str) -> None:
    people = found(nlp, text)
    assert name in people, people
    assert not any(not_in_name in n for n in people), people


# -- credits ----------------------------------------------------------------------------------------------------

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
    people = found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == "other"


@pytest.mark.parametrize(("text", "outlet"), [
    (("Kota Tual Kiblat Kota Cerdas\nKadis Kominfo Yusuf Rahayaan (kanan) memaparkan konsep kota cerdas di "
     "hadapan Wali Kota (Kabartual/Rendy Saputra)\n\nKabartual.com, Tual - Kota Tual masuk daftar kota cerdas."),
     "kabartual"),
    (("Gerakan Menuju Kota Cerdas 2023. (Foto: Kotanews/istimewa)\n\nKOTANEWS.ID, Jakarta – Gerakan Menuju Kota "
     "Cerdas berhasil membimbing 50 daerah."), "kotanews"),
])
def test_an_outlet_the_text_writes_as_a_web_address_is_no_person(nlp: Language, text: str, outlet: str) -> None:
    assert outlet not in found(nlp, text)


def test_a_word_of_common_use_in_closing_brackets_signs_no_one(nlp: Language) -> None:
    text = ("Program kota cerdas terus berjalan di Kabupaten Bone tahun ini. (Raja)\n\nWarga menyambut baik. "
            "(Istimewa)\n\nIklan ini dibayar. (Advertorial)")
    assert found(nlp, text) == {}


# -- an office's short form in brackets ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "short_form"), [
    (("Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo Staper) Kutai Barat, Yohanes "
     "Lado, menilai capaian itu menjadi pijakan penting."), "yohanes lado", "staper"),
    (("Kepala Dinas Komunikasi Informatika dan Persandian (Dinas Kominfo Sandi) Kota Bima, Ahmad Fauzan mengatakan "
     "aplikasi itu sudah berjalan."), "ahmad fauzan", "sandi"),
    (("Kadis Komunikasi, Informatika dan Statistik (Diskominfo Tiksan) Kabupaten Kutai Barat Yosef Lado meninjau "
     "command center."), "yosef lado", "tiksan"),
])
def test_an_offices_short_form_in_brackets_is_no_person(nlp: Language, text: str, name: str,
                                                         short_form: str) -> None:
    people = found(nlp, text)
    assert short_form not in people, people
    assert people[name]["category"] == "regional_official"


# -- a presenter of the assessors' team ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Selain evaluasi, Rina Kartika, sebagai narasumber tim asesor program smart city Kemenkominfo juga akan "
    "meninjau lapangan."),
    ("Evaluasi kota cerdas berlangsung di Kota Sorong. Rina Kartika, selaku narasumber tim penilai program smart "
    "city, meninjau lapangan secara daring."),
])
def test_a_presenter_of_the_assessors_team_is_an_assessor(nlp: Language, text: str) -> None:
    assert found(nlp, text)["rina kartika"]["category"] == "assessor"


def test_a_presenter_of_the_regions_own_team_is_no_assessor(nlp: Language) -> None:
    text = "Pertemuan itu dihadiri Andi Marwan, sebagai narasumber tim pelaksana smart city Kabupaten Sinjai."
    assert found(nlp, text)["andi marwan"]["category"] != "assessor"


def test_a_photo_credits_label_stands_apart_from_the_name() -> None:
    """A label run together with the capitals after it is no credit, and a long run of capitals is read in linear
    time (a label and a name that may split one word every way backtrack quadratically)."""
    from extractor.nlp.people import LABELLED_SLASH_CREDIT

    assert LABELLED_SLASH_CREDIT.search("FOTOBAYU/KOTANEWS.ID - Suasana rapat.") is None
    credit = LABELLED_SLASH_CREDIT.search("Suasana rapat. FOTO: BAYU PRATAMA / Kotanews")
    assert credit is not None and credit.group("label", "name") == ("FOTO", "BAYU PRATAMA")
    # (read quadratically, this run takes minutes: the suite would stall here)
    assert LABELLED_SLASH_CREDIT.search("Foto " + "A" * 20_000 + " keterangan") is None


# -- structured layouts: lists and tables of officials (issues 13/14, people lists audit) ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a numbered list, the name first and the post after a comma (the item is written in capitals throughout)
    (("Peserta rapat antara lain:\n1. Hendra Gunawan, Kepala Dinas Komunikasi dan Informatika\n"
     "2. Yusuf Maulana, Sekretaris Daerah\nKegiatan ditutup sore hari."),
     {"hendra gunawan": "regional_official", "yusuf maulana": "regional_official"}),
    (("Rapat itu ramai.\n1) Nadia Permata, Kabid Aplikasi Informatika\n2) Roni Saputra, Kepala Bappeda\n"
     "Rapat ditutup."), {"nadia permata": "regional_official", "roni saputra": "regional_official"}),
    # a bulleted list, the post in brackets
    (("Hadir dalam rapat itu:\n- Imam Santoso (Asisten Administrasi Umum Setda)\n- Dewi Lestari (Kepala Diskominfo)\n"
     "Keduanya memaparkan capaian."), {"imam santoso": "regional_official", "dewi lestari": "regional_official"}),
    (("Narasumber kegiatan:\n• Farid Hakim (Sekretaris Dinas Kominfo)\n• Maya Safitri (Kabid E-Government)\n"
     "Acara dipandu moderator."), {"farid hakim": "regional_official", "maya safitri": "regional_official"}),
])
def test_a_list_item_naming_the_name_then_its_post_is_read(nlp: Language, text: str, expected: dict[str, str]) -> None:
    people = found(nlp, text)
    assert {name: people[name]["category"] for name in expected if name in people} == expected, people


@pytest.mark.parametrize(("text", "expected"), [
    # a line of a list or table in the article's head: the post after a spaced dash or a tab, no outlet's credit
    ("Rapat itu ramai.\nTeguh Prasetyo - Kepala Bappeda Kota Kediri\nRapat selesai.",
     {"teguh prasetyo": "regional_official"}),
    (("Daftar hadir:\nTeguh Prasetyo – Kepala Bappeda Kota Kediri\nWahyu Hidayat – Sekretaris Dinas Kominfo\n"
     "Rapat dimulai pukul 09.00."), {"teguh prasetyo": "regional_official", "wahyu hidayat": "regional_official"}),
    (("Daftar hadir:\nSusi Andriani\tKepala Bappeda Kota Blitar\nWahyu Hidayat\tSekretaris Dinas Kominfo\n"
     "Rapat dimulai pukul 09.00."), {"susi andriani": "regional_official", "wahyu hidayat": "regional_official"}),
    # a name opening the next line is the next item, not the holder of the post before it
    (("Rapat itu ramai.\nTeguh Prasetyo, Kepala Bappeda Kota Kediri\nWahyu Hidayat - Sekretaris Dinas Kominfo\n"
     "Rapat selesai."), {"teguh prasetyo": "regional_official", "wahyu hidayat": "regional_official"}),
])
def test_a_lines_post_after_a_dash_or_a_tab_is_the_names(nlp: Language, text: str, expected: dict[str, str]) -> None:
    people = found(nlp, text)
    assert {name: people[name]["category"] for name in expected if name in people} == expected, people


def test_a_name_and_an_outlet_after_a_dash_stay_a_credit(nlp: Language) -> None:
    people = found(nlp, "Agus Salim - Kompas.com\nRapat itu ramai dihadiri warga.")
    assert all(value["category"] == "other" for value in people.values()), people


@pytest.mark.parametrize(("text", "expected"), [
    # the grade after any functional position belongs to the post, never to the name
    (("Tim yang hadir yaitu dua Pranata Humas Ahli Muda (Dina Amelia, S.Sos. dan Fajar Nugraha, S.I.Kom.) dari "
      "Diskominfo Kabupaten Jepara."), {"dina amelia": "regional_official", "fajar nugraha": "regional_official"}),
    ("Rombongan terdiri dari Kabid Statistik (Lukman Hakim) dan Analis Data Terampil (Vina Oktaviani).",
     {"lukman hakim": "regional_official", "vina oktaviani": "regional_official"}),
    ("Paparan disampaikan Pranata Humas Ahli Pertama Diskominfo Kota Batu, Heru Santoso, di depan peserta.",
     {"heru santoso": "regional_official"}),
])
def test_a_functional_posts_grade_stays_in_the_post(nlp: Language, text: str, expected: dict[str, str]) -> None:
    people = found(nlp, text)
    assert {name: people[name]["category"] for name in expected if name in people} == expected, people
    assert not {"muda", "pertama", "terampil"} & set(people), people


@pytest.mark.parametrize(("text", "name", "role"), [
    # a post alone on its line, the name (with its titles) on the next, as a list or a signature lays them out
    ("Acara dibuka pagi hari.\nKepala Dinas Kominfo Kota Malang\nRudi Hermawan\nIa menyampaikan paparan.",
     "rudi hermawan", "Kepala Dinas Kominfo"),
    ("Acara dibuka pagi hari.\nSekretaris Daerah Kabupaten Sleman\nDr. Ir. Harda Kiswaya, M.Si.\n\nIa menyampaikan.",
     "harda kiswaya", "Sekretaris Daerah"),
    ("Sambutan pembukaan.\nWali Kota Probolinggo\nHj. Rita Andayani\nmembuka acara itu.", "rita andayani", "Wali Kota"),
])
def test_a_post_on_the_line_above_is_the_names(nlp: Language, text: str, name: str, role: str) -> None:
    people = found(nlp, text)
    assert people[name]["category"] == "regional_official" and people[name]["role"] == role, people


def test_a_government_line_above_a_name_is_no_post(nlp: Language) -> None:
    people = found(nlp, "Pemerintah Kota Malang\nRudi Hermawan menyampaikan paparan kepada warga.")
    assert people.get("rudi hermawan", {}).get("category") != "regional_official", people


# -- the first groups' audit (r1-r704): forms, tables and list items -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a form labels the name, and the post on the line below it
    (("Nama : Suryadi Pratama\nJabatan : Kepala Dinas Kominfo Kabupaten Lamongan\n\nNama : Dewi Anggraini\n"
      "Jabatan : Sekretaris Bappeda Kabupaten Lamongan"), {"suryadi pratama": "regional_official",
                                                         "dewi anggraini": "regional_official"}),
    ("Nama Lengkap : Hendrik Siregar\nJabatan : Bupati Tapanuli Utara\n", {"hendrik siregar": "regional_official"}),
    ("1. Nama: Sri Wahyuni\n   Jabatan: Direktur Jenderal Aplikasi Informatika Kementerian Kominfo\n",
     {"sri wahyuni": "ministry"}),
    # a table's rows: number, name and post in cells set apart by bars or tabs
    (("No | Nama | Jabatan\n1 | Agus Wibowo | Kepala Diskominfo Kota Kediri\n2 | Lina Marlina | Kabid Aplikasi "
      "Informatika"), {"agus wibowo": "regional_official", "lina marlina": "regional_official"}),
    (("No\tNama\tJabatan\n1\tTaufik Hidayat\tSekretaris Daerah Kota Tegal\n2\tMerry Sinaga\tKabid Aplikasi "
      "Diskominfo Kota Tegal\n"), {"taufik hidayat": "regional_official", "merry sinaga": "regional_official"}),
    ("| No | Nama | Jabatan |\n| 1 | Yosef Lamawuran | Camat Larantuka |\n| 2 | Fransiska Dua | Lurah Postoh |\n",
     {"yosef lamawuran": "regional_official", "fransiska dua": "regional_official"}),
    # a list's items opening with the post, the name after a spaced dash or right after the region
    (("Yang hadir:\n- Walikota Tegal - Dedy Yon Supriyono\n- Bupati Brebes - Idza Priyanti\n- Bupati Pemalang - "
      "Mukti Agung"), {"dedy yon supriyono": "regional_official", "idza priyanti": "regional_official",
                     "mukti agung": "regional_official"}),
    (("Penerima penghargaan:\n1. Wali Kota Kupang Jefri Riwu\n2. Bupati Sumba Barat Yohanis Dade\n3. Wakil Bupati "
      "Flores Timur Agus Boli"), {"jefri riwu": "regional_official", "yohanis dade": "regional_official",
                                "agus boli": "regional_official"}),
    # guards: a list item with a comma, a form without a post
    ("Kepala daerah yang hadir:\n\n1) Bupati Kabupaten Gowa, Adnan Purichta\n\n2) Wali Kota Pare-Pare, Taufan Pawe",
     {"adnan purichta": "regional_official", "taufan pawe": "regional_official"}),
    ("Nama : Rahmawati Lubis\nAlamat : Jalan Merdeka 5\n", {"rahmawati lubis": "other"}),
])
def test_forms_tables_and_list_items_give_each_name_its_post(nlp: Language, text: str,
                                                             expected: dict[str, str]) -> None:
    people = found(nlp, text)
    assert {name: people.get(name, {}).get("category") for name in expected} == expected, people


# -- the first groups' audit: the words between a post and its holder ---------------------------------------------

@pytest.mark.parametrize(("text", "name", "category"), [
    # a section's own name before the word of its office ("Bagian Kerja Sama" of the regional secretariat)
    ("Kabag Kerjasama Setkab Kukar Rudi Hartawan hadir dalam rapat.", "rudi hartawan", "regional_official"),
    ("Kasubag Kerjasama Setkab Rudi Hartawan hadir dalam rapat.", "rudi hartawan", "regional_official"),
    ("Kasubag Kerja Sama Setda Yulius Tandi hadir dalam rapat itu.", "yulius tandi", "regional_official"),
    # a title's short form after an honorific, unknown to the lists
    ("Dewan itu diketuai oleh Sekretaris Daerah Drs. Ec. Bambang Purnomo beserta jajarannya.", "bambang purnomo",
     "regional_official"),
    ("Kepala Bappeda Ir. H. Ec. Sutrisno Adi membuka rapat.", "sutrisno adi", "regional_official"),
    ("Paparan disampaikan Kepala Bidang Aplikasi Ir. Ec. Wahyu Kusuma di depan tim.", "wahyu kusuma",
     "regional_official"),
    # a middle initial "I" with no dot, and a first name written in lower case after the post's comma
    ("Ketua tim asesor, Dana I Sensuse, menilai presentasi Kota Depok.", "dana i sensuse", "assessor"),
    ("Sekretaris Dinas Lingkungan Hidup, tety Sovia, hadir.", "tety sovia", "regional_official"),
    ("Turut hadir Kepala Bidang Aplikasi Diskominfo Kota Batu, yusnita Harahap, dalam rapat itu.", "yusnita harahap",
     "regional_official"),
    ("Camat Lowokwaru, joko Santosa mengatakan semua kelurahan siap.", "joko santosa", "regional_official"),
    # guards: a unit's name before an office already known as a role word, a first name's abbreviation stays in
    # the name, a dotted "I." initial
    ("Kepala Seksi Pengembangan Aplikasi UPTD Kominfo Sinta Melati memandu presentasi.", "sinta melati",
     "regional_official"),
    ("Kegiatan dibuka Sekda Drs. Moh. Ramli Hasan di aula kantor bupati.", "moh. ramli hasan", "regional_official"),
    ("Asesor dari UI Dana I. Sensuse menilai presentasi Kota Depok.", "dana i. sensuse", "assessor"),
])
def test_the_words_between_a_post_and_its_holder(nlp: Language, text: str, name: str, category: str) -> None:
    people = found(nlp, text)
    assert people.get(name, {}).get("category") == category, people


@pytest.mark.parametrize(("text", "absent"), [
    # guards: a dictionary word after a comma opens no name; a numbered post ("Asisten I") no initial
    ("Di Kota Bogor, kemarin Wali Kota Dedie Rachim membuka rapat.", "kemarin dedie rachim"),
    ("Hadir Asisten I Setda Kota Bogor Hendra Gunawan dalam rapat itu.", "asisten i setda"),
    ("Di Kabupaten Bone, warga Desa Ulaweng menyambut baik.", "warga desa ulaweng"),
])
def test_no_name_grows_over_a_common_word_or_a_posts_number(nlp: Language, text: str, absent: str) -> None:
    assert absent not in found(nlp, text)


# -- the first groups' audit: a post right before the name outweighs a product word after it ---------------------

@pytest.mark.parametrize(("text", "name", "category"), [
    ("Menurut Kepala Dinas Kominfo Kota Batu, Bambang Anggono, inovasi daerah penting.", "bambang anggono",
     "regional_official"),
    ("Menurut Direktur Layanan Aplikasi Kementerian Kominfo, Joko Widagdo, inovasi daerah penting.", "joko widagdo",
     "ministry"),
    ("Menurut Kepala Bappeda Kota Blitar Hendra Susanto, program smart city berjalan.", "hendra susanto",
     "regional_official"),
    ("Kata Camat Klojen, Rina Paramita, layanan kependudukan kini bisa daring.", "rina paramita",
     "regional_official"),
])
def test_a_post_right_before_the_name_outweighs_a_product_word_after_it(nlp: Language, text: str, name: str,
                                                                        category: str) -> None:
    people = found(nlp, text)
    assert people.get(name, {}).get("category") == category, people


def test_an_app_named_before_its_description_is_still_no_person(nlp: Language) -> None:
    # guard: the product word still files a name that no post introduces as an app
    assert "sipandu" not in found(nlp, "Bupati meluncurkan Sipandu, aplikasi layanan warga, pekan lalu.")


def test_the_new_layout_patterns_stay_linear_on_long_runs() -> None:
    from extractor.nlp.people import COUNTRY_BRANCH, LIST_ITEM, NAME_LABEL, POST_LABEL_BELOW, POST_TAIL

    assert POST_TAIL.fullmatch(" Kota" * 10_000 + " x") is None
    assert POST_TAIL.fullmatch(" " * 50_000 + "x") is None
    assert COUNTRY_BRANCH.search("Kota" + " " * 50_000 + "x") is None
    assert COUNTRY_BRANCH.search("A " * 25_000) is None
    assert LIST_ITEM.match(" " * 50_000 + "x") is None
    assert NAME_LABEL.fullmatch(" " * 50_000 + "Nama x") is None
    assert POST_LABEL_BELOW.match(" " * 50_000 + "x") is None
