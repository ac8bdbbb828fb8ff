"""People: the category the institution of a post gives its holder.

The programme's ministry and its units (written out, shortened or misspelt) and the rest of the central
government (other ministries, the president's office, central state bodies) give "ministry"; a regional office
and its staff give "regional_official", whatever ministry's short name the office shares; legislatures,
companies, campuses, think tanks and chambers of commerce give "other". The national figures of
data/known_people.csv keep their known category unless the article gives them an office of their own.

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

from extractor.nlp.people.categories import known_person

AFTERWARDS = " membuka pelatihan itu di aula pada pagi hari."
MINISTRY_TAIL = " membuka acara itu dan meminta daerah merawat inovasinya."
NAME = "Budi Santoso"


# -- the ministry and its units ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Direktur Jenderal Aplikasi Informatika Kemenkominfo, Bayu Pranata," + MINISTRY_TAIL,
            "Bayu Pranata",
            "Direktur Jenderal Aplikasi Informatika",
        ),
        (
            "Direktur Jenderal Aplikasi Informatika Kemenkominfo Bayu Pranata" + MINISTRY_TAIL,
            "Bayu Pranata",
            "Direktur Jenderal Aplikasi Informatika",
        ),
        pytest.param(
            "Staf Ahli Menteri Kominfo, Rina Marlina," + MINISTRY_TAIL, "Rina Marlina", "Staf Ahli Menteri"
        ),
    ],
)
def test_ministry_people(nlp: Language, text: str, name: str, role: str) -> None:
    found = people_as_written(nlp, text)
    assert list(found) == [name]
    assert found[name]["category"] == "ministry"
    assert found[name]["affiliation"] == "Kemenkominfo"
    assert found[name]["role"].startswith(role)
    assert found[name]["region"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Plt. Kepala Dinas Kominfo Rina Marlina" + AFTERWARDS,
        "Kepala Dinas Kominfo Kabupaten Sleman Budi Hartono" + AFTERWARDS,
        "Kepala Diskominfo Kota Bandung Ahmad Fauzi" + AFTERWARDS,
    ],
)
def test_regional_kominfo_office_is_not_the_ministry(nlp: Language, text: str) -> None:
    (person,) = people_as_written(nlp, text).values()
    assert person["category"] == "regional_official"
    assert person["affiliation"] != "Kemenkominfo"


def test_position_before_a_ministry_written_out_with_republik_indonesia(nlp: Language) -> None:
    text = ("Nota itu diteken Direktur Layanan Aplikasi Kementerian Komunikasi dan Informatika "
            "Republik Indonesia Samsul Arifin di Jakarta.")
    found = people_by_name(nlp, text, [])
    assert list(found) == ["Samsul Arifin"]
    assert found["Samsul Arifin"]["category"] == "ministry"


@pytest.mark.parametrize(
    ("text", "name", "category", "affiliation"),
    [
        # bracketed short forms between the position and the name
        (("Menurut Direktur Jenderal (Dirjen) Bina Pembangunan Daerah (Bangda) Kementerian Dalam Negeri "
         "(Kemendagri) Hendra Gunawan, daerah perlu saling belajar."), "Hendra Gunawan", "ministry", "Kemendagri"),
        # the directorate's words and the ministry written out before the name
        (("Menurut Direktur Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri Hendra Gunawan, daerah "
         "perlu saling belajar."), "Hendra Gunawan", "ministry", "Kemendagri"),
        # the task of a coordinator is no name
        (("Koordinator Penyusunan Masterplan Smart City Direktorat LAIP, Kominfo RI, Sinta Dewi, mengatakan "
         "tahap berikutnya dimulai bulan depan."), "Sinta Dewi", "ministry", "Kemenkominfo"),
    ],
)
def test_ministry_positions_with_directorates_and_short_forms(nlp: Language, text: str, name: str, category: str,
                                                              affiliation: str) -> None:
    found = people_by_name(nlp, text, [name])
    assert list(found) == [name]
    assert (found[name]["category"], found[name]["affiliation"]) == (category, affiliation)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the ministry's directorate written as its acronym after the position
        ("Plt Direktur LAIP Rina Kusuma membuka acara itu secara daring.", "ministry"),
        # a unit of a regional office with the same word as the ministry's directorate general
        ("Kabid Aptika Rina Kusuma menyampaikan sambutan di aula dinas.", "regional_official"),
        # a programme guide the public guidebooks name, without a position in the article
        ("Menurut Yudho Giri Sucahyo, masterplan harus selaras dengan RPJMD.", "assessor"),
    ],
)
def test_directorates_and_programme_figures(nlp: Language, text: str, category: str) -> None:
    found = people_by_name(nlp, text, ["Rina Kusuma", "Yudho Giri Sucahyo"])
    assert [p["category"] for p in found.values()] == [category]


@pytest.mark.parametrize(("text", "name", "category"), [
    ("Rombongan DPRD diterima oleh ibu Lestari Wulandari Ditjen Aptika di ruang rapat.", "lestari wulandari",
     "ministry"),
    ("Konsultasi itu diterima Bapak Yudi Hartanto dari Direktorat Layanan Aplikasi Informatika Pemerintahan Kominfo.",
     "yudi hartanto", "ministry"),
    ("Paparan disampaikan Sinta Maharani (Direktorat Jenderal Bina Pembangunan Daerah Kemendagri) di depan peserta.",
     "sinta maharani", "ministry"),
    ("Hadir pula Nur Hasanah dari Deputi Bidang Kelembagaan KemenPANRB dan para kepala OPD.", "nur hasanah",
     "ministry"),
    # the other side: a ministry's unit in an assessors' list, a regional office after the name, a known short form
    ("Materi kedua dibawakan Teguh Pranoto dari Ditjen Aptika Kemkominfo tentang tata kelola data.", "teguh pranoto",
     "ministry"),
    (("Tim evaluator terdiri dari Rudi Hartono dari ITB dan Sari Dewi dari Direktorat Layanan Aplikasi Informatika "
     "Pemerintahan Kemenkominfo."), "sari dewi", "assessor"),
    ("Paparan disampaikan Rini Astuti dari Dinas Kominfo Kota Bima di depan peserta.", "rini astuti",
     "regional_official"),
])
def test_a_ministrys_unit_after_the_name_files_it_under_the_ministry(nlp: Language, text: str, name: str,
                                                                     category: str) -> None:
    people = people_found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == category, people


def test_a_ministrys_unit_right_after_the_name_files_it_under_the_ministry(nlp: Language) -> None:
    text = "Rombongan diterima oleh ibu Sinta Dewi Ditjen Aptika.\nMenurut ketua rombongan, hasilnya baik."
    people = people_by_name(nlp, text, ["Sinta Dewi"])
    assert people["Sinta Dewi"]["category"] == "ministry"


def test_a_unit_after_the_name_inside_a_longer_phrase_is_no_affiliation(nlp: Language) -> None:
    text = "Hal itu disampaikan Budi Santoso Kemenkeu dan rekan saat rapat."
    assert people_by_name(nlp, text, ["Budi Santoso"])["Budi Santoso"]["category"] != "ministry"


@pytest.mark.parametrize("text", [
    "Hadir pula Rahmat Hidayat, dari direktorat E-government Kementerian Kominfo RI, dalam acara itu.",
    "Rapat dihadiri Rahmat Hidayat, dari Direktorat Layanan Aplikasi Kementerian Kominfo.",
    "Hadir pula Rahmat Hidayat dari ditjen Aptika Kemenkominfo dalam acara itu.",
])
def test_a_ministry_unit_after_comma_and_dari_files_the_ministry(nlp: Language, text: str) -> None:
    assert people_found(nlp, text)["rahmat hidayat"]["category"] == "ministry"


@pytest.mark.parametrize("text, name", [
    (("Narasumber dari Direktorat Jenderal Aplikasi Informatika (Aptika) Kementerian Komunikasi dan Informatika "
     "(Kemkominfo) Yosef Tandiono, memaparkan tahapan gerakan."), "Yosef Tandiono"),
    ("Pendampingan dilakukan oleh Ditjen Aplikasi Informatika, Kemenkominfo Yosef Tandiono.", "Yosef Tandiono"),
    ("Rapat itu dihadiri Pimpinan Proyek Smart City Kementerian Kominfo Lestari Handayani.", "Lestari Handayani"),
])
def test_a_ministrys_unit_written_as_the_title_files_the_official_under_the_ministry(
        nlp: Language, text: str, name: str) -> None:
    people = people_by_name(nlp, text, [name])
    assert people[name]["category"] == "ministry"


def test_a_ministry_ending_a_clause_before_the_subject_is_no_title(nlp: Language) -> None:
    text = "Rombongan berkunjung ke Kemenkominfo, Yosef Tandiono menjelaskan tujuannya."
    assert people_by_name(nlp, text, ["Yosef Tandiono"])["Yosef Tandiono"]["category"] == "other"


@pytest.mark.parametrize("role", ["Kepala Biro Perencanaan Kementerian Kominfo", "Sekretaris Jenderal Kementerian Dalam Negeri",
                                  "Pranata Komputer Kemenkominfo", "Asisten Deputi Kemenko Perekonomian"])
def test_a_post_written_before_a_ministrys_name_after_the_person_is_the_ministrys(nlp: Language, role: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "ministry"


@pytest.mark.parametrize("role", ["Kabid Aplikasi Kominfo Kota Bima", "Plt. Kadis Kominfo", "Kepala Dinas Kominfo"])
def test_a_regional_post_before_the_ministrys_short_name_stays_regional(nlp: Language, role: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


@pytest.mark.parametrize("post", ["Koordinator Kadis Kominfo se-Jawa Tengah", "Koordinator Kepala Dinas Kominfo se-Jawa Tengah"])
def test_heads_of_regional_offices_stay_regional_beside_the_ministrys_short_name(nlp: Language, post: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {post}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


@pytest.mark.parametrize("role", ["Ketua Tim Smart City Direktorat Layanan Aplikasi Informatika Pemerintahan",
                                  "perwakilan Ditjen Aplikasi Informatika", "Perwakilan Dirjen Aplikasi Informatika"])
def test_a_post_in_a_unit_only_the_central_government_has_is_the_ministrys(nlp: Language, role: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "ministry"


@pytest.mark.parametrize("text", ["Koordinator Command Center Diskominfo Kota Bekasi Budi Santoso membuka acara itu.",
                                  "Acara itu dibuka Budi Santoso, Koordinator Command Center Diskominfo Kota Bekasi."])
def test_a_post_of_the_ministrys_kind_in_a_regional_office_is_regional(nlp: Language, text: str) -> None:
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


def test_a_ministrys_staff_member_before_the_name_is_the_ministrys(nlp: Language) -> None:
    text = "Tamu disambut salah satu staf Kominfo Budi Santoso di Jakarta."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "ministry"


def test_a_ministry_unit_director_stays_ministry(nlp: Language) -> None:
    text = "Direktur Layanan Aplikasi Informatika Pemerintahan Kemenkominfo, Hendra Wijaya, membuka acara."
    assert people_found(nlp, text)["hendra wijaya"]["category"] == "ministry"


@pytest.mark.parametrize("text", [
    "Piala diserahkan Hendra Wijaya dari Badan Aksesibilitas Telekomunikasi dan Informasi kepada para kepala daerah.",
    ("Piala diserahkan Kepala Divisi Badan Aksesibilitas Telekomunikasi dan Informasi, Hendra Wijaya, kepada para "
     "kepala daerah."),
])
def test_an_official_of_the_ministrys_access_agency_is_the_ministrys(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert people["hendra wijaya"]["category"] == "ministry"
    assert people["hendra wijaya"]["affiliation"] == "Kemenkominfo"


def test_a_coordinator_of_a_ministrys_service_stays_a_ministry_official(nlp: Language) -> None:
    text = "Materi disampaikan Koordinator Layanan Aplikasi Pemerintahan Daerah, Wulan Sari, kemarin."
    assert people_by_name(nlp, text, ["Wulan Sari"])["Wulan Sari"]["category"] == "ministry"


def test_who_stands_in_for_a_ministry_official_is_filed_with_the_ministry(nlp: Language) -> None:
    text = ("Direktur Aplikasi Pemerintahan Kemenkominfo, yang diwakili Ketua Tim Data Desa, Lestari Handayani, "
            "membuka kegiatan itu.")
    assert people_by_name(nlp, text, ["Lestari Handayani"])["Lestari Handayani"]["category"] == "ministry"


def test_a_ministers_special_staff_with_the_ministry_after_the_post(nlp: Language) -> None:
    text = "Sementara Staf khusus Kementerian Kominfo bidang hukum Dedi Kurnia menyampaikan arahan presiden."
    people = people_found(nlp, text)
    assert set(people) == {"dedi kurnia"}
    assert people["dedi kurnia"]["category"] == "ministry"


# -- the rest of the central government ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("Penghargaan diserahkan Wakil Presiden Republik Indonesia H. M. Taufik Hidayat di istana.",
         "M. Taufik Hidayat", "ministry"),
        ("Kerja sama diteken Presiden Direktur PT Nusa Data Indonesia Rendra Wijaya di kampus itu.",
         "Rendra Wijaya", "other"),
        ("Nota itu disaksikan Menkomdigi Sari Anggraini secara daring.", "Sari Anggraini", "ministry"),
        ("Rapat dihadiri Kadinkominfo Sari Anggraini bersama jajaran.", "Sari Anggraini", "regional_official"),
        ("Pertanyaan itu dijawab Plt. Kepala Biro Humas Kominfo Sari Anggraini di kantornya.", "Sari Anggraini",
         "ministry"),
        ("Menurut Kepala Seksi Aplikasi di Dinas Kominfo Kota Bima, Sari Anggraini, data sudah terpadu.",
         "Sari Anggraini", "regional_official"),
        ("Rapat dihadiri Plt Asisten III Sari Anggraini dan pejabat lain.", "Sari Anggraini", "regional_official"),
        ("Pertanyaan dewan dijawab Staf Khusus Kementerian Dalam Negeri Sari Anggraini.", "Sari Anggraini",
         "ministry"),
    ],
)
def test_positions_of_the_state_and_of_units(nlp: Language, text: str, name: str, category: str) -> None:
    people = people_by_name(nlp, text, [name.removeprefix("M. ")])
    assert list(people) == [name]
    assert people[name]["category"] == category


@pytest.mark.parametrize(("text", "name", "category"), [
    # an expert of a director general is one of the programme's guides, as "Staf Ahli Dirjen" is
    ("Tenaga Ahli Direktur Jenderal Aptika Kementerian Kominfo, Bayu Setiadi mengatakan kolaborasi itu penting.",
     "bayu setiadi", "assessor"),
    ("Menurut Tenaga Ahli Dirjen Aptika, Galih Prakoso, dokumen masterplan harus selesai tahun ini.",
     "galih prakoso", "assessor"),
    # the cabinet secretary serves the president
    ("Sekretaris Kabinet Pramono Anung hadir dalam penyerahan penghargaan tersebut.", "pramono anung", "ministry"),
    # a director of a company's branch in the country is no director of a ministry
    ("Hadir sebagai pembicara Direktur Microsoft Indonesia, Andre Wijaya.", "andre wijaya", "other"),
    ("Direktur Bank Indonesia, Ahmad Fauzan, menjelaskan QRIS.", "ahmad fauzan", "other"),
    # the other side: a company the lists know, a minister's expert, a director general, the country after a
    # ministry
    ("Pembicara berikutnya Direktur Bisnis Telkom Indonesia, Rina Marpaung, memaparkan layanan awan.",
     "rina marpaung", "other"),
    ("Tenaga Ahli Menteri Kominfo, Dimas Arya, turut hadir.", "dimas arya", "ministry"),
    ("Direktur Jenderal Aplikasi Informatika, Semuel Pangerapan, membuka acara.", "semuel pangerapan", "ministry"),
    (("Direktur Layanan Aplikasi Informatika Pemerintahan Kementerian Kominfo Republik Indonesia, Bambang Dwi "
      "Anggono, mengatakan inovasi daerah penting."), "bambang dwi anggono", "ministry"),
])
def test_who_the_posts_institution_makes_the_holder(nlp: Language, text: str, name: str, category: str) -> None:
    people = people_found(nlp, text)
    assert name in people, people
    assert people[name]["category"] == category, people


@pytest.mark.parametrize("body", ["Kemendagri", "Bappenas"])
def test_a_representative_of_a_ministry_belongs_to_it(nlp: Language, body: str) -> None:
    text = f"Rapat smart city itu juga dihadiri Hendra Wijaya, perwakilan dari {body}, dan para kepala dinas."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "ministry"
    assert people["Hendra Wijaya"]["affiliation"]


@pytest.mark.parametrize("text", [
    "Deputi Bidang Koordinasi Ekonomi Digital Kemenko Perekonomian Hendra Wijaya hadir dalam evaluasi itu.",
    "Evaluasi itu dihadiri Hendra Wijaya dari Kementerian Perhubungan bersama pejabat daerah.",
    "Dalam rapat itu Perwakilan Bappenas Hendra Wijaya memberi sambutan tentang kota cerdas.",
])
def test_officials_of_the_programme_s_central_partners_are_the_ministry_s(nlp: Language, text: str) -> None:
    people = people_by_name(nlp, f"Rapat digelar pagi hari. {text}", ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "ministry"


@pytest.mark.parametrize(("position", "category"), [
    ("Menteri Dalam Negeri", "ministry"),
    ("Menteri Komunikasi dan Informatika", "ministry"),
    ("Mendagri", "ministry"),
    ("Direktur RSUD Bima", "regional_official"),
])
def test_ministers_named_by_their_ministry_and_a_regional_hospital_head(nlp: Language, position: str,
                                                                        category: str) -> None:
    text = f"Rapat smart city digelar pagi hari. {position} Hendra Wijaya membuka rapat itu."
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == category


@pytest.mark.parametrize("office", ["Kepresidenan", "Kepersidenan"])
def test_a_deputy_of_the_presidential_staff_office_is_central_government(nlp: Language, office: str) -> None:
    text = (f"Penghargaan smart city diterima Sekda dari Deputi II Kepala Staf {office} RI Hendra Wijaya didampingi "
            "menteri.")
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "ministry"


def test_the_head_of_the_presidential_staff_serves_the_central_government(nlp: Language) -> None:
    text = "Tarian itu ditampilkan di hadapan Kepala Staf Kepresidenan Republik Indonesia, Hendra Wijaya, dan tamu."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert set(people) == {"Hendra Wijaya"}
    assert people["Hendra Wijaya"]["category"] == "ministry"


def test_the_president_s_short_name_is_filed_with_the_central_government(nlp: Language) -> None:
    text = "Penghargaan itu diserahkan Jokowi kepada para wali kota, kata panitia."
    assert people_by_name(nlp, text, ["Jokowi"])["Jokowi"]["category"] == "ministry"


def test_the_minister_of_state_apparatus_written_out_is_a_ministry_official(nlp: Language) -> None:
    text = ("Penghargaan diserahkan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Hendra Wijaya "
            "kepada Bupati Sigi.")
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "ministry"


def test_an_official_of_another_ministry_is_central_government(nlp: Language) -> None:
    text = "Pembicara lain adalah Kepala Pusat Data Kementerian Kesehatan, Ratna Dewi, yang memaparkan data."
    people = people_by_name(nlp, text, ["Ratna Dewi"])
    assert people["Ratna Dewi"]["category"] == "ministry"


@pytest.mark.parametrize("role", ["Ketua Ombudsman RI", "Kepala Ombudsman RI Perwakilan Sulawesi Tengah",
                                  "Kepala Badan Pusat Statistik"])
def test_the_heads_of_central_state_bodies_are_filed_under_ministry(nlp: Language, role: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "ministry"


@pytest.mark.parametrize("ministry", ["Kemenkomdigi", "Kemenpan RB", "Kementerian Desa PDTT", "Kemensetneg",
                                      "Ditjen Bina Bangda Kemendagri", "BNPB"])
@pytest.mark.parametrize("order", ["{name}, Kepala Biro Perencanaan {ministry}, mengatakan", "{name} dari {ministry} mengatakan"])
def test_spellings_of_the_central_governments_bodies_are_the_ministrys(nlp: Language, ministry: str, order: str) -> None:
    text = f"Rapat itu berjalan lancar. {order.format(name=NAME, ministry=ministry)} program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "ministry"


def test_the_spelt_out_post_decides_over_its_short_form(nlp: Language) -> None:
    regional = people_found(nlp, "Sekretaris Kabupaten (Seskab) Hermansyah membuka paparan rencana induk.")
    assert regional["hermansyah"]["category"] == "regional_official"
    cabinet = people_found(nlp, "Sekretaris Kabinet (Seskab) Pramono Santoso hadir di acara itu.")
    assert cabinet["pramono santoso"]["category"] == "ministry"


def test_an_analyst_of_a_training_centre_is_a_ministry_person(nlp: Language) -> None:
    text = "Dalam paparannya, Wahyu Hidayat, Analis Kebijakan Ahli Madya Puslatbang KMP menyampaikan hasil kajian."
    people = people_found(nlp, text)
    assert set(people) == {"wahyu hidayat"}
    assert people["wahyu hidayat"]["category"] == "ministry"


# -- regional offices and their staff ------------------------------------------------------------------------

@pytest.mark.parametrize("position", ["Pengendali Teknologi Informasi", "staf Bidang Aplikasi"])
def test_functional_grades_and_staff_of_a_unit_serve_the_region(nlp: Language, position: str) -> None:
    text = f"Diskominfo Kota Bima mengirim {position} (Rina Susanti) ke Kota Denpasar untuk studi tiru smart city."
    people = people_by_name(nlp, text, ["Rina Susanti"])
    assert people["Rina Susanti"]["category"] == "regional_official"


@pytest.mark.parametrize("role", ["staf Diskominfo Kota Madiun", "petugas Dinas Perhubungan Kota Madiun",
                                  "Operator Diskominfo Kabupaten Sumedang"])
def test_staff_of_a_regional_office_are_regional_officials(nlp: Language, role: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


def test_staff_of_no_named_office_stay_other(nlp: Language) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, petugas parkir, mengatakan lahan itu penuh."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


@pytest.mark.parametrize("body", ["dari Diskominfo Kota Palu", "dari Dinas Kominfo Kabupaten Sigi", "(Bappeda Kota Palu)",
                                  "dari Pemerintah Kabupaten Sigi", "dari Pemkot Palu"])
def test_a_person_from_a_regional_office_is_a_regional_official(nlp: Language, body: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME} {body} mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


def test_a_person_from_a_ministry_or_a_campus_keeps_their_category(nlp: Language) -> None:
    text = ("Rapat itu berjalan lancar. Budi Santoso dari Kementerian Kominfo dan Ani Lestari dari Universitas "
            "Tadulako menjelaskan program itu.")
    people = people_by_name(nlp, text, ["Budi Santoso", "Ani Lestari"])
    assert people["Budi Santoso"]["category"] == "ministry"
    assert people["Ani Lestari"]["category"] == "other"


@pytest.mark.parametrize("post", ["Ketua Tim Koordinasi Smart City Kabupaten Kendal", "Kasatpol PP Kota Bima"])
def test_a_regions_team_head_and_police_unit_head_are_regional(nlp: Language, post: str) -> None:
    text = f"Rapat itu berjalan lancar. {post} {NAME} mengatakan program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "regional_official"


def test_a_government_office_after_yang_juga_decides_the_category(nlp: Language) -> None:
    text = "Hadir pula Ketua APEKSI Ratna Kumalasari yang juga Wali Kota Madiun dalam acara itu."
    people = people_by_name(nlp, text, ["Ratna Kumalasari"])
    assert people["Ratna Kumalasari"]["category"] == "regional_official"


# -- legislatures, companies, campuses and other bodies ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # the legislature is not the regional government
        ("Nota itu disaksikan Wakil Ketua DPRD Sleman, Made Suardana, di aula.", "Made Suardana", "other"),
        # "Kementerian" written out is the ministry, not a misspelt role word
        ("Hadir pula perwakilan Kementerian Kominfo Hendra Saputra dan kepala OPD.", "Hendra Saputra", "ministry"),
        # an institution after the name in an assessor sentence
        ("Tim asesor beranggotakan Prof. Dr. Ir. Yohan Sitompul dari IPB University.", "Yohan Sitompul", "assessor"),
        ("Dalam evaluasi itu Rudi Santosa, S.T., M.T., sebagai pendamping dari Kemenkominfo memberi catatan.",
         "Rudi Santosa", "assessor"),
    ],
)
def test_category_from_the_words_around(nlp: Language, text: str, name: str, category: str) -> None:
    found = people_by_name(nlp, text, [])
    assert found[name]["category"] == category


def test_a_position_at_a_company_is_no_regional_office(nlp: Language) -> None:
    text = "Hadir juga Rudi selaku Kepala Divisi IT PT. Maju Bersama Madiun dalam rapat itu."
    found = people_by_name(nlp, text, ["Rudi"])
    assert list(found) == ["Rudi"]
    assert found["Rudi"]["category"] == "other"


@pytest.mark.parametrize("text, name", [
    ("Sekretaris Komisi A DPRD Sulteng, Hendra Gunawan, menilai program itu baik.", "Hendra Gunawan"),
    ("Ketua Fraksi Golkar DPRD Sigi, Yusuf Malik, mendukung rancangan itu.", "Yusuf Malik"),
    ("Anggota DPR RI Komisi I, Arif Rahman, hadir dalam acara itu.", "Arif Rahman"),
])
def test_members_of_a_legislature_are_no_regional_officials(nlp: Language, text: str, name: str) -> None:
    people = people_by_name(nlp, text, [name])
    assert set(people) == {name}
    assert people[name]["category"] == "other"


@pytest.mark.parametrize("text, name, category", [
    ("Kepala BPSDMP Kominfo Makassar, Budi Santoso, membuka pelatihan.", "Budi Santoso", "ministry"),
    ("Direktur Eksekutif Lembaga Kajian Kota, Bambang Riyanto, ikut berbicara.", "Bambang Riyanto", "other"),
    ("Direktur Pascasarjana UGM, Rudi Hartono, ikut berbicara.", "Rudi Hartono", "other"),
])
def test_the_institutions_kind_decides_a_directors_or_heads_category(nlp: Language, text: str, name: str,
                                                                    category: str) -> None:
    assert people_by_name(nlp, text, [name])[name]["category"] == category


@pytest.mark.parametrize("text", ["Rapat itu berjalan lancar. Ketua Kadin Kota Bogor, Budi Santoso, mengatakan pasar ramai.",
                                  "Rapat itu berjalan lancar. Budi Santoso, Ketua Kadin Kota Bogor, mengatakan pasar ramai."])
def test_the_chamber_of_commerce_is_no_regional_office(nlp: Language, text: str) -> None:
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


def test_a_directors_post_at_a_company_is_no_ministrys(nlp: Language) -> None:
    text = "Menurut Budi Santoso, Direktur Operasional PT Kota Cerdas Nusantara, layanan itu terus diperbaiki."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


@pytest.mark.parametrize("company", ["Data Kota Ltd.", "Data Kota Indonesia Ltd."])
def test_a_post_before_a_companys_legal_form_is_the_companys(nlp: Language, company: str) -> None:
    text = f"Rapat itu ramai. Direktur {company}, {NAME} menjelaskan program itu."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


@pytest.mark.parametrize("body", ["Pusat Kajian Kebijakan Publik Nusantara", "Nusantara Urban Institute"])
def test_a_think_tanks_director_is_no_ministry_official(nlp: Language, body: str) -> None:
    # a think tank's name in Indonesian, or in English
    text = f"Direktur {body}, Hendra Wijaya, menilai penghargaan itu layak."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "other"


def test_a_coordinator_of_a_campus_study_group_is_no_ministry_official(nlp: Language) -> None:
    text = ("Moderator diskusi yaitu Dr. Wulan Sari, S.Si. selaku Koordinator Kelompok Studi Kota Cerdas dan "
            "Sekretaris Departemen Geografi.")
    people = people_by_name(nlp, text, ["Wulan Sari"])
    assert people["Wulan Sari"]["category"] == "other"


def test_the_head_of_a_campus_unit_serves_no_region(nlp: Language) -> None:
    text = "Kepala Pusat Kajian Kota Cerdas UGM Rendra Wicaksono mengatakan survei berjalan baik."
    assert people_by_name(nlp, text, ["Rendra Wicaksono"])["Rendra Wicaksono"]["category"] == "other"


def test_an_academic_from_a_university_keeps_the_university(nlp: Language) -> None:
    text = "Materi disampaikan Hendra Wijaya, akademisi dari Universitas Gadjah Mada, kepada peserta."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "other"
    assert people["Hendra Wijaya"]["affiliation"] == "Universitas Gadjah Mada"


def test_a_university_head_keeps_the_name_after_the_university(nlp: Language) -> None:
    text = "Acara itu digelar pagi hari. Rektor Universitas Gadjah Mada Hendra Wijaya hadir bersama para dosen."
    people = people_by_name(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["affiliation"] == "Universitas Gadjah Mada"


# -- known national figures ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "category", "affiliation"),
    [
        # no position in the article: the national figure's known one (an old spelling meets the new)
        ("Smart city menjawab tantangan daerah, ungkap Cahyo Kumolo kepada wartawan.", "Cahyo Kumolo", "ministry",
         "Kementerian Dalam Negeri"),
        # a short form of a known assessor's name
        ("Sementara Harya Widiputra mengatakan, kekuatan kota ada pada data.", "Harya Widiputra", "assessor",
         "Perbanas Institute"),
        # a position the article gives wins over the list
        ("Bupati Sleman Marsudi Wahyu Kisworo membuka acara di pendopo.", "Marsudi Wahyu Kisworo",
         "regional_official", None),
        # an assessor of several evaluations, named with a bracketed body only
        ("Rekomendasi itu dikeluarkan Wiwin Sulistyo (Universitas Kristen Satya Wacana) pekan lalu.",
         "Wiwin Sulistyo", "assessor", "Universitas Kristen Satya Wacana"),
    ],
)
def test_known_national_figures_without_a_position(nlp: Language, text: str, name: str, category: str,
                                                   affiliation: str | None) -> None:
    found = people_by_name(nlp, text, [name])
    assert found[name]["category"] == category
    assert found[name]["affiliation"] == affiliation


def test_an_unknown_name_without_a_position_stays_other(nlp: Language) -> None:
    text = "Sementara Harya Pranoto mengatakan, kekuatan kota ada pada data."
    assert people_by_name(nlp, text, ["Harya Pranoto"])["Harya Pranoto"]["category"] == "other"


def test_known_figures_without_their_initials_or_with_a_generic_position(nlp: Language) -> None:
    # a national official whose name the guidebooks print with initials, written without them
    text = "Menurut Safrizal, daerah perlu saling belajar tentang kota cerdas."
    assert people_by_name(nlp, text, ["Safrizal"])["Safrizal"]["category"] == "ministry"
    # a national assessor introduced only as a representative of the ministry
    text = "Perwakilan dari Kemenkominfo RI, Hari Kusdaryanto, memberi arahan secara daring."
    assert people_by_name(nlp, text, ["Hari Kusdaryanto"])["Hari Kusdaryanto"]["category"] == "assessor"


def test_a_known_figure_with_a_letter_misprinted(nlp: Language) -> None:
    # Achmad Djunaedi (known_people.csv) printed with one letter changed in the surname
    text = "Hal itu disampaikan Guru Besar UGM, Achmad Djumaedi, dalam bimbingan teknis kota cerdas."
    assert people_by_name(nlp, text, ["Achmad Djumaedi"])["Achmad Djumaedi"]["category"] == "assessor"


def test_a_known_name_with_its_initial_spelt_out_is_the_known_person() -> None:
    assert known_person("Fitrah Rachmat Kautsar") == known_person("Fitrah R. Kautsar")
    assert known_person("Fitrah Budi Santoso") is None


def test_a_known_figure_keeps_the_office_the_article_gives_outside_an_assessment(nlp: Language) -> None:
    text = ("Forum tahunan itu digelar di Surabaya bulan depan. Ketua Forum Kota Cerdas Indonesia, Suhono Harso "
            "Supangkat, mengatakan wali kota akan menjamu para tamu.")
    people = people_by_name(nlp, text, ["Suhono Harso Supangkat"])
    assert people["Suhono Harso Supangkat"]["category"] == "other"


def test_a_known_figure_in_an_assessment_keeps_the_known_category(nlp: Language) -> None:
    text = ("Tim menilai 90 kota selama lima bulan. Ketua Forum Kota Cerdas Indonesia, Suhono Harso Supangkat, "
            "mengatakan hasil penilaian diumumkan pekan depan.")
    people = people_by_name(nlp, text, ["Suhono Harso Supangkat"])
    assert people["Suhono Harso Supangkat"]["category"] == "assessor"
