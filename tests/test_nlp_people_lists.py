"""People: lists, tables and names in brackets.

Every name of a list is a person, and it takes the post written with it, not its neighbour's: lists in running
text (commas, semicolons, "dan", a pair joined by a hyphen), numbered and bulleted lines, forms ("Nama : ...")
and tables. The names in the bracket after a position hold that position; an institution in brackets after a
name keeps the list together; the members listed after an assessors' or experts' team are assessors.

Texts are whole sentences with ordinary lower-case words (a mostly capitalised line reads as a headline); they
and their names are written for these tests, but for a few national figures of data/known_people.csv. The
helpers of tests/fixtures/support.py run either the rules on the trained model's proposals that a test gives,
so that the test does not move when the model is retrained (`people_by_name`, `people_with_proposals`,
`doc_with_proposals`), or the whole pipeline (`people_found` by lower-cased name, `people_as_written`,
`people_mentions`).
"""

from __future__ import annotations

import pytest
from fixtures.support import people_as_written, people_by_name, people_found
from spacy.language import Language

# two lists of names, each name followed by its degrees and then its post
TEAM = ("Tenaga ahli Kemenkominfo Yosef Harahap datang bersama Dani Siregar, SH, Asisten Tenaga Ahli, Roni "
        "Tampubolon, SE, MM, Kepala Dinas Kominfo, dan Sekda Tapanuli Utara.")
MEETING = ("Rapat dihadiri Lina Marpaung, S.Kom, Asisten Asesor, Hotma Sitompul, ST, M.Kom, Kepala Bappeda Kabupaten "
           "Toba, serta para camat.")


# -- lists of names ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Evaluasi dilakukan tim asesor yaitu Yudi Prasetyo, Andi Wijaya dan Rini Susanti hari itu.",
            ["Yudi Prasetyo", "Andi Wijaya", "Rini Susanti"],
        ),
        (
            "Para juri yakni Budi Santoso, Citra Lestari, dan Dodi Firmansyah hadir di aula.",
            ["Budi Santoso", "Citra Lestari", "Dodi Firmansyah"],
        ),
    ],
)
def test_assessors_from_a_list(nlp: Language, text: str, names: list[str]) -> None:
    found = people_as_written(nlp, text)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


@pytest.mark.parametrize("text", [
    ("Hadir dalam rapat itu Tenaga Ahli Perencanaan Kota Cerdas dari Kementerian Kominfo, "
    "Yosef Harahap, Lestari Wulandari Putri, dan Marlina Sitanggang, serta sejumlah pejabat daerah."),
    ("Bimtek dipandu pembimbing dari Kemenkominfo untuk Kabupaten Toba, Yosef Harahap, Lestari Wulandari Putri dan "
    "Marlina Sitanggang pada pagi hari."),
])
def test_the_ministrys_experts_listed_after_their_post_and_a_comma_are_all_assessors(nlp: Language, text: str) -> None:
    found = people_as_written(nlp, text)
    assert {name: p["category"] for name, p in found.items() if name != "Toba"} == {
        "Yosef Harahap": "assessor", "Lestari Wulandari Putri": "assessor", "Marlina Sitanggang": "assessor"}


def test_a_ministrys_guide_presenting_topics_opens_no_list_of_names(nlp: Language) -> None:
    text = ("Yosef Harahap selaku pembimbing Smart City dari Kemenkominfo memaparkan Sosialisasi Manajemen Risiko, "
            "Penilaian Mandiri Kota serta kuisioner kesiapan daerah.")
    assert set(people_as_written(nlp, text)) == {"Yosef Harahap"}


def test_the_regional_leadership_forum_after_a_list_of_guides_is_no_person(nlp: Language) -> None:
    text = ("Turut hadir tim pembimbing dari Kementerian Kominfo Yosef Harahap, Marlina Sitorus,Unsur Forkompimda "
            "dan para camat.")
    assert set(people_as_written(nlp, text)) == {"Yosef Harahap", "Marlina Sitorus"}


