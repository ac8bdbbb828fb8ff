"""People: where a person's name starts and ends.

A person's name is the name alone. Honorifics, academic and religious titles, degrees (however they are typed)
and ranks stay out of it; initials, a middle "I" or "V", a last initial, an apostrophe and the name's words
written in lower case stay in it; a verb, a conjunction, a preposition or a kinship word next to it, and a
region, a body or a post before it, are no part of it; a name wrapped over a line stays whole. A name with no
title at all is cued by a speech verb or proposed by the trained model.

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
    doc_with_proposals,
    people_as_written,
    people_by_name,
    people_found,
    people_mentions,
)
from spacy.language import Language

NAME = "Budi Santoso"


# -- honorifics, titles, degrees and ranks stay out of the name ----------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acara dibuka oleh Dr. Ir. H. Ahmad Fauzi, M.T. di aula kantor.", "Ahmad Fauzi"),
        ("Hadir pula Hj. Siti Rahma, S.E., M.Si. dalam rapat itu.", "Siti Rahma"),
        ("Rapat dipimpin Dedi Kurniawan ST MM di ruang sekda.", "Dedi Kurniawan"),
        ("Materi disampaikan Drs. Hendra Wiratama, S.IP. kepada peserta.", "Hendra Wiratama"),
        ("Paparan dibawakan Prof. Dr. Lestari Wulandari, M.Kom. dengan runtut.", "Lestari Wulandari"),
    ],
)
def test_name_without_honorifics_and_degrees(nlp: Language, text: str, name: str) -> None:
    assert list(people_as_written(nlp, text)) == [name]


def test_honorifics_glued_to_each_other(nlp: Language) -> None:
    text = "Hadir pula Kepala Dinas Kominfo Kota Madiun Drs.H. M. Rudi Hartono, M.AP dalam rapat itu."
    found = people_by_name(nlp, text, ["M. Rudi Hartono"])
    assert list(found) == ["M. Rudi Hartono"]
    assert found["M. Rudi Hartono"]["category"] == "regional_official"


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("Wali Kota Cilegon, Capt. Rahmat Hidayat, membuka rapat kota cerdas.", "Rahmat Hidayat", "regional_official"),
        ("Wali Kota Cilegon Capt. Rahmat Hidayat membuka rapat kota cerdas.", "Rahmat Hidayat", "regional_official"),
        ("Pj Bupati Letkol Inf. Arif Setiawan membuka rapat kota cerdas di Kabupaten Sleman.", "Arif Setiawan",
         "regional_official"),
        ("Rapat dibuka oleh Dandim Kol. Inf. Bayu Pratama bersama pemkab.", "Bayu Pratama", "other"),
        ("Hadir pula Letkol Arh Dimas Saputra dalam rapat kota cerdas.", "Dimas Saputra", "other"),
    ],
)
def test_military_ranks_and_corps_stay_out_of_the_name(nlp: Language, text: str, name: str, category: str) -> None:
    found = people_as_written(nlp, text)
    assert list(found) == [name]
    assert found[name]["category"] == category


# -- the Balinese "I" opening a name is the name's, no post's number ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "proposed", "name"),
    [
        ("Acara itu dibuka oleh Bupati Gianyar I Made Mahayastra di balai desa.", "Made Mahayastra",
         "I Made Mahayastra"),
        ("Wakil Bupati Tabanan I Komang Gede Sanjaya dan Sekda I Gede Susila hadir dalam rapat itu.", "Gede Susila",
         "I Gede Susila"),
        ('"Kami terus berbenah," kata I Wayan Koster di sela acara peluncuran aplikasi.', "Wayan Koster",
         "I Wayan Koster"),
        ("Materi disampaikan Kabid Aptika Diskominfo Tabanan I Kt. Suarta, S.Kom. kepada peserta.", "Kt. Suarta",
         "I Kt. Suarta"),
        ("Kepala Dinas Kominfo Bangli, I wayan Dirgayusa mengatakan kesepakatan itu penting.", "wayan Dirgayusa",
         "I wayan Dirgayusa"),
    ],
)
def test_balinese_i_opens_the_name(nlp: Language, text: str, proposed: str, name: str) -> None:
    assert name in people_by_name(nlp, text, [proposed])


# -- a title of caste opening a name right after a post is the name's, no region's short form -------------------

@pytest.mark.parametrize(
    ("text", "proposed", "name"),
    [
        ("Menurut dia, Wali Kota Ida Bagus Rai Dharmawijaya Mantra ingin semua desa ikut.",
         "Bagus Rai Dharmawijaya Mantra", "Ida Bagus Rai Dharmawijaya Mantra"),
        ("Rapat itu dibuka Bupati Anak Agung Gde Mayun di balai desa.", "Agung Gde Mayun", "Anak Agung Gde Mayun"),
        ("Pelatihan dibuka oleh Bupati Sang Nyoman Sedana Arta pagi tadi.", "Nyoman Sedana Arta",
         "Sang Nyoman Sedana Arta"),
    ],
)
def test_a_title_of_caste_after_a_post_opens_the_name(nlp: Language, text: str, proposed: str, name: str) -> None:
    assert list(people_by_name(nlp, text, [proposed])) == [name]


def test_a_regions_short_form_before_a_name_the_model_starts_later_stays_out(nlp: Language) -> None:
    text = "Pelatihan dibuka oleh Bupati Kolut Hasan Basri pagi tadi."
    assert list(people_by_name(nlp, text, ["Hasan Basri"])) == ["Hasan Basri"]


# -- a hyphen inside one person's name joins its parts; only a pair's cue makes it two people ---------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala Dinas Kominfo Kota Bitung, Hendrik R. Kaunang-Rumengan, mendampingi wali kota dalam sesi itu.",
         "Hendrik R. Kaunang-Rumengan"),
        ("Rapat itu dihadiri Kabid E-Government Nur-Hidayah Umasugi di ruang rapat.", "Nur-Hidayah Umasugi"),
        ("Kepala Diskominfo Kota Pariaman Siti Nur-Aini mengatakan evaluasi berjalan lancar.", "Siti Nur-Aini"),
    ],
)
def test_a_hyphenated_name_is_one_person(nlp: Language, text: str, name: str) -> None:
    people = people_by_name(nlp, text, [name])
    assert list(people) == [name]
    assert people[name]["category"] == "regional_official"


def test_a_one_word_hyphenated_name_the_model_covers_in_part_is_a_person(nlp: Language) -> None:
    text = "Dalam acara itu, Nur-Aini mengatakan kota cerdas penting bagi warga."
    assert list(people_by_name(nlp, text, ["Aini"])) == ["Nur-Aini"]


def test_a_hyphen_after_a_pairs_word_joins_two_people(nlp: Language) -> None:
    text = "Pasangan Bupati dan Wakil Bupati Bima, Indah Dhamayanti-Dahlan Yasin hadir di acara itu."
    assert {"Indah Dhamayanti", "Dahlan Yasin"} <= set(people_by_name(nlp, text, ["Indah Dhamayanti", "Dahlan Yasin"]))


def test_roman_i_after_a_numbered_post_stays_the_posts(nlp: Language) -> None:
    text = "Rapat dipimpin Ketua Komisi I Nyoman Adnyana di ruang rapat DPRD."
    assert list(people_by_name(nlp, text, ["Nyoman Adnyana"])) == ["Nyoman Adnyana"]


def test_police_ranks_are_titles(nlp: Language) -> None:
    text = "Acara itu dihadiri Kapolda Jateng Irjen Pol Ahmad Luthfi beserta jajaran."
    assert list(people_by_name(nlp, text, ["Ahmad Luthfi"])) == ["Ahmad Luthfi"]


def test_an_honorific_inside_the_words_after_a_head_of_region_opens_the_name(nlp: Language) -> None:
    text = "Acara dibuka Wakil Bupati Tabul H Darmawan Sutejo di aula kantor bupati."
    people = people_by_name(nlp, text, ["Darmawan Sutejo"])
    assert set(people) == {"Darmawan Sutejo"}
    assert people["Darmawan Sutejo"]["category"] == "regional_official"


def test_the_pilgrims_title_glued_to_initials_keeps_the_position(nlp: Language) -> None:
    text = "Penghargaan diterima Bupati Maros H.A.M. Rusdi Tanra, S.IP., M.H pada acara itu."
    people = people_by_name(nlp, text, [])
    assert set(people) == {"A.M. Rusdi Tanra"}
    assert people["A.M. Rusdi Tanra"]["category"] == "regional_official"
    assert people["A.M. Rusdi Tanra"]["region"] == "Kabupaten Maros"


def test_a_german_doctorate_after_dr_is_a_title_not_a_person(nlp: Language) -> None:
    text = ("Sambutan disampaikan Dekan Fakultas Teknik, Prof. Dr. Rer.Nat. Yusuf Hadi Purnomo, S.Si., M.Sc., yang "
            "berharap kerja sama berlanjut.")
    people = people_by_name(nlp, text, ["Yusuf Hadi Purnomo"])
    assert set(people) == {"Yusuf Hadi Purnomo"}
    assert people["Yusuf Hadi Purnomo"]["role"] == "Dekan Fakultas Teknik"


@pytest.mark.parametrize("text", [
    "Pada acara itu hadir narasumber Profesor Suhono Harso Supangkat yang memaparkan buku II.",
    "Ketua tim ahli, Profesor Suhono Harso Supangkat, menyampaikan hasil penilaian.",
    "Menurut Professor Suhono Harso Supangkat, kota itu sudah siap.",
])
def test_the_title_profesor_spelt_out_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    assert set(people_found(nlp, text)) == {"suhono harso supangkat"}


def test_the_minangkabau_title_after_the_name_is_no_part_of_it(nlp: Language) -> None:
    text = "Nota kesepahaman diteken Bupati Agam Rudi Hartono Dt. Rajo Mangkuto di Jakarta, Senin."
    people = people_by_name(nlp, text, ["Rudi Hartono Dt. Rajo Mangkuto"])
    assert set(people) == {"Rudi Hartono"}
    assert people["Rudi Hartono"]["category"] == "regional_official"


def test_a_degree_in_mixed_case_after_the_name_is_no_person(nlp: Language) -> None:
    text = "Kepala Dinas Kominfo Provinsi Jambi, Dr Wulan Sari Dewi, SSi, MSi, membuka rapat itu."
    assert set(people_by_name(nlp, text, ["Wulan Sari Dewi"])) == {"Wulan Sari Dewi"}


def test_a_french_postgraduate_degree_is_no_part_of_the_name(nlp: Language) -> None:
    text = f"Acara itu ramai.\nRektor ITB Prof Dr. {NAME} DEA dalam paparannya mengungkapkan hasil survei."
    assert NAME in people_by_name(nlp, text, [NAME])


@pytest.mark.parametrize("text", [
    "Forum dibuka Wali Kota Tarakan dr. Hj. Sinta Maharani, Sp.OG, di ruang rapat.",
    "Forum dibuka Wali Kota Tarakan Sinta Maharani SpOG di ruang rapat.",
])
def test_a_medical_specialists_degree_is_no_person(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert set(people) == {"sinta maharani"}
    assert people["sinta maharani"]["category"] == "regional_official"


def test_a_degree_typed_with_a_comma_is_no_person(nlp: Language) -> None:
    text = "Hal itu disampaikan Kabid TIK Dinas Kominfo Kota Bima Rahmat Hidayat S,Kep kepada wartawan."
    people = people_found(nlp, text)
    assert set(people) == {"rahmat hidayat"}
    assert people["rahmat hidayat"]["category"] == "regional_official"


def test_a_degree_with_its_letters_spaced_leaves_the_name(nlp: Language) -> None:
    text = "Piala diserahkan guru besar teknik informatika ITB Prof Dr Ir Bambang Riyanto M Eng disaksikan pejabat."
    assert set(people_found(nlp, text)) == {"bambang riyanto"}


def test_a_titled_name_after_a_bodys_acronym_with_a_spaced_degree(nlp: Language) -> None:
    text = ("Penyerahan itu langsung dilakukan guru besar teknik elektro ITB Prof Dr Ir Hendra Wijaya Kusuma M Eng "
            "disaksikan para kepala daerah.")
    people = people_found(nlp, text)
    assert set(people) == {"hendra wijaya kusuma"}
    assert people["hendra wijaya kusuma"]["affiliation"] == "Institut Teknologi Bandung"


# -- initials, numerals and apostrophes stay in the name -----------------------------------------------------

def test_initials_stay_in_the_name(nlp: Language) -> None:
    found = people_by_name(nlp, "Walikota Manado G.S. Budi Lumentut membuka acara itu.", ["Budi Lumentut"])
    assert list(found) == ["G.S. Budi Lumentut"]
    assert found["G.S. Budi Lumentut"]["category"] == "regional_official"


def test_a_stray_dot_after_a_first_name(nlp: Language) -> None:
    text = "Tim penilai terdiri dari dua orang yaitu Bagus. R. Santoso dari ITB dan Sari Wulandari dari UGM."
    found = people_by_name(nlp, text, ["Santoso", "Sari Wulandari"])
    assert list(found) == ["Bagus R. Santoso", "Sari Wulandari"]
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_a_middle_initial_i_is_no_roman_numeral(nlp: Language) -> None:
    text = "Evaluasi dipimpin ketua tim asesor, Rahma I. Wardhani, bersama anggota tim."
    people = people_by_name(nlp, text, ["Rahma I. Wardhani"])
    assert set(people) == {"Rahma I. Wardhani"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ketua tim penyusun, Dr. Hendrik. V. Latuheru mengatakan analisa SWOT sudah selesai.", "hendrik v. latuheru"),
    ("Narasumber Vicky V. Pattiasina hadir dalam bimtek itu.", "vicky v. pattiasina"),
])
def test_the_initial_v_inside_a_name_is_no_roman_numeral(nlp: Language, text: str, name: str) -> None:
    assert set(people_found(nlp, text)) == {name}


def test_a_stage_numbered_v_still_ends_a_sentence(nlp: Language) -> None:
    assert set(people_found(nlp, "Bimtek Tahap V. Bupati Sleman Sri Purnomo hadir.")) == {"sri purnomo"}


def test_a_last_initial_stays_in_the_name(nlp: Language) -> None:
    text = "Dalam paparannya, Budi Santoso A, Analis Kebijakan Ahli Madya Kemendagri menyampaikan hasil kajian."
    assert set(people_found(nlp, text)) == {"budi santoso a"}


@pytest.mark.parametrize("text", [
    "Sekretaris DKIS Ma'ruf Hidayat mengungkapkan, program berjalan baik. \"Kami siap,\" kata Ma'ruf.",
    "Kabid TIK Ma'ruf Hidayat mengungkapkan, program berjalan baik.",
])
def test_a_first_name_with_an_apostrophe_stays_in_the_name(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert set(people) == {"ma'ruf hidayat"}
    assert people["ma'ruf hidayat"]["category"] == "regional_official"


# -- a name's words in lower case or shaped like other words -------------------------------------------------

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
    people = people_found(nlp, text)
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
    people = people_found(nlp, text)
    assert name in people, people
    assert not any(not_in_name in n for n in people), people


def test_a_lowercase_word_the_text_capitalises_elsewhere_ends_the_name(nlp: Language) -> None:
    text = ("Mesak Magai dan Yusuf Kemong Pimpin Rapat Evaluasi\n\nRapat dihadiri Bupati dan Wakil Bupati Nabire, "
            "Mesak Magai dan Yusuf kemong serta seluruh OPD.")
    assert "yusuf kemong" in people_found(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Hadir sebagai pembimbing, yakni Prof. Dr. Marsudi wahyu kisworo yang juga Rektor Perbanas Institute.",
     "marsudi wahyu kisworo"),
    (("Hadir sebagai pembimbing, yakni Prof. DR. IR. Bambang wahyu santoso. M.Sc yang juga Rektor Universitas "
     "Pakuan."), "bambang wahyu santoso"),
])
def test_two_name_words_in_lower_case(nlp: Language, text: str, name: str) -> None:
    assert set(people_found(nlp, text)) == {name}


def test_a_common_word_in_lower_case_still_ends_a_name(nlp: Language) -> None:
    assert set(people_found(nlp, "Sekda Budi kemarin meresmikan gedung baru itu.")) == {"budi"}


@pytest.mark.parametrize("name", ["Anak Agung Gede Putra", "Parlindungan Sitorus"])
def test_names_that_look_like_office_words_stay_names(nlp: Language, name: str) -> None:
    text = f"Rapat itu berjalan lancar. Manajer Telkom Witel Denpasar, {name}, mengatakan jaringan siap."
    assert name in people_by_name(nlp, text, [name])


# -- a verb, a conjunction or a kinship word next to the name is no part of it -------------------------------

def test_a_verb_the_model_takes_into_the_name(nlp: Language) -> None:
    text = "Kepala Dinas Kominfo Kota Madiun, Rudi mengikuti penandatanganan itu di Jakarta."
    assert list(people_by_name(nlp, text, ["Rudi mengikuti"])) == ["Rudi"]


def test_a_passive_speech_verb_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Dikatakan Arman Setiawan, program itu berjalan sesuai rencana."
    assert list(people_by_name(nlp, text, ["Dikatakan Arman Setiawan"])) == ["Arman Setiawan"]


def test_a_capitalised_verb_after_a_name_ends_it(nlp: Language) -> None:
    text = ("Tamu diterima Wakil Wali Kota Tegal, Rudi Hartawan. Dalam kesempatan itu Rudi Mengucapkan terima kasih "
            "kepada warga.")
    assert set(people_by_name(nlp, text, ["Rudi Hartawan", "Rudi Mengucapkan"])) == {"Rudi Hartawan"}


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
    people = people_found(nlp, text)
    assert name in people, people
    assert not any(verb.lower() in n for n in people), people


@pytest.mark.parametrize("opener", ["Tetapi", "Bahkan", "Karena itu"])
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name(nlp: Language, opener: str) -> None:
    text = (f"Staf Ahli Menteri Herry Wibisono membuka rapat smart city. {opener} Herry melihat gerakan ini belum "
            "merata di semua daerah.")
    people = people_by_name(nlp, text, ["Herry Wibisono", f"{opener} Herry"])
    assert set(people) == {"Herry Wibisono"}


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    people = people_found(nlp, "Bagi Suyanto selaku Bupati Tuban, penghargaan itu menjadi pemacu.")
    assert set(people) == {"suyanto"}


@pytest.mark.parametrize("kin", ["Suami", "Istri"])
def test_a_kinship_word_is_no_part_of_the_name(nlp: Language, kin: str) -> None:
    text = f"Wali Kota Bima Hendra Wijaya datang bersama {kin} Rina Susanti ke peluncuran ruang kendali."
    people = people_by_name(nlp, text, ["Hendra Wijaya", f"{kin} Rina Susanti"])
    assert set(people) == {"Hendra Wijaya", "Rina Susanti"}


def test_a_sentence_end_glued_to_the_next_word_ends_the_name(nlp: Language) -> None:
    text = "Hal itu disampaikan Bupati Samosir Markus Tambunan.sebelum membuka acara ia berterima kasih kepada panitia."
    people = people_by_name(nlp, text, ["Markus Tambunan.sebelum"])
    assert set(people) == {"Markus Tambunan"}
    assert people["Markus Tambunan"]["category"] == "regional_official"


@pytest.mark.parametrize(("text", "absent"), [
    # a dictionary word after a comma opens no name; a numbered post ("Asisten I") no initial
    ("Di Kota Bogor, kemarin Wali Kota Dedie Rachim membuka rapat.", "kemarin dedie rachim"),
    ("Hadir Asisten I Setda Kota Bogor Hendra Gunawan dalam rapat itu.", "asisten i setda"),
    ("Di Kabupaten Bone, warga Desa Ulaweng menyambut baik.", "warga desa ulaweng"),
])
def test_no_name_grows_over_a_common_word_or_a_posts_number(nlp: Language, text: str, absent: str) -> None:
    assert absent not in people_found(nlp, text)


# -- a region, a body or a post next to the name is no part of it --------------------------------------------

def test_region_does_not_bleed_into_the_name(nlp: Language) -> None:
    text = '"Kita terus maju," ujar Pj Sekda Siak Hasanuddin saat membuka rapat.'
    found = people_by_name(nlp, text, ["Hasanuddin"])
    assert list(found) == ["Hasanuddin"]
    assert found["Hasanuddin"]["category"] == "regional_official"


@pytest.mark.parametrize("office", ["Diskominfo", "Bappeda"])
def test_the_region_after_an_office_opens_no_name(nlp: Language, office: str) -> None:
    text = f"Kabid Aplikasi {office} Pati Hendra Wijaya mengatakan, quick win smart city sudah berjalan."
    people = people_by_name(nlp, text, ["Pati Hendra Wijaya"])
    assert set(people) == {"Hendra Wijaya"}
    assert people["Hendra Wijaya"]["category"] == "regional_official"


@pytest.mark.parametrize(("head", "category"), [("Camat Tanjung Sari", "regional_official"),
                                              ("Lurah Kebon Jeruk", "regional_official"), ("Kades Cibodas", "other")])
def test_a_district_or_village_name_of_two_words_before_the_name_is_no_part_of_it(nlp: Language, head: str,
                                                                                  category: str) -> None:
    text = f"Acara itu dibuka oleh {head} {NAME}."
    people = people_by_name(nlp, text, [NAME])
    assert list(people) == [NAME]
    assert people[NAME]["category"] == category  # (a village's head serves no kabupaten's government)


def test_after_a_regents_post_two_words_before_the_models_name_are_not_cut(nlp: Language) -> None:
    text = "Acara itu dibuka oleh Bupati Kolut Hasan Basri Rahman."  # the model may start a name one word late
    assert any(name.endswith("Hasan Basri Rahman") for name in people_by_name(nlp, text, ["Basri Rahman"]))


def test_a_region_acronym_in_title_case_opening_a_name_is_a_first_name(nlp: Language) -> None:
    text = "Paparan disampaikan Kepala Bidang Aptika Diskominfo Oki Tri Handoko kepada tim asesor."
    people = people_by_name(nlp, text, ["Oki Tri Handoko"])
    assert set(people) == {"Oki Tri Handoko"}


def test_a_name_that_opens_with_a_region_name_after_a_comma(nlp: Language) -> None:
    text = "Daftar penerima:\n1. Wali Kota Madiun, Batu Prasetyo\n2. Bupati Sleman, Kustini Sri Purnomo\n"
    doc = doc_with_proposals(nlp, text, ["Batu Prasetyo", "Kustini Sri Purnomo"])
    assert "Batu Prasetyo" in {s._.value["name"] for s in doc.spans["people"]}
    assert "Kota Batu" not in {s._.value["name"] for s in doc.spans["regions"]}


def test_a_region_name_after_a_position_stays_a_region(nlp: Language) -> None:
    text = "Wali Kota Batu Prasetyo Utomo meninjau pasar."
    doc = doc_with_proposals(nlp, text, ["Prasetyo Utomo"])
    assert "Kota Batu" in {s._.value["name"] for s in doc.spans["regions"]}


def test_a_position_after_the_first_words_ends_the_name(nlp: Language) -> None:
    text = "Rapat diikuti Sekda Sleman Hartono, Lestari Widya Kasubag Kerjasama Setda Sleman, dan pejabat lain."
    people = people_by_name(nlp, text, ["Hartono"])
    assert "Lestari Widya" in people and not any("Kerjasama" in name for name in people)


def test_a_company_acronym_before_the_model_s_name_ends_the_position(nlp: Language) -> None:
    text = "Program itu berlanjut, kata Director of Strategy and Business Development PGX M. Wahid Santoso."
    names = set(people_by_name(nlp, text, ["M. Wahid Santoso"]))
    assert len(names) == 1 and "Wahid Santoso" in next(iter(names)) and "Business" not in next(iter(names))


def test_a_paragraph_opening_with_a_name_after_an_acronym(nlp: Language) -> None:
    # the acronym closes the paragraph before; it does not start a body's name ("PDAM Tirta ...")
    text = ("Nilai itu naik dari tahun lalu berkat layanan SPBE.\n"
            "Rudi Hartono, Kepala Dinas Komunikasi dan Informatika Kota Madiun, mengatakan hal itu.")
    found = people_by_name(nlp, text, ["Rudi Hartono"])
    assert found["Rudi Hartono"]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    ("Forum itu menghadirkan dua narasumber, yakni Kepala Bappeda Sulastri serta akademisi Universitas Mandala "
     "Wetan Haries Kusmo."),
    "Hadir pula dosen Universitas Mandala Wetan Haries Kusmo dan Kepala Bappeda Sulastri.",
])
def test_a_scholar_named_right_after_an_unknown_university(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert "haries kusmo" in people
    assert people["haries kusmo"]["category"] == "other"
    assert "Universitas Mandala Wetan" in people["haries kusmo"]["role"]


def test_an_unknown_university_before_a_comma_and_the_name_gives_no_name_of_its_words(nlp: Language) -> None:
    text = "Hadir pula akademisi Universitas Islam Negeri Sunan Ampel, Budi Prasetya, sebagai narasumber."
    assert "sunan ampel" not in people_found(nlp, text)


# -- a name over a line break --------------------------------------------------------------------------------

def test_a_name_wrapped_over_a_line_of_a_fixed_width_text_stays_whole(nlp: Language) -> None:
    text = ("Hasil penilaian tahun ini\ndiumumkan oleh Kepala Dinas Kominfo Kabupaten Lahat, Hendra\nWijaya, saat rapat "
            "persiapan penilaian tahun depan dan\npemberian piagam kepada para inovator, yang\nberlangsung di aula.")
    people = people_by_name(nlp, text, ["Hendra", "Wijaya"])
    assert set(people) == {"Hendra Wijaya"}
    assert people["Hendra Wijaya"]["category"] == "regional_official"


def test_a_line_break_after_a_headline_still_ends_a_name(nlp: Language) -> None:
    text = "Kota Lahat Raih Penghargaan\nHendra Wijaya membuka acara itu. Lalu\nacara itu berjalan dan\nselesai sore."
    assert set(people_by_name(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


# -- names without a title: cues and the trained model -------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap dinilai," kata Rudi Hartono kepada wartawan.',
        "Menurut Rudi Hartono, aplikasi itu sudah dipakai warga.",
        '"Datanya lengkap," ujar Rudi Hartono di sela acara.',
    ],
)
def test_speech_verb_marks_a_person(nlp: Language, text: str) -> None:
    assert list(people_as_written(nlp, text)) == ["Rudi Hartono"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Menurut Rudi Hartono, aplikasi itu sudah dipakai warga.", "Rudi Hartono"),
        pytest.param('"Datanya lengkap," ujar Rudi Hartono.', "Rudi Hartono"),
        pytest.param("Asesor yang hadir yaitu Andi Wijaya dan Rini Susanti.", "Rini Susanti"),
    ],
)
def test_mention_text_is_the_name_as_written(nlp: Language, text: str, mention: str) -> None:
    assert mention in [span_text for span_text, _ in people_mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # one-word names, with a speech verb or alone
        ('"Jaringan sudah siap," ungkap Wartini kepada wartawan.', ["Wartini"], ["Wartini"]),
        ("Lebih lanjut, Suparjo menjelaskan bahwa aplikasi itu gratis.", ["Suparjo"], ["Suparjo"]),
        # names with no title at all
        ("Acara itu dihadiri Rudiantara dan Tjahjo Kumolo di gedung utama.", ["Rudiantara", "Tjahjo Kumolo"],
         ["Rudiantara", "Tjahjo Kumolo"]),
    ],
)
def test_model_proposes_names_the_rules_cannot_cue(nlp: Language, text: str, proposed: list[str],
                                                   names: list[str]) -> None:
    assert list(people_by_name(nlp, text, proposed)) == names


def test_one_word_name_needs_the_model(nlp: Language) -> None:
    text = '"Jaringan sudah siap," ungkap Wartini kepada wartawan.'
    assert people_by_name(nlp, text, []) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acara itu dihadiri Bambang Susilo dan para kepala dinas.", "Bambang Susilo"),
        ('"Semua data sudah terhubung," kata Wartini.', "Wartini"),
    ],
)
def test_shipped_model_finds_names_without_titles(nlp: Language, text: str, name: str) -> None:
    assert name in people_as_written(nlp, text)
