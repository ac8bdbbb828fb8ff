"""People: capitalised words that are no person at all.

The rules veto these words whether or not the trained model proposes them: the names of agencies, offices,
units and companies (written out, as acronyms, misspelt or in brackets); the words of a position; places,
districts and the parts of an address; headlines and page furniture (links to other stories, a site's latest
headlines); the common words of the NER corpora (data/common_words.txt), apps, products, events, motifs and
mottos. Each class keeps its other side: the person named next to such words is still found.

Texts are whole sentences with ordinary lower-case words (a mostly capitalised line reads as a headline); they
and their names are written for these tests, but for a few national figures of data/known_people.csv. The
helpers of tests/fixtures/support.py run either the rules on the trained model's proposals that a test gives,
so that the test does not move when the model is retrained (`people_by_name`, `people_with_proposals`,
`doc_with_proposals`), or the whole pipeline (`people_found` by lower-cased name, `people_as_written`,
`people_mentions`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.support import people_by_name, people_found, people_mentions
from spacy.language import Language

from extractor.nlp.ner_training import common_words, read_conll, write_common_words

NAME = "Budi Santoso"


def _write_corpus(path: Path, rows: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{t}\t{tag}\n" if t else "\n" for t, tag in rows), encoding="utf-8")


# -- agencies, offices and other bodies ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Pertemuan berlangsung di Hotel Aston dengan suasana santai.",
        "Rapat lanjutan digelar lewat Zoom Meeting bersama peserta.",
        "Praktisi teknologi turut hadir dalam diskusi.",
        "Peserta menginap di Hotel Aston Sleman selama kegiatan.",
        "Kabupaten Sleman dan Kota Yogyakarta menandatangani kerja sama.",
    ],
)
def test_organisation_and_place_words_are_not_people(nlp: Language, text: str) -> None:
    assert people_mentions(nlp, text) == []


@pytest.mark.parametrize("word", ["Inspektorat", "Perwako", "Dikpora", "Jajaran", "Kabag", "Quikwins", "Forkopimda"])
def test_agency_and_office_words_are_not_people(nlp: Language, word: str) -> None:
    text = f"Rapat itu juga dihadiri {word} Kabupaten Sleman dan seluruh OPD."
    assert word not in people_by_name(nlp, text, [word])


def test_a_misspelt_agency_name_is_no_person(nlp: Language) -> None:
    text = "Nota itu diteken Dirjen Aptika Kekominfo RI, Rudi Hartanto, bersama sejumlah kepala daerah."
    assert list(people_by_name(nlp, text, ["Rudi Hartanto"])) == ["Rudi Hartanto"]


def test_the_units_of_a_deputy_are_no_names(nlp: Language) -> None:
    text = "Deputi Bidang Kelembagaan dan Tata Laksana, Kementerian PANRB, Sari Wulandari, memberi arahan."
    found = people_by_name(nlp, text, ["Sari Wulandari"])
    assert list(found) == ["Sari Wulandari"]
    assert found["Sari Wulandari"]["category"] == "ministry"


def test_a_forum_listed_before_a_position_is_no_person(nlp: Language) -> None:
    text = "Turut hadir jajaran Forkopimda, Camat se-Kabupaten Sleman dan Kepala OPD dalam acara itu."
    assert people_by_name(nlp, text, []) == {}


def test_a_campus_name_after_its_acronym_is_no_person(nlp: Language) -> None:
    text = "Ketua tim juri, Rudi Santosa dari IPB University, menilai kota itu siap."
    assert list(people_by_name(nlp, text, ["Rudi Santosa"])) == ["Rudi Santosa"]


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
    people = people_found(nlp, text)
    assert short_form not in people, people
    assert people[name]["category"] == "regional_official"


def test_a_word_inside_a_list_of_office_words_is_no_person(nlp: Language) -> None:
    text = "Dinas Komunikasi, Informatika, Sandi dan Statistik Kota Cilegon menggelar bimtek smart city."
    assert people_by_name(nlp, text, ["Sandi"]) == {}


@pytest.mark.parametrize("text", [
    ("Rapat dihadiri perwakilan Dinas Kesehatan (Dinkes), Dinas Perikanan dan Kelautan (Diskanla), Dinas Pekerjaan "
    "Umum (DPU) serta Badan Penanggulangan Bencana Daerah (BPBD)."),
    ("Rapat dihadiri perwakilan Dinas Peternakan dan Kehutanan (Disnakhut), Dinas Pemadam Kebakaran dan "
    "Penyelamatan (Damkar) serta camat."),
])
def test_the_subjects_of_regional_offices_names_are_no_people(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_an_office_topic_in_a_list_of_offices_is_no_name(nlp: Language) -> None:
    text = "Hadir dalam rapat itu antara lain Inspektorat Daerah, Dinkes Dalduk KB, Disbudpar dan DLH."
    assert people_by_name(nlp, text, []) == {}


def test_a_committee_and_a_complex_of_offices_are_no_names(nlp: Language) -> None:
    text = ("Acara dibuka Ketua Panitia lalu Bupati Sorong Hendra Wijaya menutupnya di Aula Kantor Bupati, Kompleks "
            "Perkantoran Mariat.")
    assert set(people_by_name(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


def test_a_ministry_misspelt_in_a_list_of_partners_is_no_person(nlp: Language) -> None:
    text = "Gerakan itu melibatkan Kemendagri, Kementerian PUPR, Menpan RB, Bapenas dan Kantor Staf Kepresidenan."
    assert people_by_name(nlp, text, []) == {}


@pytest.mark.parametrize("text, proposed, names", [
    (("Acara dibuka oleh Plt Asisten Pemerintahan dan Kesra Pemda Sumba Timur, Bernadus mewakili Penjabat Bupati "
      "Sumba Timur, Senin (3/6/2024)."), ["Bernadus"], {"Bernadus"}),
    ("Pelatihan diikuti Kepala OPD, Tim Pelaksana Smart City, Forum Warga dan Dinas Kominfo, kata Bambang Sutrisno.",
     ["Bambang Sutrisno"], {"Bambang Sutrisno"}),
    (("Kepala Dinas Komunikasi Informatika Statistik dan Persandian (Dialog SP) Kota Magelang, Wulan Sari menerangkan "
      "rencana itu."), ["Wulan Sari"], {"Wulan Sari"}),
])
def test_words_of_offices_and_bodies_after_a_position_are_no_people(
        nlp: Language, text: str, proposed: list[str], names: set[str]) -> None:
    assert set(people_by_name(nlp, text, proposed)) == names


def test_words_of_a_campus_study_group_and_a_verb_opening_the_sentence_are_no_people(nlp: Language) -> None:
    text = ("Seminar digelar Departemen Teknik Sipil. Berperan sebagai moderator yaitu Dr. Nuraini Lestari selaku "
            "Ketua Kelompok Studi Smart City, Village & Region dan Sekretaris Departemen Teknik Sipil.")
    assert set(people_by_name(nlp, text, ["Nuraini Lestari"])) == {"Nuraini Lestari"}


def test_the_ministrys_short_form_keminfo_is_the_ministry_not_a_name(nlp: Language) -> None:
    text = ("Penjelasan itu disampaikan pejabat Direktorat Layanan Aplikasi Keminfo RI Hapni Septiana kepada "
            "para peserta di Mataram.")
    people = people_by_name(nlp, text, ["Keminfo", "Hapni Septiana"])
    assert list(people) == ["Hapni Septiana"] and people["Hapni Septiana"]["category"] == "ministry"


def test_companies_before_a_clause_naming_a_ministry_are_no_people(nlp: Language) -> None:
    text = ("Malam anugerah itu digelar oleh Citiasia inc, Telkomsel dan Datacomm sebagai penggagas dan didukung "
            "Kemendagri serta Kemenkominfo.")
    assert people_by_name(nlp, text, []) == {}


@pytest.mark.parametrize("office", ["Direktorat E-Govt", "Direktorat E-Gov", "Subdit E-Government"])
def test_an_english_short_form_of_e_government_is_no_person(nlp: Language, office: str) -> None:
    text = (f'"Kami memilih lima daerah," ujar Kepala Seksi Layanan {office} Dirjen Aptika Kementerian Komunikasi dan '
            f"Informatika (Kominfo) Rudi Hartono di Jakarta, Rabu.")
    people = people_found(nlp, text)
    assert set(people) == {"rudi hartono"}
    assert people["rudi hartono"]["category"] == "ministry"


def test_a_firms_kind_after_its_brand_is_no_person(nlp: Language) -> None:
    text = "Pemateri forum ini Budi Santoso dari Cipta Consultant yang merupakan pembimbing nasional."
    assert set(people_found(nlp, text)) == {"budi santoso"}


def test_an_acronym_spelt_out_as_another_body_still_opens_its_name(nlp: Language) -> None:
    text = "Badan Usaha Milik Daerah (BUMD) Kota Tegal berdiri lama. Direktur BUMD Sei Sembilang hadir."
    assert people_found(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Kegiatan diikuti Bagian Humas Setwan DPRD Jambi dan para wartawan.",
    "Hasil kajian disusun bersama Puslatbang KMP dan sebuah perguruan tinggi.",
])
def test_offices_written_as_one_word_are_no_people(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_the_words_of_a_liaison_sub_section_are_no_name(nlp: Language) -> None:
    text = ("Walikota Bima datang bersama Kepala Subbag Kerjasama Rantau dan Penghubung Bagian Protokol "
            "Setda Kota Bima Rudi Hartono, dan Sekretaris Diskominfo Lina Marlina.")
    people = people_found(nlp, text)
    assert set(people) == {"rudi hartono", "lina marlina"}
    assert people["rudi hartono"]["category"] == "regional_official"


def test_a_unit_word_with_two_letters_swapped_apart_is_no_name(nlp: Language) -> None:
    text = ("“Daerah itu belum mendaftar,” ujar Kasubdit Layanan Publik (LP) Direkrotat II Pemerintahan, Direktorat "
            "Jenderal Aptika Kemenkominfo, Ratna Kusumawati, kepada wartawan.")
    people = people_found(nlp, text)
    assert set(people) == {"ratna kusumawati"}
    assert people["ratna kusumawati"]["category"] == "ministry"


@pytest.mark.parametrize(("text", "kept"), [
    (("Ketua Sub Kelompok Monitoring dan Evaluasi Bidang Tata Kelola Diskominfo Kota Bogor, Andri Wijaya "
      "mengatakan penilaian berjalan lancar."), {"andri wijaya"}),
    ("Kota itu memakai aplikasi Pustaka Digital serta 10 titik Wifi Manager Service.", set()),
    ("Wali Kota menghadiri penilaian di Jakarta. (Foto : Humpro Setdako)", set()),
])
def test_english_unit_words_and_a_relations_office_are_no_names(nlp: Language, text: str, kept: set[str]) -> None:
    assert set(people_found(nlp, text)) == kept


def test_an_official_after_a_unit_with_an_english_word_keeps_the_office(nlp: Language) -> None:
    text = ("Ketua Sub Kelompok Monitoring dan Evaluasi Bidang Tata Kelola Diskominfo Kota Bogor, Andri Wijaya "
            "mengatakan penilaian berjalan lancar.")
    assert people_found(nlp, text)["andri wijaya"]["category"] == "regional_official"


# -- words of a position -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # role and topic words of a position, even when the model takes them for a name
        ("Staf Ahli Bupati Bidang Hukum dan Politik, Rahmat Hidayat, membuka acara itu.", ["Politik"],
         ["Rahmat Hidayat"]),
        ("Asisten Pemerintah Kota (Pemko) Payakumbuh, Amrul Hakim, mengatakan kota siap.", ["Pemko"],
         ["Amrul Hakim"]),
        ("Bimtek itu dihadiri Ketua Organisasi Pers dan para camat.", ["Pers"], []),
        ("Kegiatan dibuka Wakil Bupati (Wabup) Sunarto Litang di aula.", ["Wabup"], ["Sunarto Litang"]),
        # a misspelt role word is no name either
        ("Rapat dihadiri Asisten Bidang Administasi Umum Hendra Gunawan di ruang rapat.", [], ["Hendra Gunawan"]),
        ("Menteri Komunikasi dan Informastika, Yohanes Plate, membuka acara.", ["Informastika"],
         ["Yohanes Plate"]),
        # degrees after a name
        ("Program ini didampingi oleh Yusuf Hamdani, B.Sc, M.Sc, sebagai pendamping dari kementerian.", [],
         ["Yusuf Hamdani"]),
        # an agency pair written with a hyphen
        ("Rapat dihadiri perwakilan TNI-Polri dan undangan lainnya.", ["TNI-Polri"], []),
    ],
)
def test_non_names_are_vetoed(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    assert list(people_by_name(nlp, text, proposed)) == names


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        # a position inside an app's name, joined to the next app by "dan"
        ("Inovasi Lapor Mas Bupati dan Sapa Warga dipaparkan di hadapan tim asesor.", []),
        # a position that ends at a comma, a programme's name after it
        ("Menurut Sekda, program Bogor Sehat Berkah berjalan baik.", []),
    ],
)
def test_a_position_that_ends_before_the_capitalised_words(nlp: Language, text: str, proposed: list[str]) -> None:
    assert people_by_name(nlp, text, proposed) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Data penilaian diambil dari Dirjen Perimbangan Keuangan dan laporan BPK.", set()),
        ("Aturan itu terbit lewat Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.", set()),
        ("Sementara itu Ketua Forwaka Salatiga, Budi Santoso, menyambut baik acara itu.", {"Budi Santoso"}),
    ],
)
def test_one_word_between_a_position_and_the_rest_of_its_title_is_no_name(
        nlp: Language, text: str, names: set[str]) -> None:
    assert set(people_by_name(nlp, text, ["Budi Santoso"])) == names


@pytest.mark.parametrize("rank", ["Kasdim", "Kasrem"])
def test_a_military_chief_of_staff_is_a_position_not_a_person(nlp: Language, rank: str) -> None:
    text = (f"Rapat dihadiri Kadis Kominfo Drs. Anwar, {rank} 1306/Sigi Mayor Inf. Budi Santoso serta "
            "sejumlah pejabat.")
    people = people_by_name(nlp, text, ["Anwar", rank, "Budi Santoso"])
    assert set(people) == {"Anwar", "Budi Santoso"}


def test_a_functional_position_is_no_word_of_a_name(nlp: Language) -> None:
    text = "Hal itu diungkapkan Andi Saputra, Direktur Datamaju Widyaiswara Magelang selaku mitra pemkab, kemarin."
    people = people_by_name(nlp, text, ["Andi Saputra"])
    assert set(people) == {"Andi Saputra"}


def test_the_head_of_an_agency_written_kaban_is_a_position(nlp: Language) -> None:
    text = ("Naskah ditandatangani Plt Kaban Kesbangpol Markus Tambunan, Plt Kadis Pemberdayaan Perempuan Rosa "
            "Hutagalung serta Plt Kadis Perpustakaan Lina Simbolon.")
    people = people_by_name(nlp, text, ["Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"])
    assert set(people) == {"Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"}
    assert people["Markus Tambunan"]["category"] == "regional_official"


def test_a_weekday_cut_by_a_comma_and_a_functional_grade_are_no_names(nlp: Language) -> None:
    text = ("Hal itu disampaikan Kadis Kominfo Hendra Wijaya, Jum,at (22/02/2019). Ia didampingi Pejabat "
            "Fungsional Pranata Humas dan staf.")
    assert set(people_by_name(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


def test_a_verb_after_a_post_is_no_name(nlp: Language) -> None:
    text = "\"Semua data harus dipahami peserta,\" ujar Wakil Bupati Mengawali."
    assert people_found(nlp, text) == {}


def test_a_name_shaped_like_a_noun_after_a_post_stays(nlp: Language) -> None:
    text = "\"Semua data harus dipahami peserta,\" ujar Kepala Dinas Kominfo Pertiwi."
    assert set(people_found(nlp, text)) == {"pertiwi"}


@pytest.mark.parametrize("text", [
    ("Komitmen ditandatangani Kepala OPD, unsur Forkopimda, Camat, Lurah, Perguruan Tinggi, BUMN, Perbankan, Pelaku "
    "Usaha dan Komunitas."),
    "Tim pelaksana terdiri dari Akademisi, Perbankan, Perguruan Tinggi, Media serta Swasta.",
    "Turut hadir para Kepala OPD, Unsur Forkopimda dan pejabat eselon III di lingkungan Pemkab Lebak.",
    "Pria yang juga Kepala Bappeda ini menambahkan, masterplan segera rampung.",
    "Perempuan yang juga Sekda Kota Bogor ini menyampaikan harapannya.",
])
def test_words_of_common_use_in_a_list_of_posts_or_describing_a_person(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_a_name_after_a_post_and_a_comma_is_kept(nlp: Language) -> None:
    people = people_found(nlp, "Menurut Kepala Dinas Kominfo, Budi Santoso, program berjalan baik.")
    assert people["budi santoso"]["category"] == "regional_official"


# -- places and addresses ------------------------------------------------------------------------------------

def test_a_place_name_in_an_old_spelling_is_no_person(nlp: Language) -> None:
    text = ("Kepala Dinas Kominfo Kota Madiun Rudi Hartono mengatakan, kajian yang disusun tim dari UNY Djokjakarta "
            "akan segera dipakai.")
    people = people_by_name(nlp, text, ["Rudi Hartono"])
    assert set(people) == {"Rudi Hartono"}


def test_cities_of_a_world_ranking_are_no_people(nlp: Language) -> None:
    text = "Peringkat teratas indeks itu diraih Zurich, Oslo, dan Canberra, disusul Dubai."
    assert people_by_name(nlp, text, ["Zurich", "Oslo", "Dubai"]) == {}


def test_one_word_between_commas_before_a_region_is_a_place(nlp: Language) -> None:
    text = "Kegiatan itu digelar di SMA Negeri 1, Balige, Toba, pekan lalu."
    assert people_by_name(nlp, text, ["Balige"]) == {}


def test_a_word_after_a_sentence_opening_dari_or_after_di_is_a_place(nlp: Language) -> None:
    text = ("Paparan pertama selesai. Dari Wamena, Kepala Diskominfo Jayawijaya, Yohanes Rante, menjelaskan aplikasi "
            "yang dibuat setelah banjir melanda di Wamena tahun lalu.")
    people = people_by_name(nlp, text, ["Yohanes Rante"])
    assert set(people) == {"Yohanes Rante"}
    assert people["Yohanes Rante"]["category"] == "regional_official"


def test_a_bracketed_short_form_of_a_region_is_no_person(nlp: Language) -> None:
    text = "Bupati Luwu Utara (Lutra), Sekar Ayuningtyas, membuka rapat koordinasi smart city."
    people = people_by_name(nlp, text, ["Lutra", "Sekar Ayuningtyas"])
    assert set(people) == {"Sekar Ayuningtyas"}


def test_a_region_s_short_form_given_in_brackets_is_no_name_later(nlp: Language) -> None:
    text = ("Kabupaten Tana Toraja (Tator) menjalani evaluasi. Giliran berikutnya, Sekda Tator, Yohanes Rante, "
            "memaparkan program. Untuk Smart Living, Tator mengandalkan posyandu keliling.")
    people = people_by_name(nlp, text, ["Yohanes Rante"])
    assert set(people) == {"Yohanes Rante"}
    assert people["Yohanes Rante"]["category"] == "regional_official"


def test_a_region_name_cut_where_the_page_ends_is_no_person(nlp: Language) -> None:
    cut = "Para asesor memuji konsep kota cerdas sebagai penjabaran visi Wali Kota Pekanba"
    assert people_found(nlp, cut) == {}
    whole = "Para asesor memuji konsep kota cerdas sebagai penjabaran visi Wali Kota Suhendra"
    assert set(people_found(nlp, whole)) == {"suhendra"}


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
    people = people_found(nlp, text)
    assert not any(place in name for place in places for name in people), people


def test_a_name_after_a_districts_name_in_apposition_stays_a_person(nlp: Language) -> None:
    text = "Perwakilan Distrik Abepura, Yohanes Dimara, mengatakan warga mendukung program itu."
    assert "yohanes dimara" in people_found(nlp, text)


@pytest.mark.parametrize(("role", "category"), [("Camat Tanjung Sari", "regional_official"),
                                              ("Lurah Sukajadi", "regional_official"), ("Kepala Desa Sukamaju", "other"),
                                              ("Bupati Halsel", "regional_official")])
def test_the_place_after_a_heads_post_in_apposition_is_no_person(nlp: Language, role: str, category: str) -> None:
    text = f"Rapat itu berjalan lancar. {NAME}, {role}, mengatakan program itu diteruskan."
    people = people_by_name(nlp, text, [NAME])
    assert list(people) == [NAME]
    assert people[NAME]["category"] == category  # (a village's head serves no kabupaten's government)


def test_the_place_after_a_heads_post_in_brackets_is_no_person(nlp: Language) -> None:
    text = "Pertemuan itu dihadiri Budi Santoso (Camat Batu Ampar) dan sejumlah undangan."
    people = people_by_name(nlp, text, [NAME])
    assert list(people) == [NAME]
    assert people[NAME]["category"] == "regional_official"


def test_a_name_after_a_heads_post_and_place_is_still_a_person(nlp: Language) -> None:
    text = "Acara itu dihadiri Budi Santoso, Camat Sukmajaya Joko Susilo dan warga."
    people = people_by_name(nlp, text, ["Budi Santoso", "Joko Susilo"])
    assert people["Joko Susilo"]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Camat Sungai Raya, Hendri Kurniawan mengatakan warga siap. Hendri Kurniawan juga hadir.",
    "Warga menyambut Hendri Kurniawan di balai desa. Camat Rasau Jaya, Hendri Kurniawan mengatakan warga siap.",
    "Warga menyambut Hendri Kurniawan di balai desa. Lurah Kebon Jeruk, Hendri Kurniawan mengatakan warga siap.",
])
def test_a_place_between_a_region_head_and_its_holder_stays_a_place(nlp: Language, text: str) -> None:
    assert set(people_found(nlp, text)) == {"hendri kurniawan"}


@pytest.mark.parametrize("place", ["di Aula Kantor Bupati Bukit Merah Indah", "di Kantor Bupati, Gunung Merah Indah"])
def test_the_place_of_an_office_is_no_person(nlp: Language, place: str) -> None:
    text = f"Bimtek masterplan smart city digelar {place}, dibuka Kepala Diskominfo Budi Santoso."
    name = place.split(", ")[-1].removeprefix("di Aula Kantor Bupati ")
    assert set(people_by_name(nlp, text, [name, "Budi Santoso"])) == {"Budi Santoso"}


def test_the_holder_after_an_office_of_a_body_keeps_the_name(nlp: Language) -> None:
    text = "Kepala Kantor Pertanahan Budi Santoso membuka rapat smart city."
    assert set(people_by_name(nlp, text, ["Budi Santoso"])) == {"Budi Santoso"}


@pytest.mark.parametrize("text", [
    "Rapat itu digelar di aula lantai tiga kantor Bupati Balige, Selasa (8/3/2022).",
    "Rapat itu digelar di aula lantai tiga kantor\nBupati Balige, Selasa (8/3/2022).",
    "Tim berkumpul di kantor Wali Kota Sentani sejak pagi.",
])
def test_the_place_after_an_office_in_lower_case_is_no_person(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_the_holder_after_a_post_and_its_region_stays_after_kantor(nlp: Language) -> None:
    text = "Warga hadir di kantor Bupati Garut Rudy Gunawan pagi itu."
    assert set(people_found(nlp, text)) == {"rudy gunawan"}


def test_a_building_named_after_a_person(nlp: Language) -> None:
    text = "Bertempat di Balai Rakyat Haji Rudi Hartono, sosialisasi itu diikuti puluhan peserta."
    assert people_by_name(nlp, text, ["Rudi Hartono"]) == {}


@pytest.mark.parametrize(("text", "people"), [
    (("Rapat digelar di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8/2019). Bupati Lingga Muhammad Nizar "
     "membuka acara."), {"muhammad nizar"}),
    ("Acara berlangsung di Kantor Gubernur Kepri, Dompak, Selasa (3/9/2019). Gubernur Kepri Nurdin Basirun hadir.",
     {"nurdin basirun"}),
    ("Bimtek tahap kedua digelar di kantor Wali Kota Dumai, Purnama, Rabu (11/9/2019).", set()),
    ("Sambutan disampaikan di Hotel Nirwana, Candidasa, Karangasem, Kamis (6/7/2023).", set()),
])
def test_the_address_after_a_venue_before_the_day_names_places(nlp: Language, text: str, people: set[str]) -> None:
    assert set(people_found(nlp, text)) == people


def test_a_holder_named_after_a_venue_and_a_position_is_kept(nlp: Language) -> None:
    text = "Rapat dipimpin di Pendopo, Wakil Bupati Sutrisno, Senin (3/4/2023) membuka acara."
    assert people_found(nlp, text)["sutrisno"]["category"] == "regional_official"


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
    assert set(people_found(nlp, text)) == {name}


def test_a_part_of_the_address_before_the_day_is_still_a_place(nlp: Language) -> None:
    text = "Kegiatan berlangsung di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8)."
    assert people_found(nlp, text) == {}


# -- headlines and page furniture ----------------------------------------------------------------------------

def test_a_headline_with_a_bracketed_tail_is_still_a_headline(nlp: Language) -> None:
    text = "Bupati Sigi Rudi Hartono Luncurkan Aplikasi Warga Cerdas (Video)\n\nAplikasi itu dipakai warga."
    assert people_by_name(nlp, text, []) == {}


@pytest.mark.parametrize("headline", [
    'Walikota Bitung Apresiasi Evaluasi Kota Cerdas " Bitung Raih Kategori A"',
    "Bupati Sikka Sambut Tim Asesor “ Sikka Raih Predikat Baik”",
    "Wali Kota Tual Tinjau Command Center 'Tual Dorong Layanan Digital'",
])
def test_a_headline_closing_with_a_quote_is_still_a_headline(nlp: Language, headline: str) -> None:
    text = f"{headline}\n\nWali Kota Bitung Maurits Mantiri membuka acara itu di balai kota, Senin."
    assert set(people_found(nlp, text)) == {"maurits mantiri"}


@pytest.mark.parametrize("verb", ["Apresiasi", "Raih", "Dukung", "Resmikan"])
def test_a_headlines_bare_verb_is_no_name(nlp: Language, verb: str) -> None:
    text = f"Program itu berjalan.\nBupati Gorontalo Hendra Saputra {verb} Sistem Digital yang digagas warga desa\n"
    assert not any(verb.lower() in name for name in people_found(nlp, text))


@pytest.mark.parametrize("verb", ["Ikuti", "Terima", "Gelar", "Tandatangani", "Sabet", "Sambangi", "Siap"])
def test_a_headlines_bare_verb_after_the_name_is_no_name(nlp: Language, verb: str) -> None:
    # "X Ikuti Asesmen ...": a headline's verb without its prefix, right after the name it follows
    text = f"Hendra Saputra {verb} Evaluasi Smart City Tahap II\n\nWali Kota Bitung Maurits Mantiri membuka acara itu."
    assert not any(verb.lower() in name for name in people_found(nlp, text))


def test_a_title_case_headline_keeps_its_names_out(nlp: Language) -> None:
    text = "Wali Kota Batam Hadiri Rapat Evaluasi Smart City Bersama Tim Kominfo\n\nPemko Batam menggelar rapat."
    assert people_found(nlp, text) == {}


@pytest.mark.parametrize("tail", [
    "menyampaikan, Pemko Bata",
    "mengatakan bahwa Pemkot",
])
def test_a_line_cut_off_at_the_page_end_is_no_headline(nlp: Language, tail: str) -> None:
    text = ("Ia pun mengapresiasi Kementerian Kominfo.\n\nSementara itu, Kepala Dinas Komunikasi dan Informatika "
            f"(Kominfo) Kota Batam, Rudi Sakyakirti, {tail}")
    assert people_found(nlp, text)["rudi sakyakirti"]["category"] == "regional_official"


@pytest.mark.parametrize("link", [
    "Aa Read Next : Menteri Tinjau Banjir di Demak",
    "read next: Gubernur Tinjau Banjir di Pantura",
    "Read More : Harga Cabai Naik Jelang Lebaran",
    "Ab Baca Juga: Gubernur Sambut Tamu Negara",
])
def test_a_link_to_another_story_names_no_one(nlp: Language, link: str) -> None:
    text = f"{link}\n\nPemkab Tuban menerima penghargaan. Bupati Tuban Ahmad Fauzi Rahman hadir di Jakarta."
    assert set(people_found(nlp, text)) == {"ahmad fauzi rahman"}


def test_a_timed_list_of_latest_headlines_names_no_one(nlp: Language) -> None:
    text = ("Beranda   |   21:00 . Warga Gotong Royong Bersihkan Sungai di Desa Sumberejo   |   20:00 . Rudi Hartono "
            "Resmikan Pasar Baru   |   19:00 . Banjir Rendam Sawah di Sumberejo, Petani Merugi   |   18:00 . Kang "
            "Yoto Sapa Petani di Balen   |   17:00 . Ratusan Peserta Ikuti Jalan Sehat   |   16:00 . Api dari Tungku "
            "Hanguskan Gudang di Kedungadem   |\nKamis, 12 Juli 2018\n"
            "Bupati Tuban Suyanto membuka rapat evaluasi kota cerdas bersama tim dari Kementerian Kominfo.")
    assert set(people_found(nlp, text)) == {"suyanto"}


# -- common words, products, events and mottos ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "proposed", "word"), [
    ("Evaluasi berjalan lancar di Kota Sukamaju.\nLanjutnya, pemimpin daerah harus memberi contoh.", ["Lanjutnya"],
     "Lanjutnya"),
    ("Paparan inovasi selesai pukul sepuluh.\nLalu, Pj Bupati menambahkan bahwa aplikasi itu dipakai.", ["Lalu"],
     "Lalu"),
])
def test_a_sentence_opener_is_no_person(nlp: Language, text: str, proposed: list[str], word: str) -> None:
    assert word not in people_by_name(nlp, text, proposed)


@pytest.mark.parametrize("text", [
    "Data itu dihimpun oleh Peneliti Lembaga Ilmu Pengetahuan Nusantara (LIPN) sejak tahun lalu.",
    "Menurut Peneliti Lembaga Ilmu Pengetahuan Nusantara, data itu dihimpun sejak tahun lalu.",
])
def test_a_word_of_an_organisations_name_is_no_person(nlp: Language, text: str) -> None:
    assert "Ilmu" not in people_by_name(nlp, text, [])


def test_a_word_of_a_title_before_an_acronym_is_no_person(nlp: Language) -> None:
    name = "Hendra Wijaya"
    text = f"Kajian itu disusun bersama. Tim Peneliti Utama IKCN, {name}, mengatakan indeks disusun dari data terbuka."
    assert set(people_by_name(nlp, text, [name])) == {name}


def test_an_english_product_word_is_no_person(nlp: Language) -> None:
    text = "Ruang kendali itu memakai Dashboard Kota.\nService menampilkan data pengaduan warga setiap hari."
    assert "Service" not in people_by_name(nlp, text, ["Service"])


def test_an_outlets_word_is_no_person(nlp: Language) -> None:
    text = "Sukamaju, Vox Kota - Pemerintah Kota Sukamaju menggelar evaluasi tahap kedua."
    assert "Vox" not in people_by_name(nlp, text, ["Vox"])


@pytest.mark.parametrize(("text", "name"), [
    ("Narasumber rapat itu Prof Dana dari Universitas Nusantara serta para tenaga ahli kementerian.", "Dana"),
    ("Rapat dihadiri banyak pihak.\nKepala Bappeda Kota Bontang Murni mengatakan, kota itu siap dinilai.", "Murni"),
])
def test_a_one_word_name_after_a_title_or_position_is_kept(nlp: Language, text: str, name: str) -> None:
    assert name in people_by_name(nlp, text, [name])


def test_a_one_word_name_that_is_no_common_word_after_a_speech_verb_is_kept(nlp: Language) -> None:
    text = "Rapat dihadiri banyak pihak.\n\"Kami siap dinilai,\" kata Wartini, warga Sukamaju."
    assert "Wartini" in people_by_name(nlp, text, ["Wartini"])


def test_the_generator_keeps_frequent_words_rarely_tagged_a_person(tmp_path: Path) -> None:
    # "lalu" 3 times, never a person; "budi" 3 times, always one; "dana" only twice; "kaya" 11 times, once a
    # person (9 %); "jaya" 10 times, once a person (10 %); "warta" 5 times, but only in test.tsv
    _write_corpus(tmp_path / "nerp" / "train.tsv", [("lalu", "O"), ("budi", "B-PPL"), ("", ""), ("Lalu", "O"),
                                                    ("dana", "O"), ("12", "O"), ("12", "O"), ("12", "O")])
    _write_corpus(tmp_path / "nerp" / "valid.tsv", [("lalu", "O"), ("budi", "B-PPL"), ("dana", "O")])
    _write_corpus(tmp_path / "nergrit" / "train.tsv", [("Budi", "B-PERSON"), ("", ""),
                                                       *[("kaya", "O")] * 10, ("Kaya", "B-PERSON"),
                                                       *[("jaya", "O")] * 9, ("Jaya", "I-PERSON")])
    _write_corpus(tmp_path / "nergrit" / "valid.tsv", [("", "")])
    _write_corpus(tmp_path / "nergrit" / "test.tsv", [("warta", "O")] * 5)
    _write_corpus(tmp_path / "nerp" / "test.tsv", [("warta", "O")] * 5)
    out = tmp_path / "common_words.txt"
    assert write_common_words(tmp_path, out) == ["kaya", "lalu"]
    lines = out.read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "NERP" in header and "NERGrit" in header and "Apache" in header and "at least 3" in header
    assert [line for line in lines if not line.startswith("#")] == ["kaya", "lalu"]
    sentences = read_conll(tmp_path / "nergrit" / "train.tsv")
    assert common_words(sentences, min_count=3, max_person_share=0.2) == ["jaya", "kaya"]


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Turnamen itu memperebutkan Piala Bupati Bima di Kejuaraan daerah tahun ini.", []),
        ("Penilaian melibatkan Bappenas, Kemenko Perekonomian, KemenPUPR dan Kantor Staf Presiden.", []),
        ("Bimtek dibuka Sekda Kota Bima, Ir. Arman Setiawan, M. Si., di aula kantor.", ["Arman Setiawan"]),
        ("Kegiatan itu diprakarsai Ketua Asosiasi Pemerintah Kabupaten Seluruh Indonesia di Jakarta.", []),
        ("Kepala Dinas Kominfo Kabupaten Bima Arman Setiawan menyampaikannya Jum’at (18/01/19).", ["Arman Setiawan"]),
        ("Penulis : EN\nKota itu siap dinilai bulan depan.", []),
    ],
)
def test_words_that_only_look_like_names(nlp: Language, text: str, proposed: list[str]) -> None:
    assert list(people_by_name(nlp, text, proposed)) == proposed


def test_a_verb_opening_the_sentence_before_sebagai_is_no_name(nlp: Language) -> None:
    text = "Tampil sebagai narasumber adalah Pembimbing Smart City Kementerian Kominfo, Rina Wulandari."
    people = people_by_name(nlp, text, ["Tampil", "Rina Wulandari"])
    assert list(people) == ["Rina Wulandari"] and people["Rina Wulandari"]["category"] == "assessor"


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Kota itu mengembangkan Teluk Lautku, aplikasi lelang ikan bagi nelayan.", ["Teluk Lautku"]),
        ("Salah satunya Panrita Kayu Digital, etalase daring bagi perajin.", ["Panrita Kayu"]),
        ("Program unggulan:\n2. Smart Branding: Dara Warisan dan Jejak Tambang\n", ["Dara Warisan"]),
        # local words naming the programme's parts, each glossed with its dimension in brackets
        ("Konsepnya terdiri dari Lumio Tanga (smart mobility), Bawota (smart care) dan Sinaruka (smart service).",
         ["Lumio Tanga", "Bawota", "Sinaruka"]),
        ("Diterbitkan: Kamis, 15 Agustus 2024 | Oleh: Admin Diskominfo\nRombongan Tim Evaluator tiba di kantor.",
         ["Admin", "Rombongan"]),
    ],
)
def test_apps_and_desk_names_are_not_people(nlp: Language, text: str, proposed: list[str]) -> None:
    assert people_by_name(nlp, text, proposed) == {}


def test_speakers_after_a_title_with_smart_city_and_a_colon_are_people(nlp: Language) -> None:
    # "Smart City:" opens a title's subtitle, no dimension's label filing the line's names as innovations
    text = ("Lembaga itu menggelar webinar bertajuk “Menuju Smart City: Tantangan dan Peluang” yang menghadirkan "
            "narasumber Budi Santoso dan Sari Dewi.")
    assert sorted(people_by_name(nlp, text, ["Budi Santoso", "Sari Dewi"])) == ["Budi Santoso", "Sari Dewi"]


def test_a_foundation_the_model_proposes_is_no_person(nlp: Language) -> None:
    text = "Lembaga kajian itu bekerja sama dengan Karsa Mandiri Foundation menggelar diskusi daring."
    assert people_by_name(nlp, text, ["Karsa Mandiri Foundation"]) == {}


def test_an_app_named_before_its_description_is_still_no_person(nlp: Language) -> None:
    # the product word still files a name that no post introduces as an app
    text = "Bupati meluncurkan Sipandu, aplikasi layanan warga, pekan lalu."
    assert "sipandu" not in people_found(nlp, text)


def test_a_service_outlet_the_model_proposes_is_no_person(nlp: Language) -> None:
    # "Gerai" (an outlet, a service counter) opens the name of a place or a service, never of a person
    assert people_by_name(nlp, "“Kedua, Gerai Akta Keliling yang menyambangi desa,” katanya.", ["Gerai Akta Keliling"]) == {}


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan pada acara Closing Ceremony Gerakan Menuju Smart City di Jakarta.",
    "Tim Smart City Kota Bogor hadir di paseban Sri Bima Setdakot Bogor.",
])
def test_event_and_venue_words_are_no_people(nlp: Language, text: str) -> None:
    assert people_by_name(nlp, text, ["Closing Ceremony", "Sri Bima"]) == {}


def test_the_english_words_of_an_events_name_are_no_people(nlp: Language) -> None:
    text = "Piala diserahkan Menteri Kominfo, Budi Harsono pada Acara Exhibition, Evaluation dan Awarding di Jakarta."
    assert set(people_found(nlp, text)) == {"budi harsono"}


def test_a_word_after_smart_is_a_dimension_not_a_name(nlp: Language) -> None:
    text = ("Dimensinya yakni Smart Governance, Smart Branding, Smart Economy dan Smart Living. Hendra Wijaya selaku "
            "pembimbing menjelaskan hal itu.")
    assert set(people_by_name(nlp, text, ["Hendra Wijaya", "Branding"])) == {"Hendra Wijaya"}


@pytest.mark.parametrize("proposed", [["Pelaksanaan"], []])
def test_a_long_noun_of_pe_or_ke_and_an_is_no_name(nlp: Language, proposed: list[str]) -> None:
    text = ("Rapat itu dihadiri Staf Ahli Kepresidenan RI Hendra Wijaya bersama Dirjen Aptika Kominfo RI. "
            "Pelaksanaan rapat berlangsung lancar.")
    assert set(people_by_name(nlp, text, ["Hendra Wijaya", *proposed])) == {"Hendra Wijaya"}


@pytest.mark.parametrize("noun", ["batik", "motif"])
def test_a_batik_motif_is_no_person(nlp: Language, noun: str) -> None:
    text = f"Ruang kendali itu dihias {noun} Mega Mendung khas Cirebon, kata Hendra Wijaya."
    assert set(people_by_name(nlp, text, ["Mega Mendung", "Hendra Wijaya"])) == {"Hendra Wijaya"}


@pytest.mark.parametrize("text, proposed", [
    ("Peringkat Jakarta tersalip oleh Ho Chi Minh, Vietnam, kata peneliti Bambang Sutrisno.",
     ["Ho Chi Minh", "Bambang Sutrisno"]),
    ("Penandatanganan MoU antara kepala daerah Kab/Kota dengan kementerian, kata Bambang Sutrisno.",
     ["Kab", "Bambang Sutrisno"]),
    ("Advertisement - Scroll ke atas\nMenurut Bambang Sutrisno, kota sudah siap.",
     ["Advertisement Scroll", "Bambang Sutrisno"]),
    ("Program olah abu (Limbah Non B3 Fly Ash serta Bottom Ash PLTU) diceritakan Bambang Sutrisno.",
     ["Limbah Non B3 Fly Ash", "Bottom Ash", "Bambang Sutrisno"]),
    ("Warga mengeluhkan Zebra Cross yang pudar, kata Bambang Sutrisno.", ["Zebra Cross", "Bambang Sutrisno"]),
    ("Tim asesor berasal dari Kementerian Kominfo, Kemeterian Keuangan, dan akademisi, kata Bambang Sutrisno.",
     ["Kemeterian Keuangan", "Bambang Sutrisno"]),
])
def test_words_that_are_never_names(nlp: Language, text: str, proposed: list[str]) -> None:
    assert set(people_by_name(nlp, text, proposed)) == {"Bambang Sutrisno"}


@pytest.mark.parametrize("text, proposed, word", [
    ("Menurut Bambang Sutrisno, misi kota berbasis Tri Hita Karana.", ["Bambang Sutrisno", "Tri Hita Karana"],
     "Karana"),
    ("Menurut Bambang Sutrisno, kota bekerja dengan spirit Sewaka Darma.", ["Bambang Sutrisno", "Sewaka Darma"],
     "Sewaka"),
    (("Sementara itu, Bambang Sutrisno selaku narasumber dari Konsultan Mitra Asia Internasional, mengatakan "
     "bimtek berlangsung empat tahap."), ["Bambang Sutrisno", "Mitra Asia Internasional"], "Internasional"),
])
def test_words_that_belong_to_no_name(nlp: Language, text: str, proposed: list[str], word: str) -> None:
    people = people_by_name(nlp, text, proposed)
    assert "Bambang Sutrisno" in people
    assert not any(word in name for name in people)


@pytest.mark.parametrize("text, proposed", [
    ("Menurut Bambang Sutrisno, misi kota berbasis Tri Hita Karana.", ["Bambang Sutrisno", "Tri Hita Karana"]),
    ("Menurut Bambang Sutrisno, kota bekerja dengan spirit Sewaka Darma.", ["Bambang Sutrisno", "Sewaka Darma"]),
])
def test_a_model_span_holding_a_word_that_is_never_a_name_proposes_no_person(
        nlp: Language, text: str, proposed: list[str]) -> None:
    assert set(people_by_name(nlp, text, proposed)) == {"Bambang Sutrisno"}


@pytest.mark.parametrize("text", [
    "Visi Kota Langsa adalah menjadi kota pintar Islami yang melayani.",
    "Surat dikirim lewat Direktorat Jenderal (Dirjen) Otonomi Daerah kepada pemkot.",
])
def test_words_of_a_vision_or_a_directorate_are_no_people(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_an_agreement_and_a_news_agency_are_no_people(nlp: Language) -> None:
    text = ("Dengan komitmen kampus dan Kemendagri dari MoU, Direktur Evaluasi Kinerja Daerah, Gunadi mengatakan "
            "pelatihan dimulai. (ANTARA/Budi)")
    people = people_by_name(nlp, text, ["MoU", "Gunadi"])
    assert "MoU" not in people and "ANTARA" not in people


def test_a_decrees_number_is_no_name(nlp: Language) -> None:
    text = "Tugas dewan tercantum dalam Surat Keputusan Bupati Sleman No.412 Tahun 2023 tentang Dewan Kota Cerdas."
    assert people_by_name(nlp, text, []) == {}


# -- titles and degrees alone ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "person"),
    [
        # degrees without dots after one official, in a list of officials: the last degree is no one
        (("Turut hadir Kepala Dinas Kominfo Warsono Adi SSTP Msi, Kepala Dinas PUPR Budiman Ssos MPA, Kepala Dinas "
         "Dukcapil DR Hartono Wijaya MPd dan para camat."), "warsono adi"),
        # titles run together with dots before the name: they are no person of their own
        (("Rektor Institut Teknologi Nusa Jaya, Prof.DR.IR. Harjono Wibisono menilai, kota cerdas tidak harus serba "
         "canggih."), "harjono wibisono"),
    ],
)
def test_honorifics_and_degrees_alone_are_no_person(nlp: Language, text: str, person: str) -> None:
    found = people_found(nlp, text)
    assert person in found
    assert not [name for name in found if all(part in {"prof", "dr", "ir", "msi", "ssos", "mpa", "sstp", "mpd"}
                                              for part in name.replace(".", " ").split())], found


@pytest.mark.parametrize("text", [
    "Ketua Tim Penggerak PKK Kabupaten Sleman, Rina Wulandari, membuka lomba aplikasi desa.",
    "Ketua TP PKK Kota Batu, Rina Wulandari, membuka lomba aplikasi desa.",
])
def test_the_words_of_the_pkk_chair_are_a_post_not_a_name(nlp: Language, text: str) -> None:
    found = people_found(nlp, text)
    assert set(found) == {"rina wulandari"}
    assert found["rina wulandari"]["category"] == "other"


@pytest.mark.parametrize("text", [
    "Pemkot Bandung menyiapkan aplikasi Pak Ogah untuk mengatur parkir.",
    "Rapat kota cerdas digelar.\nLayanan Pak Ogah daring milik Pemkab Sleman mendapat apresiasi tim penilai.",
    "Inovasi Si Bening lahir dari aplikasi Mbak Rara yang lebih dulu dipakai warga.",
    "Warga bisa memakai aplikasi \"Mbok Darmi\" dari ponsel.",
])
def test_a_name_right_after_an_app_word_is_the_app(nlp: Language, text: str) -> None:
    assert people_found(nlp, text) == {}


def test_a_post_with_a_service_word_still_names_its_holder(nlp: Language) -> None:
    # guard: "Layanan" capitalised inside a post is the office's, no app's
    found = people_found(nlp, "Menurut Kasi Layanan Rini Astuti, data warga sudah siap.")
    assert found["rini astuti"]["category"] == "regional_official"


def test_the_app_word_before_a_name_reads_hostile_input_in_linear_time() -> None:
    from extractor.nlp.people.finder import APP_BEFORE
    assert APP_BEFORE.search("aplikasi" + " " * 50_000 + "x") is None
    assert APP_BEFORE.search(". " * 25_000 + "x") is None