def test_a_numbered_list_of_positions_and_names(nlp: Language) -> None:
    # each item is capitalised throughout like a headline, yet names a position, a comma and its holder
    text = ("Kepala daerah yang hadir antara lain:\n1. Wali Kota Pontianak, Rudi Hartono\n"
            "2. Bupati Kabupaten Sleman, Sari Wulandari\n3. Wali Kota Madiun, Bagus Santoso\n")
    found = people_by_name(nlp, text, ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"])
    assert list(found) == ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"]
    assert {p["category"] for p in found.values()} == {"regional_official"}
    assert found["Sari Wulandari"]["region"] == "Kabupaten Sleman"


def test_a_numbered_list_of_places_names_no_one(nlp: Language) -> None:
    text = "Daerah yang lolos seleksi:\n1. Kabupaten Sleman\n2. Kota Madiun Raya Makmur (Tim/Rudi)\n"
    assert people_by_name(nlp, text, []) == {}


def test_the_role_then_name_items_of_those_present_are_each_a_person(nlp: Language) -> None:
    text = ("Turut hadir Asisten Pemerintahan Yosef DP Sihombing, Kadisi Lindup dr.Marta Hutapea, Plt. BPBD Rudi "
            "Hartawan, Kadis Perpustakaan TM Silalahi, dan staf.")
    people = people_by_name(nlp, text, ["Rudi Hartawan"])
    assert set(people) == {"Yosef DP Sihombing", "Marta Hutapea", "Rudi Hartawan", "TM Silalahi"}
    assert people["Yosef DP Sihombing"]["category"] == "regional_official"
    assert people["Marta Hutapea"]["category"] == "regional_official"  # "Kadisi": the head of an office, misspelt


def test_a_one_word_name_before_the_next_items_position_is_a_person(nlp: Language) -> None:
    text = "Bupati didampingi asisten administrasi Sumarno dan Kabag Humas Rusdi di lokasi."
    people = people_by_name(nlp, text, ["Rusdi"])
    assert set(people) == {"Sumarno", "Rusdi"}
    assert people["Sumarno"]["category"] == "regional_official"


@pytest.mark.parametrize("proposed", [["Budi Santoso-Hendra Wijaya"], ["Budi Santoso"], []])
def test_a_pair_joined_by_a_hyphen_is_two_people_of_the_same_office(nlp: Language, proposed: list[str]) -> None:
    text = "Program itu janji Wali Kota dan Wakil Wali Kota Bitung Budi Santoso-Hendra Wijaya sejak 2019."
    people = people_by_name(nlp, text, proposed)
    assert set(people) == {"Budi Santoso", "Hendra Wijaya"}
    assert {p["category"] for p in people.values()} == {"regional_official"}


@pytest.mark.parametrize(("text", "second"), [
    (("Rapat dihadiri langsung oleh Bupati dan Wakil Bupati Nabire, Mesak Magai dan Ismail Djamaluddin serta seluruh "
     "OPD."), "ismail djamaluddin"),
    ("Wali Kota dan Wakil Wali Kota Bima, Muhammad Lutfi dan Feri Sofiyan membuka rapat evaluasi.", "feri sofiyan"),
    ("Gubernur dan Wakil Gubernur Maluku Murad Ismail dan Barnabas Orno menerima tim.", "barnabas orno"),
])
def test_the_second_of_a_pair_after_two_joined_posts_holds_an_office(nlp: Language, text: str, second: str) -> None:
    assert people_found(nlp, text)[second]["category"] == "regional_official"


# -- which post in a list belongs to which name --------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "category"), [
    (TEAM, "dani siregar", "assessor"),
    (TEAM, "roni tampubolon", "regional_official"),
    (MEETING, "lina marpaung", "assessor"),
    (MEETING, "hotma sitompul", "regional_official"),
    (("Ikut dalam rombongan Yusuf Nainggolan, ST, Tenaga Ahli Smart City, Maruli Simanjuntak, SE, Sekretaris "
     "Diskominfo Kabupaten Dairi."), "maruli simanjuntak", "regional_official"),
    # the same list in other words, and lists written position first
    (("Tampak hadir Ketut Arsana, S.Sos, Kabid Aplikasi Diskominfo, Made Wirawan, SE, MM, Camat Kuta Selatan, dan "
     "tim asesor."), "made wirawan", "regional_official"),
    ("Hadir Kepala Diskominfo Drs. Budi Harjo, M.Si, Kepala Bappeda Ani Rahmawati, SE, dan tim asesor.",
     "ani rahmawati", "regional_official"),
    (("Presentasi dibuka Bupati Toba, Poltak Sitorus, SH, Ketua Tim Ahli Smart City, Hendra Gunawan, ST, MT, menilai "
     "paparan itu."), "hendra gunawan", "assessor"),
])
def test_in_a_list_of_names_with_degrees_the_position_follows_its_name(nlp: Language, text: str, name: str,
                                                                        category: str) -> None:
    people = people_found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == category, people


def test_the_post_between_two_listed_names_is_the_earlier_ones(nlp: Language) -> None:
    text = ("Hadir dalam kegiatan tersebut, Dewi Lestari, Kasie Layanan Aplikasi Pemerintah Daerah Kemenkominfo, "
            "Bagus Pratama, Wakil Rektor Bidang Akademik Universitas Gunadarma, Sigit Wibowo, Peneliti BRIN, "
            "sebagai narasumber.")
    people = people_found(nlp, text)
    assert set(people) == {"dewi lestari", "bagus pratama", "sigit wibowo"}
    assert people["bagus pratama"]["category"] != "ministry"
    assert "Kasie" not in (people["bagus pratama"]["role"] or "")
    # the post after a ministry's name and a comma, then a name: still the name's before it
    people = people_found(nlp, text.replace("Pemerintah Daerah Kemenkominfo, ", "Pemda, Kemenkominfo, "))
    assert "Rektor" not in (people["sigit wibowo"]["role"] or "")


def test_a_post_after_a_place_and_a_comma_stays_the_next_names(nlp: Language) -> None:
    text = "Rapat dihadiri Bupati Bima, Kepala Dinas Kominfo, Budi Santoso, Sekretaris Dinas, dan para camat."
    people = people_found(nlp, text)
    assert people["budi santoso"]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Acara dibuka Wakil Bupati Purbalingga Sudono, Kepala Dinkominfo Prayitno, Kabid Aptika Sri Wahyuni, dan tamu lain.",
    "Hadir Sekda Agus Salim, Kepala Bappeda Prayitno, Kabid Aptika Sri Wahyuni, serta para camat.",
    "Hadir Kepala Bappeda Agus Salim, Kepala Dinkominfo Prayitno, Kabid Aptika Sri Wahyuni, serta para camat.",
])
def test_a_list_of_posts_before_names_keeps_each_post_with_the_name_after_it(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert people["prayitno"]["category"] == "regional_official"
    assert people["prayitno"]["role"] in ("Kepala Dinkominfo", "Kepala Bappeda")


def test_a_position_after_a_name_that_heads_the_next_name_is_not_the_first_ones(nlp: Language) -> None:
    text = "Turut hadir tokoh warga Asep Sunarya, Kepala Dinas Kominfo Yuli Astuti serta para camat."
    people = people_by_name(nlp, text, ["Asep Sunarya", "Yuli Astuti"])
    assert people["Asep Sunarya"]["role"] is None and people["Asep Sunarya"]["category"] == "other"
    assert people["Yuli Astuti"]["role"] == "Kepala Dinas Kominfo"
    assert people["Yuli Astuti"]["category"] == "regional_official"


def test_council_members_after_their_commissions_chair_are_no_regional_officials(nlp: Language) -> None:
    text = ("Kunjungan dipimpin Ketua Komisi II DPRD Kota Cimahi Rudi Hartono didampingi Budi Santoso, Sekretaris "
            "Ani Lestari dan Dedi Kurnia, Rina Wati, Joko Susilo.")
    names = ["Rudi Hartono", "Budi Santoso", "Ani Lestari", "Dedi Kurnia", "Rina Wati", "Joko Susilo"]
    people = people_by_name(nlp, text, names)
    assert {people[n]["category"] for n in names} == {"other"}
    assert people["Ani Lestari"]["role"] == "Sekretaris"
    assert people["Budi Santoso"]["role"] is None and people["Rina Wati"]["role"] is None


def test_a_role_running_on_into_another_persons_name_is_not_the_first_ones(nlp: Language) -> None:
    text = ("Konsultasi dipimpin ketua komisi II Frans Keles didampingi Hendra Bogia, Sekretaris Marta H. Pijoh, "
            "ST dan Anton Wuwung.")
    people = people_by_name(nlp, text, ["Frans Keles", "Pijoh", "Anton Wuwung"])
    assert people["Hendra Bogia"]["role"] is None
    assert people["Hendra Bogia"]["category"] == "other"


def test_a_role_naming_another_is_dropped_though_its_words_stand_earlier_in_the_text(nlp: Language) -> None:
    text = ("Surat itu diteken Sekretaris Rina K. Lamoa, ST pekan lalu. Rapat dipimpin ketua komisi II Yosef Taliwu "
            "didampingi Gilang Mareta, Sekretaris Rina K. Lamoa, ST dan Dedi Wuntu.")
    people = people_by_name(nlp, text, ["Yosef Taliwu", "Lamoa", "Dedi Wuntu"])
    assert people["Gilang Mareta"]["role"] is None
    assert people["Gilang Mareta"]["category"] == "other"


def test_a_role_after_the_last_item_of_an_assessor_list_is_that_item_s_own(nlp: Language) -> None:
    text = ("Rapat dihadiri tim asesor yaitu Rudy Hartawan, Marlina Bharata, serta Kartini selaku pemandu acara "
            "tersebut. Setelah itu rapat dimulai.")
    people = people_by_name(nlp, text, ["Rudy Hartawan", "Marlina Bharata"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Rudy Hartawan": "assessor", "Marlina Bharata": "assessor", "Kartini": "other"}


# -- lines, forms and tables ---------------------------------------------------------------------------------

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
    people = people_found(nlp, text)
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
    people = people_found(nlp, text)
    assert {name: people[name]["category"] for name in expected if name in people} == expected, people


def test_a_name_and_an_outlet_after_a_dash_stay_a_credit(nlp: Language) -> None:
    people = people_found(nlp, "Agus Salim - Kompas.com\nRapat itu ramai dihadiri warga.")
    assert all(value["category"] == "other" for value in people.values()), people


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
    # a list item with a comma, and a form without a post
    ("Kepala daerah yang hadir:\n\n1) Bupati Kabupaten Gowa, Adnan Purichta\n\n2) Wali Kota Pare-Pare, Taufan Pawe",
     {"adnan purichta": "regional_official", "taufan pawe": "regional_official"}),
    ("Nama : Rahmawati Lubis\nAlamat : Jalan Merdeka 5\n", {"rahmawati lubis": "other"}),
])
def test_forms_tables_and_list_items_give_each_name_its_post(nlp: Language, text: str,
                                                             expected: dict[str, str]) -> None:
    people = people_found(nlp, text)
    assert {name: people.get(name, {}).get("category") for name in expected} == expected, people


# -- names in brackets after a position, institutions in brackets after names --------------------------------

@pytest.mark.parametrize("joint", [", S.T. dan", " dan", ", S.Kom.,"])
def test_the_names_in_the_bracket_after_a_position_all_hold_it(nlp: Language, joint: str) -> None:
    text = (f"Rombongan Diskominfo Kota Bima terdiri dari Kepala Bidang Statistik (Hendra Wijaya), dua Pranata "
            f"Komputer Ahli Pertama (Rina Susanti{joint} Yosef Manuhutu, S.Sos.) dan seorang sopir.")
    people = people_by_name(nlp, text, ["Hendra Wijaya", "Rina Susanti", "Yosef Manuhutu"])
    assert set(people) == {"Hendra Wijaya", "Rina Susanti", "Yosef Manuhutu"}
    assert people["Yosef Manuhutu"]["category"] == "regional_official"
    assert people["Yosef Manuhutu"]["role"] == people["Rina Susanti"]["role"] == "Pranata Komputer Ahli Pertama"


def test_a_name_after_a_closed_bracket_does_not_take_its_position(nlp: Language) -> None:
    text = ("Hadir Kepala Bidang Statistik (Hendra Wijaya), dan Rina Susanti menyampaikan pendapatnya sebagai warga "
            "Kota Bima.")
    people = people_by_name(nlp, text, ["Hendra Wijaya", "Rina Susanti"])
    assert people["Rina Susanti"]["role"] is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Tim asesor terdiri atas Dewi Lestari (Dosen ITS), Bambang Suryo (Dosen Unpad), serta Rahmat Hidayat "
         "(Bappenas)."), ["Dewi Lestari", "Bambang Suryo", "Rahmat Hidayat"]),
        # a list that runs over a false sentence end after a degree
        (("Kota itu dinilai tim asesor: Prof. Ir. Joko Santoso, MURP., Ph.D (UGM), Prof. Dr. Hana Kusuma (ITB), "
         "dan Lukas Wenda (Uncen)."), ["Joko Santoso", "Hana Kusuma", "Lukas Wenda"]),
    ],
)
def test_assessor_lists_with_institutions_in_brackets(nlp: Language, text: str, names: list[str]) -> None:
    found = people_by_name(nlp, text, names)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_bracketed_lecturers_in_an_assessor_list_stay_assessors(nlp: Language) -> None:
    text = "Tim asesor terdiri dari Rudi Santosa (Dosen UKSW) dan Rina Kusuma (Dosen UGM) yang menilai kota itu."
    found = people_by_name(nlp, text, ["Rudi Santosa", "Rina Kusuma"])
    assert {p["category"] for p in found.values()} == {"assessor"}


@pytest.mark.parametrize("text", [
    "Tim Evaluator dari Kementerian Kominfo adalah Rudi Setiawan (ITB), Misbah (Pakar IT), dan Rina Suryani (UGM).",
    "Tim penilai terdiri dari Rudi Setiawan (ITB),\nMisbah (UI), dan Rina Suryani (UGM).",
])
def test_a_one_word_name_in_a_list_with_bodies_in_brackets(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert set(people) == {"rudi setiawan", "misbah", "rina suryani"}
    assert people["misbah"]["category"] == people["rudi setiawan"]["category"]


def test_the_people_presented_after_an_assessor_sentence_are_assessors(nlp: Language) -> None:
    text = ("Penilaian tahun ini dinilai oleh para pakar yang berpengalaman. Mereka adalah Yudi Pranata (Perbanas); "
            "Sinta Lestari (UKSW).")
    people = people_by_name(nlp, text, ["Yudi Pranata", "Sinta Lestari"])
    assert {name: p["category"] for name, p in people.items()} == {"Yudi Pranata": "assessor",
                                                                  "Sinta Lestari": "assessor"}


# -- the members listed after a team -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an evaluation team whose members are set apart by semicolons, with a description between them
        (("Tim evaluasi terdiri dari Rina Kusuma, praktisi kota cerdas dari IKTII selaku ketua tim; Andi Wijaya dari "
         "Telkom University; serta Sari Dewi dari Kemenko Perekonomian."), ["Rina Kusuma", "Andi Wijaya", "Sari Dewi"]),
        # experts who assess, their institutions in brackets
        ("Kota itu dinilai oleh para pakar, yaitu Rina Kusuma (Perbanas) dan Andi Wijaya (UKSW).",
         ["Rina Kusuma", "Andi Wijaya"]),
    ],
)
def test_assessor_teams_listed_with_semicolons_or_brackets(nlp: Language, text: str, names: list[str]) -> None:
    found = people_by_name(nlp, text, names)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


@pytest.mark.parametrize(("text", "expected"), [
    # the assessors' team named, then its members, each with an institution or none
    (("Paparan itu disimak tim penilai yang terdiri atas Budi Santika (Universitas Gadjah Mada), Lestari Wulandari "
      "(BRIN), dan Yohanes Tandi (Kementerian Dalam Negeri)."), ["budi santika", "lestari wulandari",
                                                                 "yohanes tandi"]),
    ("Kegiatan dihadiri Tim Ahli Smart City Kominfo, masing-masing Rahmat Hidayat, Sinta Maharani, dan Dedy Kurniawan.",
     ["rahmat hidayat", "sinta maharani", "dedy kurniawan"]),
    (("Bimtek dipandu langsung oleh tim penyusun masterplan smart city dari Kementerian Kominfo, yaitu Ibu Ratna "
      "Dewi, M.Sc, Bapak Drs. Hendro Susilo, M.Si, dan Ir. Agus Salim, MT."), ["ratna dewi", "hendro susilo",
                                                                               "agus salim"]),
    (("Bertindak sebagai evaluator pada tahap kedua itu Made Wirawan dari unsur akademisi, Nur Aini dari unsur "
      "Wantiknas, serta Fajar Nugroho dari Institut Teknologi Bandung."), ["made wirawan", "nur aini",
                                                                           "fajar nugroho"]),
])
def test_the_members_listed_after_the_assessors_team_are_assessors(nlp: Language, text: str,
                                                                    expected: list[str]) -> None:
    people = people_found(nlp, text)
    assert {name: people.get(name, {}).get("category") for name in expected} == dict.fromkeys(expected, "assessor")


def test_the_members_listed_after_the_ministrys_experts_are_assessors(nlp: Language) -> None:
    text = ("Pada hari kedua hadir dua tenaga ahli program kota cerdas yakni Dosen Universitas Brawijaya, "
            "Prof. Rendra Wicaksono, M.Sc., serta Dosen Universitas Jember, Dr. Wulan Anggraini, S.T., M.Kom.")
    people = people_by_name(nlp, text, ["Rendra Wicaksono", "Wulan Anggraini"])
    assert people["Rendra Wicaksono"]["category"] == "assessor"
    assert people["Wulan Anggraini"]["category"] == "assessor"


def test_a_named_team_of_masterplan_guides_are_assessors(nlp: Language) -> None:
    text = ("Para peserta bimtek didampingi Tim Penyusunan Master Plan Smart City Kementerian Kominfo, yaitu "
            "Ibu Lestari Handayani, M.Sc, Bapak Drs. Sutrisno, M.Si, dan Dr. Ing. Rudi Hartawan, M.Sc.")
    people = people_by_name(nlp, text, ["Lestari Handayani", "Rudi Hartawan"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Lestari Handayani": "assessor", "Sutrisno": "assessor", "Rudi Hartawan": "assessor"}


def test_a_company_position_inside_an_assessor_list_is_an_assessor(nlp: Language) -> None:
    text = ("Tim ahli yang hadir yakni Dosen Universitas Indonesia, Dr. Wahyu Purnomo, CIO Data Kota, Rendra Wibowo, "
            "serta Dosen Perbanas Institute, Dr. Sari Dewi.")
    people = people_by_name(nlp, text, ["Wahyu Purnomo", "Rendra Wibowo", "Sari Dewi"])
    assert people["Rendra Wibowo"]["category"] == "assessor"


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
    people = people_found(nlp, text)
    assert set(people) == set(names)
    assert {people[n]["category"] for n in names} == {"assessor"}


# -- a list beside the sentence that names the assessors -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the assessors' word in the next sentence, a university closing the list (the first item's in brackets)
        (("Kota itu perlu satgas data, bunyi rekomendasi yang dikeluarkan Krisna Dewanto (Perbanas), Melinda Sari "
          "dan Joko Waluyo dari UGM. Evaluator juga merekomendasikan penguatan SDM."),
         ["Krisna Dewanto", "Melinda Sari", "Joko Waluyo"]),
        (("Sejumlah catatan disampaikan oleh Bagus Santoso (UI) serta Fitri Handayani (ITB). Rekomendasi tim asesor "
          "itu akan ditindaklanjuti pemkab."), ["Bagus Santoso", "Fitri Handayani"]),
        # the next sentence calls the list's people so, whatever body they come from
        (("Bupati Klaten Sri Mulyani menerima masukan dari Ahmad Fauzi (Kemenkeu) dan Rina Susanti (BPS). "
          "Keduanya merupakan tim penilai Gerakan Menuju Smart City."), ["Ahmad Fauzi", "Rina Susanti"]),
        (("Indah Lestari (ITB), Bayu Setiawan (UI) dan Mira Handayani (IPB) datang ke Kota Sukabumi. Ketiga asesor "
          "itu meninjau ruang kendali."), ["Indah Lestari", "Bayu Setiawan", "Mira Handayani"]),
        # the assessors' word in the sentence before
        (("Tim penilai tiba di Kota Batu pada pagi hari. Danu Wirawan (ITB) dan Mulyadi Saputra meninjau ruang "
          "kendali."), ["Danu Wirawan", "Mulyadi Saputra"]),
    ],
)
def test_a_list_beside_the_sentence_naming_the_assessors_is_theirs(nlp: Language, text: str, names: list[str]) -> None:
    people = people_by_name(nlp, text, names)
    assert all(people[n]["category"] == "assessor" for n in names), people
    assert people.get("Sri Mulyani", {"category": "regional_official"})["category"] == "regional_official"


@pytest.mark.parametrize(
    "text",
    [
        # no university or firm in the list: whom the assessors met
        "Bupati menerima Hendra Wijaya dan Ani Lestari di pendopo. Tim asesor lalu memberi sejumlah catatan.",
        # the next sentence names the assessors themselves
        ("Hendra Wijaya dari ITB dan Ani Lestari memberi pandangan. Tim asesor terdiri dari Budi Santoso dan Citra "
         "Dewi."),
    ],
)
def test_a_list_beside_an_assessors_sentence_that_names_others_keeps_its_category(nlp: Language, text: str) -> None:
    people = people_by_name(nlp, text, ["Hendra Wijaya", "Ani Lestari", "Budi Santoso", "Citra Dewi"])
    assert people["Hendra Wijaya"]["category"] == "other"
    assert people["Ani Lestari"]["category"] == "other"


def test_each_name_of_a_list_with_its_body_after_dari_is_a_person(nlp: Language) -> None:
    text = ("Catatan itu disampaikan Ridwan Hakim dari IPB, Putri Ayu dari UI, dan Galih Permana dari ITB. Para "
            "evaluator menilai dokumen itu cukup lengkap.")
    people = people_by_name(nlp, text, ["Ridwan Hakim", "Putri Ayu"])  # the last name left to the rules
    assert set(people) == {"Ridwan Hakim", "Putri Ayu", "Galih Permana"}
    assert all(p["category"] == "assessor" for p in people.values()), people


def test_the_clause_after_a_lists_last_name_is_the_whole_lists(nlp: Language) -> None:
    text = "Teddy Saputra, Rahma Yanti, dan Fadli Zulkarnain yang merupakan tim asesor memberikan nilai."
    people = people_by_name(nlp, text, ["Rahma Yanti", "Fadli Zulkarnain"])  # the first name left to the rules
    assert set(people) == {"Teddy Saputra", "Rahma Yanti", "Fadli Zulkarnain"}
    assert all(p["category"] == "assessor" for p in people.values()), people


@pytest.mark.parametrize(("text", "names"), [
    (("Pemkab Sleman membagi tugas kota cerdas.\nSmart Governance – PIC: Kabid Aptika Rudi Hartono, S.Kom\n"
      "Smart Living - PIC: Kasi Layanan Rini Astuti, S.T.\n"), ["rudi hartono", "rini astuti"]),
    ("Pemkab Sleman membagi tugas kota cerdas.\nSmart Branding: Kabid Pariwisata Joko Susilo, S.Sos\n", ["joko susilo"]),
])
def test_a_name_between_a_post_and_degrees_on_a_heading_like_line(nlp: Language, text: str, names: list[str]) -> None:
    found = people_found(nlp, text)
    assert sorted(found) == sorted(names)
    assert {p["category"] for p in found.values()} == {"regional_official"}
